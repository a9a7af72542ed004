"""Desktop alerts for the 72-hour breach deadline: legal under the GDPR (Art. 33(1),
to an EU supervisory authority), internal policy under Law 09-08 (to the CNDP).

While the app runs (also minimised to the system tray where one exists), every open
breach whose clock still runs is checked once a minute; an alert is raised once per
breach and threshold, at 24 hours and at 6 hours left (the countdown's orange and red).
What was raised is remembered in memory only: nothing about a breach is written to
the settings or to disk.

The message names the breach by its reference, never by its title: a notification
stays on the desktop and in the system's notification centre, outside the encrypted
register, where a title ("Fuite du dossier de …") could expose a person.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from dpo_desk.domain.breaches import CRITICAL_THRESHOLD, WARNING_THRESHOLD
from dpo_desk.domain.clock import Clock, SystemClock
from dpo_desk.domain.errors import UserError
from dpo_desk.services import breaches as breach_service
from dpo_desk.services.read_model import BreachRow, Register
from dpo_desk.ui.breaches import texts
from dpo_desk.ui.workers import is_busy

CHECK_MS = 60_000

# Hours left at which an alert is raised, most urgent last.
THRESHOLDS = ((24, WARNING_THRESHOLD), (6, CRITICAL_THRESHOLD))


class BreachAlerts(QObject):
    """Watches the open breaches of one register; ``start`` on unlock, ``stop`` on lock."""

    #: reference, threshold in hours (24 or 6), the message shown
    alert = Signal(str, int, str)

    def __init__(
        self,
        clock: Clock | None = None,
        tray: QSystemTrayIcon | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock: Clock = clock or SystemClock()
        self.tray = tray
        self.register: Register | None = None
        # (reference, threshold): the alerts already raised, for this session only.
        self.raised: set[tuple[str, int]] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)

    def start(self, register: Register, *, check_now: bool = True) -> None:
        """``check_now=False``: the caller runs the first check itself, later (at unlock,
        ui/reminders.py runs it with the reminders', once the dashboard has painted)."""
        self.register = register
        if check_now:
            self.check()
        self.timer.start()

    def stop(self) -> None:
        """On lock or close: no more reads of the register."""
        self.timer.stop()
        self.register = None

    @property
    def running(self) -> bool:
        return self.timer.isActive()

    def check(self) -> list[tuple[str, int]]:
        """Raise the alerts now due; returns them (reference, hours)."""
        if self.register is None:
            return []
        if is_busy(self.register):
            # A passphrase change or a purge has the file to itself: a read now would
            # either make it fail as busy or open a connection with the outgoing key.
            # Nothing is lost: the thresholds already passed are raised at the next check.
            return []
        now = self.clock.now()
        due: list[tuple[str, int, BreachRow]] = []
        try:
            for row in breach_service.open_breaches(self.register):
                due.extend(self._due(row, now))
        except UserError:
            return []  # a locked or unreadable register: the next check tries again
        for reference, hours, row in due:
            self._raise(reference, hours, row, now)
        return [(reference, hours) for reference, hours, _row in due]

    def _due(self, row: BreachRow, now) -> list[tuple[str, int, BreachRow]]:
        # Every notice still owed against the 72 hours: the governing one and, under
        # both regimes, the CNDP's policy notice (all share the same deadline).
        pending = row.pending_countdowns(now)
        left = pending[0][1] if pending else None
        if left is None or left.overdue:
            return []  # notified, decided not to notify, closed; or already red in the list
        remaining = timedelta(seconds=left.seconds)
        crossed = [hours for hours, limit in THRESHOLDS if remaining <= limit]
        fresh = [h for h in crossed if (row.reference, h) not in self.raised]
        for hours in crossed:
            self.raised.add((row.reference, hours))
        # Opened with 5 hours left: one alert, the most urgent, not two at once.
        return [(row.reference, min(fresh), row)] if fresh else []

    def _raise(self, reference: str, hours: int, row: BreachRow, now) -> None:
        pending = row.pending_countdowns(now)  # not empty: _due keeps running clocks only
        left = pending[0][1] if pending else None
        # Name each notice owed with its own basis: a breach under Law 09-08 alone reads
        # "CNDP, délai politique interne…", never a GDPR article.
        owed = QCoreApplication.translate("BreachAlerts", " ; ").join(
            QCoreApplication.translate("BreachAlerts", "{authority}, délai {basis}").format(
                authority=texts.duty_label(duty.kind), basis=texts.deadline_label(duty.rule)
            )
            for duty, _left in pending
        )
        message = QCoreApplication.translate(
            "BreachAlerts",
            "Violation {reference} : {hours} h {minutes:02d} avant l'échéance de notification "
            "(72 heures) — {duties}.",
        ).format(
            reference=reference,
            hours=left.hours if left else hours,
            minutes=left.minutes if left else 0,
            duties=owed,
        )
        self.alert.emit(reference, hours, message)
        if self.tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = self._make_tray()
        if self.tray is not None and QSystemTrayIcon.isSystemTrayAvailable():
            icon = (
                QSystemTrayIcon.MessageIcon.Critical
                if hours <= 6
                else QSystemTrayIcon.MessageIcon.Warning
            )
            self.tray.showMessage(
                QCoreApplication.translate("BreachAlerts", "DPO Desk — délai de notification"),
                message,
                icon,
            )

    def _make_tray(self) -> QSystemTrayIcon:
        from dpo_desk.ui import icons, style

        tray = QSystemTrayIcon(icons.icon("logo", style.ACCENT), self)
        tray.setToolTip("DPO Desk")
        tray.show()
        return tray
