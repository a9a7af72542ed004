"""The fields of a request, shared by the "Nouvelle demande" dialog and the detail page.

Both validate through the domain (``RequestIntake.validated``); a ``ValidationError``
names its field, and the message is shown under that field, which is outlined in red.
What the DPO typed stays in place.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.errors import UserError
from dpo_desk.domain.requests.model import RequesterRole, RequestIntake, RightsRequest
from dpo_desk.domain.requests.workflow import Channel, Regime, Right
from dpo_desk.ui import style
from dpo_desk.ui.formatting import left_to_right
from dpo_desk.ui.i18n import error_text
from dpo_desk.ui.requests import texts
from dpo_desk.ui.widgets import AddressEdit, edit_signals, label, mark_invalid

DATE_FORMAT = "dd/MM/yyyy"


def date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    left_to_right(edit)  # "25/11/2026" reads the same in an Arabic window
    # No maximum on purpose: a future date is refused by the domain with a sentence
    # saying why, rather than silently clamped by the widget.
    return edit


class Choices(QFrame):
    """A group of check boxes that is one field (the regimes, the rights)."""

    def __init__(self, items: list[tuple[str, str]], columns: int = 1) -> None:
        super().__init__()
        style.set_role(self, "choices")
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 2, 4, 2)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(6)
        self.boxes: dict[str, QCheckBox] = {}
        for index, (value, text) in enumerate(items):
            box = QCheckBox(text)
            self.boxes[value] = box
            grid.addWidget(box, index // columns, index % columns)

    def values(self) -> set[str]:
        return {value for value, box in self.boxes.items() if box.isChecked()}

    def set_values(self, values) -> None:
        chosen = {str(v) for v in values}
        for value, box in self.boxes.items():
            box.setChecked(value in chosen)


class RequestFields(QObject):
    """The widgets of a request's details; a layout places them, this keeps them in step."""

    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.regimes = Choices(
            [(str(r), texts.regime_label(r)) for r in (Regime.LAW_09_08, Regime.GDPR)], columns=2
        )
        self.regimes.setToolTip(
            QCoreApplication.translate(
                "RequestFields",
                "Le RGPD s'applique aussi lorsque la personne se trouve dans l'Union européenne.",
            )
        )
        self.rights = Choices([(str(r), texts.right_label(r)) for r in Right], columns=2)
        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(texts.channel_label(channel), str(channel))
        self.received_on = date_edit()
        self.requester_name = QLineEdit()
        self.requester_name.setPlaceholderText(
            QCoreApplication.translate("RequestFields", "Nom et prénom")
        )
        self.requester_email = QLineEdit()
        self.requester_email.setPlaceholderText(
            QCoreApplication.translate("RequestFields", "nom@exemple.ma")
        )
        self.requester_phone = QLineEdit()
        self.requester_phone.setPlaceholderText(
            QCoreApplication.translate("RequestFields", "+212 …")
        )
        self.requester_address = AddressEdit()
        self.requester_address.setPlaceholderText(
            QCoreApplication.translate(
                "RequestFields", "Adresse postale, pour une réponse par courrier"
            )
        )
        self.requester_role = QComboBox()
        for role in RequesterRole:
            self.requester_role.addItem(texts.role_label(role), str(role))
        self.subject_name = QLineEdit()
        self.subject_name.setPlaceholderText(
            QCoreApplication.translate(
                "RequestFields", "La personne dont les données sont en cause"
            )
        )
        self.assignee = QLineEdit()
        self.assignee.setPlaceholderText(
            QCoreApplication.translate("RequestFields", "Qui instruit la demande")
        )
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(
            QCoreApplication.translate(
                "RequestFields", "Objet précis de la demande, échanges, pièces attendues…"
            )
        )
        self.notes.setMinimumHeight(80)
        self.notes.setMaximumHeight(160)  # longer notes scroll; the form stays readable

        self._errors: dict[str, QLabel] = {}
        self._boxes: dict[str, QWidget] = {}
        for name, widget in self.widgets().items():
            error = label("", "field-error", wrap=True)
            error.hide()
            self._errors[name] = error
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(3)
            column.addWidget(widget)
            column.addWidget(error)
            self._boxes[name] = box

        for name, widget in self.widgets().items():
            for signal in self._signals(widget):
                signal.connect(lambda *_args, n=name: self._edited(n))
        self.requester_role.currentIndexChanged.connect(self._role_changed)
        self._subject_rows: list[tuple[QFormLayout, int]] = []

    @staticmethod
    def _signals(widget: QWidget) -> list[SignalInstance]:
        if isinstance(widget, Choices):
            return [box.toggled for box in widget.boxes.values()]
        return edit_signals(widget)

    def widgets(self) -> dict[str, QWidget]:
        """Field name (as ``ValidationError.field`` names it) → its widget."""
        return {
            "regimes": self.regimes,
            "rights": self.rights,
            "channel": self.channel,
            "received_on": self.received_on,
            "requester_name": self.requester_name,
            "requester_email": self.requester_email,
            "requester_phone": self.requester_phone,
            "requester_address": self.requester_address,
            "requester_role": self.requester_role,
            "subject_name": self.subject_name,
            "assignee": self.assignee,
            "notes": self.notes,
        }

    def box(self, name: str) -> QWidget:
        """The field with its error line beneath, for a form row."""
        return self._boxes[name]

    def add_rows(self, form: QFormLayout, rows: list[tuple[str, str]]) -> None:
        for name, caption in rows:
            form.addRow(caption, self.box(name))
            # Labels sit at the top of their row (a field may grow an error line below);
            # nudged down to the baseline of the text inside the field's padding.
            caption_label = form.labelForField(self.box(name))
            if caption_label is not None:
                top = 2 if isinstance(self.widgets()[name], Choices) else 7
                caption_label.setContentsMargins(0, top, 0, 0)
            if name == "subject_name":
                self._subject_rows.append((form, form.rowCount() - 1))
        self._role_changed()

    # -- values ------------------------------------------------------------------------
    def intake(self) -> RequestIntake:
        role = RequesterRole(self.requester_role.currentData())
        return RequestIntake(
            regimes=frozenset(Regime(v) for v in self.regimes.values()),
            rights=frozenset(Right(v) for v in self.rights.values()),
            received_on=texts.from_qdate(self.received_on.date()),
            requester_name=self.requester_name.text(),
            channel=Channel(self.channel.currentData()),
            requester_email=self.requester_email.text(),
            requester_phone=self.requester_phone.text(),
            requester_address=self.requester_address.text(),
            requester_role=role,
            # Someone asking for themselves has no separate data subject.
            subject_name=self.subject_name.text() if role is not RequesterRole.SELF else "",
            assignee=self.assignee.text(),
            notes=self.notes.toPlainText(),
        )

    def set_defaults(self, today: date) -> None:
        self._quietly(lambda: self._fill_defaults(today))

    def _fill_defaults(self, today: date) -> None:
        self.regimes.set_values({Regime.LAW_09_08})  # a Moroccan organisation: 09-08 first
        self.rights.set_values(())
        self.channel.setCurrentIndex(0)
        self.received_on.setDate(texts.to_qdate(today))
        for edit in (
            self.requester_name,
            self.requester_email,
            self.requester_phone,
            self.requester_address,
            self.subject_name,
            self.assignee,
        ):
            edit.setText("")
        self.requester_role.setCurrentIndex(0)
        self.notes.setPlainText("")

    def set_request(self, request: RightsRequest | None) -> None:
        self._quietly(lambda: self._fill(request))

    def _fill(self, request: RightsRequest | None) -> None:
        if request is None:
            self.regimes.set_values(())
            self.rights.set_values(())
            for edit in (
                self.requester_name,
                self.requester_email,
                self.requester_phone,
                self.requester_address,
                self.subject_name,
                self.assignee,
            ):
                edit.setText("")
            self.notes.setPlainText("")
            return
        self.regimes.set_values(request.regimes)
        self.rights.set_values(request.rights)
        self.channel.setCurrentIndex(max(0, self.channel.findData(str(request.channel))))
        self.received_on.setDate(texts.to_qdate(request.received_on))
        self.requester_name.setText(request.requester_name)
        self.requester_email.setText(request.requester_email)
        self.requester_phone.setText(request.requester_phone)
        self.requester_address.setText(request.requester_address)
        self.requester_role.setCurrentIndex(
            max(0, self.requester_role.findData(str(request.requester_role)))
        )
        self.subject_name.setText(request.subject_name)
        self.assignee.setText(request.assignee)
        self.notes.setPlainText(request.notes)

    def _quietly(self, fill) -> None:
        # Loading values is not an edit: no "edited" signal, no error left behind.
        self.blockSignals(True)
        try:
            fill()
        finally:
            self.blockSignals(False)
        self.clear_errors()
        self._role_changed()

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.widgets().values():
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(read_only)
            else:
                widget.setEnabled(not read_only)

    # -- errors ------------------------------------------------------------------------
    def point_at(self, error: UserError) -> bool:
        """Show the message under the field it names; False if it names none of ours."""
        name = getattr(error, "field", "")
        widget = self.widgets().get(name)
        if widget is None:
            return False
        self._errors[name].setText(error_text(error))
        self._errors[name].show()
        mark_invalid(widget, True)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def clear_errors(self) -> None:
        for name in self.widgets():
            self._clear_error(name)

    def field_error(self, name: str) -> str:
        return self._errors[name].text()

    def _clear_error(self, name: str) -> None:
        self._errors[name].clear()
        self._errors[name].hide()
        mark_invalid(self.widgets()[name], False)

    def _edited(self, name: str) -> None:
        self._clear_error(name)
        self.edited.emit()

    def _role_changed(self) -> None:
        # The data subject's name matters only when someone else asks for them
        # (a parent for a minor, a lawyer for a client: GDPR Art. 12(6) checks both).
        show = self.requester_role.currentData() != str(RequesterRole.SELF)
        for form, row in self._subject_rows:
            form.setRowVisible(row, show)


def form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setContentsMargins(0, 0, 0, 0)
    form.setHorizontalSpacing(14)
    form.setVerticalSpacing(10)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form
