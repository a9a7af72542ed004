"""What the list screens' repositories share: a filter's count and a page's order.

Each list (requests, breaches, activities, processors, the journal) turns its filter into
a list of SQL conditions, all of which a row must meet; the same conditions give the
total the screen shows and the rows of the page it reads.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVarTuple

from sqlalchemy import Connection, FromClause, Select, func, select
from sqlalchemy.sql import ColumnElement, TextClause

_Ts = TypeVarTuple("_Ts")


def count_matching(
    conn: Connection, table: FromClause, conditions: Iterable[ColumnElement[bool]]
) -> int:
    """How many rows of ``table`` meet every condition."""
    counted: int = conn.execute(
        select(func.count()).select_from(table).where(*conditions)
    ).scalar_one()
    return counted


def one_page(
    stmt: Select[*_Ts],
    conditions: Iterable[ColumnElement[bool] | TextClause],
    keys: Iterable[ColumnElement[Any]],
    row_id: ColumnElement[Any],
    *,
    descending: bool,
    offset: int,
    limit: int,
) -> Select[*_Ts]:
    """The rows of ``stmt`` that meet every condition, ``limit`` of them from ``offset``,
    ordered by the keys and then by the row id, all one way: rows with equal keys keep
    the same order from one query to the next, so paging neither repeats nor skips one."""
    order = [column.desc() if descending else column.asc() for column in (*keys, row_id)]
    return stmt.where(*conditions).order_by(*order).offset(offset).limit(limit)
