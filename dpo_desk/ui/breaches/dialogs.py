"""The "Nouvelle violation" dialog: step 1 of the form, the facts and the clock.

It records the breach at once, so the 72-hour countdown of GDPR Art. 33(1) starts from
the awareness typed here; the breach then opens on step 2.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLayout, QPushButton, QVBoxLayout, QWidget

from dpo_desk.domain.clock import Clock, SystemClock
from dpo_desk.domain.errors import UserError
from dpo_desk.services import breaches as breach_service
from dpo_desk.services.read_model import Register
from dpo_desk.ui import style
from dpo_desk.ui.breaches import look
from dpo_desk.ui.breaches.fields import form_layout
from dpo_desk.ui.breaches.forms import FactsFields
from dpo_desk.ui.breaches.steps.facts import deadline_preview
from dpo_desk.ui.i18n import error_text
from dpo_desk.ui.widgets import Card, InlineMessage, busy, label


class NewBreachDialog(QDialog):
    recorded = Signal(object)  # BreachIncident (not "done": that is QDialog.done())

    def __init__(
        self,
        register: Register,
        zone: tzinfo,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.register = register
        self.zone = zone
        self.clock: Clock = clock or SystemClock()
        self.setWindowTitle(self.tr("Nouvelle violation — DPO Desk"))
        self.setStyleSheet(look.STYLESHEET)
        self.setMinimumWidth(820)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 24, 28, 20)
        outer.setSpacing(14)
        # The dialog grows when a message appears under a field, rather than squeezing
        # the description box it holds.
        outer.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        outer.addWidget(label(self.tr("Nouvelle violation de données"), "title"))
        outer.addWidget(
            label(
                self.tr(
                    "Étape 1 sur 5 — les faits et l'horloge. Le délai de 72 heures pour "
                    "notifier court dès que l'organisation a connaissance de la violation : "
                    "légal sous le RGPD (article 33 du RGPD), politique interne sous la "
                    "seule loi 09-08. Enregistrez-la tout de suite, les autres étapes se "
                    "complètent ensuite."
                ),
                "secondary",
                wrap=True,
            )
        )
        self.message = InlineMessage()
        outer.addWidget(self.message)
        card = Card()
        self.fields = FactsFields(self)
        self.fields.set_zone(zone)
        self.fields.set_defaults(self.clock.now())
        form = form_layout()
        self.fields.add_rows(form, self.fields.rows())
        card.body.addLayout(form)
        self.deadline = label("", "value", wrap=True)
        card.body.addWidget(self.deadline)
        outer.addWidget(card, 1)
        outer.addWidget(label(self.tr("* obligatoire"), "muted"))

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Enregistrer et démarrer le suivi"))
        style.set_role(self.save_button, "primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        self.fields.edited.connect(self._edited)
        self._edited()
        self.fields.title.setFocus()

    def _edited(self) -> None:
        self.fields.check_instants(self.clock.now(), self.zone)
        self.deadline.setText(deadline_preview(self.fields, self.zone))

    def save(self) -> None:
        self.message.clear_message()
        self.fields.clear_errors()
        try:
            with busy():
                created = breach_service.create_breach(
                    self.register, self.fields.intake(), clock=self.clock
                )
        except UserError as error:
            if not self.fields.point_at(error):
                self.message.show_message(error_text(error), "error")
            return
        self.recorded.emit(created)
        self.accept()
