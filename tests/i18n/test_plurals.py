"""Counts take the plural form of each language: French and English two, Arabic six.

Qt picks the form from the catalogue's rules (`%n` messages). Arabic distinguishes one,
two, three to ten, eleven to ninety-nine and a hundred; French says "1 jour" and
"2 jours", where the source text can only say "jour(s)". The French catalogue is loaded
for French too, for these forms.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication

from dpo_desk import translations
from dpo_desk.ui.requests import texts

TODAY = date(2026, 12, 3)
COUNTS = (1, 2, 3, 10, 11, 100)


def _late(days: int) -> str:
    return texts.countdown_long(TODAY - timedelta(days=days), TODAY)


def test_arabic_days_late_follow_arabic_number_agreement(ui_language):
    assert ui_language("ar") == "ar"
    forms = {n: _late(n) for n in COUNTS}
    assert forms[1] == "تأخير يوم واحد"
    assert forms[2] == "تأخير يومين"  # the dual, without a digit
    assert forms[3] == "تأخير 3 أيام" and forms[10] == "تأخير 10 أيام"  # plural of 3-10
    assert forms[11] == "تأخير 11 يوما"  # 11-99: singular accusative
    assert forms[100] == "تأخير 100 يوم"
    short = texts.countdown_short(TODAY + timedelta(days=4), TODAY)
    assert short == "خلال 4 أيام"


def test_french_says_one_day_and_two_days(ui_language):
    assert ui_language("fr") == "fr"
    assert _late(1) == "1 jour de retard"
    assert _late(14) == "14 jours de retard"
    assert texts.countdown_long(TODAY + timedelta(days=2), TODAY) == "dans 2 jours"
    one = QCoreApplication.translate("ImportDialog", "%n ligne(s) valide(s)", None, 1)
    two = QCoreApplication.translate("ImportDialog", "%n ligne(s) valide(s)", None, 2)
    assert (one, two) == ("1 ligne valide", "2 lignes valides")
    assert "(s)" not in QCoreApplication.translate("RegistersCard", "%n traitement(s)", None, 3)


def test_english_rows_are_singular_only_for_one(ui_language):
    assert ui_language("en") == "en"
    rows = [
        QCoreApplication.translate("ImportDialog", "%n ligne(s) ignorée(s)", None, n)
        for n in (1, 2)
    ]
    assert rows == ["1 row skipped", "2 rows skipped"]
    assert _late(1) == "1 day overdue" and _late(3) == "3 days overdue"


def test_no_french_plural_form_keeps_the_parenthesised_s(ui_language):
    """Every %n message of the French catalogue reads as French, for 1 and for 2."""
    import xml.etree.ElementTree as ET

    from dpo_desk.translations import catalogue_path

    assert ui_language("fr") == "fr"
    checked = 0
    for context in ET.parse(catalogue_path("fr")).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.get("numerus") != "yes":
                continue
            source = message.findtext("source") or ""
            for n in (1, 2):
                shown = QCoreApplication.translate(name, source, None, n)
                assert "(s)" not in shown and "(nt)" not in shown, (name, source, shown)
            checked += 1
    assert checked >= 30


@pytest.mark.parametrize("language", ["fr", "ar", "en"])
def test_counts_outside_qt_take_the_form_qt_takes(ui_language, language):
    """Letters and exports count without Qt (``translations.translate_count``, CLDR's rules
    through babel): for every %n message of the catalogue, every count gets Qt's form."""
    assert ui_language(language) == language
    translations.clear_cache()
    counts = (*range(0, 230), 1_000, 1_000_000, 2_000_000)
    messages = translations._entries(language)[1]
    assert len(messages) >= 30
    for context, source in messages:
        for n in counts:
            shown = QCoreApplication.translate(context, source, None, n)
            assert translations.translate_count(context, source, n, language) == shown, (
                context,
                source,
                n,
            )


def test_arabic_counts_outside_qt_have_six_forms():
    translations.clear_cache()
    assert [translations.plural_form(n, "ar") for n in (0, 1, 2, 3, 11, 100)] == list(range(6))
    assert [translations.plural_form(n, "fr") for n in (0, 1, 2, 1_000_000)] == [0, 0, 1, 1]
    assert [translations.plural_form(n, "en") for n in (0, 1, 2)] == [1, 0, 1]
