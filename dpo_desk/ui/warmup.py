"""The modules the dashboard needs, imported while the unlock dialog waits (issue 25, 11).

Between the unlock dialog showing and the DPO pressing Enter, the main thread is idle
in the event loop: a second or more of free interpreter time. A daemon thread spends it
importing what the unlock and the first screens would otherwise import after Enter
(SQLAlchemy and the storage engine, the dashboard's modules, the holidays calendars
for the lunar estimates, then the other sections), so that the wait after Enter is the
key derivation and the dashboard's queries, not the imports.

Rules the thread keeps:

- imports only: it creates no QObject or QWidget (Qt objects belong to the thread that
  made them, and widgets to the main thread), and every module listed builds no Qt
  object when imported (tests/ui/test_warmup.py imports them in a thread, in a fresh
  process, and finds no widget and no Qt warning);
- it touches no register, file or personal data: importing code reads only code, and
  its last step, the SQL of the unlock and the dashboard compiled once
  (storage/first_reads.py), runs on an empty database in memory;
- it stops at a module boundary (or between two of those reads) when asked. Two threads importing modules of the same
  package at once can make Python's import machinery raise ``_DeadlockError`` (a
  package's ``__init__`` importing a submodule that the other thread holds), so the
  main thread calls :func:`settle` before its own work starts (Enter in the unlock
  form, a window about to open): the thread finishes the one module it is importing,
  whose import the main thread would otherwise have paid for itself, and stops.

Once the thread is done, the main thread, still idle, builds one spare with the builder
app.start hands :func:`enable` (the controller's): widgets only, with no register and so
no data. While an unlock dialog waits, the spare is the whole main window for its file,
which the window's first unlock opens (:func:`take_spare`); elsewhere (the welcome
screen) it is a dashboard, which the first main window adopts (sections._dashboard)
instead of building its own after Enter. A language change restarts the app, so the
spare's texts are always those of the window that takes it.
"""

from __future__ import annotations

import importlib
import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

#: In the order the unlock needs them: first what opening a register and painting the
#: dashboard import (most are already loaded by the dialog itself, then a no-op), then
#: the sections the DPO opens next, their heavy libraries first in small steps so that
#: a stop request waits for little. openpyxl (exports only) and the settings section
#: (first visit only, rebuilt on language changes) are left to their first use.
MODULES: tuple[str, ...] = (
    # opening a register
    "sqlalchemy",
    "sqlalchemy.engine",
    "dpo_desk.storage.database",
    "dpo_desk.services.register_file",
    "dpo_desk.services.read_model",
    "dpo_desk.ui.main_window",
    # the dashboard (sections/__init__.py builds it on the window's first show)
    "dpo_desk.ui.sections.dashboard",
    "dpo_desk.ui.breaches.dashboard_panel",
    "dpo_desk.ui.records.dashboard_card",
    # its lunar-holiday estimates (domain/calendar.py imports the package on first use)
    "holidays",
    "holidays.countries",
    # the other sections, visited next
    "reportlab.pdfbase.pdfmetrics",
    "reportlab.pdfgen.canvas",
    "pypdfium2",
    "dpo_desk.documents.pdf",
    "dpo_desk.services.letters",
    "dpo_desk.ui.sections.requests",
    "dpo_desk.ui.sections.breaches",
    "dpo_desk.ui.sections.processing",
    "dpo_desk.ui.sections.processors",
    "dpo_desk.ui.sections.journal",
)


