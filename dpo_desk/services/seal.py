"""The journal's seal: its entry count and head hash, kept outside the register.

The hash chain shows an entry was edited, but not that the last entries were cut off,
that the whole chain was recomputed after an edit, that an older backup was put in the
file's place, or that a -wal holding committed work was deleted after a crash: each
leaves a chain that holds. What those leave behind is a journal shorter than, or not
continuing, one seen before. So the count and head are kept where the file's holder
does not write them:

- on this computer, after every committed change and at every close or lock (the
  preferences folder, by register UUID: services.preferences.save_seal);
- on paper: every export's cover prints them, and ``verify --expect HASH`` checks a
  printed head is still in the chain.

A writable open checks the seal before its first write; a mismatch is journaled (entry
``seal_mismatch``, in the chain, for good) before the seal follows the file again.
Read-only opens (info, verify, list, show) neither check nor move it: ``verify`` reports.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from dpo_desk.domain.tamper import EXPECT_ABSENT, SEAL_DIVERGED, SEAL_MISSING, Finding
from dpo_desk.services import preferences
from dpo_desk.storage import audit
from dpo_desk.storage.database import Register

MISMATCH_ACTION = "seal_mismatch"


@dataclass(frozen=True)
class Seal:
    count: int
    head: str
    # The file it was taken of: a backup or a restored copy shares the register's UUID
    # but is another file, with a journal of its own that stops earlier. Only a file at
    # the sealed path (the register itself, or whatever was put in its place) is held to
    # the seal.
    path: str = ""

    def as_json(self) -> dict[str, int | str]:
        return {"count": self.count, "head": self.head, "path": self.path}


def current(register: Register) -> Seal:
    with register.read() as conn:
        return Seal(audit.entry_count(conn), audit.head_hash(conn), str(register.path))


def last_seen(register: Register) -> Seal | None:
    """The seal this computer last saw for this register, if any."""
    seen = preferences.load_seals().get(register.register_uuid)
    if seen is None:
        return None
    try:
        found = Seal(int(seen["count"]), str(seen["head"]), str(seen.get("path", "")))
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    return found if found.path in ("", str(register.path)) else None


def record(register: Register) -> None:
    preferences.save_seal(register.register_uuid, current(register).as_json())


def findings(register: Register, seal: Seal | None = None) -> list[Finding]:
    """How the file's journal falls short of ``seal`` (default: the last one seen)."""
    return _check(register, seal if seal is not None else last_seen(register))[0]


def _check(register: Register, seal: Seal | None) -> tuple[list[Finding], Seal]:
    """The findings against ``seal``, and the journal's seal now, from one read: the
    entry count scans an index of the whole journal, and an unlock needed it three times."""
    with register.read() as conn:
        count = audit.entry_count(conn)
        now = Seal(count, audit.head_hash(conn), str(register.path))
        if seal is None:
            return [], now
        if seal.count > count:
            return [Finding(SEAL_MISSING, missing=seal.count - count)], now
        if audit.hash_at(conn, seal.count, count=count) != seal.head:
            return [Finding(SEAL_DIVERGED, count=seal.count)], now
    return [], now


def expect_findings(register: Register, head: str) -> list[Finding]:
    """Whether a head printed earlier (an export's cover) is still in the chain."""
    with register.read() as conn:
        if audit.has_hash(conn, head.strip().lower()):
            return []
    return [Finding(EXPECT_ABSENT, head=head.strip())]


def watch(register: Register, *, at: datetime, actor: str) -> None:
    """For a register opened to be written: journal a seal mismatch found now, then
    keep the seal after every commit and at close."""
    seal = last_seen(register)
    found, live = _check(register, seal)
    if found and seal is not None:
        with register.write() as conn:
            audit.append(
                conn,
                at=at,
                actor=actor,
                action=MISMATCH_ACTION,
                entity="register",
                entity_id=register.register_uuid,
                changes={
                    "seen_count": seal.count,
                    "seen_head": seal.head,
                    "count": live.count,
                    "head": live.head,
                },
            )
    register.after_commit(lambda: record(register))
    if found:
        record(register)  # the mismatch entry moved the head
    else:
        preferences.save_seal(register.register_uuid, live.as_json())
