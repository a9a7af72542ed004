"""``dpo-desk calendar``: the open deadlines as an .ics file, parsed back with icalendar;
no personal data in it, owner-only, never over a file unless ``--force``."""

from __future__ import annotations

import stat
from datetime import date, datetime, timedelta

import pytest
from icalendar import Calendar

from dpo_desk.domain.breaches.model import BreachIntake, BreachNature
from dpo_desk.domain.records import ContractEnd
from dpo_desk.domain.requests.model import OPEN_STATUSES, RequestIntake
from dpo_desk.domain.requests.workflow import Channel, Regime, Right
from dpo_desk.services import breaches, calendar_feed, requests
from dpo_desk.services import records as book
from tests.cli.runner import run_cli
from tests.services.test_breaches import NONE as UNLIKELY
from tests.services.test_records import activity, processor

NAME = "Zénobie Quillard-Ouazzani"
EMAIL = "zenobie.quillard@exemple.ma"
BREACH_TITLE = "Fuite du dossier de Zénobie Quillard-Ouazzani"
NOTE = "Appelle au 0661-424242"


def _request(register, clock, rights=frozenset({Right.ACCESS})):
    return requests.create_request(
        register,
        RequestIntake(
            regimes=frozenset({Regime.LAW_09_08}),
            rights=rights,
            received_on=date(2026, 3, 2),
            requester_name=NAME,
            channel=Channel.EMAIL,
            requester_email=EMAIL,
            notes=NOTE,
        ),
        clock=clock,
    )


def _breach(register, clock, regimes):
    now = clock.now()
    intake = BreachIntake(
        title=BREACH_TITLE,
        regimes=frozenset(regimes),
        aware_at=now - timedelta(hours=20),
        nature=BreachNature(description=f"{NAME}, {EMAIL}", confidentiality=True),
    )
    return breaches.create_breach(register, intake, clock=clock)


@pytest.fixture
def filled(register, frozen_clock):
    """Two open requests and a withdrawn one; a breach under both regimes and one whose
    notification was decided against; an active processor with a review and a contract
    end, an ended one; an activity whose declaration is to file."""
    open_one = _request(register, frozen_clock)
    _request(register, frozen_clock, frozenset({Right.ERASURE, Right.ACCESS}))
    requests.withdraw(register, _request(register, frozen_clock), clock=frozen_clock)
    both = _breach(register, frozen_clock, (Regime.GDPR, Regime.LAW_09_08))
    waived = _breach(register, frozen_clock, (Regime.LAW_09_08,))
    waived = breaches.assess_risk(register, waived, UNLIKELY, clock=frozen_clock)
    breaches.record_no_notification(
        register, waived, "Données chiffrées, clé intacte.", clock=frozen_clock
    )
    book.save_processor(
        register,
        processor(
            name="Stripe",
            contact=f"{NAME}, {EMAIL}",
            next_review_on=date(2026, 9, 1),
            contract_ends_on=date(2027, 1, 31),
        ),
        clock=frozen_clock,
    )
    ended = book.save_processor(
        register, processor(name="Ancien prestataire", contact=EMAIL), clock=frozen_clock
    )
    book.end_contract(register, ended, ContractEnd(date(2026, 3, 1)), clock=frozen_clock)
    act = book.save_activity(register, activity(), clock=frozen_clock)
    return {"request": open_one, "breach": both, "activity": act}


def events(data: bytes) -> dict:
    calendar = Calendar.from_ical(data)
    return {str(c["UID"]): c for c in calendar.walk() if c.name in ("VEVENT", "VTODO")}


