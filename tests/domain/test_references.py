"""Case references, one scheme for both kinds: DSR-… requests, VIO-… breaches."""

from __future__ import annotations

import pytest

from dpo_desk.domain.errors import ValidationError
from dpo_desk.domain.references import (
    BREACH_PREFIX,
    REQUEST_PREFIX,
    Reference,
    find_reference,
    format_reference,
    next_reference,
    parse_reference,
    year_prefix,
)


@pytest.mark.parametrize(
    ("prefix", "year", "last", "expected"),
    [
        (REQUEST_PREFIX, 2026, 0, "DSR-2026-0001"),
        (REQUEST_PREFIX, 2026, 41, "DSR-2026-0042"),
        (REQUEST_PREFIX, 2027, 999, "DSR-2027-1000"),
        (REQUEST_PREFIX, 2026, 9999, "DSR-2026-10000"),
        (BREACH_PREFIX, 2026, 0, "VIO-2026-0001"),
        (BREACH_PREFIX, 2026, 9999, "VIO-2026-10000"),
    ],
)
def test_next_reference(prefix, year, last, expected):
    assert next_reference(prefix, year, last) == expected
    assert parse_reference(expected, prefix) == Reference(prefix, year, last + 1)
    assert expected.startswith(year_prefix(prefix, year))


@pytest.mark.parametrize(
    ("prefix", "year", "last"),
    [
        (REQUEST_PREFIX, 2026, -1),
        (REQUEST_PREFIX, 26, 0),
        (BREACH_PREFIX, 20260, 0),
        ("REQ", 2026, 0),
    ],
)
def test_next_reference_rejects_nonsense(prefix, year, last):
    with pytest.raises(ValueError):
        next_reference(prefix, year, last)


def test_format_reference_starts_at_one():
    with pytest.raises(ValueError):
        format_reference(BREACH_PREFIX, 2026, 0)


@pytest.mark.parametrize(
    ("text", "prefix", "expected"),
    [
        ("DSR-2026-0007", REQUEST_PREFIX, (2026, 7)),
        (" dsr-2025-0123 ", REQUEST_PREFIX, (2025, 123)),
        ("DSR-2026-12345", REQUEST_PREFIX, (2026, 12345)),
        (" vio-2026-0042 ", BREACH_PREFIX, (2026, 42)),
        ("VIO-2026-10000", BREACH_PREFIX, (2026, 10000)),
    ],
)
def test_parse_reference(text, prefix, expected):
    parsed = parse_reference(text, prefix)
    assert (parsed.year, parsed.number) == expected
    assert str(parsed) == text.strip().upper()


@pytest.mark.parametrize(
    ("text", "prefix"),
    [
        ("", REQUEST_PREFIX),
        ("DSR-2026-7", REQUEST_PREFIX),
        ("DSR-2026-0000", REQUEST_PREFIX),
        ("REQ-2026-0001", REQUEST_PREFIX),
        ("DSR-26-0001", REQUEST_PREFIX),
        ("DSR-2026-00a1", REQUEST_PREFIX),
        ("VIO-2026-0001", REQUEST_PREFIX),  # another kind's reference
        ("DSR-2026-0001", BREACH_PREFIX),
        ("VIO-26-1", BREACH_PREFIX),
        ("VIO-2026-0000", BREACH_PREFIX),
    ],
)
def test_parse_reference_rejects(text, prefix):
    with pytest.raises(ValidationError) as caught:
        parse_reference(text, prefix)
    assert caught.value.field == "reference"
    # The sentence shows the form expected for that kind.
    assert f"{prefix}-2026-0001" in caught.value.message()


def test_find_reference_reads_either_kind():
    assert find_reference(" vio-2026-0007") == Reference(BREACH_PREFIX, 2026, 7)
    assert find_reference("DSR-2026-0042") == Reference(REQUEST_PREFIX, 2026, 42)
    assert find_reference("DPO-2026-0001") is None
