"""Letters from case data to PDF: facts present, hostile text literal, Arabic in order."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from dpo_desk.documents import typesetting as ts
from dpo_desk.documents.kinds import (
    BREACH_KINDS,
    LETTER_KIND_LABELS,
    REQUEST_KINDS,
    LetterKind,
    LetterLanguage,
)
from dpo_desk.documents.letters import (
    ACCESS_SECTIONS,
    AccessDetails,
    DeadlineExplanation,
    LetterDraft,
    breach_context,
    draft_letter,
    format_date,
    format_instant,
    has_term,
    request_context,
)
from dpo_desk.documents.pdf import render_letter
from dpo_desk.domain.deadlines import BASIS_LABELS, CITATIONS, RULE_LABELS
from dpo_desk.domain.errors import ValidationError
from dpo_desk.domain.requests.workflow import (
    CHANNEL_LABELS,
    REFUSAL_REASON_LABELS,
    REGIME_LABELS,
    RIGHT_LABELS,
    RefusalReason,
    Regime,
    RequestStatus,
    Right,
)
from tests.documents.letter_data import ACCESS, ATTACHMENTS, ORGANISATION, make_breach, make_request

LETTER_DAY = date(2026, 11, 25)
ARABIC_NAME = "محمد بن عبد الله العلوي"


def request_draft(
    kind="acknowledgement",
    language="fr",
    *,
    organisation=ORGANISATION,
    access=ACCESS,
    attachments=ATTACHMENTS,
    context=None,
    **changes,
):
    context = request_context(
        organisation,
        make_request(**changes),
        kind,
        language,
        letter_date=LETTER_DAY,
        place="Casablanca",
        access=access,
        attachments=attachments,
        **(context or {}),
    )
    return draft_letter(context)


def breach_draft(kind="breach-notification", language="fr", **changes):
    context = breach_context(
        ORGANISATION, make_breach(**changes), kind, language, letter_date=LETTER_DAY
    )
    return draft_letter(context)


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def text_of(pdf: bytes) -> str:
    return "\n".join(pages_text(pdf))


def flat(text: str) -> str:
    """Extracted text compared loosely: NFKC (Arabic presentation forms back to letters,
    narrow spaces to spaces), then without any whitespace (line breaks fall anywhere)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def has_arabic(extracted: str, phrase: str) -> bool:
    """Each word of ``phrase`` is in the text, in logical or visual (reversed) order.

    A PDF keeps glyphs in drawing order, so an extractor may give an Arabic word
    right-to-left or left-to-right depending on its own bidi heuristics.
    """
    text = unicodedata.normalize("NFKC", extracted)
    return all(word in text or word[::-1] in text for word in phrase.split())


# ----------------------------------------------------------------------------- facts


@pytest.mark.parametrize("language", list(LetterLanguage))
@pytest.mark.parametrize("kind", list(LetterKind))
def test_every_kind_and_language_renders(kind, language):
    draft = breach_draft(kind, language) if kind in BREACH_KINDS else request_draft(kind, language)
    pdf = render_letter(draft)
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    text = flat(text_of(pdf))
    assert flat(draft.reference) in text
    assert "{{" not in draft.text and "{%" not in draft.text


@pytest.mark.parametrize(
    ("language", "due", "name"),
    [
        ("fr", "2 décembre 2026", "Amélie Lefèvre-Ouazzani"),
        ("en", "2 December 2026", "Amélie Lefèvre-Ouazzani"),
    ],
)
def test_acknowledgement_states_reference_due_date_basis_and_name(language, due, name):
    draft = request_draft("acknowledgement", language)
    text = flat(text_of(render_letter(draft)))
    assert flat("DSR-2026-0001") in text
    assert flat(due) in text
    assert flat(name) in text
    citation = "RGPD art. 12(3)" if language == "fr" else "GDPR Art. 12(3)"
    assert flat(citation) in text


