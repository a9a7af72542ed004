"""Migration 0012: requests gain an external reference, searched with the others; an
older register opens with its requests and its search intact, and goes back down."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text, update

from dpo_desk.domain.requests.model import RequestIntake
from dpo_desk.domain.requests.workflow import Channel, Regime, Right
from dpo_desk.services import requests as request_service
from dpo_desk.services.register_file import create_register
from dpo_desk.storage import audit, migrate
from dpo_desk.storage.database import open_register
from dpo_desk.storage.requests import RequestFilter, fts_query
from dpo_desk.storage.schema import rights_request
from tests.conftest import TEST_PASSPHRASE


def _columns(reg) -> list[str]:
    with reg.read() as conn:
        return [row[1] for row in conn.execute(text("PRAGMA table_info(rights_request)"))]


def _found(reg, search: str) -> list[str]:
    flt = RequestFilter(search=search)
    return [r.requester_name for r in request_service.list_requests(reg, flt)]


def _indexed(reg, search: str) -> list[str]:
    """The requesters the search index finds, read straight from it: the app's list
    reads the current schema's columns, which an older schema lacks."""
    with reg.read() as conn:
        rows = conn.execute(
            text(
                "SELECT requester_name FROM rights_request WHERE id IN (SELECT rowid FROM "
                "rights_request_fts WHERE rights_request_fts MATCH :query) ORDER BY id"
            ),
            {"query": fts_query(search)},
        )
        return [row[0] for row in rows]


def test_a_0011_register_opens_searchable_then_keeps_external_references(
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
            notes="Relance du service client",
        ),
        clock=frozen_clock,
    )
    migrate.downgrade(reg.engine, "0011")
    assert "external_reference" not in _columns(reg)
    assert _indexed(reg, "Yassine") == ["Yassine El Amrani"]  # the 0002 index, rebuilt
    reg.close()

    reopened = open_register(register_path, TEST_PASSPHRASE)
    try:
        assert reopened.report.migrated_from == "0011"
        assert migrate.current_revision(reopened.engine) == migrate.HEAD_REVISION == "0012"
        assert "external_reference" in _columns(reopened)
        stored = request_service.find_request(reopened, request.reference)
        assert stored.external_reference == ""
        assert stored.notes == "Relance du service client"
        # Rows from before the migration are in the rebuilt index...
        assert _found(reopened, "Relance") == ["Yassine El Amrani"]
        assert _found(reopened, "BIG-00001") == []
        # ...and an external reference is searched like the other columns.
        with reopened.write() as conn:
            conn.execute(
                update(rights_request)
                .where(rights_request.c.id == request.id)
                .values(external_reference="BIG-00001")
            )
        assert _found(reopened, "BIG-00001") == ["Yassine El Amrani"]
        assert _found(reopened, "big-0000") == ["Yassine El Amrani"]  # prefix, any case
        with reopened.read() as conn:
            assert audit.first_broken_entry(conn) is None
        migrate.downgrade(reopened.engine, "0011")
        assert "external_reference" not in _columns(reopened)
        assert _indexed(reopened, "Yassine") == ["Yassine El Amrani"]
        assert _indexed(reopened, "BIG-00001") == []
    finally:
        reopened.close()
