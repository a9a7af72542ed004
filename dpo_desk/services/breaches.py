"""Use cases for personal-data breaches: the breach register of GDPR Art. 33(5).

Every write validates with the domain rules, moves the status along the workflow the
recorded facts allow (``domain.breaches.advance``), and appends an audit entry (who,
when, what changed) in the same transaction. Free text (title, description, reasons,
audience, notes) may name people, so the journal records that it changed, never its
content; instants, levels, enums and counts are copied as they are.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime, tzinfo
from typing import Any

from sqlalchemy import Connection

from dpo_desk.domain import breaches as rules
from dpo_desk.domain.breach_risk import Exposure, RiskFactors, RiskLevel, assess
from dpo_desk.domain.breaches import (
    Art34Exception,
    AuthorityNotification,
    BreachIncident,
    BreachIntake,
    BreachNature,
    BreachStatus,
    DgssiDeclaration,
    EventKind,
    SubjectCommunication,
    TimelineEvent,
)
from dpo_desk.domain.clock import Clock, SystemClock, organisation_zone
from dpo_desk.domain.errors import Conflict, NotFound, UserError, ValidationError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.domain.references import BREACH_PREFIX, next_reference
from dpo_desk.domain.requests.workflow import Regime
from dpo_desk.services import journal
from dpo_desk.services.journal import current_actor
from dpo_desk.services.reading import in_read, read_one
from dpo_desk.storage import audit
from dpo_desk.storage import breaches as repo
from dpo_desk.storage import organisation as organisation_repo
from dpo_desk.storage.breaches import BreachFilter, BreachRow
from dpo_desk.storage.database import Register

ENTITY = "breach"

# A row's values, or the journal's changes: column or field name -> value.
Row = dict[str, Any]


class BreachNotFound(NotFound):
    template = QT_TRANSLATE_NOOP("Errors", "Aucune violation ne porte la référence {reference}.")


# Someone else saved the breach since it was read (raised as domain.errors.Conflict).
ERR_EDITED = QT_TRANSLATE_NOOP(
    "Errors",
    "La violation {reference} a été modifiée entre-temps ; rechargez-la avant d'enregistrer.",
)


class BreachClosed(UserError):
    template = rules.REFUSED_CLOSED
    exit_code = 6


ERR_EXPOSURE_NOT_IN_NATURE = QT_TRANSLATE_NOOP(
    "Errors",
    "L'évaluation retient une atteinte « {dimension} » que la nature de la violation ne "
    "mentionne pas : complétez d'abord la nature.",
)
ERR_MANUAL_EVENT = QT_TRANSLATE_NOOP(
    "Errors",
    "Cet événement s'enregistre avec son acte (notification, communication, clôture) : "
    "seuls « violation contenue » et les notes s'ajoutent à la main.",
)
ERR_REMEDIAL = QT_TRANSLATE_NOOP("Errors", "Décrivez les mesures correctives prises.")

DIMENSION_LABELS = {
    "confidentiality": QT_TRANSLATE_NOOP("Errors", "confidentialité"),
    "integrity": QT_TRANSLATE_NOOP("Errors", "intégrité"),
    "availability": QT_TRANSLATE_NOOP("Errors", "disponibilité"),
}

MANUAL_EVENTS = frozenset({EventKind.CONTAINED, EventKind.NOTE})


# ----------------------------------------------------------------------------- context


def _zone(conn: Connection) -> tzinfo:
    org = organisation_repo.load(conn)
    return organisation_zone(org.timezone if org else None)


def organisation_timezone(register: Register) -> tzinfo:
    """The zone instants are read and shown in (default Africa/Casablanca)."""
    return in_read(register, _zone)


# ----------------------------------------------------------------------------- reads


def get_breach(register: Register, breach_id: int) -> BreachIncident:
    return read_one(
        register,
        lambda conn: repo.get(conn, breach_id),
        lambda: BreachNotFound(reference=f"#{breach_id}"),
    )


def find_breach(register: Register, reference: str) -> BreachIncident:
    return read_one(
        register,
        lambda conn: repo.get_by_reference(conn, reference),
        lambda: BreachNotFound(reference=reference.strip()),
    )


def count_breaches(register: Register, flt: BreachFilter | None = None) -> int:
    return in_read(register, repo.count_rows, flt or BreachFilter())


def list_breaches(
    register: Register, flt: BreachFilter | None = None, *, offset: int = 0, limit: int = 200
) -> list[BreachRow]:
    return in_read(register, repo.list_rows, flt or BreachFilter(), offset=offset, limit=limit)


def open_breaches(register: Register) -> list[BreachRow]:
    """Every open breach, most urgent first (the list's order), in one read."""
    return in_read(register, repo.open_rows)


def journal_for(register: Register, breach: BreachIncident) -> list[audit.AuditEntry]:
    return in_read(register, audit.entries_for, ENTITY, breach.reference)


# ----------------------------------------------------------------------------- journal

# Free text: the journal says it was filled in or changed, not what it says.
FREE_TEXT = frozenset(
    {
        "title",
        "description",
        "subject_categories",
        "record_categories",
        "consequences",
        "measures_taken",
        "measures_proposed",
        "processors",
        "risk_justification",
        "no_notification_reasons",
        "art34_justification",
        "dgssi_reference",
        "remedial_actions",
        "delay_reason",
        "audience",
        "notes",
        "note",
    }
)


def _plain(value: object) -> str | bool | int | list[str] | None:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, frozenset | set):
        return sorted(str(v) for v in value)
    if isinstance(value, bool | int) or value is None:
        return value
    return str(value)


