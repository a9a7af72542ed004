"""The main window's lock, the per-file lock, the clipboard, the File menu."""

from __future__ import annotations

import subprocess
import sys
import threading

import keyring
import keyring.backend
import keyring.errors
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from dpo_desk.ui import clipboard
from dpo_desk.ui.create_dialog import CreateRegisterDialog
from dpo_desk.ui.session import FileClaim, RegisterInUse
from dpo_desk.ui.unlock_dialog import UnlockDialog
from tests.conftest import TEST_PASSPHRASE
from tests.ui.conftest import create_through_welcome

HOLD_LOCK = """
import sys
from PySide6.QtCore import QCoreApplication, QLockFile
app = QCoreApplication([])
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
print("locked" if lock.tryLock(0) else "refused", flush=True)
sys.stdin.readline()
"""


@pytest.fixture
def other_process(register):
    """Another DPO Desk process holding the register's lock file."""
    register.close()
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(register.path) + ".lock"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "locked"
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.wait()


def test_a_file_open_in_another_process_is_refused_by_name(
    qtbot, controller, register, other_process
):
    controller.open_path(register.path)
    dialog = controller.active_dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.addWidget(dialog)
    message = dialog.form.message.text()
    assert message.startswith("Le registre registre.dpodesk est déjà ouvert par DPO Desk")
    assert f"processus {other_process.pid}" in message
    # Typing the right passphrase does not get past the other process.
    qtbot.keyClicks(dialog.form.passphrase, TEST_PASSPHRASE)
    qtbot.mouseClick(dialog.form.unlock_button, Qt.MouseButton.LeftButton)
    assert controller.windows == [] and dialog.isVisible()
    assert "déjà ouvert" in dialog.form.message.text()

    # The other process crashes: its lock is stale (dead PID), and the retry succeeds.
    other_process.kill()
    other_process.wait()
    with qtbot.waitSignal(controller.window_opened) as signal:
        qtbot.mouseClick(dialog.form.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.addWidget(signal.args[0])
    assert signal.args[0].claim.held


def test_the_window_holds_the_lock_until_it_closes(qtbot, controller, save_path):
    window = create_through_welcome(qtbot, controller)
    lock_file = save_path.with_name("registre.dpodesk.lock")
    assert lock_file.exists()
    with pytest.raises(RegisterInUse) as refused:
        FileClaim(save_path).acquire()
    assert "registre.dpodesk" in refused.value.message()
    window.lock()
    with pytest.raises(RegisterInUse):  # locked, the window still owns its file
        FileClaim(save_path).acquire()
    window.close()
    assert not lock_file.exists()
    claim = FileClaim(save_path)
    claim.acquire()
    claim.release()


def test_opening_an_open_file_again_raises_its_window(qtbot, controller, save_path, monkeypatch):
    window = create_through_welcome(qtbot, controller)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(save_path), ""))
    )
    window.open_action.trigger()
    assert controller.active_dialog is None
    assert controller.windows == [window]


def test_file_menu_new_and_open_use_the_same_dialogs(
    qtbot, controller, save_path, tmp_path, monkeypatch
):
    window = create_through_welcome(qtbot, controller)
    window.new_action.trigger()
    assert isinstance(controller.active_dialog, CreateRegisterDialog)
    assert controller.active_dialog.parent() is window
    controller.active_dialog.reject()

    other = tmp_path / "autre.dpodesk"
    other.write_bytes(b"")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(other), ""))
    )
    window.open_action.trigger()
    dialog = controller.active_dialog
    assert isinstance(dialog, UnlockDialog)
    assert dialog.form.message.text() == (
        "autre.dpodesk n'est pas un registre DPO Desk : le fichier est vide."
    )
    dialog.reject()
    assert not window.is_locked  # nothing happened to the open register


def test_lock_waits_for_a_write_to_finish(qtbot, controller, save_path):
    window = create_through_welcome(qtbot, controller)
    register = window.register
    with register.write():
        assert window.lock() is False
        assert not window.is_locked and register.is_open
        assert "Enregistrement en cours" in window.statusBar().currentMessage()
    # The retry timer locks once the write is over.
    qtbot.waitUntil(lambda: window.is_locked, timeout=2000)
    assert not register.is_open


def test_the_days_backup_runs_in_a_worker_and_a_lock_waits_for_it(
    qtbot, controller, save_path, monkeypatch
):
    from dpo_desk.services import maintenance
    from dpo_desk.storage.maintenance import daily_backups

    release = threading.Event()
    real = maintenance.daily_backup_if_due
    ran_on = []

    def held_backup(register, clock=None):
        ran_on.append(threading.current_thread())
        release.wait(10)
        return real(register, clock)

    monkeypatch.setattr(maintenance, "daily_backup_if_due", held_backup)
    window = create_through_welcome(qtbot, controller, wait_backup=False)
    register = window.register
    qtbot.waitUntil(lambda: bool(ran_on), timeout=5000)
    assert ran_on[0] is not threading.main_thread()
    # The window is usable meanwhile; a lock is deferred, never done under the copy.
    assert window.pages.currentWidget() is window.workspace
    assert window.lock() is False
    assert register.is_open
    release.set()
    qtbot.waitUntil(lambda: window.is_locked, timeout=10_000)
    assert not register.is_open
    assert [day for day, _path in daily_backups(save_path)] != []
    # Once made, the next unlock of the day starts no worker at all.
    task = window.daily_backup_task
    with qtbot.waitSignal(window.unlocked):
        qtbot.keyClicks(window.lock_form.passphrase, TEST_PASSPHRASE)
        window.lock_form.submit()
    assert window.daily_backup_task is task
    assert len(ran_on) == 1


