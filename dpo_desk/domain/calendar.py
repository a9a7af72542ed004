"""Working days in Morocco, for rolling a deadline that ends on a day off.

Three layers make the calendar:

1. the weekly rest, Saturday and Sunday;
2. Moroccan public holidays from the ``holidays`` package (country ``MA``). It computes
   the fixed ones exactly, but only *estimates* the lunar ones (Aïd al-Fitr, Aïd al-Adha,
   1er Moharram, Mawlid): their dates are announced each year after the moon sighting;
3. the DPO's edits (:class:`CalendarOverrides`): a lunar date confirmed or moved once
   announced, an organisation closure, a package holiday that is not observed.

The calendar is immutable: every edit returns a new one, so a deadline computed with
one calendar never changes under the caller's feet. The package's holidays are computed
lazily, one year at a time, and shared between calendars.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache
from types import MappingProxyType
from typing import Any, NamedTuple

from dpo_desk.domain.errors import ValidationError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP

COUNTRY = "MA"
DEFAULT_LANGUAGE = "fr"  # the package speaks ar, en_US and fr; French is the UI's source
# The package's language for each UI language: holiday names are shown in the language
# the DPO reads. Names the DPO typed (added days, closures) are data and stay as typed.
HOLIDAY_LANGUAGES = {"fr": "fr", "ar": "ar", "en": "en_US"}


def holiday_language(ui_language: str) -> str:
    """The ``holidays`` language for a UI language code; French for any other."""
    return HOLIDAY_LANGUAGES.get(ui_language, DEFAULT_LANGUAGE)


WEEKEND = frozenset({5, 6})  # Saturday, Sunday: Morocco's weekly rest
MAX_NAME = 200
# A deadline is never more than a few months out; a year of days off in a row is a
# broken calendar (e.g. closures typed for every day), not a reason to loop forever.
MAX_DAYS_OFF_IN_A_ROW = 366

CALENDAR_FORMAT = 1  # version of the JSON kept by storage

ERR_DATE = QT_TRANSLATE_NOOP("Errors", "Date invalide dans le calendrier : {value}.")
ERR_NO_HOLIDAY = QT_TRANSLATE_NOOP("Errors", "Aucun jour férié n'est prévu le {value}.")
ERR_NO_WORKING_DAY = QT_TRANSLATE_NOOP(
    "Errors", "Aucun jour ouvré dans l'année qui suit le {value} : vérifiez le calendrier."
)
ERR_NAME_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "Le nom dépasse {limit} caractères.")

DEFAULT_HOLIDAY_NAME = QT_TRANSLATE_NOOP("Calendar", "Jour férié")
DEFAULT_CLOSURE_NAME = QT_TRANSLATE_NOOP("Calendar", "Fermeture de l'organisation")


class HolidaySource(StrEnum):
    PACKAGE = "package"  # the ``holidays`` package's Moroccan calendar
    USER = "user"  # a public holiday the DPO added, confirmed or moved
    CLOSURE = "closure"  # the organisation is closed (not a public holiday)


HOLIDAY_SOURCE_LABELS = {
    HolidaySource.PACKAGE: QT_TRANSLATE_NOOP("HolidaySource", "Calendrier officiel"),
    HolidaySource.USER: QT_TRANSLATE_NOOP("HolidaySource", "Saisi par l'utilisateur"),
    HolidaySource.CLOSURE: QT_TRANSLATE_NOOP("HolidaySource", "Fermeture de l'organisation"),
}
# Shown next to a lunar date the package estimated (Holiday.estimated).
ESTIMATED_LABEL = QT_TRANSLATE_NOOP("HolidaySource", "Date estimée, à confirmer")


class Holiday(NamedTuple):
    day: date
    name: str
    source: HolidaySource
    # A lunar date the package estimated: to confirm or move once it is announced.
    estimated: bool = False


# ----------------------------------------------------------------------------- package


@lru_cache(maxsize=128)
def _package_year(year: int, language: str) -> Mapping[date, tuple[Holiday, ...]]:
    """The package's holidays for one year, one entry per holiday (a date may carry two)."""
    import holidays  # on first use: a quarter of a second, not needed to show the dashboard

    shown = holidays.country_holidays(COUNTRY, years=year, language=language)
    # The same calendar without the "(estimé)" suffix: the names that differ are the
    # estimated ones. This asks the package itself, in any language, rather than
    # guessing from its wording.
    plain = holidays.country_holidays(
        COUNTRY, years=year, language=language, islamic_show_estimated=False
    )
    found: dict[date, tuple[Holiday, ...]] = {}
    for day in sorted(plain):
        with_suffix = shown.get_list(day)
        found[day] = tuple(
            Holiday(day, name, HolidaySource.PACKAGE, estimated=name not in with_suffix)
            for name in plain.get_list(day)
        )
    for day, name in _missing_decreed_holidays(year, found):
        found[day] = (*found.get(day, ()), Holiday(day, name, HolidaySource.PACKAGE))
    return MappingProxyType(found)


