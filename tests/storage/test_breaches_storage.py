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
    DutyKind,
    DutyState,
    EventKind,
    NotificationPhase,
    SubjectCommunication,
    TimelineEvent,
)
from dpo_desk.domain.requests.workflow import Channel, Regime
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
    # A GDPR breach notified to the CNDP alone: the notice is kept, but the CNDP is not
    # a GDPR supervisory authority, so the Art. 33 duty is still owed.
    assert found.notified_at is None
    assert [(d.kind, d.state) for d in found.duties] == [
        (DutyKind.EU_AUTHORITY, DutyState.PENDING),
        (DutyKind.DGSSI, DutyState.UNDECIDED),  # Law 05-20: not yet decided
    ]
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
        # A GDPR breach notified to the CNDP only: its clock still runs (first, overdue).
        cndp_only = repo.insert_breach(conn, _values("VIO-2026-0004", NOW - timedelta(hours=90)))
        repo.add_notification(
            conn,
            cndp_only,
            AuthorityNotification(Authority.CNDP, NotificationPhase.INITIAL, NOW),
            NOW,
        )
        notified = repo.insert_breach(conn, _values("VIO-2026-0007", NOW - timedelta(hours=95)))
        repo.add_notification(
            conn,
            notified,
            AuthorityNotification(Authority.CNIL, NotificationPhase.INITIAL, NOW),
            NOW,
        )
        # Under Law 09-08 alone, the CNDP notice is the one that stops the clock.
        law_only = repo.insert_breach(
            conn,
            _values(
                "VIO-2026-0008",
                NOW - timedelta(hours=50),
                under_gdpr=False,
                under_law_09_08=True,
                deadline_rule="policy-72h",
            ),
        )
        repo.add_notification(
            conn,
            law_only,
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
        assert repo.count_rows(conn, BreachFilter()) == 8
        assert repo.count_rows(conn, BreachFilter(open_only=True)) == 7
        assert repo.count_rows(conn, BreachFilter(regime=Regime.LAW_09_08)) == 1
    # Stopped clocks after running ones, still by deadline: the decision (aware 100 h ago) first.
    assert [r.id for r in rows] == [
        cndp_only,
        late,
        soon,
        fresh,
        decided,
        notified,
        law_only,
        closed,
    ]
    assert closed not in [r.id for r in open_rows]
    assert [r.id for r in assessed] == [decided]
    assert [r.id for r in page] == [late, soon]
    by_id = {r.id: r for r in rows}
    assert by_id[notified].notified_at == NOW and by_id[notified].notified_at.tzinfo is not None
    assert by_id[law_only].notified_at == NOW and by_id[law_only].countdown(NOW) is None
    assert by_id[cndp_only].notified_at is None and by_id[cndp_only].cndp_notified_at == NOW
    assert by_id[cndp_only].countdown(NOW).overdue
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


def test_migration_0007_counts_only_the_governing_notice(register_path):
    """A register of an older version: a GDPR breach "notified" to the CNDP alone goes
    back to its facts, a breach with no regime loses the GDPR's rule; the journal says
    what the rows said before, and its chain holds."""
    from dpo_desk.storage import audit

    reg = open_register(register_path, TEST_PASSPHRASE, create=True)
    notice = {
        "cndp": AuthorityNotification(Authority.CNDP, NotificationPhase.INITIAL, NOW),
        "cnil": AuthorityNotification(Authority.CNIL, NotificationPhase.INITIAL, NOW),
    }
    cases = {
        # reference: (values, notices, status expected after 0007)
        "VIO-2026-0001": ({"status": "notified"}, ["cndp"], "open"),
        "VIO-2026-0002": (
            {"status": "communicated", "risk_factors": "{}", "risk_level": "risk"},
            ["cndp"],
            "assessed",
        ),
        "VIO-2026-0003": ({"status": "notified"}, ["cnil"], "notified"),
        "VIO-2026-0004": (
            {
                "status": "notified",
                "under_gdpr": False,
                "under_law_09_08": True,
                "deadline_rule": "policy-72h",
            },
            ["cndp"],
            "notified",
        ),  # fmt: skip
        "VIO-2026-0005": ({"status": "closed"}, ["cndp"], "closed"),
        "VIO-2026-0006": ({"under_gdpr": False}, [], "open"),  # no regime, GDPR rule
    }
    with reg.write() as conn:
        for reference, (values, notices, _expected) in cases.items():
            breach_id = repo.insert_breach(
                conn, _values(reference, NOW - timedelta(hours=5), **values)
            )
            for name in notices:
                repo.add_notification(conn, breach_id, notice[name], NOW)
    migrate.downgrade(reg.engine, "0006")
    reg.close()

    reopened = open_register(register_path, TEST_PASSPHRASE)
    try:
        assert reopened.report.migrated_from == "0006"
        with reopened.read() as conn:
            stored = {
                r.reference: r
                for r in conn.execute(text("SELECT reference, status, deadline_rule FROM breach"))
            }
            entries = [e for e in audit.entries_for(conn, "breach", "VIO-2026-0001")]
            no_regime = audit.entries_for(conn, "breach", "VIO-2026-0006")
            untouched = audit.entries_for(conn, "breach", "VIO-2026-0003")
            assert audit.first_broken_entry(conn) is None
            found = repo.get_by_reference(conn, "VIO-2026-0001")
    finally:
        reopened.close()
    assert {ref: row.status for ref, row in stored.items()} == {
        ref: expected for ref, (_v, _n, expected) in cases.items()
    }
    assert stored["VIO-2026-0006"].deadline_rule == "policy-72h"
    assert stored["VIO-2026-0001"].deadline_rule == "gdpr-art-33-1"
    assert [(e.actor, e.action, e.changes) for e in entries] == [
        ("migration 0007", "status", {"status": ["notified", "open"]})
    ]
    assert [(e.action, e.changes) for e in no_regime] == [
        ("update", {"deadline_rule": ["gdpr-art-33-1", "policy-72h"]})
    ]
    assert untouched == []
    # The clock of the corrected breach runs again.
    assert found.countdown(NOW) is not None and found.notified_at is None
