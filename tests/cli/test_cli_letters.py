"""``dpo-desk letter``, run as a user would: a real process, the passphrase from the env."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
from datetime import UTC, datetime, timedelta

import pytest
from pypdf import PdfReader

from tests.cli.runner import run_cli

PERSON = "Amélie Lefèvre-Ouazzani"


def flat(value: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", value))


@pytest.fixture(scope="module")
def cases(tmp_path_factory, register_template):
    """A register with one request and one breach: (path, request ref, breach ref)."""
    # Module-scoped, so set up before the autouse per-test config dir: its own is given.
    folder = tmp_path_factory.mktemp("letters")
    db = folder / "reg.dpodesk"
    env = {"DPO_DESK_CONFIG_DIR": str(folder / "config")}
    with register_template.creating():
        done = run_cli(
            "init",
            "--db",
            str(db),
            "--organisation",
            "Najhine SARL",
            "--address",
            "12, rue Ibn Toufail, Casablanca",
            "--dpo-name",
            "Salma Bennani",
            "--dpo-email",
            "dpo@najhine.ma",
            env_extra=env,
        )
    assert done.returncode == 0, done.stderr
    today = datetime.now(UTC).date()
    request = run_cli(
        "request",
        "add",
        "--db",
        str(db),
        "--regime",
        "gdpr",
        "--right",
        "access",
        "--received",
        (today - timedelta(days=2)).isoformat(),
        "--name",
        PERSON,
        env_extra=env,
    )
    assert request.returncode == 0, request.stderr
    aware = (datetime.now(UTC) - timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M+00:00")
    breach = run_cli(
        "breach",
        "add",
        "--db",
        str(db),
        "--title",
        "Fuite de la base clients",
        "--aware-at",
        aware,
        "--regime",
        "gdpr",
        env_extra=env,
    )
    assert breach.returncode == 0, breach.stderr
    return db, request.stdout.strip(), breach.stdout.strip(), env


def _letter(cases, reference, kind, lang, out, *extra):
    db, _request, _breach, env = cases
    return run_cli(
        "letter",
        reference,
        "--db",
        str(db),
        "--kind",
        kind,
        "--lang",
        lang,
        "--out",
        str(out),
        *extra,
        env_extra=env,
    )


def _check_valid(path) -> None:
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True)
        assert info.returncode == 0, info.stderr
        assert "Pages:" in info.stdout
    if shutil.which("qpdf"):
        check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr


@pytest.mark.parametrize("lang", ["fr", "ar", "en"])
def test_request_letter(cases, tmp_path, lang):
    _db, request_ref, _breach, _env = cases
    out = tmp_path / f"ack-{lang}.pdf"
    result = _letter(cases, request_ref, "acknowledgement", lang, out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    content = out.read_bytes()
    assert content.startswith(b"%PDF")
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    text = flat("\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(content)).pages))
    assert flat(request_ref) in text
    if lang != "ar":  # Arabic letters print the Latin name too, but in visual order
        assert flat(PERSON) in text
    _check_valid(out)


@pytest.mark.parametrize("lang", ["fr", "ar", "en"])
def test_breach_letter(cases, tmp_path, lang):
    _db, _request, breach_ref, _env = cases
    out = tmp_path / f"notification-{lang}.pdf"
    result = _letter(cases, breach_ref, "breach-notification", lang, out)
    assert result.returncode == 0, result.stderr
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    text = flat("\n".join(p.extract_text() or "" for p in reader.pages))
    assert flat(breach_ref) in text
    assert breach_ref in reader.metadata.title
    _check_valid(out)


def test_existing_out_is_never_overwritten(cases, tmp_path):
    _db, request_ref, _breach, _env = cases
    out = tmp_path / "exists.pdf"
    out.write_bytes(b"keep me")
    result = _letter(cases, request_ref, "acknowledgement", "fr", out)
    assert result.returncode == 4
    assert len(result.stderr.strip().splitlines()) == 1
    assert "existe déjà" in result.stderr
    assert out.read_bytes() == b"keep me"


@pytest.mark.parametrize(
    ("which", "kind"),
    [("request", "breach-notification"), ("breach", "refusal"), ("request", "poem")],
)
def test_kind_that_does_not_fit_the_case(cases, tmp_path, which, kind):
    _db, request_ref, breach_ref, _env = cases
    out = tmp_path / "nope.pdf"
    result = _letter(cases, request_ref if which == "request" else breach_ref, kind, "fr", out)
    assert result.returncode == 6, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert kind in result.stderr
    assert not out.exists()


def test_unknown_reference(cases, tmp_path):
    out = tmp_path / "nope.pdf"
    result = _letter(cases, "DSR-2020-0999", "acknowledgement", "fr", out)
    assert result.returncode == 4
    assert "DSR-2020-0999" in result.stderr
    assert not out.exists()


def _add_request(cases, regime: str) -> str:
    db, _request, _breach, env = cases
    today = datetime.now(UTC).date()
    done = run_cli(
        "request",
        "add",
        "--db",
        str(db),
        "--regime",
        regime,
        "--right",
        "access",
        "--received",
        (today - timedelta(days=1)).isoformat(),
        "--name",
        PERSON,
        env_extra=env,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.mark.parametrize(
    ("regime", "kind", "why"),
    [
        # Law 09-08 provides no extension: never a letter saying the deadline moved.
        (
            "law-09-08",
            "extension",
            "relève de la seule loi 09-08, qui ne prévoit pas de prorogation",
        ),
        ("gdpr", "extension", "n'a pas été prorogée"),
        ("gdpr", "refusal", "n'a pas été refusée"),
        ("law-09-08", "rectification-done", "ne porte pas sur : Droit de rectification"),
    ],
)
def test_a_letter_the_case_does_not_support_is_refused(cases, tmp_path, regime, kind, why):
    reference = _add_request(cases, regime)
    out = tmp_path / "nope.pdf"
    result = _letter(cases, reference, kind, "fr", out)
    assert result.returncode == 6, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1  # one sentence, no traceback
    assert "Traceback" not in result.stderr
    assert why in result.stderr and reference in result.stderr
    assert not out.exists()


def test_an_access_reply_with_empty_sections_needs_the_reason(cases, tmp_path):
    _db, request_ref, _breach, _env = cases
    out = tmp_path / "access.pdf"
    refused = _letter(cases, request_ref, "access-response", "fr", out)
    assert refused.returncode == 6, refused.stderr
    assert "marquées « néant »" in refused.stderr and not out.exists()
    done = _letter(
        cases, request_ref, "access-response", "fr", out, "--none-reason", "Aucun dossier."
    )
    assert done.returncode == 0, done.stderr
    text = flat("\n".join(p.extract_text() or "" for p in PdfReader(out).pages))
    assert flat("pour la raison suivante : Aucun dossier.") in text
    assert flat("Une copie des données") not in text  # nothing attached: no copy claimed


def test_four_eyes_rule_stops_unreviewed_letters(tmp_path, register_template):
    """`letter` prints straight from the template, with no review: under the four-eyes
    rule it is refused (exit 6), one sentence, and nothing is written."""
    from dpo_desk.services.letter_rules import set_four_eyes
    from dpo_desk.storage.database import open_register
    from tests.conftest import TEST_PASSPHRASE

    db = tmp_path / "reg.dpodesk"
    env = {"DPO_DESK_CONFIG_DIR": str(tmp_path / "config")}
    with register_template.creating():
        made = run_cli("init", "--db", str(db), "--organisation", "Najhine SARL", env_extra=env)
    assert made.returncode == 0
    added = run_cli(
        "request", "add", "--db", str(db), "--regime", "gdpr", "--right", "access",
        "--received", "2026-03-02", "--name", PERSON, env_extra=env,
    )  # fmt: skip
    reference = added.stdout.strip()
    out = tmp_path / "ack.pdf"
    args = ("letter", reference, "--db", str(db), "--kind", "acknowledgement", "--lang", "fr")
    assert run_cli(*args, "--out", str(out), env_extra=env).returncode == 0
    out.unlink()

    register = open_register(db, TEST_PASSPHRASE)
    try:
        set_four_eyes(register, True)
    finally:
        register.close()
    refused = run_cli(*args, "--out", str(out), env_extra=env)
    assert refused.returncode == 6
    assert "quatre yeux" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    assert not out.exists()
