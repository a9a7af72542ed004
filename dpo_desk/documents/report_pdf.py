"""A ``blocks.Report`` printed to PDF with reportlab: ``render_pdf(report) -> bytes``.

The letters' typesetting, for documents that are not letters (the CNDP dossier, the
information notice): the same embedded fonts (Noto Sans, Amiri and their fallbacks,
``pdf.font_choices``), the same order of operations (clean, shape, resolve bidi levels
on the paragraph, break, reorder each line: ``typesetting``), and the same rule that
nothing goes through reportlab's paragraph markup. Every line is drawn with
``drawString``, so ``<b>x</b>`` or ``=1+1`` in a register field is printed as typed.

Layout (A4): the title, subtitle and date, then the blocks. A ``Fields`` table puts the
label in a narrow column on the document's start side (left in French, right in
Arabic) and the value beside it, wrapped; a value longer than a page goes on over the
next pages. Checklists draw their box. Every page carries the report's footer and "n/N":
the whole document is laid out before the first page is drawn, so N is known.

Before anything is drawn, every character is checked against the fonts: one that no
font can draw is refused with the label of the field that holds it (as ``pdf.check_text``
does for letters), never dropped.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from dpo_desk import __version__
from dpo_desk.documents import pdf
from dpo_desk.documents import typesetting as ts
from dpo_desk.documents.blocks import (
    Bullets,
    Checklist,
    Fields,
    Heading,
    PageBreak,
    Paragraph,
    Report,
)
from dpo_desk.documents.kinds import LetterLanguage
from dpo_desk.documents.letters import format_date
from dpo_desk.domain.errors import ValidationError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP

ERR_UNPRINTABLE = QT_TRANSLATE_NOOP(
    "Errors",
    "Le champ « {label} » contient un caractère que les documents PDF ne savent pas "
    "imprimer : « {char} » ({code}).",
)

mm = pdf.mm
PAGE_WIDTH, PAGE_HEIGHT = pdf.PAGE_WIDTH, pdf.PAGE_HEIGHT
MARGIN_X = 20 * mm
MARGIN_TOP = 18 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT = PAGE_WIDTH - 2 * MARGIN_X
LABEL_COLUMN = 0.32 * CONTENT  # a Fields table's label column
COLUMN_GAP = 4 * mm
BOX = 3.2 * mm  # a checklist's box
HANG = 6 * mm  # where a bullet's or a checklist item's text starts


@dataclass(frozen=True)
class _Style:
    fonts: ts.FontChoice
    size: float
    leading: float


def _styles(language: LetterLanguage) -> dict[str, _Style]:
    regular, bold = pdf.font_choices(language)
    # Amiri's letters are small for their body size: a larger size, more leading.
    scale, lead = (1.15, 1.55) if language.rtl else (1.0, 1.4)

    def style(fonts: ts.FontChoice, size: float) -> _Style:
        return _Style(fonts, size * scale, size * scale * lead)

    return {
        "title": style(bold, 15),
        "subtitle": style(regular, 10.5),
        "h1": style(bold, 12.5),
        "h2": style(bold, 11),
        "h3": style(bold, 9.5),
        "body": style(regular, 9.5),
        "bold": style(bold, 9.5),
        "label": style(bold, 8.5),
        "value": style(regular, 9),
        "foot": style(regular, 7.5),
    }


# ----------------------------------------------------------------------------- layout


@dataclass
class _Piece:
    """One line of text at ``x`` (from the left margin), in visual order."""

    runs: list[tuple[str, str]]
    x: float
    size: float


@dataclass
class _Row:
    """One line's height of the page: the pieces drawn on it, side by side."""

    height: float
    pieces: list[_Piece] = field(default_factory=list)
    gap: float = 0.0  # space above, dropped at the top of a page
    keep: int = 0  # how many following rows must be on this row's page
    rule: bool = False  # a thin rule above the row (between a table's rows)
    box: tuple[float, bool] | None = None  # a checklist box: x, ticked
    new_page: bool = False


