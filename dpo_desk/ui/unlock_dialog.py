"""Unlocking a register: the form (shared with the lock screen) and its dialog."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.errors import UserError
from dpo_desk.security.keystore import Keystore
from dpo_desk.services.preferences import Preferences
from dpo_desk.services.read_model import (
    NotARegister,
    RegisterNotFound,
    WrongPassphrase,
    check_register_file,
)
from dpo_desk.ui import icons, session, style, warmup
from dpo_desk.ui.i18n import error_text
from dpo_desk.ui.session import FileClaim, Opened
from dpo_desk.ui.widgets import (
    ElidedLabel,
    InlineMessage,
    PassphraseEdit,
    RememberCheckBox,
    busy,
    icon_header,
    label,
    mark_invalid,
)


def caps_lock_state(event: QKeyEvent) -> bool | None:
    """Whether Caps Lock is on, as far as one key press tells (None: it does not tell).

    Qt has no portable query for the lock keys. A typed letter tells it: an upper-case
    letter without Shift, or a lower-case one with Shift, means Caps Lock is on; a letter
    whose case agrees with Shift means it is off. Digits, symbols and letters without
    case (Arabic) tell nothing; neither does the Caps Lock key itself, whose new state
    only the next letter shows.
    """
    text = event.text()
    if len(text) != 1 or not text.isalpha() or text.upper() == text.lower():
        return None
    shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
    return text.isupper() != shift


class CapsLockWatcher(QObject):
    """Watches a field's key presses and says when Caps Lock is found on or off."""

    changed = Signal(bool)

    def __init__(self, field: QWidget) -> None:
        super().__init__(field)
        self.on = False
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt
        if event.type() == QEvent.Type.KeyPress:
            state = caps_lock_state(event)  # type: ignore[arg-type]
            if state is not None and state != self.on:
                self.on = state
                self.changed.emit(state)
        elif event.type() == QEvent.Type.FocusOut and self.on:
            # It may be switched off elsewhere: say nothing until a letter shows it again.
            self.on = False
            self.changed.emit(False)
        return False


