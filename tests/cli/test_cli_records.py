"""The register commands of the CLI contract (activity, processor, transfer), as processes."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from tests.cli.runner import run_cli


@pytest.fixture
def initialised(tmp_path, register_template):
    path = tmp_path / "registers.dpodesk"
    with register_template.creating():
        made = run_cli("init", "--db", str(path), "--organisation", "Najhine")
    assert made.returncode == 0, made.stderr
    return path


def ok(*args) -> str:
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def fails(*args, code: int) -> str:
    result = run_cli(*args)
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return result.stderr


def test_processor_activity_transfer_round_trip(initialised):
    db = ["--db", str(initialised)]
    stripe = ok(
        "processor", "add", *db,
        "--name", "Stripe",
        "--service", "Paiement par carte",
        "--country", "us",
        "--data-category", "financial",
        "--dpa-date", "2025-01-15",
        "--all-clauses",
        "--certification", "PCI DSS",
        "--review-date", (date.today() + timedelta(days=200)).isoformat(),
    ).strip()  # fmt: skip
    mixpanel = ok(
        "processor", "add", *db,
        "--name", "Mixpanel",
        "--country", "US",
        "--clause", "a", "--clause", "security",
        "--review-date", "2020-01-01",
    ).strip()  # fmt: skip
    assert stripe.isdigit() and mixpanel.isdigit()

    activity = ok(
        "activity", "add", *db,
        "--name", "Paiements et facturation",
        "--purpose", "Gérer les abonnements", "--basis", "contract",
        "--purpose", "Prévenir la fraude", "--basis", "legitimate_interests",
        "--justification", "", "--justification", "Protéger les payeurs",
        "--data-category", "identity", "--data-category", "financial",
        "--retention", "financial:10:years:après la transaction (obligations fiscales)",
        "--recipient", "internal:Finance",
        "--security", "encryption",
        "--receipt", "D-443/2022", "--receipt-date", "2022-06-01",
        "--owner", "Finance",
        "--reviewed", (date.today() - timedelta(days=30)).isoformat(),
        "--processor", "stripe", "--processor", mixpanel,
    ).strip()  # fmt: skip
    assert activity.isdigit()

    covered = run_cli(
        "transfer", "add", *db, "--country", "US", "--mechanism", "cndp_authorisation",
        "--processor", "Stripe", "--activity", activity, "--reference", "T-HB-160/2022",
    )  # fmt: skip
    assert covered.returncode == 0, covered.stderr
    assert covered.stderr == ""
    bare = run_cli("transfer", "add", *db, "--country", "US", "--processor", "Mixpanel")
    assert bare.returncode == 0
    assert "mécanisme" in bare.stderr  # flagged at once, but recorded

    activities = json.loads(ok("activity", "list", *db, "--json"))
    (row,) = activities
    assert row["name"] == "Paiements et facturation"
    assert [p["legal_basis"] for p in row["purposes"]] == ["contract", "legitimate_interests"]
    assert row["retention"][0]["text"] == "10 ans après la transaction (obligations fiscales)"
    assert row["cndp"] == {
        "regime": "declaration",
        "receipt": "D-443/2022",
        "receipt_date": "2022-06-01",
    }
    assert {p["name"] for p in row["processors"]} == {"Stripe", "Mixpanel"}
    assert row["transfers"][0]["mechanism"] == "cndp_authorisation"
    assert row["flags"] == []

    processors = {p["name"]: p for p in json.loads(ok("processor", "list", *db, "--json"))}
    assert processors["Stripe"]["countries"] == ["US"]
    assert processors["Stripe"]["dpa"]["signed"] is True  # --dpa-date implies it
    assert processors["Stripe"]["flags"] == []
    kinds = {f["kind"] for f in processors["Mixpanel"]["flags"]}
    assert kinds == {"missing_dpa", "review_overdue", "transfer_without_mechanism"}
    assert processors["Mixpanel"]["activities"][0]["name"] == "Paiements et facturation"

    flagged = json.loads(ok("processor", "list", *db, "--flagged", "--json"))
    assert [p["name"] for p in flagged] == ["Mixpanel"]
    text = ok("processor", "list", *db, "--flagged")
    assert "Mixpanel" in text and "Stripe" not in text and "⚑" in text

    transfers = json.loads(ok("transfer", "list", *db, "--flagged", "--json"))
    assert [(t["country"], t["processor_name"], t["mechanism"]) for t in transfers] == [
        ("US", "Mixpanel", None)
    ]

    shown = json.loads(ok("activity", "show", "paiements et facturation", *db, "--json"))
    assert shown["history"][0]["action"] == "create"
    assert "Paiements et facturation" in ok("activity", "show", activity, *db)
    assert "Stripe" in ok("processor", "show", "Stripe", *db)


def test_end_of_contract(initialised):
    db = ["--db", str(initialised)]
    ok("processor", "add", *db, "--name", "Payzone", "--country", "MA", "--dpa-signed")
    assert "données non réglées" in ok("processor", "end", "Payzone", *db, "--on", "2026-01-31")
    shown = json.loads(ok("processor", "show", "Payzone", *db, "--json"))
    assert shown["status"] == "ended"
    assert [f["kind"] for f in shown["flags"]] == ["data_not_returned"]
    ok("processor", "end", "Payzone", *db, "--on", "2026-01-31", "--outcome", "deleted",
       "--outcome-date", "2026-02-03")  # fmt: skip
    shown = json.loads(ok("processor", "show", "Payzone", *db, "--json"))
    assert (shown["data_outcome"], shown["data_outcome_on"]) == ("deleted", "2026-02-03")
    assert shown["flags"] == []
    fails("processor", "end", "Payzone", *db, "--on", "2026-02-01", code=6)  # already ended


BAD_INPUT = [
    # invalid field values (domain validation): 6
    ("processor add --name X --country USA", 6),
    ("activity add --name X --purpose P --basis legitimate_interests", 6),
    ("activity add --name X --purpose P --basis consent --data-category identity "
     "--retention identity:0:years", 6),
    ("transfer add --country US", 6),  # attached to neither an activity nor a processor
    # records that do not exist: 4
    ("transfer add --country US --processor Stripe", 4),
    ("activity show Inconnu", 4),
    ("processor show 42", 4),
    ("activity add --name X --purpose P --basis consent --processor Personne", 4),
    ("transfer remove 9", 4),
    # usage: 2
    ("activity add --name X --purpose P", 2),  # no --basis
    ("activity add --name X --purpose P --basis consent --retention identity:trois:years", 2),
    ("activity add --name X --purpose P --basis gdpr", 2),
    ("activity add --name X --purpose P --basis consent --recipient fournisseur:Acme", 2),
    ("processor add --name X --clause z", 2),
    ("processor add --name X --dpa-date 15/01/2025", 2),
    ("processor end X --on 2026-01-01 --outcome-date 2026-01-02", 2),
]  # fmt: skip


@pytest.fixture(scope="module")
def untouched(tmp_path_factory, register_template):
    """One empty register for all the refused commands: none of them writes anything."""
    folder = tmp_path_factory.mktemp("refusals")
    path = folder / "refusals.dpodesk"
    # Module scope runs before the per-test isolated config dir: give the init its own.
    with register_template.creating():
        made = run_cli(
            "init", "--db", str(path), "--organisation", "Najhine",
            env_extra={"DPO_DESK_CONFIG_DIR": str(folder / "config")},
        )  # fmt: skip
    assert made.returncode == 0, made.stderr
    return path


@pytest.mark.parametrize(("args", "code"), BAD_INPUT)
def test_bad_input_is_one_line_with_its_exit_code(untouched, args, code):
    fails(*args.split(), "--db", str(untouched), code=code)


def test_duplicate_names_exit_4(initialised):
    db = ["--db", str(initialised)]
    ok("processor", "add", *db, "--name", "Stripe")
    message = fails("processor", "add", *db, "--name", "STRIPE", code=4)
    assert "existe déjà" in message


def test_demo_register_lists_the_seed_processors(tmp_path, register_template):
    path = tmp_path / "demo.dpodesk"
    with register_template.creating():
        ok("demo", "--db", str(path))
    names = {p["name"] for p in json.loads(ok("processor", "list", "--db", str(path), "--json"))}
    assert {"Stripe", "Payzone", "WafaCash", "Google Analytics 4", "Meta Pixel"} <= names
    flagged = json.loads(ok("processor", "list", "--db", str(path), "--flagged", "--json"))
    assert flagged and all(p["flags"] for p in flagged)
    activities = json.loads(ok("activity", "list", "--db", str(path), "--json"))
    assert any(a["minors"] for a in activities)
    info = json.loads(ok("info", "--db", str(path), "--json"))
    assert info["counts"]["activities"] == len(activities)


def test_the_adequacy_list_is_shown_labelled_and_edited(initialised):
    db = ["--db", str(initialised)]
    shown = run_cli("transfer", "adequacy", *db)
    assert shown.returncode == 0 and "FR" in shown.stdout.split()
    assert "465-2013" in shown.stderr  # the shipped default is not the CNDP's list
    changed = json.loads(ok("transfer", "adequacy", *db, "--add", "ch", "--remove", "FR", "--json"))
    assert "CH" in changed["countries"] and "FR" not in changed["countries"]
    assert changed["default"] is False
    assert "XX" in fails("transfer", "adequacy", *db, "--add", "XX", code=6)
    back = json.loads(ok("transfer", "adequacy", *db, "--default", "--json"))
    assert back["default"] is True and "CH" not in back["countries"]
