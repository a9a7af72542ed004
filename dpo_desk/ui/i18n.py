"""Translation glue: the UI language, Qt's own strings, and messages from lower layers.

Source strings are French. Lower layers hand the UI French message ids with a context
(``QT_TRANSLATE_NOOP``); this module is where they meet ``QCoreApplication.translate``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from dpo_desk.domain.errors import UserError
from dpo_desk.resources import resources_dir

SOURCE_LANGUAGE = "fr"


def error_text(error: UserError) -> str:
    """A typed error from any layer, as one sentence in the UI language."""
    return error.message(lambda text: QCoreApplication.translate(error.context, text))


def ui_language(preferred: str = "") -> str:
    """The language to show: the user's choice, else the OS locale's, else French."""
    if preferred:
        return preferred
    return QLocale.system().name().split("_")[0] or SOURCE_LANGUAGE


def install_translators(app: QApplication, preferred: str = "") -> str:
    """Load the app's and Qt's catalogues for the UI language; returns the language used.

    When no catalogue of ours exists for the OS language, the UI falls back to French
    (the source text), and Qt's own strings must then be French too, or a French dialog
    would show "Cancel" next to "Déverrouiller".
    """
    language = ui_language(preferred)
    ours = QTranslator(app)
    if language != SOURCE_LANGUAGE and ours.load(
        f"dpo_desk_{language}", str(resources_dir() / "translations")
    ):
        app.installTranslator(ours)
    else:
        language = SOURCE_LANGUAGE
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    # Right-to-left (Arabic) is set before any window exists, so every layout mirrors.
    app.setLayoutDirection(QLocale(language).textDirection())
    return language
