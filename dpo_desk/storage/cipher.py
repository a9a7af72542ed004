"""Keying a register's SQLCipher connection, without SQLAlchemy.

Most of an unlock's wait is SQLCipher's key derivation (PBKDF2-HMAC-SHA512, 256,000
iterations in SQLCipher 4). It runs in C with the GIL released, so it can overlap
Python work. :class:`KeyAhead` starts it in a thread as soon as the file to open and
its passphrase are known (a remembered passphrase at start-up), while the app goes on
importing PySide6, SQLAlchemy and its own modules; :func:`~dpo_desk.storage.database.open_register`
then takes the keyed connection instead of deriving the key a second time.

This module imports no SQLAlchemy on purpose: it is what runs before it is loaded.
"""

from __future__ import annotations

import hmac
import os
import re
import shutil
import stat
import threading
from collections.abc import Callable
from pathlib import Path

import sqlcipher3

from dpo_desk.storage.errors import (
    DamagedPages,
    DiskFull,
    NotARegister,
    ReadOnlyLocation,
    RegisterBusy,
    RegisterDamaged,
    RegisterError,
    RegisterNotFound,
    StorageIOError,
    WrongPassphrase,
    from_os_error,
)

SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"

# Applied on every connection, after the key is verified. Why each one:
#   journal_mode=WAL   readers do not block the writer (the UI reads while an export runs)
#   synchronous=FULL   a power cut loses no committed request or breach
#   foreign_keys=ON    SQLite leaves them off by default
#   secure_delete=ON   deleted personal data is overwritten, not left in free pages
#   temp_store=MEMORY  sorts and temp tables never spill to plaintext files in /tmp
CONNECTION_PRAGMAS = (
    ("journal_mode", "WAL"),
    ("synchronous", "FULL"),
    ("foreign_keys", "ON"),
    ("secure_delete", "ON"),
    ("temp_store", "MEMORY"),
)

# PRAGMA cipher_memory_security on every connection (key_connection). A switch only for
# bench/memory_security_probe.py, which measures what it costs.
MEMORY_SECURITY = True

# SQLite's words for "another connection holds the lock".
BUSY_WORDS = ("database is locked", "database is busy", "database table is locked")

# SQLITE_READONLY: the file, its folder (no room for the -wal and -shm) or the medium
# refuses writes.
READONLY_WORDS = ("readonly database", "read-only database")

# SQLITE_FULL: a write found no room. SQLite rolled the transaction back.
FULL_WORDS = ("database or disk is full",)

# SQLite's words for a page that does not decrypt or parse (SQLCipher reports a bad HMAC
# as SQLITE_NOTADB or SQLITE_CORRUPT).
DAMAGE_WORDS = ("malformed", "file is not a database", "corrupt", "disk image")

# Less free room than this in the folder, and an I/O error is the disk being full.
NEARLY_FULL_BYTES = 1 << 20

# Largest file whose pages are all checked to tell a damaged page 1 from a wrong key.
DAMAGE_CHECK_MAX_BYTES = 256 << 20

HMAC_PAGE = re.compile(r"HMAC verification failed for page (\d+)")


def check_register_file(path: Path) -> None:
    """Refuse, before any passphrase is asked or SQLCipher called, what is clearly not a register."""
    try:
        # os.stat, not open: opening a FIFO blocks until a writer comes (forever, for
        # `--db` given a named pipe by mistake), and a device is no register either.
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        raise RegisterNotFound(name=path.name) from None
    except OSError as exc:
        raise from_os_error(path.name, exc, writing=False) from None
    if stat.S_ISDIR(mode):
        raise NotARegister(name=path.name, why="directory")
    if stat.S_ISFIFO(mode):
        raise NotARegister(name=path.name, why="fifo")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        raise NotARegister(name=path.name, why="device")
    if not stat.S_ISREG(mode):
        raise NotARegister(name=path.name, why="special")  # a socket
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise from_os_error(path.name, exc, writing=False) from None
    if size == 0:
        # SQLCipher would happily treat an empty file as a new database.
        raise NotARegister(name=path.name, why="empty")
    if head == SQLITE_PLAIN_HEADER:
        raise NotARegister(name=path.name, why="plain")
    if size % 512:
        # SQLCipher pages are 512..65536 bytes, powers of two: any real file is a multiple of 512.
        raise NotARegister(name=path.name, why="size")


def key_connection(path: Path, passphrase: str, timeout: float) -> sqlcipher3.Connection:
    """Open one DB-API connection and verify the key: the KDF, and a read of page 1.

    Nothing is written and no pragma changes the file, so this may run before the
    file's lock (``<file>.lock``) is taken; :func:`apply_pragmas` comes after.
    """
    conn = sqlcipher3.connect(
        str(path), check_same_thread=False, isolation_level=None, timeout=timeout
    )
    try:
        # SQLCipher logs HMAC failures to stderr; a wrong passphrase is not a crash.
        conn.execute("PRAGMA cipher_log_level = NONE")
        # Wipe (and lock out of swap) the memory SQLCipher frees: keys and decrypted
        # pages do not linger in the heap for a core or a swap file to keep (issue 21,
        # item 6). Process-wide and, once on, never off again (SQLCipher 4.5). Every
        # SQLite allocation then costs an mlock() and its free an munlock(), which grow
        # slow once a session has fragmented the heap: a query that allocates per row
        # (a bare parameter compared with a date column, see storage.requests.due_summary)
        # becomes 50 times slower. `make bench` measures it ("Memory security").
        conn.execute(f"PRAGMA cipher_memory_security = {'ON' if MEMORY_SECURITY else 'OFF'}")
        # PRAGMA does not take bound parameters; quote the passphrase as an SQL literal.
        conn.execute("PRAGMA key = " + sql_literal(passphrase))
        # The first read decrypts page 1: this is where a wrong key shows, before
        # anything is written to the file.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        try:
            raise opening_error(conn, path, exc) from None
        finally:
            conn.close()
    return conn


