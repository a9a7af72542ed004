"""Paramètres ▸ Langue: the interface language, applied at the next start.

The language is a per-user preference (``Preferences.language``), not a register setting:
two DPOs may share a register and read it in different languages. Until the user picks
one, the app follows the OS locale (French when it is not one of ours).

A switch needs a restart: the layout direction (Arabic mirrors every window) and every
label are set when widgets are built, and rebuilding the open windows in place would
lose unsaved input. The card offers to restart at once; the restart itself closes every
window first (each locks its register and releases its file), then relaunches.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QMessageBox, QWidget

from dpo_desk.ui import i18n
from dpo_desk.ui.settings.card import SettingsCard
from dpo_desk.ui.widgets import label


class LanguageCard(SettingsCard):
    """A combo of the UI languages, each written in its own language."""

    #: the user chose "Restart now": the window should close everything and quit
    restart_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.add_header(
            self.tr("Langue de l'interface"),
            self.tr(
                "La langue des menus, des écrans et des messages, sur cet ordinateur. "
                "Chaque courrier garde sa propre langue, choisie en le rédigeant. "
                "Le changement s'applique au prochain démarrage de DPO Desk."
            ),
        )
        row = QHBoxLayout()
        self.languages = QComboBox()
        self.languages.setAccessibleName(self.tr("Langue de l'interface"))
        for code, name in i18n.UI_LANGUAGES.items():
            self.languages.addItem(name, code)
        self.languages.setCurrentIndex(max(0, self.languages.findData(i18n.current_language())))
        self.languages.currentIndexChanged.connect(self._chosen)
        row.addWidget(label(self.tr("Langue"), "secondary"))
        row.addWidget(self.languages)
        row.addStretch(1)
        self.body.addLayout(row)
        self.add_message()

    def language(self) -> str:
        return str(self.languages.currentData())

    def _chosen(self) -> None:
        language = self.language()
        i18n.save_language(language)
        if language == i18n.current_language():
            self.message.clear_message()
            return
        self.message.show_message(
            self.tr("La nouvelle langue s'appliquera au prochain démarrage."), "info"
        )
        if self.ask_restart() == QMessageBox.StandardButton.Yes:
            i18n.request_restart()
            self.restart_requested.emit()
            # The main window's own Quit path: every window closes (and locks) first.
            quit_requested = getattr(self.window(), "quit_requested", None)
            if quit_requested is not None:
                quit_requested.emit()

    def ask_restart(self) -> QMessageBox.StandardButton:
        """ "Restart now / Later": a seam that tests replace."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Changer de langue"))
        box.setText(self.tr("Redémarrer DPO Desk maintenant pour changer de langue ?"))
        box.setInformativeText(
            self.tr(
                "Le registre sera verrouillé et refermé, puis DPO Desk redémarrera "
                "dans la nouvelle langue. Enregistrez d'abord toute saisie en cours."
            )
        )
        now = box.addButton(self.tr("Redémarrer maintenant"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Plus tard"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(now)
        box.exec()
        return (
            QMessageBox.StandardButton.Yes
            if box.clickedButton() is now
            else QMessageBox.StandardButton.No
        )
