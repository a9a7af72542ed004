"""The register file: creation, reopening, refusals, pragmas and migrations."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import time

import pytest
from sqlalchemy import text

from dpo_desk.storage import migrate
from dpo_desk.storage.database import integrity_problems, open_register
from dpo_desk.storage.errors import (
    NewerRegister,
    NotARegister,
    RegisterExists,
    RegisterNotFound,
    WrongPassphrase,
)
from tests.conftest import TEST_PASSPHRASE


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_create_then_reopen_keeps_identity(register_path):
    reg = open_register(register_path, TEST_PASSPHRASE, create=True)
    uuid = reg.register_uuid
    assert reg.report.created
    with reg.write() as conn:
        conn.execute(text("INSERT INTO register_settings (key, value) VALUES ('k', '\"v\"')"))
    reg.close()
    assert not reg.is_open

    again = open_register(register_path, TEST_PASSPHRASE)
    try:
        assert again.register_uuid == uuid
        assert not again.report.created
        with again.read() as conn:
            assert conn.execute(text("SELECT value FROM register_settings")).scalar() == '"v"'
    finally:
        again.close()


def test_new_file_is_owner_only_and_encrypted(register, organisation):
    path = register.path
    register.close()
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    data = path.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert organisation.name.encode() not in data
    assert organisation.dpo_email.encode() not in data


def test_create_refuses_an_existing_file(register_path):
    register_path.write_bytes(b"keep me")
    with pytest.raises(RegisterExists):
        open_register(register_path, TEST_PASSPHRASE, create=True)
    assert register_path.read_bytes() == b"keep me"


def test_missing_file_is_a_typed_error(tmp_path):
    with pytest.raises(RegisterNotFound):
        open_register(tmp_path / "absent.dpodesk", TEST_PASSPHRASE)


def test_wrong_passphrase_is_fast_typed_and_changes_nothing(register):
    path = register.path
    register.close()
    before = sha256(path)
    siblings = sorted(os.listdir(path.parent))
    started = time.perf_counter()
    with pytest.raises(WrongPassphrase) as caught:
        open_register(path, "not the right passphrase")
    elapsed = time.perf_counter() - started
    assert elapsed < 1.0, f"wrong key took {elapsed:.2f}s"
    assert path.name in caught.value.message()
    assert sha256(path) == before
    assert sorted(os.listdir(path.parent)) == siblings  # no -wal/-shm left behind


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b"", "empty"),
        (os.urandom(1000), "size"),
        (b"name;email\nAmina;a@x.ma\n", "size"),
    ],
    ids=["empty", "random-bytes", "csv-text"],
)
def test_non_register_files_are_refused_untouched(tmp_path, content, why):
    path = tmp_path / "other.dpodesk"
    path.write_bytes(content)
    with pytest.raises(NotARegister) as caught:
        open_register(path, TEST_PASSPHRASE)
    assert caught.value.why == why
    assert path.read_bytes() == content


def test_plain_sqlite_is_refused(tmp_path):
    path = tmp_path / "plain.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    before = sha256(path)
    with pytest.raises(NotARegister) as caught:
        open_register(path, TEST_PASSPHRASE)
    assert caught.value.why == "plain"
    assert sha256(path) == before


def test_page_aligned_random_bytes_cannot_be_told_from_a_wrong_key(tmp_path):
    path = tmp_path / "noise.dpodesk"
    path.write_bytes(os.urandom(8192))
    with pytest.raises(WrongPassphrase):
        open_register(path, TEST_PASSPHRASE)


def test_foreign_encrypted_database_is_refused(tmp_path):
    import sqlcipher3

    path = tmp_path / "foreign.db"
    con = sqlcipher3.connect(str(path))
    con.execute(f"PRAGMA key = '{TEST_PASSPHRASE}'")
    con.execute("CREATE TABLE notes (body TEXT)")
    con.commit()
    con.close()
    with pytest.raises(NotARegister) as caught:
        open_register(path, TEST_PASSPHRASE)
    assert caught.value.why == "foreign"


def test_pragmas_in_force_on_every_connection(register):
    expected = {
        "journal_mode": "wal",
        "synchronous": "2",  # FULL
        "foreign_keys": "1",
        "secure_delete": "1",
        "temp_store": "2",  # MEMORY
        "cipher_version": None,
        "kdf_iter": "256000",
    }
    for name, value in expected.items():
        got = register.pragma(name)
        if value is None:
            assert got.startswith("4."), got  # SQLCipher 4
        else:
            assert got == value, (name, got)
    # A second pooled connection gets the same settings.
    with register.engine.connect() as a, register.engine.connect() as b:
        for conn in (a, b):
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2


def test_writes_take_the_lock_immediately(register):
    with register.write() as conn:
        assert register.writing
        # Inside BEGIN IMMEDIATE the connection already holds a RESERVED lock, so a
        # second writer cannot start.
        other = register.engine.connect()
        try:
            other.exec_driver_sql("PRAGMA busy_timeout = 0")
            with pytest.raises(Exception, match="locked"):
                other.exec_driver_sql("BEGIN IMMEDIATE")
        finally:
            other.close()
        conn.execute(text("SELECT 1"))
    assert not register.writing


def test_integrity_check_passes_on_a_sound_file(register):
    assert integrity_problems(register) == []


def test_migrations_build_exactly_the_declared_schema(register):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from dpo_desk.storage.schema import FTS_TABLE_PREFIXES, metadata

    def include_name(name, type_, parent_names):
        return not (type_ == "table" and name.startswith(FTS_TABLE_PREFIXES))

    with register.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": include_name})
        diff = compare_metadata(context, metadata)
    assert diff == []


def test_empty_schema_is_migrated_to_head(tmp_path):
    import sqlcipher3

    path = tmp_path / "empty-schema.dpodesk"
    con = sqlcipher3.connect(str(path))
    con.execute(f"PRAGMA key = '{TEST_PASSPHRASE}'")
    con.execute("PRAGMA user_version = 0")  # forces the header page to be written
    con.commit()
    con.close()
    reg = open_register(path, TEST_PASSPHRASE)
    try:
        assert migrate.current_revision(reg.engine) == migrate.head_revision()
        assert reg.report.backup_path is None  # nothing to lose, nothing to back up
    finally:
        reg.close()


def test_older_schema_is_backed_up_then_migrated(register_path, monkeypatch):
    reg = open_register(register_path, TEST_PASSPHRASE, create=True)
    with reg.write() as conn:
        conn.execute(text("INSERT INTO register_settings (key, value) VALUES ('kept', '1')"))
    reg.close()

    # Pretend the file predates the newest migration by rewinding its recorded
    # revision to the first one and adding a fake "newer" head in front of it.
    first = "0001"
    reg = open_register(register_path, TEST_PASSPHRASE)
    current_head = migrate.head_revision()
    if current_head != first:
        migrate.downgrade(reg.engine, first)
        reg.close()
        reopened = open_register(register_path, TEST_PASSPHRASE)
        try:
            assert reopened.report.migrated_from == first
            backup = reopened.report.backup_path
            assert backup is not None and backup.exists()
            assert oct(backup.stat().st_mode & 0o777) == "0o600"
            assert migrate.current_revision(reopened.engine) == current_head
            with reopened.read() as conn:
                assert conn.execute(text("SELECT value FROM register_settings")).scalar() == "1"
        finally:
            reopened.close()
        # The backup opens, at the old revision, with the same passphrase.
        old = open_register(backup, TEST_PASSPHRASE)
        try:
            assert old.report.migrated_from == first  # it migrates in turn when opened
        finally:
            old.close()
    else:  # pragma: no cover — there are several migrations
        reg.close()
        raise AssertionError("expected more than one migration")


def test_newer_schema_is_refused(register):
    with register.write() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    path = register.path
    register.close()
    with pytest.raises(NewerRegister) as caught:
        open_register(path, TEST_PASSPHRASE)
    assert "9999_future" in caught.value.message()


def test_head_revision_constant_is_the_scripts_head():
    # HEAD_REVISION spares Alembic's import at every start; a new migration must move it.
    assert migrate.HEAD_REVISION == migrate.scripts_head()


def test_an_up_to_date_register_opens_without_importing_alembic(register):
    path = register.path
    register.close()
    script = (
        "import sys\n"
        "from dpo_desk.storage.database import open_register\n"
        f"reg = open_register({str(path)!r}, {TEST_PASSPHRASE!r})\n"
        "reg.close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
