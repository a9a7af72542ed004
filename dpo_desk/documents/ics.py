"""The deadlines' calendar feed: plain event data in, iCalendar bytes out (RFC 5545).

``services/calendar_feed.py`` gathers the open deadlines from the register; this module
only writes them, with the ``icalendar`` package (which folds lines at 75 octets and ends
them with CRLF, RFC 5545 §3.1):

- the calendar says who made it (``PRODID``), ``VERSION:2.0``, ``CALSCALE:GREGORIAN``
  and ``METHOD:PUBLISH`` (RFC 5546 §3.2.1: a feed to import, no invitation to answer);
- a deadline that is a day (a request's due date, a processor's review, a contract's
  end) is an all-day event: ``DTSTART;VALUE=DATE`` and ``DTEND`` the next day (DTEND is
  exclusive, §3.6.1), so Outlook and Thunderbird show it on that day in any zone;
- a deadline that is an instant (a breach's 72 hours) is a UTC ``DATE-TIME`` and has no
  end: RFC 5545 §3.6.1 reads an event with no DTEND as lasting no time, which is what a
  deadline is (a DTEND equal to DTSTART would be invalid: it must be later);
- each event carries one ``VALARM`` (``ACTION:DISPLAY``, with the DESCRIPTION §3.6.6
  requires), its trigger relative to the start. Outlook keeps only the first alarm of an
  event, so there is one;
- a task with no date (a CNDP formality to file: the law sets no day for it) is a
  ``VTODO`` with no ``DUE``. Thunderbird lists it among its tasks; Outlook, which
  imports only events from a file, leaves it out, and nothing else is lost;
- every entry has a stable ``UID`` given by the caller, and ``DTSTAMP`` is the instant
  of the export, in UTC: importing a newer file updates the events it imported before
  (RFC 5546 §2.1.5: same UID and SEQUENCE, later DTSTAMP) instead of adding copies;
- ``TRANSP:TRANSPARENT`` (a deadline does not make the DPO busy) and ``CLASS:PRIVATE``
  (a shared Exchange calendar shows others a busy slot, not the summary).

The entries hold only what the caller wrote in them; this module adds no text of its
own, so what reaches the file is decided, and tested, in one place (the service).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from icalendar import Alarm, Calendar, Event, Todo


@dataclass(frozen=True)
class CalendarEntry:
    """One deadline of the feed.

    ``when``: a ``date`` (an all-day event), an aware ``datetime`` (an instant, written
    in UTC) or None (a task with no due date). ``alarm_before``: how long before the
    start the reminder shows; for a day, counted from its midnight (local time), so
    ``timedelta(hours=15)`` is 9 a.m. the day before. Ignored for a task.
    """

    uid: str
    summary: str
    when: date | datetime | None
    alarm_before: timedelta | None = None


@dataclass(frozen=True)
class CalendarFeed:
    """The calendar: its producer (``PRODID``), its name as the client shows it
    (``X-WR-CALNAME``, read by Outlook, Thunderbird and Apple Calendar), the instant of
    the export (aware) and the entries."""

    product: str
    name: str
    stamp: datetime
    entries: tuple[CalendarEntry, ...]


def calendar_bytes(feed: CalendarFeed) -> bytes:
    """The ``.ics`` file of ``feed``: UTF-8, CRLF line ends, folded lines."""
    if feed.stamp.tzinfo is None:
        raise ValueError("the feed's stamp must be an aware datetime")
    stamp = feed.stamp.astimezone(UTC)
    calendar = Calendar()
    calendar.add("prodid", feed.product)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", feed.name)
    for entry in _ordered(feed.entries):
        calendar.add_component(_component(entry, stamp))
    data: bytes = calendar.to_ical()
    return data


def _ordered(entries: Iterable[CalendarEntry]) -> list[CalendarEntry]:
    """Events by start, then the tasks; the UID breaks ties: the same register gives
    the same file, byte for byte but for DTSTAMP."""

    def key(entry: CalendarEntry) -> tuple[int, str, str]:
        when = entry.when
        if when is None:
            return (1, "", entry.uid)
        if isinstance(when, datetime):
            return (0, when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S"), entry.uid)
        return (0, when.isoformat(), entry.uid)

    return sorted(entries, key=key)


def _component(entry: CalendarEntry, stamp: datetime) -> Event | Todo:
    when = entry.when
    component: Event | Todo = Todo() if when is None else Event()
    component.add("uid", entry.uid)
    component.add("dtstamp", stamp)
    component.add("summary", entry.summary)
    component.add("class", "PRIVATE")
    if when is None:
        component.add("status", "NEEDS-ACTION")
        return component
    if isinstance(when, datetime):
        if when.tzinfo is None:
            raise ValueError(f"{entry.uid}: an instant must be an aware datetime")
        component.add("dtstart", when.astimezone(UTC))
    else:
        component.add("dtstart", when)
        component.add("dtend", when + timedelta(days=1))
    component.add("transp", "TRANSPARENT")
    if entry.alarm_before is not None:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", entry.summary)
        alarm.add("trigger", -entry.alarm_before)
        component.add_component(alarm)
    return component
