"""Paramètres ▸ Calendrier des jours ouvrés: the year's days off and the DPO's edits.

Each edit goes through the request services, which recompute the open requests' due
dates at once and say how many moved.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from dpo_desk.domain.calendar import WorkingCalendar
from dpo_desk.domain.clock import Clock
from dpo_desk.domain.errors import UserError
from dpo_desk.services import requests as request_service
from dpo_desk.services.read_model import Register
from dpo_desk.ui import style
from dpo_desk.ui.calendar_texts import lunar_name, lunar_status
from dpo_desk.ui.formatting import long_date, moved_due_dates, style_table
from dpo_desk.ui.lunar_confirm import LunarConfirmDialog
from dpo_desk.ui.settings.calendar_rows import (
    DAY_ROLE,
    FIRST_YEAR,
    KIND_CLOSURE,
    KIND_ESTIMATED,
    KIND_REMOVED,
    KIND_ROLE,
    YEARS_AHEAD,
    CalendarRow,
    calendar_rows,
    in_ui_language,
    kind_text,
    kind_tooltip,
    without,
)
from dpo_desk.ui.settings.card import SettingsCard
from dpo_desk.ui.settings.day_dialog import DayDialog
from dpo_desk.ui.widgets import InlineMessage, label

D = TypeVar("D", bound=QDialog)


class WorkingCalendarCard(SettingsCard):
    """The year's days off: the package's Moroccan holidays, the DPO's edits, closures."""

    #: how many open requests' due dates the last edit moved
    saved = Signal(int)

    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(clock, parent)
        self.calendar: WorkingCalendar | None = None
        self.rows: list[CalendarRow] = []
        self._today: date | None = None  # in the organisation's zone, from the clock
        #: the dialog on screen, if any (tests drive it)
        self.active_dialog: QDialog | None = None

        self.add_header(
            self.tr("Calendrier des jours ouvrés"),
            self.tr(
                "Une échéance de la loi 09-08 ou de la politique interne qui tombe un "
                "samedi, un dimanche ou un jour férié marocain est reportée au jour ouvré "
                "suivant. Les fermetures de l'organisation ne reportent que les échéances "
                "de politique interne, jamais un délai légal. Les fêtes religieuses "
                "suivent le calendrier lunaire : leur date est estimée d'avance et ne "
                "reporte aucune échéance tant qu'elle n'est pas confirmée ; confirmez-la "
                "dès l'annonce du ministère des Habous et des Affaires islamiques."
            ),
        )

        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(label(self.tr("Année"), "secondary"))
        self.year = QSpinBox()
        self.year.setAccessibleName(self.tr("Année affichée"))
        self.year.valueChanged.connect(self._show_year)
        top.addWidget(self.year)
        top.addStretch(1)
        self.add_holiday_button = QPushButton(self.tr("Ajouter un jour férié…"))
        self.add_holiday_button.clicked.connect(self.ask_add_holiday)
        self.add_closure_button = QPushButton(self.tr("Ajouter une fermeture…"))
        self.add_closure_button.clicked.connect(self.ask_add_closure)
        top.addWidget(self.add_holiday_button)
        top.addWidget(self.add_closure_button)
        self.body.addLayout(top)

        self.estimates = InlineMessage()
        self.body.addWidget(self.estimates)

        self.table = QTableWidget(0, 3)
        style_table(self.table, row_height=36)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Nom"), self.tr("Origine")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Jours chômés de l'année"))
        self.table.setMinimumHeight(360)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.body.addWidget(self.table)

        actions = QHBoxLayout()
        actions.setSpacing(8)
        self.confirm_button = QPushButton(self.tr("Confirmer…"))
        self.confirm_button.setToolTip(
            self.tr(
                "Fête lunaire : saisir le premier jour annoncé par le ministère des Habous et "
                "des Affaires islamiques (la date estimée ou une autre)."
            )
        )
        self.confirm_button.clicked.connect(self.ask_confirm_selected)
        self.unconfirm_button = QPushButton(self.tr("Annuler la confirmation"))
        self.unconfirm_button.setToolTip(
            self.tr(
                "Oublier la date confirmée : la fête reprend sa date estimée (ou, pour une "
                "année passée, celle de l'annonce officielle)."
            )
        )
        self.unconfirm_button.clicked.connect(self.unconfirm_selected)
        self.move_button = QPushButton(self.tr("Déplacer…"))
        self.move_button.setToolTip(self.tr("Le jour férié a été fixé à une autre date."))
        self.move_button.clicked.connect(self.ask_move_selected)
        self.remove_button = QPushButton(self.tr("Retirer"))
        self.remove_button.setToolTip(self.tr("Ce jour redevient un jour ouvré."))
        self.remove_button.clicked.connect(self.remove_selected)
        self.reset_button = QPushButton(self.tr("Rétablir le calendrier officiel"))
        self.reset_button.setToolTip(self.tr("Oublier les modifications faites sur ce jour-là."))
        self.reset_button.clicked.connect(self.reset_selected)
        # Two rows: a lunar holiday's actions, then any day's. In one row the five buttons
        # are wider than the card (760 px) in French already, and Arabic is longer.
        actions.addWidget(self.confirm_button)
        actions.addWidget(self.unconfirm_button)
        actions.addStretch(1)
        self.body.addLayout(actions)
        day_actions = QHBoxLayout()
        day_actions.setSpacing(8)
        day_actions.addWidget(self.move_button)
        day_actions.addWidget(self.remove_button)
        day_actions.addStretch(1)
        day_actions.addWidget(self.reset_button)
        self.body.addLayout(day_actions)

        self.add_message()
        self.clear()

    # -- register --------------------------------------------------------------------
    def set_register(self, register: Register) -> None:
        self.register = register
        self.message.clear_message()
        try:
            context = request_service.load_context(register)
        except UserError as error:
            # A calendar that cannot be read is not edited: an edit would replace it.
            self.show_error(error)
            self.calendar = None
            self._show_year()
            return
        self.calendar = in_ui_language(context.calendar)
        self._today = context.today(self.clock)
        today_year = self._today.year
        self.year.blockSignals(True)
        self.year.setRange(FIRST_YEAR, max(today_year, FIRST_YEAR) + YEARS_AHEAD)
        self.year.blockSignals(False)
        if self.year.value() != today_year:
            self.year.setValue(today_year)  # shows the year
        else:
            self._show_year()

    def clear(self) -> None:
        self.register = None
        self.calendar = None
        self._today = None
        self.rows = []
        self.table.clearContents()
        self.table.setRowCount(0)
        self.estimates.clear_message()
        self.message.clear_message()
        self._close_dialog()
        self._update_buttons()

    def _close_dialog(self) -> None:
        if self.active_dialog is not None:
            self.active_dialog.reject()
            self.active_dialog = None

    # -- showing -----------------------------------------------------------------------
    def _show_year(self, *_args, select: date | None = None) -> None:
        year = self.year.value()
        self.rows = calendar_rows(self.calendar, year) if self.calendar is not None else []
        self.table.clearContents()
        self.table.setRowCount(len(self.rows))
        muted = QBrush(QColor(style.TEXT_MUTED))
        for index, row in enumerate(self.rows):
            cells = [long_date(row.day), row.name, kind_text(row)]
            tooltip = kind_tooltip(row)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(DAY_ROLE, row.day.isoformat())
                item.setData(KIND_ROLE, row.kind)
                if tooltip:
                    item.setToolTip(f"{text}\n{tooltip}" if col == 2 else tooltip)
                if row.kind == KIND_REMOVED:
                    item.setForeground(muted)
                    font = QFont(item.font())
                    font.setStrikeOut(col < 2)
                    item.setFont(font)
                elif row.kind == KIND_ESTIMATED:
                    # To check: orange, and said in words in the last column.
                    item.setBackground(QBrush(QColor(style.WARNING_SOFT)))
                    if col == 2:
                        item.setForeground(QBrush(QColor(style.WARNING)))
                self.table.setItem(index, col, item)
        # Counted by holiday, not by day: Aïd al-Fitr's two days are one confirmation.
        estimated = len(
            {row.lunar.key for row in self.rows if row.kind == KIND_ESTIMATED and row.lunar}
        )
        if estimated:
            self.estimates.show_message(
                self.tr(
                    "Une fête lunaire de {year} a une date estimée : elle ne reporte aucune "
                    "échéance tant qu'elle n'est pas confirmée. Confirmez-la dès l'annonce "
                    "officielle (bouton « Confirmer… »)."
                ).format(year=year)
                if estimated == 1
                else self.tr(
                    "%n fêtes lunaires de {year} ont une date estimée : elles ne reportent "
                    "aucune échéance tant qu'elles ne sont pas confirmées. Confirmez chacune "
                    "dès l'annonce officielle (bouton « Confirmer… »).",
                    "",
                    estimated,
                ).format(year=year),
                "warning",
            )
        else:
            self.estimates.clear_message()
        if select is not None:
            for index, row in enumerate(self.rows):
                if row.day == select:
                    self.table.setCurrentCell(index, 0)
                    first = self.table.item(index, 0)
                    if first is not None:
                        self.table.scrollToItem(first)
                    break
        self._update_buttons()

    def selected(self) -> CalendarRow | None:
        # Selected cells, not selectedRows(): in a right-to-left layout Qt may not count
        # a row as wholly selected, and the buttons would stay off.
        indexes = self.table.selectionModel().selectedIndexes()
        if not indexes or not 0 <= indexes[0].row() < len(self.rows):
            return None
        return self.rows[indexes[0].row()]

    def select_day(self, day: date, name: str | None = None) -> bool:
        """Select the line of ``day`` (and ``name``), showing its year; False if none."""
        if self.year.value() != day.year:
            self.year.setValue(day.year)
        for index, row in enumerate(self.rows):
            if row.day == day and (name is None or row.name == name):
                self.table.setCurrentCell(index, 0)
                return True
        return False

    def _update_buttons(self) -> None:
        editable = self.register is not None and self.calendar is not None
        row = self.selected() if editable else None
        active = row is not None and row.kind != KIND_REMOVED
        self.add_holiday_button.setEnabled(editable)
        self.add_closure_button.setEnabled(editable)
        self.year.setEnabled(self.register is not None)
        lunar = row.lunar if row is not None else None
        # A lunar date is confirmed through its dialog (which can move it), never moved or
        # removed as a plain day: the announced date replaces the estimate.
        self.confirm_button.setEnabled(lunar is not None)
        self.unconfirm_button.setEnabled(lunar is not None and lunar.confirmed_on is not None)
        self.move_button.setEnabled(
            row is not None and active and lunar is None and row.kind != KIND_CLOSURE
        )
        self.remove_button.setEnabled(active and lunar is None)
        overridden = (
            row is not None
            and self.calendar is not None
            and (
                row.day in self.calendar.overrides.added
                or row.day in self.calendar.overrides.closures
                or row.day in self.calendar.overrides.removed
            )
        )
        self.reset_button.setEnabled(overridden)

    # -- edits ---------------------------------------------------------------------------
    def _save(self, calendar: WorkingCalendar, done: str, show: date) -> None:
        """Store ``calendar`` and report; a UserError goes to the caller (a dialog)."""
        assert self.register is not None
        try:
            moved = request_service.save_calendar(self.register, calendar, clock=self.clock)
        finally:
            # The service stores the calendar, then moves the due dates in a second
            # step: after a refusal in that step the stored calendar is the new one.
            # The table shows what the register holds, whatever happened.
            self._reload()
        if self.year.value() != show.year:
            self.year.blockSignals(True)
            self.year.setValue(show.year)
            self.year.blockSignals(False)
        self._show_year(select=show)
        text = f"{done} {moved_due_dates(moved)}"
        self.report(text)
        self.saved.emit(moved)

    def _reload(self) -> None:
        assert self.register is not None
        try:
            self.calendar = in_ui_language(request_service.load_context(self.register).calendar)
        except UserError:
            return  # the caller reports the error it got first
        self._show_year(select=self._selected_day())

    def _selected_day(self) -> date | None:
        row = self.selected()
        return row.day if row is not None else None

    def _current(self) -> WorkingCalendar:
        """The calendar as the register holds it now, to edit.

        Not the one shown: a lunar holiday confirmed from the dashboard, or the GDPR
        card's Member State, saved since, would be undone by saving an older copy.
        """
        assert self.register is not None
        return in_ui_language(request_service.load_context(self.register).calendar)

    def _edit(self, build: Callable[[WorkingCalendar], WorkingCalendar], done: str, show: date):
        """Apply an edit of the table's buttons; refusals are shown under the table."""
        if self.register is None or self.calendar is None:
            return
        try:
            self._save(build(self._current()), done, show)
        except UserError as error:
            self.show_error(error)

    def _today_here(self) -> date:
        """Today in the organisation's zone, from the card's clock: a confirmation's date."""
        assert self.register is not None
        return request_service.load_context(self.register).today(self.clock)

    def ask_confirm_selected(self) -> LunarConfirmDialog | None:
        """The lunar holiday of the selected line: confirm its announced first day."""
        row = self.selected()
        if self.register is None or row is None or row.lunar is None:
            return None
        try:
            holiday = self._current().lunar_holiday(row.lunar.key)
        except UserError as error:
            self.show_error(error)
            return None
        dialog = LunarConfirmDialog(self.register, holiday, clock=self.clock, parent=self)
        dialog.confirmed.connect(self._lunar_confirmed)
        return self._open_dialog(dialog)

    def _lunar_confirmed(self, moved: int) -> None:
        dialog = self.sender()
        text = dialog.result_text if isinstance(dialog, LunarConfirmDialog) else ""
        self._reload()
        if isinstance(dialog, LunarConfirmDialog):
            show = dialog.day()
            if self.year.value() != show.year:
                self.year.setValue(show.year)
            self._show_year(select=show)
        self.report(text)
        self.saved.emit(moved)

    def unconfirm_selected(self) -> None:
        """Back to the estimate (or, for a past year, to the official record)."""
        row = self.selected()
        if row is None or row.lunar is None or row.lunar.confirmed_on is None:
            return
        if self.register is None:
            return
        try:
            calendar = self._current().without_lunar_confirmation(row.lunar.key)
            back = calendar.lunar_holiday(row.lunar.key)
            done = self.tr("Confirmation annulée : {holiday}, {status}, le {date}.").format(
                holiday=lunar_name(back),
                status=lunar_status(back),
                date=long_date(back.first_day),
            )
            self._save(calendar, done, back.first_day)
        except UserError as error:
            self.show_error(error)

    def remove_selected(self) -> None:
        row = self.selected()
        if row is None or row.kind == KIND_REMOVED or row.lunar is not None:
            return
        self._edit(
            lambda cal: without(cal, row),
            self.tr("{name} retiré : le {date} est un jour ouvré.").format(
                name=row.name, date=long_date(row.day)
            ),
            row.day,
        )

    def reset_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        self._edit(
            lambda cal: cal.with_day_reset(row.day),
            self.tr("Le {date} suit de nouveau le calendrier officiel.").format(
                date=long_date(row.day)
            ),
            row.day,
        )

    # -- edits through a dialog ---------------------------------------------------------
    def _open_dialog(self, dialog: D) -> D:
        self._close_dialog()
        self.active_dialog = dialog
        dialog.finished.connect(self._dialog_closed)
        dialog.open()  # window-modal, not exec(): the event loop (and the lock) go on
        return dialog

    def _dialog_closed(self, _result: int) -> None:
        dialog = self.sender()
        if self.active_dialog is dialog:
            self.active_dialog = None
        if dialog is not None:
            dialog.deleteLater()

    def _default_day(self) -> date:
        row = self.selected()
        if row is not None:
            return row.day
        year = self.year.value()
        today = self._today
        return today if today is not None and today.year == year else date(year, 1, 1)

    def ask_add_holiday(self) -> DayDialog | None:
        return self._ask_new_day(
            WorkingCalendar.with_holiday,
            self.tr("Jour férié ajouté le {date}."),
            self.tr("Ajouter un jour férié"),
            self.tr(
                "Un jour férié que le calendrier officiel ne connaît pas encore, par "
                "exemple décrété pour l'occasion."
            ),
            self.tr("Nom"),
            QCoreApplication.translate("Calendar", "Jour férié"),
        )

    def ask_add_closure(self) -> DayDialog | None:
        return self._ask_new_day(
            WorkingCalendar.with_closure,
            self.tr("Fermeture ajoutée le {date}."),
            self.tr("Ajouter une fermeture"),
            self.tr(
                "Un jour où l'organisation est fermée (pont, inventaire…). Seules les "
                "échéances de politique interne qui y tombent sont reportées au jour "
                "ouvré suivant ; un délai légal (loi 09-08, RGPD) ne l'est jamais."
            ),
            self.tr("Motif"),
            QCoreApplication.translate("Calendar", "Fermeture de l'organisation"),
        )

    def _ask_new_day(
        self,
        add: Callable[[WorkingCalendar, date, str], WorkingCalendar],
        done: str,
        title: str,
        intro: str,
        name_label: str,
        name_placeholder: str,
    ) -> DayDialog | None:
        """A dialog that adds a named day (a holiday, a closure); ``done`` says it, with
        the day as ``{date}``."""
        if self.calendar is None:
            return None

        def apply(day: date, name: str) -> None:
            calendar = add(self._current(), day, name)
            self._save(calendar, done.format(date=long_date(day)), day)

        return self._open_dialog(
            DayDialog(
                title,
                intro,
                self._default_day(),
                apply,
                last_year=self.year.maximum(),
                name_label=name_label,
                name_placeholder=name_placeholder,
                parent=self,
            )
        )

    def ask_move_selected(self) -> QDialog | None:
        row = self.selected()
        if self.calendar is None or row is None or row.kind in (KIND_REMOVED, KIND_CLOSURE):
            return None
        if row.lunar is not None:
            return self.ask_confirm_selected()  # an announced lunar date is a confirmation

        def apply(day: date, _name: str) -> None:
            # A lunar holiday sharing the day is confirmed by the move: dated today.
            calendar = self._current().with_moved_holiday(
                row.day, day, confirmed_on=self._today_here()
            )
            self._save(
                calendar,
                self.tr("{name} déplacé au {date}.").format(name=row.name, date=long_date(day)),
                day,
            )

        return self._open_dialog(
            DayDialog(
                self.tr("Déplacer un jour férié"),
                self.tr("« {name} », prévu le {date}, a été annoncé pour le :").format(
                    name=row.name, date=long_date(row.day)
                ),
                row.day,
                apply,
                last_year=self.year.maximum(),
                parent=self,
            )
        )
