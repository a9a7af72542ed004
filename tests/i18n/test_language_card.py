"""Paramètres ▸ Langue: the choice is saved, and a restart is offered, never forced."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from dpo_desk.services.preferences import Preferences
from dpo_desk.ui import formatting, i18n
from dpo_desk.ui.settings.language import LanguageCard


class FakeWindow(QWidget):
    """Stands for the main window: its Quit path is what a restart goes through."""

    quit_requested = Signal()


@pytest.fixture(autouse=True)
def no_pending_restart(monkeypatch):
    monkeypatch.setattr(i18n, "_restart_requested", False)
    monkeypatch.setattr(i18n, "_preferences", None)


@pytest.fixture
def card(qtbot):
    window = FakeWindow()
    QVBoxLayout(window)
    card = LanguageCard()
    window.layout().addWidget(card)
    qtbot.addWidget(window)
    return window, card


def _choose(card: LanguageCard, language: str) -> None:
    card.languages.setCurrentIndex(card.languages.findData(language))


def test_each_language_is_offered_in_its_own_words(card):
    _, card = card
    names = [card.languages.itemText(i) for i in range(card.languages.count())]
    assert names == ["Français", "العربية", "English"]
    assert card.language() == "fr"  # the running UI's language


def test_later_saves_the_choice_without_restarting(qtbot, card, monkeypatch):
    window, card = card
    monkeypatch.setattr(card, "ask_restart", lambda: QMessageBox.StandardButton.No)
    quits = []
    window.quit_requested.connect(lambda: quits.append(True))
    _choose(card, "en")
    assert Preferences.load().language == "en"
    assert not i18n.restart_requested()
    assert quits == []
    assert card.message.isVisibleTo(card)


def test_restart_now_closes_through_the_window_then_relaunches(qtbot, card, monkeypatch):
    window, card = card
    monkeypatch.setattr(card, "ask_restart", lambda: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.quit_requested):
        _choose(card, "ar")
    assert Preferences.load().language == "ar"
    assert i18n.restart_requested()


def test_the_choice_goes_into_the_apps_own_preferences(card, monkeypatch):
    """A second Preferences copy saved later would undo the choice: there is one."""
    _, card = card
    shared = Preferences.load()
    i18n.use_preferences(shared)
    monkeypatch.setattr(card, "ask_restart", lambda: QMessageBox.StandardButton.No)
    _choose(card, "en")
    assert shared.language == "en"
    shared.save()  # e.g. the controller remembering a recent file
    assert Preferences.load().language == "en"


def test_arabic_dates_keep_western_digits_and_read_left_to_right():
    before = QLocale()
    try:
        formatting.set_ui_language("ar")
        assert formatting.short_date(date(2026, 12, 2)) == "\u206602/12/2026\u2069"
        assert "2026" in formatting.long_date(date(2026, 11, 25))
        assert "نونبر" in formatting.long_date(date(2026, 11, 25))  # Moroccan month name
    finally:
        formatting.set_ui_language("fr")
        QLocale.setDefault(before)
    assert formatting.short_date(date(2026, 12, 2)) == "02/12/2026"
    assert formatting.ltr("DSR-2026-0001") == "\u2066DSR-2026-0001\u2069"
