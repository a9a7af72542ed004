"""The list of requests as a Qt table model that reads the register one page at a time.

A register may hold 100,000 requests: the model knows only how many match the filter
(``count_requests``) and keeps a few pages of rows (``list_requests(offset, limit)``),
fetched when the view asks for a row it has not seen, and forgotten least recently
used first (the paging is ui/paged_model.py's). Filtering, sorting and full-text
search all happen in SQLite.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from dpo_desk.services import requests as request_service
from dpo_desk.services.read_model import Register, RequestFilter, RequestRow
from dpo_desk.ui import style
from dpo_desk.ui.paged_model import CELL_ROLES, ROW_ROLE, RegisterListModel
from dpo_desk.ui.pills import PillDelegate
from dpo_desk.ui.requests import look, texts

URGENCY_ROLE = Qt.ItemDataRole.UserRole + 2  # "overdue" / "soon" / "later" / "" (no countdown)

# Column keys, in display order, with the storage sort key a click on the header uses
# (None: the column does not sort, e.g. the regimes, stored as two flags).
# Urgency first: on a laptop screen the list may scroll sideways, and what must never
# be out of sight is who asked, where the request stands and when it is due.
COLUMNS: tuple[tuple[str, str | None], ...] = (
    ("reference", "reference"),
    ("requester", "requester_name"),
    ("status", "status"),
    ("due", "due_on"),
    ("countdown", "due_on"),
    ("rights", "rights"),
    ("regimes", None),
    ("received", "received_on"),
    ("assignee", "assignee"),
)
COLUMN_KEYS = tuple(key for key, _sort in COLUMNS)

URGENCY_COLOURS = {
    "overdue": style.DANGER,
    "soon": style.WARNING,
    "later": style.TEXT_SECONDARY,
}

Index = QModelIndex | QPersistentModelIndex


class RequestTableModel(RegisterListModel[RequestFilter]):
    """Pages of ``list_requests`` under the current filter and sort (ui/paged_model.py)."""

    column_keys = COLUMN_KEYS
    roles = CELL_ROLES | {URGENCY_ROLE}

    def __init__(self, parent=None, *, page_size: int | None = None) -> None:
        super().__init__(RequestFilter(), parent, page_size=page_size)
        self._today: date | None = None
        self._bold = QFont()
        self._bold.setWeight(QFont.Weight.DemiBold)

    # -- source ------------------------------------------------------------------------
    @property
    def today(self) -> date | None:
        return self._today

    def set_source(self, register: Register, flt: RequestFilter, today: date) -> None:
        self._register = register
        self._filter = flt
        self._today = today
        self.reload()

    def set_today(self, today: date) -> None:
        self._today = today

    def clear(self) -> None:
        """On lock: no register, no rows, nothing decrypted kept in memory."""
        self._today = None
        super().clear()

    # -- paging (RegisterListModel) -----------------------------------------------------
    def count_in(self, register: Register, flt: RequestFilter) -> int:
        return request_service.count_requests(register, flt)

    def list_in(
        self, register: Register, flt: RequestFilter, offset: int, limit: int
    ) -> list[RequestRow]:
        return request_service.list_requests(register, flt, offset=offset, limit=limit)

    # -- Qt model ------------------------------------------------------------------------
    def sort_hint(self, section: int) -> str | None:
        return self.tr("Cliquer pour trier") if COLUMNS[section][1] is not None else None

    def column_title(self, key: str) -> str:
        return {
            "reference": self.tr("Référence"),
            "requester": self.tr("Demandeur"),
            "rights": self.tr("Droits"),
            "regimes": self.tr("Régime"),
            "status": self.tr("Statut"),
            "received": self.tr("Reçue le"),
            "due": self.tr("Échéance"),
            "countdown": self.tr("Délai"),
            "assignee": self.tr("Suivie par"),
        }[key]

    def cell_for(self, item: RequestRow, key: str, role: int) -> Any:
        urgency = self._urgency(item)
        if role == URGENCY_ROLE:
            return urgency
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "rights":
                return texts.rights_text(item.rights, short=False)
            if key == "regimes":
                return texts.regimes_text(item.regimes)
            if key == "status":
                return texts.status_label(item.status)
            if key in ("due", "countdown"):
                return texts.basis_label(item.due_basis)
            return self._text(item, key) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "countdown" and urgency:
                return QColor(URGENCY_COLOURS[urgency])
            if key == "due" and urgency == "overdue":
                return QColor(style.DANGER)
            if not texts.is_open(item.status) and key != "status":
                return QColor(style.TEXT_MUTED)  # finished requests recede
            return None
        if role == Qt.ItemDataRole.FontRole:
            if key == "reference" or (key == "countdown" and urgency in ("overdue", "soon")):
                return self._bold
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key in ("received", "due", "countdown"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _urgency(self, item: RequestRow) -> str:
        # Answered, refused, withdrawn or closed: the organisation owes nothing more, so
        # no countdown (GDPR Art. 12(3) runs until the answer, not beyond).
        if self._today is None or not texts.is_open(item.status):
            return ""
        return texts.urgency(item.due_on, self._today)

    def _text(self, item: RequestRow, key: str) -> str:
        if key == "reference":
            return item.reference
        if key == "requester":
            return item.requester_name
        if key == "rights":
            return texts.rights_text(item.rights)
        if key == "regimes":
            return texts.regimes_text(item.regimes, short=True)
        if key == "status":
            return texts.short_status_label(item.status)
        if key == "received":
            return texts.format_date(item.received_on)
        if key == "due":
            return texts.format_date(item.due_on)
        if key == "countdown":
            if self._today is None or not texts.is_open(item.status):
                return ""
            return texts.countdown_short(item.due_on, self._today)
        if key == "assignee":
            return item.assignee
        return ""

    # -- sorting ---------------------------------------------------------------------------
    def sort_key(self, column: int) -> str | None:
        return COLUMNS[column][1] if 0 <= column < len(COLUMNS) else None

    def column_of_sort(self, sort: str) -> int:
        """The column showing a sort key (the due date for "due_on", not the countdown)."""
        for column, (_key, sort_key) in enumerate(COLUMNS):
            if sort_key == sort:
                return column
        return COLUMN_KEYS.index("due")

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = self.sort_key(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._filter.sort, self._filter.descending):
            flt = replace(self._filter, sort=key, descending=descending)
            self.reorder(lambda: setattr(self, "_filter", flt))


class StatusChipDelegate(PillDelegate):
    """Paints the status as a coloured pill, the same tones as the detail page's chip."""

    def tones(self, index: QModelIndex | QPersistentModelIndex) -> tuple[str, str] | None:
        item = index.data(ROW_ROLE)
        if item is None:
            return None
        return look.CHIP_TONES[look.chip_tone(str(item.status))]
