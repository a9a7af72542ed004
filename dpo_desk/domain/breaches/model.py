"""The breach record of the breach register (GDPR Art. 33(5)), and what the DPO types in.

``BreachIntake`` is the first entry (a title, the regimes, the three instants, the
nature); ``BreachIncident`` is the record as stored, with its notices, communications,
decisions and timeline, from which it derives its duties, its countdown and the facts
the workflow's guards read.

*The basis.* Law 09-08 has no breach notification duty (its arts. 23-24 are security
duties only); the seed organisations still promise to notify the CNDP within 72 hours,
so under 09-08 the same countdown is shown as internal policy, and labelled so. A breach
with no regime recorded (the form refuses one, but an old or hand-made row may have
none) is under the organisation's policy too: nothing shows a legal basis that was never
established.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, tzinfo

from dpo_desk.domain.breach_risk import DataCategory, RiskAssessment, RiskLevel
from dpo_desk.domain.breaches.clock import BreachDeadline, Countdown, deadline_rule
from dpo_desk.domain.breaches.duties import (
    NotificationDuty,
    duties_for,
    duty_for,
    first_notice,
    governing_duty,
)
from dpo_desk.domain.breaches.enums import (
    EU_AUTHORITIES,
    Art34Exception,
    Authority,
    BreachStatus,
    DutyKind,
    DutyState,
    EventKind,
)
from dpo_desk.domain.breaches.instants import check_instants, to_utc
from dpo_desk.domain.breaches.notices import (
    AuthorityNotification,
    DgssiDeclaration,
    SubjectCommunication,
)
from dpo_desk.domain.breaches.validation import MAX_TITLE, clean_count, clean_items, clean_text
from dpo_desk.domain.breaches.workflow import BreachFacts, communication_required
from dpo_desk.domain.errors import ValidationError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.domain.requests.workflow import Regime

ERR_TITLE = QT_TRANSLATE_NOOP("Errors", "Donnez un intitulé à la violation.")
ERR_REGIME = QT_TRANSLATE_NOOP("Errors", "Indiquez au moins un régime (Loi 09-08 ou RGPD).")
ERR_NO_IMPACT = QT_TRANSLATE_NOOP(
    "Errors",
    "Précisez la nature de la violation : atteinte à la confidentialité, à l'intégrité "
    "ou à la disponibilité.",
)
ERR_DECISION_REASONS = QT_TRANSLATE_NOOP(
    "Errors",
    "La décision de ne pas notifier doit être motivée : elle est documentée dans le "
    "registre des violations (RGPD art. 33(5)).",
)
ERR_DECISION_REASONS_POLICY = QT_TRANSLATE_NOOP(
    "Errors",
    "La décision de ne pas notifier doit être motivée : elle est documentée dans le "
    "registre des violations.",
)
ERR_EXCEPTION_JUSTIFICATION = QT_TRANSLATE_NOOP(
    "Errors", "Justifiez l'exception de l'article 34(3) du RGPD invoquée."
)
# Law 09-08 provides no communication to the persons: informing them is the
# organisation's policy, and so are its exceptions.
ERR_EXCEPTION_JUSTIFICATION_POLICY = QT_TRANSLATE_NOOP(
    "Errors", "Justifiez l'exception à l'information des personnes concernées."
)

# What a breach recorded without a regime falls under (the CLI's `breach add` without
# --regime): Law 09-08 applies to every Moroccan controller; the GDPR is added when
# persons in the EU are concerned (GDPR Art. 3(2)), which only the DPO can tell.
DEFAULT_REGIMES = frozenset({Regime.LAW_09_08})

NOTE_REGIME_ASSUMED = QT_TRANSLATE_NOOP(
    "BreachCli",
    "Aucun régime indiqué : la loi 09-08 est retenue (notification à la CNDP sous 72 "
    "heures, politique interne de l'organisation). Si des personnes se trouvant dans "
    "l'Union européenne sont concernées, ajoutez le régime gdpr.",
)


@dataclass(frozen=True)
class BreachNature:
    """What happened and to whom: GDPR Art. 33(3)(a), (c), (d)."""

    description: str = ""
    confidentiality: bool = False
    integrity: bool = False
    availability: bool = False
    subject_categories: tuple[str, ...] = ()  # "élèves", "parents", "enseignants"…
    subjects_count: int | None = None  # approximate
    record_categories: tuple[str, ...] = ()  # "comptes", "transactions"…
    records_count: int | None = None  # approximate
    data_categories: frozenset[DataCategory] = frozenset()
    minors: bool = False  # children's data weigh more (GDPR recital 38)
    consequences: str = ""  # Art. 33(3)(c)
    measures_taken: str = ""  # Art. 33(3)(d)
    measures_proposed: str = ""  # Art. 33(3)(d)
    processors: tuple[str, ...] = ()  # free text until the processor register exists

    @property
    def has_impact(self) -> bool:
        return self.confidentiality or self.integrity or self.availability

    def validated(self) -> BreachNature:
        return BreachNature(
            description=clean_text(self.description, "description"),
            confidentiality=bool(self.confidentiality),
            integrity=bool(self.integrity),
            availability=bool(self.availability),
            subject_categories=clean_items(self.subject_categories, "subject_categories"),
            subjects_count=clean_count(self.subjects_count, "subjects_count"),
            record_categories=clean_items(self.record_categories, "record_categories"),
            records_count=clean_count(self.records_count, "records_count"),
            data_categories=frozenset(DataCategory(c) for c in self.data_categories),
            minors=bool(self.minors),
            consequences=clean_text(self.consequences, "consequences"),
            measures_taken=clean_text(self.measures_taken, "measures_taken"),
            measures_proposed=clean_text(self.measures_proposed, "measures_proposed"),
            processors=clean_items(self.processors, "processors"),
        )


@dataclass(frozen=True)
class BreachIntake:
    """What the DPO records first: a title, the regime, and the three instants."""

    title: str
    regimes: frozenset[Regime]
    aware_at: datetime
    discovered_at: datetime | None = None  # defaults to the awareness
    started_at: datetime | None = None  # unknown in many breaches
    nature: BreachNature = field(default_factory=BreachNature)

    def validated(self, now: datetime, zone: tzinfo) -> BreachIntake:
        title = clean_text(self.title, "title", MAX_TITLE)
        if not title:
            raise ValidationError(ERR_TITLE, "title")
        regimes = frozenset(Regime(r) for r in self.regimes)
        if not regimes:
            raise ValidationError(ERR_REGIME, "regimes")
        aware = to_utc(self.aware_at, "aware_at")
        discovered = to_utc(self.discovered_at or self.aware_at, "discovered_at")
        started = to_utc(self.started_at, "started_at") if self.started_at else None
        check_instants(
            aware_at=aware, discovered_at=discovered, started_at=started, now=now, zone=zone
        )
        return BreachIntake(
            title=title,
            regimes=regimes,
            aware_at=aware,
            discovered_at=discovered,
            started_at=started,
            nature=self.nature.validated(),
        )


@dataclass(frozen=True)
class TimelineEvent:
    kind: EventKind
    at: datetime
    author: str
    note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class NoNotificationDecision:
    """Art. 33(1)/(5): why the authority was not notified, kept in the register."""

    reasons: str
    decided_at: datetime
    decided_by: str


@dataclass(frozen=True)
class CommunicationException:
    """Art. 34(3): why the high risk does not require telling each person."""

    ground: Art34Exception
    justification: str
    decided_at: datetime


@dataclass(frozen=True)
class BreachIncident:
    """A breach as stored in the breach register (GDPR Art. 33(5))."""

    id: int
    reference: str
    title: str
    regimes: frozenset[Regime]
    status: BreachStatus
    started_at: datetime | None
    discovered_at: datetime
    aware_at: datetime
    notify_by: datetime  # UTC; awareness + 72 h
    deadline_rule: str
    nature: BreachNature
    risk: RiskAssessment | None
    risk_assessed_at: datetime | None
    no_notification: NoNotificationDecision | None
    art34_exception: CommunicationException | None
    dgssi: DgssiDeclaration
    remedial_actions: str
    closed_at: datetime | None
    created_at: datetime
    updated_at: datetime
    version: int
    notifications: tuple[AuthorityNotification, ...] = ()
    communications: tuple[SubjectCommunication, ...] = ()
    events: tuple[TimelineEvent, ...] = ()

    @property
    def deadline(self) -> BreachDeadline:
        """The governing deadline. Its rule follows the regimes, whatever an older
        version stored (see ``deadline_rule``)."""
        rule, basis = deadline_rule(self.regimes)
        return BreachDeadline(self.notify_by, rule, basis)

    @property
    def is_open(self) -> bool:
        return self.status is not BreachStatus.CLOSED

    @property
    def risk_level(self) -> RiskLevel | None:
        return self.risk.level if self.risk else None

    @property
    def duties(self) -> tuple[NotificationDuty, ...]:
        return notification_duties(self)

    @property
    def governing_duty(self) -> NotificationDuty:
        return governing_duty(self.duties)

    @property
    def notified_at(self) -> datetime | None:
        """When the governing duty's authority was first notified: this stops the
        countdown. A notice to another authority (the CNDP for a GDPR breach) does not."""
        return self.governing_duty.met_at

    def duty_for(self, authority: Authority | str) -> DutyKind | None:
        """The duty a notice to ``authority`` meets for this breach, if any."""
        return duty_for(authority, self.regimes)

    def deadline_for(self, authority: Authority | str) -> datetime | None:
        """The deadline a notice to ``authority`` answers; None for a courtesy notice."""
        return self.notify_by if self.duty_for(authority) is not None else None

    def is_late(self, notification: AuthorityNotification) -> bool:
        """A notice sent after the deadline of the duty it meets (initial phase only)."""
        return notification.is_late(self.deadline_for(notification.authority))

    def countdown(self, now: datetime) -> Countdown | None:
        """The governing duty's clock; None once it is met, once a decision not to
        notify is recorded, or once the breach is closed."""
        if not self.is_open:
            return None
        return self.governing_duty.countdown(now)

    @property
    def facts(self) -> BreachFacts:
        duties = self.duties
        return BreachFacts(
            assessed=self.risk is not None,
            risk=self.risk_level,
            no_notification_recorded=self.no_notification is not None,
            notified=governing_duty(duties).state is DutyState.MET,
            gdpr=Regime.GDPR in self.regimes,
            cndp_pending=any(
                d.kind is DutyKind.CNDP and not d.governing and d.state is DutyState.PENDING
                for d in duties
            ),
            communications=len(self.communications),
            public_communication=any(c.public for c in self.communications),
            art34_exception=self.art34_exception.ground if self.art34_exception else None,
            remedial_actions=bool(self.remedial_actions.strip()),
            dgssi_pending=self.dgssi.pending,
        )

    @property
    def communication_required(self) -> bool:
        """Art. 34(1): high risk, and no Art. 34(3) exception (a) or (b) recorded.

        Exception (c) does not lift the duty to inform: it replaces the individual
        messages by a public communication.
        """
        return communication_required(self.facts)


def notification_duties(incident: BreachIncident) -> tuple[NotificationDuty, ...]:
    """Each duty of ``incident`` (EU authority, CNDP, DGSSI), in that order; exactly one
    is ``governing``. Services, CLI and GUI show and check these, never "any notice"."""
    return duties_for(
        incident.regimes,
        incident.notify_by,
        eu_notified_at=first_notice(incident.notifications, EU_AUTHORITIES),
        cndp_notified_at=first_notice(incident.notifications, (Authority.CNDP,)),
        decided_not_to_notify=incident.no_notification is not None,
        dgssi=incident.dgssi,
    )
