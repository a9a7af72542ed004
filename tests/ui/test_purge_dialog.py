"""The retention review: per-case choice, typed confirmation, purge off the UI thread."""

from __future__ import annotations

from datetime import date

from dpo_desk.domain.retention import PurgeMode
from dpo_desk.services import maintenance, register_file
from dpo_desk.services import requests as request_service
from dpo_desk.ui.purge_dialog import KEEP, PurgeDialog
from tests.reliability.casework import clock_at, closed_breach, closed_request

NAME = "Yassine El Amrani"


def _dialog(qtbot, register, clock) -> PurgeDialog:
    dialog = PurgeDialog(register, clock=clock)
    qtbot.addWidget(dialog)
    return dialog


def test_review_lists_expired_cases_and_purges_each_as_chosen(french_catalogue, qtbot, register):
    old = clock_at(date(2019, 1, 7))
    erased = closed_request(register, old, requester_name=NAME)
    kept_stats = closed_request(register, old, requester_name=NAME)
    held = closed_breach(register, old)
    now = clock_at(date(2026, 3, 10))
    dialog = _dialog(qtbot, register, now)
    references = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert sorted(references) == sorted([erased.reference, kept_stats.reference, held.reference])
    for row, reference in enumerate(references):
        mode = {erased.reference: PurgeMode.DELETE, held.reference: KEEP}.get(
            reference, PurgeMode.ANONYMISE
        )
        dialog.set_choice(row, str(mode))
    assert not dialog.purge_button.isEnabled()  # nothing goes without the typed word
    qtbot.keyClicks(dialog.confirmation, "purger")
    assert not dialog.purge_button.isEnabled()
    dialog.confirmation.setText(dialog.confirm_word)
    assert dialog.purge_button.isEnabled()
    dialog.purge()
    assert not dialog.close_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert dialog.message.tone == "success", dialog.message.text()
    assert "Purge faite : 1 dossier effacé, 1 dossier anonymisé." == dialog.summary
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == [
        held.reference
    ]
    assert request_service.get_request(register, kept_stats.id).requester_name == "[anonymisé]"
    register_file.verify_register(register)


def test_nothing_expired_yet_means_nothing_to_purge(qtbot, register):
    closed_request(register, clock_at(date(2025, 1, 7)), requester_name=NAME)
    dialog = _dialog(qtbot, register, clock_at(date(2026, 3, 10)))
    assert dialog.table.rowCount() == 0
    dialog.confirmation.setText(dialog.confirm_word)
    assert not dialog.purge_button.isEnabled()


def test_retention_periods_are_edited_here_and_journaled(qtbot, register):
    closed_request(register, clock_at(date(2024, 1, 7)), requester_name=NAME)
    dialog = _dialog(qtbot, register, clock_at(date(2026, 3, 10)))
    assert dialog.table.rowCount() == 0
    dialog.request_years.setValue(1)
    dialog.save_policy_button.click()
    assert maintenance.retention_policy(register).request_years == 1
    assert dialog.table.rowCount() == 1 and dialog.message.tone == "success"


def test_purge_reviewed_service_mixes_modes_in_one_transaction(register):
    old = clock_at(date(2019, 1, 7))
    a = closed_request(register, old, requester_name=NAME)
    b = closed_request(register, old, requester_name=NAME)
    now = clock_at(date(2026, 3, 10))
    cases = {c.reference: c for c in maintenance.expired_cases(register, clock=now)}
    report = maintenance.purge_reviewed(
        register,
        [(cases[a.reference], PurgeMode.DELETE), (cases[b.reference], "anonymise")],
        clock=now,
    )
    assert [c.reference for c in report.deleted] == [a.reference]
    assert [c.reference for c in report.anonymised] == [b.reference]
    assert maintenance.expired_cases(register, clock=now) == []
