"""The contract between the main window and each screen of its side navigation."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from dpo_desk.storage.database import Register
from dpo_desk.ui.widgets import EmptyState


class Section(QWidget):
    """One entry of the side navigation.

    The main window calls :meth:`set_register` after every unlock and :meth:`clear`
    before every lock. A subclass loads its data in ``set_register`` and, in
    ``clear``, drops every model row, field value and cached object that came from
    the register: a locked window keeps no decrypted data. Both call ``super()``.

    Class attributes: ``key`` is a stable identifier (navigation, tests), ``icon_name``
    an entry of :mod:`dpo_desk.ui.icons`. :meth:`title` is translated at call time.
    """

    key: str = ""
    icon_name: str = "dashboard"

    #: a short message for the window's status bar ("Organisation enregistrée.")
    status_message = Signal(str)
    #: ask the window to show another section, and in it one item (a request's
    #: reference), or just the section when the reference is empty
    navigate = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._register: Register | None = None

    def title(self) -> str:
        raise NotImplementedError

    @property
    def register(self) -> Register | None:
        return self._register

    def set_register(self, register: Register) -> None:
        self._register = register

    def clear(self) -> None:
        self._register = None


class EmptySection(Section):
    """A section whose screen a later issue builds: says what will appear, shows no data."""

    def __init__(
        self,
        key: str,
        icon_name: str,
        title: str,
        heading: str,
        body: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = key
        self.icon_name = icon_name
        self._title = title
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.empty_state = EmptyState(icon_name, heading, body)
        layout.addWidget(self.empty_state)

    def title(self) -> str:
        return self._title
