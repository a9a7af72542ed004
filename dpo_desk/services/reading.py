"""Two shapes most service reads take: a storage query run in one read transaction
(:func:`in_read`), and a lookup that names what is missing (:func:`read_one`).

A read transaction is a consistent snapshot under WAL (``Register.read``): a count and
the page it goes with, or an entry and the rows hanging off it, are read together.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy import Connection

from dpo_desk.domain.errors import NotFound
from dpo_desk.storage.database import Register

_P = ParamSpec("_P")
_T = TypeVar("_T")


def in_read(
    register: Register,
    query: Callable[Concatenate[Connection, _P], _T],
    *args: _P.args,
    **kwargs: _P.kwargs,
) -> _T:
    """``query(conn, *args, **kwargs)`` in one read transaction of ``register``."""
    with register.read() as conn:
        return query(conn, *args, **kwargs)


def read_one(
    register: Register,
    fetch: Callable[[Connection], _T | None],
    missing: Callable[[], NotFound],
) -> _T:
    """What ``fetch`` finds in one read transaction; else the error ``missing`` makes
    (built only then: a found entry costs no message formatting)."""
    with register.read() as conn:
        found = fetch(conn)
    if found is None:
        raise missing()
    return found
