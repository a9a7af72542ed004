"""Refusal grounds ↔ law ↔ right (issue 20): the domain rule, and the refuse path that
applies it when a refusal is recorded."""

from __future__ import annotations

from datetime import date

import pytest

from dpo_desk.domain.refusals import (
    Citation,
    GroundDoesNotFit,
    check_ground,
    ground_fit,
    grounds_for,
)
from dpo_desk.domain.requests.model import RequestIntake
from dpo_desk.domain.requests.workflow import (
    REFUSAL_REASON_CITATIONS,
    REFUSAL_REASON_LABELS,
    RefusalReason,
    Regime,
    RequestStatus,
    Right,
)
from dpo_desk.services import requests as request_service

LAW = frozenset({Regime.LAW_09_08})
GDPR = frozenset({Regime.GDPR})
BOTH = LAW | GDPR
G = RefusalReason


@pytest.mark.parametrize(
    ("reason", "regimes", "rights", "citations"),
    [
        (G.EXCESSIVE, LAW, {Right.ACCESS}, [(Regime.LAW_09_08, "7")]),
        (G.EXCESSIVE, BOTH, {Right.ACCESS}, [(Regime.LAW_09_08, "7"), (Regime.GDPR, "12(5)")]),
        (G.EXCESSIVE, GDPR, {Right.ERASURE, Right.OBJECTION}, [(Regime.GDPR, "12(5)")]),
        (G.MANIFESTLY_UNFOUNDED, GDPR, {Right.RECTIFICATION}, [(Regime.GDPR, "12(5)")]),
        (G.IDENTITY_NOT_ESTABLISHED, LAW, {Right.ACCESS}, [(Regime.LAW_09_08, "7")]),
        (G.NOT_APPLICABLE, LAW, {Right.PORTABILITY}, [(Regime.LAW_09_08, "")]),
        (G.NOT_APPLICABLE, LAW, {Right.ERASURE}, [(Regime.LAW_09_08, "8(a)")]),
        (G.RIGHTS_OF_OTHERS, GDPR, {Right.ACCESS}, [(Regime.GDPR, "15(4)")]),
        (G.ERASURE_EXCEPTION, GDPR, {Right.ERASURE}, [(Regime.GDPR, "17(3)")]),
        (
            G.ERASURE_EXCEPTION,
            BOTH,
            {Right.ERASURE},
            [(Regime.LAW_09_08, "8(a)"), (Regime.GDPR, "17(3)")],
        ),
        (G.PORTABILITY_CONDITIONS, GDPR, {Right.PORTABILITY}, [(Regime.GDPR, "20(1)")]),
        # Portability under both: Law 09-08 has none to refuse, the GDPR's ground answers.
        (G.PORTABILITY_CONDITIONS, BOTH, {Right.PORTABILITY}, [(Regime.GDPR, "20(1)")]),
        (G.OVERRIDING_GROUNDS, GDPR, {Right.OBJECTION}, [(Regime.GDPR, "21(1)")]),
        (G.LEGAL_OBLIGATION, LAW, {Right.OBJECTION}, [(Regime.LAW_09_08, "9")]),
        (
            G.LEGAL_OBLIGATION,
            BOTH,
            {Right.OBJECTION},
            [(Regime.LAW_09_08, "9"), (Regime.GDPR, "21(1)")],
        ),
        (G.EXPRESS_EXCLUSION, LAW, {Right.OBJECTION}, [(Regime.LAW_09_08, "9")]),
    ],
)
def test_a_ground_that_fits_and_what_it_rests_on(reason, regimes, rights, citations):
    fit = ground_fit(reason, regimes, rights)
    assert fit.fits
    assert fit.citations == tuple(Citation(*c) for c in citations)


