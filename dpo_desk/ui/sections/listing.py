"""What the list screens share (Demandes, Violations, Traitements, Sous-traitants).

A heading with the count and the "new" button, a table of whole rows, the two empty
states (nothing in the register yet; a filter that hides everything) and the selection
of a row by its id. Each screen says its words (``count_text``), whether its filters
hide anything (``filters_default``) and whether the register holds any entry at all
(``has_any``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.ui import icons, style
from dpo_desk.ui.paged_model import ID_ROLE  # records' models keep the id there too
from dpo_desk.ui.sections.base import Section
from dpo_desk.ui.widgets import EmptyState, InlineMessage, label


class EmptyPage(QWidget):
    """An empty state, and under its words the one action that gets out of it."""

    def __init__(self, icon_name: str, heading: str, body: str, action: str, slot: Callable):
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.state = EmptyState(icon_name, heading, body)
        layout.addWidget(self.state, 1)
        self.action_button = QPushButton(action)
        self.action_button.clicked.connect(slot)
        column = self.state.layout()
        assert isinstance(column, QVBoxLayout)  # EmptyState's own column
        # Above the state's bottom stretch, so that it stays with the words.
        column.insertWidget(
            column.count() - 1, self.action_button, 0, Qt.AlignmentFlag.AlignHCenter
        )


def list_table(model: QAbstractItemModel, accessible_name: str, row_height: int) -> QTableView:
    """A list's table: whole rows, one at a time, read-only, no grid, one line a row.

    The rows have a fixed height: the view never measures 100,000 rows to lay them out.
    """
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    vertical = table.verticalHeader()
    vertical.hide()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(row_height)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


class ListSection(Section):
    """A section whose first page is a list. The subclass builds the page with
    ``build_head``, ``list_table`` and ``build_list_stack``, and sets ``model``."""

    id_role: int = ID_ROLE
    # The list's Qt table model, of each subclass's own type: rowCount, index, data,
    # and find_row (the row of an id, if the list shows it).
    model: Any
    table: QTableView
    message: InlineMessage

    def build_head(self, title: str, new_caption: str) -> QHBoxLayout:
        """The title, the count beside it, and the "new" button at the right."""
        head = QHBoxLayout()
        head.setSpacing(14)
        head.addWidget(label(title, "title"))
        self.count_label = label("", "count")
        head.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        head.addStretch(1)
        self.new_button = QPushButton(icons.icon("new", "white"), new_caption)
        style.set_role(self.new_button, "primary")
        self.new_button.clicked.connect(self.open_new_dialog)
        head.addWidget(self.new_button)
        return head

    def build_list_stack(self, empty_register: EmptyPage, empty_filter: EmptyPage) -> None:
        """The table, or in its place what explains why it is empty."""
        self.empty_register = empty_register
        self.empty_filter = empty_filter
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(empty_register)
        self.list_stack.addWidget(empty_filter)

    # -- to provide ------------------------------------------------------------------------
    def open_new_dialog(self) -> object:
        raise NotImplementedError

    def count_text(self, count: int) -> str:
        raise NotImplementedError

    def filters_default(self) -> bool:
        """Whether the filters let every entry through (an empty list is then an empty
        register)."""
        raise NotImplementedError

    def has_any(self) -> bool:
        raise NotImplementedError

    # -- state and selection ---------------------------------------------------------------
    def _show_state(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText("" if self.register is None else self.count_text(count))
        if count:
            self.list_stack.setCurrentWidget(self.table)
        elif self.register is None or self.filters_default() or not self.has_any():
            self.list_stack.setCurrentWidget(self.empty_register)
        else:
            self.list_stack.setCurrentWidget(self.empty_filter)
        self.new_button.setEnabled(self.register is not None)
        self.empty_register.action_button.setEnabled(self.register is not None)

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        selection = self.table.selectionModel()
        if not index.isValid() or not selection.isRowSelected(index.row()):
            return None
        return self.model.data(index, self.id_role)

    def select(self, item_id: int, *, centred: bool = False) -> bool:
        """Select an entry's row, scrolled into view; False if the list does not show it."""
        row = self.model.find_row(item_id)
        if row is None:
            self.table.clearSelection()
            return False
        index: QModelIndex = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if centred:
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        else:
            self.table.scrollTo(index)
        return True
