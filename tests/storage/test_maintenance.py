"""Backups, restore, rekey and compaction at the storage level, on real encrypted files."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from dpo_desk.storage import database, maintenance
from dpo_desk.storage.database import open_register
from dpo_desk.storage.errors import (
    DiskFull,
    IntegrityFailure,
    RegisterBusy,
    RegisterExists,
    RekeyDiskFull,
    RekeyNotDone,
    WrongPassphrase,
)
from tests.conftest import TEST_PASSPHRASE
from tests.reliability.processes import Lines, start_writer

OTHER_PASSPHRASE = "une toute autre phrase secrète"


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _settings(register) -> dict:
    with register.read() as conn:
        return dict(conn.execute(text("SELECT key, value FROM register_settings")).all())


def _put(register, key: str, value: str = '"v"') -> None:
    with register.write() as conn:
        conn.execute(
            text("INSERT INTO register_settings (key, value) VALUES (:k, :v)"),
            {"k": key, "v": value},
        )


def test_backup_is_an_encrypted_verified_owner_only_copy(register, tmp_path):
    _put(register, "marker")
    target = tmp_path / "copie.dpodesk"
    report = maintenance.export_copy(register, target)
    assert report.path == target and report.size == target.stat().st_size > 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not target.read_bytes().startswith(b"SQLite format 3")
    # no temporary name, WAL or journal left beside it
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("copie")) == [
        "copie.dpodesk"
    ]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".dpo-sauvegarde-")]
    copy = open_register(target, TEST_PASSPHRASE)  # same passphrase, same identity
    try:
        assert copy.register_uuid == register.register_uuid
        assert _settings(copy)["marker"] == '"v"'
        assert maintenance.verify_problems(copy) == []
    finally:
        copy.close()


def test_backup_never_overwrites(register, tmp_path):
    target = tmp_path / "existant.dpodesk"
    target.write_bytes(b"keep me")
    with pytest.raises(RegisterExists):
        maintenance.export_copy(register, target)
    assert target.read_bytes() == b"keep me"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".dpo-sauvegarde-")]


def test_backup_under_another_passphrase_opens_only_with_it(register, tmp_path):
    target = tmp_path / "remise.dpodesk"
    maintenance.export_copy(register, target, key=OTHER_PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        open_register(target, TEST_PASSPHRASE)
    copy = open_register(target, OTHER_PASSPHRASE)
    copy.close()


def test_plaintext_copy_needs_an_explicit_opt_in(register, tmp_path):
    with pytest.raises(ValueError):
        maintenance.export_copy(register, tmp_path / "clair.db", key="")
    assert not (tmp_path / "clair.db").exists()
    maintenance.export_copy(register, tmp_path / "clair.db", key="", allow_plaintext=True)
    assert (tmp_path / "clair.db").read_bytes().startswith(b"SQLite format 3")


def test_backup_while_another_process_writes_is_one_consistent_state(register, tmp_path):
    """A writer commits requests (row + journal entry per transaction) as fast as it can;
    every copy taken meanwhile passes both checks and holds whole transactions only."""
    path = register.path
    writer = start_writer("commit", path)
    lines = Lines(writer)
    try:
        assert lines.next() == "ready"
        lines.next()  # it is committing
        for n in range(3):
            target = tmp_path / f"pendant-{n}.dpodesk"
            maintenance.export_copy(register, target)  # verified inside, or it raises
            copy = open_register(target, TEST_PASSPHRASE)
            try:
                with copy.read() as conn:
                    rows = conn.execute(text("SELECT count(*) FROM rights_request")).scalar()
                    journaled = conn.execute(
                        text(
                            "SELECT count(*) FROM audit_log "
                            "WHERE entity = 'request' AND action = 'create'"
                        )
                    ).scalar()
                assert rows == journaled  # never a row without its journal entry
            finally:
                copy.close()
            lines.next()  # the writer is still going between copies
    finally:
        writer.kill()
        writer.wait()
    assert database.integrity_problems(register) == []


def test_daily_backup_once_a_day_and_keeps_the_newest(register):
    folder = maintenance.daily_folder(register.path)
    assert folder == register.path.parent / "registre-sauvegardes"
    for day in range(1, 6):
        report = maintenance.daily_backup(register, date(2026, 3, day), keep=3)
        assert report is not None
        assert maintenance.daily_backup(register, date(2026, 3, day), keep=3) is None
    kept = maintenance.daily_backups(register.path)
    assert [d for d, _ in kept] == [date(2026, 3, 3), date(2026, 3, 4), date(2026, 3, 5)]
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert maintenance.daily_backup(register, date(2026, 3, 6), keep=0) is None


def test_restore_makes_a_new_file_and_leaves_the_backup_untouched(register, tmp_path):
    _put(register, "before-backup")
    backup = tmp_path / "sauvegarde.dpodesk"
    maintenance.export_copy(register, backup)
    before = sha256(backup)
    target = tmp_path / "restaure.dpodesk"
    restored = maintenance.restore_copy(backup, target, TEST_PASSPHRASE)
    try:
        assert restored.path == target
        assert "before-backup" in _settings(restored)
        assert maintenance.verify_problems(restored) == []
    finally:
        restored.close()
    assert sha256(backup) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".dpo-restauration-")]
    with pytest.raises(RegisterExists):  # never over an existing file
        maintenance.restore_copy(backup, target, TEST_PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        maintenance.restore_copy(backup, tmp_path / "autre.dpodesk", "pas la bonne phrase")
    assert not (tmp_path / "autre.dpodesk").exists()


def test_restore_refuses_a_damaged_backup(register, tmp_path):
    for n in range(40):
        _put(register, f"k{n}", '"' + "x" * 2000 + '"')
    backup = tmp_path / "abimee.dpodesk"
    maintenance.export_copy(register, backup)
    data = bytearray(backup.read_bytes())
    data[len(data) - 3000] ^= 0x55  # inside the last page
    backup.write_bytes(bytes(data))
    target = tmp_path / "depuis-abimee.dpodesk"
    with pytest.raises(IntegrityFailure):
        maintenance.restore_copy(backup, target, TEST_PASSPHRASE)
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".dpo-restauration-")]


def _leftovers(folder) -> list[str]:
    """What is in the register's folder besides the register (with the WAL and WAL index
    of its open connections) and its backups folder."""
    own = {"registre.dpodesk", "registre.dpodesk-wal", "registre.dpodesk-shm"}
    return sorted(
        p.name
        for p in folder.iterdir()
        if p.name not in own and not p.name.endswith(maintenance.DAILY_FOLDER_SUFFIX)
    )


def _journal(register) -> list[tuple]:
    with register.read() as conn:
        return [
            tuple(r)
            for r in conn.execute(text("SELECT action, prev_hash, hash FROM audit_log ORDER BY id"))
        ]


def _state(path, passphrase) -> tuple[dict, list[tuple]]:
    """Every table's row count and the whole journal, after both integrity checks."""
    opened = open_register(path, passphrase)
    try:
        assert maintenance.verify_problems(opened) == []
        with opened.read() as conn:
            tables = conn.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'table'")
            ).scalars()
            counts = {}
            for table in tables:
                sql = f'SELECT count(*) FROM "{table}"'  # noqa: S608 — names from sqlite_master
                counts[table] = conn.execute(text(sql)).scalar_one()
        return counts, _journal(opened)
    finally:
        opened.close()


