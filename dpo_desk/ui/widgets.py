"""Small reusable widgets: passphrase field, strength meter, inline message, card, and
the field set that shows a domain error under the field it names."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Protocol, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from dpo_desk.domain.errors import UserError
from dpo_desk.ui import icons, style
from dpo_desk.ui.i18n import error_text

W = TypeVar("W", bound=QWidget)


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor around work the user has to wait for (the KDF takes a fraction of a second)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Red border on a field at fault (the ``[invalid="true"]`` rule of the stylesheet)."""
    if bool(widget.property("invalid")) != invalid:
        widget.setProperty("invalid", invalid)
        style.repolish(widget)


def label(text: str, role: str | None = None, *, wrap: bool = False) -> QLabel:
    widget = QLabel(text)
    if role:
        style.set_role(widget, role)
    widget.setWordWrap(wrap)
    return widget


def busy_bar() -> QProgressBar:
    """An indeterminate bar, hidden until shown: the operation's length is not known."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(6)
    bar.hide()
    return bar


# Room at the end of a wrapped explanation's lines. Qt breaks a right-to-left paragraph
# that mixes Arabic with numbers and Latin words (« 12(6) », « ICO », « 19/02/1964 ») on
# widths that come out a few pixels short: the lines' ends spilled past the label's
# left edge and were clipped. The margin is inside the label, so what spills still shows.
EXPLANATION_END_MARGIN = 8


def explanation(text: str, role: str = "secondary") -> QLabel:
    """A setting's "why", wrapped, in the secondary colour."""
    widget = label(text, role, wrap=True)
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        widget.setContentsMargins(EXPLANATION_END_MARGIN, 0, 0, 0)
    else:
        widget.setContentsMargins(0, 0, EXPLANATION_END_MARGIN, 0)
    return widget


def icon_header(pixmap: QPixmap, size: int, *lines: QWidget) -> QHBoxLayout:
    """An icon at the top left, shown at ``size``, and beside it a column of lines: what
    the window is, and about what."""
    head = QHBoxLayout()
    head.setSpacing(14)
    icon = QLabel()
    icon.setPixmap(pixmap)
    icon.setFixedSize(size, size)
    icon.setScaledContents(True)
    head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
    column = QVBoxLayout()
    column.setSpacing(2)
    for line in lines:
        column.addWidget(line)
    head.addLayout(column, 1)
    return head


class Card(QFrame):
    """A white rounded panel that groups related fields."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        style.set_role(self, "card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(20, 18, 20, 20)
        self.body.setSpacing(12)


#: How long a success message stays before it clears itself.
SUCCESS_SHOWN_MS = 10_000


class InlineMessage(QLabel):
    """A message in place (error, warning, success, info), hidden when empty.

    Errors belong next to what the user was doing, not in a modal box that hides
    the form they have to correct.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        # A confirmation ("Demande enregistrée.") is news once: left in place it reads, an
        # edit later, as if it spoke of the edit the user is making now. Errors and
        # warnings stay until the user acts on them; the next action clears them.
        self._expiry = QTimer(self)
        self._expiry.setSingleShot(True)
        self._expiry.setInterval(SUCCESS_SHOWN_MS)
        self._expiry.timeout.connect(self.clear_message)
        self.hide()

    @property
    def tone(self) -> str:
        return str(self.property("tone") or "")

    def show_message(self, text: str, tone: str = "error") -> None:
        self.setProperty("tone", tone)
        self.setText(text)
        style.repolish(self)
        self.show()
        if tone == "success":
            self._expiry.start()
        else:
            self._expiry.stop()

    def clear_message(self) -> None:
        self._expiry.stop()
        self.setText("")
        self.hide()


class TextEdit(QPlainTextEdit):
    """A few lines of text in a form: Tab moves on to the next field rather than typing a
    tab, and the box is as tall as ``lines`` lines."""

    def __init__(
        self, placeholder: str = "", lines: int = 3, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 20)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 — mirrors QLineEdit
        self.setPlainText(text)


class LinesEdit(TextEdit):
    """A list of short items, one per line (categories of persons, certifications…)."""

    def values(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.toPlainText().splitlines() if line.strip())

    def set_values(self, values: Iterable[str]) -> None:
        self.setPlainText("\n".join(values))


class FieldErrors(Protocol):
    """Fields that show a refusal under the one it names."""

    def clear_errors(self) -> None: ...

    def point_at(self, error: UserError) -> bool:
        """Show ``error`` under the field it names; False if it names none of these."""
        ...


