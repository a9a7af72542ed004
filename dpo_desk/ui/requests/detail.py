"""The page of one request: its deadline and why, its details, the next steps, its files
and its journal."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.calendar import holiday_language
from dpo_desk.domain.clock import Clock, organisation_zone
from dpo_desk.domain.errors import UserError
from dpo_desk.domain.requests.model import RightsRequest
from dpo_desk.domain.requests.workflow import Regime, RequestStatus, Right, can_transition
from dpo_desk.domain.retention import (
    ATTACHMENT_DELETION_LABELS,
    AttachmentDeletion,
    AttachmentPurpose,
)
from dpo_desk.services import identity_documents
from dpo_desk.services import requests as request_service
from dpo_desk.services.read_model import AuditEntry, Register
from dpo_desk.ui import icons, style
from dpo_desk.ui.drafts import read_values, write_values
from dpo_desk.ui.formatting import join_labels
from dpo_desk.ui.i18n import current_language, error_text
from dpo_desk.ui.records.activity_picker import ActivityPicker
from dpo_desk.ui.requests import look, texts
from dpo_desk.ui.requests.dialogs import ACTIONS, ActionDialog, action_caption, action_dialog
from dpo_desk.ui.requests.form import RequestFields, form_layout
from dpo_desk.ui.save_copy import save_copy
from dpo_desk.ui.widgets import Card, InlineMessage, busy, label

ATTACHMENT_ROLE = Qt.ItemDataRole.UserRole

# Actions whose outcome ends the organisation's obligation: drawn in red, confirmed.
FINAL_ACTIONS = {"refuse", "withdraw", "close"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("RequestDetail", text)


# ----------------------------------------------------------------------------- journal


def journal_action(action: str) -> str:
    return {
        "create": QCoreApplication.translate("RequestDetail", "Demande enregistrée"),
        "update": QCoreApplication.translate("RequestDetail", "Détails modifiés"),
        "request_identity": QCoreApplication.translate(
            "RequestDetail", "Justificatif d'identité demandé"
        ),
        "identity": QCoreApplication.translate("RequestDetail", "Vérification d'identité"),
        "status": QCoreApplication.translate("RequestDetail", "Changement de statut"),
        "extend": QCoreApplication.translate("RequestDetail", "Délai prorogé"),
        "answer": QCoreApplication.translate("RequestDetail", "Réponse envoyée"),
        "refuse": QCoreApplication.translate("RequestDetail", "Demande refusée"),
        "withdraw": QCoreApplication.translate("RequestDetail", "Demande retirée"),
        "close": QCoreApplication.translate("RequestDetail", "Demande clôturée"),
        "attach": QCoreApplication.translate("RequestDetail", "Pièce jointe ajoutée"),
        "delete_attachment": QCoreApplication.translate("RequestDetail", "Pièce jointe supprimée"),
        "recompute": QCoreApplication.translate("RequestDetail", "Échéance recalculée"),
    }.get(action, action)


def _field_name(key: str) -> str | None:
    names = {
        "status": QCoreApplication.translate("RequestDetail", "Statut"),
        "rights": QCoreApplication.translate("RequestDetail", "Droits"),
        "regimes": QCoreApplication.translate("RequestDetail", "Régime"),
        "channel": QCoreApplication.translate("RequestDetail", "Canal"),
        "received_on": QCoreApplication.translate("RequestDetail", "Reçue le"),
        "requester_name": QCoreApplication.translate("RequestDetail", "Nom du demandeur"),
        "requester_email": QCoreApplication.translate("RequestDetail", "E-mail"),
        "requester_phone": QCoreApplication.translate("RequestDetail", "Téléphone"),
        "requester_address": QCoreApplication.translate("RequestDetail", "Adresse"),
        "requester_role": QCoreApplication.translate("RequestDetail", "Qualité du demandeur"),
        "subject_name": QCoreApplication.translate("RequestDetail", "Personne concernée"),
        "assignee": QCoreApplication.translate("RequestDetail", "Suivie par"),
        "notes": QCoreApplication.translate("RequestDetail", "Notes"),
        "due_on": QCoreApplication.translate("RequestDetail", "Échéance"),
        "identity_status": QCoreApplication.translate("RequestDetail", "Identité"),
        "identity_method": QCoreApplication.translate("RequestDetail", "Pièce"),
        "identity_checked_on": QCoreApplication.translate("RequestDetail", "Vérifiée le"),
        "extended_on": QCoreApplication.translate("RequestDetail", "Prorogée le"),
        "extension_reason": QCoreApplication.translate("RequestDetail", "Motif de prorogation"),
        "answered_on": QCoreApplication.translate("RequestDetail", "Répondue le"),
        "answer_channel": QCoreApplication.translate("RequestDetail", "Réponse par"),
        "refusal_reason": QCoreApplication.translate("RequestDetail", "Motif du refus"),
        "closed_on": QCoreApplication.translate("RequestDetail", "Clôturée le"),
        "attachment": QCoreApplication.translate("RequestDetail", "Pièce jointe n°"),
        "purpose": QCoreApplication.translate("RequestDetail", "Nature de la pièce"),
        "reason": QCoreApplication.translate("RequestDetail", "Motif de la suppression"),
    }
    return names.get(key)


def _value_text(key: str, value) -> str:
    """A journal value in words: labels for codes, dd/mm/yyyy for dates."""
    if value is None or value == "":
        return "—"
    if value == "modifié":  # the services record that personal data changed, not its value
        return QCoreApplication.translate("RequestDetail", "modifié")
    if value == "renseigné":
        return QCoreApplication.translate("RequestDetail", "renseigné")
    try:
        if key == "status":
            return texts.status_label(value)
        if key == "rights":
            return texts.rights_text(value if isinstance(value, list) else [value])
        if key == "regimes":
            return texts.regimes_text(value if isinstance(value, list) else [value])
        if key in ("channel", "answer_channel"):
            return texts.channel_label(value)
        if key == "identity_status":
            return texts.identity_label(value)
        if key == "refusal_reason":
            return texts.refusal_label(value)
        if key == "requester_role":
            return texts.role_label(value)
        if key == "purpose":
            return _purpose_text(value)
        if key == "reason":
            label_ = ATTACHMENT_DELETION_LABELS[AttachmentDeletion(value)]
            return QCoreApplication.translate("AttachmentDeletion", label_)
        if key.endswith("_on"):
            return texts.format_date(date.fromisoformat(str(value)))
    except (ValueError, KeyError):
        pass
    return str(value)


def _purpose_text(value: str) -> str:
    if value == AttachmentPurpose.IDENTITY:
        return QCoreApplication.translate("RequestDetail", "justificatif d'identité")
    return QCoreApplication.translate("RequestDetail", "autre pièce")


def journal_changes(changes: dict) -> list[str]:
    lines = []
    for key in sorted(changes, key=lambda k: (k != "status", k)):
        name = _field_name(key)
        if name is None:
            continue  # technical keys (hash, rule ids) say nothing to the DPO
        value = changes[key]
        # An update is recorded as [old, new]; a set-valued field (rights, regimes) as a
        # list of codes when created, and as [old list, new list] when changed.
        set_valued = key in ("rights", "regimes")
        is_pair = (
            isinstance(value, list)
            and len(value) == 2
            and (not set_valued or all(isinstance(v, list) or v is None for v in value))
        )
        if is_pair:
            lines.append(
                QCoreApplication.translate("RequestDetail", "{field} : {old} → {new}").format(
                    field=name, old=_value_text(key, value[0]), new=_value_text(key, value[1])
                )
            )
        else:
            lines.append(
                QCoreApplication.translate("RequestDetail", "{field} : {value}").format(
                    field=name, value=_value_text(key, value)
                )
            )
    return lines


# ----------------------------------------------------------------------------- the page


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

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        page = QWidget()
        page.setObjectName("SectionPage")
        scroll.setWidget(page)
        column = QVBoxLayout(page)
        column.setContentsMargins(28, 18, 28, 24)
        column.setSpacing(14)

        # -- header ------------------------------------------------------------------------
        self.back_button = QPushButton(self.tr("‹  Toutes les demandes"))
        style.set_role(self.back_button, "link")
        self.back_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.back_button.clicked.connect(self.back_requested)
        column.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        head = QHBoxLayout()
        head.setSpacing(14)
        self.reference = label("", "reference")
        self.reference.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head.addWidget(self.reference)
        self.chip = QLabel()
        head.addWidget(self.chip, 0, Qt.AlignmentFlag.AlignVCenter)
        head.addStretch(1)
        column.addLayout(head)
        self.summary = label("", "secondary", wrap=True)
        column.addWidget(self.summary)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        column.addLayout(columns, 1)
        left = QVBoxLayout()
        left.setSpacing(16)
        right = QVBoxLayout()
        right.setSpacing(16)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)

        # -- deadline ----------------------------------------------------------------------
        deadline_card = Card()
        self.deadline = label("", "deadline", wrap=True)
        deadline_card.body.addWidget(self.deadline)
        basis_row = QHBoxLayout()
        basis_row.setSpacing(8)
        self.basis = label("", "secondary", wrap=True)
        basis_row.addWidget(self.basis, 1)
        self.why_button = QPushButton(self.tr("Pourquoi cette date ?"))
        style.set_role(self.why_button, "link")
        self.why_button.setCheckable(True)
        self.why_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.why_button.toggled.connect(self._toggle_why)
        basis_row.addWidget(self.why_button, 0, Qt.AlignmentFlag.AlignTop)
        deadline_card.body.addLayout(basis_row)
        # A right the request's regime does not provide (portability under Law 09-08):
        # said next to the date, not only in the explanation.
        self.regime_note = InlineMessage()
        deadline_card.body.addWidget(self.regime_note)
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setTextFormat(Qt.TextFormat.RichText)
        self.why.hide()
        deadline_card.body.addWidget(self.why)
        left.addWidget(deadline_card)

        # -- details form --------------------------------------------------------------------
        details_card = Card()
        details_card.body.addWidget(label(self.tr("Détails de la demande"), "heading"))
        self.fields = RequestFields(self)
        form = form_layout()
        self.fields.add_rows(
            form,
            [
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
            ],
        )
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
        left.addWidget(details_card)

        # -- journal -------------------------------------------------------------------------
        journal_card = Card()
        journal_card.body.addWidget(label(self.tr("Journal de la demande"), "heading"))
        self.journal = QListWidget()
        self.journal.setObjectName("Journal")
        self.journal.setWordWrap(True)
        self.journal.setMinimumHeight(280)
        self.journal.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        journal_card.body.addWidget(self.journal)
        left.addWidget(journal_card)
        left.addStretch(1)

        # -- actions -------------------------------------------------------------------------
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
        right.addWidget(actions_card)

        # -- follow-up -----------------------------------------------------------------------
        follow_card = Card()
        follow_card.body.addWidget(label(self.tr("Suivi"), "heading"))
        self.follow = QFormLayout()
        self.follow.setHorizontalSpacing(14)
        self.follow.setVerticalSpacing(8)
        self.follow.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.follow_values: dict[str, QLabel] = {}
        for key, caption in (
            ("identity", self.tr("Identité")),
            ("identity_method", self.tr("Pièce")),
            ("identity_checked_on", self.tr("Vérifiée le")),
            ("pauses", self.tr("Suspensions")),
            ("extended_on", self.tr("Prorogée le")),
            ("extension_reason", self.tr("Motif de prorogation")),
            ("answered_on", self.tr("Réponse")),
            ("refusal_reason", self.tr("Motif du refus")),
            ("closed_on", self.tr("Clôturée le")),
        ):
            value = label("", "value", wrap=True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.follow.addRow(label(caption, "secondary"), value)
            self.follow_values[key] = value
        follow_card.body.addLayout(self.follow)
        right.addWidget(follow_card)

        # -- attachments ---------------------------------------------------------------------
        files_card = Card()
        files_card.body.addWidget(label(self.tr("Pièces jointes"), "heading"))
        files_card.body.addWidget(
            label(
                self.tr("Conservées chiffrées dans le registre, 25 Mo au plus par fichier."),
                "muted",
                wrap=True,
            )
        )
        self.attachments = QListWidget()
        self.attachments.setObjectName("Attachments")
        self.attachments.setMinimumHeight(90)
        self.attachments.setMaximumHeight(200)
        self.attachments.currentItemChanged.connect(self._update_file_buttons)
        self.attachments.itemDoubleClicked.connect(lambda _item: self.export_attachment())
        files_card.body.addWidget(self.attachments)
        self.no_attachment = label(self.tr("Aucune pièce jointe."), "muted")
        files_card.body.addWidget(self.no_attachment)
        self.files_message = InlineMessage()
        files_card.body.addWidget(self.files_message)
        row = QHBoxLayout()
        row.addStretch(1)
        self.export_button = QPushButton(self.tr("Exporter…"))
        self.export_button.setToolTip(self.tr("Enregistrer une copie du fichier, hors du registre"))
        self.export_button.clicked.connect(self.export_attachment)
        self.attach_button = QPushButton(icons.icon("file"), self.tr("Joindre un fichier…"))
        self.attach_button.clicked.connect(self.add_attachment)
        # Issue 20: a copy of an identity document is deleted once checked (the letter's
        # promise; GDPR Art. 5(1)(c), 5(1)(e)). Marked when added, so the retention
        # review finds it; deleted here on the DPO's word.
        self.delete_attachment_button = QPushButton(self.tr("Supprimer…"))
        self.delete_attachment_button.setToolTip(
            self.tr("Supprimer définitivement le fichier du registre")
        )
        self.delete_attachment_button.clicked.connect(self.delete_attachment)
        self.identity_box = QCheckBox(self.tr("Justificatif d'identité"))
        self.identity_box.setToolTip(
            self.tr(
                "Le fichier joint est une preuve d'identité : il sera proposé à la "
                "suppression une fois la vérification faite."
            )
        )
        files_card.body.addWidget(self.identity_box)
        row.addWidget(self.delete_attachment_button)
        row.addWidget(self.export_button)
        row.addWidget(self.attach_button)
        files_card.body.addLayout(row)
        right.addWidget(files_card)

        # -- activities concerned (GDPR Art. 30 register) -----------------------------------
        self.activities = ActivityPicker("request")
        self.activities.open_activity.connect(self._open_activity)
        right.addWidget(self.activities)
        right.addStretch(1)

        self.setStyleSheet(look.STYLESHEET)
        self.clear()

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
        self.reference.setText(request.reference)
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
        self._show_deadline(request)
        if not keep_form:
            self.fields.set_request(request)
        self.fields.set_read_only(request.status is RequestStatus.CLOSED)
        self._show_follow_up(request)
        self._show_actions(request)
        self._load_attachments()
        self._load_journal()
        self._update_buttons()

    def _show_deadline(self, request: RightsRequest) -> None:
        due = texts.format_date(request.due_on)
        if request.is_open and self.today is not None:
            text = self.tr("Échéance le {date} — {countdown}").format(
                date=due, countdown=texts.countdown_long(request.due_on, self.today)
            )
            urgency = texts.urgency(request.due_on, self.today)
        else:
            text = self.tr("Échéance le {date}").format(date=due)
            urgency = ""
        self.deadline.setText(text)
        self.deadline.setProperty("urgency", urgency)
        style.repolish(self.deadline)
        if request.due_basis == "law":
            basis = self.tr("Fondement : {citation} (délai légal) — {rule}")
        else:
            # The policy's own label already says the organisation set it.
            basis = self.tr("Fondement : {citation} — {rule}")
        self.basis.setText(
            basis.format(
                citation=texts.citation(request.due_rule), rule=texts.rule_label(request.due_rule)
            )
        )
        portability_09_08 = (
            Regime.LAW_09_08 in request.regimes and Right.PORTABILITY in request.rights
        )
        if portability_09_08 and Regime.GDPR in request.regimes:
            self.regime_note.show_message(
                self.tr(
                    "La portabilité n'est pas un droit prévu par la loi 09-08 : elle n'est due "
                    "qu'au titre du RGPD."
                ),
                "info",
            )
        elif portability_09_08:
            self.regime_note.show_message(
                self.tr(
                    "La portabilité n'est pas un droit prévu par la loi 09-08 : réponse dans le "
                    "délai de politique interne."
                ),
                "info",
            )
        else:
            self.regime_note.clear_message()
        if self.why_button.isChecked():
            self._fill_why()

    def _toggle_why(self, shown: bool) -> None:
        if shown:
            self._fill_why()
        self.why.setVisible(shown)
        self.why_button.setText(
            self.tr("Masquer l'explication") if shown else self.tr("Pourquoi cette date ?")
        )

    def _fill_why(self) -> None:
        if self.register is None or self.request is None:
            self.why.clear()
            return
        try:
            candidates = request_service.explain_deadline(
                self.register,
                self.request,
                clock=self.clock,
                # Holiday names in the language the DPO reads.
                language=holiday_language(current_language()),
            )
        except UserError as error:
            self.why.setText(_escape(error_text(error)))
            return
        items = []
        for index, candidate in enumerate(candidates):
            head = self.tr("{regime}, {right} : {date}").format(
                regime=texts.regime_label(candidate.regime),
                right=texts.right_label(candidate.right) if candidate.right else "",
                date=texts.format_date(candidate.due),
            )
            detail = [
                f"{texts.citation(candidate.rule)} — {texts.rule_label(candidate.rule)}",
            ]
            if candidate.rolled:
                detail.append(
                    self.tr(
                        "Le {date} n'est pas un jour ouvré : reporté au jour ouvré suivant."
                    ).format(date=texts.format_date(candidate.raw_end))
                )
            if candidate.days_off:
                detail.append(
                    self.tr("Jours chômés passés : {days}.").format(
                        days=join_labels(texts.holiday_text(h) for h in candidate.days_off)
                    )
                )
            detail += [texts.deadline_note(note) for note in candidate.notes]
            mark = self.tr(" — retenue") if index == 0 else ""
            # The date under the readings not applied, where it differs from this one.
            others = [
                texts.deadline_note(alt.note)
                for alt in candidate.alternatives
                if alt.due != candidate.due
            ]
            others_html = (
                "<ul style='margin-left:-20px'>"
                + "".join(
                    # Set apart by colour, not italics: the fonts shipped for Arabic have
                    # no oblique face, and Qt drew an italic Arabic line as empty boxes.
                    f"<li><span style='color:{style.WARNING}'>"
                    f"{_escape(texts.in_ui_direction(line))}</span></li>"
                    for line in others
                )
                + "</ul>"
                if others
                else ""
            )
            # Each item in the interface's direction, whatever its first word's script
            # ("RGPD, …" opened a left-to-right item in the Arabic interface).
            items.append(
                f"<li><b>{_escape(texts.in_ui_direction(head))}</b>{_escape(mark)}<br>"
                + "<br>".join(_escape(line) for line in detail)
                + others_html
                + "</li>"
            )
        intro = self.tr(
            "Chaque droit, sous chaque régime, a son délai ; la date la plus proche l'emporte."
        )
        self.why.setText(
            f"<p>{_escape(intro)}</p><ul style='margin-left:-20px'>{''.join(items)}</ul>"
        )

    def _show_follow_up(self, request: RightsRequest) -> None:
        values = self.follow_values
        values["identity"].setText(texts.identity_label(request.identity_status))
        values["identity_method"].setText(request.identity_method or "—")
        values["identity_checked_on"].setText(texts.format_date(request.identity_checked_on) or "—")
        pauses = []
        for pause in request.pauses:
            if pause.ended_on is None:
                pauses.append(
                    self.tr("depuis le {start}").format(start=texts.format_date(pause.started_on))
                )
            else:
                pauses.append(
                    self.tr("du {start} au {end}").format(
                        start=texts.format_date(pause.started_on),
                        end=texts.format_date(pause.ended_on),
                    )
                )
        values["pauses"].setText("\n".join(pauses) or "—")
        values["extended_on"].setText(texts.format_date(request.extended_on) or "—")
        values["extension_reason"].setText(request.extension_reason or "—")
        if request.answered_on is not None:
            values["answered_on"].setText(
                self.tr("le {date}, par {channel}").format(
                    date=texts.format_date(request.answered_on),
                    channel=texts.channel_label(request.answer_channel).lower(),
                )
            )
        else:
            values["answered_on"].setText("—")
        values["refusal_reason"].setText(
            f"{texts.refusal_label(request.refusal_reason)} "
            f"({texts.refusal_citation(request.refusal_reason)})"
            if request.refusal_reason
            else "—"
        )
        values["closed_on"].setText(texts.format_date(request.closed_on) or "—")
        # Only what has happened: a new request shows its identity line, not eight dashes.
        for row, (key, value) in enumerate(values.items()):
            self.follow.setRowVisible(row, key == "identity" or value.text() != "—")

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

    def _load_attachments(self) -> None:
        self.attachments.clear()
        if self.register is None or self.request is None:
            return
        try:
            found = request_service.attachments(self.register, self.request)
        except UserError as error:
            self.files_message.show_message(error_text(error), "error")
            return
        for info in found:
            item = QListWidgetItem(
                icons.icon("file"),
                f"{info.filename}   ·   {texts.format_size(info.size)}   ·   "
                f"{texts.format_instant(info.added_at, self.zone)}",
            )
            item.setData(ATTACHMENT_ROLE, info.id)
            item.setToolTip(info.media_type)
            if info.purpose == AttachmentPurpose.IDENTITY:
                # Said next to the name: the list is narrow, the dates can be cut.
                name, rest = item.text().split("   ·   ", 1)
                marker = self.tr("justificatif d'identité")
                item.setText(f"{name}   ·   {marker}   ·   {rest}")
                item.setToolTip(
                    self.tr(
                        "Justificatif d'identité : à supprimer dès la vérification faite "
                        "(voir Paramètres ▸ Justificatif d'identité)."
                    )
                )
            self.attachments.addItem(item)
        self._update_file_buttons()
        self.attachments.setVisible(bool(found))
        self.no_attachment.setVisible(not found)

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
            self.journal.addItem(self._journal_item(entry))

    def _journal_item(self, entry: AuditEntry) -> QListWidgetItem:
        head = self.tr("{when} — {who}").format(
            when=texts.format_instant(entry.at, self.zone), who=entry.actor
        )
        lines = [journal_action(entry.action), head]
        if entry.action != "create":  # the creation's values are the form above
            lines += ["    " + line for line in journal_changes(entry.changes)]
        return QListWidgetItem("\n".join(lines))

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
        except request_service.ConcurrentEdit as error:
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

    def revert(self) -> None:
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
        dialog.done.connect(self._action_done)
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

    # -- attachments -----------------------------------------------------------------------
    def _update_file_buttons(self, *_args) -> None:
        has_request = self.request is not None and self.register is not None
        self.attach_button.setEnabled(has_request)
        self.export_button.setEnabled(has_request and self.attachments.currentItem() is not None)
        self.delete_attachment_button.setEnabled(
            has_request and self.attachments.currentItem() is not None
        )

    def add_attachment(self) -> None:
        if self.register is None or self.request is None:
            return
        self.files_message.clear_message()
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Joindre un fichier"))
        if not path:
            return
        source = Path(path)
        try:
            size = source.stat().st_size
            if size > request_service.MAX_ATTACHMENT_BYTES:
                # Refused before reading: a 2 GB video is not loaded into memory to be
                # told it is too large. Same message as the service's.
                raise request_service.AttachmentRefused(
                    request_service.ERR_ATTACHMENT_TOO_LARGE,
                    name=request_service.sanitise_filename(source.name),
                    limit=request_service.MAX_ATTACHMENT_BYTES // (1024 * 1024),
                    size=round(size / (1024 * 1024), 1),
                )
            content = source.read_bytes()
            with busy():
                info = request_service.add_attachment(
                    self.register,
                    self.request,
                    source.name,
                    content,
                    clock=self.clock,
                    purpose=AttachmentPurpose.IDENTITY
                    if self.identity_box.isChecked()
                    else AttachmentPurpose.OTHER,
                )
        except OSError as error:
            self.files_message.show_message(
                self.tr("Impossible de lire « {name} » : {reason}").format(
                    name=source.name, reason=error.strerror or str(error)
                ),
                "error",
            )
            return
        except UserError as error:
            self.files_message.show_message(error_text(error), "error")
            return
        self.identity_box.setChecked(False)  # each file is marked on purpose, never by habit
        self._load_attachments()
        self._load_journal()
        text = self.tr("« {name} » jointe à la demande {reference}.").format(
            name=info.filename, reference=self.request.reference
        )
        self.files_message.show_message(text, "success")
        self.status_message.emit(text)

    def delete_attachment(self) -> None:
        """Delete the selected file from the register, after saying what is destroyed."""
        item = self.attachments.currentItem()
        if self.register is None or self.request is None or item is None:
            return
        self.files_message.clear_message()
        attachment_id = int(item.data(ATTACHMENT_ROLE))
        try:
            if identity_documents.is_issued_letter(self.register, self.request, attachment_id):
                # Refused before asking: the service would refuse it too.
                raise identity_documents.IssuedLetterKept(
                    name=item.text().split("   ·   ")[0], reference=self.request.reference
                )
        except UserError as error:
            self.files_message.show_message(error_text(error), "error")
            return
        name = item.text().split("   ·   ")[0]
        if not self.confirm_delete(name):
            return
        try:
            with busy():
                identity_documents.delete_attachment(
                    self.register, self.request, attachment_id, clock=self.clock
                )
        except UserError as error:
            self.files_message.show_message(error_text(error), "error")
            return
        self._load_attachments()
        self._load_journal()
        text = self.tr("« {name} » supprimée du registre (demande {reference}).").format(
            name=name, reference=self.request.reference
        )
        self.files_message.show_message(text, "success")
        self.status_message.emit(text)

    def confirm_delete(self, name: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Supprimer la pièce jointe"),
            self.tr(
                "« {name} » sera effacée définitivement du registre : son contenu est "
                "écrasé dans le fichier et ne pourra pas être récupéré (seule une "
                "sauvegarde antérieure le contient encore). Le journal gardera sa taille, "
                "son empreinte et le motif, jamais son contenu.\n\nSupprimer ?"
            ).format(name=name),
        )
        return answer == QMessageBox.StandardButton.Yes

    def export_attachment(self) -> None:
        """Save a copy outside the register: only ever where the DPO chooses, on request."""
        item = self.attachments.currentItem()
        if self.register is None or item is None:
            return
        self.files_message.clear_message()
        try:
            filename, content = request_service.attachment_content(
                self.register, int(item.data(ATTACHMENT_ROLE))
            )
        except UserError as error:
            self.files_message.show_message(error_text(error), "error")
            return
        # Owner-only (0600), from the documents folder: ui/save_copy.py.
        try:
            target = save_copy(self, self.tr("Exporter la pièce jointe"), filename, content)
        except UserError as error:
            self.files_message.show_message(error_text(error), "error")
            return
        if target is None:
            return
        text = self.tr("Copie enregistrée : {path}").format(path=target)
        self.files_message.show_message(text, "success")
        self.status_message.emit(text)

    def _open_activity(self, activity_id: int) -> None:
        self.navigate.emit("processing", f"#{activity_id}")

    # -- letters ---------------------------------------------------------------------------
    def open_letters(self) -> QDialog | None:
        """The letters dialog of this request; a generated PDF shows in the files at once."""
        if self.register is None or self.request is None:
            return None
        from dpo_desk.ui.letters import LetterDialog

        try:
            dialog = LetterDialog(
                self.register, self.request.reference, clock=self.clock, parent=self
            )
        except UserError as error:
            self.files_message.show_message(error_text(error), "error")
            return None
        dialog.issued.connect(lambda *_args: (self._load_attachments(), self._load_journal()))
        dialog.finished.connect(lambda _result, d=dialog: self._dialog_closed(d))
        self.active_dialog = dialog
        dialog.open()
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
        self.deadline.clear()
        self.basis.clear()
        self.why.clear()
        self.why_button.setChecked(False)
        self.regime_note.clear_message()
        self.fields.set_request(None)
        self.message.clear_message()
        self.files_message.clear_message()
        self.journal.clear()
        self.attachments.clear()
        self.attachments.hide()
        self.identity_box.setChecked(False)
        self.activities.clear()
        self.no_attachment.show()
        for value in self.follow_values.values():
            value.clear()
        for button in self.action_buttons.values():
            button.setEnabled(False)
        self.letter_button.setEnabled(False)
        self.actions_hint.hide()
        self._update_buttons()
        self._update_file_buttons()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
