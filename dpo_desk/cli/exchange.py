"""The spreadsheet commands: ``export`` (registers to an Excel workbook) and ``import``
(an .xlsx spreadsheet into a register, all or nothing).

``export``: 4 the target exists (without ``--force``) or its folder does not, 5 disk
error (no space, permission denied, target is a folder). The workbook is not
encrypted, which the command says on stderr (the GUI's warning, in French); it is
written under a temporary name beside the target and renamed only once complete.

``import``: the validation report lists every problem as ``sheet, row, column:
problem`` (French); when a row is invalid nothing is written and the status is 6,
unless ``--skip-invalid``. ``--dry-run`` validates only. Columns no field takes are
listed; when they hold values the import is refused (6) unless ``--unmapped notes``
(each value appended to the notes as "Header : value") or ``--unmapped ignore``.
Hidden sheets are named, and read with ``--include-hidden``; the reader's notices
(macros ignored…) are printed. 4 the file does not exist, 6 unreadable file, invalid
rows or unmapped columns.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dpo_desk.cli import common
from dpo_desk.documents.xlsx_columns import SHEET_TITLES
from dpo_desk.services import exports, imports

REPORT_LIMIT = 200  # lines of the import report printed; the count says how many more


def cmd_export(args: argparse.Namespace) -> int:
    out = Path(args.out)
    # Refused before the passphrase is asked for, each with the export service's error.
    if out.is_dir():
        raise exports.ExportFailed(exports.ERR_IS_DIRECTORY, name=str(out))
    if out.exists() and not args.force:
        # The service replaces the target: its caller asks first (here, --force).
        raise exports.ExportTargetExists(name=out.name)
    if out.suffix.lower() != ".xlsx":
        raise common.CliError(
            f"{out.name} : le fichier d'export doit se terminer par .xlsx.", common.EXIT_USAGE
        )
    exports.check_target(out)  # a missing folder, before the passphrase and the warning
    # No unlock entry: the export journals itself, and nothing else moves the head.
    register = common.open_quietly(args, read_only=False)
    try:
        # As the GUI's warning before its save dialog; stderr keeps stdout for the result.
        print(exports.unencrypted_warning(), file=sys.stderr)
        result = exports.export_register(register, args.register, out)
    finally:
        register.close()
    sheets = ", ".join(
        f"{SHEET_TITLES.get(kind, kind).lower()} {count}" for kind, count in result.rows.items()
    )
    note = (
        f" ; {result.truncated_cells} cellule(s) tronquée(s) à 32 767 caractères"
        if result.truncated_cells
        else ""
    )
    print(f"Export écrit : {result.path} ({sheets} ; {result.duration:.1f} s{note})")
    return common.EXIT_OK


def _print_columns(plan: imports.ImportPlan, unmapped: str | None) -> None:
    """What becomes of every column no field takes, and what the reader noticed."""
    for message in plan.notice_messages():
        print(message)
    if plan.hidden:
        print("Ajoutez --include-hidden pour lire aussi les feuilles masquées.")
    if plan.not_imported:
        names = ", ".join(c.name for c in plan.not_imported)
        print(f"Colonnes non importées (calculées ou saisies dans l'application) : {names}.")
    for column in plan.to_notes:
        print(f"Colonne « {column.header or column.letter} » → notes")
    if plan.unmapped:
        names = ", ".join(c.name for c in plan.unmapped)
        if unmapped == "ignore":
            print(f"Colonnes non reconnues, ignorées (--unmapped ignore) : {names}.")
        else:
            print(f"Colonnes non reconnues : {names}.")


def _print_report(plan: imports.ImportPlan) -> None:
    for problem in plan.problems[:REPORT_LIMIT]:
        column = f", colonne {problem.column}" if problem.column else ""
        print(f"{problem.sheet}, ligne {problem.row}{column} : {problem.message}")
    if len(plan.problems) > REPORT_LIMIT:
        print(f"… et {len(plan.problems) - REPORT_LIMIT} autre(s) problème(s).")


def cmd_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.is_file():
        # The reader would say "cannot read" (6); a name that is wrong is a file problem.
        raise common.CliError(f"Fichier introuvable : {path}", common.EXIT_FILE)
    register = common.open_register(args)
    try:
        plan = imports.plan_import(
            register,
            args.register,
            path,
            unmapped=args.unmapped,
            include_hidden=args.include_hidden,
        )
        _print_columns(plan, args.unmapped)
        _print_report(plan)
        print(
            f"{plan.total_rows} ligne(s) lue(s) dans « {plan.sheet} » : "
            f"{len(plan.rows)} valide(s), {plan.invalid_rows} invalide(s), "
            f"{plan.duplicates} déjà présente(s) dans le registre."
        )
        if plan.unmapped and args.unmapped is None:
            print("Rien n'a été importé.")
            raise imports.unmapped_error(plan)
        if plan.problems and not args.skip_invalid:
            print("Rien n'a été importé (ajoutez --skip-invalid pour ignorer ces lignes).")
            return common.EXIT_REJECTED
        if args.dry_run:
            print("Simulation : rien n'a été importé.")
            return common.EXIT_OK
        result = imports.apply_import(
            register, plan, skip_invalid=args.skip_invalid, on_duplicate=args.on_duplicate
        )
    finally:
        register.close()
    print(
        f"Import terminé : {result.created} créé(s), {result.updated} mis à jour, "
        f"{result.skipped} ignoré(s)."
    )
    return common.EXIT_OK


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Add ``export`` and ``import`` to the CLI's subcommands."""
    p = sub.add_parser("export", help="write registers to an .xlsx workbook (not encrypted)")
    common.add_db(p)
    p.add_argument(
        "--register",
        required=True,
        choices=tuple(exports.SHEETS_FOR),
        help="which register; processors includes the transfers sheet; all = every register "
        "and the journal",
    )
    p.add_argument("--out", required=True, metavar="FILE.xlsx", help="the workbook to write")
    p.add_argument("--force", action="store_true", help="replace --out if it exists")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", help="import an .xlsx spreadsheet into a register")
    common.add_db(p)
    p.add_argument("--register", required=True, choices=imports.TARGETS)
    p.add_argument("file", metavar="FILE.xlsx")
    p.add_argument("--dry-run", action="store_true", help="validate and report, write nothing")
    p.add_argument(
        "--skip-invalid", action="store_true", help="import the valid rows, skip the others"
    )
    p.add_argument(
        "--on-duplicate",
        choices=imports.DUPLICATE_CHOICES,
        default="skip",
        help="an entry with the same name exists: skip the row (default) or update the entry",
    )
    p.add_argument(
        "--unmapped",
        choices=imports.UNMAPPED_CHOICES,
        help="columns no field takes: append their values to the notes, or ignore them "
        "(without this option a file with such columns is refused)",
    )
    p.add_argument(
        "--include-hidden", action="store_true", help="also read the workbook's hidden sheets"
    )
    p.set_defaults(func=cmd_import)