def _changes(before: Row | None, after: Row) -> Row:
    out: Row = {}
    for key, new in after.items():
        old = None if before is None else before.get(key)
        if key == "data_categories":  # JSON text in the row; a list in the journal
            old = json.loads(old) if old else None
            new = json.loads(new) if new else []
        if before is not None and old == new:
            continue
        if key in FREE_TEXT:
            if new in ("", "[]", None, ()):
                out[key] = "effacé" if before is not None and old else None
                if out[key] is None:
                    del out[key]
            else:
                out[key] = "modifié" if before is not None and old else "renseigné"
        elif before is None:
            out[key] = _plain(new)
        else:
            out[key] = [_plain(old), _plain(new)]
    return out


def _columns(breach: BreachIncident) -> Row:
    """The stored values of a breach, for comparing before and after an edit."""
    return {
        "title": breach.title,
        "under_gdpr": Regime.GDPR in breach.regimes,
        "under_law_09_08": Regime.LAW_09_08 in breach.regimes,
        "started_at": breach.started_at,
        "discovered_at": breach.discovered_at,
        "aware_at": breach.aware_at,
        "notify_by": breach.notify_by,
        "deadline_rule": breach.deadline_rule,
        **repo.nature_values(breach.nature),
        "remedial_actions": breach.remedial_actions,
    }


# ----------------------------------------------------------------------------- writes


def _check_regimes(regimes: Iterable[Regime | str]) -> Row:
    return {
        "under_gdpr": any(Regime(r) is Regime.GDPR for r in regimes),
        "under_law_09_08": any(Regime(r) is Regime.LAW_09_08 for r in regimes),
    }


