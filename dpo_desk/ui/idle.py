"""Lock after a while without input, as a password manager does.

The register holds what data protection law protects; a workstation left unlocked at
lunch must not show it to the next person (GDPR Art. 32; Law 09-08 art. 23). The watcher
listens to every input event of the application and compares *wall-clock* time: after a
laptop sleeps for an hour, the first check on resume sees the hour and locks at once,
where a timer counting its own ticks would not have run at all.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from dpo_desk.domain.clock import Clock, SystemClock

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)
CHECK_INTERVAL_MS = 15_000  # how late a lock may come: a quarter of a minute at most


class IdleWatcher(QObject):
    """Emits :attr:`idle` once after ``minutes`` without input; 0 minutes disables it."""

    idle = Signal()

    def __init__(
        self,
        clock: Clock | None = None,
        minutes: int = 5,
        parent: QObject | None = None,
        *,
        check_interval_ms: int = CHECK_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self.clock = clock or SystemClock()
        self.minutes = max(0, int(minutes))
        self._last_input: datetime = self.clock.now()
        self._fired = False
        self._timer = QTimer(self)
        self._timer.setInterval(check_interval_ms)
        self._timer.timeout.connect(self.check)
        self._watching = False

    @property
    def active(self) -> bool:
        return self._watching

    def start(self) -> None:
        if self._watching:
            return
        self._watching = True
        self.touch()
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            if isinstance(app, QGuiApplication):
                app.applicationStateChanged.connect(self._state_changed)
        self._timer.start()

    def stop(self) -> None:
        if not self._watching:
            return
        self._watching = False
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
            if isinstance(app, QGuiApplication):
                app.applicationStateChanged.disconnect(self._state_changed)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = max(0, int(minutes))
        self.touch()

    def touch(self) -> None:
        self._last_input = self.clock.now()
        self._fired = False

    def idle_for(self) -> timedelta:
        return self.clock.now() - self._last_input

    def check(self) -> None:
        """Fire once when the limit has passed (also right after a resume)."""
        if not self._watching or self.minutes == 0 or self._fired:
            return
        if self.idle_for() >= timedelta(minutes=self.minutes):
            self._fired = True
            self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt override
        if event.type() in INPUT_EVENTS:
            self._last_input = self.clock.now()
        return False  # observe only: every event goes on to its widget

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        # Back from sleep or from another window: check before the next tick.
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()
