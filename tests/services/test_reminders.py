"""The reminders' read: what is due soon, found in a register filled through the services.

The frozen clock says 10 March 2026, 09:30 UTC (09:30 in Casablanca: UTC+0 in Ramadan).
"""

from __future__ import annotations

import json
from datetime import date, timedelta

from dpo_desk.domain.records import ContractEnd
from dpo_desk.domain.reminders import DUE_TODAY, OVERDUE, ReminderKind, ReminderSettings
from dpo_desk.domain.requests.workflow import Right
from dpo_desk.services import records as book
from dpo_desk.services import reminders
from dpo_desk.services import requests as request_service
from dpo_desk.services.preferences import Preferences, config_dir
from tests.ui.breaches_fixtures import make_breach, notify
from tests.ui.records_fixtures import activity, processor
from tests.ui.requests_fixtures import GDPR, LAW, make_request

K = ReminderKind
TODAY = date(2026, 3, 10)


def seed(register, clock):
    made = {}
    # Due in more than a week (09-08 access, policy 30 days): not read.
    made["later"] = make_request(register, clock, "Yassine El Amrani", received=TODAY)
    # 09-08 rectification, ten clear days: due 24 February, overdue.
    made["overdue"] = make_request(
        register, clock, "Salma Bennani", received=date(2026, 2, 14), rights=(Right.RECTIFICATION,)
    )
    # Both regimes: the GDPR month, 12 March, is the earlier (safe) date.
    made["soon"] = make_request(
        register,
        clock,
        "Karim Tazi",
        received=date(2026, 2, 12),
        rights=(Right.OBJECTION,),
        regimes=LAW | GDPR,
    )
    # Overdue but withdrawn: nothing is owed any more.
    gone = make_request(
        register, clock, "Hind Alaoui", received=date(2026, 2, 13), rights=(Right.RECTIFICATION,)
    )
    made["withdrawn"] = request_service.withdraw(register, gone, clock=clock)
    return made


def test_finds_open_requests_due_within_the_horizon_and_overdue(register, frozen_clock):
    made = seed(register, frozen_clock)
    assert made["soon"].due_on == date(2026, 3, 12) and made["overdue"].due_on < TODAY
    due = reminders.due_items(register, ReminderSettings(), clock=frozen_clock)
    assert due.today == TODAY
    found = {item.reference: item for item in due.items if item.kind is K.REQUEST}
    assert set(found) == {made["overdue"].reference, made["soon"].reference}
    assert found[made["soon"].reference].due_on == date(2026, 3, 12)
    assert found[made["soon"].reference].basis == "law"
    # What a reminder says: the threshold of each, by reference only.
    due_now = {
        r.reference: r.threshold
        for r in reminders.reminders(register, ReminderSettings(), clock=frozen_clock)
    }
    assert due_now == {made["overdue"].reference: OVERDUE, made["soon"].reference: 2}
    # Nothing personal in what the GUI is handed.
    assert "Karim" not in repr(due.items) and "Salma" not in repr(due.items)


def test_a_longer_lead_reads_further_ahead(register, frozen_clock):
    made = seed(register, frozen_clock)
    settings = ReminderSettings(request_leads=(31,))  # the 9 April request comes in
    found = {r.reference for r in reminders.reminders(register, settings, clock=frozen_clock)}
    assert made["later"].reference in found


