"""Repository of rights requests: SQL in, domain objects out.

Lists never load the whole register: :func:`list_rows` returns one window of rows
for what is on screen, filtered, sorted and searched inside SQLite.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    TextualSelect,
    and_,
    case,
    column,
    delete,
    func,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.sql import ColumnElement, TextClause

from dpo_desk.domain.references import REQUEST_PREFIX
from dpo_desk.domain.requests.model import (
    OPEN_STATUSES,
    IdentityPause,
    RequesterRole,
    RightsRequest,
)
from dpo_desk.domain.requests.workflow import (
    Channel,
    IdentityStatus,
    RefusalReason,
    Regime,
    RequestStatus,
    Right,
)
from dpo_desk.storage import references
from dpo_desk.storage.listing import count_matching, one_page
from dpo_desk.storage.rows import AnyRow, Values, inserted_id
from dpo_desk.storage.schema import identity_pause, request_attachment, rights_request

T = rights_request


def encode_rights(rights: Iterable[Right]) -> str:
    # Delimited on both sides so `LIKE '%,access,%'` never matches a prefix of another right.
    return "," + ",".join(sorted(str(r) for r in rights)) + ","


@lru_cache(maxsize=256)
def decode_rights(value: str) -> frozenset[Right]:
    # Cached: a register holds a few dozen combinations of rights, read by the thousand
    # (the calendar feed, an export). The frozenset is immutable, so sharing it is safe.
    return frozenset(Right(part) for part in value.strip(",").split(",") if part)


def _regimes_from(row: AnyRow) -> frozenset[Regime]:
    regimes: set[Regime] = set()
    if row.under_gdpr:
        regimes.add(Regime.GDPR)
    if row.under_law_09_08:
        regimes.add(Regime.LAW_09_08)
    return frozenset(regimes)


def _to_request(row: AnyRow, pauses: tuple[IdentityPause, ...] = ()) -> RightsRequest:
    return RightsRequest(
        id=row.id,
        reference=row.reference,
        regimes=_regimes_from(row),
        rights=decode_rights(row.rights),
        channel=Channel(row.channel),
        requester_name=row.requester_name,
        requester_email=row.requester_email,
        requester_phone=row.requester_phone,
        requester_address=row.requester_address,
        requester_role=RequesterRole(row.requester_role),
        subject_name=row.subject_name,
        received_on=row.received_on,
        identity_status=IdentityStatus(row.identity_status),
        identity_method=row.identity_method,
        identity_checked_on=row.identity_checked_on,
        status=RequestStatus(row.status),
        refusal_reason=RefusalReason(row.refusal_reason) if row.refusal_reason else None,
        due_on=row.due_on,
        due_rule=row.due_rule,
        due_basis=row.due_basis,
        due_regime=Regime(row.due_regime),
        extended_on=row.extended_on,
        extension_reason=row.extension_reason,
        answered_on=row.answered_on,
        answer_channel=Channel(row.answer_channel) if row.answer_channel else None,
        closed_on=row.closed_on,
        assignee=row.assignee,
        notes=row.notes,
        created_at=row.created_at,
        updated_at=row.updated_at,
        version=row.version,
        pauses=pauses,
        external_reference=row.external_reference,
    )


# ----------------------------------------------------------------------------- writes


def last_reference_number(conn: Connection, year: int) -> int:
    """The highest number the year's references used (0 for none yet)."""
    return references.last_number(conn, T.c.reference, REQUEST_PREFIX, year)


def insert_request(conn: Connection, values: Values) -> int:
    values = dict(values)
    if "rights" in values:
        values["rights"] = encode_rights(values["rights"])
    return inserted_id(conn.execute(insert(T).values(**values)))


def update_request(
    conn: Connection, request_id: int, expected_version: int, values: Values
) -> bool:
    """Update with optimistic concurrency; False when someone else changed the row first."""
    values = dict(values)
    if "rights" in values:
        values["rights"] = encode_rights(values["rights"])
    result = conn.execute(
        update(T)
        .where(T.c.id == request_id, T.c.version == expected_version)
        .values(**values, version=expected_version + 1)
    )
    return result.rowcount == 1


