"""Data-subject rights requests: regimes, rights, statuses, and the workflow between them.

The enum values are stored in the register and typed on the command line: never rename
one. Their labels are French message ids, one dictionary per enum, whose translation
context is the enum's class name.
"""

from __future__ import annotations

from enum import StrEnum

from dpo_desk.domain import errors
from dpo_desk.domain.errors import ValidationError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP


class Regime(StrEnum):
    """The law a request (or a breach) falls under. A case may fall under both."""

    LAW_09_08 = "law-09-08"
    GDPR = "gdpr"  # GDPR Art. 3(2): data subjects in the EU


class Right(StrEnum):
    ACCESS = "access"  # 09-08 art. 7; GDPR Art. 15
    RECTIFICATION = "rectification"  # 09-08 art. 8(a); GDPR Art. 16
    ERASURE = "erasure"  # 09-08 art. 8(a) (data processed in breach of the law); GDPR Art. 17
    RESTRICTION = "restriction"  # 09-08 art. 8(a) "verrouillage" (blocking); GDPR Art. 18
    PORTABILITY = "portability"  # not in 09-08; GDPR Art. 20
    OBJECTION = "objection"  # 09-08 art. 9; GDPR Art. 21


class Channel(StrEnum):
    """How the request reached the organisation (and how the answer left it)."""

    EMAIL = "email"
    POST = "post"
    WEB_FORM = "web_form"
    PHONE = "phone"
    IN_PERSON = "in_person"


class RequestStatus(StrEnum):
    NEW = "new"
    AWAITING_IDENTITY = "awaiting_identity"
    IN_PROGRESS = "in_progress"
    EXTENDED = "extended"
    ANSWERED = "answered"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"
    CLOSED = "closed"


class RefusalReason(StrEnum):
    # GDPR Art. 12(5): the controller bears the burden of proving either of these two.
    MANIFESTLY_UNFOUNDED = "manifestly_unfounded"
    # GDPR Art. 12(5) "excessive, in particular because of their repetitive character";
    # 09-08 art. 7: requests "manifestement abusives", abuse to be proved by the controller.
    EXCESSIVE = "excessive"
    # GDPR Art. 12(6): reasonable doubts about identity that the requester did not lift.
    IDENTITY_NOT_ESTABLISHED = "identity_not_established"
    # The right does not exist under the regime: portability under Law 09-08, which does
    # not provide it; rectification, erasure and blocking under 09-08, which are due only
    # for data whose processing does not comply with the law (art. 8(a)).
    NOT_APPLICABLE = "not_applicable"
    # GDPR Art. 15(4) (the copy) and Art. 20(4) (portability): the rights and freedoms of
    # others would be adversely affected.
    RIGHTS_OF_OTHERS = "rights_of_others"
    # GDPR Art. 17(3): freedom of expression, a legal obligation, public health, archiving
    # or research, legal claims.
    ERASURE_EXCEPTION = "erasure_exception"
    # GDPR Art. 20(1): the processing is neither based on consent or a contract, or is not
    # carried out by automated means.
    PORTABILITY_CONDITIONS = "portability_conditions"
    # GDPR Art. 21(1): compelling legitimate grounds, or legal claims. Never for an
    # objection to direct marketing (Art. 21(3)).
    OVERRIDING_GROUNDS = "overriding_grounds"
    # 09-08 art. 9: the processing meets a legal obligation; under the GDPR such processing
    # (Art. 6(1)(c)) is outside the right of Art. 21(1). Never for direct marketing.
    LEGAL_OBLIGATION = "legal_obligation"
    # 09-08 art. 9: the act authorising the processing expressly excludes the objection.
    EXPRESS_EXCLUSION = "express_exclusion"


class IdentityStatus(StrEnum):
    NOT_REQUIRED = "not_required"
    PENDING = "pending"
    VERIFIED = "verified"
    FAILED = "failed"


# ----------------------------------------------------------------------------- labels

REGIME_LABELS = {
    Regime.LAW_09_08: QT_TRANSLATE_NOOP("Regime", "Loi 09-08"),
    Regime.GDPR: QT_TRANSLATE_NOOP("Regime", "RGPD"),
}

RIGHT_LABELS = {
    Right.ACCESS: QT_TRANSLATE_NOOP("Right", "Droit d'accès"),
    Right.RECTIFICATION: QT_TRANSLATE_NOOP("Right", "Droit de rectification"),
    Right.ERASURE: QT_TRANSLATE_NOOP("Right", "Droit à l'effacement"),
    Right.RESTRICTION: QT_TRANSLATE_NOOP("Right", "Droit à la limitation du traitement"),
    Right.PORTABILITY: QT_TRANSLATE_NOOP("Right", "Droit à la portabilité"),
    Right.OBJECTION: QT_TRANSLATE_NOOP("Right", "Droit d'opposition"),
}

