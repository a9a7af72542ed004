"""Running the command line in tests: in this process, or, for the contract of a real
process, as ``python -m dpo_desk``.

Most tests call :func:`run_cli`: ``dpo_desk.cli.main([...])`` in the test's own process,
with the environment, stdin, stdout, stderr and logging a fresh process would have. It
answers with the same fields as :func:`subprocess.run` (``returncode``, ``stdout``,
``stderr``, text decoded the same way) and saves the start of an interpreter and the
import of the app (about a second of CPU a command). :func:`run_cli_process` starts the
real process, for what only a process shows: the entry point, the exit status the shell
sees, what the environment and argv of the process hold, its keyring backend.
"""

from __future__ import annotations

import io
import locale
import logging
import os
import subprocess
import sys

import pytest

from tests.conftest import TEST_PASSPHRASE


def run_cli(*args, passphrase=TEST_PASSPHRASE, env_extra=None) -> subprocess.CompletedProcess:
    """``dpo-desk ARGS`` in this process; the passphrase (when given) in the environment."""
    from dpo_desk.cli import main

    # What the interpreter makes of argv: bytes that are not UTF-8 become lone surrogates.
    argv = [os.fsdecode(arg) if isinstance(arg, bytes) else str(arg) for arg in args]
    # A process's pipes: stdout refuses what it cannot encode, stderr escapes it.
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict", write_through=True)
    err = io.TextIOWrapper(
        io.BytesIO(), encoding="utf-8", errors="backslashreplace", write_through=True
    )
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("DPO_DESK_PASSPHRASE", raising=False)
        if passphrase is not None:
            patch.setenv("DPO_DESK_PASSPHRASE", passphrase)
        for name, value in (env_extra or {}).items():
            patch.setenv(name, value)
        patch.setattr(sys, "stdin", io.StringIO(""))  # as /dev/null: no terminal to ask on
        patch.setattr(sys, "stdout", out)
        patch.setattr(sys, "stderr", err)
        # No handler on the root logger, as in a new process: main()'s basicConfig then
        # writes warnings to this stderr, where a real run would show them.
        root.handlers = []
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse: --help, --version, a usage error
            code = _exit_status(exc.code, err)
        finally:
            for handler in root.handlers:
                handler.close()
            root.handlers, root.level = handlers, level
    return subprocess.CompletedProcess(argv, code, _decoded(out), _decoded(err))


def _exit_status(code, err) -> int:
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=err)  # sys.exit("text"), as the interpreter does
    return 1


def _decoded(stream: io.TextIOWrapper) -> str:
    # As subprocess.run(text=True) reads a pipe: the locale's encoding, universal newlines.
    data = stream.buffer.getvalue()
    return io.TextIOWrapper(io.BytesIO(data), encoding=locale.getpreferredencoding(False)).read()


def run_cli_process(
    *args, passphrase=TEST_PASSPHRASE, env_extra=None
) -> subprocess.CompletedProcess:
    """``python -m dpo_desk ARGS`` as a real process; the passphrase in its environment."""
    env = dict(os.environ)
    env.pop("DPO_DESK_PASSPHRASE", None)
    if passphrase is not None:
        env["DPO_DESK_PASSPHRASE"] = passphrase
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "dpo_desk", *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
