"""Repository of the registers: processing activities, processors, transfers and links.

SQL in, domain objects out. Lists are windowed (``list_*_rows(offset, limit)`` with
``count_*_rows``) like the request list, though a register holds tens or hundreds of
activities, not 100,000: search is a plain ``LIKE`` over names and a few text columns,
which keeps this module free of SQLite-only SQL (no FTS table to port).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Table, and_, delete, func, insert, or_, select, update
from sqlalchemy.sql import ColumnElement
from sqlalchemy.sql.elements import Label

from dpo_desk.domain.records import (
    AUTHORISATION_CATEGORIES,
    ActivityDetails,
    Art28Clause,
    CndpRegime,
    DataCategory,
    DataOutcome,
    Derogation,
    Law0908Exception,
    LegalBasis,
    ProcessingActivity,
    Processor,
    ProcessorDetails,
    ProcessorStatus,
    Purpose,
    Recipient,
    RecipientKind,
    RetentionRule,
    RetentionUnit,
    SecurityMeasure,
    Transfer,
    TransferDetails,
    TransferMechanism,
)
from dpo_desk.storage.listing import count_matching, one_page
from dpo_desk.storage.rows import AnyRow, Values, copied, inserted_id
from dpo_desk.storage.schema import (
    activity_processor,
    activity_purpose,
    breach,
    breach_activity,
    data_transfer,
    processing_activity,
    processor,
    request_activity,
    rights_request,
)

A = processing_activity
P = processor
X = data_transfer
L = activity_processor

# ----------------------------------------------------------------------------- encoding


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _sorted_values(items: Iterable[object]) -> list[str]:
    return sorted(str(item) for item in items)


def activity_columns(details: ActivityDetails) -> dict[str, Any]:
    """The row values of an activity's editable fields (purposes live in their own table)."""
    return {
        "name": details.name,
        "description": details.description,
        "owner_department": details.owner_department,
        "joint_controller": details.joint_controller,
        "software": details.software,
        "subject_categories": _dump(list(details.subject_categories)),
        "data_categories": _dump(_sorted_values(details.data_categories)),
        "minors": details.minors,
        "sources": _dump(list(details.sources)),
        "recipients": _dump([{"kind": str(r.kind), "name": r.name} for r in details.recipients]),
        "retention": _dump(
            [
                {
                    "category": str(r.category),
                    "amount": r.amount,
                    "unit": str(r.unit),
                    "trigger": r.trigger,
                    "scope": r.scope,
                }
                for r in details.retention
            ]
        ),
        "security_measures": _dump(_sorted_values(details.security_measures)),
        "security_notes": details.security_notes,
        "rights_service": details.rights_service,
        "interconnections": details.interconnections,
        "collected_for": details.collected_for,
        "cndp_regime": str(details.cndp_regime),
        "cndp_receipt": details.cndp_receipt,
        "cndp_receipt_on": details.cndp_receipt_on,
        "dpia_required": details.dpia_required,
        "dpia_done": details.dpia_done,
        "dpia_done_on": details.dpia_done_on,
        "last_reviewed_on": details.last_reviewed_on,
        "notes": details.notes,
    }


def processor_columns(details: ProcessorDetails) -> dict[str, Any]:
    return {
        "name": details.name,
        "service": details.service,
        "contact": details.contact,
        "dpo_contact": details.dpo_contact,
        "countries": _dump(list(details.countries)),
        "data_categories": _dump(_sorted_values(details.data_categories)),
        "dpa_signed": details.dpa_signed,
        "dpa_signed_on": details.dpa_signed_on,
        "contract_ends_on": details.contract_ends_on,
        "clauses": _dump([str(c) for c in Art28Clause if c in details.clauses]),
        "certifications": _dump(list(details.certifications)),
        "sub_processors": _dump(list(details.sub_processors)),
        "next_review_on": details.next_review_on,
        "notes": details.notes,
    }


