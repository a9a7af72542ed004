"""The ``filing`` command: the CNDP formalities of each processing activity (Law 09-08
arts. 12, 15, 43-44), the dossier to file, and what the DPO records about them.

- ``filing list``: per activity, the formalities it needs (declaration F211,
  authorisation F112, transfer F118), why, where each stands, and what the register
  still lacks for the dossier; ``--json`` for scripts.
- ``filing prepare ACTIVITY --out FILE.pdf|FILE.xlsx``: the dossier, the format taken
  from the extension. The file is the one plaintext copy the user asks for: created,
  never overwritten (exit 4), readable by its owner only.
- ``filing record ACTIVITY --kind … --status …``: filed, granted (receipt), ended, or
  back to file; the service validates it (exit 6) and journals it.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from dpo_desk.cli import common
from dpo_desk.cli.common import iso, values
from dpo_desk.documents.kinds import LetterLanguage
from dpo_desk.domain.filings import (
    FILING_STATUS_LABELS,
    FilingChannel,
    FilingStatus,
    FilingUpdate,
    FormalityKind,
)
from dpo_desk.services.private_files import FileExists, write_private

_FORMATS = {".pdf": "pdf", ".xlsx": "xlsx"}


def _same(_context: str, text: str) -> str:
    return text


def _formality_json(state: Any) -> dict[str, Any]:
    filing = state.filing
    receipt = None
    if filing.receipt:
        receipt = {"number": filing.receipt, "date": iso(filing.receipt_on)}
    return {
        "kind": str(state.formality.kind),
        "form": state.formality.form,
        "reasons": [r.text(_same) for r in state.formality.reasons],
        "status": str(filing.status),
        "receipt": receipt,
        "filed_on": iso(filing.filed_on),
        "channel": str(filing.channel) if filing.channel else None,
        "changes": list(filing.changes),
    }


def cmd_filing_list(args: argparse.Namespace) -> int:
    from dpo_desk.services import filings

    register = common.open_quietly(args)
    try:
        overview = filings.overview(register)
    finally:
        register.close()
    if args.json:
        common.print_json(
            [
                {
                    "activity": a.activity.name,
                    "id": a.activity.id,
                    "formalities": [_formality_json(s) for s in a.required],
                    "missing": [m.text(_same) for m in a.missing],
                }
                for a in overview
            ]
        )
        return common.EXIT_OK
    for a in overview:
        print(f"#{a.activity.id:<3} {a.activity.name}")
        for state in a.required:
            filing = state.filing
            status = FILING_STATUS_LABELS[filing.status]
            receipt = (
                f"  {filing.receipt} ({iso(filing.receipt_on) or '—'})" if filing.receipt else ""
            )
            print(f"     {state.formality.form} {state.formality.kind:<13} {status}{receipt}")
            if filing.changes:
                print(f"          modifications : {', '.join(filing.changes)}")
        for item in a.missing:
            print(f"     manque : {item.text(_same)}")
    return common.EXIT_OK


def cmd_filing_prepare(args: argparse.Namespace) -> int:
    from dpo_desk.services import dossier

    out = Path(args.out)
    fmt = _FORMATS.get(out.suffix.lower())
    if fmt is None:
        raise common.CliError(
            f"dpo-desk filing prepare: --out « {out.name} » : l'extension dit le format, "
            ".pdf ou .xlsx.",
            common.EXIT_USAGE,
        )
    if out.exists() or out.is_symlink():
        # Refused before the passphrase is asked for, with the writer's own error.
        raise FileExists(path=str(out))
    register = common.open_quietly(args)
    try:
        data = dossier.prepare(register, args.activity, args.lang, fmt)
    finally:
        register.close()
    write_private(out, data, overwrite=False)
    print(out)
    return common.EXIT_OK


def cmd_filing_record(args: argparse.Namespace) -> int:
    from dpo_desk.services import filings
    from dpo_desk.services import records as book

    update = FilingUpdate(
        status=FilingStatus(args.status),
        filed_on=args.filed_on,
        channel=FilingChannel(args.channel) if args.channel else None,
        receipt=args.receipt or "",
        receipt_on=args.receipt_date,
        ended_on=args.ended_on,
        note=args.note or "",
    )
    register = common.open_register(args)
    try:
        activity = book.find_activity(register, args.activity)
        # Refused with the domain's sentence (exit 6): a date missing for the status,
        # one in the future, a receipt before the filing.
        saved = filings.record(register, activity.id, FormalityKind(args.kind), update)
    finally:
        register.close()
    receipt = f" {saved.receipt}" if saved.receipt else ""
    print(f"#{activity.id} {saved.kind} {saved.status}{receipt}")
    return common.EXIT_OK


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Add ``filing`` to the CLI's subcommands."""
    date_arg = common.DATE_ARG
    actions = common.add_group(
        sub, "filing", "CNDP formalities: declaration, authorisation, transfer (Law 09-08)"
    )
    p = actions.add_parser(
        "list", help="per activity: the formalities it needs, their status, what is missing"
    )
    common.add_db(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_filing_list)

    p = actions.add_parser("prepare", help="write an activity's CNDP dossier (PDF or XLSX)")
    p.add_argument("activity", metavar="ACTIVITY", help="the activity's number or name")
    common.add_db(p)
    p.add_argument(
        "--lang", default="fr", choices=[LetterLanguage.FR.value, LetterLanguage.AR.value]
    )
    p.add_argument(
        "--out", required=True, metavar="FILE.pdf|FILE.xlsx", help="created; never overwritten"
    )
    p.set_defaults(func=cmd_filing_prepare)

    p = actions.add_parser("record", help="record where one formality stands")
    p.add_argument("activity", metavar="ACTIVITY", help="the activity's number or name")
    common.add_db(p)
    p.add_argument("--kind", required=True, choices=values(FormalityKind))
    p.add_argument("--status", required=True, choices=values(FilingStatus))
    p.add_argument("--filed-on", **date_arg, help="date filed with the CNDP (status filed)")
    p.add_argument("--channel", choices=values(FilingChannel))
    p.add_argument("--receipt", metavar="TEXT", help="receipt or authorisation number")
    p.add_argument("--receipt-date", **date_arg)
    p.add_argument("--ended-on", **date_arg, help="end of the processing (status ended)")
    p.add_argument("--note", metavar="TEXT")
    p.set_defaults(func=cmd_filing_record)
