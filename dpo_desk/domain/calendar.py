"""Working days, for rolling a deadline that ends on a day off.

What counts as a day off depends on the rule being applied (:class:`Scope`):

- **Law 09-08** periods roll over Saturdays, Sundays and Moroccan public holidays, where
  the answer is prepared and sent (Code de procédure civile rule, see docs/legal-rules.md);
- **GDPR** periods follow Regulation 1182/71 Art. 3(4): Saturdays, Sundays and the
  public holidays of the Member State or EU institution where the act is done (Art.
  2(1)). Moroccan holidays are neither, so only the holidays of the one EU Member State
  the organisation may choose (e.g. where its Art. 27 representative sits) count;
- **internal policy** periods roll over Moroccan holidays and the organisation's own
  closure days. A closure never extends a legal period.

The Moroccan calendar has three layers:

1. the weekly rest, Saturday and Sunday;
2. Moroccan public holidays. The ``holidays`` package (country ``MA``) computes the fixed
   ones exactly. Its lunar dates (Aïd al-Fitr, Aïd al-Adha, 1er Moharram, Mawlid) are
   Umm al-Qura (Saudi) estimates; Morocco announces each after a moon sighting and has
   mostly been one day later (ARCHITECTURE.md, "Moroccan lunar holidays"). So each lunar
   holiday is an :class:`LunarHoliday` that is **estimated** (the package's date plus
   :data:`MOROCCO_LUNAR_OFFSET`) until it is **confirmed**: by the shipped record of past
   years (:class:`LunarRecord`, read by services from
   ``resources/calendar/morocco-lunar-holidays.json``) or by the DPO;
3. the DPO's edits (:class:`CalendarOverrides`): lunar confirmations, an added holiday,
   an organisation closure, a package holiday that is not observed.

Safe-side rule: an estimated lunar date never makes a deadline later. Deadlines roll
over confirmed holidays only; :meth:`WorkingCalendar.next_working_day` with
``estimated=True`` gives the date the deadline would move to if the estimate is
confirmed, which the explanation shows.

The calendar is immutable: every edit returns a new one, so a deadline computed with
one calendar never changes under the caller's feet. The package's holidays are computed
lazily, one year at a time, and shared between calendars.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
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


WEEKEND = frozenset({5, 6})  # Saturday, Sunday: Morocco's weekly rest, and Reg. 1182/71's
MAX_NAME = 200
# A deadline is never more than a few months out; a year of days off in a row is a
# broken calendar (e.g. closures typed for every day), not a reason to loop forever.
MAX_DAYS_OFF_IN_A_ROW = 366

CALENDAR_FORMAT = 2  # version of the JSON kept by storage (2: confirmations, member state)

# The Umm al-Qura estimate plus this many days is the Moroccan estimate. Against the
# official record of 2023-2025 (resources/calendar/morocco-lunar-holidays.json), Morocco
# observed 9 of the 12 lunar holidays one day after the package's date and 3 on it (never
# before it); +1 is the better guess, and the safe-side rule makes a wrong guess harmless
# for deadlines: an estimate never delays one.
MOROCCO_LUNAR_OFFSET = 1

# EU Member States whose public holidays may roll a GDPR period (Reg. 1182/71 Art. 2(1)),
# as ISO 3166 codes; the ``holidays`` package has a calendar for each.
EU_MEMBER_STATES = (
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
    "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
)  # fmt: skip

ERR_DATE = QT_TRANSLATE_NOOP("Errors", "Date invalide dans le calendrier : {value}.")
ERR_NO_HOLIDAY = QT_TRANSLATE_NOOP("Errors", "Aucun jour férié n'est prévu le {value}.")
ERR_NO_WORKING_DAY = QT_TRANSLATE_NOOP(
    "Errors", "Aucun jour ouvré dans l'année qui suit le {value} : vérifiez le calendrier."
)
ERR_NAME_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "Le nom dépasse {limit} caractères.")
ERR_MEMBER_STATE = QT_TRANSLATE_NOOP(
    "Errors", "« {value} » n'est pas un État membre de l'Union européenne."
)
ERR_LUNAR_UNKNOWN = QT_TRANSLATE_NOOP("Errors", "Fête lunaire inconnue : {value}.")
ERR_LUNAR_TOO_FAR = QT_TRANSLATE_NOOP(
    "Errors",
    "La date annoncée ({value}) est à plus de {limit} jours de la date estimée ({estimate}).",
)

DEFAULT_HOLIDAY_NAME = QT_TRANSLATE_NOOP("Calendar", "Jour férié")
DEFAULT_CLOSURE_NAME = QT_TRANSLATE_NOOP("Calendar", "Fermeture de l'organisation")

# An announced lunar date is within a day or two of any estimate; a wider gap is a typo.
MAX_LUNAR_SHIFT = 3


class HolidaySource(StrEnum):
    PACKAGE = "package"  # the ``holidays`` package's Moroccan calendar (fixed holidays)
    LUNAR = "lunar"  # a Moroccan lunar holiday, estimated or confirmed (LunarHoliday)
    USER = "user"  # a public holiday the DPO added
    CLOSURE = "closure"  # the organisation is closed (not a public holiday)
    MEMBER_STATE = "member-state"  # a public holiday of the chosen EU Member State


HOLIDAY_SOURCE_LABELS = {
    HolidaySource.PACKAGE: QT_TRANSLATE_NOOP("HolidaySource", "Calendrier officiel"),
    HolidaySource.LUNAR: QT_TRANSLATE_NOOP("HolidaySource", "Fête lunaire"),
    HolidaySource.USER: QT_TRANSLATE_NOOP("HolidaySource", "Saisi par l'utilisateur"),
    HolidaySource.CLOSURE: QT_TRANSLATE_NOOP("HolidaySource", "Fermeture de l'organisation"),
    HolidaySource.MEMBER_STATE: QT_TRANSLATE_NOOP("HolidaySource", "État membre de l'UE"),
}
# Shown next to a lunar date still estimated, and next to a confirmed one.
ESTIMATED_LABEL = QT_TRANSLATE_NOOP("HolidaySource", "estimé")
CONFIRMED_LABEL = QT_TRANSLATE_NOOP("HolidaySource", "confirmé")


class Scope(StrEnum):
    """Which days off roll a period: it depends on the rule (module docstring)."""

    ORGANISATION = "organisation"  # every day the organisation is off (display)
    LAW_09_08 = "law-09-08"  # weekends + Moroccan public holidays
    GDPR = "gdpr"  # weekends + the chosen EU Member State's holidays
    POLICY = "policy"  # weekends + Moroccan public holidays + closures


class Holiday(NamedTuple):
    day: date
    name: str
    source: HolidaySource
    # A lunar date not yet confirmed: it never delays a deadline.
    estimated: bool = False
    # The LunarHoliday this day belongs to (its key), for confirming it.
    lunar_key: str | None = None


# ----------------------------------------------------------------------------- lunar


class LunarKind(StrEnum):
    EID_AL_FITR = "eid-al-fitr"
    EID_AL_ADHA = "eid-al-adha"
    ISLAMIC_NEW_YEAR = "islamic-new-year"
    MAWLID = "mawlid"


LUNAR_LABELS = {
    LunarKind.EID_AL_FITR: QT_TRANSLATE_NOOP("Lunar", "Aïd al-Fitr"),
    LunarKind.EID_AL_ADHA: QT_TRANSLATE_NOOP("Lunar", "Aïd al-Adha"),
    LunarKind.ISLAMIC_NEW_YEAR: QT_TRANSLATE_NOOP("Lunar", "1er Moharram"),
    LunarKind.MAWLID: QT_TRANSLATE_NOOP("Lunar", "Aïd al-Mawlid"),
}

# The package's English names (language en_US), which identify its lunar entries.
_PACKAGE_LUNAR_NAMES = {
    "Eid al-Fitr": LunarKind.EID_AL_FITR,
    "Eid al-Adha": LunarKind.EID_AL_ADHA,
    "Islamic New Year": LunarKind.ISLAMIC_NEW_YEAR,
    "Prophet's Birthday": LunarKind.MAWLID,
}
# Days off in Morocco, and the holiday's (month, day) in the Hijri year: 1 Chaoual,
# 10 Dou al-Hijja, 1 Moharram, 12 Rabii al-Awwal.
_LUNAR_DAYS = {
    LunarKind.EID_AL_FITR: 2,
    LunarKind.EID_AL_ADHA: 2,
    LunarKind.ISLAMIC_NEW_YEAR: 1,
    LunarKind.MAWLID: 2,
}
_HIJRI_POSITION = {
    LunarKind.EID_AL_FITR: (10, 1),
    LunarKind.EID_AL_ADHA: (12, 10),
    LunarKind.ISLAMIC_NEW_YEAR: (1, 1),
    LunarKind.MAWLID: (3, 12),
}
_HIJRI_EPOCH = date(622, 7, 16)  # 1 Moharram AH 1 (civil reckoning)
_HIJRI_YEAR_DAYS = 354.36708
_HIJRI_MONTH_DAYS = 29.530589


def hijri_year(kind: LunarKind, day: date) -> int:
    """The Hijri year a lunar holiday on ``day`` belongs to.

    Only used to name an occurrence (its key), so the mean year length is enough: the
    date is first moved to the middle of its Hijri year, far from either boundary.
    """
    month, mday = _HIJRI_POSITION[kind]
    into_year = (month - 1) * _HIJRI_MONTH_DAYS + mday - 1
    middle = day + timedelta(days=round(_HIJRI_YEAR_DAYS / 2 - into_year))
    return int((middle - _HIJRI_EPOCH).days / _HIJRI_YEAR_DAYS) + 1


def lunar_key(kind: LunarKind | str, year_ah: int) -> str:
    return f"{LunarKind(kind)}/{year_ah}"


class Confirmation(NamedTuple):
    """A lunar holiday's announced first day, confirmed by the DPO on ``confirmed_on``."""

    first_day: date
    confirmed_on: date


