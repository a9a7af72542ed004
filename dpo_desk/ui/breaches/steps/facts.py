"""Step 1: the facts and the clock (GDPR Art. 33(1))."""

from __future__ import annotations

from dataclasses import replace
from datetime import tzinfo

from PySide6.QtCore import QCoreApplication

from dpo_desk.domain import breaches as rules
from dpo_desk.domain.breaches import (
    BreachIncident,
)
from dpo_desk.domain.errors import ValidationError
from dpo_desk.domain.requests.workflow import Regime
from dpo_desk.services import breaches as breach_service
from dpo_desk.ui.breaches import texts
from dpo_desk.ui.breaches.fields import form_layout
from dpo_desk.ui.breaches.forms import (
    FactsFields,
)
from dpo_desk.ui.breaches.steps.base import (
    StepPage,
    button_row,
    primary,
)
from dpo_desk.ui.widgets import Card, label


class FactsStep(StepPage):
    def __init__(self, parent=None) -> None:
        super().__init__(
            1,
            "facts",
            QCoreApplication.translate(
                "BreachSteps",
                "Le délai de 72 heures court à partir du moment où l'organisation a acquis "
                "une certitude raisonnable qu'une violation de données personnelles s'est "
                "produite (RGPD art. 33(1)). Les heures sont saisies dans le fuseau de "
                "l'organisation.",
            ),
            parent,
        )
        card = Card()
        self.fields = FactsFields(self)
        form = form_layout()
        self.fields.add_rows(form, self.fields.rows())
        card.body.addLayout(form)
        self.gdpr_intro = self.intro.text()
        self.deadline = label("", "value", wrap=True)
        card.body.addWidget(self.deadline)
        self.save_button = primary(
            QCoreApplication.translate("BreachSteps", "Enregistrer les faits")
        )
        self.save_button.clicked.connect(self.save)
        card.body.addLayout(button_row(self.save_button))
        self.column.addWidget(card)
        self.finish()
        self.fields.edited.connect(self._edited)

    def bind(self, register, clock, zone) -> None:
        super().bind(register, clock, zone)
        self.fields.set_zone(zone)

    def show_breach(self, breach, fresh) -> None:
        super().show_breach(breach, fresh)
        if fresh:
            self.fields.set_breach(breach)
        self.fields.set_read_only(not breach.is_open)
        self.save_button.setEnabled(breach.is_open)
        self._show_deadline()
        if Regime.GDPR not in breach.regimes:
            # Law 09-08 alone: the 72 hours are the organisation's, no GDPR article.
            self.intro.setText(
                QCoreApplication.translate(
                    "BreachSteps",
                    "Le délai de 72 heures court à partir du moment où l'organisation a "
                    "acquis une certitude raisonnable qu'une violation de données "
                    "personnelles s'est produite. La loi 09-08 ne prévoit pas de "
                    "notification des violations : ce délai est celui de la politique "
                    "interne de l'organisation. Les heures sont saisies dans le fuseau de "
                    "l'organisation.",
                )
            )
        else:
            self.intro.setText(self.gdpr_intro)

    def clear(self) -> None:
        super().clear()
        self.fields.set_breach(None)
        self.deadline.clear()

    def _edited(self) -> None:
        self.fields.check_instants(self.clock.now(), self.zone)
        self._show_deadline()

    def _show_deadline(self) -> None:
        self.deadline.setText(deadline_preview(self.fields, self.zone))

    def save(self) -> None:
        if self.register is None or self.breach is None:
            return
        register, breach, clock = self.register, self.breach, self.clock
        fields = self.fields

        def call() -> BreachIncident:
            intake = fields.intake(breach.nature)
            updated = breach_service.update_details(register, breach, intake, clock=clock)
            description = fields.description.toPlainText().strip()
            if description != updated.nature.description:
                nature = replace(updated.nature, description=description)
                updated = breach_service.update_nature(register, updated, nature, clock=clock)
            return updated

        if (
            self.run(
                call, QCoreApplication.translate("BreachSteps", "Faits enregistrés."), self.fields
            )
            is not None
        ):
            self.fields.set_breach(self.breach)


def deadline_preview(fields: FactsFields, zone: tzinfo) -> str:
    """One line per notice the chosen regimes call for, e.g. "Autorité de contrôle de
    l'UE (CNIL ou autre) : notification au plus tard le … — légal (RGPD art. 33)."; a
    breach under Law 09-08 alone shows the CNDP's policy line only."""
    try:
        intake = fields.intake()
    except ValidationError:
        return ""
    if not intake.regimes:
        return ""
    deadline = rules.breach_deadline(intake.aware_at, intake.regimes)
    lines = [
        QCoreApplication.translate(
            "BreachSteps", "{authority} : notification au plus tard le {when} — {basis}."
        ).format(
            authority=texts.duty_label(duty.kind),
            when=texts.format_instant_long(duty.deadline, zone),
            basis=texts.deadline_label(duty.rule),
        )
        for duty in rules.duties_for(intake.regimes, deadline.at)
    ]
    return "\n".join(lines)