def transfer_columns(details: TransferDetails) -> dict[str, Any]:
    return {
        "country": details.country,
        "mechanism": str(details.mechanism) if details.mechanism else None,
        "derogation": str(details.derogation) if details.derogation else None,
        "reference": details.reference,
        "activity_id": details.activity_id,
        "processor_id": details.processor_id,
        "notes": details.notes,
        "law_exception": str(details.law_exception) if details.law_exception else None,
    }


# What every record the user edits carries (storage/schema._edited).
_EDITED = ("created_at", "updated_at", "version")


def _categories(text: str) -> frozenset[DataCategory]:
    return frozenset(DataCategory(v) for v in json.loads(text))


def _to_transfer(row: AnyRow) -> Transfer:
    return Transfer(
        **copied(row, "id", "country", "reference", "activity_id", "processor_id", "notes"),
        **copied(row, *_EDITED),
        mechanism=TransferMechanism(row.mechanism) if row.mechanism else None,
        derogation=Derogation(row.derogation) if row.derogation else None,
        law_exception=Law0908Exception(row.law_exception) if row.law_exception else None,
    )


def _to_activity(
    row: AnyRow,
    purposes: Iterable[Purpose],
    processor_ids: Iterable[int],
    transfers: Iterable[Transfer],
) -> ProcessingActivity:
    return ProcessingActivity(
        **copied(row, "id", "name", "description", "owner_department", "joint_controller"),
        **copied(row, "software", "minors", "security_notes", "rights_service", "notes"),
        **copied(row, "cndp_receipt", "cndp_receipt_on", "last_reviewed_on"),
        **copied(row, "interconnections", "collected_for"),
        **copied(row, "dpia_required", "dpia_done", "dpia_done_on", *_EDITED),
        purposes=tuple(purposes),
        subject_categories=tuple(json.loads(row.subject_categories)),
        data_categories=_categories(row.data_categories),
        sources=tuple(json.loads(row.sources)),
        recipients=tuple(
            Recipient(RecipientKind(r["kind"]), r["name"]) for r in json.loads(row.recipients)
        ),
        retention=tuple(
            RetentionRule(
                DataCategory(r["category"]),
                int(r["amount"]),
                RetentionUnit(r["unit"]),
                r.get("trigger", ""),
                r.get("scope", ""),
            )
            for r in json.loads(row.retention)
        ),
        security_measures=frozenset(SecurityMeasure(m) for m in json.loads(row.security_measures)),
        cndp_regime=CndpRegime(row.cndp_regime),
        processor_ids=tuple(processor_ids),
        transfers=tuple(transfers),
    )


def _to_processor(
    row: AnyRow, activity_ids: Iterable[int], transfers: Iterable[Transfer]
) -> Processor:
    return Processor(
        **copied(row, "id", "name", "service", "contact", "dpo_contact", "dpa_signed"),
        **copied(row, "dpa_signed_on", "contract_ends_on", "next_review_on", "notes"),
        **copied(row, "ended_on", "data_outcome_on", *_EDITED),
        countries=tuple(json.loads(row.countries)),
        data_categories=_categories(row.data_categories),
        clauses=frozenset(Art28Clause(c) for c in json.loads(row.clauses)),
        certifications=tuple(json.loads(row.certifications)),
        sub_processors=tuple(json.loads(row.sub_processors)),
        status=ProcessorStatus(row.status),
        data_outcome=DataOutcome(row.data_outcome) if row.data_outcome else None,
        activity_ids=tuple(activity_ids),
        transfers=tuple(transfers),
    )


# ----------------------------------------------------------------------------- activities


def _write_purposes(conn: Connection, activity_id: int, purposes: Iterable[Purpose]) -> None:
    conn.execute(delete(activity_purpose).where(activity_purpose.c.activity_id == activity_id))
    rows = [
        {
            "activity_id": activity_id,
            "position": position,
            "description": p.description,
            "legal_basis": str(p.legal_basis),
            "justification": p.justification,
        }
        for position, p in enumerate(purposes)
    ]
    if rows:
        conn.execute(insert(activity_purpose), rows)


