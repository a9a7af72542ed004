"""A breach's statuses and the moves between them, with the facts each move needs.

The statuses follow the facts: recording an assessment, the governing notice or a
communication moves the breach along (``advance``, ``settle``); only closing is the
DPO's decision, refused (``TransitionRefused``) while a duty is still owed.

*The persons.* Telling the data subjects of a high risk is GDPR Art. 34 when the GDPR
applies. Law 09-08 provides no such communication: under it alone, informing them is
the organisation's policy (the seed policies promise to inform users "immédiatement").
The workflow applies the same rule to both (a high risk calls for it; the grounds of
Art. 34(3) lift it or replace it), but a case under 09-08 alone words it as policy:
its labels and refusals (``labels.art34_exception_labels``, the ``*_POLICY`` messages)
cite no GDPR article.
"""

from __future__ import annotations

from dataclasses import dataclass

from dpo_desk.domain import errors
from dpo_desk.domain.breach_risk import RiskLevel
from dpo_desk.domain.breaches.enums import Art34Exception, BreachStatus
from dpo_desk.domain.breaches.labels import BREACH_STATUS_LABELS
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP

_B = BreachStatus

# The natural path: open → assessed → notified → communicated → closed. "Notified"
# means the governing duty's authority was notified (an EU authority under the GDPR,
# the CNDP otherwise): a notice to the CNDP alone never makes a GDPR breach
# "notified". The DPO may notify before the assessment is complete (Art. 33(4): an initial notification with
# what is known); a breach unlikely to result in a risk closes from "assessed" once
# the decision not to notify is recorded (Art. 33(5)); a breach whose risk does not
# call for telling the persons closes from "notified". Nothing reopens a closed
# breach: new facts are a complementary notification on the same record before
# closing, or a new record.
ALLOWED_TRANSITIONS: dict[BreachStatus, frozenset[BreachStatus]] = {
    _B.OPEN: frozenset({_B.ASSESSED, _B.NOTIFIED}),
    _B.ASSESSED: frozenset({_B.NOTIFIED, _B.CLOSED}),
    _B.NOTIFIED: frozenset({_B.COMMUNICATED, _B.CLOSED}),
    _B.COMMUNICATED: frozenset({_B.CLOSED}),
    _B.CLOSED: frozenset(),
}


@dataclass(frozen=True)
class BreachFacts:
    """What the workflow's guards look at (everything else is detail)."""

    assessed: bool = False
    risk: RiskLevel | None = None
    no_notification_recorded: bool = False
    notified: bool = False  # the governing duty is met (see NotificationDuty)
    gdpr: bool = True  # the GDPR applies: its articles are cited; else the CNDP policy
    cndp_pending: bool = False  # the CNDP policy notice, beside the GDPR's, is still owed
    communications: int = 0
    public_communication: bool = False
    art34_exception: Art34Exception | None = None
    remedial_actions: bool = False
    dgssi_pending: bool = False


def communication_required(facts: BreachFacts) -> bool:
    """A high risk calls for telling the persons, unless exception (a) or (b) is recorded:
    GDPR Art. 34 when the GDPR applies, the organisation's policy under Law 09-08 alone
    (the same rule, worded as policy: see the module docstring)."""
    if facts.risk is not RiskLevel.HIGH_RISK:
        return False
    return facts.art34_exception not in (
        Art34Exception.UNINTELLIGIBLE,
        Art34Exception.RISK_REMOVED,
    )


def notification_required(facts: BreachFacts) -> bool:
    """Art. 33(1): every breach is notified unless unlikely to result in a risk.

    Until assessed, the answer is yes: the 72 hours run regardless.
    """
    return facts.risk is not RiskLevel.NONE


class InvalidBreachTransition(errors.InvalidTransition):
    """A move the breach workflow forbids outright. Its context is "BreachStatus", so
    the status names given as values are translated along with the sentence."""

    context = "BreachStatus"
    template = QT_TRANSLATE_NOOP(
        "BreachStatus",
        "Une violation au statut « {old} » ne peut pas passer au statut « {new} ».",
    )
    translated_values = ("old", "new")

    def __init__(self, old: BreachStatus | str, new: BreachStatus | str) -> None:
        self.old = BreachStatus(old)
        self.new = BreachStatus(new)
        super().__init__(old=BREACH_STATUS_LABELS[self.old], new=BREACH_STATUS_LABELS[self.new])


class TransitionRefused(errors.InvalidTransition):
    """A move the workflow allows in principle, refused because a fact is missing; the
    sentence (one of the ``REFUSED_*`` below) names it."""


