"""What falls due soon, read from the register for the reminders (``ui/reminders.py``).

The GUI checks once a minute: the read must stay small even in a register of 100,000
requests. Only what may be due is queried, in SQL, with the columns a reminder needs
(never a requester's name, a breach's title or description):

- open requests due from today to the horizon, and the latest-overdue ones
  (``OVERDUE_READ``; the rest are counted): the ``status, due_on`` index. Measured on the
  benchmark's register (100,000 requests, 27,000 open and overdue), a check takes about
  25 ms instead of 540 ms reading every overdue one. The date is the one stored, the deadline engine's (the earlier, safe
  one where the law reads two ways). While proof of identity is awaited with the pause
  on, the dashboard moves it a day later each day (``requests.refresh_running_pauses``);
  the reminders write nothing, so such a request may be recalled a little early, never
  late (as the calendar feed);
- active processors whose next review or contract end is on or before the horizon;
- activities whose next review (last review, or creation, plus the organisation's review
  period) is on or before the horizon;
- open breaches with a notice still owed against the 72 hours (a few dozen at most).

Nothing is written, nothing is journaled: reading due dates is not a change.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from sqlalchemy import Connection

from dpo_desk.domain.breaches.enums import DutyState
from dpo_desk.domain.clock import Clock, SystemClock, organisation_zone
from dpo_desk.domain.deadlines import add_months
from dpo_desk.domain.record_flags import DEFAULT_ACTIVITY_REVIEW_MONTHS
from dpo_desk.domain.reminders import (
    DEFAULT_RECORD_LEADS,
    DEFAULT_REQUEST_LEADS,
    DueItem,
    DueSummary,
    Reminder,
    ReminderKind,
    ReminderSettings,
    clean_leads,
    reminders_due,
    summarise,
)
from dpo_desk.services.preferences import Preferences
from dpo_desk.services.records import REVIEW_MONTHS_KEY
from dpo_desk.storage import breaches as breaches_repo
from dpo_desk.storage import organisation as settings_repo
from dpo_desk.storage import records as records_repo
from dpo_desk.storage import requests as requests_repo
from dpo_desk.storage.database import Register
from dpo_desk.storage.requests import RequestFilter

# Overdue requests read one by one: the latest-overdue ones. Past that they are only
# counted: a register with 27,000 open requests long overdue (the benchmark's) would
# otherwise be read whole every minute (half a second on the GUI's thread).
OVERDUE_READ = 100


def settings_from(prefs: Preferences) -> ReminderSettings:
    """The reminders' settings from the user's preferences (unknown kinds ignored)."""
    off = set(prefs.reminders_off)
    return ReminderSettings(
        kinds=frozenset(kind for kind in ReminderKind if str(kind) not in off),
        request_leads=clean_leads(prefs.reminder_request_days, DEFAULT_REQUEST_LEADS),
        record_leads=clean_leads(prefs.reminder_record_days, DEFAULT_RECORD_LEADS),
        summary_at_unlock=bool(prefs.reminder_summary),
    )


def record_reference(record_id: int) -> str:
    """A processor's or activity's name outside the register: its number, as the
    registers' sections open it (``show_item("#12")``)."""
    return f"#{record_id}"


@dataclass(frozen=True)
class DueItems:
    """What may be due within the horizon, as of ``now`` (``today`` in the org's zone)."""

    now: datetime
    today: date
    items: tuple[DueItem, ...]
    #: overdue items counted but not read (see OVERDUE_READ), by kind
    more_overdue: dict[ReminderKind, int] = field(default_factory=dict)


def _zone(conn: Connection) -> tzinfo:
    org = settings_repo.load(conn)
    return organisation_zone(org.timezone if org else None)


def _requests(conn: Connection, today: date, due_by: date) -> tuple[list[DueItem], int]:
    """The requests due from today to ``due_by``, the latest-overdue ones, and how many
    more are overdue."""
    rows = requests_repo.open_due_dates(conn, due_by, due_from=today)
    late = requests_repo.open_due_dates(
        conn, today - timedelta(days=1), latest_first=True, limit=OVERDUE_READ
    )
    more = 0
    if len(late) == OVERDUE_READ:
        more = requests_repo.count_rows(conn, RequestFilter(overdue_on=today)) - len(late)
    items = [
        DueItem(ReminderKind.REQUEST, row.reference, row.due_on, row.due_basis)
        for row in (*reversed(late), *rows)
    ]
    return items, more


