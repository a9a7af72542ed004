"""The main window in each UI language: every section builds, in its language's words.

Each test installs the language the way start-up does (``i18n.install_translators``,
before any widget is built), opens an unlocked test register in the full main window,
then walks every section's visible text: no French message may remain where the
language's catalogue has its own words. The translators are removed afterwards, so the
rest of the suite stays in French.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit

from dpo_desk import translations
from dpo_desk.security.keystore import Keystore
from dpo_desk.services.preferences import Preferences
from dpo_desk.ui import formatting, i18n
from dpo_desk.ui.main_window import SECTION_KEY_ROLE, MainWindow
from dpo_desk.ui.session import FileClaim, Opened


@pytest.fixture
def open_window(qtbot, register):
    windows = []

    def build() -> MainWindow:
        claim = FileClaim(register.path)
        claim.acquire()
        window = MainWindow(Opened(register, claim), Preferences.load(), Keystore())
        qtbot.addWidget(window)
        window.resize(1280, 820)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield build
    for window in windows:
        window.close()


def _visible_texts(window: MainWindow) -> list[str]:
    texts = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    texts.append(window.windowTitle())
    # Every section, not only those built so far (the window builds them on first visit).
    for row in range(window.navigation.count()):
        section = window.section(window.navigation.item(row).data(SECTION_KEY_ROLE))
        for widget in section.findChildren(QLabel):
            texts.append(widget.text())
        for widget in section.findChildren(QAbstractButton):
            texts.append(widget.text())
        for widget in section.findChildren(QLineEdit):
            texts.append(widget.placeholderText())
    return [t for t in texts if t]


def _untranslated(texts: list[str], language: str) -> list[str]:
    """French messages on screen that the language's catalogue translates differently."""
    entries = translations._catalogue(language)
    french = {source for (_, source), text in entries.items() if text != source}
    own = set(entries.values())
    return sorted({t for t in texts if t in french and t not in own})


def test_english_window_speaks_english(ui_language, open_window):
    assert ui_language("en") == "en"
    window = open_window()
    labels = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert labels[:2] == ["Dashboard", "Requests"]
    assert "Settings" in labels
    untranslated = _untranslated(_visible_texts(window), "en")
    assert untranslated == [], "\n".join(untranslated)
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert formatting.ui_locale().name() == "en_GB"
    assert QLocale().name() == "en_GB"  # Qt's own date and number widgets follow


def test_arabic_window_is_right_to_left_and_speaks_arabic(ui_language, open_window):
    assert ui_language("ar") == "ar"
    window = open_window()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # The navigation sits on the right: its left edge is past the middle of the window.
    assert window.navigation.mapTo(window, window.navigation.rect().topLeft()).x() > (
        window.width() // 2
    )
    requests = window.navigation.item(1).text()
    assert requests == translations.translate("RequestsSection", "Demandes", "ar")
    assert requests != "Demandes", "the Arabic catalogue does not translate the navigation"
    assert _untranslated(_visible_texts(window), "ar") == []
    # Moroccan usage: Western digits in Arabic dates (ar_MA, not ar).
    assert formatting.ui_locale().name() == "ar_MA"
    number = formatting.ui_locale().toString(1234567)
    assert [c for c in number if c.isdigit()] == list("1234567")  # 0-9, not ٠-٩


def test_french_window_is_the_source(ui_language, open_window):
    assert ui_language("fr") == "fr"
    window = open_window()
    labels = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert labels[:2] == ["Tableau de bord", "Demandes"]
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_an_unknown_os_language_falls_back_to_french(monkeypatch):
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert i18n.ui_language("") == "fr"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_US")))
    assert i18n.ui_language("") == "en"
    assert i18n.ui_language("ar") == "ar"