def test_finds_processor_reviews_contract_ends_and_activity_reviews(register, frozen_clock):
    clock = frozen_clock
    review = book.save_processor(
        register, processor("Najm Cloud", next_review_on=date(2026, 3, 15)), clock=clock
    )
    ending = book.save_processor(
        register,
        processor("Atlas Paie", next_review_on=date(2026, 9, 1), contract_ends_on=TODAY),
        clock=clock,
    )
    book.save_processor(register, processor("Loin", next_review_on=date(2026, 5, 1)), clock=clock)
    ended = book.save_processor(
        register, processor("Ancien", next_review_on=date(2026, 3, 1)), clock=clock
    )
    book.end_contract(register, ended, ContractEnd(ended_on=date(2026, 3, 1)), clock=clock)
    # Policy: reviewed every 12 months. 12 March 2025 + 12 months = 12 March 2026.
    stale = book.save_activity(
        register, activity("Paie", last_reviewed_on=date(2025, 3, 12)), clock=clock
    )
    book.save_activity(
        register, activity("Récent", last_reviewed_on=date(2026, 1, 10)), clock=clock
    )

    due = reminders.due_items(register, ReminderSettings(), clock=clock)
    found = {(item.kind, item.reference): item.due_on for item in due.items}
    assert found == {
        (K.PROCESSOR_REVIEW, f"#{review.id}"): date(2026, 3, 15),
        (K.CONTRACT_END, f"#{ending.id}"): TODAY,
        (K.ACTIVITY_REVIEW, f"#{stale.id}"): date(2026, 3, 12),
    }
    thresholds = {
        (r.kind, r.reference): r.threshold
        for r in reminders.reminders(register, ReminderSettings(), clock=clock)
    }
    assert thresholds[(K.CONTRACT_END, f"#{ending.id}")] == DUE_TODAY
    assert thresholds[(K.PROCESSOR_REVIEW, f"#{review.id}")] == 7
    # Switched off: not even read.
    off = ReminderSettings(kinds=frozenset({K.REQUEST, K.BREACH}))
    assert reminders.due_items(register, off, clock=clock).items == ()


def test_open_breaches_with_a_notice_owed_count_in_the_summary(register, frozen_clock):
    late = make_breach(register, frozen_clock, "Fuite chez Yassine", aware_hours_ago=80)
    running = make_breach(register, frozen_clock, "Rançongiciel", aware_hours_ago=10)
    done = make_breach(register, frozen_clock, "Notifiée", aware_hours_ago=20)
    notify(register, frozen_clock, done)
    summary = reminders.summary(register, ReminderSettings(), clock=frozen_clock)
    breaches = summary.of(K.BREACH)
    assert [i.reference for i in breaches.overdue] == [late.reference]
    # 72 hours from 10 hours ago: 12 March, 23:30.
    assert [(i.reference, i.due_on) for i in breaches.soon] == [
        (running.reference, TODAY + timedelta(days=2))
    ]
    assert "Yassine" not in repr(summary)


def test_settings_come_from_the_preferences_and_older_files_still_load(isolated_environment):
    # A preferences file written before the reminders existed.
    (config_dir() / "preferences.json").write_text(
        json.dumps({"recent": [], "language": "fr", "warn_unencrypted_export": False}),
        encoding="utf-8",
    )
    prefs = Preferences.load()
    assert prefs.language == "fr" and prefs.warn_unencrypted_export is False
    assert prefs.reminder_request_days == [7, 2] and prefs.reminder_summary is True
    assert reminders.settings_from(prefs) == ReminderSettings()
    # Saved and read back; a hand-broken field falls back to its default.
    prefs.reminders_off = ["contract_end", "unknown"]
    prefs.reminder_request_days = [10, 3]
    prefs.reminder_summary = False
    prefs.save()
    settings = reminders.settings_from(Preferences.load())
    assert K.CONTRACT_END not in settings.kinds and K.REQUEST in settings.kinds
    assert settings.request_leads == (10, 3) and settings.summary_at_unlock is False
    data = json.loads((config_dir() / "preferences.json").read_text(encoding="utf-8"))
    data["reminder_request_days"] = "7"
    (config_dir() / "preferences.json").write_text(json.dumps(data), encoding="utf-8")
    assert Preferences.load().reminder_request_days == [7, 2]


def test_a_register_long_behind_is_counted_not_read_whole(register, frozen_clock, monkeypatch):
    # 27,000 requests overdue in the benchmark's register: only the latest are read.
    monkeypatch.setattr(reminders, "OVERDUE_READ", 2)
    late = [
        make_request(
            register,
            frozen_clock,
            f"Personne {n}",
            received=date(2026, 2, 10 + n),
            rights=(Right.RECTIFICATION,),
        )
        for n in range(4)
    ]
    due = reminders.due_items(register, ReminderSettings(), clock=frozen_clock)
    assert [item.reference for item in due.items] == [late[2].reference, late[3].reference]
    assert due.more_overdue[K.REQUEST] == 2
    summary = reminders.summary(register, ReminderSettings(), clock=frozen_clock)
    assert summary.of(K.REQUEST).overdue_count == 4 and summary.total == 4
