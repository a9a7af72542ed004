"""Text to positioned runs: cleaning, Arabic shaping, line breaking, bidi, font fallback.

The order of operations is the whole point, and is fixed:

1. **clean** what a person typed: control characters and bidi embeddings and overrides
   out (a name holding U+202E could otherwise turn the rest of a line around), NFC so
   that decomposed accents use the font's precomposed glyphs, full-width and half-width
   forms to their ordinary letters;
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
returns the reordered string but does not mirror brackets (rule L4), and has no public
call for the levels (0.6.12, the latest release, neither): they are only in its debug
output. So ``_levels``, and nothing else, reads them from there, and lines are reordered
and mirrored here (L1, L2, L4, a few lines). If a future version changed that output,
``_levels`` notices (one level per UTF-8 byte, or nothing), the line goes to python-bidi's
older pure-Python algorithm, which mirrors but has no N0, and the tests of
``tests/documents/test_letter_bidi.py`` fail, naming the change.

Isolates: every value inserted in a letter (a name, a phone number, a reference) is
wrapped in a first-strong isolate, FSI U+2068 … PDI U+2069 (``isolate``). Inside, the
value takes the direction of its own first strong character; outside, it counts as one
neutral character. So "+212 5 22 00 00 00" after an Arabic DPO name stays "+212 …" and
"75334 Paris Cedex 07" stays in that order in an Arabic letter. The Rust binding resolves
isolates (UAX #9 X5a-X5c, BD13 isolating run sequences); the isolate characters get a
level like any other, are used for reordering, and are removed from each line after it
(``visual_lines``), so they are never drawn nor measured (``runs``). A person's text may
hold isolates too: a matched pair cannot reach outside itself and is kept, an unmatched
one is dropped (``clean_text``); embeddings and overrides, which can, never are kept.

Fonts: every Arabic character is set in the Arabic font, every Tifinagh one in the
Tifinagh font; any other character in the letter's main font, else the other one, else
the symbol font, else the emoji font (monochrome outlines: a letter is printed). What
none of them can draw is refused before the letter is made (``missing_glyph``), naming
the field and the character: a letter never loses a character silently.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

import arabic_reshaper
from bidi import get_display as _uba_debug
from bidi.algorithm import get_display as _fallback_display
from bidi.mirror import MIRRORED
from reportlab.pdfbase import pdfmetrics

# Explicit embeddings and overrides (UAX #9 X1-X8): never taken from user text.
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e"))
FSI, PDI = "\u2068", "\u2069"
_OPENERS = frozenset("\u2066\u2067\u2068")  # LRI, RLI, FSI
_ISOLATES = _OPENERS | {PDI}
_LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x85\x0b\x0c]")
_KEEP_FORMAT = {"\u200c", "\u200d"}  # ZWNJ, ZWJ: they change Arabic and Persian joining
# Variation selectors only choose a glyph variant (text or emoji style of ❤); the fonts
# here have one glyph per character, so they are dropped rather than drawn as a box.
_VARIATION_SELECTORS = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")
_TIFINAGH = (0x2D30, 0x2D7F)

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
    text = _VARIATION_SELECTORS.sub("", text.translate(_BIDI_CONTROLS)).replace("\t", "    ")
    kept = []
    for char in text:
        if char == "\n":
            kept.append("\n" if multiline else " ")
            continue
        category = unicodedata.category(char)
        if category in ("Cc", "Cs", "Cn", "Co"):
            continue  # controls, lone surrogates, unassigned, private use
        if category == "Cf" and char not in _KEEP_FORMAT and char not in _ISOLATES:
            continue  # BOM, soft hyphen, invisible separators
        kept.append(_ordinary_width(char))
    return "\n".join(_matched_isolates(line) for line in "".join(kept).split("\n"))


def _ordinary_width(char: str) -> str:
    """A full-width or half-width form as its ordinary character ("Ａ１" → "A1").

    Only the compatibility mappings tagged <wide> and <narrow>: they are the same letter
    at another width (typed with an East Asian input method, or pasted), which the fonts
    here lack. Full NFKC would also turn "m²" into "m2", "ﬁ" into "fi" or "½" into "1⁄2",
    changing what a person wrote; those keep their own glyphs.
    """
    decomposition = unicodedata.decomposition(char)
    if decomposition.startswith(("<wide> ", "<narrow> ")):
        return chr(int(decomposition.split()[1], 16))
    return char


def _matched_isolates(line: str) -> str:
    """``line`` without the isolate controls that have no partner in it.

    A matched pair only changes the order of what it encloses; an opener without its PDI
    would isolate the rest of the line, a PDI without its opener could close one that a
    letter put around a value.
    """
    if not any(char in _ISOLATES for char in line):
        return line
    dropped: set[int] = set()
    opened: list[int] = []
    for index, char in enumerate(line):
        if char in _OPENERS:
            opened.append(index)
        elif char == PDI:
            if opened:
                opened.pop()
            else:
                dropped.add(index)
    dropped.update(opened)
    return "".join(char for index, char in enumerate(line) if index not in dropped)


def isolate(value: str) -> str:
    """``value`` as an inserted value: each line in its own first-strong isolate.

    A line is a paragraph of the letter, and an isolate never spans two paragraphs. Empty
    lines stay empty, so a template's "is it set?" and blank-line rules still see them.
    """
    return "\n".join(f"{FSI}{line}{PDI}" if line.strip() else line for line in value.split("\n"))


def without_isolates(text: str) -> str:
    """``text`` with its isolate controls taken out (what a reader of the PDF sees)."""
    return "".join(char for char in text if char not in _ISOLATES)


def is_arabic(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _ARABIC_RANGES)


def is_tifinagh(char: str) -> bool:
    return _TIFINAGH[0] <= ord(char) <= _TIFINAGH[1]


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


# python-bidi's debug output is the Rust crate's BidiInfo, pretty-printed: a field per
# line, and in ``levels`` one ``Level(n)`` per UTF-8 byte of the text. The fields are
# found by their line start: the text is printed escaped, without a raw line break, so
# what a person typed ("paragraphs:") is never taken for them.
_LEVELS_FIELD = "\n    levels: ["
_NEXT_FIELD = "\n    paragraphs: ["
_LEVEL = re.compile(r"Level\(\s*(\d+)")


def _levels(line: str, rtl: bool) -> list[int] | None:
    """The resolved embedding level of each character (UAX #9 up to I2), or None when
    python-bidi's debug output is no longer the one read here."""
    info = _uba_debug(line, base_dir="R" if rtl else "L", debug=True)
    start = info.find(_LEVELS_FIELD)
    end = info.find(_NEXT_FIELD, start)
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
    # L1: whitespace and isolate controls at the end of the line go back to the
    # paragraph level.
    stop = len(line)
    while stop and (line[stop - 1].isspace() or line[stop - 1] in _ISOLATES):
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
    its sentence. The isolate controls have done their work once the line is reordered:
    they are taken out, never drawn.
    """
    if not rtl and not has_rtl(text):
        return [without_isolates(text[start:end]) for start, end in spans]
    levels = _levels(text, rtl) if text else []
    if levels is None:
        # The older algorithm knows no isolates (it fails on them): it gets none.
        direction = "R" if rtl else "L"
        return [
            _fallback_display(without_isolates(text[start:end]), base_dir=direction)
            for start, end in spans
        ]
    return [without_isolates(_reorder(text, levels, start, end, rtl)) for start, end in spans]


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
    tifinagh: str = ""  # every Tifinagh character (U+2D30-U+2D7F), when set
    # Tried in order when neither ``main`` nor ``other`` has the glyph: symbols before
    # emoji, as the symbol font is drawn to sit in running text (✓, ☎, arrows).
    fallbacks: tuple[str, ...] = ()

    def font_for(self, char: str) -> str:
        return _font_for(self, char)

    def has_glyph(self, char: str) -> bool:
        """Whether ``char`` is drawn: the font chosen for it has it, or it draws nothing."""
        return char in _NOT_DRAWN or ord(char) in _glyphs(self.font_for(char))

    def _choose(self, char: str) -> str:
        if is_arabic(char):
            return self.arabic
        if self.tifinagh and is_tifinagh(char):
            return self.tifinagh
        code = ord(char)
        for font in (self.main, self.other, *self.fallbacks):
            if code in _glyphs(font):
                return font
        return self.main


# Line breaking measures the same characters again and again: the choice is remembered.
@lru_cache(maxsize=16384)
def _font_for(fonts: FontChoice, char: str) -> str:
    return fonts._choose(char)


# Characters that need no glyph: the line break (paragraphs are split on it), the joiners
# (they only change how Arabic letters join), the isolates (taken out before drawing).
_NOT_DRAWN = frozenset({"\n", *_KEEP_FORMAT, *_ISOLATES})


def missing_glyph(text: str, fonts: Iterable[FontChoice]) -> str | None:
    """The first character of ``text`` that one of ``fonts`` cannot draw, or None.

    ``text`` is what will be printed, cleaned (``clean_text``) but not shaped: shaping
    only maps Arabic letters to presentation forms that the Arabic font has, so the
    character to name is the one the person typed.
    """
    choices = tuple(fonts)
    for char in dict.fromkeys(text):
        if not all(choice.has_glyph(char) for choice in choices):
            return char
    return None


def runs(text: str, fonts: FontChoice) -> list[tuple[str, str]]:
    """``text`` cut into (text, font) runs; spaces stay with the run they follow, except
    after a symbol or an emoji: the emoji font's space is as wide as an emoji.

    Isolate controls take no room and are not drawn: they are left out.
    """
    found: list[tuple[str, str]] = []
    for char in text:
        if char in _ISOLATES:
            continue
        if char == " " and found and found[-1][1] not in fonts.fallbacks:
            font = found[-1][1]
        else:
            font = fonts.font_for(char)
        if found and found[-1][1] == font:
            found[-1] = (found[-1][0] + char, font)
        else:
            found.append((char, font))
    return found


def width(text: str, fonts: FontChoice, size: float) -> float:
    points: float = sum(pdfmetrics.stringWidth(run, font, size) for run, font in runs(text, fonts))
    return points  # reportlab is untyped: its widths are floats, in points


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
