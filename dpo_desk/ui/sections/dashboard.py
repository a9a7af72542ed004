"""Tableau de bord: what falls due, the most urgent first.

The figures depend on today's date as much as on the register: a request due
tomorrow is overdue the day after without anyone touching it. So the section
re-queries on a timer while it is on screen, and as soon as it is shown again: every
change is made in another section (the dashboard is then hidden), so the first look
back at the dashboard sees it, in every part (requests, breaches, registers).

Each request figure opens the list of what it counts (``navigate("requests",
"preset:<key>")``, see ui/requests/filters.py).
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.clock import Clock, SystemClock
from dpo_desk.domain.deadlines import days_remaining
from dpo_desk.domain.errors import UserError
from dpo_desk.domain.requests.workflow import RIGHT_LABELS, Right
from dpo_desk.services import requests as request_service
from dpo_desk.services.read_model import Register, RequestRow
from dpo_desk.ui import style
from dpo_desk.ui.calendar_texts import lunar_label, lunar_name
from dpo_desk.ui.formatting import countdown, join_labels, long_date, short_date, style_table
from dpo_desk.ui.i18n import error_text
from dpo_desk.ui.lunar_confirm import LunarConfirmDialog
from dpo_desk.ui.requests.filters import (
    AWAITING_IDENTITY,
    DUE_SOON,
    DUE_SOON_DAYS,
    OPEN,
    OVERDUE,
    PRESET_PREFIX,
)
from dpo_desk.ui.sections.base import Section, scrolling_column
from dpo_desk.ui.stat_card import ClickableStatCard
from dpo_desk.ui.widgets import Card, EmptyState, InlineMessage, label

REFRESH_MS = 60_000
# Where each line's reference is kept, for the click that opens it.
REFERENCE_ROLE = Qt.ItemDataRole.UserRole
URGENCY_ROLE = Qt.ItemDataRole.UserRole + 1

# Overdue is red, due within the week orange; the card's word says the same thing.
TONES = {
    "danger": (style.DANGER, style.DANGER_SOFT, "#f5c2bd"),
    "warning": (style.WARNING, style.WARNING_SOFT, "#f8d9b0"),
}

DASHBOARD_STYLESHEET = f"""
QFrame#StatCard {{
    background: {style.SURFACE};
    border: 1px solid {style.BORDER};
    border-radius: 10px;
}}
QLabel#StatValue {{
    font-size: 24pt;
    font-weight: 600;
    color: {style.TEXT};
}}
QLabel#StatCaption {{
    font-weight: 600;
    color: {style.TEXT};
}}
""" + "".join(
    f"""
