"""A demo register for one of the seed organisations, with requests in every state.

Dates are relative to the clock's today, so the demo always shows something due this
week and something overdue, whenever it is built. Breach instants are so many hours
before the clock's now: one breach is always inside its 72 hours when the demo is built.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from dpo_desk.domain import deadlines
from dpo_desk.domain.breach_risk import RiskFactors
from dpo_desk.domain.breaches import (
    AuthorityNotification,
    BreachIntake,
    BreachNature,
    SubjectCommunication,
)
from dpo_desk.domain.clock import Clock, SystemClock
from dpo_desk.domain.organisation import Organisation
from dpo_desk.domain.requests.model import RequesterRole, RequestIntake
from dpo_desk.domain.requests.workflow import Channel, RefusalReason, Regime, Right
from dpo_desk.resources import resource_path
from dpo_desk.services import breaches as breach_service
from dpo_desk.services import register_file
from dpo_desk.services import requests as request_service
from dpo_desk.services.demo_records import DemoItem, add_demo_records
from dpo_desk.storage.database import Register

DEFAULT_DEMO = "najhine.json"


def load_demo(name: str = DEFAULT_DEMO) -> DemoItem:
    data: DemoItem = json.loads(resource_path("demo", name).read_text(encoding="utf-8"))
    return data


def build_demo(
    path: Path, passphrase: str, *, clock: Clock | None = None, name: str = DEFAULT_DEMO
) -> Register:
    """Create the demo register at ``path``; the caller closes the returned register."""
    clock = clock or SystemClock()
    data = load_demo(name)
    register = register_file.create_register(
        path, passphrase, Organisation(**data["organisation"]), clock=clock
    )
    try:
        policy = deadlines.DeadlinePolicy.from_dict(data.get("policy"))
        request_service.save_policy(register, policy, clock=clock)
        today = request_service.load_context(register).today(clock)
        for item in data["requests"]:
            _add_demo_request(register, item, today, clock)
        for item in data.get("breaches", []):
            _add_demo_breach(register, item, clock)
        add_demo_records(register, today, clock)  # activities, processors, transfers
    except BaseException:
        register.close()
        raise
    return register


def _add_demo_request(register: Register, item: DemoItem, today: date, clock: Clock) -> None:
    received = today - timedelta(days=int(item["days_ago"]))
    intake = RequestIntake(
        regimes=frozenset(Regime(r) for r in item["regimes"]),
        rights=frozenset(Right(r) for r in item["rights"]),
        received_on=received,
        requester_name=item["name"],
        requester_email=item.get("email", ""),
        channel=Channel(item.get("channel", "email")),
        requester_role=RequesterRole(item.get("role", "self")),
        subject_name=item.get("subject", ""),
        notes=item.get("notes", ""),
        assignee=item.get("assignee", "DPO"),
    )
    req = request_service.create_request(register, intake, clock=clock)
    # Steps happen part-way between receipt and today, never in the future.
    midway = received + timedelta(days=int(item["days_ago"]) // 2)
    for step in item.get("steps", []):
        verb, _, arg = step.partition(":")
        if verb == "start":
            req = request_service.start_work(register, req, clock=clock)
        elif verb == "identity":
            req = request_service.request_identity(
                register, req, method="Copie de la CIN demandée par e-mail", clock=clock
            )
        elif verb == "verified":
            req = request_service.record_identity(
                register, req, verified=True, method="CIN présentée", on=midway, clock=clock
            )
        elif verb == "extend":
            decided = min(received + timedelta(days=20), today)
            req = request_service.extend(register, req, reason=arg, decided_on=decided, clock=clock)
        elif verb == "answer":
            req = request_service.answer(register, req, answered_on=midway, clock=clock)
        elif verb == "refuse":
            req = request_service.refuse(
                register, req, reason=RefusalReason(arg), answered_on=midway, clock=clock
            )
        elif verb == "withdraw":
            req = request_service.withdraw(register, req, clock=clock)
        elif verb == "close":
            req = request_service.close(register, req, clock=clock)
        else:
            raise ValueError(f"unknown demo step {step!r}")


def _add_demo_breach(register: Register, item: DemoItem, clock: Clock) -> None:
    now = clock.now()

    def ago(hours: Any) -> datetime:  # a number of the JSON file
        return now - timedelta(hours=float(hours))

    nature: DemoItem = item.get("nature", {})
    # Lists in JSON, tuples in the domain; the categories a frozenset.
    fields: DemoItem = {
        key: tuple(value) if isinstance(value, list) else value
        for key, value in nature.items()
        if key != "data_categories"
    }
    intake = BreachIntake(
        title=item["title"],
        regimes=frozenset(Regime(r) for r in item["regimes"]),
        aware_at=ago(item["aware_hours_ago"]),
        discovered_at=ago(item.get("discovered_hours_ago", item["aware_hours_ago"])),
        started_at=ago(item["started_hours_ago"]) if "started_hours_ago" in item else None,
        nature=BreachNature(**fields, data_categories=frozenset(nature.get("data_categories", []))),
    )
    breach = breach_service.create_breach(register, intake, clock=clock)
    for event in item.get("events", []):
        breach = breach_service.add_event(
            register,
            breach,
            event["kind"],
            at=ago(event["hours_ago"]),
            note=event.get("note", ""),
            clock=clock,
        )
    if "risk" in item:
        risk = dict(item["risk"])
        override = risk.pop("override", None)
        justification = risk.pop("justification", "")
        breach = breach_service.assess_risk(
            register,
            breach,
            RiskFactors.from_dict(risk),
            override=override,
            justification=justification,
            clock=clock,
        )
    if "no_notification" in item:
        breach = breach_service.record_no_notification(
            register, breach, item["no_notification"], clock=clock
        )
    for sent in item.get("notifications", []):
        breach = breach_service.add_notification(
            register,
            breach,
            AuthorityNotification(
                authority=sent["authority"],
                phase=sent["phase"],
                sent_at=ago(sent["hours_ago"]),
                channel=Channel(sent.get("channel", "web_form")),
                authority_reference=sent.get("authority_reference", ""),
                delay_reason=sent.get("delay_reason", ""),
            ),
            clock=clock,
        )
    for told in item.get("communications", []):
        breach = breach_service.record_communication(
            register,
            breach,
            SubjectCommunication(
                sent_at=ago(told["hours_ago"]), channel=told["channel"], audience=told["audience"]
            ),
            clock=clock,
        )
    if "dgssi" in item:
        dgssi = item["dgssi"]
        breach = breach_service.record_dgssi(
            register,
            breach,
            applies=dgssi["applies"],
            declared_at=ago(dgssi["hours_ago"]) if "hours_ago" in dgssi else None,
            reference=dgssi.get("reference", ""),
            clock=clock,
        )
    if item.get("close"):
        breach_service.close_breach(
            register, breach, remedial_actions=item["remedial_actions"], clock=clock
        )
    elif "remedial_actions" in item:
        breach_service.record_remedial_actions(
            register, breach, item["remedial_actions"], clock=clock
        )
