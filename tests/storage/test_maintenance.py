"""Backups, restore, rekey and compaction at the storage level, on real encrypted files."""

from __future__ import annotations

import hashlib
import os
import stat
from datetime import date

import pytest
from sqlalchemy import text

from dpo_desk.storage import database, maintenance
from dpo_desk.storage.database import open_register
from dpo_desk.storage.errors import (
    IntegrityFailure,
    RegisterBusy,
    RegisterExists,
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


def test_rekey_switches_keys_and_comes_back_to_wal(register):
    _put(register, "kept")
    path = register.path
    seconds = maintenance.rekey(register, OTHER_PASSPHRASE)
    assert seconds > 0
    assert register.pragma("journal_mode") == "wal"
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


def test_a_failed_rekey_leaves_the_old_key_working(register, monkeypatch):
    path = register.path

    def failing_literal(value):
        raise OSError("disque plein")  # as if the rekey broke off

    monkeypatch.setattr(maintenance, "_literal", failing_literal)
    with pytest.raises(OSError):
        maintenance.rekey(register, OTHER_PASSPHRASE)
    _put(register, "still-writable")
    register.close()
    again = open_register(path, TEST_PASSPHRASE)
    try:
        assert again.pragma("journal_mode") == "wal"
        assert "still-writable" in _settings(again)
    finally:
        again.close()


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
