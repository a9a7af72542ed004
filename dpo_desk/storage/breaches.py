"""Repository of personal-data breaches: SQL in, domain objects out.

The list reads one window of rows at a time, filtered and sorted in SQL (open
breaches first, the nearest deadline first); a breach's notifications,
communications and timeline are read with the breach.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Connection,
    Exists,
    ScalarSelect,
    and_,
    case,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.sql import ColumnElement

from dpo_desk.domain.breach_risk import (
    DataCategory,
    RiskAssessment,
    RiskFactors,
    RiskLevel,
    assess,
)
from dpo_desk.domain.breaches import (
    EU_AUTHORITIES,
    Art34Exception,
    Authority,
    AuthorityNotification,
    BreachDeadline,
    BreachIncident,
    BreachNature,
    BreachStatus,
    CommunicationChannel,
    CommunicationException,
    Countdown,
    DgssiDeclaration,
    EventKind,
    NoNotificationDecision,
    NotificationDuty,
    NotificationPhase,
    SubjectCommunication,
    TimelineEvent,
    deadline_rule,
    duties_for,
    governing_duty,
)
from dpo_desk.domain.references import BREACH_PREFIX
from dpo_desk.domain.requests.workflow import Channel, Regime
from dpo_desk.storage import references
from dpo_desk.storage.listing import count_matching
from dpo_desk.storage.rows import AnyRow, Values, inserted_id
from dpo_desk.storage.schema import (
    breach,
    breach_communication,
    breach_event,
    breach_notification,
)

T = breach
N = breach_notification
C = breach_communication
E = breach_event

LIST_COLUMNS = ("subject_categories", "record_categories", "processors")


def encode_list(values: Iterable[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def decode_list(text: str | None) -> tuple[str, ...]:
    if not text:
        return ()
    return tuple(str(v) for v in json.loads(text))


def nature_values(nature: BreachNature) -> dict[str, Any]:
    """The breach columns holding its nature and scope."""
    return {
        "description": nature.description,
        "confidentiality": nature.confidentiality,
        "integrity": nature.integrity,
        "availability": nature.availability,
        "subject_categories": encode_list(nature.subject_categories),
        "subjects_count": nature.subjects_count,
        "record_categories": encode_list(nature.record_categories),
        "records_count": nature.records_count,
        "data_categories": encode_list(sorted(str(c) for c in nature.data_categories)),
        "minors": nature.minors,
        "consequences": nature.consequences,
        "measures_taken": nature.measures_taken,
        "measures_proposed": nature.measures_proposed,
        "processors": encode_list(nature.processors),
    }


def _nature(row: AnyRow) -> BreachNature:
    return BreachNature(
        description=row.description,
        confidentiality=row.confidentiality,
        integrity=row.integrity,
        availability=row.availability,
        subject_categories=decode_list(row.subject_categories),
        subjects_count=row.subjects_count,
        record_categories=decode_list(row.record_categories),
        records_count=row.records_count,
        data_categories=frozenset(DataCategory(c) for c in decode_list(row.data_categories)),
        minors=row.minors,
        consequences=row.consequences,
        measures_taken=row.measures_taken,
        measures_proposed=row.measures_proposed,
        processors=decode_list(row.processors),
    )


def risk_values(assessment: RiskAssessment, at: datetime) -> dict[str, Any]:
    """The risk columns. The inputs are kept as they were when the DPO assessed, so a
    later edit of the nature does not silently change a past assessment."""
    factors = {
        **assessment.factors.to_dict(),
        "data_categories": sorted(str(c) for c in assessment.data_categories),
        "minors": assessment.minors,
    }
    return {
        "risk_level": str(assessment.level),
        "risk_computed": str(assessment.computed),
        "risk_factors": json.dumps(factors, sort_keys=True),
        "risk_method": assessment.method,
        "risk_justification": assessment.justification,
        "risk_assessed_at": at,
    }


def _risk(row: AnyRow) -> RiskAssessment | None:
    if not row.risk_factors:
        return None
    data = json.loads(row.risk_factors)
    override = None
    if row.risk_level and row.risk_level != row.risk_computed:
        override = RiskLevel(row.risk_level)
    return assess(
        RiskFactors.from_dict(data),
        frozenset(DataCategory(c) for c in data.get("data_categories", [])),
        minors=bool(data.get("minors")),
        override=override,
        justification=row.risk_justification,
    )


def _regimes(row: AnyRow) -> frozenset[Regime]:
    found: set[Regime] = set()
    if row.under_gdpr:
        found.add(Regime.GDPR)
    if row.under_law_09_08:
        found.add(Regime.LAW_09_08)
    return frozenset(found)


def _to_breach(conn: Connection, row: AnyRow) -> BreachIncident:
    no_notification = None
    if row.no_notification_at is not None:
        no_notification = NoNotificationDecision(
            row.no_notification_reasons, row.no_notification_at, row.no_notification_by
        )
    exception = None
    if row.art34_exception:
        exception = CommunicationException(
            Art34Exception(row.art34_exception), row.art34_justification, row.art34_decided_at
        )
    return BreachIncident(
        id=row.id,
        reference=row.reference,
        title=row.title,
        regimes=_regimes(row),
        status=BreachStatus(row.status),
        started_at=row.started_at,
        discovered_at=row.discovered_at,
        aware_at=row.aware_at,
        notify_by=row.notify_by,
        # From the regimes, not the stored column: a breach with no regime recorded
        # was once given the GDPR's rule (migration 0007 corrects the column too).
        deadline_rule=deadline_rule(_regimes(row))[0],
        nature=_nature(row),
        risk=_risk(row),
        risk_assessed_at=row.risk_assessed_at,
        no_notification=no_notification,
        art34_exception=exception,
        dgssi=DgssiDeclaration(row.dgssi_applies, row.dgssi_declared_at, row.dgssi_reference),
        remedial_actions=row.remedial_actions,
        closed_at=row.closed_at,
        created_at=row.created_at,
        updated_at=row.updated_at,
        version=row.version,
        notifications=notifications_for(conn, row.id),
        communications=communications_for(conn, row.id),
        events=events_for(conn, row.id),
    )


# ----------------------------------------------------------------------------- reads


def get(conn: Connection, breach_id: int) -> BreachIncident | None:
    row = conn.execute(select(T).where(T.c.id == breach_id)).first()
    return None if row is None else _to_breach(conn, row)


def get_by_reference(conn: Connection, reference: str) -> BreachIncident | None:
    row = conn.execute(select(T).where(T.c.reference == reference.strip().upper())).first()
    return None if row is None else _to_breach(conn, row)


def notifications_for(conn: Connection, breach_id: int) -> tuple[AuthorityNotification, ...]:
    rows = conn.execute(select(N).where(N.c.breach_id == breach_id).order_by(N.c.sent_at, N.c.id))
    return tuple(
        AuthorityNotification(
            authority=Authority(r.authority),
            phase=NotificationPhase(r.phase),
            sent_at=r.sent_at,
            channel=Channel(r.channel),
            authority_name=r.authority_name,
            authority_reference=r.authority_reference,
            delay_reason=r.delay_reason,
            notes=r.notes,
            id=r.id,
            recorded_by=r.recorded_by,
        )
        for r in rows
    )


def communications_for(conn: Connection, breach_id: int) -> tuple[SubjectCommunication, ...]:
    rows = conn.execute(select(C).where(C.c.breach_id == breach_id).order_by(C.c.sent_at, C.c.id))
    return tuple(
        SubjectCommunication(
            sent_at=r.sent_at,
            channel=CommunicationChannel(r.channel),
            audience=r.audience,
            notes=r.notes,
            id=r.id,
            recorded_by=r.recorded_by,
        )
        for r in rows
    )


def events_for(conn: Connection, breach_id: int) -> tuple[TimelineEvent, ...]:
    rows = conn.execute(select(E).where(E.c.breach_id == breach_id).order_by(E.c.at, E.c.id))
    return tuple(TimelineEvent(EventKind(r.kind), r.at, r.author, r.note, r.id) for r in rows)


# ----------------------------------------------------------------------------- writes


def last_reference_number(conn: Connection, year: int) -> int:
    """The highest number the year's references used (0 for none yet)."""
    return references.last_number(conn, T.c.reference, BREACH_PREFIX, year)


