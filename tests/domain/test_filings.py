"""The formality engine (Law 09-08 arts. 12, 15, 43-44): a table of triggers and exceptions."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from dpo_desk.domain.countries import DEFAULT_ADEQUATE_COUNTRIES
from dpo_desk.domain.errors import ValidationError
from dpo_desk.domain.filings import (
    DECLARED_ITEMS,
    Annex,
    FilingStatus,
    FilingUpdate,
    FormalityKind,
    Missing,
    TransferView,
    annex_checklist,
    changed_items,
    derived_filing,
    formalities,
    missing_information,
    transfer_views,
)
from dpo_desk.domain.organisation import Organisation
from dpo_desk.domain.records import (
    ActivityDetails,
    Art28Clause,
    CndpRegime,
    DataCategory,
    Law0908Exception,
    LegalBasis,
    ProcessingActivity,
    Processor,
    ProcessorStatus,
    Purpose,
    Recipient,
    RecipientKind,
    RetentionRule,
    RetentionUnit,
    SecurityMeasure,
    Transfer,
    TransferMechanism,
)

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
TODAY = date(2026, 3, 10)


def details(**overrides) -> ActivityDetails:
    values = dict(
        name="Comptes élèves",
        purposes=(Purpose("Gérer les comptes", LegalBasis.CONTRACT),),
        description="Inscription et suivi des élèves",
        subject_categories=("Élèves",),
        data_categories=frozenset({DataCategory.IDENTITY}),
        sources=("Formulaire d'inscription",),
        recipients=(Recipient(RecipientKind.INTERNAL, "Pédagogie"),),
        retention=(RetentionRule(DataCategory.IDENTITY, 3, RetentionUnit.YEARS, "après"),),
        security_measures=frozenset({SecurityMeasure.ENCRYPTION}),
        rights_service="DPO — dpo@example.ma",
    )
    values.update(overrides)
    return ActivityDetails(**values)


def kinds(activity: ActivityDetails, transfers=(), adequate=DEFAULT_ADEQUATE_COUNTRIES):
    return [f.kind for f in formalities(activity, transfers, adequate)]


D, A, T = FormalityKind.DECLARATION, FormalityKind.AUTHORISATION, FormalityKind.TRANSFER


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({}, [D]),  # the default: prior declaration (art. 12)
        ({"data_categories": frozenset({DataCategory.HEALTH})}, [A]),  # sensitive (art. 1(3))
        ({"data_categories": frozenset({DataCategory.RELIGIOUS_BELIEFS})}, [A]),
        ({"data_categories": frozenset({DataCategory.GENETIC})}, [A]),
        ({"data_categories": frozenset({DataCategory.OFFENCES})}, [A]),
        ({"data_categories": frozenset({DataCategory.NATIONAL_ID})}, [A]),  # CIN number
        ({"collected_for": "Gestion des inscriptions"}, [A]),  # another purpose
        ({"interconnections": "Fichier des paiements"}, [A]),  # interconnection
        ({"interconnections": "   "}, [D]),  # blank is none
        ({"minors": True}, [D]),  # minors alone: no art. 12 trigger
        ({"data_categories": frozenset({DataCategory.FINANCIAL, DataCategory.LOCATION})}, [D]),
    ],
)
def test_main_formality(overrides, expected):
    assert kinds(details(**overrides)) == expected


@pytest.mark.parametrize(
    ("transfer", "adequate", "expected"),
    [
        (TransferView("FR"), DEFAULT_ADEQUATE_COUNTRIES, [D]),  # on the register's list
        (TransferView("US"), DEFAULT_ADEQUATE_COUNTRIES, [D, T]),  # no footing
        (TransferView("US", mechanism=TransferMechanism.SCC), DEFAULT_ADEQUATE_COUNTRIES, [D, T]),
        (TransferView("US", mechanism=TransferMechanism.BCR), DEFAULT_ADEQUATE_COUNTRIES, [D, T]),
        (
            TransferView("US", exception=Law0908Exception.EXPRESS_CONSENT),
            DEFAULT_ADEQUATE_COUNTRIES,
            [D],
        ),
        (
            TransferView("US", exception=Law0908Exception.CONTRACT_WITH_SUBJECT),
            DEFAULT_ADEQUATE_COUNTRIES,
            [D],
        ),
        (TransferView("CH"), DEFAULT_ADEQUATE_COUNTRIES | {"CH"}, [D]),  # the DPO's list
        (TransferView("US", "Mixpanel", recorded=False), DEFAULT_ADEQUATE_COUNTRIES, [D, T]),
        (TransferView("MA"), frozenset(), [D]),  # home is not abroad
    ],
)
def test_transfer_formality(transfer, adequate, expected):
    assert kinds(details(), [transfer], adequate) == expected


def test_every_authorisation_trigger_is_a_reason_with_its_article():
    activity = details(
        data_categories=frozenset(
            {
                DataCategory.HEALTH,
                DataCategory.GENETIC,
                DataCategory.OFFENCES,
                DataCategory.NATIONAL_ID,
            }
        ),
        collected_for="Facturation",
        interconnections="Fichier RH",
    )
    (main,) = formalities(activity)
    texts = [r.text() for r in main.reasons]
    assert len(texts) == 6
    assert all(t.endswith("(loi 09-08 art. 12)") for t in texts)
    assert "Données de santé" in texts[0]
    assert "Facturation" in texts[4] and "Fichier RH" in texts[5]
    assert main.form == "F112"


def test_clauses_support_the_request_they_do_not_clear_it():
    views = [TransferView("US", "Stripe", TransferMechanism.SCC, reference="2021/914")]
    main, transfer = formalities(details(), views)
    assert (main.form, transfer.form) == ("F211", "F118")
    (reason,) = transfer.reasons
    sentence = reason.text()
    assert "US (par Stripe)" in sentence and "clauses contractuelles types" in sentence
    assert "n'en dispensent pas" in sentence and sentence.endswith("(loi 09-08 art. 43-44)")
    # The CNDP examines the transfer only once the processing has its receipt.
    assert any("récépissé" in note.text() for note in transfer.notes)


def test_an_exception_is_shown_beside_the_main_formality():
    views = [TransferView("US", exception=Law0908Exception.EXPRESS_CONSENT)]
    (main,) = formalities(details(), views)
    assert any("Consentement exprès" in note.text() for note in main.notes)


def test_translation_goes_through_the_contexts():
    seen = []

    def tr(context, text):
        seen.append(context)
        return text.upper() if context == "DataCategory" else text

    (main,) = formalities(details(data_categories=frozenset({DataCategory.HEALTH})))
    assert "DONNÉES DE SANTÉ" in main.reasons[0].text(tr)
    assert {"Filings", "DataCategory"} <= set(seen)


def _stored(activity: ActivityDetails, **extra) -> ProcessingActivity:
    return ProcessingActivity(
        **activity.__dict__, id=1, created_at=NOW, updated_at=NOW, version=1, **extra
    )


def _processor(**overrides) -> Processor:
    values = dict(
        name="Mixpanel",
        countries=("US", "MA"),
        clauses=frozenset(Art28Clause),
        dpa_signed=True,
        id=7,
        status=ProcessorStatus.ACTIVE,
        ended_on=None,
        data_outcome=None,
        data_outcome_on=None,
        created_at=NOW,
        updated_at=NOW,
        version=1,
    )
    values.update(overrides)
    return Processor(**values)


def test_transfer_views_cover_processors_countries_without_a_transfer():
    activity = _stored(details(), processor_ids=(7, 8))
    used = _processor()
    ended = _processor(id=8, name="Ancien", status=ProcessorStatus.ENDED, countries=("CN",))
    other = _processor(id=9, name="Autre", countries=("RU",))  # not linked
    views = transfer_views(activity, [used, ended, other])
    assert views == [TransferView("US", "Mixpanel", recorded=False)]


def test_transfer_views_name_the_processor_of_an_activity_transfer():
    transfer = Transfer(
        country="US",
        mechanism=TransferMechanism.SCC,
        activity_id=1,
        processor_id=7,
        id=3,
        created_at=NOW,
        updated_at=NOW,
    )
    activity = _stored(details(), processor_ids=(7,), transfers=(transfer,))
    views = transfer_views(activity, [_processor(transfers=(transfer,))])
    assert views == [TransferView("US", "Mixpanel", TransferMechanism.SCC)]


def test_missing_information_is_listed_not_left_blank():
    bare = ActivityDetails(name="Vidéosurveillance", purposes=details().purposes)
    org = Organisation(name="Najhine", established_in_morocco=False)
    items = [m.item for m in missing_information(bare, org)]
    assert items[:3] == [Missing.CONTROLLER_ADDRESS, Missing.REPRESENTATIVE, Missing.SIGNATORY]
    assert Missing.RIGHTS_SERVICE in items and Missing.RETENTION in items
    complete = Organisation(name="N", address="Casablanca", signatory_name="A. B.")
    assert missing_information(details(), complete) == ()


def test_a_transfer_with_no_guarantee_asks_for_its_contracts():
    views = [TransferView("US", "Mixpanel", recorded=False)]
    required = formalities(details(), views)
    org = Organisation(name="N", address="Casablanca", signatory_name="A. B.")
    (item,) = missing_information(details(), org, required, views)
    assert item.item is Missing.TRANSFER_FOOTING and "US" in item.text()


def test_annex_checklist():
    consent = details(purposes=(Purpose("Newsletter", LegalBasis.CONSENT),), dpia_required=True)
    activity = _stored(consent, processor_ids=(7,))
    views = [TransferView("US", "Mixpanel", recorded=False)]
    required = formalities(activity, views)
    annexes = [a.annex for a in annex_checklist(activity, [_processor()], required, None)]
    assert annexes == [
        Annex.TRANSFER_CONTRACTS,
        Annex.PROCESSOR_CONTRACTS,
        Annex.CONSENT_FORMS,
        Annex.SECURITY_POLICY,
        Annex.INFORMATION_NOTICE,
        Annex.DPIA,
    ]


def test_a_receipt_kept_on_an_older_activity_stands_for_its_regime():
    old = details(cndp_receipt="D-443/2022", cndp_receipt_on=date(2022, 6, 1))
    granted = derived_filing(old, 1, FormalityKind.DECLARATION)
    assert (granted.status, granted.receipt, granted.stored) == (
        FilingStatus.GRANTED,
        "D-443/2022",
        False,
    )
    assert derived_filing(old, 1, FormalityKind.AUTHORISATION).status is FilingStatus.TO_FILE
    authorised = replace(old, cndp_regime=CndpRegime.AUTHORISATION)
    assert derived_filing(authorised, 1, FormalityKind.AUTHORISATION).status is FilingStatus.GRANTED
    assert derived_filing(details(), 1, FormalityKind.DECLARATION).pending


def test_changed_items_are_the_declared_ones():
    before = details()
    assert changed_items(before, replace(before, notes="revu", last_reviewed_on=TODAY)) == ()
    after = replace(before, recipients=(), interconnections="Fichier RH")
    assert changed_items(before, after) == ("recipients", "interconnections")
    assert set(changed_items(before, after)) <= set(DECLARED_ITEMS)


@pytest.mark.parametrize(
    ("update", "field"),
    [
        (FilingUpdate(FilingStatus.FILED), "filed_on"),
        (FilingUpdate(FilingStatus.GRANTED, receipt_on=date(2026, 1, 1)), "receipt"),
        (FilingUpdate(FilingStatus.GRANTED, receipt="D-1/2026"), "receipt"),
        (FilingUpdate(FilingStatus.ENDED), "ended_on"),
        (FilingUpdate(FilingStatus.FILED, filed_on=date(2026, 3, 11)), "filed_on"),  # future
        (FilingUpdate(FilingStatus.FILED, filed_on=date(2008, 1, 1)), "filed_on"),  # before 09-08
        (
            FilingUpdate(
                FilingStatus.GRANTED,
                filed_on=date(2026, 2, 1),
                receipt="D-1/2026",
                receipt_on=date(2026, 1, 1),
            ),
            "receipt_on",
        ),
        (FilingUpdate(FilingStatus.TO_FILE, receipt="x" * 101), "receipt"),
    ],
)
def test_filing_updates_are_checked(update, field):
    with pytest.raises(ValidationError) as caught:
        update.validated(TODAY)
    assert caught.value.field == field


def test_a_valid_update_is_trimmed():
    clean = FilingUpdate(
        FilingStatus.GRANTED,
        filed_on=date(2026, 1, 5),
        receipt="  D-W-442/2022 ",
        receipt_on=date(2026, 2, 1),
        note="  ok ",
    ).validated(TODAY)
    assert (clean.receipt, clean.note) == ("D-W-442/2022", "ok")
