"""The ``export`` command: registers to an Excel workbook.

Registered from ``cli.py`` by :func:`add_parsers`; the same contract holds (no secret in
argv, one-sentence errors, the exit statuses of ``cli.py``'s docstring): 4 the target
exists (without ``--force``) or its folder does not, 5 disk error (no space, permission
denied, target is a folder). The workbook is not encrypted; it is written under a
temporary name beside the target and renamed only once complete.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from dpo_desk.cli import parser as base
from dpo_desk.documents.xlsx_columns import SHEET_TITLES
from dpo_desk.services import exports

REGISTER_CHOICES = ("requests", "breaches", "activities", "processors", "transfers", "all")


def cmd_export(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.is_dir():
        raise base.CliError(f"{out} est un dossier : indiquez un nom de fichier .xlsx.", 5)
    if out.exists() and not args.force:
        raise base.CliError(f"Le fichier {out} existe déjà ; ajoutez --force pour le remplacer.", 4)
    if out.suffix.lower() != ".xlsx":
        raise base.CliError(f"{out.name} : le fichier d'export doit se terminer par .xlsx.", 2)
    # No unlock entry: the export journals itself, and nothing else moves the head.
    register = base.open_quietly_for_cli(args, read_only=False)
    try:
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
    return base.EXIT_OK


def add_parsers(sub) -> None:
    p = sub.add_parser("export", help="write registers to an .xlsx workbook (not encrypted)")
    base._add_db(p)
    p.add_argument(
        "--register",
        required=True,
        choices=REGISTER_CHOICES,
        help="which register; processors includes the transfers sheet; all = every sheet",
    )
    p.add_argument("--out", required=True, metavar="FILE.xlsx", help="the workbook to write")
    p.add_argument("--force", action="store_true", help="replace --out if it exists")
    p.set_defaults(func=cmd_export)
