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

import errno
import functools
import hashlib
import logging
import os
import re
import secrets
import shutil
import stat
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Column, Connection, Select, Table, delete, func, select, update
from sqlalchemy import exc as sa_exc

from dpo_desk.domain.requests.model import OPEN_STATUSES
from dpo_desk.domain.requests.workflow import IdentityStatus, RequestStatus
from dpo_desk.domain.retention import (
    CaseKind,
    ExpiredCase,
    IdentityCopyDue,
    PurgeMode,
    RetentionPolicy,
    identity_copy_delete_by,
    is_expired,
    retention_end,
)
from dpo_desk.storage import audit, files, leftovers
from dpo_desk.storage.cipher import check_register_file, key_connection
from dpo_desk.storage.database import (
    BUSY_TIMEOUT_SECONDS,
    FULL_WORDS,
    PAGE_SIZE,
    Register,
    classify_error,
    integrity_problems,
    open_register,
)
from dpo_desk.storage.errors import (
    REKEY_READ_ONLY,
    REKEY_UNSOUND,
    DiskFull,
    IntegrityFailure,
    ReadOnlyLocation,
    RegisterBusy,
    RegisterDamaged,
    RegisterError,
    RegisterExists,
    RekeyDiskFull,
    RekeyNotDone,
    StorageIOError,
    from_os_error,
)
from dpo_desk.storage.requests import identity_copies
from dpo_desk.storage.rows import AnyRow
from dpo_desk.storage.schema import (
    audit_log,
    breach,
    metadata,
    rights_request,
)

log = logging.getLogger(__name__)

REGISTER_SUFFIX = ".dpodesk"
DAILY_FOLDER_SUFFIX = "-sauvegardes"
PURGE_ACTION = "purge"  # the journal action that marks a case as already purged
ANONYMISED = "[anonymisé]"

_TEMP_PREFIX = leftovers.BACKUP_PREFIX
_ATTACHED = "sauvegarde"


@dataclass(frozen=True)
class CopyReport:
    """A verified copy: where, how big, how long it took."""

    path: Path
    size: int
    seconds: float


# ----------------------------------------------------------------------------- files


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
    """Give ``tmp`` its final name without ever replacing an existing file
    (storage/files.py: a link, or a check then a rename where there are no links)."""
    try:
        files.publish(tmp, target, replace=False)
    except FileExistsError:
        raise RegisterExists(name=target.name) from None


def _check_target(target: Path) -> Path:
    target = Path(target).expanduser().absolute()
    for suffix in ("", "-wal", "-journal"):
        if Path(str(target) + suffix).exists():
            raise RegisterExists(name=target.name)
    if not target.parent.is_dir():
        raise StorageIOError(name=target.name, reason="dossier introuvable")
    return target


def _os_error(name: str, exc: OSError) -> RegisterError:
    # Full disk, read-only folder, name too long: each its own sentence.
    return from_os_error(name, exc)


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
        # The pid in the name lets a later run tell an orphan from a copy in progress.
        fd, tmp_name = tempfile.mkstemp(
            dir=target.parent, prefix=leftovers.owned_prefix(_TEMP_PREFIX), suffix=".tmp"
        )
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
    except DiskFull:
        _remove(tmp)
        raise DiskFull(name=target.name) from None  # the copy's disk, not the register's
    except ReadOnlyLocation:
        _remove(tmp)
        raise ReadOnlyLocation(name=target.name) from None
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
            # SQLite may have ended the transaction itself (SQLITE_FULL, an I/O error):
            # ROLLBACK then fails with "cannot rollback - no transaction is active", and
            # that must not replace the error that says what happened.
            if conn.in_transaction:
                try:
                    conn.execute("ROLLBACK")
                except sqlcipher3.Error as rollback_error:
                    log.warning("rollback after a failed copy: %s", type(rollback_error).__name__)
            raise
    except sqlcipher3.Error as exc:
        # The copy's disk (tmp) is where a full or read-only disk shows.
        typed = classify_error(exc, register.name, tmp)
        if typed is not None:
            raise register.named_damage(typed) from None
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


