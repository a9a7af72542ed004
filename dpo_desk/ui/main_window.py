"""The main window: side navigation over the sections, the lock screen, the File menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from dpo_desk.domain.errors import UserError
from dpo_desk.domain.organisation import Organisation
from dpo_desk.security.keystore import Keystore
from dpo_desk.services import maintenance, register_file
from dpo_desk.services.preferences import Preferences
from dpo_desk.services.read_model import Register
from dpo_desk.ui import clipboard, i18n, icons, style
from dpo_desk.ui.breach_alerts import BreachAlerts
from dpo_desk.ui.i18n import error_text
from dpo_desk.ui.idle import IdleWatcher
from dpo_desk.ui.reminders import Reminders
from dpo_desk.ui.screen_lock import ScreenLockWatcher
from dpo_desk.ui.sections import Section, SectionEntry, entry_for, section_entries
from dpo_desk.ui.session import FileClaim, Opened
from dpo_desk.ui.unlock_dialog import UnlockDialog, UnlockForm
from dpo_desk.ui.widgets import Card, ElidedLabel, busy
from dpo_desk.ui.workers import RegisterTask, is_busy, run_task, wait_for

SECTION_KEY_ROLE = Qt.ItemDataRole.UserRole


class LockState(QWidget):
    """The status bar's lock indicator: an icon and a word, never colour alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 0, 12, 0)
        layout.setSpacing(6)
        self.icon = QLabel()
        self.icon.setFixedSize(16, 16)
        self.icon.setScaledContents(True)
        self.text = QLabel()
        layout.addWidget(self.icon)
        layout.addWidget(self.text)

    def show_state(self, unlocked: bool) -> None:
        if unlocked:
            self.icon.setPixmap(icons.pixmap("unlock", style.SUCCESS, 32))
            self.text.setText(self.tr("Déverrouillé"))
        else:
            self.icon.setPixmap(icons.pixmap("lock", style.TEXT_SECONDARY, 32))
            self.text.setText(self.tr("Verrouillé"))


