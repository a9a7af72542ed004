"""Inserted values are bidi isolates: mixed Arabic and Latin lines keep their order.

Each sample is a line as a letter builds it (values wrapped in FSI U+2068 … PDI U+2069)
with the visual order it must be drawn in, left to right. The expected strings were
written out from GNU FriBidi 1.0.8 (``fribidi --vtol --levels``, brackets mirrored at odd
levels, isolate controls removed), so the samples run everywhere; when the ``fribidi``
command is installed, ``test_fribidi_agrees`` checks them against it again.

FriBidi 1.0.8 resolves an FSI with no strong character inside as right-to-left in a
right-to-left paragraph, where UAX #9 X5c (rules P2-P3) makes it left-to-right: the
reference is given each FSI already resolved to LRI or RLI by P2-P3, which is all that
rule says. Arabic is compared unshaped: shaping changes no bidi class, and the
characters then stay one for one with FriBidi's positions.
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import bidi
import pytest
from bidi.mirror import MIRRORED

from dpo_desk.documents import pdf
from dpo_desk.documents import typesetting as ts
from dpo_desk.documents.kinds import LetterLanguage
from dpo_desk.documents.templates import Placeholder, fill

FSI, PDI = "\u2068", "\u2069"


def i(value: str) -> str:
    """``value`` as a letter inserts it."""
    return f"{FSI}{value}{PDI}"


# (logical line, right-to-left paragraph, visual order)
SAMPLES = [
    (
        "DPO : " + i("سلمى بنجلون") + " — " + i("dpo@najhine.ma") + " — " + i("+212 522 11 22 33"),
        False,
        "DPO : نولجنب ىملس — dpo@najhine.ma — +212 522 11 22 33",
    ),
    (
        "Pour toute question : " + i("محمد العلوي") + " — " + i("+212 5 22 00 00 00") + ".",
        False,
        "Pour toute question : يولعلا دمحم — +212 5 22 00 00 00.",
    ),
    (
        "Réf. : " + i("DSR-2026-0001"),
        False,
        "Réf. : DSR-2026-0001",
    ),
    (
        "Madame "
        + i("فاطمة الزهراء")
        + ", votre demande "
        + i("DSR-2026-0001")
        + " du "
        + i("2 novembre 2026")
        + ".",
        False,
        "Madame ءارهزلا ةمطاف, votre demande DSR-2026-0001 du 2 novembre 2026.",
    ),
    (
        i("شركة النجاح") + ", " + i("12, rue Ibn Toufail"),
        False,
        "حاجنلا ةكرش, 12, rue Ibn Toufail",
    ),
    (
        "Destinataires : " + i("خدمة الزبناء") + " (" + i("Maroc") + ")",
        False,
        "Destinataires : ءانبزلا ةمدخ (Maroc)",
    ),
    (
        "Téléphone : " + i("+33 1 53 73 22 22") + " (" + i("باريس") + ")",
        False,
        "Téléphone : +33 1 53 73 22 22 (سيراب)",
    ),
    (
        "Demandeur : " + i("محمد (الابن)") + ", " + i("DSR-2026-0002"),
        False,
        "Demandeur : (نبالا) دمحم, DSR-2026-0002",
    ),
    (
        i("أمينة") + " <" + i("amina@example.ma") + ">",
        False,
        "ةنيمأ <amina@example.ma>",
    ),
    (
        "Montant : " + i("1 200") + " " + i("درهم") + " (" + i("TTC") + ")",
        False,
        "Montant : 1 200 مهرد (TTC)",
    ),
    (
        "• " + i("مصلحة الزبناء") + " " + i("+212 522 11 22 33"),
        False,
        "• ءانبزلا ةحلصم +212 522 11 22 33",
    ),
    (
        "العنوان: " + i("3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, France"),
        True,
        "3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, France :ناونعلا",
    ),
    (
        i("75334 Paris Cedex 07"),
        True,
        "75334 Paris Cedex 07",
    ),
    (
        "المرجع: " + i("DSR-2026-0001"),
        True,
        "DSR-2026-0001 :عجرملا",
    ),
    (
        "مندوب حماية المعطيات: "
        + i(i("Salma Benjelloun") + " — " + i("dpo@najhine.ma") + " — " + i("+212 5 22 00 00 00")),
        True,
        "Salma Benjelloun — dpo@najhine.ma — +212 5 22 00 00 00 :تايطعملا ةيامح بودنم",
    ),
    (
        i("شركة النجاح") + "، " + i("12, rue Ibn Toufail"),
        True,
        "12, rue Ibn Toufail ،حاجنلا ةكرش",
    ),
    (
        "الهاتف: " + i("+212 522 11 22 33") + ".",
        True,
        ".+212 522 11 22 33 :فتاهلا",
    ),
    (
        "طلبكم رقم " + i("DSR-2026-0001") + " (" + i("Maroc") + ")",
        True,
        "(Maroc) DSR-2026-0001 مقر مكبلط",
    ),
    (
        i("Casablanca") + "، في " + i("25 نونبر 2026"),
        True,
        "2026 ربنون 25 يف ،Casablanca",
    ),
    (
        "البريد الإلكتروني: " + i("dpo@najhine.ma") + " (" + i("المرجع") + ")",
        True,
        "(عجرملا) dpo@najhine.ma :ينورتكلإلا ديربلا",
    ),
    (
        "• " + i("Prestataire d'hébergement (Maroc)"),
        True,
        "Prestataire d'hébergement (Maroc) •",
    ),
    (
        i("20000 - 12"),
        True,
        "20000 - 12",
    ),
    (
        "المادة " + i("12(5)") + " من " + i("RGPD") + "، " + i("VIO-2026-0003"),
        True,
        "VIO-2026-0003 ،RGPD نم 12(5) ةداملا",
    ),
    (
        "السيد(ة) " + i("Amélie Lefèvre-Ouazzani") + "، " + i("8, boulevard d'Anfa"),
        True,
        "8, boulevard d'Anfa ،Amélie Lefèvre-Ouazzani (ة)ديسلا",
    ),
]


@pytest.mark.parametrize(("logical", "rtl", "expected"), SAMPLES)
def test_visual_order_of_mixed_lines(logical, rtl, expected):
    assert ts.visual(logical, rtl=rtl) == expected


def test_there_are_enough_samples_of_each_direction():
    assert len(SAMPLES) >= 20
    assert sum(rtl for _, rtl, _ in SAMPLES) >= 10 and sum(not rtl for _, rtl, _ in SAMPLES) >= 10


_OPENERS = "\u2066\u2067\u2068"


def _resolve_fsi(text: str) -> str:
    """Each FSI as the LRI or RLI that UAX #9 P2-P3 make of it (nested isolates skipped)."""
    out = list(text)
    for start, char in enumerate(text):
        if char != FSI:
            continue
        depth, kind = 0, "\u2066"
        for inner in text[start + 1 :]:
            if inner in _OPENERS:
                depth += 1
            elif inner == PDI:
                if not depth:
                    break
                depth -= 1
            elif not depth:
                kind_of = unicodedata.bidirectional(inner)
                if kind_of == "L":
                    break
                if kind_of in ("R", "AL"):
                    kind = "\u2067"
                    break
        out[start] = kind
    return "".join(out)