@pytest.mark.parametrize("language", list(LetterLanguage))
def test_acknowledgement_says_law_09_08_has_no_portability(language):
    from dpo_desk.domain.requests.workflow import Right

    rights = frozenset({Right.ACCESS, Right.PORTABILITY})
    only_law = request_draft(
        "acknowledgement", language, regimes=frozenset({Regime.LAW_09_08}), rights=rights
    ).text
    both = request_draft("acknowledgement", language, rights=rights).text
    gdpr_only = request_draft(
        "acknowledgement", language, regimes=frozenset({Regime.GDPR}), rights=rights
    ).text
    no_portability = request_draft("acknowledgement", language).text
    law = {
        "fr": "loi 09-08 ne prévoit pas",
        "en": "Law 09-08 does not provide",
        "ar": "لا ينص القانون رقم 09.08",
    }
    article_20 = {"fr": "article 20 du RGPD", "en": "Article 20 of the GDPR", "ar": "المادة 20"}
    assert law[language] in only_law and article_20[language] not in only_law
    assert law[language] in both and article_20[language] in both
    # A GDPR-only letter never speaks of Law 09-08, and one without portability says nothing.
    assert "09-08" not in gdpr_only and "09.08" not in gdpr_only
    assert law[language] not in no_portability


def test_arabic_acknowledgement_text_has_name_reference_and_due_date():
    draft = request_draft("acknowledgement", "ar", requester_name=ARABIC_NAME)
    extracted = text_of(render_letter(draft))
    assert "DSR-2026-0001" in extracted  # a Latin reference keeps its own order
    assert has_arabic(extracted, ARABIC_NAME)
    assert has_arabic(extracted, "دجنبر") and "2026" in extracted
    assert draft.text.count("2 دجنبر 2026") >= 1


def test_arabic_name_inside_a_french_letter():
    name = f"Amine {ARABIC_NAME}"
    extracted = text_of(render_letter(request_draft("refusal", "fr", requester_name=name)))
    assert has_arabic(extracted, ARABIC_NAME)
    assert "Amine" in extracted


def test_access_response_lists_the_items_and_the_annexe_after_the_signature():
    draft = request_draft("access-response", "fr")
    text = flat(text_of(render_letter(draft)))
    for item in (*ACCESS.categories, *ACCESS.purposes, *ACCESS.recipients, *ATTACHMENTS):
        assert flat(item) in text
    assert text.index(flat("Salma Benjelloun")) < text.rindex(flat(ATTACHMENTS[0]))


def test_refusal_gives_reason_and_the_authorities():
    draft = request_draft("refusal", "fr", rights=frozenset({Right.ACCESS}))
    text = flat(text_of(render_letter(draft)))
    assert flat("Demande excessive ou manifestement abusive") in text
    # The ground under each law of the request, each article with its instrument.
    assert flat("(article 7 de la loi 09-08 ; article 12(5) du RGPD)") in text
    assert flat("Il nous appartient de démontrer le bien-fondé de ce motif") in text
    # The CNDP's address as its own pages give it: the corner of two streets (issue 20).
    assert flat("Angle boulevard Annakhil et avenue Mehdi Ben Barka, Hay Riad, Rabat") in text
    assert "CNIL" in text and flat("(article 12(4) du RGPD)") in text


@pytest.mark.parametrize(
    ("language", "both", "law_only"),
    [
        (
            "fr",
            "(article 7 de la loi 09-08 ; article 12(5) du RGPD)",
            "(article 7 de la loi 09-08)",
        ),
        ("en", "(Article 7 of Law 09-08; Article 12(5) of the GDPR)", "(Article 7 of Law 09-08)"),
        (
            "ar",
            "(المادة 7 من القانون رقم 09.08؛ المادة 12(5) من RGPD)",
            "(المادة 7 من القانون رقم 09.08)",
        ),
    ],
)
def test_refusal_cites_the_ground_under_the_request_own_laws(language, both, law_only):
    access = frozenset({Right.ACCESS})
    # Values are isolated for bidi (U+2068 … U+2069): the reader sees the text without.
    assert both in ts.without_isolates(request_draft("refusal", language, rights=access).text)
    alone = ts.without_isolates(
        request_draft("refusal", language, rights=access, regimes=LAW_ONLY).text
    )
    assert law_only in alone
    assert not any(word in alone for word in GDPR_WORDS), alone


