"""Each failure the user can meet has its own sentence and exit code (issue 21, item 5).

They used to end as "Erreur inattendue", exit 1 (or, for a FIFO given as ``--db``, hang
for ever). Each is made here for real, and the real command is run:

- a full disk: a small tmpfs, filled (root needed; skipped with the reason otherwise);
- a read-only folder and file: a forked child that gave up root (root writes anywhere);
- a name longer than the file system allows (a 300-character component);
- bytes that are not UTF-8 in an argument, in DPO_DESK_PASSPHRASE, in a passphrase file;
- a year past 9999, typed or reached by a deadline;
- a named pipe and a device given as ``--db``;
- a page whose HMAC fails: "damaged, restore a backup", naming the page.

Every test checks the words, the exit code, and that no traceback was printed.
"""

from __future__ import annotations

import importlib
import io
import os
import pkgutil
import random
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

import dpo_desk
from dpo_desk.storage.database import PAGE_SIZE
from tests.cli.runner import run_cli
from tests.conftest import TEST_PASSPHRASE

LONG_NAME = "r" * 300 + ".dpodesk"  # 255 bytes is the limit of a name on Linux file systems


def assert_said(result, code: int, *words: str) -> None:
    """One sentence on stderr with ``words``, exit ``code``, never a traceback."""
    err = result.stderr if isinstance(result.stderr, str) else result.stderr.decode()
    assert result.returncode == code, (result.returncode, err)
    for word in words:
        assert word in err, (word, err)
    assert "Traceback" not in err and "Erreur inattendue" not in err, err
    assert len(err.strip().splitlines()) == 1, err


@pytest.fixture
def closed_register(register) -> Path:
    """The test register with some hundreds of requests (many pages), closed."""
    from bench.make_register import add_requests

    add_requests(register, 300, random.Random(5))
    path = register.path
    register.close()
    return path


def add_request(path: Path, **kwargs):
    return run_cli(
        "request",
        "add",
        "--db",
        str(path),
        "--regime",
        "law-09-08",
        "--right",
        "access",
        "--received",
        "2026-01-05",
        "--name",
        "Salma Bennani",
        **kwargs,
    )


# ----------------------------------------------------------------------------- year 9999


def test_a_year_past_9999_is_named_when_typed():
    result = run_cli(
        "deadline", "--regime", "gdpr", "--right", "access", "--received", "10000-01-01"
    )
    assert_said(result, 2, "10000-01-01", "l'année doit être comprise entre 1 et 9999")


@pytest.mark.parametrize(
    "args",
    [
        ("--regime", "gdpr", "--right", "access", "--received", "9999-12-30"),
        ("--regime", "law-09-08", "--right", "erasure", "--received", "9999-12-30"),
        ("--breach", "--aware-at", "9999-12-31T10:00"),
        ("--breach", "--aware-at", "9999-12-31T23:30Z"),
    ],
)
def test_a_deadline_past_9999_is_said(args):
    # Before: "Erreur inattendue (ValueError)" / "(OverflowError)", exit 1.
    result = run_cli("deadline", *args)
    assert_said(result, 6, "après le 31 décembre 9999")


def test_the_overflow_is_a_user_error_for_the_window_too():
    # The GUI shows UserError messages: the domain raises one, not OverflowError.
    from dpo_desk.domain.breaches import notification_deadline
    from dpo_desk.domain.errors import DateOutOfRange, UserError

    with pytest.raises(DateOutOfRange) as caught:
        notification_deadline(datetime(9999, 12, 31, 10, tzinfo=UTC))
    assert isinstance(caught.value, UserError)
    assert "9999" in caught.value.message()


# ----------------------------------------------------------------------------- name too long


def test_a_name_too_long_is_said(tmp_path, closed_register):
    # Before: "Erreur inattendue (OSError)", exit 1.
    long_path = str(tmp_path / LONG_NAME)
    assert_said(run_cli("info", "--db", long_path), 4, "trop long", "plus court")
    init = run_cli(
        "init", "--db", long_path, "--organisation", "X", "--dpo-name", "Y", "--dpo-email", "a@b.ma"
    )
    assert_said(init, 4, "trop long")
    backup = run_cli("backup", "--db", str(closed_register), "--out", long_path)
    assert_said(backup, 4, "trop long")
    assert sorted(p.name for p in tmp_path.iterdir()) == [closed_register.name]


# ----------------------------------------------------------------------------- FIFO, device


def test_a_fifo_given_as_register_is_refused_without_opening_it(tmp_path):
    # Before: opening the pipe blocked until a writer came: the command hung.
    fifo = tmp_path / "tube.dpodesk"
    os.mkfifo(fifo)
    result = run_cli("info", "--db", str(fifo))
    assert_said(result, 3, "tube.dpodesk n'est pas un registre", "tube nommé")


def test_a_device_given_as_register_is_refused():
    # Before: "le fichier est vide" (a device has no size).
    result = run_cli("info", "--db", os.devnull)
    assert_said(result, 3, "n'est pas un registre", "périphérique")


