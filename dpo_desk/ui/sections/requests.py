"""Demandes: the register of rights requests, its deadlines, and the work on each one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QDialog, QStackedWidget, QVBoxLayout, QWidget

from dpo_desk.domain.clock import Clock, SystemClock
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.domain.requests.model import RightsRequest
from dpo_desk.domain.requests.workflow import RequestStatus
from dpo_desk.services import requests as request_service
from dpo_desk.services.read_model import Register, RequestFilter
from dpo_desk.ui.drafts import read_values, write_values
from dpo_desk.ui.exchange.actions import add_excel_buttons
from dpo_desk.ui.requests import look, texts
from dpo_desk.ui.requests.dialogs import NewRequestDialog
from dpo_desk.ui.requests.filters import PRESET_PREFIX, FilterBar
from dpo_desk.ui.requests.model import (
    COLUMN_KEYS,
    RequestTableModel,
    StatusChipDelegate,
)
from dpo_desk.ui.sections.cases import NEW_CASE_KEYS, CaseSection, CaseWords
from dpo_desk.ui.sections.listing import EmptyPage, FittedColumns, list_table
from dpo_desk.ui.sections.request_detail import RequestDetail
from dpo_desk.ui.widgets import InlineMessage

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


class RequestsSection(CaseSection):
    key = "requests"
    icon_name = "requests"
    words = CaseWords(
        context="RequestsSection",
        draft=QT_TRANSLATE_NOOP("RequestsSection", "Demande {reference}"),
        new_draft=QT_TRANSLATE_NOOP("RequestsSection", "Nouvelle demande"),
        reopen_failed=QT_TRANSLATE_NOOP(
            "RequestsSection", "Le formulaire de nouvelle demande n'a pas pu être rouvert."
        ),
        gone=QT_TRANSLATE_NOOP(
            "RequestsSection",
            "{label} n'existe plus dans le registre : les modifications conservées "
            "sont abandonnées.",
        ),
        closed=QT_TRANSLATE_NOOP(
            "RequestsSection",
            "{label} a été clôturée entre-temps : les modifications conservées ne "
            "peuvent plus être appliquées.",
        ),
    )

    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock: Clock = clock or SystemClock()
        self._timezone = ""
        self._today: date | None = None
        self.setStyleSheet(look.STYLESHEET)

        self.pages = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self.list_page = self._build_list_page()
        self.detail = RequestDetail()
        self.detail.back_requested.connect(self.show_list)
        self.detail.changed.connect(self._case_changed)
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

        head = self.build_head(self.tr("Demandes"), self.tr("Nouvelle demande"))
        self.new_button.setToolTip(
            self.tr("Enregistrer une demande reçue ({keys})").format(
                keys=NEW_CASE_KEYS.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        add_excel_buttons(
            self, head, export="requests", import_target="requests", before=self.new_button
        )
        column.addWidget(self.head_bar)

        self.filters = FilterBar()
        self.filters.changed.connect(self._filters_changed)
        column.addWidget(self.filters)
        self.message = InlineMessage()
        column.addWidget(self.message)

        self.model = RequestTableModel(self)
        self.table = list_table(self.model, self.tr("Liste des demandes"), 36)
        self.status_delegate = StatusChipDelegate(self.table)
        self.table.setItemDelegateForColumn(COLUMN_KEYS.index("status"), self.status_delegate)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # The requester takes what the other columns leave; in a narrow window they
        # shrink too, eliding (tooltip), rather than scroll sideways.
        self.columns_fit = FittedColumns(
            self.table,
            COLUMN_KEYS.index("requester"),
            # The regime is one short label ("Loi 09-08", "RGPD") that says which law
            # governs the case: cut to "Loi 0…" it said nothing, so it does not give way.
            give_way=tuple(COLUMN_KEYS.index(k) for k in ("rights", "assignee")),
            # Shown on the request's page: hidden before a date or a status is cut.
            hide_first=tuple(COLUMN_KEYS.index(k) for k in ("assignee", "received")),
            keep=tuple(COLUMN_KEYS.index(k) for k in ("reference", "due")),
        )
        self._size_columns()
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)

        self.build_list_stack(
            EmptyPage(
                "requests",
                self.tr("Aucune demande pour l'instant"),
                self.tr(
                    "Enregistrez ici chaque demande d'accès, de rectification, d'effacement ou "
                    "d'opposition dès sa réception : DPO Desk calcule son échéance légale et "
                    "vous la rappelle."
                ),
                self.tr("Nouvelle demande"),
                self.open_new_dialog,
            ),
            EmptyPage(
                "requests",
                self.tr("Aucune demande ne correspond"),
                self.tr("Aucune demande ne répond à ces critères de recherche et de filtre."),
                self.tr("Effacer les filtres"),
                self.filters.reset,
            ),
        )
        column.addWidget(self.list_stack, 1)
        return page

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        plain = self.table.fontMetrics()
        bold_font = self.table.font()
        bold_font.setWeight(QFont.Weight.DemiBold)
        bold = QFontMetrics(bold_font)
        for key, (sample, is_bold) in COLUMN_SAMPLES.items():
            metrics = bold if is_bold else plain
            padding = CELL_PADDING + (20 if key == "status" else 0)  # the chip's own margins
            samples = [sample] + (texts.regime_cell_texts() if key == "regimes" else [])
            width = max(metrics.horizontalAdvance(text) for text in samples)
            # The header's title too, and its sort arrow: "Reçue le" read "Reçue l".
            title = str(self.model.headerData(COLUMN_KEYS.index(key), Qt.Orientation.Horizontal))
            width = max(width + padding, bold.horizontalAdvance(title) + CELL_PADDING + 16)
            header.resizeSection(COLUMN_KEYS.index(key), width)
        header.setMinimumSectionSize(FittedColumns.FLOOR)
        self.columns_fit.set_natural()
        header.setSortIndicator(COLUMN_KEYS.index("due"), Qt.SortOrder.AscendingOrder)

    def title(self) -> str:
        return self.tr("Demandes")

    # -- Section -------------------------------------------------------------------------
    def load_source(self, register: Register) -> None:
        context = request_service.load_context(register)
        self._timezone = context.timezone
        self._today = context.today(self.clock)
        self.model.set_source(register, self.current_filter(), self._today)

    def clear(self) -> None:
        """On lock: close the dialogs, empty the model, the detail page and the search."""
        self.close_new_dialog()
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
    def current_filter(self) -> RequestFilter:
        flt = self.model.filter
        return self.filters.request_filter(self._today, sort=flt.sort, descending=flt.descending)

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

    def count_text(self, count: int) -> str:
        if count == 1:
            return self.tr("1 demande")
        return self.tr("{count} demandes").format(count=texts.format_count(count))

    def filters_default(self) -> bool:
        # The list opens on the open requests: only "Tous les statuts" with nothing else
        # lets every request through, so that an empty list is an empty register.
        return self.filters.shows_all()

    def has_any(self) -> bool:
        if self.register is None:
            return False
        return request_service.count_requests(self.register, RequestFilter()) > 0

    def unhide(self, case: RightsRequest) -> bool:
        if self.filters.shows_all():
            return False
        self.filters.reset()
        return True

    # -- public --------------------------------------------------------------------------
    def reload_model(self) -> None:
        assert self.register is not None
        self._today = request_service.load_context(self.register).today(self.clock)
        self.model.set_today(self._today)
        flt = self.current_filter()  # "en retard" is relative to today
        if flt != self.model.filter:
            self.model.set_filter(flt)
        else:
            self.model.reload()

    def show_request(self, reference: str) -> bool:
        """Open a request by its reference (the dashboard's "open" link), or, for
        ``"preset:<key>"`` (a dashboard card), the list showing what the card counts.
        False if unknown."""
        if reference.startswith(PRESET_PREFIX):
            if self.register is None:
                return False
            shown = self.filters.apply_preset(reference.removeprefix(PRESET_PREFIX))
            self.show_list()
            return shown
        return self.show_case(reference)

    def print_current(self):
        """Ctrl+P: the request open, or the list as shown."""
        if self.pages.currentWidget() is self.detail:
            return self.detail.print_summary()
        return self.print_list()

    # -- detail --------------------------------------------------------------------------
    def find_case(self, register: Register, reference: str) -> RightsRequest:
        return request_service.find_request(register, reference)

    def get_case(self, register: Register, case_id: int) -> RightsRequest:
        return request_service.get_request(register, case_id)

    def open_case(self, case: RightsRequest) -> None:
        assert self.register is not None and self._today is not None
        self.detail.show_request(
            self.register, case, today=self._today, timezone=self._timezone, clock=self.clock
        )
        self.pages.setCurrentWidget(self.detail)

    def detail_case(self) -> RightsRequest | None:
        return self.detail.request

    def is_closed(self, case: RightsRequest) -> bool:
        return case.status is RequestStatus.CLOSED

    # -- new request ---------------------------------------------------------------------
    def make_new_dialog(self) -> NewRequestDialog | None:
        if self.register is None or self._today is None:
            return None
        dialog = NewRequestDialog(self.register, self._today, self.clock, self)
        dialog.recorded.connect(self.created)
        return dialog

    def new_values(self, dialog: QDialog) -> dict:
        assert isinstance(dialog, NewRequestDialog)
        return read_values(dialog.fields.widgets())

    def write_new_values(self, dialog: QDialog, values: dict) -> None:
        assert isinstance(dialog, NewRequestDialog)
        write_values(dialog.fields.widgets(), values)

    def created(self, request: RightsRequest) -> None:
        self.pages.setCurrentWidget(self.list_page)
        self.model.reload()
        self.reveal(request)
        self._show_state()
        self.status_message.emit(
            self.tr("Demande {reference} enregistrée — échéance le {date}.").format(
                reference=request.reference, date=texts.format_date(request.due_on)
            )
        )
