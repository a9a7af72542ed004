"""Reading a DPO's .xlsx spreadsheet for import into the registers: pure (no DB, no Qt).

Bounded by design, because the file comes from anywhere:

- the file must be a zip (an .xlsx, or an .xlsm whose macros are noticed, never read nor
  run); an OLE/CFB file (``D0 CF 11 E0``) is an encrypted, password-protected workbook or
  an old .xls, refused with a sentence saying so;
- the members' declared uncompressed sizes are checked before anything is parsed
  (:data:`MAX_MEMBER_BYTES`, :data:`MAX_TOTAL_BYTES`, and :data:`MAX_SHARED_STRINGS_BYTES`
  or :data:`MAX_SHARED_STRINGS` declared strings for the shared-strings part), which stops
  zip bombs such as a huge ``sharedStrings.xml`` in well under a second;
- the zip is opened once and each XML part is parsed once, streaming, through defusedxml
  (no DTD, no entity: a "billion laughs" part is refused); cells are not kept as XML
  elements, so memory follows the rows kept, not the file;
- a sheet is read to its real end (empty rows cost nothing), refused past
  :data:`MAX_ROWS` data rows or :data:`MAX_COLUMNS` columns.

Formulas are never evaluated: a formula cell gives Excel's cached value, and one without
a cached value is reported. Text that merely looks like a formula (``=1+1`` typed as
text) stays literal text. OOXML escapes (``_x000D_``) are decoded. Hidden sheets are
listed, and read on request; a merged group row above the real header row is recognised.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from dpo_desk.documents.xlsx_values import display
from dpo_desk.domain.errors import Translate, UserError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP

MAX_ROWS = 200_000  # data rows per sheet: ten times a large organisation's register
MAX_COLUMNS = 200
MAX_MEMBER_BYTES = 200 * 1024 * 1024  # one uncompressed zip member
MAX_TOTAL_BYTES = 400 * 1024 * 1024  # all members together
# The shared strings are the one part held whole in memory (a cell may point to any of
# them): 50 MB of XML is several times what a 200,000-row register needs.
MAX_SHARED_STRINGS_BYTES = 50 * 1024 * 1024
MAX_SHARED_STRINGS = 1_000_000
HEADER_SEARCH_ROWS = 30  # a title block above the headers is skipped, not more
CHUNK_BYTES = 64 * 1024  # XML is fed to the parser this much at a time

CFB_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")

ERR_NOT_XLSX = QT_TRANSLATE_NOOP("Errors", "Ce fichier n'est pas un classeur Excel (.xlsx).")
ERR_PROTECTED = QT_TRANSLATE_NOOP(
    "Errors",
    "Ce classeur est protégé par un mot de passe (ou est un ancien fichier .xls) : "
    "enregistrez-en une copie .xlsx sans mot de passe.",
)
ERR_TOO_BIG = QT_TRANSLATE_NOOP(
    "Errors",
    "Ce classeur est trop volumineux une fois décompressé (plus de {limit} Mo) : "
    "il ne peut pas être importé.",
)
ERR_TOO_MANY_STRINGS = QT_TRANSLATE_NOOP(
    "Errors",
    "Ce classeur contient trop de textes distincts (plus de {limit} Mo ou {count} textes) : "
    "il ne peut pas être importé. Copiez seulement les lignes utiles dans un nouveau classeur.",
)
ERR_XML_FORBIDDEN = QT_TRANSLATE_NOOP(
    "Errors",
    "Ce classeur contient des déclarations XML interdites (DTD ou entités), "
    "signe d'un fichier piégé : il ne peut pas être importé.",
)
ERR_DAMAGED = QT_TRANSLATE_NOOP(
    "Errors", "Ce classeur Excel est endommagé ou illisible : ouvrez-le et réenregistrez-le."
)
ERR_TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "Errors", "La feuille « {sheet} » compte plus de {limit} lignes : découpez le fichier."
)
ERR_TOO_MANY_COLUMNS = QT_TRANSLATE_NOOP(
    "Errors", "La feuille « {sheet} » compte plus de {limit} colonnes."
)
ERR_NO_DATA = QT_TRANSLATE_NOOP("Errors", "Le classeur ne contient aucune ligne de données.")
ERR_UNREADABLE_FILE = QT_TRANSLATE_NOOP("Errors", "Impossible de lire le fichier : {reason}.")

# What the reader did that the DPO must be told (ReadNotice.template).
NOTICE_MACROS = QT_TRANSLATE_NOOP(
    "ImportNotice",
    "Macros ignorées : le classeur en contient, elles ne sont ni lues ni exécutées.",
)
NOTICE_HIDDEN_SHEET = QT_TRANSLATE_NOOP(
    "ImportNotice",
    "Feuille masquée « {sheet} » non lue : elle peut être importée sur demande.",
)
NOTICE_GROUP_HEADER = QT_TRANSLATE_NOOP(
    "ImportNotice",
    "Feuille « {sheet} » : la ligne {group} regroupe des colonnes ; "
    "les en-têtes sont ceux de la ligne {row}.",
)


class UnreadableWorkbook(UserError):
    """The file cannot be read as a workbook: the message says why, in French."""

    exit_code = 6  # rejected input (dpo_desk/cli/common.py)


@dataclass(frozen=True)
class FormulaWithoutValue:
    """Marks a cell holding a formula Excel never calculated."""


FORMULA_WITHOUT_VALUE = FormulaWithoutValue()


@dataclass
class SheetTable:
    """One sheet: its header row and its non-empty data rows (1-based Excel numbers)."""

    title: str
    header_row: int
    headers: list[str]
    rows: list[tuple[int, tuple[object, ...]]] = field(default_factory=list)

    def column_letter(self, index: int) -> str:
        return column_letter(index)

    def samples(self, index: int, count: int = 3) -> list[str]:
        out: list[str] = []
        for _number, cells in self.rows:
            value = cells[index] if index < len(cells) else None
            if value not in (None, "") and not isinstance(value, FormulaWithoutValue):
                out.append(display(value))
                if len(out) == count:
                    break
        return out


@dataclass(frozen=True)
class ReadNotice:
    """Something the reader did that the DPO must be told (macros left aside, a hidden
    sheet not read, a group row above the headers): ``template`` is a French message id of
    the "ImportNotice" context, formatted with ``sheet`` and ``values``."""

    sheet: str
    template: str
    values: Mapping[str, object] = field(default_factory=dict)

    def message(self, translate: Translate | None = None) -> str:
        tr = translate or (lambda text: text)
        return UserError(tr(self.template), sheet=self.sheet, **self.values).message()


@dataclass
class WorkbookRead:
    """What :func:`read` found: the sheets read, the hidden sheets left unread (read with
    ``include_hidden=True``) and the notices to show."""

    tables: list[SheetTable]
    hidden: list[str] = field(default_factory=list)
    notices: list[ReadNotice] = field(default_factory=list)


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# ----------------------------------------------------------------------------- reading

_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_R_ID = _REL + "}id"  # expat names are "namespace}local"
_R_ID_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships}id"
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_CELL_REF = re.compile(r"([A-Za-z]{1,3})(\d+)$")


def read_workbook(source: Path | str | bytes) -> list[SheetTable]:
    """Every visible sheet that holds data, bounded; UnreadableWorkbook otherwise."""
    tables = read(source).tables
    if not tables:  # only hidden sheets: this caller cannot offer them
        raise UnreadableWorkbook(ERR_NO_DATA)
    return tables


def read(source: Path | str | bytes, *, include_hidden: bool = False) -> WorkbookRead:
    """The workbook's sheets (the hidden ones too with ``include_hidden``), each part parsed
    once and streaming; UnreadableWorkbook, with a sentence, when it cannot be read."""
    if isinstance(source, bytes):
        data = source
    else:
        try:
            data = Path(source).read_bytes()
        except OSError as exc:
            raise UnreadableWorkbook(ERR_UNREADABLE_FILE, reason=exc.strerror or str(exc)) from exc
    archive, book_part = _open_container(data)
    try:
        with archive:
            result = _WorkbookReader(archive, book_part, include_hidden).read()
    except UserError:
        raise
    except Exception as exc:  # a damaged part: bad XML, a missing member, a bad number…
        from defusedxml import DefusedXmlException  # type: ignore[import-untyped]

        if isinstance(exc, DefusedXmlException):
            raise UnreadableWorkbook(ERR_XML_FORBIDDEN) from exc
        raise UnreadableWorkbook(ERR_DAMAGED) from exc
    if not result.tables and not result.hidden:
        raise UnreadableWorkbook(ERR_NO_DATA)
    return result


def _open_container(data: bytes) -> tuple[zipfile.ZipFile, str]:
    """The opened zip and its workbook part, once the declared sizes are checked."""
    if data[:8] == CFB_MAGIC:
        raise UnreadableWorkbook(ERR_PROTECTED)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UnreadableWorkbook(ERR_NOT_XLSX) from exc
    # An .xlsx and an .xlsm are the same zip of XML parts; only the workbook part matters
    # (an .xlsb has a binary one and is refused here).
    names = {m.filename for m in members}
    book_part = _workbook_part(archive, names)
    if book_part not in names:
        archive.close()
        raise UnreadableWorkbook(ERR_NOT_XLSX)
    # Sizes are the ones the archive declares; zipfile refuses to inflate a member past
    # its declared size, so a lying header cannot smuggle a bomb through either.
    total = 0
    for member in members:
        total += member.file_size
        if member.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES:
            archive.close()
            raise UnreadableWorkbook(ERR_TOO_BIG, limit=MAX_TOTAL_BYTES // (1024 * 1024))
    return archive, book_part


def _workbook_part(archive: zipfile.ZipFile, names: set[str]) -> str:
    """The workbook part the package's relationships name (xl/workbook.xml in practice)."""
    if "_rels/.rels" in names:
        try:
            rels = _parse_rels(archive, "_rels/.rels", "")
        except Exception:
            return "xl/workbook.xml"
        for kind, target in rels.values():
            if kind.endswith("/officeDocument"):
                return target
    return "xl/workbook.xml"


