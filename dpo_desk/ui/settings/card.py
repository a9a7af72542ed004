"""The pattern every card of Paramètres follows.

A card edits one register setting: its heading and, under it, why the setting is so
(the article it comes from); its fields; a message line; buttons at the bottom right.
A save says what it did in the card and in the status bar; a refusal stays in the card,
beside what the DPO typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from dpo_desk.domain.clock import Clock, SystemClock
from dpo_desk.domain.errors import UserError
from dpo_desk.services.read_model import Register
from dpo_desk.ui import style
from dpo_desk.ui.i18n import error_text
from dpo_desk.ui.widgets import Card, InlineMessage, explanation, label

T = TypeVar("T")


def primary_button(text: str, slot: Callable[[], object]) -> QPushButton:
    """The card's (or dialog's) main action, in the accent colour."""
    button = QPushButton(text)
    style.set_role(button, "primary")
    button.clicked.connect(slot)
    return button


class SettingsCard(Card):
    """A card of Paramètres, bound to the open register (``set_register``/``clear``).

    The texts are the subclass's own (``self.tr`` there, so each card keeps its
    translation context); this class only lays them out and reports.
    """

    status_message = Signal(str)

    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock: Clock = clock or SystemClock()
        self.register: Register | None = None
        self.message = InlineMessage()

    def add_header(self, heading: str, why: str = "") -> QLabel:
        """The heading and, when given, why the setting is so; the heading is returned
        (a field may name it as its buddy)."""
        caption = label(heading, "heading")
        self.body.addWidget(caption)
        if why:
            self.body.addWidget(explanation(why))
        return caption

    def add_message(self) -> None:
        """The card's message line, where the subclass wants it."""
        self.body.addWidget(self.message)

    def add_buttons(self, *buttons: QWidget) -> QHBoxLayout:
        """A row of buttons at the bottom right of the card."""
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        self.body.addLayout(row)
        return row

    def bind(self, register: Register, read: Callable[[Register], T]) -> T | None:
        """Take ``register`` and read the card's setting from it; None, with the error
        shown in the card, when it cannot be read."""
        self.register = register
        self.message.clear_message()
        try:
            return read(register)
        except UserError as error:
            self.show_error(error)
            return None

    def show_error(self, error: UserError) -> None:
        self.message.show_message(error_text(error), "error")

    def report(self, text: str, tone: str = "success") -> None:
        """What a save did: in the card, and in the window's status bar."""
        self.message.show_message(text, tone)
        self.status_message.emit(text)
