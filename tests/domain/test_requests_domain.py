"""Rights requests: stored values, labels and the workflow (references: test_references)."""

from __future__ import annotations

import itertools

import pytest

from dpo_desk.domain.errors import InvalidTransition, ValidationError
from dpo_desk.domain.requests import workflow as rq
from dpo_desk.domain.requests.workflow import (
    Channel,
    IdentityStatus,
    InvalidRequestTransition,
    RefusalReason,
    Regime,
    RequestStatus,
    Right,
    check_transition,
    validate_transition,
)

S = RequestStatus


@pytest.mark.parametrize(
    ("enum", "values"),
    [
        (Regime, ["law-09-08", "gdpr"]),
        (
            Right,
            ["access", "rectification", "erasure", "restriction", "portability", "objection"],
        ),
        (Channel, ["email", "post", "web_form", "phone", "in_person"]),
        (
            RequestStatus,
            [
                "new",
                "awaiting_identity",
                "in_progress",
                "extended",
                "answered",
                "refused",
                "withdrawn",
                "closed",
            ],
        ),
        (
            RefusalReason,
            [
                "manifestly_unfounded",
                "excessive",
                "identity_not_established",
                "not_applicable",
                # appended with the grounds per regime (domain/refusals.py)
                "rights_of_others",
                "erasure_exception",
                "portability_conditions",
                "overriding_grounds",
                "legal_obligation",
                "express_exclusion",
            ],
        ),
        (IdentityStatus, ["not_required", "pending", "verified", "failed"]),
    ],
)
def test_stored_values_never_change(enum, values):
    assert [member.value for member in enum] == values


@pytest.mark.parametrize(
    ("enum", "labels"),
    [
        (Regime, rq.REGIME_LABELS),
        (Right, rq.RIGHT_LABELS),
        (Channel, rq.CHANNEL_LABELS),
        (RequestStatus, rq.REQUEST_STATUS_LABELS),
        (RefusalReason, rq.REFUSAL_REASON_LABELS),
        (RefusalReason, rq.REFUSAL_REASON_CITATIONS),
        (IdentityStatus, rq.IDENTITY_STATUS_LABELS),
    ],
)
def test_every_member_has_a_french_label(enum, labels):
    assert set(labels) == set(enum)
    assert all(text and text != member.value for member, text in labels.items())
    assert len(set(labels.values())) == len(labels)


@pytest.mark.parametrize(
    ("member", "label"),
    [
        (Right.ACCESS, "Droit d'accès"),
        (Regime.LAW_09_08, "Loi 09-08"),
        (Regime.GDPR, "RGPD"),
        (S.CLOSED, "Clôturée"),
    ],
)
def test_some_labels(member, label):
    labels = {**rq.RIGHT_LABELS, **rq.REGIME_LABELS, **rq.REQUEST_STATUS_LABELS}
    assert labels[member] == label


# ----------------------------------------------------------------------------- workflow

# Written out here, independently of the module, so a change to the workflow shows up.
ALLOWED = {
    (S.NEW, S.AWAITING_IDENTITY),
    (S.NEW, S.IN_PROGRESS),
    (S.NEW, S.REFUSED),
    (S.NEW, S.WITHDRAWN),
    (S.AWAITING_IDENTITY, S.IN_PROGRESS),
    (S.AWAITING_IDENTITY, S.REFUSED),
    (S.AWAITING_IDENTITY, S.WITHDRAWN),
    (S.IN_PROGRESS, S.AWAITING_IDENTITY),
    (S.IN_PROGRESS, S.EXTENDED),
    (S.IN_PROGRESS, S.ANSWERED),
    (S.IN_PROGRESS, S.REFUSED),
    (S.IN_PROGRESS, S.WITHDRAWN),
    (S.EXTENDED, S.ANSWERED),
    (S.EXTENDED, S.REFUSED),
    (S.EXTENDED, S.WITHDRAWN),
    (S.ANSWERED, S.CLOSED),
    (S.REFUSED, S.CLOSED),
    (S.WITHDRAWN, S.CLOSED),
}
FORBIDDEN = sorted(set(itertools.product(S, S)) - ALLOWED)


