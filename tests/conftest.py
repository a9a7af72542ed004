"""Shared fixtures: a fresh encrypted register per test, a test keyring, a frozen clock.

No test ever touches the real keychain or the user's real preferences.
"""

from __future__ import annotations

import hashlib
import os
import random
import sys
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
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


# PySide6 6.12.0 drops a reference to True or False at each emit; on Python 3.11 a few
# hundred GUI tests in one process brought the count to zero and the interpreter aborted
# ("bool_dealloc"), mid-run or at exit. The app guards itself where it makes its
# QApplication (ui/qt_guard.py); a test process may emit before that, so it is guarded
# from the start.
from dpo_desk.ui.qt_guard import keep_bools_alive  # noqa: E402

keep_bools_alive()


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
def isolated_environment(tmp_path_factory):
    """Every test gets its own config and temporary folders, no passphrase in the env, and
    the null keyring.

    With a patcher of its own, not the test's ``monkeypatch``: a test that calls
    ``monkeypatch.undo()`` half-way (to check the state after a simulated failure) must
    not undo the isolation too; it did, and the rest of such a test wrote its seal into
    the user's real config folder.
    """
    config = tmp_path_factory.mktemp("config")
    # A temporary folder of its own, for this process and the ones it starts: the tests
    # that check nothing plaintext is left in the temporary folder would otherwise see
    # the other workers' files come and go in the system's.
    scratch = tmp_path_factory.mktemp("tmp")
    with pytest.MonkeyPatch.context() as patcher:
        patcher.setenv("DPO_DESK_CONFIG_DIR", str(config))
        patcher.setattr(tempfile, "tempdir", str(scratch))
        patcher.setenv("TMPDIR", str(scratch))
        patcher.delenv("DPO_DESK_PASSPHRASE", raising=False)
        # The reminders' summary does not open by itself at each unlock of a test
        # (ui/reminders.py); the tests of the summary turn it back on.
        patcher.setattr("dpo_desk.ui.reminders.AUTOMATIC_SUMMARY", False)
        previous = keyring.get_keyring()
        from keyring.backends import null

        keyring.set_keyring(null.Keyring())
        yield config
        keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def qt_objects_released():
    """After each test, nothing it made in Qt outlives it.

    A window, dialog or background task left alive stays until the interpreter exits,
    and there PySide deletes whatever Python still owns, in no safe order: the run ended
    in "shared QObject was deleted directly" and a crash, after every result (and the
    coverage data) was in. The background tasks are waited for and forgotten (an
    unreleased one also keeps its register "busy" for workers.is_busy), the top-level
    widgets closed and deleted while the application is still whole.
    """
    yield
    if "PySide6.QtWidgets" not in sys.modules:
        return  # no test of this process has used Qt yet
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    if not isinstance(QApplication.instance(), QApplication):
        return
    from dpo_desk.ui import workers

    for tasks in list(workers._running.values()):
        for task in list(tasks):
            task.wait()
            task.release()
            task.deleteLater()
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    """Forget the registered widgets that the app has already deleted, before pytest-qt
    closes the others. A dialog the controller owns is WA_DeleteOnClose: accepted, it is
    deleted at the next turn of the event loop, while the test's Python wrapper may live
    on; pytest-qt's close() on it then failed the teardown ("Internal C++ object already
    deleted") depending on when that turn came. The pending deletions are done first, so
    the outcome no longer depends on timing."""
    widgets = getattr(item, "qt_widgets", None)
    if widgets and "PySide6.QtWidgets" in sys.modules:
        import shiboken6
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        item.qt_widgets = [
            (ref, before)
            for ref, before in widgets
            if (widget := ref()) is not None and shiboken6.isValid(widget)
        ]
    return (yield)


