"""The letter template language: small, whitelisted, and unable to run code."""

from __future__ import annotations

import pytest

from dpo_desk.documents.kinds import BREACH_KINDS, REQUEST_KINDS, LetterKind, LetterLanguage
from dpo_desk.documents.letters import default_template
from dpo_desk.documents.templates import (
    BULLET,
    Placeholder,
    fill,
    placeholders_for,
    validate_template,
)
from dpo_desk.domain.errors import ValidationError

KNOWN = {
    name: Placeholder(name, "")
    for name in ("request.reference", "person", "items", "flag", "other")
}


def body(*lines: str) -> str:
    return "Objet\n\n" + "\n".join(lines)


def error_of(text: str, kind: str = "acknowledgement") -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        validate_template(kind, text)
    return caught.value


# ----------------------------------------------------------------------------- rejection


def test_unknown_placeholder_is_named_with_its_line():
    error = error_of(body("Bonjour,", "", "Votre dossier {{ request.nope }} est ouvert."))
    assert error.values == {"name": "request.nope", "line": 5}
    assert "request.nope" in error.message() and "5" in error.message()
    assert error.field == "template"


@pytest.mark.parametrize(
    "tag",
    [
        "{{ __class__ }}",
        "{{ request.__init__ }}",
        "{{ request.reference.__class__ }}",
        "{{ request.reference.__class__.__mro__ }}",
        "{{ __builtins__ }}",
        "{{ self }}",
        "{{ config }}",
        "{% if __import__ %}x{% endif %}",
    ],
)
def test_python_internals_are_unknown_names(tag):
    error = error_of(body(tag))
    assert error.values["name"] in tag


@pytest.mark.parametrize(
    "tag",
    [
        "{{ ''.__class__ }}",
        "{{ request['reference'] }}",
        "{{ request.reference() }}",
        "{{ request.reference|upper }}",
        "{{ 7*7 }}",
        "{{ }}",
        "{{ request.reference",
        "request.reference }}",
        "{% for item in attachments %}{{ item }}{% endfor %}",
        "{% import os %}",
        "{% set x = 1 %}",
        "{% include 'x' %}",
        "{# comment #} {%",
    ],
)
def test_anything_but_a_name_or_if_is_malformed(tag):
    error = error_of(body(tag))
    assert error.values.get("line") == 3


def test_breach_fields_are_unknown_in_request_letters_and_back():
    assert error_of(body("{{ breach.reference }}")).values["name"] == "breach.reference"
    error = error_of(body("{{ request.reference }}"), "breach-notification")
    assert error.values["name"] == "request.reference"


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (body("{% if regime.gdpr %}", "texte"), 3),  # never closed: the line it opened
        (body("texte", "{% endif %}"), 4),
        (body("{% else %}"), 3),
        (body("{% if regime.gdpr %}a{% else %}b{% else %}c{% endif %}"), 3),
    ],
)
def test_unbalanced_blocks(text, line):
    assert error_of(text).values["line"] == line


@pytest.mark.parametrize(
    "text", ["", "   \n", "Objet seul", "Objet\nsans ligne vide\n", "Objet\n\n"]
)
def test_subject_line_then_blank_line_then_body(text):
    error_of(text)


def test_unknown_kind():
    with pytest.raises(ValidationError):
        validate_template("lettre-anonyme", body("x"))
    with pytest.raises(ValidationError):
        placeholders_for("lettre-anonyme")


# ----------------------------------------------------------------------------- filling


def test_values_are_inserted_once_never_read_as_template():
    text = fill(body("Bonjour {{ person }}."), KNOWN, {"person": "{{ request.reference }} {% if"})
    assert "Bonjour \u2068{{ request.reference }} {% if\u2069." in text


def test_list_alone_on_its_line_becomes_bullets_inline_it_is_joined():
    template = body("Pièces : {{ items }}.", "  {{ items }}", "Fin.")
    text = fill(template, KNOWN, {"items": ("a.pdf", " ", "b.xlsx")})
    # Each value in its own bidi isolate (U+2068 … U+2069), the separator outside.
    assert "Pièces : \u2068a.pdf\u2069, \u2068b.xlsx\u2069." in text
    assert f"  {BULLET} \u2068a.pdf\u2069\n  {BULLET} \u2068b.xlsx\u2069\nFin." in text


def test_an_empty_list_takes_its_line_away():
    text = fill(body("Avant", "{{ items }}", "Après"), KNOWN, {"items": ()})
    assert text == "Objet\n\nAvant\nAprès\n"


def test_if_else_nested_and_statement_lines_vanish():
    template = body(
        "Début",
        "{% if flag %}",
        "Oui{% if other %}, et aussi{% else %}, seul{% endif %}.",
        "{% else %}",
        "Non.",
        "{% endif %}",
        "Fin",
    )
    assert (
        fill(template, KNOWN, {"flag": True, "other": "x"})
        == "Objet\n\nDébut\nOui, et aussi.\nFin\n"
    )
    assert fill(template, KNOWN, {"flag": True, "other": ""}) == "Objet\n\nDébut\nOui, seul.\nFin\n"
    assert fill(template, KNOWN, {"flag": False}) == "Objet\n\nDébut\nNon.\nFin\n"


def test_false_blocks_leave_at_most_one_blank_line():
    template = body("A", "", "{% if flag %}", "B", "", "{% endif %}", "C")
    assert fill(template, KNOWN, {"flag": False}) == "Objet\n\nA\n\nC\n"
    assert fill(template, KNOWN, {"flag": True}) == "Objet\n\nA\n\nB\n\nC\n"


def test_windows_line_ends_are_accepted():
    text = fill("Objet\r\n\r\nRéf. {{ request.reference }}\r\n", KNOWN, {"request.reference": "R"})
    assert text == "Objet\n\nRéf. \u2068R\u2069\n"


def test_validate_returns_the_names_used():
    names = validate_template(
        "acknowledgement", body("{{ request.reference }} {% if regime.gdpr %}{% endif %}")
    )
    assert names == ("request.reference", "regime.gdpr")


# ----------------------------------------------------------------------------- whitelist


def test_placeholders_are_documented_and_split_by_family():
    for kind in LetterKind:
        found = placeholders_for(kind)
        names = [p.name for p in found]
        assert len(names) == len(set(names))
        assert all(p.description and p.kind in {"text", "list", "flag"} for p in found)
        assert all("__" not in name for name in names)
    request_names = {p.name for p in placeholders_for(LetterKind.REFUSAL)}
    breach_names = {p.name for p in placeholders_for(LetterKind.BREACH_NOTIFICATION)}
    assert "request.reference" in request_names - breach_names
    assert "breach.timeline" in breach_names - request_names
    assert len(REQUEST_KINDS) == 8 and len(BREACH_KINDS) == 2


@pytest.mark.parametrize("language", list(LetterLanguage))
@pytest.mark.parametrize("kind", list(LetterKind))
def test_every_shipped_template_validates(kind, language):
    text = default_template(kind, language)
    names = validate_template(kind, text)
    assert names, "a template without a placeholder is not a template"
    reference = "breach.reference" if kind in BREACH_KINDS else "request.reference"
    assert reference in names
