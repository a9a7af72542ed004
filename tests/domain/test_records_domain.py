"""The registers' domain: validation of the three forms, retention, and the flags.

Today is Tuesday 10 March 2026, as in the other domain tests. Expected flags are worked
out from the rules by hand.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from dpo_desk.domain.countries import DEFAULT_ADEQUATE_COUNTRIES, ISO_COUNTRIES
from dpo_desk.domain.errors import ValidationError
from dpo_desk.domain.record_flags import (
    FLAG_KIND_LABELS,
    FlagKind,
    activity_flags,
    processor_flags,
    suggested_regime,
    transfer_flags,
)
from dpo_desk.domain.records import (
    ART28_CLAUSE_LABELS,
    ART28_LETTERS,
    CNDP_REGIME_LABELS,
    DATA_CATEGORY_LABELS,
    DATA_OUTCOME_LABELS,
    DEROGATION_LABELS,
    LEGAL_BASIS_CITATIONS,
    LEGAL_BASIS_LABELS,
    PROCESSOR_STATUS_LABELS,
    RECIPIENT_KIND_LABELS,
    SECURITY_MEASURE_LABELS,
    TRANSFER_MECHANISM_CITATIONS,
    TRANSFER_MECHANISM_LABELS,
    ActivityDetails,
    Art28Clause,
    CndpRegime,
    ContractEnd,
    DataCategory,
    DataOutcome,
    Derogation,
    Law0908Exception,
    LegalBasis,
    ProcessingActivity,
    Processor,
    ProcessorDetails,
    ProcessorStatus,
    Purpose,
    Recipient,
    RecipientKind,
    RetentionRule,
    RetentionUnit,
    SecurityMeasure,
    Transfer,
    TransferDetails,
    TransferMechanism,
)

TODAY = date(2026, 3, 10)
NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)


def activity_details(**overrides) -> ActivityDetails:
    values = dict(
        name="Comptes élèves",
        purposes=(Purpose("Gérer les comptes", LegalBasis.CONTRACT),),
        data_categories=frozenset({DataCategory.IDENTITY, DataCategory.CONNECTION}),
        retention=(
            RetentionRule(
                DataCategory.IDENTITY, 3, RetentionUnit.YEARS, "après la dernière connexion"
            ),
        ),
    )
    values.update(overrides)
    return ActivityDetails(**values)


def stored_activity(**overrides) -> ProcessingActivity:
    base = activity_details().validated(TODAY)
    extra = dict(id=1, created_at=NOW, updated_at=NOW, version=1)
    extra.update({k: overrides.pop(k) for k in list(overrides) if k in extra})
    return ProcessingActivity(**{**base.__dict__, **overrides}, **extra)


def stored_processor(**overrides) -> Processor:
    values = dict(
        name="Stripe",
        countries=("US",),
        dpa_signed=True,
        dpa_signed_on=date(2025, 1, 15),
        clauses=frozenset(Art28Clause),
        next_review_on=date(2026, 6, 1),
        id=7,
        status=ProcessorStatus.ACTIVE,
        ended_on=None,
        data_outcome=None,
        data_outcome_on=None,
        created_at=NOW,
        updated_at=NOW,
        version=1,
        transfers=(stored_transfer(mechanism=TransferMechanism.SCC, processor_id=7),),
    )
    values.update(overrides)
    return Processor(**values)


def stored_transfer(**overrides) -> Transfer:
    values = dict(country="US", activity_id=1, id=3, created_at=NOW, updated_at=NOW)
    values.update(overrides)
    return Transfer(**values)


# ----------------------------------------------------------------------------- activities


def test_activity_is_trimmed_and_deduplicated():
    clean = activity_details(
        name="  Comptes   élèves ",
        subject_categories=(" Élèves ", "élèves", "Parents", ""),
        recipients=(
            Recipient(RecipientKind.INTERNAL, " Support "),
            Recipient(RecipientKind.INTERNAL, "Support"),
        ),
    ).validated(TODAY)
    assert clean.name == "Comptes élèves"
    assert clean.subject_categories == ("Élèves", "Parents")
    assert clean.recipients == (Recipient(RecipientKind.INTERNAL, "Support"),)


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"name": "   "}, "name"),
        ({"purposes": ()}, "purposes"),
        ({"purposes": (Purpose("  ", LegalBasis.CONSENT),)}, "purposes"),
        # GDPR Art. 13(1)(d): a legitimate interest must be stated.
        ({"purposes": (Purpose("Fraude", LegalBasis.LEGITIMATE_INTERESTS),)}, "purposes"),
        (
            {"retention": (RetentionRule(DataCategory.IDENTITY, 0, RetentionUnit.DAYS),)},
            "retention",
        ),
        (
            {"retention": (RetentionRule(DataCategory.IDENTITY, -3, RetentionUnit.YEARS),)},
            "retention",
        ),
        (
            {"retention": (RetentionRule(DataCategory.IDENTITY, 1001, RetentionUnit.YEARS),)},
            "retention",
        ),
        (
            {"retention": (RetentionRule(DataCategory.IDENTITY, True, RetentionUnit.YEARS),)},
            "retention",
        ),
        # A retention period for data the activity does not collect.
        (
            {"retention": (RetentionRule(DataCategory.FINANCIAL, 10, RetentionUnit.YEARS),)},
            "retention",
        ),
        ({"cndp_receipt": "D-443/2022", "cndp_receipt_on": date(2026, 3, 11)}, "cndp_receipt_on"),
        ({"cndp_receipt": "D-443/2022", "cndp_receipt_on": date(2008, 12, 31)}, "cndp_receipt_on"),
        ({"cndp_receipt_on": date(2022, 5, 2)}, "cndp_receipt"),
        ({"dpia_done_on": date(2025, 5, 2)}, "dpia_done_on"),
        ({"dpia_done": True, "dpia_done_on": date(2026, 4, 1)}, "dpia_done_on"),
        ({"last_reviewed_on": date(2026, 3, 11)}, "last_reviewed_on"),
        ({"name": "x" * 301}, "name"),
        ({"notes": "x" * 20_001}, "notes"),
        ({"cndp_receipt": "D-" + "1" * 100}, "cndp_receipt"),
        ({"subject_categories": tuple(f"Catégorie {i}" for i in range(101))}, "subject_categories"),
        ({"sources": ("x" * 301,)}, "sources"),
    ],
)
def test_activity_validation_names_the_field(overrides, field):
    with pytest.raises(ValidationError) as caught:
        activity_details(**overrides).validated(TODAY)
    assert caught.value.field == field
    assert caught.value.exit_code == 6
    assert caught.value.message()  # a French sentence, formatted


def test_activity_accepts_receipt_and_dpia_dated_today():
    clean = activity_details(
        cndp_receipt=" D-W-442/2022 ",
        cndp_receipt_on=TODAY,
        dpia_required=True,
        dpia_done=True,
        dpia_done_on=TODAY,
        last_reviewed_on=TODAY,
        purposes=(
            Purpose("Prévenir la fraude", LegalBasis.LEGITIMATE_INTERESTS, "Protéger les payeurs"),
        ),
    ).validated(TODAY)
    assert clean.cndp_receipt == "D-W-442/2022"


def test_stored_activity_gives_back_its_form():
    activity = stored_activity(last_reviewed_on=date(2026, 1, 5))
    details = activity.details()
    assert type(details) is ActivityDetails
    assert details.last_reviewed_on == date(2026, 1, 5)
    assert details.validated(TODAY) == details


# ----------------------------------------------------------------------------- retention


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        (
            RetentionRule(
                DataCategory.IDENTITY, 3, RetentionUnit.YEARS, "après la dernière connexion"
            ),
            "3 ans après la dernière connexion",
        ),
        (RetentionRule(DataCategory.IDENTITY, 1, RetentionUnit.YEARS), "1 an"),
        (
            RetentionRule(DataCategory.CONNECTION, 12, RetentionUnit.MONTHS, "(sécurité)"),
            "12 mois (sécurité)",
        ),
        (RetentionRule(DataCategory.IDENTITY, 90, RetentionUnit.DAYS), "90 jours"),
        (RetentionRule(DataCategory.IDENTITY, 1, RetentionUnit.DAYS), "1 jour"),
    ],
)
def test_retention_text(rule, text):
    assert rule.text() == text


def test_retention_end_dates():
    years = RetentionRule(DataCategory.IDENTITY, 3, RetentionUnit.YEARS)
    assert years.ends_on(date(2024, 2, 29)) == date(2027, 2, 28)  # no 29 February in 2027
    months = RetentionRule(DataCategory.CONNECTION, 12, RetentionUnit.MONTHS)
    assert months.ends_on(date(2026, 1, 31)) == date(2027, 1, 31)
    days = RetentionRule(DataCategory.IDENTITY, 90, RetentionUnit.DAYS)
    assert days.ends_on(date(2026, 1, 1)) == date(2026, 4, 1)


# ----------------------------------------------------------------------------- processors


def test_processor_countries_are_normalised():
    clean = ProcessorDetails(name=" Stripe ", countries=(" us", "IE", "US", "")).validated(TODAY)
    assert clean.name == "Stripe"
    assert clean.countries == ("US", "IE")


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"name": ""}, "name"),
        ({"countries": ("USA",)}, "countries"),
        ({"countries": ("UK",)}, "countries"),  # the ISO code is GB
        ({"countries": ("XX",)}, "countries"),
        ({"dpa_signed_on": date(2025, 1, 1)}, "dpa_signed_on"),  # a date but no DPA
        ({"dpa_signed": True, "dpa_signed_on": date(2026, 3, 11)}, "dpa_signed_on"),
        (
            {
                "dpa_signed": True,
                "dpa_signed_on": date(2025, 1, 1),
                "contract_ends_on": date(2024, 12, 31),
            },
            "contract_ends_on",
        ),
        ({"service": "x" * 2001}, "service"),
        ({"certifications": tuple(f"ISO {i}" for i in range(101))}, "certifications"),
    ],
)
def test_processor_validation_names_the_field(overrides, field):
    with pytest.raises(ValidationError) as caught:
        ProcessorDetails(**{"name": "Stripe", **overrides}).validated(TODAY)
    assert caught.value.field == field


@pytest.mark.parametrize(
    ("end", "field"),
    [
        (ContractEnd(date(2026, 3, 11)), "ended_on"),
        (ContractEnd(date(2024, 12, 1)), "ended_on"),  # before the DPA was signed
        (ContractEnd(date(2026, 3, 1), DataOutcome.DELETED), "outcome_on"),
        (ContractEnd(date(2026, 3, 1), None, date(2026, 3, 2)), "outcome_on"),
        (ContractEnd(date(2026, 3, 1), DataOutcome.RETURNED, date(2026, 3, 12)), "outcome_on"),
    ],
)
def test_contract_end_validation(end, field):
    with pytest.raises(ValidationError) as caught:
        end.validated(TODAY, stored_processor())
    assert caught.value.field == field


# ----------------------------------------------------------------------------- transfers


@pytest.mark.parametrize(
    ("details", "field"),
    [
        (TransferDetails(country="", activity_id=1), "country"),
        (TransferDetails(country="USA", activity_id=1), "country"),
        (TransferDetails(country="ma", activity_id=1), "country"),  # not a transfer abroad
        (TransferDetails(country="US"), "activity_id"),
        (
            TransferDetails(country="US", activity_id=1, mechanism=TransferMechanism.DEROGATION),
            "derogation",
        ),
        (
            TransferDetails(
                country="US",
                activity_id=1,
                mechanism=TransferMechanism.SCC,
                derogation=Derogation.EXPLICIT_CONSENT,
            ),
            "derogation",
        ),
        (
            TransferDetails(
                country="US", activity_id=1, mechanism=TransferMechanism.CNDP_AUTHORISATION
            ),
            "reference",
        ),
        (TransferDetails(country="US", activity_id=1, reference="x" * 301), "reference"),
    ],
)
def test_transfer_validation_names_the_field(details, field):
    with pytest.raises(ValidationError) as caught:
        details.validated()
    assert caught.value.field == field


def test_transfer_is_normalised():
    clean = TransferDetails(
        country=" us ",
        processor_id=2,
        mechanism=TransferMechanism.CNDP_AUTHORISATION,
        reference=" F118 A-PO-268/2024 ",
    ).validated()
    assert (clean.country, clean.reference) == ("US", "F118 A-PO-268/2024")


# ----------------------------------------------------------------------------- flags


@pytest.mark.parametrize(
    ("transfer", "adequate", "expected"),
    [
        (stored_transfer(country="FR"), DEFAULT_ADEQUATE_COUNTRIES, []),
        (stored_transfer(country="NO"), DEFAULT_ADEQUATE_COUNTRIES, []),  # EEA
        (stored_transfer(country="US"), DEFAULT_ADEQUATE_COUNTRIES, ["transfer_without_mechanism"]),
        # Under 09-08 the GDPR's guarantees support an F118 request; alone, they are flagged.
        (
            stored_transfer(mechanism=TransferMechanism.SCC),
            DEFAULT_ADEQUATE_COUNTRIES,
            ["transfer_without_mechanism"],
        ),
        (
            stored_transfer(mechanism=TransferMechanism.BCR),
            DEFAULT_ADEQUATE_COUNTRIES,
            ["transfer_without_mechanism"],
        ),
        # An exception of the law clears the transfer, whatever the mechanism.
        (
            stored_transfer(law_exception=Law0908Exception.EXPRESS_CONSENT),
            DEFAULT_ADEQUATE_COUNTRIES,
            [],
        ),
        (
            stored_transfer(
                mechanism=TransferMechanism.DEROGATION, derogation=Derogation.EXPLICIT_CONSENT
            ),
            DEFAULT_ADEQUATE_COUNTRIES,
            [],
        ),
        (
            stored_transfer(mechanism=TransferMechanism.CNDP_AUTHORISATION, reference="F118-12"),
            DEFAULT_ADEQUATE_COUNTRIES,
            [],
        ),
        # Adequacy claimed for a country that is not on the register's list.
        (
            stored_transfer(mechanism=TransferMechanism.ADEQUACY),
            DEFAULT_ADEQUATE_COUNTRIES,
            ["transfer_without_mechanism"],
        ),
        # The DPO added the country to the list (a newer CNDP délibération).
        (stored_transfer(country="CH"), DEFAULT_ADEQUATE_COUNTRIES | {"CH"}, []),
    ],
)
def test_transfer_flags(transfer, adequate, expected):
    assert [str(f.kind) for f in transfer_flags(transfer, adequate)] == expected


def test_guarantees_stop_being_flagged_once_the_cndp_authorised_the_transfer():
    scc = stored_transfer(mechanism=TransferMechanism.SCC)
    (flag,) = transfer_flags(scc, DEFAULT_ADEQUATE_COUNTRIES)
    assert "F118" in flag.message()
    assert transfer_flags(scc, DEFAULT_ADEQUATE_COUNTRIES, authorised=True) == []
    # The authorisation covers guarantees; a transfer with no footing at all stays flagged.
    bare = stored_transfer(country="US")
    assert transfer_flags(bare, DEFAULT_ADEQUATE_COUNTRIES, authorised=True) != []


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({}, []),
        ({"dpa_signed": False, "dpa_signed_on": None}, ["missing_dpa"]),
        ({"contract_ends_on": date(2026, 3, 9)}, ["missing_dpa"]),  # lapsed, still active
        ({"contract_ends_on": TODAY}, []),
        ({"clauses": frozenset(Art28Clause) - {Art28Clause.AUDITS}}, ["incomplete_dpa"]),
        # Without a DPA the missing clauses are not counted twice.
        ({"dpa_signed": False, "dpa_signed_on": None, "clauses": frozenset()}, ["missing_dpa"]),
        ({"next_review_on": date(2026, 3, 9)}, ["review_overdue"]),
        ({"next_review_on": TODAY}, []),  # due today is not overdue
        ({"next_review_on": None}, []),
        ({"transfers": ()}, ["transfer_without_mechanism"]),  # processes in the US, unrecorded
        ({"transfers": (), "countries": ("MA", "FR")}, []),
        ({"status": ProcessorStatus.ENDED, "ended_on": date(2026, 2, 1)}, ["data_not_returned"]),
        (
            {
                "status": ProcessorStatus.ENDED,
                "ended_on": date(2026, 2, 1),
                "data_outcome": DataOutcome.DELETED,
                "data_outcome_on": date(2026, 2, 3),
                "dpa_signed": False,  # an ended processor is not asked for a DPA any more
                "next_review_on": date(2026, 1, 1),
            },
            [],
        ),
        (
            {"dpa_signed": False, "next_review_on": date(2026, 1, 1), "transfers": ()},
            ["missing_dpa", "review_overdue", "transfer_without_mechanism"],
        ),
    ],
)
def test_processor_flags(overrides, expected):
    flags = processor_flags(stored_processor(**overrides), TODAY)
    assert [str(f.kind) for f in flags] == expected
    for flag in flags:
        assert flag.entity == "processor" and flag.entity_id == 7 and flag.name == "Stripe"
        assert "{" not in flag.message()


def test_review_overdue_message_counts_the_days():
    (flag,) = processor_flags(stored_processor(next_review_on=date(2026, 2, 20)), TODAY)
    assert flag.message() == "Revue du sous-traitant prévue le 2026-02-20 : 18 jour(s) de retard."


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"last_reviewed_on": date(2025, 3, 10)}, []),  # twelve months ago exactly
        ({"last_reviewed_on": date(2025, 3, 9)}, ["review_overdue"]),
        ({"created_at": datetime(2025, 3, 1, tzinfo=UTC)}, ["review_overdue"]),  # never reviewed
        ({"created_at": datetime(2025, 12, 1, tzinfo=UTC)}, []),
        ({"data_categories": frozenset({DataCategory.HEALTH})}, ["authorisation_needed"]),
        ({"data_categories": frozenset({DataCategory.NATIONAL_ID})}, ["authorisation_needed"]),
        (
            {
                "data_categories": frozenset({DataCategory.HEALTH}),
                "cndp_regime": CndpRegime.AUTHORISATION,
            },
            [],
        ),
        ({"minors": True}, []),  # minors alone are not an art. 12 case
        ({"dpia_required": True}, ["dpia_missing"]),
        ({"dpia_required": True, "dpia_done": True}, []),
    ],
)
def test_activity_flags(overrides, expected):
    overrides.setdefault("last_reviewed_on", None)
    activity = stored_activity(**overrides)
    assert [str(f.kind) for f in activity_flags(activity, TODAY)] == expected


def test_activity_review_period_is_a_policy_setting():
    activity = stored_activity(last_reviewed_on=date(2025, 10, 1))
    assert activity_flags(activity, TODAY) == []
    (flag,) = activity_flags(activity, TODAY, review_months=3)
    assert "3 mois" in flag.message() and "politique interne" in flag.message()


def test_suggested_regime_follows_art_12():
    assert suggested_regime({DataCategory.IDENTITY}) is CndpRegime.DECLARATION
    assert suggested_regime({DataCategory.IDENTITY, DataCategory.BIOMETRIC}) is (
        CndpRegime.AUTHORISATION
    )


# ----------------------------------------------------------------------------- references


def test_country_lists():
    assert len(ISO_COUNTRIES) == 249
    assert DEFAULT_ADEQUATE_COUNTRIES <= ISO_COUNTRIES
    assert len(DEFAULT_ADEQUATE_COUNTRIES) == 30  # EU 27 + IS, LI, NO
    assert "MA" not in DEFAULT_ADEQUATE_COUNTRIES and "US" not in DEFAULT_ADEQUATE_COUNTRIES


@pytest.mark.parametrize(
    ("labels", "enum"),
    [
        (LEGAL_BASIS_LABELS, LegalBasis),
        (LEGAL_BASIS_CITATIONS, LegalBasis),
        (DATA_CATEGORY_LABELS, DataCategory),
        (SECURITY_MEASURE_LABELS, SecurityMeasure),
        (RECIPIENT_KIND_LABELS, RecipientKind),
        (CNDP_REGIME_LABELS, CndpRegime),
        (TRANSFER_MECHANISM_LABELS, TransferMechanism),
        (TRANSFER_MECHANISM_CITATIONS, TransferMechanism),
        (DEROGATION_LABELS, Derogation),
        (ART28_CLAUSE_LABELS, Art28Clause),
        (ART28_LETTERS, Art28Clause),
        (PROCESSOR_STATUS_LABELS, ProcessorStatus),
        (DATA_OUTCOME_LABELS, DataOutcome),
        (FLAG_KIND_LABELS, FlagKind),
    ],
)
def test_every_member_has_a_label(labels, enum):
    if enum is not None:
        assert set(labels) == set(enum)
    assert all(isinstance(text, str) and text for text in labels.values())


def test_flag_values_survive_a_bad_translation():
    (flag,) = processor_flags(replace(stored_processor(), dpa_signed=False), TODAY)
    assert flag.message(lambda text: text + " {unknown}").startswith("Aucun contrat")
