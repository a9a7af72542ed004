"""What the Traitements and Sous-traitants screens share: a list page (search, filters,
a table whose flags are chips, empty states) and a detail page (flags spelled out, the
entry's sheet, its links), over one register; ``clear`` forgets all of it on lock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.clock import Clock, SystemClock
from dpo_desk.domain.errors import UserError
from dpo_desk.domain.record_flags import (
    FlagKind,
    RegisterFlag,
)
from dpo_desk.domain.records import (
    ProcessingActivity,
    Processor,
    Transfer,
)
from dpo_desk.services import records as book
from dpo_desk.ui import printing, style
from dpo_desk.ui.drafts import Draft, changed_meanwhile_text
from dpo_desk.ui.exchange.actions import add_excel_buttons
from dpo_desk.ui.i18n import error_text
from dpo_desk.ui.page_head import add_back_link, reference_label
from dpo_desk.ui.records import FLAG_PREFIX, look, texts  # FLAG_PREFIX: "flag:…" items
from dpo_desk.ui.records.dialogs import ActivityDialog, ProcessorDialog, RecordDialog
from dpo_desk.ui.records.models import ID_ROLE, FlagChipsDelegate
from dpo_desk.ui.sections.base import scrolling_column
from dpo_desk.ui.sections.listing import EmptyPage, FittedColumns, ListSection, list_table
from dpo_desk.ui.widgets import Card, InlineMessage, confirm_irreversible, label
from dpo_desk.ui.wrap_row import SplitRow, keep_whole

D = TypeVar("D", bound=RecordDialog)
E = TypeVar("E", ProcessingActivity, Processor)  # the entry of the register shown

LINK_ROLE = Qt.ItemDataRole.UserRole  # the id an item of a links list points to
ALL = "all"
FLAGGED = "flagged"


def chip_label(text: str, tone: str) -> QLabel:
    chip = QLabel(text)
    chip.setProperty("flag", tone)
    return chip


def combo_box(items: list[tuple[str, str]], accessible: str, length: int = 14) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(accessible)
    for value, text in items:
        box.addItem(text, value)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(length)
    box.view().setMinimumWidth(box.view().sizeHintForColumn(0) + 24)
    return box


class _ViewWideDelegate(QStyledItemDelegate):
    """Items no wider than the view's viewport, so the view elides their text."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 — Qt override
        hint = super().sizeHint(option, index)
        view = self.parent()
        if isinstance(view, QListWidget):
            hint.setWidth(min(hint.width(), view.viewport().width()))
        return hint


