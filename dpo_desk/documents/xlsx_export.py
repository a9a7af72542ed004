"""Excel workbooks of the registers and of the journal: a cover sheet, then one sheet per
register, streamed with openpyxl's write-only mode.

Pure document code: no database, no Qt. The caller (``services/exports.py``) gives the
rows as tuples in column order (raw values: codes, dates, UTC instants, lists) and a
path to write; this module turns them into cells:

- enum codes become their labels, booleans "Oui"/"Non", lists one item per line, all in
  the UI language through ``translate(context, text)``;
- instants become naive Excel date-times in the organisation's zone (the cover names
  it), dates real Excel dates;
- text that a spreadsheet could take for a formula (leading ``=``, ``+``, ``-``, ``@``,
  tab or carriage return) is written as a *string* cell with Excel's "quote prefix",
  so it is never stored as a formula nor turned into one when the cell is edited;
- text longer than Excel's cell limit (32,767 characters) is cut with a visible marker,
  and the cover counts the cut cells;
- bidirectional controls (overrides, embeddings, isolates, and the LRM, RLM and ALM
  marks) are removed, so "Ali \u202eexe.evil" cannot show as "Ali live.exe"; letters of
  any script, Arabic included, are kept as they are;
- text that does not fit its column on one line is wrapped, and the row made tall
  enough, in every column: a printed cell is never clipped by its neighbour.

Each register sheet prints one page wide (scaled to fit, landscape A4, narrow margins),
as many pages tall as it needs, with its header row on every page and the register's
name, the organisation and "page n / N" in the page header and footer.

openpyxl's write-only mode streams each sheet to a scratch file and zips it at the end.
Those files are plaintext personal data: in the system temporary folder, or beside the
target, a kill left them behind (issue 21: a ``.part.sheet1.tmp`` held thousands of
names). Here each sheet streams straight into its compressed entry of the workbook
itself (``_ArchiveSheets``), and openpyxl writes only the rest of the package. The only
file is the workbook the user asked for, under its temporary name until the caller
renames it.
"""

from __future__ import annotations

import functools
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from copy import copy
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import IO, Any, BinaryIO, NamedTuple

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet import _writer as openpyxl_sheet_writer
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.dimensions import RowDimension
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.page import PageMargins
from openpyxl.writer.excel import ExcelWriter

from dpo_desk.documents.xlsx_columns import (
    COVER_TITLE,
    HEADER_CONTEXT,
    LIST_SEPARATOR,
    NO,
    SHEET_TITLES,
    YES,
    Column,
)
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
# A column's converter: raw value in, what the cell gets out (text, a styled cell, a
# naive datetime). The raw value's type follows the column's kind (a str for text and
# enum columns, a sequence of codes for list columns, a datetime...), known at run time.
Converter = Callable[[Any], object]

EXCEL_CELL_LIMIT = 32_767  # characters in one cell (Excel's specifications and limits)
EXCEL_SHEET_ROWS = 1_048_576

# A cell whose text starts with one of these may be read as a formula by a spreadsheet
# (OWASP "CSV injection"; the same holds when a user edits the cell in Excel).
RISKY_FIRST = frozenset("=+-@\t\r")
# Text equal to an error literal would otherwise be stored as an error cell.
ERROR_LITERALS = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"})
# Control characters the XML of a workbook cannot hold (tab, LF and CR are allowed).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Unicode's explicit directional formatting characters (UAX #9): the embeddings and
# overrides (LRE, RLE, PDF, LRO, RLO), the isolates (LRI, RLI, FSI, PDI) and the implicit
# marks (LRM, RLM, ALM). An override shows "Ali \u202eexe.evil" as "Ali live.exe"; none
# is needed to show Arabic, or Arabic mixed with Latin text, in a spreadsheet cell.
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Either kind: the writer's quick test of whether a text needs cleaning at all.
_UNSAFE = re.compile(f"{_ILLEGAL.pattern}|{_BIDI.pattern}")

CTX = "XlsxExport"
TRUNCATED_MARKER = QT_TRANSLATE_NOOP(
    "XlsxExport", " […] [texte tronqué : {total} caractères au total]"
)