class _Target:
    """Receives a part's events straight from expat: ``start(tag, attrib)``, ``end(tag)``
    and ``data(text)``, tags as ``namespace}local`` (:meth:`local` strips the namespace).
    No element tree is built, so memory does not grow with the part."""

    def __init__(self) -> None:
        self._local: dict[str, str] = {}

    def local(self, tag: str) -> str:
        name = self._local.get(tag)
        if name is None:
            name = self._local[tag] = tag.rpartition("}")[2]
        return name

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        pass

    def end(self, tag: str) -> None:
        pass

    def data(self, text: str) -> None:
        pass


def _parse(archive: zipfile.ZipFile, name: str, target: _Target) -> None:
    """Stream one part through defusedxml's parser: a DTD, an entity declaration or an
    external reference raises (a "billion laughs" part is refused before it expands).
    The element callbacks go straight from expat to ``target``: defusedxml's own ones
    build a tree, the slow part for a sheet of a million rows."""
    from defusedxml.ElementTree import DefusedXMLParser  # type: ignore[import-untyped]

    defused = DefusedXMLParser(forbid_dtd=True)  # installs its DTD and entity guards
    expat = defused.parser  # the pyexpat parser those guards are set on
    expat.ordered_attributes = False
    expat.StartElementHandler = target.start
    expat.EndElementHandler = target.end
    expat.CharacterDataHandler = target.data
    with archive.open(name) as stream:
        while chunk := stream.read(CHUNK_BYTES):
            expat.Parse(chunk, False)
    expat.Parse(b"", True)


