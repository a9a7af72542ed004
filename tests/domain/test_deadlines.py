"""The deadline engine, against dates worked out by hand on a 2024-2028 calendar.

Moroccan days off used below (holidays 0.109, package estimates for lunar dates):
1 Jan, 11 Jan, 14 Jan, 1 May, 14 Aug, 20-21 Aug, 31 Oct from 2026; Aïd al-Fitr 2026
estimated Fri 20 - Sat 21 Mar; Aïd al-Adha 2026 estimated Wed 27 - Thu 28 May.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from dpo_desk.domain import deadlines as dl
from dpo_desk.domain.calendar import WorkingCalendar
from dpo_desk.domain.deadlines import (
    DeadlinePolicy,
    ExtensionNotAvailable,
    LateExtension,
    add_months,
    candidate_deadlines,
    check_extension,
    days_remaining,
    deadline_for,
    extension_cutoff,
    governing_deadline,
    paused_days,
)
from dpo_desk.domain.errors import ValidationError
from dpo_desk.domain.requests import Regime, Right

D = date.fromisoformat
GDPR = Regime.GDPR
LAW = Regime.LAW_09_08


@pytest.fixture(scope="module")
def cal() -> WorkingCalendar:
    return WorkingCalendar()


# ----------------------------------------------------------------------------- months


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        ("2024-01-31", 1, "2024-02-29"),  # leap year
        ("2025-01-31", 1, "2025-02-28"),
        ("2026-01-29", 1, "2026-02-28"),
        ("2024-01-29", 1, "2024-02-29"),
        ("2026-03-31", 1, "2026-04-30"),
        ("2026-03-30", 1, "2026-04-30"),
        ("2026-11-30", 3, "2027-02-28"),
        ("2025-12-15", 1, "2026-01-15"),  # across the year end
        ("2026-10-31", 3, "2027-01-31"),
    ],
)
def test_add_months_keeps_the_date_or_takes_the_last_day(start, months, expected):
    assert add_months(D(start), months) == D(expected)


# ----------------------------------------------------------------------------- GDPR


@pytest.mark.parametrize(
    ("received", "raw_end", "due"),
    [
        # month ends and leap years
        ("2024-01-31", "2024-02-29", "2024-02-29"),  # Thu
        ("2025-01-31", "2025-02-28", "2025-02-28"),  # Fri
        ("2026-01-31", "2026-02-28", "2026-03-02"),  # Sat → Mon
        ("2026-03-29", "2026-04-29", "2026-04-29"),  # Wed
        ("2026-03-30", "2026-04-30", "2026-04-30"),  # Thu
        ("2026-03-31", "2026-04-30", "2026-04-30"),  # 31 April does not exist
        # weekend
        ("2026-01-15", "2026-02-15", "2026-02-16"),  # Sun → Mon
        # 20 Aug (Thu) and 21 Aug (Fri) holidays, then the weekend
        ("2026-07-20", "2026-08-20", "2026-08-24"),
        ("2025-07-20", "2025-08-20", "2025-08-22"),  # Wed, Thu holidays → Fri
        ("2027-07-20", "2027-08-20", "2027-08-23"),  # Fri holiday, Sat 21 → Mon
        # year end: 1 January
        ("2025-12-01", "2026-01-01", "2026-01-02"),  # Thu holiday → Fri
        ("2026-12-01", "2027-01-01", "2027-01-04"),  # Fri holiday → Mon
        # 11 and 14 January
        ("2024-12-11", "2025-01-11", "2025-01-13"),  # Sat (and holiday) → Mon
        ("2026-12-11", "2027-01-11", "2027-01-12"),  # Mon holiday → Tue
        ("2025-12-14", "2026-01-14", "2026-01-15"),  # Wed Amazigh new year → Thu
        ("2024-12-14", "2025-01-14", "2025-01-15"),  # Tue → Wed
        # lunar estimate: Aïd al-Fitr 2026 on Fri 20 Mar, Sat 21 Mar
        ("2026-02-20", "2026-03-20", "2026-03-23"),
    ],
)
def test_gdpr_one_month(cal, received, raw_end, due):
    deadline = deadline_for(D(received), GDPR, Right.ACCESS, cal)
    assert (deadline.raw_end, deadline.due) == (D(raw_end), D(due))
    assert deadline.rolled is (raw_end != due)
    assert (deadline.basis, deadline.rule, deadline.regime) == ("law", "gdpr-art-12-3", GDPR)
    assert deadline.citation == "RGPD art. 12(3)"
    assert deadline.paused_days == 0


@pytest.mark.parametrize(
    ("received", "due"),
    [
        ("2026-01-15", "2026-04-15"),  # Wed
        ("2026-01-31", "2026-04-30"),  # three months from receipt, last day of April
        ("2025-11-30", "2026-03-02"),  # 30 Feb → 28 Feb (Sat) → Mon 2 Mar
        ("2028-07-31", "2028-11-01"),  # 31 Oct 2028 (Tue), Aïd Al Wahda → Wed
        ("2026-05-20", "2026-08-24"),  # 20 Aug → past 21 Aug and the weekend
    ],
)
def test_gdpr_extended_is_three_months_from_receipt(cal, received, due):
    deadline = governing_deadline(D(received), {GDPR}, {Right.ACCESS}, cal, extended=True)
    assert deadline.due == D(due)
    assert deadline.rule == "gdpr-art-12-3-extended"
    assert deadline.basis == "law"


@pytest.mark.parametrize("right", list(Right))
def test_gdpr_same_period_for_every_right(cal, right):
    assert deadline_for(D("2026-01-31"), GDPR, right, cal).due == D("2026-03-02")


# ----------------------------------------------------------------------------- extension


@pytest.mark.parametrize(
    ("received", "decided_on", "cutoff", "late"),
    [
        ("2026-01-15", "2026-02-16", "2026-02-16", False),  # last day (rolled from Sun 15)
        ("2026-01-15", "2026-02-17", "2026-02-16", True),  # the day after
        ("2026-03-10", "2026-04-10", "2026-04-10", False),
        ("2026-03-10", "2026-04-11", "2026-04-10", True),
        ("2026-03-10", "2026-03-10", "2026-04-10", False),  # on the day of receipt
        ("2026-07-20", "2026-08-24", "2026-08-24", False),  # cut-off rolled past 20-21 Aug
        ("2026-07-20", "2026-08-25", "2026-08-24", True),
    ],
)
def test_extension_must_be_decided_within_the_first_month(cal, received, decided_on, cutoff, late):
    assert extension_cutoff(D(received), cal) == D(cutoff)
    if late:
        with pytest.raises(LateExtension) as caught:
            check_extension(D(received), D(decided_on), cal, regimes={GDPR})
        assert caught.value.cutoff == D(cutoff)
        assert caught.value.field == "extended_on"
        assert cutoff in str(caught.value) and decided_on in str(caught.value)
    else:
        assert check_extension(D(received), D(decided_on), cal, regimes={GDPR}) == D(cutoff)


def test_extension_is_not_the_controllers_under_law_09_08_alone(cal):
    with pytest.raises(ExtensionNotAvailable):
        check_extension(D("2026-02-02"), D("2026-02-05"), cal, regimes={LAW})
    # Under both regimes the GDPR part may be extended.
    assert check_extension(D("2026-02-02"), D("2026-02-05"), cal, regimes={LAW, GDPR}) == D(
        "2026-03-02"
    )


def test_extension_cannot_precede_receipt(cal):
    with pytest.raises(ValidationError):
        check_extension(D("2026-02-02"), D("2026-02-01"), cal)


# ----------------------------------------------------------------------------- law 09-08


@pytest.mark.parametrize(
    ("received", "strict", "raw_end", "due"),
    [
        ("2026-02-02", False, "2026-02-12", "2026-02-12"),  # Mon + 10 = Thu
        ("2026-02-02", True, "2026-02-13", "2026-02-13"),  # + 11 = Fri
        ("2026-02-03", False, "2026-02-13", "2026-02-13"),  # Fri
        ("2026-02-03", True, "2026-02-14", "2026-02-16"),  # Sat → Mon
        ("2026-08-10", False, "2026-08-20", "2026-08-24"),  # 20, 21 Aug, weekend
        ("2026-08-10", True, "2026-08-21", "2026-08-24"),
        ("2026-08-04", False, "2026-08-14", "2026-08-17"),  # Fri 14 Aug holiday → Mon
        ("2028-10-21", False, "2028-10-31", "2028-11-01"),  # Aïd Al Wahda → Wed
        ("2025-12-22", False, "2026-01-01", "2026-01-02"),  # 1 January
    ],
)
def test_law_09_08_rectification_ten_clear_days(cal, received, strict, raw_end, due):
    policy = DeadlinePolicy(strict_clear_days=strict)
    deadline = deadline_for(D(received), LAW, Right.RECTIFICATION, cal, policy)
    assert (deadline.raw_end, deadline.due) == (D(raw_end), D(due))
    assert (deadline.basis, deadline.rule, deadline.regime) == ("law", "law-09-08-art-8", LAW)
    assert deadline.citation == "Loi 09-08 art. 8"
    expected_note = dl.NOTE_CLEAR_DAYS_STRICT if strict else dl.NOTE_CLEAR_DAYS_CONSERVATIVE
    assert deadline.notes == (expected_note,)


@pytest.mark.parametrize(
    ("right", "internal_days", "received", "due", "note"),
    [
        (Right.ACCESS, 30, "2026-02-02", "2026-03-04", dl.NOTE_09_08_NO_NUMBER),
        (Right.ACCESS, 15, "2026-02-02", "2026-02-17", dl.NOTE_09_08_NO_NUMBER),
        (Right.OBJECTION, 30, "2026-04-01", "2026-05-04", dl.NOTE_09_08_NO_NUMBER),  # 1 May
        (Right.ERASURE, 30, "2026-04-27", "2026-05-29", dl.NOTE_09_08_ERASURE),  # Aïd al-Adha
        (Right.RESTRICTION, 30, "2025-10-01", "2025-10-31", dl.NOTE_09_08_NOT_A_RIGHT),
        (Right.PORTABILITY, 30, "2028-10-01", "2028-11-01", dl.NOTE_09_08_NOT_A_RIGHT),
        (Right.PORTABILITY, 30, "2026-10-01", "2026-11-02", dl.NOTE_09_08_NOT_A_RIGHT),
        (Right.ACCESS, 10, "2026-08-10", "2026-08-24", dl.NOTE_09_08_NO_NUMBER),
    ],
)
def test_law_09_08_policy_rights(cal, right, internal_days, received, due, note):
    policy = DeadlinePolicy(internal_days=internal_days)
    deadline = deadline_for(D(received), LAW, right, cal, policy)
    assert deadline.due == D(due)
    assert (deadline.basis, deadline.rule, deadline.regime) == ("policy", "policy-internal", LAW)
    assert deadline.citation == "Politique interne"
    assert deadline.notes == (note,)
    assert deadline.right is right


def test_law_09_08_extended_keeps_its_date_and_says_why(cal):
    plain = governing_deadline(D("2026-02-02"), {LAW}, {Right.ACCESS}, cal)
    extended = governing_deadline(D("2026-02-02"), {LAW}, {Right.ACCESS}, cal, extended=True)
    assert plain.due == extended.due == D("2026-03-04")
    assert extended.rule == "policy-internal"
    assert dl.NOTE_09_08_NO_EXTENSION in extended.notes
    assert dl.NOTE_09_08_NO_EXTENSION not in plain.notes


# ----------------------------------------------------------------------------- both regimes


@pytest.mark.parametrize(
    ("regimes", "rights", "internal_days", "extended", "due", "rule", "regime", "right"),
    [
        # GDPR 2 Mar (Mon) before the 30-day policy's 4 Mar
        ({GDPR, LAW}, {Right.ACCESS}, 30, False, "2026-03-02", "gdpr-art-12-3", GDPR, "access"),
        # a 20-day policy: 22 Feb (Sun) → 23 Feb, before the GDPR's 2 Mar
        ({GDPR, LAW}, {Right.ACCESS}, 20, False, "2026-02-23", "policy-internal", LAW, "access"),
        # rectification: ten clear days beat one month
        (
            {GDPR, LAW},
            {Right.ACCESS, Right.RECTIFICATION},
            30,
            False,
            "2026-02-12",
            "law-09-08-art-8",
            LAW,
            "rectification",
        ),
        # one regime, several rights: the earliest right governs
        (
            {LAW},
            {Right.PORTABILITY, Right.RECTIFICATION},
            30,
            False,
            "2026-02-12",
            "law-09-08-art-8",
            LAW,
            "rectification",
        ),
        # the GDPR extension does not lift the 09-08 policy date
        ({GDPR, LAW}, {Right.ACCESS}, 30, True, "2026-03-04", "policy-internal", LAW, "access"),
    ],
)
def test_earliest_candidate_governs(
    cal, regimes, rights, internal_days, extended, due, rule, regime, right
):
    policy = DeadlinePolicy(internal_days=internal_days)
    deadline = governing_deadline(D("2026-02-02"), regimes, rights, cal, policy, extended=extended)
    assert (deadline.due, deadline.rule, deadline.regime, deadline.right) == (
        D(due),
        rule,
        regime,
        Right(right),
    )


def test_same_day_the_law_is_shown_before_the_policy(cal):
    # Received 31 Jan 2026: GDPR 28 Feb (Sat) → 2 Mar; policy 30 days → 2 Mar (Mon).
    candidates = candidate_deadlines(D("2026-01-31"), {LAW, GDPR}, {Right.ACCESS}, cal)
    assert [(c.due, c.rule) for c in candidates] == [
        (D("2026-03-02"), "gdpr-art-12-3"),
        (D("2026-03-02"), "policy-internal"),
    ]
    # 09-08 with a 10-day policy: access and rectification both end Thu 12 Feb 2026.
    ten_days = DeadlinePolicy(internal_days=10)
    candidates = candidate_deadlines(
        D("2026-02-02"), {LAW}, {Right.ACCESS, Right.RECTIFICATION}, cal, ten_days
    )
    assert [(c.due, c.rule, c.right) for c in candidates] == [
        (D("2026-02-12"), "law-09-08-art-8", Right.RECTIFICATION),
        (D("2026-02-12"), "policy-internal", Right.ACCESS),
    ]


def test_candidates_cover_every_regime_and_right_governing_first(cal):
    candidates = candidate_deadlines(
        D("2026-02-02"), ["gdpr", "law-09-08"], ["access", "rectification"], cal
    )
    assert [(c.regime, c.right, c.due) for c in candidates] == [
        (LAW, Right.RECTIFICATION, D("2026-02-12")),
        (GDPR, Right.ACCESS, D("2026-03-02")),
        (GDPR, Right.RECTIFICATION, D("2026-03-02")),
        (LAW, Right.ACCESS, D("2026-03-04")),
    ]


@pytest.mark.parametrize(("regimes", "rights"), [(set(), {Right.ACCESS}), ({GDPR}, set())])
def test_a_request_needs_a_regime_and_a_right(cal, regimes, rights):
    with pytest.raises(ValidationError):
        governing_deadline(D("2026-02-02"), regimes, rights, cal)


# ----------------------------------------------------------------------------- calendar edits


def test_moved_lunar_holiday_moves_the_deadline(cal):
    # Aïd al-Fitr estimated Fri 20 Mar 2026; announced, say, for 21-22 Mar.
    moved = cal.with_moved_holiday(D("2026-03-20"), D("2026-03-22"))
    assert deadline_for(D("2026-02-20"), GDPR, Right.ACCESS, cal).due == D("2026-03-23")
    assert deadline_for(D("2026-02-20"), GDPR, Right.ACCESS, moved).due == D("2026-03-20")


def test_lunar_holiday_moved_onto_a_working_day(cal):
    # Aïd al-Adha estimated Wed 27 - Thu 28 May 2026; moved to Thu 28 - Fri 29 May.
    moved = cal.with_moved_holiday(D("2026-05-27"), D("2026-05-29"))
    policy_received, gdpr_received = D("2026-04-27"), D("2026-04-29")
    assert deadline_for(policy_received, LAW, Right.ACCESS, cal).due == D("2026-05-29")
    assert deadline_for(policy_received, LAW, Right.ACCESS, moved).due == D("2026-05-27")
    assert deadline_for(gdpr_received, GDPR, Right.ACCESS, cal).due == D("2026-05-29")
    assert deadline_for(gdpr_received, GDPR, Right.ACCESS, moved).due == D("2026-06-01")


def test_organisation_closure_rolls_the_deadline(cal):
    closed = cal.with_closure(D("2026-02-13"), "Inventaire annuel")
    assert deadline_for(D("2026-02-03"), LAW, Right.RECTIFICATION, cal).due == D("2026-02-13")
    deadline = deadline_for(D("2026-02-03"), LAW, Right.RECTIFICATION, closed)
    assert (deadline.due, deadline.rolled) == (D("2026-02-16"), True)


def test_removed_estimate_no_longer_rolls(cal):
    plain = cal.without_holiday(D("2026-03-20"))
    assert deadline_for(D("2026-02-20"), GDPR, Right.ACCESS, plain).due == D("2026-03-20")


# ----------------------------------------------------------------------------- identity pause

PAUSE_ON = DeadlinePolicy(identity_pause=True)


@pytest.mark.parametrize(
    ("policy", "pauses", "today", "paused", "due"),
    [
        (DeadlinePolicy(), [("2026-02-05", "2026-02-12")], None, 0, "2026-03-02"),  # off
        (DeadlinePolicy(), [("2026-02-05", None)], None, 0, "2026-03-02"),  # off: ignored
        (PAUSE_ON, [("2026-02-05", "2026-02-12")], None, 7, "2026-03-09"),
        (PAUSE_ON, [("2026-02-05", None)], "2026-02-09", 4, "2026-03-06"),  # open: to today
        (PAUSE_ON, [("2026-02-05", None)], "2026-02-10", 5, "2026-03-09"),  # Sat 7 → Mon 9
        # overlapping pauses count once: 5 → 15 Feb
        (
            PAUSE_ON,
            [("2026-02-05", "2026-02-12"), ("2026-02-10", "2026-02-15")],
            None,
            10,
            "2026-03-12",
        ),
        (PAUSE_ON, [("2026-01-30", "2026-02-04")], None, 2, "2026-03-04"),  # before receipt
        (PAUSE_ON, [], None, 0, "2026-03-02"),
    ],
)
def test_identity_pause(cal, policy, pauses, today, paused, due):
    pauses = [(D(start), D(end) if end else None) for start, end in pauses]
    deadline = governing_deadline(
        D("2026-02-02"),
        {GDPR},
        {Right.ACCESS},
        cal,
        policy,
        pauses=pauses,
        today=D(today) if today else None,
    )
    assert (deadline.paused_days, deadline.due) == (paused, D(due))
    assert deadline.raw_end == D("2026-03-02") + timedelta(days=paused)
    assert (dl.NOTE_PAUSED in deadline.notes) is (paused > 0)


def test_identity_pause_applies_to_law_09_08_too(cal):
    deadline = deadline_for(
        D("2026-02-02"),
        LAW,
        Right.RECTIFICATION,
        cal,
        PAUSE_ON,
        pauses=[(D("2026-02-05"), D("2026-02-12"))],
    )
    assert deadline.due == D("2026-02-19")  # 12 Feb + 7 days, a Thursday


def test_open_pause_needs_today(cal):
    with pytest.raises(ValidationError):
        governing_deadline(
            D("2026-02-02"), {GDPR}, {Right.ACCESS}, cal, PAUSE_ON, pauses=[(D("2026-02-05"), None)]
        )


def test_pause_moves_the_extension_cutoff(cal):
    pauses = [(D("2026-01-20"), D("2026-01-27"))]
    # 15 Feb + 7 = Sun 22 Feb → Mon 23 Feb
    assert extension_cutoff(D("2026-01-15"), cal, PAUSE_ON, pauses=pauses) == D("2026-02-23")
    assert extension_cutoff(D("2026-01-15"), cal, pauses=pauses) == D("2026-02-16")


@pytest.mark.parametrize(
    ("pauses", "today", "expected"),
    [
        ([("2026-02-05", "2026-02-05")], None, 0),
        ([("2026-02-12", "2026-02-05")], None, 0),  # reversed: nothing
        ([("2026-02-05", "2026-02-08"), ("2026-02-20", None)], "2026-02-23", 6),
        ([("2026-02-01", "2026-02-10"), ("2026-02-03", "2026-02-04")], None, 8),  # nested
    ],
)
def test_paused_days(pauses, today, expected):
    pauses = [(D(start), D(end) if end else None) for start, end in pauses]
    count = paused_days(pauses, received=D("2026-02-02"), today=D(today) if today else None)
    assert count == expected


# ----------------------------------------------------------------------------- policy, display


@pytest.mark.parametrize(
    "kwargs",
    [{"internal_days": 0}, {"internal_days": 366}, {"rectification_clear_days": 0}],
)
def test_policy_rejects_nonsense(kwargs):
    with pytest.raises(ValidationError):
        DeadlinePolicy(**kwargs)


def test_policy_round_trips_and_ignores_unknown_keys():
    policy = DeadlinePolicy(internal_days=20, strict_clear_days=True, identity_pause=True)
    data = policy.to_dict()
    assert data == {
        "internal_days": 20,
        "rectification_clear_days": 10,
        "strict_clear_days": True,
        "identity_pause": True,
    }
    assert DeadlinePolicy.from_dict({**data, "from_a_newer_version": 1}) == policy
    assert DeadlinePolicy.from_dict(None) == DeadlinePolicy()


@pytest.mark.parametrize(
    ("due", "today", "expected"),
    [
        ("2026-03-10", "2026-03-08", 2),
        ("2026-03-10", "2026-03-10", 0),
        ("2026-03-10", "2026-03-13", -3),
    ],
)
def test_days_remaining(due, today, expected):
    assert days_remaining(D(due), D(today)) == expected


def test_every_rule_has_a_citation_and_a_label(cal):
    rules = {"gdpr-art-12-3", "gdpr-art-12-3-extended", "law-09-08-art-8", "policy-internal"}
    assert set(dl.CITATIONS) == set(dl.RULE_LABELS) == rules
    deadline = deadline_for(D("2026-02-02"), LAW, Right.ACCESS, cal)
    assert deadline.rule_label == "Délai de réponse fixé par l'organisation"
    assert deadline.basis_label == "Politique interne"
