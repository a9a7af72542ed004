"""The register's upkeep: backups, restore, passphrase change, retention purge.

Only this module (with ``database.py``) handles register files as files. The services
decide what is journaled; everything here is mechanism.

*Backups* (GDPR Art. 32(1)(c), Law 09-08 art. 23: restore availability after an
incident). ``sqlcipher_export`` copies the logical content into an ATTACHed file,
encrypted with the same key (no KEY clause: SQLCipher reuses the derived key and
salt, so the copy opens with the same passphrase) or a given one. It runs inside a
read transaction on the source, so under WAL it copies one consistent snapshot while
other connections and processes keep writing. The copy is written under a temporary
name beside the target, reopened through :func:`open_register` and checked
(``integrity_check`` and ``cipher_integrity_check``, plus the journal's chain), and
only then linked to its final name, so a half-written or unsound copy never carries a
backup's name.

*Purge* (Art. 5(1)(e), storage limitation). Deleting a row is not forgetting it: the
full-text index keeps a deleted request's words in its older segments until they are
merged, and free pages and the WAL keep old page images. So a purge also merges the
index (FTS5 ``optimize``), then checkpoints the WAL (TRUNCATE) and VACUUMs, with
``secure_delete`` on.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from pathlib import Path

import sqlcipher3
from sqlalchemy import Connection, Table, delete, func, select, update

from dpo_desk.domain.requests import RequestStatus
from dpo_desk.domain.retention import (
    CaseKind,
    ExpiredCase,
    PurgeMode,
    RetentionPolicy,
    is_expired,
    retention_end,
)
from dpo_desk.domain.rights_request import OPEN_STATUSES
from dpo_desk.storage import audit
from dpo_desk.storage.database import (
    Register,
    check_register_file,
    integrity_problems,
    open_register,
)
from dpo_desk.storage.errors import (
    IntegrityFailure,
    RegisterBusy,
    RegisterExists,
    StorageIOError,
)
from dpo_desk.storage.schema import (
    audit_log,
    breach,
    breach_communication,
    breach_event,
    breach_notification,
    metadata,
    rights_request,
)

log = logging.getLogger(__name__)

REGISTER_SUFFIX = ".dpodesk"
DAILY_FOLDER_SUFFIX = "-sauvegardes"
PURGE_ACTION = "purge"  # the journal action that marks a case as already purged
ANONYMISED = "[anonymisé]"

_TEMP_PREFIX = ".dpo-sauvegarde-"
_ATTACHED = "sauvegarde"


@dataclass(frozen=True)
class CopyReport:
    """A verified copy: where, how big, how long it took."""

    path: Path
    size: int
    seconds: float


# ----------------------------------------------------------------------------- files


def _fsync_dir(folder: Path) -> None:
    # The rename is durable only once the directory entry is on disk.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not supported (Windows): the rename is still atomic
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            Path(str(path) + suffix).unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:  # pragma: no cover — a leftover encrypted temp file
            log.warning("could not remove a temporary file (%s)", type(exc).__name__)


def _publish(tmp: Path, target: Path) -> None:
    """Give ``tmp`` its final name without ever replacing an existing file.

    A hard link fails if the name is taken, atomically; file systems without links
    (FAT and exFAT USB sticks, where backups often go) get a check then a rename.
    """
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise RegisterExists(name=target.name) from None
    except OSError:
        if target.exists():
            raise RegisterExists(name=target.name) from None
        os.replace(tmp, target)
    else:
        tmp.unlink()
    _fsync_dir(target.parent)


def _check_target(target: Path) -> Path:
    target = Path(target).expanduser().absolute()
    for suffix in ("", "-wal", "-journal"):
        if Path(str(target) + suffix).exists():
            raise RegisterExists(name=target.name)
    if not target.parent.is_dir():
        raise StorageIOError(name=target.name, reason="dossier introuvable")
    return target


def _os_error(name: str, exc: OSError) -> StorageIOError:
    return StorageIOError(name=name, reason=exc.strerror or type(exc).__name__)


# ----------------------------------------------------------------------------- backup


def export_copy(
    register: Register,
    target: Path,
    *,
    key: str | None = None,
    allow_plaintext: bool = False,
) -> CopyReport:
    """Copy the register into a new file ``target`` and check the copy.

    ``key=None`` keeps the register's key; a non-empty ``key`` encrypts the copy with
    that passphrase. ``key=""`` writes an *unencrypted* copy: only with
    ``allow_plaintext=True``, which the erasure tests use to look inside a copy made
    by this very code path. The services never offer it.
    """
    if key == "" and not allow_plaintext:
        raise ValueError("an unencrypted copy needs allow_plaintext=True")
    started = time.perf_counter()
    target = _check_target(target)
    try:
        fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=_TEMP_PREFIX, suffix=".tmp")
        os.close(fd)  # mkstemp: owner-only (0600) from the first byte
    except OSError as exc:
        raise _os_error(target.name, exc) from None
    tmp = Path(tmp_name)
    try:
        _export_into(register, tmp, key)
        _fsync_file(tmp)
        _verify_copy(register, tmp, key, target.name)
        os.chmod(tmp, 0o600)
        _publish(tmp, target)
    except OSError as exc:
        _remove(tmp)
        raise _os_error(target.name, exc) from None
    except BaseException:
        _remove(tmp)
        raise
    return CopyReport(target, target.stat().st_size, time.perf_counter() - started)


def _export_into(register: Register, tmp: Path, key: str | None) -> None:
    fairy = register.engine.raw_connection()  # a pooled connection, autocommit
    conn: sqlcipher3.Connection = fairy.driver_connection
    attached = False
    try:
        # ATTACH is refused inside a transaction: attach first, then read.
        if key is None:
            conn.execute(f"ATTACH DATABASE ? AS {_ATTACHED}", (str(tmp),))
        else:
            conn.execute(f"ATTACH DATABASE ? AS {_ATTACHED} KEY ?", (str(tmp), key))
        attached = True
        # The copy is one self-contained file: no WAL beside the temporary name.
        conn.execute(f"PRAGMA {_ATTACHED}.journal_mode = DELETE")
        conn.execute(f"PRAGMA {_ATTACHED}.synchronous = FULL")
        conn.execute("BEGIN")
        try:
            # The first read fixes the snapshot: later commits by others are not seen,
            # so the copy is one consistent state of the register.
            conn.execute("SELECT count(*) FROM main.sqlite_master").fetchone()
            conn.execute(f"SELECT sqlcipher_export('{_ATTACHED}')").fetchall()
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    except sqlcipher3.Error as exc:
        from dpo_desk.storage.database import classify_error

        typed = classify_error(exc, register.name)
        if typed is not None:
            raise typed from None
        raise StorageIOError(name=tmp.name, reason=str(exc)) from None
    finally:
        if attached:
            try:
                conn.execute(f"DETACH DATABASE {_ATTACHED}")
            except sqlcipher3.Error:
                fairy.invalidate()  # never hand a connection with a stray ATTACH back
        fairy.close()


def _verify_copy(register: Register, tmp: Path, key: str | None, name: str) -> None:
    """Reopen the copy the way the app opens a register, and run every check."""
    if key == "":
        con = sqlcipher3.connect(str(tmp))
        try:
            lines = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
        finally:
            con.close()
        if lines != ["ok"]:
            raise IntegrityFailure(name=name, reason="; ".join(lines[:3]))
        return
    copy = register.open_copy(tmp) if key is None else open_register(tmp, key)
    try:
        problems = verify_problems(copy)
    finally:
        copy.close()
    if problems:
        raise IntegrityFailure(name=name, reason="; ".join(problems[:3]))
    if Path(str(tmp) + "-wal").exists():  # pragma: no cover — SQLite removes it on close
        raise StorageIOError(name=name, reason="journal WAL resté ouvert")


def verify_problems(register: Register) -> list[str]:
    """Both integrity checks, the foreign keys, and the journal's hash chain."""
    problems = integrity_problems(register)
    if not problems:
        with register.read() as conn:
            broken = audit.first_broken_entry(conn)
        if broken is not None:
            problems.append(f"journal d'audit : chaîne rompue à l'entrée {broken}")
    return problems


