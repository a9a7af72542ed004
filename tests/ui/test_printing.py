"""Printing (issue 25): a request's and a breach's summary, the lists as shown, through
the print preview; the pages painted to a PDF in tmp_path and counted."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from dpo_desk.domain.requests.model import RequesterRole
from dpo_desk.domain.requests.workflow import Regime, Right
from dpo_desk.services import breaches as breach_service
from dpo_desk.ui import print_pages, printing
from dpo_desk.ui.breaches import texts as breach_texts
from dpo_desk.ui.breaches.printout import breach_printout
from dpo_desk.ui.requests import texts as request_texts
from tests.ui import records_fixtures, requests_fixtures
from tests.ui.breaches_fixtures import make_breach, notify
from tests.ui.requests_fixtures import TODAY, make_request

demo_requests = requests_fixtures.demo_requests
section = requests_fixtures.section
registers_made = records_fixtures.registers_made
processing = records_fixtures.processing

MARKUP_NAME = "<b>Karim</b> & سلمى بناني"


def pdf_pages(dialog: printing.PrintPreview, path) -> int:
    """Paint what the preview paints onto a PDF printer; the PDF's page count."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(dialog.target.pageLayout())
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    dialog.paintRequested.emit(printer)
    assert path.stat().st_size > 1000
    return len(PdfReader(str(path)).pages)


@pytest.fixture
def tricky_request(register, frozen_clock):
    """Both regimes, markup and Arabic in the name, a script in the notes."""
    return make_request(
        register,
        frozen_clock,
        MARKUP_NAME,
        received=date(2026, 2, 12),
        rights=(Right.OBJECTION,),
        regimes=(Regime.LAW_09_08, Regime.GDPR),
        requester_role=RequesterRole.PARENT,
        subject_name="Adam Tazi",
        notes="<script>alert(1)</script>\n" + "une note très longue " * 200,
    )


def test_request_summary_prints_every_value_as_text(register, frozen_clock, tricky_request):
    head = printing.letterhead(register, frozen_clock)
    printout = printing.request_printout(register, tricky_request, head, today=TODAY)
    html = printing.to_html(printout)
    # Markup typed in a name is printed, never interpreted.
    assert "&lt;b&gt;Karim&lt;/b&gt; &amp;" in html
    assert "<b>Karim" not in html and "<script>" not in html
    text = printing.make_document(printout).toPlainText()
    assert MARKUP_NAME in text
    assert "<script>alert(1)</script>" in text
    assert "سلمى بناني" in text
    assert tricky_request.reference in text and "Adam Tazi" in text
    assert head.organisation == "Najhine SARL"
    # The two regimes give two dates: the GDPR month (12 March) is applied, the 09-08
    # policy's 30 days (16 March) printed beside it.
    assert tricky_request.due_on == date(2026, 3, 12)
    assert request_texts.format_date(date(2026, 3, 12)) in text
    assert request_texts.format_date(date(2026, 3, 16)) in text
    assert request_texts.citation(tricky_request.due_rule) in text
    assert "Historique" in text and "Aucun courrier émis." in text


def test_breach_summary_prints_the_deadline_and_its_basis(register, frozen_clock):
    breach = make_breach(register, frozen_clock, "Fuite <i>export</i> — تسريب", aware_hours_ago=30)
    breach = notify(register, frozen_clock, breach, hours_ago=2)
    breach = breach_service.get_breach(register, breach.id)
    head = printing.letterhead(register, frozen_clock)
    printout = breach_printout(register, breach, head)
    assert "&lt;i&gt;export&lt;/i&gt;" in printing.to_html(printout)
    text = printing.make_document(printout).toPlainText()
    assert breach.reference in text
    assert "Fuite <i>export</i> — تسريب" in text
    assert breach_texts.format_instant_long(breach.notify_by, head.zone) in text
    label = breach_texts.deadline_label(breach.deadline.rule)
    assert label and label in text  # legal under the GDPR: said so
    assert breach_texts.notification_authority(breach.notifications[0]) in text
    assert "Export envoyé au mauvais destinataire" in text  # the nature


def test_a_list_prints_its_rows_as_shown_and_says_when_capped(demo_requests, section):
    model = section.model
    total = model.rowCount()
    assert total == 6
    section.table.horizontalHeader().hideSection(1)  # the requester: not printed then
    head = printing.letterhead(section.register, section.clock)
    printout = printing.list_printout(section.table, section.title(), head, limit=4)
    table = printout.blocks[0]
    assert isinstance(table, printing.Table)
    assert "Demandeur" not in table.headers and table.headers[0] == "Référence"
    shown = [
        tuple(
            model.index(row, column).data() or ""
            for column in printing.visible_columns(section.table)
        )
        for row in range(4)
    ]
    assert list(table.rows) == shown  # the order and the cells of the screen
    assert printout.note == printing.capped_note(4, 6)
    assert request_texts.format_count(6) in printout.note
    text = printing.make_document(printout).toPlainText()
    assert printout.note in text
    # Uncapped, no note.
    assert printing.list_printout(section.table, "x", head).note == ""


