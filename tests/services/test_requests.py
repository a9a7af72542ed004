"""Rights-request use cases: intake, deadlines kept in step, workflow, journal, attachments.

The frozen clock stands on Tuesday 10 March 2026, 09:30 UTC (10:30 in Casablanca,
UTC+1 outside Ramadan). Expected dates below are worked out by hand from the rules,
not read back from the engine.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text

from dpo_desk.domain.clock import FixedClock
from dpo_desk.domain.deadlines import DeadlinePolicy, ExtensionNotAvailable, LateExtension
from dpo_desk.domain.errors import Conflict, InvalidTransition, ValidationError
from dpo_desk.domain.letters import CaseKind
from dpo_desk.domain.requests.model import RequesterRole, RequestIntake
from dpo_desk.domain.requests.workflow import (
    Channel,
    IdentityStatus,
    RefusalReason,
    Regime,
    RequestStatus,
    Right,
)
from dpo_desk.services import attachments
from dpo_desk.services import requests as svc
from dpo_desk.storage import audit
from dpo_desk.storage.requests import RequestFilter

GDPR = frozenset({Regime.GDPR})
LAW = frozenset({Regime.LAW_09_08})


def intake(**overrides) -> RequestIntake:
    values = dict(
        regimes=LAW,
        rights=frozenset({Right.ACCESS}),
        received_on=date(2026, 3, 2),
        requester_name="Yassine El Amrani",
        requester_email="yassine.elamrani@example.ma",
        channel=Channel.EMAIL,
        notes="Demande copie de ses scores et badges.",
    )
    values.update(overrides)
    return RequestIntake(**values)


def at(day: date) -> FixedClock:
    return FixedClock(datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC))


def journal(register, reference):
    with register.read() as conn:
        return audit.entries_for(conn, "request", reference)


# ----------------------------------------------------------------------------- intake


def test_create_assigns_reference_and_governing_deadline(register, frozen_clock):
    first = svc.create_request(register, intake(), clock=frozen_clock)
    second = svc.create_request(
        register,
        intake(rights=frozenset({Right.RECTIFICATION}), requester_name="Salma Bennani"),
        clock=frozen_clock,
    )
    assert first.reference == "DSR-2026-0001"
    assert second.reference == "DSR-2026-0002"
    # 09-08 access: no number in the law, internal policy of 30 days: 2 Mar + 30 = 1 Apr (Wed).
    assert (first.due_on, first.due_basis, first.due_rule) == (
        date(2026, 4, 1),
        "policy",
        "policy-internal",
    )
    # 09-08 art. 8 rectification: ten clear days, 2 Mar + 10 = Thu 12 Mar.
    assert (second.due_on, second.due_basis) == (date(2026, 3, 12), "law")
    assert first.status is RequestStatus.NEW


def test_both_regimes_earlier_date_governs_and_names_its_regime(register, frozen_clock):
    req = svc.create_request(
        register, intake(regimes=frozenset({Regime.GDPR, Regime.LAW_09_08})), clock=frozen_clock
    )
    # GDPR: 2 Apr; policy: 1 Apr. The earlier one governs and says where it comes from.
    assert req.due_on == date(2026, 4, 1)
    assert req.due_regime is Regime.LAW_09_08
    candidates = svc.explain_deadline(register, req, clock=frozen_clock)
    assert [c.due for c in candidates] == [date(2026, 4, 1), date(2026, 4, 2)]


def test_reference_numbers_keep_growing_past_9999(register, frozen_clock):
    a = svc.create_request(register, intake(), clock=frozen_clock)
    b = svc.create_request(register, intake(), clock=frozen_clock)
    with register.write() as conn:
        conn.execute(
            text("UPDATE rights_request SET reference='DSR-2026-9999' WHERE id=:i"), {"i": a.id}
        )
        conn.execute(
            text("UPDATE rights_request SET reference='DSR-2026-10000' WHERE id=:i"), {"i": b.id}
        )
    c = svc.create_request(register, intake(), clock=frozen_clock)
    assert c.reference == "DSR-2026-10001"


def test_references_restart_each_year_of_receipt(register, frozen_clock):
    svc.create_request(register, intake(), clock=frozen_clock)
    old = svc.create_request(register, intake(received_on=date(2025, 12, 30)), clock=frozen_clock)
    assert old.reference == "DSR-2025-0001"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"received_on": date(2026, 3, 11)}, "received_on"),  # tomorrow in Casablanca
        ({"requester_email": "pas-une-adresse"}, "requester_email"),
        ({"rights": frozenset()}, "rights"),
        ({"regimes": frozenset()}, "regimes"),
        ({"requester_name": "   "}, "requester_name"),
        ({"notes": "x" * 100_001}, "notes"),
    ],
)
def test_invalid_intake_is_refused_and_nothing_is_stored(register, frozen_clock, changes, field):
    with pytest.raises(ValidationError) as caught:
        svc.create_request(register, intake(**changes), clock=frozen_clock)
    assert caught.value.field == field
    assert svc.count_requests(register, RequestFilter()) == 0


def test_markup_and_formula_text_are_stored_verbatim(register, frozen_clock):
    name = '<b>=HYPERLINK("http://x")</b> محمد'
    req = svc.create_request(register, intake(requester_name=name), clock=frozen_clock)
    assert svc.get_request(register, req.id).requester_name == name


def test_journal_records_who_and_what_but_no_personal_values(register, frozen_clock):
    req = svc.create_request(register, intake(), clock=frozen_clock)
    entries = journal(register, req.reference)
    assert [e.action for e in entries] == ["create"]
    dumped = json.dumps([e.changes for e in entries], ensure_ascii=False)
    assert "Yassine" not in dumped and "example.ma" not in dumped and "badges" not in dumped
    assert entries[0].changes["requester_name"] == "renseigné"
    assert entries[0].changes["status"] == "new"


def test_request_data_is_not_readable_in_the_file(register, register_path, frozen_clock):
    svc.create_request(register, intake(requester_name="Zineb Unmistakable"), clock=frozen_clock)
    register.close()
    siblings = [register_path, register_path.with_name(register_path.name + "-wal")]
    raw = b"".join(path.read_bytes() for path in siblings if path.exists())
    assert b"Unmistakable" not in raw
    assert not raw.startswith(b"SQLite format 3")


# ----------------------------------------------------------------------------- workflow


def test_full_workflow_identity_answer_close(register, frozen_clock):
    req = svc.create_request(register, intake(), clock=frozen_clock)
    req = svc.request_identity(register, req, method="Copie de la CIN", clock=frozen_clock)
    assert req.status is RequestStatus.AWAITING_IDENTITY
    assert req.identity_status is IdentityStatus.PENDING
    req = svc.record_identity(register, req, verified=True, clock=frozen_clock)
    assert req.status is RequestStatus.IN_PROGRESS
    assert req.identity_checked_on == date(2026, 3, 10)
    req = svc.answer(register, req, channel=Channel.POST, clock=frozen_clock)
    assert (req.status, req.answered_on, req.answer_channel) == (
        RequestStatus.ANSWERED,
        date(2026, 3, 10),
        Channel.POST,
    )
    req = svc.close(register, req, clock=frozen_clock)
    assert req.status is RequestStatus.CLOSED
    actions = [e.action for e in journal(register, req.reference)]
    assert actions == ["create", "request_identity", "identity", "answer", "close"]
    status_change = journal(register, req.reference)[-1].changes["status"]
    assert status_change == ["answered", "closed"]


def test_invalid_move_is_refused_and_changes_nothing(register, frozen_clock):
    req = svc.create_request(register, intake(), clock=frozen_clock)
    with pytest.raises(InvalidTransition):
        svc.answer(register, req, clock=frozen_clock)  # an answer needs work in progress
    with pytest.raises(InvalidTransition):
        svc.close(register, req, clock=frozen_clock)
    assert svc.get_request(register, req.id).status is RequestStatus.NEW
    assert len(journal(register, req.reference)) == 1


def test_refusal_needs_a_reason_and_records_it(register, frozen_clock):
    req = svc.create_request(register, intake(), clock=frozen_clock)
    req = svc.refuse(register, req, reason=RefusalReason.EXCESSIVE, clock=frozen_clock)
    assert req.status is RequestStatus.REFUSED
    assert req.refusal_reason is RefusalReason.EXCESSIVE


def test_answer_date_cannot_be_in_future_or_before_receipt(register, frozen_clock):
    req = svc.create_request(register, intake(), clock=frozen_clock)
    req = svc.start_work(register, req, clock=frozen_clock)
    with pytest.raises(ValidationError) as future:
        svc.answer(register, req, answered_on=date(2026, 3, 12), clock=frozen_clock)
    with pytest.raises(ValidationError) as before:
        svc.answer(register, req, answered_on=date(2026, 3, 1), clock=frozen_clock)
    assert future.value.field == before.value.field == "answered_on"


def test_stale_copy_is_refused_as_a_concurrent_edit(register, frozen_clock):
    req = svc.create_request(register, intake(), clock=frozen_clock)
    svc.start_work(register, req, clock=frozen_clock)
    with pytest.raises(Conflict):
        svc.withdraw(register, req, clock=frozen_clock)  # `req` is the version before start
    assert svc.get_request(register, req.id).status is RequestStatus.IN_PROGRESS


# ----------------------------------------------------------------------------- extension


def test_gdpr_extension_within_first_month_gives_three_months(register, frozen_clock):
    req = svc.create_request(
        register, intake(regimes=GDPR, received_on=date(2026, 2, 10)), clock=frozen_clock
    )
    assert req.due_on == date(2026, 3, 10)
    req = svc.start_work(register, req, clock=frozen_clock)
    # Decided on the last day of the first month: still in time (Art. 12(3)).
    req = svc.extend(register, req, reason="Volume de données important", clock=frozen_clock)
    # 10 Feb + 3 months = Sun 10 May → Mon 11 May.
    assert (req.status, req.due_on, req.due_rule) == (
        RequestStatus.EXTENDED,
        date(2026, 5, 11),
        "gdpr-art-12-3-extended",
    )
    assert req.extended_on == date(2026, 3, 10)


def test_late_extension_is_refused(register, frozen_clock):
    req = svc.create_request(
        register, intake(regimes=GDPR, received_on=date(2026, 2, 6)), clock=frozen_clock
    )
    req = svc.start_work(register, req, clock=frozen_clock)
    with pytest.raises(LateExtension) as caught:
        svc.extend(register, req, reason="Complexité", clock=frozen_clock)
    assert caught.value.cutoff == date(2026, 3, 6)
    assert svc.get_request(register, req.id).status is RequestStatus.IN_PROGRESS


def test_extension_needs_a_reason_and_the_gdpr(register, frozen_clock):
    gdpr = svc.start_work(
        register,
        svc.create_request(
            register, intake(regimes=GDPR, received_on=date(2026, 3, 9)), clock=frozen_clock
        ),
        clock=frozen_clock,
    )
    with pytest.raises(ValidationError) as caught:
        svc.extend(register, gdpr, reason="  ", clock=frozen_clock)
    assert caught.value.field == "extension_reason"
    law_only = svc.start_work(
        register, svc.create_request(register, intake(), clock=frozen_clock), clock=frozen_clock
    )
    with pytest.raises(ExtensionNotAvailable):
        svc.extend(register, law_only, reason="Complexité", clock=frozen_clock)


# ----------------------------------------------------------------------------- pauses, policy


def test_identity_wait_does_not_stop_the_clock_by_default(register):
    req = svc.create_request(register, intake(), clock=at(date(2026, 3, 2)))
    req = svc.request_identity(register, req, clock=at(date(2026, 3, 3)))
    req = svc.record_identity(register, req, verified=True, clock=at(date(2026, 3, 9)))
    assert req.due_on == date(2026, 4, 1)


def test_identity_pause_moves_the_due_date_when_policy_says_so(register):
    svc.save_policy(register, DeadlinePolicy(identity_pause=True), clock=at(date(2026, 3, 2)))
    req = svc.create_request(register, intake(), clock=at(date(2026, 3, 2)))
    req = svc.request_identity(register, req, clock=at(date(2026, 3, 3)))
    assert req.pauses and req.pauses[0].started_on == date(2026, 3, 3)
    req = svc.record_identity(register, req, verified=True, clock=at(date(2026, 3, 9)))
    # Stopped 3 → 8 March (6 days): 1 Apr + 6 = Tue 7 Apr.
    assert req.pauses[0].ended_on == date(2026, 3, 9)
    assert req.due_on == date(2026, 4, 7)


def test_policy_change_moves_open_requests_only(register, frozen_clock):
    open_req = svc.create_request(register, intake(), clock=frozen_clock)
    done = svc.create_request(register, intake(), clock=frozen_clock)
    done = svc.withdraw(register, done, clock=frozen_clock)
    moved = svc.save_policy(register, DeadlinePolicy(internal_days=15), clock=frozen_clock)
    assert moved == 1
    assert svc.get_request(register, open_req.id).due_on == date(2026, 3, 17)
    assert svc.get_request(register, done.id).due_on == date(2026, 4, 1)
    assert svc.load_context(register).policy.internal_days == 15


def test_organisation_closure_on_the_due_date_moves_it(register, frozen_clock):
    req = svc.create_request(register, intake(), clock=frozen_clock)
    calendar = svc.load_context(register).calendar.with_closure(date(2026, 4, 1), "Inventaire")
    assert svc.save_calendar(register, calendar, clock=frozen_clock) == 1
    assert svc.get_request(register, req.id).due_on == date(2026, 4, 2)
    # The edit survives a reload of the context.
    assert not svc.load_context(register).calendar.is_working_day(date(2026, 4, 1))


def test_details_update_recomputes_and_journals_without_values(register, frozen_clock):
    req = svc.create_request(register, intake(), clock=frozen_clock)
    req = svc.update_details(
        register,
        req,
        intake(
            rights=frozenset({Right.RECTIFICATION}),
            requester_name="Yassine El Amrani Alaoui",
            requester_role=RequesterRole.REPRESENTATIVE,
        ),
        clock=frozen_clock,
    )
    assert req.due_on == date(2026, 3, 12)
    assert req.requester_role is RequesterRole.REPRESENTATIVE
    last = journal(register, req.reference)[-1]
    assert last.action == "update"
    assert last.changes["requester_name"] == "modifié"
    assert "Alaoui" not in json.dumps(last.changes, ensure_ascii=False)


def test_unchanged_details_write_nothing(register, frozen_clock):
    req = svc.create_request(register, intake(), clock=frozen_clock)
    same = svc.update_details(register, req, intake(), clock=frozen_clock)
    assert same.version == req.version
    assert len(journal(register, req.reference)) == 1


# ----------------------------------------------------------------------------- lists


@pytest.fixture
def several(register, frozen_clock):
    made = {
        "access": svc.create_request(register, intake(), clock=frozen_clock),
        "arabic": svc.create_request(
            register,
            intake(
                requester_name="سلمى بناني",
                requester_email="salma@example.ma",
                rights=frozenset({Right.RECTIFICATION}),
                received_on=date(2026, 2, 20),
                notes="Lycée Al Khawarizmi",
            ),
            clock=frozen_clock,
        ),
        "gdpr": svc.create_request(
            register,
            intake(
                regimes=GDPR,
                requester_name="Claire Dubois",
                requester_email="claire.dubois@orange.fr",
                rights=frozenset({Right.PORTABILITY, Right.ACCESS}),
                received_on=date(2026, 3, 9),
            ),
            clock=frozen_clock,
        ),
    }
    return made


def refs(rows):
    return [row.reference for row in rows]


def test_filters_search_and_sort(register, several):
    arabic = several["arabic"].reference
    # Rectification received 20 Feb was due 2 Mar (Mon): overdue on 10 March.
    overdue = svc.list_requests(register, RequestFilter(overdue_on=date(2026, 3, 10)))
    assert refs(overdue) == [arabic]
    assert refs(svc.list_requests(register, RequestFilter(search="سلمى"))) == [arabic]
    assert refs(svc.list_requests(register, RequestFilter(search="Khawarizmi"))) == [arabic]
    assert refs(svc.list_requests(register, RequestFilter(search="claire.dubois"))) == [
        several["gdpr"].reference
    ]
    assert refs(svc.list_requests(register, RequestFilter(search=arabic.lower()))) == [arabic]
    gdpr_only = svc.list_requests(register, RequestFilter(regime=Regime.GDPR))
    assert refs(gdpr_only) == [several["gdpr"].reference]
    portability = svc.list_requests(register, RequestFilter(right=Right.PORTABILITY))
    assert refs(portability) == [several["gdpr"].reference]
    by_due = refs(svc.list_requests(register, RequestFilter(sort="due_on")))
    assert by_due == [arabic, several["access"].reference, several["gdpr"].reference]
    assert refs(svc.list_requests(register, RequestFilter(sort="due_on", descending=True))) == list(
        reversed(by_due)
    )
    assert svc.count_requests(register, RequestFilter(search="Yassine")) == 1


def test_search_text_with_fts_syntax_is_matched_as_text(register, several):
    for typed in ['"', "NEAR(", "a OR", "*", "-", "Dubois AND"]:
        svc.list_requests(register, RequestFilter(search=typed))  # must not raise


def test_paging_returns_disjoint_windows(register, frozen_clock):
    for i in range(7):
        svc.create_request(register, intake(requester_name=f"Personne {i}"), clock=frozen_clock)
    pages = [svc.list_requests(register, RequestFilter(), offset=o, limit=3) for o in (0, 3, 6)]
    seen = [row.id for page in pages for row in page]
    assert [len(p) for p in pages] == [3, 3, 1]
    assert len(set(seen)) == 7


def test_dashboard_counts_and_urgency_order(register, several, frozen_clock):
    board = svc.dashboard(register, clock=frozen_clock)
    assert board.today == date(2026, 3, 10)
    assert board.summary.open == 3
    assert board.summary.overdue == 1
    assert board.summary.due_within_week == 0
    assert refs(board.soonest)[0] == several["arabic"].reference


# ----------------------------------------------------------------------------- attachments


def test_attachment_round_trip_sanitised_and_deduplicated(register, frozen_clock):
    req = svc.create_request(register, intake(), clock=frozen_clock)
    info = attachments.add_to_request(
        register, req, "../../etc/CIN recto?.pdf", b"%PDF-1.7 scan", clock=frozen_clock
    )
    assert info.filename == "CIN recto.pdf"
    assert info.media_type == "application/pdf"
    assert attachments.read(register, CaseKind.REQUEST, info.id) == (
        "CIN recto.pdf",
        b"%PDF-1.7 scan",
    )
    with pytest.raises(attachments.AttachmentRefused):
        attachments.add_to_request(register, req, "copie.pdf", b"%PDF-1.7 scan", clock=frozen_clock)
    assert [a.id for a in attachments.of_request(register, req)] == [info.id]
    assert journal(register, req.reference)[-1].action == "attach"


def test_empty_and_oversized_attachments_are_refused_with_sizes(register, frozen_clock):
    req = svc.create_request(register, intake(), clock=frozen_clock)
    with pytest.raises(attachments.AttachmentRefused):
        attachments.add_to_request(register, req, "vide.txt", b"", clock=frozen_clock)
    with pytest.raises(attachments.AttachmentRefused) as caught:
        attachments.add_to_request(
            register,
            req,
            "gros.tif",
            b"x" * (3 * 1024 * 1024),
            clock=frozen_clock,
            limit=2 * 1024 * 1024,
        )
    message = caught.value.message()
    assert "gros.tif" in message and "2 Mo" in message and "3.0 Mo" in message
    assert attachments.of_request(register, req) == []


def test_unknown_reference_is_a_user_error(register):
    with pytest.raises(svc.RequestNotFound) as caught:
        svc.find_request(register, "DSR-2026-0404")
    assert caught.value.exit_code == 4


def test_settings_and_moved_due_dates_commit_together(register, frozen_clock, monkeypatch):
    req = svc.create_request(register, intake(), clock=frozen_clock)

    def broken(*args, **kwargs):
        raise OSError("disque plein")

    monkeypatch.setattr(svc, "_recompute", broken)
    with pytest.raises(OSError):
        svc.save_policy(register, DeadlinePolicy(internal_days=15), clock=frozen_clock)
    # Neither the policy nor a half-moved due date was kept.
    assert svc.load_context(register).policy.internal_days == 30
    assert svc.get_request(register, req.id).due_on == date(2026, 4, 1)


def test_calendar_journal_names_the_days_that_changed(register, frozen_clock):
    calendar = svc.load_context(register).calendar.with_closure(date(2026, 4, 1), "Inventaire")
    svc.save_calendar(register, calendar, clock=frozen_clock)
    svc.save_calendar(register, calendar.with_day_reset(date(2026, 4, 1)), clock=frozen_clock)
    with register.read() as conn:
        entries = audit.entries_for(conn, "calendar", "")
    assert entries[-2].changes == {"closures": {"+": {"2026-04-01": "Inventaire"}, "-": []}}
    assert entries[-1].changes == {"closures": {"+": {}, "-": ["2026-04-01"]}}


def test_dashboard_keeps_running_pauses_due_dates_current(register):
    svc.save_policy(register, DeadlinePolicy(identity_pause=True), clock=at(date(2026, 3, 2)))
    req = svc.create_request(register, intake(), clock=at(date(2026, 3, 2)))
    req = svc.request_identity(register, req, clock=at(date(2026, 3, 3)))
    assert req.due_on == date(2026, 4, 1)  # paused today: nothing added yet
    svc.dashboard(register, clock=at(date(2026, 3, 9)))
    # Six days of waiting (3 → 8 March) so far: 1 Apr + 6 = Tue 7 Apr.
    assert svc.get_request(register, req.id).due_on == date(2026, 4, 7)
    versions = svc.get_request(register, req.id).version
    svc.dashboard(register, clock=at(date(2026, 3, 9)))
    assert svc.get_request(register, req.id).version == versions  # nothing moved, no write


def test_only_requests_whose_pause_runs_are_refreshed_with_all_their_pauses(register):
    from dpo_desk.storage import requests as repo

    clock = at(date(2026, 3, 2))
    svc.save_policy(register, DeadlinePolicy(identity_pause=True), clock=clock)
    waiting = svc.request_identity(
        register, svc.create_request(register, intake(), clock=clock), clock=clock
    )
    answered = svc.request_identity(
        register, svc.create_request(register, intake(), clock=clock), clock=clock
    )
    answered = svc.record_identity(register, answered, verified=True, clock=at(date(2026, 3, 4)))
    waiting = svc.record_identity(register, waiting, verified=True, clock=at(date(2026, 3, 5)))
    waiting = svc.request_identity(register, waiting, clock=at(date(2026, 3, 6)))  # again
    svc.create_request(register, intake(), clock=clock)  # never paused
    with register.read() as conn:
        running = repo.open_requests_for_recompute(conn, pause_running=True)
        every = repo.open_requests_for_recompute(conn)
    assert [r.reference for r in running] == [waiting.reference]
    # Its earlier, ended pause too: the due date counts every day waited.
    assert [(p.started_on, p.ended_on) for p in running[0].pauses] == [
        (date(2026, 3, 2), date(2026, 3, 5)),
        (date(2026, 3, 6), None),
    ]
    assert len(every) == 3
    by_ref = {r.reference: r for r in every}
    assert [(p.started_on, p.ended_on) for p in by_ref[answered.reference].pauses] == [
        (date(2026, 3, 2), date(2026, 3, 4))
    ]


def test_list_rows_carry_the_external_reference(register, frozen_clock):
    req = svc.create_request(register, intake(), clock=frozen_clock)
    other = svc.create_request(register, intake(), clock=frozen_clock)
    with register.write() as conn:
        conn.execute(
            text("UPDATE rights_request SET external_reference='REQ-001' WHERE id=:i"),
            {"i": req.id},
        )
    rows = {r.reference: r for r in svc.list_requests(register, RequestFilter())}
    assert rows[req.reference].external_reference == "REQ-001"
    assert rows[other.reference].external_reference == ""


def test_status_sorts_in_workflow_order_and_references_numerically(register, frozen_clock):
    new = svc.create_request(register, intake(), clock=frozen_clock)
    closed = svc.create_request(register, intake(), clock=frozen_clock)
    closed = svc.close(
        register, svc.withdraw(register, closed, clock=frozen_clock), clock=frozen_clock
    )
    progress = svc.start_work(
        register, svc.create_request(register, intake(), clock=frozen_clock), clock=frozen_clock
    )
    by_status = refs(svc.list_requests(register, RequestFilter(sort="status")))
    # new < in progress < closed, although "closed" < "in_progress" < "new" as text.
    assert by_status == [new.reference, progress.reference, closed.reference]
    with register.write() as conn:
        conn.execute(
            text("UPDATE rights_request SET reference='DSR-2026-10000' WHERE id=:i"), {"i": new.id}
        )
    by_reference = refs(svc.list_requests(register, RequestFilter(sort="reference")))
    assert by_reference[-1] == "DSR-2026-10000"


# ----------------------------------------------------------------------------- lunar, rules


def test_confirming_a_lunar_holiday_moves_open_due_dates_and_is_journaled(register):
    clock = at(date(2026, 5, 20))
    # 09-08 rectification received Mon 18 May: ten clear days → Thu 28 May, the estimated
    # first day of Aïd al-Adha 1447, which does not delay it while it is an estimate.
    req = svc.create_request(
        register,
        intake(rights=frozenset({Right.RECTIFICATION}), received_on=date(2026, 5, 18)),
        clock=clock,
    )
    assert (req.due_on, req.due_rule) == (date(2026, 5, 28), "law-09-08-art-8")
    assert [h.key for h in svc.lunar_holidays_to_confirm(register, clock=clock)] == [
        "eid-al-adha/1447",
        "islamic-new-year/1448",
    ]
    moved = svc.confirm_lunar_holiday(register, "eid-al-adha/1447", date(2026, 5, 28), clock=clock)
    assert moved == 1
    assert svc.get_request(register, req.id).due_on == date(2026, 6, 1)  # 28-29 May, weekend
    assert [h.key for h in svc.lunar_holidays_to_confirm(register, clock=clock)] == [
        "islamic-new-year/1448"
    ]
    with register.read() as conn:
        (entry,) = audit.entries_for(conn, "calendar", "")
    assert entry.changes == {
        "confirmed": {
            "+": {"eid-al-adha/1447": {"first_day": "2026-05-28", "confirmed_on": "2026-05-20"}},
            "-": [],
        }
    }
    assert journal(register, req.reference)[-1].changes == {"due_on": ["2026-05-28", "2026-06-01"]}


def test_member_state_choice_is_journaled_and_moves_gdpr_dates(register):
    clock = at(date(2026, 4, 20))
    req = svc.create_request(
        register, intake(regimes=GDPR, received_on=date(2026, 4, 14)), clock=clock
    )
    assert req.due_on == date(2026, 5, 14)  # Thu; Ascension is no GDPR holiday by itself
    calendar = svc.load_context(register).calendar.with_member_state("FR")
    assert svc.save_calendar(register, calendar, clock=clock) == 1
    assert svc.get_request(register, req.id).due_on == date(2026, 5, 15)
    with register.read() as conn:
        (entry,) = audit.entries_for(conn, "calendar", "")
    assert entry.changes == {"member_state": [None, "FR"]}


def test_due_dates_stored_under_older_rules_follow_the_new_ones_on_unlock(register, register_path):
    from dpo_desk.services.register_file import unlock_register
    from dpo_desk.storage import organisation as settings_repo
    from dpo_desk.storage import requests as repo
    from tests.conftest import TEST_PASSPHRASE

    clock = at(date(2026, 3, 10))
    req = svc.create_request(
        register,
        intake(rights=frozenset({Right.ERASURE}), received_on=date(2026, 3, 2)),
        clock=clock,
    )
    assert (req.due_on, req.due_basis) == (date(2026, 3, 12), "law")  # 09-08 art. 8(a)
    # As an older release stored it: the 30-day policy, and no rules version.
    with register.write() as conn:
        repo.update_request(
            conn,
            req.id,
            req.version,
            {"due_on": date(2026, 4, 1), "due_rule": "policy-internal", "due_basis": "policy"},
        )
        settings_repo.set_setting(conn, svc.RULES_KEY, 1)
    register.close()
    reopened = unlock_register(register_path, TEST_PASSPHRASE, clock=clock)
    try:
        again = svc.get_request(reopened, req.id)
        assert (again.due_on, again.due_rule, again.due_basis) == (
            date(2026, 3, 12),
            "law-09-08-art-8",
            "law",
        )
        with reopened.read() as conn:
            rules = audit.entries_for(conn, "deadline_rules", "")
        assert rules[-1].changes == {"version": [1, 2], "moved": 1}
        assert svc.apply_rule_changes(reopened, clock=clock) == 0  # once only
    finally:
        reopened.close()


def test_explanation_names_holidays_in_the_language_asked(register):
    clock = at(date(2026, 8, 12))
    # 09-08 rectification received 10 Aug 2026: 20 and 21 Aug are holidays.
    req = svc.create_request(
        register,
        intake(rights=frozenset({Right.RECTIFICATION}), received_on=date(2026, 8, 10)),
        clock=clock,
    )
    french = svc.explain_deadline(register, req, clock=clock)[0]
    arabic = svc.explain_deadline(register, req, clock=clock, language="ar")[0]
    assert french.due == arabic.due == date(2026, 8, 24)
    assert [h.day for h in arabic.days_off] == [date(2026, 8, 20), date(2026, 8, 21)]
    assert french.days_off[0].name != arabic.days_off[0].name
    assert any("\u0600" <= ch <= "\u06ff" for ch in arabic.days_off[0].name)
