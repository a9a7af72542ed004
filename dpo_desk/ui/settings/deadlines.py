"""Paramètres ▸ the deadline cards together: the policy, the working calendar, and the
holidays that roll a GDPR period."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from dpo_desk.domain.clock import Clock
from dpo_desk.services.read_model import Register
from dpo_desk.ui.settings.deadline_policy import DeadlinePolicyCard
from dpo_desk.ui.settings.gdpr_holidays import GdprHolidaysCard
from dpo_desk.ui.settings.working_calendar import WorkingCalendarCard


class DeadlineSettings(QWidget):
    """The cards, as Paramètres embeds them."""

    status_message = Signal(str)

    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        self.policy_card = DeadlinePolicyCard(clock)
        self.calendar_card = WorkingCalendarCard(clock)
        self.gdpr_card = GdprHolidaysCard(clock)
        layout.addWidget(self.policy_card)
        layout.addWidget(self.calendar_card)
        layout.addWidget(self.gdpr_card)
        for card in (self.policy_card, self.calendar_card, self.gdpr_card):
            card.status_message.connect(self.status_message)

    def set_register(self, register: Register) -> None:
        self.policy_card.set_register(register)
        self.calendar_card.set_register(register)
        self.gdpr_card.set_register(register)

    def clear(self) -> None:
        self.policy_card.clear()
        self.calendar_card.clear()
        self.gdpr_card.clear()
