"""The import dialog driven as a user would: file read, mapping corrected, report, import."""

from __future__ import annotations

import openpyxl

from dpo_desk.services import records as book
from dpo_desk.ui.exchange.import_dialog import ImportDialog

ROWS = [
    ["Registre des sous-traitants — Najhine SARL"],
    ["Nom du sous-traitant", "Objet de la prestation", "Courriel", "Pays", "DPA signé",
     "Date de signature", "Observations"],
    ["Atlas Paie", "Externalisation de la paie", "contact@atlaspaie.ma", "MA", "Oui",
     "12/03/2025", "Audit prévu en juin"],
    ["CloudNord", "Hébergement des serveurs", "ops@cloudnord.eu", "FR; DE", "Oui",
     "2025-01-15", ""],
    ["Rapid SMS", "Envoi des SMS de rappel", "support@rapidsms.ma", "MA", "Non", "", ""],
    ["DataWeb", "Maintenance du site", "dpo@dataweb.ma", "MA", "Oui", "31/02/2025",
     "Date à vérifier"],
]  # fmt: skip


def _workbook(path):
    wb = openpyxl.Workbook()
    wb.active.title = "Sous-traitants"
    for row in ROWS:
        wb.active.append(row)
    wb.save(path)
    return path


def _open(qtbot, register, frozen_clock, tmp_path) -> ImportDialog:
    dialog = ImportDialog(register, "processors", clock=frozen_clock)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.reader.done, timeout=10_000):
        dialog.load_file(_workbook(tmp_path / "sous-traitants.xlsx"))
    return dialog


def test_mapping_change_revalidates_then_import(qtbot, register, frozen_clock, tmp_path):
    dialog = _open(qtbot, register, frozen_clock, tmp_path)
    assert dialog.pages.currentIndex() == dialog.PAGE_MAPPING
    assert dialog.current_mapping()[0] == "name"
    assert dialog.current_mapping()[1] is None  # "Objet de la prestation": not a synonym
    assert dialog.plan.invalid_rows == 1  # 31/02/2025

    # Ignoring the signature-date column makes every row valid.
    date_combo = dialog.combos[5]
    date_combo.setCurrentIndex(date_combo.findData(None))
    assert dialog.plan.invalid_rows == 0
    # Mapping "Objet de la prestation" by hand.
    service_combo = dialog.combos[1]
    service_combo.setCurrentIndex(service_combo.findData("service"))
    assert dialog.plan.rows[0].details.service == "Externalisation de la paie"
    # The same field twice is refused, with a message, and blocks the next step.
    dialog.combos[6].setCurrentIndex(dialog.combos[6].findData("service"))
    assert dialog.plan is None and not dialog.next_button.isEnabled()
    assert "plusieurs colonnes" in dialog.message.text()
    dialog.combos[6].setCurrentIndex(dialog.combos[6].findData("notes"))
    assert dialog.next_button.isEnabled()

    dialog.next_button.click()
    assert dialog.pages.currentIndex() == dialog.PAGE_REPORT
    with qtbot.waitSignal(dialog.imported) as signal:
        dialog.import_button.click()
    assert signal.args == [4]
    assert {p.name for p in book.all_processors(register)} == {
        "Atlas Paie", "CloudNord", "Rapid SMS", "DataWeb"
    }  # fmt: skip


def test_invalid_rows_need_the_explicit_choice(qtbot, register, frozen_clock, tmp_path):
    dialog = _open(qtbot, register, frozen_clock, tmp_path)
    dialog.next_button.click()
    assert dialog.report_table.rowCount() == 1
    assert dialog.report_table.item(0, 1).text() == "6"
    assert dialog.report_table.item(0, 2).text().startswith("F")
    assert not dialog.import_button.isEnabled()
    dialog.skip_invalid.setChecked(True)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported):
        dialog.import_button.click()
    assert len(book.all_processors(register)) == 3


def test_not_a_workbook_message(qtbot, register, frozen_clock, tmp_path):
    dialog = ImportDialog(register, "processors", clock=frozen_clock)
    qtbot.addWidget(dialog)
    bad = tmp_path / "faux.xlsx"
    bad.write_bytes(b"not a zip")
    with qtbot.waitSignal(dialog.reader.failed, timeout=10_000):
        dialog.load_file(bad)
    assert dialog.message.text() == "Ce fichier n'est pas un classeur Excel (.xlsx)."
    assert dialog.pages.currentIndex() == dialog.PAGE_FILE
