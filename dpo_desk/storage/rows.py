"""The shapes SQLAlchemy Core hands back, named once for the repositories.

The tables are Core ``Table`` objects (storage/schema.py), whose columns are typed
``Column[Any]``: a row read from them carries no per-column types, only its attributes.
The repositories turn such rows into typed domain objects right away; these names say
what goes in and comes out at that boundary.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

from sqlalchemy import CursorResult, Row

# A row of any width: `select(table)` and the narrower `select(col, col)` both fit.
AnyRow: TypeAlias = "Row[*tuple[Any, ...]]"

# Column name -> value, for `insert(...).values(**values)` and `update(...).values(...)`:
# one map holds a row's text, dates, flags and numbers, so its values are typed per
# column by the table, not here (Core's own `values()` takes `**kwargs: Any`).
Values: TypeAlias = Mapping[str, Any]


def inserted_id(result: CursorResult[*tuple[Any, ...]]) -> int:
    """The integer primary key of the row a single-row INSERT has just written."""
    key = result.inserted_primary_key
    if key is None:
        # Only an INSERT that wrote no row has no key; every caller inserts exactly one.
        raise LookupError("the INSERT wrote no row")
    new_id: int = key[0]
    return new_id


def copied(source: object, *names: str) -> dict[str, Any]:
    """``{name: source.name}`` for each name: the columns a domain object keeps as they
    are, under the same names, as keyword arguments for it (``Record(**copied(row, ...))``).
    """
    return {name: getattr(source, name) for name in names}
