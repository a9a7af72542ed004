"""The packaging files agree with each other and with the code: one version, one app id,
one file type, every runtime dependency's licence named, icons where installers look."""

from __future__ import annotations

import configparser
import re
import sys
import tomllib
import xml.etree.ElementTree as ET
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement

import dpo_desk
from dpo_desk import APP_ID, cli, third_party
from dpo_desk.resources import resources_dir
from dpo_desk.third_party import COMPONENTS, distributions, normalised

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
MIME_TYPE = "application/x-dpodesk"


def test_the_version_is_the_packages_one_everywhere_and_the_cli_prints_it(capsys):
    # pyproject.toml takes the distribution's version from dpo_desk.__version__; the
    # installed metadata (what the frozen build copies in) must agree with it.
    assert PYPROJECT["project"]["dynamic"] == ["version"]
    assert PYPROJECT["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "dpo_desk.__version__"}
    version = metadata.version("dpo-desk")
    assert dpo_desk.__version__ == version
    with pytest.raises(SystemExit) as exit_:
        cli.build_parser().parse_args(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"dpo-desk {version}"


def _runtime_closure(environment: dict[str, str] | None = None) -> set[str]:
    """Every distribution dpo-desk depends on (no extras), on this platform or on the one
    ``environment`` describes; the requirements of what is not installed here are unknown."""
    seen: set[str] = set()
    pending = ["dpo-desk"]
    while pending:
        name = pending.pop()
        key = normalised(name)
        if key in seen:
            continue
        seen.add(key)
        try:
            requires = metadata.distribution(name).requires or []
        except metadata.PackageNotFoundError:
            continue
        for line in requires:
            requirement = Requirement(line)
            if requirement.marker and not requirement.marker.evaluate(
                {**(environment or {}), "extra": ""}
            ):
                continue
            pending.append(requirement.name)
    seen.discard("dpo-desk")
    return seen


def test_every_runtime_dependency_has_its_licence_named_in_the_about_dialog():
    named = {normalised(name) for name in distributions()}
    missing = _runtime_closure() - named
    assert not missing, f"add these to dpo_desk/third_party.py: {sorted(missing)}"
    # The dev tools (pytest, ruff, pypdf) are not shipped, so they are not listed.
    assert not named & {"pytest", "ruff", "pypdf", "pyinstaller"}


_WINDOWS = {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"}
_MACOS = {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix"}


@pytest.mark.parametrize("environment", [_WINDOWS, _MACOS], ids=["windows", "macos"])
def test_the_other_platforms_dependencies_are_listed_too(environment):
    # keyring needs pywin32-ctypes on Windows only: a build there must list it.
    everywhere = {normalised(c.distribution) for c in third_party._ALL_COMPONENTS if c.distribution}
    missing = _runtime_closure(environment) - everywhere
    assert not missing, f"add these to dpo_desk/third_party.py: {sorted(missing)}"


def test_platform_specific_components_are_listed_only_where_they_ship():
    windows_only = [c for c in third_party._ALL_COMPONENTS if c.platforms == ("win32",)]
    assert "pywin32-ctypes" in [c.distribution for c in windows_only]
    for component in windows_only:
        assert (component in COMPONENTS) == (sys.platform == "win32")


def test_each_licence_is_the_one_the_package_declares():
    """Where a package states its licence as an SPDX expression (PEP 639), the About dialog
    names that licence, or the option it is used under (Qt: the LGPL of LGPL/GPL)."""
    for component in COMPONENTS:
        if not component.distribution:
            continue
        declared = metadata.metadata(component.distribution).get("License-Expression")
        if declared:
            options = [option.strip() for option in declared.split(" OR ")]
            assert component.licence in (declared, *options), component.name


def test_python_bidi_is_lgpl_3_or_later_as_its_sources_say():
    # Its metadata has only a classifier ("LGPL"); the sources' header is the statement.
    import bidi

    header = re.sub(r"[#\s]+", " ", Path(bidi.__file__).read_text(encoding="utf-8"))
    assert "GNU Lesser General Public License" in header
    assert "either version 3 of the License, or (at your option) any later version" in header
    bidi_component = next(c for c in COMPONENTS if c.distribution == "python-bidi")
    assert bidi_component.licence == "LGPL-3.0-or-later"


@pytest.mark.parametrize("component", COMPONENTS, ids=lambda c: c.name)
def test_every_component_ships_the_text_of_its_licence(component):
    for relative in component.resource_files:
        assert (resources_dir() / relative).is_file(), relative
    if component.distribution:
        assert component.version(), f"{component.distribution} is not installed"
    texts = component.licence_texts()
    # A real licence text, not just a pointer to one (some files only say "see LICENSE.x").
    assert texts and max(len(text) for _name, text in texts) > 500


def test_lgpl_components_show_the_lgpl_text():
    for name in ("Qt 6 / PySide6", "python-bidi"):
        component = next(c for c in COMPONENTS if c.name == name)
        assert component.licence.startswith("LGPL-3.0")
        joined = "\n".join(text for _name, text in component.licence_texts())
        assert "GNU LESSER GENERAL PUBLIC LICENSE" in joined


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive in .desktop files
    parser.read(PACKAGING / "linux" / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_linux_desktop_entry_opens_registers_with_the_gui_launcher():
    entry = _desktop_entry()
    assert entry["Icon"] == APP_ID
    assert MIME_TYPE in entry["MimeType"].split(";")
    executable, argument = entry["Exec"].split()
    assert argument == "%f"  # one file, as the launcher accepts
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert f'name="{executable}"' in spec  # the executable the spec builds
    assert "Version=1.4" in (PACKAGING / "linux" / f"{APP_ID}.desktop").read_text()


def test_linux_mime_type_and_metainfo_match_the_desktop_entry():
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(PACKAGING / "linux" / f"{APP_ID}.mime.xml").getroot()
    types = mime.findall("m:mime-type", ns)
    assert [t.get("type") for t in types] == [MIME_TYPE]
    assert [g.get("pattern") for g in types[0].findall("m:glob", ns)] == ["*.dpodesk"]

    info = ET.parse(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml").getroot()
    assert info.findtext("id") == APP_ID
    assert info.findtext("launchable") == f"{APP_ID}.desktop"
    assert info.findtext("provides/mediatype") == MIME_TYPE
    releases = [r.get("version") for r in info.iter("release")]
    assert dpo_desk.__version__ in releases


def test_icons_exist_at_the_sizes_the_install_script_copies():
    script = (PACKAGING / "linux" / "install-user.sh").read_text(encoding="utf-8")
    sizes = re.search(r"for size in ([\d ]+); do", script).group(1).split()
    for size in sizes:
        icon = PACKAGING / "icons" / f"dpo-desk-{size}.png"
        assert icon.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", icon
    assert (PACKAGING / "icons" / "dpo-desk.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert ET.parse(PACKAGING / "icons" / "dpo-desk.svg").getroot().tag.endswith("svg")


def test_windows_installer_is_per_user_and_associates_dpodesk():
    iss = (PACKAGING / "windows" / "dpo-desk.iss").read_text(encoding="utf-8")
    version = re.search(r'#define AppVersion "([^"]+)"', iss).group(1)
    assert version == dpo_desk.__version__
    assert "PrivilegesRequired=lowest" in iss
    assert 'Subkey: "Software\\Classes\\.dpodesk"' in iss
    assert '#define AppExe "dpo-desk-gui.exe"' in iss
    assert "ChangesAssociations=yes" in iss


def test_macos_bundle_declares_the_register_document_type():
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert "bundle_identifier=APP_ID" in spec
    assert '"public.filename-extension": ["dpodesk"]' in spec
    assert f'"public.mime-type": ["{MIME_TYPE}"]' in spec


def test_the_spec_bundles_what_the_frozen_app_reads_from_files():
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    # Alembic runs its scripts from files; documents read the .ts catalogues (no Qt).
    assert '"dpo_desk/storage/migrations/versions"' in spec
    assert "compiled_sources" in spec and 'glob("dpo_desk_*.ts")' in spec
    for folder in ("fonts", "letters", "demo", "licences"):
        assert (ROOT / "resources" / folder).is_dir()
        assert f'"{folder}"' in spec
    assert 'collect_submodules("keyring.backends")' in spec
    pinned = (PACKAGING / "requirements-build.txt").read_text(encoding="utf-8")
    assert re.search(r"^pyinstaller==\d", pinned, re.MULTILINE)