def purposes_for(conn: Connection, activity_id: int) -> list[Purpose]:
    t = activity_purpose
    rows = conn.execute(
        select(t.c.description, t.c.legal_basis, t.c.justification)
        .where(t.c.activity_id == activity_id)
        .order_by(t.c.position, t.c.id)
    )
    return [Purpose(r.description, LegalBasis(r.legal_basis), r.justification) for r in rows]


def insert_activity(conn: Connection, details: ActivityDetails, now: datetime) -> int:
    activity_id = inserted_id(
        conn.execute(insert(A).values(**activity_columns(details), created_at=now, updated_at=now))
    )
    _write_purposes(conn, activity_id, details.purposes)
    return activity_id


def update_activity(
    conn: Connection,
    activity_id: int,
    expected_version: int,
    values: Values,
    *,
    purposes: Iterable[Purpose] | None = None,
) -> bool:
    """Update with optimistic concurrency; False when someone else changed the row first."""
    result = conn.execute(
        update(A)
        .where(A.c.id == activity_id, A.c.version == expected_version)
        .values(**values, version=expected_version + 1)
    )
    if result.rowcount != 1:
        return False
    if purposes is not None:
        _write_purposes(conn, activity_id, purposes)
    return True


def get_activity(conn: Connection, activity_id: int) -> ProcessingActivity | None:
    row = conn.execute(select(A).where(A.c.id == activity_id)).first()
    if row is None:
        return None
    processor_ids = conn.execute(
        select(L.c.processor_id).where(L.c.activity_id == activity_id).order_by(L.c.processor_id)
    ).scalars()
    return _to_activity(
        row,
        purposes_for(conn, activity_id),
        list(processor_ids),
        transfers_for(conn, activity_id=activity_id),
    )


def all_activities(conn: Connection) -> list[ProcessingActivity]:
    # Four queries for the lot, not four per activity: the dashboard's registers card
    # reads every activity at each unlock and refresh (240 activities took 0.13 s).
    t = activity_purpose
    purposes: dict[int, list[Purpose]] = {}
    for r in conn.execute(
        select(t.c.activity_id, t.c.description, t.c.legal_basis, t.c.justification).order_by(
            t.c.activity_id, t.c.position, t.c.id
        )
    ):
        purposes.setdefault(r.activity_id, []).append(
            Purpose(r.description, LegalBasis(r.legal_basis), r.justification)
        )
    processor_ids: dict[int, list[int]] = {}
    for link_row in conn.execute(
        select(L.c.activity_id, L.c.processor_id).order_by(L.c.processor_id)
    ):
        processor_ids.setdefault(link_row.activity_id, []).append(link_row.processor_id)
    transfers: dict[int, list[Transfer]] = {}
    for transfer_row in conn.execute(
        select(X).where(X.c.activity_id.is_not(None)).order_by(X.c.country, X.c.id)
    ):
        transfers.setdefault(transfer_row.activity_id, []).append(_to_transfer(transfer_row))
    return [
        _to_activity(
            row, purposes.get(row.id, []), processor_ids.get(row.id, []), transfers.get(row.id, [])
        )
        for row in conn.execute(select(A).order_by(A.c.name, A.c.id))
    ]


def _id_by_name(conn: Connection, table: Table, name: str) -> int | None:
    # casefold in Python: SQLite's lower() leaves accented letters alone ("É" ≠ "é").
    wanted = " ".join(name.split()).casefold()
    for row in conn.execute(select(table.c.id, table.c.name)):
        if row.name.casefold() == wanted:
            found: int = row.id
            return found
    return None


def activity_id_by_name(conn: Connection, name: str) -> int | None:
    return _id_by_name(conn, A, name)


def _like(text: str) -> str:
    escaped = text.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@dataclass(frozen=True)
