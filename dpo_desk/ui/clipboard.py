"""The clipboard, as far as DPO Desk put things in it.

Locking must not leave register data on the clipboard, but must not wipe what the
user copied from another program either. So the app remembers a digest of what it
copied last (not the text: that would keep a copy of the data in memory) and clears
the clipboard on lock only if it still holds exactly that.
"""

from __future__ import annotations

import hashlib

from PySide6.QtGui import QGuiApplication

# One clipboard per desktop session, so one record per process (not per window).
_copied_digest: bytes | None = None


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


def copy_text(text: str) -> None:
    global _copied_digest
    QGuiApplication.clipboard().setText(text)
    _copied_digest = _digest(text)


def clear_if_ours() -> bool:
    """Empty the clipboard if it still holds what the app copied; True if it did."""
    global _copied_digest
    if _copied_digest is None:
        return False
    clipboard = QGuiApplication.clipboard()
    ours = _digest(clipboard.text()) == _copied_digest
    if ours:
        clipboard.clear()
    _copied_digest = None
    return ours
