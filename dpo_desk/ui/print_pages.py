"""A printout's pages: the document model (``Printout``: a title, the organisation,
when it was printed, blocks), its HTML for a ``QTextDocument`` (every value escaped: a
name is text, never markup), and the painting of its pages on a ``QPrinter``.

The pages are painted here rather than by ``QTextDocument.print_``: that one numbers
pages on its own terms and draws no header, and a paper copy shown to the CNDP must say
whose register it comes from, when it was printed, and "page n / N". A list is painted
cell by cell: a text document of 5,000 rows took 72 s to lay out, this about 6 s.

What is printed comes from ``ui/printing.py`` (lists, summaries, the preview).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from html import escape

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QPainter,
    QPalette,
    QPen,
    QTextDocument,
    QTextOption,
)
from PySide6.QtPrintSupport import QPrinter

from dpo_desk.documents.blocks import Bullets, Fields, Heading, Paragraph
from dpo_desk.documents.typesetting import clean_text
from dpo_desk.resources import resource_path

# The fonts shipped with the app for its PDF letters (OFL): Noto Sans for Latin text,
# Amiri for Arabic. Printing with them gives the same pages on every machine, and an
# Arabic name is never printed as boxes on a system without an Arabic font.
FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "Amiri-Regular.ttf", "Amiri-Bold.ttf")
FONT_FAMILIES = ["Noto Sans", "Amiri"]
BODY_POINTS = 9.5
LIST_POINTS = 8.0  # a printed list's rows: more of them on a page
ARABIC_BODY_POINTS = 11.0  # Amiri's small x-height reads like 9.5 pt Noto Sans at 11 pt
PAGE_MARGINS_MM = QMarginsF(15, 12, 15, 12)
ACCENT = "#1f4e79"
MUTED = "#5b6670"
RULE = "#b8c2cc"

_fonts_loaded = False


# ----------------------------------------------------------------------------- the model


@dataclass(frozen=True)
class Table:
    """Rows under column titles: a printed list."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


PrintBlock = Heading | Paragraph | Bullets | Fields | Table


@dataclass(frozen=True)
class Printout:
    """One document to print: its title, whose register, when, and its blocks."""

    title: str
    organisation: str
    printed_at: str  # "06/12/2026 à 23:05", in the organisation's zone
    blocks: tuple[PrintBlock, ...] = ()
    subtitle: str = ""
    note: str = ""  # said under the title and on every page (a capped list)
    rtl: bool = False
    document_name: str = ""  # what the print queue shows: never a person's name


# ----------------------------------------------------------------------------- HTML


def _text(value: str) -> str:
    """A value as text: escaped, control and bidi-override characters dropped (as the PDF
    letters drop them), line breaks kept."""
    return escape(clean_text(value or ""), quote=False).replace("\n", "<br>")


def column_widths(
    table: Table,
    metrics: QFontMetricsF | None = None,
    bold: QFontMetricsF | None = None,
    available: float | None = None,
) -> list[float]:
    """Each column's share of the width, in percent: as wide as its longest text where
    the page allows, the widest columns (names, titles) sharing what is left and wrapping.
    Qt's own table layout would give every column the same width, and break a reference
    or a date over two lines. Measured on the printer when given its metrics, else on
    the screen for an A4 page."""
    count = len(table.headers)
    if not count:
        return []
    metrics = metrics or QFontMetricsF(print_font(LIST_POINTS))
    bold = bold or QFontMetricsF(print_font(LIST_POINTS, bold=True))
    if available is None:
        screen = QGuiApplication.primaryScreen()
        dpi = screen.logicalDotsPerInch() if screen is not None else 96.0
        millimetres = 210 - PAGE_MARGINS_MM.left() - PAGE_MARGINS_MM.right()
        available = millimetres / 25.4 * dpi
    padding = metrics.horizontalAdvance("M") * 1.5
    need = [
        max((bold.horizontalAdvance(word) for word in title.split()), default=0.0) + padding
        for title in table.headers
    ]
    for row in table.rows[:500]:  # the first pages are enough to judge
        for column, cell in enumerate(row):
            need[column] = max(need[column], metrics.horizontalAdvance(cell) * 1.05 + padding)
    widths: dict[int, float] = {}
    open_columns = set(range(count))
    while open_columns:
        share = (available - sum(widths.values())) / len(open_columns)
        fitting = [column for column in open_columns if need[column] <= share]
        if not fitting:
            widths.update({column: share for column in open_columns})
            break
        for column in fitting:
            widths[column] = need[column]
            open_columns.discard(column)
    total = sum(widths.values()) or 1.0
    return [100 * widths[column] / total for column in range(count)]


