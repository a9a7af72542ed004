"""``dpo-desk init --town``: the town the letters are dated from (issue 20, item 8)."""

from __future__ import annotations

import json

from tests.cli.runner import run_cli


def test_init_town_shows_in_info(tmp_path, register_template):
    path = tmp_path / "reg.dpodesk"
    with register_template.creating():
        made = run_cli(
            "init",
            "--db",
            str(path),
            "--organisation",
            "Reelex SARL",
            "--address",
            "Najhine\nMaroc",
            "--town",
            " Casablanca ",
        )
    assert made.returncode == 0, made.stderr
    info = run_cli("info", "--db", str(path), "--json")
    assert info.returncode == 0, info.stderr
    assert json.loads(info.stdout)["organisation"]["town"] == "Casablanca"
    text = run_cli("info", "--db", str(path))
    assert "Ville              : Casablanca" in text.stdout


def test_init_without_town_leaves_it_empty(tmp_path, register_template):
    path = tmp_path / "reg.dpodesk"
    with register_template.creating():
        assert run_cli("init", "--db", str(path), "--organisation", "X").returncode == 0
    info = run_cli("info", "--db", str(path), "--json")
    assert json.loads(info.stdout)["organisation"]["town"] == ""
