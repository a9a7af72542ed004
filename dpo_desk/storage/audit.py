"""The audit journal: append-only, each entry chained to the previous by SHA-256."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import Connection, func, insert, select
from sqlalchemy.sql import ColumnElement

from dpo_desk.storage.listing import count_matching
from dpo_desk.storage.rows import AnyRow
from dpo_desk.storage.schema import audit_log

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    changes: dict[str, Any]  # the entry's JSON object, parsed
    prev_hash: str
    hash: str


def canonical(
    at: datetime, actor: str, action: str, entity: str, entity_id: str, changes: str
) -> bytes:
    # Sorted keys and a fixed separator: the same entry always hashes the same.
    payload = {
        "at": at.isoformat(timespec="microseconds"),
        "actor": actor,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "changes": changes,
    }
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def chain_hash(prev_hash: str, body: bytes) -> str:
    return hashlib.sha256(prev_hash.encode() + body).hexdigest()


def append(
    conn: Connection,
    *,
    at: datetime,
    actor: str,
    action: str,
    entity: str,
    entity_id: str = "",
    changes: Mapping[str, object] | None = None,
) -> str:
    """Append one entry inside the caller's write transaction; returns its hash."""
    changes_text = json.dumps(changes or {}, sort_keys=True, ensure_ascii=False, default=str)
    prev_hash = head_hash(conn)
    digest = chain_hash(prev_hash, canonical(at, actor, action, entity, entity_id, changes_text))
    conn.execute(
        insert(audit_log).values(
            at=at,
            actor=actor,
            action=action,
            entity=entity,
            entity_id=entity_id,
            changes=changes_text,
            prev_hash=prev_hash,
            hash=digest,
        )
    )
    return digest


def first_broken_entry(conn: Connection) -> int | None:
    """The id of the first entry whose chain does not hold, or None when intact."""
    prev_hash = GENESIS
    for row in conn.execute(select(audit_log).order_by(audit_log.c.id)):
        expected = chain_hash(
            prev_hash,
            canonical(row.at, row.actor, row.action, row.entity, row.entity_id, row.changes),
        )
        if row.prev_hash != prev_hash or row.hash != expected:
            broken: int = row.id
            return broken
        prev_hash = row.hash
    return None


def head_hash(conn: Connection) -> str:
    head: str | None = conn.execute(
        select(audit_log.c.hash).order_by(audit_log.c.id.desc()).limit(1)
    ).scalar()
    return head or GENESIS


def entries_for(conn: Connection, entity: str, entity_id: str) -> list[AuditEntry]:
    rows = conn.execute(
        select(audit_log)
        .where(audit_log.c.entity == entity, audit_log.c.entity_id == entity_id)
        .order_by(audit_log.c.id)
    )
    return [_entry(r) for r in rows]


def _entry(r: AnyRow) -> AuditEntry:
    return AuditEntry(
        r.id,
        r.at,
        r.actor,
        r.action,
        r.entity,
        r.entity_id,
        json.loads(r.changes),
        r.prev_hash,
        r.hash,
    )


# ----------------------------------------------------------------------------- journal screen


@dataclass(frozen=True)
class JournalFilter:
    """What the Journal screen narrows the log to; empty values mean "any"."""

    entity: str = ""
    action: str = ""
    actor: str = ""
    entity_id: str = ""  # a reference typed by the user: matched as a prefix
    newest_first: bool = True


def _journal_conditions(flt: JournalFilter) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if flt.entity:
        conds.append(audit_log.c.entity == flt.entity)
    if flt.action:
        conds.append(audit_log.c.action == flt.action)
    if flt.actor:
        conds.append(audit_log.c.actor == flt.actor)
    if flt.entity_id.strip():
        # LIKE with an escape character, so "%" or "_" typed by the user match themselves.
        typed = flt.entity_id.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conds.append(audit_log.c.entity_id.like(typed + "%", escape="\\"))
    return conds