COVER_HEADING = QT_TRANSLATE_NOOP("XlsxExport", "Registres du délégué à la protection des données")
JOURNAL_HEADING = QT_TRANSLATE_NOOP("XlsxExport", "Journal d'audit")
LABEL_ORGANISATION = QT_TRANSLATE_NOOP("XlsxExport", "Organisme")
PAGE_FOOTER = QT_TRANSLATE_NOOP("XlsxExport", "Page &P / &N")
LABEL_ADDRESS = QT_TRANSLATE_NOOP("XlsxExport", "Adresse")
LABEL_DPO = QT_TRANSLATE_NOOP("XlsxExport", "Délégué à la protection des données")
LABEL_EXPORTED_AT = QT_TRANSLATE_NOOP("XlsxExport", "Date de l'export")
LABEL_TIMEZONE = QT_TRANSLATE_NOOP("XlsxExport", "Fuseau horaire des dates et heures")
LABEL_VERSION = QT_TRANSLATE_NOOP("XlsxExport", "Version de DPO Desk")
LABEL_REGISTER_FILE = QT_TRANSLATE_NOOP("XlsxExport", "Fichier du registre")
LABEL_JOURNAL_ENTRIES = QT_TRANSLATE_NOOP("XlsxExport", "Entrées du journal d'audit")
LABEL_JOURNAL_HEAD = QT_TRANSLATE_NOOP("XlsxExport", "Empreinte de tête du journal (SHA-256)")
LABEL_CHAIN = QT_TRANSLATE_NOOP("XlsxExport", "Chaîne du journal")
CHAIN_INTACT = QT_TRANSLATE_NOOP("XlsxExport", "Intacte : chaque entrée suit la précédente")
CHAIN_BROKEN = QT_TRANSLATE_NOOP("XlsxExport", "Rompue à l'entrée n° {entry}")
LABEL_FILTER = QT_TRANSLATE_NOOP("XlsxExport", "Filtre appliqué")
LABEL_CONTENTS = QT_TRANSLATE_NOOP("XlsxExport", "Sommaire")
LABEL_SHEET = QT_TRANSLATE_NOOP("XlsxExport", "Feuille")
LABEL_ROWS = QT_TRANSLATE_NOOP("XlsxExport", "Lignes")
LABEL_TRUNCATED = QT_TRANSLATE_NOOP("XlsxExport", "Cellules tronquées")
TRUNCATED_NOTE = QT_TRANSLATE_NOOP(
    "XlsxExport",
    # The count follows a label ("… : 3"), so the sentence needs no plural form.
    "Cellules dépassant la limite d'Excel (32 767 caractères) : {count}. Leur texte est "
    "coupé et se termine par « […] ». Le texte complet reste dans le registre.",
)
ANCHOR_NOTE = QT_TRANSLATE_NOOP(
    "XlsxExport",
    "L'empreinte de tête et le nombre d'entrées permettent de vérifier plus tard que le "
    "journal n'a pas été réécrit depuis cet export (dpo-desk verify).",
)
PLAINTEXT_NOTE = QT_TRANSLATE_NOOP(
    "XlsxExport",
    "Ce fichier n'est pas chiffré et contient des données personnelles : conservez-le en "
    "lieu sûr et supprimez-le dès qu'il n'est plus utile.",
)

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
HEADER_ALIGNMENT = Alignment(vertical="center", wrap_text=True)
HEADER_BORDER = Border(bottom=Side(style="thin", color="000000"))
WRAP_ALIGNMENT = Alignment(vertical="top", wrap_text=True)
LEFT_ALIGNMENT = Alignment(horizontal="left", vertical="top")
TOP_ALIGNMENT = Alignment(vertical="top")
LINE_HEIGHT = 15  # points per line of 11-point text
MAX_ROW_LINES = 27  # Excel's tallest row is 409 points
# Page margins of the printed sheets, in inches (OOXML's unit): narrow, for the width.
PRINT_MARGINS = {
    "left": 0.4,
    "right": 0.4,
    "top": 0.75,
    "bottom": 0.6,
    "header": 0.3,
    "footer": 0.3,
}
HEADER_TEXT_LIMIT = 80  # characters of the organisation's name in the page header
TITLE_FONT = Font(bold=True, size=14)
LABEL_FONT = Font(bold=True)
LINK_FONT = Font(color="0563C1", underline="single")
HASH_FONT = Font(name="Consolas")


