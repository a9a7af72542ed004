"""Paramètres ▸ Validation des courriers: the optional four-eyes rule (issue 20)."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QCheckBox, QWidget

from dpo_desk.domain.clock import Clock
from dpo_desk.domain.errors import UserError
from dpo_desk.services import letter_rules
from dpo_desk.services.read_model import Register
from dpo_desk.ui.settings.card import SettingsCard


class LetterSettingsCard(SettingsCard):
    """The four-eyes rule, saved (and journaled) as soon as it is ticked or unticked: a
    register setting, like the auto-lock delay, the same on every computer."""

    #: the rule's new value, after a successful save
    changed = Signal(bool)

    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(clock, parent)
        self.add_header(
            self.tr("Validation des courriers"),
            self.tr(
                "Avant d'être généré, chaque courrier est relu et validé. Avec la règle "
                "des quatre yeux, la personne qui le valide doit être une autre que celle "
                "qui l'a rédigé. Le réglage est enregistré dans le registre et inscrit au "
                "journal."
            ),
        )
        self.four_eyes = QCheckBox(
            self.tr("Règle des quatre yeux : le relecteur doit être distinct de l'auteur")
        )
        self.four_eyes.toggled.connect(self._toggled)
        self.body.addWidget(self.four_eyes)
        self.add_message()
        self.clear()

    def set_register(self, register: Register) -> None:
        on = self.bind(register, letter_rules.four_eyes)
        if on is None:
            return
        self._show(on)
        self.four_eyes.setEnabled(True)

    def clear(self) -> None:
        self.register = None
        self._show(False)
        self.four_eyes.setEnabled(False)
        self.message.clear_message()

    def _show(self, on: bool) -> None:
        with QSignalBlocker(self.four_eyes):  # showing the stored value saves nothing
            self.four_eyes.setChecked(on)

    def _toggled(self, on: bool) -> None:
        if self.register is None:
            return
        try:
            saved = letter_rules.set_four_eyes(self.register, on, clock=self.clock)
        except UserError as error:
            self.show_error(error)
            self._show(not on)  # the box says what the register says
            return
        text = (
            self.tr(
                "Règle des quatre yeux activée : l'auteur d'un courrier ne peut plus le valider."
            )
            if saved
            else self.tr("Règle des quatre yeux désactivée.")
        )
        self.report(text)
        self.changed.emit(saved)
