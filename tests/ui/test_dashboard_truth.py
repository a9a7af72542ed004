"""The dashboard tells the truth now (issue 25, item 4).

- every part of it (requests, breaches) is read again when it comes back on screen, so a
  change made in another section is there at once, not at the breach panel's next tick;
- each request figure opens the list of what it counts;
- the request list opens on the open requests;
- the breach list has a search box.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from dpo_desk.domain.requests.model import OPEN_STATUSES, RequestIntake
from dpo_desk.domain.requests.workflow import Regime, RequestStatus, Right
from dpo_desk.security.keystore import Keystore
from dpo_desk.services import breaches as breach_service
from dpo_desk.services import requests as request_service
from dpo_desk.services.preferences import Preferences
from dpo_desk.services.read_model import RequestFilter
from dpo_desk.ui.breaches.dashboard_panel import BreachDashboardPanel
from dpo_desk.ui.main_window import MainWindow
from dpo_desk.ui.requests.filters import AWAITING_IDENTITY, DUE_SOON, OPEN, OVERDUE
from dpo_desk.ui.sections.breaches import BreachesSection
from dpo_desk.ui.sections.dashboard import DashboardSection
from dpo_desk.ui.sections.requests import RequestsSection
from dpo_desk.ui.sections.settings import SettingsSection
from dpo_desk.ui.session import FileClaim, Opened
from tests.ui.breaches_fixtures import make_breach
from tests.ui.conftest import settle

TODAY = date(2026, 3, 10)  # the frozen clock's day in Casablanca


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
    """One request of each kind the cards count (as tests/ui/test_dashboard.py), and one
    already answered."""
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
            name="Salma Bennani",
        ),
        # GDPR access, one month: due 9 April.
        "later": add_request(
            register, frozen_clock, received=date(2026, 3, 9), regime=Regime.GDPR, name="Claire"
        ),
    }
    waiting = add_request(register, frozen_clock, received=date(2026, 3, 5), name="Karim Tazi")
    made["identity"] = request_service.request_identity(register, waiting, clock=frozen_clock)
    done = add_request(register, frozen_clock, received=date(2026, 3, 3), name="Nadia Chraibi")
    done = request_service.start_work(register, done, clock=frozen_clock)
    made["answered"] = request_service.answer(register, done, clock=frozen_clock)
    return made


@pytest.fixture
def window(qtbot, register, frozen_clock, french_catalogue):
    claim = FileClaim(register.path)
    claim.acquire()
    dashboard = DashboardSection(clock=frozen_clock)
    dashboard.set_breach_widget(BreachDashboardPanel(clock=frozen_clock))
    sections = [
        dashboard,
        RequestsSection(clock=frozen_clock),
        BreachesSection(clock=frozen_clock),
        SettingsSection(),
    ]
    win = MainWindow(Opened(register, claim), Preferences.load(), Keystore(), sections=sections)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    settle(qtbot, win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def listed(section) -> list[str]:
    return [section.model.row_at(row).reference for row in range(section.model.rowCount())]


# ----------------------------------------------------------------------------- refresh


def test_a_breach_recorded_elsewhere_is_on_the_dashboard_as_soon_as_it_is_shown(
    register, frozen_clock, window
):
    dashboard = window.section("dashboard")
    panel = dashboard.breach_widget
    assert isinstance(panel, BreachDashboardPanel)
    assert window.stack.currentWidget() is dashboard
    assert panel.table.rowCount() == 0 and panel.timer.isActive()

    window.show_section("breaches")
    assert not panel.timer.isActive()  # off screen: no query every half-minute
    # Saved in Violations (through the same service its dialog calls).
    breach = make_breach(register, frozen_clock, "Courriel mal adressé", aware_hours_ago=3)
    window.show_section("dashboard")
    # At once: not at the panel's next 30-second tick.
    assert panel.table.rowCount() == 1
    assert panel.reference_at(0) == breach.reference
    assert panel.summary.text().startswith("1 ouverte")
    assert panel.timer.isActive()


def test_a_request_saved_elsewhere_is_counted_as_soon_as_the_dashboard_is_shown(
    register, frozen_clock, window
):
    dashboard = window.section("dashboard")
    assert dashboard.open_card.count == 0
    window.show_section("requests")
    add_request(register, frozen_clock, received=date(2026, 2, 1), name="Omar Benjelloun")
    window.show_section("dashboard")
    assert dashboard.open_card.count == 1
    assert dashboard.overdue_card.count == 1


# ----------------------------------------------------------------------------- the cards


@pytest.mark.parametrize(
    ("card", "kind"),
    [
        ("open_card", "open"),
        ("overdue_card", "overdue"),
        ("due_soon_card", "soon"),
        ("identity_card", "identity"),
    ],
)
def test_each_card_opens_the_list_of_what_it_counts(
    qtbot, register, requests_made, window, card, kind
):
    dashboard = window.section("dashboard")
    requests_section = window.section("requests")
    tile = getattr(dashboard, card)
    counted = tile.count
    with qtbot.waitSignal(dashboard.navigate) as asked:
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert asked.args[0] == "requests"
    assert window.stack.currentWidget() is requests_section
    assert requests_section.pages.currentWidget() is requests_section.list_page
    shown = listed(requests_section)
    # As many lines as the card said, and the very requests it counts.
    assert len(shown) == counted
    if kind == "open":
        expected = {r.reference for k, r in requests_made.items() if k != "answered"}
    else:
        expected = {requests_made[kind].reference}
    assert set(shown) == expected


def test_a_card_opens_its_list_from_the_keyboard_too(qtbot, requests_made, window):
    dashboard = window.section("dashboard")
    dashboard.overdue_card.setFocus()
    qtbot.keyClick(dashboard.overdue_card, Qt.Key.Key_Return)
    requests_section = window.section("requests")
    assert window.stack.currentWidget() is requests_section
    assert listed(requests_section) == [requests_made["overdue"].reference]
    assert requests_section.filters.overdue.isChecked()


def test_the_card_filters_are_the_dashboard_counts(register, frozen_clock, requests_made):
    """Each preset's filter counts in SQL what the dashboard's summary counts."""
    from dpo_desk.ui.requests.filters import FilterBar

    bar = FilterBar()
    summary = request_service.dashboard(register, clock=frozen_clock).summary
    expected = {
        OPEN: summary.open,
        OVERDUE: summary.overdue,
        DUE_SOON: summary.due_within_week,
        AWAITING_IDENTITY: summary.awaiting_identity,
    }
    for key, count in expected.items():
        assert bar.apply_preset(key)
        flt = bar.request_filter(TODAY, sort="due_on", descending=False)
        assert request_service.count_requests(register, flt) == count, key
    assert not bar.apply_preset("nonsense")


# ----------------------------------------------------------------------------- default


def test_the_request_list_opens_on_the_open_requests(qtbot, requests_made, window):
    requests_section = window.section("requests")
    window.show_section("requests")
    bar = requests_section.filters
    assert bar.status.currentData() == "open"
    assert bar.status.currentText() == "Ouvertes"
    assert bar.is_default() and not bar.shows_all()
    answered = requests_made["answered"].reference
    assert answered not in listed(requests_section)
    assert len(listed(requests_section)) == 4
    # "Tous les statuts" still shows every request, the answered one included.
    bar.status.setCurrentIndex(bar.status.findData("all"))
    assert bar.status.currentText() == "Tous les statuts"
    assert answered in listed(requests_section)
    assert len(listed(requests_section)) == 5


def test_no_open_request_is_not_an_empty_register(qtbot, register, frozen_clock, window):
    done = add_request(register, frozen_clock, received=date(2026, 3, 3), name="Nadia Chraibi")
    done = request_service.start_work(register, done, clock=frozen_clock)
    request_service.answer(register, done, clock=frozen_clock)
    requests_section = window.section("requests")
    window.show_section("requests")
    requests_section.refresh()
    assert requests_section.model.rowCount() == 0
    # The empty state offers the way to the answered request, not "no request yet".
    assert requests_section.list_stack.currentWidget() is requests_section.empty_filter
    qtbot.mouseClick(requests_section.empty_filter.action_button, Qt.MouseButton.LeftButton)
    assert listed(requests_section) == [done.reference]


def test_open_statuses_are_what_the_open_preset_lists():
    from dpo_desk.ui.requests.filters import FilterBar

    bar = FilterBar()
    flt = bar.request_filter(TODAY, sort="due_on", descending=False)
    assert flt == RequestFilter(statuses=frozenset(OPEN_STATUSES))
    assert RequestStatus.AWAITING_IDENTITY in flt.statuses


# ----------------------------------------------------------------------------- breach search


@pytest.fixture
def breaches(qtbot, register, frozen_clock):
    made = [
        make_breach(register, frozen_clock, "Courriel mal adressé", aware_hours_ago=3),
        make_breach(register, frozen_clock, "Vol d'un ordinateur portable", aware_hours_ago=5),
        make_breach(register, frozen_clock, "Rançongiciel 100% des postes", aware_hours_ago=7),
    ]
    section = BreachesSection(clock=frozen_clock)
    qtbot.addWidget(section)
    section.resize(1280, 720)
    section.set_register(register)
    section.show()
    qtbot.waitExposed(section)
    yield section, made
    section.clear()


def typed(qtbot, section, text: str) -> list[str]:
    """Type into the search box and wait for the debounced list."""
    section.search.clear()
    qtbot.waitUntil(lambda: not section.search_pending)
    qtbot.keyClicks(section.search, text)
    assert section.search_pending  # debounced: nothing read on each key
    qtbot.waitUntil(lambda: not section.search_pending)
    return [section.model.row_at(row).reference for row in range(section.model.rowCount())]


def test_the_breach_list_searches_titles_and_references(qtbot, breaches):
    section, made = breaches
    assert section.search.placeholderText() == "Rechercher : référence, intitulé…"
    assert typed(qtbot, section, "ordinateur") == [made[1].reference]
    assert typed(qtbot, section, "COURRIEL") == [made[0].reference]  # any case
    assert typed(qtbot, section, made[2].reference.lower()) == [made[2].reference]
    # A percent sign is a character, not a wildcard.
    assert typed(qtbot, section, "100%") == [made[2].reference]
    assert typed(qtbot, section, "0%d") == []
    assert section.list_stack.currentWidget() is section.empty_filter
    assert not section.is_default_filter()
    # "Afficher toutes les violations" forgets the search.
    qtbot.mouseClick(section.empty_filter.action_button, Qt.MouseButton.LeftButton)
    assert section.search.text() == ""
    assert section.model.rowCount() == 3


def test_the_breach_search_is_forgotten_at_the_lock(qtbot, register, breaches):
    section, _made = breaches
    typed(qtbot, section, "ordinateur")
    section.clear()
    assert section.search.text() == ""
    section.set_register(register)
    assert section.model.rowCount() == 3


def test_the_breach_service_filters_on_the_search(register, frozen_clock):
    from dpo_desk.services.read_model import BreachFilter

    make_breach(register, frozen_clock, "Clé USB perdue", aware_hours_ago=2)
    assert breach_service.count_breaches(register, BreachFilter(search="usb")) == 1
    assert breach_service.count_breaches(register, BreachFilter(search="tablette")) == 0