def _record_rekey(conn) -> None:
    from datetime import UTC, datetime

    from dpo_desk.storage import audit

    audit.append(
        conn,
        at=datetime(2026, 3, 10, 9, 30, tzinfo=UTC),
        actor="test",
        action="rekey",
        entity="register",
        entity_id="x",
    )


def test_rekey_switches_keys_and_comes_back_to_wal(register):
    _put(register, "kept")
    path = register.path
    seconds = maintenance.rekey(register, OTHER_PASSPHRASE)
    assert seconds > 0
    assert register.pragma("journal_mode") == "wal"
    assert _leftovers(path.parent) == []  # no temporary file, no stale -wal or -journal
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    _put(register, "after")  # the open register now uses the new key
    register.close()
    with pytest.raises(WrongPassphrase):
        open_register(path, TEST_PASSPHRASE)
    again = open_register(path, OTHER_PASSPHRASE)
    try:
        assert {"kept", "after"} <= set(_settings(again))
        assert maintenance.verify_problems(again) == []
    finally:
        again.close()


def test_rekey_writes_a_new_file_with_the_same_content_header_and_journal(register):
    """The register is replaced by a new file (a new inode: the old one is never
    rewritten in place) with the same tables, rows, header values and identity, and
    the journal entry given, chained to the old head."""
    path = register.path
    _put(register, "kept")
    with register.engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA user_version = 7")
        conn.exec_driver_sql("PRAGMA application_id = 1234")
    counts, journal = _state(path, TEST_PASSPHRASE)
    inode = path.stat().st_ino
    maintenance.rekey(register, OTHER_PASSPHRASE, journal=_record_rekey)
    assert path.stat().st_ino != inode
    assert register.pragma("user_version") == "7"
    assert register.pragma("application_id") == "1234"
    uuid = register.register_uuid
    register.close()
    after_counts, after_journal = _state(path, OTHER_PASSPHRASE)
    assert after_counts == counts | {"audit_log": counts["audit_log"] + 1}
    assert after_journal[:-1] == journal
    assert after_journal[-1][0] == "rekey" and after_journal[-1][1] == journal[-1][2]
    again = open_register(path, OTHER_PASSPHRASE)
    assert again.register_uuid == uuid
    again.close()


