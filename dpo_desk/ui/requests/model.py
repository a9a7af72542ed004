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

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from dpo_desk.services import requests as request_service
from dpo_desk.services.read_model import Register, RequestFilter, RequestRow
from dpo_desk.ui import style
from dpo_desk.ui.paged_model import ROW_ROLE, PagedTableModel
from dpo_desk.ui.requests import look, texts

ID_ROLE = Qt.ItemDataRole.UserRole + 1
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


class RequestTableModel(PagedTableModel):
    """Pages of ``list_requests`` under the current filter and sort (ui/paged_model.py)."""

    def __init__(self, parent=None, *, page_size: int | None = None) -> None:
        super().__init__(parent, page_size=page_size)
        self._register: Register | None = None
        self._filter = RequestFilter()
        self._today: date | None = None
        self._bold = QFont()
        self._bold.setWeight(QFont.Weight.DemiBold)

    # -- source ------------------------------------------------------------------------
    @property
    def register(self) -> Register | None:
        return self._register

    @property
    def filter(self) -> RequestFilter:
        return self._filter

    @property
    def today(self) -> date | None:
        return self._today

    def set_source(self, register: Register, flt: RequestFilter, today: date) -> None:
        self._register = register
        self._filter = flt
        self._today = today
        self.reload()

    def set_filter(self, flt: RequestFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self.reload()

    def set_today(self, today: date) -> None:
        self._today = today

    def clear(self) -> None:
        """On lock: no register, no rows, nothing decrypted kept in memory."""
        self._register = None
        self._today = None
        super().clear()

    # -- paging (PagedTableModel) -------------------------------------------------------
    def count_rows(self) -> int:
        if self._register is None:
            return 0
        return request_service.count_requests(self._register, self._filter)

    def fetch_rows(self, offset: int, limit: int) -> list[RequestRow]:
        if self._register is None:
            return []
        return request_service.list_requests(
            self._register, self._filter, offset=offset, limit=limit
        )

    # -- Qt model ------------------------------------------------------------------------
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.column_title(COLUMN_KEYS[section])
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section][1] is not None:
            return self.tr("Cliquer pour trier")
        return None

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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.parent().isValid():
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.TextAlignmentRole,
            ROW_ROLE,
            ID_ROLE,
            URGENCY_ROLE,
        ):
            return None  # never touch the register for roles the view does not use
        item = self.row_at(index.row())
        if item is None or not 0 <= index.column() < len(COLUMNS):
            return None
        key = COLUMN_KEYS[index.column()]
        if role == ROW_ROLE:
            return item
        if role == ID_ROLE:
            return item.id
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


class StatusChipDelegate(QStyledItemDelegate):
    """Paints the status as a coloured pill, the same tones as the detail page's chip."""

    HEIGHT = 22

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        item = index.data(ROW_ROLE)
        if item is None:
            super().paint(painter, option, index)
            return
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        text = view_option.text
        view_option.text = ""  # the row's background and selection, without the text
        widget = view_option.widget
        qt_style = widget.style() if widget is not None else QApplication.style()
        qt_style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view_option, painter, widget)

        background, foreground = look.CHIP_TONES[look.chip_tone(str(item.status))]
        font = QFont(view_option.font)
        font.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(font)
        rect = view_option.rect
        width = min(metrics.horizontalAdvance(text) + 22, rect.width() - 12)
        pill = QRectF(rect.x() + 6, rect.center().y() - self.HEIGHT / 2 + 1, width, self.HEIGHT)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(pill, self.HEIGHT / 2, self.HEIGHT / 2)
        painter.setPen(QColor(foreground))
        painter.setFont(font)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width) - 20)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, shown)
        painter.restore()
