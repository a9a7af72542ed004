"""CNDP filings: which formalities each activity needs, where each one stands, and
what the DPO records about them (issue 23).

``domain/filings.py`` says which formalities apply and why; this module reads the
register once, puts each formality beside its tracker row (or the state derived when
there is none), and writes what the DPO records, one transaction with its journal entry.
The dossier (``services/dossier.py``), ``dpo-desk filing`` and the activities list read
``overview``; the dashboard card reads ``registers_dashboard``, the same figures and the
register's flags from one read.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import Connection

from dpo_desk.domain.clock import Clock, SystemClock
from dpo_desk.domain.countries import DEFAULT_ADEQUATE_COUNTRIES
from dpo_desk.domain.errors import Conflict
from dpo_desk.domain.filings import (
    AnnexItem,
    Filing,
    FilingStatus,
    FilingUpdate,
    Formality,
    FormalityKind,
    MissingItem,
    TransferView,
    annex_checklist,
    derived_filing,
    formalities,
    missing_information,
    transfer_views,
)
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.domain.organisation import Organisation
from dpo_desk.domain.records import CndpRegime, ProcessingActivity, Processor, Transfer
from dpo_desk.services import journal
from dpo_desk.services import records as book
from dpo_desk.services.records import ActivityNotFound, RegisterFlags, organisation_today
from dpo_desk.storage import filings as repo
from dpo_desk.storage import organisation as organisation_repo
from dpo_desk.storage import records as records_repo
from dpo_desk.storage.database import Register

ERR_FILING_EDITED = QT_TRANSLATE_NOOP(
    "Errors",
    "Le suivi de cette formalité a été modifié entre-temps ; rouvrez la fiche du traitement.",
)


@dataclass(frozen=True)
class FormalityState:
    """One formality an activity needs, beside what the tracker holds about it."""

    formality: Formality
    filing: Filing

    @property
    def kind(self) -> FormalityKind:
        return self.formality.kind

    @property
    def pending(self) -> bool:
        return self.filing.pending


@dataclass(frozen=True)
class ActivityFilings:
    """Everything the CNDP needs to hear about one activity."""

    activity: ProcessingActivity
    required: tuple[FormalityState, ...]
    missing: tuple[MissingItem, ...]
    annexes: tuple[AnnexItem, ...]
    transfers: tuple[TransferView, ...]
    # Rows for formalities the activity no longer needs (a declaration whose receipt
    # came before a change put the processing under authorisation): kept, shown apart.
    other_filings: tuple[Filing, ...] = ()

    @property
    def pending(self) -> tuple[FormalityState, ...]:
        return tuple(s for s in self.required if s.pending)

    def state(self, kind: FormalityKind) -> FormalityState | None:
        return next((s for s in self.required if s.kind is kind), None)


@dataclass(frozen=True)
class FilingSummary:
    """The dashboard card "Formalités CNDP à accomplir"."""

    to_file: int  # formalities never filed
    changes: int  # receipts whose declaration must be amended
    activities: int  # activities with at least one of those

    @property
    def total(self) -> int:
        return self.to_file + self.changes


def _build(
    activity: ProcessingActivity,
    processors: Iterable[Processor],
    stored: Iterable[Filing],
    organisation: Organisation | None,
    adequate: frozenset[str],
) -> ActivityFilings:
    processors = tuple(processors)
    views = tuple(transfer_views(activity, processors))
    needed = formalities(activity, views, adequate)
    rows = {f.kind: f for f in stored}
    required = tuple(
        FormalityState(f, rows.get(f.kind) or derived_filing(activity, activity.id, f.kind))
        for f in needed
    )
    kinds = {f.kind for f in needed}
    return ActivityFilings(
        activity=activity,
        required=required,
        missing=missing_information(activity, organisation, needed, views),
        annexes=annex_checklist(activity, processors, needed, organisation),
        transfers=views,
        other_filings=tuple(f for k, f in rows.items() if k not in kinds),
    )


def _read_all(
    conn: Connection,
) -> tuple[list[ProcessingActivity], list[Processor], dict[int, list[Filing]], Organisation | None]:
    by_activity: dict[int, list[Filing]] = {}
    for filing in repo.all_filings(conn):
        by_activity.setdefault(filing.activity_id, []).append(filing)
    return (
        records_repo.all_activities(conn),
        records_repo.all_processors(conn),
        by_activity,
        organisation_repo.load(conn),
    )


def overview(register: Register) -> list[ActivityFilings]:
    """Every activity's formalities, in the register's order (by name)."""
    adequate = book.adequate_countries(register)
    with register.read() as conn:
        activities, processors, filings, organisation = _read_all(conn)
    return overview_of(activities, processors, filings, organisation, adequate)


def overview_of(
    activities: Iterable[ProcessingActivity],
    processors: Iterable[Processor],
    filings: dict[int, list[Filing]],
    organisation: Organisation | None,
    adequate: frozenset[str],
) -> list[ActivityFilings]:
    """``overview`` on what a caller has already read (``filings``: the tracker rows by
    activity), so that the dashboard reads the register once."""
    processors = tuple(processors)
    return [
        _build(a, processors, filings.get(a.id, ()), organisation, adequate)
        for a in sorted(activities, key=lambda a: a.name.casefold())
    ]


def for_activity(register: Register, activity_id: int) -> ActivityFilings:
    adequate = book.adequate_countries(register)
    with register.read() as conn:
        activity = records_repo.get_activity(conn, activity_id)
        if activity is None:
            raise ActivityNotFound(key=f"#{activity_id}")
        processors = records_repo.all_processors(conn)
        stored = repo.filings_for(conn, activity_id)
        organisation = organisation_repo.load(conn)
    return _build(activity, processors, stored, organisation, adequate)


def summary(register: Register) -> FilingSummary:
    return summary_of(overview(register))


def summary_of(activities: Iterable[ActivityFilings]) -> FilingSummary:
    """The card's figure from an ``overview`` already built."""
    states = [(a, s) for a in activities for s in a.pending]
    return FilingSummary(
        to_file=sum(1 for _, s in states if s.filing.status is FilingStatus.TO_FILE),
        changes=sum(1 for _, s in states if s.filing.status is FilingStatus.CHANGE_TO_DECLARE),
        activities=len({a.activity.id for a, _ in states}),
    )