@pytest.mark.parametrize(
    ("reason", "regimes", "rights", "right", "regime"),
    [
        # Law 09-08 art. 7's abuse answers access only.
        (
            G.EXCESSIVE,
            LAW,
            {Right.ACCESS, Right.RECTIFICATION},
            Right.RECTIFICATION,
            Regime.LAW_09_08,
        ),
        (G.EXCESSIVE, LAW, {Right.OBJECTION}, Right.OBJECTION, Regime.LAW_09_08),
        # "Manifestly unfounded" is the GDPR's (Art. 12(5)): a request also under 09-08 lacks it.
        (G.MANIFESTLY_UNFOUNDED, LAW, {Right.ACCESS}, Right.ACCESS, Regime.LAW_09_08),
        (G.MANIFESTLY_UNFOUNDED, BOTH, {Right.ACCESS}, Right.ACCESS, Regime.LAW_09_08),
        # A 09-08 objection: legal obligation or express exclusion only (art. 9).
        (G.OVERRIDING_GROUNDS, BOTH, {Right.OBJECTION}, Right.OBJECTION, Regime.LAW_09_08),
        (G.IDENTITY_NOT_ESTABLISHED, LAW, {Right.OBJECTION}, Right.OBJECTION, Regime.LAW_09_08),
        # The GDPR provides every right: "not provided" never answers it.
        (G.NOT_APPLICABLE, BOTH, {Right.PORTABILITY}, Right.PORTABILITY, Regime.GDPR),
        (G.NOT_APPLICABLE, LAW, {Right.ACCESS}, Right.ACCESS, Regime.LAW_09_08),
        (G.ERASURE_EXCEPTION, GDPR, {Right.ACCESS}, Right.ACCESS, Regime.GDPR),
        (G.EXPRESS_EXCLUSION, BOTH, {Right.OBJECTION}, Right.OBJECTION, Regime.GDPR),
        # Portability under Law 09-08 alone: only "the law does not provide it".
        (G.EXCESSIVE, LAW, {Right.PORTABILITY}, Right.PORTABILITY, None),
    ],
)
def test_a_ground_that_does_not_fit_names_the_right_and_the_law(
    reason, regimes, rights, right, regime
):
    fit = ground_fit(reason, regimes, rights)
    assert not fit.fits and (fit.right, fit.regime) == (right, regime)
    with pytest.raises(GroundDoesNotFit) as caught:
        check_ground(reason, regimes, rights)
    assert caught.value.field == "refusal_reason"


def test_the_messages_name_the_ground_the_right_and_the_law_in_the_ui_language():
    with pytest.raises(GroundDoesNotFit) as caught:
        check_ground(G.MANIFESTLY_UNFOUNDED, LAW, {Right.ACCESS})
    assert caught.value.message() == (
        "Le motif « Demande manifestement infondée » ne permet pas de refuser « Droit "
        "d'accès » au titre de « Loi 09-08 » : choisissez un motif que ce texte prévoit pour "
        "ce droit."
    )
    contexts = []
    caught.value.message(lambda text: text, lambda context, text: contexts.append(context) or text)
    assert sorted(contexts) == ["RefusalReason", "Regime", "Right"]
    with pytest.raises(GroundDoesNotFit) as caught:
        check_ground(G.EXCESSIVE, LAW, {Right.PORTABILITY})
    assert "« Droit non prévu par le régime applicable »" in caught.value.message()


def test_every_ground_has_its_words_and_the_menus_offer_only_those_that_fit():
    assert set(REFUSAL_REASON_LABELS) == set(REFUSAL_REASON_CITATIONS) == set(RefusalReason)
    assert grounds_for(LAW, {Right.ACCESS}) == [
        G.EXCESSIVE,
        G.IDENTITY_NOT_ESTABLISHED,
    ]
    assert grounds_for(LAW, {Right.OBJECTION}) == [G.LEGAL_OBLIGATION, G.EXPRESS_EXCLUSION]
    assert grounds_for(BOTH, {Right.OBJECTION}) == [G.LEGAL_OBLIGATION]
    assert grounds_for(LAW, {Right.PORTABILITY}) == [G.NOT_APPLICABLE]
    assert G.MANIFESTLY_UNFOUNDED in grounds_for(GDPR, {Right.ACCESS})


# ----------------------------------------------------------------------------- the refuse path


def _request(register, clock, regimes, rights):
    intake = RequestIntake(
        regimes=frozenset(regimes),
        rights=frozenset(rights),
        received_on=date(2026, 3, 2),
        requester_name="Rachid Ouazzani",
    )
    return request_service.create_request(register, intake, clock=clock)


def test_recording_a_refusal_with_a_ground_its_laws_lack_is_refused(register, frozen_clock):
    req = _request(register, frozen_clock, LAW, {Right.ACCESS, Right.RECTIFICATION})
    with pytest.raises(GroundDoesNotFit) as caught:
        request_service.refuse(register, req, reason=G.EXCESSIVE, clock=frozen_clock)
    assert "« Droit de rectification » au titre de « Loi 09-08 »" in caught.value.message()
    assert caught.value.exit_code == 6
    assert request_service.get_request(register, req.id).status is RequestStatus.NEW
    assert request_service.journal_for(register, req)[-1].action == "create"  # nothing written
    refused = request_service.refuse(
        register, req, reason=G.IDENTITY_NOT_ESTABLISHED, clock=frozen_clock
    )
    assert refused.refusal_reason is G.IDENTITY_NOT_ESTABLISHED


def test_a_missing_ground_is_still_asked_for_first(register, frozen_clock):
    from dpo_desk.domain.errors import ValidationError

    req = _request(register, frozen_clock, LAW, {Right.ACCESS})
    with pytest.raises(ValidationError) as caught:
        request_service.refuse(register, req, reason=None, clock=frozen_clock)
    assert caught.value.message() == "Un refus doit être motivé : choisissez le motif du refus."
