"""The Moroccan working calendar: weekends, the package's holidays, the DPO's edits."""

from __future__ import annotations

from datetime import date

import pytest

from dpo_desk.domain import calendar as cal_module
from dpo_desk.domain.calendar import (
    CalendarOverrides,
    Holiday,
    HolidaySource,
    WorkingCalendar,
)
from dpo_desk.domain.errors import ValidationError
from dpo_desk.services.requests import lunar_record

D = date.fromisoformat
PACKAGE, USER, CLOSURE = HolidaySource.PACKAGE, HolidaySource.USER, HolidaySource.CLOSURE
LUNAR = HolidaySource.LUNAR


@pytest.fixture(scope="module")
def cal() -> WorkingCalendar:
    # The shipped record of past years' lunar dates, as the app loads it.
    return WorkingCalendar(record=lunar_record())


@pytest.mark.parametrize(
    ("day", "working"),
    [
        ("2026-01-01", False),  # Thu, New Year
        ("2026-01-02", True),  # Fri
        ("2026-01-03", False),  # Sat
        ("2026-01-04", False),  # Sun
        ("2027-01-11", False),  # Mon, Manifeste de l'indépendance
        ("2026-01-14", False),  # Wed, Amazigh new year (since 2024)
        ("2025-01-14", False),  # Tue
        ("2022-01-14", True),  # Fri, before 2024
        ("2026-05-01", False),  # Fri, Labour Day
        ("2026-07-30", False),  # Thu, Throne Day
        ("2025-08-20", False),  # Wed
        ("2025-08-21", False),  # Thu
        ("2025-08-22", True),  # Fri
        ("2025-10-31", True),  # Fri: Aïd Al Wahda was announced after it
        ("2028-10-31", False),  # Tue, Aïd Al Wahda
        ("2026-11-06", False),  # Fri, Green March
        ("2026-11-18", False),  # Wed, Independence Day
        ("2026-03-20", False),  # Fri, Aïd al-Fitr (confirmed: the shipped record)
        ("2026-03-19", True),  # Thu
        ("2026-05-27", True),  # Wed: the package's Aïd al-Adha, a day before Morocco's estimate
        ("2026-05-28", False),  # Thu, Aïd al-Adha (estimate)
        ("2026-06-17", False),  # Wed, 1er Moharram (estimate)
        ("2026-08-25", True),  # Tue: the package's Mawlid
        ("2026-08-27", False),  # Thu, Mawlid (estimate, second day)
        ("2026-08-28", True),  # Fri
    ],
)
def test_is_working_day(cal, day, working):
    assert cal.is_working_day(D(day)) is working


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2026-01-02", "2026-01-02"),  # already a working day
        ("2026-08-20", "2026-08-24"),  # Thu 20, Fri 21, weekend
        ("2027-01-01", "2027-01-04"),  # Fri holiday, weekend
        ("2025-12-31", "2025-12-31"),  # Wed, a working day
        ("2026-03-20", "2026-03-23"),  # Aïd al-Fitr estimate, weekend
        ("2026-10-31", "2026-11-02"),  # Sat (and Aïd Al Wahda), Sun
        ("2028-10-31", "2028-11-01"),  # Tue, Aïd Al Wahda
    ],
)
def test_next_working_day(cal, day, expected):
    assert cal.next_working_day(D(day)) == D(expected)


def test_holidays_between_lists_dates_sources_and_estimates(cal):
    found = cal.holidays_between(D("2026-08-01"), D("2026-08-31"))
    assert [(h.day, h.source, h.estimated) for h in found] == [
        (D("2026-08-14"), PACKAGE, False),
        (D("2026-08-20"), PACKAGE, False),
        (D("2026-08-21"), PACKAGE, False),
        (D("2026-08-26"), LUNAR, True),
        (D("2026-08-27"), LUNAR, True),
    ]
    assert all(h.name and "estimé" not in h.name for h in found)


def test_holidays_between_includes_both_ends_and_spans_years(cal):
    found = cal.holidays_between(D("2025-12-31"), D("2026-01-14"))
    assert [h.day for h in found] == [D("2026-01-01"), D("2026-01-11"), D("2026-01-14")]
    assert cal.holidays_between(D("2026-01-02"), D("2026-01-10")) == []


def test_unity_day_is_in_the_package_from_2026(cal):
    assert cal.holidays_on(D("2025-10-31")) == []
    (unity,) = cal.holidays_on(D("2026-10-31"))
    assert unity.source is PACKAGE and "Unité" in unity.name and not unity.estimated


