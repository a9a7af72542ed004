"""Printing: a case's summary (a request, a breach, a register's entry) and any list,
through Qt's print preview, from which the DPO prints on paper or to a PDF.

A printout is built first as plain data (``Printout``: a title, the organisation, when
it was printed, blocks), every text already in the interface's language; it is then
written as HTML for a ``QTextDocument`` (every value escaped: a name is text, never
markup) and painted page by page on the ``QPrinter`` the preview hands over. The pages
are painted here rather than by ``QTextDocument.print_``: that one numbers pages on
its own terms and draws no header, and a paper copy shown to the CNDP must say whose
register it comes from, when it was printed, and "page n / N".

Lists print the rows the DPO sees: the current filter and order, the visible columns,
read a page at a time through the list's own model (``ui/paged_model.py``), up to
``MAX_ROWS``; a capped list says so in its header.

Nothing of a printout is written anywhere but to the printer: no temporary file, no
log. The preview closes with the section on lock (``close_preview``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, replace
from datetime import datetime, tzinfo
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QAction,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPen,
    QTextDocument,
    QTextOption,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QPushButton, QTableView, QWidget

from dpo_desk.documents.blocks import Bullets, Fields, Heading, Paragraph
from dpo_desk.documents.typesetting import clean_text
from dpo_desk.domain.clock import Clock, SystemClock, organisation_zone
from dpo_desk.domain.errors import UserError
from dpo_desk.resources import resource_path
from dpo_desk.services import register_file
from dpo_desk.services.read_model import Register
from dpo_desk.ui.paged_model import RegisterListModel
from dpo_desk.ui.requests import texts as request_texts

# A register may hold 100,000 requests: a printed list stops here, and says so. Five
# thousand rows are about a hundred A4 pages, already more than anyone prints.
MAX_ROWS = 5_000

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


def right_to_left() -> bool:
    """The printout reads as the interface does: right to left in Arabic."""
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


@dataclass(frozen=True)
class Letterhead:
    """Whose register, and when: the organisation's name, zone and the moment printed."""

    organisation: str
    zone: tzinfo
    now: datetime

    @property
    def printed_at(self) -> str:
        return request_texts.format_instant(self.now, self.zone)


def letterhead(register: Register | None, clock: Clock | None = None) -> Letterhead:
    """The organisation of ``register`` and the time in its zone (UTC stored, local shown)."""
    clock = clock or SystemClock()
    organisation = None
    if register is not None:
        try:
            organisation = register_file.load_organisation(register)
        except UserError:
            organisation = None
    try:
        zone = organisation_zone(organisation.timezone if organisation else None)
    except (KeyError, ValueError):
        zone = organisation_zone()
    return Letterhead(organisation.name if organisation else "", zone, clock.now())


# ----------------------------------------------------------------------------- lists


def visible_columns(view: QTableView, also: Collection[int] = ()) -> list[int]:
    """The model's columns the view shows, and ``also`` those hidden for want of room,
    in the order the view has them."""
    header = view.horizontalHeader()
    columns = []
    for visual in range(header.count()):
        logical = header.logicalIndex(visual)
        if not header.isSectionHidden(logical) or logical in also:
            columns.append(logical)
    return columns


def _cell_text(value: Any) -> str:
    return "" if value is None else str(value)


def list_rows(model: Any, columns: list[int], limit: int) -> Iterator[tuple[str, ...]]:
    """The first ``limit`` rows of the list as the view orders them, as their cells read.

    A paged model (requests, breaches) is read a page at a time through its own query
    (``list_in``), under its current filter and order, without disturbing the pages it
    keeps for the screen; the other models hold their rows already.
    """
    display = Qt.ItemDataRole.DisplayRole
    if isinstance(model, RegisterListModel):
        register = model.register
        if register is None:
            return
        keys = [model.column_keys[column] for column in columns]
        size = model.page_size
        number, page = -1, []
        for row in range(limit):
            position = model.position(row)  # a reversed order reads the pages backwards
            if position // size != number:
                number = position // size
                page = model.list_in(register, model.filter, number * size, size)
            offset = position % size
            if offset < len(page):
                item = page[offset]
                yield tuple(_cell_text(model.cell_for(item, key, display)) for key in keys)
        return
    for row in range(limit):
        yield tuple(_cell_text(model.index(row, column).data(display)) for column in columns)


def capped_note(shown: int, total: int) -> str:
    return QCoreApplication.translate("Printing", "{shown} premières lignes sur {total}").format(
        shown=request_texts.format_count(shown), total=request_texts.format_count(total)
    )


