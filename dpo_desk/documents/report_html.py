"""A ``Report`` as one standalone HTML5 page: the information notice for the website.

The page is what an organisation pastes on its site or serves as it is, so it carries
everything it needs and nothing it would fetch: one inline ``<style>``, no script, no
link to a font, a style sheet or an image (a notice that calls a third party would
itself disclose its readers' addresses to it). Its structure is semantic, so that a
screen reader and a search engine read it as a document: ``<header>``, ``<main>``, one
``<section>`` per first-level heading, ``<ul>`` for lists, ``<dl>`` for label/value
rows, ☐/☑ lists for checklists. Arabic gets ``lang="ar" dir="rtl"``; the style uses
logical properties (``margin-inline-start``…) so the same rules serve both directions.

Every text is the report's plain text: escaped here, never interpreted, so an activity
named ``<script>`` shows those characters and runs nothing; control and bidi-override
characters are dropped as the PDF drops them (``typesetting.clean_text``).
"""

from __future__ import annotations

from html import escape

from dpo_desk.documents.blocks import (
    Block,
    Bullets,
    Checklist,
    Fields,
    Heading,
    PageBreak,
    Paragraph,
    Report,
)
from dpo_desk.documents.letters import format_date
from dpo_desk.documents.typesetting import clean_text

CHECKED = "☑"
UNCHECKED = "☐"

# Readable on a screen, sober on paper. System fonts only (no download): the Arabic
# ones first where the page is Arabic, through the :lang() selector.
STYLE = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: #1b1f24;
  font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; }
body:lang(ar) { font-family: "Noto Naskh Arabic", "Noto Sans Arabic",
  "Segoe UI", Tahoma, "Geeza Pro", Arial, sans-serif; line-height: 1.8; }
header, main, footer { max-width: 46rem; margin-inline: auto; padding-inline: 1.25rem; }
header { padding-block: 2rem 1rem; border-block-end: 2px solid #1f4e79; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 .5rem; color: #1f4e79; }
h2 { font-size: 1.35rem; margin: 2rem 0 .75rem; color: #1f4e79;
  border-block-end: 1px solid #c9d3de; padding-block-end: .25rem; }
h3 { font-size: 1.12rem; margin: 1.5rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1.1rem 0 .4rem; }
p { margin: .5rem 0; }
.subtitle { color: #44505c; margin: 0; }
.byline, .date { color: #44505c; margin: .25rem 0 0; font-size: .95rem; }
strong { font-weight: 650; }
ul { margin: .5rem 0; padding-inline-start: 1.5rem; }
li { margin: .2rem 0; }
ul.checklist { list-style: none; padding-inline-start: .25rem; }
ul.checklist .box { display: inline-block; width: 1.4em; }
dl { display: grid; grid-template-columns: minmax(9rem, 14rem) 1fr; gap: .35rem 1rem;
  margin: .75rem 0; }
dt { font-weight: 600; color: #2c3640; }
dd { margin: 0; white-space: pre-line; overflow-wrap: anywhere; }
hr.page-break { border: 0; border-block-start: 1px dashed #c9d3de; margin: 2rem 0; }
footer { padding-block: 1.5rem 2rem; color: #5b6670; font-size: .9rem;
  border-block-start: 1px solid #c9d3de; margin-block-start: 2rem; }
@media (max-width: 36rem) { dl { grid-template-columns: 1fr; } dd { margin-block-end: .5rem; } }
@media print {
  body { font-size: 11pt; color: #000; }
  header, main, footer { max-width: none; padding-inline: 0; }
  h1, h2, h3, h4 { color: #000; break-after: avoid; }
  dl, li { break-inside: avoid; }
  hr.page-break { border: 0; margin: 0; break-after: page; }
}
"""


def _text(value: str) -> str:
    """Plain text for an element's content: ``&``, ``<`` and ``>`` escaped."""
    return escape(clean_text(value or ""), quote=False)


def _attribute(value: str) -> str:
    """Plain text for a double-quoted attribute's value: quotes escaped too."""
    return escape(clean_text(value or "", multiline=False), quote=True)


def _heading_tag(level: int) -> str:
    # The page's title is the <h1>; the report's level-1 headings are its sections.
    return f"h{min(max(level, 1), 3) + 1}"


def _block(block: Block) -> list[str]:
    if isinstance(block, Heading):
        tag = _heading_tag(block.level)
        return [f"<{tag}>{_text(block.text)}</{tag}>"]
    if isinstance(block, Paragraph):
        if block.emphasis:
            return [f"<p><strong>{_text(block.text)}</strong></p>"]
        return [f"<p>{_text(block.text)}</p>"]
    if isinstance(block, Bullets):
        if not block.items:
            return []
        return ["<ul>", *(f"<li>{_text(item)}</li>" for item in block.items), "</ul>"]
    if isinstance(block, Fields):
        if not block.rows:
            return []
        rows = [f"<dt>{_text(label)}</dt><dd>{_text(value)}</dd>" for label, value in block.rows]
        return ["<dl>", *rows, "</dl>"]
    if isinstance(block, Checklist):
        if not block.items:
            return []
        items = [
            f'<li><span class="box" aria-hidden="true">{CHECKED if done else UNCHECKED}</span>'
            f"{_text(text)}</li>"
            for text, done in block.items
        ]
        return ['<ul class="checklist">', *items, "</ul>"]
    if isinstance(block, PageBreak):
        return ['<hr class="page-break">']
    raise TypeError(f"unknown block {type(block).__name__}")


def _sections(blocks: tuple[Block, ...]) -> list[str]:
    """The body: a ``<section>`` from each level-1 heading to the next; blocks before
    the first heading stand alone at the top of ``<main>``."""
    out: list[str] = []
    open_section = False
    for block in blocks:
        if isinstance(block, Heading) and block.level <= 1:
            if open_section:
                out.append("</section>")
            out.append("<section>")
            open_section = True
        out.extend(_block(block))
    if open_section:
        out.append("</section>")
    return out


def render_html(report: Report) -> str:
    """The whole page, UTF-8 text (the caller encodes it to bytes as UTF-8)."""
    language = report.language
    direction = "rtl" if language.rtl else "ltr"
    head = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_text(report.title)}</title>",
    ]
    if report.author:
        head.append(f'<meta name="author" content="{_attribute(report.author)}">')
    if report.keywords:
        head.append(f'<meta name="keywords" content="{_attribute(", ".join(report.keywords))}">')
    head.append('<meta name="generator" content="DPO Desk">')
    head.append(f"<style>{STYLE}</style>")
    header = ["<header>", f"<h1>{_text(report.title)}</h1>"]
    if report.subtitle:
        header.append(f'<p class="subtitle">{_text(report.subtitle)}</p>')
    if report.author:
        header.append(f'<p class="byline">{_text(report.author)}</p>')
    if report.issued_on is not None:
        day = _text(format_date(report.issued_on, language))
        header.append(
            f'<p class="date"><time datetime="{report.issued_on.isoformat()}">{day}</time></p>'
        )
    header.append("</header>")
    body = ["<main>", *_sections(report.blocks), "</main>"]
    if report.footer:
        body += ["<footer>", f"<p>{_text(report.footer)}</p>", "</footer>"]
    lines = [
        "<!DOCTYPE html>",
        f'<html lang="{language.value}" dir="{direction}">',
        "<head>",
        *head,
        "</head>",
        "<body>",
        *header,
        *body,
        "</body>",
        "</html>",
    ]
    return "\n".join(lines) + "\n"


__all__ = ["render_html"]
