"""Breach use cases on a real encrypted register, with a frozen clock."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from dpo_desk.domain.breach_risk import (
    DataCategory,
    Exposure,
    Identifiability,
    Likelihood,
    RiskFactors,
    RiskLevel,
)
from dpo_desk.domain.breaches import (
    Art34Exception,
    Authority,
    AuthorityNotification,
    BreachIntake,
    BreachNature,
    BreachStatus,
    CommunicationChannel,
    CountdownLevel,
    DutyKind,
    DutyState,
    EventKind,
    NotificationPhase,
    SubjectCommunication,
    TransitionRefused,
)
from dpo_desk.domain.errors import Conflict, ValidationError
from dpo_desk.domain.requests.workflow import Regime
from dpo_desk.services import breaches as svc
from dpo_desk.services.register_file import register_info, verify_register
from dpo_desk.storage.breaches import BreachFilter
from tests.conftest import TEST_PASSPHRASE

SECRET_TITLE = "Fuite du dossier de Yassine El Amrani"
SECRET_TEXT = "Yassine El Amrani, 0661-000000"


def _open(register, clock, *, hours_ago=20, regimes=(Regime.GDPR,), **nature):
    now = clock.now()
    intake = BreachIntake(
        title=SECRET_TITLE,
        regimes=frozenset(regimes),
        aware_at=now - timedelta(hours=hours_ago),
        discovered_at=now - timedelta(hours=hours_ago + 1),
        nature=BreachNature(description=SECRET_TEXT, **nature),
    )
    return svc.create_breach(register, intake, clock=clock)


def _audit_text(register) -> str:
    with register.read() as conn:
        return json.dumps(
            [list(r) for r in conn.execute(text("SELECT action, changes FROM audit_log"))],
            ensure_ascii=False,
        )


HIGH = RiskFactors(
    confidentiality=Exposure.SEVERE, malicious=True, likelihood=Likelihood.SIGNIFICANT
)
NONE = RiskFactors(
    identifiability=Identifiability.NEGLIGIBLE,
    confidentiality=Exposure.LIMITED,
    likelihood=Likelihood.NEGLIGIBLE,
)
BOTH = (Regime.GDPR, Regime.LAW_09_08)
RISKY = RiskFactors(confidentiality=Exposure.LIMITED, likelihood=Likelihood.SIGNIFICANT)
CREDENTIALS = {
    "confidentiality": True,
    "data_categories": frozenset({DataCategory.CREDENTIALS}),
    "minors": True,
}


def test_create_starts_the_clock(register, frozen_clock):
    breach = _open(register, frozen_clock, regimes=(Regime.LAW_09_08,))
    assert breach.reference == "VIO-2026-0001"
    assert breach.status is BreachStatus.OPEN
    assert breach.notify_by == frozen_clock.now() + timedelta(hours=52)
    assert breach.deadline.basis == "policy"
    assert "loi 09-08 ne fixe pas de délai" in breach.deadline.label
    assert [e.kind for e in breach.events] == [EventKind.DISCOVERED, EventKind.AWARE]
    left = breach.countdown(frozen_clock.now())
    assert (left.level, left.hours) == (CountdownLevel.OK, 52)
    assert _open(register, frozen_clock).reference == "VIO-2026-0002"
    assert svc.count_breaches(register) == 2
    assert register_info(register).counts["breaches"] == 2


def test_reference_year_is_the_awareness_year_in_the_organisation_zone(register, frozen_clock):
    # 31 Dec 2025 23:30 UTC is already 1 Jan 2026 00:30 in Casablanca (UTC+1).
    intake = BreachIntake(
        title="Réveillon",
        regimes=frozenset({Regime.LAW_09_08}),
        aware_at=datetime(2025, 12, 31, 23, 30, tzinfo=UTC),
    )
    assert svc.create_breach(register, intake, clock=frozen_clock).reference == "VIO-2026-0001"


def test_bad_instants_are_refused_and_nothing_is_written(register, frozen_clock):
    now = frozen_clock.now()
    before = _audit_text(register)
    with pytest.raises(ValidationError) as caught:
        svc.create_breach(
            register,
            BreachIntake(
                title="x",
                regimes=frozenset({Regime.GDPR}),
                aware_at=now - timedelta(hours=3),
                discovered_at=now - timedelta(hours=2),
            ),
            clock=frozen_clock,
        )
    assert caught.value.field == "aware_at"
    assert svc.count_breaches(register) == 0
    assert _audit_text(register) == before


def test_high_risk_path_to_closing(register, frozen_clock):
    breach = _open(register, frozen_clock)
    with pytest.raises(ValidationError) as caught:
        svc.assess_risk(register, breach, HIGH, clock=frozen_clock)
    assert caught.value.field == "nature"  # nothing says what was breached yet
    breach = svc.update_nature(
        register,
        breach,
        BreachNature(description=SECRET_TEXT, subjects_count=3400, **CREDENTIALS),
        clock=frozen_clock,
    )
    with pytest.raises(ValidationError) as caught:
        svc.assess_risk(
            register, breach, RiskFactors(integrity=Exposure.LIMITED), clock=frozen_clock
        )
    assert caught.value.field == "integrity"

    breach = svc.assess_risk(register, breach, HIGH, clock=frozen_clock)
    assert breach.status is BreachStatus.ASSESSED
    assert breach.risk_level is RiskLevel.HIGH_RISK
    assert breach.communication_required

    frozen_clock.advance(timedelta(hours=4))
    breach = svc.add_notification(
        register,
        breach,
        AuthorityNotification(Authority.CNIL, NotificationPhase.INITIAL, frozen_clock.now()),
        clock=frozen_clock,
    )
    assert breach.status is BreachStatus.NOTIFIED
    assert breach.notified_at == frozen_clock.now()
    assert breach.countdown(frozen_clock.now()) is None  # the list shows "notifiée le …"

    with pytest.raises(TransitionRefused, match="informez les personnes"):
        svc.close_breach(register, breach, remedial_actions="MFA", clock=frozen_clock)
    breach = svc.record_communication(
        register,
        breach,
        SubjectCommunication(frozen_clock.now(), CommunicationChannel.EMAIL, "3 400 comptes"),
        clock=frozen_clock,
    )
    assert breach.status is BreachStatus.COMMUNICATED
    with pytest.raises(TransitionRefused, match="mesures correctives"):
        svc.close_breach(register, breach, clock=frozen_clock)
    with pytest.raises(ValidationError):
        svc.close_breach(register, breach, remedial_actions="  ", clock=frozen_clock)
    breach = svc.close_breach(
        register, breach, remedial_actions="Double authentification", clock=frozen_clock
    )
    assert breach.status is BreachStatus.CLOSED
    assert breach.closed_at == frozen_clock.now()
    assert [e.kind for e in breach.events][-3:] == [
        EventKind.NOTIFIED,
        EventKind.COMMUNICATED,
        EventKind.CLOSED,
    ]
    with pytest.raises(svc.BreachClosed):
        svc.update_nature(register, breach, BreachNature(), clock=frozen_clock)
    # A note may still be added to the record of a closed breach.
    breach = svc.add_event(register, breach, EventKind.NOTE, note="Accusé CNIL", clock=frozen_clock)
    assert breach.events[-1].kind is EventKind.NOTE
    with pytest.raises(svc.BreachClosed):
        svc.add_event(register, breach, EventKind.CONTAINED, clock=frozen_clock)

    actions = [e.action for e in svc.journal_for(register, breach)]
    assert actions == [
        "create",
        "nature",
        "assess",
        "notify",
        "communicate",
        "close",
        "event",
    ]
    journal = _audit_text(register)
    assert "Yassine" not in journal and "0661" not in journal and "Accusé" not in journal
    verify_register(register)


@pytest.mark.parametrize(
    ("regimes", "authority", "words", "never"),
    [
        # GDPR Art. 33(1): a late notice to an EU authority carries the reasons.
        ((Regime.GDPR,), Authority.CNIL, "RGPD art. 33(1)", "politique interne"),
        # Law 09-08 alone: the CNDP policy asks for them too, without citing the GDPR.
        ((Regime.LAW_09_08,), Authority.CNDP, "politique interne", "RGPD"),
    ],
)
def test_late_notification_needs_a_reason(register, frozen_clock, regimes, authority, words, never):
    breach = _open(register, frozen_clock, hours_ago=80, regimes=regimes)  # 8 hours overdue
    assert breach.countdown(frozen_clock.now()).level is CountdownLevel.OVERDUE
    late = AuthorityNotification(authority, NotificationPhase.INITIAL, frozen_clock.now())
    with pytest.raises(ValidationError) as caught:
        svc.add_notification(register, breach, late, clock=frozen_clock)
    assert caught.value.field == "delay_reason"
    assert words in caught.value.message()
    assert never not in caught.value.message()
    assert ("art. 33" in caught.value.message()) is (authority is Authority.CNIL)
    assert svc.find_breach(register, breach.reference).version == breach.version

    reason = "Étendue confirmée par le sous-traitant après 78 heures"
    breach = svc.add_notification(
        register,
        breach,
        AuthorityNotification(
            authority, NotificationPhase.INITIAL, frozen_clock.now(), delay_reason=reason
        ),
        clock=frozen_clock,
    )
    assert breach.is_late(breach.notifications[0])
    assert breach.notifications[0].delay_reason == reason
    assert breach.status is BreachStatus.NOTIFIED and breach.governing_duty.late
    entry = svc.journal_for(register, breach)[-1]
    assert entry.changes["late"] is True
    assert entry.changes["delay_reason"] == "renseigné"
    # Phases: a complementary notification later needs no reason of its own.
    frozen_clock.advance(timedelta(days=2))
    breach = svc.add_notification(
        register,
        breach,
        AuthorityNotification(authority, NotificationPhase.COMPLEMENTARY, frozen_clock.now()),
        clock=frozen_clock,
    )
    assert [n.phase for n in breach.notifications] == [
        NotificationPhase.INITIAL,
        NotificationPhase.COMPLEMENTARY,
    ]


def test_gdpr_breach_notified_to_the_cndp_only_still_counts_down(register, frozen_clock):
    breach = _open(register, frozen_clock, hours_ago=20)  # GDPR alone
    breach = svc.add_notification(
        register,
        breach,
        AuthorityNotification(Authority.CNDP, NotificationPhase.INITIAL, frozen_clock.now()),
        clock=frozen_clock,
    )
    # Kept as a courtesy: the CNDP is not a GDPR supervisory authority.
    assert len(breach.notifications) == 1
    assert breach.status is BreachStatus.OPEN
    assert breach.notified_at is None
    assert breach.countdown(frozen_clock.now()).hours == 52
    assert breach.governing_duty.kind is DutyKind.EU_AUTHORITY
    assert svc.journal_for(register, breach)[-1].changes["duty"] is None
    assert svc.summary(register, clock=frozen_clock).awaiting_notification == 1
    # A late courtesy notice asks for no reason: it answers no deadline.
    frozen_clock.advance(timedelta(hours=60))
    breach = svc.add_notification(
        register,
        breach,
        AuthorityNotification(Authority.CNDP, NotificationPhase.COMPLEMENTARY, frozen_clock.now()),
        clock=frozen_clock,
    )
    assert not any(breach.is_late(n) for n in breach.notifications)
    assert breach.countdown(frozen_clock.now()).overdue
    # Notifying the CNIL (with the reasons, now late) stops the clock.
    breach = svc.add_notification(
        register,
        breach,
        AuthorityNotification(
            Authority.CNIL, NotificationPhase.INITIAL, frozen_clock.now(), delay_reason="x"
        ),
        clock=frozen_clock,
    )
    assert breach.status is BreachStatus.NOTIFIED
    assert breach.countdown(frozen_clock.now()) is None
    assert breach.notified_at == frozen_clock.now()
    assert svc.journal_for(register, breach)[-1].changes["duty"] == "eu_authority"


def test_another_eu_authority_meets_the_gdpr_duty(register, frozen_clock):
    breach = _open(register, frozen_clock, hours_ago=5)
    breach = svc.add_notification(
        register,
        breach,
        AuthorityNotification(
            Authority.OTHER,
            NotificationPhase.INITIAL,
            frozen_clock.now(),
            authority_name="Garante per la protezione dei dati personali",
        ),
        clock=frozen_clock,
    )
    assert breach.status is BreachStatus.NOTIFIED
    assert breach.governing_duty.state is DutyState.MET


def test_both_regimes_track_two_duties(register, frozen_clock):
    breach = _open(register, frozen_clock, hours_ago=10, regimes=BOTH, confidentiality=True)
    assert [(d.kind, d.basis, d.governing) for d in breach.duties] == [
        (DutyKind.EU_AUTHORITY, "law", True),
        (DutyKind.CNDP, "policy", False),
        (DutyKind.DGSSI, "law", False),  # Law 05-20: whether it applies is not decided yet
    ]
    breach = svc.add_notification(
        register,
        breach,
        AuthorityNotification(Authority.CNDP, NotificationPhase.INITIAL, frozen_clock.now()),
        clock=frozen_clock,
    )
    states = {d.kind: d.state for d in breach.duties}
    assert states[DutyKind.CNDP] is DutyState.MET
    assert states[DutyKind.EU_AUTHORITY] is DutyState.PENDING
    assert breach.status is BreachStatus.OPEN  # the CNDP notice is not the GDPR's
    assert breach.countdown(frozen_clock.now()) is not None
    breach = svc.assess_risk(register, breach, RISKY, clock=frozen_clock)
    breach = svc.record_dgssi(register, breach, applies=False, clock=frozen_clock)
    with pytest.raises(TransitionRefused, match="une notification à la CNDP ne suffit pas"):
        svc.close_breach(register, breach, remedial_actions="Rappel", clock=frozen_clock)
    breach = svc.add_notification(
        register,
        breach,
        AuthorityNotification(Authority.CNIL, NotificationPhase.INITIAL, frozen_clock.now()),
        clock=frozen_clock,
    )
    assert breach.status is BreachStatus.NOTIFIED
    assert all(d.state is DutyState.MET for d in breach.duties)
    closed = svc.close_breach(register, breach, remedial_actions="Rappel", clock=frozen_clock)
    assert closed.status is BreachStatus.CLOSED
    # The other way round: the CNIL notified, the CNDP policy notice still owed.
    other = _open(register, frozen_clock, hours_ago=10, regimes=BOTH, confidentiality=True)
    other = svc.assess_risk(register, other, RISKY, clock=frozen_clock)
    other = svc.add_notification(
        register,
        other,
        AuthorityNotification(Authority.CNIL, NotificationPhase.INITIAL, frozen_clock.now()),
        clock=frozen_clock,
    )
    assert other.status is BreachStatus.NOTIFIED and other.countdown(frozen_clock.now()) is None
    with pytest.raises(TransitionRefused, match="politique interne") as caught:
        svc.close_breach(register, other, remedial_actions="Rappel", clock=frozen_clock)
    assert "CNDP" in caught.value.message()


def test_adding_the_gdpr_to_a_breach_notified_to_the_cndp_reopens_its_clock(register, frozen_clock):
    breach = _open(register, frozen_clock, hours_ago=10, regimes=(Regime.LAW_09_08,))
    breach = svc.add_notification(
        register,
        breach,
        AuthorityNotification(Authority.CNDP, NotificationPhase.INITIAL, frozen_clock.now()),
        clock=frozen_clock,
    )
    assert breach.status is BreachStatus.NOTIFIED
    assert breach.deadline.basis == "policy"
    # Persons in the EU turn out to be concerned: the GDPR's duty now governs.
    breach = svc.update_details(
        register,
        breach,
        BreachIntake(
            title=breach.title,
            regimes=frozenset({Regime.LAW_09_08, Regime.GDPR}),
            aware_at=breach.aware_at,
            discovered_at=breach.discovered_at,
        ),
        clock=frozen_clock,
    )
    assert breach.status is BreachStatus.OPEN
    assert breach.deadline.rule == "gdpr-art-33-1"
    assert breach.countdown(frozen_clock.now()).hours == 62
    entry = svc.journal_for(register, breach)[-1]
    assert entry.changes["status"] == ["notified", "open"]
    verify_register(register)


def test_moving_the_awareness_cannot_leave_a_late_notification_unexplained(register, frozen_clock):
    breach = _open(register, frozen_clock, hours_ago=70, regimes=(Regime.GDPR, Regime.LAW_09_08))
    for authority in (Authority.CNIL, Authority.CNDP):
        breach = svc.add_notification(
            register,
            breach,
            AuthorityNotification(authority, NotificationPhase.INITIAL, frozen_clock.now()),
            clock=frozen_clock,
        )
    earlier = BreachIntake(
        title=breach.title,
        regimes=breach.regimes,
        aware_at=frozen_clock.now() - timedelta(hours=75),
        discovered_at=frozen_clock.now() - timedelta(hours=76),
    )
    with pytest.raises(ValidationError) as caught:
        svc.update_details(register, breach, earlier, clock=frozen_clock)
    assert caught.value.field == "aware_at"
    # Under Law 09-08 alone, only the CNDP notice counts: it too needs its reasons.
    with pytest.raises(ValidationError) as caught:
        svc.update_details(
            register,
            breach,
            replace(earlier, regimes=frozenset({Regime.LAW_09_08})),
            clock=frozen_clock,
        )
    assert "politique interne" in caught.value.message()
    assert "RGPD" not in caught.value.message()
    moved = svc.update_details(
        register,
        breach,
        BreachIntake(
            title=breach.title,
            regimes=frozenset({Regime.LAW_09_08}),
            aware_at=frozen_clock.now() - timedelta(hours=30),
            discovered_at=frozen_clock.now() - timedelta(hours=76),
        ),
        clock=frozen_clock,
    )
    assert moved.notify_by == frozen_clock.now() + timedelta(hours=42)
    assert moved.deadline.basis == "policy"
    assert moved.status is BreachStatus.NOTIFIED  # the CNDP notice now governs


def test_no_risk_breach_is_documented_and_closed_without_notification(register, frozen_clock):
    breach = _open(
        register,
        frozen_clock,
        regimes=(Regime.LAW_09_08,),
        confidentiality=True,
        data_categories=frozenset({DataCategory.EDUCATION}),
    )
    with pytest.raises(TransitionRefused, match="Évaluez"):
        svc.record_no_notification(register, breach, "chiffré", clock=frozen_clock)
    breach = svc.assess_risk(register, breach, HIGH, clock=frozen_clock)
    assert breach.risk_level is not RiskLevel.NONE
    with pytest.raises(TransitionRefused, match="impose de notifier"):
        svc.record_no_notification(register, breach, "chiffré", clock=frozen_clock)
    breach = svc.assess_risk(register, breach, NONE, clock=frozen_clock)
    assert breach.risk_level is RiskLevel.NONE
    with pytest.raises(ValidationError):
        svc.record_no_notification(register, breach, "  ", clock=frozen_clock)
    with pytest.raises(TransitionRefused, match="décision de ne pas notifier"):
        svc.close_breach(register, breach, remedial_actions="Rappel", clock=frozen_clock)
    breach = svc.record_no_notification(
        register, breach, "Disque chiffré, clé non compromise", clock=frozen_clock
    )
    assert breach.no_notification.reasons == "Disque chiffré, clé non compromise"
    assert breach.countdown(frozen_clock.now()) is None
    breach = svc.close_breach(register, breach, remedial_actions="Rappel", clock=frozen_clock)
    assert breach.status is BreachStatus.CLOSED
    assert breach.notifications == ()
    assert "Disque" not in _audit_text(register)


def test_reassessing_higher_voids_the_decision_not_to_notify(register, frozen_clock):
    breach = _open(register, frozen_clock, confidentiality=True)
    breach = svc.assess_risk(register, breach, NONE, clock=frozen_clock)
    breach = svc.record_no_notification(register, breach, "peu probable", clock=frozen_clock)
    breach = svc.assess_risk(register, breach, HIGH, clock=frozen_clock)
    assert breach.no_notification is None
    assert breach.countdown(frozen_clock.now()) is not None


def test_override_needs_a_justification(register, frozen_clock):
    breach = _open(register, frozen_clock, confidentiality=True)
    with pytest.raises(ValidationError) as caught:
        svc.assess_risk(register, breach, NONE, override=RiskLevel.RISK, clock=frozen_clock)
    assert caught.value.field == "risk_justification"
    breach = svc.assess_risk(
        register,
        breach,
        NONE,
        override=RiskLevel.RISK,
        justification="Parents exposés à l'hameçonnage",
        clock=frozen_clock,
    )
    assert (breach.risk.computed, breach.risk.level) == (RiskLevel.NONE, RiskLevel.RISK)
    reread = svc.get_breach(register, breach.id)
    assert reread.risk.justification == "Parents exposés à l'hameçonnage"
    assert "hameçonnage" not in _audit_text(register)


def test_art34_exceptions(register, frozen_clock):
    breach = _open(register, frozen_clock, **CREDENTIALS)
    with pytest.raises(TransitionRefused):  # not assessed: no high risk to except from
        svc.record_art34_exception(
            register, breach, Art34Exception.UNINTELLIGIBLE, "AES-256", clock=frozen_clock
        )
    breach = svc.assess_risk(register, breach, HIGH, clock=frozen_clock)
    with pytest.raises(ValidationError):
        svc.record_art34_exception(
            register, breach, Art34Exception.DISPROPORTIONATE, " ", clock=frozen_clock
        )
    breach = svc.record_art34_exception(
        register,
        breach,
        Art34Exception.DISPROPORTIONATE,
        "Adresses inconnues pour 90 % des comptes",
        clock=frozen_clock,
    )
    breach = svc.add_notification(
        register,
        breach,
        AuthorityNotification(Authority.CNIL, NotificationPhase.INITIAL, frozen_clock.now()),
        clock=frozen_clock,
    )
    breach = svc.record_remedial_actions(register, breach, "Réinitialisation", clock=frozen_clock)
    with pytest.raises(TransitionRefused, match="publique"):
        svc.close_breach(register, breach, clock=frozen_clock)
    breach = svc.record_communication(
        register,
        breach,
        SubjectCommunication(frozen_clock.now(), CommunicationChannel.WEBSITE, "public"),
        clock=frozen_clock,
    )
    assert breach.status is BreachStatus.COMMUNICATED
    assert svc.close_breach(register, breach, clock=frozen_clock).status is BreachStatus.CLOSED

    # Exception (a): no communication is needed at all.
    other = _open(register, frozen_clock, **CREDENTIALS)
    other = svc.assess_risk(register, other, HIGH, clock=frozen_clock)
    other = svc.record_art34_exception(
        register, other, "unintelligible", "Chiffrées, clé intacte", clock=frozen_clock
    )
    assert not other.communication_required
    other = svc.add_notification(
        register,
        other,
        AuthorityNotification(Authority.CNIL, NotificationPhase.INITIAL, frozen_clock.now()),
        clock=frozen_clock,
    )
    closed = svc.close_breach(register, other, remedial_actions="Rotation", clock=frozen_clock)
    assert closed.status is BreachStatus.CLOSED


GDPR_WORDS = ("RGPD", "GDPR", "art. 3", "article 3")


def test_the_persons_under_law_09_08_alone_are_a_policy_matter(register, frozen_clock):
    """Law 09-08 provides no communication to the persons: the exception's refusals and
    the closing refusal are worded as the organisation's policy, never as Art. 34."""
    breach = _open(register, frozen_clock, regimes=(Regime.LAW_09_08,), **CREDENTIALS)
    refusals = []
    with pytest.raises(TransitionRefused) as caught:  # not assessed: no high risk
        svc.record_art34_exception(
            register, breach, Art34Exception.UNINTELLIGIBLE, "AES-256", clock=frozen_clock
        )
    refusals.append(caught.value.message())
    breach = svc.assess_risk(register, breach, HIGH, clock=frozen_clock)
    with pytest.raises(ValidationError) as caught:
        svc.record_art34_exception(
            register, breach, Art34Exception.DISPROPORTIONATE, " ", clock=frozen_clock
        )
    refusals.append(caught.value.message())
    breach = svc.add_notification(
        register,
        breach,
        AuthorityNotification(Authority.CNDP, NotificationPhase.INITIAL, frozen_clock.now()),
        clock=frozen_clock,
    )
    breach = svc.record_remedial_actions(register, breach, "Réinitialisation", clock=frozen_clock)
    with pytest.raises(TransitionRefused) as caught:
        svc.close_breach(register, breach, clock=frozen_clock)
    refusals.append(caught.value.message())
    assert "politique interne" in refusals[-1]
    for message in refusals:
        assert not any(word in message for word in GDPR_WORDS), message
    # The same breach under the GDPR cites the article with its instrument.
    gdpr = _open(register, frozen_clock, **CREDENTIALS)
    gdpr = svc.assess_risk(register, gdpr, HIGH, clock=frozen_clock)
    with pytest.raises(ValidationError) as caught:
        svc.record_art34_exception(register, gdpr, "unintelligible", "", clock=frozen_clock)
    assert "article 34(3) du RGPD" in caught.value.message()


