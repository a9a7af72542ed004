"""A ``LetterDraft`` printed to PDF with reportlab: ``render_letter(draft) -> bytes``.

Layout (A4): letterhead (name, address, DPO contact, optional logo), place and date,
recipient block, reference and subject, body, signature, and "n/N" on every page.
Arabic letters mirror it: the letterhead starts on the right, text is right-aligned.

Nothing here goes through reportlab's paragraph markup. Lines are laid out by
``typesetting`` and drawn with ``drawString``, which prints characters and interprets
none, so ``<b>x</b> & co``, ``<img src=x>`` or ``=1+1`` in a name appear literally and
can inject nothing. The page count is known before the first page is drawn (layout
first, drawing second), which is what "1/2" needs.

Every value the letter inserts around its own words (the DPO's contact after "DPO :",
the reference after "Réf. :", place and date) is isolated (``typesetting.isolate``), as
the template's values are. Before anything is drawn, every character is checked against
the fonts (``check_draft``; services call ``check_context`` before a draft is made): one
that no font can draw is refused with the field that holds it, never dropped.

The PDF embeds every font it uses: the canvas starts in the letter's own font instead of
reportlab's default Helvetica (a standard font a viewer would substitute). The catalog
carries the letter's language (/Lang, which screen readers and text-to-speech use) and
an XMP packet that repeats the document information, nothing more.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm as _mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import XMP, PDFDocument
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from dpo_desk import __version__
from dpo_desk.documents import typesetting as ts
from dpo_desk.documents.kinds import BREACH_KINDS, LetterKind, LetterLanguage
from dpo_desk.documents.letters import (
    DATE_ONLY,
    DPO_LABEL,
    PLACE_AND_DATE,
    REF_LABEL,
    SUBJECT_LABEL,
    LetterContext,
    LetterDraft,
    format_date,
    term,
)
from dpo_desk.documents.templates import known_for, validate_template
from dpo_desk.documents.towns import town_in_arabic
from dpo_desk.domain.errors import ValidationError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.resources import resource_path

ERR_LOGO = QT_TRANSLATE_NOOP("Errors", "Le logo n'est pas une image lisible (PNG ou JPEG).")
ERR_UNPRINTABLE = QT_TRANSLATE_NOOP(
    "Errors",
    "Le champ « {label} » contient un caractère que les courriers ne savent pas imprimer : "
    "« {char} » ({code}).",
)
# What the letter prints that is not a template placeholder (those have their own
# descriptions, in the same context).
TEXT_LABEL = QT_TRANSLATE_NOOP("LetterField", "Texte du courrier")
RECIPIENT_ADDRESS_LABEL = QT_TRANSLATE_NOOP("LetterField", "Adresse du destinataire")

# reportlab ships no types: its two measures, typed once here.
mm: float = _mm  # points in a millimetre
PAGE_WIDTH: float
PAGE_HEIGHT: float
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
    # One weight each: a Tifinagh name or a symbol in a bold line is drawn regular,
    # which is better than not at all.
    "DPODesk-Tifinagh": "NotoSansTifinagh-Regular.ttf",
    "DPODesk-Symbols": "NotoSansSymbols2-Regular.ttf",
    "DPODesk-Emoji": "NotoEmoji-Regular.ttf",
}
_TIFINAGH_FONT = "DPODesk-Tifinagh"
_FALLBACK_FONTS = ("DPODesk-Symbols", "DPODesk-Emoji")

# /Lang of the PDF: the language alone, without a region. The letters are written in
# standard French, Arabic and English; a region subtag (fr-MA, ar-MA) would only steer
# a screen reader towards a regional voice, which is not what the text is written in.
_PDF_LANG = {LetterLanguage.FR: "fr", LetterLanguage.AR: "ar", LetterLanguage.EN: "en"}


@cache
def _register_fonts() -> None:
    for name, filename in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))


@dataclass(frozen=True)
class _Style:
    fonts: ts.FontChoice
    size: float
    leading: float


def _fonts(main: str, arabic: str, other: str) -> ts.FontChoice:
    return ts.FontChoice(main, arabic, other, _TIFINAGH_FONT, _FALLBACK_FONTS)


def _font_choices(language: LetterLanguage) -> tuple[ts.FontChoice, ts.FontChoice]:
    """(regular, bold) fonts of a letter in ``language``."""
    if language.rtl:
        return (
            _fonts("DPODesk-Arabic", "DPODesk-Arabic", "DPODesk-Sans"),
            _fonts("DPODesk-Arabic-Bold", "DPODesk-Arabic-Bold", "DPODesk-Sans-Bold"),
        )
    return (
        _fonts("DPODesk-Sans", "DPODesk-Arabic", "DPODesk-Arabic"),
        _fonts("DPODesk-Sans-Bold", "DPODesk-Arabic-Bold", "DPODesk-Arabic-Bold"),
    )


# Shared with ``report_pdf`` (the dossier, the notice): the same embedded fonts and the
# same choice of them per language as the letters.
register_fonts = _register_fonts
font_choices = _font_choices
PDF_LANG = _PDF_LANG


def _styles(language: LetterLanguage) -> dict[str, _Style]:
    regular, bold = _font_choices(language)
    if language.rtl:
        # Amiri's letters are small for their body size: a larger size, more leading.
        scale, lead = 1.2, 1.6
    else:
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
        if data:
            # The whole line is a value: isolated like any other, so a line with no
            # strong character ("20000 - 12") keeps its order in an Arabic letter.
            text = ts.isolate(text)
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
        contact = f"{term(DPO_LABEL, language)} {ts.isolate(draft.sender_contact)}"
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
    reference = f"{term(REF_LABEL, language)} {ts.isolate(draft.reference)}"
    layout.paragraph(reference, "body", gap=body.leading * 2)
    layout.paragraph(f"{term(SUBJECT_LABEL, language)} {draft.subject}", "bold")

    # Body: one paragraph per line; a blank line is a paragraph break. A line "---"
    # ends the letter proper: what follows (an annexe) comes after the signature.
    lines = draft.body.split("\n")
    cut = next((i for i, line in enumerate(lines) if line.strip() == ANNEX_MARK), len(lines))
    last = _body(layout, lines[:cut], body.leading)

    # Signature, kept together on one page with the closing paragraph before it: a
    # signature alone at the top of a page could sign anything.
    group = layout.group()
    for closing in layout.lines[last:]:
        closing.group = group
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
    name, reference = ts.isolate(draft.sender_name), ts.isolate(draft.reference)
    text = f"{name} — {term(REF_LABEL, language)} {reference}"
    head.paragraph(text, "foot")
    return head.lines[0] if head.lines else None


def _place_and_date(draft: LetterDraft, language: LetterLanguage) -> str:
    day = ts.isolate(format_date(draft.letter_date, language))
    place = draft.place.strip()
    if place and language is LetterLanguage.AR:
        place = town_in_arabic(place)  # "الدار البيضاء في …", not "Casablanca، في …"
    if place:
        return term(PLACE_AND_DATE, language).format(place=ts.isolate(place), date=day)
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


# ----------------------------------------------------------------------------- glyphs


class UnprintableCharacter(ValidationError):
    """A field holds a character that no font of the letters can draw."""

    # The label is a field description ("Nom du demandeur"), translated in its context.
    value_contexts = {"label": "LetterField"}


def _check(fields: Iterable[tuple[str, str, str]], language: LetterLanguage) -> None:
    """Refuse the first character that a letter in ``language`` could not draw.

    ``fields``: (field name, label, text). Both the regular and the bold fonts must draw
    it, as a value may be set in either (the addressee's name is bold).
    """
    _register_fonts()
    choices = _font_choices(language)
    for name, label, text in fields:
        char = ts.missing_glyph(ts.clean_text(text), choices)
        if char is not None:
            code = f"U+{ord(char):04X}"
            raise UnprintableCharacter(ERR_UNPRINTABLE, name, label=label, char=char, code=code)


def _letterhead_fields(
    draft: LetterDraft | LetterContext, labels: Mapping[str, str]
) -> list[tuple[str, str, str]]:
    """The parts the renderer prints around the text, each with the label of its field."""
    breach = LetterKind(draft.kind) in BREACH_KINDS
    parts = {
        "reference": "breach.reference" if breach else "request.reference",
        "place": "letter.place",
        "sender_name": "organisation.name",
        "sender_address": "organisation.address",
        "sender_contact": "organisation.dpo_contact",
        "recipient_name": "breach.authority" if breach else "request.requester_name",
        "recipient_address": "",
        "signatory_name": "organisation.dpo_name",
        "signatory_title": "",
    }
    found = []
    for attribute, placeholder in parts.items():
        if placeholder:
            label = labels.get(placeholder, placeholder)
        else:
            label = RECIPIENT_ADDRESS_LABEL if attribute == "recipient_address" else attribute
        found.append((attribute, label, getattr(draft, attribute)))
    return found


def _labels(kind: LetterKind | str) -> dict[str, str]:
    return {name: holder.description for name, holder in known_for(str(kind)).items()}


def check_text(text: str, language: LetterLanguage | str, field: str = "text") -> None:
    """Refuse a letter's text (as legal staff edit it) holding a character no font has."""
    _check([(field, TEXT_LABEL, text)], LetterLanguage(language))


def check_context(context: LetterContext, template: str | None = None) -> None:
    """Refuse, before a draft is made, a value the letter could not print.

    With ``template``, only the values it uses are checked (a value the letter does not
    print cannot spoil it); the letterhead, recipient and signature always are. The
    error names the field by its description in the template editor.
    """
    kind = LetterKind(context.kind)
    labels = _labels(kind)
    used = set(validate_template(kind, template)) if template is not None else set(labels)
    fields = _letterhead_fields(context, labels)
    for name, value in context.values.items():
        if name not in used or isinstance(value, bool):
            continue
        text = value if isinstance(value, str) else "\n".join(value)
        fields.append((name, labels.get(name, name), text))
    _check(fields, LetterLanguage(context.language))


def check_draft(draft: LetterDraft) -> None:
    """Refuse a draft holding a character no font of the letters can draw."""
    fields = _letterhead_fields(draft, _labels(draft.kind))
    fields.append(("text", TEXT_LABEL, draft.text))
    _check(fields, LetterLanguage(draft.language))


# ----------------------------------------------------------------------------- PDF


def _xmp(draft: LetterDraft, language: LetterLanguage, info: dict[str, str]) -> XMP:
    """The XMP packet: the document information again, in the form PDF/A and archives
    read. Nothing that the information dictionary does not already hold."""

    def packet(doc: PDFDocument) -> bytes:
        year, month, day, hour, minute, second = doc._timeStamp.YMDhms
        sign = "-" if doc._timeStamp.dhh < 0 else "+"
        offset = f"{sign}{abs(doc._timeStamp.dhh):02d}:{doc._timeStamp.dmm:02d}"
        when = f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}{offset}"
        title, author = escape(info["title"]), escape(info["author"])
        creator = f"<rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq>" if author else "<rdf:Seq/>"
        text = (
            '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
            '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
            '<rdf:Description rdf:about=""'
            ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
            ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"'
            ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/">\n'
            "<dc:format>application/pdf</dc:format>\n"
            f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt>'
            "</dc:title>\n"
            f"<dc:creator>{creator}</dc:creator>\n"
            f"<dc:language><rdf:Bag><rdf:li>{_PDF_LANG[language]}</rdf:li></rdf:Bag>"
            "</dc:language>\n"
            f"<xmp:CreateDate>{when}</xmp:CreateDate>\n"
            f"<xmp:ModifyDate>{when}</xmp:ModifyDate>\n"
            f"<xmp:CreatorTool>{escape(info['creator'])}</xmp:CreatorTool>\n"
            f"<pdf:Producer>{escape(doc.info.producer)}</pdf:Producer>\n"
            "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
            '<?xpacket end="w"?>'
        )
        return text.encode("utf-8")

    return XMP(creator=packet)