def _fribidi(text: str, rtl: bool) -> str:
    result = subprocess.run(
        ["fribidi", "--rtl" if rtl else "--ltr", "--nobreak", "--novisual", "--vtol", "--levels"],
        input=_resolve_fsi(text).encode(),
        capture_output=True,
        check=True,
    )
    order, levels = (
        [int(n) for n in line.split()] for line in result.stdout.decode().splitlines()[:2]
    )
    assert len(order) == len(levels) == len(text)
    shown = (MIRRORED.get(text[k], text[k]) if levels[k] % 2 else text[k] for k in order)
    return "".join(char for char in shown if char not in _OPENERS + PDI)


@pytest.mark.skipif(shutil.which("fribidi") is None, reason="GNU FriBidi's CLI not installed")
@pytest.mark.parametrize(("logical", "rtl", "expected"), SAMPLES)
def test_fribidi_agrees(logical, rtl, expected):
    assert _fribidi(logical, rtl) == expected


def test_without_isolates_the_phone_number_turns_around():
    """What issue 20 saw: "+212 …" after an Arabic name printed "… 33+"."""
    bare = ts.visual("DPO : سلمى بنجلون — +212 522 11 22 33", rtl=False)
    assert "+212 522 11 22 33" not in bare
    isolated = ts.visual("DPO : " + i("سلمى بنجلون") + " — " + i("+212 522 11 22 33"), rtl=False)
    assert isolated.endswith("+212 522 11 22 33")


def test_the_levels_honour_isolates():
    """The Rust binding resolves isolates (X5a-X5c): the phone is a level-2 run of its own."""
    line = "a " + i("سلمى") + " " + i("+212")
    assert ts._levels(line, False) == [0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 2, 2, 2, 2, 0]


@pytest.mark.parametrize(("logical", "rtl", "expected"), SAMPLES)
def test_python_bidi_still_gives_the_levels(logical, rtl, expected):
    """python-bidi has no public call for the levels: ``ts._levels`` reads them from its
    debug output. If an upgrade changes that output, this fails for every sample, rather
    than letters quietly falling back to the older algorithm, which knows no isolates."""
    levels = ts._levels(logical, rtl)
    assert levels is not None, (
        f"python-bidi {bidi.VERSION}: its debug output changed; update typesetting._levels"
    )
    assert len(levels) == len(logical)