def get(conn: Connection, request_id: int) -> RightsRequest | None:
    row = conn.execute(select(T).where(T.c.id == request_id)).first()
    if row is None:
        return None
    return _to_request(row, pauses_for(conn, request_id))


def get_by_reference(conn: Connection, reference: str) -> RightsRequest | None:
    row = conn.execute(select(T).where(T.c.reference == reference.strip().upper())).first()
    if row is None:
        return None
    return _to_request(row, pauses_for(conn, row.id))


def pauses_for(conn: Connection, request_id: int) -> tuple[IdentityPause, ...]:
    rows = conn.execute(
        select(identity_pause.c.started_on, identity_pause.c.ended_on)
        .where(identity_pause.c.request_id == request_id)
        .order_by(identity_pause.c.started_on)
    )
    return tuple(IdentityPause(r.started_on, r.ended_on) for r in rows)


def open_pause(conn: Connection, request_id: int, started_on: date) -> None:
    conn.execute(insert(identity_pause).values(request_id=request_id, started_on=started_on))


def close_open_pause(conn: Connection, request_id: int, ended_on: date) -> None:
    conn.execute(
        update(identity_pause)
        .where(identity_pause.c.request_id == request_id, identity_pause.c.ended_on.is_(None))
        .values(ended_on=ended_on)
    )


# ----------------------------------------------------------------------------- lists

SORT_COLUMNS = {
    "due_on": T.c.due_on,
    "received_on": T.c.received_on,
    # Numbers grow a digit past 9999: shorter references sort first.
    "reference": (func.length(T.c.reference), T.c.reference),
    "requester_name": T.c.requester_name,
    # The workflow's order (new → … → closed), not the alphabet of the stored codes.
    "status": case(
        {str(status): rank for rank, status in enumerate(RequestStatus)}, value=T.c.status
    ),
    "rights": T.c.rights,
    "channel": T.c.channel,
    "assignee": T.c.assignee,
}


@dataclass(frozen=True)
class RequestFilter:
    statuses: frozenset[RequestStatus] = frozenset()
    right: Right | None = None
    regime: Regime | None = None
    overdue_on: date | None = None  # only open requests due before this date
    due_by: date | None = None  # only open requests due on or before this date
    due_from: date | None = None  # only open requests due on or after this date
    search: str = ""
    sort: str = "due_on"
    descending: bool = False


_NO_FILTER = RequestFilter()


@dataclass(frozen=True)
class RequestRow:
    """One line of the list: only what the table shows."""

    id: int
    reference: str
    requester_name: str
    rights: frozenset[Right]
    regimes: frozenset[Regime]
    status: RequestStatus
    received_on: date
    due_on: date
    due_basis: str
    channel: Channel
    assignee: str
    # The organisation's own number for it, kept by an import ("" if none): the CLI's
    # `request list --json` gives it, so a script can match its own records.
    external_reference: str = ""


_ROW_COLUMNS = (
    T.c.id,
    T.c.reference,
    T.c.requester_name,
    T.c.rights,
    T.c.under_gdpr,
    T.c.under_law_09_08,
    T.c.status,
    T.c.received_on,
    T.c.due_on,
    T.c.due_basis,
    T.c.channel,
    T.c.assignee,
    T.c.external_reference,
)

_TOKEN = re.compile(r"\w+", re.UNICODE)
MIN_SEARCH_PREFIX = 2


def fts_query(text: str) -> str | None:
    """Turn what the user typed into a safe FTS5 prefix query, or None if nothing to search.

    Every token is quoted, so FTS5 operators and punctuation typed by the user
    (``-``, ``"``, ``NEAR``, ``*``) are matched as text, never parsed as syntax.
    """
    # A one-character prefix matches most of a large register (« S » finds 64,000 of
    # 100,000 requests) and costs a quarter of a second to count: such tokens are left
    # out, and a search made only of them filters nothing yet, so the list stays as it
    # was until a second character is typed (the box's debounce means a DPO typing at
    # normal speed rarely sends a lone character anyway).
    tokens = [token for token in _TOKEN.findall(text) if len(token) >= MIN_SEARCH_PREFIX]
    if not tokens:
        return None
    return " ".join('"' + token.replace('"', '""') + '"*' for token in tokens[:12])


