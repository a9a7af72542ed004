"""Repository of letter drafts, edited templates and breach attachments: SQL in, plain
records out.

A draft's case is a request or a breach (two foreign keys, exactly one set); its
reference is read with it, so a list of drafts needs no second query.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import Connection, Select, delete, func, insert, select, update

from dpo_desk.domain.letters import CaseKind, DraftStatus, StoredDraft
from dpo_desk.storage.requests import AttachmentInfo
from dpo_desk.storage.rows import AnyRow, Values, copied, inserted_id
from dpo_desk.storage.schema import (
    breach,
    breach_attachment,
    letter_draft,
    letter_template,
    rights_request,
)

D = letter_draft

_CASE_COLUMN = {CaseKind.REQUEST: D.c.request_id, CaseKind.BREACH: D.c.breach_id}


def _select_drafts() -> Select[*tuple[Any, ...]]:
    reference = func.coalesce(rights_request.c.reference, breach.c.reference).label("reference")
    return select(D, reference).select_from(
        D.outerjoin(rights_request, rights_request.c.id == D.c.request_id).outerjoin(
            breach, breach.c.id == D.c.breach_id
        )
    )


def _to_draft(row: AnyRow) -> StoredDraft:
    is_request = row.request_id is not None
    return StoredDraft(
        case_kind=CaseKind.REQUEST if is_request else CaseKind.BREACH,
        case_id=row.request_id if is_request else row.breach_id,
        case_reference=row.reference or "",
        **copied(row, "id", "kind", "language", "text", "author", "reviewer", "validated_at"),
        **copied(row, "attachment_id", "created_at", "updated_at", "version", "addressee"),
        status=DraftStatus(row.status),
    )


def insert_draft(conn: Connection, case_kind: CaseKind, case_id: int, values: Values) -> int:
    column = _CASE_COLUMN[CaseKind(case_kind)].name
    return inserted_id(conn.execute(insert(D).values({column: case_id, **values})))


def get_draft(conn: Connection, draft_id: int) -> StoredDraft | None:
    row = conn.execute(_select_drafts().where(D.c.id == draft_id)).first()
    return _to_draft(row) if row else None


def drafts_for(conn: Connection, case_kind: CaseKind, case_id: int) -> list[StoredDraft]:
    """The case's drafts, the latest first."""
    rows = conn.execute(
        _select_drafts()
        .where(_CASE_COLUMN[CaseKind(case_kind)] == case_id)
        .order_by(D.c.updated_at.desc(), D.c.id.desc())
    )
    return [_to_draft(row) for row in rows]


def update_draft(conn: Connection, draft_id: int, expected_version: int, values: Values) -> bool:
    """Optimistic update: False when someone else saved the draft in between."""
    result = conn.execute(
        update(D)
        .where(D.c.id == draft_id, D.c.version == expected_version)
        .values(**values, version=D.c.version + 1)
    )
    return result.rowcount == 1


def issued_attachment_ids(conn: Connection, case_kind: CaseKind, case_id: int) -> set[int]:
    """Attachments that are this case's own generated letters (not files provided)."""
    rows = conn.execute(
        select(D.c.attachment_id).where(
            _CASE_COLUMN[CaseKind(case_kind)] == case_id, D.c.attachment_id.is_not(None)
        )
    )
    return {row.attachment_id for row in rows}


# ----------------------------------------------------------------------------- templates


class EditedTemplate(NamedTuple):
    """A template the DPO has edited, in place of the default."""

    text: str
    updated_by: str
    updated_at: datetime


def get_template(conn: Connection, kind: str, language: str) -> EditedTemplate | None:
    """The edited template, or None for the default."""
    t = letter_template
    row = conn.execute(
        select(t.c.text, t.c.updated_by, t.c.updated_at).where(
            t.c.kind == kind, t.c.language == language
        )
    ).first()
    return None if row is None else EditedTemplate(*row)


def save_template(
    conn: Connection, kind: str, language: str, text: str, updated_by: str, at: datetime
) -> bool:
    """Insert or replace; True when a custom template existed before."""
    existed = get_template(conn, kind, language) is not None
    t = letter_template
    if existed:
        conn.execute(
            update(t)
            .where(t.c.kind == kind, t.c.language == language)
            .values(text=text, updated_by=updated_by, updated_at=at)
        )
    else:
        conn.execute(
            insert(t).values(
                kind=kind, language=language, text=text, updated_by=updated_by, updated_at=at
            )
        )
    return existed


def delete_template(conn: Connection, kind: str, language: str) -> bool:
    t = letter_template
    result = conn.execute(delete(t).where(t.c.kind == kind, t.c.language == language))
    return result.rowcount == 1


def custom_templates(conn: Connection) -> set[tuple[str, str]]:
    t = letter_template
    return {(row.kind, row.language) for row in conn.execute(select(t.c.kind, t.c.language))}


# ----------------------------------------------------------------------------- breach files

A = breach_attachment


def add_breach_attachment(conn: Connection, breach_id: int, **values: Any) -> int:
    return inserted_id(conn.execute(insert(A).values(breach_id=breach_id, **values)))


def breach_attachments_for(conn: Connection, breach_id: int) -> list[AttachmentInfo]:
    rows = conn.execute(
        select(A.c.id, A.c.filename, A.c.media_type, A.c.size, A.c.sha256, A.c.added_at)
        .where(A.c.breach_id == breach_id)
        .order_by(A.c.id)
    )
    return [AttachmentInfo(*row) for row in rows]


def breach_attachment_content(conn: Connection, attachment_id: int) -> tuple[str, bytes] | None:
    row = conn.execute(select(A.c.filename, A.c.content).where(A.c.id == attachment_id)).first()
    return (row.filename, row.content) if row else None


def breach_attachment_exists(conn: Connection, breach_id: int, sha256: str) -> bool:
    found = conn.execute(
        select(A.c.id).where(A.c.breach_id == breach_id, A.c.sha256 == sha256).limit(1)
    ).first()
    return found is not None
