"""The Demandes list: the paged model, filters, sorting, search, empty states, the lock."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from dpo_desk.domain.requests.workflow import Regime, RequestStatus, Right
from dpo_desk.services import requests as request_service
from dpo_desk.storage import requests as repo
from dpo_desk.storage.requests import RequestFilter
from dpo_desk.ui import style
from dpo_desk.ui.requests.model import COLUMN_KEYS, RequestTableModel
from tests.ui import requests_fixtures
from tests.ui.requests_fixtures import TODAY, listed, listed_names

# Fixtures shared by both files (requests made through the services; the section).
demo_requests = requests_fixtures.demo_requests
section = requests_fixtures.section

COUNTDOWN = COLUMN_KEYS.index("countdown")
STATUS = COLUMN_KEYS.index("status")
DUE = COLUMN_KEYS.index("due")


def cell(section, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    model = section.model
    return model.data(model.index(row, column), role)


def row_of(section, name: str) -> int:
    return listed_names(section).index(name)


# ----------------------------------------------------------------------------- the model


def test_the_model_passes_the_model_tester(qtmodeltester, demo_requests, section):
    assert section.model.rowCount() == 6
    qtmodeltester.check(section.model)


def test_rows_show_labels_and_countdowns_never_codes(demo_requests, section):
    salma = row_of(section, "سلمى بناني")
    assert cell(section, salma, STATUS) == "En cours"
    assert cell(section, salma, STATUS, Qt.ItemDataRole.ToolTipRole) == "En cours de traitement"
    assert cell(section, salma, COLUMN_KEYS.index("rights")) == "Rectification"
    assert cell(section, salma, COLUMN_KEYS.index("regimes")) == "Loi 09-08"
    assert cell(section, salma, DUE) == "24/02/2026"
    assert cell(section, salma, COLUMN_KEYS.index("received")) == "14/02/2026"
    # Overdue since 24 February: 14 days late, in red.
    assert cell(section, salma, COUNTDOWN) == "14 j de retard"
    colour = cell(section, salma, COUNTDOWN, Qt.ItemDataRole.ForegroundRole)
    assert QColor(colour).name() == QColor(style.DANGER).name()

    karim = row_of(section, "Karim Tazi")  # GDPR month governs: 12 March, in 2 days
    assert cell(section, karim, COUNTDOWN) == "dans 2 j"
    assert cell(section, karim, COLUMN_KEYS.index("regimes")) == "09-08 + RGPD"
    colour = cell(section, karim, COUNTDOWN, Qt.ItemDataRole.ForegroundRole)
    assert QColor(colour).name() == QColor(style.WARNING).name()

    yassine = row_of(section, "Yassine El Amrani")  # 9 April: a month away, neutral
    assert cell(section, yassine, COUNTDOWN) == "dans 30 j"
    colour = cell(section, yassine, COUNTDOWN, Qt.ItemDataRole.ForegroundRole)
    assert QColor(colour).name() == QColor(style.TEXT_SECONDARY).name()

    # Answered and closed requests owe nothing: no countdown.
    assert cell(section, row_of(section, "Hind Berrada"), COUNTDOWN) == ""
    assert cell(section, row_of(section, "Rachid Ouazzani"), COUNTDOWN) == ""
    assert cell(section, row_of(section, "Rachid Ouazzani"), STATUS) == "Clôturée"
    codes = {str(s) for s in RequestStatus}
    for row in range(section.model.rowCount()):
        for column in range(section.model.columnCount()):
            assert cell(section, row, column) not in codes


def test_due_today_says_so(register, frozen_clock, section):
    from tests.ui.requests_fixtures import GDPR, make_request

    # GDPR, received 10 February: one month ends 10 March, a Tuesday, today.
    make_request(register, frozen_clock, "Anna Rossi", received=date(2026, 2, 10), regimes=GDPR)
    section.refresh()
    assert cell(section, 0, COUNTDOWN) == "échéance aujourd'hui"


# ----------------------------------------------------------------------------- filters


def test_status_filter_open_and_single_status(demo_requests, section):
    assert section.count_label.text() == "6 demandes"
    bar = section.filters
    bar.status.setCurrentIndex(bar.status.findData("open"))
    assert sorted(listed_names(section)) == sorted(
        ["Yassine El Amrani", "سلمى بناني", "Lukas Schneider", "Karim Tazi"]
    )
    assert section.count_label.text() == "4 demandes"
    bar.status.setCurrentIndex(bar.status.findData(str(RequestStatus.ANSWERED)))
    assert listed_names(section) == ["Hind Berrada"]
    assert section.count_label.text() == "1 demande"
    bar.status.setCurrentIndex(bar.status.findData(str(RequestStatus.EXTENDED)))
    assert section.model.rowCount() == 0
    assert section.list_stack.currentWidget() is section.empty_filter


def test_right_regime_and_overdue_filters(demo_requests, section):
    bar = section.filters
    bar.right.setCurrentIndex(bar.right.findData(str(Right.RECTIFICATION)))
    assert sorted(listed_names(section)) == sorted(["سلمى بناني", "Rachid Ouazzani"])
    bar.right.setCurrentIndex(0)
    bar.regime.setCurrentIndex(bar.regime.findData(str(Regime.GDPR)))
    assert sorted(listed_names(section)) == sorted(["Lukas Schneider", "Karim Tazi"])
    bar.regime.setCurrentIndex(bar.regime.findData(str(Regime.LAW_09_08)))
    assert "Lukas Schneider" not in listed_names(section)
    assert "Karim Tazi" in listed_names(section)
    bar.regime.setCurrentIndex(0)
    bar.overdue.setChecked(True)
    # Only open requests past their due date: the answered and closed ones are not late.
    assert listed_names(section) == ["سلمى بناني"]
    assert section.model.filter.overdue_on == TODAY


def test_clearing_the_filters_from_the_empty_state(qtbot, demo_requests, section):
    section.filters.overdue.setChecked(True)
    section.filters.right.setCurrentIndex(section.filters.right.findData(str(Right.PORTABILITY)))
    assert section.list_stack.currentWidget() is section.empty_filter
    assert section.empty_filter.isVisible()
    qtbot.mouseClick(section.empty_filter.action_button, Qt.MouseButton.LeftButton)
    assert section.model.rowCount() == 6
    assert section.filters.shows_all()
    assert section.list_stack.currentWidget() is section.table


def test_an_empty_register_has_its_own_empty_state(section):
    assert section.model.rowCount() == 0
    assert section.list_stack.currentWidget() is section.empty_register
    assert section.empty_register.state.heading.text() == "Aucune demande pour l'instant"
    assert section.count_label.text() == "0 demandes"


# ----------------------------------------------------------------------------- sorting


def click_header(qtbot, section, column: int) -> None:
    header = section.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 10))


def due_dates(section) -> list[date]:
    return [section.model.row_at(r).due_on for r in range(section.model.rowCount())]


def test_sorting_by_due_date_both_ways_by_clicking_the_header(qtbot, demo_requests, section):
    # The default: the most urgent first.
    assert section.model.filter.sort == "due_on" and not section.model.filter.descending
    ascending = due_dates(section)
    assert ascending == sorted(ascending)
    assert listed_names(section)[0] == "Rachid Ouazzani"
    assert listed_names(section)[-1] == "Yassine El Amrani"

    click_header(qtbot, section, DUE)  # the indicator is already there: flips to descending
    assert section.model.filter.sort == "due_on" and section.model.filter.descending
    descending = due_dates(section)
    assert descending == sorted(ascending, reverse=True)
    assert listed_names(section)[0] == "Yassine El Amrani"

    click_header(qtbot, section, COLUMN_KEYS.index("received"))
    assert section.model.filter.sort == "received_on"
    received = [section.model.row_at(r).received_on for r in range(6)]
    assert received == sorted(received)

    click_header(qtbot, section, COLUMN_KEYS.index("reference"))
    assert section.model.filter.sort == "reference"
    assert listed(section) == sorted(listed(section))

    # The regimes (two flags in storage) do not sort: nothing changes.
    click_header(qtbot, section, COLUMN_KEYS.index("regimes"))
    assert section.model.filter.sort == "reference"
    header = section.table.horizontalHeader()
    assert header.sortIndicatorSection() == COLUMN_KEYS.index("reference")


def test_sort_keys_are_ones_storage_knows():
    model = RequestTableModel()
    for column in range(model.columnCount()):
        key = model.sort_key(column)
        assert key is None or key in repo.SORT_COLUMNS


# ----------------------------------------------------------------------------- search


def search(qtbot, section, text: str) -> list[str]:
    section.filters.search.clear()
    qtbot.waitUntil(lambda: not section.filters.search_pending)
    if text.isascii():
        qtbot.keyClicks(section.filters.search, text)
    else:
        # QTest cannot synthesise keys outside ASCII; an input method inserts the text.
        section.filters.search.insert(text)
    # Debounced: nothing runs while the DPO is still typing...
    assert section.filters.search_pending
    # ...then one query, when the timer fires.
    qtbot.waitUntil(lambda: section.model.filter.search == text, timeout=2000)
    return listed_names(section)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Schneider", ["Lukas Schneider"]),
        ("yassine.elamrani", ["Yassine El Amrani"]),
        ("outlook.com", ["سلمى بناني"]),
        ("سلمى", ["سلمى بناني"]),
        ("Adam", ["Karim Tazi"]),  # the data subject's name is indexed too
        ("schnei", ["Lukas Schneider"]),  # prefix match
    ],
)
def test_full_text_search(qtbot, demo_requests, section, text, expected):
    assert search(qtbot, section, text) == expected


def test_search_by_reference(qtbot, demo_requests, section):
    reference = demo_requests["lukas"].reference
    assert search(qtbot, section, reference.lower()) == ["Lukas Schneider"]


def test_search_that_matches_nothing_shows_the_filter_empty_state(qtbot, demo_requests, section):
    assert search(qtbot, section, "introuvable") == []
    assert section.list_stack.currentWidget() is section.empty_filter
    assert section.empty_filter.state.heading.text() == "Aucune demande ne correspond"


# ----------------------------------------------------------------------------- paging


@pytest.fixture
def thousand_requests(register, frozen_clock):
    """1,000 requests in one transaction (the services would take 1,000 commits)."""
    now = frozen_clock.now()
    with register.write() as conn:
        for number in range(1, 1001):
            received = date(2026, 1, 1) + timedelta(days=number % 60)
            repo.insert_request(
                conn,
                {
                    "reference": f"DSR-2026-{number:04d}",
                    "under_gdpr": number % 3 == 0,
                    "under_law_09_08": number % 3 != 0,
                    "rights": frozenset({Right.ACCESS}),
                    "channel": "email",
                    "requester_name": f"Demandeur {number}",
                    "requester_email": f"demandeur{number}@exemple.ma",
                    "requester_phone": "",
                    "requester_address": "",
                    "requester_role": "self",
                    "subject_name": "",
                    "received_on": received,
                    "status": "new" if number % 2 else "in_progress",
                    "assignee": "DPO",
                    "notes": "",
                    "created_at": now,
                    "updated_at": now,
                    "due_on": received + timedelta(days=30),
                    "due_rule": "policy-internal",
                    "due_basis": "policy",
                    "due_regime": "law-09-08",
                },
            )
    return 1000


def test_the_model_reads_pages_not_the_whole_register(qtbot, register, thousand_requests):
    model = RequestTableModel(page_size=200)
    model.set_source(register, RequestFilter(), TODAY)
    assert model.rowCount() == 1000
    assert model.pages_fetched == 0  # counting reads no row

    assert model.data(model.index(0, 0)) is not None
    assert model.pages_fetched == 1
    last = model.data(model.index(999, 0))
    assert last is not None
    assert model.pages_fetched == 2
    assert model.loaded_rows() == 400  # two pages of 200, not 1,000 rows

    # Walking every row keeps at most MAX_PAGES pages in memory (least recently used go).
    small = RequestTableModel(page_size=50)
    small.set_source(register, RequestFilter(), TODAY)
    references = [small.data(small.index(row, 0)) for row in range(1000)]
    assert len(set(references)) == 1000
    assert small.pages_fetched == 20
    assert small.loaded_rows() <= small.MAX_PAGES * 50 < 1000


def test_the_list_of_1000_shows_without_fetching_them_all(qtbot, thousand_requests, section):
    section.refresh()
    qtbot.wait(10)  # let the view paint what is on screen
    assert section.model.rowCount() == 1000
    # The UI language's locale (fr_MA, as for dates): Moroccan French groups with a dot.
    assert section.count_label.text().replace("\u202f", " ").replace("\xa0", " ") == (
        "1.000 demandes"
    )
    assert 1 <= section.model.pages_fetched <= 2
    assert section.model.loaded_rows() < 1000
    section.table.scrollToBottom()
    qtbot.wait(10)
    assert section.model.loaded_rows() < 1000
    # Sorting runs in SQLite: the first row after a descending sort is the latest due.
    section.model.sort(DUE, Qt.SortOrder.DescendingOrder)
    first = section.model.row_at(0)
    with register_read(section) as conn:
        latest = conn.exec_driver_sql("SELECT max(due_on) FROM rights_request").scalar()
    assert first.due_on.isoformat() == str(latest)


def register_read(section):
    return section.register.read()


def test_show_request_selects_and_opens_it_even_if_filtered_out(qtbot, demo_requests, section):
    section.filters.status.setCurrentIndex(section.filters.status.findData("open"))
    reference = demo_requests["hind"].reference  # answered: not in "Ouvertes"
    assert section.show_request(reference)
    assert section.pages.currentWidget() is section.detail
    assert section.detail.reference.text() == reference
    assert section.filters.shows_all()  # the filter that hid it was cleared
    assert section.selected_id() == demo_requests["hind"].id
    section.show_list()
    assert section.pages.currentWidget() is section.list_page
    assert not section.show_request("DSR-2026-9999")
    assert "DSR-2026-9999" in section.message.text()


def test_click_then_enter_opens_the_detail(qtbot, demo_requests, section):
    row = row_of(section, "Lukas Schneider")
    rect = section.table.visualRect(section.model.index(row, 1))
    qtbot.mouseClick(section.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert section.selected_id() == demo_requests["lukas"].id
    assert section.pages.currentWidget() is section.list_page  # a click only selects
    qtbot.keyClick(section.table, Qt.Key.Key_Return)
    assert section.pages.currentWidget() is section.detail
    assert section.detail.request.requester_name == "Lukas Schneider"


# ----------------------------------------------------------------------------- lock


def test_clear_drops_every_row_and_what_was_typed(qtbot, demo_requests, section):
    search(qtbot, section, "Karim")
    section.show_request(demo_requests["karim"].reference)
    assert section.detail.fields.requester_name.text() == "Karim Tazi"
    section.clear()
    assert section.model.rowCount() == 0
    assert section.model.loaded_rows() == 0
    assert section.model.register is None
    assert section.filters.search.text() == ""
    assert section.detail.request is None
    assert section.detail.fields.requester_name.text() == ""
    assert section.detail.journal.count() == 0
    assert section.pages.currentWidget() is section.list_page
    assert section.count_label.text() == ""


def test_locking_the_window_clears_the_requests_model(qtbot, controller, save_path):
    from dpo_desk.ui.sections.requests import RequestsSection
    from tests.ui.conftest import create_through_welcome
    from tests.ui.requests_fixtures import make_request

    window = create_through_welcome(qtbot, controller)
    section = window.section("requests")
    assert isinstance(section, RequestsSection)
    make_request(window.register, None, "Omar Benjelloun", received=date.today() - timedelta(2))
    section.refresh()
    assert section.model.rowCount() == 1
    assert section.model.data(section.model.index(0, 1)) == "Omar Benjelloun"
    assert window.lock()
    assert section.model.rowCount() == 0
    assert section.model.loaded_rows() == 0
    assert section.register is None


def test_ctrl_n_inside_the_section_opens_a_new_request(qtbot, controller, save_path):
    from tests.ui.conftest import create_through_welcome

    window = create_through_welcome(qtbot, controller)
    window.show_section("requests")
    section = window.section("requests")
    qtbot.waitExposed(window)
    section.table.setFocus()
    new_register = []
    window.new_requested.connect(lambda: new_register.append(True))
    qtbot.keyClick(section.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert section.new_dialog is not None and section.new_dialog.isVisible()
    assert new_register == []  # not the window's "Nouveau registre"
    section.new_dialog.reject()


def test_frozen_clock_is_used_for_today(register):
    from dpo_desk.domain.clock import FixedClock
    from dpo_desk.ui.sections.requests import RequestsSection

    # 23:30 UTC on 31 March is already 1 April in Casablanca (UTC+1).
    clock = FixedClock(datetime(2026, 3, 31, 23, 30, tzinfo=UTC))
    widget = RequestsSection(clock=clock)
    widget.set_register(register)
    assert widget.model.today == date(2026, 4, 1)
    widget.clear()
    assert request_service.count_requests(register, RequestFilter()) == 0
