"""The CNDP filing tracker: recording, changes to declare raised by the register, the
summary and the old registers' receipts (Law 09-08 arts. 12, 15, 19, 43-44)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text

from dpo_desk.domain.clock import FixedClock
from dpo_desk.domain.countries import DEFAULT_ADEQUATE_COUNTRIES
from dpo_desk.domain.errors import Conflict, ValidationError
from dpo_desk.domain.filings import FilingChannel, FilingStatus, FilingUpdate, FormalityKind
from dpo_desk.domain.records import (
    DataCategory,
    Law0908Exception,
    TransferDetails,
    TransferMechanism,
)
from dpo_desk.services import filings
from dpo_desk.services import records as book
from dpo_desk.services.register_file import create_register
from dpo_desk.storage import audit, migrate
from dpo_desk.storage.database import open_register
from tests.conftest import TEST_PASSPHRASE
from tests.services.test_records import activity, journal, processor

D, A, T = FormalityKind.DECLARATION, FormalityKind.AUTHORISATION, FormalityKind.TRANSFER
GRANTED = FilingUpdate(
    FilingStatus.GRANTED,
    filed_on=date(2026, 1, 5),
    channel=FilingChannel.PORTAL,
    receipt="D-W-442/2026",
    receipt_on=date(2026, 2, 1),
)


def statuses(register, activity_id):
    return {s.kind: s.filing.status for s in filings.for_activity(register, activity_id).required}


def test_a_new_activity_has_its_declaration_to_file(register, frozen_clock):
    act = book.save_activity(register, activity(), clock=frozen_clock)
    assert statuses(register, act.id) == {D: FilingStatus.TO_FILE}
    assert filings.summary(register).total == 1
    assert filings.pending_activity_ids(register) == {act.id}


def test_recording_a_receipt_is_journaled_and_published_on_the_activity(register, frozen_clock):
    act = book.save_activity(register, activity(), clock=frozen_clock)
    filed = filings.record(
        register,
        act.id,
        D,
        FilingUpdate(FilingStatus.FILED, filed_on=date(2026, 1, 5), channel=FilingChannel.PORTAL),
        clock=frozen_clock,
    )
    assert (filed.status, filed.version, filed.stored) == (FilingStatus.FILED, 1, True)
    assert filings.summary(register).total == 0  # filed: the CNDP's move now

    granted = filings.record(register, act.id, D, GRANTED, expected_version=1, clock=frozen_clock)
    assert (granted.receipt, granted.receipt_on, granted.version) == (
        "D-W-442/2026",
        date(2026, 2, 1),
        2,
    )
    # Art. 5: the receipt's reference is shown where data are collected; the activity
    # keeps it for its lists, exports and letters.
    again = book.get_activity(register, act.id)
    assert (again.cndp_receipt, again.cndp_receipt_on) == ("D-W-442/2026", date(2026, 2, 1))
    entries = [e for e in journal(register, "activity", act.id) if e.action == "filing"]
    assert entries[-1].changes["status"] == ["filed", "granted"]
    assert entries[-1].changes["receipt"] == ["", "D-W-442/2026"]

    with pytest.raises(Conflict):  # a form filled from version 1 is now stale
        filings.record(register, act.id, D, GRANTED, expected_version=1, clock=frozen_clock)


def test_an_invalid_update_writes_nothing(register, frozen_clock):
    act = book.save_activity(register, activity(), clock=frozen_clock)
    with pytest.raises(ValidationError):
        filings.record(register, act.id, D, FilingUpdate(FilingStatus.GRANTED), clock=frozen_clock)
    state = filings.for_activity(register, act.id).state(D)
    assert state is not None and not state.filing.stored
    assert [e.action for e in journal(register, "activity", act.id)] == ["create"]


def test_a_declared_item_changed_after_the_receipt_is_a_change_to_declare(register, frozen_clock):
    act = book.save_activity(register, activity(), clock=frozen_clock)
    filings.record(register, act.id, D, GRANTED, clock=frozen_clock)
    current = book.get_activity(register, act.id)
    # A review date is not an item of the declaration.
    current = book.save_activity(
        register,
        replace(current.details(), last_reviewed_on=date(2026, 3, 1)),
        current=current,
        clock=frozen_clock,
    )
    assert statuses(register, act.id) == {D: FilingStatus.GRANTED}
    book.save_activity(
        register,
        replace(current.details(), subject_categories=("Clients", "Prospects")),
        current=current,
        clock=frozen_clock,
    )
    state = filings.for_activity(register, act.id).state(D)
    assert state is not None
    assert (state.filing.status, state.filing.changes) == (
        FilingStatus.CHANGE_TO_DECLARE,
        ("subject_categories",),
    )
    assert state.filing.receipt == "D-W-442/2026"  # the receipt stays on record
    raised = [e for e in journal(register, "activity", act.id) if e.action == "filing_change"]
    assert raised[-1].changes["items"] == ["subject_categories"]
    assert filings.summary(register).changes == 1

    # Declaring the change and receiving the new receipt clears it.
    filings.record(
        register,
        act.id,
        D,
        replace(GRANTED, receipt="D-W-500/2026", receipt_on=date(2026, 3, 9)),
        clock=frozen_clock,
    )
    state = filings.for_activity(register, act.id).state(D)
    assert state is not None and (state.filing.status, state.filing.changes) == (
        FilingStatus.GRANTED,
        (),
    )


def test_a_new_transfer_and_a_new_processor_are_changes_to_declare(register, frozen_clock):
    act = book.save_activity(register, activity(), clock=frozen_clock)
    filings.record(register, act.id, D, GRANTED, clock=frozen_clock)
    stripe = book.save_processor(register, processor(countries=("MA",)), clock=frozen_clock)
    book.link_processor(register, act.id, stripe.id, clock=frozen_clock)
    assert filings.for_activity(register, act.id).state(D).filing.changes == ("processors",)
    book.add_transfer(
        register,
        TransferDetails(country="FR", processor_id=stripe.id),  # through its processor
        clock=frozen_clock,
    )
    state = filings.for_activity(register, act.id).state(D)
    assert state.filing.changes == ("processors", "transfers")


def test_a_transfer_on_clauses_needs_the_f118_until_an_exception_applies(register, frozen_clock):
    act = book.save_activity(register, activity(), clock=frozen_clock)
    stripe = book.save_processor(register, processor(), clock=frozen_clock)
    book.link_processor(register, act.id, stripe.id, clock=frozen_clock)
    scc = book.add_transfer(
        register,
        TransferDetails(
            country="US",
            mechanism=TransferMechanism.SCC,
            activity_id=act.id,
            processor_id=stripe.id,
        ),
        clock=frozen_clock,
    )
    assert list(statuses(register, act.id)) == [D, T]
    book.remove_transfer(register, scc.id, clock=frozen_clock)
    book.add_transfer(
        register,
        TransferDetails(
            country="US",
            activity_id=act.id,
            processor_id=stripe.id,
            law_exception=Law0908Exception.CONTRACT_WITH_SUBJECT,
        ),
        clock=frozen_clock,
    )
    assert list(statuses(register, act.id)) == [D]
    entry = journal(register, "transfer", book.all_transfers(register)[-1].id)[-1]
    assert entry.changes["law_exception"] == "contract_with_subject"


def test_a_change_of_regime_keeps_the_old_filing_apart(register, frozen_clock):
    act = book.save_activity(register, activity(), clock=frozen_clock)
    filings.record(register, act.id, D, GRANTED, clock=frozen_clock)
    current = book.get_activity(register, act.id)
    categories = current.data_categories | {DataCategory.NATIONAL_ID}
    book.save_activity(
        register,
        replace(current.details(), data_categories=categories),
        current=current,
        clock=frozen_clock,
    )
    found = filings.for_activity(register, act.id)
    assert [(s.kind, s.filing.status) for s in found.required] == [(A, FilingStatus.TO_FILE)]
    assert [(f.kind, f.status) for f in found.other_filings] == [
        (D, FilingStatus.CHANGE_TO_DECLARE)
    ]


def test_an_older_register_opens_with_its_receipts(register_path, organisation, frozen_clock):
    reg = create_register(register_path, TEST_PASSPHRASE, organisation, clock=frozen_clock)
    act = book.save_activity(
        reg,
        activity(cndp_receipt="D-443/2022", cndp_receipt_on=date(2022, 6, 1)),
        clock=frozen_clock,
    )
    migrate.downgrade(reg.engine, "0010")
    with reg.read() as conn:
        tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
    assert "cndp_filing" not in tables
    reg.close()

    reopened = open_register(register_path, TEST_PASSPHRASE)
    try:
        assert reopened.report.migrated_from == "0010"
        assert migrate.current_revision(reopened.engine) == migrate.HEAD_REVISION
        state = filings.for_activity(reopened, act.id).state(D)
        assert state is not None
        assert (state.filing.status, state.filing.receipt) == (FilingStatus.GRANTED, "D-443/2022")
        again = book.get_activity(reopened, act.id)
        assert (again.interconnections, again.collected_for) == ("", "")
        with reopened.read() as conn:
            assert audit.first_broken_entry(conn) is None
    finally:
        reopened.close()


# ----------------------------------------------------------------------------- dashboard


def separately(register, clock):
    """What the "Registres" card read before ``registers_dashboard``: four calls."""
    return filings.RegistersDashboard(
        flags=book.register_flags(register, clock=clock),
        filings=filings.summary(register),
        transfers={t.id: t for t in book.all_transfers(register)},
        default_adequacy=book.adequate_countries(register) == DEFAULT_ADEQUATE_COUNTRIES,
    )


def test_the_dashboard_reads_what_the_four_calls_read(register, frozen_clock):
    act = book.save_activity(register, activity(), clock=frozen_clock)
    filings.record(register, act.id, D, GRANTED, clock=frozen_clock)
    stripe = book.save_processor(register, processor(), clock=frozen_clock)
    book.link_processor(register, act.id, stripe.id, clock=frozen_clock)
    book.save_processor(
        register,
        processor(name="Mixpanel", dpa_signed=False, dpa_signed_on=None, countries=("FR",)),
        clock=frozen_clock,
    )
    book.save_processor(
        register,
        processor(name="WafaCash", countries=("MA",), next_review_on=date(2026, 3, 9)),
        clock=frozen_clock,
    )
    book.add_transfer(
        register,
        TransferDetails(
            country="US",
            mechanism=TransferMechanism.SCC,
            activity_id=act.id,
            processor_id=stripe.id,
        ),
        clock=frozen_clock,
    )
    book.add_transfer(register, TransferDetails(country="CN", activity_id=act.id))
    # Its review long overdue, and its F118 granted: that transfer is framed.
    old = book.save_activity(
        register,
        activity(name="Support client", last_reviewed_on=date(2025, 1, 4)),
        clock=frozen_clock,
    )
    book.add_transfer(
        register,
        TransferDetails(country="US", mechanism=TransferMechanism.SCC, activity_id=old.id),
        clock=frozen_clock,
    )
    filings.record(register, old.id, T, GRANTED, clock=frozen_clock)

    seen = filings.registers_dashboard(register, clock=frozen_clock)
    assert seen == separately(register, frozen_clock)
    # Not a register where everything is zero: each figure is exercised.
    flags = seen.flags
    assert (flags.reviews_due, flags.missing_dpas, flags.transfers_without_mechanism) == (2, 1, 2)
    assert (seen.filings.to_file, seen.filings.changes, seen.filings.activities) == (2, 1, 2)
    assert len(seen.transfers) == 3 and seen.default_adequacy


def test_the_dashboard_follows_the_register_settings_and_the_organisation_today(register):
    # 23:30 UTC on 9 April is already 10 April in Casablanca.
    late = FixedClock(datetime(2026, 4, 9, 23, 30, tzinfo=UTC))
    book.save_activity(register, activity(last_reviewed_on=date(2025, 11, 1)), clock=late)
    book.save_processor(register, processor(next_review_on=date(2026, 4, 9)), clock=late)
    book.save_review_months(register, 3, clock=late)
    book.save_adequate_countries(register, ["FR", "US"], clock=late)

    seen = filings.registers_dashboard(register, clock=late)
    assert seen == separately(register, late)
    assert seen.flags.today == date(2026, 4, 10)
    assert seen.flags.reviews_due == 2 and not seen.default_adequacy
