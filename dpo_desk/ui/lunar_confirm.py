"""Confirmer une fête lunaire: the announced first day of an estimated lunar holiday.

Morocco announces Aïd al-Fitr, Aïd al-Adha, 1er Moharram and Aïd al-Mawlid after a moon
sighting, a day or two ahead. Until the DPO confirms the announced date, the holiday is an
estimate and never makes a deadline later (domain/calendar.py). Opened from the
dashboard's notice and from Paramètres ▸ Calendrier des jours ouvrés; the confirmation is
journaled and moves the open requests' due dates at once (services.requests).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDateEdit, QVBoxLayout, QWidget

from dpo_desk.domain.calendar import MAX_LUNAR_SHIFT, LunarHoliday
from dpo_desk.domain.clock import Clock, SystemClock
from dpo_desk.domain.errors import UserError
from dpo_desk.services import requests as request_service
from dpo_desk.services.read_model import Register
from dpo_desk.ui.calendar_texts import lunar_name
from dpo_desk.ui.formatting import (
    from_qdate,
    join_labels,
    left_to_right,
    long_date,
    moved_due_dates,
    to_qdate,
    ui_locale,
)
from dpo_desk.ui.organisation_form import form_layout
from dpo_desk.ui.widgets import FormDialog, explanation, label


def day_editor(day: date, first: date, last: date) -> QDateEdit:
    """A date field from ``first`` to ``last``, read left to right in any UI language."""
    edit = QDateEdit()
    edit.setLocale(ui_locale())
    edit.setCalendarPopup(True)
    if ui_locale().textDirection() == Qt.LayoutDirection.RightToLeft:
        # An Arabic long date mixes words and numbers: as sections of an editor laid out
        # left to right, they would read backwards. Digits only, as in tables.
        edit.setDisplayFormat("dd/MM/yyyy")
    else:
        edit.setDisplayFormat(ui_locale().dateFormat(ui_locale().FormatType.LongFormat))
    left_to_right(edit)
    edit.setDateRange(to_qdate(first), to_qdate(last))
    edit.setDate(to_qdate(day))
    return edit


class LunarConfirmDialog(FormDialog):
    """Ask for the announced first day (the estimate by default) and confirm it.

    The confirmation is made from inside the dialog, so a refusal shows here, beside the
    date, and the dialog stays open. ``confirmed`` carries how many due dates moved;
    ``result_text`` then says it in a sentence for the status bar.
    """

    confirmed = Signal(int)

    def __init__(
        self,
        register: Register,
        holiday: LunarHoliday,
        *,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, margins=(22, 20, 22, 18))
        self.register = register
        self.holiday = holiday
        self.clock = clock or SystemClock()
        self.moved: int | None = None
        self.result_text = ""
        name = lunar_name(holiday)
        title = self.tr("Confirmer {holiday}").format(holiday=name)
        self.setWindowTitle(title)
        self.setModal(True)
        self.add_heading(title)
        if holiday.confirmed:
            intro = self.tr(
                "Premier jour actuellement retenu : {date}. Corrigez-le si l'annonce officielle "
                "dit autre chose."
            ).format(date=long_date(holiday.first_day))
        else:
            intro = self.tr(
                "Date estimée : {date}. Tant qu'elle n'est pas confirmée, elle ne reporte "
                "aucune échéance. Indiquez le premier jour annoncé : les échéances en "
                "tiennent compte dès la confirmation."
            ).format(date=long_date(holiday.estimate))
        self.intro = explanation(intro)
        self.outer.addWidget(self.intro)

        form = form_layout()
        shift = timedelta(days=MAX_LUNAR_SHIFT)
        self.date_edit = day_editor(
            holiday.first_day, holiday.estimate - shift, holiday.estimate + shift
        )
        self.date_edit.setAccessibleName(self.tr("Premier jour annoncé"))
        self.date_edit.dateChanged.connect(self._show_days)
        # The date, where it comes from just under it, and the days off it gives.
        field = QVBoxLayout()
        field.setSpacing(4)
        field.addWidget(self.date_edit)
        self.source_hint = explanation(
            self.tr("Annoncée par le ministère des Habous et des Affaires islamiques.")
        )
        field.addWidget(self.source_hint)
        form.addRow(self.tr("Premier jour annoncé"), field)
        self.days = label("", "value", wrap=True)
        form.addRow(self.tr("Jours fériés"), self.days)
        self.outer.addLayout(form)
        self.add_message()
        # The day dialog's "Annuler" (Paramètres ▸ Calendrier), already translated there.
        cancel = QCoreApplication.translate("DayDialog", "Annuler")
        confirm = self.tr("Confirmer")
        self.cancel_button, self.ok_button = self.add_actions(cancel, confirm, self.submit)
        self._show_days()

    def day(self) -> date:
        return from_qdate(self.date_edit.date())

    def _show_days(self, *_args) -> None:
        """The days off the confirmation gives (Aïd al-Fitr is two), in words."""
        first = self.day()
        self.days.setText(
            join_labels(long_date(first + timedelta(days=i)) for i in range(self.holiday.days))
        )
        self.message.clear_message()

    def submit(self) -> None:
        first_day = self.day()
        try:
            moved = request_service.confirm_lunar_holiday(
                self.register, self.holiday.key, first_day, clock=self.clock
            )
        except UserError as error:
            self.show_error(error)
            return
        self.moved = moved
        self.result_text = "{done} {consequence}".format(
            done=self.tr("{holiday} confirmé : premier jour le {date}.").format(
                holiday=lunar_name(self.holiday), date=long_date(first_day)
            ),
            consequence=moved_due_dates(moved),
        )
        self.confirmed.emit(moved)
        self.accept()
