"""Import semantics (issue 24): nothing dropped silently, re-imports safe, real values.

Unrecognised columns are listed, sent to the notes or refused; status and closure date
are cross-checked; the organisation's own references are kept as external references
and find duplicates; "Paie - Obligation légale" splits where unambiguous.
"""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from dpo_desk.domain import records as reg
from dpo_desk.domain.errors import UserError
from dpo_desk.domain.requests.workflow import RequestStatus
from dpo_desk.services import exports, imports
from dpo_desk.services import requests as request_service
from dpo_desk.storage.requests import RequestFilter
from tests.cli.runner import run_cli


def _xlsx(path, rows, *, hidden=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Suivi DSR"
    for row in rows:
        ws.append(row)
    if hidden:
        other = wb.create_sheet("Archives")
        for row in hidden:
            other.append(row)
        other.sheet_state = "hidden"
    wb.save(path)
    return path


# A DPO's own follow-up sheet: its numbers, its status wording, a postal address column.
REALISTIC = [
    ["N° dossier", "Date de la demande", "Nom et prénom", "Type de demande", "Régime",
     "Statut du dossier", "Date de clôture", "Adresse postale"],
    ["REQ-001", "05/01/2026", "Karim Alaoui", "Accès", "Loi 09-08", "Clôturée", "20/01/2026",
     "12 rue Allal Ben Abdellah, Rabat"],
    ["REQ-002", "12/01/2026", "Salma Bennani", "Effacement", "RGPD", "Nouvelle", "", ""],
    ["BIG-00001", "03/02/2026", "Youssef Idrissi", "Opposition", "Loi 09-08",
     "En cours de traitement", "", "BP 45, Casablanca"],
    ["DSR-2025-0042", "10/02/2026", "Nadia Tazi", "Rectification", "RGPD", "Répondue", "",
     ""],
]  # fmt: skip


def _plan(register, frozen_clock, path, **options):
    return imports.plan_import(register, "requests", path, clock=frozen_clock, **options)


# ----------------------------------------------------------------------------- columns


def test_unrecognised_column_is_listed_not_dropped(register, frozen_clock, tmp_path):
    path = _xlsx(tmp_path / "dsr.xlsx", [*REALISTIC[:1], *REALISTIC[1:]])
    plan = _plan(register, frozen_clock, path)
    assert [(c.letter, c.header) for c in plan.unmapped] == [("H", "Adresse postale")]
    assert [c.name for c in plan.unmapped] == ["H (Adresse postale)"]
    assert plan.to_notes == []
    error = imports.unmapped_error(plan)
    assert error.exit_code == 6 and "H (Adresse postale)" in error.message()


def test_unmapped_to_notes_appends_header_and_value(register, frozen_clock, tmp_path):
    rows = [[*REALISTIC[0], "Notes"], [*REALISTIC[1], "Appel du 6 janvier"], *REALISTIC[2:]]
    plan = _plan(register, frozen_clock, _xlsx(tmp_path / "n.xlsx", rows), unmapped="notes")
    assert plan.clean, plan.problems
    assert plan.unmapped == [] and [c.header for c in plan.to_notes] == ["Adresse postale"]
    first, second, third = (r.details.intake.notes for r in plan.rows[:3])
    assert first == "Appel du 6 janvier\nAdresse postale : 12 rue Allal Ben Abdellah, Rabat"
    assert second == ""  # an empty cell adds no line
    assert third == "Adresse postale : BP 45, Casablanca"


def test_ignore_keeps_them_listed(register, frozen_clock, tmp_path):
    plan = _plan(register, frozen_clock, _xlsx(tmp_path / "i.xlsx", REALISTIC), unmapped="ignore")
    assert [c.header for c in plan.unmapped] == ["Adresse postale"]
    assert all("Adresse" not in r.details.intake.notes for r in plan.rows)


def test_a_column_mapped_by_hand_to_notes(register, frozen_clock, tmp_path):
    path = _xlsx(tmp_path / "m.xlsx", REALISTIC)
    suggested = imports.suggest_mapping(REALISTIC[0], "requests")
    assert suggested[7] is None
    plan = _plan(register, frozen_clock, path, mapping={**suggested, 7: imports.NOTES})
    assert plan.unmapped == [] and plan.rows[0].details.intake.notes.startswith("Adresse postale")


def test_empty_unknown_column_is_not_a_loss(register, frozen_clock, tmp_path):
    rows = [[*REALISTIC[0][:7], "Commentaire libre"], *(r[:7] for r in REALISTIC[1:])]
    plan = _plan(register, frozen_clock, _xlsx(tmp_path / "e.xlsx", rows))
    assert plan.unmapped == []


def test_own_export_computed_columns_are_named_not_refused(register, frozen_clock, tmp_path):
    first = _plan(register, frozen_clock, _xlsx(tmp_path / "a.xlsx", REALISTIC), unmapped="notes")
    imports.apply_import(register, first, clock=frozen_clock)
    out = tmp_path / "export.xlsx"
    exports.export_register(register, "requests", out, clock=frozen_clock)
    plan = _plan(register, frozen_clock, out)
    assert plan.unmapped == []
    assert {c.header for c in plan.not_imported} == {
        "Échéance", "Fondement de l'échéance", "Créée le", "Modifiée le"
    }  # fmt: skip
    assert plan.duplicates == 4  # every row already there, by its reference


# ----------------------------------------------------------------------------- status


def test_statut_du_dossier_is_the_status(register, frozen_clock, tmp_path):
    plan = _plan(register, frozen_clock, _xlsx(tmp_path / "s.xlsx", REALISTIC), unmapped="ignore")
    assert plan.clean, plan.problems
    imports.apply_import(register, plan, clock=frozen_clock)
    rows = request_service.list_requests(register, RequestFilter(search="Karim"))
    closed = request_service.find_request(register, rows[0].reference)
    assert closed.status is RequestStatus.CLOSED  # was imported as "Nouvelle"
    assert closed.closed_on == date(2026, 1, 20)


def test_closed_without_closure_date_names_the_row(register, frozen_clock, tmp_path):
    rows = [REALISTIC[0], REALISTIC[2], [*REALISTIC[1][:6], "", ""]]
    plan = _plan(register, frozen_clock, _xlsx(tmp_path / "c.xlsx", rows), unmapped="ignore")
    assert [(p.row, p.column) for p in plan.problems] == [(3, "F (Statut du dossier)")]
    assert "clôturée sans date de clôture" in plan.problems[0].message


@pytest.mark.parametrize("status", ["Nouvelle", None])
def test_closure_date_on_a_new_request_names_the_row(register, frozen_clock, tmp_path, status):
    header = [*REALISTIC[0][:7]]
    row = [*REALISTIC[2][:5], status or "", "25/01/2026"]
    if status is None:  # no status column at all: stored as new
        header, row = header[:5] + header[6:], row[:5] + row[6:]
    plan = _plan(register, frozen_clock, _xlsx(tmp_path / "n.xlsx", [header, row]))
    assert len(plan.problems) == 1
    problem = plan.problems[0]
    assert problem.row == 2 and "Date de clôture" in problem.column
    assert "2026-01-25" in problem.message and "Nouvelle" in problem.message


# ----------------------------------------------------------------------------- references


def test_own_references_become_external_references(register, frozen_clock, tmp_path):
    plan = _plan(register, frozen_clock, _xlsx(tmp_path / "r.xlsx", REALISTIC), unmapped="ignore")
    assert plan.clean, plan.problems
    got = [(r.details.reference, r.details.external_reference) for r in plan.rows]
    assert got == [("", "REQ-001"), ("", "REQ-002"), ("", "BIG-00001"), ("DSR-2025-0042", "")]
    imports.apply_import(register, plan, clock=frozen_clock)
    kept = request_service.find_request(register, "DSR-2025-0042")
    assert kept.external_reference == ""
    found = request_service.list_requests(register, RequestFilter(search="BIG-00001"))
    assert [r.requester_name for r in found] == ["Youssef Idrissi"]
    stored = request_service.find_request(register, found[0].reference)
    assert stored.external_reference == "BIG-00001"
    assert stored.reference.startswith("DSR-2026-")


def test_reimporting_the_same_file_imports_nothing(register, frozen_clock, tmp_path):
    path = _xlsx(tmp_path / "twice.xlsx", REALISTIC)
    first = _plan(register, frozen_clock, path, unmapped="notes")
    assert first.duplicates == 0
    assert imports.apply_import(register, first, clock=frozen_clock).created == 4
    again = _plan(register, frozen_clock, path, unmapped="notes")
    assert again.clean and again.duplicates == 4  # three by external reference, one by DSR
    result = imports.apply_import(register, again, clock=frozen_clock)
    assert (result.created, result.updated, result.skipped) == (0, 0, 4)
    assert request_service.count_requests(register, RequestFilter()) == 4


def test_external_reference_matches_whatever_its_case(register, frozen_clock, tmp_path):
    imports.apply_import(
        register,
        _plan(register, frozen_clock, _xlsx(tmp_path / "a.xlsx", REALISTIC), unmapped="ignore"),
        clock=frozen_clock,
    )
    rows = [REALISTIC[0], ["req-001", *REALISTIC[1][1:]]]
    plan = _plan(register, frozen_clock, _xlsx(tmp_path / "b.xlsx", rows), unmapped="notes")
    assert plan.duplicates == 1
    updated = imports.apply_import(register, plan, on_duplicate="update", clock=frozen_clock)
    assert updated.updated == 1 and updated.created == 0


def test_external_reference_column_and_export(register, frozen_clock, tmp_path):
    rows = [
        ["Référence", "Référence externe", "Reçue le", "Demandeur", "Droits exercés", "Régimes"],
        ["DSR-2026-0005", "CRM-77", "2026-02-01", "Omar", "Accès", "RGPD"],
        ["", "CRM-78", "2026-02-02", "Hind", "Accès", "RGPD"],
        ["CRM-79", "CRM-80", "2026-02-03", "Ali", "Accès", "RGPD"],
        ["", "CRM-78", "2026-02-04", "Hind bis", "Accès", "RGPD"],
    ]
    plan = _plan(register, frozen_clock, _xlsx(tmp_path / "x.xlsx", rows))
    assert [(p.row, p.column[:1]) for p in plan.problems] == [(4, "A"), (5, "B")]
    assert "CRM-79" in plan.problems[0].message and "CRM-80" in plan.problems[0].message
    assert "ligne 3" in plan.problems[1].message  # same external reference as row 3
    imports.apply_import(register, plan, skip_invalid=True, clock=frozen_clock)
    assert request_service.find_request(register, "DSR-2026-0005").external_reference == "CRM-77"
    out = tmp_path / "out.xlsx"
    exports.export_register(register, "requests", out, clock=frozen_clock)
    sheet = openpyxl.load_workbook(out, read_only=True)["Demandes"]
    values = [tuple(c.value for c in row) for row in sheet.iter_rows()]
    header_at = next(i for i, row in enumerate(values) if "Référence externe" in row)
    column = values[header_at].index("Référence externe")
    assert sorted(row[column] for row in values[header_at + 1 :]) == ["CRM-77", "CRM-78"]


def test_a_new_reference_never_takes_one_a_later_row_claims(register, frozen_clock, tmp_path):
    rows = [
        ["Référence", "Reçue le", "Demandeur", "Droits exercés", "Régimes"],
        ["", "2026-02-01", "Premier", "Accès", "RGPD"],
        ["DSR-2026-0001", "2026-02-02", "Second", "Accès", "RGPD"],
    ]
    plan = _plan(register, frozen_clock, _xlsx(tmp_path / "c.xlsx", rows))
    assert imports.apply_import(register, plan, clock=frozen_clock).created == 2
    assert request_service.find_request(register, "DSR-2026-0001").requester_name == "Second"
    assert request_service.find_request(register, "DSR-2026-0002").requester_name == "Premier"


# ----------------------------------------------------------------------------- separators


@pytest.mark.parametrize(
    ("cell", "description", "basis", "justification"),
    [
        ("Paie - Obligation légale", "Paie", reg.LegalBasis.LEGAL_OBLIGATION, ""),
        ("Contrôle entrées - sorties - Intérêt légitime", "Contrôle entrées - sorties",
         reg.LegalBasis.LEGITIMATE_INTERESTS, ""),
        ("Newsletter - Consentement - case cochée", "Newsletter", reg.LegalBasis.CONSENT,
         "case cochée"),
        ("Recrutement - Contrat", "Recrutement", reg.LegalBasis.CONTRACT, ""),
        ("Paie — Obligation légale", "Paie", reg.LegalBasis.LEGAL_OBLIGATION, ""),
    ],
)  # fmt: skip
def test_hyphen_separates_a_purpose_from_a_known_basis(cell, description, basis, justification):
    (purpose,) = imports.read_value(imports.ACTIVITY_FIELDS[5], cell)
    assert (purpose.description, purpose.legal_basis, purpose.justification) == (
        description, basis, justification
    )  # fmt: skip


@pytest.mark.parametrize("cell", ["Paie - Salaires", "Paie", "Paie - Contrat - Obligation légale"])
def test_ambiguous_or_missing_basis_is_still_refused(cell):
    assert imports.ACTIVITY_FIELDS[5].key == "purposes"
    with pytest.raises(ValueError, match="finalité — base légale"):
        imports.read_value(imports.ACTIVITY_FIELDS[5], cell)


# ----------------------------------------------------------------------------- hidden


def test_hidden_sheets_are_reported_then_read_on_request(register, frozen_clock, tmp_path):
    path = _xlsx(tmp_path / "h.xlsx", REALISTIC, hidden=[["Ancien"], ["x"]])
    plan = _plan(register, frozen_clock, path, unmapped="ignore")
    assert plan.hidden == ["Archives"]
    plan = _plan(register, frozen_clock, path, unmapped="ignore", include_hidden=True)
    assert plan.hidden == []


# ----------------------------------------------------------------------------- CLI


@pytest.fixture
def initialised(tmp_path, register_template):
    path = tmp_path / "reg.dpodesk"
    with register_template.creating():
        result = run_cli("init", "--db", str(path), "--organisation", "Reelex SARL")
    assert result.returncode == 0, result.stderr
    return path


def test_cli_refuses_unmapped_then_imports_once(initialised, tmp_path):
    path = _xlsx(tmp_path / "dsr.xlsx", REALISTIC)
    args = ("import", "--db", str(initialised), "--register", "requests", str(path))
    refused = run_cli(*args, "--dry-run")
    assert refused.returncode == 6
    assert "H (Adresse postale)" in refused.stdout + refused.stderr
    assert "--unmapped" in refused.stderr
    dry = run_cli(*args, "--dry-run", "--unmapped", "notes")
    assert dry.returncode == 0, dry.stderr
    assert "Colonne « Adresse postale » → notes" in dry.stdout
    first = run_cli(*args, "--unmapped", "notes")
    assert first.returncode == 0, first.stderr
    assert "4 créé(s)" in first.stdout
    second = run_cli(*args, "--unmapped", "notes")
    assert second.returncode == 0, second.stderr
    assert "4 déjà présente(s) dans le registre" in second.stdout
    assert "0 créé(s), 0 mis à jour, 4 ignoré(s)" in second.stdout
    shown = run_cli("request", "list", "--db", str(initialised), "--json")
    assert shown.stdout.count('"reference"') == 4


def test_cli_names_hidden_sheets_and_reads_them_on_request(initialised, tmp_path):
    path = _xlsx(tmp_path / "h.xlsx", REALISTIC, hidden=[["Ancien", "x"], ["a", "b"]])
    args = ("import", "--db", str(initialised), "--register", "requests", str(path),
            "--dry-run", "--unmapped", "ignore")  # fmt: skip
    listed = run_cli(*args)
    assert listed.returncode == 0, listed.stderr
    assert "Feuille masquée « Archives » non lue" in listed.stdout
    assert "--include-hidden" in listed.stdout
    assert "Colonnes non reconnues, ignorées (--unmapped ignore) : H (Adresse postale)." in (
        listed.stdout
    )
    read = run_cli(*args, "--include-hidden")
    assert read.returncode == 0, read.stderr
    assert "Feuille masquée" not in read.stdout


def test_only_hidden_sheets_is_a_sentence_not_a_traceback(register, frozen_clock, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["Ancien", "x"])
    wb.active.append(["a", "b"])
    visible = wb.create_sheet("Vide")
    visible.sheet_state = "visible"
    wb.active.sheet_state = "hidden"
    wb.active = 1
    wb.save(tmp_path / "only.xlsx")
    with pytest.raises(UserError) as caught:
        _plan(register, frozen_clock, tmp_path / "only.xlsx")
    assert caught.value.exit_code == 6 and "masquées" in caught.value.message()


def test_unknown_unmapped_choice_is_a_usage_error():
    with pytest.raises(ValueError):
        imports.plan_import(None, "requests", "x.xlsx", unmapped="drop")  # type: ignore[arg-type]
    assert isinstance(imports.unmapped_error(imports.ImportPlan("requests", "f", "s", [], {})),
                      UserError)  # fmt: skip


# ----------------------------------------------------------------------------- dialog


def test_dialog_lists_unmapped_columns_and_sends_one_to_notes(
    qtbot, register, frozen_clock, tmp_path
):
    from dpo_desk.ui.exchange.import_dialog import ImportDialog

    dialog = ImportDialog(register, "requests", clock=frozen_clock)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.reader.done, timeout=10_000):
        dialog.load_file(_xlsx(tmp_path / "dsr.xlsx", REALISTIC))
    assert "H (Adresse postale)" in dialog.columns_label.text()
    combo = dialog.combos[7]
    combo.setCurrentIndex(combo.findData(imports.NOTES))
    assert dialog.plan.unmapped == []
    assert "Colonne « Adresse postale » → notes" in dialog.columns_label.text()
    dialog.next_button.click()
    assert "Colonne « Adresse postale » → notes" in dialog.report_columns.text()
    with qtbot.waitSignal(dialog.imported):
        dialog.import_button.click()
    (row,) = request_service.list_requests(register, RequestFilter(search="REQ-001"))
    assert "Adresse postale : 12 rue" in request_service.find_request(register, row.reference).notes


def test_dialog_only_hidden_sheets_then_read_on_request(qtbot, register, frozen_clock, tmp_path):
    from dpo_desk.ui.exchange.import_dialog import ImportDialog

    wb = openpyxl.Workbook()
    for row in REALISTIC:
        wb.active.append(row)
    wb.create_sheet("Vide")
    wb.active.sheet_state = "hidden"
    wb.active = 1
    path = tmp_path / "cache.xlsx"
    wb.save(path)
    dialog = ImportDialog(register, "requests", clock=frozen_clock)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.reader.done, timeout=10_000):
        dialog.load_file(path)
    assert "feuilles masquées" in dialog.message.text()
    assert dialog.pages.currentIndex() == dialog.PAGE_FILE
    dialog.include_hidden.setChecked(True)
    with qtbot.waitSignal(dialog.reader.done, timeout=10_000):
        dialog.load_file(path)
    assert dialog.pages.currentIndex() == dialog.PAGE_MAPPING
    assert len(dialog.plan.rows) == 4
