"""The breach register as a Qt table model: one window of rows at a time, and a live
countdown that ticks without ever resetting the model.

The list is short in practice, but it is paged like the requests list (``count`` plus
``list_breaches(offset, limit)``) so a register kept for years stays as fast. The
72 hours of GDPR Art. 33(1) are counted in real time: a timer asks the view to repaint
the countdown column only (``dataChanged`` on that column), so the selection, the
scroll position and the cached rows survive every tick.
"""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from dpo_desk.domain.breaches import Countdown
from dpo_desk.domain.clock import Clock, SystemClock, organisation_zone
from dpo_desk.services import breaches as breach_service
from dpo_desk.services.read_model import BreachFilter, BreachRow, Register
from dpo_desk.ui import pills, style
from dpo_desk.ui.breaches import texts
from dpo_desk.ui.paged_model import CELL_ROLES, RegisterListModel
from dpo_desk.ui.requests import look

LEVEL_ROLE = Qt.ItemDataRole.UserRole + 2  # CountdownLevel, or None once the clock stopped
TONE_ROLE = Qt.ItemDataRole.UserRole + 3  # (background, foreground) of a pill, or None

COLUMN_KEYS = (
    "reference",
    "title",
    "status",
    "aware",
    "deadline",
    "countdown",
    "risk",
    "notified",
)
COUNTDOWN_COLUMN = COLUMN_KEYS.index("countdown")
DEADLINE_COLUMN = COLUMN_KEYS.index("deadline")

# Once a minute is what the issue asks; twice leaves no minute shown stale for long.
TICK_MS = 30_000

Index = QModelIndex | QPersistentModelIndex


