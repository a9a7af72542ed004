"""Every character of a letter is drawn, or the letter is refused naming field and character."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from dpo_desk.documents import pdf
from dpo_desk.documents import typesetting as ts
from dpo_desk.documents.kinds import LetterLanguage
from dpo_desk.documents.letters import draft_letter, request_context
from dpo_desk.documents.pdf import (
    UnprintableCharacter,
    check_context,
    check_draft,
    check_text,
    render_letter,
)
from dpo_desk.domain.errors import ValidationError
from tests.documents.letter_data import ORGANISATION, make_request
from tests.documents.test_letters_pdf import LETTER_DAY, request_draft, text_of

TIFINAGH_NAME = "ⵎⵓⵃⵎⵎⴷ ⴰⵎⴰⵣⵉⵖ"  # Tifinagh, an official script of Morocco
NO_FONT_HAS = "王"  # CJK: none of the letter fonts draws it


def fonts_of(data: bytes) -> dict[str, bool]:
    """Each font the PDF uses (subset prefix removed) -> whether its file is embedded."""
    found: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            found[str(font["/BaseFont"]).split("+")[-1]] = embedded
    return found


def context(language="fr", **changes):
    return request_context(
        ORGANISATION,
        make_request(**changes),
        "acknowledgement",
        language,
        letter_date=LETTER_DAY,
        place="Casablanca",
    )


# ----------------------------------------------------------------------------- fonts


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_a_tifinagh_name_is_drawn_in_the_tifinagh_font(language):
    data = render_letter(request_draft("acknowledgement", language, requester_name=TIFINAGH_NAME))
    assert "NotoSansTifinagh-Regular" in fonts_of(data)
    # The characters are there (extracted through the font's ToUnicode map).
    extracted = text_of(data)
    assert all(word in extracted or word[::-1] in extracted for word in TIFINAGH_NAME.split())


def test_emoji_and_symbols_are_drawn_in_the_fallback_fonts():
    name = "Amélie 😀 Lefèvre ✓"
    data = render_letter(request_draft("acknowledgement", "fr", requester_name=name))
    used = fonts_of(data)
    assert "NotoEmoji-Regular" in used and "NotoSansSymbols2-Regular" in used
    # reportlab writes the ToUnicode entry of a character beyond U+FFFF unpaired
    # (<1F600>), which pypdf cannot read back: only the symbol is checked in the text.
    assert "✓" in text_of(data)


def test_font_choice_per_character():
    pdf._register_fonts()
    regular, _ = pdf._font_choices(LetterLanguage.FR)
    assert regular.font_for("a") == "DPODesk-Sans"
    assert regular.font_for("م") == "DPODesk-Arabic"
    assert regular.font_for("ⵣ") == "DPODesk-Tifinagh"
    assert regular.font_for("✓") == "DPODesk-Symbols"
    assert regular.font_for("😀") == "DPODesk-Emoji"
    # A space after an emoji is the text's, not the emoji font's (as wide as an emoji).
    assert ts.runs("😀 b", regular) == [("😀", "DPODesk-Emoji"), (" b", "DPODesk-Sans")]


def test_every_font_file_loads_as_truetype_and_has_its_script():
    pdf._register_fonts()
    for name in pdf._FONT_FILES:
        assert ts._glyphs(name), name  # glyf outlines read by reportlab's TTFont
    assert all(code in ts._glyphs("DPODesk-Tifinagh") for code in range(0x2D30, 0x2D68))


# ----------------------------------------------------------------------------- refusals


def test_a_character_no_font_has_is_refused_naming_field_and_character():
    with pytest.raises(UnprintableCharacter) as caught:
        check_context(context(requester_name=f"Amélie {NO_FONT_HAS}"))
    error = caught.value
    assert isinstance(error, ValidationError)
    assert error.field == "recipient_name"
    message = error.message()
    assert "« Nom du demandeur »" in message
    assert f"« {NO_FONT_HAS} » (U+738B)" in message
    # The label is a message id of the template editor's fields: the UI translates it.
    translated = error.message(translate_in=lambda ctx, text: f"[{ctx}] {text}")
    assert "[LetterField] Nom du demandeur" in translated


def test_a_value_is_named_by_its_placeholder_description():
    draft_context = context(extension_reason=f"Archives {NO_FONT_HAS}")
    template = "Objet\n\nMotif : {{ extension.reasons }}"
    with pytest.raises(UnprintableCharacter) as caught:
        check_context(draft_context, template)
    assert caught.value.field == "extension.reasons"
    assert "« Motifs de la prorogation »" in caught.value.message()
    # A value the template does not print cannot spoil the letter.
    check_context(draft_context, "Objet\n\nRéf. {{ request.reference }}")


def test_the_renderer_refuses_rather_than_drop_a_character():
    draft = draft_letter(context())
    edited = draft.with_text(f"Objet\n\nTexte {NO_FONT_HAS}.")
    with pytest.raises(UnprintableCharacter) as caught:
        render_letter(edited)
    assert caught.value.field == "text" and "« Texte du courrier »" in caught.value.message()
    with pytest.raises(UnprintableCharacter):
        check_draft(edited)
    with pytest.raises(UnprintableCharacter):
        check_text("Objet\n\nScribe \U00013000", "fr")  # an Egyptian hieroglyph


def test_what_draws_nothing_is_not_a_missing_glyph():
    # Variation selectors are dropped, joiners kept, isolates never drawn.
    check_text("Objet\n\n❤️ ok ‍ ‌ \u2068x\u2069", "fr")
    assert ts.clean_text("❤️✉︎") == "❤✉"
    assert ts.clean_text("a\u200db\u200cc") == "a\u200db\u200cc"
    render_letter(draft_letter(context(requester_name="Nour ❤️ 👩‍💻")))


def test_every_script_the_letters_know_passes_the_check():
    check_text(f"Objet\n\nÉté « ok » — €, محمد, {TIFINAGH_NAME}, 😀 ✓ ☎ m² ﬁ", "fr")
    check_text(f"موضوع\n\nمحمد {TIFINAGH_NAME} Amélie 😀", "ar")


# ----------------------------------------------------------------------------- widths


def test_full_and_half_width_forms_become_ordinary_characters():
    assert ts.clean_text("ＤＳＲ－２０２６ （Ｍａｒｏｃ）") == "DSR-2026 (Maroc)"
    assert ts.clean_text("ｱ ￦") == "ア ₩"  # half-width katakana and won sign: <narrow>
    # Other compatibility forms keep what the person wrote.
    assert ts.clean_text("12 m², ﬁn, ½, ℡, ²") == "12 m², ﬁn, ½, ℡, ²"


def test_a_full_width_name_is_printed_with_ordinary_letters():
    draft = request_draft("acknowledgement", "fr", requester_name="Ｓａｌｍａ")
    assert draft.recipient_name == "Salma"
    assert "Salma" in text_of(render_letter(draft))


def test_the_refusal_message_is_one_translatable_sentence():
    assert re.search(r"\{label\}.*\{char\}.*\{code\}", pdf.ERR_UNPRINTABLE)
