"""Time zones, read from the pinned ``tzdata`` package only, never from the OS.

Why: ``zoneinfo.ZoneInfo(name)`` reads the operating system's zone files first and
only falls back to the ``tzdata`` package when the OS has none. Those files are as
old as the machine's last update. Morocco's rules change at short notice: tzdata 2025b
(Debian's at the time of writing) still has Africa/Casablanca on UTC+1 with Ramadan
switches, while IANA 2026f (the package pinned in requirements/runtime.txt) has it on UTC+0
from 2026-09-20, with no more switches. Read from the OS, every breach time shown after
that date would be an hour off, some typed awareness times would be refused as
"non-existent" and others wrongly accepted. The same build must give the same times
on every computer: the zone data is part of the release (ARCHITECTURE.md, "Time zone
data").

So this module owns zone lookup. :func:`zone` opens the package's compiled file
itself, whatever zoneinfo's search path says; :func:`pin_search_path` (called when
``dpo_desk`` is imported) empties that path so that any other ``ZoneInfo(...)``
(a library's, a test's) falls back to the same package. Nothing else in dpo_desk
constructs a ``ZoneInfo`` (tests/domain/test_zones.py checks the sources).
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Callable
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_PACKAGE = "tzdata"


class _PackagedZone(ZoneInfo):
    """A zone read from the package's file.

    ``ZoneInfo.from_file`` zones refuse to be pickled or deep-copied (a file stream
    cannot be reopened): ``copy.deepcopy`` of an aware datetime, or ``dataclasses.asdict``
    of a record holding one, would raise. This one is rebuilt by name, through the
    cache below, so a copy is the very same zone.
    """

    def __reduce__(self) -> tuple[Callable[[str], ZoneInfo], tuple[str]]:
        return (zone, (self.key,))


@cache
def names() -> frozenset[str]:
    """Every zone name the package holds (its ``zones`` list), e.g. "Africa/Casablanca".

    Checking a name against this list, rather than trying to open it, keeps a typed
    name from reaching a file that is not a zone ("Africa", "../../etc/passwd",
    "__init__.py")."""
    from importlib import resources  # here: `import dpo_desk` pins, and stays cheap

    text = resources.files(_PACKAGE).joinpath("zones").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip())


@cache
def zone(name: str) -> ZoneInfo:
    """The zone ``name`` as the pinned tzdata package defines it.

    Raises ``ZoneInfoNotFoundError`` for a name the package does not hold, as
    ``ZoneInfo(name)`` would. Cached: the same name gives the same object, so two
    datetimes in one zone subtract in wall time as with ``ZoneInfo``'s own cache.
    """
    if not isinstance(name, str) or name not in names():
        raise ZoneInfoNotFoundError(f"No time zone found with key {name}")
    # The file by path from the top-level package, not through the subpackages
    # ``tzdata.zoneinfo.Africa`` that zoneinfo's own fallback imports: only the package
    # and its data files have to be in the frozen build (build.spec collects both).
    from importlib import resources

    data = resources.files(_PACKAGE).joinpath("zoneinfo", *name.split("/"))
    with data.open("rb") as stream:
        return _PackagedZone.from_file(stream, key=name)


def tzdata_version() -> str:
    """The IANA release the package carries, e.g. "2026f" (About dialog, ``dpo-desk info``)."""
    import tzdata

    version: str = tzdata.IANA_VERSION
    return version


def pin_search_path() -> None:
    """Make the stdlib's ``ZoneInfo(name)`` read the tzdata package, never the OS.

    Belt and braces for code that calls ``ZoneInfo`` itself: with an empty search path
    zoneinfo falls back to the package. Zones it already read from the OS's files are
    dropped from its cache; one a module already holds keeps the OS's data, which is
    why the app itself goes through :func:`zone`, whatever the order of imports.
    """
    zoneinfo.reset_tzpath(to=[])
    ZoneInfo.clear_cache()