def test_the_levels_are_per_character_whatever_their_utf8_length():
    """The output gives a level per UTF-8 byte: 1 to 4 bytes ("a", "س", "—", "😀") each map
    back to their character, and typed text that looks like the output's fields is text."""
    assert ts._levels("a—😀 سلام", False) == [0, 0, 0, 0, 1, 1, 1, 1]
    assert ts._levels("سلام ⵜ😀 (12)", True) == [1] * 5 + [2] * 7
    lookalike = 'Réf. "paragraphs: [" levels: [Level(3)'
    assert ts._levels(lookalike, False) == [0] * len(lookalike)


def test_isolate_controls_are_neither_drawn_nor_measured():
    fonts = pdf._styles(LetterLanguage.FR)["body"].fonts
    pdf._register_fonts()
    value = "DPO : " + i("سلمى") + " — " + i("+212 5")
    assert all(FSI not in text and PDI not in text for text, _ in ts.runs(value, fonts))
    assert ts.width(value, fonts, 10) == ts.width(ts.without_isolates(value), fonts, 10)
    assert FSI not in ts.visual(value, rtl=False) and PDI not in ts.visual(value, rtl=True)


def test_lines_break_inside_isolates_and_keep_their_order():
    pdf._register_fonts()
    fonts = pdf._styles(LetterLanguage.AR)["body"].fonts
    words = " ".join(["كلمة"] * 30)
    text = ts.shape(f"{words} {i('75334 Paris Cedex 07')} {words} {i('+212 522 11 22 33')}")
    spans = ts.break_lines(text, fonts, 12, 200)
    assert len(spans) > 3
    lines = ts.visual_lines(text, spans, rtl=True)
    assert all(FSI not in line and PDI not in line for line in lines)
    # The address is cut by a break: "75334" ends one right-to-left line (at its left),
    # "Paris Cedex 07" starts the next (at its right), each part in its own order.
    paris = next(n for n, line in enumerate(lines) if "Paris" in line)
    assert lines[paris].endswith(" Paris Cedex 07") and lines[paris - 1].startswith("75334 ")
    assert lines[-1].startswith("+212 522 11 22 33 ")
    # Every word is on some line, none lost at a break.
    assert sum(line.count("ﺔﻤﻠﻛ") for line in lines) == 60


def test_a_letter_line_is_drawn_in_the_reference_order():
    """Through the renderer: the DPO line of a French letter with an Arabic DPO name."""
    pdf._register_fonts()
    layout = pdf._Layout(LetterLanguage.FR, pdf._styles(LetterLanguage.FR))
    contact = i("سلمى بنجلون") + " — " + i("dpo@najhine.ma") + " — " + i("+212 522 11 22 33")
    layout.paragraph("DPO : " + i(contact), "head")
    drawn = "".join(text for line in layout.lines for text, _ in line.runs)
    assert (
        drawn == "DPO : " + ts.shape("سلمى بنجلون")[::-1] + " — dpo@najhine.ma — +212 522 11 22 33"
    )


def test_arabic_letter_data_line_without_strong_characters_keeps_its_order():
    pdf._register_fonts()
    layout = pdf._Layout(LetterLanguage.AR, pdf._styles(LetterLanguage.AR))
    layout.paragraph("20000 - 12", "body", data=True)
    assert "".join(text for text, _ in layout.lines[0].runs) == "20000 - 12"


KNOWN = {name: Placeholder(name, "") for name in ("address", "items", "person")}


def test_template_values_are_isolated_line_by_line():
    text = fill(
        "Objet\n\n{{ person }} :\n{{ address }}\n{{ items }}\nFin {{ items }}.",
        KNOWN,
        {"person": "سلمى", "address": "12, rue X\n\n20000 Casablanca", "items": ("a", "b")},
    )
    assert f"{i('سلمى')} :" in text
    # An isolate never spans two paragraphs (lines); a blank line stays blank.
    assert f"{i('12, rue X')}\n\n{i('20000 Casablanca')}" in text
    assert f"• {i('a')}\n• {i('b')}" in text and f"Fin {i('a')}, {i('b')}." in text


def test_clean_text_keeps_matched_isolates_and_drops_the_others():
    assert ts.clean_text(f"a{FSI}b{PDI}c") == f"a{FSI}b{PDI}c"
    assert ts.clean_text(f"a{PDI}b{FSI}c") == "abc"  # unmatched, both
    assert ts.clean_text(f"{FSI}a{FSI}b{PDI}") == f"a{FSI}b{PDI}"
    # Never across a line: each line is a paragraph of the letter.
    assert ts.clean_text(f"{FSI}a\nb{PDI}") == "a\nb"
    # Overrides and embeddings go, matched or not.
    assert ts.clean_text("a\u202eb\u202cc\u202ad") == "abcd"
