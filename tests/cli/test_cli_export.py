"""dpo-desk export, run as a user would: a real process, the passphrase from the env."""

from __future__ import annotations

import os

import openpyxl
import pytest

from tests.cli.runner import run_cli


@pytest.fixture
def initialised(tmp_path, register_template):
    path = tmp_path / "reg.dpodesk"
    with register_template.creating():
        result = run_cli("init", "--db", str(path), "--organisation", "Reelex SARL")
    assert result.returncode == 0, result.stderr
    added = run_cli(
        "request", "add", "--db", str(path), "--regime", "gdpr", "--right", "access",
        "--received", "2026-01-05", "--name", "=HYPERLINK(\"http://x\",\"y\")",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    return path


def _one_line(result) -> None:
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_export_all(initialised, tmp_path):
    out = tmp_path / "registres.xlsx"
    result = run_cli("export", "--db", str(initialised), "--register", "all", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.strip().splitlines()) == 1
    assert "demandes 1" in result.stdout and str(out) in result.stdout
    # The GUI's warning, on stderr: stdout keeps the one line of the result.
    assert "Le fichier Excel exporté ne sera pas chiffré." in result.stderr
    assert "Traceback" not in result.stderr
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[0] == "Page de garde" and "Demandes" in wb.sheetnames
    cell = wb["Demandes"]["F2"]
    assert cell.value == '=HYPERLINK("http://x","y")' and cell.data_type == "s"


def test_refuses_to_overwrite_without_force(initialised, tmp_path):
    out = tmp_path / "r.xlsx"
    out.write_bytes(b"keep me")
    args = ("export", "--db", str(initialised), "--register", "requests", "--out", str(out))
    refused = run_cli(*args)
    assert refused.returncode == 4
    _one_line(refused)  # refused before anything is said about the file
    assert out.read_bytes() == b"keep me"
    forced = run_cli(*args, "--force")
    assert forced.returncode == 0, forced.stderr
    assert openpyxl.load_workbook(out)["Demandes"].max_row == 2


def test_missing_folder_and_directory_target(initialised, tmp_path):
    missing = run_cli(
        "export", "--db", str(initialised), "--register", "requests",
        "--out", str(tmp_path / "nope" / "r.xlsx"),
    )  # fmt: skip
    assert missing.returncode == 4
    _one_line(missing)
    folder = run_cli(
        "export", "--db", str(initialised), "--register", "requests", "--out", str(tmp_path)
    )
    assert folder.returncode == 5
    _one_line(folder)


def test_usage_errors(initialised, tmp_path):
    bad = run_cli(
        "export", "--db", str(initialised), "--register", "everything",
        "--out", str(tmp_path / "x.xlsx"),
    )  # fmt: skip
    assert bad.returncode == 2
    csv = run_cli(
        "export", "--db", str(initialised), "--register", "all", "--out", str(tmp_path / "x.csv")
    )
    assert csv.returncode == 2
    assert not (tmp_path / "x.csv").exists()


def test_wrong_passphrase(initialised, tmp_path):
    out = tmp_path / "r.xlsx"
    result = run_cli(
        "export", "--db", str(initialised), "--register", "all", "--out", str(out),
        passphrase="not the right passphrase at all",
    )  # fmt: skip
    assert result.returncode == 3
    assert not out.exists()
    assert sorted(os.listdir(tmp_path)) == ["reg.dpodesk"] or not any(
        name.endswith((".part", ".tmp")) for name in os.listdir(tmp_path)
    )
