"""How long closed cases are kept, and when each one must go.

GDPR Art. 5(1)(e) and Law 09-08 art. 3(1)(e): personal data are kept no longer than
the purpose needs. A rights request or a breach record is evidence for a while after
it is closed (a complaint, an inspection, a limitation period), then it must be erased
or made anonymous. The organisation sets the periods; the defaults are five years
after closure for both, the seed organisations' policy (no text fixes a number).

Pure Python: dates in, dates out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

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


@dataclass(frozen=True)
class RetentionPolicy:
    """Years a closed case is kept after its closure."""

    request_years: int = DEFAULT_REQUEST_YEARS
    breach_years: int = DEFAULT_BREACH_YEARS

    def validated(self) -> RetentionPolicy:
        for name in ("request_years", "breach_years"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_YEARS:
                raise ValidationError(ERR_YEARS, name, maximum=MAX_YEARS)
        return self

    def years_for(self, kind: CaseKind) -> int:
        return self.request_years if kind is CaseKind.REQUEST else self.breach_years

    def to_dict(self) -> dict:
        return {"request_years": self.request_years, "breach_years": self.breach_years}

    @classmethod
    def from_dict(cls, data: dict | None) -> RetentionPolicy:
        data = data or {}
        try:
            return cls(
                request_years=int(data.get("request_years", DEFAULT_REQUEST_YEARS)),
                breach_years=int(data.get("breach_years", DEFAULT_BREACH_YEARS)),
            ).validated()
        except (TypeError, ValueError):
            # A damaged setting must not purge early: fall back to the defaults.
            return cls()


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
