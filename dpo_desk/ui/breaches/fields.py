"""Inputs of the breach form: an instant with its zone, a list typed one item per line,
a count, and the error line under each field.

An instant is typed as a wall-clock time *in the organisation's zone* and shown with
the offset then in force: Morocco moves its clocks around Ramadan, and the 72 hours of
GDPR Art. 33(1) are real hours (the domain converts to UTC before adding them). The
domain refuses a time the clock change skips or repeats; the message says so under
the field.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, tzinfo

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    Qt,
    QTime,
    QTimeZone,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from dpo_desk.domain import breaches as rules
from dpo_desk.domain.clock import organisation_zone
from dpo_desk.domain.errors import ValidationError
from dpo_desk.ui import widgets
from dpo_desk.ui.breaches import texts
from dpo_desk.ui.formatting import left_to_right
from dpo_desk.ui.requests.form import Choices
from dpo_desk.ui.widgets import label
from dpo_desk.ui.wrap_row import wrap_long_rows

DATETIME_FORMAT = "dd/MM/yyyy HH:mm"


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

    def set_unknown(self, unknown: bool) -> None:
        """Tick or untick the "unknown" box (an edit without one has nothing to tick)."""
        if self.unknown is not None:
            self.unknown.setChecked(unknown)

    def instant(self, field: str) -> datetime | None:
        """The aware instant, or None when marked unknown; a ValidationError for a time
        the zone skips or repeats (the domain's message)."""
        if self.is_unknown():
            return None
        return self.typed_instant(field)

    def typed_instant(self, field: str) -> datetime:
        """The aware instant typed, for an edit that cannot be marked unknown (or whose
        box the caller knows is unticked)."""
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


def form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setContentsMargins(0, 0, 0, 0)
    form.setHorizontalSpacing(14)
    form.setVerticalSpacing(10)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    return form


class FieldSet(widgets.FieldSet):
    """The breach form's fields: the shared field set, knowing our instants (their date
    edit takes the focus and the red border) and groups of boxes.

    What the DPO typed is never cleared by an error: the message goes under the field,
    which is outlined in red, and the field gets the focus.
    """

    def add_rows(self, form: QFormLayout, rows: list[tuple[str, str]]) -> None:
        super().add_rows(form, rows)
        # A label above its field when the row is too long for the step's width (the
        # data categories, in English or at 1180 px): never a page scrolling sideways.
        wrap_long_rows(form, [self.box(name) for name, _caption in rows])

    def signals_of(self, widget: QWidget) -> list[SignalInstance]:
        if isinstance(widget, Choices):
            return [box.toggled for box in widget.boxes.values()]
        return super().signals_of(widget)

    def focus_target(self, widget: QWidget) -> QWidget:
        return widget.edit if isinstance(widget, InstantEdit) else widget

    def caption_top(self, widget: QWidget) -> int:
        return 2 if isinstance(widget, Choices | QCheckBox) else 7

    def quietly(self, fill: Callable[[], object]) -> None:
        super().quietly(fill)
        # Signals were blocked while loading: the zone line and "unknown" box catch up.
        for widget in self.fields.values():
            if isinstance(widget, InstantEdit):
                widget._show_zone()
                if widget.unknown is not None:
                    widget.edit.setEnabled(not widget.unknown.isChecked())

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.fields.values():
            if isinstance(widget, QLineEdit | QPlainTextEdit | InstantEdit):
                widget.setReadOnly(read_only)
            else:
                widget.setEnabled(not read_only)
