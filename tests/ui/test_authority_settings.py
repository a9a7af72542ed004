"""Paramètres ▸ Adresses des autorités, and the letters dialog's choice of the authority a
breach notification goes to (issue 20, items 2 and 3)."""

from __future__ import annotations

import os
from datetime import timedelta

from PySide6.QtCore import Qt
from sqlalchemy import text

from dpo_desk.documents.kinds import LetterLanguage
from dpo_desk.domain.breaches import BreachIntake
from dpo_desk.domain.requests.workflow import Regime
from dpo_desk.services import authorities as authority_service
from dpo_desk.services import breaches as breach_service
from dpo_desk.services import letters as letter_service

SHOTS = os.environ.get("DPO_DESK_SCREENSHOTS", "")


def _shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, name))


def test_the_card_saves_journals_and_restores_the_addresses(qtbot, register, frozen_clock):
    from dpo_desk.ui.settings.authorities import AuthorityAddressesCard

    card = AuthorityAddressesCard(frozen_clock)
    qtbot.addWidget(card)
    assert not card.save_button.isEnabled()  # no register yet
    card.set_register(register)
    card.resize(760, 560)
    card.show()
    editor = card.editors[("cndp", LetterLanguage.FR)]
    assert "Mehdi Ben Barka" in editor.toPlainText()
    assert not card.save_button.isEnabled()
    editor.setPlainText("Angle boulevard Annakhil et avenue Mehdi Ben Barka\nHay Riad\nRabat 10100")
    assert card.save_button.isEnabled()
    _shot(card, "authority-settings.png")
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    found = authority_service.authority_addresses(register)
    assert found["cndp"][LetterLanguage.FR].address.endswith("Rabat 10100")
    assert found["cndp"][LetterLanguage.FR].custom
    with register.read() as conn:
        rows = conn.execute(
            text("SELECT changes FROM audit_log WHERE entity = 'authority_addresses'")
        ).all()
    assert len(rows) == 1 and "cndp.fr" in rows[0][0]
    qtbot.mouseClick(card.restore_button, Qt.MouseButton.LeftButton)
    assert not authority_service.authority_addresses(register)["cndp"][LetterLanguage.FR].custom
    assert "Maroc" in editor.toPlainText()


def test_the_settings_section_has_the_card(qtbot, register, frozen_clock):
    from dpo_desk.ui.sections.settings import SettingsSection

    section = SettingsSection(frozen_clock)
    qtbot.addWidget(section)
    section.set_register(register)
    assert section.authority_addresses.editors[("cnil", LetterLanguage.EN)].toPlainText()
    section.clear()
    assert section.authority_addresses.register is None


def test_the_dialog_offers_the_authorities_the_breach_must_be_notified_to(
    qtbot, register, frozen_clock, monkeypatch
):
    from dpo_desk.ui.letters import LetterDialog

    breach = breach_service.create_breach(
        register,
        BreachIntake(
            title="Perte d'un ordinateur portable",
            regimes=frozenset({Regime.LAW_09_08, Regime.GDPR}),
            aware_at=frozen_clock.now() - timedelta(hours=3),
        ),
        clock=frozen_clock,
    )
    dialog = LetterDialog(register, breach.reference, clock=frozen_clock)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("breach-notification"))
    assert dialog.new_form.isRowVisible(dialog.addressee)
    codes = [dialog.addressee.itemData(i) for i in range(dialog.addressee.count())]
    assert codes == ["cnil", "cndp"]
    assert "article 33 du RGPD" in dialog.addressee.itemText(0)
    assert "politique interne" in dialog.addressee.itemText(1)
    # One letter per authority, each kept with its addressee.
    for code in ("cndp", "cnil"):
        dialog.addressee.setCurrentIndex(dialog.addressee.findData(code))
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        assert dialog.draft is not None and dialog.draft.addressee == code
    drafts = letter_service.drafts_for(register, breach.reference)
    assert sorted(d.addressee for d in drafts) == ["cndp", "cnil"]
    assert any("CNIL" in dialog.drafts.item(i).text() for i in range(dialog.drafts.count()))
    dialog.addressee.setCurrentIndex(dialog.addressee.findData("cndp"))
    _shot(dialog, "letter-dialog-addressee.png")
    # The communication to the persons has no authority to choose.
    dialog.kind.setCurrentIndex(dialog.kind.findData("breach-communication"))
    assert not dialog.new_form.isRowVisible(dialog.addressee)
