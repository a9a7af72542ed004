"""The third-party components DPO Desk ships, with their licences: one list, one place.

The About dialog shows it, build.spec bundles the metadata (and licence texts) of every
distribution named here, and tests/packaging checks that each runtime dependency pinned
in requirements.lock has an entry, so a new dependency cannot ship without its licence.

``licence`` is the SPDX expression DPO Desk relies on. Where a package offers a choice
(Qt: LGPL-3.0 or GPL), it names the one taken. Versions are read from the installed
distributions, never repeated here: requirements.lock is their single source.
"""

from __future__ import annotations

import importlib.metadata
import platform
import re
from dataclasses import dataclass

from dpo_desk.domain.labels import QT_TRANSLATE_NOOP

CONTEXT = "Licences"


@dataclass(frozen=True)
class Component:
    name: str
    #: what it does in DPO Desk (French source; translated by the UI in CONTEXT)
    role: str
    licence: str
    #: the PyPI distributions it covers (empty: embedded in another one, or not Python)
    distributions: tuple[str, ...] = ()
    #: for an embedded library: the distribution it comes inside
    embedded_in: str = ""
    url: str = ""


COMPONENTS: tuple[Component, ...] = (
    Component(
        "Python",
        QT_TRANSLATE_NOOP("Licences", "Interpréteur (inclus dans l'application empaquetée)"),
        "PSF-2.0",
        url="https://www.python.org/",
    ),
    Component(
        "Qt 6 / PySide6",
        QT_TRANSLATE_NOOP("Licences", "Interface graphique"),
        # PySide6 is offered under LGPL-3.0-only OR GPL-2.0/3.0: the LGPL is the one taken,
        # which is why the app ships Qt as replaceable shared libraries (packaging/README.md).
        "LGPL-3.0-only",
        ("PySide6-Essentials", "shiboken6"),
        url="https://www.qt.io/",
    ),
    Component(
        "sqlcipher3",
        QT_TRANSLATE_NOOP("Licences", "Accès au registre chiffré"),
        "Zlib",
        ("sqlcipher3",),
        url="https://github.com/coleifer/sqlcipher3",
    ),
    Component(
        "SQLCipher (Zetetic)",
        QT_TRANSLATE_NOOP("Licences", "Chiffrement du fichier registre"),
        "BSD-3-Clause",
        embedded_in="sqlcipher3",
        url="https://www.zetetic.net/sqlcipher/",
    ),
    Component(
        "SQLite",
        QT_TRANSLATE_NOOP("Licences", "Moteur de base de données"),
        "blessing",  # SPDX id of SQLite's public-domain dedication
        embedded_in="sqlcipher3",
        url="https://sqlite.org/copyright.html",
    ),
    Component(
        "OpenSSL",
        QT_TRANSLATE_NOOP("Licences", "Primitives cryptographiques de SQLCipher"),
        "Apache-2.0",
        embedded_in="sqlcipher3",
        url="https://www.openssl.org/",
    ),
    Component(
        "SQLAlchemy",
        QT_TRANSLATE_NOOP("Licences", "Requêtes SQL"),
        "MIT",
        ("SQLAlchemy", "typing_extensions"),
        url="https://www.sqlalchemy.org/",
    ),
    Component(
        "Alembic",
        QT_TRANSLATE_NOOP("Licences", "Migrations du schéma"),
        "MIT",
        ("alembic",),
        url="https://alembic.sqlalchemy.org/",
    ),
    Component(
        "Mako, MarkupSafe",
        QT_TRANSLATE_NOOP("Licences", "Dépendances d'Alembic"),
        "MIT AND BSD-3-Clause",
        ("Mako", "MarkupSafe"),
    ),
    Component(
        "keyring",
        QT_TRANSLATE_NOOP("Licences", "Trousseau du système (« Se souvenir »)"),
        "MIT",
        ("keyring",),
        url="https://github.com/jaraco/keyring",
    ),
    Component(
        "jaraco.classes, jaraco.context, jaraco.functools, more-itertools, backports.tarfile, "
        "zipp",
        QT_TRANSLATE_NOOP("Licences", "Dépendances de keyring"),
        "MIT",
        (
            "jaraco.classes",
            "jaraco.context",
            "jaraco.functools",
            "more-itertools",
            "backports.tarfile",
            "zipp",
        ),
    ),
    Component(
        "importlib_metadata, lazy-importer",
        QT_TRANSLATE_NOOP("Licences", "Dépendances de keyring"),
        "Apache-2.0",
        ("importlib_metadata", "lazy-importer"),
    ),
    Component(
        "pywin32-ctypes",
        QT_TRANSLATE_NOOP("Licences", "Trousseau Windows (Windows seulement)"),
        "BSD-3-Clause",
        ("pywin32-ctypes",),
    ),
    Component(
        "SecretStorage, jeepney",
        QT_TRANSLATE_NOOP("Licences", "Trousseau Linux (Secret Service, D-Bus)"),
        "BSD-3-Clause AND MIT",
        ("SecretStorage", "jeepney"),
    ),
    Component(
        "cryptography, cffi, pycparser",
        QT_TRANSLATE_NOOP("Licences", "Dépendances de SecretStorage"),
        "(Apache-2.0 OR BSD-3-Clause) AND MIT-0 AND BSD-3-Clause",
        ("cryptography", "cffi", "pycparser"),
    ),
    Component(
        "ReportLab",
        QT_TRANSLATE_NOOP("Licences", "Lettres PDF"),
        "BSD-3-Clause",
        ("reportlab",),
        url="https://www.reportlab.com/",
    ),
    Component(
        "Pillow, charset-normalizer",
        QT_TRANSLATE_NOOP("Licences", "Dépendances de ReportLab"),
        "MIT-CMU AND MIT",
        ("pillow", "charset-normalizer"),
    ),
    Component(
        "arabic-reshaper",
        QT_TRANSLATE_NOOP("Licences", "Lettres en arabe (formes des lettres)"),
        "MIT",
        ("arabic-reshaper",),
        url="https://github.com/mpcabd/python-arabic-reshaper",
    ),
    Component(
        "python-bidi",
        QT_TRANSLATE_NOOP("Licences", "Lettres en arabe (sens de lecture)"),
        "LGPL-3.0-only",
        ("python-bidi",),
        url="https://github.com/MeirKriheli/python-bidi",
    ),
    Component(
        "pypdfium2",
        QT_TRANSLATE_NOOP("Licences", "Aperçu des lettres PDF"),
        "Apache-2.0 OR BSD-3-Clause",
        ("pypdfium2",),
        url="https://github.com/pypdfium2-team/pypdfium2",
    ),
    Component(
        "PDFium",
        QT_TRANSLATE_NOOP("Licences", "Rendu PDF"),
        "BSD-3-Clause",
        embedded_in="pypdfium2",
        url="https://pdfium.googlesource.com/pdfium/",
    ),
    Component(
        "openpyxl",
        QT_TRANSLATE_NOOP("Licences", "Registres Excel"),
        "MIT",
        ("openpyxl", "et_xmlfile"),
        url="https://openpyxl.readthedocs.io/",
    ),
    Component(
        "holidays",
        QT_TRANSLATE_NOOP("Licences", "Jours fériés marocains"),
        "MIT",
        ("holidays",),
        url="https://github.com/vacanza/holidays",
    ),
    Component(
        "python-dateutil, six",
        QT_TRANSLATE_NOOP("Licences", "Dépendances de holidays"),
        "(Apache-2.0 OR BSD-3-Clause) AND MIT",
        ("python-dateutil", "six"),
    ),
    Component(
        "tzdata",
        QT_TRANSLATE_NOOP("Licences", "Fuseaux horaires (Africa/Casablanca)"),
        "Apache-2.0",
        ("tzdata",),
        url="https://github.com/python/tzdata",
    ),
    Component(
        "Amiri",
        QT_TRANSLATE_NOOP("Licences", "Police des lettres en arabe"),
        "OFL-1.1",
        url="https://www.amirifont.org/",
    ),
    Component(
        "Noto Sans",
        QT_TRANSLATE_NOOP("Licences", "Police des lettres en français et en anglais"),
        "OFL-1.1",
        url="https://notofonts.github.io/",
    ),
)


def normalise(distribution: str) -> str:
    """PyPI's name normalisation (PEP 503): ``jaraco.classes`` == ``jaraco-classes``."""
    return re.sub(r"[-_.]+", "-", distribution).lower()


def covered_distributions() -> set[str]:
    """Every distribution a component names, normalised."""
    return {normalise(d) for c in COMPONENTS for d in c.distributions}


def installed_version(distribution: str) -> str:
    """The version installed (or bundled: build.spec copies the metadata), else ""."""
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return ""


def component_version(component: Component) -> str:
    """The versions shown beside a component ("1.4.3 / 3.0.4"), "" when none is installed."""
    if component.name == "Python":
        return platform.python_version()
    versions = [installed_version(d) for d in component.distributions]
    return " / ".join(dict.fromkeys(v for v in versions if v))
