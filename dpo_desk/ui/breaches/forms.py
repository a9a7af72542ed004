"""The field groups of a breach, one per step of the form.

Each group builds the domain object it edits (``BreachIntake``, ``BreachNature``,
``RiskFactors``) from its widgets; validation is the domain's, and a refusal comes back
as a ``ValidationError`` naming its field.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QVBoxLayout, QWidget

from dpo_desk.domain import breaches as rules
from dpo_desk.domain.breach_risk import (
    DataCategory,
    Exposure,
    Identifiability,
    Likelihood,
    RiskFactors,
)
from dpo_desk.domain.breaches import BreachIncident, BreachIntake, BreachNature
from dpo_desk.domain.errors import ValidationError
from dpo_desk.domain.requests.workflow import Regime
from dpo_desk.ui.breaches import texts
from dpo_desk.ui.breaches.fields import CountEdit, FieldSet, InstantEdit
from dpo_desk.ui.requests import texts as request_texts
from dpo_desk.ui.requests.form import Choices
from dpo_desk.ui.widgets import LinesEdit, TextEdit

INSTANT_FIELDS = ("started_at", "discovered_at", "aware_at")


class FactsFields(FieldSet):
    """Step 1: what happened and the clock (GDPR Art. 33(1), (3)(a))."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.title = self.add("title", QLineEdit())
        self.title.setPlaceholderText(
            QCoreApplication.translate("BreachForms", "Ce qui s'est passé, en une ligne")
        )
        self.description = self.add(
            "description",
            TextEdit(
                QCoreApplication.translate(
                    "BreachForms",
                    "Les faits : comment la violation s'est produite, comment elle a été "
                    "détectée, ce qui est déjà connu.",
                ),
                lines=4,
            ),
        )
        self.regimes = self.add(
            "regimes",
            Choices(
                [(str(r), request_texts.regime_label(r)) for r in (Regime.LAW_09_08, Regime.GDPR)],
                columns=2,
            ),
        )
        self.regimes.setToolTip(
            QCoreApplication.translate(
                "BreachForms",
                "Sous le RGPD, les 72 heures sont légales (article 33 du RGPD) ; sous la "
                "seule loi 09-08, elles sont une politique interne.",
            )
        )
        self.started_at = self.add(
            "started_at", InstantEdit(QCoreApplication.translate("BreachForms", "Inconnu"))
        )
        self.discovered_at = self.add("discovered_at", InstantEdit())
        self.aware_at = self.add("aware_at", InstantEdit())

    def rows(self) -> list[tuple[str, str]]:
        return [
            ("title", QCoreApplication.translate("BreachForms", "Intitulé *")),
            ("description", QCoreApplication.translate("BreachForms", "Description")),
            ("regimes", QCoreApplication.translate("BreachForms", "Régime(s) *")),
            ("started_at", QCoreApplication.translate("BreachForms", "Début de la violation")),
            ("discovered_at", QCoreApplication.translate("BreachForms", "Découverte le *")),
            ("aware_at", QCoreApplication.translate("BreachForms", "Connaissance acquise le *")),
        ]

    def set_zone(self, zone: tzinfo) -> None:
        for edit in (self.started_at, self.discovered_at, self.aware_at):
            edit.set_zone(zone)

    def set_defaults(self, now: datetime) -> None:
        def fill():
            self.title.setText("")
            self.description.setPlainText("")
            self.regimes.set_values({Regime.LAW_09_08})
            self.started_at.set_instant(now)
            self.started_at.set_unknown(True)
            self.discovered_at.set_instant(now)
            self.aware_at.set_instant(now)

        self.quietly(fill)

    def set_breach(self, breach: BreachIncident | None) -> None:
        def fill():
            if breach is None:
                self.title.setText("")
                self.description.setPlainText("")
                self.regimes.set_values(())
                return
            self.title.setText(breach.title)
            self.description.setPlainText(breach.nature.description)
            self.regimes.set_values(breach.regimes)
            # Unknown start: the date offered if "unknown" is unticked is the discovery.
            self.started_at.set_instant(breach.started_at or breach.discovered_at)
            self.started_at.set_unknown(breach.started_at is None)
            self.discovered_at.set_instant(breach.discovered_at)
            self.aware_at.set_instant(breach.aware_at)

        self.quietly(fill)

    def intake(self, nature: BreachNature | None = None) -> BreachIntake:
        """A ValidationError for an instant the zone skips or repeats."""
        base = nature or BreachNature()
        return BreachIntake(
            title=self.title.text(),
            regimes=frozenset(Regime(v) for v in self.regimes.values()),
            aware_at=self.aware_at.typed_instant("aware_at"),
            discovered_at=self.discovered_at.typed_instant("discovered_at"),
            started_at=self.started_at.instant("started_at"),
            nature=replace(base, description=self.description.toPlainText()),
        )

    def check_instants(self, now: datetime, zone: tzinfo) -> bool:
        """Live check of the order start ≤ discovery ≤ awareness ≤ now, as the DPO types:
        the message appears under the field at fault. True when the instants are fine."""
        for name in INSTANT_FIELDS:
            self.clear_error(name)
        try:
            aware = self.aware_at.typed_instant("aware_at")
            discovered = self.discovered_at.typed_instant("discovered_at")
            started = self.started_at.instant("started_at")
            rules.check_instants(
                aware_at=aware, discovered_at=discovered, started_at=started, now=now, zone=zone
            )
        except ValidationError as error:
            self.point_at(error)
            return False
        return True