class BreachTableModel(RegisterListModel[BreachFilter]):
    """Pages of ``list_breaches`` (ui/paged_model.py), most urgent first or reversed."""

    column_keys = COLUMN_KEYS
    roles = CELL_ROLES | {LEVEL_ROLE, TONE_ROLE}

    #: emitted after each tick, once the countdown column was refreshed (tests wait on it)
    ticked = Signal()

    def __init__(self, parent=None, *, clock: Clock | None = None, page_size: int | None = None):
        super().__init__(BreachFilter(), parent, page_size=page_size)
        self.clock: Clock = clock or SystemClock()
        self._zone: tzinfo = organisation_zone()
        self._descending = False
        self._bold = QFont()
        self._bold.setWeight(QFont.Weight.DemiBold)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    # -- source ------------------------------------------------------------------------
    @property
    def zone(self) -> tzinfo:
        return self._zone

    @property
    def descending(self) -> bool:
        return self._descending

    def set_source(self, register: Register, flt: BreachFilter, zone: tzinfo) -> None:
        self._register = register
        self._filter = flt
        self._zone = zone
        self.reload()
        self.timer.start()

    def clear(self) -> None:
        """On lock: no register, no rows, no timer; nothing decrypted kept in memory."""
        self.timer.stop()
        super().clear()

    # -- paging (RegisterListModel) -----------------------------------------------------
    def count_in(self, register: Register, flt: BreachFilter) -> int:
        return breach_service.count_breaches(register, flt)

    def list_in(
        self, register: Register, flt: BreachFilter, offset: int, limit: int
    ) -> list[BreachRow]:
        return breach_service.list_breaches(register, flt, offset=offset, limit=limit)

    def position(self, row: int) -> int:
        # The register sorts most urgent first; "latest deadline first" reads the same
        # order from the other end, so both directions stay windowed.
        return self._count - 1 - row if self._descending else row

    # -- the tick ----------------------------------------------------------------------
    def tick(self) -> None:
        """Repaint the countdowns: ``dataChanged`` on that one column, never a reset."""
        if self._count:
            top = self.index(0, COUNTDOWN_COLUMN)
            bottom = self.index(self._count - 1, COUNTDOWN_COLUMN)
            self.dataChanged.emit(
                top,
                bottom,
                [
                    Qt.ItemDataRole.DisplayRole,
                    Qt.ItemDataRole.ForegroundRole,
                    Qt.ItemDataRole.ToolTipRole,
                    LEVEL_ROLE,
                    TONE_ROLE,
                ],
            )
        self.ticked.emit()

    # -- Qt model ------------------------------------------------------------------------
    def sort_hint(self, section: int) -> str | None:
        if section == DEADLINE_COLUMN:
            return self.tr("Cliquer pour trier par échéance")
        return None

    def column_title(self, key: str) -> str:
        return {
            "reference": self.tr("Référence"),
            "title": self.tr("Intitulé"),
            "status": self.tr("Statut"),
            "aware": self.tr("Connue le"),
            "deadline": self.tr("Échéance (72 h)"),
            "countdown": self.tr("Délai restant"),
            "risk": self.tr("Risque"),
            "notified": self.tr("Notifiée"),
        }[key]

    def countdown(self, item: BreachRow) -> Countdown | None:
        return item.countdown(self.clock.now())

    def cell_for(self, item: BreachRow, key: str, role: int) -> Any:
        left = self.countdown(item) if key in ("countdown", "deadline") else None
        if role == LEVEL_ROLE:
            return left.level if left is not None else None
        if role == TONE_ROLE:
            if key == "countdown" and left is not None:
                return texts.LEVEL_TONES[left.level]
            if key == "status":
                return look.CHIP_TONES[texts.STATUS_TONES[item.status]]
            if key == "risk" and item.risk_level is not None:
                return look.CHIP_TONES[texts.RISK_TONES[item.risk_level]]
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, key, left)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, key, left)
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "countdown" and left is not None:
                return QColor(texts.LEVEL_COLOURS[left.level])
            if key == "deadline" and left is not None and left.overdue:
                return QColor(style.DANGER)
            if not item.is_open or (key == "countdown" and left is None):
                return QColor(style.TEXT_MUTED)  # a stopped clock recedes
            return None
        if role == Qt.ItemDataRole.FontRole:
            if key == "reference" or (key == "countdown" and left is not None):
                return self._bold
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key in ("aware", "deadline"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, item: BreachRow, key: str, left: Countdown | None) -> str:
        if key == "reference":
            return item.reference
        if key == "title":
            return item.title
        if key == "status":
            return texts.short_status_label(item.status)
        if key == "aware":
            return texts.format_instant(item.aware_at, self._zone)
        if key == "deadline":
            return texts.format_instant(item.notify_by, self._zone)
        if key == "countdown":
            return self.clock_text(item, left)
        if key == "risk":
            return texts.short_risk_label(item.risk_level)
        if key == "notified":
            if item.notified_at is not None:
                return texts.format_date(item.notified_at, self._zone)
            if item.no_notification:
                return self.tr("Non (décision)")
            return self.tr("Non")
        return ""

    def clock_text(self, item: BreachRow, left: Countdown | None) -> str:
        """The countdown, or what replaced it once the clock stopped (Art. 33(1))."""
        if left is not None:
            return texts.countdown_text(left)
        if item.notified_at is not None:
            return texts.notified_text(item.notified_at, self._zone)
        if item.no_notification:
            return texts.no_notification_text()
        return texts.closed_text()

    def _tooltip(self, item: BreachRow, key: str, left: Countdown | None) -> str | None:
        if key == "status":
            return texts.status_label(item.status)
        if key in ("deadline", "countdown"):
            parts = [texts.deadline_label(item.deadline.rule)]
            if left is not None:
                parts.insert(0, texts.level_label(left.level))
            # Each duty's state: a GDPR breach notified to the CNDP alone still says
            # its EU authority's notice is owed.
            return (
                " — ".join(p for p in parts if p)
                + "\n"
                + texts.duties_summary(item.duties, self._zone)
            )
        if key == "aware":
            return texts.format_instant_long(item.aware_at, self._zone)
        if key == "risk":
            return texts.risk_label(item.risk_level)
        if key == "notified" and item.notified_at is not None:
            return texts.format_instant_long(item.notified_at, self._zone)
        text = self._text(item, key, left)
        return text or None

    # -- sorting -------------------------------------------------------------------------
    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Only by deadline: the urgency order of the register, or its reverse."""
        if column != DEADLINE_COLUMN:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if descending != self._descending:
            # The same pages, read from the other end: nothing to fetch again, but the
            # rows on screen change, so the view is reset.
            self.beginResetModel()
            self._descending = descending
            self.endResetModel()


class PillDelegate(pills.PillDelegate):
    """Paints a cell as a coloured pill (status, risk, countdown), text always inside."""

    def tones(self, index: QModelIndex | QPersistentModelIndex) -> tuple[str, str] | None:
        return index.data(TONE_ROLE) or None
