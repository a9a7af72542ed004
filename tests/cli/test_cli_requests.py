"""The request commands of the CLI contract, run as real processes."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tests.cli.runner import run_cli


@pytest.mark.parametrize(
    ("args", "due", "basis", "rule"),
    [
        # GDPR one month; 31 Jan 2026 + 1 month = 28 Feb (Sat) → Mon 2 Mar.
        (
            ["--regime", "gdpr", "--right", "access", "--received", "2026-01-31"],
            "2026-03-02",
            "law",
            "gdpr-art-12-3",
        ),
        # Extension: 31 Jan → 28 Feb (first month) + 2 months = 28 Apr (Tue), earlier
        # than three months from receipt (30 Apr).
        (
            ["--regime", "gdpr", "--right", "access", "--received", "2026-01-31", "--extended"],
            "2026-04-28",
            "law",
            "gdpr-art-12-3-extended",
        ),
        # 09-08 art. 8: 10 Aug 2026 + 10 = 20 Aug (Revolution day), 21 Aug (Youth day) → Mon 24.
        (
            ["--regime", "law-09-08", "--right", "rectification", "--received", "2026-08-10"],
            "2026-08-24",
            "law",
            "law-09-08-art-8",
        ),
        # 09-08 access: internal policy, 30 calendar days; 1 Jun + 30 = Wed 1 Jul.
        (
            ["--regime", "law-09-08", "--right", "access", "--received", "2026-06-01"],
            "2026-07-01",
            "policy",
            "policy-internal",
        ),
    ],
)
def test_deadline_needs_no_register(args, due, basis, rule):
    plain = run_cli("deadline", *args, passphrase=None)
    assert plain.returncode == 0, plain.stderr
    assert plain.stdout.splitlines()[0] == due
    as_json = run_cli("deadline", *args, "--json", passphrase=None)
    data = json.loads(as_json.stdout)
    assert (data["due"], data["basis"], data["rule"]) == (due, basis, rule)


def test_deadline_json_explains_each_rule():
    # GDPR: 20 Aug 2026 is a Moroccan holiday, not a GDPR one; the later reading is shown.
    gdpr = json.loads(
        run_cli(
            "deadline", "--regime", "gdpr", "--right", "access", "--received", "2026-07-20",
            "--json", passphrase=None,
        ).stdout
    )  # fmt: skip
    assert (gdpr["due"], gdpr["calendar"]) == ("2026-08-20", "gdpr")
    assert [a["due"] for a in gdpr["alternatives"]] == ["2026-08-24"]
    assert "1182/71" in gdpr["notes"][-1]
    # With France's holidays: Ascension, Thu 14 May 2026 → Fri 15.
    france = json.loads(
        run_cli(
            "deadline", "--regime", "gdpr", "--right", "access", "--received", "2026-04-14",
            "--member-state", "FR", "--json", passphrase=None,
        ).stdout
    )  # fmt: skip
    assert france["due"] == "2026-05-15"
    assert france["rolled_over"][0]["day"] == "2026-05-14"
    # 09-08 erasure: art. 8(a), ten clear days, law. Estimated Aïd al-Adha on 28 May.
    erasure = json.loads(
        run_cli(
            "deadline", "--regime", "law-09-08", "--right", "erasure", "--received",
            "2026-05-18", "--json", passphrase=None,
        ).stdout
    )  # fmt: skip
    assert (erasure["due"], erasure["basis"], erasure["rule"]) == (
        "2026-05-28",
        "law",
        "law-09-08-art-8",
    )
    assert any(
        a["due"] == "2026-06-01" and "estimée" in a["reading"] for a in erasure["alternatives"]
    )
    # Portability is not a 09-08 right: a key says so.
    portability = json.loads(
        run_cli(
            "deadline", "--regime", "law-09-08", "--right", "portability", "--received",
            "2026-02-02", "--json", passphrase=None,
        ).stdout
    )  # fmt: skip
    assert portability["rights_not_in_law_09_08"] == ["portability"]
    assert portability["right_in_regime"] is False and portability["basis"] == "policy"
    both = json.loads(
        run_cli(
            "deadline", "--regime", "gdpr", "--regime", "law-09-08", "--right", "portability",
            "--right", "access", "--received", "2026-02-02", "--json", passphrase=None,
        ).stdout
    )  # fmt: skip
    assert len(both["candidates"]) == 4
    assert both["rights_not_in_law_09_08"] == ["portability"]
    text = run_cli(
        "deadline", "--regime", "law-09-08", "--right", "portability", "--received",
        "2026-02-02", passphrase=None,
    ).stdout  # fmt: skip
    assert "Droit non prévu par la loi 09-08 : portability" in text
    assert "RGPD" not in text


def test_deadline_refuses_a_member_state_outside_the_eu():
    result = run_cli(
        "deadline", "--regime", "gdpr", "--right", "access", "--received", "2026-02-02",
        "--member-state", "MA", passphrase=None,
    )  # fmt: skip
    assert result.returncode == 2
    assert "--member-state" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["--regime", "gdpr", "--right", "access", "--received", "31/01/2026"],
        ["--regime", "gdpr", "--right", "oubli", "--received", "2026-01-31"],
        ["--regime", "ccpa", "--right", "access", "--received", "2026-01-31"],
    ],
)
def test_deadline_bad_input_is_one_line(args):
    result = run_cli("deadline", *args, passphrase=None)
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


@pytest.fixture
def initialised(tmp_path, register_template):
    path = tmp_path / "requests.dpodesk"
    with register_template.creating():
        made = run_cli("init", "--db", str(path), "--organisation", "Najhine")
    assert made.returncode == 0, made.stderr
    return path


def add(path, *extra):
    result = run_cli(
        "request", "add", "--db", str(path), "--regime", "law-09-08", "--right", "access", *extra
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_request_add_list_show(initialised):
    today = date.today()
    first = add(
        initialised,
        "--received",
        today.isoformat(),
        "--name",
        "Omar Benjelloun",
        "--email",
        "omar@example.ma",
    )
    second = add(
        initialised, "--received", "2025-01-06", "--name", "سلمى بناني", "--channel", "post"
    )
    assert first.startswith(f"DSR-{today.year}-")
    assert second == "DSR-2025-0001"

    listed = run_cli("request", "list", "--db", str(initialised), "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert {r["reference"] for r in rows} == {first, second}
    for row in rows:
        assert {"reference", "regime", "rights", "status", "received", "due"} <= row.keys()
        assert row["external_reference"] == ""  # none given: only an import sets one
    # Due-date order: the 2025 request comes first, and it is overdue.
    assert rows[0]["reference"] == second and rows[0]["overdue"] is True
    assert rows[0]["regime"] == ["law-09-08"] and rows[0]["rights"] == ["access"]

    overdue = json.loads(
        run_cli("request", "list", "--db", str(initialised), "--overdue", "--json").stdout
    )
    assert [r["reference"] for r in overdue] == [second]

    shown = run_cli("request", "show", second, "--db", str(initialised), "--json")
    data = json.loads(shown.stdout)
    assert data["requester"] == "سلمى بناني"
    assert data["channel"] == "post"
    assert data["history"][0]["action"] == "create"

    text = run_cli("request", "show", first, "--db", str(initialised))
    assert first in text.stdout and "Omar Benjelloun" in text.stdout


def test_request_add_refuses_bad_input_in_one_line(initialised):
    future = run_cli(
        "request",
        "add",
        "--db",
        str(initialised),
        "--regime",
        "gdpr",
        "--right",
        "access",
        "--received",
        "2999-01-01",
        "--name",
        "X",
    )
    assert future.returncode == 6
    assert future.stderr.strip().count("\n") == 0 and "futur" in future.stderr
    email = run_cli(
        "request",
        "add",
        "--db",
        str(initialised),
        "--regime",
        "gdpr",
        "--right",
        "access",
        "--received",
        "2026-01-05",
        "--name",
        "X",
        "--email",
        "x@",
    )
    assert email.returncode == 6 and "e-mail" in email.stderr
    listed = json.loads(run_cli("request", "list", "--db", str(initialised), "--json").stdout)
    assert listed == []


def test_unknown_reference_exits_4(initialised):
    result = run_cli("request", "show", "DSR-2026-0404", "--db", str(initialised))
    assert result.returncode == 4
    assert "DSR-2026-0404" in result.stderr


def test_demo_has_requests_in_every_state(tmp_path, register_template):
    path = tmp_path / "demo.dpodesk"
    with register_template.creating():
        made = run_cli("demo", "--db", str(path))
    assert made.returncode == 0, made.stderr
    rows = json.loads(run_cli("request", "list", "--db", str(path), "--json").stdout)
    statuses = {r["status"] for r in rows}
    assert statuses >= {
        "new",
        "awaiting_identity",
        "in_progress",
        "extended",
        "answered",
        "refused",
        "withdrawn",
        "closed",
    }
    assert any(r["overdue"] for r in rows)
    assert {"gdpr", "law-09-08"} <= {regime for r in rows for regime in r["regime"]}
    again = run_cli("demo", "--db", str(path))
    assert again.returncode == 4  # never overwrites
