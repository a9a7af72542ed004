"""export_register / export_journal on real encrypted registers."""

from __future__ import annotations

import errno
import os
import tempfile
import zipfile
from datetime import date

import openpyxl
import pytest
from sqlalchemy import update

from dpo_desk import __version__
from dpo_desk.domain.requests.model import RequestIntake
from dpo_desk.domain.requests.workflow import Channel, Regime, Right
from dpo_desk.services import exports, journal, requests
from dpo_desk.services.demo import build_demo
from dpo_desk.storage import files
from dpo_desk.storage.audit import JournalFilter
from dpo_desk.storage.schema import rights_request
from tests.conftest import TEST_PASSPHRASE

PAYLOADS = [
    '=HYPERLINK("http://x","y")',
    "@SUM(1)",
    "+1",
    "-1",
    "=cmd|'/C calc'!A0",
]


def _add(register, clock, name, notes="", email=""):
    return requests.create_request(
        register,
        RequestIntake(
            regimes=frozenset({Regime.GDPR}),
            rights=frozenset({Right.ACCESS, Right.ERASURE}),
            received_on=date(2026, 3, 2),
            requester_name=name,
            channel=Channel.POST,
            requester_email=email,
            notes=notes,
        ),
        clock=clock,
    )


def _assert_no_formula(path) -> None:
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            xml = archive.read(name)
            assert b"<f>" not in xml and b"<f " not in xml, name
    for ws in openpyxl.load_workbook(path):
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate)


def _cover_values(wb) -> dict:
    return {
        row[0]: row[1] for row in wb.worksheets[0].iter_rows(values_only=True) if row and row[0]
    }


def _leftovers(folder, keep) -> list[str]:
    return sorted(name for name in os.listdir(folder) if name not in keep)


@pytest.fixture
def demo(tmp_path, frozen_clock):
    register = build_demo(tmp_path / "demo.dpodesk", TEST_PASSPHRASE, clock=frozen_clock)
    yield register
    register.close()


def test_injection_payloads_stored_through_services_come_out_as_text(
    register, frozen_clock, tmp_path
):
    for payload in PAYLOADS:
        _add(register, frozen_clock, payload, notes=payload)
    # Intake trims surrounding whitespace, so a leading tab or carriage return can only
    # reach the register by another path (an older version, an import): write them raw.
    tab = _add(register, frozen_clock, "tab")
    cr = _add(register, frozen_clock, "cr")
    with register.write() as conn:
        for req, value in ((tab, "\t=1+1"), (cr, "\r=1+1")):
            conn.execute(
                update(rights_request)
                .where(rights_request.c.id == req.id)
                .values(requester_name=value, notes=value)
            )
    out = tmp_path / "demandes.xlsx"
    result = exports.export_register(register, "requests", out, clock=frozen_clock)
    assert result.rows == {"requests": 7}
    _assert_no_formula(out)
    ws = openpyxl.load_workbook(out)["Demandes"]
    names = [ws.cell(row=r, column=6).value for r in range(2, 9)]
    assert names == [*PAYLOADS, "\t=1+1", "\n=1+1"]  # XML reads CR back as LF


def test_dates_labels_and_cover(register, frozen_clock, tmp_path):
    _add(register, frozen_clock, "Salma Bennani", email="salma@example.ma")
    out = tmp_path / "r.xlsx"
    exports.export_register(register, "requests", out, clock=frozen_clock)
    wb = openpyxl.load_workbook(out)
    ws = wb["Demandes"]
    assert ws["B2"].is_date and ws["B2"].value.date() == date(2026, 3, 2)
    assert ws["C2"].value == "RGPD"
    assert set(ws["D2"].value.split("\n")) == {"Droit d'accès", "Droit à l'effacement"}
    assert ws["E2"].value == "Courrier postal"
    assert ws.cell(row=2, column=15).value == "Nouvelle"
    cover = _cover_values(wb)
    status = journal.chain_status(register)
    assert cover["Organisme"] == "Najhine SARL"
    assert cover["Délégué à la protection des données"] == "Salma Bennani <dpo@najhine.ma>"
    assert cover["Version de DPO Desk"] == __version__
    assert cover["Date de l'export"].date() == date(2026, 3, 10)
    assert cover["Fuseau horaire des dates et heures"] == "Africa/Casablanca"
    # The head printed is the one before the export's own journal entry.
    assert cover["Entrées du journal d'audit"] == status.entries - 1
    assert len(cover["Empreinte de tête du journal (SHA-256)"]) == 64


def test_export_is_journaled_without_content(register, frozen_clock, tmp_path):
    _add(register, frozen_clock, "Salma Bennani")
    exports.export_register(register, "requests", tmp_path / "r.xlsx", clock=frozen_clock)
    entry = journal.page(register, JournalFilter(action="export"))[0]
    assert entry.changes == {"what": "xlsx:requests", "count": 1, "file": "r.xlsx"}
    assert "Salma" not in str(entry.changes)