class _Layout:
    def __init__(self, language: LetterLanguage) -> None:
        self.language = language
        self.rtl = language.rtl
        self.styles = _styles(language)
        self.rows: list[_Row] = []

    def lines(self, text: str, style: str, box: float, *, data: bool) -> list[_Piece]:
        """``text`` broken into lines of at most ``box`` points, each placed at the
        start side of a box starting at 0 (shifted by the caller). Line breaks in the
        text are paragraphs; an empty one keeps its height."""
        chosen = self.styles[style]
        out: list[_Piece] = []
        for paragraph in ts.clean_text(text).split("\n"):
            if not paragraph.strip():
                out.append(_Piece([], 0.0, chosen.size))
                continue
            if data:
                # A value: its own direction (UAX #9 P2-P3), "12, rue…" stays in order
                # in an Arabic document.
                paragraph = ts.isolate(paragraph)
                rtl = ts.base_rtl(paragraph, default=self.rtl)
            else:
                rtl = ts.paragraph_rtl(paragraph, default=self.rtl)
            shaped = ts.shape(paragraph)
            spans = ts.break_lines(shaped, chosen.fonts, chosen.size, box)
            for shown in ts.visual_lines(shaped, spans, rtl=rtl):
                line_width = ts.width(shown, chosen.fonts, chosen.size)
                x = box - line_width if self.rtl else 0.0
                out.append(_Piece(ts.runs(shown, chosen.fonts), x, chosen.size))
        while out and not out[-1].runs:
            out.pop()
        return out

    def at(self, x0: float, box: float) -> float:
        """The left edge, from the margin, of a box that starts ``x0`` points from the
        document's start side."""
        return CONTENT - x0 - box if self.rtl else x0

    def text(
        self,
        text: str,
        style: str,
        *,
        gap: float = 0.0,
        keep_next: int = 0,
        x0: float = 0.0,
        data: bool = False,
    ) -> None:
        chosen = self.styles[style]
        box = CONTENT - x0
        pieces = self.lines(text, style, box, data=data)
        left = self.at(x0, box)
        for index, piece in enumerate(pieces):
            piece.x += left
            keep = 0
            if index == 0:
                # A heading stays with what follows it; a paragraph's first line does
                # not stay alone at the foot of a page.
                keep = len(pieces) - 1 + keep_next if keep_next else min(len(pieces) - 1, 1)
            self.rows.append(
                _Row(chosen.leading, [piece], gap=gap if index == 0 else 0.0, keep=keep)
            )

    def item(self, text: str, *, checked: bool | None) -> None:
        """A bullet (``checked`` None) or a checklist item: the mark on the start side,
        the text hanging after it."""
        style = self.styles["body"]
        box = CONTENT - HANG
        pieces = self.lines(text, "body", box, data=False) or [_Piece([], 0.0, style.size)]
        left = self.at(HANG, box)
        for index, piece in enumerate(pieces):
            piece.x += left
            row = _Row(style.leading, [piece], gap=style.leading * 0.2 if index == 0 else 0.0)
            if index == 0:
                row.keep = min(len(pieces) - 1, 2)
                mark_x = self.at(0.0, HANG)
                if checked is None:
                    bullet = "•"
                    width = ts.width(bullet, style.fonts, style.size)
                    x = mark_x + HANG - width - 1.5 * mm if self.rtl else mark_x + 1.5 * mm
                    row.pieces.append(_Piece(ts.runs(bullet, style.fonts), x, style.size))
                else:
                    x = mark_x + HANG - BOX - 1 * mm if self.rtl else mark_x + 1 * mm
                    row.box = (x, checked)
            self.rows.append(row)

    def fields(self, rows: tuple[tuple[str, str], ...]) -> None:
        label_style, value_style = self.styles["label"], self.styles["value"]
        value_box = CONTENT - LABEL_COLUMN - COLUMN_GAP
        label_left = self.at(0.0, LABEL_COLUMN)
        value_left = self.at(LABEL_COLUMN + COLUMN_GAP, value_box)
        leading = max(label_style.leading, value_style.leading)
        for number, (label, value) in enumerate(rows):
            labels = self.lines(label, "label", LABEL_COLUMN, data=False)
            values = self.lines(value, "value", value_box, data=True)
            count = max(len(labels), len(values), 1)
            for index in range(count):
                row = _Row(leading, gap=leading * 0.3 if index == 0 else 0.0)
                if index == 0:
                    row.rule = number > 0
                    # The label and the value's first lines start on the same page.
                    row.keep = min(count - 1, max(len(labels) - 1, 1))
                if index < len(labels):
                    piece = labels[index]
                    piece.x += label_left
                    row.pieces.append(piece)
                if index < len(values):
                    piece = values[index]
                    piece.x += value_left
                    row.pieces.append(piece)
                self.rows.append(row)


