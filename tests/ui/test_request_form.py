"""The new-request dialog, the detail page, and the workflow steps, driven through the UI."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog

from dpo_desk.domain.clock import FixedClock
from dpo_desk.domain.requests.workflow import Regime, RequestStatus, Right
from dpo_desk.services import requests as request_service
from dpo_desk.ui.requests.dialogs import ActionDialog, NewRequestDialog
from dpo_desk.ui.requests.model import COLUMN_KEYS
from tests.ui import requests_fixtures
from tests.ui.requests_fixtures import GDPR, TODAY, make_request

# Fixtures shared by both files (requests made through the services; the section).
demo_requests = requests_fixtures.demo_requests
section = requests_fixtures.section


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    if isinstance(button, QCheckBox):
        # On the box itself: a check box spans its grid cell, but only the box and its
        # text take clicks.
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_new(qtbot, section) -> NewRequestDialog:
    qtbot.keyClick(section.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = section.new_dialog
    assert isinstance(dialog, NewRequestDialog) and dialog.isVisible()
    return dialog


def fill(qtbot, dialog, *, name="Fatima Zahra Alaoui", email="fz.alaoui@gmail.com"):
    fields = dialog.fields
    if name.isascii():
        qtbot.keyClicks(fields.requester_name, name)
    else:
        fields.requester_name.insert(name)  # QTest types ASCII only; an input method would
    qtbot.keyClicks(fields.requester_email, email)
    qtbot.keyClicks(fields.requester_phone, "+212 661 00 00 00")
    click(qtbot, fields.rights.boxes["rectification"])


# ----------------------------------------------------------------------------- creation


def test_the_dialog_starts_on_today_under_law_09_08(qtbot, section):
    dialog = open_new(qtbot, section)
    fields = dialog.fields
    assert fields.received_on.date() == QDate(2026, 3, 10)
    assert fields.regimes.values() == {"law-09-08"}
    assert fields.rights.values() == set()
    # The data subject's name is asked only when someone else makes the request.
    assert not fields.box("subject_name").isVisible()
    fields.requester_role.setCurrentIndex(fields.requester_role.findData("parent"))
    assert fields.box("subject_name").isVisible()
    dialog.reject()


def test_a_future_receipt_date_is_refused_on_its_field(qtbot, section):
    dialog = open_new(qtbot, section)
    fill(qtbot, dialog)
    dialog.fields.received_on.setDate(QDate(2026, 3, 11))
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.fields.field_error("received_on") == (
        "La date de réception (2026-03-11) ne peut pas être dans le futur."
    )
    assert dialog.fields.received_on.property("invalid") is True
    # Nothing typed is lost, nothing is stored.
    assert dialog.fields.requester_name.text() == "Fatima Zahra Alaoui"
    assert section.model.rowCount() == 0
    # Correcting the field clears its error.
    dialog.fields.received_on.setDate(QDate(2026, 3, 9))
    assert dialog.fields.field_error("received_on") == ""
    assert not dialog.fields.received_on.property("invalid")
    dialog.reject()


def test_a_malformed_email_is_refused_on_its_field(qtbot, section):
    dialog = open_new(qtbot, section)
    fill(qtbot, dialog, email="fz.alaoui@gmail")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.fields.field_error("requester_email") == (
        "L'adresse e-mail « fz.alaoui@gmail » n'a pas une forme valide."
    )
    assert dialog.fields.requester_email.property("invalid") is True
    assert dialog.focusWidget() is dialog.fields.requester_email
    dialog.reject()


def test_a_request_needs_a_right_and_a_regime(qtbot, section):
    dialog = open_new(qtbot, section)
    fill(qtbot, dialog)
    click(qtbot, dialog.fields.rights.boxes["rectification"])  # unticked again
    click(qtbot, dialog.save_button)
    assert dialog.fields.field_error("rights") == "Indiquez au moins un droit exercé."
    assert dialog.fields.rights.property("invalid") is True
    click(qtbot, dialog.fields.rights.boxes["access"])
    assert dialog.fields.field_error("rights") == ""
    click(qtbot, dialog.fields.regimes.boxes["law-09-08"])
    click(qtbot, dialog.save_button)
    assert dialog.fields.field_error("regimes") == (
        "Indiquez au moins un régime (Loi 09-08 ou RGPD)."
    )
    assert section.model.rowCount() == 0
    dialog.reject()


def test_a_new_request_is_saved_and_selected_in_the_list(qtbot, demo_requests, section):
    section.filters.status.setCurrentIndex(section.filters.status.findData("answered"))
    dialog = open_new(qtbot, section)
    fill(qtbot, dialog, name="فاطمة الزهراء العلوي")
    dialog.fields.received_on.setDate(QDate(2026, 3, 6))
    qtbot.keyClicks(dialog.fields.assignee, "Salma")
    with qtbot.waitSignal(section.status_message) as message:
        click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    stored = request_service.find_request(section.register, "DSR-2026-0007")
    assert stored.requester_name == "فاطمة الزهراء العلوي"
    assert stored.rights == frozenset({Right.RECTIFICATION})
    assert stored.received_on == date(2026, 3, 6)
    # 09-08 art. 8: ten clear days, 16 March (a Monday).
    assert stored.due_on == date(2026, 3, 16)
    assert message.args == ["Demande DSR-2026-0007 enregistrée — échéance le 16/03/2026."]
    # The "Répondues" filter would hide it: the filters are cleared and it is selected.
    assert section.filters.shows_all()
    assert section.model.rowCount() == 7
    assert section.selected_id() == stored.id
    row = section.table.currentIndex().row()
    assert section.model.row_at(row).reference == "DSR-2026-0007"
    assert section.new_dialog is None


# ----------------------------------------------------------------------------- detail


def open_detail(section, request):
    assert section.show_request(request.reference)
    return section.detail


def test_the_detail_shows_the_deadline_its_basis_and_why(qtbot, demo_requests, section):
    detail = open_detail(section, demo_requests["karim"])
    assert detail.reference.text() == demo_requests["karim"].reference
    assert detail.chip.text() == "Nouvelle"
    # Both regimes: the GDPR month (12 March) comes before the 09-08 policy date.
    assert detail.deadline.text() == "Échéance le 12/03/2026 — dans 2 jours"
    assert detail.deadline.property("urgency") == "soon"
    assert detail.basis.text().startswith("Fondement : RGPD art. 12(3) (délai légal)")
    assert not detail.why.isVisible()
    click(qtbot, detail.why_button)
    assert detail.why.isVisible()
    why = detail.why.text()
    assert "RGPD, Droit d'opposition : 12/03/2026" in why
    assert "12/03/2026" in why and "16/03/2026" in why
    assert "Loi 09-08" in why and "Politique interne" in why
    assert "retenue" in why
    # The data subject, when a parent asks for a minor.
    assert detail.fields.subject_name.text() == "Adam Tazi"
    summary = detail.summary.text()
    assert summary.startswith("\u200e")  # laid out left to right, whatever the name's script
    assert "Karim Tazi (parent ou tuteur) pour Adam Tazi" in (
        summary.replace("\u2068", "").replace("\u2069", "")
    )

    overdue = open_detail(section, demo_requests["salma"])
    assert overdue.deadline.text() == "Échéance le 24/02/2026 — 14 jours de retard"
    assert overdue.deadline.property("urgency") == "overdue"


# 20 May 2026: Aïd al-Adha 1447 is estimated for Thursday 28 May (the package's 27 + 1).
MAY = datetime(2026, 5, 20, 9, 30, tzinfo=UTC)


@pytest.fixture
def may_section(qtbot, register):
    from dpo_desk.ui.sections.requests import RequestsSection

    widget = RequestsSection(clock=FixedClock(MAY))
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.set_register(register)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.clear()


def test_why_shows_the_date_an_estimated_holiday_would_give(qtbot, register, may_section):
    # 09-08 rectification received 18 May: ten clear days end on 28 May, the estimated
    # Aïd al-Adha, which does not delay the date until it is confirmed.
    fix = make_request(
        register,
        FixedClock(MAY),
        "Sara Idrissi",
        received=date(2026, 5, 18),
        rights=(Right.RECTIFICATION,),
    )
    may_section.refresh()
    detail = open_detail(may_section, fix)
    assert detail.deadline.text().startswith("Échéance le 28/05/2026")
    assert not detail.regime_note.isVisible()  # rectification is a 09-08 right
    click(qtbot, detail.why_button)
    why = detail.why.text()
    assert "Loi 09-08, Droit de rectification : 28/05/2026" in why
    assert "Lecture prudente du délai franc : réception + 10 jours." in why
    # The later readings, under the candidate: the estimate confirmed, the strict reading.
    assert (
        "Peut passer au 01/06/2026 si la date estimée de Fête du sacrifice (28/05/2026) est "
        "confirmée : une date estimée ne retarde jamais une échéance."
    ) in why
    assert "au sens strict du délai franc (Cour suprême, 19/02/1964), l'échéance serait " in why

    # Confirmed as estimated: the date moves, and the holidays passed are named.
    request_service.confirm_lunar_holiday(register, "eid-al-adha/1447", date(2026, 5, 28))
    detail.reload()
    assert detail.deadline.text().startswith("Échéance le 01/06/2026")
    why = detail.why.text()
    assert "Le 28/05/2026 n'est pas un jour ouvré" in why
    assert (
        "Jours chômés passés : Fête du sacrifice (28/05/2026), Fête du sacrifice (29/05/2026)."
        in why
    )
    assert "Peut passer au" not in why


def test_portability_under_law_09_08_is_said_on_the_page(qtbot, register, frozen_clock, section):
    law_only = make_request(
        register, frozen_clock, "Yassine El Amrani", received=TODAY, rights=(Right.PORTABILITY,)
    )
    both = make_request(
        register,
        frozen_clock,
        "Karim Tazi",
        received=TODAY,
        rights=(Right.PORTABILITY, Right.ACCESS),
        regimes=GDPR | {Regime.LAW_09_08},
    )
    gdpr_only = make_request(
        register,
        frozen_clock,
        "Lukas Schneider",
        received=TODAY,
        rights=(Right.PORTABILITY,),
        regimes=GDPR,
    )
    section.refresh()
    detail = open_detail(section, law_only)
    assert detail.regime_note.isVisible() and detail.regime_note.tone == "info"
    assert detail.regime_note.text() == (
        "La portabilité n'est pas un droit prévu par la loi 09-08 : réponse dans le délai de "
        "politique interne."
    )
    assert detail.basis.text().startswith("Fondement : Politique interne")
    detail = open_detail(section, both)
    assert detail.regime_note.text() == (
        "La portabilité n'est pas un droit prévu par la loi 09-08 : elle n'est due qu'au titre "
        "du RGPD."
    )
    detail = open_detail(section, gdpr_only)
    assert not detail.regime_note.isVisible()


def test_editing_details_saves_and_is_journaled(qtbot, demo_requests, section):
    detail = open_detail(section, demo_requests["lukas"])
    assert not detail.save_button.isEnabled()
    detail.fields.requester_email.clear()
    qtbot.keyClicks(detail.fields.requester_email, "pas-une-adresse")
    assert detail.save_button.isEnabled()
    click(qtbot, detail.save_button)
    assert detail.fields.field_error("requester_email").startswith("L'adresse e-mail")
    assert detail.fields.requester_email.text() == "pas-une-adresse"

    detail.fields.requester_email.clear()
    qtbot.keyClicks(detail.fields.requester_email, "lukas@schneider.de")
    # Adding the 09-08 rectification right brings the date forward (ten clear days).
    click(qtbot, detail.fields.regimes.boxes["law-09-08"])
    click(qtbot, detail.fields.rights.boxes["rectification"])
    with qtbot.waitSignal(detail.changed):
        click(qtbot, detail.save_button)
    stored = request_service.get_request(section.register, demo_requests["lukas"].id)
    assert stored.requester_email == "lukas@schneider.de"
    assert stored.due_on == date(2026, 3, 16)  # 5 March + 10 = 15 March, a Sunday
    assert detail.deadline.text() == "Échéance le 16/03/2026 — dans 6 jours"
    assert detail.message.text() == f"Demande {stored.reference} enregistrée."
    journal = [detail.journal.item(i).text() for i in range(detail.journal.count())]
    assert "Détails modifiés" in journal[0]
    assert "E-mail : modifié" in journal[0]  # the journal never copies the address
    assert "lukas@schneider.de" not in "\n".join(journal)
    assert "Échéance : 06/04/2026 → 16/03/2026" in journal[0]
    # The list row follows.
    row = section.table.currentIndex().row()
    assert section.model.row_at(row).due_on == date(2026, 3, 16)


def test_a_concurrent_change_keeps_what_was_typed(qtbot, demo_requests, section, frozen_clock):
    detail = open_detail(section, demo_requests["yassine"])
    qtbot.keyClicks(detail.fields.assignee, " et Salma")
    # Meanwhile, someone else (the CLI, another window) starts the work.
    request_service.start_work(section.register, demo_requests["yassine"], clock=frozen_clock)
    click(qtbot, detail.save_button)
    assert "a été modifiée entre-temps" in detail.message.text()
    assert detail.message.tone == "warning"
    assert detail.fields.assignee.text() == " et Salma"
    assert detail.reload_button.isVisible()
    click(qtbot, detail.reload_button)
    assert detail.chip.text() == "En cours de traitement"
    assert not detail.reload_button.isVisible()


# ----------------------------------------------------------------------------- the workflow


def run_action(qtbot, detail, key: str, **values) -> ActionDialog:
    click(qtbot, detail.action_buttons[key])
    dialog = detail.active_dialog
    assert isinstance(dialog, ActionDialog) and dialog.isVisible()
    for name, value in values.items():
        widget = dialog.inputs[name]
        if isinstance(value, date):
            widget.setDate(QDate(value.year, value.month, value.day))
        elif hasattr(widget, "findData"):
            widget.setCurrentIndex(widget.findData(value))
        else:
            qtbot.keyClicks(widget, value)
    click(qtbot, dialog.confirm_button)
    return dialog


def enabled_actions(detail) -> set[str]:
    return {key for key, button in detail.action_buttons.items() if button.isEnabled()}


def test_identity_then_answer_then_close(qtbot, demo_requests, section):
    request = demo_requests["yassine"]
    detail = open_detail(section, request)
    assert enabled_actions(detail) == {
        "request_identity",
        "identity_verified",
        "identity_failed",
        "start",
        "refuse",
        "withdraw",
    }

    with qtbot.waitSignal(section.status_message) as message:
        dialog = run_action(qtbot, detail, "request_identity", identity_method="Copie de la CIN")
    assert not dialog.isVisible()
    assert message.args[0].endswith("en attente du justificatif d'identité.")
    assert detail.chip.text() == "En attente du justificatif d'identité"
    assert detail.follow_values["identity"].text() == "Justificatif demandé"
    assert detail.follow_values["identity_method"].text() == "Copie de la CIN"
    assert "start" in enabled_actions(detail) and "answer" not in enabled_actions(detail)

    run_action(qtbot, detail, "identity_verified", identity_checked_on=date(2026, 3, 10))
    assert detail.chip.text() == "En cours de traitement"
    assert detail.follow_values["identity"].text() == "Identité vérifiée"
    assert detail.follow_values["identity_checked_on"].text() == "10/03/2026"
    assert enabled_actions(detail) == {
        "request_identity",
        "extend",
        "answer",
        "refuse",
        "withdraw",
    }

    run_action(qtbot, detail, "answer", answered_on=date(2026, 3, 10), answer_channel="post")
    assert detail.chip.text() == "Répondue"
    assert detail.follow_values["answered_on"].text() == "le 10/03/2026, par courrier postal"
    assert detail.deadline.text() == "Échéance le 09/04/2026"  # no countdown once answered
    assert enabled_actions(detail) == {"close"}

    run_action(qtbot, detail, "close")
    assert detail.chip.text() == "Clôturée"
    assert enabled_actions(detail) == set()
    assert detail.follow_values["closed_on"].text() == "10/03/2026"
    assert not detail.save_button.isEnabled()
    assert detail.fields.requester_name.isReadOnly()

    stored = request_service.get_request(section.register, request.id)
    assert stored.status is RequestStatus.CLOSED
    actions = [detail.journal.item(i).text().splitlines()[0] for i in range(detail.journal.count())]
    assert actions == [
        "Demande clôturée",
        "Réponse envoyée",
        "Vérification d'identité",
        "Justificatif d'identité demandé",
        "Demande enregistrée",
    ]
    assert "Statut : Répondue → Clôturée" in detail.journal.item(0).text()
    # The list row shows the new status, without a countdown.
    section.show_list()
    row = section.table.currentIndex().row()
    assert section.model.row_at(row).id == request.id
    status = COLUMN_KEYS.index("status")
    assert section.model.data(section.model.index(row, status)) == "Clôturée"


def test_a_late_extension_is_refused_with_the_reason(qtbot, register, frozen_clock, section):
    # GDPR, received 5 January: the first month ended 5 February; today is 10 March.
    late = make_request(
        register, frozen_clock, "Anna Rossi", received=date(2026, 1, 5), regimes=GDPR
    )
    request_service.start_work(register, late, clock=frozen_clock)
    section.refresh()
    detail = open_detail(section, late)
    dialog = run_action(qtbot, detail, "extend", extension_reason="Volume important")
    assert dialog.isVisible()
    assert dialog.field_error("extended_on") == (
        "Prorogation tardive : elle devait être décidée et notifiée dans le premier mois, "
        "au plus tard le 2026-02-05 (RGPD art. 12(3)), et non le 2026-03-10."
    )
    assert dialog.inputs["extended_on"].property("invalid") is True
    assert dialog.inputs["extension_reason"].toPlainText() == "Volume important"
    assert request_service.get_request(register, late.id).status is RequestStatus.IN_PROGRESS
    dialog.reject()


def test_an_extension_needs_a_reason_and_the_gdpr(qtbot, demo_requests, section):
    detail = open_detail(section, demo_requests["salma"])  # 09-08 only, in progress
    dialog = run_action(qtbot, detail, "extend")
    assert dialog.field_error("extension_reason").startswith("Une prorogation doit être motivée")
    dialog.inputs["extension_reason"].insertPlainText("Données dispersées")
    click(qtbot, dialog.confirm_button)
    assert dialog.isVisible()
    assert dialog.message.text().startswith(
        "La loi 09-08 ne prévoit pas de prorogation du délai par le responsable du traitement"
    )
    dialog.reject()


def test_a_refusal_needs_its_reason(qtbot, demo_requests, section):
    detail = open_detail(section, demo_requests["lukas"])
    dialog = run_action(qtbot, detail, "refuse")
    assert dialog.field_error("refusal_reason") == (
        "Un refus doit être motivé : choisissez le motif du refus."
    )
    combo = dialog.inputs["refusal_reason"]
    combo.setCurrentIndex(combo.findData("manifestly_unfounded"))
    click(qtbot, dialog.confirm_button)
    assert not dialog.isVisible()
    assert detail.chip.text() == "Refusée"
    assert detail.follow_values["refusal_reason"].text() == (
        "Demande manifestement infondée (RGPD art. 12(5))"
    )


# ----------------------------------------------------------------------------- attachments


@pytest.fixture
def chosen_file(monkeypatch, tmp_path):
    path = tmp_path / "CIN recto.pdf"
    path.write_bytes(b"%PDF-1.4 copie de la CIN")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    return path


def test_attachments_are_added_refused_twice_and_exported(
    qtbot, monkeypatch, tmp_path, demo_requests, section, chosen_file
):
    detail = open_detail(section, demo_requests["karim"])
    assert not detail.export_button.isEnabled()
    click(qtbot, detail.attach_button)
    assert detail.attachments.count() == 1
    assert detail.attachments.item(0).text().startswith("CIN recto.pdf")
    assert detail.files_message.tone == "success"
    assert "Pièce jointe ajoutée" in detail.journal.item(0).text()

    click(qtbot, detail.attach_button)
    assert detail.attachments.count() == 1
    assert detail.files_message.tone == "error"
    assert detail.files_message.text() == (
        "La pièce jointe « CIN recto.pdf » est déjà jointe à cette demande."
    )

    target = tmp_path / "export" / "copie.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    detail.attachments.setCurrentRow(0)
    click(qtbot, detail.export_button)
    assert target.read_bytes() == chosen_file.read_bytes()


def test_a_file_over_the_limit_is_refused_before_it_is_read(
    qtbot, monkeypatch, tmp_path, demo_requests, section
):
    big = tmp_path / "scan.tiff"
    with big.open("wb") as handle:  # sparse: 26 MB on paper, nothing on disk
        handle.truncate(26 * 1024 * 1024)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(big), ""))
    )
    read = []
    monkeypatch.setattr(type(big), "read_bytes", lambda self: read.append(self) or b"")
    detail = open_detail(section, demo_requests["karim"])
    click(qtbot, detail.attach_button)
    assert read == []
    assert detail.files_message.text() == (
        "La pièce jointe « scan.tiff » dépasse la limite de 25 Mo (26.0 Mo)."
    )
    assert detail.attachments.count() == 0


def test_the_lock_closes_an_open_dialog(qtbot, demo_requests, section):
    detail = open_detail(section, demo_requests["lukas"])
    click(qtbot, detail.action_buttons["refuse"])
    dialog = detail.active_dialog
    assert dialog is not None and dialog.isVisible()
    section.clear()
    assert not dialog.isVisible()
    assert section.active_dialog is None
    assert section.open_new_dialog() is None  # no register, no dialog


def test_today_in_fixtures_matches_the_frozen_clock(section):
    assert section.model.today == TODAY
