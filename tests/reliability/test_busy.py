"""Busy register: another process holds SQLite's write lock (BEGIN IMMEDIATE).

The app's write waits (SQLite's busy handler retries for BUSY_TIMEOUT_SECONDS), then
fails with a typed, French "occupé" error; nothing is half-written, reads go on under
WAL, and once the other process lets go, both its write and the retried one are kept.
The holder is driven through its pipes: no sleeping.
"""

from __future__ import annotations

import time
from datetime import date

import pytest

from dpo_desk.domain.requests.model import RequestIntake
from dpo_desk.domain.requests.workflow import Regime, Right
from dpo_desk.services import requests as request_service
from dpo_desk.storage import database
from dpo_desk.storage.errors import RegisterBusy
from dpo_desk.storage.requests import RequestFilter
from tests.cli.runner import run_cli
from tests.reliability.processes import Lines, start_writer

INTAKE = RequestIntake(
    regimes=frozenset({Regime.LAW_09_08}),
    rights=frozenset({Right.RECTIFICATION}),
    received_on=date(2026, 3, 9),
    requester_name="Khadija Berrada",
)


def test_write_retries_then_reports_busy_and_nothing_is_lost(register, frozen_clock):
    holder = start_writer("hold", register.path)
    lines = Lines(holder)
    try:
        assert lines.next() == "locked"
        started = time.monotonic()
        with pytest.raises(RegisterBusy) as caught:
            request_service.create_request(register, INTAKE, clock=frozen_clock)
        waited = time.monotonic() - started
        # it retried for the whole busy timeout before giving up
        assert waited >= database.BUSY_TIMEOUT_SECONDS * 0.9
        message = caught.value.message()
        assert "occupé" in message and "réessayez" in message
        assert caught.value.exit_code == 5
        # readers are not blocked by a writer under WAL
        assert request_service.count_requests(register, RequestFilter()) == 0

        # The CLI says the same in one line, with its exit status.
        result = run_cli(
            "request", "add", "--db", str(register.path), "--regime", "gdpr",
            "--right", "access", "--received", "2026-03-09", "--name", "Omar Tazi",
        )  # fmt: skip
        assert result.returncode == 5, result.stderr
        assert "occupé" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1

        holder.stdin.write(b"\n")
        assert lines.next() == "released"
    finally:
        holder.kill()
        holder.wait()

    created = request_service.create_request(register, INTAKE, clock=frozen_clock)
    assert request_service.count_requests(register, RequestFilter()) == 1
    assert created.reference.endswith("-0001")  # the refused attempt left no trace
    with register.read() as conn:
        from dpo_desk.storage.organisation import get_setting

        assert get_setting(conn, "written_by_other_process") == 1  # its write was kept
