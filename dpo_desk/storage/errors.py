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
