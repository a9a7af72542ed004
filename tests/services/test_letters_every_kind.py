"""Every request letter, in every language, under each law: the right instrument only,
and the town on the date line (issue 20: "text checks of every kind in three languages").

A case under Law 09-08 alone never cites the GDPR, nor names the CNIL; a case under the
GDPR alone never cites Law 09-08. The draft text (what legal staff review) and the
printed PDF (what is sent) are both read.
"""

from __future__ import annotations

import re

import pytest

from dpo_desk.documents.kinds import LetterLanguage
from dpo_desk.documents.typesetting import without_isolates
from dpo_desk.services import letters as svc
from tests.services.test_letters import (
    ACC,
    BOTH,
    ERA,
    GDPR,
    LAW,
    OBJ,
    REC,
    _request_in_state,
    pdf_text,
)

# kind → (rights, workflow steps) of a case that supports it.
CASES = {
    "acknowledgement": ({ACC}, []),
    "identity-request": ({ACC}, ["identity"]),
    "extension": ({ACC}, ["start", "extend"]),
    "access-response": ({ACC}, ["start"]),
    "rectification-done": ({REC}, ["start", "answer"]),
    "erasure-done": ({ERA}, ["start", "answer"]),
    "objection-response": ({OBJ}, ["start", "answer"]),
    "refusal": ({ACC}, ["refuse:identity_not_established"]),
}

GDPR_WORDS = re.compile(
    r"RGPD|GDPR|CNIL|2016/679|Règlement \(UE\)|Regulation \(EU\)|النظام الأوروبي", re.I
)
LAW_09_08_WORDS = re.compile(r"09[-.‑]08")

ROWS = [
    (kind, regime, language)
    for kind in CASES
    for regime in ("law-09-08", "gdpr", "both")
    for language in ("fr", "ar", "en")
    if not (kind == "extension" and regime == "law-09-08")  # 09-08 has no extension
]


@pytest.mark.parametrize(("kind", "regime", "language"), ROWS)
def test_every_kind_cites_its_own_law_only(register, frozen_clock, kind, regime, language):
    regimes = {"law-09-08": LAW, "gdpr": GDPR, "both": BOTH}[regime]
    rights, steps = CASES[kind]
    req = _request_in_state(register, frozen_clock, regimes, rights, steps)
    letter = svc.letter_for(
        register, req.reference, kind, language, clock=frozen_clock, access_none_reason="Néant."
    )
    text = without_isolates(letter.text)
    printed = pdf_text(
        svc.letter_pdf(
            register,
            req.reference,
            kind,
            language,
            clock=frozen_clock,
            access_none_reason="Néant.",
        )
    )
    assert letter.place == "Casablanca"
    if regime == "law-09-08":
        assert not GDPR_WORDS.search(text), GDPR_WORDS.search(text)
        assert not GDPR_WORDS.search(printed), GDPR_WORDS.search(printed)
    if regime == "gdpr":
        assert not LAW_09_08_WORDS.search(text), LAW_09_08_WORDS.search(text)
        assert not LAW_09_08_WORDS.search(printed), LAW_09_08_WORDS.search(printed)
    if regime == "both" and kind != "identity-request":
        # Both laws cited (the identity request cites GDPR Art. 12(6) only: Law 09-08
        # has no article on proof of identity, docs/letters-review.md).
        assert GDPR_WORDS.search(text) and LAW_09_08_WORDS.search(text)
    # The date line: the town, in the letter's language (pypdf reads Arabic glyphs as
    # presentation forms, so the Arabic town is checked on the printed line's source).
    if LetterLanguage(language) is LetterLanguage.AR:
        from dpo_desk.documents.pdf import _place_and_date

        assert without_isolates(_place_and_date(letter, letter.language)).startswith(
            "الدار البيضاء في "
        )
    else:
        assert "Casablanca, " in printed
