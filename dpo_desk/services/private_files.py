"""Plaintext copies outside the register: a letter's PDF, an attachment, owner-only.

Inside the register every letter and attachment is encrypted. A copy the user saves
from the GUI or the CLI (``dpo-desk letter --out``) is the one plaintext copy of
personal data on disk, so it is created readable by its owner only (mode 0600, as the
backups are), never with the umask's 0644, and whatever was at that path before gets
0600 too. One helper for the GUI and the CLI, so that neither can forget.

The write goes to a file with no name yet (or a temporary one), then replaces the
target in one step (``storage/files.py``): a full disk or a pulled USB key half-way
leaves the old file as it was and no half-written PDF behind (nothing lost: the register
still holds the document; the user can try elsewhere).
"""

from __future__ import annotations

from pathlib import Path

from dpo_desk.domain.errors import UserError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.storage import files

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
    appears while writing; otherwise an existing file is replaced whole. Any disk error
    is a ``FileWriteFailed`` naming the path and the system's reason, with the old file
    (if any) untouched and no partial file left.
    """
    path = Path(path)
    try:
        files.write_private(path, lambda handle: handle.write(content), replace=overwrite)
    except FileExistsError:
        raise FileExists(path=str(path)) from None
    except OSError as exc:
        # The system's words ("No space left on device"), not a traceback; no content.
        reason = exc.strerror or type(exc).__name__
        raise FileWriteFailed(path=str(path), reason=reason) from None
    return path
