"""A register's key derived ahead, in a thread (storage.cipher.KeyAhead), and its use."""

from __future__ import annotations

import hashlib

import pytest

from dpo_desk.security.keystore import Keystore
from dpo_desk.services import register_file, startup
from dpo_desk.services.preferences import Preferences
from dpo_desk.storage import cipher, database
from dpo_desk.storage.cipher import KeyAhead
from dpo_desk.storage.errors import RegisterNotFound, WrongPassphrase
from tests.conftest import TEST_PASSPHRASE


@pytest.fixture
def closed_register(register):
    path = register.path
    register.close()
    return path


@pytest.fixture
def derivations(monkeypatch):
    """Every key derivation, wherever it runs (the thread, or the engine's own)."""
    seen: list[str] = []
    real = cipher.key_connection

    def counting(path, passphrase, timeout):
        seen.append(path.name)
        return real(path, passphrase, timeout)

    monkeypatch.setattr(cipher, "key_connection", counting)
    monkeypatch.setattr(database, "key_connection", counting)
    return seen


def test_the_key_derived_ahead_opens_the_register_without_deriving_it_again(
    closed_register, derivations
):
    ahead = KeyAhead(closed_register, lambda: TEST_PASSPHRASE)
    keyed = ahead.take(closed_register, TEST_PASSPHRASE)
    assert keyed is not None and derivations == [closed_register.name]
    register = database.open_register(closed_register, TEST_PASSPHRASE, keyed=keyed)
    try:
        with register.read() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM register_meta").scalar() == 1
        # The connection taken got the register's pragmas when the pool adopted it.
        assert register.pragma("journal_mode") == "wal"
        assert register.pragma("foreign_keys") == "1"
        assert derivations == [closed_register.name]  # the pool reused it: no second KDF
    finally:
        register.close()
    assert ahead.take(closed_register, TEST_PASSPHRASE) is None  # once only


def test_deriving_ahead_changes_nothing_in_the_file(closed_register):
    before = hashlib.sha256(closed_register.read_bytes()).hexdigest()
    ahead = KeyAhead(closed_register, lambda: TEST_PASSPHRASE)
    ahead.discard()
    assert hashlib.sha256(closed_register.read_bytes()).hexdigest() == before
    assert ahead.take(closed_register, TEST_PASSPHRASE) is None


def test_a_wrong_remembered_passphrase_is_reported_when_taken(closed_register):
    ahead = KeyAhead(closed_register, lambda: "not the passphrase at all")
    with pytest.raises(WrongPassphrase):
        ahead.take(closed_register, "not the passphrase at all")


def test_another_file_or_passphrase_does_not_get_the_connection(
    closed_register, tmp_path, derivations
):
    ahead = KeyAhead(closed_register, lambda: TEST_PASSPHRASE)
    assert ahead.take(tmp_path / "autre.dpodesk", TEST_PASSPHRASE) is None
    assert ahead.take(closed_register, TEST_PASSPHRASE + " ") is None
    ahead.discard()
    # The ordinary opening derives the key itself and works as before.
    register = register_file.unlock_register(closed_register, TEST_PASSPHRASE, ahead=ahead)
    register.close()
    assert derivations == [closed_register.name, closed_register.name]


def test_a_missing_file_is_not_created_by_the_thread(tmp_path):
    missing = tmp_path / "absent.dpodesk"
    ahead = KeyAhead(missing, lambda: TEST_PASSPHRASE)
    with pytest.raises(RegisterNotFound):
        ahead.take(missing, TEST_PASSPHRASE)
    assert not missing.exists()


def test_nothing_is_derived_when_the_keyring_gives_nothing(closed_register, derivations):
    ahead = KeyAhead(closed_register, lambda: None)
    assert ahead.passphrase() is None
    assert ahead.take(closed_register, TEST_PASSPHRASE) is None
    assert derivations == []


def test_unlock_ahead_starts_only_for_a_remembered_file(closed_register, memory_keyring):
    prefs = Preferences.load()
    keystore = Keystore()
    assert startup.unlock_ahead(closed_register, prefs, keystore) is None  # never opened
    uuid = "0b8a6a55-4f77-4f55-9a39-6b0a0c1f2d3e"
    prefs.touch(closed_register, uuid)
    assert startup.unlock_ahead(closed_register, prefs, keystore) is None  # not remembered
    prefs.remember_passphrase[uuid] = True
    memory_keyring.set_password("dpo-desk", uuid, TEST_PASSPHRASE)
    ahead = startup.unlock_ahead(closed_register, prefs, keystore)
    assert ahead is not None and ahead.passphrase() == TEST_PASSPHRASE
    ahead.discard()


def test_file_to_reopen_is_the_named_one_else_the_last_one_still_there(closed_register, tmp_path):
    prefs = Preferences.load()
    assert startup.file_to_reopen(prefs, []) is None
    prefs.touch(closed_register, "uuid")
    assert startup.file_to_reopen(prefs, []) == closed_register
    named = tmp_path / "autre.dpodesk"
    assert startup.file_to_reopen(prefs, ["-style", str(named)]) == named.absolute()
    closed_register.unlink()
    assert startup.file_to_reopen(prefs, []) is None
