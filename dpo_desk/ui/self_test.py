"""``dpo-desk gui --self-test``: prove that a build of the app really starts.

A frozen build can pass ``--version`` and still fail at the first window: a Qt plugin, a
``.qm`` catalogue, an icon or a migration script left out of the bundle only shows up
once the GUI is built. The self-test does what a user's first minute does, on a throw-away
register, and exits 0 only when all of it worked:

1. the UI catalogues load (Qt's ``.qm`` and the ``.ts`` that documents read), and
   Qt's own (``qtbase``) for French;
2. a new register is created (migrations run) in a temporary folder;
3. the main window is built on it in the asked language and shown;
4. the dashboard and the request list are rendered into images held in memory, which
   must not be blank; in Arabic the window must be mirrored.

Nothing is written outside the temporary folder: no preferences, no keyring entry (a
null backend), no screenshot. The register it creates is encrypted like any other and
holds no personal data; the folder is deleted at the end.
"""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from dpo_desk import APP_NAME, __version__
from dpo_desk.resources import resources_dir

REGISTER_NAME = "autotest.dpodesk"


class SelfTestFailed(Exception):
    pass


def run_self_test(language: str = "fr") -> int:
    """Run the checks; print one line per check and return the process exit code."""
    started = time.perf_counter()
    try:
        lines = _checks(language)
    except SelfTestFailed as failure:
        print(f"Autotest ÉCHOUÉ : {failure}", file=sys.stderr)
        return 1
    except Exception as error:  # a missing module or plugin in a frozen build
        print(f"Autotest ÉCHOUÉ : {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    for line in lines:
        print(line)
    elapsed = time.perf_counter() - started
    print(f"Autotest réussi : {APP_NAME} {__version__} en {elapsed:.2f} s.")
    return 0


def _checks(language: str) -> list[str]:
    from dpo_desk.ui import i18n, style

    app = style.application(sys.argv[:1])
    lines = [f"Qt {QLibraryInfo.version().toString()}, plateforme {app.platformName()}"]
    lines.append(_catalogues(app))
    if language not in i18n.UI_LANGUAGES:
        raise SelfTestFailed(f"langue inconnue « {language} »")
    used = i18n.install_translators(app, language)
    if used != language:
        raise SelfTestFailed(f"le catalogue « {language} » n'a pas pu être chargé")
    style.apply_style(app)
    with tempfile.TemporaryDirectory(prefix="dpo-desk-selftest-") as folder:
        # The throw-away register's journal seal (services/seal.py) goes with it: the
        # self-test writes nothing where the user's settings live.
        before = os.environ.get("DPO_DESK_CONFIG_DIR")
        os.environ["DPO_DESK_CONFIG_DIR"] = str(Path(folder) / "config")
        try:
            lines.extend(_window(Path(folder) / REGISTER_NAME, language))
        finally:
            if before is None:
                os.environ.pop("DPO_DESK_CONFIG_DIR", None)
            else:
                os.environ["DPO_DESK_CONFIG_DIR"] = before
    return lines


def _catalogues(app: QApplication) -> str:
    from dpo_desk.ui.i18n import SOURCE_LANGUAGE, UI_LANGUAGES

    folder = str(resources_dir() / "translations")
    loaded = []
    for language in UI_LANGUAGES:
        # French too: the source text, but its catalogue holds the French plural forms.
        if not QTranslator(app).load(f"dpo_desk_{language}", folder):
            raise SelfTestFailed(f"catalogue dpo_desk_{language}.qm introuvable dans {folder}")
        loaded.append(language)
    # Letters, the CLI and Excel read the .ts sources without Qt (dpo_desk/translations.py):
    # a build that ships only the .qm files would print Arabic letters with French terms.
    from dpo_desk import translations

    for language in loaded:
        if language == SOURCE_LANGUAGE:
            continue  # documents print the French source as it is
        if translations.lookup("Deadline", "Politique interne", language) is None:
            raise SelfTestFailed(f"catalogue des documents dpo_desk_{language}.ts introuvable")
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator(app).load("qtbase_fr", qt_folder):
        raise SelfTestFailed(f"catalogue qtbase_fr.qm introuvable dans {qt_folder}")
    return f"Catalogues : {', '.join(loaded)} (interface et documents) et qtbase_fr"


def _window(path: Path, language: str) -> list[str]:
    import keyring.backends.null

    from dpo_desk.domain.organisation import Organisation
    from dpo_desk.security.keystore import Keystore
    from dpo_desk.services.preferences import Preferences
    from dpo_desk.ui import session
    from dpo_desk.ui.main_window import MainWindow

    claim = session.FileClaim(path)
    register = session.create(claim, secrets.token_urlsafe(24), Organisation(name="Autotest"))
    window = MainWindow(
        session.Opened(register, claim), Preferences(), Keystore(keyring.backends.null.Keyring())
    )
    try:
        window.show()
        QApplication.processEvents()
        if window.is_locked:
            raise SelfTestFailed("la fenêtre principale est restée verrouillée")
        if language == "ar" and window.layoutDirection() != Qt.LayoutDirection.RightToLeft:
            raise SelfTestFailed("la fenêtre n'est pas en miroir (droite à gauche) en arabe")
        lines = [f"Registre créé et ouvert ({QLocale(language).nativeLanguageName()})"]
        for key in ("dashboard", "requests"):
            window.show_section(key)
            QApplication.processEvents()
            view = window.section(key)
            lines.append(_rendered(view, window.navigation.currentItem().text()))
        return lines
    finally:
        # The first unlock of the day backs the new register up in a worker thread: let
        # it end, so the window closes at once (a close under a write is deferred) and
        # the process never exits with the thread still running.
        from dpo_desk.ui.workers import wait_for

        wait_for(window.register)
        window.close()
        QApplication.processEvents()


def _rendered(view: QWidget, title: str) -> str:
    image = view.grab().toImage()
    if image.isNull() or image.width() < 100 or image.height() < 100:
        raise SelfTestFailed(f"la vue « {title} » n'a pas été rendue")
    if _colours(image) < 3:
        raise SelfTestFailed(f"la vue « {title} » est vide")
    return f"Vue « {title} » rendue : {image.width()}×{image.height()}"


def _colours(image: QImage, limit: int = 8) -> int:
    """How many distinct colours a coarse grid of the image holds (up to ``limit``)."""
    seen: set[int] = set()
    step_x, step_y = max(1, image.width() // 40), max(1, image.height() // 40)
    for y in range(0, image.height(), step_y):
        for x in range(0, image.width(), step_x):
            seen.add(image.pixel(x, y))
            if len(seen) >= limit:
                return len(seen)
    return len(seen)
