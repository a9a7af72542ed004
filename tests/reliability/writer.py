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

    python -m tests.reliability.writer commit PATH journaled   the same, but the
        fourth request stops inside its write transaction, after its journal entry and
        before the COMMIT: print "at journaled" and wait (the parent kills it there)

    For bench/torture.py (``make torture``), each with an optional STEP: on reaching it,
    print "at STEP" and wait for a line on stdin; without one (or with "none"), print
    "started" and run to the end. Each prints "done" at the end and waits for a line.

    python -m tests.reliability.writer backup PATH OUT [STEP]    an encrypted copy of
        the register in OUT (services.maintenance.backup_register); steps: exported,
        synced, verified, published
    python -m tests.reliability.writer restore SOURCE TARGET [STEP]   a new register
        TARGET from the backup SOURCE (services.maintenance.restore_register); steps:
        staged, checked, synced, published
    python -m tests.reliability.writer import PATH XLSX [STEP]   import the requests of
        XLSX (services.imports); steps: planned, inserted (inside the transaction, the
        rows written, their journal entries not yet)
    python -m tests.reliability.writer export PATH OUT free   export without holding:
        print "started", export, print "done"

The passphrase comes from DPO_DESK_PASSPHRASE, as for the CLI.
"""

from __future__ import annotations

import os
import shutil
import sys
from datetime import UTC, date, datetime
from pathlib import Path


def _stop_at(step: str | None):
    """A callable that, called with the name of the step reached, stops at ``step``:
    prints "at STEP" and waits for a line on stdin (the parent kills it there)."""

    def reached(name: str) -> None:
        if name == step:
            print(f"at {name}", flush=True)
            sys.stdin.readline()

    return reached


def _after(module, name: str, step: str, reached) -> None:
    """Make ``module.name`` call ``reached(step)`` once it has returned."""
    real = getattr(module, name)

    def wrapped(*args, **kwargs):
        result = real(*args, **kwargs)
        reached(step)
        return result

    setattr(module, name, wrapped)


def _begin(step: str | None) -> None:
    if step is None:
        print("started", flush=True)


def _end() -> None:
    print("done", flush=True)
    sys.stdin.readline()


def commit_forever(path: Path, passphrase: str, pause: str | None = None) -> None:
    from dpo_desk.domain.clock import FixedClock
    from dpo_desk.domain.requests.model import RequestIntake
    from dpo_desk.domain.requests.workflow import Regime, Right
    from dpo_desk.services import register_file
    from dpo_desk.services import requests as request_service

    clock = FixedClock(datetime(2026, 3, 10, 9, 30, tzinfo=UTC))
    register = register_file.unlock_register(path, passphrase, clock=clock)
    if pause == "journaled":
        from dpo_desk.storage import audit

        calls = {"n": 0}
        real_append = audit.append

        def append(*args, **kwargs):
            digest = real_append(*args, **kwargs)
            calls["n"] += 1
            if calls["n"] == 4:
                print("at journaled", flush=True)
                sys.stdin.readline()
            return digest

        audit.append = append
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
    from dpo_desk.storage import files
    from dpo_desk.storage.database import open_register

    register = open_register(path, passphrase)
    if named:
        files._unnamed_file = lambda folder: None
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


def backup_until(path: Path, passphrase: str, out: Path, step: str | None) -> None:
    from dpo_desk.services import maintenance as upkeep
    from dpo_desk.storage import maintenance
    from dpo_desk.storage.database import open_register

    register = open_register(path, passphrase)
    reached = _stop_at(step)
    for name, label in (
        ("_export_into", "exported"),
        ("_fsync_file", "synced"),
        ("_verify_copy", "verified"),
        ("_publish", "published"),
    ):
        _after(maintenance, name, label, reached)
    _begin(step)
    upkeep.backup_register(register, out)
    register.close()
    _end()


def restore_until(source: Path, target: Path, passphrase: str, step: str | None) -> None:
    from dpo_desk.services import maintenance as upkeep
    from dpo_desk.storage import maintenance

    reached = _stop_at(step)
    real_copy = maintenance.shutil.copyfile

    class _Shutil:  # the module's view of shutil: copyfile stops after the staging copy
        def __getattr__(self, name):
            return getattr(shutil, name)

        @staticmethod
        def copyfile(*args, **kwargs):
            result = real_copy(*args, **kwargs)
            reached("staged")
            return result

    maintenance.shutil = _Shutil()
    _after(maintenance, "verify_problems", "checked", reached)
    _after(maintenance, "_fsync_file", "synced", reached)
    _after(maintenance, "_publish", "published", reached)
    _begin(step)
    upkeep.restore_register(source, target, passphrase).close()
    _end()


def import_until(path: Path, passphrase: str, workbook: Path, step: str | None) -> None:
    from dpo_desk.services import imports
    from dpo_desk.storage import imports as store
    from dpo_desk.storage.database import open_register

    register = open_register(path, passphrase)
    reached = _stop_at(step)
    _after(store, "insert_requests", "inserted", reached)
    _begin(step)
    plan = imports.plan_import(register, "requests", workbook)
    reached("planned")
    imports.apply_import(register, plan)
    register.close()
    _end()


def export_free(path: Path, passphrase: str, out: Path) -> None:
    from dpo_desk.services import exports
    from dpo_desk.storage.database import open_register

    register = open_register(path, passphrase)
    _begin(None)
    exports.export_register(register, "requests", out)
    register.close()
    _end()


def main() -> None:
    mode, path = sys.argv[1], Path(sys.argv[2])
    passphrase = os.environ["DPO_DESK_PASSPHRASE"]
    step = sys.argv[4] if len(sys.argv) > 4 and sys.argv[4] != "none" else None
    if mode == "commit":
        commit_forever(path, passphrase, sys.argv[3] if len(sys.argv) > 3 else None)
    elif mode == "hold":
        hold_lock(path, passphrase)
    elif mode == "rekey":
        rekey_until(path, passphrase, sys.argv[3])
    elif mode == "export" and "free" in sys.argv[4:]:
        export_free(path, passphrase, Path(sys.argv[3]))
    elif mode == "export":
        export_until_killed(path, passphrase, Path(sys.argv[3]), "named" in sys.argv[4:])
    elif mode == "backup":
        backup_until(path, passphrase, Path(sys.argv[3]), step)
    elif mode == "restore":
        restore_until(path, Path(sys.argv[3]), passphrase, step)
    elif mode == "import":
        import_until(path, passphrase, Path(sys.argv[3]), step)
    else:  # pragma: no cover
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()
