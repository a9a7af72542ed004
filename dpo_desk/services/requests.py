"""Use cases for data-subject rights requests.

Each write validates with the domain rules, recomputes the governing deadline when
its inputs change, and appends an audit entry (who, when, what changed: old → new)
in the same transaction. Personal values (names, e-mails) are never copied into the
journal: it records which of those fields changed, not their content.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection

from dpo_desk.domain import deadlines, refusals
from dpo_desk.domain.calendar import LunarHoliday, LunarRecord, WorkingCalendar
from dpo_desk.domain.clock import Clock, SystemClock, organisation_zone, today
from dpo_desk.domain.errors import Conflict, NotFound, ValidationError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.domain.references import REQUEST_PREFIX, next_reference
from dpo_desk.domain.requests.model import (
    ERR_DATE_ORDER,
    ERR_FUTURE,
    IdentityPause,
    RequestIntake,
    RightsRequest,
)
from dpo_desk.domain.requests.workflow import (
    Channel,
    IdentityStatus,
    RefusalReason,
    Regime,
    RequestStatus,
    Right,
    validate_transition,
)
from dpo_desk.resources import resource_path
from dpo_desk.services import journal
from dpo_desk.services.reading import in_read, read_one
from dpo_desk.storage import audit
from dpo_desk.storage import organisation as settings_repo
from dpo_desk.storage import requests as repo
from dpo_desk.storage.database import Register
from dpo_desk.storage.requests import DueSummary, RequestFilter, RequestRow

POLICY_KEY = "deadline_policy"
CALENDAR_KEY = "calendar_overrides"
# The version of the deadline rules the stored due dates were computed with
# (deadlines.RULES_VERSION): a register from an older release is recomputed on unlock.
RULES_KEY = "deadline_rules"
# From how far ahead the dashboard asks the DPO to confirm an estimated lunar holiday.
CONFIRM_AHEAD_DAYS = 30


class RequestNotFound(NotFound):
    template = QT_TRANSLATE_NOOP("Errors", "Aucune demande ne porte la référence {reference}.")


# Someone else saved the request since it was read (raised as domain.errors.Conflict).
ERR_EDITED = QT_TRANSLATE_NOOP(
    "Errors",
    "La demande {reference} a été modifiée entre-temps ; rechargez-la avant d'enregistrer.",
)


# ----------------------------------------------------------------------------- context


@dataclass(frozen=True)
class DeadlineContext:
    """What the deadline engine needs from the register: its calendar and policy."""

    calendar: WorkingCalendar
    policy: deadlines.DeadlinePolicy
    timezone: str

    def today(self, clock: Clock) -> date:
        return today(clock, organisation_zone(self.timezone))


@lru_cache(maxsize=1)
def lunar_record() -> LunarRecord:
    """The official lunar dates of past years, shipped in resources/calendar/.

    Read once per process. A missing or unreadable file leaves every lunar holiday
    estimated, which is the safe side: an estimate never delays a deadline.
    """
    try:
        path = resource_path("calendar", "morocco-lunar-holidays.json")
        return LunarRecord.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return LunarRecord()


def default_calendar() -> WorkingCalendar:
    """The Moroccan calendar with no edits (the CLI's ``deadline``, without a register)."""
    return WorkingCalendar(record=lunar_record())


def load_context(register: Register) -> DeadlineContext:
    return in_read(register, deadline_context_in)


def deadline_context_in(conn: Connection) -> DeadlineContext:
    """The deadline context inside a caller's transaction, a settings change not yet
    committed included (the letters' per-law dates, the imports' due dates)."""
    org = settings_repo.load(conn)
    policy = deadlines.DeadlinePolicy.from_dict(settings_repo.get_setting(conn, POLICY_KEY, {}))
    calendar = WorkingCalendar.from_dict(
        settings_repo.get_setting(conn, CALENDAR_KEY, {}) or None, record=lunar_record()
    )
    return DeadlineContext(calendar, policy, org.timezone if org else "Africa/Casablanca")


def governing_deadline(
    ctx: DeadlineContext,
    regimes: Iterable[Regime],
    rights: Iterable[Right],
    received_on: date,
    *,
    extended: bool,
    pauses: Iterable[IdentityPause],
    on: date,
) -> deadlines.Deadline:
    """The deadline that governs a request with these inputs, in the register's calendar."""
    return deadlines.governing_deadline(
        received_on,
        regimes,
        rights,
        ctx.calendar,
        ctx.policy,
        extended=extended,
        pauses=[(p.started_on, p.ended_on) for p in pauses],
        today=on,
    )


def due_values(deadline: deadlines.Deadline) -> dict[str, object]:
    """The row's columns that store a deadline."""
    return {
        "due_on": deadline.due,
        "due_rule": deadline.rule,
        "due_basis": deadline.basis,
        "due_regime": str(deadline.regime),
    }


def explain_deadline(
    register: Register,
    request: RightsRequest,
    *,
    clock: Clock | None = None,
    language: str | None = None,
) -> list[deadlines.Deadline]:
    """Every candidate deadline (per regime and right), the governing one first.

    ``language``: the ``holidays`` language the holidays' names are given in (the UI's);
    the dates do not depend on it.
    """
    ctx = load_context(register)
    on = ctx.today(clock or SystemClock())
    calendar = ctx.calendar.in_language(language) if language else ctx.calendar
    return deadlines.candidate_deadlines(
        request.received_on,
        request.regimes,
        request.rights,
        calendar,
        ctx.policy,
        extended=request.extended_on is not None,
        pauses=[(p.started_on, p.ended_on) for p in request.pauses],
        today=on,
    )


# ----------------------------------------------------------------------------- reads


def get_request(register: Register, request_id: int) -> RightsRequest:
    return read_one(
        register,
        lambda conn: repo.get(conn, request_id),
        lambda: RequestNotFound(reference=f"#{request_id}"),
    )


def find_request(register: Register, reference: str) -> RightsRequest:
    return read_one(
        register,
        lambda conn: repo.get_by_reference(conn, reference),
        lambda: RequestNotFound(reference=reference),
    )


def count_requests(register: Register, flt: RequestFilter) -> int:
    return in_read(register, repo.count_rows, flt)


def list_requests(
    register: Register, flt: RequestFilter, *, offset: int = 0, limit: int = 200
) -> list[RequestRow]:
    return in_read(register, repo.list_rows, flt, offset=offset, limit=limit)


@dataclass(frozen=True)
class Dashboard:
    today: date
    summary: DueSummary
    soonest: list[RequestRow]  # open requests, most urgent first (overdue included)


def dashboard(register: Register, *, clock: Clock | None = None, limit: int = 15) -> Dashboard:
    clock = clock or SystemClock()
    refresh_running_pauses(register, clock=clock)
    ctx = load_context(register)
    on = ctx.today(clock)
    with register.read() as conn:
        summary = repo.due_summary(conn, on, on + timedelta(days=7))
        soonest = repo.list_rows(
            conn, RequestFilter(due_by=date.max, sort="due_on"), offset=0, limit=limit
        )
    return Dashboard(on, summary, soonest)


def journal_for(register: Register, request: RightsRequest) -> list[audit.AuditEntry]:
    return in_read(register, audit.entries_for, "request", request.reference)


# ----------------------------------------------------------------------------- writes

# Fields whose values are personal data: the journal records that they changed.
PERSONAL_FIELDS = frozenset(
    {
        "requester_name",
        "requester_email",
        "requester_phone",
        "requester_address",
        "subject_name",
        "notes",
        # Free text that may name the person or describe their file ("copie de la CIN
        # n° …", "dossier médical de …"): a purge must not find it left in the journal.
        "identity_method",
        "extension_reason",
    }
)


def journal_changes(before: RightsRequest | None, values: dict[str, Any]) -> dict[str, Any]:
    """What the journal says of a write: old → new; personal fields only named."""
    out: dict[str, Any] = {}
    for key, new in values.items():
        if key in {"updated_at", "created_at", "version"}:
            continue
        old = getattr(before, key, None) if before is not None else None
        if key in {"under_gdpr", "under_law_09_08"}:
            continue
        if before is not None and old == new:
            continue
        if key in PERSONAL_FIELDS:
            out[key] = "modifié" if before is not None else "renseigné"
        else:
            out[key] = [_plain(old), _plain(new)] if before is not None else _plain(new)
    return out


def _plain(value: object) -> str | list[str] | None:
    if isinstance(value, frozenset | set):
        return sorted(str(v) for v in value)
    if isinstance(value, date):
        return value.isoformat()
    return None if value is None else str(value)


def intake_columns(clean: RequestIntake) -> dict[str, Any]:
    """The columns a validated intake fills (its regimes as the two ``under_*`` flags),
    for a new request, an imported one, or the detail form saved."""
    return {
        "under_gdpr": Regime.GDPR in clean.regimes,
        "under_law_09_08": Regime.LAW_09_08 in clean.regimes,
        "rights": clean.rights,
        "channel": str(clean.channel),
        "requester_name": clean.requester_name,
        "requester_email": clean.requester_email,
        "requester_phone": clean.requester_phone,
        "requester_address": clean.requester_address,
        "requester_role": str(clean.requester_role),
        "subject_name": clean.subject_name,
        "received_on": clean.received_on,
        "assignee": clean.assignee,
        "notes": clean.notes,
    }


def create_request(
    register: Register, intake: RequestIntake, *, clock: Clock | None = None
) -> RightsRequest:
    clock = clock or SystemClock()
    ctx = load_context(register)
    on = ctx.today(clock)
    clean = intake.validated(on)
    deadline = governing_deadline(
        ctx, clean.regimes, clean.rights, clean.received_on, extended=False, pauses=(), on=on
    )
    now = clock.now()
    with register.write() as conn:
        year = clean.received_on.year
        reference = next_reference(REQUEST_PREFIX, year, repo.last_reference_number(conn, year))
        values = {
            "reference": reference,
            **intake_columns(clean),
            "status": str(RequestStatus.NEW),
            "created_at": now,
            "updated_at": now,
            **due_values(deadline),
        }
        request_id = repo.insert_request(conn, values)
        changes = journal_changes(None, values)
        changes["regimes"] = sorted(str(r) for r in clean.regimes)
        journal.record(
            conn,
            now,
            "create",
            "request",
            reference,
            changes,
        )
        created = repo.get(conn, request_id)
    assert created is not None
    return created


def _apply(
    register: Register,
    request: RightsRequest,
    values: dict[str, Any],
    *,
    clock: Clock,
    action: str,
    recompute: bool = False,
    ctx: DeadlineContext | None = None,
    pause: str | None = None,  # "open" / "close": identity pause bookkeeping
    on: date | None = None,
) -> RightsRequest:
    now = clock.now()
    with register.write() as conn:
        current = repo.get(conn, request.id)
        if current is None:
            raise RequestNotFound(reference=request.reference)
        if current.version != request.version:
            raise Conflict(ERR_EDITED, reference=request.reference)
        if pause == "open" and (ctx is None or ctx.policy.identity_pause):
            repo.open_pause(conn, request.id, on or now.date())
        elif pause == "close":
            repo.close_open_pause(conn, request.id, on or now.date())
        if recompute:
            assert ctx is not None
            merged = replace(current, **{k: v for k, v in values.items() if hasattr(current, k)})
            pauses = repo.pauses_for(conn, request.id)
            deadline = governing_deadline(
                ctx,
                merged.regimes,
                merged.rights,
                merged.received_on,
                extended=merged.extended_on is not None,
                pauses=pauses,
                on=ctx.today(clock),
            )
            values = {**values, **due_values(deadline)}
        stored = {
            k: (
                str(v)
                if isinstance(v, RequestStatus | Channel | RefusalReason | IdentityStatus)
                else v
            )
            for k, v in values.items()
            if k != "regimes"  # stored as the under_* flags
        }
        if not repo.update_request(
            conn, request.id, current.version, {**stored, "updated_at": now}
        ):
            raise Conflict(ERR_EDITED, reference=request.reference)
        journal.record(
            conn,
            now,
            action,
            "request",
            current.reference,
            journal_changes(current, values),
        )
        updated = repo.get(conn, request.id)
    assert updated is not None
    return updated


def _check_date(request: RightsRequest, on: date, today_: date, field: str) -> None:
    if on > today_:
        raise ValidationError(ERR_FUTURE, field, value=on.isoformat())
    if on < request.received_on:
        raise ValidationError(ERR_DATE_ORDER, field, value=on.isoformat())


def request_identity(
    register: Register, request: RightsRequest, *, method: str = "", clock: Clock | None = None
) -> RightsRequest:
    """Ask for proof of identity (GDPR Art. 12(6)); the clock stops if policy says so."""
    clock = clock or SystemClock()
    ctx = load_context(register)
    validate_transition(request.status, RequestStatus.AWAITING_IDENTITY)
    on = ctx.today(clock)
    return _apply(
        register,
        request,
        {
            "status": RequestStatus.AWAITING_IDENTITY,
            "identity_status": IdentityStatus.PENDING,
            "identity_method": method.strip()[:300],
        },
        clock=clock,
        action="request_identity",
        pause="open",
        ctx=ctx,
        on=on,
        recompute=True,
    )


def record_identity(
    register: Register,
    request: RightsRequest,
    *,
    verified: bool,
    method: str = "",
    on: date | None = None,
    clock: Clock | None = None,
) -> RightsRequest:
    """Record the identity check; a verified requester moves the request to in progress."""
    clock = clock or SystemClock()
    ctx = load_context(register)
    today_ = ctx.today(clock)
    on = on or today_
    _check_date(request, on, today_, "identity_checked_on")
    values: dict[str, Any] = {
        "identity_status": IdentityStatus.VERIFIED if verified else IdentityStatus.FAILED,
        "identity_checked_on": on,
    }
    if method.strip():
        values["identity_method"] = method.strip()[:300]
    if verified and request.status in (RequestStatus.NEW, RequestStatus.AWAITING_IDENTITY):
        validate_transition(request.status, RequestStatus.IN_PROGRESS)
        values["status"] = RequestStatus.IN_PROGRESS
    return _apply(
        register,
        request,
        values,
        clock=clock,
        action="identity",
        pause="close",
        ctx=ctx,
        on=on,
        recompute=True,
    )


def start_work(
    register: Register, request: RightsRequest, *, clock: Clock | None = None
) -> RightsRequest:
    clock = clock or SystemClock()
    validate_transition(request.status, RequestStatus.IN_PROGRESS)
    return _apply(
        register, request, {"status": RequestStatus.IN_PROGRESS}, clock=clock, action="status"
    )


def extend(
    register: Register,
    request: RightsRequest,
    *,
    reason: str,
    decided_on: date | None = None,
    clock: Clock | None = None,
) -> RightsRequest:
    """GDPR Art. 12(3): two more months, decided and notified within the first month."""
    clock = clock or SystemClock()
    ctx = load_context(register)
    today_ = ctx.today(clock)
    decided_on = decided_on or today_
    _check_date(request, decided_on, today_, "extended_on")
    if not reason.strip():
        raise ValidationError(ERR_EXTENSION_REASON, "extension_reason")
    validate_transition(request.status, RequestStatus.EXTENDED)
    deadlines.check_extension(
        request.received_on,
        decided_on,
        ctx.calendar,
        regimes=request.regimes,
        policy=ctx.policy,
        pauses=[(p.started_on, p.ended_on) for p in request.pauses],
        today=today_,
    )
    return _apply(
        register,
        request,
        {
            "status": RequestStatus.EXTENDED,
            "extended_on": decided_on,
            "extension_reason": reason.strip()[:5000],
        },
        clock=clock,
        action="extend",
        recompute=True,
        ctx=ctx,
    )


ERR_EXTENSION_REASON = QT_TRANSLATE_NOOP(
    "Errors", "Une prorogation doit être motivée (RGPD art. 12(3)) : indiquez la raison."
)


def answer(
    register: Register,
    request: RightsRequest,
    *,
    answered_on: date | None = None,
    channel: Channel = Channel.EMAIL,
    clock: Clock | None = None,
) -> RightsRequest:
    return _reply(
        register, request, RequestStatus.ANSWERED, {}, answered_on, channel, clock or SystemClock()
    )


def refuse(
    register: Register,
    request: RightsRequest,
    *,
    reason: RefusalReason | None,
    answered_on: date | None = None,
    channel: Channel = Channel.EMAIL,
    clock: Clock | None = None,
) -> RightsRequest:
    """A refusal is an answer: it must give its reason and the right to complain (Art. 12(4)).

    The reason must be a ground that the request's laws allow for each of its rights
    (``domain.refusals``): 09-08 art. 7's abuse is for access only, an objection under
    09-08 is refused only on art. 9's grounds, and so on.
    """
    ground = validate_transition(request.status, RequestStatus.REFUSED, refusal_reason=reason)
    assert ground is not None
    refusals.check_ground(ground, request.regimes, request.rights)
    extra: dict[str, Any] = {"refusal_reason": ground}
    return _reply(
        register,
        request,
        RequestStatus.REFUSED,
        extra,
        answered_on,
        channel,
        clock or SystemClock(),
    )


def _reply(
    register: Register,
    request: RightsRequest,
    status: RequestStatus,
    extra: dict[str, Any],
    answered_on: date | None,
    channel: Channel,
    clock: Clock,
) -> RightsRequest:
    """Answer or refusal: both are the reply the deadline runs to, sent on a day and a channel."""
    today_ = load_context(register).today(clock)
    answered_on = answered_on or today_
    _check_date(request, answered_on, today_, "answered_on")
    validate_transition(request.status, status, refusal_reason=extra.get("refusal_reason"))
    values = {"status": status, **extra, "answered_on": answered_on}
    values["answer_channel"] = Channel(channel)
    action = "answer" if status is RequestStatus.ANSWERED else "refuse"
    return _apply(
        register, request, values, clock=clock, action=action, pause="close", on=answered_on
    )


def withdraw(
    register: Register, request: RightsRequest, *, clock: Clock | None = None
) -> RightsRequest:
    clock = clock or SystemClock()
    validate_transition(request.status, RequestStatus.WITHDRAWN)
    return _apply(
        register,
        request,
        {"status": RequestStatus.WITHDRAWN},
        clock=clock,
        action="withdraw",
        pause="close",
    )


def close(
    register: Register, request: RightsRequest, *, clock: Clock | None = None
) -> RightsRequest:
    clock = clock or SystemClock()
    ctx = load_context(register)
    validate_transition(request.status, RequestStatus.CLOSED)
    return _apply(
        register,
        request,
        {"status": RequestStatus.CLOSED, "closed_on": ctx.today(clock)},
        clock=clock,
        action="close",
    )


def update_details(
    register: Register, request: RightsRequest, intake: RequestIntake, *, clock: Clock | None = None
) -> RightsRequest:
    """Save the detail form. A change of right, regime or receipt date moves the deadline."""
    clock = clock or SystemClock()
    ctx = load_context(register)
    clean = intake.validated(ctx.today(clock))
    deadline_inputs = (clean.rights, clean.regimes, clean.received_on)
    moved = deadline_inputs != (request.rights, request.regimes, request.received_on)
    stored = intake_columns(clean)
    # The regime flags are columns, not attributes of RightsRequest: compare the regimes.
    changed = {
        k: v
        for k, v in stored.items()
        if k not in {"under_gdpr", "under_law_09_08"} and getattr(request, k) != v
    }
    if clean.regimes != request.regimes:
        changed.update(under_gdpr=stored["under_gdpr"], under_law_09_08=stored["under_law_09_08"])
    if not changed:
        return request
    if moved:
        changed["regimes"] = clean.regimes
    result = _apply(
        register,
        request,
        changed,
        clock=clock,
        action="update",
        recompute=moved,
        ctx=ctx,
    )
    return result


def refresh_running_pauses(register: Register, *, clock: Clock | None = None) -> int:
    """Keep stored due dates true while proofs of identity are awaited.

    With the identity pause on (policy), a request waiting for proof gets one day later
    each day the wait lasts, but its row only changes when something is written. The
    dashboard calls this first, so the lists, counts and SQL sorts on ``due_on`` do not
    show such a request as later than it is. Writes only when a date actually moved.
    """
    clock = clock or SystemClock()
    ctx = load_context(register)
    if not ctx.policy.identity_pause:
        return 0
    with register.read() as conn:
        waiting = repo.open_requests_for_recompute(conn, pause_running=True)
    stale = [r for r in waiting if _governing(ctx, r, clock).due != r.due_on]
    if not stale:
        return 0
    with register.write() as conn:
        candidates = repo.open_requests_for_recompute(conn, pause_running=True)
        return _recompute(conn, deadline_context_in(conn), clock, candidates)


def _governing(ctx: DeadlineContext, req: RightsRequest, clock: Clock) -> deadlines.Deadline:
    return governing_deadline(
        ctx,
        req.regimes,
        req.rights,
        req.received_on,
        extended=req.extended_on is not None,
        pauses=req.pauses,
        on=ctx.today(clock),
    )


def _recompute(
    conn: Connection, ctx: DeadlineContext, clock: Clock, requests: list[RightsRequest]
) -> int:
    """Recompute inside the caller's transaction: a settings change and the due dates it
    moves are committed together, or not at all."""
    moved = 0
    now = clock.now()
    for req in requests:
        deadline = _governing(ctx, req, clock)
        if deadline.due == req.due_on and deadline.rule == req.due_rule:
            continue
        repo.update_request(conn, req.id, req.version, {**due_values(deadline), "updated_at": now})
        journal.record(
            conn,
            now,
            "recompute",
            "request",
            req.reference,
            {"due_on": [req.due_on.isoformat(), deadline.due.isoformat()]},
        )
        moved += 1
    return moved


def save_policy(
    register: Register, policy: deadlines.DeadlinePolicy, *, clock: Clock | None = None
) -> int:
    """Store the policy and move open requests' due dates, in one transaction."""
    clock = clock or SystemClock()
    with register.write() as conn:
        before = settings_repo.get_setting(conn, POLICY_KEY, {})
        after = policy.to_dict()
        settings_repo.set_setting(conn, POLICY_KEY, after)
        journal.record(
            conn,
            clock.now(),
            "update",
            "policy",
            "",
            {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v},
        )
        return _recompute(
            conn, deadline_context_in(conn), clock, repo.open_requests_for_recompute(conn)
        )


def save_calendar(
    register: Register, calendar: WorkingCalendar, *, clock: Clock | None = None
) -> int:
    """Store the DPO's calendar edits and move open requests' due dates, in one transaction.

    The journal names the days that changed (holidays added, closures, package holidays
    removed, lunar holidays confirmed, the EU Member State): dates and holiday names are
    not personal data.
    """
    clock = clock or SystemClock()
    with register.write() as conn:
        before = settings_repo.get_setting(conn, CALENDAR_KEY, {}) or {}
        after = calendar.to_dict()
        settings_repo.set_setting(conn, CALENDAR_KEY, after)
        journal.record(
            conn,
            clock.now(),
            "update",
            "calendar",
            "",
            _calendar_changes(before, after),
        )
        return _recompute(
            conn, deadline_context_in(conn), clock, repo.open_requests_for_recompute(conn)
        )


def _calendar_changes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for part in ("added", "closures", "removed", "confirmed"):
        old, new = before.get(part) or {}, after.get(part) or {}
        if isinstance(new, list):  # "removed" is a list of days
            old, new = dict.fromkeys(old, ""), dict.fromkeys(new, "")
        gained = {key: value for key, value in new.items() if old.get(key) != value}
        lost = sorted(key for key in old if key not in new)
        if gained or lost:
            changes[part] = {"+": gained, "-": lost}
    if (before.get("member_state") or None) != (after.get("member_state") or None):
        changes["member_state"] = [before.get("member_state"), after.get("member_state")]
    return changes


def confirm_lunar_holiday(
    register: Register, key: str, first_day: date, *, clock: Clock | None = None
) -> int:
    """The DPO confirms a lunar holiday's announced first day (today's date recorded).

    Journaled as a calendar change; open requests' due dates move with it, in the same
    transaction. Returns how many due dates moved.
    """
    clock = clock or SystemClock()
    ctx = load_context(register)
    calendar = ctx.calendar.with_lunar_confirmed(key, first_day, ctx.today(clock))
    return save_calendar(register, calendar, clock=clock)


def lunar_holidays_to_confirm(
    register: Register, *, clock: Clock | None = None
) -> list[LunarHoliday]:
    """Estimated lunar holidays in the next CONFIRM_AHEAD_DAYS days, for the dashboard."""
    ctx = load_context(register)
    return ctx.calendar.upcoming_estimates(ctx.today(clock or SystemClock()), CONFIRM_AHEAD_DAYS)


def apply_rule_changes(register: Register, *, clock: Clock | None = None) -> int:
    """Recompute open requests once when the deadline rules changed since they were stored.

    Called on every unlock; a single settings read when the register is up to date. A
    register from an older release keeps its requests, and their due dates follow the
    current rules from the first unlock, journaled.
    """
    clock = clock or SystemClock()
    with register.read() as conn:
        stored = settings_repo.get_setting(conn, RULES_KEY, 0) or 0
    if stored >= deadlines.RULES_VERSION:
        return 0
    with register.write() as conn:
        moved = _recompute(
            conn, deadline_context_in(conn), clock, repo.open_requests_for_recompute(conn)
        )
        settings_repo.set_setting(conn, RULES_KEY, deadlines.RULES_VERSION)
        if moved:
            journal.record(
                conn,
                clock.now(),
                "update",
                "deadline_rules",
                "",
                {"version": [stored, deadlines.RULES_VERSION], "moved": moved},
            )
    return moved
