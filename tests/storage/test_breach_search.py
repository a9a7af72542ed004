"""The breach list's search (issue 25): part of the reference or the title, in SQL, with
what was typed matched as text (LIKE's ``%`` and ``_`` are no wildcards)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from dpo_desk.storage import breaches as repo
from dpo_desk.storage.breaches import BreachFilter, like_pattern

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
TITLES = {
    "VIO-2026-0001": "Rançongiciel : 100% des postes chiffrés",
    "VIO-2026-0002": "Export CSV envoyé à un tiers",
    "VIO-2026-0003": "Fichier eleves_2026 publié",
    "VIO-2026-0004": "Élèves : liste affichée",
    "VIO-2026-0005": "Chemin C:\\partage exposé",
}


@pytest.fixture
def stored(register):
    with register.write() as conn:
        for reference, title in TITLES.items():
            aware = NOW - timedelta(hours=2)
            repo.insert_breach(
                conn,
                {
                    "reference": reference,
                    "title": title,
                    "under_gdpr": True,
                    "under_law_09_08": False,
                    "status": "open",
                    "discovered_at": aware,
                    "aware_at": aware,
                    "notify_by": aware + timedelta(hours=72),
                    "deadline_rule": "gdpr-art-33-1",
                    "created_at": NOW,
                    "updated_at": NOW,
                },
            )
    return register


def found(register, search: str, **criteria) -> list[str]:
    flt = BreachFilter(search=search, **criteria)
    with register.read() as conn:
        rows = repo.list_rows(conn, flt)
        assert repo.count_rows(conn, flt) == len(rows)
    return sorted(row.reference for row in rows)


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("", sorted(TITLES)),
        ("   ", sorted(TITLES)),
        ("csv", ["VIO-2026-0002"]),  # any case
        ("EXPORT", ["VIO-2026-0002"]),
        ("vio-2026-0003", ["VIO-2026-0003"]),  # the reference, typed in lower case
        ("0004", ["VIO-2026-0004"]),
        ("Élèves", ["VIO-2026-0004"]),  # non-ASCII letters as typed
        ("100%", ["VIO-2026-0001"]),
        ("0%d", []),  # not "0", anything, "d": the percent sign is a character
        ("eleves_", ["VIO-2026-0003"]),
        ("ier_eleves", []),  # the underscore is a character, not "any one" (a space)
        ("C:\\partage", ["VIO-2026-0005"]),  # the escape character itself
        ("tablette", []),
    ],
)
def test_search_matches_reference_or_title_as_typed(stored, search, expected):
    assert found(stored, search) == expected


def test_search_combines_with_the_other_criteria(stored):
    with stored.write() as conn:
        conn.exec_driver_sql(
            "UPDATE breach SET status = 'closed' WHERE reference = 'VIO-2026-0002'"
        )
    assert found(stored, "csv") == ["VIO-2026-0002"]
    assert found(stored, "csv", open_only=True) == []


def test_like_pattern_escapes_wildcards():
    assert like_pattern(" 50%_x\\ ") == "%50\\%\\_x\\\\%"
    assert like_pattern("ABC É") == "%abc É%"  # folded as SQLite's lower(): ASCII only
