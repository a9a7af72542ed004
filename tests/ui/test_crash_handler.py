"""An uncaught error in the GUI: a dialog to report it, nothing personal in it, and the
app goes on (ui/crash.py)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton

from dpo_desk.services import logs
from dpo_desk.ui import crash

PERSONAL = "Salma Bennani salma@example.ma"


def _impersonal(text: str) -> bool:
    return not any(word in text for word in ("Salma", "Bennani", "salma@example.ma"))


@pytest.fixture
def handler(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("DPO_DESK_LOG_DIR", str(tmp_path / "logs"))
    path = logs.setup_file_log()
    installed = crash.install(qapp)
    installed.log_path = path
    yield installed
    if installed.dialog is not None:
        installed.dialog.close()
    crash.uninstall()
    logs.close_file_log()


def _dialogs() -> list[crash.CrashDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, crash.CrashDialog) and w.isVisible()
    ]


def _failing_slot() -> None:
    customer = PERSONAL  # noqa: F841 — a local the report must not show
    raise ValueError(PERSONAL)


def test_an_error_in_a_slot_shows_a_dialog_without_personal_data(qtbot, handler):
    button = QPushButton("Enregistrer")
    qtbot.addWidget(button)
    button.clicked.connect(_failing_slot)
    with qtbot.waitSignal(handler.reported):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    dialog = handler.dialog
    assert _dialogs() == [dialog]
    details = dialog.text.toPlainText()
    assert _impersonal(details)
    assert "ValueError" in details and "in _failing_slot" in details
    assert "tests/ui/test_crash_handler.py" in details
    assert "Qt: " in details and "PySide6: " in details and "DPO Desk: " in details
    assert dialog.heading.text() == "Une erreur inattendue s'est produite."

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == details
    assert dialog.copied.text()

    log_text = handler.log_path.read_text(encoding="utf-8")
    assert _impersonal(log_text)
    assert "uncaught error" in log_text and "in _failing_slot" in log_text


def test_the_app_goes_on_after_the_error(qtbot, handler):
    failing = QPushButton("Échoue")
    working = QPushButton("Marche")
    qtbot.addWidget(failing)
    qtbot.addWidget(working)
    failing.clicked.connect(_failing_slot)
    clicks = []
    working.clicked.connect(lambda: clicks.append(True))
    with qtbot.waitSignal(handler.reported):
        qtbot.mouseClick(failing, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: handler.dialog is not None)
    handler.dialog.close()
    qtbot.waitUntil(lambda: handler.dialog is None)
    qtbot.mouseClick(working, Qt.MouseButton.LeftButton)
    assert clicks == [True]


def test_a_second_error_while_the_dialog_is_open_is_only_logged(qtbot, handler):
    button = QPushButton()
    qtbot.addWidget(button)
    button.clicked.connect(_failing_slot)
    with qtbot.waitSignal(handler.reported):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: handler.dialog is not None)
    first = handler.dialog
    with qtbot.waitSignal(handler.reported):
        button.click()
    qtbot.wait(0)  # the queued report reaches _show
    assert handler.dialog is first
    assert _dialogs() == [first]
    assert handler.log_path.read_text(encoding="utf-8").count("uncaught error") == 2
    # closed, the next error opens a dialog again
    first.close()
    qtbot.waitUntil(lambda: handler.dialog is None)
    with qtbot.waitSignal(handler.reported):
        button.click()
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog is not first)


def test_an_error_in_another_thread_reaches_the_dialog(qtbot, handler):
    thread = threading.Thread(target=_failing_slot, name=PERSONAL)
    with qtbot.waitSignal(handler.reported) as reported:
        thread.start()
        thread.join()
    assert _impersonal(reported.args[0])
    assert "in _failing_slot" in reported.args[0]
    qtbot.waitUntil(lambda: handler.dialog is not None)
    assert _impersonal(handler.dialog.details)


def test_uninstall_gives_the_hooks_back(qapp):
    import sys

    before, before_thread = sys.excepthook, threading.excepthook
    handler = crash.install(qapp)
    assert sys.excepthook == handler.excepthook
    assert threading.excepthook == handler.thread_excepthook
    crash.uninstall()
    assert sys.excepthook is before and threading.excepthook is before_thread