class MainWindow(QMainWindow):
    """One window per open register file.

    The window holds the file's lock (``Opened.claim``) for as long as it shows the
    file, locked or not, and lets it go when it closes.
    """

    locked = Signal()
    unlocked = Signal()
    new_requested = Signal()
    open_requested = Signal()
    quit_requested = Signal()
    open_path_requested = Signal(object)  # a register to open (a restored backup)
    #: this window, and whether the user asked to go back to the first-run window
    closed = Signal(object, bool)

    NAV_ROW_HEIGHT = 40
    #: how soon a lock refused during a write is tried again
    LOCK_RETRY_MS = 150

    def __init__(
        self,
        opened: Opened | None,
        prefs: Preferences,
        keystore: Keystore,
        sections: list[Section] | None = None,
        parent: QWidget | None = None,
        *,
        path: Path | None = None,
    ) -> None:
        """``opened=None`` with the ``path`` of the file being unlocked: a window built
        ahead, while the passphrase is typed (the controller's spare, ui/warmup.py),
        with no register and never shown before :meth:`open` gives it one."""
        super().__init__(parent)
        if opened is None and path is None:
            raise ValueError("a window is built for a register, or ahead for a path")
        self.claim: FileClaim | None = opened.claim if opened is not None else None
        self.path = opened.claim.path if opened is not None else Path(path or "").absolute()
        self.register: Register | None = None
        # The day's automatic backup, while it runs (tests wait for it to end).
        self.daily_backup_task: RegisterTask | None = None
        # Sections are built on their first visit (see section()); the navigation lists
        # them all from their entries. Sections handed in (tests) are built already.
        self._entries: list[SectionEntry] = (
            [entry_for(section) for section in sections]
            if sections is not None
            else section_entries()
        )
        self._built: dict[str, Section] = {}
        self._lock_retry = QTimer(self)
        self._lock_retry.setSingleShot(True)
        self._lock_retry.setInterval(self.LOCK_RETRY_MS)
        self._lock_retry.timeout.connect(self.lock)
        self._to_welcome = False
        # Unsaved forms kept across a lock, in memory only (ui/drafts.py).
        self._drafts: list = []
        self._lock_reason = ""
        # Locks the window after the register's auto-lock delay without input.
        self.idle = IdleWatcher(parent=self)
        self.idle.idle.connect(self._lock_when_idle)
        # Locks the window when the desktop session locks its screen (Linux, D-Bus).
        self.screen_lock = ScreenLockWatcher(self)
        self.screen_lock.screen_locked.connect(self.lock)
        # GDPR Art. 33(1): warn at 24 h and 6 h before a breach's notification deadline,
        # through the system tray where the desktop has one (the window may be minimised).
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icons.icon("breaches"), self)
            self.tray.setToolTip("DPO Desk")
            self.tray.activated.connect(self._show_from_tray)
            self.tray.messageClicked.connect(self.reminder_clicked)
            # Shown at the first unlock (_activate): a window built ahead shows nothing.
        self.breach_alerts = BreachAlerts(tray=self.tray, parent=self)
        self.breach_alerts.alert.connect(self._breach_alert)
        # Deadline reminders (requests, processors, activities) and the summary at unlock;
        # they start and stop the breach alerts with them (ui/reminders.py).
        self.reminders = Reminders(
            prefs, tray=self.tray, breach_alerts=self.breach_alerts, parent=self
        )
        self.reminders.reminder.connect(self._reminder)
        self.reminders.navigate.connect(self.navigate_to)

        self.setWindowTitle(self.tr("DPO Desk — {file}").format(file=self.path.name))
        self.setMinimumSize(QSize(900, 600))
        self.resize(1180, 760)

        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.workspace = self._build_workspace()
        self.pages.addWidget(self.workspace)
        # The lock page is built on the first lock, not at start-up: its unlock form asks
        # the keyring whether "remember" can work, and finding the keyring's backend
        # costs about 0.1 s the dashboard need not wait for.
        self._prefs = prefs
        self._keystore = keystore
        self._lock_page: QWidget | None = None
        self._lock_form: UnlockForm | None = None
        self._build_menus()
        self._build_status_bar()
        for section in sections or ():
            self.section(section.key)
        self.navigation.setCurrentRow(0)  # builds the first section (the dashboard)
        if opened is not None:
            self._activate(opened)

    def open(self, opened: Opened) -> None:
        """Give a window built ahead (``opened=None``) the register it was built for."""
        if self.claim is not None or opened.claim.path != self.path:
            raise ValueError("a window built ahead opens once, and only its own file")
        self.claim = opened.claim
        self._activate(opened)

    # -- construction -----------------------------------------------------------------
    def _build_workspace(self) -> QWidget:
        workspace = QWidget()
        row = QHBoxLayout(workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)

        sidebar = QFrame()
        sidebar.setObjectName("Sidebar")
        sidebar.setFixedWidth(236)
        column = QVBoxLayout(sidebar)
        column.setContentsMargins(14, 18, 14, 14)
        column.setSpacing(4)
        brand = QHBoxLayout()
        brand.setContentsMargins(6, 0, 0, 0)
        brand.setSpacing(10)
        logo = QLabel()
        logo.setPixmap(icons.pixmap("logo", "white", 52))
        logo.setFixedSize(26, 26)
        logo.setScaledContents(True)
        brand.addWidget(logo)
        name = QLabel("DPO Desk")
        name.setObjectName("SidebarBrand")
        brand.addWidget(name, 1)
        column.addLayout(brand)
        self.organisation_label = ElidedLabel()
        self.organisation_label.setObjectName("SidebarOrganisation")
        self.organisation_label.setContentsMargins(6, 2, 0, 0)
        column.addWidget(self.organisation_label)
        column.addSpacing(18)

        self.navigation = QListWidget()
        self.navigation.setObjectName("Navigation")
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        # Holds the sections built so far, in the order they were first visited.
        self.stack = QStackedWidget()
        for entry in self._entries:
            item = QListWidgetItem(
                icons.icon(entry.icon_name, style.SIDEBAR_MUTED, selected="white"),
                entry.title(),
            )
            item.setData(SECTION_KEY_ROLE, entry.key)
            # Set, not left to the stylesheet's padding: the list lays its rows out
            # before the sidebar is polished and would keep them cramped.
            item.setSizeHint(QSize(0, self.NAV_ROW_HEIGHT))
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._show_row)
        column.addWidget(self.navigation, 1)

        self.lock_button = QPushButton(icons.icon("lock", style.SIDEBAR_TEXT), "")
        self.lock_button.setObjectName("SidebarLock")
        self.lock_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.lock_button.clicked.connect(self.lock)
        column.addWidget(self.lock_button)

        row.addWidget(sidebar)
        row.addWidget(self.stack, 1)
        return workspace

    @property
    def lock_page(self) -> QWidget:
        return self._lock_parts()[0]

    @property
    def lock_form(self) -> UnlockForm:
        return self._lock_parts()[1]

    def _lock_parts(self) -> tuple[QWidget, UnlockForm]:
        """The lock page and its form, built on first use."""
        if self._lock_page is None or self._lock_form is None:
            self._lock_page, self._lock_form = self._build_lock_page(self._prefs, self._keystore)
            self.pages.addWidget(self._lock_page)
        return self._lock_page, self._lock_form

    def _build_lock_page(
        self, prefs: Preferences, keystore: Keystore
    ) -> tuple[QWidget, UnlockForm]:
        page = QWidget()
        page.setObjectName("LockPage")
        page.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        outer = QVBoxLayout(page)
        outer.addStretch(2)
        row = QHBoxLayout()
        row.addStretch(1)
        card = Card()
        card.setFixedWidth(480)
        card.body.setContentsMargins(28, 26, 28, 24)
        assert self.claim is not None  # locked: it was unlocked once
        form = UnlockForm(self.claim, prefs, keystore)
        form.heading.setText(self.tr("Registre verrouillé"))
        form.unlocked.connect(self._activate)
        card.body.addWidget(form)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(3)
        return page, form

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Fichier"))
        # One meaning per shortcut. Ctrl+N is the new item of the list shown (a request
        # in Demandes, a breach in Violations, …; on an item's page, its list's): its text
        # follows the section, and it is off where there is no list (tableau de bord,
        # journal, paramètres). A new register file, rarer, has Ctrl+Shift+N.
        self.new_item_action = QAction(icons.icon("new"), self.tr("Nouvel élément"), self)
        self.new_item_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_item_action.triggered.connect(self.new_item)
        self.new_action = QAction(icons.icon("new"), self.tr("Nouveau &registre…"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_action.triggered.connect(self.new_requested)
        self.open_action = QAction(icons.icon("open"), self.tr("&Ouvrir…"), self)
        self.open_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.open_action.triggered.connect(self.open_requested)
        self.lock_action = QAction(icons.icon("lock"), self.tr("&Verrouiller"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.close_action = QAction(self.tr("&Fermer le registre"), self)
        self.close_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        self.close_action.triggered.connect(self.close_register)
        self.export_all_action = QAction(self.tr("&Exporter tous les registres…"), self)
        self.export_all_action.triggered.connect(self._export_all)
        self.calendar_action = QAction(self.tr("Exporter le &calendrier des échéances…"), self)
        self.calendar_action.triggered.connect(self._export_calendar)
        self.quit_action = QAction(self.tr("&Quitter"), self)
        # Spelled out: QKeySequence.Quit is empty on Windows, and the brief promises Ctrl+Q.
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.quit_requested)
        file_menu.addAction(self.new_item_action)
        file_menu.addSeparator()
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.close_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_all_action)
        file_menu.addAction(self.calendar_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        self.lock_button.setText(
            self.tr("Verrouiller")
            + "   "
            + self.lock_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        )

        view_menu = self.menuBar().addMenu(self.tr("&Affichage"))
        self.section_actions: list[QAction] = []
        for index, entry in enumerate(self._entries):
            action = QAction(entry.title(), self)
            if index < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self.show_section_at(i))
            view_menu.addAction(action)
            self.section_actions.append(action)

        help_menu = self.menuBar().addMenu(self.tr("Aid&e"))
        self.about_action = QAction(self.tr("À &propos de DPO Desk…"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

        file_menu.aboutToShow.connect(self._update_new_item)
        self.stack.currentChanged.connect(self._update_new_item)
        self.locked.connect(self._update_new_item)
        self.unlocked.connect(self._update_new_item)
        self._update_new_item()
        # Ctrl+L locks from this window's dialogs too (KeePassXC does): a window-modal
        # dialog is a window of its own, where the window's shortcut does not reach.
        self.locked.connect(self._close_dialogs)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            self.closed.connect(lambda *_args: app.removeEventFilter(self))

    # -- Ctrl+N, Ctrl+L ----------------------------------------------------------------
    def new_item(self) -> object:
        """Ctrl+N: the form of a new item of the list shown; nothing where there is none."""
        section = self.stack.currentWidget()
        if self.is_locked or not isinstance(section, Section) or not section.new_item_text():
            return None
        return section.new_item()

    def _update_new_item(self, *_args: object) -> None:
        """The File menu says what Ctrl+N creates here ("Nouvelle demande…"), or that it
        creates nothing."""
        section = self.stack.currentWidget()
        text = ""
        if not self.is_locked and isinstance(section, Section):
            text = section.new_item_text()
        self.new_item_action.setEnabled(bool(text))
        self.new_item_action.setText(text + "…" if text else self.tr("Nouvel élément"))

    def _owns(self, window: QWidget) -> bool:
        """Whether ``window`` (a dialog, a question) was opened over this main window."""
        parent = window.parentWidget()
        while parent is not None:
            if parent.window() is self:
                return True
            parent = parent.window().parentWidget()
        return False

    @staticmethod
    def _about_another_file(window: QWidget) -> bool:
        """The unlock or create dialog of another register: not this register's data."""
        if isinstance(window, UnlockDialog):
            return True
        from dpo_desk.ui.create_dialog import CreateRegisterDialog  # loaded by then

        return isinstance(window, CreateRegisterDialog)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt override
        # Ctrl+L in one of this window's dialogs: lock, as the window's own shortcut would.
        # The key reaches the dialog's widget only because no shortcut took it first.
        if (
            event.type() == QEvent.Type.KeyPress
            and self.register is not None
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QWidget)
            and QKeySequence(event.keyCombination()) == self.lock_action.shortcut()
        ):
            window = watched.window()
            if window is not self and self._owns(window) and not self._about_another_file(window):
                self.lock()  # may wait for a write under way; it locks when it ends
                return True
        return False

    def _close_dialogs(self) -> None:
        """After a lock, close the dialogs still open over the window (a question, a file
        chooser, a settings dialog): the sections closed theirs, keeping unsaved typing as
        drafts; what is left showed data the lock has just forgotten. Innermost first."""
        owned = [
            widget
            for widget in QApplication.topLevelWidgets()
            if isinstance(widget, QDialog)
            and widget.isVisible()
            and self._owns(widget)
            and not self._about_another_file(widget)
        ]

        def depth(widget: QWidget) -> int:
            count, parent = 0, widget.parentWidget()
            while parent is not None:
                count, parent = count + 1, parent.window().parentWidget()
            return count

        for dialog in sorted(owned, key=depth, reverse=True):
            if isValid(dialog) and dialog.isVisible():
                dialog.reject()

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        self.file_status = QLabel(self.path.name)
        self.file_status.setToolTip(str(self.path))
        self.file_status.setContentsMargins(8, 0, 8, 0)
        bar.addPermanentWidget(self.file_status)
        self.lock_status = LockState()
        bar.addPermanentWidget(self.lock_status)
        # The chosen language could not be loaded (no compiled catalogue, none buildable):
        # say so rather than stay in French without a word (ui/catalogues.py).
        if notice := i18n.catalogue_notice():
            bar.showMessage(notice)

    # -- navigation -------------------------------------------------------------------
    def section(self, key: str) -> Section:
        """The section ``key``, built (and given the register, if unlocked) on first use."""
        section = self._built.get(key)
        if section is None:
            entry = next(entry for entry in self._entries if entry.key == key)
            section = self._build_section(entry)
        return section

    def built_sections(self) -> list[Section]:
        """The sections built so far, in navigation order: only they hold data."""
        return [self._built[e.key] for e in self._entries if e.key in self._built]

    @property
    def sections(self) -> list[Section]:
        """The built sections (see built_sections); the others do not exist yet."""
        return self.built_sections()

    def _build_section(self, entry: SectionEntry) -> Section:
        with busy():
            section = entry.build()
        self._built[entry.key] = section
        section.status_message.connect(self.show_status)
        section.navigate.connect(self.navigate_to)
        if entry.key == "settings":
            # Imported here, not at the top: the module is loaded by now (the entry has
            # just built the section), and start-up does not pull in every card.
            from dpo_desk.ui.sections.settings import SettingsSection

            assert isinstance(section, SettingsSection)
            section.auto_lock.changed.connect(self.idle.set_minutes)
            section.organisation_changed.connect(self._show_organisation)
            section.maintenance.open_path_requested.connect(self.open_path_requested)
            # A change in Paramètres ▸ Rappels applies now, not at the next minute's check;
            # a change from the summary's own checkbox shows on the card.
            section.reminders.changed.connect(self.reminders.apply_settings)
            self.reminders.settings_changed.connect(section.reminders.refresh)
        self.stack.addWidget(section)
        if self.register is not None:
            with busy():
                section.set_register(self.register)
        return section

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = self.navigation.item(row).data(SECTION_KEY_ROLE)
        self.stack.setCurrentWidget(self.section(key))

    def show_section(self, key: str) -> None:
        index = next(i for i, entry in enumerate(self._entries) if entry.key == key)
        self.show_section_at(index)

    def show_section_at(self, index: int) -> None:
        if self.is_locked:
            return
        self.navigation.setCurrentRow(index)

    def navigate_to(self, key: str, reference: str = "") -> None:
        """A section asked to show another one, and in it the item ``reference``."""
        if self.is_locked or not any(entry.key == key for entry in self._entries):
            return
        self.show_section(key)
        target = self.section(key)
        # Duck-typed: a section that can open one item says so with show_item (the
        # registers: "#12", a name, or "flag:<kind>" for a filtered list) or, for the
        # requests, show_request.
        if reference and hasattr(target, "show_item"):
            target.show_item(reference)
        elif reference and hasattr(target, "show_request"):
            target.show_request(reference)

    def show_about(self) -> None:
        from dpo_desk.ui.about_dialog import AboutDialog  # only when asked for

        AboutDialog(self).exec()

    def _export_all(self) -> None:
        # Imported on use: the export pulls in openpyxl (a quarter of a second at start-up).
        from dpo_desk.ui.exchange.actions import run_export  # Excel export (issue 7)

        run_export(self, "all")

    def _export_calendar(self) -> None:
        from dpo_desk.ui.calendar_export import export_calendar  # the .ics feed (issue 25)

        self.calendar_task = export_calendar(
            self,
            self.register,
            on_saved=lambda path: self.show_status(
                self.tr("Calendrier enregistré : {name}").format(name=path.name)
            ),
        )

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    # -- lock ---------------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self.register is None

    def lock(self) -> bool:
        """Close the register and forget its data; show the unlock form for the same file.

        Refused (and retried shortly) while a write is under way: closing the engine
        under a write would lose it. Returns True once the window is locked.
        """
        if self.register is None:
            return True
        if self.register.writing or is_busy(self.register):
            # A backup, purge or passphrase change in a worker thread counts as a write.
            self.show_status(
                self.tr("Enregistrement en cours : le registre sera verrouillé dès la fin.")
            )
            self._lock_retry.start()
            return False
        self._lock_retry.stop()
        self._forget()
        self.lock_form.reset()
        self.pages.setCurrentWidget(self.lock_page)
        self.lock_form.focus_passphrase()
        self._show_state()
        if self._lock_reason:
            self.show_status(self._lock_reason)
            self._lock_reason = ""
        self.locked.emit()
        return True

    def _forget(self) -> None:
        """Drop everything decrypted: section data, the organisation's name, the clipboard."""
        self.idle.stop()
        self.reminders.stop()  # and the breach alerts
        for section in self.built_sections():
            # Before clear(): what is typed and unsaved is kept, in memory, for the unlock.
            self._drafts.extend(section.take_drafts())
            section.clear()
        self.organisation_label.set_full_text("")
        clipboard.clear_if_ours()
        register, self.register = self.register, None
        if register is not None:
            register.close()

    def _activate(self, opened: Opened) -> None:
        self.register = opened.register
        if self.tray is not None:
            self.tray.show()
        try:
            organisation = register_file.load_organisation(self.register)
        except UserError:
            organisation = None  # Settings shows the error; the sidebar just stays blank
        self._show_organisation(organisation)
        # Only the built sections: the others get the register when first built.
        for section in self.built_sections():
            section.set_register(self.register)
        self.pages.setCurrentWidget(self.workspace)
        self._show_state()
        self.idle.set_minutes(register_file.auto_lock_minutes(self.register))
        self.idle.start()
        # The breach alerts, the reminders and, once the unlock is done, the summary.
        self.reminders.start(self.register)
        if opened.notice:
            self.statusBar().showMessage(opened.notice, 12000)
        self._start_daily_backup(opened.register)
        # The window keeps no draft once offered: each section holds its own until answered.
        drafts, self._drafts = self._drafts, []
        for draft in drafts:
            self.section(draft.section).offer_draft(draft)
        shown = self.stack.currentWidget()
        if drafts and not any(draft.section == getattr(shown, "key", "") for draft in drafts):
            self.show_section(drafts[0].section)  # where the unsaved work was: its banner
        self.unlocked.emit()

    def _start_daily_backup(self, register: Register) -> None:
        """The first unlock of the day leaves a verified, encrypted copy beside the file.

        In a worker thread: at 100 000 requests the copy and its checks take seconds,
        and the DPO starts working meanwhile. The copy reads one snapshot (WAL), so
        saving a form at the same time is safe. While it runs the register counts as
        busy, so a lock or a close waits for its end, as it waits for any write.
        """
        try:
            if not maintenance.daily_backup_due(register):
                return
        except UserError as error:
            self._daily_backup_failed(error)
            return
        self.daily_backup_task = run_task(
            register,
            lambda: maintenance.daily_backup_if_due(register),
            self._daily_backup_done,
            self._daily_backup_failed,
        )

    def _daily_backup_done(self, report) -> None:
        if report is not None:
            self._add_status(self.tr("Sauvegarde du jour : {file}.").format(file=report.path.name))

    def _daily_backup_failed(self, error: UserError) -> None:
        # A full disk must not stop the DPO from working: say it, and go on.
        text = self.tr("Sauvegarde du jour impossible : {reason}").format(reason=error_text(error))
        self._add_status(text)

    def _add_status(self, text: str) -> None:
        # After what the unlock said (a migration, a keyring refusal), not instead of it.
        shown = self.statusBar().currentMessage()
        self.statusBar().showMessage(f"{shown} {text}" if shown else text, 12000)

    def _breach_alert(self, _reference: str, _hours: int, text: str) -> None:
        self.statusBar().showMessage(text, 60_000)

    def _reminder(self, _kind: str, _reference: str, _threshold: int, text: str) -> None:
        self.statusBar().showMessage(text, 60_000)

    def _show_from_tray(self, _reason) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def reminder_clicked(self) -> None:
        """A click on a notification: the window comes forward with the summary of what
        is due (the notification named only references), or the unlock form if locked."""
        self._show_from_tray(None)
        if not self.is_locked:
            self.reminders.show_summary(self)

    def _lock_when_idle(self) -> None:
        # Deferred by a write or a backup, the lock still says why once it happens.
        self._lock_reason = self.tr(
            "Verrouillé après %n minute(s) sans activité.", None, self.idle.minutes
        )
        self.lock()

    def _show_organisation(self, organisation: Organisation | None) -> None:
        self.organisation_label.set_full_text(organisation.name if organisation else "")

    def _show_state(self) -> None:
        unlocked = self.register is not None
        self.lock_status.show_state(unlocked)
        self.lock_action.setEnabled(unlocked)
        for action in self.section_actions:
            action.setEnabled(unlocked)

    # -- closing --------------------------------------------------------------------------
    def close_register(self) -> None:
        """Fichier ▸ Fermer: close this file but stay in the app (the window's X quits)."""
        # Kept even if the close is deferred by a write: the retry then honours it.
        self._to_welcome = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 — Qt override
        if self.register is not None and self.register.writing:
            # Same rule as the lock: never close the engine under a write.
            event.ignore()
            QTimer.singleShot(self.LOCK_RETRY_MS, self.close)
            return
        self._lock_retry.stop()
        wait_for(self.register)  # a backup under way finishes before the file closes
        self._forget()
        self._drafts = []  # closing is not locking: unsaved drafts go with the window
        if self._lock_page is not None:
            self.lock_form.reset()
        if self.claim is not None:  # None: built ahead, and never given its register
            self.claim.release()
        super().closeEvent(event)
        self.closed.emit(self, self._to_welcome)
