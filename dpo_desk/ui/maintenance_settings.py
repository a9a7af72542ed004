"""Paramètres ▸ Sauvegarde et sécurité: backup now, automatic backups and restore,
passphrase change, integrity check, retention review (GDPR Art. 5(1)(e) and 32;
Law 09-08 art. 3(1)(e) and 23).

Every long operation runs off the UI thread (:mod:`dpo_desk.ui.workers`); while one
runs, the window waits before locking. The services journal each action.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.clock import Clock, SystemClock, organisation_zone, today
from dpo_desk.domain.errors import UserError
from dpo_desk.security.keystore import Keystore
from dpo_desk.security.passphrase import (
    MINIMUM_LENGTH,
    MINIMUM_SCORE,
    GuessablePassphrase,
    estimate_strength,
)
from dpo_desk.services import maintenance, register_file
from dpo_desk.services.read_model import Register, WrongPassphrase
from dpo_desk.ui import style
from dpo_desk.ui.formatting import ui_locale
from dpo_desk.ui.i18n import error_text
from dpo_desk.ui.organisation_form import form_layout
from dpo_desk.ui.widgets import (
    Card,
    ElidedLabel,
    InlineMessage,
    PassphraseEdit,
    StrengthMeter,
    label,
    mark_invalid,
)
from dpo_desk.ui.workers import run_task

BACKUP_SUFFIX = ".dpodesk"
PATH_ROLE = Qt.ItemDataRole.UserRole


def busy_bar() -> QProgressBar:
    """An indeterminate bar: the operation's length is not known in advance."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(6)
    bar.hide()
    return bar


def size_text(size: int) -> str:
    return ui_locale().formattedDataSize(size)


