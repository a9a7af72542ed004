"""The first moments of the desktop app, before the heavy modules are imported.

On a workstation the usual start reopens yesterday's file with its remembered
passphrase. :func:`unlock_ahead` starts that file's key derivation in a background
thread at once (storage.cipher.KeyAhead), so it runs while PySide6, SQLAlchemy and
the app's windows are imported instead of after them.

Imports nothing heavy (no Qt, no SQLAlchemy): that is the point of it.
"""

from __future__ import annotations

from pathlib import Path

from dpo_desk.security.keystore import Keystore
from dpo_desk.services.preferences import Preferences
from dpo_desk.storage.cipher import KeyAhead


def file_to_reopen(prefs: Preferences, argv: list[str]) -> Path | None:
    """The register the start-up will open: the one named on the command line, else the
    last one used, if it is still there."""
    named = [arg for arg in argv if not arg.startswith("-")]
    if named:
        return Path(named[0]).expanduser().absolute()
    last = prefs.last_path
    return last if last is not None and last.is_file() else None


def unlock_ahead(path: Path | None, prefs: Preferences, keystore: Keystore) -> KeyAhead | None:
    """Start deriving ``path``'s key when its passphrase is remembered; None otherwise.

    The keyring is read in the thread too (a D-Bus round trip on Linux). The caller
    hands the result to the controller, which uses it for that file or discards it.
    """
    if path is None:
        return None
    uuid = prefs.uuid_for(path)
    if not uuid or not prefs.remember_passphrase.get(uuid):
        return None
    return KeyAhead(path, lambda: keystore.get(uuid))