# ----------------------------------------------------------------------------- UTF-8


def run_bytes(*args: bytes | str, env: dict[bytes, bytes] | None = None):
    """The CLI with raw bytes in argv or the environment, as a shell can hand them."""
    base = dict(os.environb)
    base.pop(b"DPO_DESK_PASSPHRASE", None)
    base[b"DPO_DESK_PASSPHRASE"] = TEST_PASSPHRASE.encode()
    base.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "dpo_desk", *args],
        capture_output=True,
        env=base,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )


def test_an_argument_not_utf8_is_named(closed_register):
    # Before: "Erreur inattendue (UnicodeEncodeError)", exit 1, and nothing named.
    result = run_bytes(
        "request",
        "add",
        "--db",
        str(closed_register),
        "--regime",
        "law-09-08",
        "--right",
        "access",
        "--received",
        "2026-01-05",
        "--name",
        b"Sal\xe9ma",  # Latin-1
    )
    assert_said(result, 2, "« --name »", "UTF-8")
    assert b"Sal" not in result.stderr  # the value itself is never echoed
    named = run_bytes("info", b"--db=" + os.fsencode(closed_register.parent) + b"/r\xff.dpodesk")
    assert_said(named, 2, "« --db »", "UTF-8")


def test_a_passphrase_variable_not_utf8_is_named(closed_register):
    # Before: "Erreur inattendue (UnicodeEncodeError)", exit 1.
    latin1 = TEST_PASSPHRASE.replace("horse", "ch\xe8val").encode("latin-1")
    result = run_bytes("info", "--db", str(closed_register), env={b"DPO_DESK_PASSPHRASE": latin1})
    assert_said(result, 2, "DPO_DESK_PASSPHRASE", "UTF-8")


def test_a_passphrase_file_not_utf8_is_named(closed_register, tmp_path):
    # Before: "Erreur inattendue (UnicodeDecodeError)", exit 1.
    secret = tmp_path / "phrase.txt"
    secret.write_bytes(TEST_PASSPHRASE.replace("horse", "ch\xe8val").encode("latin-1") + b"\n")
    result = run_cli(
        "info", "--db", str(closed_register), "--passphrase-file", str(secret), passphrase=None
    )
    assert_said(result, 2, "phrase.txt", "UTF-8")


# ----------------------------------------------------------------------------- damaged page


def _flip(path: Path, page: int) -> None:
    """Change one byte inside ``page`` (1-based), past the salt of page 1."""
    with open(path, "r+b") as fh:
        fh.seek((page - 1) * PAGE_SIZE + 200)
        byte = fh.read(1)
        fh.seek((page - 1) * PAGE_SIZE + 200)
        fh.write(bytes([byte[0] ^ 0x5A]))


def test_a_damaged_first_page_is_not_a_wrong_passphrase(closed_register):
    # Before: "Phrase secrète incorrecte", exit 3: the user would try other passphrases
    # instead of restoring a backup.
    _flip(closed_register, 1)
    result = run_cli("info", "--db", str(closed_register))
    assert_said(result, 5, "endommagé", "page 1)", "Restaurez une sauvegarde")
    wrong = run_cli("info", "--db", str(closed_register), passphrase="une autre phrase secrète")
    assert_said(wrong, 3, "Phrase secrète incorrecte")


def test_a_damaged_page_is_named_when_read(closed_register):
    last = closed_register.stat().st_size // PAGE_SIZE
    _flip(closed_register, last)
    for command in (("verify",), ("backup", "--out", str(closed_register.parent / "copie"))):
        result = run_cli(*command[:1], "--db", str(closed_register), *command[1:])
        assert_said(result, 5, "endommagé", f"page {last})", "Restaurez une sauvegarde")
    assert not (closed_register.parent / "copie").exists()


# ----------------------------------------------------------------------------- full disk


@pytest.fixture
def small_disk(tmp_path):
    """A 4 MB tmpfs: a disk that really fills up (as tests/reliability/test_rekey.py)."""
    mount = tmp_path / "disque"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"mount -t tmpfs not permitted here ({done.stderr.strip()})")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(folder: Path, leave: int) -> Path:
    filler = folder / "remplissage"
    with open(filler, "wb") as fh:
        left = max(0, shutil.disk_usage(folder).free - leave)
        chunk = bytes(1 << 16)
        while left > 0:
            try:
                left -= fh.write(chunk[: min(left, len(chunk))])
                fh.flush()
            except OSError:
                break
    return filler


def test_a_full_disk_is_said_when_creating_and_writing(small_disk, closed_register):
    # Before, for the write: "Erreur d'accès au disque … : disk I/O error".
    path = small_disk / closed_register.name
    shutil.copyfile(closed_register, path)
    _fill(small_disk, 0)
    assert_said(add_request(path), 5, "Espace disque insuffisant")
    init = run_cli(
        "init",
        "--db",
        str(small_disk / "neuf.dpodesk"),
        "--organisation",
        "X",
        "--dpo-name",
        "Y",
        "--dpo-email",
        "a@b.ma",
    )
    assert_said(init, 5, "Espace disque insuffisant")
    assert not (small_disk / "neuf.dpodesk").exists()