def _block_html(block: PrintBlock, rtl: bool) -> str:
    start = "right" if rtl else "left"
    if isinstance(block, Heading):
        size = {1: 13, 2: 11.5}.get(block.level, 10.5)
        return (
            f'<p style="font-size:{size}pt; font-weight:bold; color:{ACCENT}; '
            f'margin-top:12px; margin-bottom:4px">{_text(block.text)}</p>'
        )
    if isinstance(block, Paragraph):
        text = _text(block.text)
        if block.emphasis:
            text = f"<b>{text}</b>"
        return f'<p style="margin-top:2px; margin-bottom:4px">{text}</p>'
    if isinstance(block, Bullets):
        if not block.items:
            return ""
        items = "".join(f"<li>{_text(item)}</li>" for item in block.items)
        return f'<ul style="margin-top:2px; margin-bottom:4px">{items}</ul>'
    if isinstance(block, Fields):
        if not block.rows:
            return ""
        rows = "".join(
            f'<tr><td width="30%" style="color:{MUTED}">{_text(label)}</td>'
            f"<td>{_text(value) or '—'}</td></tr>"
            for label, value in block.rows
        )
        return (
            '<table width="100%" cellspacing="0" cellpadding="3" '
            f'style="margin-bottom:4px">{rows}</table>'
        )
    if isinstance(block, Table):
        widths = column_widths(block)
        head = "".join(
            f'<th align="{start}" width="{round(width)}%" style="background-color:#e8edf2">'
            f"{_text(title)}</th>"
            for title, width in zip(block.headers, widths, strict=True)
        )
        body = "".join(
            "<tr>" + "".join(f"<td>{_text(cell)}</td>" for cell in row) + "</tr>"
            for row in block.rows
        )
        # <thead>: Qt repeats the column titles at the top of every page.
        return (
            '<table width="100%" border="0.5" cellspacing="0" cellpadding="3" '
            f'style="border-collapse:collapse; border-color:{RULE}; font-size:{LIST_POINTS}pt">'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        )
    raise TypeError(f"unknown block {type(block).__name__}")


def to_html(printout: Printout) -> str:
    """The printout's body as HTML for ``QTextDocument``: the running header and the page
    numbers are painted apart (``paint``)."""
    direction = "rtl" if printout.rtl else "ltr"
    parts = [
        f'<html><body dir="{direction}">',
        f'<p style="font-size:16pt; font-weight:bold; color:{ACCENT}; margin-bottom:2px">'
        f"{_text(printout.title)}</p>",
    ]
    if printout.subtitle:
        parts.append(f'<p style="color:{MUTED}; margin-top:0px">{_text(printout.subtitle)}</p>')
    if printout.note:
        parts.append(f"<p><b>{_text(printout.note)}</b></p>")
    parts += [_block_html(block, printout.rtl) for block in printout.blocks]
    parts.append("</body></html>")
    return "\n".join(parts)


# ----------------------------------------------------------------------------- pages


def _load_fonts() -> None:
    global _fonts_loaded
    if _fonts_loaded:
        return
    _fonts_loaded = True
    for name in FONT_FILES:
        try:
            QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        except FileNotFoundError:
            pass  # a system font then; Qt falls back per character


def print_font(points: float, *, bold: bool = False) -> QFont:
    _load_fonts()
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(points)
    if bold:
        font.setWeight(QFont.Weight.Bold)
    return font


def make_document(printout: Printout) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(print_font(ARABIC_BODY_POINTS if printout.rtl else BODY_POINTS))
    option = QTextOption()
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if printout.rtl else Qt.LayoutDirection.LeftToRight
    )
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setHtml(to_html(printout))
    return document


