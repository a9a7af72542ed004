"""An export killed half-way leaves no plaintext behind (issue 21, item 3).

The child exports the requests and stops once every row is in the workbook, before it is
finished; the parent checks where the half-written workbook lives, kills the child with
SIGKILL and looks at the folder. On Linux the workbook is an unnamed file (O_TMPFILE):
the kernel frees it with the dead process. Where there is none, the named fallback's
leftover is removed, zeroed, by the next export into that folder.
"""

from __future__ import annotations

import hashlib
import os
import signal
import sys
from datetime import date
from pathlib import Path

import pytest

from dpo_desk.services import exports
from tests.reliability.casework import clock_at, open_request
from tests.reliability.processes import Lines, start_writer

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="O_TMPFILE and /proc: Linux")

CANARY = "Canari-Export-Tué"


def _register_with_a_large_request(register) -> None:
    # Enough text, and text that does not compress away, that the sheet has reached the
    # disk before the kill.
    for number in range(12):
        noise = "".join(hashlib.sha256(f"{number}-{i}".encode()).hexdigest() for i in range(1_400))
        open_request(register, clock_at(date(2026, 3, 10)), notes=f"{CANARY} {noise}")


def _open_files_in(pid: int, folder: Path) -> list[str]:
    found = []
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(folder) + "/"):
            found.append(target)
    return found


def _kill(child) -> None:
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    for stream in (child.stdin, child.stdout, child.stderr):
        stream.close()


def test_killed_export_leaves_nothing_in_the_folder(register, register_path, tmp_path):
    _register_with_a_large_request(register)
    register.close()
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    child = start_writer("export", register_path, str(out_dir / "demandes.xlsx"))
    lines = Lines(child)
    try:
        assert lines.next() == "writing"
        # The half-written workbook exists, unnamed ("/…/#1234 (deleted)"), and holds
        # data already: nothing in the folder has a name.
        open_files = _open_files_in(child.pid, out_dir)
        assert len(open_files) == 1 and open_files[0].endswith("(deleted)"), open_files
        fd_size = max(
            os.stat(f"/proc/{child.pid}/fd/{fd}").st_size
            for fd in os.listdir(f"/proc/{child.pid}/fd")
            if os.readlink(f"/proc/{child.pid}/fd/{fd}").startswith(str(out_dir) + "/")
        )
        assert fd_size > 0
        assert os.listdir(out_dir) == []
    finally:
        _kill(child)
    assert os.listdir(out_dir) == []


def test_named_fallback_leftover_is_swept_by_the_next_export(
    register, register_path, tmp_path, frozen_clock
):
    _register_with_a_large_request(register)
    register.close()
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    child = start_writer("export", register_path, str(out_dir / "demandes.xlsx"), "named")
    lines = Lines(child)
    try:
        assert lines.next() == "writing"
        leftovers = os.listdir(out_dir)
        assert len(leftovers) == 1 and leftovers[0].endswith(".part")
        assert f".{child.pid}-" in leftovers[0]  # names its owner
    finally:
        _kill(child)
    leftover = out_dir / leftovers[0]
    assert leftover.stat().st_size > 0  # a kill does leave it: the sweep must act

    # A live owner's file is never touched; a dead one's is removed.
    alive = out_dir / f".autre.xlsx.{os.getpid()}-0123abcd.part"
    alive.write_bytes(b"en cours")
    assert exports.sweep_leftovers(out_dir) == 1
    assert sorted(os.listdir(out_dir)) == [alive.name]
    alive.unlink()

    # And the next export into the folder sweeps by itself.
    child = start_writer("export", register_path, str(out_dir / "autre.xlsx"), "named")
    lines = Lines(child)
    try:
        assert lines.next() == "writing"
    finally:
        _kill(child)
    from dpo_desk.storage.database import open_register
    from tests.conftest import TEST_PASSPHRASE

    reopened = open_register(register_path, TEST_PASSPHRASE)
    try:
        exports.export_register(reopened, "requests", out_dir / "final.xlsx", clock=frozen_clock)
    finally:
        reopened.close()
    assert os.listdir(out_dir) == ["final.xlsx"]
