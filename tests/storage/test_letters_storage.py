"""Letter tables (migration 0005): drafts, templates, breach attachments; the migration
from 0004 keeps every request and breach."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from dpo_desk.domain.breaches import BreachIntake
from dpo_desk.domain.letters import CaseKind, DraftStatus
from dpo_desk.domain.requests.model import RequestIntake
from dpo_desk.domain.requests.workflow import Regime, Right
from dpo_desk.services import breaches as breach_service
from dpo_desk.services import requests as request_service
from dpo_desk.storage import letters as repo
from dpo_desk.storage import migrate
from dpo_desk.storage.database import open_register
from dpo_desk.storage.schema import COUNTED_TABLES
from tests.conftest import TEST_PASSPHRASE

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
LETTER_TABLES = {"letter_draft", "letter_template", "breach_attachment"}


def _cases(register, clock):
    request = request_service.create_request(
        register,
        RequestIntake(
            regimes=frozenset({Regime.LAW_09_08}),
            rights=frozenset({Right.ACCESS}),
            received_on=date(2026, 3, 2),
            requester_name="Yassine El Amrani",
        ),
        clock=clock,
    )
    breach = breach_service.create_breach(
        register,
        BreachIntake(
            title="Perte d'un ordinateur portable",
            regimes=frozenset({Regime.LAW_09_08}),
            aware_at=clock.now() - timedelta(hours=3),
        ),
        clock=clock,
    )
    return request, breach


def _draft_values(**more) -> dict:
    return {
        "kind": "acknowledgement",
        "language": "fr",
        "text": "Objet\n\nCorps du courrier.\n",
        "author": "Nadia",
        "status": "draft",
        "created_at": NOW,
        "updated_at": NOW,
        **more,
    }


def _tables(reg) -> set[str]:
    with reg.read() as conn:
        return set(
            conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'").scalars()
        )


def test_drafts_round_trip_with_their_case_reference(register, frozen_clock):
    request, breach = _cases(register, frozen_clock)
    with register.write() as conn:
        first = repo.insert_draft(conn, CaseKind.REQUEST, request.id, _draft_values())
        later = repo.insert_draft(
            conn,
            CaseKind.REQUEST,
            request.id,
            _draft_values(kind="refusal", updated_at=NOW + timedelta(minutes=5)),
        )
        on_breach = repo.insert_draft(
            conn, CaseKind.BREACH, breach.id, _draft_values(kind="breach-notification")
        )
    with register.read() as conn:
        drafts = repo.drafts_for(conn, CaseKind.REQUEST, request.id)
        assert [d.id for d in drafts] == [later, first]  # latest first
        stored = repo.get_draft(conn, on_breach)
    assert drafts[1].case_reference == request.reference
    assert drafts[1].status is DraftStatus.DRAFT and drafts[1].version == 1
    assert (stored.case_kind, stored.case_id, stored.case_reference) == (
        CaseKind.BREACH,
        breach.id,
        breach.reference,
    )
    assert stored.created_at == NOW


def test_optimistic_update(register, frozen_clock):
    request, _breach = _cases(register, frozen_clock)
    with register.write() as conn:
        draft_id = repo.insert_draft(conn, CaseKind.REQUEST, request.id, _draft_values())
        assert repo.update_draft(conn, draft_id, 1, {"text": "A\n\nB\n"})
        assert not repo.update_draft(conn, draft_id, 1, {"text": "C\n\nD\n"})
        assert repo.get_draft(conn, draft_id).version == 2


def test_a_draft_has_exactly_one_case(register, frozen_clock):
    request, breach = _cases(register, frozen_clock)
    from sqlalchemy import insert

    from dpo_desk.storage.schema import letter_draft

    with pytest.raises(IntegrityError), register.write() as conn:
        conn.execute(
            insert(letter_draft).values(
                request_id=request.id, breach_id=breach.id, **_draft_values()
            )
        )
    with pytest.raises(IntegrityError), register.write() as conn:
        conn.execute(insert(letter_draft).values(**_draft_values()))


def test_deleting_a_case_takes_its_drafts_and_files(register, frozen_clock):
    # A purge (retention) must not leave letter text behind.
    request, breach = _cases(register, frozen_clock)
    with register.write() as conn:
        repo.insert_draft(conn, CaseKind.REQUEST, request.id, _draft_values())
        repo.insert_draft(conn, CaseKind.BREACH, breach.id, _draft_values())
        repo.add_breach_attachment(
            conn,
            breach.id,
            filename="rapport.pdf",
            media_type="application/pdf",
            size=4,
            sha256="0" * 64,
            content=b"%PDF",
            added_at=NOW,
        )
    with register.write() as conn:
        conn.execute(text("DELETE FROM rights_request WHERE id = :id"), {"id": request.id})
        conn.execute(text("DELETE FROM breach WHERE id = :id"), {"id": breach.id})
    with register.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM letter_draft")).scalar() == 0
        assert conn.execute(text("SELECT count(*) FROM breach_attachment")).scalar() == 0


def test_breach_attachments(register, frozen_clock):
    _request, breach = _cases(register, frozen_clock)
    with register.write() as conn:
        attachment_id = repo.add_breach_attachment(
            conn,
            breach.id,
            filename="rapport.pdf",
            media_type="application/pdf",
            size=4,
            sha256="a" * 64,
            content=b"%PDF",
            added_at=NOW,
        )
    with register.read() as conn:
        [info] = repo.breach_attachments_for(conn, breach.id)
        assert (info.id, info.filename, info.size) == (attachment_id, "rapport.pdf", 4)
        assert repo.breach_attachment_content(conn, attachment_id) == ("rapport.pdf", b"%PDF")
        assert repo.breach_attachment_exists(conn, breach.id, "a" * 64)
        assert not repo.breach_attachment_exists(conn, breach.id, "b" * 64)


def test_templates_override_and_restore(register):
    with register.write() as conn:
        assert repo.get_template(conn, "refusal", "fr") is None
        assert repo.save_template(conn, "refusal", "fr", "A\n\nB\n", "nadia", NOW) is False
        assert repo.save_template(conn, "refusal", "fr", "C\n\nD\n", "salma", NOW) is True
    with register.read() as conn:
        row = repo.get_template(conn, "refusal", "fr")
        assert (row.text, row.updated_by) == ("C\n\nD\n", "salma")
        assert repo.get_template(conn, "refusal", "ar") is None
        assert repo.custom_templates(conn) == {("refusal", "fr")}
    with register.write() as conn:
        assert repo.delete_template(conn, "refusal", "fr")
        assert not repo.delete_template(conn, "refusal", "fr")
        assert repo.get_template(conn, "refusal", "fr") is None


def test_info_counts_letters():
    assert COUNTED_TABLES["letters"] == "letter_draft"


def test_migration_from_0004_keeps_requests_and_breaches(register_path, frozen_clock):
    from dpo_desk.domain.organisation import Organisation
    from dpo_desk.services.register_file import create_register

    reg = create_register(
        register_path, TEST_PASSPHRASE, Organisation(name="Najhine SARL"), clock=frozen_clock
    )
    request, breach = _cases(reg, frozen_clock)
    migrate.downgrade(reg.engine, "0004")
    tables = _tables(reg)
    assert not tables & LETTER_TABLES
    assert {"rights_request", "breach", "processing_activity"} <= tables
    reg.close()

    reopened = open_register(register_path, TEST_PASSPHRASE)
    try:
        assert reopened.report.migrated_from == "0004"
        assert reopened.report.backup_path is not None
        assert migrate.current_revision(reopened.engine) == migrate.head_revision()
        assert LETTER_TABLES <= _tables(reopened)
        kept = request_service.find_request(reopened, request.reference)
        assert kept.requester_name == "Yassine El Amrani"
        incident = breach_service.find_breach(reopened, breach.reference)
        assert incident.title == "Perte d'un ordinateur portable"
        assert incident.notify_by == breach.notify_by
        with reopened.write() as conn:
            repo.insert_draft(conn, CaseKind.BREACH, incident.id, _draft_values())
    finally:
        reopened.close()


def test_downgrade_from_0005_drops_only_the_letters(register, frozen_clock):
    request, breach = _cases(register, frozen_clock)
    with register.write() as conn:
        repo.insert_draft(conn, CaseKind.REQUEST, request.id, _draft_values())
    migrate.downgrade(register.engine, "0004")
    tables = _tables(register)
    assert not tables & LETTER_TABLES
    with register.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM rights_request")).scalar() == 1
        assert conn.execute(text("SELECT count(*) FROM breach")).scalar() == 1
