"""The words of a document made from the register (the CNDP dossier, the information
notice): its own sentences in one translation context, the domain's labels in theirs,
in the document's language, which need not be the interface's."""

from __future__ import annotations

from collections.abc import Callable

from dpo_desk.documents.kinds import LetterLanguage

TranslateIn = Callable[[str, str], str]  # (context, text) -> text


class Wording:
    """``words("Texte {n}", n=3)``: the document's sentence, translated, filled in."""

    def __init__(self, translate_in: TranslateIn, language: LetterLanguage, context: str) -> None:
        self.tr = translate_in
        self.language = language
        self.context = context

    def __call__(self, text: str, **values: object) -> str:
        translated = self.tr(self.context, text)
        if not values:
            return translated
        try:
            return translated.format(**values)
        except (KeyError, IndexError, ValueError):
            # A translation that lost a placeholder: the French sentence stays true.
            return text.format(**values)

    def label(self, context: str, text: str) -> str:
        """A label of the domain (a category, a legal basis) in its own context."""
        return self.tr(context, text)
