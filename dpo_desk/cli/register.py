"""The register file's commands: ``init``, ``demo``, ``info`` and ``verify``.

``init`` and ``demo`` create a new encrypted file (never over an existing one, exit 4;
the passphrase typed twice at a prompt, refused if weak, exit 6); ``info`` and
``verify`` open it read only and journal nothing, so that a journal head printed
earlier still compares (``verify --expect``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from dpo_desk.cli import common
from dpo_desk.domain.organisation import Organisation
from dpo_desk.services import register_file


def cmd_init(args: argparse.Namespace) -> int:
    path = Path(args.db)
    common.refuse_existing(path)
    passphrase = common.resolve_passphrase(args, confirm=True)
    org = Organisation(
        name=args.organisation,
        address=args.address or "",
        town=args.town or "",
        dpo_name=args.dpo_name or "",
        dpo_email=args.dpo_email or "",
        dpo_phone=args.dpo_phone or "",
        legal_identifiers=args.legal_identifiers or "",
        signatory_name=args.signatory or "",
        signatory_title=args.signatory_title or "",
        established_in_morocco=not args.not_established_in_morocco,
        representative=args.representative or "",
        gdpr_applies=args.gdpr,
    )
    # The service refuses a weak passphrase and an invalid organisation (exit 6).
    register = register_file.create_register(path, passphrase, org)
    try:
        common.remember(register)
        print(f"Registre créé : {register.path} ({register.register_uuid})")
    finally:
        register.close()
    return common.EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from dpo_desk.services.demo import build_demo

    path = Path(args.db)
    common.refuse_existing(path)
    passphrase = common.resolve_passphrase(args, confirm=True)
    holds = common.keep_new_register(build_demo(path, passphrase))
    print(f"Registre de démonstration créé : {path} ({holds})")
    return common.EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    register = common.open_quietly(args)
    try:
        info = register_file.register_info(register)
    finally:
        register.close()
    if args.json:
        common.print_json(info.as_json())
        return common.EXIT_OK
    org = info.organisation
    print(f"Fichier            : {info.path}")
    print(f"Registre           : {info.register_uuid}")
    print(f"Organisation       : {org.name if org else '—'}")
    if org:
        print(f"Ville              : {org.town or '—'}")
        print(f"DPO                : {org.dpo_name or '—'} <{org.dpo_email or '—'}>")
        print(f"Fuseau horaire     : {org.timezone}")
    print(f"Version du schéma  : {info.schema_version}")
    print(f"Données de fuseaux : IANA {info.tzdata}")
    for label, count in info.counts.items():
        print(f"{label:<19}: {count}")
    return common.EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    register = common.open_quietly(args)
    try:
        register_file.verify_register(register, expect=args.expect)
    except register_file.TamperEvidence as evidence:
        # The error's sentence names the first few; the whole list goes to stdout.
        if len(evidence.findings) > evidence.SHOWN:
            for finding in evidence.findings:
                print(f"- {finding.message()}")
        raise
    finally:
        register.close()
    print("ok")
    return common.EXIT_OK


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Add ``init``, ``info``, ``verify`` and ``demo`` to the CLI's subcommands."""
    p = sub.add_parser("init", help="create a new encrypted register")
    common.add_db(p)
    p.add_argument("--organisation", required=True, metavar="NAME")
    p.add_argument("--address", metavar="TEXT")
    p.add_argument(
        "--town", metavar="TOWN", help='dates the letters: "Casablanca, le 6 décembre 2026"'
    )
    p.add_argument("--dpo-name", metavar="NAME")
    p.add_argument("--dpo-email", metavar="EMAIL")
    p.add_argument("--dpo-phone", metavar="PHONE")
    p.add_argument(
        "--legal-identifiers", metavar="TEXT", help="RC, ICE, IF… (Law 09-08 art. 15 (a))"
    )
    p.add_argument("--signatory", metavar="NAME", help="who signs the CNDP filings")
    p.add_argument("--signatory-title", metavar="TEXT", help="the signatory's title")
    p.add_argument(
        "--not-established-in-morocco",
        action="store_true",
        help="the controller is not established in Morocco (it names a representative)",
    )
    p.add_argument(
        "--representative", metavar="TEXT", help="name and address of the representative in Morocco"
    )
    p.add_argument(
        "--gdpr",
        action="store_true",
        help="the GDPR also applies (GDPR Art. 3(2)): the notice names its rights",
    )
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("info", help="organisation, schema version and record counts")
    common.add_db(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser(
        "verify", help="integrity, cipher, schema, journal replay and journal seal checks"
    )
    common.add_db(p)
    p.add_argument(
        "--expect",
        metavar="HASH",
        help="a journal head printed earlier (an export's cover): it must still be in the chain",
    )
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("demo", help="create a demo register (Najhine) with requests in every state")
    common.add_db(p)
    p.set_defaults(func=cmd_demo)
