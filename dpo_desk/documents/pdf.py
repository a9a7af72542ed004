"""A ``LetterDraft`` printed to PDF with reportlab: ``render_letter(draft) -> bytes``.

Layout (A4): letterhead (name, address, DPO contact, optional logo), place and date,
recipient block, reference and subject, body, signature, and "n/N" on every page.
Arabic letters mirror it: the letterhead starts on the right, text is right-aligned.

Nothing here goes through reportlab's paragraph markup. Lines are laid out by
``typesetting`` and drawn with ``drawString``, which prints characters and interprets
none, so ``<b>x</b> & co``, ``<img src=x>`` or ``=1+1`` in a name appear literally and
can inject nothing. The page count is known before the first page is drawn (layout
first, drawing second), which is what "1/2" needs.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from functools import cache

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from dpo_desk import __version__
from dpo_desk.documents import typesetting as ts
from dpo_desk.documents.kinds import LetterLanguage
from dpo_desk.documents.letters import (
    DATE_ONLY,
    DPO_LABEL,
    PLACE_AND_DATE,
    REF_LABEL,
    SUBJECT_LABEL,
    LetterDraft,
    format_date,
    term,
)
from dpo_desk.domain.errors import ValidationError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.resources import resource_path

ERR_LOGO = QT_TRANSLATE_NOOP("Errors", "Le logo n'est pas une image lisible (PNG ou JPEG).")

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 22 * mm
MARGIN_TOP = 18 * mm
MARGIN_BOTTOM = 22 * mm
CONTENT = PAGE_WIDTH - 2 * MARGIN_X
COLUMN = 0.52 * CONTENT  # where the recipient and signature column starts
LOGO_BOX = (38 * mm, 20 * mm)
ANNEX_MARK = "---"  # a body line of its own: the annexe follows, after the signature

_FONT_FILES = {
    "DPODesk-Sans": "NotoSans-Regular.ttf",
    "DPODesk-Sans-Bold": "NotoSans-Bold.ttf",
    "DPODesk-Arabic": "Amiri-Regular.ttf",
    "DPODesk-Arabic-Bold": "Amiri-Bold.ttf",
}


@cache
def _register_fonts() -> None:
    for name, filename in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))


@dataclass(frozen=True)
class _Style:
    fonts: ts.FontChoice
    size: float
    leading: float


def _styles(language: LetterLanguage) -> dict[str, _Style]:
    if language.rtl:
        regular = ts.FontChoice("DPODesk-Arabic", "DPODesk-Arabic", "DPODesk-Sans")
        bold = ts.FontChoice("DPODesk-Arabic-Bold", "DPODesk-Arabic-Bold", "DPODesk-Sans-Bold")
        # Amiri's letters are small for their body size: a larger size, more leading.
        scale, lead = 1.2, 1.6
    else:
        regular = ts.FontChoice("DPODesk-Sans", "DPODesk-Arabic", "DPODesk-Arabic")
        bold = ts.FontChoice("DPODesk-Sans-Bold", "DPODesk-Arabic-Bold", "DPODesk-Arabic-Bold")
        scale, lead = 1.0, 1.45
    return {
        "name": _Style(bold, 13 * scale, 13 * scale * lead),
        "head": _Style(regular, 8.5 * scale, 8.5 * scale * lead),
        "body": _Style(regular, 10 * scale, 10 * scale * lead),
        "bold": _Style(bold, 10 * scale, 10 * scale * lead),
        "foot": _Style(regular, 8 * scale, 8 * scale * lead),
    }


# ----------------------------------------------------------------------------- layout


@dataclass
class _Line:
    runs: list[tuple[str, str]]  # visual order, left to right
    width: float
    style: _Style
    x0: float  # left edge of the box the line sits in, from the left margin
    box: float  # width of that box
    align: str  # "start" or "end" of the box, in the letter's direction
    gap: float = 0.0  # space above the line
    group: int = 0  # lines of one non-zero group stay on one page


@dataclass
class _Layout:
    language: LetterLanguage
    styles: dict[str, _Style]
    lines: list[_Line] = field(default_factory=list)
    next_group: int = 1

    def paragraph(
        self,
        text: str,
        style: str,
        *,
        x0: float = 0.0,
        box: float = CONTENT,
        align: str = "start",
        gap: float = 0.0,
        group: int = 0,
        data: bool = False,
    ) -> None:
        """One logical paragraph: shaped, broken into lines, each line reordered.

        Letter text runs in the letter's direction, unless it holds no letter of that
        direction at all (a French sentence typed into an Arabic letter keeps its full
        stop at its end). A ``data`` line (a name, an address) takes the direction of its
        first strong character (UAX #9 P2-P3): "12, rue Ibn Toufail" stays in that order
        in an Arabic letter. Bullets stay on the letter's side.
        """
        chosen = self.styles[style]
        text = ts.clean_text(text, multiline=False)
        prefix, rest = _bullet(text)
        if data:
            rtl = ts.base_rtl(text, default=self.language.rtl)
        elif prefix:
            rtl = self.language.rtl
        else:
            rtl = ts.paragraph_rtl(text, default=self.language.rtl)
        # Shape, then resolve bidi levels on the whole paragraph, then break it into
        # lines, then reorder each line: in that order (see typesetting).
        full = prefix + ts.shape(rest)
        indent = ts.width(prefix, chosen.fonts, chosen.size) if prefix else 0.0
        spans = ts.break_lines(full, chosen.fonts, chosen.size, box, box - indent)
        for index, shown in enumerate(ts.visual_lines(full, spans, rtl=rtl)):
            runs = ts.runs(shown, chosen.fonts)
            line_width = ts.width(shown, chosen.fonts, chosen.size)
            # Continuation lines of a bullet hang under its text, not under the bullet.
            hang = indent if (prefix and index > 0) else 0.0
            self.lines.append(
                _Line(
                    runs,
                    line_width,
                    chosen,
                    x0 + (0.0 if rtl else hang),
                    box - hang,
                    align,
                    gap if index == 0 else 0.0,
                    group,
                )
            )

    def group(self) -> int:
        self.next_group += 1
        return self.next_group


def _bullet(text: str) -> tuple[str, str]:
    stripped = text.lstrip(" ")
    for mark in ("• ", "- ", "– "):
        if stripped.startswith(mark):
            lead = text[: len(text) - len(stripped)]
            return lead + mark, stripped[len(mark) :]
    return "", text


def _compose(draft: LetterDraft, logo_width: float, logo_height: float) -> _Layout:
    language = LetterLanguage(draft.language)
    layout = _Layout(language, _styles(language))
    body = layout.styles["body"]
    head_box = CONTENT - (logo_width + 6 * mm if logo_width else 0.0)
    x_head = 0.0 if not language.rtl else CONTENT - head_box

    # Letterhead, at the start side (left in French and English, right in Arabic).
    layout.paragraph(draft.sender_name or " ", "name", x0=x_head, box=head_box, data=True)
    for line in draft.sender_address.split("\n"):
        if line.strip():
            layout.paragraph(line, "head", x0=x_head, box=head_box, data=True)
    if draft.sender_contact:
        contact = f"{term(DPO_LABEL, language)} {draft.sender_contact}"
        layout.paragraph(contact, "head", x0=x_head, box=head_box)

    # Place and date, on the far side, below the logo if the logo is the taller.
    head_height = sum(line.style.leading for line in layout.lines)
    gap = max(body.leading * 1.5, logo_height + 4 * mm - head_height)
    layout.paragraph(_place_and_date(draft, language), "body", align="end", gap=gap)

    # Recipient block in the far column (right in LTR, left in RTL).
    col_x = COLUMN if not language.rtl else 0.0
    col_box = CONTENT - COLUMN
    layout.paragraph(
        draft.recipient_name or " ", "bold", x0=col_x, box=col_box, gap=body.leading, data=True
    )
    for line in draft.recipient_address.split("\n"):
        if line.strip():
            layout.paragraph(line, "body", x0=col_x, box=col_box, data=True)

    # Reference and subject.
    layout.paragraph(f"{term(REF_LABEL, language)} {draft.reference}", "body", gap=body.leading * 2)
    layout.paragraph(f"{term(SUBJECT_LABEL, language)} {draft.subject}", "bold")

    # Body: one paragraph per line; a blank line is a paragraph break. A line "---"
    # ends the letter proper: what follows (an annexe) comes after the signature.
    lines = draft.body.split("\n")
    cut = next((i for i, line in enumerate(lines) if line.strip() == ANNEX_MARK), len(lines))
    last = _body(layout, lines[:cut], body.leading)

    # Signature, kept together on one page with the closing paragraph before it: a
    # signature alone at the top of a page could sign anything.
    group = layout.group()
    for line in layout.lines[last:]:
        line.group = group
    sign_gap = body.leading * 2
    for text, style, data in (
        (draft.signatory_name, "bold", True),
        (draft.signatory_title, "body", False),
        (draft.sender_name, "body", True),
    ):
        if text.strip():
            layout.paragraph(
                text, style, x0=col_x, box=col_box, gap=sign_gap, group=group, data=data
            )
            sign_gap = 0.0
    if cut < len(lines):
        _body(layout, lines[cut + 1 :], body.leading * 2.5)
    return layout


def _body(layout: _Layout, lines: list[str], first_gap: float) -> int:
    """Lay out body lines; the index in ``layout.lines`` where the last paragraph starts."""
    leading = layout.styles["body"].leading
    gap = first_gap
    last = len(layout.lines)
    for line in lines:
        if not line.strip():
            gap = max(gap, leading * 0.6)
            continue
        last = len(layout.lines)
        layout.paragraph(line, "body", gap=gap)
        gap = 0.0
    return last


def _running_head(draft: LetterDraft, language: LetterLanguage, layout: _Layout) -> _Line | None:
    """The running head of the following pages: organisation and reference, one line."""
    head = _Layout(language, layout.styles)
    text = f"{draft.sender_name} — {term(REF_LABEL, language)} {draft.reference}"
    head.paragraph(text, "foot")
    return head.lines[0] if head.lines else None


def _place_and_date(draft: LetterDraft, language: LetterLanguage) -> str:
    day = format_date(draft.letter_date, language)
    place = draft.place.strip()
    if place:
        return term(PLACE_AND_DATE, language).format(place=place, date=day)
    return term(DATE_ONLY, language).format(date=day)


# ----------------------------------------------------------------------------- pages


def _paginate(lines: list[_Line]) -> list[list[tuple[float, _Line]]]:
    """Lines placed on pages, each with its baseline; a group never straddles a page."""
    top = PAGE_HEIGHT - MARGIN_TOP
    pages: list[list[tuple[float, _Line]]] = [[]]
    y = top
    index = 0
    while index < len(lines):
        line = lines[index]
        needed = line.gap + line.style.leading
        if line.group:
            members = [other for other in lines[index:] if other.group == line.group]
            needed = sum(m.gap + m.style.leading for m in members)
        at_top = not pages[-1]
        if y - needed < MARGIN_BOTTOM and not at_top:
            pages.append([])
            y = top
            continue
        span = [line] if not line.group else [o for o in lines[index:] if o.group == line.group]
        for member in span:
            gap = 0.0 if not pages[-1] else member.gap
            y -= gap + member.style.leading
            if y < MARGIN_BOTTOM and pages[-1]:  # a single line too tall for the rest
                pages.append([])
                y = top - member.style.leading
            # Baseline a little above the bottom of the line box.
            pages[-1].append((y + member.style.leading * 0.28, member))
        index += len(span)
    return pages


def _x_of(line: _Line, language: LetterLanguage) -> float:
    start_left = not language.rtl
    at_left = (line.align == "start") == start_left
    left = MARGIN_X + line.x0
    return left if at_left else left + line.box - line.width


def _draw_line(canvas: Canvas, x: float, y: float, line: _Line) -> None:
    for text, font in line.runs:
        canvas.setFont(font, line.style.size)
        canvas.drawString(x, y, text)
        x += pdfmetrics.stringWidth(text, font, line.style.size)


def _logo(data: bytes | None) -> tuple[ImageReader | None, float, float]:
    if not data:
        return None, 0.0, 0.0
    try:
        image = ImageReader(io.BytesIO(data))
        width, height = image.getSize()
    except Exception:  # Pillow raises many types for a corrupt file; all mean the same
        raise ValidationError(ERR_LOGO, "logo") from None
    if width <= 0 or height <= 0:
        raise ValidationError(ERR_LOGO, "logo")
    scale = min(LOGO_BOX[0] / width, LOGO_BOX[1] / height)
    return image, width * scale, height * scale


def render_letter(draft: LetterDraft) -> bytes:
    """The letter as PDF bytes. Raises ValidationError for an unreadable logo."""
    _register_fonts()
    language = LetterLanguage(draft.language)
    image, logo_w, logo_h = _logo(draft.logo)
    layout = _compose(draft, logo_w, logo_h)
    pages = _paginate(layout.lines)
    foot = layout.styles["foot"]
    running_head = _running_head(draft, language, layout)

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setTitle(ts.clean_text(draft.title, multiline=False))
    canvas.setAuthor(ts.clean_text(draft.author, multiline=False))
    canvas.setSubject(ts.clean_text(draft.subject, multiline=False)[:500])
    # The version that made the letter, read back by `pdfinfo` when a reply is questioned.
    canvas.setCreator(f"DPO Desk {__version__}")
    total = len(pages)
    for number, placed in enumerate(pages, start=1):
        if number == 1 and image is not None:
            x = MARGIN_X + CONTENT - logo_w if not language.rtl else MARGIN_X
            canvas.drawImage(
                image, x, PAGE_HEIGHT - MARGIN_TOP - logo_h, logo_w, logo_h, mask="auto"
            )
        if number > 1 and running_head is not None:
            _draw_line(canvas, _x_of(running_head, language), PAGE_HEIGHT - 11 * mm, running_head)
        for y, line in placed:
            _draw_line(canvas, _x_of(line, language), y, line)
        if number == 1:
            _rule_under_letterhead(canvas, placed, layout, PAGE_HEIGHT - MARGIN_TOP - logo_h)
        # "n/N": digits and a slash read the same in all three languages.
        label = f"{number}/{total}"
        label_width = pdfmetrics.stringWidth(label, foot.fonts.main, foot.size)
        canvas.setFont(foot.fonts.main, foot.size)
        canvas.drawString((PAGE_WIDTH - label_width) / 2, MARGIN_BOTTOM / 2, label)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _rule_under_letterhead(
    canvas: Canvas, placed: list, layout: _Layout, logo_bottom: float
) -> None:
    """A thin rule under the letterhead block (the lines set in the "name"/"head" styles)."""
    head_styles = {id(layout.styles["name"]), id(layout.styles["head"])}
    lowest = min((y for y, line in placed if id(line.style) in head_styles), default=None)
    if lowest is None:
        return
    y = min(lowest - layout.styles["head"].leading * 0.45, logo_bottom - 2 * mm)
    canvas.setLineWidth(0.5)
    canvas.setStrokeGray(0.6)
    canvas.line(MARGIN_X, y, PAGE_WIDTH - MARGIN_X, y)
