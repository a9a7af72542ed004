"""Paramètres ▸ Délais de réponse and Calendrier des jours ouvrés, through the widgets."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from dpo_desk.domain.requests import Regime, Right
from dpo_desk.domain.rights_request import RequestIntake
from dpo_desk.services import registers
from dpo_desk.services import requests as request_service
from dpo_desk.ui.deadline_settings import (
    DAY_ROLE,
    KIND_CLOSURE,
    KIND_CONFIRMED,
    KIND_ESTIMATED,
    KIND_MOVED,
    KIND_PACKAGE,
    KIND_REMOVED,
)
from dpo_desk.ui.formatting import to_qdate
from dpo_desk.ui.sections.settings import SettingsSection
from tests.conftest import TEST_PASSPHRASE

# The frozen clock says 10 March 2026 in Casablanca.
ESTIMATED_EID = date(2026, 3, 20)  # Aïd Al-Fitr, estimated by the package
ESTIMATED_ADHA = date(2026, 5, 27)  # Aïd Al-Adha, estimated by the package
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
    return registers.unlock_register(path, TEST_PASSPHRASE)


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


def test_the_calendar_lists_the_years_days_off_with_estimates_marked(settings):
    card = settings.calendar_card
    assert card.year.value() == 2026  # the clock's year
    assert kinds_on(card, date(2026, 1, 1)) == [KIND_PACKAGE]
    assert kinds_on(card, ESTIMATED_EID) == [KIND_ESTIMATED]
    row = next(i for i, r in enumerate(card.rows) if r.day == ESTIMATED_EID)
    assert card.table.item(row, 0).text() == "vendredi 20 mars 2026"
    assert card.table.item(row, 2).text() == "Date estimée, à confirmer"
    assert card.estimates.tone == "warning"
    assert card.estimates.text().startswith("7 dates lunaires de 2026 sont estimées")

    card.year.setValue(2027)
    assert all(row.day.year == 2027 for row in card.rows)
    assert kinds_on(card, date(2027, 8, 14)) == [KIND_PACKAGE, KIND_ESTIMATED]


def test_confirm_move_closure_and_remove_persist_after_reopening(
    qtbot, settings, register, frozen_clock
):
    card = settings.calendar_card

    # Confirm Aïd Al-Fitr on the estimated day.
    assert card.select_day(ESTIMATED_EID)
    assert card.confirm_button.isEnabled()
    click(qtbot, card.confirm_button)
    assert card.message.tone == "success"
    assert card.message.text().startswith("Date confirmée : Fête de la rupture du jeûne")
    assert kinds_on(card, ESTIMATED_EID) == [KIND_CONFIRMED]

    # Aïd Al-Adha is announced a day earlier than estimated.
    assert card.select_day(ESTIMATED_ADHA)
    click(qtbot, card.move_button)
    dialog = card.active_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.day() == ESTIMATED_ADHA
    dialog.date_edit.setDate(to_qdate(date(2026, 5, 26)))
    click(qtbot, dialog.ok_button)
    assert card.active_dialog is None
    assert kinds_on(card, date(2026, 5, 26)) == [KIND_MOVED]
    assert kinds_on(card, ESTIMATED_ADHA) == [KIND_REMOVED]
    moved = next(row for row in card.rows if row.day == date(2026, 5, 26))
    assert moved.other_day == ESTIMATED_ADHA

    # The organisation closes for its inventory.
    click(qtbot, card.add_closure_button)
    dialog = card.active_dialog
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
        assert calendar.is_holiday(ESTIMATED_EID)
        assert not any(h.estimated for h in calendar.holidays_on(ESTIMATED_EID))
        assert calendar.is_holiday(date(2026, 5, 26)) and not calendar.is_holiday(ESTIMATED_ADHA)
        assert calendar.is_holiday(date(2026, 4, 3))
        assert not calendar.is_holiday(INDEPENDENCE_MANIFESTO)

        again = SettingsSection(clock=frozen_clock)
        qtbot.addWidget(again)
        again.set_register(reopened)
        shown = again.calendar_card
        assert kinds_on(shown, ESTIMATED_EID) == [KIND_CONFIRMED]
        assert kinds_on(shown, date(2026, 5, 26)) == [KIND_MOVED]
        assert kinds_on(shown, date(2026, 4, 3)) == [KIND_CLOSURE]
        assert kinds_on(shown, INDEPENDENCE_MANIFESTO) == [KIND_REMOVED]

        # And back to the official calendar for 11 January.
        assert shown.select_day(INDEPENDENCE_MANIFESTO)
        click(qtbot, shown.reset_button)
        assert kinds_on(shown, INDEPENDENCE_MANIFESTO) == [KIND_PACKAGE]
        assert request_service.load_context(reopened).calendar.is_holiday(INDEPENDENCE_MANIFESTO)
    finally:
        reopened.close()


def test_a_closure_on_a_due_date_moves_it_and_says_so(qtbot, settings, register, frozen_clock):
    fix = add_request(register, frozen_clock, received=date(2026, 3, 2), right=Right.RECTIFICATION)
    assert fix.due_on == date(2026, 3, 12)  # ten clear days, a Thursday
    card = settings.calendar_card
    click(qtbot, card.add_closure_button)
    dialog = card.active_dialog
    assert dialog.day() == date(2026, 3, 10)  # today, from the clock
    dialog.date_edit.setDate(to_qdate(date(2026, 3, 12)))
    with qtbot.waitSignal(card.saved) as saved:
        click(qtbot, dialog.ok_button)
    assert saved.args == [1]
    assert card.message.text() == (
        "Fermeture ajoutée le jeudi 12 mars 2026. 1 demande ouverte a une nouvelle échéance."
    )
    # Unnamed, the closure takes the default name.
    assert kinds(card)[(date(2026, 3, 12), "Fermeture de l'organisation")] == KIND_CLOSURE
    assert request_service.find_request(register, fix.reference).due_on == date(2026, 3, 13)

    # Removing the closure removes only the closure, and the date comes back.
    assert card.select_day(date(2026, 3, 12))
    click(qtbot, card.remove_button)
    assert request_service.find_request(register, fix.reference).due_on == date(2026, 3, 12)


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
    card.select_day(ESTIMATED_EID)
    assert card.confirm_button.isEnabled()


def test_selection_works_right_to_left(qtbot, settings):
    # Arabic mirrors every layout; the calendar's buttons must still follow the line.
    settings.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    card = settings.calendar_card
    assert card.select_day(ESTIMATED_EID)
    assert card.selected() is not None and card.selected().day == ESTIMATED_EID
    assert card.confirm_button.isEnabled() and card.move_button.isEnabled()
