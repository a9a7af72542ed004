"""Reminders of what falls due: which deadlines to recall now, and the summary at unlock.

Pure functions over dates. The service (``services/reminders.py``) hands in the due items
it read from the register; the GUI (``ui/reminders.py``) shows what these functions
return and remembers, in memory only, what it has already shown (:class:`ReminderLog`).

Thresholds are counted in whole days *in the organisation's zone* (``clock.today``): a
request's due date is a calendar day (GDPR Art. 12(3) counts months, Law 09-08 art. 8
days), so "2 days before" means two calendar days before that day, whatever the hour.

- **Rights requests**: the stored due date, which is the deadline engine's earlier (safe)
  date where the law reads two ways (docs/legal-rules.md); reminded at each lead time
  (7 and 2 days by default), on the due day, and once overdue.
- **Processors**: the next review (GDPR Art. 28(3)(h) audits; the date is the DPO's own)
  and the contract's end (Art. 28(3)(g): return or delete the data); reminded at the
  records' lead time (7 days by default), on the day, and once overdue.
- **Activities**: the next review, the last review (or the creation) plus the
  organisation's review period (policy: GDPR Art. 24(1) sets no period).
- **Breaches**: the 72 hours (GDPR Art. 33(1); the CNDP's policy under Law 09-08) are
  counted in hours, not days: their desktop alerts stay ``ui/breach_alerts.py``'s (24 h and
  6 h before); here they only count in the summary, by the instant of their deadline.

Overdue items are recalled once a day while the app runs (the log's key holds the day):
a deadline missed stays a fault to mend, but one reminder a day is enough.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from dpo_desk.domain.labels import QT_TRANSLATE_NOOP


class ReminderKind(StrEnum):
    REQUEST = "request"
    BREACH = "breach"
    PROCESSOR_REVIEW = "processor_review"
    CONTRACT_END = "contract_end"
    ACTIVITY_REVIEW = "activity_review"


KIND_LABELS = {
    ReminderKind.REQUEST: QT_TRANSLATE_NOOP("ReminderKind", "Demandes de droits"),
    ReminderKind.BREACH: QT_TRANSLATE_NOOP("ReminderKind", "Violations (délai de 72 heures)"),
    ReminderKind.PROCESSOR_REVIEW: QT_TRANSLATE_NOOP("ReminderKind", "Revues des sous-traitants"),
    ReminderKind.CONTRACT_END: QT_TRANSLATE_NOOP("ReminderKind", "Fins de contrat"),
    ReminderKind.ACTIVITY_REVIEW: QT_TRANSLATE_NOOP("ReminderKind", "Revues des traitements"),
}

# Kinds reminded in days, at the records' lead times (the requests have their own).
RECORD_KINDS = frozenset(
    {ReminderKind.PROCESSOR_REVIEW, ReminderKind.CONTRACT_END, ReminderKind.ACTIVITY_REVIEW}
)

DUE_TODAY = 0  # the threshold of the due day itself
OVERDUE = -1  # the threshold once the day has passed

DEFAULT_REQUEST_LEADS = (7, 2)
DEFAULT_RECORD_LEADS = (7,)
MAX_LEAD = 60  # two months ahead: past that a reminder is planning, not a reminder
SUMMARY_DAYS = 7  # "in the next 7 days" of the summary


def clean_leads(values: Iterable[object], default: tuple[int, ...]) -> tuple[int, ...]:
    """Lead times in days, most distant first, each in 1…MAX_LEAD, no repeat; ``default``
    when none is left (a hand-edited preferences file must not silence every reminder)."""
    leads: set[int] = set()
    for value in values:
        if isinstance(value, bool):
            continue
        try:
            days = int(value)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            continue
        if 1 <= days <= MAX_LEAD:
            leads.add(days)
    return tuple(sorted(leads, reverse=True)) or default


@dataclass(frozen=True)
class ReminderSettings:
    """The DPO's choices (kept in Preferences: UI choices, no personal data)."""

    kinds: frozenset[ReminderKind] = frozenset(ReminderKind)
    request_leads: tuple[int, ...] = DEFAULT_REQUEST_LEADS
    record_leads: tuple[int, ...] = DEFAULT_RECORD_LEADS
    summary_at_unlock: bool = True

    def leads_for(self, kind: ReminderKind) -> tuple[int, ...]:
        return self.request_leads if kind is ReminderKind.REQUEST else self.record_leads

    @property
    def horizon(self) -> int:
        """How many days ahead the register must be read: the longest lead, and at least
        the summary's week."""
        return max((*self.request_leads, *self.record_leads, SUMMARY_DAYS))


@dataclass(frozen=True)
class DueItem:
    """One deadline still open.

    ``reference`` names it outside the register (a notification): ``DSR-…``, ``VIO-…`` or,
    for a processor or an activity, ``#<id>``; never a person's name or a title.
    ``label`` (a processor's or activity's name) is for the unlocked window only.
    """

    kind: ReminderKind
    reference: str
    due_on: date  # the day, in the organisation's zone
    basis: str = "policy"  # "law" or "policy" (internal policy)
    due_at: datetime | None = None  # a breach's instant (UTC); None for a day
    label: str = ""


