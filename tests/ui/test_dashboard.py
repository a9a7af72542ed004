"""Tableau de bord: the figures, the urgent lines, the refresh as days pass, the lock."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from dpo_desk.domain.clock import FixedClock
from dpo_desk.domain.requests.model import RequestIntake
from dpo_desk.domain.requests.workflow import Regime, Right
from dpo_desk.security.keystore import Keystore
from dpo_desk.services import journal
from dpo_desk.services import requests as request_service
from dpo_desk.services.preferences import Preferences
from dpo_desk.storage.audit import JournalFilter
from dpo_desk.ui import style
from dpo_desk.ui.main_window import MainWindow
from dpo_desk.ui.sections import Section
from dpo_desk.ui.sections.dashboard import REFRESH_MS, URGENCY_ROLE, DashboardSection
from dpo_desk.ui.sections.journal import describe_changes
from dpo_desk.ui.sections.settings import SettingsSection
from dpo_desk.ui.session import FileClaim, Opened
from tests.ui.conftest import settle

# The frozen clock says 10 March 2026 (a Tuesday) in Casablanca.
TODAY = date(2026, 3, 10)


def add_request(register, clock, *, received, right=Right.ACCESS, regime=Regime.LAW_09_08, name):
    intake = RequestIntake(
        regimes=frozenset({regime}),
        rights=frozenset({right}),
        received_on=received,
        requester_name=name,
    )
    return request_service.create_request(register, intake, clock=clock)


@pytest.fixture
def requests_made(register, frozen_clock):
    """One request of each kind the cards count, and one already answered."""
    made = {
        # 09-08 access, 30-day policy: due 3 March, a week late.
        "overdue": add_request(
            register, frozen_clock, received=date(2026, 2, 1), name="Omar Benjelloun"
        ),
        # 09-08 rectification, ten clear days: due Thursday 12 March.
        "soon": add_request(
            register,
            frozen_clock,
            received=date(2026, 3, 2),
            right=Right.RECTIFICATION,
            name="سلمى بناني",
        ),
        # GDPR access, one month: due 9 April.
        "later": add_request(
            register,
            frozen_clock,
            received=date(2026, 3, 9),
            regime=Regime.GDPR,
            name="Claire Dubois",
        ),
    }
    waiting = add_request(register, frozen_clock, received=date(2026, 3, 5), name="Karim Tazi")
    made["identity"] = request_service.request_identity(register, waiting, clock=frozen_clock)
    done = add_request(register, frozen_clock, received=date(2026, 3, 3), name="Nadia Chraibi")
    done = request_service.start_work(register, done, clock=frozen_clock)
    made["answered"] = request_service.answer(register, done, clock=frozen_clock)
    return made


@pytest.fixture
def dashboard(qtbot, register, frozen_clock):
    section = DashboardSection(clock=frozen_clock)
    qtbot.addWidget(section)
    section.resize(1044, 800)
    section.set_register(register)
    return section


def urgencies(section) -> list[str]:
    return [
        section.table.item(row, 0).data(URGENCY_ROLE) for row in range(section.table.rowCount())
    ]


def references(section) -> list[str]:
    return [section.table.item(row, 2).text() for row in range(section.table.rowCount())]


def test_cards_count_open_overdue_due_soon_and_awaiting_identity(requests_made, dashboard):
    assert dashboard.open_card.count == 4  # the answered request owes nothing more
    assert dashboard.overdue_card.count == 1
    assert dashboard.due_soon_card.count == 1
    assert dashboard.identity_card.count == 1
    assert dashboard.today_label.text() == "Aujourd'hui : mardi 10 mars 2026"
    assert dashboard.due_soon_card.detail.text() == "d'ici le 17/03/2026"


def test_the_urgent_lines_come_first_and_say_how_late(requests_made, dashboard):
    made = requests_made
    assert references(dashboard) == [
        made["overdue"].reference,
        made["soon"].reference,
        made["identity"].reference,
        made["later"].reference,
    ]
    assert made["answered"].reference not in references(dashboard)
    assert urgencies(dashboard) == ["overdue", "soon", "later", "later"]
    table = dashboard.table
    # Each line: due date, countdown, reference, requester, right(s).
    assert [table.item(0, col).text() for col in range(5)] == [
        "03/03/2026",
        "7 j de retard",
        made["overdue"].reference,
        "Omar Benjelloun",
        "Droit d'accès",
    ]
    assert table.item(1, 1).text() == "Dans 2 j"
    assert table.item(1, 3).text() == "سلمى بناني"  # Arabic names kept as typed
    assert table.item(1, 4).text() == "Droit de rectification"
    assert table.item(3, 1).text() == "Dans 30 j"


def test_overdue_is_red_and_due_soon_orange(requests_made, dashboard):
    assert dashboard.overdue_card.tone == "danger"
    assert dashboard.due_soon_card.tone == "warning"
    assert dashboard.open_card.tone == "" and dashboard.identity_card.tone == ""
    table = dashboard.table
    assert table.item(0, 1).foreground().color() == QColor(style.DANGER)
    assert table.item(0, 3).background().color() == QColor(style.DANGER_SOFT)
    assert table.item(1, 1).foreground().color() == QColor(style.WARNING)
    assert table.item(3, 1).foreground().color() != QColor(style.DANGER)
    # The card's colour follows its stylesheet rule, which needs a repolish to apply.
    value = dashboard.overdue_card.value
    assert value.palette().color(value.foregroundRole()) == QColor(style.DANGER)


def test_the_red_comes_and_goes_with_overdue_requests(qtbot, register, frozen_clock, dashboard):
    dashboard.show()
    qtbot.waitExposed(dashboard)
    value = dashboard.overdue_card.value
    add_request(register, frozen_clock, received=date(2026, 3, 9), name="Yassine El Amrani")
    dashboard.refresh()
    assert dashboard.overdue_card.count == 0
    assert dashboard.overdue_card.tone == ""
    assert value.palette().color(value.foregroundRole()) == QColor(style.TEXT)
    assert urgencies(dashboard) == ["later"]

    # On screen already, the card must be re-styled when its tone changes.
    add_request(register, frozen_clock, received=date(2026, 1, 20), name="Nadia Chraibi")
    dashboard.refresh()
    assert dashboard.overdue_card.tone == "danger"
    assert value.palette().color(value.foregroundRole()) == QColor(style.DANGER)


def test_the_timer_refresh_turns_a_due_soon_request_overdue(
    qtbot, requests_made, dashboard, frozen_clock
):
    dashboard.show()
    qtbot.waitExposed(dashboard)
    assert dashboard.timer.isActive() and dashboard.timer.interval() == REFRESH_MS
    soon = requests_made["soon"].reference
    assert dashboard.overdue_card.count == 1

    # Three days later, nobody touched the register: the rectification due on
    # Thursday 12 March is a day late on Friday 13.
    frozen_clock.advance(timedelta(days=3))
    assert dashboard.overdue_card.count == 1  # not before the refresh
    with qtbot.waitSignal(dashboard.refreshed) as refreshed:
        dashboard.timer.timeout.emit()
    assert refreshed.args == [date(2026, 3, 13)]
    assert dashboard.today_label.text() == "Aujourd'hui : vendredi 13 mars 2026"
    assert dashboard.overdue_card.count == 2
    row = references(dashboard).index(soon)
    assert dashboard.table.item(row, 0).data(URGENCY_ROLE) == "overdue"
    assert dashboard.table.item(row, 1).text() == "1 j de retard"


def test_showing_the_section_again_refreshes_it(qtbot, requests_made, dashboard, frozen_clock):
    dashboard.show()
    qtbot.waitExposed(dashboard)
    dashboard.hide()
    assert not dashboard.timer.isActive()  # off screen, no query every minute
    frozen_clock.advance(timedelta(days=3))
    with qtbot.waitSignal(dashboard.refreshed):
        dashboard.show()
    assert dashboard.overdue_card.count == 2
    assert dashboard.timer.isActive()


def test_clicking_a_line_asks_to_open_the_request(qtbot, requests_made, dashboard):
    dashboard.show()
    qtbot.waitExposed(dashboard)
    table = dashboard.table
    target = requests_made["soon"].reference
    row = references(dashboard).index(target)
    where = table.visualItemRect(table.item(row, 3)).center()
    with qtbot.waitSignal(dashboard.navigate) as navigate:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert navigate.args == ["requests", target]

    # From the keyboard too: Enter on the current line.
    table.setCurrentCell(0, 0)
    with qtbot.waitSignal(dashboard.navigate) as navigate:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert navigate.args == ["requests", requests_made["overdue"].reference]


def test_an_empty_register_shows_the_empty_state(dashboard):
    assert dashboard.open_card.count == 0
    assert dashboard.empty_state.isVisibleTo(dashboard)
    assert dashboard.empty_state.heading.text() == "Aucune demande en cours"
    assert not dashboard.priority_card.isVisibleTo(dashboard)
    assert dashboard.today_label.text() == "Aujourd'hui : mardi 10 mars 2026"


def test_clear_forgets_every_line_and_figure(requests_made, dashboard):
    assert dashboard.table.rowCount() == 4
    dashboard.clear()
    assert dashboard.register is None
    assert dashboard.table.rowCount() == 0
    assert not dashboard._rows
    assert dashboard.today_label.text() == ""
    assert all(
        card.value.text() == "—"
        for card in (
            dashboard.open_card,
            dashboard.overdue_card,
            dashboard.due_soon_card,
            dashboard.identity_card,
        )
    )
    assert not dashboard.timer.isActive()
    dashboard.refresh()  # a late timer tick while locked queries nothing
    assert dashboard.table.rowCount() == 0


def test_the_breach_area_is_hidden_until_a_widget_fills_it(qtbot, dashboard):
    dashboard.show()
    qtbot.waitExposed(dashboard)
    assert not dashboard.breach_area.isVisible()
    panel = QLabel("violations")
    dashboard.set_breach_widget(panel)
    assert dashboard.breach_area.isVisible() and panel.isVisible()
    assert dashboard.breach_widget is panel
    # Above the requests ("open breaches first"): the area is laid out before the cards.
    page = dashboard.breach_area.parentWidget()
    qtbot.waitUntil(
        lambda: (
            dashboard.breach_area.height() > 0
            and dashboard.breach_area.geometry().bottom()
            < dashboard.open_card.mapTo(page, dashboard.open_card.rect().topLeft()).y()
        )
    )
    dashboard.set_breach_widget(None)
    assert not dashboard.breach_area.isVisibleTo(dashboard)


class FakeRequestsSection(Section):
    """Stands for the Requests section: records what it was asked to open."""

    key = "requests"
    icon_name = "requests"

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def title(self) -> str:
        return "Demandes"

    def show_request(self, reference: str) -> None:
        self.shown.append(reference)


@pytest.fixture
def window(qtbot, register, frozen_clock):
    claim = FileClaim(register.path)
    claim.acquire()
    sections = [DashboardSection(clock=frozen_clock), FakeRequestsSection(), SettingsSection()]
    win = MainWindow(Opened(register, claim), Preferences.load(), Keystore(), sections=sections)
    qtbot.addWidget(win)
    settle(qtbot, win)
    yield win
    win.close()


def test_the_window_opens_the_clicked_request_and_the_lock_empties_the_dashboard(
    qtbot, requests_made, window
):
    dashboard = window.section("dashboard")
    requests_section = window.section("requests")
    window.show()
    qtbot.waitExposed(window)
    assert window.stack.currentWidget() is dashboard
    table = dashboard.table
    where = table.visualItemRect(table.item(0, 2)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.stack.currentWidget() is requests_section
    assert requests_section.shown == [requests_made["overdue"].reference]

    window.lock()
    assert dashboard.table.rowCount() == 0
    assert dashboard.open_card.count is None


# ----------------------------------------------------------------------------- lunar holidays

# 20 May 2026: Aïd al-Adha 1447 is estimated for Thursday 28 May (the package's 27 + 1),
# 1er Moharram 1448 for Wednesday 17 June: both within 30 days.
MAY = datetime(2026, 5, 20, 9, 30, tzinfo=UTC)
ESTIMATED_ADHA = date(2026, 5, 28)


def test_an_estimated_lunar_holiday_asks_to_be_confirmed_and_moves_due_dates(
    qtbot, register, frozen_clock
):
    may = FixedClock(MAY)
    # 09-08 rectification received 18 May: ten clear days end on the estimated Aïd, which
    # does not count until confirmed (an estimate never delays a due date).
    fix = add_request(
        register, may, received=date(2026, 5, 18), right=Right.RECTIFICATION, name="Sara Idrissi"
    )
    assert fix.due_on == ESTIMATED_ADHA
    section = DashboardSection(clock=may)
    qtbot.addWidget(section)
    section.resize(1280, 720)
    with qtbot.waitSignal(section.lunar_refreshed) as shown:
        section.set_register(register)
    assert [h.key for h in shown.args[0]] == ["eid-al-adha/1447", "islamic-new-year/1448"]
    section.show()
    qtbot.waitExposed(section)
    assert section.lunar_area.isVisible()
    notice, new_year = section.lunar_notices
    assert new_year.message.text().startswith("1er Moharram (1448) : date estimée au mercredi")
    assert notice.message.text() == (
        "Aïd al-Adha (1447) : date estimée au jeudi 28 mai 2026. Confirmez-la dès l'annonce "
        "officielle : les échéances n'en tiennent compte qu'une fois confirmée."
    )
    assert notice.message.tone == "warning" and notice.confirm_button.isVisible()

    qtbot.mouseClick(notice.confirm_button, Qt.MouseButton.LeftButton)
    dialog = section.active_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.day() == ESTIMATED_ADHA  # the estimate, by default
    with qtbot.waitSignal(section.status_message) as status:
        with qtbot.waitSignal(section.lunar_refreshed) as after:
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert status.args == [
        "Aïd al-Adha 1447 confirmé : premier jour le jeudi 28 mai 2026. "
        "1 demande ouverte a une nouvelle échéance."
    ]
    # 28 and 29 May off, then the weekend: due Monday 1 June.
    assert request_service.find_request(register, fix.reference).due_on == date(2026, 6, 1)
    # Only the notice of the holiday still estimated stays.
    assert [h.key for h in after.args[0]] == ["islamic-new-year/1448"]
    assert [n.holiday.key for n in section.lunar_notices] == ["islamic-new-year/1448"]
    assert section.table.item(0, 0).text() == "01/06/2026"  # the dashboard refreshed

    entry = journal.page(register, JournalFilter(entity="calendar"), offset=0, limit=1)[0]
    assert entry.action == "update"
    assert entry.changes["confirmed"]["+"] == {
        "eid-al-adha/1447": {"first_day": "2026-05-28", "confirmed_on": "2026-05-20"}
    }
    assert describe_changes(entry.changes, entry.entity) == (
        "Fête lunaire confirmée : Aïd al-Adha 1447, premier jour le 28/05/2026 "
        "(confirmé le 20/05/2026)"
    )


def test_no_notice_when_nothing_lunar_is_near(qtbot, dashboard):
    # 10 March 2026: Aïd al-Fitr 1447 is in the official record, Aïd al-Adha 79 days away.
    with qtbot.waitSignal(dashboard.lunar_refreshed) as shown:
        dashboard.refresh()
    assert shown.args == [[]]
    assert dashboard.lunar_notices == [] and not dashboard.lunar_area.isVisibleTo(dashboard)


def test_the_lock_closes_the_confirmation_dialog(qtbot, register):
    section = DashboardSection(clock=FixedClock(MAY))
    qtbot.addWidget(section)
    with qtbot.waitSignal(section.lunar_refreshed):
        section.set_register(register)
    dialog = section.ask_confirm_lunar(section.lunar_notices[0].holiday)
    assert dialog.isVisible()
    section.clear()
    assert section.active_dialog is None and not dialog.isVisible()
    assert section.lunar_notices == []
    assert not request_service.load_context(register).calendar.overrides.confirmed
