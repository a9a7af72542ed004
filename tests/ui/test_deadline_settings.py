"""Paramètres ▸ Délais de réponse and Calendrier des jours ouvrés, through the widgets."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from dpo_desk.domain.requests.model import RequestIntake
from dpo_desk.domain.requests.workflow import Regime, Right
from dpo_desk.services import register_file
from dpo_desk.services import requests as request_service
from dpo_desk.ui.formatting import to_qdate
from dpo_desk.ui.lunar_confirm import LunarConfirmDialog
from dpo_desk.ui.sections.settings import SettingsSection
from dpo_desk.ui.settings.calendar_rows import (
    DAY_ROLE,
    KIND_ANNOUNCED,
    KIND_CLOSURE,
    KIND_CONFIRMED,
    KIND_ESTIMATED,
    KIND_PACKAGE,
    KIND_REMOVED,
)
from tests.conftest import TEST_PASSPHRASE

# The frozen clock says 10 March 2026 in Casablanca.
ANNOUNCED_EID = date(2026, 3, 20)  # Aïd al-Fitr 1447, in the shipped official record
ESTIMATED_ADHA = date(2026, 5, 28)  # Aïd al-Adha 1447: the package's 27 May + 1 day
ESTIMATED_MAWLID = date(2026, 8, 26)  # Aïd al-Mawlid 1448: the package's 25 August + 1 day
INDEPENDENCE_MANIFESTO = date(2026, 1, 11)  # a fixed holiday of the package


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def add_request(register, clock, *, received, right, name="Yassine El Amrani"):
    intake = RequestIntake(
        regimes=frozenset({Regime.LAW_09_08}),
        rights=frozenset({right}),
        received_on=received,
        requester_name=name,
    )
    return request_service.create_request(register, intake, clock=clock)


@pytest.fixture
def settings(qtbot, register, frozen_clock):
    section = SettingsSection(clock=frozen_clock)
    qtbot.addWidget(section)
    section.resize(1044, 800)
    section.set_register(register)
    section.show()
    qtbot.waitExposed(section)
    return section


def reopen(register):
    """Close the register and open it again from its file, as after a restart."""
    path = register.path
    register.close()
    return register_file.unlock_register(path, TEST_PASSPHRASE)


def kinds(card) -> dict[tuple[date, str], str]:
    return {(row.day, row.name): row.kind for row in card.rows}


def kinds_on(card, day: date) -> list[str]:
    return [row.kind for row in card.rows if row.day == day]


# ----------------------------------------------------------------------------- policy


def test_internal_days_are_saved_and_open_requests_get_a_new_due_date(
    qtbot, settings, register, frozen_clock
):
    access = add_request(register, frozen_clock, received=date(2026, 3, 2), right=Right.ACCESS)
    assert access.due_on == date(2026, 4, 1)  # 30 days of internal policy
    card = settings.policy_card
    assert card.internal_days.value() == 30
    assert card.rectification_days.value() == 10
    assert not card.strict_clear_days.isChecked() and not card.identity_pause.isChecked()
    assert not card.save_button.isEnabled()  # nothing changed yet

    card.internal_days.setValue(20)
    assert card.save_button.isEnabled() and card.revert_button.isEnabled()
    with qtbot.waitSignal(settings.status_message) as status:
        click(qtbot, card.save_button)
    text = "Politique enregistrée ; 1 demande ouverte a une nouvelle échéance."
    assert card.message.tone == "success" and card.message.text() == text
    assert status.args == [text]
    assert not card.save_button.isEnabled()
    assert request_service.load_context(register).policy.internal_days == 20
    # 2 March + 20 days is Sunday 22 March: rolled to Monday 23.
    assert request_service.find_request(register, access.reference).due_on == date(2026, 3, 23)


def test_saving_a_policy_that_moves_nothing_says_so(qtbot, settings, register):
    card = settings.policy_card
    card.strict_clear_days.setChecked(True)
    click(qtbot, card.save_button)
    assert card.message.text() == (
        "Politique enregistrée ; aucune demande ouverte ne change d'échéance."
    )
    assert request_service.load_context(register).policy.strict_clear_days is True


def test_revert_puts_back_the_saved_policy(qtbot, settings, register):
    card = settings.policy_card
    card.internal_days.setValue(45)
    card.identity_pause.setChecked(True)
    click(qtbot, card.revert_button)
    assert card.internal_days.value() == 30 and not card.identity_pause.isChecked()
    assert not card.save_button.isEnabled()
    assert request_service.load_context(register).policy.internal_days == 30


def test_identity_pause_persists_after_reopening(qtbot, settings, register, frozen_clock):
    card = settings.policy_card
    card.identity_pause.setChecked(True)
    click(qtbot, card.save_button)
    settings.clear()

    reopened = reopen(register)
    try:
        assert request_service.load_context(reopened).policy.identity_pause is True
        again = SettingsSection(clock=frozen_clock)
        qtbot.addWidget(again)
        again.set_register(reopened)
        assert again.policy_card.identity_pause.isChecked()
        assert not again.policy_card.save_button.isEnabled()

        again.policy_card.identity_pause.setChecked(False)
        click(qtbot, again.policy_card.save_button)
        assert request_service.load_context(reopened).policy.identity_pause is False
    finally:
        reopened.close()


def test_lock_empties_the_deadline_cards(settings):
    settings.policy_card.internal_days.setValue(12)
    settings.clear()
    assert settings.policy_card.internal_days.value() == 30  # the defaults, not the register's
    assert not settings.policy_card.internal_days.isEnabled()
    card = settings.calendar_card
    assert card.table.rowCount() == 0 and card.rows == [] and card.calendar is None
    assert not card.add_closure_button.isEnabled()


# ----------------------------------------------------------------------------- calendar


def row_index(card, day: date) -> int:
    return next(i for i, r in enumerate(card.rows) if r.day == day)


def test_the_calendar_lists_the_years_days_off_with_lunar_statuses(settings):
    card = settings.calendar_card
    assert card.year.value() == 2026  # the clock's year
    assert kinds_on(card, date(2026, 1, 1)) == [KIND_PACKAGE]
    # Aïd al-Fitr 1447 is in the official record shipped with the app.
    assert kinds_on(card, ANNOUNCED_EID) == [KIND_ANNOUNCED]
    row = row_index(card, ANNOUNCED_EID)
    assert card.table.item(row, 2).text() == "Confirmé (annonce officielle)"
    assert "Communiqué du ministère des Habous" in card.table.item(row, 2).toolTip()
    # Aïd al-Adha 1447 is still an estimate: said so, never "Calendrier officiel".
    assert kinds_on(card, ESTIMATED_ADHA) == [KIND_ESTIMATED]
    row = row_index(card, ESTIMATED_ADHA)
    assert card.table.item(row, 0).text() == "jeudi 28 mai 2026"
    assert card.table.item(row, 2).text() == "Estimé"
    assert "ne reporte aucune échéance" in card.table.item(row, 2).toolTip()
    for index, line in enumerate(card.rows):
        if line.lunar is not None:
            assert card.table.item(index, 2).text() != "Calendrier officiel"
    assert card.estimates.tone == "warning"
    # Counted by holiday (Aïd al-Adha, 1er Moharram, Aïd al-Mawlid), not by day.
    assert card.estimates.text().startswith("3 fêtes lunaires de 2026 ont une date estimée")

    card.year.setValue(2027)
    assert all(row.day.year == 2027 for row in card.rows)
    assert kinds_on(card, date(2027, 8, 14)) == [KIND_PACKAGE]  # Allégeance Oued Eddahab
    assert kinds_on(card, date(2027, 8, 15)) == [KIND_ESTIMATED]  # Mawlid, package + 1 day


def test_confirm_closure_and_remove_persist_after_reopening(
    qtbot, settings, register, frozen_clock
):
    card = settings.calendar_card

    # Aïd al-Adha is announced a day earlier than estimated.
    assert card.select_day(ESTIMATED_ADHA)
    assert not card.move_button.isEnabled() and not card.remove_button.isEnabled()
    click(qtbot, card.confirm_button)
    dialog = card.active_dialog
    assert isinstance(dialog, LunarConfirmDialog) and dialog.isVisible()
    assert dialog.day() == ESTIMATED_ADHA  # the estimate, by default
    assert "Annoncée par le ministère des Habous" in dialog.source_hint.text()
    dialog.date_edit.setDate(to_qdate(date(2026, 5, 27)))
    assert dialog.days.text() == "mercredi 27 mai 2026, jeudi 28 mai 2026"  # the days off
    with qtbot.waitSignal(settings.status_message) as status:
        click(qtbot, dialog.ok_button)
    assert card.active_dialog is None
    assert status.args == [
        "Aïd al-Adha 1447 confirmé : premier jour le mercredi 27 mai 2026. "
        "Aucune demande ouverte ne change d'échéance."
    ]
    assert card.message.tone == "success"
    assert kinds_on(card, date(2026, 5, 27)) == [KIND_CONFIRMED]
    assert kinds_on(card, ESTIMATED_ADHA) == [KIND_CONFIRMED]  # its second day
    assert kinds_on(card, date(2026, 5, 29)) == []
    row = row_index(card, date(2026, 5, 27))
    assert card.table.item(row, 2).text() == "Confirmé le 10/03/2026"  # today, by the clock
    assert card.rows[row].other_day == ESTIMATED_ADHA  # where the estimate had it

    # The organisation closes for its inventory.
    click(qtbot, card.add_closure_button)
    dialog = card.active_dialog
    # A closure moves internal-policy deadlines only: the dialog says so.
    assert any("ne l'est jamais" in w.text() for w in dialog.findChildren(QLabel))
    dialog.date_edit.setDate(to_qdate(date(2026, 4, 3)))
    qtbot.keyClicks(dialog.name_edit, "Inventaire annuel")
    click(qtbot, dialog.ok_button)
    assert kinds(card)[(date(2026, 4, 3), "Inventaire annuel")] == KIND_CLOSURE

    # 11 January is not observed this year (say): an ordinary day.
    assert card.select_day(INDEPENDENCE_MANIFESTO)
    click(qtbot, card.remove_button)
    assert kinds_on(card, INDEPENDENCE_MANIFESTO) == [KIND_REMOVED]
    settings.clear()

    reopened = reopen(register)
    try:
        calendar = request_service.load_context(reopened).calendar
        adha = calendar.lunar_holiday("eid-al-adha/1447")
        assert adha.first_day == date(2026, 5, 27) and adha.confirmed_on == date(2026, 3, 10)
        assert calendar.is_holiday(date(2026, 5, 27)) and not calendar.is_holiday(date(2026, 5, 29))
        assert calendar.is_holiday(date(2026, 4, 3))
        assert not calendar.is_holiday(INDEPENDENCE_MANIFESTO)

        again = SettingsSection(clock=frozen_clock)
        qtbot.addWidget(again)
        again.set_register(reopened)
        shown = again.calendar_card
        assert kinds_on(shown, date(2026, 5, 27)) == [KIND_CONFIRMED]
        assert kinds_on(shown, date(2026, 4, 3)) == [KIND_CLOSURE]
        assert kinds_on(shown, INDEPENDENCE_MANIFESTO) == [KIND_REMOVED]

        # And back to the official calendar for 11 January.
        assert shown.select_day(INDEPENDENCE_MANIFESTO)
        click(qtbot, shown.reset_button)
        assert kinds_on(shown, INDEPENDENCE_MANIFESTO) == [KIND_PACKAGE]
        assert request_service.load_context(reopened).calendar.is_holiday(INDEPENDENCE_MANIFESTO)
    finally:
        reopened.close()


def test_a_confirmation_can_be_cancelled(qtbot, settings, register):
    card = settings.calendar_card
    assert card.select_day(ESTIMATED_MAWLID)
    assert not card.unconfirm_button.isEnabled()  # nothing confirmed yet
    click(qtbot, card.confirm_button)
    click(qtbot, card.active_dialog.ok_button)  # announced on the estimated day
    assert kinds_on(card, ESTIMATED_MAWLID) == [KIND_CONFIRMED]

    assert card.select_day(ESTIMATED_MAWLID)
    assert card.unconfirm_button.isEnabled()
    with qtbot.waitSignal(card.saved):
        click(qtbot, card.unconfirm_button)
    assert card.message.text().startswith(
        "Confirmation annulée : Aïd al-Mawlid 1448, estimé, le mercredi 26 août 2026."
    )
    assert kinds_on(card, ESTIMATED_MAWLID) == [KIND_ESTIMATED]
    calendar = request_service.load_context(register).calendar
    assert not calendar.lunar_holiday("mawlid/1448").confirmed
    # A past year's official date is not the DPO's: nothing to cancel.
    assert card.select_day(ANNOUNCED_EID)
    assert card.confirm_button.isEnabled() and not card.unconfirm_button.isEnabled()


def test_an_edit_does_not_undo_a_confirmation_made_elsewhere(qtbot, settings, register):
    card = settings.calendar_card  # shows the calendar before the confirmation below
    # Confirmed from the dashboard (or the command line) while Paramètres was open.
    request_service.confirm_lunar_holiday(register, "eid-al-adha/1447", ESTIMATED_ADHA)
    click(qtbot, card.add_closure_button)
    dialog = card.active_dialog
    dialog.date_edit.setDate(to_qdate(date(2026, 4, 3)))
    click(qtbot, dialog.ok_button)
    calendar = request_service.load_context(register).calendar
    assert calendar.lunar_holiday("eid-al-adha/1447").confirmed
    assert calendar.is_holiday(date(2026, 4, 3))


def test_a_closure_moves_policy_due_dates_never_legal_ones(qtbot, settings, register, frozen_clock):
    fix = add_request(register, frozen_clock, received=date(2026, 3, 2), right=Right.RECTIFICATION)
    assert fix.due_on == date(2026, 3, 12)  # ten clear days, a Thursday
    access = add_request(register, frozen_clock, received=date(2026, 3, 2), right=Right.ACCESS)
    assert access.due_on == date(2026, 4, 1)  # 30 days of internal policy, a Wednesday
    card = settings.calendar_card

    # Closed on the rectification's due date: a legal period is not extended.
    click(qtbot, card.add_closure_button)
    dialog = card.active_dialog
    assert dialog.day() == date(2026, 3, 10)  # today, from the clock
    dialog.date_edit.setDate(to_qdate(date(2026, 3, 12)))
    with qtbot.waitSignal(card.saved) as saved:
        click(qtbot, dialog.ok_button)
    assert saved.args == [0]
    assert card.message.text() == (
        "Fermeture ajoutée le jeudi 12 mars 2026. Aucune demande ouverte ne change d'échéance."
    )
    # Unnamed, the closure takes the default name; its tooltip says what it moves.
    assert kinds(card)[(date(2026, 3, 12), "Fermeture de l'organisation")] == KIND_CLOSURE
    tooltip = card.table.item(row_index(card, date(2026, 3, 12)), 2).toolTip()
    assert "jamais un délai légal" in tooltip
    assert request_service.find_request(register, fix.reference).due_on == date(2026, 3, 12)

    # Closed on the access request's due date: an internal-policy period is.
    click(qtbot, card.add_closure_button)
    card.active_dialog.date_edit.setDate(to_qdate(date(2026, 4, 1)))
    with qtbot.waitSignal(card.saved) as saved:
        click(qtbot, card.active_dialog.ok_button)
    assert saved.args == [1]
    assert card.message.text() == (
        "Fermeture ajoutée le mercredi 1 avril 2026. 1 demande ouverte a une nouvelle échéance."
    )
    assert request_service.find_request(register, access.reference).due_on == date(2026, 4, 2)

    # Removing the closure removes only the closure, and the date comes back.
    assert card.select_day(date(2026, 4, 1))
    click(qtbot, card.remove_button)
    assert request_service.find_request(register, access.reference).due_on == date(2026, 4, 1)


def test_an_invalid_name_is_refused_in_the_dialog_and_kept(qtbot, settings, register):
    card = settings.calendar_card
    click(qtbot, card.add_holiday_button)
    dialog = card.active_dialog
    too_long = "Fête " * 50  # 250 characters; the calendar takes 200
    dialog.name_edit.setText(too_long)
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and card.active_dialog is dialog
    assert dialog.message.tone == "error"
    assert dialog.message.text() == "Le nom dépasse 200 caractères."
    assert dialog.name_edit.text() == too_long  # what was typed is still there
    assert dialog.name_edit.property("invalid") is True
    assert request_service.load_context(register).calendar.overrides.is_empty()

    dialog.name_edit.setText("Fête de l'Unité (décret)")
    assert dialog.name_edit.property("invalid") is False
    dialog.date_edit.setDate(to_qdate(date(2026, 6, 1)))
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    row = next(r for r in card.rows if r.day == date(2026, 6, 1))
    assert row.name == "Fête de l'Unité (décret)"
    assert card.table.item(card.rows.index(row), 0).data(DAY_ROLE) == "2026-06-01"


def test_buttons_follow_the_selected_line(settings):
    card = settings.calendar_card
    assert not card.confirm_button.isEnabled() and not card.remove_button.isEnabled()
    card.select_day(date(2026, 1, 1))
    assert not card.confirm_button.isEnabled()  # an official fixed date: nothing to confirm
    assert card.move_button.isEnabled() and card.remove_button.isEnabled()
    assert not card.reset_button.isEnabled()  # nothing edited on that day
    card.select_day(ESTIMATED_ADHA)
    assert card.confirm_button.isEnabled() and not card.unconfirm_button.isEnabled()
    # A lunar date is confirmed (at the announced day), not moved or removed as a plain day.
    assert not card.move_button.isEnabled() and not card.remove_button.isEnabled()


def test_selection_works_right_to_left(qtbot, settings):
    # Arabic mirrors every layout; the calendar's buttons must still follow the line.
    settings.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    card = settings.calendar_card
    assert card.select_day(ESTIMATED_ADHA)
    assert card.selected() is not None and card.selected().day == ESTIMATED_ADHA
    assert card.confirm_button.isEnabled()


# ----------------------------------------------------------------------------- GDPR


def test_the_gdpr_member_state_is_saved_and_moves_gdpr_due_dates(
    qtbot, settings, register, frozen_clock
):
    from dpo_desk.services import journal
    from dpo_desk.storage.audit import JournalFilter

    intake = RequestIntake(
        regimes=frozenset({Regime.GDPR}),
        rights=frozenset({Right.ACCESS}),
        received_on=date(2026, 3, 5),
        requester_name="Lukas Schneider",
    )
    gdpr = request_service.create_request(register, intake, clock=frozen_clock)
    assert gdpr.due_on == date(2026, 4, 6)  # 5 April is a Sunday; Easter Monday not counted
    card = settings.deadlines.gdpr_card
    box = card.member_state
    assert box.currentText() == "Aucun (samedis et dimanches seulement)"
    assert box.count() == 28
    names = [box.itemText(i) for i in range(1, box.count())]
    assert names[:3] == ["Allemagne", "Autriche", "Belgique"]  # by the name shown
    assert names.index("Espagne") < names.index("Estonie") < names.index("Finlande")
    assert not card.save_button.isEnabled()

    box.setCurrentIndex(box.findData("DE"))  # the organisation's EU representative is there
    assert card.save_button.isEnabled()
    with qtbot.waitSignal(settings.status_message) as status:
        click(qtbot, card.save_button)
    assert status.args == [
        "Délais du RGPD : jours fériés de l'État membre Allemagne comptés. "
        "1 demande ouverte a une nouvelle échéance."
    ]
    assert not card.save_button.isEnabled()
    assert request_service.load_context(register).calendar.member_state == "DE"
    # Easter Monday (6 April 2026) is a German public holiday.
    assert request_service.find_request(register, gdpr.reference).due_on == date(2026, 4, 7)
    entry = journal.page(register, JournalFilter(entity="calendar"), offset=0, limit=1)[0]
    assert entry.changes["member_state"] == [None, "DE"]

    settings.clear()
    settings.set_register(register)
    assert card.member_state.currentData() == "DE"


def test_the_calendar_card_is_as_tall_as_its_contents(qtbot, register, frozen_clock):
    # The page once measured the capped cards' wrapped text at its own width: the card came
    # out short, and its buttons were drawn over the table's last lines.
    section = SettingsSection(clock=frozen_clock)
    qtbot.addWidget(section)
    section.resize(1280, 720)
    section.set_register(register)
    section.show_page("deadlines")  # a page of its own (the settings' navigation)
    section.show()
    qtbot.waitExposed(section)
    card = section.calendar_card
    qtbot.waitUntil(lambda: card.height() >= card.heightForWidth(card.width()))
    table_bottom = card.table.geometry().bottom()
    assert card.confirm_button.geometry().top() > table_bottom
    assert card.move_button.geometry().top() > card.confirm_button.geometry().bottom()