# Where a disk can run out of room, or refuse, along the rekey. "synced" and "replacing"
# stand for the fsync and the rename, which are also failed directly below.
FAILING_STEPS = (
    "locked",
    "temp-created",
    "exporting",
    "export-written",
    "exported",
    "copy-opened",
    "journaled",
    "verified",
    "synced",
    "replacing",
)


def _fail_at(monkeypatch, step: str, error: OSError) -> None:
    def hook(name: str) -> None:
        if name == step:
            raise error

    monkeypatch.setattr(maintenance, "step_hook", hook)


def _assert_unchanged(register, before) -> None:
    """The old passphrase opens everything as it was; nothing was left beside it; and
    the open register goes on working."""
    path = register.path
    assert _leftovers(path.parent) == []
    _put(register, "still-writable")
    register.close()
    counts, journal = _state(path, TEST_PASSPHRASE)
    assert counts == before[0] | {"register_settings": before[0]["register_settings"] + 1}
    assert journal == before[1]
    again = open_register(path, TEST_PASSPHRASE)
    try:
        assert again.pragma("journal_mode") == "wal"
    finally:
        again.close()


@pytest.mark.parametrize("step", FAILING_STEPS)
def test_a_full_disk_at_any_step_changes_nothing(register, monkeypatch, step):
    _put(register, "kept")
    before = _state(register.path, TEST_PASSPHRASE)
    _fail_at(monkeypatch, step, OSError(errno.ENOSPC, "No space left on device"))
    with pytest.raises(RekeyDiskFull) as caught:
        maintenance.rekey(register, OTHER_PASSPHRASE, journal=_record_rekey)
    message = caught.value.message()
    assert message.startswith("Espace disque insuffisant")
    assert "ancienne phrase secrète ouvre toujours le registre" in message
    assert caught.value.exit_code == 5
    monkeypatch.setattr(maintenance, "step_hook", None)
    _assert_unchanged(register, before)


