"""Text to positioned runs: cleaning, Arabic shaping, line breaking, bidi, font fallback.

The order of operations is the whole point, and is fixed:

1. **clean** what a person typed: control characters and bidi overrides out (a name
   holding U+202E could otherwise turn the rest of a line around), NFC so that
   decomposed accents use the font's precomposed glyphs;
2. **shape** Arabic in *logical* order with ``arabic-reshaper`` (letters take their
   initial, medial, final or isolated form, lam-alef becomes one ligature);
3. **resolve bidi levels** on the whole paragraph (UAX #9 up to rule I2), with the
   paragraph direction given by the letter's language;
4. **break lines** in logical order, measuring the shaped text;
5. only then **reorder each line** for display (rules L1, L2, L4).

Reordering a whole paragraph before breaking it puts the *end* of an Arabic sentence on
its first line: every line is right, and the lines come in reverse order. That is the
mistake a first attempt made; ``tests/documents`` checks it stays fixed. This order is
the one UAX #9 itself prescribes (section 3.4: levels per paragraph, reordering per line).

The bidi step takes the embedding levels from python-bidi's binding of the Rust
``unicode-bidi`` crate, which implements UAX #9 in full, bracket pairs (N0) included:
"(Maroc)" at the end of an Arabic line keeps its parentheses around "Maroc". That binding
returns the reordered string but does not mirror brackets (rule L4), and exposes the
levels only in its debug output; so the levels are read from there and lines are
reordered and mirrored here (L1, L2, L4, a few lines). If a future version changed that
output, ``_levels`` notices (one level per UTF-8 byte, or nothing) and the line goes to
python-bidi's older pure-Python algorithm, which mirrors but has no N0.

Fonts: every Arabic character is set in the Arabic font; any other character in the
letter's main font, or in the other font when the main one has no glyph for it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import arabic_reshaper
from bidi import get_display as _uba_debug
from bidi.algorithm import get_display as _fallback_display
from bidi.mirror import MIRRORED
from reportlab.pdfbase import pdfmetrics

# Explicit embeddings, overrides and isolates (UAX #9 X1-X10): never taken from user text.
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
_LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x85\x0b\x0c]")
_KEEP_FORMAT = {"\u200c", "\u200d"}  # ZWNJ, ZWJ: they change Arabic and Persian joining

_ARABIC_RANGES = (
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x08A0, 0x08FF),
    (0xFB50, 0xFDFF),  # Arabic Presentation Forms-A (what the reshaper produces)
    (0xFE70, 0xFEFF),  # Arabic Presentation Forms-B
)
_RTL_CLASSES = {"R", "AL"}

_reshaper = arabic_reshaper.ArabicReshaper(
    configuration={"delete_harakat": True, "support_ligatures": True}
)


def clean_text(text: str, *, multiline: bool = True) -> str:
    """Printable text: no control or format characters that could hide or reorder text."""
    text = unicodedata.normalize("NFC", _LINE_BREAKS.sub("\n", text or ""))
    text = text.translate(_BIDI_CONTROLS).replace("\t", "    ")
    kept = []
    for char in text:
        if char == "\n":
            kept.append("\n" if multiline else " ")
            continue
        category = unicodedata.category(char)
        if category in ("Cc", "Cs", "Cn", "Co"):
            continue  # controls, lone surrogates, unassigned, private use
        if category == "Cf" and char not in _KEEP_FORMAT:
            continue  # BOM, soft hyphen, invisible separators
        kept.append(char)
    return "".join(kept)


def is_arabic(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _ARABIC_RANGES)


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(char) in _RTL_CLASSES for char in text)


def base_rtl(text: str, *, default: bool) -> bool:
    """The paragraph direction of ``text`` by its first strong character (UAX #9 P2-P3)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return False
        if kind in _RTL_CLASSES:
            return True
    return default


def paragraph_rtl(text: str, *, default: bool) -> bool:
    """The letter's direction, unless ``text`` only has strong characters of the other."""
    kinds = {unicodedata.bidirectional(char) for char in text}
    has_left, has_right = "L" in kinds, bool(kinds & _RTL_CLASSES)
    if default:
        return has_right or not has_left
    return has_right and not has_left


def shape(text: str) -> str:
    """Arabic letters in their contextual forms, still in logical order."""
    return _reshaper.reshape(text) if any(is_arabic(c) for c in text) else text


_LEVEL = re.compile(r"Level\(\s*(\d+)")


def _levels(line: str, rtl: bool) -> list[int] | None:
    """The resolved embedding level of each character (UAX #9 up to I2), or None."""
    info = _uba_debug(line, base_dir="R" if rtl else "L", debug=True)
    start, end = info.find("levels: ["), info.find("paragraphs:")
    if start == -1 or end == -1:
        return None
    per_byte = [int(level) for level in _LEVEL.findall(info, start, end)]
    levels, offset = [], 0
    for char in line:
        if offset >= len(per_byte):
            return None
        levels.append(per_byte[offset])
        offset += len(char.encode("utf-8"))
    return levels if offset == len(per_byte) else None


def _reorder(text: str, levels: list[int], start: int, end: int, rtl: bool) -> str:
    """UAX #9 L1, L2 and L4 on the line ``text[start:end]`` of a resolved paragraph."""
    line = text[start:end]
    line_levels = levels[start:end]
    base = 1 if rtl else 0
    # L1: whitespace at the end of the line goes back to the paragraph level.
    stop = len(line)
    while stop and line[stop - 1].isspace():
        stop -= 1
        line_levels[stop] = base
    # L4: a mirrored character at an odd (right-to-left) level shows its mirror image.
    chars = [
        MIRRORED.get(char, char) if level % 2 else char
        for char, level in zip(line, line_levels, strict=True)
    ]
    # L2: from the highest level down to the lowest odd one, reverse every run at that
    # level or above.
    order = list(range(len(line)))
    odd = [level for level in line_levels if level % 2]
    for level in range(max(line_levels, default=0), min(odd, default=1 << 8) - 1, -1):
        index = 0
        while index < len(order):
            if line_levels[order[index]] < level:
                index += 1
                continue
            stop = index
            while stop < len(order) and line_levels[order[stop]] >= level:
                stop += 1
            order[index:stop] = order[index:stop][::-1]
            index = stop
    return "".join(chars[i] for i in order)


def visual_lines(text: str, spans: list[tuple[int, int]], *, rtl: bool) -> list[str]:
    """The lines ``spans`` of the paragraph ``text``, each reordered for drawing.

    Levels are resolved on the whole paragraph, then each line is reordered on its own
    (UAX #9 3.4): a "+212" that starts a line after a wrap keeps the direction it has in
    its sentence.
    """
    if not rtl and not has_rtl(text):
        return [text[start:end] for start, end in spans]
    levels = _levels(text, rtl) if text else []
    if levels is None:
        direction = "R" if rtl else "L"
        return [_fallback_display(text[start:end], base_dir=direction) for start, end in spans]
    return [_reorder(text, levels, start, end, rtl) for start, end in spans]


def visual(line: str, *, rtl: bool) -> str:
    """One line, reordered left to right as it is drawn."""
    return visual_lines(line, [(0, len(line))], rtl=rtl)[0]


# ----------------------------------------------------------------------------- fonts


@cache
def _glyphs(font_name: str) -> frozenset[int]:
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


@dataclass(frozen=True)
class FontChoice:
    """The fonts of one style (regular or bold) of a letter."""

    main: str  # the letter's own font: Latin for fr/en, Arabic for ar
    arabic: str
    other: str  # tried when ``main`` lacks a glyph

    def font_for(self, char: str) -> str:
        if is_arabic(char):
            return self.arabic
        code = ord(char)
        if code in _glyphs(self.main) or code not in _glyphs(self.other):
            return self.main
        return self.other


def runs(text: str, fonts: FontChoice) -> list[tuple[str, str]]:
    """``text`` cut into (text, font) runs; spaces stay with the run they follow."""
    found: list[tuple[str, str]] = []
    for char in text:
        font = found[-1][1] if char == " " and found else fonts.font_for(char)
        if found and found[-1][1] == font:
            found[-1] = (found[-1][0] + char, font)
        else:
            found.append((char, font))
    return found


def width(text: str, fonts: FontChoice, size: float) -> float:
    return sum(pdfmetrics.stringWidth(run, font, size) for run, font in runs(text, fonts))


# ----------------------------------------------------------------------------- breaking


def _hard_break(
    text: str, start: int, end: int, fonts: FontChoice, size: float, limit: float
) -> list[tuple[int, int]]:
    """A word wider than the line (a 2,000-character name without a space): cut it."""
    pieces: list[tuple[int, int]] = []
    piece = start
    for index in range(start + 1, end + 1):
        if index - piece > 1 and width(text[piece:index], fonts, size) > limit:
            pieces.append((piece, index - 1))
            piece = index - 1
    pieces.append((piece, end))
    return pieces


_WORD = re.compile(r"[^ ]+")  # only the plain space breaks: a no-break space holds


def break_lines(
    text: str, fonts: FontChoice, size: float, first: float, rest: float | None = None
) -> list[tuple[int, int]]:
    """Greedy line breaking of one shaped paragraph, in logical order: (start, end) spans.

    ``first`` is the width of the first line, ``rest`` of the following ones (a bullet's
    hanging indent). The spaces at a break belong to no line.
    """
    rest = first if rest is None else rest
    spans: list[tuple[int, int]] = []
    line_start: int | None = None
    line_end = 0
    for word in _WORD.finditer(text):
        limit = rest if spans else first
        if line_start is not None and width(text[line_start : word.end()], fonts, size) <= limit:
            line_end = word.end()
            continue
        if line_start is not None:
            spans.append((line_start, line_end))
            limit = rest
        if width(word.group(), fonts, size) <= limit:
            line_start, line_end = word.start(), word.end()
            continue
        pieces = _hard_break(text, word.start(), word.end(), fonts, size, min(limit, rest))
        spans += pieces[:-1]
        line_start, line_end = pieces[-1]
    if line_start is not None:
        spans.append((line_start, line_end))
    return spans or [(0, 0)]
