"""`make package-test`: drive the frozen build the way a user's first session does.

Runs dist/dpo-desk/ from a scratch folder with a scratch HOME (so neither the source
tree nor the user's settings can stand in for a missing file), and checks:

- `--version` prints the version of pyproject.toml;
- `init`, `info`, `verify` on a new register; `demo`, then `letter` (French and Arabic
  PDFs) and `export --register all` on the demo register;
- that times are converted with the bundled tzdata package, never the OS's zone files
  (dpo_desk/domain/zones.py): `info` names its IANA release, and a breach deadline after
  Morocco's 2026-09-20 change is shown at UTC+0;
- `gui --self-test`, offscreen, in French and Arabic, with both executables, and on a
  real X server (Xvfb) when `xvfb-run` is installed;
- on Linux, that the Qt platform plugins of a desktop (xcb, wayland) find every library
  they need (PyInstaller only warns when the build machine lacks one);
- what the bundle must not hold: the app's .py sources (it runs from bytecode), and any
  Python distribution the About dialog does not list (dpo_desk/third_party.py).

Prints each step's time, the frozen app's start time (median of 5 `--version`) and the
size of dist/. Exits non-zero on the first failure.
"""

from __future__ import annotations

import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "dpo-desk"
PASSPHRASE = "paquet-autotest-2026-phrase"


class Failed(Exception):
    pass


def run(step: str, args: list[str], env: dict[str, str], cwd: Path, expect: str = "") -> str:
    started = time.perf_counter()
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise Failed(f"{step}: exit {done.returncode}\n{done.stdout}\n{done.stderr}")
    if expect and expect not in done.stdout:
        raise Failed(f"{step}: « {expect} » missing from the output\n{done.stdout}")
    print(f"  ok  {step:<44} {elapsed:6.2f} s")
    return done.stdout


