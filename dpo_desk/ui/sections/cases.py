"""What the two case screens share (Demandes, Violations): the list, a case's page, the
new-case dialog, the drafts kept across a lock, and Ctrl+N for a new case.

A case is a rights request or a breach. Each screen says how to read its cases from the
register (``find_case``, ``get_case``), how to open one on its page (``open_case``), and
its own words; the flow between the list, the page and the dialog is written here once.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QStackedWidget, QWidget

from dpo_desk.domain.errors import UserError
from dpo_desk.services.read_model import Register
from dpo_desk.ui.drafts import Draft, changed_meanwhile_text
from dpo_desk.ui.i18n import error_text
from dpo_desk.ui.sections.listing import ListSection

NEW_CASE_KEYS = QKeySequence("Ctrl+N")


class CaseWords(NamedTuple):
    """What a case screen says about the drafts it keeps across a lock.

    Message ids marked with ``QT_TRANSLATE_NOOP`` in the screen's own context (its class
    name, as its ``self.tr`` uses): the two screens say the same French sentences, but
    each catalogue holds them under its screen.
    """

    context: str
    draft: str  # a case's draft: "{reference}"
    new_draft: str
    reopen_failed: str
    gone: str  # "{label}": the case left the register meanwhile
    closed: str  # "{label}": the case was closed meanwhile


class CaseSection(ListSection):
    """The list page and the case page of one kind of case.

    The subclass builds ``pages``, ``list_page`` and ``detail`` (the case's page: ``clear``,
    ``reload``, ``unsaved_values``, ``restore_values``, ``message``, ``active_dialog``).
    """

    pages: QStackedWidget
    list_page: QWidget
    detail: Any  # RequestDetail or BreachDetail
    words: CaseWords

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new_dialog: QDialog | None = None
        # The new-case form as it opened: typing differs from it.
        self._new_untouched: dict | None = None

    # -- to provide ------------------------------------------------------------------------
    def load_source(self, register: Register) -> None:
        """Point the model at the register (the organisation's zone, today)."""
        raise NotImplementedError

    def reload_model(self) -> None:
        """Read the list again, as of now."""
        raise NotImplementedError

    def current_filter(self) -> object:
        raise NotImplementedError

    def unhide(self, case: Any) -> bool:
        """Clear the filters that hide ``case``; False if none did."""
        raise NotImplementedError

    def find_case(self, register: Register, reference: str) -> Any:
        raise NotImplementedError

    def get_case(self, register: Register, case_id: int) -> Any:
        raise NotImplementedError

    def open_case(self, case: Any) -> None:
        raise NotImplementedError

    def detail_case(self) -> Any:
        """The case on the page, or None."""
        raise NotImplementedError

    def is_closed(self, case: Any) -> bool:
        raise NotImplementedError

    def make_new_dialog(self) -> QDialog | None:
        """The new-case dialog, its ``recorded`` signal connected to ``created``; None
        when the register cannot take a case yet."""
        raise NotImplementedError

    def new_values(self, dialog: QDialog) -> dict:
        """What is typed in the new-case dialog (ui/drafts.py)."""
        raise NotImplementedError

    def write_new_values(self, dialog: QDialog, values: dict) -> None:
        raise NotImplementedError

    def created(self, case: Any) -> None:
        raise NotImplementedError

    # The screen's words about its drafts, in its own translation context.
    def draft_label(self, case: Any) -> str:
        return self._say(self.words.draft).format(reference=case.reference)

    def new_draft_label(self) -> str:
        return self._say(self.words.new_draft)

    def reopen_failed_text(self) -> str:
        return self._say(self.words.reopen_failed)

    def gone_text(self, label: str) -> str:
        return self._say(self.words.gone).format(label=label)

    def closed_text(self, label: str) -> str:
        return self._say(self.words.closed).format(label=label)

    def _say(self, text: str) -> str:
        return QCoreApplication.translate(self.words.context, text)

    # -- Section ---------------------------------------------------------------------------
    def set_register(self, register: Register) -> None:
        super().set_register(register)
        self.message.clear_message()
        try:
            self.load_source(register)
        except UserError as error:
            self.message.show_message(error_text(error), "error")
        self.pages.setCurrentWidget(self.list_page)
        self._show_state()

    def close_new_dialog(self) -> None:
        if self.new_dialog is not None:
            dialog, self.new_dialog = self.new_dialog, None
            dialog.reject()

    # -- list ------------------------------------------------------------------------------
    def _filters_changed(self) -> None:
        if self.register is None:
            return
        try:
            self.model.set_filter(self.current_filter())
        except UserError as error:
            self.message.show_message(error_text(error), "error")
        self._show_state()

    def reveal(self, case: Any) -> bool:
        """Select a case, clearing the filters first if they hide it."""
        if self.select(case.id, centred=True):
            return True
        return self.unhide(case) and self.select(case.id, centred=True)

    def refresh(self) -> None:
        """Read the register again (today may have changed), keeping the selection."""
        if self.register is None:
            return
        selected = self.selected_id()
        try:
            self.reload_model()
        except UserError as error:
            self.message.show_message(error_text(error), "error")
            return
        if selected is not None:
            self.select(selected, centred=True)
        if self.on_detail_page() and self.detail_case() is not None:
            self.detail.reload()
        self._show_state()

    def show_case(self, reference: str) -> bool:
        """Open a case by its reference (the dashboard's links); False if unknown."""
        if self.register is None:
            return False
        try:
            case = self.find_case(self.register, reference)
        except UserError as error:
            self.message.show_message(error_text(error), "error")
            self.show_list()
            return False
        self.reveal(case)
        self.open_case(case)
        return True

    def on_detail_page(self) -> bool:
        return self.pages.currentWidget() is self.detail

    def show_list(self) -> None:
        self.pages.setCurrentWidget(self.list_page)
        self.table.setFocus()

    # -- the case's page -------------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        if self.register is None or not index.isValid():
            return
        try:
            case = self.get_case(self.register, self.model.data(index, self.id_role))
        except UserError as error:
            self.message.show_message(error_text(error), "error")
            self.model.reload()
            self._show_state()
            return
        self.open_case(case)

    def _case_changed(self, case: Any) -> None:
        # A step may move the case out of the filter (answered, in "Ouvertes"):
        # count again, then keep it selected if it is still listed.
        try:
            self.model.reload()
        except UserError as error:
            self.message.show_message(error_text(error), "error")
        self.select(case.id, centred=True)
        self._show_state()

    # -- new case --------------------------------------------------------------------------
    def open_new_dialog(self) -> QDialog | None:
        if self.new_dialog is not None:
            self.new_dialog.raise_()
            self.new_dialog.activateWindow()
            return self.new_dialog
        dialog = self.make_new_dialog()
        if dialog is None:
            return None
        self._new_untouched = self.new_values(dialog)
        dialog.finished.connect(lambda _result, d=dialog: self._new_dialog_closed(d))
        self.new_dialog = dialog
        dialog.open()
        return dialog

    def _new_dialog_closed(self, dialog: QDialog) -> None:
        if self.new_dialog is dialog:
            self.new_dialog = None
        dialog.deleteLater()

    # -- drafts across a lock --------------------------------------------------------------
    def form_drafts(self) -> list[Draft]:
        drafts = []
        case = self.detail_case()
        if self.on_detail_page() and case is not None:
            values = self.detail.unsaved_values()
            if values is not None:
                label = self.draft_label(case)
                drafts.append(Draft(self.key, case.id, label, values=values, version=case.version))
        if self.new_dialog is not None:
            values = self.new_values(self.new_dialog)
            if values != self._new_untouched:
                drafts.append(
                    Draft(self.key, None, self.new_draft_label(), kind="new", values=values)
                )
        return drafts

    def resume_draft(self, draft: Draft) -> str:
        if draft.kind == "new":
            dialog = self.open_new_dialog()
            if dialog is None:
                return self.reopen_failed_text()
            self.write_new_values(dialog, draft.values)
            return ""
        assert self.register is not None  # drafts are offered back after an unlock
        try:
            case = self.get_case(self.register, draft.identity)
        except UserError:
            self.refresh()  # the list no longer shows it either
            return self.gone_text(draft.label)
        if self.is_closed(case):
            return self.closed_text(draft.label)
        self.reveal(case)
        self.open_case(case)
        self.detail.restore_values(draft.values)
        if case.version != draft.version:
            self.detail.message.show_message(changed_meanwhile_text(), "warning")
        return ""

    # -- Ctrl+N inside the section ---------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # Ctrl+N is the window's "new item", which here is a new case too: handled here
        # first, so that the section works the same without a window (tests).
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
    def _is_new_keys(event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent):
            return False
        return QKeySequence(event.keyCombination()) == NEW_CASE_KEYS