@pytest.mark.parametrize(
    ("reason", "rights", "expected"),
    [
        # Law 09-08 has no portability at all: the citation is its silence, no article.
        (
            RefusalReason.NOT_APPLICABLE,
            {Right.PORTABILITY},
            "(loi 09-08, qui ne prévoit pas ce droit)",
        ),
        # Erasure under 09-08 is owed only for data processed in breach of it: art. 8(a).
        (RefusalReason.NOT_APPLICABLE, {Right.ERASURE}, "(article 8(a) de la loi 09-08)"),
        (RefusalReason.LEGAL_OBLIGATION, {Right.OBJECTION}, "(article 9 de la loi 09-08)"),
        (
            RefusalReason.IDENTITY_NOT_ESTABLISHED,
            {Right.ACCESS, Right.RECTIFICATION},
            "(article 7 de la loi 09-08 ; article 8 de la loi 09-08)",
        ),
    ],
)
def test_refusal_under_law_09_08_cites_its_articles(reason, rights, expected):
    text = request_draft(
        "refusal", "fr", regimes=LAW_ONLY, rights=frozenset(rights), refusal_reason=reason
    ).text
    assert expected in ts.without_isolates(text)
    assert "RGPD" not in text


def test_refusal_claims_no_burden_it_does_not_bear_and_no_ground_it_lacks():
    # GDPR Art. 17(3): no "we must demonstrate the merits" sentence (that is Art. 12(5)).
    exception = request_draft(
        "refusal",
        "fr",
        regimes=frozenset({Regime.GDPR}),
        rights=frozenset({Right.ERASURE}),
        refusal_reason=RefusalReason.ERASURE_EXCEPTION,
    ).text
    exception = ts.without_isolates(exception)
    assert "(article 17(3) du RGPD)" in exception and "bien-fondé" not in exception
    assert "Nous tenons à votre disposition les éléments" in exception
    # No ground recorded (the service never offers this letter then): no merits of it.
    bare = request_draft("refusal", "fr", refusal_reason=None).text
    assert "bien-fondé" not in bare and "motif suivant" not in bare
    assert "ce motif" not in bare


# ----------------------------------------------------------------------------- by regime

LAW_ONLY = frozenset({Regime.LAW_09_08})
GDPR_ONLY = frozenset({Regime.GDPR})
GDPR_WORDS = ("RGPD", "GDPR", "النظام الأوروبي", "CNIL")
REQUEST_LETTERS = sorted(REQUEST_KINDS)
EVERY_RIGHT = frozenset(Right)


def supported_case(kind: LetterKind, regimes) -> dict:
    """Request data under which the service offers ``kind`` (answered, refused…)."""
    changes: dict = {"regimes": regimes, "rights": EVERY_RIGHT, "refusal_reason": None}
    if Regime.GDPR not in regimes:  # the stored deadline is one of its own law
        changes |= {
            "due_rule": "law-09-08-art-8",
            "due_basis": "law",
            "due_regime": Regime.LAW_09_08,
        }
    if kind in (
        LetterKind.RECTIFICATION_DONE,
        LetterKind.ERASURE_DONE,
        LetterKind.OBJECTION_RESPONSE,
    ):
        changes |= {"status": RequestStatus.ANSWERED, "answered_on": date(2026, 11, 20)}
    if kind is LetterKind.REFUSAL:
        changes |= {
            "status": RequestStatus.REFUSED,
            "answered_on": date(2026, 11, 20),
            "rights": frozenset({Right.ACCESS}),
            "refusal_reason": RefusalReason.EXCESSIVE,
        }
    return changes


def bare_articles(text: str) -> list[str]:
    """Article numbers not written with their instrument (« art. 12(3) » alone)."""
    latin = re.compile(
        r"\b(?:[Aa]rticles?|[Aa]rt\.) \d+(?:\(\w+\))*(?:(?:, | et | and )\d*(?:\(\w+\))*)*"
    )
    arabic = re.compile(
        r"(?:المادة|المادتان|المواد) \d+(?:\([^)]+\))*(?:(?: و|، )\d*(?:\([^)]+\))*)*"
    )
    after = (" du RGPD", " de la loi 09-08", " of the GDPR", " of Law 09-08", " من RGPD")
    after += (" من القانون رقم 09.08", " من النظام الأوروبي")
    before = ("RGPD ", "GDPR ", "loi 09-08 ", "Loi 09-08 ", "Law 09-08 ")
    found = []
    for pattern in (latin, arabic):
        for match in pattern.finditer(text):
            if text[match.end() :].startswith(after) or text[: match.start()].endswith(before):
                continue
            found.append(match.group(0))
    return found


