"""Hostile inputs through the services: refused with a clear message, or kept exactly.

Each case either raises a ``UserError`` (a French sentence naming the problem) or is
stored and read back unchanged (after the documented trimming); nothing else may
happen: no other exception, and no file written anywhere but inside the register.
"""

from __future__ import annotations

import os
import tempfile
import unicodedata
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from dpo_desk.cli import common as cli
from dpo_desk.domain.breaches import BreachIntake, BreachNature, parse_instant
from dpo_desk.domain.clock import FixedClock
from dpo_desk.domain.errors import UserError, ValidationError
from dpo_desk.domain.letters import CaseKind
from dpo_desk.domain.organisation import Organisation
from dpo_desk.domain.records import ActivityDetails, LegalBasis, ProcessorDetails, Purpose
from dpo_desk.domain.requests.model import RequestIntake
from dpo_desk.domain.requests.workflow import Regime, Right
from dpo_desk.services import attachments, register_file
from dpo_desk.services import breaches as breach_service
from dpo_desk.services import records as book
from dpo_desk.services import requests as request_service
from tests.conftest import TEST_PASSPHRASE

CLOCK = FixedClock(datetime(2026, 3, 10, 9, 30, tzinfo=UTC))
ONE_MB = "é" * (512 * 1024)  # 1 MiB of UTF-8

NAMES = {
    "dot-dot-slash": "../x",
    "dot-dot-backslash": "..\\x",
    "absolute": "/etc/passwd",
    "windows-path": "C:\\Windows\\System32\\x.dll",
    "home": "~/.ssh/id_rsa",
    "CON": "CON",
    "con.txt": "con.txt",
    "NUL.pdf": "NUL.pdf",
    "COM1": "COM1",
    "LPT9.doc": "LPT9.doc",
    "300-chars": "a" * 300,
    "300-chars-ext": "b" * 300 + ".pdf",
    "NUL-byte": "x\x00y.pdf",
    "RLO": "facture\u202efdp.exe",
    "RLO-start": "\u202egnp.exe",
    "newline": "nom\nligne.txt",
    "empty": "",
    "dot": ".",
    "dots": "....",
    "colon-star": "a:b*c?.txt",
    "arabic": "تقرير الحادث.pdf",
    "emoji": "😀 photo.png",
    "zero-width": "pa\u200bss.txt",
    "trailing-dot-space": "rapport. ",
}

_BIDI_AND_CONTROLS = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}

PAYLOADS = {
    "c0-controls": "a\x01b\x02c\x07d\x1b[31me\x7f",
    "tab-newlines": "ligne 1\r\nligne 2\tfin",
    "nul-inside": "avant\x00après",
    "one-megabyte": ONE_MB,
    "emoji": "😀👍🏽👨‍👩‍👧 fin",
    "arabic-latin": "محمد Mohammed العلوي El Alaoui ١٢٣",
    "rlo": "abc\u202edef",
    "formula-equals": '=HYPERLINK("http://x","clic")',
    "formula-cmd": "=cmd|' /C calc'!A0",
    "formula-plus": "+SUM(A1:A9)",
    "formula-minus": "-2+3",
    "formula-at": "@SUM(1+1)*cmd",
    "script": "<script>alert(1)</script>",
    "markup": "<b>x</b> & co <img src=x onerror=y>",
    "template": "{{ request.__init__ }} {% if x %}",
    "sql": "'; DROP TABLE rights_request;--",
    "fts": '"NEAR(a b)" OR * AND -x',
    "format": "%s %d {0} {name}",
    "long-word": "x" * 5000,
}


