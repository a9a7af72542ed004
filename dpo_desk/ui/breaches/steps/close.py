"""Step 5: the timeline and the closing (GDPR Art. 33(5))."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QPushButton,
)

from dpo_desk.domain.breaches import (
    BreachIncident,
    EventKind,
)
from dpo_desk.domain.requests.workflow import Regime
from dpo_desk.services import breaches as breach_service
from dpo_desk.ui.breaches import texts
from dpo_desk.ui.breaches.fields import FieldSet, InstantEdit, form_layout
from dpo_desk.ui.breaches.forms import (
    combo,
    select,
)
from dpo_desk.ui.breaches.steps.base import (
    StepPage,
    add_action,
    button_row,
    item_list,
    primary,
    titled_card,
)
from dpo_desk.ui.breaches.steps.words import (
    close_intro,
)
from dpo_desk.ui.widgets import InlineMessage, TextEdit, confirm_irreversible, label


class CloseStep(StepPage):
    def __init__(self, parent=None) -> None:
        super().__init__(5, "close", close_intro(True), parent)
        self._build_timeline_card()
        self._build_close_card()
        self.finish()
        self.remedial.textChanged.connect(self._update_close)

    # -- construction ---------------------------------------------------------------------
    def _build_timeline_card(self) -> None:
        timeline_card = titled_card(QCoreApplication.translate("BreachSteps", "Chronologie"))
        self.timeline = item_list(120)
        self.timeline.setMaximumHeight(320)
        timeline_card.body.addWidget(self.timeline)
        self.event_fields = ev = FieldSet(self)
        self.event_kind = ev.add(
            "kind",
            combo([(str(k), texts.event_label(k)) for k in (EventKind.CONTAINED, EventKind.NOTE)]),
        )
        self.event_at = ev.add("at", InstantEdit())
        self.event_note = ev.add(
            "note", TextEdit(QCoreApplication.translate("BreachSteps", "Ce qui s'est passé"), 2)
        )
        event_form = form_layout()
        ev.add_rows(
            event_form,
            [
                ("kind", QCoreApplication.translate("BreachSteps", "Événement")),
                ("at", QCoreApplication.translate("BreachSteps", "Le *")),
                ("note", QCoreApplication.translate("BreachSteps", "Note")),
            ],
        )
        timeline_card.body.addLayout(event_form)
        self.event_message, self.event_button = add_action(
            timeline_card,
            QCoreApplication.translate("BreachSteps", "Ajouter à la chronologie"),
            self.add_event,
        )
        self.column.addWidget(timeline_card)

    def _build_close_card(self) -> None:
        close_card = titled_card(
            QCoreApplication.translate("BreachSteps", "Mesures correctives et clôture")
        )
        self.close_fields = FieldSet(self)
        self.remedial = self.close_fields.add(
            "remedial_actions",
            TextEdit(
                QCoreApplication.translate(
                    "BreachSteps", "Les mesures prises pour que la violation ne se reproduise pas"
                ),
                4,
            ),
        )
        close_form = form_layout()
        self.close_fields.add_rows(
            close_form,
            [
                (
                    "remedial_actions",
                    QCoreApplication.translate("BreachSteps", "Mesures correctives *"),
                )
            ],
        )
        close_card.body.addLayout(close_form)
        self.close_hint = label("", "muted", wrap=True)
        close_card.body.addWidget(self.close_hint)
        self.close_message = InlineMessage()
        close_card.body.addWidget(self.close_message)
        self.remedial_button = QPushButton(
            QCoreApplication.translate("BreachSteps", "Enregistrer les mesures")
        )
        self.remedial_button.clicked.connect(self.save_remedial)
        self.close_button = primary(
            QCoreApplication.translate("BreachSteps", "Clôturer la violation")
        )
        self.close_button.setToolTip(
            QCoreApplication.translate(
                "BreachSteps", "Une violation clôturée ne peut plus être modifiée."
            )
        )
        self.close_button.clicked.connect(self.close_breach)
        close_card.body.addLayout(button_row(self.remedial_button, self.close_button))
        self.column.addWidget(close_card)

    def bind(self, register, clock, zone) -> None:
        super().bind(register, clock, zone)
        self.event_at.set_zone(zone)

    def show_breach(self, breach, fresh) -> None:
        super().show_breach(breach, fresh)
        self.intro.setText(close_intro(Regime.GDPR in breach.regimes))
        if fresh:
            self._reset_event()
            self.close_fields.quietly(lambda: self.remedial.setPlainText(breach.remedial_actions))
        self._list_events()
        # A closed record stays open to notes (an acknowledgement), not to new facts.
        self.event_kind.setEnabled(breach.is_open)
        if not breach.is_open:
            select(self.event_kind, EventKind.NOTE)
        self.close_fields.set_read_only(not breach.is_open)
        self._update_close()

    def clear(self) -> None:
        super().clear()
        self.timeline.clear()
        self.event_note.clear()
        self.remedial.clear()
        self.event_message.clear_message()
        self.close_message.clear_message()
        self.close_hint.clear()

    def _list_events(self) -> None:
        self.timeline.clear()
        for event in self.breach.events if self.breach else ():
            head = QCoreApplication.translate("BreachSteps", "{when} — {kind} — {author}").format(
                when=texts.format_instant(event.at, self.zone),
                kind=texts.event_label(event.kind),
                author=event.author,
            )
            self.timeline.addItem(head + (f"\n    {event.note}" if event.note else ""))

    def _reset_event(self) -> None:
        def fill():
            select(self.event_kind, EventKind.CONTAINED)
            self.event_at.set_instant(self.clock.now())
            self.event_note.clear()

        self.event_fields.quietly(fill)

    def _update_close(self) -> None:
        breach = self.breach
        if breach is None:
            return
        if not breach.is_open:
            self.close_hint.setText(
                QCoreApplication.translate("BreachSteps", "Violation clôturée le {when}.").format(
                    when=texts.format_instant(breach.closed_at, self.zone)
                )
            )
            self.close_button.setEnabled(False)
            self.remedial_button.setEnabled(False)
            return
        has_text = bool(self.remedial.toPlainText().strip())
        self.remedial_button.setEnabled(has_text)
        self.close_button.setEnabled(has_text)
        self.close_hint.setText(
            ""
            if has_text
            else QCoreApplication.translate(
                "BreachSteps",
                "La clôture exige les mesures correctives : renseignez le champ "
                "« Mesures correctives ».",
            )
        )
        self.close_hint.setVisible(bool(self.close_hint.text()))

    def add_event(self) -> None:
        if self.register is None or self.breach is None:
            return
        register, breach, clock = self.register, self.breach, self.clock
        kind = EventKind(self.event_kind.currentData())

        def call() -> BreachIncident:
            return breach_service.add_event(
                register,
                breach,
                kind,
                at=self.event_at.instant("at"),
                note=self.event_note.toPlainText(),
                clock=clock,
            )

        if self.run(
            call,
            QCoreApplication.translate("BreachSteps", "Événement ajouté."),
            self.event_fields,
            self.event_message,
        ):
            self._reset_event()

    def save_remedial(self) -> None:
        if self.register is None or self.breach is None:
            return
        register, breach, clock = self.register, self.breach, self.clock
        text = self.remedial.toPlainText()
        self.run(
            lambda: breach_service.record_remedial_actions(register, breach, text, clock=clock),
            QCoreApplication.translate("BreachSteps", "Mesures correctives enregistrées."),
            self.close_fields,
            self.close_message,
        )

    def close_breach(self) -> None:
        if self.register is None or self.breach is None:
            return
        register, breach, clock = self.register, self.breach, self.clock
        text = self.remedial.toPlainText()
        # A closed breach is read-only for good: asked first, Annuler being the default.
        if not confirm_irreversible(
            self,
            QCoreApplication.translate("BreachSteps", "Clôturer la violation ?"),
            QCoreApplication.translate(
                "BreachSteps",
                "La violation {reference} sera clôturée : sa fiche ne pourra plus être "
                "modifiée. Elle reste au registre des violations, avec son journal.",
            ).format(reference=breach.reference),
            QCoreApplication.translate("BreachSteps", "Clôturer"),
        ):
            return
        self.run(
            lambda: breach_service.close_breach(
                register, breach, remedial_actions=text, clock=clock
            ),
            QCoreApplication.translate("BreachSteps", "Violation {reference} clôturée.").format(
                reference=breach.reference
            ),
            self.close_fields,
            self.close_message,
        )
