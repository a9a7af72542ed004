"""The calendar feed's file (documents/ics.py), parsed back with icalendar: RFC 5545's
required properties, all-day DATE events, UTC instants, alarms, tasks without a date."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from dpo_desk.documents.ics import CalendarEntry, CalendarFeed, calendar_bytes

STAMP = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
DAY = CalendarEntry(
    "request-1-due@reg.dpodesk",
    "DSR-2026-0001 — échéance (droit d'accès)",
    date(2026, 4, 9),
    timedelta(hours=15),
)
INSTANT = CalendarEntry(
    "breach-1-cndp@reg.dpodesk",
    "VIO-2026-0001 — notification 72 h (CNDP)",
    # 14:00 in Paris (UTC+1 that day): written in UTC.
    datetime(2026, 3, 12, 14, 0, tzinfo=ZoneInfo("Europe/Paris")),
    timedelta(hours=2),
)
TASK = CalendarEntry("filing-3-declaration@reg.dpodesk", "Formalité CNDP à accomplir", None)


def feed(*entries: CalendarEntry, stamp: datetime = STAMP) -> CalendarFeed:
    return CalendarFeed("-//DPO Desk//test//FR", "Échéances", stamp, entries)


def parsed(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def by_uid(calendar: Calendar) -> dict:
    return {str(c["UID"]): c for c in calendar.walk() if c.name in ("VEVENT", "VTODO")}


def test_the_calendar_carries_what_rfc_5545_requires():
    calendar = parsed(calendar_bytes(feed(DAY)))
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]) == "-//DPO Desk//test//FR"
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["X-WR-CALNAME"]) == "Échéances"
    event = by_uid(calendar)[DAY.uid]
    assert event.decoded("DTSTAMP") == STAMP
    assert str(event["SUMMARY"]) == DAY.summary
    assert str(event["TRANSP"]) == "TRANSPARENT" and str(event["CLASS"]) == "PRIVATE"


def test_a_day_deadline_is_an_all_day_event_ending_the_next_day():
    data = calendar_bytes(feed(DAY))
    event = by_uid(parsed(data))[DAY.uid]
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert type(start) is date and start == date(2026, 4, 9)
    assert type(end) is date and end == date(2026, 4, 10)
    assert b"DTSTART;VALUE=DATE:20260409\r\n" in data
    assert b"DTEND;VALUE=DATE:20260410\r\n" in data


def test_a_breach_instant_is_a_utc_date_time_without_an_end():
    data = calendar_bytes(feed(INSTANT))
    event = by_uid(parsed(data))[INSTANT.uid]
    start = event.decoded("DTSTART")
    assert isinstance(start, datetime) and start == datetime(2026, 3, 12, 13, 0, tzinfo=UTC)
    assert b"DTSTART:20260312T130000Z\r\n" in data
    assert "DTEND" not in event  # an instant: RFC 5545 §3.6.1, no DTEND equal to DTSTART


def test_every_event_has_one_display_alarm_before_it():
    calendar = parsed(calendar_bytes(feed(DAY, INSTANT)))
    for entry in (DAY, INSTANT):
        alarms = [c for c in by_uid(calendar)[entry.uid].walk() if c.name == "VALARM"]
        assert len(alarms) == 1
        assert str(alarms[0]["ACTION"]) == "DISPLAY"
        assert str(alarms[0]["DESCRIPTION"]) == entry.summary
        assert alarms[0].decoded("TRIGGER") == -entry.alarm_before


def test_an_undated_entry_is_a_task_without_due_date_or_alarm():
    calendar = parsed(calendar_bytes(feed(TASK)))
    todo = by_uid(calendar)[TASK.uid]
    assert todo.name == "VTODO"
    assert "DUE" not in todo and "DTSTART" not in todo
    assert str(todo["STATUS"]) == "NEEDS-ACTION"
    assert not [c for c in todo.walk() if c.name == "VALARM"]
    assert not [c for c in calendar.walk() if c.name == "VEVENT"]


def test_lines_end_with_crlf_and_long_ones_are_folded():
    long = CalendarEntry("x@reg.dpodesk", "DSR-2026-0001 — " + "échéance " * 20, date(2026, 4, 9))
    data = calendar_bytes(feed(long))
    lines = data.split(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in lines)  # octets, RFC 5545 §3.1
    assert any(line.startswith(b" ") for line in lines)
    assert str(by_uid(parsed(data))["x@reg.dpodesk"]["SUMMARY"]) == long.summary


def test_entries_come_in_date_order_tasks_last_whatever_the_order_given():
    later = CalendarEntry("a@reg.dpodesk", "later", date(2026, 5, 1))
    first = calendar_bytes(feed(TASK, later, DAY, INSTANT))
    again = calendar_bytes(feed(INSTANT, DAY, later, TASK))
    assert first == again
    uids = [str(c["UID"]) for c in parsed(first).walk() if c.name in ("VEVENT", "VTODO")]
    assert uids == [INSTANT.uid, DAY.uid, later.uid, TASK.uid]


def test_naive_instants_are_refused():
    naive = CalendarEntry("n@reg.dpodesk", "x", datetime(2026, 3, 12, 14, 0))
    with pytest.raises(ValueError):
        calendar_bytes(feed(naive))
    with pytest.raises(ValueError):
        calendar_bytes(feed(DAY, stamp=datetime(2026, 3, 10, 9, 30)))


def test_text_is_escaped_and_arabic_folds_between_characters():
    tricky = "Sous-traitant « Najm; Cloud, SA » \\ suite\nligne 2\x07"
    arabic = "طلب DSR-2026-0001 — " + "أجل الرد على طلب الولوج " * 6
    entries = (
        CalendarEntry("t@reg.dpodesk", tricky, date(2026, 4, 9)),
        CalendarEntry("a@reg.dpodesk", arabic, date(2026, 4, 10), timedelta(days=1)),
    )
    data = calendar_bytes(feed(*entries))
    lines = data.split(b"\r\n")
    assert all(len(line) <= 75 for line in lines)
    for line in lines:
        line.decode("utf-8")  # no fold cut a character in two
    assert b"Najm\\; Cloud\\, SA \xc2\xbb \\\\ suite\\nligne 2" in data.replace(b"\r\n ", b"")
    read = by_uid(parsed(data))
    assert str(read["t@reg.dpodesk"]["SUMMARY"]) == tricky.replace("\x07", "")
    assert str(read["a@reg.dpodesk"]["SUMMARY"]) == arabic


@pytest.mark.parametrize(
    "before",
    [timedelta(hours=15), timedelta(days=7), timedelta(days=1, hours=2, minutes=30), timedelta()],
)
def test_alarm_triggers_read_back_as_the_time_before(before):
    entry = CalendarEntry("r@reg.dpodesk", "x", date(2026, 4, 9), before)
    alarm = next(c for c in parsed(calendar_bytes(feed(entry))).walk() if c.name == "VALARM")
    assert alarm["TRIGGER"].dt == -before
