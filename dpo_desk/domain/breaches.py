"""Personal-data breaches: the 72-hour clock, the record, its notifications and workflow.

Pure Python. Instants are timezone-aware datetimes and are compared in UTC; the
organisation's zone (default ``Africa/Casablanca``) only matters for reading what a
person typed and for display.

*The clock.* GDPR Art. 33(1): notify "not later than 72 hours after having become
aware". The 72 hours are real elapsed time, never wall-clock hours: Morocco moves
its clocks around Ramadan (in 2026, UTC+1 → UTC+0 on 15 February and back on
22 March), and a deadline computed as "same local time three days later" would be an
hour off across either change. So the deadline is ``aware_at`` converted to UTC plus
72 hours, stored in UTC, and only converted to the organisation's zone for display.
Periods in hours are never rolled to a working day (Regulation 1182/71 rolls days,
months and years only).

*The basis.* Under the GDPR the 72 hours are the law. Law 09-08 has no breach
notification duty (its arts. 23-24 are security duties only); the seed organisations
still promise to notify the CNDP within 72 hours, so under 09-08 the same countdown is
shown as internal policy, and labelled so. A breach with no regime recorded (the form
refuses one, but an old or hand-made row may have none) is under the organisation's
policy too: nothing shows a legal basis that was never established.

*The duties, each with its authority* (``notification_duties``). A breach may owe up
to three notices, and one never stands in for another:

- the GDPR's (Art. 33(1)), when the GDPR applies: to an EU supervisory authority, the
  CNIL or another one the DPO names (``Authority.OTHER``). The CNDP is not a GDPR
  supervisory authority (GDPR Art. 4(21), 51): a notice to it does not meet Art. 33;
- the CNDP's, when Law 09-08 applies (or no regime is recorded): internal policy,
  aligned on the same 72 hours;
- the DGSSI's (Law 05-20 on cybersecurity), for the entities that law covers: an
  incident is declared "dès qu'elle prend connaissance", with no number of hours.

The *governing* duty is the GDPR's when the GDPR applies, the CNDP policy otherwise:
its clock is the breach's countdown, and only a notice that meets it moves the status
to "notified". The other duties are tracked beside it and checked before closing.

*The persons.* Telling the data subjects of a high risk is GDPR Art. 34 when the GDPR
applies. Law 09-08 provides no such communication: under it alone, informing them is
the organisation's policy (the seed policies promise to inform users "immédiatement").
The workflow applies the same rule to both (a high risk calls for it; the grounds of
Art. 34(3) lift it or replace it), but a case under 09-08 alone words it as policy:
its labels and refusals (``art34_exception_labels``, the ``*_POLICY`` messages) cite
no GDPR article.

Enum values are stored and typed on the command line: never rename one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from enum import StrEnum
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dpo_desk.domain import zones
from dpo_desk.domain.breach_risk import DataCategory, RiskAssessment, RiskLevel
from dpo_desk.domain.errors import UserError, ValidationError, dates_in_range
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.domain.requests.workflow import Channel, Regime

NOTIFICATION_WINDOW = timedelta(hours=72)  # GDPR Art. 33(1)

MAX_TITLE = 300
MAX_TEXT = 20_000
MAX_LIST_ITEMS = 50
MAX_COUNT = 10_000_000_000  # more than every person alive: a typo, not a breach

# ----------------------------------------------------------------------------- enums


class BreachStatus(StrEnum):
    OPEN = "open"
    ASSESSED = "assessed"
    NOTIFIED = "notified"
    COMMUNICATED = "communicated"
    CLOSED = "closed"


class Authority(StrEnum):
    CNDP = "cndp"  # Law 09-08: Commission nationale de contrôle (Rabat); not a GDPR authority
    CNIL = "cnil"  # GDPR: lead or concerned authority for French residents
    # Another *EU* supervisory authority (GDPR Art. 51), named in authority_name: the
    # Garante, the AEPD… (one-stop shop, Art. 56). Only EU authorities go here: the
    # Moroccan one is CNDP, and no other authority meets a duty this register tracks.
    OTHER = "other"


# The authorities whose notification meets GDPR Art. 33(1).
EU_AUTHORITIES = frozenset({Authority.CNIL, Authority.OTHER})


class DutyKind(StrEnum):
    """The notices a breach may owe, each to its own authority (see the module docstring)."""

    EU_AUTHORITY = "eu_authority"  # GDPR Art. 33(1): the CNIL or another EU authority
    CNDP = "cndp"  # internal policy under Law 09-08, which has no breach duty
    DGSSI = "dgssi"  # Law 05-20 on cybersecurity, for the entities it covers


class DutyState(StrEnum):
    PENDING = "pending"  # still owed
    MET = "met"  # the notice (or the declaration) is recorded
    WAIVED = "waived"  # a reasoned decision not to notify (risk unlikely, Art. 33(1))
    UNDECIDED = "undecided"  # DGSSI: whether Law 05-20 covers the organisation is open


class NotificationPhase(StrEnum):
    """GDPR Art. 33(4): the information may be provided in phases."""

    INITIAL = "initial"
    COMPLEMENTARY = "complementary"


class CommunicationChannel(StrEnum):
    """How the data subjects were told (GDPR Art. 34(1)-(2))."""

    EMAIL = "email"
    SMS = "sms"
    IN_APP = "in_app"
    POST = "post"
    PHONE = "phone"
    WEBSITE = "website"  # a public notice, Art. 34(3)(c)
    PRESS = "press"  # idem


PUBLIC_CHANNELS = frozenset({CommunicationChannel.WEBSITE, CommunicationChannel.PRESS})


class Art34Exception(StrEnum):
    """GDPR Art. 34(3): when a high risk does not require telling each person."""

    UNINTELLIGIBLE = "unintelligible"  # (a) e.g. encrypted, key not compromised
    RISK_REMOVED = "risk_removed"  # (b) later measures removed the high risk
    DISPROPORTIONATE = "disproportionate"  # (c) a public communication instead


class EventKind(StrEnum):
    DISCOVERED = "discovered"
    AWARE = "aware"
    CONTAINED = "contained"
    NOTIFIED = "notified"
    COMMUNICATED = "communicated"
    CLOSED = "closed"
    NOTE = "note"


class CountdownLevel(StrEnum):
    OK = "ok"  # more than 24 hours left
    WARNING = "warning"  # 24 hours or less
    CRITICAL = "critical"  # 6 hours or less
    OVERDUE = "overdue"  # past the deadline


# ----------------------------------------------------------------------------- labels

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

COUNTDOWN_LEVEL_LABELS = {
    CountdownLevel.OK: QT_TRANSLATE_NOOP("CountdownLevel", "Dans les délais"),
    CountdownLevel.WARNING: QT_TRANSLATE_NOOP("CountdownLevel", "Moins de 24 heures"),
    CountdownLevel.CRITICAL: QT_TRANSLATE_NOOP("CountdownLevel", "Moins de 6 heures"),
    CountdownLevel.OVERDUE: QT_TRANSLATE_NOOP("CountdownLevel", "Délai dépassé"),
}

# The deadline's basis, by regime (see the module docstring). Stored in
# breach.deadline_rule: never rename one.
RULE_GDPR_ART_33 = "gdpr-art-33-1"
RULE_POLICY_72H = "policy-72h"
RULE_LAW_05_20 = "law-05-20"  # the DGSSI declaration: no number of hours

# The policy label names no GDPR article: a case under Law 09-08 alone is not a GDPR
# case, and its reader must not think the 72 hours are Art. 33's.
BREACH_DEADLINE_LABELS = {
    RULE_GDPR_ART_33: QT_TRANSLATE_NOOP("BreachDeadline", "légal (RGPD art. 33)"),
    RULE_POLICY_72H: QT_TRANSLATE_NOOP(
        "BreachDeadline", "politique interne (la loi 09-08 ne fixe pas de délai)"
    ),
    RULE_LAW_05_20: QT_TRANSLATE_NOOP("BreachDeadline", "légal (loi 05-20)"),
}


# ----------------------------------------------------------------------------- the clock


class BreachDeadline(NamedTuple):
    at: datetime  # UTC
    rule: str  # RULE_GDPR_ART_33 or RULE_POLICY_72H
    basis: str  # "law" or "policy", as for request deadlines

    @property
    def label(self) -> str:
        return BREACH_DEADLINE_LABELS[self.rule]


@dates_in_range  # a date near 9999-12-31 has no deadline Python can count
def notification_deadline(aware_at: datetime) -> datetime:
    """Awareness + 72 hours of elapsed time, as a UTC instant (GDPR Art. 33(1))."""
    if aware_at.tzinfo is None or aware_at.utcoffset() is None:
        raise ValueError("aware_at must be timezone-aware; read naive input with parse_instant")
    # Adding a timedelta to an aware datetime in a ZoneInfo zone adds *wall* time:
    # converting to UTC first is what makes the 72 hours real hours.
    return aware_at.astimezone(UTC) + NOTIFICATION_WINDOW


def deadline_rule(regimes: Iterable[Regime | str]) -> tuple[str, str]:
    """(rule, basis) of the governing deadline for a breach under ``regimes``.

    Under both, the GDPR's law governs: the instant is the same, and a legal duty
    outranks a policy. With no regime, nothing establishes the GDPR's application: the
    organisation's policy governs (a legal label there would be a guess).
    """
    chosen = {Regime(r) for r in regimes}
    if Regime.GDPR in chosen:
        return RULE_GDPR_ART_33, "law"
    return RULE_POLICY_72H, "policy"


def breach_deadline(aware_at: datetime, regimes: Iterable[Regime | str]) -> BreachDeadline:
    rule, basis = deadline_rule(regimes)
    return BreachDeadline(notification_deadline(aware_at), rule, basis)


@dataclass(frozen=True)
class Countdown:
    """Time left before a deadline, for the list and the tray notifications."""

    seconds: int  # negative once overdue
    level: CountdownLevel

    @property
    def overdue(self) -> bool:
        return self.level is CountdownLevel.OVERDUE

    @property
    def hours(self) -> int:
        """Whole hours left (or, once overdue, whole hours past)."""
        return abs(self.seconds) // 3600

    @property
    def minutes(self) -> int:
        """Minutes past the whole hours (0..59)."""
        return abs(self.seconds) % 3600 // 60

    def text(self) -> str:
        """French source text, e.g. "23 h 05 restantes" or "dépassé de 4 h"."""
        if self.overdue:
            return COUNTDOWN_OVERDUE.format(hours=self.hours, minutes=self.minutes)
        return COUNTDOWN_LEFT.format(hours=self.hours, minutes=self.minutes)


COUNTDOWN_LEFT = QT_TRANSLATE_NOOP("Countdown", "{hours} h {minutes:02d} restantes")
COUNTDOWN_OVERDUE = QT_TRANSLATE_NOOP("Countdown", "dépassé de {hours} h")
NOTIFIED_ON = QT_TRANSLATE_NOOP("Countdown", "notifiée le {date}")

WARNING_THRESHOLD = timedelta(hours=24)
CRITICAL_THRESHOLD = timedelta(hours=6)


def countdown(deadline: datetime, now: datetime) -> Countdown:
    """Seconds left and a colour level: > 24 h ok, ≤ 24 h warning, ≤ 6 h critical.

    The deadline itself is still in time ("not later than 72 hours"): overdue starts
    the second after it.
    """
    left = deadline.astimezone(UTC) - now.astimezone(UTC)
    seconds = int(left.total_seconds() // 1)
    if left < timedelta(0):
        level = CountdownLevel.OVERDUE
    elif left <= CRITICAL_THRESHOLD:
        level = CountdownLevel.CRITICAL
    elif left <= WARNING_THRESHOLD:
        level = CountdownLevel.WARNING
    else:
        level = CountdownLevel.OK
    return Countdown(seconds, level)


# ----------------------------------------------------------------------------- instants

_INSTANT = re.compile(
    r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?$",
    re.IGNORECASE,
)

ERR_INSTANT_FORMAT = QT_TRANSLATE_NOOP(
    "Errors",
    "« {value} » n'est pas une date et heure valide (forme attendue : AAAA-MM-JJTHH:MM, "
    "avec un décalage facultatif comme +01:00).",
)
ERR_INSTANT_GAP = QT_TRANSLATE_NOOP(
    "Errors",
    "{value} n'existe pas dans le fuseau {zone} (l'heure est avancée à ce moment) : "
    "précisez le décalage, par exemple {offset}.",
)
ERR_INSTANT_AMBIGUOUS = QT_TRANSLATE_NOOP(
    "Errors",
    "{value} est ambiguë dans le fuseau {zone} (cette heure se répète au changement "
    "d'heure) : précisez le décalage, {first} ou {second}.",
)
ERR_INSTANT_FUTURE = QT_TRANSLATE_NOOP("Errors", "L'instant {value} est dans le futur.")
ERR_AWARE_BEFORE_DISCOVERY = QT_TRANSLATE_NOOP(
    "Errors",
    "La prise de connaissance ({aware}) ne peut pas précéder la découverte ({discovered}).",
)
ERR_DISCOVERY_BEFORE_START = QT_TRANSLATE_NOOP(
    "Errors",
    "La découverte ({discovered}) ne peut pas précéder le début de la violation ({started}).",
)
ERR_BEFORE_DISCOVERY = QT_TRANSLATE_NOOP(
    "Errors", "L'instant {value} précède la découverte de la violation ({discovered})."
)
ERR_TIMEZONE = QT_TRANSLATE_NOOP("Errors", "Fuseau horaire inconnu : {zone}.")


def zone_named(name: str, field: str = "tz") -> ZoneInfo:
    try:
        return zones.zone(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(ERR_TIMEZONE, field, zone=name) from None


def _offset_text(delta: timedelta | None) -> str:
    minutes = int((delta or timedelta(0)).total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def localise(naive: datetime, zone: tzinfo, field: str = "", value: str = "") -> datetime:
    """Attach ``zone`` to a wall-clock time, refusing the times a clock change skips
    or repeats: guessing there would move the 72 hours by an hour."""
    first = naive.replace(tzinfo=zone, fold=0)
    second = naive.replace(tzinfo=zone, fold=1)
    if first.utcoffset() == second.utcoffset():
        return first

    def exists(candidate: datetime) -> bool:
        back = candidate.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
        return back == naive

    shown = value or naive.isoformat(timespec="minutes")
    zone_name = str(zone)
    if exists(first) and exists(second):
        raise ValidationError(
            ERR_INSTANT_AMBIGUOUS,
            field,
            value=shown,
            zone=zone_name,
            first=_offset_text(first.utcoffset()),
            second=_offset_text(second.utcoffset()),
        )
    raise ValidationError(
        ERR_INSTANT_GAP,
        field,
        value=shown,
        zone=zone_name,
        offset=_offset_text(max(first.utcoffset(), second.utcoffset())),
    )


def parse_instant(text: str, zone: tzinfo | str, field: str = "aware_at") -> datetime:
    """Read ``YYYY-MM-DDTHH:MM[:SS][±HH:MM]`` as typed on the CLI or in a form.

    An offset (or ``Z``) is kept; a naive time is read in ``zone``, the organisation's.
    Returns an aware datetime (not yet converted to UTC).
    """
    if isinstance(zone, str):
        zone = zone_named(zone)
    value = text.strip()
    if not _INSTANT.match(value):
        raise ValidationError(ERR_INSTANT_FORMAT, field, value=value)
    try:
        parsed = datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
    except ValueError:
        raise ValidationError(ERR_INSTANT_FORMAT, field, value=value) from None
    if parsed.tzinfo is None:
        return localise(parsed, zone, field, value)
    return parsed


def display(instant: datetime, zone: tzinfo | str) -> str:
    """ISO 8601 with the offset in force then in ``zone``: 2026-02-16T09:00:00+00:00."""
    if isinstance(zone, str):
        zone = zone_named(zone)
    return instant.astimezone(zone).isoformat(timespec="seconds")


def _short(instant: datetime, zone: tzinfo) -> str:
    return instant.astimezone(zone).strftime("%Y-%m-%d %H:%M %z")


def check_instants(
    *,
    aware_at: datetime,
    discovered_at: datetime,
    started_at: datetime | None,
    now: datetime,
    zone: tzinfo,
) -> None:
    """The order of the facts: start ≤ discovery ≤ awareness ≤ now.

    Awareness comes after discovery: the controller becomes "aware" once it is
    reasonably certain that personal data were compromised (EDPB guidelines on breach
    notification), which takes at least the discovery of the incident.
    """
    for name, instant in (
        ("started_at", started_at),
        ("discovered_at", discovered_at),
        ("aware_at", aware_at),
    ):
        if instant is not None and instant > now:
            raise ValidationError(ERR_INSTANT_FUTURE, name, value=_short(instant, zone))
    if aware_at < discovered_at:
        raise ValidationError(
            ERR_AWARE_BEFORE_DISCOVERY,
            "aware_at",
            aware=_short(aware_at, zone),
            discovered=_short(discovered_at, zone),
        )
    if started_at is not None and discovered_at < started_at:
        raise ValidationError(
            ERR_DISCOVERY_BEFORE_START,
            "discovered_at",
            discovered=_short(discovered_at, zone),
            started=_short(started_at, zone),
        )


def _check_aware(instant: datetime, field: str) -> datetime:
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError(f"{field} must be timezone-aware")
    return instant.astimezone(UTC)


# ----------------------------------------------------------------------------- validation

ERR_TITLE = QT_TRANSLATE_NOOP("Errors", "Donnez un intitulé à la violation.")
ERR_REGIME = QT_TRANSLATE_NOOP("Errors", "Indiquez au moins un régime (Loi 09-08 ou RGPD).")
ERR_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "Le champ dépasse {limit} caractères.")
ERR_TOO_MANY = QT_TRANSLATE_NOOP("Errors", "La liste dépasse {limit} éléments.")
ERR_COUNT = QT_TRANSLATE_NOOP(
    "Errors", "Le nombre approximatif doit être un entier positif ou nul (reçu : {value})."
)
ERR_NO_IMPACT = QT_TRANSLATE_NOOP(
    "Errors",
    "Précisez la nature de la violation : atteinte à la confidentialité, à l'intégrité "
    "ou à la disponibilité.",
)
ERR_DELAY_REASON = QT_TRANSLATE_NOOP(
    "Errors",
    "Notification envoyée après l'échéance du {deadline} : indiquez les motifs du retard "
    "(RGPD art. 33(1)).",
)
# The CNDP notice is the organisation's own promise (Law 09-08 has no breach duty): a
# late one is a breach of policy, recorded with its reasons, never an Art. 33 matter.
ERR_DELAY_REASON_POLICY = QT_TRANSLATE_NOOP(
    "Errors",
    "Notification à la CNDP envoyée après l'échéance du {deadline} fixée par la politique "
    "interne de l'organisation : indiquez les motifs du retard, qui seront consignés au "
    "registre.",
)
ERR_AUTHORITY_NAME = QT_TRANSLATE_NOOP("Errors", "Nommez l'autorité de contrôle de l'UE notifiée.")
ERR_COMPLEMENTARY_FIRST = QT_TRANSLATE_NOOP(
    "Errors",
    "Une notification complémentaire suit une notification initiale à la même autorité "
    "(RGPD art. 33(4)) : enregistrez d'abord la notification initiale.",
)
ERR_DUPLICATE_INITIAL = QT_TRANSLATE_NOOP(
    "Errors",
    "Une notification initiale à cette autorité est déjà enregistrée : ajoutez une "
    "notification complémentaire (RGPD art. 33(4)).",
)
# The same rules for the CNDP, which is no GDPR authority: no GDPR article cited.
ERR_COMPLEMENTARY_FIRST_CNDP = QT_TRANSLATE_NOOP(
    "Errors",
    "Une notification complémentaire à la CNDP suit une notification initiale : "
    "enregistrez d'abord la notification initiale.",
)
ERR_DUPLICATE_INITIAL_CNDP = QT_TRANSLATE_NOOP(
    "Errors",
    "Une notification initiale à la CNDP est déjà enregistrée : ajoutez une notification "
    "complémentaire.",
)
ERR_AUDIENCE = QT_TRANSLATE_NOOP(
    "Errors", "Indiquez à qui la communication s'adresse (personnes concernées, public…)."
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
ERR_DGSSI_DATE = QT_TRANSLATE_NOOP(
    "Errors",
    "Une date de déclaration à la DGSSI ne s'indique que si la loi 05-20 s'applique.",
)


def _text(value: str, field: str, limit: int = MAX_TEXT) -> str:
    clean = (value or "").strip()
    if len(clean) > limit:
        raise ValidationError(ERR_TOO_LONG, field, limit=limit)
    return clean


def _items(values: Iterable[str], field: str) -> tuple[str, ...]:
    clean = tuple(dict.fromkeys(v.strip() for v in values if v and v.strip()))
    if len(clean) > MAX_LIST_ITEMS:
        raise ValidationError(ERR_TOO_MANY, field, limit=MAX_LIST_ITEMS)
    for item in clean:
        _text(item, field, MAX_TITLE)
    return clean


def _count(value: int | None, field: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
        raise ValidationError(ERR_COUNT, field, value=value)
    return value


# ----------------------------------------------------------------------------- nature


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
            description=_text(self.description, "description"),
            confidentiality=bool(self.confidentiality),
            integrity=bool(self.integrity),
            availability=bool(self.availability),
            subject_categories=_items(self.subject_categories, "subject_categories"),
            subjects_count=_count(self.subjects_count, "subjects_count"),
            record_categories=_items(self.record_categories, "record_categories"),
            records_count=_count(self.records_count, "records_count"),
            data_categories=frozenset(DataCategory(c) for c in self.data_categories),
            minors=bool(self.minors),
            consequences=_text(self.consequences, "consequences"),
            measures_taken=_text(self.measures_taken, "measures_taken"),
            measures_proposed=_text(self.measures_proposed, "measures_proposed"),
            processors=_items(self.processors, "processors"),
        )


# ----------------------------------------------------------------------------- intake


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
        title = _text(self.title, "title", MAX_TITLE)
        if not title:
            raise ValidationError(ERR_TITLE, "title")
        regimes = frozenset(Regime(r) for r in self.regimes)
        if not regimes:
            raise ValidationError(ERR_REGIME, "regimes")
        aware = _check_aware(self.aware_at, "aware_at")
        discovered = _check_aware(self.discovered_at or self.aware_at, "discovered_at")
        started = _check_aware(self.started_at, "started_at") if self.started_at else None
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


# ----------------------------------------------------------------------------- notifications


@dataclass(frozen=True)
class AuthorityNotification:
    """One notification (or one phase of it) to a supervisory authority."""

    authority: Authority
    phase: NotificationPhase
    sent_at: datetime
    channel: Channel = Channel.WEB_FORM
    authority_name: str = ""  # required for Authority.OTHER
    authority_reference: str = ""  # the number the authority gives back
    delay_reason: str = ""  # GDPR Art. 33(1), when sent after the deadline
    notes: str = ""
    id: int | None = None
    recorded_by: str = ""

    @property
    def authority_label(self) -> str:
        if self.authority is Authority.OTHER and self.authority_name:
            return self.authority_name
        return AUTHORITY_LABELS[self.authority]

    @property
    def eu_authority(self) -> bool:
        """Whether this notice can meet GDPR Art. 33 (the CNDP cannot)."""
        return self.authority in EU_AUTHORITIES

    def is_late(self, deadline: datetime | None) -> bool:
        """An initial notification after the deadline of the duty it meets; later phases
        complete it (Art. 33(4)). ``deadline`` None: the notice meets no duty with one
        (see ``BreachIncident.deadline_for``), so it cannot be late."""
        return delay_reason_required(self.sent_at, deadline, self.phase)

    def validated(
        self,
        *,
        deadline: datetime | None,
        discovered_at: datetime,
        now: datetime,
        zone: tzinfo,
        earlier: Iterable[AuthorityNotification] = (),
        duty: DutyKind | None = None,
    ) -> AuthorityNotification:
        """Check the notification against the breach; ``earlier`` are those already sent.

        ``duty`` and ``deadline`` are those of the duty this notice meets
        (``BreachIncident.duty_for`` / ``deadline_for``): a late one needs the reasons
        for its delay, worded after that duty; a notice that meets none has no deadline.
        """
        sent = _check_aware(self.sent_at, "sent_at")
        authority = Authority(self.authority)
        phase = NotificationPhase(self.phase)
        name = _text(self.authority_name, "authority_name", MAX_TITLE)
        if authority is Authority.OTHER and not name:
            raise ValidationError(ERR_AUTHORITY_NAME, "authority_name")
        _check_after_discovery(sent, discovered_at, now, zone, "sent_at")
        same = [
            n
            for n in earlier
            if n.authority is authority
            and (authority is not Authority.OTHER or n.authority_name.casefold() == name.casefold())
        ]
        has_initial = any(n.phase is NotificationPhase.INITIAL for n in same)
        eu = authority in EU_AUTHORITIES
        if phase is NotificationPhase.COMPLEMENTARY and not has_initial:
            raise ValidationError(
                ERR_COMPLEMENTARY_FIRST if eu else ERR_COMPLEMENTARY_FIRST_CNDP, "phase"
            )
        if phase is NotificationPhase.INITIAL and has_initial:
            raise ValidationError(
                ERR_DUPLICATE_INITIAL if eu else ERR_DUPLICATE_INITIAL_CNDP, "phase"
            )
        reason = _text(self.delay_reason, "delay_reason")
        # Art. 33(1): a notification not made within 72 hours "shall be accompanied by
        # reasons for the delay". Later phases (Art. 33(4)) complete a notification in
        # time and need none. The CNDP policy asks the same of a late notice, in its own
        # words; a notice that meets no duty (a courtesy) has no deadline to miss.
        if delay_reason_required(sent, deadline, phase) and not reason:
            assert deadline is not None
            template = ERR_DELAY_REASON_POLICY if duty is DutyKind.CNDP else ERR_DELAY_REASON
            raise ValidationError(template, "delay_reason", deadline=_short(deadline, zone))
        return AuthorityNotification(
            authority=authority,
            phase=phase,
            sent_at=sent,
            channel=Channel(self.channel),
            authority_name=name if authority is Authority.OTHER else "",
            authority_reference=_text(self.authority_reference, "authority_reference", MAX_TITLE),
            delay_reason=reason,
            notes=_text(self.notes, "notes"),
            id=self.id,
            recorded_by=self.recorded_by,
        )


def delay_reason_required(
    sent_at: datetime,
    deadline: datetime | None,
    phase: NotificationPhase = NotificationPhase.INITIAL,
) -> bool:
    """For forms: does this notification need the reasons for its delay?

    An initial notice after the deadline of the duty it meets (GDPR Art. 33(1), or the
    CNDP policy); ``deadline`` None (a notice that meets no duty) never does.
    """
    if deadline is None:
        return False
    return NotificationPhase(phase) is NotificationPhase.INITIAL and sent_at > deadline


def _check_after_discovery(
    instant: datetime, discovered_at: datetime, now: datetime, zone: tzinfo, field: str
) -> None:
    if instant > now:
        raise ValidationError(ERR_INSTANT_FUTURE, field, value=_short(instant, zone))
    if instant < discovered_at:
        raise ValidationError(
            ERR_BEFORE_DISCOVERY,
            field,
            value=_short(instant, zone),
            discovered=_short(discovered_at, zone),
        )


def check_event_instant(
    instant: datetime, discovered_at: datetime, now: datetime, zone: tzinfo, field: str = "at"
) -> None:
    """A timeline event happens between the discovery and now."""
    _check_after_discovery(_check_aware(instant, field), discovered_at, now, zone, field)


@dataclass(frozen=True)
class SubjectCommunication:
    """The communication to the data subjects (GDPR Art. 34(1)-(2)), or the public
    communication that replaces it (Art. 34(3)(c))."""

    sent_at: datetime
    channel: CommunicationChannel
    audience: str  # "les 1 240 élèves concernés et leurs parents"
    notes: str = ""
    id: int | None = None
    recorded_by: str = ""

    @property
    def public(self) -> bool:
        return self.channel in PUBLIC_CHANNELS

    def validated(
        self, *, discovered_at: datetime, now: datetime, zone: tzinfo
    ) -> SubjectCommunication:
        sent = _check_aware(self.sent_at, "sent_at")
        _check_after_discovery(sent, discovered_at, now, zone, "sent_at")
        audience = _text(self.audience, "audience", MAX_TITLE)
        if not audience:
            raise ValidationError(ERR_AUDIENCE, "audience")
        return SubjectCommunication(
            sent_at=sent,
            channel=CommunicationChannel(self.channel),
            audience=audience,
            notes=_text(self.notes, "notes"),
            id=self.id,
            recorded_by=self.recorded_by,
        )


@dataclass(frozen=True)
class TimelineEvent:
    kind: EventKind
    at: datetime
    author: str
    note: str = ""
    id: int | None = None


# ----------------------------------------------------------------------------- the record


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
class DgssiDeclaration:
    """Law 05-20: the incident declaration to the DGSSI, for the entities it covers."""

    applies: bool | None  # None: not yet decided
    declared_at: datetime | None = None
    reference: str = ""

    @property
    def pending(self) -> bool:
        return self.applies is True and self.declared_at is None

    def validated(
        self, *, discovered_at: datetime, now: datetime, zone: tzinfo
    ) -> DgssiDeclaration:
        reference = _text(self.reference, "dgssi_reference", MAX_TITLE)
        if self.applies is not True:
            if self.declared_at is not None or reference:
                raise ValidationError(ERR_DGSSI_DATE, "dgssi_declared_at")
            return DgssiDeclaration(self.applies, None, "")
        declared = None
        if self.declared_at is not None:
            declared = _check_aware(self.declared_at, "dgssi_declared_at")
            _check_after_discovery(declared, discovered_at, now, zone, "dgssi_declared_at")
        return DgssiDeclaration(True, declared, reference)


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

    @property
    def communicated_at(self) -> datetime | None:
        return min((c.sent_at for c in self.communications), default=None)

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


# ----------------------------------------------------------------------------- duties


@dataclass(frozen=True)
class NotificationDuty:
    """One notice a breach owes: to whom, on what basis, by when, and whether it is done.

    ``deadline`` is a UTC instant, or None for the DGSSI declaration, due "dès la prise
    de connaissance" (Law 05-20 gives no number of hours). ``met_at`` is when the first
    initial notice meeting it was sent (or the DGSSI declaration made).
    """

    kind: DutyKind
    basis: str  # "law" or "policy", as for request deadlines
    rule: str  # RULE_GDPR_ART_33, RULE_POLICY_72H or RULE_LAW_05_20
    deadline: datetime | None
    state: DutyState
    met_at: datetime | None = None
    governing: bool = False  # its clock is the breach's, and it alone moves the status

    @property
    def label(self) -> str:
        """Message id (context "BreachDuty"): whom the notice goes to."""
        return DUTY_LABELS[self.kind]

    @property
    def citation(self) -> str:
        """Message id (context "BreachDuty"): the duty's basis, with its instrument."""
        return DUTY_CITATIONS[self.kind]

    @property
    def deadline_label(self) -> str:
        """Message id (context "BreachDeadline"): "légal (RGPD art. 33)"…"""
        return BREACH_DEADLINE_LABELS[self.rule]

    @property
    def authorities(self) -> frozenset[Authority]:
        return DUTY_AUTHORITIES[self.kind]

    @property
    def late(self) -> bool:
        """Met, but after its deadline."""
        return self.met_at is not None and self.deadline is not None and self.met_at > self.deadline

    def countdown(self, now: datetime) -> Countdown | None:
        """Time left while the duty is owed and has a deadline; None otherwise."""
        if self.state is not DutyState.PENDING or self.deadline is None:
            return None
        return countdown(self.deadline, now)


