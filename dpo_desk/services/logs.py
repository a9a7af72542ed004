"""The technical log and the crash report: what a user can send without sending a person.

A DPO who meets a defect must be able to report it (the window's "copy details" and a
log file in the user's log folder, as Anki and Vorta keep), but the register is full of
data subjects: an exception's message may quote a name, an e-mail address or a file
path (``/home/salma/…``, ``Registre Bennani.dpodesk``), and a local variable may hold a
whole request. Neither the report nor the log may carry them (Loi 09-08, art. 23: the
controller protects the data against unauthorised disclosure; law 09-08 also applies
to what leaves the machine in a bug report). So a report holds only what the code is:

- the exception's type (``ValueError``, ``sqlalchemy.exc.OperationalError``), never its
  message;
- each frame's file, relative to its package (``dpo_desk/ui/widgets.py``; a file of the
  standard library by its name alone), its line number and its function name; never a
  local value, never the source line;
- the versions of the app, Python, Qt and the OS (``platform.platform()``, which holds
  no host or user name).

The log file takes only DPO Desk's own records (the ``dpo_desk`` loggers, whose
messages name exception types and counts, never a value), and formats their exceptions
the same way; as a second guard, an e-mail address or the home folder's path that a
message would hold anyway is masked. It rotates at 1 MB, three old files kept, and is
readable by its owner only.

No Qt here: the UI hands in Qt's versions (``ui/crash.py``).
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
import platform
import re
import sys
import traceback
from collections.abc import Iterator, Mapping
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath
from types import TracebackType

import platformdirs

from dpo_desk import APP_NAME, __version__

_FOLDER = "dpo-desk"  # its name in the OS's log folder
LOG_FILE = "dpo-desk.log"
MAX_BYTES = 1_000_000
BACKUPS = 3

# The loggers whose records reach the file: the app's own, whose messages are reviewed
# to carry no personal data. A library's record (a path in a warning) is left out.
APP_LOGGER = "dpo_desk"

_PACKAGE_ROOT = Path(__file__).resolve().parent.parent.parent  # the folder above dpo_desk/
_LIBRARY_FOLDERS = ("site-packages", "dist-packages")
_EMAIL = re.compile(r"[^\s@<>()\"',;]+@[^\s@<>()\"',;]+")

_SysExcInfo = (
    tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]
)

# The ``dpo_desk`` logger's own level before setup_file_log lowered it to INFO.
_level_before: int | None = None


def log_dir() -> Path:
    """The folder of the log file.

    ``DPO_DESK_LOG_DIR`` when set; else, when ``DPO_DESK_CONFIG_DIR`` moves the config
    (the tests, a portable install), a ``log`` folder inside it, so that such a run never
    writes into the user's real log folder; else the OS's: ``~/.local/state/dpo-desk/log``
    on Linux, ``~/Library/Logs/dpo-desk`` on macOS, ``%LOCALAPPDATA%\\dpo-desk\\Logs`` on
    Windows.
    """
    override = os.environ.get("DPO_DESK_LOG_DIR")
    if override:
        return Path(override)
    config = os.environ.get("DPO_DESK_CONFIG_DIR")
    if config:
        return Path(config) / "log"
    return platformdirs.user_log_path(_FOLDER, appauthor=False)


def log_path() -> Path:
    return log_dir() / LOG_FILE


# -- the scrubbed report -----------------------------------------------------------------
def code_path(filename: str) -> str:
    """A frame's file as the code knows it, without the folders above it (a home
    folder's name is a person's): ``dpo_desk/ui/x.py``, ``sqlalchemy/engine/base.py``,
    ``threading.py``; ``<frozen …>`` and ``<string>`` as they are."""
    if filename.startswith("<"):
        return filename
    pure: PurePath = PureWindowsPath(filename) if "\\" in filename else PurePosixPath(filename)
    parts = pure.parts
    for folder in _LIBRARY_FOLDERS:
        if folder in parts:
            index = len(parts) - 1 - parts[::-1].index(folder)
            inside = parts[index + 1 :]
            if inside:
                return "/".join(inside)
    try:
        return Path(filename).resolve().relative_to(_PACKAGE_ROOT).as_posix()
    except (ValueError, OSError):
        pass
    folders = parts[:-1]
    if "dpo_desk" in folders:  # a frozen build's, or another copy's
        index = len(folders) - 1 - folders[::-1].index("dpo_desk")
        return "/".join(parts[index:])
    return pure.name


def type_name(exc_type: type[BaseException]) -> str:
    """``ValueError``, or ``sqlalchemy.exc.OperationalError`` outside the builtins."""
    module = getattr(exc_type, "__module__", "") or ""
    name = getattr(exc_type, "__qualname__", None) or exc_type.__name__
    return name if module in ("builtins", "__main__") else f"{module}.{name}"


def _chain(exc: BaseException) -> Iterator[tuple[BaseException, str]]:
    """The exception and those it came from, oldest first, as Python prints them, with
    the sentence that links each to the next."""
    seen: set[int] = set()
    links: list[tuple[BaseException, str]] = []
    current: BaseException | None = exc
    link = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        links.append((current, link))
        if current.__cause__ is not None:
            link = "The above exception was the direct cause of the following exception:"
            current = current.__cause__
        elif current.__context__ is not None and not current.__suppress_context__:
            link = "During handling of the above exception, another exception occurred:"
            current = current.__context__
        else:
            current = None
    # links[i][1] is the sentence printed *after* links[i + 1] (older): shift it.
    ordered = list(reversed(links))
    for index, (error, _) in enumerate(ordered):
        yield error, ordered[index - 1][1] if index else ""


def scrubbed_traceback(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
) -> str:
    """The traceback without a message, a source line or a value: files, lines, functions
    and exception types only."""
    lines: list[str] = []
    chain = list(_chain(exc)) if exc is not None else []
    if not chain:
        frames = traceback.extract_tb(tb) if tb is not None else []
        return "\n".join([*_frames(frames), type_name(exc_type)])
    for error, link in chain:
        if link:
            lines += ["", link, ""]
        own_tb = tb if error is exc else error.__traceback__
        lines += _frames(traceback.extract_tb(own_tb) if own_tb is not None else [])
        lines.append(type_name(type(error)))
    return "\n".join(lines)


def _frames(frames: traceback.StackSummary | list[traceback.FrameSummary]) -> list[str]:
    if not frames:
        return []
    return ["Traceback (most recent call last):"] + [
        f'  File "{code_path(frame.filename)}", line {frame.lineno}, in {frame.name}'
        for frame in frames
    ]


def environment(extra: Mapping[str, str] | None = None) -> list[str]:
    """The versions a defect depends on, one ``name: value`` per line."""
    lines = [
        f"{APP_NAME}: {__version__}{' (frozen)' if getattr(sys, 'frozen', False) else ''}",
        f"Python: {platform.python_version()} ({platform.python_implementation()})",
    ]
    lines += [f"{name}: {value}" for name, value in (extra or {}).items()]
    lines.append(f"OS: {platform.platform()}")
    return lines


def crash_report(
    exc_type: type[BaseException],
    exc: BaseException | None,
    tb: TracebackType | None,
    extra: Mapping[str, str] | None = None,
) -> str:
    """What "copy details" copies and the log keeps of an uncaught error."""
    return "\n".join([*environment(extra), "", scrubbed_traceback(exc_type, exc, tb)])


def mask(text: str) -> str:
    """A second guard on a log message: e-mail addresses and the home folder masked."""
    home = str(Path.home())
    if len(home) > 1:
        text = text.replace(home, "~")
    return _EMAIL.sub("<e-mail>", text)


# -- the file ----------------------------------------------------------------------------
class ScrubbingFormatter(logging.Formatter):
    """Formats a record's exception as :func:`scrubbed_traceback`, never a stack, and
    masks what a message should not hold."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def formatException(self, ei: _SysExcInfo) -> str:  # noqa: N802 — logging's name
        exc_type, exc, tb = ei
        if exc_type is None:
            return ""
        return scrubbed_traceback(exc_type, exc, tb)

    def formatStack(self, stack_info: str) -> str:  # noqa: N802 — logging's name
        return ""  # a stack holds source lines

    def format(self, record: logging.LogRecord) -> str:
        return mask(super().format(record))


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A RotatingFileHandler whose every file (the first and each after a rotation) is
    created readable and writable by its owner only."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return io.TextIOWrapper(
            io.FileIO(fd, "a"), encoding=self.encoding, errors=self.errors, write_through=True
        )


