"""The idle lock: fires once after the limit, input resets it, 0 disables, resume is seen."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from dpo_desk.domain.clock import FixedClock
from dpo_desk.ui.idle import IdleWatcher


def _clock():
    return FixedClock(datetime(2026, 4, 10, 9, 0, tzinfo=UTC))


def test_fires_once_after_the_limit(qtbot):
    clock = _clock()
    watcher = IdleWatcher(clock, minutes=5, check_interval_ms=10)
    watcher.start()
    fired = []
    watcher.idle.connect(lambda: fired.append(clock.now()))
    clock.advance(timedelta(minutes=4, seconds=59))
    watcher.check()
    assert fired == []
    clock.advance(timedelta(seconds=1))
    with qtbot.waitSignal(watcher.idle, timeout=2000):
        pass  # the watcher's own timer notices
    watcher.check()
    assert len(fired) == 1
    watcher.stop()


def test_input_anywhere_resets_the_count(qtbot):
    clock = _clock()
    watcher = IdleWatcher(clock, minutes=5, check_interval_ms=60_000)
    watcher.start()
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    clock.advance(timedelta(minutes=4))
    qtbot.keyClick(field, Qt.Key.Key_A)  # through the application's event filter
    clock.advance(timedelta(minutes=4))
    with qtbot.assertNotEmitted(watcher.idle):
        watcher.check()
    clock.advance(timedelta(minutes=1))
    with qtbot.waitSignal(watcher.idle, timeout=500):
        watcher.check()
    watcher.stop()


def test_zero_disables(qtbot):
    clock = _clock()
    watcher = IdleWatcher(clock, minutes=0)
    watcher.start()
    clock.advance(timedelta(hours=10))
    with qtbot.assertNotEmitted(watcher.idle):
        watcher.check()
    watcher.stop()


def test_a_long_sleep_locks_on_the_first_check(qtbot):
    # The machine slept: no timer ran, but the wall clock moved on by an hour.
    clock = _clock()
    watcher = IdleWatcher(clock, minutes=5, check_interval_ms=60_000)
    watcher.start()
    clock.advance(timedelta(hours=1))
    with qtbot.waitSignal(watcher.idle, timeout=500):
        watcher._state_changed(Qt.ApplicationState.ApplicationActive)
    watcher.stop()


def test_stopped_watcher_never_fires(qtbot):
    clock = _clock()
    watcher = IdleWatcher(clock, minutes=1)
    watcher.start()
    watcher.stop()
    clock.advance(timedelta(minutes=5))
    with qtbot.assertNotEmitted(watcher.idle):
        watcher.check()