def _search_matches(query: str) -> TextualSelect:
    return (
        text("SELECT rowid FROM rights_request_fts WHERE rights_request_fts MATCH :query")
        .bindparams(query=query)
        .columns(column("rowid"))
    )


def _conditions(flt: RequestFilter) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if flt.statuses:
        conds.append(T.c.status.in_(sorted(str(s) for s in flt.statuses)))
    if flt.right is not None:
        conds.append(T.c.rights.like(f"%,{flt.right},%"))
    if flt.regime is Regime.GDPR:
        conds.append(T.c.under_gdpr.is_(True))
    elif flt.regime is Regime.LAW_09_08:
        conds.append(T.c.under_law_09_08.is_(True))
    open_values = sorted(str(s) for s in OPEN_STATUSES)
    if flt.overdue_on is not None:
        conds.append(and_(T.c.status.in_(open_values), T.c.due_on < flt.overdue_on))
    if flt.due_by is not None:
        conds.append(and_(T.c.status.in_(open_values), T.c.due_on <= flt.due_by))
    if flt.due_from is not None:
        conds.append(and_(T.c.status.in_(open_values), T.c.due_on >= flt.due_from))
    query = fts_query(flt.search)
    if query is not None:
        # Reference typed exactly, or a full-text match on names, e-mails, notes and the
        # external reference (0012).
        conds.append(
            or_(T.c.id.in_(_search_matches(query)), T.c.reference == flt.search.strip().upper())
        )
    return conds


# Sorts an index serves in order (schema: due_on, received_on, reference expression).
INDEXED_SORTS = frozenset({"due_on", "received_on", "reference"})


def _search_only(flt: RequestFilter) -> bool:
    """Only the search box is set (any sort): the fast paths of count and list apply."""
    return replace(flt, search="", sort="due_on", descending=False) == _NO_FILTER


def count_rows(conn: Connection, flt: RequestFilter) -> int:
    query = fts_query(flt.search)
    if query is not None and _search_only(flt):
        # The search box alone: count in the full-text index (one row per request, kept in
        # step by the triggers) and the reference index, without reading a single request
        # row — on 100,000 requests that is the difference between ~1 ms and ~45 ms.
        counted = text(
            "SELECT count(*) FROM ("
            "SELECT rowid FROM rights_request_fts WHERE rights_request_fts MATCH :query "
            "UNION SELECT id FROM rights_request WHERE reference = :reference)"
        ).bindparams(query=query, reference=flt.search.strip().upper())
        matches: int = conn.execute(counted).scalar_one()  # text(): SQLAlchemy knows no type
        return matches
    return count_matching(conn, T, _conditions(flt))


def list_rows(
    conn: Connection, flt: RequestFilter, *, offset: int = 0, limit: int = 200
) -> list[RequestRow]:
    key = SORT_COLUMNS.get(flt.sort, T.c.due_on)
    columns = key if isinstance(key, tuple) else (key,)
    query = fts_query(flt.search)
    conditions: Sequence[ColumnElement[bool] | TextClause]
    if query is not None and flt.sort in INDEXED_SORTS and _search_only(flt):
        # A search matching thousands of requests: left to itself, SQLite looks each
        # match up in the table and sorts them all for a page of 200 (~80 ms on 100,000
        # requests). The unary + keeps it from using the id as a lookup key, so it walks
        # the index of the list's order instead, tests each id against the matches
        # without reading the row, and stops at the page: ~2 ms for a common name,
        # ~15 ms at worst (a rare term, whole index walked).
        conditions = [
            text(
                "+rights_request.id IN ("
                "SELECT rowid FROM rights_request_fts WHERE rights_request_fts MATCH :query "
                "UNION SELECT id FROM rights_request WHERE reference = :reference)"
            ).bindparams(query=query, reference=flt.search.strip().upper())
        ]
    else:
        conditions = _conditions(flt)
    stmt = one_page(
        select(*_ROW_COLUMNS),
        conditions,
        columns,
        T.c.id,
        descending=flt.descending,
        offset=offset,
        limit=limit,
    )
    return [
        RequestRow(
            id=r.id,
            reference=r.reference,
            requester_name=r.requester_name,
            rights=decode_rights(r.rights),
            regimes=_regimes_from(r),
            status=RequestStatus(r.status),
            received_on=r.received_on,
            due_on=r.due_on,
            due_basis=r.due_basis,
            channel=Channel(r.channel),
            assignee=r.assignee,
            external_reference=r.external_reference,
        )
        for r in conn.execute(stmt)
    ]