def list_printout(
    view: QTableView,
    title: str,
    head: Letterhead,
    *,
    subtitle: str = "",
    limit: int = MAX_ROWS,
    also: Collection[int] = (),
) -> Printout:
    """The list ``view`` shows, as it shows it: its filter, its order, its columns (and
    ``also`` the columns hidden only to fit the window)."""
    model = view.model()
    columns = visible_columns(view, also)
    headers = tuple(
        _cell_text(model.headerData(column, Qt.Orientation.Horizontal)) for column in columns
    )
    total = model.rowCount()
    shown = min(total, limit)
    rows = tuple(list_rows(model, columns, shown))
    note = capped_note(shown, total) if total > shown else ""
    blocks: tuple[PrintBlock, ...]
    if rows:
        blocks = (Table(headers, rows),)
    else:
        blocks = (Paragraph(QCoreApplication.translate("Printing", "Aucune ligne à imprimer.")),)
    return Printout(
        title=title,
        organisation=head.organisation,
        printed_at=head.printed_at,
        blocks=blocks,
        subtitle=subtitle,
        note=note,
        rtl=right_to_left(),
        document_name=title,
    )


# ----------------------------------------------------------------------------- summaries


def issued_letters(register: Register, reference: str, zone: tzinfo) -> tuple[str, ...]:
    """The letters issued for a case (their PDF kept with it), oldest first."""
    from dpo_desk.documents.kinds import LETTER_KIND_LABELS, LetterKind
    from dpo_desk.domain.letters import DraftStatus
    from dpo_desk.services import letters as letter_service

    try:
        drafts = letter_service.drafts_for(register, reference)
    except UserError:
        return ()
    lines = []
    for draft in reversed(drafts):
        if draft.status is not DraftStatus.ISSUED:
            continue
        try:
            kind = QCoreApplication.translate(
                "LetterKind", LETTER_KIND_LABELS[LetterKind(draft.kind)]
            )
        except ValueError:
            kind = draft.kind
        line = QCoreApplication.translate("Printing", "{kind} — émis le {when}").format(
            kind=kind, when=request_texts.format_instant(draft.updated_at, zone)
        )
        if draft.reviewer:
            line = QCoreApplication.translate("Printing", "{letter}, validé par {reviewer}").format(
                letter=line, reviewer=draft.reviewer
            )
        lines.append(line)
    return tuple(lines)


