"""`make torture` keeps working: a quick run prints every row and writes its report.

No figure is checked (what the app does decides those, and `tests/reliability/` asserts
them); only that bench/torture.py runs end to end with a few rounds of each kind, prints
each row of its table, and writes the report where it is told to, never over the
committed docs/reliability.md.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
COMMITTED_REPORT = ROOT / "docs" / "reliability.md"

EXPECTED_ROWS = (
    "Kill: bursts of writes",
    "Kill: passphrase change",
    "Kill: backup",
    "Kill: restore",
    "Kill: export",
    "Kill: import",
    "Full disk",
    "Tampering",
    "Total",
)
COLUMNS = (
    "Rounds",
    "Kills",
    "Corruptions",
    "Rows lost",
    "Leftovers",
    "Plaintext leftovers",
    "Tamperings detected",
)


def test_quick_torture_prints_every_row_and_writes_the_report(tmp_path):
    report = tmp_path / "reliability.md"
    before = COMMITTED_REPORT.stat().st_mtime_ns if COMMITTED_REPORT.exists() else None
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "torture.py"), "--quick", "--out", str(report)],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path)),
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    table = done.stdout
    assert [label for label in EXPECTED_ROWS if label not in table] == []
    assert [column for column in COLUMNS if column not in table] == []

    text = report.read_text(encoding="utf-8")
    assert text.startswith("# Reliability")
    for heading in ("## Figures", "## Machine", "## The rounds", "## How to run it"):
        assert heading in text
    assert all(label in text for label in EXPECTED_ROWS)
    after = COMMITTED_REPORT.stat().st_mtime_ns if COMMITTED_REPORT.exists() else None
    assert after == before
