"""The Excel export from the GUI: off the UI thread, progress, Cancel, the once-only warning."""

from __future__ import annotations

import os
import tempfile
import threading

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from dpo_desk.services import journal
from dpo_desk.services.preferences import Preferences
from dpo_desk.storage.audit import JournalFilter
from dpo_desk.ui.exchange import export_dialog
from dpo_desk.ui.exchange.export_dialog import ExportDialog, UnencryptedWarning, confirm_unencrypted
from tests.conftest import filled_register_bytes, open_copy


@pytest.fixture(scope="module")
def filled_bytes(tmp_path_factory, register_template) -> bytes:
    return filled_register_bytes(tmp_path_factory.mktemp("filled"), register_template, 1200, 7)


@pytest.fixture
def filled(filled_bytes, register_path):
    """A register of 1,200 requests: a copy of one built once for the module."""
    register = open_copy(filled_bytes, register_path)
    yield register
    register.close()


def _dialog(qtbot, register, path, which="requests", **kwargs):
    dialog = ExportDialog(register, which, path, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def test_progress_runs_to_the_end(qtbot, filled, frozen_clock, tmp_path):
    out = tmp_path / "demandes.xlsx"
    dialog = _dialog(qtbot, filled, out, clock=frozen_clock)
    seen = []
    dialog.worker.progressed.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(dialog.finished_export, timeout=60_000) as blocker:
        dialog.start()
    result = blocker.args[0]
    assert result.rows == {"requests": 1200}
    qtbot.waitUntil(lambda: not dialog.running)
    assert dialog.outcome == "done"
    assert dialog.progress.value() == dialog.progress.maximum()
    assert seen[-1] == (1200, 1200)
    assert not dialog.close_button.isHidden() and dialog.cancel_button.isHidden()
    assert "demandes.xlsx" in dialog.message.text()
    assert openpyxl.load_workbook(out)["Demandes"].max_row == 1201


def test_cancel_button_stops_and_leaves_nothing(qtbot, filled, frozen_clock, tmp_path, monkeypatch):
    folder = tmp_path / "exports"
    folder.mkdir()
    # The temporary folder of this test alone: the system's is shared with the other
    # test workers, whose files would come and go during the export.
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    before_tmp = set(os.listdir(tempfile.gettempdir()))
    dialog = _dialog(qtbot, filled, folder / "demandes.xlsx", clock=frozen_clock)
    gate = threading.Event()
    calls = []

    def hold(done, total):  # runs in the worker: keep it mid-export until Cancel is pressed
        calls.append(done)
        if len(calls) == 2:
            gate.wait(10)

    dialog.worker.progressed.connect(hold, Qt.ConnectionType.DirectConnection)
    dialog.start()
    qtbot.waitUntil(lambda: len(calls) >= 2 and dialog.progress.maximum() == 1200)
    assert dialog.close_button.isHidden()  # only Cancel while it runs
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.cancel_button.isEnabled()
    with qtbot.waitSignal(dialog.worker.cancelled, timeout=30_000):
        gate.set()
    qtbot.waitUntil(lambda: not dialog.running)
    assert dialog.outcome == "cancelled"
    assert os.listdir(folder) == []
    assert set(os.listdir(tempfile.gettempdir())) - before_tmp == set()
    assert journal.count(filled, JournalFilter(action="export")) == 0


def test_closing_while_running_cancels_instead(qtbot, filled, frozen_clock, tmp_path):
    dialog = _dialog(qtbot, filled, tmp_path / "d.xlsx", clock=frozen_clock)
    gate = threading.Event()
    dialog.worker.progressed.connect(
        lambda done, total: gate.wait(10), Qt.ConnectionType.DirectConnection
    )
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.running)
    dialog.reject()  # Escape
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.worker.cancelled, timeout=30_000):
        gate.set()
    qtbot.waitUntil(lambda: not dialog.running)
    assert not (tmp_path / "d.xlsx").exists()


