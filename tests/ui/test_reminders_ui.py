"""Desktop reminders of deadlines, the summary at unlock, and Paramètres ▸ Rappels.

The frozen clock says 10 March 2026, 09:30 UTC (09:30 in Casablanca, UTC+0 in Ramadan).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSystemTrayIcon

from dpo_desk.domain.reminders import DUE_TODAY, OVERDUE, ReminderKind
from dpo_desk.domain.requests.workflow import Right
from dpo_desk.services import records as book
from dpo_desk.services.preferences import Preferences
from dpo_desk.ui.breach_alerts import BreachAlerts
from dpo_desk.ui.reminders import FIRST_RETRY_MS, Reminders, ReminderSummary
from dpo_desk.ui.settings.reminders import RemindersCard
from tests.conftest import TEST_PASSPHRASE
from tests.ui.breaches_fixtures import make_breach
from tests.ui.conftest import create_through_welcome
from tests.ui.records_fixtures import processor
from tests.ui.requests_fixtures import GDPR, LAW, make_request

K = ReminderKind


class FakeTray:
    """Records what would appear on the desktop."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def showMessage(self, title, message, icon=None):  # noqa: N802 — Qt's name
        # Without the isolates that keep a reference left to right inside Arabic text.
        self.messages.append((title, message.replace("\u2066", "").replace("\u2069", "")))


@pytest.fixture
def tray(monkeypatch):
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    return FakeTray()


@pytest.fixture
def prefs():
    return Preferences()


@pytest.fixture
def watcher(qtbot, frozen_clock, tray, prefs):
    reminders = Reminders(prefs, clock=frozen_clock, tray=tray)
    yield reminders
    reminders.stop()


def seed(register, clock):
    """An overdue request (24 Feb), one due in 2 days (12 Mar), one in a month."""
    overdue = make_request(
        register, clock, "Salma Bennani", received=date(2026, 2, 14), rights=(Right.RECTIFICATION,)
    )
    soon = make_request(
        register,
        clock,
        "Karim Tazi",
        received=date(2026, 2, 12),
        rights=(Right.OBJECTION,),
        regimes=LAW | GDPR,
    )
    later = make_request(register, clock, "Yassine El Amrani", received=date(2026, 3, 10))
    return overdue, soon, later


def started(qtbot, watcher, register):
    """Start, and wait for the first check (deferred until the unlock is done)."""
    with qtbot.waitSignal(watcher.reminder, timeout=3000):
        watcher.start(register)


def test_reminders_fire_once_by_reference_and_never_by_name(
    qtbot, register, frozen_clock, watcher, tray
):
    overdue, soon, later = seed(register, frozen_clock)
    raised = []
    watcher.reminder.connect(lambda *args: raised.append(args[:3]))
    started(qtbot, watcher, register)
    qtbot.waitUntil(lambda: len(raised) == 2)
    assert sorted(raised) == sorted(
        [("request", overdue.reference, OVERDUE), ("request", soon.reference, 2)]
    )
    ((title, message),) = tray.messages  # one notification for the check
    assert "2 rappel" in title
    assert overdue.reference in message and soon.reference in message
    assert "dépassée de 14 jour" in message and "délai légal" in message
    for name in ("Salma", "Karim", "Bennani", "Tazi"):
        assert name not in title + message

    # The next minute: nothing re-raised.
    frozen_clock.advance(timedelta(minutes=1))
    assert watcher.check() == []
    assert len(tray.messages) == 1

    # Two days later: the soon one is due today, the overdue one recalled (once a day).
    frozen_clock.advance(timedelta(days=2))
    again = {(r.reference, r.threshold) for r in watcher.check()}
    assert again == {(soon.reference, DUE_TODAY), (overdue.reference, OVERDUE)}
    assert watcher.check() == []
    # Nothing on disk: the log lives in memory.
    assert soon.reference not in repr(Preferences.load())


def test_the_timer_checks_every_minute(qtbot, register, frozen_clock, watcher):
    _overdue, soon, _later = seed(register, frozen_clock)
    started(qtbot, watcher, register)
    assert watcher.timer.interval() == 60_000
    frozen_clock.advance(timedelta(days=2))  # the soon one falls due today
    raised = []
    watcher.reminder.connect(lambda *args: raised.append((args[1], args[2])))
    watcher.timer.setInterval(20)  # the test does not wait a real minute
    qtbot.waitUntil(lambda: len(raised) == 2, timeout=3000)
    assert (soon.reference, DUE_TODAY) in raised


