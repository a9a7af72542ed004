"""Identity documents: ask for no more than needed, keep it no longer than needed.

GDPR Art. 12(6) lets the organisation ask for what confirms who is asking; Art.
5(1)(c) (minimisation) and 5(1)(e) (storage limitation), with Law 09-08 art. 3, keep
that to the least proof and the shortest time. The identity-request letter promises
that a copy is deleted once checked; this module keeps the promise:

- the *identity policy* (a register setting): which proof the letter asks for, and
  how many days at most a copy waits after the check (internal policy, 30 by default);
- :func:`delete_attachment`: any attachment of a request, deleted on the DPO's word and
  journaled (number, purpose, media type, size, SHA-256 and the reason; never the
  content, never the file name, which often carries the person's name and would
  outlive the case's purge in the journal). An issued letter's PDF is the record of
  what was sent: it is refused;
- :func:`identity_copies_due`: copies whose date has come, for the retention review
  (services.maintenance.purge_reviewed deletes them once the DPO confirms).

``secure_delete`` is on for every connection (storage/cipher.py): the freed cells are
overwritten in the transaction; a WAL checkpoint then empties the ``-wal`` file.
"""

from __future__ import annotations

from dpo_desk.domain.clock import Clock, SystemClock, organisation_zone, today
from dpo_desk.domain.errors import UserError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.domain.letters import CaseKind
from dpo_desk.domain.requests.model import RightsRequest
from dpo_desk.domain.requests.workflow import IdentityStatus
from dpo_desk.domain.retention import (
    AttachmentDeletion,
    AttachmentPurpose,
    IdentityCopyDue,
    IdentityPolicy,
)
from dpo_desk.services.register_file import current_actor
from dpo_desk.storage import audit, maintenance
from dpo_desk.storage import letters as letters_repo
from dpo_desk.storage import organisation as settings_repo
from dpo_desk.storage import requests as repo
from dpo_desk.storage.database import Register
from dpo_desk.storage.errors import RegisterBusy
from dpo_desk.storage.requests import AttachmentInfo

IDENTITY_POLICY_KEY = "identity_policy"
DELETE_ACTION = "delete_attachment"


class AttachmentNotFound(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "La pièce jointe n° {id} n'existe plus dans la demande {reference}."
    )
    exit_code = 4


class IssuedLetterKept(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "« {name} » est un courrier émis pour la demande {reference} : c'est la trace de "
        "ce qui a été envoyé, il ne peut pas être supprimé.",
    )
    exit_code = 6


# ----------------------------------------------------------------------------- policy


def _policy_in(conn) -> IdentityPolicy:
    return IdentityPolicy.from_dict(settings_repo.get_setting(conn, IDENTITY_POLICY_KEY, {}))


def identity_policy(register: Register) -> IdentityPolicy:
    with register.read() as conn:
        return _policy_in(conn)


def identity_policy_in(conn) -> IdentityPolicy:
    """The policy, inside a caller's transaction (the letters' context)."""
    return _policy_in(conn)


def save_identity_policy(
    register: Register, policy: IdentityPolicy, *, clock: Clock | None = None
) -> IdentityPolicy:
    clock = clock or SystemClock()
    clean = policy.validated()
    with register.write() as conn:
        before = _policy_in(conn).to_dict()
        after = clean.to_dict()
        settings_repo.set_setting(conn, IDENTITY_POLICY_KEY, after)
        changed = {k: [v, after[k]] for k, v in before.items() if v != after[k]}
        if changed:
            audit.append(
                conn,
                at=clock.now(),
                actor=current_actor(),
                action="update",
                entity="settings",
                entity_id=IDENTITY_POLICY_KEY,
                changes=changed,
            )
    return clean


# ----------------------------------------------------------------------------- deletion


def default_reason(request: RightsRequest, info: AttachmentInfo) -> AttachmentDeletion:
    """An identity copy whose check is recorded has served; anything else goes because
    the DPO says it is not needed."""
    checked = request.identity_status in (IdentityStatus.VERIFIED, IdentityStatus.FAILED)
    if info.purpose == AttachmentPurpose.IDENTITY and checked:
        return AttachmentDeletion.IDENTITY_CHECKED
    return AttachmentDeletion.NOT_NEEDED


def is_issued_letter(register: Register, request: RightsRequest, attachment_id: int) -> bool:
    with register.read() as conn:
        return attachment_id in letters_repo.issued_attachment_ids(
            conn, CaseKind.REQUEST, request.id
        )


def _delete_in(
    conn, request_id: int, reference: str, attachment_id: int, reason, clock: Clock
) -> AttachmentInfo:
    found = repo.attachment_info(conn, attachment_id)
    if found is None or found[0] != request_id:
        raise AttachmentNotFound(id=attachment_id, reference=reference)
    info = found[1]
    if attachment_id in letters_repo.issued_attachment_ids(conn, CaseKind.REQUEST, request_id):
        raise IssuedLetterKept(name=info.filename, reference=reference)
    repo.delete_attachment(conn, attachment_id)
    audit.append(
        conn,
        at=clock.now(),
        actor=current_actor(),
        action=DELETE_ACTION,
        entity="request",
        entity_id=reference,
        changes={
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
    try:
        maintenance.checkpoint(register)
    except RegisterBusy:  # pragma: no cover — the next checkpoint or purge completes it
        pass


def delete_attachment(
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
        found = repo.attachment_info(conn, attachment_id)
        if found is not None and found[0] == request.id and reason is None:
            reason = default_reason(request, found[1])
        info = _delete_in(
            conn,
            request.id,
            request.reference,
            attachment_id,
            AttachmentDeletion(reason or AttachmentDeletion.NOT_NEEDED),
            clock,
        )
    _checkpoint(register)
    return info


# ----------------------------------------------------------------------------- retention


def identity_copies_due_in(conn, clock: Clock) -> list[IdentityCopyDue]:
    org = settings_repo.load(conn)
    zone = organisation_zone(org.timezone if org else None)
    policy = _policy_in(conn)
    return maintenance.identity_copies_due(conn, policy.copy_days, today(clock, zone))


def identity_copies_due(register: Register, *, clock: Clock | None = None) -> list[IdentityCopyDue]:
    """Identity copies whose deletion date has come, for the retention review."""
    clock = clock or SystemClock()
    with register.read() as conn:
        return identity_copies_due_in(conn, clock)


def delete_due_copy_in(conn, due: IdentityCopyDue, clock: Clock) -> AttachmentInfo:
    """Inside the review's transaction: delete one listed copy, journaled."""
    return _delete_in(
        conn,
        due.request_id,
        due.reference,
        due.attachment_id,
        AttachmentDeletion.IDENTITY_RETENTION,
        clock,
    )
