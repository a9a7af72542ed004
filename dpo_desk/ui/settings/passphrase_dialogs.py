"""The passphrase dialogs of Paramètres ▸ Sauvegarde et sécurité: the change of
passphrase (GDPR Art. 32; Law 09-08 art. 23), and the earlier passphrase a backup made
before such a change may need.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QCheckBox, QWidget

from dpo_desk.domain.clock import Clock, SystemClock
from dpo_desk.domain.errors import UserError
from dpo_desk.security.keystore import Keystore
from dpo_desk.security.passphrase import (
    MINIMUM_LENGTH,
    MINIMUM_SCORE,
    GuessablePassphrase,
    estimate_strength,
)
from dpo_desk.services import maintenance, register_file
from dpo_desk.services.read_model import Register
from dpo_desk.ui.i18n import error_text
from dpo_desk.ui.organisation_form import form_layout
from dpo_desk.ui.widgets import (
    FormDialog,
    PassphraseEdit,
    StrengthMeter,
    busy_bar,
    label,
    mark_invalid,
)
from dpo_desk.ui.workers import run_task


def daily_folder(register_path: Path) -> Path:
    # Mirrors storage.maintenance.daily_folder, for display only.
    return register_path.parent / f"{register_path.stem}-sauvegardes"


class _ProgressRelay(QObject):
    """Carries ``progress(done, total)`` from the worker thread to the dialog (queued)."""

    moved = Signal(int, int)


class EarlierPassphraseDialog(FormDialog):
    """Asked when the passphrase in use does not open a backup: it may date from before
    a passphrase change. The restored register still takes the passphrase in use."""

    def __init__(self, file_name: str, *, again: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Phrase secrète de la sauvegarde"))
        self.add_heading(self.tr("Phrase secrète de la sauvegarde"))
        self.explanation = label(
            self.tr(
                "Cette sauvegarde est peut-être chiffrée avec une phrase secrète antérieure "
                "(elle a été faite avant un changement de phrase secrète). Saisissez la "
                "phrase secrète qui était en usage quand {file} a été faite ; le registre "
                "restauré prendra la phrase secrète actuelle."
            ).format(file=file_name),
            "secondary",
            wrap=True,
        )
        self.outer.addWidget(self.explanation)
        self.add_message()
        if again:
            self.message.show_message(
                self.tr("Cette phrase secrète n'ouvre pas non plus la sauvegarde."), "error"
            )
        self.passphrase = PassphraseEdit()
        self.passphrase.setPlaceholderText(self.tr("Phrase secrète antérieure"))
        self.passphrase.setAccessibleName(self.tr("Phrase secrète antérieure"))
        self.outer.addWidget(self.passphrase)
        self.cancel_button, self.restore_button = self.add_actions(
            self.tr("Annuler"), self.tr("Restaurer"), self._submit
        )
        self.passphrase.setFocus()

    def _submit(self) -> None:
        if not self.passphrase.text():
            mark_invalid(self.passphrase, True)
            self.passphrase.setFocus()
            return
        self.accept()


class RekeyDialog(FormDialog):
    """The current passphrase, the new one twice, with the strength shown at creation,
    and whether the kept automatic backups follow the new passphrase (they do by
    default: a leaked earlier passphrase must open none of them)."""

    def __init__(
        self,
        register: Register,
        *,
        clock: Clock | None = None,
        keystore: Keystore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, width=520)
        self.register = register
        self.clock = clock or SystemClock()
        self.keystore = keystore
        self.report: maintenance.RekeyReport | None = None
        try:
            self.personal_words = register_file.organisation_words(
                register_file.load_organisation(register)
            )
        except UserError:
            self.personal_words = []
        self.backup_count = len(maintenance.available_backups(register.path))
        self.setWindowTitle(self.tr("Changer la phrase secrète"))
        self.add_heading(
            self.tr("Changer la phrase secrète"),
            self.tr(
                "Tout le fichier est rechiffré avec la nouvelle phrase, puis vérifié. "
                "Les sauvegardes faites ailleurs (Sauvegarder maintenant…) gardent "
                "l'ancienne : conservez-la avec elles."
            ),
        )
        self.current = PassphraseEdit()
        self.new = PassphraseEdit()
        self.new.setPlaceholderText(
            self.tr("Au moins {minimum} caractères").format(minimum=MINIMUM_LENGTH)
        )
        self.confirmation = PassphraseEdit()
        self.confirmation.setPlaceholderText(self.tr("La même, une seconde fois"))
        self.match_label = label("", "field-error", wrap=True)
        form = form_layout()
        form.addRow(self.tr("Phrase actuelle"), self.current)
        form.addRow(self.tr("Nouvelle phrase"), self.new)
        form.addRow(self.tr("Confirmation"), self.confirmation)
        form.addRow("", self.match_label)
        self.outer.addLayout(form)
        self.meter = StrengthMeter()
        self.strength_label = label("", "secondary")
        self.hint_label = label("", "muted", wrap=True)
        self.hint_label.setMinimumHeight(self.fontMetrics().lineSpacing() * 2)
        self.outer.addWidget(self.meter)
        self.outer.addWidget(self.strength_label)
        self.outer.addWidget(self.hint_label)
        self.reencrypt = QCheckBox(
            self.tr("Rechiffrer aussi les %n sauvegarde(s) conservée(s)", None, self.backup_count)
        )
        self.reencrypt.setToolTip(
            self.tr(
                "Les sauvegardes automatiques du dossier {folder} seront chiffrées avec la "
                "nouvelle phrase : l'ancienne n'ouvrira plus aucune d'elles."
            ).format(folder=daily_folder(register.path).name)
        )
        self.reencrypt.setChecked(True)
        self.reencrypt.setVisible(self.backup_count > 0)
        self.outer.addWidget(self.reencrypt)
        self.progress = busy_bar()
        self.outer.addWidget(self.progress)
        self.relay = _ProgressRelay(self)
        self.relay.moved.connect(self._progressed)
        self.add_message()
        self.cancel_button, self.change_button = self.add_actions(
            self.tr("Annuler"), self.tr("Changer la phrase secrète"), self.submit
        )
        self.new.textChanged.connect(self._feedback)
        self.confirmation.textChanged.connect(self._feedback)
        self._feedback()
        self.current.setFocus()

    def _feedback(self) -> None:
        first, second = self.new.text(), self.confirmation.text()
        strength = estimate_strength(first, self.personal_words)
        self.meter.set_score(strength.score if first else 0)
        name = QCoreApplication.translate("Passphrase", strength.label)
        if not first:
            text = self.tr("Minimum {minimum} caractères.").format(minimum=MINIMUM_LENGTH)
        elif len(first) < MINIMUM_LENGTH:
            text = self.tr("{label} : {count} caractères sur {minimum} au minimum.").format(
                label=name, count=len(first), minimum=MINIMUM_LENGTH
            )
        else:
            text = self.tr("Robustesse : {label}").format(label=name)
        self.strength_label.setText(text)
        # zxcvbn's feedback, in French source strings (context PassphraseFeedback).
        self.hint_label.setText(strength.feedback_text(QCoreApplication.translate) if first else "")
        mismatch = bool(second) and first != second
        self.match_label.setText(self.tr("Les deux saisies diffèrent.") if mismatch else "")
        mark_invalid(self.confirmation, mismatch)

    def submit(self) -> None:
        if self.running:
            return
        current, new = self.current.text(), self.new.text()
        if len(new) < MINIMUM_LENGTH:
            self.message.show_message(
                self.tr(
                    "La nouvelle phrase secrète doit compter au moins {minimum} caractères."
                ).format(minimum=MINIMUM_LENGTH),
                "error",
            )
            self.new.setFocus()
            return
        strength = estimate_strength(new, self.personal_words)
        if not strength.acceptable:
            error = GuessablePassphrase(
                score=strength.score,
                minimum=MINIMUM_SCORE,
                reason=strength.hint or "",
            )
            self.message.show_message(error_text(error), "error")
            mark_invalid(self.new, True)
            self.new.setFocus()
            return
        if new != self.confirmation.text():
            self.message.show_message(self.tr("Les deux saisies diffèrent."), "error")
            self.confirmation.setFocus()
            return
        register, clock, keystore = self.register, self.clock, self.keystore
        reencrypt = self.reencrypt.isChecked() and self.backup_count > 0
        relay = self.relay
        self.running = True
        self._set_enabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.message.show_message(self.tr("Rechiffrement en cours…"), "info")
        self.task = run_task(
            register,
            lambda: maintenance.change_passphrase(
                register,
                new,
                current_passphrase=current,
                keystore=keystore,
                clock=clock,
                reencrypt_backups=reencrypt,
                progress=relay.moved.emit,
            ),
            self._done,
            self._failed,
        )

    def _progressed(self, done: int, total: int) -> None:
        # The register is rekeyed; now its backups, one by one.
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.message.show_message(
            self.tr(
                "Phrase secrète changée. Rechiffrement des sauvegardes : {done} sur {total}…"
            ).format(done=done, total=total),
            "info",
        )

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.current,
            self.new,
            self.confirmation,
            self.reencrypt,
            self.change_button,
        ):
            widget.setEnabled(enabled)
        self.cancel_button.setEnabled(enabled)

    def _done(self, report) -> None:
        self.running = False
        self.progress.hide()
        self.report = report
        self._wipe()
        self.accept()

    def _failed(self, error: UserError) -> None:
        self.running = False
        self.progress.hide()
        self._set_enabled(True)
        self.show_error(error)
        if getattr(error, "field", "") == "current_passphrase":
            mark_invalid(self.current, True)
            self.current.setFocus()
            self.current.selectAll()

    def _wipe(self) -> None:
        for edit in (self.current, self.new, self.confirmation):
            edit.wipe()

    def reject(self) -> None:
        if self.running:  # the rekey cannot be stopped half-way: wait for its end
            return
        self._wipe()
        super().reject()
