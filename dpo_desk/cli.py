"""Command-line face of DPO Desk, over the same services as the GUI.

The passphrase is never taken from argv. It comes, in this order, from the
``DPO_DESK_PASSPHRASE`` environment variable, the file named by
``--passphrase-file``, the OS keyring (when remembered for that register), or an
interactive prompt (restic's and borg's convention).

Errors are one sentence on stderr and a non-zero exit status; never a traceback.
Exit statuses:
    0  success
    1  unexpected error
    2  usage error (bad arguments, malformed date or value)
    3  cannot unlock: wrong passphrase, not a register, newer schema
    4  file problem: not found, already exists
    5  disk error or failed integrity check
    6  rejected input: weak passphrase, invalid field, refused transition
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from dpo_desk import __version__
from dpo_desk.domain.errors import UserError
from dpo_desk.domain.organisation import Organisation
from dpo_desk.domain.rights_request import OPEN_STATUSES
from dpo_desk.security.keystore import Keystore
from dpo_desk.security.passphrase import MINIMUM_LENGTH
from dpo_desk.services import registers
from dpo_desk.services.preferences import Preferences
from dpo_desk.storage.database import Register, check_register_file

PASSPHRASE_ENV = "DPO_DESK_PASSPHRASE"

EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_USAGE = 2
EXIT_INPUT = 6


class CliError(Exception):
    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, no usage dump
        raise CliError(f"{self.prog}: {message}", EXIT_USAGE)


# --------------------------------------------------------------------------- passphrase


def _read_passphrase_file(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as fh:
            # First line only, without its newline: `echo secret > file` must work.
            return fh.readline().rstrip("\r\n")
    except OSError as exc:
        raise CliError(
            f"Impossible de lire le fichier de phrase secrète {path} : {exc.strerror}.", EXIT_USAGE
        ) from None


def resolve_passphrase(
    args: argparse.Namespace,
    *,
    register_path: Path | None = None,
    confirm: bool = False,
    keystore: Keystore | None = None,
) -> str:
    """Find the passphrase by the documented order; never from argv."""
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env
    if getattr(args, "passphrase_file", None):
        return _read_passphrase_file(args.passphrase_file)
    if register_path is not None and not confirm:
        register_uuid = Preferences.load().uuid_for(register_path)
        if register_uuid:
            remembered = (keystore or Keystore()).get(register_uuid)
            if remembered:
                return remembered
    if not sys.stdin.isatty():
        raise CliError(
            f"Aucune phrase secrète : définissez {PASSPHRASE_ENV}, utilisez --passphrase-file, "
            "ou lancez la commande dans un terminal.",
            EXIT_USAGE,
        )
    first = getpass.getpass("Phrase secrète : ")
    if confirm:
        again = getpass.getpass("Confirmez la phrase secrète : ")
        if first != again:
            raise CliError("Les deux phrases secrètes ne correspondent pas.", EXIT_INPUT)
    return first


def open_for_cli(args: argparse.Namespace) -> Register:
    path = Path(args.db)
    check_register_file(path)  # "no such file" before "passphrase?"
    passphrase = resolve_passphrase(args, register_path=path)
    return registers.unlock_register(path, passphrase)


# --------------------------------------------------------------------------- commands


def cmd_init(args: argparse.Namespace) -> int:
    path = Path(args.db)
    if path.exists():
        raise CliError(f"Le fichier {path} existe déjà ; init ne l'écrase jamais.", 4)
    passphrase = resolve_passphrase(args, confirm=True)
    if len(passphrase) < MINIMUM_LENGTH:
        raise CliError(
            f"La phrase secrète doit compter au moins {MINIMUM_LENGTH} caractères.", EXIT_INPUT
        )
    org = Organisation(
        name=args.organisation,
        address=args.address or "",
        dpo_name=args.dpo_name or "",
        dpo_email=args.dpo_email or "",
        dpo_phone=args.dpo_phone or "",
    )
    register = registers.create_register(path, passphrase, org)
    try:
        prefs = Preferences.load()
        prefs.touch(register.path, register.register_uuid)
        prefs.save()
        print(f"Registre créé : {register.path} ({register.register_uuid})")
    finally:
        register.close()
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    register = open_for_cli(args)
    try:
        info = registers.register_info(register)
    finally:
        register.close()
    if args.json:
        print(json.dumps(info.as_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    org = info.organisation
    print(f"Fichier            : {info.path}")
    print(f"Registre           : {info.register_uuid}")
    print(f"Organisation       : {org.name if org else '—'}")
    if org:
        print(f"DPO                : {org.dpo_name or '—'} <{org.dpo_email or '—'}>")
        print(f"Fuseau horaire     : {org.timezone}")
    print(f"Version du schéma  : {info.schema_version}")
    for label, count in info.counts.items():
        print(f"{label:<19}: {count}")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    register = open_for_cli(args)
    try:
        registers.verify_register(register)
    finally:
        register.close()
    print("ok")
    return EXIT_OK


def _parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"date invalide « {value} » : attendu AAAA-MM-JJ, par exemple 2026-03-31"
        ) from None


def _deadline_json(deadline) -> dict:
    return {
        "due": deadline.due.isoformat(),
        "basis": deadline.basis,
        "rule": deadline.rule,
        "regime": str(deadline.regime),
        "citation": deadline.citation,
    }


def cmd_deadline(args: argparse.Namespace) -> int:
    # No register: the default policy and the default Moroccan calendar.
    from dpo_desk.domain.calendar import WorkingCalendar
    from dpo_desk.domain.deadlines import DeadlinePolicy, governing_deadline
    from dpo_desk.domain.requests import Regime, Right

    calendar = WorkingCalendar()
    policy = DeadlinePolicy()
    regimes = frozenset(Regime(r) for r in args.regime)
    rights = frozenset(Right(r) for r in args.right)
    if args.extended:
        from dpo_desk.domain.deadlines import check_extension

        if args.extended_on:
            check_extension(args.received, args.extended_on, calendar, regimes=regimes)
    deadline = governing_deadline(
        args.received, regimes, rights, calendar, policy, extended=args.extended
    )
    if args.json:
        print(json.dumps(_deadline_json(deadline), ensure_ascii=False))
    else:
        print(deadline.due.isoformat())
        print(f"{deadline.citation} ({'loi' if deadline.basis == 'law' else 'politique interne'})")
    return EXIT_OK


def _request_json(req) -> dict:
    return {
        "reference": req.reference,
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
    from dpo_desk.domain.requests import Channel, Regime, Right
    from dpo_desk.domain.rights_request import RequestIntake
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
    register = open_for_cli(args)
    try:
        created = request_service.create_request(register, intake)
    finally:
        register.close()
    print(created.reference)
    return EXIT_OK


def cmd_request_list(args: argparse.Namespace) -> int:
    from dpo_desk.domain.clock import SystemClock
    from dpo_desk.services import requests as request_service
    from dpo_desk.storage.requests import RequestFilter

    register = open_for_cli(args)
    try:
        today_ = request_service.load_context(register).today(SystemClock())
        flt = RequestFilter(overdue_on=today_ if args.overdue else None, sort="due_on")
        rows = []
        offset = 0
        while batch := request_service.list_requests(register, flt, offset=offset, limit=1000):
            rows.extend(batch)
            offset += len(batch)
    finally:
        register.close()
    if args.json:
        payload = [
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
            }
            for r in rows
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    for r in rows:
        late = (r.due_on - today_).days
        flag = f"{-late} j de retard" if late < 0 and r.status in OPEN_STATUSES else ""
        print(
            f"{r.reference}  {r.status:<17} reçue {r.received_on}  échéance {r.due_on}  "
            f"{','.join(sorted(r.rights)):<24} {r.requester_name}  {flag}".rstrip()
        )
    return EXIT_OK


def cmd_request_show(args: argparse.Namespace) -> int:
    from dpo_desk.services import requests as request_service

    register = open_for_cli(args)
    try:
        req = request_service.find_request(register, args.reference)
        history = request_service.journal_for(register, req)
    finally:
        register.close()
    if args.json:
        data = _request_json(req)
        data.update(
            requester_email=req.requester_email,
            subject=req.subject_name,
            identity_status=str(req.identity_status),
            refusal_reason=str(req.refusal_reason) if req.refusal_reason else None,
            extended_on=req.extended_on.isoformat() if req.extended_on else None,
            extension_reason=req.extension_reason,
            answered_on=req.answered_on.isoformat() if req.answered_on else None,
            notes=req.notes,
            history=[
                {"at": e.at.isoformat(), "actor": e.actor, "action": e.action, "changes": e.changes}
                for e in history
            ],
        )
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"Référence      : {req.reference}")
    print(f"Statut         : {req.status}")
    print(f"Régime(s)      : {', '.join(sorted(req.regimes))}")
    print(f"Droit(s)       : {', '.join(sorted(req.rights))}")
    print(f"Demandeur      : {req.requester_name} <{req.requester_email or '—'}>")
    print(f"Reçue le       : {req.received_on}")
    print(f"Échéance       : {req.due_on} ({req.due_rule}, {req.due_basis})")
    if req.extended_on:
        print(f"Prorogée le    : {req.extended_on} — {req.extension_reason}")
    if req.answered_on:
        print(f"Répondue le    : {req.answered_on}")
    for entry in history:
        print(f"  {entry.at:%Y-%m-%d %H:%M} UTC  {entry.actor:<10} {entry.action}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from dpo_desk.services.demo import build_demo

    path = Path(args.db)
    if path.exists():
        raise CliError(f"Le fichier {path} existe déjà ; demo ne l'écrase jamais.", 4)
    passphrase = resolve_passphrase(args, confirm=True)
    if len(passphrase) < MINIMUM_LENGTH:
        raise CliError(
            f"La phrase secrète doit compter au moins {MINIMUM_LENGTH} caractères.", EXIT_INPUT
        )
    register = build_demo(path, passphrase)
    try:
        prefs = Preferences.load()
        prefs.touch(register.path, register.register_uuid)
        prefs.save()
        counts = registers.register_info(register).counts
    finally:
        register.close()
    print(f"Registre de démonstration créé : {path} ({counts.get('requests', 0)} demandes)")
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    # Imported here: every other command runs without loading Qt.
    from dpo_desk.app import main as gui_main

    return gui_main([args.db] if args.db else [])


# --------------------------------------------------------------------------- parser


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, metavar="PATH", help="register file (.dpodesk)")
    parser.add_argument(
        "--passphrase-file", metavar="FILE", help="read the passphrase from the first line of FILE"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="dpo-desk", description="DPO Desk: the DPO's encrypted register.")
    parser.add_argument("--version", action="version", version=f"dpo-desk {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log diagnostics to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("init", help="create a new encrypted register")
    _add_db(p)
    p.add_argument("--organisation", required=True, metavar="NAME")
    p.add_argument("--address", metavar="TEXT")
    p.add_argument("--dpo-name", metavar="NAME")
    p.add_argument("--dpo-email", metavar="EMAIL")
    p.add_argument("--dpo-phone", metavar="PHONE")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("info", help="organisation, schema version and record counts")
    _add_db(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("verify", help="integrity, cipher and journal checks")
    _add_db(p)
    p.set_defaults(func=cmd_verify)

    regimes = ["gdpr", "law-09-08"]
    rights = ["access", "rectification", "erasure", "restriction", "portability", "objection"]
    p = sub.add_parser("deadline", help="the legal due date of a request (no register needed)")
    p.add_argument("--regime", required=True, action="append", choices=regimes)
    p.add_argument("--right", required=True, action="append", choices=rights)
    p.add_argument("--received", required=True, type=_parse_date, metavar="YYYY-MM-DD")
    p.add_argument("--extended", action="store_true", help="GDPR Art. 12(3) extension")
    p.add_argument(
        "--extended-on",
        type=_parse_date,
        metavar="YYYY-MM-DD",
        help="when the extension was decided (refused after the first month)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_deadline)

    p = sub.add_parser("request", help="rights requests")
    request_sub = p.add_subparsers(dest="request_command", metavar="ACTION", parser_class=_Parser)
    r = request_sub.add_parser("add", help="record a new request; prints its reference")
    _add_db(r)
    r.add_argument("--regime", required=True, action="append", choices=regimes)
    r.add_argument("--right", required=True, action="append", choices=rights)
    r.add_argument("--received", required=True, type=_parse_date, metavar="YYYY-MM-DD")
    r.add_argument("--name", required=True)
    r.add_argument("--email")
    r.add_argument(
        "--channel", default="email", choices=["email", "post", "web_form", "phone", "in_person"]
    )
    r.add_argument("--notes")
    r.set_defaults(func=cmd_request_add)
    r = request_sub.add_parser("list", help="list requests, soonest due first")
    _add_db(r)
    r.add_argument("--overdue", action="store_true", help="only open requests past their due date")
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=cmd_request_list)
    r = request_sub.add_parser("show", help="one request, with its history")
    r.add_argument("reference")
    _add_db(r)
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=cmd_request_show)

    p = sub.add_parser("demo", help="create a demo register (Najhine) with requests in every state")
    _add_db(p)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("gui", help="start the desktop application")
    p.add_argument("db", nargs="?", metavar="PATH")
    p.set_defaults(func=cmd_gui)

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if args.verbose:
            logging.getLogger().setLevel(logging.INFO)
        if not getattr(args, "func", None):
            parser.print_help()
            return EXIT_USAGE
        return args.func(args)
    except CliError as exc:
        print(str(exc), file=sys.stderr)
        return exc.code
    except UserError as exc:
        print(exc.message(), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("Interrompu.", file=sys.stderr)
        return 130
    except Exception as exc:  # the contract: one sentence, never a traceback
        logging.getLogger(__name__).info("unexpected error", exc_info=True)
        print(
            f"Erreur inattendue ({type(exc).__name__}) ; relancez avec -v pour le détail.",
            file=sys.stderr,
        )
        return EXIT_UNEXPECTED


if __name__ == "__main__":
    sys.exit(main())
