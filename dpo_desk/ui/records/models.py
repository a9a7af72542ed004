"""Table models of the two registers, and the delegate that paints flags as chips.

A register holds tens or hundreds of activities and processors, so a model holds the
whole filtered list (read through the services); nothing here queries per cell. Every
cell shows a label, never a stored code.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from dpo_desk.domain.record_flags import (
    RegisterFlag,
)
from dpo_desk.domain.records import (
    ProcessorStatus,
)
from dpo_desk.services.read_model import ActivityRow, ProcessorRow
from dpo_desk.ui import style
from dpo_desk.ui.formatting import join_labels
from dpo_desk.ui.records import look, texts

ROW_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
CHIPS_ROLE = Qt.ItemDataRole.UserRole + 2  # [(text, tone)] for the flags column
FLAGS_ROLE = Qt.ItemDataRole.UserRole + 3  # the RegisterFlag objects of the row

Index = QModelIndex | QPersistentModelIndex

ACTIVITY_COLUMNS = (
    "name",
    "flags",
    "owner",
    "bases",
    "cndp",
    "dpia",
    "reviewed",
)
PROCESSOR_COLUMNS = (
    "name",
    "flags",
    "service",
    "countries",
    "dpa",
    "review",
    "status",
)


class _RegisterModel(QAbstractTableModel):
    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []
        self._flags: dict[int, tuple[RegisterFlag, ...]] = {}
        self._today: date | None = None
        self._bold = QFont()
        self._bold.setWeight(QFont.Weight.DemiBold)

    def set_rows(
        self,
        rows: Sequence,
        flags: dict[int, tuple[RegisterFlag, ...]],
        today: date | None,
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._flags = dict(flags)
        self._today = today
        self.endResetModel()

    def clear(self) -> None:
        """On lock: no row, no flag, nothing decrypted left in memory."""
        self.set_rows([], {}, None)

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def find_row(self, item_id: int) -> int | None:
        for row, item in enumerate(self._rows):
            if item.id == item_id:
                return row
        return None

    def ids(self) -> list[int]:
        return [item.id for item in self._rows]

    def names(self) -> list[str]:
        return [item.name for item in self._rows]

    # -- Qt model ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.column_title(self.COLUMNS[section])
        return None

    def column_title(self, key: str) -> str:
        raise NotImplementedError

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.parent().isValid():
            return None
        item = self.row_at(index.row())
        if item is None or not 0 <= index.column() < len(self.COLUMNS):
            return None
        key = self.COLUMNS[index.column()]
        flags = self._flags.get(item.id, ())
        if role == ROW_ROLE:
            return item
        if role == ID_ROLE:
            return item.id
        if role == FLAGS_ROLE:
            return list(flags)
        if role == CHIPS_ROLE:
            return texts.chips(flags) if key == "flags" else None
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "flags":
                return join_labels(text for text, _tone in texts.chips(flags))
            return self.text(item, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "flags":
                return "\n".join(texts.flag_message(f) for f in flags) or None
            return self.tooltip(item, key) or self.text(item, key) or None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if key == "name" else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(item, key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def text(self, item, key: str) -> str:
        raise NotImplementedError

    def tooltip(self, item, key: str) -> str:
        return ""

    def foreground(self, item, key: str):
        return None


class ActivityTableModel(_RegisterModel):
    COLUMNS = ACTIVITY_COLUMNS

    def column_title(self, key: str) -> str:
        return {
            "name": self.tr("Traitement"),
            "flags": self.tr("Alertes"),
            "owner": self.tr("Service"),
            "bases": self.tr("Bases légales"),
            "cndp": self.tr("CNDP"),
            "dpia": self.tr("AIPD"),
            "reviewed": self.tr("Dernière revue"),
        }[key]

    def text(self, item: ActivityRow, key: str) -> str:
        if key == "name":
            return item.name
        if key == "owner":
            return item.owner_department
        if key == "bases":
            return texts.bases_text(item.legal_bases)
        if key == "cndp":
            # The regime and the receipt side by side: a declaration with no receipt
            # number is what the DPO has to chase (Law 09-08 art. 12).
            return self.tr("{regime} · {receipt}").format(
                regime=texts.short_regime(item.cndp_regime),
                receipt=item.cndp_receipt or self.tr("sans récépissé"),
            )
        if key == "dpia":
            if not item.dpia_required:
                return self.tr("Non requise")
            return self.tr("Réalisée") if item.dpia_done else self.tr("À réaliser")
        if key == "reviewed":
            return texts.format_date(item.last_reviewed_on) or self.tr("jamais")
        return ""

    def tooltip(self, item: ActivityRow, key: str) -> str:
        if key == "cndp":
            return texts.regime(item.cndp_regime)
        if key == "bases":
            return "\n".join(texts.legal_basis_citation(b) for b in sorted(item.legal_bases))
        return ""

    def foreground(self, item: ActivityRow, key: str):
        if key == "cndp" and not item.cndp_receipt:
            return QColor(style.TEXT_MUTED)
        if key == "dpia" and item.dpia_required and not item.dpia_done:
            return QColor(style.WARNING)
        return None


class ProcessorTableModel(_RegisterModel):
    COLUMNS = PROCESSOR_COLUMNS

    def column_title(self, key: str) -> str:
        return {
            "name": self.tr("Sous-traitant"),
            "flags": self.tr("Alertes"),
            "service": self.tr("Service fourni"),
            "countries": self.tr("Pays"),
            "dpa": self.tr("Contrat (DPA)"),
            "review": self.tr("Prochaine revue"),
            "status": self.tr("Statut"),
        }[key]

    def text(self, item: ProcessorRow, key: str) -> str:
        if key == "name":
            return item.name
        if key == "service":
            return item.service
        if key == "countries":
            return join_labels(item.countries)
        if key == "dpa":
            if not item.dpa_signed:
                return self.tr("Non signé")
            if item.dpa_signed_on:
                return self.tr("Signé le {date}").format(date=texts.format_date(item.dpa_signed_on))
            return self.tr("Signé")
        if key == "review":
            return texts.format_date(item.next_review_on) or "—"
        if key == "status":
            return texts.processor_status(item.status)
        return ""

    def foreground(self, item: ProcessorRow, key: str):
        if item.status is ProcessorStatus.ENDED and key != "flags":
            return QColor(style.TEXT_MUTED)  # ended contracts recede
        if key == "dpa" and not item.dpa_signed:
            return QColor(style.DANGER)
        if (
            key == "review"
            and self._today is not None
            and item.next_review_on is not None
            and item.next_review_on < self._today
        ):
            return QColor(style.WARNING)
        return None


class FlagChipsDelegate(QStyledItemDelegate):
    """Paints a row's flags as small red or orange pills; the text says why, not colour."""

    HEIGHT = 22
    GAP = 6
    PADDING = 18

    @staticmethod
    def chip_font(base: QFont) -> QFont:
        font = QFont(base)
        font.setWeight(QFont.Weight.DemiBold)
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        return font

    @classmethod
    def width_for(cls, base: QFont, chips: list[str]) -> int:
        metrics = QFontMetrics(cls.chip_font(base))
        return sum(metrics.horizontalAdvance(t) + cls.PADDING + cls.GAP for t in chips) + cls.GAP

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        chips: Iterable[tuple[str, str]] | None = index.data(CHIPS_ROLE)
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        view_option.text = ""
        widget = view_option.widget
        qt_style = widget.style() if widget is not None else QApplication.style()
        qt_style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view_option, painter, widget)
        if not chips:
            return
        font = self.chip_font(view_option.font)
        metrics = QFontMetrics(font)
        rect = view_option.rect
        x = rect.x() + self.GAP
        right = rect.right() - self.GAP
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        for text, tone in chips:
            background, foreground = look.FLAG_TONES[tone]
            width = metrics.horizontalAdvance(text) + self.PADDING
            if x + width > right:
                width = right - x
                if width < 30:
                    break
            pill = QRectF(x, rect.center().y() - self.HEIGHT / 2 + 1, width, self.HEIGHT)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(background))
            painter.drawRoundedRect(pill, self.HEIGHT / 2, self.HEIGHT / 2)
            painter.setPen(QColor(foreground))
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width) - 14)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, shown)
            x += width + self.GAP
        painter.restore()
