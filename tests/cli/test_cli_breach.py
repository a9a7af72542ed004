"""The breach commands of the CLI contract, run as real processes."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from dpo_desk.domain.zones import zone
from tests.cli.runner import run_cli

CASA = zone("Africa/Casablanca")  # the pinned tzdata package's, as in the app


@pytest.mark.parametrize(
    ("aware", "extra", "deadline"),
    [
        # Naive, read in Africa/Casablanca: across 15 Feb 2026 (UTC+1 → UTC+0).
        ("2026-02-13T10:00", [], "2026-02-16T09:00:00+00:00"),
        # Naive, across 22 Mar 2026 (UTC+0 → UTC+1).
        ("2026-03-20T10:00", [], "2026-03-23T11:00:00+01:00"),
        # Aware input keeps its offset; the result is shown in the zone.
        ("2026-03-20T10:00:00+01:00", [], "2026-03-23T10:00:00+01:00"),
        ("2026-03-20T09:00Z", [], "2026-03-23T10:00:00+01:00"),
        # Another zone for reading and printing.
        ("2026-02-13T10:00", ["--tz", "Europe/Paris"], "2026-02-16T10:00:00+01:00"),
        ("2026-03-27T12:00", ["--tz", "Europe/Paris"], "2026-03-30T13:00:00+02:00"),
    ],
)
def test_breach_deadline_needs_no_register(aware, extra, deadline):
    result = run_cli("deadline", "--breach", "--aware-at", aware, *extra, passphrase=None)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == deadline
    # No --regime: nothing says the GDPR applies, so the 72 hours are internal policy.
    assert "politique interne" in lines[1]
    assert "RGPD" not in lines[1] and "art. 33" not in lines[1]
    shown = datetime.fromisoformat(lines[0])
    typed = datetime.fromisoformat(aware.replace("Z", "+00:00"))
    if typed.tzinfo is None:
        typed = typed.replace(tzinfo=zone(extra[1] if extra else "Africa/Casablanca"))
    assert shown - typed == timedelta(hours=72)


def test_breach_deadline_json_and_policy_label():
    result = run_cli(
        "deadline",
        "--breach",
        "--aware-at",
        "2026-02-13T10:00",
        "--regime",
        "law-09-08",
        "--json",
        passphrase=None,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["notify_by"] == "2026-02-16T09:00:00+00:00"
    assert data["notify_by_utc"] == "2026-02-16T09:00:00+00:00"
    assert data["aware_at"] == "2026-02-13T10:00:00+01:00"
    assert (data["basis"], data["rule"]) == ("policy", "policy-72h")
    assert "loi 09-08 ne fixe pas de délai" in data["label"]
    assert [d["duty"] for d in data["duties"]] == ["cndp"]
    assert "RGPD" not in result.stdout and "art. 33" not in result.stdout


def test_breach_deadline_under_the_gdpr_is_legal_and_names_the_eu_authority():
    result = run_cli(
        "deadline",
        "--breach",
        "--aware-at",
        "2026-02-13T10:00",
        "--regime",
        "gdpr",
        "--regime",
        "law-09-08",
        "--json",
        passphrase=None,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["basis"], data["rule"]) == ("law", "gdpr-art-33-1")
    assert [(d["duty"], d["basis"], d["governing"]) for d in data["duties"]] == [
        ("eu_authority", "law", True),
        ("cndp", "policy", False),
    ]


@pytest.mark.parametrize(
    "args",
    [
        ["--breach", "--aware-at", "13/02/2026 10:00"],
        ["--breach", "--aware-at", "2026-02-13"],
        ["--breach", "--aware-at", "2026-03-22T02:30"],  # skipped by the clock change
        ["--breach", "--aware-at", "2026-02-15T02:30"],  # repeated by the clock change
        ["--breach", "--aware-at", "2026-02-13T10:00", "--tz", "Mars/Olympus"],
        ["--breach"],
        ["--breach", "--aware-at", "2026-02-13T10:00", "--received", "2026-02-13"],
        ["--breach", "--aware-at", "2026-02-13T10:00", "--right", "access"],
        ["--aware-at", "2026-02-13T10:00"],
        ["--regime", "gdpr"],
    ],
)
def test_breach_deadline_bad_input_is_one_line(args):
    result = run_cli("deadline", *args, passphrase=None)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


@pytest.fixture
def initialised(tmp_path, register_template):
    path = tmp_path / "breaches.dpodesk"
    with register_template.creating():
        made = run_cli("init", "--db", str(path), "--organisation", "Najhine")
    assert made.returncode == 0, made.stderr
    return path


def _instant(delta: timedelta) -> str:
    return (datetime.now(UTC) + delta).astimezone(CASA).strftime("%Y-%m-%dT%H:%M")


def test_breach_add_list_show(initialised):
    added = run_cli(
        "breach",
        "add",
        "--db",
        str(initialised),
        "--title",
        "Export CSV exposé",
        "--aware-at",
        _instant(-timedelta(hours=20)),
        "--discovered-at",
        _instant(-timedelta(hours=21)),
        "--regime",
        "gdpr",
        "--regime",
        "law-09-08",
    )
    assert added.returncode == 0, added.stderr
    year = datetime.now(CASA).year
    assert added.stdout.strip() == f"VIO-{year}-0001"
    second = run_cli(
        "breach",
        "add",
        "--db",
        str(initialised),
        "--title",
        "Relance en copie visible",
        "--aware-at",
        _instant(-timedelta(hours=80)),
    )
    assert second.stdout.strip() == f"VIO-{year}-0002"
    # No --regime: Law 09-08 is assumed, and the command says so on stderr.
    assert "loi 09-08 est retenue" in second.stderr
    assert added.stderr == ""

    notified = run_cli(
        "breach",
        "notify",
        f"VIO-{year}-0002",
        "--db",
        str(initialised),
        "--authority",
        "cndp",
        "--sent-at",
        _instant(-timedelta(hours=1)),
    )
    assert notified.returncode == 6
    assert "motifs du retard" in notified.stderr
    # Under Law 09-08 alone the CNDP notice is a policy matter: no GDPR article.
    assert "politique interne" in notified.stderr and "RGPD" not in notified.stderr
    notified = run_cli(
        "breach",
        "notify",
        f"VIO-{year}-0002",
        "--db",
        str(initialised),
        "--authority",
        "cndp",
        "--sent-at",
        _instant(-timedelta(hours=1)),
        "--delay-reason",
        "Étendue inconnue avant 78 h",
    )
    assert notified.returncode == 0, notified.stderr

    listed = run_cli("breach", "list", "--db", str(initialised), "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert [r["reference"] for r in rows] == [f"VIO-{year}-0001", f"VIO-{year}-0002"]
    first, late = rows
    for row in rows:
        for key in ("reference", "status", "aware_at", "notify_by", "risk", "notified_at"):
            assert key in row
        aware = datetime.fromisoformat(row["aware_at"])
        assert datetime.fromisoformat(row["notify_by"]) - aware == timedelta(hours=72)
        assert aware.utcoffset() == datetime.now(CASA).utcoffset()  # the org zone
    assert first["status"] == "open" and first["risk"] is None
    assert first["notified_at"] is None
    assert first["countdown"]["level"] == "ok" and first["countdown"]["hours"] in (51, 52)
    assert first["deadline_rule"] == "gdpr-art-33-1"
    assert [(d["duty"], d["state"]) for d in first["duties"]] == [
        ("eu_authority", "pending"),
        ("cndp", "pending"),
        ("dgssi", "undecided"),  # Law 05-20: whether it applies is not decided yet
    ]
    assert late["status"] == "notified" and late["notified_at"] is not None
    assert late["countdown"] is None
    assert late["deadline_rule"] == "policy-72h"
    assert late["deadline_basis"] == "policy"
    assert "RGPD" not in json.dumps(late, ensure_ascii=False)
    assert "art. 33" not in json.dumps(late, ensure_ascii=False)

    open_only = json.loads(
        run_cli("breach", "list", "--db", str(initialised), "--open", "--json").stdout
    )
    assert len(open_only) == 2
    # --search, as the GUI's: in titles and references, ASCII letters in either case.
    found = json.loads(
        run_cli("breach", "list", "--db", str(initialised), "--search", "relance", "--json").stdout
    )
    assert [r["reference"] for r in found] == [f"VIO-{year}-0002"]
    by_reference = run_cli(
        "breach", "list", "--db", str(initialised), "--search", f"vio-{year}-0001", "--json"
    )
    assert [r["reference"] for r in json.loads(by_reference.stdout)] == [f"VIO-{year}-0001"]

    plain = run_cli("breach", "list", "--db", str(initialised))
    assert plain.returncode == 0
    assert "restantes" in plain.stdout and "notifiée le" in plain.stdout

    shown = run_cli("breach", "show", f"vio-{year}-0002", "--db", str(initialised), "--json")
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert data["notifications"][0]["late"] is True
    assert data["notifications"][0]["delay_reason"] == "Étendue inconnue avant 78 h"
    assert [e["kind"] for e in data["timeline"]] == ["discovered", "aware", "notified"]
    assert [h["action"] for h in data["history"]] == ["create", "notify"]

    info = json.loads(run_cli("info", "--db", str(initialised), "--json").stdout)
    assert info["counts"]["breaches"] == 2
    assert info["schema_version"] >= "0003"  # later issues add migrations on top


def test_breach_add_refuses_bad_instants(initialised):
    future = run_cli(
        "breach",
        "add",
        "--db",
        str(initialised),
        "--title",
        "x",
        "--aware-at",
        _instant(timedelta(days=2)),
    )
    assert future.returncode == 6
    assert len(future.stderr.strip().splitlines()) == 1
    order = run_cli(
        "breach",
        "add",
        "--db",
        str(initialised),
        "--title",
        "x",
        "--aware-at",
        _instant(-timedelta(hours=5)),
        "--discovered-at",
        _instant(-timedelta(hours=1)),
    )
    assert order.returncode == 6
    assert "découverte" in order.stderr
    malformed = run_cli(
        "breach", "add", "--db", str(initialised), "--title", "x", "--aware-at", "hier"
    )
    assert malformed.returncode == 2
    missing = run_cli("breach", "show", "VIO-2026-0404", "--db", str(initialised))
    assert missing.returncode == 4
    assert json.loads(run_cli("breach", "list", "--db", str(initialised), "--json").stdout) == []


def test_breach_add_json_says_the_assumed_regime_and_a_cndp_notice_keeps_the_gdpr_clock(
    initialised,
):
    assumed = run_cli(
        "breach",
        "add",
        "--db",
        str(initialised),
        "--title",
        "Sans régime",
        "--aware-at",
        _instant(-timedelta(hours=2)),
        "--json",
    )
    assert assumed.returncode == 0, assumed.stderr
    data = json.loads(assumed.stdout)
    assert data["regime"] == ["law-09-08"] and data["regime_assumed"] is True
    assert data["deadline_basis"] == "policy"
    assert "RGPD" not in assumed.stdout and "art. 33" not in assumed.stdout
    chosen = run_cli(
        "breach",
        "add",
        "--db",
        str(initialised),
        "--title",
        "Clients européens",
        "--aware-at",
        _instant(-timedelta(hours=10)),
        "--regime",
        "gdpr",
        "--regime",
        "law-09-08",
        "--json",
    )
    assert chosen.returncode == 0, chosen.stderr
    both = json.loads(chosen.stdout)
    assert both["regime_assumed"] is False and both["deadline_basis"] == "law"
    notified = run_cli(
        "breach",
        "notify",
        both["reference"],
        "--db",
        str(initialised),
        "--authority",
        "cndp",
        "--sent-at",
        _instant(-timedelta(hours=1)),
    )
    assert notified.returncode == 0, notified.stderr
    assert notified.stdout.split() == [both["reference"], "open"]  # not "notified"
    shown = json.loads(
        run_cli("breach", "show", both["reference"], "--db", str(initialised), "--json").stdout
    )
    assert shown["notified_at"] is None
    assert shown["countdown"]["level"] == "ok"  # the GDPR's 72 hours still run
    duties = {d["duty"]: d for d in shown["duties"]}
    assert duties["eu_authority"]["state"] == "pending" and duties["eu_authority"]["governing"]
    assert duties["cndp"]["state"] == "met" and duties["cndp"]["basis"] == "policy"
    assert shown["notifications"][0]["duty"] == "cndp"