REFUSED_NOT_ASSESSED = QT_TRANSLATE_NOOP(
    "Errors", "Évaluez d'abord le risque de la violation (gravité et vraisemblance)."
)
REFUSED_NO_NOTIFICATION = QT_TRANSLATE_NOOP(
    "Errors",
    "Aucune notification à une autorité de contrôle de l'UE n'est enregistrée : une "
    "notification à la CNDP ne remplit pas l'article 33 du RGPD.",
)
REFUSED_NO_NOTIFICATION_POLICY = QT_TRANSLATE_NOOP(
    "Errors", "Aucune notification à la CNDP n'est enregistrée."
)
REFUSED_NO_COMMUNICATION = QT_TRANSLATE_NOOP(
    "Errors", "Aucune communication aux personnes concernées n'est enregistrée."
)
REFUSED_CLOSE_REMEDIAL = QT_TRANSLATE_NOOP(
    "Errors",
    "Clôture impossible : consignez d'abord les mesures correctives prises (RGPD art. 33(5)).",
)
REFUSED_CLOSE_REMEDIAL_POLICY = QT_TRANSLATE_NOOP(
    "Errors",
    "Clôture impossible : consignez d'abord les mesures correctives prises au registre des "
    "violations.",
)
REFUSED_CLOSE_DECISION = QT_TRANSLATE_NOOP(
    "Errors",
    "Clôture impossible : la violation n'a pas été notifiée et la décision de ne pas "
    "notifier n'est pas motivée (RGPD art. 33(5)).",
)
REFUSED_CLOSE_DECISION_POLICY = QT_TRANSLATE_NOOP(
    "Errors",
    "Clôture impossible : la CNDP n'a pas été notifiée et la décision de ne pas notifier "
    "n'est pas motivée au registre des violations.",
)
REFUSED_CLOSE_NOTIFY = QT_TRANSLATE_NOOP(
    "Errors",
    "Clôture impossible : le risque évalué impose de notifier une autorité de contrôle de "
    "l'UE (RGPD art. 33(1)) ; une notification à la CNDP ne suffit pas.",
)
REFUSED_CLOSE_NOTIFY_POLICY = QT_TRANSLATE_NOOP(
    "Errors",
    "Clôture impossible : la politique interne de l'organisation impose de notifier la "
    "CNDP pour ce niveau de risque (la loi 09-08 ne prévoit pas de notification des "
    "violations).",
)
REFUSED_CLOSE_CNDP = QT_TRANSLATE_NOOP(
    "Errors",
    "Clôture impossible : la notification à la CNDP que prévoit la politique interne de "
    "l'organisation (loi 09-08) n'est pas enregistrée.",
)
REFUSED_CLOSE_COMMUNICATE = QT_TRANSLATE_NOOP(
    "Errors",
    "Clôture impossible : le risque est élevé ; informez les personnes concernées ou "
    "consignez une exception de l'article 34(3) du RGPD.",
)
REFUSED_CLOSE_COMMUNICATE_POLICY = QT_TRANSLATE_NOOP(
    "Errors",
    "Clôture impossible : le risque est élevé et la politique interne de l'organisation "
    "prévoit d'informer les personnes concernées ; informez-les ou consignez une "
    "exception.",
)
REFUSED_CLOSE_PUBLIC = QT_TRANSLATE_NOOP(
    "Errors",
    "Clôture impossible : l'exception de l'article 34(3)(c) du RGPD exige une "
    "communication publique, qui n'est pas enregistrée.",
)
REFUSED_CLOSE_PUBLIC_POLICY = QT_TRANSLATE_NOOP(
    "Errors",
    "Clôture impossible : l'exception retenue (efforts disproportionnés) exige une "
    "communication publique, qui n'est pas enregistrée.",
)
REFUSED_CLOSE_DGSSI = QT_TRANSLATE_NOOP(
    "Errors",
    "Clôture impossible : la déclaration à la DGSSI (loi 05-20) est requise mais n'est "
    "pas consignée.",
)
REFUSED_DECISION_RISK = QT_TRANSLATE_NOOP(
    "Errors",
    "Le risque retenu impose de notifier l'autorité (RGPD art. 33(1)) : une décision de ne "
    "pas notifier suppose un risque peu probable.",
)
REFUSED_DECISION_RISK_POLICY = QT_TRANSLATE_NOOP(
    "Errors",
    "Le risque retenu impose de notifier la CNDP selon la politique interne de "
    "l'organisation : une décision de ne pas notifier suppose un risque peu probable.",
)
REFUSED_EXCEPTION_RISK = QT_TRANSLATE_NOOP(
    "Errors",
    "Une exception de l'article 34(3) du RGPD ne se conçoit que pour un risque élevé.",
)
REFUSED_EXCEPTION_RISK_POLICY = QT_TRANSLATE_NOOP(
    "Errors",
    "Une exception à l'information des personnes concernées ne se conçoit que pour un "
    "risque élevé.",
)
REFUSED_CLOSED = QT_TRANSLATE_NOOP(
    "Errors", "La violation {reference} est clôturée : elle ne peut plus être modifiée."
)


