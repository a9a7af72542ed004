"""Identity documents in the GUI: marked when attached, deleted with a confirmation that
says what is destroyed, issued letters kept, the identity policy card, and the
retention review listing a copy whose date has come."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMessageBox

from dpo_desk.domain.retention import IdentityPolicy, IdentityProof
from dpo_desk.services import attachments, identity_documents
from dpo_desk.services import letters as letter_service
from dpo_desk.services import requests as request_service
from dpo_desk.ui.purge_dialog import DELETE_COPY, KEEP, PurgeDialog
from dpo_desk.ui.settings.identity import IdentitySettingsCard
from tests.reliability.casework import clock_at
from tests.ui import requests_fixtures

demo_requests = requests_fixtures.demo_requests
section = requests_fixtures.section

# Set DPO_DESK_SHOTS=/tmp/shots to keep a picture of each screen for review.
SHOTS = os.environ.get("DPO_DESK_SHOTS")


def shoot(widget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    if isinstance(button, QCheckBox):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def scan(monkeypatch, tmp_path):
    path = tmp_path / "CNIE recto.jpg"
    path.write_bytes(b"\xff\xd8\xff scan de la CNIE")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    return path


def answer(monkeypatch, button, asked: list) -> None:
    """The deletion's confirmation answers ``button`` (Yes: delete; No: keep)."""
    from dpo_desk.ui.requests import attachments_card

    def confirm(_parent, title, text, action_text):
        asked.append((title, text))
        assert action_text == "Supprimer"
        return button == QMessageBox.StandardButton.Yes

    monkeypatch.setattr(attachments_card, "confirm_irreversible", confirm)


def test_an_identity_copy_is_marked_then_deleted_after_confirmation(
    french_catalogue, qtbot, monkeypatch, demo_requests, section, scan
):
    request = demo_requests["karim"]
    assert section.show_request(request.reference)
    detail = section.detail
    assert not detail.delete_attachment_button.isEnabled()
    click(qtbot, detail.identity_box)
    click(qtbot, detail.attach_button)
    assert not detail.identity_box.isChecked()  # marked once, on purpose
    assert "CNIE recto.jpg   ·   justificatif d'identité" in detail.attachments.item(0).text()
    (info,) = attachments.of_request(section.register, request)
    assert info.purpose == "identity"

    detail.attachments.setCurrentRow(0)
    assert detail.delete_attachment_button.isEnabled()
    card = detail.delete_attachment_button.parentWidget()  # the files card
    shoot(card, "request-detail-attachment-delete")

    asked: list = []
    answer(monkeypatch, QMessageBox.StandardButton.No, asked)
    click(qtbot, detail.delete_attachment_button)
    assert detail.attachments.count() == 1  # "No" destroys nothing
    (title, text), = asked  # fmt: skip
    assert title == "Supprimer la pièce jointe"
    assert "« CNIE recto.jpg » sera effacée définitivement du registre" in text
    assert "jamais son contenu" in text

    answer(monkeypatch, QMessageBox.StandardButton.Yes, asked)
    click(qtbot, detail.delete_attachment_button)
    assert attachments.of_request(section.register, request) == []
    assert not detail.attachments.isVisible()
    assert detail.files_message.tone == "success"
    assert "Pièce jointe supprimée" in detail.journal.item(0).text()


def test_an_issued_letter_cannot_be_deleted(
    french_catalogue, qtbot, monkeypatch, demo_requests, section, frozen_clock
):
    request = demo_requests["karim"]
    draft = letter_service.start_draft(
        section.register, request.reference, "acknowledgement", "fr", "Nadia", clock=frozen_clock
    )
    draft = letter_service.validate_draft(section.register, draft, "Salma", clock=frozen_clock)
    letter_service.issue_pdf(section.register, draft, clock=frozen_clock)
    assert section.show_request(request.reference)
    detail = section.detail
    detail.attachments.setCurrentRow(0)
    asked: list = []
    answer(monkeypatch, QMessageBox.StandardButton.Yes, asked)
    click(qtbot, detail.delete_attachment_button)
    assert asked == []  # refused before asking
    assert detail.files_message.tone == "error"
    assert "trace de ce qui a été envoyé" in detail.files_message.text()
    assert len(attachments.of_request(section.register, request)) == 1


def test_the_identity_card_saves_the_proof_and_the_days(
    french_catalogue, qtbot, register, frozen_clock
):
    from dpo_desk.ui.sections.settings import SettingsSection

    page = SettingsSection(clock=frozen_clock)  # the card where the DPO finds it
    qtbot.addWidget(page)
    card = page.identity
    assert isinstance(card, IdentitySettingsCard)
    assert not card.save_button.isEnabled()
    page.resize(1000, 900)
    page.set_register(register)
    page.show()
    qtbot.waitExposed(page)
    page.show_widget(card)  # its page of the settings, scrolled to it
    assert card.policy() == IdentityPolicy(IdentityProof.DOCUMENT_COPY, 30)
    assert card.proof.count() == len(IdentityProof)
    card.proof.setCurrentIndex(card.proof.findData("email_on_file"))
    card.days.setValue(10)
    with qtbot.waitSignal(card.status_message):
        click(qtbot, card.save_button)
    assert identity_documents.identity_policy(register) == IdentityPolicy(
        IdentityProof.EMAIL_ON_FILE, 10
    )
    assert card.message.tone == "success"
    shoot(card, "identity-settings-card")


def test_the_review_lists_an_identity_copy_and_deletes_it(
    french_catalogue, qtbot, demo_requests, register, frozen_clock
):
    request = demo_requests["karim"]
    attachments.add_to_request(
        register, request, "cnie.jpg", b"scan", clock=frozen_clock, purpose="identity"
    )
    request_service.record_identity(
        register, request, verified=True, on=date(2026, 3, 10), clock=frozen_clock
    )
    later = clock_at(date(2026, 4, 20))
    dialog = PurgeDialog(register, clock=later)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    rows = dialog.table.rowCount()
    copy_rows = [r for r in range(rows) if "pièce d'identité" in dialog.table.item(r, 1).text()]
    assert len(copy_rows) == 1
    row = copy_rows[0]
    assert dialog.table.item(row, 0).text() == request.reference
    assert dialog.table.item(row, 3).text() == "09/04/2026"  # 10 March + 30 days
    assert "cnie" not in dialog.table.item(row, 1).text()  # no file name on screen
    assert "politique interne" in dialog.identity_note.text()
    # "1 copie" once the catalogue has the plural forms; "copie(s)" from the source.
    assert "de pièce d'identité à supprimer" in dialog.count_label.text()
    assert "dossier" not in dialog.count_label.text()  # no "0 dossier" line
    shoot(dialog, "retention-review-identity-copy")

    dialog.set_choice(row, KEEP)
    dialog.confirmation.setText(dialog.confirm_word)
    assert not dialog.purge_button.isEnabled()  # kept: nothing chosen
    dialog.set_choice(row, DELETE_COPY)
    assert dialog.purge_button.isEnabled()
    dialog.purge()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert dialog.message.tone == "success", dialog.message.text()
    assert dialog.summary.startswith("1 copie") and "pièce d'identité supprimée" in dialog.summary
    assert attachments.of_request(register, request) == []
    assert dialog.table.rowCount() == rows - 1