class ShippedDate(NamedTuple):
    """A past year's lunar holiday as officially announced, shipped with the app."""

    first_day: date
    source: str
    url: str


@dataclass(frozen=True)
class LunarHoliday:
    """One Moroccan lunar holiday (e.g. Aïd al-Fitr 1448), estimated or confirmed."""

    kind: LunarKind
    hijri_year: int
    package_first_day: date  # the package's Umm al-Qura estimate
    estimate: date  # the Moroccan estimate: package + MOROCCO_LUNAR_OFFSET
    first_day: date  # the confirmed date when confirmed, else the estimate
    days: int
    confirmed: bool
    confirmed_on: date | None = None  # the DPO's confirmation
    source: str = ""  # the shipped record's source, for a past year
    url: str = ""
    names: tuple[str, ...] = ()  # the package's names, one per day, in its language

    @property
    def key(self) -> str:
        return lunar_key(self.kind, self.hijri_year)

    @property
    def label(self) -> str:
        return LUNAR_LABELS[self.kind]

    @property
    def dates(self) -> list[date]:
        return [self.first_day + timedelta(days=i) for i in range(self.days)]

    @property
    def estimated_dates(self) -> list[date]:
        return [self.estimate + timedelta(days=i) for i in range(self.days)]


class LunarRecord:
    """The official record of past years' lunar holidays, by key (immutable, hashable).

    The domain does no file I/O: services read ``resources/calendar/
    morocco-lunar-holidays.json`` (services.calendar_record) and hand the record to the
    calendar. An empty record leaves every lunar holiday estimated.
    """

    __slots__ = ("_entries", "_hash")

    def __init__(self, entries: Mapping[str, ShippedDate] | None = None) -> None:
        self._entries = MappingProxyType(dict(sorted((entries or {}).items())))
        self._hash = hash(tuple(self._entries.items()))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LunarRecord:
        """Read the shipped JSON (format 1): {"holidays": [{holiday, hijri_year, …}]}."""
        found = {}
        for entry in data.get("holidays", ()):
            key = lunar_key(entry["holiday"], int(entry["hijri_year"]))
            found[key] = ShippedDate(
                date.fromisoformat(entry["first_day"]),
                str(entry.get("source", "")),
                str(entry.get("url", "")),
            )
        return cls(found)

    def get(self, key: str) -> ShippedDate | None:
        return self._entries.get(key)

    def __len__(self) -> int:
        return len(self._entries)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LunarRecord):
            return NotImplemented
        return self._entries == other._entries

    def __hash__(self) -> int:
        return self._hash

    def __repr__(self) -> str:
        return f"LunarRecord({len(self._entries)} entries)"