def test_lunar_estimates_are_flagged(cal):
    # Aïd al-Fitr 2026 is in the shipped record; the others are estimates.
    assert [h.day for h in cal.lunar_estimates(2026)] == [
        D("2026-05-28"),
        D("2026-05-29"),  # Aïd al-Adha
        D("2026-06-17"),  # 1er Moharram
        D("2026-08-26"),
        D("2026-08-27"),  # Mawlid
    ]
    assert {h.lunar_key for h in cal.lunar_estimates(2026)} == {
        "eid-al-adha/1447",
        "islamic-new-year/1448",
        "mawlid/1448",
    }


def test_names_follow_the_language():
    french = WorkingCalendar().holidays_on(D("2026-05-01"))[0].name
    english = WorkingCalendar(language="en_US").holidays_on(D("2026-05-01"))[0].name
    assert (french, english) == ("Fête du Travail", "Labor Day")


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2023, []),
        (2025, [date(2025, 1, 14)]),
        (2026, [date(2026, 1, 14), date(2026, 10, 31)]),
    ],
)
def test_the_package_has_the_recently_decreed_holidays(year, expected):
    """The Amazigh new year, a paid public holiday from 14 January 2024, and Aïd Al Wahda
    (Fête de l'Unité, decrees 2.26.14 and 2.25.1140, after UN Security Council resolution
    2797 of 31 October 2025): announced after 31 October 2025, a working day, it is first
    off on 31 October 2026. holidays 0.107 is the first release with both, the minimum in
    pyproject.toml."""
    decreed = {date(year, 1, 14), date(year, 10, 31)}
    fixed = cal_module._package_year(year, "fr").fixed
    assert sorted(day for day in fixed if day in decreed) == expected


def test_decreed_holidays_not_duplicated_when_the_package_has_them(cal):
    assert len(cal.holidays_on(D("2026-01-14"))) == 1
    assert len(cal.holidays_on(D("2026-10-31"))) == 1


# ----------------------------------------------------------------------------- edits


def test_closure_and_user_holiday(cal):
    edited = cal.with_closure(D("2026-02-13"), "  Inventaire   annuel ").with_holiday(
        D("2026-02-12")
    )
    assert edited.holidays_between(D("2026-02-12"), D("2026-02-13")) == [
        Holiday(D("2026-02-12"), "Jour férié", USER),
        Holiday(D("2026-02-13"), "Inventaire annuel", CLOSURE),
    ]
    assert not edited.is_working_day(D("2026-02-13"))
    assert edited.next_working_day(D("2026-02-12")) == D("2026-02-16")
    # The original calendar is untouched.
    assert cal.is_working_day(D("2026-02-13"))


def test_move_a_lunar_estimate_confirms_it(cal):
    moved = cal.with_moved_holiday(D("2026-05-28"), D("2026-05-27"), confirmed_on=D("2026-05-17"))
    assert not moved.is_working_day(D("2026-05-27"))
    assert moved.is_working_day(D("2026-05-29"))
    assert [
        (h.day, h.source, h.estimated)
        for h in moved.holidays_between(D("2026-05-26"), D("2026-05-30"))
    ] == [(D("2026-05-27"), LUNAR, False), (D("2026-05-28"), LUNAR, False)]
    assert moved.holidays_on(D("2026-05-27"))[0].name == "Fête du sacrifice"
    assert moved.to_dict()["confirmed"] == {
        "eid-al-adha/1447": {"first_day": "2026-05-27", "confirmed_on": "2026-05-17"}
    }


def test_a_lunar_move_needs_the_date_of_confirmation(cal):
    with pytest.raises(TypeError):
        cal.with_moved_holiday(D("2026-05-28"), D("2026-05-27"))


def test_move_keeps_a_fixed_holiday_on_the_same_date(cal):
    # 2027: the package puts Mawlid on 14 August, also Allégeance Oued Eddahab; the Moroccan
    # estimate is 15-16 August. Confirming Mawlid on 14 August keeps one fixed holiday.
    assert [(h.source, h.estimated) for h in cal.holidays_on(D("2027-08-14"))] == [(PACKAGE, False)]
    moved = cal.with_lunar_confirmed("mawlid/1449", D("2027-08-14"), D("2027-08-01"))
    assert [(h.source, h.estimated) for h in moved.holidays_on(D("2027-08-14"))] == [
        (PACKAGE, False),
        (LUNAR, False),
    ]
    assert not moved.is_working_day(D("2027-08-15"))
    assert moved.is_working_day(D("2027-08-16"))  # a Monday, no longer Mawlid