def _line(painter: QPainter, rect: QRectF, text: str, align: Qt.AlignmentFlag, rtl: bool) -> None:
    option = QTextOption(align | Qt.AlignmentFlag.AlignVCenter)
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    painter.drawText(rect, clean_text(text, multiline=False), option)


class _Sheet:
    """The geometry of a printed page, in the printer's pixels: the running header (the
    organisation, the title, when printed), the body, the footer with "n / N"."""

    def __init__(self, printout: Printout, printer: QPrinter) -> None:
        self.printout = printout
        self.printer = printer
        page = printer.pageRect(QPrinter.Unit.DevicePixel)
        self.width, self.height = page.width(), page.height()
        self.small = print_font(8)
        self.bold = print_font(9, bold=True)
        self.line = QFontMetricsF(self.bold, printer).height()
        gap = self.line * 0.6
        self.rule = 2 * self.line + gap / 2
        self.top = 2 * self.line + gap * 1.5
        self.body_height = self.height - self.top - (self.line + gap)
        self.rtl = printout.rtl
        self.start = Qt.AlignmentFlag.AlignRight if self.rtl else Qt.AlignmentFlag.AlignLeft
        self.end = Qt.AlignmentFlag.AlignLeft if self.rtl else Qt.AlignmentFlag.AlignRight

    def decorate(self, painter: QPainter, number: int, pages: int) -> None:
        printout, width, line = self.printout, self.width, self.line
        painter.save()
        painter.setPen(QColor("black"))
        painter.setFont(self.bold)
        organisation = QFontMetricsF(self.bold, self.printer).elidedText(
            clean_text(printout.organisation, multiline=False),
            Qt.TextElideMode.ElideRight,
            width / 2,
        )
        top = QRectF(0, 0, width, line)
        _line(painter, top, organisation, self.start, self.rtl)
        painter.setFont(self.small)
        painter.setPen(QColor(MUTED))
        printed = QCoreApplication.translate("Printing", "Imprimé le {when}").format(
            when=printout.printed_at
        )
        _line(painter, top, printed, self.end, self.rtl)
        second = printout.title + (f" — {printout.note}" if printout.note else "")
        title = QFontMetricsF(self.small, self.printer).elidedText(
            clean_text(second, multiline=False), Qt.TextElideMode.ElideRight, width
        )
        _line(painter, QRectF(0, line, width, line), title, self.start, self.rtl)
        _line(
            painter,
            QRectF(0, self.height - line, width, line),
            f"{number + 1} / {pages}",
            Qt.AlignmentFlag.AlignHCenter,
            False,  # "1 / 2" in every language: laid right to left it read "2 / 1"
        )
        painter.setPen(QPen(QColor(RULE), max(1.0, self.printer.resolution() / 150)))
        painter.drawLine(QPointF(0, self.rule), QPointF(width, self.rule))
        painter.restore()


def _paint_document(painter: QPainter, sheet: _Sheet) -> int:
    """A summary: the document laid out in pages of the body's height (Qt moves a line
    or a table row that would straddle two pages to the next one)."""
    document = make_document(sheet.printout)
    layout = document.documentLayout()
    layout.setPaintDevice(sheet.printer)  # the printer's resolution, not the screen's
    document.setPageSize(QSizeF(sheet.width, sheet.body_height))
    pages = document.pageCount()
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette.setColor(QPalette.ColorRole.Text, QColor("black"))
    for number in range(pages):
        if number:
            sheet.printer.newPage()
        sheet.decorate(painter, number, pages)
        painter.save()
        painter.translate(0, sheet.top - number * sheet.body_height)
        context.clip = QRectF(0, number * sheet.body_height, sheet.width, sheet.body_height)
        painter.setClipRect(context.clip)
        layout.draw(painter, context)
        painter.restore()
    return pages


