"""« Exporter… » a letter's PDF or an attachment: the one place the GUI writes them to disk.

The save dialog opens in the user's documents folder (not the working directory, which
for a desktop app is wherever it was started from), and the file is written owner-only
by ``services.private_files`` (mode 0600, as the CLI's ``--out``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from dpo_desk.services.private_files import write_private


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def save_copy(
    parent: QWidget | None, title: str, name: str, content: bytes, filters: str = ""
) -> Path | None:
    """Ask where (documents folder first), then write owner-only; None if cancelled.

    Raises ``UserError`` (``FileWriteFailed``) on a disk error, for the caller to show:
    the content stays in the register, so the user can try another place.
    """
    start = documents_folder() / Path(name).name
    target, _filter = QFileDialog.getSaveFileName(parent, title, str(start), filters)
    if not target:
        return None
    return write_private(Path(target), content)