def test_many_at_once_are_grouped_in_one_notification(qtbot, register, frozen_clock, watcher, tray):
    made = [
        make_request(
            register,
            frozen_clock,
            f"Personne {n}",
            received=date(2026, 2, 10 + n),
            rights=(Right.RECTIFICATION,),
        )
        for n in range(5)
    ]
    started(qtbot, watcher, register)
    ((_title, message),) = tray.messages
    assert message.startswith("Demandes de droits — 5 en retard : ")
    assert made[0].reference in message and "et 2 autre" in message
    assert "Personne" not in message


def test_kinds_switched_off_are_not_reminded_and_breach_alerts_follow(
    qtbot, register, frozen_clock, tray, prefs
):
    seed(register, frozen_clock)
    book.save_processor(
        register, processor("Najm Cloud", next_review_on=date(2026, 3, 12)), clock=frozen_clock
    )
    make_breach(register, frozen_clock, "Fuite", aware_hours_ago=50)  # 22 h left
    alerts = BreachAlerts(clock=frozen_clock, tray=tray)
    prefs.reminders_off = ["request", "breach"]
    watcher = Reminders(prefs, clock=frozen_clock, tray=tray, breach_alerts=alerts)
    started(qtbot, watcher, register)
    assert not alerts.running  # breach alerts switched off with the rest
    assert [m for _t, m in tray.messages if "Sous-traitant #" in m]
    assert not [m for _t, m in tray.messages if "Demande" in m or "Violation" in m]
    prefs.reminders_off = []
    watcher.apply_settings()
    assert alerts.running  # switched on: the 24-hour alert comes at once
    assert any("Violation" in m for _t, m in tray.messages)
    watcher.stop()
    assert not alerts.running and not watcher.running


def test_the_breach_alerts_first_check_waits_for_the_reminders_first(
    qtbot, register, frozen_clock, tray, prefs
):
    make_breach(register, frozen_clock, "Fuite", aware_hours_ago=50)  # 22 h left
    alerts = BreachAlerts(clock=frozen_clock, tray=tray)
    watcher = Reminders(prefs, clock=frozen_clock, tray=tray, breach_alerts=alerts)
    watcher.start(register)
    # Started at once, but the open breaches are not read before the dashboard paints.
    assert alerts.running and alerts.raised == set() and tray.messages == []
    with qtbot.waitSignal(alerts.alert, timeout=3000) as raised:
        pass
    assert raised.args[1] == 24
    watcher.stop()


def test_no_check_while_the_register_is_busy(qtbot, register, frozen_clock, watcher, monkeypatch):
    seed(register, frozen_clock)
    watcher.register = register
    monkeypatch.setattr("dpo_desk.ui.reminders.is_busy", lambda r: r is register)
    assert watcher.check() == []
    monkeypatch.setattr("dpo_desk.ui.reminders.is_busy", lambda r: False)
    assert len(watcher.check()) == 2


