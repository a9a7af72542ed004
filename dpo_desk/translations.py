"""The translation catalogues, read without Qt: one source of words for every layer.

The UI translates through Qt's compiled ``.qm`` files; letters, the CLI and the Excel
export are built without Qt, in a language chosen per document rather than the UI's.
They read the same Qt Linguist ``.ts`` files (``resources/translations``) here, so a
label such as "Droit d'accès" has exactly one English and one Arabic wording, whoever
prints it. Source strings are French: French needs no catalogue.

Only finished translations count: an entry that a translator has not validated yet
(``type="unfinished"``), or an obsolete one, falls back to the French source, as Qt does.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import cache
from pathlib import Path

from dpo_desk.resources import resources_dir

SOURCE_LANGUAGE = "fr"
LANGUAGES = ("fr", "ar", "en")

_SKIPPED = {"unfinished", "obsolete", "vanished"}


def catalogue_path(language: str) -> Path:
    return resources_dir() / "translations" / f"dpo_desk_{language}.ts"


@cache
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    """{(context, source): translation} of the finished entries; cached per language."""
    path = catalogue_path(language)
    if language == SOURCE_LANGUAGE or not path.exists():
        return {}
    entries: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in _SKIPPED:
                continue
            # Plural messages (%n) keep their forms in <numerusform>: outside Qt there is
            # no plural rule engine, so the first form stands for all.
            forms = [form.text or "" for form in translation.iter("numerusform")]
            text = forms[0] if forms else (translation.text or "")
            if text:
                entries[(name, message.findtext("source") or "")] = text
    return entries


def lookup(context: str, text: str, language: str) -> str | None:
    """The finished translation of ``text`` in ``context``, or None."""
    return _catalogue(language).get((context, text))


def translate(context: str, text: str, language: str) -> str:
    """``text`` (a French source string) in ``language``; the source when not translated."""
    if language == SOURCE_LANGUAGE or not text:
        return text
    return lookup(context, text, language) or text


def translator(language: str) -> Callable[[str, str], str]:
    """A ``translate(context, text)`` bound to one language (what the Excel export takes)."""
    return lambda context, text: translate(context, text, language)


def clear_cache() -> None:
    """Forget the loaded catalogues (tests that rewrite a .ts, or after an update)."""
    _catalogue.cache_clear()
