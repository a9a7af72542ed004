"""Issue 20, items 8 and 9 in the GUI: the town in Paramètres, the four-eyes card, the
question before "Générer le PDF", and copies saved owner-only from the documents folder."""

from __future__ import annotations

import stat
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from dpo_desk.domain.letters import DraftStatus
from dpo_desk.services import attachments, letter_rules, register_file
from dpo_desk.storage import audit
from tests.ui.requests_fixtures import GDPR, make_request

SHOTS = Path("/tmp/shots")


@pytest.fixture
def request_case(register, frozen_clock):
    return make_request(
        register, frozen_clock, "Lukas Schneider", received=date(2026, 3, 5), regimes=GDPR
    )


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_dialog(qtbot, register, reference, clock):
    from dpo_desk.ui.letters import LetterDialog

    dialog = LetterDialog(register, reference, clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def validated_dialog(qtbot, register, case, clock):
    dialog = open_dialog(qtbot, register, case.reference, clock)
    dialog.author.setText("Nadia Alaoui")
    click(qtbot, dialog.start_button)
    qtbot.keyClicks(dialog.reviewer, "Salma Bennani")
    click(qtbot, dialog.validate_button)
    assert dialog.draft.status is DraftStatus.VALIDATED
    return dialog


class Answer:
    """Stands in for ``QMessageBox.exec``: records the box, then presses a button."""

    def __init__(self, press: str) -> None:
        self.press = press
        self.boxes: list[QMessageBox] = []

    def install(self, monkeypatch) -> Answer:
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self.answer(box))
        return self

    def answer(self, box: QMessageBox) -> int:
        self.boxes.append(box)
        if self.press == "default":
            box.defaultButton().click()  # what Enter does
        else:
            next(b for b in box.buttons() if b.text() == self.press).click()
        return 0


# ----------------------------------------------------------------------------- confirmation


def test_generating_asks_first_and_cancel_is_the_default(
    qtbot, monkeypatch, register, frozen_clock, request_case
):
    dialog = validated_dialog(qtbot, register, request_case, frozen_clock)
    answer = Answer("default").install(monkeypatch)
    click(qtbot, dialog.issue_button)
    [box] = answer.boxes
    assert box.defaultButton().text() == "Annuler"
    assert box.escapeButton() is box.defaultButton()
    said = box.text() + " " + box.informativeText()
    assert "figé" in said and "journal" in said and request_case.reference in said
    # Enter cancelled: nothing issued, nothing attached, the letter still validated.
    assert dialog.draft.status is DraftStatus.VALIDATED
    assert attachments.of_request(register, request_case) == []

    answer = Answer("Générer le PDF").install(monkeypatch)
    with qtbot.waitSignal(dialog.issued):
        click(qtbot, dialog.issue_button)
    assert dialog.draft.status is DraftStatus.ISSUED
    assert len(attachments.of_request(register, request_case)) == 1


def test_screenshot_of_the_question(qtbot, register, frozen_clock, request_case):
    dialog = validated_dialog(qtbot, register, request_case, frozen_clock)
    box, _generate = dialog.issue_confirmation()
    box.show()
    qtbot.waitExposed(box)
    SHOTS.mkdir(exist_ok=True)
    assert box.grab().save(str(SHOTS / "issue_confirmation.png"))
    box.close()


# ----------------------------------------------------------------------------- four eyes


def test_the_drafter_is_refused_as_validator_when_the_rule_is_on(
    qtbot, register, frozen_clock, request_case
):
    letter_rules.set_four_eyes(register, True, clock=frozen_clock)
    dialog = open_dialog(qtbot, register, request_case.reference, frozen_clock)
    assert "autre personne" in dialog.reviewer.placeholderText()
    dialog.author.setText("Nadia Alaoui")
    click(qtbot, dialog.start_button)
    qtbot.keyClicks(dialog.reviewer, "Nadia Alaoui")
    click(qtbot, dialog.validate_button)
    assert dialog.message.tone == "error"
    assert "quatre yeux" in dialog.message.text()
    assert dialog.reviewer.property("invalid")
    assert dialog.draft.status is DraftStatus.DRAFT
    dialog.reviewer.setText("Salma Bennani")
    click(qtbot, dialog.validate_button)
    assert dialog.draft.status is DraftStatus.VALIDATED


