"""Per-user preferences: recent register files and UI choices. Never a secret.

Stored as JSON in the user's config directory (``$XDG_CONFIG_HOME/dpo-desk`` or the
platform equivalent; ``DPO_DESK_CONFIG_DIR`` overrides it, which tests use). It
holds paths and register UUIDs (which key the keyring entry), never passphrases
and never personal data from inside a register.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

log = logging.getLogger(__name__)

_FOLDER = "dpo-desk"  # its name in the OS's config folder

MAX_RECENT = 8


def config_dir() -> Path:
    """The per-user config folder: ``DPO_DESK_CONFIG_DIR`` when set, else the OS's.

    That is ``$XDG_CONFIG_HOME/dpo-desk`` (``~/.config/dpo-desk``) on Linux,
    ``~/Library/Application Support/dpo-desk`` on macOS and ``%APPDATA%\\dpo-desk`` on
    Windows: the roaming profile (``roaming=True``), where earlier versions kept it, and
    no vendor folder above it (``appauthor=False``), so existing files are found.
    """
    override = os.environ.get("DPO_DESK_CONFIG_DIR")
    if override:
        return Path(override)
    return platformdirs.user_config_path(_FOLDER, appauthor=False, roaming=True)


def _list(value: object, default: list[Any]) -> list[Any]:
    return list(value) if isinstance(value, list) else default


@dataclass
class RecentRegister:
    path: str
    register_uuid: str


@dataclass
class Preferences:
    recent: list[RecentRegister] = field(default_factory=list)
    language: str = ""  # "" = follow the OS locale on first run
    remember_passphrase: dict[str, bool] = field(default_factory=dict)  # by register UUID
    # Warn before an Excel export that the file will not be encrypted (until "do not show").
    warn_unencrypted_export: bool = True
    # Reminders (ui/reminders.py, domain/reminders.py): the kinds switched off (ReminderKind
    # values; a kind added later is on), the lead times in days, the summary at unlock.
    reminders_off: list[str] = field(default_factory=list)
    reminder_request_days: list[int] = field(default_factory=lambda: [7, 2])
    reminder_record_days: list[int] = field(default_factory=lambda: [7])
    reminder_summary: bool = True

    # -- recent files -------------------------------------------------------
    def touch(self, path: Path, register_uuid: str) -> None:
        key = str(Path(path).absolute())
        self.recent = [r for r in self.recent if r.path != key]
        self.recent.insert(0, RecentRegister(key, register_uuid))
        del self.recent[MAX_RECENT:]

    def uuid_for(self, path: Path) -> str | None:
        key = str(Path(path).absolute())
        return next((r.register_uuid for r in self.recent if r.path == key), None)

    @property
    def last_path(self) -> Path | None:
        return Path(self.recent[0].path) if self.recent else None

    # -- persistence --------------------------------------------------------
    @classmethod
    def load(cls) -> Preferences:
        path = config_dir() / "preferences.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(
                recent=[RecentRegister(**r) for r in data.get("recent", [])],
                language=str(data.get("language", "")),
                remember_passphrase={
                    str(k): bool(v) for k, v in data.get("remember_passphrase", {}).items()
                },
                warn_unencrypted_export=bool(data.get("warn_unencrypted_export", True)),
                # Absent from older files: the defaults. Lists are checked where they are
                # used (domain.reminders.clean_leads), a wrong type falls back here.
                reminders_off=[str(k) for k in _list(data.get("reminders_off"), [])],
                reminder_request_days=_list(data.get("reminder_request_days"), [7, 2]),
                reminder_record_days=_list(data.get("reminder_record_days"), [7]),
                reminder_summary=bool(data.get("reminder_summary", True)),
            )
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError, TypeError) as exc:
            # A damaged preferences file must not stop the app: start afresh.
            log.warning("preferences unreadable (%s); using defaults", type(exc).__name__)
            return cls()

    def save(self) -> None:
        directory = config_dir()
        try:
            directory.mkdir(mode=0o700, parents=True, exist_ok=True)  # owner-only, as its files
            fd, tmp = tempfile.mkstemp(dir=directory, prefix=".preferences-")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(asdict(self), fh, ensure_ascii=False, indent=2)
            os.replace(tmp, directory / "preferences.json")
        except OSError as exc:
            log.warning("preferences not saved (%s)", type(exc).__name__)


# ----------------------------------------------------------------------------- journal seals
# The journal's entry count and head hash as this computer last saw each register
# (services.seal), by register UUID. A count and a SHA-256 of the journal are neither
# secrets nor personal data. A file of their own, not preferences.json: they are written
# after every committed change, while a window keeps its Preferences in memory and saves
# it whole; one file would let each overwrite the other.

SEALS_FILE = "seals.json"
# A seal as read back from the JSON file: what services.seal wrote, or what a hand left
# there, which services.seal.last_seen checks field by field.
SealData = dict[str, Any]


def load_seals() -> dict[str, SealData]:
    try:
        data = json.loads((config_dir() / SEALS_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("seals unreadable (%s); starting afresh", type(exc).__name__)
        return {}
    return (
        {str(k): v for k, v in data.items() if isinstance(v, dict)}
        if isinstance(data, dict)
        else {}
    )


def save_seal(register_uuid: str, seal: Mapping[str, object]) -> None:
    seals = load_seals()
    if seals.get(register_uuid) == seal:
        return
    seals[register_uuid] = dict(seal)
    directory = config_dir()
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)  # owner-only, as its files
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=".seals-")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(seals, fh, indent=1, sort_keys=True)
        os.replace(tmp, directory / SEALS_FILE)
    except OSError as exc:
        log.warning("seal not saved (%s)", type(exc).__name__)
