"""A table cell drawn as a coloured pill (a status, a risk, a countdown): the tone and
the words together, the text always inside the pill, never colour alone."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem


class PillDelegate(QStyledItemDelegate):
    """Paints a cell whose ``tones`` are (background, foreground) as a pill; any other
    cell as the view would."""

    HEIGHT = 22

    def tones(self, index: QModelIndex | QPersistentModelIndex) -> tuple[str, str] | None:
        raise NotImplementedError

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        tone = self.tones(index)
        if tone is None:
            super().paint(painter, option, index)
            return
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        text = view_option.text
        view_option.text = ""  # the row's background and selection, without the text
        widget = view_option.widget
        qt_style = widget.style() if widget is not None else QApplication.style()
        qt_style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view_option, painter, widget)
        background, foreground = tone
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
