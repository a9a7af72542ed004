"""What every command shares: the exit statuses, the ``--db`` and passphrase arguments,
opening the register, dates typed on the command line, and printing.

Every command group (``register``, ``requests``, ``records``…) imports this module and
never ``parser.py``, which imports the groups: the package has no import cycle.

The passphrase is never taken from argv. It comes, in this order, from the
``DPO_DESK_PASSPHRASE`` environment variable, the file named by ``--passphrase-file``,
the OS keyring (when remembered for that register), or an interactive prompt (restic's
and borg's convention).

Errors are one sentence on stderr and a non-zero exit status; never a traceback. The
sentence of a refusal the lower layers make (a weak passphrase, an invalid field, a
file that exists) is theirs: the command lets their ``UserError`` through, and its
``exit_code`` is one of the statuses below. The CLI writes its own sentence only for
what is its own: options that do not go together, a value it cannot parse.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import re
import sys
from collections.abc import Callable, Iterable
from datetime import date, datetime, tzinfo
from enum import Enum
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from dpo_desk.domain.errors import ERR_YEAR_OUT_OF_RANGE, NotUtf8File
from dpo_desk.domain.requests.workflow import Channel, Regime, Right
from dpo_desk.security.keystore import Keystore
from dpo_desk.services import register_file
from dpo_desk.services.preferences import Preferences
from dpo_desk.storage.cipher import check_register_file
from dpo_desk.storage.database import Register
from dpo_desk.storage.errors import RegisterExists

# --------------------------------------------------------------------------- exit statuses
# The documented contract of every command (scripts depend on these numbers). The
# lower layers' errors carry the same numbers in their ``exit_code``.

EXIT_OK = 0
#: a defect: an error nobody expected (relaunch with -v for the traceback)
EXIT_UNEXPECTED = 1
#: bad arguments, a malformed date or value, text that is not UTF-8
EXIT_USAGE = 2
#: wrong passphrase, not a register (a FIFO, a device…), a register from a newer app
EXIT_CANNOT_UNLOCK = 3
#: file problem: not found, already exists (never overwritten), name too long
EXIT_FILE = 4
#: disk error (full, read-only), failed integrity check (a damaged page named), or the
#: register busy (another process writing)
EXIT_DISK = 5
#: rejected input: weak passphrase, invalid field, refused transition
EXIT_REJECTED = 6
#: Ctrl-C (128 + SIGINT, the shells' convention)
EXIT_INTERRUPTED = 130

PASSPHRASE_ENV = "DPO_DESK_PASSPHRASE"
NEW_PASSPHRASE_ENV = "DPO_DESK_NEW_PASSPHRASE"


class CliError(Exception):
    """A refusal that is the command line's own (a usage error), with its exit status."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, no usage dump
        raise CliError(f"{self.prog}: {message}", EXIT_USAGE)


# --------------------------------------------------------------------------- arguments

E = TypeVar("E", bound=Enum)


def values(enum: type[E]) -> list[str]:
    """An enumeration's values, for ``choices``: the domain's list, never a copy."""
    return [str(member.value) for member in enum]


# Alphabetical, as the help and argparse's "choose from" have always listed them.
REGIMES = sorted(values(Regime))
RIGHTS = values(Right)
CHANNELS = values(Channel)
INSTANT = "YYYY-MM-DDTHH:MM[:SS][±HH:MM]"


def add_db(parser: argparse.ArgumentParser) -> None:
    """``--db`` and ``--passphrase-file``: the register a command works on."""
    parser.add_argument("--db", required=True, metavar="PATH", help="register file (.dpodesk)")
    parser.add_argument(
        "--passphrase-file", metavar="FILE", help="read the passphrase from the first line of FILE"
    )


def add_group(sub: argparse._SubParsersAction, name: str, help: str) -> argparse._SubParsersAction:
    """A command with actions (``request add``, ``breach show``…): the actions' ``sub``."""
    p = sub.add_parser(name, help=help)
    return p.add_subparsers(dest=f"{name}_command", metavar="ACTION", parser_class=Parser)


def add_show(
    actions: argparse._SubParsersAction,
    func: Callable[[argparse.Namespace], int],
    help: str,
    *,
    key: str = "reference",
    metavar: str | None = None,
) -> None:
    """The ``show`` action of a group: one entry named by ``key``, its history with ``--json``."""
    p = actions.add_parser("show", help=help)
    p.add_argument(key, metavar=metavar)
    add_db(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=func)


# Python's dates end with year 9999: 10000-01-01 is well formed, but no date.
_YEAR_PAST_9999 = re.compile(r"^\s*\d{5,}-\d{2}-\d{2}\s*$")


