"""The contract between the main window and each screen of its side navigation."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QBoxLayout, QScrollArea, QVBoxLayout, QWidget

from dpo_desk.services.read_model import Register
from dpo_desk.ui.drafts import Draft, DraftBanner


def scrolling_column(
    owner: QWidget, margins: tuple[int, int, int, int], spacing: int
) -> tuple[QScrollArea, QVBoxLayout]:
    """Fill ``owner`` with a frameless scroll area over one page (``SectionPage``, the
    sections' background); give back the area and the page's column."""
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.setSpacing(0)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    outer.addWidget(scroll)
    page = QWidget()
    page.setObjectName("SectionPage")
    scroll.setWidget(page)
    column = QVBoxLayout(page)
    column.setContentsMargins(*margins)
    column.setSpacing(spacing)
    return scroll, column


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
        # Drafts offered back after an unlock, each with its banner, until answered.
        self._offered: list[tuple[Draft, DraftBanner | None]] = []

    def title(self) -> str:
        raise NotImplementedError

    # -- Ctrl+N: the window's "new item" -------------------------------------------------
    def new_item_text(self) -> str:
        """What Ctrl+N creates here, as the File menu says it ("Nouvelle demande"); ""
        where it creates nothing (the dashboard, the journal, the settings)."""
        return ""

    def new_item(self) -> object:
        """Open the form of a new item; the window calls it only if new_item_text()."""
        return None

    @property
    def register(self) -> Register | None:
        return self._register

    def set_register(self, register: Register) -> None:
        self._register = register

    def clear(self) -> None:
        self._register = None
        # A draft offered but not answered stays a draft (take_drafts gives it to the
        # window at the next lock); only its banner goes, with the label it shows.
        for banner in self.draft_banners:
            self._close_banner(banner)
        self._offered = [(draft, None) for draft, _banner in self._offered]

    # -- drafts kept across a lock (ui/drafts.py) ---------------------------------------
    def form_drafts(self) -> list[Draft]:
        """What is typed and not saved in this section's forms (a page, a dialog).
        Subclasses with a form override it; the window calls it (through take_drafts)
        before clear()."""
        return []

    def resume_draft(self, draft: Draft) -> str:
        """Reopen the draft's item (or the new-item form) and refill it; the form is then
        edited, nothing is saved. Returns "" or why it could not be done."""
        return ""

    def take_drafts(self) -> list[Draft]:
        """Hand over every unsaved draft: those still offered and the form's own."""
        drafts = [draft for draft, _banner in self._offered]
        for banner in self.draft_banners:
            self._close_banner(banner)
        self._offered = []
        return drafts + self.form_drafts()

    def offer_draft(self, draft: Draft) -> DraftBanner:
        """Show a banner at the top of the section: Reprendre or Abandonner."""
        banner = DraftBanner(draft, self)
        banner.resume.connect(lambda _d, b=banner: self._resume_offered(b))
        banner.discard.connect(lambda _d, b=banner: self._drop_offered(b))
        layout = self.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(len(self.draft_banners) - 1, banner)  # under the others
        banner.show()
        self._offered.append((draft, banner))
        return banner

    @property
    def draft_banners(self) -> list[DraftBanner]:
        """The banners showing now (a failure stays until closed)."""
        return self.findChildren(DraftBanner)

    @property
    def offered_drafts(self) -> list[Draft]:
        return [draft for draft, _banner in self._offered]

    def _forget_offered(self, banner: DraftBanner) -> Draft | None:
        for index, (draft, shown) in enumerate(self._offered):
            if shown is banner:
                del self._offered[index]
                return draft
        return None

    def _resume_offered(self, banner: DraftBanner) -> None:
        draft = self._forget_offered(banner)
        if draft is None or self.register is None:
            return
        problem = self.resume_draft(draft)
        if problem:
            # Nothing is kept: the banner says why, until the user closes it.
            banner.show_failure(problem)
            return
        self._close_banner(banner)

    def _drop_offered(self, banner: DraftBanner) -> None:
        self._forget_offered(banner)
        self._close_banner(banner)

    def _close_banner(self, banner: DraftBanner) -> None:
        banner.hide()
        banner.setParent(None)
        banner.deleteLater()
