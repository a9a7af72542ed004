"""The ``calendar`` command: the register's open deadlines as an iCalendar file (``.ics``)
to import into Outlook, Thunderbird or any RFC 5545 calendar (``services/calendar_feed``).

The events carry references and kinds of deadline, never a person's name or address;
the file is still not encrypted, which the command says on stderr before writing it (as
``export`` does). It is created owner-only and never replaces a file unless ``--force``
(4 if it exists or its folder does not); 2 for an extension other than ``.ics``; 5 if
the disk refuses it. The register is opened read-only and nothing is journaled.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dpo_desk.cli import common
from dpo_desk.services.private_files import FileExists, write_private

KIND_WORDS = {
    "requests": "demande(s)",
    "breaches": "notification(s) de violation",
    "processors": "échéance(s) de sous-traitants",
    "filings": "formalité(s) CNDP sans date (tâches)",
}


def cmd_calendar(args: argparse.Namespace) -> int:
    from dpo_desk.services import calendar_feed

    out = Path(args.out)
    # Refused before the passphrase is asked for: nothing is read for nothing.
    if out.suffix.lower() != ".ics":
        raise common.CliError(
            f"{out.name} : le calendrier s'écrit dans un fichier .ics.", common.EXIT_USAGE
        )
    if not args.force and (out.exists() or out.is_symlink()):
        raise FileExists(path=str(out))
    folder = out.parent
    if not folder.is_dir():
        raise common.CliError(
            f"Le dossier {folder} n'existe pas : le calendrier n'a pas été écrit.",
            common.EXIT_FILE,
        )
    register = common.open_quietly(args, read_only=True)
    try:
        # As export's warning; stderr keeps stdout for the result.
        print(calendar_feed.unencrypted_warning(), file=sys.stderr)
        feed = calendar_feed.produce(register)
    finally:
        register.close()
    write_private(out, feed.content, overwrite=args.force)
    held = ", ".join(f"{feed.counts[kind]} {words}" for kind, words in KIND_WORDS.items())
    print(f"Calendrier écrit : {out} ({held})")
    return common.EXIT_OK


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Add ``calendar`` to the CLI's subcommands."""
    p = sub.add_parser(
        "calendar",
        help="write the open deadlines (requests, breaches, processors, CNDP filings) to an "
        ".ics calendar file (not encrypted; no personal data)",
    )
    common.add_db(p)
    p.add_argument(
        "--out",
        required=True,
        metavar="FILE.ics",
        help="the calendar to write; created owner-only, never overwritten without --force",
    )
    p.add_argument("--force", action="store_true", help="replace --out if it exists")
    p.set_defaults(func=cmd_calendar)