class _RelsTarget(_Target):
    def __init__(self) -> None:
        super().__init__()
        self.rels: dict[str, tuple[str, str]] = {}

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        if self.local(tag) == "Relationship" and attrib.get("TargetMode") != "External":
            self.rels[attrib.get("Id", "")] = (attrib.get("Type", ""), attrib.get("Target", ""))


def _parse_rels(archive: zipfile.ZipFile, name: str, base_dir: str) -> dict[str, tuple[str, str]]:
    target = _RelsTarget()
    _parse(archive, name, target)
    return {rid: (kind, _resolve(base_dir, path)) for rid, (kind, path) in target.rels.items()}


def _resolve(base_dir: str, path: str) -> str:
    if path.startswith("/"):
        return path.lstrip("/")
    return posixpath.normpath(posixpath.join(base_dir, path))


@dataclass
class _SheetEntry:
    name: str
    state: str
    rid: str


class _BookTarget(_Target):
    def __init__(self) -> None:
        super().__init__()
        self.sheets: list[_SheetEntry] = []
        self.date1904 = False

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        local = self.local(tag)
        if local == "sheet":
            rid = attrib.get(_R_ID) or attrib.get(_R_ID_STRICT) or ""
            self.sheets.append(
                _SheetEntry(attrib.get("name", ""), attrib.get("state", "visible"), rid)
            )
        elif local == "workbookPr":
            self.date1904 = attrib.get("date1904", "").lower() in ("1", "true")


