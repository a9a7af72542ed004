"""The ``import`` command: an .xlsx spreadsheet into a register, all or nothing.

Registered from ``cli.py`` by :func:`add_parsers`. The validation report lists every
problem as ``sheet, row, column: problem`` (French); when a row is invalid nothing is
written and the status is 6, unless ``--skip-invalid``. ``--dry-run`` validates only.
Statuses as in ``cli.py``: 4 the file does not exist, 6 unreadable file or invalid rows.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from dpo_desk.cli import parser as base
from dpo_desk.services import imports

REPORT_LIMIT = 200  # lines of the report printed; the count says how many more


def _print_report(plan: imports.ImportPlan) -> None:
    for problem in plan.problems[:REPORT_LIMIT]:
        column = f", colonne {problem.column}" if problem.column else ""
        print(f"{problem.sheet}, ligne {problem.row}{column} : {problem.message}")
    if len(plan.problems) > REPORT_LIMIT:
        print(f"… et {len(plan.problems) - REPORT_LIMIT} autre(s) problème(s).")


def cmd_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise base.CliError(f"Fichier introuvable : {path}", 4)
    register = base.open_for_cli(args)
    try:
        plan = imports.plan_import(register, args.register, path)
        _print_report(plan)
        print(
            f"{plan.total_rows} ligne(s) lue(s) dans « {plan.sheet} » : "
            f"{len(plan.rows)} valide(s), {plan.invalid_rows} invalide(s), "
            f"{plan.duplicates} déjà présente(s) dans le registre."
        )
        if plan.problems and not args.skip_invalid:
            print("Rien n'a été importé (ajoutez --skip-invalid pour ignorer ces lignes).")
            return base.EXIT_INPUT
        if args.dry_run:
            print("Simulation : rien n'a été importé.")
            return base.EXIT_OK
        result = imports.apply_import(
            register, plan, skip_invalid=args.skip_invalid, on_duplicate=args.on_duplicate
        )
    finally:
        register.close()
    print(
        f"Import terminé : {result.created} créé(s), {result.updated} mis à jour, "
        f"{result.skipped} ignoré(s)."
    )
    return base.EXIT_OK


def add_parsers(sub) -> None:
    p = sub.add_parser("import", help="import an .xlsx spreadsheet into a register")
    base._add_db(p)
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
    p.set_defaults(func=cmd_import)
