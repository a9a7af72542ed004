"""Plaintext copies outside the register: a letter's PDF, an attachment, owner-only.

Inside the register every letter and attachment is encrypted. A copy the user saves
from the GUI or the CLI (``dpo-desk letter --out``) is the one plaintext copy of
personal data on disk, so it is created readable by its owner only (mode 0600, as the
backups are), never with the umask's 0644, and whatever was at that path before gets
0600 too. One helper for the GUI and the CLI, so that neither can forget.

The write goes to a temporary file beside the target, then replaces it: a full disk or
a pulled USB key half-way leaves the old file as it was and no half-written PDF behind
(nothing lost: the register still holds the document; the user can try elsewhere).
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from dpo_desk.domain.errors import UserError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP

PRIVATE_MODE = 0o600

ERR_EXISTS = QT_TRANSLATE_NOOP(
    "Errors", "Le fichier « {path} » existe déjà ; il n'est pas remplacé."
)
ERR_WRITE = QT_TRANSLATE_NOOP(
    "Errors",
    "Impossible d'enregistrer « {path} » : {reason}. Aucun fichier n'a été modifié ; "
    "choisissez un autre emplacement.",
)


class FileWriteFailed(UserError):
    template = ERR_WRITE
    exit_code = 5  # the CLI's "could not write" status


class FileExists(UserError):
    template = ERR_EXISTS
    exit_code = 4  # the CLI's "would overwrite" status


def write_private(path: Path | str, content: bytes, *, overwrite: bool = True) -> Path:
    """Write ``content`` to ``path``, owner-only (0600); returns the path.

    ``overwrite=False`` refuses a path that exists (``FileExists``), even one that
    appears while writing (O_EXCL); otherwise an existing file is replaced whole. Any
    disk error is a ``FileWriteFailed`` naming the path and the system's reason, with
    the old file (if any) untouched and no partial file left.
    """
    path = Path(path)
    if not overwrite:
        # Created in place with O_EXCL: a file that appears meanwhile is not replaced.
        return _write_new(path, path, content)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    _write_new(temporary, path, content)
    try:
        os.replace(temporary, path)
    except OSError as exc:
        _discard(temporary)
        raise FileWriteFailed(path=str(path), reason=_reason(exc)) from None
    return path


def _write_new(target: Path, shown: Path, content: bytes) -> Path:
    """Create ``target`` (never an existing file or link), 0600, and write it whole; on
    failure nothing is left of it. Errors name ``shown``, the path the user chose."""
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
    except FileExistsError:
        raise FileExists(path=str(shown)) from None
    except OSError as exc:
        raise FileWriteFailed(path=str(shown), reason=_reason(exc)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(target, PRIVATE_MODE)  # whatever the umask did to the creation mode
    except OSError as exc:
        _discard(target)
        raise FileWriteFailed(path=str(shown), reason=_reason(exc)) from None
    return target


def _discard(temporary: Path) -> None:
    with contextlib.suppress(OSError):
        temporary.unlink()


def _reason(exc: OSError) -> str:
    # The system's words ("No space left on device"), not a traceback; no content.
    return exc.strerror or type(exc).__name__
