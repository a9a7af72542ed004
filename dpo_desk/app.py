"""Desktop start-up: ``main([path])`` builds the QApplication and shows the first window.

Importing this module loads no Qt: the CLI's ``gui`` subcommand imports it lazily,
and every other command must run without Qt installed in the process.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from dpo_desk import APP_ID, APP_NAME, __version__


def start(argv: Sequence[str] | None = None):
    """Everything :func:`main` does before the event loop: returns (app, controller).

    The bench (bench/gui_probe.py) times this, up to the dashboard's first paint.
    """
    from dpo_desk.security.keystore import Keystore
    from dpo_desk.services import logs, startup
    from dpo_desk.services.preferences import Preferences

    # The rotating log in the user's log folder (services/logs.py: no personal data).
    logs.setup_file_log()
    prefs = Preferences.load()
    keystore = Keystore()
    # Before Qt, SQLAlchemy and the windows are imported (about half a second): when the
    # file about to reopen has a remembered passphrase, its key derivation starts now,
    # in a thread, and is ready by the time the main window asks for the register.
    early_args = list(argv) if argv is not None else sys.argv[1:]
    ahead = startup.unlock_ahead(startup.file_to_reopen(prefs, early_args), prefs, keystore)

    from dpo_desk.ui import crash, i18n, icons, style, warmup
    from dpo_desk.ui.controller import AppController

    # From a launcher, Qt may find its own options (-platform, -style) in sys.argv and
    # removes them; from the CLI, argv holds only the path, which is no business of Qt's.
    app = style.application(sys.argv if argv is None else sys.argv[:1])
    args = app.arguments()[1:] if argv is None else list(argv)
    path = Path(args[0]) if args else None

    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    # No applicationDisplayName: Qt would append it to every title, and the main
    # window's title already reads "DPO Desk — <file>".
    app.setApplicationVersion(__version__)
    # Matches packaging/linux/<APP_ID>.desktop: the desktop shows its icon and name.
    app.setDesktopFileName(APP_ID)
    # The controller quits when its last window goes (see controller.py for why).
    app.setQuitOnLastWindowClosed(False)
    # An error in a slot: a dialog with details to copy (none of them personal), and the
    # app goes on, instead of a traceback on a console Windows and macOS users never see.
    crash.install(app)
    logs.log_start(crash.qt_versions())

    # Before any widget exists: the layout direction (right-to-left in Arabic) and the
    # default locale are read when a widget is built.
    i18n.use_preferences(prefs)
    i18n.install_translators(app, prefs.language)
    style.apply_style(app)
    app.setWindowIcon(icons.icon("logo", style.ACCENT))

    controller = AppController(prefs, keystore)
    app.installEventFilter(controller)  # files opened from the macOS Finder
    # While a dialog waits for the passphrase (or the welcome screen for a choice), the
    # dashboard's modules are imported in the background, and its widgets built on the
    # idle main thread (ui/warmup.py, issue 25).
    warmup.enable(spare=controller.build_spare)
    controller.start(path, ahead)
    return app, controller


def main(argv: Sequence[str] | None = None) -> int:
    """Start the GUI; ``argv`` may hold one register path to open. Returns exec()'s code."""
    app, _controller = start(argv)
    code = app.exec()
    from dpo_desk.ui import i18n, warmup

    # The background imports end with the event loop: a thread still importing while
    # the interpreter finalises can crash it (and the spare dashboard goes with Qt).
    warmup.reset()
    # A language switch asked for a restart: every window has closed (registers locked,
    # files released) by the time exec() returns, so the new process can open them.
    if i18n.restart_requested():
        i18n.relaunch()
    return code