def test_all_sheets_of_the_demo(demo, frozen_clock, tmp_path):
    out = tmp_path / "tout.xlsx"
    result = exports.export_register(demo, "all", out, clock=frozen_clock)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == [
        "Page de garde",
        "Demandes",
        "Violations",
        "Traitements",
        "Sous-traitants",
        "Transferts",
        "Journal",
    ]
    assert set(result.rows) == {
        "requests",
        "breaches",
        "activities",
        "processors",
        "transfers",
        "journal",
    }
    # The whole journal, as read with the registers (the export's own entry comes after).
    assert result.rows["journal"] == _cover_values(wb)["Entrées du journal d'audit"] > 0
    assert wb["Journal"].max_row == result.rows["journal"] + 1
    for kind, title in (("requests", "Demandes"), ("breaches", "Violations")):
        assert wb[title].max_row == result.rows[kind] + 1
    assert result.rows["activities"] > 0 and result.rows["transfers"] > 0
    # No raw enum code anywhere in the registers' label columns.
    violations = wb["Violations"]
    statuses = {violations.cell(row=r, column=4).value for r in range(2, violations.max_row + 1)}
    assert not statuses & {"open", "assessed", "notified", "communicated", "closed"}
    _assert_no_formula(out)


def test_processors_include_transfers(demo, frozen_clock, tmp_path):
    out = tmp_path / "st.xlsx"
    result = exports.export_register(demo, "processors", out, clock=frozen_clock)
    assert list(result.rows) == ["processors", "transfers"]
    assert openpyxl.load_workbook(out).sheetnames[1:] == ["Sous-traitants", "Transferts"]


def test_long_notes_are_cut_and_reported(register, frozen_clock, tmp_path):
    _add(register, frozen_clock, "Long", notes="n" * 100_000)
    out = tmp_path / "r.xlsx"
    result = exports.export_register(register, "requests", out, clock=frozen_clock)
    assert result.truncated_cells == 1
    notes = openpyxl.load_workbook(out)["Demandes"].cell(row=2, column=25).value
    assert len(notes) == 32_767 and "100000 caractères" in notes


def test_cancel_leaves_no_file_and_no_temporary(register, frozen_clock, tmp_path):
    for i in range(3):
        _add(register, frozen_clock, f"Demandeur {i}")
    before_tmp = set(os.listdir(tempfile.gettempdir()))
    out = tmp_path / "out" / "r.xlsx"
    out.parent.mkdir()
    with pytest.raises(exports.ExportCancelled):
        exports.export_register(register, "all", out, cancel=lambda: True, clock=frozen_clock)
    assert os.listdir(out.parent) == []
    assert set(os.listdir(tempfile.gettempdir())) - before_tmp == set()
    assert journal.count(register, JournalFilter(action="export")) == 0


def test_cancel_keeps_an_existing_target_intact(register, frozen_clock, tmp_path):
    out = tmp_path / "r.xlsx"
    out.write_bytes(b"previous export")
    with pytest.raises(exports.ExportCancelled):
        exports.export_register(register, "all", out, cancel=lambda: True, clock=frozen_clock)
    assert out.read_bytes() == b"previous export"
    assert _leftovers(tmp_path, {"r.xlsx", "registre.dpodesk", "registre.dpodesk-wal",
                                 "registre.dpodesk-shm"}) == []  # fmt: skip


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "Espace disque insuffisant"),
        (errno.EACCES, "Écriture refusée"),
        (errno.EROFS, "Écriture refusée"),
        (errno.EIO, "Impossible d'écrire"),
    ],
)
def test_disk_errors_leave_nothing_and_say_why(
    register, frozen_clock, tmp_path, monkeypatch, code, words
):
    out_dir = tmp_path / "out"
    out_dir.mkdir()

    def failing(target, *args, **kwargs):
        target.write(b"half a workbook")  # an open file: the unnamed one (O_TMPFILE)
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(exports, "write_workbook", failing)
    with pytest.raises(exports.ExportFailed) as caught:
        exports.export_register(register, "requests", out_dir / "r.xlsx", clock=frozen_clock)
    assert words in caught.value.message()
    assert caught.value.exit_code == 5
    assert os.listdir(out_dir) == []