NO_RECORD = LunarRecord()


# ----------------------------------------------------------------------------- package


class _PackageYear(NamedTuple):
    fixed: Mapping[date, tuple[Holiday, ...]]
    # Lunar occurrences whose package estimate starts this year: (kind, first day, names)
    lunar: tuple[tuple[LunarKind, date, tuple[str, ...]], ...]


def prepare_years(years: Iterable[int], language: str = DEFAULT_LANGUAGE) -> None:
    """Compute the package's holidays of ``years`` now, once per process (ui/warmup.py,
    while the passphrase is typed): the dashboard's lunar notice and the due dates read
    them at the unlock, 8-12 ms the first time."""
    for year in years:
        _package_year(year, language)


@lru_cache(maxsize=128)
def _package_year(year: int, language: str) -> _PackageYear:
    """The package's Moroccan holidays for one year: fixed ones, and lunar estimates."""
    import holidays  # on first use: a quarter of a second, not needed to show the dashboard

    plain = holidays.country_holidays(
        COUNTRY, years=year, language=language, islamic_show_estimated=False
    )
    # English names identify the lunar entries whatever the display language: the package
    # lists a date's names in the same order in every language.
    english = holidays.country_holidays(
        COUNTRY, years=year, language="en_US", islamic_show_estimated=False
    )
    fixed: dict[date, tuple[Holiday, ...]] = {}
    runs: dict[LunarKind, list[tuple[date, str]]] = {}
    for day in sorted(plain):
        names, keys = plain.get_list(day), english.get_list(day)
        kept = []
        for index, name in enumerate(names):
            kind = _PACKAGE_LUNAR_NAMES.get(keys[index]) if index < len(keys) else None
            if kind is None:
                kept.append(Holiday(day, name, HolidaySource.PACKAGE))
            else:
                runs.setdefault(kind, []).append((day, name))
        if kept:
            fixed[day] = tuple(kept)
    lunar = []
    for kind, entries in runs.items():
        # Consecutive days are one occurrence (a kind can occur twice in a year: 2033).
        start = previous = entries[0][0]
        names = [entries[0][1]]
        for day, name in entries[1:]:
            if day - previous > timedelta(days=1):
                lunar.append((kind, start, tuple(names)))
                start, names = day, []
            names.append(name)
            previous = day
        lunar.append((kind, start, tuple(names)))
    return _PackageYear(MappingProxyType(fixed), tuple(sorted(lunar, key=lambda e: e[1])))


