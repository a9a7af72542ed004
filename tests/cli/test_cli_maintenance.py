"""backup, restore, rekey and purge, run as a user would: real processes, env passphrases."""

from __future__ import annotations

import hashlib
import json
from datetime import date

import pytest

from dpo_desk.services import register_file
from tests.cli.runner import run_cli
from tests.conftest import TEST_PASSPHRASE
from tests.reliability.casework import clock_at, closed_request

NEW = "une phrase secrète neuve et longue"


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def initialised(tmp_path, register_template):
    path = tmp_path / "reg.dpodesk"
    with register_template.creating():
        result = run_cli("init", "--db", str(path), "--organisation", "Reelex SARL")
    assert result.returncode == 0, result.stderr
    return path


def _one_line(result) -> None:
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_backup_then_restore(initialised, tmp_path):
    out = tmp_path / "copie.dpodesk"
    result = run_cli("backup", "--db", str(initialised), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "vérifiée" in result.stdout and out.exists()
    assert run_cli("verify", "--db", str(out)).returncode == 0

    before = sha256(out)
    again = run_cli("backup", "--db", str(initialised), "--out", str(out))
    assert again.returncode == 4
    _one_line(again)
    assert sha256(out) == before

    new = tmp_path / "restaure.dpodesk"
    result = run_cli("restore", "--from", str(out), "--db", str(new))
    assert result.returncode == 0, result.stderr
    assert "restauré" in result.stdout
    info = json.loads(run_cli("info", "--db", str(new), "--json").stdout)
    assert info["organisation"]["name"] == "Reelex SARL"

    over = run_cli("restore", "--from", str(out), "--db", str(initialised))
    assert over.returncode == 4
    _one_line(over)
    wrong = run_cli(
        "restore", "--from", str(out), "--db", str(tmp_path / "x.dpodesk"), passphrase="mauvaise"
    )
    assert wrong.returncode == 3
    _one_line(wrong)
    missing = run_cli("restore", "--from", str(tmp_path / "absent"), "--db", str(tmp_path / "y"))
    assert missing.returncode == 4
    _one_line(missing)


def test_rekey(initialised):
    result = run_cli("rekey", "--db", str(initialised), env_extra={"DPO_DESK_NEW_PASSPHRASE": NEW})
    assert result.returncode == 0, result.stderr
    assert "changée" in result.stdout
    assert run_cli("verify", "--db", str(initialised)).returncode == 3  # old passphrase
    assert run_cli("verify", "--db", str(initialised), passphrase=NEW).returncode == 0


@pytest.mark.parametrize(
    ("env", "code"),
    [({"DPO_DESK_NEW_PASSPHRASE": "court"}, 6), ({}, 2)],
    ids=["too-short", "no-new-passphrase"],
)
def test_rekey_refusals_change_nothing(initialised, env, code):
    before = sha256(initialised)
    result = run_cli("rekey", "--db", str(initialised), env_extra=env)
    assert result.returncode == code
    _one_line(result)
    assert sha256(initialised) == before
    assert run_cli("verify", "--db", str(initialised)).returncode == 0


def test_purge_dry_run_then_purge(tmp_path, organisation):
    path = tmp_path / "ancien.dpodesk"
    old = clock_at(date(2018, 6, 4))
    register = register_file.create_register(path, TEST_PASSPHRASE, organisation, clock=old)
    try:
        req = closed_request(register, old, requester_name="Ancien Demandeur")
    finally:
        register.close()

    dry = run_cli("purge", "--db", str(path), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert req.reference in dry.stdout and "simulation" in dry.stdout
    listed = json.loads(run_cli("purge", "--db", str(path), "--dry-run", "--json").stdout)
    assert listed["cases"] == [
        {
            "kind": "request",
            "reference": req.reference,
            "closed_on": "2018-06-04",
            "kept_until": "2023-06-04",
        }
    ]
    info = json.loads(run_cli("info", "--db", str(path), "--json").stdout)
    assert info["counts"]["requests"] == 1

    done = run_cli("purge", "--db", str(path), "--anonymise")
    assert done.returncode == 0, done.stderr
    assert "anonymisé" in done.stdout
    shown = json.loads(
        run_cli("request", "show", req.reference, "--db", str(path), "--json").stdout
    )
    assert shown["requester"] == "[anonymisé]"
    assert shown["status"] == "closed"
    again = run_cli("purge", "--db", str(path))
    assert again.returncode == 0 and "Aucun dossier" in again.stdout
    assert run_cli("verify", "--db", str(path)).returncode == 0


def test_verify_names_a_broken_journal(initialised):
    from sqlalchemy import text

    register = register_file.unlock_register(initialised, TEST_PASSPHRASE)
    try:
        with register.write() as conn:
            conn.execute(text("UPDATE audit_log SET actor = 'faussaire' WHERE id = 1"))
    finally:
        register.close()
    result = run_cli("verify", "--db", str(initialised))
    assert result.returncode == 5
    assert "entrée 1" in result.stderr
    _one_line(result)
