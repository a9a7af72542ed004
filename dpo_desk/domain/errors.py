"""Errors the user sees: a French message template (the UI's source language) + values.

The UI translates the template with ``QCoreApplication.translate(context, template)``
and formats the values in; the CLI prints the French sentence. ``exit_code`` is the
CLI's documented status for that kind of failure.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import ParamSpec, TypeVar

from dpo_desk.domain.labels import QT_TRANSLATE_NOOP

Translate = Callable[[str], str]
TranslateIn = Callable[[str, str], str]  # (context, text) -> text

MAX_QUOTED = 300


def _quotable(value: object) -> object:
    """A value echoed back in a message stays one short line: what the user typed may hold
    line breaks, control or bidi characters, or a megabyte of text."""
    if not isinstance(value, str):
        return value
    clean = "".join(" " if ch in "\r\n\t" else ("\ufffd" if _hidden(ch) else ch) for ch in value)
    return clean if len(clean) <= MAX_QUOTED else clean[: MAX_QUOTED - 1] + "…"


def _hidden(ch: str) -> bool:
    # C0/C1 controls, and the bidi embeddings, overrides and isolates that could turn
    # the rest of the sentence around (U+202A-202E, U+2066-2069).
    code = ord(ch)
    return (
        code < 0x20 or 0x7F <= code < 0xA0 or 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069
    )


class UserError(Exception):
    template = "Opération impossible."
    context = "Errors"
    exit_code = 1
    #: names of values that are themselves message ids, translated with the template
    translated_values: tuple[str, ...] = ()
    #: names of values that are message ids of another context ("Right", "Regime"…), by
    #: name: {value name: context}. A tuple of them is translated item by item and joined.
    value_contexts: Mapping[str, str] = {}

    def __init__(self, template: str | None = None, **values: object) -> None:
        if template is not None:
            self.template = template
        self.values = values
        super().__init__(self.message())

    def message(
        self, translate: Translate | None = None, translate_in: TranslateIn | None = None
    ) -> str:
        """The sentence: ``translate`` for the template and ``translated_values`` (in the
        error's context), ``translate_in`` for ``value_contexts`` (French when None)."""
        tr = translate or (lambda text: text)
        tr_in = translate_in or (lambda _context, text: text)
        values = {key: self._value(key, value, tr, tr_in) for key, value in self.values.items()}
        values = {key: _quotable(value) for key, value in values.items()}
        try:
            return tr(self.template).format(**values)
        except (KeyError, IndexError, ValueError):
            return tr(self.template)

    def _value(self, key: str, value: object, tr: Translate, tr_in: TranslateIn) -> object:
        if key in self.value_contexts:
            context = self.value_contexts[key]
            if isinstance(value, str):
                return tr_in(context, value)
            if isinstance(value, tuple):
                return ", ".join(tr_in(context, str(item)) for item in value)
        if key in self.translated_values and isinstance(value, str):
            return tr(value)
        return value


class ValidationError(UserError, ValueError):
    """Bad user input, naming the field at fault so a form can point at it."""

    exit_code = 6

    def __init__(self, template: str, field: str = "", **values: object) -> None:
        self.field = field
        super().__init__(template, **values)


# --------------------------------------------------------------------------- case errors
# The three refusals every kind of case shares. Services subclass them with their own
# sentence; the faces (CLI, GUI) catch the base: the same exit status and the same
# handling (reload, re-select, show the sentence) whatever the kind of case.


class NotFound(UserError):
    """The case, record, draft or attachment named does not exist (any more)."""

    template = QT_TRANSLATE_NOOP("Errors", "Élément introuvable.")
    exit_code = 4


class Conflict(UserError):
    """Somebody else saved the same item since it was read: nothing was written, and the
    form keeps what the user typed, to reload and apply again."""

    template = QT_TRANSLATE_NOOP(
        "Errors", "Cet élément a été modifié entre-temps : rechargez-le avant d'enregistrer."
    )
    exit_code = 6


class InvalidTransition(UserError):
    """A step the workflow does not allow from the current status."""

    template = QT_TRANSLATE_NOOP("Errors", "Cette étape n'est pas possible dans l'état actuel.")
    exit_code = 6


# --------------------------------------------------------------------------- dates

# Python's dates stop at 9999-12-31: a later year cannot be typed, and a deadline computed
# past it fails with OverflowError ("date value out of range") or ValueError ("year 10000
# is out of range"). Both must reach the user as a sentence about the date, not as
# "unexpected error".
ERR_YEAR_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "Errors", "date invalide « {value} » : l'année doit être comprise entre 1 et 9999"
)


class DateOutOfRange(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Une date calculée tomberait après le 31 décembre 9999, la dernière date que "
        "DPO Desk sait compter : vérifiez les dates saisies.",
    )

    def __init__(self, field: str = "") -> None:
        super().__init__(self.template, field)


def is_date_overflow(exc: BaseException) -> bool:
    """True for the errors Python's datetime raises past year 9999 (or before year 1)."""
    if isinstance(exc, OverflowError):
        return "date" in str(exc) or "year" in str(exc)
    return isinstance(exc, ValueError) and "out of range" in str(exc) and "year" in str(exc)


_P = ParamSpec("_P")
_R = TypeVar("_R")


def dates_in_range(func: Callable[_P, _R]) -> Callable[_P, _R]:
    """Turn a date computation that overflows year 9999 into :class:`DateOutOfRange`."""

    @functools.wraps(func)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return func(*args, **kwargs)
        except (OverflowError, ValueError) as exc:
            if isinstance(exc, UserError) or not is_date_overflow(exc):
                raise
            raise DateOutOfRange() from None

    return wrapper


# --------------------------------------------------------------------------- encodings

# Linux hands a program bytes: an argument, an environment variable or a file written
# in Latin-1 (or cut mid-character) is not UTF-8 text. Python keeps such bytes as lone
# surrogates, which then fail far away (an SQL parameter, a hash) as "unexpected error":
# they are refused where they enter, naming where they came from.


class NotUtf8Argument(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "L'argument {argument} n'est pas du texte UTF-8 valide : vérifiez l'encodage du "
        "terminal (locale) ou le nom du fichier.",
    )
    exit_code = 2


class NotUtf8Variable(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "La variable d'environnement {variable} n'est pas du texte UTF-8 valide : "
        "définissez-la en UTF-8.",
    )
    exit_code = 2


class NotUtf8File(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Le fichier {name} n'est pas du texte UTF-8 valide : enregistrez-le en UTF-8.",
    )
    exit_code = 2


def not_utf8(text: str) -> bool:
    """True when ``text`` carries bytes that were not UTF-8 (surrogateescape'd)."""
    return any("\ud800" <= ch <= "\udfff" for ch in text)
