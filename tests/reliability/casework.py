"""Cases built through the services, for the upkeep and reliability tests.

``Canaries`` hands out unique strings (Latin, Arabic, e-mail shapes) so a test can put
one in every text field and later look for it in raw bytes. Each Latin canary starts
with its own two letters, so even the full-text index, which stores words lowercased
and prefix-compressed, keeps the rest of the word in one piece: ``needles`` gives the
byte strings a scan must look for.
"""

from __future__ import annotations

import itertools
import secrets
import string
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from dpo_desk.domain.breach_risk import DataCategory, Exposure, Likelihood, RiskFactors
from dpo_desk.domain.breaches import (
    Authority,
    AuthorityNotification,
    BreachIntake,
    BreachNature,
    CommunicationChannel,
    EventKind,
    NotificationPhase,
    SubjectCommunication,
)
from dpo_desk.domain.clock import FixedClock
from dpo_desk.domain.requests.model import RequestIntake
from dpo_desk.domain.requests.workflow import Regime, Right
from dpo_desk.services import breaches as breach_service
from dpo_desk.services import requests as request_service

ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
_PAIRS = [a + b for a in "jqvwxzky" for b in "jqvwxzky" if a != b]  # rare letter pairs


@dataclass
class Canaries:
    """Unique marker strings; remembers every one it handed out, by label."""

    issued: dict[str, str] = field(default_factory=dict)
    _pairs: itertools.cycle = field(default_factory=lambda: itertools.cycle(_PAIRS))

    def latin(self, label: str) -> str:
        pair = next(self._pairs)
        tail = "".join(secrets.choice(string.ascii_lowercase) for _ in range(10))
        value = f"{pair.capitalize()}{tail}"
        self.issued[label] = value
        return value

    def arabic(self, label: str) -> str:
        value = "".join(secrets.choice(ARABIC_LETTERS) for _ in range(9))
        value = f"{value} {''.join(secrets.choice(ARABIC_LETTERS) for _ in range(8))}"
        self.issued[label] = value
        return value

    def email(self, label: str) -> str:
        pair = next(self._pairs)
        tail = "".join(secrets.choice(string.ascii_lowercase) for _ in range(9))
        value = f"{pair}{tail}@exemple-canari.ma"
        self.issued[label] = value
        return value

    def mixed(self, label: str) -> str:
        """A Latin canary and an Arabic one in the same field."""
        value = f"{self.latin(label + '/latin')} {self.arabic(label + '/arabic')}"
        self.issued[label] = value
        return value


def needles(value: str) -> list[bytes]:
    """What a scan looks for: the UTF-8 text, and each word (lowercased, as the full-text
    index stores it) minus its first two letters (shared prefixes are not stored twice)."""
    found = [value.encode()]
    for word in value.replace("@", " ").replace(".", " ").replace("-", " ").split():
        if len(word) >= 8:
            found.append(word.lower()[2:].encode())
    return found


def hits(data: bytes, values) -> list[str]:
    return [v for v in values if any(n in data for n in needles(v))]


def scan_files(paths, values) -> dict[str, list[str]]:
    """File → canaries found in it (only files with a hit)."""
    found = {}
    for path in paths:
        path = Path(path)
        if not path.is_file():
            continue
        got = hits(path.read_bytes(), values)
        if got:
            found[str(path)] = got
    return found


def files_under(folder: Path) -> list[Path]:
    return [p for p in Path(folder).rglob("*") if p.is_file()]


# ----------------------------------------------------------------------------- cases


def clock_at(day: date) -> FixedClock:
    return FixedClock(datetime(day.year, day.month, day.day, 10, tzinfo=UTC))


def closed_request(
    register,
    clock: FixedClock,
    *,
    received: date | None = None,
    identity_method: str = "",
    extension_reason: str = "",
    **texts,
):
    """A request received, answered and closed at the clock's date (texts: intake fields;
    an identity check and an extension when their texts are given)."""
    values = {"requester_name": "Demandeur"} | texts
    intake = RequestIntake(
        regimes=frozenset({Regime.GDPR, Regime.LAW_09_08}),
        rights=frozenset({Right.ACCESS, Right.ERASURE}),
        received_on=received or clock.now().date() - timedelta(days=3),
        **values,
    )
    req = request_service.create_request(register, intake, clock=clock)
    if identity_method:
        req = request_service.request_identity(register, req, method=identity_method, clock=clock)
        req = request_service.record_identity(register, req, verified=True, clock=clock)
    else:
        req = request_service.start_work(register, req, clock=clock)
    if extension_reason:
        req = request_service.extend(register, req, reason=extension_reason, clock=clock)
    req = request_service.answer(register, req, clock=clock)
    return request_service.close(register, req, clock=clock)


def open_request(register, clock: FixedClock, **texts):
    values = {"requester_name": "Demandeur"} | texts
    intake = RequestIntake(
        regimes=frozenset({Regime.GDPR}),
        rights=frozenset({Right.ACCESS}),
        received_on=clock.now().date(),
        **values,
    )
    return request_service.create_request(register, intake, clock=clock)


HIGH = RiskFactors(
    confidentiality=Exposure.SEVERE, malicious=True, likelihood=Likelihood.SIGNIFICANT
)


def closed_breach(register, clock: FixedClock, c: Canaries | None = None, prefix: str = "b"):
    """A breach taken through assessment, notification, communication and closure, with a
    canary (when ``c`` is given) in every free-text field it has."""

    def t(label: str, kind: str = "latin") -> str:
        if c is None:
            return f"texte {label}"
        return getattr(c, kind)(f"{prefix}.{label}")

    now = clock.now()
    nature = BreachNature(
        description=t("description", "mixed"),
        confidentiality=True,
        subject_categories=(t("subject_categories"),),
        record_categories=(t("record_categories"),),
        data_categories=frozenset({DataCategory.IDENTITY}),
        consequences=t("consequences", "arabic"),
        measures_taken=t("measures_taken"),
        measures_proposed=t("measures_proposed"),
        processors=(t("processors"),),
    )
    intake = BreachIntake(
        title=t("title"),
        regimes=frozenset({Regime.GDPR}),
        aware_at=now - timedelta(hours=10),
        discovered_at=now - timedelta(hours=11),
        nature=nature,
    )
    found = breach_service.create_breach(register, intake, clock=clock)
    found = breach_service.assess_risk(
        register, found, HIGH, override=None, justification="", clock=clock
    )
    found = breach_service.add_notification(
        register,
        found,
        AuthorityNotification(
            Authority.OTHER,
            NotificationPhase.INITIAL,
            now - timedelta(hours=1),
            authority_name=t("authority_name"),
            authority_reference=t("authority_reference"),
            notes=t("notification_notes"),
        ),
        clock=clock,
    )
    found = breach_service.record_communication(
        register,
        found,
        SubjectCommunication(
            now - timedelta(minutes=30),
            CommunicationChannel.EMAIL,
            t("audience", "email"),
            notes=t("communication_notes"),
        ),
        clock=clock,
    )
    found = breach_service.add_event(
        register, found, EventKind.NOTE, note=t("event_note", "arabic"), clock=clock
    )
    found = breach_service.record_dgssi(
        register,
        found,
        applies=True,
        declared_at=now - timedelta(minutes=20),
        reference=t("dgssi_reference"),
        clock=clock,
    )
    return breach_service.close_breach(
        register, found, remedial_actions=t("remedial_actions"), clock=clock
    )
