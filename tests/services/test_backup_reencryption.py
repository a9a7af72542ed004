"""Issue 21, item 2: after a passphrase change, the kept backups follow the new passphrase;
a backup still under an earlier one is restored with that one, asked for separately."""

from __future__ import annotations

import json
import os
import stat
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from dpo_desk.services import maintenance as upkeep
from dpo_desk.storage import maintenance as storage
from dpo_desk.storage.database import open_register
from dpo_desk.storage.errors import WrongPassphrase
from tests.conftest import TEST_PASSPHRASE

NEW = "figuier lanterne Essaouira"
OLDER = "une toute autre phrase secrète"


def _daily_backups(register, clock, days: int) -> list:
    for day in range(10, 10 + days):
        clock.instant = datetime(2026, 3, day, 8, tzinfo=UTC)
        assert upkeep.daily_backup_if_due(register, clock) is not None
    return [path for _day, path in storage.daily_backups(register.path)]


def _opens(path, passphrase) -> bool:
    try:
        opened = open_register(path, passphrase)
    except WrongPassphrase:
        return False
    opened.close()
    return True


def _journal(register, action):
    with register.read() as conn:
        rows = conn.execute(
            text("SELECT changes FROM audit_log WHERE action = :a ORDER BY id"), {"a": action}
        ).all()
    return [json.loads(row[0]) for row in rows]


def test_the_kept_backups_are_reencrypted_with_progress_and_journaled(register, frozen_clock):
    backups = _daily_backups(register, frozen_clock, 3)
    seen: list[tuple[int, int]] = []
    report = upkeep.change_passphrase(
        register,
        NEW,
        current_passphrase=TEST_PASSPHRASE,
        clock=frozen_clock,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert report.backups is not None
    assert sorted(report.backups.reencrypted) == sorted(p.name for p in backups)
    assert report.backups.failed == ()
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]
    for path in backups:
        assert not _opens(path, TEST_PASSPHRASE)
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
        copy = open_register(path, NEW)
        try:
            assert copy.register_uuid == register.register_uuid
            assert storage.verify_problems(copy) == []
        finally:
            copy.close()
    assert _journal(register, "rekey_backups") == [{"reencrypted": 3, "failed": 0}]
    # No temporary file is left beside the backups.
    assert sorted(p.name for p in storage.daily_folder(register.path).iterdir()) == sorted(
        p.name for p in backups
    )


def test_keeping_the_old_backups_leaves_them_under_the_old_passphrase(register, frozen_clock):
    (backup,) = _daily_backups(register, frozen_clock, 1)
    before = backup.read_bytes()
    report = upkeep.change_passphrase(
        register, NEW, current_passphrase=TEST_PASSPHRASE, reencrypt_backups=False
    )
    assert report.backups is None
    assert backup.read_bytes() == before
    assert _journal(register, "rekey_backups") == []


def test_a_backup_that_fails_is_reported_and_kept(register, frozen_clock):
    first, second = _daily_backups(register, frozen_clock, 2)
    # The first backup dates from an even earlier passphrase: it cannot be re-encrypted.
    registers_copy = open_register(first, TEST_PASSPHRASE)
    storage.rekey(registers_copy, OLDER)
    registers_copy.close()
    kept = first.read_bytes()
    report = upkeep.change_passphrase(
        register, NEW, current_passphrase=TEST_PASSPHRASE, clock=frozen_clock
    )
    assert report.backups.reencrypted == (second.name,)
    (failure,) = report.backups.failed
    assert failure.file == first.name and isinstance(failure.error, WrongPassphrase)
    assert first.read_bytes() == kept and _opens(first, OLDER)
    assert _opens(second, NEW)
    assert _journal(register, "rekey_backups") == [{"reencrypted": 1, "failed": 1}]


def test_reencrypt_file_never_leaves_a_plaintext_or_partial_file(tmp_path, register, frozen_clock):
    (backup,) = _daily_backups(register, frozen_clock, 1)
    # Stop the check: the copy is refused, removed, and the backup is untouched.
    original = backup.read_bytes()
    calls = []

    def refuse(*args):
        calls.append(args)
        tmp = args[0]
        assert stat.S_IMODE(os.stat(tmp).st_mode) == 0o600
        assert tmp.stat().st_size > 0
        assert not tmp.read_bytes().startswith(b"SQLite format 3")  # encrypted
        raise storage.IntegrityFailure(name=backup.name, reason="test")

    real = storage._check_reencrypted
    storage._check_reencrypted = refuse
    try:
        with pytest.raises(storage.IntegrityFailure):
            storage.reencrypt_file(backup, TEST_PASSPHRASE, NEW)
    finally:
        storage._check_reencrypted = real
    tmp = calls[0][0]
    assert not tmp.exists()
    assert backup.read_bytes() == original
    assert [p.name for p in backup.parent.iterdir()] == [backup.name]


def test_a_backup_under_an_earlier_passphrase_restores_with_it(register, frozen_clock, tmp_path):
    backup = upkeep.backup_register(register, tmp_path / "copie.dpodesk", clock=frozen_clock)
    upkeep.change_passphrase(register, NEW, current_passphrase=TEST_PASSPHRASE)
    target = tmp_path / "restaure.dpodesk"
    with pytest.raises(WrongPassphrase):
        upkeep.restore_backup_of(register, backup.path, target)
    assert not target.exists()
    restored = upkeep.restore_backup_of(
        register, backup.path, target, backup_passphrase=TEST_PASSPHRASE, clock=frozen_clock
    )
    restored.close()
    # The new register takes the passphrase in use, not the earlier one.
    assert _opens(target, NEW) and not _opens(target, TEST_PASSPHRASE)
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    # The backup itself is untouched.
    assert _opens(backup.path, TEST_PASSPHRASE)
    # And the CLI's path: the new register's passphrase and the backup's, separately.
    other = tmp_path / "autre.dpodesk"
    upkeep.restore_register(backup.path, other, NEW, backup_passphrase=TEST_PASSPHRASE).close()
    assert _opens(other, NEW)
