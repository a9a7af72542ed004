"""How long closed cases are kept, and when each one must go.

GDPR Art. 5(1)(e) and Law 09-08 art. 3(1)(e): personal data are kept no longer than
the purpose needs. A rights request or a breach record is evidence for a while after
it is closed (a complaint, an inspection, a limitation period), then it must be erased
or made anonymous. The organisation sets the periods; the defaults are five years
after closure for both, the seed organisations' policy (no text fixes a number).

Pure Python: dates in, dates out.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any, Protocol, Self, TypeVar

from dpo_desk.domain.errors import ValidationError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP

DEFAULT_REQUEST_YEARS = 5
DEFAULT_BREACH_YEARS = 5
MAX_YEARS = 100

ERR_YEARS = QT_TRANSLATE_NOOP(
    "Errors", "La durée de conservation doit être un nombre entier d'années entre 1 et {maximum}."
)


class CaseKind(StrEnum):
    REQUEST = "request"
    BREACH = "breach"


class PurgeMode(StrEnum):
    DELETE = "delete"  # the whole case goes: row, attachments, pauses, letters, links
    ANONYMISE = "anonymise"  # personal fields emptied; dates, rights, status, counts kept


CASE_KIND_LABELS = {
    CaseKind.REQUEST: QT_TRANSLATE_NOOP("CaseKind", "Demande de droits"),
    CaseKind.BREACH: QT_TRANSLATE_NOOP("CaseKind", "Violation"),
}


class _Policy(Protocol):
    def validated(self) -> Self: ...


_P = TypeVar("_P", bound=_Policy)


def _check_count(value: object, field: str, maximum: int, message: str) -> None:
    """A policy's number of years or days: a whole number from 1 to ``maximum``
    (a bool is an int to Python, not to the DPO)."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= maximum:
        raise ValidationError(message, field, maximum=maximum)


def _read_setting(
    policy: Callable[[], _P],
    parse: Callable[[Mapping[str, Any]], _P],
    stored: Mapping[str, Any] | None,
) -> _P:
    """A policy as the register's settings hold it (a JSON object; None or {} when never
    set), or the default ``policy()`` if what is stored cannot be read or is out of range:
    a damaged setting falls back to the defaults rather than stopping the application."""
    try:
        return parse(stored or {}).validated()
    except (TypeError, ValueError):  # ValidationError is a ValueError
        return policy()


@dataclass(frozen=True)
class RetentionPolicy:
    """Years a closed case is kept after its closure."""

    request_years: int = DEFAULT_REQUEST_YEARS
    breach_years: int = DEFAULT_BREACH_YEARS

    def validated(self) -> RetentionPolicy:
        _check_count(self.request_years, "request_years", MAX_YEARS, ERR_YEARS)
        _check_count(self.breach_years, "breach_years", MAX_YEARS, ERR_YEARS)
        return self

    def to_dict(self) -> dict[str, int]:
        return {"request_years": self.request_years, "breach_years": self.breach_years}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> RetentionPolicy:
        # A damaged setting must not purge early.
        return _read_setting(
            cls,
            lambda stored: cls(
                request_years=int(stored.get("request_years", DEFAULT_REQUEST_YEARS)),
                breach_years=int(stored.get("breach_years", DEFAULT_BREACH_YEARS)),
            ),
            data,
        )