def request_printout(
    register: Register,
    request: Any,  # RightsRequest
    head: Letterhead,
    *,
    today: Any = None,  # date: the countdown of an open request
) -> Printout:
    """A rights request on paper: who asked what and when, the due date and what it rests
    on (every reading where the law reads two ways), the follow-up, the letters issued,
    the notes and the request's journal."""
    from dpo_desk.domain.calendar import holiday_language
    from dpo_desk.services import requests as request_service
    from dpo_desk.ui.i18n import current_language
    from dpo_desk.ui.requests.journal import journal_text

    texts = request_texts
    zone = head.zone
    reference = request.reference
    if request.external_reference:
        reference = QCoreApplication.translate(
            "Printing", "{reference} (réf. externe {external})"
        ).format(reference=request.reference, external=request.external_reference)
    role = str(request.requester_role)
    details = [
        (QCoreApplication.translate("Printing", "Référence"), reference),
        (QCoreApplication.translate("Printing", "Statut"), texts.status_label(request.status)),
        (
            QCoreApplication.translate("Printing", "Droits exercés"),
            texts.rights_text(request.rights, short=False),
        ),
        (QCoreApplication.translate("Printing", "Régime"), texts.regimes_text(request.regimes)),
        (
            QCoreApplication.translate("Printing", "Reçue le"),
            texts.format_date(request.received_on),
        ),
        (QCoreApplication.translate("Printing", "Reçue par"), texts.channel_label(request.channel)),
        (QCoreApplication.translate("Printing", "Demandeur"), request.requester_name),
        (
            QCoreApplication.translate("Printing", "Agit en tant que"),
            texts.role_label(request.requester_role),
        ),
    ]
    if request.subject_name and role != "self":
        details.append(
            (QCoreApplication.translate("Printing", "Personne concernée"), request.subject_name)
        )
    details += [
        (QCoreApplication.translate("Printing", "E-mail"), request.requester_email),
        (QCoreApplication.translate("Printing", "Téléphone"), request.requester_phone),
        (QCoreApplication.translate("Printing", "Adresse"), request.requester_address),
        (QCoreApplication.translate("Printing", "Suivie par"), request.assignee),
    ]
    due = texts.format_date(request.due_on)
    if request.is_open and today is not None:
        due = QCoreApplication.translate("Printing", "{date} — {countdown}").format(
            date=due, countdown=texts.countdown_long(request.due_on, today)
        )
    basis = (
        QCoreApplication.translate("Printing", "{citation} (délai légal) — {rule}")
        if request.due_basis == "law"
        else QCoreApplication.translate("Printing", "{citation} — {rule}")
    ).format(citation=texts.citation(request.due_rule), rule=texts.rule_label(request.due_rule))
    blocks: list[PrintBlock] = [
        Heading(QCoreApplication.translate("Printing", "Demande")),
        Fields(tuple(details)),
        Heading(QCoreApplication.translate("Printing", "Échéance")),
        Fields(
            (
                (QCoreApplication.translate("Printing", "Échéance"), due),
                (QCoreApplication.translate("Printing", "Fondement"), basis),
            )
        ),
    ]
    # Every right under every regime with its own date, the nearest applied; where a
    # rule reads two ways (GDPR Art. 12(3)'s extension, Law 09-08 art. 8's clear days),
    # the other reading's date is printed too, as the page's "Pourquoi cette date ?".
    try:
        candidates = request_service.explain_deadline(
            register,
            request,
            clock=_FixedClock(head.now),
            language=holiday_language(current_language()),
        )
    except UserError:
        candidates = []
    readings = []
    for index, candidate in enumerate(candidates):
        line = QCoreApplication.translate(
            "Printing", "{regime}, {right} : {date} — {citation}"
        ).format(
            regime=texts.regime_label(candidate.regime),
            right=texts.right_label(candidate.right) if candidate.right else "",
            date=texts.format_date(candidate.due),
            citation=texts.citation(candidate.rule),
        )
        if index == 0:
            line = QCoreApplication.translate("Printing", "{line} (retenue)").format(line=line)
        readings.append(line)
        for alternative in candidate.alternatives:
            if alternative.due != candidate.due:
                readings.append(
                    QCoreApplication.translate(
                        "Printing", "    autre lecture : {date} — {why}"
                    ).format(
                        date=texts.format_date(alternative.due),
                        why=texts.deadline_note(alternative.note),
                    )
                )
    if readings:
        blocks.append(Bullets(tuple(readings)))

    follow = [
        (
            QCoreApplication.translate("Printing", "Identité"),
            texts.identity_label(request.identity_status),
        )
    ]
    if request.identity_method:
        follow.append((QCoreApplication.translate("Printing", "Pièce"), request.identity_method))
    if request.identity_checked_on:
        follow.append(
            (
                QCoreApplication.translate("Printing", "Vérifiée le"),
                texts.format_date(request.identity_checked_on),
            )
        )
    pauses = [
        QCoreApplication.translate("Printing", "du {start} au {end}").format(
            start=texts.format_date(pause.started_on), end=texts.format_date(pause.ended_on)
        )
        if pause.ended_on is not None
        else QCoreApplication.translate("Printing", "depuis le {start}").format(
            start=texts.format_date(pause.started_on)
        )
        for pause in request.pauses
    ]
    if pauses:
        follow.append((QCoreApplication.translate("Printing", "Suspensions"), "\n".join(pauses)))
    if request.extended_on:
        follow.append(
            (
                QCoreApplication.translate("Printing", "Prorogée le"),
                texts.format_date(request.extended_on),
            )
        )
    if request.extension_reason:
        follow.append(
            (
                QCoreApplication.translate("Printing", "Motif de prorogation"),
                request.extension_reason,
            )
        )
    if request.answered_on:
        follow.append(
            (
                QCoreApplication.translate("Printing", "Réponse"),
                QCoreApplication.translate("Printing", "le {date}, par {channel}").format(
                    date=texts.format_date(request.answered_on),
                    channel=texts.channel_label(request.answer_channel).lower(),
                ),
            )
        )
    if request.refusal_reason:
        follow.append(
            (
                QCoreApplication.translate("Printing", "Motif du refus"),
                f"{texts.refusal_label(request.refusal_reason)} "
                f"({texts.refusal_citation(request.refusal_reason)})",
            )
        )
    if request.closed_on:
        follow.append(
            (
                QCoreApplication.translate("Printing", "Clôturée le"),
                texts.format_date(request.closed_on),
            )
        )
    blocks += [Heading(QCoreApplication.translate("Printing", "Suivi")), Fields(tuple(follow))]

    letters = issued_letters(register, request.reference, zone)
    blocks.append(Heading(QCoreApplication.translate("Printing", "Courriers émis")))
    blocks.append(
        Bullets(letters)
        if letters
        else Paragraph(QCoreApplication.translate("Printing", "Aucun courrier émis."))
    )
    if request.notes:
        blocks += [
            Heading(QCoreApplication.translate("Printing", "Notes")),
            Paragraph(request.notes),
        ]
    try:
        entries = request_service.journal_for(register, request)
    except UserError:
        entries = []
    if entries:
        blocks.append(Heading(QCoreApplication.translate("Printing", "Historique")))
        blocks.append(Bullets(tuple(journal_text(entry, zone) for entry in entries)))
    return Printout(
        title=QCoreApplication.translate("Printing", "Demande {reference}").format(
            reference=request.reference
        ),
        organisation=head.organisation,
        printed_at=head.printed_at,
        blocks=tuple(blocks),
        subtitle=texts.rights_text(request.rights, short=False),
        rtl=right_to_left(),
        document_name=request.reference,
    )