@pytest.mark.parametrize("language", list(LetterLanguage))
@pytest.mark.parametrize("kind", REQUEST_LETTERS)
def test_request_letters_under_law_09_08_alone_never_speak_gdpr(kind, language):
    if kind is LetterKind.EXTENSION:
        pytest.skip("never offered under Law 09-08 alone (tests/services/test_letters.py)")
    none = AccessDetails(none=frozenset({"source"}), none_reason="Collectées auprès de vous.")
    for access, attachments in ((ACCESS, ATTACHMENTS), (none, ())):
        draft = request_draft(
            kind,
            language,
            access=access,
            attachments=attachments,
            context={"objection_upheld": True},
            **supported_case(kind, LAW_ONLY),
        )
        assert not any(word in draft.text for word in GDPR_WORDS), draft.text
        assert bare_articles(draft.text) == [], draft.text


@pytest.mark.parametrize("language", list(LetterLanguage))
@pytest.mark.parametrize("kind", REQUEST_LETTERS)
def test_request_letters_under_the_gdpr_alone_never_cite_law_09_08(kind, language):
    draft = request_draft(
        kind, language, context={"objection_upheld": True}, **supported_case(kind, GDPR_ONLY)
    )
    assert "09-08" not in draft.text and "09.08" not in draft.text, draft.text
    assert bare_articles(draft.text) == [], draft.text


@pytest.mark.parametrize("language", list(LetterLanguage))
@pytest.mark.parametrize("kind", REQUEST_LETTERS)
def test_request_letters_under_both_laws_cite_every_article_with_its_instrument(kind, language):
    draft = request_draft(
        kind,
        language,
        context={"objection_upheld": True},
        **supported_case(kind, frozenset(Regime)),
    )
    assert bare_articles(draft.text) == [], draft.text


def test_bare_articles_are_found():
    assert bare_articles("(art. 18(3))") == ["art. 18(3)"]
    assert bare_articles("(article 7 de la loi 09-08 ; RGPD art. 15)") == []
    assert bare_articles("(المادة 18(3))") == ["المادة 18(3)"]
    assert bare_articles("(المواد 16 و17 من RGPD)") == []


@pytest.mark.parametrize("language", list(LetterLanguage))
def test_erasure_under_law_09_08_is_article_8_a_and_blocking_not_gdpr_restriction(language):
    text = request_draft(
        "erasure-done",
        language,
        regimes=LAW_ONLY,
        rights=frozenset({Right.ERASURE, Right.RESTRICTION}),
        status=RequestStatus.ANSWERED,
        answered_on=date(2026, 11, 20),
    ).text
    cited = {
        "fr": "(article 8(a) de la loi 09-08)",
        "en": "(Article 8(a) of Law 09-08)",
        "ar": "(المادة 8(أ) من القانون رقم 09.08)",
    }
    blocking = {"fr": "Verrouillage", "en": "Blocking", "ar": "الإغلاق"}
    assert text.count(cited[language]) == 2  # erasure, and blocking
    assert blocking[language] in text and "18" not in text
    done = {"fr": "20 novembre 2026", "en": "20 November 2026", "ar": "20 نونبر 2026"}
    assert done[language] in text  # the day it was done: the answer's, not the letter's


@pytest.mark.parametrize("language", list(LetterLanguage))
def test_extension_moves_the_gdpr_date_and_keeps_the_law_09_08_one(language):
    deadlines = {
        Regime.LAW_09_08: DeadlineExplanation(
            date(2026, 12, 2), "policy-internal", "policy", "Politique interne"
        ),
        Regime.GDPR: DeadlineExplanation(
            date(2027, 2, 2), "gdpr-art-12-3-extended", "law", "RGPD art. 12(3), délai prorogé"
        ),
    }
    text = request_draft("extension", language, context={"deadlines": deadlines}).text
    dates = {
        "fr": ("2 février 2027", "2 décembre 2026"),
        "en": ("2 February 2027", "2 December 2026"),
        "ar": ("2 فبراير 2027", "2 دجنبر 2026"),
    }
    gdpr_date, law_date = dates[language]
    assert gdpr_date in text and law_date in text
    assert text.index(gdpr_date) < text.index(law_date)
    not_extended = {
        "fr": "Cette prolongation ne vaut pas pour les droits que vous tenez de la loi 09-08",
        "en": "This extension does not apply to the rights you hold under Law 09-08",
        "ar": "لا يسري هذا التمديد على الحقوق التي يخولها لكم القانون رقم 09.08",
    }
    assert not_extended[language] in text
    gdpr_only = request_draft(
        "extension", language, regimes=GDPR_ONLY, context={"deadlines": deadlines}
    ).text
    assert gdpr_date in gdpr_only and law_date not in gdpr_only
    assert "09-08" not in gdpr_only and "09.08" not in gdpr_only