# ----------------------------------------------------------------------------- daily


def daily_folder(register_path: Path) -> Path:
    """``<folder of the file>/<stem>-sauvegardes/``."""
    return register_path.parent / f"{register_path.stem}{DAILY_FOLDER_SUFFIX}"


def _daily_pattern(stem: str) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(stem)}-(\d{{4}}-\d{{2}}-\d{{2}}){re.escape(REGISTER_SUFFIX)}$")


def daily_backups(register_path: Path) -> list[tuple[date, Path]]:
    """The automatic backups beside a register, oldest first (what a restore can offer)."""
    folder = daily_folder(register_path)
    pattern = _daily_pattern(register_path.stem)
    found: list[tuple[date, Path]] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = pattern.match(entry.name)
        if match and entry.is_file():
            try:
                found.append((date.fromisoformat(match.group(1)), entry))
            except ValueError:
                continue
    return sorted(found)


def daily_target(register_path: Path, day: date) -> Path:
    """The name of the automatic backup of ``day``."""
    stem = register_path.stem
    return daily_folder(register_path) / f"{stem}-{day.isoformat()}{REGISTER_SUFFIX}"


def daily_backup_due(register_path: Path, today: date, keep: int) -> bool:
    """True when today's automatic backup is still to be made (and backups are on)."""
    return keep > 0 and not daily_target(register_path, today).exists()


