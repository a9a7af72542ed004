"""The translation catalogues, read without Qt: one source of words for every layer.

The UI translates through Qt's compiled ``.qm`` files; letters, the CLI and the Excel
export are built without Qt, in a language chosen per document rather than the UI's.
They read the same Qt Linguist ``.ts`` files (``resources/translations``) here, so a
label such as "Droit d'accès" has exactly one English and one Arabic wording, whoever
prints it. Source strings are French: French needs no catalogue, but for its counts.

Only finished translations count: an entry that a translator has not validated yet
(``type="unfinished"``), or an obsolete one, falls back to the French source, as Qt does.

A count (a ``%n`` message, ``translate_count``) takes the form Qt would show: the
catalogue holds one form per plural category of the language (two in French and English,
six in Arabic; French's own catalogue says « 1 jour », « 2 jours » where the source says
« jour(s) »), and the category of a number comes from CLDR's plural rules, read with babel.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import cache
from pathlib import Path

from babel import Locale

from dpo_desk.resources import resources_dir

SOURCE_LANGUAGE = "fr"
LANGUAGES = ("fr", "ar", "en")

_SKIPPED = {"unfinished", "obsolete", "vanished"}

# The <numerusform>s of a %n message, in the order Qt Linguist writes them for each
# language, named by their CLDR plural category. CLDR's French has a third category,
# "many" (un million de jours), which Qt folds into its plural form: a category not
# listed takes the last form.
_FORM_CATEGORIES = {
    "fr": ("one", "other"),
    "en": ("one", "other"),
    "ar": ("zero", "one", "two", "few", "many", "other"),
}

_Key = tuple[str, str]  # (context, French source)


def catalogue_path(language: str) -> Path:
    return resources_dir() / "translations" / f"dpo_desk_{language}.ts"


@cache
def _entries(language: str) -> tuple[dict[_Key, str], dict[_Key, tuple[str, ...]]]:
    """The finished entries of a catalogue, cached per language: {key: translation} (a %n
    message by its first form) and {key: every form} of the %n messages."""
    path = catalogue_path(language)
    texts: dict[_Key, str] = {}
    counted: dict[_Key, tuple[str, ...]] = {}
    if not path.exists():
        return texts, counted
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in _SKIPPED:
                continue
            key = (name, message.findtext("source") or "")
            forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            if message.get("numerus") == "yes" and forms:
                counted[key] = forms
            text = forms[0] if forms else (translation.text or "")
            if text:
                texts[key] = text
    return texts, counted


def _catalogue(language: str) -> dict[_Key, str]:
    """{(context, source): translation} of the finished entries. French is the source:
    nothing to translate (its catalogue only gives the forms of counts)."""
    return {} if language == SOURCE_LANGUAGE else _entries(language)[0]


def lookup(context: str, text: str, language: str) -> str | None:
    """The finished translation of ``text`` in ``context``, or None."""
    return _catalogue(language).get((context, text))


def translate(context: str, text: str, language: str) -> str:
    """``text`` (a French source string) in ``language``; the source when not translated."""
    if language == SOURCE_LANGUAGE or not text:
        return text
    return lookup(context, text, language) or text


def plural_form(count: int, language: str) -> int:
    """The index of the form ``count`` takes among a %n message's forms in ``language``."""
    categories = _FORM_CATEGORIES.get(language)
    if categories is None:
        return 0
    category = Locale.parse(language).plural_form(count)
    return categories.index(category) if category in categories else len(categories) - 1


def translate_count(context: str, text: str, count: int, language: str) -> str:
    """The %n message ``text`` for ``count`` in ``language``, as Qt shows it: the plural
    form the language's rule picks, %n replaced by the number. French reads its forms from
    its own catalogue too ("%n jour(s)" → "1 jour", "2 jours"); without a finished entry
    the source is shown, as Qt does."""
    forms = _entries(language)[1].get((context, text), ())
    form = forms[min(plural_form(count, language), len(forms) - 1)] if forms else ""
    return (form or text).replace("%n", str(count))


def translator(language: str) -> Callable[[str, str], str]:
    """A ``translate(context, text)`` bound to one language (what the Excel export takes)."""
    return lambda context, text: translate(context, text, language)


def clear_cache() -> None:
    """Forget the loaded catalogues (tests that rewrite a .ts, or after an update)."""
    _entries.cache_clear()
