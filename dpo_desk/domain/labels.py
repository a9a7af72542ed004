"""Marks user-visible labels for translation without importing Qt."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 — name recognised by pyside6-lupdate
    return text