def add_years(day: date, years: int) -> date:
    """The same day ``years`` later; 29 February becomes 1 March (keeps a day longer,
    never shorter)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return date(day.year + years, 3, 1)


def retention_end(closed_on: date, years: int) -> date:
    """The last day the case may be kept."""
    return add_years(closed_on, years)


def is_expired(closed_on: date, years: int, today: date) -> bool:
    return today > retention_end(closed_on, years)


@dataclass(frozen=True)
class ExpiredCase:
    """A closed case past its retention period, as the purge review lists it.

    Only what identifies the record and dates it: no personal data, so the list can be
    shown, printed and journaled.
    """

    kind: CaseKind
    case_id: int
    reference: str
    closed_on: date
    kept_until: date


# ----------------------------------------------------------------------------- identity copies
# GDPR Art. 12(6) lets the controller ask for what it needs to confirm who is asking;
# Art. 5(1)(c) (minimisation) and 5(1)(e) (storage limitation), with Law 09-08 art. 3,
# say it asks no more than that and keeps it no longer. The identity-request letter
# promises the copy is deleted once checked: these rules keep that promise.


class AttachmentPurpose(StrEnum):
    IDENTITY = "identity"  # a proof of identity: deleted once the check is done
    OTHER = "other"


class AttachmentDeletion(StrEnum):
    """Why an attachment was deleted, as the journal records it (a code, never text
    typed about the person)."""

    IDENTITY_CHECKED = "identity_checked"  # the check is recorded: the copy has served
    IDENTITY_RETENTION = "identity_retention"  # the retention review: the rule's date came
    NOT_NEEDED = "not_needed"  # the DPO's choice: added by mistake, no longer needed


class IdentityProof(StrEnum):
    """What the identity-request letter asks for. The least that settles the doubt:
    a copy of an identity document only where nothing lighter suffices."""

    ACCOUNT_QUESTIONS = "account_questions"  # answers only the account holder knows
    EMAIL_ON_FILE = "email_on_file"  # a reply from the e-mail address already on file
    IN_PERSON = "in_person"  # the CNIE shown at the office; no copy kept
    DOCUMENT_COPY = "document_copy"  # a copy, masked but for what identifies


IDENTITY_PROOF_LABELS = {
    IdentityProof.ACCOUNT_QUESTIONS: QT_TRANSLATE_NOOP(
        "IdentityProof", "Réponses à des questions sur le compte ou la relation"
    ),
    IdentityProof.EMAIL_ON_FILE: QT_TRANSLATE_NOOP(
        "IdentityProof", "Confirmation depuis l'adresse e-mail déjà connue"
    ),
    IdentityProof.IN_PERSON: QT_TRANSLATE_NOOP(
        "IdentityProof", "Présentation de la CNIE sur place (aucune copie gardée)"
    ),
    IdentityProof.DOCUMENT_COPY: QT_TRANSLATE_NOOP(
        "IdentityProof", "Copie d'une pièce d'identité, masquée sauf l'utile"
    ),
}

# Internal policy, not a legal period: no text fixes how long a copy may wait once the
# check is done. Thirty days leaves time for a second look if the answer is disputed.
DEFAULT_IDENTITY_COPY_DAYS = 30
MAX_IDENTITY_COPY_DAYS = 365
# Until 0009 the only letter asked for a copy: an existing register keeps sending what
# it sent until the DPO chooses a lighter proof.
DEFAULT_IDENTITY_PROOF = IdentityProof.DOCUMENT_COPY

ERR_IDENTITY_DAYS = QT_TRANSLATE_NOOP(
    "Errors",
    "Le délai de suppression des copies de pièce d'identité doit être un nombre entier de "
    "jours entre 1 et {maximum}.",
)
ERR_IDENTITY_PROOF = QT_TRANSLATE_NOOP("Errors", "Justificatif d'identité inconnu : {value}.")


@dataclass(frozen=True)
class IdentityPolicy:
    """What proof the organisation asks for, and how many days at most a copy of an
    identity document is kept after the check (internal policy)."""

    proof: IdentityProof = DEFAULT_IDENTITY_PROOF
    copy_days: int = DEFAULT_IDENTITY_COPY_DAYS

    def validated(self) -> IdentityPolicy:
        try:
            proof = IdentityProof(self.proof)
        except ValueError:
            raise ValidationError(ERR_IDENTITY_PROOF, "proof", value=str(self.proof)) from None
        _check_count(self.copy_days, "copy_days", MAX_IDENTITY_COPY_DAYS, ERR_IDENTITY_DAYS)
        return IdentityPolicy(proof, self.copy_days)

    def to_dict(self) -> dict[str, str | int]:
        return {"proof": str(self.proof), "copy_days": self.copy_days}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> IdentityPolicy:
        # A damaged setting must never keep a copy longer.
        return _read_setting(
            cls,
            lambda stored: cls(
                proof=IdentityProof(stored.get("proof", DEFAULT_IDENTITY_PROOF)),
                copy_days=int(stored.get("copy_days", DEFAULT_IDENTITY_COPY_DAYS)),
            ),
            data,
        )


def identity_copy_delete_by(
    checked_on: date | None, closed_on: date | None, days: int
) -> date | None:
    """The day an identity copy is due for deletion, or None while it still serves.

    Whichever comes first: ``days`` after the identity check (verified or not: either
    way the check is done), or the request's closure (nothing is left to check for).
    """
    candidates = [d for d in (closed_on,) if d is not None]
    if checked_on is not None:
        candidates.append(checked_on + timedelta(days=days))
    return min(candidates) if candidates else None


@dataclass(frozen=True)
class IdentityCopyDue:
    """An identity copy the retention review lists for deletion.

    No file name (it often carries the person's name): the request's reference, the
    attachment's number, and the dates that make it due.
    """

    attachment_id: int
    request_id: int
    reference: str
    delete_by: date
    checked_on: date | None
    closed_on: date | None


ATTACHMENT_DELETION_LABELS = {
    AttachmentDeletion.IDENTITY_CHECKED: QT_TRANSLATE_NOOP(
        "AttachmentDeletion", "identité vérifiée, la copie a servi"
    ),
    AttachmentDeletion.IDENTITY_RETENTION: QT_TRANSLATE_NOOP(
        "AttachmentDeletion", "délai de conservation de la copie atteint"
    ),
    AttachmentDeletion.NOT_NEEDED: QT_TRANSLATE_NOOP("AttachmentDeletion", "plus nécessaire"),
}