@dataclass(frozen=True)
class RegistersDashboard:
    """What the dashboard's "Registres" card shows, from one read of the register."""

    flags: RegisterFlags
    filings: FilingSummary
    transfers: dict[int, Transfer]  # by id: where a transfer's flag leads the DPO
    # The shipped adequacy list, not one the DPO has checked against the CNDP's.
    default_adequacy: bool


def registers_dashboard(register: Register, *, clock: Clock | None = None) -> RegistersDashboard:
    """``records.register_flags``, ``records.all_transfers``, ``summary`` and whether
    ``records.adequate_countries`` is the default, in one read transaction: the card is
    filled at every unlock, before the dashboard's first paint, and each of those calls
    read every activity and processor on its own."""
    with register.read() as conn:
        activities, processors, filings, organisation = _read_all(conn)
        transfers = records_repo.all_transfers(conn)
        adequate = book.adequate_countries_in(conn)
        months = book.review_months_in(conn)
    on = book.today_for(organisation, clock or SystemClock())
    authorised = book.transfers_authorised(f for rows in filings.values() for f in rows)
    return RegistersDashboard(
        flags=book.flags_from(activities, processors, transfers, authorised, on, adequate, months),
        filings=summary_of(overview_of(activities, processors, filings, organisation, adequate)),
        transfers={t.id: t for t in transfers},
        default_adequacy=adequate == DEFAULT_ADEQUATE_COUNTRIES,
    )


