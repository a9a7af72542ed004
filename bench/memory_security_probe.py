"""What ``PRAGMA cipher_memory_security = ON`` costs (storage/cipher.py), in a fresh
process (prints one JSON line), for bench/run.py.

    python bench/memory_security_probe.py on|off REGISTER

The pragma is process-wide and, once on, cannot be switched off: hence a process per
setting. Each unlocks the register as the app does (services.register_file: the seal
check, the unlock entry, the rule changes) and then times, median of 5, the queries the
DPO waits for next: the dashboard's open-requests summary, the request list's count
and first page, and a search.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_register import CLOCK, PASSPHRASE  # noqa: E402

RUNS = 5


def main() -> int:
    setting, path = sys.argv[1], Path(sys.argv[2])
    from dpo_desk.storage import cipher

    # The app turns it on at its first connection (storage/cipher.py); "off" measures
    # the same work without it.
    cipher.MEMORY_SECURITY = setting == "on"

    from dpo_desk.services import requests as request_service
    from dpo_desk.services.register_file import unlock_register
    from dpo_desk.storage.requests import RequestFilter

    started = time.perf_counter()
    register = unlock_register(path, PASSPHRASE, clock=CLOCK)
    unlocked = time.perf_counter() - started

    def median(action) -> float:
        samples = []
        for _ in range(RUNS):
            begun = time.perf_counter()
            action()
            samples.append(time.perf_counter() - begun)
        return statistics.median(samples)

    def first_page(flt: RequestFilter):
        def action() -> None:
            request_service.count_requests(register, flt)
            request_service.list_requests(register, flt, offset=0, limit=200)

        return action

    try:
        with register.read() as conn:
            on = conn.exec_driver_sql("PRAGMA cipher_memory_security").scalar()
        figures = {
            "pragma": str(on),
            "unlock": unlocked,
            "summary": median(lambda: request_service.dashboard(register, clock=CLOCK)),
            "list": median(first_page(RequestFilter())),
            "search": median(first_page(RequestFilter(search="Salma Tazi"))),
        }
    finally:
        register.close()
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
