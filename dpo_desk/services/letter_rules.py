"""The register's rules for letters: the optional four-eyes rule.

When the rule is on, a letter is validated by someone other than its drafter: the
draft's recorded reviewer must not be its recorded author. It is a register setting,
not a workstation preference: who may sign off a letter to a data subject or to the
CNDP is the organisation's rule, the same on every computer that opens the file. Off
by default: a DPO alone has no one else to ask.

The names compared are the ones the draft records (its author, its reviewer), as they
appear on the letter's history; the journal adds the account of each step. The
comparison ignores case, accents and spacing ("Salma  Bennani" is "salma bennani"):
the rule is about people, not spellings.
"""

from __future__ import annotations

import unicodedata

from sqlalchemy import Connection

from dpo_desk.domain.clock import Clock, SystemClock
from dpo_desk.domain.errors import ValidationError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.services import journal
from dpo_desk.storage import organisation as settings_repo
from dpo_desk.storage.database import Register

FOUR_EYES_KEY = "letters_four_eyes"

ERR_FOUR_EYES = QT_TRANSLATE_NOOP(
    "Errors",
    "Règle des quatre yeux : {author} a rédigé ce courrier ; une autre personne doit le "
    "relire et le valider.",
)


def four_eyes_in(conn: Connection) -> bool:
    return settings_repo.get_setting(conn, FOUR_EYES_KEY, False) is True


def four_eyes(register: Register) -> bool:
    """Whether a letter's validator must differ from its drafter."""
    with register.read() as conn:
        return four_eyes_in(conn)


def set_four_eyes(register: Register, on: bool, *, clock: Clock | None = None) -> bool:
    """Turn the rule on or off, journaled as every register setting; returns the value."""
    clock = clock or SystemClock()
    on = bool(on)
    with register.write() as conn:
        before = four_eyes_in(conn)
        if before == on:
            return on
        settings_repo.set_setting(conn, FOUR_EYES_KEY, on)
        journal.record(conn, clock.now(), "update", "settings", "", {FOUR_EYES_KEY: [before, on]})
    return on


def same_person(a: str, b: str) -> bool:
    return _key(a) == _key(b)


def _key(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


def check_four_eyes(conn: Connection, author: str, reviewer: str) -> None:
    """Refuse (on the reviewer's field) a validation by the drafter, when the rule is on."""
    if four_eyes_in(conn) and same_person(author, reviewer):
        raise ValidationError(ERR_FOUR_EYES, "reviewer", author=author)
