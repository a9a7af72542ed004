"""Paramètres: the organisation and its DPO, the deadline policy and working calendar, the
letters, the record of processing, security and backups, the language, and what the
register file is; each group on a page of its own, chosen from a list on the leading side
(one page of every card was 3,400 px tall)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
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
from dpo_desk.ui.settings.reminders import RemindersCard
from dpo_desk.ui.widgets import Card, ElidedLabel, InlineMessage, label

PAGE_KEY_ROLE = Qt.ItemDataRole.UserRole


#: A card's widest: wider, a line of explanation is too long to read comfortably.
CARD_MAX_WIDTH = 900


def _capped_row(card: QWidget) -> QHBoxLayout:
    """A card capped at CARD_MAX_WIDTH, in a row with a stretch rather than straight in the
    column.

    Straight in the column, Qt measures a card's wrapped text at the column's width, wider
    than the cap: the page came out short, and the card with the most to give (the working
    calendar) was squeezed under its contents, its buttons over its table.
    """
    card.setMaximumWidth(CARD_MAX_WIDTH)
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(card, 1)
    row.addStretch(0)
    return row


@dataclass(frozen=True)
class SettingsPage:
    """One entry of the settings' own navigation: a scrolling page of cards.

    A card with ``set_register``/``clear`` follows the register, and one with a
    ``status_message`` signal reports to the window, without more wiring: adding a page
    is one entry in :meth:`SettingsSection._page_list`.
    """

    key: str
    title: str
    cards: tuple[QWidget, ...]
    intro: str = ""


class SettingsSection(Section):
    key = "settings"
    icon_name = "settings"

    #: the organisation as saved, so the window can update what shows its name
    organisation_changed = Signal(object)

    #: the navigation's width bounds; in between, it takes its longest title
    NAV_MIN_WIDTH = 170
    NAV_MAX_WIDTH = 280
    NAV_ROW_HEIGHT = 38

    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded: Organisation | None = None
        self.organisation_card = self._organisation_card()

        # -- the cards, one attribute each (the window and the tests reach them) ----------
        self.deadlines = DeadlineSettings(clock)  # policy, working calendar, GDPR holidays
        self.policy_card = self.deadlines.policy_card
        self.calendar_card = self.deadlines.calendar_card
        self.letter_templates = LetterTemplatesCard(clock)  # issue 6
        self.letter_settings = LetterSettingsCard(clock)
        # Proof of identity asked for, and how long a copy may wait (issue 20).
        self.identity = IdentitySettingsCard(clock)
        # The CNDP's and the CNIL's addresses that letters print (issue 20).
        self.authority_addresses = AuthorityAddressesCard(clock)
        # The adequacy list and the activities' review period (issue 23).
        self.records_policy = RecordsPolicyCard(clock)
        self.auto_lock = AutoLockCard()
        # Which deadlines are recalled, how early, and the summary at unlock (issue 25).
        self.reminders = RemindersCard()
        # Sauvegarde et sécurité: backup, restore, passphrase, checks, retention (issue 8)
        self.maintenance = MaintenanceCard(clock)
        self.language = LanguageCard()
        self.file_card = self._file_card()

        self.pages: list[SettingsPage] = []
        self._areas: dict[str, QScrollArea] = {}
        self._build_layout()
        for page in self._page_list():
            self.add_page(page)
        self.navigation.setCurrentRow(0)
        self.clear()

    def _page_list(self) -> list[SettingsPage]:
        """The pages, in the navigation's order: one entry each."""
        return [
            SettingsPage(
                "organisation",
                self.tr("Organisation et délégué"),
                (self.organisation_card,),
                self.tr(
                    "L'organisation et son délégué figurent sur chaque courrier et chaque "
                    "registre exporté."
                ),
            ),
            SettingsPage("deadlines", self.tr("Délais et calendrier"), (self.deadlines,)),
            # The identity proof is what a letter asks for: it sits with the letters.
            SettingsPage(
                "letters",
                self.tr("Courriers"),
                (
                    self.letter_templates,
                    self.letter_settings,
                    self.identity,
                    self.authority_addresses,
                ),
            ),
            SettingsPage("records", self.tr("Registre des traitements"), (self.records_policy,)),
            SettingsPage("reminders", self.tr("Rappels"), (self.reminders,)),
            SettingsPage(
                "security",
                self.tr("Sécurité et sauvegarde"),
                (self.maintenance, self.auto_lock, self.file_card),
            ),
            SettingsPage("language", self.tr("Langue"), (self.language,)),
        ]

    # -- layout ------------------------------------------------------------------------------
    def _build_layout(self) -> None:
        # The outer layout holds the draft banners (Section.offer_draft) above everything.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        body = QWidget()
        body.setObjectName("SectionPage")
        outer.addWidget(body, 1)
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)

        # The navigation on the leading side (mirrored in Arabic), as the window's own.
        side = QVBoxLayout()
        side.setContentsMargins(*self._leading_first(24, 28, 12, 20))
        side.setSpacing(14)
        self.title_label = label(self.tr("Paramètres"), "title")
        side.addWidget(self.title_label)
        self.navigation = QListWidget()
        self.navigation.setObjectName("SettingsNavigation")
        self.navigation.setAccessibleName(self.tr("Pages des paramètres"))
        self.navigation.setAccessibleDescription(
            self.tr("Flèches haut et bas : changer de page ; Tab : aller à la page.")
        )
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.navigation.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.navigation.currentRowChanged.connect(self._show_row)
        # As tall as its rows (its focus frame around them, not down to the window's
        # foot); shorter, in a low window, it scrolls.
        self.navigation.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.navigation.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Maximum)
        side.addWidget(self.navigation)
        side.addStretch(1)
        row.addLayout(side)

        self.stack = QStackedWidget()
        row.addWidget(self.stack, 1)

    def _leading_first(
        self, leading: int, top: int, trailing: int, bottom: int
    ) -> tuple[int, int, int, int]:
        """Margins given leading side first: a box layout does not mirror its margins in a
        right-to-left window, where the leading side is the right."""
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            return (trailing, top, leading, bottom)
        return (leading, top, trailing, bottom)

    def add_page(self, page: SettingsPage) -> None:
        """A page at the end of the navigation, its cards wired to the register."""
        holder = QWidget()
        area, column = scrolling_column(holder, self._leading_first(12, 28, 28, 28), 16)
        area.setAccessibleName(page.title)
        if page.intro:
            column.addWidget(label(page.intro, "secondary", wrap=True))
        for card in page.cards:
            column.addLayout(_capped_row(card))
            status = getattr(card, "status_message", None)
            if status is not None:
                status.connect(self.status_message)
        column.addStretch(1)
        self.stack.addWidget(holder)
        self.pages.append(page)
        self._areas[page.key] = area
        item = QListWidgetItem(page.title)
        item.setData(PAGE_KEY_ROLE, page.key)
        item.setToolTip(page.title)
        # Set, not left to the stylesheet's padding: the list lays its rows out before
        # it is polished (as the window's navigation does).
        item.setSizeHint(QSize(0, self.NAV_ROW_HEIGHT))
        self.navigation.addItem(item)
        self._fit_navigation()

    def _fit_navigation(self) -> None:
        # As wide as the longest title, so no title is cut in any language; bounded, so
        # the pages keep their room. Around the text: the stylesheet's padding (12 px a
        # side) and margin (4), the list's border (1), the style's text margins (8).
        self.navigation.ensurePolished()
        metrics = QFontMetrics(self.navigation.font())
        longest = max(metrics.horizontalAdvance(page.title) for page in self.pages)
        width = longest + 2 * (12 + 4 + 1 + 8)
        # Past the bound a title is elided, whole in its tooltip (and the fit test fails).
        self.navigation.setFixedWidth(max(self.NAV_MIN_WIDTH, min(width, self.NAV_MAX_WIDTH)))

    def _show_row(self, row: int) -> None:
        if 0 <= row < self.stack.count():
            self.stack.setCurrentIndex(row)

    # -- pages ---------------------------------------------------------------------------
    def page_keys(self) -> list[str]:
        return [page.key for page in self.pages]

    def current_page(self) -> str:
        row = self.navigation.currentRow()
        return self.pages[row].key if 0 <= row < len(self.pages) else ""

    def show_page(self, key: str) -> QScrollArea:
        """Show the page ``key`` (see page_keys); gives back its scroll area."""
        row = self.page_keys().index(key)
        self.navigation.setCurrentRow(row)
        return self._areas[key]

    def page_of(self, widget: QWidget) -> str:
        """The key of the page that holds ``widget`` ("" when none does)."""
        for key, area in self._areas.items():
            page = area.widget()
            if page is not None and (widget is page or page.isAncestorOf(widget)):
                return key
        return ""

    def show_widget(self, widget: QWidget) -> None:
        """Show the page holding ``widget``, scrolled to it."""
        key = self.page_of(widget)
        if key:
            self.show_page(key).ensureWidgetVisible(widget)

    def show_item(self, reference: str) -> None:
        """The window's navigate_to("settings", key): a page by its key."""
        if reference in self.page_keys():
            self.show_page(reference)

    @property
    def scroll_area(self) -> QScrollArea:
        """The scroll area of the page shown."""
        return self._areas[self.current_page() or self.pages[0].key]

    def page_area(self, key: str) -> QScrollArea:
        return self._areas[key]

    def _bound_cards(self) -> list[Any]:
        """The cards that follow the register (they have set_register and clear)."""
        return [
            card
            for page in self.pages
            for card in page.cards
            if hasattr(card, "set_register") and hasattr(card, "clear")
        ]

    # -- the organisation and the file -------------------------------------------------------
    def _organisation_card(self) -> Card:
        org_card = Card()
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
        self.fields.on_change(self._update_buttons)
        return org_card

    def _file_card(self) -> Card:
        file_card = Card()
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
        return file_card

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
        for card in self._bound_cards():
            card.set_register(register)
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
        for card in self._bound_cards():
            card.clear()
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
        self.show_page("organisation")  # the form refilled, where the DPO sees it
        write_values(self.fields.all_widgets(), draft.values)
        self._update_buttons()
        return ""

    def _copy_uuid(self) -> None:
        clipboard.copy_text(self.uuid_value.text())
        self.status_message.emit(self.tr("Identifiant du registre copié."))
