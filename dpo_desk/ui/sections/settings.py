"""Paramètres: the organisation and its DPO, the deadline policy and working calendar,
and what the register file is."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from dpo_desk.domain.clock import Clock
from dpo_desk.domain.errors import UserError, ValidationError
from dpo_desk.domain.organisation import Organisation
from dpo_desk.services import register_file
from dpo_desk.services.read_model import Register
from dpo_desk.ui import clipboard, icons, style
from dpo_desk.ui.drafts import Draft, read_values, write_values
from dpo_desk.ui.i18n import error_text
from dpo_desk.ui.letters.templates import LetterTemplatesCard
from dpo_desk.ui.organisation_form import OrganisationFields, form_layout
from dpo_desk.ui.sections.base import Section, scrolling_column
from dpo_desk.ui.settings.authorities import AuthorityAddressesCard
from dpo_desk.ui.settings.auto_lock import AutoLockCard
from dpo_desk.ui.settings.deadlines import DeadlineSettings
from dpo_desk.ui.settings.identity import IdentitySettingsCard
from dpo_desk.ui.settings.language import LanguageCard
from dpo_desk.ui.settings.letter_validation import LetterSettingsCard
from dpo_desk.ui.settings.maintenance import MaintenanceCard
from dpo_desk.ui.settings.records_policy import RecordsPolicyCard
from dpo_desk.ui.widgets import Card, ElidedLabel, InlineMessage, label


def _capped_row(card: QWidget) -> QHBoxLayout:
    """A card capped at 760 px, in a row with a stretch rather than straight in the column.

    Straight in the column, Qt measures a card's wrapped text at the column's width, wider
    than 760: the page came out short, and the card with the most to give (the working
    calendar) was squeezed under its contents, its buttons over its table.
    """
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(card, 1)
    row.addStretch(0)
    return row


class SettingsSection(Section):
    key = "settings"
    icon_name = "settings"

    #: the organisation as saved, so the window can update what shows its name
    organisation_changed = Signal(object)

    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded: Organisation | None = None

        self.scroll_area, column = scrolling_column(self, (32, 28, 32, 28), 16)

        column.addWidget(label(self.tr("Paramètres"), "title"))
        column.addWidget(
            label(
                self.tr(
                    "L'organisation et son délégué figurent sur chaque courrier et chaque "
                    "registre exporté."
                ),
                "secondary",
                wrap=True,
            )
        )

        # -- organisation ----------------------------------------------------------------
        org_card = Card()
        org_card.setMaximumWidth(760)
        org_card.body.addWidget(label(self.tr("Organisation et délégué"), "heading"))
        self.fields = OrganisationFields()
        form = form_layout()
        form.addRow(self.tr("Organisation *"), self.fields.name)
        form.addRow(self.tr("Adresse"), self.fields.address)
        form.addRow(self.tr("Ville des courriers"), self.fields.town)
        form.addRow(self.tr("Délégué (DPO)"), self.fields.dpo_name)
        form.addRow(self.tr("E-mail du DPO"), self.fields.dpo_email)
        form.addRow(self.tr("Téléphone du DPO"), self.fields.dpo_phone)
        self.fields.add_filing_rows(form)  # what CNDP filings name (issue 23)
        org_card.body.addLayout(form)
        self.message = InlineMessage()
        org_card.body.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.revert_button = QPushButton(self.tr("Annuler les modifications"))
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self.tr("Enregistrer"))
        style.set_role(self.save_button, "primary")
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        org_card.body.addLayout(buttons)
        column.addLayout(_capped_row(org_card))
        self.fields.on_change(self._update_buttons)

        # -- deadlines: policy and working calendar -------------------------------------
        self.deadlines = DeadlineSettings(clock)
        self.deadlines.setMaximumWidth(760)
        self.deadlines.status_message.connect(self.status_message)
        self.policy_card = self.deadlines.policy_card
        self.calendar_card = self.deadlines.calendar_card
        column.addLayout(_capped_row(self.deadlines))

        # -- letter templates (issue 6) ------------------------------------------------------
        self.letter_templates = LetterTemplatesCard(clock)
        self.letter_templates.setMaximumWidth(760)
        self.letter_templates.status_message.connect(self.status_message)
        column.addLayout(_capped_row(self.letter_templates))
        self.letter_settings = LetterSettingsCard(clock)
        self.letter_settings.setMaximumWidth(760)
        self.letter_settings.status_message.connect(self.status_message)
        column.addLayout(_capped_row(self.letter_settings))
        # Proof of identity asked for, and how long a copy may wait (issue 20).
        self.identity = IdentitySettingsCard(clock)
        self.identity.setMaximumWidth(760)
        self.identity.status_message.connect(self.status_message)
        column.addLayout(_capped_row(self.identity))
        # The CNDP's and the CNIL's addresses that letters print (issue 20).
        self.authority_addresses = AuthorityAddressesCard(clock)
        self.authority_addresses.setMaximumWidth(760)
        self.authority_addresses.status_message.connect(self.status_message)
        column.addLayout(_capped_row(self.authority_addresses))

        # The adequacy list and the activities' review period (issue 23).
        self.records_policy = RecordsPolicyCard(clock)
        self.records_policy.setMaximumWidth(760)
        self.records_policy.status_message.connect(self.status_message)
        column.addLayout(_capped_row(self.records_policy))

        self.auto_lock = AutoLockCard()
        self.auto_lock.setMaximumWidth(760)
        self.auto_lock.status_message.connect(self.status_message)
        column.addLayout(_capped_row(self.auto_lock))

        # Sauvegarde et sécurité: backup, restore, passphrase, checks, retention (issue 8)
        self.maintenance = MaintenanceCard(clock)
        self.maintenance.setMaximumWidth(760)
        self.maintenance.status_message.connect(self.status_message)
        column.addLayout(_capped_row(self.maintenance))

        self.language = LanguageCard()
        self.language.setMaximumWidth(760)
        self.language.status_message.connect(self.status_message)
        column.addLayout(_capped_row(self.language))

        # -- the file ----------------------------------------------------------------------
        file_card = Card()
        file_card.setMaximumWidth(760)
        file_card.body.addWidget(label(self.tr("Fichier du registre"), "heading"))
        info = QFormLayout()
        info.setHorizontalSpacing(18)
        info.setVerticalSpacing(8)
        info.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.path_value = ElidedLabel()
        self.uuid_value = self._value_label()
        self.copy_uuid_button = QPushButton(icons.icon("copy"), self.tr("Copier"))
        self.copy_uuid_button.setToolTip(self.tr("Copier l'identifiant du registre"))
        self.copy_uuid_button.clicked.connect(self._copy_uuid)
        uuid_row = QHBoxLayout()
        uuid_row.setSpacing(10)
        uuid_row.addWidget(self.uuid_value, 1)
        uuid_row.addWidget(self.copy_uuid_button)
        self.schema_value = self._value_label()
        self.app_value = self._value_label()
        self.timezone_value = self._value_label()
        self.counts_value = self._value_label()
        info.addRow(self._key_label(self.tr("Emplacement")), self.path_value)
        info.addRow(self._key_label(self.tr("Identifiant")), uuid_row)
        info.addRow(self._key_label(self.tr("Version du schéma")), self.schema_value)
        info.addRow(self._key_label(self.tr("Version de DPO Desk")), self.app_value)
        info.addRow(self._key_label(self.tr("Fuseau horaire")), self.timezone_value)
        info.addRow(self._key_label(self.tr("Contenu")), self.counts_value)
        file_card.body.addLayout(info)
        column.addLayout(_capped_row(file_card))
        column.addStretch(1)

        self.clear()

    @staticmethod
    def _value_label() -> QLabel:
        value = label("", "value", wrap=True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return value

    @staticmethod
    def _key_label(text: str) -> QLabel:
        return label(text, "secondary")

    def title(self) -> str:
        return self.tr("Paramètres")

    # -- Section ---------------------------------------------------------------------------
    def set_register(self, register: Register) -> None:
        super().set_register(register)
        self.deadlines.set_register(register)
        self.letter_templates.set_register(register)
        self.letter_settings.set_register(register)
        self.identity.set_register(register)
        self.authority_addresses.set_register(register)
        self.records_policy.set_register(register)
        self.auto_lock.set_register(register)
        self.maintenance.set_register(register)
        try:
            info = register_file.register_info(register)
        except UserError as error:
            self.message.show_message(error_text(error), "error")
            return
        self._loaded = info.organisation
        self.fields.set_organisation(info.organisation)
        self.message.clear_message()
        self.path_value.set_full_text(str(info.path))
        self.uuid_value.setText(info.register_uuid)
        self.schema_value.setText(info.schema_version or self.tr("inconnue"))
        self.app_value.setText(info.app_version)
        self.timezone_value.setText(info.organisation.timezone if info.organisation else "")
        self.counts_value.setText(self._describe_counts(info.counts))
        self.copy_uuid_button.setEnabled(True)
        self._update_buttons()

    def clear(self) -> None:
        super().clear()
        self.deadlines.clear()
        self.letter_templates.clear()
        self.letter_settings.clear()
        self.identity.clear()
        self.authority_addresses.clear()
        self.records_policy.clear()
        self.auto_lock.clear()
        self.maintenance.clear()
        self._loaded = None
        self.fields.set_organisation(None)
        self.message.clear_message()
        self.path_value.set_full_text("")
        for value in (
            self.uuid_value,
            self.schema_value,
            self.app_value,
            self.timezone_value,
            self.counts_value,
        ):
            value.clear()
        self.copy_uuid_button.setEnabled(False)
        self._update_buttons()

    def _describe_counts(self, counts: dict[str, int]) -> str:
        names = {
            "requests": self.tr("Demandes"),
            "attachments": self.tr("Pièces jointes"),
            "audit_entries": self.tr("Entrées du journal"),
        }
        parts = [
            self.tr("{label} : {count}").format(label=names[key], count=counts[key])
            for key in names
            if key in counts
        ]
        return "   ·   ".join(parts)

    # -- editing ---------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        changed = self.register is not None and self.fields.organisation() != self._loaded
        self.save_button.setEnabled(changed)
        self.revert_button.setEnabled(changed)

    def revert(self) -> None:
        self.fields.set_organisation(self._loaded)
        self.message.clear_message()
        self._update_buttons()

    def save(self) -> None:
        if self.register is None:
            return
        try:
            saved = register_file.update_organisation(self.register, self.fields.organisation())
        except ValidationError as error:
            self.message.show_message(error_text(error), "error")
            self.fields.point_at(error)
            return
        except UserError as error:
            self.message.show_message(error_text(error), "error")
            return
        self._loaded = saved
        self.fields.set_organisation(saved)
        self.timezone_value.setText(saved.timezone)
        text = self.tr("Organisation enregistrée.")
        self.message.show_message(text, "success")
        self._update_buttons()
        self.organisation_changed.emit(saved)
        self.status_message.emit(text)

    # -- drafts across a lock (ui/drafts.py) -----------------------------------------------
    def form_drafts(self) -> list[Draft]:
        if self.register is None or self._loaded is None:
            return []
        if self.fields.organisation() == self._loaded:
            return []
        values = read_values(self.fields.all_widgets())
        return [Draft(self.key, None, self.tr("Organisation et délégué"), values=values)]

    def resume_draft(self, draft: Draft) -> str:
        if self._loaded is None:
            return self.tr("L'organisation n'a pas pu être relue : modifications abandonnées.")
        write_values(self.fields.all_widgets(), draft.values)
        self._update_buttons()
        return ""

    def _copy_uuid(self) -> None:
        clipboard.copy_text(self.uuid_value.text())
        self.status_message.emit(self.tr("Identifiant du registre copié."))