class ActivityFilter:
    search: str = ""
    regime: CndpRegime | None = None
    owner_department: str = ""
    sensitive_only: bool = False  # data of 09-08 art. 12 / GDPR Art. 9-10, or minors
    dpia_required: bool | None = None
    reviewed_before: date | None = None  # last review before this date, or never reviewed
    # Only these activities (the list's "Formalités CNDP à accomplir": the ids come from
    # services/filings.pending_activity_ids); None: no restriction, empty: no row.
    only_ids: frozenset[int] | None = None
    sort: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class ActivityRow:
    """One line of the activities list."""

    id: int
    name: str
    owner_department: str
    legal_bases: frozenset[LegalBasis]
    data_categories: frozenset[DataCategory]
    minors: bool
    cndp_regime: CndpRegime
    cndp_receipt: str
    dpia_required: bool
    dpia_done: bool
    last_reviewed_on: date | None
    updated_at: datetime
    processors: int
    transfers: int


ACTIVITY_SORT = {
    "name": A.c.name,
    "owner_department": A.c.owner_department,
    "cndp_regime": A.c.cndp_regime,
    "cndp_receipt": A.c.cndp_receipt,
    "last_reviewed_on": A.c.last_reviewed_on,
    "updated_at": A.c.updated_at,
}


def _activity_conditions(flt: ActivityFilter) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if flt.search.strip():
        pattern = _like(flt.search)
        purpose_match = select(activity_purpose.c.activity_id).where(
            func.lower(activity_purpose.c.description).like(pattern, escape="\\")
        )
        conds.append(
            or_(
                func.lower(A.c.name).like(pattern, escape="\\"),
                func.lower(A.c.owner_department).like(pattern, escape="\\"),
                func.lower(A.c.description).like(pattern, escape="\\"),
                func.lower(A.c.cndp_receipt).like(pattern, escape="\\"),
                A.c.id.in_(purpose_match),
            )
        )
    if flt.regime is not None:
        conds.append(A.c.cndp_regime == str(flt.regime))
    if flt.owner_department.strip():
        conds.append(A.c.owner_department == flt.owner_department.strip())
    if flt.sensitive_only:
        # JSON arrays of enum values: '"health"' cannot be part of another value.
        conds.append(
            or_(
                A.c.minors.is_(True),
                *(A.c.data_categories.like(f'%"{c}"%') for c in sorted(AUTHORISATION_CATEGORIES)),
            )
        )
    if flt.dpia_required is not None:
        conds.append(A.c.dpia_required.is_(flt.dpia_required))
    if flt.reviewed_before is not None:
        conds.append(
            or_(A.c.last_reviewed_on.is_(None), A.c.last_reviewed_on < flt.reviewed_before)
        )
    if flt.only_ids is not None:
        conds.append(A.c.id.in_(sorted(flt.only_ids)))
    return conds


def _linked_count(
    link_column: ColumnElement[Any], listed_id: ColumnElement[Any], label: str
) -> Label[int]:
    """A list column: how many rows of a link table point at the listed row."""
    return select(func.count()).where(link_column == listed_id).scalar_subquery().label(label)


def count_activity_rows(conn: Connection, flt: ActivityFilter) -> int:
    return count_matching(conn, A, _activity_conditions(flt))