def _intake(**overrides) -> RequestIntake:
    values = dict(
        regimes=frozenset({Regime.GDPR}),
        rights=frozenset({Right.ACCESS}),
        received_on=date(2026, 3, 9),
        requester_name="Nadia Chraibi",
    )
    values.update(overrides)
    return RequestIntake(**values)


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory, register_template):
    """One register for all the cases, in its own folder, with its own temp folder."""
    folder = tmp_path_factory.mktemp("hostile")
    tmp = tmp_path_factory.mktemp("hostile-tmp")
    saved = {k: os.environ.get(k) for k in ("TMPDIR", "SQLITE_TMPDIR", "DPO_DESK_CONFIG_DIR")}
    os.environ["TMPDIR"] = os.environ["SQLITE_TMPDIR"] = str(tmp)
    # Set up before any test's own config folder: the seal goes to one of its own.
    os.environ["DPO_DESK_CONFIG_DIR"] = str(tmp_path_factory.mktemp("hostile-config"))
    tempfile.tempdir = None
    with register_template.creating():
        register = register_file.create_register(
            folder / "registre.dpodesk", TEST_PASSPHRASE, Organisation(name="Najhine"), clock=CLOCK
        )
    request = request_service.create_request(register, _intake(), clock=CLOCK)
    yield register, request, folder, tmp
    register.close()
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    tempfile.tempdir = None


@pytest.fixture(autouse=True)
def nothing_written_outside(request, sandbox, isolated_environment):
    _register, _req, folder, tmp = sandbox
    allowed = {"registre.dpodesk", "registre.dpodesk-wal", "registre.dpodesk-shm"}
    scratch = Path(tempfile.gettempdir())  # Python's temporary folder: this test's own
    yield
    assert {p.name for p in folder.iterdir()} <= allowed
    assert list(tmp.iterdir()) == []
    assert list(scratch.iterdir()) == []


def _either_refused_or_faithful(store, read_back, expected):
    try:
        stored = store()
    except UserError as refused:
        message = refused.message()
        assert message and "\n" not in message and "Traceback" not in message
        return None
    assert read_back(stored) == expected
    return stored


# ----------------------------------------------------------------------------- attachments


@pytest.mark.parametrize("name", NAMES.values(), ids=NAMES.keys())
def test_attachment_names_are_made_safe(sandbox, name):
    register, req, _folder, _tmp = sandbox
    content = f"contenu pour {name!r}".encode()
    info = attachments.add_to_request(register, req, name, content, clock=CLOCK)
    safe = info.filename
    assert safe and safe not in {".", ".."}
    assert "/" not in safe and "\\" not in safe and ":" not in safe
    assert not any(unicodedata.category(ch) in _BIDI_AND_CONTROLS for ch in safe)
    assert len(safe.encode()) <= 255
    assert safe.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT9"}
    assert not safe.endswith((".", " "))
    stored = {a.id: a for a in attachments.of_request(register, req)}[info.id]
    assert stored.filename == safe
    assert attachments.read(register, CaseKind.REQUEST, info.id) == (safe, content)


@pytest.mark.parametrize(
    ("size", "accepted"),
    [(1, True), (1023, True), (1024, True), (1025, False), (0, False), (4096, False)],
)
def test_attachment_size_limit(sandbox, size, accepted):
    register, req, _folder, _tmp = sandbox
    content = os.urandom(size)
    if accepted:
        info = attachments.add_to_request(
            register, req, "limite.bin", content, clock=CLOCK, limit=1024
        )
        assert attachments.read(register, CaseKind.REQUEST, info.id)[1] == content
    else:
        with pytest.raises(UserError):
            attachments.add_to_request(
                register, req, "limite.bin", content, clock=CLOCK, limit=1024
            )


