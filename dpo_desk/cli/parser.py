"""The command line's entry point: :func:`build_parser` gathers the command groups, and
:func:`main` runs one command under the contract of :mod:`dpo_desk.cli.common` (the
passphrase never from argv; one sentence on stderr and a documented exit status, never
a traceback).

Each group module (``register``, ``deadline``, ``requests``, ``breaches``, ``records``,
``filing``, ``notice``, ``letters``, ``maintenance``, ``exchange``, ``calendar``, ``gui``)
adds its commands with ``add_parsers(sub)`` and imports ``common``, never this module.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from dpo_desk import __version__
from dpo_desk.cli import (
    breaches,
    calendar,
    common,
    deadline,
    exchange,
    filing,
    gui,
    letters,
    maintenance,
    notice,
    records,
    register,
    requests,
)
from dpo_desk.cli.output import escaped_output
from dpo_desk.domain.errors import (
    DateOutOfRange,
    NotUtf8Argument,
    NotUtf8Variable,
    UserError,
    is_date_overflow,
    not_utf8,
)
from dpo_desk.storage.errors import StorageIOError, from_os_error

# In the order of ``dpo-desk --help``.
GROUPS = (
    register,
    deadline,
    requests,
    breaches,
    records,
    filing,
    notice,
    letters,
    maintenance,
    exchange,
    calendar,
    gui,
)


def build_parser() -> argparse.ArgumentParser:
    parser = common.Parser(prog="dpo-desk", description="DPO Desk: the DPO's encrypted register.")
    parser.add_argument("--version", action="version", version=f"dpo-desk {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log diagnostics to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=common.Parser)
    for group in GROUPS:
        group.add_parsers(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if argv is None:
        # A real process (the dpo-desk command, the GUI, the frozen app), not a test
        # calling main([...]): no core dump may hold the passphrase (issue 21, item 6).
        from dpo_desk.security.process import forbid_core_dumps

        forbid_core_dumps()
    with escaped_output():
        return _run(argv)


def _check_encoding(argv: Sequence[str]) -> None:
    """Refuse bytes that are not UTF-8 where they enter, before they reach a query, a
    hash or a file name far away (Python keeps them as lone surrogates)."""
    for index, arg in enumerate(argv):
        if not_utf8(arg):
            raise NotUtf8Argument(argument=_argument_name(argv, index))
    for variable, value in os.environ.items():
        if variable.startswith("DPO_DESK_") and not_utf8(value):
            raise NotUtf8Variable(variable=variable)


def _argument_name(argv: Sequence[str], index: int) -> str:
    """« --name » for the option or the option's value at ``index``, else its position;
    never the bytes themselves (they may be a passphrase or a name)."""
    arg = argv[index]
    option = arg.split("=", 1)[0] if arg.startswith("--") and "=" in arg else ""
    if not option and index > 0 and argv[index - 1].startswith("-"):
        option = argv[index - 1]
    if option and not not_utf8(option):
        return f"« {option} »"
    return f"n° {index + 1}"


def _typed_failure(exc: Exception) -> UserError | None:
    """The sentence for what is not a defect but reached here untyped: an OS refusal on
    a named file (full disk, read-only, name too long), a date past year 9999."""
    if is_date_overflow(exc):
        return DateOutOfRange()
    if isinstance(exc, OSError) and exc.filename is not None:
        name = Path(os.fsdecode(exc.filename)).name
        typed = from_os_error(name, exc, writing=False)
        return None if type(typed) is StorageIOError else typed
    return None


def _run(argv: Sequence[str] | None) -> int:
    try:
        _check_encoding(sys.argv[1:] if argv is None else argv)
        parser = build_parser()
        args = parser.parse_args(argv)
        if args.verbose:
            logging.getLogger().setLevel(logging.INFO)
        if not getattr(args, "func", None):
            parser.print_help()
            return common.EXIT_USAGE
        return args.func(args)
    except common.CliError as exc:
        print(str(exc), file=sys.stderr)
        return exc.code
    except UserError as exc:
        print(exc.message(), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("Interrompu.", file=sys.stderr)
        return common.EXIT_INTERRUPTED
    except BrokenPipeError:
        # `dpo-desk request list | head`: the reader left; nothing is wrong with the register.
        # Point stdout at devnull so the interpreter's final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return common.EXIT_OK
    except Exception as exc:  # the contract: one sentence, never a traceback
        typed = _typed_failure(exc)
        if typed is not None:
            print(typed.message(), file=sys.stderr)
            return typed.exit_code
        logging.getLogger(__name__).info("unexpected error", exc_info=True)
        print(
            f"Erreur inattendue ({type(exc).__name__}) ; relancez avec -v pour le détail.",
            file=sys.stderr,
        )
        return common.EXIT_UNEXPECTED