def test_a_full_disk_during_the_fsync_changes_nothing(register, monkeypatch):
    before = _state(register.path, TEST_PASSPHRASE)
    fsync = maintenance._fsync_file

    def full(path):
        if path.name.startswith(maintenance.REKEY_PREFIX):
            raise OSError(errno.ENOSPC, "No space left on device")
        fsync(path)

    monkeypatch.setattr(maintenance, "_fsync_file", full)
    with pytest.raises(RekeyDiskFull):
        maintenance.rekey(register, OTHER_PASSPHRASE)
    _assert_unchanged(register, before)


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), RekeyDiskFull),
        (PermissionError(errno.EACCES, "Permission denied"), RekeyNotDone),
        (OSError(errno.EIO, "Input/output error"), RekeyNotDone),
    ],
    ids=["full", "refused", "io-error"],
)
def test_a_failed_rename_changes_nothing(register, monkeypatch, error, expected):
    before = _state(register.path, TEST_PASSPHRASE)

    def failing_replace(src, dst):
        raise error

    monkeypatch.setattr(maintenance.os, "replace", failing_replace)
    with pytest.raises(expected) as caught:
        maintenance.rekey(register, OTHER_PASSPHRASE)
    assert "l'ancienne phrase secrète ouvre toujours le registre" in caught.value.message()
    if isinstance(error, PermissionError):
        assert "n'accepte pas de nouveau fichier" in caught.value.message()
    monkeypatch.undo()
    _assert_unchanged(register, before)


def test_a_read_only_folder_is_refused_before_anything_is_touched(register, monkeypatch):
    # As root, a 0555 folder is still writable; tests/reliability/test_rekey.py runs the
    # real case in a child that gave up root. Here: what the app does when told so.
    before = _state(register.path, TEST_PASSPHRASE)
    monkeypatch.setattr(maintenance.os, "access", lambda path, mode: False)
    with pytest.raises(RekeyNotDone) as caught:
        maintenance.rekey(register, OTHER_PASSPHRASE)
    assert "n'accepte pas de nouveau fichier" in caught.value.message()
    monkeypatch.undo()
    _assert_unchanged(register, before)


def test_a_copy_that_differs_is_never_renamed(register, monkeypatch):
    """The copy is compared with the register: a journal callback that writes anything
    more than one entry makes the counts differ, and the register is left alone."""
    before = _state(register.path, TEST_PASSPHRASE)

    def too_much(conn):
        _record_rekey(conn)
        conn.execute(text("INSERT INTO register_settings (key, value) VALUES ('sneaked', '1')"))

    with pytest.raises(RekeyNotDone) as caught:
        maintenance.rekey(register, OTHER_PASSPHRASE, journal=too_much)
    assert "n'a pas passé la vérification" in caught.value.message()
    _assert_unchanged(register, before)


def test_an_interrupted_rekey_leaves_an_encrypted_temp_that_is_swept(register):
    """What a killed rekey leaves (tests/reliability/test_rekey.py kills one) is an
    encrypted file under a recognisable name; the next rekey or unlock removes it, and
    never another register's."""
    path = register.path
    tag = maintenance._rekey_tag(path)
    orphan = path.parent / f"{maintenance.REKEY_PREFIX}{tag}-{'ab' * 8}.tmp"
    orphan.write_bytes(os.urandom(4096))
    Path(str(orphan) + "-journal").write_bytes(b"x")
    other = path.parent / f"{maintenance.REKEY_PREFIX}{'0' * 12}-{'cd' * 8}.tmp"
    other.write_bytes(b"another register's")
    assert sorted(maintenance.sweep_rekey_leftovers(register)) == [
        orphan.name,
        orphan.name + "-journal",
    ]
    assert other.exists() and not orphan.exists()
    orphan.write_bytes(os.urandom(4096))
    maintenance.rekey(register, OTHER_PASSPHRASE)
    assert _leftovers(path.parent) == [other.name]


