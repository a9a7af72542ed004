"""The "Nouvelle violation" dialog: step 1 of the form, the facts and the clock.

It records the breach at once, so the 72-hour countdown of GDPR Art. 33(1) starts from
the awareness typed here; the breach then opens on step 2.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLayout, QWidget

from dpo_desk.domain.clock import Clock, SystemClock
from dpo_desk.services import breaches as breach_service
from dpo_desk.services.read_model import Register
from dpo_desk.ui.breaches import look
from dpo_desk.ui.breaches.fields import form_layout
from dpo_desk.ui.breaches.forms import FactsFields
from dpo_desk.ui.breaches.steps.facts import deadline_preview
from dpo_desk.ui.widgets import Card, FormDialog, label


class NewBreachDialog(FormDialog):
    ask_before_discard = True  # Escape or Annuler ask before dropping what was typed
    recorded = Signal(object)  # BreachIncident (not "done": that is QDialog.done())

    def __init__(
        self,
        register: Register,
        zone: tzinfo,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, width=820, margins=(28, 24, 28, 20), spacing=14)
        self.register = register
        self.zone = zone
        self.clock: Clock = clock or SystemClock()
        self.setWindowTitle(self.tr("Nouvelle violation — DPO Desk"))
        self.setStyleSheet(look.STYLESHEET)
        # The dialog grows when a message appears under a field, rather than squeezing
        # the description box it holds.
        self.outer.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.add_heading(
            self.tr("Nouvelle violation de données"),
            self.tr(
                "Étape 1 sur 5 — les faits et l'horloge. Le délai de 72 heures pour "
                "notifier court dès que l'organisation a connaissance de la violation : "
                "légal sous le RGPD (article 33 du RGPD), politique interne sous la "
                "seule loi 09-08. Enregistrez-la tout de suite, les autres étapes se "
                "complètent ensuite."
            ),
            role="title",
        )
        self.add_message()
        card = Card()
        self.fields = FactsFields(self)
        self.fields.set_zone(zone)
        self.fields.set_defaults(self.clock.now())
        form = form_layout()
        self.fields.add_rows(form, self.fields.rows())
        card.body.addLayout(form)
        self.deadline = label("", "value", wrap=True)
        card.body.addWidget(self.deadline)
        self.outer.addWidget(card, 1)
        self.outer.addWidget(label(self.tr("* obligatoire"), "muted"))
        self.cancel_button, self.save_button = self.add_actions(
            self.tr("Annuler"), self.tr("Enregistrer et démarrer le suivi"), self.save
        )
        self.fields.edited.connect(self._edited)
        self._edited()
        self.fields.title.setFocus()

    def _edited(self) -> None:
        self.fields.check_instants(self.clock.now(), self.zone)
        self.deadline.setText(deadline_preview(self.fields, self.zone))

    def save(self) -> None:
        self.call_service(
            self.fields,
            lambda: breach_service.create_breach(
                self.register, self.fields.intake(), clock=self.clock
            ),
            self.recorded,
        )
