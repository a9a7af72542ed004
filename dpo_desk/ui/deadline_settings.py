"""Paramètres ▸ Délais de réponse and Calendrier des jours ouvrés.

Both cards edit what every due date is computed from. Each save goes through the
request services, which recompute the open requests' due dates at once and say how
many moved: the DPO sees the consequence of a change the moment it is made.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.calendar import (
    HOLIDAY_SOURCE_LABELS,
    CalendarOverrides,
    Holiday,
    HolidaySource,
    LunarHoliday,
    WorkingCalendar,
    holiday_language,
)
from dpo_desk.domain.clock import Clock, SystemClock
from dpo_desk.domain.deadlines import MAX_POLICY_DAYS, DeadlinePolicy
from dpo_desk.domain.errors import UserError, ValidationError
from dpo_desk.domain.requests.model import EARLIEST_RECEIPT
from dpo_desk.services import requests as request_service
from dpo_desk.services.read_model import Register
from dpo_desk.ui import style
from dpo_desk.ui.calendar_texts import (
    lunar_name,
    lunar_status,
    lunar_status_details,
    member_state_choices,
    member_state_name,
    upper_first,
)
from dpo_desk.ui.formatting import (
    from_qdate,
    left_to_right,
    long_date,
    moved_due_dates,
    short_date,
    style_table,
    to_qdate,
    ui_locale,
)
from dpo_desk.ui.i18n import current_language, error_text
from dpo_desk.ui.lunar_confirm import LunarConfirmDialog
from dpo_desk.ui.organisation_form import form_layout
from dpo_desk.ui.widgets import Card, InlineMessage, label, mark_invalid

# The calendar can be edited for any year a request can fall in: from the law (2009)
# to a few years ahead (the package computes any year; lunar dates far out are rough).
FIRST_YEAR = EARLIEST_RECEIPT.year
YEARS_AHEAD = 10


# Room at the end of a wrapped explanation's lines. Qt breaks a right-to-left paragraph
# that mixes Arabic with numbers and Latin words (« 12(6) », « ICO », « 19/02/1964 ») on
# widths that come out a few pixels short: the lines' ends spilled past the label's
# left edge and were clipped. The margin is inside the label, so what spills still shows.
EXPLANATION_END_MARGIN = 8


def _explanation(text: str) -> QLabel:
    """A field's "why", under it, in the secondary colour."""
    widget = label(text, "secondary", wrap=True)
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        widget.setContentsMargins(EXPLANATION_END_MARGIN, 0, 0, 0)
    else:
        widget.setContentsMargins(0, 0, EXPLANATION_END_MARGIN, 0)
    return widget


# ----------------------------------------------------------------------------- policy