def restore_own_copy(
    register: Register, source: Path, target: Path, backup_passphrase: str | None = None
) -> Register:
    """:func:`restore_copy` of a backup of ``register``, which is open: backups carry the
    register's own key, so the passphrase in use opens them and the UI never holds it.
    A backup made before a passphrase change opens with ``backup_passphrase`` (the
    earlier one, typed by the user); the restored register is then put under the
    passphrase in use."""
    return register.open_with_own_key(
        lambda passphrase: restore_copy(
            source, target, backup_passphrase or passphrase, new_passphrase=passphrase
        )
    )


def restore_copy(
    source: Path, target: Path, passphrase: str, *, new_passphrase: str | None = None
) -> Register:
    """Make ``target`` (a new file) from the backup ``source``; returns it open.

    The backup itself is never modified: it is copied into a private staging folder
    beside the target, and that copy is opened (and migrated, if it is older) and
    checked. Only a sound register is then linked to ``target``, which must not exist.
    ``passphrase`` opens the backup; with a different ``new_passphrase`` the staged copy
    is rekeyed (:func:`rekey`) before it is linked, so the new register opens with that.
    """
    source = Path(source).expanduser().absolute()
    check_register_file(source)
    target = _check_target(target)
    try:
        staging = Path(
            tempfile.mkdtemp(
                dir=target.parent, prefix=leftovers.owned_prefix(leftovers.RESTORE_PREFIX)
            )
        )
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
        except (RegisterBusy, DiskFull, ReadOnlyLocation):
            raise  # the disk or another program, not the backup
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
            if new_passphrase is not None and new_passphrase != passphrase:
                rekey(copy, new_passphrase)  # in the staging folder, before any name
                passphrase = new_passphrase
        finally:
            copy.close()
        _fsync_file(staged)
        _publish(staged, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return open_register(target, passphrase)


# ----------------------------------------------------------------------------- rekey

REKEY_PREFIX = ".dpo-rekey-"
_REKEYED = "rekeyed"
# The cipher settings of a register (SQLCipher 4's defaults: the app sets none). They
# are not stored in the file, so the new file must be written under the same ones, or
# no key would open it.
_CIPHER_SETTINGS = (
    "cipher_page_size",
    "kdf_iter",
    "cipher_hmac_algorithm",
    "cipher_kdf_algorithm",
    "cipher_plaintext_header_size",
    "cipher_use_hmac",
)
# What the file's header holds besides the key's salt, and what the app checks at open.
_HEADER_VALUES = ("user_version", "application_id", "auto_vacuum", "page_size", "encoding")
# Room needed beyond the copy itself: its WAL and WAL index while it is checked.
_REKEY_MARGIN = 256 * 1024
# POSIX renames over a file that is open; Windows refuses (SQLite opens it without
# FILE_SHARE_DELETE), so there the last connection is closed first.
_RENAME_OVER_OPEN_FILE = os.name != "nt"

#: Tests only: called with the name of each step of a rekey as it is reached (the
#: reliability tests stop or kill the process there). None in the app.
step_hook: Callable[[str], None] | None = None


def _reached(step: str) -> None:
    if step_hook is not None:
        step_hook(step)


@dataclass(frozen=True)
class _Snapshot:
    """What a rekeyed copy must share with the register it replaces."""

    counts: dict[str, int]  # every table, by name
    journal_head: str  # the last journal entry's hash
    journal_head_prev: str  # and the hash it is chained to
    header: dict[str, object]
    register_uuid: str | None
    revision: str | None  # Alembic's
    used_bytes: int  # pages in use: about the size of a copy


def _snapshot(conn: sqlcipher3.Connection) -> _Snapshot:
    """Read on the connection's main file, inside whatever transaction holds it still."""

    def one(sql: str) -> Any:  # the driver's value, untyped (sqlcipher3)
        row = conn.execute(sql).fetchone()
        return None if row is None else row[0]

    tables = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        )
    ]
    counts: dict[str, int] = {}
    for name in tables:  # names read from sqlite_master, quoted as identifiers
        quoted = '"' + name.replace('"', '""') + '"'
        counts[name] = one(f"SELECT count(*) FROM {quoted}")  # noqa: S608
    header = {name: one(f"PRAGMA {name}") for name in _HEADER_VALUES}
    pages = int(one("PRAGMA page_count")) - int(one("PRAGMA freelist_count"))
    last = conn.execute("SELECT hash, prev_hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return _Snapshot(
        counts=counts,
        journal_head=audit.GENESIS if last is None else last[0],
        journal_head_prev=audit.GENESIS if last is None else last[1],
        header=header,
        register_uuid=one("SELECT register_uuid FROM register_meta"),
        revision=one("SELECT group_concat(version_num) FROM alembic_version"),
        used_bytes=pages * int(header["page_size"]),
    )