DUTY_AUTHORITIES: dict[DutyKind, frozenset[Authority]] = {
    DutyKind.EU_AUTHORITY: EU_AUTHORITIES,
    DutyKind.CNDP: frozenset({Authority.CNDP}),
    DutyKind.DGSSI: frozenset(),  # declared in the DGSSI section, not as a notification
}


def duty_for(authority: Authority | str, regimes: Iterable[Regime | str]) -> DutyKind | None:
    """The duty a notice to ``authority`` meets for a breach under ``regimes``.

    None: the notice meets no duty of this breach. It stays in the register (a courtesy
    to the CNDP for a breach under the GDPR alone, say) but stops no clock: the CNDP is
    not a GDPR supervisory authority, and an EU authority has no say under 09-08 alone.
    """
    authority = Authority(authority)
    chosen = {Regime(r) for r in regimes}
    if authority in EU_AUTHORITIES:
        return DutyKind.EU_AUTHORITY if Regime.GDPR in chosen else None
    if Regime.LAW_09_08 in chosen or Regime.GDPR not in chosen:
        return DutyKind.CNDP
    return None


def first_notice(
    notifications: Iterable[AuthorityNotification], authorities: Iterable[Authority]
) -> datetime | None:
    """When the first *initial* notice to one of ``authorities`` was sent."""
    allowed = frozenset(authorities)
    return min(
        (
            n.sent_at
            for n in notifications
            if n.authority in allowed and n.phase is NotificationPhase.INITIAL
        ),
        default=None,
    )


