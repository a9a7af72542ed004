"""Letter drafts as the register keeps them: whose case, which step of the review.

Pure Python. The letter itself (kinds, templates, rendering) is ``documents/``; this is
the drafting workflow around it (issue 6): a draft is written and edited by legal staff,
marked *validé* by a named reviewer, then issued as a PDF kept with the case. Values are
stored: never rename one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from dpo_desk.domain.labels import QT_TRANSLATE_NOOP


class CaseKind(StrEnum):
    REQUEST = "request"  # a rights request, DSR-YYYY-NNNN
    BREACH = "breach"  # a personal-data breach, VIO-YYYY-NNNN


class DraftStatus(StrEnum):
    DRAFT = "draft"  # being written; any edit of a validated draft comes back here
    VALIDATED = "validated"  # reviewed, with the reviewer's name
    ISSUED = "issued"  # the PDF is generated and kept with the case: frozen


DRAFT_STATUS_LABELS = {
    DraftStatus.DRAFT: QT_TRANSLATE_NOOP("DraftStatus", "Brouillon"),
    DraftStatus.VALIDATED: QT_TRANSLATE_NOOP("DraftStatus", "Validé"),
    DraftStatus.ISSUED: QT_TRANSLATE_NOOP("DraftStatus", "PDF généré"),
}

MAX_LETTER = 100_000  # characters: a long letter is 5,000; this is a pasted book
MAX_NAME = 200


@dataclass(frozen=True)
class StoredDraft:
    """One letter draft of a case, as the register holds it."""

    id: int
    case_kind: CaseKind
    case_id: int
    case_reference: str
    kind: str  # documents.kinds.LetterKind value
    language: str  # documents.kinds.LetterLanguage value
    text: str
    author: str
    status: DraftStatus
    reviewer: str
    validated_at: datetime | None
    attachment_id: int | None  # in request_attachment or breach_attachment, by case kind
    created_at: datetime
    updated_at: datetime
    version: int
    # A breach notification's authority ("cndp", "cnil", "other:<name>"): the letter is
    # printed to it. "" for the other kinds, and for drafts from before migration 0010.
    addressee: str = ""

    @property
    def editable(self) -> bool:
        return self.status is not DraftStatus.ISSUED