def test_rekey_is_refused_while_another_process_has_the_file_open(register):
    before = _state(register.path, TEST_PASSPHRASE)
    holder = start_writer("hold", register.path)
    lines = Lines(holder)
    try:
        assert lines.next() == "locked"
        with pytest.raises(RegisterBusy):
            maintenance.rekey(register, OTHER_PASSPHRASE)
    finally:
        holder.stdin.write(b"\n")
        holder.wait()
    assert _leftovers(register.path.parent) == []
    register.close()
    counts, journal = _state(register.path, TEST_PASSPHRASE)
    assert journal == before[1]


def test_a_write_on_a_full_disk_is_said_as_such(register):
    import sqlcipher3

    with pytest.raises(DiskFull) as caught, register.write():
        raise sqlcipher3.OperationalError("database or disk is full")  # SQLITE_FULL
    assert caught.value.message().startswith("Espace disque insuffisant pour écrire registre")
    assert caught.value.exit_code == 5


def test_a_backup_on_a_full_disk_names_the_copy(register, tmp_path, monkeypatch):
    def full(path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(maintenance, "_fsync_file", full)
    with pytest.raises(DiskFull) as caught:
        maintenance.export_copy(register, tmp_path / "copie.dpodesk")
    assert caught.value.values["name"] == "copie.dpodesk"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".dpo-sauvegarde-")]


def test_busy_write_is_a_typed_error(register, monkeypatch):
    monkeypatch.setattr(database, "BUSY_TIMEOUT_SECONDS", 0.2)
    register.engine.dispose()  # new connections take the short timeout
    holder = start_writer("hold", register.path)
    lines = Lines(holder)
    try:
        assert lines.next() == "locked"
        with pytest.raises(RegisterBusy) as caught:
            _put(register, "blocked")
        assert "occupé" in caught.value.message()
        holder.stdin.write(b"\n")
        assert lines.next() == "released"
    finally:
        holder.kill()
        holder.wait()
    _put(register, "afterwards")
    assert {"afterwards", "written_by_other_process"} <= set(_settings(register))
    assert "blocked" not in _settings(register)


def test_compact_leaves_no_wal_behind(register):
    for n in range(20):
        _put(register, f"k{n}", '"' + "y" * 3000 + '"')
    with register.write() as conn:
        conn.execute(text("DELETE FROM register_settings WHERE key LIKE 'k%'"))
    report = maintenance.compact(register)
    assert report.checkpoint_complete
    wal = register.path.with_name(register.path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert database.integrity_problems(register) == []


def test_search_index_keeps_deleted_words_until_merged(register, tmp_path):
    """Why the purge merges the full-text index: a plain DELETE leaves the words in an
    older segment, visible to anyone who can read the file (here, a plaintext copy)."""
    word = "qzorblaxtineword"
    with register.write() as conn:
        conn.execute(
            text(
                "INSERT INTO rights_request (reference, rights, channel, requester_name, "
                "received_on, status, due_on, due_rule, due_basis, due_regime, created_at, "
                "updated_at) VALUES ('DSR-2026-0001', ',access,', 'email', :name, "
                "'2026-03-01', 'closed', '2026-04-01', 'r', 'law', 'gdpr', "
                "'2026-03-01 00:00:00', '2026-03-01 00:00:00')"
            ),
            {"name": f"Nom {word}"},
        )
    with register.write() as conn:
        conn.execute(text("DELETE FROM rights_request"))
    maintenance.export_copy(register, tmp_path / "avant.db", key="", allow_plaintext=True)
    assert word.encode() in (tmp_path / "avant.db").read_bytes()
    with register.write() as conn:
        maintenance.forget_search_terms(conn)
    maintenance.export_copy(register, tmp_path / "apres.db", key="", allow_plaintext=True)
    assert word.encode() not in (tmp_path / "apres.db").read_bytes()


def test_secret_is_not_in_the_register_repr(register):
    assert TEST_PASSPHRASE not in repr(register.__dict__)
    assert os.environ.get("DPO_DESK_PASSPHRASE") is None