def _identity(_context: str, text: str) -> str:
    return text


class CellText(NamedTuple):
    """Text made safe for a cell: ``guarded`` when it must be forced to a string with
    the quote prefix (it looks like a formula), ``truncated`` when it was cut."""

    text: str
    guarded: bool
    truncated: bool


def safe_cell_text(
    text: str, *, limit: int = EXCEL_CELL_LIMIT, translate: Translate = _identity
) -> CellText:
    """Neutralise one text for a spreadsheet cell.

    Characters XML cannot carry are replaced by U+FFFD (visible, not silently dropped);
    bidirectional controls are removed (they only change the order in which the text is
    shown, and an override can make a name or a file name read backwards); text over
    ``limit`` is cut and ends with a marker giving the full length; text that starts
    like a formula, or equals an error literal, is flagged ``guarded`` so the writer
    stores it as a string cell with the quote prefix. Otherwise the text is kept
    literally: a value exported and imported back is unchanged.
    """
    if _ILLEGAL.search(text):
        text = _ILLEGAL.sub("\ufffd", text)
    if _BIDI.search(text):
        text = _BIDI.sub("", text)
    truncated = len(text) > limit
    if truncated:
        marker = translate(CTX, TRUNCATED_MARKER).format(total=len(text))
        text = text[: limit - len(marker)] + marker
    guarded = bool(text) and (text[0] in RISKY_FIRST or text in ERROR_LITERALS)
    return CellText(text, guarded, truncated)


# ----------------------------------------------------------------------------- inputs


@dataclass
class SheetData:
    """One register sheet: its columns and its rows (raw tuples in column order).

    ``rows`` may be a generator reading the register in batches: it is consumed once,
    as the sheet is written. ``total`` is the expected number of rows (for progress).
    """

    kind: str  # a key of SHEET_TITLES
    columns: Sequence[Column]
    rows: Iterable[Sequence[object]]
    total: int


@dataclass
class CoverData:
    """What the cover sheet says. ``exported_at`` is an aware instant."""

    organisation: str
    dpo: str
    exported_at: datetime
    timezone: str
    version: str
    journal_entries: int
    journal_head: str
    address: str = ""
    register_file: str = ""
    heading: str = COVER_HEADING
    chain_broken_at: int | None = None
    chain_checked: bool = False  # the journal export walks the chain; the registers do not
    filter_text: str = ""


@dataclass
class WorkbookReport:
    rows: dict[str, int] = field(default_factory=dict)  # per sheet kind
    truncated_cells: int = 0


class WriteCancelled(Exception):
    """The cancel check returned True: nothing usable was written."""


# ----------------------------------------------------------------------------- writer


