"""The breach repository and migration 0003."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import text

from dpo_desk.domain.breach_risk import DataCategory, Exposure, RiskFactors, RiskLevel, assess
from dpo_desk.domain.breaches import (
    Authority,
    AuthorityNotification,
    BreachNature,
    BreachStatus,
    CommunicationChannel,
    EventKind,
    NotificationPhase,
    SubjectCommunication,
    TimelineEvent,
)
from dpo_desk.domain.requests import Channel, Regime
from dpo_desk.storage import breaches as repo
from dpo_desk.storage import migrate
from dpo_desk.storage.breaches import BreachFilter
from dpo_desk.storage.database import open_register
from dpo_desk.storage.schema import COUNTED_TABLES
from tests.conftest import TEST_PASSPHRASE

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)


def _values(reference: str, aware: datetime, **extra) -> dict:
    values = {
        "reference": reference,
        "title": f"Violation {reference}",
        "under_gdpr": True,
        "under_law_09_08": False,
        "status": "open",
        "discovered_at": aware,
        "aware_at": aware,
        "notify_by": aware + timedelta(hours=72),
        "deadline_rule": "gdpr-art-33-1",
        "created_at": NOW,
        "updated_at": NOW,
    }
    values.update(extra)
    return values


def test_breach_round_trip_with_nature_risk_and_children(register):
    nature = BreachNature(
        description="Export CSV exposé",
        confidentiality=True,
        subject_categories=("élèves", "parents"),
        subjects_count=3400,
        record_categories=("comptes",),
        records_count=3400,
        data_categories=frozenset({DataCategory.CREDENTIALS, DataCategory.CONTACT}),
        minors=True,
        processors=("Mixpanel", "Hébergeur cloud marocain"),
    )
    result = assess(
        RiskFactors(confidentiality=Exposure.SEVERE, malicious=True),
        nature.data_categories,
        minors=True,
    )
    aware = NOW - timedelta(hours=20)
    with register.write() as conn:
        breach_id = repo.insert_breach(
            conn,
            _values(
                "VIO-2026-0001",
                aware,
                **repo.nature_values(nature),
                **repo.risk_values(result, NOW),
                status="assessed",
            ),
        )
        repo.add_event(conn, breach_id, TimelineEvent(EventKind.AWARE, aware, "dpo"), NOW)
        repo.add_event(
            conn, breach_id, TimelineEvent(EventKind.DISCOVERED, aware - timedelta(hours=1), "dpo"),
            NOW,
        )  # fmt: skip
        repo.add_notification(
            conn,
            breach_id,
            AuthorityNotification(
                Authority.CNDP, NotificationPhase.INITIAL, NOW, Channel.EMAIL, recorded_by="dpo"
            ),
            NOW,
        )
        repo.add_communication(
            conn,
            breach_id,
            SubjectCommunication(NOW, CommunicationChannel.EMAIL, "élèves touchés"),
            NOW,
        )
    with register.read() as conn:
        found = repo.get_by_reference(conn, " vio-2026-0001 ")
    assert found is not None
    assert found.nature == nature
    assert found.aware_at == aware and found.aware_at.tzinfo is not None
    assert found.notify_by == aware + timedelta(hours=72)
    assert found.risk is not None and found.risk.level is RiskLevel.HIGH_RISK
    assert found.risk.factors == result.factors
    assert [e.kind for e in found.events] == [EventKind.DISCOVERED, EventKind.AWARE]
    assert found.notifications[0].authority is Authority.CNDP
    assert found.communications[0].audience == "élèves touchés"
    assert found.notified_at == NOW
    assert found.dgssi.applies is None


def test_stored_risk_keeps_the_inputs_of_its_time(register):
    """Editing the nature later must not silently change a past assessment."""
    result = assess(
        RiskFactors(confidentiality=Exposure.LIMITED), {DataCategory.SENSITIVE}, minors=False
    )
    with register.write() as conn:
        breach_id = repo.insert_breach(
            conn,
            _values(
                "VIO-2026-0001",
                NOW,
                **repo.nature_values(BreachNature(confidentiality=True)),
                **repo.risk_values(result, NOW),
            ),
        )
    with register.read() as conn:
        found = repo.get(conn, breach_id)
    assert found.nature.data_categories == frozenset()
    assert found.risk.data_categories == {DataCategory.SENSITIVE}
    assert found.risk.computed is result.computed


def test_optimistic_version(register):
    with register.write() as conn:
        breach_id = repo.insert_breach(conn, _values("VIO-2026-0001", NOW))
        assert repo.update_breach(conn, breach_id, 1, {"title": "A"})
        assert not repo.update_breach(conn, breach_id, 1, {"title": "B"})
    with register.read() as conn:
        found = repo.get(conn, breach_id)
    assert (found.title, found.version) == ("A", 2)


def test_reference_numbers_compare_as_numbers(register):
    with register.write() as conn:
        assert repo.last_reference_number(conn, 2026) == 0
        for number in (9, 9999, 10000, 10001):
            repo.insert_breach(conn, _values(f"VIO-2026-{number:04d}", NOW))
        repo.insert_breach(conn, _values("VIO-2025-0042", NOW - timedelta(days=300)))
        assert repo.last_reference_number(conn, 2026) == 10001
        assert repo.last_reference_number(conn, 2025) == 42
        assert repo.last_reference_number(conn, 2024) == 0


def test_list_puts_running_clocks_first_and_filters(register):
    with register.write() as conn:
        late = repo.insert_breach(conn, _values("VIO-2026-0001", NOW - timedelta(hours=80)))
        soon = repo.insert_breach(conn, _values("VIO-2026-0002", NOW - timedelta(hours=60)))
        fresh = repo.insert_breach(conn, _values("VIO-2026-0003", NOW - timedelta(hours=2)))
        notified = repo.insert_breach(conn, _values("VIO-2026-0004", NOW - timedelta(hours=90)))
        repo.add_notification(
            conn,
            notified,
            AuthorityNotification(Authority.CNDP, NotificationPhase.INITIAL, NOW),
            NOW,
        )
        decided = repo.insert_breach(
            conn,
            _values(
                "VIO-2026-0005",
                NOW - timedelta(hours=100),
                no_notification_at=NOW,
                status="assessed",
            ),
        )
        closed = repo.insert_breach(
            conn, _values("VIO-2026-0006", NOW - timedelta(hours=200), status="closed")
        )
    with register.read() as conn:
        rows = repo.list_rows(conn, BreachFilter())
        open_rows = repo.list_rows(conn, BreachFilter(open_only=True))
        assessed = repo.list_rows(conn, BreachFilter(statuses=frozenset({BreachStatus.ASSESSED})))
        page = repo.list_rows(conn, BreachFilter(), offset=1, limit=2)
        assert repo.count_rows(conn, BreachFilter()) == 6
        assert repo.count_rows(conn, BreachFilter(open_only=True)) == 5
        assert repo.count_rows(conn, BreachFilter(regime=Regime.LAW_09_08)) == 0
    # Stopped clocks after running ones, still by deadline: the decision (aware 100 h ago) first.
    assert [r.id for r in rows] == [late, soon, fresh, decided, notified, closed]
    assert closed not in [r.id for r in open_rows]
    assert [r.id for r in assessed] == [decided]
    assert [r.id for r in page] == [soon, fresh]
    by_id = {r.id: r for r in rows}
    assert by_id[notified].notified_at == NOW and by_id[notified].notified_at.tzinfo is not None
    assert by_id[decided].no_notification and by_id[late].notified_at is None
    assert not by_id[closed].is_open
    assert by_id[late].countdown(NOW).level.value == "overdue"
    assert by_id[soon].countdown(NOW).hours == 12
    assert by_id[notified].countdown(NOW) is None
    assert by_id[decided].countdown(NOW) is None
    assert by_id[closed].countdown(NOW) is None


def test_info_counts_breaches():
    assert COUNTED_TABLES["breaches"] == "breach"


def test_register_at_0002_with_requests_upgrades_to_0003(register_path):
    reg = open_register(register_path, TEST_PASSPHRASE, create=True)
    with reg.write() as conn:
        conn.execute(
            text(
                "INSERT INTO rights_request (reference, under_law_09_08, rights, channel, "
                "requester_name, received_on, status, due_on, due_rule, due_basis, due_regime, "
                "created_at, updated_at) VALUES ('DSR-2026-0001', 1, ',access,', 'email', "
                "'Yassine El Amrani', '2026-03-01', 'new', '2026-03-31', 'policy-internal', "
                "'policy', 'law-09-08', '2026-03-01 09:00:00', '2026-03-01 09:00:00')"
            )
        )
    migrate.downgrade(reg.engine, "0002")
    assert migrate.current_revision(reg.engine) == "0002"
    with reg.read() as conn:
        tables = set(
            conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'").scalars()
        )
    assert "breach" not in tables and "rights_request" in tables
    reg.close()

    reopened = open_register(register_path, TEST_PASSPHRASE)
    try:
        assert reopened.report.migrated_from == "0002"
        assert reopened.report.backup_path is not None
        # Through 0003 (breaches) to whatever head later issues have added.
        assert migrate.current_revision(reopened.engine) == migrate.head_revision()
        from dpo_desk.storage import requests as request_repo

        with reopened.read() as conn:
            kept = request_repo.get_by_reference(conn, "DSR-2026-0001")
        assert kept is not None
        assert kept.requester_name == "Yassine El Amrani"
        assert kept.due_on == date(2026, 3, 31)
        with reopened.write() as conn:
            breach_id = repo.insert_breach(conn, _values("VIO-2026-0001", NOW))
        with reopened.read() as conn:
            assert repo.get(conn, breach_id).reference == "VIO-2026-0001"
    finally:
        reopened.close()


@pytest.mark.parametrize("table", ["breach_notification", "breach_communication", "breach_event"])
def test_children_belong_to_a_breach(register, table):
    import sqlalchemy.exc

    with pytest.raises(sqlalchemy.exc.IntegrityError), register.write() as conn:
        conn.execute(
            text(f"INSERT INTO {table} (breach_id) VALUES (999)")  # noqa: S608 — test constant
        )
