"""The ``deadline`` command: a request's due date, or a breach's notification deadline,
computed without a register (the default policy and calendar).

Two sets of options that do not mix: ``--regime --right --received`` (a request) and
``--breach --aware-at [--tz]`` (a breach); mixing them is a usage error (2).
"""

from __future__ import annotations

import argparse

from dpo_desk.cli import common, views

REQUEST_DEADLINE_OPTIONS = (
    ("right", "--right"),
    ("received", "--received"),
    ("extended", "--extended"),
    ("extended_on", "--extended-on"),
    ("member_state", "--member-state"),
)


def cmd_deadline(args: argparse.Namespace) -> int:
    if args.breach:
        given = [flag for name, flag in REQUEST_DEADLINE_OPTIONS if getattr(args, name)]
        if given:
            raise common.CliError(
                f"dpo-desk deadline: --breach ne se combine pas avec {', '.join(given)} "
                "(options d'une demande de droits).",
                common.EXIT_USAGE,
            )
        if not args.aware_at:
            raise common.CliError(
                "dpo-desk deadline: --breach exige --aware-at AAAA-MM-JJTHH:MM[:SS][±HH:MM].",
                common.EXIT_USAGE,
            )
        return _breach_deadline(args)
    for name, flag in (("aware_at", "--aware-at"), ("tz", "--tz")):
        if getattr(args, name):
            raise common.CliError(
                f"dpo-desk deadline: {flag} ne s'emploie qu'avec --breach.", common.EXIT_USAGE
            )
    missing = [
        flag
        for name, flag in (("regime", "--regime"), ("right", "--right"), ("received", "--received"))
        if not getattr(args, name)
    ]
    if missing:
        raise common.CliError(
            f"dpo-desk deadline: the following arguments are required: {', '.join(missing)}",
            common.EXIT_USAGE,
        )
    return _request_deadline(args)


def _breach_deadline(args: argparse.Namespace) -> int:
    # Awareness + 72 hours of elapsed time; no register needed. Legal under the GDPR
    # (Art. 33(1)); internal policy under Law 09-08 alone, or with no --regime (nothing
    # says the GDPR applies, so no legal basis is claimed).
    from dpo_desk.domain.breaches import breach_deadline, display, duties_for, zone_named
    from dpo_desk.domain.clock import DEFAULT_TIMEZONE
    from dpo_desk.domain.errors import ValidationError

    zone_name = args.tz or DEFAULT_TIMEZONE
    try:
        zone = zone_named(zone_name)
    except ValidationError as exc:
        raise common.CliError(f"--tz : {exc.message()}", common.EXIT_USAGE) from None
    aware = common.read_instant(args.aware_at, zone, "--aware-at")
    regimes = args.regime or []
    deadline = breach_deadline(aware, regimes)
    if args.json:
        duties = duties_for(regimes, deadline.at)
        common.print_json(
            {
                "notify_by": display(deadline.at, zone),
                "notify_by_utc": deadline.at.isoformat(timespec="seconds"),
                "aware_at": display(aware, zone),
                "timezone": zone_name,
                "hours": 72,
                "rule": deadline.rule,
                "basis": deadline.basis,
                "label": deadline.label,
                "regime": sorted(set(regimes)),
                "duties": [views.duty_json(d, zone, None) for d in duties],
            },
            indent=None,
        )
    else:
        print(display(deadline.at, zone))
        print(f"72 h après la prise de connaissance — {deadline.label}")
    return common.EXIT_OK


def _request_deadline(args: argparse.Namespace) -> int:
    # No register: the default policy and the default Moroccan calendar, with the EU
    # Member State given by --member-state for GDPR periods.
    from dpo_desk.domain.deadlines import DeadlinePolicy, candidate_deadlines, check_extension
    from dpo_desk.domain.errors import ValidationError
    from dpo_desk.domain.requests.workflow import Regime, Right
    from dpo_desk.services.requests import default_calendar

    try:
        calendar = default_calendar().with_member_state(args.member_state)
    except ValidationError as exc:
        raise common.CliError(f"--member-state : {exc.message()}", common.EXIT_USAGE) from None
    regimes = frozenset(Regime(r) for r in args.regime)
    rights = frozenset(Right(r) for r in args.right)
    if args.extended and args.extended_on:
        # GDPR Art. 12(3): an extension decided after the first month is refused (exit 6).
        check_extension(args.received, args.extended_on, calendar, regimes=regimes)
    candidates = candidate_deadlines(
        args.received, regimes, rights, calendar, DeadlinePolicy(), extended=args.extended
    )
    deadline = candidates[0]
    missing = views.rights_not_in_law_09_08(regimes, rights)
    if args.json:
        data = views.deadline_json(deadline)
        data["rights_not_in_law_09_08"] = missing
        data["candidates"] = [views.deadline_json(c) for c in candidates]
        common.print_json(data, indent=None)
    else:
        print(deadline.due.isoformat())
        print(f"{deadline.citation} ({'loi' if deadline.basis == 'law' else 'politique interne'})")
        for alternative in deadline.alternatives:
            print(f"  {views.note_text(alternative.note)}")
        if missing:
            print(views.NOT_IN_LAW_09_08_TEXT.format(rights=", ".join(missing)))
    return common.EXIT_OK


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Add ``deadline`` to the CLI's subcommands."""
    p = sub.add_parser(
        "deadline",
        help="the due date of a request, or a breach's notification deadline (no register needed)",
    )
    p.add_argument("--regime", action="append", choices=common.REGIMES)
    p.add_argument("--right", action="append", choices=common.RIGHTS)
    p.add_argument("--received", **common.DATE_ARG)
    p.add_argument(
        "--breach",
        action="store_true",
        help="a breach: awareness + 72 hours (law under the GDPR, policy otherwise)",
    )
    p.add_argument(
        "--aware-at",
        metavar=common.INSTANT,
        help="when the organisation became aware (naive: read in --tz)",
    )
    p.add_argument(
        "--tz", metavar="ZONE", help="time zone to read and print in (Africa/Casablanca)"
    )
    p.add_argument("--extended", action="store_true", help="GDPR Art. 12(3) extension")
    p.add_argument(
        "--member-state",
        metavar="CODE",
        help="EU Member State whose public holidays roll a GDPR period (e.g. FR); "
        "default: none, weekends only (Reg. 1182/71)",
    )
    p.add_argument(
        "--extended-on",
        **common.DATE_ARG,
        help="when the extension was decided (refused after the first month)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_deadline)
