"""Lock the register when the desktop session locks its screen (Linux, D-Bus).

A DPO who locks the computer (Super+L) and walks away should not leave the register
open behind the screen saver until the idle delay runs out (GDPR Art. 32; 09-08
art. 23). Desktops announce it on the session bus: ``ActiveChanged(true)`` from
``org.freedesktop.ScreenSaver`` (KDE, XFCE, most others) or ``org.gnome.ScreenSaver``
(GNOME). Where there is no session bus (Windows, macOS, CI), this does nothing; the
idle delay and Ctrl+L still apply.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

#: (path, interface) of the screen savers that emit ActiveChanged(bool)
SCREEN_SAVERS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),  # KDE also publishes it here
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


class ScreenLockWatcher(QObject):
    """Emits :attr:`screen_locked` when the session's screen saver becomes active."""

    screen_locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listening = False
        self._listen()

    def _listen(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a build of Qt without D-Bus
            log.debug("screen-lock signal unavailable: no QtDBus")
            return
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            log.debug("screen-lock signal unavailable: no session bus")
            return
        for path, interface in SCREEN_SAVERS:
            # Empty service: accept the signal from whichever process owns the name.
            if bus.connect("", path, interface, "ActiveChanged", self, b"on_active_changed(bool)"):
                self.listening = True
        log.debug("screen-lock signal %s", "subscribed" if self.listening else "refused")

    @Slot(bool)
    def on_active_changed(self, active: bool) -> None:
        # Only the locking matters: unlocking the screen must not unlock the register.
        if active:
            self.screen_locked.emit()
