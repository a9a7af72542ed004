"""Traitements: the list (labels, flags as chips, filters, search, empty states), the
activity form (validation under the field, concurrent edits, a successful save), links
to processors and transfers, navigation, and the lock."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget

from dpo_desk.domain.record_flags import (
    FlagKind,
)
from dpo_desk.domain.records import (
    CndpRegime,
    DataCategory,
    LegalBasis,
    RetentionUnit,
    TransferMechanism,
)
from dpo_desk.services import records as book
from dpo_desk.ui.records.models import CHIPS_ROLE
from dpo_desk.ui.sections.register_base import ALL, FLAGGED
from tests.ui import records_fixtures
from tests.ui.records_fixtures import cell, names, set_filter

registers_made = records_fixtures.registers_made
processing = records_fixtures.processing


# ----------------------------------------------------------------------------- the list


def test_the_model_passes_the_model_tester(qtmodeltester, registers_made, processing):
    assert processing.model.rowCount() == 3
    qtmodeltester.check(processing.model)


def test_rows_show_labels_never_codes(registers_made, processing):
    assert names(processing) == ["Comptes élèves", "Paiements et facturation", "Support client"]
    assert cell(processing, "Paiements et facturation", "bases") == "Exécution d'un contrat"
    assert cell(processing, "Paiements et facturation", "cndp") == "Déclaration · D-443/2022"
    assert cell(processing, "Comptes élèves", "cndp") == "Autorisation · sans récépissé"
    assert cell(processing, "Comptes élèves", "dpia") == "À réaliser"
    assert cell(processing, "Support client", "reviewed") == "04/01/2025"
    assert processing.count_label.text() == "3 traitements"
    codes = {str(v) for enum in (LegalBasis, CndpRegime, DataCategory) for v in enum}
    model = processing.model
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            assert model.data(model.index(row, column)) not in codes


def test_flags_are_chips_with_their_reason(registers_made, processing):
    chips = cell(processing, "Support client", "flags", CHIPS_ROLE)
    # Red first: the unframed transfer to China, then the overdue review (orange).
    assert chips == [("Transfert non encadré", "danger"), ("Revue en retard", "warning")]
    tooltip = cell(processing, "Support client", "flags", Qt.ItemDataRole.ToolTipRole)
    assert "(CN) sans mécanisme enregistré" in tooltip
    assert "Dernière revue du traitement le 04/01/2025" in tooltip
    assert cell(processing, "Comptes élèves", "flags", CHIPS_ROLE) == [
        ("AIPD à réaliser", "warning")
    ]
    # Stripe's US transfer rests on SCCs alone: under 09-08 they support an F118 request,
    # they do not clear the transfer (arts. 43-44).
    assert cell(processing, "Paiements et facturation", "flags", CHIPS_ROLE) == [
        ("Transfert non encadré", "danger")
    ]


def test_a_review_is_overdue_only_once_the_policy_period_has_passed(
    qtbot, register, registers_made
):
    from datetime import UTC, datetime

    from dpo_desk.domain.clock import FixedClock
    from dpo_desk.ui.sections.processing import ProcessingSection

    # 4 January 2026 is twelve months after the last review: not yet overdue.
    earlier = ProcessingSection(clock=FixedClock(datetime(2026, 1, 4, 9, 0, tzinfo=UTC)))
    qtbot.addWidget(earlier)
    earlier.set_register(register)
    chips = cell(earlier, "Support client", "flags", CHIPS_ROLE)
    assert ("Revue en retard", "warning") not in chips
    earlier.clear()


def test_filters_by_basis_regime_dpia_and_flag(registers_made, processing):
    set_filter(processing, processing.basis_filter, LegalBasis.LEGITIMATE_INTERESTS)
    assert names(processing) == ["Support client"]
    set_filter(processing, processing.basis_filter, ALL)
    set_filter(processing, processing.regime_filter, CndpRegime.AUTHORISATION)
    assert names(processing) == ["Comptes élèves"]
    set_filter(processing, processing.regime_filter, ALL)
    set_filter(processing, processing.dpia_filter, "todo")
    assert names(processing) == ["Comptes élèves"]
    set_filter(processing, processing.dpia_filter, "not_required")
    assert names(processing) == ["Paiements et facturation", "Support client"]
    set_filter(processing, processing.dpia_filter, ALL)
    set_filter(processing, processing.flag_filter, FLAGGED)
    assert names(processing) == ["Comptes élèves", "Paiements et facturation", "Support client"]
    set_filter(processing, processing.flag_filter, FlagKind.REVIEW_OVERDUE)
    assert names(processing) == ["Support client"]
    assert processing.count_label.text() == "1 traitement"


def test_search_is_debounced_and_reaches_purposes(qtbot, registers_made, processing):
    with qtbot.waitSignal(processing._debounce.timeout):
        qtbot.keyClicks(processing.search, "abonnements")
    assert names(processing) == ["Paiements et facturation"]


def test_empty_states(qtbot, register, processing, registers_made):
    processing.reload()
    assert processing.list_stack.currentWidget() is processing.table
    with qtbot.waitSignal(processing._debounce.timeout):
        qtbot.keyClicks(processing.search, "introuvable")
    assert processing.list_stack.currentWidget() is processing.empty_filter
    qtbot.mouseClick(processing.empty_filter.action_button, Qt.MouseButton.LeftButton)
    assert processing.search.text() == "" and len(names(processing)) == 3


def test_an_empty_register_says_what_will_appear(processing):
    assert processing.model.rowCount() == 0
    assert processing.list_stack.currentWidget() is processing.empty_register
    assert processing.empty_register.action_button.isEnabled()


# ----------------------------------------------------------------------------- the form


def test_the_form_shows_errors_under_the_field_and_keeps_the_typing(qtbot, processing):
    dialog = processing.open_new_dialog()
    form = dialog.form
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert form.fields.field_error("name") == "Le nom du traitement est obligatoire."
    assert dialog.isVisible()

    form.name.setText("Newsletter")
    assert form.fields.field_error("name") == ""  # editing the field clears its error
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "au moins une finalité" in form.fields.field_error("purposes")

    row = form.purposes.row_widgets()[0]
    row["description"].setText("Envoyer la lettre d'information")
    row["basis"].setCurrentIndex(row["basis"].findData(str(LegalBasis.LEGITIMATE_INTERESTS)))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "intérêt légitime" in form.fields.field_error("purposes")
    row["justification"].setText("Informer les abonnés des nouveaux cours")

    form.data_categories.boxes[str(DataCategory.IDENTITY)].setChecked(True)
    rule = form.retention.add_row()
    rule["category"].setCurrentIndex(rule["category"].findData(str(DataCategory.FINANCIAL)))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "ne collecte pas" in form.fields.field_error("retention")
    rule["category"].setCurrentIndex(rule["category"].findData(str(DataCategory.IDENTITY)))
    rule["amount"].setValue(0)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "entre 1 et 1000" in form.fields.field_error("retention")
    rule["amount"].setValue(3)
    rule["unit"].setCurrentIndex(rule["unit"].findData(str(RetentionUnit.YEARS)))
    rule["trigger"].setText("après le dernier contact")

    form.last_reviewed_on.set_value(date(2026, 3, 11))  # tomorrow
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "futur" in form.fields.field_error("last_reviewed_on")
    form.last_reviewed_on.set_value(date(2026, 3, 10))

    form.cndp_receipt_on.set_value(date(2025, 1, 2))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "numéro" in form.fields.field_error("cndp_receipt")
    form.cndp_receipt.setText("D-12/2025")
    # Everything typed is still there after five refusals.
    assert form.name.text() == "Newsletter"
    assert row["justification"].text() == "Informer les abonnés des nouveaux cours"

    with qtbot.waitSignal(dialog.saved) as done:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    created = done.args[0]
    assert created.purposes[0].legal_basis is LegalBasis.LEGITIMATE_INTERESTS
    assert created.retention[0].text() == "3 ans après le dernier contact"
    assert created.cndp_receipt == "D-12/2025"
    assert not dialog.isVisible()
    assert processing.pages.currentWidget() is processing.detail_page
    assert processing.detail_title.text() == "Newsletter"
    assert "Newsletter" in names(processing)


def test_a_duplicate_name_is_refused_under_the_name(qtbot, registers_made, processing):
    dialog = processing.open_new_dialog()
    dialog.form.name.setText("support CLIENT")
    dialog.form.purposes.row_widgets()[0]["description"].setText("Autre")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "existe déjà" in dialog.form.fields.field_error("name")
    dialog.reject()


def test_editing_saves_and_a_concurrent_change_is_not_overwritten(
    qtbot, register, frozen_clock, registers_made, processing
):
    assert processing.show_item(f"#{registers_made['payments'].id}")
    dialog = processing.open_edit_dialog()
    assert dialog.form.name.text() == "Paiements et facturation"
    assert dialog.form.cndp_receipt.text() == "D-443/2022"
    # Meanwhile, someone else (the CLI) saves the same activity.
    current = book.get_activity(register, registers_made["payments"].id)
    book.save_activity(
        register, replace(current.details(), notes="CLI"), current=current, clock=frozen_clock
    )
    dialog.form.owner_department.setText("Comptabilité")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.message.tone == "warning"
    assert "modifié entre-temps" in dialog.message.text()
    assert dialog.reload_button.isVisible()
    assert dialog.form.owner_department.text() == "Comptabilité"  # the typing is kept
    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    assert dialog.form.notes.text() == "CLI"
    dialog.form.owner_department.setText("Comptabilité")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = book.get_activity(register, registers_made["payments"].id)
    assert (saved.owner_department, saved.notes) == ("Comptabilité", "CLI")
    assert "Comptabilité" in processing.detail_summary.text()


def test_marking_reviewed_clears_the_review_flag(qtbot, registers_made, processing):
    processing.show_item("Support client")
    assert processing.flag_box.isVisibleTo(processing)
    assert "Dernière revue du traitement" in processing.flag_text.text()
    qtbot.mouseClick(processing.reviewed_button, Qt.MouseButton.LeftButton)
    assert "Dernière revue du traitement" not in processing.flag_text.text()
    assert processing.sheet_values()["Dernière revue"] == "10/03/2026"


# ----------------------------------------------------------------------------- links


def test_the_detail_shows_processors_and_transfers(registers_made, processing):
    processing.show_item(f"#{registers_made['payments'].id}")
    assert processing.processor_links.ids() == [
        registers_made["stripe"].id,
        registers_made["wafacash"].id,
    ]
    wafacash = processing.processor_links.item(1)
    assert "Revue en retard" in wafacash.text()
    transfer = processing.transfer_links.item(0).text()
    assert transfer.startswith("US  ·  Clauses contractuelles types")
    assert "Stripe" in transfer
    assert "Exécution d'un contrat" in processing.sheet_values()["Finalités"]
    assert processing.sheet_values()["Conservation"] == (
        "Informations d'ordre économique et financier : 10 ans après la vente"
    )


def test_link_and_unlink_a_processor(qtbot, register, registers_made, processing):
    processing.show_item("Comptes élèves")
    assert processing.processor_links.ids() == [registers_made["mixpanel"].id]
    dialog = processing.open_link_dialog()
    dialog.choice.setCurrentIndex(dialog.choice.findData(str(registers_made["stripe"].id)))
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert registers_made["stripe"].id in processing.processor_links.ids()
    assert (
        registers_made["accounts"].id
        in book.get_processor(register, registers_made["stripe"].id).activity_ids
    )
    links = processing.processor_links
    assert not processing.unlink_button.isEnabled()  # nothing chosen yet
    links.setCurrentRow(links.ids().index(registers_made["mixpanel"].id))
    qtbot.mouseClick(processing.unlink_button, Qt.MouseButton.LeftButton)
    assert links.ids() == [registers_made["stripe"].id]


def test_clicking_a_processor_asks_to_open_it(qtbot, registers_made, processing):
    processing.show_item("Support client")
    links: QListWidget = processing.processor_links
    with qtbot.waitSignal(processing.navigate) as navigate:
        links.itemActivated.emit(links.item(0))
    assert navigate.args == ["processors", f"#{registers_made['zendesk'].id}"]


def test_add_a_transfer_from_the_activity(qtbot, register, registers_made, processing):
    processing.show_item("Comptes élèves")
    dialog = processing.open_transfer_dialog()
    assert not dialog.activity.isEnabled()  # added from this activity
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.fields.field_error("country") == "Ce champ est obligatoire."
    dialog.country.setCurrentText("ca")
    dialog.mechanism.setCurrentIndex(
        dialog.mechanism.findData(str(TransferMechanism.CNDP_AUTHORISATION))
    )
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "F118" in dialog.fields.field_error("reference")
    dialog.mechanism.setCurrentIndex(dialog.mechanism.findData(str(TransferMechanism.DEROGATION)))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "dérogation" in dialog.fields.field_error("derogation")
    dialog.mechanism.setCurrentIndex(0)  # none recorded: allowed, and flagged
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (line,) = [processing.transfer_links.item(i) for i in range(processing.transfer_links.count())]
    assert line.text().startswith("CA  ·  Aucun mécanisme enregistré")
    assert "(CA) sans mécanisme" in processing.flag_text.text()
    assert ("Transfert non encadré", "danger") in processing.model.data(
        processing.model.index(names(processing).index("Comptes élèves"), 1), CHIPS_ROLE
    )


# ----------------------------------------------------------------------------- the lock


def test_lock_clears_everything(qtbot, registers_made, processing):
    with qtbot.waitSignal(processing._debounce.timeout):
        qtbot.keyClicks(processing.search, "Support")
    processing.show_item("Support client")
    dialog = processing.open_edit_dialog()
    processing.clear()
    assert not dialog.isVisible() and processing.active_dialog is None
    assert processing.model.rowCount() == 0 and processing.model.names() == []
    assert processing.search.text() == ""
    assert processing.current is None and processing.flags is None
    assert processing.pages.currentWidget() is processing.list_page
    shown = [w.text() for w in processing.findChildren(QLabel)]
    assert not any("Support" in text for text in shown)
    assert processing.processor_links.count() == processing.transfer_links.count() == 0
    assert not processing.new_button.isEnabled()


# ----------------------------------------------------------------------------- requests


def test_a_request_names_the_activities_it_concerns(qtbot, register, frozen_clock, registers_made):
    from dpo_desk.ui.sections.requests import RequestsSection
    from tests.ui.requests_fixtures import make_request

    request = make_request(register, frozen_clock, "Yassine El Amrani", received=date(2026, 3, 9))
    section = RequestsSection(clock=frozen_clock)
    qtbot.addWidget(section)
    section.set_register(register)
    assert section.show_request(request.reference)
    picker = section.detail.activities
    assert picker.linked_ids() == [] and picker.none_label.isVisibleTo(picker)
    # A name the box may cut is whole in its tooltip, and the list is as wide as the names.
    names = [picker.choice.itemText(i) for i in range(picker.choice.count())]
    tips = [picker.choice.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(len(names))]
    assert names and tips == names
    assert picker.choice.view().minimumWidth() >= picker.choice.view().sizeHintForColumn(0)
    picker.choice.setCurrentIndex(picker.choice.findData(registers_made["support"].id))
    qtbot.mouseClick(picker.link_button, Qt.MouseButton.LeftButton)
    assert picker.linked_ids() == [registers_made["support"].id]
    assert [a.id for a in book.activities_for_case(register, "request", request.id)] == [
        registers_made["support"].id
    ]
    assert picker.choice.findData(registers_made["support"].id) == -1  # no double link
    with qtbot.waitSignal(section.detail.navigate) as navigate:
        picker.list.itemActivated.emit(picker.list.item(0))
    assert navigate.args == ["processing", f"#{registers_made['support'].id}"]
    picker.list.setCurrentRow(0)
    qtbot.mouseClick(picker.unlink_button, Qt.MouseButton.LeftButton)
    assert picker.linked_ids() == []
    assert book.activities_for_case(register, "request", request.id) == []
    section.clear()
    assert picker.register is None and picker.choice.count() == 0
