"""The drafting flow in the GUI: draft, edit, validate, generate, and the stored PDF; the
template editor of Paramètres."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from dpo_desk.documents.typesetting import without_isolates
from dpo_desk.domain.breaches import BreachIntake
from dpo_desk.domain.letters import CaseKind, DraftStatus
from dpo_desk.domain.requests.workflow import Regime
from dpo_desk.services import attachments, letter_templates
from dpo_desk.services import breaches as breach_service
from dpo_desk.services import letters as letter_service
from dpo_desk.services import requests as request_service
from tests.ui.requests_fixtures import GDPR, make_request

PERSON = "Lukas Schneider"


@pytest.fixture(autouse=True)
def confirm_issuing(monkeypatch):
    """ "Générer le PDF" asks first; here the answer is yes (the question itself:
    tests/ui/test_letter_issuing_ui.py)."""
    from dpo_desk.ui.letters.dialog import LetterDialog

    monkeypatch.setattr(LetterDialog, "confirm_issue", lambda self: True)


@pytest.fixture
def request_case(register, frozen_clock):
    return make_request(register, frozen_clock, PERSON, received=date(2026, 3, 5), regimes=GDPR)


def open_dialog(qtbot, register, reference, clock):
    from dpo_desk.ui.letters import LetterDialog

    dialog = LetterDialog(register, reference, clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_draft_edit_validate_generate(qtbot, register, frozen_clock, request_case):
    dialog = open_dialog(qtbot, register, request_case.reference, frozen_clock)
    # Only the letters of a request are offered.
    offered = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    assert "acknowledgement" in offered and "breach-notification" not in offered
    assert dialog.no_draft.isVisible() and not dialog.issue_button.isEnabled()

    choose(dialog.kind, "acknowledgement")
    choose(dialog.language, "fr")
    dialog.author.setText("Nadia Alaoui")
    click(qtbot, dialog.start_button)
    draft = dialog.draft
    assert draft is not None and draft.status is DraftStatus.DRAFT
    assert draft.author == "Nadia Alaoui"
    assert request_case.reference in dialog.editor.toPlainText()
    assert dialog.drafts.count() == 1
    assert dialog.preview.page_count >= 1  # rendered in memory
    assert not dialog.save_button.isEnabled()

    # Edit, save.
    dialog.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.editor, "Document joint : copie de la demande.")
    assert dialog.save_button.isEnabled()
    click(qtbot, dialog.save_button)
    assert "copie de la demande" in without_isolates(dialog.draft.text)
    assert dialog.message.tone == "success"

    # Validate: a reviewer's name is needed.
    dialog.reviewer.clear()
    click(qtbot, dialog.validate_button)
    assert dialog.message.tone == "error"
    assert dialog.reviewer.property("invalid")
    qtbot.keyClicks(dialog.reviewer, "Salma Bennani")
    click(qtbot, dialog.validate_button)
    assert dialog.draft.status is DraftStatus.VALIDATED
    assert dialog.draft.reviewer == "Salma Bennani"
    assert "Salma Bennani" in dialog.drafts.item(0).text()

    # Generate: the PDF is stored with the request, the letter is frozen.
    with qtbot.waitSignal(dialog.issued) as issued:
        click(qtbot, dialog.issue_button)
    _draft, info = issued.args
    assert dialog.draft.status is DraftStatus.ISSUED
    assert dialog.editor.isReadOnly() and not dialog.issue_button.isEnabled()
    assert dialog.export_button.isVisible()
    stored = attachments.of_request(register, request_case)
    assert [a.id for a in stored] == [info.id]
    _name, pdf = attachments.read(register, CaseKind.REQUEST, info.id)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert request_case.reference in text and "copie de la demande" in text
    assert dialog.preview.page_count >= 1

    dialog.reject()
    assert dialog.preview.page_count == 0 and dialog.editor.toPlainText() == ""


def test_an_edit_after_validation_asks_for_a_new_review(
    qtbot, register, frozen_clock, request_case
):
    draft = letter_service.start_draft(
        register, request_case.reference, "identity-request", "en", "N"
    )
    letter_service.validate_draft(register, draft, "Salma Bennani")
    dialog = open_dialog(qtbot, register, request_case.reference, frozen_clock)
    dialog.open_draft(draft.id)
    assert dialog.draft.status is DraftStatus.VALIDATED and dialog.issue_button.isEnabled()
    qtbot.keyClicks(dialog.editor, "x")
    assert not dialog.issue_button.isEnabled()  # the text on screen is not what was reviewed
    click(qtbot, dialog.save_button)
    assert dialog.draft.status is DraftStatus.DRAFT
    assert dialog.message.tone == "warning"


def test_only_the_letters_the_case_supports_are_offered(
    qtbot, register, frozen_clock, request_case
):
    # A new GDPR access request: not refused, not extended, nothing done yet.
    dialog = open_dialog(qtbot, register, request_case.reference, frozen_clock)
    assert dialog.offered_kinds() == ["acknowledgement", "identity-request", "access-response"]
    model = dialog.kind.model()
    for kind, why in (
        ("extension", "n'a pas été prorogée"),
        ("rectification-done", "ne porte pas sur : Droit de rectification"),
        ("refusal", "n'a pas été refusée"),
    ):
        index = dialog.kind.findData(kind)
        assert not model.item(index).isEnabled(), kind
        assert why in dialog.kind.itemData(index, Qt.ItemDataRole.ToolTipRole)
        assert why in dialog.unavailable.text()
    assert dialog.unavailable_box.isVisible()
    assert dialog.kind.currentData() == "acknowledgement"
    assert dialog.start_button.isEnabled()

    # The access reply: the register fills none of its sections, so the DPO says why.
    choose(dialog.kind, "access-response")
    assert dialog.none_reason.isVisible()
    assert dialog.kind_note.text().startswith("Rubriques vides : Catégories de données")
    click(qtbot, dialog.start_button)
    assert dialog.draft is None and dialog.message.tone == "error"
    assert dialog.none_reason.property("invalid")
    qtbot.keyClicks(dialog.none_reason, "Aucun traitement ne vous concerne.")
    click(qtbot, dialog.start_button)
    assert dialog.draft is not None
    assert "pour la raison suivante : Aucun traitement ne vous concerne." in without_isolates(
        dialog.draft.text
    )
    choose(dialog.kind, "acknowledgement")
    assert not dialog.none_reason.isVisible() and not dialog.kind_note.isVisible()


def test_a_refused_request_offers_the_refusal(qtbot, register, frozen_clock):
    from dpo_desk.domain.requests.workflow import RefusalReason, Right

    request = make_request(
        register, frozen_clock, PERSON, received=date(2026, 3, 5), rights=(Right.ACCESS,)
    )
    request_service.refuse(register, request, reason=RefusalReason.EXCESSIVE, clock=frozen_clock)
    dialog = open_dialog(qtbot, register, request.reference, frozen_clock)
    assert "refusal" in dialog.offered_kinds()
    assert "access-response" not in dialog.offered_kinds()
    choose(dialog.kind, "refusal")
    click(qtbot, dialog.start_button)
    # Values are bidi isolates (U+2068 … U+2069) in the draft; the reader sees the text.
    assert "(article 7 de la loi 09-08)" in without_isolates(dialog.draft.text)
    assert "RGPD" not in dialog.draft.text


def test_arabic_draft_is_right_to_left(qtbot, register, frozen_clock, request_case):
    dialog = open_dialog(qtbot, register, request_case.reference, frozen_clock)
    choose(dialog.kind, "identity-request")
    choose(dialog.language, "ar")
    click(qtbot, dialog.start_button)
    assert dialog.editor.layoutDirection() == Qt.LayoutDirection.RightToLeft
    option = dialog.editor.document().defaultTextOption()
    assert option.alignment() & Qt.AlignmentFlag.AlignRight
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    # Reopening a French draft goes back to left to right.
    french = letter_service.start_draft(
        register, request_case.reference, "acknowledgement", "fr", "N"
    )
    dialog.open_draft(french.id)
    assert dialog.editor.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_breach_dialog_offers_breach_letters_and_keeps_the_pdf(qtbot, register, frozen_clock):
    breach = breach_service.create_breach(
        register,
        BreachIntake(
            title="Perte d'un ordinateur portable",
            regimes=frozenset({Regime.LAW_09_08}),
            aware_at=frozen_clock.now() - timedelta(hours=3),
        ),
        clock=frozen_clock,
    )
    dialog = open_dialog(qtbot, register, breach.reference, frozen_clock)
    offered = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    assert offered == ["breach-notification", "breach-communication"]
    click(qtbot, dialog.start_button)
    qtbot.keyClicks(dialog.reviewer, "Salma Bennani")
    click(qtbot, dialog.validate_button)
    click(qtbot, dialog.issue_button)
    assert [a.id for a in attachments.of_breach(register, breach)] == [dialog.draft.attachment_id]


def test_request_page_opens_the_letters(qtbot, register, frozen_clock, request_case):
    from dpo_desk.ui.sections.request_detail import RequestDetail

    page = RequestDetail()
    qtbot.addWidget(page)
    assert not page.letter_button.isEnabled()
    page.show_request(
        register,
        request_case,
        today=date(2026, 3, 10),
        timezone="Africa/Casablanca",
        clock=frozen_clock,
    )
    assert page.letter_button.isEnabled()
    dialog = page.open_letters()
    assert dialog is not None and dialog.case.reference == request_case.reference
    click(qtbot, dialog.start_button)
    qtbot.keyClicks(dialog.reviewer, "Salma Bennani")
    click(qtbot, dialog.validate_button)
    click(qtbot, dialog.issue_button)
    assert page.attachments.count() == 1  # the new PDF is listed on the page at once
    page.clear()  # the lock closes the dialog
    assert page.active_dialog is None


def test_template_editor_rejects_an_unknown_placeholder(qtbot, register, frozen_clock):
    from dpo_desk.ui.letters import LetterTemplatesCard

    card = LetterTemplatesCard(frozen_clock)
    qtbot.addWidget(card)
    card.set_register(register)
    card.select("refusal", "fr")
    default = card.editor.toPlainText()
    assert "{{ refusal.reason }}" in default or "refusal.reason" in default
    names = [card.placeholders.item(i).text() for i in range(card.placeholders.count())]
    assert any("{{ request.reference }}" in name for name in names)
    assert not card.restore_button.isEnabled()

    card.editor.setPlainText(default + "\n{{ request.mot_de_passe }}\n")
    click(qtbot, card.save_button)
    assert card.message.tone == "error"
    assert "request.mot_de_passe" in card.message.text()
    assert card.editor.property("invalid")
    assert not letter_templates.template_text(register, "refusal", "fr").custom

    card.editor.setPlainText(default.replace("Madame, Monsieur,", "Madame,"))
    click(qtbot, card.save_button)
    assert card.message.tone == "success"
    assert letter_templates.template_text(register, "refusal", "fr").custom
    assert card.restore_button.isEnabled()
    click(qtbot, card.restore_button)
    assert card.editor.toPlainText() == default
    assert not letter_templates.template_text(register, "refusal", "fr").custom

    card.select("breach-notification", "ar")
    assert card.editor.layoutDirection() == Qt.LayoutDirection.RightToLeft
    names = [card.placeholders.item(i).text() for i in range(card.placeholders.count())]
    assert any("breach.reference" in name for name in names)


def test_settings_section_has_the_template_card(qtbot, register, frozen_clock):
    from dpo_desk.ui.sections.settings import SettingsSection

    section = SettingsSection(frozen_clock)
    qtbot.addWidget(section)
    section.set_register(register)
    assert section.letter_templates.register is register
    assert section.letter_templates.editor.toPlainText()
    section.clear()
    assert section.letter_templates.editor.toPlainText() == ""
