"""Fichier ▸ « Exporter le calendrier des échéances… »: the warning first, the save dialog,
the .ics written owner-only, never over a file no one confirmed."""

from __future__ import annotations

import stat
from datetime import date

import pytest
from icalendar import Calendar
from PySide6.QtWidgets import QFileDialog, QMessageBox

from dpo_desk.domain.requests.model import RequestIntake
from dpo_desk.domain.requests.workflow import Channel, Regime, Right
from dpo_desk.services import requests
from dpo_desk.ui.calendar_export import CalendarWarning, export_calendar
from tests.ui.conftest import create_through_welcome

NAME = "Zénobie Quillard-Ouazzani"


@pytest.fixture
def case(register, frozen_clock):
    return requests.create_request(
        register,
        RequestIntake(
            regimes=frozenset({Regime.GDPR}),
            rights=frozenset({Right.ACCESS}),
            received_on=date(2026, 3, 2),
            requester_name=NAME,
            channel=Channel.POST,
            requester_email="zenobie@exemple.ma",
        ),
        clock=frozen_clock,
    )


@pytest.fixture
def shown(monkeypatch):
    """The boxes shown: the warning (accepted unless told otherwise) and any error."""
    seen = {"warning": 0, "errors": [], "answer": QMessageBox.StandardButton.Ok}

    def warn(box):
        seen["warning"] += 1
        assert "ne sera pas chiffré" in box.text()
        return seen["answer"]

    monkeypatch.setattr(CalendarWarning, "exec", warn)
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: seen["errors"].append(text))
    )
    return seen


def run(qtbot, *args, **kwargs):
    """export_calendar, waited for: the path written (None if the user stopped or the
    write failed)."""
    written = []
    task = export_calendar(*args, on_saved=written.append, **kwargs)
    if task is None:
        return None
    with qtbot.waitSignal(task.ended, timeout=20_000):
        pass
    return written[0] if written else None


def choose(monkeypatch, path):
    asked = []

    def dialog(*args, **kwargs):
        asked.append(args)
        return (str(path), "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    return asked


def test_the_calendar_is_written_after_the_warning(
    qtbot, register, case, frozen_clock, shown, monkeypatch, tmp_path
):
    target = tmp_path / "echeances.ics"
    asked = choose(monkeypatch, target)
    assert run(qtbot, None, register, clock=frozen_clock) == target
    assert shown["warning"] == 1 and len(asked) == 1
    assert asked[0][2].endswith("echeances-2026-03-10.ics")  # the organisation's today
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    data = target.read_bytes()
    assert NAME.encode() not in data and b"zenobie" not in data
    (event,) = Calendar.from_ical(data).walk("VEVENT")
    assert str(event["SUMMARY"]) == f"{case.reference} — échéance (droit d'accès)"
    assert event.decoded("DTSTART") == case.due_on


def test_cancelling_the_warning_asks_for_no_file(
    qtbot, register, frozen_clock, shown, monkeypatch, tmp_path
):
    shown["answer"] = QMessageBox.StandardButton.Cancel
    asked = choose(monkeypatch, tmp_path / "e.ics")
    assert run(qtbot, None, register, clock=frozen_clock) is None
    assert asked == [] and not (tmp_path / "e.ics").exists()


def test_a_name_typed_without_ics_gets_it_and_never_replaces_a_file(
    qtbot, register, frozen_clock, shown, monkeypatch, tmp_path
):
    choose(monkeypatch, tmp_path / "agenda")
    assert run(qtbot, None, register, clock=frozen_clock) == tmp_path / "agenda.ics"
    assert (tmp_path / "agenda.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    # The dialog confirmed "agenda", not "agenda.ics": that file is kept, and the user told.
    (tmp_path / "agenda.ics").write_bytes(b"mine")
    assert run(qtbot, None, register, clock=frozen_clock) is None
    assert (tmp_path / "agenda.ics").read_bytes() == b"mine"
    assert len(shown["errors"]) == 1 and "existe déjà" in shown["errors"][0]


def test_a_file_the_dialog_confirmed_is_replaced(
    qtbot, register, frozen_clock, shown, monkeypatch, tmp_path
):
    target = tmp_path / "echeances.ics"
    target.write_bytes(b"old")
    choose(monkeypatch, target)
    assert run(qtbot, None, register, clock=frozen_clock) == target
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_the_file_menu_exports_the_calendar(qtbot, controller, save_path, shown, monkeypatch):
    window = create_through_welcome(qtbot, controller)
    actions = window.menuBar().actions()[0].menu().actions()
    index = actions.index(window.export_all_action)
    assert actions[index + 1] is window.calendar_action
    assert window.calendar_action.text() == "Exporter le &calendrier des échéances…"
    target = save_path.with_name("echeances.ics")
    choose(monkeypatch, target)
    window.calendar_action.trigger()
    with qtbot.waitSignal(window.calendar_task.ended, timeout=20_000):
        pass
    assert Calendar.from_ical(target.read_bytes())["METHOD"] == "PUBLISH"
    assert shown["warning"] == 1
    assert window.statusBar().currentMessage() == "Calendrier enregistré : echeances.ics"


def test_a_locked_window_exports_nothing(qtbot, shown):
    assert run(qtbot, None, None) is None
    assert shown["warning"] == 0