@lru_cache(maxsize=64)
def _member_state_year(country: str, year: int, language: str) -> Mapping[date, str]:
    """A Member State's national public holidays (no regional ones) for one year."""
    import holidays

    calendar = holidays.country_holidays(country, years=year)
    if language in (calendar.supported_languages or ()):
        calendar = holidays.country_holidays(country, years=year, language=language)
    return MappingProxyType({day: "; ".join(calendar.get_list(day)) for day in sorted(calendar)})


# ----------------------------------------------------------------------------- overrides


@dataclass(frozen=True)
class CalendarOverrides:
    """The DPO's edits to the official calendar, kept by storage as JSON.

    ``removed`` suppresses the *package's* holidays on a date (a fixed holiday not
    observed, or, in files written before lunar confirmations existed, a lunar estimate
    that turned out wrong); the DPO's own additions and closures are never suppressed by
    it. ``confirmed`` holds the lunar holidays the DPO confirmed, by key.
    """

    added: Mapping[date, str] = field(default_factory=dict)
    closures: Mapping[date, str] = field(default_factory=dict)
    removed: frozenset[date] = frozenset()
    confirmed: Mapping[str, Confirmation] = field(default_factory=dict)
    member_state: str | None = None  # EU Member State whose holidays roll GDPR periods

    def __post_init__(self) -> None:
        # Own copies, so a caller's dict cannot change a calendar already built.
        object.__setattr__(self, "added", dict(sorted(self.added.items())))
        object.__setattr__(self, "closures", dict(sorted(self.closures.items())))
        object.__setattr__(self, "removed", frozenset(self.removed))
        object.__setattr__(self, "confirmed", dict(sorted(self.confirmed.items())))
        object.__setattr__(self, "member_state", _member_state(self.member_state))

    def is_empty(self) -> bool:
        return not (
            self.added or self.closures or self.removed or self.confirmed or self.member_state
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": CALENDAR_FORMAT,
            "added": {day.isoformat(): name for day, name in self.added.items()},
            "closures": {day.isoformat(): name for day, name in self.closures.items()},
            "removed": sorted(day.isoformat() for day in self.removed),
            "confirmed": {
                key: {
                    "first_day": c.first_day.isoformat(),
                    "confirmed_on": c.confirmed_on.isoformat(),
                }
                for key, c in self.confirmed.items()
            },
            "member_state": self.member_state,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> CalendarOverrides:
        """Format 1 (no confirmations, no member state) reads as format 2 without them."""
        data = data or {}
        confirmed = {}
        for key, value in (data.get("confirmed") or {}).items():
            _check_lunar_key(key)
            confirmed[key] = Confirmation(
                _parse_day(value.get("first_day")), _parse_day(value.get("confirmed_on"))
            )
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
            confirmed=confirmed,
            member_state=data.get("member_state") or None,
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


def _member_state(value: object) -> str | None:
    if value in (None, ""):
        return None
    code = str(value).strip().upper()
    if code not in EU_MEMBER_STATES:
        raise ValidationError(ERR_MEMBER_STATE, "member_state", value=str(value)[:20])
    return code


def _check_lunar_key(key: str) -> tuple[LunarKind, int]:
    kind, _, year = str(key).partition("/")
    try:
        return LunarKind(kind), int(year)
    except ValueError:
        raise ValidationError(ERR_LUNAR_UNKNOWN, "calendar", value=str(key)[:40]) from None


# ----------------------------------------------------------------------------- calendar


class WorkingCalendar:
    """Weekends + Moroccan public holidays + the DPO's edits. Immutable.

    ``record``: the official lunar dates of past years (LunarRecord), which confirm them.
    """

    __slots__ = ("_language", "_lunar_years", "_overrides", "_record")

    def __init__(
        self,
        overrides: CalendarOverrides | None = None,
        *,
        language: str = DEFAULT_LANGUAGE,
        record: LunarRecord = NO_RECORD,
    ) -> None:
        self._overrides = overrides or CalendarOverrides()
        self._language = language
        self._record = record
        # Lunar days by year, filled on first use: a cache, not state (the calendar's
        # value never changes). Deadlines ask for the same few years again and again.
        self._lunar_years: dict[int, Mapping[date, list[Holiday]]] = {}

    @property
    def record(self) -> LunarRecord:
        return self._record

    def in_language(self, language: str) -> WorkingCalendar:
        """The same calendar, holiday names in another ``holidays`` language."""
        return WorkingCalendar(self._overrides, language=language, record=self._record)

    def official(self) -> WorkingCalendar:
        """The calendar without the DPO's edits (same language and record)."""
        return WorkingCalendar(language=self._language, record=self._record)

    @property
    def overrides(self) -> CalendarOverrides:
        return self._overrides

    @property
    def language(self) -> str:
        return self._language

    @property
    def member_state(self) -> str | None:
        return self._overrides.member_state

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WorkingCalendar):
            return NotImplemented
        return (self._overrides, self._language, self._record) == (
            other._overrides,
            other._language,
            other._record,
        )

    __hash__ = None  # type: ignore[assignment]  # equal calendars need not hash alike

    def __repr__(self) -> str:
        return (
            f"WorkingCalendar({self._overrides!r}, language={self._language!r}, "
            f"record={self._record!r})"
        )

    # -- serialisation: only the overrides are stored; the package is recomputed

    def to_dict(self) -> dict[str, Any]:
        return self._overrides.to_dict()

    @classmethod
    def from_dict(
        cls,
        data: Mapping[str, Any] | None,
        *,
        language: str = DEFAULT_LANGUAGE,
        record: LunarRecord = NO_RECORD,
    ) -> WorkingCalendar:
        return cls(CalendarOverrides.from_dict(data), language=language, record=record)

    # -- lunar holidays

    def lunar_holidays(self, year: int) -> list[LunarHoliday]:
        """Moroccan lunar holidays with a day in ``year`` (estimated or confirmed)."""
        found = []
        # A Moroccan date may be a few days after the package's: look at the year before.
        for package_year in (year - 1, year):
            for kind, start, names in _package_year(package_year, self._language).lunar:
                holiday = self._lunar(kind, start, names)
                if holiday is not None and any(
                    d.year == year for d in {*holiday.dates, *holiday.estimated_dates}
                ):
                    found.append(holiday)
        return sorted(found, key=lambda h: h.first_day)

    def _lunar(self, kind: LunarKind, start: date, names: tuple[str, ...]) -> LunarHoliday | None:
        o = self._overrides
        estimate = start + timedelta(days=MOROCCO_LUNAR_OFFSET)
        days = _LUNAR_DAYS[kind]
        year_ah = hijri_year(kind, start)
        key = lunar_key(kind, year_ah)
        estimated = LunarHoliday(
            kind=kind,
            hijri_year=year_ah,
            package_first_day=start,
            estimate=estimate,
            first_day=estimate,
            days=days,
            confirmed=False,
            names=names,
        )
        if key in o.confirmed:
            c = o.confirmed[key]
            return replace(
                estimated, first_day=c.first_day, confirmed=True, confirmed_on=c.confirmed_on
            )
        shipped = self._record.get(key)
        if shipped is not None:
            return replace(
                estimated,
                first_day=shipped.first_day,
                confirmed=True,
                source=shipped.source,
                url=shipped.url,
            )
        # A file from before confirmations existed recorded an announced date by hiding
        # the package's estimate (removed) and adding the DPO's day: the estimate is gone.
        if start in o.removed or estimate in o.removed:
            return None
        return estimated

    def lunar_holiday(self, key: str) -> LunarHoliday:
        kind, year_ah = _check_lunar_key(key)
        # 1 Hijri year is ~354 days: the occurrence starts in one of two Gregorian years.
        approx = _HIJRI_EPOCH.year + int((year_ah - 1) * _HIJRI_YEAR_DAYS / 365.2425)
        if not 1900 <= approx <= 2200:  # the package's lunar tables do not go further
            raise ValidationError(ERR_LUNAR_UNKNOWN, "calendar", value=key)
        for year in range(approx - 1, approx + 3):
            for holiday in self.lunar_holidays(year):
                if holiday.key == key:
                    return holiday
        raise ValidationError(ERR_LUNAR_UNKNOWN, "calendar", value=key)

    def _lunar_days(self, year: int) -> dict[date, list[Holiday]]:
        found: dict[date, list[Holiday]] = {}
        for holiday in self.lunar_holidays(year):
            for index, day in enumerate(holiday.dates):
                if day.year != year or (not holiday.confirmed and day in self._overrides.removed):
                    continue
                name = holiday.names[min(index, len(holiday.names) - 1)] if holiday.names else ""
                found.setdefault(day, []).append(
                    Holiday(
                        day,
                        name or holiday.label,
                        HolidaySource.LUNAR,
                        estimated=not holiday.confirmed,
                        lunar_key=holiday.key,
                    )
                )
        return found

    # -- questions

    def holidays_on(self, day: date) -> list[Holiday]:
        """Every Moroccan reason ``day`` is off, weekends aside (fixed, lunar, user, closure)."""
        found: list[Holiday] = []
        if day not in self._overrides.removed:
            found.extend(_package_year(day.year, self._language).fixed.get(day, ()))
        found.extend(_lunar_cache(self, day.year).get(day, ()))
        if day in self._overrides.added:
            found.append(Holiday(day, self._overrides.added[day], HolidaySource.USER))
        if day in self._overrides.closures:
            found.append(Holiday(day, self._overrides.closures[day], HolidaySource.CLOSURE))
        return found

    def _maybe_off(self, day: date) -> bool:
        """A cheap first test: has ``day`` any Moroccan entry at all (before filtering)?"""
        o = self._overrides
        return (
            day in _package_year(day.year, self._language).fixed
            or day in _lunar_cache(self, day.year)
            or day in o.added
            or day in o.closures
        )

    def member_state_holidays_on(self, day: date) -> list[Holiday]:
        """The chosen EU Member State's public holidays on ``day`` (none if none chosen)."""
        if not self.member_state:
            return []
        name = _member_state_year(self.member_state, day.year, self._language).get(day)
        return [Holiday(day, name, HolidaySource.MEMBER_STATE)] if name else []

    def days_off(
        self, day: date, scope: Scope = Scope.ORGANISATION, *, estimated: bool = False
    ) -> list[Holiday]:
        """Why ``day`` is off under ``scope`` (weekends aside); empty when it is not.

        ``estimated`` counts estimated lunar dates too: the reading that applies if the
        estimate is confirmed. Under ORGANISATION they always count (the office is shut).
        """
        if scope is Scope.GDPR:
            return self.member_state_holidays_on(day)
        if not self._maybe_off(day):
            return []
        counted = []
        for holiday in self.holidays_on(day):
            if holiday.source is HolidaySource.CLOSURE and scope is Scope.LAW_09_08:
                continue  # a closure never extends a legal period
            if holiday.estimated and not (estimated or scope is Scope.ORGANISATION):
                continue  # safe side: an estimate never delays a deadline
            counted.append(holiday)
        return counted

    def is_weekend(self, day: date) -> bool:
        return day.weekday() in WEEKEND

    def is_holiday(self, day: date) -> bool:
        """A public holiday or a closure, whatever the day of the week."""
        return bool(self.holidays_on(day))

    def is_working_day(
        self, day: date, scope: Scope = Scope.ORGANISATION, *, estimated: bool = False
    ) -> bool:
        return not self.is_weekend(day) and not self.days_off(day, scope, estimated=estimated)

    def next_working_day(
        self, day: date, scope: Scope = Scope.ORGANISATION, *, estimated: bool = False
    ) -> date:
        """``day`` itself if it is a working day under ``scope``, else the next one."""
        current = day
        for _ in range(MAX_DAYS_OFF_IN_A_ROW):
            if self.is_working_day(current, scope, estimated=estimated):
                return current
            current += timedelta(days=1)
        raise ValidationError(ERR_NO_WORKING_DAY, "calendar", value=day.isoformat())

    def holidays_between(self, start: date, end: date) -> list[Holiday]:
        """Holidays and closures from ``start`` to ``end``, both included, by date."""
        found: list[Holiday] = []
        for year in range(start.year, end.year + 1):
            days = set(_package_year(year, self._language).fixed)
            days |= set(_lunar_cache(self, year))
            days |= {d for d in self._overrides.added if d.year == year}
            days |= {d for d in self._overrides.closures if d.year == year}
            for day in sorted(d for d in days if start <= d <= end):
                found.extend(self.holidays_on(day))
        return found

    def holidays_in(self, year: int) -> list[Holiday]:
        return self.holidays_between(date(year, 1, 1), date(year, 12, 31))

    def lunar_estimates(self, year: int) -> list[Holiday]:
        """The lunar dates still unconfirmed: the DPO should check them."""
        return [h for h in self.holidays_in(year) if h.estimated]

    def upcoming_estimates(self, today: date, within_days: int = 30) -> list[LunarHoliday]:
        """Estimated lunar holidays from ``today`` to ``within_days`` ahead, to confirm."""
        horizon = today + timedelta(days=within_days)
        found: dict[str, LunarHoliday] = {}
        for year in range(today.year, horizon.year + 1):
            for holiday in self.lunar_holidays(year):
                if not holiday.confirmed and today <= holiday.first_day <= horizon:
                    found[holiday.key] = holiday
        return sorted(found.values(), key=lambda h: h.first_day)

    # -- edits: each returns a new calendar

    def _with(self, **changes: Any) -> WorkingCalendar:
        return WorkingCalendar(
            replace(self._overrides, **changes), language=self._language, record=self._record
        )

    def with_member_state(self, code: str | None) -> WorkingCalendar:
        """The EU Member State whose public holidays roll GDPR periods (None: none)."""
        return self._with(member_state=_member_state(code))

    def with_lunar_confirmed(
        self, key: str, first_day: date, confirmed_on: date
    ) -> WorkingCalendar:
        """The DPO confirms a lunar holiday's announced first day (journaled by services)."""
        holiday = self.lunar_holiday(key)
        if abs((first_day - holiday.estimate).days) > MAX_LUNAR_SHIFT:
            raise ValidationError(
                ERR_LUNAR_TOO_FAR,
                "first_day",
                value=first_day.isoformat(),
                limit=MAX_LUNAR_SHIFT,
                estimate=holiday.estimate.isoformat(),
            )
        confirmed = dict(self._overrides.confirmed)
        confirmed[holiday.key] = Confirmation(first_day, confirmed_on)
        return self._with(confirmed=confirmed)

    def without_lunar_confirmation(self, key: str) -> WorkingCalendar:
        """Back to the estimate (or to the shipped record, for a past year)."""
        return self._with(
            confirmed={k: c for k, c in self._overrides.confirmed.items() if k != key}
        )

    def with_holiday(self, day: date, name: str = "") -> WorkingCalendar:
        """A public holiday the package lacks (or an announced date), named by the DPO."""
        added = dict(self._overrides.added)
        added[day] = _clean_name(name, DEFAULT_HOLIDAY_NAME)
        return self._with(added=added)

    def with_closure(self, day: date, name: str = "") -> WorkingCalendar:
        """A day the organisation is closed: policy deadlines roll past it, legal ones not."""
        closures = dict(self._overrides.closures)
        closures[day] = _clean_name(name, DEFAULT_CLOSURE_NAME)
        return self._with(closures=closures)

    def without_holiday(self, day: date) -> WorkingCalendar:
        """Make ``day`` an ordinary day: drop the DPO's entries and hide the package's."""
        added = {d: n for d, n in self._overrides.added.items() if d != day}
        closures = {d: n for d, n in self._overrides.closures.items() if d != day}
        removed = self._overrides.removed
        if _package_year(day.year, self._language).fixed.get(day) or any(
            h.source is HolidaySource.LUNAR for h in self.holidays_on(day)
        ):
            removed = removed | {day}
        return self._with(added=added, closures=closures, removed=removed)

    def with_day_reset(self, day: date) -> WorkingCalendar:
        """Forget every edit on ``day``: back to the package's calendar."""
        return self._with(
            added={d: n for d, n in self._overrides.added.items() if d != day},
            closures={d: n for d, n in self._overrides.closures.items() if d != day},
            removed=self._overrides.removed - {day},
        )

    def with_moved_holiday(
        self, source: date, target: date, name: str = "", *, confirmed_on: date | None = None
    ) -> WorkingCalendar:
        """Move a holiday from ``source`` to ``target``.

        A lunar holiday on ``source`` is confirmed as starting ``target - source`` days
        later (its other day moves with it). In 2027 the package puts Mawlid on 14 August,
        which is also Allégeance Oued Eddahab: moving Mawlid leaves 14 August a holiday.
        Any other holiday becomes the DPO's entry on ``target``. Closures do not move here.
        """
        on_source = [h for h in self.holidays_on(source) if h.source is not HolidaySource.CLOSURE]
        if not on_source:
            raise ValidationError(ERR_NO_HOLIDAY, "day", value=source.isoformat())
        lunar = [h for h in on_source if h.source is HolidaySource.LUNAR]
        if lunar:
            holiday = self.lunar_holiday(lunar[0].lunar_key or "")
            shift = target - source
            if confirmed_on is None:
                raise TypeError("confirming a lunar holiday needs the date of confirmation")
            return self.with_lunar_confirmed(holiday.key, holiday.first_day + shift, confirmed_on)
        moved_name = _clean_name(name, "; ".join(dict.fromkeys(h.name for h in on_source)))
        added = {d: n for d, n in self._overrides.added.items() if d != source}
        removed = self._overrides.removed
        if any(h.source is HolidaySource.PACKAGE for h in on_source):
            removed = removed | {source}
        names = [added[target]] if target != source and target in added else []
        added[target] = "; ".join(dict.fromkeys([*names, moved_name]))
        return self._with(added=added, removed=removed)

    def with_confirmed_holiday(
        self, day: date, *, confirmed_on: date | None = None
    ) -> WorkingCalendar:
        """The announced date is the estimated one: keep it, no longer as an estimate."""
        return self.with_moved_holiday(day, day, confirmed_on=confirmed_on)


