"""Paramètres in pages: the settings' own navigation, and every page whole at 1280×720 (and
at the window's default size) in French, Arabic and English (issue 25, items 1 and 8).

One page of every card was about 3,400 px tall and its cards were capped at 760 px: the
four "Sauvegarde et sécurité" buttons shared one row and read « uvegarder maintenant ».
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QPushButton,
    QWidget,
)

from dpo_desk.security.keystore import Keystore
from dpo_desk.services.preferences import Preferences
from dpo_desk.ui import formatting, i18n
from dpo_desk.ui.main_window import MainWindow
from dpo_desk.ui.session import FileClaim, Opened
from dpo_desk.ui.settings.card import SettingsCard
from dpo_desk.ui.settings.flow import ButtonGrid
from tests.ui import layout_walk
from tests.ui.conftest import settle

#: the sizes every page must fit: a common laptop screen and the window's default size
SIZES = ((1280, 720), (1180, 760))
LANGUAGES = ("fr", "ar", "en")
PAGES = ("organisation", "deadlines", "letters", "records", "reminders", "security", "language")


@pytest.fixture
def ui_language(qapp):
    """Installs a UI language as start-up does (before any widget); restores French."""
    locale_before = QLocale()

    def install(language: str) -> str:
        return i18n.install_translators(qapp, language)

    yield install
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    formatting.set_ui_language("fr")
    QLocale.setDefault(locale_before)
    i18n._current_language = "fr"


def open_window(qtbot, register, frozen_clock, size: tuple[int, int]) -> MainWindow:
    from dpo_desk.ui.sections.settings import SettingsSection

    claim = FileClaim(register.path)
    claim.acquire()
    window = MainWindow(
        Opened(register, claim),
        Preferences.load(),
        Keystore(),
        sections=[SettingsSection(clock=frozen_clock)],
    )
    qtbot.addWidget(window)
    window.resize(*size)
    settle(qtbot, window)
    window.show()
    qtbot.waitExposed(window)
    window.show_section("settings")
    return window


def shown_page(qtbot, section, key: str) -> QWidget:
    area = section.show_page(key)
    page = area.widget()
    qtbot.waitUntil(page.isVisible)
    for _ in range(3):  # layouts, polish and the deferred resizes they ask for
        QApplication.processEvents()
    return page


def what_does_not_fit(section, page: QWidget) -> list[str]:
    """Each text cut, each wrapped text cut short, each area that scrolls sideways: the
    layout test's checks (tests/ui/layout_walk.py), and the page's own scroll."""
    found = [str(offence) for offence in layout_walk.offences(page, section.current_page())]
    if section.scroll_area.horizontalScrollBar().maximum() > 0:
        found.append("the page scrolls sideways")
    return found


@pytest.mark.parametrize("size", SIZES, ids=lambda size: "x".join(map(str, size)))
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_fits_in_every_language(
    qtbot, ui_language, register, frozen_clock, language, size
):
    assert ui_language(language) == language
    window = open_window(qtbot, register, frozen_clock, size)
    section = window.section("settings")
    assert section.page_keys() == list(PAGES)
    # The navigation on the leading side: left in French and English, right in Arabic.
    nav_x = section.navigation.mapTo(window, section.navigation.rect().center()).x()
    stack_x = section.stack.mapTo(window, section.stack.rect().center()).x()
    assert (nav_x > stack_x) == (language == "ar")
    # No page title is cut in the navigation.
    metrics = QFontMetrics(section.navigation.font())
    for row in range(section.navigation.count()):
        item = section.navigation.item(row)
        room = section.navigation.visualItemRect(item).width() - 2 * 12  # item padding
        assert metrics.horizontalAdvance(item.text()) <= room, item.text()

    problems = []
    for key in PAGES:
        page = shown_page(qtbot, section, key)
        assert section.current_page() == key
        assert section.stack.currentWidget().isAncestorOf(page)
        problems += what_does_not_fit(section, page)
    assert problems == []

    # The defect the issue named: the four buttons whole, on rows of their own width.
    maintenance = section.maintenance
    section.show_page("security")
    buttons = [
        maintenance.backup_button,
        maintenance.verify_button,
        maintenance.rekey_button,
        maintenance.retention_button,
    ]
    for button in buttons:
        assert button.isVisible() and button.width() >= button.sizeHint().width()
    rows = {button.y() for button in buttons}
    assert len(rows) in (1, 2, 4)  # balanced: never three and one


def test_the_navigation_switches_pages_with_the_keyboard(qtbot, register, frozen_clock):
    window = open_window(qtbot, register, frozen_clock, (1280, 720))
    section = window.section("settings")
    navigation = section.navigation
    assert navigation.accessibleName() == "Pages des paramètres"
    assert navigation.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert section.current_page() == "organisation"
    navigation.setFocus()
    qtbot.keyClick(navigation, Qt.Key.Key_Down)
    assert section.current_page() == "deadlines"
    assert section.stack.currentWidget().isAncestorOf(section.calendar_card)
    qtbot.keyClick(navigation, Qt.Key.Key_End)
    assert section.current_page() == "language"
    assert section.language.isVisible() and not section.maintenance.isVisible()
    qtbot.keyClick(navigation, Qt.Key.Key_Up)
    assert section.current_page() == "security"
    assert section.maintenance.isVisible()
    qtbot.keyClick(navigation, Qt.Key.Key_Home)
    assert section.current_page() == "organisation"
    assert section.fields.name.isVisible()
    # Each page's scroll area is named after it, for a screen reader.
    for page in section.pages:
        assert section.page_area(page.key).accessibleName() == page.title


def test_pages_are_reached_by_key_and_by_card(qtbot, register, frozen_clock):
    window = open_window(qtbot, register, frozen_clock, (1280, 720))
    section = window.section("settings")
    assert section.page_of(section.identity) == "letters"
    assert section.page_of(section.auto_lock) == "security"
    assert section.page_of(section.copy_uuid_button) == "security"
    assert section.page_of(section.policy_card) == "deadlines"
    section.show_widget(section.records_policy.save_button)
    assert section.current_page() == "records"
    assert section.records_policy.save_button.isVisible()
    # navigate_to("settings", key), as the window does for any section.
    window.navigate_to("settings", "language")
    assert section.current_page() == "language"
    window.navigate_to("settings", "nothing-of-the-kind")
    assert section.current_page() == "language"


def test_a_resumed_organisation_draft_shows_its_page(qtbot, register, frozen_clock):
    window = open_window(qtbot, register, frozen_clock, (1280, 720))
    section = window.section("settings")
    section.fields.town.setText("Rabat")
    [draft] = section.form_drafts()
    section.show_page("language")
    section.fields.town.setText("Casablanca")
    assert section.resume_draft(draft) == ""
    assert section.current_page() == "organisation"
    assert section.fields.town.text() == "Rabat" and section.save_button.isEnabled()


class _Reminders(SettingsCard):
    """A card as another page would bring (the reminders): bound to the register."""

    saved = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.bound = None
        self.add_header("Rappels")

    def set_register(self, register) -> None:
        self.bound = register

    def clear(self) -> None:
        self.bound = None


def test_a_page_is_one_entry(qtbot, register, frozen_clock):
    from dpo_desk.ui.sections.settings import SettingsPage, SettingsSection

    section = SettingsSection(clock=frozen_clock)
    qtbot.addWidget(section)
    card = _Reminders()
    section.add_page(SettingsPage("reminders", "Rappels", (card,)))
    assert section.page_keys()[-1] == "reminders"
    section.set_register(register)
    assert card.bound is register  # follows the register with the other cards
    with qtbot.waitSignal(section.status_message) as said:
        card.report("Rappels enregistrés.")
    assert said.args == ["Rappels enregistrés."]
    section.clear()
    assert card.bound is None
    assert section.take_drafts() == []


# -- the wrapping row of buttons --------------------------------------------------------------
def _grid(qtbot, direction=Qt.LayoutDirection.LeftToRight):
    holder = QWidget()
    holder.setLayoutDirection(direction)
    qtbot.addWidget(holder)
    grid = ButtonGrid(holder, spacing=8)
    buttons = [QPushButton(text) for text in ("Sauvegarder maintenant…", "Vérifier", "C", "D")]
    grid.add(*buttons)
    holder.show()
    return holder, grid, buttons


@pytest.mark.parametrize(("room", "columns"), [(2000, 4), (0, 1)])
def test_the_button_grid_keeps_every_text_whole(qtbot, room, columns):
    holder, grid, buttons = _grid(qtbot)
    cell = max(button.sizeHint().width() for button in buttons)
    width = max(room, grid.minimumSize().width())
    holder.resize(width, grid.heightForWidth(width))
    qtbot.waitUntil(lambda: buttons[-1].isVisible())
    grid.setGeometry(holder.rect())
    assert grid.columns(width) == columns
    assert all(button.width() == cell for button in buttons)
    assert len({button.y() for button in buttons}) == 4 // columns
    assert grid.minimumSize().width() == cell  # never narrower than the widest text


def test_the_button_grid_balances_its_rows_and_mirrors(qtbot):
    holder, grid, buttons = _grid(qtbot, Qt.LayoutDirection.RightToLeft)
    cell = max(button.sizeHint().width() for button in buttons)
    width = 3 * cell + 2 * 8 + 4  # room for three: two rows of two, not three and one
    assert grid.columns(width) == 2
    assert grid.heightForWidth(width) > grid.heightForWidth(4 * cell + 3 * 8)
    holder.resize(width, grid.heightForWidth(width))
    grid.setGeometry(holder.rect())
    first, second, third, _fourth = buttons
    assert first.y() == second.y() < third.y()
    assert first.x() > second.x()  # right to left: the first button on the right
    assert first.geometry().right() == width - 1
