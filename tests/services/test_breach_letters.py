"""Breach notification letters, one per authority the breach must be notified to (issue 20,
item 3): the matrix regime × addressee, in the three languages, the refusal of an
authority the breach need not be notified to, the addressee kept with the draft, the
authorities' addresses from the register, and the CLI's ``--to``."""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import UTC, datetime, timedelta

import pytest
from pypdf import PdfReader

from dpo_desk.documents.kinds import LetterLanguage
from dpo_desk.domain.breaches import (
    Authority,
    AuthorityNotification,
    BreachIntake,
    BreachNature,
    NotificationPhase,
)
from dpo_desk.domain.requests.workflow import Regime
from dpo_desk.services import authorities as authority_service
from dpo_desk.services import breaches as breach_service
from dpo_desk.services import letter_addressees
from dpo_desk.services import letters as svc

LAW = frozenset({Regime.LAW_09_08})
GDPR = frozenset({Regime.GDPR})
BOTH = LAW | GDPR
GARANTE = "Garante per la protezione dei dati personali"

# Words a letter under Law 09-08 to the CNDP never prints (house rule R14, B3).
GDPR_WORDS = ("RGPD", "GDPR", "اللائحة", "article 33", "Article 33", "المادة 33", "art. 33")
# Law 09-08 arts. 23-24 are security duties: never cited as a notification duty.
SECURITY_ARTICLES = (
    "article 23",
    "article 24",
    "Article 23",
    "Article 24",
    "المادة 23",
    "المادة 24",
)
POLICY_WORDS = {"fr": "politique interne", "en": "internal policy", "ar": "سياستها الداخلية"}
# GDPR Art. 33(3)(a)-(d), each with its instrument.
ART_33_ITEMS = {
    "fr": [f"article 33(3)({x}) du RGPD" for x in "abcd"],
    "en": [f"Article 33(3)({x}) of the GDPR" for x in "abcd"],
    "ar": [f"المادة 33(3)({x}) من RGPD" for x in "أبجد"],
}
ART_33_OPENING = {
    "fr": "En application de l'article 33 du RGPD",
    "en": "Pursuant to Article 33 of the GDPR",
    "ar": "تطبيقا للمادة 33",
}


def plain(text: str) -> str:
    """The text without bidi isolates (the typesetter may wrap values in them)."""
    return re.sub("[\u2066-\u2069]", "", text)


