"""Migration 0009: attachments get a purpose; an older register opens and loses nothing."""

from __future__ import annotations

import hashlib
from datetime import date

from sqlalchemy import text

from dpo_desk.domain.requests.model import RequestIntake
from dpo_desk.domain.requests.workflow import Channel, Regime, Right
from dpo_desk.services import attachments
from dpo_desk.services import requests as request_service
from dpo_desk.services.register_file import create_register
from dpo_desk.storage import audit, migrate
from dpo_desk.storage import requests as repo
from dpo_desk.storage.database import open_register
from tests.conftest import TEST_PASSPHRASE

SCAN = b"\xff\xd8\xff scan of an identity card" * 100


def _columns(reg) -> list[str]:
    with reg.read() as conn:
        return [row[1] for row in conn.execute(text("PRAGMA table_info(request_attachment)"))]


def test_a_0008_register_opens_with_its_attachments_intact(
    register_path, organisation, frozen_clock
):
    reg = create_register(register_path, TEST_PASSPHRASE, organisation, clock=frozen_clock)
    request = request_service.create_request(
        reg,
        RequestIntake(
            regimes=frozenset({Regime.LAW_09_08}),
            rights=frozenset({Right.ACCESS}),
            received_on=date(2026, 3, 2),
            requester_name="Yassine El Amrani",
            channel=Channel.EMAIL,
        ),
        clock=frozen_clock,
    )
    added = attachments.add_to_request(
        reg, request, "cnie.jpg", SCAN, clock=frozen_clock, purpose="identity"
    )
    migrate.downgrade(reg.engine, "0008")
    assert "purpose" not in _columns(reg)  # the downgrade rebuilt the table, files kept
    reg.close()

    reopened = open_register(register_path, TEST_PASSPHRASE)
    try:
        assert reopened.report.migrated_from == "0008"
        assert migrate.current_revision(reopened.engine) == migrate.HEAD_REVISION
        assert "purpose" in _columns(reopened)
        with reopened.read() as conn:
            listed = repo.attachments_for(conn, request.id)
            name, content = repo.attachment_content(conn, added.id)
            assert audit.first_broken_entry(conn) is None
    finally:
        reopened.close()
    # Nothing lost; nothing guessed: an attachment from before 0009 is "other".
    assert content == SCAN and name == "cnie.jpg"
    assert [(a.id, a.sha256, a.size, a.purpose) for a in listed] == [
        (added.id, hashlib.sha256(SCAN).hexdigest(), len(SCAN), "other")
    ]


def test_a_new_register_has_the_column_with_its_default(register):
    assert "purpose" in _columns(register)
    with register.read() as conn:
        default = conn.execute(
            text(
                "SELECT dflt_value, \"notnull\" FROM pragma_table_info('request_attachment') "
                "WHERE name = 'purpose'"
            )
        ).one()
    assert tuple(default) == ("'other'", 1)
