"""Build a realistic, fictitious, encrypted register for the benchmarks.

    .venv/bin/python bench/make_register.py --requests 100000 --breaches 200 --activities 60
    .venv/bin/python bench/make_register.py --requests 300 --out /tmp/small.dpodesk

Requests go through the real storage layer (``storage.requests.insert_request`` and
``storage.audit.append``) in batched transactions: the services write one request per
transaction, far too slow for 100,000. The rows are what ``services.requests`` would
write: the deadline of each comes from the deadline engine, the FTS index is kept in
step by the schema's triggers, each request has its "create" journal entry (with the
personal fields masked as the service masks them) and, for those past "new", the
dates the workflow fills in. Breaches and activities are few: they go through their
services, one by one.

Without ``--out`` the file goes to bench/.cache/ (git-ignored), named by the generator
version and the sizes, and is reused when it already exists.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from dpo_desk.domain.breaches import BreachIntake, BreachNature
from dpo_desk.domain.clock import FixedClock
from dpo_desk.domain.deadlines import DeadlinePolicy, governing_deadline
from dpo_desk.domain.organisation import Organisation
from dpo_desk.domain.requests.workflow import (
    Channel,
    IdentityStatus,
    RefusalReason,
    Regime,
    RequestStatus,
    Right,
)
from dpo_desk.services import breaches as breach_service
from dpo_desk.services import records as book
from dpo_desk.services import register_file
from dpo_desk.services.demo_records import _activity, load_registers_demo
from dpo_desk.services.requests import default_calendar, journal_changes
from dpo_desk.storage import audit, migrate
from dpo_desk.storage import requests as repo

#: Bump when the generated content changes: cached registers of another version are rebuilt.
GENERATOR_VERSION = 4  # 4: due dates under the deadline rules of RULES_VERSION 2
PASSPHRASE = "benchmark passphrase 2026"
TODAY = date(2026, 11, 25)
CLOCK = FixedClock(datetime(2026, 11, 25, 9, 0, tzinfo=UTC))
CACHE = Path(__file__).resolve().parent / ".cache"
BATCH = 5_000  # requests per write transaction

FIRST = (
    "Yassine Salma Omar Nadia Karim Hamza Imane Mehdi Khadija Rachid Zineb Anas Houda "
    "Ayoub Ghita Claire Lukas Sofia Thomas"
).split() + ["Fatima Zahra", "محمد", "سلمى", "يوسف", "خديجة", "أمين", "نور الهدى"]
LAST = (
    "Bennani Tazi Chraibi Alaoui Idrissi Benjelloun Fassi Kettani Berrada Lahlou Sqalli "
    "Ouazzani Dubois Schneider Martin"
).split() + ["El Amrani", "الإدريسي", "بناني", "الفاسي", "العلوي", "التازي"]
NOTES = (
    "Demande reçue par le support, dossier client {n}.",
    "Le demandeur souhaite une copie de ses relevés {y}.",
    "Relance téléphonique le {d}; pièce d'identité attendue.",
    "Transmis au service juridique pour avis.",
    "طلب الولوج إلى المعطيات الشخصية، ملف رقم {n}.",
    "Opposition à la prospection commerciale par SMS.",
    "",
)
STATUS_WEIGHTS = {
    RequestStatus.CLOSED: 55,
    RequestStatus.ANSWERED: 12,
    RequestStatus.IN_PROGRESS: 12,
    RequestStatus.NEW: 7,
    RequestStatus.AWAITING_IDENTITY: 5,
    RequestStatus.EXTENDED: 3,
    RequestStatus.REFUSED: 3,
    RequestStatus.WITHDRAWN: 3,
}
REGIME_CHOICES = [frozenset({Regime.LAW_09_08})] * 4 + [
    frozenset({Regime.GDPR}),
    frozenset({Regime.GDPR, Regime.LAW_09_08}),
]


def cached_path(requests: int, breaches: int, activities: int, cache: Path = CACHE) -> Path:
    # Keyed by the schema too: a register cached before a migration is rebuilt, not
    # migrated (with a backup) inside the first timed unlock.
    sizes = f"r{requests}-b{breaches}-a{activities}"
    schema = migrate.head_revision()
    return cache / f"register-v{GENERATOR_VERSION}-s{schema}-{sizes}.dpodesk"


def _request_values(number: int, rng: random.Random, calendar, policy) -> dict:
    received = TODAY - timedelta(days=rng.randint(0, 3 * 365))
    regimes = rng.choice(REGIME_CHOICES)
    asked = frozenset(rng.sample(list(Right), rng.choice([1, 1, 1, 2])))
    status = rng.choices(list(STATUS_WEIGHTS), list(STATUS_WEIGHTS.values()))[0]
    deadline = governing_deadline(received, regimes, asked, calendar, policy)
    first, last = rng.choice(FIRST), rng.choice(LAST)
    note = rng.choice(NOTES).format(n=number * 7, y=received.year, d=received.isoformat())
    at = datetime.combine(received, datetime.min.time(), tzinfo=UTC) + timedelta(hours=9)
    values = {
        "reference": f"DSR-{received.year}-{number:06d}",
        "under_gdpr": Regime.GDPR in regimes,
        "under_law_09_08": Regime.LAW_09_08 in regimes,
        "rights": asked,
        "channel": str(rng.choice(list(Channel))),
        "requester_name": f"{first} {last}",
        "requester_email": f"personne{number}@example.ma",
        "requester_phone": f"+2126{number:08d}"[:13] if rng.random() < 0.5 else "",
        "requester_address": f"{rng.randint(1, 200)} rue {rng.choice(LAST)}, Casablanca",
        "requester_role": "self",
        "subject_name": "",
        "received_on": received,
        "status": str(status),
        "assignee": rng.choice(["DPO", "Juridique", "Support", ""]),
        "notes": note,
        "created_at": at,
        "updated_at": at,
        "due_on": deadline.due,
        "due_rule": deadline.rule,
        "due_basis": deadline.basis,
        "due_regime": str(deadline.regime),
    }
    # The dates the workflow would have filled in by the time the request got here.
    replied = min(received + timedelta(days=rng.randint(3, 28)), TODAY)
    if status in {RequestStatus.ANSWERED, RequestStatus.CLOSED, RequestStatus.REFUSED}:
        values["answered_on"] = replied
        values["answer_channel"] = str(Channel.EMAIL)
    if status == RequestStatus.REFUSED:
        values["refusal_reason"] = str(RefusalReason.MANIFESTLY_UNFOUNDED)
    if status in {RequestStatus.CLOSED, RequestStatus.WITHDRAWN}:
        values["closed_on"] = replied
    if status == RequestStatus.AWAITING_IDENTITY:
        values["identity_status"] = str(IdentityStatus.PENDING)
    if status == RequestStatus.EXTENDED:
        values["extended_on"] = min(received + timedelta(days=10), TODAY)
        values["extension_reason"] = "Complexité de la demande."
    return values


def add_requests(register, count: int, rng: random.Random) -> None:
    # The app's calendar, with the shipped record of past lunar holidays.
    calendar, policy = default_calendar(), DeadlinePolicy()
    number = 0
    while number < count:
        with register.write() as conn:
            for _ in range(min(BATCH, count - number)):
                number += 1
                values = _request_values(number, rng, calendar, policy)
                repo.insert_request(conn, values)
                changes = journal_changes(None, values)
                changes["regimes"] = sorted(
                    str(r)
                    for r, on in (
                        (Regime.GDPR, values["under_gdpr"]),
                        (Regime.LAW_09_08, values["under_law_09_08"]),
                    )
                    if on
                )
                audit.append(
                    conn,
                    at=values["created_at"],
                    actor="bench",
                    action="create",
                    entity="request",
                    entity_id=values["reference"],
                    changes=changes,
                )


def add_breaches(register, count: int, rng: random.Random) -> None:
    now = CLOCK.now()
    for number in range(1, count + 1):
        aware = now - timedelta(hours=rng.randint(1, 3 * 365 * 24))
        intake = BreachIntake(
            title=f"Incident {number}: {rng.choice(['courriel mal adressé', 'perte d’un portable', 'rançongiciel', 'accès non autorisé'])}",
            regimes=rng.choice(REGIME_CHOICES),
            aware_at=aware,
            discovered_at=aware,
            nature=BreachNature(
                description="Description fictive pour le banc d'essai.",
                confidentiality=True,
                subjects_count=rng.randint(1, 5000),
            ),
        )
        breach_service.create_breach(register, intake, clock=CLOCK)


def add_activities(register, count: int) -> None:
    templates = load_registers_demo()["activities"]
    for number in range(1, count + 1):
        item = dict(templates[(number - 1) % len(templates)])
        item["name"] = f"{item['name']} ({number})"
        item.pop("processors", None)
        book.save_activity(register, _activity(item, TODAY), clock=CLOCK)


def make_register(
    path: Path, *, requests: int, breaches: int = 0, activities: int = 0, seed: int = 2026
) -> float:
    """Create ``path`` (which must not exist) and fill it; returns the seconds it took."""
    started = time.perf_counter()
    rng = random.Random(seed)
    organisation = Organisation(name="Banc d'essai", dpo_email="dpo@example.ma")
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    register = register_file.create_register(partial, PASSPHRASE, organisation, clock=CLOCK)
    try:
        add_requests(register, requests, rng)
        add_breaches(register, breaches, rng)
        add_activities(register, activities)
    finally:
        register.close()
    # Complete files only under the final name: an interrupted run is never reused.
    partial.rename(path)
    return time.perf_counter() - started


def ensure_register(
    requests: int, breaches: int, activities: int, *, cache: Path = CACHE
) -> tuple[Path, float | None]:
    """The cached register of these sizes, generated first when missing."""
    path = cached_path(requests, breaches, activities, cache)
    if path.exists():
        return path, None
    cache.mkdir(parents=True, exist_ok=True)
    seconds = make_register(path, requests=requests, breaches=breaches, activities=activities)
    return path, seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--breaches", type=int, default=200)
    parser.add_argument("--activities", type=int, default=60)
    parser.add_argument("--out", type=Path, help="file to create (default: the cache)")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    if args.out is None:
        path, seconds = ensure_register(args.requests, args.breaches, args.activities)
        print(f"{path} ({'cached' if seconds is None else f'{seconds:.1f} s'})")
        return 0
    if args.out.exists():
        print(f"{args.out} exists; choose another --out", file=sys.stderr)
        return 2
    seconds = make_register(
        args.out,
        requests=args.requests,
        breaches=args.breaches,
        activities=args.activities,
        seed=args.seed,
    )
    print(f"{args.out}: {args.requests:,} requests in {seconds:.1f} s (passphrase: {PASSPHRASE})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
