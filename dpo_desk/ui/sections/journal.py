"""Journal: the audit log, newest first, filterable, with the state of its hash chain.

The journal is what lets a DPO show the CNDP who did what and when (accountability,
GDPR Art. 5(2); security of processing, Law 09-08 art. 23). Each entry hashes the one
before it, so the screen also says whether the chain still holds, and prints the head
hash that an export or a printout can anchor.
"""

from __future__ import annotations

from datetime import UTC, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.documents.kinds import LETTER_KIND_LABELS
from dpo_desk.domain import journal as journal_words
from dpo_desk.domain.clock import organisation_zone
from dpo_desk.domain.journal import ACTION_LABELS, ENTITY_LABELS
from dpo_desk.services import journal
from dpo_desk.services import register_file as register_service
from dpo_desk.services.read_model import AuditEntry, JournalFilter, Register
from dpo_desk.ui import style
from dpo_desk.ui.calendar_texts import member_state_name
from dpo_desk.ui.exchange.actions import add_excel_buttons
from dpo_desk.ui.formatting import TABLE_STYLESHEET, join_labels, short_date
from dpo_desk.ui.paged_model import PagedTableModel
from dpo_desk.ui.sections.base import Section
from dpo_desk.ui.widgets import InlineMessage, label

MAX_DETAIL = 240  # a cell, not a document: the full entry is in the tooltip


def action_label(code: str) -> str:
    found = ACTION_LABELS.get(code)
    return QCoreApplication.translate("JournalAction", found) if found else code


def entity_label(code: str) -> str:
    found = ENTITY_LABELS.get(code)
    return QCoreApplication.translate("JournalEntity", found) if found else code


def wording(zone: tzinfo | None = None) -> journal_words.Wording:
    """How the screen writes the journal: the UI's language, days and lists, instants
    in the organisation's zone, and the names that live above the domain."""
    return journal_words.Wording(
        translate=QCoreApplication.translate,
        zone=zone or organisation_zone(),
        day=short_date,
        join=join_labels,
        values={"letter.kind": (LETTER_KIND_LABELS, "LetterKind")},
        country=member_state_name,
    )


def field_label(entity: str, field: str) -> str:
    """A journaled field in the UI language; unknown ones (a newer version's) as stored."""
    return journal_words.field_name(field, entity, wording(UTC))


def describe_lines(changes: dict, entity: str = "", zone: tzinfo | None = None) -> list[str]:
    """One line per changed field (domain/journal.py describes them)."""
    return journal_words.describe_lines(changes, entity, wording(zone))


def describe_changes(changes: dict, entity: str = "", zone: tzinfo | None = None) -> str:
    """One line: "Statut : Nouvelle → En cours de traitement ; Notes : modifié"."""
    # Between two changed fields of one entry: " ; " in French, "; " in English, "؛ " in Arabic.
    return QCoreApplication.translate("JournalChanges", " ; ").join(
        describe_lines(changes, entity, zone)
    )


def _subject(entry: AuditEntry) -> str:
    """ "Demande DSR-2026-0001"; the register alone for its own entries: its identifier
    (a UUID) says nothing to the reader and stays in the tooltip."""
    if entry.entity == "register":
        return entity_label(entry.entity)
    return f"{entity_label(entry.entity)} {entry.entity_id}".strip()


