"""Breach rules: the 72-hour clock, input instants, notifications, Art. 34, risk, workflow."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest

from dpo_desk.domain import breaches as b
from dpo_desk.domain.breach_risk import (
    RISK_LEVEL_LABELS,
    DataCategory,
    Exposure,
    Identifiability,
    Likelihood,
    RiskFactors,
    RiskLevel,
    Severity,
    assess,
    risk_from,
    severity_band,
)
from dpo_desk.domain.breaches import (
    Art34Exception,
    Authority,
    AuthorityNotification,
    BreachFacts,
    BreachIntake,
    BreachNature,
    BreachStatus,
    CommunicationChannel,
    CountdownLevel,
    NotificationPhase,
    SubjectCommunication,
)
from dpo_desk.domain.errors import InvalidTransition, ValidationError
from dpo_desk.domain.requests.workflow import Regime
from dpo_desk.domain.zones import zone

CASA = zone("Africa/Casablanca")  # the pinned tzdata package's, as in the app
PLUS_ONE = timezone(timedelta(hours=1))


def test_2026_ramadan_offsets_are_the_ones_the_law_notes_give():
    # UTC+1 → UTC+0 on 15 February 2026, back to UTC+1 on 22 March 2026.
    assert datetime(2026, 2, 14, 12, tzinfo=CASA).utcoffset() == timedelta(hours=1)
    assert datetime(2026, 2, 16, 12, tzinfo=CASA).utcoffset() == timedelta(0)
    assert datetime(2026, 3, 21, 12, tzinfo=CASA).utcoffset() == timedelta(0)
    assert datetime(2026, 3, 23, 12, tzinfo=CASA).utcoffset() == timedelta(hours=1)


# ----------------------------------------------------------------------------- the clock


@pytest.mark.parametrize(
    ("aware_local", "expected_local", "expected_offset"),
    [
        # Across 15 Feb (UTC+1 → UTC+0): 10:00 wall-clock becomes 09:00 three days on.
        (datetime(2026, 2, 13, 10, 0, tzinfo=CASA), datetime(2026, 2, 16, 9, 0), "+00:00"),
        # Across 22 Mar (UTC+0 → UTC+1): 10:00 becomes 11:00.
        (datetime(2026, 3, 20, 10, 0, tzinfo=CASA), datetime(2026, 3, 23, 11, 0), "+01:00"),
        # No change in between: same wall-clock time.
        (datetime(2026, 3, 1, 10, 0, tzinfo=CASA), datetime(2026, 3, 4, 10, 0), "+00:00"),
        (datetime(2026, 6, 1, 23, 30, tzinfo=CASA), datetime(2026, 6, 4, 23, 30), "+01:00"),
    ],
)
def test_deadline_is_72_real_hours_across_ramadan_changes(
    aware_local, expected_local, expected_offset
):
    deadline = b.notification_deadline(aware_local)
    assert deadline.tzinfo is UTC
    assert deadline - aware_local == timedelta(hours=72)  # elapsed time, exactly
    shown = deadline.astimezone(CASA)
    assert shown.replace(tzinfo=None) == expected_local
    assert b.display(deadline, CASA).endswith(expected_offset)


def test_wall_clock_arithmetic_would_be_an_hour_off():
    aware = datetime(2026, 2, 13, 10, 0, tzinfo=CASA)
    naive_wall = aware + timedelta(hours=72)  # what a careless implementation does
    assert naive_wall.astimezone(UTC) != b.notification_deadline(aware)


def test_deadline_refuses_naive_instants():
    with pytest.raises(ValueError):
        b.notification_deadline(datetime(2026, 2, 13, 10, 0))


@pytest.mark.parametrize(
    ("regimes", "rule", "basis", "label"),
    [
        ({Regime.GDPR}, b.RULE_GDPR_ART_33, "law", "légal (RGPD art. 33)"),
        (
            {Regime.LAW_09_08},
            b.RULE_POLICY_72H,
            "policy",
            "politique interne (la loi 09-08 ne fixe pas de délai)",
        ),
        ({Regime.GDPR, Regime.LAW_09_08}, b.RULE_GDPR_ART_33, "law", "légal (RGPD art. 33)"),
        # No regime recorded: nothing says the GDPR applies, so no legal basis is claimed.
        (
            set(),
            b.RULE_POLICY_72H,
            "policy",
            "politique interne (la loi 09-08 ne fixe pas de délai)",
        ),
    ],
)
def test_deadline_label_follows_the_regime(regimes, rule, basis, label):
    deadline = b.breach_deadline(datetime(2026, 5, 1, 8, tzinfo=CASA), regimes)
    assert (deadline.rule, deadline.basis, deadline.label) == (rule, basis, label)
    if Regime.GDPR not in regimes:
        assert "RGPD" not in deadline.label and "33" not in deadline.label


# ----------------------------------------------------------------------------- instants


def test_naive_input_is_read_in_the_organisation_zone():
    winter = b.parse_instant("2026-02-13T10:00", CASA)
    assert winter.astimezone(UTC) == datetime(2026, 2, 13, 9, 0, tzinfo=UTC)
    ramadan = b.parse_instant("2026-03-01 10:00:30", "Africa/Casablanca")
    assert ramadan.astimezone(UTC) == datetime(2026, 3, 1, 10, 0, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "utc"),
    [
        ("2026-02-13T10:00+01:00", datetime(2026, 2, 13, 9, 0, tzinfo=UTC)),
        ("2026-02-13T10:00:00+00:00", datetime(2026, 2, 13, 10, 0, tzinfo=UTC)),
        ("2026-02-13T10:00Z", datetime(2026, 2, 13, 10, 0, tzinfo=UTC)),
        ("2026-02-13T10:00-0500", datetime(2026, 2, 13, 15, 0, tzinfo=UTC)),
    ],
)
def test_aware_input_keeps_its_offset(text, utc):
    assert b.parse_instant(text, CASA).astimezone(UTC) == utc


@pytest.mark.parametrize(
    "text",
    ["13/02/2026 10:00", "2026-02-13", "2026-02-30T10:00", "2026-02-13T25:00", "hier", ""],
)
def test_malformed_instants_are_validation_errors(text):
    with pytest.raises(ValidationError) as caught:
        b.parse_instant(text, CASA, "aware_at")
    assert caught.value.field == "aware_at"
    assert "AAAA-MM-JJTHH:MM" in caught.value.message()


def test_skipped_and_repeated_wall_clock_times_are_refused():
    # 22 March 2026: 02:00 → 03:00, so 02:30 never happens in Casablanca.
    with pytest.raises(ValidationError) as gap:
        b.parse_instant("2026-03-22T02:30", CASA)
    assert "n'existe pas" in gap.value.message()
    # 15 February 2026: 03:00 → 02:00, so 02:30 happens twice.
    with pytest.raises(ValidationError) as fold:
        b.parse_instant("2026-02-15T02:30", CASA)
    assert "+01:00" in fold.value.message() and "+00:00" in fold.value.message()
    # With an explicit offset there is nothing to guess.
    first = b.parse_instant("2026-02-15T02:30+01:00", CASA)
    second = b.parse_instant("2026-02-15T02:30+00:00", CASA)
    assert second - first == timedelta(hours=1)


def test_unknown_zone_is_a_validation_error():
    with pytest.raises(ValidationError):
        b.parse_instant("2026-02-13T10:00", "Afrique/Nulle-part")


NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)


def _intake(**changes) -> BreachIntake:
    values = {
        "title": "Export exposé",
        "regimes": frozenset({Regime.LAW_09_08}),
        "aware_at": NOW - timedelta(hours=5),
        "discovered_at": NOW - timedelta(hours=6),
        "started_at": NOW - timedelta(days=2),
    }
    values.update(changes)
    return BreachIntake(**values)


def test_intake_is_validated_and_stored_in_utc():
    clean = _intake(aware_at=datetime(2026, 3, 10, 5, 0, tzinfo=PLUS_ONE)).validated(NOW, CASA)
    assert clean.aware_at.tzinfo is UTC
    assert clean.aware_at == datetime(2026, 3, 10, 4, 0, tzinfo=UTC)
    assert _intake(discovered_at=None).validated(NOW, CASA).discovered_at == NOW - timedelta(
        hours=5
    )


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"aware_at": NOW - timedelta(hours=7)}, "aware_at", "ne peut pas précéder la découverte"),
        ({"started_at": NOW - timedelta(hours=5, minutes=30)}, "discovered_at", "début"),
        ({"aware_at": NOW + timedelta(minutes=1)}, "aware_at", "futur"),
        ({"discovered_at": NOW + timedelta(hours=1)}, "discovered_at", "futur"),
        ({"title": "   "}, "title", "intitulé"),
        ({"regimes": frozenset()}, "regimes", "régime"),
    ],
)
def test_intake_refuses_impossible_orders(changes, field, words):
    with pytest.raises(ValidationError) as caught:
        _intake(**changes).validated(NOW, CASA)
    assert caught.value.field == field
    assert words in caught.value.message()


def test_nature_is_trimmed_and_bounded():
    clean = BreachNature(
        description="  fuite  ",
        confidentiality=True,
        subject_categories=(" élèves ", "", "élèves", "parents"),
        subjects_count=3400,
        data_categories=frozenset({"credentials"}),
    ).validated()
    assert clean.description == "fuite"
    assert clean.subject_categories == ("élèves", "parents")
    assert clean.data_categories == {DataCategory.CREDENTIALS}
    with pytest.raises(ValidationError) as caught:
        BreachNature(records_count=-3).validated()
    assert caught.value.field == "records_count"


# ----------------------------------------------------------------------------- notifications

AWARE = datetime(2026, 2, 13, 10, 0, tzinfo=CASA)
DEADLINE = b.notification_deadline(AWARE)
LATER = DEADLINE + timedelta(days=2)


def _validated(notification, earlier=()):
    return notification.validated(
        deadline=DEADLINE, discovered_at=AWARE, now=LATER, zone=CASA, earlier=earlier
    )


def test_notification_on_the_deadline_needs_no_reason():
    sent = _validated(AuthorityNotification(Authority.CNDP, NotificationPhase.INITIAL, DEADLINE))
    assert not sent.is_late(DEADLINE)


def test_late_notification_requires_the_reasons_for_the_delay():
    late = DEADLINE + timedelta(seconds=1)
    assert b.delay_reason_required(late, DEADLINE)
    with pytest.raises(ValidationError) as caught:
        _validated(AuthorityNotification(Authority.CNDP, NotificationPhase.INITIAL, late))
    assert caught.value.field == "delay_reason"
    assert "33(1)" in caught.value.message()
    with pytest.raises(ValidationError):
        _validated(
            AuthorityNotification(
                Authority.CNDP, NotificationPhase.INITIAL, late, delay_reason="   "
            )
        )
    ok = _validated(
        AuthorityNotification(
            Authority.CNDP, NotificationPhase.INITIAL, late, delay_reason="Étendue inconnue"
        )
    )
    assert ok.is_late(DEADLINE) and ok.delay_reason == "Étendue inconnue"


def test_phases_follow_article_33_4():
    initial = _validated(
        AuthorityNotification(Authority.CNIL, NotificationPhase.INITIAL, AWARE + timedelta(hours=2))
    )
    # A complementary phase after 72 hours completes a timely notification: no reason.
    complement = _validated(
        AuthorityNotification(Authority.CNIL, NotificationPhase.COMPLEMENTARY, LATER),
        earlier=[initial],
    )
    assert not complement.is_late(DEADLINE)
    # A complementary phase without an initial one to the same authority is refused.
    with pytest.raises(ValidationError) as caught:
        _validated(
            AuthorityNotification(Authority.CNDP, NotificationPhase.COMPLEMENTARY, LATER),
            earlier=[initial],
        )
    assert caught.value.field == "phase"
    # Two initial notifications to the same authority are refused too.
    with pytest.raises(ValidationError):
        _validated(
            AuthorityNotification(Authority.CNIL, NotificationPhase.INITIAL, LATER),
            earlier=[initial],
        )


def test_other_authority_must_be_named_and_sent_after_discovery():
    with pytest.raises(ValidationError) as caught:
        _validated(AuthorityNotification(Authority.OTHER, NotificationPhase.INITIAL, DEADLINE))
    assert caught.value.field == "authority_name"
    named = _validated(
        AuthorityNotification(
            Authority.OTHER, NotificationPhase.INITIAL, DEADLINE, authority_name="Garante"
        )
    )
    assert named.authority_label == "Garante"
    with pytest.raises(ValidationError):
        _validated(
            AuthorityNotification(
                Authority.CNDP, NotificationPhase.INITIAL, AWARE - timedelta(hours=1)
            )
        )
    with pytest.raises(ValidationError):
        _validated(
            AuthorityNotification(
                Authority.CNDP, NotificationPhase.INITIAL, LATER + timedelta(minutes=1)
            )
        )


def test_communication_needs_an_audience_and_knows_public_channels():
    with pytest.raises(ValidationError) as caught:
        SubjectCommunication(DEADLINE, CommunicationChannel.EMAIL, " ").validated(
            discovered_at=AWARE, now=LATER, zone=CASA
        )
    assert caught.value.field == "audience"
    notice = SubjectCommunication(DEADLINE, CommunicationChannel.WEBSITE, "public").validated(
        discovered_at=AWARE, now=LATER, zone=CASA
    )
    assert notice.public
    assert not SubjectCommunication(DEADLINE, CommunicationChannel.SMS, "élèves").public


def test_dgssi_declaration_date_only_when_law_05_20_applies():
    with pytest.raises(ValidationError):
        b.DgssiDeclaration(False, DEADLINE).validated(discovered_at=AWARE, now=LATER, zone=CASA)
    pending = b.DgssiDeclaration(True).validated(discovered_at=AWARE, now=LATER, zone=CASA)
    assert pending.pending
    done = b.DgssiDeclaration(True, DEADLINE, "réf.").validated(
        discovered_at=AWARE, now=LATER, zone=CASA
    )
    assert not done.pending


# ----------------------------------------------------------------------------- Art. 34


@pytest.mark.parametrize(
    ("risk", "exception", "required"),
    [
        (RiskLevel.NONE, None, False),
        (RiskLevel.RISK, None, False),
        (RiskLevel.HIGH_RISK, None, True),
        (RiskLevel.HIGH_RISK, Art34Exception.UNINTELLIGIBLE, False),  # (a)
        (RiskLevel.HIGH_RISK, Art34Exception.RISK_REMOVED, False),  # (b)
        # (c) replaces individual messages by a public one: still a communication.
        (RiskLevel.HIGH_RISK, Art34Exception.DISPROPORTIONATE, True),
    ],
)
def test_communication_duty_and_its_exceptions(risk, exception, required):
    facts = BreachFacts(assessed=True, risk=risk, art34_exception=exception)
    assert b.communication_required(facts) is required


def test_art34_exception_only_for_high_risk():
    b.check_art34_exception(BreachFacts(assessed=True, risk=RiskLevel.HIGH_RISK))
    with pytest.raises(b.TransitionRefused):
        b.check_art34_exception(BreachFacts(assessed=True, risk=RiskLevel.RISK))


def _closable(**changes) -> BreachFacts:
    values = {
        "assessed": True,
        "risk": RiskLevel.HIGH_RISK,
        "notified": True,
        "remedial_actions": True,
    }
    values.update(changes)
    return BreachFacts(**values)


@pytest.mark.parametrize(
    ("facts", "words"),
    [
        (_closable(), "informez les personnes"),
        (_closable(art34_exception=Art34Exception.DISPROPORTIONATE, communications=1), "publique"),
        (_closable(communications=1, remedial_actions=False), "mesures correctives"),
        (_closable(communications=1, dgssi_pending=True), "DGSSI"),
        (_closable(risk=RiskLevel.RISK, notified=False), "impose de notifier"),
        (_closable(risk=RiskLevel.NONE, notified=False), "décision de ne pas notifier"),
        (_closable(assessed=False, risk=None), "Évaluez"),
    ],
)
def test_closing_is_refused_until_the_duties_are_met(facts, words):
    with pytest.raises(b.TransitionRefused) as caught:
        b.check_can_close(facts)
    assert words in caught.value.message()


@pytest.mark.parametrize(
    "facts",
    [
        _closable(communications=1),
        _closable(art34_exception=Art34Exception.UNINTELLIGIBLE),
        _closable(art34_exception=Art34Exception.RISK_REMOVED),
        _closable(
            art34_exception=Art34Exception.DISPROPORTIONATE,
            communications=1,
            public_communication=True,
        ),
        _closable(risk=RiskLevel.RISK),
        _closable(risk=RiskLevel.NONE, notified=False, no_notification_recorded=True),
        _closable(risk=RiskLevel.NONE),  # notified although not required: fine
    ],
)
def test_closing_is_allowed_once_the_duties_are_met(facts):
    b.check_can_close(facts)


# ----------------------------------------------------------------------------- workflow

S = BreachStatus


@pytest.mark.parametrize(
    ("old", "new", "allowed"),
    [
        (S.OPEN, S.ASSESSED, True),
        (S.OPEN, S.NOTIFIED, True),  # initial notification before the full assessment
        (S.OPEN, S.COMMUNICATED, False),
        (S.OPEN, S.CLOSED, False),
        (S.ASSESSED, S.NOTIFIED, True),
        (S.ASSESSED, S.CLOSED, True),
        (S.ASSESSED, S.COMMUNICATED, False),
        (S.NOTIFIED, S.COMMUNICATED, True),
        (S.NOTIFIED, S.CLOSED, True),
        (S.NOTIFIED, S.OPEN, False),
        (S.COMMUNICATED, S.CLOSED, True),
        (S.COMMUNICATED, S.NOTIFIED, False),
        (S.CLOSED, S.OPEN, False),
        (S.CLOSED, S.ASSESSED, False),
    ],
)
def test_transition_table(old, new, allowed):
    if allowed:
        b.check_transition(old, new)
    else:
        # The faces catch the shared base: one refusal, whatever the kind of case.
        with pytest.raises(InvalidTransition) as caught:
            b.check_transition(old, new)
        assert isinstance(caught.value, b.InvalidBreachTransition)
        assert "ne peut pas passer" in caught.value.message()
        assert caught.value.context == "BreachStatus"
        assert caught.value.exit_code == 6


def test_guards_need_the_facts():
    with pytest.raises(b.TransitionRefused, match="Évaluez"):
        b.validate_transition(S.OPEN, S.ASSESSED, BreachFacts())
    with pytest.raises(b.TransitionRefused, match="notification"):
        b.validate_transition(S.ASSESSED, S.NOTIFIED, BreachFacts(assessed=True))
    with pytest.raises(b.TransitionRefused, match="communication"):
        b.validate_transition(S.NOTIFIED, S.COMMUNICATED, BreachFacts(notified=True))
    assert b.validate_transition(S.OPEN, S.NOTIFIED, BreachFacts(notified=True)) is S.NOTIFIED


@pytest.mark.parametrize(
    ("status", "facts", "expected"),
    [
        (S.OPEN, BreachFacts(), S.OPEN),
        (S.OPEN, BreachFacts(assessed=True), S.ASSESSED),
        (S.OPEN, BreachFacts(notified=True), S.NOTIFIED),
        (S.OPEN, BreachFacts(assessed=True, notified=True, communications=1), S.COMMUNICATED),
        (S.ASSESSED, BreachFacts(assessed=True, communications=1), S.ASSESSED),
        (S.NOTIFIED, BreachFacts(notified=True, communications=1), S.COMMUNICATED),
        (S.COMMUNICATED, _closable(communications=1), S.COMMUNICATED),  # never closes itself
    ],
)
def test_advance_follows_the_recorded_facts(status, facts, expected):
    assert b.advance(status, facts) is expected


def test_decision_not_to_notify_needs_an_unlikely_risk():
    b.check_decision_not_to_notify(BreachFacts(assessed=True, risk=RiskLevel.NONE))
    with pytest.raises(b.TransitionRefused):
        b.check_decision_not_to_notify(BreachFacts())
    with pytest.raises(b.TransitionRefused, match="impose de notifier"):
        b.check_decision_not_to_notify(BreachFacts(assessed=True, risk=RiskLevel.RISK))


# ----------------------------------------------------------------------------- countdown

DL = datetime(2026, 2, 16, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("left", "level", "hours", "minutes"),
    [
        (timedelta(hours=72), CountdownLevel.OK, 72, 0),
        (timedelta(hours=24, seconds=1), CountdownLevel.OK, 24, 0),
        (timedelta(hours=24), CountdownLevel.WARNING, 24, 0),
        (timedelta(hours=23, minutes=5, seconds=30), CountdownLevel.WARNING, 23, 5),
        (timedelta(hours=6, minutes=1), CountdownLevel.WARNING, 6, 1),
        (timedelta(hours=6), CountdownLevel.CRITICAL, 6, 0),
        (timedelta(minutes=1), CountdownLevel.CRITICAL, 0, 1),
        (timedelta(0), CountdownLevel.CRITICAL, 0, 0),  # "not later than 72 hours"
        (-timedelta(seconds=1), CountdownLevel.OVERDUE, 0, 0),
        (-timedelta(hours=4, minutes=20), CountdownLevel.OVERDUE, 4, 20),
    ],
)
def test_countdown_levels(left, level, hours, minutes):
    result = b.countdown(DL, DL - left)
    assert result.level is level
    assert (result.hours, result.minutes) == (hours, minutes)
    assert result.seconds == int(left.total_seconds())


def test_countdown_texts_and_zone_independence():
    assert b.countdown(DL, DL - timedelta(hours=23, minutes=5)).text() == "23 h 05 restantes"
    assert b.countdown(DL, DL + timedelta(hours=4, minutes=59)).text() == "dépassé de 4 h"
    in_casablanca = DL.astimezone(CASA) - timedelta(hours=2)
    assert b.countdown(DL, in_casablanca).seconds == 7200


# ----------------------------------------------------------------------------- risk method


@pytest.mark.parametrize(
    ("severity", "likelihood", "level"),
    [
        (Severity.LOW, Likelihood.NEGLIGIBLE, RiskLevel.NONE),
        (Severity.LOW, Likelihood.LIMITED, RiskLevel.NONE),
        (Severity.LOW, Likelihood.SIGNIFICANT, RiskLevel.RISK),
        (Severity.LOW, Likelihood.MAXIMUM, RiskLevel.RISK),
        (Severity.MEDIUM, Likelihood.NEGLIGIBLE, RiskLevel.NONE),
        (Severity.MEDIUM, Likelihood.LIMITED, RiskLevel.RISK),
        (Severity.MEDIUM, Likelihood.SIGNIFICANT, RiskLevel.RISK),
        (Severity.MEDIUM, Likelihood.MAXIMUM, RiskLevel.HIGH_RISK),
        (Severity.HIGH, Likelihood.NEGLIGIBLE, RiskLevel.RISK),
        (Severity.HIGH, Likelihood.LIMITED, RiskLevel.RISK),
        (Severity.HIGH, Likelihood.SIGNIFICANT, RiskLevel.HIGH_RISK),
        (Severity.HIGH, Likelihood.MAXIMUM, RiskLevel.HIGH_RISK),
        (Severity.VERY_HIGH, Likelihood.NEGLIGIBLE, RiskLevel.RISK),
        (Severity.VERY_HIGH, Likelihood.LIMITED, RiskLevel.HIGH_RISK),
        (Severity.VERY_HIGH, Likelihood.SIGNIFICANT, RiskLevel.HIGH_RISK),
        (Severity.VERY_HIGH, Likelihood.MAXIMUM, RiskLevel.HIGH_RISK),
    ],
)
def test_risk_matrix_as_documented(severity, likelihood, level):
    assert risk_from(severity, likelihood) is level


@pytest.mark.parametrize(
    ("quarters", "severity"),
    [(1, Severity.LOW), (7, Severity.LOW), (8, Severity.MEDIUM), (11, Severity.MEDIUM),
     (12, Severity.HIGH), (15, Severity.HIGH), (16, Severity.VERY_HIGH), (24, Severity.VERY_HIGH)],
)  # fmt: skip
def test_enisa_severity_bands(quarters, severity):
    assert severity_band(quarters) is severity


@pytest.mark.parametrize(
    ("categories", "minors", "factors", "score", "severity", "level"),
    [
        # Contact data, fully identifiable, sent to known wrong recipients, unlikely harm:
        # 1 × 1 + 0.25 = 1.25 → low; low × limited = 2 → no risk.
        (
            {DataCategory.CONTACT},
            False,
            RiskFactors(confidentiality=Exposure.LIMITED, likelihood=Likelihood.LIMITED),
            "1,25",
            Severity.LOW,
            RiskLevel.NONE,
        ),
        # Browsing data tied to identity at a processor: 2 × 1 + 0.25 = 2.25 → medium;
        # medium × limited = 4 → risk.
        (
            {DataCategory.IDENTITY, DataCategory.INTERNET},
            False,
            RiskFactors(confidentiality=Exposure.LIMITED, likelihood=Likelihood.LIMITED),
            "2,25",
            Severity.MEDIUM,
            RiskLevel.RISK,
        ),
        # Credentials of minors, stolen by an attacker: (3 + 1) × 1 + 0.5 + 0.5 = 5 →
        # very high; × significant = 12 → high risk.
        (
            {DataCategory.CREDENTIALS, DataCategory.CONTACT},
            True,
            RiskFactors(
                confidentiality=Exposure.SEVERE, malicious=True, likelihood=Likelihood.SIGNIFICANT
            ),
            "5",
            Severity.VERY_HIGH,
            RiskLevel.HIGH_RISK,
        ),
        # Encrypted laptop: identification negligible: (1 + 1) × 0.25 + 0.25 = 0.75 → low;
        # × negligible = 1 → no risk.
        (
            {DataCategory.EDUCATION},
            True,
            RiskFactors(
                identifiability=Identifiability.NEGLIGIBLE,
                confidentiality=Exposure.LIMITED,
                likelihood=Likelihood.NEGLIGIBLE,
            ),
            "0,75",
            Severity.LOW,
            RiskLevel.NONE,
        ),
        # Health data, permanently lost: 4 × 0.75 + 0.5 = 3.5 → high; × limited = 6 → risk.
        (
            {DataCategory.SENSITIVE},
            False,
            RiskFactors(
                identifiability=Identifiability.SIGNIFICANT,
                availability=Exposure.SEVERE,
                likelihood=Likelihood.LIMITED,
            ),
            "3,5",
            Severity.HIGH,
            RiskLevel.RISK,
        ),
        # Minors cannot push the context past 4.
        (
            {DataCategory.SENSITIVE},
            True,
            RiskFactors(likelihood=Likelihood.NEGLIGIBLE),
            "4",
            Severity.VERY_HIGH,
            RiskLevel.RISK,
        ),
        # No category given: the lowest context.
        (
            set(),
            False,
            RiskFactors(likelihood=Likelihood.MAXIMUM),
            "1",
            Severity.LOW,
            RiskLevel.RISK,
        ),
    ],
)
def test_assessment_examples(categories, minors, factors, score, severity, level):
    result = assess(factors, categories, minors=minors)
    assert result.severity_score == score
    assert result.severity is severity
    assert result.computed is level and result.level is level
    messages = [reason.message() for reason in result.explanation]
    assert any("ENISA" in m and score in m for m in messages)
    assert messages[-1].endswith(f"{RISK_LEVEL_LABELS[level]}.")


def test_explanation_is_translatable():
    result = assess(
        RiskFactors(confidentiality=Exposure.SEVERE, malicious=True),
        {DataCategory.FINANCIAL},
        minors=True,
    )
    seen = []

    def translate(text):
        seen.append(text)
        return "ar:" + text

    messages = [reason.message(translate) for reason in result.explanation]
    assert all(m.startswith("ar:") for m in messages)
    assert any("« ar:Informations" in m for m in messages)
    assert "Informations économiques et financières" in seen  # the category label
    assert any("mineurs" in m.lower() for m in messages)


def test_override_requires_a_justification_and_is_explained():
    factors = RiskFactors(confidentiality=Exposure.LIMITED, likelihood=Likelihood.LIMITED)
    with pytest.raises(ValidationError) as caught:
        assess(factors, {DataCategory.CONTACT}, override=RiskLevel.RISK)
    assert caught.value.field == "risk_justification"
    result = assess(
        factors,
        {DataCategory.CONTACT},
        override="risk",
        justification="Adresses de parents d'élèves : risque d'hameçonnage ciblé.",
    )
    assert result.computed is RiskLevel.NONE
    assert result.level is RiskLevel.RISK
    assert "hameçonnage" in result.explanation[-1].message()
    # Choosing the computed level is no override.
    same = assess(factors, {DataCategory.CONTACT}, override="none")
    assert same.override is None and same.justification == ""


# ----------------------------------------------------------------------------- duties

AWARE_AT = datetime(2026, 3, 1, 10, tzinfo=UTC)
NOTIFY_BY = AWARE_AT + timedelta(hours=72)


def _incident(regimes, notifications=(), *, dgssi=None, decided=False, status=S.OPEN):
    """A stored breach, as the repository would hand it over."""
    return b.BreachIncident(
        id=1,
        reference="VIO-2026-0001",
        title="Export exposé",
        regimes=frozenset(regimes),
        status=status,
        started_at=None,
        discovered_at=AWARE_AT,
        aware_at=AWARE_AT,
        notify_by=NOTIFY_BY,
        deadline_rule=b.RULE_GDPR_ART_33,  # what an older version stored for no regime
        nature=BreachNature(confidentiality=True),
        risk=None,
        risk_assessed_at=None,
        no_notification=b.NoNotificationDecision("chiffré", AWARE_AT, "dpo") if decided else None,
        art34_exception=None,
        dgssi=dgssi or b.DgssiDeclaration(False),
        remedial_actions="",
        closed_at=None,
        created_at=AWARE_AT,
        updated_at=AWARE_AT,
        version=1,
        notifications=tuple(notifications),
    )


def _sent(authority, hours, phase=NotificationPhase.INITIAL, **extra):
    return AuthorityNotification(authority, phase, AWARE_AT + timedelta(hours=hours), **extra)


def test_a_cndp_notice_does_not_meet_the_gdpr_duty():
    incident = _incident({Regime.GDPR}, [_sent(Authority.CNDP, 2)])
    now = AWARE_AT + timedelta(hours=10)
    assert [d.kind for d in incident.duties] == [b.DutyKind.EU_AUTHORITY]
    assert incident.governing_duty.state is b.DutyState.PENDING
    assert incident.notified_at is None
    assert incident.countdown(now).hours == 62  # the GDPR's clock still runs
    assert not incident.facts.notified
    assert b.advance(S.OPEN, incident.facts) is S.OPEN
    assert incident.duty_for(Authority.CNDP) is None  # a courtesy, not a duty
    assert incident.deadline_for(Authority.CNDP) is None


@pytest.mark.parametrize("authority", [Authority.CNIL, Authority.OTHER])
def test_an_eu_authority_notice_meets_the_gdpr_duty(authority):
    incident = _incident({Regime.GDPR}, [_sent(authority, 5, authority_name="Garante")])
    assert incident.governing_duty.state is b.DutyState.MET
    assert incident.notified_at == AWARE_AT + timedelta(hours=5)
    assert incident.countdown(AWARE_AT + timedelta(hours=10)) is None
    assert b.advance(S.OPEN, incident.facts) is S.NOTIFIED


def test_both_regimes_owe_two_duties_each_with_its_basis():
    incident = _incident(
        {Regime.GDPR, Regime.LAW_09_08},
        [_sent(Authority.CNDP, 3)],
        dgssi=b.DgssiDeclaration(True),
    )
    eu, cndp, dgssi = incident.duties
    assert (eu.kind, eu.basis, eu.rule, eu.governing) == (
        b.DutyKind.EU_AUTHORITY,
        "law",
        b.RULE_GDPR_ART_33,
        True,
    )
    assert "article 33 du RGPD" in eu.citation
    assert (cndp.kind, cndp.basis, cndp.rule, cndp.governing) == (
        b.DutyKind.CNDP,
        "policy",
        b.RULE_POLICY_72H,
        False,
    )
    assert "politique interne" in cndp.citation and "RGPD" not in cndp.citation
    assert eu.deadline == cndp.deadline == NOTIFY_BY
    assert (eu.state, cndp.state) == (b.DutyState.PENDING, b.DutyState.MET)
    assert cndp.met_at == AWARE_AT + timedelta(hours=3)
    # Law 05-20: no number of hours.
    assert (dgssi.kind, dgssi.basis, dgssi.deadline) == (b.DutyKind.DGSSI, "law", None)
    assert dgssi.state is b.DutyState.PENDING and dgssi.countdown(AWARE_AT) is None
    assert b.DUTY_WITHOUT_DELAY == "dès la prise de connaissance"
    # The GDPR's countdown runs although the CNDP was notified; the status waits for it.
    assert incident.countdown(AWARE_AT + timedelta(hours=4)).hours == 68
    assert incident.facts.notified is False
    # Once the CNIL is notified, the CNDP's duty is tracked apart: closing checks it.
    cnil_only = _incident({Regime.GDPR, Regime.LAW_09_08}, [_sent(Authority.CNIL, 3)])
    assert cnil_only.facts.notified and cnil_only.facts.cndp_pending
    with pytest.raises(b.TransitionRefused) as caught:
        b.check_can_close(replace(cnil_only.facts, assessed=True, risk=RiskLevel.RISK))
    assert "CNDP" in caught.value.message() and "politique interne" in caught.value.message()


@pytest.mark.parametrize("regimes", [{Regime.LAW_09_08}, set()])
def test_under_law_09_08_alone_or_no_regime_the_cndp_policy_governs(regimes):
    incident = _incident(regimes, [_sent(Authority.CNIL, 2)])
    (duty,) = incident.duties
    assert (duty.kind, duty.basis, duty.governing) == (b.DutyKind.CNDP, "policy", True)
    # Whatever the row stored, the deadline's rule follows the regimes.
    assert incident.deadline.rule == b.RULE_POLICY_72H
    assert incident.deadline.basis == "policy"
    for text in (incident.deadline.label, duty.citation, duty.deadline_label):
        assert "RGPD" not in text and "art. 33" not in text
    # An EU authority's notice meets no duty here: the CNDP's clock still runs.
    assert incident.duty_for(Authority.CNIL) is None
    assert incident.countdown(AWARE_AT + timedelta(hours=3)) is not None
    notified = _incident(regimes, [_sent(Authority.CNDP, 2)])
    assert notified.countdown(AWARE_AT + timedelta(hours=3)) is None
    assert b.advance(S.OPEN, notified.facts) is S.NOTIFIED


def test_a_decision_not_to_notify_waives_the_authority_duties_not_the_dgssi():
    incident = _incident(
        {Regime.GDPR, Regime.LAW_09_08}, decided=True, dgssi=b.DgssiDeclaration(None)
    )
    assert [d.state for d in incident.duties] == [
        b.DutyState.WAIVED,
        b.DutyState.WAIVED,
        b.DutyState.UNDECIDED,
    ]
    assert incident.countdown(AWARE_AT) is None


def _late(authority, duty):
    return AuthorityNotification(
        authority, NotificationPhase.INITIAL, DEADLINE + timedelta(hours=1)
    ).validated(deadline=DEADLINE, discovered_at=AWARE, now=LATER, zone=CASA, duty=duty)


def test_late_notification_message_follows_the_duty():
    with pytest.raises(ValidationError) as gdpr:
        _late(Authority.CNIL, b.DutyKind.EU_AUTHORITY)
    assert "RGPD art. 33(1)" in gdpr.value.message()
    assert "politique interne" not in gdpr.value.message()
    with pytest.raises(ValidationError) as policy:
        _late(Authority.CNDP, b.DutyKind.CNDP)
    assert policy.value.field == "delay_reason"
    assert "politique interne" in policy.value.message() and "CNDP" in policy.value.message()
    assert "RGPD" not in policy.value.message() and "33" not in policy.value.message()
    # A notice meeting no duty of the breach (a courtesy) has no deadline to miss.
    courtesy = AuthorityNotification(
        Authority.CNDP, NotificationPhase.INITIAL, DEADLINE + timedelta(hours=1)
    ).validated(deadline=None, discovered_at=AWARE, now=LATER, zone=CASA, duty=None)
    assert not courtesy.is_late(None)


def test_cndp_phase_messages_cite_no_gdpr_article():
    initial = _validated(AuthorityNotification(Authority.CNDP, NotificationPhase.INITIAL, AWARE))
    with pytest.raises(ValidationError) as caught:
        _validated(
            AuthorityNotification(Authority.CNDP, NotificationPhase.INITIAL, LATER),
            earlier=[initial],
        )
    assert "RGPD" not in caught.value.message()
    with pytest.raises(ValidationError) as caught:
        _validated(AuthorityNotification(Authority.CNDP, NotificationPhase.COMPLEMENTARY, LATER))
    assert "RGPD" not in caught.value.message()


@pytest.mark.parametrize(
    ("facts", "words"),
    [
        (_closable(gdpr=False, risk=RiskLevel.RISK, notified=False), "politique interne"),
        (_closable(gdpr=False, risk=RiskLevel.NONE, notified=False), "décision de ne pas"),
        (_closable(gdpr=False, communications=1, remedial_actions=False), "mesures correctives"),
    ],
)
def test_closing_refusals_under_law_09_08_alone_cite_no_gdpr_article(facts, words):
    with pytest.raises(b.TransitionRefused) as caught:
        b.check_can_close(facts)
    assert words in caught.value.message()
    assert "RGPD" not in caught.value.message()


GDPR_WORDS = ("RGPD", "GDPR", "art. 3", "article 3")


@pytest.mark.parametrize(
    ("facts", "words"),
    [
        (_closable(gdpr=False), "politique interne"),
        (
            _closable(gdpr=False, art34_exception=Art34Exception.DISPROPORTIONATE),
            "communication publique",
        ),
    ],
)
def test_closing_refusals_on_the_persons_under_law_09_08_speak_of_policy(facts, words):
    # Law 09-08 has no communication to the persons: informing them is the policy's.
    with pytest.raises(b.TransitionRefused) as caught:
        b.check_can_close(facts)
    message = caught.value.message()
    assert words in message
    assert not any(word in message for word in GDPR_WORDS), message
    with pytest.raises(b.TransitionRefused) as caught:
        b.check_can_close(replace(facts, gdpr=True))
    assert "article 34(3)" in caught.value.message() and "du RGPD" in caught.value.message()


def test_art34_exception_refusal_and_labels_follow_the_regime():
    with pytest.raises(b.TransitionRefused) as caught:
        b.check_art34_exception(BreachFacts(assessed=True, risk=RiskLevel.RISK, gdpr=False))
    assert not any(word in caught.value.message() for word in GDPR_WORDS)
    with pytest.raises(b.TransitionRefused) as caught:
        b.check_art34_exception(BreachFacts(assessed=True, risk=RiskLevel.RISK))
    assert "article 34(3) du RGPD" in caught.value.message()
    for regimes in ({Regime.LAW_09_08}, set()):
        labels = b.art34_exception_labels(regimes).values()
        assert not any(word in label for label in labels for word in GDPR_WORDS)
    for regimes in ({Regime.GDPR}, {Regime.GDPR, Regime.LAW_09_08}):
        labels = b.art34_exception_labels(regimes)
        assert all(label.endswith("du RGPD") for label in labels.values())
        assert set(labels) == set(Art34Exception)


def test_policy_refusals_of_a_decision_and_of_notified_cite_no_gdpr_article():
    with pytest.raises(b.TransitionRefused) as caught:
        b.check_decision_not_to_notify(BreachFacts(assessed=True, risk=RiskLevel.RISK, gdpr=False))
    assert "CNDP" in caught.value.message() and "RGPD" not in caught.value.message()
    with pytest.raises(b.TransitionRefused) as caught:
        b.validate_transition(S.ASSESSED, S.NOTIFIED, BreachFacts(assessed=True, gdpr=False))
    assert "CNDP" in caught.value.message() and "RGPD" not in caught.value.message()
    with pytest.raises(b.TransitionRefused) as caught:
        b.validate_transition(S.ASSESSED, S.NOTIFIED, BreachFacts(assessed=True))
    assert "autorité de contrôle de l'UE" in caught.value.message()


@pytest.mark.parametrize(
    ("status", "facts", "expected"),
    [
        # An older version counted a CNDP notice for a GDPR breach: back to its facts.
        (S.NOTIFIED, BreachFacts(assessed=True), S.ASSESSED),
        (S.COMMUNICATED, BreachFacts(communications=1), S.OPEN),
        (S.NOTIFIED, BreachFacts(notified=True), S.NOTIFIED),
        (S.CLOSED, BreachFacts(), S.CLOSED),  # a closed record stays closed
    ],
)
def test_settle_only_counts_the_governing_notice(status, facts, expected):
    assert b.settle(status, facts) is expected


def test_other_authority_is_an_eu_supervisory_authority():
    assert b.AUTHORITY_LABELS[Authority.OTHER] == "Autre autorité de contrôle de l'UE"
    assert b.EU_AUTHORITIES == {Authority.CNIL, Authority.OTHER}
