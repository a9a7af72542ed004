"""A row of buttons that wraps: as many columns as the card's width allows, rows balanced.

In one row, a card's four buttons were squeezed under their text as soon as a translation
ran longer than the card (« uvegarder maintenant » in French already). Here every button
keeps its full text: the buttons share one width (the widest one's), and when they do not
all fit side by side they go on as many rows as needed, the rows as even as possible
(four buttons: four, then two and two, then one per row, never three and one). The grid
starts on the leading side and mirrors in a right-to-left window.
"""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


class ButtonGrid(QLayout):
    """Buttons of one width in balanced rows; the height follows the width given."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout -------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def add(self, *widgets: QWidget) -> None:
        for widget in widgets:
            self.addChildWidget(widget)
            self.addItem(QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def sizeHint(self) -> QSize:  # noqa: N802
        # Preferred: every button side by side, on one row.
        shown = self._shown()
        cell = self._cell()
        margins = self.contentsMargins()
        width = len(shown) * cell.width() + max(len(shown) - 1, 0) * self._spacing
        return QSize(
            width + margins.left() + margins.right(),
            cell.height() + margins.top() + margins.bottom(),
        )

    def minimumSize(self) -> QSize:  # noqa: N802
        # At the least one button a row: the grid is never narrower than its widest text.
        margins = self.contentsMargins()
        cell = self._cell()
        return QSize(
            cell.width() + margins.left() + margins.right(),
            cell.height() + margins.top() + margins.bottom(),
        )

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    # -- the arrangement -------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _cell(self) -> QSize:
        width = height = 0
        for item in self._shown():
            hint = item.sizeHint()
            width = max(width, hint.width())
            height = max(height, hint.height())
        return QSize(width, height)

    def columns(self, width: int) -> int:
        """How many buttons a row holds at ``width``, the rows balanced."""
        count = len(self._shown())
        if count == 0:
            return 1
        margins = self.contentsMargins()
        room = width - margins.left() - margins.right()
        cell = self._cell().width()
        fit = max(1, min(count, (room + self._spacing) // max(cell + self._spacing, 1)))
        rows = ceil(count / fit)
        return ceil(count / rows)

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        shown = self._shown()
        margins = self.contentsMargins()
        if not shown:
            return margins.top() + margins.bottom()
        cell = self._cell()
        columns = self.columns(rect.width())
        rows = ceil(len(shown) / columns)
        if place:
            area = rect.adjusted(margins.left(), margins.top(), -margins.right(), 0)
            parent = self.parentWidget()
            mirrored = (
                parent is not None and parent.layoutDirection() == Qt.LayoutDirection.RightToLeft
            )
            for index, item in enumerate(shown):
                row, column = divmod(index, columns)
                x = column * (cell.width() + self._spacing)
                y = row * (cell.height() + self._spacing)
                if mirrored:  # the first button on the right, in reading order
                    x = area.width() - x - cell.width()
                item.setGeometry(QRect(area.topLeft() + QPoint(x, y), cell))
        return rows * cell.height() + (rows - 1) * self._spacing + margins.top() + margins.bottom()