def test_the_summary_counts_by_kind_and_opens_the_lists(qtbot, register, frozen_clock, watcher):
    overdue, soon, _later = seed(register, frozen_clock)
    ending = book.save_processor(
        register,
        processor(
            "Atlas Paie", next_review_on=date(2026, 9, 1), contract_ends_on=date(2026, 3, 10)
        ),
        clock=frozen_clock,
    )
    make_breach(register, frozen_clock, "Fuite chez Yassine", aware_hours_ago=60)
    started(qtbot, watcher, register)
    assert watcher.summary_window is None  # never by itself under the tests
    window = watcher.show_summary()
    qtbot.addWidget(window)
    assert isinstance(window, ReminderSummary) and window.isVisible() and not window.isModal()
    assert window.counts(K.REQUEST) == (1, 0, 1)
    assert window.counts(K.CONTRACT_END) == (0, 1, 0)
    assert window.counts(K.BREACH) == (0, 1, 0)  # 21:30 today
    assert window.heading.text().startswith("4 échéance")
    assert set(window.rows) == {K.REQUEST, K.CONTRACT_END, K.BREACH}
    # The references link to their items; the requests' buttons open the filtered lists.
    opened = []
    watcher.navigate.connect(lambda section, reference: opened.append((section, reference)))
    window._link(f"requests|{soon.reference}")
    buttons = {b.text(): b for b in window.rows[K.REQUEST].findChildren(QPushButton)}
    qtbot.mouseClick(buttons["Demandes en retard"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(buttons["Échéances de la semaine"], Qt.MouseButton.LeftButton)
    assert opened == [
        ("requests", soon.reference),
        ("requests", "preset:overdue"),
        ("requests", "preset:due_soon"),
    ]
    # Inside the unlocked window a processor shows its name, and links by its number.
    (line,) = [
        label.text()
        for label in window.rows[K.CONTRACT_END].findChildren(QLabel)
        if "href" in label.text()
    ]
    assert f'href="processors|#{ending.id}"' in line and "Atlas Paie" in line
    # Switched off from the summary itself: saved, and not shown at the next unlock.
    window.show_again.setChecked(False)
    assert Preferences.load().reminder_summary is False
    watcher.stop()
    assert watcher.summary_window is None  # the lock closes it: it names items


def test_the_window_starts_stops_and_shows_the_summary_at_unlock(
    qtbot, controller, save_path, frozen_clock, monkeypatch
):
    window = create_through_welcome(qtbot, controller)
    assert window.reminders.running and window.breach_alerts.running
    qtbot.waitUntil(lambda: not window.reminders._first.isActive())
    assert window.reminders.summary_window is None  # nothing due, and never in tests
    window.reminders.clock = frozen_clock
    window.breach_alerts.clock = frozen_clock
    overdue, _soon, _later = seed(window.register, frozen_clock)
    window.lock()
    assert not window.reminders.running and not window.breach_alerts.running

    monkeypatch.setattr("dpo_desk.ui.reminders.automatic_summary", lambda: True)
    with qtbot.waitSignal(window.reminders.summary_shown, timeout=5000) as shown:
        qtbot.keyClicks(window.lock_form.passphrase, TEST_PASSPHRASE)
        window.lock_form.submit()
    summary = shown.args[0]
    assert window.pages.currentWidget() is window.workspace  # the unlock did not wait
    assert summary.counts(K.REQUEST) == (1, 0, 1)
    summary._link(f"requests|{overdue.reference}")
    assert window.stack.currentWidget() is window.section("requests")
    summary.close()

    # A click on a notification brings the summary back; locked, it shows nothing due.
    with qtbot.waitSignal(window.reminders.summary_shown, timeout=5000) as shown:
        window.reminder_clicked()
    assert shown.args[0].counts(K.REQUEST) == (1, 0, 1)
    window.lock()
    assert window.reminders.summary_window is None
    with qtbot.assertNotEmitted(window.reminders.summary_shown):
        window.reminder_clicked()


def test_the_settings_card_changes_the_preferences(qtbot, prefs, isolated_environment):
    card = RemindersCard(prefs)
    qtbot.addWidget(card)
    assert all(box.isChecked() for box in card.kinds.values())
    assert (card.first_request.value(), card.second_request.value()) == (7, 2)
    with qtbot.waitSignal(card.changed):
        card.kinds[K.CONTRACT_END].setChecked(False)
    with qtbot.waitSignal(card.changed):
        card.first_request.setValue(10)
    with qtbot.waitSignal(card.changed):
        card.second_request.setValue(0)  # "aucun": one reminder before the day
    with qtbot.waitSignal(card.changed):
        card.record_days.setValue(14)
    with qtbot.waitSignal(card.changed):
        card.summary.setChecked(False)
    saved = Preferences.load()
    assert saved.reminders_off == ["contract_end"]
    assert saved.reminder_request_days == [10] and saved.reminder_record_days == [14]
    assert saved.reminder_summary is False
    assert prefs.reminder_request_days == [10]  # the window's own object, read at each check
    # Only choices on disk: no reference, no name.
    text = (isolated_environment / "preferences.json").read_text(encoding="utf-8")
    assert "DSR-" not in text


def test_the_first_check_waits_for_the_days_backup(
    qtbot, register, frozen_clock, watcher, monkeypatch
):
    seed(register, frozen_clock)
    busy = {"now": True}
    monkeypatch.setattr("dpo_desk.ui.reminders.is_busy", lambda r: busy["now"])
    monkeypatch.setattr("dpo_desk.ui.reminders.automatic_summary", lambda: True)
    raised = []
    watcher.reminder.connect(lambda *args: raised.append(args[1]))
    watcher.start(register)
    qtbot.waitUntil(lambda: watcher._first.interval() == FIRST_RETRY_MS)  # tried: busy
    assert raised == [] and watcher.summary_window is None
    busy["now"] = False  # the backup is done
    with qtbot.waitSignal(watcher.summary_shown, timeout=3000) as shown:
        pass
    qtbot.addWidget(shown.args[0])
    assert len(raised) == 2 and shown.args[0].counts(K.REQUEST) == (1, 0, 1)


def test_overdue_counted_beyond_those_read_are_in_the_notification(
    qtbot, register, frozen_clock, watcher, tray, monkeypatch
):
    monkeypatch.setattr("dpo_desk.services.reminders.OVERDUE_READ", 2)
    for n in range(5):
        make_request(
            register,
            frozen_clock,
            f"Personne {n}",
            received=date(2026, 2, 10 + n),
            rights=(Right.RECTIFICATION,),
        )
    started(qtbot, watcher, register)
    ((_title, message),) = tray.messages
    assert message.startswith("Demandes de droits — 5 en retard : ")
    assert "et 3 autre" in message
    summary = watcher.show_summary()
    qtbot.addWidget(summary)
    assert summary.counts(K.REQUEST) == (5, 0, 0)
