"""Storage side of the spreadsheet import: names already in a register, and the inserts
and updates of one import, all on the caller's connection (one transaction)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import Connection, insert, select

from dpo_desk.domain.records import (
    ActivityDetails,
    ProcessingActivity,
    Processor,
    ProcessorDetails,
)
from dpo_desk.domain.requests.model import RightsRequest
from dpo_desk.storage import records as repo
from dpo_desk.storage import requests as requests_repo
from dpo_desk.storage.rows import Values

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
    return [(_insert_entry(conn, target, details, now), details) for details in entries]


def _insert_entry(
    conn: Connection, target: str, details: ActivityDetails | ProcessorDetails, now: datetime
) -> int:
    if target == "activities" and isinstance(details, ActivityDetails):
        return repo.insert_activity(conn, details, now)
    if target == "processors" and isinstance(details, ProcessorDetails):
        return repo.insert_processor(conn, details, now)
    raise TypeError(f"{type(details).__name__} is not an entry of {target}")


def get_entry(
    conn: Connection, target: str, entry_id: int
) -> ProcessingActivity | Processor | None:
    if target == "activities":
        return repo.get_activity(conn, entry_id)
    return repo.get_processor(conn, entry_id)


def update_entry(
    conn: Connection,
    target: str,
    entry: ProcessingActivity | Processor,
    details: ActivityDetails | ProcessorDetails,
    now: datetime,
) -> bool:
    """Replace an entry's editable fields (optimistic version check, as a form save)."""
    if target == "activities" and isinstance(details, ActivityDetails):
        values = {**repo.activity_columns(details), "updated_at": now}
        return repo.update_activity(
            conn, entry.id, entry.version, values, purposes=details.purposes
        )
    if target == "processors" and isinstance(details, ProcessorDetails):
        values = {**repo.processor_columns(details), "updated_at": now}
        return repo.update_processor(conn, entry.id, entry.version, values)
    raise TypeError(f"{type(details).__name__} is not an entry of {target}")


# ----------------------------------------------------------------------------- requests


def request_references(conn: Connection) -> dict[str, int]:
    T = requests_repo.T
    return {row.reference: row.id for row in conn.execute(select(T.c.id, T.c.reference))}


def request_external_references(conn: Connection) -> dict[str, int]:
    """external reference -> id, for the requests that have one (0012)."""
    T = requests_repo.T
    rows = conn.execute(select(T.c.id, T.c.external_reference).where(T.c.external_reference != ""))
    return {row.external_reference: row.id for row in rows}


def last_request_number(conn: Connection, year: int) -> int:
    return requests_repo.last_reference_number(conn, year)


def insert_requests(conn: Connection, rows: Sequence[Values]) -> None:
    """One executemany for the whole import: 10,000 rows in one statement batch."""
    if not rows:
        return
    encoded = [{**row, "rights": requests_repo.encode_rights(row["rights"])} for row in rows]
    conn.execute(insert(requests_repo.T), encoded)


def get_request(conn: Connection, request_id: int) -> RightsRequest | None:
    return requests_repo.get(conn, request_id)


def update_request(conn: Connection, before: RightsRequest, values: Values) -> bool:
    return requests_repo.update_request(conn, before.id, before.version, values)
