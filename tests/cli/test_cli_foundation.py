"""The CLI contract, run as a user would, the passphrase from the env: in this process,
and, for the entry point, exit statuses and the passphrase's sources, as a real process."""

from __future__ import annotations

import hashlib
import json

import pytest

from tests.cli.runner import run_cli, run_cli_process
from tests.conftest import TEST_PASSPHRASE

INIT = (
    "--organisation",
    "Reelex SARL",
    "--dpo-name",
    "Amina Idrissi",
    "--dpo-email",
    "dpo@reelex.ma",
)


@pytest.fixture
def initialised(tmp_path, register_template):
    """A register made by ``init`` (from the session's template: see tests/conftest.py)."""
    path = tmp_path / "reg.dpodesk"
    with register_template.creating():
        result = run_cli("init", "--db", str(path), *INIT)
    assert result.returncode == 0, result.stderr
    return path


def test_version():
    # The entry point itself: `python -m dpo_desk`.
    result = run_cli_process("--version", passphrase=None)
    assert result.returncode == 0
    assert result.stdout.startswith("dpo-desk ")


def test_init_info_verify(tmp_path):
    # End to end, as processes: a new file with its own key derivation and migrations.
    path = tmp_path / "reg.dpodesk"
    init = run_cli_process("init", "--db", str(path), *INIT)
    assert init.returncode == 0, init.stderr
    info = run_cli_process("info", "--db", str(path), "--json")
    assert info.returncode == 0, info.stderr
    data = json.loads(info.stdout)
    assert data["organisation"]["name"] == "Reelex SARL"
    assert data["organisation"]["dpo_email"] == "dpo@reelex.ma"
    assert data["schema_version"]
    assert data["counts"]["audit_entries"] >= 1
    verify = run_cli_process("verify", "--db", str(path))
    assert verify.returncode == 0, verify.stderr
    assert verify.stdout.strip() == "ok"


def test_info_names_the_zone_data_release(initialised):
    # Every time shown depends on it (dpo_desk/domain/zones.py): support needs to see it.
    from dpo_desk.domain.zones import tzdata_version

    data = json.loads(run_cli("info", "--db", str(initialised), "--json").stdout)
    assert data["tzdata"] == tzdata_version()
    text = run_cli("info", "--db", str(initialised)).stdout
    assert f"Données de fuseaux : IANA {tzdata_version()}" in text


def test_file_is_encrypted_on_disk(initialised):
    data = initialised.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert b"Reelex" not in data
    assert b"dpo@reelex.ma" not in data


def test_wrong_passphrase_one_line_nonzero_file_unchanged(initialised):
    before = hashlib.sha256(initialised.read_bytes()).hexdigest()
    result = run_cli_process("info", "--db", str(initialised), passphrase="a wrong passphrase")
    assert result.returncode == 3
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert hashlib.sha256(initialised.read_bytes()).hexdigest() == before


def test_passphrase_file_is_read(initialised, tmp_path):
    secret = tmp_path / "pass.txt"
    secret.write_text(TEST_PASSPHRASE + "\n", encoding="utf-8")
    result = run_cli_process(
        "verify", "--db", str(initialised), "--passphrase-file", str(secret), passphrase=None
    )
    assert result.returncode == 0, result.stderr


def test_no_passphrase_without_a_terminal_is_a_clear_error(initialised):
    # A real process, its stdin /dev/null: no terminal to ask on.
    result = run_cli_process("info", "--db", str(initialised), passphrase=None)
    assert result.returncode == 2
    assert "DPO_DESK_PASSPHRASE" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_init_refuses_existing_path_and_short_passphrase(initialised, tmp_path):
    before = initialised.read_bytes()
    again = run_cli("init", "--db", str(initialised), "--organisation", "X")
    assert again.returncode == 4
    assert initialised.read_bytes() == before
    short = run_cli(
        "init", "--db", str(tmp_path / "new.dpodesk"), "--organisation", "X", passphrase="too short"
    )
    assert short.returncode == 6
    assert not (tmp_path / "new.dpodesk").exists()


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("info", "--db", "/nonexistent/reg.dpodesk"), 4),
        (("info",), 2),
        (("frobnicate",), 2),
    ],
)
def test_errors_are_one_line_without_traceback(args, code):
    result = run_cli(*args)
    assert result.returncode == code
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_non_register_file(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("hello", encoding="utf-8")
    result = run_cli("verify", "--db", str(path))
    assert result.returncode == 3
    assert "n'est pas un registre" in result.stderr


def test_invalid_email_is_refused_before_any_file_is_written(tmp_path):
    path = tmp_path / "bad.dpodesk"
    result = run_cli(
        "init", "--db", str(path), "--organisation", "X", "--dpo-email", "not-an-email"
    )
    assert result.returncode == 6
    assert "e-mail" in result.stderr
    assert not path.exists()