def pending_activity_ids(register: Register) -> frozenset[int]:
    """The activities with a formality to file or a change to declare (list filter)."""
    return frozenset(a.activity.id for a in overview(register) if a.pending)


def record(
    register: Register,
    activity_id: int,
    kind: FormalityKind | str,
    update: FilingUpdate,
    *,
    expected_version: int | None = None,
    clock: Clock | None = None,
) -> Filing:
    """Record where one formality stands: filed (date, channel), granted (receipt or
    authorisation number and date), ended, or back to file. One transaction with its
    journal entry. A receipt for the declaration or the authorisation is also written on
    the activity (``cndp_receipt``), the reference shown where data are collected (art. 5).

    ``expected_version``: the tracker row's version the form was filled from; refused
    with a Conflict if someone recorded something since.
    """
    clock = clock or SystemClock()
    kind = FormalityKind(kind)
    clean = update.validated(organisation_today(register, clock))
    now = clock.now()
    with register.write() as conn:
        activity = records_repo.get_activity(conn, activity_id)
        if activity is None:
            raise ActivityNotFound(key=f"#{activity_id}")
        before = repo.get_filing(conn, activity_id, kind) or derived_filing(
            activity, activity_id, kind
        )
        if expected_version is not None and before.version != expected_version:
            raise Conflict(ERR_FILING_EDITED)
        after = replace(
            before,
            status=clean.status,
            filed_on=clean.filed_on if clean.filed_on is not None else before.filed_on,
            channel=clean.channel or before.channel,
            receipt=clean.receipt or before.receipt,
            receipt_on=clean.receipt_on or before.receipt_on,
            ended_on=clean.ended_on,
            note=clean.note,
            # A new receipt answers the changes that were waiting to be declared.
            changes=() if clean.status is not FilingStatus.CHANGE_TO_DECLARE else before.changes,
        )
        if clean.status is FilingStatus.TO_FILE:
            after = replace(after, filed_on=None, channel=None, receipt="", receipt_on=None)
        if not repo.write_filing(conn, after, now):
            raise Conflict(ERR_FILING_EDITED)
        changes: dict[str, object] = {
            "formality": str(kind),
            "status": [str(before.status), str(after.status)],
        }
        for name in ("filed_on", "channel", "receipt", "receipt_on", "ended_on"):
            old, new = getattr(before, name), getattr(after, name)
            if old != new:
                changes[name] = [_plain(old), _plain(new)]
        if after.note != before.note:
            changes["note"] = True  # the DPO's words stay in the register, not the journal
        journal.record(conn, now, "filing", "activity", activity_id, changes)
        if clean.status is FilingStatus.GRANTED and kind is not FormalityKind.TRANSFER:
            _publish_receipt(conn, activity, kind, after, now)
        saved = repo.get_filing(conn, activity_id, kind)
    assert saved is not None
    return saved


def _plain(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    return None if value is None else str(value)


def _publish_receipt(
    conn: Connection,
    activity: ProcessingActivity,
    kind: FormalityKind,
    filing: Filing,
    now: datetime,
) -> None:
    """Keep the activity's own receipt fields (shown in lists, exports and letters) in
    step with the tracker: the regime the receipt was given under, its number and date."""
    values = {
        "cndp_regime": str(CndpRegime(str(kind))),
        "cndp_receipt": filing.receipt,
        "cndp_receipt_on": filing.receipt_on,
    }
    current = {
        "cndp_regime": str(activity.cndp_regime),
        "cndp_receipt": activity.cndp_receipt,
        "cndp_receipt_on": activity.cndp_receipt_on,
    }
    if values == current:
        return
    records_repo.update_activity(conn, activity.id, activity.version, {**values, "updated_at": now})
    journal.record(
        conn,
        now,
        "update",
        "activity",
        activity.id,
        {k: [_plain(current[k]), _plain(v)] for k, v in values.items() if current[k] != v},
    )
