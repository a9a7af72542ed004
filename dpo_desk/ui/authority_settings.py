"""Paramètres ▸ Adresses des autorités: the CNDP's and the CNIL's postal addresses that
letters print (issue 20, item 2).

One editor per authority and letter language, one line per line of the envelope. The
shipped addresses are the defaults (``documents.letters.DEFAULT_AUTHORITY_ADDRESSES``,
with their sources); what the DPO types is kept in the register and journaled
(``services.authorities``). An empty editor, or the default text, means the default.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPlainTextEdit, QPushButton, QWidget

from dpo_desk.documents.kinds import LETTER_LANGUAGE_LABELS, LetterLanguage
from dpo_desk.domain.clock import Clock
from dpo_desk.domain.errors import UserError
from dpo_desk.services import authorities as authority_service
from dpo_desk.services.read_model import Register
from dpo_desk.ui import style
from dpo_desk.ui.i18n import error_text
from dpo_desk.ui.widgets import Card, InlineMessage, label

EDITOR_HEIGHT = 104  # five lines of an address


class AuthorityAddressesCard(Card):
    """The authorities' addresses, edited then saved with one button."""

    status_message = Signal(str)

    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.register: Register | None = None
        self.loaded: dict[tuple[str, LetterLanguage], str] = {}
        self.body.addWidget(label(self.tr("Adresses des autorités"), "heading"))
        self.body.addWidget(
            label(
                self.tr(
                    "Les courriers impriment ces adresses : en destinataire d'une notification "
                    "de violation, et pour indiquer où introduire une réclamation. Vérifiez-les "
                    "sur le site de chaque autorité (www.cndp.ma, www.cnil.fr). Une adresse "
                    "vide reprend celle fournie avec DPO Desk. Chaque modification est "
                    "inscrite au journal."
                ),
                "secondary",
                wrap=True,
            )
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
        self.message = InlineMessage()
        self.body.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.restore_button = QPushButton(self.tr("Adresses par défaut"))
        self.restore_button.setToolTip(self.tr("Reprendre les adresses fournies avec DPO Desk"))
        self.restore_button.clicked.connect(self.restore)
        self.save_button = QPushButton(self.tr("Enregistrer les adresses"))
        style.set_role(self.save_button, "primary")
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.save_button)
        self.body.addLayout(buttons)
        self.clear()

    # -- register --------------------------------------------------------------------------
    def set_register(self, register: Register) -> None:
        self.register = register
        self.message.clear_message()
        try:
            found = authority_service.authority_addresses(register)
        except UserError as error:
            self.message.show_message(error_text(error), "error")
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

    def _show(self, found) -> None:
        self.loaded = {}
        for (code, language), editor in self.editors.items():
            entry = found[code][language]
            editor.blockSignals(True)
            editor.setPlainText(entry.address)
            editor.blockSignals(False)
            editor.setPlaceholderText(entry.default)
            self.loaded[(code, language)] = entry.address

    def values(self) -> dict[str, dict[LetterLanguage, str]]:
        found: dict[str, dict[LetterLanguage, str]] = {}
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
        if self.register is None:
            return False
        self.message.clear_message()
        try:
            found = authority_service.save_addresses(self.register, self.values(), clock=self.clock)
        except UserError as error:
            self.message.show_message(error_text(error), "error")
            return False
        self._show(found)
        self._update_buttons()
        text = self.tr("Adresses des autorités enregistrées.")
        self.message.show_message(text, "success")
        self.status_message.emit(text)
        return True

    def restore(self) -> bool:
        if self.register is None:
            return False
        self.message.clear_message()
        try:
            found = authority_service.restore_defaults(self.register, clock=self.clock)
        except UserError as error:
            self.message.show_message(error_text(error), "error")
            return False
        self._show(found)
        self._update_buttons()
        text = self.tr("Adresses des autorités remises par défaut.")
        self.message.show_message(text, "success")
        self.status_message.emit(text)
        return True
