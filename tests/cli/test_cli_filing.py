"""``dpo-desk filing``: list (text and --json), prepare (PDF/XLSX, never over a file),
record (validated, journalled), on a copy of the demo register; and the register's
new art. 15 options (init, activity add, transfer add)."""

from __future__ import annotations

import json
import os
import stat
from datetime import date
from pathlib import Path

import pytest

from tests.cli.runner import run_cli
from tests.conftest import TEST_PASSPHRASE, make_frozen_clock

ACTIVITY = "Comptes élèves et parcours d'apprentissage"


@pytest.fixture(scope="module")
def demo_bytes(tmp_path_factory) -> bytes:
    from dpo_desk.services.demo import build_demo

    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as patcher:
        # Its seal goes to a config folder of its own, never the user's.
        patcher.setenv("DPO_DESK_CONFIG_DIR", str(folder / "config"))
        register = build_demo(folder / "demo.dpodesk", TEST_PASSPHRASE, clock=make_frozen_clock())
        register.close()
    return (folder / "demo.dpodesk").read_bytes()


@pytest.fixture
def demo(tmp_path, demo_bytes) -> list[str]:
    path = tmp_path / "demo.dpodesk"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(demo_bytes)
    return ["--db", str(path)]


def ok(*args) -> str:
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def fails(*args, code: int) -> str:
    result = run_cli(*args)
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    return result.stderr


def test_list_json_shape(demo):
    listed = json.loads(ok("filing", "list", *demo, "--json"))
    assert listed and {"activity", "id", "formalities", "missing"} <= set(listed[0])
    by_name = {entry["activity"]: entry for entry in listed}
    pupils = by_name[ACTIVITY]
    kinds = [f["kind"] for f in pupils["formalities"]]
    assert kinds == ["declaration", "transfer"]
    declaration, transfer = pupils["formalities"]
    assert declaration["form"] == "F211"
    assert declaration["status"] == "change_to_declare"
    assert declaration["receipt"]["number"] == "D-W-318/2025"
    assert date.fromisoformat(declaration["receipt"]["date"])
    assert transfer == {**transfer, "form": "F118", "status": "to_file", "receipt": None}
    assert all(isinstance(r, str) and r for r in transfer["reasons"])
    assert all(isinstance(m, str) for m in pupils["missing"])
    for entry in listed:
        for formality in entry["formalities"]:
            assert formality["kind"] in ("declaration", "authorisation", "transfer")
            assert formality["status"] in (
                "to_file", "filed", "granted", "change_to_declare", "ended"
            )  # fmt: skip


def test_list_text(demo):
    out = ok("filing", "list", *demo)
    assert ACTIVITY in out and "F118" in out and "Modification à déclarer" in out


def test_prepare_writes_a_private_pdf_and_never_overwrites(demo, tmp_path):
    out = tmp_path / "dossier.pdf"
    printed = ok("filing", "prepare", ACTIVITY, *demo, "--lang", "fr", "--out", str(out))
    assert printed.strip() == str(out)
    assert out.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    before = out.read_bytes()
    fails("filing", "prepare", ACTIVITY, *demo, "--out", str(out), code=4)
    assert out.read_bytes() == before


def test_prepare_xlsx_arabic_and_bad_extension(demo, tmp_path):
    out = tmp_path / "dossier.xlsx"
    ok("filing", "prepare", ACTIVITY, *demo, "--lang", "ar", "--out", str(out))
    assert out.read_bytes().startswith(b"PK")
    stderr = fails("filing", "prepare", ACTIVITY, *demo, "--out", str(tmp_path / "d.doc"), code=2)
    assert ".pdf" in stderr
    assert not (tmp_path / "d.doc").exists()


def test_prepare_unknown_activity(demo, tmp_path):
    out = tmp_path / "none.pdf"
    fails("filing", "prepare", "Pas de tel traitement", *demo, "--out", str(out), code=4)
    assert not out.exists()


def _pupils(demo) -> dict:
    listed = json.loads(ok("filing", "list", *demo, "--json"))
    return next(entry for entry in listed if entry["activity"] == ACTIVITY)


def test_record_changes_status_and_journals_it(demo):
    printed = ok(
        "filing", "record", ACTIVITY, *demo,
        "--kind", "transfer", "--status", "filed",
        "--filed-on", "2025-12-01", "--channel", "portal", "--note", "Dépôt en ligne",
    )  # fmt: skip
    assert "transfer filed" in printed
    transfer = _pupils(demo)["formalities"][1]
    assert transfer["status"] == "filed" and transfer["filed_on"] == "2025-12-01"
    assert transfer["channel"] == "portal"
    activity_id = _pupils(demo)["id"]
    shown = json.loads(ok("activity", "show", str(activity_id), *demo, "--json"))
    entry = [h for h in shown["history"] if h["action"] == "filing"][-1]  # oldest first
    assert entry["changes"]["formality"] == "transfer"
    assert entry["changes"]["status"] == ["to_file", "filed"]


def test_record_refuses_a_grant_without_receipt(demo):
    stderr = fails(
        "filing", "record", ACTIVITY, *demo, "--kind", "transfer", "--status", "granted", code=6
    )
    assert "récépissé" in stderr
    assert _pupils(demo)["formalities"][1]["status"] == "to_file"  # nothing saved


def test_record_bad_date_and_bad_status_are_usage_errors(demo):
    fails(
        "filing", "record", ACTIVITY, *demo, "--kind", "transfer", "--status", "filed",
        "--filed-on", "05/01/2026", code=2,
    )  # fmt: skip
    fails("filing", "record", ACTIVITY, *demo, "--kind", "x", "--status", "filed", code=2)


def test_new_register_options(tmp_path, register_template):
    path = tmp_path / "r.dpodesk"
    with register_template.creating():
        made = run_cli(
            "init", "--db", str(path), "--organisation", "Acme Europe",
            "--legal-identifiers", "RC 123, ICE 456", "--signatory", "Nadia Alami",
            "--signatory-title", "Gérante", "--not-established-in-morocco",
            "--representative", "Cabinet X, Rabat", "--gdpr",
        )  # fmt: skip
    assert made.returncode == 0, made.stderr
    db = ["--db", str(path)]
    activity = ok(
        "activity", "add", *db, "--name", "Recrutement", "--purpose", "Recruter",
        "--basis", "contract", "--interconnections", "Fichier paie",
        "--collected-for", "Gestion RH",
    ).strip()  # fmt: skip
    ok(
        "transfer", "add", *db, "--country", "US", "--activity", activity,
        "--law-exception", "express_consent",
    )  # fmt: skip
    shown = json.loads(ok("activity", "show", activity, *db, "--json"))
    assert shown["interconnections"] == "Fichier paie"
    assert shown["collected_for"] == "Gestion RH"
    assert shown["transfers"][0]["law_exception"] == "express_consent"
    listed = json.loads(ok("filing", "list", *db, "--json"))
    kinds = [f["kind"] for f in listed[0]["formalities"]]
    assert kinds == ["authorisation"]  # interconnection; the transfer rests on consent

    from dpo_desk.services import register_file
    from dpo_desk.storage.database import open_register

    register = open_register(Path(path), TEST_PASSPHRASE)
    try:
        org = register_file.load_organisation(register)
    finally:
        register.close()
    assert org is not None
    assert (org.legal_identifiers, org.signatory_name, org.signatory_title) == (
        "RC 123, ICE 456", "Nadia Alami", "Gérante",
    )  # fmt: skip
    assert not org.established_in_morocco and org.representative == "Cabinet X, Rabat"
    assert org.gdpr_applies
