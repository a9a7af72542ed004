"""The size limits of what the DPO types about a breach, and the checks that apply them.

Free text is trimmed and capped; lists lose their blanks and repeats; counts are whole
numbers within reason. Each check raises a ValidationError naming the field at fault.
"""

from __future__ import annotations

from collections.abc import Iterable

from dpo_desk.domain.errors import ValidationError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP

MAX_TITLE = 300
MAX_TEXT = 20_000
MAX_LIST_ITEMS = 50
MAX_COUNT = 10_000_000_000  # more than every person alive: a typo, not a breach

ERR_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "Le champ dépasse {limit} caractères.")
ERR_TOO_MANY = QT_TRANSLATE_NOOP("Errors", "La liste dépasse {limit} éléments.")
ERR_COUNT = QT_TRANSLATE_NOOP(
    "Errors", "Le nombre approximatif doit être un entier positif ou nul (reçu : {value})."
)


def clean_text(value: str, field: str, limit: int = MAX_TEXT) -> str:
    """``value`` trimmed ("" for None), at most ``limit`` characters."""
    clean = (value or "").strip()
    if len(clean) > limit:
        raise ValidationError(ERR_TOO_LONG, field, limit=limit)
    return clean


def clean_items(values: Iterable[str], field: str) -> tuple[str, ...]:
    """The non-blank items, trimmed, first occurrence kept, each a title's length."""
    clean = tuple(dict.fromkeys(v.strip() for v in values if v and v.strip()))
    if len(clean) > MAX_LIST_ITEMS:
        raise ValidationError(ERR_TOO_MANY, field, limit=MAX_LIST_ITEMS)
    for item in clean:
        clean_text(item, field, MAX_TITLE)
    return clean


def clean_count(value: int | None, field: str) -> int | None:
    """An approximate number of persons or records: None (unknown) or 0..MAX_COUNT."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
        raise ValidationError(ERR_COUNT, field, value=value)
    return value