class _StylesTarget(_Target):
    """The number format of each cell style, to know which numbers are dates."""

    def __init__(self) -> None:
        super().__init__()
        self.custom: dict[int, str] = {}
        self.cell_formats: list[int] = []
        self._in_cell_xfs = False

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        local = self.local(tag)
        if local == "numFmt":
            self.custom[int(attrib.get("numFmtId", "0"))] = attrib.get("formatCode", "")
        elif local == "cellXfs":
            self._in_cell_xfs = True
        elif local == "xf" and self._in_cell_xfs:
            self.cell_formats.append(int(attrib.get("numFmtId", "0")))

    def end(self, tag: str) -> None:
        if self.local(tag) == "cellXfs":
            self._in_cell_xfs = False


class _StringsTarget(_Target):
    """Shared strings: the text runs of each ``<si>``, phonetic guides (``rPh``) left out."""

    def __init__(self) -> None:
        super().__init__()
        self.strings: list[str] = []
        self._parts: list[str] | None = None
        self._text = False
        self._phonetic = 0

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        local = self.local(tag)
        if local == "si":
            self._parts = []
        elif local == "t":
            self._text = self._parts is not None and not self._phonetic
        elif local == "rPh":
            self._phonetic += 1
        elif local == "sst":
            declared = attrib.get("uniqueCount", "")
            if declared.isdigit() and int(declared) > MAX_SHARED_STRINGS:
                _refuse_strings()

    def end(self, tag: str) -> None:
        local = self.local(tag)
        if local == "t":
            self._text = False
        elif local == "rPh":
            self._phonetic -= 1
        elif local == "si" and self._parts is not None:
            self.strings.append(decode_text("".join(self._parts)))
            self._parts = None
            if len(self.strings) > MAX_SHARED_STRINGS:
                _refuse_strings()

    def data(self, text: str) -> None:
        if self._text and self._parts is not None:
            self._parts.append(text)


def _refuse_strings() -> None:
    raise UnreadableWorkbook(
        ERR_TOO_MANY_STRINGS,
        limit=MAX_SHARED_STRINGS_BYTES // (1024 * 1024),
        count=f"{MAX_SHARED_STRINGS:,}".replace(",", " "),
    )


def decode_text(text: str) -> str:
    """OOXML escapes decoded (``_x000D_`` is a carriage return, ``_x005F_`` an underscore),
    then line ends made ``\\n``; an escaped surrogate pair becomes its character."""
    if "_x" in text or "_X" in text:
        text = _ESCAPE.sub(lambda m: chr(int(m[1], 16)), text)
        if any("\ud800" <= ch <= "\udfff" for ch in text):
            text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
        text = text.replace("\x00", "\ufffd")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