def _rekey_tag(path: Path) -> str:
    # Ties a temporary file to its register's name, so that a folder holding several
    # registers never has one's leftovers swept while another is being rekeyed.
    return hashlib.sha256(path.name.encode("utf-8")).hexdigest()[:12]


def _rekey_pattern(path: Path) -> re.Pattern[str]:
    return re.compile(
        rf"^{re.escape(REKEY_PREFIX + _rekey_tag(path))}-[0-9a-f]{{16}}\.tmp(-wal|-shm|-journal)?$"
    )


def _sweep_rekey_files(path: Path) -> list[str]:
    """Remove this register's leftover rekey files (an interrupted passphrase change).

    Only called while no rekey of the file can be under way: one holds the file with an
    exclusive lock from before its temporary file exists until after it is renamed.
    """
    pattern = _rekey_pattern(path)
    removed: list[str] = []
    try:
        entries = list(path.parent.iterdir())
    except OSError:
        return removed
    for entry in entries:
        if pattern.match(entry.name):
            try:
                entry.unlink()
                removed.append(entry.name)
            except FileNotFoundError:
                pass
            except OSError as exc:
                log.warning("could not remove a rekey leftover (%s)", type(exc).__name__)
    return removed


def sweep_rekey_leftovers(register: Register) -> list[str]:
    """After an unlock: remove what an interrupted passphrase change left (its encrypted
    temporary copy). Under a read transaction in WAL mode no rekey of this file can be
    running (it needs the file to itself), so every such file found is an orphan."""
    with register.read() as conn:
        conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()  # the read lock
        return _sweep_rekey_files(register.path)


def _new_rekey_file(path: Path) -> Path:
    tag = _rekey_tag(path)
    while True:
        tmp = path.parent / f"{REKEY_PREFIX}{tag}-{secrets.token_hex(8)}.tmp"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        os.close(fd)  # owner-only from the first byte; SQLite keeps the mode
        return tmp


