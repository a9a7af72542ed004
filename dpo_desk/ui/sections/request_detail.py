"""The page of one request: its deadline and why, its details, the next steps, its files
and its journal.

It lives with the sections, not in ``ui/requests/``: besides the request's own cards it
opens the letters (``ui/letters``) and embeds the activities concerned (``ui/records``),
and both of those build on the request widgets; composed here, no feature package
imports another one back.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.clock import Clock, organisation_zone
from dpo_desk.domain.errors import Conflict, UserError
from dpo_desk.domain.requests.model import RightsRequest
from dpo_desk.domain.requests.workflow import RequestStatus, can_transition
from dpo_desk.services import requests as request_service
from dpo_desk.services.read_model import Register
from dpo_desk.ui import printing, style
from dpo_desk.ui.drafts import read_values, write_values
from dpo_desk.ui.i18n import error_text
from dpo_desk.ui.letters import LetterDialog
from dpo_desk.ui.page_head import add_back_link, reference_label
from dpo_desk.ui.records.activity_picker import ActivityPicker
from dpo_desk.ui.requests import look, texts
from dpo_desk.ui.requests.attachments_card import AttachmentsCard
from dpo_desk.ui.requests.deadline_card import DeadlineCard
from dpo_desk.ui.requests.dialogs import ACTIONS, ActionDialog, action_caption, action_dialog
from dpo_desk.ui.requests.follow_up import FollowUpCard
from dpo_desk.ui.requests.form import RequestFields, form_layout
from dpo_desk.ui.requests.journal import journal_text
from dpo_desk.ui.sections.base import scrolling_column
from dpo_desk.ui.widgets import Card, InlineMessage, busy, confirm_discard, label
from dpo_desk.ui.wrap_row import wrap_long_rows

# Actions whose outcome ends the organisation's obligation: drawn in red, confirmed.
FINAL_ACTIONS = {"refuse", "withdraw", "close"}


class RequestDetail(QWidget):
    """One request. Emits ``changed`` after every write, ``back_requested`` for the list."""

    changed = Signal(object)  # RightsRequest
    back_requested = Signal()
    status_message = Signal(str)
    #: show another section's item: ("processing", "#12") from "Traitements concernés"
    navigate = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register: Register | None = None
        self.request: RightsRequest | None = None
        self.clock: Clock | None = None
        self.today: date | None = None
        self.zone = organisation_zone()
        self.active_dialog: QDialog | None = None

        _scroll, column = scrolling_column(self, (28, 18, 28, 24), 14)
        self._build_header(column)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        column.addLayout(columns, 1)
        left = QVBoxLayout()
        left.setSpacing(16)
        right = QVBoxLayout()
        right.setSpacing(16)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)

        self.deadline_card = DeadlineCard()
        left.addWidget(self.deadline_card)
        left.addWidget(self._build_details_card())
        left.addWidget(self._build_journal_card())
        left.addStretch(1)
        right.addWidget(self._build_actions_card())
        self.follow_up = FollowUpCard()
        right.addWidget(self.follow_up)
        self.files = AttachmentsCard()
        self.files.written.connect(self._load_journal)
        self.files.status_message.connect(self.status_message)
        right.addWidget(self.files)

        # -- activities concerned (GDPR Art. 30 register) -----------------------------------
        self.activities = ActivityPicker("request")
        self.activities.open_activity.connect(self._open_activity)
        right.addWidget(self.activities)
        right.addStretch(1)
        self._name_card_parts()

        self.setStyleSheet(look.STYLESHEET)
        self.clear()

    # -- construction ------------------------------------------------------------------------
    def _build_header(self, column: QVBoxLayout) -> None:
        self.back_button = add_back_link(column, self.tr("‹  Toutes les demandes"), self.go_back)
        head = QHBoxLayout()
        head.setSpacing(14)
        self.reference = reference_label()
        head.addWidget(self.reference)
        self.chip = QLabel()
        head.addWidget(self.chip, 0, Qt.AlignmentFlag.AlignVCenter)
        head.addStretch(1)
        self.print_button = printing.print_button(self.print_summary)
        head.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignVCenter)
        column.addLayout(head)
        self.summary = label("", "secondary", wrap=True)
        column.addWidget(self.summary)

    def _build_details_card(self) -> Card:
        details_card = Card()
        details_card.body.addWidget(label(self.tr("Détails de la demande"), "heading"))
        self.fields = RequestFields(self)
        form = form_layout()
        rows = [
            ("regimes", self.tr("Régime *")),
            ("rights", self.tr("Droits exercés *")),
            ("channel", self.tr("Reçue par")),
            ("received_on", self.tr("Reçue le *")),
            ("requester_name", self.tr("Demandeur *")),
            ("requester_email", self.tr("E-mail")),
            ("requester_phone", self.tr("Téléphone")),
            ("requester_address", self.tr("Adresse")),
            ("requester_role", self.tr("Agit en tant que")),
            ("subject_name", self.tr("Personne concernée")),
            ("assignee", self.tr("Suivie par")),
            ("notes", self.tr("Notes")),
        ]
        self.fields.add_rows(form, rows)
        # Labels above their fields when the card is narrow (a 1180 px window, English):
        # the two columns of the page then fit without scrolling sideways.
        wrap_long_rows(form, [self.fields.box(name) for name, _caption in rows])
        details_card.body.addLayout(form)
        self.message = InlineMessage()
        details_card.body.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.reload_button = QPushButton(self.tr("Recharger"))
        self.reload_button.setToolTip(self.tr("Abandonner la saisie et relire la demande"))
        self.reload_button.clicked.connect(self.reload)
        self.reload_button.hide()
        self.revert_button = QPushButton(self.tr("Annuler les modifications"))
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self.tr("Enregistrer"))
        style.set_role(self.save_button, "primary")
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        details_card.body.addLayout(buttons)
        self.fields.edited.connect(self._update_buttons)
        return details_card

    def _build_journal_card(self) -> Card:
        journal_card = Card()
        journal_card.body.addWidget(label(self.tr("Journal de la demande"), "heading"))
        self.journal = QListWidget()
        self.journal.setObjectName("Journal")
        self.journal.setWordWrap(True)
        self.journal.setMinimumHeight(280)
        self.journal.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        journal_card.body.addWidget(self.journal)
        return journal_card

    def _build_actions_card(self) -> Card:
        actions_card = Card()
        actions_card.body.addWidget(label(self.tr("Suite à donner"), "heading"))
        self.action_buttons: dict[str, QPushButton] = {}
        for key, _target in ACTIONS:
            button = QPushButton(action_caption(key) + "…")
            style.set_role(button, "danger" if key in FINAL_ACTIONS else "action")
            button.clicked.connect(lambda _checked=False, k=key: self.open_action(k))
            actions_card.body.addWidget(button)
            self.action_buttons[key] = button
        # Issue 6: the request's letters (draft, review, PDF kept as an attachment).
        self.letter_button = QPushButton(self.tr("Rédiger un courrier…"))
        style.set_role(self.letter_button, "action")
        self.letter_button.clicked.connect(self.open_letters)
        actions_card.body.addWidget(self.letter_button)
        self.actions_hint = label("", "muted", wrap=True)
        actions_card.body.addWidget(self.actions_hint)
        return actions_card

    def _name_card_parts(self) -> None:
        """The cards' parts the section and the tests reach from the page, under the
        names they had when the page built them itself."""
        deadline = self.deadline_card
        self.deadline, self.basis, self.why = deadline.deadline, deadline.basis, deadline.why
        self.why_button, self.regime_note = deadline.why_button, deadline.regime_note
        self.follow_values = self.follow_up.follow_values
        files = self.files
        self.attachments, self.files_message = files.attachments, files.files_message
        self.identity_box, self.attach_button = files.identity_box, files.attach_button
        self.export_button = files.export_button
        self.delete_attachment_button = files.delete_attachment_button
        self.export_attachment = files.export_attachment

    # -- loading ---------------------------------------------------------------------------
    def show_request(
        self,
        register: Register,
        request: RightsRequest,
        *,
        today: date,
        timezone: str,
        clock: Clock | None,
    ) -> None:
        self.register = register
        self.clock = clock
        self.today = today
        self.zone = organisation_zone(timezone or None)
        self.message.clear_message()
        self.files_message.clear_message()
        self.reload_button.hide()
        self._display(request)
        self.activities.set_case(register, request.id, clock=clock)

    def _display(self, request: RightsRequest, *, keep_form: bool = False) -> None:
        self.request = request
        self.reference.setText(
            self.tr("{reference} (réf. externe {external})").format(
                reference=request.reference, external=texts.isolate(request.external_reference)
            )
            if request.external_reference
            else request.reference
        )
        self.chip.setText(texts.status_label(request.status))
        self.chip.setProperty("chip", look.chip_tone(str(request.status)))
        style.repolish(self.chip)
        who = texts.isolate(request.requester_name)
        if request.subject_name and str(request.requester_role) != "self":
            who = self.tr("{requester} ({role}) pour {subject}").format(
                requester=texts.isolate(request.requester_name),
                role=texts.role_label(request.requester_role).lower(),
                subject=texts.isolate(request.subject_name),
            )
        summary = "   ·   ".join(
            part
            for part in (
                who,
                texts.rights_text(request.rights, short=False),
                texts.regimes_text(request.regimes),
                self.tr("reçue le {date}").format(date=texts.format_date(request.received_on)),
            )
            if part
        )
        self.summary.setText(texts.in_ui_direction(summary))
        self.deadline_card.show_request(self.register, request, self.today, self.clock)
        if not keep_form:
            self.fields.set_request(request)
        self.fields.set_read_only(request.status is RequestStatus.CLOSED)
        self.follow_up.show_request(request)
        self._show_actions(request)
        if self.register is not None:
            self.files.show_request(self.register, request, self.zone, self.clock)
        self._load_journal()
        self._update_buttons()

    def _show_actions(self, request: RightsRequest) -> None:
        self.letter_button.setEnabled(True)  # a letter fits every status, closed included
        for key, _target in ACTIONS:
            self.action_buttons[key].setEnabled(self.enabled_action(key, request.status))
        if request.status is RequestStatus.CLOSED:
            self.actions_hint.setText(self.tr("Demande clôturée : plus aucune étape."))
        elif not request.is_open:
            self.actions_hint.setText(self.tr("Réponse faite : il reste à clôturer la demande."))
        else:
            self.actions_hint.setText("")
        self.actions_hint.setVisible(bool(self.actions_hint.text()))

    @staticmethod
    def enabled_action(key: str, status: RequestStatus) -> bool:
        target = dict(ACTIONS)[key]
        return can_transition(status, target)

    def _load_journal(self) -> None:
        self.journal.clear()
        if self.register is None or self.request is None:
            return
        try:
            entries = request_service.journal_for(self.register, self.request)
        except UserError as error:
            self.journal.addItem(error_text(error))
            return
        for entry in reversed(entries):  # the latest first
            self.journal.addItem(journal_text(entry, self.zone))

    # -- editing ---------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        editable = self.request is not None and self.request.status is not RequestStatus.CLOSED
        self.save_button.setEnabled(editable and self.is_edited())
        self.revert_button.setEnabled(editable and self.is_edited())

    def is_edited(self) -> bool:
        if self.request is None:
            return False
        try:
            intake = self.fields.intake()
        except ValueError:
            return True
        r = self.request
        return (
            intake.regimes,
            intake.rights,
            intake.received_on,
            intake.requester_name,
            intake.channel,
            intake.requester_email,
            intake.requester_phone,
            intake.requester_address,
            intake.requester_role,
            intake.subject_name,
            intake.assignee,
            intake.notes,
        ) != (
            r.regimes,
            r.rights,
            r.received_on,
            r.requester_name,
            r.channel,
            r.requester_email,
            r.requester_phone,
            r.requester_address,
            r.requester_role,
            r.subject_name if str(r.requester_role) != "self" else "",
            r.assignee,
            r.notes,
        )

    def unsaved_values(self) -> dict | None:
        """The details as typed, when they differ from the request's (a lock keeps them)."""
        if self.request is None or not self.is_edited():
            return None
        return read_values(self.fields.widgets())

    def restore_values(self, values: dict) -> None:
        """Refill the details with a draft's values: edited, not saved."""
        write_values(self.fields.widgets(), values)
        self._update_buttons()

    def save(self) -> None:
        if self.register is None or self.request is None:
            return
        self.message.clear_message()
        self.fields.clear_errors()
        try:
            with busy():
                saved = request_service.update_details(
                    self.register, self.request, self.fields.intake(), clock=self.clock
                )
        except Conflict as error:
            # Someone (another window, the CLI) changed it: keep what was typed, offer
            # to reload; never overwrite their change silently.
            self.message.show_message(error_text(error), "warning")
            self.reload_button.show()
            return
        except UserError as error:
            if not self.fields.point_at(error):
                self.message.show_message(error_text(error), "error")
            return
        self._display(saved)
        text = self.tr("Demande {reference} enregistrée.").format(reference=saved.reference)
        self.message.show_message(text, "success")
        self.changed.emit(saved)
        self.status_message.emit(text)

    def go_back(self) -> None:
        """Back to the list. Typing not saved is asked about first: the next request
        opened would have replaced it without a word."""
        if self.is_edited():
            if not confirm_discard(self):
                return
            if self.request is not None:
                self.fields.set_request(self.request)
            self.message.clear_message()
            self._update_buttons()
        self.back_requested.emit()

    def revert(self) -> None:
        # "Annuler les modifications" throws away typing: asked first, as in the dialogs.
        if self.is_edited() and not confirm_discard(self):
            return
        if self.request is not None:
            self.fields.set_request(self.request)
        self.message.clear_message()
        self._update_buttons()

    def reload(self) -> None:
        """Read the request again from the register (after a concurrent change)."""
        if self.register is None or self.request is None:
            return
        try:
            fresh = request_service.get_request(self.register, self.request.id)
        except UserError as error:
            self.message.show_message(error_text(error), "error")
            return
        self.reload_button.hide()
        self.message.clear_message()
        self._display(fresh)
        self.changed.emit(fresh)

    # -- actions ---------------------------------------------------------------------------
    def open_action(self, key: str) -> ActionDialog | None:
        if self.register is None or self.request is None or self.today is None:
            return None
        if not self.action_buttons[key].isEnabled():
            return None
        dialog = action_dialog(key, self.register, self.request, self.today, self.clock, self)
        dialog.recorded.connect(self._action_done)
        dialog.finished.connect(lambda _result, d=dialog: self._dialog_closed(d))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None
        dialog.deleteLater()

    def _action_done(self, updated: RightsRequest) -> None:
        # The form keeps unsaved typing only if there is some; the step changed the rest.
        self._display(updated, keep_form=self.is_edited())
        text = self.tr("Demande {reference} : {status}.").format(
            reference=updated.reference, status=texts.status_label(updated.status).lower()
        )
        self.changed.emit(updated)
        self.status_message.emit(text)

    def _open_activity(self, activity_id: int) -> None:
        self.navigate.emit("processing", f"#{activity_id}")

    # -- letters ---------------------------------------------------------------------------
    def open_letters(self) -> QDialog | None:
        """The letters dialog of this request; a generated PDF shows in the files at once."""
        if self.register is None or self.request is None:
            return None
        try:
            dialog = LetterDialog(
                self.register, self.request.reference, clock=self.clock, parent=self
            )
        except UserError as error:
            self.files_message.show_message(error_text(error), "error")
            return None
        dialog.issued.connect(self._letter_issued)
        dialog.finished.connect(lambda _result, d=dialog: self._dialog_closed(d))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _letter_issued(self, *_args: object) -> None:
        """The PDF is kept with the request: the files and the journal show it at once."""
        self.files.load()
        self._load_journal()

    # -- printing --------------------------------------------------------------------------
    def print_summary(self) -> printing.PrintPreview | None:
        """The request on paper (as saved), through the print preview."""
        if self.register is None or self.request is None:
            return None
        head = printing.letterhead(self.register, self.clock)
        printout = printing.request_printout(self.register, self.request, head, today=self.today)
        dialog = printing.open_preview(printout, self)
        dialog.finished.connect(lambda _result, d=dialog: self._dialog_closed(d))
        self.active_dialog = dialog  # closed with the page on lock
        return dialog

    # -- lock ------------------------------------------------------------------------------
    def clear(self) -> None:
        """Forget the request: fields, journal, files, explanation, any open dialog."""
        if self.active_dialog is not None:
            dialog, self.active_dialog = self.active_dialog, None
            dialog.reject()
        self.register = None
        self.request = None
        self.today = None
        self.reference.clear()
        self.chip.clear()
        self.chip.setProperty("chip", None)
        self.summary.clear()
        self.deadline_card.clear()
        self.fields.set_request(None)
        self.message.clear_message()
        self.journal.clear()
        self.files.clear()
        self.activities.clear()
        self.follow_up.clear()
        for button in self.action_buttons.values():
            button.setEnabled(False)
        self.letter_button.setEnabled(False)
        self.actions_hint.hide()
        self._update_buttons()