def setup_file_log(level: int = logging.INFO) -> Path | None:
    """Send the ``dpo_desk`` loggers' records to the rotating file; its path, or None when
    the folder cannot be written (a read-only home: the app runs on without a log).

    Called again (a test, a second start in one process), it replaces its handler.
    """
    logger = logging.getLogger(APP_LOGGER)
    for handler in [h for h in logger.handlers if isinstance(h, PrivateRotatingFileHandler)]:
        logger.removeHandler(handler)
        handler.close()
    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix":
            folder.chmod(0o700)
        handler = PrivateRotatingFileHandler(
            folder / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
        if os.name == "posix":  # a file left by an older version, or another umask
            os.chmod(folder / LOG_FILE, 0o600)
    except OSError as exc:
        logger.warning("no log file (%s)", type(exc).__name__)
        return None
    handler.setFormatter(ScrubbingFormatter())
    handler.setLevel(level)
    logger.addHandler(handler)
    if logger.getEffectiveLevel() > level:
        global _level_before
        _level_before = logger.level
        logger.setLevel(level)
    return folder / LOG_FILE


def close_file_log() -> None:
    """Detach and close the log file (tests; the end of the process closes it anyway)."""
    global _level_before
    logger = logging.getLogger(APP_LOGGER)
    for handler in [h for h in logger.handlers if isinstance(h, PrivateRotatingFileHandler)]:
        logger.removeHandler(handler)
        handler.close()
    if _level_before is not None:
        logger.setLevel(_level_before)
        _level_before = None


def log_start(extra: Mapping[str, str] | None = None) -> None:
    """The first line of a session: the versions, so a report matches its log."""
    logging.getLogger(f"{APP_LOGGER}.session").info("started: %s", "; ".join(environment(extra)))


def log_crash(report: str) -> None:
    """An uncaught error, as its scrubbed report (never the exception itself: another
    handler, the console's, would print its message)."""
    logging.getLogger(f"{APP_LOGGER}.crash").error("uncaught error\n%s", report)
