"""The one way to open a register file.

A register is a single SQLCipher 4 file. :func:`open_register` checks what the file
is, unlocks it, applies the pragmas, backs it up when its schema is older than this
app, migrates it, and hands back a :class:`Register`. Nothing else in the project
opens a database connection.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import sqlcipher3
from sqlalchemy import Connection, Engine, create_engine, event, insert, select, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.pool import QueuePool

from dpo_desk import __version__
from dpo_desk.storage import migrate
from dpo_desk.storage.cipher import (
    BUSY_WORDS,
    READONLY_WORDS,
    apply_pragmas,
    check_register_file,
    damaged_pages,
    disk_nearly_full,
    key_connection,
)
from dpo_desk.storage.errors import (
    DamagedPages,
    DiskFull,
    NewerRegister,
    NotARegister,
    ReadOnlyLocation,
    RegisterBusy,
    RegisterDamaged,
    RegisterError,
    RegisterExists,
    StorageIOError,
    from_os_error,
)
from dpo_desk.storage.schema import register_meta

log = logging.getLogger(__name__)

_Opened = TypeVar("_Opened")  # what Register.open_with_own_key's opener returns

PAGE_SIZE = 4096  # SQLCipher 4 default; every encrypted file is a whole number of pages

# How long a write waits for another process's write lock before giving up with
# RegisterBusy (SQLite's busy handler retries during that time). Long enough for any
# ordinary transaction of another window or a CLI batch, short enough that the user
# hears "occupé" rather than watching a frozen window. Read at connection time, so a
# test may lower it.
BUSY_TIMEOUT_SECONDS = 5.0

# SQLite's words for a page that does not decrypt or parse (SQLCipher reports a bad HMAC
# as SQLITE_NOTADB or SQLITE_CORRUPT).
_DAMAGE_WORDS = ("malformed", "file is not a database", "corrupt", "disk image")

# SQLITE_FULL: a write found no room. SQLite rolled the transaction back.
FULL_WORDS = ("database or disk is full",)


@dataclass(frozen=True)
class OpenReport:
    """What happened while opening: shown in the status bar and the CLI."""

    created: bool
    migrated_from: str | None
    backup_path: Path | None


class _Secret:
    """The passphrase, kept only to open this register's own copies and connections.

    Its repr hides it, so neither a log line nor a traceback's locals can print it.
    """

    __slots__ = ("value",)

    def __init__(self, value: str) -> None:
        self.value = value

    def __repr__(self) -> str:
        return "<phrase secrète>"


def classify_error(exc: BaseException, name: str, path: Path | None = None) -> RegisterError | None:
    """The typed error for a driver failure that means "busy", "read-only", "disk full"
    or "damaged", else None. ``path`` (the file written) lets a bare I/O error on a
    disk with no room left be told as "disk full"."""
    if isinstance(exc, RegisterError):
        return exc
    orig = getattr(exc, "orig", None) or exc
    if not isinstance(orig, sqlcipher3.Error):
        return None
    text_ = str(orig).lower()
    if any(word in text_ for word in BUSY_WORDS):
        return RegisterBusy(name=name)
    if any(word in text_ for word in READONLY_WORDS):
        return ReadOnlyLocation(name=name)
    if any(word in text_ for word in FULL_WORDS):
        return DiskFull(name=name)
    if "disk i/o error" in text_ and path is not None and disk_nearly_full(path):
        return DiskFull(name=name)
    if any(word in text_ for word in _DAMAGE_WORDS):
        return RegisterDamaged(name=name)
    return None


def name_damaged_pages(typed: RegisterError, path: Path, passphrase: str | None) -> RegisterError:
    """A plain :class:`RegisterDamaged` for ``path`` becomes :class:`DamagedPages`, naming
    the pages whose HMAC fails (SQLCipher's own check, on a connection of its own)."""
    if type(typed) is not RegisterDamaged or passphrase is None:
        return typed
    if typed.values.get("name") != path.name:
        return typed
    try:
        conn = key_connection(path, passphrase, BUSY_TIMEOUT_SECONDS)
    except RegisterDamaged as error:  # the schema pages themselves: named there
        return error
    except RegisterError:
        return typed
    try:
        failed, _total = damaged_pages(conn, path)
    finally:
        conn.close()
    return DamagedPages(name=path.name, pages=failed) if failed else typed


class Register:
    """An unlocked register file. Close it to forget the key and the connections."""

    def __init__(
        self,
        path: Path,
        engine: Engine,
        register_uuid: str,
        report: OpenReport,
        secret: _Secret | None = None,
        *,
        read_only: bool = False,
    ):
        self.path = path
        self._engine: Engine | None = engine
        self.register_uuid = register_uuid
        self.report = report
        self._write_lock = threading.RLock()
        self._active_writes = 0
        self._secret = secret
        # Opened for reading only (open_register(read_only=True)): every connection runs
        # with PRAGMA query_only, nothing is checkpointed at close.
        self.read_only = read_only
        # Called after each committed write and at close (services.seal keeps the
        # journal's head outside the file with it). A hook's failure never undoes a
        # commit nor stops a close.
        self._after_commit: list[Callable[[], None]] = []

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise RuntimeError("the register is closed (locked)")
        return self._engine

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A read transaction (deferred BEGIN): a consistent snapshot under WAL."""
        with self._typed_errors(), self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def _typed_errors(self) -> Iterator[None]:
        # "Busy" and "damaged" are situations the user must be told about in words,
        # not crashes: turn the driver's errors into RegisterBusy / RegisterDamaged.
        try:
            yield
        except (sa_exc.DBAPIError, sqlcipher3.Error) as exc:
            typed = classify_error(exc, self.name, self.path)
            if typed is None:
                raise
            raise self.named_damage(typed) from None

    def named_damage(self, typed: RegisterError) -> RegisterError:
        """``typed``, naming the damaged pages when it is this register's damage."""
        secret = self._secret.value if self._secret is not None else None
        return name_damaged_pages(typed, self.path, secret)

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction that takes SQLite's write lock at once (BEGIN IMMEDIATE).

        Taking the lock up front means a write never fails half-way with SQLITE_BUSY
        after reading; the process-wide lock lets the UI refuse to lock mid-write.
        """
        with self._write_lock:
            self._active_writes += 1
            try:
                engine = self.engine.execution_options(dpo_begin="IMMEDIATE")
                # BEGIN IMMEDIATE waits up to BUSY_TIMEOUT_SECONDS for another process's
                # lock, then fails before anything is written: RegisterBusy.
                with self._typed_errors(), engine.connect() as conn, conn.begin():
                    yield conn
            finally:
                self._active_writes -= 1
        # Only reached when the transaction committed.
        self._run_after_commit()

    def after_commit(self, hook: Callable[[], None]) -> None:
        """Call ``hook`` after every committed write and once more at close."""
        self._after_commit.append(hook)

    def _run_after_commit(self) -> None:
        for hook in self._after_commit:
            try:
                hook()
            except Exception as exc:  # a seal not saved is weaker evidence, not lost work
                log.warning("after-commit hook failed (%s)", type(exc).__name__)

    @property
    def writing(self) -> bool:
        """True while a write transaction is under way; locking waits for it to end."""
        return self._active_writes > 0

    def pragma(self, name: str) -> str:
        with self.engine.connect() as conn:
            return str(conn.exec_driver_sql(f"PRAGMA {name}").scalar())

    def close(self) -> None:
        """Close every connection; the engine (and the key in its creator) is dropped."""
        if self._engine is not None:
            with self._write_lock:
                if not self.read_only:
                    self._run_after_commit()
                    self._checkpoint(self._engine)
                self._engine.dispose()
                self._engine = None
                self._secret = None

    @staticmethod
    def _checkpoint(engine: Engine) -> None:
        # Committed pages move from the -wal into the file itself: a -wal deleted or
        # lost later (a copy of the file alone, a cleaner) then loses nothing. Another
        # process still reading keeps part of the WAL; that is not an error.
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        except Exception as exc:  # a damaged or busy file: closing must still happen
            log.info("checkpoint at close not done (%s)", type(exc).__name__)

    # -- maintenance hooks (storage.maintenance) -----------------------------------

    def open_copy(self, path: Path, *, backup_dir: Path | None = None) -> Register:
        """Open another file (a backup of this register) with this register's passphrase,
        through :func:`open_register`, so a copy is checked exactly as the app opens it."""
        if self._secret is None or self._engine is None:
            raise RuntimeError("the register is closed (locked)")
        return open_register(path, self._secret.value, backup_dir=backup_dir)

    def open_with_own_key(self, opener: Callable[[str], _Opened]) -> _Opened:
        """Call ``opener`` with this register's passphrase (restoring one of its backups,
        or holding the key for re-encrypting them); the passphrase stays inside the
        storage layer."""
        if self._secret is None or self._engine is None:
            raise RuntimeError("the register is closed (locked)")
        return opener(self._secret.value)

    @contextmanager
    def exclusive(self) -> Iterator[sqlcipher3.Connection]:
        """One raw connection with no other connection of this process open.

        Changing the journal mode or the key needs the file to itself: the pool is
        emptied and writes are held back (the write lock) until the block ends. Another
        process still holding the file makes the first statement fail with RegisterBusy.
        """
        if self._secret is None or self._engine is None:
            raise RuntimeError("the register is closed (locked)")
        with self._write_lock:
            self._active_writes += 1
            try:
                self._engine.dispose()
                conn = _connect_raw(self.path, self._secret.value)
                try:
                    with self._typed_errors():
                        yield conn
                finally:
                    conn.close()
            finally:
                self._active_writes -= 1

    def adopt_passphrase(self, passphrase: str) -> None:
        """After a successful rekey: new connections use the new passphrase."""
        with self._write_lock:
            if self._engine is not None:
                self._engine.dispose()
            self._engine = _make_engine(self.path, passphrase)
            self._secret = _Secret(passphrase)


def _connect_raw(path: Path, passphrase: str) -> sqlcipher3.Connection:
    """Open and key one DB-API connection, failing with a typed error on a wrong key."""
    return apply_pragmas(key_connection(path, passphrase, BUSY_TIMEOUT_SECONDS))


def _make_engine(path: Path, passphrase: str, keyed: sqlcipher3.Connection | None = None) -> Engine:
    # A connection keyed ahead (storage.cipher.KeyAhead) serves as the pool's first, so
    # its key is not derived twice; it gets its pragmas now, under the file's lock.
    pending = [keyed] if keyed is not None else []

    def creator() -> sqlcipher3.Connection:
        if pending:
            return apply_pragmas(pending.pop())
        return _connect_raw(path, passphrase)

    # The pysqlite dialect with the sqlcipher3 module: SQLAlchemy maps sqlcipher3's
    # exceptions, and the key never appears in a URL.
    engine = create_engine(
        "sqlite://",
        module=sqlcipher3,
        creator=creator,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # The driver runs in autocommit (isolation_level=None) so that we, not
        # pysqlite's heuristics, decide where transactions start and how.
        mode = conn.get_execution_options().get("dpo_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def open_register(
    path: str | os.PathLike[str],
    passphrase: str,
    *,
    create: bool = False,
    backup_dir: Path | None = None,
    keyed: sqlcipher3.Connection | None = None,
    read_only: bool = False,
) -> Register:
    """Open (or with ``create=True``, create) an encrypted register file.

    ``read_only=True``: every connection runs with ``PRAGMA query_only`` (what reads and
    verifies a register: writing nothing keeps a printed journal head comparable). A
    file whose schema is older is still migrated first: the app cannot read it otherwise.

    ``keyed`` is a connection to this file already keyed with ``passphrase``
    (:meth:`~dpo_desk.storage.cipher.KeyAhead.take`); it saves deriving the key again.

    Raises a :class:`~dpo_desk.storage.errors.RegisterError` subclass for every
    expected failure: a missing or existing file, a wrong passphrase, a file that is
    not a register, a register from a newer app, a disk error.
    """
    path = Path(path).expanduser().absolute()
    if create:
        try:
            if path.exists():
                raise RegisterExists(name=path.name)
        except OSError as exc:  # ENAMETOOLONG: exists() does not swallow it
            raise from_os_error(path.name, exc) from None
        if not path.parent.is_dir():
            raise StorageIOError(name=path.name, reason="dossier introuvable")
    else:
        try:
            check_register_file(path)
        except RegisterError:
            if keyed is not None:
                keyed.close()
            raise

    if create:
        # Owner-only from the first byte: the file holds personal data, even encrypted.
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            os.close(fd)
        except OSError as exc:
            raise from_os_error(path.name, exc) from None  # read-only folder, full disk…

    engine = _make_engine(path, passphrase, keyed)
    try:
        try:
            with engine.connect() as conn:
                tables = set(
                    conn.exec_driver_sql(
                        "SELECT name FROM sqlite_master WHERE type = 'table'"
                    ).scalars()
                )
        except Exception as exc:  # the creator's typed errors arrive wrapped or bare
            raise _unwrap(exc) from None

        is_new = not tables
        if tables and "register_meta" not in tables:
            raise NotARegister(name=path.name, why="foreign")

        current = migrate.current_revision(engine)
        head = migrate.head_revision()
        if current is not None and not migrate.is_known(current):
            raise NewerRegister(name=path.name, revision=current)

        backup = None
        if not is_new and current != head:
            backup = _backup_before_migration(path, engine, current, backup_dir)
            log.info(
                "register schema %s is older than %s; backed up before migrating", current, head
            )
        if current != head:
            migrate.upgrade(engine)

        with engine.connect() as conn, conn.begin():
            row = conn.execute(select(register_meta.c.register_uuid)).first()
            if row is None:
                register_uuid = str(uuid.uuid4())
                conn.execute(
                    insert(register_meta).values(
                        id=1,
                        register_uuid=register_uuid,
                        created_at=datetime.now(UTC),
                        created_by_version=__version__,
                    )
                )
            else:
                register_uuid = row.register_uuid
    except BaseException as exc:
        engine.dispose()
        if create:
            _remove_new_file(path)
        typed = classify_error(exc, path.name, path) if isinstance(exc, Exception) else None
        if typed is not None and not create:
            typed = name_damaged_pages(typed, path, passphrase)
        if typed is not None and typed is not exc:
            raise typed from None
        raise

    report = OpenReport(
        created=is_new,
        migrated_from=None if is_new else (current if current != head else None),
        backup_path=backup,
    )
    if read_only:
        _make_query_only(engine)
    return Register(path, engine, register_uuid, report, _Secret(passphrase), read_only=read_only)


def _make_query_only(engine: Engine) -> None:
    # At every checkout, pooled connections included: the one that opened the file was
    # made before the migration check, which may have had to write.
    @event.listens_for(engine, "checkout")
    def _query_only(dbapi_conn: sqlcipher3.Connection, _record: object, _proxy: object) -> None:
        dbapi_conn.execute("PRAGMA query_only = ON")


def _unwrap(exc: BaseException) -> BaseException:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, RegisterError):
            return seen
        seen = seen.__cause__ or seen.__context__ or getattr(seen, "orig", None)
    return exc


def _remove_new_file(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        try:
            Path(str(path) + suffix).unlink()
        except FileNotFoundError:
            pass


def _backup_before_migration(
    path: Path, engine: Engine, revision: str | None, backup_dir: Path | None
) -> Path:
    """Copy the (still encrypted) file aside before its schema changes.

    The WAL is checkpointed first so the main file holds every committed page; the
    copy is written under a temporary name and renamed, so a full disk leaves no
    half backup that looks whole.
    """
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target_dir = backup_dir or path.parent
    target = target_dir / f"{path.stem}.avant-migration-{revision or 'vide'}-{stamp}{path.suffix}"
    try:
        fd, tmp = tempfile.mkstemp(dir=target_dir, prefix=".dpo-backup-")
        os.close(fd)
        shutil.copyfile(path, tmp)
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except (OSError, UnboundLocalError):
            pass
        raise StorageIOError(name=path.name, reason=exc.strerror or str(exc)) from None
    return target


def schema_version(register: Register) -> str | None:
    return migrate.current_revision(register.engine)


def integrity_problems(register: Register) -> list[str]:
    """Run SQLite's and SQLCipher's own checks; an empty list means the file is sound."""
    problems: list[str] = []
    with register.engine.connect() as conn:
        # cipher_integrity_check first: it verifies every page's HMAC (free pages too)
        # and reports, rather than raises, so a damaged page is named even when the
        # b-tree checks below cannot run. It prints nothing when sound.
        cipher = [r[0] for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()]
        problems.extend(f"cipher_integrity_check: {line}" for line in cipher)
        for pragma in ("integrity_check", "foreign_key_check"):
            try:
                rows = conn.exec_driver_sql(f"PRAGMA {pragma}").fetchall()
            except sa_exc.DBAPIError as exc:  # a page that does not decrypt stops the walk
                problems.append(f"{pragma}: {exc.orig}")
                continue
            if pragma == "integrity_check":
                lines = [r[0] for r in rows]
                if lines != ["ok"]:
                    problems.extend(f"integrity_check: {line}" for line in lines)
            else:
                problems.extend(f"foreign_key_check: {tuple(row)}" for row in rows)
    return problems


def count_rows(register: Register, tables: dict[str, str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    with register.read() as conn:
        present = set(
            conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'").scalars()
        )
        for label, table in tables.items():
            if table in present:
                counts[label] = conn.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one()  # noqa: S608 — table names come from a constant
    return counts
