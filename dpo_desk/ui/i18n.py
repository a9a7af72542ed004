"""Translation glue: the UI language, Qt's own strings, and messages from lower layers.

Source strings are French. Lower layers hand the UI French message ids with a context
(``QT_TRANSLATE_NOOP``); this module is where they meet ``QCoreApplication.translate``.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QProcess,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from dpo_desk.domain.errors import UserError
from dpo_desk.services.preferences import Preferences
from dpo_desk.ui import catalogues, formatting

log = logging.getLogger(__name__)

# The language the running UI was built in, and the app's one Preferences object (the
# controller's: a second copy saved later would overwrite the other's changes).
_current_language = "fr"
_preferences: Preferences | None = None
_restart_requested = False
# The language whose catalogue could not be loaded at start-up ("" when none failed).
_missing_catalogue = ""

SOURCE_LANGUAGE = "fr"
# The UI languages, in the order the language card offers them; each name is written in
# its own language, so that someone lost in a foreign UI still finds theirs.
UI_LANGUAGES = {"fr": "Français", "ar": "العربية", "en": "English"}

# Qt's file dialog labels its fields "&Look in:" and "Files of &type:", with mnemonics its
# own catalogues (qtbase_fr, qtbase_ar) do not carry: a French save dialog said "Look in:".
# Listed here, they go into our catalogues under Qt's context, which Qt asks after its own.
QT_MISSING = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def error_text(error: UserError) -> str:
    """A typed error from any layer, as one sentence in the UI language."""
    return error.message(
        lambda text: QCoreApplication.translate(error.context, text),
        QCoreApplication.translate,
    )


def ui_language(preferred: str = "") -> str:
    """The language to show: the user's choice, else the OS locale's, else French.

    Only a language the app is translated into counts: an OS in German gives French
    (the source), not a half-German window.
    """
    if preferred in UI_LANGUAGES:
        return preferred
    system = QLocale.system().name().split("_")[0]
    return system if system in UI_LANGUAGES else SOURCE_LANGUAGE


def install_translators(app: QApplication, preferred: str = "") -> str:
    """Load the app's and Qt's catalogues for the UI language; returns the language used.

    Must run before any widget exists: the layout direction and the default locale are
    read when a widget is built. Our catalogue is the one ``make translations`` built, or
    one compiled now from its ``.ts`` (``ui/catalogues.py``: a start without make). When
    none can be loaded, the UI falls back to French (the source text), says so
    (:func:`catalogue_notice`, and the log), and Qt's own strings must then be French
    too, or a French dialog would show "Cancel" next to "Déverrouiller".
    """
    global _missing_catalogue
    language = ui_language(preferred)
    ours = QTranslator(app)
    compiled = catalogues.compiled_catalogue(language)
    # French is the source text, but its catalogue is loaded too: it holds the French
    # plural forms of the %n messages ("1 ligne", "2 lignes"), which the source cannot.
    _missing_catalogue = ""
    if compiled is not None and ours.load(str(compiled)):
        app.installTranslator(ours)
    elif language != SOURCE_LANGUAGE:
        log.warning("No compiled catalogue for %s: the UI stays in French", language)
        _missing_catalogue = language
        language = SOURCE_LANGUAGE
    # Qt's own strings (standard buttons, file dialogs, context menus).
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    # Right-to-left (Arabic) is set before any window exists, so every layout mirrors:
    # navigation on the right, labels right-aligned, the reading order reversed.
    app.setLayoutDirection(QLocale(language).textDirection())
    formatting.set_ui_language(language)
    global _current_language
    _current_language = language
    return language


def catalogue_notice() -> str:
    """One line for the status bar when the chosen language could not be loaded at
    start-up (no compiled catalogue and none could be built); else empty. In French: it
    is the language the UI fell back to."""
    if not _missing_catalogue:
        return ""
    return QCoreApplication.translate(
        "i18n",
        "Traduction « {language} » introuvable : l'interface reste en français "
        "(lancez « make translations »).",
    ).format(language=UI_LANGUAGES.get(_missing_catalogue, _missing_catalogue))


def current_language() -> str:
    """The language the running UI was built in (French before start-up, as in tests)."""
    return _current_language


def use_preferences(prefs: Preferences) -> None:
    """Share the app's Preferences, so that a language choice is saved into the same object."""
    global _preferences
    _preferences = prefs


def save_language(language: str) -> None:
    """Store the UI language for the next start."""
    prefs = _preferences if _preferences is not None else Preferences.load()
    prefs.language = language
    prefs.save()


def request_restart() -> None:
    """Relaunch once the event loop has ended (``app.main`` asks ``restart_requested``).

    The relaunch waits for every window to have closed cleanly: each one locks its
    register and releases its file first, so the new process can open it again.
    """
    global _restart_requested
    _restart_requested = True


def restart_requested() -> bool:
    return _restart_requested


def relaunch() -> bool:
    """Start a new DPO Desk process with the same arguments; True when it started."""
    if getattr(sys, "frozen", False):  # PyInstaller: the executable is the app itself
        program, arguments = sys.executable, sys.argv[1:]
    else:
        program, arguments = sys.executable, sys.argv
    return QProcess.startDetached(program, arguments)[0]
