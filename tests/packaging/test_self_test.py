"""`dpo-desk gui --self-test`, which the frozen build's smoke test relies on."""

from __future__ import annotations

import os
import subprocess
import sys

from dpo_desk.ui.self_test import run_self_test


def test_self_test_builds_the_arabic_window_and_renders_two_views(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DPO_DESK_CONFIG_DIR=str(tmp_path / "cfg"))
    done = subprocess.run(
        [sys.executable, "-m", "dpo_desk", "gui", "--self-test", "--language", "ar"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Catalogues : fr, ar, en (interface et documents) et qtbase_fr" in done.stdout
    assert "Registre créé et ouvert (العربية)" in done.stdout
    assert done.stdout.count(" rendue : ") == 2
    assert "Autotest réussi : DPO Desk" in done.stdout
    # Nothing written where a user's settings would go, nothing left behind.
    assert not (tmp_path / "cfg").exists()
    assert list(tmp_path.iterdir()) == [] or all(p.name == "cfg" for p in tmp_path.iterdir())


def test_self_test_fails_with_a_reason(qapp, capsys):
    assert run_self_test("de") == 1
    assert "Autotest ÉCHOUÉ : langue inconnue « de »" in capsys.readouterr().err