class _FixedClock:
    """The moment printed: the deadline explained is the one of that moment."""

    def __init__(self, now: datetime) -> None:
        self._now = now

    def now(self) -> datetime:
        return self._now


def yes_no(flag: bool) -> str:
    return (
        QCoreApplication.translate("Printing", "oui")
        if flag
        else QCoreApplication.translate("Printing", "non")
    )


def sheet_printout(
    title: str,
    head: Letterhead,
    *,
    subtitle: str = "",
    flags: tuple[str, ...] = (),
    sheet: tuple[tuple[str, str], ...] = (),
    lists: tuple[tuple[str, tuple[str, ...]], ...] = (),
    document_name: str = "",
) -> Printout:
    """A register's entry (an activity, a processor) as its page shows it: the points to
    look at, the sheet, then its links."""
    blocks: list[PrintBlock] = []
    if flags:
        blocks += [Heading(QCoreApplication.translate("Printing", "À regarder")), Bullets(flags)]
    blocks += [Heading(QCoreApplication.translate("Printing", "Fiche")), Fields(sheet)]
    for heading, items in lists:
        blocks += [
            Heading(heading),
            Bullets(items)
            if items
            else Paragraph(QCoreApplication.translate("Printing", "Aucun.")),
        ]
    return Printout(
        title=title,
        organisation=head.organisation,
        printed_at=head.printed_at,
        blocks=tuple(blocks),
        subtitle=subtitle,
        rtl=right_to_left(),
        document_name=document_name or title,
    )


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


# ----------------------------------------------------------------------------- the preview


class PrintPreview(QPrintPreviewDialog):
    """The preview of one printout, on an A4 printer with margins, keeping both alive."""

    def __init__(self, printout: Printout, parent: QWidget | None = None) -> None:
        self.target = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.target.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                PAGE_MARGINS_MM,
                QPageLayout.Unit.Millimeter,
            )
        )
        self.target.setCreator("DPO Desk")
        # The print queue shows this name to whoever looks at it: a reference or a
        # list's title, never a person's name.
        self.target.setDocName(printout.document_name or "DPO Desk")
        super().__init__(self.target, parent)
        self.printout = printout
        self.pages = 0
        self.setWindowTitle(
            QCoreApplication.translate("Printing", "Aperçu avant impression — {title}").format(
                title=printout.document_name or printout.title
            )
        )
        self.paintRequested.connect(self.paint_pages)

    def paint_pages(self, printer: QPrinter) -> None:
        self.pages = paint(self.printout, printer)


def open_preview(printout: Printout, parent: QWidget | None) -> PrintPreview:
    """Show the preview (window-modal, not blocking); deleted once closed."""
    dialog = PrintPreview(printout, parent)
    dialog.resize(900, 1000)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def close_preview(dialog: QPrintPreviewDialog | None) -> None:
    """On lock: a preview shows decrypted data, it goes with the rest."""
    if dialog is None:
        return
    try:
        dialog.reject()
    except RuntimeError:
        pass  # already deleted by Qt once closed


def print_keys() -> QKeySequence:
    """Ctrl+P (Cmd+P on macOS), the platform's own key for printing. Made when asked: a
    standard key sequence built before the application exists crashes Qt."""
    return QKeySequence(QKeySequence.StandardKey.Print)


def print_caption() -> str:
    return QCoreApplication.translate("Printing", "Imprimer…")


def print_button(slot: Callable[[], object]) -> QPushButton:
    """The "Imprimer…" button of a list's head or a case's page."""
    button = QPushButton(print_caption())
    button.setToolTip(
        QCoreApplication.translate(
            "Printing", "Imprimer ou enregistrer en PDF, avec un aperçu ({keys})"
        ).format(keys=print_keys().toString(QKeySequence.SequenceFormat.NativeText))
    )
    button.clicked.connect(lambda _checked=False: slot())
    return button


def print_action(owner: QWidget, slot: Callable[[], object]) -> QAction:
    """Ctrl+P on ``owner`` (a section): only while the focus is inside it, so that each
    section prints what it shows and the window's own shortcuts are left alone."""
    action = QAction(print_caption(), owner)
    action.setShortcut(print_keys())
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    owner.addAction(action)
    return action


__all__ = [
    "MAX_ROWS",
    "Letterhead",
    "PrintPreview",
    "Printout",
    "Table",
    "close_preview",
    "letterhead",
    "list_printout",
    "make_document",
    "open_preview",
    "paint",
    "print_action",
    "print_button",
    "print_keys",
    "to_html",
]
