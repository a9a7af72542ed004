"""Is the register's schema the one this app builds, and nothing more?

Someone holding the passphrase can add a trigger that rewrites what the app saves, a
view that shadows a table, or drop an index: the pages are still validly encrypted and
the journal's chain still holds, so neither SQLCipher's HMACs nor the chain see it. The
only reference that such a person cannot edit is the app itself: the migrations that
built the file. They are run once per process on a private in-memory database (no key,
no file, nothing on disk), and its ``sqlite_master`` is compared with the file's, object
by object: type, name, table, and SQL text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import sqlcipher3
from sqlalchemy import Connection, create_engine
from sqlalchemy.pool import StaticPool

from dpo_desk.storage import migrate
from dpo_desk.storage.rows import AnyRow

# Objects SQLite itself makes on demand, whatever the app does: the AUTOINCREMENT
# counters at the first insert, and the statistics of ANALYZE / PRAGMA optimize. Their
# presence or absence says nothing about tampering.
_OPTIONAL = re.compile(r"^sqlite_(sequence|stat\d)$")


@dataclass(frozen=True)
class SchemaObject:
    type: str  # table, index, trigger, view
    name: str
    table: str
    sql: str  # whitespace-normalised; "" for SQLite's automatic indexes


@dataclass(frozen=True)
class SchemaFinding:
    kind: str  # "unknown", "missing", "modified"
    type: str
    name: str


def _normalise(sql: str | None) -> str:
    # ALTER TABLE and Alembic's batch copies leave the text as they wrote it; only the
    # spacing and the quoting style can differ between SQLite versions.
    if not sql:
        return ""
    return re.sub(r"\s+", " ", sql.replace('"', "").replace("`", "")).strip().lower()


def _objects(rows: Iterable[AnyRow]) -> dict[tuple[str, str], SchemaObject]:
    found: dict[tuple[str, str], SchemaObject] = {}
    for type_, name, table, sql in rows:
        if _OPTIONAL.match(name or ""):
            continue
        found[(type_, name)] = SchemaObject(type_, name, table, _normalise(sql))
    return found


_MASTER = "SELECT type, name, tbl_name, sql FROM sqlite_master"


@lru_cache(maxsize=1)
def expected_schema() -> dict[tuple[str, str], SchemaObject]:
    """The objects a register at the head revision has, built by the migrations on an
    unkeyed in-memory database (once per process: running them takes a few hundred ms)."""
    engine = create_engine(
        "sqlite://",
        module=sqlcipher3,
        creator=lambda: sqlcipher3.connect(":memory:", check_same_thread=False),
        poolclass=StaticPool,
    )
    try:
        migrate.upgrade(engine)
        with engine.connect() as conn:
            return _objects(conn.exec_driver_sql(_MASTER).fetchall())
    finally:
        engine.dispose()


def schema_findings(conn: Connection) -> list[SchemaFinding]:
    """What differs between the file's schema and the expected one; empty when equal."""
    live = _objects(conn.exec_driver_sql(_MASTER).fetchall())
    expected = expected_schema()
    findings = [
        SchemaFinding("unknown", type_, name) for (type_, name) in live.keys() - expected.keys()
    ]
    findings += [
        SchemaFinding("missing", type_, name) for (type_, name) in expected.keys() - live.keys()
    ]
    findings += [
        SchemaFinding("modified", key[0], key[1])
        for key in live.keys() & expected.keys()
        if live[key] != expected[key]
    ]
    order = {"unknown": 0, "missing": 1, "modified": 2}
    return sorted(findings, key=lambda f: (order[f.kind], f.type, f.name))
