"""Files kept with a case, inside the encrypted register: the one attachment service.

A request keeps its proofs of identity, replies and any document; a breach its evidence;
both the PDFs their letters are issued as (services/letters.py). Whatever the case, the
same rules: a size limit, a name safe on every OS, an empty file or one already kept
with the case (same SHA-256) refused, the row and its journal entry in one transaction,
never a loose file. The per-case entry points below only say which case it is.

A request's attachment may be deleted on the DPO's word (GDPR Art. 5(1)(c) and (e);
Law 09-08 art. 3): journaled with its number, purpose, media type, size, SHA-256 and
the reason, never its content or its name (a name often carries the person's, and
would outlive the case's purge in the journal). An issued letter's PDF is the record
of what was sent: it is kept. Which copies are due for deletion is the identity
policy's business (services/identity_documents.py).
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from dpo_desk.domain.breaches import BreachIncident
from dpo_desk.domain.clock import Clock, SystemClock
from dpo_desk.domain.errors import NotFound, UserError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.domain.letters import CaseKind
from dpo_desk.domain.requests.model import RightsRequest
from dpo_desk.domain.requests.workflow import IdentityStatus
from dpo_desk.domain.retention import AttachmentDeletion, AttachmentPurpose
from dpo_desk.services import journal
from dpo_desk.services.reading import in_read, read_one
from dpo_desk.storage import letters as letters_repo
from dpo_desk.storage import maintenance
from dpo_desk.storage import requests as request_repo
from dpo_desk.storage.database import Register
from dpo_desk.storage.errors import RegisterBusy
from dpo_desk.storage.requests import AttachmentInfo

__all__ = [
    "MAX_ATTACHMENT_BYTES",
    "AttachmentInfo",
    "AttachmentNotFound",
    "AttachmentRefused",
    "DELETE_ACTION",
    "IssuedLetterKept",
    "add_to_breach",
    "add_to_request",
    "check_content",
    "check_size",
    "default_reason",
    "delete_from_request",
    "delete_in",
    "is_issued_letter",
    "of_breach",
    "of_request",
    "read",
    "sanitise_filename",
    "store_in",
]

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024  # default limit; larger scans belong in the DMS
DELETE_ACTION = "delete_attachment"

ERR_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Errors", "La pièce jointe « {name} » dépasse la limite de {limit} Mo ({size} Mo)."
)
ERR_EMPTY = QT_TRANSLATE_NOOP("Errors", "La pièce jointe « {name} » est vide.")
ERR_DUPLICATE_REQUEST = QT_TRANSLATE_NOOP(
    "Errors", "La pièce jointe « {name} » est déjà jointe à cette demande."
)
ERR_DUPLICATE_BREACH = QT_TRANSLATE_NOOP(
    "Errors", "La pièce jointe « {name} » est déjà jointe à cette violation."
)
ERR_NOT_IN_REQUEST = QT_TRANSLATE_NOOP(
    "Errors", "La pièce jointe n° {id} n'existe plus dans la demande {reference}."
)


class AttachmentRefused(UserError):
    exit_code = 6


class AttachmentNotFound(NotFound):
    template = QT_TRANSLATE_NOOP("Errors", "La pièce jointe n°{id} n'existe pas.")


class IssuedLetterKept(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "« {name} » est un courrier émis pour la demande {reference} : c'est la trace de "
        "ce qui a été envoyé, il ne peut pas être supprimé.",
    )
    exit_code = 6


# ----------------------------------------------------------------------------- checks

_UNSAFE = re.compile(r"[^\w.\- ()\[\]]+", re.UNICODE)

_WINDOWS_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{n}" for n in range(1, 10)}
    | {f"LPT{n}" for n in range(1, 10)}
)


def sanitise_filename(name: str) -> str:
    """A name safe on every OS: no path, no control or reserved characters, bounded length."""
    name = unicodedata.normalize("NFC", name).replace("\\", "/").rsplit("/", 1)[-1]
    name = _UNSAFE.sub("_", name).strip(" ._") or "piece-jointe"
    stem, dot, ext = name.rpartition(".")
    if dot and 0 < len(ext) <= 10:
        name = stem[:120].rstrip(" ._") + "." + ext
    else:
        name = name[:130]
    # Windows opens a device, not a file, for CON, NUL, COM1... whatever the extension:
    # an exported attachment must never be saved under such a name.
    if name.split(".", 1)[0].upper() in _WINDOWS_DEVICES:
        name = "_" + name
    return name


def check_size(filename: str, size: int, limit: int = MAX_ATTACHMENT_BYTES) -> None:
    """Refuse a file over the limit. The GUI asks before reading the file (a 2 GB video
    is not loaded to be told it is too large), with the same sentence."""
    if size > limit:
        raise AttachmentRefused(
            ERR_TOO_LARGE,
            name=sanitise_filename(filename),
            limit=limit // (1024 * 1024),
            size=round(size / (1024 * 1024), 1),
        )


def check_content(filename: str, content: bytes, limit: int = MAX_ATTACHMENT_BYTES) -> str:
    """The safe name of a file that may be stored (not empty, not too large), or
    AttachmentRefused."""
    safe = sanitise_filename(filename)
    if not content:
        raise AttachmentRefused(ERR_EMPTY, name=safe)
    check_size(filename, len(content), limit)
    return safe


# ----------------------------------------------------------------------------- shelves


@dataclass(frozen=True)
class _Shelf:
    """Where one kind of case keeps its files, and how the journal names the case."""

    entity: str
    duplicate: str
    exists: Callable[[Connection, int, str], bool]
    add: Callable[..., int]
    listed: Callable[[Connection, int], list[AttachmentInfo]]
    content: Callable[[Connection, int], tuple[str, bytes] | None]


_SHELVES = {
    CaseKind.REQUEST: _Shelf(
        "request",
        ERR_DUPLICATE_REQUEST,
        request_repo.attachment_exists,
        request_repo.add_attachment,
        request_repo.attachments_for,
        request_repo.attachment_content,
    ),
    CaseKind.BREACH: _Shelf(
        "breach",
        ERR_DUPLICATE_BREACH,
        letters_repo.breach_attachment_exists,
        letters_repo.add_breach_attachment,
        letters_repo.breach_attachments_for,
        letters_repo.breach_attachment_content,
    ),
}


def store_in(
    conn: Connection,
    kind: CaseKind,
    case_id: int,
    reference: str,
    filename: str,
    content: bytes,
    *,
    now: datetime,
    media_type: str | None = None,
    purpose: AttachmentPurpose = AttachmentPurpose.OTHER,
    limit: int = MAX_ATTACHMENT_BYTES,
) -> AttachmentInfo:
    """Inside the caller's write transaction: the checks, the row and its journal entry.

    Only a request's file has a purpose (a proof of identity is deleted once checked);
    a breach's are all "other".
    """
    shelf = _SHELVES[CaseKind(kind)]
    safe = check_content(filename, content, limit)
    digest = hashlib.sha256(content).hexdigest()
    if shelf.exists(conn, case_id, digest):
        raise AttachmentRefused(shelf.duplicate, name=safe)
    media = media_type or mimetypes.guess_type(safe)[0] or "application/octet-stream"
    extra: dict[str, Any] = {}
    if kind is CaseKind.REQUEST:
        extra["purpose"] = str(purpose)
    elif purpose is not AttachmentPurpose.OTHER:
        raise ValueError(f"a breach's attachment has no purpose: {purpose}")
    attachment_id = shelf.add(
        conn,
        case_id,
        filename=safe,
        media_type=media,
        size=len(content),
        sha256=digest,
        content=content,
        added_at=now,
        **extra,
    )
    changes: dict[str, Any] = {"attachment": attachment_id, "sha256": digest}
    if purpose is AttachmentPurpose.IDENTITY:
        changes["purpose"] = str(purpose)
    journal.record(conn, now, "attach", shelf.entity, reference, changes)
    return AttachmentInfo(attachment_id, safe, media, len(content), digest, now, str(purpose))


def read(register: Register, kind: CaseKind, attachment_id: int) -> tuple[str, bytes]:
    """(name, content) of one attachment of a kind of case, or AttachmentNotFound."""
    return read_one(
        register,
        lambda conn: _SHELVES[CaseKind(kind)].content(conn, attachment_id),
        lambda: AttachmentNotFound(id=attachment_id),
    )


# ----------------------------------------------------------------------------- per case


def add_to_request(
    register: Register,
    request: RightsRequest,
    filename: str,
    content: bytes,
    *,
    media_type: str | None = None,
    clock: Clock | None = None,
    limit: int = MAX_ATTACHMENT_BYTES,
    purpose: AttachmentPurpose | str = AttachmentPurpose.OTHER,
) -> AttachmentInfo:
    """Keep a file with a request. ``purpose="identity"`` marks a proof of identity
    (GDPR Art. 12(6)): the retention review offers it for deletion once the check is
    done (services/identity_documents.py)."""
    case = (CaseKind.REQUEST, request.id, request.reference)
    return _add(register, case, filename, content, media_type, clock, limit, purpose)


def add_to_breach(
    register: Register,
    breach: BreachIncident,
    filename: str,
    content: bytes,
    *,
    media_type: str | None = None,
    clock: Clock | None = None,
) -> AttachmentInfo:
    """Keep a file with a breach (evidence, a report)."""
    case = (CaseKind.BREACH, breach.id, breach.reference)
    return _add(register, case, filename, content, media_type, clock)


def _add(
    register: Register,
    case: tuple[CaseKind, int, str],
    filename: str,
    content: bytes,
    media_type: str | None,
    clock: Clock | None,
    limit: int = MAX_ATTACHMENT_BYTES,
    purpose: AttachmentPurpose | str = AttachmentPurpose.OTHER,
) -> AttachmentInfo:
    # Checked before the transaction: a refused file does not wait for the write lock.
    check_content(filename, content, limit)
    now = (clock or SystemClock()).now()
    kind, case_id, reference = case
    with register.write() as conn:
        return store_in(
            conn,
            kind,
            case_id,
            reference,
            filename,
            content,
            now=now,
            media_type=media_type,
            purpose=AttachmentPurpose(purpose),
            limit=limit,
        )


def of_request(register: Register, request: RightsRequest) -> list[AttachmentInfo]:
    return in_read(register, request_repo.attachments_for, request.id)


def of_breach(register: Register, breach: BreachIncident) -> list[AttachmentInfo]:
    return in_read(register, letters_repo.breach_attachments_for, breach.id)


# ----------------------------------------------------------------------------- deletion


def default_reason(request: RightsRequest, info: AttachmentInfo) -> AttachmentDeletion:
    """An identity copy whose check is recorded has served; anything else goes because
    the DPO says it is not needed."""
    done = request.identity_status in (IdentityStatus.VERIFIED, IdentityStatus.FAILED)
    if info.purpose == AttachmentPurpose.IDENTITY and done:
        return AttachmentDeletion.IDENTITY_CHECKED
    return AttachmentDeletion.NOT_NEEDED


def is_issued_letter(register: Register, request: RightsRequest, attachment_id: int) -> bool:
    with register.read() as conn:
        return attachment_id in letters_repo.issued_attachment_ids(
            conn, CaseKind.REQUEST, request.id
        )


def delete_in(
    conn: Connection,
    request_id: int,
    reference: str,
    attachment_id: int,
    reason: AttachmentDeletion,
    clock: Clock,
) -> AttachmentInfo:
    """Inside the caller's write transaction: delete one attachment of a request,
    journaled; refused for another request's and for an issued letter's PDF."""
    found = request_repo.attachment_info(conn, attachment_id)
    if found is None or found[0] != request_id:
        raise AttachmentNotFound(ERR_NOT_IN_REQUEST, id=attachment_id, reference=reference)
    info = found[1]
    if attachment_id in letters_repo.issued_attachment_ids(conn, CaseKind.REQUEST, request_id):
        raise IssuedLetterKept(name=info.filename, reference=reference)
    request_repo.delete_attachment(conn, attachment_id)
    journal.record(
        conn,
        clock.now(),
        DELETE_ACTION,
        "request",
        reference,
        {
            "attachment": attachment_id,
            "purpose": info.purpose,
            "media_type": info.media_type,
            "size": info.size,
            "sha256": info.sha256,
            "reason": str(reason),
        },
    )
    return info


def _checkpoint(register: Register) -> None:
    """Empty the ``-wal`` file of what a deletion freed (``secure_delete`` overwrote the
    cells in the main file already, storage/cipher.py)."""
    try:
        maintenance.checkpoint(register)
    except RegisterBusy:  # pragma: no cover — the next checkpoint or purge completes it
        pass


def delete_from_request(
    register: Register,
    request: RightsRequest,
    attachment_id: int,
    *,
    reason: AttachmentDeletion | str | None = None,
    clock: Clock | None = None,
) -> AttachmentInfo:
    """Delete one attachment of ``request``, journaled; then checkpoint the WAL.

    ``reason`` defaults to :func:`default_reason`. Refused for an issued letter's PDF
    (the record of what was sent) and for an attachment of another request.
    """
    clock = clock or SystemClock()
    with register.write() as conn:
        found = request_repo.attachment_info(conn, attachment_id)
        if found is not None and found[0] == request.id and reason is None:
            reason = default_reason(request, found[1])
        info = delete_in(
            conn,
            request.id,
            request.reference,
            attachment_id,
            AttachmentDeletion(reason or AttachmentDeletion.NOT_NEEDED),
            clock,
        )
    _checkpoint(register)
    return info