class DeadlinePolicyCard(Card):
    """The organisation's deadline choices, where the law leaves room."""

    status_message = Signal(str)
    #: how many open requests' due dates the last save moved
    saved = Signal(int)

    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock or SystemClock()
        self.register: Register | None = None
        self._loaded: DeadlinePolicy | None = None

        self.body.addWidget(label(self.tr("Délais de réponse"), "heading"))
        self.body.addWidget(
            _explanation(
                self.tr(
                    "Ces choix complètent la loi là où elle laisse une marge. Le délai du "
                    "RGPD (un mois, prorogeable de deux, art. 12(3)) ne se règle pas : il "
                    "s'applique tel quel. Une échéance qui tombe un jour chômé est reportée "
                    "au jour ouvré suivant (voir le calendrier ci-dessous)."
                )
            )
        )

        self.internal_days = QSpinBox()
        self.internal_days.setRange(1, MAX_POLICY_DAYS)
        self.internal_days.setSuffix(self.tr(" jours"))
        self._add_block(
            self.internal_days,
            self.tr("Délai de politique interne"),
            self.tr(
                "La loi 09-08 ne fixe pas de nombre de jours pour répondre à une demande "
                "d'accès (art. 7, « sans délais ») ou d'opposition (art. 9), ni pour la "
                "portabilité, qu'elle ne prévoit pas. Ces demandes reçoivent le délai que "
                "l'organisation s'est fixé, affiché comme « Politique interne » à côté de "
                "l'échéance. Jours calendaires."
            ),
        )

        self.rectification_days = QSpinBox()
        self.rectification_days.setRange(1, MAX_POLICY_DAYS)
        self.rectification_days.setSuffix(self.tr(" jours francs"))
        self._add_block(
            self.rectification_days,
            self.tr("Délai de rectification"),
            self.tr(
                "Loi 09-08 art. 8(a) : la rectification, l'effacement et le verrouillage "
                "des données se font « dans un délai franc de dix jours ». Ne changez ce "
                "nombre que si la loi change."
            ),
        )

        self.strict_clear_days = QCheckBox(
            self.tr("Lecture stricte du délai franc (réception + 11 jours)")
        )
        self._add_block(
            self.strict_clear_days,
            "",
            self.tr(
                "Un délai franc ne compte ni le jour de réception ni celui de l'échéance "
                "(Cour suprême, 19/02/1964) : dix jours francs à compter d'une réception "
                "le jour J se terminent à J+11. Décochée, l'application retient J+10, "
                "lecture prudente qui ne peut pas mettre l'organisation en retard."
            ),
        )

        self.identity_pause = QCheckBox(
            self.tr("Suspendre le délai pendant la vérification d'identité")
        )
        self._add_block(
            self.identity_pause,
            "",
            self.tr(
                "RGPD art. 12(6) : en cas de doute raisonnable, l'organisation peut "
                "demander une preuve d'identité. L'ICO (autorité britannique) ne fait "
                "courir le délai qu'à réception de cette preuve ; le CEPD (lignes "
                "directrices 01/2022 sur le droit d'accès) est plus réservé. Décochée "
                "par défaut : le délai court sans interruption."
            ),
        )

        self.message = InlineMessage()
        self.body.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.revert_button = QPushButton(self.tr("Annuler les modifications"))
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self.tr("Enregistrer la politique"))
        style.set_role(self.save_button, "primary")
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        self.body.addLayout(buttons)

        for spin in self.fields().values():
            if isinstance(spin, QSpinBox):
                spin.valueChanged.connect(self._edited)
            else:
                spin.toggled.connect(self._edited)
        self.clear()

    def _add_block(self, field: QWidget, title: str, why: str) -> None:
        """A setting: its field (titled, for a number) and, under it, why it is so."""
        block = QVBoxLayout()
        block.setSpacing(4)
        block.setContentsMargins(0, 6, 0, 6)
        if title:
            row = QHBoxLayout()
            row.setSpacing(12)
            caption = label(title, "value")
            caption.setBuddy(field)
            font = caption.font()
            font.setBold(True)
            caption.setFont(font)
            field.setAccessibleName(title)
            # As wide as its number and unit, not the card: it holds three digits.
            field.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            field.setMinimumWidth(150)
            row.addWidget(caption)
            row.addWidget(field)
            row.addStretch(1)
            block.addLayout(row)
        else:
            font = field.font()
            font.setBold(True)
            field.setFont(font)
            block.addWidget(field)
        block.addWidget(_explanation(why))
        self.body.addLayout(block)

    def fields(self) -> dict[str, QWidget]:
        """DeadlinePolicy field name (as ValidationError.field names it) → its widget."""
        return {
            "internal_days": self.internal_days,
            "rectification_clear_days": self.rectification_days,
            "strict_clear_days": self.strict_clear_days,
            "identity_pause": self.identity_pause,
        }

    # -- register --------------------------------------------------------------------
    def set_register(self, register: Register) -> None:
        self.register = register
        self.message.clear_message()
        try:
            policy = request_service.load_context(register).policy
        except UserError as error:
            # Shown, and the defaults offered: saving a valid policy repairs the setting.
            self.message.show_message(error_text(error), "error")
            policy = DeadlinePolicy()
        self._loaded = policy
        self._show(policy)

    def clear(self) -> None:
        self.register = None
        self._loaded = None
        self._show(DeadlinePolicy())
        self.message.clear_message()
        self._update_buttons()

    def _show(self, policy: DeadlinePolicy) -> None:
        self.internal_days.setValue(policy.internal_days)
        self.rectification_days.setValue(policy.rectification_clear_days)
        self.strict_clear_days.setChecked(policy.strict_clear_days)
        self.identity_pause.setChecked(policy.identity_pause)
        for widget in self.fields().values():
            mark_invalid(widget, False)
        self._update_buttons()

    def edited_values(self) -> dict:
        return {
            "internal_days": self.internal_days.value(),
            "rectification_clear_days": self.rectification_days.value(),
            "strict_clear_days": self.strict_clear_days.isChecked(),
            "identity_pause": self.identity_pause.isChecked(),
        }

    # -- editing ---------------------------------------------------------------------
    def _edited(self) -> None:
        for widget in self.fields().values():
            mark_invalid(widget, False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        changed = (
            self.register is not None
            and self._loaded is not None
            and self.edited_values() != self._loaded.to_dict()
        )
        self.save_button.setEnabled(changed)
        self.revert_button.setEnabled(changed)
        for widget in self.fields().values():
            widget.setEnabled(self.register is not None)

    def revert(self) -> None:
        if self._loaded is not None:
            self._show(self._loaded)
        self.message.clear_message()

    def save(self) -> None:
        if self.register is None:
            return
        try:
            policy = DeadlinePolicy(**self.edited_values())
            moved = request_service.save_policy(self.register, policy, clock=self.clock)
        except ValidationError as error:
            self.message.show_message(error_text(error), "error")
            widget = self.fields().get(error.field)
            if widget is not None:
                mark_invalid(widget, True)
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except UserError as error:
            self.message.show_message(error_text(error), "error")
            return
        self._loaded = policy
        self._update_buttons()
        text = self.tr("Politique enregistrée ; {consequence}").format(
            consequence=_lower_first(moved_due_dates(moved))
        )
        self.message.show_message(text, "success")
        self.status_message.emit(text)
        self.saved.emit(moved)


def _lower_first(sentence: str) -> str:
    # "Politique enregistrée ; 3 demandes…": the second sentence continues the first.
    return sentence[:1].lower() + sentence[1:] if sentence else sentence


# ----------------------------------------------------------------------------- calendar

# What a row of the calendar table is, beyond the domain's sources.
KIND_PACKAGE = "package"  # a fixed holiday of the official calendar
KIND_ESTIMATED = "estimated"  # a lunar holiday not yet confirmed
KIND_CONFIRMED = "confirmed"  # a lunar holiday the DPO confirmed (or, in an old file, kept)
KIND_ANNOUNCED = "announced"  # a lunar holiday of the shipped official record
KIND_MOVED = "moved"
KIND_ADDED = "added"
KIND_CLOSURE = "closure"
KIND_REMOVED = "removed"  # a package holiday the DPO made an ordinary day (shown greyed)

DAY_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1


def _kind_text(row: CalendarRow) -> str:
    """The "Origine" cell. A lunar date says its status, never "Calendrier officiel"."""
    kind, other_day = row.kind, row.other_day
    if row.lunar is not None:
        return upper_first(lunar_status(row.lunar))
    if kind == KIND_PACKAGE:
        return QCoreApplication.translate(
            "HolidaySource", HOLIDAY_SOURCE_LABELS[HolidaySource.PACKAGE]
        )
    if kind == KIND_CONFIRMED:
        return QCoreApplication.translate("CalendarCard", "Date confirmée")
    if kind == KIND_MOVED:
        if other_day is not None:
            return QCoreApplication.translate("CalendarCard", "Déplacé (prévu le {date})").format(
                date=short_date(other_day)
            )
        return QCoreApplication.translate("CalendarCard", "Date déplacée")
    if kind == KIND_ADDED:
        return QCoreApplication.translate("CalendarCard", "Ajouté par l'organisation")
    if kind == KIND_CLOSURE:
        return QCoreApplication.translate(
            "HolidaySource", HOLIDAY_SOURCE_LABELS[HolidaySource.CLOSURE]
        )
    if other_day is not None:
        return QCoreApplication.translate("CalendarCard", "Déplacé au {date} : jour ouvré").format(
            date=short_date(other_day)
        )
    return QCoreApplication.translate("CalendarCard", "Retiré : jour ouvré")


def _kind_tooltip(row: CalendarRow) -> str:
    if row.lunar is not None:
        return "{kind}. {details}".format(
            kind=QCoreApplication.translate(
                "HolidaySource", HOLIDAY_SOURCE_LABELS[HolidaySource.LUNAR]
            ),
            details=lunar_status_details(row.lunar),
        )
    if row.kind == KIND_CLOSURE:
        return QCoreApplication.translate(
            "CalendarCard",
            "Une fermeture ne reporte que les échéances de politique interne, jamais un délai "
            "légal (loi 09-08, RGPD).",
        )
    return ""


class CalendarRow:
    """One line of the table: a day off (or a removed one) and how it came to be."""

    __slots__ = ("day", "kind", "lunar", "name", "other_day")

    def __init__(
        self,
        day: date,
        name: str,
        kind: str,
        other_day: date | None = None,
        lunar: LunarHoliday | None = None,
    ):
        self.day = day
        self.name = name
        self.kind = kind
        self.other_day = other_day  # where a moved holiday came from, or went to
        self.lunar = lunar  # the lunar holiday this day belongs to, estimated or confirmed


def _in_ui_language(calendar: WorkingCalendar) -> WorkingCalendar:
    """The register's calendar with the package's holiday names in the UI language.

    Only the overrides are stored, so the language changes what is shown, never what is
    saved; the names the DPO typed stay as typed.
    """
    return calendar.in_language(holiday_language(current_language()))


def calendar_rows(calendar: WorkingCalendar, year: int) -> list[CalendarRow]:
    """The year's days off as the DPO edits them, with removed package days shown.

    A lunar holiday's line says whether its date is estimated or confirmed (by the DPO,
    or by the official record shipped for past years). For the other days, the stored
    overrides only say "added", "closure" and "removed"; whether an added holiday
    confirms or moves a package one is read back from the package's names (files from
    before lunar confirmations recorded an announced date that way).
    """
    official = calendar.official()  # same language and official lunar record
    overrides = calendar.overrides
    removed_names: dict[str, date] = {}
    for day in sorted(overrides.removed):
        for holiday in official.holidays_on(day):
            removed_names.setdefault(holiday.name, day)
    lunar = {h.key: h for y in (year - 1, year, year + 1) for h in calendar.lunar_holidays(y)}

    rows: list[CalendarRow] = []
    for holiday in calendar.holidays_in(year):
        if holiday.source is HolidaySource.LUNAR and holiday.lunar_key in lunar:
            rows.append(_lunar_row(holiday, lunar[holiday.lunar_key]))
        else:
            rows.append(_row_for(holiday, official, overrides, removed_names))
    for day in sorted(d for d in overrides.removed if d.year == year):
        if day in overrides.added:
            continue  # the DPO's entry on that day is listed already
        for holiday in official.holidays_on(day):
            if holiday.source is HolidaySource.LUNAR and any(
                day in h.dates for h in lunar.values() if h.key == holiday.lunar_key
            ):
                continue  # still a holiday: confirmed on that very day
            went_to = next(
                (
                    d
                    for d, name in overrides.added.items()
                    if d != day and holiday.name in name.split("; ")
                ),
                None,
            )
            rows.append(CalendarRow(day, holiday.name, KIND_REMOVED, went_to))
    rows.sort(key=lambda row: (row.day, row.kind == KIND_REMOVED))
    return rows


def _lunar_row(holiday: Holiday, lunar: LunarHoliday) -> CalendarRow:
    if not lunar.confirmed:
        kind = KIND_ESTIMATED
    elif lunar.confirmed_on is not None:
        kind = KIND_CONFIRMED
    else:
        kind = KIND_ANNOUNCED
    # Where the estimate put this day, when the announced date differs from it.
    shift = lunar.first_day - lunar.estimate
    other = holiday.day - shift if lunar.confirmed and shift else None
    return CalendarRow(holiday.day, holiday.name, kind, other, lunar)


def _row_for(
    holiday: Holiday,
    official: WorkingCalendar,
    overrides: CalendarOverrides,
    removed_names: dict[str, date],
) -> CalendarRow:
    if holiday.source is HolidaySource.CLOSURE:
        return CalendarRow(holiday.day, holiday.name, KIND_CLOSURE)
    if holiday.source in (HolidaySource.PACKAGE, HolidaySource.LUNAR):
        return CalendarRow(holiday.day, holiday.name, KIND_PACKAGE)
    names = holiday.name.split("; ")
    here = {h.name for h in official.holidays_on(holiday.day)}
    if holiday.day in overrides.removed and set(names) <= here:
        return CalendarRow(holiday.day, holiday.name, KIND_CONFIRMED)
    came_from = next(
        (removed_names[n] for n in names if n in removed_names and n not in here), None
    )
    if came_from is not None:
        return CalendarRow(holiday.day, holiday.name, KIND_MOVED, came_from)
    return CalendarRow(holiday.day, holiday.name, KIND_ADDED)


class DayDialog(QDialog):
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
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(440)
        self._apply = apply
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 18)
        layout.setSpacing(12)
        layout.addWidget(label(title, "heading"))
        layout.addWidget(_explanation(intro))
        form = form_layout()
        self.date_edit = QDateEdit()
        self.date_edit.setLocale(ui_locale())
        self.date_edit.setCalendarPopup(True)
        if ui_locale().textDirection() == Qt.LayoutDirection.RightToLeft:
            # An Arabic long date mixes words and numbers: as sections of an editor laid
            # out left to right, they would read backwards. Digits only, as in tables.
            self.date_edit.setDisplayFormat("dd/MM/yyyy")
        else:
            self.date_edit.setDisplayFormat(
                ui_locale().dateFormat(ui_locale().FormatType.LongFormat)
            )
        left_to_right(self.date_edit)
        self.date_edit.setDateRange(
            to_qdate(date(FIRST_YEAR, 1, 1)), to_qdate(date(last_year, 12, 31))
        )
        self.date_edit.setDate(to_qdate(day))
        form.addRow(self.tr("Date"), self.date_edit)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(name_placeholder)
        self.name_edit.textChanged.connect(self._name_edited)
        if name_label:
            form.addRow(name_label, self.name_edit)
        else:
            self.name_edit.hide()
        layout.addLayout(form)
        self.message = InlineMessage()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.cancel_button.clicked.connect(self.reject)
        self.ok_button = QPushButton(self.tr("Enregistrer"))
        style.set_role(self.ok_button, "primary")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.submit)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout.addLayout(buttons)

    def _name_edited(self) -> None:
        mark_invalid(self.name_edit, False)

    def day(self) -> date:
        return from_qdate(self.date_edit.date())

    def submit(self) -> None:
        try:
            self._apply(self.day(), self.name_edit.text())
        except UserError as error:
            self.message.show_message(error_text(error), "error")
            if getattr(error, "field", "") == "name":
                mark_invalid(self.name_edit, True)
                self.name_edit.setFocus()
            return
        self.accept()


