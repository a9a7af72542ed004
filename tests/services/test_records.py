"""Register-book use cases: activities, processors, transfers, flags, and the journal.

The frozen clock stands on Tuesday 10 March 2026, 09:30 UTC (10:30 in Casablanca).
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text

from dpo_desk.domain.clock import FixedClock
from dpo_desk.domain.errors import Conflict, ValidationError
from dpo_desk.domain.filings import FilingStatus, FilingUpdate, FormalityKind
from dpo_desk.domain.record_flags import (
    FlagKind,
)
from dpo_desk.domain.records import (
    ActivityDetails,
    Art28Clause,
    ContractEnd,
    DataCategory,
    DataOutcome,
    LegalBasis,
    ProcessorDetails,
    ProcessorStatus,
    Purpose,
    RetentionRule,
    RetentionUnit,
    TransferDetails,
    TransferMechanism,
)
from dpo_desk.services import filings, register_file
from dpo_desk.services import records as book
from dpo_desk.services.cases import CaseNotFound
from dpo_desk.storage.records import ActivityFilter, ProcessorFilter

TODAY = date(2026, 3, 10)


def activity(**overrides) -> ActivityDetails:
    values = dict(
        name="Paiements et facturation",
        purposes=(Purpose("Gérer les abonnements", LegalBasis.CONTRACT),),
        owner_department="Finance",
        data_categories=frozenset({DataCategory.IDENTITY, DataCategory.FINANCIAL}),
        retention=(
            RetentionRule(
                DataCategory.FINANCIAL, 10, RetentionUnit.YEARS, "(obligations fiscales)"
            ),
        ),
        last_reviewed_on=date(2026, 1, 10),
    )
    values.update(overrides)
    return ActivityDetails(**values)


def processor(**overrides) -> ProcessorDetails:
    values = dict(
        name="Stripe",
        service="Paiement par carte",
        contact="Karim Alaoui, karim@stripe.example",
        countries=("US",),
        dpa_signed=True,
        dpa_signed_on=date(2025, 1, 15),
        clauses=frozenset(Art28Clause),
        next_review_on=date(2026, 9, 1),
    )
    values.update(overrides)
    return ProcessorDetails(**values)


def journal(register, entity, entity_id):
    return book.journal_for(register, entity, entity_id)


# ----------------------------------------------------------------------------- writes


def test_create_activity_is_journaled(register, frozen_clock):
    created = book.save_activity(register, activity(name="  Paiements  "), clock=frozen_clock)
    assert created.name == "Paiements" and created.version == 1
    (entry,) = journal(register, "activity", created.id)
    assert (entry.action, entry.at) == ("create", frozen_clock.now())
    assert entry.changes["name"] == "Paiements"
    assert entry.changes["purposes"] == [
        {"description": "Gérer les abonnements", "legal_basis": "contract", "justification": ""}
    ]
    assert entry.changes["data_categories"] == ["financial", "identity"]


def test_update_journals_old_and_new_and_skips_no_ops(register, frozen_clock):
    created = book.save_activity(register, activity(), clock=frozen_clock)
    same = book.save_activity(register, created.details(), current=created, clock=frozen_clock)
    assert same is created
    later = FixedClock(datetime(2026, 3, 11, 8, 0, tzinfo=UTC))
    updated = book.save_activity(
        register,
        replace(created.details(), owner_department="Comptabilité", minors=True),
        current=created,
        clock=later,
    )
    assert updated.version == 2 and updated.owner_department == "Comptabilité"
    entries = journal(register, "activity", created.id)
    assert [e.action for e in entries] == ["create", "update"]
    assert entries[1].changes == {
        "owner_department": ["Finance", "Comptabilité"],
        "minors": [False, True],
    }


def test_stale_edits_are_refused(register, frozen_clock):
    created = book.save_activity(register, activity(), clock=frozen_clock)
    book.save_activity(
        register, replace(created.details(), notes="a"), current=created, clock=frozen_clock
    )
    with pytest.raises(Conflict) as caught:
        book.save_activity(
            register, replace(created.details(), notes="b"), current=created, clock=frozen_clock
        )
    assert caught.value.exit_code == 6
    stale = book.save_processor(register, processor(), clock=frozen_clock)
    book.save_processor(
        register, replace(stale.details(), service="x"), current=stale, clock=frozen_clock
    )
    with pytest.raises(Conflict):
        book.end_contract(register, stale, ContractEnd(TODAY), clock=frozen_clock)


def test_names_are_unique_whatever_the_case(register, frozen_clock):
    book.save_activity(register, activity(name="Écoles partenaires"), clock=frozen_clock)
    with pytest.raises(book.DuplicateName) as caught:
        book.save_activity(register, activity(name="écoles  PARTENAIRES"), clock=frozen_clock)
    assert caught.value.field == "name" and caught.value.exit_code == 4
    book.save_processor(register, processor(), clock=frozen_clock)
    other = book.save_processor(register, processor(name="Payzone"), clock=frozen_clock)
    with pytest.raises(book.DuplicateName):
        book.save_processor(register, processor(name="STRIPE"), current=other, clock=frozen_clock)


def test_processor_contact_is_not_copied_into_the_journal(register, frozen_clock):
    created = book.save_processor(register, processor(), clock=frozen_clock)
    updated = book.save_processor(
        register,
        processor(contact="Nadia Berrada", notes="RDV"),
        current=created,
        clock=frozen_clock,
    )
    assert updated.contact == "Nadia Berrada"
    entries = journal(register, "processor", created.id)
    assert entries[0].changes["contact"] == "renseigné"
    assert entries[1].changes == {"contact": "modifié", "notes": "modifié"}
    with register.read() as conn:
        raw = conn.execute(text("SELECT group_concat(changes, ' ') FROM audit_log")).scalar()
    assert "Karim" not in raw and "Nadia" not in raw and "RDV" not in raw


def test_validation_happens_before_any_write(register, frozen_clock):
    with pytest.raises(ValidationError) as caught:
        book.save_processor(register, processor(countries=("USA",)), clock=frozen_clock)
    assert caught.value.field == "countries"
    with pytest.raises(ValidationError) as caught:
        book.save_activity(
            register, activity(last_reviewed_on=date(2026, 3, 11)), clock=frozen_clock
        )
    assert caught.value.field == "last_reviewed_on"
    assert book.count_activities(register, ActivityFilter()) == 0
    assert book.count_processors(register, ProcessorFilter()) == 0


def test_links_and_transfers_are_journaled_on_both_sides(register, frozen_clock):
    act = book.save_activity(register, activity(), clock=frozen_clock)
    proc = book.save_processor(register, processor(), clock=frozen_clock)
    assert book.link_processor(register, act.id, proc.id, clock=frozen_clock) is True
    assert book.link_processor(register, act.id, proc.id, clock=frozen_clock) is False
    transfer = book.add_transfer(
        register,
        TransferDetails(
            country="us",
            mechanism=TransferMechanism.SCC,
            reference="2021/914 module 2",
            activity_id=act.id,
            processor_id=proc.id,
        ),
        clock=frozen_clock,
    )
    assert book.get_activity(register, act.id).transfers == (transfer,)
    assert book.get_processor(register, proc.id).activity_ids == (act.id,)
    book.remove_transfer(register, transfer.id, clock=frozen_clock)
    assert book.unlink_processor(register, act.id, proc.id, clock=frozen_clock) is True
    assert [e.action for e in journal(register, "activity", act.id)] == ["create", "link", "unlink"]
    assert [e.action for e in journal(register, "processor", proc.id)] == [
        "create",
        "link",
        "unlink",
    ]
    created, deleted = journal(register, "transfer", transfer.id)
    assert created.changes["country"] == "US" and created.changes["mechanism"] == "scc"
    assert deleted.action == "delete"
    with pytest.raises(book.TransferNotFound):
        book.remove_transfer(register, transfer.id, clock=frozen_clock)
    with pytest.raises(book.ActivityNotFound):
        book.add_transfer(register, TransferDetails(country="US", activity_id=99))
    register_file.verify_register(register)  # the chain holds after all of it


def test_create_with_links(register, frozen_clock):
    proc = book.save_processor(register, processor(), clock=frozen_clock)
    act = book.save_activity(register, activity(), processor_ids=(proc.id,), clock=frozen_clock)
    assert act.processor_ids == (proc.id,)
    (entry,) = journal(register, "activity", act.id)
    assert entry.changes["processors"] == [proc.id]
    with pytest.raises(book.ProcessorNotFound):
        book.save_activity(register, activity(name="Autre"), processor_ids=(42,))
    assert book.count_activities(register, ActivityFilter()) == 1  # rolled back


def test_find_by_number_or_name(register, frozen_clock):
    act = book.save_activity(register, activity(), clock=frozen_clock)
    assert book.find_activity(register, str(act.id)).id == act.id
    assert book.find_activity(register, f"#{act.id}").id == act.id
    assert book.find_activity(register, "paiements ET facturation").id == act.id
    with pytest.raises(book.ActivityNotFound) as caught:
        book.find_activity(register, "Inconnu")
    assert caught.value.exit_code == 4
    with pytest.raises(book.ProcessorNotFound):
        book.find_processor(register, "7")


def test_end_of_contract_then_return_of_data(register, frozen_clock):
    proc = book.save_processor(register, processor(), clock=frozen_clock)
    ended = book.end_contract(
        register, proc, ContractEnd(date(2026, 3, 1), notes="Résiliation"), clock=frozen_clock
    )
    assert ended.status is ProcessorStatus.ENDED and ended.ended_on == date(2026, 3, 1)
    flags = book.register_flags(register, TODAY)
    assert [f.kind for f in flags.for_entity("processor", proc.id)] == [FlagKind.DATA_NOT_RETURNED]
    with pytest.raises(ValidationError):
        book.end_contract(register, ended, ContractEnd(TODAY), clock=frozen_clock)
    settled = book.record_data_outcome(
        register, ended, DataOutcome.DELETED, date(2026, 3, 5), clock=frozen_clock
    )
    assert settled.data_outcome is DataOutcome.DELETED
    assert book.register_flags(register, TODAY).for_entity("processor", proc.id) == ()
    entries = journal(register, "processor", proc.id)
    assert [e.action for e in entries] == ["create", "end_contract", "data_outcome"]
    assert entries[1].changes["status"] == ["active", "ended"]
    assert entries[2].changes["data_outcome"] == [None, "deleted"]
    active = book.save_processor(register, processor(name="Payzone"), clock=frozen_clock)
    with pytest.raises(ValidationError):
        book.record_data_outcome(register, active, DataOutcome.RETURNED, TODAY)


def test_mark_reviewed_uses_the_organisation_today(register):
    # 23:30 UTC on 9 April is 00:30 on 10 April in Casablanca (UTC+1 after Ramadan).
    late = FixedClock(datetime(2026, 4, 9, 23, 30, tzinfo=UTC))
    act = book.save_activity(register, activity(), clock=late)
    reviewed = book.mark_activity_reviewed(register, act, clock=late)
    assert reviewed.last_reviewed_on == date(2026, 4, 10)
    # During Ramadan (UTC+0 from 15 February to 22 March 2026) the same hour is still 9 March.
    during = FixedClock(datetime(2026, 3, 9, 23, 30, tzinfo=UTC))
    again = book.mark_activity_reviewed(register, reviewed, on=None, clock=during)
    assert again.last_reviewed_on == date(2026, 3, 9)


def test_link_a_request_to_an_activity(register, frozen_clock):
    from dpo_desk.domain.requests.model import RequestIntake
    from dpo_desk.domain.requests.workflow import Regime, Right
    from dpo_desk.services import requests as request_service

    req = request_service.create_request(
        register,
        RequestIntake(
            regimes=frozenset({Regime.LAW_09_08}),
            rights=frozenset({Right.ACCESS}),
            received_on=date(2026, 3, 2),
            requester_name="Yassine El Amrani",
        ),
        clock=frozen_clock,
    )
    act = book.save_activity(register, activity(), clock=frozen_clock)
    assert book.link_case(register, "request", req.id, act.id, clock=frozen_clock) is True
    assert [a.id for a in book.activities_for_case(register, "request", req.id)] == [act.id]
    entry = journal(register, "activity", act.id)[-1]
    assert entry.changes == {"request": req.reference}
    with pytest.raises(CaseNotFound):
        book.link_case(register, "breach", 404, act.id)


# ----------------------------------------------------------------------------- flags


def test_flags_no_dpa_transfer_without_mechanism_and_overdue_review(register, frozen_clock):
    act = book.save_activity(register, activity(), clock=frozen_clock)
    ok = book.save_processor(register, processor(), clock=frozen_clock)
    book.add_transfer(
        register,
        TransferDetails(
            country="US", mechanism=TransferMechanism.SCC, activity_id=act.id, processor_id=ok.id
        ),
        clock=frozen_clock,
    )
    no_dpa = book.save_processor(
        register,
        processor(name="Mixpanel", dpa_signed=False, dpa_signed_on=None, countries=("FR",)),
        clock=frozen_clock,
    )
    late = book.save_processor(
        register,
        processor(name="WafaCash", countries=("MA",), next_review_on=date(2026, 3, 9)),
        clock=frozen_clock,
    )
    bare = book.add_transfer(
        register, TransferDetails(country="CN", activity_id=act.id), clock=frozen_clock
    )
    old = book.save_activity(
        register,
        activity(name="Support client", last_reviewed_on=date(2025, 1, 4)),
        clock=frozen_clock,
    )

    # The SCC transfer rests on guarantees that, under 09-08, only support an F118
    # request: flagged until the CNDP's authorisation of the activity's transfers is in.
    scc_only = book.register_flags(register, TODAY)
    assert scc_only.transfers_without_mechanism == 2
    filings.record(
        register,
        act.id,
        FormalityKind.TRANSFER,
        FilingUpdate(
            FilingStatus.GRANTED,
            filed_on=date(2026, 1, 5),
            receipt="T-HB-160/2026",
            receipt_on=date(2026, 2, 20),
        ),
        clock=frozen_clock,
    )

    flags = book.register_flags(register, TODAY)
    found = {(f.kind, f.entity, f.entity_id) for f in flags.flags}
    assert found == {
        (FlagKind.MISSING_DPA, "processor", no_dpa.id),
        (FlagKind.REVIEW_OVERDUE, "processor", late.id),
        (FlagKind.TRANSFER_WITHOUT_MECHANISM, "transfer", bare.id),
        (FlagKind.REVIEW_OVERDUE, "activity", old.id),
    }
    assert (flags.reviews_due, flags.missing_dpas, flags.transfers_without_mechanism) == (2, 1, 1)
    (transfer_flag,) = flags.of_kind(FlagKind.TRANSFER_WITHOUT_MECHANISM)
    assert transfer_flag.name == "CN — Paiements et facturation"
    assert flags.flagged_ids("processor") == {no_dpa.id, late.id}

    # A day earlier, WafaCash's review was not yet overdue.
    earlier = book.register_flags(register, date(2026, 3, 9))
    assert earlier.for_entity("processor", late.id) == ()


def test_flags_default_to_the_organisation_today(register):
    book.save_processor(
        register,
        processor(next_review_on=date(2026, 4, 9)),
        clock=FixedClock(datetime(2026, 3, 1, tzinfo=UTC)),
    )
    # 23:30 UTC on 9 April is already 10 April in Casablanca: the review is overdue.
    clock = FixedClock(datetime(2026, 4, 9, 23, 30, tzinfo=UTC))
    flags = book.register_flags(register, clock=clock)
    assert flags.today == date(2026, 4, 10)
    assert flags.reviews_due == 1


def test_the_adequacy_list_is_editable_and_journaled(register, frozen_clock):
    act = book.save_activity(register, activity(), clock=frozen_clock)
    book.add_transfer(register, TransferDetails(country="CH", activity_id=act.id))
    assert book.register_flags(register, TODAY).transfers_without_mechanism == 1
    saved = book.save_adequate_countries(
        register, sorted(book.adequate_countries(register)) + ["ch"], clock=frozen_clock
    )
    assert "CH" in saved
    assert book.register_flags(register, TODAY).transfers_without_mechanism == 0
    (entry,) = journal(register, "adequacy_list", 0)
    assert entry.changes == {"added": ["CH"], "removed": []}
    with pytest.raises(ValidationError):
        book.save_adequate_countries(register, ["Suisse"])


def test_the_review_period_is_a_setting(register, frozen_clock):
    book.save_activity(register, activity(last_reviewed_on=date(2025, 11, 1)), clock=frozen_clock)
    assert book.register_flags(register, TODAY).reviews_due == 0
    book.save_review_months(register, 3, clock=frozen_clock)
    assert book.review_months(register) == 3
    assert book.register_flags(register, TODAY).reviews_due == 1
    with pytest.raises(ValidationError):
        book.save_review_months(register, 0)


# ----------------------------------------------------------------------------- demo


def test_demo_registers_follow_the_seed(tmp_path, frozen_clock):
    from dpo_desk.services.demo import build_demo
    from dpo_desk.services.demo_records import load_registers_demo

    reg = build_demo(tmp_path / "demo.dpodesk", "demo-passphrase-2026", clock=frozen_clock)
    try:
        data = load_registers_demo()
        assert all(item.get("_source") for item in data["processors"] + data["activities"])
        processors = {p.name: p for p in book.all_processors(reg)}
        activities = {a.name: a for a in book.all_activities(reg)}
        assert {"Stripe", "Payzone", "WafaCash", "Google Analytics 4", "Mixpanel"} <= set(
            processors
        )
        assert {"Meta Pixel", "Google Ads", "Hébergeur cloud (Maroc)"} <= set(processors)
        stripe = processors["Stripe"]
        assert [(t.country, t.mechanism) for t in stripe.transfers] == [
            ("US", TransferMechanism.SCC)
        ]
        assert "PCI DSS" in stripe.certifications
        payments = activities["Paiements, abonnements et facturation"]
        assert stripe.id in payments.processor_ids
        financial = [r for r in payments.retention if r.category is DataCategory.FINANCIAL]
        assert financial[0].text().startswith("10 ans")
        accounts = activities["Comptes élèves et parcours d'apprentissage"]
        assert accounts.minors
        assert "3 ans sans connexion (suppression automatique)" in [
            r.text() for r in accounts.retention
        ]
        flags = book.register_flags(reg, clock=frozen_clock)
        assert flags.reviews_due >= 1 and flags.missing_dpas >= 1
        assert flags.transfers_without_mechanism >= 1
        info = register_file.register_info(reg).counts
        assert info["activities"] == len(data["activities"])
        assert info["processors"] == len(data["processors"])
        register_file.verify_register(reg)
    finally:
        reg.close()


def test_demo_data_does_not_point_outside_resources():
    from dpo_desk.services.demo_records import load_registers_demo

    data = load_registers_demo()
    raw = json.dumps(data, ensure_ascii=False)
    assert "/work/shared" not in raw
