"""A child process for the fault tests; it talks to its parent through its pipes only.

    python -m tests.reliability.writer commit PATH     create requests one by one through
        the services; after each commit print its reference (flushed), forever
    python -m tests.reliability.writer hold PATH       take SQLite's write lock (BEGIN
        IMMEDIATE), print "locked", wait for a line on stdin, then insert a setting,
        commit and print "released"
    python -m tests.reliability.writer rekey PATH STEP   change the passphrase (the new
        one from DPO_DESK_NEW_PASSPHRASE) through the service; on reaching the named
        step of storage.maintenance.rekey print "at STEP" and wait for a line on stdin
        (the parent kills it there); at the end print "done"

    python -m tests.reliability.writer export PATH OUT [named]   export the requests
        to OUT; once every row is in the workbook and before it is finished, print
        "writing" and wait for a line on stdin (the parent kills it there). With
        "named", the export takes the named-temporary-file path (no O_TMPFILE).

The passphrase comes from DPO_DESK_PASSPHRASE, as for the CLI.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, date, datetime
from pathlib import Path


def commit_forever(path: Path, passphrase: str) -> None:
    from dpo_desk.domain.clock import FixedClock
    from dpo_desk.domain.requests import Regime, Right
    from dpo_desk.domain.rights_request import RequestIntake
    from dpo_desk.services import registers
    from dpo_desk.services import requests as request_service

    clock = FixedClock(datetime(2026, 3, 10, 9, 30, tzinfo=UTC))
    register = registers.unlock_register(path, passphrase, clock=clock)
    print("ready", flush=True)
    number = 0
    while True:
        number += 1
        intake = RequestIntake(
            regimes=frozenset({Regime.GDPR}),
            rights=frozenset({Right.ACCESS}),
            received_on=date(2026, 3, 2),
            requester_name=f"Écrivain {os.getpid()} {number}",
            notes="x" * (number % 7 * 300),  # rows of varied sizes: page splits too
        )
        created = request_service.create_request(register, intake, clock=clock)
        # Printed only once committed: a reference the parent reads must survive.
        print(created.reference, flush=True)


def hold_lock(path: Path, passphrase: str) -> None:
    import sqlcipher3

    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
    conn.execute("BEGIN IMMEDIATE")
    print("locked", flush=True)
    sys.stdin.readline()
    conn.execute(
        "INSERT INTO register_settings (key, value) VALUES ('written_by_other_process', '1')"
    )
    conn.execute("COMMIT")
    conn.close()
    print("released", flush=True)


def rekey_until(path: Path, passphrase: str, step: str) -> None:
    from dpo_desk.services import maintenance as upkeep
    from dpo_desk.storage import maintenance
    from dpo_desk.storage.database import open_register

    register = open_register(path, passphrase)  # no "unlock" entry: the journal stays put
    print("ready", flush=True)

    def stop(name: str) -> None:
        if name == step:
            maintenance.step_hook = None  # once (the export's progress calls it again)
            print(f"at {name}", flush=True)
            sys.stdin.readline()

    maintenance.step_hook = stop
    upkeep.change_passphrase(register, os.environ["DPO_DESK_NEW_PASSPHRASE"])
    print("done", flush=True)
    sys.stdin.readline()


def export_until_killed(path: Path, passphrase: str, out: Path, named: bool) -> None:
    from dpo_desk.services import exports
    from dpo_desk.storage.database import open_register

    register = open_register(path, passphrase)
    if named:
        exports._unnamed_file = lambda folder: None
    real_write = exports.write_workbook

    def held(rows):
        yield from rows
        print("writing", flush=True)
        sys.stdin.readline()

    def write_workbook(target, cover, sheets, **kwargs):
        for sheet in sheets:
            sheet.rows = held(sheet.rows)
        return real_write(target, cover, sheets, **kwargs)

    exports.write_workbook = write_workbook
    exports.export_register(register, "requests", out)
    print("done", flush=True)


def main() -> None:
    mode, path = sys.argv[1], Path(sys.argv[2])
    passphrase = os.environ["DPO_DESK_PASSPHRASE"]
    if mode == "commit":
        commit_forever(path, passphrase)
    elif mode == "hold":
        hold_lock(path, passphrase)
    elif mode == "rekey":
        rekey_until(path, passphrase, sys.argv[3])
    elif mode == "export":
        export_until_killed(path, passphrase, Path(sys.argv[3]), "named" in sys.argv[4:])
    else:  # pragma: no cover
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()
