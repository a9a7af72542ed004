"""The journal's seal on this computer: count and head, by register UUID and path."""

from __future__ import annotations

import json
import shutil

from dpo_desk.services import preferences, register_file, seal
from tests.conftest import TEST_PASSPHRASE
from tests.reliability.casework import open_request


def test_every_commit_and_the_close_move_the_seal(register, frozen_clock):
    first = seal.last_seen(register)
    assert first is not None and first == seal.current(register)
    open_request(register, frozen_clock)
    moved = seal.last_seen(register)
    assert moved.count == first.count + 1 and moved.head != first.head
    stored = preferences.load_seals()[register.register_uuid]
    # A count, a hash and the file's path: nothing else leaves the register.
    assert set(stored) == {"count", "head", "path"} and len(stored["head"]) == 64


def test_a_copy_at_another_path_is_not_held_to_the_seal(register, frozen_clock, tmp_path):
    copy = tmp_path / "copie.dpodesk"
    path = register.path
    register.close()
    shutil.copyfile(path, copy)
    reopened = register_file.unlock_register(path, TEST_PASSPHRASE, clock=frozen_clock)
    open_request(reopened, frozen_clock)
    reopened.close()
    older = register_file.open_without_unlock(copy, TEST_PASSPHRASE)
    try:
        assert seal.findings(older) == []  # a backup is verified on its own terms
        register_file.verify_register(older)
    finally:
        older.close()


def test_read_only_opens_leave_the_seal_alone(register, frozen_clock):
    path = register.path
    register.close()
    before = preferences.load_seals()
    opened = register_file.open_without_unlock(path, TEST_PASSPHRASE)
    register_file.verify_register(opened)
    opened.close()
    assert preferences.load_seals() == before


def test_an_unreadable_seals_file_is_ignored(register, isolated_environment):
    (isolated_environment / preferences.SEALS_FILE).write_text("{ pas du json", "utf-8")
    assert seal.last_seen(register) is None
    register_file.verify_register(register)
    seal.record(register)
    assert json.loads((isolated_environment / preferences.SEALS_FILE).read_text("utf-8"))


def test_expect_accepts_any_head_of_the_chain(register, frozen_clock):
    head = seal.current(register).head
    open_request(register, frozen_clock)
    assert seal.expect_findings(register, head.upper()) == []
    assert seal.expect_findings(register, "0" * 63 + "1")


def _walked(conn, position: int) -> str | None:
    """The position-th entry's hash found the slow way: stepping over the others."""
    from sqlalchemy import select

    from dpo_desk.storage.schema import audit_log

    return conn.execute(
        select(audit_log.c.hash).order_by(audit_log.c.id).offset(position - 1).limit(1)
    ).scalar()


def test_the_entry_at_a_position_is_found_by_id_and_survives_gaps(register, frozen_clock):
    from sqlalchemy import delete

    from dpo_desk.storage import audit
    from dpo_desk.storage.schema import audit_log

    for _ in range(3):
        open_request(register, frozen_clock)
    with register.read() as conn:
        count = audit.entry_count(conn)
        assert count >= 4
        assert [audit.hash_at(conn, n) for n in range(1, count + 1)] == [
            _walked(conn, n) for n in range(1, count + 1)
        ]
        assert audit.hash_at(conn, count + 1) is None
    # Entries cut out of the middle (a tampered file): positions shift, as the walk says.
    with register.write() as conn:
        conn.execute(delete(audit_log).where(audit_log.c.id == 2))
    with register.read() as conn:
        remaining = audit.entry_count(conn)
        assert remaining == count - 1
        found = [audit.hash_at(conn, n) for n in range(1, count + 1)]
        assert found == [_walked(conn, n) for n in range(1, count + 1)]
        assert found[-1] is None and found[1] != _walked(conn, 1)
