"""Use cases for data-subject rights requests.

Each write validates with the domain rules, recomputes the governing deadline when
its inputs change, and appends an audit entry (who, when, what changed: old → new)
in the same transaction. Personal values (names, e-mails) are never copied into the
journal: it records which of those fields changed, not their content.
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from dpo_desk.domain import deadlines, refusals
from dpo_desk.domain.calendar import LunarRecord, WorkingCalendar
from dpo_desk.domain.clock import Clock, SystemClock, organisation_zone, today
from dpo_desk.domain.errors import UserError, ValidationError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.domain.requests.model import (
    ERR_DATE_ORDER,
    ERR_FUTURE,
    RequestIntake,
    RightsRequest,
)
from dpo_desk.domain.requests.workflow import (
    Channel,
    IdentityStatus,
    RefusalReason,
    RequestStatus,
    next_reference,
    validate_transition,
)
from dpo_desk.domain.retention import AttachmentPurpose
from dpo_desk.resources import resource_path
from dpo_desk.services.register_file import DEADLINE_RULES_KEY, current_actor
from dpo_desk.storage import audit
from dpo_desk.storage import organisation as settings_repo
from dpo_desk.storage import requests as repo
from dpo_desk.storage.database import Register
from dpo_desk.storage.requests import AttachmentInfo, DueSummary, RequestFilter, RequestRow

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024  # default limit; larger scans belong in the DMS

POLICY_KEY = "deadline_policy"
CALENDAR_KEY = "calendar_overrides"
# The version of the deadline rules the stored due dates were computed with
# (deadlines.RULES_VERSION): a register from an older release is recomputed on unlock.
RULES_KEY = DEADLINE_RULES_KEY
# From how far ahead the dashboard asks the DPO to confirm an estimated lunar holiday.
CONFIRM_AHEAD_DAYS = 30


class RequestNotFound(UserError):
    template = QT_TRANSLATE_NOOP("Errors", "Aucune demande ne porte la référence {reference}.")
    exit_code = 4


class ConcurrentEdit(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "La demande {reference} a été modifiée entre-temps ; rechargez-la avant d'enregistrer.",
    )
    exit_code = 6


class AttachmentRefused(UserError):
    exit_code = 6


ERR_ATTACHMENT_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Errors", "La pièce jointe « {name} » dépasse la limite de {limit} Mo ({size} Mo)."
)
ERR_ATTACHMENT_EMPTY = QT_TRANSLATE_NOOP("Errors", "La pièce jointe « {name} » est vide.")
ERR_ATTACHMENT_DUPLICATE = QT_TRANSLATE_NOOP(
    "Errors", "La pièce jointe « {name} » est déjà jointe à cette demande."
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
    with register.read() as conn:
        return _context_in(conn)


def deadline_context_in(conn) -> DeadlineContext:
    """The deadline context inside a caller's transaction (the letters' per-law dates)."""
    return _context_in(conn)


def _context_in(conn) -> DeadlineContext:
    """The context as this transaction sees it (a settings change not yet committed included)."""
    org = settings_repo.load(conn)
    policy = deadlines.DeadlinePolicy.from_dict(settings_repo.get_setting(conn, POLICY_KEY, {}))
    calendar = WorkingCalendar.from_dict(
        settings_repo.get_setting(conn, CALENDAR_KEY, {}) or None, record=lunar_record()
    )
    return DeadlineContext(calendar, policy, org.timezone if org else "Africa/Casablanca")


def _deadline(ctx: DeadlineContext, req_regimes, req_rights, received_on, *, extended, pauses, on):
    return deadlines.governing_deadline(
        received_on,
        req_regimes,
        req_rights,
        ctx.calendar,
        ctx.policy,
        extended=extended,
        pauses=[(p.started_on, p.ended_on) for p in pauses],
        today=on,
    )


def _due_values(deadline: deadlines.Deadline) -> dict:
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
):
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
    with register.read() as conn:
        found = repo.get(conn, request_id)
    if found is None:
        raise RequestNotFound(reference=f"#{request_id}")
    return found


def find_request(register: Register, reference: str) -> RightsRequest:
    with register.read() as conn:
        found = repo.get_by_reference(conn, reference)
    if found is None:
        raise RequestNotFound(reference=reference)
    return found


def count_requests(register: Register, flt: RequestFilter) -> int:
    with register.read() as conn:
        return repo.count_rows(conn, flt)


def list_requests(
    register: Register, flt: RequestFilter, *, offset: int = 0, limit: int = 200
) -> list[RequestRow]:
    with register.read() as conn:
        return repo.list_rows(conn, flt, offset=offset, limit=limit)


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
    with register.read() as conn:
        return audit.entries_for(conn, "request", request.reference)


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


def _changes(before: RightsRequest | None, values: dict) -> dict:
    out: dict = {}
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


def _plain(value):
    if isinstance(value, frozenset | set):
        return sorted(str(v) for v in value)
    if isinstance(value, date):
        return value.isoformat()
    return None if value is None else str(value)


def create_request(
    register: Register, intake: RequestIntake, *, clock: Clock | None = None
) -> RightsRequest:
    clock = clock or SystemClock()
    ctx = load_context(register)
    on = ctx.today(clock)
    clean = intake.validated(on)
    deadline = _deadline(
        ctx, clean.regimes, clean.rights, clean.received_on, extended=False, pauses=(), on=on
    )
    now = clock.now()
    with register.write() as conn:
        year = clean.received_on.year
        reference = next_reference(year, repo.last_reference_number(conn, year))
        values = {
            "reference": reference,
            "under_gdpr": any(str(r) == "gdpr" for r in clean.regimes),
            "under_law_09_08": any(str(r) == "law-09-08" for r in clean.regimes),
            "rights": clean.rights,
            "channel": str(clean.channel),
            "requester_name": clean.requester_name,
            "requester_email": clean.requester_email,
            "requester_phone": clean.requester_phone,
            "requester_address": clean.requester_address,
            "requester_role": str(clean.requester_role),
            "subject_name": clean.subject_name,
            "received_on": clean.received_on,
            "status": str(RequestStatus.NEW),
            "assignee": clean.assignee,
            "notes": clean.notes,
            "created_at": now,
            "updated_at": now,
            **_due_values(deadline),
        }
        request_id = repo.insert_request(conn, values)
        changes = _changes(None, values)
        changes["regimes"] = sorted(str(r) for r in clean.regimes)
        audit.append(
            conn,
            at=now,
            actor=current_actor(),
            action="create",
            entity="request",
            entity_id=reference,
            changes=changes,
        )
        created = repo.get(conn, request_id)
    assert created is not None
    return created


def _apply(
    register: Register,
    request: RightsRequest,
    values: dict,
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
            raise ConcurrentEdit(reference=request.reference)
        if pause == "open" and (ctx is None or ctx.policy.identity_pause):
            repo.open_pause(conn, request.id, on or now.date())
        elif pause == "close":
            repo.close_open_pause(conn, request.id, on or now.date())
        if recompute:
            assert ctx is not None
            merged = replace(current, **{k: v for k, v in values.items() if hasattr(current, k)})
            pauses = repo.pauses_for(conn, request.id)
            deadline = _deadline(
                ctx,
                merged.regimes,
                merged.rights,
                merged.received_on,
                extended=merged.extended_on is not None,
                pauses=pauses,
                on=ctx.today(clock),
            )
            values = {**values, **_due_values(deadline)}
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
            raise ConcurrentEdit(reference=request.reference)
        audit.append(
            conn,
            at=now,
            actor=current_actor(),
            action=action,
            entity="request",
            entity_id=current.reference,
            changes=_changes(current, values),
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
    values: dict = {
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
    reason: RefusalReason,
    answered_on: date | None = None,
    channel: Channel = Channel.EMAIL,
    clock: Clock | None = None,
) -> RightsRequest:
    """A refusal is an answer: it must give its reason and the right to complain (Art. 12(4)).

    The reason must be a ground that the request's laws allow for each of its rights
    (``domain.refusals``): 09-08 art. 7's abuse is for access only, an objection under
    09-08 is refused only on art. 9's grounds, and so on.
    """
    reason = validate_transition(request.status, RequestStatus.REFUSED, refusal_reason=reason)
    assert reason is not None
    refusals.check_ground(reason, request.regimes, request.rights)
    extra = {"refusal_reason": reason}
    return _reply(
        register,
        request,
        RequestStatus.REFUSED,
        extra,
        answered_on,
        channel,
        clock or SystemClock(),
    )


def _reply(register, request, status, extra, answered_on, channel, clock) -> RightsRequest:
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


EDITABLE_FIELDS = (
    "requester_name",
    "requester_email",
    "requester_phone",
    "requester_address",
    "requester_role",
    "subject_name",
    "channel",
    "assignee",
    "notes",
    "rights",
    "regimes",
    "received_on",
)


def update_details(
    register: Register, request: RightsRequest, intake: RequestIntake, *, clock: Clock | None = None
) -> RightsRequest:
    """Save the detail form. A change of right, regime or receipt date moves the deadline."""
    clock = clock or SystemClock()
    ctx = load_context(register)
    clean = intake.validated(ctx.today(clock))
    values = {
        "requester_name": clean.requester_name,
        "requester_email": clean.requester_email,
        "requester_phone": clean.requester_phone,
        "requester_address": clean.requester_address,
        "requester_role": str(clean.requester_role),
        "subject_name": clean.subject_name,
        "channel": str(clean.channel),
        "assignee": clean.assignee,
        "notes": clean.notes,
        "rights": clean.rights,
        "regimes": clean.regimes,
        "received_on": clean.received_on,
    }
    deadline_inputs = (clean.rights, clean.regimes, clean.received_on)
    moved = deadline_inputs != (request.rights, request.regimes, request.received_on)
    stored = {k: v for k, v in values.items() if k != "regimes"}
    stored["under_gdpr"] = any(str(r) == "gdpr" for r in clean.regimes)
    stored["under_law_09_08"] = any(str(r) == "law-09-08" for r in clean.regimes)
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


def recompute_open_deadlines(register: Register, *, clock: Clock | None = None) -> int:
    """Move the due dates of open requests to what the rules now give. Returns how many moved."""
    clock = clock or SystemClock()
    with register.write() as conn:
        return _recompute(conn, _context_in(conn), clock, repo.open_requests_for_recompute(conn))


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
        waiting = [r for r in repo.open_requests_for_recompute(conn) if _pause_running(r)]
    stale = [r for r in waiting if _governing(ctx, r, clock).due != r.due_on]
    if not stale:
        return 0
    with register.write() as conn:
        candidates = [r for r in repo.open_requests_for_recompute(conn) if _pause_running(r)]
        return _recompute(conn, _context_in(conn), clock, candidates)


def _pause_running(request: RightsRequest) -> bool:
    return any(p.ended_on is None for p in request.pauses)


def _governing(ctx: DeadlineContext, req: RightsRequest, clock: Clock) -> deadlines.Deadline:
    return _deadline(
        ctx,
        req.regimes,
        req.rights,
        req.received_on,
        extended=req.extended_on is not None,
        pauses=req.pauses,
        on=ctx.today(clock),
    )


def _recompute(conn, ctx: DeadlineContext, clock: Clock, requests: list[RightsRequest]) -> int:
    """Recompute inside the caller's transaction: a settings change and the due dates it
    moves are committed together, or not at all."""
    moved = 0
    now = clock.now()
    for req in requests:
        deadline = _governing(ctx, req, clock)
        if deadline.due == req.due_on and deadline.rule == req.due_rule:
            continue
        repo.update_request(conn, req.id, req.version, {**_due_values(deadline), "updated_at": now})
        audit.append(
            conn,
            at=now,
            actor=current_actor(),
            action="recompute",
            entity="request",
            entity_id=req.reference,
            changes={"due_on": [req.due_on.isoformat(), deadline.due.isoformat()]},
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
        audit.append(
            conn,
            at=clock.now(),
            actor=current_actor(),
            action="update",
            entity="policy",
            changes={k: [before.get(k), v] for k, v in after.items() if before.get(k) != v},
        )
        return _recompute(conn, _context_in(conn), clock, repo.open_requests_for_recompute(conn))


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
        audit.append(
            conn,
            at=clock.now(),
            actor=current_actor(),
            action="update",
            entity="calendar",
            changes=_calendar_changes(before, after),
        )
        return _recompute(conn, _context_in(conn), clock, repo.open_requests_for_recompute(conn))


def _calendar_changes(before: dict, after: dict) -> dict:
    changes: dict = {}
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


def lunar_holidays_to_confirm(register: Register, *, clock: Clock | None = None) -> list:
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
        moved = _recompute(conn, _context_in(conn), clock, repo.open_requests_for_recompute(conn))
        settings_repo.set_setting(conn, RULES_KEY, deadlines.RULES_VERSION)
        if moved:
            audit.append(
                conn,
                at=clock.now(),
                actor=current_actor(),
                action="update",
                entity="deadline_rules",
                changes={"version": [stored, deadlines.RULES_VERSION], "moved": moved},
            )
    return moved


# ----------------------------------------------------------------------------- attachments

_UNSAFE = re.compile(r"[^\w.\- ()\[\]]+", re.UNICODE)


def sanitise_filename(name: str) -> str:
    """A name safe on every OS: no path, no control or reserved characters, bounded length."""
    name = unicodedata.normalize("NFC", name).replace("\\", "/").rsplit("/", 1)[-1]
    name = _UNSAFE.sub("_", name).strip(" ._") or "piece-jointe"
    stem, dot, ext = name.rpartition(".")
    if dot and 0 < len(ext) <= 10:
        name = stem[:120].rstrip(" ._") + "." + ext
    else:
        name = name[:130]
    # Windows opens a device, not a file, for CON, NUL, COM1... whatever the extension:
    # an exported attachment must never be saved under such a name.
    if name.split(".", 1)[0].upper() in _WINDOWS_DEVICES:
        name = "_" + name
    return name


_WINDOWS_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{n}" for n in range(1, 10)}
    | {f"LPT{n}" for n in range(1, 10)}
)


def add_attachment(
    register: Register,
    request: RightsRequest,
    filename: str,
    content: bytes,
    *,
    media_type: str | None = None,
    clock: Clock | None = None,
    limit: int = MAX_ATTACHMENT_BYTES,
    purpose: AttachmentPurpose | str = AttachmentPurpose.OTHER,
) -> AttachmentInfo:
    """Store a file inside the encrypted register; it is never written as a loose file.

    ``purpose="identity"`` marks a proof of identity (GDPR Art. 12(6)): the retention
    review offers it for deletion once the check is done (services.identity_documents).
    """
    clock = clock or SystemClock()
    purpose = AttachmentPurpose(purpose)
    safe = sanitise_filename(filename)
    if not content:
        raise AttachmentRefused(ERR_ATTACHMENT_EMPTY, name=safe)
    if len(content) > limit:
        raise AttachmentRefused(
            ERR_ATTACHMENT_TOO_LARGE,
            name=safe,
            limit=limit // (1024 * 1024),
            size=round(len(content) / (1024 * 1024), 1),
        )
    digest = hashlib.sha256(content).hexdigest()
    media = media_type or mimetypes.guess_type(safe)[0] or "application/octet-stream"
    now = clock.now()
    with register.write() as conn:
        if repo.attachment_exists(conn, request.id, digest):
            raise AttachmentRefused(ERR_ATTACHMENT_DUPLICATE, name=safe)
        attachment_id = repo.add_attachment(
            conn,
            request.id,
            filename=safe,
            media_type=media,
            size=len(content),
            sha256=digest,
            content=content,
            added_at=now,
            purpose=str(purpose),
        )
        changes = {"attachment": attachment_id, "sha256": digest}
        if purpose is AttachmentPurpose.IDENTITY:
            changes["purpose"] = str(purpose)
        audit.append(
            conn,
            at=now,
            actor=current_actor(),
            action="attach",
            entity="request",
            entity_id=request.reference,
            changes=changes,
        )
    return AttachmentInfo(attachment_id, safe, media, len(content), digest, now, str(purpose))


def attachments(register: Register, request: RightsRequest) -> list[AttachmentInfo]:
    with register.read() as conn:
        return repo.attachments_for(conn, request.id)


def attachment_content(register: Register, attachment_id: int) -> tuple[str, bytes]:
    with register.read() as conn:
        found = repo.attachment_content(conn, attachment_id)
    if found is None:
        raise RequestNotFound(reference=f"#{attachment_id}")
    return found