def insert_breach(conn: Connection, values: Values) -> int:
    return inserted_id(conn.execute(insert(T).values(**values)))


def update_breach(conn: Connection, breach_id: int, expected_version: int, values: Values) -> bool:
    """Update with optimistic concurrency; False when someone else changed the row first."""
    result = conn.execute(
        update(T)
        .where(T.c.id == breach_id, T.c.version == expected_version)
        .values(**values, version=expected_version + 1)
    )
    return result.rowcount == 1


def set_status(conn: Connection, breach_id: int, status: BreachStatus) -> None:
    """Move the status inside the caller's transaction (its version is already bumped)."""
    conn.execute(update(T).where(T.c.id == breach_id).values(status=str(status)))


def add_notification(
    conn: Connection, breach_id: int, notification: AuthorityNotification, recorded_at: datetime
) -> int:
    return inserted_id(
        conn.execute(
            insert(N).values(
                breach_id=breach_id,
                authority=str(notification.authority),
                authority_name=notification.authority_name,
                phase=str(notification.phase),
                sent_at=notification.sent_at,
                channel=str(notification.channel),
                authority_reference=notification.authority_reference,
                delay_reason=notification.delay_reason,
                notes=notification.notes,
                recorded_at=recorded_at,
                recorded_by=notification.recorded_by,
            )
        )
    )