def parse_date(value: str) -> date:
    """argparse ``type`` of a day: a malformed one is a usage error (2)."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        if _YEAR_PAST_9999.match(value):
            raise argparse.ArgumentTypeError(ERR_YEAR_OUT_OF_RANGE.format(value=value)) from None
        raise argparse.ArgumentTypeError(
            f"date invalide « {value} » : attendu AAAA-MM-JJ, par exemple 2026-03-31"
        ) from None


#: ``**DATE_ARG`` in ``add_argument``: a day, parsed and checked by :func:`parse_date`.
DATE_ARG: dict[str, Any] = {"type": parse_date, "metavar": "YYYY-MM-DD"}


def read_instant(text: str, zone: tzinfo, option: str) -> datetime:
    """An instant typed after ``option`` (naive: read in ``zone``); a malformed one is a
    usage error (2), with the domain's sentence after the option's name."""
    from dpo_desk.domain.breaches import parse_instant
    from dpo_desk.domain.errors import ValidationError

    try:
        return parse_instant(text, zone, option.lstrip("-").replace("-", "_"))
    except ValidationError as exc:
        raise CliError(f"{option} : {exc.message()}", EXIT_USAGE) from None


# --------------------------------------------------------------------------- passphrase


def _read_passphrase_file(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as fh:
            # First line only, without its newline: `echo secret > file` must work.
            return fh.readline().rstrip("\r\n")
    except UnicodeDecodeError:
        # A passphrase saved in Latin-1 or UTF-16 would open nothing, or not this register.
        raise NotUtf8File(name=Path(path).name) from None
    except OSError as exc:
        raise CliError(
            f"Impossible de lire le fichier de phrase secrète {path} : {exc.strerror}.", EXIT_USAGE
        ) from None


def _prompt(label: str, confirm: str | None) -> str:
    first = getpass.getpass(label)
    if confirm is not None and getpass.getpass(confirm) != first:
        raise CliError("Les deux phrases secrètes ne correspondent pas.", EXIT_REJECTED)
    return first


def resolve_passphrase(
    args: argparse.Namespace,
    *,
    register_path: Path | None = None,
    confirm: bool = False,
    keystore: Keystore | None = None,
) -> str:
    """Find the passphrase by the documented order; never from argv. ``confirm``: a new
    register's, typed twice at a prompt, never taken from the keyring."""
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
    return _prompt("Phrase secrète : ", "Confirmez la phrase secrète : " if confirm else None)


def new_passphrase() -> str:
    """The passphrase a register is changed to (``rekey``): the environment or a prompt."""
    env = os.environ.get(NEW_PASSPHRASE_ENV)
    if env:
        return env
    if not sys.stdin.isatty():
        raise CliError(
            f"Aucune nouvelle phrase secrète : définissez {NEW_PASSPHRASE_ENV} "
            "ou lancez la commande dans un terminal.",
            EXIT_USAGE,
        )
    return _prompt("Nouvelle phrase secrète : ", "Confirmez la nouvelle phrase secrète : ")


# --------------------------------------------------------------------------- the register


def open_register(args: argparse.Namespace) -> Register:
    """Unlock ``--db`` for a command that changes it (the unlock is journalled)."""
    path = Path(args.db)
    check_register_file(path)  # "no such file" before "passphrase?"
    passphrase = resolve_passphrase(args, register_path=path)
    return register_file.unlock_register(path, passphrase)


def open_quietly(args: argparse.Namespace, *, read_only: bool = True) -> Register:
    """Open for a command that journals no unlock: info, verify, list and show read only
    (PRAGMA query_only: the file is left exactly as it was, so a journal head printed
    earlier still compares); export writes only its own journal entry."""
    path = Path(args.db)
    check_register_file(path)
    passphrase = resolve_passphrase(args, register_path=path)
    return register_file.open_without_unlock(path, passphrase, read_only=read_only)


def refuse_existing(path: Path) -> None:
    """A new register file (init, demo, restore, backup) never replaces one: refused here,
    before a passphrase is asked for, with storage's own error (exit 4)."""
    if path.exists():
        raise RegisterExists(name=path.name)


def remember(register: Register) -> None:
    """List a register this command created among the recent ones (the GUI's start page,
    the keyring's lookup by path)."""
    prefs = Preferences.load()
    prefs.touch(register.path, register.register_uuid)
    prefs.save()


def keep_new_register(register: Register) -> str:
    """Remember the register a command just made (:func:`remember`), close it, and say
    what it holds: "12 demandes, 3 violations"."""
    try:
        remember(register)
        counts = register_file.register_info(register).counts
    finally:
        register.close()
    return f"{counts.get('requests', 0)} demandes, {counts.get('breaches', 0)} violations"


T = TypeVar("T")


def all_rows(fetch: Callable[[int], list[T]]) -> list[T]:
    """Every row of a paged list: ``fetch(offset)`` returns the next page, empty at the end."""
    rows: list[T] = []
    while batch := fetch(len(rows)):
        rows.extend(batch)
    return rows


# --------------------------------------------------------------------------- printing


def print_json(data: object, *, indent: int | None = 2) -> None:
    """``--json`` output: UTF-8 text as it is (names in Arabic stay readable)."""
    print(json.dumps(data, ensure_ascii=False, indent=indent))


def iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def history_json(entries: Iterable[Any]) -> list[dict[str, Any]]:
    """A record's journal entries (``show --json``), oldest first."""
    return [
        {"at": e.at.isoformat(), "actor": e.actor, "action": e.action, "changes": e.changes}
        for e in entries
    ]
