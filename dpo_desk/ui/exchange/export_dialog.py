"""The export dialog: a workbook written off the UI thread, with progress and Cancel.

The export runs in a QThread. It reads the register through ``Register.read()``, which
checks a connection out of the engine's pool for that thread (SQLCipher connections
are opened with ``check_same_thread=False`` and a pooled connection is used by one
thread at a time), so the UI thread keeps its own connections and stays responsive.
Cancel is a flag the export polls every few hundred rows; the service then removes
its temporary file and nothing is left at the target.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.clock import Clock
from dpo_desk.domain.errors import UserError
from dpo_desk.services import exports
from dpo_desk.services.preferences import Preferences
from dpo_desk.services.read_model import JournalFilter, Register
from dpo_desk.ui import style
from dpo_desk.ui.formatting import decimal
from dpo_desk.ui.widgets import InlineMessage, label


def _translate(context: str, text: str) -> str:
    # QCoreApplication.translate is thread-safe: the worker translates headers itself.
    return QCoreApplication.translate(context, text)


def what_label(which: str) -> str:
    """The name of what is exported, for titles and file names."""
    names = {
        "requests": QCoreApplication.translate("ExportDialog", "le registre des demandes"),
        "breaches": QCoreApplication.translate("ExportDialog", "le registre des violations"),
        "activities": QCoreApplication.translate("ExportDialog", "le registre des traitements"),
        "processors": QCoreApplication.translate(
            "ExportDialog", "les sous-traitants et les transferts"
        ),
        "transfers": QCoreApplication.translate("ExportDialog", "les transferts"),
        "all": QCoreApplication.translate("ExportDialog", "tous les registres"),
        "journal": QCoreApplication.translate("ExportDialog", "le journal d'audit"),
    }
    return names.get(which, which)


def default_file_name(which: str, today: str) -> str:
    stems = {
        "requests": QCoreApplication.translate("ExportDialog", "demandes"),
        "breaches": QCoreApplication.translate("ExportDialog", "violations"),
        "activities": QCoreApplication.translate("ExportDialog", "traitements"),
        "processors": QCoreApplication.translate("ExportDialog", "sous-traitants"),
        "transfers": QCoreApplication.translate("ExportDialog", "transferts"),
        "all": QCoreApplication.translate("ExportDialog", "registres"),
        "journal": QCoreApplication.translate("ExportDialog", "journal"),
    }
    return f"{stems.get(which, which)}-{today}.xlsx"


class UnencryptedWarning(QMessageBox):
    """Said once: an exported workbook leaves the encrypted register in clear."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Fichier non chiffré"))
        self.setText(self.tr("Le fichier Excel exporté ne sera pas chiffré."))
        self.setInformativeText(
            self.tr(
                "Il contiendra des données personnelles lisibles par quiconque y a accès. "
                "Enregistrez-le dans un emplacement protégé et supprimez-le dès qu'il n'est "
                "plus utile. L'export est inscrit au journal."
            )
        )
        self.do_not_show = QCheckBox(self.tr("Ne plus afficher ce message"))
        self.setCheckBox(self.do_not_show)
        self.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        self.button(QMessageBox.StandardButton.Ok).setText(self.tr("Continuer"))
        self.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Annuler"))


def confirm_unencrypted(parent: QWidget | None, prefs: Preferences | None = None) -> bool:
    """Show the warning unless the user asked not to; remember that choice."""
    prefs = prefs or Preferences.load()
    if not prefs.warn_unencrypted_export:
        return True
    box = UnencryptedWarning(parent)
    accepted = box.exec() == QMessageBox.StandardButton.Ok
    if accepted and box.do_not_show.isChecked():
        prefs.warn_unencrypted_export = False
        prefs.save()
    return accepted


