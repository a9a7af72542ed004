"""Which ground a refusal can rest on: the ground, the law and the right (issue 20).

A refusal answers every right of the request under every law the request falls under.
So a ground fits a request when, for each right asked:

- under each of the request's regimes that provides that right, the regime allows the
  ground for it (an article in ``GROUND_ARTICLES``);
- when none of the request's regimes provides the right (portability under Law 09-08
  alone), the only ground is ``NOT_APPLICABLE``: the law does not provide it.

The grounds, by law:

- GDPR: Art. 12(5) (manifestly unfounded or excessive: any right); Art. 12(6) (identity
  not established); Art. 15(4) (a copy that would harm others) and Art. 20(4); Art. 17(3)
  (the exceptions to erasure); Art. 20(1) (the conditions of portability); Art. 21(1)
  (objection: compelling legitimate grounds or legal claims, and processing under a legal
  obligation, Art. 6(1)(c), is outside its scope).
- Law 09-08: art. 7 (requests "manifestement abusives": access only); arts. 7 and 8 (the
  person "justifiant de son identité"); art. 8(a) (rectification, erasure and blocking are
  owed for data whose processing does not comply with the law: data kept lawfully, such as
  data under a GDPR Art. 17(3) exception, is outside it); art. 9 (objection: a legal
  obligation, or an express exclusion in the act authorising the processing).
- An objection to direct marketing is never refused (09-08 art. 9; GDPR Art. 21(2)-(3)).
  The register does not tell it apart from other objections: the objection grounds say
  "hors prospection" in their names.

Pure Python: the requests service refuses a ground that does not fit when a refusal is
recorded, and the letters service offers the refusal letter only for a ground that fits,
citing ``GroundFit.citations``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from dpo_desk.domain.errors import ValidationError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.domain.requests.workflow import (
    REFUSAL_REASON_LABELS,
    REGIME_LABELS,
    RIGHT_LABELS,
    RefusalReason,
    Regime,
    Right,
)

_G, _L = Regime.GDPR, Regime.LAW_09_08
_R = RefusalReason

# The rights each law provides. Law 09-08 has no portability; its erasure and blocking
# (the GDPR's restriction) are art. 8(a) rights, owed for data processed in breach of it.
RIGHTS_PROVIDED: Mapping[Regime, frozenset[Right]] = {
    _G: frozenset(Right),
    _L: frozenset(Right) - {Right.PORTABILITY},
}

# The order citations are given in: the Moroccan law first, as in the letters.
REGIME_ORDER = (_L, _G)


def provides(regime: Regime | str, right: Right | str) -> bool:
    return Right(right) in RIGHTS_PROVIDED[Regime(regime)]


# ground → law → right → article of that law the refusal rests on.
GROUND_ARTICLES: Mapping[RefusalReason, Mapping[Regime, Mapping[Right, str]]] = {
    _R.MANIFESTLY_UNFOUNDED: {_G: dict.fromkeys(Right, "12(5)")},
    _R.EXCESSIVE: {_G: dict.fromkeys(Right, "12(5)"), _L: {Right.ACCESS: "7"}},
    _R.IDENTITY_NOT_ESTABLISHED: {
        _G: dict.fromkeys(Right, "12(6)"),
        _L: {
            Right.ACCESS: "7",
            Right.RECTIFICATION: "8",
            Right.ERASURE: "8",
            Right.RESTRICTION: "8",
        },
    },
    _R.NOT_APPLICABLE: {
        _L: dict.fromkeys((Right.RECTIFICATION, Right.ERASURE, Right.RESTRICTION), "8(a)")
    },
    _R.RIGHTS_OF_OTHERS: {_G: {Right.ACCESS: "15(4)", Right.PORTABILITY: "20(4)"}},
    _R.ERASURE_EXCEPTION: {_G: {Right.ERASURE: "17(3)"}, _L: {Right.ERASURE: "8(a)"}},
    _R.PORTABILITY_CONDITIONS: {_G: {Right.PORTABILITY: "20(1)"}},
    _R.OVERRIDING_GROUNDS: {_G: {Right.OBJECTION: "21(1)"}},
    _R.LEGAL_OBLIGATION: {_G: {Right.OBJECTION: "21(1)"}, _L: {Right.OBJECTION: "9"}},
    _R.EXPRESS_EXCLUSION: {_L: {Right.OBJECTION: "9"}},
}

# Grounds whose merits the controller must be able to demonstrate, as their own article
# says: GDPR Art. 12(5) and 21(1), 09-08 art. 7 (abuse "à la charge du responsable").
BURDEN_ON_CONTROLLER = frozenset({_R.MANIFESTLY_UNFOUNDED, _R.EXCESSIVE, _R.OVERRIDING_GROUNDS})


class Citation(NamedTuple):
    """One article a refusal rests on. ``article`` is empty when the law does not provide
    the right at all (portability under Law 09-08): the citation is the law's silence."""

    regime: Regime
    article: str


