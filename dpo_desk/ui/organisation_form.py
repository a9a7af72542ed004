"""The organisation and DPO fields, shared by the create dialog and the Settings section."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLineEdit

from dpo_desk.domain.errors import UserError
from dpo_desk.domain.organisation import Organisation
from dpo_desk.ui.widgets import AddressEdit, mark_invalid


def form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setContentsMargins(0, 0, 0, 0)
    form.setHorizontalSpacing(14)
    form.setVerticalSpacing(10)
    # Labels above fields would waste height; labels beside them, right-aligned, keep
    # the dialog inside a 768-pixel-high laptop screen.
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


class OrganisationFields:
    """The organisation and DPO fields; the form lays them out, this keeps them in step."""

    def __init__(self) -> None:
        self.name = QLineEdit()
        self.name.setPlaceholderText(
            QCoreApplication.translate("OrganisationFields", "Raison sociale")
        )
        self.address = AddressEdit()
        self.address.setPlaceholderText(
            QCoreApplication.translate(
                "OrganisationFields", "Adresse postale, telle qu'elle figurera sur les courriers"
            )
        )
        # The town the letters are dated from: its own field, for the address's last line
        # is as often a country or a district ("Maroc, le …" was the result).
        self.town = QLineEdit()
        self.town.setPlaceholderText(QCoreApplication.translate("OrganisationFields", "Casablanca"))
        self.town.setToolTip(
            QCoreApplication.translate(
                "OrganisationFields",
                "La ville de la ligne de date des courriers : « Casablanca, le 6 décembre "
                "2026 ». Vide : la date seule.",
            )
        )
        self.dpo_name = QLineEdit()
        self.dpo_email = QLineEdit()
        self.dpo_email.setPlaceholderText(
            QCoreApplication.translate("OrganisationFields", "dpo@exemple.ma")
        )
        self.dpo_phone = QLineEdit()
        self.dpo_phone.setPlaceholderText(
            QCoreApplication.translate("OrganisationFields", "+212 …")
        )
        self._timezone = ""
        for widget in self.widgets().values():
            signal = widget.textChanged
            signal.connect(lambda *_args, w=widget: mark_invalid(w, False))

    def widgets(self) -> dict[str, QLineEdit | AddressEdit]:
        """Field name (as ValidationError.field names it) → its widget."""
        return {
            "name": self.name,
            "address": self.address,
            "town": self.town,
            "dpo_name": self.dpo_name,
            "dpo_email": self.dpo_email,
            "dpo_phone": self.dpo_phone,
        }

    def organisation(self) -> Organisation:
        values = {key: widget.text() for key, widget in self.widgets().items()}
        if self._timezone:
            values["timezone"] = self._timezone  # not edited here; kept as it was
        return Organisation(**values)

    def set_organisation(self, org: Organisation | None) -> None:
        for key, widget in self.widgets().items():
            widget.setText(getattr(org, key) if org is not None else "")
            mark_invalid(widget, False)
        self._timezone = org.timezone if org is not None else ""

    def point_at(self, error: UserError) -> None:
        """Outline and focus the field a ValidationError names, if it is one of ours."""
        widget = self.widgets().get(getattr(error, "field", ""))
        if widget is not None:
            mark_invalid(widget, True)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