class FormDialog(QDialog):
    """The frame our dialogs share: a heading and why, the content, a message line, and
    Cancel beside one primary action at the bottom right.

    The action is applied from inside the dialog, so a refusal shows in the message line,
    beside what the user typed, and the dialog stays open with it. While ``running``
    (work off the UI thread that cannot stop half-way), the dialog does not close.
    """

    MARGINS = (24, 22, 24, 20)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        width: int = 480,
        margins: tuple[int, int, int, int] = MARGINS,
        spacing: int = 12,
    ) -> None:
        super().__init__(parent)
        self.setMinimumWidth(width)
        self.running = False
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(*margins)
        self.outer.setSpacing(spacing)
        self.message = InlineMessage()

    def add_heading(self, heading: str, why: str = "", *, role: str = "heading") -> QLabel:
        """The heading and, when given, a line on what the dialog does."""
        caption = label(heading, role)
        self.outer.addWidget(caption)
        if why:
            self.outer.addWidget(label(why, "secondary", wrap=True))
        return caption

    def add_message(self) -> None:
        """The message line, where the subclass wants it."""
        self.outer.addWidget(self.message)

    def add_actions(
        self,
        cancel_text: str,
        action_text: str,
        action: Callable[[], object],
        *leading: QWidget,
        default: bool = True,
    ) -> tuple[QPushButton, QPushButton]:
        """Cancel (closes) and the primary action (the default button unless told: Enter
        must not set off what cannot be undone), at the bottom right, after ``leading``
        widgets at the left; both buttons are returned, for the subclass to name and
        enable."""
        cancel = QPushButton(cancel_text)
        cancel.clicked.connect(self.cancel_by_user)
        primary = QPushButton(action_text)
        style.set_role(primary, "primary")
        primary.setDefault(default)
        primary.clicked.connect(action)
        row = QHBoxLayout()
        for widget in leading:
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(primary)
        self.outer.addLayout(row)
        return cancel, primary

    def show_error(self, error: UserError) -> None:
        self.message.show_message(error_text(error), "error")

    def call_service(
        self, fields: FieldErrors, action: Callable[[], object], done: SignalInstance
    ) -> None:
        """Apply ``action`` (one service call) under the busy cursor: on success emit what
        it returned on ``done`` and close; a refusal shows under the field of ``fields``
        it names, else on the message line, and the dialog stays open with what was typed.
        """
        self.message.clear_message()
        fields.clear_errors()
        try:
            with busy():
                result = action()
        except UserError as error:
            if not fields.point_at(error):
                self.show_error(error)
            return
        done.emit(result)
        self.accept()

    def reject(self) -> None:
        if self.running:  # the work under way ends by itself: wait for it
            return
        super().reject()

    # -- leaving a filled form (Escape, Annuler, the window's close button) ----------------
    #: a form the user fills in: Escape, Annuler or the close button ask before throwing
    #: away what was typed. A lock never asks (it calls reject(): the section keeps a draft).
    ask_before_discard = False
    _untouched: dict | None = None

    def form_state(self) -> dict:
        """What the inputs hold now (ui/drafts.py reads them), to compare with the start."""
        from dpo_desk.ui.drafts import read_values  # drafts imports this module's peers

        return read_values({"form": self})

    def has_unsaved_changes(self) -> bool:
        """Whether the inputs differ from what they held when the dialog first showed."""
        return self._untouched is not None and self.form_state() != self._untouched

    def showEvent(self, event) -> None:  # noqa: N802 — Qt override
        if self.ask_before_discard and self._untouched is None:
            self._untouched = self.form_state()  # filled by __init__: that is not typing
        super().showEvent(event)

    def cancel_by_user(self) -> None:
        """Annuler or Escape: close, after asking if the form holds unsaved typing."""
        if self.running:
            return
        if self.ask_before_discard and self.has_unsaved_changes():
            if not confirm_discard(self):
                return
            if not isValid(self) or not self.isVisible():
                return  # locked while the question was open: the lock closed it already
        self.reject()

    def keyPressEvent(self, event) -> None:  # noqa: N802 — Qt override
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if self.ask_before_discard and event.key() == Qt.Key.Key_Escape and plain:
            event.accept()
            self.cancel_by_user()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 — Qt override
        # Only the user's own click on the title bar's X asks; a close from the code
        # (a lock, the window going) goes through.
        if (
            event.spontaneous()
            and self.ask_before_discard
            and not self.running
            and self.has_unsaved_changes()
            and not confirm_discard(self)
        ):
            event.ignore()
            return
        super().closeEvent(event)