def _document_info(draft: LetterDraft) -> dict[str, str]:
    def plain(text: str) -> str:
        return ts.without_isolates(ts.clean_text(text, multiline=False))

    return {
        "title": plain(draft.title),
        "author": plain(draft.author),
        "subject": plain(draft.subject)[:500],
        # The version that made the letter, read back by `pdfinfo` when a reply is
        # questioned.
        "creator": f"DPO Desk {__version__}",
    }


def render_letter(draft: LetterDraft) -> bytes:
    """The letter as PDF bytes. Raises ValidationError for an unreadable logo, or for a
    character that no font can draw (``check_draft``)."""
    _register_fonts()
    check_draft(draft)
    language = LetterLanguage(draft.language)
    image, logo_w, logo_h = _logo(draft.logo)
    layout = _compose(draft, logo_w, logo_h)
    pages = _paginate(layout.lines)
    foot = layout.styles["foot"]
    running_head = _running_head(draft, language, layout)

    buffer = io.BytesIO()
    # The initial font is the letter's own: reportlab's default, Helvetica, would be
    # named on every page without being embedded.
    canvas = Canvas(
        buffer,
        pagesize=A4,
        pageCompression=1,
        initialFontName=foot.fonts.main,
        initialFontSize=foot.size,
        lang=_PDF_LANG[language],
    )
    info = _document_info(draft)
    canvas.setTitle(info["title"])
    canvas.setAuthor(info["author"])
    canvas.setSubject(info["subject"])
    canvas.setCreator(info["creator"])
    canvas._doc.Catalog.Metadata = _xmp(draft, language, info)
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
    canvas: Canvas, placed: list[tuple[float, _Line]], layout: _Layout, logo_bottom: float
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
