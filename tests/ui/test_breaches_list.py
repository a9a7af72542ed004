"""The Violations list: the live countdown, its colours, what replaces it, filters, lock."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from dpo_desk.domain.breaches import Authority, BreachStatus, CountdownLevel
from dpo_desk.services import breaches as breach_service
from dpo_desk.ui import style
from dpo_desk.ui.breaches.model import COLUMN_KEYS, COUNTDOWN_COLUMN, LEVEL_ROLE
from tests.ui import breaches_fixtures
from tests.ui.breaches_fixtures import BOTH, LAW, RISKY, make_breach, notify

section = breaches_fixtures.section

TITLE = COLUMN_KEYS.index("title")


def cell(section, row, column, role=Qt.ItemDataRole.DisplayRole):
    model = section.model
    return model.data(model.index(row, column), role)


def row_of(section, title: str) -> int:
    titles = [cell(section, r, TITLE) for r in range(section.model.rowCount())]
    return titles.index(title)


def colour(section, row) -> str:
    return QColor(cell(section, row, COUNTDOWN_COLUMN, Qt.ItemDataRole.ForegroundRole)).name()


def test_the_model_passes_the_model_tester(qtmodeltester, register, frozen_clock, section):
    make_breach(register, frozen_clock, "Fuite A", aware_hours_ago=10)
    make_breach(register, frozen_clock, "Fuite B", aware_hours_ago=60)
    section.refresh()
    assert section.model.rowCount() == 2
    qtmodeltester.check(section.model)


def test_empty_register_shows_the_empty_state(section):
    assert section.model.rowCount() == 0
    assert section.list_stack.currentWidget() is section.empty_register
    assert section.empty_register.action_button.isEnabled()


def test_countdown_ticks_with_the_clock_without_resetting_the_model(
    qtbot, register, frozen_clock, section
):
    make_breach(register, frozen_clock, "Fuite A", aware_hours_ago=10)
    make_breach(register, frozen_clock, "Fuite B", aware_hours_ago=30)
    section.refresh()
    row = row_of(section, "Fuite B")
    section.select(cell(section, row, 0, Qt.ItemDataRole.UserRole + 1), centred=True)
    assert cell(section, row, COUNTDOWN_COLUMN) == "42 h 00 restantes"
    resets, changes = [], []
    section.model.modelReset.connect(lambda: resets.append(True))
    section.model.dataChanged.connect(lambda tl, br, roles: changes.append((tl, br)))

    frozen_clock.advance(timedelta(minutes=7))
    section.model.timer.setInterval(20)  # the real tick is 30 s; the test waits for one
    with qtbot.waitSignal(section.model.ticked, timeout=3000):
        pass
    assert cell(section, row, COUNTDOWN_COLUMN) == "41 h 53 restantes"
    assert resets == []
    # Only the countdown column is announced as changed, for every row.
    top, bottom = changes[-1]
    assert (top.column(), bottom.column()) == (COUNTDOWN_COLUMN, COUNTDOWN_COLUMN)
    assert (top.row(), bottom.row()) == (0, section.model.rowCount() - 1)
    # The selection survived the tick.
    assert section.table.selectionModel().isRowSelected(row)
    assert cell(section, section.table.currentIndex().row(), TITLE) == "Fuite B"


def test_colour_thresholds_and_overdue(register, frozen_clock, section):
    make_breach(register, frozen_clock, "Loin", aware_hours_ago=40)  # 32 h left
    section.refresh()
    row = row_of(section, "Loin")
    assert colour(section, row) == QColor(style.SUCCESS).name()
    assert cell(section, row, COUNTDOWN_COLUMN, LEVEL_ROLE) is CountdownLevel.OK

    frozen_clock.advance(timedelta(hours=8, minutes=1))  # 23 h 59 left
    section.model.tick()
    assert cell(section, row, COUNTDOWN_COLUMN) == "23 h 59 restantes"
    assert colour(section, row) == QColor(style.WARNING).name()

    frozen_clock.advance(timedelta(hours=18))  # 5 h 59 left
    section.model.tick()
    assert cell(section, row, COUNTDOWN_COLUMN) == "5 h 59 restantes"
    assert colour(section, row) == QColor(style.DANGER).name()
    assert cell(section, row, COUNTDOWN_COLUMN, LEVEL_ROLE) is CountdownLevel.CRITICAL

    frozen_clock.advance(timedelta(hours=9))  # 3 h 01 past the deadline
    section.model.tick()
    assert cell(section, row, COUNTDOWN_COLUMN) == "dépassé de 3 h"
    assert colour(section, row) == QColor(style.DANGER).name()
    assert cell(section, row, COUNTDOWN_COLUMN, LEVEL_ROLE) is CountdownLevel.OVERDUE


def test_notified_replaces_the_countdown(register, frozen_clock, section):
    breach = make_breach(register, frozen_clock, "Notifiée", aware_hours_ago=20)
    # Sent at 08:30 UTC: 08:30 in Casablanca too, on UTC+0 during Ramadan 2026
    # (15 February - 22 March).
    notify(register, frozen_clock, breach, hours_ago=1)
    section.refresh()
    row = row_of(section, "Notifiée")
    assert cell(section, row, COUNTDOWN_COLUMN) == "notifiée le 10/03/2026 08:30"
    assert cell(section, row, COUNTDOWN_COLUMN, LEVEL_ROLE) is None
    assert cell(section, row, COLUMN_KEYS.index("status")) == "Notifiée"
    assert cell(section, row, COLUMN_KEYS.index("notified")) == "10/03/2026"
    # The stopped clock does not move any more.
    frozen_clock.advance(timedelta(hours=100))
    section.model.tick()
    assert cell(section, row, COUNTDOWN_COLUMN) == "notifiée le 10/03/2026 08:30"


def test_rows_show_labels_and_org_zone_instants(register, frozen_clock, section):
    breach = make_breach(register, frozen_clock, "Politique", aware_hours_ago=2, regimes=LAW)
    breach_service.assess_risk(register, breach, RISKY, clock=frozen_clock)
    section.refresh()
    assert cell(section, 0, COLUMN_KEYS.index("reference")) == "VIO-2026-0001"
    assert cell(section, 0, COLUMN_KEYS.index("status")) == "Évaluée"
    assert cell(section, 0, COLUMN_KEYS.index("risk")) == "Risque"
    # Aware 07:30 UTC, 07:30 in Casablanca (UTC+0 during Ramadan 2026); the deadline
    # 72 real hours later.
    assert cell(section, 0, COLUMN_KEYS.index("aware")) == "10/03/2026 07:30"
    assert cell(section, 0, COLUMN_KEYS.index("deadline")) == "13/03/2026 07:30"
    tooltip = cell(section, 0, COUNTDOWN_COLUMN, Qt.ItemDataRole.ToolTipRole)
    assert "politique interne" in tooltip
    codes = {str(s) for s in BreachStatus} | {"risk", "high_risk", "none"}
    for column in range(section.model.columnCount()):
        assert cell(section, 0, column) not in codes


def test_open_filter_status_filter_and_deadline_sort(register, frozen_clock, section):
    near = make_breach(register, frozen_clock, "Proche", aware_hours_ago=60)
    make_breach(register, frozen_clock, "Lointaine", aware_hours_ago=5)
    done = make_breach(register, frozen_clock, "Close", aware_hours_ago=50)
    done = breach_service.assess_risk(register, done, RISKY, clock=frozen_clock)
    done = notify(register, frozen_clock, done, hours_ago=2)
    breach_service.close_breach(
        register, done, remedial_actions="Procédure revue", clock=frozen_clock
    )
    section.refresh()
    titles = lambda: [cell(section, r, TITLE) for r in range(section.model.rowCount())]  # noqa: E731
    # Open only by default; the most urgent first.
    assert titles() == ["Proche", "Lointaine"]
    assert section.count_label.text() == "2 violations"
    section.scope.setCurrentIndex(section.scope.findData("all"))
    assert titles() == ["Proche", "Lointaine", "Close"]
    section.status.setCurrentIndex(section.status.findData(str(BreachStatus.CLOSED)))
    assert titles() == ["Close"]
    assert section.count_label.text() == "1 violation"
    section.status.setCurrentIndex(section.status.findData(str(BreachStatus.ASSESSED)))
    assert section.model.rowCount() == 0
    assert section.list_stack.currentWidget() is section.empty_filter
    section.status.setCurrentIndex(0)
    section.scope.setCurrentIndex(section.scope.findData("open"))
    # A click on the deadline header reverses the order; another column does not sort.
    header = section.table.horizontalHeader()
    header.setSortIndicator(COLUMN_KEYS.index("deadline"), Qt.SortOrder.DescendingOrder)
    assert titles() == ["Lointaine", "Proche"]
    header.setSortIndicator(TITLE, Qt.SortOrder.AscendingOrder)
    assert titles() == ["Lointaine", "Proche"]
    assert header.sortIndicatorSection() == COLUMN_KEYS.index("deadline")
    assert near.reference == "VIO-2026-0001"


def test_lock_clears_the_model_and_stops_the_clock(qtbot, register, frozen_clock, section):
    breach = make_breach(register, frozen_clock, "Secrète", aware_hours_ago=3)
    section.refresh()
    section.show_breach(breach.reference)
    assert section.pages.currentWidget() is section.detail
    assert section.model.timer.isActive()
    section.clear()
    assert section.model.rowCount() == 0
    assert section.model.loaded_rows() == 0
    assert not section.model.timer.isActive()
    assert section.register is None
    assert section.pages.currentWidget() is section.list_page
    assert section.detail.breach is None
    assert section.detail.reference.text() == ""
    assert section.detail.step("facts").fields.title.text() == ""
    assert not section.new_button.isEnabled()


def test_show_breach_opens_it_from_a_reference(register, frozen_clock, section):
    make_breach(register, frozen_clock, "Une", aware_hours_ago=3)
    other = make_breach(register, frozen_clock, "Autre", aware_hours_ago=4)
    section.refresh()
    assert section.show_breach(other.reference)
    assert section.pages.currentWidget() is section.detail
    assert section.detail.reference.text() == other.reference
    assert section.selected_id() == other.id
    # The main window opens items with show_request: the same call.
    section.show_list()
    assert section.show_request(other.reference)
    assert not section.show_breach("VIO-2026-0099")
    assert "VIO-2026-0099" in section.message.text()


def test_deadline_across_the_ramadan_clock_change_is_shown_in_local_time(
    register, frozen_clock, section
):
    # Aware 20 March 2026 10:00 UTC (10:00 local, UTC+0); 72 real hours later is
    # 23 March 10:00 UTC, 11:00 in Casablanca, back on UTC+1 since 22 March.
    frozen_clock.advance(timedelta(days=10, minutes=30))  # 20 March, 10:00 UTC
    make_breach(register, frozen_clock, "Ramadan", aware_hours_ago=0)
    section.refresh()
    assert cell(section, 0, COLUMN_KEYS.index("deadline")) == "23/03/2026 11:00"
    assert cell(section, 0, COUNTDOWN_COLUMN) == "72 h 00 restantes"


# ----------------------------------------------------------------------------- dashboard


@pytest.fixture
def panel(qtbot, frozen_clock):
    from dpo_desk.ui.breaches.dashboard_panel import BreachDashboardPanel

    widget = BreachDashboardPanel(clock=frozen_clock)
    qtbot.addWidget(widget)
    widget.resize(1000, 400)
    widget.show()
    return widget


def test_dashboard_panel_lists_open_breaches_most_urgent_first(
    french_catalogue, qtbot, register, frozen_clock, panel
):
    late = make_breach(register, frozen_clock, "Bientôt", aware_hours_ago=67)  # 5 h left
    make_breach(register, frozen_clock, "Plus tard", aware_hours_ago=2)
    done = make_breach(register, frozen_clock, "Close", aware_hours_ago=30)
    done = breach_service.assess_risk(register, done, RISKY, clock=frozen_clock)
    done = notify(register, frozen_clock, done)
    breach_service.close_breach(register, done, remedial_actions="Revue", clock=frozen_clock)
    panel.set_register(register)
    assert panel.table.rowCount() == 2  # closed breaches are not on the dashboard
    assert panel.reference_at(0) == late.reference
    assert panel.countdown_at(0) == "5 h 00 restantes"
    assert QColor(panel.table.item(0, 0).foreground().color()).name() == (
        QColor(style.DANGER).name()
    )
    assert panel.summary.text().startswith("2 ouvertes · ")
    with qtbot.waitSignal(panel.open_breach) as opened:
        panel.table.cellClicked.emit(0, 2)
    assert opened.args == [late.reference]
    # Refreshed every half-minute: the countdown moves with the clock.
    frozen_clock.advance(timedelta(minutes=30))
    panel.timer.setInterval(20)
    with qtbot.waitSignal(panel.refreshed, timeout=3000):
        pass
    assert panel.countdown_at(0) == "4 h 30 restantes"
    panel.clear()
    assert panel.table.rowCount() == 0 and panel.summary.text() == ""
    assert not panel.timer.isActive()


def test_a_gdpr_breach_notified_to_the_cndp_only_keeps_its_countdown(
    french_catalogue, register, frozen_clock, section, panel
):
    breach = make_breach(register, frozen_clock, "Deux régimes", aware_hours_ago=20, regimes=BOTH)
    notify(register, frozen_clock, breach, authority=Authority.CNDP)
    section.refresh()
    row = row_of(section, "Deux régimes")
    # The CNDP is not a GDPR supervisory authority: the 72 hours of Art. 33 still run.
    assert cell(section, row, COUNTDOWN_COLUMN) == "52 h 00 restantes"
    assert cell(section, row, COLUMN_KEYS.index("status")) == "Ouverte"
    assert cell(section, row, COLUMN_KEYS.index("notified")) == "Non"
    tooltip = cell(section, row, COUNTDOWN_COLUMN, Qt.ItemDataRole.ToolTipRole)
    assert "Autorité de contrôle de l'UE (CNIL ou autre) : à faire" in tooltip
    assert "CNDP : faite le 10/03/2026 08:30" in tooltip
    panel.set_register(register)
    assert panel.countdown_at(0) == "52 h 00 restantes"
    assert "1 en attente de notification" in panel.summary.text()


def test_a_law_09_08_breach_shows_no_gdpr_words(french_catalogue, register, frozen_clock, panel):
    make_breach(register, frozen_clock, "Politique", aware_hours_ago=2, regimes=LAW)
    panel.set_register(register)
    for column in range(panel.table.columnCount()):
        tip = panel.table.item(0, column).toolTip()
        assert "RGPD" not in tip and "art. 33" not in tip
    assert "politique interne" in panel.table.item(0, 4).toolTip()