class UnlockForm(QWidget):
    """Names the file, takes the passphrase, and emits ``unlocked(Opened)``.

    The same form is the body of the unlock dialog and of the main window's lock
    screen, so both behave alike: errors in place, the field selected for retyping.
    """

    unlocked = Signal(object)  # Opened

    def __init__(
        self,
        claim: FileClaim,
        prefs: Preferences,
        keystore: Keystore,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.claim = claim
        self.prefs = prefs
        self.keystore = keystore
        self._usable = True

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)

        self.heading = label(self.tr("Déverrouiller le registre"), "heading")
        self.file_name = label(claim.path.name, "value")
        self.file_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder = ElidedLabel(str(claim.path.parent))
        style.set_role(self.folder, "muted")
        lock = icons.pixmap("lock", style.ACCENT, 40)
        layout.addLayout(icon_header(lock, 40, self.heading, self.file_name, self.folder))
        layout.addSpacing(8)

        self.message = InlineMessage()
        layout.addWidget(self.message)

        self.passphrase_label = label(self.tr("Phrase secrète"), "subheading")
        layout.addWidget(self.passphrase_label)
        self.passphrase = PassphraseEdit()
        self.passphrase.setPlaceholderText(self.tr("Saisissez la phrase secrète du registre"))
        self.passphrase_label.setBuddy(self.passphrase)
        self.passphrase.returnPressed.connect(self.submit)
        self.passphrase.textEdited.connect(lambda _text: mark_invalid(self.passphrase, False))
        layout.addWidget(self.passphrase)
        # A passphrase refused because Caps Lock was on is the commonest wrong one.
        self.caps_lock_label = label(self.tr("Verr. Maj. activé"), "field-error")
        self.caps_lock_label.setAccessibleName(self.tr("Verr. Maj. activé"))
        self.caps_lock_label.hide()
        layout.addWidget(self.caps_lock_label)
        self.caps_lock = CapsLockWatcher(self.passphrase)
        self.caps_lock.changed.connect(self.caps_lock_label.setVisible)

        self.remember = RememberCheckBox(keystore.available)
        layout.addWidget(self.remember)
        layout.addSpacing(8)

        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.unlock_button = QPushButton(icons.icon("unlock", "white"), self.tr("Déverrouiller"))
        style.set_role(self.unlock_button, "primary")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        self.buttons.addWidget(self.unlock_button)
        layout.addLayout(self.buttons)

        self.reset()

    # -- state ----------------------------------------------------------------------
    def reset(self, notice: str | None = None) -> None:
        """Back to a blank form: no passphrase left in the field, no stale error."""
        self.passphrase.wipe()
        mark_invalid(self.passphrase, False)
        self.remember.set_choice(session.remembered_choice(self.prefs, self.claim.path))
        if notice:
            self.message.show_message(notice, "info")
        else:
            self.message.clear_message()

    def prepare(self) -> bool:
        """Check the file and take its lock before the user types anything.

        A file that is no register at all disables the form: retyping cannot help. A
        file in use elsewhere leaves it enabled: pressing Déverrouiller tries again.
        """
        try:
            check_register_file(self.claim.path)
        except (NotARegister, RegisterNotFound) as error:
            self._show_error(error)
            self._set_usable(False)
            return False
        except UserError as error:
            self._show_error(error)
            return False
        try:
            self.claim.acquire()
        except UserError as error:
            self._show_error(error)
            return False
        return True

    def _set_usable(self, usable: bool) -> None:
        self._usable = usable
        for widget in (self.passphrase, self.remember, self.unlock_button):
            widget.setEnabled(usable and (widget is not self.remember or self.remember.available))

    def focus_passphrase(self) -> None:
        if self._usable:
            self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 — Qt override
        # While the DPO types, the idle main thread leaves the interpreter free: import
        # what the unlock and the dashboard need now, not after Enter (ui/warmup.py).
        warmup.start()
        super().showEvent(event)

    # -- unlocking ------------------------------------------------------------------
    def submit(self) -> None:
        if not self._usable:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.message.show_message(self.tr("Saisissez la phrase secrète du registre."))
            mark_invalid(self.passphrase, True)
            self.passphrase.setFocus()
            return
        try:
            with busy():
                # The warm-up stops at its current module before the unlock imports
                # anything itself: no two threads import at once (ui/warmup.py).
                warmup.settle()
                register = session.unlock(self.claim, passphrase)
        except WrongPassphrase as error:
            self._show_error(error)
            mark_invalid(self.passphrase, True)
            self.passphrase.setFocus()
            self.passphrase.selectAll()
            return
        except UserError as error:
            self._show_error(error)
            return
        kept = session.record_opening(
            self.prefs, self.keystore, register, passphrase, self.remember.choice()
        )
        notice = (
            None
            if kept
            else self.tr(
                "La phrase secrète n'a pas pu être confiée au trousseau : "
                "elle sera demandée à la prochaine ouverture."
            )
        )
        self.reset()
        self.unlocked.emit(Opened(register, self.claim, notice))

    def _show_error(self, error: UserError) -> None:
        self.message.show_message(error_text(error), "error")


class UnlockDialog(QDialog):
    """The unlock form as a dialog; emits ``opened(Opened)`` and closes on success.

    Until it succeeds, the dialog owns the file's lock and lets it go when cancelled;
    on success the lock passes, with the register, to the window that shows it.
    """

    opened = Signal(object)  # Opened

    def __init__(
        self,
        claim: FileClaim,
        prefs: Preferences,
        keystore: Keystore,
        parent: QWidget | None = None,
        *,
        notice: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ouvrir un registre — DPO Desk"))
        self.setMinimumWidth(480)
        self.result_opened: Opened | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 26, 28, 22)
        self.form = UnlockForm(claim, prefs, keystore, self)
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.cancel_button.clicked.connect(self.reject)
        self.form.buttons.insertWidget(1, self.cancel_button)
        layout.addWidget(self.form)
        self.form.unlocked.connect(self._on_unlocked)
        if self.form.prepare() and notice:
            self.form.message.show_message(notice, "info")
        self.form.focus_passphrase()

    def _on_unlocked(self, opened: Opened) -> None:
        self.result_opened = opened
        self.accept()
        self.opened.emit(opened)

    def reject(self) -> None:
        # Cancelled: the file is free again for another window or process.
        if self.result_opened is None:
            self.form.passphrase.wipe()
            self.form.claim.release()
        super().reject()
