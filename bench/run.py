"""DPO Desk benchmarks: one table of figures, each beside its baseline or target.

    make bench                                  # 100,000 requests, writes docs/performance.md
    .venv/bin/python bench/run.py --requests 300 --runs 1 --docs /tmp/perf.md   # smoke

Prints a table and writes it, with the machine it ran on, to docs/performance.md.
Every figure is the median of ``--runs`` runs. Where a baseline makes sense (a bare
PySide6 window opening the same file, raw openpyxl, plain SQLite) it is measured in
the same run, so that the ratio, not the absolute time, says what the app adds.
The registers are generated once by bench/make_register.py and cached in bench/.cache/.

Nothing here asserts: targets are printed beside the figures ("ok" / "MISSED").
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

import make_register  # noqa: E402  (bench/ is not a package)
from gui_probe import TYPING_SECONDS  # noqa: E402  (the longest "typing" before Enter)

from dpo_desk.domain.requests.model import OPEN_STATUSES  # noqa: E402
from dpo_desk.domain.requests.workflow import Regime, RequestStatus, Right  # noqa: E402
from dpo_desk.storage.requests import RequestFilter  # noqa: E402

PASSPHRASE = make_register.PASSPHRASE
TODAY = make_register.TODAY
CLOCK = make_register.CLOCK
#: What the DPO types, one character at a time (a name that some 100-200 requests share).
SEARCH_TERM = "Salma Tazi"
VISIBLE_ROWS = 30  # rows a 760-pixel window shows: what "first rows" reads from the model


@dataclass
class Row:
    label: str
    figure: str
    baseline: str = ""
    ratio: str = ""
    target: str = ""
    verdict: str = ""


def median_of(action: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms"


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


# ------------------------------------------------------------------------ GUI probes


def probe(mode: str, path: Path, config: Path) -> dict:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        DPO_DESK_PASSPHRASE=PASSPHRASE,
        # The probe's preferences and keyring are throw-away: the user's are not touched.
        DPO_DESK_CONFIG_DIR=str(config),
        XDG_CONFIG_HOME=str(config),
        # Gives the bench passphrase as remembered (bench/probe_keyring.py).
        PYTHON_KEYRING_BACKEND="probe_keyring.EnvKeyring",
    )
    env["BENCH_T0"] = repr(time.time())
    done = subprocess.run(
        [sys.executable, str(BENCH / "gui_probe.py"), mode, str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"gui_probe {mode} failed: {done.stderr[-2000:]}")
    return json.loads(lines[-1])


def gui_rows(path: Path, runs: int) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="dpo-bench-config-") as config:
        app, bare, app_after, bare_after = [], [], [], []
        probe("remember", path, Path(config))  # the last file, its passphrase remembered
        if runs > 1:
            probe("app", path, Path(config))  # warm the page cache and the .pyc files
        for _ in range(runs):  # interleaved, so that a burst of load hits both alike
            measured = probe("bare", path, Path(config))
            bare.append(measured["seconds"])
            bare_after.append(measured["after_passphrase"])
            app.append(probe("app", path, Path(config))["seconds"])
            app_after.append(probe("typed", path, Path(config))["after_passphrase"])
        memory = probe("memory", path, Path(config))
    app_s, bare_s = statistics.median(app), statistics.median(bare)
    ratio = app_s / bare_s
    after_s, bare_after_s = statistics.median(app_after), statistics.median(bare_after)
    return [
        Row(
            "Unlock to dashboard painted (process start)",
            ms(app_s),
            f"{ms(bare_s)} bare PySide6 + SQLCipher",
            f"{ratio:.2f}×",
            "≤ 1.5×",
            verdict(ratio <= 1.5),
        ),
        Row(
            "Passphrase entered to dashboard painted (what the DPO waits for)",
            ms(after_s),
            f"{ms(bare_after_s)} bare SQLCipher open + window paint",
            f"{after_s / bare_after_s:.2f}×",
            "≤ 1.5×",  # issue 25, part 11
            verdict(after_s / bare_after_s <= 1.5),
        ),
        Row(
            f"Peak RSS, list of {memory['rows']:,} open and scrolled to the end",
            f"{memory['peak_mb']:,.0f} MB",
            target="< 400 MB",
            verdict=verdict(memory["peak_mb"] < 400),
        ),
    ]


# ------------------------------------------------------------------ the request list


def list_rows(register, runs: int) -> tuple[list[Row], list]:
    from PySide6.QtWidgets import QApplication

    from dpo_desk.ui.requests.model import RequestTableModel

    QApplication.instance() or QApplication([])
    model = RequestTableModel()

    def first_rows() -> None:
        # What the view asks once the model is reset: the rows in sight, every column.
        for row in range(min(VISIBLE_ROWS, model.rowCount())):
            for column in range(model.columnCount()):
                model.index(row, column).data()

    def show(flt: RequestFilter) -> Callable[[], None]:
        def action() -> None:
            model.set_source(register, flt, TODAY)  # count, reset, forget the pages
            first_rows()

        return action

    def sort(key: str, descending: bool = False) -> Callable[[], None]:
        from PySide6.QtCore import Qt

        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder

        def action() -> None:
            model.set_source(register, RequestFilter(sort="received_on"), TODAY)
            model.sort(model.column_of_sort(key), order)
            first_rows()

        return action

    cases = [
        ("First rows (count + first page, default sort)", show(RequestFilter()), 0.150),
        ("Sort by due date", sort("due_on"), 0.100),
        ("Sort by reference", sort("reference"), 0.100),
        ("Filter by status (open requests)", show(RequestFilter(statuses=OPEN_STATUSES)), 0.100),
        (
            "Filter by status (awaiting identity)",
            show(RequestFilter(statuses=frozenset({RequestStatus.AWAITING_IDENTITY}))),
            0.100,
        ),
        ("Filter by right (portability)", show(RequestFilter(right=Right.PORTABILITY)), 0.100),
        ("Filter by regime (GDPR)", show(RequestFilter(regime=Regime.GDPR)), 0.100),
        ("Overdue only", show(RequestFilter(overdue_on=TODAY)), 0.100),
    ]
    rows = []
    for label, action, target in cases:
        action()  # warm SQLite's page cache: the figure is the steady state
        seconds = median_of(action, runs)
        rows.append(Row(label, ms(seconds), target=f"< {target * 1000:.0f} ms"))
        rows[-1].verdict = verdict(seconds < target)

    # The search box, one keystroke at a time: each keystroke's count + first page.
    per_key = []
    for end in range(1, len(SEARCH_TERM) + 1):
        typed = SEARCH_TERM[:end]
        if not typed.strip() or typed.endswith(" "):
            continue  # a trailing space changes no query
        action = show(RequestFilter(search=typed))
        action()
        per_key.append((typed, median_of(action, runs), model.rowCount()))
    worst = max(per_key, key=lambda item: item[1])
    rows.append(
        Row(
            f"Search « {SEARCH_TERM} », typed: slowest keystroke (« {worst[0]} »)",
            ms(worst[1]),
            target="< 50 ms",
            verdict=verdict(worst[1] < 0.050),
        )
    )
    rows.append(
        Row(
            f"Search: median keystroke; {per_key[-1][2]:,} matches at the end",
            ms(statistics.median(seconds for _, seconds, _ in per_key)),
            target="< 50 ms",
            verdict=verdict(statistics.median(s for _, s, _ in per_key) < 0.050),
        )
    )
    return rows, per_key


# ------------------------------------------------------------------------------ export


def export_rows(path: Path, runs: int) -> list[Row]:
    try:
        from dpo_desk.services.exports import export_register
    except ImportError:
        return [Row("Export of the requests to .xlsx", "n/a (export not available)")]
    from openpyxl import Workbook, load_workbook

    from dpo_desk.services.register_file import unlock_register

    register = unlock_register(path, PASSPHRASE)
    with tempfile.TemporaryDirectory(prefix="dpo-bench-export-") as folder:
        out = Path(folder) / "export.xlsx"

        def app_export() -> None:
            out.unlink(missing_ok=True)
            export_register(register, "requests", out, clock=CLOCK)

        app_export()
        # The same rows, as the export wrote them, for the baseline to write.
        sheets = {}
        book = load_workbook(out, read_only=True)
        for sheet in book.worksheets:
            sheets[sheet.title] = [list(row) for row in sheet.iter_rows(values_only=True)]
        book.close()
        raw_out = Path(folder) / "raw.xlsx"

        def raw_openpyxl() -> None:
            raw = Workbook(write_only=True)
            for title, rows in sheets.items():
                sheet = raw.create_sheet(title)
                for row in rows:
                    sheet.append(row)
            raw.save(raw_out)

        app_s = median_of(app_export, runs)
        raw_s = median_of(raw_openpyxl, runs)
    register.close()
    count = sum(len(rows) for rows in sheets.values())
    ratio = app_s / raw_s
    return [
        Row(
            f"Export of the requests to .xlsx ({count:,} rows in all sheets)",
            ms(app_s),
            f"{ms(raw_s)} raw openpyxl write-only",
            f"{ratio:.2f}×",
            "≤ 1.3×",
            verdict(ratio <= 1.3),
        )
    ]


# ----------------------------------------------------------------------------- letters


def letter_rows(register, count: int, runs: int) -> list[Row]:
    from dpo_desk.documents.pdf import render_letter
    from dpo_desk.services import letters
    from dpo_desk.storage import requests as repo

    flt = RequestFilter(sort="received_on", descending=True)
    with register.read() as conn:
        references = [row.reference for row in repo.list_rows(conn, flt, limit=count)]
    languages = ("fr", "ar", "en")
    drafts = [
        letters.letter_for(register, ref, "acknowledgement", languages[i % 3], clock=CLOCK)
        for i, ref in enumerate(references)
    ]
    render_letter(drafts[0])  # fonts registered once per process, as in the app

    def batch() -> None:
        for draft in drafts:
            render_letter(draft)

    per_letter = median_of(batch, runs) / max(len(drafts), 1)
    return [
        Row(
            f"PDF letter, batch of {len(drafts)} (fr/ar/en): per letter",
            ms(per_letter),
            target="< 50 ms",
            verdict=verdict(per_letter < 0.050),
        )
    ]


# ----------------------------------------------------------------------------- filings


def filing_rows(register, runs: int) -> list[Row]:
    """The CNDP formalities of every activity: what the dashboard card, the list filter
    and ``dpo-desk filing list`` compute on each refresh (issue 23)."""
    from dpo_desk.services import dossier, filings, notice

    activities = filings.overview(register)
    count = len(activities)
    overview = median_of(lambda: filings.overview(register), runs)
    summary = median_of(lambda: filings.summary(register), runs)
    first = activities[0].activity.id
    dossier.prepare(register, first, "fr", "pdf", clock=CLOCK)  # fonts registered once
    dossier_fr = median_of(lambda: dossier.prepare(register, first, "fr", "pdf", clock=CLOCK), runs)
    dossier_ar = median_of(lambda: dossier.prepare(register, first, "ar", "pdf", clock=CLOCK), runs)
    notice_pdf = median_of(lambda: notice.render(register, "fr", "pdf"), runs)
    notice_html = median_of(lambda: notice.render(register, "ar", "html"), runs)
    return [
        Row(
            "CNDP dossier of one activity, PDF (fr)",
            ms(dossier_fr),
            target="< 1 s",
            verdict=verdict(dossier_fr < 1.0),
        ),
        Row(
            "CNDP dossier of one activity, PDF (ar)",
            ms(dossier_ar),
            target="< 1 s",
            verdict=verdict(dossier_ar < 1.0),
        ),
        Row(
            f"Information notice of {count} activities, PDF (fr)",
            ms(notice_pdf),
            target="< 3 s",
            verdict=verdict(notice_pdf < 3.0),
        ),
        Row(
            f"Information notice of {count} activities, HTML (ar)",
            ms(notice_html),
            target="< 1 s",
            verdict=verdict(notice_html < 1.0),
        ),
        Row(
            f"CNDP formalities of {count} activities (overview)",
            ms(overview),
            target="< 200 ms",
            verdict=verdict(overview < 0.200),
        ),
        Row(
            'Dashboard card "Formalités CNDP à accomplir" (summary)',
            ms(summary),
            target="< 200 ms",
            verdict=verdict(summary < 0.200),
        ),
    ]


# ---------------------------------------------------------------------- encryption tax


def encryption_rows(runs: int, requests: int) -> list[Row]:
    import random

    from plain_register import plain_register

    from dpo_desk.storage import requests as repo
    from dpo_desk.storage.cipher import SQLITE_PLAIN_HEADER
    from dpo_desk.storage.database import open_register

    def workload(register) -> tuple[float, float]:
        rng = random.Random(7)
        started = time.perf_counter()
        make_register.add_requests(register, requests, rng)
        wrote = time.perf_counter() - started
        started = time.perf_counter()
        with register.read() as conn:
            for flt in (
                RequestFilter(),
                RequestFilter(statuses=OPEN_STATUSES),
                RequestFilter(search="Bennani"),
                RequestFilter(sort="received_on", descending=True),
            ):
                total = repo.count_rows(conn, flt)
                for offset in range(0, min(total, 2_000), 200):
                    repo.list_rows(conn, flt, offset=offset, limit=200)
            for request_id in range(1, requests + 1, max(requests // 300, 1)):
                repo.get(conn, request_id)
        return wrote, time.perf_counter() - started

    encrypted_w, encrypted_r, plain_w, plain_r = [], [], [], []
    with tempfile.TemporaryDirectory(prefix="dpo-bench-tax-") as folder:
        for run in range(runs):
            for kind in ("encrypted", "plain"):
                path = Path(folder) / f"{kind}-{run}.dpodesk"
                if kind == "encrypted":
                    register = open_register(path, PASSPHRASE, create=True)
                    try:
                        w, r = workload(register)
                    finally:
                        register.close()
                    if path.read_bytes()[:16] == SQLITE_PLAIN_HEADER:
                        raise RuntimeError("the encrypted bench register is plain")
                else:
                    with plain_register(path, plaintext_for_benchmark=True) as register:
                        w, r = workload(register)
                (encrypted_w if kind == "encrypted" else plain_w).append(w)
                (encrypted_r if kind == "encrypted" else plain_r).append(r)
    rows = []
    for label, enc, plain in (
        (f"Write {requests:,} requests + journal (batched)", encrypted_w, plain_w),
        ("Read: counts, pages, single requests", encrypted_r, plain_r),
    ):
        e, p = statistics.median(enc), statistics.median(plain)
        rows.append(
            Row(
                f"Encryption tax — {label}",
                ms(e),
                f"{ms(p)} plain SQLite",
                f"{e / p:.2f}×",
                "< 1.3×",
                verdict(e / p < 1.3),
            )
        )
    return rows


def memory_security_rows(path: Path, runs: int) -> list[Row]:
    """What SQLCipher's memory security costs after an unlock: the same queries in a
    process with it on (the app) and one with it off (bench/memory_security_probe.py)."""
    figures: dict[str, list[dict]] = {"on": [], "off": []}
    for _ in range(runs):  # interleaved, as the GUI probes
        for setting in ("on", "off"):
            done = subprocess.run(
                [sys.executable, str(BENCH / "memory_security_probe.py"), setting, str(path)],
                capture_output=True,
                text=True,
                timeout=300,
            )
            lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
            if done.returncode != 0 or not lines:
                raise RuntimeError(f"memory_security_probe failed: {done.stderr[-2000:]}")
            figures[setting].append(json.loads(lines[-1]))
    rows = []
    for key, label in (
        ("summary", "the dashboard's requests (counts + soonest 15)"),
        ("list", "request list, count + first page"),
        ("search", f"search « {SEARCH_TERM} », count + first page"),
    ):
        on = statistics.median(f[key] for f in figures["on"])
        off = statistics.median(f[key] for f in figures["off"])
        rows.append(
            Row(
                f"Memory security on, after an unlock — {label}",
                ms(on),
                f"{ms(off)} with it off",
                f"{on / off:.2f}×",
                "< 1.5×",
                verdict(on / off < 1.5),
            )
        )
    return rows


# ------------------------------------------------------------------------------ report


def machine() -> dict[str, str]:
    import sqlcipher3

    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem_kb = next(
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
        ram = f"{mem_kb / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration):
        ram = "?"
    conn = sqlcipher3.connect(":memory:")
    cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
    sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
    conn.close()
    import openpyxl
    import PySide6
    import reportlab

    return {
        "CPU": cpu,
        "Cores": str(os.cpu_count()),
        "RAM": ram,
        "OS": platform.platform(),
        "Python": platform.python_version(),
        "SQLCipher": f"{cipher} (SQLite {sqlite})",
        "PySide6": PySide6.__version__,
        "openpyxl / reportlab": f"{openpyxl.__version__} / {reportlab.Version}",
    }


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f}"


def table(rows: list[Row]) -> list[str]:
    lines = [
        "| Measure | Figure | Baseline (same run) | Ratio | Target | |",
        "|---|---:|---:|---:|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r.label} | {r.figure} | {r.baseline} | {r.ratio} | {r.target} | {r.verdict} |"
        )
    return lines


def print_table(rows: list[Row]) -> None:
    width = max(len(r.label) for r in rows)
    print(f"{'Measure':<{width}}  {'Figure':>12}  {'Ratio':>6}  {'Target':<9}  Baseline")
    for r in rows:
        print(
            f"{r.label:<{width}}  {r.figure:>12}  {r.ratio:>6}  {r.target:<9}  "
            f"{r.baseline}{'  ' + r.verdict if r.verdict else ''}"
        )


def write_docs(out: Path, context: dict, rows: list[Row], per_key, fixes_text: str) -> None:
    lines = [
        "# Performance",
        "",
        "Written by `make bench` (bench/run.py); do not edit by hand: rerun it.",
        f"Run of {context['when']} on {context['requests']:,} requests "
        f"(export: {context['export_requests']:,}), median of {context['runs']} runs; "
        f"register generated in {context['generated']}.",
        "",
        "## Machine",
        "",
        *(f"- {key}: {value}" for key, value in context["machine"].items()),
        f"- Load average (1 / 5 / 15 min) at start: {context['load_start']}, "
        f"at end: {context['load_end']}",
        "",
        "## Figures",
        "",
        *table(rows),
        "",
        "How each figure is taken:",
        "",
        "- *Unlock to dashboard*: a fresh process (bench/gui_probe.py `app`) runs the app's "
        "own start-up (`dpo_desk.app.start`, what `dpo-desk gui` does before its event "
        "loop), which reopens the last file with its remembered passphrase (a throw-away "
        "keyring, bench/probe_keyring.py) and shows the main window; the time from the "
        "parent's spawn to the dashboard section's first paint (offscreen). The baseline "
        "(`bare`) imports PySide6, opens the same file with sqlcipher3 and `PRAGMA key` "
        "(the same KDF), reads sqlite_master and paints a QMainWindow with a label.",
        "- *Passphrase entered to dashboard*: the wait after Enter. The app's process "
        "(`typed`) starts as `dpo-desk gui` does for a file without a remembered "
        "passphrase: the unlock dialog shown, which starts the background warm-up "
        "(ui/warmup.py: SQLAlchemy, the dashboard's modules, the holidays calendars, the "
        "other sections, then the unlock's SQL compiled on an empty in-memory database, "
        "in a thread; then, on the idle main thread, the main window for the file, "
        "without a register). The DPO then types for as long as the warm-up takes, at most "
        f"{TYPING_SECONDS:.0f} s (a passphrase typed briskly), and presses Enter: the time "
        "from Enter (the form's own unlock: claim, KDF, schema check, preferences; "
        "MainWindow; the dashboard's queries) to the dashboard's first paint. Bare: from "
        "the connect (KDF) to its window's first paint.",
        "- *List*: `RequestTableModel.set_source` / `sort` (count, reset) and the data of "
        f"the first {VISIBLE_ROWS} rows, every column, as the Demandes view asks; warm cache.",
        "- *Search*: the same, once per keystroke of the term, each keystroke's query "
        "(the UI also debounces typing, so fewer queries actually run).",
        "- *Peak RSS*: `ru_maxrss` of a GUI process (`memory` probe) after opening the "
        "Demandes list and scrolling it to the last row.",
        "- *Export*: `services.exports.export_register(register, 'requests', …)` beside "
        "openpyxl write-only writing the same cell values to the same sheets.",
        "- *Letters*: `documents.pdf.render_letter` on acknowledgements drafted by "
        "`services.letters.letter_for`, French, Arabic and English in turn.",
        "- *Encryption tax*: the same storage calls (batched inserts with journal, then "
        "counts, pages and single reads) on an encrypted register and on a plain SQLite "
        "one made through the same code with an empty key (bench only).",
        "- *Memory security*: `PRAGMA cipher_memory_security = ON` (storage/cipher.py) "
        "puts an mlock() in every SQLite allocation and an munlock() in every free. A "
        "fresh process (bench/memory_security_probe.py) unlocks the register as the app "
        "does, then times the queries; the baseline is the same process with the pragma "
        "off. A query that allocates per row pays it per row: the dashboard's count of "
        "open requests compared a bare date parameter with each row and took 0.3-0.5 s, "
        "until it compared with date() (storage/requests.due_summary).",
        "",
        "Search per keystroke:",
        "",
        "| Typed | Count + first page | Rows matched |",
        "|---|---:|---:|",
        *(f"| « {typed} » | {ms(seconds)} | {count:,} |" for typed, seconds, count in per_key),
        "",
        fixes_text.strip(),
        "",
    ]
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    partial.write_text("\n".join(lines), encoding="utf-8")
    partial.replace(out)


FIXES = BENCH / "fixes.md"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--breaches", type=int, default=200)
    parser.add_argument("--activities", type=int, default=60)
    parser.add_argument("--export-requests", type=int, default=10_000)
    parser.add_argument("--letters", type=int, default=100)
    parser.add_argument("--tax-requests", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cache", type=Path, default=make_register.CACHE)
    parser.add_argument("--docs", type=Path, default=ROOT / "docs" / "performance.md")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    context = {
        "when": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "requests": args.requests,
        "export_requests": args.export_requests,
        "runs": args.runs,
        "load_start": load(),
        "machine": machine(),
    }
    print(f"DPO Desk benchmark — {args.requests:,} requests, median of {args.runs} runs")
    print(f"load average {context['load_start']}")
    path, seconds = make_register.ensure_register(
        args.requests, args.breaches, args.activities, cache=args.cache
    )
    context["generated"] = "an earlier run (cached)" if seconds is None else f"{seconds:.0f} s"
    print(f"register: {path.name} ({context['generated']})", flush=True)
    export_path, _ = make_register.ensure_register(args.export_requests, 0, 0, cache=args.cache)

    from dpo_desk.services.register_file import unlock_register

    rows: list[Row] = []
    rows += gui_rows(path, args.runs)
    register = unlock_register(path, PASSPHRASE)
    try:
        list_figures, per_key = list_rows(register, args.runs)
        rows += list_figures
        rows += letter_rows(register, args.letters, args.runs)
        rows += filing_rows(register, args.runs)
    finally:
        register.close()
    rows += export_rows(export_path, args.runs)
    rows += encryption_rows(args.runs, args.tax_requests)
    rows += memory_security_rows(path, args.runs)
    context["load_end"] = load()
    print()
    print_table(rows)
    print(f"\nload average at the end {context['load_end']}")
    fixes = FIXES.read_text(encoding="utf-8") if FIXES.exists() else ""
    write_docs(args.docs, context, rows, per_key, fixes)
    print(f"written: {args.docs}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