class PassphraseEdit(QLineEdit):
    """A password field with a show/hide toggle inside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        # No completion, no drag-out: a passphrase must not leak into other widgets.
        self.setDragEnabled(False)
        self.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhSensitiveData
        )
        self.reveal_action = self.addAction(
            icons.icon("eye", style.TEXT_MUTED), QLineEdit.ActionPosition.TrailingPosition
        )
        self.reveal_action.setCheckable(True)
        self.reveal_action.toggled.connect(self._set_revealed)
        self._set_revealed(False)

    def _set_revealed(self, revealed: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if revealed else QLineEdit.EchoMode.Password)
        self.reveal_action.setIcon(icons.icon("eye-off" if revealed else "eye", style.TEXT_MUTED))
        self.reveal_action.setToolTip(
            self.tr("Masquer la phrase secrète")
            if revealed
            else self.tr("Afficher la phrase secrète")
        )

    def wipe(self) -> None:
        """Forget what was typed, and hide it again for the next person at the screen."""
        self.clear()
        self.reveal_action.setChecked(False)


class StrengthMeter(QWidget):
    """Four segments that fill and colour with the passphrase's estimated strength."""

    SEGMENTS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._score = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    @property
    def score(self) -> int:
        return self._score

    def set_score(self, score: int) -> None:
        self._score = max(0, min(self.SEGMENTS, score))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 — Qt override
        return QSize(200, 6)

    def paintEvent(self, event) -> None:  # noqa: N802 — Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        gap = 4.0
        width = (self.width() - gap * (self.SEGMENTS - 1)) / self.SEGMENTS
        colour = QColor(style.STRENGTH_COLOURS[self._score])
        empty = QColor(style.BORDER)
        for index in range(self.SEGMENTS):
            painter.setBrush(colour if index < self._score else empty)
            rect = QRectF(index * (width + gap), 0, width, self.height())
            painter.drawRoundedRect(rect, 3, 3)
        painter.end()


class AddressEdit(QPlainTextEdit):
    """A short multi-line field (a postal address), sized for three lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on, as in every other field of the form
        lines = 3
        height = self.fontMetrics().lineSpacing() * lines + 20
        self.setFixedHeight(height)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 — mirrors QLineEdit
        self.setPlainText(text)


class EmptyState(QWidget):
    """What a section shows before it has anything: an icon, a heading, what will appear."""

    BODY_WIDTH = 460

    def __init__(self, icon_name: str, heading: str, body: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(10)
        layout.addStretch(2)
        self.icon = QLabel()
        self.icon.setPixmap(icons.pixmap(icon_name, style.BORDER_STRONG, 64))
        self.icon.setFixedSize(64, 64)
        self.icon.setScaledContents(True)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(6)
        self.heading = label(heading, "heading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.heading)
        self.body = label(body, "secondary", wrap=True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # A fixed measure: a wrapped label centred by alignment would otherwise be laid
        # out at its one-line width and lose its last lines.
        self.body.setFixedWidth(self.BODY_WIDTH)
        self.body.setMinimumHeight(self.body.heightForWidth(self.BODY_WIDTH))
        layout.addWidget(self.body, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)


class ElidedLabel(QLabel):
    """One line that shortens in the middle when too long (paths), full text in the tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(80)
        self.set_full_text(text)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def resizeEvent(self, event) -> None:  # noqa: N802 — Qt override
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        width = max(self.width(), self.minimumWidth())
        self.setText(metrics.elidedText(self._full, Qt.TextElideMode.ElideMiddle, width))