def _compose(report: Report) -> _Layout:
    layout = _Layout(LetterLanguage(report.language))
    body = layout.styles["body"]
    layout.text(report.title, "title", data=True)
    if report.subtitle.strip():
        layout.text(report.subtitle, "subtitle", data=True)
    if report.issued_on is not None:
        layout.text(ts.isolate(format_date(report.issued_on, layout.language)), "subtitle")
    for block in report.blocks:
        if isinstance(block, Heading):
            level = min(max(block.level, 1), 3)
            gap = body.leading * (1.4 if level == 1 else 0.9)
            layout.text(block.text, f"h{level}", gap=gap, keep_next=2)
        elif isinstance(block, Paragraph):
            style = "bold" if block.emphasis else "body"
            layout.text(block.text, style, gap=body.leading * 0.35, data=False)
        elif isinstance(block, Bullets):
            for text in block.items:
                layout.item(text, checked=None)
        elif isinstance(block, Checklist):
            for text, checked in block.items:
                layout.item(text, checked=checked)
        elif isinstance(block, Fields):
            layout.fields(block.rows)
        elif isinstance(block, PageBreak):
            layout.rows.append(_Row(0.0, new_page=True))
    return layout


def _paginate(rows: list[_Row]) -> list[list[tuple[float, _Row]]]:
    """Rows placed on pages, each with its top; a row's ``keep`` rows follow it onto its
    page when they fit on one."""
    top = PAGE_HEIGHT - MARGIN_TOP
    room = top - MARGIN_BOTTOM
    pages: list[list[tuple[float, _Row]]] = [[]]
    y = top
    for index, row in enumerate(rows):
        if row.new_page:
            if pages[-1]:
                pages.append([])
                y = top
            continue
        gap = row.gap if pages[-1] else 0.0
        needed = gap + row.height
        kept = rows[index + 1 : index + 1 + row.keep]
        with_kept = needed + sum(k.gap + k.height for k in kept)
        if pages[-1] and (
            y - needed < MARGIN_BOTTOM or (with_kept <= room and y - with_kept < MARGIN_BOTTOM)
        ):
            pages.append([])
            y = top
            gap = 0.0
        y -= gap
        pages[-1].append((y, row))
        y -= row.height
    return pages


# ----------------------------------------------------------------------------- glyphs


def _texts(report: Report) -> list[tuple[str, str]]:
    """(label, text) of everything printed: a table's value named by its label, other
    text by the heading above it (the title for what comes before any)."""
    found = [(report.title, report.title), (report.title, report.subtitle)]
    found.append((report.title, report.footer))
    section = report.title
    for block in report.blocks:
        if isinstance(block, Heading):
            section = block.text
            found.append((section, block.text))
        elif isinstance(block, Paragraph):
            found.append((section, block.text))
        elif isinstance(block, Bullets):
            found.extend((section, text) for text in block.items)
        elif isinstance(block, Checklist):
            found.extend((section, text) for text, _ in block.items)
        elif isinstance(block, Fields):
            for label, value in block.rows:
                found.append((section, label))
                found.append((label, value))
    return found


def check_report(report: Report) -> None:
    """Refuse a report holding a character that no font of its language can draw."""
    pdf.register_fonts()
    choices = pdf.font_choices(LetterLanguage(report.language))
    for label, text in _texts(report):
        char = ts.missing_glyph(ts.clean_text(text), choices)
        if char is not None:
            plain = ts.without_isolates(ts.clean_text(label, multiline=False))[:120]
            raise ValidationError(
                ERR_UNPRINTABLE, "report", label=plain, char=char, code=f"U+{ord(char):04X}"
            )


