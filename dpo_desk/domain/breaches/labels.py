"""The French labels of the breach enums: message ids, one table per enum.

The translation context of each table is the enum's name ("BreachStatus", "Authority"…),
except the duties' ("BreachDuty"). The Excel export writes some of these labels and its
import reads them back: change a French text here and old files no longer import. The
clock's labels (deadline rules, countdown levels) are in ``clock``.
"""

from __future__ import annotations

from collections.abc import Iterable

from dpo_desk.domain.breaches.enums import (
    Art34Exception,
    Authority,
    BreachStatus,
    CommunicationChannel,
    DutyKind,
    DutyState,
    EventKind,
    NotificationPhase,
)
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.domain.requests.workflow import Regime

BREACH_STATUS_LABELS = {
    BreachStatus.OPEN: QT_TRANSLATE_NOOP("BreachStatus", "Ouverte"),
    BreachStatus.ASSESSED: QT_TRANSLATE_NOOP("BreachStatus", "Risque évalué"),
    BreachStatus.NOTIFIED: QT_TRANSLATE_NOOP("BreachStatus", "Notifiée à l'autorité"),
    BreachStatus.COMMUNICATED: QT_TRANSLATE_NOOP(
        "BreachStatus", "Communiquée aux personnes concernées"
    ),
    BreachStatus.CLOSED: QT_TRANSLATE_NOOP("BreachStatus", "Clôturée"),
}

AUTHORITY_LABELS = {
    Authority.CNDP: QT_TRANSLATE_NOOP("Authority", "CNDP"),
    Authority.CNIL: QT_TRANSLATE_NOOP("Authority", "CNIL"),
    Authority.OTHER: QT_TRANSLATE_NOOP("Authority", "Autre autorité de contrôle de l'UE"),
}

DUTY_LABELS = {
    DutyKind.EU_AUTHORITY: QT_TRANSLATE_NOOP(
        "BreachDuty", "Autorité de contrôle de l'UE (CNIL ou autre)"
    ),
    DutyKind.CNDP: QT_TRANSLATE_NOOP("BreachDuty", "CNDP"),
    DutyKind.DGSSI: QT_TRANSLATE_NOOP("BreachDuty", "DGSSI"),
}

# Each duty with its instrument, never a bare article number.
DUTY_CITATIONS = {
    DutyKind.EU_AUTHORITY: QT_TRANSLATE_NOOP("BreachDuty", "obligation légale, article 33 du RGPD"),
    DutyKind.CNDP: QT_TRANSLATE_NOOP(
        "BreachDuty",
        "politique interne de l'organisation ; la loi 09-08 ne prévoit pas de notification "
        "des violations",
    ),
    DutyKind.DGSSI: QT_TRANSLATE_NOOP(
        "BreachDuty", "obligation légale, loi 05-20 relative à la cybersécurité"
    ),
}

DUTY_STATE_LABELS = {
    DutyState.PENDING: QT_TRANSLATE_NOOP("DutyState", "à faire"),
    DutyState.MET: QT_TRANSLATE_NOOP("DutyState", "faite"),
    DutyState.WAIVED: QT_TRANSLATE_NOOP("DutyState", "non requise (décision motivée)"),
    DutyState.UNDECIDED: QT_TRANSLATE_NOOP("DutyState", "applicabilité à déterminer"),
}

# Law 05-20 gives no number of hours: the declaration is due "dès qu'elle prend
# connaissance" of the incident.
DUTY_WITHOUT_DELAY = QT_TRANSLATE_NOOP("BreachDuty", "dès la prise de connaissance")

NOTIFICATION_PHASE_LABELS = {
    NotificationPhase.INITIAL: QT_TRANSLATE_NOOP("NotificationPhase", "Notification initiale"),
    NotificationPhase.COMPLEMENTARY: QT_TRANSLATE_NOOP(
        "NotificationPhase", "Notification complémentaire"
    ),
}

