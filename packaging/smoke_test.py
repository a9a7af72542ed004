"""`make package-test`: drive the frozen build the way a user's first session does.

Runs dist/dpo-desk/ from a scratch folder with a scratch HOME (so neither the source
tree nor the user's settings can stand in for a missing file), and checks:

- `--version` prints the version of pyproject.toml;
- `init`, `info`, `verify` on a new register; `demo`, then `letter` (French and Arabic
  PDFs) and `export --register all` on the demo register;
- `gui --self-test`, offscreen, in French and Arabic, with both executables;
- what the bundle must not hold: the app's .py sources (it runs from bytecode).

Prints each step's time, the frozen app's start time (median of 5 `--version`) and the
size of dist/. Exits non-zero on the first failure.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
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


def main() -> int:
    exe, gui_exe = DIST / "dpo-desk", DIST / "dpo-desk-gui"
    if sys.platform == "win32":
        exe, gui_exe = exe.with_suffix(".exe"), gui_exe.with_suffix(".exe")
    if not exe.exists():
        print("No frozen build in dist/dpo-desk: run `make package` first.", file=sys.stderr)
        return 2
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
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
            run("info", [str(exe), "info", "--db", str(register)], env, work, "Autotest SARL")
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
    print(f"Start time (--version, median of 5): {statistics.median(starts):.2f} s")
    print(f"Size of dist/dpo-desk: {size_of(DIST) / 1_000_000:.0f} MB")
    print("package-test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
