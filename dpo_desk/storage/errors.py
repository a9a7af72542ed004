"""Typed errors of the storage layer.

Each is a :class:`~dpo_desk.domain.errors.UserError`: a French template marked for
translation (context "Errors"), the values to format into it, and a CLI exit code.
"""

from __future__ import annotations

import errno

from dpo_desk.domain.errors import UserError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP


class RegisterError(UserError):
    template = QT_TRANSLATE_NOOP("Errors", "Le registre n'a pas pu être ouvert.")
    exit_code = 1

    def __init__(self, **values: object) -> None:
        super().__init__(None, **values)


class WrongPassphrase(RegisterError):
    # SQLCipher cannot tell a wrong key from a file of random bytes: both fail the
    # HMAC check of page 1. The message says so rather than guess.
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Phrase secrète incorrecte pour {name} (ou ce fichier n'est pas un registre DPO Desk).",
    )
    exit_code = 3


class NotARegister(RegisterError):
    template = QT_TRANSLATE_NOOP("Errors", "{name} n'est pas un registre DPO Desk : {reason}.")
    exit_code = 3
    translated_values = ("reason",)

    def __init__(self, *, name: str, why: str) -> None:
        self.why = why
        super().__init__(name=name, reason=NOT_A_REGISTER_REASONS[why])


class NewerRegister(RegisterError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{name} a été enregistré par une version plus récente de DPO Desk "
        "(schéma {revision}). Mettez l'application à jour.",
    )
    exit_code = 3


class RegisterNotFound(RegisterError):
    template = QT_TRANSLATE_NOOP("Errors", "Le fichier {name} n'existe pas.")
    exit_code = 4


class RegisterExists(RegisterError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Le fichier {name} existe déjà ; choisissez un autre nom pour le nouveau registre.",
    )
    exit_code = 4


class StorageIOError(RegisterError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "Erreur d'accès au disque pour {name} : {reason}. Aucune donnée n'a été modifiée."
    )
    exit_code = 5


class DiskFull(StorageIOError):
    # SQLITE_FULL, ENOSPC or EDQUOT. SQLite rolls the failed transaction back and a copy
    # being written is abandoned, so nothing half-written is kept: the user can only
    # make room and try again, and must be told that, not "unexpected error".
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Espace disque insuffisant pour écrire {name} : l'opération a été annulée et rien "
        "n'a été enregistré. Libérez de la place, puis réessayez.",
    )
    exit_code = 5


class ReadOnlyLocation(StorageIOError):
    # SQLITE_READONLY, EROFS, EACCES or EPERM on a write: a file or folder without write
    # permission, a medium mounted read-only. Nothing was written, and only the user
    # (or an administrator) can change the rights.
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Impossible d'écrire {name} : le fichier ou son dossier est en lecture seule "
        "(droits d'écriture ou support protégé). Rien n'a été enregistré.",
    )
    exit_code = 5


class PathTooLong(RegisterError):
    # ENAMETOOLONG: a name longer than the file system allows (255 bytes for a name on
    # most of them, 4096 for a whole path on Linux). No such file can exist.
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Le nom de fichier {name} est trop long pour le système de fichiers (255 octets au "
        "plus par nom) : choisissez un nom ou un dossier plus court.",
    )
    exit_code = 4

    def __init__(self, *, name: str) -> None:
        # The name is quoted shortened: a 300-character name would drown the sentence.
        super().__init__(name=name if len(name) <= 60 else name[:40] + "…" + name[-12:])


