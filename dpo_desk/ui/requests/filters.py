"""The bar above the list: status, right, regime, "en retard", and a debounced search.

The list opens on the open requests: those are the work in hand, and a register of a
few years holds many more answered and closed ones. "Tous les statuts" shows them all.
The dashboard's cards open the list on what they count (``PRESETS``), through
``show_request(PRESET_PREFIX + key)``.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from dpo_desk.domain.requests.model import OPEN_STATUSES
from dpo_desk.domain.requests.workflow import Regime, RequestStatus, Right
from dpo_desk.services.read_model import RequestFilter
from dpo_desk.ui.requests import texts
from dpo_desk.ui.wrap_row import SplitRow

ALL = "all"
OPEN = "open"
# Open requests due from today to a week ahead, as the dashboard's card counts them
# (storage.requests.due_summary): the overdue ones are the other card's.
DUE_SOON = "due_soon"
DUE_SOON_DAYS = 7  # the dashboard's "due within a week" card and its orange lines
# The list views the dashboard's cards open: a navigation reference "preset:<key>".
PRESET_PREFIX = "preset:"
OVERDUE = "overdue"
AWAITING_IDENTITY = str(RequestStatus.AWAITING_IDENTITY)
PRESETS = (OPEN, OVERDUE, DUE_SOON, AWAITING_IDENTITY)


class FilterBar(QWidget):
    """Emits ``changed`` whenever the criteria change; typing is debounced.

    The search runs SQLite's full-text index on every call, so it waits until the DPO
    stops typing (``SEARCH_DELAY_MS``) instead of querying on each key.
    """

    changed = Signal()
    SEARCH_DELAY_MS = 250

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The search box, then the choices; under it when one line cannot hold both
        # (a narrow window, English): never a combo drawn over the search box.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        choices = QWidget()
        row = QHBoxLayout(choices)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Rechercher : nom, e-mail, référence, notes…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Rechercher"))
        self.search.setMinimumWidth(240)
        outer.addWidget(SplitRow(self.search, choices))

        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Statut"))
        self.status.addItem(self.tr("Tous les statuts"), ALL)
        self.status.addItem(self.tr("Ouvertes"), OPEN)
        self.status.addItem(self.tr("Ouvertes, à échéance sous 7 jours"), DUE_SOON)
        for status in RequestStatus:
            self.status.addItem(texts.status_label(status), str(status))
        row.addWidget(self.status)

        self.right = QComboBox()
        self.right.setAccessibleName(self.tr("Droit"))
        self.right.addItem(self.tr("Tous les droits"), ALL)
        for right in Right:
            self.right.addItem(texts.right_label(right), str(right))
        row.addWidget(self.right)

        self.regime = QComboBox()
        self.regime.setAccessibleName(self.tr("Régime"))
        self.regime.addItem(self.tr("Tous les régimes"), ALL)
        for regime in (Regime.LAW_09_08, Regime.GDPR):
            self.regime.addItem(texts.regime_label(regime), str(regime))
        row.addWidget(self.regime)

        self.overdue = QCheckBox(self.tr("En retard"))
        self.overdue.setToolTip(
            self.tr("Seulement les demandes ouvertes dont l'échéance est passée")
        )
        row.addWidget(self.overdue)

        for combo, length in ((self.status, 18), (self.right, 18), (self.regime, 12)):
            # Sized for a typical label, not the longest one: the search box keeps its
            # room; the open list is as wide as its items.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(length)
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(self.SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.changed)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.status, self.right, self.regime):
            combo.currentIndexChanged.connect(self._now)
        self.overdue.toggled.connect(self._now)
        self._set_status(OPEN)

    def _set_status(self, value: str) -> None:
        self.status.setCurrentIndex(self.status.findData(value))

    def _now(self) -> None:
        # A choice in a list is deliberate: apply it at once, with any pending search.
        self._debounce.stop()
        self.changed.emit()

    @property
    def search_pending(self) -> bool:
        return self._debounce.isActive()

    def _others_clear(self) -> bool:
        return (
            not self.search.text().strip()
            and self.right.currentData() == ALL
            and self.regime.currentData() == ALL
            and not self.overdue.isChecked()
        )

    def shows_all(self) -> bool:
        """Whether every request of the register passes (an empty list is then an empty
        register)."""
        return self._others_clear() and self.status.currentData() == ALL

    def is_default(self) -> bool:
        """Whether the bar is as the list opens: the open requests, nothing else."""
        return self._others_clear() and self.status.currentData() == OPEN

    def reset(self) -> None:
        """Back to "everything", without a signal per widget; one ``changed`` at the end."""
        self._apply(ALL)

    def apply_preset(self, key: str) -> bool:
        """Show what a dashboard card counts (``PRESETS``); False for an unknown key."""
        if key not in PRESETS:
            return False
        self._apply(key)
        return True

    def _apply(self, key: str) -> None:
        widgets = (self.search, self.status, self.right, self.regime, self.overdue)
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.right, self.regime):
            combo.setCurrentIndex(0)
        # "En retard" is the checkbox, over the open requests (it counts no other).
        self._set_status(OPEN if key == OVERDUE else key)
        self.overdue.setChecked(key == OVERDUE)
        for widget in widgets:
            widget.blockSignals(False)
        self._debounce.stop()
        self.changed.emit()

    def clear_search(self) -> None:
        """On lock: what was typed may be a person's name."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._debounce.stop()

    def request_filter(self, today: date | None, *, sort: str, descending: bool) -> RequestFilter:
        status = self.status.currentData()
        due_from = due_by = None
        if status == DUE_SOON:
            statuses = frozenset(OPEN_STATUSES)
            if today is not None:
                due_from, due_by = today, today + timedelta(days=DUE_SOON_DAYS)
        elif status == OPEN:
            statuses = frozenset(OPEN_STATUSES)
        elif status == ALL:
            statuses = frozenset()
        else:
            statuses = frozenset({RequestStatus(status)})
        right = self.right.currentData()
        regime = self.regime.currentData()
        return RequestFilter(
            statuses=statuses,
            right=None if right == ALL else Right(right),
            regime=None if regime == ALL else Regime(regime),
            overdue_on=today if self.overdue.isChecked() and today is not None else None,
            due_from=due_from,
            due_by=due_by,
            search=self.search.text().strip(),
            sort=sort,
            descending=descending,
        )
