"""DPO Desk torture: kill -9, full disks and tampering, counted (issue 21, item 11).

    make torture                                   # the full run, writes docs/reliability.md
    .venv/bin/python bench/torture.py --quick --out /tmp/reliability.md      # a smoke run

Every round works on real files and real processes. A child process
(tests/reliability/writer.py) writes, changes the passphrase, backs up, restores,
exports or imports, and is killed with SIGKILL at a named point of the operation or at
a random moment inside it. Then the register is checked as the DPO would find it:

- which passphrase opens it (after a passphrase change: exactly one of the two must);
- ``python -m dpo_desk verify`` (integrity, cipher, foreign keys, journal chain): a
  failure is a *corruption*;
- every reference the writer printed as committed is still there: what is not is a
  *row lost*;
- after the next unlock (which sweeps what killed processes left), files under the app's
  temporary names (``.dpo-sauvegarde-*``, ``.dpo-restauration-*``, ``.dpo-rekey-*``,
  ``*.part``) still in the folder are *leftovers*; any file there holding one of the
  canary strings written into the register (or an unencrypted SQLite header) is a
  *plaintext leftover*.

The full-disk rounds put the register on a small tmpfs (root only; skipped with a note
otherwise), fill it to several levels and write, rekey, back up and export: each must
fail with a clear message (a UserError naming the disk) or succeed, and leave the
register opening with its passphrase and passing verify.

The tamper round changes copies of a register with the key, through raw sqlcipher3, the
way someone holding the passphrase but not using the app could, and counts how many
changes ``dpo-desk verify`` reports (exit code non-zero). Where verify has ``--expect``,
the journal head printed before the change is given to it. The figures are whatever the
app does when this runs: nothing here asserts.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"

import sqlcipher3  # noqa: E402

from dpo_desk.domain.clock import FixedClock  # noqa: E402
from dpo_desk.domain.errors import UserError  # noqa: E402
from dpo_desk.domain.organisation import Organisation  # noqa: E402
from dpo_desk.storage import audit  # noqa: E402
from dpo_desk.storage.errors import WrongPassphrase  # noqa: E402
from tests.conftest import TEST_PASSPHRASE  # noqa: E402
from tests.reliability.casework import Canaries, closed_breach, hits, open_request  # noqa: E402
from tests.reliability.processes import Lines, start_writer  # noqa: E402

PASSPHRASE = TEST_PASSPHRASE  # what tests/reliability/processes.py gives the children
NEW_PASSPHRASE = "la nouvelle phrase secrète du DPO"
CLOCK = FixedClock(datetime(2026, 3, 10, 9, 30, tzinfo=UTC))
ORGANISATION = Organisation(
    name="Najhine SARL",
    address="Casablanca, Maroc",
    town="Casablanca",
    dpo_name="Salma Bennani",
    dpo_email="dpo@najhine.ma",
    dpo_phone="+212 5 22 00 00 00",
)
REGISTER = "registre.dpodesk"
_WORDS = "demande accès effacement rectification dossier courrier pièce identité délai".split()
TEMP_NAME = re.compile(r"^(\.dpo-sauvegarde-|\.dpo-restauration-|\.dpo-rekey-)|\.part$")
SQLITE_HEADER = b"SQLite format 3\0"

# Row labels, in the order of the table (the smoke test looks for each).
LABELS = (
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


@dataclass
class Tally:
    label: str
    rounds: int = 0
    kills: int = 0
    corruptions: int = 0
    rows_lost: int = 0
    leftovers: int = 0
    plaintext: int = 0
    tried: int = 0  # tamperings
    detected: int = 0
    notes: list[str] = field(default_factory=list)
    skipped: str = ""

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)


@dataclass
class Settings:
    commit_rounds: int
    random_rounds: int  # random-moment kills per operation (besides its named points)
    rekey_steps: int | None  # None: every step
    named: bool  # every named point of backup / restore / import / export
    disk_levels: tuple[int, ...]  # bytes left free on the small disk
    requests: int  # in the master register
    tampers: tuple[int, ...]


def settings_for(rounds: int, quick: bool) -> Settings:
    if quick:
        # One round of each kind: enough to see every row and the report written (the
        # smoke test of `make test`); the figures come from the full run.
        return Settings(
            commit_rounds=1,
            random_rounds=0,
            rekey_steps=1,
            named=False,
            disk_levels=(0,),
            requests=60,
            tampers=(1,),
        )
    return Settings(
        commit_rounds=rounds,
        random_rounds=max(1, rounds // 5),
        rekey_steps=None,
        named=True,
        disk_levels=(0, 16 << 10, 128 << 10, 1 << 20, 4 << 20),
        requests=400,
        tampers=tuple(range(1, 12)),
    )


# ----------------------------------------------------------------------------- files


def plain_views(data: bytes) -> Iterable[bytes]:
    """The bytes, and every deflated member of a (possibly cut) zip in them: an .xlsx
    stores its text compressed, so a byte scan alone would never see a canary in it."""
    yield data
    start = 0
    while (at := data.find(b"PK\x03\x04", start)) >= 0 and at + 30 <= len(data):
        start = at + 4
        method = int.from_bytes(data[at + 8 : at + 10], "little")
        name_len = int.from_bytes(data[at + 26 : at + 28], "little")
        extra_len = int.from_bytes(data[at + 28 : at + 30], "little")
        body = data[at + 30 + name_len + extra_len :]
        if method == 8:
            try:
                yield zlib.decompressobj(-15).decompress(body)
            except zlib.error:
                continue


def plaintext_files(folder: Path, values: list[str], exclude: Iterable[Path] = ()) -> list[str]:
    """Files under ``folder`` holding a canary or an unencrypted SQLite database."""
    skip = {Path(p).resolve() for p in exclude}
    found = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.is_symlink() or path.resolve() in skip:
            continue
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if data.startswith(SQLITE_HEADER) or any(hits(view, values) for view in plain_views(data)):
            found.append(path.name)
    return found


def temp_leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if TEMP_NAME.search(p.name))


def cli_verify(path: Path, passphrase: str, expect: str | None = None) -> tuple[int, str]:
    env = dict(os.environ, DPO_DESK_PASSPHRASE=passphrase)
    args = [sys.executable, "-m", "dpo_desk", "verify", "--db", str(path)]
    if expect:
        args += ["--expect", expect]
    done = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    said = (done.stderr.strip() or done.stdout.strip()).splitlines()
    return done.returncode, said[0][:160] if said else ""


_VERIFY_HELP: str | None = None


def verify_has(option: str) -> bool:
    global _VERIFY_HELP
    if _VERIFY_HELP is None:
        done = subprocess.run(
            [sys.executable, "-m", "dpo_desk", "verify", "--help"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
        _VERIFY_HELP = done.stdout
    return option in _VERIFY_HELP


def which_opens(path: Path, candidates: Iterable[str]) -> list[str]:
    from dpo_desk.storage.database import open_register

    opened = []
    for passphrase in candidates:
        try:
            register = open_register(path, passphrase)
        except WrongPassphrase:
            continue
        except UserError:
            continue  # damaged, or no register: counted by verify
        register.close()
        opened.append(passphrase)
    return opened


def references(path: Path, passphrase: str, *, unlock: bool) -> set[str]:
    """The requests' references; ``unlock`` opens as the app does (journaled, swept)."""
    from sqlalchemy import text

    from dpo_desk.services import register_file
    from dpo_desk.storage.database import open_register

    if unlock:
        register = register_file.unlock_register(path, passphrase, clock=CLOCK)
    else:
        register = open_register(path, passphrase)
    try:
        with register.read() as conn:
            return set(conn.execute(text("SELECT reference FROM rights_request")).scalars())
    finally:
        register.close()


