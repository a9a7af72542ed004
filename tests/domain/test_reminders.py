"""Which reminders are due: thresholds in days, in the organisation's zone, once each."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from dpo_desk.domain.clock import FixedClock, organisation_zone, today
from dpo_desk.domain.reminders import (
    DUE_TODAY,
    OVERDUE,
    DueItem,
    ReminderKind,
    ReminderLog,
    ReminderSettings,
    clean_leads,
    reminders_due,
    summarise,
)

K = ReminderKind
DAY = date(2026, 6, 10)


def request(reference: str, due_on: date, basis: str = "law") -> DueItem:
    return DueItem(K.REQUEST, reference, due_on, basis)


DEFAULTS = ReminderSettings()


def thresholds_on(items, on, settings=DEFAULTS):
    return {r.reference: r.threshold for r in reminders_due(items, on, settings)}


def test_each_threshold_is_crossed_on_its_day():
    item = request("DSR-2026-0001", DAY + timedelta(days=10))
    seen = {}
    for offset in range(0, 14):
        on = DAY + timedelta(days=offset)
        seen[(item.due_on - on).days] = thresholds_on([item], on).get(item.reference)
    assert seen[10] is None and seen[8] is None
    assert seen[7] == 7 and seen[3] == 7  # the week's reminder holds until the next
    assert seen[2] == 2 and seen[1] == 2
    assert seen[0] == DUE_TODAY
    assert seen[-1] == OVERDUE and seen[-3] == OVERDUE


def test_the_log_shows_each_threshold_once_and_the_most_urgent_first_seen():
    log = ReminderLog()
    early = request("DSR-2026-0001", DAY + timedelta(days=7))
    late = request("DSR-2026-0002", DAY + timedelta(days=1))  # first seen past 7 and 2
    first = log.take(reminders_due([early, late], DAY, ReminderSettings()))
    assert [(r.reference, r.threshold) for r in first] == [
        ("DSR-2026-0002", 2),
        ("DSR-2026-0001", 7),
    ]
    # The same minute, the next minute, the next day: nothing new until a threshold.
    assert log.take(reminders_due([early, late], DAY, ReminderSettings())) == []
    next_day = DAY + timedelta(days=1)
    assert [
        (r.reference, r.threshold)
        for r in log.take(reminders_due([early, late], next_day, ReminderSettings()))
    ] == [("DSR-2026-0002", DUE_TODAY)]


def test_an_overdue_item_is_recalled_once_a_day():
    log = ReminderLog()
    item = request("DSR-2026-0003", DAY - timedelta(days=4))
    assert [r.threshold for r in log.take(reminders_due([item], DAY, ReminderSettings()))] == [
        OVERDUE
    ]
    assert log.take(reminders_due([item], DAY, ReminderSettings())) == []
    again = log.take(reminders_due([item], DAY + timedelta(days=1), ReminderSettings()))
    assert [(r.threshold, r.days_left) for r in again] == [(OVERDUE, -5)]


def test_a_moved_due_date_starts_afresh():
    log = ReminderLog()
    log.take(
        reminders_due([request("DSR-2026-0004", DAY + timedelta(days=2))], DAY, ReminderSettings())
    )
    # Extended by two months (GDPR Art. 12(3)): the 7-day reminder will come again.
    extended = request("DSR-2026-0004", DAY + timedelta(days=6))
    assert [r.threshold for r in log.take(reminders_due([extended], DAY, ReminderSettings()))] == [
        7
    ]


def test_days_are_counted_in_casablanca_not_in_utc():
    zone = organisation_zone("Africa/Casablanca")
    # 23:30 UTC on 9 June is 00:30 on 10 June in Casablanca (UTC+1 outside Ramadan).
    clock = FixedClock(datetime(2026, 6, 9, 23, 30, tzinfo=UTC))
    on = today(clock, zone)
    assert on == DAY
    item = request("DSR-2026-0005", date(2026, 6, 12))
    assert thresholds_on([item], on) == {"DSR-2026-0005": 2}  # 2 days there, 3 in UTC
    assert thresholds_on([item], clock.now().date()) == {"DSR-2026-0005": 7}
    due_today = request("DSR-2026-0006", DAY)
    assert thresholds_on([due_today], on) == {"DSR-2026-0006": DUE_TODAY}


def test_kinds_switched_off_and_lead_times_chosen():
    review = DueItem(K.PROCESSOR_REVIEW, "#3", DAY + timedelta(days=5), label="Najm Cloud")
    contract = DueItem(K.CONTRACT_END, "#3", DAY + timedelta(days=2))
    item = request("DSR-2026-0007", DAY + timedelta(days=3))
    every = thresholds_on([review, contract, item], DAY)
    assert (
        every == {"#3": 7, "DSR-2026-0007": 7}
        and len(reminders_due([review, contract, item], DAY, ReminderSettings())) == 3
    )
    settings = ReminderSettings(kinds=frozenset({K.REQUEST}), request_leads=(3,), record_leads=(7,))
    found = reminders_due([review, contract, item], DAY, settings)
    assert [(r.reference, r.threshold) for r in found] == [("DSR-2026-0007", 3)]
    assert reminders_due([item], DAY, ReminderSettings(kinds=frozenset())) == []


def test_breaches_are_left_to_their_hourly_alerts():
    breach = DueItem(
        K.BREACH, "VIO-2026-0001", DAY, "law", due_at=datetime(2026, 6, 10, 20, tzinfo=UTC)
    )
    assert reminders_due([breach], DAY, ReminderSettings()) == []


def test_lead_times_are_cleaned():
    assert clean_leads([2, "7", 7, 0, -1, 400, True, None, "x"], (7, 2)) == (7, 2)
    assert clean_leads([], (7, 2)) == (7, 2)
    assert clean_leads([14], (7,)) == (14,)


def test_summary_counts_overdue_today_and_the_week_by_kind():
    now = datetime(2026, 6, 10, 9, 0, tzinfo=UTC)  # 10:00 in Casablanca
    items = [
        request("DSR-2026-0010", DAY - timedelta(days=1)),
        request("DSR-2026-0011", DAY),
        request("DSR-2026-0012", DAY + timedelta(days=7)),
        request("DSR-2026-0013", DAY + timedelta(days=8)),  # outside the week
        DueItem(K.BREACH, "VIO-2026-0001", DAY, "law", due_at=now - timedelta(minutes=1)),
        DueItem(K.BREACH, "VIO-2026-0002", DAY, "law", due_at=now + timedelta(hours=3)),
        DueItem(K.CONTRACT_END, "#4", DAY + timedelta(days=3)),
    ]
    summary = summarise(items, now, DAY, ReminderSettings())
    requests = summary.of(K.REQUEST)
    assert [i.reference for i in requests.overdue] == ["DSR-2026-0010"]
    assert [i.reference for i in requests.today] == ["DSR-2026-0011"]
    assert [i.reference for i in requests.soon] == ["DSR-2026-0012"]
    breaches = summary.of(K.BREACH)
    # A breach is late from the instant its 72 hours end, not from the next day.
    assert [i.reference for i in breaches.overdue] == ["VIO-2026-0001"]
    assert [i.reference for i in breaches.today] == ["VIO-2026-0002"]
    assert summary.of(K.CONTRACT_END).total == 1 and summary.total == 6
    off = summarise(items, now, DAY, ReminderSettings(kinds=frozenset({K.BREACH})))
    assert off.of(K.REQUEST).total == 0 and off.total == 2