def _authority_duty(
    kind: DutyKind,
    basis: str,
    rule: str,
    notify_by: datetime,
    met_at: datetime | None,
    waived: bool,
    governing: bool,
) -> NotificationDuty:
    if met_at is not None:
        state = DutyState.MET
    elif waived:
        state = DutyState.WAIVED
    else:
        state = DutyState.PENDING
    return NotificationDuty(kind, basis, rule, notify_by, state, met_at, governing)


def duties_for(
    regimes: Iterable[Regime | str],
    notify_by: datetime,
    *,
    eu_notified_at: datetime | None = None,
    cndp_notified_at: datetime | None = None,
    decided_not_to_notify: bool = False,
    dgssi: DgssiDeclaration | None = None,
) -> tuple[NotificationDuty, ...]:
    """The duties of a breach from its bare facts (for a row of the list as for a record).

    - GDPR in ``regimes``: the EU authority's, legal (Art. 33(1)), governing;
    - Law 09-08 in ``regimes``, or no regime: the CNDP's, internal policy, governing
      when the GDPR does not apply;
    - the DGSSI's when Law 05-20 applies (undecided: listed as such; not applicable:
      left out), legal, with no deadline.

    A reasoned decision not to notify (risk unlikely, GDPR Art. 33(1)) waives both
    authority notices: the policy follows the GDPR's threshold. It never waives the
    DGSSI's, which Law 05-20 ties to the incident, not to the risk to persons.
    """
    chosen = frozenset(Regime(r) for r in regimes)
    gdpr = Regime.GDPR in chosen
    found: list[NotificationDuty] = []
    if gdpr:
        found.append(
            _authority_duty(
                DutyKind.EU_AUTHORITY,
                "law",
                RULE_GDPR_ART_33,
                notify_by,
                eu_notified_at,
                decided_not_to_notify,
                governing=True,
            )
        )
    if Regime.LAW_09_08 in chosen or not gdpr:
        found.append(
            _authority_duty(
                DutyKind.CNDP,
                "policy",
                RULE_POLICY_72H,
                notify_by,
                cndp_notified_at,
                decided_not_to_notify,
                governing=not gdpr,
            )
        )
    if dgssi is not None and dgssi.applies is not False:
        if dgssi.applies is None:
            state = DutyState.UNDECIDED
        elif dgssi.declared_at is not None:
            state = DutyState.MET
        else:
            state = DutyState.PENDING
        found.append(
            NotificationDuty(
                DutyKind.DGSSI, "law", RULE_LAW_05_20, None, state, dgssi.declared_at, False
            )
        )
    return tuple(found)


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


