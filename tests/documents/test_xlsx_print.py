"""Registers that print: page setup, wrapping, bidirectional controls, and a real
LibreOffice conversion to PDF (skipped, saying so, where ``soffice`` is not installed)."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
from datetime import UTC, date, datetime

import openpyxl
import pytest

from dpo_desk.documents import xlsx_columns as cols
from dpo_desk.documents.xlsx_export import (
    CoverData,
    SheetData,
    safe_cell_text,
    write_workbook,
)
from dpo_desk.domain.zones import zone

CASABLANCA = zone("Africa/Casablanca")
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
SOFFICE_TIMEOUT = 300  # seconds for one conversion of every workbook: a first start is slow


def _cover(organisation: str = "Najhine SARL") -> CoverData:
    return CoverData(
        organisation=organisation,
        dpo="Salma Bennani <dpo@najhine.ma>",
        exported_at=datetime(2026, 3, 10, 9, 30, tzinfo=UTC),
        timezone="Africa/Casablanca",
        version="9.9.9",
        journal_entries=1,
        journal_head="ab" * 32,
    )


def _request_row(**values) -> list:
    keys = [c.key for c in cols.REQUEST_COLUMNS]
    row: list = [None] * len(keys)
    defaults = {
        "reference": "DSR-2026-0001",
        "received_on": date(2026, 3, 2),
        "regimes": ("gdpr",),
        "rights": ("access",),
        "channel": "email",
        "requester_name": "Yassine",
        "status": "new",
        "due_on": date(2026, 4, 2),
    }
    for key, value in {**defaults, **values}.items():
        row[keys.index(key)] = value
    return row


def _write(tmp_path, rows, organisation: str = "Najhine SARL"):
    path = tmp_path / "out.xlsx"
    sheets = [
        SheetData("requests", cols.REQUEST_COLUMNS, rows, len(rows)),
        SheetData("transfers", cols.TRANSFER_COLUMNS, [], 0),
    ]
    write_workbook(path, _cover(organisation), sheets, zone=CASABLANCA)
    return openpyxl.load_workbook(path)


def _cell(ws, row: int, key: str):
    return ws.cell(row, [c.key for c in cols.REQUEST_COLUMNS].index(key) + 1)


# ----------------------------------------------------------------------------- page setup


def test_every_register_sheet_fits_the_page_width(tmp_path):
    wb = _write(tmp_path, [_request_row()], organisation="Dupont & Fils")
    for title in ("Demandes", "Transferts"):
        ws = wb[title]
        assert ws.sheet_properties.pageSetUpPr.fitToPage, title
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0, title
        assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
        # The header row on every page; no repeated column: the whole width is there.
        assert ws.print_title_rows == "$1:$1" and not ws.print_title_cols
        assert ws.page_margins.left < 0.75 and ws.page_margins.right < 0.75
        # The register's name, the organisation ("&" doubled: "&F" would be the file
        # name) and "page n / N".
        assert "&A" in ws.oddHeader.center.text
        assert ws.oddHeader.right.text == "Dupont && Fils"
        assert ws.oddFooter.right.text == "Page &P / &N"
    cover = wb["Page de garde"]
    assert cover.page_setup.orientation == "portrait"
    assert cover.page_setup.fitToWidth == 1 and cover.sheet_properties.pageSetUpPr.fitToPage


def test_the_page_header_gets_a_clean_short_organisation_name(tmp_path):
    name = "Najhine \u202eLRAS\u202c\nSARL " + "x" * 200
    wb = _write(tmp_path, [], organisation=name)
    header = wb["Demandes"].oddHeader.right.text
    assert header.startswith("Najhine LRAS SARL x") and header.endswith("…")
    assert len(header) <= 80 and not set(header) & set(BIDI_CONTROLS)


def test_text_too_long_for_its_column_wraps_in_every_column(tmp_path):
    long_name = "Mohammed Amine Benkirane El Idrissi Alaoui"  # the column is 24 wide
    wb = _write(tmp_path, [_request_row(requester_name=long_name, requester_role="self")])
    ws = wb["Demandes"]
    name = _cell(ws, 2, "requester_name")
    assert name.value == long_name and name.alignment.wrap_text
    # An enum label longer than its column wraps too ("La personne concernée", 18 wide).
    role = _cell(ws, 2, "requester_role")
    assert role.value == "La personne concernée" and role.alignment.wrap_text
    assert ws.row_dimensions[2].height >= 30  # two lines at least: nothing overprints
    # What fits stays a plain cell.
    assert not _cell(ws, 2, "reference").alignment.wrap_text
    assert not _cell(ws, 2, "channel").alignment.wrap_text


def test_wrap_columns_still_wrap_long_text_and_line_breaks(tmp_path):
    wb = _write(
        tmp_path,
        [
            _request_row(notes="une note longue " * 10),
            _request_row(reference="DSR-2026-0002", notes="ligne 1\nligne 2"),
            _request_row(reference="DSR-2026-0003", notes="courte"),
        ],
    )
    ws = wb["Demandes"]
    assert _cell(ws, 2, "notes").alignment.wrap_text
    assert _cell(ws, 3, "notes").alignment.wrap_text
    assert not _cell(ws, 4, "notes").alignment.wrap_text


# ----------------------------------------------------------------------------- bidi


@pytest.mark.parametrize("control", list(BIDI_CONTROLS))
def test_safe_cell_text_removes_each_bidi_control(control):
    assert safe_cell_text(f"Ali {control}exe.evil Mansour").text == "Ali exe.evil Mansour"


def test_bidi_removal_keeps_arabic_and_the_formula_guard():
    arabic = "سلمى بناني — طلب الولوج"
    assert safe_cell_text(arabic) == (arabic, False, False)
    assert safe_cell_text(f"\u200f{arabic}\u200e").text == arabic
    # A control in front of a formula hides nothing: the guard sees what remains.
    assert safe_cell_text("\u202e=1+1") == ("=1+1", True, False)
    assert safe_cell_text("\u2066@SUM(1)\u2069").guarded


def test_exported_cells_carry_no_bidi_control(tmp_path):
    spoof = "Ali \u202eexe.evil Mansour"
    arabic = "خديجة المنصوري"
    wb = _write(
        tmp_path,
        [
            _request_row(
                requester_name=spoof,
                subject_name=arabic,
                notes=f"\u2067{arabic}\u2069 " + "n" * 60,  # a wrapped cell too
                assignee="\u200f\u202e",  # nothing but controls: an empty cell
                requester_email="\u202d=cmd|' /C calc'!A0",
            )
        ],
        organisation="Najhine \u202eLRAS",
    )
    ws = wb["Demandes"]
    assert _cell(ws, 2, "requester_name").value == "Ali exe.evil Mansour"
    assert _cell(ws, 2, "subject_name").value == arabic
    assert _cell(ws, 2, "notes").value == f"{arabic} " + "n" * 60
    assert _cell(ws, 2, "assignee").value is None
    email = _cell(ws, 2, "requester_email")
    assert email.value == "=cmd|' /C calc'!A0" and email.data_type == "s" and email.quotePrefix
    cover = {r[0]: r[1] for r in wb["Page de garde"].iter_rows(values_only=True) if r and r[0]}
    assert cover["Organisme"] == "Najhine LRAS"
    for sheet in wb:
        for row in sheet.iter_rows(values_only=True):
            for value in row:
                if isinstance(value, str):
                    assert not set(value) & set(BIDI_CONTROLS), (sheet.title, value)


# ----------------------------------------------------------------------------- LibreOffice


@pytest.fixture(scope="module")
def soffice():
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None:
        pytest.skip(
            "LibreOffice (soffice) is not installed: the printed-pages check needs it "
            "(apt-get install libreoffice-calc)"
        )
    return path


def _headers_text(text: str) -> str:
    return " ".join(text.split())


def test_libreoffice_prints_each_register_one_page_wide(
    soffice, tmp_path, frozen_clock, monkeypatch
):
    import pypdf

    from bench.make_register import add_activities, add_requests
    from dpo_desk.services import exports
    from dpo_desk.services.demo import build_demo
    from dpo_desk.storage.audit import JournalFilter
    from tests.conftest import TEST_PASSPHRASE

    # The demo, then enough requests and activities for a register of real length.
    register = build_demo(tmp_path / "demo.dpodesk", TEST_PASSPHRASE, clock=frozen_clock)
    workbooks: dict[str, tuple] = {}  # file stem -> (sheet kind, rows)
    try:
        add_requests(register, 45, random.Random(24))
        add_activities(register, 40)
        # One register per workbook (processors without its transfers sheet here), so
        # every page after the cover belongs to that one sheet.
        monkeypatch.setitem(exports.SHEETS_FOR, "processors", ("processors",))
        for kind in cols.REGISTER_KINDS:
            result = exports.export_register(
                register, kind, tmp_path / f"{kind}.xlsx", clock=frozen_clock
            )
            workbooks[kind] = (kind, result.rows[kind])
        result = exports.export_journal(
            register, JournalFilter(), tmp_path / "journal.xlsx", clock=frozen_clock
        )
        workbooks["journal"] = ("journal", result.rows["journal"])
    finally:
        register.close()
    assert workbooks["requests"][1] >= 45 and workbooks["activities"][1] >= 40

    # A profile of its own (never the user's), and a time limit.
    profile = tmp_path / "lo-profile"
    out = tmp_path / "pdf"
    env = {**os.environ, "HOME": str(tmp_path / "home")}
    try:
        done = subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf",
                "--outdir",
                str(out),
                *(str(tmp_path / f"{stem}.xlsx") for stem in workbooks),
            ],
            capture_output=True,
            text=True,
            timeout=SOFFICE_TIMEOUT,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"LibreOffice did not convert the workbooks in {SOFFICE_TIMEOUT} s")
    pages_per_sheet = {}
    for stem, (kind, rows) in workbooks.items():
        pdf_path = out / f"{stem}.pdf"
        assert pdf_path.exists(), (stem, done.returncode, done.stdout, done.stderr)
        pages = pypdf.PdfReader(pdf_path).pages
        columns = cols.COLUMNS_BY_KIND.get(kind, cols.JOURNAL_COLUMNS)
        first, last = columns[0].header, columns[-1].header
        texts = [_headers_text(page.extract_text()) for page in pages]
        # The cover first, on one portrait page (its name is in its page header).
        assert ["Page de garde" in text for text in texts].count(True) == 1, stem
        assert "Page de garde" in texts[0], stem
        cover_box = pages[0].mediabox
        assert cover_box.width < cover_box.height, stem
        data_pages = pages[1:]
        assert data_pages, stem
        for number, (page, text) in enumerate(zip(data_pages, texts[1:], strict=True), 2):
            box = page.mediabox
            assert box.width > box.height, (stem, number)  # landscape
            # One page wide: every page has the header row whole, its first column and
            # its last (a sheet cut into strips of columns has them on different pages).
            assert first in text and last in text, (stem, number, len(data_pages))
        pages_per_sheet[kind] = (rows, len(data_pages))
    # Tall pages only: never more pages than rows (67 pages for 45 records before).
    for kind, (rows, count) in pages_per_sheet.items():
        assert count <= max(1, rows), (kind, rows, count)
