"""The list's storage queries alone (count + first page), for before/after of a fix.

    .venv/bin/python bench/queries.py bench/.cache/register-….dpodesk

Opens the register as it is (migrating it, with the usual backup, when the app's
schema is newer) and prints the median of 7 runs of each query, in milliseconds.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_register import PASSPHRASE, TODAY  # noqa: E402

from dpo_desk.domain.requests.model import OPEN_STATUSES  # noqa: E402
from dpo_desk.domain.requests.workflow import Regime, RequestStatus, Right  # noqa: E402
from dpo_desk.services import requests as request_service  # noqa: E402
from dpo_desk.services.register_file import unlock_register  # noqa: E402
from dpo_desk.storage.requests import RequestFilter  # noqa: E402

CASES = {
    "default (due date)": RequestFilter(),
    "sort by reference": RequestFilter(sort="reference"),
    "sort by received, desc": RequestFilter(sort="received_on", descending=True),
    "status: open": RequestFilter(statuses=OPEN_STATUSES),
    "status: awaiting identity": RequestFilter(
        statuses=frozenset({RequestStatus.AWAITING_IDENTITY})
    ),
    "right: portability": RequestFilter(right=Right.PORTABILITY),
    "regime: GDPR": RequestFilter(regime=Regime.GDPR),
    "regime: 09-08": RequestFilter(regime=Regime.LAW_09_08),
    "overdue": RequestFilter(overdue_on=TODAY),
    **{f"search « {t} »": RequestFilter(search=t) for t in ("S", "Sa", "Sal", "Salma", "Salma T")},
    "search « personne4242 »": RequestFilter(search="personne4242"),
}


def main() -> int:
    register = unlock_register(Path(sys.argv[1]), PASSPHRASE)
    for label, flt in CASES.items():
        samples = []
        for _ in range(7):
            started = time.perf_counter()
            count = request_service.count_requests(register, flt)
            request_service.list_requests(register, flt, offset=0, limit=200)
            samples.append(time.perf_counter() - started)
        print(f"{label:<28} {statistics.median(samples) * 1000:8.1f} ms  {count:>7,} rows")
    register.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
