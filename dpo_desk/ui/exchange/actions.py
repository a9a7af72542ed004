"""The "Exporter…" and "Importer…" buttons of a section's toolbar, and what they run.

A section calls :func:`add_excel_buttons` while it builds its head row. The buttons act
on ``section.register`` when clicked (a locked window has none: they do nothing), and
an import refreshes the section afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QPushButton, QWidget

from dpo_desk.domain.clock import Clock, SystemClock
from dpo_desk.services.breaches import organisation_timezone
from dpo_desk.services.read_model import JournalFilter

if TYPE_CHECKING:  # imported on use: the export dialog pulls in openpyxl (start-up time)
    from dpo_desk.ui.exchange.export_dialog import ExportDialog

IMPORT_TARGETS = ("requests", "activities", "processors")


def _clock(section: QWidget) -> Clock:
    return getattr(section, "clock", None) or SystemClock()


def run_export(
    section: QWidget,
    which: str,
    *,
    journal_filter: Callable[[], JournalFilter] | None = None,
    ask_path: Callable[[QWidget, str, str], Path | None] | None = None,
) -> ExportDialog | None:
    """Warn (once), ask where, then run the export in its dialog. Returns the dialog
    after it closed, or None if the user stopped before it started."""
    register = getattr(section, "register", None)
    if register is None:
        return None
    from dpo_desk.ui.exchange.export_dialog import (
        ExportDialog,
        ask_export_path,
        confirm_unencrypted,
    )

    if not confirm_unencrypted(section):
        return None
    clock = _clock(section)
    today = clock.now().astimezone(organisation_timezone(register)).date().isoformat()
    path = (ask_path or ask_export_path)(section, which, today)
    if path is None:
        return None
    dialog = ExportDialog(
        register,
        which,
        path,
        clock=clock,
        journal_filter=journal_filter() if journal_filter else None,
        parent=section,
    )
    status = getattr(section, "status_message", None)
    if status is not None:
        dialog.finished_export.connect(
            lambda result: status.emit(
                QCoreApplication.translate(
                    "ExcelActions", "Export Excel enregistré : {name}"
                ).format(name=result.path.name)
            )
        )
    dialog.start()
    dialog.exec()
    dialog.wait()
    return dialog


def run_import(section: QWidget, target: str) -> None:
    """Open the import dialog (issue 7, import half) and refresh the section after."""
    register = getattr(section, "register", None)
    if register is None:
        return
    # Imported here, not at the top: the import dialog lives in its own module.
    from dpo_desk.ui.exchange.import_dialog import ImportDialog

    dialog = ImportDialog(register, target, clock=_clock(section), parent=section)
    refresh = getattr(section, "refresh", None) or getattr(section, "reload", None)
    if refresh is not None:
        dialog.imported.connect(lambda _count: refresh())
    dialog.exec()


def add_excel_buttons(
    section: QWidget,
    row: QBoxLayout,
    *,
    export: str,
    import_target: str | None = None,
    before: QWidget | None = None,
    journal_filter: Callable[[], JournalFilter] | None = None,
) -> tuple[QPushButton, QPushButton | None]:
    """Add "Exporter…" (and "Importer…" when ``import_target`` is given) to ``row``,
    just before ``before`` (the section's main button) or at its end."""
    export_button = QPushButton(QCoreApplication.translate("ExcelActions", "Exporter…"))
    export_button.setObjectName("ExcelExportButton")
    export_button.setToolTip(
        QCoreApplication.translate(
            "ExcelActions", "Enregistrer ce registre dans un classeur Excel (non chiffré)"
        )
    )
    export_button.clicked.connect(
        lambda: run_export(section, export, journal_filter=journal_filter)
    )
    import_button = None
    if import_target is not None:
        if import_target not in IMPORT_TARGETS:
            raise ValueError(f"cannot import into {import_target!r}")
        import_button = QPushButton(QCoreApplication.translate("ExcelActions", "Importer…"))
        import_button.setObjectName("ExcelImportButton")
        import_button.setToolTip(
            QCoreApplication.translate(
                "ExcelActions", "Ajouter des entrées depuis un classeur Excel"
            )
        )
        import_button.clicked.connect(lambda: run_import(section, import_target))
    index = row.indexOf(before) if before is not None else -1
    for button in (import_button, export_button) if index >= 0 else ():
        if button is not None:
            row.insertWidget(index, button)
    if index < 0:
        for button in (export_button, import_button):
            if button is not None:
                row.addWidget(button)
    return export_button, import_button
