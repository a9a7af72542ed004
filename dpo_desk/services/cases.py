"""A case is a rights request (``DSR-…``) or a breach (``VIO-…``): what letters are
written about, attachments kept with, and records' activities linked to.

One lookup by reference for both kinds, and one refusal when there is no such case.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

from dpo_desk.domain.breaches import BreachIncident
from dpo_desk.domain.errors import NotFound
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.domain.letters import CaseKind
from dpo_desk.domain.references import BREACH_PREFIX, REQUEST_PREFIX
from dpo_desk.domain.requests.model import RightsRequest
from dpo_desk.storage import breaches as breach_repo
from dpo_desk.storage import requests as request_repo
from dpo_desk.storage.database import Register

# The records' sentence, for a case linked to an activity by its number.
ERR_NO_CASE_TO_LINK = QT_TRANSLATE_NOOP("Errors", "Aucun dossier n° {key} à rattacher.")


class CaseNotFound(NotFound):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Aucun dossier ne porte la référence {reference} : attendu une demande (DSR-…) "
        "ou une violation (VIO-…).",
    )


@dataclass(frozen=True)
class Case:
    """The request or breach a letter is about."""

    kind: CaseKind
    id: int
    reference: str
    request: RightsRequest | None = None
    breach: BreachIncident | None = None


def case_in(conn: Connection, reference: str) -> Case:
    """The case of that reference, inside a caller's transaction, or CaseNotFound."""
    text = reference.strip().upper()
    # A reference with one kind's prefix is never looked for among the other kind's.
    if not text.startswith(f"{BREACH_PREFIX}-"):
        found = request_repo.get_by_reference(conn, text)
        if found is not None:
            return Case(CaseKind.REQUEST, found.id, found.reference, request=found)
    if not text.startswith(f"{REQUEST_PREFIX}-"):
        incident = breach_repo.get_by_reference(conn, text)
        if incident is not None:
            return Case(CaseKind.BREACH, incident.id, incident.reference, breach=incident)
    raise CaseNotFound(reference=reference.strip())


def find_case(register: Register, reference: str) -> Case:
    """The request (``DSR-…``) or breach (``VIO-…``) of that reference."""
    with register.read() as conn:
        return case_in(conn, reference)
