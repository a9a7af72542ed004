"""Typed errors of the storage layer.

Each is a :class:`~dpo_desk.domain.errors.UserError`: a French template marked for
translation (context "Errors"), the values to format into it, and a CLI exit code.
"""

from __future__ import annotations

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
