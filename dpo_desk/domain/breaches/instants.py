"""Instants as a person types and reads them: parsed in the organisation's zone, checked
in order, shown with the offset then in force.

Instants are timezone-aware datetimes, compared in UTC; the organisation's zone (default
``Africa/Casablanca``) only matters for reading what a person typed and for display. A
wall-clock time that a clock change skips or repeats is refused rather than guessed:
a guess would move the 72 hours by an hour.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dpo_desk.domain import zones
from dpo_desk.domain.errors import ValidationError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP

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


def _offset_text(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def localise(naive: datetime, zone: tzinfo, field: str = "", value: str = "") -> datetime:
    """Attach ``zone`` to a wall-clock time, refusing the times a clock change skips
    or repeats: guessing there would move the 72 hours by an hour."""
    first = naive.replace(tzinfo=zone, fold=0)
    second = naive.replace(tzinfo=zone, fold=1)
    first_offset = first.utcoffset() or timedelta(0)
    second_offset = second.utcoffset() or timedelta(0)
    if first_offset == second_offset:
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
            first=_offset_text(first_offset),
            second=_offset_text(second_offset),
        )
    raise ValidationError(
        ERR_INSTANT_GAP,
        field,
        value=shown,
        zone=zone_name,
        offset=_offset_text(max(first_offset, second_offset)),
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


def short_display(instant: datetime, zone: tzinfo) -> str:
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
            raise ValidationError(ERR_INSTANT_FUTURE, name, value=short_display(instant, zone))
    if aware_at < discovered_at:
        raise ValidationError(
            ERR_AWARE_BEFORE_DISCOVERY,
            "aware_at",
            aware=short_display(aware_at, zone),
            discovered=short_display(discovered_at, zone),
        )
    if started_at is not None and discovered_at < started_at:
        raise ValidationError(
            ERR_DISCOVERY_BEFORE_START,
            "discovered_at",
            discovered=short_display(discovered_at, zone),
            started=short_display(started_at, zone),
        )


def to_utc(instant: datetime, field: str) -> datetime:
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError(f"{field} must be timezone-aware")
    return instant.astimezone(UTC)


def check_after_discovery(
    instant: datetime, discovered_at: datetime, now: datetime, zone: tzinfo, field: str
) -> None:
    if instant > now:
        raise ValidationError(ERR_INSTANT_FUTURE, field, value=short_display(instant, zone))
    if instant < discovered_at:
        raise ValidationError(
            ERR_BEFORE_DISCOVERY,
            field,
            value=short_display(instant, zone),
            discovered=short_display(discovered_at, zone),
        )


def check_event_instant(
    instant: datetime, discovered_at: datetime, now: datetime, zone: tzinfo, field: str = "at"
) -> None:
    """A timeline event happens between the discovery and now."""
    check_after_discovery(to_utc(instant, field), discovered_at, now, zone, field)
