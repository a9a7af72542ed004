"""Paramètres ▸ Jours fériés comptés pour les délais du RGPD."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from dpo_desk.domain.clock import Clock
from dpo_desk.domain.errors import UserError
from dpo_desk.services import requests as request_service
from dpo_desk.services.read_model import Register
from dpo_desk.ui.calendar_texts import member_state_choices, member_state_name
from dpo_desk.ui.formatting import moved_due_dates
from dpo_desk.ui.settings.card import SettingsCard, primary_button
from dpo_desk.ui.widgets import explanation


class GdprHolidaysCard(SettingsCard):
    """Which public holidays roll a GDPR period: none, or one EU Member State's.

    Regulation 1182/71 Art. 3(4) rolls a period over the public holidays of the Member
    State (or EU institution) where the act is done (Art. 2(1)): Moroccan holidays are
    not among them. The organisation may name one Member State, e.g. where its Art. 27
    representative sits; by default only Saturdays and Sundays roll a GDPR period.
    """

    #: how many open requests' due dates the last save moved
    saved = Signal(int)

    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(clock, parent)
        self._loaded: str | None = None

        caption = self.add_header(self.tr("Jours fériés comptés pour les délais du RGPD"))
        row = QHBoxLayout()
        row.setSpacing(10)
        self.member_state = QComboBox()
        self.member_state.setAccessibleName(self.tr("Jours fériés comptés pour les délais du RGPD"))
        caption.setBuddy(self.member_state)
        self.member_state.addItem(self.tr("Aucun (samedis et dimanches seulement)"), "")
        for name, code in member_state_choices():
            self.member_state.addItem(name, code)
        self.member_state.currentIndexChanged.connect(self._update_buttons)
        row.addWidget(self.member_state, 1)
        # The day dialog's "Enregistrer", already translated in its context.
        self.save_button = primary_button(
            QCoreApplication.translate("DayDialog", "Enregistrer"), self.save
        )
        row.addWidget(self.save_button)
        self.body.addLayout(row)
        self.body.addWidget(
            explanation(
                self.tr(
                    "Règlement 1182/71 : seuls les jours fériés de l'État membre où l'acte "
                    "est accompli comptent, par exemple celui du représentant de "
                    "l'organisation dans l'UE. Les jours fériés marocains ne reportent pas "
                    "un délai du RGPD."
                )
            )
        )
        self.add_message()
        self.clear()

    def chosen(self) -> str | None:
        return self.member_state.currentData() or None

    def set_register(self, register: Register) -> None:
        self.register = register
        self.message.clear_message()
        try:
            self._loaded = request_service.load_context(register).calendar.member_state
        except UserError as error:
            self.show_error(error)
            self._loaded = None
            self.register = None  # a calendar that cannot be read is not edited
        self._show(self._loaded)

    def clear(self) -> None:
        self.register = None
        self._loaded = None
        self._show(None)
        self.message.clear_message()

    def _show(self, code: str | None) -> None:
        index = self.member_state.findData(code or "")
        self.member_state.blockSignals(True)
        self.member_state.setCurrentIndex(max(index, 0))
        self.member_state.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        self.member_state.setEnabled(self.register is not None)
        self.save_button.setEnabled(self.register is not None and self.chosen() != self._loaded)

    def save(self) -> None:
        if self.register is None:
            return
        code = self.chosen()
        try:
            calendar = request_service.load_context(self.register).calendar
            moved = request_service.save_calendar(
                self.register, calendar.with_member_state(code), clock=self.clock
            )
        except UserError as error:
            self.show_error(error)
            return
        self._loaded = code
        self._update_buttons()
        done = (
            self.tr("Délais du RGPD : jours fériés de l'État membre {state} comptés.").format(
                state=member_state_name(code)
            )
            if code
            else self.tr("Délais du RGPD : seuls les samedis et dimanches sont comptés.")
        )
        text = f"{done} {moved_due_dates(moved)}"
        self.report(text)
        self.saved.emit(moved)
