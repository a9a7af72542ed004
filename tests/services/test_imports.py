"""Import service: all-or-nothing, duplicates, journal, and the export round trip."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from dpo_desk.documents.xlsx_import import read_workbook
from dpo_desk.domain import records as reg
from dpo_desk.domain.errors import ValidationError
from dpo_desk.services import exports, imports
from dpo_desk.services import records as book
from dpo_desk.services import requests as request_service
from dpo_desk.services.demo_records import add_demo_records
from dpo_desk.services.register_file import create_register
from dpo_desk.storage import audit
from dpo_desk.storage.requests import RequestFilter


def _xlsx(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _journal_count(register) -> int:
    with register.read() as conn:
        return audit.count_entries(conn, audit.JournalFilter())


PROCESSOR_ROWS = [
    ["Nom du sous-traitant", "Prestation", "Courriel", "Pays", "DPA signé", "Date de signature"],
    ["Atlas Paie", "Paie", "contact@atlas.ma", "MA", "Oui", "12/03/2025"],
    ["CloudNord", "Hébergement", "ops@cloudnord.eu", "FR; DE", "oui", "2025-01-15"],
]


def test_french_headers_import_processors(register, frozen_clock, tmp_path):
    path = _xlsx(tmp_path / "st.xlsx", PROCESSOR_ROWS)
    plan = imports.plan_import(register, "processors", path, clock=frozen_clock)
    assert plan.clean, plan.problems
    assert list(plan.mapping.values()) == [
        "name", "service", "contact", "countries", "dpa_signed", "dpa_signed_on"
    ]  # fmt: skip
    before = _journal_count(register)
    result = imports.apply_import(register, plan, clock=frozen_clock)
    assert (result.created, result.updated, result.skipped) == (2, 0, 0)
    processors = {p.name: p for p in book.all_processors(register)}
    assert processors["Atlas Paie"].dpa_signed_on == date(2025, 3, 12)  # day-first
    assert processors["CloudNord"].countries == ("FR", "DE")
    assert _journal_count(register) == before + 3  # two creations and the import entry


def test_english_headers_and_excel_dates(register, frozen_clock, tmp_path):
    path = _xlsx(
        tmp_path / "en.xlsx",
        [["Processor", "Service", "E-mail", "Signed on", "DPA signed"],
         ["Acme", "CRM", "a@acme.test", date(2024, 5, 2), "yes"]],
    )  # fmt: skip
    plan = imports.plan_import(register, "processors", path, clock=frozen_clock)
    assert plan.clean, plan.problems
    assert plan.rows[0].details.dpa_signed_on == date(2024, 5, 2)


def test_one_bad_row_writes_nothing(register, frozen_clock, tmp_path):
    rows = [*PROCESSOR_ROWS, ["Bad Dates", "x", "", "MA", "Oui", "31/02/2026"]]
    path = _xlsx(tmp_path / "bad.xlsx", rows)
    plan = imports.plan_import(register, "processors", path, clock=frozen_clock)
    assert [(p.sheet, p.row) for p in plan.problems] == [("Sheet", 4)]
    assert plan.problems[0].column.startswith("F")
    assert "n'existe pas" in plan.problems[0].message
    before = _journal_count(register)
    with pytest.raises(ValidationError):
        imports.apply_import(register, plan, clock=frozen_clock)
    assert book.all_processors(register) == []
    assert _journal_count(register) == before
    result = imports.apply_import(register, plan, skip_invalid=True, clock=frozen_clock)
    assert (result.created, result.skipped) == (2, 1)


def test_duplicates_in_file_and_register(register, frozen_clock, tmp_path):
    book.save_processor(register, reg.ProcessorDetails("Atlas Paie", service="Ancien"),
                          clock=frozen_clock)  # fmt: skip
    rows = [*PROCESSOR_ROWS, ["cloudnord", "Doublon", "", "FR", "Non", ""]]
    path = _xlsx(tmp_path / "dup.xlsx", rows)
    plan = imports.plan_import(register, "processors", path, clock=frozen_clock)
    assert plan.duplicates_in_file == 1 and plan.duplicates == 1
    assert "Doublon dans le fichier" in plan.problems[0].message
    skipped = imports.apply_import(register, plan, skip_invalid=True, clock=frozen_clock)
    assert (skipped.created, skipped.updated) == (1, 0)
    assert book.find_processor(register, "Atlas Paie").service == "Ancien"
    plan = imports.plan_import(register, "processors", path, clock=frozen_clock)
    updated = imports.apply_import(
        register, plan, skip_invalid=True, on_duplicate="update", clock=frozen_clock
    )
    assert updated.updated == 1
    assert book.find_processor(register, "Atlas Paie").service == "Paie"


def test_literal_text_arabic_markup_formula(register, frozen_clock, tmp_path):
    path = _xlsx(
        tmp_path / "lit.xlsx",
        [["Sous-traitant", "Notes", "Prestation"],
         ["<b>Bold</b> & Co", "=HYPERLINK(\"http://x\")", "معالجة الأجور"]],
    )  # fmt: skip
    # openpyxl writes a string starting with "=" as a formula: force it to literal text.
    wb = openpyxl.load_workbook(path)
    wb.active["B2"].data_type = "s"
    wb.save(path)
    plan = imports.plan_import(register, "processors", path, clock=frozen_clock)
    assert plan.clean, plan.problems
    imports.apply_import(register, plan, clock=frozen_clock)
    stored = book.find_processor(register, "<b>Bold</b> & Co")
    assert stored.notes == '=HYPERLINK("http://x")'
    assert stored.service == "معالجة الأجور"


def test_formula_without_cached_value_is_reported(register, frozen_clock, tmp_path):
    path = _xlsx(tmp_path / "f.xlsx", [["Sous-traitant", "Prestation"], ["A", "=1+1"]])
    plan = imports.plan_import(register, "processors", path, clock=frozen_clock)
    assert len(plan.problems) == 1 and "Formule" in plan.problems[0].message


def test_huge_field_reported_per_row(register, frozen_clock, tmp_path):
    path = _xlsx(tmp_path / "h.xlsx", [["Sous-traitant", "Notes"], ["A", "x" * 30000]])
    plan = imports.plan_import(register, "processors", path, clock=frozen_clock)
    assert plan.problems and plan.problems[0].row == 2 and plan.problems[0].column.startswith("B")


def test_activity_with_french_model_headers(register, frozen_clock, tmp_path):
    path = _xlsx(
        tmp_path / "t.xlsx",
        [["Registre des traitements"],
         ["Nom du traitement", "Finalité(s)", "Catégories de données", "Durée de conservation",
          "Date de dernière revue"],
         ["Paie", "Verser les salaires — Obligation légale",
          "État civil, identité, identifiants\nInformations d'ordre économique et financier",
          "Informations d'ordre économique et financier — 10 ans après la fin du contrat",
          "12.01.2026"]],
    )  # fmt: skip
    plan = imports.plan_import(register, "activities", path, clock=frozen_clock)
    assert plan.clean, plan.problems
    details = plan.rows[0].details
    assert details.purposes[0].legal_basis is reg.LegalBasis.LEGAL_OBLIGATION
    assert details.retention[0].amount == 10
    assert details.retention[0].unit is reg.RetentionUnit.YEARS
    assert details.last_reviewed_on == date(2026, 1, 12)


def _sheet_rows(path, title, drop):
    """The sheet's data rows, read back by the importer's reader, minus ``drop``."""
    table = next(t for t in read_workbook(path) if t.title == title)
    keep = [i for i, h in enumerate(table.headers) if h not in drop]
    return [[cells[i] if i < len(cells) else None for i in keep] for _n, cells in table.rows]


@pytest.mark.parametrize(
    ("which", "title", "drop"),
    [
        # Ids, timestamps, links and contract state are not imported (see module docs).
        ("processors", "Sous-traitants",
         {"N°", "Statut", "Contrat terminé le", "Sort des données",
          "Restituées ou supprimées le", "Traitements concernés"}),
        ("activities", "Traitements",
         {"N°", "Créé le", "Mis à jour le", "Sous-traitants", "Transferts hors du Maroc"}),
    ],
)  # fmt: skip
def test_round_trip(
    register, frozen_clock, tmp_path, organisation, which, title, drop, register_template
):
    add_demo_records(register, frozen_clock.now().date(), frozen_clock)
    first = tmp_path / "first.xlsx"
    exports.export_register(register, which, first, clock=frozen_clock)
    with register_template.creating():
        empty = create_register(tmp_path / "empty.dpodesk", "correct horse battery staple",
                                organisation, clock=frozen_clock)  # fmt: skip
    try:
        plan = imports.plan_import(empty, which, first, clock=frozen_clock)
        assert plan.clean, plan.problems[:3]
        assert None not in [plan.mapping[i] for i, h in enumerate(plan.headers) if h not in drop]
        imports.apply_import(empty, plan, clock=frozen_clock)
        second = tmp_path / "second.xlsx"
        exports.export_register(empty, which, second, clock=frozen_clock)
    finally:
        empty.close()
    rows = _sheet_rows(first, title, drop)
    assert len(rows) >= 3
    assert _sheet_rows(second, title, drop) == rows


REQUEST_ROWS = [
    ["Référence", "Reçue le", "Régimes", "Droits exercés", "Nom du demandeur", "Courriel",
     "Statut", "Répondue le"],
    ["DSR-2025-0007", "03/02/2026", "RGPD", "Accès", "Karim Alaoui", "k@example.ma",
     "Répondue", "2026-02-20"],
    ["", "2026-02-10", "Loi 09-08", "Rectification; Opposition", "سلمى", "", "", ""],
]  # fmt: skip


def test_requests_keep_reference_and_follow_up(register, frozen_clock, tmp_path):
    from dpo_desk.domain.requests import workflow as rq
    from dpo_desk.domain.requests.workflow import RIGHT_LABELS  # noqa: F401 - labels used in the file
    from dpo_desk.services import requests as request_service

    path = _xlsx(tmp_path / "dsr.xlsx", REQUEST_ROWS)
    plan = imports.plan_import(register, "requests", path, clock=frozen_clock)
    assert plan.clean, plan.problems
    result = imports.apply_import(register, plan, clock=frozen_clock)
    assert result.created == 2
    kept = request_service.find_request(register, "DSR-2025-0007")
    assert kept.status is rq.RequestStatus.ANSWERED
    assert kept.answered_on == date(2026, 2, 20)
    new = request_service.find_request(register, "DSR-2026-0001")
    assert new.requester_name == "سلمى"
    assert new.due_on > new.received_on  # computed by the deadline engine
    again = imports.plan_import(register, "requests", path, clock=frozen_clock)
    assert again.duplicates == 1  # the kept reference; the other row gets a new one


def test_request_answer_before_receipt_is_reported(register, frozen_clock, tmp_path):
    rows = [REQUEST_ROWS[0], [*REQUEST_ROWS[1][:7], "01/01/2026"]]
    plan = imports.plan_import(register, "requests", _xlsx(tmp_path / "r.xlsx", rows),
                               clock=frozen_clock)  # fmt: skip
    assert len(plan.problems) == 1 and plan.problems[0].column.startswith("H")
    assert "précède la réception" in plan.problems[0].message


def test_two_thousand_requests_in_one_transaction(register, frozen_clock, tmp_path):
    # Thousands of rows (more than SQLite's historical 999 bound parameters) go in as one
    # transaction, all or nothing. The size is not the point past that: no timing here.
    rows = [REQUEST_ROWS[0][:5]]
    rows += [["", "2026-02-10", "RGPD", "Accès", f"Demandeur {n}"] for n in range(2_000)]
    path = _xlsx(tmp_path / "big.xlsx", rows)
    plan = imports.plan_import(register, "requests", path, clock=frozen_clock)
    result = imports.apply_import(register, plan, clock=frozen_clock)
    assert result.created == 2_000
    assert request_service.count_requests(register, RequestFilter()) == 2_000


def test_round_trip_requests(frozen_clock, tmp_path, organisation, register_template):
    from dpo_desk.services.demo import build_demo

    with register_template.creating():
        demo = build_demo(tmp_path / "demo.dpodesk", "correct horse battery staple",
                          clock=frozen_clock)  # fmt: skip
    drop = {"Créée le", "Modifiée le"}
    try:
        first = tmp_path / "first.xlsx"
        exports.export_register(demo, "requests", first, clock=frozen_clock)
    finally:
        demo.close()
    with register_template.creating():
        empty = create_register(tmp_path / "empty.dpodesk", "correct horse battery staple",
                                organisation, clock=frozen_clock)  # fmt: skip
    try:
        plan = imports.plan_import(empty, "requests", first, clock=frozen_clock)
        assert plan.clean, plan.problems[:3]
        imports.apply_import(empty, plan, clock=frozen_clock)
        second = tmp_path / "second.xlsx"
        exports.export_register(empty, "requests", second, clock=frozen_clock)
    finally:
        empty.close()
    rows = _sheet_rows(first, "Demandes", drop)
    assert len(rows) >= 3
    assert _sheet_rows(second, "Demandes", drop) == rows
