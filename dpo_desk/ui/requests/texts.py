"""How the requests screen words things: labels of the domain's codes, dates, countdowns.

The domain hands over stable codes (``in_progress``) and French message ids
(``QT_TRANSLATE_NOOP``); nothing here ever shows a code to the DPO.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QGuiApplication

from dpo_desk.domain.calendar import ESTIMATED_LABEL, Holiday
from dpo_desk.domain.deadlines import BASIS_LABELS, CITATIONS, DEADLINE_CONTEXT, RULE_LABELS, Note
from dpo_desk.domain.requests.model import OPEN_STATUSES, REQUESTER_ROLE_LABELS, RequesterRole
from dpo_desk.domain.requests.workflow import (
    CHANNEL_LABELS,
    IDENTITY_STATUS_LABELS,
    REFUSAL_REASON_CITATIONS,
    REFUSAL_REASON_LABELS,
    REGIME_LABELS,
    REQUEST_STATUS_LABELS,
    RIGHT_LABELS,
    Channel,
    IdentityStatus,
    RefusalReason,
    Regime,
    RequestStatus,
    Right,
)

# One source for the UI language's locale (set at start-up): dates and thousands
# separators follow the language the DPO reads, not the machine's settings.
from dpo_desk.ui.calendar_texts import member_state_name
from dpo_desk.ui.formatting import join_labels, ui_locale

# How close a due date must be to show in orange: one working week is what a DPO
# needs to chase the services holding the data.
SOON_DAYS = 7


def status_label(status: RequestStatus | str) -> str:
    return QCoreApplication.translate("RequestStatus", REQUEST_STATUS_LABELS[RequestStatus(status)])


def short_status_label(status: RequestStatus | str) -> str:
    """For a table cell's chip; the full label is in the tooltip and on the detail page."""
    short = {
        RequestStatus.NEW: QCoreApplication.translate("RequestTexts", "Nouvelle"),
        RequestStatus.AWAITING_IDENTITY: QCoreApplication.translate(
            "RequestTexts", "Identité demandée"
        ),
        RequestStatus.IN_PROGRESS: QCoreApplication.translate("RequestTexts", "En cours"),
        RequestStatus.EXTENDED: QCoreApplication.translate("RequestTexts", "Prorogée"),
        RequestStatus.ANSWERED: QCoreApplication.translate("RequestTexts", "Répondue"),
        RequestStatus.REFUSED: QCoreApplication.translate("RequestTexts", "Refusée"),
        RequestStatus.WITHDRAWN: QCoreApplication.translate("RequestTexts", "Retirée"),
        RequestStatus.CLOSED: QCoreApplication.translate("RequestTexts", "Clôturée"),
    }
    return short[RequestStatus(status)]


def right_label(right: Right | str) -> str:
    return QCoreApplication.translate("Right", RIGHT_LABELS[Right(right)])


def short_right_label(right: Right | str) -> str:
    """ "Droit d'accès" is too long for a table cell holding three rights: "Accès"."""
    short = {
        Right.ACCESS: QCoreApplication.translate("RequestTexts", "Accès"),
        Right.RECTIFICATION: QCoreApplication.translate("RequestTexts", "Rectification"),
        Right.ERASURE: QCoreApplication.translate("RequestTexts", "Effacement"),
        Right.RESTRICTION: QCoreApplication.translate("RequestTexts", "Limitation"),
        Right.PORTABILITY: QCoreApplication.translate("RequestTexts", "Portabilité"),
        Right.OBJECTION: QCoreApplication.translate("RequestTexts", "Opposition"),
    }
    return short[Right(right)]


def regime_label(regime: Regime | str) -> str:
    return QCoreApplication.translate("Regime", REGIME_LABELS[Regime(regime)])


def channel_label(channel: Channel | str | None) -> str:
    if not channel:
        return ""
    return QCoreApplication.translate("Channel", CHANNEL_LABELS[Channel(channel)])


def role_label(role: RequesterRole | str) -> str:
    return QCoreApplication.translate("RequesterRole", REQUESTER_ROLE_LABELS[RequesterRole(role)])


def identity_label(status: IdentityStatus | str) -> str:
    return QCoreApplication.translate(
        "IdentityStatus", IDENTITY_STATUS_LABELS[IdentityStatus(status)]
    )


def refusal_label(reason: RefusalReason | str) -> str:
    return QCoreApplication.translate("RefusalReason", REFUSAL_REASON_LABELS[RefusalReason(reason)])


def refusal_citation(reason: RefusalReason | str) -> str:
    return QCoreApplication.translate(
        "RefusalReason", REFUSAL_REASON_CITATIONS[RefusalReason(reason)]
    )


def citation(rule: str) -> str:
    text = CITATIONS.get(rule)
    return QCoreApplication.translate(DEADLINE_CONTEXT, text) if text else rule


def rule_label(rule: str) -> str:
    text = RULE_LABELS.get(rule)
    return QCoreApplication.translate(DEADLINE_CONTEXT, text) if text else ""


def basis_label(basis: str) -> str:
    text = BASIS_LABELS.get(basis)
    return QCoreApplication.translate(DEADLINE_CONTEXT, text) if text else ""