class _SheetWriter:
    """Turns raw values into cells for one write-only sheet, with per-column converters
    built once (labels translated once, not per cell)."""

    def __init__(
        self, ws: WriteOnlyWorksheet, columns: Sequence[Column], translate: Translate, zone: tzinfo
    ) -> None:
        self.ws = ws
        self.translate = translate
        self.zone = zone
        self.truncated = 0
        yes, no = translate(HEADER_CONTEXT, YES), translate(HEADER_CONTEXT, NO)
        self.bools = {True: yes, False: no}
        self.lines = 1  # the tallest wrapped cell of the row being converted, in lines
        self._formats: dict[tuple[bool, bool], StyleArray] = {}
        self.converters = [self._converter(column) for column in columns]

    # A text value is cheap to check; only the rare ones that need a guard, a wrap or a
    # cut become styled cells.
    def _text(self, value: str, wrap_over: int) -> str | Cell | None:
        if (
            value[0] in RISKY_FIRST
            or len(value) > wrap_over
            or value in ERROR_LITERALS
            or _UNSAFE.search(value)
        ):
            return self._special(value, len(value) > wrap_over, wrap_over)
        return value

    def _special(self, value: str, wrap: bool, per_line: int = 0) -> str | Cell | None:
        safe = safe_cell_text(value, translate=self.translate)
        if not safe.text:
            return None  # nothing but bidirectional controls
        if not (safe.guarded or wrap or safe.truncated):
            return safe.text
        cell = WriteOnlyCell(self.ws, value=None)
        # Set the value first, then the type: openpyxl would otherwise take a leading
        # "=" for a formula. data_type "s" writes an inline string, never an <f>.
        cell.value = safe.text
        cell.data_type = "s"
        cell._style = StyleArray(self._format(safe.guarded, wrap))  # a copy: it may change
        if wrap and per_line:
            self.lines = max(self.lines, _line_count(safe.text, per_line))
        if safe.truncated:
            self.truncated += 1
        return cell

    def _format(self, guarded: bool, wrap: bool) -> StyleArray:
        """The style array of a special cell, made once per kind: setting ``alignment``
        or ``quotePrefix`` on each cell would hash and look the style up every time."""
        key = (guarded, wrap)
        style = self._formats.get(key)
        if style is None:
            probe = WriteOnlyCell(self.ws)
            if guarded:
                probe.quotePrefix = True  # Excel keeps it text even when the cell is edited
            if wrap:
                probe.alignment = WRAP_ALIGNMENT
            style = self._formats[key] = probe._style or StyleArray()
        return style

    def _converter(self, column: Column) -> Converter | None:
        kind = column.kind
        # Wrap a value that would not fit the column on one line, in any column (a
        # printed cell is otherwise clipped by its neighbour), or, in a ``wrap`` column,
        # has line breaks (detected by the length test only elsewhere, for speed: a
        # multi-line value is rare outside those and the list columns, which always
        # wrap once they hold two items).
        # A column's width counts characters of the widest digit: most letters are
        # narrower, but a printer's or LibreOffice's substitute font is often wider than
        # Excel's, so a text as long as the width already risks being clipped.
        wrap_over = int(column.width)
        text = self._text
        if kind in ("text",):

            def convert(value: str) -> str | Cell | None:
                return text(value, wrap_over) if value else None

            if not column.wrap:
                return convert

            def convert_wrapped(value: str) -> str | Cell | None:
                if not value:
                    return None
                if "\n" in value:
                    return self._special(value, True, wrap_over)
                return text(value, wrap_over)

            return convert_wrapped
        if kind == "enum":
            labels = {
                code: self.translate(column.label_context, msgid)
                for code, msgid in (column.labels or {}).items()
            }

            # A label too long for its column wraps like any text.
            long_labels = {code for code, label in labels.items() if len(label) > wrap_over}

            def convert_enum(value: str) -> str | Cell | None:
                if value is None or value == "":
                    return None
                label = labels.get(value)
                if label is None:
                    return text(str(value), wrap_over)
                if value in long_labels:
                    return self._special(label, True, wrap_over)
                return label

            return convert_enum
        if kind == "list":
            labels = {
                code: self.translate(column.label_context, msgid)
                for code, msgid in (column.labels or {}).items()
            }

            def convert_list(value: Sequence[str]) -> str | Cell | None:
                if not value:
                    return None
                if labels:
                    value = [labels.get(item, item) for item in value]
                joined = LIST_SEPARATOR.join(value)
                if len(value) > 1:
                    return self._special(joined, True, wrap_over)
                return text(joined, wrap_over)

            return convert_list
        if kind == "bool":
            bools = self.bools

            def convert_bool(value: object) -> str | None:
                return None if value is None else bools[bool(value)]

            return convert_bool
        if kind == "datetime":
            zone = self.zone

            def convert_datetime(value: datetime | None) -> datetime | None:
                if value is None:
                    return None
                if value.tzinfo is not None:
                    value = value.astimezone(zone).replace(tzinfo=None)
                # Excel stores milliseconds at best; drop the rest so reading back is exact.
                return value.replace(microsecond=value.microsecond // 1000 * 1000)

            return convert_datetime
        return None  # int and date: openpyxl writes them as they are

    def rows(self, raw_rows: Iterable[Sequence[object]]) -> Iterator[tuple[list[object], int]]:
        # Int and date columns pass through untouched; only the others are converted.
        active = [(i, c) for i, c in enumerate(self.converters) if c is not None]
        for raw in raw_rows:
            row = list(raw)
            self.lines = 1
            for i, convert in active:
                value = row[i]
                if value is not None:
                    row[i] = convert(value)
            yield row, self.lines


class _PooledCell(Cell):  # type: ignore[misc]  # openpyxl is untyped: Cell is Any here
    """A cell whose format is fixed once made: its style id is looked up once, not for
    every value it carries (openpyxl hashes the style array of each cell it writes)."""

    __slots__ = ("_style_id",)

    def __init__(self, ws: WriteOnlyWorksheet, value: object) -> None:
        super().__init__(ws, column=1, row=1, value=value)
        self._style_id: int | None = None

    def freeze_style(self) -> None:
        self._style_id = Cell.style_id.fget(self)

    @property
    def style_id(self) -> int:
        if self._style_id is not None:
            return self._style_id
        looked_up: int = Cell.style_id.fget(self)
        return looked_up


class _RowCells:
    """Feeds one write-only data sheet its cells, reusing a few cell objects.

    openpyxl's write-only sheet writes each row as soon as it is appended, so a cell
    object can carry the next row's value once its row is written. openpyxl's own
    appending makes a new cell after every styled one, and takes a styled cell given as a
    value through a ValueError; at 10,000 rows of 25 columns that was most of the cost
    of a styled export over a plain one. Here a plain value goes into one unstyled cell,
    a date into one cell per date type (its number format set once), and a value of a
    tall row into one top-aligned cell per type; only the rare cells made by
    :meth:`_SheetWriter._special` (guarded, wrapped, cut) are objects of their own.

    A tall row's values are set at the top, where the eye reads the row from (the
    default is the bottom). Every cell of the row needs its own format: LibreOffice
    ignores a top alignment set on the workbook's default format or on the row.
    """

    def __init__(self, ws: WriteOnlyWorksheet, wb: Workbook) -> None:
        self.ws = ws
        self.top = False  # set by the writer before each row
        self._plain = WriteOnlyCell(ws)
        self._pooled: dict[tuple[type, bool], Cell] = {}
        self._alignments = wb._alignments
        self._topped: dict[int, int] = {}  # alignment id → the same alignment, at the top
        ws._values_to_row = self.cells  # what WriteOnlyWorksheet.append calls per row

    def cells(self, values: Sequence[object], row_idx: int) -> Iterator[Cell]:
        top = self.top
        plain = self._plain
        for col_idx, value in enumerate(values, 1):
            if value is None:
                continue
            kind = value.__class__
            if kind is str or kind is int or kind is float:
                if top:
                    cell = self._pooled.get((kind, True)) or self._pool(kind, value)
                else:
                    cell = plain
                cell.value = value
            elif isinstance(value, Cell):
                cell = value
                if top:
                    self._set_top(cell)
            else:  # dates and datetimes: the cell keeps its number format
                cell = self._pooled.get((kind, top)) or self._pool(kind, value, top)
                cell.value = value
            cell.column = col_idx
            cell.row = row_idx
            yield cell

    def _pool(self, kind: type, value: object, top: bool = True) -> Cell:
        cell = _PooledCell(self.ws, value=value)  # a date gets its number format here
        if top:
            self._set_top(cell)
        cell.freeze_style()
        self._pooled[(kind, top)] = cell
        return cell

    def _set_top(self, cell: Cell) -> None:
        # ``cell.alignment = …`` hashes an Alignment and looks it up for every cell; the
        # ids are looked up once per distinct alignment and written into the style array.
        if cell._style is None:  # openpyxl makes the array on the first style set
            cell._style = StyleArray()
        current = cell._style.alignmentId
        topped = self._topped.get(current)
        if topped is None:
            alignment = self._alignments[current]
            if alignment.vertical is None:
                alignment = copy(alignment)
                alignment.vertical = "top"
            topped = self._topped[current] = self._alignments.add(alignment)
        cell._style.alignmentId = topped


@functools.cache
def _row_height(lines: int) -> dict[str, str]:
    """The ``<row>`` attributes of a row ``lines`` tall, as openpyxl writes them."""
    return dict(RowDimension(None, index=1, ht=lines * LINE_HEIGHT))


def _line_count(text: str, per_line: int) -> int:
    """About how many lines a wrapped cell takes: spreadsheet programs do not all size a
    row to its wrapped text on opening (LibreOffice keeps the default height, and the
    lines then overprint the next row), so the writer sets the height itself."""
    per_line = max(per_line, 8)
    lines = sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))
    return min(lines, MAX_ROW_LINES)


