"""The compiled catalogues (``.qm``) the UI loads, built on first run when make did not.

The ``.ts`` files (``resources/translations``) are the source and are committed; the
``.qm`` files Qt reads are built from them by ``make translations`` and never committed.
A checkout started as ``dpo-desk gui`` without make (``pip install -e .``, an IDE's run
button), or a ``.ts`` updated since the last build, would show the UI in French, or in
yesterday's words, without a word of why. So at start-up the catalogue of the chosen
language is found or made:

1. the ``.qm`` beside its ``.ts``, when it is at least as new (what make builds; the
   frozen build ships it and is taken as it is: its files' times say nothing);
2. else one compiled earlier into the per-user cache folder, named by the digest of its
   ``.ts``, so an edited (or older, checked-out) ``.ts`` never meets a stale build;
3. else it is compiled there now with the ``lrelease`` that the PySide6 wheel ships
   (about 50 ms for the largest catalogue);
4. else a stale ``.qm`` beside the ``.ts``, better than none, or nothing: the caller says
   that the interface stays in French.

No Qt class here: ``ui/i18n.py`` loads what this returns.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import platformdirs

from dpo_desk.resources import resources_dir

log = logging.getLogger(__name__)

_FOLDER = "dpo-desk"
_DIGEST_CHARS = 16
LRELEASE_TIMEOUT = 60  # seconds; a catalogue compiles in well under one


def source_dir() -> Path:
    return resources_dir() / "translations"


def cache_dir() -> Path:
    """Where catalogues compiled at run time go: ``DPO_DESK_CACHE_DIR`` when set, else,
    when ``DPO_DESK_CONFIG_DIR`` moves the config (tests, a portable install), a
    ``cache`` folder inside it, else the OS's cache folder (``~/.cache/dpo-desk`` on
    Linux)."""
    override = os.environ.get("DPO_DESK_CACHE_DIR")
    if override:
        return Path(override) / "translations"
    config = os.environ.get("DPO_DESK_CONFIG_DIR")
    if config:
        return Path(config) / "cache" / "translations"
    return platformdirs.user_cache_path(_FOLDER, appauthor=False) / "translations"


def lrelease_program() -> Path | None:
    """The ``lrelease`` inside the PySide6 wheel (``PySide6/lrelease``), else one on the
    PATH; None in a frozen build, which ships no Qt tools (and needs none)."""
    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    try:
        import PySide6

        bundled = Path(PySide6.__file__).resolve().parent / name
    except ImportError:  # pragma: no cover — the UI cannot run without it
        bundled = None
    if bundled is not None and bundled.is_file() and os.access(bundled, os.X_OK):
        return bundled
    # The wrapper beside this Python (a venv not on the PATH), then the PATH's.
    beside_python = Path(sys.executable).with_name("pyside6-lrelease")
    if beside_python.is_file() and os.access(beside_python, os.X_OK):
        return beside_python
    for candidate in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(candidate)
        if found:
            return Path(found)
    return None


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:_DIGEST_CHARS]


def _fresh(compiled: Path, source: Path) -> bool:
    try:
        return compiled.stat().st_mtime >= source.stat().st_mtime
    except OSError:
        return False


def compiled_catalogue(
    language: str, source: Path | None = None, cache: Path | None = None
) -> Path | None:
    """The ``.qm`` to load for ``language`` (see the module's docstring), or None."""
    folder = source if source is not None else source_dir()
    ts = folder / f"dpo_desk_{language}.ts"
    beside = ts.with_suffix(".qm")
    if not ts.is_file():  # a build that ships only the .qm
        return beside if beside.is_file() else None
    if beside.is_file() and (getattr(sys, "frozen", False) or _fresh(beside, ts)):
        return beside
    try:
        digest = _digest(ts)
    except OSError as exc:
        log.warning("catalogue %s unreadable (%s)", language, type(exc).__name__)
        return beside if beside.is_file() else None
    target_dir = cache if cache is not None else cache_dir()
    cached = target_dir / f"dpo_desk_{language}-{digest}.qm"
    if cached.is_file():
        return cached
    if compile_catalogue(ts, cached):
        _forget_older(target_dir, language, keep=cached)
        return cached
    if beside.is_file():
        log.warning("catalogue %s not rebuilt: an older build is used", language)
        return beside
    return None


def compile_catalogue(ts: Path, qm: Path) -> bool:
    """Compile ``ts`` into ``qm`` with lrelease, atomically (another DPO Desk starting at
    the same moment finds either no file or a whole one); True when it is there."""
    program = lrelease_program()
    if program is None:
        log.warning("no lrelease to compile a catalogue")
        return False
    try:
        qm.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=".", suffix=".qm", dir=qm.parent)
        os.close(handle)
    except OSError as exc:
        log.warning("no folder to compile a catalogue into (%s)", type(exc).__name__)
        return False
    temporary = Path(name)
    try:
        done = subprocess.run(
            [str(program), "-silent", str(ts), "-qm", str(temporary)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=LRELEASE_TIMEOUT,
            check=False,
        )
        if done.returncode != 0 or temporary.stat().st_size == 0:
            log.warning("lrelease failed (exit %s)", done.returncode)
            return False
        os.replace(temporary, qm)
        return True
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("lrelease could not run (%s)", type(exc).__name__)
        return False
    finally:
        temporary.unlink(missing_ok=True)


def _forget_older(folder: Path, language: str, keep: Path) -> None:
    """Remove the language's earlier builds from the cache: one per ``.ts`` ever seen
    would pile up."""
    for old in folder.glob(f"dpo_desk_{language}-*.qm"):
        if old != keep:
            try:
                old.unlink()
            except OSError:
                pass
