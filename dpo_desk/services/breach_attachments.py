"""Files kept with a breach, inside the encrypted register (issue 6: the generated
Art. 33(3) report and Art. 34(2) communication; any evidence file as well).

Same rules as a request's attachments (``services.requests``): size limit, sanitised
names, duplicates refused by SHA-256, one audited transaction, never a loose file.
"""

from __future__ import annotations

import hashlib
import mimetypes

from sqlalchemy import Connection

from dpo_desk.domain.breaches import BreachIncident
from dpo_desk.domain.clock import Clock, SystemClock
from dpo_desk.domain.errors import UserError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.services.register_file import current_actor
from dpo_desk.services.requests import (
    ERR_ATTACHMENT_EMPTY,
    ERR_ATTACHMENT_TOO_LARGE,
    MAX_ATTACHMENT_BYTES,
    AttachmentRefused,
    sanitise_filename,
)
from dpo_desk.storage import audit
from dpo_desk.storage import letters as repo
from dpo_desk.storage.database import Register
from dpo_desk.storage.requests import AttachmentInfo

ERR_DUPLICATE = QT_TRANSLATE_NOOP(
    "Errors", "La pièce jointe « {name} » est déjà jointe à cette violation."
)


class BreachAttachmentNotFound(UserError):
    template = QT_TRANSLATE_NOOP("Errors", "La pièce jointe n°{id} n'existe pas.")
    exit_code = 4


def checked(filename: str, content: bytes, limit: int = MAX_ATTACHMENT_BYTES) -> tuple[str, str]:
    """(safe name, SHA-256) of a file that may be stored, or AttachmentRefused."""
    safe = sanitise_filename(filename)
    if not content:
        raise AttachmentRefused(ERR_ATTACHMENT_EMPTY, name=safe)
    if len(content) > limit:
        raise AttachmentRefused(
            ERR_ATTACHMENT_TOO_LARGE,
            name=safe,
            limit=limit // (1024 * 1024),
            size=round(len(content) / (1024 * 1024), 1),
        )
    return safe, hashlib.sha256(content).hexdigest()


def store(
    conn: Connection,
    breach: BreachIncident,
    filename: str,
    content: bytes,
    *,
    now,
    media_type: str | None = None,
) -> AttachmentInfo:
    """Inside the caller's write transaction: the row and its audit entry."""
    safe, digest = checked(filename, content)
    if repo.breach_attachment_exists(conn, breach.id, digest):
        raise AttachmentRefused(ERR_DUPLICATE, name=safe)
    media = media_type or mimetypes.guess_type(safe)[0] or "application/octet-stream"
    attachment_id = repo.add_breach_attachment(
        conn,
        breach.id,
        filename=safe,
        media_type=media,
        size=len(content),
        sha256=digest,
        content=content,
        added_at=now,
    )
    audit.append(
        conn,
        at=now,
        actor=current_actor(),
        action="attach",
        entity="breach",
        entity_id=breach.reference,
        changes={"attachment": attachment_id, "sha256": digest},
    )
    return AttachmentInfo(attachment_id, safe, media, len(content), digest, now)


def add_attachment(
    register: Register,
    breach: BreachIncident,
    filename: str,
    content: bytes,
    *,
    media_type: str | None = None,
    clock: Clock | None = None,
) -> AttachmentInfo:
    now = (clock or SystemClock()).now()
    with register.write() as conn:
        return store(conn, breach, filename, content, now=now, media_type=media_type)


def attachments(register: Register, breach: BreachIncident) -> list[AttachmentInfo]:
    with register.read() as conn:
        return repo.breach_attachments_for(conn, breach.id)


def attachment_content(register: Register, attachment_id: int) -> tuple[str, bytes]:
    with register.read() as conn:
        found = repo.breach_attachment_content(conn, attachment_id)
    if found is None:
        raise BreachAttachmentNotFound(id=attachment_id)
    return found