@dataclass(frozen=True)
class Reminder:
    """A reminder due now: ``threshold`` is a lead time in days, ``DUE_TODAY`` or
    ``OVERDUE``; ``days_left`` the real distance (5 when the 7-day one is first seen 5 days
    before); ``crossed`` every threshold already passed, the log marks them all."""

    item: DueItem
    threshold: int
    days_left: int
    today: date
    crossed: tuple[int, ...] = ()

    @property
    def kind(self) -> ReminderKind:
        return self.item.kind

    @property
    def reference(self) -> str:
        return self.item.reference

    def key(self, threshold: int | None = None) -> tuple[str, str, date, int, date | None]:
        """What the log remembers: an overdue item is recalled again on another day, and a
        due date moved (an extension) starts its reminders afresh."""
        t = self.threshold if threshold is None else threshold
        return (
            self.kind,
            self.reference,
            self.item.due_on,
            t,
            self.today if t == OVERDUE else None,
        )


def thresholds(leads: Iterable[int]) -> tuple[int, ...]:
    """Every threshold, most distant first: the lead times, the due day, overdue."""
    return (*sorted(set(leads), reverse=True), DUE_TODAY, OVERDUE)


def reminders_due(
    items: Iterable[DueItem], today: date, settings: ReminderSettings
) -> list[Reminder]:
    """For each item of a kind switched on (breaches excepted: their alerts are counted in
    hours), the most urgent threshold it has crossed, if any; soonest first."""
    found: list[Reminder] = []
    for item in items:
        if item.kind not in settings.kinds or item.kind is ReminderKind.BREACH:
            continue
        left = (item.due_on - today).days
        crossed = tuple(t for t in thresholds(settings.leads_for(item.kind)) if left <= t)
        if crossed:
            found.append(Reminder(item, min(crossed), left, today, crossed))
    found.sort(key=lambda r: (r.item.due_on, r.kind, r.reference))
    return found


@dataclass
class ReminderLog:
    """The reminders already shown, for one run of the app, in memory only: nothing about
    a request is written to disk outside the register."""

    shown: set[tuple[str, str, date, int, date | None]] = field(default_factory=set)

    def take(self, reminders: Iterable[Reminder]) -> list[Reminder]:
        """The reminders not shown yet, marked shown. An item seen first past several
        thresholds (started 1 day before its due date) gives one reminder, the most
        urgent, not one per threshold."""
        fresh: list[Reminder] = []
        for reminder in reminders:
            keys = [reminder.key(t) for t in reminder.crossed or (reminder.threshold,)]
            new = reminder.key() not in self.shown
            self.shown.update(keys)
            if new:
                fresh.append(reminder)
        return fresh

    def clear(self) -> None:
        self.shown.clear()


# ----------------------------------------------------------------------------- summary


@dataclass(frozen=True)
class KindSummary:
    """One kind's open deadlines: overdue, due today, due within the week (soonest first)."""

    kind: ReminderKind
    overdue: tuple[DueItem, ...] = ()
    today: tuple[DueItem, ...] = ()
    soon: tuple[DueItem, ...] = ()
    more_overdue: int = 0  # overdue, counted but not listed (a register long behind)

    @property
    def overdue_count(self) -> int:
        return len(self.overdue) + self.more_overdue

    @property
    def total(self) -> int:
        return self.overdue_count + len(self.today) + len(self.soon)


@dataclass(frozen=True)
class DueSummary:
    today: date
    kinds: tuple[KindSummary, ...] = ()

    @property
    def total(self) -> int:
        return sum(k.total for k in self.kinds)

    def of(self, kind: ReminderKind) -> KindSummary:
        return next((k for k in self.kinds if k.kind is kind), KindSummary(kind))


def _soonest(item: DueItem) -> tuple[date, float, str]:
    return (item.due_on, item.due_at.timestamp() if item.due_at else 0.0, item.reference)


def summarise(
    items: Iterable[DueItem],
    now: datetime,
    today: date,
    settings: ReminderSettings,
    days: int = SUMMARY_DAYS,
    *,
    more_overdue: Mapping[ReminderKind, int] | None = None,
) -> DueSummary:
    """What is due, by kind (switched-on kinds only, in ``ReminderKind``'s order). A breach
    is overdue from the instant of its deadline, not from the next day. ``more_overdue``:
    overdue items the caller counted without listing them."""
    more = more_overdue or {}
    buckets: dict[ReminderKind, tuple[list[DueItem], list[DueItem], list[DueItem]]] = {
        kind: ([], [], []) for kind in ReminderKind if kind in settings.kinds
    }
    for item in sorted(items, key=_soonest):
        if item.kind not in buckets:
            continue
        overdue, due_today, soon = buckets[item.kind]
        left = (item.due_on - today).days
        if (item.due_at is not None and item.due_at <= now) or left < 0:
            overdue.append(item)
        elif left == 0:
            due_today.append(item)
        elif left <= days:
            soon.append(item)
    return DueSummary(
        today,
        tuple(
            KindSummary(kind, tuple(o), tuple(t), tuple(s), more.get(kind, 0))
            for kind, (o, t, s) in buckets.items()
        ),
    )
