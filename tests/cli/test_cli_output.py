"""Names reach the terminal as text, never as terminal commands (issue 21, item 9)."""

from __future__ import annotations

import json

from dpo_desk.cli.output import printable
from tests.cli.runner import run_cli
from tests.cli.test_cli_foundation import initialised  # noqa: F401 (fixture)

HOSTILE = "Omar\x1b]0;pwned\x07\x1b[2J Ben\u202ejelloun\u009b31m"


def test_printable_escapes_what_a_terminal_acts_on():
    assert printable(HOSTILE) == "Omar\\x1b]0;pwned\\x07\\x1b[2J Ben\\u202ejelloun\\u009b31m"
    # Text, Arabic, Tifinagh, newlines and tabs pass unchanged.
    plain = "سلمى بناني ⵜⴰⵎⴰⵣⵉⵖⵜ\n\tÉlodie « Dupont »"
    assert printable(plain) == plain


def test_request_list_and_show_print_no_control_character(initialised):  # noqa: F811
    added = run_cli(
        "request", "add", "--db", str(initialised), "--received", "2026-03-02",
        "--name", HOSTILE, "--right", "access", "--regime", "gdpr",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    reference = added.stdout.strip()
    listed = run_cli("request", "list", "--db", str(initialised))
    shown = run_cli("request", "show", reference, "--db", str(initialised))
    for output in (listed.stdout, shown.stdout):
        assert "\x1b" not in output and "\u202e" not in output and "\u009b" not in output
        assert "Omar\\x1b]0;pwned" in output
    # JSON output stays valid JSON through the escaping stream.
    shown_json = run_cli("request", "show", reference, "--db", str(initialised), "--json")
    assert json.loads(shown_json.stdout)["reference"] == reference
