"""Locking the desktop session locks the register window."""

from __future__ import annotations

from dpo_desk.ui.screen_lock import ScreenLockWatcher
from tests.ui.conftest import create_through_welcome


def test_screen_saver_active_locks_the_window(qtbot, controller, save_path):
    window = create_through_welcome(qtbot, controller)
    assert not window.is_locked
    with qtbot.waitSignal(window.locked, timeout=5000):
        window.screen_lock.on_active_changed(True)
    assert window.is_locked and window.register is None


def test_screen_saver_ending_does_not_unlock_anything(qtbot):
    watcher = ScreenLockWatcher()
    with qtbot.assertNotEmitted(watcher.screen_locked):
        watcher.on_active_changed(False)
    with qtbot.waitSignal(watcher.screen_locked, timeout=1000):
        watcher.on_active_changed(True)


def test_no_session_bus_is_harmless(qtbot, monkeypatch, caplog):
    # CI has no session bus: the watcher just does not listen, and says so in the log.
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    import logging

    caplog.set_level(logging.DEBUG, logger="dpo_desk.ui.screen_lock")
    watcher = ScreenLockWatcher()
    assert watcher.listening in (True, False)  # the process-wide bus may already exist
    if not watcher.listening:
        assert "screen-lock signal" in caplog.text
