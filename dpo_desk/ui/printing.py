"""Printing: a case's summary (a request, a breach, a register's entry) and any list,
through Qt's print preview, from which the DPO prints on paper or to a PDF.

A printout is built here as plain data (``Printout``: a title, the organisation, when
it was printed, blocks), every text already in the interface's language; its pages are
written and painted by ``ui/print_pages.py`` on the ``QPrinter`` the preview hands over.

Lists print the rows the DPO sees: the current filter and order, the visible columns,
read a page at a time through the list's own model (``ui/paged_model.py``), up to
``MAX_ROWS``; a capped list says so in its header.

Nothing of a printout is written anywhere but to the printer: no temporary file, no
log. The preview closes with the section on lock (``close_preview``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QKeySequence,
    QPageLayout,
    QPageSize,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QPushButton, QTableView, QWidget

from dpo_desk.documents.blocks import Bullets, Fields, Heading, Paragraph
from dpo_desk.domain.clock import Clock, FixedClock, SystemClock, organisation_zone
from dpo_desk.domain.errors import UserError
from dpo_desk.services import register_file
from dpo_desk.services.read_model import Register
from dpo_desk.ui.paged_model import RegisterListModel
from dpo_desk.ui.print_pages import (
    PAGE_MARGINS_MM,
    PrintBlock,
    Printout,
    Table,
    make_document,
    paint,
    to_html,
)
from dpo_desk.ui.requests import texts as request_texts

# A register may hold 100,000 requests: a printed list stops here, and says so. Five
# thousand rows are about a hundred A4 pages, already more than anyone prints.
MAX_ROWS = 5_000


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
            clock=FixedClock(head.now),
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
