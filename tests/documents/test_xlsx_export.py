"""The workbook writer on its own: neutralisation, cell types, limits, scratch files."""

from __future__ import annotations

import os
import tempfile
import zipfile
from datetime import UTC, date, datetime

import openpyxl
import pytest

from dpo_desk.documents import xlsx_columns as cols
from dpo_desk.documents.xlsx_export import (
    EXCEL_CELL_LIMIT,
    CoverData,
    SheetData,
    WriteCancelled,
    safe_cell_text,
    write_workbook,
)
from dpo_desk.domain.zones import zone

CASABLANCA = zone("Africa/Casablanca")
PAYLOADS = [
    '=HYPERLINK("http://x","y")',
    "@SUM(1)",
    "+1",
    "-1",
    "=cmd|'/C calc'!A0",
    "\tcalc",
    "\rcalc",
]


def _cover(**extra) -> CoverData:
    return CoverData(
        organisation="Najhine SARL",
        dpo="Salma Bennani <dpo@najhine.ma>",
        exported_at=datetime(2026, 3, 10, 9, 30, tzinfo=UTC),
        timezone="Africa/Casablanca",
        version="9.9.9",
        journal_entries=12,
        journal_head="ab" * 32,
        **extra,
    )


def _request_row(**values) -> list:
    row = [None] * len(cols.REQUEST_COLUMNS)
    keys = [c.key for c in cols.REQUEST_COLUMNS]
    defaults = {
        "reference": "DSR-2026-0001",
        "received_on": date(2026, 3, 2),
        "regimes": ("law-09-08", "gdpr"),
        "rights": ("access",),
        "channel": "email",
        "requester_name": "Yassine",
        "status": "new",
        "due_on": date(2026, 4, 2),
        "created_at": datetime(2026, 6, 10, 23, 30, tzinfo=UTC),
    }
    for key, value in {**defaults, **values}.items():
        row[keys.index(key)] = value
    return row


def _write(tmp_path, rows, **kwargs):
    path = tmp_path / "out.xlsx"
    sheet = SheetData("requests", cols.REQUEST_COLUMNS, rows, len(rows))
    report = write_workbook(path, _cover(), [sheet], zone=CASABLANCA, **kwargs)
    return path, report


def _no_formula_anywhere(path) -> None:
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            xml = archive.read(name)
            assert b"<f>" not in xml and b"<f " not in xml, name
    wb = openpyxl.load_workbook(path)
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_safe_cell_text_guards_formula_starts(payload):
    safe = safe_cell_text(payload)
    assert safe.guarded and not safe.truncated
    assert safe.text == payload  # kept literally: the guard is the cell type, not the text


def test_safe_cell_text_leaves_ordinary_text_alone():
    assert safe_cell_text("Salma Bennani") == ("Salma Bennani", False, False)
    assert safe_cell_text("a=b").guarded is False
    assert safe_cell_text("#N/A").guarded is True


def test_safe_cell_text_cuts_at_excel_limit_with_marker():
    safe = safe_cell_text("x" * 1_000_000)
    assert safe.truncated
    assert len(safe.text) == EXCEL_CELL_LIMIT
    assert safe.text.endswith("[texte tronqué : 1000000 caractères au total]")


def test_safe_cell_text_replaces_xml_forbidden_characters():
    assert safe_cell_text("a\x00b\x1fc").text == "a\ufffdb\ufffdc"


def test_payloads_are_written_as_strings_never_formulas(tmp_path):
    rows = [_request_row(requester_name=p, notes=p) for p in PAYLOADS]
    path, report = _write(tmp_path, rows)
    assert report.rows == {"requests": len(PAYLOADS)}
    _no_formula_anywhere(path)
    ws = openpyxl.load_workbook(path)["Demandes"]
    names = [ws.cell(row=i + 2, column=6) for i in range(len(PAYLOADS))]
    # XML turns a carriage return into a line feed on reading; everything else is literal.
    assert [c.value for c in names] == [p.replace("\r", "\n") for p in PAYLOADS]
    assert all(c.data_type == "s" and c.quotePrefix for c in names)


