"""One GUI measurement in a fresh process, for bench/run.py (prints one JSON line).

    BENCH_T0=<time.time() of the parent just before spawning>
    DPO_DESK_PASSPHRASE=<passphrase> python bench/gui_probe.py MODE REGISTER

MODE is one of:

``remember`` set-up, not timed: the file is recorded in the preferences as last used,
             with its passphrase remembered (the probe's keyring, probe_keyring.py,
             gives the bench passphrase).
``app``      unlock to dashboard: the app's own start-up (``dpo_desk.app.start``, what
             ``dpo-desk gui`` runs before its event loop) reopening the last file with
             its remembered passphrase, until the dashboard section's first paint.
``typed``    the unlock that follows a typed passphrase: the modules, preferences,
             translators and style loaded as app.start does (the background warm-up
             enabled, ui/warmup.py), the unlock dialog built and run by the
             controller as its open_path does; then the DPO "types" (``typing``:
             until the warm-up has finished, its imports, its compiled SQL and the
             main window built ahead for the file, at most TYPING_SECONDS, as a
             person needs a second or two to type a passphrase); then, timed from
             Enter (``after_passphrase``), the form's own unlock (claim, key
             derivation, schema check, seal, preferences), the window opened and
             shown by the controller, to the dashboard's first paint.
``bare``     the baseline: PySide6 imported, a QApplication, the same file opened with
             sqlcipher3 + PRAGMA key (the same KDF) and sqlite_master read, a QMainWindow
             with a label shown, until its first paint (``after_passphrase``: from the
             connect to the paint).
``memory``   the app as above, then the Demandes list opened and scrolled to its last
             row; prints the process's peak RSS.

Times are seconds since BENCH_T0, so the interpreter's own start-up counts.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

T0 = float(os.environ.get("BENCH_T0", time.time()))
#: The longest the ``typed`` probe waits between the dialog's first paint and Enter: a
#: short passphrase typed briskly. The warm-up usually ends well before.
TYPING_SECONDS = 2.0


def _since_start() -> float:
    return time.time() - T0


def _first_paint(app, widget) -> float:
    """Process events until ``widget`` has painted once; the time since start then."""
    from PySide6.QtCore import QEvent, QObject

    painted: list[float] = []

    class Watch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(_since_start())
            return False

    watch = Watch()
    widget.installEventFilter(watch)
    deadline = time.monotonic() + 60
    while not painted and time.monotonic() < deadline:
        app.processEvents()
    widget.removeEventFilter(watch)
    if not painted:
        raise SystemExit(f"{type(widget).__name__} never painted")
    return painted[0]


def bare(path: str, passphrase: str) -> dict:
    import sqlcipher3
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    unlock_started = _since_start()
    conn = sqlcipher3.connect(path)
    conn.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    window = QMainWindow()
    window.setCentralWidget(QLabel("DPO Desk"))
    window.resize(1180, 760)
    window.show()
    seconds = _first_paint(app, window.centralWidget())
    conn.close()
    return {"seconds": seconds, "after_passphrase": seconds - unlock_started}


def _open_app(path: str, passphrase: str):
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from dpo_desk import APP_NAME
    from dpo_desk.security.keystore import Keystore
    from dpo_desk.services.preferences import Preferences
    from dpo_desk.ui import i18n, style
    from dpo_desk.ui.main_window import MainWindow
    from dpo_desk.ui.session import FileClaim, Opened, unlock

    # As app.main() does before any widget exists.
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    prefs = Preferences.load()
    i18n.use_preferences(prefs)
    i18n.install_translators(app, prefs.language)
    style.apply_style(app)
    # As the controller does once the unlock dialog has a passphrase.
    # Everything above is done before the unlock dialog shows; from here on is what the
    # DPO waits for once the passphrase is typed.
    keystore = Keystore()
    unlock_started = _since_start()
    claim = FileClaim(Path(path))
    opened = Opened(unlock(claim, passphrase), claim)
    window = MainWindow(opened, prefs, keystore)
    window.show()
    return app, window, unlock_started


def remember(path: str, passphrase: str) -> dict:
    from pathlib import Path

    from dpo_desk.services.preferences import Preferences
    from dpo_desk.storage.database import open_register

    register = open_register(Path(path), passphrase)
    prefs = Preferences.load()
    prefs.touch(register.path, register.register_uuid)
    prefs.remember_passphrase[register.register_uuid] = True
    prefs.save()
    register.close()
    return {"remembered": True}


def app_probe(path: str, passphrase: str) -> dict:
    from dpo_desk.app import start

    app, controller = start([])  # no path: the last file, as a workstation reopens it
    if not controller.windows:
        raise SystemExit("the remembered passphrase did not open the register")
    window = controller.windows[0]
    seconds = _first_paint(app, window.section("dashboard"))
    window.close()
    return {"seconds": seconds}


def typed(path: str, passphrase: str) -> dict:
    from pathlib import Path

    from dpo_desk import APP_NAME
    from dpo_desk.security.keystore import Keystore
    from dpo_desk.services.preferences import Preferences
    from dpo_desk.ui import i18n, style, warmup
    from dpo_desk.ui.controller import AppController
    from dpo_desk.ui.session import FileClaim
    from dpo_desk.ui.unlock_dialog import UnlockDialog

    # As app.start() does before any widget exists.
    app = style.application(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    prefs = Preferences.load()
    i18n.use_preferences(prefs)
    i18n.install_translators(app, prefs.language)
    style.apply_style(app)
    keystore = Keystore()
    controller = AppController(prefs, keystore, quit_app=lambda: None)
    warmup.enable(spare=controller.build_spare)  # as app.start does
    # As the controller's open_path does for a file without a remembered passphrase.
    dialog = UnlockDialog(FileClaim(Path(path)), prefs, keystore)
    dialog.opened.connect(controller._show_main)
    controller._run(dialog)
    windows = controller.windows
    _first_paint(app, dialog)
    # The DPO types the passphrase: the event loop idles, the warm-up imports in its
    # thread, then the main thread builds the spare dashboard.
    typing_started = time.monotonic()
    while time.monotonic() - typing_started < TYPING_SECONDS and not warmup.all_done():
        app.processEvents()
        time.sleep(0.005)  # the event loop waiting for a key, without spinning
    typing = time.monotonic() - typing_started
    pass_ = warmup.current()
    ready = warmup.all_done()
    dialog.form.passphrase.setText(passphrase)
    unlock_started = _since_start()
    dialog.form.submit()  # Enter
    if not windows:
        raise SystemExit(f"the unlock failed: {dialog.form.message.text()}")
    seconds = _first_paint(app, windows[0].section("dashboard"))
    windows[0].close()
    return {
        "seconds": seconds,
        "after_passphrase": seconds - unlock_started,
        "typing": typing,
        "warmup_finished": pass_ is not None and pass_.complete,
        "warmup_ready": ready,
    }


def memory(path: str, passphrase: str) -> dict:
    app, window, _unlock_started = _open_app(path, passphrase)
    _first_paint(app, window.section("dashboard"))
    window.show_section("requests")
    section = window.section("requests")
    table = section.table
    app.processEvents()
    rows = table.model().rowCount()
    # Scroll to the end as a user dragging the scroll bar would: each step paints the
    # rows in view (repaint() paints now), so the model fetches and caches their pages.
    bar = table.verticalScrollBar()
    for step in range(0, 21):
        bar.setValue(bar.maximum() * step // 20)
        table.viewport().repaint()
        app.processEvents()
    table.scrollToBottom()
    table.viewport().repaint()
    app.processEvents()
    last = table.model().index(rows - 1, 1).data() if rows else None
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    window.close()
    return {"peak_mb": peak_kib / 1024, "rows": rows, "last_row_shown": last is not None}


def main() -> int:
    mode, path = sys.argv[1], sys.argv[2]
    passphrase = os.environ["DPO_DESK_PASSPHRASE"]
    probe = {
        "remember": remember,
        "app": app_probe,
        "typed": typed,
        "bare": bare,
        "memory": memory,
    }[mode]
    print(json.dumps(probe(path, passphrase)))
    sys.stdout.flush()
    # Skip PySide6's slow and sometimes crashing interpreter teardown: the figure is out.
    os._exit(0)


if __name__ == "__main__":
    raise SystemExit(main())
