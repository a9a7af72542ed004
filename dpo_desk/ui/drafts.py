"""Unsaved forms kept across a lock, in memory only, and offered back after unlock.

Locking empties every section (a locked window holds no decrypted data), which would
throw away what the DPO was typing. Before it clears, each section hands what is still
unsaved to the window as a :class:`Draft`; after the unlock the window gives the drafts
back, and each section shows a :class:`DraftBanner` offering to resume or discard.

A draft is never written anywhere: not to the register, not to the preferences, not to
a log. It lives in this process's memory, like the register's key while unlocked, and
goes when the window closes (closing is not locking).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from dpo_desk.ui import style


@dataclass(eq=False)
class Draft:
    """What one section had unsaved when the window locked.

    ``identity`` names the item (a request's id, a processor's id), or is None for an
    item not created yet; ``label`` is what the banner shows ("Demande DSR-2026-00012",
    "Nouveau sous-traitant"); ``values`` is whatever the section needs to refill its
    form: plain Python values, in memory only.
    """

    section: str
    identity: Any
    label: str
    kind: str = "edit"  # or "new"
    values: dict = field(default_factory=dict, repr=False)  # never in a log or a repr
    #: the item's version when the draft was taken: another change meanwhile is said
    version: int | None = None


def changed_meanwhile_text() -> str:
    """Shown when a resumed draft's item was changed by someone else while locked."""
    return QCoreApplication.translate(
        "Drafts",
        "Cette fiche a été modifiée pendant le verrouillage : vos modifications ont été "
        "reportées sur sa version actuelle. Vérifiez-les avant d'enregistrer.",
    )


# ----------------------------------------------------------------------------- values

_LEAVES = (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QCheckBox,
    QRadioButton,
    QComboBox,
    QAbstractSpinBox,
)


def _inputs(root: QWidget) -> list[QWidget]:
    """The input widgets in ``root`` (itself if it is one), in creation order.

    The line edit inside a combo box or a spin box belongs to it and is skipped: the
    compound widget's value is the one that counts.
    """
    if isinstance(root, _LEAVES):
        return [root]
    found: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, _LEAVES):
            continue
        parent = widget.parentWidget()
        inside = False
        while parent is not None and parent is not root:
            if isinstance(parent, _LEAVES):
                inside = True
                break
            parent = parent.parentWidget()
        if not inside:
            found.append(widget)
    return found


def _value(widget: QWidget):
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QCheckBox | QRadioButton):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QDateEdit):
        return widget.date().toJulianDay()
    if isinstance(widget, QDateTimeEdit):
        # Milliseconds since the epoch: the same instant whatever zone the widget shows.
        return widget.dateTime().toMSecsSinceEpoch()
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return widget.value()
    return None


def _set_value(widget: QWidget, value) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText(value)
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        widget.setPlainText(value)
    elif isinstance(widget, QCheckBox | QRadioButton):
        widget.setChecked(value)
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(value)
    elif isinstance(widget, QDateEdit):
        widget.setDate(QDate.fromJulianDay(value))
    elif isinstance(widget, QDateTimeEdit):
        instant = QDateTime.fromMSecsSinceEpoch(value, QTimeZone.utc())
        widget.setDateTime(instant.toTimeZone(widget.dateTime().timeZone()))
    elif isinstance(widget, QSpinBox | QDoubleSpinBox):
        widget.setValue(value)


def read_values(widgets: Mapping[str, QWidget]) -> dict[str, Any]:
    """Field name → value; a compound field (a group of boxes, a date with an "unknown"
    box) gives one value per input inside it, as ``name.0``, ``name.1``…"""
    values: dict[str, Any] = {}
    for name, widget in widgets.items():
        inputs = _inputs(widget)
        if len(inputs) == 1 and inputs[0] is widget:
            values[name] = _value(widget)
            continue
        for index, child in enumerate(inputs):
            values[f"{name}.{index}"] = _value(child)
    return values


def write_values(widgets: Mapping[str, QWidget], values: Mapping[str, Any]) -> None:
    """Put back what :func:`read_values` read, through the widgets' setters.

    Deliberately not quiet: each field emits its usual "changed" signal, so the form
    knows it has been edited (its Enregistrer button comes on, its checks run).
    """
    for name, widget in widgets.items():
        inputs = _inputs(widget)
        if len(inputs) == 1 and inputs[0] is widget:
            if name in values:
                _set_value(widget, values[name])
            continue
        for index, child in enumerate(inputs):
            key = f"{name}.{index}"
            if key in values:
                _set_value(child, values[key])


# ----------------------------------------------------------------------------- banner

_BANNER_STYLE = f"""
QFrame#DraftBanner {{
    margin: 12px 28px 0 28px;  /* in line with the section pages' content */
    border-radius: 6px;
    background: {style.INFO_SOFT};
    border: 1px solid #c7d9ef;
}}
QFrame#DraftBanner[tone="warning"] {{
    background: {style.WARNING_SOFT};
    border: 1px solid #f8d9b0;
}}
QFrame#DraftBanner QLabel {{
    color: {style.ACCENT_PRESSED};
    background: transparent;
    border: none;
}}
QFrame#DraftBanner[tone="warning"] QLabel {{
    color: {style.WARNING};
}}
"""


class DraftBanner(QFrame):
    """ "Demande DSR-…: modifications non enregistrées…" with Reprendre and Abandonner.

    The section decides what the buttons do; when resuming fails (the item was deleted
    meanwhile), :meth:`show_failure` turns the banner into a warning with only Fermer.
    """

    resume = Signal(object)  # the Draft
    discard = Signal(object)

    def __init__(self, draft: Draft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft: Draft | None = draft
        self.setObjectName("DraftBanner")
        self.setProperty("tone", "info")
        self.setStyleSheet(_BANNER_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 10, 8)
        row.setSpacing(10)
        self.text = QLabel(
            self.tr(
                "{label} : modifications non enregistrées, conservées pendant le verrouillage."
            ).format(label=draft.label)
        )
        self.text.setWordWrap(True)
        row.addWidget(self.text, 1)
        self.resume_button = QPushButton(self.tr("Reprendre"))
        style.set_role(self.resume_button, "primary")
        self.resume_button.setToolTip(self.tr("Rouvrir le formulaire avec ce qui avait été saisi"))
        self.resume_button.clicked.connect(lambda: self.resume.emit(self.draft))
        self.discard_button = QPushButton(self.tr("Abandonner"))
        self.discard_button.setToolTip(self.tr("Oublier ces modifications"))
        self.discard_button.clicked.connect(lambda: self.discard.emit(self.draft))
        self.close_button = QPushButton(self.tr("Fermer"))
        self.close_button.clicked.connect(lambda: self.discard.emit(None))
        self.close_button.hide()
        row.addWidget(self.resume_button)
        row.addWidget(self.discard_button)
        row.addWidget(self.close_button)

    def show_failure(self, text: str) -> None:
        """The draft could not be reapplied: say why; nothing of it is kept."""
        self.draft = None
        self.text.setText(text)
        self.setProperty("tone", "warning")
        style.repolish(self)
        style.repolish(self.text)  # its colour follows the banner's tone
        self.resume_button.hide()
        self.discard_button.hide()
        self.close_button.show()
