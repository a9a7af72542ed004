"""What killed backups, restores and exports leave is swept at the next unlock (issue 21,
item 3); what a running process is writing is never touched."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from dpo_desk.services import maintenance as upkeep
from dpo_desk.services import register_file
from dpo_desk.storage import leftovers
from dpo_desk.storage import maintenance as storage_maintenance
from tests.conftest import TEST_PASSPHRASE


def _dead_pid() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout)


def _file(path: Path, data: bytes = b"copie") -> Path:
    path.write_bytes(data)
    return path


def test_unlock_sweeps_orphans_of_dead_processes_only(register, register_path, frozen_clock):
    register.close()
    folder = register_path.parent
    daily = storage_maintenance.daily_folder(register_path)
    daily.mkdir(exist_ok=True)
    dead, alive = _dead_pid(), os.getpid()

    orphan_backup = _file(folder / f".dpo-sauvegarde-{dead}-k2j3h4.tmp")
    orphan_daily = _file(daily / f".dpo-sauvegarde-{dead}-x9y8z7.tmp")
    orphan_journal = _file(daily / f".dpo-sauvegarde-{dead}-x9y8z7.tmp-journal")
    orphan_wal = _file(folder / f".dpo-sauvegarde-{dead}-k2j3h4.tmp-wal")
    staging = folder / f".dpo-restauration-{dead}-abc_12"
    staging.mkdir()
    _file(staging / "registre.dpodesk")
    orphan_part = _file(folder / f".export.xlsx.{dead}-0a1b2c3d.part", b"noms en clair")
    old_unowned = _file(folder / ".dpo-sauvegarde-ab12cd34.tmp")
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(old_unowned, (two_days_ago, two_days_ago))

    running = _file(folder / f".dpo-sauvegarde-{alive}-r4r4r4.tmp")
    fresh_unowned = _file(folder / ".dpo-sauvegarde-zz99yy88.tmp")
    unrelated = _file(folder / "notes.dpo-sauvegarde.txt")
    link = folder / f".dpo-sauvegarde-{dead}-lien.tmp"
    link.symlink_to(unrelated)

    reopened = register_file.unlock_register(register_path, TEST_PASSPHRASE, clock=frozen_clock)
    reopened.close()

    for gone in (
        orphan_backup,
        orphan_daily,
        orphan_journal,
        orphan_wal,
        staging,
        orphan_part,
        old_unowned,
    ):
        assert not gone.exists(), gone.name
    for kept in (running, fresh_unowned, unrelated, link):
        assert kept.exists() or kept.is_symlink(), kept.name


def test_backup_and_restore_names_carry_their_owner(register, tmp_path, monkeypatch):
    seen: list[str] = []
    real = storage_maintenance._export_into

    def spy(reg, tmp, key):
        seen.append(Path(tmp).name)
        return real(reg, tmp, key)

    monkeypatch.setattr(storage_maintenance, "_export_into", spy)
    upkeep.backup_register(register, tmp_path / "copie.dpodesk")
    assert seen and seen[0].startswith(f".dpo-sauvegarde-{os.getpid()}-")
    # The pattern the sweep uses recognises it as this (living) process's.
    assert leftovers.sweep([tmp_path]) == []
    assert leftovers.owned_prefix(leftovers.RESTORE_PREFIX) == (f".dpo-restauration-{os.getpid()}-")


def test_shred_zeroes_before_removing(tmp_path, monkeypatch):
    target = _file(tmp_path / "x.part", b"Salma Bennani " * 100)
    contents: list[bytes] = []
    real_unlink = Path.unlink

    def look_then_unlink(self, *args, **kwargs):
        contents.append(self.read_bytes())
        return real_unlink(self, *args, **kwargs)

    monkeypatch.setattr(Path, "unlink", look_then_unlink)
    assert leftovers.shred(target)
    assert not target.exists()
    assert contents == [b"\0" * 1400]
