"""Issue 8: an unsaved form survives a lock as a draft, in memory only, and is offered back.

Locking empties every section; what was typed and not saved is handed to the window
before, given back after the unlock, and shown as a banner: Reprendre refills the form
(nothing saved until Enregistrer), Abandonner drops it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from dpo_desk.domain.clock import SystemClock
from dpo_desk.services import breaches as breach_service
from dpo_desk.services import records as book
from dpo_desk.services import register_file
from dpo_desk.services import requests as request_service
from dpo_desk.storage.schema import rights_request
from dpo_desk.ui.drafts import DraftBanner
from tests.conftest import TEST_PASSPHRASE
from tests.ui.breaches_fixtures import make_breach
from tests.ui.conftest import create_through_welcome
from tests.ui.records_fixtures import processor
from tests.ui.requests_fixtures import make_request


def unlock(qtbot, window) -> None:
    with qtbot.waitSignal(window.unlocked):
        qtbot.keyClicks(window.lock_form.passphrase, TEST_PASSPHRASE)
        window.lock_form.submit()


def banners(section) -> list[DraftBanner]:
    return [b for b in section.findChildren(DraftBanner) if not b.isHidden()]


def open_request(qtbot, controller):
    """A window on a new register holding one request, shown on its page."""
    window = create_through_welcome(qtbot, controller)
    clock = SystemClock()
    today = request_service.load_context(window.register).today(clock)
    request = make_request(
        window.register, clock, "Yassine El Amrani", received=today, notes="Première note"
    )
    window.show_section("requests")
    section = window.section("requests")
    assert section.show_request(request.reference)
    return window, section, request


def test_an_edited_request_is_emptied_at_lock_and_offered_back(qtbot, controller, save_path):
    window, section, request = open_request(qtbot, controller)
    fields = section.detail.fields
    fields.assignee.setText("Salma")
    fields.notes.setPlainText("Pièce d'identité attendue")
    assert section.detail.save_button.isEnabled()

    window.lock()
    # Locked: nothing decrypted is left in the widgets or the model.
    assert fields.assignee.text() == "" and fields.notes.toPlainText() == ""
    assert section.model.rowCount() == 0
    assert section.detail.request is None
    assert banners(section) == []
    assert len(window._drafts) == 1
    assert "Salma" not in repr(window._drafts[0])  # the values stay out of any repr/log

    unlock(qtbot, window)
    assert window._drafts == []  # handed to the section, which offers it
    [banner] = banners(section)
    assert request.reference in banner.text.text()

    qtbot.mouseClick(banner.resume_button, Qt.MouseButton.LeftButton)
    assert banners(section) == []
    assert section.pages.currentWidget() is section.detail
    assert fields.assignee.text() == "Salma"
    assert fields.notes.toPlainText() == "Pièce d'identité attendue"
    # Edited, not saved: the register still holds the old values until Enregistrer.
    assert section.detail.save_button.isEnabled()
    stored = request_service.get_request(window.register, request.id)
    assert stored.assignee == "" and stored.notes == "Première note"
    section.detail.save()
    stored = request_service.get_request(window.register, request.id)
    assert stored.assignee == "Salma"


def test_abandonner_drops_the_draft(qtbot, controller, save_path):
    window, section, request = open_request(qtbot, controller)
    section.detail.fields.assignee.setText("Salma")
    window.lock()
    unlock(qtbot, window)
    [banner] = banners(section)
    qtbot.mouseClick(banner.discard_button, Qt.MouseButton.LeftButton)
    assert banners(section) == []
    assert section.offered_drafts == []
    # Gone for good: the next lock has nothing to keep.
    window.lock()
    assert window._drafts == []
    unlock(qtbot, window)
    assert banners(section) == []


def test_nothing_typed_means_no_banner(qtbot, controller, save_path):
    window, section, _request = open_request(qtbot, controller)
    window.lock()
    assert window._drafts == []
    unlock(qtbot, window)
    assert banners(section) == []


def test_a_draft_still_offered_survives_another_lock(qtbot, controller, save_path):
    window, section, request = open_request(qtbot, controller)
    section.detail.fields.assignee.setText("Salma")
    window.lock()
    unlock(qtbot, window)
    assert len(banners(section)) == 1
    window.lock()  # unanswered: it is a draft again, and its banner is gone
    assert banners(section) == []
    assert len(window._drafts) == 1
    unlock(qtbot, window)
    [banner] = banners(section)
    qtbot.mouseClick(banner.resume_button, Qt.MouseButton.LeftButton)
    assert section.detail.fields.assignee.text() == "Salma"


def test_a_draft_of_a_deleted_request_says_so_and_keeps_nothing(qtbot, controller, save_path):
    window, section, request = open_request(qtbot, controller)
    section.detail.fields.assignee.setText("Salma")
    window.lock()
    unlock(qtbot, window)
    # Deleted meanwhile (as a retention purge would): the row is gone from the register.
    with window.register.write() as conn:
        conn.execute(rights_request.delete().where(rights_request.c.id == request.id))
    [banner] = banners(section)
    qtbot.mouseClick(banner.resume_button, Qt.MouseButton.LeftButton)
    [banner] = banners(section)  # the same banner, now a warning
    assert "n'existe plus" in banner.text.text()
    assert banner.resume_button.isHidden() and not banner.close_button.isHidden()
    assert section.detail.fields.assignee.text() == ""
    assert section.offered_drafts == []
    assert section.model.rowCount() == 0  # the list is read again: it is gone there too
    qtbot.mouseClick(banner.close_button, Qt.MouseButton.LeftButton)
    assert banners(section) == []
    window.lock()
    assert window._drafts == []


def test_a_request_changed_while_locked_is_refilled_with_a_warning(qtbot, controller, save_path):
    window, section, request = open_request(qtbot, controller)
    section.detail.fields.assignee.setText("Salma")
    window.lock()
    unlock(qtbot, window)
    # Someone else (another workstation, the CLI) starts work on it meanwhile.
    request_service.start_work(window.register, request, clock=SystemClock())
    [banner] = banners(section)
    qtbot.mouseClick(banner.resume_button, Qt.MouseButton.LeftButton)
    assert section.detail.fields.assignee.text() == "Salma"
    assert section.detail.message.tone == "warning"
    assert "modifiée pendant le verrouillage" in section.detail.message.text()
    section.detail.save()  # onto the current version: no conflict, both changes kept
    stored = request_service.get_request(window.register, request.id)
    assert stored.assignee == "Salma" and stored.status != request.status


def test_a_new_request_form_is_kept_too(qtbot, controller, save_path):
    window, section, _request = open_request(qtbot, controller)
    section.show_list()
    dialog = section.open_new_dialog()
    qtbot.keyClicks(dialog.fields.requester_name, "Lukas Schneider")
    window.lock()
    assert section.new_dialog is None  # closed, its fields with it
    unlock(qtbot, window)
    [banner] = banners(section)
    assert "Nouvelle demande" in banner.text.text()
    qtbot.mouseClick(banner.resume_button, Qt.MouseButton.LeftButton)
    assert section.new_dialog is not None
    assert section.new_dialog.fields.requester_name.text() == "Lukas Schneider"
    assert request_service.count_requests(window.register, section.model.filter) == 1


def test_the_unlock_shows_the_section_holding_the_draft(qtbot, controller, save_path):
    window, section, _request = open_request(qtbot, controller)
    section.detail.fields.assignee.setText("Salma")
    window.show_section("journal")  # the request's page stays edited behind
    window.lock()
    unlock(qtbot, window)
    assert window.stack.currentWidget() is section
    assert len(banners(section)) == 1


def test_closing_the_window_forgets_the_drafts(qtbot, controller, save_path):
    window, section, _request = open_request(qtbot, controller)
    section.detail.fields.assignee.setText("Salma")
    window.close()
    assert window._drafts == []


# ----------------------------------------------------------------------------- breaches


def test_an_edited_breach_is_kept_across_a_lock(qtbot, controller, save_path):
    window = create_through_welcome(qtbot, controller)
    breach = make_breach(window.register, SystemClock(), "Courriel mal adressé", aware_hours_ago=2)
    window.show_section("breaches")
    section = window.section("breaches")
    assert section.show_breach(breach.reference)
    facts = section.detail.step("facts").fields
    nature = section.detail.step("nature").fields
    facts.title.setText("Export envoyé à un tiers")
    nature.consequences.setPlainText("Risque d'hameçonnage")

    window.lock()
    assert facts.title.text() == "" and nature.consequences.toPlainText() == ""
    assert section.model.rowCount() == 0
    unlock(qtbot, window)
    [banner] = banners(section)
    assert breach.reference in banner.text.text()
    qtbot.mouseClick(banner.resume_button, Qt.MouseButton.LeftButton)

    assert section.pages.currentWidget() is section.detail
    assert section.detail.current_step == "facts"  # the first step with unsaved typing
    assert facts.title.text() == "Export envoyé à un tiers"
    assert nature.consequences.toPlainText() == "Risque d'hameçonnage"
    stored = breach_service.get_breach(window.register, breach.id)
    assert stored.title == "Courriel mal adressé" and stored.nature.consequences == ""
    # Still unsaved, so a second lock keeps it again.
    window.lock()
    assert len(window._drafts) == 1


def test_a_breach_opened_without_typing_leaves_no_draft(qtbot, controller, save_path):
    window = create_through_welcome(qtbot, controller)
    breach = make_breach(window.register, SystemClock(), "Courriel mal adressé", aware_hours_ago=2)
    window.show_section("breaches")
    section = window.section("breaches")
    assert section.show_breach(breach.reference)
    for key in ("facts", "nature", "risk", "notify", "close"):
        section.detail.show_step(["facts", "nature", "risk", "notify", "close"].index(key))
    window.lock()
    assert window._drafts == []


# ----------------------------------------------------------------------------- registers


def test_a_processor_being_edited_is_kept_across_a_lock(qtbot, controller, save_path):
    window = create_through_welcome(qtbot, controller)
    stripe = book.save_processor(window.register, processor("Stripe"), clock=SystemClock())
    window.show_section("processors")
    section = window.section("processors")
    assert section.show_item(f"#{stripe.id}")
    dialog = section.open_edit_dialog()
    dialog.form.notes.setText("Revue du DPA à prévoir")
    dialog.form.contact.setText("privacy@stripe.com")

    window.lock()
    assert section.active_dialog is None and section.model.rowCount() == 0
    unlock(qtbot, window)
    [banner] = banners(section)
    assert "Stripe" in banner.text.text()
    qtbot.mouseClick(banner.resume_button, Qt.MouseButton.LeftButton)
    dialog = section.active_dialog
    assert dialog is not None and dialog.processor.id == stripe.id
    assert dialog.form.notes.text() == "Revue du DPA à prévoir"
    assert dialog.form.contact.text() == "privacy@stripe.com"
    assert book.get_processor(window.register, stripe.id).notes == ""
    dialog.save()
    assert book.get_processor(window.register, stripe.id).notes == "Revue du DPA à prévoir"


def test_a_new_processor_form_is_kept_and_an_untouched_one_is_not(qtbot, controller, save_path):
    window = create_through_welcome(qtbot, controller)
    window.show_section("processors")
    section = window.section("processors")
    section.open_new_dialog()
    window.lock()
    assert window._drafts == []  # opened, nothing typed
    unlock(qtbot, window)
    dialog = section.open_new_dialog()
    dialog.form.name.setText("Mixpanel")
    window.lock()
    unlock(qtbot, window)
    [banner] = banners(section)
    assert "Nouveau sous-traitant" in banner.text.text()
    qtbot.mouseClick(banner.resume_button, Qt.MouseButton.LeftButton)
    assert section.active_dialog.form.name.text() == "Mixpanel"
    assert section.active_dialog.processor is None


def test_organisation_form_in_parametres_is_kept_across_a_lock(qtbot, controller, save_path):
    window = create_through_welcome(qtbot, controller)
    window.show_section("settings")
    section = window.section("settings")
    window.lock()
    assert window._drafts == []
    unlock(qtbot, window)
    section.fields.dpo_phone.setText("+212 6 00 00 00 00")
    window.lock()
    assert section.fields.dpo_phone.text() == ""
    unlock(qtbot, window)
    [banner] = banners(section)
    qtbot.mouseClick(banner.resume_button, Qt.MouseButton.LeftButton)
    assert section.fields.dpo_phone.text() == "+212 6 00 00 00 00"
    assert section.save_button.isEnabled()
    assert register_file.load_organisation(window.register).dpo_phone != "+212 6 00 00 00 00"
