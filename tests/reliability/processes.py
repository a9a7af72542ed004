"""Starting the writer child process and reading its pipe, without sleeping."""

from __future__ import annotations

import os
import selectors
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import TEST_PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def start_writer(
    mode: str, path: Path, *extra: str, env_extra: dict[str, str] | None = None
) -> subprocess.Popen:
    env = dict(os.environ)
    env["DPO_DESK_PASSPHRASE"] = TEST_PASSPHRASE
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(env_extra or {})
    return subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.writer", mode, str(path), *extra],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        bufsize=0,
    )


class Lines:
    """The child's stdout as lines, read straight from the pipe's descriptor, so that
    select() and the buffer never disagree about what is waiting."""

    def __init__(self, proc: subprocess.Popen) -> None:
        self.proc = proc
        self.fd = proc.stdout.fileno()
        self.buffer = b""
        self.closed = False

    def _fill(self, timeout: float | None) -> bool:
        """Read what is there (waiting up to ``timeout``); False when nothing came."""
        with selectors.DefaultSelector() as selector:
            selector.register(self.fd, selectors.EVENT_READ)
            if not selector.select(timeout):
                return False
        chunk = os.read(self.fd, 65536)
        if not chunk:
            self.closed = True
            return False
        self.buffer += chunk
        return True

    def _pop(self) -> str | None:
        if b"\n" not in self.buffer:
            return None
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line.decode()

    def next(self, timeout: float = 60.0) -> str:
        """The next line; fails (with the child's stderr) if it dies or stays silent."""
        deadline = time.monotonic() + timeout
        while (line := self._pop()) is None:
            left = deadline - time.monotonic()
            if self.closed or left <= 0 or not self._fill(left):
                if not self.closed and deadline - time.monotonic() <= 0:
                    self.proc.kill()
                    raise AssertionError(f"the child said nothing for {timeout} s")
                if self.closed:
                    self.proc.wait()
                    err = self.proc.stderr.read().decode(errors="replace")[-2000:]
                    raise AssertionError(f"the child ended early: {err}")
        return line

    def within(self, seconds: float) -> list[str]:
        """The complete lines that arrive during ``seconds``: the pipe is the clock."""
        got = []
        deadline = time.monotonic() + seconds
        while True:
            while (line := self._pop()) is not None:
                got.append(line)
            left = deadline - time.monotonic()
            if self.closed or left <= 0 or not self._fill(left):
                return got

    def rest(self) -> list[str]:
        """After the child is dead: every complete line it had written."""
        while not self.closed:
            if not self._fill(5.0):
                break
        got = []
        while (line := self._pop()) is not None:
            got.append(line)
        return got  # a partial last line (cut by the kill) is not a committed id
