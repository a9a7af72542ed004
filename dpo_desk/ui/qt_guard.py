"""A guard against PySide6 6.12.0's lost references to True and False.

In that release every ``emit(True)`` or ``emit(False)`` from Python (a ``Signal(bool)``
or ``Signal(object)``, received or not) drops one reference to the value. From Python
3.12 True and False are immortal and nothing happens; on 3.11 they are ordinary objects,
and once a count reaches zero the interpreter aborts ("bool_dealloc: deallocating True
or False"): in a long session, or at exit, losing whatever was on screen.

The next PySide6 release without the bug (6.11.3, checked) has an lupdate that no longer
marks ``QCoreApplication.translate(context, text, None, n)`` as a plural message, which
would cost the Arabic catalogue its plural forms: so 6.12.0 stays pinned, with this guard.
The guard measures rather than trusts a version number: a few emits on a private
signal tell whether the running PySide6 loses references, and only then are True and
False given references that are never returned. Both are static objects of the
interpreter, so nothing leaks; 2**40 of them outlast any session.

The same release drops a reference to ``None`` at every call of a Qt method that returns
nothing (``setText``, ``setPen``, ``drawText``…). None starts with about 5,000 references:
a printed list of 5,000 rows (some 65,000 such calls), or an afternoon of work, would
abort the app with "none_dealloc". It is measured and guarded the same way.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, QSize, Signal

HEADROOM = 1 << 40
# Many probes, half of them enough: another thread's imports may move the counts meanwhile.
_PROBES = 64
_guarded = False


class _Probe(QObject):
    value = Signal(bool)


def loses_bool_references() -> bool:
    """Whether this PySide6 drops a reference to True at each emit (never on 3.12+)."""
    if sys.version_info >= (3, 12):
        return False
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.value.emit(True)
    lost = before - sys.getrefcount(True)
    probe.deleteLater()
    return lost >= _PROBES // 2


def loses_none_references() -> bool:
    """Whether this PySide6 drops a reference to None at each call of a void method."""
    if sys.version_info >= (3, 12):
        return False
    probe = QSize()
    before = sys.getrefcount(None)
    for _ in range(_PROBES):
        probe.setWidth(1)
    return before - sys.getrefcount(None) >= _PROBES // 2


def keep_bools_alive() -> bool:
    """Give True, False and None headroom where this PySide6 loses their references; True
    when any was given.

    Called once where the QApplication is made (``style.application``) and by the test
    session; a second call does nothing.
    """
    global _guarded
    if _guarded:
        return True
    guarded: list[object] = []
    if loses_bool_references():
        guarded += [True, False]
    if loses_none_references():
        guarded.append(None)
    for value in guarded:
        ctypes.c_ssize_t.from_address(id(value)).value += HEADROOM
    _guarded = bool(guarded)
    return _guarded
