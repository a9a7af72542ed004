"""Sous-traitants: the list (flags with a frozen clock, filters, search), the processor
form (validation, a successful save), the end of a contract and the fate of the data,
links to activities and transfers, navigation through the window, and the lock."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from dpo_desk.domain.clock import FixedClock
from dpo_desk.domain.record_flags import (
    FlagKind,
)
from dpo_desk.domain.records import (
    DataOutcome,
    ProcessorStatus,
    TransferMechanism,
)
from dpo_desk.security.keystore import Keystore
from dpo_desk.services import records as book
from dpo_desk.services.preferences import Preferences
from dpo_desk.ui.main_window import MainWindow
from dpo_desk.ui.records.models import CHIPS_ROLE
from dpo_desk.ui.sections.processing import ProcessingSection
from dpo_desk.ui.sections.processors import ProcessorsSection
from dpo_desk.ui.sections.register_base import ALL, FLAGGED
from dpo_desk.ui.sections.settings import SettingsSection
from dpo_desk.ui.session import FileClaim, Opened
from tests.ui import records_fixtures
from tests.ui.conftest import settle
from tests.ui.records_fixtures import cell, names, set_filter

registers_made = records_fixtures.registers_made
processors = records_fixtures.processors


def chips(section, name):
    return cell(section, name, "flags", CHIPS_ROLE)


# ----------------------------------------------------------------------------- the list


def test_the_model_passes_the_model_tester(qtmodeltester, registers_made, processors):
    assert processors.model.rowCount() == 5
    qtmodeltester.check(processors.model)


def test_flags_no_dpa_review_overdue_and_transfer_without_mechanism(registers_made, processors):
    assert chips(processors, "Mixpanel") == [("Sans contrat (DPA)", "danger")]
    assert chips(processors, "WafaCash") == [("Revue en retard", "warning")]
    assert chips(processors, "Zendesk") == [("Transfert non encadré", "danger")]
    assert chips(processors, "Ancien hébergeur") == [("Données non restituées", "danger")]
    # US under SCCs alone: the CNDP's F118 authorisation is still due (09-08 arts. 43-44).
    assert chips(processors, "Stripe") == [("Transfert non encadré", "danger")]
    tooltip = cell(processors, "WafaCash", "flags", Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Revue du sous-traitant prévue le 09/03/2026 : 1 jour(s) de retard."
    assert cell(processors, "Mixpanel", "dpa") == "Non signé"
    assert cell(processors, "Stripe", "dpa") == "Signé le 15/01/2025"
    assert cell(processors, "Ancien hébergeur", "status") == "Contrat terminé"


def test_the_day_before_the_review_was_not_overdue(qtbot, register, registers_made):
    section = ProcessorsSection(clock=FixedClock(datetime(2026, 3, 9, 9, 0, tzinfo=UTC)))
    qtbot.addWidget(section)
    section.set_register(register)
    assert chips(section, "WafaCash") == []
    section.clear()


def test_filters_status_country_and_flags(qtbot, registers_made, processors):
    set_filter(processors, processors.status_filter, ProcessorStatus.ENDED)
    assert names(processors) == ["Ancien hébergeur"]
    set_filter(processors, processors.status_filter, ProcessorStatus.ACTIVE)
    set_filter(processors, processors.country_filter, "US")
    assert names(processors) == ["Stripe", "Zendesk"]
    set_filter(processors, processors.country_filter, ALL)
    set_filter(processors, processors.flag_filter, FLAGGED)
    assert names(processors) == ["Mixpanel", "Stripe", "WafaCash", "Zendesk"]
    set_filter(processors, processors.flag_filter, FlagKind.MISSING_DPA)
    assert names(processors) == ["Mixpanel"]
    set_filter(processors, processors.flag_filter, FlagKind.TRANSFER_WITHOUT_MECHANISM)
    assert names(processors) == ["Stripe", "Zendesk"]
    set_filter(processors, processors.flag_filter, FlagKind.REVIEW_OVERDUE)
    assert names(processors) == ["WafaCash"]
    set_filter(processors, processors.status_filter, ALL)
    set_filter(processors, processors.flag_filter, ALL)
    with qtbot.waitSignal(processors._debounce.timeout):
        qtbot.keyClicks(processors.search, "agence")
    assert names(processors) == ["WafaCash"]


def test_show_item_with_a_flag_filters_the_list(registers_made, processors):
    assert processors.show_item("flag:missing_dpa")
    assert processors.flag_filter.currentData() == str(FlagKind.MISSING_DPA)
    assert names(processors) == ["Mixpanel"]
    assert not processors.show_item("flag:nonsense")


# ----------------------------------------------------------------------------- the form


def test_the_form_validates_and_saves(qtbot, register, processors):
    dialog = processors.open_new_dialog()
    form = dialog.form
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert form.fields.field_error("name") == "Le nom du sous-traitant est obligatoire."
    qtbot.keyClicks(form.name, "Hotjar")
    qtbot.keyClicks(form.countries, "MT, USA")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert form.fields.field_error("countries") == (
        "« USA » n'est pas un code pays ISO 3166 à deux lettres (ex. US, FR)."
    )
    form.countries.setText("mt us")
    form.dpa_signed_on.set_value(date(2025, 6, 1))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "contrat de sous-traitance signé" in form.fields.field_error("dpa_signed_on")
    form.dpa_signed.setChecked(True)
    form.contract_ends_on.set_value(date(2025, 1, 1))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "ne peut pas précéder la signature" in form.fields.field_error("contract_ends_on")
    form.contract_ends_on.set_value(None)
    for box in list(form.clauses.boxes.values())[:7]:
        box.setChecked(True)
    form.certifications.setPlainText("ISO 27001\n\niso 27001\nSOC 2")
    assert form.name.text() == "Hotjar"  # kept through four refusals
    with qtbot.waitSignal(dialog.saved) as done:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    created = done.args[0]
    assert created.countries == ("MT", "US") and created.certifications == ("ISO 27001", "SOC 2")
    assert processors.detail_title.text() == "Hotjar"
    # Clause (h) is not checked, and the US has no transfer recorded: both said.
    assert "non vérifiées dans le contrat : h." in processors.flag_text.text()
    assert "(US) et aucun transfert" in processors.flag_text.text()
    assert "Hotjar" in names(processors)


def test_end_of_contract_then_return_of_the_data(qtbot, register, registers_made, processors):
    processors.show_item("Mixpanel")
    assert processors.end_button.isVisible() and not processors.outcome_button.isVisible()
    dialog = processors.open_end_dialog()
    dialog.ended_on.setDate(dialog.ended_on.date().addDays(1))  # tomorrow: refused
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "futur" in dialog.fields.field_error("ended_on")
    dialog.ended_on.setDate(dialog.ended_on.date().addDays(-2))
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    ended = book.get_processor(register, registers_made["mixpanel"].id)
    assert ended.status is ProcessorStatus.ENDED and ended.ended_on == date(2026, 3, 9)
    assert "sans restitution ni suppression" in processors.flag_text.text()
    assert not processors.end_button.isVisible() and processors.outcome_button.isVisible()

    dialog = processors.open_outcome_dialog()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(str(DataOutcome.DELETED)))
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not processors.flag_box.isVisibleTo(processors)
    assert "Données supprimées le 10/03/2026" in processors.sheet_values()["Statut"]
    assert chips(processors, "Mixpanel") == []


# ----------------------------------------------------------------------------- links


def test_a_processor_shows_its_activities_and_links_one(
    qtbot, register, registers_made, processors
):
    processors.show_item("Stripe")
    assert processors.activity_links.ids() == [registers_made["payments"].id]
    assert "US  ·  Clauses contractuelles types" in processors.transfer_links.item(0).text()
    dialog = processors.open_link_dialog()
    dialog.choice.setCurrentIndex(dialog.choice.findData(str(registers_made["support"].id)))
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert registers_made["support"].id in processors.activity_links.ids()
    assert (
        registers_made["stripe"].id
        in book.get_activity(register, registers_made["support"].id).processor_ids
    )
    links = processors.activity_links
    with qtbot.waitSignal(processors.navigate) as navigate:
        links.itemActivated.emit(links.item(0))
    assert navigate.args == ["processing", f"#{registers_made['payments'].id}"]


def test_a_transfer_added_from_the_processor_lifts_its_flag(qtbot, registers_made, processors):
    processors.show_item("Zendesk")
    assert "(US) et aucun transfert" in processors.flag_text.text()
    dialog = processors.open_transfer_dialog()
    assert not dialog.processor.isEnabled() and dialog.activity.isEnabled()
    dialog.country.setCurrentText("US")
    # The CNDP authorised it (F118): a footing under 09-08, unlike clauses alone.
    dialog.mechanism.setCurrentIndex(
        dialog.mechanism.findData(str(TransferMechanism.CNDP_AUTHORISATION))
    )
    dialog.reference.setText("T-HB-160/2026")
    dialog.activity.setCurrentIndex(dialog.activity.findData(str(registers_made["support"].id)))
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not processors.flag_box.isVisibleTo(processors)
    assert chips(processors, "Zendesk") == []
    assert processors.transfer_links.item(0).text().endswith("Support client")


# ----------------------------------------------------------------------------- the window


@pytest.fixture
def window(qtbot, register, frozen_clock):
    claim = FileClaim(register.path)
    claim.acquire()
    sections = [
        ProcessingSection(clock=frozen_clock),
        ProcessorsSection(clock=frozen_clock),
        SettingsSection(),
    ]
    win = MainWindow(Opened(register, claim), Preferences.load(), Keystore(), sections=sections)
    qtbot.addWidget(win)
    settle(qtbot, win)
    yield win
    win.close()


def test_links_jump_between_the_registers_and_the_lock_clears_both(qtbot, registers_made, window):
    processing = window.section("processing")
    processors_section = window.section("processors")
    window.show()
    qtbot.waitExposed(window)
    window.show_section("processing")
    processing.show_item("Support client")
    links = processing.processor_links
    links.itemActivated.emit(links.item(0))
    assert window.stack.currentWidget() is processors_section
    assert processors_section.pages.currentWidget() is processors_section.detail_page
    assert processors_section.detail_title.text() == "Zendesk"
    back = processors_section.activity_links
    back.itemActivated.emit(back.item(0))
    assert window.stack.currentWidget() is processing
    assert processing.detail_title.text() == "Support client"

    window.lock()
    for section in (processing, processors_section):
        assert section.model.rowCount() == 0 and section.current is None
        texts = [w.text() for w in section.findChildren(QLabel)]
        assert not any("Zendesk" in t or "Support client" in t for t in texts)


def test_lock_clears_the_processor_screen(qtbot, registers_made, processors):
    processors.show_item("Stripe")
    dialog = processors.open_edit_dialog()
    assert dialog.form.name.text() == "Stripe"
    processors.clear()
    assert not dialog.isVisible() and processors.active_dialog is None
    assert processors.model.rowCount() == 0 and processors.current is None
    assert processors.activity_links.count() == processors.transfer_links.count() == 0
    assert processors.country_filter.count() == 1  # "Tous les pays": the codes were the register's
    assert not any("Stripe" in w.text() for w in processors.findChildren(QLabel))
