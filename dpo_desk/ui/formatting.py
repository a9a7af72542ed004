"""Dates, counts and countdowns as the user reads them, in the UI language.

Dates are written with the locale of the *translation in use*, not the OS locale: a
French UI on an English system must say "mercredi 25 novembre 2026", not "Wednesday".
The locale's name is itself a translatable string (Qt does the same for its layout
direction), so each catalogue brings its own: ``ar_MA`` for Arabic, ``en_GB``...
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget

from dpo_desk.ui import style

CONTEXT = "Formatting"


def ui_locale() -> QLocale:
    name = QCoreApplication.translate(
        CONTEXT,
        "fr_MA",
        "Locale of this translation (language_COUNTRY): dates and numbers are written "
        "with it. Translate as ar_MA, en_GB, ...",
    )
    return QLocale(name)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def long_date(day: date) -> str:
    """ "mercredi 25 novembre 2026"."""
    return ui_locale().toString(to_qdate(day), QLocale.FormatType.LongFormat)


def short_date(day: date) -> str:
    """ "25/11/2026": for table cells, where columns must line up."""
    return ui_locale().toString(to_qdate(day), QLocale.FormatType.ShortFormat)


def countdown(days_left: int) -> str:
    """Time left before a due date, in words (never colour alone)."""
    if days_left < 0:
        return QCoreApplication.translate(CONTEXT, "%n j de retard", None, -days_left)
    if days_left == 0:
        return QCoreApplication.translate(CONTEXT, "Aujourd'hui")
    if days_left == 1:
        return QCoreApplication.translate(CONTEXT, "Demain")
    return QCoreApplication.translate(CONTEXT, "Dans %n j", None, days_left)


def moved_due_dates(n: int) -> str:
    """What a policy or calendar change did to the open requests' due dates.

    French (the source, for which no catalogue is loaded) needs its own sentence for 0,
    1 and more; each is still a ``%n`` message, literal here so that lupdate finds it, and
    a translator into Arabic can give every plural form of that language.
    """
    if n == 0:
        return QCoreApplication.translate(CONTEXT, "Aucune demande ouverte ne change d'échéance.")
    if n == 1:
        return QCoreApplication.translate(
            CONTEXT, "%n demande ouverte a une nouvelle échéance.", None, n
        )
    return QCoreApplication.translate(
        CONTEXT, "%n demandes ouvertes ont une nouvelle échéance.", None, n
    )


# Table look, shared by the dashboard and the calendar. The app stylesheet has no table
# rules yet; these use its palette so a later move into style.py changes nothing visible.
TABLE_STYLESHEET = f"""
QTableWidget {{
    background: {style.SURFACE};
    border: 1px solid {style.BORDER};
    border-radius: 8px;
    gridline-color: {style.BORDER};
    outline: none;
}}
QTableWidget::item {{
    padding: 4px 10px;
}}
QHeaderView::section {{
    background: {style.SURFACE};
    color: {style.TEXT_SECONDARY};
    border: none;
    border-bottom: 1px solid {style.BORDER_STRONG};
    padding: 8px 10px;
    font-weight: 600;
}}
"""


def style_table(table: QTableWidget, row_height: int = 40) -> None:
    """A read-only list of rows: whole-row selection, no grid, no row numbers."""
    table.setStyleSheet(TABLE_STYLESHEET)
    # Selection colours through the palette: a stylesheet ``::item`` background rule
    # would make Qt paint over each line's own tint (the red and orange lines).
    palette = table.palette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor(style.ACCENT_SOFT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor(style.TEXT))
    table.setPalette(palette)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setAlternatingRowColors(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(row_height)
    table.horizontalHeader().setHighlightSections(False)
    # Headers line up with their cells. AlignLeft is mirrored in a right-to-left UI.
    table.horizontalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    )
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
