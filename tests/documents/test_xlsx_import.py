"""Reading spreadsheets for import: bounded, typed errors, dates, headers, formulas."""

from __future__ import annotations

import io
import time
import zipfile
from datetime import date, datetime

import openpyxl
import pytest
from openpyxl.chart import BarChart, Reference

from dpo_desk.documents import xlsx_import as xi
from dpo_desk.documents import xlsx_values as xv
from dpo_desk.services.imports import suggest_mapping


def _book_bytes(rows, merge=None) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Registre"
    for row in rows:
        ws.append(row)
    if merge:
        ws.merge_cells(merge)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _replace_member(data: bytes, name: str, content: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            body = content if item.filename == name else src.read(item.filename)
            dst.writestr(item.filename, body, zipfile.ZIP_DEFLATED)
        if name not in src.namelist():
            dst.writestr(name, content, zipfile.ZIP_DEFLATED)
    return out.getvalue()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12/03/2026", date(2026, 3, 12)),  # day first, as in Morocco and France
        ("2026-03-12", date(2026, 3, 12)),
        ("12.03.2026", date(2026, 3, 12)),
        ("1/3/2026", date(2026, 3, 1)),
        (datetime(2026, 3, 12, 10, 5), date(2026, 3, 12)),
        (date(2026, 3, 12), date(2026, 3, 12)),
        (46093, date(2026, 3, 12)),  # an Excel serial number
        ("", None),
    ],
)
def test_dates(text, expected):
    assert xv.parse_date(text) == expected


@pytest.mark.parametrize("text", ["31/02/2026", "2026-13-01", "00/01/2026"])
def test_impossible_dates(text):
    with pytest.raises(xv.CellProblem, match="n'existe pas"):
        xv.parse_date(text)


@pytest.mark.parametrize("text", ["mars 2026", "12/03/26", "demain"])
def test_not_dates(text):
    with pytest.raises(xv.CellProblem, match="n'est pas une date"):
        xv.parse_date(text)


def test_headers_french_english_and_spelling_variants():
    headers = ["NOM DU TRAITEMENT", "Finalité(s)", "finalites", "Last review", "Colonne perso", ""]
    mapping = suggest_mapping(headers, "activities")
    assert mapping == {0: "name", 1: "purposes", 2: None, 3: "last_reviewed_on", 4: None, 5: None}
    processors = suggest_mapping(["Sous-traitant", "Courriel", "E-mail"], "processors")
    assert processors == {0: "name", 1: "contact", 2: None}  # a field is mapped once


def test_not_a_zip():
    with pytest.raises(xi.UnreadableWorkbook, match="n'est pas un classeur Excel"):
        xi.read_workbook(b"nom;finalite\npaie;salaires\n")


def test_password_protected_cfb():
    header = xi.CFB_MAGIC + bytes(504)  # an OLE compound file: encrypted .xlsx or .xls
    with pytest.raises(xi.UnreadableWorkbook, match="protégé par un mot de passe"):
        xi.read_workbook(header)


def test_zip_without_workbook():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(xi.UnreadableWorkbook, match="n'est pas un classeur"):
        xi.read_workbook(out.getvalue())


def test_huge_shared_strings_refused_before_parsing(monkeypatch):
    monkeypatch.setattr(xi, "MAX_MEMBER_BYTES", 1024 * 1024)
    data = _book_bytes([["Nom", "Service"], ["a", "b"]])
    bomb = _replace_member(data, "xl/sharedStrings.xml", b"<sst>" + b"A" * 2_000_000 + b"</sst>")
    assert len(bomb) < 100_000  # small on disk, big once inflated
    with pytest.raises(xi.UnreadableWorkbook, match="trop volumineux"):
        xi.read_workbook(bomb)


def test_million_empty_rows_then_a_stray_cell_is_read():
    data = _book_bytes([["Nom", "Service"], ["Paie", "RH"]])
    rows = [
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>Nom</t></is></c>'
        b'<c r="B1" t="inlineStr"><is><t>Service</t></is></c></row>',
        b'<row r="2"><c r="A2" t="inlineStr"><is><t>Paie</t></is></c></row>',
    ]
    rows += [
        b'<row r="%d"><c r="A%d" t="inlineStr"><is><t></t></is></c></row>' % (n, n)
        for n in range(3, 1_000_003)
    ]
    rows.append(b'<row r="1000003"><c r="A1000003" t="inlineStr"><is><t>late</t></is></c></row>')
    sheet = (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
             b'openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:B1000003"/>'
             b"<sheetData>" + b"".join(rows) + b"</sheetData></worksheet>")  # fmt: skip
    big = _replace_member(data, "xl/worksheets/sheet1.xml", sheet)
    del rows, sheet
    started = time.perf_counter()
    tables = xi.read_workbook(big)
    elapsed = time.perf_counter() - started
    # No silent stop after a run of empty rows: the stray cell a million rows down is read
    # (memory is checked in test_xlsx_reader.test_memory_follows_the_rows_kept_not_the_sheet).
    assert [(n, cells) for n, cells in tables[0].rows] == [(2, ("Paie",)), (1000003, ("late",))]
    print(f"1M-row sheet: {elapsed:.2f}s")


