"""Documents: PDF letters from case data (issue 6). Pure: no Qt, no database.

- ``kinds``: ``LetterKind`` and ``LetterLanguage``.
- ``templates``: the small placeholder language, ``placeholders_for``, ``validate_template``.
- ``letters``: contexts from an organisation and a request or breach, ``draft_letter``.
- ``typesetting``: cleaning, Arabic shaping, line breaking and bidi reordering.
- ``pdf``: ``render_letter(draft) -> bytes``.
"""