QFrame#StatCard[tone="{tone}"] {{
    background: {soft};
    border: 1px solid {edge};
}}
QFrame#StatCard[tone="{tone}"] QLabel#StatValue,
QFrame#StatCard[tone="{tone}"] QLabel#StatCaption {{
    color: {strong};
}}
"""
    for tone, (strong, soft, edge) in TONES.items()
)


def urgency(days_left: int) -> str:
    """ "overdue", "soon" (within the week) or "later": the colour of a line."""
    if days_left < 0:
        return "overdue"
    if days_left <= DUE_SOON_DAYS:
        return "soon"
    return "later"


class PriorityTable(QTableWidget):
    """The urgent lines. A click, Enter or Space on a line opens the request."""

    open_row = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(0, 5, parent)
        style_table(self, row_height=42)
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not `activated`: it also fires on a double click, after `clicked` already did.
        self.clicked.connect(self._clicked)

    def _clicked(self, index) -> None:
        self.open_row.emit(index.row())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 — Qt override
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if event.key() in keys and self.currentRow() >= 0:
            self.open_row.emit(self.currentRow())
            return
        super().keyPressEvent(event)

    def fit_height(self) -> None:
        """As tall as its lines: the page scrolls, not a box inside it."""
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(row) for row in range(self.rowCount()))
        self.setFixedHeight(height)


class LunarNotice(QWidget):
    """An estimated lunar holiday coming within 30 days, and the button to confirm it."""

    confirm_requested = Signal(object)  # LunarHoliday

    def __init__(self, holiday, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.holiday = holiday
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        self.message = InlineMessage()
        self.message.show_message(
            self.tr(
                "{holiday} ({year}) : date estimée au {date}. Confirmez-la dès l'annonce "
                "officielle : les échéances n'en tiennent compte qu'une fois confirmée."
            ).format(
                holiday=lunar_label(holiday.kind),
                year=holiday.hijri_year,
                date=long_date(holiday.first_day),
            ),
            "warning",
        )
        row.addWidget(self.message, 1)
        self.confirm_button = QPushButton(self.tr("Confirmer…"))
        self.confirm_button.setAccessibleName(
            self.tr("Confirmer la date de {holiday}").format(holiday=lunar_name(holiday))
        )
        self.confirm_button.clicked.connect(self._clicked)
        row.addWidget(self.confirm_button, 0, Qt.AlignmentFlag.AlignVCenter)

    def _clicked(self) -> None:
        self.confirm_requested.emit(self.holiday)


class DashboardSection(Section):
    key = "dashboard"
    icon_name = "dashboard"

    #: emitted after each re-query, with the date it was made for (tests wait on it)
    refreshed = Signal(object)
    #: emitted once the lunar holidays to confirm are shown (a list, maybe empty)
    lunar_refreshed = Signal(list)

    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock or SystemClock()
        self.setStyleSheet(DASHBOARD_STYLESHEET)
        self._rows: list[RequestRow] = []
        self._breach_widget: QWidget | None = None
        self._registers_widget: QWidget | None = None
        self._lunar_shown: tuple = ()
        self.lunar_notices: list[LunarNotice] = []
        #: the confirmation dialog on screen, if any (tests drive it)
        self.active_dialog: LunarConfirmDialog | None = None
        # Whether the figures may be out of date: set while hidden, cleared by a refresh.
        # The first show after set_register (the unlock) then does not query twice.
        self._stale = True

        _scroll, column = scrolling_column(self, (32, 28, 32, 28), 16)

        column.addWidget(label(self.tr("Tableau de bord"), "title"))
        self.today_label = label("", "secondary")
        column.addWidget(self.today_label)
        self.message = InlineMessage()
        column.addWidget(self.message)

        # Estimated lunar holidays within 30 days: each asks to be confirmed, since until
        # then it moves no due date (the safe-side rule of domain/calendar.py).
        self.lunar_area = QWidget()
        self.lunar_area.setObjectName("LunarArea")
        self._lunar_layout = QVBoxLayout(self.lunar_area)
        self._lunar_layout.setContentsMargins(0, 0, 0, 0)
        self._lunar_layout.setSpacing(8)
        self.lunar_area.hide()
        column.addWidget(self.lunar_area)
        # Read just after the figures are shown: the lunar estimates need the holidays
        # package (a fraction of a second, once), which the figures do not.
        self._lunar_timer = QTimer(self)
        self._lunar_timer.setSingleShot(True)
        self._lunar_timer.setInterval(0)
        self._lunar_timer.timeout.connect(self.refresh_lunar)

        # Reserved for personal-data breaches (a later issue): their notification
        # countdown is in hours, so they come first, above requests. Empty, it is hidden.
        self.breach_area = QWidget()
        self.breach_area.setObjectName("BreachArea")
        self._breach_layout = QVBoxLayout(self.breach_area)
        self._breach_layout.setContentsMargins(0, 0, 0, 8)
        self._breach_layout.setSpacing(0)
        self.breach_area.hide()
        column.addWidget(self.breach_area)

        column.addWidget(label(self.tr("Demandes d'exercice de droits"), "heading"))
        cards = QGridLayout()
        cards.setHorizontalSpacing(14)
        cards.setVerticalSpacing(14)
        self.open_card = ClickableStatCard(self.tr("Demandes ouvertes"))
        self.overdue_card = ClickableStatCard(self.tr("En retard"), "danger")
        self.due_soon_card = ClickableStatCard(self.tr("À échéance sous 7 jours"), "warning")
        self.identity_card = ClickableStatCard(self.tr("En attente d'identité"))
        self.open_card.setToolTip(self.tr("Voir les demandes ouvertes"))
        self.overdue_card.setToolTip(self.tr("Voir les demandes en retard"))
        self.due_soon_card.setToolTip(
            self.tr("Voir les demandes à échéance dans les 7 prochains jours")
        )
        self.identity_card.setToolTip(
            self.tr("Voir les demandes en attente d'un justificatif d'identité")
        )
        for index, card in enumerate(self.request_cards().values()):
            cards.addWidget(card, 0, index)
            cards.setColumnStretch(index, 1)
            # A method, not a lambda holding self: PySide6 then deletes the section cleanly.
            card.clicked.connect(self._card_clicked)
        column.addLayout(cards)

        # The registers' card (processing activities, processors): below the request figures,
        # above the list: every figure of the day is seen without scrolling.
        self.registers_area = QWidget()
        self.registers_area.setObjectName("RegistersArea")
        self._registers_layout = QVBoxLayout(self.registers_area)
        self._registers_layout.setContentsMargins(0, 0, 0, 0)
        self.registers_area.hide()
        column.addWidget(self.registers_area)

        self.priority_card = Card()
        heading_row = QHBoxLayout()
        heading_row.addWidget(label(self.tr("À traiter en priorité"), "heading"), 1)
        self.all_button = QPushButton(self.tr("Toutes les demandes"))
        style.set_role(self.all_button, "link")
        self.all_button.setCursor(Qt.CursorShape.PointingHandCursor)
        # A method, not a lambda holding self: PySide6 then deletes the section cleanly.
        self.all_button.clicked.connect(self._show_all_requests)
        heading_row.addWidget(self.all_button)
        self.priority_card.body.addLayout(heading_row)
        self.priority_hint = label(
            self.tr(
                "Les demandes ouvertes, la plus urgente d'abord : en rouge ce qui est en "
                "retard, en orange ce qui arrive à échéance dans les 7 jours. "
                "Cliquez sur une ligne pour ouvrir la demande."
            ),
            "secondary",
            wrap=True,
        )
        self.priority_card.body.addWidget(self.priority_hint)
        self.table = PriorityTable()
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Échéance"),
                self.tr("Délai"),
                self.tr("Référence"),
                self.tr("Demandeur"),
                self.tr("Droit(s)"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Demandes à traiter en priorité"))
        self.table.open_row.connect(self._open_row)
        self.priority_card.body.addWidget(self.table)
        self.more_label = label("", "muted", wrap=True)
        self.priority_card.body.addWidget(self.more_label)
        column.addWidget(self.priority_card)

        self.empty_state = EmptyState(
            "requests",
            self.tr("Aucune demande en cours"),
            self.tr(
                "Les demandes ouvertes apparaîtront ici, la plus urgente d'abord, avec le "
                "nombre de jours qui restent avant leur échéance. En rouge, ce qui est dépassé."
            ),
        )
        column.addWidget(self.empty_state)
        column.addStretch(1)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)

        self.clear()

    def title(self) -> str:
        return QCoreApplication.translate("Sections", "Tableau de bord")

    def request_cards(self) -> dict[str, ClickableStatCard]:
        """The request figures, each with the list view it opens (ui/requests/filters.py)."""
        return {
            OPEN: self.open_card,
            OVERDUE: self.overdue_card,
            DUE_SOON: self.due_soon_card,
            AWAITING_IDENTITY: self.identity_card,
        }

    def open_card_list(self, key: str) -> None:
        """Show the requests a card counts: Demandes, filtered on them."""
        self.navigate.emit("requests", PRESET_PREFIX + key)

    def _card_clicked(self) -> None:
        for key, card in self.request_cards().items():
            if card is self.sender():
                self.open_card_list(key)

    # -- breaches (filled by a later issue) --------------------------------------------
    def set_breach_widget(self, widget: QWidget | None) -> None:
        """Put ``widget`` in the area above the requests, or empty it with None.

        A widget that has ``set_register``/``clear`` (as sections do) is handed the
        register with the rest of the dashboard and emptied on lock with it.
        """
        if self._breach_widget is not None:
            self._breach_layout.removeWidget(self._breach_widget)
            self._breach_widget.setParent(None)
        self._breach_widget = widget
        if widget is not None:
            self._breach_layout.addWidget(widget)
            if self.register is not None and hasattr(widget, "set_register"):
                widget.set_register(self.register)
        self.breach_area.setVisible(widget is not None)

    @property
    def breach_widget(self) -> QWidget | None:
        return self._breach_widget

    # -- registers -------------------------------------------------------------------
    def set_registers_widget(self, widget: QWidget | None) -> None:
        """Put ``widget`` below the requests (None empties the area). Like the breach
        widget, it is handed the register and cleared with the dashboard; its
        ``navigate(key, reference)`` signal, if it has one, is the dashboard's."""
        if self._registers_widget is not None:
            self._registers_layout.removeWidget(self._registers_widget)
            self._registers_widget.setParent(None)
        self._registers_widget = widget
        if widget is not None:
            self._registers_layout.addWidget(widget)
            if hasattr(widget, "navigate"):
                widget.navigate.connect(self.navigate)
            if self.register is not None and hasattr(widget, "set_register"):
                widget.set_register(self.register)
        self.registers_area.setVisible(widget is not None)

    @property
    def registers_widget(self) -> QWidget | None:
        return self._registers_widget

    # -- Section ---------------------------------------------------------------------
    def set_register(self, register: Register) -> None:
        super().set_register(register)
        if self._breach_widget is not None and hasattr(self._breach_widget, "set_register"):
            self._breach_widget.set_register(register)
        if self._registers_widget is not None and hasattr(self._registers_widget, "set_register"):
            self._registers_widget.set_register(register)
        self.refresh()
        if self.isVisible():
            self.timer.start()

    def clear(self) -> None:
        super().clear()
        self.timer.stop()
        self._lunar_timer.stop()
        if self.active_dialog is not None:
            dialog, self.active_dialog = self.active_dialog, None
            dialog.reject()
        self._show_lunar([])
        if self._breach_widget is not None and hasattr(self._breach_widget, "clear"):
            self._breach_widget.clear()
        if self._registers_widget is not None and hasattr(self._registers_widget, "clear"):
            self._registers_widget.clear()
        self._rows = []
        self.table.clearContents()
        self.table.setRowCount(0)
        self.table.fit_height()
        self.today_label.clear()
        self.message.clear_message()
        self.more_label.clear()
        self.more_label.hide()
        for card in (self.open_card, self.overdue_card, self.due_soon_card, self.identity_card):
            card.set_count(None)
        self.priority_card.hide()
        self.empty_state.hide()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 — Qt override
        super().showEvent(event)
        # Back on screen: the date may have changed, or a request been answered.
        if self.register is not None:
            if self._stale:
                self.refresh()
            self.timer.start()

    def hideEvent(self, event) -> None:  # noqa: N802 — Qt override
        super().hideEvent(event)
        self.timer.stop()  # nobody is looking: no need to query every minute
        self._stale = True

    # -- data --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-query the register for today's figures (the clock decides what today is)."""
        if self.register is None:
            return
        try:
            board = request_service.dashboard(self.register, clock=self.clock)
        except UserError as error:
            self.message.show_message(error_text(error), "error")
            return
        self.message.clear_message()
        today = board.today
        summary = board.summary
        self.today_label.setText(self.tr("Aujourd'hui : {date}").format(date=long_date(today)))
        self.open_card.set_count(summary.open)
        self.overdue_card.set_count(
            summary.overdue, self.tr("échéance dépassée") if summary.overdue else ""
        )
        week_end = today + timedelta(days=DUE_SOON_DAYS)
        self.due_soon_card.set_count(
            summary.due_within_week,
            self.tr("d'ici le {date}").format(date=short_date(week_end)),
        )
        self.identity_card.set_count(
            summary.awaiting_identity,
            self.tr("justificatif demandé") if summary.awaiting_identity else "",
        )
        self._fill(board.soonest, today)
        hidden = summary.open - len(board.soonest)
        if hidden > 0:
            self.more_label.setText(
                self.tr(
                    "… et une autre demande ouverte, à échéance plus lointaine : voir Demandes."
                )
                if hidden == 1
                else self.tr(
                    "… et %n autres demandes ouvertes, à échéance plus lointaine : voir Demandes.",
                    "",
                    hidden,
                )
            )
        self.more_label.setVisible(hidden > 0)
        self.priority_card.setVisible(bool(board.soonest))
        self.empty_state.setVisible(not board.soonest)
        self._stale = False
        self._lunar_timer.start()
        self.refreshed.emit(today)

    # -- lunar holidays to confirm ---------------------------------------------------------
    def refresh_lunar(self) -> None:
        """Show a notice for each estimated lunar holiday of the next 30 days."""
        if self.register is None:
            return
        try:
            holidays = request_service.lunar_holidays_to_confirm(self.register, clock=self.clock)
        except UserError:
            holidays = []  # the figures' message already says what is wrong with the register
        self._show_lunar(holidays)
        self.lunar_refreshed.emit(list(holidays))

    def _show_lunar(self, holidays) -> None:
        shown = tuple((h.key, h.first_day) for h in holidays)
        if shown == self._lunar_shown:
            return  # the same notices: no flicker every minute
        self._lunar_shown = shown
        for notice in self.lunar_notices:
            self._lunar_layout.removeWidget(notice)
            notice.deleteLater()
        self.lunar_notices = []
        for holiday in holidays:
            notice = LunarNotice(holiday)
            notice.confirm_requested.connect(self.ask_confirm_lunar)
            self._lunar_layout.addWidget(notice)
            self.lunar_notices.append(notice)
        self.lunar_area.setVisible(bool(holidays))

    def ask_confirm_lunar(self, holiday) -> LunarConfirmDialog | None:
        """The confirmation dialog for ``holiday``, shared with Paramètres."""
        if self.register is None:
            return None
        if self.active_dialog is not None:
            self.active_dialog.reject()
        dialog = LunarConfirmDialog(self.register, holiday, clock=self.clock, parent=self)
        dialog.confirmed.connect(self._lunar_confirmed)
        dialog.finished.connect(self._dialog_closed)
        self.active_dialog = dialog
        dialog.open()  # window-modal, not exec(): the event loop (and the lock) go on
        return dialog

    def _lunar_confirmed(self, _moved: int) -> None:
        dialog = self.sender()
        if isinstance(dialog, LunarConfirmDialog) and dialog.result_text:
            self.status_message.emit(dialog.result_text)
        self.refresh()  # due dates moved; the notice goes with the next lunar read

    def _dialog_closed(self, _result: int) -> None:
        dialog = self.sender()
        if self.active_dialog is dialog:
            self.active_dialog = None
        if dialog is not None:
            dialog.deleteLater()

    def _fill(self, rows: list[RequestRow], today) -> None:
        self._rows = list(rows)
        self.table.clearContents()
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            left = days_remaining(row.due_on, today)
            level = urgency(left)
            rights = join_labels(
                QCoreApplication.translate("Right", RIGHT_LABELS[right])
                for right in sorted(row.rights, key=list(Right).index)
            )
            cells = [
                short_date(row.due_on),
                countdown(left),
                row.reference,
                row.requester_name,
                rights,
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(REFERENCE_ROLE, row.reference)
                item.setData(URGENCY_ROLE, level)
                hint = self.tr("Ouvrir la demande {reference}").format(reference=row.reference)
                # A narrow window elides names and rights: the tooltip gives them whole.
                item.setToolTip(f"{text}\n{hint}" if col >= 3 else hint)
                if level == "overdue":
                    item.setBackground(QBrush(QColor(style.DANGER_SOFT)))
                elif level == "soon":
                    item.setBackground(QBrush(QColor(style.WARNING_SOFT)))
                self.table.setItem(index, col, item)
            countdown_item = self.table.item(index, 1)
            assert countdown_item is not None  # set in the loop above
            font = QFont(countdown_item.font())
            font.setBold(level != "later")
            countdown_item.setFont(font)
            if level == "overdue":
                countdown_item.setForeground(QBrush(QColor(style.DANGER)))
            elif level == "soon":
                countdown_item.setForeground(QBrush(QColor(style.WARNING)))
        self.table.fit_height()

    def _show_all_requests(self) -> None:
        self.navigate.emit("requests", "")

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.navigate.emit("requests", self._rows[row].reference)
