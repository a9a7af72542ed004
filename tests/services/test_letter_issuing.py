"""Issue 20, items 8 and 9: the date line from the organisation's town; the four-eyes
rule; plaintext copies written owner-only."""

from __future__ import annotations

import errno
import io
import os
import re
import stat
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from dpo_desk.documents.pdf import _place_and_date, render_letter
from dpo_desk.domain.clock import FixedClock
from dpo_desk.domain.errors import ValidationError
from dpo_desk.domain.letters import DraftStatus
from dpo_desk.domain.requests.model import RequestIntake
from dpo_desk.domain.requests.workflow import Regime, Right
from dpo_desk.services import letter_rules, private_files, register_file
from dpo_desk.services import letters as svc
from dpo_desk.services import requests as request_service
from dpo_desk.storage import audit, files

DECEMBER = FixedClock(datetime(2026, 12, 6, 9, 30, tzinfo=UTC))


@pytest.fixture
def case(register, frozen_clock):
    intake = RequestIntake(
        regimes=frozenset({Regime.LAW_09_08}),
        rights=frozenset({Right.ACCESS}),
        received_on=date(2026, 3, 2),
        requester_name="Youssef Tazi",
        requester_address="8, boulevard d'Anfa\n20050 Casablanca",
    )
    return request_service.create_request(register, intake, clock=frozen_clock)


def _set_town(register, town: str) -> None:
    org = register_file.load_organisation(register)
    register_file.update_organisation(register, replace(org, town=town))


# ----------------------------------------------------------------------------- date line


@pytest.mark.parametrize(
    ("language", "town", "line"),
    [
        ("fr", "Casablanca", "Casablanca, le 6 décembre 2026"),
        ("en", "Casablanca", "Casablanca, 6 December 2026"),
        ("ar", "الدار البيضاء", "الدار البيضاء في 6 دجنبر 2026"),
        # A Moroccan town typed in Latin letters takes its Arabic name in Arabic letters.
        ("ar", "Casablanca", "الدار البيضاء في 6 دجنبر 2026"),
        ("ar", "Béni-Mellal", "بني ملال في 6 دجنبر 2026"),
        ("ar", "Lyon", "Lyon في 6 دجنبر 2026"),  # not a Moroccan town: as typed
        ("fr", "", "Le 6 décembre 2026"),  # no town: the date alone, nothing guessed
        ("en", "", "6 December 2026"),
    ],
)
def test_the_date_line_names_the_organisations_town(register, case, language, town, line):
    _set_town(register, town)
    letter = svc.letter_for(register, case.reference, "acknowledgement", language, clock=DECEMBER)
    assert letter.place == town
    # The date may be wrapped in bidi isolates (an Arabic line): read as printed.
    shown = re.sub("[\u2066-\u2069]", "", _place_and_date(letter, letter.language))
    assert shown == line


def test_the_address_is_no_longer_read_for_the_place(register, case):
    """The bug: "Maroc, le …" or a district from the address's last line."""
    org = register_file.load_organisation(register)
    register_file.update_organisation(register, replace(org, address="Najhine\nMaroc", town=""))
    letter = svc.letter_for(register, case.reference, "acknowledgement", "fr", clock=DECEMBER)
    assert letter.place == ""
    text = "".join(
        page.extract_text() for page in PdfReader(io.BytesIO(render_letter(letter))).pages
    )
    assert "Le 6 décembre 2026" in text
    assert "Maroc, le" not in text and "Najhine, le" not in text


def test_the_pdf_prints_the_town(register, case):
    _set_town(register, "Casablanca")
    letter = svc.letter_for(register, case.reference, "acknowledgement", "fr", clock=DECEMBER)
    text = "".join(
        page.extract_text() for page in PdfReader(io.BytesIO(render_letter(letter))).pages
    )
    assert "Casablanca, le 6 décembre 2026" in text


def test_the_demo_organisation_has_a_town():
    from dpo_desk.domain.organisation import Organisation
    from dpo_desk.services.demo import load_demo

    org = Organisation(**load_demo()["organisation"]).validated()
    assert org.town == "Casablanca"


# ----------------------------------------------------------------------------- four eyes


