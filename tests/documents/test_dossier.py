"""The CNDP dossier (``documents/dossier.py`` through ``services/dossier.py``): missing
information first, every art. 15 item worded even when empty, the F118 request per
destination, formula-like text kept as text in the workbook, Arabic right to left."""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import replace
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from dpo_desk.documents import dossier as document
from dpo_desk.documents.blocks import Checklist, Fields, Heading, Paragraph
from dpo_desk.domain.errors import ValidationError
from dpo_desk.domain.records import (
    ActivityDetails,
    DataCategory,
    LegalBasis,
    Purpose,
    TransferDetails,
    TransferMechanism,
)
from dpo_desk.services import dossier, filings, register_file
from dpo_desk.services import records as book
from dpo_desk.translations import translator

TODAY = date(2026, 3, 10)


def flat(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def pdf_text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def bare(register, frozen_clock):
    """An activity with a name and a purpose, and nothing else."""
    details = ActivityDetails(
        name="Fichier clients", purposes=(Purpose("Gestion des clients", LegalBasis.CONTRACT),)
    )
    return book.save_activity(register, details, clock=frozen_clock)


@pytest.fixture
def full(register, frozen_clock):
    """An activity that needs an authorisation (health data) and a transfer (F118)."""
    details = ActivityDetails(
        name="Dossiers médicaux",
        purposes=(Purpose("Suivi médical", LegalBasis.LEGAL_OBLIGATION),),
        description='=HYPERLINK("http://x")',
        subject_categories=("Salariés",),
        data_categories=frozenset({DataCategory.HEALTH, DataCategory.IDENTITY}),
        rights_service="Service RH",
        sources=("La personne",),
    )
    activity = book.save_activity(register, details, clock=frozen_clock)
    book.add_transfer(
        register,
        TransferDetails(
            country="US",
            mechanism=TransferMechanism.SCC,
            reference="CCT 2021/914",
            activity_id=activity.id,
        ),
        clock=frozen_clock,
    )
    return book.get_activity(register, activity.id)


def report_for(register, activity, language="fr"):
    state = filings.for_activity(register, activity.id)
    org = register_file.load_organisation(register)
    return document.dossier_report(
        state, org, language, TODAY, translator(language), book.all_processors(register)
    )


def test_missing_information_comes_first_then_the_formalities(register, bare):
    report = report_for(register, bare)
    assert report.title == "Dossier de formalités CNDP — Fichier clients"
    assert isinstance(report.blocks[0], Heading)
    assert report.blocks[0].text == "Informations manquantes"
    missing = [b.text for b in report.blocks[1:12] if isinstance(b, Paragraph) and b.emphasis]
    state = filings.for_activity(register, bare.id)
    assert len(missing) == len(state.missing) > 0
    assert any("Durée de conservation" in text for text in missing)
    # The annexes close the dossier.
    assert isinstance(report.blocks[-1], Checklist)
    assert report.blocks[-2] == Heading("Annexes à joindre")


def test_nothing_missing_is_said_in_a_sentence(register, bare):
    state = filings.for_activity(register, bare.id)
    report = document.dossier_report(replace(state, missing=()), None, "fr", TODAY)
    assert report.blocks[1] == Paragraph(document.MISSING_NONE)


def test_empty_fields_are_worded_never_blank(register, bare):
    rows = document.dossier_rows(filings.for_activity(register, bare.id), None, "fr")
    assert all(value.strip() for _, _, value in rows)
    values = {label: value for _, label, value in rows}
    assert values["Description et caractéristiques"] == "Non renseigné — à compléter"
    assert values["Catégories de données"] == "Non renseigné — à compléter"
    sections = {section for section, _, _ in rows}
    for letter in "abcdefghi":
        assert any(s.startswith(f"{letter}) ") for s in sections), letter


def test_authorisation_and_transfer_request_per_destination(register, full):
    report = report_for(register, full)
    headings = [b.text for b in report.blocks if isinstance(b, Heading)]
    assert "Autorisation préalable — formulaire F112" in headings
    assert "Autorisation de transfert à l'étranger — formulaire F118" in headings
    assert any(h.startswith("Destination : ") and "(US)" in h for h in headings)
    rows = {
        label: value
        for block in report.blocks
        if isinstance(block, Fields)
        for label, value in block.rows
    }
    forms = [
        value
        for block in report.blocks
        if isinstance(block, Fields)
        for label, value in block.rows
        if label == "Formulaire"
    ]
    assert forms == ["F112 (ou F113, demande simplifiée)", "F118"]
    assert "CCT 2021/914" in rows["Garanties jointes à la demande"]
    assert "Données de santé — donnée sensible" in rows["Catégories de données"]
    assert "Autorisation demandée (F118)" in rows["Transfert 1"]
    text = " ".join(b.text for b in report.blocks if isinstance(b, Paragraph))
    assert "qu'une fois le récépissé" in text  # the CNDP waits for the main receipt


def test_prepare_pdf_and_markup_is_literal(register, full):
    pdf = dossier.prepare(register, full.id, "fr", "pdf")
    assert pdf.startswith(b"%PDF")
    text = flat(pdf_text(pdf))
    assert flat('=HYPERLINK("http://x")') in text
    assert text.index("Informationsmanquantes") < text.index("Contenuduformulaire")


def test_prepare_by_name_and_unknown_format(register, full):
    assert dossier.prepare(register, "Dossiers médicaux", "fr", "xlsx").startswith(b"PK")
    with pytest.raises(ValidationError):
        dossier.prepare(register, full.id, "fr", "docx")


def test_xlsx_keeps_formula_like_text_as_text(register, full):
    data = dossier.prepare(register, full.id, "fr", "xlsx")
    book_ = load_workbook(io.BytesIO(data))
    assert book_.sheetnames == ["Formulaire", "Manquant"]
    form = book_["Formulaire"]
    assert [c.value for c in form[1]] == ["Rubrique", "Champ", "Valeur"]
    cells = [row[2] for row in form.iter_rows(min_row=2)]
    risky = [c for c in cells if str(c.value).startswith("=")]
    assert risky and all(c.data_type == "s" and c.quotePrefix for c in risky)
    assert not form.sheet_view.rightToLeft
    missing = [row[0].value for row in book_["Manquant"].iter_rows(min_row=2)]
    assert missing == [m.text() for m in filings.for_activity(register, full.id).missing]


def test_arabic_dossier_is_right_to_left(register, full):
    report = report_for(register, full, "ar")
    assert report.language == "ar"
    pdf = dossier.prepare(register, full.id, "ar", "pdf")
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.trailer["/Root"]["/Lang"] == "ar"
    workbook = load_workbook(io.BytesIO(dossier.prepare(register, full.id, "ar", "xlsx")))
    assert all(ws.sheet_view.rightToLeft for ws in workbook.worksheets)
    # The title's first line starts on the right: its x is past the page's middle for a
    # short title.
    short = replace(report, title="ملف", blocks=())
    from dpo_desk.documents.report_pdf import render_pdf

    found: list[float] = []

    def visit(text, cm, tm, font, size):
        if text.strip() and not found:
            found.append(tm[4] * cm[0] + cm[4])

    PdfReader(io.BytesIO(render_pdf(short))).pages[0].extract_text(visitor_text=visit)
    assert found and found[0] > 400


def test_a_character_no_font_has_is_refused(register, bare, frozen_clock):
    org = register_file.load_organisation(register)
    register_file.update_organisation(
        register, replace(org, legal_identifiers="RC \u738b"), clock=frozen_clock
    )
    with pytest.raises(ValidationError) as caught:
        dossier.prepare(register, bare.id, "fr", "pdf")
    assert "Identifiants légaux" in caught.value.message()


def test_the_arabic_dossier_is_worded_in_arabic(register, bare):
    # The form's own words come from the catalogue; the register's values stay as typed.
    report = report_for(register, bare, "ar")
    headings = [b.text for b in report.blocks if isinstance(b, Heading)]
    assert headings[0] == "المعلومات الناقصة"
    assert "Informations manquantes" not in headings
    assert (
        "Fichier clients" in report.title
        and report.title != "Dossier de formalités CNDP — Fichier clients"
    )
