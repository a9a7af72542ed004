"""Numbers follow the UI language: "0,1 s" in French, "0.1 s" in English (issue 25, 8)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from dpo_desk.ui import formatting
from dpo_desk.ui.formatting import data_size, decimal, number
from dpo_desk.ui.stat_card import StatCard


@pytest.fixture
def language():
    """Switch the UI language (and Qt's default locale) for a test, French again after."""
    yield formatting.set_ui_language
    formatting.set_ui_language("fr")


def test_french_writes_a_decimal_comma_and_groups_as_morocco_does(language):
    language("fr")
    # set_ui_language made it Qt's default: QLocale() and the helpers agree.
    assert QLocale().name() == "fr_MA"
    assert decimal(0.1) == "0,1"
    assert decimal(12.345, 2) == "12,35"
    # CLDR's fr_MA groups thousands with a dot (not the narrow no-break space of fr_FR).
    assert QLocale().groupSeparator() == "."
    assert number(1234) == "1.234"
    assert number(100_000) == "100.000"
    assert number(999) == "999"
    assert data_size(1_572_864) == "1,5 Mo"


def test_arabic_morocco_keeps_western_digits(language):
    language("ar")
    assert decimal(0.1) == "0,1"
    assert number(1234) == "1.234"  # 0-9 as the Bulletin officiel writes them


def test_english_writes_a_decimal_point_and_a_thousands_comma(language):
    language("en")
    assert decimal(0.1) == "0.1"
    assert number(1234) == "1,234"
    assert data_size(1_572_864) == "1.5 MB"


def test_a_dashboard_figure_is_grouped_and_still_reads_back(qtbot, language):
    language("fr")
    card = StatCard("Demandes ouvertes")
    qtbot.addWidget(card)
    card.set_count(12_345)
    assert card.value.text() == "12.345"
    assert card.count == 12_345  # the figure, not the text, answers
    card.set_count(None)
    assert card.value.text() == "—" and card.count is None
    language("en")
    card.set_count(12_345)
    assert card.value.text() == "12,345"


def test_the_export_says_its_duration_with_a_decimal_comma(qtbot, register, tmp_path, language):
    from dpo_desk.services.exports import ExportResult
    from dpo_desk.ui.exchange.export_dialog import ExportDialog

    language("fr")
    out = tmp_path / "demandes.xlsx"
    dialog = ExportDialog(register, "requests", out)  # not started: only its last words
    qtbot.addWidget(dialog)
    dialog._on_success(ExportResult(out, rows={"requests": 3}, duration=0.06))
    assert dialog.status.text().endswith(" en 0,1 s.")


def test_an_old_breach_overdue_reads_its_hours_grouped(language):
    from dpo_desk.domain.breaches.clock import Countdown, CountdownLevel
    from dpo_desk.ui.breaches.texts import countdown_text

    language("fr")
    years_late = Countdown(seconds=-25_761 * 3600 - 60, level=CountdownLevel.OVERDUE)
    assert countdown_text(years_late) == "dépassé de 25.761 h"
    soon = Countdown(seconds=23 * 3600 + 5 * 60, level=CountdownLevel.WARNING)
    assert countdown_text(soon) == "23 h 05 restantes"