def ask_export_path(parent: QWidget | None, which: str, today: str) -> Path | None:
    """The save dialog (it asks before replacing an existing file)."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ExportDialog", "Exporter vers Excel"),
        str(Path.home() / default_file_name(which, today)),
        QCoreApplication.translate("ExportDialog", "Classeur Excel (*.xlsx)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


class ExportWorker(QObject):
    """Runs one export in its thread; talks to the dialog through queued signals."""

    progressed = Signal(int, int)
    succeeded = Signal(object)  # ExportResult
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        register: Register,
        which: str,
        path: Path,
        clock: Clock | None,
        journal_filter: JournalFilter | None = None,
    ) -> None:
        super().__init__()
        self.register = register
        self.which = which
        self.path = path
        self.clock = clock
        self.journal_filter = journal_filter
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        progress, cancel = self.progressed.emit, self._cancel.is_set
        try:
            if self.which == "journal":
                flt = self.journal_filter or JournalFilter()
                result = exports.export_journal(
                    self.register,
                    flt,
                    self.path,
                    translate=_translate,
                    progress=progress,
                    cancel=cancel,
                    clock=self.clock,
                )
            else:
                result = exports.export_register(
                    self.register,
                    self.which,
                    self.path,
                    translate=_translate,
                    progress=progress,
                    cancel=cancel,
                    clock=self.clock,
                )
        except exports.ExportCancelled:
            self.cancelled.emit()
        except UserError as exc:
            context = exc.context
            self.failed.emit(exc.message(lambda text: QCoreApplication.translate(context, text)))
        except Exception as exc:  # a locked register, a bug: said in words, never a crash
            self.failed.emit(
                QCoreApplication.translate(
                    "ExportDialog", "L'export a échoué ({error}) ; aucun fichier n'a été laissé."
                ).format(error=type(exc).__name__)
            )
        else:
            self.succeeded.emit(result)


class ExportDialog(QDialog):
    """Progress of one export; Cancel stops it and leaves no file."""

    finished_export = Signal(object)  # ExportResult, after success

    def __init__(
        self,
        register: Register,
        which: str,
        path: Path,
        *,
        clock: Clock | None = None,
        journal_filter: JournalFilter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Excel"))
        self.setMinimumWidth(460)
        self.path = path
        self.export_result: exports.ExportResult | None = None
        self.outcome = ""  # "done", "cancelled" or "failed"

        column = QVBoxLayout(self)
        column.setSpacing(12)
        column.addWidget(
            label(self.tr("Exporter {what}").format(what=what_label(which)), "heading")
        )
        self.target_label = label(path.name, "secondary")
        self.target_label.setToolTip(str(path))
        column.addWidget(self.target_label)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy until the first count arrives
        self.progress.setTextVisible(True)
        column.addWidget(self.progress)
        self.status = label(self.tr("Préparation…"), "secondary", wrap=True)
        column.addWidget(self.status)
        self.message = InlineMessage()
        column.addWidget(self.message)
        self.buttons = QDialogButtonBox()
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.close_button = QPushButton(self.tr("Fermer"))
        style.set_role(self.close_button, "primary")
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.hide()  # after addButton, which shows it: "Fermer" once done
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.accept)
        column.addWidget(self.buttons)

        self._thread = QThread(self)
        self.worker = ExportWorker(register, which, path, clock, journal_filter)
        self.worker.moveToThread(self._thread)
        self._thread.started.connect(self.worker.run)
        self.worker.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self.worker.succeeded.connect(self._on_success, Qt.ConnectionType.QueuedConnection)
        self.worker.failed.connect(self._on_failure, Qt.ConnectionType.QueuedConnection)
        self.worker.cancelled.connect(self._on_cancelled, Qt.ConnectionType.QueuedConnection)
        for signal in (self.worker.succeeded, self.worker.failed, self.worker.cancelled):
            signal.connect(self._thread.quit)

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        if self.running:
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Annulation…"))
            self.worker.cancel()
        else:
            self.reject()

    def reject(self) -> None:  # Escape or the window's close button
        if self.running:
            self.cancel()
            return
        super().reject()

    def wait(self) -> None:
        """Block until the worker's thread has ended (closing the app, tests)."""
        self._thread.quit()
        self._thread.wait()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if total <= 0:
            return
        self.progress.setRange(0, total)
        self.progress.setValue(min(done, total))
        self.status.setText(
            self.tr("{done} sur %n ligne(s)", None, total).format(done=min(done, total))
        )

    def _finish(self) -> None:
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setFocus()

    @Slot(object)
    def _on_success(self, result: exports.ExportResult) -> None:
        self.export_result = result
        self.outcome = "done"
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.status.setText(
            self.tr("%n ligne(s) exportée(s) en {seconds} s.", None, result.total_rows).format(
                seconds=decimal(result.duration, 1)  # "0,1" in French, "0.1" in English
            )
        )
        text = self.tr("Classeur enregistré : {path}").format(path=str(result.path))
        if result.truncated_cells:
            text += " " + self.tr(
                "%n cellule(s) trop longue(s) pour Excel tronquée(s) (voir la page de garde).",
                None,
                result.truncated_cells,
            )
        self.message.show_message(text, "success")
        self._finish()
        self.finished_export.emit(result)

    @Slot(str)
    def _on_failure(self, text: str) -> None:
        self.outcome = "failed"
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText("")
        self.message.show_message(text, "error")
        self._finish()

    @Slot()
    def _on_cancelled(self) -> None:
        self.outcome = "cancelled"
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(self.tr("Export annulé : aucun fichier n'a été écrit."))
        self._finish()

    def closeEvent(self, event) -> None:  # noqa: N802 — Qt override
        if self.running:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)
