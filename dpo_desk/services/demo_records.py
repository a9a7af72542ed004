"""The demo's registers: the processing activities and processors of the Najhine policy.

The data is in ``resources/demo/najhine_registers.json`` (each entry quotes the policy
it comes from). Dates are relative to the day the demo is built, so an overdue review
is always overdue and a coming one always ahead.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from dpo_desk.domain.clock import Clock
from dpo_desk.domain.filings import FilingChannel, FilingStatus, FilingUpdate
from dpo_desk.domain.records import (
    ActivityDetails,
    Art28Clause,
    CndpRegime,
    DataCategory,
    LegalBasis,
    ProcessorDetails,
    Purpose,
    Recipient,
    RecipientKind,
    RetentionRule,
    RetentionUnit,
    SecurityMeasure,
    TransferDetails,
    TransferMechanism,
)
from dpo_desk.resources import resource_path
from dpo_desk.services import filings
from dpo_desk.services import records as book
from dpo_desk.storage.database import Register

DEFAULT_REGISTERS_DEMO = "najhine_registers.json"
# A demo file's objects, as json.loads gives them: the files are ours (resources/demo/),
# and each value is read into a domain type (DataCategory(...), int(...)) as it is used.
DemoItem = dict[str, Any]


def load_registers_demo(name: str = DEFAULT_REGISTERS_DEMO) -> DemoItem:
    data: DemoItem = json.loads(resource_path("demo", name).read_text(encoding="utf-8"))
    return data


def add_demo_records(
    register: Register, today: date, clock: Clock, *, name: str = DEFAULT_REGISTERS_DEMO
) -> None:
    """Add the demo's processors, then its activities (linked to them), then transfers."""
    data = load_registers_demo(name)
    processors: dict[str, int] = {}
    for item in data["processors"]:
        created = book.save_processor(register, _processor(item, today), clock=clock)
        processors[created.name] = created.id
    for item in data["activities"]:
        activity = book.save_activity(
            register,
            _activity(item, today),
            processor_ids=tuple(processors[n] for n in item.get("processors", [])),
            clock=clock,
        )
        # The tracker's state, recorded before the transfers: the demo's (fictional)
        # receipt for the accounts was given before its optional AI services sent data
        # to the US, so those transfers are a change to declare (art. 15), raised by the
        # register itself as it would be for the DPO.
        for filing in item.get("filings", []):
            filings.record(
                register, activity.id, filing["kind"], _filing(filing, today), clock=clock
            )
        for transfer in item.get("transfers", []):
            mechanism = transfer.get("mechanism")
            book.add_transfer(
                register,
                TransferDetails(
                    country=transfer["country"],
                    mechanism=TransferMechanism(mechanism) if mechanism else None,
                    derogation=transfer.get("derogation"),
                    reference=transfer.get("reference", ""),
                    activity_id=activity.id,
                    processor_id=processors.get(transfer.get("processor", "")),
                    notes=transfer.get("notes", ""),
                ),
                clock=clock,
            )


def _days(today: date, key: str, item: DemoItem, sign: int) -> date | None:
    value = item.get(key)
    return None if value is None else today + timedelta(days=sign * int(value))


def _processor(item: DemoItem, today: date) -> ProcessorDetails:
    clauses = item.get("clauses", [])
    return ProcessorDetails(
        name=item["name"],
        service=item.get("service", ""),
        contact=item.get("contact", ""),
        dpo_contact=item.get("dpo_contact", ""),
        countries=tuple(item.get("countries", [])),
        data_categories=frozenset(DataCategory(c) for c in item.get("data_categories", [])),
        dpa_signed=bool(item.get("dpa_signed")),
        dpa_signed_on=_days(today, "dpa_signed_days_ago", item, -1),
        clauses=frozenset(Art28Clause)
        if clauses == "all"
        else frozenset(map(Art28Clause, clauses)),
        certifications=tuple(item.get("certifications", [])),
        sub_processors=tuple(item.get("sub_processors", [])),
        next_review_on=_days(today, "next_review_in_days", item, 1),
        notes=item.get("notes", ""),
    )


def _activity(item: DemoItem, today: date) -> ActivityDetails:
    return ActivityDetails(
        name=item["name"],
        purposes=tuple(
            Purpose(p["description"], LegalBasis(p["basis"]), p.get("justification", ""))
            for p in item["purposes"]
        ),
        description=item.get("description", ""),
        owner_department=item.get("owner_department", ""),
        joint_controller=item.get("joint_controller", ""),
        software=item.get("software", ""),
        subject_categories=tuple(item.get("subject_categories", [])),
        data_categories=frozenset(DataCategory(c) for c in item.get("data_categories", [])),
        minors=bool(item.get("minors")),
        sources=tuple(item.get("sources", [])),
        recipients=tuple(
            Recipient(RecipientKind(r["kind"]), r["name"]) for r in item.get("recipients", [])
        ),
        retention=tuple(
            RetentionRule(
                DataCategory(r["category"]),
                int(r["amount"]),
                RetentionUnit(r["unit"]),
                r.get("trigger", ""),
                r.get("scope", ""),
            )
            for r in item.get("retention", [])
        ),
        security_measures=frozenset(SecurityMeasure(m) for m in item.get("security_measures", [])),
        security_notes=item.get("security_notes", ""),
        rights_service=item.get("rights_service", ""),
        interconnections=item.get("interconnections", ""),
        collected_for=item.get("collected_for", ""),
        cndp_regime=CndpRegime(item.get("cndp_regime", "declaration")),
        cndp_receipt=item.get("cndp_receipt", ""),
        dpia_required=bool(item.get("dpia_required")),
        dpia_done=bool(item.get("dpia_done")),
        last_reviewed_on=_days(today, "last_reviewed_days_ago", item, -1),
        notes=item.get("notes", ""),
    )


def _filing(item: DemoItem, today: date) -> FilingUpdate:
    channel = item.get("channel")
    return FilingUpdate(
        status=FilingStatus(item["status"]),
        filed_on=_days(today, "filed_days_ago", item, -1),
        channel=FilingChannel(channel) if channel else None,
        receipt=item.get("receipt", ""),
        receipt_on=_days(today, "receipt_days_ago", item, -1),
        note=item.get("note", ""),
    )
