"""Which window shows what: the first-run window, the dialogs, one main window per file.

The controller owns the application's lifetime too: it quits when the last window
goes, rather than relying on Qt's quit-on-last-window-closed, which also fires in the
instant between a closing dialog and the window it opens.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import platformdirs
from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from dpo_desk.domain.errors import UserError
from dpo_desk.security.keystore import Keystore
from dpo_desk.services.preferences import Preferences
from dpo_desk.services.read_model import KeyAhead
from dpo_desk.ui import session, warmup
from dpo_desk.ui.create_dialog import CreateRegisterDialog
from dpo_desk.ui.i18n import error_text
from dpo_desk.ui.main_window import MainWindow
from dpo_desk.ui.session import FileClaim, Opened
from dpo_desk.ui.unlock_dialog import UnlockDialog
from dpo_desk.ui.welcome import WelcomeWindow
from dpo_desk.ui.widgets import busy

#: the demo register's passphrase, as `make demo` sets it (Makefile, README): fictitious
#: data only, so a known passphrase, shown to the user in the unlock dialog
DEMO_PASSPHRASE = "demo-passphrase-2026"


def demo_path() -> Path:
    """Where the demo register lives: the user's data folder, where `make demo` puts it
    (~/.local/share/dpo-desk/demo.dpodesk on Linux)."""
    return platformdirs.user_data_path("dpo-desk", appauthor=False) / "demo.dpodesk"


class AppController(QObject):
    window_opened = Signal(object)  # MainWindow

    def __init__(
        self,
        prefs: Preferences | None = None,
        keystore: Keystore | None = None,
        quit_app: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self.prefs = prefs if prefs is not None else Preferences.load()
        self.keystore = keystore if keystore is not None else Keystore()
        self._quit_app = quit_app or QApplication.quit
        self.windows: list[MainWindow] = []
        self._retired: list[MainWindow] = []
        self.welcome: WelcomeWindow | None = None
        self.active_dialog: QDialog | None = None
        self._quitting = False
        self._quit_sent = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt override
        """macOS hands a double-clicked ``.dpodesk`` file to the running app as a
        FileOpen event (the bundle's document type, build.spec), not on the command line."""
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            if event.file():
                self.open_path(Path(event.file()))
                return True
        return super().eventFilter(watched, event)

    # -- start-up ---------------------------------------------------------------------
    def start(self, path: Path | None = None, ahead: KeyAhead | None = None) -> None:
        """Open ``path`` if given, else reopen the last file if it is still there.

        ``ahead``: that file's key, derived since the process started (app.start); what
        is not used here is closed.
        """
        try:
            if path is not None:
                self.open_path(path, ahead=ahead)
                return
            last = self.prefs.last_path
            if last is not None and last.is_file():
                self.open_path(last, ahead=ahead)
            else:
                self.show_welcome()
        finally:
            if ahead is not None:
                ahead.discard()

    def show_welcome(self) -> WelcomeWindow:
        # The DPO reads the welcome screen: time to import what opening a file needs.
        warmup.start()
        if self.welcome is None:
            self.welcome = WelcomeWindow(self.prefs)
            self.welcome.create_requested.connect(lambda: self.new_register(self.welcome))
            self.welcome.open_requested.connect(lambda: self.choose_and_open(self.welcome))
            self.welcome.demo_requested.connect(lambda: self.open_demo(self.welcome))
            self.welcome.recent_chosen.connect(lambda path: self.open_path(path, self.welcome))
            self.welcome.closed.connect(self._maybe_quit)
        self.welcome.refresh()
        self.welcome.show()
        self.welcome.raise_()
        self.welcome.activateWindow()
        return self.welcome

    # -- the File menu's actions ------------------------------------------------------
    def new_register(self, parent: QWidget | None = None) -> None:
        if self._dialog_pending():
            return
        warmup.settle()  # creating imports too: one importing thread at a time
        dialog = CreateRegisterDialog(self.prefs, self.keystore, parent)
        dialog.created.connect(self._show_main)
        self._run(dialog)

    def choose_and_open(self, parent: QWidget | None = None) -> None:
        if self._dialog_pending():
            return
        last = self.prefs.last_path
        start = (
            str(last.parent)
            if last is not None
            else QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        chosen, _filter = QFileDialog.getOpenFileName(
            parent,
            self.tr("Ouvrir un registre"),
            start,
            self.tr("Registres DPO Desk (*.dpodesk);;Tous les fichiers (*)"),
        )
        if chosen:
            self.open_path(Path(chosen), parent)

    def open_demo(self, parent: QWidget | None = None) -> None:
        """The welcome screen's "Essayer la démo": build the demo register on first use
        (as `dpo-desk demo` does), then open it, the unlock dialog giving its passphrase."""
        if self._dialog_pending():
            return
        path = demo_path()
        warmup.settle()  # building the demo imports its modules: one thread at a time
        if not path.is_file():
            from dpo_desk.services.demo import build_demo  # its data files: loaded on demand

            try:
                with busy():
                    path.parent.mkdir(parents=True, exist_ok=True)
                    build_demo(path, DEMO_PASSPHRASE).close()
            except UserError as error:
                QMessageBox.warning(parent, self.tr("Démonstration"), error_text(error))
                return
            except OSError:
                QMessageBox.warning(
                    parent,
                    self.tr("Démonstration"),
                    self.tr(
                        "Le registre de démonstration n'a pas pu être créé dans {folder}."
                    ).format(folder=path.parent),
                )
                return
        notice = self.tr(
            "Registre de démonstration, aux données fictives : sa phrase secrète est "
            "« {passphrase} »."
        ).format(passphrase=DEMO_PASSPHRASE)
        self.open_path(path, parent, notice=notice)

    def open_path(
        self,
        path: Path,
        parent: QWidget | None = None,
        ahead: KeyAhead | None = None,
        notice: str | None = None,
    ) -> None:
        """Show ``path``: its window if one is open, else unlock it (silently if remembered).
        ``notice``: a line the unlock dialog shows (the demo's passphrase)."""
        if self._dialog_pending():
            return
        path = Path(path).expanduser().absolute()
        existing = self.window_for(path)
        if existing is not None:
            # The same user in the same app: bring the window forward, no error needed.
            existing.showNormal()
            existing.raise_()
            existing.activateWindow()
            return
        with busy():
            # Opening imports: the warm-up stops first (it restarts with the dialog).
            warmup.settle()
            opened, refused = session.try_remembered(path, self.prefs, self.keystore, ahead)
        if opened is not None:
            self._show_main(opened)
            return
        if refused:
            notice = self.tr("La phrase secrète mémorisée n'ouvre plus ce registre : saisissez-la.")
        dialog = UnlockDialog(FileClaim(path), self.prefs, self.keystore, parent, notice=notice)
        dialog.opened.connect(self._show_main)
        self._run(dialog)

    def build_spare(self) -> QWidget | None:
        """For the warm-up (ui/warmup.py), while the main thread waits for the user:
        with an unlock dialog up, the main window for its file, with no register (Enter
        then only opens it: 40-60 ms less to wait); elsewhere, a dashboard the first
        window adopts. None once a window exists (it has its own dashboard)."""
        if self.windows:
            return None
        dialog = self.active_dialog
        if isinstance(dialog, UnlockDialog) and dialog.isVisible():
            return MainWindow(None, self.prefs, self.keystore, path=dialog.form.claim.path)
        from dpo_desk.ui.sections import build_dashboard

        return build_dashboard()

    @staticmethod
    def _drop_spare_window() -> None:
        """A window built ahead that no unlock will open goes now, not at exit; a spare
        dashboard stays for the next window."""
        spare = warmup.take_spare(lambda built: isinstance(built, MainWindow))
        if spare is not None:
            spare.close()
            spare.deleteLater()

    def window_for(self, path: Path) -> MainWindow | None:
        path = Path(path).absolute()
        return next((window for window in self.windows if window.path == path), None)

    def quit_all(self) -> None:
        """Close every window (each one locks and lets its file go), then quit."""
        self._quitting = True
        if self.active_dialog is not None:
            self.active_dialog.reject()
        if self.welcome is not None:
            self.welcome.hide()
        for window in list(self.windows):
            window.close()
        self._maybe_quit()

    # -- plumbing ---------------------------------------------------------------------
    def _dialog_pending(self) -> bool:
        """One dialog at a time: a second click while one is open brings it forward."""
        if self.active_dialog is not None and self.active_dialog.isVisible():
            self.active_dialog.raise_()
            self.active_dialog.activateWindow()
            return True
        return False

    def _run(self, dialog: CreateRegisterDialog | UnlockDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.active_dialog = dialog
        dialog.finished.connect(lambda _result, d=dialog: self._dialog_finished(d))
        # open(), not exec(): no nested event loop, and tests can drive the dialog.
        dialog.open()

    def _dialog_finished(self, dialog: CreateRegisterDialog | UnlockDialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None
        if dialog.result_opened is not None:
            return  # the window it opened takes over
        self._drop_spare_window()  # built for the file whose dialog was cancelled
        welcome_shown = self.welcome is not None and self.welcome.isVisible()
        if not self.windows and not welcome_shown and not self._quitting:
            # Cancelled at start-up (the last file's dialog): offer the other choices.
            self.show_welcome()

    def _show_main(self, opened: Opened) -> None:
        warmup.settle()
        path = opened.claim.path
        spare = warmup.take_spare(
            lambda built: (
                isinstance(built, MainWindow) and built.path == path and built.claim is None
            )
        )
        if isinstance(spare, MainWindow):
            window = spare
            window.open(opened)
        else:
            self._drop_spare_window()  # built for another file: this one is built now
            window = MainWindow(opened, self.prefs, self.keystore)
        # Bound methods, not lambdas holding the window: no reference cycle keeps a
        # closed window (and its widgets' buffers) alive until the garbage collector runs.
        window.new_requested.connect(self._new_from_window)
        window.open_requested.connect(self._open_from_window)
        window.open_path_requested.connect(lambda path, w=window: self.open_path(Path(path), w))
        window.quit_requested.connect(self.quit_all)
        window.closed.connect(self._window_closed)
        self.windows.append(window)
        window.show()
        window.raise_()
        window.activateWindow()
        if self.welcome is not None:
            self.welcome.hide()
        self.window_opened.emit(window)

    def _new_from_window(self) -> None:
        self.new_register(self._sending_window())

    def _open_from_window(self) -> None:
        self.choose_and_open(self._sending_window())

    def _sending_window(self) -> QWidget | None:
        """The window whose menu asked, to parent the dialog that answers."""
        sender = self.sender()
        return sender if isinstance(sender, QWidget) else None

    def _window_closed(self, window: MainWindow, to_welcome: bool) -> None:
        if window in self.windows:
            self.windows.remove(window)
            # Our last reference goes on the next turn of the event loop: dropping it
            # here, inside the window's own closeEvent, would delete it mid-close.
            self._retired.append(window)
            QTimer.singleShot(0, self._retired.clear)
        if to_welcome and not self._quitting:
            self.show_welcome()
        else:
            self._maybe_quit()

    def _maybe_quit(self) -> None:
        if self.windows or self.active_dialog is not None:
            return
        if self.welcome is not None and self.welcome.isVisible():
            return
        if not self._quit_sent:  # once: quit_all's windows each report their closing
            self._quit_sent = True
            self._quit_app()