def test_dates_labels_lists_and_zone(tmp_path):
    path, _ = _write(tmp_path, [_request_row()])
    ws = openpyxl.load_workbook(path)["Demandes"]
    headers = [c.value for c in ws[1]]
    assert headers[:3] == ["Référence", "Date de réception", "Régimes"]
    received, due = ws["B2"], ws.cell(row=2, column=17)
    assert isinstance(received.value, datetime) and received.is_date
    assert received.value.date() == date(2026, 3, 2)
    assert due.is_date
    assert ws["C2"].value == "Loi 09-08\nRGPD"  # codes shown as labels, one per line
    assert ws["D2"].value == "Droit d'accès"
    assert ws["E2"].value == "E-mail"
    created = ws.cell(row=2, column=26)
    # 23:30 UTC on 10 June 2026 is 00:30 on 11 June in Casablanca (UTC+1 outside Ramadan).
    assert created.is_date and created.value == datetime(2026, 6, 11, 0, 30)
    assert ws.freeze_panes == "B2"
    assert ws.auto_filter.ref == "A1:AB2"  # 28 columns, the external reference last
    assert ws.column_dimensions["A"].width == 15


def test_headers_go_through_translate(tmp_path):
    english = {"Référence": "Reference", "Demandes": "Requests", "Nouvelle": "New"}
    path, _ = _write(
        tmp_path, [_request_row()], translate=lambda ctx, text: english.get(text, text)
    )
    wb = openpyxl.load_workbook(path)
    ws = wb["Requests"]
    assert ws["A1"].value == "Reference"
    assert ws.cell(row=2, column=15).value == "New"


def test_arabic_and_markup_round_trip(tmp_path):
    text = "سلمى بناني <b>&amp;</b> \"quoted\" 'single' ]]>"
    path, _ = _write(tmp_path, [_request_row(requester_name=text, notes=text)])
    ws = openpyxl.load_workbook(path)["Demandes"]
    assert ws["F2"].value == text


def test_one_megabyte_cell_is_cut_and_reported(tmp_path):
    path, report = _write(tmp_path, [_request_row(notes="é" * 1_000_000)])
    assert report.truncated_cells == 1
    wb = openpyxl.load_workbook(path)
    notes = wb["Demandes"].cell(row=2, column=25).value
    assert len(notes) == EXCEL_CELL_LIMIT and notes.endswith("caractères au total]")
    cover = [v for row in wb["Page de garde"].iter_rows(values_only=True) for v in row if v]
    assert any(
        "Cellules dépassant la limite d'Excel (32 767 caractères) : 1." in str(v) for v in cover
    )


def test_cover_sheet_comes_first_with_anchor(tmp_path):
    path, _ = _write(tmp_path, [_request_row()])
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Page de garde", "Demandes"]
    values = {
        row[0]: row[1] for row in wb["Page de garde"].iter_rows(values_only=True) if row and row[0]
    }
    assert values["Organisme"] == "Najhine SARL"
    assert values["Délégué à la protection des données"] == "Salma Bennani <dpo@najhine.ma>"
    assert values["Version de DPO Desk"] == "9.9.9"
    # 10 March 2026 falls in Ramadan, when Morocco is on UTC+0: local time = UTC.
    assert values["Date de l'export"] == datetime(2026, 3, 10, 9, 30)
    assert values["Entrées du journal d'audit"] == 12
    assert values["Empreinte de tête du journal (SHA-256)"] == "ab" * 32
    link = next(c for row in wb["Page de garde"].iter_rows() for c in row if c.value == "Demandes")
    assert link.hyperlink is not None and link.hyperlink.location == "'Demandes'!A1"


def test_cancel_raises_and_scratch_files_are_removed(tmp_path):
    before = set(os.listdir(tempfile.gettempdir()))
    rows = [_request_row(reference=f"DSR-2026-{i:04d}") for i in range(2000)]
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) >= 2

    with pytest.raises(WriteCancelled):
        _write(tmp_path, rows, cancel=cancel)
    leftovers = [p for p in os.listdir(tmp_path) if p != "out.xlsx"]
    assert leftovers == []
    assert set(os.listdir(tempfile.gettempdir())) - before == set()


