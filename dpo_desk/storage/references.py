"""The last number a year's case references used, for the next one (domain/references.py
formats it): one query for requests and breaches alike."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, Connection, func, select

from dpo_desk.domain.references import year_prefix


def last_number(conn: Connection, column: Column[Any], prefix: str, year: int) -> int:
    """The highest number used in ``year`` by ``prefix``'s references in ``column``,
    compared as a number, not as text.

    Past 9999 a year's numbers grow a digit, and "DSR-2026-10000" sorts before
    "DSR-2026-9999" as text: the longest first, then the text (an index on that very
    expression serves the requests', migration 0006).
    """
    start = year_prefix(prefix, year)
    last = conn.execute(
        select(column)
        .where(column.like(start + "%"))
        .order_by(func.length(column).desc(), column.desc())
        .limit(1)
    ).scalar()
    if not last:
        return 0
    try:
        return int(str(last).removeprefix(start))
    except ValueError:  # not a reference this release wrote: the count starts afresh
        return 0
