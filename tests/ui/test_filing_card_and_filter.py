"""The dashboard's "Formalités CNDP à accomplir" figure and the Traitements list's filter
of the same name (issue 23; Law 09-08 arts. 12, 15): its counts, its refresh after a
filing is recorded, the click that opens the filtered list, and the filter itself."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from dpo_desk.domain.countries import ADEQUACY_SOURCE
from dpo_desk.domain.filings import FilingChannel, FilingStatus, FilingUpdate, FormalityKind
from dpo_desk.domain.records import (
    DataCategory,
)
from dpo_desk.services import filings
from dpo_desk.services import records as book
from dpo_desk.services.read_model import ActivityFilter
from dpo_desk.ui.records import FILINGS_PENDING, FLAG_PREFIX
from dpo_desk.ui.records.dashboard_card import RegistersCard
from dpo_desk.ui.sections.register_base import ALL
from tests.ui import records_fixtures
from tests.ui.records_fixtures import activity, names

processing = records_fixtures.processing

GRANTED = FilingUpdate(
    FilingStatus.GRANTED,
    filed_on=date(2026, 1, 5),
    channel=FilingChannel.PORTAL,
    receipt="D-W-442/2026",
    receipt_on=date(2026, 2, 1),
)
FILED = FilingUpdate(FilingStatus.FILED, filed_on=date(2026, 3, 2), channel=FilingChannel.PORTAL)


@pytest.fixture
def two_activities(register, frozen_clock):
    """« Paie », declared with its receipt; « Vidéosurveillance », nothing filed yet."""
    payroll = book.save_activity(register, activity("Paie"), clock=frozen_clock)
    filings.record(register, payroll.id, FormalityKind.DECLARATION, GRANTED, clock=frozen_clock)
    cameras = book.save_activity(
        register,
        activity("Vidéosurveillance", data_categories=frozenset({DataCategory.IDENTITY})),
        clock=frozen_clock,
    )
    return {"payroll": payroll, "cameras": cameras}


@pytest.fixture
def card(qtbot, register, frozen_clock):
    widget = RegistersCard(clock=frozen_clock)
    qtbot.addWidget(widget)
    widget.set_register(register)
    return widget


def test_the_card_counts_what_is_left_to_file(two_activities, card):
    assert card.filings == filings.FilingSummary(to_file=1, changes=0, activities=1)
    assert card.filings_tile.count == 1
    assert card.filings_tile.tone == "warning"
    assert card.filings_tile.detail.isVisibleTo(card)
    assert card.filings_tile.caption.text() == "Formalités CNDP à accomplir"


def test_the_card_is_quiet_on_an_empty_register(card):
    assert card.filings_tile.count == 0
    assert card.filings_tile.tone == ""
    assert card.filings_tile.detail.text() == ""


def test_the_card_reads_again_when_shown_after_a_filing_is_recorded(
    qtbot, register, frozen_clock, two_activities, card
):
    card.show()
    qtbot.waitExposed(card)
    card.hide()  # the DPO goes to the activity's page and records the filing there
    filings.record(
        register, two_activities["cameras"].id, FormalityKind.DECLARATION, FILED, clock=frozen_clock
    )
    assert card.filings_tile.count == 1  # not read again while hidden
    with qtbot.waitSignal(card.refreshed):
        card.show()
    assert card.filings_tile.count == 0
    assert card.filings_tile.tone == ""


def test_a_change_to_declare_counts_too(qtbot, register, frozen_clock, two_activities, card):
    payroll = two_activities["payroll"]
    filings.record(
        register,
        payroll.id,
        FormalityKind.DECLARATION,
        FilingUpdate(FilingStatus.CHANGE_TO_DECLARE),
        clock=frozen_clock,
    )
    with qtbot.waitSignal(card.refreshed):
        card.refresh()
    assert card.filings == filings.FilingSummary(to_file=1, changes=1, activities=2)
    assert card.filings_tile.count == 2


def test_a_click_opens_the_filtered_list(qtbot, two_activities, card):
    card.show()
    qtbot.waitExposed(card)
    with qtbot.waitSignal(card.navigate) as navigate:
        qtbot.mouseClick(card.filings_tile, Qt.MouseButton.LeftButton)
    assert navigate.args == ["processing", FLAG_PREFIX + FILINGS_PENDING]


def test_the_transfers_figure_says_what_the_adequacy_list_is(qtbot, register, frozen_clock, card):
    assert ADEQUACY_SOURCE in card.transfers_tile.toolTip()
    book.save_adequate_countries(register, ["FR", "GB"], clock=frozen_clock)
    card.refresh()
    assert ADEQUACY_SOURCE not in card.transfers_tile.toolTip()  # the DPO's own list now
    card.clear()
    assert ADEQUACY_SOURCE not in card.transfers_tile.toolTip()


# ----------------------------------------------------------------------------- the list


def test_the_filter_shows_only_the_activities_with_a_formality_pending(two_activities, processing):
    assert names(processing) == ["Paie", "Vidéosurveillance"]
    box = processing.flag_filter
    box.setCurrentIndex(box.findData(FILINGS_PENDING))
    assert names(processing) == ["Vidéosurveillance"]
    assert processing.count_label.text() == "1 traitement"
    box.setCurrentIndex(box.findData(ALL))
    assert names(processing) == ["Paie", "Vidéosurveillance"]


def test_the_dashboard_link_opens_the_list_so_filtered(
    register, frozen_clock, two_activities, processing
):
    processing.search.setText("Paie")
    assert processing.show_item(FLAG_PREFIX + FILINGS_PENDING)
    assert processing.search.text() == ""  # the link clears the other filters
    assert processing.flag_filter.currentData() == FILINGS_PENDING
    assert names(processing) == ["Vidéosurveillance"]
    filings.record(
        register, two_activities["cameras"].id, FormalityKind.DECLARATION, FILED, clock=frozen_clock
    )
    processing.reload()
    assert names(processing) == []
    assert processing.list_stack.currentWidget() is processing.empty_filter


def test_the_filter_restricts_the_query_itself(register, two_activities):
    cameras = two_activities["cameras"].id
    rows = book.list_activities(register, ActivityFilter(only_ids=frozenset({cameras})))
    assert [r.name for r in rows] == ["Vidéosurveillance"]
    assert book.count_activities(register, ActivityFilter(only_ids=frozenset())) == 0
    assert book.count_activities(register, ActivityFilter(only_ids=None)) == 2