def create_breach(
    register: Register, intake: BreachIntake, *, clock: Clock | None = None
) -> BreachIncident:
    """Open a breach record; the 72-hour countdown starts from the awareness."""
    clock = clock or SystemClock()
    now = clock.now()
    actor = current_actor()
    with register.write() as conn:
        zone = _zone(conn)
        clean = intake.validated(now, zone)
        deadline = rules.breach_deadline(clean.aware_at, clean.regimes)
        # Numbered by the year of awareness, in the organisation's zone.
        year = clean.aware_at.astimezone(zone).year
        reference = next_reference(BREACH_PREFIX, year, repo.last_reference_number(conn, year))
        values = {
            "reference": reference,
            "title": clean.title,
            **_check_regimes(clean.regimes),
            "status": str(BreachStatus.OPEN),
            "started_at": clean.started_at,
            "discovered_at": clean.discovered_at,
            "aware_at": clean.aware_at,
            "notify_by": deadline.at,
            "deadline_rule": deadline.rule,
            **repo.nature_values(clean.nature),
            "created_at": now,
            "updated_at": now,
        }
        breach_id = repo.insert_breach(conn, values)
        discovered = clean.discovered_at or clean.aware_at  # validated() fills it in
        repo.add_event(conn, breach_id, TimelineEvent(EventKind.DISCOVERED, discovered, actor), now)
        repo.add_event(conn, breach_id, TimelineEvent(EventKind.AWARE, clean.aware_at, actor), now)
        changes = _changes(None, {k: v for k, v in values.items() if k not in _HOUSEKEEPING})
        journal.record(conn, now, "create", ENTITY, reference, changes)
        created = repo.get(conn, breach_id)
    assert created is not None
    return created


_HOUSEKEEPING = frozenset({"reference", "created_at", "updated_at", "version"})

# (the row's new values, the journal's changes)
Mutation = Callable[[Connection, BreachIncident, datetime, tzinfo, str], tuple[Row, Row]]


def _apply(
    register: Register,
    breach: BreachIncident,
    mutate: Mutation,
    *,
    clock: Clock | None,
    action: str,
    allow_closed: bool = False,
) -> BreachIncident:
    """Run ``mutate`` in one write transaction, with the version check, the status
    moves the new facts allow, and the audit entry."""
    now = (clock or SystemClock()).now()
    actor = current_actor()
    with register.write() as conn:
        current = repo.get(conn, breach.id)
        if current is None:
            raise BreachNotFound(reference=breach.reference)
        if current.version != breach.version:
            raise Conflict(ERR_EDITED, reference=breach.reference)
        if current.status is BreachStatus.CLOSED and not allow_closed:
            raise BreachClosed(reference=current.reference)
        values, changes = mutate(conn, current, now, _zone(conn), actor)
        if not values and not changes:
            return current  # nothing changed: no new version, no journal entry
        if not repo.update_breach(conn, current.id, current.version, {**values, "updated_at": now}):
            raise Conflict(ERR_EDITED, reference=breach.reference)
        after = repo.get(conn, current.id)
        assert after is not None
        # settle, not advance: a regime change may leave a "notified" breach without
        # the notice its governing duty asks for (a CNDP notice, once the GDPR applies).
        status = values.get("status") or rules.settle(after.status, after.facts)
        if BreachStatus(status) is not current.status:
            if "status" not in values:
                repo.set_status(conn, current.id, BreachStatus(status))
            changes["status"] = [str(current.status), str(status)]
        journal.record(conn, now, action, ENTITY, current.reference, changes)
        updated = repo.get(conn, current.id)
    assert updated is not None
    return updated