# ----------------------------------------------------------------------------- text


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
@pytest.mark.parametrize(
    "field", ["requester_name", "subject_name", "requester_address", "notes", "requester_email"]
)
def test_request_text_fields(sandbox, field, payload):
    register, _req, _folder, _tmp = sandbox
    _either_refused_or_faithful(
        lambda: request_service.create_request(register, _intake(**{field: payload}), clock=CLOCK),
        lambda created: getattr(request_service.get_request(register, created.id), field),
        payload.strip(),
    )


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
@pytest.mark.parametrize("field", ["title", "description"])
def test_breach_text_fields(sandbox, field, payload):
    register, _req, _folder, _tmp = sandbox
    title = payload if field == "title" else "Perte d'un portable"
    nature = BreachNature(description=payload if field == "description" else "")
    intake = BreachIntake(
        title=title,
        regimes=frozenset({Regime.GDPR}),
        aware_at=CLOCK.now() - timedelta(hours=2),
        nature=nature,
    )
    found = _either_refused_or_faithful(
        lambda: breach_service.create_breach(register, intake, clock=CLOCK),
        lambda b: (
            breach_service.get_breach(register, b.id).title
            if field == "title"
            else breach_service.get_breach(register, b.id).nature.description
        ),
        payload.strip(),
    )
    if found is not None:  # and the list, which the UI shows, reads it too
        assert breach_service.count_breaches(register) >= 1


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_register_book_text(sandbox, payload):
    register, _req, _folder, _tmp = sandbox
    suffix = str(abs(hash(payload)))  # names are unique in the register
    _either_refused_or_faithful(
        lambda: book.save_processor(
            register, ProcessorDetails(name=f"P{suffix}", notes=payload), clock=CLOCK
        ),
        lambda p: book.get_processor(register, p.id).notes,
        payload.strip(),
    )
    _either_refused_or_faithful(
        lambda: book.save_activity(
            register,
            ActivityDetails(
                name=f"A{suffix}",
                purposes=(Purpose("Gestion", LegalBasis.CONTRACT),),
                description=payload,
            ),
            clock=CLOCK,
        ),
        lambda a: book.get_activity(register, a.id).description,
        payload.strip(),
    )


# ----------------------------------------------------------------------------- dates

IMPOSSIBLE_DAYS = ["2026-02-30", "2026-13-01", "2026-00-10", "2026-04-31", "0000-01-01",
                   "2026-2-3x", "demain", "", "2026-02-29"]  # fmt: skip


@pytest.mark.parametrize("value", IMPOSSIBLE_DAYS)
def test_impossible_days_are_refused_by_the_parser(value):
    import argparse

    with pytest.raises(argparse.ArgumentTypeError):
        cli.parse_date(value)


IMPOSSIBLE_INSTANTS = ["2026-02-30T10:00", "2026-03-10T25:00", "2026-03-10T10:61",
                       "2026-03-10 10h", "2026-03-10T10:00+25:00", "now", ""]  # fmt: skip


@pytest.mark.parametrize("value", IMPOSSIBLE_INSTANTS)
def test_impossible_instants_are_refused(value):
    with pytest.raises(ValidationError):
        parse_instant(value, "Africa/Casablanca", "aware_at")


@pytest.mark.parametrize(
    "received",
    [date(2026, 3, 11), date(2099, 1, 1), date(9999, 12, 31), date(2009, 2, 17), date(1, 1, 1)],
    ids=["tomorrow", "2099", "max", "before-09-08", "year-1"],
)
def test_out_of_range_receipt_dates_are_refused(sandbox, received):
    register, _req, _folder, _tmp = sandbox
    with pytest.raises(ValidationError) as caught:
        request_service.create_request(register, _intake(received_on=received), clock=CLOCK)
    assert caught.value.field == "received_on"


@pytest.mark.parametrize("hours", [-1, -24 * 365 * 30], ids=["future", "thirty-years-ago"])
def test_out_of_range_breach_instants(sandbox, hours):
    register, _req, _folder, _tmp = sandbox
    intake = BreachIntake(
        title="Instant hors limites",
        regimes=frozenset({Regime.GDPR}),
        aware_at=CLOCK.now() - timedelta(hours=hours),
    )
    try:
        created = breach_service.create_breach(register, intake, clock=CLOCK)
    except UserError:
        return
    assert breach_service.get_breach(register, created.id).aware_at == intake.aware_at


def test_enough_cases():
    count = (
        len(NAMES) + 6 + len(PAYLOADS) * (5 + 2 + 1) + len(IMPOSSIBLE_DAYS)
        + len(IMPOSSIBLE_INSTANTS) + 5 + 2
    )  # fmt: skip
    assert count >= 100
