"""The Arabic (right-to-left) and trilingual details of issue 9.

Each test installs the UI language as start-up does (the ``ui_language`` fixture of
``test_languages``, which restores French afterwards), then builds the widget concerned.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QDateTimeEdit

from dpo_desk import translations
from dpo_desk.domain.calendar import WorkingCalendar, holiday_language
from dpo_desk.domain.requests.workflow import Regime, Right
from dpo_desk.ui import formatting
from dpo_desk.ui.breaches.fields import InstantEdit
from dpo_desk.ui.letters.templates import NAME_ROLE, LetterTemplatesCard
from dpo_desk.ui.requests import texts
from dpo_desk.ui.requests.form import date_edit
from dpo_desk.ui.sections.journal import describe_changes, field_label
from dpo_desk.ui.sections.requests import CELL_PADDING, COLUMN_KEYS, RequestsSection
from dpo_desk.ui.settings.day_dialog import DayDialog
from dpo_desk.ui.settings.working_calendar import WorkingCalendarCard
from dpo_desk.ui.widgets import explanation


def _reads_left_to_right(editor: QDateTimeEdit) -> None:
    assert editor.layoutDirection() == Qt.LayoutDirection.LeftToRight
    # A mirrored editor reverses its sections: the year would come first.
    assert editor.sectionAt(0) == QDateTimeEdit.Section.DaySection
    assert editor.text().startswith("25/11/2026")


def test_date_editors_read_left_to_right_in_arabic(qtbot, ui_language):  # noqa: F811
    assert ui_language("ar") == "ar"
    instant = InstantEdit()
    qtbot.addWidget(instant)
    assert instant.layoutDirection() == Qt.LayoutDirection.RightToLeft  # its place mirrors
    instant.edit.setDate(formatting.to_qdate(date(2026, 11, 25)))
    _reads_left_to_right(instant.edit)
    assert instant.edit.displayFormat() == "dd/MM/yyyy HH:mm"
    # The calendar popup keeps the window's direction.
    assert instant.edit.calendarWidget().layoutDirection() == Qt.LayoutDirection.RightToLeft

    day = date_edit()
    qtbot.addWidget(day)
    day.setDate(formatting.to_qdate(date(2026, 11, 25)))
    _reads_left_to_right(day)

    dialog = DayDialog("t", "i", date(2026, 11, 25), lambda *_: None, last_year=2030)
    qtbot.addWidget(dialog)
    _reads_left_to_right(dialog.date_edit)


def test_left_to_right_keeps_the_value_and_format_in_french(qtbot):
    edit = date_edit()
    qtbot.addWidget(edit)
    edit.setDate(formatting.to_qdate(date(2026, 11, 25)))
    formatting.left_to_right(edit)
    assert formatting.from_qdate(edit.date()) == date(2026, 11, 25)
    assert edit.text() == "25/11/2026"


def test_arabic_lists_use_the_arabic_comma(ui_language):  # noqa: F811
    assert formatting.join_labels(["a", "", "b"]) == "a, b"  # French (the source)
    ui_language("ar")
    assert formatting.join_labels(["a", "b"]) == "a\u060c b"
    joined = texts.rights_text([Right.ACCESS, Right.RECTIFICATION])
    assert "\u060c" in joined and "," not in joined


def test_holiday_names_follow_the_ui_language(qtbot, ui_language, register, frozen_clock):  # noqa: F811
    new_year = date(2026, 1, 1)
    french = WorkingCalendar().holidays_on(new_year)[0].name
    arabic = WorkingCalendar(language=holiday_language("ar")).holidays_on(new_year)[0].name
    english = WorkingCalendar(language=holiday_language("en")).holidays_on(new_year)[0].name
    assert len({french, arabic, english}) == 3
    assert holiday_language("de") == "fr"

    ui_language("ar")
    card = WorkingCalendarCard(clock=frozen_clock)
    qtbot.addWidget(card)
    card.set_register(register)
    names = {row.day: row.name for row in card.rows}
    assert names[new_year] == arabic


def test_journal_detail_names_fields_not_keys(ui_language):  # noqa: F811
    detail = describe_changes({"due_on": "2026-12-01", "frobnicate": 1}, "request")
    assert detail.startswith("Échéance : 01/12/2026")
    assert "frobnicate : 1" in detail  # unknown: as stored
    assert describe_changes({"rights": ["access", "objection"]}, "request") == (
        "Droits exercés : Droit d'accès, Droit d'opposition"
    )
    assert describe_changes({"minors": [False, True]}, "breach") == (
        "Mineurs concernés : Non → Oui"
    )
    ui_language("ar")
    label = field_label("request", "due_on")
    assert label == translations.translate("XlsxColumn", "Échéance", "ar") != "Échéance"
    assert field_label("breach", "delay_reason") == QCoreApplication.translate(
        "BreachSteps", "Motifs du retard"
    )
    assert "due_on" not in describe_changes({"due_on": "2026-12-01"}, "request")
    # Arabic punctuation, and the change arrow pointing the way the line reads.
    arabic = describe_changes({"frobnicate": ["a", "b"], "other": 1})
    assert arabic == "frobnicate: a ← b؛ other: 1"
    ui_language("en")
    assert describe_changes({"frobnicate": ["a", "b"], "other": 1}) == "frobnicate: a → b; other: 1"


def test_letter_placeholders_are_isolated_left_to_right(qtbot, ui_language):  # noqa: F811
    ui_language("ar")
    card = LetterTemplatesCard()
    qtbot.addWidget(card)
    card.clear()  # fills the list for the current letter kind
    item = card.placeholders.item(0)
    assert item.text().startswith("\u2066{{")  # the field, as a left-to-right run
    assert str(item.data(NAME_ROLE)).startswith("{{")  # what is inserted: no marks


def test_regime_column_fits_its_arabic_labels(qtbot, ui_language, frozen_clock):  # noqa: F811
    ui_language("ar")
    section = RequestsSection(frozen_clock)
    qtbot.addWidget(section)
    # The width the column asks for; a narrow window may give it less, eliding with a
    # tooltip (FittedColumns), which tests/ui/test_layout_fit.py checks.
    width = section.columns_fit.natural[COLUMN_KEYS.index("regimes")]
    metrics = QFontMetrics(section.table.font())
    for regimes in ([Regime.LAW_09_08], [Regime.GDPR], [Regime.LAW_09_08, Regime.GDPR]):
        text = texts.regimes_text(regimes, short=True)
        assert metrics.horizontalAdvance(text) + CELL_PADDING <= width, text


def test_regime_column_is_as_wide_as_its_longest_label(qtbot, monkeypatch, frozen_clock):
    """Fonts differ between machines: the width comes from the labels, not a sample."""
    long_label = "Loi 09-08 relative à la protection des personnes physiques"
    monkeypatch.setattr(texts, "regime_label", lambda regime: long_label)
    section = RequestsSection(frozen_clock)
    qtbot.addWidget(section)
    # The width the column asks for; a narrow window may give it less, eliding with a
    # tooltip (FittedColumns), which tests/ui/test_layout_fit.py checks.
    width = section.columns_fit.natural[COLUMN_KEYS.index("regimes")]
    metrics = QFontMetrics(section.table.font())
    assert width >= metrics.horizontalAdvance(long_label) + CELL_PADDING


def test_arabic_explanations_keep_room_at_their_lines_end(qtbot, ui_language):  # noqa: F811
    ui_language("ar")
    label = explanation("…")
    qtbot.addWidget(label)
    assert label.contentsMargins().left() > 0  # the end of a right-to-left line
    assert label.contentsMargins().right() == 0


def test_one_ui_locale():
    assert texts.ui_locale is formatting.ui_locale
