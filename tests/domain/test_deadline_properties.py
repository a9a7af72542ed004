"""Properties of the deadline engine over 2024-2030, checked with hypothesis.

Each property is an invariant a DPO relies on without reading the rule: a GDPR date is a
working day, it is never later than the month plus the weekend roll unless the chosen
Member State's holidays push it, and an estimated lunar holiday never delays a legal date.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dpo_desk.domain.calendar import EU_MEMBER_STATES, Scope, WorkingCalendar
from dpo_desk.domain.deadlines import (
    DeadlinePolicy,
    add_months,
    deadline_for,
    governing_deadline,
)
from dpo_desk.domain.requests.workflow import Regime, Right
from dpo_desk.services.requests import lunar_record

BASE = WorkingCalendar(record=lunar_record())
received_days = st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31))
member_states = st.sampled_from(EU_MEMBER_STATES)
rights = st.sampled_from(list(Right))
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def weekend_roll(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


@SETTINGS
@given(received=received_days, extended=st.booleans(), state=st.none() | member_states)
def test_a_gdpr_due_date_is_never_a_saturday_or_a_sunday(received, extended, state):
    calendar = BASE.with_member_state(state)
    deadline = deadline_for(received, Regime.GDPR, Right.ACCESS, calendar, extended=extended)
    assert deadline.due.weekday() < 5


@SETTINGS
@given(received=received_days, extended=st.booleans(), right=rights)
def test_a_gdpr_due_date_is_the_month_plus_the_weekend_roll_without_a_member_state(
    received, extended, right
):
    # Moroccan holidays and closures never move it (Reg. 1182/71 Art. 2(1)).
    calendar = BASE.with_closure(received + timedelta(days=31), "Inventaire")
    deadline = deadline_for(received, Regime.GDPR, right, calendar, extended=extended)
    end = add_months(add_months(received, 1), 2) if extended else add_months(received, 1)
    assert deadline.due == weekend_roll(end)


@SETTINGS
@given(received=received_days, extended=st.booleans(), state=member_states)
def test_only_the_member_states_holidays_push_a_gdpr_date_past_the_weekend_roll(
    received, extended, state
):
    calendar = BASE.with_member_state(state)
    deadline = deadline_for(received, Regime.GDPR, Right.ACCESS, calendar, extended=extended)
    plain = weekend_roll(deadline.raw_end)
    assert deadline.due >= plain
    # Every day skipped after the plain roll is a weekend day or the Member State's holiday.
    day = plain
    while day < deadline.due:
        assert day.weekday() >= 5 or calendar.member_state_holidays_on(day), (day, state)
        day += timedelta(days=1)
    assert all(h.day >= deadline.raw_end for h in deadline.days_off)


def _without_estimates(calendar: WorkingCalendar, start: date, end: date) -> WorkingCalendar:
    """The same calendar with every estimated lunar day in [start, end] made ordinary."""
    for holiday in calendar.holidays_between(start, end):
        if holiday.estimated:
            calendar = calendar.without_holiday(holiday.day)
    return calendar


@SETTINGS
@given(
    received=received_days,
    right=rights,
    regimes=st.sets(st.sampled_from(list(Regime)), min_size=1),
    strict=st.booleans(),
)
def test_an_estimated_holiday_never_delays_a_legal_date(received, right, regimes, strict):
    policy = DeadlinePolicy(strict_clear_days=strict)
    deadline = governing_deadline(received, regimes, {right}, BASE, policy)
    bare = _without_estimates(BASE, received, received + timedelta(days=120))
    assert deadline.due == governing_deadline(received, regimes, {right}, bare, policy).due
    # The later reading, when there is one, is offered as an alternative, never applied.
    for alternative in deadline.alternatives:
        assert alternative.due != deadline.due


@SETTINGS
@given(received=received_days, right=rights)
def test_law_09_08_dates_roll_over_confirmed_moroccan_holidays_only(received, right):
    deadline = deadline_for(received, Regime.LAW_09_08, right, BASE)
    assert BASE.is_working_day(deadline.due, deadline.scope)
    assert deadline.scope in (Scope.LAW_09_08, Scope.POLICY)
    assert not any(h.estimated for h in deadline.days_off)
    assert deadline.basis == (
        "policy" if right in (Right.ACCESS, Right.OBJECTION, Right.PORTABILITY) else "law"
    )