def test_the_rule_is_set_in_settings_and_journaled(qtbot, register, frozen_clock):
    from dpo_desk.ui.sections.settings import SettingsSection

    section = SettingsSection(frozen_clock)
    qtbot.addWidget(section)
    section.set_register(register)
    card = section.letter_settings
    assert card.four_eyes.isEnabled() and not card.four_eyes.isChecked()
    with qtbot.waitSignal(card.changed) as changed:
        card.four_eyes.click()
    assert changed.args == [True]
    assert letter_rules.four_eyes(register) is True
    assert card.message.tone == "success"
    with register.read() as conn:
        [entry] = [
            e for e in audit.entries_for(conn, "settings", "") if "letters_four_eyes" in e.changes
        ]
    assert entry.changes == {"letters_four_eyes": [False, True]}
    section.clear()
    assert not card.four_eyes.isEnabled() and not card.four_eyes.isChecked()
    section.set_register(register)
    assert card.four_eyes.isChecked()  # shown from the register, nothing saved again


# ----------------------------------------------------------------------------- town


def test_the_town_is_edited_in_settings(qtbot, register, frozen_clock):
    from dpo_desk.ui.sections.settings import SettingsSection

    section = SettingsSection(frozen_clock)
    qtbot.addWidget(section)
    section.set_register(register)
    assert section.fields.town.text() == "Casablanca"
    section.fields.town.setText("Rabat")
    assert section.save_button.isEnabled()
    click(qtbot, section.save_button)
    assert section.message.tone == "success"
    assert register_file.load_organisation(register).town == "Rabat"


def test_screenshot_of_the_settings(qtbot, register, frozen_clock):
    from dpo_desk.ui.sections.settings import SettingsSection

    section = SettingsSection(frozen_clock)
    qtbot.addWidget(section)
    section.resize(1000, 2600)
    section.set_register(register)
    section.show()
    qtbot.waitExposed(section)
    # Each group of cards is a page of the settings' own navigation.
    page = section.show_page("organisation").widget()
    SHOTS.mkdir(exist_ok=True)
    org_top = section.fields.name.mapTo(page, section.fields.name.rect().topLeft()).y()
    assert (
        page.grab()
        .copy(0, max(org_top - 80, 0), page.width(), 460)
        .save(str(SHOTS / "settings_town.png"))
    )
    page = section.show_page("letters").widget()
    qtbot.waitUntil(page.isVisible)
    card = section.letter_settings
    card_bottom = card.mapTo(page, card.rect().bottomLeft()).y()
    top = section.letter_templates.mapTo(page, section.letter_templates.rect().topLeft()).y()
    assert (
        page.grab()
        .copy(0, top, page.width(), card_bottom - top + 20)
        .save(str(SHOTS / "settings_letters.png"))
    )


# ----------------------------------------------------------------------------- copies


def _documents() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


def test_an_issued_pdf_is_exported_owner_only_from_the_documents_folder(
    qtbot, monkeypatch, tmp_path, register, frozen_clock, request_case
):
    Answer("Générer le PDF").install(monkeypatch)
    dialog = validated_dialog(qtbot, register, request_case, frozen_clock)
    click(qtbot, dialog.issue_button)
    target = tmp_path / "copie.pdf"
    asked = []

    def chooser(parent, title, start, filters=""):
        asked.append(start)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(chooser))
    click(qtbot, dialog.export_button)
    [start] = asked
    assert Path(start).parent == _documents()
    assert Path(start).name.startswith(request_case.reference) and start.endswith(".pdf")
    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert dialog.message.tone == "success"

    # A disk error is said in place; the letter stays in the register.
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(tmp_path / "absent" / "copie.pdf"), "")),
    )
    click(qtbot, dialog.export_button)
    assert dialog.message.tone == "error"
    assert "Impossible d'enregistrer" in dialog.message.text()
    assert dialog.draft.status is DraftStatus.ISSUED


def test_an_attachment_is_exported_owner_only(
    qtbot, monkeypatch, tmp_path, register, frozen_clock, request_case
):
    from dpo_desk.ui.sections.request_detail import RequestDetail

    attachments.add_to_request(
        register, request_case, "CIN recto.pdf", b"%PDF-1.7 scan", clock=frozen_clock
    )
    page = RequestDetail()
    qtbot.addWidget(page)
    page.show_request(
        register,
        request_case,
        today=date(2026, 3, 10),
        timezone="Africa/Casablanca",
        clock=frozen_clock,
    )
    target = tmp_path / "export.pdf"
    asked = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda _p, _t, start, *a, **k: asked.append(start) or (str(target), "")),
    )
    page.attachments.setCurrentRow(0)
    page.export_attachment()
    assert [Path(start) for start in asked] == [_documents() / "CIN recto.pdf"]
    assert target.read_bytes() == b"%PDF-1.7 scan"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
