"""The command line: ``dpo-desk COMMAND``. The entry point is :func:`main`."""

from dpo_desk.cli.parser import build_parser, main

__all__ = ["build_parser", "main"]