def test_dgssi_declaration_blocks_closing_until_made(register, frozen_clock):
    breach = _open(register, frozen_clock, confidentiality=True)
    breach = svc.assess_risk(register, breach, NONE, clock=frozen_clock)
    breach = svc.record_no_notification(register, breach, "peu probable", clock=frozen_clock)
    breach = svc.record_dgssi(register, breach, applies=True, clock=frozen_clock)
    with pytest.raises(TransitionRefused, match="DGSSI"):
        svc.close_breach(register, breach, remedial_actions="Rappel", clock=frozen_clock)
    with pytest.raises(ValidationError):
        svc.record_dgssi(
            register, breach, applies=False, declared_at=frozen_clock.now(), clock=frozen_clock
        )
    breach = svc.record_dgssi(
        register,
        breach,
        applies=True,
        declared_at=frozen_clock.now() - timedelta(hours=1),
        reference="maCERT-1",
        clock=frozen_clock,
    )
    assert breach.dgssi.declared_at == frozen_clock.now() - timedelta(hours=1)
    breach = svc.close_breach(register, breach, remedial_actions="Rappel", clock=frozen_clock)
    assert breach.status is BreachStatus.CLOSED


def test_timeline_events(register, frozen_clock):
    breach = _open(register, frozen_clock)
    breach = svc.add_event(
        register,
        breach,
        EventKind.CONTAINED,
        at=frozen_clock.now() - timedelta(hours=2),
        note="IP bloquées",
        clock=frozen_clock,
    )
    contained = [e for e in breach.events if e.kind is EventKind.CONTAINED]
    assert contained[0].at == frozen_clock.now() - timedelta(hours=2)
    assert contained[0].author
    with pytest.raises(ValidationError):  # comes with its act
        svc.add_event(register, breach, EventKind.NOTIFIED, clock=frozen_clock)
    with pytest.raises(ValidationError):  # before the discovery
        svc.add_event(
            register,
            breach,
            EventKind.CONTAINED,
            at=frozen_clock.now() - timedelta(hours=40),
            clock=frozen_clock,
        )
    with pytest.raises(ValidationError):  # in the future
        svc.add_event(
            register,
            breach,
            EventKind.NOTE,
            at=frozen_clock.now() + timedelta(minutes=5),
            clock=frozen_clock,
        )


