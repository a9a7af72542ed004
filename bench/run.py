"""DPO Desk benchmarks: print figures, assert nothing.

    make bench                      # 100,000 requests
    .venv/bin/python bench/run.py --requests 20000

Builds a throw-away encrypted register in a temporary directory, fills it with
fictitious requests (the deadline of each computed by the real engine), then times
what the screens do: the count and one window of the list under each filter and
sort, full-text search, the dashboard, and opening the file. Each figure is the
median of several runs, in milliseconds.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from dpo_desk.domain.calendar import WorkingCalendar
from dpo_desk.domain.clock import FixedClock
from dpo_desk.domain.deadlines import DeadlinePolicy, governing_deadline
from dpo_desk.domain.organisation import Organisation
from dpo_desk.domain.requests import Channel, Regime, RequestStatus, Right
from dpo_desk.domain.rights_request import OPEN_STATUSES
from dpo_desk.services import registers
from dpo_desk.services import requests as request_service
from dpo_desk.storage import requests as repo
from dpo_desk.storage.database import open_register
from dpo_desk.storage.errors import WrongPassphrase
from dpo_desk.storage.requests import RequestFilter

PASSPHRASE = "benchmark passphrase 2026"
TODAY = date(2026, 11, 25)
CLOCK = FixedClock(datetime(2026, 11, 25, 9, 0, tzinfo=UTC))

FIRST = [
    "Yassine",
    "Salma",
    "Omar",
    "Nadia",
    "Karim",
    "Fatima Zahra",
    "Hamza",
    "Imane",
    "Mehdi",
    "Khadija",
    "Claire",
    "Lukas",
    "محمد",
    "سلمى",
    "يوسف",
    "خديجة",
]
LAST = [
    "El Amrani",
    "Bennani",
    "Tazi",
    "Chraibi",
    "Alaoui",
    "Idrissi",
    "Benjelloun",
    "Fassi",
    "Kettani",
    "Dubois",
    "Schneider",
    "الإدريسي",
    "بناني",
    "الفاسي",
]
STATUS_WEIGHTS = {
    RequestStatus.CLOSED: 60,
    RequestStatus.ANSWERED: 12,
    RequestStatus.IN_PROGRESS: 10,
    RequestStatus.NEW: 6,
    RequestStatus.AWAITING_IDENTITY: 4,
    RequestStatus.EXTENDED: 2,
    RequestStatus.REFUSED: 3,
    RequestStatus.WITHDRAWN: 3,
}


def seed(register, count: int, rng: random.Random) -> float:
    calendar, policy = WorkingCalendar(), DeadlinePolicy()
    statuses = list(STATUS_WEIGHTS)
    weights = list(STATUS_WEIGHTS.values())
    rights = list(Right)
    now = CLOCK.now()
    started = time.perf_counter()
    with register.write() as conn:
        for number in range(1, count + 1):
            received = TODAY - timedelta(days=rng.randint(0, 3 * 365))
            regimes = rng.choice(
                [frozenset({Regime.LAW_09_08})] * 4
                + [frozenset({Regime.GDPR}), frozenset({Regime.GDPR, Regime.LAW_09_08})]
            )
            asked = frozenset(rng.sample(rights, rng.choice([1, 1, 1, 2])))
            status = rng.choices(statuses, weights)[0]
            deadline = governing_deadline(received, regimes, asked, calendar, policy)
            first, last = rng.choice(FIRST), rng.choice(LAST)
            repo.insert_request(
                conn,
                {
                    "reference": f"DSR-{received.year}-{number:05d}",
                    "under_gdpr": Regime.GDPR in regimes,
                    "under_law_09_08": Regime.LAW_09_08 in regimes,
                    "rights": asked,
                    "channel": str(rng.choice(list(Channel))),
                    "requester_name": f"{first} {last}",
                    "requester_email": f"personne{number}@example.ma",
                    "requester_phone": "",
                    "requester_address": "",
                    "requester_role": "self",
                    "subject_name": "",
                    "received_on": received,
                    "status": str(status),
                    "assignee": rng.choice(["DPO", "Juridique", "Support"]),
                    "notes": f"Demande {number} reçue par le support, dossier client {number * 7}.",
                    "created_at": now,
                    "updated_at": now,
                    "due_on": deadline.due,
                    "due_rule": deadline.rule,
                    "due_basis": deadline.basis,
                    "due_regime": str(deadline.regime),
                },
            )
    return time.perf_counter() - started


def median_ms(action, runs: int = 7) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def window(register, flt: RequestFilter, offset: int = 0, limit: int = 200):
    def run():
        request_service.count_requests(register, flt)
        request_service.list_requests(register, flt, offset=offset, limit=limit)

    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)

    with tempfile.TemporaryDirectory(prefix="dpo-bench-") as folder:
        path = Path(folder) / "bench.dpodesk"
        organisation = Organisation(name="Banc d'essai", dpo_email="dpo@example.ma")
        register = registers.create_register(path, PASSPHRASE, organisation, clock=CLOCK)
        seconds = seed(register, args.requests, rng)
        print(f"DPO Desk benchmark — {args.requests:,} requests, Python {sys.version.split()[0]}")
        print(f"{'seed (engine + insert, one transaction)':<52} {seconds:8.1f} s")
        print(f"{'  per request':<52} {seconds / args.requests * 1e6:8.0f} µs")
        print(f"{'file size':<52} {path.stat().st_size / 1e6:8.1f} MB")
        print()
        cases = [
            ("list: count + first 200, by due date", RequestFilter(sort="due_on"), 0),
            ("list: count + 200 at offset 50,000", RequestFilter(sort="due_on"), 50_000),
            (
                "list: by received, descending",
                RequestFilter(sort="received_on", descending=True),
                0,
            ),
            (
                "list: open only",
                RequestFilter(statuses=OPEN_STATUSES),
                0,
            ),
            ("list: overdue", RequestFilter(overdue_on=TODAY), 0),
            ("list: right = portability", RequestFilter(right=Right.PORTABILITY), 0),
            ("list: regime = GDPR", RequestFilter(regime=Regime.GDPR), 0),
            ("search: name prefix « Benn »", RequestFilter(search="Benn"), 0),
            ("search: Arabic name « سلمى »", RequestFilter(search="سلمى"), 0),
            ("search: e-mail « personne4242 »", RequestFilter(search="personne4242"), 0),
            ("search: reference", RequestFilter(search="DSR-2025-04242"), 0),
        ]
        print(f"{'what the screen asks':<52} {'median':>8}")
        for name, flt, offset in cases:
            print(f"{name:<52} {median_ms(window(register, flt, offset)):8.1f} ms")
        print(
            f"{'dashboard (summary + 15 soonest)':<52} "
            f"{median_ms(lambda: request_service.dashboard(register, clock=CLOCK)):8.1f} ms"
        )
        register.close()

        def reopen():
            open_register(path, PASSPHRASE).close()

        def wrong():
            try:
                open_register(path, "not the passphrase at all")
            except WrongPassphrase:
                pass

        print(f"{'open the register (key derivation + checks)':<52} {median_ms(reopen, 3):8.1f} ms")
        print(f"{'refuse a wrong passphrase':<52} {median_ms(wrong, 3):8.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
