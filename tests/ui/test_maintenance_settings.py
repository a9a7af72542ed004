"""Paramètres ▸ Sauvegarde et sécurité: backup now, keep N, restore, verify, rekey."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from dpo_desk.services import maintenance, register_file
from dpo_desk.storage.database import open_register
from dpo_desk.ui.settings.maintenance import MaintenanceCard
from dpo_desk.ui.settings.passphrase_dialogs import RekeyDialog
from dpo_desk.ui.workers import is_busy
from tests.conftest import TEST_PASSPHRASE

NEW_PASSPHRASE = "un cheval bleu mange des olives"


def _card(qtbot, register, frozen_clock) -> MaintenanceCard:
    card = MaintenanceCard(frozen_clock)
    qtbot.addWidget(card)
    card.set_register(register)
    return card


def _save_to(monkeypatch, target: Path, seen: list | None = None) -> None:
    def chooser(parent, caption, directory, *args, **kwargs):
        if seen is not None:
            seen.append(directory)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(chooser))


def test_backup_now_runs_off_the_ui_thread_and_reports_the_checked_copy(
    qtbot, register, frozen_clock, monkeypatch, tmp_path
):
    card = _card(qtbot, register, frozen_clock)
    target = tmp_path / "copie.dpodesk"
    proposed: list = []
    _save_to(monkeypatch, target, proposed)
    card.backup_now()
    assert proposed[0].endswith("registre-2026-03-10.dpodesk")
    assert card.running and not card.backup_button.isEnabled()
    assert is_busy(register)
    # The card reports on ``succeeded``, a moment before the worker thread has ended
    # and the register stops being busy: wait for both, not one then assert the other.
    with qtbot.waitSignal(card.task.ended, timeout=30_000):
        pass
    assert not card.running
    assert card.message.tone == "success", card.message.text()
    assert "copie.dpodesk" in card.message.text()
    assert not is_busy(register)
    copy = open_register(target, TEST_PASSPHRASE)
    copy.close()


def test_backup_refuses_to_replace_an_existing_file(
    qtbot, register, frozen_clock, monkeypatch, tmp_path
):
    card = _card(qtbot, register, frozen_clock)
    target = tmp_path / "existe.dpodesk"
    target.write_bytes(b"precious")
    _save_to(monkeypatch, target)
    card.backup_now()
    qtbot.waitUntil(lambda: not card.running, timeout=30_000)
    assert card.message.tone == "error" and "existe déjà" in card.message.text()
    assert target.read_bytes() == b"precious"


def test_keep_is_saved_and_zero_turns_automatic_backups_off(qtbot, register, frozen_clock):
    card = _card(qtbot, register, frozen_clock)
    assert card.keep.value() == maintenance.DEFAULT_BACKUP_KEEP
    card.keep.setValue(0)
    card.keep_button.click()
    assert maintenance.backup_keep(register) == 0
    assert card.message.tone == "warning"


def test_restore_makes_a_new_file_and_offers_to_open_it(
    qtbot, register, frozen_clock, monkeypatch, tmp_path
):
    maintenance.daily_backup_if_due(register, frozen_clock)
    card = _card(qtbot, register, frozen_clock)
    assert card.backups.count() == 1 and card.backups.item(0).data(card_role())
    card.backups.setCurrentRow(0)
    assert card.restore_button.isEnabled()
    target = tmp_path / "restaure.dpodesk"
    _save_to(monkeypatch, target)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    with qtbot.waitSignal(card.open_path_requested, timeout=30_000) as opened:
        card.restore()
    assert opened.args[0] == target and target.exists()
    restored = open_register(target, TEST_PASSPHRASE)
    restored.close()


def card_role():
    from dpo_desk.ui.settings.maintenance import PATH_ROLE

    return PATH_ROLE


def test_verify_reports_a_sound_register(qtbot, register, frozen_clock):
    card = _card(qtbot, register, frozen_clock)
    card.verify()
    qtbot.waitUntil(lambda: not card.running, timeout=30_000)
    assert card.message.tone == "success"


def test_rekey_needs_the_current_passphrase(qtbot, register, frozen_clock):
    dialog = RekeyDialog(register, clock=frozen_clock)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.current, "pas la bonne phrase du tout")
    qtbot.keyClicks(dialog.new, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.confirmation, NEW_PASSPHRASE)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert dialog.report is None
    assert "actuelle est incorrecte" in dialog.message.text()
    assert register_file.verify_register(register) is None  # untouched, old key still works


def test_rekey_changes_the_key_and_updates_the_remembered_one(
    qtbot, register, frozen_clock, memory_keyring
):
    from dpo_desk.security.keystore import Keystore

    Keystore().set(register.register_uuid, TEST_PASSPHRASE)
    dialog = RekeyDialog(register, clock=frozen_clock)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.current, TEST_PASSPHRASE)
    qtbot.keyClicks(dialog.new, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.confirmation, NEW_PASSPHRASE)
    assert "Robustesse" in dialog.strength_label.text()
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        dialog.submit()
    assert dialog.report is not None and dialog.report.keyring_updated
    assert Keystore().get(register.register_uuid) == NEW_PASSPHRASE
    assert dialog.current.text() == "" and dialog.new.text() == ""
    reopened = open_register(register.path, NEW_PASSPHRASE)
    reopened.close()


def test_rekey_on_a_full_disk_says_so_and_keeps_the_old_passphrase(
    qtbot, register, frozen_clock, monkeypatch
):
    """Issue 21: a full disk during the change is named as such (not "inattendue"), and
    the register, untouched, still opens with the old passphrase."""
    import errno

    from dpo_desk.storage import maintenance as storage_maintenance

    def full(step):
        if step == "exported":
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage_maintenance, "step_hook", full)
    dialog = RekeyDialog(register, clock=frozen_clock)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.current, TEST_PASSPHRASE)
    qtbot.keyClicks(dialog.new, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.confirmation, NEW_PASSPHRASE)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert dialog.report is None
    text = dialog.message.text()
    assert text.startswith("Espace disque insuffisant"), text
    assert "l'ancienne phrase secrète ouvre toujours le registre" in text
    assert dialog.change_button.isEnabled()  # the user can make room and try again
    assert register_file.verify_register(register) is None  # the open register still works
    reopened = open_register(register.path, TEST_PASSPHRASE)
    reopened.close()