def open_requests_for_recompute(
    conn: Connection, *, pause_running: bool = False
) -> list[RightsRequest]:
    """Open requests, whose due dates move when the calendar or the policy changes;
    with ``pause_running``, only those whose identity pause is still running (what the
    dashboard refreshes every time it is shown).

    The pauses come in one query, not one per request: 27,000 open requests took 10 s
    that way, at every dashboard refresh once the identity pause was turned on."""
    conds = [T.c.status.in_(sorted(str(s) for s in OPEN_STATUSES))]
    if pause_running:
        # From the few running pauses to their requests, not from every open request.
        running = select(identity_pause.c.request_id).where(identity_pause.c.ended_on.is_(None))
        conds.append(T.c.id.in_(running))
    rows = conn.execute(select(T).where(*conds)).all()
    pauses: dict[int, list[IdentityPause]] = {}
    ids = select(T.c.id).where(*conds)
    for request_id, started_on, ended_on in conn.execute(
        select(identity_pause.c.request_id, identity_pause.c.started_on, identity_pause.c.ended_on)
        .where(identity_pause.c.request_id.in_(ids))
        .order_by(identity_pause.c.request_id, identity_pause.c.started_on)
    ):
        pauses.setdefault(request_id, []).append(IdentityPause(started_on, ended_on))
    return [_to_request(r, tuple(pauses.get(r.id, ()))) for r in rows]


@dataclass(frozen=True)
class DueSummary:
    open: int
    overdue: int
    due_within_week: int
    awaiting_identity: int


def due_summary(conn: Connection, today: date, week_end: date) -> DueSummary:
    open_values = sorted(str(s) for s in OPEN_STATUSES)
    is_open = T.c.status.in_(open_values)
    # Only the open requests' entries of the (status, due_on) index are read: a register
    # keeps years of closed requests, and counting over the whole table read all of them
    # (0.35 s on 100,000 requests after a write had emptied the page cache: at unlock).
    assert str(RequestStatus.AWAITING_IDENTITY) in open_values
    # The dates go through date(): a constant SQLite computes once. A bare parameter is
    # converted to the column's (numeric) affinity at every row it is compared with, an
    # allocation per row that cost 0.2 s on 27,000 open requests with SQLCipher's memory
    # security on (storage/cipher.py), against 4 ms this way.
    today_, week_end_ = func.date(today), func.date(week_end)
    row = conn.execute(
        select(
            func.count(),
            func.count().filter(T.c.due_on < today_),
            func.count().filter(and_(T.c.due_on >= today_, T.c.due_on <= week_end_)),
            func.count().filter(T.c.status == str(RequestStatus.AWAITING_IDENTITY)),
        )
        .select_from(T)
        .where(is_open)
    ).one()
    return DueSummary(*row)


@dataclass(frozen=True)
class DueDate:
    """An open request's due date, and nothing of the person: its id (a calendar event's
    UID), reference and rights (what a reminder or an event says), and the date's basis
    (services/reminders.py, services/calendar_feed.py)."""

    id: int
    reference: str
    rights: frozenset[Right]
    due_on: date
    due_basis: str