@pytest.mark.parametrize("language", list(LetterLanguage))
def test_access_reply_speaks_of_a_copy_only_with_an_annex(language):
    with_files = request_draft("access-response", language).text
    without = request_draft("access-response", language, attachments=()).text
    copy = {"fr": "Une copie des données", "en": "A copy of the data", "ar": "نسخة من المعطيات"}
    annex = {"fr": "Annexe", "en": "Annex", "ar": "ملحق"}
    assert copy[language] in with_files and annex[language] in with_files
    assert "---" in with_files
    assert copy[language] not in without and annex[language] not in without
    assert "---" not in without
    for nothing in ("Aucune pièce jointe", "No attachment", "لا توجد مرفقات"):
        assert nothing not in without


def test_access_reply_marks_empty_sections_none_with_the_reason():
    access = AccessDetails(
        categories=ACCESS.categories,
        purposes=ACCESS.purposes,
        retention=ACCESS.retention,
        none=frozenset({"recipients", "source"}),
        none_reason="Données collectées auprès de vous et communiquées à personne.",
    )
    text = request_draft("access-response", "fr", access=access).text
    assert "3. Destinataires ou catégories de destinataires :\nNéant." in text
    # Sections 4 (transfers) and 7 (automated decisions) came with issue 20: source is 6.
    source = next(line for line in text.splitlines() if line.startswith("6. Source des données"))
    assert source.endswith(" : néant.")
    assert "Rubriques marquées « néant » : Données collectées auprès de vous" in (
        ts.without_isolates(text)
    )
    assert "Nous vous confirmons que des données vous concernant sont traitées" in text
    # Nothing at all to give: the reason instead of the five sections.
    nothing = AccessDetails(none=frozenset(ACCESS_SECTIONS), none_reason="Aucun dossier à ce nom.")
    text = request_draft("access-response", "fr", access=nothing, attachments=()).text
    assert "pour la raison suivante : Aucun dossier à ce nom." in ts.without_isolates(text)
    assert "Nous vous confirmons" not in text and "1. Catégories" not in text


def test_refusal_under_law_09_08_alone_does_not_send_to_the_cnil():
    draft = request_draft("refusal", "fr", regimes=frozenset({Regime.LAW_09_08}))
    assert "CNDP" in draft.text and "CNIL" not in draft.text


def test_breach_notification_has_every_article_33_3_item():
    text = flat(text_of(render_letter(breach_draft())))
    facts = make_breach()
    for expected in (
        facts.reference,
        facts.title,
        "atteinte à la confidentialité",
        "atteinte à la disponibilité",
        "clients",
        "1 200",
        "3 400",
        ORGANISATION.dpo_email,
        facts.consequences,
        facts.measures_taken,
        facts.measures_proposed,
        "Connexion suspecte",
        # The organisation's zone: 08:30 UTC, Casablanca on UTC+0 since 20 September 2026.
        "20 novembre 2026 à 08:30 (UTC+00:00)",
        "Motifs du retard",
        facts.delay_reasons,
    ):
        assert flat(expected) in text, expected


def test_breach_notification_in_time_says_nothing_of_a_delay():
    draft = breach_draft(notified_late=False, delay_reasons="")
    assert "Motifs du retard" not in draft.text and "72 heures. Motifs" not in draft.text


def test_late_notification_without_reasons_is_refused():
    with pytest.raises(ValidationError) as caught:
        breach_draft(notified_late=True, delay_reasons=" ")
    assert caught.value.field == "delay_reasons"


@pytest.mark.parametrize("language", list(LetterLanguage))
def test_a_notification_to_the_cndp_is_policy_even_under_both_regimes(language):
    draft = breach_draft("breach-notification", language, authority="cndp")
    assert "CNDP" in draft.recipient_name
    for word in ("RGPD", "GDPR", "article 3", "Article 3", "art. 3", "المادة 33"):
        assert word not in draft.text, (word, draft.text)
    policy = {"fr": "politique interne", "en": "internal policy", "ar": "سياستنا الداخلية"}
    assert policy[language] in draft.text
    reasons = {"fr": "Motifs du retard", "en": "Reasons for the delay", "ar": "أسباب التأخير"}
    assert reasons[language] in draft.text  # late against the policy's 72 hours


