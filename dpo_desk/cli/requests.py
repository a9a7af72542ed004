"""The rights requests' commands: ``request add``, ``request list`` and ``request show``.

``add`` prints the new request's reference (DSR-YYYY-NNNN), for scripts; ``list`` and
``show`` open the register read only and take ``--json``.
"""

from __future__ import annotations

import argparse
from typing import Any

from dpo_desk.cli import common, views
from dpo_desk.domain.requests.model import OPEN_STATUSES


def _request_json(req: Any) -> dict[str, Any]:
    return {
        "reference": req.reference,
        "external_reference": req.external_reference,
        "regime": sorted(str(r) for r in req.regimes),
        "rights": sorted(str(r) for r in req.rights),
        "status": str(req.status),
        "received": req.received_on.isoformat(),
        "due": req.due_on.isoformat(),
        "due_basis": req.due_basis,
        "due_rule": req.due_rule,
        "channel": str(req.channel),
        "requester": req.requester_name,
        "assignee": req.assignee,
    }


def cmd_request_add(args: argparse.Namespace) -> int:
    from dpo_desk.domain.requests.model import RequestIntake
    from dpo_desk.domain.requests.workflow import Channel, Regime, Right
    from dpo_desk.services import requests as request_service

    intake = RequestIntake(
        regimes=frozenset(Regime(r) for r in args.regime),
        rights=frozenset(Right(r) for r in args.right),
        received_on=args.received,
        requester_name=args.name,
        requester_email=args.email or "",
        channel=Channel(args.channel),
        notes=args.notes or "",
    )
    register = common.open_register(args)
    try:
        created = request_service.create_request(register, intake)
    finally:
        register.close()
    print(created.reference)
    return common.EXIT_OK


def cmd_request_list(args: argparse.Namespace) -> int:
    from dpo_desk.domain.clock import SystemClock
    from dpo_desk.services import requests as request_service
    from dpo_desk.storage.requests import RequestFilter

    register = common.open_quietly(args)
    try:
        today_ = request_service.load_context(register).today(SystemClock())
        flt = RequestFilter(overdue_on=today_ if args.overdue else None, sort="due_on")
        rows = common.all_rows(
            lambda offset: request_service.list_requests(register, flt, offset=offset, limit=1000)
        )
    finally:
        register.close()
    if args.json:
        common.print_json(
            [
                {
                    "reference": r.reference,
                    "regime": sorted(str(x) for x in r.regimes),
                    "rights": sorted(str(x) for x in r.rights),
                    "status": str(r.status),
                    "received": r.received_on.isoformat(),
                    "due": r.due_on.isoformat(),
                    "due_basis": r.due_basis,
                    "overdue": r.status in OPEN_STATUSES and r.due_on < today_,
                    "requester": r.requester_name,
                    "channel": str(r.channel),
                    "assignee": r.assignee,
                    "external_reference": r.external_reference,
                }
                for r in rows
            ]
        )
        return common.EXIT_OK
    from dpo_desk.domain.requests.workflow import REQUEST_STATUS_LABELS, RIGHT_LABELS

    for r in rows:
        late = (r.due_on - today_).days
        flag = f"{-late} j de retard" if late < 0 and r.status in OPEN_STATUSES else ""
        rights = ", ".join(RIGHT_LABELS[x] for x in sorted(r.rights))
        print(
            f"{r.reference}  {REQUEST_STATUS_LABELS[r.status]:<38} reçue {r.received_on}  "
            f"échéance {r.due_on}  {r.requester_name} — {rights}  {flag}".rstrip()
        )
    return common.EXIT_OK


def cmd_request_show(args: argparse.Namespace) -> int:
    from dpo_desk.services import requests as request_service

    register = common.open_quietly(args)
    try:
        req = request_service.find_request(register, args.reference)
        history = request_service.journal_for(register, req)
        candidates = request_service.explain_deadline(register, req)
    finally:
        register.close()
    missing = views.rights_not_in_law_09_08(req.regimes, req.rights)
    if args.json:
        data = _request_json(req)
        data.update(
            rights_not_in_law_09_08=missing,
            deadline=views.deadline_json(candidates[0]),
            candidates=[views.deadline_json(c) for c in candidates],
        )
        data.update(
            requester_email=req.requester_email,
            subject=req.subject_name,
            identity_status=str(req.identity_status),
            refusal_reason=str(req.refusal_reason) if req.refusal_reason else None,
            extended_on=common.iso(req.extended_on),
            extension_reason=req.extension_reason,
            answered_on=common.iso(req.answered_on),
            notes=req.notes,
            history=common.history_json(history),
        )
        common.print_json(data)
        return common.EXIT_OK
    from dpo_desk.domain.deadlines import BASIS_LABELS, CITATIONS, RULE_LABELS
    from dpo_desk.domain.requests.workflow import (
        CHANNEL_LABELS,
        REGIME_LABELS,
        REQUEST_STATUS_LABELS,
        RIGHT_LABELS,
    )

    print(f"Référence      : {req.reference}")
    if req.external_reference:
        print(f"Réf. externe   : {req.external_reference}")
    print(f"Statut         : {REQUEST_STATUS_LABELS[req.status]}")
    print(f"Régime(s)      : {', '.join(REGIME_LABELS[r] for r in sorted(req.regimes))}")
    print(f"Droit(s)       : {', '.join(RIGHT_LABELS[r] for r in sorted(req.rights))}")
    print(f"Demandeur      : {req.requester_name} <{req.requester_email or '—'}>")
    print(f"Reçue le       : {req.received_on} ({CHANNEL_LABELS[req.channel]})")
    print(
        f"Échéance       : {req.due_on} — {RULE_LABELS.get(req.due_rule, req.due_rule)}, "
        f"{CITATIONS.get(req.due_rule, '')} ({BASIS_LABELS.get(req.due_basis, req.due_basis)})"
    )
    for alternative in candidates[0].alternatives:
        print(f"                 {views.note_text(alternative.note)}")
    if missing:
        print(f"Attention      : {views.NOT_IN_LAW_09_08_TEXT.format(rights=', '.join(missing))}")
    if req.extended_on:
        print(f"Prorogée le    : {req.extended_on} — {req.extension_reason}")
    if req.answered_on:
        print(f"Répondue le    : {req.answered_on}")
    for entry in history:
        print(f"  {entry.at:%Y-%m-%d %H:%M} UTC  {entry.actor:<10} {entry.action}")
    return common.EXIT_OK


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Add ``request`` and its actions to the CLI's subcommands."""
    actions = common.add_group(sub, "request", "rights requests")
    r = actions.add_parser("add", help="record a new request; prints its reference")
    common.add_db(r)
    r.add_argument("--regime", required=True, action="append", choices=common.REGIMES)
    r.add_argument("--right", required=True, action="append", choices=common.RIGHTS)
    r.add_argument("--received", required=True, **common.DATE_ARG)
    r.add_argument("--name", required=True)
    r.add_argument("--email")
    r.add_argument("--channel", default="email", choices=common.CHANNELS)
    r.add_argument("--notes")
    r.set_defaults(func=cmd_request_add)
    r = actions.add_parser("list", help="list requests, soonest due first")
    common.add_db(r)
    r.add_argument("--overdue", action="store_true", help="only open requests past their due date")
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=cmd_request_list)
    common.add_show(actions, cmd_request_show, "one request, with its history")
