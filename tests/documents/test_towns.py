"""Arabic names of Moroccan towns for the date line of Arabic letters."""

from __future__ import annotations

import pytest

from dpo_desk.documents.towns import town_in_arabic


@pytest.mark.parametrize(
    ("typed", "arabic"),
    [
        ("Casablanca", "الدار البيضاء"),
        ("CASABLANCA", "الدار البيضاء"),
        ("Fès", "فاس"),
        ("Fes", "فاس"),
        ("Béni-Mellal", "بني ملال"),
        ("M'diq", "المضيق"),
        ("Laâyoune", "العيون"),
        ("Tanger", "طنجة"),
        ("  Salé ", "سلا"),
        ("الرباط", "الرباط"),  # already Arabic
        ("Lyon", "Lyon"),  # not listed: as typed
        ("Casablanca Anfa", "Casablanca Anfa"),  # a district: as typed, never half-translated
    ],
)
def test_town_in_arabic(typed, arabic):
    assert town_in_arabic(typed) == arabic