@pytest.mark.parametrize("language", list(LetterLanguage))
def test_a_notification_to_an_eu_authority_cites_article_33_with_its_instrument(language):
    draft = breach_draft("breach-notification", language, authority="cnil")
    assert "CNIL" in draft.recipient_name
    cited = {"fr": "article 33(3)(b) du RGPD", "en": "Article 33(3)(b) of the GDPR"}
    assert cited.get(language, "(المادة 33(3)(ب) من RGPD)") in draft.text
    # No bare article: each one is followed by its instrument.
    assert "(art." not in draft.text
    for found in re.finditer(r"(?:article|Article|المادة) 33(?:\(\w\))*", draft.text):
        after = draft.text[found.end() :]
        assert after.startswith((" du RGPD", " of the GDPR", " من RGPD", " من النظام")), after


def test_a_notification_to_another_eu_authority_uses_its_name():
    draft = breach_draft(
        "breach-notification", "fr", authority="other", authority_name="Garante privacy"
    )
    assert draft.recipient_name == "Garante privacy" and draft.recipient_address == ""
    assert "En application de l'article 33 du RGPD" in draft.text


def test_late_reasons_are_asked_in_the_words_of_the_addressee():
    with pytest.raises(ValidationError) as caught:
        breach_draft(notified_late=True, delay_reasons="", authority="cndp")
    assert "politique interne" in caught.value.message()
    assert "RGPD" not in caught.value.message()
    with pytest.raises(ValidationError) as caught:
        breach_draft(notified_late=True, delay_reasons="", authority="cnil")
    assert "RGPD art. 33(1)" in caught.value.message()


def test_breach_communication_is_addressed_to_the_people():
    draft = breach_draft("breach-communication", "en")
    assert draft.recipient_name == "To the persons concerned"
    text = flat(text_of(render_letter(draft)))
    assert flat(make_breach().advice) in text and flat(ORGANISATION.dpo_email) in text


# ----------------------------------------------------------------------------- hostile text


@pytest.mark.parametrize("name", ["<b>x</b> & co", "<img src=x>", "=1+1", "a &amp; b <br/>"])
def test_hostile_names_appear_literally(name):
    pdf = render_letter(request_draft("acknowledgement", "fr", requester_name=name))
    assert flat(name) in flat(text_of(pdf))


def test_placeholder_syntax_in_a_name_stays_text():
    draft = request_draft(requester_name="{{ organisation.name }}", subject_name="{% if x %}")
    assert "{{ organisation.name }}" in draft.recipient_name
    assert flat("{{ organisation.name }}") in flat(text_of(render_letter(draft)))


def test_control_and_bidi_override_characters_are_stripped():
    name = "Ali\x00\x07 Ben\u202eXYZ\u2066\ufeff"
    draft = request_draft(requester_name=name)
    assert draft.recipient_name == "Ali BenXYZ"
    text = text_of(render_letter(draft))
    assert "Ali BenXYZ" in text and "\x07" not in text and "\u202e" not in text


@pytest.mark.parametrize("name", ["A" * 2000, "Mot " * 500, "م" * 2000])
def test_a_2000_character_name_wraps(name):
    for language in ("fr", "ar"):
        pdf = render_letter(request_draft("acknowledgement", language, requester_name=name))
        reader = PdfReader(io.BytesIO(pdf))
        assert len(reader.pages) >= 1
        if name.startswith("A"):  # every character printed, across lines and pages
            assert flat(text_of(pdf)).count("A") >= 2000


def test_a_2000_character_organisation_name_wraps():
    from dataclasses import replace

    long = replace(ORGANISATION, name="Organisation " * 150)
    pdf = render_letter(request_draft(organisation=long))
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 1


# ----------------------------------------------------------------------------- the PDF


def test_metadata_title_and_author():
    draft = request_draft("refusal", "fr")
    meta = PdfReader(io.BytesIO(render_letter(draft))).metadata
    assert meta.title == "Refus motivé — DSR-2026-0001"
    assert meta.author == "Salma Benjelloun (Najhine SARL)"
    assert meta.title == draft.title


def test_arabic_metadata_title():
    draft = request_draft("refusal", "ar")
    meta = PdfReader(io.BytesIO(render_letter(draft))).metadata
    assert meta.title == "رفض معلل — DSR-2026-0001"


def test_page_numbers_on_a_two_page_letter():
    draft = request_draft()
    long = draft.with_text(draft.text + "\n".join(["Paragraphe de remplissage."] * 40))
    pages = pages_text(render_letter(long))
    assert len(pages) == 2
    assert "1/2" in pages[0] and "2/2" in pages[1]
    assert "DSR-2026-0001" in pages[1]  # running head on the following page