def pytest_sessionfinish(session, exitstatus):
    """Delete the Qt objects still left while the application and the interpreter are
    whole. A finished background task (ui.workers.RegisterTask) is never deleted: its
    signals hold the card's or dialog's callbacks, which hold the card, which holds the
    task, a cycle through C++ that Python's collector cannot break. Left to the end, such
    objects were destroyed during finalisation, after PySide's own teardown ("shared
    QObject was deleted directly", "bool_dealloc"), and the process crashed once every
    result (and the coverage data) was in."""
    if "PySide6.QtWidgets" not in sys.modules:
        return
    import gc

    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread

    app = QCoreApplication.instance()
    if app is None:
        return
    icons = sys.modules.get("dpo_desk.ui.icons")
    if icons is not None:
        icons.icon.cache_clear()  # QIcons and their pixmaps: nothing without the app
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    left = [
        obj
        for obj in gc.get_objects()
        if isinstance(obj, QObject)
        and obj is not app
        and shiboken6.isValid(obj)
        and shiboken6.ownedByPython(obj)
        and obj.parent() is None
    ]
    for obj in left:
        if isinstance(obj, QThread):
            obj.wait()
        shiboken6.delete(obj)
    del left
    gc.collect()


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
    return make_frozen_clock()


FROZEN_AT = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)


def make_frozen_clock():
    """The frozen clock of the ``frozen_clock`` fixture, for module-scoped fixtures."""
    from dpo_desk.domain.clock import FixedClock

    return FixedClock(FROZEN_AT)


@pytest.fixture
def register_path(tmp_path) -> Path:
    return tmp_path / "registre.dpodesk"


@pytest.fixture
def organisation():
    return make_organisation()


def make_organisation():
    """The organisation of the ``organisation`` fixture, for module-scoped fixtures."""
    from dpo_desk.domain.organisation import Organisation

    return Organisation(
        name="Najhine SARL",
        address="Casablanca, Maroc",
        town="Casablanca",
        dpo_name="Salma Bennani",
        dpo_email="dpo@najhine.ma",
        dpo_phone="+212 5 22 00 00 00",
    )