def from_os_error(name: str, exc: OSError, *, writing: bool = True) -> RegisterError:
    """The typed error for an OS failure on file ``name`` (ENOSPC, EROFS, ENAMETOOLONG…)."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(name=name)
    if exc.errno == errno.ENAMETOOLONG:
        return PathTooLong(name=name)
    # A medium mounted read-only refuses only writes; "permission denied" is a refused
    # write only when the caller knows it was writing.
    if exc.errno == errno.EROFS or (writing and exc.errno in (errno.EACCES, errno.EPERM)):
        return ReadOnlyLocation(name=name)
    return StorageIOError(name=name, reason=exc.strerror or type(exc).__name__)


class RekeyDiskFull(DiskFull):
    # A passphrase change writes a whole copy of the register beside it before the copy
    # replaces the file: it needs about the register's size free in its folder.
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Espace disque insuffisant : la phrase secrète de {name} n'a pas été changée. Rien "
        "n'a été modifié et l'ancienne phrase secrète ouvre toujours le registre. Le "
        "changement écrit une copie complète du registre dans son dossier avant de "
        "remplacer l'ancien fichier : libérez au moins {size} Mo, puis réessayez.",
    )


class RekeyNotDone(StorageIOError):
    # Any other failure of a passphrase change before the new file took the register's
    # name: the old file was never written to, so the old passphrase still opens it.
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "La phrase secrète de {name} n'a pas été changée : {reason}. Rien n'a été modifié "
        "et l'ancienne phrase secrète ouvre toujours le registre.",
    )
    translated_values = ("reason",)


REKEY_READ_ONLY = QT_TRANSLATE_NOOP(
    "Errors",
    "le dossier du registre n'accepte pas de nouveau fichier (droits d'écriture ou support "
    "en lecture seule ?)",
)
REKEY_UNSOUND = QT_TRANSLATE_NOOP(
    "Errors", "la copie rechiffrée n'a pas passé la vérification (contenu ou journal différent)"
)


class WeakPassphrase(RegisterError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "La phrase secrète doit compter au moins {minimum} caractères."
    )
    exit_code = 6


class IntegrityFailure(RegisterError):
    template = QT_TRANSLATE_NOOP("Errors", "Le contrôle d'intégrité de {name} a échoué : {reason}.")
    exit_code = 5


NOT_A_REGISTER_REASONS = {
    "empty": QT_TRANSLATE_NOOP("Errors", "le fichier est vide"),
    "plain": QT_TRANSLATE_NOOP("Errors", "c'est une base SQLite non chiffrée"),
    "size": QT_TRANSLATE_NOOP("Errors", "sa taille ne correspond à aucune base chiffrée"),
    "foreign": QT_TRANSLATE_NOOP("Errors", "c'est une base chiffrée d'une autre application"),
    "directory": QT_TRANSLATE_NOOP("Errors", "c'est un dossier"),
    "fifo": QT_TRANSLATE_NOOP("Errors", "c'est un tube nommé (FIFO), pas un fichier"),
    "device": QT_TRANSLATE_NOOP("Errors", "c'est un périphérique, pas un fichier"),
    "special": QT_TRANSLATE_NOOP("Errors", "ce n'est pas un fichier ordinaire"),
}


class RegisterBusy(StorageIOError):
    # Another program (or another DPO Desk window) holds SQLite's write lock longer
    # than the busy timeout: the write was retried, then abandoned, and nothing of it
    # was committed. Saying so lets the user simply try again.
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Le registre {name} est occupé par un autre programme. L'opération n'a pas été "
        "enregistrée ; réessayez dans un instant.",
    )
    exit_code = 5


class RegisterDamaged(IntegrityFailure):
    # A page whose HMAC does not match (a flipped bit, a truncated copy, an edit made
    # outside the app): SQLCipher refuses to decrypt it, and so do we: nothing read
    # from a damaged page is ever shown (GDPR Art. 32(1)(b), integrity).
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Le registre {name} est endommagé ou a été modifié en dehors de DPO Desk ; aucune "
        "donnée douteuse n'a été lue. Restaurez une sauvegarde (dpo-desk restore).",
    )
    exit_code = 5


class DamagedPages(RegisterDamaged):
    # The same, with the pages SQLCipher's own check (PRAGMA cipher_integrity_check)
    # names: support, and the user comparing backups, can tell one bad sector from a
    # file rewritten throughout.
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Le registre {name} est endommagé ou a été modifié en dehors de DPO Desk (contrôle "
        "d'authenticité en échec, page {pages}) ; aucune donnée douteuse n'a été lue. "
        "Restaurez une sauvegarde (dpo-desk restore).",
    )

    def __init__(self, *, name: str, pages: list[int]) -> None:
        self.pages = list(pages)
        shown = ", ".join(str(page) for page in pages[:5]) + (" …" if len(pages) > 5 else "")
        super().__init__(name=name, pages=shown)