def said(lines: Lines, timeout: float = 180.0) -> str:
    """The child's next line, or why there is none (it died, or stayed silent)."""
    try:
        return lines.next(timeout=timeout)
    except AssertionError as error:
        return f"(no line: {str(error).strip().splitlines()[-1][:200] if str(error) else ''})"


def wait_for(lines: Lines, wanted: str, timeout: float = 300.0) -> str:
    """Read lines until ``wanted``; returns it, or the reason it never came."""
    while True:
        line = said(lines, timeout)
        if line == wanted or line.startswith("(no line"):
            return line


def close(child: subprocess.Popen) -> None:
    for stream in (child.stdin, child.stdout, child.stderr):
        if stream is not None:
            stream.close()


def kill(child: subprocess.Popen, *, and_close: bool = True) -> bool:
    """SIGKILL; True if the child was still running (a kill, not a corpse)."""
    alive = child.poll() is None
    try:
        child.send_signal(signal.SIGKILL)
    except ProcessLookupError:
        alive = False
    child.wait()
    if and_close:
        close(child)
    return alive and child.returncode == -signal.SIGKILL


# ----------------------------------------------------------------------------- the run


class Torture:
    def __init__(self, work: Path, settings: Settings, seed: int, log: Callable[[str], None]):
        self.work = work
        self.s = settings
        self.seed = seed
        self.rng = random.Random(seed)
        self.log = log
        self.canaries = Canaries()
        self.sources = work / "sources"  # the user's own files (an import's workbook)
        self.sources.mkdir()
        self.master = work / "maitre" / REGISTER
        self.master.parent.mkdir()
        self.tallies: dict[str, Tally] = {label: Tally(label) for label in LABELS[:-1]}
        self._round = 0

    # -- set-up

    def build_master(self) -> None:
        from dpo_desk.services import register_file

        c = self.canaries
        register = register_file.create_register(self.master, PASSPHRASE, ORGANISATION, clock=CLOCK)
        rng = random.Random(21)
        try:
            # Through the services, one transaction each (bench/make_register.py's bulk
            # references are of another width, which the service's numbering skips over).
            for n in range(self.s.requests):
                notes = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(0, 300)))
                open_request(register, CLOCK, requester_name=f"Demandeur {n}", notes=notes)
            for n in range(6):
                noise = os.urandom(600).hex()  # text that does not compress away
                open_request(
                    register,
                    CLOCK,
                    requester_name=c.latin(f"r{n}.name"),
                    requester_email=c.email(f"r{n}.email"),
                    notes=f"{c.mixed(f'r{n}.notes')} {noise}",
                )
            closed_breach(register, CLOCK, c)
        finally:
            register.close()
        self.master_refs = references(self.master, PASSPHRASE, unlock=False)
        self._make_import_workbook()
        self.log(
            f"master register: {len(self.master_refs)} requests, "
            f"{self.master.stat().st_size // 1024} KiB"
        )

    def _make_import_workbook(self, rows: int = 40) -> None:
        import openpyxl

        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = "Demandes"
        sheet.append(["Date de réception", "Régimes", "Droits exercés", "Demandeur", "Notes"])
        for n in range(rows):
            name = self.canaries.latin(f"import{n}.name")
            sheet.append([date(2026, 2, 1 + n % 27), "RGPD", "Accès", name, f"importée {n}"])
        self.workbook = self.sources / "demandes-a-importer.xlsx"
        book.save(self.workbook)
        self.import_rows = rows

    def fresh(self, name: str) -> Path:
        """A folder of its own for one round, with a copy of the master register."""
        self._round += 1
        folder = self.work / "rounds" / f"{self._round:03d}-{name}"
        folder.mkdir(parents=True)
        shutil.copyfile(self.master, folder / REGISTER)
        os.chmod(folder / REGISTER, 0o600)
        return folder / REGISTER

    @property
    def values(self) -> list[str]:
        return list(self.canaries.issued.values())

    # -- the checks after a round

    def check(
        self,
        tally: Tally,
        path: Path,
        *,
        candidates: tuple[str, ...] = (PASSPHRASE,),
        printed: Iterable[str] = (),
        expected: set[str] | None = None,
        scan: Path | None = None,
        exclude: Iterable[Path] = (),
        where: str = "",
    ) -> str | None:
        """Verify, count lost rows, unlock (the sweep), count leftovers; returns the
        passphrase that opens the register (None when none does, or more than one)."""
        folder = scan or path.parent
        at_kill = temp_leftovers(folder)
        if at_kill:
            kinds = sorted({TEMP_NAME.search(n).group(0) for n in at_kill})
            tally.note(f"{where}: {len(at_kill)} temporary file(s) before the unlock ({kinds})")
        opens = which_opens(path, candidates)
        if len(opens) != 1:
            tally.corruptions += 1
            tally.note(f"{where}: {len(opens)} passphrase(s) open the register")
            return None
        passphrase = opens[0]
        rc, said = cli_verify(path, passphrase)
        if rc != 0:
            tally.corruptions += 1
            tally.note(f"{where}: verify {rc}: {said}")
        try:
            present = references(path, passphrase, unlock=True)
        except UserError as error:
            tally.corruptions += 1
            tally.note(f"{where}: the unlock failed: {error}")
            present = set()
        must = set(printed) | (expected or set())
        lost = must - present
        if lost:
            tally.rows_lost += len(lost)
            tally.note(f"{where}: {len(lost)} committed request(s) missing")
        left = temp_leftovers(folder)
        if left:
            tally.leftovers += len(left)
            tally.note(f"{where}: left {', '.join(left)}")
        plain = plaintext_files(folder, self.values, exclude)
        if plain:
            tally.plaintext += len(plain)
            tally.note(f"{where}: plaintext in {', '.join(plain)}")
        return passphrase

    def killed(self, tally: Tally, child: subprocess.Popen, *, and_close: bool = True) -> None:
        if kill(child, and_close=and_close):
            tally.kills += 1

    # -- kill: writes

    def kill_writes(self) -> None:
        tally = self.tallies["Kill: bursts of writes"]
        path = self.fresh("writes")
        printed: list[str] = []
        for n in range(self.s.commit_rounds):
            named = n % 4 == 3
            child = start_writer("commit", path, *(["journaled"] if named else []))
            lines = Lines(child)
            try:
                if (got := said(lines)) != "ready":
                    tally.note(f"writes {n}: the writer did not start {got}")
                elif named:
                    while (line := said(lines, 60)) != "at journaled":
                        if line.startswith("(no line"):
                            tally.note(f"writes {n}: {line}")
                            break
                        printed.append(line)
                else:
                    for _ in range(self.rng.randint(0, 5)):
                        if (line := said(lines, 60)).startswith("(no line"):
                            tally.note(f"writes {n}: {line}")
                            break
                        printed.append(line)
                    printed.extend(lines.within(self.rng.uniform(0.0, 0.05)))
            finally:
                self.killed(tally, child, and_close=False)
            printed.extend(lines.rest())
            close(child)
            tally.rounds += 1
            where = f"writes {n} ({'in the transaction' if named else 'random'})"
            self.check(tally, path, printed=printed, where=where)
        tally.note(f"{len(printed)} commits printed before the kills")

    # -- kill: passphrase change

    def rekey_steps(self) -> list[str]:
        from dpo_desk.storage import maintenance
        from tests.reliability.test_rekey import STEPS

        source = Path(maintenance.__file__).read_text(encoding="utf-8")
        named = re.findall(r'_reached\("([a-z-]+)"\)', source)
        steps = [s for s in STEPS if s in named] + [s for s in named if s not in STEPS]
        if self.s.rekey_steps is not None:
            # Quick: one before the rename, one after.
            steps = [steps[1], steps[-2]][: self.s.rekey_steps]
        return steps

    def _rekey_child(self, path: Path, step: str) -> tuple[subprocess.Popen, Lines]:
        child = start_writer(
            "rekey", path, step, env_extra={"DPO_DESK_NEW_PASSPHRASE": NEW_PASSPHRASE}
        )
        return child, Lines(child)

    def kill_rekey(self) -> None:
        tally = self.tallies["Kill: passphrase change"]
        both = (PASSPHRASE, NEW_PASSPHRASE)
        which: dict[str, list[str]] = {"old": [], "new": []}
        for step in self.rekey_steps():
            path = self.fresh(f"rekey-{step}")
            child, lines = self._rekey_child(path, step)
            try:
                said(lines)  # ready
                got = said(lines)
            finally:
                self.killed(tally, child)
            tally.rounds += 1
            if got != f"at {step}":
                tally.note(f"rekey: step {step} not reached ({got})")
            opened = self.check(
                tally, path, candidates=both, expected=self.master_refs, where=f"rekey at {step}"
            )
            if opened is not None:
                which["old" if opened == PASSPHRASE else "new"].append(step)
        self._random_kills(
            tally,
            "rekey",
            lambda path: self._rekey_child(path, "-never-"),
            started="ready",
            candidates=both,
        )
        for key, steps in which.items():
            if steps:
                tally.note(f"the {key} passphrase opened after a kill at: {', '.join(steps)}")

    def _random_kills(
        self,
        tally: Tally,
        name: str,
        launch: Callable[[Path], tuple[subprocess.Popen, Lines]],
        *,
        started: str = "started",
        candidates: tuple[str, ...] = (PASSPHRASE,),
        after: Callable[[Path], None] | None = None,
        finished: tuple[str, ...] = (),
        before: Callable[[Path, str], None] | None = None,
    ) -> None:
        """One run to the end to time the operation, then kills at random moments in it."""
        if self.s.random_rounds <= 0:
            return
        path = self.fresh(f"{name}-timed")
        child, lines = launch(path)
        try:
            got = wait_for(lines, started)
            began = time.monotonic()
            got = wait_for(lines, "done") if got == started else got
            took = time.monotonic() - began
        finally:
            kill(child)
        tally.rounds += 1
        if got != "done":
            tally.note(f"{name}: the timed run did not finish {got}")
            took = 1.0
        if before:
            before(path, name)
        done = self._finished(tally, path, finished, name)
        self.check(
            tally, path, candidates=candidates, expected=self.master_refs, exclude=done, where=name
        )
        if after:
            after(path)
        tally.note(f"{name} takes {took * 1000:.0f} ms here; random kills within it")
        for n in range(self.s.random_rounds):
            path = self.fresh(f"{name}-random")
            child, lines = launch(path)
            try:
                if wait_for(lines, started) == started:
                    lines.within(self.rng.uniform(0.0, took))
            finally:
                self.killed(tally, child)
            tally.rounds += 1
            where = f"{name} random {n}"
            if before:
                before(path, where)
            done = self._finished(tally, path, finished, where)
            self.check(
                tally,
                path,
                candidates=candidates,
                expected=self.master_refs,
                exclude=done,
                where=where,
            )
            if after:
                after(path)

    def _finished(self, tally: Tally, path: Path, names: Iterable[str], where: str) -> list[Path]:
        """The outputs (relative to the round's folder) that a run finished: the user's
        own files, left out of the plaintext scan; a workbook there must be whole."""
        found = []
        for name in names:
            output = path.parent / name
            if not output.exists():
                continue
            found.append(output)
            try:
                with zipfile.ZipFile(output) as book:
                    broken = book.testzip()
            except (zipfile.BadZipFile, OSError) as error:
                broken = str(error)
            if broken is not None:
                tally.corruptions += 1
                tally.note(f"{where}: the finished {output.name} is not a whole workbook")
        return found

    # -- kill: backup and restore

    def _copy_sound(self, tally: Tally, copy: Path, where: str) -> None:
        """A backup or a restored register that exists must be whole."""
        if not copy.exists():
            return
        rc, said = cli_verify(copy, PASSPHRASE)
        if rc != 0:
            tally.corruptions += 1
            tally.note(f"{where}: the finished copy fails verify: {said}")
            return
        present = references(copy, PASSPHRASE, unlock=False)
        if not self.master_refs <= present:
            tally.rows_lost += len(self.master_refs - present)
            tally.note(f"{where}: the finished copy misses requests")

    def kill_backup(self) -> None:
        tally = self.tallies["Kill: backup"]
        steps = ("exported", "synced", "verified", "published") if self.s.named else ("synced",)
        for step in steps:
            path = self.fresh(f"backup-{step}")
            child = start_writer("backup", path, str(path.parent / "copie.dpodesk"), step)
            lines = Lines(child)
            try:
                got = said(lines)
            finally:
                self.killed(tally, child)
            tally.rounds += 1
            if got != f"at {step}":
                tally.note(f"backup: step {step} not reached ({got})")
            self.check(tally, path, expected=self.master_refs, where=f"backup at {step}")
            self._copy_sound(tally, path.parent / "copie.dpodesk", f"backup at {step}")

        def launch(path: Path):
            child = start_writer("backup", path, str(path.parent / "copie.dpodesk"), "none")
            return child, Lines(child)

        self._random_kills(
            tally,
            "backup",
            launch,
            after=lambda path: self._copy_sound(tally, path.parent / "copie.dpodesk", "backup"),
        )

    def _backup_of_master(self) -> Path:
        from dpo_desk.services import maintenance as upkeep
        from dpo_desk.storage.database import open_register

        backup = self.work / "maitre" / "sauvegarde.dpodesk"
        if not backup.exists():
            register = open_register(self.master, PASSPHRASE)
            try:
                upkeep.backup_register(register, backup, clock=CLOCK)
            finally:
                register.close()
            self.master_refs = references(self.master, PASSPHRASE, unlock=False)
        return backup

    def kill_restore(self) -> None:
        tally = self.tallies["Kill: restore"]
        backup = self._backup_of_master()
        steps = ("staged", "checked", "synced", "published") if self.s.named else ("checked",)

        def launch(path: Path, step: str = "none"):
            target = path.parent / "restaure.dpodesk"
            child = start_writer("restore", backup, str(target), step)
            return child, Lines(child)

        def after(path: Path) -> None:
            self._copy_sound(tally, path.parent / "restaure.dpodesk", "restore")

        for step in steps:
            path = self.fresh(f"restore-{step}")  # the register whose folder holds the target
            child, lines = launch(path, step)
            try:
                got = said(lines)
            finally:
                self.killed(tally, child)
            tally.rounds += 1
            if got != f"at {step}":
                tally.note(f"restore: step {step} not reached ({got})")
            self.check(tally, path, expected=self.master_refs, where=f"restore at {step}")
            after(path)
        self._random_kills(tally, "restore", launch, after=after)

    # -- kill: export and import

    def kill_export(self) -> None:
        tally = self.tallies["Kill: export"]
        modes = (("unnamed", ()), ("named", ("named",)))
        for mode, extra in modes if self.s.named else modes[:1]:
            path = self.fresh(f"export-{mode}")
            out_dir = path.parent / "exports"
            out_dir.mkdir()
            child = start_writer("export", path, str(out_dir / "demandes.xlsx"), *extra)
            lines = Lines(child)
            try:
                got = said(lines)
            finally:
                self.killed(tally, child)
            tally.rounds += 1
            if got != "writing":
                tally.note(f"export ({mode}): the rows were not all written ({got})")
            self._after_export(tally, path, out_dir, f"export ({mode}) while writing")

        def launch(path: Path):
            out_dir = path.parent / "exports"
            out_dir.mkdir(exist_ok=True)
            child = start_writer("export", path, str(out_dir / "demandes.xlsx"), "free")
            return child, Lines(child)

        if self.s.random_rounds > 0:
            self._random_kills(
                tally,
                "export",
                launch,
                finished=("exports/demandes.xlsx", "exports/suivant.xlsx"),
                before=lambda path, where: self._next_export(tally, path, where),
            )

    def _after_export(self, tally: Tally, path: Path, out_dir: Path, where: str) -> None:
        self._next_export(tally, path, where)
        finished = self._finished(
            tally, path, ("exports/suivant.xlsx", "exports/demandes.xlsx"), where
        )
        self.check(
            tally, path, expected=self.master_refs, scan=path.parent, exclude=finished, where=where
        )

    def _next_export(self, tally: Tally, path: Path, where: str) -> None:
        out_dir = path.parent / "exports"
        at_kill = temp_leftovers(out_dir)
        if at_kill:
            tally.note(f"{where}: {len(at_kill)} .part at the kill, swept by the next export")
        # What the DPO does next: open the register, export again into the folder.
        from dpo_desk.services import exports
        from dpo_desk.storage.database import open_register

        register = open_register(path, PASSPHRASE)
        try:
            exports.export_register(register, "requests", out_dir / "suivant.xlsx", clock=CLOCK)
        finally:
            register.close()

    def kill_import(self) -> None:
        tally = self.tallies["Kill: import"]
        steps = ("planned", "inserted") if self.s.named else ("inserted",)

        def launch(path: Path, step: str = "none"):
            child = start_writer("import", path, str(self.workbook), step)
            return child, Lines(child)

        def whole(path: Path) -> None:
            present = references(path, PASSPHRASE, unlock=False)
            added = len(present) - len(self.master_refs)
            if added not in (0, self.import_rows):
                tally.corruptions += 1
                tally.note(f"import: {added} of {self.import_rows} rows written (not atomic)")

        for step in steps:
            path = self.fresh(f"import-{step}")
            child, lines = launch(path, step)
            try:
                got = said(lines)
            finally:
                self.killed(tally, child)
            tally.rounds += 1
            if got != f"at {step}":
                tally.note(f"import: step {step} not reached ({got})")
            whole(path)
            self.check(
                tally,
                path,
                expected=self.master_refs,
                exclude=[self.workbook],
                where=f"import at {step}",
            )
        if self.s.random_rounds > 0:
            self._random_kills(tally, "import", launch, after=whole)

    # -- full disk

    def full_disk(self) -> None:
        tally = self.tallies["Full disk"]
        mount = self.work / "disque"
        mount.mkdir()
        if os.geteuid() != 0 or shutil.which("mount") is None:
            tally.skipped = "not root: mounting a small tmpfs needs root"
            return
        size = max(8, self.master.stat().st_size * 4 // (1 << 20) + 4)
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}m,mode=0700", "tmpfs", str(mount)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            tally.skipped = f"mount -t tmpfs refused: {done.stderr.strip()[:120]}"
            return
        try:
            outcomes: dict[str, list[str]] = {}
            for operation in ("write", "rekey", "backup", "export"):
                for leave in self.s.disk_levels:
                    outcome = self._full_disk_round(tally, mount, operation, leave)
                    outcomes.setdefault(operation, []).append(f"{leave >> 10} KiB: {outcome}")
            for operation, seen in outcomes.items():
                tally.note(f"{operation} — " + "; ".join(seen))
        finally:
            subprocess.run(["umount", "-l", str(mount)], check=False)

    def _full_disk_round(self, tally: Tally, mount: Path, operation: str, leave: int) -> str:
        from dpo_desk.services import exports
        from dpo_desk.services import maintenance as upkeep
        from dpo_desk.storage.database import open_register

        for entry in mount.iterdir():
            if entry.is_dir():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        path = mount / REGISTER
        shutil.copyfile(self.master, path)
        # Each round is a fresh copy of the master at the same path: a computer of its
        # own, or the journal seal (services/seal.py) would rightly report the previous
        # round's entries as missing, as it does for an older copy swapped in.
        os.environ["DPO_DESK_CONFIG_DIR"] = str(self.work / "config" / f"disk-{operation}-{leave}")
        register = open_register(path, PASSPHRASE)  # the app is open when the disk fills
        committed: list[str] = []
        filler = mount / "remplissage"
        _fill(filler, leave)
        outcome = "done"
        try:
            if operation == "write":
                for n in range(300):
                    created = open_request(
                        register, CLOCK, requester_name=f"Plein {n}", notes=os.urandom(1500).hex()
                    )
                    committed.append(created.reference)
            elif operation == "rekey":
                upkeep.change_passphrase(register, NEW_PASSPHRASE, clock=CLOCK)
            elif operation == "backup":
                upkeep.backup_register(register, mount / "copie.dpodesk", clock=CLOCK)
            else:
                exports.export_register(register, "requests", mount / "demandes.xlsx", clock=CLOCK)
        except UserError as error:
            message = error.message()
            clear = any(w in message.lower() for w in ("disque", "espace", "plein"))
            outcome = "clear error" if clear else f"error: {message[:80]}"
            if not clear:
                tally.note(f"full disk, {operation}: unclear message « {message[:100]} »")
        except Exception as error:  # noqa: BLE001 — what is not a UserError is what we count
            outcome = f"UNCLEAR {type(error).__name__}"
            tally.note(f"full disk, {operation}: {type(error).__name__}: {str(error)[:100]}")
        finally:
            try:
                register.close()
            except Exception as error:  # noqa: BLE001
                tally.note(f"full disk, {operation}: close failed: {type(error).__name__}")
            filler.unlink()
        tally.rounds += 1
        where = f"full disk ({operation}, {leave >> 10} KiB free)"
        finished = self._finished(tally, path, ("demandes.xlsx",), where)
        self.check(
            tally,
            path,
            candidates=(PASSPHRASE, NEW_PASSPHRASE),
            printed=committed,
            expected=self.master_refs,
            exclude=finished,
            where=where,
        )
        if operation == "backup":
            self._copy_sound(tally, mount / "copie.dpodesk", where)
        if operation == "write" and outcome == "done":
            outcome = f"{len(committed)} writes, no error"
        return outcome

    # -- tampering

    def tampering(self) -> None:
        tally = self.tallies["Tampering"]
        folder = self.work / "tamper"
        folder.mkdir()
        older = folder / "ancienne-sauvegarde.dpodesk"
        shutil.copyfile(self.master, older)
        base = folder / "base.dpodesk"
        shutil.copyfile(self.master, base)
        from dpo_desk.services import register_file

        register = register_file.unlock_register(base, PASSPHRASE, clock=CLOCK)
        try:
            for n in range(5):
                open_request(register, CLOCK, requester_name=f"Après la sauvegarde {n}")
        finally:
            register.close()
        expect_option = verify_has("--expect")
        expect = self._printed_head(base) if expect_option else None
        tally.note(
            "verify --expect given the head printed before the change"
            if expect_option
            else "verify has no --expect option: no head given"
        )
        cases = {
            1: ("delete the last journal entries", _drop_last_entries),
            2: ("forge a journal entry, chain recomputed", _forge_entry),
            3: ("change a due date, no journal entry", _change_due_date),
            4: ("delete a request, no journal entry", _delete_request),
            5: ("add a trigger that rewrites data", _add_trigger),
            6: ("add a view", _add_view),
            7: ("swap in an older backup", None),
            8: ("change a breach's aware_at", _change_aware_at),
            9: ("insert a request, no journal entry", _insert_request),
            10: ("drop an index", _drop_index),
            11: ("delete the -wal after a crash (no key)", None),
        }
        for number in self.s.tampers:
            what, change = cases[number]
            copy = folder / f"t{number:02d}.dpodesk"
            head = expect
            try:
                if number == 7:
                    shutil.copyfile(older, copy)
                elif number == 11:
                    head = self._wal_deleted(copy, expect_option)
                else:
                    shutil.copyfile(base, copy)
                    conn = _raw(copy)
                    try:
                        change(conn)
                    finally:
                        conn.close()
            except Exception as error:  # noqa: BLE001 — a broken case is said, not counted
                tally.note(f"({number}) {what}: could not be made: {error}")
                continue
            rc, said = cli_verify(copy, PASSPHRASE, head)
            tally.tried += 1
            tally.rounds += 1
            if rc != 0:
                tally.detected += 1
            verdict = f"detected ({said})" if rc != 0 else "NOT detected"
            tally.note(f"({number}) {what}: {verdict}")

    def _printed_head(self, path: Path) -> str:
        """What verify prints that --expect takes back (a 64-hex head), else the head."""
        env = dict(os.environ, DPO_DESK_PASSPHRASE=PASSPHRASE)
        done = subprocess.run(
            [sys.executable, "-m", "dpo_desk", "verify", "--db", str(path)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        found = re.findall(r"\b[0-9a-f]{16,64}\b", done.stdout)
        if found:
            return found[-1]
        conn = _raw(path)
        try:
            return conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()[0]
        finally:
            conn.close()

    def _wal_deleted(self, copy: Path, expect_option: bool) -> str | None:
        """A writer killed mid-burst; its -wal (and -shm) deleted. Returns the head the
        DPO would have seen with the -wal in place."""
        shutil.copyfile(self.master, copy)
        child = start_writer("commit", copy)
        lines = Lines(child)
        try:
            lines.next()  # ready
            for _ in range(12):
                lines.next()
        finally:
            kill(child)
        wal = Path(f"{copy}-wal")
        if not wal.exists() or wal.stat().st_size == 0:
            raise RuntimeError("no -wal after the kill")
        head = None
        if expect_option:
            seen = copy.with_name("t11-vu.dpodesk")
            shutil.copyfile(copy, seen)
            shutil.copyfile(wal, Path(f"{seen}-wal"))
            head = self._printed_head(seen)
        wal.unlink()
        Path(f"{copy}-shm").unlink(missing_ok=True)
        return head

    # -- all

    def run(self) -> list[Tally]:
        steps = (
            ("kill: writes", self.kill_writes),
            ("kill: rekey", self.kill_rekey),
            ("kill: backup", self.kill_backup),
            ("kill: restore", self.kill_restore),
            ("kill: export", self.kill_export),
            ("kill: import", self.kill_import),
            ("full disk", self.full_disk),
            ("tampering", self.tampering),
        )
        for name, step in steps:
            started = time.monotonic()
            step()
            self.log(f"{name}: {time.monotonic() - started:.1f} s")
        return list(self.tallies.values())


# ----------------------------------------------------------------------------- tampers


def _raw(path: Path) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA key = '" + PASSPHRASE.replace("'", "''") + "'")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return conn


def _drop_last_entries(conn) -> None:
    conn.execute("DELETE FROM audit_log WHERE id > (SELECT max(id) - 3 FROM audit_log)")


def _stored_at(value: str) -> datetime:
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


def _forge_entry(conn) -> None:
    """Rewrite an entry in the middle, then every hash from it on, so the chain holds."""
    rows = conn.execute(
        "SELECT id, at, actor, action, entity, entity_id, changes, prev_hash, hash "
        "FROM audit_log ORDER BY id"
    ).fetchall()
    prev = audit.GENESIS
    for row in rows:  # the chain as the app computes it: the forgery must match it
        body = audit.canonical(_stored_at(row[1]), *row[2:7])
        if row[7] != prev or audit.chain_hash(prev, body) != row[8]:
            raise RuntimeError(f"the journal's hash is not reproduced at entry {row[0]}")
        prev = row[8]
    middle = len(rows) // 2
    prev = rows[middle - 1][8] if middle else audit.GENESIS
    conn.execute("BEGIN")
    for index, row in enumerate(rows[middle:]):
        row = list(row)
        if index == 0:
            row[2] = "quelqu'un d'autre"
            conn.execute("UPDATE audit_log SET actor = ? WHERE id = ?", (row[2], row[0]))
        digest = audit.chain_hash(prev, audit.canonical(_stored_at(row[1]), *row[2:7]))
        conn.execute(
            "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, row[0])
        )
        prev = digest
    conn.execute("COMMIT")


def _change_due_date(conn) -> None:
    conn.execute(
        "UPDATE rights_request SET due_on = date(due_on, '+30 days') "
        "WHERE id = (SELECT min(id) FROM rights_request)"
    )


def _delete_request(conn) -> None:
    conn.execute(
        "DELETE FROM rights_request WHERE id = (SELECT max(r.id) FROM rights_request r "
        "WHERE NOT EXISTS (SELECT 1 FROM request_attachment a WHERE a.request_id = r.id))"
    )


def _add_trigger(conn) -> None:
    conn.execute(
        "CREATE TRIGGER tr_rewrite AFTER INSERT ON rights_request BEGIN "
        "UPDATE rights_request SET notes = '' WHERE id = NEW.id; END"
    )


def _add_view(conn) -> None:
    conn.execute("CREATE VIEW v_requesters AS SELECT reference, requester_name FROM rights_request")


def _change_aware_at(conn) -> None:
    conn.execute(
        "UPDATE breach SET aware_at = datetime(aware_at, '+2 days') "
        "WHERE id = (SELECT min(id) FROM breach)"
    )


def _insert_request(conn) -> None:
    columns = [
        row[1]
        for row in conn.execute("PRAGMA table_info(rights_request)")
        if row[1] not in ("id", "reference")
    ]
    names = ", ".join(columns)
    conn.execute(
        f"INSERT INTO rights_request (reference, {names}) "  # noqa: S608 — from the schema
        f"SELECT '2026-9999', {names} FROM rights_request ORDER BY id LIMIT 1"
    )


def _drop_index(conn) -> None:
    conn.execute("DROP INDEX ix_rights_request_due_on")


def _fill(filler: Path, leave: int) -> None:
    """Take all the room but ``leave`` bytes with one file."""
    free = shutil.disk_usage(filler.parent).free
    chunk = bytes(1 << 20)
    left = max(0, free - leave)
    with open(filler, "wb") as fh:
        while left > 0:
            try:
                left -= fh.write(chunk[: min(left, len(chunk))])
            except OSError:
                break


# ----------------------------------------------------------------------------- report


def total(tallies: list[Tally]) -> Tally:
    sums = Tally("Total")
    for t in tallies:
        for name in ("rounds", "kills", "corruptions", "rows_lost", "leftovers", "plaintext"):
            setattr(sums, name, getattr(sums, name) + getattr(t, name))
        sums.tried += t.tried
        sums.detected += t.detected
    return sums


HEADER = (
    "Round",
    "Rounds",
    "Kills",
    "Corruptions",
    "Rows lost",
    "Leftovers",
    "Plaintext leftovers",
    "Tamperings detected",
)


def cells(t: Tally) -> tuple[str, ...]:
    if t.skipped:
        return (t.label, "skipped", "", "", "", "", "", "")
    tamper = f"{t.detected} / {t.tried}" if t.tried else "—"
    return (
        t.label,
        str(t.rounds),
        str(t.kills) if t.kills else "—",
        str(t.corruptions),
        str(t.rows_lost),
        str(t.leftovers),
        str(t.plaintext),
        tamper,
    )


def print_table(rows: list[Tally]) -> None:
    data = [HEADER, *(cells(t) for t in rows)]
    widths = [max(len(r[i]) for r in data) for i in range(len(HEADER))]
    for n, r in enumerate(data):
        print(
            "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w)
                for i, (c, w) in enumerate(zip(r, widths, strict=True))
            )
        )
        if n == 0:
            print("  ".join("-" * w for w in widths))
    for t in rows:
        if t.skipped:
            print(f"{t.label}: skipped — {t.skipped}")


def markdown_table(rows: list[Tally]) -> list[str]:
    lines = ["| " + " | ".join(HEADER) + " |", "|---" + "|---:" * (len(HEADER) - 1) + "|"]
    for t in rows:
        row = list(cells(t))
        if t.label == "Total":
            row = [f"**{c}**" if c else c for c in row]
        lines.append("| " + " | ".join(row) + " |")
    return lines


def write_report(out: Path, context: dict, rows: list[Tally]) -> None:
    from run import load, machine  # bench/run.py: the same machine block as performance.md

    lines = [
        "# Reliability",
        "",
        "What `make torture` (bench/torture.py) does to real registers, and what it found.",
        "Kept out of `make test`: the full run takes some minutes. Nothing in it asserts:",
        "the figures are whatever the app did on the run below. "
        "`tests/reliability/` holds the assertions (issue 21).",
        "",
        "## Figures",
        "",
        f"Run of {context['date']}: {context['args']}, seed {context['seed']}, "
        f"{context['seconds']:.0f} s.",
        "",
        *markdown_table(rows),
        "",
        "- **Kills**: child processes killed with SIGKILL while still running.",
        "- **Corruptions**: `dpo-desk verify` failed afterwards, no passphrase (or both)"
        " opened the register, a finished backup or restored copy failed verify, or an"
        " import was written in part.",
        "- **Rows lost**: requests reported committed (printed by the writer, or in the"
        " register before the operation) and missing afterwards.",
        "- **Leftovers**: files under the app's temporary names (`.dpo-sauvegarde-*`,"
        " `.dpo-restauration-*`, `.dpo-rekey-*`, `*.part`) still there after the next"
        " unlock (and, for exports, the next export into the folder).",
        "- **Plaintext leftovers**: files in the round's folder (finished exports and the"
        " workbook being imported aside) holding a canary string written into the register"
        " (zip members inflated), or an unencrypted SQLite database.",
        "- **Tamperings detected**: `dpo-desk verify` exited non-zero on the changed copy.",
        "",
        "### Per round",
        "",
    ]
    for t in rows[:-1]:
        lines.append(f"**{t.label}**" + (f" — skipped: {t.skipped}" if t.skipped else ""))
        lines.append("")
        lines.extend(f"- {n}" for n in t.notes[:40])
        if len(t.notes) > 40:
            lines.append(f"- … and {len(t.notes) - 40} more")
        lines.append("")
    lines += [
        "## Machine",
        "",
        *(f"- {key}: {value}" for key, value in machine().items()),
        f"- Load average (1 / 5 / 15 min) at start: {context['load_start']}, at end: {load()}",
        f"- Work folder: {context['work']} ({context['fs']})",
        "",
        ROUNDS_TEXT,
    ]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")


ROUNDS_TEXT = """## The rounds

Every kill round starts from a copy of one master register (a few hundred requests from
bench/make_register.py, six requests and a closed breach carrying canary strings in
every text field), in a folder of its own. The child is `tests/reliability/writer.py`.

- **Bursts of writes**: the writer creates requests one by one through the services and
  prints each reference once committed; it is killed after a random number of them and a
  random wait on the pipe, or (one round in four) inside a transaction, after its
  journal entry and before the COMMIT. One register takes every round in turn; after
  each, every reference printed so far must be in it.
- **Passphrase change**: killed at each named step of `storage.maintenance.rekey` (read
  from its source at run time), then at random moments of a timed run. Exactly one of
  the old and new passphrases must open the register, with every request in it.
- **Backup**: killed after the copy is written, fsynced, verified and published, then at
  random moments. A backup that exists must pass verify with every request.
- **Restore**: a new register from a backup, beside the register: killed after the
  staging copy, its check, its fsync and its publication, then at random moments. A
  restored register that exists must pass verify with every request.
- **Export**: killed once every row is in the workbook, with the unnamed temporary file
  (O_TMPFILE) and with the named `.part` fallback, then at random moments. Then the
  register is opened and exported again into the same folder, as the DPO would.
- **Import**: 40 requests from a workbook, killed after the plan, inside the transaction
  once the rows are written, then at random moments: none or all must be there.
- **Full disk**: the register on a small tmpfs (root only), filled to leave 0 B to
  4 MiB, then writes (until one fails), a passphrase change, a backup and an export onto
  it. A failure must be a UserError whose message names the disk ("clear error"); then,
  the filler removed, the register must open with its passphrase (the new one if the
  change went through) and pass verify.
- **Tampering**: copies of a register changed with its key through raw sqlcipher3, and
  one without the key (the -wal of a writer killed mid-burst deleted). A tampering is
  detected when `dpo-desk verify --db COPY` exits non-zero (with `--expect HEAD` when
  verify offers it, HEAD being what verify printed before the change).

## How to run it

    make torture                 # the full run, this report
    .venv/bin/python bench/torture.py --quick --out /tmp/reliability.md   # about 30 s
    .venv/bin/python bench/torture.py --rounds 80 --seed 1234            # more kills

`--rounds N` sets the write kills (N) and the random kills of each other operation
(N / 5); `--seed` replays a run's random choices. The full-disk round needs root (it
mounts a tmpfs); elsewhere it is skipped and said so."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=40, help="write kills (others: N / 5)")
    parser.add_argument("--quick", action="store_true", help="a few rounds of each kind")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "reliability.md")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args(argv)

    seed = args.seed if args.seed is not None else int.from_bytes(os.urandom(4), "big")
    settings = settings_for(args.rounds, args.quick)
    from run import load

    load_start = load()
    started = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="dpo-torture-"))
    os.environ["DPO_DESK_CONFIG_DIR"] = str(work / "config")  # the children's too
    try:
        torture = Torture(work, settings, seed, lambda text: print(text, flush=True))
        torture.build_master()
        rows = torture.run()
        fs = _filesystem(work)
    finally:
        if args.keep:
            print(f"work folder kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    rows.append(total(rows))
    print()
    print_table(rows)
    seconds = time.monotonic() - started
    context = {
        "date": datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "args": "--quick" if args.quick else f"--rounds {args.rounds}",
        "seed": seed,
        "seconds": seconds,
        "load_start": load_start,
        "work": "a temporary folder",
        "fs": fs,
    }
    write_report(args.out, context, rows)
    print(f"\n{seconds:.0f} s; written: {args.out}")
    return 0


def _filesystem(folder: Path) -> str:
    best, kind = "", "?"
    try:
        for line in Path("/proc/mounts").read_text().splitlines():
            parts = line.split()
            if len(parts) > 2 and str(folder).startswith(parts[1]) and len(parts[1]) > len(best):
                best, kind = parts[1], parts[2]
    except OSError:
        pass
    return f"{kind} at {best}" if best else kind


if __name__ == "__main__":
    sys.exit(main())
