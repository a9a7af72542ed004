"""Issue 21, item 8: new passphrases are rated by zxcvbn (score 3 or more), with its
feedback in French (translated at display), and the organisation's names count against."""

from __future__ import annotations

import ast
import inspect

import pytest
import zxcvbn.feedback

from dpo_desk.security import passphrase as rules
from dpo_desk.security.passphrase import (
    FEEDBACK,
    FEEDBACK_GENERIC,
    MINIMUM_LENGTH,
    GuessablePassphrase,
    estimate_strength,
    is_acceptable,
    personal_words,
    require_strong,
)
from dpo_desk.services import maintenance, register_file
from dpo_desk.storage.errors import WeakPassphrase
from tests.cli.runner import run_cli
from tests.conftest import TEST_PASSPHRASE

WEAK = ["password1234", "Password123!", "aaaaaaaaaaaa"]
STRONG = "cèdre Ifrane thé à la menthe"


@pytest.mark.parametrize("weak", WEAK)
def test_the_guessable_ones_are_refused_with_french_feedback(weak):
    assert len(weak) >= MINIMUM_LENGTH  # the length rule alone let them through
    strength = estimate_strength(weak)
    assert not strength.acceptable and strength.score < rules.MINIMUM_SCORE
    assert not is_acceptable(weak)
    assert strength.feedback and all(m in FEEDBACK.values() for m in strength.feedback)
    with pytest.raises(GuessablePassphrase) as raised:
        require_strong(weak)
    assert raised.value.exit_code == 6
    assert "trop facile à deviner" in raised.value.message()


def test_the_feedback_says_why_in_french():
    assert (
        estimate_strength("password1234")
        .feedback_text()
        .startswith("C'est un mot de passe très courant.")
    )
    assert "« aaa »" in estimate_strength("aaaaaaaaaaaa").feedback_text()
    assert "majuscule" in estimate_strength("Password123!").feedback_text()
    # translated at display time, in the context the .ts files declare
    seen = []
    estimate_strength("password1234").feedback_text(lambda c, t: seen.append(c) or t.upper())
    assert set(seen) == {"PassphraseFeedback"}


def test_a_strong_one_is_accepted_and_the_test_passphrase_is_strong():
    for good in (STRONG, TEST_PASSPHRASE):
        strength = estimate_strength(good)
        assert strength.acceptable and strength.score >= 3 and strength.feedback == ()
        assert require_strong(good) == strength


def test_too_short_is_still_its_own_rule():
    strength = estimate_strength("court")
    assert strength.score == 0 and not strength.acceptable and strength.hint
    assert not is_acceptable("Zx9!qT#4")


def test_a_very_long_passphrase_is_rated_not_refused():
    assert is_acceptable("olivier argan safran " * 10)


def test_every_english_sentence_of_zxcvbn_has_a_french_one():
    """The installed zxcvbn's feedback module, read for every _("…") it can return."""
    tree = ast.parse(inspect.getsource(zxcvbn.feedback))
    sentences = {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "_"
        and isinstance(node.args[0], ast.Constant)
    }
    assert len(sentences) >= 25
    assert sentences <= set(FEEDBACK), sentences - set(FEEDBACK)
    assert len(set(FEEDBACK.values())) == len(FEEDBACK)  # one French sentence each


def test_an_unknown_sentence_falls_back_to_a_generic_french_one():
    assert rules.french_feedback("A sentence of a later zxcvbn.") == FEEDBACK_GENERIC


def test_the_organisation_and_the_dpo_lower_the_rating():
    words = personal_words("Najhine SARL", "Salma Bennani", "dpo@najhine.ma")
    assert {"najhine", "salma", "bennani"} <= set(words)
    guess = "dpo@najhine.ma-2026"
    assert estimate_strength(guess).acceptable
    personal = estimate_strength(guess, words)
    assert not personal.acceptable
    assert rules.FEEDBACK_PERSONAL in personal.feedback


def test_the_services_refuse_a_guessable_passphrase(register, organisation, tmp_path):
    with pytest.raises(GuessablePassphrase):
        register_file.create_register(tmp_path / "x.dpodesk", "password1234", organisation)
    assert not (tmp_path / "x.dpodesk").exists()
    with pytest.raises(GuessablePassphrase):  # built on the organisation's own names
        register_file.create_register(tmp_path / "y.dpodesk", "dpo@najhine.ma-2026", organisation)
    with pytest.raises(WeakPassphrase):
        maintenance.change_passphrase(register, "court")
    with pytest.raises(GuessablePassphrase):
        maintenance.change_passphrase(register, "Password123!")
    with pytest.raises(GuessablePassphrase):
        maintenance.backup_register(register, tmp_path / "c.dpodesk", passphrase="aaaaaaaaaaaa")
    assert not (tmp_path / "c.dpodesk").exists()


def test_the_cli_refuses_with_one_french_sentence(tmp_path, register_template):
    path = tmp_path / "reg.dpodesk"
    result = run_cli(
        "init", "--db", str(path), "--organisation", "Reelex SARL", passphrase="password1234"
    )
    assert result.returncode == 6
    assert result.stderr.strip() == (
        "Cette phrase secrète est trop facile à deviner (robustesse 1 sur 4, 3 au moins "
        "exigé) : C'est un mot de passe très courant."
    )
    assert not path.exists()
    with register_template.creating():
        created = run_cli("init", "--db", str(path), "--organisation", "Reelex SARL")
    assert created.returncode == 0, created.stderr
    rekey = run_cli(
        "rekey", "--db", str(path), env_extra={"DPO_DESK_NEW_PASSPHRASE": "Password123!"}
    )
    assert rekey.returncode == 6
    assert "trop facile à deviner" in rekey.stderr and "Traceback" not in rekey.stderr
