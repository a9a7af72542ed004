"""The unlock dialog: typed errors in place, the remembered passphrase, the keyring choice."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt

from dpo_desk.security.keystore import SERVICE, Keystore
from dpo_desk.services import register_file, startup
from dpo_desk.services.preferences import Preferences
from dpo_desk.ui.create_dialog import CreateRegisterDialog
from dpo_desk.ui.session import FileClaim
from dpo_desk.ui.unlock_dialog import UnlockDialog
from tests.conftest import TEST_PASSPHRASE
from tests.ui.conftest import create_through_welcome


def _dialog(qtbot, path):
    dialog = UnlockDialog(FileClaim(path), Preferences.load(), Keystore())
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_plain_sqlite_file_is_refused_in_place(qtbot, tmp_path):
    path = tmp_path / "notes.dpodesk"
    path.write_bytes(b"SQLite format 3\x00" + bytes(4080))
    dialog = _dialog(qtbot, path)
    form = dialog.form
    assert form.message.isVisible() and form.message.tone == "error"
    assert form.message.text() == (
        "notes.dpodesk n'est pas un registre DPO Desk : c'est une base SQLite non chiffrée."
    )
    # Typing cannot help: the form is disabled, the dialog stays for the user to read.
    assert not form.passphrase.isEnabled() and not form.unlock_button.isEnabled()
    assert dialog.isVisible()
    dialog.reject()
    assert not FileClaim(path).lock_path.exists()


def test_missing_file_is_named(qtbot, tmp_path):
    dialog = _dialog(qtbot, tmp_path / "disparu.dpodesk")
    assert dialog.form.message.text() == "Le fichier disparu.dpodesk n'existe pas."


def test_random_bytes_fail_like_a_wrong_passphrase_and_the_dialog_stays(qtbot, tmp_path):
    path = tmp_path / "bruit.dpodesk"
    path.write_bytes(os.urandom(4096))
    dialog = _dialog(qtbot, path)
    form = dialog.form
    assert not form.message.isVisible() and form.passphrase.isEnabled()
    qtbot.keyClicks(form.passphrase, TEST_PASSPHRASE)
    qtbot.mouseClick(form.unlock_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result_opened is None
    assert "Phrase secrète incorrecte pour bruit.dpodesk" in form.message.text()
    assert form.passphrase.property("invalid") is True
    assert form.passphrase.selectedText() == TEST_PASSPHRASE


def test_empty_passphrase_is_asked_for(qtbot, register):
    register.close()
    dialog = _dialog(qtbot, register.path)
    qtbot.mouseClick(dialog.form.unlock_button, Qt.MouseButton.LeftButton)
    assert dialog.form.message.text() == "Saisissez la phrase secrète du registre."
    assert dialog.isVisible()


def test_right_passphrase_opens_and_hands_the_lock_over(qtbot, register):
    register.close()
    dialog = _dialog(qtbot, register.path)
    qtbot.keyClicks(dialog.form.passphrase, TEST_PASSPHRASE)
    with qtbot.waitSignal(dialog.opened) as signal:
        qtbot.keyClick(dialog.form.passphrase, Qt.Key.Key_Return)
    opened = signal.args[0]
    try:
        assert opened.register.is_open
        assert opened.register.register_uuid == register.register_uuid
        assert opened.claim.held  # the lock goes with the register to its window
        assert not dialog.isVisible()
        assert Preferences.load().uuid_for(register.path) == register.register_uuid
    finally:
        opened.register.close()
        opened.claim.release()


def test_remember_stores_in_the_keyring_and_reopens_silently(
    qtbot, controller, save_path, memory_keyring
):
    window = create_through_welcome(qtbot, controller, remember=True)
    uuid = window.register.register_uuid
    assert memory_keyring.secrets == {(SERVICE, uuid): TEST_PASSPHRASE}
    assert Preferences.load().remember_passphrase == {uuid: True}
    window.close()

    # Next start: the remembered passphrase opens the file without a dialog.
    with qtbot.waitSignal(controller.window_opened) as signal:
        controller.start(None)
    assert controller.active_dialog is None
    reopened = signal.args[0]
    qtbot.addWidget(reopened)
    assert reopened.register.register_uuid == uuid


def test_a_start_with_the_key_derived_ahead_opens_the_last_file_with_it(
    qtbot, controller, save_path, memory_keyring, monkeypatch
):
    window = create_through_welcome(qtbot, controller, remember=True)
    window.close()
    keyed: list = []
    real_open = register_file.open_register

    def spy(path, passphrase, **options):
        keyed.append(options.get("keyed"))
        return real_open(path, passphrase, **options)

    monkeypatch.setattr(register_file, "open_register", spy)
    # As app.start does before importing Qt's windows: the last file's key, in a thread.
    prefs = controller.prefs
    ahead = startup.unlock_ahead(startup.file_to_reopen(prefs, []), prefs, controller.keystore)
    assert ahead is not None
    with qtbot.waitSignal(controller.window_opened) as signal:
        controller.start(None, ahead)
    qtbot.addWidget(signal.args[0])
    assert controller.active_dialog is None
    assert len(keyed) == 1 and keyed[0] is not None  # the connection keyed ahead, no new KDF


def test_stale_remembered_passphrase_falls_back_to_the_dialog(
    qtbot, controller, register, memory_keyring
):
    prefs = controller.prefs
    prefs.touch(register.path, register.register_uuid)
    prefs.remember_passphrase[register.register_uuid] = True
    memory_keyring.secrets[(SERVICE, register.register_uuid)] = "an old passphrase, no more"
    register.close()
    controller.open_path(register.path)
    dialog = controller.active_dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.addWidget(dialog)
    assert dialog.form.message.tone == "info"
    assert "mémorisée" in dialog.form.message.text()
    assert dialog.form.remember.isChecked()  # the earlier choice is shown
    # Unticking and unlocking forgets the stale secret.
    dialog.form.remember.setChecked(False)
    qtbot.keyClicks(dialog.form.passphrase, TEST_PASSPHRASE)
    with qtbot.waitSignal(controller.window_opened) as signal:
        qtbot.mouseClick(dialog.form.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.addWidget(signal.args[0])
    assert memory_keyring.secrets == {}
    assert prefs.remember_passphrase[register.register_uuid] is False


def test_remember_is_disabled_without_a_keyring(qtbot, controller, register, fail_keyring):
    register.close()
    controller.new_register()
    create = controller.active_dialog
    assert isinstance(create, CreateRegisterDialog)
    qtbot.addWidget(create)
    assert not create.remember.isEnabled() and not create.remember.isChecked()
    assert "Aucun trousseau" in create.remember.toolTip()
    create.reject()

    controller.open_path(register.path)
    dialog = controller.active_dialog
    qtbot.addWidget(dialog)
    assert not dialog.form.remember.isEnabled()
    assert "Aucun trousseau" in dialog.form.remember.toolTip()
    qtbot.keyClicks(dialog.form.passphrase, TEST_PASSPHRASE)
    with qtbot.waitSignal(controller.window_opened) as signal:
        qtbot.mouseClick(dialog.form.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.addWidget(signal.args[0])
    assert Preferences.load().remember_passphrase == {register.register_uuid: False}
