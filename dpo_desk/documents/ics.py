"""The deadlines' calendar feed: plain event data in, iCalendar bytes out (RFC 5545).

``services/calendar_feed.py`` gathers the open deadlines from the register; this module
only writes them. It writes the few properties it needs itself (the ``icalendar``
package took 0.4-0.7 ms an event, 11-20 s for the 27,000 open requests of a large
register; this takes a few microseconds), with RFC 5545's rules: lines end with CRLF and
are folded at 75 octets, never inside a UTF-8 character (§3.1); text escapes backslash,
semicolon, comma and line breaks, and loses other control characters (§3.3.11). The
tests read the file back with ``icalendar``:

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
    stamp = _instant(feed.stamp)
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:" + _text(feed.product),
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:" + _text(feed.name),
    ]
    for entry in _ordered(feed.entries):
        lines += _component(entry, stamp)
    lines.append("END:VCALENDAR")
    return b"".join(_folded(line) for line in lines)


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


def _component(entry: CalendarEntry, stamp: str) -> list[str]:
    when = entry.when
    kind = "VTODO" if when is None else "VEVENT"
    summary = _text(entry.summary)
    lines = [
        "BEGIN:" + kind,
        "UID:" + _text(entry.uid),
        "DTSTAMP:" + stamp,
        "SUMMARY:" + summary,
        "CLASS:PRIVATE",
    ]
    if when is None:
        return [*lines, "STATUS:NEEDS-ACTION", "END:" + kind]
    if isinstance(when, datetime):
        if when.tzinfo is None:
            raise ValueError(f"{entry.uid}: an instant must be an aware datetime")
        lines.append("DTSTART:" + _instant(when))
    else:
        lines.append("DTSTART;VALUE=DATE:" + when.strftime("%Y%m%d"))
        lines.append("DTEND;VALUE=DATE:" + (when + timedelta(days=1)).strftime("%Y%m%d"))
    lines.append("TRANSP:TRANSPARENT")
    if entry.alarm_before is not None:
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "DESCRIPTION:" + summary,
            "TRIGGER:" + _before(entry.alarm_before),
            "END:VALARM",
        ]
    return [*lines, "END:" + kind]


def _instant(value: datetime) -> str:
    """A UTC DATE-TIME (§3.3.5, form 2): 20260312T130000Z."""
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _before(delta: timedelta) -> str:
    """A DURATION before the start (§3.3.6): -P1D, -PT15H, -P1DT2H30M."""
    seconds = int(delta.total_seconds())
    sign = "-" if seconds >= 0 else ""
    days, rest = divmod(abs(seconds), 86_400)
    hours, rest = divmod(rest, 3_600)
    minutes, seconds = divmod(rest, 60)
    time_part = "".join(
        f"{amount}{unit}"
        for amount, unit in ((hours, "H"), (minutes, "M"), (seconds, "S"))
        if amount
    )
    if not days and not time_part:
        return "PT0S"
    return f"{sign}P" + (f"{days}D" if days else "") + (f"T{time_part}" if time_part else "")


# Control characters a TEXT value may not hold (§3.3.11: any but HTAB); line breaks
# are escaped first.
_CONTROLS = {code: None for code in (*range(0x00, 0x09), *range(0x0A, 0x20), 0x7F)}


def _text(value: str) -> str:
    """A TEXT value (§3.3.11): backslash, semicolon and comma escaped, line breaks as \\n."""
    escaped = (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\n", "\\n")
    )
    return escaped.translate(_CONTROLS)


LINE_OCTETS = 75  # §3.1: a line longer than this is folded, CRLF and one space


def _folded(line: str) -> bytes:
    """One content line, folded into lines of at most 75 octets, each ended by CRLF; a
    fold never splits a UTF-8 character."""
    data = line.encode("utf-8")
    if len(data) <= LINE_OCTETS:
        return data + b"\r\n"
    parts: list[bytes] = []
    current = bytearray()
    limit = LINE_OCTETS
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > limit:
            parts.append(bytes(current))
            current = bytearray(b" ")  # the continuation's leading space counts
        current += encoded
    parts.append(bytes(current))
    return b"\r\n".join(parts) + b"\r\n"
