"""The third-party components DPO Desk ships, with their licences.

One list, read by the About dialog (which shows it with each licence's text), by
``build.spec`` (which copies each package's metadata, licence files included, into the
frozen build) and by a test that fails when a runtime dependency is missing from it: a new
dependency cannot ship without its licence being named.

``distribution`` is the PyPI distribution a component comes from: its installed metadata
gives the version and the licence files. Components built into a package (SQLCipher and
OpenSSL in ``sqlcipher3``) or not installed by pip (Python, the fonts) name their licence
files under ``resources/`` instead.
"""

from __future__ import annotations

import platform
import re
import sys
from dataclasses import dataclass
from importlib import metadata

from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.resources import resources_dir


@dataclass(frozen=True)
class Component:
    name: str
    licence: str  # an SPDX expression
    role: str  # a msgid of context "ThirdParty", translated by the UI
    distribution: str | None = None
    resource_files: tuple[str, ...] = ()  # under resources/, for what pip did not install
    platforms: tuple[str, ...] = ()  # the sys.platform values it ships on; () for every one

    def version(self) -> str:
        if self.distribution is None:
            return platform.python_version() if self.name == "Python" else ""
        try:
            return metadata.version(self.distribution)
        except metadata.PackageNotFoundError:
            return ""

    def licence_texts(self) -> list[tuple[str, str]]:
        """(file name, text) of each licence file shipped for the component."""
        texts: list[tuple[str, str]] = []
        for relative in self.resource_files:
            path = resources_dir() / relative
            if path.is_file():
                texts.append((path.name, path.read_text(encoding="utf-8", errors="replace")))
        if self.distribution is not None:
            try:
                dist = metadata.distribution(self.distribution)
            except metadata.PackageNotFoundError:
                return texts
            found: list[tuple[str, str]] = []
            for file in dist.files or ():
                name = file.name
                # The dist-info's own licence files (PEP 639 puts them under licenses/,
                # older wheels beside METADATA); not e.g. reportlab's font licences.
                where = str(file).replace("\\", "/")
                if ".dist-info/" in where and ("/licenses/" in where or _LICENCE_FILE.search(name)):
                    try:  # some licence files are Latin-1; a bad byte must not hide the rest
                        text = file.read_binary().decode("utf-8", errors="replace")
                    except OSError:
                        continue
                    if text.strip():
                        found.append((name, text))
            # The licences first, then what PEP 639 files beside them (AUTHORS, …).
            texts += sorted(found, key=lambda entry: not _LICENCE_FILE.search(entry[0]))
        return texts


_LICENCE_FILE = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE)", re.IGNORECASE)

_QT_LGPL = ("licences/LGPL-3.0.txt", "licences/GPL-3.0.txt")


def _from_pip(role: str, *rows: tuple[str, str, str]) -> tuple[Component, ...]:
    """Components pip installs that serve one role: (name, licence, distribution) rows."""
    return tuple(
        Component(name, licence, role, distribution) for name, licence, distribution in rows
    )


def _fonts(*rows: tuple[str, str, str]) -> tuple[Component, ...]:
    """The fonts the letters embed, all under the SIL Open Font License: (name, role,
    licence file under resources/fonts/) rows."""
    return tuple(
        Component(name, "OFL-1.1", role, resource_files=(f"fonts/{licence_file}",))
        for name, role, licence_file in rows
    )


