"""« Modèles de courrier » in Paramètres: legal staff edit a kind's template in one
language, with the placeholders it may use listed beside it; a template with an unknown
placeholder is refused with its name and line; the shipped default can be restored."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.documents.kinds import LetterKind, LetterLanguage
from dpo_desk.documents.templates import placeholders_for
from dpo_desk.domain.clock import Clock
from dpo_desk.domain.errors import UserError
from dpo_desk.services import breaches as breach_service
from dpo_desk.services import letter_templates
from dpo_desk.services.read_model import Register
from dpo_desk.ui import style
from dpo_desk.ui.formatting import ltr
from dpo_desk.ui.letters.dialog import kind_name, language_name, plain_text, set_text_direction
from dpo_desk.ui.requests import texts
from dpo_desk.ui.settings.card import SettingsCard
from dpo_desk.ui.widgets import busy, label, mark_invalid

NAME_ROLE = Qt.ItemDataRole.UserRole


def field_description(description: str) -> str:
    return QCoreApplication.translate("LetterField", description)


class FieldList(QListWidget):
    """The placeholders, each row as tall as its wrapped text at the list's width.

    The style measures a wrapped row without the stylesheet's padding: a long field name
    ("{{ organisation.dpo_contact }}") took a second line and pushed its description out
    of the row ("}}…"). The rows are measured here, at each width.
    """

    #: the stylesheet's item padding (QListWidget::item), both sides, and a margin
    ITEM_PADDING = QSize(2 * 10 + 6, 2 * 8 + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.fit_rows()

    def fit_rows(self) -> None:
        width = max(self.viewport().width() - self.ITEM_PADDING.width(), 40)
        metrics = self.fontMetrics()
        for row in range(self.count()):
            item = self.item(row)
            text = metrics.boundingRect(
                QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, item.text()
            )
            item.setSizeHint(QSize(width, text.height() + self.ITEM_PADDING.height()))


class LetterTemplatesCard(SettingsCard):
    """The template editor. ``set_register`` / ``clear`` follow the settings section."""

    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(clock, parent)
        self.loaded: letter_templates.TemplateInfo | None = None
        self.zone: tzinfo | None = None

        self.body.addWidget(label(self.tr("Modèles de courrier"), "heading"))
        self.body.addWidget(
            label(
                self.tr(
                    "Chaque type de courrier a un modèle par langue. Les champs entre "
                    "{{ doubles accolades }} sont remplis avec les données du dossier ; "
                    "{% if champ %} … {% endif %} garde un passage quand le champ est renseigné. "
                    "La première ligne est l'objet du courrier."
                ),
                "secondary",
                wrap=True,
            )
        )
        choose = QHBoxLayout()
        choose.setSpacing(10)
        self.kind = QComboBox()
        for kind in LetterKind:
            self.kind.addItem(kind_name(kind), kind.value)
        self.language = QComboBox()
        for language in LetterLanguage:
            self.language.addItem(language_name(language), language.value)
        choose.addWidget(self.kind, 3)
        choose.addWidget(self.language, 1)
        self.body.addLayout(choose)
        # Where the template comes from, and beside it the way back to the shipped one: in
        # the bottom row, three buttons were wider than the card in every language.
        origin_row = QHBoxLayout()
        origin_row.setSpacing(12)
        self.origin = label("", "muted", wrap=True)
        origin_row.addWidget(self.origin, 1)
        self.restore_button = QPushButton(self.tr("Rétablir le modèle par défaut"))
        self.restore_button.clicked.connect(self.restore)
        origin_row.addWidget(self.restore_button)
        self.body.addLayout(origin_row)

        panes = QHBoxLayout()
        panes.setSpacing(12)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("TemplateText")
        self.editor.setMinimumHeight(380)
        self.editor.textChanged.connect(self._edited)
        panes.addWidget(self.editor, 3)
        fields = QVBoxLayout()
        fields.setSpacing(6)
        fields.addWidget(label(self.tr("Champs disponibles"), "subheading"))
        self.placeholders = FieldList()
        self.placeholders.setObjectName("Placeholders")
        self.placeholders.setWordWrap(True)
        self.placeholders.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.placeholders.setToolTip(self.tr("Double-cliquez pour insérer le champ dans le modèle"))
        self.placeholders.itemDoubleClicked.connect(self.insert_placeholder)
        fields.addWidget(self.placeholders, 1)
        fields.addWidget(label(self.tr("Double-clic : insérer"), "muted"))
        panes.addLayout(fields, 2)
        self.body.addLayout(panes)

        self.add_message()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.revert_button = QPushButton(self.tr("Annuler les modifications"))
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self.tr("Enregistrer le modèle"))
        style.set_role(self.save_button, "primary")
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        self.body.addLayout(buttons)

        self.kind.currentIndexChanged.connect(self._choice_changed)
        self.language.currentIndexChanged.connect(self._choice_changed)
        self.clear()

    # -- register --------------------------------------------------------------------------
    def set_register(self, register: Register) -> None:
        self.register = register
        try:
            self.zone = breach_service.organisation_timezone(register)
        except UserError:
            self.zone = None
        self._load()

    def clear(self) -> None:
        self.register = None
        self.loaded = None
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.blockSignals(False)
        self.origin.clear()
        self.message.clear_message()
        self._fill_placeholders()
        self._update_buttons()

    # -- choice ----------------------------------------------------------------------------
    @property
    def current_kind(self) -> str:
        return str(self.kind.currentData())

    @property
    def current_language(self) -> str:
        return str(self.language.currentData())

    def select(self, kind: str, language: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.language.setCurrentIndex(self.language.findData(language))

    def _choice_changed(self) -> None:
        # Switching away drops unsaved typing; the buttons said so (Annuler / Enregistrer).
        self._fill_placeholders()
        self._load()

    def _fill_placeholders(self) -> None:
        self.placeholders.clear()
        for placeholder in placeholders_for(self.current_kind):
            shown = (
                f"{{% if {placeholder.name} %}}"
                if placeholder.kind == "flag"
                else f"{{{{ {placeholder.name} }}}}"
            )
            # The field is code, left to right in any UI: isolated, the braces and the
            # underscores keep their order inside an Arabic list. Insertion uses NAME_ROLE.
            item = QListWidgetItem(f"{ltr(shown)}\n{field_description(placeholder.description)}")
            item.setData(NAME_ROLE, shown)
            self.placeholders.addItem(item)
        self.placeholders.fit_rows()

    def _load(self) -> None:
        self.message.clear_message()
        mark_invalid(self.editor, False)
        if self.register is None:
            return
        try:
            info = letter_templates.template_text(
                self.register, self.current_kind, self.current_language
            )
        except UserError as error:
            self.show_error(error)
            return
        self._show(info)

    def _show(self, info: letter_templates.TemplateInfo) -> None:
        self.loaded = info
        self.editor.blockSignals(True)
        self.editor.setPlainText(info.text)
        self.editor.blockSignals(False)
        set_text_direction(self.editor, info.language)
        if info.custom and info.updated_at is not None and self.zone is not None:
            self.origin.setText(
                self.tr("Modèle modifié par {who} le {when}.").format(
                    who=info.updated_by, when=texts.format_instant(info.updated_at, self.zone)
                )
            )
        elif info.custom:
            self.origin.setText(self.tr("Modèle modifié."))
        else:
            self.origin.setText(self.tr("Modèle par défaut, livré avec DPO Desk."))
        self._update_buttons()

    # -- editing ---------------------------------------------------------------------------
    def is_edited(self) -> bool:
        return self.loaded is not None and plain_text(self.editor) != self.loaded.text

    def _edited(self) -> None:
        mark_invalid(self.editor, False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.register is not None and self.loaded is not None
        edited = has and self.is_edited()
        self.save_button.setEnabled(edited)
        self.revert_button.setEnabled(edited)
        self.restore_button.setEnabled(has and bool(self.loaded and self.loaded.custom))
        self.editor.setEnabled(self.register is not None)
        self.kind.setEnabled(self.register is not None)
        self.language.setEnabled(self.register is not None)

    def insert_placeholder(self, item: QListWidgetItem) -> None:
        self.editor.insertPlainText(str(item.data(NAME_ROLE)))
        self.editor.setFocus()

    def revert(self) -> None:
        if self.loaded is not None:
            self._show(self.loaded)
        self.message.clear_message()

    def save(self) -> bool:
        if self.register is None:
            return False
        try:
            with busy():
                info = letter_templates.save_template(
                    self.register,
                    self.current_kind,
                    self.current_language,
                    plain_text(self.editor),
                    clock=self.clock,
                )
        except UserError as error:
            # "Champ inconnu « x » à la ligne 12 du modèle." — the text stays as typed.
            mark_invalid(self.editor, True)
            self.show_error(error)
            return False
        self._show(info)
        text = self.tr("Modèle « {kind} » ({language}) enregistré.").format(
            kind=kind_name(info.kind), language=language_name(info.language)
        )
        self.report(text)
        return True

    def restore(self) -> bool:
        if self.register is None:
            return False
        try:
            info = letter_templates.restore_default(
                self.register, self.current_kind, self.current_language, clock=self.clock
            )
        except UserError as error:
            self.show_error(error)
            return False
        self._show(info)
        text = self.tr("Modèle par défaut rétabli.")
        self.report(text)
        return True
