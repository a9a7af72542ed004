"""Issue 21, item 7: every file the app writes is owner-only (0600), every folder it
creates 0700, whatever the umask: a register's lock file, backups (by hand and daily),
a restored register, an export, a saved letter, the preferences."""

from __future__ import annotations

import os
import stat
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from dpo_desk.services import exports, letters
from dpo_desk.services import maintenance as upkeep
from dpo_desk.services.preferences import Preferences, config_dir
from dpo_desk.storage import maintenance as storage
from dpo_desk.ui import session
from dpo_desk.ui.save_copy import save_copy
from dpo_desk.ui.session import FileClaim
from tests.conftest import TEST_PASSPHRASE
from tests.reliability.casework import open_request

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


@pytest.fixture
def open_umask():
    """A permissive umask, as on many desktops (0022) or worse: the app must not rely on it."""
    previous = os.umask(0o002)
    yield
    os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def _tree(folder: Path) -> dict[str, int]:
    found = {}
    for path in sorted(folder.rglob("*")):
        found[str(path.relative_to(folder))] = _mode(path)
    return found


def test_the_lock_file_is_owner_only(tmp_path, open_umask, register):
    claim = FileClaim(register.path)
    claim.acquire()
    try:
        assert claim.lock_path.exists()
        assert _mode(claim.lock_path) == 0o600
        assert os.umask(0o002) == 0o002  # the process's umask is given back
    finally:
        claim.release()


def test_every_file_the_app_creates_is_owner_only(
    qtbot, tmp_path, open_umask, organisation, frozen_clock, monkeypatch
):
    folder = tmp_path / "travail"
    folder.mkdir()
    # A configuration folder the app creates itself, as on a first run.
    monkeypatch.setenv("DPO_DESK_CONFIG_DIR", str(tmp_path / "config" / "dpo-desk"))
    # Create through the window's path: the lock file is taken first.
    claim = FileClaim(folder / "registre.dpodesk")
    register = session.create(claim, TEST_PASSPHRASE, organisation)
    try:
        assert claim.held
        prefs = Preferences.load()
        prefs.touch(register.path, register.register_uuid)
        prefs.save()
        request = open_request(register, frozen_clock)
        upkeep.backup_register(register, folder / "copie.dpodesk", clock=frozen_clock)
        assert upkeep.daily_backup_if_due(register, frozen_clock) is not None
        frozen_clock.instant = datetime(2026, 3, 11, 8, tzinfo=UTC)
        assert upkeep.daily_backup_if_due(register, frozen_clock) is not None
        upkeep.restore_backup_of(
            register, folder / "copie.dpodesk", folder / "restaure.dpodesk"
        ).close()
        exports.export_register(register, "all", folder / "registre.xlsx", clock=frozen_clock)
        pdf = letters.letter_pdf(
            register, request.reference, "acknowledgement", "fr", clock=frozen_clock
        )
        monkeypatch.setattr(
            QFileDialog,
            "getSaveFileName",
            staticmethod(lambda *a, **k: (str(folder / "accuse.pdf"), "")),
        )
        assert save_copy(None, "Enregistrer", "accuse.pdf", pdf) == folder / "accuse.pdf"
        # The passphrase change rewrites the register and re-encrypts the daily backups.
        upkeep.change_passphrase(
            register, "figuier lanterne Essaouira", current_passphrase=TEST_PASSPHRASE
        )
        modes = _tree(folder)
        daily = storage.daily_folder(register.path).name
        expected_files = {
            "registre.dpodesk",
            "registre.dpodesk.lock",
            "copie.dpodesk",
            "restaure.dpodesk",
            "registre.xlsx",
            "accuse.pdf",
            f"{daily}/registre-2026-03-10.dpodesk",
            f"{daily}/registre-2026-03-11.dpodesk",
        }
        assert expected_files <= set(modes), sorted(modes)
        wrong = {
            name: oct(mode)
            for name, mode in modes.items()
            if mode != (0o700 if (folder / name).is_dir() else 0o600)
        }
        assert wrong == {}
        assert modes[daily] == 0o700
    finally:
        register.close()
        claim.release()
    config = config_dir()
    assert _mode(config) == 0o700
    assert {name: oct(mode) for name, mode in _tree(config).items()} == {
        name: oct(0o600) for name in _tree(config)
    }
    assert "preferences.json" in _tree(config)