class MaintenanceCard(Card):
    """The register's upkeep, in one card of Paramètres."""

    status_message = Signal(str)
    #: a restored register the user chose to open (the controller opens it)
    open_path_requested = Signal(object)

    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock or SystemClock()
        self.register: Register | None = None
        self.running = False
        self.body.addWidget(label(self.tr("Sauvegarde et sécurité"), "heading"))
        self.body.addWidget(
            label(
                self.tr(
                    "Une sauvegarde est une copie chiffrée, vérifiée avant d'être gardée. "
                    "La vérification contrôle chaque page chiffrée, la structure du fichier "
                    "et la chaîne du journal (RGPD art. 32 ; loi 09-08 art. 23)."
                ),
                "secondary",
                wrap=True,
            )
        )
        actions = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Sauvegarder maintenant…"))
        self.backup_button.clicked.connect(self.backup_now)
        self.verify_button = QPushButton(self.tr("Vérifier le registre"))
        self.verify_button.clicked.connect(self.verify)
        self.rekey_button = QPushButton(self.tr("Changer la phrase secrète…"))
        self.rekey_button.clicked.connect(self.change_passphrase)
        self.retention_button = QPushButton(self.tr("Durées de conservation…"))
        self.retention_button.clicked.connect(self.review_retention)
        for button in (
            self.backup_button,
            self.verify_button,
            self.rekey_button,
            self.retention_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        self.body.addLayout(actions)
        self.progress = busy_bar()
        self.body.addWidget(self.progress)
        self.message = InlineMessage()
        self.body.addWidget(self.message)

        # -- automatic backups ---------------------------------------------------------
        self.body.addWidget(label(self.tr("Sauvegardes automatiques"), "subheading"))
        keep_row = QHBoxLayout()
        self.keep = QSpinBox()
        self.keep.setRange(0, maintenance.MAX_BACKUP_KEEP)
        self.keep.setSpecialValueText(self.tr("Désactivées"))
        self.keep.setMinimumWidth(120)
        self.keep_button = QPushButton(self.tr("Enregistrer"))
        self.keep_button.clicked.connect(self.save_keep)
        keep_row.addWidget(label(self.tr("Une par jour, garder les dernières :"), "secondary"))
        keep_row.addWidget(self.keep)
        keep_row.addStretch(1)
        keep_row.addWidget(self.keep_button)
        self.body.addLayout(keep_row)
        folder_row = QHBoxLayout()
        folder_row.addWidget(label(self.tr("Dossier :"), "secondary"))
        self.folder_value = ElidedLabel()
        folder_row.addWidget(self.folder_value, 1)
        self.body.addLayout(folder_row)
        self.backups = QListWidget()
        self.backups.setMaximumHeight(140)
        self.backups.setAccessibleName(self.tr("Sauvegardes disponibles"))
        self.backups.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.body.addWidget(self.backups)
        restore_row = QHBoxLayout()
        restore_row.addStretch(1)
        self.restore_button = QPushButton(self.tr("Restaurer…"))
        self.restore_button.setToolTip(
            self.tr("Crée un nouveau registre à partir de la sauvegarde choisie")
        )
        self.restore_button.clicked.connect(self.restore)
        restore_row.addWidget(self.restore_button)
        self.body.addLayout(restore_row)
        self.clear()

    # -- Section-like ----------------------------------------------------------------
    def set_register(self, register: Register) -> None:
        self.register = register
        self.message.clear_message()
        try:
            self.keep.setValue(maintenance.backup_keep(register))
        except UserError as error:
            self.message.show_message(error_text(error), "error")
        self.refresh_backups()
        self._update_buttons()

    def clear(self) -> None:
        self.register = None
        self.keep.setValue(maintenance.DEFAULT_BACKUP_KEEP)
        self.folder_value.set_full_text("")
        self.backups.clear()
        self.message.clear_message()
        self._update_buttons()

    def refresh_backups(self) -> None:
        self.backups.clear()
        if self.register is None:
            return
        self.folder_value.set_full_text(str(_daily_folder(self.register.path)))
        for path in maintenance.available_backups(self.register.path):
            try:
                size = size_text(path.stat().st_size)
            except OSError:
                size = "?"
            item = QListWidgetItem(f"{path.name}   ·   {size}")
            item.setData(PATH_ROLE, str(path))
            self.backups.addItem(item)
        if self.backups.count() == 0:
            item = QListWidgetItem(self.tr("Aucune sauvegarde automatique pour l'instant."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.backups.addItem(item)

    def _update_buttons(self) -> None:
        ready = self.register is not None and not self.running
        for widget in (
            self.backup_button,
            self.verify_button,
            self.rekey_button,
            self.retention_button,
            self.keep,
            self.keep_button,
        ):
            widget.setEnabled(ready)
        chosen = self.backups.currentItem()
        self.restore_button.setEnabled(
            ready and chosen is not None and bool(chosen.data(PATH_ROLE))
        )

    def _start(self, work, on_success, text: str, on_failure=None) -> None:
        if self.register is None or self.running:
            return
        self.running = True
        self.progress.show()
        self.message.show_message(text, "info")
        self._update_buttons()

        def succeeded(result) -> None:
            self._stop()
            on_success(result)

        def failed(error: UserError) -> None:
            self._stop()
            if on_failure is not None:
                on_failure(error)
            else:
                self.message.show_message(error_text(error), "error")

        self.task = run_task(self.register, work, succeeded, failed)

    def _stop(self) -> None:
        self.running = False
        self.progress.hide()
        self._update_buttons()

    def _today_text(self) -> str:
        try:
            org = register_file.load_organisation(self.register)
        except UserError:
            org = None
        return today(self.clock, organisation_zone(org.timezone if org else None)).isoformat()

    # -- backup ----------------------------------------------------------------------
    def backup_now(self) -> None:
        if self.register is None:
            return
        default = self.register.path.parent / (
            f"{self.register.path.stem}-{self._today_text()}{BACKUP_SUFFIX}"
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Sauvegarder le registre"),
            str(default),
            self.tr("Registre DPO Desk (*.dpodesk)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # an existing file is refused
        )
        if not chosen:
            return
        target = Path(chosen)
        if not target.suffix:
            target = target.with_suffix(BACKUP_SUFFIX)
        register, clock = self.register, self.clock
        self._start(
            lambda: maintenance.backup_register(register, target, clock=clock),
            self._backed_up,
            self.tr("Sauvegarde en cours…"),
        )

    def _backed_up(self, report) -> None:
        text = self.tr(
            "Sauvegarde vérifiée : {file} ({size}). Chiffrement, intégrité, clés et chaîne "
            "du journal contrôlés sur la copie."
        ).format(file=report.path.name, size=size_text(report.size))
        self.message.show_message(text, "success")
        self.status_message.emit(text)

    def save_keep(self) -> None:
        if self.register is None:
            return
        try:
            keep = maintenance.save_backup_keep(self.register, self.keep.value(), clock=self.clock)
        except UserError as error:
            self.message.show_message(error_text(error), "error")
            return
        if keep == 0:
            text = self.tr("Sauvegardes automatiques désactivées.")
            self.message.show_message(text, "warning")
        else:
            text = self.tr(
                "Les %n dernière(s) sauvegarde(s) quotidienne(s) seront gardées.", None, keep
            )
            self.message.show_message(text, "success")
        self.status_message.emit(text)

    # -- restore ---------------------------------------------------------------------
    def restore(self) -> None:
        item = self.backups.currentItem()
        if self.register is None or item is None or not item.data(PATH_ROLE):
            return
        source = Path(item.data(PATH_ROLE))
        default = self.register.path.parent / f"{source.stem}-restaure{BACKUP_SUFFIX}"
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Restaurer dans un nouveau registre"),
            str(default),
            self.tr("Registre DPO Desk (*.dpodesk)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not chosen:
            return
        target = Path(chosen)
        if not target.suffix:
            target = target.with_suffix(BACKUP_SUFFIX)
        self._restore_from(source, target)

    def _restore_from(self, source: Path, target: Path, earlier: str | None = None) -> None:
        # The backups carry the register's own key: the passphrase in use opens them. One
        # made before a passphrase change needs the earlier one (``earlier``, typed by
        # the user); the restored register takes the passphrase in use either way.
        register, clock = self.register, self.clock

        def work():
            restored = maintenance.restore_backup_of(
                register, source, target, backup_passphrase=earlier, clock=clock
            )
            restored.close()
            return target

        def failed(error: UserError) -> None:
            if isinstance(error, WrongPassphrase):
                self.message.clear_message()
                self._ask_earlier_passphrase(source, target, again=earlier is not None)
            else:
                self.message.show_message(error_text(error), "error")

        self._start(work, self._restored, self.tr("Restauration en cours…"), failed)

    def _ask_earlier_passphrase(self, source: Path, target: Path, *, again: bool) -> None:
        dialog = EarlierPassphraseDialog(source.name, again=again, parent=self)
        self.earlier_dialog = dialog

        def chosen() -> None:
            earlier = dialog.passphrase.text()
            dialog.passphrase.wipe()
            self._restore_from(source, target, earlier)

        dialog.accepted.connect(chosen)
        dialog.rejected.connect(dialog.passphrase.wipe)
        dialog.open()

    def _restored(self, target: Path) -> None:
        text = self.tr("Registre restauré et vérifié : {file}.").format(file=target.name)
        self.message.show_message(text, "success")
        self.status_message.emit(text)
        answer = QMessageBox.question(
            self,
            self.tr("Registre restauré"),
            self.tr("Ouvrir le registre restauré {file} dans une nouvelle fenêtre ?").format(
                file=target.name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.open_path_requested.emit(target)

    # -- verify ----------------------------------------------------------------------
    def verify(self) -> None:
        register = self.register
        if register is None:
            return
        self._start(
            lambda: register_file.verify_register(register),
            self._verified,
            self.tr("Vérification en cours…"),
        )

    def _verified(self, _result) -> None:
        text = self.tr(
            "Registre intègre : chaque page chiffrée, la structure, les clés étrangères et "
            "la chaîne du journal sont vérifiées."
        )
        self.message.show_message(text, "success")
        self.status_message.emit(text)

    # -- passphrase ------------------------------------------------------------------
    def change_passphrase(self) -> None:
        if self.register is None:
            return
        dialog = RekeyDialog(self.register, clock=self.clock, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.report is not None:
            self.show_rekey_report(dialog.report)

    def show_rekey_report(self, report: maintenance.RekeyReport) -> None:
        if report.keyring_updated:
            text = self.tr("Phrase secrète changée et vérifiée ; trousseau mis à jour.")
        else:
            text = self.tr("Phrase secrète changée et vérifiée.")
        level = "success"
        backups = report.backups
        if backups is not None and backups.reencrypted:
            text += " " + self.tr(
                "%n sauvegarde(s) conservée(s) rechiffrée(s) avec la nouvelle phrase.",
                None,
                len(backups.reencrypted),
            )
        if backups is not None and backups.failed:
            level = "warning"
            text += " " + self.tr(
                "Non rechiffrée(s), gardée(s) sous l'ancienne phrase secrète : {files}."
            ).format(files=", ".join(failure.file for failure in backups.failed))
        self.message.show_message(text, level)
        self.status_message.emit(text)
        self.refresh_backups()

    # -- retention -------------------------------------------------------------------
    def review_retention(self) -> None:
        if self.register is None:
            return
        from dpo_desk.ui.purge_dialog import PurgeDialog

        dialog = PurgeDialog(self.register, clock=self.clock, parent=self)
        dialog.exec()
        if dialog.summary:
            self.message.show_message(dialog.summary, "success")
            self.status_message.emit(dialog.summary)


def _daily_folder(register_path: Path) -> Path:
    # Mirrors storage.maintenance.daily_folder, for display only.
    return register_path.parent / f"{register_path.stem}-sauvegardes"


class _ProgressRelay(QObject):
    """Carries ``progress(done, total)`` from the worker thread to the dialog (queued)."""

    moved = Signal(int, int)


class EarlierPassphraseDialog(QDialog):
    """Asked when the passphrase in use does not open a backup: it may date from before
    a passphrase change. The restored register still takes the passphrase in use."""

    def __init__(self, file_name: str, *, again: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Phrase secrète de la sauvegarde"))
        self.setMinimumWidth(480)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 22, 24, 20)
        outer.setSpacing(12)
        outer.addWidget(label(self.tr("Phrase secrète de la sauvegarde"), "heading"))
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
        outer.addWidget(self.explanation)
        self.message = InlineMessage()
        outer.addWidget(self.message)
        if again:
            self.message.show_message(
                self.tr("Cette phrase secrète n'ouvre pas non plus la sauvegarde."), "error"
            )
        self.passphrase = PassphraseEdit()
        self.passphrase.setPlaceholderText(self.tr("Phrase secrète antérieure"))
        self.passphrase.setAccessibleName(self.tr("Phrase secrète antérieure"))
        outer.addWidget(self.passphrase)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.cancel_button.clicked.connect(self.reject)
        self.restore_button = QPushButton(self.tr("Restaurer"))
        style.set_role(self.restore_button, "primary")
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self._submit)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.restore_button)
        outer.addLayout(buttons)
        self.passphrase.setFocus()

    def _submit(self) -> None:
        if not self.passphrase.text():
            mark_invalid(self.passphrase, True)
            self.passphrase.setFocus()
            return
        self.accept()


class RekeyDialog(QDialog):
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
        super().__init__(parent)
        self.register = register
        self.clock = clock or SystemClock()
        self.keystore = keystore
        self.report: maintenance.RekeyReport | None = None
        self.running = False
        try:
            self.personal_words = register_file.organisation_words(
                register_file.load_organisation(register)
            )
        except UserError:
            self.personal_words = []
        self.backup_count = len(maintenance.available_backups(register.path))
        self.setWindowTitle(self.tr("Changer la phrase secrète"))
        self.setMinimumWidth(520)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 22, 24, 20)
        outer.setSpacing(12)
        outer.addWidget(label(self.tr("Changer la phrase secrète"), "heading"))
        outer.addWidget(
            label(
                self.tr(
                    "Tout le fichier est rechiffré avec la nouvelle phrase, puis vérifié. "
                    "Les sauvegardes faites ailleurs (Sauvegarder maintenant…) gardent "
                    "l'ancienne : conservez-la avec elles."
                ),
                "secondary",
                wrap=True,
            )
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
        outer.addLayout(form)
        self.meter = StrengthMeter()
        self.strength_label = label("", "secondary")
        self.hint_label = label("", "muted", wrap=True)
        self.hint_label.setMinimumHeight(self.fontMetrics().lineSpacing() * 2)
        outer.addWidget(self.meter)
        outer.addWidget(self.strength_label)
        outer.addWidget(self.hint_label)
        self.reencrypt = QCheckBox(
            self.tr("Rechiffrer aussi les %n sauvegarde(s) conservée(s)", None, self.backup_count)
        )
        self.reencrypt.setToolTip(
            self.tr(
                "Les sauvegardes automatiques du dossier {folder} seront chiffrées avec la "
                "nouvelle phrase : l'ancienne n'ouvrira plus aucune d'elles."
            ).format(folder=_daily_folder(register.path).name)
        )
        self.reencrypt.setChecked(True)
        self.reencrypt.setVisible(self.backup_count > 0)
        outer.addWidget(self.reencrypt)
        self.progress = busy_bar()
        outer.addWidget(self.progress)
        self.relay = _ProgressRelay(self)
        self.relay.moved.connect(self._progressed)
        self.message = InlineMessage()
        outer.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.cancel_button.clicked.connect(self.reject)
        self.change_button = QPushButton(self.tr("Changer la phrase secrète"))
        style.set_role(self.change_button, "primary")
        self.change_button.setDefault(True)
        self.change_button.clicked.connect(self.submit)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.change_button)
        outer.addLayout(buttons)
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
        self.message.show_message(error_text(error), "error")
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