def open_due_dates(
    conn: Connection,
    due_by: date | None = None,
    *,
    due_from: date | None = None,
    latest_first: bool = False,
    limit: int | None = None,
) -> list[DueDate]:
    """Open requests due on or before ``due_by`` (every one when None; and on or after
    ``due_from``), soonest first or ``latest_first``, at most ``limit``: a few columns on
    the ``status, due_on`` index, not the list's rows (27,000 open requests read as list
    rows took 3 s for the calendar feed)."""
    open_values = sorted(str(s) for s in OPEN_STATUSES)
    conds: list[ColumnElement[bool]] = [T.c.status.in_(open_values)]
    if due_by is not None:
        conds.append(T.c.due_on <= due_by)
    if due_from is not None:
        conds.append(T.c.due_on >= due_from)
    order = (T.c.due_on.desc(), T.c.id.desc()) if latest_first else (T.c.due_on, T.c.id)
    columns = (T.c.id, T.c.reference, T.c.rights, T.c.due_on, T.c.due_basis)
    stmt = select(*columns).where(*conds).order_by(*order)
    rows = conn.execute(stmt.limit(limit) if limit is not None else stmt)
    return [
        DueDate(r.id, r.reference, decode_rights(r.rights), r.due_on, r.due_basis) for r in rows
    ]


# ----------------------------------------------------------------------------- attachments


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    filename: str
    media_type: str
    size: int
    sha256: str
    added_at: datetime
    # "identity" (a proof of identity, deleted once checked) or "other"; breach
    # attachments are always "other".
    purpose: str = "other"


def add_attachment(conn: Connection, request_id: int, **values: Any) -> int:
    return inserted_id(
        conn.execute(insert(request_attachment).values(request_id=request_id, **values))
    )


def _info_columns() -> tuple[Column[Any], ...]:
    a = request_attachment
    return (a.c.id, a.c.filename, a.c.media_type, a.c.size, a.c.sha256, a.c.added_at, a.c.purpose)


def attachments_for(conn: Connection, request_id: int) -> list[AttachmentInfo]:
    a = request_attachment
    rows = conn.execute(
        select(*_info_columns()).where(a.c.request_id == request_id).order_by(a.c.id)
    )
    return [AttachmentInfo(*r) for r in rows]


def attachment_info(conn: Connection, attachment_id: int) -> tuple[int, AttachmentInfo] | None:
    """(request id, description) of one attachment, without its content."""
    a = request_attachment
    row = conn.execute(
        select(a.c.request_id, *_info_columns()).where(a.c.id == attachment_id)
    ).first()
    return (row[0], AttachmentInfo(*row[1:])) if row else None


def delete_attachment(conn: Connection, attachment_id: int) -> bool:
    """Delete one attachment's row. With ``secure_delete`` on (storage/cipher.py) SQLite
    overwrites the freed cells and overflow pages in the same transaction."""
    a = request_attachment
    return conn.execute(delete(a).where(a.c.id == attachment_id)).rowcount == 1


def identity_copies(conn: Connection) -> Sequence[AnyRow]:
    """Every identity copy with the facts its deletion date depends on: the request's
    status, identity check and closure dates (no personal data)."""
    a, r = request_attachment, rights_request
    return conn.execute(
        select(
            a.c.id.label("attachment_id"),
            r.c.id.label("request_id"),
            r.c.reference,
            r.c.status,
            r.c.identity_status,
            r.c.identity_checked_on,
            r.c.closed_on,
            r.c.answered_on,
            r.c.updated_at,
        )
        .join(r, r.c.id == a.c.request_id)
        .where(a.c.purpose == "identity")
        .order_by(a.c.id)
    ).all()


def attachment_content(conn: Connection, attachment_id: int) -> tuple[str, bytes] | None:
    a = request_attachment
    row = conn.execute(select(a.c.filename, a.c.content).where(a.c.id == attachment_id)).first()
    return (row.filename, row.content) if row else None


def attachment_exists(conn: Connection, request_id: int, sha256: str) -> bool:
    a = request_attachment
    return (
        conn.execute(
            select(a.c.id).where(a.c.request_id == request_id, a.c.sha256 == sha256).limit(1)
        ).first()
        is not None
    )
