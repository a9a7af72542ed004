"""Fichier ▸ « Exporter le calendrier des échéances… »: the open deadlines as an ``.ics``
file (``services/calendar_feed``), as ``dpo-desk calendar`` writes it, built and written
in a worker thread (``ui/workers.py``).

First the warning that the file is not encrypted (as the Excel export's, in the calendar's
words: it holds no personal data, but it shows the register's activity), then the save
dialog in the documents folder, then the file, written owner-only. The summaries are in
the UI language. The save dialog asks before replacing the file it returns; a name the
user typed without ``.ics`` gets it, and that name, which no one confirmed, is never
written over (``FileExists``, shown).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from dpo_desk.domain.clock import Clock, SystemClock
from dpo_desk.domain.errors import UserError
from dpo_desk.services import calendar_feed
from dpo_desk.services.breaches import organisation_timezone
from dpo_desk.services.private_files import write_private
from dpo_desk.services.read_model import Register
from dpo_desk.ui.i18n import error_text
from dpo_desk.ui.save_copy import documents_folder
from dpo_desk.ui.workers import RegisterTask, run_task

AskPath = Callable[[QWidget | None, str], tuple[Path, bool] | None]


class CalendarWarning(QMessageBox):
    """Said before each calendar export: the file leaves the encrypted register in clear."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(QCoreApplication.translate("UnencryptedWarning", "Fichier non chiffré"))
        context = calendar_feed.CONTEXT
        self.setText(QCoreApplication.translate(context, calendar_feed.UNENCRYPTED_WARNING))
        self.setInformativeText(
            QCoreApplication.translate(context, calendar_feed.UNENCRYPTED_DETAIL)
        )
        self.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        # The Excel warning's words, and their translations.
        ok, cancel = QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.Cancel
        self.button(ok).setText(QCoreApplication.translate("UnencryptedWarning", "Continuer"))
        self.button(cancel).setText(QCoreApplication.translate("UnencryptedWarning", "Annuler"))


def confirm_calendar(parent: QWidget | None) -> bool:
    return CalendarWarning(parent).exec() == QMessageBox.StandardButton.Ok


def default_file_name(today: str) -> str:
    stem = QCoreApplication.translate("CalendarExport", "echeances")
    return f"{stem}-{today}.ics"


def ask_calendar_path(parent: QWidget | None, today: str) -> tuple[Path, bool] | None:
    """The save dialog: the path, and whether the dialog confirmed replacing it (the
    name it returned, not one the ``.ics`` was added to)."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("CalendarExport", "Exporter le calendrier des échéances"),
        str(documents_folder() / default_file_name(today)),
        QCoreApplication.translate("CalendarExport", "Calendrier iCalendar (*.ics)"),
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() == ".ics":
        return path, True
    return path.with_name(path.name + ".ics"), False


def export_calendar(
    parent: QWidget | None,
    register: Register | None,
    *,
    clock: Clock | None = None,
    confirm: Callable[[QWidget | None], bool] | None = None,
    ask_path: AskPath | None = None,
    on_saved: Callable[[Path], None] | None = None,
) -> RegisterTask | None:
    """Warn, ask where, then build and write the file off the UI thread (a register of
    thousands of open requests takes seconds; the window keeps painting, and a lock
    waits for the write). ``on_saved(path)`` runs on the UI thread once written; a
    failure is shown in a message box. Returns the task, None if the user stopped."""
    if register is None:
        return None
    if not (confirm or confirm_calendar)(parent):
        return None
    clock = clock or SystemClock()
    today = clock.now().astimezone(organisation_timezone(register)).date().isoformat()
    chosen = (ask_path or ask_calendar_path)(parent, today)
    if chosen is None:
        return None
    path, confirmed = chosen

    def work() -> Path:
        # QCoreApplication.translate is thread-safe: the summaries in the UI language.
        feed = calendar_feed.produce(register, clock=clock, translate=QCoreApplication.translate)
        return write_private(path, feed.content, overwrite=confirmed)

    def failed(error: UserError) -> None:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("CalendarExport", "Calendrier non enregistré"),
            error_text(error),
        )

    def saved(written: object) -> None:
        if on_saved is not None and isinstance(written, Path):
            on_saved(written)

    return run_task(register, work, saved, failed)
