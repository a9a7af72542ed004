"""Marks user-visible labels for translation without importing Qt.

Source strings are French, the UI's first language. A label is declared as
``QT_TRANSLATE_NOOP(context, text)``: pyside6-lupdate collects it from the source, and
the UI shows it through ``QCoreApplication.translate(context, text)``. For the label
dictionaries of an enum, the context is the enum's class name (``"Right"``,
``"RequestStatus"``, ...), so the UI can translate a member's label knowing only its type.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 — name recognised by pyside6-lupdate
    return text
