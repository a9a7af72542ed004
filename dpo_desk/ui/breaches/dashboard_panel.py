"""The breaches panel of the dashboard: open breaches first, above the requests.

A breach's deadline is counted in hours (GDPR Art. 33(1)), a request's in days: the
most urgent thing the DPO owes is here. A click on a line asks to open the breach.

What it shows is read again each time the dashboard comes back on screen (a breach
recorded, notified or closed in Violations is there at once, not at the next tick),
and every 30 seconds while it stays on screen, for the countdowns.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from dpo_desk.domain.clock import Clock, SystemClock, organisation_zone
from dpo_desk.domain.errors import UserError
from dpo_desk.services import breaches as breach_service
from dpo_desk.services.read_model import BreachRow, Register
from dpo_desk.ui import formatting, style
from dpo_desk.ui.breaches import texts
from dpo_desk.ui.i18n import error_text
from dpo_desk.ui.widgets import Card, InlineMessage, label

REFERENCE_ROLE = Qt.ItemDataRole.UserRole
MAX_LINES = 8
REFRESH_MS = 30_000  # the countdown shows minutes: refreshed at least once a minute


class BreachDashboardPanel(Card):
    """Open breaches, the running clocks first; ``open_breach`` carries a reference
    (empty: the whole list)."""

    open_breach = Signal(str)
    refreshed = Signal()

    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock: Clock = clock or SystemClock()
        self.register: Register | None = None
        self.zone: tzinfo = organisation_zone()
        self.rows: list[BreachRow] = []
        # As the dashboard's: set while hidden, cleared by a refresh, so that the show
        # right after the unlock's set_register does not read the breaches twice.
        self._stale = True

        heading = QHBoxLayout()
        heading.addWidget(label(self.tr("Violations de données ouvertes"), "heading"), 1)
        self.all_button = QPushButton(self.tr("Toutes les violations"))
        style.set_role(self.all_button, "link")
        self.all_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.all_button.clicked.connect(self._show_all)
        heading.addWidget(self.all_button)
        self.body.addLayout(heading)
        self.summary = label("", "secondary", wrap=True)
        self.body.addWidget(self.summary)
        self.message = InlineMessage()
        self.body.addWidget(self.message)

        self.table = QTableWidget(0, 5)
        formatting.style_table(self.table)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Délai restant"),
                self.tr("Référence"),
                self.tr("Intitulé"),
                self.tr("Statut"),
                self.tr("Échéance"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Violations ouvertes"))
        self.table.cellClicked.connect(lambda row, _column: self._open(row))
        self.table.cellActivated.connect(lambda row, _column: self._open(row))
        self.table.installEventFilter(self)  # Enter opens, as a click does
        self.body.addWidget(self.table)
        self.more_label = label("", "muted")
        self.body.addWidget(self.more_label)
        self.body.addStretch(1)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.clear()

    # -- contract of a dashboard part -----------------------------------------------------
    def set_register(self, register: Register) -> None:
        self.register = register
        try:
            self.zone = breach_service.organisation_timezone(register)
        except UserError as error:
            self.message.show_message(error_text(error), "error")
        self.refresh()
        if self.isVisible():
            self.timer.start()

    def clear(self) -> None:
        """On lock: no rows, no titles, no timer."""
        self.timer.stop()
        self.register = None
        self.rows = []
        self.table.clearContents()
        self.table.setRowCount(0)
        self._fit()
        self.summary.clear()
        self.more_label.clear()
        self.more_label.hide()
        self.message.clear_message()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 — Qt override
        super().showEvent(event)
        # Back on screen: a breach may have been recorded, notified or closed meanwhile.
        if self.register is not None:
            if self._stale:
                self.refresh()
            self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 — Qt override
        super().hideEvent(event)
        self.timer.stop()  # nobody is looking: the next show reads everything again
        self._stale = True

    def refresh(self) -> None:
        if self.register is None:
            return
        try:
            summary, rows = breach_service.dashboard(
                self.register, clock=self.clock, limit=MAX_LINES
            )
        except UserError as error:
            self.message.show_message(error_text(error), "error")
            return
        self.message.clear_message()
        self.rows = rows
        self._fill(rows)
        if summary.open == 0:
            self.summary.setText(self.tr("Aucune violation ouverte."))
        else:
            self.summary.setText(
                self.tr(
                    "{open} · {waiting} en attente de notification à l'autorité · "
                    "{overdue} hors délai"
                ).format(
                    open=self.tr("%n ouverte(s)", None, summary.open),
                    waiting=summary.awaiting_notification,
                    overdue=summary.overdue,
                )
            )
        hidden = summary.open - len(rows)
        self.more_label.setText(
            self.tr("… et %n autre(s) : voir toutes les violations.", None, hidden)
            if hidden > 0
            else ""
        )
        self.more_label.setVisible(hidden > 0)
        self._stale = False
        self.refreshed.emit()

    # -- display --------------------------------------------------------------------------
    def _fill(self, rows: list[BreachRow]) -> None:
        now = self.clock.now()
        self.table.setRowCount(len(rows))
        bold = QFont(self.table.font())
        bold.setWeight(QFont.Weight.DemiBold)
        for row, item in enumerate(rows):
            left = item.countdown(now)
            if left is not None:
                clock_text = texts.countdown_text(left)
                colour = texts.LEVEL_COLOURS[left.level]
            elif item.notified_at is not None:
                clock_text = texts.notified_text(item.notified_at, self.zone)
                colour = style.TEXT_MUTED
            else:
                clock_text = texts.no_notification_text()
                colour = style.TEXT_MUTED
            cells = [
                clock_text,
                item.reference,
                item.title,
                texts.short_status_label(item.status),
                texts.format_instant(item.notify_by, self.zone),
            ]
            # The clock and the deadline say on what basis they run (law under the
            # GDPR, policy under Law 09-08 alone) and where each duty stands.
            basis = "\n".join(
                (
                    texts.deadline_label(item.deadline.rule),
                    texts.duties_summary(item.duties, self.zone),
                )
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(REFERENCE_ROLE, item.reference)
                cell.setToolTip(f"{text}\n{basis}" if column in (0, 4) else text)
                if column == 0:
                    cell.setForeground(QColor(colour))
                    if left is not None:
                        cell.setFont(bold)
                if column == 1:
                    cell.setFont(bold)
                self.table.setItem(row, column, cell)
        self._fit()

    def _fit(self) -> None:
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(height)
        self.table.setVisible(self.table.rowCount() > 0)

    def reference_at(self, row: int) -> str:
        item = self.table.item(row, 1)
        return item.text() if item is not None else ""

    def countdown_at(self, row: int) -> str:
        item = self.table.item(row, 0)
        return item.text() if item is not None else ""

    def _open(self, row: int) -> None:
        reference = self.reference_at(row)
        if reference:
            self.open_breach.emit(reference)

    def _show_all(self) -> None:
        self.open_breach.emit("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt override
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.table.currentRow() >= 0
        ):
            self._open(self.table.currentRow())
            return True
        return super().eventFilter(watched, event)