def test_too_many_rows(monkeypatch):
    monkeypatch.setattr(xi, "MAX_ROWS", 5)
    data = _book_bytes([["Nom", "Service"], *[[f"n{i}", "s"] for i in range(10)]])
    with pytest.raises(xi.UnreadableWorkbook, match="plus de 5 lignes"):
        xi.read_workbook(data)


def test_empty_workbook():
    with pytest.raises(xi.UnreadableWorkbook, match="aucune ligne"):
        xi.read_workbook(_book_bytes([]))


def test_chart_sheet_and_hidden_sheet_left_out():
    # A chart on a tab of its own has no cells: it once made the whole workbook
    # "damaged". A hidden sheet is not offered either.
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Demandes"
    for row in (["Référence", "Demandeur"], ["DSR-2026-0001", "Nadia"]):
        ws.append(row)
    hidden = wb.create_sheet("Listes")
    hidden.append(["Canal", "Statut"])
    hidden.sheet_state = "hidden"
    chart = BarChart()
    chart.add_data(Reference(ws, min_col=1, min_row=1, max_row=2))
    wb.create_chartsheet("Graphique").add_chart(chart)
    out = io.BytesIO()
    wb.save(out)
    tables = xi.read_workbook(out.getvalue())
    assert [t.title for t in tables] == ["Demandes"]
    assert tables[0].rows == [(2, ("DSR-2026-0001", "Nadia"))]


def test_title_row_and_merged_header_cells():
    data = _book_bytes(
        [["Registre des sous-traitants"], ["Identité", None, "Pays"], ["Atlas", "Paie", "MA"]],
        merge="A2:B2",
    )
    table = xi.read_workbook(data)[0]
    assert table.header_row == 2  # the one-cell title row above was skipped
    assert table.headers == [
        "Identité",
        "",
        "Pays",
    ]  # the merged one leaves a blank: mapped by hand
    assert table.rows == [(3, ("Atlas", "Paie", "MA"))]


def test_formulas_cached_value_or_reported_and_text_literal():
    data = _book_bytes([["Nom", "Calcul", "Texte"], ["a", "=1+1", "x"]])
    # Give C2 the literal text "=SUM(A1)" (a string cell) and B2 a cached value "2".
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml")
    xml = xml.replace(b"<f>1+1</f><v />", b"<f>1+1</f><v>2</v>")
    assert b"<v>2</v>" in xml
    cached = _replace_member(data, "xl/worksheets/sheet1.xml", xml)
    assert xi.read_workbook(cached)[0].rows[0][1][1] == 2
    uncached = xi.read_workbook(data)[0].rows[0][1]
    assert uncached[1] is xi.FORMULA_WITHOUT_VALUE
    literal = _book_bytes([["Nom", "Texte"], ["a", "x"]])
    with zipfile.ZipFile(io.BytesIO(literal)) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml")
    xml = xml.replace(b"<t>x</t>", b"<t>=SUM(A1)</t>")
    assert b"=SUM(A1)" in xml
    assert xi.read_workbook(_replace_member(literal, "xl/worksheets/sheet1.xml", xml))[0].rows[0][
        1
    ] == ("a", "=SUM(A1)")


def test_arabic_and_markup_kept_literally():
    table = xi.read_workbook(_book_bytes([["Nom", "Note"], ["<script>x</script>", "معالجة"]]))[0]
    assert table.rows[0][1] == ("<script>x</script>", "معالجة")


def test_lists_and_choices():
    assert xv.split_list("a; b ;c") == ["a", "b", "c"]
    assert xv.split_list("a, b\nc") == ["a, b", "c"]
    assert xv.parse_bool("X") is True and xv.parse_bool("non") is False
    labels = {"declaration": "Déclaration préalable"}
    assert xv.parse_choice("declaration préalable", labels) == "declaration"
    assert xv.parse_choice("DECLARATION", labels) == "declaration"
    with pytest.raises(xv.CellProblem):
        xv.parse_choice("autre", labels)
