"""« Formalités CNDP » on an activity's page (issue 23): the formalities and their
reasons, recording a receipt, a refusal kept in the dialog, the dossier saved where the
user picks; and the new fields of the activity, transfer and organisation forms."""

from __future__ import annotations

import stat
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from dpo_desk.domain.filings import FilingStatus, FormalityKind
from dpo_desk.domain.organisation import Organisation
from dpo_desk.domain.records import Law0908Exception
from dpo_desk.services import filings as filing_service
from dpo_desk.services import records as book
from dpo_desk.services import register_file
from tests.ui import records_fixtures
from tests.ui.records_fixtures import activity

registers_made = records_fixtures.registers_made
processing = records_fixtures.processing


def open_activity(section, made, key):
    section.open_id(made[key].id)
    assert section.pages.currentWidget() is section.detail_page
    return section.filings_card


def update_dialog(qtbot, card, kind):
    row = card.row(kind)
    assert row is not None
    qtbot.mouseClick(row.update_button, Qt.MouseButton.LeftButton)
    dialog = card.active_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def choose(box, value) -> None:
    index = box.findData(str(value))
    assert index >= 0, value
    box.setCurrentIndex(index)


# ----------------------------------------------------------------------------- the section


def test_an_scc_transfer_to_the_us_asks_a_declaration_and_an_f118(registers_made, processing):
    card = open_activity(processing, registers_made, "payments")
    kinds = [row.state.kind for row in card.rows]
    assert kinds == [FormalityKind.DECLARATION, FormalityKind.TRANSFER]
    declaration, transfer = card.rows
    assert "(F211)" in declaration.title.text()
    assert "(F118)" in transfer.title.text()
    # The receipt came before the transfer and the processors were added: the change
    # is to be declared (art. 15), named in words.
    assert declaration.pill.text() == "Modification à déclarer"
    assert declaration.pill.property("flag") == "warning"
    assert "D-443/2022" in declaration.facts.text()
    assert declaration.changes.isVisibleTo(declaration)
    assert "transferts à l'étranger" in declaration.changes.text()
    assert "sous-traitants" in declaration.changes.text()
    assert "transfers" not in declaration.changes.text()
    assert transfer.pill.text() == "À déposer"
    assert transfer.pill.property("flag") == "danger"
    # Clauses support the request; under 09-08 they do not replace the authorisation.
    assert "clauses contractuelles types" in transfer.reasons.text()
    assert "(loi 09-08 art. 43-44)" in transfer.reasons.text()
    assert "(par Stripe)" in transfer.reasons.text()
    assert card.missing.isVisibleTo(card)
    assert "Signataire de la déclaration" in card.missing.text()
    assert card.pdf_button.isEnabled() and card.excel_button.isEnabled()
    assert card.language.currentData() == "fr"


def test_recording_a_receipt_updates_the_pill_and_the_activitys_receipt(
    qtbot, register, registers_made, processing
):
    card = open_activity(processing, registers_made, "support")
    assert card.row(FormalityKind.DECLARATION).pill.text() == "À déposer"
    dialog = update_dialog(qtbot, card, FormalityKind.DECLARATION)
    assert not dialog.receipt.isEnabled()  # "to file" records no receipt
    choose(dialog.status, FilingStatus.GRANTED)
    assert dialog.receipt.isEnabled() and dialog.receipt_on.isEnabled()
    assert not dialog.ended_on.isEnabled()
    dialog.receipt.setText("D-100/2026")
    dialog.receipt_on.set_value(date(2026, 3, 2))
    with qtbot.waitSignal(card.recorded) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].status is FilingStatus.GRANTED
    row = processing.filings_card.row(FormalityKind.DECLARATION)
    assert row.pill.text() == "Récépissé ou autorisation obtenu"
    assert "D-100/2026" in row.facts.text() and "02/03/2026" in row.facts.text()
    assert "récépissé D-100/2026" in processing.detail_summary.text()
    saved = book.get_activity(register, registers_made["support"].id)
    assert (saved.cndp_receipt, saved.cndp_receipt_on) == ("D-100/2026", date(2026, 3, 2))


def test_a_receipt_without_its_number_keeps_the_dialog_open_with_the_reason(
    qtbot, register, registers_made, processing
):
    card = open_activity(processing, registers_made, "support")
    dialog = update_dialog(qtbot, card, FormalityKind.DECLARATION)
    choose(dialog.status, FilingStatus.GRANTED)
    dialog.note.setText("Déposé au guichet, en attente du numéro")
    with qtbot.assertNotEmitted(card.recorded):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.fields.field_error("receipt") == (
        "Le numéro et la date du récépissé ou de l'autorisation sont obligatoires."
    )
    assert dialog.note.text() == "Déposé au guichet, en attente du numéro"
    state = filing_service.for_activity(register, registers_made["support"].id)
    assert state.state(FormalityKind.DECLARATION).filing.status is FilingStatus.TO_FILE
    dialog.reject()