class LinksList(QListWidget):
    """Linked entries; a click (or Enter) opens the other side."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # "Aucun." in the card, shown in place of an empty list (set by links_card).
        self.empty_label: QLabel | None = None
        self.setObjectName("Links")
        self.setMinimumHeight(60)
        self.setMaximumHeight(220)
        # One line per link, elided; the tooltip gives it whole with its flags. Lines as
        # wide as the list (not as their text): elided, never scrolled sideways.
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setItemDelegate(_ViewWideDelegate(self))

    def add_link(self, text: str, item_id: int, tooltip: str = "", tone: str = "") -> None:
        item = QListWidgetItem(text)
        item.setData(LINK_ROLE, item_id)
        item.setToolTip(text + ("\n" + tooltip if tooltip else ""))
        if tone:
            item.setForeground(QColor(look.FLAG_TONES[tone][1]))
        self.addItem(item)

    def current_id(self) -> int | None:
        item = self.currentItem()
        return None if item is None else item.data(LINK_ROLE)

    def ids(self) -> list[int]:
        return [self.item(row).data(LINK_ROLE) for row in range(self.count())]

    def fit(self) -> None:
        """As tall as its lines, up to six; more scroll."""
        rows = min(max(self.count(), 1), 6)
        row_height = self.sizeHintForRow(0) if self.count() else 30
        self.setFixedHeight(rows * row_height + 2 * self.frameWidth() + 6)


class RegisterSection(ListSection, Generic[E]):
    """The list and detail pages of one register. Subclasses fill in the specifics."""

    entity = ""  # "activity" or "processor": the flags' entity
    other_key = ""  # the section of the other register ("processors", "processing")
    edit_button: QPushButton  # the subclass's, made before build_link_cards
    # The whole-entry form dialog: (register, today, clock, entry or None, parent).
    entry_dialog: Callable[..., ActivityDialog | ProcessorDialog]
    id_role = ID_ROLE
    SEARCH_DELAY_MS = 250

    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock: Clock = clock or SystemClock()
        self.today: date | None = None
        self.flags: book.RegisterFlags | None = None
        self.current: E | None = None  # the entry shown on the detail page
        self.active_dialog: QDialog | None = None
        # The open form dialog's details as it opened: what differs is unsaved typing.
        self._dialog_untouched = None
        self.setStyleSheet(look.STYLESHEET)
        self.pages = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self.list_page = self._build_list_page()
        self.detail_page = self._build_detail_page()
        self.pages.addWidget(self.list_page)
        self.pages.addWidget(self.detail_page)
        self._show_state()

    # -- to provide ------------------------------------------------------------------------
    def list_title(self) -> str:
        raise NotImplementedError

    def new_caption(self) -> str:
        raise NotImplementedError

    def make_model(self):
        raise NotImplementedError

    def build_filters(self, row: QHBoxLayout) -> list[QComboBox]:
        raise NotImplementedError

    def fetch_rows(self) -> list:
        raise NotImplementedError

    def empty_texts(self) -> tuple[str, str]:
        raise NotImplementedError

    def flag_kind_filter(self) -> QComboBox:
        raise NotImplementedError

    def fill_detail(self, entry) -> None:
        raise NotImplementedError

    def load_entry(self, reference: str):
        raise NotImplementedError

    def get_entry(self, entry_id: int):
        raise NotImplementedError

    # -- list page ---------------------------------------------------------------------------
    def _build_list_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("SectionPage")
        column = QVBoxLayout(page)
        column.setContentsMargins(28, 24, 28, 20)
        column.setSpacing(14)
        head = self.build_head(self.list_title(), self.new_caption())
        # Excel export and import of this register (issue 7).
        kind = {"activity": "activities", "processor": "processors"}.get(self.entity)
        if kind:
            add_excel_buttons(self, head, export=kind, import_target=kind, before=self.new_button)
        column.addWidget(self.head_bar)

        # The search box, then the filters; under it when one line cannot hold both.
        choices = QWidget()
        row = QHBoxLayout(choices)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Rechercher"))
        self.search.setMinimumWidth(220)
        self.filter_boxes = self.build_filters(row)
        column.addWidget(SplitRow(self.search, choices))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(self.SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(self._debounce.start)
        for box in self.filter_boxes:
            box.currentIndexChanged.connect(self._filter_chosen)

        self.message = InlineMessage()
        column.addWidget(self.message)

        self.model = self.make_model()
        self.table = list_table(self.model, self.list_title(), 38)
        self.chips_delegate = FlagChipsDelegate(self.table)
        self.table.setItemDelegateForColumn(self.model.COLUMNS.index("flags"), self.chips_delegate)
        self.table.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(50)
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)

        heading, body = self.empty_texts()
        self.build_list_stack(
            EmptyPage(self.icon_name, heading, body, self.new_caption(), self.open_new_dialog),
            EmptyPage(
                self.icon_name,
                self.tr("Aucune fiche ne correspond"),
                self.tr("Aucune fiche ne répond à ces critères de recherche et de filtre."),
                self.tr("Effacer les filtres"),
                self.reset_filters,
            ),
        )
        column.addWidget(self.list_stack, 1)
        return page

    def size_columns(
        self, widths: dict[str, str], stretch: str, give_way: tuple[str, ...] = ()
    ) -> None:
        """Each column as wide as a sample text in the current font (a translation or a
        larger font widens them); ``stretch`` takes what is left."""
        metrics = QFontMetrics(self.table.font())
        bold_font = QFont(self.table.font())
        bold_font.setWeight(QFont.Weight.DemiBold)
        bold = QFontMetrics(bold_font)
        header = self.table.horizontalHeader()
        for key, sample in widths.items():
            column = self.model.COLUMNS.index(key)
            # Names are bold, chips are bold pills; headers are bold too.
            if key == "flags":  # "chip|chip": as wide as those pills side by side
                width = FlagChipsDelegate.width_for(self.table.font(), sample.split("|")) - 24
            else:
                width = (bold if key == "name" else metrics).horizontalAdvance(sample)
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            header.resizeSection(column, max(width, bold.horizontalAdvance(title)) + 24)
        # ``stretch`` takes what the others leave; in a narrow window they shrink too,
        # eliding (tooltip), rather than scroll sideways.
        self.columns_fit = FittedColumns(
            self.table,
            self.model.COLUMNS.index(stretch),
            give_way=tuple(self.model.COLUMNS.index(key) for key in give_way),
        )
        self.columns_fit.set_natural()

    def _filter_chosen(self, *_args) -> None:
        self._debounce.stop()
        self.reload()

    def filters_default(self) -> bool:
        return not self.search.text().strip() and all(
            box.currentIndex() == 0 for box in self.filter_boxes
        )

    def reset_filters(self) -> None:
        for widget in (self.search, *self.filter_boxes):
            widget.blockSignals(True)
        self.search.clear()
        for box in self.filter_boxes:
            box.setCurrentIndex(0)
        for widget in (self.search, *self.filter_boxes):
            widget.blockSignals(False)
        self._debounce.stop()
        self.reload()

    @property
    def search_pending(self) -> bool:
        return self._debounce.isActive()

    # -- detail page -------------------------------------------------------------------------
    def _build_detail_page(self) -> QWidget:
        holder = QWidget()
        _scroll, column = scrolling_column(holder, (28, 18, 28, 24), 14)
        self.back_button = add_back_link(column, "‹  " + self.list_title(), self.show_list)
        head = QHBoxLayout()
        head.setSpacing(10)
        self.detail_title = reference_label()
        head.addWidget(self.detail_title)
        self.chips_row = QHBoxLayout()
        self.chips_row.setSpacing(6)
        head.addLayout(self.chips_row)
        head.addStretch(1)
        self.detail_buttons = QHBoxLayout()
        self.detail_buttons.setSpacing(8)
        self.detail_buttons.addWidget(printing.print_button(self.print_entry))
        head.addLayout(self.detail_buttons)
        column.addLayout(head)
        self.detail_summary = label("", "secondary", wrap=True)
        column.addWidget(self.detail_summary)
        self.detail_message = InlineMessage()
        column.addWidget(self.detail_message)

        self.flag_box = QFrame()
        style.set_role(self.flag_box, "flagbox")
        flag_layout = QVBoxLayout(self.flag_box)
        flag_layout.setContentsMargins(14, 10, 14, 10)
        flag_layout.setSpacing(4)
        self.flag_heading = label(self.tr("À regarder"), "section-label")
        flag_layout.addWidget(self.flag_heading)
        self.flag_text = QLabel()
        self.flag_text.setWordWrap(True)
        self.flag_text.setTextFormat(Qt.TextFormat.PlainText)
        flag_layout.addWidget(self.flag_text)
        column.addWidget(self.flag_box)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        self.detail_left = QVBoxLayout()
        self.detail_left.setSpacing(16)
        self.detail_right = QVBoxLayout()
        self.detail_right.setSpacing(16)
        columns.addLayout(self.detail_left, 3)
        columns.addLayout(self.detail_right, 2)
        column.addLayout(columns, 1)

        self.sheet_card = Card()
        self.sheet_card.body.addWidget(label(self.tr("Fiche"), "heading"))
        self.sheet = QFormLayout()
        self._sheet_rows: list[tuple[str, str]] = []
        self.sheet.setHorizontalSpacing(14)
        self.sheet.setVerticalSpacing(8)
        self.sheet.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.sheet_card.body.addLayout(self.sheet)
        self.detail_left.addWidget(self.sheet_card)
        self.detail_left.addStretch(1)
        return holder

    def links_card(
        self, title: str, hint: str, buttons: list[QPushButton]
    ) -> tuple[Card, LinksList]:
        card = Card()
        card.body.addWidget(label(title, "heading"))
        if hint:
            card.body.addWidget(label(hint, "muted", wrap=True))
        links = LinksList()
        links.setAccessibleName(title)  # a screen reader's name, and a printout's heading
        card.body.addWidget(links)
        empty = label(self.tr("Aucun."), "muted")
        card.body.addWidget(empty)
        links.empty_label = empty
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        card.body.addLayout(row)
        return card, links

    def build_link_cards(
        self,
        links: tuple[str, str, str, str],
        transfers: tuple[str, str, str, str],
    ) -> LinksList:
        """The detail page's two link cards: the entries of the other register this one
        is linked to, then the transfers outside Morocco. Each tuple is (title, hint,
        add caption, remove caption), in the subclass's words; returns the first list."""
        title, hint, link_caption, unlink_caption = links
        self.link_button = QPushButton(link_caption)
        self.link_button.clicked.connect(self.open_link_dialog)
        self.unlink_button = QPushButton(unlink_caption)
        self.unlink_button.clicked.connect(self.unlink_selected)
        card, self.other_links = self.links_card(
            title, hint, [self.unlink_button, self.link_button]
        )
        self.other_links.itemActivated.connect(self._open_other)
        self.other_links.currentItemChanged.connect(self._update_link_buttons)
        self.detail_right.addWidget(card)

        title, hint, add_caption, remove_caption = transfers
        self.add_transfer_button = QPushButton(add_caption)
        self.add_transfer_button.clicked.connect(self.open_transfer_dialog)
        self.remove_transfer_button = QPushButton(remove_caption)
        self.remove_transfer_button.clicked.connect(self.remove_selected_transfer)
        card, self.transfer_links = self.links_card(
            title, hint, [self.remove_transfer_button, self.add_transfer_button]
        )
        self.transfer_links.currentItemChanged.connect(self._update_link_buttons)
        self.detail_right.addWidget(card)
        self.detail_right.addStretch(1)
        self._update_link_buttons()
        return self.other_links

    def _open_other(self, item: QListWidgetItem) -> None:
        # The other register's screen opens the entry: main_window.navigate_to calls
        # its show_item("#id").
        self.navigate.emit(self.other_key, f"#{item.data(LINK_ROLE)}")

    def _update_link_buttons(self, *_args: object) -> None:
        current = self.current if self.register is not None else None
        has = current is not None
        self.unlink_button.setEnabled(has and self.other_links.current_id() is not None)
        self.remove_transfer_button.setEnabled(has and self.transfer_links.current_id() is not None)
        self.link_button.setEnabled(has)
        self.add_transfer_button.setEnabled(has)
        self.edit_button.setEnabled(has)
        self.update_entry_buttons(current)

    def update_entry_buttons(self, current: E | None) -> None:
        """The subclass's own buttons of the detail page, for the entry shown (or none)."""

    def fill_transfers(self, entry: E, others: dict) -> None:
        """The transfers of ``entry``, each with the other register's entry it names."""
        self.transfer_links.clear()
        for transfer in entry.transfers:
            other_id = transfer.processor_id if self.entity == "activity" else transfer.activity_id
            other = others.get(other_id) if other_id else None
            text, tooltip, tone = self.transfer_line(transfer, other.name if other else "")
            self.transfer_links.add_link(text, transfer.id, tooltip, tone)
        self.show_links(self.transfer_links)

    def remove_selected_transfer(self) -> None:
        tid = self.transfer_links.current_id()
        if self.register is None or self.current is None or tid is None:
            return
        item = self.transfer_links.currentItem()
        # The transfer leaves the register (the journal keeps that it was removed).
        if not confirm_irreversible(
            self,
            self.tr("Retirer le transfert ?"),
            self.tr(
                "Le transfert « {transfer} » sera retiré du registre ; le journal gardera "
                "la trace de ce retrait."
            ).format(transfer=item.text() if item is not None else ""),
            self.tr("Retirer"),
        ):
            return
        try:
            book.remove_transfer(self.register, tid, clock=self.clock)
        except UserError as error:
            self.detail_message.show_message(error_text(error), "error")
            return
        self.reopen(self.current.id, self.transfer_removed_text())

    # The subclass's actions and words on the links.
    def open_link_dialog(self) -> object:
        raise NotImplementedError

    def unlink_selected(self) -> None:
        raise NotImplementedError

    def open_transfer_dialog(self) -> object:
        raise NotImplementedError

    def transfer_removed_text(self) -> str:
        raise NotImplementedError

    @staticmethod
    def show_links(links: LinksList) -> None:
        links.fit()
        links.setVisible(links.count() > 0)
        if links.empty_label is not None:
            links.empty_label.setVisible(links.count() == 0)

    def set_sheet(self, rows: list[tuple[str, str]]) -> None:
        while self.sheet.rowCount():
            self.sheet.removeRow(0)
        # What the rows show, kept here: read back through the layout's items, each
        # item left PySide6 a wrapper that went stale when the next record's rows
        # replaced them (ui/wrap_row.wrap_long_rows says what that broke).
        self._sheet_rows = [(caption, value or "—") for caption, value in rows]
        for caption, shown in self._sheet_rows:
            text = keep_whole(label(shown, "value", wrap=True))
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.sheet.addRow(label(caption, "secondary"), text)

    def sheet_values(self) -> dict[str, str]:
        return dict(self._sheet_rows)

    def show_flags(self, flags: tuple[RegisterFlag, ...]) -> None:
        while self.chips_row.count():
            item = self.chips_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for text, tone in texts.chips(flags):
            self.chips_row.addWidget(chip_label(text, tone), 0, Qt.AlignmentFlag.AlignVCenter)
        self.flag_text.setText("\n".join("• " + texts.flag_message(f) for f in flags))
        tone = "danger" if any(texts.flag_tone(f.kind) == "danger" for f in flags) else "warning"
        self.flag_box.setProperty("tone", tone)
        style.repolish(self.flag_box)
        self.flag_box.setVisible(bool(flags))

    def transfer_line(self, transfer: Transfer, other: str) -> tuple[str, str, str]:
        """(text, tooltip, tone) of a transfer in a links list."""
        parts = [transfer.country, texts.mechanism(transfer.mechanism)]
        if transfer.derogation:
            parts.append(texts.derogation(transfer.derogation))
        if transfer.reference:
            parts.append(transfer.reference)
        if other:
            parts.append(other)
        flags = self.flags.for_entity("transfer", transfer.id) if self.flags else ()
        tooltip = "\n".join(texts.flag_message(f) for f in flags)
        if transfer.mechanism:
            tooltip = (tooltip + "\n" if tooltip else "") + texts.mechanism_citation(
                transfer.mechanism
            )
        return "  ·  ".join(parts), tooltip, "danger" if flags else ""

    # -- printing ----------------------------------------------------------------------------
    def print_current(self) -> printing.PrintPreview | None:
        """Ctrl+P: the entry open, or the list as shown."""
        if self.pages.currentWidget() is self.detail_page and self.current is not None:
            return self.print_entry()
        return self.print_list()

    def print_entry(self) -> printing.PrintPreview | None:
        """The entry's page on paper: its points to look at, its sheet, its links."""
        if self.register is None or self.current is None:
            return None
        flags = tuple(
            line.removeprefix("• ") for line in self.flag_text.text().splitlines() if line
        )
        lists = tuple(
            (links.accessibleName(), tuple(links.item(i).text() for i in range(links.count())))
            for links in self.findChildren(LinksList)
            if links.accessibleName()
        )
        printout = printing.sheet_printout(
            self.detail_title.text(),
            printing.letterhead(self.register, self.clock),
            subtitle=self.detail_summary.text(),
            flags=flags,
            sheet=tuple(self.sheet_values().items()),
            lists=lists,
        )
        return self.show_preview(printout)

    # -- state -------------------------------------------------------------------------------
    def entry_flags(self, entry_id: int, transfers: list[Transfer]) -> tuple[RegisterFlag, ...]:
        """The entry's own flags, then those of the transfers it owns."""
        if self.flags is None:
            return ()
        own = self.flags.for_entity(self.entity, entry_id)
        for transfer in transfers:
            own += self.flags.for_entity("transfer", transfer.id)
        return own

    def flags_by_id(self) -> dict[int, tuple[RegisterFlag, ...]]:
        if self.flags is None or self.register is None:
            return {}
        transfers = book.all_transfers(self.register)
        key = f"{self.entity}_id"
        out: dict[int, tuple[RegisterFlag, ...]] = {}
        for flag in self.flags.flags:
            if flag.entity == self.entity:
                out[flag.entity_id] = out.get(flag.entity_id, ()) + (flag,)
        by_transfer = {t.id: getattr(t, key) for t in transfers}
        for flag in self.flags.flags:
            if flag.entity == "transfer" and by_transfer.get(flag.entity_id) is not None:
                owner = by_transfer[flag.entity_id]
                out[owner] = out.get(owner, ()) + (flag,)
        return out

    def matches_flag(self, flags: tuple[RegisterFlag, ...]) -> bool:
        wanted = self.flag_kind_filter().currentData()
        if wanted == ALL:
            return True
        if wanted == FLAGGED:
            return bool(flags)
        return any(f.kind == FlagKind(wanted) for f in flags)

    # -- Section -----------------------------------------------------------------------------
    def set_register(self, register) -> None:
        super().set_register(register)
        self.message.clear_message()
        self.pages.setCurrentWidget(self.list_page)
        self.reload()

    def clear(self) -> None:
        """On lock: close dialogs, empty the table, the detail page and the search."""
        if self.active_dialog is not None:
            dialog, self.active_dialog = self.active_dialog, None
            dialog.reject()
        self._debounce.stop()
        self.model.clear()
        self.current = None
        self.flags = None
        self.today = None
        for widget in (self.search, *self.filter_boxes):
            widget.blockSignals(True)
        self.search.clear()  # what was typed may be a name
        for widget in (self.search, *self.filter_boxes):
            widget.blockSignals(False)
        self.message.clear_message()
        self.clear_detail()
        self.pages.setCurrentWidget(self.list_page)
        super().clear()
        self._show_state()

    def clear_detail(self) -> None:
        self.detail_title.clear()
        self.detail_summary.clear()
        self.detail_message.clear_message()
        self.set_sheet([])
        self.show_flags(())
        for links in self.findChildren(LinksList):
            links.clear()

    def reload(self) -> None:
        """Read the register again: flags for today (the clock's), then the list."""
        if self.register is None:
            return
        selected = self.selected_id()
        try:
            self.flags = book.register_flags(self.register, clock=self.clock)
            self.today = self.flags.today
            rows = self.fetch_rows()
            flags = self.flags_by_id()
        except UserError as error:
            self.message.show_message(error_text(error), "error")
            return
        rows = [r for r in rows if self.matches_flag(flags.get(r.id, ()))]
        self.model.set_rows(rows, flags, self.today)
        if selected is not None:
            self.select(selected)
        self._show_state()

    # -- navigation --------------------------------------------------------------------------
    def show_list(self) -> None:
        self.pages.setCurrentWidget(self.list_page)
        self.reload()
        self.table.setFocus()

    def show_item(self, reference: str) -> bool:
        """Open an entry (``"#12"`` or its name), or, for ``"flag:<kind>"``, the list
        filtered on that flag. The main window calls it for ``navigate(key, reference)``.
        """
        if self.register is None:
            return False
        if reference.startswith(FLAG_PREFIX):
            box = self.flag_kind_filter()
            index = box.findData(reference.removeprefix(FLAG_PREFIX))
            if index < 0:
                return False
            for widget in (self.search, *self.filter_boxes):
                widget.blockSignals(True)
            self.search.clear()
            for other in self.filter_boxes:
                other.setCurrentIndex(0)
            box.setCurrentIndex(index)
            for widget in (self.search, *self.filter_boxes):
                widget.blockSignals(False)
            self.pages.setCurrentWidget(self.list_page)
            self.reload()
            return True
        try:
            entry = self.load_entry(reference)
        except UserError as error:
            self.message.show_message(error_text(error), "error")
            self.show_list()
            return False
        self.open_entry(entry)
        return True

    def _open_index(self, index: QModelIndex) -> None:
        if self.register is None or not index.isValid():
            return
        self.open_id(self.model.data(index, ID_ROLE))

    def open_id(self, entry_id: int) -> None:
        try:
            entry = self.get_entry(entry_id)
        except UserError as error:
            self.message.show_message(error_text(error), "error")
            self.reload()
            return
        self.open_entry(entry)

    def open_entry(self, entry) -> None:
        self.current = entry
        self.detail_message.clear_message()
        self.refresh_flags()
        self.fill_detail(entry)
        self.pages.setCurrentWidget(self.detail_page)

    def refresh_flags(self) -> None:
        if self.register is None:
            return
        try:
            self.flags = book.register_flags(self.register, clock=self.clock)
            self.today = self.flags.today
        except UserError as error:
            self.detail_message.show_message(error_text(error), "error")

    def reopen(self, entry_id: int, text: str = "") -> None:
        """After a write: read the list and the entry again (flags may have moved), show
        the entry, say what was done."""
        self.reload()
        self.open_id(entry_id)
        if text:
            self.detail_message.show_message(text, "success")
            self.status_message.emit(text)

    def run_dialog(self, dialog: D, on_done: Callable[[Any], object]) -> D:
        self._dialog_untouched = self._form_details(dialog)
        dialog.saved.connect(on_done)
        dialog.finished.connect(lambda _r, d=dialog: self._dialog_closed(d))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None
        dialog.deleteLater()

    # -- drafts across a lock ----------------------------------------------------------------
    @staticmethod
    def _form_details(dialog: QDialog | None):
        """The details typed in an entry's form dialog (ActivityDialog, ProcessorDialog);
        None for the small dialogs (a transfer, a link) and for a form that cannot say."""
        form = getattr(dialog, "form", None)
        if form is None or not hasattr(form, "details"):
            return None
        try:
            return form.details()
        except (UserError, ValueError):
            return None  # a half-typed value the domain refuses: nothing to compare

    def form_drafts(self) -> list[Draft]:
        dialog = self.active_dialog
        details = self._form_details(dialog)
        if details is None or details == self._dialog_untouched:
            return []
        # The dialogs keep the entry they edit as .activity or .processor (None: new).
        entry = getattr(dialog, "activity", None) or getattr(dialog, "processor", None)
        if entry is None:
            return [
                Draft(self.key, None, self.new_caption(), kind="new", values={"details": details})
            ]
        name = self.tr("{register} — {name}").format(register=self.list_title(), name=entry.name)
        return [Draft(self.key, entry.id, name, values={"details": details}, version=entry.version)]

    def resume_draft(self, draft: Draft) -> str:
        if draft.kind == "new":
            dialog = self.open_new_dialog()
        else:
            try:
                entry = self.get_entry(draft.identity)
            except UserError:
                self.reload()  # the list no longer shows it either
                return self.tr(
                    "{label} n'existe plus dans le registre : les modifications conservées "
                    "sont abandonnées."
                ).format(label=draft.label)
            self.open_entry(entry)
            dialog = self.open_edit_dialog()
            if dialog is not None and entry.version != draft.version:
                dialog.message.show_message(changed_meanwhile_text(), "warning")
        if dialog is None:
            return self.tr("{label} : le formulaire n'a pas pu être rouvert.").format(
                label=draft.label
            )
        # The dialog remembered its untouched details when it opened: this is typing.
        dialog.form.set_details(draft.values["details"], self.today)
        return ""

    # -- the whole-entry form dialog -------------------------------------------------------
    def created_text(self, entry: E) -> str:
        raise NotImplementedError

    def saved_text(self, entry: E) -> str:
        raise NotImplementedError

    def open_new_dialog(self) -> ActivityDialog | ProcessorDialog | None:
        if self.register is None or self.today is None:
            return None
        dialog = self.entry_dialog(self.register, self.today, self.clock, None, self)
        return self.run_dialog(
            dialog, lambda entry: self.reopen(entry.id, self.created_text(entry))
        )

    def open_edit_dialog(self) -> ActivityDialog | ProcessorDialog | None:
        """The current entry's form dialog."""
        if self.register is None or self.current is None or self.today is None:
            return None
        dialog = self.entry_dialog(self.register, self.today, self.clock, self.current, self)
        return self.run_dialog(dialog, lambda entry: self.reopen(entry.id, self.saved_text(entry)))