@dataclass(frozen=True)
class GroundFit:
    """Whether a ground answers a request; what it rests on, or the first gap."""

    reason: RefusalReason
    fits: bool
    citations: tuple[Citation, ...] = ()
    right: Right | None = None  # the first right the ground does not answer
    regime: Regime | None = None  # under that law; None when no regime provides the right

    @property
    def burden_on_controller(self) -> bool:
        return self.reason in BURDEN_ON_CONTROLLER


ERR_GROUND_NOT_FOR_RIGHT = QT_TRANSLATE_NOOP(
    "Errors",
    "Le motif « {reason} » ne permet pas de refuser « {right} » au titre de « {regime} » : "
    "choisissez un motif que ce texte prévoit pour ce droit.",
)
ERR_RIGHT_NOT_PROVIDED = QT_TRANSLATE_NOOP(
    "Errors",
    "« {right} » n'est pas prévu par « {regime} » : le refus ne peut reposer que sur le "
    "motif « {expected} ».",
)


class GroundDoesNotFit(ValidationError):
    """A refusal ground that the request's laws do not allow for one of its rights."""

    value_contexts = {
        "reason": "RefusalReason",
        "right": "Right",
        "regime": "Regime",
        "expected": "RefusalReason",
    }

    def __init__(self, fit: GroundFit) -> None:
        assert not fit.fits and fit.right is not None
        self.fit = fit
        if fit.regime is None:
            super().__init__(
                ERR_RIGHT_NOT_PROVIDED,
                "refusal_reason",
                right=RIGHT_LABELS[fit.right],
                regime=REGIME_LABELS[_L],
                expected=REFUSAL_REASON_LABELS[_R.NOT_APPLICABLE],
            )
        else:
            super().__init__(
                ERR_GROUND_NOT_FOR_RIGHT,
                "refusal_reason",
                reason=REFUSAL_REASON_LABELS[fit.reason],
                right=RIGHT_LABELS[fit.right],
                regime=REGIME_LABELS[fit.regime],
            )


def ground_fit(
    reason: RefusalReason | str, regimes: Iterable[Regime | str], rights: Iterable[Right | str]
) -> GroundFit:
    """Whether ``reason`` answers every right of a request under every one of its laws,
    and the articles it then rests on (the Moroccan law first, rights in their order)."""
    reason = RefusalReason(reason)
    regimes = frozenset(Regime(r) for r in regimes)
    asked = [right for right in Right if right in {Right(r) for r in rights}]
    articles = GROUND_ARTICLES[reason]
    found: dict[Citation, None] = {}
    for right in asked:
        providing = [
            regime for regime in REGIME_ORDER if regime in regimes and provides(regime, right)
        ]
        if not providing:
            if reason is not _R.NOT_APPLICABLE:
                return GroundFit(reason, False, right=right, regime=None)
            found[Citation(_L, "")] = None
            continue
        for regime in providing:
            article = articles.get(regime, {}).get(right)
            if article is None:
                return GroundFit(reason, False, right=right, regime=regime)
            found[Citation(regime, article)] = None
    order = {regime: rank for rank, regime in enumerate(REGIME_ORDER)}
    citations = sorted(found, key=lambda c: order[c.regime])  # stable: rights keep their order
    return GroundFit(reason, True, tuple(citations))


def check_ground(
    reason: RefusalReason | str, regimes: Iterable[Regime | str], rights: Iterable[Right | str]
) -> GroundFit:
    """``ground_fit``, or :class:`GroundDoesNotFit` naming the right and the law at fault."""
    fit = ground_fit(reason, regimes, rights)
    if not fit.fits:
        raise GroundDoesNotFit(fit)
    return fit


def grounds_for(
    regimes: Iterable[Regime | str], rights: Iterable[Right | str]
) -> list[RefusalReason]:
    """The grounds that fit a request, in the order of ``RefusalReason`` (for menus)."""
    regimes, rights = frozenset(regimes), frozenset(rights)
    return [reason for reason in RefusalReason if ground_fit(reason, regimes, rights).fits]