def list_activity_rows(
    conn: Connection, flt: ActivityFilter, *, offset: int = 0, limit: int = 200
) -> list[ActivityRow]:
    sort = ACTIVITY_SORT.get(flt.sort, A.c.name)
    stmt = select(
        A.c.id,
        A.c.name,
        A.c.owner_department,
        A.c.data_categories,
        A.c.minors,
        A.c.cndp_regime,
        A.c.cndp_receipt,
        A.c.dpia_required,
        A.c.dpia_done,
        A.c.last_reviewed_on,
        A.c.updated_at,
        _linked_count(L.c.activity_id, A.c.id, "n_proc"),
        _linked_count(X.c.activity_id, A.c.id, "n_xfer"),
    )
    page = one_page(
        stmt,
        _activity_conditions(flt),
        [sort],
        A.c.id,
        descending=flt.descending,
        offset=offset,
        limit=limit,
    )
    rows = conn.execute(page).all()
    # The window's legal bases in one more query (no group_concat: it is not portable).
    bases: dict[int, set[LegalBasis]] = {r.id: set() for r in rows}
    if bases:
        t = activity_purpose
        for activity_id, basis in conn.execute(
            select(t.c.activity_id, t.c.legal_basis).where(t.c.activity_id.in_(list(bases)))
        ):
            bases[activity_id].add(LegalBasis(basis))
    return [
        ActivityRow(
            id=r.id,
            name=r.name,
            owner_department=r.owner_department,
            legal_bases=frozenset(bases[r.id]),
            data_categories=_categories(r.data_categories),
            minors=r.minors,
            cndp_regime=CndpRegime(r.cndp_regime),
            cndp_receipt=r.cndp_receipt,
            dpia_required=r.dpia_required,
            dpia_done=r.dpia_done,
            last_reviewed_on=r.last_reviewed_on,
            updated_at=r.updated_at,
            processors=r.n_proc,
            transfers=r.n_xfer,
        )
        for r in rows
    ]


# ----------------------------------------------------------------------------- processors


def insert_processor(conn: Connection, details: ProcessorDetails, now: datetime) -> int:
    return inserted_id(
        conn.execute(
            insert(P).values(
                **processor_columns(details),
                status=str(ProcessorStatus.ACTIVE),
                created_at=now,
                updated_at=now,
            )
        )
    )


def update_processor(
    conn: Connection, processor_id: int, expected_version: int, values: Values
) -> bool:
    """Update with optimistic concurrency; False when someone else changed the row first."""
    result = conn.execute(
        update(P)
        .where(P.c.id == processor_id, P.c.version == expected_version)
        .values(**values, version=expected_version + 1)
    )
    return result.rowcount == 1


def get_processor(conn: Connection, processor_id: int) -> Processor | None:
    row = conn.execute(select(P).where(P.c.id == processor_id)).first()
    if row is None:
        return None
    activity_ids = conn.execute(
        select(L.c.activity_id).where(L.c.processor_id == processor_id).order_by(L.c.activity_id)
    ).scalars()
    return _to_processor(row, list(activity_ids), transfers_for(conn, processor_id=processor_id))


def all_processors(conn: Connection) -> list[Processor]:
    # Three queries for the lot, not three per processor (see all_activities).
    activity_ids: dict[int, list[int]] = {}
    for link_row in conn.execute(
        select(L.c.activity_id, L.c.processor_id).order_by(L.c.activity_id)
    ):
        activity_ids.setdefault(link_row.processor_id, []).append(link_row.activity_id)
    transfers: dict[int, list[Transfer]] = {}
    for transfer_row in conn.execute(
        select(X).where(X.c.processor_id.is_not(None)).order_by(X.c.country, X.c.id)
    ):
        transfers.setdefault(transfer_row.processor_id, []).append(_to_transfer(transfer_row))
    return [
        _to_processor(row, activity_ids.get(row.id, []), transfers.get(row.id, []))
        for row in conn.execute(select(P).order_by(P.c.name, P.c.id))
    ]


def processor_id_by_name(conn: Connection, name: str) -> int | None:
    return _id_by_name(conn, P, name)


@dataclass(frozen=True)
class ProcessorFilter:
    search: str = ""
    status: ProcessorStatus | None = None
    without_dpa: bool = False  # active processors with no signed DPA
    review_due_by: date | None = None  # active, next review on or before this date
    country: str = ""
    sort: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class ProcessorRow:
    id: int
    name: str
    service: str
    countries: tuple[str, ...]
    dpa_signed: bool
    dpa_signed_on: date | None
    clauses: frozenset[Art28Clause]
    next_review_on: date | None
    status: ProcessorStatus
    certifications: tuple[str, ...]
    activities: int
    transfers: int


PROCESSOR_SORT = {
    "name": P.c.name,
    "service": P.c.service,
    "status": P.c.status,
    "dpa_signed_on": P.c.dpa_signed_on,
    "next_review_on": P.c.next_review_on,
}