CHANNEL_LABELS = {
    Channel.EMAIL: QT_TRANSLATE_NOOP("Channel", "E-mail"),
    Channel.POST: QT_TRANSLATE_NOOP("Channel", "Courrier postal"),
    Channel.WEB_FORM: QT_TRANSLATE_NOOP("Channel", "Formulaire en ligne"),
    Channel.PHONE: QT_TRANSLATE_NOOP("Channel", "Téléphone"),
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("Channel", "En personne"),
}

REQUEST_STATUS_LABELS = {
    RequestStatus.NEW: QT_TRANSLATE_NOOP("RequestStatus", "Nouvelle"),
    RequestStatus.AWAITING_IDENTITY: QT_TRANSLATE_NOOP(
        "RequestStatus", "En attente du justificatif d'identité"
    ),
    RequestStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("RequestStatus", "En cours de traitement"),
    RequestStatus.EXTENDED: QT_TRANSLATE_NOOP("RequestStatus", "Délai prorogé"),
    RequestStatus.ANSWERED: QT_TRANSLATE_NOOP("RequestStatus", "Répondue"),
    RequestStatus.REFUSED: QT_TRANSLATE_NOOP("RequestStatus", "Refusée"),
    RequestStatus.WITHDRAWN: QT_TRANSLATE_NOOP("RequestStatus", "Retirée par le demandeur"),
    RequestStatus.CLOSED: QT_TRANSLATE_NOOP("RequestStatus", "Clôturée"),
}
REFUSAL_REASON_LABELS = {
    RefusalReason.MANIFESTLY_UNFOUNDED: QT_TRANSLATE_NOOP(
        "RefusalReason", "Demande manifestement infondée"
    ),
    RefusalReason.EXCESSIVE: QT_TRANSLATE_NOOP(
        "RefusalReason", "Demande excessive ou manifestement abusive"
    ),
    RefusalReason.IDENTITY_NOT_ESTABLISHED: QT_TRANSLATE_NOOP(
        "RefusalReason", "Identité du demandeur non établie"
    ),
    RefusalReason.NOT_APPLICABLE: QT_TRANSLATE_NOOP(
        "RefusalReason", "Droit non prévu par le régime applicable"
    ),
    RefusalReason.RIGHTS_OF_OTHERS: QT_TRANSLATE_NOOP(
        "RefusalReason", "Atteinte aux droits et libertés d'autrui"
    ),
    RefusalReason.ERASURE_EXCEPTION: QT_TRANSLATE_NOOP(
        "RefusalReason", "Exception au droit à l'effacement"
    ),
    RefusalReason.PORTABILITY_CONDITIONS: QT_TRANSLATE_NOOP(
        "RefusalReason", "Conditions du droit à la portabilité non remplies"
    ),
    RefusalReason.OVERRIDING_GROUNDS: QT_TRANSLATE_NOOP(
        "RefusalReason",
        "Motifs légitimes et impérieux, ou défense de droits en justice (hors prospection)",
    ),
    RefusalReason.LEGAL_OBLIGATION: QT_TRANSLATE_NOOP(
        "RefusalReason", "Traitement répondant à une obligation légale (hors prospection)"
    ),
    RefusalReason.EXPRESS_EXCLUSION: QT_TRANSLATE_NOOP(
        "RefusalReason",
        "Opposition écartée par l'acte autorisant le traitement (hors prospection)",
    ),
}

# Where each ground comes from, in short, for the DPO's lists (the refuse dialog, the
# request's page). A letter cites the articles of its own case's regimes and rights
# instead (``domain.refusals``).
REFUSAL_REASON_CITATIONS = {
    RefusalReason.MANIFESTLY_UNFOUNDED: QT_TRANSLATE_NOOP("RefusalReason", "RGPD art. 12(5)"),
    RefusalReason.EXCESSIVE: QT_TRANSLATE_NOOP(
        "RefusalReason", "RGPD art. 12(5) ; loi 09-08 art. 7"
    ),
    RefusalReason.IDENTITY_NOT_ESTABLISHED: QT_TRANSLATE_NOOP(
        "RefusalReason", "RGPD art. 12(6) ; loi 09-08 art. 7 et 8"
    ),
    # Art. 8(a) for rectification, erasure and blocking; portability has no article at all.
    RefusalReason.NOT_APPLICABLE: QT_TRANSLATE_NOOP(
        "RefusalReason", "Loi 09-08 art. 8(a) ; portabilité absente de la loi 09-08"
    ),
    RefusalReason.RIGHTS_OF_OTHERS: QT_TRANSLATE_NOOP("RefusalReason", "RGPD art. 15(4) et 20(4)"),
    RefusalReason.ERASURE_EXCEPTION: QT_TRANSLATE_NOOP("RefusalReason", "RGPD art. 17(3)"),
    RefusalReason.PORTABILITY_CONDITIONS: QT_TRANSLATE_NOOP("RefusalReason", "RGPD art. 20(1)"),
    RefusalReason.OVERRIDING_GROUNDS: QT_TRANSLATE_NOOP("RefusalReason", "RGPD art. 21(1)"),
    RefusalReason.LEGAL_OBLIGATION: QT_TRANSLATE_NOOP(
        "RefusalReason", "Loi 09-08 art. 9 ; RGPD art. 21(1)"
    ),
    RefusalReason.EXPRESS_EXCLUSION: QT_TRANSLATE_NOOP("RefusalReason", "Loi 09-08 art. 9"),
}

