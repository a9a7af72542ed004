"""BENCH ONLY — never used by the product: a register on a plain, unencrypted SQLite file.

The encryption tax is the app's own storage workload on SQLCipher divided by the same
workload on plain SQLite. To compare like with like, the plain file goes through the
very same ``storage.database.open_register`` (migrations, triggers, pragmas, pool);
only the keying of each connection is replaced, for the life of the context, by a
connection that sets no key. Personal data must never be written this way: the bench
writes fictitious rows to a temporary folder, and the call is refused unless the
caller says explicitly that it wants a plaintext file.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

import sqlcipher3

from dpo_desk.storage import cipher, database


@contextmanager
def plain_register(path: Path, *, plaintext_for_benchmark: bool = False) -> Iterator:
    if not plaintext_for_benchmark:
        raise ValueError("a plaintext register is for the benchmark only: say so explicitly")

    def connect_without_key(path: Path, _passphrase: str) -> sqlcipher3.Connection:
        conn = sqlcipher3.connect(
            str(path),
            check_same_thread=False,
            isolation_level=None,
            timeout=database.BUSY_TIMEOUT_SECONDS,
        )
        return cipher.apply_pragmas(conn)  # the register's own pragmas, WAL included

    with mock.patch.object(database, "_connect_raw", connect_without_key):
        register = database.open_register(path, "no key: plain SQLite", create=True)
        try:
            yield register
        finally:
            register.close()
    if Path(path).read_bytes()[:16] != cipher.SQLITE_PLAIN_HEADER:
        raise RuntimeError("the benchmark's plain register is not plain SQLite")