# ----------------------------------------------------------------------------- PDF


def _draw(canvas: Canvas, piece: _Piece, y: float) -> None:
    x = MARGIN_X + piece.x
    for text, font in piece.runs:
        canvas.setFont(font, piece.size)
        canvas.drawString(x, y, text)
        x += pdfmetrics.stringWidth(text, font, piece.size)


def _draw_box(canvas: Canvas, x: float, y: float, ticked: bool) -> None:
    left = MARGIN_X + x
    canvas.setLineWidth(0.7)
    canvas.setStrokeGray(0.2)
    canvas.rect(left, y, BOX, BOX, stroke=1, fill=0)
    if ticked:
        canvas.setLineWidth(1.1)
        path = canvas.beginPath()
        path.moveTo(left + BOX * 0.18, y + BOX * 0.5)
        path.lineTo(left + BOX * 0.42, y + BOX * 0.2)
        path.lineTo(left + BOX * 0.85, y + BOX * 0.85)
        canvas.drawPath(path, stroke=1, fill=0)


def _footer(layout: _Layout, report: Report, number: int, total: int) -> list[_Piece]:
    foot = layout.styles["foot"]
    label = f"{number}/{total}"  # digits and a slash read the same in every language
    label_width = pdfmetrics.stringWidth(label, foot.fonts.main, foot.size)
    pieces = [
        _Piece(
            [(label, foot.fonts.main)],
            0.0 if layout.rtl else CONTENT - label_width,
            foot.size,
        )
    ]
    if report.footer.strip():
        box = CONTENT - label_width - 8 * mm
        lines = layout.lines(report.footer, "foot", box, data=False)[:2]
        for piece in lines:
            piece.x += layout.at(0.0, box)
        pieces.extend(lines)
    return pieces


def render_pdf(report: Report) -> bytes:
    """The report as PDF bytes; a ValidationError for a character no font can draw."""
    check_report(report)
    language = LetterLanguage(report.language)
    layout = _compose(report)
    pages = _paginate(layout.rows)
    foot = layout.styles["foot"]

    def plain(text: str) -> str:
        return ts.without_isolates(ts.clean_text(text, multiline=False))

    buffer = io.BytesIO()
    # The initial font is the document's own: Helvetica would be named on every page
    # without being embedded.
    canvas = Canvas(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        pageCompression=1,
        initialFontName=foot.fonts.main,
        initialFontSize=foot.size,
        lang=pdf.PDF_LANG[language],
    )
    canvas.setTitle(plain(report.title))
    canvas.setAuthor(plain(report.author))
    canvas.setSubject(plain(report.subtitle)[:500])
    canvas.setKeywords(", ".join(plain(k) for k in report.keywords))
    canvas.setCreator(f"DPO Desk {__version__}")
    total = len(pages)
    for number, placed in enumerate(pages, start=1):
        for index, (top, row) in enumerate(placed):
            baseline = top - row.height * 0.72
            if row.rule and index > 0:  # a rule between rows, never atop a page
                canvas.setLineWidth(0.3)
                canvas.setStrokeGray(0.75)
                canvas.line(
                    MARGIN_X, top + row.gap * 0.5, PAGE_WIDTH - MARGIN_X, top + row.gap * 0.5
                )
            if row.box is not None:
                _draw_box(canvas, row.box[0], baseline - BOX * 0.1, row.box[1])
            for piece in row.pieces:
                _draw(canvas, piece, baseline)
        lines = _footer(layout, report, number, total)
        canvas.setLineWidth(0.3)
        canvas.setStrokeGray(0.75)
        canvas.line(MARGIN_X, MARGIN_BOTTOM * 0.75, PAGE_WIDTH - MARGIN_X, MARGIN_BOTTOM * 0.75)
        y = MARGIN_BOTTOM * 0.75 - foot.leading * 0.9
        _draw(canvas, lines[0], y)
        for piece in lines[1:]:
            _draw(canvas, piece, y)
            y -= foot.leading
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