def _lunar_cache(calendar: WorkingCalendar, year: int) -> Mapping[date, list[Holiday]]:
    """The lunar days of ``year`` as ``calendar`` sees them, computed once per state.

    Only the confirmations and the hidden dates change them, so those are the cache key
    shared between calendars; each calendar also keeps the years it has asked for.
    """
    found = calendar._lunar_years.get(year)
    if found is None:
        found = calendar._lunar_years[year] = _shared_lunar_days(calendar, year)
    return found


def _shared_lunar_days(calendar: WorkingCalendar, year: int) -> Mapping[date, list[Holiday]]:
    o = calendar.overrides
    key = (
        frozenset(o.removed),
        tuple((k, c.first_day, c.confirmed_on) for k, c in o.confirmed.items()),
    )
    return _lunar_days_cached(key, calendar.language, calendar.record, year)


# What of a calendar's overrides its lunar days depend on, hashable: removed dates, and
# (key, first day, confirmed on) of each confirmation.
_LunarOverridesKey = tuple[frozenset[date], tuple[tuple[str, date, date], ...]]


@lru_cache(maxsize=256)
def _lunar_days_cached(
    key: _LunarOverridesKey, language: str, record: LunarRecord, year: int
) -> Mapping[date, list[Holiday]]:
    removed, confirmed = key
    overrides = CalendarOverrides(
        removed=removed, confirmed={k: Confirmation(a, b) for k, a, b in confirmed}
    )
    calendar = WorkingCalendar(overrides, language=language, record=record)
    return MappingProxyType(calendar._lunar_days(year))
