"""The activity form (GDPR Art. 30(1); the content of a CNDP declaration, Law 09-08
art. 15) and the processor form (GDPR Art. 28; Law 09-08 art. 23).

Each form reads a domain object into widgets and writes the widgets back as
``ActivityDetails`` / ``ProcessorDetails``; validation is the domain's, and a refusal is
shown under the field it names. The widgets never clamp or drop what was typed.
"""

from __future__ import annotations

from datetime import date
from typing import TypedDict

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.record_flags import (
    suggested_regime,
)
from dpo_desk.domain.records import (
    MAX_RETENTION,
    SENSITIVE_CATEGORIES,
    ActivityDetails,
    Art28Clause,
    CndpRegime,
    DataCategory,
    LegalBasis,
    ProcessorDetails,
    Purpose,
    Recipient,
    RecipientKind,
    RetentionRule,
    RetentionUnit,
    SecurityMeasure,
)
from dpo_desk.ui.countries import CountriesEdit
from dpo_desk.ui.records import texts
from dpo_desk.ui.records.fields import (
    FieldSet,
    Lines,
    OptionalDate,
    RowsEditor,
    combo,
    form_layout,
    line_edit,
    set_combo,
    show_starts,
)
from dpo_desk.ui.requests.form import Choices
from dpo_desk.ui.widgets import Card, LinesEdit, TextEdit, label


def form_card(fields: FieldSet, title: str, rows: list[tuple[str, str]], hint: str = "") -> Card:
    """A card of a form: a heading, a hint, then rows of ``fields``. A row without a
    caption puts a check box under the fields (not the captions), anything else across
    the card."""
    card = Card()
    card.body.addWidget(label(title, "heading"))
    if hint:
        card.body.addWidget(label(hint, "muted", wrap=True))
    form = form_layout()
    for name, caption in rows:
        if caption:
            fields.add_rows(form, [(name, caption)])
        elif isinstance(fields.fields[name], QCheckBox):
            form.addRow("", fields.box(name))
        else:
            form.addRow(fields.box(name))
    card.body.addLayout(form)
    return card


# ----------------------------------------------------------------------------- activity


class PurposeRow(TypedDict):
    description: QLineEdit
    basis: QComboBox
    justification: QLineEdit


class RecipientRow(TypedDict):
    kind: QComboBox
    name: QLineEdit


class RetentionRow(TypedDict):
    category: QComboBox
    amount: QSpinBox
    unit: QComboBox
    trigger: QLineEdit
    scope: QLineEdit