def test_transition_table_matches_the_workflow():
    table = {(old, new) for old, targets in rq.ALLOWED_TRANSITIONS.items() for new in targets}
    assert table == ALLOWED
    assert set(rq.ALLOWED_TRANSITIONS) == set(S)
    assert rq.ALLOWED_TRANSITIONS[S.CLOSED] == frozenset()


@pytest.mark.parametrize(("old", "new"), sorted(ALLOWED))
def test_allowed_moves(old, new):
    check_transition(old, new)
    reason = RefusalReason.EXCESSIVE if new is S.REFUSED else None
    assert validate_transition(old, new, refusal_reason=reason) == reason


@pytest.mark.parametrize(("old", "new"), FORBIDDEN)
def test_forbidden_moves(old, new):
    assert len(FORBIDDEN) == 64 - 18
    with pytest.raises(InvalidRequestTransition) as caught:
        check_transition(old, new)
    assert (caught.value.old, caught.value.new) == (old, new)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (S.NEW, S.ANSWERED),  # an answer needs the work first
        (S.NEW, S.EXTENDED),
        (S.AWAITING_IDENTITY, S.EXTENDED),
        (S.EXTENDED, S.IN_PROGRESS),
        (S.ANSWERED, S.IN_PROGRESS),
        (S.CLOSED, S.NEW),
        (S.IN_PROGRESS, S.IN_PROGRESS),  # not a move
    ],
)
def test_forbidden_sample_through_validate(old, new):
    with pytest.raises(InvalidRequestTransition):
        validate_transition(old, new, refusal_reason=None)


def test_invalid_transition_names_both_statuses_in_french():
    error = InvalidRequestTransition("closed", "in_progress")
    assert isinstance(error, InvalidTransition)  # the faces catch the shared base
    assert error.exit_code == 6
    assert error.message() == (
        "Une demande au statut « Clôturée » ne peut pas passer au statut "
        "« En cours de traitement »."
    )
    assert error.context == "RequestStatus"
    # The UI translates the status names in the same context as the sentence.
    english = {
        InvalidRequestTransition.template: "A request in status “{old}” cannot move to “{new}”.",
        "Clôturée": "Closed",
        "En cours de traitement": "In progress",
    }
    assert error.message(lambda text: english.get(text, text)) == (
        "A request in status “Closed” cannot move to “In progress”."
    )
    assert error.exit_code == 6


@pytest.mark.parametrize("old", [S.NEW, S.AWAITING_IDENTITY, S.IN_PROGRESS, S.EXTENDED])
def test_refusal_needs_a_reason(old):
    with pytest.raises(ValidationError) as caught:
        validate_transition(old, S.REFUSED)
    assert caught.value.field == "refusal_reason"


@pytest.mark.parametrize(
    ("reason", "expected"),
    [
        ("manifestly_unfounded", RefusalReason.MANIFESTLY_UNFOUNDED),
        (RefusalReason.NOT_APPLICABLE, RefusalReason.NOT_APPLICABLE),
        ("identity_not_established", RefusalReason.IDENTITY_NOT_ESTABLISHED),
    ],
)
def test_refusal_reason_is_returned_as_enum(reason, expected):
    assert validate_transition(S.NEW, S.REFUSED, refusal_reason=reason) is expected


def test_unknown_refusal_reason():
    with pytest.raises(ValidationError) as caught:
        validate_transition(S.NEW, S.REFUSED, refusal_reason="boring")
    assert "boring" in str(caught.value)


def test_reason_without_refusal_is_refused():
    with pytest.raises(ValidationError):
        validate_transition(S.IN_PROGRESS, S.ANSWERED, refusal_reason=RefusalReason.EXCESSIVE)


def test_allowed_next_for_menus():
    assert rq.allowed_next("extended") == {S.ANSWERED, S.REFUSED, S.WITHDRAWN}
    assert rq.can_transition(S.WITHDRAWN, S.CLOSED)
    assert not rq.can_transition(S.WITHDRAWN, S.IN_PROGRESS)
