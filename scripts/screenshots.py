"""Screenshots of every section, case page and main dialog, in French, Arabic and English.

    make screenshots        (or: QT_QPA_PLATFORM=offscreen python scripts/screenshots.py)

Writes ``docs/screenshots/<language>/<name>.png`` at 1280×720, from a demo register built
for the run in a temporary folder (the one `dpo-desk demo` builds: fictitious data),
never the user's: the config, log and temporary folders point there too, and the
keyring is the null one. The walk is the layout test's (tests/ui/layout_walk.py), so the
pictures show what that test checks; what it finds is printed too.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1280, 720)


def isolate(folder: Path) -> None:
    """Nothing of the run touches the user's own files: preferences, logs, keyring."""
    for name, sub in (
        ("DPO_DESK_CONFIG_DIR", "config"),
        ("DPO_DESK_LOG_DIR", "logs"),
        ("TMPDIR", "tmp"),
    ):
        path = folder / sub
        path.mkdir(parents=True, exist_ok=True)
        os.environ[name] = str(path)
    tempfile.tempdir = os.environ["TMPDIR"]
    os.environ.pop("DPO_DESK_PASSPHRASE", None)
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def save(widget: Any, path: Path) -> None:
    """The widget as a PNG of 256 colours: a flat interface loses nothing visible, and the
    file is about a third of a true-colour one (the pictures are kept in the repository)."""
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not widget.grab().toImage().save(buffer, "PNG"):
        raise OSError(f"could not draw {path.name}")
    try:
        from PIL import Image  # Pillow: a runtime dependency (reportlab's images)
    except ImportError:
        path.write_bytes(bytes(buffer.data()))
        return
    picture = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
    picture = picture.quantize(256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    picture.save(path, optimize=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--languages", default="fr,ar,en")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="dpo-desk-screens-"))
    isolate(work)
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from dpo_desk.ui import style
    from dpo_desk.ui.qt_guard import keep_bools_alive
    from tests.ui import layout_walk

    keep_bools_alive()
    app = QApplication([])
    style.apply_style(app)
    register = work / "demo.dpodesk"
    layout_walk.build_demo_register(register)

    problems = 0
    for language in args.languages.split(","):
        layout_walk.use_language(app, language)
        folder = args.out / language
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.png"):
            old.unlink()
        window = layout_walk.open_window(register, SIZE)
        try:
            for scene in layout_walk.walk(window, tmp=work):
                save(scene.widget, folder / f"{scene.name}.png")
                for offence in scene.offences(f"{language} "):
                    problems += 1
                    print(offence)
        finally:
            layout_walk.close_window(window)
        print(f"{language}: {len(list(folder.glob('*.png')))} screenshots in {folder}")
    if problems:
        print(f"{problems} layout problems (see tests/ui/test_layout_fit.py)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