def _header_cell(ws: WriteOnlyWorksheet, text: str) -> Cell:
    cell = WriteOnlyCell(ws, value=text)
    cell.data_type = "s"
    cell.font = HEADER_FONT
    cell.fill = HEADER_FILL
    cell.alignment = HEADER_ALIGNMENT
    cell.border = HEADER_BORDER
    return cell


class _ArchiveSheets:
    """Each sheet streamed into its own entry of the open workbook archive.

    zipfile allows one entry open for writing at a time, and the sheets are written one
    after the other: a sheet is attached, filled, then finished (closed) before the next.
    An entry's path is fixed by the sheet's rank in the workbook, as openpyxl numbers
    them when it saves (``xl/worksheets/sheet<rank>.xml``).
    """

    def __init__(self, archive: zipfile.ZipFile, workbook: Workbook):
        self.archive = archive
        self.workbook = workbook
        self.entry: IO[bytes] | None = None
        self.sheets: list[WriteOnlyWorksheet] = []

    def attach(self, ws: WriteOnlyWorksheet) -> None:
        rank = self.workbook.worksheets.index(ws) + 1
        # Zip64 from the start: a sheet's size is unknown while it streams.
        self.entry = self.archive.open(f"xl/worksheets/sheet{rank}.xml", "w", force_zip64=True)
        ws._writer = openpyxl_sheet_writer.WorksheetWriter(ws, out=self.entry)
        ws._writer.write_top()
        self.sheets.append(ws)

    def finish(self, ws: WriteOnlyWorksheet) -> None:
        """Close the sheet (openpyxl writes its tail: filters, print setup) and its entry."""
        ws.close()
        if self.entry is not None:  # attached first, always
            self.entry.close()
            self.entry = None

    def abandon(self) -> None:
        """After a failure: close each sheet's stream now, so no half-written generator
        is left for the garbage collector to finish on a closed archive."""
        for ws in self.sheets:
            if not ws.closed:
                try:
                    ws.close()
                except Exception:  # the failure being handled is the one that matters
                    pass
        if self.entry is not None:
            try:
                self.entry.close()
            except Exception:
                pass