def _missing_decreed_holidays(
    year: int, found: Mapping[date, tuple[Holiday, ...]]
) -> Iterator[tuple[date, str]]:
    """Fixed holidays an older ``holidays`` release may lack (pyproject allows >=0.60).

    holidays 0.109 has both, and the same years; they are only filled in when missing.
    """
    # Amazigh new year (Id Yennayer), a paid public holiday from 14 January 2024.
    if year >= 2024 and date(year, 1, 14) not in found:
        yield date(year, 1, 14), "Nouvel an amazigh"
    # Aïd Al Wahda (Fête de l'Unité), decreed in 2025 (decrees 2.26.14 and 2.25.1140)
    # after UN Security Council resolution 2797 of 31 October 2025. It was announced
    # after 31 October 2025, which was a working day: the first one off is 31 October 2026.
    if year >= 2026 and date(year, 10, 31) not in found:
        yield date(year, 10, 31), "Aïd Al Wahda (Fête de l'Unité)"


# ----------------------------------------------------------------------------- overrides


@dataclass(frozen=True)
class CalendarOverrides:
    """The DPO's edits to the official calendar, kept by storage as JSON.

    ``removed`` suppresses the *package's* holidays on a date (a lunar estimate that
    turned out wrong); the DPO's own additions and closures are never suppressed by it.
    """

    added: Mapping[date, str] = field(default_factory=dict)
    closures: Mapping[date, str] = field(default_factory=dict)
    removed: frozenset[date] = frozenset()

    def __post_init__(self) -> None:
        # Own copies, so a caller's dict cannot change a calendar already built.
        object.__setattr__(self, "added", dict(sorted(self.added.items())))
        object.__setattr__(self, "closures", dict(sorted(self.closures.items())))
        object.__setattr__(self, "removed", frozenset(self.removed))

    def is_empty(self) -> bool:
        return not (self.added or self.closures or self.removed)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": CALENDAR_FORMAT,
            "added": {day.isoformat(): name for day, name in self.added.items()},
            "closures": {day.isoformat(): name for day, name in self.closures.items()},
            "removed": sorted(day.isoformat() for day in self.removed),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> CalendarOverrides:
        data = data or {}
        return cls(
            added={
                _parse_day(k): _clean_name(v, DEFAULT_HOLIDAY_NAME)
                for k, v in (data.get("added") or {}).items()
            },
            closures={
                _parse_day(k): _clean_name(v, DEFAULT_CLOSURE_NAME)
                for k, v in (data.get("closures") or {}).items()
            },
            removed=frozenset(_parse_day(v) for v in data.get("removed") or ()),
        )


def _parse_day(value: object) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(ERR_DATE, "calendar", value=str(value)) from None


def _clean_name(name: object, default: str) -> str:
    text = " ".join(str(name or "").split()) or default
    if len(text) > MAX_NAME:
        raise ValidationError(ERR_NAME_TOO_LONG, "name", limit=MAX_NAME)
    return text


# ----------------------------------------------------------------------------- calendar


