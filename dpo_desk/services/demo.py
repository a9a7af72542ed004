"""A demo register for one of the seed organisations, with requests in every state.

Dates are relative to the clock's today, so the demo always shows something due this
week and something overdue, whenever it is built.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from dpo_desk.domain import deadlines
from dpo_desk.domain.clock import Clock, SystemClock
from dpo_desk.domain.organisation import Organisation
from dpo_desk.domain.requests import Channel, RefusalReason, Regime, Right
from dpo_desk.domain.rights_request import RequesterRole, RequestIntake
from dpo_desk.resources import resource_path
from dpo_desk.services import registers
from dpo_desk.services import requests as request_service
from dpo_desk.storage.database import Register

DEFAULT_DEMO = "najhine.json"


def load_demo(name: str = DEFAULT_DEMO) -> dict:
    return json.loads(resource_path("demo", name).read_text(encoding="utf-8"))


def build_demo(
    path: Path, passphrase: str, *, clock: Clock | None = None, name: str = DEFAULT_DEMO
) -> Register:
    """Create the demo register at ``path``; the caller closes the returned register."""
    clock = clock or SystemClock()
    data = load_demo(name)
    register = registers.create_register(
        path, passphrase, Organisation(**data["organisation"]), clock=clock
    )
    try:
        policy = deadlines.DeadlinePolicy.from_dict(data.get("policy"))
        request_service.save_policy(register, policy, clock=clock)
        today = request_service.load_context(register).today(clock)
        for item in data["requests"]:
            _add_demo_request(register, item, today, clock)
    except BaseException:
        register.close()
        raise
    return register


def _add_demo_request(register: Register, item: dict, today: date, clock: Clock) -> None:
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