def _paint_list(painter: QPainter, sheet: _Sheet, table: Table) -> int:
    """A list: its rows painted cell by cell, the column titles again at the top of each
    page. ``QTextDocument`` would do it too, but took 72 s to lay out a table of 5,000
    rows; this takes a second or two."""
    printer, width, rtl = sheet.printer, sheet.width, sheet.rtl
    intro = make_document(replace(sheet.printout, blocks=()))
    intro.documentLayout().setPaintDevice(printer)
    intro.setTextWidth(width)
    intro_height = intro.size().height()
    font = print_font(LIST_POINTS)
    bold = print_font(LIST_POINTS, bold=True)
    plain_metrics, bold_metrics = QFontMetricsF(font, printer), QFontMetricsF(bold, printer)
    pad = printer.resolution() * 1.0 / 25.4  # one millimetre around the text
    shares = column_widths(table, plain_metrics, bold_metrics, width)
    widths = [width * share / 100 for share in shares]
    # x of each column's start edge, from the left; mirrored in Arabic.
    edges, x = [], 0.0
    for column_width in widths:
        edges.append(width - x - column_width if rtl else x)
        x += column_width
    wrap = int(Qt.TextFlag.TextWordWrap.value) | int(Qt.TextFlag.TextWrapAnywhere.value)

    def height_of(cells: tuple[str, ...], metrics: QFontMetricsF) -> float:
        tallest = metrics.height()
        for cell, column_width in zip(cells, widths, strict=True):
            if cell:
                box = metrics.boundingRect(
                    QRectF(0, 0, max(column_width - 2 * pad, 1.0), 1e9), wrap, clean_text(cell)
                )
                tallest = max(tallest, box.height())
        return tallest + 2 * pad

    header_height = height_of(table.headers, bold_metrics)
    heights = [height_of(row, plain_metrics) for row in table.rows]
    pages: list[tuple[int, int]] = []  # each page's rows: [first, last)
    first, room = 0, sheet.body_height - intro_height - header_height
    for index, height in enumerate(heights):
        if height > room and index > first:
            pages.append((first, index))
            first, room = index, sheet.body_height - header_height
        room -= height
    pages.append((first, len(heights)))

    option = QTextOption(sheet.start | Qt.AlignmentFlag.AlignTop)
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    grid = QPen(QColor(RULE), max(1.0, printer.resolution() / 200))

    def draw_row(cells: tuple[str, ...], y: float, height: float, header: bool) -> None:
        if header:
            painter.fillRect(QRectF(0, y, width, height), QColor("#e8edf2"))
        painter.setFont(bold if header else font)
        painter.setPen(QColor("black"))
        for cell, left, column_width in zip(cells, edges, widths, strict=True):
            box = QRectF(left + pad, y + pad, column_width - 2 * pad, height - 2 * pad)
            painter.drawText(box, clean_text(cell), option)
        painter.setPen(grid)
        painter.drawLine(QPointF(0, y + height), QPointF(width, y + height))

    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette.setColor(QPalette.ColorRole.Text, QColor("black"))
    for number, (start, stop) in enumerate(pages):
        if number:
            printer.newPage()
        sheet.decorate(painter, number, len(pages))
        y = sheet.top
        if number == 0:
            painter.save()
            painter.translate(0, y)
            intro.documentLayout().draw(painter, context)
            painter.restore()
            y += intro_height
        top = y
        draw_row(table.headers, y, header_height, True)
        y += header_height
        for index in range(start, stop):
            draw_row(table.rows[index], y, heights[index], False)
            y += heights[index]
        painter.setPen(grid)
        for left in edges:  # the column rules
            painter.drawLine(QPointF(left, top), QPointF(left, y))
        painter.drawLine(QPointF(width, top), QPointF(width, y))
        painter.drawLine(QPointF(0, top), QPointF(width, top))
    return len(pages)


def paint(printout: Printout, printer: QPrinter) -> int:
    """Paint ``printout`` on ``printer``, a header and a footer on every page; returns
    the number of pages."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        sheet = _Sheet(printout, printer)
        tables = [block for block in printout.blocks if isinstance(block, Table)]
        if len(printout.blocks) == 1 and tables:
            return _paint_list(painter, sheet, tables[0])
        return _paint_document(painter, sheet)
    finally:
        painter.end()