IDENTITY_STATUS_LABELS = {
    IdentityStatus.NOT_REQUIRED: QT_TRANSLATE_NOOP("IdentityStatus", "Non requise"),
    IdentityStatus.PENDING: QT_TRANSLATE_NOOP("IdentityStatus", "Justificatif demandé"),
    IdentityStatus.VERIFIED: QT_TRANSLATE_NOOP("IdentityStatus", "Identité vérifiée"),
    IdentityStatus.FAILED: QT_TRANSLATE_NOOP("IdentityStatus", "Identité non vérifiée"),
}


# ----------------------------------------------------------------------------- workflow

_S = RequestStatus

# The DPO's workflow. Refusing or withdrawing is possible at every open step; an answer
# needs work in progress first; asking for identity again is allowed during the work
# (a doubt may arise late, GDPR Art. 12(6)), but not after an extension, whose decision
# presupposes an identified requester. Every outcome is closed once filed.
ALLOWED_TRANSITIONS: dict[RequestStatus, frozenset[RequestStatus]] = {
    _S.NEW: frozenset({_S.AWAITING_IDENTITY, _S.IN_PROGRESS, _S.REFUSED, _S.WITHDRAWN}),
    _S.AWAITING_IDENTITY: frozenset({_S.IN_PROGRESS, _S.REFUSED, _S.WITHDRAWN}),
    _S.IN_PROGRESS: frozenset(
        {_S.AWAITING_IDENTITY, _S.EXTENDED, _S.ANSWERED, _S.REFUSED, _S.WITHDRAWN}
    ),
    _S.EXTENDED: frozenset({_S.ANSWERED, _S.REFUSED, _S.WITHDRAWN}),
    _S.ANSWERED: frozenset({_S.CLOSED}),
    _S.REFUSED: frozenset({_S.CLOSED}),
    _S.WITHDRAWN: frozenset({_S.CLOSED}),
    _S.CLOSED: frozenset(),
}


class InvalidRequestTransition(errors.InvalidTransition):
    """A move the request workflow forbids. Its context is "RequestStatus", so the status
    names given as values are translated along with the sentence."""

    context = "RequestStatus"
    template = QT_TRANSLATE_NOOP(
        "RequestStatus", "Une demande au statut « {old} » ne peut pas passer au statut « {new} »."
    )
    translated_values = ("old", "new")

    def __init__(self, old: RequestStatus | str, new: RequestStatus | str) -> None:
        self.old = RequestStatus(old)
        self.new = RequestStatus(new)
        super().__init__(old=REQUEST_STATUS_LABELS[self.old], new=REQUEST_STATUS_LABELS[self.new])


ERR_REFUSAL_REASON_REQUIRED = QT_TRANSLATE_NOOP(
    "Errors", "Un refus doit être motivé : choisissez le motif du refus."
)
ERR_REFUSAL_REASON_UNEXPECTED = QT_TRANSLATE_NOOP(
    "Errors", "Un motif de refus ne s'indique que lorsque la demande est refusée."
)
ERR_REFUSAL_REASON_UNKNOWN = QT_TRANSLATE_NOOP("Errors", "Motif de refus inconnu : {value}.")


def allowed_next(status: RequestStatus | str) -> frozenset[RequestStatus]:
    """The statuses a request may move to from ``status`` (for menus and buttons)."""
    return ALLOWED_TRANSITIONS[RequestStatus(status)]


def can_transition(old: RequestStatus | str, new: RequestStatus | str) -> bool:
    return RequestStatus(new) in ALLOWED_TRANSITIONS[RequestStatus(old)]


def check_transition(old: RequestStatus | str, new: RequestStatus | str) -> None:
    """Raise :class:`InvalidRequestTransition` unless the workflow allows ``old`` → ``new``."""
    if not can_transition(old, new):
        raise InvalidRequestTransition(old, new)


def validate_transition(
    old: RequestStatus | str,
    new: RequestStatus | str,
    *,
    refusal_reason: RefusalReason | str | None = None,
) -> RefusalReason | None:
    """Check a move together with the data it needs; returns the refusal reason, if any.

    A refusal must state its ground: the letter has to give it, and the controller must
    be able to prove it (GDPR Art. 12(4)-(5); 09-08 art. 7 for abusive requests).
    """
    check_transition(old, new)
    if RequestStatus(new) is not RequestStatus.REFUSED:
        if refusal_reason:
            raise ValidationError(ERR_REFUSAL_REASON_UNEXPECTED, "refusal_reason")
        return None
    if not refusal_reason:
        raise ValidationError(ERR_REFUSAL_REASON_REQUIRED, "refusal_reason")
    try:
        return RefusalReason(refusal_reason)
    except ValueError:
        raise ValidationError(
            ERR_REFUSAL_REASON_UNKNOWN, "refusal_reason", value=str(refusal_reason)
        ) from None
