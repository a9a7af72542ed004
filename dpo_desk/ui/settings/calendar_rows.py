"""The working calendar as the DPO edits it: one row per day off (or removed one), with
where it came from, and the edits the table's buttons make.

Pure reading of the domain's calendar, no widget: the card shows these rows.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt

from dpo_desk.domain.calendar import (
    HOLIDAY_SOURCE_LABELS,
    CalendarOverrides,
    Holiday,
    HolidaySource,
    LunarHoliday,
    WorkingCalendar,
    holiday_language,
)
from dpo_desk.domain.requests.model import EARLIEST_RECEIPT
from dpo_desk.ui.calendar_texts import lunar_status, lunar_status_details, upper_first
from dpo_desk.ui.formatting import short_date
from dpo_desk.ui.i18n import current_language

# The calendar can be edited for any year a request can fall in: from the law (2009)
# to a few years ahead (the package computes any year; lunar dates far out are rough).
FIRST_YEAR = EARLIEST_RECEIPT.year
YEARS_AHEAD = 10

# What a row of the calendar table is, beyond the domain's sources.
KIND_PACKAGE = "package"  # a fixed holiday of the official calendar
KIND_ESTIMATED = "estimated"  # a lunar holiday not yet confirmed
KIND_CONFIRMED = "confirmed"  # a lunar holiday the DPO confirmed (or, in an old file, kept)
KIND_ANNOUNCED = "announced"  # a lunar holiday of the shipped official record
KIND_MOVED = "moved"
KIND_ADDED = "added"
KIND_CLOSURE = "closure"
KIND_REMOVED = "removed"  # a package holiday the DPO made an ordinary day (shown greyed)

DAY_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1


def kind_text(row: CalendarRow) -> str:
    """The "Origine" cell. A lunar date says its status, never "Calendrier officiel"."""
    kind, other_day = row.kind, row.other_day
    if row.lunar is not None:
        return upper_first(lunar_status(row.lunar))
    if kind == KIND_PACKAGE:
        return QCoreApplication.translate(
            "HolidaySource", HOLIDAY_SOURCE_LABELS[HolidaySource.PACKAGE]
        )
    if kind == KIND_CONFIRMED:
        return QCoreApplication.translate("CalendarCard", "Date confirmée")
    if kind == KIND_MOVED:
        if other_day is not None:
            return QCoreApplication.translate("CalendarCard", "Déplacé (prévu le {date})").format(
                date=short_date(other_day)
            )
        return QCoreApplication.translate("CalendarCard", "Date déplacée")
    if kind == KIND_ADDED:
        return QCoreApplication.translate("CalendarCard", "Ajouté par l'organisation")
    if kind == KIND_CLOSURE:
        return QCoreApplication.translate(
            "HolidaySource", HOLIDAY_SOURCE_LABELS[HolidaySource.CLOSURE]
        )
    if other_day is not None:
        return QCoreApplication.translate("CalendarCard", "Déplacé au {date} : jour ouvré").format(
            date=short_date(other_day)
        )
    return QCoreApplication.translate("CalendarCard", "Retiré : jour ouvré")


def kind_tooltip(row: CalendarRow) -> str:
    if row.lunar is not None:
        return "{kind}. {details}".format(
            kind=QCoreApplication.translate(
                "HolidaySource", HOLIDAY_SOURCE_LABELS[HolidaySource.LUNAR]
            ),
            details=lunar_status_details(row.lunar),
        )
    if row.kind == KIND_CLOSURE:
        return QCoreApplication.translate(
            "CalendarCard",
            "Une fermeture ne reporte que les échéances de politique interne, jamais un délai "
            "légal (loi 09-08, RGPD).",
        )
    return ""


class CalendarRow:
    """One line of the table: a day off (or a removed one) and how it came to be."""

    __slots__ = ("day", "kind", "lunar", "name", "other_day")

    def __init__(
        self,
        day: date,
        name: str,
        kind: str,
        other_day: date | None = None,
        lunar: LunarHoliday | None = None,
    ):
        self.day = day
        self.name = name
        self.kind = kind
        self.other_day = other_day  # where a moved holiday came from, or went to
        self.lunar = lunar  # the lunar holiday this day belongs to, estimated or confirmed


def in_ui_language(calendar: WorkingCalendar) -> WorkingCalendar:
    """The register's calendar with the package's holiday names in the UI language.

    Only the overrides are stored, so the language changes what is shown, never what is
    saved; the names the DPO typed stay as typed.
    """
    return calendar.in_language(holiday_language(current_language()))


def calendar_rows(calendar: WorkingCalendar, year: int) -> list[CalendarRow]:
    """The year's days off as the DPO edits them, with removed package days shown.

    A lunar holiday's line says whether its date is estimated or confirmed (by the DPO,
    or by the official record shipped for past years). For the other days, the stored
    overrides only say "added", "closure" and "removed"; whether an added holiday
    confirms or moves a package one is read back from the package's names (files from
    before lunar confirmations recorded an announced date that way).
    """
    official = calendar.official()  # same language and official lunar record
    overrides = calendar.overrides
    removed_names: dict[str, date] = {}
    for day in sorted(overrides.removed):
        for holiday in official.holidays_on(day):
            removed_names.setdefault(holiday.name, day)
    lunar = {h.key: h for y in (year - 1, year, year + 1) for h in calendar.lunar_holidays(y)}

    rows: list[CalendarRow] = []
    for holiday in calendar.holidays_in(year):
        if holiday.source is HolidaySource.LUNAR and holiday.lunar_key in lunar:
            rows.append(_lunar_row(holiday, lunar[holiday.lunar_key]))
        else:
            rows.append(_row_for(holiday, official, overrides, removed_names))
    for day in sorted(d for d in overrides.removed if d.year == year):
        if day in overrides.added:
            continue  # the DPO's entry on that day is listed already
        for holiday in official.holidays_on(day):
            if holiday.source is HolidaySource.LUNAR and any(
                day in h.dates for h in lunar.values() if h.key == holiday.lunar_key
            ):
                continue  # still a holiday: confirmed on that very day
            went_to = next(
                (
                    d
                    for d, name in overrides.added.items()
                    if d != day and holiday.name in name.split("; ")
                ),
                None,
            )
            rows.append(CalendarRow(day, holiday.name, KIND_REMOVED, went_to))
    rows.sort(key=lambda row: (row.day, row.kind == KIND_REMOVED))
    return rows


def _lunar_row(holiday: Holiday, lunar: LunarHoliday) -> CalendarRow:
    if not lunar.confirmed:
        kind = KIND_ESTIMATED
    elif lunar.confirmed_on is not None:
        kind = KIND_CONFIRMED
    else:
        kind = KIND_ANNOUNCED
    # Where the estimate put this day, when the announced date differs from it.
    shift = lunar.first_day - lunar.estimate
    other = holiday.day - shift if lunar.confirmed and shift else None
    return CalendarRow(holiday.day, holiday.name, kind, other, lunar)


def _row_for(
    holiday: Holiday,
    official: WorkingCalendar,
    overrides: CalendarOverrides,
    removed_names: dict[str, date],
) -> CalendarRow:
    if holiday.source is HolidaySource.CLOSURE:
        return CalendarRow(holiday.day, holiday.name, KIND_CLOSURE)
    if holiday.source in (HolidaySource.PACKAGE, HolidaySource.LUNAR):
        return CalendarRow(holiday.day, holiday.name, KIND_PACKAGE)
    names = holiday.name.split("; ")
    here = {h.name for h in official.holidays_on(holiday.day)}
    if holiday.day in overrides.removed and set(names) <= here:
        return CalendarRow(holiday.day, holiday.name, KIND_CONFIRMED)
    came_from = next(
        (removed_names[n] for n in names if n in removed_names and n not in here), None
    )
    if came_from is not None:
        return CalendarRow(holiday.day, holiday.name, KIND_MOVED, came_from)
    return CalendarRow(holiday.day, holiday.name, KIND_ADDED)


def without(calendar: WorkingCalendar, row: CalendarRow) -> WorkingCalendar:
    """Remove what ``row`` shows, and only that: a closure and a holiday may share a day."""
    overrides = calendar.overrides
    if row.kind == KIND_CLOSURE:
        closures = {d: n for d, n in overrides.closures.items() if d != row.day}
        # replace(): the lunar confirmations and the Member State stay as they are.
        return WorkingCalendar(
            replace(overrides, closures=closures),
            language=calendar.language,
            record=calendar.record,
        )
    result = calendar.without_holiday(row.day)
    if row.day in overrides.closures:  # without_holiday drops closures too: keep it
        result = result.with_closure(row.day, overrides.closures[row.day])
    return result
