"""The SQL of an unlock and of its dashboard, compiled once before Enter (ui/warmup.py).

SQLAlchemy compiles a statement the first time an engine runs it, and the first
compilation of each kind of construct in the process is much slower than the next: the
breach list's query took 22-25 ms to compile in a fresh process and 3 ms for a second
engine. A register's engine is made at the unlock, so all of that fell in the wait after
Enter. While the DPO types the passphrase, the warm-up runs the same storage reads once
against an empty database in memory: no file, no register, no personal data, only
SQLAlchemy's per-class caches warmed for the engine that follows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from sqlalchemy import Connection, create_engine

from dpo_desk.storage import audit, breaches, filings, organisation, records, requests
from dpo_desk.storage.schema import metadata

#: Each one a storage read (or the unlock's journal entry) the unlock and the
#: dashboard's first paint run, in that order.
FIRST_READS: tuple[Callable[[Connection], object], ...] = (
    audit.entry_count,
    audit.head_hash,
    lambda conn: audit.hash_at(conn, 1),
    lambda conn: audit.append(
        conn, at=datetime(2000, 1, 1, tzinfo=UTC), actor="", action="unlock", entity="register"
    ),
    organisation.load,
    lambda conn: organisation.get_setting(conn, "warm-up", {}),
    lambda conn: requests.open_requests_for_recompute(conn, pause_running=True),
    lambda conn: requests.due_summary(conn, date(2000, 1, 1), date(2000, 1, 8)),
    lambda conn: requests.list_rows(
        conn, requests.RequestFilter(due_by=date.max, sort="due_on"), offset=0, limit=15
    ),
    lambda conn: breaches.list_rows(
        conn, breaches.BreachFilter(open_only=True), offset=0, limit=500
    ),
    records.all_activities,
    records.all_processors,
    records.all_transfers,
    filings.all_filings,
)


def compile_first_reads(stop: Callable[[], bool] = lambda: False) -> int:
    """Run :data:`FIRST_READS` on an empty in-memory database; how many ran.

    ``stop`` is asked before each one: the warm-up's thread ends between two reads
    when the main thread needs the interpreter (Enter pressed)."""
    engine = create_engine("sqlite://")  # SQLite in memory: nothing is written anywhere
    done = 0
    try:
        metadata.create_all(engine)
        with engine.connect() as conn:
            for read in FIRST_READS:
                if stop():
                    break
                read(conn)
                done += 1
            conn.rollback()
    finally:
        engine.dispose()
    return done
