"""Opening a register from the GUI: the per-file lock, the remembered key, the preferences.

The dialogs and the lock screen all open files through this module, so the rules are
in one place:

- a window that shows a register holds ``<file>.lock`` beside it (``QLockFile``), from
  the moment the file is chosen until the window lets go of it. A second process (or
  window) on the same file is refused by name: two writers would each see a stale
  view of the other's requests and deadlines;
- the passphrase is never kept: it goes to the service, then to the keyring if the
  user asked, and the caller wipes the field.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile

from dpo_desk.domain.errors import UserError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.domain.organisation import Organisation
from dpo_desk.security.keystore import Keystore
from dpo_desk.services import register_file
from dpo_desk.services.preferences import Preferences
from dpo_desk.services.read_model import KeyAhead, Register, WrongPassphrase

LOCK_SUFFIX = ".lock"
REGISTER_SUFFIX = ".dpodesk"


class RegisterInUse(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Le registre {name} est déjà ouvert par DPO Desk (processus {pid} sur {host}). "
        "Fermez-le là-bas, puis réessayez.",
    )
    exit_code = 4


class LockFileUnavailable(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Impossible de réserver {name} : le dossier {folder} n'accepte pas le fichier de verrou "
        "(droits d'écriture ?).",
    )
    exit_code = 5


class FileClaim:
    """The ``<file>.lock`` beside a register, held while a window shows that file."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path).absolute()
        self._lock = QLockFile(str(self.path) + LOCK_SUFFIX)
        # 0 = never judge a lock stale by its age. The default (30 s) would let a second
        # process break the lock of a window that has simply been open for a minute;
        # a lock left by a crash is still detected, by its dead PID.
        self._lock.setStaleLockTime(0)

    @property
    def held(self) -> bool:
        return self._lock.isLocked()

    @property
    def lock_path(self) -> Path:
        return Path(self._lock.fileName())

    def acquire(self) -> None:
        """Take the lock now or raise a typed error naming the file; a no-op if held."""
        if self._lock.isLocked() or self._try_lock():
            return
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            info = self._lock.getLockInfo()
            pid, host = (info[0], info[1]) if info else ("?", "?")
            raise RegisterInUse(name=self.path.name, pid=pid, host=host or "?")
        raise LockFileUnavailable(name=self.path.name, folder=str(self.path.parent))

    def _try_lock(self) -> bool:
        # QLockFile creates the file with the process's umask (0644 usually): like every
        # file the app writes, it is owner-only (its content names this process and
        # host). The umask is process-wide and only ever made stricter here, briefly.
        previous = os.umask(0o077)
        try:
            locked = self._lock.tryLock(0)
        finally:
            os.umask(previous)
        if locked:
            try:
                os.chmod(self.lock_path, 0o600)
            except OSError:
                pass  # a file system without modes (FAT): nothing more to do
        return locked

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()


@dataclass
class Opened:
    """A register just unlocked or created, with the claim on its file."""

    register: Register
    claim: FileClaim
    #: something the user should know, shown in the status bar (e.g. not remembered)
    notice: str | None = None


def with_suffix(path: Path) -> Path:
    """The chosen file name, with ``.dpodesk`` added when the user typed none."""
    path = Path(path)
    return path if path.suffix == REGISTER_SUFFIX else path.with_name(path.name + REGISTER_SUFFIX)


def _under_claim(claim: FileClaim, open_file: Callable[[], Register]) -> Register:
    """Take the file's lock, then open it; a failure lets the lock go only if this call
    took it (the lock screen keeps holding its file between attempts)."""
    took = not claim.held
    claim.acquire()
    try:
        return open_file()
    except BaseException:
        if took:
            claim.release()
        raise


def unlock(claim: FileClaim, passphrase: str, ahead: KeyAhead | None = None) -> Register:
    return _under_claim(
        claim, lambda: register_file.unlock_register(claim.path, passphrase, ahead=ahead)
    )


def create(claim: FileClaim, passphrase: str, organisation: Organisation) -> Register:
    return _under_claim(
        claim, lambda: register_file.create_register(claim.path, passphrase, organisation)
    )


def record_opening(
    prefs: Preferences, keystore: Keystore, register: Register, passphrase: str, remember: bool
) -> bool:
    """Apply the "remember" choice and put the file first in the recent list.

    Returns False when the user asked to remember but the keyring refused.
    """
    remembered = register_file.remember_passphrase(keystore, register, passphrase, remember)
    prefs.touch(register.path, register.register_uuid)
    prefs.remember_passphrase[register.register_uuid] = remembered
    prefs.save()
    return remembered or not remember


def remembered_choice(prefs: Preferences, path: Path) -> bool:
    uuid = prefs.uuid_for(path)
    return bool(uuid and prefs.remember_passphrase.get(uuid))


def try_remembered(
    path: Path, prefs: Preferences, keystore: Keystore, ahead: KeyAhead | None = None
) -> tuple[Opened | None, bool]:
    """Open with the keyring's passphrase, silently, or return (None, refused).

    ``refused`` is True when a remembered passphrase existed and the file rejected it,
    so the dialog can say why it asks after all. Any other failure (file in use, gone,
    damaged) is left for the dialog to show: it checks the file again.

    ``ahead`` (services.startup.unlock_ahead) has looked the passphrase up and derived
    the key already when it was started for this file.
    """
    uuid = prefs.uuid_for(path)
    if ahead is not None and ahead.path == Path(path).absolute():
        secret = ahead.passphrase()
    else:
        secret = keystore.get(uuid) if uuid else None
    if not secret:
        return None, False
    claim = FileClaim(path)
    try:
        register = unlock(claim, secret, ahead)
    except WrongPassphrase:
        return None, True
    except UserError:
        return None, False
    prefs.touch(register.path, register.register_uuid)
    prefs.save()
    return Opened(register, claim), False
