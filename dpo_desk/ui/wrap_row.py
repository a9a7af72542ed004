"""A line of two parts that becomes two lines when the width cannot hold both.

List headings (title, then buttons) and filter bars (search, then choices) use it: in a
narrow window or a longer translation (English, Arabic), the second part goes under the
first instead of being drawn over it or cut.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFormLayout, QGridLayout, QLabel, QWidget


class SplitRow(QWidget):
    """``first`` then ``second`` on one line, or ``second`` under ``first`` when narrow."""

    def __init__(
        self,
        first: QWidget,
        second: QWidget,
        *,
        spacing: int = 10,
        line_spacing: int = 10,
        trailing: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """``trailing``: both parts keep their width, at the end of the line (buttons);
        otherwise ``first`` takes the room left (a search box)."""
        super().__init__(parent)
        self.first = first
        self.second = second
        self.alignment = (
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            if trailing
            else Qt.AlignmentFlag(0)
        )
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(spacing)
        self.grid.setVerticalSpacing(line_spacing)
        self.two_lines: bool | None = None
        self._place(False)

    @staticmethod
    def _width(widget: QWidget) -> int:
        return max(widget.sizeHint().width(), widget.minimumWidth())

    def needed_width(self) -> int:
        """The width one line needs."""
        return self._width(self.first) + self.grid.horizontalSpacing() + self._width(self.second)

    def _place(self, two_lines: bool) -> None:
        if two_lines == self.two_lines:
            return
        self.two_lines = two_lines
        self.grid.removeWidget(self.first)
        self.grid.removeWidget(self.second)
        self.grid.addWidget(self.first, 0, 0, self.alignment)
        row, column = (1, 0) if two_lines else (0, 1)
        self.grid.addWidget(self.second, row, column, self.alignment)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 0)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 — Qt override
        # On two lines the row needs only its wider part: it never widens the page.
        wide = max(self.first.minimumSizeHint().width(), self.second.minimumSizeHint().width())
        wide = max(wide, self.first.minimumWidth(), self.second.minimumWidth())
        return QSize(wide, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 — Qt override
        super().resizeEvent(event)
        self._place(self.needed_width() > event.size().width())

    def event(self, event: QEvent) -> bool:
        # A count or a caption changing may change what one line can hold.
        if event.type() == QEvent.Type.LayoutRequest and self.width() > 0:
            self._place(self.needed_width() > self.width())
        return super().event(event)


def wrap_long_rows(form: QFormLayout, fields: Iterable[QWidget]) -> None:
    """Let ``form`` put a label above its field when the row cannot hold both.

    QFormLayout decides to wrap a row from that row's own label, then gives every field
    what the widest label leaves: a row with a short label and a wide field (a group of
    check boxes) was squeezed instead of wrapped. With every label as wide as the widest,
    the two agree. Call it once the rows of ``fields`` are added.

    The labels are found from their fields (``labelForField``), never through the
    layout's items: PySide6 keeps a wrapper for every item ``itemAt`` returns, which goes
    stale once the layout deletes the item, and a later object at the same address came
    back as that wrapper ("'QWidgetItem' object has no attribute 'addAction'")."""
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    labels = [caption for field in fields if (caption := form.labelForField(field)) is not None]
    for widget in labels:
        widget.ensurePolished()
    widest = max((widget.sizeHint().width() for widget in labels), default=0)
    for widget in labels:
        # And a spacing more, as a margin: measured, a row 7 px too long still stayed on
        # one line, its field squeezed (breach step 2 at 1180 px).
        widget.setMinimumWidth(widest + form.horizontalSpacing())


class _HeightForWidth(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt override
        if event.type() == QEvent.Type.Resize and isinstance(watched, QLabel):
            needed = watched.heightForWidth(watched.width())
            if needed > 0 and watched.minimumHeight() != needed:
                watched.setMinimumHeight(needed)
        return False


def keep_whole(label: QLabel) -> QLabel:
    """A word-wrapped label that asks its layout for the height its lines need at the
    width it got. A form inside a card inside a scrolling page gave a long value (a
    processor's eight clauses) the height of fewer lines than it wraps to, cutting it."""
    keeper = _HeightForWidth(label)
    label.installEventFilter(keeper)
    return label
