"""Storage side of the spreadsheet import: names already in a register, and the inserts
and updates of one import, all on the caller's connection (one transaction)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import Connection, insert, select

from dpo_desk.domain.records import ActivityDetails, ProcessorDetails
from dpo_desk.storage import records as repo
from dpo_desk.storage import requests as requests_repo

_TABLES = {"activities": repo.A, "processors": repo.P}


def names_to_ids(conn: Connection, target: str) -> dict[str, int]:
    """casefolded, space-normalised name -> id (casefold in Python, as registers.py does:
    SQLite's lower() leaves accented letters alone)."""
    if target == "requests":
        return request_references(conn)
    table = _TABLES[target]
    return {
        " ".join(row.name.split()).casefold(): row.id
        for row in conn.execute(select(table.c.id, table.c.name))
    }


def insert_entries(
    conn: Connection,
    target: str,
    entries: Iterable[ActivityDetails | ProcessorDetails],
    now: datetime,
) -> list[tuple[int, ActivityDetails | ProcessorDetails]]:
    insert_one = repo.insert_activity if target == "activities" else repo.insert_processor
    return [(insert_one(conn, details, now), details) for details in entries]


def get_entry(conn: Connection, target: str, entry_id: int):
    get = repo.get_activity if target == "activities" else repo.get_processor
    return get(conn, entry_id)


def update_entry(conn: Connection, target: str, entry, details, now: datetime) -> bool:
    """Replace an entry's editable fields (optimistic version check, as a form save)."""
    if target == "activities":
        values = {**repo.activity_columns(details), "updated_at": now}
        return repo.update_activity(
            conn, entry.id, entry.version, values, purposes=details.purposes
        )
    values = {**repo.processor_columns(details), "updated_at": now}
    return repo.update_processor(conn, entry.id, entry.version, values)


# ----------------------------------------------------------------------------- requests


def request_references(conn: Connection) -> dict[str, int]:
    T = requests_repo.T
    return {row.reference: row.id for row in conn.execute(select(T.c.id, T.c.reference))}


def last_request_number(conn: Connection, year: int) -> int:
    return requests_repo.last_reference_number(conn, year)


def insert_requests(conn: Connection, rows: list[dict]) -> None:
    """One executemany for the whole import: 10,000 rows in one statement batch."""
    if not rows:
        return
    encoded = [{**row, "rights": requests_repo.encode_rights(row["rights"])} for row in rows]
    conn.execute(insert(requests_repo.T), encoded)


def get_request(conn: Connection, request_id: int):
    return requests_repo.get(conn, request_id)


def update_request(conn: Connection, before, values: dict) -> bool:
    return requests_repo.update_request(conn, before.id, before.version, values)