class Warmup:
    """One pass over :data:`MODULES` in a daemon thread."""

    def __init__(self, modules: tuple[str, ...] = MODULES) -> None:
        self.modules = modules
        #: the modules this pass imported or found loaded, in order
        self.done: list[str] = []
        self.finished = threading.Event()
        self._stop = threading.Event()
        self.seconds = 0.0
        #: the storage reads compiled ahead (storage/first_reads.py)
        self.reads = 0
        self.stopped_early = False
        self.thread = threading.Thread(target=self._run, name="dpo-desk-warmup", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def _run(self) -> None:
        started = time.perf_counter()
        try:
            for name in self.modules:
                if self._stop.is_set():
                    self.stopped_early = True
                    break
                try:
                    importlib.import_module(name)
                except Exception:  # noqa: BLE001 — a missing optional module costs nothing
                    # The main thread imports it when (if) needed and reports its error there.
                    log.debug("warm-up: %s not imported", name, exc_info=True)
                    continue
                self.done.append(name)
            else:
                self._compile_first_reads()
        finally:
            self.seconds = time.perf_counter() - started
            log.debug("warm-up: %d modules in %.3f s", len(self.done), self.seconds)
            self.finished.set()

    def _compile_first_reads(self) -> None:
        """After the imports: the unlock's and the dashboard's SQL compiled once, on an
        empty database in memory (storage/first_reads.py): 20-40 ms the first engine no
        longer spends after Enter. Stops between two reads when asked."""
        try:
            from dpo_desk.services.read_model import compile_first_reads

            self.reads = compile_first_reads(stop=self._stop.is_set)
            if not self._stop.is_set():
                # The holidays of last year, this year and the next (the lunar notice).
                from dpo_desk.domain.calendar import prepare_years
                from dpo_desk.domain.clock import SystemClock

                this_year = SystemClock().now().year
                prepare_years(range(this_year - 1, this_year + 2))
        except Exception:  # noqa: BLE001 — the unlock computes them itself, as before
            log.debug("warm-up: first reads not compiled", exc_info=True)
        if self._stop.is_set():
            self.stopped_early = True

    @property
    def running(self) -> bool:
        return self.thread.is_alive()

    @property
    def complete(self) -> bool:
        """Every module tried: the pass was not stopped early."""
        return self.finished.is_set() and not self.stopped_early

    def settle(self) -> None:
        """Stop after the current module and wait for it (see the module's docstring)."""
        self._stop.set()
        if self.thread.is_alive() and self.thread is not threading.current_thread():
            self.thread.join()


_current: Warmup | None = None
#: Off until the GUI's start-up (app.start) turns it on: the test suite builds windows
#: and dialogs on its own, importing as it goes, and must not share the import locks
#: with a thread it never settles.
_enabled = False
#: builds the spare (a main window or a dashboard), or says there is no need for one
#: (None): the controller's (it knows whether a window is open, and which file's
#: passphrase is being typed)
_spare_builder: Callable[[], QWidget | None] | None = None


def enable(on: bool = True, spare: Callable[[], QWidget | None] | None = None) -> None:
    global _enabled, _spare_builder
    _enabled = on
    _spare_builder = spare if on else None


def start() -> Warmup | None:
    """Start the warm-up, once per process: a later call returns the running or finished
    pass, or, when the last one was stopped early, starts one for the modules left.
    None when the warm-up is not enabled."""
    from PySide6.QtCore import QTimer

    global _current, _polling
    if not _enabled:
        return None
    if _current is None or not (_current.running or _current.complete):
        left = MODULES if _current is None else tuple(m for m in MODULES if m not in _current.done)
        _current = Warmup(left)
        _current.start()
    if not _polling and not _spare_built:
        _polling = True
        QTimer.singleShot(POLL_MS, _build_spare_when_done)
    return _current


def current() -> Warmup | None:
    return _current


#: how often the main thread looks whether the thread is done (the event loop is idle)
POLL_MS = 50
_spare: QWidget | None = None  # a MainWindow or a Section, built on the main thread (above)
_spare_built = False  # once per process: the first window is the one the DPO waits for
_polling = False


def _build_spare_when_done() -> None:
    """On the main thread, by a timer: once the pass has finished, build the spare."""
    from PySide6.QtCore import QTimer

    global _spare, _spare_built, _polling
    if _current is not None and _current.running and _enabled:
        QTimer.singleShot(POLL_MS, _build_spare_when_done)
        return
    _polling = False
    if _current is None or not _current.complete or _spare_built or not _enabled:
        return  # stopped by Enter: the window is being built, no time to spare
    if _spare_builder is None:
        return
    _spare = _spare_builder()
    if _spare is None:
        return  # a window's lock screen: that window has its dashboard already
    _spare_built = True
    # Its style resolved now rather than when the window shows it.
    _spare.ensurePolished()


def all_done() -> bool:
    """Every import made and the spare dashboard built (or not wanted): nothing left to
    do before Enter (the bench's "typing" waits for this, at most a few seconds)."""
    return _current is not None and _current.complete and not _polling


def take_spare(wanted: Callable[[QWidget], bool]) -> QWidget | None:
    """The spare, once, if it is ``wanted`` (None when there is none or it is not)."""
    global _spare
    spare = _spare
    if spare is not None and not shiboken6.isValid(spare):
        _spare = None  # deleted with the other top-level widgets (a test's clean-up)
        return None
    if spare is None or not wanted(spare):
        return None
    _spare = None
    return spare


def discard_spare() -> None:
    """Close the spare that nothing will take (a window built for a file whose dialog
    was cancelled): its widgets go now, not at exit."""
    spare = take_spare(lambda _spare: True)
    if spare is not None:
        spare.close()
        spare.deleteLater()


def settle() -> None:
    """Before the main thread imports what the warm-up may be importing: let it stop."""
    if _current is not None:
        _current.settle()


def reset() -> None:
    """Tests: settle any pass and forget it, and turn the warm-up off again."""
    global _current, _spare_built, _polling
    settle()
    _current = None
    _spare_built = _polling = False
    discard_spare()
    enable(False)
