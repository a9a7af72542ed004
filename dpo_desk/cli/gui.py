"""The ``gui`` command: the command line hands over to the desktop app.

``dpo-desk gui`` is the app's launcher (from source, and in the frozen build through
``packaging/launcher.py``), so this is the one place where the CLI reaches into the GUI
(``dpo_desk.app``, ``dpo_desk.ui.self_test``): import-linter's layer and "Qt only in
the GUI" contracts let exactly these two imports through (pyproject.toml). They are
made inside the command, so that every other command runs without loading Qt.
"""

from __future__ import annotations

import argparse


def cmd_gui(args: argparse.Namespace) -> int:
    if args.self_test:
        from dpo_desk.ui.self_test import run_self_test

        return run_self_test(args.language)
    from dpo_desk.app import main as gui_main

    return gui_main([args.db] if args.db else [])


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Add ``gui`` to the CLI's subcommands."""
    p = sub.add_parser("gui", help="start the desktop application")
    p.add_argument("db", nargs="?", metavar="PATH")
    p.add_argument(
        "--self-test",
        action="store_true",
        help="build the main window on a throw-away register, render two views, exit 0 if all worked",
    )
    p.add_argument(
        "--language", choices=("fr", "ar", "en"), default="fr", help="UI language of the self-test"
    )
    p.set_defaults(func=cmd_gui)
