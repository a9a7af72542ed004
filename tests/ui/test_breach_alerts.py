"""Desktop alerts at 24 hours and at 6 hours left before the notification deadline."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from dpo_desk.domain.breaches import Authority
from dpo_desk.ui.breach_alerts import BreachAlerts
from tests.ui.breaches_fixtures import BOTH, LAW, make_breach, notify


class FakeTray:
    """Records what would appear on the desktop."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def showMessage(self, title, message, icon=None):  # noqa: N802 — Qt's name
        self.messages.append((title, message))


@pytest.fixture
def tray(monkeypatch):
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    return FakeTray()


@pytest.fixture
def alerts(qtbot, frozen_clock, tray):
    watcher = BreachAlerts(clock=frozen_clock, tray=tray)
    yield watcher
    watcher.stop()


def test_alerts_fire_once_at_24_hours_and_once_at_6_hours(
    qtbot, register, frozen_clock, alerts, tray
):
    breach = make_breach(register, frozen_clock, "Fuite du dossier de Yassine", aware_hours_ago=40)
    raised = []
    alerts.alert.connect(lambda reference, hours, message: raised.append((reference, hours)))
    alerts.start(register)  # 32 h left: nothing yet
    assert alerts.running
    assert raised == []

    frozen_clock.advance(timedelta(hours=8))  # 24 h 00 left
    assert alerts.check() == [(breach.reference, 24)]
    frozen_clock.advance(timedelta(hours=1))
    assert alerts.check() == []  # once per threshold
    frozen_clock.advance(timedelta(hours=12, minutes=30))  # 10 h 30 left
    assert alerts.check() == []
    frozen_clock.advance(timedelta(hours=4, minutes=31))  # 5 h 59 left
    assert alerts.check() == [(breach.reference, 6)]
    frozen_clock.advance(timedelta(hours=3))
    assert alerts.check() == []
    assert raised == [(breach.reference, 24), (breach.reference, 6)]

    # On the desktop: the reference and the time left, never the title (it may name
    # a person, and notifications outlive the app's lock).
    assert len(tray.messages) == 2
    title, message = tray.messages[1]
    assert breach.reference in message and "5 h 59" in message
    assert "Yassine" not in title + message


def test_the_timer_checks_every_minute(qtbot, register, frozen_clock, alerts):
    breach = make_breach(register, frozen_clock, "Fuite", aware_hours_ago=47)  # 25 h left
    alerts.start(register)
    assert alerts.timer.interval() == 60_000
    frozen_clock.advance(timedelta(hours=1, minutes=1))
    alerts.timer.setInterval(20)  # the test does not wait a real minute
    with qtbot.waitSignal(alerts.alert, timeout=3000) as blocker:
        pass
    assert blocker.args[:2] == [breach.reference, 24]


def test_starting_inside_6_hours_raises_one_alert_not_two(register, frozen_clock, alerts, tray):
    breach = make_breach(register, frozen_clock, "Tard", aware_hours_ago=68)  # 4 h left
    alerts.start(register)
    assert (breach.reference, 6) in alerts.raised and (breach.reference, 24) in alerts.raised
    assert len(tray.messages) == 1
    assert alerts.check() == []


def test_no_alert_once_notified_or_overdue(register, frozen_clock, alerts, tray):
    notified = make_breach(register, frozen_clock, "Notifiée", aware_hours_ago=50)
    notify(register, frozen_clock, notified)
    make_breach(register, frozen_clock, "Dépassée", aware_hours_ago=80)
    alerts.start(register)
    frozen_clock.advance(timedelta(hours=20))
    assert alerts.check() == []
    assert tray.messages == []


def test_stop_ends_the_checks_and_remembers_only_in_memory(
    register, frozen_clock, alerts, isolated_environment
):
    breach = make_breach(register, frozen_clock, "Fuite", aware_hours_ago=50)  # 22 h left
    alerts.start(register)
    assert alerts.raised == {(breach.reference, 24)}
    alerts.stop()
    assert not alerts.running and alerts.register is None
    frozen_clock.advance(timedelta(hours=20))
    assert alerts.check() == []  # locked: the register is not read
    # Unlocked again: what was raised is not raised twice in the same session.
    alerts.start(register)
    assert alerts.raised == {(breach.reference, 24), (breach.reference, 6)}
    # Nothing about breaches is written to the settings directory.
    assert not any(
        breach.reference in path.read_text(errors="ignore")
        for path in isolated_environment.rglob("*")
        if path.is_file()
    )


def test_without_a_system_tray_the_signal_still_fires(monkeypatch, register, frozen_clock):
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    watcher = BreachAlerts(clock=frozen_clock)
    make_breach(register, frozen_clock, "Fuite", aware_hours_ago=70)
    raised = []
    watcher.alert.connect(lambda *args: raised.append(args))
    watcher.start(register)
    watcher.stop()
    assert len(raised) == 1 and watcher.tray is None


def test_no_check_while_a_maintenance_task_has_the_register(
    qtbot, register, frozen_clock, alerts, monkeypatch
):
    breach = make_breach(register, frozen_clock, "Fuite", aware_hours_ago=49)  # 23 h left
    alerts.register = register
    monkeypatch.setattr("dpo_desk.ui.breach_alerts.is_busy", lambda r: r is register)
    assert alerts.check() == []  # a rekey is under way: the file is left alone
    monkeypatch.setattr("dpo_desk.ui.breach_alerts.is_busy", lambda r: False)
    assert alerts.check() == [(breach.reference, 24)]  # raised once the task is over


def test_alerts_name_each_notice_owed_with_its_own_basis(register, frozen_clock, alerts, tray):
    # GDPR and 09-08, the CNDP notified: the EU authority's notice is still owed.
    both = make_breach(register, frozen_clock, "Deux régimes", aware_hours_ago=50, regimes=BOTH)
    notify(register, frozen_clock, both, authority=Authority.CNDP)
    # Law 09-08 alone: the CNDP's, a policy deadline with no GDPR article.
    law = make_breach(register, frozen_clock, "Politique", aware_hours_ago=50, regimes=LAW)
    alerts.start(register)
    messages = {m.split(" : ")[0].split()[-1]: m for _title, m in tray.messages}
    assert set(messages) == {both.reference, law.reference}
    assert (
        "Autorité de contrôle de l'UE (CNIL ou autre), délai légal (RGPD art. 33)"
        in (messages[both.reference])
    )
    assert "CNDP" not in messages[both.reference]  # notified: not owed any more
    assert "CNDP, délai politique interne" in messages[law.reference]
    assert "RGPD" not in messages[law.reference] and "art. 33" not in messages[law.reference]


def test_the_cndp_policy_notice_still_owed_raises_an_alert(register, frozen_clock, alerts, tray):
    both = make_breach(register, frozen_clock, "Deux régimes", aware_hours_ago=50, regimes=BOTH)
    notify(register, frozen_clock, both, authority=Authority.CNIL)
    alerts.start(register)
    assert alerts.raised == {(both.reference, 24)}
    ((_title, message),) = tray.messages
    assert "CNDP, délai politique interne" in message and "CNIL" not in message
