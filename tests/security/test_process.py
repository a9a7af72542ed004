"""No core dump: the dpo-desk process forbids them before anything else (issue 21, item 6)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import resource, sys
from dpo_desk.security import process
sys.argv = ["dpo-desk", "--version"]
from dpo_desk import cli
try:
    cli.main()
except SystemExit:
    pass
print(resource.getrlimit(resource.RLIMIT_CORE), process.dumpable())
"""


@pytest.mark.skipif(sys.platform != "linux", reason="prctl(PR_SET_DUMPABLE) is Linux's")
def test_the_command_forbids_core_dumps():
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "(0, 0) False"


@pytest.mark.skipif(sys.platform != "linux", reason="prctl(PR_SET_DUMPABLE) is Linux's")
def test_a_plain_python_process_is_dumpable_so_the_probe_can_fail():
    probe = "from dpo_desk.security import process; print(process.dumpable())"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.stdout.strip() == "True"


def test_the_register_connection_wipes_freed_memory(register):
    with register.read() as conn:
        value = conn.exec_driver_sql("PRAGMA cipher_memory_security").scalar()
    assert str(value) == "1"
