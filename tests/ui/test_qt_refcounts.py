"""PySide6 6.12.0 loses a reference to True or False at each emit; the app must survive it.

On Python 3.11 a count that reaches zero aborts the interpreter ("bool_dealloc"), in a
long session or at exit. ``ui/qt_guard.py`` measures the loss and gives both values
headroom; these tests fail if a PySide6 loses references and the guard is off, and
show the guard is not applied where nothing is lost.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtWidgets import QLabel

from dpo_desk.ui import qt_guard, style


class _Emitter(QObject):
    flag = Signal(bool)
    anything = Signal(object)


def _lost_per_emit(value: bool) -> float:
    emitter = _Emitter()  # no receiver: 6.12.0 loses the reference all the same
    before = sys.getrefcount(value)
    for _ in range(200):
        emitter.flag.emit(value)
    return (before - sys.getrefcount(value)) / 200


def test_the_guard_is_on_exactly_when_emits_lose_references(qapp):
    style.application([])  # where the app makes (or finds) its QApplication
    losing = _lost_per_emit(True) >= 0.9
    assert qt_guard.loses_bool_references() is losing
    if losing:
        assert qt_guard.keep_bools_alive() is True
        # Far more references than a session's emits could take away.
        assert sys.getrefcount(True) > qt_guard.HEADROOM // 2
        assert sys.getrefcount(False) > qt_guard.HEADROOM // 2
    elif not qt_guard.loses_none_references():
        assert qt_guard.keep_bools_alive() is False


def _lost_per_void_call() -> float:
    size = QSize()
    before = sys.getrefcount(None)
    for _ in range(200):
        size.setHeight(2)
    return (before - sys.getrefcount(None)) / 200


def test_the_guard_covers_none_exactly_when_void_calls_lose_it(qapp):
    """6.12.0 also loses a reference to None at each call of a method returning nothing:
    a 5,000-row printout or a long afternoon aborted the app ("none_dealloc")."""
    style.application([])
    losing = _lost_per_void_call() >= 0.9
    assert qt_guard.loses_none_references() is losing
    if losing:
        assert qt_guard.keep_bools_alive() is True
        assert sys.getrefcount(None) > qt_guard.HEADROOM // 2


def test_a_burst_of_void_calls_leaves_the_interpreter_standing(qapp):
    qt_guard.keep_bools_alive()
    label = QLabel()
    for index in range(100_000):  # twenty times None's count at start-up on 3.11
        label.setText("x" if index % 2 else "y")
    assert sys.getrefcount(None) > 0


def test_a_burst_of_emits_leaves_the_interpreter_standing(qapp):
    qt_guard.keep_bools_alive()
    emitter = _Emitter()
    emitter.anything.connect(lambda _v: None)
    for _ in range(20_000):  # more than True's own count on a fresh 3.11 (~600)
        emitter.flag.emit(True)
        emitter.anything.emit(False)
    assert sys.getrefcount(True) > 0 and sys.getrefcount(False) > 0