def test_a_backup_on_a_full_disk_says_so(small_disk, closed_register):
    # Before: "Erreur d'accès au disque pour .dpo-sauvegarde-….tmp : cannot rollback - no
    # transaction is active": the ROLLBACK after SQLite had ended the transaction hid
    # the real error.
    size = closed_register.stat().st_size
    outcomes = []
    for room in (0, size // 8, size // 4, size // 2, 3 * size // 4):
        for leftover in small_disk.iterdir():
            leftover.unlink()
        _fill(small_disk, room)
        target = small_disk / "copie.dpodesk"
        result = run_cli("backup", "--db", str(closed_register), "--out", str(target))
        outcomes.append(result.returncode)
        assert_said(result, 5, "Espace disque insuffisant pour écrire copie.dpodesk")
        assert sorted(p.name for p in small_disk.iterdir()) == ["remplissage"]
    assert outcomes == [5] * 5


# ----------------------------------------------------------------------------- read-only


NOBODY = 65534


def _warm_imports() -> None:
    """A child that gave up root cannot read this interpreter's library (under /root
    here): import, while still root, everything a command may load lazily."""
    importlib.import_module("importlib.readers")
    importlib.import_module("importlib.resources")
    for module in pkgutil.walk_packages(dpo_desk.__path__, "dpo_desk."):
        if ".ui" not in module.name and not module.name.endswith("__main__"):
            importlib.import_module(module.name)


def run_as_nobody(config: Path, *argv: str) -> subprocess.CompletedProcess:
    """``dpo-desk argv`` in a forked child running as nobody; its stderr and status."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 99
        try:
            os.environ["DPO_DESK_CONFIG_DIR"] = str(config)
            os.environ["DPO_DESK_PASSPHRASE"] = TEST_PASSPHRASE
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            os.dup2(write_end, 1)
            os.dup2(write_end, 2)
            stream = io.TextIOWrapper(os.fdopen(2, "wb", buffering=0, closefd=False))
            sys.stdout = sys.stderr = stream
            from dpo_desk import cli

            code = cli.main(list(argv))
            stream.flush()
        finally:
            os._exit(code)
    os.close(write_end)
    out = b""
    while chunk := os.read(read_end, 65536):
        out += chunk
    os.close(read_end)
    _, status = os.waitpid(pid, 0)
    return subprocess.CompletedProcess(argv, os.waitstatus_to_exitcode(status), "", out.decode())


@pytest.fixture
def nobody_home(tmp_path, closed_register):
    """A folder of nobody's with a register in it, and a read-only folder beside."""
    if os.geteuid() != 0:
        pytest.skip("dropping to another user needs root")
    _warm_imports()
    base = Path(os.path.realpath("/tmp")) / f"dpo-exact-{os.getpid()}-{tmp_path.name}"
    home = base / "registres"
    (home / "lecture-seule").mkdir(parents=True)
    (home / "config").mkdir()
    os.chmod(base, 0o711)
    shutil.copyfile(closed_register, home / "registre.dpodesk")
    for item in (home, *home.iterdir()):
        os.chown(item, NOBODY, NOBODY)
    os.chmod(home / "lecture-seule", 0o555)
    try:
        yield home
    finally:
        shutil.rmtree(base, ignore_errors=True)


def test_a_read_only_folder_is_said(nobody_home):
    # Before: "Erreur d'accès au disque … : Permission denied" (backup) and
    # "… : attempt to write a readonly database" (init).
    config = nobody_home / "config"
    ro = nobody_home / "lecture-seule"
    backup = run_as_nobody(
        config, "backup", "--db", str(nobody_home / "registre.dpodesk"), "--out", str(ro / "c")
    )
    assert_said(backup, 5, "Impossible d'écrire c :", "lecture seule")
    init = run_as_nobody(
        config,
        "init",
        "--db",
        str(ro / "neuf.dpodesk"),
        "--organisation",
        "X",
        "--dpo-name",
        "Y",
        "--dpo-email",
        "a@b.ma",
    )
    assert_said(init, 5, "Impossible d'écrire neuf.dpodesk", "lecture seule")
    assert list(ro.iterdir()) == []


def test_a_read_only_register_file_is_said_on_a_write(nobody_home):
    # Before: "Erreur d'accès au disque … : attempt to write a readonly database".
    path = nobody_home / "registre.dpodesk"
    os.chmod(path, 0o444)
    before = path.read_bytes()
    result = run_as_nobody(
        nobody_home / "config",
        "request",
        "add",
        "--db",
        str(path),
        "--regime",
        "law-09-08",
        "--right",
        "access",
        "--received",
        "2026-01-05",
        "--name",
        "Salma Bennani",
    )
    assert_said(result, 5, "Impossible d'écrire registre.dpodesk", "lecture seule")
    assert path.read_bytes() == before