class JournalModel(PagedTableModel):
    COLUMNS = ("at", "actor", "action", "subject", "changes")

    def __init__(self, parent=None, *, page_size: int | None = None) -> None:
        super().__init__(parent, page_size=page_size)
        self.register: Register | None = None
        self.filter = JournalFilter()
        self.zone: tzinfo = organisation_zone()

    def set_source(self, register: Register, zone: tzinfo) -> None:
        self.register, self.zone = register, zone
        self.reload()

    def set_filter(self, flt: JournalFilter) -> None:
        self.filter = flt
        self.reload()

    def clear(self) -> None:
        self.register = None
        super().clear()

    def count_rows(self) -> int:
        return journal.count(self.register, self.filter) if self.register is not None else 0

    def fetch_rows(self, offset: int, limit: int) -> list[AuditEntry]:
        if self.register is None:
            return []
        return journal.page(self.register, self.filter, offset=offset, limit=limit)

    def columnCount(self, parent=None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("JournalSection", "Date et heure"),
            QCoreApplication.translate("JournalSection", "Auteur"),
            QCoreApplication.translate("JournalSection", "Action"),
            QCoreApplication.translate("JournalSection", "Objet"),
            QCoreApplication.translate("JournalSection", "Détail"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def cell(self, entry: AuditEntry, column: int, role: int) -> Any:
        key = self.COLUMNS[column]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "at":
                local = entry.at.replace(tzinfo=entry.at.tzinfo or UTC).astimezone(self.zone)
                return f"{short_date(local.date())} {local:%H:%M:%S}"
            if key == "actor":
                return entry.actor
            if key == "action":
                return action_label(entry.action)
            if key == "subject":
                return _subject(entry)
            text = describe_changes(entry.changes, entry.entity, self.zone)
            return text if len(text) <= MAX_DETAIL else text[: MAX_DETAIL - 1] + "…"
        if role == Qt.ItemDataRole.ToolTipRole and key == "action":
            return action_label(entry.action)  # a long one is elided in its column
        if role == Qt.ItemDataRole.ToolTipRole and key == "subject":
            return f"{entity_label(entry.entity)} {entry.entity_id}".strip()
        if role == Qt.ItemDataRole.ToolTipRole and key == "changes":
            # One field a line: a long entry (an activity created) reads as a list.
            return "\n".join(describe_lines(entry.changes, entry.entity, self.zone)) or None
        if role == Qt.ItemDataRole.ForegroundRole and key == "at":
            return QColor(style.TEXT_SECONDARY)
        return None


class JournalSection(Section):
    key = "journal"
    icon_name = "journal"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = JournalModel(self)
        column = QVBoxLayout(self)
        column.setContentsMargins(28, 24, 28, 24)
        column.setSpacing(12)

        heading = QHBoxLayout()
        heading.addWidget(label(self.tr("Journal"), "title"))
        self.count_label = label("", "secondary")
        heading.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        heading.addStretch(1)
        self.verify_button = QPushButton(self.tr("Vérifier la chaîne"))
        self.verify_button.clicked.connect(self.verify)
        heading.addWidget(self.verify_button)
        # Export of the entries the filters keep, with the chain's state on the cover.
        self.export_button, _ = add_excel_buttons(
            self, heading, export="journal", journal_filter=lambda: self.model.filter
        )
        column.addLayout(heading)

        column.addWidget(
            label(
                self.tr(
                    "Chaque modification du registre, avec son auteur et l'heure. Les entrées "
                    "sont chaînées : une entrée modifiée, supprimée ou insérée après coup "
                    "rompt la chaîne à cet endroit. Les données personnelles n'y sont pas "
                    "recopiées : le journal dit qu'elles ont changé, pas leur contenu."
                ),
                "secondary",
                wrap=True,
            )
        )
        self.chain_message = InlineMessage()
        column.addWidget(self.chain_message)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Référence (DSR-…, VIO-…)"))
        self.search.setClearButtonEnabled(True)
        self.entity_box = QComboBox()
        self.action_box = QComboBox()
        self.actor_box = QComboBox()
        filters.addWidget(self.search, 2)
        for box in (self.entity_box, self.action_box, self.actor_box):
            filters.addWidget(box, 1)
            box.currentIndexChanged.connect(self._apply_filter)
        column.addLayout(filters)
        # Wait for typing to pause before querying: one query per word, not per key.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(self._debounce.start)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setStyleSheet(TABLE_STYLESHEET.replace("QTableWidget", "QTableView"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        for index, width in enumerate((170, 90, 250, 150)):
            header.resizeSection(index, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        column.addWidget(self.table, 1)
        self._filling = False

    def title(self) -> str:
        return self.tr("Journal")

    def set_register(self, register: Register) -> None:
        super().set_register(register)
        organisation = register_service.load_organisation(register)
        zone = organisation_zone(organisation.timezone if organisation else None)
        self._fill_filters()
        self.model.set_source(register, zone)
        self._show_count()
        self.chain_message.clear_message()

    def clear(self) -> None:
        self.model.clear()
        self._filling = True
        for box in (self.entity_box, self.action_box, self.actor_box):
            box.clear()
        self._filling = False
        self.search.clear()
        self.count_label.clear()
        self.chain_message.clear_message()
        super().clear()

    def showEvent(self, event) -> None:  # noqa: N802 — Qt override
        # New entries are written by every other screen: show them when coming back.
        super().showEvent(event)
        if self.register is not None:
            self.model.reload()
            self._show_count()

    def _fill_filters(self) -> None:
        if self.register is None:
            return
        facets = journal.facets(self.register)
        self._filling = True
        for box, everything, values, name in (
            (self.entity_box, self.tr("Tous les objets"), facets.entities, entity_label),
            (self.action_box, self.tr("Toutes les actions"), facets.actions, action_label),
            (self.actor_box, self.tr("Tous les auteurs"), facets.actors, str),
        ):
            box.clear()
            box.addItem(everything, "")
            for value in values:
                box.addItem(name(value), value)
        self._filling = False

    def _apply_filter(self) -> None:
        if self._filling or self.register is None:
            return
        self.model.set_filter(
            JournalFilter(
                entity=self.entity_box.currentData() or "",
                action=self.action_box.currentData() or "",
                actor=self.actor_box.currentData() or "",
                entity_id=self.search.text(),
            )
        )
        self._show_count()

    def _show_count(self) -> None:
        self.count_label.setText(
            QCoreApplication.translate(
                "JournalSection", "%n entrée(s)", None, self.model.rowCount()
            )
        )

    def verify(self) -> None:
        """Walk the whole chain now and say, in words, whether it holds."""
        if self.register is None:
            return
        status = journal.chain_status(self.register)
        if status.intact:
            self.chain_message.show_message(
                self.tr(
                    "Chaîne intacte : %n entrée(s) vérifiée(s). Empreinte de tête : {head}",
                    None,
                    status.entries,
                ).format(head=status.head[:16] + "…"),
                "success",
            )
            self.status_message.emit(self.tr("Journal vérifié : chaîne intacte."))
        else:
            self.chain_message.show_message(
                self.tr(
                    "Chaîne rompue à l'entrée n° {entry} : le journal a été modifié en dehors "
                    "de DPO Desk à partir de cet endroit. Conservez ce fichier tel quel et "
                    "comparez-le à votre dernière sauvegarde."
                ).format(entry=status.broken_at),
                "error",
            )
