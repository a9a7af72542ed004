"""The Qt-free catalogue reader, and the letters that print its words."""

from __future__ import annotations

from datetime import date

import pytest

from dpo_desk import translations
from dpo_desk.documents.letters import has_term, request_context, term
from dpo_desk.domain.requests.workflow import CHANNEL_LABELS, RIGHT_LABELS, Channel, Right
from tests.documents.letter_data import ACCESS, ORGANISATION, make_request

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>Right</name>
    <message>
        <source>Droit d&apos;accès</source>
        <translation>Right of access</translation>
    </message>
    <message>
        <source>Droit de rectification</source>
        <translation type="unfinished">Draft wording</translation>
    </message>
    <message numerus="yes">
        <source>%n jour(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def scratch_catalogue(tmp_path, monkeypatch):
    (tmp_path / "translations").mkdir()
    (tmp_path / "translations" / "dpo_desk_en.ts").write_text(TS, encoding="utf-8")
    monkeypatch.setattr(translations, "resources_dir", lambda: tmp_path)
    translations.clear_cache()
    yield
    translations.clear_cache()


def test_finished_entries_translate_and_the_rest_falls_back_to_french(scratch_catalogue):
    assert translations.translate("Right", "Droit d'accès", "en") == "Right of access"
    # Unfinished: a translator has not validated it, so the French source is shown.
    assert translations.translate("Right", "Droit de rectification", "en") == (
        "Droit de rectification"
    )
    assert translations.lookup("Right", "Droit de rectification", "en") is None
    # The context matters: the same words elsewhere are another message.
    assert translations.translate("Other", "Droit d'accès", "en") == "Droit d'accès"
    assert translations.translate("Right", "%n jour(s)", "en") == "%n day"
    # With its count, a %n message takes the form of its plural category.
    assert translations.translate_count("Right", "%n jour(s)", 1, "en") == "1 day"
    assert translations.translate_count("Right", "%n jour(s)", 0, "en") == "0 days"
    assert translations.translate_count("Right", "%n mois", 2, "en") == "2 mois"
    # French is the source; an unknown language has no catalogue.
    assert translations.translate("Right", "Droit d'accès", "fr") == "Droit d'accès"
    assert translations.translate("Right", "Droit d'accès", "de") == "Droit d'accès"
    assert translations.translator("en")("Right", "Droit d'accès") == "Right of access"


def test_the_committed_english_catalogue_names_the_rights_in_gdpr_terms():
    translations.clear_cache()
    assert translations.translate("Right", RIGHT_LABELS[Right.ERASURE], "en") == (
        "Right to erasure"
    )
    assert translations.translate("RequestsSection", "Demandes", "en") == "Requests"


def test_letters_take_their_words_from_the_catalogue():
    translations.clear_cache()
    assert term(RIGHT_LABELS[Right.OBJECTION], "en") == "Right to object"
    assert term(RIGHT_LABELS[Right.OBJECTION], "fr") == "Droit d'opposition"
    assert term("Pas une étiquette connue", "en") == "Pas une étiquette connue"
    assert not has_term("Pas une étiquette connue")


def test_an_english_letter_writes_the_channel_mid_sentence():
    translations.clear_cache()
    assert translations.translate("Channel", CHANNEL_LABELS[Channel.EMAIL], "en") == "E-mail"
    context = request_context(
        ORGANISATION,
        make_request(channel=Channel.EMAIL),
        "acknowledgement",
        "en",
        letter_date=date(2026, 11, 25),
        place="Casablanca",
        access=ACCESS,
    )
    assert context.values["request.channel"] == "e-mail"
