"""The registers' tables: round trips, optimistic versions, windowed lists, migration 0004."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from dpo_desk.domain.records import (
    ActivityDetails,
    Art28Clause,
    CndpRegime,
    DataCategory,
    DataOutcome,
    Derogation,
    LegalBasis,
    ProcessorDetails,
    ProcessorStatus,
    Purpose,
    Recipient,
    RecipientKind,
    RetentionRule,
    RetentionUnit,
    SecurityMeasure,
    TransferDetails,
    TransferMechanism,
)
from dpo_desk.storage import migrate
from dpo_desk.storage import records as repo
from dpo_desk.storage import requests as request_repo
from dpo_desk.storage.database import open_register
from dpo_desk.storage.records import ActivityFilter, ProcessorFilter
from dpo_desk.storage.schema import COUNTED_TABLES
from tests.conftest import TEST_PASSPHRASE

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)

FULL_ACTIVITY = ActivityDetails(
    name="Comptes élèves et parcours d'apprentissage",
    purposes=(
        Purpose("Administrer le compte", LegalBasis.CONTRACT),
        Purpose("Modérer le forum", LegalBasis.LEGITIMATE_INTERESTS, "Protéger les mineurs"),
        Purpose("Consentement parental", LegalBasis.CONSENT, "Moins de 13 ans"),
    ),
    description="Inscription, cours, exercices",
    owner_department="Produit pédagogique",
    joint_controller="",
    software="Ollama, Whisper",
    subject_categories=("Élèves (dont mineurs)", "Parents"),
    data_categories=frozenset({DataCategory.IDENTITY, DataCategory.CONNECTION}),
    minors=True,
    sources=("La personne concernée",),
    recipients=(
        Recipient(RecipientKind.INTERNAL, "Équipe pédagogique"),
        Recipient(RecipientKind.EXTERNAL, "Autorités légales"),
    ),
    retention=(
        RetentionRule(
            DataCategory.IDENTITY, 3, RetentionUnit.YEARS, "sans connexion", "Compte inactif"
        ),
        RetentionRule(DataCategory.CONNECTION, 12, RetentionUnit.MONTHS, "(sécurité)"),
    ),
    security_measures=frozenset({SecurityMeasure.ENCRYPTION, SecurityMeasure.BACKUP}),
    security_notes="TLS, bcrypt",
    rights_service="privacy@najhine.com",
    cndp_regime=CndpRegime.DECLARATION,
    cndp_receipt="D-443/2022",
    cndp_receipt_on=date(2022, 6, 1),
    dpia_required=True,
    dpia_done=True,
    dpia_done_on=date(2025, 9, 1),
    last_reviewed_on=date(2026, 1, 15),
    notes="Forum conservé anonymisé",
)

FULL_PROCESSOR = ProcessorDetails(
    name="Stripe",
    service="Paiement par carte",
    contact="Support marchand",
    dpo_contact="DPO de Stripe",
    countries=("US", "IE"),
    data_categories=frozenset({DataCategory.IDENTITY, DataCategory.FINANCIAL}),
    dpa_signed=True,
    dpa_signed_on=date(2025, 1, 15),
    contract_ends_on=date(2028, 1, 14),
    clauses=frozenset(Art28Clause) - {Art28Clause.AUDITS},
    certifications=("PCI DSS",),
    sub_processors=("AWS (US)",),
    next_review_on=date(2026, 6, 1),
    notes="",
)


def test_activity_round_trip(register):
    with register.write() as conn:
        activity_id = repo.insert_activity(conn, FULL_ACTIVITY, NOW)
    with register.read() as conn:
        stored = repo.get_activity(conn, activity_id)
    assert stored is not None
    assert stored.details() == FULL_ACTIVITY  # purposes in order, JSON lists intact
    assert (stored.version, stored.created_at, stored.updated_at) == (1, NOW, NOW)
    assert stored.processor_ids == () and stored.transfers == ()


def test_processor_round_trip_and_links(register):
    with register.write() as conn:
        activity_id = repo.insert_activity(conn, FULL_ACTIVITY, NOW)
        processor_id = repo.insert_processor(conn, FULL_PROCESSOR, NOW)
        assert repo.link(conn, activity_id, processor_id) is True
        assert repo.link(conn, activity_id, processor_id) is False  # already linked
        transfer_id = repo.insert_transfer(
            conn,
            TransferDetails(
                country="US",
                mechanism=TransferMechanism.DEROGATION,
                derogation=Derogation.CONTRACT_WITH_SUBJECT,
                activity_id=activity_id,
                processor_id=processor_id,
            ),
            NOW,
        )
    with register.read() as conn:
        processor = repo.get_processor(conn, processor_id)
        activity = repo.get_activity(conn, activity_id)
    assert processor.details() == FULL_PROCESSOR
    assert processor.status is ProcessorStatus.ACTIVE and processor.data_outcome is None
    assert processor.activity_ids == (activity_id,)
    assert activity.processor_ids == (processor_id,)
    assert [t.id for t in activity.transfers] == [transfer_id]
    assert processor.transfers[0].derogation is Derogation.CONTRACT_WITH_SUBJECT
    with register.write() as conn:
        assert repo.unlink(conn, activity_id, processor_id) is True
        assert repo.unlink(conn, activity_id, processor_id) is False
        assert repo.delete_transfer(conn, transfer_id) is True
    with register.read() as conn:
        assert repo.get_activity(conn, activity_id).processor_ids == ()
        assert repo.get_processor(conn, processor_id).transfers == ()


def test_all_activities_and_processors_read_in_bulk_match_one_by_one(register):
    with register.write() as conn:
        school = repo.insert_activity(conn, FULL_ACTIVITY, NOW)
        payroll = repo.insert_activity(conn, replace(FULL_ACTIVITY, name="Paie"), NOW)
        bare = repo.insert_activity(conn, replace(FULL_ACTIVITY, name="Accueil", purposes=()), NOW)
        stripe = repo.insert_processor(conn, FULL_PROCESSOR, NOW)
        aws = repo.insert_processor(conn, replace(FULL_PROCESSOR, name="AWS"), NOW)
        repo.insert_processor(conn, replace(FULL_PROCESSOR, name="Zendesk"), NOW)
        for activity_id, processor_id in ((school, aws), (school, stripe), (payroll, stripe)):
            repo.link(conn, activity_id, processor_id)
        for country, activity_id, processor_id in (
            ("US", school, None),
            ("IN", school, aws),
            ("BR", None, stripe),
            ("CA", payroll, None),
        ):
            repo.insert_transfer(
                conn,
                TransferDetails(
                    country=country,
                    mechanism=TransferMechanism.SCC,
                    activity_id=activity_id,
                    processor_id=processor_id,
                ),
                NOW,
            )
    with register.read() as conn:
        activities = repo.all_activities(conn)
        processors = repo.all_processors(conn)
        one_by_one = [repo.get_activity(conn, i) for i in (bare, school, payroll)]
        # all_activities sorts by name: "Accueil", "Comptes élèves…", "Paie".
        assert activities == one_by_one
        assert processors == [repo.get_processor(conn, i) for i in (aws, stripe, stripe + 2)]
    assert [t.country for t in activities[1].transfers] == ["IN", "US"]
    assert activities[1].processor_ids == tuple(sorted((aws, stripe)))
    assert activities[0].purposes == () and len(activities[1].purposes) == 3
    assert [t.country for t in processors[1].transfers] == ["BR"]
    assert processors[1].activity_ids == (school, payroll)


def test_updates_are_optimistic(register):
    with register.write() as conn:
        activity_id = repo.insert_activity(conn, FULL_ACTIVITY, NOW)
        processor_id = repo.insert_processor(conn, FULL_PROCESSOR, NOW)
    changed = replace(FULL_ACTIVITY, purposes=FULL_ACTIVITY.purposes[:1], minors=False)
    with register.write() as conn:
        values = repo.activity_columns(changed)
        assert repo.update_activity(conn, activity_id, 1, values, purposes=changed.purposes)
        assert not repo.update_activity(conn, activity_id, 1, values)  # stale version
        assert repo.update_processor(
            conn, processor_id, 1, {"status": "ended", "data_outcome": "deleted"}
        )
        assert not repo.update_processor(conn, processor_id, 1, {"status": "active"})
    with register.read() as conn:
        activity = repo.get_activity(conn, activity_id)
        processor = repo.get_processor(conn, processor_id)
    assert activity.version == 2 and activity.details() == changed
    assert processor.version == 2 and processor.data_outcome is DataOutcome.DELETED


def test_a_transfer_needs_an_owner(register):
    with pytest.raises(IntegrityError), register.write() as conn:
        conn.execute(
            text(
                "INSERT INTO data_transfer (country, created_at, updated_at) "
                "VALUES ('US', '2026-03-10 09:30:00', '2026-03-10 09:30:00')"
            )
        )


def test_deleting_an_activity_cascades_to_its_links(register):
    with register.write() as conn:
        activity_id = repo.insert_activity(conn, FULL_ACTIVITY, NOW)
        processor_id = repo.insert_processor(conn, FULL_PROCESSOR, NOW)
        repo.link(conn, activity_id, processor_id)
        repo.insert_transfer(conn, TransferDetails(country="US", activity_id=activity_id), NOW)
        conn.execute(text("DELETE FROM processing_activity WHERE id = :i"), {"i": activity_id})
    with register.read() as conn:
        assert repo.get_processor(conn, processor_id).activity_ids == ()
        assert repo.all_transfers(conn) == []
        assert conn.execute(text("SELECT count(*) FROM activity_purpose")).scalar() == 0


def _many(register, count: int) -> None:
    with register.write() as conn:
        for i in range(count):
            details = replace(
                FULL_ACTIVITY,
                name=f"Traitement {i:03d}",
                owner_department="Finance" if i % 2 else "Marketing",
                cndp_regime=CndpRegime.AUTHORISATION if i % 5 == 0 else CndpRegime.DECLARATION,
                minors=i % 3 == 0,
                data_categories=frozenset({DataCategory.IDENTITY, DataCategory.CONNECTION})
                | ({DataCategory.HEALTH} if i == 7 else set()),
                last_reviewed_on=date(2025, 1, 1) if i % 4 == 0 else date(2026, 2, 1),
                purposes=(Purpose(f"Finalité numéro {i}", LegalBasis.CONTRACT),),
            )
            repo.insert_activity(conn, details, NOW)
            repo.insert_processor(
                conn,
                replace(
                    FULL_PROCESSOR,
                    name=f"Prestataire {i:03d}",
                    dpa_signed=i % 3 != 0,
                    dpa_signed_on=None,
                    next_review_on=date(2026, 1, 1) if i % 2 else date(2026, 9, 1),
                    countries=("MA",) if i % 2 else ("US",),
                ),
                NOW,
            )


def test_activity_list_is_windowed_filtered_and_searched(register):
    _many(register, 45)
    with register.read() as conn:
        everything = ActivityFilter()
        assert repo.count_activity_rows(conn, everything) == 45
        first = repo.list_activity_rows(conn, everything, offset=0, limit=20)
        second = repo.list_activity_rows(conn, everything, offset=20, limit=20)
        assert [r.name for r in first][:2] == ["Traitement 000", "Traitement 001"]
        assert not {r.id for r in first} & {r.id for r in second}
        assert first[0].legal_bases == frozenset({LegalBasis.CONTRACT})
        backwards = repo.list_activity_rows(conn, ActivityFilter(descending=True), limit=1)
        assert backwards[0].name == "Traitement 044"

        def count(**kw) -> int:
            return repo.count_activity_rows(conn, ActivityFilter(**kw))

        assert count(search="traitement 01") == 10  # 010-019, by name
        assert count(search="numéro 42") == 1  # in a purpose
        assert count(search="finance") == 22  # by department
        assert count(search="100%") == 0  # LIKE wildcards are escaped
        assert count(regime=CndpRegime.AUTHORISATION) == 9
        assert count(owner_department="Marketing") == 23
        assert count(sensitive_only=True) == 15 + 1  # minors (0, 3, …, 42) and health (7)
        assert count(reviewed_before=date(2026, 1, 1)) == 12


def test_processor_list_filters(register):
    _many(register, 12)
    with register.read() as conn:

        def count(**kw) -> int:
            return repo.count_processor_rows(conn, ProcessorFilter(**kw))

        assert count() == 12
        assert count(without_dpa=True) == 4
        assert count(review_due_by=date(2026, 3, 10)) == 6
        assert count(country="us") == 6
        assert count(search="pci") == 12  # certifications are searched
        assert count(status=ProcessorStatus.ENDED) == 0
        rows = repo.list_processor_rows(conn, ProcessorFilter(sort="next_review_on"), limit=3)
        assert all(r.next_review_on == date(2026, 1, 1) for r in rows)
        assert rows[0].countries == ("MA",) and rows[0].certifications == ("PCI DSS",)


def test_names_are_found_case_insensitively(register):
    with register.write() as conn:
        activity_id = repo.insert_activity(conn, replace(FULL_ACTIVITY, name="Écoles"), NOW)
    with register.read() as conn:
        assert repo.activity_id_by_name(conn, "  écoles ") == activity_id
        assert repo.activity_id_by_name(conn, "Ecoles") is None


def test_requests_and_breaches_link_to_activities(register):
    with register.write() as conn:
        activity_id = repo.insert_activity(conn, FULL_ACTIVITY, NOW)
        request_id = request_repo.insert_request(conn, _request_values())
        assert repo.case_reference(conn, "request", request_id) == "DSR-2026-0001"
        assert repo.case_reference(conn, "breach", 99) is None
        assert repo.link_case(conn, "request", request_id, activity_id) is True
        assert repo.link_case(conn, "request", request_id, activity_id) is False
    with register.read() as conn:
        assert repo.activities_for_case(conn, "request", request_id) == [activity_id]
    with register.write() as conn:
        assert repo.unlink_case(conn, "request", request_id, activity_id) is True
        assert repo.activities_for_case(conn, "request", request_id) == []


def test_info_counts_the_registers():
    assert COUNTED_TABLES["activities"] == "processing_activity"
    assert COUNTED_TABLES["processors"] == "processor"
    assert COUNTED_TABLES["transfers"] == "data_transfer"


def _request_values() -> dict:
    return {
        "reference": "DSR-2026-0001",
        "under_law_09_08": True,
        "rights": frozenset({"access"}),
        "channel": "email",
        "requester_name": "Yassine El Amrani",
        "received_on": date(2026, 3, 1),
        "status": "new",
        "due_on": date(2026, 3, 31),
        "due_rule": "policy-internal",
        "due_basis": "policy",
        "due_regime": "law-09-08",
        "created_at": NOW,
        "updated_at": NOW,
    }


@pytest.mark.parametrize("older", ["0002", "0003"])
def test_older_register_keeps_its_requests_when_migrated(register_path, older):
    reg = open_register(register_path, TEST_PASSPHRASE, create=True)
    with reg.write() as conn:
        request_repo.insert_request(conn, _request_values())
    migrate.downgrade(reg.engine, older)
    with reg.read() as conn:
        tables = set(
            conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'").scalars()
        )
    assert "processing_activity" not in tables and "rights_request" in tables
    reg.close()

    reopened = open_register(register_path, TEST_PASSPHRASE)
    try:
        assert reopened.report.migrated_from == older
        assert reopened.report.backup_path is not None
        assert migrate.current_revision(reopened.engine) == migrate.head_revision()
        with reopened.read() as conn:
            kept = request_repo.get_by_reference(conn, "DSR-2026-0001")
        assert kept.requester_name == "Yassine El Amrani"
        assert kept.due_on == date(2026, 3, 31)
        with reopened.write() as conn:
            activity_id = repo.insert_activity(conn, FULL_ACTIVITY, NOW)
            assert repo.link_case(conn, "request", kept.id, activity_id)
        with reopened.read() as conn:
            assert repo.get_activity(conn, activity_id).details() == FULL_ACTIVITY
    finally:
        reopened.close()


def test_downgrade_from_0004_drops_only_the_registers(register):
    with register.write() as conn:
        repo.insert_activity(conn, FULL_ACTIVITY, NOW)
        request_repo.insert_request(conn, _request_values())
    migrate.downgrade(register.engine, "0003")
    with register.read() as conn:
        tables = set(
            conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'").scalars()
        )
        assert conn.execute(text("SELECT count(*) FROM rights_request")).scalar() == 1
    assert not tables & {
        "processing_activity",
        "activity_purpose",
        "processor",
        "activity_processor",
        "data_transfer",
        "request_activity",
        "breach_activity",
    }
    assert "breach" in tables
