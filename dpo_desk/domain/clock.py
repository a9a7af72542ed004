"""Clocks. Every rule that depends on "now" takes one, so tests can freeze time."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Protocol

from dpo_desk.domain import zones

DEFAULT_TIMEZONE = "Africa/Casablanca"


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware, in UTC."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass
class FixedClock:
    """A clock that only moves when told to. For tests and reproducible runs."""

    instant: datetime = field(default_factory=lambda: datetime(2026, 1, 1, tzinfo=UTC))

    def __post_init__(self) -> None:
        if self.instant.tzinfo is None:
            raise ValueError("FixedClock needs a timezone-aware instant")
        self.instant = self.instant.astimezone(UTC)

    def now(self) -> datetime:
        return self.instant

    def advance(self, delta: timedelta) -> None:
        self.instant += delta


def organisation_zone(name: str | None = None) -> tzinfo:
    """The organisation's zone from the pinned tzdata package (domain/zones.py);
    ``ZoneInfoNotFoundError`` for a name it does not hold."""
    return zones.zone(name or DEFAULT_TIMEZONE)


def today(clock: Clock, zone: tzinfo) -> date:
    """The calendar date *in the organisation's zone*: deadlines in days are counted there."""
    return clock.now().astimezone(zone).date()


def to_utc(instant: datetime) -> datetime:
    if instant.tzinfo is None:
        raise ValueError("naive datetimes are ambiguous; attach the organisation's zone first")
    return instant.astimezone(UTC)
