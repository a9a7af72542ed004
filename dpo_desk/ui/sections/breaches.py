"""Violations: the breach register (GDPR Art. 33(5)), with the live 72-hour countdown
of Art. 33(1), and the guided form of each breach."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.breaches import BreachIncident, BreachStatus
from dpo_desk.domain.clock import Clock, SystemClock, organisation_zone
from dpo_desk.domain.errors import UserError
from dpo_desk.services import breaches as breach_service
from dpo_desk.services.read_model import BreachFilter, Register
from dpo_desk.ui import icons, style
from dpo_desk.ui.breaches import look, texts
from dpo_desk.ui.breaches.detail import BreachDetail
from dpo_desk.ui.breaches.dialogs import NewBreachDialog
from dpo_desk.ui.breaches.model import (
    COLUMN_KEYS,
    DEADLINE_COLUMN,
    ID_ROLE,
    BreachTableModel,
    PillDelegate,
)
from dpo_desk.ui.drafts import Draft, changed_meanwhile_text, read_values, write_values
from dpo_desk.ui.exchange.actions import add_excel_buttons
from dpo_desk.ui.i18n import error_text
from dpo_desk.ui.sections.base import Section
from dpo_desk.ui.widgets import EmptyState, InlineMessage, label

NEW_BREACH_KEYS = QKeySequence("Ctrl+N")

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
TITLE_MIN_WIDTH = 160


class BreachesSection(Section):
    key = "breaches"
    icon_name = "breaches"

    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock: Clock = clock or SystemClock()
        self.zone: tzinfo = organisation_zone()
        self.new_dialog: NewBreachDialog | None = None
        # The new-breach form as it opened (now, 09-08): typing differs from it.
        self._new_untouched: dict | None = None
        self.setStyleSheet(look.STYLESHEET)

        self.pages = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self.list_page = self._build_list_page()
        self.detail = BreachDetail(self.clock)
        self.detail.setObjectName("SectionPage")
        self.detail.back_requested.connect(self.show_list)
        self.detail.changed.connect(self._breach_changed)
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

        head = QHBoxLayout()
        head.setSpacing(14)
        head.addWidget(label(self.tr("Violations de données"), "title"))
        self.count_label = label("", "count")
        head.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        head.addStretch(1)
        self.new_button = QPushButton(icons.icon("new", "white"), self.tr("Nouvelle violation"))
        style.set_role(self.new_button, "primary")
        self.new_button.setToolTip(
            self.tr("Enregistrer une violation dès qu'elle est connue ({keys})").format(
                keys=NEW_BREACH_KEYS.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.new_button.clicked.connect(self.open_new_dialog)
        head.addWidget(self.new_button)
        add_excel_buttons(self, head, export="breaches", before=self.new_button)
        column.addLayout(head)
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

        filters = QHBoxLayout()
        filters.setSpacing(10)
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
        filters.addStretch(1)
        self.scope.currentIndexChanged.connect(self._filters_changed)
        self.status.currentIndexChanged.connect(self._filters_changed)
        column.addLayout(filters)
        self.message = InlineMessage()
        column.addWidget(self.message)

        self.model = BreachTableModel(self, clock=self.clock)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.pill_delegate = PillDelegate(self.table)
        for key in ("status", "countdown", "risk"):
            self.table.setItemDelegateForColumn(COLUMN_KEYS.index(key), self.pill_delegate)
        self.table.setAccessibleName(self.tr("Liste des violations"))
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
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(38)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
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
        header.setMinimumSectionSize(60)
        header.setStretchLastSection(False)
        self.table.viewport().installEventFilter(self)
        header.setSortIndicator(DEADLINE_COLUMN, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)

        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.empty_register = self._empty_page(
            self.tr("Aucune violation enregistrée"),
            self.tr(
                "Dès qu'un incident touche des données personnelles, enregistrez-le ici : "
                "DPO Desk lance le compte à rebours de 72 heures pour notifier l'autorité "
                "et vous guide pas à pas jusqu'à la clôture."
            ),
            self.tr("Nouvelle violation"),
            self.open_new_dialog,
        )
        self.empty_filter = self._empty_page(
            self.tr("Aucune violation ne correspond"),
            self.tr(
                "Aucune violation ouverte ne répond à ce filtre : les violations "
                "clôturées restent consultables sous « Toutes »."
            ),
            self.tr("Afficher toutes les violations"),
            self.show_all,
        )
        self.list_stack.addWidget(self.empty_register)
        self.list_stack.addWidget(self.empty_filter)
        column.addWidget(self.list_stack, 1)
        return page

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 — Qt override
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_title()
        return super().eventFilter(watched, event)

    def _fit_title(self) -> None:
        """The title takes the room the other columns leave, never less than a few words:
        a narrow window scrolls sideways rather than hiding what the breach is."""
        header = self.table.horizontalHeader()
        title = COLUMN_KEYS.index("title")
        others = sum(header.sectionSize(i) for i in range(len(COLUMN_KEYS)) if i != title)
        header.resizeSection(title, max(TITLE_MIN_WIDTH, self.table.viewport().width() - others))

    @staticmethod
    def _empty_page(heading: str, body: str, action: str, slot) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        state = EmptyState("breaches", heading, body)
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
        return self.tr("Violations")

    # -- Section -------------------------------------------------------------------------
    def set_register(self, register: Register) -> None:
        super().set_register(register)
        self.message.clear_message()
        try:
            self.zone = breach_service.organisation_timezone(register)
            self.model.set_source(register, self.current_filter(), self.zone)
        except UserError as error:
            self.message.show_message(error_text(error), "error")
        self.pages.setCurrentWidget(self.list_page)
        self._show_state()

    def clear(self) -> None:
        """On lock: close the dialog, stop the clock, empty the model and the breach page."""
        if self.new_dialog is not None:
            dialog, self.new_dialog = self.new_dialog, None
            dialog.reject()
        self.detail.clear()
        self.model.clear()
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
        )

    def _filters_changed(self) -> None:
        if self.register is None:
            return
        try:
            self.model.set_filter(self.current_filter())
        except UserError as error:
            self.message.show_message(error_text(error), "error")
        self._show_state()

    def show_all(self) -> None:
        for combo in (self.scope, self.status):
            combo.blockSignals(True)
        self.scope.setCurrentIndex(self.scope.findData(ALL))
        self.status.setCurrentIndex(0)
        for combo in (self.scope, self.status):
            combo.blockSignals(False)
        self._filters_changed()

    def is_default_filter(self) -> bool:
        return self.scope.currentData() == OPEN and self.status.currentData() == ALL

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

    def _show_state(self) -> None:
        count = self.model.rowCount()
        if self.register is None:
            self.count_label.setText("")
        elif count == 1:
            self.count_label.setText(self.tr("1 violation"))
        else:
            self.count_label.setText(
                self.tr("{count} violations").format(count=texts.format_count(count))
            )
        if count:
            self.list_stack.setCurrentWidget(self.table)
        elif self.register is None or not self._has_any():
            self.list_stack.setCurrentWidget(self.empty_register)
        else:
            self.list_stack.setCurrentWidget(self.empty_filter)
        self.new_button.setEnabled(self.register is not None)
        self.empty_register.action_button.setEnabled(self.register is not None)

    def _has_any(self) -> bool:
        if self.register is None:
            return False
        return breach_service.count_breaches(self.register, BreachFilter()) > 0

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.data(index, ID_ROLE)

    def select_breach(self, breach_id: int) -> bool:
        row = self.model.find_row(breach_id)
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

    def _reveal(self, breach: BreachIncident) -> bool:
        if self.select_breach(breach.id):
            return True
        if not self.is_default_filter() or breach.status is BreachStatus.CLOSED:
            self.show_all()
            return self.select_breach(breach.id)
        return False

    # -- public --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the register again, keeping the selection."""
        if self.register is None:
            return
        selected = self.selected_id()
        try:
            self.model.reload()
        except UserError as error:
            self.message.show_message(error_text(error), "error")
            return
        if selected is not None:
            self.select_breach(selected)
        if self.pages.currentWidget() is self.detail:
            self.detail.reload()
        self._show_state()

    def show_breach(self, reference: str) -> bool:
        """Open a breach by its reference (from the dashboard); False if unknown."""
        if self.register is None:
            return False
        try:
            breach = breach_service.find_breach(self.register, reference)
        except UserError as error:
            self.message.show_message(error_text(error), "error")
            self.show_list()
            return False
        self._reveal(breach)
        self._open(breach)
        return True

    # The main window opens an item of a section through ``show_request`` (duck-typed):
    # the same call opens a breach.
    show_request = show_breach

    def show_list(self) -> None:
        self.pages.setCurrentWidget(self.list_page)
        self.table.setFocus()

    # -- detail --------------------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        if self.register is None or not index.isValid():
            return
        try:
            breach = breach_service.get_breach(self.register, self.model.data(index, ID_ROLE))
        except UserError as error:
            self.message.show_message(error_text(error), "error")
            self.model.reload()
            self._show_state()
            return
        self._open(breach)

    def _open(self, breach: BreachIncident, step: str | None = None) -> None:
        assert self.register is not None
        self.detail.show_breach(self.register, breach, self.zone, step=step)
        self.pages.setCurrentWidget(self.detail)

    def _breach_changed(self, breach: BreachIncident) -> None:
        try:
            self.model.reload()
        except UserError as error:
            self.message.show_message(error_text(error), "error")
        self.select_breach(breach.id)
        self._show_state()

    # -- new breach ----------------------------------------------------------------------
    def open_new_dialog(self) -> NewBreachDialog | None:
        if self.register is None:
            return None
        if self.new_dialog is not None:
            self.new_dialog.raise_()
            self.new_dialog.activateWindow()
            return self.new_dialog
        dialog = NewBreachDialog(self.register, self.zone, self.clock, self)
        self._new_untouched = read_values({"new": dialog})
        dialog.done.connect(self._created)
        dialog.finished.connect(lambda _result, d=dialog: self._new_dialog_closed(d))
        self.new_dialog = dialog
        dialog.open()
        return dialog

    def _new_dialog_closed(self, dialog: NewBreachDialog) -> None:
        if self.new_dialog is dialog:
            self.new_dialog = None
        dialog.deleteLater()

    def _created(self, breach: BreachIncident) -> None:
        self.model.reload()
        self._reveal(breach)
        self._show_state()
        # Straight on to step 2: the form goes on in the order of Art. 33(3).
        self._open(breach, step="nature")
        self.status_message.emit(
            self.tr(
                "Violation {reference} enregistrée — notification au plus tard le {date}."
            ).format(
                reference=breach.reference,
                date=texts.format_instant_long(breach.notify_by, self.zone),
            )
        )

    # -- drafts across a lock --------------------------------------------------------------
    def form_drafts(self) -> list[Draft]:
        drafts = []
        if self.pages.currentWidget() is self.detail and self.detail.breach is not None:
            values = self.detail.unsaved_values()
            if values is not None:
                breach = self.detail.breach
                drafts.append(
                    Draft(
                        self.key,
                        breach.id,
                        self.tr("Violation {reference}").format(reference=breach.reference),
                        values=values,
                        version=breach.version,
                    )
                )
        if self.new_dialog is not None:
            values = read_values({"new": self.new_dialog})
            if values != self._new_untouched:
                drafts.append(
                    Draft(self.key, None, self.tr("Nouvelle violation"), kind="new", values=values)
                )
        return drafts

    def resume_draft(self, draft: Draft) -> str:
        if draft.kind == "new":
            dialog = self.open_new_dialog()
            if dialog is None:
                return self.tr("Le formulaire de nouvelle violation n'a pas pu être rouvert.")
            write_values({"new": dialog}, draft.values)
            return ""
        try:
            breach = breach_service.get_breach(self.register, draft.identity)
        except UserError:
            self.refresh()  # the list no longer shows it either
            return self.tr(
                "{label} n'existe plus dans le registre : les modifications conservées "
                "sont abandonnées."
            ).format(label=draft.label)
        if not breach.is_open:
            return self.tr(
                "{label} a été clôturée entre-temps : les modifications conservées ne "
                "peuvent plus être appliquées."
            ).format(label=draft.label)
        self._reveal(breach)
        self._open(breach)
        self.detail.restore_values(draft.values)
        if breach.version != draft.version:
            self.detail.message.show_message(changed_meanwhile_text(), "warning")
        return ""

    # -- Ctrl+N inside the section -------------------------------------------------------
    def event(self, event: QEvent) -> bool:
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
        return QKeySequence(event.keyCombination()) == NEW_BREACH_KEYS