def test_rename_refused_leaves_nothing(register, frozen_clock, tmp_path, monkeypatch):
    out_dir = tmp_path / "out"
    out_dir.mkdir()

    def refuse(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(files.os, "replace", refuse)
    with pytest.raises(exports.ExportFailed):
        exports.export_register(register, "requests", out_dir / "r.xlsx", clock=frozen_clock)
    assert os.listdir(out_dir) == []


def test_target_is_a_directory(register, frozen_clock, tmp_path):
    with pytest.raises(exports.ExportFailed) as caught:
        exports.export_register(register, "requests", tmp_path, clock=frozen_clock)
    assert "est un dossier" in caught.value.message()


def test_missing_folder(register, frozen_clock, tmp_path):
    with pytest.raises(exports.ExportFailed) as caught:
        exports.export_register(
            register, "requests", tmp_path / "nope" / "r.xlsx", clock=frozen_clock
        )
    assert "n'existe pas" in caught.value.message()
    assert caught.value.exit_code == 4


def test_file_is_owner_only(register, frozen_clock, tmp_path):
    out = tmp_path / "r.xlsx"
    exports.export_register(register, "requests", out, clock=frozen_clock)
    if os.name == "posix":
        assert out.stat().st_mode & 0o077 == 0


def test_journal_export_follows_the_filter(demo, frozen_clock, tmp_path):
    flt = JournalFilter(entity="request", action="create")
    out = tmp_path / "journal.xlsx"
    result = exports.export_journal(demo, flt, out, clock=frozen_clock)
    expected = journal.count(demo, flt)
    assert result.rows == {"journal": expected} and expected > 0
    wb = openpyxl.load_workbook(out)
    ws = wb["Journal"]
    assert ws.max_row == expected + 1
    assert {ws.cell(row=r, column=4).value for r in range(2, ws.max_row + 1)} == {"Création"}
    assert {ws.cell(row=r, column=5).value for r in range(2, ws.max_row + 1)} == {"Demande"}
    ids = [ws.cell(row=r, column=1).value for r in range(2, ws.max_row + 1)]
    assert ids == sorted(ids, reverse=True)  # newest first, as on the screen
    assert ws["B2"].is_date
    cover = _cover_values(wb)
    assert cover["Chaîne du journal"].startswith("Intacte")
    assert "objet : Demande" in cover["Filtre appliqué"]
    status = journal.chain_status(demo)
    assert cover["Empreinte de tête du journal (SHA-256)"] != status.head  # the export came after
    assert cover["Entrées du journal d'audit"] == status.entries - 1
    _assert_no_formula(out)


def test_journal_export_in_batches_keeps_order(demo, frozen_clock, tmp_path, monkeypatch):
    from dpo_desk.storage import exports as rows_repo

    monkeypatch.setattr(rows_repo, "DEFAULT_BATCH", 7)
    original = rows_repo.iter_journal
    monkeypatch.setattr(
        rows_repo, "iter_journal", lambda conn, flt, batch=7: original(conn, flt, batch=batch)
    )
    flt = JournalFilter(newest_first=False)
    out = tmp_path / "journal.xlsx"
    exports.export_journal(demo, flt, out, clock=frozen_clock)
    ws = openpyxl.load_workbook(out)["Journal"]
    ids = [ws.cell(row=r, column=1).value for r in range(2, ws.max_row + 1)]
    assert ids == list(range(1, len(ids) + 1))


def test_requests_in_batches_all_come_out(register, frozen_clock, tmp_path, monkeypatch):
    from dpo_desk.storage import exports as rows_repo

    for i in range(12):
        _add(register, frozen_clock, f"Demandeur {i}")
    original = rows_repo.iter_requests
    monkeypatch.setattr(
        rows_repo, "iter_requests", lambda conn, keys, batch=5: original(conn, keys, batch=5)
    )
    out = tmp_path / "r.xlsx"
    exports.export_register(register, "requests", out, clock=frozen_clock)
    ws = openpyxl.load_workbook(out)["Demandes"]
    refs = [ws.cell(row=r, column=1).value for r in range(2, ws.max_row + 1)]
    assert refs == [f"DSR-2026-{i:04d}" for i in range(1, 13)]


def test_unknown_register_kind(register, tmp_path):
    with pytest.raises(exports.UserError):
        exports.export_register(register, "everything", tmp_path / "x.xlsx")


def test_a_row_made_tall_by_a_wrapped_note_reads_from_the_top(register, frozen_clock, tmp_path):
    _add(register, frozen_clock, "Court")
    _add(register, frozen_clock, "Long", notes="Une note sur plusieurs lignes. " * 40)
    out = tmp_path / "r.xlsx"
    exports.export_register(register, "requests", out, clock=frozen_clock)
    sheet = openpyxl.load_workbook(out)["Demandes"]
    [row] = [row for row in (2, 3) if "Long" in [c.value for c in sheet[row]]]
    assert sheet.row_dimensions[row].height > 100  # sized to the wrapped note
    cells = [cell for cell in sheet[row] if cell.value is not None]
    assert any(isinstance(cell.value, date) for cell in cells)  # dates carry a format
    assert {cell.alignment.vertical for cell in cells} == {"top"}
