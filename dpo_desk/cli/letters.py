"""The ``letter`` command: a case's letter straight from its template, as a PDF file.

The ``--out`` file is the one plaintext copy the user asks for: it is created, never
overwritten (exit 4), and readable by its owner only.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from dpo_desk.cli import common
from dpo_desk.documents.kinds import LetterKind, LetterLanguage
from dpo_desk.services.private_files import FileExists, write_private


def cmd_letter(args: argparse.Namespace) -> int:
    from dpo_desk.services import letter_addressees
    from dpo_desk.services import letters as letter_service

    out = Path(args.out)
    if out.exists() or out.is_symlink():
        # Refused before the passphrase is asked for, with the writer's own error: the
        # write below (O_EXCL) would refuse it too, after the letter was made for nothing.
        raise FileExists(path=str(out))
    register = common.open_register(args)
    try:
        # The command prints straight from the template: no draft, no review. Under the
        # four-eyes rule that would be a letter no second person has validated.
        from dpo_desk.services.letter_rules import four_eyes

        if four_eyes(register):
            raise common.CliError(
                "La règle des quatre yeux est active : un courrier est relu et validé par "
                "une autre personne que son auteur avant d'être produit. Rédigez-le et "
                "faites-le valider dans l'application (Courriers).",
                common.EXIT_REJECTED,
            )
        # A breach owing several notices (the GDPR's to an EU authority, the CNDP's under
        # the organisation's policy) gets one letter per authority: ``--to`` says which
        # (exit 6 without it). With one duty, its authority is the default.
        if args.kind == "breach-notification" and not args.to:
            letter_addressees.check_addressee_given(register, args.reference)
        # A letter the case does not support is refused by the service (exit 6), with
        # why: the rule the GUI's list of kinds follows (``letter_availability``).
        pdf = letter_service.letter_pdf(
            register,
            args.reference,
            args.kind,
            args.lang,
            delay_reasons=args.delay_reason or "",
            access_none_reason=args.none_reason or "",
            addressee=args.to or None,
        )
    finally:
        register.close()
    # Owner-only, through the GUI's helper: never over an existing file (exit 4),
    # nothing left behind if the write fails (exit 5).
    write_private(out, pdf, overwrite=False)
    print(out)
    return common.EXIT_OK


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Add ``letter`` to the CLI's subcommands."""
    kinds = ", ".join(kind.value for kind in LetterKind)
    p = sub.add_parser(
        "letter", help="write a case's letter (request or breach) from its template, as a PDF"
    )
    p.add_argument("reference", metavar="REF", help="DSR-YYYY-NNNN or VIO-YYYY-NNNN")
    common.add_db(p)
    # Not argparse choices: a kind that does not fit the case is refused by the service
    # (exit 6) with the kinds that would, whether it exists or not.
    p.add_argument("--kind", required=True, metavar="KIND", help=f"one of: {kinds}")
    p.add_argument("--lang", required=True, choices=[lang.value for lang in LetterLanguage])
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="created; never overwritten")
    p.add_argument(
        "--delay-reason",
        metavar="TEXT",
        help="breach-notification sent late: the reasons for the delay (GDPR Art. 33(1))",
    )
    p.add_argument(
        "--to",
        metavar="AUTHORITY",
        help="breach-notification: the authority it goes to, one the breach must be notified "
        "to: cndp (organisation's policy; Law 09-08 has no breach duty), cnil (GDPR Art. 33), "
        "or other:NAME for another EU supervisory authority; required when there are several",
    )
    p.add_argument(
        "--none-reason",
        metavar="TEXT",
        help="access-response whose sections the register leaves empty: why they are empty "
        "(they are marked « néant »)",
    )
    p.set_defaults(func=cmd_letter)
