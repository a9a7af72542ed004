"""Migration 0008: the organisation's town, guessed once from the address's postcode line."""

from __future__ import annotations

import importlib.util

import pytest
from sqlalchemy import text

from dpo_desk.domain.organisation import Organisation
from dpo_desk.services import register_file
from dpo_desk.storage import audit, migrate
from dpo_desk.storage import organisation as organisation_repo
from dpo_desk.storage.database import open_register
from tests.conftest import TEST_PASSPHRASE


def _migration():
    path = migrate.MIGRATIONS_DIR / "versions" / "0008_organisation_town.py"
    spec = importlib.util.spec_from_file_location("migration_0008", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("address", "town"),
    [
        ("12, rue Ibn Toufail\n20000 Casablanca", "Casablanca"),
        ("12, rue Ibn Toufail\n20250 Casablanca, Maroc", "Casablanca"),
        ("Immeuble A, Maârif, 20330 Casablanca, Maroc", "Casablanca"),
        ("Avenue Mohammed V\n10000 Rabat\nMaroc", "Rabat"),
        ("Zone franche\n90000 Tanger - Maroc", "Tanger"),
        ("شارع محمد الخامس\n20000 الدار البيضاء، المغرب", "الدار البيضاء"),
        ("شارع محمد الخامس\nالدار البيضاء ٢٠٠٠٠", "الدار البيضاء"),
        ("Najhine, Casablanca, Maroc", ""),  # no postcode: not "Maroc", not "Najhine"
        ("Casablanca, Maroc", ""),
        ("Maroc", ""),
        ("BP 123", ""),
        ("BP 123, 20000 Casablanca", "Casablanca"),  # the box skipped, the postcode read
        ("20000 Casablanca Maroc", "Casablanca"),
        ("BP 12345 Agadir", ""),  # a box number, not a postcode
        ("B.P. 5000\nMaroc", ""),
        ("12, rue 20000 Casablanca 3", ""),  # a street number, not a town
        ("", ""),
    ],
)
def test_the_town_is_guessed_from_the_postcode_line_only(address, town):
    assert _migration().guess_town(address) == town


def _older_register(register_path, address: str):
    """A register as the app before 0008 left it: no town column."""
    reg = open_register(register_path, TEST_PASSPHRASE, create=True)
    with reg.write() as conn:
        organisation_repo.save(
            conn, Organisation(name="Najhine SARL", address=address), audit_now()
        )
    migrate.downgrade(reg.engine, "0007")
    with reg.read() as conn:
        columns = [row[1] for row in conn.execute(text("PRAGMA table_info(organisation)"))]
    reg.close()
    assert "town" not in columns
    return register_path


def audit_now():
    from datetime import UTC, datetime

    return datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


def test_a_0007_register_opens_with_its_town_guessed_and_journaled(register_path):
    address = "12, rue Ibn Toufail\n20250 Casablanca, Maroc"
    _older_register(register_path, address)

    reopened = open_register(register_path, TEST_PASSPHRASE)
    try:
        assert reopened.report.migrated_from == "0007"
        with reopened.read() as conn:
            org = organisation_repo.load(conn)
            entries = audit.entries_for(conn, "organisation", "1")
            assert audit.first_broken_entry(conn) is None
    finally:
        reopened.close()
    # Nothing lost, the town added.
    assert org == Organisation(name="Najhine SARL", address=address, town="Casablanca")
    guessed = [e for e in entries if e.actor == "migration 0008"]
    assert [(e.action, e.changes) for e in guessed] == [("update", {"fields": ["town"]})]


def test_no_postcode_line_leaves_the_town_empty_and_the_journal_alone(register_path):
    _older_register(register_path, "Najhine, Casablanca, Maroc")
    reopened = open_register(register_path, TEST_PASSPHRASE)
    try:
        with reopened.read() as conn:
            org = organisation_repo.load(conn)
            entries = audit.entries_for(conn, "organisation", "1")
    finally:
        reopened.close()
    assert org.town == ""
    assert org.address == "Najhine, Casablanca, Maroc"
    assert [e for e in entries if e.actor == "migration 0008"] == []


def test_a_register_without_organisation_migrates(register_path):
    reg = open_register(register_path, TEST_PASSPHRASE, create=True)
    migrate.downgrade(reg.engine, "0007")
    reg.close()
    reopened = open_register(register_path, TEST_PASSPHRASE)
    try:
        with reopened.read() as conn:
            assert organisation_repo.load(conn) is None
    finally:
        reopened.close()


def test_the_town_round_trips_and_is_journaled_by_name(register, frozen_clock):
    org = register_file.load_organisation(register)
    register_file.update_organisation(
        register, Organisation(**{**org.__dict__, "town": "  Rabat  "}), clock=frozen_clock
    )
    assert register_file.load_organisation(register).town == "Rabat"
    with register.read() as conn:
        last = audit.entries_for(conn, "organisation", "1")[-1]
    assert last.changes == {"fields": ["town"]}
    assert register_file.register_info(register).as_json()["organisation"]["town"] == "Rabat"


def test_a_town_is_one_short_line():
    from dpo_desk.domain.errors import ValidationError

    assert Organisation(name="N", town=" Casablanca \n").validated().town == "Casablanca"
    with pytest.raises(ValidationError) as raised:
        Organisation(name="N", town="x" * 101).validated()
    assert raised.value.field == "town"