def test_confirm_an_estimate(cal):
    confirmed = cal.with_confirmed_holiday(D("2026-05-28"), confirmed_on=D("2026-05-18"))
    (entry,) = confirmed.holidays_on(D("2026-05-28"))
    assert (entry.source, entry.estimated, entry.lunar_key) == (LUNAR, False, "eid-al-adha/1447")
    assert D("2026-05-28") not in [h.day for h in confirmed.lunar_estimates(2026)]
    assert not confirmed.is_working_day(D("2026-05-28"))
    back = confirmed.without_lunar_confirmation("eid-al-adha/1447")
    assert back == cal


def test_a_confirmation_far_from_the_estimate_is_refused(cal):
    with pytest.raises(ValidationError):
        cal.with_lunar_confirmed("eid-al-adha/1447", D("2026-06-10"), D("2026-05-18"))
    with pytest.raises(ValidationError):
        cal.with_lunar_confirmed("eid-al-adha/99999", D("2026-05-28"), D("2026-05-18"))


def test_without_the_record_every_lunar_holiday_is_estimated():
    bare = WorkingCalendar()
    assert bare.lunar_holiday("eid-al-fitr/1446").confirmed is False
    assert bare.lunar_holiday("eid-al-fitr/1446").first_day == D("2025-03-31")  # the +1 guess


def test_the_shipped_record_has_a_source_for_each_entry():
    record = lunar_record()
    assert len(record) >= 16
    for key in ("eid-al-fitr/1444", "eid-al-adha/1445", "islamic-new-year/1447", "mawlid/1447"):
        entry = record.get(key)
        assert entry is not None and entry.source and entry.url.startswith("http"), key


def test_shipped_record_confirms_past_years(cal):
    fitr = cal.lunar_holiday("eid-al-fitr/1446")
    assert (fitr.first_day, fitr.package_first_day, fitr.confirmed) == (
        D("2025-03-31"),
        D("2025-03-30"),
        True,
    )
    assert fitr.source and fitr.url.startswith("http") and fitr.confirmed_on is None
    # 2025: Aïd al-Adha 7-8 Jun, 1 Muharram 27 Jun, Mawlid 5-6 Sep (legal notes).
    assert not cal.is_working_day(D("2025-06-27")) and cal.is_working_day(D("2025-06-26"))
    assert not cal.is_working_day(D("2025-09-05")) and cal.is_working_day(D("2025-09-04"))


def test_upcoming_estimates_from_thirty_days_ahead(cal):
    assert [h.key for h in cal.upcoming_estimates(D("2026-04-27"))] == []
    assert [h.key for h in cal.upcoming_estimates(D("2026-04-28"))] == ["eid-al-adha/1447"]
    assert [h.key for h in cal.upcoming_estimates(D("2026-05-20"))] == [
        "eid-al-adha/1447",
        "islamic-new-year/1448",
    ]
    confirmed = cal.with_confirmed_holiday(D("2026-05-28"), confirmed_on=D("2026-05-20"))
    assert [h.key for h in confirmed.upcoming_estimates(D("2026-05-20"))] == [
        "islamic-new-year/1448"
    ]


@pytest.mark.parametrize(
    ("kind", "day", "year"),
    [
        ("eid-al-fitr", "2023-04-22", 1444),
        ("islamic-new-year", "2023-07-19", 1445),
        ("eid-al-adha", "2023-06-29", 1444),
        ("mawlid", "2023-09-28", 1445),
        ("islamic-new-year", "2025-06-27", 1447),
        ("eid-al-fitr", "2033-01-01", 1454),  # Aïd al-Fitr falls twice in 2033
        ("eid-al-fitr", "2033-12-22", 1455),
    ],
)
def test_hijri_year_names_each_occurrence(kind, day, year):
    assert cal_module.hijri_year(cal_module.LunarKind(kind), D(day)) == year


def test_every_year_has_its_four_lunar_holidays(cal):
    for year in range(2023, 2036):
        kinds = sorted(h.kind for h in cal.lunar_holidays(year) if h.first_day.year == year)
        assert set(kinds) == set(cal_module.LunarKind), year


def test_move_with_a_name_and_onto_a_user_holiday(cal):
    edited = cal.with_holiday(D("2026-02-17"), "Pont").with_moved_holiday(
        D("2026-02-17"), D("2026-02-18"), "Journée de l'organisation"
    )
    assert edited.to_dict()["added"] == {"2026-02-18": "Journée de l'organisation"}
    assert edited.is_working_day(D("2026-02-17"))