def daily_backup(register: Register, today: date, keep: int) -> CopyReport | None:
    """Today's automatic backup, unless one exists; then keep only the newest ``keep``.

    Returns None when nothing was due (already done today, or ``keep`` is 0).
    """
    if not daily_backup_due(register.path, today, keep):
        return None
    folder = daily_folder(register.path)
    target = daily_target(register.path, today)
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
    except OSError as exc:
        raise _os_error(folder.name, exc) from None
    report = export_copy(register, target)
    for _day, old in daily_backups(register.path)[:-keep]:
        try:
            old.unlink()
        except OSError as exc:
            log.warning("could not remove an old backup (%s)", type(exc).__name__)
    return report


# ----------------------------------------------------------------------------- restore


def restore_own_copy(register: Register, source: Path, target: Path) -> Register:
    """:func:`restore_copy` of a backup of ``register``, which is open: backups carry the
    register's own key, so the passphrase in use opens them and the UI never holds it."""
    return register.open_with_own_key(lambda passphrase: restore_copy(source, target, passphrase))


def restore_copy(source: Path, target: Path, passphrase: str) -> Register:
    """Make ``target`` (a new file) from the backup ``source``; returns it open.

    The backup itself is never modified: it is copied into a private staging folder
    beside the target, and that copy is opened (and migrated, if it is older) and
    checked. Only a sound register is then linked to ``target``, which must not exist.
    """
    source = Path(source).expanduser().absolute()
    check_register_file(source)
    target = _check_target(target)
    try:
        staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=".dpo-restauration-"))
    except OSError as exc:
        raise _os_error(target.name, exc) from None
    staged = staging / target.name
    try:
        try:
            shutil.copyfile(source, staged)
            os.chmod(staged, 0o600)
            wal = Path(str(source) + "-wal")
            if wal.exists():  # a copy taken while the register was open
                shutil.copyfile(wal, Path(str(staged) + "-wal"))
        except OSError as exc:
            raise _os_error(source.name, exc) from None
        try:
            copy = open_register(staged, passphrase, backup_dir=staging)
        except RegisterBusy:
            raise
        except StorageIOError as exc:
            # The staged copy is ours alone, on the disk we just wrote it to: a failure
            # to read it (SQLite's "malformed" on a damaged schema page) is the backup's
            # damage, and is refused as such, never restored.
            raise IntegrityFailure(
                name=source.name, reason=str(exc.values.get("reason", ""))
            ) from None
        try:
            problems = verify_problems(copy)
            if problems:
                raise IntegrityFailure(name=source.name, reason="; ".join(problems[:3]))
            with copy.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            copy.close()
        _fsync_file(staged)
        _publish(staged, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return open_register(target, passphrase)


# ----------------------------------------------------------------------------- rekey


def rekey(register: Register, new_passphrase: str) -> float:
    """Re-encrypt every page under ``new_passphrase``; returns the seconds it took.

    SQLCipher rekeys through the rollback journal, so the file leaves WAL first: an
    interruption then rolls back to the old key, which still opens the file. The file
    is reopened with the new key and checked before the register adopts it.
    """
    started = time.perf_counter()
    with register.exclusive() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            # Another process still has the file open (it keeps WAL alive).
            raise RegisterBusy(name=register.name)
        try:
            conn.execute("PRAGMA rekey = " + _literal(new_passphrase))
        finally:
            conn.execute("PRAGMA journal_mode = WAL").fetchall()
    checked = open_register(register.path, new_passphrase)
    try:
        problems = verify_problems(checked)
    finally:
        checked.close()
    if problems:
        raise IntegrityFailure(name=register.name, reason="; ".join(problems[:3]))
    register.adopt_passphrase(new_passphrase)
    return time.perf_counter() - started


def _literal(value: str) -> str:
    # PRAGMA takes no bound parameters.
    return "'" + value.replace("'", "''") + "'"


# ----------------------------------------------------------------------------- retention


def _purged_after(conn: Connection, kind: CaseKind) -> dict[str, datetime]:
    """Reference → when it was last purged (an anonymised case stays, marked by this)."""
    rows = conn.execute(
        select(audit_log.c.entity_id, func.max(audit_log.c.at))
        .where(audit_log.c.action == PURGE_ACTION, audit_log.c.entity == str(kind))
        .group_by(audit_log.c.entity_id)
    )
    return {entity_id: at for entity_id, at in rows}


def request_closure(row) -> date | None:
    """When a finished request ended: its closure, else its reply, else its withdrawal."""
    if RequestStatus(row.status) in OPEN_STATUSES:
        return None
    if row.closed_on is not None:
        return row.closed_on
    if row.answered_on is not None:
        return row.answered_on
    return row.updated_at.date()  # withdrawn: the day the status last changed


def expired_cases(
    conn: Connection, policy: RetentionPolicy, today: date, zone: tzinfo
) -> list[ExpiredCase]:
    """Closed cases past retention, not yet purged, oldest closure first."""
    found: list[ExpiredCase] = []
    r = rights_request
    purged = _purged_after(conn, CaseKind.REQUEST)
    open_values = sorted(str(s) for s in OPEN_STATUSES)
    for row in conn.execute(
        select(
            r.c.id,
            r.c.reference,
            r.c.status,
            r.c.closed_on,
            r.c.answered_on,
            r.c.updated_at,
            r.c.created_at,
        ).where(r.c.status.not_in(open_values))
    ):
        closed = request_closure(row)
        if closed is None or not is_expired(closed, policy.request_years, today):
            continue
        if row.reference in purged and purged[row.reference] >= row.created_at:
            continue
        found.append(
            ExpiredCase(
                CaseKind.REQUEST,
                row.id,
                row.reference,
                closed,
                retention_end(closed, policy.request_years),
            )
        )
    purged = _purged_after(conn, CaseKind.BREACH)
    for row in conn.execute(
        select(breach.c.id, breach.c.reference, breach.c.closed_at, breach.c.created_at).where(
            breach.c.closed_at.is_not(None)
        )
    ):
        closed = row.closed_at.astimezone(zone).date()
        if not is_expired(closed, policy.breach_years, today):
            continue
        if row.reference in purged and purged[row.reference] >= row.created_at:
            continue
        found.append(
            ExpiredCase(
                CaseKind.BREACH,
                row.id,
                row.reference,
                closed,
                retention_end(closed, policy.breach_years),
            )
        )
    return sorted(found, key=lambda case: (case.closed_on, case.kind, case.reference))


# What an anonymised case keeps, besides its own row: dates and links, no personal data.
_KEPT_ON_ANONYMISE = {
    CaseKind.REQUEST: frozenset({"identity_pause", "request_activity"}),
    CaseKind.BREACH: frozenset(
        {"breach_notification", "breach_communication", "breach_event", "breach_activity"}
    ),
}


def _case_table(kind: CaseKind) -> Table:
    return rights_request if kind is CaseKind.REQUEST else breach


@functools.cache
def _dependants(kind: CaseKind) -> tuple[tuple[Table, object], ...]:
    """Every table whose rows belong to a case (attachments, pauses, letters...).

    Found from the schema's foreign keys, so a table added later (letter drafts) is
    erased with its case without this module having to know it.
    """
    parent = _case_table(kind)
    found = []
    for table in reversed(metadata.sorted_tables):
        for fk in table.foreign_keys:
            if fk.column.table is parent:
                found.append((table, fk.parent))
    return tuple(found)


def _attachment_count(conn: Connection, kind: CaseKind, case_id: int) -> int:
    count = 0
    for table, column in _dependants(kind):
        if "attachment" in table.name:
            count += conn.execute(
                select(func.count()).select_from(table).where(column == case_id)
            ).scalar_one()
    return count


def delete_case(conn: Connection, case: ExpiredCase) -> dict:
    """Erase a case and everything that belongs to it; returns counts for the journal."""
    counts = {"attachments": _attachment_count(conn, case.kind, case.case_id)}
    for table, column in _dependants(case.kind):
        conn.execute(delete(table).where(column == case.case_id))
    table = _case_table(case.kind)
    conn.execute(delete(table).where(table.c.id == case.case_id))
    return counts


def anonymise_case(conn: Connection, case: ExpiredCase, now: datetime) -> dict:
    """Empty the personal fields; keep what statistics need (dates, rights, status,
    channel, regimes, risk, counts). Attachments and letters are deleted."""
    counts = {"attachments": _attachment_count(conn, case.kind, case.case_id)}
    kept = _KEPT_ON_ANONYMISE[case.kind]
    for table, column in _dependants(case.kind):
        if table.name not in kept:
            conn.execute(delete(table).where(column == case.case_id))
    table = _case_table(case.kind)
    bump = {"updated_at": now, "version": table.c.version + 1}
    if case.kind is CaseKind.REQUEST:
        conn.execute(
            update(table)
            .where(table.c.id == case.case_id)
            .values(
                requester_name=ANONYMISED,
                requester_email="",
                requester_phone="",
                requester_address="",
                subject_name="",
                identity_method="",
                extension_reason="",
                notes="",
                **bump,
            )
        )
        return counts
    conn.execute(
        update(table)
        .where(table.c.id == case.case_id)
        .values(
            title=ANONYMISED,
            description="",
            consequences="",
            measures_taken="",
            measures_proposed="",
            risk_justification="",
            no_notification_reasons="",
            no_notification_by="",
            art34_justification="",
            dgssi_reference="",
            remedial_actions="",
            **bump,
        )
    )
    conn.execute(
        update(breach_notification)
        .where(breach_notification.c.breach_id == case.case_id)
        .values(delay_reason="", notes="", recorded_by="")
    )
    conn.execute(
        update(breach_communication)
        .where(breach_communication.c.breach_id == case.case_id)
        .values(audience="", notes="", recorded_by="")
    )
    conn.execute(
        update(breach_event)
        .where(breach_event.c.breach_id == case.case_id)
        .values(note="", author="")
    )
    return counts


def purge_case(conn: Connection, case: ExpiredCase, mode: PurgeMode, now: datetime) -> dict:
    if mode is PurgeMode.DELETE:
        return delete_case(conn, case)
    return anonymise_case(conn, case, now)


def forget_search_terms(conn: Connection) -> None:
    """Merge the full-text index so deleted words leave its older segments.

    FTS5 records a deletion as a tombstone in a new segment; the words stay in the old
    segment until a merge. ``optimize`` merges everything into one segment now.
    """
    present = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'rights_request_fts'"
    ).first()
    if present:
        conn.exec_driver_sql(
            "INSERT INTO rights_request_fts(rights_request_fts) VALUES ('optimize')"
        )


@dataclass(frozen=True)
class CompactReport:
    seconds: float
    checkpoint_complete: bool  # False: another process was reading; its WAL remains


def compact(register: Register) -> CompactReport:
    """Checkpoint the WAL (TRUNCATE), VACUUM, checkpoint again: no old page image of
    erased data stays in the WAL or in free pages of the file."""
    started = time.perf_counter()
    with register.exclusive() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        conn.execute("VACUUM")  # temp_store=MEMORY: its temporary copy never touches /tmp
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    return CompactReport(time.perf_counter() - started, checkpoint_complete=not busy)


def references(cases: Iterable[ExpiredCase]) -> list[str]:
    return [case.reference for case in cases]
