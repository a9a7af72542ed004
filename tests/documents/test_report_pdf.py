"""``report_pdf.render_pdf``: a ``blocks.Report`` drawn with the letters' fonts and bidi,
literally, on as many pages as it needs, refused rather than missing a character."""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader

from dpo_desk.documents.blocks import (
    Bullets,
    Checklist,
    Fields,
    Heading,
    PageBreak,
    Paragraph,
    Report,
)
from dpo_desk.documents.kinds import LetterLanguage
from dpo_desk.documents.report_pdf import render_pdf
from dpo_desk.domain.errors import ValidationError

NO_FONT_HAS = "\u738b"  # 王: the letters' fonts have no CJK


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def report(language: str = "fr", **changes) -> Report:
    values = {
        "language": LetterLanguage(language),
        "title": "Dossier de test",
        "author": "Najhine SARL",
        "subtitle": "Najhine SARL",
        "issued_on": date(2026, 3, 10),
        "footer": "Pied de page du dossier",
        "blocks": (
            Heading("Informations manquantes"),
            Paragraph("Adresse du responsable", emphasis=True),
            Bullets(("premier point", "second point")),
            Fields((("Nom", "<b>Najhine</b> & co"), ("Formule", "=1+1"))),
            Checklist((("Contrat signé", True), ("Politique de sécurité", False))),
            PageBreak(),
            Heading("Deuxième page", 2),
            Paragraph("Texte après le saut de page"),
        ),
    }
    values.update(changes)
    return Report(**values)


def test_blocks_are_drawn_literally_with_page_numbers_and_footer_on_every_page():
    pdf = render_pdf(report())
    assert pdf.startswith(b"%PDF")
    pages = pages_text(pdf)
    assert len(pages) == 2  # the page break
    first = flat(pages[0])
    assert flat("<b>Najhine</b> & co") in first  # markup printed, not interpreted
    assert flat("=1+1") in first
    assert "Informationsmanquantes" in first and "secondpoint" in first
    assert "Deuxièmepage" in flat(pages[1]) and "Deuxièmepage" not in first
    for number, text in enumerate(pages, start=1):
        assert f"{number}/2" in text
        assert "Pieddepagedudossier" in flat(text)


def test_metadata_title_author_and_language():
    reader = PdfReader(io.BytesIO(render_pdf(report("ar"))))
    assert reader.metadata.title == "Dossier de test"
    assert reader.metadata.author == "Najhine SARL"
    assert reader.trailer["/Root"]["/Lang"] == "ar"
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert not any("Helvetica" in name for name in fonts)  # only embedded fonts


def test_a_huge_value_runs_over_several_pages_and_loses_nothing():
    words = " ".join(f"mot{n:05d}" for n in range(4000))
    pdf = render_pdf(report(blocks=(Fields((("Description", words), ("Après", "fin"))),)))
    pages = pages_text(pdf)
    assert len(pages) > 3
    text = flat("".join(pages))
    assert all(f"mot{n:05d}" in text for n in (0, 1999, 3999))
    assert len(re.findall(r"mot\d{5}", text)) == 4000
    assert "fin" in flat(pages[-1])


def test_a_word_longer_than_the_column_is_cut_not_lost():
    word = "x" * 3000
    text = flat("".join(pages_text(render_pdf(report(blocks=(Fields((("Nom", word),)),))))))
    assert text.count("x") >= 3000


def test_a_character_no_font_has_is_refused_naming_the_field():
    bad = report(blocks=(Fields((("Identifiants légaux", f"RC {NO_FONT_HAS}"),)),))
    with pytest.raises(ValidationError) as caught:
        render_pdf(bad)
    message = caught.value.message()
    assert "« Identifiants légaux »" in message and "U+738B" in message


def _x_of(pdf: bytes, needle: str) -> float:
    """The x of the first text run containing ``needle`` on the first page."""
    found: list[float] = []

    def visit(text, cm, tm, font, size):
        if needle in unicodedata.normalize("NFKC", text) and not found:
            found.append(tm[4] * cm[0] + cm[4])

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    assert found, needle
    return found[0]


def test_arabic_report_mirrors_fields_labels_on_the_right():
    blocks = (Fields((("Label", "valeur"),)), Checklist((("Annexe", False),)))
    fr = render_pdf(report("fr", blocks=blocks))
    ar = render_pdf(report("ar", blocks=blocks))
    # French: the label left of the value; Arabic: right of it.
    assert _x_of(fr, "Label") < _x_of(fr, "valeur")
    assert _x_of(ar, "Label") > _x_of(ar, "valeur")
    assert _x_of(ar, "Annexe") > 200  # right-aligned
    assert _x_of(fr, "Annexe") < 100


def test_arabic_text_is_drawn():
    ar = render_pdf(report("ar", blocks=(Paragraph("الإعلان المسبق لدى اللجنة الوطنية"),)))
    text = unicodedata.normalize("NFKC", "".join(pages_text(ar)))
    assert all(word in text or word[::-1] in text for word in ("المسبق", "اللجنة"))
