"""« Rédiger un courrier »: the letters of one case, from the draft to the stored PDF.

Left, the case's letters (reopen one) and a new one (kind fitting the case, language,
author). Only the kinds the case supports can be chosen (``letter_availability``, the
rule the CLI follows too): the others are greyed out, and the card says why. Middle, the text as legal staff edit it, its review (*validé*, with the
reviewer's name) and the PDF. Right, the PDF as it will print, rendered in memory.

Opened from a request's page, and from a breach's page with one line:
``LetterDialog(register, breach.reference, clock=self.clock, parent=self).open()``.
Every step is one service call (``services.letters``); refusals are shown in place.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QStandardItemModel, QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.documents.kinds import (
    LETTER_KIND_LABELS,
    LETTER_LANGUAGE_LABELS,
    LetterKind,
    LetterLanguage,
)
from dpo_desk.domain.clock import Clock
from dpo_desk.domain.errors import UserError, ValidationError
from dpo_desk.domain.letters import DRAFT_STATUS_LABELS, CaseKind, DraftStatus, StoredDraft
from dpo_desk.services import breaches as breach_service
from dpo_desk.services import letter_addressees, letter_rules
from dpo_desk.services import letters as letter_service
from dpo_desk.services.journal import current_actor
from dpo_desk.services.read_model import AttachmentInfo, Register
from dpo_desk.ui import style
from dpo_desk.ui.i18n import error_text
from dpo_desk.ui.letters.preview import PdfPreview
from dpo_desk.ui.requests import look, texts
from dpo_desk.ui.save_copy import save_copy
from dpo_desk.ui.widgets import Card, FormDialog, busy, label, mark_invalid

DRAFT_ROLE = Qt.ItemDataRole.UserRole
LEFT_WIDTH = 340
UNAVAILABLE_WIDTH = LEFT_WIDTH - 40  # inside the card's margins


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("LetterKind", LETTER_KIND_LABELS[LetterKind(kind)])


def language_name(language: str) -> str:
    return QCoreApplication.translate(
        "LetterLanguage", LETTER_LANGUAGE_LABELS[LetterLanguage(language)]
    )


def status_name(status: DraftStatus) -> str:
    return QCoreApplication.translate("DraftStatus", DRAFT_STATUS_LABELS[status])


def set_text_direction(editor: QPlainTextEdit, language: str) -> None:
    """Arabic is written right to left and aligned right, in the editor as on paper."""
    rtl = LetterLanguage(language).rtl
    editor.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    option = editor.document().defaultTextOption()
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    option.setAlignment(
        (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        | Qt.AlignmentFlag.AlignAbsolute
    )
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    editor.document().setDefaultTextOption(option)


def plain_text(editor: QPlainTextEdit) -> str:
    """The editor's text as typed. ``toPlainText`` turns no-break spaces into spaces, and
    the letters keep them on purpose (a phone number is never split across two lines)."""
    raw = editor.document().toRawText()
    return raw.replace("\u2029", "\n").replace("\u2028", "\n")


class LetterDialog(FormDialog):
    """The letters of one case. ``issued`` carries (draft, attachment) after a PDF is
    stored with the case, so the page that opened the dialog can show the new file."""

    # Fermer or Escape ask while the open letter's text is edited and not saved.
    ask_before_discard = True
    issued = Signal(object, object)  # StoredDraft, AttachmentInfo
    changed = Signal()

    def __init__(
        self,
        register: Register,
        case_reference: str,
        *,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, width=1180, margins=(24, 20, 24, 18))
        self.register = register
        self.clock = clock
        self.case = letter_service.find_case(register, case_reference)
        self.zone = breach_service.organisation_timezone(register)
        self.draft: StoredDraft | None = None
        self.setWindowTitle(
            self.tr("Courriers — {reference} — DPO Desk").format(reference=self.case.reference)
        )
        self.setStyleSheet(look.STYLESHEET)
        self.setMinimumHeight(720)
        self.resize(1280, 800)
        self.add_heading(
            self.tr("Courriers — {reference}").format(reference=self.case.reference),
            self._case_summary(),
            role="title",
        )
        self.add_message()

        columns = QHBoxLayout()
        columns.setSpacing(14)
        self.outer.addLayout(columns, 1)
        columns.addWidget(self._build_left_column())
        columns.addWidget(self._build_edit_card(), 5)
        columns.addWidget(self._build_preview_card(), 4)
        self.outer.addLayout(self._build_close_row())

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._load_kinds()
        self._load_drafts()
        self._show(None)

    # -- construction -------------------------------------------------------------------
    def _build_left_column(self) -> QWidget:
        """The case's letters, and a new one."""
        left = QVBoxLayout()
        left.setSpacing(14)
        left.addWidget(self._build_new_card())
        left.addWidget(self._build_list_card(), 1)
        left_box = QWidget()
        left_box.setLayout(left)
        left.setContentsMargins(0, 0, 0, 0)
        left_box.setFixedWidth(LEFT_WIDTH)
        return left_box

    def _build_new_card(self) -> Card:
        new_card = Card()
        new_card.body.addWidget(label(self.tr("Nouveau courrier"), "heading"))
        new_card.body.addLayout(self._build_new_form())
        # What the chosen kind still needs, then why the greyed-out kinds are not offered.
        self.kind_note = label("", "secondary", wrap=True)
        new_card.body.addWidget(self.kind_note)
        self.start_button = QPushButton(self.tr("Rédiger le brouillon"))
        style.set_role(self.start_button, "primary")
        self.start_button.clicked.connect(self.start)
        new_card.body.addWidget(self.start_button)
        self.unavailable = label("", "muted", wrap=True)
        self.unavailable.setObjectName("UnavailableKinds")
        self.unavailable.setAlignment(Qt.AlignmentFlag.AlignTop)
        # The reasons may be long: they scroll rather than squeeze the letters' list.
        self.unavailable_box = QScrollArea()
        self.unavailable_box.setWidget(self.unavailable)
        self.unavailable_box.setWidgetResizable(True)
        self.unavailable_box.setFrameShape(QFrame.Shape.NoFrame)
        self.unavailable_box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        new_card.body.addWidget(self.unavailable_box)
        return new_card

    def _build_new_form(self) -> QFormLayout:
        form = QFormLayout()
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(8)
        self.kind = QComboBox()
        # A styled delegate, so that the kinds the case does not support show greyed out
        # (the default one draws every item alike under the app's style sheet).
        self.kind.setItemDelegate(QStyledItemDelegate(self.kind))
        self.kind.setStyleSheet(
            "QComboBox QAbstractItemView::item { padding: 4px 6px; }"
            f"QComboBox QAbstractItemView::item:disabled {{ color: {style.TEXT_MUTED}; }}"
        )
        self.availability: dict[LetterKind, letter_service.Availability] = {}
        self.language = QComboBox()
        for language in LetterLanguage:
            self.language.addItem(language_name(language), language.value)
        self.author = QLineEdit(current_actor())
        self.author.setToolTip(self.tr("Enregistré avec le brouillon"))
        self.delay_reasons = QLineEdit()
        self.delay_reasons.setPlaceholderText(self.tr("Pourquoi la notification est tardive"))
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Langue"), self.language)
        form.addRow(self.tr("Destinataire"), self._build_addressee())
        form.addRow(self.tr("Auteur"), self.author)
        self.delay_label = label(self.tr("Motifs du retard"))
        form.addRow(self.delay_label, self.delay_reasons)
        form.setRowVisible(self.delay_reasons, False)
        # An access reply whose sections the register leaves empty says why (« néant »).
        self.none_reason = QLineEdit()
        self.none_reason.setPlaceholderText(self.tr("Pourquoi ces rubriques sont vides"))
        self.none_reason.textChanged.connect(lambda _t: mark_invalid(self.none_reason, False))
        form.addRow(label(self.tr("Rubriques « néant »")), self.none_reason)
        form.setRowVisible(self.none_reason, False)
        self.new_form = form
        form.setRowVisible(self.addressee, False)
        return form

    def _build_addressee(self) -> QComboBox:
        """A breach notification goes to one authority the breach must be notified to,
        with that authority's words (GDPR Art. 33 to an EU authority; the organisation's
        policy to the CNDP): a breach owing both gets two letters, one per addressee."""
        self.addressee = QComboBox()
        self.addressee.setObjectName("LetterAddressee")
        # The items are long (the authority and its basis): the combo elides them rather
        # than squeezing the form's labels; the whole text is the tooltip.
        self.addressee.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.addressee.setMinimumContentsLength(12)
        self.addressee.currentIndexChanged.connect(
            lambda _i: self.addressee.setToolTip(self.addressee.currentText())
        )
        self._load_addressees()
        return self.addressee

    def _build_list_card(self) -> Card:
        list_card = Card()
        list_card.body.addWidget(label(self.tr("Courriers du dossier"), "heading"))
        self.drafts = QListWidget()
        self.drafts.setObjectName("Journal")
        self.drafts.setWordWrap(True)
        self.drafts.itemClicked.connect(self._draft_clicked)
        list_card.body.addWidget(self.drafts, 1)
        self.no_draft = label(self.tr("Aucun courrier pour ce dossier."), "muted", wrap=True)
        list_card.body.addWidget(self.no_draft)
        return list_card

    def _build_edit_card(self) -> Card:
        """The text, its review, the PDF."""
        edit_card = Card()
        self.heading = label(self.tr("Aucun courrier ouvert"), "heading", wrap=True)
        edit_card.body.addWidget(self.heading)
        self.state = label("", "secondary", wrap=True)
        edit_card.body.addWidget(self.state)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("LetterText")
        self.editor.setPlaceholderText(
            self.tr("Choisissez un type de courrier et une langue, puis « Rédiger le brouillon ».")
        )
        self.editor.textChanged.connect(self._update_buttons)
        edit_card.body.addWidget(self.editor, 1)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        self.preview_button = QPushButton(self.tr("Actualiser l'aperçu"))
        self.preview_button.clicked.connect(self.refresh_preview)
        self.save_button = QPushButton(self.tr("Enregistrer le brouillon"))
        self.save_button.clicked.connect(self.save)
        save_row.addWidget(self.preview_button)
        save_row.addWidget(self.save_button)
        edit_card.body.addLayout(save_row)
        edit_card.body.addLayout(self._build_review_row())
        edit_card.body.addLayout(self._build_issue_row())
        return edit_card

    def _build_review_row(self) -> QHBoxLayout:
        review_row = QHBoxLayout()
        review_row.setSpacing(8)
        review_row.addWidget(label(self.tr("Relu par")))
        self.reviewer = QLineEdit()
        self.reviewer.setPlaceholderText(self.tr("Nom du relecteur"))
        self.reviewer.setToolTip(self.tr("Nom de la personne qui a relu et validé le courrier"))
        self.reviewer.textChanged.connect(lambda _t: mark_invalid(self.reviewer, False))
        review_row.addWidget(self.reviewer, 1)
        if letter_rules.four_eyes(self.register):
            # Said before the refusal: the rule is the register's (Paramètres).
            self.reviewer.setPlaceholderText(self.tr("Une autre personne que l'auteur"))
            self.reviewer.setToolTip(
                self.tr(
                    "Règle des quatre yeux : le courrier est validé par une autre personne "
                    "que son auteur."
                )
            )
        self.validate_button = QPushButton(self.tr("Marquer comme validé"))
        self.validate_button.clicked.connect(self.validate)
        review_row.addWidget(self.validate_button)
        return review_row

    def _build_issue_row(self) -> QHBoxLayout:
        issue_row = QHBoxLayout()
        issue_row.addStretch(1)
        self.export_button = QPushButton(self.tr("Exporter le PDF…"))
        self.export_button.setToolTip(self.tr("Enregistrer une copie du PDF, hors du registre"))
        self.export_button.clicked.connect(self.export_pdf)
        self.issue_button = QPushButton(self.tr("Générer le PDF"))
        self.issue_button.setToolTip(
            self.tr("Le PDF est joint au dossier, chiffré dans le registre ; le courrier est figé.")
        )
        style.set_role(self.issue_button, "primary")
        self.issue_button.clicked.connect(self.issue)
        issue_row.addWidget(self.export_button)
        issue_row.addWidget(self.issue_button)
        return issue_row

    def _build_preview_card(self) -> Card:
        preview_card = Card()
        preview_head = QHBoxLayout()
        preview_head.addWidget(label(self.tr("Aperçu"), "heading"))
        preview_head.addStretch(1)
        self.pages_label = label("", "muted")
        preview_head.addWidget(self.pages_label)
        preview_card.body.addLayout(preview_head)
        self.preview = PdfPreview()
        preview_card.body.addWidget(self.preview, 1)
        return preview_card

    def _build_close_row(self) -> QHBoxLayout:
        close_row = QHBoxLayout()
        close_row.addStretch(1)
        self.close_button = QPushButton(self.tr("Fermer"))
        self.close_button.clicked.connect(self.cancel_by_user)
        close_row.addWidget(self.close_button)
        return close_row

    # -- case ------------------------------------------------------------------------------
    def _case_summary(self) -> str:
        if self.case.request is not None:
            request = self.case.request
            return self.tr("Demande de {name}, reçue le {date} — échéance le {due}").format(
                name=texts.isolate(request.requester_name),
                date=texts.format_date(request.received_on),
                due=texts.format_date(request.due_on),
            )
        assert self.case.breach is not None
        return self.tr("Violation : {title}").format(title=texts.isolate(self.case.breach.title))

    def _load_kinds(self) -> None:
        """The case's kinds, those it does not support greyed out with their reason."""
        try:
            self.availability = letter_service.letter_availability(self.register, self.case)
        except UserError as error:
            self.show_error(error)
            return
        chosen = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        model = self.kind.model()
        assert isinstance(model, QStandardItemModel)  # a combo box's own model
        reasons = []
        for index, kind in enumerate(letter_service.kinds_for(self.case.kind)):
            availability = self.availability[kind]
            self.kind.addItem(kind_name(kind), kind.value)
            if not availability.allowed and availability.reason is not None:
                why = error_text(availability.reason)
                model.item(index).setEnabled(False)
                self.kind.setItemData(index, why, Qt.ItemDataRole.ToolTipRole)
                reasons.append(why)
        allowed = [i for i in range(self.kind.count()) if self.is_offered(self.kind.itemData(i))]
        keep = self.kind.findData(chosen)
        self.kind.setCurrentIndex(keep if keep in allowed else (allowed[0] if allowed else -1))
        self.kind.blockSignals(False)
        if reasons:
            self.unavailable.setText(
                self.tr("Indisponibles pour ce dossier :")
                + "\n"
                + "\n".join(f"• {why}" for why in reasons)
            )
        # As tall as the reasons, up to a third of the dialog; beyond, they scroll.
        needed = self.unavailable.heightForWidth(UNAVAILABLE_WIDTH) + 4
        self.unavailable_box.setFixedHeight(max(60, min(needed, 260)))
        self.unavailable_box.setVisible(bool(reasons))
        self._kind_changed()

    def is_offered(self, kind: str | None) -> bool:
        """Whether the dialog lets the user draft this kind (the case supports it)."""
        found = self.kind_availability(kind)
        return found is not None and found.allowed

    def kind_availability(self, kind: str | None) -> letter_service.Availability | None:
        return self.availability.get(LetterKind(kind)) if kind else None

    def offered_kinds(self) -> list[str]:
        return [
            self.kind.itemData(i)
            for i in range(self.kind.count())
            if self.is_offered(self.kind.itemData(i))
        ]

    def _kind_changed(self, _index: int = 0) -> None:
        kind = self.kind.currentData()
        availability = self.kind_availability(kind)
        needs = availability.needs if availability is not None and availability.allowed else ()
        self.new_form.setRowVisible(self.none_reason, "access_none_reason" in needs)
        self.new_form.setRowVisible(
            self.addressee, kind == "breach-notification" and self.addressee.count() > 0
        )
        note = availability.reason if needs and availability is not None else None
        self.kind_note.setText(error_text(note) if note is not None else "")
        self.kind_note.setVisible(note is not None)
        self.start_button.setEnabled(self.is_offered(kind))

    def _load_addressees(self) -> None:
        """The authorities the breach must be notified to, the default one selected."""
        self.addressee.clear()
        if self.case.breach is None:
            return
        for addressee in letter_addressees.breach_addressees(self.case.breach):
            self.addressee.addItem(self.addressee_name(addressee), addressee.code)
        default = letter_addressees.check_addressee(self.case.breach, None).code
        self.addressee.setCurrentIndex(max(0, self.addressee.findData(default)))

    def addressee_name(self, addressee: letter_addressees.Addressee) -> str:
        """The authority and the basis of its notice, each with its instrument."""
        if addressee.code == "cndp":
            return self.tr("CNDP — politique interne (la loi 09-08 ne prévoit pas de notification)")
        name = addressee.name or QCoreApplication.translate("Authority", addressee.label)
        return self.tr("{authority} — article 33 du RGPD").format(authority=name)

    def chosen_addressee(self, kind: str | None) -> str | None:
        if kind != "breach-notification" or self.addressee.count() == 0:
            return None
        return self.addressee.currentData()

    @property
    def case_noun(self) -> str:
        return (
            self.tr("la demande") if self.case.kind is CaseKind.REQUEST else self.tr("la violation")
        )

    # -- list ------------------------------------------------------------------------------
    def _load_drafts(self) -> None:
        self.drafts.clear()
        try:
            found = letter_service.drafts_for(self.register, self.case)
        except UserError as error:
            self.show_error(error)
            return
        for draft in found:
            item = QListWidgetItem(self._draft_line(draft))
            item.setData(DRAFT_ROLE, draft.id)
            self.drafts.addItem(item)
            if self.draft is not None and draft.id == self.draft.id:
                self.drafts.setCurrentItem(item)
        self.drafts.setVisible(bool(found))
        self.no_draft.setVisible(not found)

    def _draft_line(self, draft: StoredDraft) -> str:
        head = self.tr("{kind} · {language}").format(
            kind=kind_name(draft.kind), language=language_name(draft.language)
        )
        to = letter_addressees.Addressee.from_code(draft.addressee)
        if to is not None:  # a breach notification: to which authority
            head = self.tr("{head} · {authority}").format(
                head=head,
                authority=to.name or QCoreApplication.translate("Authority", to.label),
            )
        status = status_name(draft.status)
        if draft.status is DraftStatus.VALIDATED:
            status = self.tr("{status} par {reviewer}").format(
                status=status, reviewer=draft.reviewer
            )
        written = self.tr("{author}, {when}").format(
            author=draft.author, when=texts.format_instant(draft.updated_at, self.zone)
        )
        return f"{head}\n{status}\n{written}"

    def _draft_clicked(self, item: QListWidgetItem) -> None:
        draft_id = int(item.data(DRAFT_ROLE))
        if self.draft is not None and draft_id == self.draft.id:
            return
        if self.is_edited() and not self._confirm_discard():
            self._load_drafts()
            return
        self.open_draft(draft_id)

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Modifications non enregistrées"),
            self.tr("Le texte modifié n'est pas enregistré. L'abandonner ?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    def open_draft(self, draft_id: int) -> None:
        try:
            draft = letter_service.get_draft(self.register, draft_id)
        except UserError as error:
            self.show_error(error)
            return
        self.message.clear_message()
        self._show(draft)
        self._load_drafts()

    # -- the open draft --------------------------------------------------------------------
    def _show(self, draft: StoredDraft | None, *, preview: bool = True) -> None:
        self.draft = draft
        self.editor.blockSignals(True)
        self.editor.setPlainText(draft.text if draft else "")
        self.editor.blockSignals(False)
        if draft is None:
            self.heading.setText(self.tr("Aucun courrier ouvert"))
            self.state.setText("")
            self.preview.clear()
            self.pages_label.setText("")
            self._update_buttons()
            return
        set_text_direction(self.editor, draft.language)
        self.heading.setText(
            self.tr("{kind} — {language}").format(
                kind=kind_name(draft.kind), language=language_name(draft.language)
            )
        )
        self.state.setText(self._state_text(draft))
        self.editor.setReadOnly(not draft.editable)
        if draft.reviewer:
            self.reviewer.setText(draft.reviewer)
        self._update_buttons()
        if preview:
            self.refresh_preview()

    def _state_text(self, draft: StoredDraft) -> str:
        written = self.tr("Rédigé par {author} le {when}.").format(
            author=draft.author, when=texts.format_instant(draft.created_at, self.zone)
        )
        if draft.status is DraftStatus.DRAFT:
            return written + " " + self.tr("Brouillon : à relire puis marquer comme validé.")
        validated = self.tr("Validé par {reviewer} le {when}.").format(
            reviewer=draft.reviewer,
            when=texts.format_instant(draft.validated_at, self.zone) if draft.validated_at else "",
        )
        if draft.status is DraftStatus.VALIDATED:
            return f"{written} {validated} " + self.tr("Prêt pour la génération du PDF.")
        return f"{written} {validated} " + self.tr(
            "PDF généré et joint au dossier : le courrier ne se modifie plus."
        )

    def is_edited(self) -> bool:
        return self.draft is not None and plain_text(self.editor) != self.draft.text

    def has_unsaved_changes(self) -> bool:
        # Only the letter's text counts: the other fields only choose what to show.
        return self.is_edited()

    def _update_buttons(self) -> None:
        draft = self.draft
        editable = draft is not None and draft.editable
        edited = self.is_edited()
        self.save_button.setEnabled(editable and edited)
        self.preview_button.setEnabled(draft is not None)
        self.validate_button.setEnabled(
            editable and (edited or draft.status is DraftStatus.DRAFT)  # type: ignore[union-attr]
        )
        self.reviewer.setEnabled(editable)
        self.issue_button.setEnabled(
            draft is not None and draft.status is DraftStatus.VALIDATED and not edited
        )
        self.export_button.setVisible(draft is not None and draft.status is DraftStatus.ISSUED)

    # -- steps -----------------------------------------------------------------------------
    def start(self) -> StoredDraft | None:
        if self.is_edited() and not self._confirm_discard():
            return None
        self.message.clear_message()
        mark_invalid(self.delay_reasons, False)
        mark_invalid(self.author, False)
        mark_invalid(self.none_reason, False)
        kind = self.kind.currentData()
        needs_reason = self.new_form.isRowVisible(self.none_reason)
        try:
            with busy():
                draft = letter_service.start_draft(
                    self.register,
                    self.case.reference,
                    kind,
                    self.language.currentData(),
                    self.author.text(),
                    clock=self.clock,
                    delay_reasons=self.delay_reasons.text(),
                    access_none_reason=self.none_reason.text() if needs_reason else "",
                    addressee=self.chosen_addressee(kind),
                )
        except ValidationError as error:
            if error.field == "delay_reasons":
                # Art. 33(1): a late notification states why; ask here, then retry.
                self.new_form.setRowVisible(self.delay_reasons, True)
                mark_invalid(self.delay_reasons, True)
                self.delay_reasons.setFocus()
            elif error.field == "access_none_reason":
                self.new_form.setRowVisible(self.none_reason, True)
                mark_invalid(self.none_reason, True)
                self.none_reason.setFocus()
            elif error.field == "author":
                mark_invalid(self.author, True)
            self.show_error(error)
            return None
        except UserError as error:
            # The case may have changed since the dialog opened: offer what it supports now.
            self.show_error(error)
            self._load_kinds()
            return None
        self._show(draft)
        self._load_drafts()
        self.message.show_message(
            self.tr("Brouillon enregistré dans le registre. Relisez-le et modifiez-le ici."),
            "success",
        )
        self.changed.emit()
        return draft

    def save(self) -> bool:
        if self.draft is None:
            return False
        self.message.clear_message()
        try:
            with busy():
                saved = letter_service.save_draft(
                    self.register, self.draft, plain_text(self.editor), clock=self.clock
                )
        except UserError as error:
            self.show_error(error)
            return False
        was_validated = self.draft.status is DraftStatus.VALIDATED
        self._show(saved)
        self._load_drafts()
        if was_validated and saved.status is DraftStatus.DRAFT:
            text = self.tr("Brouillon enregistré. Le texte a changé : il est à valider de nouveau.")
            self.message.show_message(text, "warning")
        else:
            self.message.show_message(self.tr("Brouillon enregistré."), "success")
        self.changed.emit()
        return True

    def validate(self) -> bool:
        if self.draft is None:
            return False
        if self.is_edited() and not self.save():
            return False  # what is validated is the text on screen, saved first
        self.message.clear_message()
        try:
            with busy():
                validated = letter_service.validate_draft(
                    self.register, self.draft, self.reviewer.text(), clock=self.clock
                )
        except ValidationError as error:
            if error.field == "reviewer":
                mark_invalid(self.reviewer, True)
                self.reviewer.setFocus()
            self.show_error(error)
            return False
        except UserError as error:
            self.show_error(error)
            return False
        self._show(validated, preview=False)
        self._load_drafts()
        self.message.show_message(
            self.tr("Courrier validé par {reviewer}.").format(reviewer=validated.reviewer),
            "success",
        )
        self.changed.emit()
        return True

    def issue_confirmation(self) -> tuple[QMessageBox, QPushButton]:
        """The question before "Générer le PDF", and its "generate" button."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Générer le PDF définitif"))
        box.setText(self.tr("Générer le PDF définitif de ce courrier ?"))
        box.setInformativeText(
            self.tr(
                "Le courrier sera alors figé : son texte ne pourra plus être modifié. Le PDF "
                "sera joint à {case} {reference}, chiffré dans le registre, et la génération "
                "sera inscrite au journal."
            ).format(case=self.case_noun, reference=self.case.reference)
        )
        generate = box.addButton(self.tr("Générer le PDF"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
        # Enter or Escape without reading cancels: only a deliberate click makes it final.
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        return box, generate

    def confirm_issue(self) -> bool:
        """Issuing is final: asked first. Tests drive the box through ``QMessageBox.exec``."""
        box, generate = self.issue_confirmation()
        box.exec()
        confirmed = box.clickedButton() is generate
        box.deleteLater()
        return confirmed

    def issue(self) -> AttachmentInfo | None:
        if self.draft is None:
            return None
        if not self.confirm_issue():
            return None
        self.message.clear_message()
        try:
            with busy():
                issued, info = letter_service.issue_pdf(self.register, self.draft, clock=self.clock)
        except UserError as error:
            self.show_error(error)
            return None
        self._show(issued, preview=False)
        self._show_stored_pdf(issued)
        self._load_drafts()
        self.message.show_message(
            self.tr("PDF « {name} » joint à {case} {reference}.").format(
                name=info.filename, case=self.case_noun, reference=self.case.reference
            ),
            "success",
        )
        self.issued.emit(issued, info)
        self.changed.emit()
        return info

    # -- preview and export ----------------------------------------------------------------
    def refresh_preview(self) -> None:
        """The letter as it will print, from the text on screen (saved or not)."""
        if self.draft is None:
            return
        if self.draft.status is DraftStatus.ISSUED:
            self._show_stored_pdf(self.draft)
            return
        try:
            with busy():
                pdf = letter_service.preview_pdf(
                    self.register,
                    replace(self.draft, text=plain_text(self.editor)),
                    clock=self.clock,
                )
                self._set_preview(pdf)
        except UserError as error:
            self.show_error(error)

    def _show_stored_pdf(self, draft: StoredDraft) -> None:
        try:
            with busy():
                _name, pdf = letter_service.issued_pdf(self.register, draft)
                self._set_preview(pdf)
        except UserError as error:
            self.show_error(error)

    def _set_preview(self, pdf: bytes) -> None:
        self.preview.set_pdf(pdf)
        count = self.preview.page_count
        self.pages_label.setText(
            self.tr("{n} page").format(n=count)
            if count == 1
            else self.tr("{n} pages").format(n=count)
        )

    def export_pdf(self) -> None:
        """A copy outside the register: only where the user chooses, on request."""
        if self.draft is None or self.draft.status is not DraftStatus.ISSUED:
            return
        try:
            name, pdf = letter_service.issued_pdf(self.register, self.draft)
        except UserError as error:
            self.show_error(error)
            return
        # Owner-only (0600), from the documents folder: ui/save_copy.py.
        try:
            target = save_copy(
                self, self.tr("Exporter le PDF"), name, pdf, self.tr("Documents PDF (*.pdf)")
            )
        except UserError as error:
            self.show_error(error)
            return
        if target is None:
            return
        self.message.show_message(
            self.tr("Copie enregistrée : {path}").format(path=target), "success"
        )

    # -- closing ---------------------------------------------------------------------------
    def done(self, result: int) -> None:  # noqa: D401 — Qt override
        # The preview's pixels and the text are personal data: gone with the dialog.
        self.preview.clear()
        self.editor.clear()
        super().done(result)