def _processor_conditions(flt: ProcessorFilter) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if flt.search.strip():
        pattern = _like(flt.search)
        conds.append(
            or_(
                func.lower(P.c.name).like(pattern, escape="\\"),
                func.lower(P.c.service).like(pattern, escape="\\"),
                func.lower(P.c.certifications).like(pattern, escape="\\"),
                func.lower(P.c.sub_processors).like(pattern, escape="\\"),
            )
        )
    active = P.c.status == str(ProcessorStatus.ACTIVE)
    if flt.status is not None:
        conds.append(P.c.status == str(flt.status))
    if flt.without_dpa:
        conds.append(and_(active, P.c.dpa_signed.is_(False)))
    if flt.review_due_by is not None:
        conds.append(and_(active, P.c.next_review_on <= flt.review_due_by))
    if flt.country.strip():
        conds.append(P.c.countries.like(f'%"{flt.country.strip().upper()}"%'))
    return conds


def count_processor_rows(conn: Connection, flt: ProcessorFilter) -> int:
    return count_matching(conn, P, _processor_conditions(flt))


def list_processor_rows(
    conn: Connection, flt: ProcessorFilter, *, offset: int = 0, limit: int = 200
) -> list[ProcessorRow]:
    sort = PROCESSOR_SORT.get(flt.sort, P.c.name)
    stmt = select(
        P.c.id,
        P.c.name,
        P.c.service,
        P.c.countries,
        P.c.dpa_signed,
        P.c.dpa_signed_on,
        P.c.clauses,
        P.c.next_review_on,
        P.c.status,
        P.c.certifications,
        _linked_count(L.c.processor_id, P.c.id, "n_act"),
        _linked_count(X.c.processor_id, P.c.id, "n_xfer"),
    )
    page = one_page(
        stmt,
        _processor_conditions(flt),
        [sort],
        P.c.id,
        descending=flt.descending,
        offset=offset,
        limit=limit,
    )
    return [
        ProcessorRow(
            id=r.id,
            name=r.name,
            service=r.service,
            countries=tuple(json.loads(r.countries)),
            dpa_signed=r.dpa_signed,
            dpa_signed_on=r.dpa_signed_on,
            clauses=frozenset(Art28Clause(c) for c in json.loads(r.clauses)),
            next_review_on=r.next_review_on,
            status=ProcessorStatus(r.status),
            certifications=tuple(json.loads(r.certifications)),
            activities=r.n_act,
            transfers=r.n_xfer,
        )
        for r in conn.execute(page)
    ]


@dataclass(frozen=True)
class RecordDueDates:
    """A processor's review and contract end, or an activity's last review and creation:
    the dates reminders are counted from (services/reminders.py)."""

    id: int
    name: str
    first: date | None  # next review (processor), last review (activity)
    second: date | None  # contract end (processor), creation day (activity)


def processor_due_dates(conn: Connection, due_by: date) -> list[RecordDueDates]:
    """Active processors whose next review or contract end falls on or before ``due_by``."""
    rows = conn.execute(
        select(P.c.id, P.c.name, P.c.next_review_on, P.c.contract_ends_on)
        .where(
            P.c.status == str(ProcessorStatus.ACTIVE),
            or_(P.c.next_review_on <= due_by, P.c.contract_ends_on <= due_by),
        )
        .order_by(P.c.id)
    )
    return [RecordDueDates(r.id, r.name, r.next_review_on, r.contract_ends_on) for r in rows]


def activity_review_dates(
    conn: Connection, reviewed_before: date, created_before: datetime
) -> list[RecordDueDates]:
    """Activities last reviewed before ``reviewed_before``, or never reviewed and created
    before ``created_before``: those whose next review may be near."""
    rows = conn.execute(
        select(A.c.id, A.c.name, A.c.last_reviewed_on, A.c.created_at)
        .where(
            or_(
                A.c.last_reviewed_on < reviewed_before,
                and_(A.c.last_reviewed_on.is_(None), A.c.created_at < created_before),
            )
        )
        .order_by(A.c.id)
    )
    return [RecordDueDates(r.id, r.name, r.last_reviewed_on, r.created_at.date()) for r in rows]


