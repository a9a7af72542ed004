"""A document as a list of blocks, for the reports DPO Desk prints besides letters.

The CNDP dossier (``documents/dossier.py``) and the information notice
(``documents/notice.py``) are built as a ``Report``: a title, then headings, paragraphs,
lists, label/value tables and checklists, every string already in the document's
language. Two renderers read it: ``report_pdf.render_pdf`` (reportlab, the letters'
fonts and bidi typesetting) and ``report_html.render_html`` (semantic HTML, ``dir="rtl"``
for Arabic, no external resource). Building the content and drawing it stay apart, so
a notice reads the same on the website and on paper.

Every text is plain: a renderer escapes or draws it literally, never interprets it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from dpo_desk.documents.kinds import LetterLanguage


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1: a section, 2: a subsection, 3: a minor heading


@dataclass(frozen=True)
class Paragraph:
    text: str
    emphasis: bool = False  # printed in bold (a warning, a missing-information notice)


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Fields:
    """Label/value rows: a form's section. An empty value is printed as ``blank``'s
    words by the builder, never left silent."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Checklist:
    """Items with a box to tick (the dossier's annexes); ``checked`` per item."""

    items: tuple[tuple[str, bool], ...]


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Heading | Paragraph | Bullets | Fields | Checklist | PageBreak


@dataclass(frozen=True)
class Report:
    """A whole document: its language, title, the organisation it comes from, blocks."""

    language: LetterLanguage
    title: str
    author: str  # the organisation's name: the PDF's author, the HTML page's byline
    blocks: tuple[Block, ...] = ()
    subtitle: str = ""
    issued_on: date | None = None
    footer: str = ""  # a short line repeated at the foot of each PDF page
    keywords: tuple[str, ...] = field(default=())
