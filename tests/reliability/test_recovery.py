"""docs/recovery.md works: a register opened and turned into plain SQLite with the raw
sqlcipher3 library, following the recipe, without any DPO Desk code (issue 21, item 10)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import sqlcipher3

from tests.conftest import TEST_PASSPHRASE
from tests.reliability.casework import clock_at, open_request

ROOT = Path(__file__).resolve().parents[2]
RECIPE = ROOT / "docs" / "recovery.md"


def _recipe_settings() -> dict[str, str]:
    """The settings table of the recipe, as written there."""
    settings = {}
    for line in RECIPE.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip().strip("`") for cell in line.strip().strip("|").split("|")]
        if len(cells) == 2 and cells[0].startswith(("cipher_", "kdf_")):
            settings[cells[0]] = cells[1].split(" ")[0]
    return settings


def test_the_recipe_opens_and_exports_a_register(register, register_path, tmp_path):
    open_request(register, clock_at(date(2026, 3, 10)), requester_name="Salma O'Bennani")
    register.close()
    key = TEST_PASSPHRASE.replace("'", "''")  # "a ' inside is written ''"

    conn = sqlcipher3.connect(str(register_path))
    conn.execute(f"PRAGMA key = '{key}'")
    assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # The documented settings are the file's.
    for name, value in _recipe_settings().items():
        assert str(conn.execute(f"PRAGMA {name}").fetchone()[0]) == value, name
    plain = tmp_path / "registre-clair.sqlite"
    conn.execute(f"ATTACH DATABASE '{plain}' AS clair KEY ''")
    conn.execute("SELECT sqlcipher_export('clair')")
    conn.execute("DETACH DATABASE clair")
    conn.close()

    assert plain.read_bytes()[:16] == b"SQLite format 3\x00"
    with sqlite3.connect(plain) as clear:
        names = {row[0] for row in clear.execute("SELECT name FROM sqlite_master")}
        documented = {
            cell.strip("` ")
            for line in RECIPE.read_text(encoding="utf-8").splitlines()
            if line.startswith("| `")
            for cell in line.split("|")[1].split(",")
        }
        tables = {name for name in documented if not name.startswith(("cipher_", "kdf_"))}
        assert tables <= names, tables - names  # every table the page names exists
        rows = clear.execute("SELECT requester_name, due_on FROM rights_request").fetchall()
        assert rows[0][0] == "Salma O'Bennani" and date.fromisoformat(rows[0][1])
        assert clear.execute("SELECT count(*) FROM audit_log").fetchone()[0] > 0


def test_a_wrong_passphrase_reads_as_not_a_database(register, register_path):
    register.close()
    conn = sqlcipher3.connect(str(register_path))
    conn.execute("PRAGMA key = 'pas la bonne'")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master")
    except sqlcipher3.DatabaseError as exc:
        assert "not a database" in str(exc)
    else:
        raise AssertionError("a wrong key read the file")
    finally:
        conn.close()
