"""Long register operations (backup, passphrase change, purge, checks) off the UI thread.

A 100 000-request register takes seconds to copy and check; the window must keep
painting meanwhile. :class:`RegisterTask` runs one service call in a ``QThread`` and
reports back on the UI thread. While a task runs on a register, :func:`is_busy` says
so: the window then refuses to lock (and retries), exactly as it refuses to lock
mid-write, because locking closes the register under the running operation.

The services are thread-safe for this use: each call takes its own pooled connection
(``check_same_thread=False``), and writes are serialised by ``Register.write()``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QThread, Signal

from dpo_desk.domain.errors import UserError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.services.read_model import Register

log = logging.getLogger(__name__)


class UnexpectedFailure(UserError):
    # A bug, not a situation the user can fix: say which operation, never the details
    # (they may quote data); the log has the exception's type only.
    template = QT_TRANSLATE_NOOP(
        "Errors", "L'opération a échoué de façon inattendue ({kind}). Rien n'a été perdu."
    )


# Tasks under way, per register (by identity). Kept here, not on the widgets, so a
# task outlives the dialog that started it and the window still knows to wait.
_running: dict[int, set[RegisterTask]] = {}


def is_busy(register: Register | None) -> bool:
    """True while a task started through this module works on ``register``."""
    return register is not None and bool(_running.get(id(register)))


def wait_for(register: Register | None) -> None:
    """Block until every task on ``register`` has ended (closing the window: the
    register must not be closed under a backup)."""
    if register is None:
        return
    for task in list(_running.get(id(register), ())):
        task.wait()
        task.release()


class RegisterTask(QThread):
    """One call of ``work()`` in a worker thread; ``succeeded(result)`` or
    ``failed(UserError)`` arrives on the UI thread, then ``ended``."""

    succeeded = Signal(object)
    failed = Signal(object)
    ended = Signal()

    def __init__(self, register: Register, work: Callable[[], object]) -> None:
        # No parent: a dialog closed meanwhile must not destroy a running thread.
        super().__init__()
        self.register = register
        self._work = work
        self._released = False
        self.finished.connect(self._on_finished)

    def start(self, *args) -> None:  # noqa: D401 — QThread.start, with bookkeeping
        _running.setdefault(id(self.register), set()).add(self)
        super().start(*args)

    def run(self) -> None:
        try:
            result = self._work()
        except UserError as error:
            self.failed.emit(error)
        except Exception as exc:  # a defect: the UI must still say something and go on
            log.error("background operation failed: %s", type(exc).__name__)
            self.failed.emit(UnexpectedFailure(kind=type(exc).__name__))
        else:
            self.succeeded.emit(result)

    def release(self) -> None:
        """Forget the task once its thread has ended (idempotent)."""
        if self._released:
            return
        self._released = True
        tasks = _running.get(id(self.register))
        if tasks is not None:
            tasks.discard(self)
            if not tasks:
                _running.pop(id(self.register), None)

    def _on_finished(self) -> None:
        # ``finished`` is emitted just before the thread really ends: wait for it, so
        # the object is never destroyed with its thread still running.
        self.wait()
        self.ended.emit()
        self.release()


def run_task(
    register: Register,
    work: Callable[[], object],
    on_success: Callable[[object], None] | None = None,
    on_failure: Callable[[UserError], None] | None = None,
) -> RegisterTask:
    """Start ``work`` off the UI thread; the callbacks run on the UI thread."""
    task = RegisterTask(register, work)
    if on_success is not None:
        task.succeeded.connect(on_success)
    if on_failure is not None:
        task.failed.connect(on_failure)
    task.start()
    return task