def test_stale_copy_is_refused(register, frozen_clock):
    breach = _open(register, frozen_clock)
    same = svc.update_nature(register, breach, breach.nature, clock=frozen_clock)
    assert same.version == breach.version  # nothing changed: nothing written
    assert [e.action for e in svc.journal_for(register, breach)] == ["create"]
    svc.update_nature(register, breach, BreachNature(availability=True), clock=frozen_clock)
    with pytest.raises(Conflict):
        svc.update_nature(register, breach, BreachNature(integrity=True), clock=frozen_clock)


def test_reads_and_summary(register, frozen_clock):
    running = _open(register, frozen_clock, hours_ago=70)
    overdue = _open(register, frozen_clock, hours_ago=80)
    notified = _open(register, frozen_clock, hours_ago=10)
    svc.add_notification(
        register,
        notified,
        AuthorityNotification(Authority.CNIL, NotificationPhase.INITIAL, frozen_clock.now()),
        clock=frozen_clock,
    )
    rows = svc.list_breaches(register, BreachFilter(open_only=True))
    assert [r.reference for r in rows] == [overdue.reference, running.reference, "VIO-2026-0003"]
    assert svc.open_breaches(register) == rows  # one query, the list's order
    assert svc.find_breach(register, running.reference.lower()).id == running.id
    with pytest.raises(svc.BreachNotFound) as caught:
        svc.find_breach(register, "VIO-2026-0999")
    assert caught.value.exit_code == 4
    with pytest.raises(svc.BreachNotFound):
        svc.get_breach(register, 999)
    summary = svc.summary(register, clock=frozen_clock)
    assert (summary.open, summary.awaiting_notification, summary.overdue) == (3, 2, 1)
    # The dashboard's one read: the same counts, and the list's first rows in its order.
    counts, first = svc.dashboard(register, clock=frozen_clock, limit=2)
    assert counts == summary
    assert [r.reference for r in first] == [overdue.reference, running.reference]