def test_columns_hidden_to_fit_a_narrow_window_are_printed(demo_requests, section):
    """Paper has the room a narrow window lacked: what FittedColumns hid is printed."""
    header = section.table.horizontalHeader()
    assigned = section.columns_fit.hide_first[0]
    header.hideSection(assigned)
    section.columns_fit.hidden = {assigned}
    preview = section.print_list()
    assert preview is not None
    assert section.model.headerData(assigned, Qt.Orientation.Horizontal) in (
        preview.printout.blocks[0].headers
    )
    section.clear()


def test_the_action_opens_a_preview_that_prints_the_list(demo_requests, section, tmp_path):
    action = section.print_action
    assert action.shortcut() == printing.print_keys()
    assert action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    assert section.print_button.isEnabled()
    action.trigger()
    dialog = section.print_preview
    assert isinstance(dialog, printing.PrintPreview) and dialog.isVisible()
    assert dialog.printout.title == "Demandes"
    assert pdf_pages(dialog, tmp_path / "list.pdf") == dialog.pages == 1
    section.clear()  # a lock closes the preview with the rest
    assert section.print_preview is None


def test_a_long_list_runs_over_pages(register, frozen_clock, section, tmp_path):
    for index in range(60):
        make_request(register, frozen_clock, f"Demandeur {index}", received=date(2026, 3, 2))
    section.refresh()
    assert section.model.rowCount() == 60
    dialog = section.print_list()
    assert dialog is not None
    assert pdf_pages(dialog, tmp_path / "long.pdf") == dialog.pages >= 2


def test_the_request_page_prints_its_summary(section, tricky_request, tmp_path):
    assert section.show_request(tricky_request.reference)
    dialog = section.print_current()  # Ctrl+P on the request's page: the request
    assert isinstance(dialog, printing.PrintPreview)
    assert dialog.printout.title.endswith(tricky_request.reference)
    assert section.detail.active_dialog is dialog
    # The very long notes run onto a second page, numbered "n / N".
    pages = pdf_pages(dialog, tmp_path / "request.pdf")
    assert pages == dialog.pages >= 2
    section.clear()
    assert section.detail.active_dialog is None


def test_the_breach_page_prints_its_summary(qtbot, register, frozen_clock, tmp_path):
    from dpo_desk.ui.sections.breaches import BreachesSection

    breach = make_breach(register, frozen_clock, "Fuite", aware_hours_ago=3)
    widget = BreachesSection(clock=frozen_clock)
    qtbot.addWidget(widget)
    widget.set_register(register)
    widget.show()
    assert widget.show_case(breach.reference)
    dialog = widget.print_current()
    assert isinstance(dialog, printing.PrintPreview)
    assert dialog.printout.document_name == breach.reference
    assert pdf_pages(dialog, tmp_path / "breach.pdf") == dialog.pages
    widget.clear()
    assert widget.detail.active_dialog is None


def test_ctrl_p_prints_the_section_with_the_focus(qtbot, demo_requests, section):
    section.activateWindow()
    qtbot.waitUntil(section.isActiveWindow)
    section.table.setFocus()
    qtbot.keyClick(section.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: section.print_preview is not None)
    assert section.print_preview.printout.title == "Demandes"


def test_an_activity_prints_its_sheet_and_the_list_its_rows(registers_made, processing, tmp_path):
    payments = registers_made["payments"]
    processing.reload()
    listed = processing.print_current()  # on the list: the list
    assert isinstance(listed, printing.PrintPreview)
    table = listed.printout.blocks[0]
    assert isinstance(table, printing.Table)
    assert len(table.rows) == processing.model.rowCount()
    assert any(payments.name in row for row in table.rows)
    processing.open_id(payments.id)
    dialog = processing.print_current()  # on the activity's page: its sheet
    assert dialog is processing.print_preview and not listed.isVisible()
    assert dialog.printout.title == payments.name
    text = printing.make_document(dialog.printout).toPlainText()
    assert "D-443/2022" in text  # the CNDP receipt, from the sheet
    assert pdf_pages(dialog, tmp_path / "activity.pdf") == dialog.pages


def test_the_print_fonts_leave_the_interface_font_alone(qapp):
    """Registering the shipped print fonts must not change the font the UI resolves to:
    it did (Noto Sans), and every field grew a few pixels after the first print."""
    from PySide6.QtGui import QFontInfo

    from dpo_desk.ui import style

    before = QFontInfo(style.base_font()).family()
    print_pages._load_fonts()
    assert "Noto Sans" in print_pages.FONT_FAMILIES  # the print fonts are registered
    assert QFontInfo(style.base_font()).family() == before
