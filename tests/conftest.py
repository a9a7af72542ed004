"""Shared fixtures: a fresh encrypted register per test, a test keyring, a frozen clock.

No test ever touches the real keychain or the user's real preferences.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import keyring
import keyring.backend
import pytest

# Before any test module builds a zone: importing dpo_desk points zoneinfo at the
# pinned tzdata package (dpo_desk/domain/zones.py), as in the app, so that even a
# test's own ZoneInfo("Africa/Casablanca") has the app's rules, not the OS's.
import dpo_desk  # noqa: F401

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Subprocesses (CLI tests) inherit this: the null backend stores nothing, reads nothing.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"

TEST_PASSPHRASE = "correct horse battery staple"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """An in-memory keyring: what a working OS keychain would do, without one."""

    priority = 10

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        from keyring.errors import PasswordDeleteError

        if (service, username) not in self.secrets:
            raise PasswordDeleteError(username)
        del self.secrets[(service, username)]


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path_factory, monkeypatch):
    """Every test gets its own config dir, no passphrase in the env, and the null keyring."""
    config = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("DPO_DESK_CONFIG_DIR", str(config))
    monkeypatch.delenv("DPO_DESK_PASSPHRASE", raising=False)
    previous = keyring.get_keyring()
    from keyring.backends import null

    keyring.set_keyring(null.Keyring())
    yield config
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring():
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def fail_keyring():
    from keyring.backends import fail

    backend = fail.Keyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def frozen_clock():
    from dpo_desk.domain.clock import FixedClock

    return FixedClock(datetime(2026, 3, 10, 9, 30, tzinfo=UTC))


@pytest.fixture
def register_path(tmp_path) -> Path:
    return tmp_path / "registre.dpodesk"


@pytest.fixture
def organisation():
    from dpo_desk.domain.organisation import Organisation

    return Organisation(
        name="Najhine SARL",
        address="Casablanca, Maroc",
        town="Casablanca",
        dpo_name="Salma Bennani",
        dpo_email="dpo@najhine.ma",
        dpo_phone="+212 5 22 00 00 00",
    )


@pytest.fixture
def register(register_path, organisation, frozen_clock):
    """A freshly created, open, encrypted register; closed after the test."""
    from dpo_desk.services.register_file import create_register

    reg = create_register(register_path, TEST_PASSPHRASE, organisation, clock=frozen_clock)
    yield reg
    reg.close()


# ----------------------------------------------------------------------------- process exit
# PySide6 can crash while the interpreter tears down after the last test ("shared
# QObject was deleted directly", then SIGSEGV): Python finalises wrappers whose C++
# objects Qt already deleted. The results are already reported by then, so leave with
# pytest's own status instead of through that teardown. Set DPO_DESK_TEST_SOFT_EXIT=1
# to see the normal teardown when hunting the cause.
_SESSION: dict[str, int] = {}


def pytest_sessionfinish(session, exitstatus):
    _SESSION["status"] = int(exitstatus)


def pytest_unconfigure(config):
    if "status" in _SESSION and os.environ.get("DPO_DESK_TEST_SOFT_EXIT") != "1":
        import sys

        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_SESSION["status"])