def test_lock_clears_what_the_app_copied_but_not_the_users_clipboard(qtbot, controller, save_path):
    window = create_through_welcome(qtbot, controller)
    settings = window.section("settings")
    clip = QGuiApplication.clipboard()

    qtbot.mouseClick(settings.copy_uuid_button, Qt.MouseButton.LeftButton)
    assert clip.text() == window.register.register_uuid
    window.lock()
    assert clip.text() == ""

    qtbot.keyClicks(window.lock_form.passphrase, TEST_PASSPHRASE)
    with qtbot.waitSignal(window.unlocked):
        window.lock_form.submit()
    clipboard.copy_text(window.register.register_uuid)
    clip.setText("copié depuis un autre programme")
    window.lock()
    assert clip.text() == "copié depuis un autre programme"


def test_sections_shortcuts_are_off_while_locked(qtbot, controller, save_path):
    window = create_through_welcome(qtbot, controller)
    window.section_actions[1].trigger()
    assert window.navigation.currentRow() == 1
    window.lock()
    assert not window.lock_action.isEnabled()
    assert not any(action.isEnabled() for action in window.section_actions)
    window.show_section_at(3)
    assert window.navigation.currentRow() == 1


def test_sections_are_built_on_first_visit_and_follow_the_lock(qtbot, controller, save_path):
    window = create_through_welcome(qtbot, controller)
    # At unlock only the dashboard exists, and it has the register.
    assert [s.key for s in window.built_sections()] == ["dashboard"]
    assert window.section("dashboard").register is window.register
    assert window.navigation.count() == 7

    # A click in the navigation (Ctrl+2 here) builds Demandes, shows it, gives it the file.
    window.section_actions[1].trigger()
    requests_section = window.stack.currentWidget()
    assert requests_section.key == "requests"
    assert requests_section.register is window.register
    assert [s.key for s in window.built_sections()] == ["dashboard", "requests"]

    # Locking clears the built sections; one built while locked has nothing either.
    window.lock()
    assert all(s.register is None for s in window.built_sections())
    journal = window.section("journal")
    assert journal.register is None
    with qtbot.waitSignal(window.unlocked):
        qtbot.keyClicks(window.lock_form.passphrase, TEST_PASSPHRASE)
        window.lock_form.submit()
    assert all(s.register is window.register for s in window.built_sections())
    assert journal.register is window.register

    # Built late, Paramètres is still wired to the window: its auto-lock delay applies.
    card = window.section("settings").auto_lock
    card.minutes.setValue(9)
    with qtbot.waitSignal(card.changed):
        card.save_button.click()
    assert window.idle.minutes == 9


STARTUP_IMPORTS = """
import sys
import dpo_desk.ui.main_window, dpo_desk.ui.sections.dashboard
import dpo_desk.ui.records.dashboard_card, dpo_desk.ui.breaches.dashboard_panel
heavy = ["openpyxl", "holidays", "reportlab", "pypdfium2", "PIL", "alembic"]
heavy += [f"dpo_desk.ui.sections.{name}" for name in (
    "requests", "breaches", "processing", "processors", "journal", "settings", "register_base"
)]
print(" ".join(name for name in heavy if name in sys.modules))
"""


def test_the_window_and_its_dashboard_import_no_other_section_nor_heavy_package():
    # Start-up time (issue 10): these load when a section or an action first needs them.
    done = subprocess.run(
        [sys.executable, "-c", STARTUP_IMPORTS], capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == []


def test_quit_closes_every_window_and_lets_the_files_go(qtbot, controller, save_path, quits):
    window = create_through_welcome(qtbot, controller)
    register, claim = window.register, window.claim
    window.quit_action.trigger()
    assert quits == [True]
    assert controller.windows == []
    assert not register.is_open and not claim.held


class RefusingKeyring(keyring.backend.KeyringBackend):
    """A keyring that exists but refuses to store (a locked desktop keychain)."""

    priority = 5

    def get_password(self, service, username):
        return None

    def set_password(self, service, username, password):
        raise keyring.errors.PasswordSetError("locked")

    def delete_password(self, service, username):
        raise keyring.errors.PasswordDeleteError(username)


def test_a_refused_keyring_is_reported_not_hidden(qtbot, controller, save_path):
    keyring.set_keyring(RefusingKeyring())
    window = create_through_welcome(qtbot, controller, remember=True)
    assert "n'a pas pu être confiée au trousseau" in window.statusBar().currentMessage()
    assert controller.prefs.remember_passphrase[window.register.register_uuid] is False