def update_details(
    register: Register, breach: BreachIncident, intake: BreachIntake, *, clock: Clock | None = None
) -> BreachIncident:
    """Correct the title, the regimes or the instants; the deadline follows the awareness.

    The nature in ``intake`` is ignored: :func:`update_nature` saves it.
    """

    def mutate(
        conn: Connection, current: BreachIncident, now: datetime, zone: tzinfo, actor: str
    ) -> tuple[Row, Row]:
        clean = intake.validated(now, zone)
        deadline = rules.breach_deadline(clean.aware_at, clean.regimes)
        # Moving the awareness (or changing the regimes) may make a recorded notice
        # late for the duty it now meets: it then needs the reasons for its delay, as
        # if it had been entered late (GDPR Art. 33(1), or the CNDP policy).
        for notification in current.notifications:
            duty = rules.duty_for(notification.authority, clean.regimes)
            if (
                duty is not None
                and rules.delay_reason_required(
                    notification.sent_at, deadline.at, notification.phase
                )
                and not notification.delay_reason
            ):
                raise ValidationError(
                    rules.ERR_DELAY_REASON_POLICY
                    if duty is rules.DutyKind.CNDP
                    else rules.ERR_DELAY_REASON,
                    "aware_at",
                    deadline=deadline.at.astimezone(zone).strftime("%Y-%m-%d %H:%M %z"),
                )
        values = {
            "title": clean.title,
            **_check_regimes(clean.regimes),
            "started_at": clean.started_at,
            "discovered_at": clean.discovered_at,
            "aware_at": clean.aware_at,
            "notify_by": deadline.at,
            "deadline_rule": deadline.rule,
        }
        before = _columns(current)
        changed = {k: v for k, v in values.items() if before.get(k) != v}
        return changed, _changes(before, changed)

    return _apply(register, breach, mutate, clock=clock, action="update")


def update_nature(
    register: Register, breach: BreachIncident, nature: BreachNature, *, clock: Clock | None = None
) -> BreachIncident:
    """Nature and scope (Art. 33(3)(a), (c), (d)); may be completed in phases."""
    clean = nature.validated()

    def mutate(
        conn: Connection, current: BreachIncident, now: datetime, zone: tzinfo, actor: str
    ) -> tuple[Row, Row]:
        values = repo.nature_values(clean)
        before = _columns(current)
        changed = {k: v for k, v in values.items() if before.get(k) != v}
        return changed, _changes(before, changed)

    return _apply(register, breach, mutate, clock=clock, action="nature")


def assess_risk(
    register: Register,
    breach: BreachIncident,
    factors: RiskFactors,
    *,
    override: RiskLevel | str | None = None,
    justification: str = "",
    clock: Clock | None = None,
) -> BreachIncident:
    """Assess (or reassess) the risk; an open breach becomes "assessed"."""

    def mutate(
        conn: Connection, current: BreachIncident, now: datetime, zone: tzinfo, actor: str
    ) -> tuple[Row, Row]:
        nature = current.nature
        if not nature.has_impact:
            raise ValidationError(rules.ERR_NO_IMPACT, "nature")
        for dimension in ("confidentiality", "integrity", "availability"):
            if getattr(factors, dimension) is not Exposure.NONE and not getattr(nature, dimension):
                raise ValidationError(
                    ERR_EXPOSURE_NOT_IN_NATURE, dimension, dimension=DIMENSION_LABELS[dimension]
                )
        result = assess(
            factors,
            nature.data_categories,
            minors=nature.minors,
            override=override,
            justification=justification,
        )
        values = repo.risk_values(result, now)
        changes = {
            "risk_level": [_plain(current.risk_level), str(result.level)],
            "risk_computed": str(result.computed),
            "severity": result.severity_score,
            "factors": result.factors.to_dict(),
            "method": result.method,
        }
        if result.override is not None:
            changes["risk_justification"] = "renseigné"
        # A decision not to notify rests on a risk "unlikely"; a higher level voids it.
        if result.level is not RiskLevel.NONE and current.no_notification is not None:
            values.update(no_notification_reasons="", no_notification_at=None)
            values["no_notification_by"] = ""
            changes["no_notification"] = "annulée"
        return values, changes

    return _apply(register, breach, mutate, clock=clock, action="assess")


