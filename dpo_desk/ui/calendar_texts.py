"""How the screens word the working calendar: lunar holidays and EU Member States.

Shared by Paramètres (the calendar and GDPR cards), the dashboard's notices, the request
page's "Pourquoi cette date ?" and the journal, so a lunar holiday reads the same
everywhere: "Aïd al-Fitr 1448", "estimé", "confirmé le 08/03/2027",
"confirmé (annonce officielle)".
"""

from __future__ import annotations

from PySide6.QtCore import QCollator, QCoreApplication

from dpo_desk.domain.calendar import (
    ESTIMATED_LABEL,
    EU_MEMBER_STATES,
    LUNAR_LABELS,
    LunarHoliday,
    LunarKind,
)
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.ui.formatting import long_date, short_date, ui_locale

# The EU Member States whose public holidays may roll a GDPR period (Reg. 1182/71
# Art. 2(1)), by ISO code, as the DPO reads them.
MEMBER_STATE_NAMES = {
    "AT": QT_TRANSLATE_NOOP("MemberState", "Autriche"),
    "BE": QT_TRANSLATE_NOOP("MemberState", "Belgique"),
    "BG": QT_TRANSLATE_NOOP("MemberState", "Bulgarie"),
    "CY": QT_TRANSLATE_NOOP("MemberState", "Chypre"),
    "CZ": QT_TRANSLATE_NOOP("MemberState", "Tchéquie"),
    "DE": QT_TRANSLATE_NOOP("MemberState", "Allemagne"),
    "DK": QT_TRANSLATE_NOOP("MemberState", "Danemark"),
    "EE": QT_TRANSLATE_NOOP("MemberState", "Estonie"),
    "ES": QT_TRANSLATE_NOOP("MemberState", "Espagne"),
    "FI": QT_TRANSLATE_NOOP("MemberState", "Finlande"),
    "FR": QT_TRANSLATE_NOOP("MemberState", "France"),
    "GR": QT_TRANSLATE_NOOP("MemberState", "Grèce"),
    "HR": QT_TRANSLATE_NOOP("MemberState", "Croatie"),
    "HU": QT_TRANSLATE_NOOP("MemberState", "Hongrie"),
    "IE": QT_TRANSLATE_NOOP("MemberState", "Irlande"),
    "IT": QT_TRANSLATE_NOOP("MemberState", "Italie"),
    "LT": QT_TRANSLATE_NOOP("MemberState", "Lituanie"),
    "LU": QT_TRANSLATE_NOOP("MemberState", "Luxembourg"),
    "LV": QT_TRANSLATE_NOOP("MemberState", "Lettonie"),
    "MT": QT_TRANSLATE_NOOP("MemberState", "Malte"),
    "NL": QT_TRANSLATE_NOOP("MemberState", "Pays-Bas"),
    "PL": QT_TRANSLATE_NOOP("MemberState", "Pologne"),
    "PT": QT_TRANSLATE_NOOP("MemberState", "Portugal"),
    "RO": QT_TRANSLATE_NOOP("MemberState", "Roumanie"),
    "SE": QT_TRANSLATE_NOOP("MemberState", "Suède"),
    "SI": QT_TRANSLATE_NOOP("MemberState", "Slovénie"),
    "SK": QT_TRANSLATE_NOOP("MemberState", "Slovaquie"),
}
assert set(MEMBER_STATE_NAMES) == set(EU_MEMBER_STATES)


def member_state_name(code: str | None) -> str:
    """A Member State's name in the UI language; "Aucun" for none; an unknown code as is."""
    if not code:
        return QCoreApplication.translate("MemberState", "Aucun")
    found = MEMBER_STATE_NAMES.get(str(code).upper())
    return QCoreApplication.translate("MemberState", found) if found else str(code)


def member_state_choices() -> list[tuple[str, str]]:
    """(name, code) of every Member State, sorted by the name shown (the UI's collation:
    "Allemagne" … "Suède" in French, the Arabic alphabet's order in Arabic)."""
    collator = QCollator(ui_locale())
    names = [(member_state_name(code), code) for code in MEMBER_STATE_NAMES]
    return sorted(names, key=lambda pair: collator.sortKey(pair[0]))


# ----------------------------------------------------------------------------- lunar


def lunar_label(kind: LunarKind | str) -> str:
    """ "Aïd al-Fitr", in the UI language."""
    return QCoreApplication.translate("Lunar", LUNAR_LABELS[LunarKind(kind)])


def lunar_name(holiday: LunarHoliday) -> str:
    """ "Aïd al-Fitr 1448": the holiday and its Hijri year."""
    return _named(lunar_label(holiday.kind), holiday.hijri_year)


def lunar_key_name(key: str) -> str:
    """The name of a lunar holiday's key ("eid-al-fitr/1448"); an unknown key as stored."""
    kind, _, year = str(key).partition("/")
    try:
        return _named(lunar_label(kind), int(year))
    except (ValueError, KeyError):
        return str(key)


def _named(label: str, year: int) -> str:
    return QCoreApplication.translate("CalendarTexts", "{holiday} {year}").format(
        holiday=label, year=year
    )


def lunar_status(holiday: LunarHoliday) -> str:
    """ "estimé", "confirmé le 08/03/2027" (by the DPO) or "confirmé (annonce officielle)"."""
    if not holiday.confirmed:
        return QCoreApplication.translate("HolidaySource", ESTIMATED_LABEL)
    if holiday.confirmed_on is not None:
        return QCoreApplication.translate("CalendarTexts", "confirmé le {date}").format(
            date=short_date(holiday.confirmed_on)
        )
    return QCoreApplication.translate("CalendarTexts", "confirmé (annonce officielle)")


def lunar_status_details(holiday: LunarHoliday) -> str:
    """A tooltip: where the date comes from, and what it does to deadlines."""
    if not holiday.confirmed:
        return QCoreApplication.translate(
            "CalendarTexts",
            "Date estimée ({date}) : calendrier Umm al-Qura, plus un jour. Elle ne reporte "
            "aucune échéance tant qu'elle n'est pas confirmée : confirmez-la dès l'annonce "
            "du ministère des Habous et des Affaires islamiques.",
        ).format(date=long_date(holiday.estimate))
    if holiday.confirmed_on is not None:
        text = QCoreApplication.translate(
            "CalendarTexts", "Premier jour confirmé par le DPO le {confirmed_on} : {first_day}."
        ).format(
            confirmed_on=short_date(holiday.confirmed_on), first_day=long_date(holiday.first_day)
        )
    else:
        # The shipped record's source is data (a French citation), shown as recorded.
        text = QCoreApplication.translate(
            "CalendarTexts", "Premier jour selon l'annonce officielle : {first_day}."
        ).format(first_day=long_date(holiday.first_day))
        text += "".join(f"\n{part}" for part in (holiday.source, holiday.url) if part)
    if holiday.first_day != holiday.estimate:
        text += "\n" + QCoreApplication.translate(
            "CalendarTexts", "La date estimée était le {date}."
        ).format(date=long_date(holiday.estimate))
    return text


def upper_first(text: str) -> str:
    """ "estimé" at the start of a table cell: "Estimé"."""
    return text[:1].upper() + text[1:] if text else text
