"""Where the preferences live: the folder earlier versions used, on each OS, so a user's
recent files and choices are found after an upgrade (platformdirs, services/preferences)."""

from __future__ import annotations

from pathlib import Path

import platformdirs
from platformdirs.macos import MacOS
from platformdirs.unix import Unix
from platformdirs.windows import Windows

from dpo_desk.services.preferences import config_dir


def test_the_environment_override_wins(monkeypatch, tmp_path):
    monkeypatch.setenv("DPO_DESK_CONFIG_DIR", str(tmp_path / "elsewhere"))
    assert config_dir() == tmp_path / "elsewhere"


def test_linux_follows_xdg_config_home(monkeypatch, tmp_path):
    monkeypatch.delenv("DPO_DESK_CONFIG_DIR")
    monkeypatch.setattr(platformdirs, "PlatformDirs", Unix)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert config_dir() == tmp_path / "xdg" / "dpo-desk"
    # Unset or empty: ~/.config.
    monkeypatch.setenv("XDG_CONFIG_HOME", "")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert config_dir() == tmp_path / ".config" / "dpo-desk"


def test_macos_and_windows_keep_the_folders_of_earlier_versions(monkeypatch, tmp_path):
    monkeypatch.delenv("DPO_DESK_CONFIG_DIR")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(platformdirs, "PlatformDirs", MacOS)
    assert config_dir() == tmp_path / "Library" / "Application Support" / "dpo-desk"
    # The roaming profile (%APPDATA%), not the local one, and no vendor folder above.
    monkeypatch.setattr(platformdirs, "PlatformDirs", Windows)
    monkeypatch.setenv("WIN_PD_OVERRIDE_APPDATA", r"C:\Users\salma\AppData\Roaming")
    assert config_dir() == Path(r"C:\Users\salma\AppData\Roaming") / "dpo-desk"