def record_no_notification(
    register: Register, breach: BreachIncident, reasons: str, *, clock: Clock | None = None
) -> BreachIncident:
    """Art. 33(1): no notification for a breach unlikely to result in a risk; the
    decision and its reasons stay in the breach register (Art. 33(5))."""
    text = (reasons or "").strip()
    if not text:
        gdpr = Regime.GDPR in breach.regimes
        raise ValidationError(
            rules.ERR_DECISION_REASONS if gdpr else rules.ERR_DECISION_REASONS_POLICY,
            "no_notification_reasons",
        )
    if len(text) > rules.MAX_TEXT:
        raise ValidationError(rules.ERR_TOO_LONG, "no_notification_reasons", limit=rules.MAX_TEXT)

    def mutate(
        conn: Connection, current: BreachIncident, now: datetime, zone: tzinfo, actor: str
    ) -> tuple[Row, Row]:
        rules.check_decision_not_to_notify(current.facts)
        return (
            {
                "no_notification_reasons": text,
                "no_notification_at": now,
                "no_notification_by": actor,
            },
            {"no_notification": "décidée", "no_notification_reasons": "renseigné"},
        )

    return _apply(register, breach, mutate, clock=clock, action="no_notification")


def add_notification(
    register: Register,
    breach: BreachIncident,
    notification: AuthorityNotification,
    *,
    clock: Clock | None = None,
) -> BreachIncident:
    """Record a notification, or one phase of it (Art. 33(4)).

    Each notice meets the duty of its authority (``rules.duty_for``): an EU authority's
    the GDPR's (Art. 33), the CNDP's the organisation's 09-08 policy; a notice meeting no
    duty of this breach is kept as a courtesy and stops no clock. A late initial notice
    needs the reasons for its delay, worded after its duty.
    """

    def mutate(
        conn: Connection, current: BreachIncident, now: datetime, zone: tzinfo, actor: str
    ) -> tuple[Row, Row]:
        authority = rules.Authority(notification.authority)
        duty = current.duty_for(authority)
        clean = notification.validated(
            deadline=current.deadline_for(authority),
            discovered_at=current.discovered_at,
            now=now,
            zone=zone,
            earlier=current.notifications,
            duty=duty,
        )
        stored = AuthorityNotification(**{**clean.__dict__, "recorded_by": actor})
        notification_id = repo.add_notification(conn, current.id, stored, now)
        repo.add_event(
            conn,
            current.id,
            TimelineEvent(EventKind.NOTIFIED, clean.sent_at, actor, _notification_note(clean)),
            now,
        )
        changes = {
            "notification": notification_id,
            "authority": str(clean.authority),
            "phase": str(clean.phase),
            "sent_at": clean.sent_at.isoformat(),
            "channel": str(clean.channel),
            "duty": str(duty) if duty is not None else None,
            "late": current.is_late(clean),
        }
        if clean.delay_reason:
            changes["delay_reason"] = "renseigné"
        if clean.authority_reference:
            changes["authority_reference"] = clean.authority_reference
        return {}, changes

    return _apply(register, breach, mutate, clock=clock, action="notify")


def _notification_note(notification: AuthorityNotification) -> str:
    phase = rules.NOTIFICATION_PHASE_LABELS[notification.phase]
    return f"{notification.authority_label} — {phase}"


def record_communication(
    register: Register,
    breach: BreachIncident,
    communication: SubjectCommunication,
    *,
    clock: Clock | None = None,
) -> BreachIncident:
    """The communication to the data subjects (Art. 34), or the public communication
    replacing it under Art. 34(3)(c)."""

    def mutate(
        conn: Connection, current: BreachIncident, now: datetime, zone: tzinfo, actor: str
    ) -> tuple[Row, Row]:
        clean = communication.validated(discovered_at=current.discovered_at, now=now, zone=zone)
        stored = SubjectCommunication(**{**clean.__dict__, "recorded_by": actor})
        communication_id = repo.add_communication(conn, current.id, stored, now)
        repo.add_event(
            conn,
            current.id,
            TimelineEvent(
                EventKind.COMMUNICATED,
                clean.sent_at,
                actor,
                rules.COMMUNICATION_CHANNEL_LABELS[clean.channel],
            ),
            now,
        )
        return {}, {
            "communication": communication_id,
            "sent_at": clean.sent_at.isoformat(),
            "channel": str(clean.channel),
            "public": clean.public,
            "audience": "renseigné",
        }

    return _apply(register, breach, mutate, clock=clock, action="communicate")