def rekey(
    register: Register,
    new_passphrase: str,
    *,
    journal: Callable[[Connection], object] | None = None,
) -> float:
    """Put the register under ``new_passphrase``; returns the seconds it took.

    The live file is never rewritten in place. Holding the file to itself (no other
    connection in any process, and an exclusive lock that keeps new ones out), this
    writes a complete copy under the new key beside it (``.dpo-rekey-….tmp``, 0600),
    with the same cipher settings and header values; ``journal`` (if given) then
    records the change in the copy, so the record and the new key go live together;
    the copy is reopened as the app opens a register, checked (both integrity checks,
    the foreign keys, the journal's chain, every table's row count, the journal's head,
    the register's identity and schema revision), fsynced, and renamed over the file;
    the folder is fsynced. Until that rename the old file, untouched, opens with the
    old passphrase; after it, the new file opens with the new one. Any failure before
    the rename removes the copy and raises :class:`RekeyDiskFull`,
    :class:`RekeyNotDone` or :class:`RegisterBusy`: nothing changed.
    """
    started = time.perf_counter()
    path = register.path
    if not os.access(path.parent, os.W_OK):
        # The new file could not be created: say so before anything is touched.
        raise RekeyNotDone(name=register.name, reason=REKEY_READ_ONLY)
    with register.exclusive() as conn:
        _reached("exclusive")
        before: _Snapshot | None = None
        tmp: Path | None = None
        old_fd: int | None = None
        try:
            _hold_alone(conn, register.name)
            _reached("locked")
            _sweep_rekey_files(path)
            before = _snapshot(conn)
            tmp = _new_rekey_file(path)
            _reached("temp-created")
            _export_rekeyed(conn, tmp, new_passphrase)
            _reached("exported")
            _check_rekeyed(tmp, new_passphrase, before, journal, register.name)
            _reached("verified")
            os.chmod(tmp, stat.S_IMODE(os.stat(path).st_mode))
            _fsync_file(tmp)
            _reached("synced")
            # The old file is in rollback-journal mode and ours alone: a -wal or -shm
            # under its name can only be stale, and must never meet the new file.
            for suffix in ("-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            if _RENAME_OVER_OPEN_FILE:
                old_fd = _open_for_disabling(path)
            else:
                conn.close()
            _reached("replacing")
            os.replace(tmp, path)
        except BaseException as exc:
            if old_fd is not None:
                conn.close()  # first: closing any descriptor of a file drops its locks
                os.close(old_fd)
            if tmp is not None:
                _remove(tmp)
            raise _rekey_error(exc, register, before) from None
        # From here the new file is the register: nothing below may report a failure.
        _reached("replaced")
        durable = files.fsync_directory(path.parent)
        _reached("dir-synced")
        if old_fd is not None:
            _disable_old_file(old_fd, durable)
        conn.close()  # releases the lock on the old file, which goes with it
        if old_fd is not None:
            os.close(old_fd)
        _reached("released")
        register.adopt_passphrase(new_passphrase)
    _reached("adopted")
    return time.perf_counter() - started


def _hold_alone(conn: sqlcipher3.Connection, name: str) -> None:
    """Make the file this connection's alone until it closes.

    Leaving WAL is refused while another connection (any process) has the file open;
    then an exclusive lock, kept (``locking_mode=EXCLUSIVE``) until the connection
    closes, keeps every other reader and writer out: nothing can be committed to the
    old file between the copy and the rename.
    """
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    if str(mode).lower() != "delete":
        raise RegisterBusy(name=name)  # another process still has the file open
    conn.execute("PRAGMA main.locking_mode = EXCLUSIVE")
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("COMMIT")
    # Someone who opened the file between the two statements above could have put it
    # back into WAL; then it is not ours alone.
    if str(conn.execute("PRAGMA main.journal_mode").fetchone()[0]).lower() != "delete":
        raise RegisterBusy(name=name)


def _export_rekeyed(conn: sqlcipher3.Connection, tmp: Path, new_passphrase: str) -> None:
    conn.execute(f"ATTACH DATABASE ? AS {_REKEYED} KEY ?", (str(tmp), new_passphrase))
    try:
        for name in _CIPHER_SETTINGS:
            value = conn.execute(f"PRAGMA main.{name}").fetchone()[0]
            conn.execute(f"PRAGMA {_REKEYED}.{name} = {_literal(str(value))}")
        conn.execute(f"PRAGMA {_REKEYED}.journal_mode = DELETE")
        conn.execute(f"PRAGMA {_REKEYED}.synchronous = FULL")
        _set_header(conn, _REKEYED, ("auto_vacuum",))  # before any table exists
        for name in _CIPHER_SETTINGS:
            mine = conn.execute(f"PRAGMA main.{name}").fetchone()[0]
            theirs = conn.execute(f"PRAGMA {_REKEYED}.{name}").fetchone()[0]
            if str(mine) != str(theirs):
                raise IntegrityFailure(name=tmp.name, reason=f"{name}: {theirs} ≠ {mine}")
        conn.execute("BEGIN")
        try:
            _reached("exporting")
            if step_hook is not None:  # tests: a point inside the export itself
                conn.set_progress_handler(_export_progress, 1_000)
            try:
                conn.execute(f"SELECT sqlcipher_export('{_REKEYED}')").fetchall()
            finally:
                conn.set_progress_handler(None, 0)
            _set_header(conn, _REKEYED, ("user_version", "application_id"))
            _reached("export-written")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    finally:
        try:
            conn.execute(f"DETACH DATABASE {_REKEYED}")
        except sqlcipher3.Error:
            pass  # the connection is closed with the rekey anyway


def _export_progress() -> int:
    _reached("export-running")
    return 0


def _set_header(conn: sqlcipher3.Connection, schema: str, names: Iterable[str]) -> None:
    """Carry header values that ``sqlcipher_export`` leaves at their defaults."""
    for name in names:
        value = int(conn.execute(f"PRAGMA main.{name}").fetchone()[0])
        conn.execute(f"PRAGMA {schema}.{name} = {value}")


def _check_rekeyed(
    tmp: Path,
    new_passphrase: str,
    before: _Snapshot,
    journal: Callable[[Connection], object] | None,
    name: str,
) -> None:
    """Open the copy as the app opens a register, journal the change into it, and
    compare it with the register it is to replace."""
    copy = open_register(tmp, new_passphrase)
    try:
        _reached("copy-opened")
        if journal is not None:
            with copy.write() as wconn:
                journal(wconn)
            _reached("journaled")
        problems = verify_problems(copy)
        fairy = copy.engine.raw_connection()
        try:
            after = _snapshot(fairy.driver_connection)
        finally:
            fairy.close()
        problems += _differences(before, after, journaled=journal is not None)
        if copy.register_uuid != before.register_uuid:  # what open_register read
            problems.append("identifiant du registre différent")
        if problems:
            log.warning("a rekeyed copy was refused: %s", "; ".join(problems[:5]))
            raise IntegrityFailure(name=name, reason="; ".join(problems[:3]))
        with copy.engine.connect() as cconn:
            cconn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        copy.close()
    if Path(str(tmp) + "-wal").exists():  # pragma: no cover — SQLite removes it on close
        raise StorageIOError(name=tmp.name, reason="journal WAL resté ouvert")
    Path(str(tmp) + "-shm").unlink(missing_ok=True)


def _differences(before: _Snapshot, after: _Snapshot, *, journaled: bool) -> list[str]:
    """What differs between the register and its rekeyed copy (empty: nothing).

    With ``journaled``, the copy's journal is the register's plus exactly one entry
    chained to the register's head; the chain itself is checked by ``verify_problems``,
    so the entries before it are the register's, hash for hash.
    """
    problems = []
    expected = dict(before.counts)
    if journaled:
        expected["audit_log"] = expected.get("audit_log", 0) + 1
    for table in sorted(set(expected) | set(after.counts)):
        if expected.get(table) != after.counts.get(table):
            problems.append(f"{table} : {after.counts.get(table)} ≠ {expected.get(table)}")
    for key, value in before.header.items():
        if after.header.get(key) != value:
            problems.append(f"{key} : {after.header.get(key)} ≠ {value}")
    if after.revision != before.revision:
        problems.append(f"schéma : {after.revision} ≠ {before.revision}")
    if after.register_uuid != before.register_uuid:
        problems.append("identifiant du registre différent")
    head = after.journal_head_prev if journaled else after.journal_head
    if head != before.journal_head:
        problems.append("journal : tête différente")
    return problems


def _open_for_disabling(path: Path) -> int | None:
    """A descriptor of the file about to be replaced, to disable it after the rename."""
    try:
        return os.open(path, os.O_RDWR)
    except OSError as exc:
        log.warning("the replaced file will not be disabled (%s)", type(exc).__name__)
        return None


def _disable_old_file(fd: int, durable: bool) -> None:
    """Overwrite the first page of the replaced file (no longer reachable by any name).

    A process that opened the register while the copy was written holds that old file
    (our lock kept it waiting). Without this it would go on, under the old passphrase,
    and commit into a file nobody will ever open again; with page 1 unreadable it gets
    an error instead. Only once the rename is on disk (a power cut must not find the
    old name pointing at a disabled file), and only if the file has no other name.
    """
    try:
        if not durable or os.fstat(fd).st_nlink != 0:
            return
        os.pwrite(fd, bytes(PAGE_SIZE), 0)
    except OSError as exc:
        log.warning("could not disable the replaced file (%s)", type(exc).__name__)


def _says_full(exc: BaseException) -> bool:
    if isinstance(exc, DiskFull):
        return True
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT)
    text_ = str(exc.values.get("reason", "")) if isinstance(exc, RegisterError) else str(exc)
    return any(word in text_.lower() for word in FULL_WORDS)