def governing_duty(duties: Iterable[NotificationDuty]) -> NotificationDuty:
    return next(d for d in duties if d.governing)


# ----------------------------------------------------------------------------- workflow

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

OPEN_STATUSES = frozenset(s for s in BreachStatus if s is not BreachStatus.CLOSED)


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


class InvalidTransition(UserError):
    """A move the breach workflow forbids outright."""

    context = "BreachStatus"
    template = QT_TRANSLATE_NOOP(
        "BreachStatus",
        "Une violation au statut « {old} » ne peut pas passer au statut « {new} ».",
    )
    translated_values = ("old", "new")
    exit_code = 6

    def __init__(self, old: BreachStatus | str, new: BreachStatus | str) -> None:
        self.old = BreachStatus(old)
        self.new = BreachStatus(new)
        super().__init__(old=BREACH_STATUS_LABELS[self.old], new=BREACH_STATUS_LABELS[self.new])


class TransitionRefused(UserError):
    """A move the workflow allows in principle, refused because a fact is missing."""

    exit_code = 6


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


def allowed_next(status: BreachStatus | str) -> frozenset[BreachStatus]:
    return ALLOWED_TRANSITIONS[BreachStatus(status)]


def check_transition(old: BreachStatus | str, new: BreachStatus | str) -> None:
    if BreachStatus(new) not in ALLOWED_TRANSITIONS[BreachStatus(old)]:
        raise InvalidTransition(old, new)


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


