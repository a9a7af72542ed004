"""Fixtures of the language tests: a UI language installed as start-up installs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator

from dpo_desk.ui import formatting, i18n

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"


def _build_catalogue(language: str) -> None:
    """`make` builds the .qm files; a bare pytest run builds the one it needs."""
    ts = TRANSLATIONS / f"dpo_desk_{language}.ts"
    qm = ts.with_suffix(".qm")
    if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    # Written aside, then renamed: another xdist worker may be loading the same catalogue.
    partial = qm.with_name(f"{qm.name}.{os.getpid()}.part")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(partial)], check=True)
    os.replace(partial, qm)


@pytest.fixture
def ui_language(qapp):
    """Installs a UI language as start-up does; restores French afterwards."""
    installed = []
    locale_before = QLocale()

    def install(language: str) -> str:
        _build_catalogue(language)
        used = i18n.install_translators(qapp, language)
        installed.append(used)
        return used

    yield install
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    formatting.set_ui_language("fr")
    QLocale.setDefault(locale_before)
    i18n._current_language = "fr"