class _PackageWriter(ExcelWriter):  # type: ignore[misc]  # openpyxl is untyped: Any here
    """openpyxl's package writer, minus the sheets' XML: already in the archive."""

    def write_worksheet(self, ws: WriteOnlyWorksheet) -> None:
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        ws._rels = ws._writer._rels
        self.manifest.append(ws)


def write_workbook(
    path: Path | BinaryIO,
    cover: CoverData,
    sheets: Sequence[SheetData],
    *,
    zone: tzinfo,
    translate: Translate | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    sheet_titles: dict[str, str] | None = None,
) -> WorkbookReport:
    """Write the workbook to ``path``, a file name or an open binary file (created or
    replaced: the caller gives a temporary or unnamed file and names it once complete). Raises :class:`WriteCancelled` when ``cancel()`` turns True;
    the caller removes ``path`` then. ``progress(done, total)`` is called every few
    hundred rows and at the end of each sheet."""
    tx = translate or _identity
    titles = sheet_titles or {}
    report = WorkbookReport()
    total = sum(sheet.total for sheet in sheets)
    done = 0
    wb = Workbook(write_only=True)
    # File ▸ Properties in Excel names the application and version that wrote the register.
    wb.properties.creator = f"DPO Desk {cover.version}"
    archive = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    scratch = _ArchiveSheets(archive, wb)
    try:
        cover_ws = wb.create_sheet(tx("XlsxSheet", COVER_TITLE))
        data_ws = []
        for sheet in sheets:
            title = titles.get(sheet.kind) or tx("XlsxSheet", SHEET_TITLES[sheet.kind])
            data_ws.append(wb.create_sheet(title[:31]))
        if progress:
            progress(0, total)
        for ws, sheet in zip(data_ws, sheets, strict=True):
            columns = sheet.columns
            for index, column in enumerate(columns, start=1):
                ws.column_dimensions[get_column_letter(index)].width = column.width
            ws.freeze_panes = "B2"  # headers and the first (identifying) column stay put
            _print_layout(ws, tx, cover, repeat_titles=True)
            scratch.attach(ws)
            # Two lines for the headers: widths are set for the data, and a long header
            # wraps; spreadsheet programs do not all re-measure a row on opening.
            ws.row_dimensions[1].height = 32
            ws.append([_header_cell(ws, tx(HEADER_CONTEXT, c.header)) for c in columns])
            writer = _SheetWriter(ws, columns, tx, zone)
            cells = _RowCells(ws, wb)
            count = 0
            for row, lines in writer.rows(sheet.rows):
                cells.top = lines > 1
                if lines > 1:
                    # What the row element gets (``ht``, ``customHeight``), as the plain
                    # mapping the write-only writer reads: a RowDimension object per tall
                    # row, made and dropped, was a twentieth of the export.
                    dict.__setitem__(ws.row_dimensions, count + 2, _row_height(lines))
                ws.append(row)
                if lines > 1:
                    del ws.row_dimensions[count + 2]  # written: keep memory flat
                count += 1
                if count % 500 == 0:
                    if cancel and cancel():
                        raise WriteCancelled
                    if progress:
                        progress(done + count, total)
                if count >= EXCEL_SHEET_ROWS - 1:
                    break
            if cancel and cancel():
                raise WriteCancelled
            ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{count + 1}"
            scratch.finish(ws)
            report.rows[sheet.kind] = count
            report.truncated_cells += writer.truncated
            done += count
            if progress:
                progress(done, max(total, done))
        cover_ws.column_dimensions["A"].width = 40
        cover_ws.column_dimensions["B"].width = 80
        _print_layout(cover_ws, tx, cover, repeat_titles=False)
        # The cover is what anchors the journal on paper: one page wide, never split.
        cover_ws.page_setup.orientation = "portrait"
        scratch.attach(cover_ws)
        _write_cover(cover_ws, cover, sheets, data_ws, report, tx, zone)
        scratch.finish(cover_ws)
        wb.properties.modified = datetime.now(UTC).replace(tzinfo=None)
        _PackageWriter(wb, archive).save()  # writes the rest of the package, closes
    except BaseException:
        scratch.abandon()
        archive.close()
        raise
    return report


