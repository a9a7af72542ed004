"""The audit journal: the one way services write an entry (:func:`record`), and the
journal as the DPO reads it (pages of entries, filters, the chain check)."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from dpo_desk.services.reading import in_read
from dpo_desk.storage import audit
from dpo_desk.storage.audit import AuditEntry, JournalFilter
from dpo_desk.storage.database import Register

__all__ = [
    "ChainStatus",
    "JournalFilter",
    "chain_status",
    "count",
    "current_actor",
    "facets",
    "page",
    "record",
]


def current_actor() -> str:
    """The OS user, recorded in the journal as who did what."""
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers); the journal still needs a value
        return "inconnu"


def record(
    conn: Connection,
    at: datetime,
    action: str,
    entity: str,
    entity_id: object = "",
    changes: dict[str, Any] | None = None,
) -> None:
    """Append one entry inside the caller's write transaction, in the name of the OS
    user: a write and the entry that tells of it commit together, or not at all."""
    audit.append(
        conn,
        at=at,
        actor=current_actor(),
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        changes=changes,
    )


def count(register: Register, flt: JournalFilter) -> int:
    return in_read(register, audit.count_entries, flt)


def page(
    register: Register, flt: JournalFilter, *, offset: int = 0, limit: int = 200
) -> list[AuditEntry]:
    return in_read(register, audit.list_entries, flt, offset=offset, limit=limit)


@dataclass(frozen=True)
class Facets:
    entities: list[str]
    actions: list[str]
    actors: list[str]


def facets(register: Register) -> Facets:
    """The values the filters offer: only what the journal actually holds."""
    with register.read() as conn:
        return Facets(
            audit.distinct_values(conn, "entity"),
            audit.distinct_values(conn, "action"),
            audit.distinct_values(conn, "actor"),
        )


@dataclass(frozen=True)
class ChainStatus:
    entries: int
    broken_at: int | None  # id of the first entry whose hash does not follow, or None
    head: str  # the last entry's hash: printed on exports, it anchors the journal on paper

    @property
    def intact(self) -> bool:
        return self.broken_at is None


def chain_status(register: Register) -> ChainStatus:
    """Walk the whole chain (each entry hashes the previous one): an edited, deleted,
    inserted or reordered entry breaks it at that point."""
    with register.read() as conn:
        return ChainStatus(
            audit.entry_count(conn), audit.first_broken_entry(conn), audit.head_hash(conn)
        )
