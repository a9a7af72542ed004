"""The 72-hour clock: a breach's notification deadline and the countdown to it.

GDPR Art. 33(1): notify "not later than 72 hours after having become aware". The 72
hours are real elapsed time, never wall-clock hours: Morocco moves its clocks around
Ramadan (in 2026, UTC+1 → UTC+0 on 15 February and back on 22 March), and a deadline
computed as "same local time three days later" would be an hour off across either
change. So the deadline is ``aware_at`` converted to UTC plus 72 hours, stored in UTC,
and only converted to the organisation's zone for display. Periods in hours are never
rolled to a working day (Regulation 1182/71 rolls days, months and years only).

Under the GDPR the 72 hours are the law; under Law 09-08 alone (or with no regime
recorded) the same countdown is the organisation's policy, and labelled so
(``deadline_rule``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import NamedTuple

from dpo_desk.domain.errors import dates_in_range
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.domain.requests.workflow import Regime

NOTIFICATION_WINDOW = timedelta(hours=72)  # GDPR Art. 33(1)

# The deadline's basis, by regime (see ``deadline_rule``). Stored in
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


class CountdownLevel(StrEnum):
    OK = "ok"  # more than 24 hours left
    WARNING = "warning"  # 24 hours or less
    CRITICAL = "critical"  # 6 hours or less
    OVERDUE = "overdue"  # past the deadline


COUNTDOWN_LEVEL_LABELS = {
    CountdownLevel.OK: QT_TRANSLATE_NOOP("CountdownLevel", "Dans les délais"),
    CountdownLevel.WARNING: QT_TRANSLATE_NOOP("CountdownLevel", "Moins de 24 heures"),
    CountdownLevel.CRITICAL: QT_TRANSLATE_NOOP("CountdownLevel", "Moins de 6 heures"),
    CountdownLevel.OVERDUE: QT_TRANSLATE_NOOP("CountdownLevel", "Délai dépassé"),
}


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
