"""The dashboard's "Registres" card: figures with a frozen clock, colours, the click that
opens the flagged list, its place in the dashboard, and the lock."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from dpo_desk.domain.clock import FixedClock
from dpo_desk.ui.records.dashboard_card import RegistersCard
from dpo_desk.ui.sections.dashboard import DashboardSection
from tests.ui import records_fixtures

registers_made = records_fixtures.registers_made


@pytest.fixture
def card(qtbot, register, frozen_clock):
    widget = RegistersCard(clock=frozen_clock)
    qtbot.addWidget(widget)
    widget.set_register(register)
    return widget


def test_the_figures_on_a_frozen_day(french_catalogue, registers_made, card):
    assert card.reviews_tile.count == 2  # Support client, WafaCash
    assert card.reviews_tile.detail.text() == "1 traitement, 1 sous-traitant"
    assert card.dpa_tile.count == 1
    assert card.dpa_tile.detail.text() == "Mixpanel"
    # CN from Support client; Zendesk in the US; Stripe (US) on SCCs alone, F118 due
    assert card.transfers_tile.count == 3
    assert "Zendesk" in card.transfers_tile.detail.text()
    assert card.reviews_tile.tone == "warning"
    assert card.dpa_tile.tone == card.transfers_tile.tone == "danger"


def test_a_day_earlier_one_review_is_not_yet_due(qtbot, register, registers_made):
    earlier = RegistersCard(clock=FixedClock(datetime(2026, 3, 9, 9, 0, tzinfo=UTC)))
    qtbot.addWidget(earlier)
    earlier.set_register(register)
    assert earlier.reviews_tile.count == 1  # WafaCash is due on the 9th, late on the 10th


def test_an_empty_register_has_no_colour(card):
    for tile in card.tiles().values():
        assert tile.count == 0 and tile.tone == ""


def test_a_click_opens_the_flagged_list(qtbot, registers_made, card):
    card.show()
    qtbot.waitExposed(card)
    with qtbot.waitSignal(card.navigate) as navigate:
        qtbot.mouseClick(card.dpa_tile, Qt.MouseButton.LeftButton)
    assert navigate.args == ["processors", "flag:missing_dpa"]
    with qtbot.waitSignal(card.navigate) as navigate:
        qtbot.mouseClick(card.reviews_tile, Qt.MouseButton.LeftButton)
    assert navigate.args == ["processing", "flag:review_overdue"]
    card.transfers_tile.setFocus()
    with qtbot.waitSignal(card.navigate) as navigate:
        qtbot.keyClick(card.transfers_tile, Qt.Key.Key_Return)
    assert navigate.args == ["processors", "flag:transfer_without_mechanism"]


def test_the_dashboard_hands_it_the_register_forwards_clicks_and_clears_it(
    qtbot, register, frozen_clock, registers_made
):
    dashboard = DashboardSection(clock=frozen_clock)
    qtbot.addWidget(dashboard)
    card = RegistersCard(clock=frozen_clock)
    assert not dashboard.registers_area.isVisibleTo(dashboard)
    dashboard.set_registers_widget(card)
    assert dashboard.registers_widget is card
    dashboard.set_register(register)
    assert card.dpa_tile.count == 1
    with qtbot.waitSignal(dashboard.navigate) as navigate:
        card.open("dpa")
    assert navigate.args == ["processors", "flag:missing_dpa"]
    dashboard.clear()
    assert card.register is None
    assert all(tile.count is None for tile in card.tiles().values())
    assert card.dpa_tile.detail.text() == ""
    dashboard.set_registers_widget(None)
    assert not dashboard.registers_area.isVisibleTo(dashboard)


def test_build_sections_puts_the_card_on_the_dashboard():
    from dpo_desk.ui.sections import build_sections

    sections = build_sections()
    dashboard = sections[0]
    assert isinstance(dashboard.registers_widget, RegistersCard)
    keys = [s.key for s in sections]
    assert "processing" in keys and "processors" in keys
    for section in sections:
        section.deleteLater()
