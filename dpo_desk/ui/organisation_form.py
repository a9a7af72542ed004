"""The organisation and DPO fields, shared by the create dialog and the Settings section."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QWidget

from dpo_desk.domain.errors import UserError
from dpo_desk.domain.organisation import Organisation
from dpo_desk.ui.widgets import AddressEdit, label, mark_invalid


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
        # A phone number is left-to-right content, like a date (formatting.left_to_right):
        # in an Arabic window "+212 …" would otherwise read "… 212+", typed numbers too.
        self.dpo_phone.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        # What a CNDP filing names beside the controller (Law 09-08 art. 15 (a)).
        self.legal_identifiers = QLineEdit()
        self.legal_identifiers.setPlaceholderText(
            QCoreApplication.translate("OrganisationFields", "RC, ICE, IF…")
        )
        self.signatory_name = QLineEdit()
        self.signatory_name.setPlaceholderText(
            QCoreApplication.translate("OrganisationFields", "Représentant légal qui signe")
        )
        self.signatory_title = QLineEdit()
        self.signatory_title.setPlaceholderText(
            QCoreApplication.translate("OrganisationFields", "ex. Directeur général")
        )
        self.established_in_morocco = QCheckBox(
            QCoreApplication.translate("OrganisationFields", "Établie au Maroc")
        )
        self.established_in_morocco.setChecked(True)
        self.representative = AddressEdit()
        self.representative.setPlaceholderText(
            QCoreApplication.translate(
                "OrganisationFields", "Nom et adresse du représentant au Maroc"
            )
        )
        self.representative.setToolTip(
            QCoreApplication.translate(
                "OrganisationFields",
                "Un responsable qui n'est pas établi au Maroc y désigne un représentant "
                "(loi 09-08 art. 15 (a)).",
            )
        )
        self.gdpr_applies = QCheckBox(
            QCoreApplication.translate("OrganisationFields", "Le RGPD s'applique aussi")
        )
        self.gdpr_hint = label(
            QCoreApplication.translate(
                "OrganisationFields",
                "Services offerts à des personnes dans l'UE, ou suivi de leur comportement "
                "(RGPD art. 3(2)).",
            ),
            "muted",
            wrap=True,
        )
        self.established_in_morocco.toggled.connect(self._update_representative)
        self._update_representative()
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
            "legal_identifiers": self.legal_identifiers,
            "signatory_name": self.signatory_name,
            "signatory_title": self.signatory_title,
            "representative": self.representative,
        }

    def choices(self) -> dict[str, QCheckBox]:
        """The yes-or-no fields, apart: they have no text."""
        return {
            "established_in_morocco": self.established_in_morocco,
            "gdpr_applies": self.gdpr_applies,
        }

    def all_widgets(self) -> dict[str, QWidget]:
        """Every field, for a draft kept across a lock."""
        return {**self.widgets(), **self.choices()}

    def on_change(self, slot: Callable[[], object]) -> None:
        """Call ``slot`` whenever any field is edited."""
        for widget in self.widgets().values():
            widget.textChanged.connect(lambda *_args: slot())
        for box in self.choices().values():
            box.toggled.connect(lambda *_args: slot())

    def add_filing_rows(self, form: QFormLayout) -> None:
        """The fields a CNDP filing and the information notice need, under ``form``'s
        others: identifiers, signatory, establishment, representative, the GDPR."""
        form.addRow(
            QCoreApplication.translate("OrganisationFields", "Identifiants légaux"),
            self.legal_identifiers,
        )
        form.addRow(
            QCoreApplication.translate("OrganisationFields", "Signataire"), self.signatory_name
        )
        form.addRow(
            QCoreApplication.translate("OrganisationFields", "Qualité du signataire"),
            self.signatory_title,
        )
        form.addRow("", self.established_in_morocco)
        form.addRow(
            QCoreApplication.translate("OrganisationFields", "Représentant au Maroc"),
            self.representative,
        )
        form.addRow("", self.gdpr_applies)
        form.addRow("", self.gdpr_hint)

    def _update_representative(self, *_args: object) -> None:
        # Only a controller not established in Morocco names a representative there.
        self.representative.setEnabled(not self.established_in_morocco.isChecked())

    def organisation(self) -> Organisation:
        values: dict[str, object] = {key: widget.text() for key, widget in self.widgets().items()}
        values.update({key: box.isChecked() for key, box in self.choices().items()})
        if self._timezone:
            values["timezone"] = self._timezone  # not edited here; kept as it was
        return Organisation(**values)  # type: ignore[arg-type]

    def set_organisation(self, org: Organisation | None) -> None:
        for key, widget in self.widgets().items():
            widget.setText(getattr(org, key) if org is not None else "")
            mark_invalid(widget, False)
        defaults = Organisation(name="")
        for key, box in self.choices().items():
            box.setChecked(getattr(org if org is not None else defaults, key))
        self._timezone = org.timezone if org is not None else ""

    def point_at(self, error: UserError) -> None:
        """Outline and focus the field a ValidationError names, if it is one of ours."""
        widget = self.widgets().get(getattr(error, "field", ""))
        if widget is not None:
            mark_invalid(widget, True)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
