"""Small reusable widgets: passphrase field, strength meter, inline message, card."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.ui import icons, style


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


class Card(QFrame):
    """A white rounded panel that groups related fields."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        style.set_role(self, "card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(20, 18, 20, 20)
        self.body.setSpacing(12)


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
        self.hide()

    @property
    def tone(self) -> str:
        return str(self.property("tone") or "")

    def show_message(self, text: str, tone: str = "error") -> None:
        self.setProperty("tone", tone)
        self.setText(text)
        style.repolish(self)
        self.show()

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


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
