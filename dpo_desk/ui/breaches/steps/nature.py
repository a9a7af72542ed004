"""Step 2: nature and scope (GDPR Art. 33(3))."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dpo_desk.domain.breaches import (
    BreachIncident,
)
from dpo_desk.domain.requests.workflow import Regime
from dpo_desk.services import breaches as breach_service
from dpo_desk.ui.breaches.fields import form_layout
from dpo_desk.ui.breaches.forms import (
    NatureFields,
)
from dpo_desk.ui.breaches.steps.base import (
    StepPage,
    button_row,
    primary,
)
from dpo_desk.ui.breaches.steps.words import (
    nature_intro,
)
from dpo_desk.ui.widgets import Card


class NatureStep(StepPage):
    def __init__(self, parent=None) -> None:
        super().__init__(2, "nature", nature_intro(True), parent)
        card = Card()
        self.fields = NatureFields(self)
        form = form_layout()
        self.fields.add_rows(form, self.fields.rows())
        card.body.addLayout(form)
        self.save_button = primary(
            QCoreApplication.translate("BreachSteps", "Enregistrer la nature et l'étendue")
        )
        self.save_button.clicked.connect(self.save)
        card.body.addLayout(button_row(self.save_button))
        self.column.addWidget(card)
        self.finish()

    def show_breach(self, breach, fresh) -> None:
        super().show_breach(breach, fresh)
        self.intro.setText(nature_intro(Regime.GDPR in breach.regimes))
        if fresh:
            self.fields.set_nature(breach.nature)
        self.fields.set_read_only(not breach.is_open)
        self.save_button.setEnabled(breach.is_open)

    def clear(self) -> None:
        super().clear()
        self.fields.set_nature(None)

    def save(self) -> None:
        if self.register is None or self.breach is None:
            return
        register, breach, clock, fields = self.register, self.breach, self.clock, self.fields

        def call() -> BreachIncident:
            nature = fields.nature(breach.nature.description)
            return breach_service.update_nature(register, breach, nature, clock=clock)

        if (
            self.run(
                call,
                QCoreApplication.translate("BreachSteps", "Nature et étendue enregistrées."),
                self.fields,
            )
            is not None
        ):
            self.fields.set_nature(self.breach.nature)