def size_of(folder: Path) -> int:
    # Symbolic links (PyInstaller links shared libraries into place) are counted once.
    return sum(
        path.lstat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def unlisted_distributions(exe: Path, internal: Path) -> list[str]:
    """The Python distributions in the bundle that dpo_desk/third_party.py does not name."""
    from importlib.metadata import packages_distributions

    from PyInstaller.archive.readers import CArchiveReader

    from dpo_desk.third_party import distributions, normalised

    pyz = CArchiveReader(str(exe)).open_embedded_archive("PYZ.pyz")
    names = {name.split(".")[0] for name in pyz.toc}
    # Extension modules and package folders beside the archive (_cffi_backend, PIL, …).
    names |= {path.name.split(".")[0] for path in internal.iterdir()}
    owners = packages_distributions()
    listed = {normalised(name) for name in ["dpo-desk", *distributions()]}
    unlisted = set()
    for name in names:
        if name in sys.stdlib_module_names or name.startswith(("pyi", "_pyi", "_sysconfigdata")):
            continue
        for owner in owners.get(name, []):
            if normalised(owner) not in listed:
                unlisted.add(f"{owner} ({name})")
    return sorted(unlisted)


def missing_libraries(internal: Path) -> list[str]:
    """Libraries the desktop platform plugins need that the bundle lacks.

    Only those PyInstaller bundles when it finds them: a few (libxcb, libwayland-*, libGL)
    are left to the system on purpose, the rest come from the build machine.
    """
    from PyInstaller.depend.dylib import include_library

    plugins = internal / "PySide6" / "Qt" / "plugins" / "platforms"
    missing = set()
    for plugin in ("libqxcb.so", "libqwayland.so"):
        if not (plugins / plugin).exists():
            missing.add(f"{plugin} itself")
            continue
        done = subprocess.run(
            ["ldd", str(plugins / plugin)],
            capture_output=True,
            text=True,
            env={"PATH": "/usr/bin:/bin", "LD_LIBRARY_PATH": str(internal)},
        )
        for line in done.stdout.splitlines():
            library = line.split()[0] if line.strip() else ""
            if "not found" in line and include_library(library):
                missing.add(f"{library} ({plugin})")
    return sorted(missing)


def main() -> int:
    exe, gui_exe = DIST / "dpo-desk", DIST / "dpo-desk-gui"
    if sys.platform == "win32":
        exe, gui_exe = exe.with_suffix(".exe"), gui_exe.with_suffix(".exe")
    if not exe.exists():
        print("No frozen build in dist/dpo-desk: run `make package` first.", file=sys.stderr)
        return 2
    # The one version number (pyproject.toml takes it from here), read without importing.
    init = (ROOT / "dpo_desk" / "__init__.py").read_text(encoding="utf-8")
    version = re.search(r'^__version__ = "([^"]+)"', init, re.MULTILINE).group(1)
    print(f"Frozen build {DIST} — expecting version {version}")
    with tempfile.TemporaryDirectory(prefix="dpo-desk-package-test-") as scratch:
        work = Path(scratch)
        home = work / "home"
        home.mkdir()
        env = {
            "PATH": "/usr/bin:/bin",
            "HOME": str(home),
            "DPO_DESK_CONFIG_DIR": str(home / "config"),
            "DPO_DESK_PASSPHRASE": PASSPHRASE,
            "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8",
            # The null keyring: the smoke test must never touch a real keychain.
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        }
        try:
            out = run("--version", [str(exe), "--version"], env, work)
            if out.strip() != f"dpo-desk {version}":
                raise Failed(f"--version printed {out.strip()!r}, not 'dpo-desk {version}'")
            starts = []
            for _ in range(5):
                started = time.perf_counter()
                subprocess.run([str(exe), "--version"], env=env, cwd=work, capture_output=True)
                starts.append(time.perf_counter() - started)

            register = work / "essai.dpodesk"
            run("init", [str(exe), "init", "--db", str(register), "--organisation",
                         "Autotest SARL"], env, work, "Registre créé")  # fmt: skip
            out = run("info", [str(exe), "info", "--db", str(register)], env, work,
                      "Autotest SARL")  # fmt: skip
            # The build venv's tzdata (requirements/runtime.txt) is the one the bundle must carry.
            from dpo_desk.domain.zones import tzdata_version

            if f"Données de fuseaux : IANA {tzdata_version()}" not in out:
                raise Failed(f"info: not the zone data of tzdata {tzdata_version()}\n{out}")
            # 14:30 typed in Casablanca: UTC+0 by the bundled 2026f data; an OS with older
            # data (UTC+1) would print 2026-10-15T14:30:00+01:00.
            run("deadline --breach (zone data)", [str(exe), "deadline", "--breach",
                "--aware-at", "2026-10-12T14:30"], env, work,
                "2026-10-15T14:30:00+00:00")  # fmt: skip
            run("verify", [str(exe), "verify", "--db", str(register)], env, work)

            demo = work / "demo.dpodesk"
            run("demo", [str(exe), "demo", "--db", str(demo)], env, work)
            listing = run("request list", [str(exe), "request", "list", "--db", str(demo)],
                          env, work, "DSR-")  # fmt: skip
            reference = next(word for word in listing.split() if word.startswith("DSR-"))
            for language in ("fr", "ar"):
                pdf = work / f"accuse-{language}.pdf"
                run(f"letter ({language})", [str(exe), "letter", "--db", str(demo), "--kind",
                    "acknowledgement", "--lang", language, "--out", str(pdf), reference],
                    env, work)  # fmt: skip
                head = pdf.read_bytes()
                if not head.startswith(b"%PDF") or f"DPO Desk {version}".encode() not in head:
                    raise Failed(f"letter ({language}): not a PDF made by DPO Desk {version}")
            workbook = work / "registres.xlsx"
            run("export --register all", [str(exe), "export", "--db", str(demo), "--register",
                "all", "--out", str(workbook)], env, work)  # fmt: skip
            with zipfile.ZipFile(workbook) as archive:
                names = archive.namelist()
                core = archive.read("docProps/core.xml").decode()
            if sum(name.startswith("xl/worksheets/sheet") for name in names) < 5:
                raise Failed(f"export: too few sheets in {names}")
            if f"DPO Desk {version}" not in core:
                raise Failed("export: the workbook does not name the version that wrote it")
            run("verify (demo)", [str(exe), "verify", "--db", str(demo)], env, work)

            for language in ("fr", "ar"):
                run(f"gui --self-test ({language})",
                    [str(exe), "gui", "--self-test", "--language", language], env, work,
                    "Autotest réussi")  # fmt: skip
            run("dpo-desk-gui --self-test", [str(gui_exe), "--self-test"], env, work,
                "Autotest réussi")  # fmt: skip
            if sys.platform.startswith("linux"):
                missing = missing_libraries(DIST / "_internal")
                if missing:
                    raise Failed(
                        "Qt's desktop platform plugins lack libraries, so the build would "
                        f"not start on X11 or Wayland: {', '.join(missing)}. Install them on "
                        "the build machine (packaging/README.md) and run `make package` again."
                    )
                print("  ok  xcb and wayland plugins: libraries bundled")
                if shutil.which("xvfb-run"):
                    run("gui --self-test (xcb, Xvfb)",
                        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "env",
                         "QT_QPA_PLATFORM=xcb", str(exe), "gui", "--self-test"], env, work,
                        "plateforme xcb")  # fmt: skip
                else:
                    print("  --  gui --self-test (xcb): no xvfb-run, skipped")
        except Failed as failure:
            print(f"FAILED {failure}", file=sys.stderr)
            return 1

    internal = DIST / "_internal"
    # The project's own .py files (bar the migration scripts Alembic reads) have no
    # business in the bundle: the code ships as bytecode in the archive.
    strays = [
        p
        for p in internal.rglob("*")
        if p.suffix == ".py" and "dpo_desk" in p.parts and "migrations" not in p.parts
    ]
    if strays:
        print(f"FAILED the bundle holds files it should not: {strays[:5]}", file=sys.stderr)
        return 1
    unlisted = unlisted_distributions(exe, internal)
    if unlisted:
        print(f"FAILED the bundle holds packages the About dialog does not list: {unlisted}"
              " (add them to dpo_desk/third_party.py, or exclude them in build.spec)",
              file=sys.stderr)  # fmt: skip
        return 1
    print("  ok  every bundled distribution listed in About")
    print(f"Start time (--version, median of 5): {statistics.median(starts):.2f} s")
    print(f"Size of dist/dpo-desk: {size_of(DIST) / 1_000_000:.0f} MB")
    print("package-test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
