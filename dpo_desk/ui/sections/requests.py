"""Demandes: the register of rights requests, its deadlines, and the work on each one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.clock import Clock, SystemClock
from dpo_desk.domain.errors import UserError
from dpo_desk.domain.requests.model import RightsRequest
from dpo_desk.domain.requests.workflow import RequestStatus
from dpo_desk.services import requests as request_service
from dpo_desk.services.read_model import Register, RequestFilter
from dpo_desk.ui import icons, style
from dpo_desk.ui.drafts import Draft, changed_meanwhile_text, read_values, write_values
from dpo_desk.ui.exchange.actions import add_excel_buttons
from dpo_desk.ui.i18n import error_text
from dpo_desk.ui.requests import look, texts
from dpo_desk.ui.requests.detail import RequestDetail
from dpo_desk.ui.requests.dialogs import NewRequestDialog
from dpo_desk.ui.requests.filters import FilterBar
from dpo_desk.ui.requests.model import (
    COLUMN_KEYS,
    ID_ROLE,
    RequestTableModel,
    StatusChipDelegate,
)
from dpo_desk.ui.sections.base import Section
from dpo_desk.ui.widgets import EmptyState, InlineMessage, label

NEW_REQUEST_KEYS = QKeySequence("Ctrl+N")

# What each column must show unclipped, measured in the current font (a translation or
# a larger system font widens them); the last column takes what is left, and a narrow
# window scrolls sideways rather than cutting a reference or a date.
COLUMN_SAMPLES = {
    "reference": ("DSR-2026-00000", True),
    "requester": ("Fatima Zahra El Alaoui", False),
    "rights": ("Accès, Portabilité", False),
    "regimes": ("09-08 + RGPD", False),
    "status": ("Identité demandée", True),
    "received": ("00/00/0000", False),
    "due": ("00/00/0000", False),
    "countdown": ("échéance aujourd'hui", True),
    "assignee": ("Suivie par", True),
}
CELL_PADDING = 22  # the stylesheet's 8 px each side, and some air


class RequestsSection(Section):
    key = "requests"
    icon_name = "requests"

    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock: Clock = clock or SystemClock()
        self._timezone = ""
        self._today: date | None = None
        self.new_dialog: NewRequestDialog | None = None
        # The new-request form as it opened (today's date, 09-08): typing differs from it.
        self._new_untouched: dict | None = None
        self.setStyleSheet(look.STYLESHEET)

        self.pages = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self.list_page = self._build_list_page()
        self.detail = RequestDetail()
        self.detail.back_requested.connect(self.show_list)
        self.detail.changed.connect(self._request_changed)
        self.detail.status_message.connect(self.status_message)
        # The "Traitements concernés" list opens an activity in its own section.
        self.detail.navigate.connect(self.navigate)
        self.pages.addWidget(self.list_page)
        self.pages.addWidget(self.detail)
        self._show_state()

    def _build_list_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("SectionPage")
        column = QVBoxLayout(page)
        column.setContentsMargins(28, 24, 28, 20)
        column.setSpacing(14)

        head = QHBoxLayout()
        head.setSpacing(14)
        head.addWidget(label(self.tr("Demandes"), "title"))
        self.count_label = label("", "count")
        head.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        head.addStretch(1)
        self.new_button = QPushButton(icons.icon("new", "white"), self.tr("Nouvelle demande"))
        style.set_role(self.new_button, "primary")
        self.new_button.setToolTip(
            self.tr("Enregistrer une demande reçue ({keys})").format(
                keys=NEW_REQUEST_KEYS.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.new_button.clicked.connect(self.open_new_dialog)
        head.addWidget(self.new_button)
        add_excel_buttons(
            self, head, export="requests", import_target="requests", before=self.new_button
        )
        column.addLayout(head)

        self.filters = FilterBar()
        self.filters.changed.connect(self._filters_changed)
        column.addWidget(self.filters)
        self.message = InlineMessage()
        column.addWidget(self.message)

        self.model = RequestTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.status_delegate = StatusChipDelegate(self.table)
        self.table.setItemDelegateForColumn(COLUMN_KEYS.index("status"), self.status_delegate)
        self.table.setAccessibleName(self.tr("Liste des demandes"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.table.verticalHeader()
        vertical.hide()
        # Fixed heights: the view never measures 100,000 rows to lay them out.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(36)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        plain = self.table.fontMetrics()
        bold_font = self.table.font()
        bold_font.setWeight(QFont.Weight.DemiBold)
        bold = QFontMetrics(bold_font)
        for key, (sample, is_bold) in COLUMN_SAMPLES.items():
            metrics = bold if is_bold else plain
            padding = CELL_PADDING + (20 if key == "status" else 0)  # the chip's own margins
            samples = [sample] + (texts.regime_cell_texts() if key == "regimes" else [])
            width = max(metrics.horizontalAdvance(text) for text in samples)
            header.resizeSection(COLUMN_KEYS.index(key), width + padding)
        header.setMinimumSectionSize(60)
        header.setSortIndicator(COLUMN_KEYS.index("due"), Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)

        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.empty_register = self._empty_page(
            self.tr("Aucune demande pour l'instant"),
            self.tr(
                "Enregistrez ici chaque demande d'accès, de rectification, d'effacement ou "
                "d'opposition dès sa réception : DPO Desk calcule son échéance légale et "
                "vous la rappelle."
            ),
            self.tr("Nouvelle demande"),
            self.open_new_dialog,
        )
        self.empty_filter = self._empty_page(
            self.tr("Aucune demande ne correspond"),
            self.tr("Aucune demande ne répond à ces critères de recherche et de filtre."),
            self.tr("Effacer les filtres"),
            self.filters.reset,
        )
        self.list_stack.addWidget(self.empty_register)
        self.list_stack.addWidget(self.empty_filter)
        column.addWidget(self.list_stack, 1)
        return page

    @staticmethod
    def _empty_page(heading: str, body: str, action: str, slot) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        state = EmptyState("requests", heading, body)
        layout.addWidget(state, 1)
        button = QPushButton(action)
        button.clicked.connect(slot)
        state.layout().insertWidget(
            state.layout().count() - 1, button, 0, Qt.AlignmentFlag.AlignHCenter
        )
        page.action_button = button
        page.state = state
        return page

    def title(self) -> str:
        return self.tr("Demandes")

    # -- Section -------------------------------------------------------------------------
    def set_register(self, register: Register) -> None:
        super().set_register(register)
        self.message.clear_message()
        try:
            context = request_service.load_context(register)
            self._timezone = context.timezone
            self._today = context.today(self.clock)
            self.model.set_source(register, self._current_filter(), self._today)
        except UserError as error:
            self.message.show_message(error_text(error), "error")
        self.pages.setCurrentWidget(self.list_page)
        self._show_state()

    def clear(self) -> None:
        """On lock: close the dialogs, empty the model, the detail page and the search."""
        if self.new_dialog is not None:
            dialog, self.new_dialog = self.new_dialog, None
            dialog.reject()
        self.detail.clear()
        self.model.clear()
        self.filters.clear_search()
        self.message.clear_message()
        self._today = None
        self.pages.setCurrentWidget(self.list_page)
        super().clear()
        self._show_state()

    @property
    def active_dialog(self) -> QDialog | None:
        return self.new_dialog or self.detail.active_dialog

    # -- list ----------------------------------------------------------------------------
    def _current_filter(self) -> RequestFilter:
        flt = self.model.filter
        return self.filters.request_filter(self._today, sort=flt.sort, descending=flt.descending)

    def _filters_changed(self) -> None:
        if self.register is None:
            return
        try:
            self.model.set_filter(self._current_filter())
        except UserError as error:
            self.message.show_message(error_text(error), "error")
        self._show_state()

    def _sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        # A column that cannot sort (the regimes) keeps the indicator where the sort is.
        if self.model.sort_key(column) is None:
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(
                self.model.column_of_sort(self.model.filter.sort),
                Qt.SortOrder.DescendingOrder
                if self.model.filter.descending
                else Qt.SortOrder.AscendingOrder,
            )
            header.blockSignals(False)

    def _show_state(self) -> None:
        count = self.model.rowCount()
        if self.register is None:
            self.count_label.setText("")
        elif count == 1:
            self.count_label.setText(self.tr("1 demande"))
        else:
            self.count_label.setText(
                self.tr("{count} demandes").format(count=texts.format_count(count))
            )
        if count:
            self.list_stack.setCurrentWidget(self.table)
        elif self.register is None or self.filters.is_default() or not self._has_any():
            self.list_stack.setCurrentWidget(self.empty_register)
        else:
            self.list_stack.setCurrentWidget(self.empty_filter)
        self.new_button.setEnabled(self.register is not None)
        self.empty_register.action_button.setEnabled(self.register is not None)

    def _has_any(self) -> bool:
        if self.register is None:
            return False
        return request_service.count_requests(self.register, RequestFilter()) > 0

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.data(index, ID_ROLE)

    def select_request(self, request_id: int) -> bool:
        """Select a request's row (scrolled into view); False if the filter hides it."""
        row = self.model.find_row(request_id)
        if row is None:
            self.table.clearSelection()
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _reveal(self, request: RightsRequest) -> bool:
        """Select a request, clearing the filters first if they hide it."""
        if self.select_request(request.id):
            return True
        if not self.filters.is_default():
            self.filters.reset()
            return self.select_request(request.id)
        return False

    # -- public --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the register again (today may have changed), keeping the selection."""
        if self.register is None:
            return
        selected = self.selected_id()
        try:
            self._today = request_service.load_context(self.register).today(self.clock)
            self.model.set_today(self._today)
            flt = self._current_filter()  # "en retard" is relative to today
            if flt != self.model.filter:
                self.model.set_filter(flt)
            else:
                self.model.reload()
        except UserError as error:
            self.message.show_message(error_text(error), "error")
            return
        if selected is not None:
            self.select_request(selected)
        if self.pages.currentWidget() is self.detail and self.detail.request is not None:
            self.detail.reload()
        self._show_state()

    def show_request(self, reference: str) -> bool:
        """Open a request by its reference (the dashboard's "open" link); False if unknown."""
        if self.register is None:
            return False
        try:
            request = request_service.find_request(self.register, reference)
        except UserError as error:
            self.message.show_message(error_text(error), "error")
            self.show_list()
            return False
        self._reveal(request)
        self._open(request)
        return True

    def show_list(self) -> None:
        self.pages.setCurrentWidget(self.list_page)
        self.table.setFocus()

    # -- detail --------------------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        if self.register is None or not index.isValid():
            return
        try:
            request = request_service.get_request(self.register, self.model.data(index, ID_ROLE))
        except UserError as error:
            self.message.show_message(error_text(error), "error")
            self.model.reload()
            self._show_state()
            return
        self._open(request)

    def _open(self, request: RightsRequest) -> None:
        assert self.register is not None and self._today is not None
        self.detail.show_request(
            self.register, request, today=self._today, timezone=self._timezone, clock=self.clock
        )
        self.pages.setCurrentWidget(self.detail)

    def _request_changed(self, request: RightsRequest) -> None:
        # A step may move the request out of the filter (answered, in "Ouvertes"):
        # count again, then keep it selected if it is still listed.
        try:
            self.model.reload()
        except UserError as error:
            self.message.show_message(error_text(error), "error")
        self.select_request(request.id)
        self._show_state()

    # -- new request ---------------------------------------------------------------------
    def open_new_dialog(self) -> NewRequestDialog | None:
        if self.register is None or self._today is None:
            return None
        if self.new_dialog is not None:
            self.new_dialog.raise_()
            self.new_dialog.activateWindow()
            return self.new_dialog
        dialog = NewRequestDialog(self.register, self._today, self.clock, self)
        self._new_untouched = read_values(dialog.fields.widgets())
        dialog.done.connect(self._created)
        dialog.finished.connect(lambda _result, d=dialog: self._new_dialog_closed(d))
        self.new_dialog = dialog
        dialog.open()
        return dialog

    def _new_dialog_closed(self, dialog: NewRequestDialog) -> None:
        if self.new_dialog is dialog:
            self.new_dialog = None
        dialog.deleteLater()

    def _created(self, request: RightsRequest) -> None:
        self.pages.setCurrentWidget(self.list_page)
        self.model.reload()
        self._reveal(request)
        self._show_state()
        self.status_message.emit(
            self.tr("Demande {reference} enregistrée — échéance le {date}.").format(
                reference=request.reference, date=texts.format_date(request.due_on)
            )
        )

    # -- drafts across a lock --------------------------------------------------------------
    def form_drafts(self) -> list[Draft]:
        drafts = []
        if self.pages.currentWidget() is self.detail and self.detail.request is not None:
            values = self.detail.unsaved_values()
            if values is not None:
                request = self.detail.request
                drafts.append(
                    Draft(
                        self.key,
                        request.id,
                        self.tr("Demande {reference}").format(reference=request.reference),
                        values=values,
                        version=request.version,
                    )
                )
        if self.new_dialog is not None:
            values = read_values(self.new_dialog.fields.widgets())
            if values != self._new_untouched:
                drafts.append(
                    Draft(self.key, None, self.tr("Nouvelle demande"), kind="new", values=values)
                )
        return drafts

    def resume_draft(self, draft: Draft) -> str:
        if draft.kind == "new":
            dialog = self.open_new_dialog()
            if dialog is None:
                return self.tr("Le formulaire de nouvelle demande n'a pas pu être rouvert.")
            write_values(dialog.fields.widgets(), draft.values)
            return ""
        try:
            request = request_service.get_request(self.register, draft.identity)
        except UserError:
            self.refresh()  # the list no longer shows it either
            return self.tr(
                "{label} n'existe plus dans le registre : les modifications conservées "
                "sont abandonnées."
            ).format(label=draft.label)
        if request.status is RequestStatus.CLOSED:
            return self.tr(
                "{label} a été clôturée entre-temps : les modifications conservées ne "
                "peuvent plus être appliquées."
            ).format(label=draft.label)
        self._reveal(request)
        self._open(request)
        self.detail.restore_values(draft.values)
        if request.version != draft.version:
            self.detail.message.show_message(changed_meanwhile_text(), "warning")
        return ""

    # -- Ctrl+N inside the section -------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # Ctrl+N is also the window's "Nouveau registre". Inside this section it means a
        # new request: claim the key before the window's shortcut sees it.
        if event.type() == QEvent.Type.ShortcutOverride and self._is_new_keys(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 — Qt override
        if self._is_new_keys(event):
            self.open_new_dialog()
            event.accept()
            return
        super().keyPressEvent(event)

    @staticmethod
    def _is_new_keys(event) -> bool:
        if not isinstance(event, QKeyEvent):
            return False
        return QKeySequence(event.keyCombination()) == NEW_REQUEST_KEYS
