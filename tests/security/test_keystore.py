"""Remembered passphrases: stored only in a keyring, silently absent without one."""

from __future__ import annotations

import keyring.errors

from dpo_desk.security.keystore import SERVICE, Keystore
from dpo_desk.security.passphrase import MINIMUM_LENGTH, estimate_strength, is_acceptable


def test_memory_backend_remembers_and_forgets(memory_keyring):
    store = Keystore()
    assert store.available
    assert store.get("uuid-1") is None
    assert store.set("uuid-1", "secret passphrase 1")
    assert store.get("uuid-1") == "secret passphrase 1"
    assert memory_keyring.secrets == {(SERVICE, "uuid-1"): "secret passphrase 1"}
    assert store.get("uuid-2") is None  # keyed by register, not global
    store.forget("uuid-1")
    assert store.get("uuid-1") is None
    store.forget("uuid-1")  # forgetting twice is not an error


def test_fail_backend_falls_back_silently(fail_keyring):
    store = Keystore()
    assert not store.available
    assert store.set("uuid-1", "secret passphrase 1") is False
    assert store.get("uuid-1") is None
    store.forget("uuid-1")


def test_a_backend_that_raises_is_treated_as_empty(memory_keyring, monkeypatch):
    def broken(*args):
        raise keyring.errors.KeyringLocked("locked")

    monkeypatch.setattr(memory_keyring, "get_password", broken)
    monkeypatch.setattr(memory_keyring, "set_password", broken)
    store = Keystore()
    assert store.get("uuid-1") is None
    assert store.set("uuid-1", "x" * 20) is False


def test_nothing_is_written_to_disk_by_the_fail_backend(fail_keyring, isolated_environment):
    Keystore().set("uuid-1", "secret passphrase 1")
    for path in isolated_environment.rglob("*"):
        assert b"secret passphrase 1" not in path.read_bytes()


def test_passphrase_minimum_and_strength_hint():
    assert not is_acceptable("x" * (MINIMUM_LENGTH - 1))
    # Long enough is not enough (issue 21, item 8): zxcvbn must rate it 3 or more.
    assert not is_acceptable("x" * MINIMUM_LENGTH)
    assert is_acceptable("olive zèbre tram")
    assert estimate_strength("short").score == 0
    weak = estimate_strength("aaaaaaaaaaaaaaaa")
    strong = estimate_strength("cèdre Ifrane 1987 thé-à-la-menthe")
    assert weak.score < strong.score
    assert weak.hint is not None
    assert strong.score >= 3