def _rekey_error(exc: BaseException, register: Register, before: _Snapshot | None) -> BaseException:
    """The one sentence a rekey that failed before its rename is reported with."""
    name = register.name
    if not isinstance(exc, Exception):
        return exc  # an interrupt
    if isinstance(exc, sa_exc.DBAPIError) and isinstance(exc.orig, sqlcipher3.Error):
        exc = exc.orig  # opening the copy goes through SQLAlchemy
    if isinstance(exc, sqlcipher3.Error):
        exc = classify_error(exc, name) or exc
    if isinstance(exc, RegisterBusy):
        return exc
    if isinstance(exc, RegisterDamaged) and exc.values.get("name") == name:
        return exc  # the register itself (not the copy) did not read back
    try:
        need = before.used_bytes if before is not None else register.path.stat().st_size
    except OSError:
        need = 0
    full = RekeyDiskFull(name=name, size=max(1, -(-need // 1_000_000)))
    if _says_full(exc):
        return full
    if isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return RekeyNotDone(name=name, reason=REKEY_READ_ONLY)
    if isinstance(exc, ReadOnlyLocation):  # SQLITE_READONLY, typed by classify_error
        return RekeyNotDone(name=name, reason=REKEY_READ_ONLY)
    if isinstance(exc, OSError | sqlcipher3.Error | StorageIOError):
        # SQLite reports some writes that found no room as I/O errors (growing the WAL
        # index of the copy being checked): judge by the room that is left.
        try:
            if shutil.disk_usage(register.path.parent).free < need + _REKEY_MARGIN:
                return full
        except OSError:
            pass
    if isinstance(exc, StorageIOError):
        return RekeyNotDone(name=name, reason=str(exc.values.get("reason", "")))
    if isinstance(exc, RegisterError):  # the copy did not open or check as it should
        return RekeyNotDone(name=name, reason=REKEY_UNSOUND)
    if isinstance(exc, OSError):
        return RekeyNotDone(name=name, reason=exc.strerror or type(exc).__name__)
    if isinstance(exc, sqlcipher3.Error):
        return RekeyNotDone(name=name, reason=str(exc))
    return exc  # a defect: the caller's "unexpected" path


def _literal(value: str) -> str:
    # PRAGMA takes no bound parameters.
    return "'" + value.replace("'", "''") + "'"


# ----------------------------------------------------------------------------- backups' key


def own_key_holder(register: Register) -> Callable[[], str]:
    """The open register's passphrase *as it is now*, for re-encrypting its backups after
    a rekey (which replaces it): the services pass it on, never the UI."""
    return register.open_with_own_key(lambda passphrase: lambda: passphrase)


def reencrypt_file(path: Path, old_passphrase: str, new_passphrase: str) -> float:
    """Put one backup file under ``new_passphrase``; returns the seconds it took.

    The rekey's approach, for a file nobody has open: a complete copy under the new key
    is written beside it (``.dpo-sauvegarde-<pid>-….tmp``, 0600 from its creation: never
    a plaintext intermediate), with the same cipher settings and header values; it is
    reopened with the new key and checked (SQLCipher's page check, SQLite's integrity
    and foreign-key checks, every table's row count, the journal's head, the register's
    identity and schema revision), fsynced, then renamed over the backup, and the folder
    fsynced. Any failure before the rename removes the copy: the backup is left as it
    was, under the old passphrase. A backup the old passphrase does not open (an even
    older one) raises :class:`WrongPassphrase` and is not touched.
    """
    started = time.perf_counter()
    path = Path(path).expanduser().absolute()
    check_register_file(path)
    if any(Path(str(path) + s).exists() for s in ("-wal", "-journal")):
        # A backup is one self-contained file; one with a journal is being written or
        # was restored from in place: leave it alone.
        raise RegisterBusy(name=path.name)
    conn = key_connection(path, old_passphrase, BUSY_TIMEOUT_SECONDS)
    tmp: Path | None = None
    try:
        before = _snapshot(conn)
        try:
            fd, tmp_name = tempfile.mkstemp(
                dir=path.parent, prefix=leftovers.owned_prefix(_TEMP_PREFIX), suffix=".tmp"
            )
            os.close(fd)  # owner-only (0600) from the first byte; SQLite keeps the mode
        except OSError as exc:
            raise _os_error(path.name, exc) from None
        tmp = Path(tmp_name)
        _export_rekeyed(conn, tmp, new_passphrase)
        conn.close()
        _check_reencrypted(tmp, new_passphrase, before, path.name)
        os.chmod(tmp, 0o600)
        _fsync_file(tmp)
        os.replace(tmp, path)
        tmp = None
        files.fsync_directory(path.parent)
    except OSError as exc:
        raise _os_error(path.name, exc) from None
    except sqlcipher3.Error as exc:
        raise classify_error(exc, path.name) or StorageIOError(
            name=path.name, reason=str(exc)
        ) from None
    finally:
        conn.close()
        if tmp is not None:
            _remove(tmp)
    return time.perf_counter() - started


def _check_reencrypted(tmp: Path, passphrase: str, before: _Snapshot, name: str) -> None:
    copy = key_connection(tmp, passphrase, BUSY_TIMEOUT_SECONDS)
    try:
        problems = [
            f"cipher_integrity_check: {row[0]}"
            for row in copy.execute("PRAGMA cipher_integrity_check").fetchall()
        ]
        lines = [row[0] for row in copy.execute("PRAGMA integrity_check").fetchall()]
        if lines != ["ok"]:
            problems += [f"integrity_check: {line}" for line in lines]
        problems += [
            f"foreign_key_check: {tuple(row)}"
            for row in copy.execute("PRAGMA foreign_key_check").fetchall()
        ]
        problems += _differences(before, _snapshot(copy), journaled=False)
    finally:
        copy.close()
    if problems:
        log.warning("a re-encrypted backup was refused: %s", "; ".join(problems[:5]))
        raise IntegrityFailure(name=name, reason="; ".join(problems[:3]))


# ----------------------------------------------------------------------------- retention


def _purged_after(conn: Connection, kind: CaseKind) -> dict[str, datetime]:
    """Reference → when it was last purged (an anonymised case stays, marked by this)."""
    rows = conn.execute(
        select(audit_log.c.entity_id, func.max(audit_log.c.at))
        .where(audit_log.c.action == PURGE_ACTION, audit_log.c.entity == str(kind))
        .group_by(audit_log.c.entity_id)
    )
    return {entity_id: at for entity_id, at in rows}


def request_closure(row: AnyRow) -> date | None:
    """When a finished request ended: its closure, else its reply, else its withdrawal."""
    if RequestStatus(row.status) in OPEN_STATUSES:
        return None
    closed_on: date | None = row.closed_on
    answered_on: date | None = row.answered_on
    updated_at: datetime = row.updated_at
    if closed_on is not None:
        return closed_on
    if answered_on is not None:
        return answered_on
    return updated_at.date()  # withdrawn: the day the status last changed


def _past_retention(
    conn: Connection,
    kind: CaseKind,
    cases: Select[*tuple[Any, ...]],
    closure: Callable[[AnyRow], date | None],
    years: int,
    today: date,
) -> list[ExpiredCase]:
    """The cases of one kind, read by ``cases``, whose retention has run out, but for
    those already anonymised: purged since the row was created (a reference used again
    by a newer case does not hide it)."""
    purged = _purged_after(conn, kind)
    found: list[ExpiredCase] = []
    for row in conn.execute(cases):
        closed = closure(row)
        if closed is None or not is_expired(closed, years, today):
            continue
        if row.reference in purged and purged[row.reference] >= row.created_at:
            continue
        found.append(ExpiredCase(kind, row.id, row.reference, closed, retention_end(closed, years)))
    return found


def expired_cases(
    conn: Connection, policy: RetentionPolicy, today: date, zone: tzinfo
) -> list[ExpiredCase]:
    """Closed cases past retention, not yet purged, oldest closure first."""
    r = rights_request
    open_values = sorted(str(s) for s in OPEN_STATUSES)
    requests = select(
        r.c.id,
        r.c.reference,
        r.c.status,
        r.c.closed_on,
        r.c.answered_on,
        r.c.updated_at,
        r.c.created_at,
    ).where(r.c.status.not_in(open_values))
    breaches = select(
        breach.c.id, breach.c.reference, breach.c.closed_at, breach.c.created_at
    ).where(breach.c.closed_at.is_not(None))
    found = [
        *_past_retention(
            conn, CaseKind.REQUEST, requests, request_closure, policy.request_years, today
        ),
        *_past_retention(
            conn,
            CaseKind.BREACH,
            breaches,
            lambda row: row.closed_at.astimezone(zone).date(),
            policy.breach_years,
            today,
        ),
    ]
    return sorted(found, key=lambda case: (case.closed_on, case.kind, case.reference))


def identity_copies_due(conn: Connection, days: int, today: date) -> list[IdentityCopyDue]:
    """Identity copies whose deletion date has come (GDPR Art. 5(1)(c), 5(1)(e)): the
    identity check is ``days`` old, or the request is closed, whichever comes first."""
    found = []
    for row in identity_copies(conn):
        checked = (
            row.identity_checked_on
            if row.identity_status in (str(IdentityStatus.VERIFIED), str(IdentityStatus.FAILED))
            else None
        )
        closed = request_closure(row)
        delete_by = identity_copy_delete_by(checked, closed, days)
        if delete_by is None or today < delete_by:
            continue
        found.append(
            IdentityCopyDue(
                row.attachment_id, row.request_id, row.reference, delete_by, checked, closed
            )
        )
    return sorted(found, key=lambda due: (due.delete_by, due.reference, due.attachment_id))


def checkpoint(register: Register) -> bool:
    """Copy the WAL into the file and empty it (TRUNCATE), so a deleted row's older page
    images do not stay in ``-wal`` (the purge's :func:`compact` does this around its
    VACUUM). True when complete; False when another connection was reading: the next
    checkpoint, or the purge's, finishes it."""
    with register.engine.connect() as conn:
        busy = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()[0]
    return not busy


# What an anonymised case keeps, besides its own row: dates and links, no personal data.
_KEPT_ON_ANONYMISE = {
    CaseKind.REQUEST: frozenset({"identity_pause", "request_activity"}),
    CaseKind.BREACH: frozenset(
        {"breach_notification", "breach_communication", "breach_event", "breach_activity"}
    ),
}

# What anonymising empties, by table: the free text that may name or describe a person.
# The case's own row also has its name (the requester, the breach's title) replaced by
# ANONYMISED, so that lists still show a case there.
_PERSONAL_TEXT: dict[str, tuple[str, ...]] = {
    "rights_request": (
        "requester_email",
        "requester_phone",
        "requester_address",
        "subject_name",
        "identity_method",
        "extension_reason",
        "notes",
    ),
    "breach": (
        "description",
        "consequences",
        "measures_taken",
        "measures_proposed",
        "risk_justification",
        "no_notification_reasons",
        "no_notification_by",
        "art34_justification",
        "dgssi_reference",
        "remedial_actions",
    ),
    "breach_notification": ("delay_reason", "notes", "recorded_by"),
    "breach_communication": ("audience", "notes", "recorded_by"),
    "breach_event": ("note", "author"),
}
_NAME_COLUMN = {CaseKind.REQUEST: "requester_name", CaseKind.BREACH: "title"}


def _case_table(kind: CaseKind) -> Table:
    return rights_request if kind is CaseKind.REQUEST else breach


@functools.cache
def _dependants(kind: CaseKind) -> tuple[tuple[Table, Column[Any]], ...]:
    """Every table whose rows belong to a case (attachments, pauses, letters...).

    Found from the schema's foreign keys, so a table added later (letter drafts) is
    erased with its case without this module having to know it.
    """
    parent = _case_table(kind)
    found: list[tuple[Table, Column[Any]]] = []
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


def delete_case(conn: Connection, case: ExpiredCase) -> dict[str, int]:
    """Erase a case and everything that belongs to it; returns counts for the journal."""
    counts = {"attachments": _attachment_count(conn, case.kind, case.case_id)}
    for table, column in _dependants(case.kind):
        conn.execute(delete(table).where(column == case.case_id))
    table = _case_table(case.kind)
    conn.execute(delete(table).where(table.c.id == case.case_id))
    return counts


def anonymise_case(conn: Connection, case: ExpiredCase, now: datetime) -> dict[str, int]:
    """Empty the personal fields; keep what statistics need (dates, rights, status,
    channel, regimes, risk, counts). Attachments and letters are deleted."""
    counts = {"attachments": _attachment_count(conn, case.kind, case.case_id)}
    kept = _KEPT_ON_ANONYMISE[case.kind]
    for table, column in _dependants(case.kind):
        if table.name not in kept:
            conn.execute(delete(table).where(column == case.case_id))
    table = _case_table(case.kind)
    emptied: dict[str, Any] = dict.fromkeys(_PERSONAL_TEXT[table.name], "")
    conn.execute(
        update(table)
        .where(table.c.id == case.case_id)
        .values(
            {
                **emptied,
                _NAME_COLUMN[case.kind]: ANONYMISED,
                "updated_at": now,
                "version": table.c.version + 1,
            }
        )
    )
    for child, column in _dependants(case.kind):
        if child.name in kept and child.name in _PERSONAL_TEXT:
            conn.execute(
                update(child)
                .where(column == case.case_id)
                .values(dict.fromkeys(_PERSONAL_TEXT[child.name], ""))
            )
    return counts


def purge_case(
    conn: Connection, case: ExpiredCase, mode: PurgeMode, now: datetime
) -> dict[str, int]:
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
