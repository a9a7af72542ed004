"""`make bench` keeps working: a small run prints every row and writes its report.

No figure is checked (the machine decides those); only that the script runs end to
end on a 300-request register, prints each measure of issue 10, and writes the
performance report where it is told to, never over the committed docs/performance.md.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
COMMITTED_REPORT = ROOT / "docs" / "performance.md"

EXPECTED_ROWS = (
    "Unlock to dashboard painted",
    "Peak RSS",
    "First rows",
    "Sort by due date",
    "Sort by reference",
    "Filter by status (open requests)",
    "Filter by right",
    "Filter by regime",
    "Search « ",
    "Search: median keystroke",
    "PDF letter",
    "Export of the requests to .xlsx",
    "Encryption tax — Write",
    "Encryption tax — Read",
)


def test_small_benchmark_prints_every_row_and_writes_the_report(tmp_path):
    report = tmp_path / "performance.md"
    before = COMMITTED_REPORT.stat().st_mtime_ns if COMMITTED_REPORT.exists() else None
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "run.py"),
            *("--requests", "300", "--breaches", "2", "--activities", "2"),
            *("--export-requests", "300", "--letters", "3", "--tax-requests", "200"),
            *("--runs", "1", "--cache", str(tmp_path / "cache"), "--docs", str(report)),
        ],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path)),
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    table = done.stdout
    missing = [label for label in EXPECTED_ROWS if label not in table]
    assert missing == []
    assert "n/a" not in table  # the export measure ran

    text = report.read_text(encoding="utf-8")
    assert text.startswith("# Performance")
    for heading in ("## Machine", "## Figures", "SQLCipher", "Load average"):
        assert heading in text
    assert all(label in text for label in EXPECTED_ROWS)
    # The generated register stayed in the test's cache, the committed report untouched.
    assert list((tmp_path / "cache").glob("*.dpodesk"))
    after = COMMITTED_REPORT.stat().st_mtime_ns if COMMITTED_REPORT.exists() else None
    assert after == before