# ----------------------------------------------------------------------------- links


def link(conn: Connection, activity_id: int, processor_id: int) -> bool:
    """Link an activity and a processor; False when they already were."""
    exists = conn.execute(
        select(L.c.activity_id).where(
            L.c.activity_id == activity_id, L.c.processor_id == processor_id
        )
    ).first()
    if exists:
        return False
    conn.execute(insert(L).values(activity_id=activity_id, processor_id=processor_id))
    return True


def unlink(conn: Connection, activity_id: int, processor_id: int) -> bool:
    result = conn.execute(
        delete(L).where(L.c.activity_id == activity_id, L.c.processor_id == processor_id)
    )
    return result.rowcount == 1


_CASE_LINKS = {
    "request": (request_activity, "request_id"),
    "breach": (breach_activity, "breach_id"),
}
_CASE_TABLES = {"request": rights_request, "breach": breach}


def case_reference(conn: Connection, kind: str, case_id: int) -> str | None:
    """The reference of a request or a breach (DSR-…, VIO-…), or None if there is none."""
    table = _CASE_TABLES[kind]
    reference: str | None = conn.execute(
        select(table.c.reference).where(table.c.id == case_id)
    ).scalar()
    return reference


def link_case(conn: Connection, kind: str, case_id: int, activity_id: int) -> bool:
    """Link a request or a breach (``kind``) to an activity it concerns."""
    table, column = _CASE_LINKS[kind]
    exists = conn.execute(
        select(table.c.activity_id).where(
            table.c[column] == case_id, table.c.activity_id == activity_id
        )
    ).first()
    if exists:
        return False
    conn.execute(insert(table).values(**{column: case_id, "activity_id": activity_id}))
    return True


def unlink_case(conn: Connection, kind: str, case_id: int, activity_id: int) -> bool:
    table, column = _CASE_LINKS[kind]
    result = conn.execute(
        delete(table).where(table.c[column] == case_id, table.c.activity_id == activity_id)
    )
    return result.rowcount == 1


def activities_for_case(conn: Connection, kind: str, case_id: int) -> list[int]:
    table, column = _CASE_LINKS[kind]
    return list(
        conn.execute(
            select(table.c.activity_id)
            .where(table.c[column] == case_id)
            .order_by(table.c.activity_id)
        ).scalars()
    )


# ----------------------------------------------------------------------------- transfers


def insert_transfer(conn: Connection, details: TransferDetails, now: datetime) -> int:
    return inserted_id(
        conn.execute(insert(X).values(**transfer_columns(details), created_at=now, updated_at=now))
    )


def delete_transfer(conn: Connection, transfer_id: int) -> bool:
    return conn.execute(delete(X).where(X.c.id == transfer_id)).rowcount == 1


def get_transfer(conn: Connection, transfer_id: int) -> Transfer | None:
    row = conn.execute(select(X).where(X.c.id == transfer_id)).first()
    return _to_transfer(row) if row is not None else None


def transfers_for(
    conn: Connection, *, activity_id: int | None = None, processor_id: int | None = None
) -> list[Transfer]:
    stmt = select(X).order_by(X.c.country, X.c.id)
    if activity_id is not None:
        stmt = stmt.where(X.c.activity_id == activity_id)
    if processor_id is not None:
        stmt = stmt.where(X.c.processor_id == processor_id)
    return [_to_transfer(r) for r in conn.execute(stmt)]


def all_transfers(conn: Connection) -> list[Transfer]:
    return transfers_for(conn)


# Field names of the editable parts, for services that diff old and new values.
ACTIVITY_FIELDS = tuple(f.name for f in fields(ActivityDetails))
PROCESSOR_FIELDS = tuple(f.name for f in fields(ProcessorDetails))