def _write_cover(
    ws: WriteOnlyWorksheet,
    cover: CoverData,
    sheets: Sequence[SheetData],
    data_ws: Sequence[WriteOnlyWorksheet],
    report: WorkbookReport,
    tx: Translate,
    zone: tzinfo,
) -> None:
    def text(value: str) -> str | Cell:
        return _cover_text(ws, value, tx)

    def label(msgid: str) -> Cell:
        cell = WriteOnlyCell(ws, value=tx(CTX, msgid))
        cell.font = LABEL_FONT
        cell.alignment = Alignment(vertical="top")
        return cell

    title = WriteOnlyCell(ws, value=tx(CTX, cover.heading))
    title.font = TITLE_FONT
    ws.append([title])
    ws.append([])
    ws.append([label(LABEL_ORGANISATION), text(cover.organisation)])
    if cover.address:
        ws.append([label(LABEL_ADDRESS), text(cover.address)])
    ws.append([label(LABEL_DPO), text(cover.dpo)])
    local = cover.exported_at.astimezone(zone) if cover.exported_at.tzinfo else cover.exported_at
    exported = WriteOnlyCell(ws, value=local.replace(tzinfo=None, microsecond=0))
    exported.number_format = "yyyy-mm-dd hh:mm"
    exported.alignment = Alignment(horizontal="left")
    ws.append([label(LABEL_EXPORTED_AT), exported])
    ws.append([label(LABEL_TIMEZONE), text(cover.timezone)])
    ws.append([label(LABEL_VERSION), text(cover.version)])
    if cover.register_file:
        ws.append([label(LABEL_REGISTER_FILE), text(cover.register_file)])
    ws.append([])
    ws.append([label(LABEL_JOURNAL_ENTRIES), _left(ws, cover.journal_entries)])
    head = WriteOnlyCell(ws, value=cover.journal_head)
    head.font = HASH_FONT
    ws.append([label(LABEL_JOURNAL_HEAD), head])
    if cover.chain_checked:
        status = (
            tx(CTX, CHAIN_INTACT)
            if cover.chain_broken_at is None
            else tx(CTX, CHAIN_BROKEN).format(entry=cover.chain_broken_at)
        )
        ws.append([label(LABEL_CHAIN), status])
    if cover.filter_text:
        ws.append([label(LABEL_FILTER), text(cover.filter_text)])
    note = WriteOnlyCell(ws, value=tx(CTX, ANCHOR_NOTE))
    note.alignment = WRAP_ALIGNMENT
    ws.append([None, note])
    ws.append([])
    ws.append([label(LABEL_CONTENTS)])
    ws.append([label(LABEL_SHEET), label(LABEL_ROWS)])
    for sheet, sheet_ws in zip(sheets, data_ws, strict=True):
        link = WriteOnlyCell(ws, value=sheet_ws.title)
        link.hyperlink = Hyperlink(ref="", location=f"{quote_sheetname(sheet_ws.title)}!A1")
        link.font = LINK_FONT
        ws.append([link, _left(ws, report.rows.get(sheet.kind, 0))])
    if report.truncated_cells:
        ws.append([])
        note = WriteOnlyCell(ws, value=tx(CTX, TRUNCATED_NOTE).format(count=report.truncated_cells))
        note.alignment = WRAP_ALIGNMENT
        ws.append([label(LABEL_TRUNCATED), note])
    ws.append([])
    warning = WriteOnlyCell(ws, value=tx(CTX, PLAINTEXT_NOTE))
    warning.alignment = WRAP_ALIGNMENT
    warning.font = Font(italic=True)
    ws.append([None, warning])


