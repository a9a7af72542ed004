"""Step 3: the risk, and the decision not to notify (GDPR Art. 33(1), 33(5), 34)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
)

from dpo_desk.domain.breach_risk import RiskFactors, RiskLevel, assess
from dpo_desk.domain.breaches import (
    BreachIncident,
)
from dpo_desk.domain.errors import UserError
from dpo_desk.domain.requests.workflow import Regime
from dpo_desk.services import breaches as breach_service
from dpo_desk.ui.breaches import texts
from dpo_desk.ui.breaches.fields import FieldSet, form_layout
from dpo_desk.ui.breaches.forms import (
    RiskFields,
)
from dpo_desk.ui.breaches.steps.base import (
    StepPage,
    add_action,
    button_row,
    primary,
    set_chip,
    titled_card,
)
from dpo_desk.ui.breaches.steps.words import (
    risk_intro,
)
from dpo_desk.ui.formatting import join_labels
from dpo_desk.ui.widgets import Card, InlineMessage, TextEdit, label

KEEP_COMPUTED = ""


class RiskStep(StepPage):
    def __init__(self, parent=None) -> None:
        super().__init__(3, "risk", risk_intro(True), parent)
        # An override read from the stored risk, chosen once the list of levels is built.
        self._pending_override: RiskLevel | None = None
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(self._build_factors_card(), 1)
        columns.addWidget(self._build_result_card(), 1)
        self.column.addLayout(columns)
        self._build_decision_card()
        self.finish()
        self.fields.edited.connect(self._recompute)
        self.override.currentIndexChanged.connect(self._recompute)
        self.justification.textChanged.connect(self._update_save)
        self.decision_reasons.textChanged.connect(self._update_decision)

    # -- construction ---------------------------------------------------------------------
    def _build_factors_card(self) -> Card:
        factors_card = titled_card(QCoreApplication.translate("BreachSteps", "Appréciation du DPO"))
        self.inputs = label("", "muted", wrap=True)
        factors_card.body.addWidget(self.inputs)
        self.fields = RiskFields(self)
        form = form_layout()
        self.fields.add_rows(form, self.fields.rows())
        factors_card.body.addLayout(form)
        factors_card.body.addStretch(1)
        return factors_card

    def _build_result_card(self) -> Card:
        result_card = titled_card(
            QCoreApplication.translate("BreachSteps", "Résultat de la méthode")
        )
        level_row = QHBoxLayout()
        self.level_chip = QLabel()
        level_row.addWidget(self.level_chip)
        self.saved_state = label("", "muted")
        level_row.addWidget(self.saved_state)
        level_row.addStretch(1)
        result_card.body.addLayout(level_row)
        self.explanation = label("", "secondary", wrap=True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        result_card.body.addWidget(self.explanation)
        result_card.body.addLayout(self._build_override_form())
        self.override_hint = InlineMessage()
        result_card.body.addWidget(self.override_hint)
        self.save_button = primary(
            QCoreApplication.translate("BreachSteps", "Enregistrer l'évaluation")
        )
        self.save_button.clicked.connect(self.save)
        result_card.body.addLayout(button_row(self.save_button))
        return result_card

    def _build_override_form(self) -> QFormLayout:
        override_form = form_layout()
        self.override_fields = FieldSet(self)
        self.override = self.override_fields.add("override", QComboBox())
        self.justification = self.override_fields.add(
            "risk_justification",
            TextEdit(
                QCoreApplication.translate(
                    "BreachSteps", "Pourquoi le niveau calculé ne convient pas à cette violation"
                ),
                3,
            ),
        )
        self.override_fields.add_rows(
            override_form,
            [
                ("override", QCoreApplication.translate("BreachSteps", "Niveau retenu")),
                ("risk_justification", QCoreApplication.translate("BreachSteps", "Justification")),
            ],
        )
        return override_form

    def _build_decision_card(self) -> None:
        """Art. 33(1), 33(5): no notification for a risk "unlikely", reasons on record."""
        self.decision_card = titled_card(
            QCoreApplication.translate("BreachSteps", "Décision de ne pas notifier l'autorité")
        )
        self.decision_text = label("", "value", wrap=True)
        self.decision_card.body.addWidget(self.decision_text)
        self.decision_fields = FieldSet(self)
        self.decision_reasons = self.decision_fields.add(
            "no_notification_reasons",
            TextEdit(
                QCoreApplication.translate(
                    "BreachSteps",
                    "Pourquoi la violation n'est pas susceptible d'engendrer un risque "
                    "pour les droits et libertés des personnes",
                ),
                3,
            ),
        )
        self.decision_form = form_layout()
        self.decision_fields.add_rows(
            self.decision_form,
            [("no_notification_reasons", QCoreApplication.translate("BreachSteps", "Motifs *"))],
        )
        self.decision_card.body.addLayout(self.decision_form)
        self.decision_message, self.decision_button = add_action(
            self.decision_card,
            QCoreApplication.translate("BreachSteps", "Consigner la décision de ne pas notifier"),
            self.record_decision,
        )
        self.column.addWidget(self.decision_card)

    def show_breach(self, breach, fresh) -> None:
        super().show_breach(breach, fresh)
        self.intro.setText(risk_intro(Regime.GDPR in breach.regimes))
        nature = breach.nature
        categories = join_labels(
            texts.data_category_label(c) for c in sorted(nature.data_categories)
        )
        self.inputs.setText(
            QCoreApplication.translate(
                "BreachSteps",
                "D'après la nature enregistrée (étape 2) : données « {categories} » ; "
                "mineurs : {minors}.",
            ).format(
                categories=categories
                or QCoreApplication.translate("BreachSteps", "aucune catégorie renseignée"),
                minors=QCoreApplication.translate("BreachSteps", "oui")
                if nature.minors
                else QCoreApplication.translate("BreachSteps", "non"),
            )
        )
        if fresh:
            self.override_fields.quietly(lambda: self._fill(breach))
            self.decision_fields.quietly(lambda: self.decision_reasons.setPlainText(""))
        read_only = not breach.is_open
        self.fields.set_read_only(read_only)
        if not read_only:
            self.fields.limit_to(nature)
        self.override_fields.set_read_only(read_only)
        self._recompute()
        self._show_decision()

    def _fill(self, breach: BreachIncident) -> None:
        risk = breach.risk
        self.fields.set_factors(risk.factors if risk else RiskFactors())
        self.justification.setPlainText(risk.justification if risk else "")
        self._pending_override = risk.override if risk else None

    def clear(self) -> None:
        super().clear()
        self.fields.set_factors(RiskFactors())
        self.override_fields.quietly(lambda: self.justification.setPlainText(""))
        self.decision_fields.quietly(lambda: self.decision_reasons.setPlainText(""))
        self.inputs.clear()
        self.explanation.clear()
        self.level_chip.clear()
        self.saved_state.clear()
        self.decision_text.clear()

    def preview(self):
        """The method's result for what is on screen (no override), or None."""
        if self.breach is None:
            return None
        nature = self.breach.nature
        return assess(self.fields.factors(), nature.data_categories, minors=nature.minors)

    def _recompute(self) -> None:
        result = self.preview()
        if result is None:
            return
        chosen = self.override.currentData()
        pending = self._pending_override
        self.override.blockSignals(True)
        self.override.clear()
        self.override.addItem(
            QCoreApplication.translate("BreachSteps", "Niveau calculé : {level}").format(
                level=texts.risk_label(result.computed)
            ),
            KEEP_COMPUTED,
        )
        for level in RiskLevel:
            if level is not result.computed:
                self.override.addItem(
                    QCoreApplication.translate("BreachSteps", "Retenir : {level}").format(
                        level=texts.risk_label(level)
                    ),
                    str(level),
                )
        if pending is not None:
            chosen, self._pending_override = str(pending), None
        index = self.override.findData(chosen) if chosen else 0
        self.override.setCurrentIndex(max(0, index))
        self.override.blockSignals(False)
        level = self.chosen_level() or result.computed
        set_chip(self.level_chip, texts.risk_label(level), texts.RISK_TONES[level])
        self.explanation.setText("\n".join("• " + texts.reason_text(r) for r in result.reasons))
        self.saved_state.setText(self._saved_state_text())
        self._update_save()

    def _saved_state_text(self) -> str:
        breach = self.breach
        stored = breach.risk if breach else None
        if breach is None or stored is None:
            return QCoreApplication.translate("BreachSteps", "aperçu, pas encore enregistré")
        same = stored.factors == self.fields.factors() and stored.override == self.chosen_level()
        if not same:
            return QCoreApplication.translate("BreachSteps", "modifié, pas encore enregistré")
        return QCoreApplication.translate("BreachSteps", "enregistré le {when}").format(
            when=texts.format_instant(breach.risk_assessed_at, self.zone)
        )

    def chosen_level(self) -> RiskLevel | None:
        value = self.override.currentData()
        return RiskLevel(value) if value else None

    def _update_save(self) -> None:
        if self.breach is not None:
            self.saved_state.setText(self._saved_state_text())
        overriding = self.chosen_level() is not None
        self.justification.setEnabled(overriding and self.editable)
        missing = overriding and not self.justification.toPlainText().strip()
        if missing:
            # The method's result is the default; departing from it is the DPO's call,
            # and the register keeps why (Art. 33(5)).
            self.override_hint.show_message(
                QCoreApplication.translate(
                    "BreachSteps",
                    "Justification requise pour retenir un autre niveau que celui calculé.",
                ),
                "warning",
            )
        else:
            self.override_hint.clear_message()
        self.save_button.setEnabled(self.editable and not missing)

    def save(self) -> None:
        if self.register is None or self.breach is None:
            return
        register, breach, clock = self.register, self.breach, self.clock
        factors, override = self.fields.factors(), self.chosen_level()
        justification = self.justification.toPlainText()

        def call() -> BreachIncident:
            return breach_service.assess_risk(
                register,
                breach,
                factors,
                override=override,
                justification=justification if override else "",
                clock=clock,
            )

        fields = CombinedFields(self.fields, self.override_fields)
        updated = self.run(
            call,
            QCoreApplication.translate("BreachSteps", "Évaluation du risque enregistrée."),
            fields,
        )
        if updated is not None:
            self.override_fields.quietly(lambda: self._fill(updated))
            self._recompute()
            self._show_decision()

    # -- decision not to notify ---------------------------------------------------------
    def _show_decision(self) -> None:
        breach = self.breach
        if breach is None:
            return
        decision = breach.no_notification
        show = breach.risk_level is RiskLevel.NONE or decision is not None
        self.decision_card.setVisible(show)
        if decision is not None:
            self.decision_text.setText(
                QCoreApplication.translate(
                    "BreachSteps", "Décidée le {when} par {who} : {reasons}"
                ).format(
                    when=texts.format_instant(decision.decided_at, self.zone),
                    who=decision.decided_by,
                    reasons=decision.reasons,
                )
            )
        elif Regime.GDPR not in breach.regimes:
            # Law 09-08 alone: the CNDP policy follows the same threshold, no GDPR word.
            self.decision_text.setText(
                QCoreApplication.translate(
                    "BreachSteps",
                    "Le risque retenu est peu probable : selon la politique interne de "
                    "l'organisation, la CNDP peut ne pas être notifiée. La violation reste "
                    "inscrite au registre avec les motifs de cette décision.",
                )
            )
        else:
            self.decision_text.setText(
                QCoreApplication.translate(
                    "BreachSteps",
                    "Le risque retenu est peu probable : la violation peut ne pas être "
                    "notifiée. Elle reste inscrite au registre avec les motifs de cette "
                    "décision (RGPD art. 33(5)).",
                )
            )
        editable = decision is None and breach.is_open
        self.decision_form.setRowVisible(
            self.decision_fields.box("no_notification_reasons"), editable
        )
        self.decision_button.setVisible(editable)
        self._update_decision()

    def _update_decision(self) -> None:
        self.decision_button.setEnabled(
            self.editable and bool(self.decision_reasons.toPlainText().strip())
        )

    def record_decision(self) -> None:
        if self.register is None or self.breach is None:
            return
        register, breach, clock = self.register, self.breach, self.clock
        reasons = self.decision_reasons.toPlainText()
        updated = self.run(
            lambda: breach_service.record_no_notification(register, breach, reasons, clock=clock),
            QCoreApplication.translate("BreachSteps", "Décision de ne pas notifier consignée."),
            self.decision_fields,
            self.decision_message,
        )
        if updated is not None:
            self._show_decision()


class CombinedFields(FieldSet):
    """Several field sets as one, for pointing at the field an error names."""

    def __init__(self, *sets: FieldSet) -> None:
        super().__init__()
        self.sets = sets

    def point_at(self, error: UserError) -> bool:
        return any(s.point_at(error) for s in self.sets)

    def clear_errors(self) -> None:
        for s in self.sets:
            s.clear_errors()
