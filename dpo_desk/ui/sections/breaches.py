"""Violations: the breach register (GDPR Art. 33(5)), with the live 72-hour countdown
of Art. 33(1), and the guided form of each breach."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.breaches import BreachIncident, BreachStatus
from dpo_desk.domain.clock import Clock, SystemClock, organisation_zone
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.services import breaches as breach_service
from dpo_desk.services.read_model import BreachFilter, Register
from dpo_desk.ui.breaches import look, texts
from dpo_desk.ui.breaches.detail import BreachDetail
from dpo_desk.ui.breaches.dialogs import NewBreachDialog
from dpo_desk.ui.breaches.model import (
    COLUMN_KEYS,
    DEADLINE_COLUMN,
    BreachTableModel,
    PillDelegate,
)
from dpo_desk.ui.drafts import read_values, write_values
from dpo_desk.ui.exchange.actions import add_excel_buttons
from dpo_desk.ui.sections.cases import NEW_CASE_KEYS, CaseSection, CaseWords
from dpo_desk.ui.sections.listing import EmptyPage, FittedColumns, list_table
from dpo_desk.ui.widgets import InlineMessage, label
from dpo_desk.ui.wrap_row import SplitRow

OPEN = "open"
ALL = "all"

# What each column must show unclipped, measured in the current font; the title takes
# what is left.
COLUMN_SAMPLES = {
    "reference": ("VIO-2026-0000", True),
    "status": ("Communiquée", True),
    "aware": ("00/00/0000 00:00", False),
    "deadline": ("00/00/0000 00:00", False),
    "countdown": ("notifiée le 00/00/0000 00:00", False),
    "risk": ("Peu probable", True),
    "notified": ("Non (décision)", False),
}
# The stylesheet's 8 px each side, the style's own text margins, and some air.
CELL_PADDING = 27
PILL_PADDING = 8
# As the requests' search box (ui/requests/filters.py): the list is read again once the
# DPO stops typing, not on every key.
SEARCH_DELAY_MS = 250


class BreachesSection(CaseSection):
    key = "breaches"
    icon_name = "breaches"
    words = CaseWords(
        context="BreachesSection",
        draft=QT_TRANSLATE_NOOP("BreachesSection", "Violation {reference}"),
        new_draft=QT_TRANSLATE_NOOP("BreachesSection", "Nouvelle violation"),
        reopen_failed=QT_TRANSLATE_NOOP(
            "BreachesSection", "Le formulaire de nouvelle violation n'a pas pu être rouvert."
        ),
        gone=QT_TRANSLATE_NOOP(
            "BreachesSection",
            "{label} n'existe plus dans le registre : les modifications conservées "
            "sont abandonnées.",
        ),
        closed=QT_TRANSLATE_NOOP(
            "BreachesSection",
            "{label} a été clôturée entre-temps : les modifications conservées ne "
            "peuvent plus être appliquées.",
        ),
    )

    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock: Clock = clock or SystemClock()
        self.zone: tzinfo = organisation_zone()
        self.setStyleSheet(look.STYLESHEET)

        self.pages = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self.list_page = self._build_list_page()
        self.detail = BreachDetail(self.clock)
        self.detail.setObjectName("SectionPage")
        self.detail.back_requested.connect(self.show_list)
        self.detail.changed.connect(self._case_changed)
        self.detail.status_message.connect(self.status_message)
        self.model.ticked.connect(self.detail.update_clock)
        self.pages.addWidget(self.list_page)
        self.pages.addWidget(self.detail)
        self._show_state()

    def _build_list_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("SectionPage")
        column = QVBoxLayout(page)
        column.setContentsMargins(28, 24, 28, 20)
        column.setSpacing(14)

        head = self.build_head(self.tr("Violations de données"), self.tr("Nouvelle violation"))
        self.new_button.setToolTip(
            self.tr("Enregistrer une violation dès qu'elle est connue ({keys})").format(
                keys=NEW_CASE_KEYS.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        add_excel_buttons(self, head, export="breaches", before=self.new_button)
        column.addWidget(self.head_bar)
        column.addWidget(
            label(
                # The list mixes regimes: each rule is named with its instrument, and
                # Law 09-08's (which has no breach duty) as the organisation's policy.
                self.tr(
                    "Chaque violation est inscrite au registre des violations, notifiée ou "
                    "non (article 33(5) du RGPD ; sous la seule loi 09-08, politique "
                    "interne). Le délai de 72 heures court depuis la prise de "
                    "connaissance, légal sous le RGPD, politique interne sous la loi "
                    "09-08 : vert au-delà de 24 h, orange en deçà, rouge sous 6 h."
                ),
                "secondary",
                wrap=True,
            )
        )

        column.addWidget(self._build_filters())
        self.message = InlineMessage()
        column.addWidget(self.message)

        self.model = BreachTableModel(self, clock=self.clock)
        self.table = list_table(self.model, self.tr("Liste des violations"), 38)
        self.pill_delegate = PillDelegate(self.table)
        for key in ("status", "countdown", "risk"):
            self.table.setItemDelegateForColumn(COLUMN_KEYS.index(key), self.pill_delegate)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # The title takes what the other columns leave; in a narrow window they shrink
        # too, eliding (tooltip), rather than scroll sideways.
        self.columns_fit = FittedColumns(
            self.table,
            COLUMN_KEYS.index("title"),
            give_way=tuple(COLUMN_KEYS.index(k) for k in ("risk", "notified")),
            # Shown on the breach's page: hidden before a clock or a date is cut.
            hide_first=(COLUMN_KEYS.index("notified"),),
            keep=tuple(COLUMN_KEYS.index(k) for k in ("reference", "aware", "deadline")),
        )
        self._size_columns()
        header = self.table.horizontalHeader()
        header.setSortIndicator(DEADLINE_COLUMN, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)
        self._build_empty_states()
        column.addWidget(self.list_stack, 1)
        return page

    def _build_filters(self) -> SplitRow:
        # The search box, then the choices; under it when one line cannot hold both.
        choices = QWidget()
        filters = QHBoxLayout(choices)
        filters.setContentsMargins(0, 0, 0, 0)
        filters.setSpacing(10)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Rechercher : référence, intitulé…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Rechercher une violation"))
        self.search.setMinimumWidth(220)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._filters_changed)
        self.search.textChanged.connect(self._search_timer.start)
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Violations affichées"))
        self.scope.addItem(self.tr("Ouvertes seulement"), OPEN)
        self.scope.addItem(self.tr("Toutes, y compris clôturées"), ALL)
        filters.addWidget(self.scope)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Statut"))
        self.status.addItem(self.tr("Tous les statuts"), ALL)
        for status in BreachStatus:
            self.status.addItem(texts.status_label(status), str(status))
        filters.addWidget(self.status)
        self.scope.currentIndexChanged.connect(self._choice_changed)
        self.status.currentIndexChanged.connect(self._choice_changed)
        return SplitRow(self.search, choices)

    def _choice_changed(self) -> None:
        # A choice in a list is deliberate: apply it at once, with any pending search.
        self._search_timer.stop()
        self._filters_changed()

    @property
    def search_pending(self) -> bool:
        return self._search_timer.isActive()

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        plain = self.table.fontMetrics()
        bold_font = self.table.font()
        bold_font.setWeight(QFont.Weight.DemiBold)
        bold = QFontMetrics(bold_font)
        for key, (sample, is_bold) in COLUMN_SAMPLES.items():
            metrics = bold if is_bold else plain
            padding = CELL_PADDING + (PILL_PADDING if key in ("status", "countdown", "risk") else 0)
            width = max(
                metrics.horizontalAdvance(sample),
                metrics.horizontalAdvance(self.model.column_title(key)),
            )
            header.resizeSection(COLUMN_KEYS.index(key), width + padding)
        # The least the title keeps in a narrow window: a few words of what happened.
        title_room = plain.horizontalAdvance("Courriel mal adressé") + CELL_PADDING
        header.resizeSection(COLUMN_KEYS.index("title"), title_room)
        header.setMinimumSectionSize(FittedColumns.FLOOR)
        header.setStretchLastSection(False)
        self.columns_fit.set_natural()

    def _build_empty_states(self) -> None:
        self.build_list_stack(
            EmptyPage(
                "breaches",
                self.tr("Aucune violation enregistrée"),
                self.tr(
                    "Dès qu'un incident touche des données personnelles, enregistrez-le ici : "
                    "DPO Desk lance le compte à rebours de 72 heures pour notifier l'autorité "
                    "et vous guide pas à pas jusqu'à la clôture."
                ),
                self.tr("Nouvelle violation"),
                self.open_new_dialog,
            ),
            EmptyPage(
                "breaches",
                self.tr("Aucune violation ne correspond"),
                self.tr(
                    "Aucune violation ouverte ne répond à ce filtre : les violations "
                    "clôturées restent consultables sous « Toutes »."
                ),
                self.tr("Afficher toutes les violations"),
                self.show_all,
            ),
        )

    def title(self) -> str:
        return self.tr("Violations")

    # -- Section -------------------------------------------------------------------------
    def load_source(self, register: Register) -> None:
        self.zone = breach_service.organisation_timezone(register)
        self.model.set_source(register, self.current_filter(), self.zone)

    def clear(self) -> None:
        """On lock: close the dialog, stop the clock, empty the model and the breach page."""
        self.close_new_dialog()
        self.detail.clear()
        self.model.clear()
        self._clear_search()  # a title may name a person or a client
        self.message.clear_message()
        self.pages.setCurrentWidget(self.list_page)
        super().clear()
        self._show_state()

    @property
    def active_dialog(self) -> QDialog | None:
        return self.new_dialog

    # -- list ----------------------------------------------------------------------------
    def current_filter(self) -> BreachFilter:
        status = self.status.currentData()
        return BreachFilter(
            open_only=self.scope.currentData() == OPEN,
            statuses=frozenset() if status == ALL else frozenset({BreachStatus(status)}),
            search=self.search.text().strip(),
        )

    def _clear_search(self) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._search_timer.stop()

    def show_all(self) -> None:
        """Every breach, closed ones included, whatever was typed in the search."""
        self._clear_search()
        for combo in (self.scope, self.status):
            combo.blockSignals(True)
        self.scope.setCurrentIndex(self.scope.findData(ALL))
        self.status.setCurrentIndex(0)
        for combo in (self.scope, self.status):
            combo.blockSignals(False)
        self._filters_changed()

    def is_default_filter(self) -> bool:
        return (
            self.scope.currentData() == OPEN
            and self.status.currentData() == ALL
            and not self.search.text().strip()
        )

    def _sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        # Only the deadline sorts: another header keeps the indicator on the deadline.
        if column != DEADLINE_COLUMN:
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(
                DEADLINE_COLUMN,
                Qt.SortOrder.DescendingOrder
                if self.model.descending
                else Qt.SortOrder.AscendingOrder,
            )
            header.blockSignals(False)

    def count_text(self, count: int) -> str:
        if count == 1:
            return self.tr("1 violation")
        return self.tr("{count} violations").format(count=texts.format_count(count))

    def filters_default(self) -> bool:
        # Even the default filter hides the closed breaches: an empty list is an empty
        # register only when the register has none at all.
        return False

    def has_any(self) -> bool:
        if self.register is None:
            return False
        return breach_service.count_breaches(self.register, BreachFilter()) > 0

    def unhide(self, case: BreachIncident) -> bool:
        if self.is_default_filter() and case.status is not BreachStatus.CLOSED:
            return False
        self.show_all()
        return True

    # -- public --------------------------------------------------------------------------
    def reload_model(self) -> None:
        self.model.reload()

    def show_breach(self, reference: str) -> bool:
        """Open a breach by its reference (from the dashboard); False if unknown."""
        return self.show_case(reference)

    # The main window opens an item of a section through ``show_request`` (duck-typed):
    # the same call opens a breach.
    show_request = show_breach

    def print_current(self):
        """Ctrl+P: the breach open, or the list as shown."""
        if self.pages.currentWidget() is self.detail:
            return self.detail.print_summary()
        return self.print_list()

    # -- detail --------------------------------------------------------------------------
    def find_case(self, register: Register, reference: str) -> BreachIncident:
        return breach_service.find_breach(register, reference)

    def get_case(self, register: Register, case_id: int) -> BreachIncident:
        return breach_service.get_breach(register, case_id)

    def open_case(self, case: BreachIncident, step: str | None = None) -> None:
        assert self.register is not None
        self.detail.show_breach(self.register, case, self.zone, step=step)
        self.pages.setCurrentWidget(self.detail)

    def detail_case(self) -> BreachIncident | None:
        return self.detail.breach

    def is_closed(self, case: BreachIncident) -> bool:
        return not case.is_open

    # -- new breach ----------------------------------------------------------------------
    def make_new_dialog(self) -> NewBreachDialog | None:
        if self.register is None:
            return None
        dialog = NewBreachDialog(self.register, self.zone, self.clock, self)
        dialog.recorded.connect(self.created)
        return dialog

    def new_values(self, dialog: QDialog) -> dict:
        return read_values({"new": dialog})

    def write_new_values(self, dialog: QDialog, values: dict) -> None:
        write_values({"new": dialog}, values)

    def created(self, breach: BreachIncident) -> None:
        self.model.reload()
        self.reveal(breach)
        self._show_state()
        # Straight on to step 2: the form goes on in the order of Art. 33(3).
        self.open_case(breach, step="nature")
        self.status_message.emit(
            self.tr(
                "Violation {reference} enregistrée — notification au plus tard le {date}."
            ).format(
                reference=breach.reference,
                date=texts.format_instant_long(breach.notify_by, self.zone),
            )
        )
