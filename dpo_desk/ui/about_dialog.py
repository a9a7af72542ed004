"""Aide ▸ À propos: the version, where the app runs from, the zone data, and every
third-party licence.

The licences are not decoration: Qt and python-bidi are used under the LGPL-3.0, and the
fonts under the OFL, whose terms ask that the user can read them from the application.
"""

from __future__ import annotations

import platform
import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_desk import APP_NAME, __version__
from dpo_desk.domain.zones import tzdata_version
from dpo_desk.third_party import COMPONENTS, Component
from dpo_desk.ui import icons, style
from dpo_desk.ui.formatting import ltr
from dpo_desk.ui.widgets import icon_header, label


def _paragraph(text: str) -> str:
    """A line that starts with Latin letters ("DPO Desk", "Qt") as a paragraph of the UI's
    direction: QLabel takes a plain text's direction from its first strong letter, so in
    Arabic such a line would sit on the left and read left to right (U+200F, RLM)."""
    return f"\u200f{text}" if QGuiApplication.isRightToLeft() else text


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("À propos de DPO Desk"))
        self.resize(760, 600)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)

        self.title = label(_paragraph(f"{APP_NAME} {ltr(__version__)}"), "title")
        summary = label(
            self.tr(
                "Le registre du délégué à la protection des données : demandes "
                "d'exercice des droits, violations de données, traitements et "
                "sous-traitants, dans un fichier chiffré sur ce poste."
            ),
            "secondary",
            wrap=True,
        )
        build = (
            self.tr("application installée")
            if getattr(sys, "frozen", False)
            else self.tr("depuis les sources")
        )
        self.runtime = label(
            # Each name with its version is one left-to-right unit, so that in Arabic
            # the three items read right to left without splitting "Qt 6.12.0".
            _paragraph(
                " · ".join(
                    (
                        ltr(f"Qt {QLibraryInfo.version().toString()}"),
                        ltr(f"Python {platform.python_version()}"),
                        build,
                    )
                )
            ),
            "muted",
        )
        # Every time shown is converted with the zone data shipped with this release,
        # not the computer's (domain/zones.py): which IANA release it is, for support.
        self.zone_data = label(
            _paragraph(
                self.tr("Données de fuseaux horaires : IANA {version}").format(
                    version=ltr(tzdata_version())
                )
            ),
            "muted",
        )
        logo = icons.pixmap("logo", style.ACCENT, 96)  # drawn at twice its size: sharp on HiDPI
        layout.addLayout(icon_header(logo, 48, self.title, summary, self.runtime, self.zone_data))

        layout.addWidget(label(self.tr("Composants tiers et licences"), "heading"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableWidget(len(COMPONENTS), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Composant"), self.tr("Version"), self.tr("Licence"), self.tr("Rôle")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        for row, component in enumerate(COMPONENTS):
            role = QCoreApplication.translate("ThirdParty", component.role)
            for column, value in enumerate(
                (component.name, ltr(component.version()), ltr(component.licence), role)
            ):
                self.table.setItem(row, column, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        splitter.addWidget(self.table)

        self.licence_text = QPlainTextEdit()
        self.licence_text.setReadOnly(True)
        self.licence_text.setAccessibleName(self.tr("Texte de la licence"))
        # Licence texts are English, left to right, whatever the UI language.
        self.licence_text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        splitter.addWidget(self.licence_text)
        splitter.setSizes([300, 200])
        layout.addWidget(splitter, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.table.currentCellChanged.connect(lambda row, *_: self._show_licence(row))
        self.table.setCurrentCell(0, 0)

    def _show_licence(self, row: int) -> None:
        if not 0 <= row < len(COMPONENTS):
            return
        component: Component = COMPONENTS[row]
        texts = component.licence_texts()
        if not texts:
            self.licence_text.setPlainText(
                self.tr(
                    "Licence {licence} ; le texte n'est pas inclus dans cette installation."
                ).format(licence=component.licence)
            )
            return
        self.licence_text.setPlainText(
            "\n\n".join(f"── {name} ──\n\n{text.strip()}" for name, text in texts)
        )
        self.licence_text.moveCursor(self.licence_text.textCursor().MoveOperation.Start)
