"""The dialogs of the requests screen: a new request, and one small dialog per step.

Every dialog calls one service; a refusal comes back as a ``UserError`` and is shown
in the dialog (under the field at fault when it names one), which stays open with what
was typed. On success it emits ``recorded`` with the request as stored, and closes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain import refusals
from dpo_desk.domain.clock import Clock
from dpo_desk.domain.errors import UserError, ValidationError
from dpo_desk.domain.requests.model import RightsRequest
from dpo_desk.domain.requests.workflow import Channel, RequestStatus
from dpo_desk.services import requests as request_service
from dpo_desk.services.read_model import Register
from dpo_desk.ui.i18n import error_text
from dpo_desk.ui.requests import look, texts
from dpo_desk.ui.requests.form import RequestFields, date_edit, form_layout
from dpo_desk.ui.widgets import Card, FormDialog, TextEdit, W, edit_signals, label, mark_invalid


class NewRequestDialog(FormDialog):
    """ "Nouvelle demande": what arrived, from whom, under which law."""

    ask_before_discard = True  # Escape or Annuler ask before dropping what was typed
    recorded = Signal(object)  # RightsRequest (not "done": that is QDialog.done())

    def __init__(
        self, register: Register, today: date, clock: Clock | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, width=980, margins=(28, 24, 28, 20), spacing=14)
        self.register = register
        self.clock = clock
        self.setWindowTitle(self.tr("Nouvelle demande — DPO Desk"))
        self.setStyleSheet(look.STYLESHEET)
        self.add_heading(
            self.tr("Nouvelle demande d'exercice de droits"),
            self.tr(
                "L'échéance légale est calculée dès l'enregistrement, à partir de la date "
                "de réception, des droits exercés et du régime applicable."
            ),
            role="title",
        )
        self.add_message()

        self.fields = RequestFields(self)
        self.fields.set_defaults(today)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        self.outer.addLayout(columns, 1)

        left = QVBoxLayout()
        left.setSpacing(16)
        request_card = self._card(
            self.tr("La demande"),
            [
                ("regimes", self.tr("Régime *")),
                ("rights", self.tr("Droits exercés *")),
                ("channel", self.tr("Reçue par")),
                ("received_on", self.tr("Reçue le *")),
                ("assignee", self.tr("Suivie par")),
                ("notes", self.tr("Notes")),
            ],
        )
        left.addWidget(request_card)
        left.addStretch(1)
        columns.addLayout(left, 11)

        right = QVBoxLayout()
        right.setSpacing(16)
        requester_card = self._card(
            self.tr("Le demandeur"),
            [
                ("requester_name", self.tr("Nom *")),
                ("requester_email", self.tr("E-mail")),
                ("requester_phone", self.tr("Téléphone")),
                ("requester_address", self.tr("Adresse")),
                ("requester_role", self.tr("Agit en tant que")),
                ("subject_name", self.tr("Personne concernée")),
            ],
        )
        requester_card.body.addStretch(1)
        right.addWidget(requester_card, 1)
        right.addWidget(label(self.tr("* obligatoire"), "muted"))
        columns.addLayout(right, 9)

        self.cancel_button, self.save_button = self.add_actions(
            self.tr("Annuler"), self.tr("Enregistrer la demande"), self.save
        )
        # At least as wide as the two cards need in the UI language: at 980 px the
        # checkbox grid squeezed the label column ("Droits exercés *" was cut).
        self.ensurePolished()
        self.setMinimumWidth(max(980, self.minimumSizeHint().width()))
        self.fields.requester_name.setFocus()

    def _card(self, heading: str, rows: list[tuple[str, str]]) -> Card:
        """A card of the form: its heading, then the rows of its fields."""
        card = Card()
        card.body.addWidget(label(heading, "heading"))
        form = form_layout()
        self.fields.add_rows(form, rows)
        card.body.addLayout(form)
        return card

    def save(self) -> None:
        self.call_service(
            self.fields,
            lambda: request_service.create_request(
                self.register, self.fields.intake(), clock=self.clock
            ),
            self.recorded,
        )


# ----------------------------------------------------------------------------- steps


class ActionDialog(FormDialog):
    """One step of the workflow: a sentence saying what it does, its few fields, a button.

    ``perform(values)`` calls the service and returns the request as stored.
    """

    ask_before_discard = True
    recorded = Signal(object)  # RightsRequest (not "done": that is QDialog.done())

    def __init__(
        self,
        title: str,
        explanation: str,
        confirm: str,
        *,
        danger: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, width=560, margins=(24, 20, 24, 18))
        self.setWindowTitle(title + " — DPO Desk")
        self.setStyleSheet(look.STYLESHEET)
        self.perform: Callable[[dict], RightsRequest] | None = None
        self.inputs: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}

        self.add_heading(title, explanation)
        self.add_message()
        self.form = form_layout()
        self.outer.addLayout(self.form)
        self.outer.addStretch(1)
        # A step that cannot be undone (refuse, withdraw, close) is not the default
        # button: Enter pressed without reading must not set it off.
        self.cancel_button, self.confirm_button = self.add_actions(
            QCoreApplication.translate("RequestDialogs", "Annuler"),
            confirm,
            self.confirm,
            default=not danger,
        )
        if danger:
            self.confirm_button.setToolTip(
                QCoreApplication.translate(
                    "RequestDialogs", "Cette étape ne peut pas être annulée."
                )
            )

    # -- fields --------------------------------------------------------------------------
    def _add(self, name: str, caption: str, widget: W) -> W:
        error = label("", "field-error", wrap=True)
        error.hide()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addWidget(widget)
        column.addWidget(error)
        self.form.addRow(caption, box)
        caption_label = self.form.labelForField(box)
        if caption_label is not None:
            caption_label.setContentsMargins(0, 7, 0, 0)
        self.inputs[name] = widget
        self._errors[name] = error
        for signal in edit_signals(widget):
            signal.connect(lambda *_args, n=name: self._clear_error(n))
        return widget

    def add_date(self, name: str, caption: str, value: date) -> QDateEdit:
        edit = date_edit()
        edit.setDate(texts.to_qdate(value))
        return self._add(name, caption, edit)

    def add_channel(self, name: str, caption: str, value: Channel = Channel.EMAIL) -> QComboBox:
        combo = QComboBox()
        for channel in Channel:
            combo.addItem(texts.channel_label(channel), str(channel))
        combo.setCurrentIndex(combo.findData(str(value)))
        return self._add(name, caption, combo)

    def add_choice(self, name: str, caption: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        for value, text in items:
            combo.addItem(text, value)
        return self._add(name, caption, combo)

    def add_line(self, name: str, caption: str, *, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        return self._add(name, caption, edit)

    def add_text(
        self, name: str, caption: str, *, placeholder: str = "", lines: int = 1
    ) -> QLineEdit | QPlainTextEdit:
        if lines == 1:
            return self.add_line(name, caption, placeholder=placeholder)
        return self._add(name, caption, TextEdit(placeholder, lines))

    def add_sending(self, on_caption: str, by_caption: str, today: date, channel: Channel) -> None:
        """When and how the answer went out: ``answered_on`` and ``answer_channel``."""
        self.add_date("answered_on", on_caption, today)
        self.add_channel("answer_channel", by_caption, channel)

    def values(self) -> dict:
        out: dict = {}
        for name, widget in self.inputs.items():
            if isinstance(widget, QDateEdit):
                out[name] = texts.from_qdate(widget.date())
            elif isinstance(widget, QComboBox):
                out[name] = widget.currentData()
            elif isinstance(widget, QPlainTextEdit):
                out[name] = widget.toPlainText()
            elif isinstance(widget, QLineEdit):
                out[name] = widget.text()
        return out

    def field_error(self, name: str) -> str:
        return self._errors[name].text()

    def _clear_error(self, name: str) -> None:
        self._errors[name].clear()
        self._errors[name].hide()
        mark_invalid(self.inputs[name], False)

    # -- confirm -------------------------------------------------------------------------
    def confirm(self) -> None:
        perform = self.perform
        assert perform is not None
        self.call_service(self, lambda: perform(self.values()), self.recorded)

    # -- FieldErrors: the dialog's own fields ----------------------------------------------
    def clear_errors(self) -> None:
        for name in self.inputs:
            self._clear_error(name)

    def point_at(self, error: UserError) -> bool:
        name = error.field if isinstance(error, ValidationError) else ""
        widget = self.inputs.get(name)
        if widget is None:
            return False
        self._errors[name].setText(error_text(error))
        self._errors[name].show()
        mark_invalid(widget, True)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True


# The steps, in the order of the detail page's buttons: key → target status (for the
# state machine's say on whether the button is enabled).
ACTIONS: tuple[tuple[str, RequestStatus], ...] = (
    ("request_identity", RequestStatus.AWAITING_IDENTITY),
    ("identity_verified", RequestStatus.IN_PROGRESS),
    ("identity_failed", RequestStatus.IN_PROGRESS),
    ("start", RequestStatus.IN_PROGRESS),
    ("extend", RequestStatus.EXTENDED),
    ("answer", RequestStatus.ANSWERED),
    ("refuse", RequestStatus.REFUSED),
    ("withdraw", RequestStatus.WITHDRAWN),
    ("close", RequestStatus.CLOSED),
)


def action_caption(key: str) -> str:
    return {
        "request_identity": QCoreApplication.translate(
            "RequestDialogs", "Demander une pièce d'identité"
        ),
        "identity_verified": QCoreApplication.translate("RequestDialogs", "Identité vérifiée"),
        "identity_failed": QCoreApplication.translate("RequestDialogs", "Identité non vérifiée"),
        "start": QCoreApplication.translate("RequestDialogs", "Commencer le traitement"),
        "extend": QCoreApplication.translate("RequestDialogs", "Proroger le délai"),
        "answer": QCoreApplication.translate("RequestDialogs", "Répondre"),
        "refuse": QCoreApplication.translate("RequestDialogs", "Refuser"),
        "withdraw": QCoreApplication.translate("RequestDialogs", "Retrait par le demandeur"),
        "close": QCoreApplication.translate("RequestDialogs", "Clôturer"),
    }[key]


def action_dialog(
    key: str,
    register: Register,
    request: RightsRequest,
    today: date,
    clock: Clock | None,
    parent: QWidget | None = None,
) -> ActionDialog:
    """The dialog of one step, wired to its service call."""
    caption = action_caption(key)
    reference = request.reference
    if key == "request_identity":
        dialog = ActionDialog(
            caption,
            QCoreApplication.translate(
                "RequestDialogs",
                "En cas de doute raisonnable sur l'identité du demandeur, une pièce "
                "complémentaire peut être demandée (RGPD art. 12(6)). Ne demandez que ce qui "
                "est nécessaire : une copie de la CIN suffit le plus souvent.",
            ),
            QCoreApplication.translate("RequestDialogs", "Demander la pièce"),
            parent=parent,
        )
        dialog.add_text(
            "identity_method",
            QCoreApplication.translate("RequestDialogs", "Pièce demandée"),
            placeholder=QCoreApplication.translate(
                "RequestDialogs", "Copie de la CIN, du passeport, de la carte de séjour…"
            ),
        )

        def perform(v: dict) -> RightsRequest:
            return request_service.request_identity(
                register, request, method=v["identity_method"], clock=clock
            )

    elif key in ("identity_verified", "identity_failed"):
        verified = key == "identity_verified"
        dialog = ActionDialog(
            caption,
            QCoreApplication.translate(
                "RequestDialogs", "L'identité est établie : le traitement de la demande commence."
            )
            if verified
            else QCoreApplication.translate(
                "RequestDialogs",
                "Le justificatif ne permet pas d'établir l'identité. La demande pourra être "
                "refusée pour ce motif (RGPD art. 12(6)).",
            ),
            caption,
            parent=parent,
        )
        method = dialog.add_line(
            "identity_method",
            QCoreApplication.translate("RequestDialogs", "Pièce examinée"),
            placeholder=QCoreApplication.translate(
                "RequestDialogs", "CIN présentée, copie reçue par e-mail…"
            ),
        )
        method.setText(request.identity_method)
        dialog.add_date(
            "identity_checked_on",
            QCoreApplication.translate("RequestDialogs", "Date de la vérification"),
            today,
        )

        def perform(v: dict) -> RightsRequest:
            return request_service.record_identity(
                register,
                request,
                verified=verified,
                method=v["identity_method"],
                on=v["identity_checked_on"],
                clock=clock,
            )

    elif key == "start":
        dialog = ActionDialog(
            caption,
            QCoreApplication.translate(
                "RequestDialogs",
                "La demande {reference} passe au statut « En cours de traitement ».",
            ).format(reference=reference),
            caption,
            parent=parent,
        )

        def perform(v: dict) -> RightsRequest:
            return request_service.start_work(register, request, clock=clock)

    elif key == "extend":
        dialog = ActionDialog(
            caption,
            QCoreApplication.translate(
                "RequestDialogs",
                "RGPD art. 12(3) : le délai peut être prolongé de deux mois, compte tenu de la "
                "complexité et du nombre de demandes. La prorogation doit être décidée et "
                "notifiée au demandeur, motifs à l'appui, dans le premier mois. La loi 09-08 "
                "ne prévoit pas de prorogation décidée par le responsable.",
            ),
            QCoreApplication.translate("RequestDialogs", "Proroger"),
            parent=parent,
        )
        dialog.add_date(
            "extended_on", QCoreApplication.translate("RequestDialogs", "Décidée le"), today
        )
        dialog.add_text(
            "extension_reason",
            QCoreApplication.translate("RequestDialogs", "Motif *"),
            placeholder=QCoreApplication.translate(
                "RequestDialogs", "Complexité, volume de données, nombre de demandes…"
            ),
            lines=4,
        )

        def perform(v: dict) -> RightsRequest:
            return request_service.extend(
                register,
                request,
                reason=v["extension_reason"],
                decided_on=v["extended_on"],
                clock=clock,
            )

    elif key == "answer":
        dialog = ActionDialog(
            caption,
            QCoreApplication.translate(
                "RequestDialogs",
                "Enregistre l'envoi de la réponse au demandeur. Le délai cesse de courir à "
                "cette date.",
            ),
            QCoreApplication.translate("RequestDialogs", "Enregistrer la réponse"),
            parent=parent,
        )
        dialog.add_sending(
            QCoreApplication.translate("RequestDialogs", "Répondue le"),
            QCoreApplication.translate("RequestDialogs", "Envoyée par"),
            today,
            request.channel,
        )

        def perform(v: dict) -> RightsRequest:
            return request_service.answer(
                register,
                request,
                answered_on=v["answered_on"],
                channel=Channel(v["answer_channel"]),
                clock=clock,
            )

    elif key == "refuse":
        dialog = ActionDialog(
            caption,
            QCoreApplication.translate(
                "RequestDialogs",
                "Un refus est une réponse : il doit être motivé et informer le demandeur de "
                "son droit de saisir la CNDP (RGPD art. 12(4)). Le caractère manifestement "
                "infondé ou excessif doit pouvoir être démontré (RGPD art. 12(5)).",
            ),
            QCoreApplication.translate("RequestDialogs", "Enregistrer le refus"),
            danger=True,
            parent=parent,
        )
        dialog.add_choice(
            "refusal_reason",
            QCoreApplication.translate("RequestDialogs", "Motif *"),
            [("", QCoreApplication.translate("RequestDialogs", "Choisir un motif…"))]
            + [
                (str(r), f"{texts.refusal_label(r)} ({texts.refusal_citation(r)})")
                # Only the grounds the request's laws allow for its rights (the service
                # refuses the others with the right and the law at fault).
                for r in refusals.grounds_for(request.regimes, request.rights)
            ],
        )
        dialog.add_sending(
            QCoreApplication.translate("RequestDialogs", "Notifié le"),
            QCoreApplication.translate("RequestDialogs", "Envoyé par"),
            today,
            request.channel,
        )

        def perform(v: dict) -> RightsRequest:
            return request_service.refuse(
                register,
                request,
                reason=v["refusal_reason"] or None,
                answered_on=v["answered_on"],
                channel=Channel(v["answer_channel"]),
                clock=clock,
            )

    elif key == "withdraw":
        dialog = ActionDialog(
            caption,
            QCoreApplication.translate(
                "RequestDialogs",
                "Le demandeur a retiré sa demande {reference}. Conservez sa lettre ou son "
                "e-mail de retrait en pièce jointe.",
            ).format(reference=reference),
            QCoreApplication.translate("RequestDialogs", "Enregistrer le retrait"),
            danger=True,
            parent=parent,
        )

        def perform(v: dict) -> RightsRequest:
            return request_service.withdraw(register, request, clock=clock)

    elif key == "close":
        dialog = ActionDialog(
            caption,
            QCoreApplication.translate(
                "RequestDialogs",
                "La demande {reference} est classée. Elle reste au registre, consultable, "
                "avec son journal et ses pièces jointes.",
            ).format(reference=reference),
            caption,
            danger=True,
            parent=parent,
        )

        def perform(v: dict) -> RightsRequest:
            return request_service.close(register, request, clock=clock)

    else:
        raise ValueError(f"unknown action {key!r}")
    dialog.perform = perform
    return dialog
