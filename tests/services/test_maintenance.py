"""Upkeep use cases: retention policy and purge, backups, restore, passphrase change,
and the journal that records them (and proves it was not rewritten)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text

from dpo_desk.domain.clock import FixedClock
from dpo_desk.domain.errors import ValidationError
from dpo_desk.domain.requests.workflow import RequestStatus
from dpo_desk.domain.retention import (
    CaseKind,
    PurgeMode,
    RetentionPolicy,
    add_years,
    is_expired,
    retention_end,
)
from dpo_desk.services import attachments, register_file
from dpo_desk.services import maintenance as upkeep
from dpo_desk.services import requests as request_service
from dpo_desk.storage.errors import IntegrityFailure, RegisterExists, WeakPassphrase
from tests.conftest import TEST_PASSPHRASE
from tests.reliability.casework import clock_at, closed_breach, closed_request, open_request

NAME = "Yassine El Amrani"


def _journal(register, action: str | None = None) -> list[tuple]:
    with register.read() as conn:
        rows = conn.execute(
            text("SELECT id, action, entity, entity_id, changes FROM audit_log ORDER BY id")
        ).all()
    return [tuple(r) for r in rows if action is None or r.action == action]


# ----------------------------------------------------------------------------- policy


def test_retention_dates():
    assert add_years(date(2020, 2, 29), 5) == date(2025, 3, 1)  # a day longer, never shorter
    assert retention_end(date(2021, 3, 10), 5) == date(2026, 3, 10)
    assert not is_expired(date(2021, 3, 10), 5, date(2026, 3, 10))
    assert is_expired(date(2021, 3, 10), 5, date(2026, 3, 11))


def test_policy_defaults_save_and_validation(register, frozen_clock):
    assert upkeep.retention_policy(register) == RetentionPolicy(5, 5)
    saved = upkeep.save_retention_policy(register, RetentionPolicy(3, 10), clock=frozen_clock)
    assert upkeep.retention_policy(register) == saved == RetentionPolicy(3, 10)
    entry = _journal(register, "update")[-1]
    assert json.loads(entry[4]) == {"request_years": [5, 3], "breach_years": [5, 10]}
    for bad in (0, -1, 101, 2.5, True):
        with pytest.raises(ValidationError):
            upkeep.save_retention_policy(register, RetentionPolicy(bad, 5))
    assert upkeep.backup_keep(register) == 7
    assert upkeep.save_backup_keep(register, 0, clock=frozen_clock) == 0
    with pytest.raises(ValidationError):
        upkeep.save_backup_keep(register, -1)


def test_expired_cases_follow_closure_dates(register):
    on = clock_at(date(2021, 3, 10))
    closed_on_boundary = closed_request(register, on, requester_name=NAME)
    withdrawn = open_request(register, on, requester_name=NAME)
    request_service.withdraw(register, withdrawn, clock=clock_at(date(2021, 3, 12)))
    open_request(register, clock_at(date(2015, 1, 5)))  # open: never expires
    breach = closed_breach(register, clock_at(date(2020, 6, 1)))

    listed = upkeep.expired_cases(register, clock=clock_at(date(2026, 3, 10)))
    assert [(c.kind, c.reference) for c in listed] == [(CaseKind.BREACH, breach.reference)]
    listed = upkeep.expired_cases(register, clock=clock_at(date(2026, 3, 11)))
    assert [c.reference for c in listed] == [breach.reference, closed_on_boundary.reference]
    assert listed[1].closed_on == date(2021, 3, 10)
    assert listed[1].kept_until == date(2026, 3, 10)
    listed = upkeep.expired_cases(register, clock=clock_at(date(2026, 3, 13)))
    assert withdrawn.reference in [c.reference for c in listed]

    upkeep.save_retention_policy(register, RetentionPolicy(request_years=10, breach_years=10))
    assert upkeep.expired_cases(register, clock=clock_at(date(2026, 3, 13))) == []


def test_purge_deletes_the_whole_case_and_journals_no_personal_data(register):
    old = clock_at(date(2019, 1, 7))
    req = closed_request(register, old, requester_name=NAME, notes=f"Appel de {NAME}")
    attachments.add_to_request(register, req, "cin.pdf", b"%PDF scan", clock=old)
    with register.write() as conn:
        conn.execute(
            text(
                "INSERT INTO letter_draft (request_id, kind, language, text, author, created_at, "
                "updated_at) VALUES (:id, 'access_answer', 'fr', :t, 'dpo', "
                "'2019-01-07 10:00:00', '2019-01-07 10:00:00')"
            ),
            {"id": req.id, "t": f"Monsieur {NAME}"},
        )
    kept = open_request(register, clock_at(date(2026, 3, 1)), requester_name="Gardé")
    now = clock_at(date(2026, 3, 10))

    report = upkeep.purge(register, clock=now)
    assert [c.reference for c in report.cases] == [req.reference]
    counts = {
        "rights_request": "SELECT count(*) FROM rights_request WHERE id = :id",
        "request_attachment": "SELECT count(*) FROM request_attachment WHERE request_id = :id",
        "letter_draft": "SELECT count(*) FROM letter_draft WHERE request_id = :id",
        "identity_pause": "SELECT count(*) FROM identity_pause WHERE request_id = :id",
    }
    with register.read() as conn:
        for table, query in counts.items():
            assert conn.execute(text(query), {"id": req.id}).scalar() == 0, table
    assert request_service.get_request(register, kept.id).requester_name == "Gardé"
    entry = _journal(register, "purge")[-1]
    assert entry[2:4] == ("request", req.reference)
    changes = json.loads(entry[4])
    assert changes == {
        "mode": "delete",
        "closed_on": "2019-01-07",
        "kept_until": "2024-01-07",
        "attachments": 1,
    }
    assert NAME not in json.dumps(_journal(register), ensure_ascii=False)
    register_file.verify_register(register)
    assert upkeep.purge(register, clock=now).cases == []  # nothing left to purge


def test_anonymise_keeps_statistics_and_is_not_listed_again(register):
    old = clock_at(date(2019, 1, 7))
    req = closed_request(register, old, requester_name=NAME, requester_email="y@exemple.ma")
    breach = closed_breach(register, old)
    now = clock_at(date(2026, 3, 10))
    report = upkeep.purge(register, mode=PurgeMode.ANONYMISE, clock=now)
    assert {c.reference for c in report.cases} == {req.reference, breach.reference}
    after = request_service.get_request(register, req.id)
    assert after.requester_name == "[anonymisé]" and after.requester_email == ""
    assert after.status is RequestStatus.CLOSED and after.rights == req.rights
    assert after.received_on == req.received_on and after.version == req.version + 1
    from dpo_desk.services import breaches as breach_service

    b = breach_service.get_breach(register, breach.id)
    assert b.title == "[anonymisé]" and b.nature.description == "" and b.remedial_actions == ""
    assert b.risk_level == breach.risk_level and b.notify_by == breach.notify_by
    assert all(e.note == "" and e.author == "" for e in b.events)
    assert upkeep.expired_cases(register, clock=now) == []
    register_file.verify_register(register)


def test_purge_refuses_a_stale_review(register):
    old = clock_at(date(2019, 1, 7))
    closed_request(register, old)
    now = clock_at(date(2026, 3, 10))
    reviewed = upkeep.expired_cases(register, clock=now)
    upkeep.save_retention_policy(register, RetentionPolicy(request_years=10), clock=now)
    with pytest.raises(upkeep.CasesChanged):
        upkeep.purge(register, reviewed, clock=now)
    assert request_service.count_requests(register, request_service.RequestFilter()) == 1


# ----------------------------------------------------------------------------- backups


def test_backup_restore_and_their_journal(register, tmp_path, frozen_clock):
    target = tmp_path / "sauvegarde.dpodesk"
    report = upkeep.backup_register(register, target, clock=frozen_clock)
    assert report.path == target
    entry = _journal(register, "backup")[-1]
    assert json.loads(entry[4]) == {
        "file": "sauvegarde.dpodesk",
        "size": report.size,
        "key": "same",
    }
    with pytest.raises(RegisterExists):
        upkeep.backup_register(register, target, clock=frozen_clock)
    with pytest.raises(WeakPassphrase):
        upkeep.backup_register(register, tmp_path / "x.dpodesk", passphrase="court")

    restored = upkeep.restore_register(target, tmp_path / "restaure.dpodesk", TEST_PASSPHRASE)
    try:
        assert _journal(restored, "restore")[-1][4] == json.dumps(
            {"from": "sauvegarde.dpodesk", "migrated_from": None}, sort_keys=True
        )
        register_file.verify_register(restored)
    finally:
        restored.close()


def test_a_backup_is_restored_with_the_open_registers_own_key(register, tmp_path, frozen_clock):
    backup = upkeep.backup_register(register, tmp_path / "copie.dpodesk", clock=frozen_clock)
    restored = upkeep.restore_backup_of(
        register, backup.path, tmp_path / "copie-restauree.dpodesk", clock=frozen_clock
    )
    try:
        assert restored.register_uuid == register.register_uuid
        assert json.loads(_journal(restored, "restore")[-1][4])["from"] == "copie.dpodesk"
        register_file.verify_register(restored)
    finally:
        restored.close()
    register.close()  # a locked register has no key to lend
    with pytest.raises(RuntimeError):
        upkeep.restore_backup_of(register, backup.path, tmp_path / "autre.dpodesk")
    assert not (tmp_path / "autre.dpodesk").exists()


def test_daily_backup_after_unlock(register, frozen_clock):
    path = register.path
    register.close()
    opened = register_file.unlock_register(path, TEST_PASSPHRASE, clock=frozen_clock)
    try:
        first = upkeep.daily_backup_if_due(opened, frozen_clock)
        assert first is not None and first.path.name == "registre-2026-03-10.dpodesk"
        assert upkeep.daily_backup_if_due(opened, frozen_clock) is None  # once a day
        frozen_clock.instant = datetime(2026, 3, 11, 8, tzinfo=UTC)
        assert upkeep.daily_backup_if_due(opened, frozen_clock) is not None
        assert [json.loads(e[4]).get("daily") for e in _journal(opened, "backup")] == [True, True]
        assert [p.name for p in upkeep.available_backups(path)] == [
            "registre-2026-03-11.dpodesk",
            "registre-2026-03-10.dpodesk",
        ]
        upkeep.save_backup_keep(opened, 0)
        frozen_clock.instant = datetime(2026, 3, 12, 8, tzinfo=UTC)
        assert upkeep.daily_backup_if_due(opened, frozen_clock) is None  # turned off
    finally:
        opened.close()


def test_change_passphrase_journals_and_checks(register, frozen_clock, memory_keyring):
    from dpo_desk.security.keystore import Keystore

    keystore = Keystore()
    keystore.set(register.register_uuid, TEST_PASSPHRASE)
    with pytest.raises(WeakPassphrase):
        upkeep.change_passphrase(register, "trop court")
    with pytest.raises(ValidationError):
        upkeep.change_passphrase(register, TEST_PASSPHRASE, current_passphrase=TEST_PASSPHRASE)
    report = upkeep.change_passphrase(register, "phrase secrète toute neuve", clock=frozen_clock)
    assert report.keyring_updated
    assert keystore.get(register.register_uuid) == "phrase secrète toute neuve"
    assert json.loads(_journal(register, "rekey")[-1][4]) == {"keyring": "remembered"}


def test_a_failed_passphrase_change_journals_nothing_and_keeps_the_keyring(
    register, frozen_clock, memory_keyring, monkeypatch
):
    """The rekey entry lives in the re-encrypted copy: when the copy never replaces the
    register, neither the entry nor the remembered passphrase changes."""
    import errno

    from dpo_desk.security.keystore import Keystore
    from dpo_desk.storage import maintenance
    from dpo_desk.storage.errors import RekeyDiskFull

    keystore = Keystore()
    keystore.set(register.register_uuid, TEST_PASSPHRASE)
    entries = len(_journal(register))

    def full(step):
        if step == "synced":
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(maintenance, "step_hook", full)
    with pytest.raises(RekeyDiskFull):
        upkeep.change_passphrase(register, "phrase secrète toute neuve", clock=frozen_clock)
    assert len(_journal(register)) == entries
    assert keystore.get(register.register_uuid) == TEST_PASSPHRASE


def test_every_upkeep_action_is_journaled(register, tmp_path, frozen_clock):
    path = register.path
    register.close()
    register = register_file.unlock_register(path, TEST_PASSPHRASE, clock=frozen_clock)
    try:
        upkeep.backup_register(register, tmp_path / "b.dpodesk", clock=frozen_clock)
        upkeep.change_passphrase(register, "une nouvelle phrase longue", clock=frozen_clock)
        upkeep.purge(register, clock=frozen_clock)  # nothing expired: nothing journaled
        upkeep.record_export(
            register,
            "attachment",
            entity="request",
            entity_id="DSR-2026-0001",
            file_name="/home/dpo/cin-yassine.pdf",
            clock=frozen_clock,
        )
        actions = [e[1] for e in _journal(register)]
        assert actions == ["create", "unlock", "backup", "rekey", "export"]
        assert json.loads(_journal(register, "export")[-1][4]) == {
            "what": "attachment",
            "file": "cin-yassine.pdf",
        }
    finally:
        register.close()


# ----------------------------------------------------------------------------- the chain


@pytest.fixture
def journaled(register):
    clock = FixedClock(datetime(2026, 3, 10, 9, 30, tzinfo=UTC))
    for n in range(5):
        open_request(register, clock, requester_name=f"Personne {n}")
    ids = [e[0] for e in _journal(register)]
    assert len(ids) == 6  # create register + 5 requests
    register_file.verify_register(register)
    return register, ids


def _broken_at(register) -> str:
    with pytest.raises(IntegrityFailure) as caught:
        register_file.verify_register(register)
    return caught.value.message()


def test_verify_names_an_edited_entry(journaled):
    register, ids = journaled
    with register.write() as conn:
        conn.execute(
            text("UPDATE audit_log SET actor = 'quelqu''un' WHERE id = :id"), {"id": ids[3]}
        )
    assert f"entrée {ids[3]}" in _broken_at(register)


def test_verify_names_the_entry_after_a_deletion(journaled):
    register, ids = journaled
    with register.write() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE id = :id"), {"id": ids[2]})
    assert f"entrée {ids[3]}" in _broken_at(register)


def test_verify_names_the_entry_after_an_insertion(journaled):
    """A forged entry slipped in, with a correct hash of its own, breaks the next one."""
    from dpo_desk.storage import audit

    register, ids = journaled
    with register.write() as conn:
        conn.execute(text("UPDATE audit_log SET id = id + 100 WHERE id > :id"), {"id": ids[2]})
        conn.execute(text("UPDATE audit_log SET id = id - 99 WHERE id > 100"))
        prev = conn.execute(text("SELECT hash FROM audit_log WHERE id = :id"), {"id": ids[2]})
        prev_hash = prev.scalar()
        at = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
        body = audit.canonical(at, "x", "delete", "request", "DSR-2026-0002", "{}")
        conn.execute(
            text(
                "INSERT INTO audit_log (id, at, actor, action, entity, entity_id, changes, "
                "prev_hash, hash) VALUES (:id, '2026-03-10 09:30:00.000000', 'x', 'delete', "
                "'request', 'DSR-2026-0002', '{}', :prev, :hash)"
            ),
            {"id": ids[3], "prev": prev_hash, "hash": audit.chain_hash(prev_hash, body)},
        )
    assert f"entrée {ids[3] + 1}" in _broken_at(register)


def test_verify_names_the_first_of_reordered_entries(journaled):
    register, ids = journaled
    a, b = ids[2], ids[4]
    with register.write() as conn:
        conn.execute(text("UPDATE audit_log SET id = -1 WHERE id = :a"), {"a": a})
        conn.execute(text("UPDATE audit_log SET id = :a WHERE id = :b"), {"a": a, "b": b})
        conn.execute(text("UPDATE audit_log SET id = :b WHERE id = -1"), {"b": b})
    assert f"entrée {a}" in _broken_at(register)


def test_purge_committed_even_when_compaction_must_wait(register, monkeypatch):
    from dpo_desk.storage import maintenance as storage_upkeep
    from dpo_desk.storage.errors import RegisterBusy

    closed_request(register, clock_at(date(2019, 1, 7)))

    def busy(_register):
        raise RegisterBusy(name=_register.name)

    monkeypatch.setattr(storage_upkeep, "compact", busy)
    report = upkeep.purge(register, clock=clock_at(date(2026, 3, 10)))
    assert len(report.cases) == 1 and report.compact is None
    assert upkeep.expired_cases(register, clock=clock_at(date(2026, 3, 10))) == []
