"""A dashboard figure: one count with its caption, tinted when it calls for attention.

The dashboard's cards and those other screens put on the dashboard (the records'
« Registres » card) are all of this kind; the dashboard's style sheet draws them
(``QFrame#StatCard``). Kept apart from the section so that a card of another screen
need not import the dashboard that embeds it.

A figure is a question ("how many are late?"); the answer the DPO wants next is which
ones. So the dashboard's figures are :class:`ClickableStatCard`: a click, or Enter or
Space once focused, opens the list of what it counts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from dpo_desk.ui import style
from dpo_desk.ui.formatting import number
from dpo_desk.ui.widgets import label


class StatCard(QFrame):
    """One figure with its caption; tinted when the figure calls for attention."""

    def __init__(self, caption: str, tone_when_positive: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("StatCard")
        self._tone_when_positive = tone_when_positive
        self._count: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 16)
        layout.setSpacing(2)
        self.value = QLabel("—")
        self.value.setObjectName("StatValue")
        self.caption = QLabel(caption)
        self.caption.setObjectName("StatCaption")
        self.caption.setWordWrap(True)
        self.detail = label("", "secondary", wrap=True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    @property
    def tone(self) -> str:
        return str(self.property("tone") or "")

    @property
    def count(self) -> int | None:
        return self._count

    def set_count(self, count: int | None, detail: str = "") -> None:
        self._count = count
        # Grouped as the UI language writes numbers: "1.234" (fr_MA, ar_MA), "1,234" (en).
        self.value.setText("—" if count is None else number(count))
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        tone = self._tone_when_positive if count else ""
        if self.tone != tone:
            self.setProperty("tone", tone)
            # The labels inside are styled by the card's tone: repolish them too.
            for widget in (self, self.value, self.caption):
                style.repolish(widget)
        # A screen reader hears the figure with its meaning, not a lone number.
        self.setAccessibleName(f"{self.caption.text()} : {self.value.text()}")


class ClickableStatCard(StatCard):
    """A figure the DPO can click (or focus and press Enter or Space) to see what it counts."""

    clicked = Signal()

    def __init__(self, caption: str, tone_when_positive: str = "", parent=None) -> None:
        super().__init__(caption, tone_when_positive, parent)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 — Qt override
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 — Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)