def _draft(register, case, clock, author="Nadia Alaoui"):
    return svc.start_draft(register, case.reference, "acknowledgement", "fr", author, clock=clock)


def test_without_the_rule_the_author_may_validate(register, case, frozen_clock):
    assert letter_rules.four_eyes(register) is False  # off by default: a DPO alone
    draft = _draft(register, case, frozen_clock)
    validated = svc.validate_draft(register, draft, "Nadia Alaoui", clock=frozen_clock)
    assert validated.status is DraftStatus.VALIDATED


@pytest.mark.parametrize("same", ["Nadia Alaoui", "  nadia   ALAOUI ", "Nadïa Alaoui"])
def test_with_the_rule_the_author_may_not_validate(register, case, frozen_clock, same):
    letter_rules.set_four_eyes(register, True, clock=frozen_clock)
    draft = _draft(register, case, frozen_clock)
    with pytest.raises(ValidationError) as refused:
        svc.validate_draft(register, draft, same, clock=frozen_clock)
    assert refused.value.field == "reviewer"
    assert "quatre yeux" in refused.value.message() and "Nadia Alaoui" in refused.value.message()
    assert svc.get_draft(register, draft.id).status is DraftStatus.DRAFT  # nothing written
    validated = svc.validate_draft(register, draft, "Salma Bennani", clock=frozen_clock)
    assert validated.status is DraftStatus.VALIDATED and validated.reviewer == "Salma Bennani"


def test_the_rule_is_a_journaled_register_setting(register, frozen_clock):
    letter_rules.set_four_eyes(register, True, clock=frozen_clock)
    letter_rules.set_four_eyes(register, True, clock=frozen_clock)  # no change: no entry
    letter_rules.set_four_eyes(register, False, clock=frozen_clock)
    with register.read() as conn:
        entries = [
            e.changes
            for e in audit.entries_for(conn, "settings", "")
            if letter_rules.FOUR_EYES_KEY in e.changes
        ]
        assert audit.first_broken_entry(conn) is None
    assert entries == [{"letters_four_eyes": [False, True]}, {"letters_four_eyes": [True, False]}]
    assert letter_rules.four_eyes(register) is False


# ----------------------------------------------------------------------------- files


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_copy_is_created_owner_only(tmp_path):
    old_umask = os.umask(0o022)
    try:
        target = private_files.write_private(tmp_path / "lettre.pdf", b"%PDF-1.7")
    finally:
        os.umask(old_umask)
    assert target.read_bytes() == b"%PDF-1.7"
    assert _mode(target) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["lettre.pdf"]  # no temporary left


def test_an_existing_file_is_replaced_and_made_owner_only(tmp_path):
    target = tmp_path / "lettre.pdf"
    target.write_bytes(b"old")
    target.chmod(0o644)
    private_files.write_private(target, b"new")
    assert target.read_bytes() == b"new" and _mode(target) == 0o600


def test_no_overwrite_refuses_an_existing_file(tmp_path):
    target = tmp_path / "lettre.pdf"
    target.write_bytes(b"keep me")
    with pytest.raises(private_files.FileExists) as refused:
        private_files.write_private(target, b"new", overwrite=False)
    assert refused.value.exit_code == 4
    assert target.read_bytes() == b"keep me"


def test_a_disk_error_is_a_sentence_and_loses_nothing(tmp_path, monkeypatch):
    target = tmp_path / "lettre.pdf"
    target.write_bytes(b"keep me")

    def full_disk(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "replace", full_disk)
    with pytest.raises(private_files.FileWriteFailed) as failed:
        private_files.write_private(target, b"new")
    assert "No space left on device" in failed.value.message()
    assert str(target) in failed.value.message()
    assert target.read_bytes() == b"keep me"
    assert [p.name for p in tmp_path.iterdir()] == ["lettre.pdf"]


def test_a_missing_folder_is_a_sentence(tmp_path):
    with pytest.raises(private_files.FileWriteFailed) as failed:
        private_files.write_private(tmp_path / "absent" / "lettre.pdf", b"x")
    assert failed.value.exit_code == 5
    assert "Traceback" not in failed.value.message()
