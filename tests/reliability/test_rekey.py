"""A passphrase change never leaves the register unopenable (issue 21).

The change writes a new file under the new key beside the register and renames it over
the old one (storage.maintenance.rekey). These tests interrupt it everywhere it can be
interrupted, on real files and real processes:

- ``kill -9`` of a child process at each named step of the rekey (16 of them, from
  before the lock to after the new key is adopted, including inside the export);
- a genuinely full disk: the register on a small tmpfs, filled to several levels, so
  that SQLite and the OS themselves run out of room at different steps (skipped, with
  the reason, where mounting is not permitted; tests/storage/test_maintenance.py injects
  ENOSPC at every step, the fsync and the rename included, in any case);
- a read-only folder, in a child that gave up root (root writes anywhere).

After each, exactly one of the two passphrases opens the register, and completely:
every table's row count and the whole journal as before (old key), or as before plus
the one ``rekey`` entry chained to the old head (new key). What may remain is one
encrypted temporary file under the app's own name, which the next unlock removes.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text

from dpo_desk.services import maintenance as upkeep
from dpo_desk.services import register_file
from dpo_desk.storage import maintenance
from dpo_desk.storage.database import open_register
from dpo_desk.storage.errors import RekeyDiskFull, RekeyNotDone, WrongPassphrase
from dpo_desk.storage.maintenance import verify_problems
from tests.cli.runner import run_cli
from tests.conftest import TEST_PASSPHRASE, filled_register_bytes
from tests.reliability.processes import Lines, start_writer

NEW = "la nouvelle phrase secrète du DPO"

# Every named step of storage.maintenance.rekey, in order. Up to "replacing" the old
# file is the register; from "replaced" on, the new one is.
STEPS = (
    "exclusive",
    "locked",
    "temp-created",
    "exporting",
    "export-running",
    "export-written",
    "exported",
    "copy-opened",
    "journaled",
    "verified",
    "synced",
    "replacing",
    "replaced",
    "dir-synced",
    "released",
    "adopted",
)
FIRST_NEW = STEPS.index("replaced")


@dataclass(frozen=True)
class State:
    counts: dict[str, int]
    journal: list[tuple[str, str, str]]  # (action, prev_hash, hash), oldest first


def state(path: Path, passphrase: str) -> State | None:
    """What the passphrase opens, fully checked; None if it does not open the file."""
    try:
        opened = open_register(path, passphrase)
    except WrongPassphrase:
        return None
    try:
        assert verify_problems(opened) == []
        with opened.read() as conn:
            tables = list(
                conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars()
            )
            counts = {}
            for table in tables:
                sql = f'SELECT count(*) FROM "{table}"'  # noqa: S608 — names from sqlite_master
                counts[table] = conn.execute(text(sql)).scalar_one()
            journal = [
                tuple(row)
                for row in conn.execute(
                    text("SELECT action, prev_hash, hash FROM audit_log ORDER BY id")
                )
            ]
    finally:
        opened.close()
    return State(counts, journal)


def assert_one_complete(path: Path, before: State) -> str:
    """Exactly one passphrase opens the register, with everything in it; returns which."""
    old, new = state(path, TEST_PASSPHRASE), state(path, NEW)
    assert (old is None) != (new is None), "both or neither passphrase opens the register"
    if old is not None:
        assert old == before
        return "old"
    assert new.counts == before.counts | {"audit_log": before.counts["audit_log"] + 1}
    assert new.journal[:-1] == before.journal
    action, prev_hash, _hash = new.journal[-1]
    assert action == "rekey" and prev_hash == before.journal[-1][2]
    return "new"


def leftovers(folder: Path, name: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != name)


def assert_only_rekey_leftovers(folder: Path, name: str, *, own_wal: bool = False) -> None:
    """At most one temporary file (with its SQLite sidecars), under the app's own name.
    Beside the register, only its own WAL and WAL index when ``own_wal`` (the old file,
    killed while still in WAL mode: they belong to it); never a -journal, and never,
    once the new file is in place, a -wal or -shm written under the old key."""
    found = [n for n in leftovers(folder, name) if not (own_wal and n in _wal_names(name))]
    assert all(n.startswith(maintenance.REKEY_PREFIX) for n in found), found
    assert len([n for n in found if n.endswith(".tmp")]) <= 1, found
    for n in found:
        if n.endswith(".tmp"):  # encrypted: never an SQLite header in clear
            assert not (folder / n).read_bytes()[:16].startswith(b"SQLite format 3")


def _wal_names(name: str) -> set[str]:
    return {f"{name}-wal", f"{name}-shm"}


@pytest.fixture(scope="module")
def filled_bytes(tmp_path_factory, register_template) -> bytes:
    """The test register with some hundreds of requests, built once for the module."""
    return filled_register_bytes(tmp_path_factory.mktemp("filled"), register_template, 400, 21)


@pytest.fixture
def filled(filled_bytes, register_path):
    """A copy of that register, closed: a child process or a test opens it."""
    register_path.write_bytes(filled_bytes)
    register_path.chmod(0o600)
    return register_path


# ----------------------------------------------------------------------------- kill -9


@pytest.mark.parametrize("step", STEPS)
def test_kill_at_any_step_leaves_one_complete_register(filled, step):
    path = filled
    before = state(path, TEST_PASSPHRASE)
    child = start_writer("rekey", path, step, env_extra={"DPO_DESK_NEW_PASSPHRASE": NEW})
    lines = Lines(child)
    try:
        assert lines.next() == "ready"
        assert lines.next(timeout=120) == f"at {step}"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert child.returncode == -signal.SIGKILL

    renamed = STEPS.index(step) >= FIRST_NEW
    assert_only_rekey_leftovers(path.parent, path.name, own_wal=not renamed)
    which = assert_one_complete(path, before)
    assert which == ("new" if renamed else "old")

    # The next unlock removes what the interrupted change left (so does the next change:
    # tests/storage/test_maintenance.py).
    opened = register_file.unlock_register(path, NEW if which == "new" else TEST_PASSPHRASE)
    try:
        assert set(leftovers(path.parent, path.name)) == _wal_names(path.name)  # its own
    finally:
        opened.close()
    assert leftovers(path.parent, path.name) == []


def test_kill_after_the_rename_never_loses_a_write_to_the_old_file(filled):
    """A process that opened the register during the change (it waited for the lock)
    must not go on writing into the replaced file, where nobody would see it again: it
    fails instead (the replaced file's first page is overwritten after the rename)."""
    path = filled
    child = start_writer("rekey", path, "replacing", env_extra={"DPO_DESK_NEW_PASSPHRASE": NEW})
    lines = Lines(child)
    try:
        assert lines.next() == "ready"
        assert lines.next(timeout=120) == "at replacing"
        # Held by the rekey: a connection to the old file is opened now, then waits.
        import sqlcipher3

        late = sqlcipher3.connect(str(path), isolation_level=None, timeout=30)
        late.execute("PRAGMA key = '" + TEST_PASSPHRASE + "'")
        child.stdin.write(b"\n")  # let the rekey go on
        assert lines.next(timeout=120) == "done"
        with pytest.raises(sqlcipher3.DatabaseError):
            late.execute("SELECT count(*) FROM sqlite_master").fetchone()
        late.close()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert state(path, NEW) is not None


# ----------------------------------------------------------------------------- full disk


@pytest.fixture
def small_disk(tmp_path):
    """A 16 MB tmpfs: a disk that really fills up (root and CAP_SYS_ADMIN needed)."""
    mount = tmp_path / "disque"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root: the full disk is injected in tests/storage")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=16m,mode=0700", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(
            f"mount -t tmpfs not permitted here ({done.stderr.strip()}): the full disk is "
            "injected in tests/storage/test_maintenance.py"
        )
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(folder: Path, leave: int) -> Path:
    """Take all the room but ``leave`` bytes (rounded to pages) with one file."""
    filler = folder / "remplissage"
    free = shutil.disk_usage(folder).free
    with open(filler, "wb") as fh:
        chunk = bytes(1 << 20)
        left = max(0, free - leave)
        while left > 0:
            try:
                left -= fh.write(chunk[: min(left, len(chunk))])
            except OSError:
                break
    return filler


@pytest.fixture(scope="module")
def master(tmp_path_factory, register_template) -> Path:
    """A closed register of 1,200 requests (about 2 MB), outside the small disk; built
    once for the module, and only ever copied by the tests."""
    folder = tmp_path_factory.mktemp("maitre")
    path = folder / "registre-maitre.dpodesk"
    path.write_bytes(filled_register_bytes(folder, register_template, 1200, 21))
    return path


# Room left free, relative to what the copy needs (the register's pages in use, the
# WAL and WAL index of the copy while it is checked): from none at all to enough.
ROOMS_KIB = (-10_000, -1000, -64, 0, 16, 32, 64, 1024)


def test_a_really_full_disk_changes_nothing(small_disk, master, frozen_clock):
    """The disk runs out at different steps: before the lock, while the copy is
    written (its pages reach the disk at the export's COMMIT: SQLite's page cache holds
    them until then), while the copy is reopened, journaled and checked. Each time the
    error says so, and the old passphrase opens everything as before."""
    path = small_disk / master.name
    need = master.stat().st_size
    seen = []
    for room in ROOMS_KIB:
        for leftover in small_disk.iterdir():
            leftover.unlink()
        shutil.copyfile(master, path)
        before = state(path, TEST_PASSPHRASE)
        register = open_register(path, TEST_PASSPHRASE)
        reached: list[str] = []
        try:
            filler = _fill(small_disk, max(0, need + room * 1024))
            maintenance.step_hook = reached.append
            try:
                upkeep.change_passphrase(register, NEW, clock=frozen_clock)
            except RekeyDiskFull as error:
                message = error.message()
                assert message.startswith("Espace disque insuffisant"), message
                assert "ancienne phrase secrète ouvre toujours le registre" in message
                outcome = "full"
            else:
                outcome = "done"
            finally:
                maintenance.step_hook = None
            filler.unlink()
        finally:
            register.close()
        last = reached[-1] if reached else "-"
        seen.append((room, outcome, last))
        assert leftovers(small_disk, path.name) == [], (room, last)
        which = assert_one_complete(path, before)
        assert which == ("old" if outcome == "full" else "new"), (room, last)
    print("room (KiB beyond the copy's size), outcome, last step reached:", seen)
    failed_at = {STEPS.index(last) for _room, outcome, last in seen if outcome == "full"}
    assert min(failed_at) <= STEPS.index("export-written")  # writing the copy
    assert max(failed_at) >= STEPS.index("exported")  # checking the copy
    assert seen[-1][1] == "done"  # and with room enough, the change is made


def test_the_cli_says_the_disk_is_full(small_disk, master):
    path = small_disk / master.name
    shutil.copyfile(master, path)
    filler = _fill(small_disk, 600 * 1024)  # room for the unlock, not for the copy
    result = run_cli("rekey", "--db", str(path), env_extra={"DPO_DESK_NEW_PASSPHRASE": NEW})
    filler.unlink()
    assert result.returncode == 5, result.stderr
    assert result.stderr.startswith("Espace disque insuffisant"), result.stderr
    assert "Erreur inattendue" not in result.stderr
    assert leftovers(path.parent, path.name) == []
    assert run_cli("verify", "--db", str(path)).returncode == 0  # the old passphrase


# ----------------------------------------------------------------------------- read-only


NOBODY = 65534


def test_a_read_only_folder_is_said_and_changes_nothing(tmp_path, organisation, frozen_clock):
    """The folder is 0555 and the rekey runs in a forked child that gave up root (root
    ignores the folder's mode), after it opened the register while it could."""
    if os.geteuid() != 0:
        pytest.skip("dropping to another user needs root; os.access is faked in tests/storage")
    base = Path(os.path.realpath("/tmp")) / f"dpo-rekey-ro-{os.getpid()}-{tmp_path.name}"
    folder = base / "registres"
    folder.mkdir(parents=True)
    try:
        os.chmod(base, 0o711)
        path = folder / "registre.dpodesk"
        register = register_file.create_register(
            path, TEST_PASSPHRASE, organisation, clock=frozen_clock
        )
        register.close()
        before = state(path, TEST_PASSPHRASE)
        for item in (folder, *folder.iterdir()):
            os.chown(item, NOBODY, NOBODY)
        answer_r, answer_w = os.pipe()
        go_r, go_w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns into pytest
            code = 1
            try:
                os.setgroups([])
                os.setgid(NOBODY)
                os.setuid(NOBODY)
                opened = open_register(path, TEST_PASSPHRASE)
                os.write(answer_w, b"opened\n")
                os.read(go_r, 1)
                writable = os.access(folder, os.W_OK)
                try:
                    upkeep.change_passphrase(opened, NEW, clock=frozen_clock)
                    result = "changed"
                except RekeyNotDone as error:
                    result = error.message()
                opened.close()
                os.write(answer_w, f"{writable}|{result}\n".encode())
                code = 0
            finally:
                os._exit(code)
        assert os.read(answer_r, 100) == b"opened\n"
        os.chmod(folder, 0o555)
        os.write(go_w, b"g")
        answer = b""
        while not answer.endswith(b"\n"):
            chunk = os.read(answer_r, 4096)
            if not chunk:
                break
            answer += chunk
        _, status = os.waitpid(pid, 0)
        os.chmod(folder, 0o755)
        assert os.waitstatus_to_exitcode(status) == 0, answer
        writable, message = answer.decode().strip().split("|", 1)
        assert writable == "False"
        assert "n'accepte pas de nouveau fichier" in message, message
        assert "l'ancienne phrase secrète ouvre toujours le registre" in message
        # The register's own WAL stays: the folder would not let SQLite remove it.
        assert set(leftovers(folder, path.name)) <= _wal_names(path.name)
        assert assert_one_complete(path, before) == "old"
    finally:
        shutil.rmtree(base, ignore_errors=True)
