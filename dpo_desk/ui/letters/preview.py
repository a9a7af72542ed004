"""An in-app preview of a PDF, rendered from bytes in memory.

Why pypdfium2: it rasterises the very bytes that will be stored (embedded fonts, Arabic
shaping and bidi as printed), from memory: no temporary file, so no plaintext copy of a
letter on disk. QtPdf (``QPdfView``) is in PySide6-Addons, which the app does not ship;
``pdftoppm`` would need a file; redrawing the letter with reportlab into a QImage would
preview a second code path instead of the document itself.
"""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from dpo_desk.ui import style

PDF_POINTS_PER_INCH = 72


def render_pages(pdf: bytes, width: int, *, ratio: float = 1.0) -> list[QImage]:
    """Every page of ``pdf`` as an image ``width`` logical pixels wide."""
    document = pdfium.PdfDocument(pdf)
    images: list[QImage] = []
    try:
        for index in range(len(document)):
            page = document[index]
            try:
                page_width, _height = page.get_size()
                scale = width * ratio / page_width
                bitmap = page.render(scale=scale, rev_byteorder=True)
                try:
                    fmt = {
                        3: QImage.Format.Format_RGB888,
                        4: QImage.Format.Format_RGBX8888,
                    }[bitmap.n_channels]
                    image = QImage(
                        bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, fmt
                    ).copy()  # own the pixels: the bitmap's buffer goes with it
                finally:
                    bitmap.close()
            finally:
                page.close()
            image.setDevicePixelRatio(ratio)
            images.append(image)
    finally:
        document.close()
    return images


class PdfPreview(QScrollArea):
    """Pages one under the other, on a grey desk, fitted to the width available."""

    PAGE_MARGIN = 14

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PdfPreview")
        # Sized by hand (``_fit``): pages have a fixed size, and a resizable scroll area
        # would squeeze their holder to the viewport and stack the pages on each other.
        self.setWidgetResizable(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet(
            f"QScrollArea#PdfPreview {{ background: #e6e9ee; border: 1px solid {style.BORDER};"
            " border-radius: 8px; }"
            " QWidget#PdfPages { background: #e6e9ee; }"
            f" QLabel[role='pdf-page'] {{ background: white; border: 1px solid {style.BORDER}; }}"
        )
        self._pdf: bytes | None = None
        self._width = 0
        self.pages: list[QLabel] = []
        # Kept: QScrollArea.widget() may be None as far as the types know.
        self.holder = holder = QWidget()
        holder.setObjectName("PdfPages")
        self.column = QVBoxLayout(holder)
        self.column.setContentsMargins(
            self.PAGE_MARGIN, self.PAGE_MARGIN, self.PAGE_MARGIN, self.PAGE_MARGIN
        )
        self.column.setSpacing(self.PAGE_MARGIN)
        self.column.addStretch(1)
        self.setWidget(holder)

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def set_pdf(self, pdf: bytes | None) -> None:
        self._pdf = pdf
        self._width = 0
        self._render()

    def clear(self) -> None:
        """Forget the letter: its pixels are personal data too."""
        self.set_pdf(None)

    def _page_width(self) -> int:
        return max(200, self.viewport().width() - 2 * self.PAGE_MARGIN - 2)

    def _render(self) -> None:
        for page in self.pages:
            self.column.removeWidget(page)
            page.hide()  # deleted later: until then it would still be painted
            page.deleteLater()
        self.pages = []
        if not self._pdf:
            self._fit()
            return
        width = self._page_width()
        self._width = width
        ratio = self.devicePixelRatioF() or 1.0
        for index, image in enumerate(render_pages(self._pdf, width, ratio=ratio)):
            page = QLabel()
            style.set_role(page, "pdf-page")
            pixmap = QPixmap.fromImage(image)
            page.setPixmap(pixmap)
            # Fixed to the page: in a resizable scroll area a label may otherwise be
            # squeezed to share the viewport, and show only the middle of its page.
            size = pixmap.deviceIndependentSize().toSize()
            page.setFixedSize(size.width() + 2, size.height() + 2)
            page.setAlignment(Qt.AlignmentFlag.AlignCenter)
            page.setAccessibleName(self.tr("Page {n}").format(n=index + 1))
            self.column.insertWidget(index, page, 0, Qt.AlignmentFlag.AlignHCenter)
            self.pages.append(page)
        self._fit()

    def _fit(self) -> None:
        # Computed, not asked of the layout: its size hint is cached until the next pass.
        pages = sum(page.height() + self.PAGE_MARGIN for page in self.pages)
        height = max(self.viewport().height(), pages + self.PAGE_MARGIN)
        self.holder.resize(self.viewport().width(), height)

    def resizeEvent(self, event) -> None:  # noqa: N802 — Qt override
        super().resizeEvent(event)
        # Re-rasterise when the width changes noticeably: sharp text at every size.
        if self._pdf and abs(self._page_width() - self._width) > 24:
            self._render()
        else:
            self._fit()