# ----------------------------------------------------------------------------- regimes

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


# ----------------------------------------------------------------------------- references

REFERENCE_PREFIX = "VIO"  # "violation de données"; fixed so references never change
_REFERENCE = re.compile(r"^VIO-(\d{4})-(\d{4,})$")

ERR_REFERENCE = QT_TRANSLATE_NOOP(
    "Errors", "« {value} » n'est pas une référence de violation (forme attendue : VIO-2026-0001)."
)


class BreachReference(NamedTuple):
    year: int
    number: int

    def __str__(self) -> str:
        return format_reference(self.year, self.number)


def format_reference(year: int, number: int) -> str:
    if not 1000 <= year <= 9999:
        raise ValueError(f"year out of range: {year}")
    if number < 1:
        raise ValueError(f"reference numbers start at 1, got {number}")
    return f"{REFERENCE_PREFIX}-{year}-{number:04d}"


def next_reference(year: int, last_number: int) -> str:
    if last_number < 0:
        raise ValueError(f"last_number cannot be negative, got {last_number}")
    return format_reference(year, last_number + 1)


def parse_reference(text: str) -> BreachReference:
    match = _REFERENCE.match(text.strip().upper())
    if not match or int(match.group(2)) < 1:
        raise ValidationError(ERR_REFERENCE, "reference", value=text.strip())
    return BreachReference(int(match.group(1)), int(match.group(2)))