class RegisterTemplate:
    """An empty register, created and migrated once per session (per xdist worker).

    A fresh register costs a key derivation (SQLCipher's PBKDF2, 256,000 rounds) and
    every migration: most of a second, paid by hundreds of tests. Their registers are
    byte copies of this one instead, each given a register UUID of its own (the seal of
    services.seal is kept by UUID in the config folder), and the rest of
    ``create_register`` (organisation, settings, journal, seal) runs on the copy as it
    would on a new file.

    Every copy keeps the template's salt, so the key TEST_PASSPHRASE derives for it is
    always the same: :meth:`install_key_cache` hands SQLCipher that key, already derived,
    wherever a connection to such a copy is keyed with TEST_PASSPHRASE. SQLCipher would
    derive exactly that key (same passphrase, same salt, default settings); any other
    passphrase or file still goes through the derivation.
    """

    # SQLCipher 4's defaults, which the register keeps (storage.cipher changes none).
    SALT_BYTES = 16
    KDF_ITERATIONS = 256_000

    def __init__(self, path: Path) -> None:
        from dpo_desk.storage.database import open_register

        open_register(path, TEST_PASSPHRASE, create=True).close()
        self.data = path.read_bytes()
        self.salt = self.data[: self.SALT_BYTES]
        key = hashlib.pbkdf2_hmac(
            "sha512", TEST_PASSPHRASE.encode(), self.salt, self.KDF_ITERATIONS, 32
        )
        # SQLCipher's raw-key form, key then salt: no derivation at all.
        self.raw_key = f"x'{key.hex()}{self.salt.hex()}'"

    def key_for(self, path: Path, passphrase: str) -> str:
        """The raw key when ``path`` is a copy keyed with TEST_PASSPHRASE, else ``passphrase``."""
        if passphrase != TEST_PASSPHRASE:
            return passphrase
        try:
            with open(path, "rb") as fh:
                head = fh.read(self.SALT_BYTES)
        except OSError:
            return passphrase
        return self.raw_key if head == self.salt else passphrase

    def install_key_cache(self, patcher: pytest.MonkeyPatch) -> None:
        from dpo_desk.storage import cipher, database

        derive = cipher.key_connection

        def key_connection(path, passphrase, timeout):
            return derive(path, self.key_for(path, passphrase), timeout)

        # Both names: KeyAhead keys through the module's, open_register through its import.
        patcher.setattr(cipher, "key_connection", key_connection)
        patcher.setattr(database, "key_connection", key_connection)

    def copy_to(self, path: Path, passphrase: str):
        """``open_register(path, passphrase, create=True)``, from a copy of the template."""
        from sqlalchemy import update

        from dpo_desk.storage import database
        from dpo_desk.storage.schema import register_meta

        path = Path(path).expanduser().absolute()
        # As open_register(create=True): owner-only from the first byte, never over a file.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(self.data)
        register = database.open_register(path, passphrase)
        register.register_uuid = str(uuid.uuid4())
        with register.write() as conn:
            conn.execute(
                update(register_meta).values(
                    register_uuid=register.register_uuid, created_at=datetime.now(UTC)
                )
            )
        register.report = database.OpenReport(created=True, migrated_from=None, backup_path=None)
        return register

    @contextmanager
    def creating(self) -> Iterator[None]:
        """While in the block, ``create_register`` (the service, the CLI's init) starts
        from a copy of the template when the passphrase is TEST_PASSPHRASE."""
        from dpo_desk.services import register_file

        real = register_file.open_register

        def open_register(path, passphrase, *, create=False, **options):
            target = Path(path).expanduser()
            if create and passphrase == TEST_PASSPHRASE and not options:
                # Only where a creation would succeed: the refusals (a file already
                # there, no such folder) are open_register's own.
                if target.parent.is_dir() and not target.exists():
                    return self.copy_to(target, passphrase)
            return real(path, passphrase, create=create, **options)

        with pytest.MonkeyPatch.context() as patcher:
            patcher.setattr(register_file, "open_register", open_register)
            yield


def filled_register_bytes(
    folder: Path, template: RegisterTemplate, requests: int, seed: int
) -> bytes:
    """A closed register of ``requests`` generated requests (each with its journal
    entry), as bytes: for a module-scoped fixture whose tests each start from a copy.

    Built before any test's own config folder exists, so it is given one of its own: the
    seal ``create_register`` writes must never reach the user's real folder.
    """
    from bench.make_register import add_requests
    from dpo_desk.services.register_file import create_register

    path = folder / "registre.dpodesk"
    with pytest.MonkeyPatch.context() as patcher:
        patcher.setenv("DPO_DESK_CONFIG_DIR", str(folder / "config"))
        with template.creating():
            register = create_register(
                path, TEST_PASSPHRASE, make_organisation(), clock=make_frozen_clock()
            )
        try:
            add_requests(register, requests, random.Random(seed))
        finally:
            register.close()  # checkpointed: everything is in the one file
    return path.read_bytes()


def open_copy(data: bytes, path: Path):
    """A register opened from a copy of ``data`` (owner-only, as the app writes it)."""
    from dpo_desk.storage.database import open_register

    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return open_register(path, TEST_PASSPHRASE)


@pytest.fixture(scope="session")
def register_template(tmp_path_factory) -> Iterator[RegisterTemplate]:
    template = RegisterTemplate(tmp_path_factory.mktemp("template") / "template.dpodesk")
    with pytest.MonkeyPatch.context() as patcher:
        template.install_key_cache(patcher)
        yield template


@pytest.fixture
def register(register_path, organisation, frozen_clock, register_template):
    """A freshly created, open, encrypted register; closed after the test."""
    from dpo_desk.services.register_file import create_register

    with register_template.creating():
        reg = create_register(register_path, TEST_PASSPHRASE, organisation, clock=frozen_clock)
    yield reg
    reg.close()