def test_failure_is_said_in_words(qtbot, register, frozen_clock, tmp_path):
    dialog = _dialog(qtbot, register, tmp_path / "missing" / "d.xlsx", clock=frozen_clock)
    with qtbot.waitSignal(dialog.worker.failed, timeout=30_000):
        dialog.start()
    qtbot.waitUntil(lambda: not dialog.running)
    assert dialog.outcome == "failed"
    assert "n'existe pas" in dialog.message.text()


def test_journal_export_uses_the_filter(qtbot, register, frozen_clock, tmp_path):
    out = tmp_path / "journal.xlsx"
    dialog = _dialog(
        qtbot,
        register,
        out,
        which="journal",
        clock=frozen_clock,
        journal_filter=JournalFilter(action="create"),
    )
    with qtbot.waitSignal(dialog.finished_export, timeout=30_000):
        dialog.start()
    qtbot.waitUntil(lambda: not dialog.running)
    ws = openpyxl.load_workbook(out)["Journal"]
    assert [ws.cell(row=r, column=4).value for r in range(2, ws.max_row + 1)] == ["Création"]


# ----------------------------------------------------------------------------- warning


def test_warning_shown_until_the_user_says_no_more(qtbot, monkeypatch):
    shown = []

    def accept_and_tick(box):
        shown.append(box)
        box.do_not_show.setChecked(True)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(UnencryptedWarning, "exec", accept_and_tick)
    assert Preferences.load().warn_unencrypted_export is True
    assert confirm_unencrypted(None) is True
    assert len(shown) == 1
    assert Preferences.load().warn_unencrypted_export is False  # remembered on disk

    def must_not_show(box):
        raise AssertionError("the warning was shown again")

    monkeypatch.setattr(UnencryptedWarning, "exec", must_not_show)
    assert confirm_unencrypted(None) is True


def test_warning_cancel_stops_and_remembers_nothing(qtbot, monkeypatch):
    def tick_then_cancel(box):
        box.do_not_show.setChecked(True)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(UnencryptedWarning, "exec", tick_then_cancel)
    assert confirm_unencrypted(None) is False
    assert Preferences.load().warn_unencrypted_export is True


def test_warning_shown_without_tick_comes_back(qtbot, monkeypatch):
    count = []
    monkeypatch.setattr(
        UnencryptedWarning,
        "exec",
        lambda box: count.append(1) or QMessageBox.StandardButton.Ok,
    )
    confirm_unencrypted(None)
    confirm_unencrypted(None)
    assert len(count) == 2


# ----------------------------------------------------------------------------- buttons


def test_section_buttons_and_the_whole_flow(qtbot, register, frozen_clock, tmp_path, monkeypatch):
    from dpo_desk.ui.sections.breaches import BreachesSection
    from dpo_desk.ui.sections.requests import RequestsSection

    requests_section = RequestsSection(clock=frozen_clock)
    qtbot.addWidget(requests_section)
    requests_section.set_register(register)
    names = {b.objectName() for b in requests_section.findChildren(QPushButton)}
    assert {"ExcelExportButton", "ExcelImportButton"} <= names
    breaches_section = BreachesSection(clock=frozen_clock)
    qtbot.addWidget(breaches_section)
    names = {b.objectName() for b in breaches_section.findChildren(QPushButton)}
    assert "ExcelExportButton" in names and "ExcelImportButton" not in names

    prefs = Preferences()
    prefs.warn_unencrypted_export = False
    prefs.save()
    out = tmp_path / "depuis-le-bouton.xlsx"
    # run_export imports the dialog's module on use: patch the function there.
    monkeypatch.setattr(export_dialog, "ask_export_path", lambda *args: out)
    monkeypatch.setattr(
        ExportDialog, "exec", lambda dialog: qtbot.waitUntil(lambda: dialog.outcome != "")
    )
    messages = []
    requests_section.status_message.connect(messages.append)
    button = requests_section.findChild(QPushButton, "ExcelExportButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: out.exists())
    qtbot.waitUntil(lambda: bool(messages))
    assert "depuis-le-bouton.xlsx" in messages[-1]
    requests_section.clear()
