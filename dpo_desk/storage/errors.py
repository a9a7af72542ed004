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