def test_moving_a_plain_day_is_refused(cal):
    with pytest.raises(ValidationError):
        cal.with_moved_holiday(D("2026-02-12"), D("2026-02-13"))


def test_without_holiday_and_reset(cal):
    edited = cal.with_closure(D("2026-05-01"), "Pont").without_holiday(D("2026-05-01"))
    assert edited.is_working_day(D("2026-05-01"))
    assert edited.to_dict()["removed"] == ["2026-05-01"]
    assert edited.to_dict()["closures"] == {}
    reset = edited.with_day_reset(D("2026-05-01"))
    assert not reset.is_working_day(D("2026-05-01"))
    assert reset == cal and reset.overrides.is_empty()


def test_a_calendar_with_no_working_day_fails_loudly(cal):
    closed = cal
    start = D("2030-01-01")
    for offset in range(400):
        closed = closed.with_closure(date.fromordinal(start.toordinal() + offset), "x")
    with pytest.raises(ValidationError):
        closed.next_working_day(start)


# ----------------------------------------------------------------------------- storage


def test_overrides_round_trip_through_json():
    import json

    edited = (
        WorkingCalendar()
        .with_moved_holiday(D("2026-05-28"), D("2026-05-27"), confirmed_on=D("2026-05-17"))
        .with_closure(D("2026-12-31"), "Inventaire")
        .with_holiday(D("2026-07-31"), "Pont du Trône")
        .without_holiday(D("2026-05-01"))
        .with_member_state("FR")
    )
    data = json.loads(json.dumps(edited.to_dict()))
    assert data == {
        "format": 2,
        "added": {"2026-07-31": "Pont du Trône"},
        "closures": {"2026-12-31": "Inventaire"},
        "removed": ["2026-05-01"],
        "confirmed": {
            "eid-al-adha/1447": {"first_day": "2026-05-27", "confirmed_on": "2026-05-17"}
        },
        "member_state": "FR",
    }
    restored = WorkingCalendar.from_dict(data)
    assert restored == edited
    assert not restored.is_working_day(D("2026-12-31"))


def test_a_format_1_file_keeps_its_announced_dates():
    # Before confirmations existed, an announced lunar date was stored by hiding the
    # package's estimate and adding the DPO's day: that still reads the same way.
    old = WorkingCalendar.from_dict(
        {
            "format": 1,
            "added": {"2026-05-27": "Aïd al-Adha"},
            "closures": {},
            "removed": ["2026-05-27"],
        },
        record=lunar_record(),
    )
    assert not old.is_working_day(D("2026-05-27"))
    assert old.is_working_day(D("2026-05-28")) and old.is_working_day(D("2026-05-29"))
    assert [h.lunar_key for h in old.lunar_estimates(2026)] == [
        "islamic-new-year/1448",
        "mawlid/1448",
        "mawlid/1448",
    ]


@pytest.mark.parametrize("data", [None, {}, {"format": 1}])
def test_empty_overrides(data):
    assert WorkingCalendar.from_dict(data) == WorkingCalendar()


@pytest.mark.parametrize(
    "data",
    [
        {"added": {"2026-02-30": "x"}},
        {"closures": {"demain": "x"}},
        {"removed": ["2026-13-01"]},
        {"added": {"2026-02-02": "x" * 201}},
        {"member_state": "US"},
        {"confirmed": {"eid/1447": {"first_day": "2026-05-28", "confirmed_on": "2026-05-20"}}},
        {"confirmed": {"mawlid/1448": {"first_day": "hier", "confirmed_on": "2026-05-20"}}},
    ],
)
def test_bad_overrides_are_refused(data):
    with pytest.raises(ValidationError):
        WorkingCalendar.from_dict(data)


def test_overrides_copy_their_input():
    added = {D("2026-02-12"): "Pont"}
    overrides = CalendarOverrides(added=added)
    added[D("2026-02-13")] = "Autre"
    assert list(overrides.added) == [D("2026-02-12")]


def test_years_prepared_ahead_are_not_computed_again():
    from dpo_desk.domain import calendar as cal_module

    cal_module._package_year.cache_clear()
    cal_module.prepare_years(range(2029, 2031))
    computed = cal_module._package_year.cache_info()
    assert computed.misses == 2 and computed.currsize == 2
    WorkingCalendar().lunar_holidays(2030)  # reads 2029 and 2030: both ready
    after = cal_module._package_year.cache_info()
    assert after.misses == 2 and after.hits >= 2
