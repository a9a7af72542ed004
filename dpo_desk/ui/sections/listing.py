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

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.ui import icons, printing, style
from dpo_desk.ui.paged_model import ID_ROLE  # records' models keep the id there too
from dpo_desk.ui.sections.base import Section
from dpo_desk.ui.widgets import EmptyState, InlineMessage, label
from dpo_desk.ui.wrap_row import SplitRow


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


class HeadBar(SplitRow):
    """A list's heading: the title and count, then its buttons on the same line, or on a
    line of their own when the width cannot hold both (never a cut button)."""

    def __init__(self, title: QWidget, count: QWidget, parent: QWidget | None = None) -> None:
        title_part = QWidget()
        row = QHBoxLayout(title_part)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(14)
        row.addWidget(title)
        row.addWidget(count, 0, Qt.AlignmentFlag.AlignBottom)
        row.addStretch(1)
        actions_part = QWidget()
        self.buttons_row = QHBoxLayout(actions_part)
        self.buttons_row.setContentsMargins(0, 0, 0, 0)
        self.buttons_row.setSpacing(14)
        self.buttons_row.addStretch(1)
        super().__init__(title_part, actions_part, spacing=14, parent=parent)


class FittedColumns(QObject):
    """Keeps a list's columns inside its table: no sideways scrolling at any window width.

    Each column keeps the width its screen measured for it (``natural``, set by the
    section from sample texts in the current language); ``stretch`` takes what is left.
    When the table is narrower than the columns need (a 1180 px window, a long
    translation), room is found in this order, so that references, dates and statuses
    stay whole as long as possible:

    1. the stretch column gives up room, down to its own measured width (at least
       ``STRETCH_FLOOR``, at most ``STRETCH_CAP``);
    2. the ``give_way`` columns (free text: rights, services…) shrink, widest first,
       down to ``COMFORT``, then the widest others but the ``keep`` ones (references,
       dates) down to ``ROOMY`` (their samples are the longest values);
    3. the ``hide_first`` columns (repeated on the case's page) are hidden, one by one,
       each time trying 2. again;
    4. the others but the ``keep`` ones shrink down to ``SNUG``, then every column,
       widest first, down to ``FLOOR``.

    A shrunk column elides its text, and a cell whose text is cut shows it whole in its
    tooltip.
    """

    FLOOR = 56
    COMFORT = 80
    SNUG = 110
    ROOMY = 150
    STRETCH_FLOOR = 140
    STRETCH_CAP = 220
    #: the cell's own left and right padding (style.py), for "is this text cut?"
    CELL_PADDING = 24

    def __init__(
        self,
        table: QTableView,
        stretch: int,
        give_way: tuple[int, ...] = (),
        hide_first: tuple[int, ...] = (),
        keep: tuple[int, ...] = (),
    ) -> None:
        super().__init__(table)
        self.table = table
        self.stretch = stretch
        self.give_way = give_way
        self.hide_first = hide_first
        self.keep = keep
        self.natural: dict[int, int] = {}
        self.stretch_floor = self.STRETCH_FLOOR
        self.hidden: set[int] = set()  # the columns this object hid (never the others)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Fixed)
        table.installEventFilter(self)
        table.viewport().installEventFilter(self)

    def set_natural(self) -> None:
        """Take the columns' present widths as what they need, then fit them."""
        header = self.table.horizontalHeader()
        measured = header.sectionSize(self.stretch)
        self.stretch_floor = max(self.STRETCH_FLOOR, min(measured, self.STRETCH_CAP))
        self.natural = {
            column: header.sectionSize(column)
            for column in range(header.count())
            if column != self.stretch and column not in self.hidden
        } | {column: self.natural.get(column, 0) for column in self.hidden}
        self.fit()

    @staticmethod
    def _level(widths: dict[int, int], columns: list[int], cut: int, floor: int) -> int:
        """Shrink ``columns`` widest first, none below ``floor``, by up to ``cut`` px;
        returns what could not be cut."""
        while cut > 0:
            movable = [c for c in columns if widths[c] > floor]
            if not movable:
                break
            top = max(widths[c] for c in movable)
            widest = [c for c in movable if widths[c] == top]
            below = max([widths[c] for c in movable if widths[c] < top] + [floor])
            step = min(top - below, -(-cut // len(widest)))
            for column in widest:
                take = min(step, cut)
                widths[column] -= take
                cut -= take
        return max(cut, 0)

    def _plan(self, available: int) -> tuple[dict[int, int], set[int]]:
        header = self.table.horizontalHeader()
        mine = [c for c in self.natural if c not in self.hidden and not header.isSectionHidden(c)]
        candidates = mine + sorted(self.hidden)
        for count in range(len(self.hide_first) + 1):
            hidden = set(self.hide_first[:count])
            widths = {c: self.natural[c] for c in candidates if c not in hidden}
            over = sum(widths.values()) + self.stretch_floor - available
            give_way = [c for c in self.give_way if c in widths]
            left = self._level(widths, give_way, over, self.COMFORT)
            others = [c for c in widths if c not in self.keep]
            left = self._level(widths, others, left, self.ROOMY)
            if left == 0:
                return widths, hidden
        left = self._level(widths, others, left, self.SNUG)
        left = self._level(widths, give_way, left, self.FLOOR)
        self._level(widths, list(widths), left, self.FLOOR)
        return widths, hidden

    def fit(self) -> None:
        header = self.table.horizontalHeader()
        if not self.natural:
            self.set_natural()
            return
        available = self.table.viewport().width()
        widths, hidden = self._plan(available)
        header.blockSignals(True)
        for column in self.hidden - hidden:
            header.showSection(column)
        for column in hidden - self.hidden:
            header.hideSection(column)
        self.hidden = hidden
        for column, width in widths.items():
            header.resizeSection(column, width)
        header.blockSignals(False)
        room = available - sum(widths.values())
        header.resizeSection(self.stretch, max(room, self.FLOOR))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt override
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self.fit()
        elif (
            event.type() == QEvent.Type.ToolTip
            and watched is self.table.viewport()
            and isinstance(event, QHelpEvent)
        ):
            return self._tooltip(event)
        return False

    def _tooltip(self, event: QHelpEvent) -> bool:
        """A cell whose text the column cuts shows it whole (the model's own tooltip, when
        it has one, comes first)."""
        index = self.table.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False
        text = index.data(Qt.ItemDataRole.DisplayRole)
        width = self.table.columnWidth(index.column()) - self.CELL_PADDING
        if text and self.table.fontMetrics().horizontalAdvance(str(text)) > width:
            QToolTip.showText(event.globalPos(), str(text), self.table.viewport())
        else:
            QToolTip.hideText()
        return True


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
        """The title, the count beside it, and the "new" button at the right.

        Returns the buttons' row (a section adds its own buttons to it); the page shows
        ``head_bar``, which puts the buttons under the title when one line cannot hold
        both (a narrow window, a longer translation)."""
        self.count_label = label("", "count")
        self.head_bar = HeadBar(label(title, "title"), self.count_label)
        head = self.head_bar.buttons_row
        # Printing (issue 25): the list as shown, or the page open; Ctrl+P inside.
        self.print_button = printing.print_button(self.print_current)
        head.addWidget(self.print_button)
        self.print_action = printing.print_action(self, self.print_current)
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

    # -- Ctrl+N ----------------------------------------------------------------------------
    def new_item_text(self) -> str:
        # The list's own "new" button: its words, and whether it can be used now. On an
        # item's page too: Ctrl+N there is a new item of the same list.
        return self.new_button.text() if self.new_button.isEnabled() else ""

    def new_item(self) -> object:
        return self.open_new_dialog()

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

    # -- printing --------------------------------------------------------------------------
    print_preview: printing.PrintPreview | None = None

    def print_current(self) -> printing.PrintPreview | None:
        """Ctrl+P: what the section shows (a subclass with a detail page prints that)."""
        return self.print_list()

    def print_list(self) -> printing.PrintPreview | None:
        """The preview of the list's rows as filtered and sorted, its visible columns."""
        if self.register is None:
            return None
        head = printing.letterhead(self.register, getattr(self, "clock", None))
        # Paper is wider than a narrow window: the columns hidden only to fit the screen
        # (FittedColumns) are printed; those the user chose to hide are not.
        fit = getattr(self, "columns_fit", None)
        printout = printing.list_printout(
            self.table,
            self.title(),
            head,
            subtitle=self.list_subtitle(),
            also=fit.hidden if fit is not None else (),
        )
        return self.show_preview(printout)

    def list_subtitle(self) -> str:
        """The count and the filters in force, under a printed list's title."""
        parts = [self.count_label.text()]
        page = self.list_stack.parentWidget()
        if page is not None:
            for box in page.findChildren(QComboBox):
                if box.isVisibleTo(page) and box.currentText():
                    parts.append(box.currentText())
            for line in page.findChildren(QLineEdit):
                if line.isVisibleTo(page) and line.text().strip() and not line.isReadOnly():
                    parts.append(f"« {line.text().strip()} »")
        return " · ".join(part for part in parts if part)

    def show_preview(self, printout: printing.Printout) -> printing.PrintPreview:
        printing.close_preview(self.print_preview)
        self.print_preview = printing.open_preview(printout, self)
        return self.print_preview

    def clear(self) -> None:
        # On lock a preview goes too: it shows the register's data.
        printing.close_preview(self.print_preview)
        self.print_preview = None
        super().clear()

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
        self.print_button.setEnabled(self.register is not None)
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
