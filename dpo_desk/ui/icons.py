"""A small line-icon set, drawn as SVG and tinted on demand.

Icons are inline SVG (24×24, 1.8 px strokes) rather than image files or emoji: they
tint to the palette, stay sharp at any scale, and do not depend on an emoji font,
which many Linux desktops (and the offscreen test platform) lack.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from dpo_desk.ui import style

_SHAPES = {
    "dashboard": (
        '<rect x="3.5" y="3.5" width="7" height="9" rx="1.5"/>'
        '<rect x="13.5" y="3.5" width="7" height="5" rx="1.5"/>'
        '<rect x="13.5" y="11.5" width="7" height="9" rx="1.5"/>'
        '<rect x="3.5" y="15.5" width="7" height="5" rx="1.5"/>'
    ),
    "requests": (
        '<path d="M3.5 13.5h4.5l1.5 2.5h5l1.5-2.5h4.5"/>'
        '<path d="M6 4.5h12l2.5 9v5a2 2 0 0 1-2 2h-13a2 2 0 0 1-2-2v-5z"/>'
    ),
    "breaches": (
        '<path d="M12 3l8 3v6c0 4.4-3.3 8.1-8 9-4.7-.9-8-4.6-8-9V6z"/>'
        '<path d="M12 8v5"/><path d="M12 16.3v.2"/>'
    ),
    "processing": (
        '<rect x="5" y="3.5" width="14" height="17" rx="2"/>'
        '<path d="M8.5 8.5h7M8.5 12h7M8.5 15.5h4.5"/>'
    ),
    "processors": (
        '<circle cx="9" cy="8.5" r="3"/>'
        '<path d="M3.5 19.5c0-3.2 2.5-5.5 5.5-5.5s5.5 2.3 5.5 5.5"/>'
        '<circle cx="17" cy="9.5" r="2.3"/>'
        '<path d="M16.2 14.3c2.6.3 4.3 2.3 4.3 5.2"/>'
    ),
    "journal": '<circle cx="12" cy="12" r="8.5"/><path d="M12 7.5V12l3 2"/>',
    "settings": (
        '<path d="M4 6.5h9M18 6.5h2M4 12h3M11 12h9M4 17.5h11M19 17.5h1"/>'
        '<circle cx="15.5" cy="6.5" r="2.2"/><circle cx="9" cy="12" r="2.2"/>'
        '<circle cx="17" cy="17.5" r="2.2"/>'
    ),
    "lock": (
        '<rect x="5" y="10.5" width="14" height="10" rx="2"/>'
        '<path d="M8 10.5V7.5a4 4 0 0 1 8 0v3"/><path d="M12 14.5v2"/>'
    ),
    "unlock": (
        '<rect x="5" y="10.5" width="14" height="10" rx="2"/>'
        '<path d="M8 10.5V7.5a4 4 0 0 1 7.7-1.5"/><path d="M12 14.5v2"/>'
    ),
    "new": (
        '<path d="M13.5 3.5H7a2 2 0 0 0-2 2v13a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V9z"/>'
        '<path d="M13.5 3.5V9H19"/><path d="M12 12v5.5M9.25 14.75h5.5"/>'
    ),
    "open": (
        '<path d="M3.5 7a2 2 0 0 1 2-2h4l2 2h7a2 2 0 0 1 2 2v8.5a2 2 0 0 1-2 2h-13'
        'a2 2 0 0 1-2-2z"/><path d="M3.5 10h17"/>'
    ),
    "file": (
        '<path d="M13.5 3.5H7a2 2 0 0 0-2 2v13a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V9z"/>'
        '<path d="M13.5 3.5V9H19"/><rect x="9" y="13" width="6" height="4.5" rx="1"/>'
        '<path d="M10.3 13v-1a1.7 1.7 0 0 1 3.4 0v1"/>'
    ),
    "eye": (
        '<path d="M2.5 12s3.5-6.5 9.5-6.5 9.5 6.5 9.5 6.5-3.5 6.5-9.5 6.5S2.5 12 2.5 12z"/>'
        '<circle cx="12" cy="12" r="2.8"/>'
    ),
    "eye-off": (
        '<path d="M2.5 12s3.5-6.5 9.5-6.5 9.5 6.5 9.5 6.5-3.5 6.5-9.5 6.5S2.5 12 2.5 12z"/>'
        '<circle cx="12" cy="12" r="2.8"/><path d="M4 20L20 4"/>'
    ),
    "copy": (
        '<rect x="8.5" y="8.5" width="11" height="11" rx="2"/>'
        '<path d="M15.5 8.5V6a2 2 0 0 0-2-2h-7.5a2 2 0 0 0-2 2v7.5a2 2 0 0 0 2 2h2.5"/>'
    ),
    # The app's mark: a shield holding a check, "protected and in order".
    "logo": (
        '<path d="M12 2.8l8 3v6.2c0 4.6-3.3 8.4-8 9.3-4.7-.9-8-4.7-8-9.3V5.8z"/>'
        '<path d="M8.3 12.2l2.6 2.6 4.9-5.2"/>'
    ),
}

_RENDER_SIZE = 64  # rendered once large, scaled down by QIcon: sharp on HiDPI too


def _svg(name: str, colour: str, stroke: float = 1.8) -> bytes:
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" '
        f'stroke="{colour}" stroke-width="{stroke}" stroke-linecap="round" '
        f'stroke-linejoin="round">{_SHAPES[name]}</svg>'
    ).encode()


def pixmap(name: str, colour: str = style.TEXT_SECONDARY, size: int = _RENDER_SIZE) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(_svg(name, colour)))
    image = QPixmap(QSize(size, size))
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


@cache
def icon(name: str, colour: str = style.TEXT_SECONDARY, selected: str | None = None) -> QIcon:
    """A tinted icon; ``selected`` tints the copy Qt shows for a selected item."""
    result = QIcon(pixmap(name, colour))
    if selected is not None:
        result.addPixmap(pixmap(name, selected), QIcon.Mode.Selected)
    return result
