"""What the command line prints is text, never terminal commands (issue 21, item 9).

Names, notes and titles come from whoever wrote to the organisation. Printed as they are,
an escape sequence in a requester's name ("\\x1b]0;…", "\\x1b[2J") could retitle,
clear or rewrite the DPO's terminal, and a bidi override could make a line read
otherwise than it is. Every character a terminal would act on is shown escaped instead:
C0 controls except newline and tab, DEL, C1 controls, and the bidi embeddings,
overrides and isolates. JSON output is unaffected (``json.dumps`` already escapes C0;
C1 and bidi controls are escaped here the same way, and stay valid JSON text).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

_ESCAPES: dict[int, str] = {
    code: f"\\x{code:02x}" for code in (*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F)
}
_ESCAPES.update({code: f"\\u{code:04x}" for code in range(0x80, 0xA0)})
_ESCAPES.update(
    {code: f"\\u{code:04x}" for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}
)


def printable(text: str) -> str:
    """``text`` with every terminal-active character written out as an escape."""
    return text.translate(_ESCAPES)


class _Escaping:
    """A text stream that escapes what it is given, then passes it on."""

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(printable(text))
        return len(text)

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)  # flush, fileno, isatty, buffer, encoding…


@contextmanager
def escaped_output() -> Iterator[None]:
    """Escape everything printed to stdout and stderr while the command runs."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _Escaping(out), _Escaping(err)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
