"""The page of one breach: its clock at the top, then the five steps of the form.

The stepper shows the order of GDPR Arts. 33-34 (facts, nature, risk, notifications,
closing) and ticks each step whose duty is met. Every step stays reachable: Art. 33(4)
allows an initial notification before the assessment is complete, and the 72 hours do
not wait for the paperwork.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.breaches import BreachIncident
from dpo_desk.domain.clock import Clock, SystemClock, organisation_zone
from dpo_desk.domain.errors import UserError
from dpo_desk.services import breaches as breach_service
from dpo_desk.services.read_model import Register
from dpo_desk.ui import printing, style
from dpo_desk.ui.breaches import texts
from dpo_desk.ui.breaches.printout import breach_printout
from dpo_desk.ui.breaches.steps.base import STEP_KEYS, StepPage, set_chip, step_done, step_title
from dpo_desk.ui.breaches.steps.close import CloseStep
from dpo_desk.ui.breaches.steps.facts import FactsStep
from dpo_desk.ui.breaches.steps.nature import NatureStep
from dpo_desk.ui.breaches.steps.notify import NotifyStep
from dpo_desk.ui.breaches.steps.risk import RiskStep
from dpo_desk.ui.drafts import read_values, write_values
from dpo_desk.ui.i18n import error_text
from dpo_desk.ui.page_head import add_back_link, reference_label
from dpo_desk.ui.widgets import InlineMessage, label


class StepBar(QWidget):
    """Five numbered buttons in a row: the current one outlined, the finished ones ticked.

    Each button is as wide as its title in bold (the current step is bold: sized for the
    regular weight, "Nature et étendue" was cut when chosen); when one line cannot hold
    the five, they go on two lines (or more) rather than be cut."""

    selected = Signal(int)
    SPACING = 8
    #: the stylesheet's padding (12 px a side) and border (2 px a side when current)
    FRAME = 2 * 12 + 2 * 2 + 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(self.SPACING)
        self.columns = 0
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[QPushButton] = []
        for index, key in enumerate(STEP_KEYS):
            button = QPushButton()
            style.set_role(button, "step")
            button.setCheckable(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            self.group.addButton(button, index)
            self.buttons.append(button)
            self._label(index, key, False)
        self._arrange(len(self.buttons))
        self.group.idClicked.connect(self.selected)

    def _button_width(self) -> int:
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(bold)
        return max(metrics.horizontalAdvance(b.text()) for b in self.buttons) + self.FRAME

    def _arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for button in self.buttons:
            self.grid.removeWidget(button)
        for index, button in enumerate(self.buttons):
            self.grid.addWidget(button, index // columns, index % columns)
        for column in range(len(self.buttons)):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def _fit(self, width: int) -> None:
        needed = self._button_width()
        for button in self.buttons:
            button.setMinimumWidth(needed)
        count = len(self.buttons)
        fits = max(1, min(count, (width + self.SPACING) // (needed + self.SPACING)))
        lines = -(-count // fits)
        self._arrange(-(-count // lines))  # even lines: 3 and 2, not 4 and 1

    def minimumSizeHint(self) -> QSize:  # noqa: N802 — Qt override
        return QSize(self._button_width(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 — Qt override
        super().resizeEvent(event)
        self._fit(event.size().width())

    def _label(self, index: int, key: str, done: bool) -> None:
        button = self.buttons[index]
        mark = "✓ " if done else ""
        button.setText(f"{mark}{index + 1}. {step_title(key)}")
        button.setProperty("state", "done" if done else "todo")
        button.setToolTip(
            QCoreApplication.translate("BreachDetail", "Étape terminée")
            if done
            else QCoreApplication.translate("BreachDetail", "Étape à compléter")
        )
        style.repolish(button)

    def set_done(self, done: list[bool]) -> None:
        for index, key in enumerate(STEP_KEYS):
            self._label(index, key, done[index])
        if self.width() > 0:
            self._fit(self.width())  # a tick added widens the titles

    def is_done(self, index: int) -> bool:
        return self.buttons[index].property("state") == "done"

    def set_current(self, index: int) -> None:
        self.buttons[index].setChecked(True)


class BreachDetail(QWidget):
    changed = Signal(object)  # BreachIncident, after every write
    back_requested = Signal()
    status_message = Signal(str)

    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register: Register | None = None
        self.breach: BreachIncident | None = None
        self.clock: Clock = clock or SystemClock()
        self.zone: tzinfo = organisation_zone()
        # Each step's inputs as last loaded from the register: what differs is typing.
        self._loaded: dict[str, dict] = {}

        page = QVBoxLayout(self)
        page.setContentsMargins(28, 16, 28, 16)
        page.setSpacing(10)
        self.back_button = add_back_link(
            page, self.tr("‹  Toutes les violations"), self.back_requested
        )

        head = QHBoxLayout()
        head.setSpacing(12)
        self.reference = reference_label()
        head.addWidget(self.reference)
        self.status_chip = QLabel()
        head.addWidget(self.status_chip, 0, Qt.AlignmentFlag.AlignVCenter)
        self.risk_chip = QLabel()
        head.addWidget(self.risk_chip, 0, Qt.AlignmentFlag.AlignVCenter)
        head.addStretch(1)
        self.clock_label = label("", "clock")
        head.addWidget(self.clock_label, 0, Qt.AlignmentFlag.AlignVCenter)
        # GDPR Arts. 33(3), 34(2): the notification report and the communication to the
        # people concerned are drafted, reviewed and kept with the breach.
        self.letter_button = QPushButton(self.tr("Rédiger un courrier…"))
        self.letter_button.clicked.connect(self.open_letters)
        head.addWidget(self.letter_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.print_button = printing.print_button(self.print_summary)
        head.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.active_dialog = None
        page.addLayout(head)
        self.title_label = label("", "value", wrap=True)
        page.addWidget(self.title_label)
        self.deadline_label = label("", "secondary", wrap=True)
        page.addWidget(self.deadline_label)
        # Every duty at a glance (EU authority, CNDP, DGSSI): a CNDP notice never passes
        # for the GDPR's, so each one says where it stands.
        self.duties_label = label("", "secondary", wrap=True)
        page.addWidget(self.duties_label)
        self.message = InlineMessage()
        page.addWidget(self.message)

        self.steps = StepBar()
        self.steps.selected.connect(self.show_step)
        page.addWidget(self.steps)
        self.stack = QStackedWidget()
        self.pages: list[StepPage] = [
            FactsStep(),
            NatureStep(),
            RiskStep(),
            NotifyStep(),
            CloseStep(),
        ]
        for step in self.pages:
            self.stack.addWidget(step)
            step.saved.connect(lambda updated, s=step: self._saved(s, updated))
            step.status_message.connect(self.status_message)
        page.addWidget(self.stack, 1)

    def step(self, key: str) -> StepPage:
        return self.pages[STEP_KEYS.index(key)]

    @property
    def current_step(self) -> str:
        return STEP_KEYS[self.stack.currentIndex()]

    # -- display ---------------------------------------------------------------------------
    def show_breach(
        self,
        register: Register,
        breach: BreachIncident,
        zone: tzinfo,
        *,
        step: str | None = None,
    ) -> None:
        """Open ``breach`` at ``step``, or at the first step still to complete."""
        self.register, self.zone = register, zone
        self.message.clear_message()
        for page in self.pages:
            page.message.clear_message()
            page.bind(register, self.clock, zone)
        self._display(breach, fresh=True)
        if step is None:
            done = [step_done(key, breach) for key in STEP_KEYS]
            step = STEP_KEYS[done.index(False)] if False in done else STEP_KEYS[-1]
        self.show_step(STEP_KEYS.index(step))

    def show_step(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.steps.set_current(index)

    def _display(self, breach: BreachIncident, fresh: bool, skip: StepPage | None = None) -> None:
        self.breach = breach
        self.reference.setText(breach.reference)
        self.title_label.setText(breach.title)
        set_chip(
            self.status_chip,
            texts.status_label(breach.status),
            texts.STATUS_TONES[breach.status],
        )
        if breach.risk_level is not None:
            set_chip(
                self.risk_chip,
                texts.risk_label(breach.risk_level),
                texts.RISK_TONES[breach.risk_level],
            )
            self.risk_chip.show()
        else:
            self.risk_chip.hide()
        governing = breach.governing_duty
        self.deadline_label.setText(
            self.tr(
                "Connue le {aware} · notification à : {authority}, au plus tard le {deadline} "
                "· délai {basis}"
            ).format(
                aware=texts.format_instant_long(breach.aware_at, self.zone),
                authority=texts.duty_label(governing.kind),
                deadline=texts.format_instant_long(breach.notify_by, self.zone),
                basis=texts.deadline_label(breach.deadline.rule),
            )
        )
        self.duties_label.setText(
            self.tr("Obligations : {duties}").format(
                duties=texts.duties_summary(breach.duties, self.zone)
            )
        )
        self.update_clock()
        self.steps.set_done([step_done(key, breach) for key in STEP_KEYS])
        for page in self.pages:
            if page is not skip:
                page.show_breach(breach, fresh)
                if fresh:
                    self._loaded[page.key] = self._step_values(page)

    def update_clock(self) -> None:
        """The big countdown in the header; the section calls it on every tick."""
        breach = self.breach
        if breach is None:
            self.clock_label.clear()
            return
        left = breach.countdown(self.clock.now())
        if left is not None:
            text, level = texts.countdown_text(left), str(left.level)
        elif breach.notified_at is not None:
            text, level = texts.notified_text(breach.notified_at, self.zone), "stopped"
        elif breach.no_notification is not None:
            text, level = texts.no_notification_text(), "stopped"
        else:
            text, level = texts.closed_text(), "stopped"
        self.clock_label.setText(text)
        if self.clock_label.property("level") != level:
            self.clock_label.setProperty("level", level)
            style.repolish(self.clock_label)

    def _saved(self, page: StepPage, updated: BreachIncident) -> None:
        # The page that saved has reset its own fields; the others keep what is typed.
        self._display(updated, fresh=False, skip=page)
        page.show_breach(updated, False)
        self._loaded[page.key] = self._step_values(page)
        self.changed.emit(updated)

    def reload(self) -> None:
        if self.register is None or self.breach is None:
            return
        try:
            fresh = breach_service.get_breach(self.register, self.breach.id)
        except UserError as error:
            self.message.show_message(error_text(error), "error")
            return
        self._display(fresh, fresh=True)

    def open_letters(self):
        """The letters dialog of this breach (notification report, communication)."""
        from dpo_desk.ui.letters import LetterDialog

        if self.register is None or self.breach is None:
            return None
        dialog = LetterDialog(self.register, self.breach.reference, clock=self.clock, parent=self)
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def print_summary(self):
        """The breach on paper (as saved), through the print preview."""
        if self.register is None or self.breach is None:
            return None
        head = printing.letterhead(self.register, self.clock)
        dialog = printing.open_preview(breach_printout(self.register, self.breach, head), self)
        dialog.finished.connect(lambda _result, d=dialog: self._preview_closed(d))
        self.active_dialog = dialog  # closed with the page on lock
        return dialog

    def _preview_closed(self, dialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None  # Qt deletes it: never reject it again on lock

    # -- drafts across a lock ----------------------------------------------------------------
    @staticmethod
    def _step_values(page: StepPage) -> dict:
        # Every input of the step, its sub-forms included (a notification being typed).
        return read_values({page.key: page})

    def unsaved_values(self) -> dict | None:
        """Step key → its inputs, for the steps whose typing is not saved; None if none."""
        if self.breach is None:
            return None
        edited = {}
        for page in self.pages:
            values = self._step_values(page)
            if values != self._loaded.get(page.key):
                edited[page.key] = values
        return edited or None

    def restore_values(self, values: dict) -> None:
        """Refill the steps with a draft's values (edited, not saved); opens the first."""
        for page in self.pages:
            if page.key in values:
                write_values({page.key: page}, values[page.key])
        first = next((key for key in STEP_KEYS if key in values), None)
        if first is not None:
            self.show_step(STEP_KEYS.index(first))

    def clear(self) -> None:
        """On lock: forget the breach, every typed field, every message."""
        if self.active_dialog is not None:
            self.active_dialog.reject()
            self.active_dialog = None
        self.register = None
        self.breach = None
        self._loaded = {}
        for page in self.pages:
            page.clear()
        for widget in (
            self.reference,
            self.title_label,
            self.deadline_label,
            self.duties_label,
            self.clock_label,
        ):
            widget.clear()
        self.status_chip.clear()
        self.risk_chip.clear()
        self.message.clear_message()