def record_art34_exception(
    register: Register,
    breach: BreachIncident,
    ground: Art34Exception | str,
    justification: str,
    *,
    clock: Clock | None = None,
) -> BreachIncident:
    """Art. 34(3): (a) unintelligible data, (b) high risk since removed, (c) a public
    communication instead of individual ones (under Law 09-08 alone, the same grounds
    of the organisation's policy, worded without the GDPR)."""
    ground = Art34Exception(ground)
    text = (justification or "").strip()
    if not text:
        raise ValidationError(
            rules.ERR_EXCEPTION_JUSTIFICATION
            if Regime.GDPR in breach.regimes
            else rules.ERR_EXCEPTION_JUSTIFICATION_POLICY,
            "art34_justification",
        )
    if len(text) > rules.MAX_TEXT:
        raise ValidationError(rules.ERR_TOO_LONG, "art34_justification", limit=rules.MAX_TEXT)

    def mutate(
        conn: Connection, current: BreachIncident, now: datetime, zone: tzinfo, actor: str
    ) -> tuple[Row, Row]:
        rules.check_art34_exception(current.facts)
        before = str(current.art34_exception.ground) if current.art34_exception else None
        return (
            {"art34_exception": str(ground), "art34_justification": text, "art34_decided_at": now},
            {"art34_exception": [before, str(ground)], "art34_justification": "renseigné"},
        )

    return _apply(register, breach, mutate, clock=clock, action="art34_exception")


def record_dgssi(
    register: Register,
    breach: BreachIncident,
    *,
    applies: bool | None,
    declared_at: datetime | None = None,
    reference: str = "",
    clock: Clock | None = None,
) -> BreachIncident:
    """Law 05-20: whether the incident must be declared to the DGSSI, and when it was."""

    def mutate(
        conn: Connection, current: BreachIncident, now: datetime, zone: tzinfo, actor: str
    ) -> tuple[Row, Row]:
        clean = DgssiDeclaration(applies, declared_at, reference).validated(
            discovered_at=current.discovered_at, now=now, zone=zone
        )
        values = {
            "dgssi_applies": clean.applies,
            "dgssi_declared_at": clean.declared_at,
            "dgssi_reference": clean.reference,
        }
        before = current.dgssi
        changes = {
            "dgssi_applies": [before.applies, clean.applies],
            "dgssi_declared_at": [_plain(before.declared_at), _plain(clean.declared_at)],
        }
        if clean.reference != before.reference:
            changes["dgssi_reference"] = "modifié" if before.reference else "renseigné"
        return values, changes

    return _apply(register, breach, mutate, clock=clock, action="dgssi")


def add_event(
    register: Register,
    breach: BreachIncident,
    kind: EventKind | str,
    *,
    at: datetime | None = None,
    note: str = "",
    clock: Clock | None = None,
) -> BreachIncident:
    """Add "contained" or a note to the timeline; the other events come with their act."""
    kind = EventKind(kind)
    if kind not in MANUAL_EVENTS:
        raise ValidationError(ERR_MANUAL_EVENT, "kind")
    text = (note or "").strip()
    if len(text) > rules.MAX_TEXT:
        raise ValidationError(rules.ERR_TOO_LONG, "note", limit=rules.MAX_TEXT)

    def mutate(
        conn: Connection, current: BreachIncident, now: datetime, zone: tzinfo, actor: str
    ) -> tuple[Row, Row]:
        # A closed record stays open to notes (an authority's acknowledgement, say),
        # not to new facts.
        if current.status is BreachStatus.CLOSED and kind is not EventKind.NOTE:
            raise BreachClosed(reference=current.reference)
        when = at or now
        if when.tzinfo is None:
            raise ValueError("event instants must be timezone-aware")
        rules.check_event_instant(when, current.discovered_at, now, zone)
        event_id = repo.add_event(conn, current.id, TimelineEvent(kind, when, actor, text), now)
        changes = {"event": event_id, "kind": str(kind), "at": when.isoformat()}
        if text:
            changes["note"] = "renseigné"
        return {}, changes

    return _apply(register, breach, mutate, clock=clock, action="event", allow_closed=True)