class ActivityForm(QWidget):
    """Every editable field of a processing activity, in cards, two columns."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = FieldSet(self)
        self.fields.edited.connect(self.edited)
        f = self.fields
        self.name = f.add(
            "name",
            line_edit(
                QCoreApplication.translate("RegisterForms", "ex. Gestion des comptes clients")
            ),
        )
        self.description = f.add(
            "description",
            TextEdit(QCoreApplication.translate("RegisterForms", "Ce que fait le traitement"), 2),
        )
        self.owner_department = f.add(
            "owner_department",
            line_edit(QCoreApplication.translate("RegisterForms", "ex. Pédagogie")),
        )
        self.joint_controller = f.add(
            "joint_controller",
            line_edit(QCoreApplication.translate("RegisterForms", "S'il y en a un")),
        )
        self.software = f.add(
            "software",
            line_edit(
                QCoreApplication.translate("RegisterForms", "Logiciel ou application utilisés")
            ),
        )
        self.rights_service = f.add(
            "rights_service",
            line_edit(
                QCoreApplication.translate(
                    "RegisterForms", "Où les personnes exercent leurs droits"
                )
            ),
        )
        self.purposes = f.add(
            "purposes",
            RowsEditor(
                QCoreApplication.translate("RegisterForms", "Ajouter une finalité"),
                self._purpose_row,
            ),
        )
        self.subject_categories = f.add(
            "subject_categories",
            LinesEdit(
                QCoreApplication.translate(
                    "RegisterForms", "Une catégorie par ligne : clients, salariés, usagers…"
                )
            ),
        )
        self.data_categories = f.add(
            "data_categories",
            Choices(
                [
                    (str(c), texts.data_category(c))
                    for c in DataCategory
                    if c not in SENSITIVE_CATEGORIES
                ]
                + [
                    (str(c), "⚠ " + texts.data_category(c))
                    for c in DataCategory
                    if c in SENSITIVE_CATEGORIES
                ],
                columns=1,
            ),
        )
        self.minors = f.add(
            "minors",
            QCheckBox(
                QCoreApplication.translate("RegisterForms", "Le traitement concerne des mineurs")
            ),
        )
        self.sources = f.add(
            "sources",
            LinesEdit(
                QCoreApplication.translate(
                    "RegisterForms",
                    "Une source par ligne : la personne, son employeur, un partenaire…",
                ),
                2,
            ),
        )
        self.recipients = f.add(
            "recipients",
            RowsEditor(
                QCoreApplication.translate("RegisterForms", "Ajouter un destinataire"),
                self._recipient_row,
            ),
        )
        self.retention = f.add(
            "retention",
            RowsEditor(
                QCoreApplication.translate("RegisterForms", "Ajouter une durée"),
                self._retention_row,
            ),
        )
        self.security_measures = f.add(
            "security_measures",
            Choices([(str(m), texts.security_measure(m)) for m in SecurityMeasure], columns=1),
        )
        self.security_notes = f.add(
            "security_notes",
            TextEdit(
                QCoreApplication.translate(
                    "RegisterForms", "Précisions : chiffrement, habilitations…"
                ),
                2,
            ),
        )
        # Law 09-08 art. 15 (i) and art. 12: an interconnection of files, or data used for
        # a purpose other than the one they were collected for, is declared, and puts the
        # processing under the CNDP's prior authorisation.
        self.interconnections = f.add(
            "interconnections",
            TextEdit(
                QCoreApplication.translate(
                    "RegisterForms", "ex. Rapprochement avec le fichier des clients"
                ),
                2,
            ),
        )
        self.interconnections.setToolTip(
            QCoreApplication.translate(
                "RegisterForms",
                "Les fichiers que ce traitement rapproche ou croise avec d'autres (loi 09-08 "
                "art. 15 (i)). Une interconnexion relève de l'autorisation préalable de la "
                "CNDP (art. 12). Vide : aucune.",
            )
        )
        self.collected_for = f.add(
            "collected_for",
            line_edit(
                QCoreApplication.translate(
                    "RegisterForms", "Vide si les données servent la finalité de leur collecte"
                )
            ),
        )
        self.collected_for.setToolTip(
            QCoreApplication.translate(
                "RegisterForms",
                "La finalité pour laquelle les données ont été collectées, si ce traitement "
                "les utilise pour une autre : autorisation préalable de la CNDP (loi 09-08 "
                "art. 12).",
            )
        )
        self.cndp_regime = f.add(
            "cndp_regime", combo([(str(r), texts.regime(r)) for r in CndpRegime])
        )
        self.cndp_receipt = f.add(
            "cndp_receipt", line_edit(QCoreApplication.translate("RegisterForms", "ex. D-443/2022"))
        )
        self.cndp_receipt_on = f.add(
            "cndp_receipt_on", OptionalDate(QCoreApplication.translate("RegisterForms", "Reçu le"))
        )
        self.regime_hint = label("", "muted", wrap=True)
        self.dpia_required = f.add(
            "dpia_required",
            QCheckBox(QCoreApplication.translate("RegisterForms", "Analyse d'impact requise")),
        )
        self.dpia_done = f.add(
            "dpia_done", QCheckBox(QCoreApplication.translate("RegisterForms", "Analyse réalisée"))
        )
        self.dpia_done_on = f.add(
            "dpia_done_on", OptionalDate(QCoreApplication.translate("RegisterForms", "Le"))
        )
        self.last_reviewed_on = f.add(
            "last_reviewed_on", OptionalDate(QCoreApplication.translate("RegisterForms", "Revu le"))
        )
        self.notes = f.add(
            "notes", TextEdit(QCoreApplication.translate("RegisterForms", "Notes du DPO"), 3)
        )
        self.dates = label("", "muted", wrap=True)

        self.data_categories.setToolTip(
            QCoreApplication.translate(
                "RegisterForms",
                "⚠ Données sensibles (RGPD art. 9 ; loi 09-08 art. 1(3)) : elles relèvent en "
                "principe de l'autorisation préalable de la CNDP (loi 09-08 art. 12).",
            )
        )
        for box in self.data_categories.boxes.values():
            box.toggled.connect(self._update_hint)
        self.cndp_regime.currentIndexChanged.connect(self._update_hint)

        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(16)
        left = QVBoxLayout()
        left.setSpacing(16)
        right = QVBoxLayout()
        right.setSpacing(16)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        left.addWidget(
            form_card(
                self.fields,
                QCoreApplication.translate("RegisterForms", "Identification"),
                [
                    ("name", QCoreApplication.translate("RegisterForms", "Nom *")),
                    ("description", QCoreApplication.translate("RegisterForms", "Description")),
                    (
                        "owner_department",
                        QCoreApplication.translate("RegisterForms", "Service responsable"),
                    ),
                    (
                        "joint_controller",
                        QCoreApplication.translate("RegisterForms", "Responsable conjoint"),
                    ),
                    ("software", QCoreApplication.translate("RegisterForms", "Logiciel")),
                    (
                        "rights_service",
                        QCoreApplication.translate("RegisterForms", "Exercice des droits"),
                    ),
                ],
            )
        )
        left.addWidget(
            form_card(
                self.fields,
                QCoreApplication.translate("RegisterForms", "Finalités et bases légales *"),
                [("purposes", "")],
                QCoreApplication.translate(
                    "RegisterForms",
                    "Une base légale par finalité (RGPD art. 6(1) ; loi 09-08 art. 4). "
                    "L'intérêt légitime doit être décrit.",
                ),
            )
        )
        left.addWidget(
            form_card(
                self.fields,
                QCoreApplication.translate("RegisterForms", "Personnes et données"),
                [
                    (
                        "subject_categories",
                        QCoreApplication.translate("RegisterForms", "Personnes concernées"),
                    ),
                    (
                        "data_categories",
                        QCoreApplication.translate("RegisterForms", "Catégories de données"),
                    ),
                    ("minors", ""),
                    ("sources", QCoreApplication.translate("RegisterForms", "Sources")),
                ],
            )
        )
        left.addWidget(
            form_card(
                self.fields,
                QCoreApplication.translate("RegisterForms", "Interconnexions et réutilisation"),
                [
                    (
                        "interconnections",
                        QCoreApplication.translate("RegisterForms", "Interconnexions"),
                    ),
                    (
                        "collected_for",
                        QCoreApplication.translate("RegisterForms", "Collectées pour"),
                    ),
                ],
                QCoreApplication.translate(
                    "RegisterForms",
                    "Les fichiers interconnectés (loi 09-08 art. 15 (i)) et, si les données "
                    "servent une autre finalité que celle de leur collecte, cette finalité "
                    "d'origine : l'un ou l'autre soumet le traitement à l'autorisation "
                    "préalable de la CNDP (art. 12).",
                ),
            )
        )
        left.addStretch(1)
        right.addWidget(
            form_card(
                self.fields,
                QCoreApplication.translate("RegisterForms", "Destinataires"),
                [("recipients", "")],
            )
        )
        right.addWidget(
            form_card(
                self.fields,
                QCoreApplication.translate("RegisterForms", "Durées de conservation"),
                [("retention", "")],
                QCoreApplication.translate(
                    "RegisterForms",
                    "Par catégorie de données : une durée et ce qui la fait courir.",
                ),
            )
        )
        right.addWidget(
            form_card(
                self.fields,
                QCoreApplication.translate("RegisterForms", "Mesures de sécurité"),
                [
                    ("security_measures", ""),
                    ("security_notes", QCoreApplication.translate("RegisterForms", "Précisions")),
                ],
            )
        )
        cndp = form_card(
            self.fields,
            QCoreApplication.translate("RegisterForms", "Formalités CNDP et analyse d'impact"),
            [
                ("cndp_regime", QCoreApplication.translate("RegisterForms", "Régime")),
                ("cndp_receipt", QCoreApplication.translate("RegisterForms", "N° de récépissé")),
                ("cndp_receipt_on", QCoreApplication.translate("RegisterForms", "Date")),
                ("dpia_required", QCoreApplication.translate("RegisterForms", "AIPD")),
                ("dpia_done", ""),
                ("dpia_done_on", QCoreApplication.translate("RegisterForms", "Réalisée le")),
            ],
        )
        cndp.body.insertWidget(2, self.regime_hint)
        right.addWidget(cndp)
        follow = form_card(
            self.fields,
            QCoreApplication.translate("RegisterForms", "Suivi"),
            [
                ("last_reviewed_on", QCoreApplication.translate("RegisterForms", "Dernière revue")),
                ("notes", QCoreApplication.translate("RegisterForms", "Notes")),
            ],
        )
        follow.body.addWidget(self.dates)
        right.addWidget(follow)
        right.addStretch(1)
        self.set_activity(None)

    # -- rows ----------------------------------------------------------------------------
    @staticmethod
    def _purpose_row() -> tuple[PurposeRow, Lines]:
        description = line_edit(QCoreApplication.translate("RegisterForms", "Finalité"))
        basis = combo([(str(b), texts.legal_basis(b)) for b in LegalBasis])
        justification = line_edit(
            QCoreApplication.translate(
                "RegisterForms", "Justification (obligatoire pour l'intérêt légitime)"
            )
        )
        row = PurposeRow(description=description, basis=basis, justification=justification)
        return row, [[(description, 3), (basis, 2)], [(justification, 1)]]

    @staticmethod
    def _recipient_row() -> tuple[RecipientRow, Lines]:
        kind = combo([(str(k), texts.recipient_kind(k)) for k in RecipientKind])
        name = line_edit(QCoreApplication.translate("RegisterForms", "Nom du destinataire"))
        return RecipientRow(kind=kind, name=name), [[(kind, 1), (name, 2)]]

    @staticmethod
    def _retention_row() -> tuple[RetentionRow, Lines]:
        category = combo([(str(c), texts.data_category(c)) for c in DataCategory])
        amount = QSpinBox()
        # The domain refuses 0 and more than MAX_RETENTION with a sentence; the widget
        # lets the number through rather than clamp it silently.
        amount.setRange(0, MAX_RETENTION * 10)
        amount.setValue(1)
        unit = combo([(str(u), texts.unit(u)) for u in RetentionUnit])
        set_combo(unit, RetentionUnit.YEARS)
        trigger = line_edit(
            QCoreApplication.translate(
                "RegisterForms", "à compter de… (ex. après la dernière connexion)"
            )
        )
        scope = line_edit(QCoreApplication.translate("RegisterForms", "Précision (ex. factures)"))
        row = RetentionRow(
            category=category, amount=amount, unit=unit, trigger=trigger, scope=scope
        )
        return row, [[(category, 3), (amount, 0), (unit, 1)], [(trigger, 3), (scope, 2)]]

    # -- values --------------------------------------------------------------------------
    def set_activity(self, activity: ActivityDetails | None, today: date | None = None) -> None:
        a = activity or ActivityDetails(name="")
        self.name.setText(a.name)
        self.description.setText(a.description)
        self.owner_department.setText(a.owner_department)
        self.joint_controller.setText(a.joint_controller)
        self.software.setText(a.software)
        self.rights_service.setText(a.rights_service)
        self.interconnections.setText(a.interconnections)
        self.collected_for.setText(a.collected_for)
        self.purposes.clear_rows()
        for purpose in a.purposes:
            row = self.purposes.add_row()
            row["description"].setText(purpose.description)
            set_combo(row["basis"], purpose.legal_basis)
            row["justification"].setText(purpose.justification)
        if activity is None:
            self.purposes.add_row()
        self.subject_categories.set_values(a.subject_categories)
        self.data_categories.set_values(a.data_categories)
        self.minors.setChecked(a.minors)
        self.sources.set_values(a.sources)
        self.recipients.clear_rows()
        for recipient in a.recipients:
            to = self.recipients.add_row()
            set_combo(to["kind"], recipient.kind)
            to["name"].setText(recipient.name)
        self.retention.clear_rows()
        for rule in a.retention:
            kept = self.retention.add_row()
            set_combo(kept["category"], rule.category)
            kept["amount"].setValue(rule.amount)
            set_combo(kept["unit"], rule.unit)
            kept["trigger"].setText(rule.trigger)
            kept["scope"].setText(rule.scope)
        self.security_measures.set_values(a.security_measures)
        self.security_notes.setText(a.security_notes)
        set_combo(self.cndp_regime, a.cndp_regime)
        self.cndp_receipt.setText(a.cndp_receipt)
        self.cndp_receipt_on.set_value(a.cndp_receipt_on, today)
        self.dpia_required.setChecked(a.dpia_required)
        self.dpia_done.setChecked(a.dpia_done)
        self.dpia_done_on.set_value(a.dpia_done_on, today)
        self.last_reviewed_on.set_value(a.last_reviewed_on, today)
        self.notes.setText(a.notes)
        created = getattr(activity, "created_at", None)
        updated = getattr(activity, "updated_at", None)
        if created is not None and updated is not None:
            self.dates.setText(
                QCoreApplication.translate(
                    "RegisterForms",
                    "Inscrit au registre le {created} ; dernière modification le {updated}.",
                ).format(
                    created=texts.format_date(created.date()),
                    updated=texts.format_date(updated.date()),
                )
            )
        else:
            self.dates.setText("")
        self.dates.setVisible(bool(self.dates.text()))
        self.fields.clear_errors()
        self._update_hint()
        show_starts(self)

    def set_details(self, details: ActivityDetails, today: date | None = None) -> None:
        """Fill the form with details typed earlier (a draft kept across a lock)."""
        self.set_activity(details, today)

    def details(self) -> ActivityDetails:
        return ActivityDetails(
            name=self.name.text(),
            purposes=tuple(
                Purpose(
                    row["description"].text(),
                    LegalBasis(row["basis"].currentData()),
                    row["justification"].text(),
                )
                for row in self.purposes.row_widgets()
                # An untouched empty row is not a purpose; a half-filled one is, and
                # the domain says what it lacks.
                if row["description"].text().strip() or row["justification"].text().strip()
            ),
            description=self.description.text(),
            owner_department=self.owner_department.text(),
            joint_controller=self.joint_controller.text(),
            software=self.software.text(),
            subject_categories=self.subject_categories.values(),
            data_categories=frozenset(DataCategory(v) for v in self.data_categories.values()),
            minors=self.minors.isChecked(),
            sources=self.sources.values(),
            recipients=tuple(
                Recipient(RecipientKind(row["kind"].currentData()), row["name"].text())
                for row in self.recipients.row_widgets()
            ),
            retention=tuple(
                RetentionRule(
                    DataCategory(row["category"].currentData()),
                    row["amount"].value(),
                    RetentionUnit(row["unit"].currentData()),
                    row["trigger"].text(),
                    row["scope"].text(),
                )
                for row in self.retention.row_widgets()
            ),
            security_measures=frozenset(
                SecurityMeasure(v) for v in self.security_measures.values()
            ),
            security_notes=self.security_notes.text(),
            rights_service=self.rights_service.text(),
            interconnections=self.interconnections.text(),
            collected_for=self.collected_for.text(),
            cndp_regime=CndpRegime(self.cndp_regime.currentData()),
            cndp_receipt=self.cndp_receipt.text(),
            cndp_receipt_on=self.cndp_receipt_on.value(),
            dpia_required=self.dpia_required.isChecked(),
            dpia_done=self.dpia_done.isChecked(),
            dpia_done_on=self.dpia_done_on.value(),
            last_reviewed_on=self.last_reviewed_on.value(),
            notes=self.notes.text(),
        )

    def _update_hint(self, *_args) -> None:
        # Law 09-08 art. 12: sensitive data, offences and the ID number call for the
        # CNDP's prior authorisation; say so while the DPO ticks the boxes.
        chosen = [DataCategory(v) for v in self.data_categories.values()]
        wanted = suggested_regime(chosen)
        if wanted is CndpRegime.AUTHORISATION and self.cndp_regime.currentData() != str(
            CndpRegime.AUTHORISATION
        ):
            self.regime_hint.setText(
                QCoreApplication.translate(
                    "RegisterForms",
                    "Ces catégories de données relèvent de l'autorisation préalable de la "
                    "CNDP (loi 09-08 art. 12).",
                )
            )
        else:
            self.regime_hint.setText("")
        self.regime_hint.setVisible(bool(self.regime_hint.text()))


# ----------------------------------------------------------------------------- processor


class ProcessorForm(QWidget):
    """Every editable field of a processor, in cards, two columns."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = FieldSet(self)
        self.fields.edited.connect(self.edited)
        f = self.fields
        self.name = f.add(
            "name", line_edit(QCoreApplication.translate("RegisterForms", "ex. Stripe"))
        )
        self.service = f.add(
            "service", line_edit(QCoreApplication.translate("RegisterForms", "Service fourni"))
        )
        self.contact = f.add(
            "contact",
            line_edit(QCoreApplication.translate("RegisterForms", "Interlocuteur, e-mail")),
        )
        self.dpo_contact = f.add(
            "dpo_contact",
            line_edit(QCoreApplication.translate("RegisterForms", "DPO du sous-traitant")),
        )
        # Chosen by name, kept as ISO codes; the line under the field names them back.
        self.countries = f.add("countries", CountriesEdit())
        self.country_names = label("", "muted", wrap=True)
        self.country_names.hide()
        self.countries.names_changed.connect(self._name_countries)
        box = f.box("countries").layout()  # the field, then its error line
        assert isinstance(box, QVBoxLayout)
        box.insertWidget(1, self.country_names)
        self.data_categories = f.add(
            "data_categories",
            Choices([(str(c), texts.data_category(c)) for c in DataCategory], columns=1),
        )
        self.dpa_signed = f.add(
            "dpa_signed",
            QCheckBox(
                QCoreApplication.translate("RegisterForms", "Contrat de sous-traitance (DPA) signé")
            ),
        )
        self.dpa_signed_on = f.add(
            "dpa_signed_on", OptionalDate(QCoreApplication.translate("RegisterForms", "Signé le"))
        )
        self.contract_ends_on = f.add(
            "contract_ends_on",
            OptionalDate(QCoreApplication.translate("RegisterForms", "Prend fin le")),
        )
        self.clauses = f.add(
            "clauses", Choices([(str(c), texts.clause(c)) for c in Art28Clause], columns=1)
        )
        self.certifications = f.add(
            "certifications",
            LinesEdit(
                QCoreApplication.translate("RegisterForms", "Une par ligne : PCI DSS, ISO 27001…"),
                2,
            ),
        )
        self.sub_processors = f.add(
            "sub_processors",
            LinesEdit(
                QCoreApplication.translate("RegisterForms", "Un par ligne, avec son pays"), 2
            ),
        )
        self.next_review_on = f.add(
            "next_review_on", OptionalDate(QCoreApplication.translate("RegisterForms", "Prévue le"))
        )
        self.notes = f.add(
            "notes", TextEdit(QCoreApplication.translate("RegisterForms", "Notes du DPO"), 3)
        )
        self.status_line = label("", "muted", wrap=True)

        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(16)
        left = QVBoxLayout()
        left.setSpacing(16)
        right = QVBoxLayout()
        right.setSpacing(16)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        left.addWidget(
            form_card(
                self.fields,
                QCoreApplication.translate("RegisterForms", "Le sous-traitant"),
                [
                    ("name", QCoreApplication.translate("RegisterForms", "Nom *")),
                    ("service", QCoreApplication.translate("RegisterForms", "Service")),
                    ("contact", QCoreApplication.translate("RegisterForms", "Contact")),
                    ("dpo_contact", QCoreApplication.translate("RegisterForms", "DPO")),
                    (
                        "countries",
                        QCoreApplication.translate("RegisterForms", "Pays de traitement"),
                    ),
                ],
            )
        )
        left.addWidget(
            form_card(
                self.fields,
                QCoreApplication.translate("RegisterForms", "Données confiées"),
                [("data_categories", "")],
            )
        )
        left.addWidget(
            form_card(
                self.fields,
                QCoreApplication.translate("RegisterForms", "Garanties et suivi"),
                [
                    (
                        "certifications",
                        QCoreApplication.translate("RegisterForms", "Certifications"),
                    ),
                    (
                        "sub_processors",
                        QCoreApplication.translate("RegisterForms", "Sous-traitants ultérieurs"),
                    ),
                    (
                        "next_review_on",
                        QCoreApplication.translate("RegisterForms", "Prochaine revue"),
                    ),
                    ("notes", QCoreApplication.translate("RegisterForms", "Notes")),
                ],
            )
        )
        left.addStretch(1)
        contract = form_card(
            self.fields,
            QCoreApplication.translate(
                "RegisterForms", "Contrat (RGPD art. 28 ; loi 09-08 art. 23)"
            ),
            [
                ("dpa_signed", ""),
                ("dpa_signed_on", QCoreApplication.translate("RegisterForms", "Signature")),
                ("contract_ends_on", QCoreApplication.translate("RegisterForms", "Échéance")),
            ],
        )
        contract.body.addWidget(
            label(
                QCoreApplication.translate("RegisterForms", "Clauses de l'article 28(3) vérifiées"),
                "subheading",
            )
        )
        contract.body.addWidget(self.fields.box("clauses"))
        contract.body.addWidget(self.status_line)
        right.addWidget(contract)
        right.addStretch(1)
        self.set_processor(None)

    def set_processor(self, processor: ProcessorDetails | None, today: date | None = None) -> None:
        p = processor or ProcessorDetails(name="")
        self.name.setText(p.name)
        self.service.setText(p.service)
        self.contact.setText(p.contact)
        self.dpo_contact.setText(p.dpo_contact)
        self.countries.set_codes(p.countries)
        self.data_categories.set_values(p.data_categories)
        self.dpa_signed.setChecked(p.dpa_signed)
        self.dpa_signed_on.set_value(p.dpa_signed_on, today)
        self.contract_ends_on.set_value(p.contract_ends_on, today)
        self.clauses.set_values(p.clauses)
        self.certifications.set_values(p.certifications)
        self.sub_processors.set_values(p.sub_processors)
        self.next_review_on.set_value(p.next_review_on, today)
        self.notes.setText(p.notes)
        status = getattr(processor, "status", None)
        if status is not None and not processor.is_active:  # type: ignore[union-attr]
            self.status_line.setText(
                QCoreApplication.translate("RegisterForms", "Contrat terminé le {date}.").format(
                    date=texts.date_or_dash(processor.ended_on)  # type: ignore[union-attr]
                )
            )
        else:
            self.status_line.setText("")
        self.status_line.setVisible(bool(self.status_line.text()))
        self.fields.clear_errors()
        show_starts(self)

    def set_details(self, details: ProcessorDetails, today: date | None = None) -> None:
        """Fill the form with details typed earlier (a draft kept across a lock)."""
        self.set_processor(details, today)

    def _name_countries(self, names: str) -> None:
        self.country_names.setText(names)
        self.country_names.setVisible(bool(names))

    def details(self) -> ProcessorDetails:
        return ProcessorDetails(
            name=self.name.text(),
            service=self.service.text(),
            contact=self.contact.text(),
            dpo_contact=self.dpo_contact.text(),
            countries=self.countries.codes(),
            data_categories=frozenset(DataCategory(v) for v in self.data_categories.values()),
            dpa_signed=self.dpa_signed.isChecked(),
            dpa_signed_on=self.dpa_signed_on.value(),
            contract_ends_on=self.contract_ends_on.value(),
            clauses=frozenset(Art28Clause(v) for v in self.clauses.values()),
            certifications=self.certifications.values(),
            sub_processors=self.sub_processors.values(),
            next_review_on=self.next_review_on.value(),
            notes=self.notes.text(),
        )
