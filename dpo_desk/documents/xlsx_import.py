"""Reading a DPO's .xlsx spreadsheet for import into the registers: pure (no DB, no Qt).

Bounded by design, because the file comes from anywhere:

- the file must be a zip (an .xlsx); an OLE/CFB file (``D0 CF 11 E0``) is an encrypted,
  password-protected workbook or an old .xls, refused with a sentence saying so;
- the members' declared uncompressed sizes are checked before anything is parsed
  (:data:`MAX_MEMBER_BYTES`, :data:`MAX_TOTAL_BYTES`), which stops zip bombs such as a
  huge ``sharedStrings.xml``;
- openpyxl reads in ``read_only`` mode (streaming); a sheet stops after
  :data:`MAX_EMPTY_RUN` consecutive empty rows and is refused past :data:`MAX_ROWS` data
  rows or :data:`MAX_COLUMNS` columns.

Formulas are never evaluated: a formula cell gives Excel's cached value, and one without
a cached value is reported. Text that merely looks like a formula (``=1+1`` typed as
text) stays literal text.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from dpo_desk.domain.errors import Translate, UserError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # openpyxl itself is imported when a workbook is read
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

MAX_ROWS = 200_000  # data rows per sheet: ten times a large organisation's register
MAX_COLUMNS = 200
MAX_EMPTY_RUN = 1000  # consecutive empty rows after which a sheet is taken as ended
MAX_MEMBER_BYTES = 200 * 1024 * 1024  # one uncompressed zip member
MAX_TOTAL_BYTES = 400 * 1024 * 1024  # all members together
HEADER_SEARCH_ROWS = 30  # a title block above the headers is skipped, not more

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

# Cell-level problems (sheet, row, column, problem).
PROBLEM_FORMULA = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "Formule sans valeur calculée : ouvrez le classeur dans Excel, enregistrez-le, "
    "ou remplacez la formule par sa valeur.",
)
PROBLEM_BAD_DATE = QT_TRANSLATE_NOOP(
    "ImportProblem", "« {value} » n'est pas une date (attendu : JJ/MM/AAAA ou AAAA-MM-JJ)."
)
PROBLEM_IMPOSSIBLE_DATE = QT_TRANSLATE_NOOP(
    "ImportProblem", "La date « {value} » n'existe pas dans le calendrier."
)
PROBLEM_BAD_BOOL = QT_TRANSLATE_NOOP(
    "ImportProblem", "« {value} » n'est pas une réponse oui/non (Oui, Non, X, 1, 0)."
)
PROBLEM_BAD_CHOICE = QT_TRANSLATE_NOOP(
    "ImportProblem", "« {value} » n'est pas une valeur reconnue pour cette colonne."
)
PROBLEM_UNNAMED_COLUMN = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "Colonne sans en-tête (cellule fusionnée ?) : associez-la à un champ ou ignorez-la.",
)


class UnreadableWorkbook(UserError):
    """The file cannot be read as a workbook: the message says why, in French."""

    exit_code = 6  # rejected input (dpo_desk/cli/common.py)


class CellProblem(ValueError):
    """A value that cannot be read; ``template`` and ``values`` make the row-level message."""

    def __init__(self, template: str, **values: object) -> None:
        self.template = template
        self.values = values
        super().__init__(self.message())

    def message(self, translate: Translate | None = None) -> str:
        tr = translate or (lambda text: text)
        return UserError(tr(self.template), **self.values).message()


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


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def display(value: object) -> str:
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M") if value.time() else value.strftime("%d/%m/%Y")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return " ".join(str(value).split())[:80]


# ----------------------------------------------------------------------------- reading


def _check_container(data: bytes) -> None:
    if data[:8] == CFB_MAGIC:
        raise UnreadableWorkbook(ERR_PROTECTED)
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise UnreadableWorkbook(ERR_NOT_XLSX)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            names = {m.filename for m in members}
    except (zipfile.BadZipFile, OSError) as exc:
        raise UnreadableWorkbook(ERR_NOT_XLSX) from exc
    if "xl/workbook.xml" not in names:
        raise UnreadableWorkbook(ERR_NOT_XLSX)
    # Sizes are the ones the archive declares; zipfile refuses to inflate a member past
    # its declared size, so a lying header cannot smuggle a bomb through either.
    total = 0
    for member in members:
        total += member.file_size
        if member.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES:
            raise UnreadableWorkbook(ERR_TOO_BIG, limit=MAX_TOTAL_BYTES // (1024 * 1024))


def read_workbook(source: Path | str | bytes) -> list[SheetTable]:
    """Every visible sheet that holds data, bounded; UnreadableWorkbook otherwise."""
    if isinstance(source, bytes):
        data = source
    else:
        try:
            data = Path(source).read_bytes()
        except OSError as exc:
            raise UnreadableWorkbook(ERR_UNREADABLE_FILE, reason=exc.strerror or str(exc)) from exc
    _check_container(data)
    import openpyxl  # imported late: the CLI's other commands do not pay for it

    try:
        values_book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        formula_book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        raise UnreadableWorkbook(ERR_DAMAGED) from exc
    try:
        tables = []
        # The worksheets only: a chart sheet (a chart on a tab of its own) holds no cells.
        for values_sheet, formula_sheet in zip(
            values_book.worksheets, formula_book.worksheets, strict=True
        ):
            if values_sheet.sheet_state != "visible":
                continue
            table = _read_sheet(values_sheet.title, values_sheet, formula_sheet)
            if table is not None:
                tables.append(table)
    except UserError:
        raise
    except Exception as exc:
        raise UnreadableWorkbook(ERR_DAMAGED) from exc
    finally:
        values_book.close()
        formula_book.close()
    if not tables:
        raise UnreadableWorkbook(ERR_NO_DATA)
    return tables


def _clean_cell(value: object, formula_cell: object) -> object:
    if isinstance(value, str):
        return value
    if value is None and formula_cell is not None and getattr(formula_cell, "data_type", "") == "f":
        return FORMULA_WITHOUT_VALUE
    return value


def _read_sheet(
    title: str, values_sheet: ReadOnlyWorksheet, formula_sheet: ReadOnlyWorksheet
) -> SheetTable | None:
    rows: list[tuple[int, tuple[object, ...]]] = []
    empty_run = 0
    header: tuple[int, tuple[object, ...]] | None = None
    pending_title: tuple[int, tuple[object, ...]] | None = None
    formula_rows = formula_sheet.iter_rows(max_col=MAX_COLUMNS + 1)
    for number, cells in enumerate(values_sheet.iter_rows(max_col=MAX_COLUMNS + 1), start=1):
        formula_cells = next(formula_rows, ())
        values = [
            _clean_cell(cell.value, formula_cells[i] if i < len(formula_cells) else None)
            for i, cell in enumerate(cells)
            if getattr(cell, "value", None) is not None or i < len(formula_cells)
        ]
        while values and values[-1] in (None, ""):
            values.pop()
        if not values:
            empty_run += 1
            if empty_run >= MAX_EMPTY_RUN:
                break
            continue
        empty_run = 0
        if len(values) > MAX_COLUMNS:
            raise UnreadableWorkbook(ERR_TOO_MANY_COLUMNS, sheet=title, limit=MAX_COLUMNS)
        if header is None:
            # The header row is the first one with two filled cells; a one-cell row above
            # it is a title (often merged across the table), skipped.
            filled = sum(1 for v in values if v not in (None, ""))
            if filled >= 2 or number > HEADER_SEARCH_ROWS:
                header = (number, tuple(values))
            elif pending_title is None:
                pending_title = (number, tuple(values))
            continue
        rows.append((number, tuple(values)))
        if len(rows) > MAX_ROWS:
            raise UnreadableWorkbook(ERR_TOO_MANY_ROWS, sheet=title, limit=f"{MAX_ROWS:,}")
    if header is None:
        header = pending_title
    if header is None:
        return None
    width = max([len(header[1])] + [len(cells) for _n, cells in rows])
    headers = []
    for index in range(width):
        value = header[1][index] if index < len(header[1]) else None
        headers.append(display(value) if value not in (None, "") else "")
    return SheetTable(title, header[0], headers, rows)


# ----------------------------------------------------------------------------- headers


def header_key(text: str) -> str:
    """Accents, case, punctuation and spacing do not matter: "Finalité(s)" == "finalites"."""
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    bare = re.sub(r"\(s\)", "s", bare)
    return " ".join(re.sub(r"[^\w]+", " ", bare).split())


def suggest_mapping(
    headers: list[str], synonyms: dict[str, tuple[str, ...]]
) -> dict[int, str | None]:
    """column index -> field key (or None): each field at most once, first column wins."""
    lookup: dict[str, str] = {}
    for key, names in synonyms.items():
        for name in names:
            lookup.setdefault(header_key(name), key)
    mapping: dict[int, str | None] = {}
    used: set[str] = set()
    for index, header in enumerate(headers):
        field_key = lookup.get(header_key(header)) if header else None
        if field_key is not None and field_key not in used:
            used.add(field_key)
            mapping[index] = field_key
        else:
            mapping[index] = None
    return mapping


# ----------------------------------------------------------------------------- values

_DAY_FIRST = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
EXCEL_EPOCH = date(1899, 12, 30)


def parse_date(value: object) -> date | None:
    """A real Excel date, a serial number, or text read day-first (12/03/2026 is the 12th
    of March, as written in Morocco and France), ISO (2026-03-12) or dotted (12.03.2026)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 2958466:  # Excel's serial range (up to 9999-12-31)
            return EXCEL_EPOCH + timedelta(days=int(value))
        raise CellProblem(PROBLEM_BAD_DATE, value=str(value))
    text = str(value).strip()
    if not text:
        return None
    if m := _DAY_FIRST.match(text):
        day, month, year = int(m[1]), int(m[2]), int(m[3])
    elif m := _ISO.match(text):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    else:
        raise CellProblem(PROBLEM_BAD_DATE, value=text)
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise CellProblem(PROBLEM_IMPOSSIBLE_DATE, value=text) from exc