def record_remedial_actions(
    register: Register, breach: BreachIncident, text: str, *, clock: Clock | None = None
) -> BreachIncident:
    """The remedial action taken (Art. 33(5)): required before closing."""
    clean = (text or "").strip()
    if len(clean) > rules.MAX_TEXT:
        raise ValidationError(rules.ERR_TOO_LONG, "remedial_actions", limit=rules.MAX_TEXT)

    def mutate(
        conn: Connection, current: BreachIncident, now: datetime, zone: tzinfo, actor: str
    ) -> tuple[Row, Row]:
        if clean == current.remedial_actions:
            return {}, {}
        return {"remedial_actions": clean}, _changes(
            {"remedial_actions": current.remedial_actions}, {"remedial_actions": clean}
        )

    return _apply(register, breach, mutate, clock=clock, action="remedial")


def close_breach(
    register: Register,
    breach: BreachIncident,
    *,
    remedial_actions: str | None = None,
    clock: Clock | None = None,
) -> BreachIncident:
    """Close the record once its duties are met (see ``domain.breaches.check_can_close``)."""
    remedial = None if remedial_actions is None else remedial_actions.strip()
    if remedial is not None and not remedial:
        raise ValidationError(ERR_REMEDIAL, "remedial_actions")

    def mutate(
        conn: Connection, current: BreachIncident, now: datetime, zone: tzinfo, actor: str
    ) -> tuple[Row, Row]:
        facts = current.facts
        values: Row = {}
        changes: Row = {}
        if remedial is not None and remedial != current.remedial_actions:
            if len(remedial) > rules.MAX_TEXT:
                raise ValidationError(rules.ERR_TOO_LONG, "remedial_actions", limit=rules.MAX_TEXT)
            values["remedial_actions"] = remedial
            changes["remedial_actions"] = "modifié" if current.remedial_actions else "renseigné"
            facts = _with(facts, remedial_actions=True)
        status = rules.validate_transition(current.status, BreachStatus.CLOSED, facts)
        values.update(status=str(status), closed_at=now)
        changes["closed_at"] = now.isoformat()
        repo.add_event(conn, current.id, TimelineEvent(EventKind.CLOSED, now, actor), now)
        return values, changes

    return _apply(register, breach, mutate, clock=clock, action="close")


def _with(facts: rules.BreachFacts, **changes: Any) -> rules.BreachFacts:
    return replace(facts, **changes)


# ----------------------------------------------------------------------------- overview


@dataclass(frozen=True)
class BreachSummary:
    open: int
    awaiting_notification: int  # open, governing notice not sent, no decision not to notify
    overdue: int  # of those, past their deadline


def summary(register: Register, *, clock: Clock | None = None) -> BreachSummary:
    """For the dashboard: how many breaches are open and how many still run their clock."""
    return dashboard(register, clock=clock, limit=0)[0]


def dashboard(
    register: Register, *, clock: Clock | None = None, limit: int = 8
) -> tuple[BreachSummary, list[BreachRow]]:
    """The summary and the ``limit`` most urgent open breaches, from one read of the open
    ones (the dashboard read them twice: 20 ms of its wait after Enter at 200 breaches)."""
    now = (clock or SystemClock()).now()
    rows = open_breaches(register)
    # The governing duty's clock (an EU authority under the GDPR, else the CNDP): a
    # GDPR breach notified to the CNDP alone still awaits its notification.
    running = [left for r in rows if (left := r.countdown(now)) is not None]
    counts = BreachSummary(
        open=len(rows),
        awaiting_notification=len(running),
        overdue=sum(1 for left in running if left.overdue),
    )
    return counts, rows[:limit]
