"""Input widgets the registers' forms share: optional dates, lists, editable rows, and a
field set that shows a domain ``ValidationError`` under the field it names."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.ui import style, widgets
from dpo_desk.ui.requests.form import Choices, date_edit
from dpo_desk.ui.requests.texts import from_qdate, to_qdate
from dpo_desk.ui.widgets import edit_signals


class OptionalDate(QWidget):
    """A date that may be unknown: a check box says whether there is one.

    Not a sentinel date: "no review recorded" must stay distinguishable from any day.
    """

    changed = Signal()

    def __init__(self, caption: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.check = QCheckBox(
            caption or QCoreApplication.translate("RegisterFields", "Renseignée")
        )
        self.edit = date_edit()
        self.edit.setEnabled(False)
        row.addWidget(self.check)
        row.addWidget(self.edit)
        row.addStretch(1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, value: date | None, default: date | None = None) -> None:
        self.check.setChecked(value is not None)
        shown = value or default
        if shown is not None:
            self.edit.setDate(to_qdate(shown))


def combo(items: list[tuple[str, str]], length: int = 12) -> QComboBox:
    """A list sized for a typical item, not its longest: long labels (data categories,
    derogations) would otherwise widen the whole form; the open list shows them whole."""
    box = QComboBox()
    for value, text in items:
        box.addItem(text, value)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(length)
    box.view().setMinimumWidth(box.view().sizeHintForColumn(0) + 24)
    return box


def set_combo(box: QComboBox, value) -> None:
    index = box.findData("" if value is None else str(value))
    box.setCurrentIndex(max(index, 0))


#: how a row's widgets are laid out: lines of (widget, stretch)
Lines = list[list[tuple[QWidget, int]]]
#: a row's widgets by name (a TypedDict per kind of row)
R = TypeVar("R", bound=Mapping[str, object])


class RowsEditor(QFrame, Generic[R]):
    """Editable rows (the purposes, the recipients, the retention periods): ``make_row``
    builds one row's widgets, by name, and how they are laid out; a button adds a row,
    a link removes one."""

    changed = Signal()

    def __init__(self, add_caption: str, make_row: Callable[[], tuple[R, Lines]]) -> None:
        super().__init__()
        style.set_role(self, "choices")
        self._make_row = make_row
        self.rows: list[tuple[QWidget, R]] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setSpacing(6)
        column.addLayout(self._rows_layout)
        self.add_button = QPushButton("+  " + add_caption)
        style.set_role(self.add_button, "link")
        self.add_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.add_button.clicked.connect(lambda: self.add_row())
        column.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def add_row(self) -> R:
        widgets, lines = self._make_row()
        frame = QFrame()
        style.set_role(frame, "row-editor")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        rows = []
        for line in lines:
            row = QHBoxLayout()
            row.setSpacing(6)
            for widget, stretch in line:
                row.addWidget(widget, stretch)
            layout.addLayout(row)
            rows.append(row)
        remove = QPushButton(QCoreApplication.translate("RegisterFields", "Retirer"))
        style.set_role(remove, "link")
        remove.setCursor(Qt.CursorShape.PointingHandCursor)
        remove.setToolTip(QCoreApplication.translate("RegisterFields", "Retirer cette ligne"))
        remove.clicked.connect(lambda: self.remove_row(frame))
        rows[0].addWidget(remove)  # at the end of the row's first line
        for part in widgets.values():
            if isinstance(part, QWidget):
                for signal in _edit_signals(part):
                    signal.connect(self.changed)
        self.rows.append((frame, widgets))
        self._rows_layout.addWidget(frame)
        self.changed.emit()
        return widgets

    def remove_row(self, frame: QWidget) -> None:
        self.rows = [(f, w) for f, w in self.rows if f is not frame]
        self._rows_layout.removeWidget(frame)
        frame.setParent(None)
        frame.deleteLater()
        self.changed.emit()

    def clear_rows(self) -> None:
        for frame, _widgets in list(self.rows):
            self.remove_row(frame)

    def row_widgets(self) -> list[R]:
        return [widgets for _frame, widgets in self.rows]


def _edit_signals(widget: QWidget) -> list[SignalInstance]:
    if isinstance(widget, Choices):
        return [box.toggled for box in widget.boxes.values()]
    return edit_signals(widget)


class FieldSet(widgets.FieldSet):
    """The registers' field set: it also knows the groups of check boxes."""

    def signals_of(self, widget: QWidget) -> list[SignalInstance]:
        return _edit_signals(widget)


def show_starts(widget: QWidget) -> None:
    """After filling a form: long texts show their beginning, not their end."""
    for edit in widget.findChildren(QLineEdit):
        edit.setCursorPosition(0)


def form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setContentsMargins(0, 0, 0, 0)
    form.setHorizontalSpacing(14)
    form.setVerticalSpacing(8)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def line_edit(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    return edit
