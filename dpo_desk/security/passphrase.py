"""Passphrase rules: a minimum length, and a strength estimate that a new one must pass.

The file's encryption rests on this passphrase alone, so a new one (a register's, a
changed one, a hand-over backup's) must be at least :data:`MINIMUM_LENGTH` characters
*and* hard to guess: zxcvbn (Dropbox's estimator, pure Python) must rate it
:data:`MINIMUM_SCORE` or better out of 4. zxcvbn knows the common passwords, names,
keyboard patterns, repetitions, sequences and dates; the organisation's and the DPO's
names are added as ``user_inputs``, so "Najhine SARL 2026" does not pass.

zxcvbn explains a low score in a fixed set of English sentences. Each one is mapped to a
French message id of context ``PassphraseFeedback`` (:data:`FEEDBACK`), translated when
shown; a sentence this module does not know (a later zxcvbn) falls back to
:data:`FEEDBACK_GENERIC`. Nothing here imports Qt.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from zxcvbn import zxcvbn

from dpo_desk.domain.errors import UserError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP

MINIMUM_LENGTH = 12
MINIMUM_SCORE = 3  # zxcvbn's scale: 0 (too guessable) .. 4 (very unguessable)
# zxcvbn refuses longer input (its cost grows with the length); a longer passphrase is
# rated on its first characters, which can only under-rate it.
_RATED_LENGTH = 72

CONTEXT = "PassphraseFeedback"

STRENGTH_LABELS = (
    QT_TRANSLATE_NOOP("Passphrase", "Trop courte"),
    QT_TRANSLATE_NOOP("Passphrase", "Faible"),
    QT_TRANSLATE_NOOP("Passphrase", "Encore trop faible"),
    QT_TRANSLATE_NOOP("Passphrase", "Bonne"),
    QT_TRANSLATE_NOOP("Passphrase", "Excellente"),
)

#: What a passphrase still too short is told.
HINT_LONGER = QT_TRANSLATE_NOOP(
    "PassphraseFeedback",
    "Plusieurs mots sans lien entre eux font une phrase secrète longue et mémorisable.",
)

#: Every sentence of zxcvbn's feedback module (zxcvbn 4.5.0), and its French message id.
FEEDBACK: dict[str, str] = {
    "Use a few words, avoid common phrases.": QT_TRANSLATE_NOOP(
        "PassphraseFeedback", "Utilisez quelques mots, en évitant les expressions courantes."
    ),
    "No need for symbols, digits, or uppercase letters.": QT_TRANSLATE_NOOP(
        "PassphraseFeedback", "Inutile d'y mettre des symboles, des chiffres ou des majuscules."
    ),
    "Add another word or two. Uncommon words are better.": QT_TRANSLATE_NOOP(
        "PassphraseFeedback", "Ajoutez un ou deux mots, de préférence peu courants."
    ),
    "Straight rows of keys are easy to guess.": QT_TRANSLATE_NOOP(
        "PassphraseFeedback", "Les rangées de touches du clavier sont faciles à deviner."
    ),
    "Short keyboard patterns are easy to guess.": QT_TRANSLATE_NOOP(
        "PassphraseFeedback", "Les motifs courts tracés sur le clavier sont faciles à deviner."
    ),
    "Use a longer keyboard pattern with more turns.": QT_TRANSLATE_NOOP(
        "PassphraseFeedback",
        "Utilisez un motif de clavier plus long, avec plus de changements de direction.",
    ),
    'Repeats like "aaa" are easy to guess.': QT_TRANSLATE_NOOP(
        "PassphraseFeedback", "Les répétitions comme « aaa » sont faciles à deviner."
    ),
    'Repeats like "abcabcabc" are only slightly harder to guess than "abc".': QT_TRANSLATE_NOOP(
        "PassphraseFeedback",
        "Les répétitions comme « abcabcabc » sont à peine plus difficiles à deviner que « abc ».",
    ),
    "Avoid repeated words and characters.": QT_TRANSLATE_NOOP(
        "PassphraseFeedback", "Évitez de répéter des mots ou des caractères."
    ),
    'Sequences like "abc" or "6543" are easy to guess.': QT_TRANSLATE_NOOP(
        "PassphraseFeedback", "Les suites comme « abc » ou « 6543 » sont faciles à deviner."
    ),
    "Avoid sequences.": QT_TRANSLATE_NOOP("PassphraseFeedback", "Évitez les suites."),
    "Recent years are easy to guess.": QT_TRANSLATE_NOOP(
        "PassphraseFeedback", "Les années récentes sont faciles à deviner."
    ),
    "Avoid recent years.": QT_TRANSLATE_NOOP("PassphraseFeedback", "Évitez les années récentes."),
    "Avoid years that are associated with you.": QT_TRANSLATE_NOOP(
        "PassphraseFeedback", "Évitez les années qui vous sont liées."
    ),
    "Dates are often easy to guess.": QT_TRANSLATE_NOOP(
        "PassphraseFeedback", "Les dates sont souvent faciles à deviner."
    ),
    "Avoid dates and years that are associated with you.": QT_TRANSLATE_NOOP(
        "PassphraseFeedback", "Évitez les dates et les années qui vous sont liées."
    ),
    "This is a top-10 common password.": QT_TRANSLATE_NOOP(
        "PassphraseFeedback", "C'est l'un des 10 mots de passe les plus courants."
    ),
    "This is a top-100 common password.": QT_TRANSLATE_NOOP(
        "PassphraseFeedback", "C'est l'un des 100 mots de passe les plus courants."
    ),
    "This is a very common password.": QT_TRANSLATE_NOOP(
        "PassphraseFeedback", "C'est un mot de passe très courant."
    ),
    "This is similar to a commonly used password.": QT_TRANSLATE_NOOP(
        "PassphraseFeedback", "Cela ressemble à un mot de passe très répandu."
    ),
    "A word by itself is easy to guess.": QT_TRANSLATE_NOOP(
        "PassphraseFeedback", "Un mot seul est facile à deviner."
    ),
    "Names and surnames by themselves are easy to guess.": QT_TRANSLATE_NOOP(
        "PassphraseFeedback", "Un prénom ou un nom seul est facile à deviner."
    ),
    "Common names and surnames are easy to guess.": QT_TRANSLATE_NOOP(
        "PassphraseFeedback", "Les prénoms et les noms courants sont faciles à deviner."
    ),
    "Capitalization doesn't help very much.": QT_TRANSLATE_NOOP(
        "PassphraseFeedback", "Une majuscule au début n'aide guère."
    ),
    "All-uppercase is almost as easy to guess as all-lowercase.": QT_TRANSLATE_NOOP(
        "PassphraseFeedback",
        "Tout en majuscules est presque aussi facile à deviner que tout en minuscules.",
    ),
    "Reversed words aren't much harder to guess.": QT_TRANSLATE_NOOP(
        "PassphraseFeedback", "Un mot écrit à l'envers n'est guère plus difficile à deviner."
    ),
    "Predictable substitutions like '@' instead of 'a' don't help very much.": QT_TRANSLATE_NOOP(
        "PassphraseFeedback",
        "Les substitutions prévisibles, comme « @ » au lieu de « a », n'aident guère.",
    ),
}
#: A sentence of zxcvbn's that :data:`FEEDBACK` does not know.
FEEDBACK_GENERIC = QT_TRANSLATE_NOOP(
    "PassphraseFeedback",
    "Cette phrase secrète est facile à deviner : ajoutez des mots peu courants, sans lien "
    "entre eux.",
)
#: The passphrase contains the organisation's or the DPO's name (zxcvbn says nothing).
FEEDBACK_PERSONAL = QT_TRANSLATE_NOOP(
    "PassphraseFeedback",
    "Évitez le nom de l'organisme, celui du DPO et son adresse e-mail : ils sont connus.",
)


class GuessablePassphrase(UserError):
    """A new passphrase long enough but too easy to guess (zxcvbn score below 3)."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Cette phrase secrète est trop facile à deviner (robustesse {score} sur 4, "
        "{minimum} au moins exigé) : {reason}",
    )
    value_contexts = {"reason": CONTEXT}
    exit_code = 6


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (too short) .. 4; 3 or more is acceptable
    bits: float  # log2 of zxcvbn's guess estimate
    label: str  # message id in STRENGTH_LABELS
    hint: str | None  # the first message id of the feedback (context PassphraseFeedback)
    feedback: tuple[str, ...] = ()  # message ids of context PassphraseFeedback
    acceptable: bool = False

    def feedback_text(self, translate: Callable[[str, str], str] | None = None) -> str:
        """The feedback as one paragraph; ``translate(context, text)`` (French if None)."""
        tr = translate or (lambda _context, text: text)
        return " ".join(tr(CONTEXT, message) for message in self.feedback)


