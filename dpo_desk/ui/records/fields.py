"""Input widgets the registers' forms share: optional dates, lists, editable rows, and a
field set that shows a domain ``ValidationError`` under the field it names."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.errors import UserError
from dpo_desk.ui import style
from dpo_desk.ui.i18n import error_text
from dpo_desk.ui.requests.form import Choices, date_edit
from dpo_desk.ui.requests.texts import from_qdate, to_qdate
from dpo_desk.ui.widgets import label, mark_invalid


def _tr(text: str) -> str:
    return QCoreApplication.translate("RegisterFields", text)


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


class LinesEdit(QPlainTextEdit):
    """A list of short items, one per line (categories of persons, certifications…)."""

    def __init__(self, placeholder: str = "", lines: int = 3, parent=None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 20)

    def values(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.toPlainText().splitlines() if line.strip())

    def set_values(self, values) -> None:
        self.setPlainText("\n".join(values))


class TextEdit(QPlainTextEdit):
    def __init__(self, placeholder: str = "", lines: int = 3, parent=None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 20)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 — mirrors QLineEdit
        self.setPlainText(text)


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


class RowsEditor(QFrame):
    """Editable rows (the purposes, the recipients, the retention periods): each row is a
    dict of widgets built by ``make_row``; a button adds one, a cross removes one."""

    changed = Signal()

    def __init__(self, add_caption: str, make_row: Callable[[], dict[str, QWidget]]) -> None:
        super().__init__()
        style.set_role(self, "choices")
        self._make_row = make_row
        self.rows: list[tuple[QWidget, dict[str, QWidget]]] = []
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

    def add_row(self) -> dict[str, QWidget]:
        widgets = self._make_row()
        frame = QFrame()
        style.set_role(frame, "row-editor")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        for line in widgets.pop("_lines"):  # type: ignore[arg-type]
            row = QHBoxLayout()
            row.setSpacing(6)
            for widget, stretch in line:
                row.addWidget(widget, stretch)
            layout.addLayout(row)
        remove = QPushButton(QCoreApplication.translate("RegisterFields", "Retirer"))
        style.set_role(remove, "link")
        remove.setCursor(Qt.CursorShape.PointingHandCursor)
        remove.setToolTip(QCoreApplication.translate("RegisterFields", "Retirer cette ligne"))
        remove.clicked.connect(lambda: self.remove_row(frame))
        layout.itemAt(0).layout().addWidget(remove)
        frame.remove_button = remove
        for widget in widgets.values():
            for signal in _edit_signals(widget):
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

    def row_widgets(self) -> list[dict[str, QWidget]]:
        return [widgets for _frame, widgets in self.rows]


def _edit_signals(widget: QWidget):
    if isinstance(widget, Choices):
        return [box.toggled for box in widget.boxes.values()]
    if isinstance(widget, OptionalDate | RowsEditor):
        return [widget.changed]
    if isinstance(widget, QComboBox):
        return [widget.currentIndexChanged]
    if isinstance(widget, QDateEdit):
        return [widget.dateChanged]
    if isinstance(widget, QCheckBox):
        return [widget.toggled]
    if isinstance(widget, QSpinBox):
        return [widget.valueChanged]
    return [widget.textChanged]


class FieldSet(QObject):
    """Named widgets with an error line each. ``point_at`` puts a domain error under the
    field it names (red border, focus); editing the field clears it. Nothing typed is
    ever reset by an error."""

    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.inputs: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._boxes: dict[str, QWidget] = {}

    def add(self, name: str, widget: QWidget) -> QWidget:
        error = label("", "field-error", wrap=True)
        error.hide()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addWidget(widget)
        column.addWidget(error)
        self.inputs[name] = widget
        self._errors[name] = error
        self._boxes[name] = box
        for signal in _edit_signals(widget):
            signal.connect(lambda *_args, n=name: self._edited(n))
        return widget

    def box(self, name: str) -> QWidget:
        return self._boxes[name]

    def rows(self, form: QFormLayout, rows: list[tuple[str, str]]) -> None:
        for name, caption in rows:
            form.addRow(caption, self._boxes[name])
            caption_label = form.labelForField(self._boxes[name])
            if caption_label is not None:
                caption_label.setContentsMargins(0, 7, 0, 0)

    def point_at(self, error: UserError) -> bool:
        name = getattr(error, "field", "")
        widget = self.inputs.get(name)
        if widget is None:
            return False
        self._errors[name].setText(error_text(error))
        self._errors[name].show()
        mark_invalid(widget, True)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def field_error(self, name: str) -> str:
        return self._errors[name].text() if not self._errors[name].isHidden() else ""

    def errors(self) -> dict[str, str]:
        return {n: e.text() for n, e in self._errors.items() if not e.isHidden()}

    def clear_errors(self) -> None:
        for name in self.inputs:
            self._clear_error(name)

    def _clear_error(self, name: str) -> None:
        self._errors[name].clear()
        self._errors[name].hide()
        mark_invalid(self.inputs[name], False)

    def _edited(self, name: str) -> None:
        self._clear_error(name)
        self.edited.emit()


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