class NatureFields(FieldSet):
    """Step 2: nature and scope (GDPR Art. 33(3)(a), (c), (d))."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        impact = QWidget()
        # One option a line: the three on one line made step 2 wider than the window
        # ("Disponibilité" cut).
        row = QVBoxLayout(impact)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.confidentiality = QCheckBox(
            QCoreApplication.translate(
                "BreachForms", "Confidentialité (divulgation, accès non autorisé)"
            )
        )
        self.integrity = QCheckBox(
            QCoreApplication.translate("BreachForms", "Intégrité (altération)")
        )
        self.availability = QCheckBox(
            QCoreApplication.translate("BreachForms", "Disponibilité (perte, destruction)")
        )
        for box in (self.confidentiality, self.integrity, self.availability):
            row.addWidget(box)
        row.addStretch(1)
        self.impact = impact
        self.add("nature", impact, "confidentiality", "integrity", "availability")
        for box in (self.confidentiality, self.integrity, self.availability):
            box.toggled.connect(lambda *_a: self._edited("nature"))
        self.subject_categories = self.add(
            "subject_categories",
            LinesEdit(
                QCoreApplication.translate(
                    "BreachForms", "Une catégorie par ligne : clients, salariés, usagers…"
                )
            ),
        )
        self.subjects_count = self.add("subjects_count", CountEdit())
        self.record_categories = self.add(
            "record_categories",
            LinesEdit(
                QCoreApplication.translate(
                    "BreachForms", "Une catégorie par ligne : comptes, factures…"
                ),
                lines=2,
            ),
        )
        self.records_count = self.add("records_count", CountEdit())
        self.data_categories = self.add(
            "data_categories",
            Choices([(str(c), texts.data_category_label(c)) for c in DataCategory], columns=2),
        )
        self.minors = self.add(
            "minors",
            QCheckBox(QCoreApplication.translate("BreachForms", "Des mineurs sont concernés")),
        )
        self.consequences = self.add(
            "consequences",
            TextEdit(
                QCoreApplication.translate(
                    "BreachForms", "Conséquences probables pour les personnes"
                )
            ),
        )
        self.measures_taken = self.add(
            "measures_taken",
            TextEdit(
                QCoreApplication.translate(
                    "BreachForms", "Mesures prises pour remédier à la violation"
                )
            ),
        )
        self.measures_proposed = self.add(
            "measures_proposed",
            TextEdit(
                QCoreApplication.translate(
                    "BreachForms", "Mesures proposées, y compris pour en atténuer les effets"
                )
            ),
        )
        self.processors = self.add(
            "processors",
            LinesEdit(
                QCoreApplication.translate("BreachForms", "Un sous-traitant par ligne"), lines=2
            ),
        )

    def rows(self) -> list[tuple[str, str]]:
        return [
            ("nature", QCoreApplication.translate("BreachForms", "Atteinte à *")),
            (
                "subject_categories",
                QCoreApplication.translate("BreachForms", "Personnes concernées"),
            ),
            ("subjects_count", QCoreApplication.translate("BreachForms", "Nombre de personnes")),
            ("record_categories", QCoreApplication.translate("BreachForms", "Enregistrements")),
            (
                "records_count",
                QCoreApplication.translate("BreachForms", "Nombre d'enregistrements"),
            ),
            ("data_categories", QCoreApplication.translate("BreachForms", "Catégories de données")),
            ("minors", ""),
            ("consequences", QCoreApplication.translate("BreachForms", "Conséquences")),
            ("measures_taken", QCoreApplication.translate("BreachForms", "Mesures prises")),
            ("measures_proposed", QCoreApplication.translate("BreachForms", "Mesures proposées")),
            ("processors", QCoreApplication.translate("BreachForms", "Sous-traitants impliqués")),
        ]

    def set_nature(self, nature: BreachNature | None) -> None:
        nature = nature or BreachNature()

        def fill():
            self.confidentiality.setChecked(nature.confidentiality)
            self.integrity.setChecked(nature.integrity)
            self.availability.setChecked(nature.availability)
            self.subject_categories.set_values(nature.subject_categories)
            self.subjects_count.set_count(nature.subjects_count)
            self.record_categories.set_values(nature.record_categories)
            self.records_count.set_count(nature.records_count)
            self.data_categories.set_values(nature.data_categories)
            self.minors.setChecked(nature.minors)
            self.consequences.setPlainText(nature.consequences)
            self.measures_taken.setPlainText(nature.measures_taken)
            self.measures_proposed.setPlainText(nature.measures_proposed)
            self.processors.set_values(nature.processors)

        self.quietly(fill)

    def nature(self, description: str) -> BreachNature:
        """The nature as typed; a ValidationError for a count that is not a number."""
        return BreachNature(
            description=description,
            confidentiality=self.confidentiality.isChecked(),
            integrity=self.integrity.isChecked(),
            availability=self.availability.isChecked(),
            subject_categories=self.subject_categories.values(),
            subjects_count=self.subjects_count.count("subjects_count"),
            record_categories=self.record_categories.values(),
            records_count=self.records_count.count("records_count"),
            data_categories=frozenset(DataCategory(v) for v in self.data_categories.values()),
            minors=self.minors.isChecked(),
            consequences=self.consequences.toPlainText(),
            measures_taken=self.measures_taken.toPlainText(),
            measures_proposed=self.measures_proposed.toPlainText(),
            processors=self.processors.values(),
        )

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for box in (self.confidentiality, self.integrity, self.availability):
            box.setEnabled(not read_only)


def combo(items: list[tuple[str, str]]) -> QComboBox:
    box = QComboBox()
    for value, text in items:
        box.addItem(text, value)
    # A list of a few words need not span the card; long items show in the open list.
    box.setMaximumWidth(460)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(18)
    return box


def select(box: QComboBox, value) -> None:
    index = box.findData(None if value is None else str(value))
    box.setCurrentIndex(max(0, index))


class RiskFields(FieldSet):
    """Step 3: the DPO's judgement, fed to the method of ``domain.breach_risk``."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.identifiability = self.add(
            "identifiability",
            combo([(str(v), texts.identifiability_label(v)) for v in Identifiability]),
        )
        self.exposures: dict[str, QComboBox] = {}
        for name in ("confidentiality", "integrity", "availability"):
            self.exposures[name] = self.add(
                name, combo([(str(v), texts.exposure_label(v)) for v in Exposure])
            )
        self.malicious = self.add(
            "malicious",
            QCheckBox(
                QCoreApplication.translate(
                    "BreachForms", "Intention malveillante (attaque, vol, acte délibéré)"
                )
            ),
        )
        self.likelihood = self.add(
            "likelihood", combo([(str(v), texts.likelihood_label(v)) for v in Likelihood])
        )

    def rows(self) -> list[tuple[str, str]]:
        return [
            (
                "identifiability",
                QCoreApplication.translate("BreachForms", "Facilité d'identification"),
            ),
            (
                "confidentiality",
                QCoreApplication.translate("BreachForms", "Perte de confidentialité"),
            ),
            ("integrity", QCoreApplication.translate("BreachForms", "Perte d'intégrité")),
            ("availability", QCoreApplication.translate("BreachForms", "Perte de disponibilité")),
            ("malicious", ""),
            (
                "likelihood",
                QCoreApplication.translate("BreachForms", "Vraisemblance des conséquences *"),
            ),
        ]

    def set_factors(self, factors: RiskFactors) -> None:
        def fill():
            select(self.identifiability, factors.identifiability)
            for name, box in self.exposures.items():
                select(box, getattr(factors, name))
            self.malicious.setChecked(factors.malicious)
            select(self.likelihood, factors.likelihood)

        self.quietly(fill)

    def factors(self) -> RiskFactors:
        return RiskFactors(
            identifiability=Identifiability(self.identifiability.currentData()),
            confidentiality=Exposure(self.exposures["confidentiality"].currentData()),
            integrity=Exposure(self.exposures["integrity"].currentData()),
            availability=Exposure(self.exposures["availability"].currentData()),
            malicious=self.malicious.isChecked(),
            likelihood=Likelihood(self.likelihood.currentData()),
        )

    def limit_to(self, nature: BreachNature) -> None:
        """A loss the nature does not mention cannot be assessed (the service refuses it):
        its choice is fixed at "none" and says why."""
        for name, box in self.exposures.items():
            present = bool(getattr(nature, name))
            if not present and box.currentData() != str(Exposure.NONE):
                select(box, Exposure.NONE)
            box.setEnabled(present)
            box.setToolTip(
                ""
                if present
                else QCoreApplication.translate(
                    "BreachForms",
                    "La nature de la violation (étape 2) ne mentionne pas cette atteinte.",
                )
            )