def owner_only(path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_calendar_holds_the_open_deadlines(filled, register, tmp_path):
    out = tmp_path / "echeances.ics"
    done = run_cli("calendar", "--db", register.path, "--out", out)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Calendrier écrit : {out} (2 demande(s), 2 notification(s)")
    assert owner_only(out)
    found = events(out.read_bytes())
    domain = f"@{register.register_uuid}.dpodesk"
    request, breach, act = filled["request"], filled["breach"], filled["activity"]
    kinds = sorted(uid.split("@")[0].split("-", 1)[0] for uid in found)
    # 2 open requests (not the withdrawn one), 2 notices owed by the breach under both
    # regimes (none by the one decided against), Stripe's review and contract end (not
    # the ended processor's), the activity's declaration.
    assert kinds == ["breach"] * 2 + ["filing"] + ["processor"] * 2 + ["request"] * 2
    due = found[f"request-{request.id}-due{domain}"]
    assert str(due["SUMMARY"]) == f"{request.reference} — échéance (droit d'accès)"
    assert due.decoded("DTSTART") == request.due_on
    eu = found[f"breach-{breach.id}-eu_authority{domain}"]
    assert str(eu["SUMMARY"]).startswith(f"{breach.reference} — notification 72 h (")
    assert eu.decoded("DTSTART") == breach.notify_by
    assert found[f"breach-{breach.id}-cndp{domain}"].decoded("DTSTART") == breach.notify_by
    review = [c for uid, c in found.items() if uid.startswith("processor-") and "review" in uid]
    assert str(review[0]["SUMMARY"]) == "Revue du sous-traitant Stripe"
    assert review[0].decoded("DTSTART") == date(2026, 9, 1)
    todo = found[f"filing-{act.id}-declaration{domain}"]
    assert todo.name == "VTODO" and "DUE" not in todo
    assert "Paiements et facturation" in str(todo["SUMMARY"])


def test_no_personal_data_reaches_the_file(filled, register, tmp_path):
    out = tmp_path / "echeances.ics"
    assert run_cli("calendar", "--db", register.path, "--out", out).returncode == 0
    data = out.read_bytes()
    text = Calendar.from_ical(data).to_ical().decode()  # unfolded, unescaped once more
    for secret in (NAME, EMAIL, BREACH_TITLE, NOTE, "Zénobie", "Quillard", "0661"):
        assert secret.encode() not in data
        assert secret not in text
    assert b"Stripe" in data  # a processor's name is the organisation's, not a person's


def test_uids_are_stable_from_one_export_to_the_next(filled, register, tmp_path):
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    assert run_cli("calendar", "--db", register.path, "--out", first).returncode == 0
    assert run_cli("calendar", "--db", register.path, "--out", second).returncode == 0
    assert set(events(first.read_bytes())) == set(events(second.read_bytes()))
    assert len(events(first.read_bytes())) == 7


def test_the_file_is_not_encrypted_and_says_so(filled, register, tmp_path):
    done = run_cli("calendar", "--db", register.path, "--out", tmp_path / "e.ics")
    assert calendar_feed.unencrypted_warning() in done.stderr
    assert "ne sera pas chiffré" in done.stderr


def test_an_existing_file_is_kept_unless_forced(register, tmp_path):
    out = tmp_path / "agenda.ics"
    out.write_bytes(b"the DPO's own calendar")
    done = run_cli("calendar", "--db", register.path, "--out", out)
    assert done.returncode == 4
    assert "existe déjà" in done.stderr
    assert out.read_bytes() == b"the DPO's own calendar"
    out.chmod(0o644)
    forced = run_cli("calendar", "--db", register.path, "--out", out, "--force")
    assert forced.returncode == 0, forced.stderr
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert owner_only(out)


def test_only_an_ics_name_and_an_existing_folder_are_taken(register, tmp_path):
    wrong = run_cli("calendar", "--db", register.path, "--out", tmp_path / "e.txt")
    assert wrong.returncode == 2 and ".ics" in wrong.stderr
    missing = run_cli("calendar", "--db", register.path, "--out", tmp_path / "no" / "e.ics")
    assert missing.returncode == 4 and "n'existe pas" in missing.stderr
    assert not (tmp_path / "e.txt").exists() and not (tmp_path / "no").exists()


def test_an_empty_register_gives_an_empty_calendar(register, tmp_path):
    out = tmp_path / "vide.ics"
    done = run_cli("calendar", "--db", register.path, "--out", out)
    assert done.returncode == 0, done.stderr
    assert events(out.read_bytes()) == {}
    assert "0 demande(s)" in done.stdout


def test_the_service_reads_only_open_requests_in_sql(filled, register, frozen_clock, monkeypatch):
    from dpo_desk.storage import requests as repo

    seen = []
    real = repo.open_due_dates

    def spy(conn):
        rows = real(conn)
        seen.append(rows)
        return rows

    monkeypatch.setattr(repo, "open_due_dates", spy)
    feed = calendar_feed.produce(register, clock=frozen_clock)
    assert feed.counts == {"requests": 2, "breaches": 2, "processors": 2, "filings": 1}
    # One query, and only the open requests come out of it (the closed one stays behind).
    assert len(seen) == 1 and len(seen[0]) == 2
    with register.read() as conn:
        assert {r.status for r in repo.list_rows(conn, repo.RequestFilter())} - OPEN_STATUSES
    stamp = Calendar.from_ical(feed.content).walk("VEVENT")[0].decoded("DTSTAMP")
    assert stamp == datetime(2026, 3, 10, 9, 30, tzinfo=stamp.tzinfo) == frozen_clock.now()


def test_summaries_follow_the_translation_given(filled, register, frozen_clock):
    english = {
        calendar_feed.PROCESSOR_REVIEW: "Review of processor {name}",
        calendar_feed.CALENDAR_NAME: "DPO Desk — deadlines",
        calendar_feed.REQUEST_DUE: "{reference} due ({rigths})",  # a translator's slip
    }

    def translate(context, text):
        return english.get(text, text) if context == "CalendarFeed" else text

    feed = calendar_feed.produce(register, clock=frozen_clock, translate=translate)
    summaries = {str(c["SUMMARY"]) for c in events(feed.content).values()}
    assert "Review of processor Stripe" in summaries
    assert str(Calendar.from_ical(feed.content)["X-WR-CALNAME"]) == "DPO Desk — deadlines"
    # The broken translation falls back on the French sentence, not on a crash.
    assert "DSR-2026-0001 — échéance (droit d'accès)" in summaries