def french_feedback(sentence: str) -> str:
    """The message id of one of zxcvbn's English sentences (generic if unknown)."""
    return FEEDBACK.get(sentence.strip(), FEEDBACK_GENERIC)


def personal_words(*values: str) -> list[str]:
    """What zxcvbn should treat as known about the user: each value, and its words of
    three letters or more (an e-mail gives its name and domain parts too)."""
    words: list[str] = []
    for value in values:
        value = (value or "").strip().lower()
        if not value:
            continue
        words.append(value)
        words += [w for w in re.split(r"[\W_]+", value) if len(w) >= 3]
    return list(dict.fromkeys(words))


def estimate_strength(passphrase: str, user_inputs: Iterable[str] = ()) -> Strength:
    """zxcvbn's rating of ``passphrase``, with its feedback as French message ids."""
    if len(passphrase) < MINIMUM_LENGTH:
        return Strength(0, 0.0, STRENGTH_LABELS[0], HINT_LONGER, (HINT_LONGER,))
    inputs = list(user_inputs)
    result = zxcvbn(passphrase[:_RATED_LENGTH], user_inputs=inputs)
    raw = int(result["score"])
    score = max(1, raw)
    bits = float(result.get("guesses_log10", 0.0)) * math.log2(10)
    messages: list[str] = []
    if raw < MINIMUM_SCORE:
        if any(m.get("dictionary_name") == "user_inputs" for m in result.get("sequence", ())):
            messages.append(FEEDBACK_PERSONAL)
        feedback = result.get("feedback") or {}
        sentences = [feedback.get("warning") or "", *(feedback.get("suggestions") or ())]
        messages += [french_feedback(s) for s in sentences if s]
        if not messages:
            messages.append(FEEDBACK_GENERIC)
    messages = list(dict.fromkeys(messages))
    return Strength(
        score,
        bits,
        STRENGTH_LABELS[score],
        messages[0] if messages else None,
        tuple(messages),
        raw >= MINIMUM_SCORE,
    )


def is_long_enough(passphrase: str) -> bool:
    return len(passphrase) >= MINIMUM_LENGTH


def is_acceptable(passphrase: str, user_inputs: Iterable[str] = ()) -> bool:
    """The rule for a new passphrase: long enough, and rated 3 or more by zxcvbn."""
    return is_long_enough(passphrase) and estimate_strength(passphrase, user_inputs).acceptable


def require_strong(passphrase: str, user_inputs: Iterable[str] = ()) -> Strength:
    """Raise :class:`GuessablePassphrase` unless zxcvbn rates it 3 or more (the length
    is the caller's first check, with its own message)."""
    strength = estimate_strength(passphrase, user_inputs)
    if not strength.acceptable:
        raise GuessablePassphrase(
            score=strength.score if strength.score else 0,
            minimum=MINIMUM_SCORE,
            reason=strength.hint or FEEDBACK_GENERIC,
        )
    return strength