def add_communication(
    conn: Connection, breach_id: int, communication: SubjectCommunication, recorded_at: datetime
) -> int:
    return inserted_id(
        conn.execute(
            insert(C).values(
                breach_id=breach_id,
                sent_at=communication.sent_at,
                channel=str(communication.channel),
                audience=communication.audience,
                notes=communication.notes,
                recorded_at=recorded_at,
                recorded_by=communication.recorded_by,
            )
        )
    )


def add_event(conn: Connection, breach_id: int, event: TimelineEvent, recorded_at: datetime) -> int:
    return inserted_id(
        conn.execute(
            insert(E).values(
                breach_id=breach_id,
                kind=str(event.kind),
                at=event.at,
                author=event.author,
                note=event.note,
                recorded_at=recorded_at,
            )
        )
    )


# ----------------------------------------------------------------------------- lists


@dataclass(frozen=True)
class BreachFilter:
    open_only: bool = False
    statuses: frozenset[BreachStatus] = frozenset()
    regime: Regime | None = None
    # Part of the reference or the title, as typed: a few dozen breaches at most, so a
    # LIKE over two columns is enough (no full-text index, unlike the requests).
    search: str = ""


@dataclass(frozen=True)
class BreachRow:
    """One line of the list: what the table and `breach list` show."""

    id: int
    reference: str
    title: str
    status: BreachStatus
    regimes: frozenset[Regime]
    aware_at: datetime
    notify_by: datetime
    deadline_rule: str  # from the regimes (see domain.breaches.deadline_rule)
    risk_level: RiskLevel | None
    no_notification: bool
    closed_at: datetime | None
    eu_notified_at: datetime | None = (
        None  # first initial notice to the CNIL or another EU authority
    )
    cndp_notified_at: datetime | None = None  # first initial notice to the CNDP
    dgssi: DgssiDeclaration = DgssiDeclaration(None)

    @property
    def is_open(self) -> bool:
        return self.status is not BreachStatus.CLOSED

    @property
    def deadline(self) -> BreachDeadline:
        rule, basis = deadline_rule(self.regimes)
        return BreachDeadline(self.notify_by, rule, basis)

    @property
    def duties(self) -> tuple[NotificationDuty, ...]:
        """The same duties as the full record's (domain.breaches.notification_duties)."""
        return duties_for(
            self.regimes,
            self.notify_by,
            eu_notified_at=self.eu_notified_at,
            cndp_notified_at=self.cndp_notified_at,
            decided_not_to_notify=self.no_notification,
            dgssi=self.dgssi,
        )

    @property
    def governing_duty(self) -> NotificationDuty:
        return governing_duty(self.duties)

    @property
    def notified_at(self) -> datetime | None:
        """When the governing duty's authority was notified (a CNDP notice alone does
        not count for a GDPR breach)."""
        return self.governing_duty.met_at

    def countdown(self, now: datetime) -> Countdown | None:
        """The governing duty's 72 hours; None once met, decided not to notify, or closed."""
        if not self.is_open:
            return None
        return self.governing_duty.countdown(now)

    def pending_countdowns(self, now: datetime) -> list[tuple[NotificationDuty, Countdown]]:
        """Every notice still owed against the 72 hours (the governing one and, under
        both regimes, the CNDP's), with its clock; empty once closed."""
        if not self.is_open:
            return []
        found = []
        for duty in self.duties:
            left = duty.countdown(now)
            if left is not None:
                found.append((duty, left))
        return found


def _conditions(flt: BreachFilter) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if flt.open_only:
        conds.append(T.c.status != str(BreachStatus.CLOSED))
    if flt.statuses:
        conds.append(T.c.status.in_(sorted(str(s) for s in flt.statuses)))
    if flt.regime is Regime.GDPR:
        conds.append(T.c.under_gdpr.is_(True))
    elif flt.regime is Regime.LAW_09_08:
        conds.append(T.c.under_law_09_08.is_(True))
    if flt.search.strip():
        pattern = like_pattern(flt.search)
        conds.append(
            or_(
                func.lower(T.c.reference).like(pattern, escape="\\"),
                func.lower(T.c.title).like(pattern, escape="\\"),
            )
        )
    return conds


