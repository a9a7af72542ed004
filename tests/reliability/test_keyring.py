"""Keyring: the passphrase lives in the keyring (when remembered) and nowhere else.

After create, unlock, "remember", a passphrase change and the CLI's own rekey, neither
the old nor the new passphrase appears in any log record, in the preferences or any
other file of the config directory, or in any file beside the register.
"""

from __future__ import annotations

import logging

from dpo_desk.security.keystore import SERVICE, Keystore
from dpo_desk.services import maintenance as upkeep
from dpo_desk.services import register_file
from dpo_desk.services.preferences import Preferences, config_dir
from tests.cli.runner import run_cli_process
from tests.conftest import TEST_PASSPHRASE
from tests.reliability.casework import files_under

NEW = "nouvelle phrase secrète du DPO 2026"
NEWER = "encore une autre phrase secrète"


def _encodings(secret: str) -> list[bytes]:
    return [secret.encode(), secret.encode("utf-16-le"), secret.encode("unicode_escape")]


def _leaks(secrets_, paths) -> list[str]:
    found = []
    for path in paths:
        data = path.read_bytes()
        found += [f"{path}" for s in secrets_ for enc in _encodings(s) if enc in data]
    return found


def test_passphrase_only_in_the_keyring(tmp_path, organisation, memory_keyring, caplog):
    caplog.set_level(logging.DEBUG)
    keystore = Keystore()
    path = tmp_path / "registre.dpodesk"

    register = register_file.create_register(path, TEST_PASSPHRASE, organisation)
    assert register_file.remember_passphrase(keystore, register, TEST_PASSPHRASE, True)
    prefs = Preferences.load()
    prefs.touch(register.path, register.register_uuid)
    prefs.remember_passphrase[register.register_uuid] = True
    prefs.save()
    register.close()

    register = register_file.unlock_register(path, TEST_PASSPHRASE)
    upkeep.daily_backup_if_due(register)
    report = upkeep.change_passphrase(register, NEW, current_passphrase=TEST_PASSPHRASE)
    assert report.keyring_updated
    assert memory_keyring.secrets[(SERVICE, register.register_uuid)] == NEW
    uuid = register.register_uuid
    register.close()

    secrets_ = [TEST_PASSPHRASE, NEW]
    assert not [r for r in caplog.records if any(s in r.getMessage() for s in secrets_)]
    assert not [r for r in caplog.records if any(s in repr(r.args) for s in secrets_)]
    assert files_under(config_dir())  # the preferences were written...
    assert _leaks(secrets_, files_under(config_dir())) == []  # ...without a secret
    assert _leaks(secrets_, files_under(tmp_path)) == []

    # The CLI, verbose, with the passphrases in its environment: not in its output.
    result = run_cli_process(
        "-v", "rekey", "--db", str(path), passphrase=NEW,
        env_extra={"DPO_DESK_NEW_PASSPHRASE": NEWER},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    output = result.stdout + result.stderr
    assert not [s for s in secrets_ + [NEWER] if s in output]
    assert _leaks(secrets_ + [NEWER], files_under(config_dir()) + files_under(tmp_path)) == []
    # The subprocess has the null keyring: nothing was remembered there, and the entry
    # kept here (this process's keyring) is not the CLI's business.
    assert memory_keyring.secrets[(SERVICE, uuid)] == NEW


def test_a_rekey_without_remembered_passphrase_stores_nothing(register, memory_keyring):
    report = upkeep.change_passphrase(register, NEW)
    assert not report.keyring_updated
    assert memory_keyring.secrets == {}
