"""The workbook reader (issue 24): one parse, bounded shared strings, XML bombs refused,
no silent stop, hidden sheets, OOXML escapes, .xlsm, two-level headers."""

from __future__ import annotations

import io
import tracemalloc
import zipfile
from datetime import datetime

import openpyxl
import pytest

from dpo_desk.documents import xlsx_import as xi

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SST_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
SST_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"


def _book(rows, *, merges=(), title="Registre") -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    for merge in merges:
        ws.merge_cells(merge)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _rewrite(data: bytes, changes: dict[str, bytes]) -> bytes:
    """The workbook with some members replaced or added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            body = changes.get(item.filename, src.read(item.filename))
            dst.writestr(item.filename, body, zipfile.ZIP_DEFLATED)
        for name, body in changes.items():
            if name not in src.namelist():
                dst.writestr(name, body, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _member(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name)


def _sheet_xml(rows_xml: str, extra: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN_NS}">'
        f"<sheetData>{rows_xml}</sheetData>{extra}</worksheet>"
    ).encode()


def _with_shared_strings(data: bytes, sst: bytes, sheet: bytes) -> bytes:
    """A workbook whose sheet1 uses a shared-strings part, declared as Excel does."""
    types = _member(data, "[Content_Types].xml").replace(
        b"</Types>",
        f'<Override PartName="/xl/sharedStrings.xml" ContentType="{SST_CONTENT}"/></Types>'.encode(),
    )
    rels = _member(data, "xl/_rels/workbook.xml.rels").replace(
        b"</Relationships>",
        f'<Relationship Id="rIdS" Type="{SST_TYPE}" Target="sharedStrings.xml"/>'
        f"</Relationships>".encode(),
    )
    return _rewrite(
        data,
        {
            "[Content_Types].xml": types,
            "xl/_rels/workbook.xml.rels": rels,
            "xl/sharedStrings.xml": sst,
            "xl/worksheets/sheet1.xml": sheet,
        },
    )


SHARED_SHEET = _sheet_xml(
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
    '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row>'
)


def _sst(*texts: str, unique: int | None = None) -> bytes:
    items = "".join(f'<si><t xml:space="preserve">{t}</t></si>' for t in texts)
    count = len(texts) if unique is None else unique
    return f'<sst xmlns="{MAIN_NS}" count="{count}" uniqueCount="{count}">{items}</sst>'.encode()


# ----------------------------------------------------------------------------- one parse


def test_each_part_is_opened_and_parsed_once(monkeypatch):
    data = _with_shared_strings(_book([["x"]]), _sst("Nom", "Service", "Paie", "RH"), SHARED_SHEET)
    opened: list[str] = []
    real_open = zipfile.ZipFile.open

    def spy(self, name, *args, **kwargs):
        opened.append(name if isinstance(name, str) else name.filename)
        return real_open(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    monkeypatch.setattr(openpyxl, "load_workbook", lambda *a, **k: pytest.fail("parsed twice"))
    result = xi.read(data)
    assert result.tables[0].rows == [(2, ("Paie", "RH"))]
    assert sorted(opened) == sorted(set(opened))  # no part read twice
    assert "xl/worksheets/sheet1.xml" in opened and "xl/sharedStrings.xml" in opened
    assert "xl/theme/theme1.xml" not in opened  # what the reader does not need is not read


def test_formulas_never_evaluated_in_the_single_pass():
    data = _book([["Nom", "Total", "Libellé", "Texte"], ["a", 1, "x", "y"]])
    sheet = _sheet_xml(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Nom</t></is></c>'
        '<c r="B1" t="inlineStr"><is><t>Total</t></is></c>'
        '<c r="C1" t="inlineStr"><is><t>Libellé</t></is></c>'
        '<c r="D1" t="inlineStr"><is><t>Texte</t></is></c></row>'
        '<row r="2"><c r="A2"><f>1+1</f><v>2</v></c>'  # cached number
        '<c r="B2"><f>SUM(Z1:Z9)</f></c>'  # never calculated
        '<c r="C2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>'  # cached text
        '<c r="D2" t="inlineStr"><is><t>=HYPERLINK("http://x")</t></is></c></row>'  # text
    )
    table = xi.read(_rewrite(data, {"xl/worksheets/sheet1.xml": sheet})).tables[0]
    assert table.rows == [(2, (2, xi.FORMULA_WITHOUT_VALUE, "ab", '=HYPERLINK("http://x")'))]


def test_values_typed_as_openpyxl_gave_them():
    when = datetime(2026, 3, 12, 9, 30)
    data = _book([["Nom", "Reçue le", "Nombre", "Taux", "Actif"], ["Paie", when, 12, 0.5, True]])
    table = xi.read(data).tables[0]
    assert table.rows == [(2, ("Paie", when, 12, 0.5, True))]
    assert isinstance(table.rows[0][1][2], int)


def test_columns_placed_by_reference_and_gaps_kept():
    sheet = _sheet_xml(
        '<row r="3"><c r="B3" t="inlineStr"><is><t>Nom</t></is></c>'
        '<c r="D3" t="inlineStr"><is><t>Pays</t></is></c></row>'
        '<row r="4"><c r="B4" t="inlineStr"><is><t>Atlas</t></is></c>'
        '<c r="C4" t="inlineStr"><is><t></t></is></c><c r="D4"><v>7</v></c></row>'
        '<row><c t="inlineStr"><is><t>sans référence</t></is></c></row>'
    )
    table = xi.read(_rewrite(_book([["x"]]), {"xl/worksheets/sheet1.xml": sheet})).tables[0]
    assert table.header_row == 3
    assert table.headers == ["", "Nom", "", "Pays"]
    assert table.rows == [(4, (None, "Atlas", None, 7)), (5, ("sans référence",))]


def test_cell_past_the_column_limit_is_refused_naming_the_sheet(monkeypatch):
    monkeypatch.setattr(xi, "MAX_COLUMNS", 3)
    data = _book([["Nom", "Service"], ["a", "b", None, None, None, "loin"]])
    with pytest.raises(xi.UnreadableWorkbook, match="« Registre » compte plus de 3 colonnes"):
        xi.read(data)


# ----------------------------------------------------------------------------- shared strings


def test_shared_strings_with_rich_text_and_phonetics():
    sst = (
        f'<sst xmlns="{MAIN_NS}" count="4" uniqueCount="4">'
        "<si><t>Nom</t></si><si><t>Service</t></si>"
        "<si><r><rPr><b/></rPr><t>Pa</t></r><r><t>ie</t></r><rPh sb='0' eb='1'><t>ペ</t></rPh></si>"
        "<si><t>RH</t></si></sst>"
    ).encode()
    data = _with_shared_strings(_book([["x"]]), sst, SHARED_SHEET)
    assert xi.read(data).tables[0].rows == [(2, ("Paie", "RH"))]


def test_oversized_shared_strings_refused_without_being_parsed(monkeypatch):
    # 51 MB of shared strings (compressed to about 50 KB): the declared size refuses it.
    body = io.BytesIO()
    body.write(f'<sst xmlns="{MAIN_NS}" count="4" uniqueCount="4">'.encode())
    body.write(b"<si><t>Nom</t></si><si><t>Service</t></si><si><t>Paie</t></si><si><t>RH</t></si>")
    body.write(b"<si><t>" + b"x" * (51 * 1024 * 1024) + b"</t></si></sst>")
    data = _with_shared_strings(_book([["x"]]), body.getvalue(), SHARED_SHEET)
    del body
    assert len(data) < 1024 * 1024
    parsed: list[str] = []
    real_parse = xi._parse
    monkeypatch.setattr(
        xi, "_parse", lambda a, name, t: (parsed.append(name), real_parse(a, name, t))
    )
    with pytest.raises(xi.UnreadableWorkbook, match="trop de textes distincts") as caught:
        xi.read(data)
    assert "plus de 50 Mo" in caught.value.message()
    assert "xl/sharedStrings.xml" not in parsed


def test_too_many_shared_strings_declared_or_found(monkeypatch):
    monkeypatch.setattr(xi, "MAX_SHARED_STRINGS", 3)
    declared = _with_shared_strings(
        _book([["x"]]), _sst("Nom", "Service", "Paie", "RH"), SHARED_SHEET
    )
    with pytest.raises(xi.UnreadableWorkbook, match="trop de textes distincts"):
        xi.read(declared)
    # A part that lies about its count is stopped when the fourth string arrives.
    lying = _with_shared_strings(
        _book([["x"]]), _sst("Nom", "Service", "Paie", "RH", unique=2), SHARED_SHEET
    )
    with pytest.raises(xi.UnreadableWorkbook, match="trop de textes distincts"):
        xi.read(lying)


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
    b'<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>'
)


@pytest.mark.parametrize(
    "part", ["xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/workbook.xml"]
)
def test_entity_expansion_refused_cleanly(part):
    data = _with_shared_strings(_book([["x"]]), _sst("Nom", "Service", "Paie", "RH"), SHARED_SHEET)
    original = _member(data, part)
    body = original[original.index(b"<", original.index(b"?>") + 2 if b"?>" in original else 0) :]
    tag = body[1 : body.index(b" ")].decode()
    # Refused at the DTD, before an entity could be expanded.
    hostile = BILLION_LAUGHS.replace(b"lolz", tag.encode()) + body.replace(b"Nom", b"&lol4;", 1)
    with pytest.raises(xi.UnreadableWorkbook, match="déclarations XML interdites"):
        xi.read(_rewrite(data, {part: hostile}))


def test_external_entity_refused():
    sheet = (
        b'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        + _sheet_xml('<row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is></c></row>').split(
            b"?>", 1
        )[1]
    )
    with pytest.raises(xi.UnreadableWorkbook, match="déclarations XML interdites"):
        xi.read(_rewrite(_book([["x"]]), {"xl/worksheets/sheet1.xml": sheet}))


def test_malformed_part_is_damaged_not_a_traceback():
    data = _rewrite(
        _book([["Nom", "Service"]]), {"xl/worksheets/sheet1.xml": b"<worksheet><sheetData>"}
    )
    with pytest.raises(xi.UnreadableWorkbook, match="endommagé"):
        xi.read(data)
    missing_string = _with_shared_strings(_book([["x"]]), _sst("Nom"), SHARED_SHEET)
    with pytest.raises(xi.UnreadableWorkbook, match="endommagé"):
        xi.read(missing_string)


# ----------------------------------------------------------------------------- no silent stop


def test_rows_after_a_long_empty_run_are_read():
    rows = [
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Nom</t></is></c>'
        '<c r="B1" t="inlineStr"><is><t>Service</t></is></c></row>',
        '<row r="2"><c r="A2" t="inlineStr"><is><t>Paie</t></is></c></row>',
    ]
    rows += [
        f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t></t></is></c></row>' for n in range(3, 5003)
    ]
    rows.append('<row r="9000"><c r="B9000" t="inlineStr"><is><t>tardive</t></is></c></row>')
    data = _rewrite(_book([["x"]]), {"xl/worksheets/sheet1.xml": _sheet_xml("".join(rows))})
    result = xi.read(data)
    assert result.tables[0].rows == [(2, ("Paie",)), (9000, (None, "tardive"))]
    assert result.notices == []


def test_memory_follows_the_rows_kept_not_the_sheet():
    empty = "".join(
        f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t></t></is></c><c r="B{n}" s="0"/></row>'
        for n in range(3, 50_003)
    )
    sheet = _sheet_xml(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Nom</t></is></c>'
        '<c r="B1" t="inlineStr"><is><t>Service</t></is></c></row>' + empty
    )
    data = _rewrite(_book([["x"]]), {"xl/worksheets/sheet1.xml": sheet})
    del empty, sheet
    tracemalloc.start()
    try:
        result = xi.read(data)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.tables[0].rows == []
    assert peak < 2 * 1024 * 1024  # the sheet is 4 MB of XML


# ----------------------------------------------------------------------------- hidden sheets


def _with_hidden(state: str) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Demandes"
    ws.append(["Référence", "Demandeur"])
    ws.append(["DSR-2026-0001", "Nadia"])
    hidden = wb.create_sheet("Anciennes")
    hidden.append(["Référence", "Demandeur"])
    hidden.append(["DSR-2025-0007", "Karim"])
    hidden.sheet_state = state
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_hidden_sheet_reported_then_read_on_request(state):
    data = _with_hidden(state)
    result = xi.read(data)
    assert [t.title for t in result.tables] == ["Demandes"]
    assert result.hidden == ["Anciennes"]
    assert [n.message() for n in result.notices] == [
        "Feuille masquée « Anciennes » non lue : elle peut être importée sur demande."
    ]
    assert xi.read_workbook(data) == result.tables
    included = xi.read(data, include_hidden=True)
    assert [t.title for t in included.tables] == ["Demandes", "Anciennes"]
    assert included.tables[1].rows == [(2, ("DSR-2025-0007", "Karim"))]
    assert included.hidden == [] and included.notices == []


def test_only_hidden_data_is_not_an_empty_workbook():
    wb = openpyxl.Workbook()
    wb.active.append(["Référence", "Demandeur"])
    wb.active.sheet_state = "hidden"
    wb.create_sheet("Vide")
    wb.active = 1
    out = io.BytesIO()
    wb.save(out)
    result = xi.read(out.getvalue())
    assert result.tables == [] and result.hidden == ["Sheet"]
    with pytest.raises(xi.UnreadableWorkbook, match="aucune ligne"):
        xi.read_workbook(out.getvalue())  # a caller that cannot offer hidden sheets


def test_notice_message_is_translated_then_formatted():
    notice = xi.ReadNotice("Feuil1", xi.NOTICE_GROUP_HEADER, {"group": 1, "row": 2})
    assert notice.message() == (
        "Feuille « Feuil1 » : la ligne 1 regroupe des colonnes ; les en-têtes sont ceux de la ligne 2."
    )
    assert notice.message(lambda text: "{sheet}|{group}|{row}") == "Feuil1|1|2"


# ----------------------------------------------------------------------------- escapes


@pytest.mark.parametrize(
    ("stored", "read"),
    [
        ("Ligne 1_x000D_\nLigne 2", "Ligne 1\nLigne 2"),
        ("Ligne 1_x000d_\nLigne 2", "Ligne 1\nLigne 2"),  # lower-case hex
        ("a\r\nb\rc", "a\nb\nc"),
        ("a_x0009_b", "a\tb"),
        ("_x005F_x000D_", "_x000D_"),  # an escaped underscore: the text was "_x000D_"
        ("nom_x005f_prénom", "nom_prénom"),
        ("_xD83D__xDE00_", "\U0001f600"),  # a surrogate pair, as Excel escapes it
        ("_xD83D_ seul", "\ufffd seul"),
        ("x_x000_y _xZZZZ_", "x_x000_y _xZZZZ_"),  # not escapes
    ],
)
def test_ooxml_escapes_decoded(stored, read):
    assert xi.decode_text(stored) == read


def test_escapes_decoded_in_shared_inline_and_formula_text():
    sheet = _sheet_xml(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
        '<c r="C1" t="s"><v>1</v></c></row>'
        '<row r="2"><c r="A2" t="s"><v>2</v></c>'
        '<c r="B2" t="inlineStr"><is><t xml:space="preserve">Ligne 1_x000D_\nLigne 2</t></is></c>'
        '<c r="C2" t="str"><f>A2</f><v>a_x000D_\nb</v></c></row>'
    )
    sst = _sst("Nom", "Notes", "Ligne 1_x000D_\nLigne 2")
    data = _with_shared_strings(_book([["x"]]), sst, sheet)
    assert xi.read(data).tables[0].rows == [(2, ("Ligne 1\nLigne 2", "Ligne 1\nLigne 2", "a\nb"))]


# ----------------------------------------------------------------------------- .xlsm


def test_macro_enabled_workbook_read_and_macros_noticed(tmp_path):
    data = _book([["Nom", "Service"], ["Paie", "RH"]])
    types = _member(data, "[Content_Types].xml").replace(
        b"spreadsheetml.sheet.main+xml", b"ms-excel.sheet.macroEnabled.main+xml"
    )
    xlsm = _rewrite(
        data,
        {
            "[Content_Types].xml": types,
            # Never parsed nor run: bytes that would fail loudly if they were.
            "xl/vbaProject.bin": xi.CFB_MAGIC + b'Sub AutoOpen(): Shell "calc": End Sub',
        },
    )
    path = tmp_path / "registre.xlsm"
    path.write_bytes(xlsm)
    result = xi.read(path)
    assert result.tables[0].rows == [(2, ("Paie", "RH"))]
    assert [n.message() for n in result.notices] == [
        "Macros ignorées : le classeur en contient, elles ne sont ni lues ni exécutées."
    ]
    assert xi.read(data).notices == []  # a plain .xlsx says nothing about macros


def test_excel4_macro_sheet_noticed_and_left_out():
    data = _book([["Nom", "Service"], ["Paie", "RH"]])
    rels = _member(data, "xl/_rels/workbook.xml.rels").replace(
        b"</Relationships>",
        b'<Relationship Id="rIdM" Type="http://schemas.microsoft.com/office/2006/'
        b'relationships/xlMacrosheet" Target="macrosheets/sheet1.xml"/></Relationships>',
    )
    book = _member(data, "xl/workbook.xml").replace(
        b"</sheets>", b'<sheet name="Macro1" sheetId="9" r:id="rIdM"/></sheets>'
    )
    assert b'r:id="rIdM"' in book
    macro = _sheet_xml('<row r="1"><c r="A1"><f>EXEC("calc")</f></c></row>')
    xlsm = _rewrite(
        data,
        {
            "xl/_rels/workbook.xml.rels": rels,
            "xl/workbook.xml": book,
            "xl/macrosheets/sheet1.xml": macro,
        },
    )
    result = xi.read(xlsm)
    assert [t.title for t in result.tables] == ["Registre"]
    assert [n.template for n in result.notices] == [xi.NOTICE_MACROS]


def test_binary_workbook_still_refused():
    data = _book([["Nom"]])
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        names = src.namelist()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:  # an .xlsb: xl/workbook.bin, no workbook.xml
        for name in names:
            dst.writestr(name.replace("workbook.xml", "workbook.bin"), b"\x00\x01")
    with pytest.raises(xi.UnreadableWorkbook, match="n'est pas un classeur Excel"):
        xi.read(out.getvalue())


# ----------------------------------------------------------------------------- two-level header


def test_merged_group_row_above_the_real_header():
    data = _book(
        [
            [None, "Identité", None, "Demande", None, None],
            ["Référence", "Nom", "Prénom", "Droit", "Reçue le", "Statut"],
            ["REQ-001", "Alami", "Nadia", "Accès", "12/03/2026", "Nouvelle"],
        ],
        merges=("B1:C1", "D1:F1"),
    )
    result = xi.read(data)
    table = result.tables[0]
    assert table.header_row == 2
    assert table.headers == ["Référence", "Nom", "Prénom", "Droit", "Reçue le", "Statut"]
    assert table.rows == [(3, ("REQ-001", "Alami", "Nadia", "Accès", "12/03/2026", "Nouvelle"))]
    assert [n.message() for n in result.notices] == [
        "Feuille « Registre » : la ligne 1 regroupe des colonnes ; "
        "les en-têtes sont ceux de la ligne 2."
    ]


def test_group_row_with_a_label_merged_down_and_a_title_above():
    data = _book(
        [
            ["Registre des demandes 2026"],
            ["Référence", "Identité", None, "Demande", None],
            [None, "Nom", "Prénom", "Droit", "Statut"],
            ["REQ-001", "Alami", "Nadia", "Accès", "Nouvelle"],
        ],
        merges=("A2:A3", "B2:C2", "D2:E2"),
    )
    table = xi.read(data).tables[0]
    assert table.header_row == 3
    assert table.headers == ["Référence", "Nom", "Prénom", "Droit", "Statut"]
    assert table.rows == [(4, ("REQ-001", "Alami", "Nadia", "Accès", "Nouvelle"))]


def test_unmerged_sparse_group_row():
    data = _book(
        [
            ["Identité", None, None, "Demande", None],
            ["Nom", "Prénom", "Ville", "Droit", "Statut"],
            ["Alami", "Nadia", "Rabat", "Accès", "Nouvelle"],
        ]
    )
    table = xi.read(data).tables[0]
    assert table.header_row == 2 and table.headers[0] == "Nom"


@pytest.mark.parametrize(
    ("rows", "merges"),
    [
        # An ordinary header over an all-text first data row.
        ([["Nom", "Service", "Pays"], ["Atlas", "Paie", "MA"]], ()),
        # A header with a gap over a full text row: "Pays" heads one column only.
        ([["Nom", None, None, "Pays"], ["Atlas", "Paie", "RH", "MA"]], ()),
        # One merged header cell beside an ordinary one (the existing rule: a blank header).
        ([["Identité", None, "Pays"], ["Atlas", "Paie", "MA"]], ("A1:B1",)),
        # The row below is not all text: data, not a header.
        (
            [[None, "Identité", None, "Demande", None], ["R1", "Alami", "Nadia", 3, "x"]],
            ("B1:C1", "D1:E1"),
        ),
    ],
)
def test_not_taken_for_a_group_row(rows, merges):
    result = xi.read(_book(rows, merges=merges))
    assert result.tables[0].header_row == 1
    assert result.notices == []


def test_single_column_sheet_keeps_its_rows():
    # Once, one-cell rows were all taken for titles: a one-column list lost its data.
    table = xi.read(_book([["Information manquante"], ["Signataire"], ["Adresse"]])).tables[0]
    assert table.header_row == 1
    assert table.rows == [(2, ("Signataire",)), (3, ("Adresse",))]
