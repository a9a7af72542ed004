"""The head of a detail page (a request, a breach, an entry of the Art. 30 register): the
link back to its list, then the reference, which can be selected and copied."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import QBoxLayout, QLabel, QPushButton

from dpo_desk.ui import style
from dpo_desk.ui.widgets import label


def add_back_link(
    column: QBoxLayout, text: str, slot: Callable[[], object] | SignalInstance
) -> QPushButton:
    """``text`` ("‹  Toutes les demandes") as a link at the top left of ``column``;
    ``slot`` may be the page's own signal (``back_requested``)."""
    button = QPushButton(text)
    style.set_role(button, "link")
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.clicked.connect(slot)
    column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
    return button


def reference_label() -> QLabel:
    """The page's title: a reference or a name, in the "reference" style, selectable."""
    reference = label("", "reference")
    reference.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return reference