class WorkingCalendarCard(Card):
    """The year's days off: the package's Moroccan holidays, the DPO's edits, closures."""

    status_message = Signal(str)
    #: how many open requests' due dates the last edit moved
    saved = Signal(int)

    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock or SystemClock()
        self.register: Register | None = None
        self.calendar: WorkingCalendar | None = None
        self.rows: list[CalendarRow] = []
        self._today: date | None = None  # in the organisation's zone, from the clock
        #: the dialog on screen, if any (tests drive it)
        self.active_dialog: QDialog | None = None

        self.body.addWidget(label(self.tr("Calendrier des jours ouvrés"), "heading"))
        self.body.addWidget(
            _explanation(
                self.tr(
                    "Une échéance de la loi 09-08 ou de la politique interne qui tombe un "
                    "samedi, un dimanche ou un jour férié marocain est reportée au jour ouvré "
                    "suivant. Les fermetures de l'organisation ne reportent que les échéances "
                    "de politique interne, jamais un délai légal. Les fêtes religieuses "
                    "suivent le calendrier lunaire : leur date est estimée d'avance et ne "
                    "reporte aucune échéance tant qu'elle n'est pas confirmée ; confirmez-la "
                    "dès l'annonce du ministère des Habous et des Affaires islamiques."
                )
            )
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

        self.message = InlineMessage()
        self.body.addWidget(self.message)
        self.clear()

    # -- register --------------------------------------------------------------------
    def set_register(self, register: Register) -> None:
        self.register = register
        self.message.clear_message()
        try:
            context = request_service.load_context(register)
        except UserError as error:
            # A calendar that cannot be read is not edited: an edit would replace it.
            self.message.show_message(error_text(error), "error")
            self.calendar = None
            self._show_year()
            return
        self.calendar = _in_ui_language(context.calendar)
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
            cells = [long_date(row.day), row.name, _kind_text(row)]
            tooltip = _kind_tooltip(row)
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
        estimated = len({row.lunar.key for row in self.rows if row.kind == KIND_ESTIMATED})
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
                    self.table.scrollToItem(self.table.item(index, 0))
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
        self.move_button.setEnabled(active and lunar is None and row.kind != KIND_CLOSURE)
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
        self.message.show_message(text, "success")
        self.status_message.emit(text)
        self.saved.emit(moved)

    def _reload(self) -> None:
        assert self.register is not None
        try:
            self.calendar = _in_ui_language(request_service.load_context(self.register).calendar)
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
        return _in_ui_language(request_service.load_context(self.register).calendar)

    def _edit(self, build: Callable[[WorkingCalendar], WorkingCalendar], done: str, show: date):
        """Apply an edit of the table's buttons; refusals are shown under the table."""
        if self.register is None or self.calendar is None:
            return
        try:
            self._save(build(self._current()), done, show)
        except UserError as error:
            self.message.show_message(error_text(error), "error")

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
            self.message.show_message(error_text(error), "error")
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
        self.message.show_message(text, "success")
        self.status_message.emit(text)
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
            self.message.show_message(error_text(error), "error")

    def remove_selected(self) -> None:
        row = self.selected()
        if row is None or row.kind == KIND_REMOVED or row.lunar is not None:
            return
        self._edit(
            lambda cal: _without(cal, row),
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
    def _open_dialog(self, dialog: QDialog) -> QDialog:
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
        if self.calendar is None:
            return None

        def apply(day: date, name: str) -> None:
            calendar = self._current().with_holiday(day, name)
            self._save(
                calendar,
                self.tr("Jour férié ajouté le {date}.").format(date=long_date(day)),
                day,
            )

        return self._open_dialog(
            DayDialog(
                self.tr("Ajouter un jour férié"),
                self.tr(
                    "Un jour férié que le calendrier officiel ne connaît pas encore, par "
                    "exemple décrété pour l'occasion."
                ),
                self._default_day(),
                apply,
                last_year=self.year.maximum(),
                name_label=self.tr("Nom"),
                name_placeholder=QCoreApplication.translate("Calendar", "Jour férié"),
                parent=self,
            )
        )

    def ask_add_closure(self) -> DayDialog | None:
        if self.calendar is None:
            return None

        def apply(day: date, name: str) -> None:
            calendar = self._current().with_closure(day, name)
            self._save(
                calendar,
                self.tr("Fermeture ajoutée le {date}.").format(date=long_date(day)),
                day,
            )

        return self._open_dialog(
            DayDialog(
                self.tr("Ajouter une fermeture"),
                self.tr(
                    "Un jour où l'organisation est fermée (pont, inventaire…). Seules les "
                    "échéances de politique interne qui y tombent sont reportées au jour "
                    "ouvré suivant ; un délai légal (loi 09-08, RGPD) ne l'est jamais."
                ),
                self._default_day(),
                apply,
                last_year=self.year.maximum(),
                name_label=self.tr("Motif"),
                name_placeholder=QCoreApplication.translate(
                    "Calendar", "Fermeture de l'organisation"
                ),
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


def _without(calendar: WorkingCalendar, row: CalendarRow) -> WorkingCalendar:
    """Remove what ``row`` shows, and only that: a closure and a holiday may share a day."""
    overrides = calendar.overrides
    if row.kind == KIND_CLOSURE:
        closures = {d: n for d, n in overrides.closures.items() if d != row.day}
        # replace(): the lunar confirmations and the Member State stay as they are.
        return WorkingCalendar(
            replace(overrides, closures=closures),
            language=calendar.language,
            record=calendar.record,
        )
    result = calendar.without_holiday(row.day)
    if row.day in overrides.closures:  # without_holiday drops closures too: keep it
        result = result.with_closure(row.day, overrides.closures[row.day])
    return result


class GdprHolidaysCard(Card):
    """Which public holidays roll a GDPR period: none, or one EU Member State's.

    Regulation 1182/71 Art. 3(4) rolls a period over the public holidays of the Member
    State (or EU institution) where the act is done (Art. 2(1)): Moroccan holidays are
    not among them. The organisation may name one Member State, e.g. where its Art. 27
    representative sits; by default only Saturdays and Sundays roll a GDPR period.
    """

    status_message = Signal(str)
    #: how many open requests' due dates the last save moved
    saved = Signal(int)

    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock or SystemClock()
        self.register: Register | None = None
        self._loaded: str | None = None

        caption = label(self.tr("Jours fériés comptés pour les délais du RGPD"), "heading")
        self.body.addWidget(caption)
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
        self.save_button = QPushButton(QCoreApplication.translate("DayDialog", "Enregistrer"))
        style.set_role(self.save_button, "primary")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        self.body.addLayout(row)
        self.body.addWidget(
            _explanation(
                self.tr(
                    "Règlement 1182/71 : seuls les jours fériés de l'État membre où l'acte "
                    "est accompli comptent, par exemple celui du représentant de "
                    "l'organisation dans l'UE. Les jours fériés marocains ne reportent pas "
                    "un délai du RGPD."
                )
            )
        )
        self.message = InlineMessage()
        self.body.addWidget(self.message)
        self.clear()

    def chosen(self) -> str | None:
        return self.member_state.currentData() or None

    def set_register(self, register: Register) -> None:
        self.register = register
        self.message.clear_message()
        try:
            self._loaded = request_service.load_context(register).calendar.member_state
        except UserError as error:
            self.message.show_message(error_text(error), "error")
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
            self.message.show_message(error_text(error), "error")
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
        self.message.show_message(text, "success")
        self.status_message.emit(text)
        self.saved.emit(moved)


class DeadlineSettings(QWidget):
    """The cards, as Paramètres embeds them."""

    status_message = Signal(str)

    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        self.policy_card = DeadlinePolicyCard(clock)
        self.calendar_card = WorkingCalendarCard(clock)
        self.gdpr_card = GdprHolidaysCard(clock)
        layout.addWidget(self.policy_card)
        layout.addWidget(self.calendar_card)
        layout.addWidget(self.gdpr_card)
        for card in (self.policy_card, self.calendar_card, self.gdpr_card):
            card.status_message.connect(self.status_message)

    def set_register(self, register: Register) -> None:
        self.policy_card.set_register(register)
        self.calendar_card.set_register(register)
        self.gdpr_card.set_register(register)

    def clear(self) -> None:
        self.policy_card.clear()
        self.calendar_card.clear()
        self.gdpr_card.clear()