def check_transition(old: BreachStatus | str, new: BreachStatus | str) -> None:
    if BreachStatus(new) not in ALLOWED_TRANSITIONS[BreachStatus(old)]:
        raise InvalidBreachTransition(old, new)


def validate_transition(
    old: BreachStatus | str, new: BreachStatus | str, facts: BreachFacts
) -> BreachStatus:
    """Check the move and the facts it needs; returns the new status."""
    check_transition(old, new)
    new = BreachStatus(new)
    if new is _B.ASSESSED and not facts.assessed:
        raise TransitionRefused(REFUSED_NOT_ASSESSED)
    if new is _B.NOTIFIED and not facts.notified:
        raise TransitionRefused(
            REFUSED_NO_NOTIFICATION if facts.gdpr else REFUSED_NO_NOTIFICATION_POLICY
        )
    if new is _B.COMMUNICATED and not facts.communications:
        raise TransitionRefused(REFUSED_NO_COMMUNICATION)
    if new is _B.CLOSED:
        check_can_close(facts)
    return new


def check_can_close(facts: BreachFacts) -> None:
    if not facts.assessed:
        raise TransitionRefused(REFUSED_NOT_ASSESSED)
    if not facts.notified:
        if notification_required(facts):
            raise TransitionRefused(
                REFUSED_CLOSE_NOTIFY if facts.gdpr else REFUSED_CLOSE_NOTIFY_POLICY
            )
        if not facts.no_notification_recorded:
            raise TransitionRefused(
                REFUSED_CLOSE_DECISION if facts.gdpr else REFUSED_CLOSE_DECISION_POLICY
            )
    # Under both regimes, the CNDP notice the policy promises is checked too: closing
    # would otherwise bury a promise not kept.
    if facts.cndp_pending and notification_required(facts):
        raise TransitionRefused(REFUSED_CLOSE_CNDP)
    if communication_required(facts):
        if facts.art34_exception is Art34Exception.DISPROPORTIONATE:
            if not facts.public_communication:
                raise TransitionRefused(
                    REFUSED_CLOSE_PUBLIC if facts.gdpr else REFUSED_CLOSE_PUBLIC_POLICY
                )
        elif not facts.communications:
            raise TransitionRefused(
                REFUSED_CLOSE_COMMUNICATE if facts.gdpr else REFUSED_CLOSE_COMMUNICATE_POLICY
            )
    if facts.dgssi_pending:
        raise TransitionRefused(REFUSED_CLOSE_DGSSI)
    if not facts.remedial_actions:
        raise TransitionRefused(
            REFUSED_CLOSE_REMEDIAL if facts.gdpr else REFUSED_CLOSE_REMEDIAL_POLICY
        )


def advance(status: BreachStatus | str, facts: BreachFacts) -> BreachStatus:
    """The status the recorded facts lead to, along the natural path, never closing.

    Assessing moves an open breach to "assessed"; the first notice meeting the governing
    duty moves it to "notified"; a communication recorded once notified moves it to
    "communicated".
    """
    current = BreachStatus(status)
    while True:
        if current is _B.OPEN and facts.notified:
            nxt = _B.NOTIFIED
        elif current is _B.OPEN and facts.assessed:
            nxt = _B.ASSESSED
        elif current is _B.ASSESSED and facts.notified:
            nxt = _B.NOTIFIED
        elif current is _B.NOTIFIED and facts.communications:
            nxt = _B.COMMUNICATED
        else:
            return current
        current = validate_transition(current, nxt, facts)


def settle(status: BreachStatus | str, facts: BreachFacts) -> BreachStatus:
    """The status the facts support, after any write.

    Like ``advance``, except that an open breach marked "notified" or "communicated"
    whose governing notice is not recorded goes back to where its facts lead: that
    happens when the regimes change (the GDPR added to a breach notified to the CNDP
    only) and for records of older versions, which counted any authority's notice.
    A closed breach stays closed.
    """
    current = BreachStatus(status)
    if current in (_B.NOTIFIED, _B.COMMUNICATED) and not facts.notified:
        current = _B.OPEN
    return advance(current, facts)


def check_decision_not_to_notify(facts: BreachFacts) -> None:
    if not facts.assessed:
        raise TransitionRefused(REFUSED_NOT_ASSESSED)
    if facts.risk is not RiskLevel.NONE:
        raise TransitionRefused(
            REFUSED_DECISION_RISK if facts.gdpr else REFUSED_DECISION_RISK_POLICY
        )


def check_art34_exception(facts: BreachFacts) -> None:
    if facts.risk is not RiskLevel.HIGH_RISK:
        raise TransitionRefused(
            REFUSED_EXCEPTION_RISK if facts.gdpr else REFUSED_EXCEPTION_RISK_POLICY
        )