def count_entries(conn: Connection, flt: JournalFilter) -> int:
    return count_matching(conn, audit_log, _journal_conditions(flt))


def list_entries(
    conn: Connection, flt: JournalFilter, *, offset: int = 0, limit: int = 200
) -> list[AuditEntry]:
    order = audit_log.c.id.desc() if flt.newest_first else audit_log.c.id.asc()
    stmt = select(audit_log).where(*_journal_conditions(flt))
    rows = conn.execute(stmt.order_by(order).offset(offset).limit(limit))
    return [_entry(r) for r in rows]


def distinct_values(conn: Connection, column: str) -> list[str]:
    """The codes present in one column (entity, action, actor), for the screen's filters."""
    col = audit_log.c[column]
    return [v for (v,) in conn.execute(select(col).distinct().order_by(col)) if v]


def entry_count(conn: Connection) -> int:
    return conn.execute(select(func.count()).select_from(audit_log)).scalar_one()


# ----------------------------------------------------------------------------- tamper evidence


def hash_at(conn: Connection, position: int, *, count: int | None = None) -> str | None:
    """The hash of the ``position``-th entry (1 = the first), or None past the end.
    ``count``: the journal's :func:`entry_count`, when the caller has just read it."""
    if position < 1:
        return GENESIS
    # The journal is only ever appended to, so its ids run first..last without a gap and
    # the position-th entry is found by its id: a few index pages. Stepping over the
    # first ``position - 1`` entries (OFFSET) read the whole journal, 0.3 s for 100,000
    # entries at every unlock (services.seal). Where ids are missing (entries cut out of
    # the file), the walk below gives the answer the seal check needs.
    first, last = (
        conn.execute(select(func.min(audit_log.c.id))).scalar(),
        conn.execute(select(func.max(audit_log.c.id))).scalar(),
    )
    if first is None or last is None:
        return None
    if last - first + 1 == (count if count is not None else entry_count(conn)):
        if position > last - first + 1:
            return None
        found: str | None = conn.execute(
            select(audit_log.c.hash).where(audit_log.c.id == first + position - 1)
        ).scalar()
        return found
    digest: str | None = conn.execute(
        select(audit_log.c.hash).order_by(audit_log.c.id).offset(position - 1).limit(1)
    ).scalar()
    return digest


def has_hash(conn: Connection, digest: str) -> bool:
    """Whether some entry of the chain ends with ``digest`` (a head printed earlier)."""
    if digest == GENESIS:
        return True
    found = conn.execute(select(audit_log.c.id).where(audit_log.c.hash == digest).limit(1))
    return found.first() is not None


class EntityChange(NamedTuple):
    """What one journal entry says about one record (services/replay.py)."""

    entity: str
    entity_id: str
    action: str
    changes: dict[str, Any]  # {} when the entry's text is not a JSON object


def entity_changes(conn: Connection, entities: tuple[str, ...]) -> Iterator[EntityChange]:
    """(entity, entity_id, action, changes) of every entry about ``entities``, in order."""
    rows = conn.execute(
        select(audit_log.c.entity, audit_log.c.entity_id, audit_log.c.action, audit_log.c.changes)
        .where(audit_log.c.entity.in_(entities))
        .order_by(audit_log.c.id)
    )
    for entity, entity_id, action, changes in rows:
        try:
            parsed = json.loads(changes)
        except ValueError:
            parsed = {}  # a broken entry is the chain's finding, not the replay's
        yield EntityChange(entity, entity_id, action, parsed if isinstance(parsed, dict) else {})


def current_records(
    conn: Connection, table_name: str, fields: tuple[str, ...]
) -> dict[str, dict[str, Any]]:
    """{reference: {field: value}} of one kind of record, as stored now."""
    table = audit_log.metadata.tables[table_name]
    rows = conn.execute(select(table.c.reference, *(table.c[f] for f in fields)))
    return {row[0]: dict(zip(fields, row[1:], strict=True)) for row in rows}