class RememberCheckBox(QCheckBox):
    """ "Se souvenir sur cet ordinateur": offered only where a real keyring exists."""

    def __init__(self, available: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Se souvenir sur cet ordinateur"), parent)
        self.available = available
        if available:
            self.setToolTip(
                self.tr(
                    "La phrase secrète est confiée au trousseau sécurisé du système ; "
                    "le registre s'ouvrira sans la redemander sur cette session."
                )
            )
        else:
            self.setChecked(False)
            self.setEnabled(False)
            self.setToolTip(
                self.tr(
                    "Aucun trousseau sécurisé n'est disponible sur cet ordinateur : "
                    "la phrase secrète sera demandée à chaque ouverture. "
                    "DPO Desk ne l'enregistre jamais en clair."
                )
            )

    def set_choice(self, remember: bool) -> None:
        self.setChecked(remember and self.available)

    def choice(self) -> bool:
        return self.available and self.isChecked()


def edit_signals(widget: QWidget) -> list[SignalInstance]:
    """The signals by which a field says the user changed it.

    A composite field of ours says so with its own ``changed`` signal; a widget this does
    not know (a group of boxes wired by its owner) has none.
    """
    changed = getattr(widget, "changed", None)
    if isinstance(changed, SignalInstance):
        return [changed]
    if isinstance(widget, QComboBox):
        return [widget.currentIndexChanged]
    if isinstance(widget, QDateEdit):
        return [widget.dateChanged]
    if isinstance(widget, QCheckBox):
        return [widget.toggled]
    if isinstance(widget, QSpinBox):
        return [widget.valueChanged]
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        return [widget.textChanged]
    return []


class FieldSet(QObject):
    """Named fields, each with its error line beneath; ``point_at`` puts a domain error
    under the field it names (red border, focus), and editing the field clears it.

    What the user typed is never cleared by an error. A form with fields of its own kind
    says how they signal an edit (``signals_of``) and which part takes the focus
    (``focus_target``).
    """

    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._boxes: dict[str, QWidget] = {}
        self._aliases: dict[str, str] = {}
        self._loading = False

    def add(self, name: str, widget: W, *aliases: str) -> W:
        """Register ``widget`` as the field ``name`` (errors naming an alias land here too)
        and give it back, with its type, for the caller to keep."""
        error = label("", "field-error", wrap=True)
        error.hide()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addWidget(widget)
        column.addWidget(error)
        self.fields[name] = widget
        self._errors[name] = error
        self._boxes[name] = box
        for alias in aliases:
            self._aliases[alias] = name
        for signal in self.signals_of(widget):
            signal.connect(lambda *_args, n=name: self._edited(n))
        return widget

    def signals_of(self, widget: QWidget) -> list[SignalInstance]:
        return edit_signals(widget)

    def focus_target(self, widget: QWidget) -> QWidget:
        """The part of a field that takes the focus and the red border."""
        return widget

    def caption_top(self, widget: QWidget) -> int:
        """The caption's top margin, to sit on the first line of text of its field."""
        return 7

    def box(self, name: str) -> QWidget:
        return self._boxes[name]

    def add_rows(self, form: QFormLayout, rows: list[tuple[str, str]]) -> None:
        for name, caption in rows:
            form.addRow(caption, self.box(name))
            caption_label = form.labelForField(self.box(name))
            if caption_label is not None:
                caption_label.setContentsMargins(0, self.caption_top(self.fields[name]), 0, 0)

    def point_at(self, error: UserError) -> bool:
        name = getattr(error, "field", "")
        name = self._aliases.get(name, name)
        widget = self.fields.get(name)
        if widget is None:
            return False
        self.show_error(name, error_text(error))
        self.focus_target(widget).setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def show_error(self, name: str, text: str) -> None:
        self._errors[name].setText(text)
        self._errors[name].show()
        mark_invalid(self.focus_target(self.fields[name]), True)

    def field_error(self, name: str) -> str:
        error = self._errors[name]
        return error.text() if not error.isHidden() else ""

    def clear_error(self, name: str) -> None:
        self._errors[name].clear()
        self._errors[name].hide()
        mark_invalid(self.focus_target(self.fields[name]), False)

    def clear_errors(self) -> None:
        for name in self.fields:
            self.clear_error(name)

    def quietly(self, fill: Callable[[], object]) -> None:
        """Load values without an ``edited`` signal and without leaving errors behind."""
        self._loading = True
        try:
            fill()
        finally:
            self._loading = False
        self.clear_errors()

    def _edited(self, name: str) -> None:
        if self._loading:
            return
        self.clear_error(name)
        self.edited.emit()


# ----------------------------------------------------------------------------- asking first


def _ask(box: QMessageBox, yes: QPushButton, no: QPushButton) -> bool:
    """Show ``box``; True only for a deliberate click on ``yes``. ``no`` is the default and
    Escape's answer: Enter pressed without reading keeps things as they are."""
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    # The box goes with its parent if a lock closed the dialog under it: that is a no.
    if not isValid(box):
        return False
    answer = box.clickedButton() is yes
    box.deleteLater()
    return answer


def confirm_discard(parent: QWidget) -> bool:
    """ "Abandonner les modifications ?" — True to throw away what the form holds."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    title = QCoreApplication.translate("Confirmations", "Abandonner les modifications ?")
    box.setWindowTitle(title)
    box.setText(title)
    box.setInformativeText(
        QCoreApplication.translate(
            "Confirmations", "Ce qui a été saisi dans ce formulaire n'est pas enregistré."
        )
    )
    discard = box.addButton(
        QCoreApplication.translate("Confirmations", "Abandonner"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("Confirmations", "Continuer la saisie"),
        QMessageBox.ButtonRole.RejectRole,
    )
    return _ask(box, discard, keep)


def confirm_irreversible(parent: QWidget, title: str, text: str, action_text: str) -> bool:
    """Ask before an action that cannot be undone: ``action_text`` (the verb, "Clôturer")
    beside Annuler, which is the default button. True when the user chose the action."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(title)
    box.setInformativeText(text)
    act = box.addButton(action_text, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(
        QCoreApplication.translate("Confirmations", "Annuler"), QMessageBox.ButtonRole.RejectRole
    )
    return _ask(box, act, cancel)
