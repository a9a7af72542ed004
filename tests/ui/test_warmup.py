"""The warm-up: modules imported while the unlock dialog waits for the passphrase."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest
import shiboken6
from PySide6.QtCore import Qt

from dpo_desk.security.keystore import Keystore
from dpo_desk.services.preferences import Preferences
from dpo_desk.ui import warmup
from dpo_desk.ui.main_window import MainWindow
from dpo_desk.ui.sections.dashboard import DashboardSection
from dpo_desk.ui.session import FileClaim
from dpo_desk.ui.unlock_dialog import UnlockDialog
from tests.conftest import TEST_PASSPHRASE

#: Two modules of the test's own, in a temporary folder: never imported before, so that
#: their presence in sys.modules shows the warm-up imported them.
PROBE = "dpo_warmup_probe"
GATED = "dpo_warmup_gated"


@pytest.fixture
def warm(monkeypatch, tmp_path):
    """The warm-up on, as app.start turns it on, with the probe modules on the path."""
    (tmp_path / f"{PROBE}.py").write_text("IMPORTED = True\n", encoding="utf-8")
    # Its import waits for the test's gate: the warm-up is still running when Enter comes.
    (tmp_path / f"{GATED}.py").write_text(
        "import builtins\nbuiltins._dpo_warmup_gate.wait(10)\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    warmup.reset()
    warmup.enable()
    yield
    warmup.reset()
    for name in (PROBE, GATED):
        sys.modules.pop(name, None)


def _dialog(qtbot, path):
    dialog = UnlockDialog(FileClaim(path), Preferences.load(), Keystore())
    qtbot.addWidget(dialog)
    return dialog


def test_the_warmup_starts_when_the_dialog_shows_and_imports_the_modules(
    qtbot, register, warm, monkeypatch
):
    register.close()
    monkeypatch.setattr(warmup, "MODULES", (*warmup.MODULES, PROBE))
    dialog = _dialog(qtbot, register.path)
    assert warmup.current() is None  # built, not shown: nothing started yet
    dialog.open()
    qtbot.waitExposed(dialog)
    started = warmup.current()
    assert started is not None
    qtbot.waitUntil(lambda: not started.running, timeout=30_000)
    assert started.complete and not started.stopped_early
    # Every listed module imported without error (a renamed module would be skipped
    # silently in the app; here it fails), and the probe proves it was this thread.
    assert started.done == list(warmup.MODULES)
    assert PROBE in sys.modules
    assert {
        "sqlalchemy",
        "dpo_desk.ui.sections.dashboard",
        "holidays.countries",
        "dpo_desk.ui.sections.requests",
    } <= set(sys.modules)
    # Once finished, showing a dialog again starts nothing new.
    assert warmup.start() is started
    dialog.reject()


def test_the_first_window_adopts_a_dashboard_built_while_the_dialog_waited(
    qtbot, register, warm, controller
):
    register.close()
    warmup.enable(spare=controller.build_spare)  # as app.start does
    dialog = _dialog(qtbot, register.path)  # not the controller's: a dashboard is built
    dialog.open()
    # The main thread builds it once the imports are done: widgets, no register.
    qtbot.waitUntil(lambda: warmup._spare is not None, timeout=30_000)
    spare = warmup._spare
    assert isinstance(spare, DashboardSection) and spare.register is None
    assert spare.parent() is None and not spare.isVisible()
    qtbot.keyClicks(dialog.form.passphrase, TEST_PASSPHRASE)
    with qtbot.waitSignal(dialog.opened, timeout=30_000) as signal:
        qtbot.keyClick(dialog.form.passphrase, Qt.Key.Key_Return)
    window = MainWindow(signal.args[0], Preferences.load(), Keystore())
    qtbot.addWidget(window)
    window.show()
    # The window's dashboard is the spare, now showing the register's figures.
    assert window.section("dashboard") is spare
    qtbot.waitUntil(lambda: spare.isVisible())
    assert spare.register is not None
    assert warmup._spare is None  # taken once: a second window builds its own
    window.close()


def test_the_controller_builds_the_window_ahead_and_enter_only_opens_it(
    qtbot, register, warm, controller
):
    path = register.path
    register.close()
    warmup.enable(spare=controller.build_spare)  # as app.start does
    controller.open_path(path)  # no remembered passphrase: the unlock dialog
    dialog = controller.active_dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.waitUntil(lambda: warmup._spare is not None, timeout=30_000)
    ahead = warmup._spare
    # The whole window, for this file, with no register, no claim, and not shown.
    assert isinstance(ahead, MainWindow) and ahead.path == path.absolute()
    assert ahead.register is None and ahead.claim is None and not ahead.isVisible()
    assert ahead.section("dashboard").register is None
    qtbot.keyClicks(dialog.form.passphrase, TEST_PASSPHRASE)
    with qtbot.waitSignal(controller.window_opened, timeout=30_000) as shown:
        qtbot.keyClick(dialog.form.passphrase, Qt.Key.Key_Return)
    window = shown.args[0]
    assert window is ahead and window.isVisible()
    assert window.register is not None and window.claim is not None and window.claim.held
    assert window.section("dashboard").register is window.register
    assert warmup._spare is None  # taken once
    # Locked and unlocked again: the window built ahead behaves as any other.
    window.lock()
    with qtbot.waitSignal(window.unlocked, timeout=30_000):
        qtbot.keyClicks(window.lock_form.passphrase, TEST_PASSPHRASE)
        window.lock_form.submit()
    window.close()
    assert not window.claim.held


def test_a_window_built_ahead_goes_with_its_cancelled_dialog(qtbot, register, warm, controller):
    path = register.path
    register.close()
    warmup.enable(spare=controller.build_spare)
    controller.open_path(path)
    dialog = controller.active_dialog
    qtbot.waitUntil(lambda: warmup._spare is not None, timeout=30_000)
    ahead = warmup._spare
    dialog.reject()
    assert warmup._spare is None
    qtbot.waitUntil(lambda: not shiboken6.isValid(ahead), timeout=5_000)  # deleted, not kept
    assert controller.welcome is not None and controller.welcome.isVisible()


def test_enter_during_the_warmup_unlocks_and_stops_it_at_a_module_boundary(
    qtbot, register, warm, monkeypatch
):
    register.close()
    gate = threading.Event()
    monkeypatch.setattr("builtins._dpo_warmup_gate", gate, raising=False)
    monkeypatch.setattr(warmup, "MODULES", (GATED, PROBE))
    dialog = _dialog(qtbot, register.path)
    dialog.open()
    running = warmup.current()
    assert running is not None and running.running  # held in GATED's import
    # Enter at once; the gated import finishes a moment later, as a slow import would.
    threading.Timer(0.2, gate.set).start()
    qtbot.keyClicks(dialog.form.passphrase, TEST_PASSPHRASE)
    with qtbot.waitSignal(dialog.opened, timeout=30_000) as signal:
        qtbot.keyClick(dialog.form.passphrase, Qt.Key.Key_Return)
    opened = signal.args[0]
    try:
        assert opened.register.is_open
        # The unlock waited for the module being imported, and the thread stopped there.
        assert not running.running and running.stopped_early
        assert running.done == [GATED]
        assert PROBE not in sys.modules
        # The next dialog (a lock screen, another file) picks up what was left.
        again = warmup.start()
        assert again is not None and again is not running
        qtbot.waitUntil(lambda: again.finished.is_set(), timeout=30_000)
        assert again.done == [PROBE] and PROBE in sys.modules
    finally:
        gate.set()
        opened.register.close()
        opened.claim.release()


def test_off_unless_the_app_turns_it_on(qtbot, register):
    register.close()
    warmup.reset()
    dialog = _dialog(qtbot, register.path)
    dialog.open()
    qtbot.waitExposed(dialog)
    assert warmup.current() is None
    dialog.reject()


def test_the_listed_modules_import_off_the_main_thread_without_making_qt_objects(tmp_path):
    """In a fresh process, as in the app: the QApplication on the main thread, MODULES
    imported by the warm-up's thread. No widget appears and Qt reports no object made
    or timer started in the wrong thread (either would mean a module builds Qt objects
    when imported, which only the main thread may do)."""
    script = tmp_path / "warm.py"
    script.write_text(
        "import sys, threading\n"
        "from PySide6.QtCore import qInstallMessageHandler\n"
        "from PySide6.QtWidgets import QApplication\n"
        "messages = []\n"
        "qInstallMessageHandler(lambda kind, context, text: messages.append(text))\n"
        "app = QApplication([])\n"
        "before = set(sys.modules)\n"
        "from dpo_desk.ui.warmup import MODULES, Warmup\n"
        "warm = Warmup()\n"
        "warm.start()\n"
        "warm.thread.join(120)\n"
        "assert warm.complete, warm.done\n"
        "assert warm.done == list(MODULES), set(MODULES) - set(warm.done)\n"
        "from dpo_desk.storage.first_reads import FIRST_READS\n"
        "assert warm.reads == len(FIRST_READS), warm.reads  # and the SQL compiled\n"
        "assert not QApplication.allWidgets(), QApplication.allWidgets()\n"
        "assert not messages, messages\n"
        "print('new modules', len(set(sys.modules) - before))\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, str(script)],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    # The pass did the work (SQLAlchemy, the holidays calendars, reportlab, the sections).
    assert int(done.stdout.split()[-1]) > 300


def test_a_lock_screen_warms_up_but_builds_no_spare_dashboard(qtbot, register, warm, controller):
    register.close()
    warmup.enable(spare=controller.build_spare)
    dialog = UnlockDialog(FileClaim(register.path), controller.prefs, controller.keystore)
    dialog.opened.connect(controller._show_main)
    controller._run(dialog)
    # Enter before the warm-up ends: no spare, the window builds its own dashboard.
    qtbot.keyClicks(dialog.form.passphrase, TEST_PASSPHRASE)
    with qtbot.waitSignal(controller.window_opened, timeout=30_000):
        qtbot.keyClick(dialog.form.passphrase, Qt.Key.Key_Return)
    assert warmup._spare is None
    # The window's lock page shows the unlock form again: the warm-up goes on with what
    # was left (a window opened from a remembered passphrase never showed a dialog)...
    assert warmup.start() is not None
    qtbot.waitUntil(warmup.all_done, timeout=30_000)
    # ...but builds no dashboard: the window has its own.
    assert warmup._spare is None
    assert controller.build_spare() is None
