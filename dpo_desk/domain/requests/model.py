"""The rights request as an entity, and the validation of what the DPO types in."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from dpo_desk.domain.errors import ValidationError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.domain.organisation import EMAIL_SHAPE
from dpo_desk.domain.requests.workflow import (
    Channel,
    IdentityStatus,
    RefusalReason,
    Regime,
    RequestStatus,
    Right,
)

MAX_NAME = 300
MAX_NOTES = 100_000  # a pasted e-mail thread fits; a pasted database does not


class RequesterRole(StrEnum):
    """Who asks. A parent may act for a minor, a lawyer for a client (GDPR Art. 12(6))."""

    SELF = "self"
    PARENT = "parent"
    REPRESENTATIVE = "representative"
    OTHER = "other"


REQUESTER_ROLE_LABELS = {
    RequesterRole.SELF: QT_TRANSLATE_NOOP("RequesterRole", "La personne concernée"),
    RequesterRole.PARENT: QT_TRANSLATE_NOOP("RequesterRole", "Parent ou tuteur"),
    RequesterRole.REPRESENTATIVE: QT_TRANSLATE_NOOP("RequesterRole", "Avocat ou mandataire"),
    RequesterRole.OTHER: QT_TRANSLATE_NOOP("RequesterRole", "Autre"),
}

ERR_NAME = QT_TRANSLATE_NOOP("Errors", "Le nom du demandeur est obligatoire.")
ERR_RIGHT = QT_TRANSLATE_NOOP("Errors", "Indiquez au moins un droit exercé.")
ERR_REGIME = QT_TRANSLATE_NOOP("Errors", "Indiquez au moins un régime (Loi 09-08 ou RGPD).")
ERR_EMAIL = QT_TRANSLATE_NOOP("Errors", "L'adresse e-mail « {value} » n'a pas une forme valide.")
ERR_FUTURE = QT_TRANSLATE_NOOP(
    "Errors", "La date de réception ({value}) ne peut pas être dans le futur."
)
ERR_TOO_OLD = QT_TRANSLATE_NOOP(
    "Errors", "La date de réception ({value}) est antérieure à la loi 09-08 (2009)."
)
ERR_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "Le champ dépasse {limit} caractères.")
ERR_DATE_ORDER = QT_TRANSLATE_NOOP(
    "Errors", "La date ({value}) ne peut pas précéder la réception de la demande."
)

EARLIEST_RECEIPT = date(2009, 2, 18)  # Law 09-08 of 18 February 2009


@dataclass(frozen=True)
class RequestIntake:
    """What the DPO records when a request arrives."""

    regimes: frozenset[Regime]
    rights: frozenset[Right]
    received_on: date
    requester_name: str
    channel: Channel = Channel.EMAIL
    requester_email: str = ""
    requester_phone: str = ""
    requester_address: str = ""
    requester_role: RequesterRole = RequesterRole.SELF
    subject_name: str = ""
    assignee: str = ""
    notes: str = ""

    def validated(self, today: date) -> RequestIntake:
        """A trimmed copy, or a ValidationError naming the field at fault."""
        clean = RequestIntake(
            regimes=frozenset(self.regimes),
            rights=frozenset(self.rights),
            received_on=self.received_on,
            requester_name=self.requester_name.strip(),
            channel=Channel(self.channel),
            requester_email=self.requester_email.strip(),
            requester_phone=self.requester_phone.strip(),
            requester_address=self.requester_address.strip(),
            requester_role=RequesterRole(self.requester_role),
            subject_name=self.subject_name.strip(),
            assignee=self.assignee.strip(),
            notes=self.notes.strip(),
        )
        if not clean.requester_name:
            raise ValidationError(ERR_NAME, "requester_name")
        if not clean.rights:
            raise ValidationError(ERR_RIGHT, "rights")
        if not clean.regimes:
            raise ValidationError(ERR_REGIME, "regimes")
        if clean.requester_email and not EMAIL_SHAPE.match(clean.requester_email):
            raise ValidationError(ERR_EMAIL, "requester_email", value=clean.requester_email)
        if clean.received_on > today:
            raise ValidationError(ERR_FUTURE, "received_on", value=clean.received_on.isoformat())
        if clean.received_on < EARLIEST_RECEIPT:
            raise ValidationError(ERR_TOO_OLD, "received_on", value=clean.received_on.isoformat())
        for name, limit in (
            ("requester_name", MAX_NAME),
            ("subject_name", MAX_NAME),
            ("requester_email", MAX_NAME),
            ("requester_phone", MAX_NAME),
            ("assignee", MAX_NAME),
            ("requester_address", 2000),
            ("notes", MAX_NOTES),
        ):
            if len(getattr(clean, name)) > limit:
                raise ValidationError(ERR_TOO_LONG, name, limit=limit)
        return clean


@dataclass(frozen=True)
class IdentityPause:
    started_on: date
    ended_on: date | None = None


@dataclass(frozen=True)
class RightsRequest:
    """A request as stored, with its governing deadline."""

    id: int
    reference: str
    regimes: frozenset[Regime]
    rights: frozenset[Right]
    channel: Channel
    requester_name: str
    requester_email: str
    requester_phone: str
    requester_address: str
    requester_role: RequesterRole
    subject_name: str
    received_on: date
    identity_status: IdentityStatus
    identity_method: str
    identity_checked_on: date | None
    status: RequestStatus
    refusal_reason: RefusalReason | None
    due_on: date
    due_rule: str
    due_basis: str
    due_regime: Regime
    extended_on: date | None
    extension_reason: str
    answered_on: date | None
    answer_channel: Channel | None
    closed_on: date | None
    assignee: str
    notes: str
    created_at: datetime
    updated_at: datetime
    version: int
    pauses: tuple[IdentityPause, ...] = field(default=())
    # The organisation's own number for it ("REQ-001"), kept by an import; "" if none.
    external_reference: str = ""

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


# Statuses in which the organisation still owes an answer: the deadline runs.
OPEN_STATUSES = frozenset(
    {
        RequestStatus.NEW,
        RequestStatus.AWAITING_IDENTITY,
        RequestStatus.IN_PROGRESS,
        RequestStatus.EXTENDED,
    }
)
