"""Issue 25, part 3: keyboard and safety.

Ctrl+N is the new item of the list shown and nothing elsewhere; Ctrl+L locks from a
dialog too, keeping its typing as a draft; Escape or Annuler on a filled form asks
before throwing it away; an action that cannot be undone asks first.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from dpo_desk.domain.breaches import BreachStatus
from dpo_desk.domain.clock import SystemClock
from dpo_desk.services import breaches as breach_service
from dpo_desk.services import requests as request_service
from dpo_desk.ui import widgets
from dpo_desk.ui.about_dialog import AboutDialog
from dpo_desk.ui.breaches.dialogs import NewBreachDialog
from dpo_desk.ui.breaches.steps import close as close_step_module
from dpo_desk.ui.drafts import DraftBanner
from dpo_desk.ui.records.dialogs import ActivityDialog, ProcessorDialog
from dpo_desk.ui.requests.dialogs import NewRequestDialog, action_dialog
from dpo_desk.ui.sections import register_base
from tests.conftest import TEST_PASSPHRASE
from tests.ui import records_fixtures
from tests.ui.breaches_fixtures import RISKY, make_breach, notify
from tests.ui.conftest import create_through_welcome
from tests.ui.requests_fixtures import make_request

registers_made = records_fixtures.registers_made
processors = records_fixtures.processors

CTRL = Qt.KeyboardModifier.ControlModifier


class Answers:
    """Stands in for the discard question: records each time it is asked, answers."""

    def __init__(self, monkeypatch, answer: bool) -> None:
        self.answer = answer
        self.asked = 0
        monkeypatch.setattr(widgets, "confirm_discard", self._ask)

    def _ask(self, _parent) -> bool:
        self.asked += 1
        return self.answer


@pytest.fixture
def window(qtbot, controller, save_path):
    window = create_through_welcome(qtbot, controller)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def unlock(qtbot, window) -> None:
    with qtbot.waitSignal(window.unlocked):
        qtbot.keyClicks(window.lock_form.passphrase, TEST_PASSPHRASE)
        window.lock_form.submit()


# ----------------------------------------------------------------------------- Ctrl+N


def opened_dialog(section):
    return getattr(section, "new_dialog", None) or getattr(section, "active_dialog", None)


@pytest.mark.parametrize(
    ("key", "dialog_type", "text"),
    [
        ("requests", NewRequestDialog, "Nouvelle demande…"),
        ("breaches", NewBreachDialog, "Nouvelle violation…"),
        ("processing", ActivityDialog, "Nouveau traitement…"),
        ("processors", ProcessorDialog, "Nouveau sous-traitant…"),
    ],
)
def test_ctrl_n_opens_the_new_item_of_the_list_shown(qtbot, window, key, dialog_type, text):
    new_register = []
    window.new_requested.connect(lambda: new_register.append(True))
    window.show_section(key)
    section = window.section(key)
    # The File menu says what Ctrl+N makes here.
    assert window.new_item_action.isEnabled() and window.new_item_action.text() == text
    # Focus in the sidebar, outside the section: the window's action takes the key.
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_N, CTRL)
    dialog = opened_dialog(section)
    assert isinstance(dialog, dialog_type) and dialog.isVisible()
    assert new_register == []  # never "Nouveau registre"
    dialog.reject()


@pytest.mark.parametrize("key", ["dashboard", "journal", "settings"])
def test_ctrl_n_does_nothing_where_there_is_no_list(qtbot, window, controller, key):
    new_register = []
    window.new_requested.connect(lambda: new_register.append(True))
    window.show_section(key)
    assert not window.new_item_action.isEnabled()
    assert window.new_item_action.text() == "Nouvel élément"
    qtbot.keyClick(window.navigation, Qt.Key.Key_N, CTRL)
    assert new_register == [] and controller.active_dialog is None
    assert window.new_item() is None
    assert not any(opened_dialog(section) for section in window.built_sections())


def test_new_register_keeps_its_own_keys(qtbot, window):
    assert window.new_action.shortcut().toString() == "Ctrl+Shift+N"
    new_register = []
    window.new_requested.connect(lambda: new_register.append(True))
    qtbot.keyClick(window.navigation, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert new_register == [True]


def test_ctrl_n_on_an_item_page_is_a_new_item_of_its_list(qtbot, window):
    clock = SystemClock()
    today = request_service.load_context(window.register).today(clock)
    request = make_request(window.register, clock, "Yassine El Amrani", received=today)
    window.show_section("requests")
    section = window.section("requests")
    assert section.show_request(request.reference)
    window.new_item_action.trigger()
    assert isinstance(section.new_dialog, NewRequestDialog)
    section.new_dialog.reject()


def test_ctrl_n_is_off_while_locked(qtbot, window):
    window.show_section("requests")
    window.lock()
    assert not window.new_item_action.isEnabled()
    assert window.new_item() is None


def test_no_two_actions_share_a_shortcut(window):
    from PySide6.QtGui import QAction

    actions = window.findChildren(QAction)
    keys = [a.shortcut().toString() for a in actions if not a.shortcut().isEmpty()]
    assert keys and len(keys) == len(set(keys)), keys


# ----------------------------------------------------------------------------- Ctrl+L


def test_ctrl_l_in_a_dialog_locks_and_keeps_the_draft(qtbot, window, monkeypatch):
    answers = Answers(monkeypatch, answer=False)  # a lock must never ask
    window.show_section("processors")
    section = window.section("processors")
    dialog = window.new_item()
    assert isinstance(dialog, ProcessorDialog)
    dialog.activateWindow()
    qtbot.keyClicks(dialog.form.name, "Mixpanel")
    with qtbot.waitSignal(window.locked):
        qtbot.keyClick(dialog.form.name, Qt.Key.Key_L, CTRL)
    assert window.is_locked and answers.asked == 0
    assert section.active_dialog is None and not dialog.isVisible()
    assert [draft.label for draft in window._drafts] == ["Nouveau sous-traitant"]
    # Ctrl+L on the lock page changes nothing and breaks nothing.
    qtbot.keyClick(window.lock_form.passphrase, Qt.Key.Key_L, CTRL)
    assert window.is_locked
    unlock(qtbot, window)
    [banner] = [b for b in section.findChildren(DraftBanner) if not b.isHidden()]
    qtbot.mouseClick(banner.resume_button, Qt.MouseButton.LeftButton)
    assert section.active_dialog.form.name.text() == "Mixpanel"
    section.active_dialog.reject()


def test_ctrl_l_in_a_new_request_form_keeps_it(qtbot, window, monkeypatch):
    answers = Answers(monkeypatch, answer=False)
    window.show_section("requests")
    section = window.section("requests")
    dialog = window.new_item()
    qtbot.keyClicks(dialog.fields.requester_name, "Lukas Schneider")
    with qtbot.waitSignal(window.locked):
        qtbot.keyClick(dialog.fields.requester_name, Qt.Key.Key_L, CTRL)
    assert answers.asked == 0 and section.new_dialog is None
    assert [draft.label for draft in window._drafts] == ["Nouvelle demande"]


def test_the_lock_closes_the_other_dialogs_of_the_window(qtbot, window):
    about = AboutDialog(window)
    about.open()
    assert about.isVisible()
    with qtbot.waitSignal(window.locked):
        qtbot.keyClick(about, Qt.Key.Key_L, CTRL)
    assert window.is_locked and not about.isVisible()


# ----------------------------------------------------------------------------- Escape


def open_new_request(window):
    window.show_section("requests")
    dialog = window.new_item()
    assert isinstance(dialog, NewRequestDialog) and dialog.isVisible()
    return window.section("requests"), dialog


def test_escape_on_an_empty_form_closes_without_asking(qtbot, window, monkeypatch):
    answers = Answers(monkeypatch, answer=False)
    section, dialog = open_new_request(window)
    qtbot.keyClick(dialog.fields.requester_name, Qt.Key.Key_Escape)
    assert answers.asked == 0 and not dialog.isVisible() and section.new_dialog is None


def test_escape_on_a_filled_form_asks_and_continue_keeps_it(qtbot, window, monkeypatch):
    answers = Answers(monkeypatch, answer=False)
    section, dialog = open_new_request(window)
    qtbot.keyClicks(dialog.fields.requester_name, "Fatima")
    qtbot.keyClick(dialog.fields.requester_name, Qt.Key.Key_Escape)
    assert answers.asked == 1
    assert dialog.isVisible() and section.new_dialog is dialog
    assert dialog.fields.requester_name.text() == "Fatima"
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # Annuler: the same
    assert answers.asked == 2 and dialog.isVisible()
    dialog.reject()


def test_escape_on_a_filled_form_discards_when_confirmed(qtbot, window, monkeypatch):
    answers = Answers(monkeypatch, answer=True)
    section, dialog = open_new_request(window)
    qtbot.keyClicks(dialog.fields.requester_name, "Fatima")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert answers.asked == 1 and not dialog.isVisible() and section.new_dialog is None
    window.lock()
    assert window._drafts == []  # discarded means gone, not a draft


def test_an_edit_form_left_as_it_opened_does_not_ask(
    qtbot, registers_made, processors, monkeypatch
):
    answers = Answers(monkeypatch, answer=False)
    processors.show_item("Stripe")
    dialog = processors.open_edit_dialog()
    assert dialog.form.name.text() == "Stripe"  # filled by the dialog: not typing
    qtbot.keyClick(dialog.form.name, Qt.Key.Key_Escape)
    assert answers.asked == 0 and not dialog.isVisible()
    dialog = processors.open_edit_dialog()
    dialog.form.notes.setText("Revue du DPA")
    qtbot.keyClick(dialog.form.name, Qt.Key.Key_Escape)
    assert answers.asked == 1 and dialog.isVisible()
    dialog.reject()


def test_the_question_offers_continue_as_default(qtbot, window, monkeypatch):
    seen = []

    def answer(box):
        seen.append(box)
        keep = box.defaultButton()
        assert keep is box.escapeButton()
        keep.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    _section, dialog = open_new_request(window)
    qtbot.keyClicks(dialog.fields.requester_name, "Fatima")
    qtbot.keyClick(dialog.fields.requester_name, Qt.Key.Key_Escape)
    [box] = seen
    assert box.text() == "Abandonner les modifications ?"
    texts = sorted(b.text() for b in box.findChildren(QPushButton))
    assert texts == ["Abandonner", "Continuer la saisie"]
    assert box.defaultButton().text() == "Continuer la saisie"
    assert dialog.isVisible()
    dialog.reject()


# ----------------------------------------------------------------------------- irreversible


def test_closing_a_breach_asks_and_declining_does_nothing(
    qtbot, register, frozen_clock, monkeypatch
):
    from dpo_desk.ui.sections.breaches import BreachesSection

    asked = []
    monkeypatch.setattr(
        close_step_module,
        "confirm_irreversible",
        lambda *args: asked.append(args[1:]) or False,
    )
    breach = make_breach(register, frozen_clock, "À clore", aware_hours_ago=5)
    breach = breach_service.assess_risk(register, breach, RISKY, clock=frozen_clock)
    breach = notify(register, frozen_clock, breach)
    section = BreachesSection(clock=frozen_clock)
    qtbot.addWidget(section)
    section.set_register(register)
    assert section.show_breach(breach.reference)
    section.detail.show_step(4)
    step = section.detail.step("close")
    step.remedial.setPlainText("Chiffrement des exports.")
    qtbot.mouseClick(step.close_button, Qt.MouseButton.LeftButton)
    [(title, text, action)] = asked
    assert title == "Clôturer la violation ?" and action == "Clôturer"
    assert breach.reference in text
    assert breach_service.get_breach(register, breach.id).status is not BreachStatus.CLOSED
    section.clear()


def test_removing_a_transfer_asks_and_declining_keeps_it(
    qtbot, registers_made, processors, monkeypatch
):
    answer = {"value": False, "asked": 0}

    def confirm(*_args):
        answer["asked"] += 1
        return answer["value"]

    monkeypatch.setattr(register_base, "confirm_irreversible", confirm)
    processors.show_item("Stripe")
    count = processors.transfer_links.count()
    assert count >= 1
    processors.transfer_links.setCurrentRow(0)
    qtbot.mouseClick(processors.remove_transfer_button, Qt.MouseButton.LeftButton)
    assert answer["asked"] == 1 and processors.transfer_links.count() == count
    answer["value"] = True
    processors.transfer_links.setCurrentRow(0)
    qtbot.mouseClick(processors.remove_transfer_button, Qt.MouseButton.LeftButton)
    assert answer["asked"] == 2 and processors.transfer_links.count() == count - 1


def test_the_irreversible_question_defaults_to_annuler(qtbot, monkeypatch):
    seen = []

    def answer(box):
        seen.append(box)
        box.defaultButton().click()  # Enter without reading
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    parent = QPushButton()
    qtbot.addWidget(parent)
    assert not widgets.confirm_irreversible(parent, "Clôturer ?", "Définitif.", "Clôturer")
    [box] = seen
    assert box.defaultButton().text() == "Annuler"
    [act] = [
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    ]
    assert act.text() == "Clôturer"


def test_a_step_that_cannot_be_undone_is_not_the_default_button(qtbot, register, frozen_clock):
    today = request_service.load_context(register).today(frozen_clock)
    request = make_request(register, frozen_clock, "Yassine El Amrani", received=today)
    closing = action_dialog("close", register, request, today, frozen_clock)
    qtbot.addWidget(closing)
    assert not closing.confirm_button.isDefault()
    starting = action_dialog("start", register, request, today, frozen_clock)
    qtbot.addWidget(starting)
    assert starting.confirm_button.isDefault()


def test_fermer_on_an_edited_letter_asks_and_a_saved_one_does_not(
    qtbot, register, frozen_clock, monkeypatch
):
    from dpo_desk.ui.letters import LetterDialog

    answers = Answers(monkeypatch, answer=False)
    today = request_service.load_context(register).today(frozen_clock)
    request = make_request(register, frozen_clock, "Yassine El Amrani", received=today)
    dialog = LetterDialog(register, request.reference, clock=frozen_clock)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData("acknowledgement"))
    dialog.author.setText("Nadia Alaoui")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.draft is not None  # a draft stored: choosing it was not typing
    saved = dialog.draft.text
    dialog.editor.appendPlainText("Une phrase de plus.")
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Escape)
    assert answers.asked == 1 and dialog.isVisible()
    dialog.editor.setPlainText(saved)  # back to the stored text: nothing to lose
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert answers.asked == 1 and not dialog.isVisible()


def test_the_create_dialog_asks_only_once_something_is_typed(
    qtbot, controller, save_path, monkeypatch
):
    answers = Answers(monkeypatch, answer=False)
    welcome = controller.show_welcome()
    qtbot.addWidget(welcome)
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)
    dialog = controller.active_dialog
    qtbot.keyClicks(dialog.fields.name, "Najhine SARL")
    qtbot.keyClick(dialog.fields.name, Qt.Key.Key_Escape)
    assert answers.asked == 1 and dialog.isVisible()
    dialog.fields.name.clear()  # back to empty: nothing to lose
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert answers.asked == 1 and not dialog.isVisible()


def test_a_lock_while_the_question_is_open_keeps_the_draft(qtbot, window):
    from PySide6.QtCore import QTimer

    section, dialog = open_new_request(window)
    qtbot.keyClicks(dialog.fields.requester_name, "Fatima")
    # The idle lock comes while "Abandonner les modifications ?" waits for an answer.
    QTimer.singleShot(50, window.lock)
    with qtbot.waitSignal(window.locked):
        qtbot.keyClick(dialog.fields.requester_name, Qt.Key.Key_Escape)
    assert window.is_locked and section.new_dialog is None
    assert not any(
        isinstance(w, QMessageBox) and w.isVisible() for w in window.findChildren(QMessageBox)
    )
    assert [draft.label for draft in window._drafts] == ["Nouvelle demande"]


def test_annuler_les_modifications_on_a_request_page_asks(qtbot, window, monkeypatch):
    from dpo_desk.ui.sections import request_detail

    answer = {"value": False, "asked": 0}

    def confirm(_parent) -> bool:
        answer["asked"] += 1
        return answer["value"]

    monkeypatch.setattr(request_detail, "confirm_discard", confirm)
    clock = SystemClock()
    today = request_service.load_context(window.register).today(clock)
    request = make_request(window.register, clock, "Yassine El Amrani", received=today)
    window.show_section("requests")
    section = window.section("requests")
    assert section.show_request(request.reference)
    detail = section.detail
    detail.fields.assignee.setText("Salma")
    qtbot.mouseClick(detail.revert_button, Qt.MouseButton.LeftButton)
    assert answer["asked"] == 1 and detail.fields.assignee.text() == "Salma"
    answer["value"] = True
    qtbot.mouseClick(detail.revert_button, Qt.MouseButton.LeftButton)
    assert answer["asked"] == 2 and detail.fields.assignee.text() == request.assignee


def test_leaving_a_request_page_with_typing_asks(qtbot, window, monkeypatch):
    """ "‹ Toutes les demandes" with unsaved typing asked nothing, and the next request
    opened replaced the typing without a word."""
    from dpo_desk.ui.sections import request_detail

    answer = {"value": False, "asked": 0}

    def confirm(_parent) -> bool:
        answer["asked"] += 1
        return answer["value"]

    monkeypatch.setattr(request_detail, "confirm_discard", confirm)
    clock = SystemClock()
    today = request_service.load_context(window.register).today(clock)
    request = make_request(window.register, clock, "Yassine El Amrani", received=today)
    window.show_section("requests")
    section = window.section("requests")
    assert section.show_request(request.reference)
    detail = section.detail
    qtbot.mouseClick(detail.back_button, Qt.MouseButton.LeftButton)  # nothing typed
    assert answer["asked"] == 0 and section.pages.currentWidget() is section.list_page

    assert section.show_request(request.reference)
    detail.fields.assignee.setText("Salma")
    qtbot.mouseClick(detail.back_button, Qt.MouseButton.LeftButton)
    assert answer["asked"] == 1  # "continue typing": the page stays, the typing too
    assert section.pages.currentWidget() is not section.list_page
    assert detail.fields.assignee.text() == "Salma"
    answer["value"] = True
    qtbot.mouseClick(detail.back_button, Qt.MouseButton.LeftButton)
    assert answer["asked"] == 2 and section.pages.currentWidget() is section.list_page
    assert not detail.is_edited()
