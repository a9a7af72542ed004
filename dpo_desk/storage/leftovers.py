"""The app's own temporary files that a killed process left behind, and their removal.

Every temporary file or folder DPO Desk makes beside a register, a backup or an export
carries the id of the process that made it (``.dpo-sauvegarde-<pid>-….tmp``,
``.dpo-restauration-<pid>-…/``, ``.<export>.<pid>-<hex>.part``). A later run sweeps the
folder: what belongs to a process that is gone is zeroed and removed; what belongs to a
running one (this process included) is left alone. Names from before the pid was added
carry no owner: they are removed once a day old, when no copy can still be running.

Backups and restore copies are encrypted; a killed export's ``.part`` is plaintext
personal data (only on systems without unnamed files, see ``services/exports.py``).
Zeroing before the unlink is best effort: on copy-on-write or flash storage the old
blocks may survive, which is why exports avoid named files where they can.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import time
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

# Names from before the owner's pid was part of them: removed once this old.
_UNOWNED_AGE = 24 * 3600

BACKUP_PREFIX = ".dpo-sauvegarde-"
RESTORE_PREFIX = ".dpo-restauration-"

# (pattern, whether the name may lack an owner pid). Group "pid" is the owner.
_PATTERNS: tuple[re.Pattern[str], ...] = (
    # SQLite's companions of a killed copy (-journal, -wal, -shm) go with it.
    re.compile(rf"^{re.escape(BACKUP_PREFIX)}(?:(?P<pid>\d+)-)?[^/]*\.tmp(?:-journal|-wal|-shm)?$"),
    re.compile(rf"^{re.escape(RESTORE_PREFIX)}(?:(?P<pid>\d+)-)?[^/]*$"),
    re.compile(r"^\..+\.(?P<pid>\d+)-[0-9a-f]{8}\.part$"),
)


def owned_prefix(prefix: str) -> str:
    """``prefix`` with this process's id: what ``tempfile.mkstemp``/``mkdtemp`` get."""
    return f"{prefix}{os.getpid()}-"


def process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's process, or no way to tell: not ours to judge
    return True


def shred(path: Path) -> bool:
    """Overwrite a regular file with zeros, flush it, remove it. True if removed."""
    try:
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        size = os.fstat(fd).st_size
        zeros = b"\0" * 65536
        done = 0
        while done < size:
            done += os.write(fd, zeros[: min(len(zeros), size - done)])
        os.fsync(fd)
    except OSError:
        pass  # a full or read-only disk: still try to remove it
    finally:
        os.close(fd)
    try:
        path.unlink()
    except OSError:
        return False
    return True


def _orphan(entry: Path, pid: str | None, now: float) -> bool:
    if pid is not None:
        return not process_alive(int(pid))
    try:
        return now - entry.lstat().st_mtime > _UNOWNED_AGE
    except OSError:
        return False


def _remove(entry: Path) -> bool:
    if entry.is_symlink():
        return False  # never ours: the app makes no links
    if entry.is_dir():
        for inner in entry.rglob("*"):
            if inner.is_file() and not inner.is_symlink():
                shred(inner)
        shutil.rmtree(entry, ignore_errors=True)
        return not entry.exists()
    return shred(entry)


def sweep(folders: Iterable[Path]) -> list[str]:
    """Remove the orphaned temporary files and folders in ``folders``; their names."""
    removed: list[str] = []
    now = time.time()
    for folder in dict.fromkeys(folders):
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            for pattern in _PATTERNS:
                match = pattern.match(entry.name)
                if match:
                    if _orphan(entry, match.group("pid"), now) and _remove(entry):
                        removed.append(entry.name)
                    break
    if removed:
        # Counts only: the names may carry an export's file name, chosen by the user.
        log.info("removed %d leftover temporary file(s)", len(removed))
    return removed