def deadline_note(note: Note | str) -> str:
    """A deadline's note in the UI language, its placeholders filled in.

    A :class:`Note` carries its values: dates are written as the screen writes dates,
    an EU Member State's code as its name. A translation that lost a placeholder falls
    back to the French text rather than failing.
    """
    if isinstance(note, str):
        return QCoreApplication.translate("Deadline", note)
    values = {key: _note_value(key, value) for key, value in note.values.items()}
    try:
        return QCoreApplication.translate("Deadline", note.text).format(**values)
    except (KeyError, IndexError, ValueError):
        return note.text.format(**values)


def _note_value(key: str, value) -> str:
    if isinstance(value, date):
        return format_date(value)
    if key == "state":
        return member_state_name(value)
    return str(value)


def holiday_text(holiday: Holiday) -> str:
    """ "Fête du Trône (30/07/2026)", with "estimé" for a lunar date not yet confirmed."""
    text = QCoreApplication.translate("RequestTexts", "{name} ({date})").format(
        name=holiday.name, date=format_date(holiday.day)
    )
    if holiday.estimated:
        text = QCoreApplication.translate("RequestTexts", "{holiday}, {estimated}").format(
            holiday=text, estimated=QCoreApplication.translate("HolidaySource", ESTIMATED_LABEL)
        )
    return text


def rights_text(rights, *, short: bool = True) -> str:
    ordered = [r for r in Right if r in rights]  # the law's order, not the set's
    return join_labels(short_right_label(r) if short else right_label(r) for r in ordered)


def regimes_text(regimes, *, short: bool = False) -> str:
    chosen = [r for r in (Regime.LAW_09_08, Regime.GDPR) if r in regimes]
    if short and len(chosen) == 2:
        return QCoreApplication.translate("RequestTexts", "09-08 + RGPD")  # fits a table cell
    return " + ".join(regime_label(r) for r in chosen)


def regime_cell_texts() -> list[str]:
    """Every text the regime column can show, in the UI language: its width must fit the
    longest ("القانون 09.08" is wider than the French sample "09-08 + RGPD")."""
    both = (Regime.LAW_09_08, Regime.GDPR)
    return [regimes_text(chosen, short=True) for chosen in ((both[0],), (both[1],), both)]


def is_open(status: RequestStatus | str) -> bool:
    return RequestStatus(status) in OPEN_STATUSES


# ----------------------------------------------------------------------------- numbers, dates


def format_count(value: int) -> str:
    return ui_locale().toString(value)


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return ui_locale().toString(QDate(value.year, value.month, value.day), "dd/MM/yyyy")


def format_instant(value: datetime, zone: tzinfo) -> str:
    """An audit time, in the organisation's zone (where the DPO works)."""
    local = value.astimezone(zone)
    return QCoreApplication.translate("RequestTexts", "{date} à {time}").format(
        date=format_date(local.date()), time=f"{local:%H:%M}"
    )


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def format_size(size: int) -> str:
    locale = ui_locale()
    if size < 1024:
        return QCoreApplication.translate("RequestTexts", "{size} o").format(size=size)
    if size < 1024 * 1024:
        return QCoreApplication.translate("RequestTexts", "{size} Ko").format(
            size=locale.toString(size / 1024, "f", 0)
        )
    return QCoreApplication.translate("RequestTexts", "{size} Mo").format(
        size=locale.toString(size / (1024 * 1024), "f", 1)
    )


# ----------------------------------------------------------------------------- countdowns


def urgency(due: date, today: date) -> str:
    """ "overdue", "soon" (within SOON_DAYS) or "later": the colour of a countdown."""
    left = (due - today).days
    if left < 0:
        return "overdue"
    if left <= SOON_DAYS:
        return "soon"
    return "later"


def countdown_short(due: date, today: date) -> str:
    """For a table cell: "dans 5 j", "3 j de retard", "échéance aujourd'hui"."""
    left = (due - today).days
    if left == 0:
        return QCoreApplication.translate("RequestTexts", "échéance aujourd'hui")
    if left > 0:
        return QCoreApplication.translate("RequestTexts", "dans %n j", None, left)
    return QCoreApplication.translate("RequestTexts", "%n j de retard", None, -left)


def countdown_long(due: date, today: date) -> str:
    """For the detail header: "dans 5 jours", "1 jour de retard", "aujourd'hui"."""
    left = (due - today).days
    if left == 0:
        return QCoreApplication.translate("RequestTexts", "aujourd'hui")
    if left == 1:
        return QCoreApplication.translate("RequestTexts", "demain")
    if left > 1:
        return QCoreApplication.translate("RequestTexts", "dans %n jours", None, left)
    if left == -1:
        return QCoreApplication.translate("RequestTexts", "1 jour de retard")
    # Plural forms (%n): Arabic has six (one day, two days, 3-10, 11-99, 100 and more).
    return QCoreApplication.translate("RequestTexts", "%n jours de retard", None, -left)


# ----------------------------------------------------------------------------- bidi


def isolate(text: str) -> str:
    """A name inside a sentence, isolated so an Arabic name does not reorder the sentence."""
    return "\u2068" + text + "\u2069" if text else text


def in_ui_direction(text: str) -> str:
    """A line whose direction is the interface's, not its first word's.

    Qt gives a label the direction of its first strong character: a line opening with
    an Arabic name would be laid out right to left in the French interface.
    """
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return ("\u200f" if rtl else "\u200e") + text
