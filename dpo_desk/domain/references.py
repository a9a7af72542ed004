"""Case references: ``DSR-2026-0042`` for a rights request, ``VIO-2026-0007`` for a breach.

One scheme for both kinds: a fixed prefix, the year, and a number that starts at 1 each
year. The prefixes are stored in the register and printed on letters: never change one.
The number has at least four digits, so references sort as text up to 9999 a year; past
that it grows a digit, and whoever looks for the last number compares numbers, not text
(``storage``'s ``last_reference_number``).

Where the next number comes from (the register) is the services' business; this module
only turns (prefix, year, number) into text and back.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from dpo_desk.domain.errors import ValidationError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP

REQUEST_PREFIX = "DSR"  # Data Subject Request; kept in English so references never change
BREACH_PREFIX = "VIO"  # "violation de données"; fixed for the same reason

# What a mistyped reference is told, by kind (the user is told the form expected).
_ERRORS = {
    REQUEST_PREFIX: QT_TRANSLATE_NOOP(
        "Errors", "« {value} » n'est pas une référence de demande (forme attendue : DSR-2026-0001)."
    ),
    BREACH_PREFIX: QT_TRANSLATE_NOOP(
        "Errors",
        "« {value} » n'est pas une référence de violation (forme attendue : VIO-2026-0001).",
    ),
}

_SHAPE = re.compile(r"^(DSR|VIO)-(\d{4})-(\d{4,})$")


class Reference(NamedTuple):
    prefix: str
    year: int
    number: int

    def __str__(self) -> str:
        return format_reference(self.prefix, self.year, self.number)


def _check_prefix(prefix: str) -> str:
    if prefix not in _ERRORS:
        raise ValueError(f"unknown reference prefix: {prefix!r}")
    return prefix


def format_reference(prefix: str, year: int, number: int) -> str:
    """``("DSR", 2026, 42)`` → ``"DSR-2026-0042"``."""
    _check_prefix(prefix)
    if not 1000 <= year <= 9999:
        raise ValueError(f"year out of range: {year}")
    if number < 1:
        raise ValueError(f"reference numbers start at 1, got {number}")
    return f"{prefix}-{year}-{number:04d}"


def next_reference(prefix: str, year: int, last_number: int) -> str:
    """The reference after ``last_number`` in ``year`` (0 when the year has none yet)."""
    if last_number < 0:
        raise ValueError(f"last_number cannot be negative, got {last_number}")
    return format_reference(prefix, year, last_number + 1)


def year_prefix(prefix: str, year: int) -> str:
    """What every reference of ``year`` starts with (``"VIO-2026-"``), to look them up."""
    return f"{_check_prefix(prefix)}-{year}-"


def parse_reference(text: str, prefix: str) -> Reference:
    """``(" dsr-2026-0042 ", "DSR")`` → ``Reference("DSR", 2026, 42)``.

    Case and surrounding spaces do not matter; anything else (another kind's prefix, a
    number 0) is a ValidationError on the field "reference", worded for ``prefix``.
    """
    found = find_reference(text)
    if found is None or found.prefix != _check_prefix(prefix):
        raise ValidationError(_ERRORS[prefix], "reference", value=text.strip())
    return found


def find_reference(text: str) -> Reference | None:
    """The reference ``text`` holds, of either kind, or None when it holds none."""
    match = _SHAPE.match(text.strip().upper())
    if not match or int(match.group(3)) < 1:
        return None
    return Reference(match.group(1), int(match.group(2)), int(match.group(3)))
