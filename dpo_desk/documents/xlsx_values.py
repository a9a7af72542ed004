"""The values of an imported workbook's cells, read as the register's fields (used by
``services/imports.py``): column headers matched to fields whatever their accents and
case, dates written day-first or ISO or as Excel serial numbers, yes/no answers in three
languages, lists, choices among labels; and the row-level message when a value cannot be
read. ``documents/xlsx_import.py`` reads the workbook itself."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta

from dpo_desk.domain.errors import Translate, UserError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP

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


class CellProblem(ValueError):
    """A value that cannot be read; ``template`` and ``values`` make the row-level message."""

    def __init__(self, template: str, **values: object) -> None:
        self.template = template
        self.values = values
        super().__init__(self.message())

    def message(self, translate: Translate | None = None) -> str:
        tr = translate or (lambda text: text)
        return UserError(tr(self.template), **self.values).message()


def display(value: object) -> str:
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M") if value.time() else value.strftime("%d/%m/%Y")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return " ".join(str(value).split())[:80]


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