_TRUE = {"oui", "o", "yes", "y", "x", "1", "vrai", "true", "نعم"}
_FALSE = {"non", "n", "no", "0", "faux", "false", "لا", "-"}


def parse_bool(value: object) -> bool | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    key = header_key(str(value)) or str(value).strip()
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise CellProblem(PROBLEM_BAD_BOOL, value=str(value))


def parse_text(value: object) -> str:
    """Literal text: markup, Arabic and formula-looking text are kept as typed."""
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return display(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def split_list(value: object) -> list[str]:
    """A list cell: one item per line, or separated by ";" (or "," when no other)."""
    text = parse_text(value)
    if not text.strip():
        return []
    if "\n" in text:
        parts = text.split("\n")  # as exported: one item per line, commas are text
    elif ";" in text:
        parts = text.split(";")
    else:
        parts = text.split(",")
    return [p.strip() for p in parts if p.strip()]


def parse_choice(
    value: object, labels: dict[str, str], extra: dict[str, str] | None = None
) -> str | None:
    """An enum value given as its French label, its stored code, or an extra synonym."""
    text = parse_text(value).strip()
    if not text:
        return None
    key = header_key(text)
    for code, label in labels.items():
        if key in (header_key(label), header_key(str(code))):
            return str(code)
    for synonym, code in (extra or {}).items():
        if key == header_key(synonym):
            return code
    raise CellProblem(PROBLEM_BAD_CHOICE, value=text)