# In the order the About dialog lists them.
_ALL_COMPONENTS: tuple[Component, ...] = (
    Component(
        "Python",
        "PSF-2.0",
        QT_TRANSLATE_NOOP("ThirdParty", "Langage et bibliothèque standard"),
        resource_files=("licences/Python-PSF-2.0.txt",),
    ),
    Component(
        "Qt 6 / PySide6",
        "LGPL-3.0-only",
        QT_TRANSLATE_NOOP("ThirdParty", "Interface graphique"),
        "PySide6-Essentials",
        _QT_LGPL,
    ),
    Component(
        "Shiboken6",
        "LGPL-3.0-only",
        QT_TRANSLATE_NOOP("ThirdParty", "Liaison entre Python et Qt"),
        "shiboken6",
        _QT_LGPL,
    ),
    Component(
        "SQLCipher",
        "BSD-3-Clause",
        QT_TRANSLATE_NOOP("ThirdParty", "Chiffrement du fichier de registre"),
        resource_files=("licences/SQLCipher-BSD-3-Clause.txt",),
    ),
    Component(
        "OpenSSL",
        "Apache-2.0",
        QT_TRANSLATE_NOOP("ThirdParty", "Primitives cryptographiques de SQLCipher"),
        resource_files=("licences/Apache-2.0.txt",),
    ),
    *_from_pip(
        QT_TRANSLATE_NOOP("ThirdParty", "Accès à SQLCipher depuis Python"),
        ("sqlcipher3", "Zlib", "sqlcipher3"),
    ),
    *_from_pip(
        QT_TRANSLATE_NOOP("ThirdParty", "Accès aux données"), ("SQLAlchemy", "MIT", "SQLAlchemy")
    ),
    *_from_pip(
        QT_TRANSLATE_NOOP("ThirdParty", "Migrations du schéma"),
        ("Alembic", "MIT", "alembic"),
        ("Mako", "MIT", "Mako"),
        ("MarkupSafe", "BSD-3-Clause", "MarkupSafe"),
    ),
    *_from_pip(
        QT_TRANSLATE_NOOP("ThirdParty", "Trousseau du système"),
        ("keyring", "MIT", "keyring"),
        ("jaraco.classes", "MIT", "jaraco.classes"),
        ("jaraco.context", "MIT", "jaraco.context"),
        ("jaraco.functools", "MIT", "jaraco.functools"),
        ("more-itertools", "MIT", "more-itertools"),
        ("backports.tarfile", "MIT", "backports.tarfile"),
        ("importlib-metadata", "Apache-2.0", "importlib_metadata"),
        ("zipp", "MIT", "zipp"),
        # importlib-metadata's own dependency (keyring reads its backends' entry points with it).
        ("lazy-importer", "Apache-2.0", "lazy-importer"),
    ),
    # keyring's Windows backend needs it (Credential Manager); installed on Windows only.
    Component(
        "pywin32-ctypes",
        "BSD-3-Clause",
        QT_TRANSLATE_NOOP("ThirdParty", "Trousseau du système"),
        "pywin32-ctypes",
        platforms=("win32",),
    ),
    *_from_pip(
        QT_TRANSLATE_NOOP("ThirdParty", "Trousseau du système (Linux)"),
        ("SecretStorage", "BSD-3-Clause", "SecretStorage"),
        ("Jeepney", "MIT", "jeepney"),
        ("cryptography", "Apache-2.0 OR BSD-3-Clause", "cryptography"),
        ("cffi", "MIT-0", "cffi"),
        ("pycparser", "BSD-3-Clause", "pycparser"),
    ),
    *_from_pip(
        QT_TRANSLATE_NOOP("ThirdParty", "Robustesse des phrases secrètes"),
        ("zxcvbn", "MIT", "zxcvbn"),
    ),
    *_from_pip(
        QT_TRANSLATE_NOOP("ThirdParty", "Lettres en PDF"),
        ("ReportLab", "BSD-3-Clause", "reportlab"),
        ("Pillow", "MIT-CMU", "pillow"),
        ("charset-normalizer", "MIT", "charset-normalizer"),
    ),
    *_from_pip(
        QT_TRANSLATE_NOOP("ThirdParty", "Lettres en arabe"),
        ("arabic-reshaper", "MIT", "arabic-reshaper"),
        # "either version 3 of the License, or (at your option) any later version" (bidi/*.py)
        ("python-bidi", "LGPL-3.0-or-later", "python-bidi"),
    ),
    # The licence its metadata declares, for its code; the CLDR data it carries comes with
    # the Unicode licence's notice, shown beside it.
    Component(
        "Babel",
        "BSD-3-Clause",
        QT_TRANSLATE_NOOP("ThirdParty", "Noms des mois et règles de pluriel"),
        "babel",
        ("licences/Unicode-3.0.txt",),
    ),
    *_from_pip(
        QT_TRANSLATE_NOOP("ThirdParty", "Aperçu des lettres"),
        ("pypdfium2 / PDFium", "Apache-2.0 OR BSD-3-Clause", "pypdfium2"),
    ),
    *_from_pip(
        QT_TRANSLATE_NOOP("ThirdParty", "Registres Excel"),
        ("openpyxl", "MIT", "openpyxl"),
        ("et_xmlfile", "MIT", "et_xmlfile"),
        # Guards the XML of an imported workbook; its metadata says "PSFL" (PSF-2.0).
        ("defusedxml", "PSF-2.0", "defusedxml"),
    ),
    *_from_pip(
        QT_TRANSLATE_NOOP("ThirdParty", "Jours fériés des délais"),
        ("holidays", "MIT", "holidays"),
        # Its LICENSE: "The above BSD License Applies to all code, even that also covered by
        # Apache 2.0", so both at once, not a choice.
        ("python-dateutil", "Apache-2.0 AND BSD-3-Clause", "python-dateutil"),
        ("six", "MIT", "six"),
    ),
    *_from_pip(
        QT_TRANSLATE_NOOP("ThirdParty", "Dossier des préférences"),
        ("platformdirs", "MIT", "platformdirs"),
    ),
    *_from_pip(
        QT_TRANSLATE_NOOP("ThirdParty", "Fuseaux horaires"), ("tzdata", "Apache-2.0", "tzdata")
    ),
    *_from_pip(
        QT_TRANSLATE_NOOP("ThirdParty", "Accès aux données"),
        ("typing-extensions", "PSF-2.0", "typing_extensions"),
    ),
    *_fonts(
        ("Amiri", QT_TRANSLATE_NOOP("ThirdParty", "Police arabe des lettres"), "OFL-Amiri.txt"),
        (
            "Noto Sans",
            QT_TRANSLATE_NOOP("ThirdParty", "Police latine des lettres"),
            "OFL-NotoSans.txt",
        ),
        (
            "Noto Sans Tifinagh",
            QT_TRANSLATE_NOOP("ThirdParty", "Police tifinaghe des lettres"),
            "OFL-NotoSansTifinagh.txt",
        ),
        (
            "Noto Sans Symbols 2",
            QT_TRANSLATE_NOOP("ThirdParty", "Symboles et emoji des lettres"),
            "OFL-NotoSansSymbols2.txt",
        ),
        (
            "Noto Emoji",
            QT_TRANSLATE_NOOP("ThirdParty", "Symboles et emoji des lettres"),
            "OFL-NotoEmoji.txt",
        ),
    ),
)

# What this platform's build ships (and its About dialog lists).
COMPONENTS: tuple[Component, ...] = tuple(
    c for c in _ALL_COMPONENTS if not c.platforms or sys.platform in c.platforms
)


def normalised(name: str) -> str:
    """A distribution name as PyPI compares them (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def distributions() -> list[str]:
    """The PyPI distributions the app ships (what build.spec copies the metadata of)."""
    return [c.distribution for c in COMPONENTS if c.distribution]