def _left(ws: WriteOnlyWorksheet, number: int) -> Cell:
    """A count on the cover, beside its label: in the wide value column a right-aligned
    number would sit at the far edge, away from what it counts (and off a printed page)."""
    cell = WriteOnlyCell(ws, value=number)
    cell.alignment = LEFT_ALIGNMENT
    return cell


def _print_layout(
    ws: WriteOnlyWorksheet, tx: Translate, cover: CoverData, *, repeat_titles: bool
) -> None:
    """Registers are printed for the authority: landscape A4, every column on the page
    (scaled to the page's width, as many pages tall as needed: spreadsheet programs
    otherwise cut a wide register into strips of a few columns), the header row repeated
    on every page, the register's name, the organisation and "page n / N" in the page
    header and footer, so a loose page still says what it is."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4 in the OOXML paper-size table
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # no limit: as many pages tall as the rows need
    ws.page_margins = PageMargins(**PRINT_MARGINS)
    ws.print_options.gridLines = True
    if repeat_titles:
        # Rows only: with the whole width on each page, a repeated first column would
        # be printed twice.
        ws.print_title_rows = "1:1"
    ws.oddHeader.center.text = "&B&A"  # the sheet's name: the register's, translated
    organisation = _header_text(cover.organisation)
    if organisation:
        ws.oddHeader.right.text = organisation
    ws.oddFooter.left.text = "&A"
    ws.oddFooter.right.text = tx(CTX, PAGE_FOOTER)


def _header_text(value: str) -> str:
    """A value typed by the DPO, made safe for a page header: one line, clean, short (a
    header holds at most 255 characters in all), and its ``&`` doubled (a single one
    starts a header code: ``&P`` is the page number)."""
    text = " ".join(safe_cell_text(value[: HEADER_TEXT_LIMIT * 2]).text.split())
    if len(text) > HEADER_TEXT_LIMIT:
        text = text[: HEADER_TEXT_LIMIT - 1] + "…"
    return text.replace("&", "&&")


def _cover_text(ws: WriteOnlyWorksheet, value: str, tx: Translate) -> str | Cell:
    """A cover value typed by the DPO (organisation, DPO's name): neutralised too."""
    safe = safe_cell_text(value, translate=tx)
    if not safe.guarded:
        return safe.text
    cell = WriteOnlyCell(ws, value=None)
    cell.value = safe.text
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell
