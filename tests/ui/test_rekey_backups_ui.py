"""Issue 21, items 2 and 8 in Paramètres: the passphrase change re-encrypts the kept
backups (a checkbox, checked by default, and a progress display), rates the new
passphrase with zxcvbn's feedback in French; a backup under an earlier passphrase is
restored after asking for it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from dpo_desk.services import maintenance
from dpo_desk.storage.database import open_register
from dpo_desk.storage.errors import WrongPassphrase
from dpo_desk.ui.settings.maintenance import MaintenanceCard
from dpo_desk.ui.settings.passphrase_dialogs import RekeyDialog
from tests.conftest import TEST_PASSPHRASE

NEW = "un cheval bleu mange des olives"


def _daily(register, clock, days):
    for day in range(10, 10 + days):
        clock.instant = datetime(2026, 3, day, 8, tzinfo=UTC)
        maintenance.daily_backup_if_due(register, clock)
    return maintenance.available_backups(register.path)


def _opens(path, passphrase) -> bool:
    try:
        open_register(path, passphrase).close()
    except WrongPassphrase:
        return False
    return True


def test_the_dialog_offers_to_reencrypt_the_kept_backups_and_shows_progress(
    qtbot, register, frozen_clock
):
    backups = _daily(register, frozen_clock, 2)
    dialog = RekeyDialog(register, clock=frozen_clock)
    qtbot.addWidget(dialog)
    assert not dialog.reencrypt.isHidden() and dialog.reencrypt.isChecked()
    # French plural forms come from the French catalogue; the source says "(s)"
    assert dialog.reencrypt.text().startswith("Rechiffrer aussi les 2 sauvegarde")
    seen = []
    dialog.relay.moved.connect(lambda done, total: seen.append((done, total)))
    qtbot.keyClicks(dialog.current, TEST_PASSPHRASE)
    qtbot.keyClicks(dialog.new, NEW)
    qtbot.keyClicks(dialog.confirmation, NEW)
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        dialog.submit()
    assert seen == [(0, 2), (1, 2), (2, 2)]
    assert dialog.report.backups is not None and len(dialog.report.backups.reencrypted) == 2
    assert all(_opens(path, NEW) and not _opens(path, TEST_PASSPHRASE) for path in backups)
    card = MaintenanceCard(frozen_clock)
    qtbot.addWidget(card)
    card.set_register(register)
    card.show_rekey_report(dialog.report)
    assert "2 sauvegarde" in card.message.text() and card.message.tone == "success"


def test_unchecked_the_backups_keep_the_old_passphrase(qtbot, register, frozen_clock):
    (backup,) = _daily(register, frozen_clock, 1)
    dialog = RekeyDialog(register, clock=frozen_clock)
    qtbot.addWidget(dialog)
    assert "1 sauvegarde" in dialog.reencrypt.text()
    dialog.reencrypt.setChecked(False)
    qtbot.keyClicks(dialog.current, TEST_PASSPHRASE)
    qtbot.keyClicks(dialog.new, NEW)
    qtbot.keyClicks(dialog.confirmation, NEW)
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        dialog.submit()
    assert dialog.report.backups is None
    assert _opens(backup, TEST_PASSPHRASE)


def test_no_backup_no_checkbox(qtbot, register, frozen_clock):
    dialog = RekeyDialog(register, clock=frozen_clock)
    qtbot.addWidget(dialog)
    assert dialog.reencrypt.isHidden()


def test_a_weak_new_passphrase_gets_french_feedback_and_is_refused(qtbot, register, frozen_clock):
    dialog = RekeyDialog(register, clock=frozen_clock)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.current, TEST_PASSPHRASE)
    qtbot.keyClicks(dialog.new, "password1234")
    assert dialog.strength_label.text() == "Robustesse : Faible"
    assert dialog.hint_label.text().startswith("C'est un mot de passe très courant.")
    qtbot.keyClicks(dialog.confirmation, "password1234")
    dialog.submit()
    assert not dialog.running and dialog.report is None
    assert "trop facile à deviner" in dialog.message.text()
    assert _opens(register.path, TEST_PASSPHRASE)


def test_a_restore_under_an_earlier_passphrase_asks_for_it(
    qtbot, register, frozen_clock, monkeypatch, tmp_path
):
    _daily(register, frozen_clock, 1)
    maintenance.change_passphrase(
        register, NEW, current_passphrase=TEST_PASSPHRASE, reencrypt_backups=False
    )
    card = MaintenanceCard(frozen_clock)
    qtbot.addWidget(card)
    card.set_register(register)
    card.backups.setCurrentRow(0)
    target = tmp_path / "restaure.dpodesk"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )
    card.restore()
    qtbot.waitUntil(lambda: getattr(card, "earlier_dialog", None) is not None, timeout=30_000)
    asked = card.earlier_dialog
    assert asked.isVisible()
    assert "peut-être chiffrée avec une phrase secrète antérieure" in asked.explanation.text()
    assert not target.exists()
    # A wrong earlier passphrase: asked again, saying so.
    qtbot.keyClicks(asked.passphrase, "pas celle-la non plus")
    asked.restore_button.click()
    qtbot.waitUntil(lambda: card.earlier_dialog is not asked, timeout=30_000)
    again = card.earlier_dialog
    assert "n'ouvre pas non plus" in again.message.text()
    qtbot.keyClicks(again.passphrase, TEST_PASSPHRASE)
    again.restore_button.click()
    qtbot.waitUntil(lambda: target.exists() and not card.running, timeout=30_000)
    assert card.message.tone == "success"
    assert _opens(Path(target), NEW)  # the restored register takes the passphrase in use
