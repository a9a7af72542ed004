"""Render the application icon: the SVG source and the PNG, ICO sizes the installers use.

Run by `make icons` (the results are committed, so a build needs no rendering step).
The mark is the app's logo from dpo_desk/ui/icons.py (a shield holding a check), white on
the accent colour, in a rounded square so that it reads on light and dark desktops alike.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from dpo_desk.ui import style
from dpo_desk.ui.icons import _SHAPES

HERE = Path(__file__).resolve().parent / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def svg() -> str:
    # The 24-unit logo, scaled into the middle 62% of a 24-unit tile.
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">'
        f'<rect x="0.5" y="0.5" width="23" height="23" rx="5.2" fill="{style.ACCENT}"/>'
        '<g transform="translate(4.56 4.56) scale(0.62)" fill="none" stroke="white" '
        'stroke-width="2.1" stroke-linecap="round" stroke-linejoin="round">'
        f"{_SHAPES['logo']}</g></svg>\n"
    )


def render(source: str, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(source.encode())).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 — Qt's image classes need one
    HERE.mkdir(parents=True, exist_ok=True)
    source = svg()
    (HERE / "dpo-desk.svg").write_text(source, encoding="utf-8")
    for size in PNG_SIZES:
        render(source, size).save(str(HERE / f"dpo-desk-{size}.png"))
    # Windows wants one .ico holding the sizes Explorer picks from.
    largest = Image.open(HERE / "dpo-desk-256.png")
    largest.save(HERE / "dpo-desk.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    print(f"icons written to {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