def test_demo_has_breaches_in_every_state(tmp_path, frozen_clock):
    from dpo_desk.services.demo import build_demo

    register = build_demo(tmp_path / "demo.dpodesk", TEST_PASSPHRASE, clock=frozen_clock)
    try:
        now = frozen_clock.now()
        rows = svc.list_breaches(register)
        breaches = [svc.get_breach(register, r.id) for r in rows]
        verify_register(register)
    finally:
        register.close()
    by_status = {}
    for breach in breaches:
        by_status.setdefault(breach.status, []).append(breach)
    inside = [
        x
        for x in breaches
        if x.countdown(now) is not None and x.countdown(now).level is not CountdownLevel.OVERDUE
    ]
    assert any(x.risk_level is RiskLevel.HIGH_RISK for x in inside)
    late = [x for x in breaches if any(n.is_late(x.notify_by) for n in x.notifications)]
    assert late and all(
        n.delay_reason for x in late for n in x.notifications if n.is_late(x.notify_by)
    )
    undisclosed = [x for x in breaches if x.no_notification is not None]
    assert undisclosed and undisclosed[0].risk_level is RiskLevel.NONE
    assert not undisclosed[0].notifications
    assert by_status[BreachStatus.CLOSED][0].remedial_actions
    # The story holds with one duty per authority: a breach shown "notified" has its
    # governing notice (an EU authority's once the GDPR applies), and a breach under Law
    # 09-08 alone says nothing in the GDPR's words.
    for breach in breaches:
        if breach.status in (BreachStatus.NOTIFIED, BreachStatus.COMMUNICATED):
            assert breach.governing_duty.state is DutyState.MET, breach.reference
        if Regime.GDPR not in breach.regimes:
            written = [
                breach.no_notification.reasons if breach.no_notification else "",
                breach.remedial_actions,
                *(n.delay_reason for n in breach.notifications),
                *(e.note for e in breach.events),
            ]
            for text in written:
                assert not any(word in text for word in GDPR_WORDS), text
