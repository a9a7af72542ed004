"""Zone data from the pinned tzdata package, always (dpo_desk/domain/zones.py).

The OS's zone files may be years behind Morocco's rules: these tests pin the app's
Africa/Casablanca to the package's, hour by hour, and to the offsets the pinned IANA
release announces. A tzdata bump changes the expected transitions below on purpose
(ARCHITECTURE.md, "Time zone data").
"""

from __future__ import annotations

import ast
import copy
import pickle
import re
import subprocess
import sys
import zoneinfo
from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pytest
import tzdata

from dpo_desk.domain import zones
from dpo_desk.domain.breaches import display, localise, parse_instant, zone_named
from dpo_desk.domain.clock import organisation_zone
from dpo_desk.domain.errors import ValidationError
from dpo_desk.domain.organisation import Organisation

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "dpo_desk"
CASABLANCA = "Africa/Casablanca"

# What IANA 2026f (tzdata==2026.6, requirements/runtime.txt) says for Morocco, as UTC instants
# from which an offset holds: the Ramadan 2026 switch, then UTC+0 for good from
# 2026-09-20 (02:00 at UTC+1 becomes 01:00 at UTC+0). Older data (the OS's tzdata
# 2025b) kept UTC+1 with a switch every Ramadan. Update with the pin.
PINNED_RELEASE = "2026f"
CASABLANCA_2026_2028 = [
    (datetime(2026, 1, 1, tzinfo=UTC), timedelta(hours=1)),
    (datetime(2026, 2, 15, 2, tzinfo=UTC), timedelta(0)),
    (datetime(2026, 3, 22, 2, tzinfo=UTC), timedelta(hours=1)),
    (datetime(2026, 9, 20, 1, tzinfo=UTC), timedelta(0)),
]
START, END = datetime(2026, 1, 1, tzinfo=UTC), datetime(2029, 1, 1, tzinfo=UTC)


def _hours():
    instant = START
    while instant < END:
        yield instant
        instant += timedelta(hours=1)


def _from_package(name: str) -> ZoneInfo:
    """The zone straight from the package's compiled file, without the app's code."""
    area, city = name.split("/")
    with resources.files(f"tzdata.zoneinfo.{area}").joinpath(city).open("rb") as stream:
        return ZoneInfo.from_file(stream, key=name)


def test_casablanca_matches_the_package_hour_by_hour_2026_to_2028():
    app, package = zones.zone(CASABLANCA), _from_package(CASABLANCA)
    different = [
        instant
        for instant in _hours()
        if instant.astimezone(app).utcoffset() != instant.astimezone(package).utcoffset()
    ]
    assert different == []


def test_casablanca_has_the_pinned_releases_offsets_hour_by_hour():
    assert zones.tzdata_version() == PINNED_RELEASE, "tzdata bumped: update the offsets"
    app = organisation_zone()
    wrong = []
    for instant in _hours():
        expected = [offset for since, offset in CASABLANCA_2026_2028 if since <= instant][-1]
        if instant.astimezone(app).utcoffset() != expected:
            wrong.append(instant)
    assert wrong == []


def test_after_20_september_2026_casablanca_is_on_utc():
    casablanca = organisation_zone()
    shown = datetime(2026, 10, 15, 12, 0, tzinfo=UTC).astimezone(casablanca)
    assert (shown.hour, shown.minute, shown.utcoffset()) == (12, 0, timedelta(0))
    assert display(datetime(2026, 10, 15, 12, 0, tzinfo=UTC), CASABLANCA) == (
        "2026-10-15T12:00:00+00:00"
    )
    # Before the change it was still UTC+1.
    assert display(datetime(2026, 6, 1, 12, 0, tzinfo=UTC), CASABLANCA) == (
        "2026-06-01T13:00:00+01:00"
    )


