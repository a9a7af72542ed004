"""The deadline engine, against dates worked out by hand on a 2024-2028 calendar.

Moroccan days off used below (holidays 0.109, resources/calendar/ for lunar dates):
1 Jan, 11 Jan, 14 Jan, 1 May, 14 Aug, 20-21 Aug, 31 Oct from 2026; Aïd al-Fitr 2026
confirmed Fri 20 - Sat 21 Mar; Aïd al-Adha 2026 estimated Thu 28 - Fri 29 May (the
package's Wed 27 plus one day). GDPR periods roll over weekends only, unless an EU
Member State is chosen (Reg. 1182/71 Art. 2(1)); Law 09-08 periods over Moroccan
holidays too; internal-policy periods over closures as well.
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
from dpo_desk.domain.requests.workflow import Regime, Right
from dpo_desk.services.requests import lunar_record

D = date.fromisoformat
GDPR = Regime.GDPR
LAW = Regime.LAW_09_08


def texts(deadline) -> list[str]:
    return [note.text for note in deadline.notes]


def alternatives(deadline) -> list[tuple[date, str]]:
    return [(alt.due, alt.note.text) for alt in deadline.alternatives]


@pytest.fixture(scope="module")
def cal() -> WorkingCalendar:
    # The shipped record of past years' lunar dates, as the app loads it.
    return WorkingCalendar(record=lunar_record())


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
        # Moroccan holidays do not roll a GDPR period (Reg. 1182/71 Art. 2(1))
        ("2026-07-20", "2026-08-20", "2026-08-20"),  # Thu, Révolution du Roi et du Peuple
        ("2025-07-20", "2025-08-20", "2025-08-20"),  # Wed
        ("2027-07-20", "2027-08-20", "2027-08-20"),  # Fri
        ("2025-12-01", "2026-01-01", "2026-01-01"),  # Thu, 1 January
        ("2026-12-01", "2027-01-01", "2027-01-01"),  # Fri
        ("2024-12-11", "2025-01-11", "2025-01-13"),  # Sat → Mon (a weekend, not the holiday)
        ("2026-12-11", "2027-01-11", "2027-01-11"),  # Mon, Manifeste de l'indépendance
        ("2025-12-14", "2026-01-14", "2026-01-14"),  # Wed, Amazigh new year
        ("2024-12-14", "2025-01-14", "2025-01-14"),  # Tue
        ("2026-02-20", "2026-03-20", "2026-03-20"),  # Fri, Aïd al-Fitr (confirmed)
    ],
)
def test_gdpr_one_month(cal, received, raw_end, due):
    deadline = deadline_for(D(received), GDPR, Right.ACCESS, cal)
    assert (deadline.raw_end, deadline.due) == (D(raw_end), D(due))
    assert deadline.rolled is (raw_end != due)
    assert (deadline.basis, deadline.rule, deadline.regime) == ("law", "gdpr-art-12-3", GDPR)
    assert deadline.citation == "RGPD art. 12(3)"
    assert deadline.paused_days == 0
    assert texts(deadline) == [dl.NOTE_CALENDAR_GDPR]
    assert deadline.days_off == ()  # only weekends can have rolled it


@pytest.mark.parametrize(
    ("received", "due", "moroccan"),
    [
        ("2026-07-20", "2026-08-20", "2026-08-24"),  # 20-21 Aug, then the weekend
        ("2025-12-01", "2026-01-01", "2026-01-02"),
        ("2026-02-20", "2026-03-20", "2026-03-23"),  # Aïd al-Fitr 20-21 Mar
    ],
)
def test_gdpr_shows_the_later_moroccan_reading(cal, received, due, moroccan):
    deadline = deadline_for(D(received), GDPR, Right.ACCESS, cal)
    assert deadline.due == D(due)
    assert alternatives(deadline) == [(D(moroccan), dl.ALT_MOROCCAN_HOLIDAYS)]
    assert deadline.alternatives[0].note.values == {"date": D(moroccan)}


@pytest.mark.parametrize(
    ("state", "received", "due", "holiday"),
    [
        ("FR", "2026-04-14", "2026-05-15", "2026-05-14"),  # Ascension (Thu) → Fri
        ("FR", "2026-06-14", "2026-07-15", "2026-07-14"),  # Fête nationale (Tue)
        ("DE", "2026-04-14", "2026-05-15", "2026-05-14"),  # Christi Himmelfahrt
        ("FR", "2025-12-01", "2026-01-02", "2026-01-01"),  # New Year in both calendars
    ],
)
def test_gdpr_rolls_over_the_chosen_member_states_holidays(cal, state, received, due, holiday):
    chosen = cal.with_member_state(state)
    deadline = deadline_for(D(received), GDPR, Right.ACCESS, chosen)
    assert deadline.due == D(due)
    assert [h.day for h in deadline.days_off] == [D(holiday)]
    assert texts(deadline) == [dl.NOTE_CALENDAR_GDPR_STATE]
    assert deadline.notes[0].values == {"state": state}
    # Without a Member State, the holiday is an ordinary day for the GDPR.
    assert deadline_for(D(received), GDPR, Right.ACCESS, cal).due == D(holiday)


def test_member_state_must_be_in_the_eu(cal):
    with pytest.raises(ValidationError):
        cal.with_member_state("MA")
    assert cal.with_member_state("fr").member_state == "FR"
    assert cal.with_member_state(None).member_state is None


@pytest.mark.parametrize(
    ("received", "due", "other"),
    [
        ("2026-01-15", "2026-04-15", None),  # Wed; both readings agree
        # 31 Jan → 28 Feb (end of the first month) + 2 months = 28 Apr; three months
        # from receipt would be 30 Apr: the earlier is applied, the other shown.
        ("2026-01-31", "2026-04-28", "2026-04-30"),
        ("2026-01-30", "2026-04-28", "2026-04-30"),
        ("2025-11-30", "2026-03-02", None),  # 30 Dec + 2 months → 28 Feb (Sat) → Mon
        ("2028-07-31", "2028-10-31", None),  # Aïd Al Wahda is not a GDPR holiday
        ("2026-05-20", "2026-08-20", None),  # nor is 20 Aug
        ("2026-03-31", "2026-06-30", None),  # 30 Apr + 2 months = 30 Jun
    ],
)
def test_gdpr_extension_adds_two_months_to_the_first_months_end(cal, received, due, other):
    deadline = governing_deadline(D(received), {GDPR}, {Right.ACCESS}, cal, extended=True)
    assert deadline.due == D(due)
    assert deadline.rule == "gdpr-art-12-3-extended"
    assert deadline.basis == "law"
    assert dl.NOTE_EXTENSION_FROM_FIRST_MONTH in texts(deadline)
    three_months = [a for a in deadline.alternatives if a.note.text == dl.ALT_THREE_MONTHS]
    if other is None:
        assert three_months == []
    else:
        assert [a.due for a in three_months] == [D(other)]


def test_extended_end_takes_the_earlier_reading():
    assert dl.extended_end(D("2026-01-31")) == (D("2026-04-28"), D("2026-04-30"))
    assert dl.extended_end(D("2026-01-15")) == (D("2026-04-15"), D("2026-04-15"))


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
        # 20 Aug is a Moroccan holiday, not a GDPR one: the first month ends on it
        ("2026-07-20", "2026-08-20", "2026-08-20", False),
        ("2026-07-20", "2026-08-21", "2026-08-20", True),
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


# Where D+10 and D+11 roll to different days (the other reading is then shown).
OTHER_READING_DIFFERS = {"2026-02-02", "2026-02-03"}


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
    assert texts(deadline) == [expected_note, dl.NOTE_CALENDAR_09_08]
    # The other reading of "délai franc" is shown with its own date, where it differs.
    other = dl.ALT_CONSERVATIVE_CLEAR_DAYS if strict else dl.ALT_STRICT_CLEAR_DAYS
    other_dates = [day for day, text in alternatives(deadline) if text == other]
    assert all(day != deadline.due for day in other_dates)
    assert bool(other_dates) is (received in OTHER_READING_DIFFERS)


@pytest.mark.parametrize(
    ("right", "note"),
    [
        (Right.ERASURE, "NOTE_09_08_ERASURE"),
        (Right.RESTRICTION, "NOTE_09_08_RESTRICTION"),  # 09-08's "verrouillage"
    ],
)
def test_law_09_08_art_8a_erasure_and_blocking_are_ten_clear_days(cal, right, note):
    deadline = deadline_for(D("2026-02-02"), LAW, right, cal)
    assert (deadline.due, deadline.basis, deadline.rule) == (
        D("2026-02-12"),
        "law",
        "law-09-08-art-8",
    )
    assert texts(deadline)[0] == getattr(dl, note)
    assert deadline.right_in_regime


def test_an_estimated_holiday_never_delays_a_legal_date(cal):
    # Received Mon 18 May 2026 + 10 = Thu 28 May, the estimated first day of Aïd al-Adha.
    deadline = deadline_for(D("2026-05-18"), LAW, Right.RECTIFICATION, cal)
    assert deadline.due == D("2026-05-28")
    estimated = [a for a in deadline.alternatives if a.note.text == dl.ALT_ESTIMATED_HOLIDAY]
    assert [a.due for a in estimated] == [D("2026-06-01")]  # 28-29 May, then the weekend
    assert estimated[0].note.values["day"] == D("2026-05-28")
    # Confirmed as estimated, it rolls the date; confirmed a day earlier, one day less.
    as_estimated = cal.with_lunar_confirmed("eid-al-adha/1447", D("2026-05-28"), D("2026-05-20"))
    assert deadline_for(D("2026-05-18"), LAW, Right.RECTIFICATION, as_estimated).due == D(
        "2026-06-01"
    )
    earlier = cal.with_lunar_confirmed("eid-al-adha/1447", D("2026-05-27"), D("2026-05-20"))
    confirmed = deadline_for(D("2026-05-18"), LAW, Right.RECTIFICATION, earlier)
    assert confirmed.due == D("2026-05-29")
    assert [h.estimated for h in confirmed.days_off] == [False]
    assert dl.ALT_ESTIMATED_HOLIDAY not in [text for _, text in alternatives(confirmed)]


@pytest.mark.parametrize(
    ("right", "internal_days", "received", "due", "note"),
    [
        (Right.ACCESS, 30, "2026-02-02", "2026-03-04", dl.NOTE_09_08_NO_NUMBER),
        (Right.ACCESS, 15, "2026-02-02", "2026-02-17", dl.NOTE_09_08_NO_NUMBER),
        (Right.OBJECTION, 30, "2026-04-01", "2026-05-04", dl.NOTE_09_08_NO_NUMBER),  # 1 May
        # 28 May: Aïd al-Adha is only estimated, so it does not delay the date
        (Right.OBJECTION, 30, "2026-04-28", "2026-05-28", dl.NOTE_09_08_NO_NUMBER),
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
    assert texts(deadline) == [note, dl.NOTE_CALENDAR_POLICY]
    assert deadline.right is right
    # Portability is not a 09-08 right: the result says so, not only its note.
    assert deadline.right_in_regime is (right is not Right.PORTABILITY)


def test_law_09_08_extended_keeps_its_date_and_says_why(cal):
    plain = governing_deadline(D("2026-02-02"), {LAW}, {Right.ACCESS}, cal)
    extended = governing_deadline(D("2026-02-02"), {LAW}, {Right.ACCESS}, cal, extended=True)
    assert plain.due == extended.due == D("2026-03-04")
    assert extended.rule == "policy-internal"
    assert dl.NOTE_09_08_NO_EXTENSION in texts(extended)
    assert dl.NOTE_09_08_NO_EXTENSION not in texts(plain)
    # No article is cited for a power the controller does not have.
    assert "art." not in dl.NOTE_09_08_NO_EXTENSION and "28" not in ExtensionNotAvailable.template


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


def test_confirmed_lunar_holiday_moves_law_and_policy_dates_not_gdpr(cal):
    # Aïd al-Adha 1447 estimated Thu 28 - Fri 29 May 2026; announced for Wed 27 - Thu 28.
    announced = cal.with_moved_holiday(
        D("2026-05-28"), D("2026-05-27"), confirmed_on=D("2026-05-18")
    )
    (holiday,) = [h for h in announced.lunar_holidays(2026) if h.kind == "eid-al-adha"]
    assert (holiday.first_day, holiday.confirmed, holiday.confirmed_on) == (
        D("2026-05-27"),
        True,
        D("2026-05-18"),
    )
    policy_received = D("2026-04-27")  # + 30 days = Wed 27 May
    assert deadline_for(policy_received, LAW, Right.ACCESS, cal).due == D("2026-05-27")
    assert deadline_for(policy_received, LAW, Right.ACCESS, announced).due == D("2026-05-29")
    gdpr_received = D("2026-04-27")  # one month = Wed 27 May, whatever Morocco observes
    assert deadline_for(gdpr_received, GDPR, Right.ACCESS, announced).due == D("2026-05-27")


def test_closure_rolls_a_policy_date_never_a_legal_one(cal):
    closed = cal.with_closure(D("2026-02-13"), "Inventaire annuel")
    legal = deadline_for(D("2026-02-03"), LAW, Right.RECTIFICATION, closed)
    assert (legal.due, legal.rolled) == (D("2026-02-13"), False)
    assert (D("2026-02-16"), dl.ALT_CLOSURE) in alternatives(legal)
    gdpr = deadline_for(D("2026-01-13"), GDPR, Right.ACCESS, closed)
    assert gdpr.due == D("2026-02-13")
    assert (D("2026-02-16"), dl.ALT_CLOSURE) in alternatives(gdpr)
    policy = deadline_for(D("2026-01-14"), LAW, Right.ACCESS, closed)  # + 30 = Fri 13 Feb
    assert (policy.due, policy.rolled) == (D("2026-02-16"), True)
    assert [h.name for h in policy.days_off] == ["Inventaire annuel"]
    # Without a closure, no closure reading is shown.
    assert dl.ALT_CLOSURE not in [
        t for _, t in alternatives(deadline_for(D("2026-02-03"), LAW, Right.RECTIFICATION, cal))
    ]


def test_removed_estimate_no_longer_offers_a_later_date(cal):
    plain = cal.without_holiday(D("2026-05-28"))
    deadline = deadline_for(D("2026-05-18"), LAW, Right.RECTIFICATION, plain)
    assert deadline.due == D("2026-05-28")
    assert all(
        a.note.text != dl.ALT_ESTIMATED_HOLIDAY or a.due != D("2026-06-01")
        for a in deadline.alternatives
    )


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
    assert (dl.NOTE_PAUSED in texts(deadline)) is (paused > 0)


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
