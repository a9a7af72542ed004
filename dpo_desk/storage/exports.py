"""Lean reads for the Excel exports: the requests, breaches and journal tables, in
batches, keyset-paginated by id.

An export of 100,000 requests must neither hold them all in memory nor build a domain
object per row: rows come out as plain values in the order the caller asks for, a batch
of ``batch`` rows per query (``WHERE id > last ORDER BY id LIMIT batch``, which stays
fast at any depth, unlike OFFSET). The caller holds one read transaction around the
whole iteration, so every sheet of a workbook shows the same snapshot.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any, TypeAlias

from sqlalchemy import Connection, func, select

from dpo_desk.storage.audit import JournalFilter, _journal_conditions
from dpo_desk.storage.listing import count_matching
from dpo_desk.storage.rows import AnyRow
from dpo_desk.storage.schema import (
    audit_log,
    breach,
    breach_communication,
    breach_notification,
    rights_request,
)

DEFAULT_BATCH = 2000

# Derived request values: computed from stored columns, not stored as such.
_REQUEST_DERIVED = {"regimes", "rights"}


def count_requests(conn: Connection) -> int:
    return conn.execute(select(func.count()).select_from(rights_request)).scalar_one()


def count_breaches(conn: Connection) -> int:
    return conn.execute(select(func.count()).select_from(breach)).scalar_one()


def count_journal(conn: Connection, flt: JournalFilter) -> int:
    return count_matching(conn, audit_log, _journal_conditions(flt))


def _regimes(under_law_09_08: bool, under_gdpr: bool) -> tuple[str, ...]:
    # Regime codes in the enum's order (domain.requests.Regime): law 09-08, then GDPR.
    if under_law_09_08:
        return ("law-09-08", "gdpr") if under_gdpr else ("law-09-08",)
    return ("gdpr",) if under_gdpr else ()


def iter_requests(
    conn: Connection, keys: Sequence[str], *, batch: int = DEFAULT_BATCH
) -> Iterator[list[Any]]:
    """One list per request, values in the order of ``keys`` (column names of
    ``rights_request``, plus ``regimes`` and ``rights`` as tuples of codes)."""
    T = rights_request
    selected = [T.c.id, T.c.under_law_09_08, T.c.under_gdpr]
    for key in keys:
        selected.append(
            T.c.rights if key == "rights" else (T.c.id if key == "regimes" else T.c[key])
        )
    regimes_at = keys.index("regimes") if "regimes" in keys else -1
    rights_at = keys.index("rights") if "rights" in keys else -1
    last = 0
    while True:
        rows = conn.execute(
            select(*selected).where(T.c.id > last).order_by(T.c.id).limit(batch)
        ).all()
        if not rows:
            return
        for row in rows:
            values = list(row[3:])
            if regimes_at >= 0:
                values[regimes_at] = _regimes(row[1], row[2])
            if rights_at >= 0:
                stored = values[rights_at]
                values[rights_at] = tuple(part for part in stored.split(",") if part)
            yield values
        last = rows[-1][0]


BreachRows: TypeAlias = tuple[AnyRow, list[AnyRow], list[AnyRow]]


def iter_breaches(conn: Connection, *, batch: int = 500) -> Iterator[BreachRows]:
    """``(row, notifications, communications)`` per breach, by id: ``row`` is the
    breach's row (a mapping of its columns), the others its rows of
    ``breach_notification`` and ``breach_communication`` in date order."""
    last = 0
    while True:
        rows = conn.execute(
            select(breach).where(breach.c.id > last).order_by(breach.c.id).limit(batch)
        ).all()
        if not rows:
            return
        ids = [row.id for row in rows]
        notifications: dict[int, list[AnyRow]] = {}
        for n in conn.execute(
            select(breach_notification)
            .where(breach_notification.c.breach_id.in_(ids))
            .order_by(breach_notification.c.sent_at, breach_notification.c.id)
        ):
            notifications.setdefault(n.breach_id, []).append(n)
        communications: dict[int, list[AnyRow]] = {}
        for c in conn.execute(
            select(breach_communication)
            .where(breach_communication.c.breach_id.in_(ids))
            .order_by(breach_communication.c.sent_at, breach_communication.c.id)
        ):
            communications.setdefault(c.breach_id, []).append(c)
        for row in rows:
            yield row, notifications.get(row.id, []), communications.get(row.id, [])
        last = ids[-1]


def decode_json_list(text: str | None) -> tuple[str, ...]:
    if not text:
        return ()
    return tuple(str(v) for v in json.loads(text))


# id, at, actor, action, entity, entity_id, changes (the stored JSON text), hash
JournalRow: TypeAlias = tuple[int, datetime, str, str, str, str, str, str]


def iter_journal(
    conn: Connection, flt: JournalFilter, *, batch: int = DEFAULT_BATCH
) -> Iterator[JournalRow]:
    """``(id, at, actor, action, entity, entity_id, changes, hash)`` per entry, filtered
    and ordered as on the Journal screen; ``changes`` is the stored JSON text."""
    A = audit_log
    conds = _journal_conditions(flt)
    newest_first = flt.newest_first
    last: int | None = None
    while True:
        stmt = select(A.c.id, A.c.at, A.c.actor, A.c.action, A.c.entity, A.c.entity_id,
                      A.c.changes, A.c.hash)  # fmt: skip
        stmt = stmt.where(*conds)
        if last is not None:
            stmt = stmt.where(A.c.id < last if newest_first else A.c.id > last)
        order = A.c.id.desc() if newest_first else A.c.id.asc()
        rows = conn.execute(stmt.order_by(order).limit(batch)).all()
        if not rows:
            return
        yield from (tuple(row) for row in rows)
        last = rows[-1][0]
