"""The ``notice`` command: the organisation's information notice (Law 09-08 art. 5;
GDPR Arts. 13-14), written from the register, as a web page or a PDF.

The format follows ``--out``'s extension: ``.html`` (a standalone page for the website)
or ``.pdf``. The file is created owner-only and never replaces one unless ``--force``
(4 if it exists); 2 for another extension; 5 if the disk refuses it. The register is
opened read-only: a notice changes nothing in it.

What the register lacks (a retention period, a reference the CNDP has not yet given,
a transfer with no footing) is said in words in the notice, and listed on stderr as
what to complete before publishing; the command still succeeds.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dpo_desk.cli import common
from dpo_desk.documents.kinds import LetterLanguage
from dpo_desk.services.private_files import FileExists, write_private

EXTENSIONS = {".html": "html", ".htm": "html", ".pdf": "pdf"}


def cmd_notice(args: argparse.Namespace) -> int:
    from dpo_desk.services import notice as notice_service

    out = Path(args.out)
    fmt = EXTENSIONS.get(out.suffix.lower())
    # Refused before the passphrase is asked for: nothing is built for nothing.
    if fmt is None:
        raise common.CliError(
            f"{out.name} : la notice s'écrit dans un fichier .html ou .pdf.", common.EXIT_USAGE
        )
    if not args.force and (out.exists() or out.is_symlink()):
        raise FileExists(path=str(out))
    register = common.open_quietly(args, read_only=True)
    try:
        notice = notice_service.produce(register, args.lang, fmt)
    finally:
        register.close()
    write_private(out, notice.content, overwrite=args.force)
    if notice.gaps:
        print("À compléter dans le registre avant de publier la notice :", file=sys.stderr)
        for gap in notice.gaps:
            print(f"  - {gap.text()}", file=sys.stderr)
    print(out)
    return common.EXIT_OK


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Add ``notice`` to the CLI's subcommands."""
    p = sub.add_parser(
        "notice",
        help="write the information notice (Law 09-08 art. 5; GDPR Arts. 13-14) from the "
        "register, as a web page (.html) or a PDF (.pdf)",
    )
    common.add_db(p)
    p.add_argument(
        "--lang", default=LetterLanguage.FR.value, choices=[lang.value for lang in LetterLanguage]
    )
    p.add_argument(
        "--out",
        required=True,
        metavar="FILE.html|FILE.pdf",
        help="the format follows the extension; created, never overwritten without --force",
    )
    p.add_argument("--force", action="store_true", help="replace --out if it exists")
    p.set_defaults(func=cmd_notice)
