"""Identity documents: ask for no more than needed, keep it no longer than needed.

GDPR Art. 12(6) lets the organisation ask for what confirms who is asking; Art.
5(1)(c) (minimisation) and 5(1)(e) (storage limitation), with Law 09-08 art. 3, keep
that to the least proof and the shortest time. The identity-request letter promises
that a copy is deleted once checked; this module keeps the promise:

- the *identity policy* (a register setting): which proof the letter asks for, and
  how many days at most a copy waits after the check (internal policy, 30 by default);
- deleting an attachment on the DPO's word, journaled, is the attachment service's
  (``services.attachments.delete_from_request``); an issued letter's PDF is kept;
- :func:`identity_copies_due`: copies whose date has come, for the retention review
  (services.maintenance.purge_reviewed deletes them once the DPO confirms).

``secure_delete`` is on for every connection (storage/cipher.py): the freed cells are
overwritten in the transaction; a WAL checkpoint then empties the ``-wal`` file.
"""

from __future__ import annotations

from sqlalchemy import Connection

from dpo_desk.domain.clock import Clock, SystemClock, organisation_zone, today
from dpo_desk.domain.retention import AttachmentDeletion, IdentityCopyDue, IdentityPolicy
from dpo_desk.services import attachments, journal
from dpo_desk.storage import maintenance
from dpo_desk.storage import organisation as settings_repo
from dpo_desk.storage.database import Register
from dpo_desk.storage.requests import AttachmentInfo

IDENTITY_POLICY_KEY = "identity_policy"


# ----------------------------------------------------------------------------- policy


def identity_policy_in(conn: Connection) -> IdentityPolicy:
    """The policy, inside a caller's transaction (the letters' context)."""
    return IdentityPolicy.from_dict(settings_repo.get_setting(conn, IDENTITY_POLICY_KEY, {}))


def identity_policy(register: Register) -> IdentityPolicy:
    with register.read() as conn:
        return identity_policy_in(conn)


def save_identity_policy(
    register: Register, policy: IdentityPolicy, *, clock: Clock | None = None
) -> IdentityPolicy:
    clock = clock or SystemClock()
    clean = policy.validated()
    with register.write() as conn:
        before = identity_policy_in(conn).to_dict()
        after = clean.to_dict()
        settings_repo.set_setting(conn, IDENTITY_POLICY_KEY, after)
        changed = {k: [v, after[k]] for k, v in before.items() if v != after[k]}
        if changed:
            journal.record(conn, clock.now(), "update", "settings", IDENTITY_POLICY_KEY, changed)
    return clean


# ----------------------------------------------------------------------------- retention


def identity_copies_due_in(conn: Connection, clock: Clock) -> list[IdentityCopyDue]:
    org = settings_repo.load(conn)
    zone = organisation_zone(org.timezone if org else None)
    policy = identity_policy_in(conn)
    return maintenance.identity_copies_due(conn, policy.copy_days, today(clock, zone))


def identity_copies_due(register: Register, *, clock: Clock | None = None) -> list[IdentityCopyDue]:
    """Identity copies whose deletion date has come, for the retention review."""
    clock = clock or SystemClock()
    with register.read() as conn:
        return identity_copies_due_in(conn, clock)


def delete_due_copy_in(conn: Connection, due: IdentityCopyDue, clock: Clock) -> AttachmentInfo:
    """Inside the review's transaction: delete one listed copy, journaled."""
    return attachments.delete_in(
        conn,
        due.request_id,
        due.reference,
        due.attachment_id,
        AttachmentDeletion.IDENTITY_RETENTION,
        clock,
    )
