"""A read-only table model that reads its rows one page at a time.

Lists in DPO Desk can be long (100,000 requests, a journal of several times that), so a
model knows only how many rows match (one ``COUNT``) and keeps a few pages of rows,
fetched when the view asks for a row it has not seen and forgotten least recently used
first. Subclasses say how to count, how to fetch a page, and what a cell shows.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from dpo_desk.services.read_model import Register

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole  # the row object itself
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # its id (the lists select and open rows by id)
# What a list's table view asks of every cell (text, tooltip, colour, weight, alignment),
# and the row and its id.
CELL_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.TextAlignmentRole,
        ROW_ROLE,
        ID_ROLE,
    }
)
F = TypeVar("F")  # a list's filter (RequestFilter, BreachFilter)


class PagedTableModel(QAbstractTableModel):
    PAGE_SIZE = 200
    MAX_PAGES = 8  # rows kept in memory at most: PAGE_SIZE × MAX_PAGES

    def __init__(self, parent=None, *, page_size: int | None = None) -> None:
        super().__init__(parent)
        self.page_size = page_size or self.PAGE_SIZE
        self._count = 0
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self._active = False
        self.pages_fetched = 0  # how many pages were read (tests, tuning)

    # -- what subclasses provide ---------------------------------------------------------
    def count_rows(self) -> int:
        raise NotImplementedError

    def fetch_rows(self, offset: int, limit: int) -> list[Any]:
        raise NotImplementedError

    def cell(self, row: Any, column: int, role: int) -> Any:
        raise NotImplementedError

    # -- lifecycle -----------------------------------------------------------------------
    def reload(self) -> None:
        """Count again and forget every cached page (after a filter change or a write)."""
        self.beginResetModel()
        self._pages.clear()
        self._active = True
        self._count = self.count_rows()
        self.endResetModel()

    def clear(self) -> None:
        """On lock: no rows, nothing decrypted kept in memory."""
        self.beginResetModel()
        self._pages.clear()
        self._count = 0
        self._active = False
        self.endResetModel()

    def reorder(self, change) -> None:
        """The same rows in another order: ``change()`` sets the new order, the cached
        pages are forgotten, the count stays.

        A reset, not a layout change: the rows that were on screen are not in memory any
        more, so persistent indexes cannot be moved to their new places.
        """
        self.beginResetModel()
        change()
        self._pages.clear()
        self.endResetModel()

    def loaded_rows(self) -> int:
        return sum(len(page) for page in self._pages.values())

    def position(self, row: int) -> int:
        """Where the view's ``row`` sits in the order ``fetch_rows`` reads. The identity
        here; a model showing the fetched order reversed maps ``row`` to
        ``count - 1 - row``. Must be its own inverse (find_row relies on it)."""
        return row

    def row_at(self, row: int) -> Any | None:
        if not (self._active and 0 <= row < self._count):
            return None
        position = self.position(row)
        page = self._page(position // self.page_size)
        offset = position % self.page_size
        # A write elsewhere may have shortened the page since the count: no row then.
        return page[offset] if offset < len(page) else None

    def find_row(self, row_id: int, *, max_rows: int = 20_000) -> int | None:
        """The view row of the item whose ``id`` is ``row_id``, if it is listed.

        Looks in the cached pages first, then reads pages in order, up to ``max_rows``:
        the caller asks for an item it has just created or been sent to.
        """
        if not self._active:
            return None
        for number, page in list(self._pages.items()):
            for offset, item in enumerate(page):
                if item.id == row_id:
                    return self.position(number * self.page_size + offset)
        for position in range(min(self._count, max_rows)):
            row = self.position(position)
            item = self.row_at(row)
            if item is not None and item.id == row_id:
                return row
        return None

    def _page(self, number: int) -> list[Any]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        page = self.fetch_rows(number * self.page_size, self.page_size)
        self.pages_fetched += 1
        self._pages[number] = page
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    # -- Qt ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._count

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        return self.cell(row, index.column(), role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class RegisterListModel(PagedTableModel, Generic[F]):
    """Pages of one of the register's lists, counted and read by a service under the
    current filter; no register (locked), no rows. Its columns are ``column_keys``,
    titled by ``column_title``."""

    column_keys: tuple[str, ...] = ()
    #: the roles the view asks for; any other is answered without reading the register
    roles: frozenset[int] = CELL_ROLES

    def __init__(self, flt: F, parent=None, *, page_size: int | None = None) -> None:
        super().__init__(parent, page_size=page_size)
        self._register: Register | None = None
        self._filter: F = flt

    # -- what subclasses provide ---------------------------------------------------------
    def count_in(self, register: Register, flt: F) -> int:
        raise NotImplementedError

    def column_title(self, key: str) -> str:
        raise NotImplementedError

    def sort_hint(self, section: int) -> str | None:
        """The header's tooltip where a click sorts the list; None elsewhere."""
        return None

    def cell_for(self, item: Any, key: str, role: int) -> Any:
        """What the cell of column ``key`` shows of ``item`` in ``role``."""
        raise NotImplementedError

    def list_in(self, register: Register, flt: F, offset: int, limit: int) -> list[Any]:
        raise NotImplementedError

    # -- source --------------------------------------------------------------------------
    @property
    def register(self) -> Register | None:
        return self._register

    @property
    def filter(self) -> F:
        return self._filter

    def set_filter(self, flt: F) -> None:
        if flt != self._filter:
            self._filter = flt
            self.reload()

    def clear(self) -> None:
        """On lock: no register, no rows, nothing decrypted kept in memory."""
        self._register = None
        super().clear()

    # -- paging --------------------------------------------------------------------------
    def count_rows(self) -> int:
        if self._register is None:
            return 0
        return self.count_in(self._register, self._filter)

    def fetch_rows(self, offset: int, limit: int) -> list[Any]:
        if self._register is None:
            return []
        return self.list_in(self._register, self._filter, offset, limit)

    # -- Qt model ------------------------------------------------------------------------
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.column_keys)

    def headerData(  # noqa: N802 — Qt override
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.column_keys):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.column_title(self.column_keys[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.sort_hint(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        if role not in self.roles:
            return None  # never touch the register for roles the view does not use
        item = self.row_at(index.row())
        if item is None or not 0 <= index.column() < len(self.column_keys):
            return None
        if role == ROW_ROLE:
            return item
        if role == ID_ROLE:
            return item.id
        return self.cell_for(item, self.column_keys[index.column()], role)