def test_local_times_are_read_with_the_packages_rules():
    casablanca = organisation_zone()
    typed = localise(datetime(2026, 11, 1, 2, 30), casablanca, "aware_at")
    assert typed.astimezone(UTC) == datetime(2026, 11, 1, 2, 30, tzinfo=UTC)
    # Older data moved the clocks forward after Ramadan 2027: no gap any more.
    spring = parse_instant("2027-03-14T02:30", CASABLANCA)
    assert spring.utcoffset() == timedelta(0)
    # The 2026-09-20 change repeats 01:00-01:59: the 72 hours would be an hour off.
    with pytest.raises(ValidationError) as repeated:
        localise(datetime(2026, 9, 20, 1, 30), casablanca, "aware_at")
    assert repeated.value.values["first"] == "+01:00"
    assert repeated.value.values["second"] == "+00:00"


def test_the_version_is_the_pinned_packages():
    assert zones.tzdata_version() == tzdata.IANA_VERSION
    assert re.fullmatch(r"\d{4}[a-z]", zones.tzdata_version())
    lock = (ROOT / "requirements" / "runtime.txt").read_text(encoding="utf-8")
    pinned = re.search(r"^tzdata==(\S+)", lock, re.MULTILINE).group(1)
    assert tzdata.__version__ == pinned, "the venv's tzdata is not requirements/runtime.txt's"


def test_unknown_names_are_refused_as_zoneinfo_would():
    for name in ("Africa/Atlantis", "Africa", "../../etc/passwd", "/etc/localtime", "", "zones"):
        with pytest.raises(ZoneInfoNotFoundError):
            zones.zone(name)
    with pytest.raises(ValidationError):
        zone_named("Africa/Atlantis")
    with pytest.raises(ValidationError):
        Organisation("Reelex SARL", timezone="Africa/Atlantis").validated()
    assert Organisation("Reelex SARL", timezone="Europe/Paris").validated().timezone


def test_a_zone_is_one_object_that_survives_copy_and_pickle():
    casablanca = zones.zone(CASABLANCA)
    assert zones.zone(CASABLANCA) is casablanca
    assert str(casablanca) == CASABLANCA
    moment = datetime(2026, 10, 15, 12, tzinfo=UTC).astimezone(casablanca)
    assert copy.deepcopy(moment).tzinfo is casablanca
    assert pickle.loads(pickle.dumps(moment)).tzinfo is casablanca


def test_zoneinfo_itself_reads_the_package_once_dpo_desk_is_imported():
    assert zoneinfo.TZPATH == ()
    october = datetime(2026, 10, 15, 12, tzinfo=UTC)
    assert october.astimezone(ZoneInfo.no_cache(CASABLANCA)).utcoffset() == timedelta(0)


def test_a_fresh_process_ignores_the_os_zone_files(tmp_path):
    # PYTHONTZPATH points zoneinfo at the OS's files; importing dpo_desk overrides it.
    code = (
        "import zoneinfo, dpo_desk.cli; from datetime import datetime, UTC;"
        "z = zoneinfo.ZoneInfo('Africa/Casablanca');"
        "print(zoneinfo.TZPATH, datetime(2026, 10, 15, 12, tzinfo=UTC).astimezone(z).isoformat())"
    )
    env = {"PYTHONTZPATH": "/usr/share/zoneinfo", "PATH": "/usr/bin:/bin"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "() 2026-10-15T12:00:00+00:00"


def _zone_constructions(path: Path) -> list[str]:
    """``ZoneInfo(...)``, ``zoneinfo.ZoneInfo(...)``, ``ZoneInfo.from_file(...)``,
    ``ZoneInfo.no_cache(...)`` and ``reset_tzpath(...)`` calls, by line."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        names = []
        while isinstance(func, ast.Attribute):
            names.append(func.attr)
            func = func.value
        if isinstance(func, ast.Name):
            names.append(func.id)
        if {"ZoneInfo", "reset_tzpath"} & set(names):
            found.append(f"{node.lineno}: {'.'.join(reversed(names))}")
    return found


def test_no_module_but_zones_builds_a_zoneinfo():
    offenders = {}
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative == "domain/zones.py":
            continue
        if calls := _zone_constructions(path):
            offenders[relative] = calls
    assert offenders == {}, "go through dpo_desk.domain.zones.zone (or organisation_zone)"
