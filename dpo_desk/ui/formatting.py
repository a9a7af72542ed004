"""Dates, counts and countdowns as the user reads them, in the UI language.

Dates are written with the locale of the *UI language*, not the OS locale: a French UI
on an English system must say "mercredi 25 novembre 2026", not "Wednesday". The
language is set once at start-up (``i18n.install_translators`` calls
``set_ui_language``); until then, as in most tests, the UI is French.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QAbstractItemView, QDateTimeEdit, QHeaderView, QTableWidget

from dpo_desk.ui import style

# The locale each UI language writes dates and numbers with. Morocco's, where there is
# one: "ar_MA" writes Western digits (0-9, as the Bulletin officiel and the CNDP's forms
# do, so a reference or a date reads the same in the three languages) and the Moroccan
# month names (نونبر, دجنبر); plain "ar" would give Eastern Arabic digits and the
# Levantine months. English has no Moroccan locale: British usage (25 November 2026).
UI_LOCALES = {"fr": "fr_MA", "ar": "ar_MA", "en": "en_GB"}

_ui_locale_name = UI_LOCALES["fr"]


def set_ui_language(language: str) -> QLocale:
    """Make ``language``'s locale the one for dates and numbers, here and in Qt widgets."""
    global _ui_locale_name
    _ui_locale_name = UI_LOCALES.get(language, UI_LOCALES["fr"])
    locale = QLocale(_ui_locale_name)
    # Qt's own widgets (QDateEdit, QSpinBox, calendars) take the default locale.
    QLocale.setDefault(locale)
    return locale


def ui_locale() -> QLocale:
    return QLocale(_ui_locale_name)


def ltr(text: str) -> str:
    """``text`` isolated as a left-to-right run (U+2066 … U+2069).

    For references, e-mail addresses, file paths and numbers placed inside a sentence
    that may be Arabic: without the isolate, the bidi algorithm reorders "DSR-2026-0001"
    or "dpo@exemple.ma" around the Arabic words. Harmless in French and English.
    """
    return f"\u2066{text}\u2069" if text else text


def join_labels(items: Iterable[str]) -> str:
    """Labels as one list in the UI language: "Accès, Rectification" / "ولوج، تصحيح".

    Arabic separates list items with its own comma (U+060C), a comma turned upside down;
    the Latin one looks like a stray mark between Arabic words. Empty items are skipped.
    """
    comma = "\u060c " if _ui_locale_name.startswith("ar") else ", "
    return comma.join(item for item in items if item)


def left_to_right(editor: QDateTimeEdit) -> QDateTimeEdit:
    """A date or date-time editor that lays its text out left to right, in any UI.

    "25/11/2026 14:30" is left-to-right content. In a right-to-left window the editor
    would mirror its sections and arrows, and the bidi algorithm would reorder the
    numbers around the separators, so the day, month and time read in a confusing order.
    The editor keeps its place in the mirrored form (the parent lays it out); only its
    own text runs left to right. Its calendar popup stays in the window's direction.
    """
    direction = QGuiApplication.layoutDirection()
    # A right-to-left QDateTimeEdit stores its format reversed ("yyyy/MM/dd" for
    # "dd/MM/yyyy") when the format is set, and keeps it after a direction change:
    # read the format as given while still mirrored, then set it again left to right.
    given, value = editor.displayFormat(), editor.dateTime()
    editor.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    editor.setDisplayFormat(given)
    editor.setDateTime(value)
    if editor.calendarPopup() and editor.calendarWidget() is not None:
        editor.calendarWidget().setLayoutDirection(direction)
    return editor


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def long_date(day: date) -> str:
    """ "mercredi 25 novembre 2026"."""
    return ui_locale().toString(to_qdate(day), QLocale.FormatType.LongFormat)


def short_date(day: date) -> str:
    """ "25/11/2026": for table cells, where columns must line up.

    In Arabic, CLDR's short format puts right-to-left marks between the numbers, which
    turns the date around (2026/11/25 read from the left). Moroccan administrative usage
    writes 25/11/2026 inside Arabic text, as the letters do: the date is written as in
    French and isolated as a left-to-right run, so the sentence around it cannot
    reorder it either.
    """
    locale = ui_locale()
    if locale.textDirection() == Qt.LayoutDirection.RightToLeft:
        return ltr(to_qdate(day).toString("dd/MM/yyyy"))
    return locale.toString(to_qdate(day), QLocale.FormatType.ShortFormat)


def number(value: int) -> str:
    """A count as the UI language groups it: "1.234" in fr_MA and ar_MA (CLDR's
    Moroccan usage, a dot), "1,234" in English. Small numbers are unchanged."""
    return ui_locale().toString(int(value))


def decimal(value: float, places: int = 1) -> str:
    """A measure with ``places`` decimals and the language's decimal sign: "0,1" in
    French and Arabic (Morocco), "0.1" in English; grouped like :func:`number`."""
    return ui_locale().toString(float(value), "f", places)


def data_size(size: int) -> str:
    """A file size in the language's words and units: "1,5 Mo", "1,5 م.ب", "1.5 MB"."""
    return ui_locale().formattedDataSize(
        int(size), 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
    )


def countdown(days_left: int) -> str:
    """Time left before a due date, in words (never colour alone)."""
    if days_left < 0:
        return QCoreApplication.translate("Formatting", "%n j de retard", None, -days_left)
    if days_left == 0:
        return QCoreApplication.translate("Formatting", "Aujourd'hui")
    if days_left == 1:
        return QCoreApplication.translate("Formatting", "Demain")
    return QCoreApplication.translate("Formatting", "Dans %n j", None, days_left)


def moved_due_dates(n: int) -> str:
    """What a policy or calendar change did to the open requests' due dates.

    French (the source, for which no catalogue is loaded) needs its own sentence for 0,
    1 and more; each is still a ``%n`` message, literal here so that lupdate finds it, and
    a translator into Arabic can give every plural form of that language.
    """
    if n == 0:
        return QCoreApplication.translate(
            "Formatting", "Aucune demande ouverte ne change d'échéance."
        )
    if n == 1:
        return QCoreApplication.translate(
            "Formatting", "%n demande ouverte a une nouvelle échéance.", None, n
        )
    return QCoreApplication.translate(
        "Formatting", "%n demandes ouvertes ont une nouvelle échéance.", None, n
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
