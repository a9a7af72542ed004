"""What every step shares: the scrolling page, its service call, the stepper's words."""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain import breaches as rules
from dpo_desk.domain.breach_risk import RiskLevel
from dpo_desk.domain.breaches import (
    BreachIncident,
    BreachStatus,
    DutyKind,
    DutyState,
)
from dpo_desk.domain.clock import Clock, SystemClock, organisation_zone
from dpo_desk.domain.errors import Conflict, UserError
from dpo_desk.services.read_model import Register
from dpo_desk.ui import style
from dpo_desk.ui.breaches.fields import FieldSet
from dpo_desk.ui.i18n import error_text
from dpo_desk.ui.widgets import Card, InlineMessage, busy, label

STEP_KEYS = ("facts", "nature", "risk", "notify", "close")


def step_title(key: str) -> str:
    return {
        "facts": QCoreApplication.translate("BreachSteps", "Faits et horloge"),
        "nature": QCoreApplication.translate("BreachSteps", "Nature et étendue"),
        "risk": QCoreApplication.translate("BreachSteps", "Évaluation du risque"),
        "notify": QCoreApplication.translate("BreachSteps", "Notifications"),
        "close": QCoreApplication.translate("BreachSteps", "Chronologie et clôture"),
    }[key]


def step_done(key: str, breach: BreachIncident) -> bool:
    """Whether a step's duty is met; the stepper ticks it."""
    facts = breach.facts
    if key == "facts":
        return True  # a recorded breach has its title, regimes and instants
    if key == "nature":
        return breach.nature.has_impact
    if key == "risk":
        if breach.risk is None:
            return False
        return breach.risk_level is not RiskLevel.NONE or breach.no_notification is not None
    if key == "notify":
        # Every authority notice owed is sent or waived: the GDPR's to an EU authority
        # and, under Law 09-08, the CNDP's (a CNDP notice alone never meets the GDPR's).
        authority = all(
            d.state is not DutyState.PENDING for d in breach.duties if d.kind is not DutyKind.DGSSI
        )
        subjects = not rules.communication_required(facts) or bool(breach.communications)
        dgssi = breach.dgssi.applies is not None and not breach.dgssi.pending
        return authority and subjects and dgssi
    return breach.status is BreachStatus.CLOSED


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(10)
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


def primary(text: str) -> QPushButton:
    button = QPushButton(text)
    style.set_role(button, "primary")
    return button


def titled_card(title: str) -> Card:
    card = Card()
    card.body.addWidget(label(title, "subheading"))
    return card


def add_action(
    card: Card, text: str, slot: Callable[[], None], *, main: bool = False
) -> tuple[InlineMessage, QPushButton]:
    """A card's closing line: the message its action answers with, then its button
    (``main``: the step's primary action) at the right."""
    message = InlineMessage()
    card.body.addWidget(message)
    button = primary(text) if main else QPushButton(text)
    button.clicked.connect(slot)
    card.body.addLayout(button_row(button))
    return message, button


def item_list(minimum: int = 60) -> QListWidget:
    items = QListWidget()
    items.setObjectName("BreachItems")
    items.setWordWrap(True)
    items.setSelectionMode(QListWidget.SelectionMode.NoSelection)
    items.setMinimumHeight(minimum)
    items.setMaximumHeight(220)
    return items


class StepPage(QWidget):
    """One step: a scrolling column of cards; ``saved`` carries the breach as stored."""

    saved = Signal(object)  # BreachIncident
    status_message = Signal(str)

    def __init__(self, number: int, key: str, intro: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.register: Register | None = None
        self.clock: Clock = SystemClock()
        self.zone: tzinfo = organisation_zone()
        self.breach: BreachIncident | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(self.scroll_area)
        page = QWidget()
        page.setObjectName("SectionPage")
        self.scroll_area.setWidget(page)
        self.column = QVBoxLayout(page)
        self.column.setContentsMargins(0, 4, 8, 12)
        self.column.setSpacing(14)
        self.heading = label(
            QCoreApplication.translate("BreachSteps", "Étape {number} — {title}").format(
                number=number, title=step_title(key)
            ),
            "heading",
        )
        self.column.addWidget(self.heading)
        self.intro = label(intro, "secondary", wrap=True)
        self.column.addWidget(self.intro)
        self.message = InlineMessage()
        self.column.addWidget(self.message)

    def finish(self) -> None:
        self.column.addStretch(1)

    def bind(self, register: Register, clock: Clock, zone: tzinfo) -> None:
        self.register, self.clock, self.zone = register, clock, zone

    @property
    def editable(self) -> bool:
        return self.breach is not None and self.breach.is_open

    def show_breach(self, breach: BreachIncident, fresh: bool) -> None:
        """Display ``breach``; ``fresh`` (another breach, or after this page's own save)
        reloads the fields, otherwise what is being typed stays."""
        self.breach = breach

    def clear(self) -> None:
        self.register = None
        self.breach = None
        self.message.clear_message()

    def run(
        self,
        call: Callable[[], BreachIncident],
        success: str,
        fields: FieldSet | None = None,
        message: InlineMessage | None = None,
    ) -> BreachIncident | None:
        """Call a service; a refusal goes under its field or into ``message``."""
        shown = message or self.message
        shown.clear_message()
        self.message.clear_message()
        if fields is not None:
            fields.clear_errors()
        try:
            with busy():
                updated = call()
        except Conflict as error:
            shown.show_message(error_text(error), "warning")
            return None
        except UserError as error:
            if fields is None or not fields.point_at(error):
                shown.show_message(error_text(error), "error")
            return None
        self.breach = updated
        self.saved.emit(updated)
        shown.show_message(success, "success")
        self.status_message.emit(success)
        return updated


def set_chip(chip: QLabel, text: str, tone: str) -> None:
    chip.setText(text)
    chip.setProperty("chip", tone)
    style.repolish(chip)
