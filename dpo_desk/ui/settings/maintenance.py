"""Paramètres ▸ Sauvegarde et sécurité: backup now, automatic backups and restore,
passphrase change, integrity check, retention review (GDPR Art. 5(1)(e) and 32;
Law 09-08 art. 3(1)(e) and 23).

Every long operation runs off the UI thread (:mod:`dpo_desk.ui.workers`); while one
runs, the window waits before locking. The services journal each action.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from dpo_desk.domain.clock import Clock, organisation_zone, today
from dpo_desk.domain.errors import UserError
from dpo_desk.services import maintenance, register_file
from dpo_desk.services.read_model import Register, WrongPassphrase
from dpo_desk.ui.formatting import data_size
from dpo_desk.ui.purge_dialog import PurgeDialog
from dpo_desk.ui.settings.card import SettingsCard
from dpo_desk.ui.settings.flow import ButtonGrid
from dpo_desk.ui.settings.passphrase_dialogs import (
    EarlierPassphraseDialog,
    RekeyDialog,
    daily_folder,
)
from dpo_desk.ui.widgets import (
    ElidedLabel,
    InlineMessage,
    busy_bar,
    label,
)
from dpo_desk.ui.workers import run_task

BACKUP_SUFFIX = ".dpodesk"
PATH_ROLE = Qt.ItemDataRole.UserRole


def size_text(size: int) -> str:
    # As every other size the app shows ("1,5 Mo"), not Qt's default IEC units ("Mio").
    return data_size(size)


class MaintenanceCard(SettingsCard):
    """The register's upkeep, in one card of Paramètres."""

    #: a restored register the user chose to open (the controller opens it)
    open_path_requested = Signal(object)

    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(clock, parent)
        self.running = False
        self.add_header(
            self.tr("Sauvegarde et sécurité"),
            self.tr(
                "Une sauvegarde est une copie chiffrée, vérifiée avant d'être gardée. "
                "La vérification contrôle chaque page chiffrée, la structure du fichier "
                "et la chaîne du journal (RGPD art. 32 ; loi 09-08 art. 23)."
            ),
        )
        # A wrapping grid, not one row: four buttons side by side did not fit the card and
        # were cut at both ends (« uvegarder maintenant », « anger la phrase secrèt »).
        actions = ButtonGrid()
        self.body.addLayout(actions)
        self.backup_button = QPushButton(self.tr("Sauvegarder maintenant…"))
        self.backup_button.clicked.connect(self.backup_now)
        self.verify_button = QPushButton(self.tr("Vérifier le registre"))
        self.verify_button.clicked.connect(self.verify)
        self.rekey_button = QPushButton(self.tr("Changer la phrase secrète…"))
        self.rekey_button.clicked.connect(self.change_passphrase)
        self.retention_button = QPushButton(self.tr("Durées de conservation…"))
        self.retention_button.clicked.connect(self.review_retention)
        actions.add(
            self.backup_button, self.verify_button, self.rekey_button, self.retention_button
        )
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
            self.show_error(error)
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
        self.folder_value.set_full_text(str(daily_folder(self.register.path)))
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
                self.show_error(error)

        self.task = run_task(self.register, work, succeeded, failed)

    def _stop(self) -> None:
        self.running = False
        self.progress.hide()
        self._update_buttons()

    def _today_text(self, register: Register) -> str:
        try:
            org = register_file.load_organisation(register)
        except UserError:
            org = None
        return today(self.clock, organisation_zone(org.timezone if org else None)).isoformat()

    # -- backup ----------------------------------------------------------------------
    def backup_now(self) -> None:
        if self.register is None:
            return
        default = self.register.path.parent / (
            f"{self.register.path.stem}-{self._today_text(self.register)}{BACKUP_SUFFIX}"
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
        self.report(text)

    def save_keep(self) -> None:
        if self.register is None:
            return
        try:
            keep = maintenance.save_backup_keep(self.register, self.keep.value(), clock=self.clock)
        except UserError as error:
            self.show_error(error)
            return
        if keep == 0:
            self.report(self.tr("Sauvegardes automatiques désactivées."), "warning")
        else:
            self.report(
                self.tr(
                    "Les %n dernière(s) sauvegarde(s) quotidienne(s) seront gardées.", None, keep
                )
            )

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
                self.show_error(error)

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
        self.report(text)
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
        self.report(text)

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
        self.report(text, level)
        self.refresh_backups()

    # -- retention -------------------------------------------------------------------
    def review_retention(self) -> None:
        if self.register is None:
            return
        dialog = PurgeDialog(self.register, clock=self.clock, parent=self)
        dialog.exec()
        if dialog.summary:
            self.report(dialog.summary)