class _WorkbookReader:
    def __init__(self, archive: zipfile.ZipFile, book_part: str, include_hidden: bool) -> None:
        self.archive = archive
        self.book_part = book_part
        self.include_hidden = include_hidden
        self.infos = {info.filename: info for info in archive.infolist()}
        self.notices: list[ReadNotice] = []

    def read(self) -> WorkbookRead:
        book_name = self.book_part
        book_dir = posixpath.dirname(book_name)
        book = _BookTarget()
        _parse(self.archive, book_name, book)
        rels_name = posixpath.join(book_dir, "_rels", posixpath.basename(book_name) + ".rels")
        rels = _parse_rels(self.archive, rels_name, book_dir) if rels_name in self.infos else {}
        # VBA (xl/vbaProject.bin) or Excel 4 macro sheets: noticed, never read nor run.
        if any(posixpath.basename(n).lower() == "vbaproject.bin" for n in self.infos) or any(
            "macrosheet" in kind.lower() for kind, _part in rels.values()
        ):
            self.notices.append(ReadNotice("", NOTICE_MACROS))
        strings = self._shared_strings(rels, book_dir)
        dates, durations = self._date_styles(rels, book_dir)
        from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900

        cells = _CellReader(
            strings, dates, durations, CALENDAR_MAC_1904 if book.date1904 else CALENDAR_WINDOWS_1900
        )
        tables: list[SheetTable] = []
        hidden: list[str] = []
        for entry in book.sheets:
            kind, part = rels.get(entry.rid, ("", ""))
            # The worksheets only: a chart sheet (a chart on a tab of its own), a dialog
            # or an Excel 4 macro sheet holds no register.
            if not kind.endswith("/worksheet") or part not in self.infos:
                continue
            if entry.state != "visible" and not self.include_hidden:
                hidden.append(entry.name)
                self.notices.append(ReadNotice(entry.name, NOTICE_HIDDEN_SHEET))
                continue
            sheet = _SheetTarget(entry.name, cells)
            _parse(self.archive, part, sheet)
            table = sheet.table(self.notices)
            if table is not None:
                tables.append(table)
        return WorkbookRead(tables, hidden, self.notices)

    def _part(self, rels: dict[str, tuple[str, str]], suffix: str, default: str) -> str | None:
        for kind, part in rels.values():
            if kind.endswith(suffix):
                return part if part in self.infos else None
        return default if default in self.infos else None

    def _shared_strings(self, rels: dict[str, tuple[str, str]], book_dir: str) -> list[str]:
        part = self._part(rels, "/sharedStrings", posixpath.join(book_dir, "sharedStrings.xml"))
        if part is None:
            return []
        if self.infos[part].file_size > MAX_SHARED_STRINGS_BYTES:
            _refuse_strings()  # before a byte of it is inflated
        target = _StringsTarget()
        _parse(self.archive, part, target)
        return target.strings

    def _date_styles(
        self, rels: dict[str, tuple[str, str]], book_dir: str
    ) -> tuple[frozenset[int], frozenset[int]]:
        part = self._part(rels, "/styles", posixpath.join(book_dir, "styles.xml"))
        if part is None:
            return frozenset(), frozenset()
        from openpyxl.styles.numbers import (
            BUILTIN_FORMATS,
            is_date_format,
            is_timedelta_format,
        )

        target = _StylesTarget()
        _parse(self.archive, part, target)
        dates, durations = set(), set()
        for index, format_id in enumerate(target.cell_formats):
            code = target.custom.get(format_id) or BUILTIN_FORMATS.get(format_id)
            if code and is_date_format(code):
                dates.add(index)
                if is_timedelta_format(code):
                    durations.add(index)
        return frozenset(dates), frozenset(durations)


class _CellReader:
    """A cell's value from its type, style and cached value, as Excel last saved it."""

    def __init__(
        self,
        strings: list[str],
        dates: frozenset[int],
        durations: frozenset[int],
        epoch: datetime,
    ) -> None:
        self.strings = strings
        self.dates = dates
        self.durations = durations
        self.epoch = epoch

    def value(self, kind: str, style: str, has_formula: bool, cached: str | None) -> object:
        if cached is None or (cached == "" and kind != "str"):
            return FORMULA_WITHOUT_VALUE if has_formula else None
        if kind == "n":
            number: int | float = float(cached) if any(c in cached for c in ".eE") else int(cached)
            if style and int(style) in self.dates:
                from openpyxl.utils.datetime import from_excel

                try:
                    return from_excel(number, self.epoch, timedelta=int(style) in self.durations)
                except (OverflowError, ValueError):
                    return number  # outside the calendar: parse_date says so
            return number
        if kind == "s":
            return self.strings[int(cached)]
        if kind == "b":
            return bool(int(cached))
        if kind == "d":
            from openpyxl.utils.datetime import from_ISO8601

            return from_ISO8601(cached)
        # "str" (a formula's text result), "e" (an error such as #N/A), anything else
        return decode_text(cached)


