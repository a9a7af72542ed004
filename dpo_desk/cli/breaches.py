"""The personal-data breaches' commands (GDPR Arts. 33-34; Law 05-20 for the DGSSI):
``breach add``, ``breach list``, ``breach show`` and ``breach notify``.

Instants are typed ``YYYY-MM-DDTHH:MM[:SS][±HH:MM]`` (naive: read in the register's
zone) and printed in that zone with their offset; a malformed one is a usage error (2).
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, tzinfo
from typing import Any

from dpo_desk.cli import common, views
from dpo_desk.cli.views import instant


def _duty_line(duty: dict[str, Any]) -> str:
    """ "CNDP — politique interne … — à faire, avant 2026-03-13T10:00:00+01:00"."""
    state = duty["state_label"]
    if duty["met_at"]:
        state += f" le {duty['met_at']}" + (" (en retard)" if duty["late"] else "")
    elif duty["state"] == "pending":
        state += (
            f", avant {duty['deadline']}" if duty["deadline"] else f", {duty['deadline_label']}"
        )
    return f"{duty['authority']} — {duty['citation']} — {state}"


def cmd_breach_add(args: argparse.Namespace) -> int:
    from dpo_desk.domain.breaches import (
        DEFAULT_REGIMES,
        NOTE_REGIME_ASSUMED,
        BreachIntake,
        BreachNature,
    )
    from dpo_desk.domain.requests.workflow import Regime
    from dpo_desk.services import breaches as breach_service

    # Without --regime, Law 09-08 is assumed (it applies to every Moroccan controller;
    # the GDPR only when persons in the EU are concerned, which only the DPO knows):
    # the command says so, so that a GDPR breach is not left on a policy clock unseen.
    assumed = not args.regime
    regimes = DEFAULT_REGIMES if assumed else frozenset(Regime(r) for r in args.regime)

    register = common.open_register(args)
    try:
        zone = breach_service.organisation_timezone(register)

        def optional(text: str | None, option: str) -> datetime | None:
            return common.read_instant(text, zone, option) if text else None

        intake = BreachIntake(
            title=args.title,
            regimes=regimes,
            aware_at=common.read_instant(args.aware_at, zone, "--aware-at"),
            discovered_at=optional(args.discovered_at, "--discovered-at"),
            started_at=optional(args.started_at, "--started-at"),
            nature=BreachNature(description=args.description or ""),
        )
        created = breach_service.create_breach(register, intake)
    finally:
        register.close()
    if args.json:
        deadline = created.deadline
        common.print_json(
            {
                "reference": created.reference,
                "regime": sorted(str(r) for r in created.regimes),
                "regime_assumed": assumed,
                "notify_by": instant(created.notify_by, zone),
                "deadline_rule": deadline.rule,
                "deadline_basis": deadline.basis,
                "deadline_label": deadline.label,
                "duties": [views.duty_json(d, zone, None) for d in created.duties],
            }
        )
    else:
        print(created.reference)
        # stdout stays the bare reference, for scripts; the assumption goes to stderr.
        if assumed:
            print(NOTE_REGIME_ASSUMED, file=sys.stderr)
    return common.EXIT_OK


def cmd_breach_list(args: argparse.Namespace) -> int:
    from dpo_desk.domain.clock import SystemClock
    from dpo_desk.services import breaches as breach_service
    from dpo_desk.storage.breaches import BreachFilter

    now = SystemClock().now()
    register = common.open_quietly(args)
    try:
        zone = breach_service.organisation_timezone(register)
        flt = BreachFilter(open_only=args.open, search=args.search)
        rows = common.all_rows(
            lambda offset: breach_service.list_breaches(register, flt, offset=offset, limit=1000)
        )
    finally:
        register.close()

    if args.json:
        common.print_json(
            [
                {
                    "reference": r.reference,
                    "title": r.title,
                    "status": str(r.status),
                    "regime": sorted(str(x) for x in r.regimes),
                    "aware_at": instant(r.aware_at, zone),
                    "notify_by": instant(r.notify_by, zone),
                    "deadline_rule": r.deadline.rule,
                    "deadline_basis": r.deadline.basis,
                    "deadline_label": r.deadline.label,
                    "risk": str(r.risk_level) if r.risk_level else None,
                    # The governing duty's notice: a CNDP notice alone leaves it None for a
                    # GDPR breach (the CNDP is not a GDPR authority); see "duties".
                    "notified_at": instant(r.notified_at, zone),
                    "not_notified_decision": r.no_notification,
                    "countdown": views.countdown_json(r.countdown(now)),
                    "duties": [
                        views.duty_json(d, zone, now if r.is_open else None) for d in r.duties
                    ],
                    "closed_at": instant(r.closed_at, zone),
                }
                for r in rows
            ]
        )
        return common.EXIT_OK
    for r in rows:
        left = r.countdown(now)
        if r.notified_at is not None:
            clock_text = f"notifiée le {r.notified_at.astimezone(zone):%Y-%m-%d %H:%M}"
        elif r.no_notification:
            clock_text = "non notifiée (décision motivée)"
        elif left is not None:
            clock_text = left.text()
        else:
            clock_text = ""
        print(
            f"{r.reference}  {r.status:<12} avant {r.notify_by.astimezone(zone):%Y-%m-%d %H:%M %z}"
            f"  {clock_text:<24} {str(r.risk_level or '—'):<9}  {r.title}".rstrip()
        )
    return common.EXIT_OK


def cmd_breach_show(args: argparse.Namespace) -> int:
    from dpo_desk.domain.clock import SystemClock
    from dpo_desk.services import breaches as breach_service

    now = SystemClock().now()
    register = common.open_quietly(args)
    try:
        zone = breach_service.organisation_timezone(register)
        found = breach_service.find_breach(register, args.reference)
        history = breach_service.journal_for(register, found)
    finally:
        register.close()
    data = _breach_json(found, zone, now)
    if args.json:
        data["history"] = common.history_json(history)
        common.print_json(data)
        return common.EXIT_OK
    print(f"Référence        : {found.reference}")
    print(f"Intitulé         : {found.title}")
    print(f"Statut           : {found.status}")
    print(f"Régime(s)        : {', '.join(sorted(found.regimes))}")
    print(f"Découverte       : {data['discovered_at']}")
    print(f"Prise de conn.   : {data['aware_at']}")
    print(f"À notifier avant : {data['notify_by']} ({found.deadline.label})")
    if data["countdown"]:
        print(f"Compte à rebours : {data['countdown']['text']}")
    for duty in data["duties"]:
        print(f"Obligation       : {_duty_line(duty)}")
    print(f"Risque           : {data['risk'] or 'non évalué'}")
    for n in found.notifications:
        late = " (en retard)" if found.is_late(n) else ""
        print(f"Notification     : {n.authority_label} {n.phase} {instant(n.sent_at, zone)}{late}")
    for c in found.communications:
        print(f"Communication    : {c.channel} {instant(c.sent_at, zone)} — {c.audience}")
    if found.no_notification:
        print(f"Non notifiée     : {found.no_notification.reasons}")
    for event in found.events:
        print(
            f"  {instant(event.at, zone)}  {event.kind:<12} {event.author}  {event.note}".rstrip()
        )
    return common.EXIT_OK


def _breach_json(b: Any, zone: tzinfo, now: datetime) -> dict[str, Any]:
    nature = b.nature
    risk = b.risk
    return {
        "reference": b.reference,
        "title": b.title,
        "status": str(b.status),
        "regime": sorted(str(r) for r in b.regimes),
        "started_at": instant(b.started_at, zone),
        "discovered_at": instant(b.discovered_at, zone),
        "aware_at": instant(b.aware_at, zone),
        "notify_by": instant(b.notify_by, zone),
        "deadline_rule": b.deadline.rule,
        "deadline_basis": b.deadline.basis,
        "deadline_label": b.deadline.label,
        "countdown": views.countdown_json(b.countdown(now)),
        "duties": [views.duty_json(d, zone, now if b.is_open else None) for d in b.duties],
        "risk": str(risk.level) if risk else None,
        "risk_computed": str(risk.computed) if risk else None,
        "risk_severity": risk.severity_score if risk else None,
        "risk_explanation": [reason.message() for reason in risk.explanation] if risk else [],
        "notified_at": instant(b.notified_at, zone),
        "nature": {
            "description": nature.description,
            "confidentiality": nature.confidentiality,
            "integrity": nature.integrity,
            "availability": nature.availability,
            "subject_categories": list(nature.subject_categories),
            "subjects_count": nature.subjects_count,
            "record_categories": list(nature.record_categories),
            "records_count": nature.records_count,
            "data_categories": sorted(str(c) for c in nature.data_categories),
            "minors": nature.minors,
            "consequences": nature.consequences,
            "measures_taken": nature.measures_taken,
            "measures_proposed": nature.measures_proposed,
            "processors": list(nature.processors),
        },
        "notifications": [
            {
                "authority": str(n.authority),
                "authority_name": n.authority_label,
                "phase": str(n.phase),
                "sent_at": instant(n.sent_at, zone),
                "channel": str(n.channel),
                "authority_reference": n.authority_reference,
                "duty": None if (duty := b.duty_for(n.authority)) is None else str(duty),
                "late": b.is_late(n),
                "delay_reason": n.delay_reason,
            }
            for n in b.notifications
        ],
        "communications": [
            {
                "sent_at": instant(c.sent_at, zone),
                "channel": str(c.channel),
                "audience": c.audience,
                "public": c.public,
            }
            for c in b.communications
        ],
        "no_notification": None
        if b.no_notification is None
        else {
            "reasons": b.no_notification.reasons,
            "decided_at": instant(b.no_notification.decided_at, zone),
        },
        "art34_exception": None
        if b.art34_exception is None
        else {
            "ground": str(b.art34_exception.ground),
            "justification": b.art34_exception.justification,
        },
        "dgssi": {
            "applies": b.dgssi.applies,
            "declared_at": instant(b.dgssi.declared_at, zone),
            "reference": b.dgssi.reference,
        },
        "remedial_actions": b.remedial_actions,
        "closed_at": instant(b.closed_at, zone),
        "timeline": [
            {"kind": str(e.kind), "at": instant(e.at, zone), "author": e.author, "note": e.note}
            for e in b.events
        ],
    }


def cmd_breach_notify(args: argparse.Namespace) -> int:
    from dpo_desk.domain.breaches import Authority, AuthorityNotification, NotificationPhase
    from dpo_desk.domain.requests.workflow import Channel
    from dpo_desk.services import breaches as breach_service

    register = common.open_register(args)
    try:
        zone = breach_service.organisation_timezone(register)
        found = breach_service.find_breach(register, args.reference)
        sent = common.read_instant(args.sent_at, zone, "--sent-at")
        updated = breach_service.add_notification(
            register,
            found,
            AuthorityNotification(
                authority=Authority(args.authority),
                phase=NotificationPhase(args.phase),
                sent_at=sent,
                channel=Channel(args.channel),
                authority_name=args.authority_name or "",
                authority_reference=args.authority_reference or "",
                delay_reason=args.delay_reason or "",
            ),
        )
    finally:
        register.close()
    print(f"{updated.reference} {updated.status}")
    return common.EXIT_OK


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Add ``breach`` and its actions to the CLI's subcommands."""
    actions = common.add_group(sub, "breach", "personal-data breaches (GDPR Arts. 33-34)")
    b = actions.add_parser("add", help="record a new breach; prints its reference")
    common.add_db(b)
    b.add_argument("--title", required=True)
    b.add_argument(
        "--aware-at",
        required=True,
        metavar=common.INSTANT,
        help="naive: read in the register's zone",
    )
    b.add_argument("--discovered-at", metavar=common.INSTANT, help="defaults to --aware-at")
    b.add_argument("--started-at", metavar=common.INSTANT)
    b.add_argument(
        "--regime",
        action="append",
        choices=common.REGIMES,
        help="default: law-09-08 (said on stderr; regime_assumed in --json)",
    )
    b.add_argument("--description")
    b.add_argument("--json", action="store_true")
    b.set_defaults(func=cmd_breach_add)
    b = actions.add_parser("list", help="list breaches, open ones by nearest deadline first")
    common.add_db(b)
    b.add_argument("--open", action="store_true", help="only breaches not closed")
    b.add_argument(
        "--search", metavar="TEXT", default="", help="in references and titles, as the GUI's"
    )
    b.add_argument("--json", action="store_true")
    b.set_defaults(func=cmd_breach_list)
    common.add_show(actions, cmd_breach_show, "one breach, with its timeline and history")
    b = actions.add_parser("notify", help="record a notification to an authority")
    b.add_argument("reference")
    common.add_db(b)
    b.add_argument(
        "--authority",
        required=True,
        choices=["cndp", "cnil", "other"],
        help="cnil or other (an EU supervisory authority) meet GDPR Art. 33; cndp the "
        "Law 09-08 policy",
    )
    b.add_argument(
        "--authority-name", metavar="NAME", help="with --authority other: the EU authority"
    )
    b.add_argument("--phase", default="initial", choices=["initial", "complementary"])
    b.add_argument("--sent-at", required=True, metavar=common.INSTANT)
    b.add_argument("--channel", default="web_form", choices=common.CHANNELS)
    b.add_argument("--authority-reference", metavar="REF")
    b.add_argument("--delay-reason", metavar="TEXT", help="required when sent after the deadline")
    b.set_defaults(func=cmd_breach_notify)
