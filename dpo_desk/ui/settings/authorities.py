"""Paramètres ▸ Adresses des autorités: the CNDP's and the CNIL's postal addresses that
letters print (issue 20, item 2).

One editor per authority and letter language, one line per line of the envelope. The
shipped addresses are the defaults (``documents.letters.DEFAULT_AUTHORITY_ADDRESSES``,
with their sources); what the DPO types is kept in the register and journaled
(``services.authorities``). An empty editor, or the default text, means the default.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QPlainTextEdit, QPushButton, QWidget

from dpo_desk.documents.kinds import LETTER_LANGUAGE_LABELS, LetterLanguage
from dpo_desk.domain.clock import Clock
from dpo_desk.domain.errors import UserError
from dpo_desk.services import authorities as authority_service
from dpo_desk.services.read_model import Register
from dpo_desk.ui.settings.card import SettingsCard, primary_button
from dpo_desk.ui.widgets import label

EDITOR_HEIGHT = 104  # five lines of an address

#: every authority's address (and default) in every letter language
Addresses = dict[str, dict[LetterLanguage, authority_service.AuthorityAddress]]


class AuthorityAddressesCard(SettingsCard):
    """The authorities' addresses, edited then saved with one button."""

    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(clock, parent)
        self.loaded: dict[tuple[str, LetterLanguage], str] = {}
        self.add_header(
            self.tr("Adresses des autorités"),
            self.tr(
                "Les courriers impriment ces adresses : en destinataire d'une notification "
                "de violation, et pour indiquer où introduire une réclamation. Vérifiez-les "
                "sur le site de chaque autorité (www.cndp.ma, www.cnil.fr). Une adresse "
                "vide reprend celle fournie avec DPO Desk. Chaque modification est "
                "inscrite au journal."
            ),
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        self.editors: dict[tuple[str, LetterLanguage], QPlainTextEdit] = {}
        for column, code in enumerate(authority_service.AUTHORITY_SHORT_NAMES, start=1):
            grid.addWidget(
                label(QCoreApplication.translate("Authority", code.upper()), "secondary"), 0, column
            )
        for row, language in enumerate(LetterLanguage, start=1):
            name = QCoreApplication.translate("LetterLanguage", LETTER_LANGUAGE_LABELS[language])
            grid.addWidget(label(name), row, 0, Qt.AlignmentFlag.AlignTop)
            for column, code in enumerate(authority_service.AUTHORITY_SHORT_NAMES, start=1):
                editor = QPlainTextEdit()
                editor.setObjectName(f"AuthorityAddress_{code}_{language.value}")
                editor.setFixedHeight(EDITOR_HEIGHT)
                editor.setTabChangesFocus(True)
                if language.rtl:
                    editor.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
                editor.textChanged.connect(self._update_buttons)
                grid.addWidget(editor, row, column)
                self.editors[(code, language)] = editor
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.body.addLayout(grid)
        self.add_message()
        self.restore_button = QPushButton(self.tr("Adresses par défaut"))
        self.restore_button.setToolTip(self.tr("Reprendre les adresses fournies avec DPO Desk"))
        self.restore_button.clicked.connect(self.restore)
        self.save_button = primary_button(self.tr("Enregistrer les adresses"), self.save)
        self.add_buttons(self.restore_button, self.save_button)
        self.clear()

    # -- register --------------------------------------------------------------------------
    def set_register(self, register: Register) -> None:
        found = self.bind(register, authority_service.authority_addresses)
        if found is None:
            return
        self._show(found)
        for editor in self.editors.values():
            editor.setEnabled(True)
        self._update_buttons()

    def clear(self) -> None:
        self.register = None
        self.loaded = {}
        for editor in self.editors.values():
            editor.blockSignals(True)
            editor.clear()
            editor.blockSignals(False)
            editor.setEnabled(False)
        self.message.clear_message()
        self._update_buttons()

    def _show(self, found: Addresses) -> None:
        self.loaded = {}
        for (code, language), editor in self.editors.items():
            entry = found[code][language]
            editor.blockSignals(True)
            editor.setPlainText(entry.address)
            editor.blockSignals(False)
            editor.setPlaceholderText(entry.default)
            self.loaded[(code, language)] = entry.address

    def values(self) -> dict[str, dict[LetterLanguage | str, str]]:
        found: dict[str, dict[LetterLanguage | str, str]] = {}
        for (code, language), editor in self.editors.items():
            found.setdefault(code, {})[language] = editor.toPlainText()
        return found

    def is_edited(self) -> bool:
        return any(
            self.editors[key].toPlainText().strip() != text.strip()
            for key, text in self.loaded.items()
        )

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.register is not None and self.is_edited())
        self.restore_button.setEnabled(self.register is not None)

    # -- actions ---------------------------------------------------------------------------
    def save(self) -> bool:
        values = self.values()
        return self._apply(
            lambda register: authority_service.save_addresses(register, values, clock=self.clock),
            self.tr("Adresses des autorités enregistrées."),
        )

    def restore(self) -> bool:
        return self._apply(
            lambda register: authority_service.restore_defaults(register, clock=self.clock),
            self.tr("Adresses des autorités remises par défaut."),
        )

    def _apply(self, change: Callable[[Register], Addresses], done: str) -> bool:
        """Store a change, show what the register now holds, and say it was done."""
        if self.register is None:
            return False
        self.message.clear_message()
        try:
            found = change(self.register)
        except UserError as error:
            self.show_error(error)
            return False
        self._show(found)
        self._update_buttons()
        self.report(done)
        return True
