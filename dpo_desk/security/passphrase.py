"""Passphrase rules: a minimum length, and an honest strength hint."""

from __future__ import annotations

import math
import string
from dataclasses import dataclass

from dpo_desk.domain.labels import QT_TRANSLATE_NOOP

MINIMUM_LENGTH = 12

STRENGTH_LABELS = (
    QT_TRANSLATE_NOOP("Passphrase", "Trop courte"),
    QT_TRANSLATE_NOOP("Passphrase", "Faible"),
    QT_TRANSLATE_NOOP("Passphrase", "Correcte"),
    QT_TRANSLATE_NOOP("Passphrase", "Bonne"),
    QT_TRANSLATE_NOOP("Passphrase", "Excellente"),
)

HINT_LONGER = QT_TRANSLATE_NOOP(
    "Passphrase",
    "Plusieurs mots sans lien entre eux font une phrase secrète longue et mémorisable.",
)
HINT_REPEAT = QT_TRANSLATE_NOOP("Passphrase", "Évitez les répétitions et les suites de caractères.")


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (refused) .. 4
    bits: float
    label: str  # message id in STRENGTH_LABELS
    hint: str | None


def estimate_strength(passphrase: str) -> Strength:
    """A rough entropy estimate: pool size × length, discounted for repetition.

    Deliberately conservative; it is a hint, not a guarantee. The hard rule is only
    the minimum length (the file's encryption rests on this passphrase alone).
    """
    if len(passphrase) < MINIMUM_LENGTH:
        return Strength(0, 0.0, STRENGTH_LABELS[0], HINT_LONGER)
    pool = 0
    if any(c in string.ascii_lowercase for c in passphrase):
        pool += 26
    if any(c in string.ascii_uppercase for c in passphrase):
        pool += 26
    if any(c in string.digits for c in passphrase):
        pool += 10
    if any(c in string.punctuation or c == " " for c in passphrase):
        pool += 33
    if any(ord(c) > 127 for c in passphrase):
        pool += 100  # accented Latin, Arabic...
    distinct = len(set(passphrase))
    effective_length = min(len(passphrase), distinct * 2)
    bits = effective_length * math.log2(max(pool, 2))
    hint = HINT_REPEAT if distinct * 2 < len(passphrase) else None
    if bits < 50:
        score = 1
    elif bits < 70:
        score = 2
    elif bits < 90:
        score = 3
    else:
        score = 4
    if hint is None and score < 3:
        hint = HINT_LONGER
    return Strength(score, bits, STRENGTH_LABELS[score], hint)


def is_acceptable(passphrase: str) -> bool:
    return len(passphrase) >= MINIMUM_LENGTH
