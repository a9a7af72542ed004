"""Errors the user sees: a French message template (the UI's source language) + values.

The UI translates the template with ``QCoreApplication.translate(context, template)``
and formats the values in; the CLI prints the French sentence. ``exit_code`` is the
CLI's documented status for that kind of failure.
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str], str]


class UserError(Exception):
    template = "Opération impossible."
    context = "Errors"
    exit_code = 1
    #: names of values that are themselves message ids, translated with the template
    translated_values: tuple[str, ...] = ()

    def __init__(self, template: str | None = None, **values: object) -> None:
        if template is not None:
            self.template = template
        self.values = values
        super().__init__(self.message())

    def message(self, translate: Translate | None = None) -> str:
        tr = translate or (lambda text: text)
        values = {
            key: tr(value) if key in self.translated_values and isinstance(value, str) else value
            for key, value in self.values.items()
        }
        try:
            return tr(self.template).format(**values)
        except (KeyError, IndexError, ValueError):
            return tr(self.template)


class ValidationError(UserError, ValueError):
    """Bad user input, naming the field at fault so a form can point at it."""

    exit_code = 6

    def __init__(self, template: str, field: str = "", **values: object) -> None:
        self.field = field
        super().__init__(template, **values)
