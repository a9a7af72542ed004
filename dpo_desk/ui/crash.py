"""The GUI's last net: an uncaught error becomes a dialog the user can report, and the
app goes on.

Without it, an exception in a slot is printed on a console that a Windows or macOS user
never sees: the click seems to do nothing. Here ``sys.excepthook`` (the main thread, and
the errors PySide6 reports from a slot or a QThread) and ``threading.excepthook`` (any
other thread) log a scrubbed report (``services/logs.py``: types, files, lines and
functions, never a message or a value, since a message may quote a data subject) and
show it in a dialog with "Copier les détails". The report is built in the failing
thread, where the traceback lives, and reaches the dialog through a queued signal: a
widget may only be made in the GUI thread.

One dialog at a time: an error that repeats on every repaint would otherwise open one
window per frame. While one is open, later errors are only logged.
"""

from __future__ import annotations

import sys
import threading
from types import TracebackType

import PySide6
from PySide6.QtCore import QObject, Qt, QTimer, Signal, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.services import logs
from dpo_desk.ui import style
from dpo_desk.ui.widgets import icon_header, label


def qt_versions() -> dict[str, str]:
    """The Qt half of a report's versions (``services/logs.py`` knows no Qt)."""
    platform_name = QGuiApplication.platformName() if QGuiApplication.instance() else ""
    versions = {"Qt": qVersion(), "PySide6": PySide6.__version__}
    if platform_name:
        versions["Qt platform"] = platform_name
    return versions


def report_for(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
) -> str:
    return logs.crash_report(exc_type, exc, tb, qt_versions())


class CrashDialog(QDialog):
    """« Une erreur inattendue s'est produite » with the report and a copy button."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = details
        self.setWindowTitle(self.tr("Erreur inattendue"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(620, 440)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        self.heading = label(self.tr("Une erreur inattendue s'est produite."), "heading", wrap=True)
        self.explanation = label(
            self.tr(
                "DPO Desk continue de fonctionner, mais la dernière action n'a peut-être "
                "pas abouti : vérifiez-la. Pour signaler le problème, copiez les détails "
                "ci-dessous et joignez-les à votre message. Ils ne contiennent aucune donnée "
                "du registre : seulement les versions et l'endroit du programme où l'erreur "
                "est survenue."
            ),
            "secondary",
            wrap=True,
        )
        layout.addLayout(
            icon_header(
                self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(64),
                32,
                self.heading,
                self.explanation,
            )
        )

        self.text = QPlainTextEdit(details)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        # Code and versions read left to right, in Arabic too.
        self.text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        layout.addWidget(self.text, 1)

        self.copied = label("", "muted")
        layout.addWidget(self.copied)

        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("Copier les détails"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        style.set_role(self.close_button, "primary")
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.close_button.setFocus()

    def copy_details(self) -> None:
        # Straight to the clipboard, not through ui/clipboard.py: that one empties the
        # clipboard on lock, and the details (no register data) must survive until
        # the user pastes them into a message.
        QGuiApplication.clipboard().setText(self.details)
        self.copied.setText(self.tr("Détails copiés dans le presse-papiers."))


class CrashHandler(QObject):
    """Installed once by ``app.start``; restores the previous hooks on ``uninstall``."""

    reported = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: CrashDialog | None = None
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        # Emitted from any thread, received in this object's (the GUI) thread.
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self.thread_excepthook:
            threading.excepthook = self._previous_thread_hook

    def excepthook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):  # Ctrl+C in the terminal: not a defect
            self._previous_hook(exc_type, exc, tb)
            return
        self.handle(exc_type, exc, tb)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:  # a thread's normal way out
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Log the scrubbed report and ask the GUI thread to show it; never raises (an
        error in an excepthook is lost with the one it was reporting)."""
        try:
            report = report_for(exc_type, exc, tb)
        except Exception:  # a broken frame must not hide the error behind another one
            report = logs.crash_report(exc_type, None, None)
        logs.log_crash(report)
        self.reported.emit(report)

    def _show(self, report: str) -> None:
        if self.dialog is not None:
            return  # one at a time: this one is in the log
        app = QApplication.instance()
        if not isinstance(app, QApplication) or app.closingDown():
            return
        parent = QApplication.activeWindow()
        dialog = CrashDialog(report, parent)
        self.dialog = dialog
        dialog.finished.connect(self._closed)
        dialog.open()
        # Above the window that failed, even when the error came from a background thread.
        QTimer.singleShot(0, dialog.raise_)

    def _closed(self) -> None:
        self.dialog = None


_handler: CrashHandler | None = None


def install(app: QApplication) -> CrashHandler:
    """Install the app-wide handler (idempotent): the one ``app.start`` keeps."""
    global _handler
    if _handler is None:
        _handler = CrashHandler(app)
    _handler.install()
    return _handler


def uninstall() -> None:
    """Give the hooks back (tests)."""
    global _handler
    if _handler is not None:
        _handler.uninstall()
        _handler.setParent(None)
        _handler = None