def flat(value: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", plain(value)))


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def _breach(register, clock, regimes, *, aware_hours_ago=20):
    now = clock.now()
    intake = BreachIntake(
        title="Export envoyé au mauvais destinataire",
        regimes=frozenset(regimes),
        aware_at=now - timedelta(hours=aware_hours_ago),
        discovered_at=now - timedelta(hours=aware_hours_ago + 1),
        nature=BreachNature(confidentiality=True, subjects_count=120),
    )
    return breach_service.create_breach(register, intake, clock=clock)


def _notify(register, clock, breach, authority, hours, name=""):
    return breach_service.add_notification(
        register,
        breach,
        AuthorityNotification(
            authority=authority,
            phase=NotificationPhase.INITIAL,
            sent_at=breach.aware_at + timedelta(hours=hours),
            authority_name=name,
        ),
        clock=clock,
    )


def _letter(register, breach, language, clock, to):
    return svc.letter_for(
        register, breach.reference, "breach-notification", language, clock=clock, addressee=to
    )


# (regimes, addressee, allowed)
MATRIX = [
    (LAW, "cndp", True),
    (LAW, "cnil", False),
    (LAW, f"other:{GARANTE}", False),
    (GDPR, "cndp", False),
    (GDPR, "cnil", True),
    (GDPR, f"other:{GARANTE}", True),
    (BOTH, "cndp", True),
    (BOTH, "cnil", True),
    (BOTH, f"other:{GARANTE}", True),
]


@pytest.mark.parametrize(("regimes", "to", "allowed"), MATRIX)
def test_each_regime_and_addressee(register, frozen_clock, regimes, to, allowed):
    breach = _breach(register, frozen_clock, regimes)
    if not allowed:
        with pytest.raises(letter_addressees.AddresseeRefused) as caught:
            _letter(register, breach, "fr", frozen_clock, to)
        assert caught.value.exit_code == 6
        message = caught.value.message()
        assert breach.reference in message and "Autorités destinataires" in message
        return
    for language in LetterLanguage:
        letter = _letter(register, breach, language, frozen_clock, to)
        text = plain(letter.text)
        assert not any(article in text for article in SECURITY_ARTICLES), (language, text)
        if to == "cndp":
            assert "CNDP" in letter.recipient_name
            assert not any(word in text for word in GDPR_WORDS), (language, text)
            assert POLICY_WORDS[language.value] in text, language
        else:
            assert ART_33_OPENING[language.value] in text, language
            for item in ART_33_ITEMS[language.value]:
                assert item in text, (language, item)
            assert "politique interne" not in text
            if to == "cnil":
                assert "CNIL" in letter.recipient_name
                assert "Fontenoy" in letter.recipient_address
            else:
                assert letter.recipient_name == GARANTE


def test_the_addressees_are_the_duties_authorities(register, frozen_clock):
    breach = _breach(register, frozen_clock, BOTH)
    assert [a.code for a in letter_addressees.breach_addressees(breach)] == ["cnil", "cndp"]
    breach = _notify(register, frozen_clock, breach, Authority.OTHER, 5, GARANTE)
    codes = [a.code for a in letter_addressees.breach_addressees(breach)]
    assert codes == ["cnil", f"other:{GARANTE}", "cndp"]
    # Another EU authority already notified may be named as it is recorded.
    assert letter_addressees.check_addressee(breach, GARANTE.upper()).code == f"other:{GARANTE}"
    assert [
        a.code for a in letter_addressees.breach_addressees(_breach(register, frozen_clock, LAW))
    ] == ["cndp"]


def test_an_unknown_authority_is_refused_with_the_choices(register, frozen_clock):
    breach = _breach(register, frozen_clock, BOTH)
    with pytest.raises(letter_addressees.AddresseeRefused) as caught:
        _letter(register, breach, "fr", frozen_clock, "dgssi")
    assert "« dgssi »" in caught.value.message() and "cnil, cndp" in caught.value.message()


def test_a_breach_under_both_laws_gets_two_letters_each_kept_with_its_addressee(
    register, frozen_clock
):
    breach = _breach(register, frozen_clock, BOTH)
    to_cndp = svc.start_draft(
        register,
        breach.reference,
        "breach-notification",
        "fr",
        "N",
        addressee="cndp",
        clock=frozen_clock,
    )
    to_cnil = svc.start_draft(
        register,
        breach.reference,
        "breach-notification",
        "fr",
        "N",
        addressee="cnil",
        clock=frozen_clock,
    )
    assert (to_cndp.addressee, to_cnil.addressee) == ("cndp", "cnil")
    assert not any(word in plain(to_cndp.text) for word in GDPR_WORDS)
    assert "article 33 du RGPD" in plain(to_cnil.text)
    # A notice recorded later changes nothing: each draft prints to its own authority.
    breach = _notify(register, frozen_clock, breach, Authority.CNDP, 2)
    cnil_pdf = flat(pdf_text(svc.preview_pdf(register, to_cnil, clock=frozen_clock)))
    cndp_pdf = flat(pdf_text(svc.preview_pdf(register, to_cndp, clock=frozen_clock)))
    assert flat("Fontenoy") in cnil_pdf and flat("Mehdi Ben Barka") not in cnil_pdf
    assert flat("Mehdi Ben Barka") in cndp_pdf and flat("Fontenoy") not in cndp_pdf
    # The issued PDF too.
    validated = svc.validate_draft(register, to_cnil, "Salma Bennani", clock=frozen_clock)
    issued, info = svc.issue_pdf(register, validated, clock=frozen_clock)
    _name, content = svc.issued_pdf(register, issued)
    assert flat("Fontenoy") in flat(pdf_text(content))
    # A draft without an addressee (before migration 0010) keeps the derived default.
    default = svc.start_draft(
        register, breach.reference, "breach-notification", "en", "N", clock=frozen_clock
    )
    assert default.addressee == "cndp"  # the CNDP notice is the first one recorded


def test_the_letters_print_the_addresses_kept_in_the_register(register, frozen_clock):
    breach = _breach(register, frozen_clock, BOTH)
    letter = _letter(register, breach, "fr", frozen_clock, "cndp")
    assert letter.recipient_address.splitlines()[0] == (
        "Angle boulevard Annakhil et avenue Mehdi Ben Barka"
    )
    authority_service.save_addresses(
        register,
        {"cndp": {"fr": "Nouvelle adresse\nRabat\n\n", "ar": ""}},
        clock=frozen_clock,
    )
    letter = _letter(register, breach, "fr", frozen_clock, "cndp")
    assert letter.recipient_address == "Nouvelle adresse\nRabat"
    arabic = _letter(register, breach, "ar", frozen_clock, "cndp")
    assert "المهدي بن بركة" in arabic.recipient_address  # the default still
    found = authority_service.authority_addresses(register)
    assert found["cndp"][LetterLanguage.FR].custom and not found["cnil"][LetterLanguage.FR].custom
    authority_service.restore_defaults(register, clock=frozen_clock)
    letter = _letter(register, breach, "fr", frozen_clock, "cndp")
    assert "Mehdi Ben Barka" in letter.recipient_address


# ----------------------------------------------------------------------------- CLI


@pytest.fixture(scope="module")
def cli_breaches(tmp_path_factory, register_template):
    """A register with a breach under both laws and one under Law 09-08 alone."""
    from tests.cli.runner import run_cli

    folder = tmp_path_factory.mktemp("breach-letters")
    db = folder / "reg.dpodesk"
    env = {"DPO_DESK_CONFIG_DIR": str(folder / "config")}
    with register_template.creating():
        done = run_cli(
            "init",
            "--db",
            str(db),
            "--organisation",
            "Najhine SARL",
            "--dpo-name",
            "Salma Bennani",
            env_extra=env,
        )
    assert done.returncode == 0, done.stderr
    aware = (datetime.now(UTC) - timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M+00:00")
    refs = {}
    for name, regimes in (("both", ["gdpr", "law-09-08"]), ("law", ["law-09-08"])):
        args = ["breach", "add", "--db", str(db), "--title", "Fuite", "--aware-at", aware]
        for regime in regimes:
            args += ["--regime", regime]
        added = run_cli(*args, env_extra=env)
        assert added.returncode == 0, added.stderr
        refs[name] = added.stdout.strip()
    return db, refs, env, run_cli


def _cli_letter(cli_breaches, ref, out, *extra):
    db, _refs, env, run_cli = cli_breaches
    return run_cli(
        "letter",
        ref,
        "--db",
        str(db),
        "--kind",
        "breach-notification",
        "--lang",
        "fr",
        "--out",
        str(out),
        *extra,
        env_extra=env,
    )


def test_cli_to_chooses_the_authority_and_refuses_one_not_due(cli_breaches, tmp_path):
    _db, refs, _env, _run = cli_breaches
    # Two duties, no --to: refused, with the choices; no file, no traceback.
    result = _cli_letter(cli_breaches, refs["both"], tmp_path / "a.pdf")
    assert result.returncode == 6, result.stderr
    assert "cnil, cndp" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "a.pdf").exists()
    # Each authority its letter.
    for to, word in (("cnil", "Fontenoy"), ("cndp", "MehdiBenBarka")):
        out = tmp_path / f"{to}.pdf"
        result = _cli_letter(cli_breaches, refs["both"], out, "--to", to)
        assert result.returncode == 0, result.stderr
        assert word in flat(pdf_text(out.read_bytes()))
    # One duty: the default; an authority the breach need not be notified to: exit 6.
    result = _cli_letter(cli_breaches, refs["law"], tmp_path / "law.pdf")
    assert result.returncode == 0, result.stderr
    result = _cli_letter(cli_breaches, refs["law"], tmp_path / "x.pdf", "--to", "cnil")
    assert result.returncode == 6 and "n'est pas à notifier à CNIL" in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "x.pdf").exists()
    result = _cli_letter(cli_breaches, refs["law"], tmp_path / "y.pdf", "--to", "dgssi")
    assert result.returncode == 6 and "inconnue" in result.stderr
