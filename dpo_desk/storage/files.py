"""Files the app writes beside the register: whole or not at all, owner-only.

An export, a letter or an attachment saved by the user is plaintext personal data; a
backup or a restored register is the register itself. Each is written the same way:

- owner-only (0600) from the first byte, whatever the umask;
- to a file with no name where the system has them (Linux ``O_TMPFILE``): a kill or a
  power cut at any point leaves nothing, since the kernel frees an unnamed file with
  its last descriptor. Elsewhere (macOS, Windows, NFS, FAT) to a hidden temporary name
  carrying the writer's pid, ``.<target>.<pid>-<hex>.part``, so that a later run tells
  a dead writer's leftover from a running one and sweeps it (storage/leftovers.py);
- flushed to disk, then given its final name in one step (a rename, or a link when an
  existing file must never be replaced), and the folder flushed too, so that the name
  survives a power cut.

Errors are the system's ``OSError``; each caller says them in its own words.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TypeVar

log = logging.getLogger(__name__)

PRIVATE_MODE = 0o600

_T = TypeVar("_T")


def temporary_name(target: Path) -> Path:
    """A hidden name beside ``target``, tagged with this process's id (the pattern
    storage/leftovers.py sweeps once the process is gone)."""
    return target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.part")


def fsync_directory(folder: Path) -> bool:
    """Flush ``folder``'s entries, so a rename in it survives a power cut (POSIX).
    False when that is not known to have happened (Windows cannot open a folder; some
    file systems refuse): the rename itself is atomic all the same."""
    if os.name != "posix":
        return False
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return False
    try:
        os.fsync(fd)
        return True
    except OSError as exc:
        log.warning("could not fsync a folder (%s)", type(exc).__name__)
        return False
    finally:
        os.close(fd)


def discard(path: Path) -> None:
    """Remove a temporary file, if it is still there."""
    with contextlib.suppress(OSError):
        path.unlink()


def publish(temporary: Path, target: Path, *, replace: bool) -> None:
    """Give the complete file ``temporary`` the name ``target``, in one step.

    ``replace=False`` never replaces an existing file (``FileExistsError``): a hard link
    fails if the name is taken, atomically; file systems without links (FAT and exFAT
    USB sticks, where backups often go) get a check then a rename.
    """
    if replace:
        os.replace(temporary, target)
    else:
        try:
            os.link(temporary, target)
        except FileExistsError:
            raise
        except OSError:
            if os.path.lexists(target):
                raise FileExistsError(
                    errno.EEXIST, os.strerror(errno.EEXIST), str(target)
                ) from None
            os.replace(temporary, target)
        else:
            temporary.unlink()
    fsync_directory(target.parent)


def write_private(target: Path, write: Callable[[BinaryIO], _T], *, replace: bool = True) -> _T:
    """Run ``write`` on a new owner-only file, flush it, and make it ``target``.

    ``replace=False`` refuses a ``target`` that exists, even one that appears while
    writing (``FileExistsError``). On any failure (a full disk, a cancelled write, an
    exception in ``write``) the old ``target``, if any, is untouched and nothing of the
    new file is left. Returns what ``write`` returned.
    """
    fd = _unnamed_file(target.parent)
    if fd is None:
        return _write_named(target, write, replace)
    try:
        with os.fdopen(fd, "w+b", closefd=False) as handle:
            outcome = write(handle)
            handle.flush()
            os.fsync(fd)
        temporary = temporary_name(target)
        # A directory descriptor makes Python call linkat(…, AT_SYMLINK_FOLLOW): plain
        # link() would link /proc's magic link itself and fail with EXDEV.
        folder = os.open(target.parent, os.O_RDONLY)
        try:
            os.link(f"/proc/self/fd/{fd}", temporary.name, dst_dir_fd=folder, follow_symlinks=True)
        finally:
            os.close(folder)
        try:
            publish(temporary, target, replace=replace)
        except BaseException:
            discard(temporary)
            raise
        return outcome
    finally:
        os.close(fd)


def _unnamed_file(folder: Path) -> int | None:
    """An open owner-only file in ``folder`` with no name (Linux ``O_TMPFILE``), or None
    where the system or the file system has none. It gets a name only once complete."""
    flag = getattr(os, "O_TMPFILE", None)
    if flag is None or not os.path.isdir("/proc/self/fd"):
        return None
    try:
        return os.open(folder, flag | os.O_RDWR, PRIVATE_MODE)
    except OSError as exc:
        if exc.errno in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOENT):
            return None
        raise


def _write_named(target: Path, write: Callable[[BinaryIO], _T], replace: bool) -> _T:
    temporary = temporary_name(target)
    handle = os.fdopen(os.open(temporary, os.O_RDWR | os.O_CREAT | os.O_EXCL, PRIVATE_MODE), "w+b")
    try:
        with handle:
            if hasattr(os, "fchmod"):  # whatever the umask took from the creation mode
                os.fchmod(handle.fileno(), PRIVATE_MODE)
            outcome = write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        publish(temporary, target, replace=replace)
    except BaseException:
        discard(temporary)
        raise
    return outcome