def test_signature_is_not_left_alone_on_a_page():
    draft = request_draft()
    seen_two_pages = False
    for filler in range(10, 40, 2):
        padding = "\n".join(["Ligne."] * filler)
        long = draft.with_text(f"{draft.subject}\n\n{padding}\n{draft.body}")
        pages = [flat(page) for page in pages_text(render_letter(long))]
        seen_two_pages |= len(pages) > 1
        signed = next(
            page for page in pages if flat("Délégué à la protection des données (DPO)") in page
        )
        assert flat("salutations distinguées") in signed
    assert seen_two_pages


def test_logo_is_drawn_and_a_broken_logo_is_refused():
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (300, 100), (20, 80, 160)).save(buffer, format="PNG")
    context = request_context(
        ORGANISATION,
        make_request(),
        "acknowledgement",
        "fr",
        letter_date=LETTER_DAY,
        logo=buffer.getvalue(),
    )
    pdf = render_letter(draft_letter(context))
    assert b"/Subtype /Image" in pdf
    broken = draft_letter(context)
    with pytest.raises(ValidationError):
        render_letter(LetterDraft(**{**broken.__dict__, "logo": b"not an image"}))


def test_external_validators_accept_the_pdf(tmp_path):
    path = tmp_path / "lettre.pdf"
    path.write_bytes(render_letter(request_draft("access-response", "ar")))
    checked = 0
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True)
        assert info.returncode == 0 and "Pages:" in info.stdout
        checked += 1
    if shutil.which("qpdf"):
        result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
        checked += 1
    if not checked:
        pytest.skip("neither pdfinfo nor qpdf is installed")


# ----------------------------------------------------------------------------- drafts


def test_edited_draft_keeps_its_subject_line():
    draft = request_draft()
    edited = draft.with_text("Nouvel objet\n\nTexte revu par le service juridique.")
    assert edited.subject == "Nouvel objet"
    assert flat("Texte revu") in flat(text_of(render_letter(edited)))
    with pytest.raises(ValidationError):
        draft.with_text("Pas de ligne d'objet ni de corps")


def test_custom_template_is_validated_before_filling():
    context = request_context(
        ORGANISATION, make_request(), "acknowledgement", "fr", letter_date=LETTER_DAY
    )
    with pytest.raises(ValidationError):
        draft_letter(context, "Objet\n\n{{ request.secret }}")
    draft = draft_letter(
        context, "Objet {{ request.reference }}\n\nBonjour {{ request.requester_name }}."
    )
    assert draft.subject == "Objet \u2068DSR-2026-0001\u2069"  # the value isolated


def test_request_kinds_and_breach_kinds_do_not_mix():
    with pytest.raises(ValidationError):
        request_context(
            ORGANISATION, make_request(), "breach-notification", "fr", letter_date=LETTER_DAY
        )
    with pytest.raises(ValidationError):
        breach_context(ORGANISATION, make_breach(), "refusal", "fr", letter_date=LETTER_DAY)


def test_deadline_explanation_overrides_the_stored_due_date():
    context = request_context(
        ORGANISATION,
        make_request(),
        "acknowledgement",
        "en",
        letter_date=LETTER_DAY,
        deadline=DeadlineExplanation(
            date(2026, 12, 2), "policy-internal", "policy", "Politique interne"
        ),
    )
    text = draft_letter(context).text
    assert "2 December 2026" in text and "Internal policy" in text
    assert "our organisation's own commitment" in text


# ----------------------------------------------------------------------------- words


def test_dates_per_language():
    assert format_date(date(2026, 11, 25), "fr") == "25 novembre 2026"
    assert format_date(date(2026, 12, 1), "fr") == "1er décembre 2026"
    assert format_date(date(2026, 11, 25), "en") == "25 November 2026"
    assert format_date(date(2026, 11, 25), "ar") == "25 نونبر 2026"
    assert format_date(date(2026, 8, 3), "ar") == "3 غشت 2026"


