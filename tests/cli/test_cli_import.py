"""dpo-desk import, run as a user would: a real process, the passphrase from the env."""

from __future__ import annotations

import openpyxl
import pytest

from tests.cli.runner import run_cli


@pytest.fixture
def initialised(tmp_path, register_template):
    path = tmp_path / "reg.dpodesk"
    with register_template.creating():
        result = run_cli("init", "--db", str(path), "--organisation", "Reelex SARL")
    assert result.returncode == 0, result.stderr
    return path


def _xlsx(path, rows):
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


GOOD = [
    ["Sous-traitant", "Prestation", "Pays"],
    ["Atlas Paie", "Paie", "MA"],
    ["Nord", "Cloud", "FR"],
]


def _count(db) -> int:
    listed = run_cli("processor", "list", "--db", str(db))
    assert listed.returncode == 0, listed.stderr
    return sum(name in listed.stdout for name in ("Atlas Paie", "Nord"))


def test_invalid_row_writes_nothing_then_skip(initialised, tmp_path):
    path = _xlsx(tmp_path / "st.xlsx", [*GOOD, ["Mauvais", "x", "ZZ"]])
    args = ("import", "--db", str(initialised), "--register", "processors", str(path))
    refused = run_cli(*args)
    assert refused.returncode == 6
    assert "Sheet, ligne 4, colonne C (Pays)" in refused.stdout
    assert "Rien n'a été importé" in refused.stdout
    assert _count(initialised) == 0
    dry = run_cli(*args, "--skip-invalid", "--dry-run")
    assert dry.returncode == 0 and "Simulation" in dry.stdout
    assert _count(initialised) == 0
    done = run_cli(*args, "--skip-invalid")
    assert done.returncode == 0, done.stderr
    assert "2 créé(s), 0 mis à jour, 1 ignoré(s)" in done.stdout
    assert _count(initialised) == 2
    again = run_cli(*args, "--skip-invalid", "--on-duplicate", "update")
    assert "0 créé(s), 0 mis à jour, 3 ignoré(s)" in again.stdout  # nothing changed


def test_not_an_xlsx_one_sentence(initialised, tmp_path):
    path = tmp_path / "faux.xlsx"
    path.write_bytes(b"plain text, not a workbook")
    result = run_cli("import", "--db", str(initialised), "--register", "activities", str(path))
    assert result.returncode == 6
    assert result.stderr.strip() == "Ce fichier n'est pas un classeur Excel (.xlsx)."