def _processors(
    conn: Connection, due_by: date, kinds: frozenset[ReminderKind]
) -> Iterator[DueItem]:
    for row in records_repo.processor_due_dates(conn, due_by):
        reference = record_reference(row.id)
        # Art. 28(3)(h): the audits the DPO plans; the date is the organisation's own.
        if ReminderKind.PROCESSOR_REVIEW in kinds and row.first and row.first <= due_by:
            yield DueItem(ReminderKind.PROCESSOR_REVIEW, reference, row.first, label=row.name)
        # Art. 28(3)(g): at the contract's end the data go back or are deleted.
        if ReminderKind.CONTRACT_END in kinds and row.second and row.second <= due_by:
            yield DueItem(ReminderKind.CONTRACT_END, reference, row.second, label=row.name)


def _activities(conn: Connection, due_by: date) -> Iterator[DueItem]:
    months = int(settings_repo.get_setting(conn, REVIEW_MONTHS_KEY, DEFAULT_ACTIVITY_REVIEW_MONTHS))
    # add_months keeps the day or takes the month's last: a few days' slack in the query,
    # the exact date below (the same rule as the register's "revue en retard" flag).
    cutoff = add_months(due_by, -months) + timedelta(days=4)
    created_before = datetime.combine(cutoff, time(), UTC)
    for row in records_repo.activity_review_dates(conn, cutoff, created_before):
        start = row.first or row.second
        if start is None:
            continue
        due_on = add_months(start, months)
        if due_on <= due_by:
            yield DueItem(
                ReminderKind.ACTIVITY_REVIEW, record_reference(row.id), due_on, label=row.name
            )


def _breaches(conn: Connection, zone: tzinfo) -> Iterator[DueItem]:
    # Every open breach in one query (storage.breaches.open_rows).
    for row in breaches_repo.open_rows(conn):
        owed = [
            duty
            for duty in row.duties
            if duty.state is DutyState.PENDING and duty.deadline is not None
        ]
        if not row.is_open or not owed:
            continue
        # All share the 72 hours; the basis is the law's when any notice owed is.
        deadline = min(duty.deadline for duty in owed if duty.deadline is not None)
        basis = "law" if any(duty.basis == "law" for duty in owed) else "policy"
        yield DueItem(
            ReminderKind.BREACH,
            row.reference,
            deadline.astimezone(zone).date(),
            basis,
            due_at=deadline,
        )


def due_items(
    register: Register, settings: ReminderSettings, *, clock: Clock | None = None
) -> DueItems:
    """The open deadlines of the switched-on kinds up to ``settings.horizon`` days ahead,
    overdue ones included, in one snapshot of the register."""
    now = (clock or SystemClock()).now()
    kinds = settings.kinds
    found: list[DueItem] = []
    more: dict[ReminderKind, int] = {}
    with register.read() as conn:
        zone = _zone(conn)
        on = now.astimezone(zone).date()
        due_by = on + timedelta(days=settings.horizon)
        if ReminderKind.REQUEST in kinds:
            requests, more[ReminderKind.REQUEST] = _requests(conn, on, due_by)
            found.extend(requests)
        if kinds & {ReminderKind.PROCESSOR_REVIEW, ReminderKind.CONTRACT_END}:
            found.extend(_processors(conn, due_by, kinds))
        if ReminderKind.ACTIVITY_REVIEW in kinds:
            found.extend(_activities(conn, due_by))
        if ReminderKind.BREACH in kinds:
            found.extend(_breaches(conn, zone))
    return DueItems(now, on, tuple(found), more)


def reminders(
    register: Register, settings: ReminderSettings, *, clock: Clock | None = None
) -> list[Reminder]:
    """The reminders due now (every crossed threshold's most urgent; the GUI's log drops
    the ones already shown)."""
    due = due_items(register, settings, clock=clock)
    return reminders_due(due.items, due.today, settings)


def summary(
    register: Register, settings: ReminderSettings, *, clock: Clock | None = None
) -> DueSummary:
    """Overdue, due today and due within the week, by kind: the summary at unlock."""
    due = due_items(register, settings, clock=clock)
    return summarise(due.items, due.now, due.today, settings, more_overdue=due.more_overdue)