def test_the_dossier_is_saved_where_the_user_picks_in_the_chosen_language(
    qtbot, monkeypatch, tmp_path, registers_made, processing
):
    asked = []

    def prepare(register, activity_id, language, fmt, *, clock=None):
        asked.append((activity_id, language, fmt))
        return b"%PDF-1.7 dossier"

    from dpo_desk.services import dossier

    # The real module's function: another test of this worker may have imported it.
    monkeypatch.setattr(dossier, "prepare", prepare)
    target = tmp_path / "dossier.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    card = open_activity(processing, registers_made, "payments")
    choose(card.language, "ar")
    with qtbot.waitSignal(card.exported):
        qtbot.mouseClick(card.pdf_button, Qt.MouseButton.LeftButton)
    assert asked == [(registers_made["payments"].id, "ar", "pdf")]
    assert target.read_bytes() == b"%PDF-1.7 dossier"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert card.message.tone == "success"


def test_the_card_forgets_the_activity_on_lock(registers_made, processing):
    card = open_activity(processing, registers_made, "payments")
    assert card.rows
    processing.clear()
    assert card.rows == [] and card.filings is None and card.missing.text() == ""


# ----------------------------------------------------------------------------- the forms


def test_activity_form_keeps_interconnections_and_the_original_purpose(
    qtbot, register, frozen_clock
):
    from dpo_desk.ui.records.forms import ActivityForm

    form = ActivityForm()
    qtbot.addWidget(form)
    details = activity(
        "Orientation",
        interconnections="Fichier des inscriptions",
        collected_for="Inscription aux cours",
    )
    form.set_activity(details)
    assert form.interconnections.text() == "Fichier des inscriptions"
    assert form.collected_for.text() == "Inscription aux cours"
    saved = book.save_activity(register, form.details(), clock=frozen_clock)
    again = ActivityForm()
    qtbot.addWidget(again)
    again.set_activity(book.get_activity(register, saved.id))
    assert again.details().interconnections == "Fichier des inscriptions"
    assert again.details().collected_for == "Inscription aux cours"
    # Both put the processing under authorisation (art. 12).
    filings = filing_service.for_activity(register, saved.id)
    assert filings.required[0].kind is FormalityKind.AUTHORISATION


def test_transfer_dialog_saves_a_law_exception(qtbot, register, registers_made, frozen_clock):
    from dpo_desk.ui.records.dialogs import TransferDialog

    accounts = registers_made["accounts"]
    dialog = TransferDialog(register, frozen_clock, activity_id=accounts.id)
    qtbot.addWidget(dialog)
    assert "ne remplacent pas l'autorisation" in " ".join(
        w.text() for w in dialog.findChildren(QLabel)
    )
    assert dialog.law_exception.currentData() == ""  # none by default
    dialog.country.setCurrentText("US")
    choose(dialog.law_exception, Law0908Exception.EXPRESS_CONSENT)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    transfers = book.get_activity(register, accounts.id).transfers
    assert [(t.country, t.law_exception) for t in transfers] == [
        ("US", Law0908Exception.EXPRESS_CONSENT)
    ]
    # Under an exception, no F118 is asked.
    kinds = [s.kind for s in filing_service.for_activity(register, accounts.id).required]
    assert FormalityKind.TRANSFER not in kinds


@pytest.mark.parametrize("established", [True, False])
def test_organisation_fields_round_trip(qtbot, register, established):
    from dpo_desk.ui.organisation_form import OrganisationFields

    fields = OrganisationFields()
    fields.set_organisation(Organisation(name="Najhine SA"))
    assert fields.established_in_morocco.isChecked()
    assert not fields.representative.isEnabled()
    assert not fields.gdpr_applies.isChecked()
    fields.legal_identifiers.setText("RC 123456 · ICE 001234567000089")
    fields.signatory_name.setText("Salma Bennani")
    fields.signatory_title.setText("Directrice générale")
    fields.established_in_morocco.setChecked(established)
    assert fields.representative.isEnabled() is (not established)
    if not established:
        fields.representative.setText("Cabinet Alami, 12 rue Ibn Batouta, Rabat")
    fields.gdpr_applies.setChecked(True)
    saved = register_file.update_organisation(register, fields.organisation())
    again = OrganisationFields()
    again.set_organisation(register_file.register_info(register).organisation)
    org = again.organisation()
    assert org == saved
    assert (org.legal_identifiers, org.signatory_name, org.signatory_title) == (
        "RC 123456 · ICE 001234567000089",
        "Salma Bennani",
        "Directrice générale",
    )
    assert org.established_in_morocco is established
    assert org.representative == ("" if established else "Cabinet Alami, 12 rue Ibn Batouta, Rabat")
    assert org.gdpr_applies is True
    assert again.representative.isEnabled() is (not established)


def test_settings_lays_out_the_filing_fields_and_saves_a_checkbox(qtbot, register, frozen_clock):
    from dpo_desk.ui.sections.settings import SettingsSection

    settings = SettingsSection(clock=frozen_clock)
    qtbot.addWidget(settings)
    settings.set_register(register)
    assert settings.fields.gdpr_applies.parent() is not None  # laid out in the card
    assert not settings.save_button.isEnabled()
    settings.fields.gdpr_applies.setChecked(True)
    assert settings.save_button.isEnabled()
    with qtbot.waitSignal(settings.organisation_changed):
        qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)
    assert register_file.register_info(register).organisation.gdpr_applies is True