# Elements of a worksheet the reader acts on (anything else is passed over).
_C, _V, _F, _IS, _T, _RPH, _ROW, _MERGE = range(8)
_SHEET_TAGS = {
    "c": _C,
    "v": _V,
    "f": _F,
    "is": _IS,
    "t": _T,
    "rPh": _RPH,
    "row": _ROW,
    "mergeCell": _MERGE,
}


class _SheetTarget(_Target):
    """One worksheet, streamed: each row is turned into values when it ends, and only
    rows holding something are kept; the merged ranges (written after the rows) are used
    to find the header row at the end. The callbacks are the hot path of a big sheet."""

    def __init__(self, title: str, cells: _CellReader) -> None:
        super().__init__()
        self.title = title
        self.cells = cells
        self.rows: list[tuple[int, tuple[object, ...]]] = []
        self.merges: list[tuple[int, int, int, int]] = []  # min_row, min_col, max_row, max_col
        self._codes: dict[str, int | None] = {}
        self._row_number = 0
        self._row: dict[int, object] = {}
        self._column = 0
        self._skipped_ref: str | None = None  # an empty cell's reference, resolved if needed
        self._cell: dict[str, str] | None = None
        self._formula = False
        self._cached: list[str] | None = None
        self._inline: list[str] | None = None
        self._collect: list[str] | None = None
        self._phonetic = 0

    def _code(self, tag: str) -> int | None:
        code = self._codes[tag] = _SHEET_TAGS.get(tag.rpartition("}")[2])
        return code

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        codes = self._codes
        code = codes[tag] if tag in codes else self._code(tag)
        if code == _C:
            self._cell = attrib
            self._formula = False
            self._cached = self._inline = None
        elif code is None:
            return
        elif self._cell is not None:
            if code == _V:
                self._cached = self._collect = []
            elif code == _T:
                if self._inline is not None and not self._phonetic:
                    self._collect = self._inline
            elif code == _IS:
                self._inline = []
            elif code == _F:
                self._formula = True
            elif code == _RPH:
                self._phonetic += 1
        elif code == _ROW:
            number = attrib.get("r", "")
            self._row_number = int(number) if number.isdigit() else self._row_number + 1
            self._row = {}
            self._column = 0
            self._skipped_ref = None
        elif code == _MERGE:
            self._merge(attrib.get("ref", ""))

    def data(self, text: str) -> None:
        if self._collect is not None:
            self._collect.append(text)

    def end(self, tag: str) -> None:
        codes = self._codes
        code = codes[tag] if tag in codes else self._code(tag)
        if code == _C:
            if self._cell is not None:
                self._end_cell(self._cell)
            self._cell = None
        elif code == _T or code == _V:
            self._collect = None
        elif code == _ROW:
            if self._row:
                self._end_row()
        elif code == _RPH:
            self._phonetic -= 1

    def _end_cell(self, attrib: dict[str, str]) -> None:
        if attrib.get("t") == "inlineStr":
            inline = self._inline
            value: object = decode_text("".join(inline)) if inline else None
        else:
            cached = "".join(self._cached) if self._cached is not None else None
            value = self.cells.value(
                attrib.get("t", "n"), attrib.get("s", ""), self._formula, cached
            )
        ref = attrib.get("r")
        if value is None or value == "":  # an empty cell: its column is needed no more
            if ref is None:
                self._column += 1
            else:
                self._skipped_ref = ref
            return
        if ref is not None:
            match = _CELL_REF.match(ref)
            self._column = _column_index(match[1]) if match else self._column + 1
        elif self._skipped_ref is not None:
            match = _CELL_REF.match(self._skipped_ref)
            self._column = (_column_index(match[1]) if match else self._column) + 1
        else:
            self._column += 1
        self._skipped_ref = None
        if self._column > MAX_COLUMNS:
            raise UnreadableWorkbook(ERR_TOO_MANY_COLUMNS, sheet=self.title, limit=MAX_COLUMNS)
        self._row[self._column] = value

    def _end_row(self) -> None:
        row = self._row
        values = tuple(row.get(column) for column in range(1, max(row) + 1))
        self.rows.append((self._row_number, values))
        if len(self.rows) > MAX_ROWS + HEADER_SEARCH_ROWS + 1:
            raise UnreadableWorkbook(ERR_TOO_MANY_ROWS, sheet=self.title, limit=f"{MAX_ROWS:,}")

    def _merge(self, ref: str) -> None:
        first, _sep, last = ref.partition(":")
        a, b = _CELL_REF.match(first), _CELL_REF.match(last or first)
        if a and b:
            self.merges.append((int(a[2]), _column_index(a[1]), int(b[2]), _column_index(b[1])))

    def table(self, notices: list[ReadNotice]) -> SheetTable | None:
        header_at = self._header_index()
        if header_at is None:
            return None
        header_number, header = self.rows[header_at]
        group = self._group_row(header_at)
        if group is not None:
            notices.append(
                ReadNotice(
                    self.title, NOTICE_GROUP_HEADER, {"group": header_number, "row": group[0]}
                )
            )
            header_at += 1
            header_number, header = group
        rows = self.rows[header_at + 1 :]
        if len(rows) > MAX_ROWS:
            raise UnreadableWorkbook(ERR_TOO_MANY_ROWS, sheet=self.title, limit=f"{MAX_ROWS:,}")
        width = max([len(header)] + [len(cells) for _n, cells in rows])
        headers = []
        for index in range(width):
            value = header[index] if index < len(header) else None
            headers.append(display(value) if value not in (None, "") else "")
        return SheetTable(self.title, header_number, headers, rows)

    def _header_index(self) -> int | None:
        """The first row with two filled cells; a one-cell row above it is a title (often
        merged across the table), skipped. Past HEADER_SEARCH_ROWS, the first row."""
        for index, (number, values) in enumerate(self.rows):
            if _filled(values) >= 2 or number > HEADER_SEARCH_ROWS:
                return index
        return 0 if self.rows else None

    def _group_row(self, header_at: int) -> tuple[int, tuple[object, ...]] | None:
        """The real header row when the one found is a group row above it: the next row
        (right below) is all text with no gap and fuller, and each group label spans
        several columns: a merged cell, or, unmerged, a label followed by an empty cell in
        a row at most half as full. A label merged down over both rows is a header."""
        if header_at + 1 >= len(self.rows):
            return None
        number, values = self.rows[header_at]
        below_number, below = self.rows[header_at + 1]
        if below_number != number + 1:
            return None
        # A label merged down over both rows ("Référence" on A1:A2) belongs to the header.
        spans_down = {
            column: values[column - 1]
            for min_row, column, max_row, _max_col in self.merges
            if min_row == number and max_row > number and column <= len(values)
        }
        merged = [
            (column, max_col)
            for min_row, column, max_row, max_col in self.merges
            if min_row == number and max_row == number and max_col > column
        ]
        full = [
            below[i] if i < len(below) and below[i] not in (None, "") else spans_down.get(i + 1)
            for i in range(max(len(below), len(values)))
        ]
        if not all(isinstance(value, str) and value.strip() for value in full):
            return None
        if len(full) < 3 or _filled(values) >= len(full):
            return None
        labels = [i + 1 for i, value in enumerate(values) if value not in (None, "")]
        if not all(isinstance(values[column - 1], str) for column in labels):
            return None
        starts = {column for column, _max_col in merged}
        grouped = bool(merged) and all(
            column in starts or column in spans_down for column in labels
        )
        # Unmerged, each group label heads several columns: the cell after it is empty.
        sparse = _filled(values) * 2 <= len(full) and all(
            column in spans_down or (column < len(full) and _blank(values, column))
            for column in labels
        )
        if not (grouped or sparse):
            return None
        return below_number, tuple(full)


def _blank(values: tuple[object, ...], column: int) -> bool:
    """Whether the cell after ``column`` (1-based) is empty."""
    return column >= len(values) or values[column] in (None, "")


def _filled(values: tuple[object, ...]) -> int:
    return sum(1 for value in values if value not in (None, ""))


def _column_index(letters: str) -> int:
    """A -> 1, Z -> 26, AA -> 27."""
    index = 0
    for letter in letters.upper():
        index = index * 26 + ord(letter) - 64
    return index