def test_instants_in_the_organisation_zone_across_ramadan():
    # Morocco is at UTC+0 during Ramadan 2026 (15 February - 22 March), UTC+1 otherwise.
    during = datetime(2026, 3, 1, 10, 0, tzinfo=UTC)
    after = datetime(2026, 3, 30, 10, 0, tzinfo=UTC)
    assert format_instant(during, "fr", "Africa/Casablanca") == "1er mars 2026 à 10:00 (UTC+00:00)"
    assert format_instant(after, "en", "Africa/Casablanca") == "30 March 2026 at 11:00 (UTC+01:00)"
    with pytest.raises(ValidationError):
        format_instant(datetime(2026, 3, 1, 10, 0), "fr", "Africa/Casablanca")


def test_every_domain_label_a_letter_prints_has_its_translations():
    labels = [
        *RIGHT_LABELS.values(),
        *REGIME_LABELS.values(),
        *CHANNEL_LABELS.values(),
        # The refusal's citations are written per law by format_citation, not labels.
        *REFUSAL_REASON_LABELS.values(),
        *CITATIONS.values(),
        *RULE_LABELS.values(),
        *BASIS_LABELS.values(),
        *LETTER_KIND_LABELS.values(),
    ]
    missing = [label for label in labels if not has_term(label)]
    assert missing == []


# ----------------------------------------------------------------------------- Arabic


def test_lines_are_broken_before_reordering():
    """The first line on the page holds the first words of the paragraph.

    Reordering a whole paragraph and then breaking it would put its *last* words on the
    first line: each line looks right, and the paragraph reads from the bottom up.
    """
    words = ["البداية"] + ["كلمة"] * 60 + ["النهاية"]
    draft = request_draft("acknowledgement", "ar")
    pdf = render_letter(draft.with_text("موضوع\n\n" + " ".join(words)))
    lines = [unicodedata.normalize("NFKC", line) for line in pages_text(pdf)[0].splitlines()]

    def line_of(word):
        return next(i for i, line in enumerate(lines) if word in line or word[::-1] in line)

    assert line_of("البداية") < line_of("النهاية")


def test_visual_order_of_an_arabic_line():
    logical = ts.shape("طلبكم رقم DSR-2026-0001 (Maroc)")
    shown = ts.visual(logical, rtl=True)
    # Right to left: the first Arabic word is drawn last (at the right) ...
    assert shown.endswith(ts.shape("طلبكم")[::-1])
    # ... while the reference and the bracketed Latin word keep their order and brackets.
    assert "DSR-2026-0001" in shown and "(Maroc)" in shown
    assert shown.startswith("DSR-2026-0001 (Maroc) ")


def test_brackets_around_arabic_are_mirrored():
    shown = ts.visual(ts.shape("الرقم (المرجع) هنا"), rtl=True)
    # Drawn left to right, the bracket on the left of the Arabic word must open to the right.
    inner = shown[shown.index("(") : shown.index(")") + 1]
    assert inner.startswith("(") and inner.endswith(")")


def test_the_bidi_levels_come_from_the_full_algorithm():
    """python-bidi's Rust binding gives levels through its debug output: if an upgrade
    changed that output, this fails rather than letting letters fall back silently."""
    assert ts._levels("abc (ملف) def", False) == [0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0]


def test_french_words_are_not_reordered():
    assert ts.visual("Réf. : DSR-2026-0001 (copie)", rtl=False) == "Réf. : DSR-2026-0001 (copie)"


def test_clean_text_keeps_joiners_and_drops_controls():
    assert ts.clean_text("a\u200cb\x1b[31mc\r\nd") == "a\u200cb[31mc\nd"
    assert ts.clean_text("x\ny", multiline=False) == "x y"


@pytest.mark.parametrize("language", list(LetterLanguage))
@pytest.mark.parametrize("kind", list(LetterKind))
@pytest.mark.parametrize(
    "regimes",
    [frozenset({Regime.LAW_09_08}), frozenset({Regime.GDPR}), frozenset(Regime)],
    ids=["09-08", "gdpr", "both"],
)
def test_conditional_text_leaves_no_stray_punctuation(kind, language, regimes):
    if kind in BREACH_KINDS:
        draft = breach_draft(kind, language, regimes=regimes, description="", advice="")
    else:
        draft = request_draft(kind, language, regimes=regimes, extension_reason="")
    assert not re.search(r" [.,،]|\(\s*\)| {2,}|\n{3,}", draft.text), draft.text
    if Regime.GDPR not in regimes:
        assert "CNIL" not in draft.text
    if Regime.GDPR not in regimes and kind in BREACH_KINDS:
        # A breach under Law 09-08 alone never borrows the GDPR's words.
        assert "RGPD" not in draft.text and "GDPR" not in draft.text, draft.text
