"""Crash safety: a writer killed with SIGKILL at random points loses no commit it reported.

The child commits requests one by one through the services and prints each reference
once committed (synchronous=FULL, WAL). The parent reads the pipe, kills the child at a
random moment (after a random number of ids, then a random extra wait *on the pipe*),
reopens the file and checks that every printed reference is there and that both
integrity checks and the journal's chain hold.
"""

from __future__ import annotations

import os
import random
import signal
import time

from sqlalchemy import text

from dpo_desk.storage.database import open_register
from dpo_desk.storage.maintenance import verify_problems
from tests.conftest import TEST_PASSPHRASE
from tests.reliability.processes import Lines, start_writer

ROUNDS = 20


def test_sigkill_never_loses_a_reported_commit(register):
    path = register.path
    register.close()
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    printed: list[str] = []
    started = time.monotonic()
    for round_ in range(ROUNDS):
        child = start_writer("commit", path)
        lines = Lines(child)
        try:
            assert lines.next() == "ready", f"seed {seed}"
            for _ in range(rng.randint(0, 5)):
                printed.append(lines.next())
            # A random moment, somewhere inside a later transaction (or between two).
            printed.extend(lines.within(rng.uniform(0.0, 0.05)))
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait()
        printed.extend(lines.rest())
        assert child.returncode == -signal.SIGKILL

        reopened = open_register(path, TEST_PASSPHRASE)  # recovers the WAL
        try:
            with reopened.read() as conn:
                present = set(conn.execute(text("SELECT reference FROM rights_request")).scalars())
            missing = [ref for ref in printed if ref not in present]
            assert not missing, f"round {round_}, seed {seed}: lost {missing}"
            assert verify_problems(reopened) == [], f"round {round_}, seed {seed}"
        finally:
            reopened.close()
    assert len(printed) >= ROUNDS  # the test did kill writers that were writing
    print(f"{ROUNDS} rounds, {len(printed)} commits, {time.monotonic() - started:.1f} s")