COMMUNICATION_CHANNEL_LABELS = {
    CommunicationChannel.EMAIL: QT_TRANSLATE_NOOP("CommunicationChannel", "E-mail"),
    CommunicationChannel.SMS: QT_TRANSLATE_NOOP("CommunicationChannel", "SMS"),
    CommunicationChannel.IN_APP: QT_TRANSLATE_NOOP(
        "CommunicationChannel", "Message dans l'application"
    ),
    CommunicationChannel.POST: QT_TRANSLATE_NOOP("CommunicationChannel", "Courrier postal"),
    CommunicationChannel.PHONE: QT_TRANSLATE_NOOP("CommunicationChannel", "Téléphone"),
    CommunicationChannel.WEBSITE: QT_TRANSLATE_NOOP(
        "CommunicationChannel", "Avis public sur le site"
    ),
    CommunicationChannel.PRESS: QT_TRANSLATE_NOOP("CommunicationChannel", "Communiqué de presse"),
}

ART34_EXCEPTION_LABELS = {
    Art34Exception.UNINTELLIGIBLE: QT_TRANSLATE_NOOP(
        "Art34Exception", "Données rendues incompréhensibles (chiffrement) — art. 34(3)(a)"
    ),
    Art34Exception.RISK_REMOVED: QT_TRANSLATE_NOOP(
        "Art34Exception", "Risque élevé supprimé par des mesures ultérieures — art. 34(3)(b)"
    ),
    Art34Exception.DISPROPORTIONATE: QT_TRANSLATE_NOOP(
        "Art34Exception",
        "Efforts disproportionnés : communication publique à la place — art. 34(3)(c)",
    ),
}

# The same grounds worded for a case: under the GDPR with their article and instrument,
# under Law 09-08 alone (which provides no communication to the persons: informing them
# is the organisation's policy) with no GDPR article. ART34_EXCEPTION_LABELS above stay
# as they are: the Excel export writes them and its import reads them back.
ART34_EXCEPTION_LABELS_GDPR = {
    Art34Exception.UNINTELLIGIBLE: QT_TRANSLATE_NOOP(
        "Art34Exception",
        "Données rendues incompréhensibles (chiffrement) — article 34(3)(a) du RGPD",
    ),
    Art34Exception.RISK_REMOVED: QT_TRANSLATE_NOOP(
        "Art34Exception",
        "Risque élevé supprimé par des mesures ultérieures — article 34(3)(b) du RGPD",
    ),
    Art34Exception.DISPROPORTIONATE: QT_TRANSLATE_NOOP(
        "Art34Exception",
        "Efforts disproportionnés : communication publique à la place — article 34(3)(c) du RGPD",
    ),
}
ART34_EXCEPTION_LABELS_POLICY = {
    Art34Exception.UNINTELLIGIBLE: QT_TRANSLATE_NOOP(
        "Art34Exception", "Données rendues incompréhensibles (chiffrement)"
    ),
    Art34Exception.RISK_REMOVED: QT_TRANSLATE_NOOP(
        "Art34Exception", "Risque élevé supprimé par des mesures ultérieures"
    ),
    Art34Exception.DISPROPORTIONATE: QT_TRANSLATE_NOOP(
        "Art34Exception", "Efforts disproportionnés : communication publique à la place"
    ),
}


def art34_exception_labels(regimes: Iterable[Regime | str]) -> dict[Art34Exception, str]:
    """The grounds' labels (message ids, context "Art34Exception") for a case under
    ``regimes``: the GDPR's article only when the GDPR applies."""
    if Regime.GDPR in {Regime(r) for r in regimes}:
        return ART34_EXCEPTION_LABELS_GDPR
    return ART34_EXCEPTION_LABELS_POLICY


EVENT_KIND_LABELS = {
    EventKind.DISCOVERED: QT_TRANSLATE_NOOP("EventKind", "Découverte"),
    EventKind.AWARE: QT_TRANSLATE_NOOP("EventKind", "Prise de connaissance"),
    EventKind.CONTAINED: QT_TRANSLATE_NOOP("EventKind", "Violation contenue"),
    EventKind.NOTIFIED: QT_TRANSLATE_NOOP("EventKind", "Notification à l'autorité"),
    EventKind.COMMUNICATED: QT_TRANSLATE_NOOP("EventKind", "Communication aux personnes"),
    EventKind.CLOSED: QT_TRANSLATE_NOOP("EventKind", "Clôture"),
    EventKind.NOTE: QT_TRANSLATE_NOOP("EventKind", "Note"),
}
