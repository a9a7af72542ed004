"""Inputs of the breach form: an instant with its zone, a list typed one item per line,
a count, and the error line under each field.

An instant is typed as a wall-clock time *in the organisation's zone* and shown with
the offset then in force: Morocco moves its clocks around Ramadan, and the 72 hours of
GDPR Art. 33(1) are real hours (the domain converts to UTC before adding them). The
domain refuses a time the clock change skips or repeats; the message says so under
the field.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QObject, Qt, QTime, QTimeZone, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain import breaches as rules
from dpo_desk.domain.clock import organisation_zone
from dpo_desk.domain.errors import UserError, ValidationError
from dpo_desk.ui.breaches import texts
from dpo_desk.ui.formatting import left_to_right
from dpo_desk.ui.i18n import error_text
from dpo_desk.ui.requests.form import Choices
from dpo_desk.ui.widgets import label, mark_invalid

DATETIME_FORMAT = "dd/MM/yyyy HH:mm"


def _tr(text: str) -> str:
    return QCoreApplication.translate("BreachFields", text)


class InstantEdit(QWidget):
    """A date and time typed in the organisation's zone, the zone and offset beside it.

    ``optional`` adds a box for "unknown" (the start of a breach often is) or "not yet".
    """

    changed = Signal()

    def __init__(self, optional_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone: tzinfo = organisation_zone()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        self.edit = QDateTimeEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(DATETIME_FORMAT)
        # The widget holds a wall-clock time of the organisation's zone, not of this
        # computer's: in UTC it has no gap or fold of its own to refuse or move a time.
        self.edit.setTimeZone(QTimeZone.utc())
        self.edit.setMinimumWidth(170)
        left_to_right(self.edit)  # "25/11/2026 14:30" reads the same in an Arabic window
        row.addWidget(self.edit)
        self.unknown: QCheckBox | None = None
        if optional_text:
            self.unknown = QCheckBox(optional_text)
            self.unknown.toggled.connect(self._unknown_toggled)
            row.addWidget(self.unknown)
        self.zone_label = label("", "muted")
        row.addWidget(self.zone_label)
        row.addStretch(1)
        self.edit.dateTimeChanged.connect(self._edited)

    # -- values ------------------------------------------------------------------------
    def set_zone(self, zone: tzinfo) -> None:
        self.zone = zone
        self._show_zone()

    def set_instant(self, instant: datetime | None) -> None:
        self.blockSignals(True)
        try:
            if self.unknown is not None:
                self.unknown.setChecked(instant is None)
            if instant is not None:
                moment = instant.astimezone(self.zone)
                self.edit.setDateTime(
                    QDateTime(
                        QDate(moment.year, moment.month, moment.day),
                        QTime(moment.hour, moment.minute),
                        QTimeZone.utc(),
                    )
                )
        finally:
            self.blockSignals(False)
        self._show_zone()

    def is_unknown(self) -> bool:
        return self.unknown is not None and self.unknown.isChecked()

    def wall_time(self) -> datetime:
        value = self.edit.dateTime()
        day, time = value.date(), value.time()
        return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())

    def instant(self, field: str) -> datetime | None:
        """The aware instant, or None when marked unknown; a ValidationError for a time
        the zone skips or repeats (the domain's message)."""
        if self.is_unknown():
            return None
        naive = self.wall_time()
        return rules.localise(
            naive, self.zone, field, texts.format_instant(naive.replace(tzinfo=UTC), UTC)
        )

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 — mirrors QLineEdit
        self.edit.setReadOnly(read_only)
        self.edit.setCalendarPopup(not read_only)
        if self.unknown is not None:
            self.unknown.setEnabled(not read_only)

    # -- display -----------------------------------------------------------------------
    def _unknown_toggled(self, unknown: bool) -> None:
        self.edit.setEnabled(not unknown)
        self._edited()

    def _edited(self, *_args) -> None:
        self._show_zone()
        self.changed.emit()

    def _show_zone(self) -> None:
        if self.is_unknown():
            self.zone_label.setText("")
            return
        try:
            moment = rules.localise(self.wall_time(), self.zone)
        except ValidationError:
            self.zone_label.setText(str(self.zone))
            return
        self.zone_label.setText(texts.zone_text(self.zone, moment))


class ListEdit(QPlainTextEdit):
    """A short list typed one item per line ("élèves", "parents")."""

    def __init__(self, placeholder: str = "", lines: int = 3, parent=None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 20)

    def items(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.toPlainText().splitlines() if line.strip())

    def set_items(self, items) -> None:
        self.setPlainText("\n".join(items))

    def text(self) -> str:
        return self.toPlainText()


class CountEdit(QLineEdit):
    """An approximate number (of persons, of records); empty when unknown."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator("[0-9 \u00a0\u202f.]{0,20}", self))
        self.setPlaceholderText(QCoreApplication.translate("BreachFields", "nombre approximatif"))
        self.setMaximumWidth(200)

    def count(self, field: str) -> int | None:
        digits = "".join(ch for ch in self.text() if ch.isdigit())
        if not self.text().strip():
            return None
        if not digits:
            raise ValidationError(rules.ERR_COUNT, field, value=self.text().strip())
        return int(digits)

    def set_count(self, value: int | None) -> None:
        self.setText("" if value is None else str(value))


def text_edit(placeholder: str = "", lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 20)
    return edit


def form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setContentsMargins(0, 0, 0, 0)
    form.setHorizontalSpacing(14)
    form.setVerticalSpacing(10)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    return form


def _changed_signals(widget: QWidget):
    if isinstance(widget, Choices):
        return [box.toggled for box in widget.boxes.values()]
    if isinstance(widget, InstantEdit):
        return [widget.changed]
    if isinstance(widget, QComboBox):
        return [widget.currentIndexChanged]
    if isinstance(widget, QCheckBox):
        return [widget.toggled]
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        return [widget.textChanged]
    return []  # a group of its own boxes, wired by its owner


class FieldSet(QObject):
    """Named fields, each with its error line beneath; a ValidationError names its field.

    What the DPO typed is never cleared by an error: the message goes under the field,
    which is outlined in red, and the field gets the focus.
    """

    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._boxes: dict[str, QWidget] = {}
        self._aliases: dict[str, str] = {}
        self._loading = False

    def add(self, name: str, widget: QWidget, *aliases: str) -> QWidget:
        error = label("", "field-error", wrap=True)
        error.hide()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addWidget(widget)
        column.addWidget(error)
        self.fields[name] = widget
        self._errors[name] = error
        self._boxes[name] = box
        for alias in aliases:
            self._aliases[alias] = name
        for signal in _changed_signals(widget):
            signal.connect(lambda *_args, n=name: self._edited(n))
        return widget

    def box(self, name: str) -> QWidget:
        return self._boxes[name]

    def add_rows(self, form: QFormLayout, rows: list[tuple[str, str]]) -> None:
        for name, caption in rows:
            form.addRow(caption, self.box(name))
            caption_label = form.labelForField(self.box(name))
            if caption_label is not None:
                widget = self.fields[name]
                top = 2 if isinstance(widget, Choices | QCheckBox) else 7
                caption_label.setContentsMargins(0, top, 0, 0)

    def point_at(self, error: UserError) -> bool:
        name = getattr(error, "field", "")
        name = self._aliases.get(name, name)
        widget = self.fields.get(name)
        if widget is None:
            return False
        self.show_error(name, error_text(error))
        target = widget.edit if isinstance(widget, InstantEdit) else widget
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def show_error(self, name: str, text: str) -> None:
        self._errors[name].setText(text)
        self._errors[name].show()
        widget = self.fields[name]
        mark_invalid(widget.edit if isinstance(widget, InstantEdit) else widget, True)

    def field_error(self, name: str) -> str:
        error = self._errors[name]
        return error.text() if not error.isHidden() else ""

    def clear_error(self, name: str) -> None:
        self._errors[name].clear()
        self._errors[name].hide()
        widget = self.fields[name]
        mark_invalid(widget.edit if isinstance(widget, InstantEdit) else widget, False)

    def clear_errors(self) -> None:
        for name in self.fields:
            self.clear_error(name)

    def _edited(self, name: str) -> None:
        if self._loading:
            return
        self.clear_error(name)
        self.edited.emit()

    def quietly(self, fill) -> None:
        """Load values without an ``edited`` signal and without leaving errors behind."""
        widgets = list(self.fields.values())
        self._loading = True
        try:
            fill()
        finally:
            self._loading = False
        for widget in widgets:
            if isinstance(widget, InstantEdit):
                widget._show_zone()
            if isinstance(widget, InstantEdit) and widget.unknown is not None:
                widget.edit.setEnabled(not widget.unknown.isChecked())
        self.clear_errors()

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.fields.values():
            if isinstance(widget, QLineEdit | QPlainTextEdit | InstantEdit):
                widget.setReadOnly(read_only)
            else:
                widget.setEnabled(not read_only)
