"""The letters DPO Desk writes, and their languages. Values are stored and typed on the
command line (``dpo-desk letter --kind --lang``): never rename one."""

from __future__ import annotations

from enum import StrEnum

from dpo_desk.domain.labels import QT_TRANSLATE_NOOP


class LetterKind(StrEnum):
    # Rights requests (GDPR Arts. 12-22; Law 09-08 arts. 7-9)
    ACKNOWLEDGEMENT = "acknowledgement"
    IDENTITY_REQUEST = "identity-request"  # GDPR Art. 12(6)
    EXTENSION = "extension"  # GDPR Art. 12(3), within the first month
    ACCESS_RESPONSE = "access-response"  # GDPR Art. 15; 09-08 art. 7
    RECTIFICATION_DONE = "rectification-done"  # GDPR Art. 16; 09-08 art. 8
    ERASURE_DONE = "erasure-done"  # GDPR Arts. 17-18; 09-08 art. 8
    OBJECTION_RESPONSE = "objection-response"  # GDPR Art. 21; 09-08 art. 9
    REFUSAL = "refusal"  # GDPR Art. 12(4)-(5)
    # Breaches
    BREACH_NOTIFICATION = "breach-notification"  # GDPR Art. 33(3)
    BREACH_COMMUNICATION = "breach-communication"  # GDPR Art. 34(2)


BREACH_KINDS = frozenset({LetterKind.BREACH_NOTIFICATION, LetterKind.BREACH_COMMUNICATION})
REQUEST_KINDS = frozenset(LetterKind) - BREACH_KINDS

LETTER_KIND_LABELS = {
    LetterKind.ACKNOWLEDGEMENT: QT_TRANSLATE_NOOP("LetterKind", "Accusé de réception"),
    LetterKind.IDENTITY_REQUEST: QT_TRANSLATE_NOOP(
        "LetterKind", "Demande de justificatif d'identité"
    ),
    LetterKind.EXTENSION: QT_TRANSLATE_NOOP("LetterKind", "Notification de prorogation du délai"),
    LetterKind.ACCESS_RESPONSE: QT_TRANSLATE_NOOP("LetterKind", "Réponse à une demande d'accès"),
    LetterKind.RECTIFICATION_DONE: QT_TRANSLATE_NOOP("LetterKind", "Confirmation de rectification"),
    LetterKind.ERASURE_DONE: QT_TRANSLATE_NOOP(
        "LetterKind", "Confirmation d'effacement ou de limitation"
    ),
    LetterKind.OBJECTION_RESPONSE: QT_TRANSLATE_NOOP("LetterKind", "Réponse à une opposition"),
    LetterKind.REFUSAL: QT_TRANSLATE_NOOP("LetterKind", "Refus motivé"),
    LetterKind.BREACH_NOTIFICATION: QT_TRANSLATE_NOOP(
        "LetterKind", "Notification de violation à l'autorité"
    ),
    LetterKind.BREACH_COMMUNICATION: QT_TRANSLATE_NOOP(
        "LetterKind", "Communication de violation aux personnes concernées"
    ),
}


class LetterLanguage(StrEnum):
    FR = "fr"
    AR = "ar"
    EN = "en"

    @property
    def rtl(self) -> bool:
        return self is LetterLanguage.AR


LETTER_LANGUAGE_LABELS = {
    LetterLanguage.FR: QT_TRANSLATE_NOOP("LetterLanguage", "Français"),
    LetterLanguage.AR: QT_TRANSLATE_NOOP("LetterLanguage", "Arabe"),
    LetterLanguage.EN: QT_TRANSLATE_NOOP("LetterLanguage", "Anglais"),
}
