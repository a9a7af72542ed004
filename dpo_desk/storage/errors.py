"""Typed errors of the storage layer.

Each error carries a French message (the source language of the UI) marked for
translation, and the values to format into it. The UI translates the template with
``QCoreApplication.translate("Errors", template)``; the CLI prints it as is. An
``exit_code`` gives the CLI its documented status.
"""

from __future__ import annotations

from dpo_desk.domain.labels import QT_TRANSLATE_NOOP


class RegisterError(Exception):
    template = QT_TRANSLATE_NOOP("Errors", "Le registre n'a pas pu être ouvert.")
    exit_code = 1

    def __init__(self, **values: object) -> None:
        self.values = values
        super().__init__(self.message())

    #: values that are themselves message ids, translated along with the template
    translated_values: tuple[str, ...] = ()

    def message(self, translate=None) -> str:
        """The sentence for the user; ``translate`` maps a French source text to the UI language."""
        tr = translate or (lambda text: text)
        values = {
            key: tr(value) if key in self.translated_values else value
            for key, value in self.values.items()
        }
        try:
            return tr(self.template).format(**values)
        except (KeyError, IndexError, ValueError):
            return template


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
        "Errors", "Le fichier {name} existe déjà ; choisissez un autre nom pour le nouveau registre."
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