def test_no_scratch_file_anywhere_while_writing(tmp_path):
    """Sheets stream into the workbook itself: no plaintext scratch file in /tmp nor
    beside the target, which a kill would leave behind (issue 21, item 3)."""
    seen: list[list[str]] = []
    temp_dir = tempfile.gettempdir()
    before = set(os.listdir(temp_dir))

    def rows():
        for i in range(1200):
            if i == 600:
                seen.append(sorted(set(os.listdir(temp_dir)) - before))
                seen.append(sorted(os.listdir(tmp_path)))
            yield _request_row(reference=f"DSR-2026-{i:04d}")

    path = tmp_path / "out.xlsx"
    write_workbook(
        path, _cover(), [SheetData("requests", cols.REQUEST_COLUMNS, rows(), 1200)],
        zone=CASABLANCA,
    )  # fmt: skip
    assert seen[0] == []
    assert seen[1] == ["out.xlsx"]
    assert sorted(os.listdir(tmp_path)) == ["out.xlsx"]
    assert openpyxl.load_workbook(path).sheetnames == ["Page de garde", "Demandes"]


def test_progress_reaches_total(tmp_path):
    rows = [_request_row(reference=f"DSR-2026-{i:04d}") for i in range(1200)]
    calls = []
    _write(tmp_path, rows, progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, 1200) and calls[-1] == (1200, 1200)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_column_specs_are_consistent():
    for kind in cols.REGISTER_KINDS:
        columns = cols.COLUMNS_BY_KIND[kind]
        keys = [c.key for c in columns]
        assert len(keys) == len(set(keys)), kind
        headers = [cols.header_key(c.header) for c in columns]
        assert len(headers) == len(set(headers)), kind
    assert cols.header_key("  Date de RÉCEPTION ") == "date de reception"


def test_cells_reused_between_rows_carry_no_format_across(tmp_path):
    # The writer reuses cell objects from one row to the next: a short row after a tall
    # one must not inherit the top alignment, and each value keeps its own type.
    tall = _request_row(reference="DSR-2026-0001", notes="une note longue " * 40)
    one_line = {"regimes": ("gdpr",)}  # two regimes go on two lines: a tall row
    short = _request_row(
        reference="DSR-2026-0002", requester_name="=1+1", notes="courte", **one_line
    )
    third = _request_row(reference="DSR-2026-0003", received_on=date(2026, 3, 5), **one_line)
    path, _ = _write(tmp_path, [tall, short, third, tall])
    ws = openpyxl.load_workbook(path)["Demandes"]
    keys = [c.key for c in cols.REQUEST_COLUMNS]
    col = {key: keys.index(key) + 1 for key in ("reference", "received_on", "requester_name")}
    for row, top in ((2, "top"), (3, None), (4, None), (5, "top")):
        for key in ("reference", "received_on"):
            assert ws.cell(row, col[key]).alignment.vertical == top, (row, key)
    assert ws.cell(3, col["requester_name"]).value == "=1+1"
    assert ws.cell(3, col["requester_name"]).data_type == "s"
    guarded = ws.cell(3, col["requester_name"])
    assert guarded.quotePrefix and guarded.alignment.vertical is None
    notes = ws.cell(2, keys.index("notes") + 1)  # wrapped, in a tall row: both formats
    assert notes.alignment.wrap_text and notes.alignment.vertical == "top"
    assert not ws.cell(3, keys.index("notes") + 1).alignment.wrap_text
    assert not ws.cell(2, col["reference"]).quotePrefix  # a format made once is not shared
    # Tall rows get their height, the others keep the default.
    assert ws.row_dimensions[2].height == ws.row_dimensions[5].height > 15
    assert ws.row_dimensions[3].height is None and ws.row_dimensions[4].height is None
    assert ws.cell(4, col["requester_name"]).value == "Yassine"
    assert ws.cell(4, col["received_on"]).value == datetime(2026, 3, 5)
    assert ws.cell(4, col["received_on"]).is_date
    assert ws.cell(2, col["received_on"]).is_date
    assert [ws.cell(r, col["reference"]).value for r in range(2, 6)] == [
        "DSR-2026-0001",
        "DSR-2026-0002",
        "DSR-2026-0003",
        "DSR-2026-0001",
    ]
