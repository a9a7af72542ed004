"""« Traitements concernés »: the activities a rights request or a breach concerns.

A small card the request and breach pages embed. It lists the linked activities, links
another one from the register, and unlinks; each change is one service call
(``records.link_case``), journaled on the activity. Knowing which activities a
breach touches is what its assessment needs (GDPR Art. 33(3)(a): categories of data and
of persons), and an access request is answered from the same register (Art. 15(1)).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from dpo_desk.domain.clock import Clock
from dpo_desk.domain.errors import UserError
from dpo_desk.services import records as book
from dpo_desk.services.read_model import Register
from dpo_desk.ui.i18n import error_text
from dpo_desk.ui.widgets import Card, InlineMessage, label
from dpo_desk.ui.wrap_row import SplitRow

ACTIVITY_ROLE = Qt.ItemDataRole.UserRole


class ActivityPicker(Card):
    """``kind`` is "request" or "breach". ``set_case`` shows a case's links, ``clear``
    forgets them (on lock). ``open_activity`` asks to show an activity (connect it to the
    section's ``navigate`` as ``navigate.emit("processing", f"#{id}")``)."""

    changed = Signal()
    open_activity = Signal(int)

    def __init__(self, kind: str, parent=None) -> None:
        super().__init__(parent)
        assert kind in ("request", "breach")
        self.kind = kind
        self.register: Register | None = None
        self.case_id: int | None = None
        self.clock: Clock | None = None
        self.body.addWidget(label(self.tr("Traitements concernés"), "heading"))
        self.list = QListWidget()
        self.list.setObjectName("Links")
        self.list.setMaximumHeight(140)
        self.list.itemActivated.connect(self._activated)
        self.list.currentItemChanged.connect(self._update_buttons)
        self.body.addWidget(self.list)
        self.none_label = label(self.tr("Aucun traitement rattaché."), "muted")
        self.body.addWidget(self.none_label)
        self.message = InlineMessage()
        self.body.addWidget(self.message)
        # The list, then its two buttons; under it when the card is narrow (the request's
        # page at 1180 px): the page never scrolls sideways.
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Traitement à rattacher"))
        self.choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.choice.setMinimumContentsLength(14)
        row.addStretch(1)
        self.link_button = QPushButton(self.tr("Rattacher"))
        self.link_button.clicked.connect(self.link_selected)
        row.addWidget(self.link_button)
        self.unlink_button = QPushButton(self.tr("Détacher"))
        self.unlink_button.clicked.connect(self.unlink_selected)
        row.addWidget(self.unlink_button)
        self.body.addWidget(SplitRow(self.choice, buttons, spacing=8, line_spacing=8))
        self.clear()

    def set_case(self, register: Register, case_id: int, *, clock: Clock | None = None) -> None:
        self.register, self.case_id, self.clock = register, case_id, clock
        self.message.clear_message()
        self.reload()

    def clear(self) -> None:
        self.register = None
        self.case_id = None
        self.list.clear()
        self.choice.clear()
        self.message.clear_message()
        self._update_buttons()
        self.none_label.show()
        self.list.hide()

    def reload(self) -> None:
        self.list.clear()
        self.choice.clear()
        if self.register is None or self.case_id is None:
            return
        try:
            linked = book.activities_for_case(self.register, self.kind, self.case_id)
            every = book.all_activities(self.register)
        except UserError as error:
            self.message.show_message(error_text(error), "error")
            return
        for activity in linked:
            item = QListWidgetItem(activity.name)
            item.setData(ACTIVITY_ROLE, activity.id)
            item.setToolTip(self.tr("Double-cliquez pour ouvrir la fiche du traitement"))
            self.list.addItem(item)
        ids = {a.id for a in linked}
        for activity in every:
            if activity.id not in ids:
                self.choice.addItem(activity.name, activity.id)
                # The closed box cuts a long name (in Arabic, at its start): the full
                # name stays readable in the list and as a tooltip.
                self.choice.setItemData(
                    self.choice.count() - 1, activity.name, Qt.ItemDataRole.ToolTipRole
                )
        view = self.choice.view()
        view.setMinimumWidth(min(view.sizeHintForColumn(0) + 24, 640))
        self.list.setVisible(bool(linked))
        self.none_label.setVisible(not linked)
        self._update_buttons()

    def linked_ids(self) -> list[int]:
        return [self.list.item(r).data(ACTIVITY_ROLE) for r in range(self.list.count())]

    def _update_buttons(self, *_args) -> None:
        ready = self.register is not None and self.case_id is not None
        self.link_button.setEnabled(ready and self.choice.count() > 0)
        self.choice.setEnabled(ready and self.choice.count() > 0)
        self.unlink_button.setEnabled(ready and self.list.currentItem() is not None)

    def link_selected(self) -> None:
        activity_id = self.choice.currentData()
        if activity_id is not None:
            self._change(int(activity_id), True)

    def unlink_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._change(int(item.data(ACTIVITY_ROLE)), False)

    def _change(self, activity_id: int, linked: bool) -> None:
        if self.register is None or self.case_id is None:
            return
        self.message.clear_message()
        try:
            book.link_case(
                self.register, self.kind, self.case_id, activity_id, linked=linked, clock=self.clock
            )
        except UserError as error:
            self.message.show_message(error_text(error), "error")
            return
        self.reload()
        self.changed.emit()

    def _activated(self, item: QListWidgetItem) -> None:
        self.open_activity.emit(int(item.data(ACTIVITY_ROLE)))
