"""Use cases for the register's upkeep: backups, restore, passphrase change, retention.

Every one of them is journaled (who, when, what), never with personal data: a backup
names its file, a purge names the case's reference and the counts, a passphrase change
says whether the passphrase was remembered in the keyring. The GUI and the CLI call
these same functions.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import Connection

from dpo_desk.domain.clock import Clock, SystemClock, organisation_zone, today
from dpo_desk.domain.errors import UserError, ValidationError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.domain.retention import ExpiredCase, IdentityCopyDue, PurgeMode, RetentionPolicy
from dpo_desk.security.keystore import Keystore
from dpo_desk.security.passphrase import require_strong
from dpo_desk.services import identity_documents
from dpo_desk.services.journal import current_actor
from dpo_desk.services.register_file import organisation_words, require_long_enough
from dpo_desk.storage import audit, maintenance
from dpo_desk.storage import organisation as settings_repo
from dpo_desk.storage.database import Register, open_register
from dpo_desk.storage.errors import RegisterBusy, RegisterError, WrongPassphrase
from dpo_desk.storage.maintenance import CompactReport, CopyReport

log = logging.getLogger(__name__)

RETENTION_KEY = "retention_policy"
BACKUP_KEEP_KEY = "backup_keep"
DEFAULT_BACKUP_KEEP = 7
MAX_BACKUP_KEEP = 365

ERR_BACKUP_KEEP = QT_TRANSLATE_NOOP(
    "Errors",
    "Le nombre de sauvegardes automatiques à garder doit être compris entre 0 et {maximum}.",
)
ERR_SAME_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Errors", "La nouvelle phrase secrète doit être différente de l'actuelle."
)
ERR_CURRENT_PASSPHRASE = QT_TRANSLATE_NOOP("Errors", "La phrase secrète actuelle est incorrecte.")


class CasesChanged(UserError):
    # The review screen showed a list; the register changed before the purge ran.
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Le dossier {reference} n'est plus à purger (il a changé depuis la revue) ; "
        "relancez la revue.",
    )
    exit_code = 6


def _journal(
    conn: Connection,
    clock: Clock,
    action: str,
    entity: str,
    entity_id: str,
    changes: Mapping[str, object],
) -> None:
    audit.append(
        conn,
        at=clock.now(),
        actor=current_actor(),
        action=action,
        entity=entity,
        entity_id=entity_id,
        changes=changes,
    )


def _personal_words(register: Register) -> list[str]:
    # The organisation's and the DPO's names lower a new passphrase's rating.
    with register.read() as conn:
        return organisation_words(settings_repo.load(conn))


def _require_new_passphrase(register: Register, passphrase: str) -> None:
    require_long_enough(passphrase)
    require_strong(passphrase, _personal_words(register))


def _today(register: Register, clock: Clock) -> date:
    with register.read() as conn:
        org = settings_repo.load(conn)
    return today(clock, organisation_zone(org.timezone if org else None))


# ----------------------------------------------------------------------------- backups


def backup_register(
    register: Register,
    target: Path,
    *,
    passphrase: str | None = None,
    clock: Clock | None = None,
) -> CopyReport:
    """An encrypted, verified copy of the register in the new file ``target``.

    ``passphrase=None`` keeps the register's own; another one (≥ 12 characters, hard to
    guess) lets a copy be handed over without revealing the everyday passphrase.
    """
    clock = clock or SystemClock()
    if passphrase is not None:
        _require_new_passphrase(register, passphrase)
    report = maintenance.export_copy(register, Path(target), key=passphrase)
    with register.write() as conn:
        _journal(
            conn,
            clock,
            "backup",
            "register",
            register.register_uuid,
            {
                "file": report.path.name,
                "size": report.size,
                "key": "same" if passphrase is None else "other",
            },
        )
    return report


def backup_keep(register: Register) -> int:
    with register.read() as conn:
        value = settings_repo.get_setting(conn, BACKUP_KEEP_KEY, DEFAULT_BACKUP_KEEP)
    try:
        return max(0, min(int(value), MAX_BACKUP_KEEP))
    except (TypeError, ValueError):
        return DEFAULT_BACKUP_KEEP


def save_backup_keep(register: Register, keep: int, *, clock: Clock | None = None) -> int:
    """How many daily backups to keep (0 turns the automatic backup off)."""
    clock = clock or SystemClock()
    if isinstance(keep, bool) or not isinstance(keep, int) or not 0 <= keep <= MAX_BACKUP_KEEP:
        raise ValidationError(ERR_BACKUP_KEEP, "backup_keep", maximum=MAX_BACKUP_KEEP)
    with register.write() as conn:
        before = settings_repo.get_setting(conn, BACKUP_KEEP_KEY, DEFAULT_BACKUP_KEEP)
        settings_repo.set_setting(conn, BACKUP_KEEP_KEY, keep)
        _journal(
            conn, clock, "update", "settings", BACKUP_KEEP_KEY, {"backup_keep": [before, keep]}
        )
    return keep


def daily_backup_due(register: Register, clock: Clock | None = None) -> bool:
    """Cheap (one setting, one file name): whether this unlock must make the day's backup,
    so the window starts a worker only then."""
    clock = clock or SystemClock()
    return maintenance.daily_backup_due(
        register.path, _today(register, clock), backup_keep(register)
    )


def daily_backup_if_due(register: Register, clock: Clock | None = None) -> CopyReport | None:
    """Called after each unlock: the first unlock of the day (in the organisation's zone)
    leaves a verified copy in ``<stem>-sauvegardes/`` and keeps the newest N."""
    clock = clock or SystemClock()
    keep = backup_keep(register)
    report = maintenance.daily_backup(register, _today(register, clock), keep)
    if report is not None:
        with register.write() as conn:
            _journal(
                conn,
                clock,
                "backup",
                "register",
                register.register_uuid,
                {"file": report.path.name, "size": report.size, "daily": True, "keep": keep},
            )
    return report


def available_backups(register_path: Path) -> list[Path]:
    """The automatic backups beside a register, newest first: what the app offers to
    restore when a register is damaged."""
    return [path for _day, path in reversed(maintenance.daily_backups(Path(register_path)))]


def restore_register(
    source: Path,
    target: Path,
    passphrase: str,
    *,
    backup_passphrase: str | None = None,
    clock: Clock | None = None,
) -> Register:
    """A new register file ``target`` from the backup ``source`` (checked first; never
    overwrites). The restored register journals where it came from; the caller closes it.

    ``passphrase`` is the new register's; ``backup_passphrase`` (default: the same) opens
    the backup, which may date from before a passphrase change."""
    return _journal_restore(
        maintenance.restore_copy(
            Path(source), Path(target), backup_passphrase or passphrase, new_passphrase=passphrase
        ),
        source,
        clock,
    )


def restore_backup_of(
    register: Register,
    source: Path,
    target: Path,
    *,
    backup_passphrase: str | None = None,
    clock: Clock | None = None,
) -> Register:
    """:func:`restore_register` of a backup of the open ``register`` (Paramètres ▸
    Restaurer): its own passphrase opens the backup, and is never handed to the UI. A
    backup made under an earlier passphrase opens with ``backup_passphrase`` (asked for
    after a :class:`WrongPassphrase`); the restored register takes the current one."""
    return _journal_restore(
        maintenance.restore_own_copy(register, Path(source), Path(target), backup_passphrase),
        source,
        clock,
    )


def _journal_restore(register: Register, source: Path, clock: Clock | None) -> Register:
    clock = clock or SystemClock()
    try:
        with register.write() as conn:
            _journal(
                conn,
                clock,
                "restore",
                "register",
                register.register_uuid,
                {"from": Path(source).name, "migrated_from": register.report.migrated_from},
            )
    except BaseException:
        register.close()
        raise
    return register


# ----------------------------------------------------------------------------- passphrase


@dataclass(frozen=True)
class BackupFailure:
    file: str  # the backup's name: it is kept as it was, under the earlier passphrase
    error: UserError


@dataclass(frozen=True)
class BackupsReencryption:
    reencrypted: tuple[str, ...] = ()
    failed: tuple[BackupFailure, ...] = ()
    seconds: float = 0.0


@dataclass(frozen=True)
class RekeyReport:
    seconds: float
    keyring_updated: bool
    backups: BackupsReencryption | None = None  # None: the backups were not re-encrypted


#: ``progress(done, total)``: called before the first backup and after each one.
Progress = Callable[[int, int], None]


def reencrypt_backups(
    register_path: Path, old: str, new: str, *, progress: Progress | None = None
) -> BackupsReencryption:
    """Put the automatic backups kept beside a register under its new passphrase.

    Each backup is rewritten on its own (:func:`maintenance.reencrypt_file`: an encrypted
    copy beside it, checked, fsynced, renamed over it). One that fails (an even older
    passphrase, a damaged file, a full disk) is reported and kept as it was; the others
    go on. Nothing is journaled here: :func:`change_passphrase` records the counts.
    """
    started = time.perf_counter()
    backups = [path for _day, path in maintenance.daily_backups(Path(register_path))]
    done: list[str] = []
    failed: list[BackupFailure] = []
    if progress is not None:
        progress(0, len(backups))
    for index, path in enumerate(backups, start=1):
        try:
            maintenance.reencrypt_file(path, old, new)
        except UserError as error:
            log.warning("a backup was not re-encrypted (%s)", type(error).__name__)
            failed.append(BackupFailure(path.name, error))
        else:
            done.append(path.name)
        if progress is not None:
            progress(index, len(backups))
    return BackupsReencryption(tuple(done), tuple(failed), time.perf_counter() - started)


def change_passphrase(
    register: Register,
    new_passphrase: str,
    *,
    current_passphrase: str | None = None,
    keystore: Keystore | None = None,
    clock: Clock | None = None,
    reencrypt_backups: bool = True,
    progress: Progress | None = None,
) -> RekeyReport:
    """Re-encrypt the register under a new passphrase, then update the keyring entry if
    the passphrase was remembered there (a stale entry would only fail to unlock).

    The journal's ``rekey`` entry is written into the re-encrypted copy before it
    replaces the file (:func:`maintenance.rekey`), so the change and its record go
    live together, or neither does. It says whether the passphrase was remembered in
    the keyring; that entry is then replaced, or forgotten if the keyring refuses.

    With ``reencrypt_backups`` (the default) the automatic backups kept beside the file
    are then put under the new passphrase too (:func:`reencrypt_backups`, ``progress``
    reporting each one), so a leaked earlier passphrase opens none of them; a
    ``rekey_backups`` entry journals the counts. A backup that could not be re-encrypted
    is kept under the earlier passphrase and named in the report.
    """
    clock = clock or SystemClock()
    _require_new_passphrase(register, new_passphrase)
    if current_passphrase is not None and current_passphrase == new_passphrase:
        raise ValidationError(ERR_SAME_PASSPHRASE, "passphrase")
    if current_passphrase is not None and not passphrase_opens(register, current_passphrase):
        # The person at an unlocked, unattended window must not be able to take the
        # register over: changing the key needs the key.
        raise ValidationError(ERR_CURRENT_PASSPHRASE, "current_passphrase")
    keystore = keystore or Keystore()
    remembered = keystore.get(register.register_uuid) is not None

    def record(conn: Connection) -> None:
        _journal(
            conn,
            clock,
            "rekey",
            "register",
            register.register_uuid,
            {"keyring": "remembered" if remembered else "not_remembered"},
        )

    old_key = maintenance.own_key_holder(register)  # before the rekey replaces it
    seconds = maintenance.rekey(register, new_passphrase, journal=record)
    updated = False
    if remembered:
        updated = keystore.set(register.register_uuid, new_passphrase)
        if not updated:  # the old secret no longer opens anything: do not leave it there
            keystore.forget(register.register_uuid)
    backups = None
    if reencrypt_backups:
        backups = _reencrypt_after_rekey(register, old_key(), new_passphrase, progress, clock)
    return RekeyReport(seconds, updated, backups)


def _reencrypt_after_rekey(
    register: Register, old: str, new: str, progress: Progress | None, clock: Clock
) -> BackupsReencryption:
    # The register is already under the new passphrase: whatever happens to a backup,
    # the change is done, and says so.
    report = reencrypt_backups(register.path, old, new, progress=progress)
    if report.reencrypted or report.failed:
        try:
            with register.write() as conn:
                _journal(
                    conn,
                    clock,
                    "rekey_backups",
                    "register",
                    register.register_uuid,
                    {"reencrypted": len(report.reencrypted), "failed": len(report.failed)},
                )
        except RegisterError as error:
            log.warning("the backups' re-encryption was not journaled (%s)", type(error).__name__)
    return report


def passphrase_opens(register: Register, passphrase: str) -> bool:
    """Whether ``passphrase`` unlocks the register's file (one key derivation)."""
    try:
        check = open_register(register.path, passphrase)
    except WrongPassphrase:
        return False
    check.close()
    return True


# ----------------------------------------------------------------------------- retention


def retention_policy(register: Register) -> RetentionPolicy:
    with register.read() as conn:
        return RetentionPolicy.from_dict(settings_repo.get_setting(conn, RETENTION_KEY, {}))


def save_retention_policy(
    register: Register, policy: RetentionPolicy, *, clock: Clock | None = None
) -> RetentionPolicy:
    clock = clock or SystemClock()
    clean = policy.validated()
    with register.write() as conn:
        before = RetentionPolicy.from_dict(settings_repo.get_setting(conn, RETENTION_KEY, {}))
        settings_repo.set_setting(conn, RETENTION_KEY, clean.to_dict())
        _journal(
            conn,
            clock,
            "update",
            "settings",
            RETENTION_KEY,
            {
                k: [v, clean.to_dict()[k]]
                for k, v in before.to_dict().items()
                if v != clean.to_dict()[k]
            },
        )
    return clean


def expired_cases(register: Register, *, clock: Clock | None = None) -> list[ExpiredCase]:
    """Closed cases past the retention period, for the purge review (no personal data)."""
    clock = clock or SystemClock()
    with register.read() as conn:
        return _expired_in(conn, clock)


def _expired_in(conn: Connection, clock: Clock) -> list[ExpiredCase]:
    org = settings_repo.load(conn)
    zone = organisation_zone(org.timezone if org else None)
    policy = RetentionPolicy.from_dict(settings_repo.get_setting(conn, RETENTION_KEY, {}))
    return maintenance.expired_cases(conn, policy, today(clock, zone), zone)


@dataclass(frozen=True)
class PurgeReport:
    cases: list[ExpiredCase]
    mode: PurgeMode
    compact: CompactReport | None  # None: nothing purged, or the file was busy elsewhere


def purge(
    register: Register,
    cases: list[ExpiredCase] | None = None,
    *,
    mode: PurgeMode | str = PurgeMode.DELETE,
    clock: Clock | None = None,
) -> PurgeReport:
    """Erase (or anonymise) expired cases, journal each one, then compact the file.

    ``cases`` is what the review screen showed; each is checked again inside the
    transaction, so nothing the rules no longer call expired is erased. None: every
    expired case. One transaction for all: the purge happens entirely or not at all.
    """
    mode = PurgeMode(mode)
    if cases is None:
        clock = clock or SystemClock()
        cases = expired_cases(register, clock=clock)
        if not cases:
            return PurgeReport([], mode, None)
    report = purge_reviewed(register, [(case, mode) for case in cases], clock=clock)
    return PurgeReport(report.cases, mode, report.compact)


@dataclass(frozen=True)
class ReviewedPurgeReport:
    deleted: list[ExpiredCase]
    anonymised: list[ExpiredCase]
    compact: CompactReport | None  # None: nothing purged, or the file was busy elsewhere
    identity_copies: list[IdentityCopyDue] = field(default_factory=list)

    @property
    def cases(self) -> list[ExpiredCase]:
        return [*self.deleted, *self.anonymised]


def purge_reviewed(
    register: Register,
    choices: list[tuple[ExpiredCase, PurgeMode | str]],
    *,
    identity_copies: Sequence[IdentityCopyDue] = (),
    clock: Clock | None = None,
) -> ReviewedPurgeReport:
    """The purge review's outcome: for each case the DPO's choice, erase the whole case
    or anonymise it (the statistics stay); and the identity copies the DPO confirmed
    for deletion (their rule's date has come: Art. 5(1)(c), 5(1)(e)). One transaction,
    each item re-checked and journaled, then the file compacted (as :func:`purge`)."""
    clock = clock or SystemClock()
    chosen = [(case, PurgeMode(mode)) for case, mode in choices]
    copies = list(identity_copies)
    now = clock.now()
    with register.write() as conn:
        current = {(c.kind, c.case_id): c for c in _expired_in(conn, clock)}
        for case, _mode in chosen:
            if current.get((case.kind, case.case_id)) != case:
                raise CasesChanged(reference=case.reference)
        due = set(identity_documents.identity_copies_due_in(conn, clock))
        for copy in copies:
            if copy not in due:
                raise CasesChanged(reference=copy.reference)
        if not chosen and not copies:
            return ReviewedPurgeReport([], [], None)
        # The copies first: each gets its own journal entry, even when its case is
        # erased just after.
        for copy in copies:
            identity_documents.delete_due_copy_in(conn, copy, clock)
        for case, mode in chosen:
            counts = maintenance.purge_case(conn, case, mode, now)
            _journal(
                conn,
                clock,
                maintenance.PURGE_ACTION,
                str(case.kind),
                case.reference,
                {
                    "mode": str(mode),
                    "closed_on": case.closed_on.isoformat(),
                    "kept_until": case.kept_until.isoformat(),
                    **counts,
                },
            )
        maintenance.forget_search_terms(conn)
    try:
        compacted = maintenance.compact(register)
    except RegisterBusy:
        # The erasure is committed (secure_delete has zeroed the freed cells); only the
        # VACUUM waits for the other program to let go. The next purge compacts again.
        compacted = None
    return ReviewedPurgeReport(
        [case for case, mode in chosen if mode is PurgeMode.DELETE],
        [case for case, mode in chosen if mode is PurgeMode.ANONYMISE],
        compacted,
        copies,
    )


# ----------------------------------------------------------------------------- exports


def record_export(
    register: Register,
    what: str,
    *,
    entity: str = "register",
    entity_id: str = "",
    count: int | None = None,
    file_name: str = "",
    clock: Clock | None = None,
) -> None:
    """Journal that personal data left the encrypted register (an attachment saved to
    disk, a spreadsheet, a letter): the kind, the record, the file's name, no content."""
    clock = clock or SystemClock()
    changes: dict[str, object] = {"what": what}
    if count is not None:
        changes["count"] = count
    if file_name:
        changes["file"] = Path(file_name).name
    with register.write() as conn:
        _journal(conn, clock, "export", entity, entity_id or register.register_uuid, changes)
