"""GUI fixtures: the app-wide style, a controller that never quits the test run, helpers."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.conftest import TEST_PASSPHRASE


@pytest.fixture(scope="session", autouse=True)
def styled_app(qapp):
    """Tests run under the real stylesheet, so a broken rule or property shows up here.

    Applied once: setting the style, font, palette and stylesheet re-polishes every widget
    still alive, so doing it before each test made each setup slower than the last
    (about 1 s more per test in a file of section tests)."""
    from dpo_desk.ui import style

    style.apply_style(qapp)
    return qapp


def remove_translators(app) -> None:
    """Uninstall the catalogues a test (or the app's start-up it ran) installed."""
    from PySide6.QtCore import QTranslator

    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.setParent(None)


@pytest.fixture
def french_catalogue(qapp):
    """The French catalogue installed as start-up installs it: its plural forms (%n)."""
    from dpo_desk.ui import i18n

    assert i18n.install_translators(qapp, "fr") == "fr"
    yield
    remove_translators(qapp)


@pytest.fixture
def quits():
    """Records the controller's quit requests instead of ending the test's event loop."""
    return []


@pytest.fixture
def controller(qtbot, quits):
    from dpo_desk.security.keystore import Keystore
    from dpo_desk.services.preferences import Preferences
    from dpo_desk.ui.controller import AppController

    ctl = AppController(Preferences.load(), Keystore(), quit_app=lambda: quits.append(True))
    yield ctl
    # Windows hold file locks and open registers: close them before tmp_path goes.
    for window in list(ctl.windows):
        window.close()
    if ctl.active_dialog is not None:
        ctl.active_dialog.reject()
    if ctl.welcome is not None:
        ctl.welcome.close()
    # Its connections to lambdas that hold it keep it alive for Python: delete it in Qt.
    ctl.deleteLater()


@pytest.fixture
def save_path(monkeypatch, tmp_path) -> Path:
    """Where the (patched) save-file chooser says the new register goes."""
    target = tmp_path / "registre.dpodesk"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(target), ""))
    )
    return target


def fill_create_dialog(
    qtbot,
    dialog,
    *,
    name="Najhine SARL",
    passphrase=TEST_PASSPHRASE,
    confirmation=None,
    email="dpo@najhine.ma",
) -> None:
    qtbot.keyClicks(dialog.fields.name, name)
    qtbot.keyClicks(dialog.fields.address, "Casablanca, Maroc")
    qtbot.keyClicks(dialog.fields.dpo_name, "Salma Bennani")
    qtbot.keyClicks(dialog.fields.dpo_email, email)
    qtbot.keyClicks(dialog.fields.dpo_phone, "+212 5 22 00 00 00")
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.keyClicks(dialog.confirmation, passphrase if confirmation is None else confirmation)


def create_through_welcome(qtbot, controller, *, remember=False, wait_backup=True):
    """First run: welcome → Créer un registre → fill → create; returns the main window."""
    welcome = controller.show_welcome()
    qtbot.addWidget(welcome)
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)
    dialog = controller.active_dialog
    assert dialog is not None and dialog.isVisible()
    fill_create_dialog(qtbot, dialog)
    if remember:
        qtbot.mouseClick(dialog.remember, Qt.MouseButton.LeftButton)
        assert dialog.remember.isChecked()
    with qtbot.waitSignal(controller.window_opened) as opened:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    window = opened.args[0]
    qtbot.addWidget(window)
    if wait_backup:
        settle(qtbot, window)
    return window


def settle(qtbot, window) -> None:
    """Wait for the day's automatic backup, which the first unlock starts in a worker:
    until it ends the register is busy and a lock is deferred (a test locking at once)."""
    from dpo_desk.ui.workers import is_busy

    qtbot.waitUntil(lambda: not is_busy(window.register), timeout=20_000)
