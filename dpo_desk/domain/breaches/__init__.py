"""Personal-data breaches: the 72-hour clock, the record, its notifications and workflow.

Pure Python. Where each part lives:

- ``enums``: the stored values (statuses, authorities, duties, channels, events…);
- ``labels``: their French labels, one table per enum (message ids);
- ``clock``: the 72-hour deadline (GDPR Art. 33(1)), its rule by regime, and the
  countdown to it, with their labels;
- ``instants``: reading, ordering and showing instants in the organisation's zone;
- ``validation``: the size limits of what the DPO types;
- ``notices``: the notices to the authorities, the communication to the persons, the
  DGSSI declaration;
- ``duties``: which notices a breach owes, to whom, by when, and whether each is done;
- ``workflow``: the statuses and the facts each move needs;
- ``model``: the intake and the record of the breach register (GDPR Art. 33(5)).

The risk method (likelihood × severity) is ``dpo_desk.domain.breach_risk``; the ``VIO-…``
references are ``dpo_desk.domain.references``.

*The basis.* Under the GDPR the 72 hours are the law. Law 09-08 has no breach
notification duty (its arts. 23-24 are security duties only); the seed organisations
still promise to notify the CNDP within 72 hours, so under 09-08 the same countdown is
shown as internal policy, and labelled so. The duties (``duties``) and the persons'
information (``workflow``) carry the details.

Other layers import the names below from this package; inside it, each module imports
from its siblings.
"""

from dpo_desk.domain.breaches.clock import (
    BREACH_DEADLINE_LABELS,
    COUNTDOWN_LEFT,
    COUNTDOWN_LEVEL_LABELS,
    COUNTDOWN_OVERDUE,
    CRITICAL_THRESHOLD,
    NOTIFIED_ON,
    RULE_GDPR_ART_33,
    RULE_LAW_05_20,
    RULE_POLICY_72H,
    WARNING_THRESHOLD,
    BreachDeadline,
    Countdown,
    CountdownLevel,
    breach_deadline,
    countdown,
    deadline_rule,
    notification_deadline,
)
from dpo_desk.domain.breaches.duties import (
    NotificationDuty,
    duties_for,
    duty_for,
    governing_duty,
)
from dpo_desk.domain.breaches.enums import (
    EU_AUTHORITIES,
    Art34Exception,
    Authority,
    BreachStatus,
    CommunicationChannel,
    DutyKind,
    DutyState,
    EventKind,
    NotificationPhase,
)
from dpo_desk.domain.breaches.instants import (
    check_event_instant,
    check_instants,
    display,
    localise,
    parse_instant,
    zone_named,
)
from dpo_desk.domain.breaches.labels import (
    ART34_EXCEPTION_LABELS,
    AUTHORITY_LABELS,
    BREACH_STATUS_LABELS,
    COMMUNICATION_CHANNEL_LABELS,
    DUTY_CITATIONS,
    DUTY_LABELS,
    DUTY_STATE_LABELS,
    DUTY_WITHOUT_DELAY,
    EVENT_KIND_LABELS,
    NOTIFICATION_PHASE_LABELS,
    art34_exception_labels,
)
from dpo_desk.domain.breaches.model import (
    DEFAULT_REGIMES,
    ERR_DECISION_REASONS,
    ERR_DECISION_REASONS_POLICY,
    ERR_EXCEPTION_JUSTIFICATION,
    ERR_EXCEPTION_JUSTIFICATION_POLICY,
    ERR_NO_IMPACT,
    NOTE_REGIME_ASSUMED,
    BreachIncident,
    BreachIntake,
    BreachNature,
    CommunicationException,
    NoNotificationDecision,
    TimelineEvent,
    notification_duties,
)
from dpo_desk.domain.breaches.notices import (
    ERR_DELAY_REASON,
    ERR_DELAY_REASON_POLICY,
    AuthorityNotification,
    DgssiDeclaration,
    SubjectCommunication,
    delay_reason_required,
)
from dpo_desk.domain.breaches.validation import (
    ERR_COUNT,
    ERR_TOO_LONG,
    MAX_TEXT,
)
from dpo_desk.domain.breaches.workflow import (
    REFUSED_CLOSED,
    BreachFacts,
    InvalidBreachTransition,
    TransitionRefused,
    advance,
    check_art34_exception,
    check_can_close,
    check_decision_not_to_notify,
    check_transition,
    communication_required,
    settle,
    validate_transition,
)

__all__ = [
    "ART34_EXCEPTION_LABELS",
    "AUTHORITY_LABELS",
    "Art34Exception",
    "Authority",
    "AuthorityNotification",
    "BREACH_DEADLINE_LABELS",
    "BREACH_STATUS_LABELS",
    "BreachDeadline",
    "BreachFacts",
    "BreachIncident",
    "BreachIntake",
    "BreachNature",
    "BreachStatus",
    "COMMUNICATION_CHANNEL_LABELS",
    "COUNTDOWN_LEFT",
    "COUNTDOWN_LEVEL_LABELS",
    "COUNTDOWN_OVERDUE",
    "CRITICAL_THRESHOLD",
    "CommunicationChannel",
    "CommunicationException",
    "Countdown",
    "CountdownLevel",
    "DEFAULT_REGIMES",
    "DUTY_CITATIONS",
    "DUTY_LABELS",
    "DUTY_STATE_LABELS",
    "DUTY_WITHOUT_DELAY",
    "DgssiDeclaration",
    "DutyKind",
    "DutyState",
    "ERR_COUNT",
    "ERR_DECISION_REASONS",
    "ERR_DECISION_REASONS_POLICY",
    "ERR_DELAY_REASON",
    "ERR_DELAY_REASON_POLICY",
    "ERR_EXCEPTION_JUSTIFICATION",
    "ERR_EXCEPTION_JUSTIFICATION_POLICY",
    "ERR_NO_IMPACT",
    "ERR_TOO_LONG",
    "EU_AUTHORITIES",
    "EVENT_KIND_LABELS",
    "EventKind",
    "InvalidBreachTransition",
    "MAX_TEXT",
    "NOTE_REGIME_ASSUMED",
    "NOTIFICATION_PHASE_LABELS",
    "NOTIFIED_ON",
    "NoNotificationDecision",
    "NotificationDuty",
    "NotificationPhase",
    "REFUSED_CLOSED",
    "RULE_GDPR_ART_33",
    "RULE_LAW_05_20",
    "RULE_POLICY_72H",
    "SubjectCommunication",
    "TimelineEvent",
    "TransitionRefused",
    "WARNING_THRESHOLD",
    "advance",
    "art34_exception_labels",
    "breach_deadline",
    "check_art34_exception",
    "check_can_close",
    "check_decision_not_to_notify",
    "check_event_instant",
    "check_instants",
    "check_transition",
    "communication_required",
    "countdown",
    "deadline_rule",
    "delay_reason_required",
    "display",
    "duties_for",
    "duty_for",
    "governing_duty",
    "localise",
    "notification_deadline",
    "notification_duties",
    "parse_instant",
    "settle",
    "validate_transition",
    "zone_named",
]