def like_pattern(text: str) -> str:
    """What was typed, as a LIKE pattern matching it anywhere: ``%``, ``_`` and the
    escape character itself are matched as text, never as wildcards.

    Folded as the columns are: SQLite's lower() folds ASCII letters only, so "É" stays
    "É" on both sides (Python's lower() would make it "é" and miss the title)."""
    typed = "".join(c.lower() if c.isascii() else c for c in text.strip())
    escaped = typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def count_rows(conn: Connection, flt: BreachFilter) -> int:
    return count_matching(conn, T, _conditions(flt))


def open_rows(conn: Connection) -> list[BreachRow]:
    """Every open breach, most urgent first, in one query: the dashboard, the alerts, the
    reminders and the calendar read them all (a register has few open at once), and
    paging them ended with one more query to find the last page empty."""
    return list_rows(conn, BreachFilter(open_only=True), offset=0, limit=None)


def list_rows(
    conn: Connection, flt: BreachFilter, *, offset: int = 0, limit: int | None = 200
) -> list[BreachRow]:
    """Most urgent first: open breaches whose 72 hours still run, nearest deadline first;
    then open breaches whose clock has stopped (the governing notice sent, or decided
    not to notify); closed ones last, newest first.

    The governing notice is the one domain.breaches.duties_for names: to the CNIL or
    another EU authority when the GDPR applies, to the CNDP otherwise. A CNDP notice
    alone leaves a GDPR breach's clock running, so the breach stays in the first group.
    """
    eu_sent = _first_sent(EU_AUTHORITIES).label("eu_notified_at")
    cndp_sent = _first_sent({Authority.CNDP}).label("cndp_notified_at")
    governing_met = or_(
        and_(T.c.under_gdpr.is_(True), _sent_exists(EU_AUTHORITIES)),
        and_(T.c.under_gdpr.is_(False), _sent_exists({Authority.CNDP})),
    )
    closed_last = case(
        (T.c.status == str(BreachStatus.CLOSED), 2),
        (or_(governing_met, T.c.no_notification_at.is_not(None)), 1),
        else_=0,
    )
    stmt = select(
        T.c.id,
        T.c.reference,
        T.c.title,
        T.c.status,
        T.c.under_gdpr,
        T.c.under_law_09_08,
        T.c.aware_at,
        T.c.notify_by,
        T.c.deadline_rule,
        T.c.risk_level,
        T.c.no_notification_at,
        T.c.dgssi_applies,
        T.c.dgssi_declared_at,
        T.c.closed_at,
        eu_sent,
        cndp_sent,
    )
    stmt = stmt.where(*_conditions(flt)).order_by(
        closed_last,
        case((T.c.status == str(BreachStatus.CLOSED), None), else_=T.c.notify_by),
        T.c.aware_at.desc(),
        T.c.id,
    )
    rows = conn.execute(stmt.offset(offset).limit(limit))
    return [
        BreachRow(
            id=r.id,
            reference=r.reference,
            title=r.title,
            status=BreachStatus(r.status),
            regimes=_regimes(r),
            aware_at=r.aware_at,
            notify_by=r.notify_by,
            deadline_rule=deadline_rule(_regimes(r))[0],
            risk_level=RiskLevel(r.risk_level) if r.risk_level else None,
            no_notification=r.no_notification_at is not None,
            closed_at=r.closed_at,
            eu_notified_at=_utc(r.eu_notified_at),
            cndp_notified_at=_utc(r.cndp_notified_at),
            dgssi=DgssiDeclaration(r.dgssi_applies, r.dgssi_declared_at),
        )
        for r in rows
    ]


def _initial_to(authorities: Iterable[Authority]) -> ColumnElement[bool]:
    return and_(
        N.c.breach_id == T.c.id,
        N.c.authority.in_(sorted(str(a) for a in authorities)),
        N.c.phase == str(NotificationPhase.INITIAL),
    )


def _first_sent(authorities: Iterable[Authority]) -> ScalarSelect[Any]:
    """The first initial notice to one of ``authorities`` (domain.breaches.first_notice)."""
    return select(func.min(N.c.sent_at)).where(_initial_to(authorities)).scalar_subquery()


def _sent_exists(authorities: Iterable[Authority]) -> Exists:
    return select(N.c.id).where(_initial_to(authorities)).exists()


def _utc(value: datetime | str | None) -> datetime | None:
    """Read an aggregate's result back as a UTC instant, whatever the driver returns."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
