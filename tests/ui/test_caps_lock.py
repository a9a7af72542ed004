"""Issue 21, item 8: the unlock field says when Caps Lock is on, read from the key events
(a typed letter whose case disagrees with Shift), since Qt has no portable query."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from dpo_desk.security.keystore import Keystore
from dpo_desk.services.preferences import Preferences
from dpo_desk.ui.session import FileClaim
from dpo_desk.ui.unlock_dialog import UnlockDialog, caps_lock_state

NO = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _press(widget, key: Qt.Key, text: str, modifiers=NO) -> None:
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text))
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyRelease, key, modifiers, text))


def _dialog(qtbot, register):
    path = register.path
    register.close()
    dialog = UnlockDialog(FileClaim(path), Preferences.load(), Keystore())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_case_of_a_letter_against_shift_tells_the_state():
    def event(text, modifiers=NO):
        return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, modifiers, text)

    assert caps_lock_state(event("A")) is True  # upper-case, no Shift
    assert caps_lock_state(event("a", SHIFT)) is True  # Shift gives lower-case
    assert caps_lock_state(event("a")) is False
    assert caps_lock_state(event("A", SHIFT)) is False
    assert caps_lock_state(event("É")) is True
    for silent in ("1", "!", " ", "", "ب"):  # no case: nothing learnt
        assert caps_lock_state(event(silent)) is None


def test_the_unlock_field_warns_while_caps_lock_is_on(qtbot, register):
    dialog = _dialog(qtbot, register)
    form = dialog.form
    field = form.passphrase
    assert form.caps_lock_label.isHidden()
    _press(field, Qt.Key.Key_C, "c")
    assert form.caps_lock_label.isHidden()
    _press(field, Qt.Key.Key_O, "O")  # upper-case without Shift: Caps Lock is on
    assert form.caps_lock_label.isVisible()
    assert form.caps_lock_label.text() == "Verr. Maj. activé"
    _press(field, Qt.Key.Key_1, "1")  # a digit tells nothing: the warning stays
    assert form.caps_lock_label.isVisible()
    _press(field, Qt.Key.Key_R, "R", SHIFT)  # Shift and upper-case: it is off again
    assert form.caps_lock_label.isHidden()
    _press(field, Qt.Key.Key_R, "r", SHIFT)  # lower-case with Shift: on
    assert form.caps_lock_label.isVisible()
    # The characters still reach the field: the warning only watches.
    assert field.text() == "cO1Rr"
    dialog.reject()
