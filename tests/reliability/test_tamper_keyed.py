"""Tamper with the key: what someone holding the passphrase and an SQLite shell would do.

Flipped bytes fail SQLCipher's HMACs (test_tamper.py); these edits do not, since they
are made through SQLCipher with the right key. Each is made on a copy of one register
that was used and then closed through the app (so the seal on this computer is that of
the untouched file), and ``verify`` must report it. The -wal deletion is the same
question without the key: committed work lost behind the app's back.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import create_engine, select, update
from sqlalchemy.pool import StaticPool

from dpo_desk.services import maintenance as upkeep
from dpo_desk.services import register_file, seal
from dpo_desk.services import requests as request_service
from dpo_desk.storage import audit
from dpo_desk.storage.errors import IntegrityFailure, RegisterError
from dpo_desk.storage.schema import audit_log
from tests.conftest import TEST_PASSPHRASE
from tests.reliability.casework import closed_breach, open_request


def _raw(path: Path) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA key = '" + TEST_PASSPHRASE.replace("'", "''") + "'")
    return conn


def _sql(path: Path, *statements: str) -> None:
    conn = _raw(path)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def _scalar(path: Path, query: str):
    conn = _raw(path)
    try:
        return conn.execute(query).fetchone()[0]
    finally:
        conn.close()


# ----------------------------------------------------------------------------- the attacks


def delete_last_journal_rows(path: Path, _older: Path) -> None:
    _sql(path, "DELETE FROM audit_log WHERE id > (SELECT max(id) - 3 FROM audit_log)")


def forge_and_rechain(path: Path, _older: Path) -> None:
    """Move the first request's due date, in its row and in its create entry, then
    recompute every hash from there: the chain holds, the replay agrees."""
    raw = _raw(path)
    engine = create_engine(
        "sqlite://", module=sqlcipher3, creator=lambda: raw, poolclass=StaticPool
    )
    with engine.begin() as conn:
        row = conn.exec_driver_sql(
            "SELECT id, reference, due_on FROM rights_request ORDER BY id LIMIT 1"
        ).one()
        conn.exec_driver_sql(
            "UPDATE rights_request SET due_on = '2027-01-01' WHERE id = ?", (row.id,)
        )
        entries = conn.execute(select(audit_log).order_by(audit_log.c.id)).all()
        prev = audit.GENESIS
        for entry in entries:
            changes = entry.changes
            if entry.entity == "request" and entry.entity_id == row.reference:
                changes = changes.replace(f'"due_on": "{row.due_on}"', '"due_on": "2027-01-01"')
            digest = audit.chain_hash(
                prev,
                audit.canonical(
                    entry.at, entry.actor, entry.action, entry.entity, entry.entity_id, changes
                ),
            )
            conn.execute(
                update(audit_log)
                .where(audit_log.c.id == entry.id)
                .values(changes=changes, prev_hash=prev, hash=digest)
            )
            prev = digest
    engine.dispose()
    raw.close()


def change_due_date(path: Path, _older: Path) -> None:
    _sql(path, "UPDATE rights_request SET due_on = date(due_on, '+1 day') WHERE id = 2")


def delete_request(path: Path, _older: Path) -> None:
    _sql(path, "DELETE FROM rights_request WHERE id = 3")


def add_trigger(path: Path, _older: Path) -> None:
    _sql(
        path,
        "CREATE TRIGGER later AFTER INSERT ON rights_request BEGIN "
        "UPDATE rights_request SET due_on = date(due_on, '+30 days') WHERE id = new.id; END",
    )


def add_view(path: Path, _older: Path) -> None:
    _sql(path, "CREATE VIEW en_retard AS SELECT reference FROM rights_request")


def swap_older_backup(path: Path, older: Path) -> None:
    shutil.copyfile(older, path)


def change_breach_awareness(path: Path, _older: Path) -> None:
    _sql(path, "UPDATE breach SET aware_at = datetime(aware_at, '+2 days')")


def insert_request(path: Path, _older: Path) -> None:
    conn = _raw(path)
    try:
        cursor = conn.execute("SELECT * FROM rights_request WHERE id = 1")
        names = [d[0] for d in cursor.description]
        values = dict(zip(names, cursor.fetchone(), strict=True))
        values.update(id=None, reference="DSR-2026-0999")
        marks = ", ".join("?" for _ in names)
        conn.execute(
            f"INSERT INTO rights_request ({', '.join(names)}) VALUES ({marks})",  # noqa: S608
            list(values.values()),
        )
    finally:
        conn.close()


def drop_index(path: Path, _older: Path) -> None:
    name = _scalar(
        path,
        "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND tbl_name = 'rights_request' ORDER BY name LIMIT 1",
    )
    _sql(path, f'DROP INDEX "{name}"')


ATTACKS: dict[str, Callable[[Path, Path], None]] = {
    "delete the last journal rows": delete_last_journal_rows,
    "forge an entry and recompute the chain": forge_and_rechain,
    "change a due date without an entry": change_due_date,
    "delete a request without an entry": delete_request,
    "add a trigger": add_trigger,
    "add a view": add_view,
    "swap in an older backup": swap_older_backup,
    "change a breach's awareness": change_breach_awareness,
    "insert a request without an entry": insert_request,
    "drop an index": drop_index,
}


# ----------------------------------------------------------------------------- the register


@pytest.fixture
def used_register(register, frozen_clock, tmp_path):
    """A register with requests and a breach taken to closure, an older backup of it,
    closed through the app (the seal is that of this file)."""
    for n in range(3):
        open_request(register, frozen_clock, requester_name=f"Personne {n}")
    older = tmp_path / "sauvegardes" / "ancienne.dpodesk"
    older.parent.mkdir()
    upkeep.backup_register(register, older, clock=frozen_clock)
    req = open_request(register, frozen_clock, requester_name="Personne 3")
    req = request_service.start_work(register, req, clock=frozen_clock)
    request_service.extend(register, req, reason="Complexité", clock=frozen_clock)
    closed_breach(register, frozen_clock)
    path = register.path
    register.close()
    return path, older


def _verdict(path: Path, expect: str | None = None) -> str:
    try:
        opened = register_file.open_without_unlock(path, TEST_PASSPHRASE)
    except RegisterError as error:
        return f"refused at opening: {error.message()}"
    try:
        register_file.verify_register(opened, expect=expect)
    except IntegrityFailure as error:
        return error.message()
    finally:
        opened.close()
    return ""


def test_the_untouched_register_verifies(used_register):
    path, _older = used_register
    assert _verdict(path) == ""


@pytest.mark.parametrize("name", list(ATTACKS))
def test_keyed_tampering_is_reported(used_register, name):
    path, older = used_register
    ATTACKS[name](path, older)
    verdict = _verdict(path)
    print(f"{name}: {verdict or 'NOT DETECTED'}")
    assert verdict, f"{name}: not detected"


def test_what_each_attack_is_reported_as(used_register, tmp_path):
    """The finding names the record, the field or the object."""
    path, older = used_register
    expected = {
        "delete the last journal rows": "3 entrées du journal vues par cet ordinateur manquent",
        "forge an entry and recompute the chain": "ne contient plus l'entrée",
        "change a due date without an entry": "DSR-2026-0002 : due_on vaut",
        "delete a request without an entry": "DSR-2026-0003 : absent du registre",
        "add a trigger": "trigger « later » inconnu",
        "add a view": "view « en_retard » inconnu",
        "swap in an older backup": "entrées du journal vues par cet ordinateur manquent",
        "change a breach's awareness": "aware_at vaut",
        "insert a request without an entry": "DSR-2026-0999 : présent dans le registre sans",
        "drop an index": "manquant",
    }
    for name, attack in ATTACKS.items():
        copy = path  # the seal is held to the register's own path: attack it in place
        saved = tmp_path / "intact.dpodesk"
        shutil.copyfile(path, saved)
        attack(copy, older)
        verdict = _verdict(copy)
        shutil.copyfile(saved, path)
        assert expected[name] in verdict, f"{name}: {verdict!r}"


def test_a_printed_head_is_checked_against_the_chain(used_register):
    path, _older = used_register
    opened = register_file.open_without_unlock(path, TEST_PASSPHRASE)
    head = seal.current(opened).head
    opened.close()
    assert _verdict(path, expect=head) == ""
    forge_and_rechain(path, path)
    assert "n'est pas dans le journal" in _verdict(path, expect=head)


def test_read_only_commands_leave_the_file_as_it_was(used_register):
    path, _older = used_register
    before = path.read_bytes()
    opened = register_file.open_without_unlock(path, TEST_PASSPHRASE)
    register_file.verify_register(opened)
    register_file.register_info(opened)
    opened.close()
    assert path.read_bytes() == before
    assert not Path(str(path) + "-wal").exists()


def test_a_deleted_wal_after_a_crash_is_reported(used_register, frozen_clock):
    """Committed work in the -wal of a process that died; the -wal is then deleted."""
    path, _older = used_register
    opened = register_file.unlock_register(path, TEST_PASSPHRASE, clock=frozen_clock)
    open_request(opened, frozen_clock, requester_name="Après la dernière fermeture")
    assert Path(str(path) + "-wal").stat().st_size > 0
    at_crash = path.read_bytes()  # the main file as the crash leaves it: no checkpoint
    opened.close()
    path.write_bytes(at_crash)
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    assert "entrées du journal vues par cet ordinateur manquent" in _verdict(path)


def test_close_checkpoints_the_wal(used_register, frozen_clock):
    path, _older = used_register
    opened = register_file.unlock_register(path, TEST_PASSPHRASE, clock=frozen_clock)
    open_request(opened, frozen_clock, requester_name="Encore")
    opened.close()
    wal = Path(str(path) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_a_writable_open_journals_a_broken_seal_before_moving_it(used_register, frozen_clock):
    path, _older = used_register
    delete_last_journal_rows(path, path)
    opened = register_file.unlock_register(path, TEST_PASSPHRASE, clock=frozen_clock)
    try:
        with opened.read() as conn:
            actions = [e.action for e in audit.entries_for(conn, "register", opened.register_uuid)]
        assert seal.MISMATCH_ACTION in actions
    finally:
        opened.close()
    # The evidence is now in the chain; the seal follows the file again (the replay
    # still sees the breach closed by an entry that is gone).
    verdict = _verdict(path)
    assert "manquent" not in verdict and "VIO-2026-0001 : status" in verdict


@pytest.mark.parametrize("mode", ["delete", "anonymise"])
def test_purged_cases_are_not_reported(register, mode):
    """A purge erases or anonymises a case, journaled: never a finding."""
    from datetime import date

    from tests.reliability.casework import clock_at, closed_request

    old = clock_at(date(2019, 1, 7))
    purged = closed_request(register, old)
    closed_breach(register, old)
    open_request(register, clock_at(date(2026, 3, 1)))
    report = upkeep.purge(register, mode=mode, clock=clock_at(date(2026, 3, 10)))
    assert purged.reference in [c.reference for c in report.cases]
    register_file.verify_register(register)


def test_cli_reads_write_nothing_and_an_exported_head_verifies(used_register, tmp_path):
    """info, verify, list and show leave the file byte for byte; an export adds its own
    entry only, so the head printed on its cover is still found by ``verify --expect``."""
    from openpyxl import load_workbook

    from tests.cli.runner import run_cli

    path, _older = used_register
    before = path.read_bytes()
    for command in (
        ["info"],
        ["verify"],
        ["request", "list"],
        ["request", "show", "DSR-2026-0001"],
        ["breach", "list"],
    ):
        result = run_cli(*command, "--db", str(path))
        assert result.returncode == 0, (command, result.stderr)
    assert path.read_bytes() == before

    out = tmp_path / "export.xlsx"
    result = run_cli("export", "--db", str(path), "--register", "requests", "--out", str(out))
    assert result.returncode == 0, result.stderr
    cells = [c.value for row in load_workbook(out).worksheets[0].iter_rows() for c in row]
    head = next(v for v in cells if isinstance(v, str) and len(v) == 64)
    opened = register_file.open_without_unlock(path, TEST_PASSPHRASE)
    try:
        with opened.read() as conn:
            actions = [e.action for e in audit.list_entries(conn, audit.JournalFilter())[:2]]
    finally:
        opened.close()
    assert actions[0] == "export" and "unlock" not in actions  # newest first
    assert run_cli("verify", "--db", str(path), "--expect", head).returncode == 0
    bad = run_cli("verify", "--db", str(path), "--expect", "ab" * 32)
    assert bad.returncode == 5 and "n'est pas dans le journal" in bad.stderr