def opening_error(conn: sqlcipher3.Connection, path: Path, exc: sqlcipher3.Error) -> RegisterError:
    """The typed error for the first read of a keyed file that failed."""
    text_ = str(exc).lower()
    if any(word in text_ for word in BUSY_WORDS):
        return RegisterBusy(name=path.name)
    if any(word in text_ for word in READONLY_WORDS):
        return ReadOnlyLocation(name=path.name)
    if any(word in text_ for word in FULL_WORDS) or (
        "disk i/o error" in text_ and disk_nearly_full(path)
    ):
        return DiskFull(name=path.name)
    if "not a database" in text_ or "encrypted" in text_ or any(w in text_ for w in DAMAGE_WORDS):
        # A page 1 that fails its HMAC reads exactly like a wrong key ("file is not a
        # database"). SQLCipher's own check tells them apart: under a wrong key every
        # page fails, under the right one only the damaged pages do.
        failed, total = damaged_pages(conn, path) if _checkable(path) else ([], 0)
        if failed and len(failed) < total:
            return DamagedPages(name=path.name, pages=failed)
        if "not a database" in text_ or "encrypted" in text_:
            return WrongPassphrase(name=path.name)
        return (
            DamagedPages(name=path.name, pages=failed)
            if failed
            else RegisterDamaged(name=path.name)
        )
    return StorageIOError(name=path.name, reason=str(exc))


def damaged_pages(conn: sqlcipher3.Connection, path: Path) -> tuple[list[int], int]:
    """(pages whose HMAC fails, pages in the file) by ``PRAGMA cipher_integrity_check``.

    It reads every page of the file: run only once something has already failed.
    ``([], 0)`` when the check itself cannot run."""
    try:
        rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        # Not PRAGMA page_count: it reads page 1, which may be the damaged one.
        page_size = int(conn.execute("PRAGMA cipher_page_size").fetchone()[0])
        total = path.stat().st_size // page_size
    except (sqlcipher3.Error, OSError, ValueError, TypeError, ZeroDivisionError):
        return [], 0
    pages = []
    for (line,) in rows:
        match = HMAC_PAGE.search(str(line))
        if match:
            pages.append(int(match.group(1)))
    return pages, total


def _checkable(path: Path) -> bool:
    # The check reads and authenticates the whole file (about 4 ms a megabyte, the key
    # being derived already): every wrong passphrase pays it. Past this size a page 1
    # that fails stays reported as a wrong passphrase, as SQLCipher alone would.
    try:
        return path.stat().st_size <= DAMAGE_CHECK_MAX_BYTES
    except OSError:
        return False


def disk_nearly_full(path: Path) -> bool:
    """SQLite reports some writes that found no room (growing the WAL index, a page of
    the WAL) as a bare "disk I/O error": judge by the room left in the file's folder."""
    try:
        return shutil.disk_usage(path.parent).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def apply_pragmas(conn: sqlcipher3.Connection) -> sqlcipher3.Connection:
    for name, value in CONNECTION_PRAGMAS:
        conn.execute(f"PRAGMA {name} = {value}")
    return conn


def sql_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


class KeyAhead:
    """The key of one register file, derived in a background thread ahead of its opening.

    ``passphrase`` is called in the thread (a keyring lookup may take a D-Bus round
    trip); when it gives nothing, nothing is derived. :meth:`take` hands the keyed
    connection to the one opening that file with that passphrase; any other opening
    ignores it. Whatever is not taken is closed by :meth:`discard`.
    """

    # Same default as the register's connections (storage.database.BUSY_TIMEOUT_SECONDS).
    TIMEOUT_SECONDS = 5.0

    def __init__(self, path: Path, passphrase: Callable[[], str | None]) -> None:
        self.path = Path(path).expanduser().absolute()
        self._source = passphrase
        self._passphrase: str | None = None
        self._conn: sqlcipher3.Connection | None = None
        self._error: RegisterError | None = None
        self._taken = False
        self._thread = threading.Thread(target=self._run, name="dpo-desk-key-ahead", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            passphrase = self._source()
            if not passphrase:
                return
            self._passphrase = passphrase
            check_register_file(self.path)
            self._conn = key_connection(self.path, passphrase, self.TIMEOUT_SECONDS)
        except RegisterError as error:
            self._error = error
        except Exception:  # noqa: BLE001 — the ordinary opening will meet it and report it
            self._error = None

    def passphrase(self) -> str | None:
        """The passphrase the thread was given (waits for it to finish)."""
        self._thread.join()
        return self._passphrase

    def take(self, path: Path, passphrase: str) -> sqlcipher3.Connection | None:
        """The keyed connection for ``path`` opened with ``passphrase``, once; None when
        it was derived for another file or key, already taken, or failed unexpectedly.
        A wrong passphrase or a busy file raises here, as the ordinary opening would."""
        self._thread.join()
        same_key = self._passphrase is not None and hmac.compare_digest(
            self._passphrase.encode("utf-8"), passphrase.encode("utf-8")
        )
        if self._taken or Path(path).absolute() != self.path or not same_key:
            return None
        self._taken = True
        self._passphrase = None
        if self._error is not None:
            raise self._error
        conn, self._conn = self._conn, None
        return conn

    def discard(self) -> None:
        """Close what was not taken and forget the passphrase."""
        self._thread.join()
        self._taken = True
        self._passphrase = None
        if self._conn is not None:
            self._conn.close()
            self._conn = None
