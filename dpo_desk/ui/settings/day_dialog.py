"""The dialog of the working calendar's edits: a date (and a name) to add or move a day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QLineEdit,
    QWidget,
)

from dpo_desk.domain.errors import UserError
from dpo_desk.ui.formatting import from_qdate
from dpo_desk.ui.lunar_confirm import day_editor
from dpo_desk.ui.organisation_form import form_layout
from dpo_desk.ui.settings.calendar_rows import FIRST_YEAR
from dpo_desk.ui.widgets import FormDialog, explanation, mark_invalid


class DayDialog(FormDialog):
    """Choose a date (and a name): add a holiday or a closure, move a holiday.

    The edit is applied from inside the dialog, so a refusal is shown here, beside
    what the user typed, and the dialog stays open with it.
    """

    def __init__(
        self,
        title: str,
        intro: str,
        day: date,
        apply: Callable[[date, str], None],
        *,
        last_year: int,
        name_label: str = "",
        name_placeholder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, width=440, margins=(22, 20, 22, 18))
        self.setWindowTitle(title)
        self.setModal(True)
        self._apply = apply
        self.add_heading(title)
        self.outer.addWidget(explanation(intro))
        form = form_layout()
        self.date_edit = day_editor(day, date(FIRST_YEAR, 1, 1), date(last_year, 12, 31))
        form.addRow(self.tr("Date"), self.date_edit)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(name_placeholder)
        self.name_edit.textChanged.connect(self._name_edited)
        if name_label:
            form.addRow(name_label, self.name_edit)
        else:
            self.name_edit.hide()
        self.outer.addLayout(form)
        self.add_message()
        self.cancel_button, self.ok_button = self.add_actions(
            self.tr("Annuler"), self.tr("Enregistrer"), self.submit
        )

    def _name_edited(self) -> None:
        mark_invalid(self.name_edit, False)

    def day(self) -> date:
        return from_qdate(self.date_edit.date())

    def submit(self) -> None:
        try:
            self._apply(self.day(), self.name_edit.text())
        except UserError as error:
            self.show_error(error)
            if getattr(error, "field", "") == "name":
                mark_invalid(self.name_edit, True)
                self.name_edit.setFocus()
            return
        self.accept()
