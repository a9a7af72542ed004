"""Remembered passphrases, keyed by register UUID, in the OS keyring.

The user opts in ("remember on this computer"). Where no usable backend exists
(the ``fail`` keyring of a headless Linux, a locked D-Bus session), every call
degrades silently to "nothing remembered": the app asks for the passphrase each
time. A secret is never written anywhere else, and never in plain text.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import keyring.backend

log = logging.getLogger(__name__)

SERVICE = "dpo-desk"


class Keystore:
    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        # Imported on first use: keyring and its dependencies take about 50 ms to load,
        # which a start-up that never asks the keyring (no passphrase remembered) skips.
        import keyring

        return self._backend or keyring.get_keyring()

    @property
    def available(self) -> bool:
        """Whether remembering can work here; the UI hides the option when it cannot."""
        backend = self.backend
        try:
            priority = backend.priority
        except Exception:  # a backend that cannot even say its priority is unusable
            return False
        module = type(backend).__module__
        # keyring.backends.fail / null have priority <= 0 and store nothing.
        return priority > 0 and not module.startswith(
            ("keyring.backends.fail", "keyring.backends.null")
        )

    def get(self, register_uuid: str) -> str | None:
        if not self.available:
            return None
        import keyring.errors

        try:
            return self.backend.get_password(SERVICE, register_uuid)
        except (keyring.errors.KeyringError, OSError, RuntimeError) as exc:
            log.warning("keyring read failed (%s); asking for the passphrase", type(exc).__name__)
            return None

    def set(self, register_uuid: str, passphrase: str) -> bool:
        """Remember; returns False (and stores nothing) when no backend is usable."""
        if not self.available:
            return False
        import keyring.errors

        try:
            self.backend.set_password(SERVICE, register_uuid, passphrase)
            return True
        except (keyring.errors.KeyringError, OSError, RuntimeError) as exc:
            log.warning("keyring write failed (%s); passphrase not remembered", type(exc).__name__)
            return False

    def forget(self, register_uuid: str) -> None:
        if not self.available:
            return
        import keyring.errors

        try:
            self.backend.delete_password(SERVICE, register_uuid)
        except keyring.errors.PasswordDeleteError:
            pass  # nothing was remembered
        except (keyring.errors.KeyringError, OSError, RuntimeError) as exc:
            log.warning("keyring delete failed (%s)", type(exc).__name__)