class WorkingCalendar:
    """Weekends + Moroccan public holidays + the DPO's edits. Immutable."""

    __slots__ = ("_language", "_overrides")

    def __init__(
        self, overrides: CalendarOverrides | None = None, *, language: str = DEFAULT_LANGUAGE
    ) -> None:
        self._overrides = overrides or CalendarOverrides()
        self._language = language

    @property
    def overrides(self) -> CalendarOverrides:
        return self._overrides

    @property
    def language(self) -> str:
        return self._language

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WorkingCalendar):
            return NotImplemented
        return (self._overrides, self._language) == (other._overrides, other._language)

    __hash__ = None  # type: ignore[assignment]  # equal calendars need not hash alike

    def __repr__(self) -> str:
        return f"WorkingCalendar({self._overrides!r}, language={self._language!r})"

    # -- serialisation: only the overrides are stored; the package is recomputed

    def to_dict(self) -> dict[str, Any]:
        return self._overrides.to_dict()

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any] | None, *, language: str = DEFAULT_LANGUAGE
    ) -> WorkingCalendar:
        return cls(CalendarOverrides.from_dict(data), language=language)

    # -- questions

    def holidays_on(self, day: date) -> list[Holiday]:
        """Every reason ``day`` is off, weekends aside (package, user, closure order)."""
        found: list[Holiday] = []
        if day not in self._overrides.removed:
            found.extend(_package_year(day.year, self._language).get(day, ()))
        if day in self._overrides.added:
            found.append(Holiday(day, self._overrides.added[day], HolidaySource.USER))
        if day in self._overrides.closures:
            found.append(Holiday(day, self._overrides.closures[day], HolidaySource.CLOSURE))
        return found

    def is_weekend(self, day: date) -> bool:
        return day.weekday() in WEEKEND

    def is_holiday(self, day: date) -> bool:
        """A public holiday or a closure, whatever the day of the week."""
        return bool(self.holidays_on(day))

    def is_working_day(self, day: date) -> bool:
        return not self.is_weekend(day) and not self.is_holiday(day)

    def next_working_day(self, day: date) -> date:
        """``day`` itself if it is a working day, else the first working day after it."""
        current = day
        for _ in range(MAX_DAYS_OFF_IN_A_ROW):
            if self.is_working_day(current):
                return current
            current += timedelta(days=1)
        raise ValidationError(ERR_NO_WORKING_DAY, "calendar", value=day.isoformat())

    def holidays_between(self, start: date, end: date) -> list[Holiday]:
        """Holidays and closures from ``start`` to ``end``, both included, by date."""
        found: list[Holiday] = []
        for year in range(start.year, end.year + 1):
            days = set(_package_year(year, self._language))
            days |= {d for d in self._overrides.added if d.year == year}
            days |= {d for d in self._overrides.closures if d.year == year}
            for day in sorted(d for d in days if start <= d <= end):
                found.extend(self.holidays_on(day))
        return found

    def holidays_in(self, year: int) -> list[Holiday]:
        return self.holidays_between(date(year, 1, 1), date(year, 12, 31))

    def lunar_estimates(self, year: int) -> list[Holiday]:
        """The package's lunar dates still unconfirmed: the DPO should check them."""
        return [h for h in self.holidays_in(year) if h.estimated]

    # -- edits: each returns a new calendar

    def _with(
        self,
        *,
        added: Mapping[date, str] | None = None,
        closures: Mapping[date, str] | None = None,
        removed: frozenset[date] | None = None,
    ) -> WorkingCalendar:
        o = self._overrides
        return WorkingCalendar(
            CalendarOverrides(
                added=o.added if added is None else added,
                closures=o.closures if closures is None else closures,
                removed=o.removed if removed is None else removed,
            ),
            language=self._language,
        )

    def with_holiday(self, day: date, name: str = "") -> WorkingCalendar:
        """A public holiday the package lacks (or an announced date), named by the DPO."""
        added = dict(self._overrides.added)
        added[day] = _clean_name(name, DEFAULT_HOLIDAY_NAME)
        return self._with(added=added)

    def with_closure(self, day: date, name: str = "") -> WorkingCalendar:
        """A day the organisation is closed: no one can answer, so deadlines roll past it."""
        closures = dict(self._overrides.closures)
        closures[day] = _clean_name(name, DEFAULT_CLOSURE_NAME)
        return self._with(closures=closures)

    def without_holiday(self, day: date) -> WorkingCalendar:
        """Make ``day`` an ordinary day: drop the DPO's entries and hide the package's."""
        added = {d: n for d, n in self._overrides.added.items() if d != day}
        closures = {d: n for d, n in self._overrides.closures.items() if d != day}
        removed = self._overrides.removed
        if _package_year(day.year, self._language).get(day):
            removed = removed | {day}
        return self._with(added=added, closures=closures, removed=removed)

    def with_day_reset(self, day: date) -> WorkingCalendar:
        """Forget every edit on ``day``: back to the package's calendar."""
        return self._with(
            added={d: n for d, n in self._overrides.added.items() if d != day},
            closures={d: n for d, n in self._overrides.closures.items() if d != day},
            removed=self._overrides.removed - {day},
        )

    def with_moved_holiday(self, source: date, target: date, name: str = "") -> WorkingCalendar:
        """Move a holiday (typically a lunar estimate) from ``source`` to ``target``.

        Only the lunar estimates on ``source`` move when there are any: in 2027 the package
        puts Mawlid on 14 August, which is also Allégeance Oued Eddahab, and moving Mawlid
        must leave 14 August a holiday. Closures do not move here.
        """
        on_source = [h for h in self.holidays_on(source) if h.source is not HolidaySource.CLOSURE]
        if not on_source:
            raise ValidationError(ERR_NO_HOLIDAY, "day", value=source.isoformat())
        moving = [h for h in on_source if h.estimated] or on_source
        staying = [h for h in on_source if h not in moving]
        moved_name = _clean_name(name, "; ".join(dict.fromkeys(h.name for h in moving)))

        added = {d: n for d, n in self._overrides.added.items() if d != source}
        removed = self._overrides.removed
        if any(h.source is HolidaySource.PACKAGE for h in on_source):
            removed = removed | {source}
        # What stays on the source date is kept as the DPO's entry, since the package's
        # entries for that date are now hidden as a whole.
        names_at = {source: [h.name for h in staying]} if staying else {}
        names_at.setdefault(target, [])
        if target != source and target in added:
            names_at[target].append(added[target])
        names_at[target].append(moved_name)
        for day, names in names_at.items():
            added[day] = "; ".join(dict.fromkeys(names))
        return self._with(added=added, removed=removed)

    def with_confirmed_holiday(self, day: date) -> WorkingCalendar:
        """The announced date is the estimated one: keep it, no longer as an estimate."""
        return self.with_moved_holiday(day, day)
