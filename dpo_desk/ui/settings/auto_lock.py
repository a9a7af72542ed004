"""Paramètres ▸ Verrouillage automatique: how long the register may stay open unattended."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSpinBox, QWidget

from dpo_desk.domain.errors import UserError
from dpo_desk.services import register_file
from dpo_desk.services.read_model import Register
from dpo_desk.ui.settings.card import SettingsCard
from dpo_desk.ui.widgets import label


class AutoLockCard(SettingsCard):
    """The register's idle delay; the window applies a saved value at once."""

    #: minutes (0 = never), after a successful save
    changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.add_header(
            self.tr("Verrouillage automatique"),
            self.tr(
                "Sans clavier ni souris pendant ce délai, la fenêtre se verrouille : le "
                "registre est refermé et rien de son contenu ne reste affiché (RGPD "
                "art. 32 ; loi 09-08 art. 23). Le réglage est enregistré dans le "
                "registre : il vaut sur chaque poste qui l'ouvre."
            ),
        )
        row = QHBoxLayout()
        self.minutes = QSpinBox()
        self.minutes.setRange(0, register_file.MAX_AUTO_LOCK_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setSpecialValueText(self.tr("Jamais"))
        self.minutes.setMinimumWidth(120)
        self.save_button = QPushButton(self.tr("Enregistrer"))
        self.save_button.clicked.connect(self.save)
        row.addWidget(label(self.tr("Verrouiller après"), "secondary"))
        row.addWidget(self.minutes)
        row.addStretch(1)
        row.addWidget(self.save_button)
        self.body.addLayout(row)
        self.add_message()
        self.clear()

    def set_register(self, register: Register) -> None:
        self.register = register
        self.minutes.setValue(register_file.auto_lock_minutes(register))
        self.minutes.setEnabled(True)
        self.save_button.setEnabled(True)
        self.message.clear_message()

    def clear(self) -> None:
        self.register = None
        self.minutes.setValue(register_file.DEFAULT_AUTO_LOCK_MINUTES)
        self.minutes.setEnabled(False)
        self.save_button.setEnabled(False)
        self.message.clear_message()

    def save(self) -> None:
        if self.register is None:
            return
        value = self.minutes.value()
        try:
            register_file.set_auto_lock_minutes(self.register, value)
        except UserError as error:
            self.show_error(error)
            return
        if value == 0:
            self.report(self.tr("Verrouillage automatique désactivé : pensez à Ctrl+L."), "warning")
        else:
            self.report(
                self.tr("La fenêtre se verrouillera après %n minute(s) sans activité.", None, value)
            )
        self.changed.emit(value)
