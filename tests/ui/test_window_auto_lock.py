"""The main window locks itself after the register's idle delay, and backs up daily."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from dpo_desk.domain.clock import FixedClock
from dpo_desk.services import register_file
from tests.ui.conftest import create_through_welcome


def test_idle_delay_locks_the_window_and_drops_the_data(qtbot, controller, save_path):
    window = create_through_welcome(qtbot, controller)
    assert window.idle.active and window.idle.minutes == 5
    clock = FixedClock(datetime(2026, 4, 10, 9, 0, tzinfo=UTC))
    window.idle.clock = clock
    window.idle.touch()
    clock.advance(timedelta(minutes=4))
    window.idle.check()
    assert not window.is_locked
    clock.advance(timedelta(minutes=1))
    with qtbot.waitSignal(window.locked, timeout=2000):
        window.idle.check()
    assert window.is_locked and window.register is None
    assert not window.idle.active  # nothing to guard while locked
    assert "sans activité" in window.statusBar().currentMessage()


def test_zero_minutes_in_the_register_disables_it(qtbot, controller, save_path):
    window = create_through_welcome(qtbot, controller)
    register_file.set_auto_lock_minutes(window.register, 0)
    window.lock()
    from tests.conftest import TEST_PASSPHRASE

    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        qtbot.keyClicks(window.lock_form.passphrase, TEST_PASSPHRASE)
        window.lock_form.submit()
    assert window.idle.minutes == 0
    window.idle.clock = FixedClock(datetime(2030, 1, 1, tzinfo=UTC))
    with qtbot.assertNotEmitted(window.locked):
        window.idle.check()


def test_first_unlock_of_the_day_leaves_an_encrypted_backup(qtbot, controller, save_path):
    create_through_welcome(qtbot, controller)
    folder = save_path.parent / f"{save_path.stem}-sauvegardes"
    copies = list(folder.glob("*.dpodesk"))
    assert len(copies) == 1
    assert not copies[0].read_bytes().startswith(b"SQLite format 3")


def test_delay_set_in_parametres_applies_at_once_and_persists(qtbot, controller, save_path):
    window = create_through_welcome(qtbot, controller)
    card = window.section("settings").auto_lock
    assert card.minutes.value() == 5 and card.save_button.isEnabled()
    card.minutes.setValue(12)
    with qtbot.waitSignal(card.changed):
        card.save_button.click()
    assert window.idle.minutes == 12
    assert register_file.auto_lock_minutes(window.register) == 12
    assert card.message.tone == "success"
    window.lock()
    assert not card.minutes.isEnabled()  # nothing to show or change while locked
