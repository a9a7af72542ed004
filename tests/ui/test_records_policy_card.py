"""Paramètres ▸ the adequacy list (Law 09-08 art. 43) and the activities' review period
(internal policy): both editable, the shipped list labelled as the EU/EEA default."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dpo_desk.domain.countries import DEFAULT_ADEQUATE_COUNTRIES
from dpo_desk.services import records as book


def test_the_card_labels_the_default_list_and_saves_both_settings(qtbot, register, frozen_clock):
    from dpo_desk.ui.settings.records_policy import RecordsPolicyCard

    card = RecordsPolicyCard(frozen_clock)
    qtbot.addWidget(card)
    assert not card.save_button.isEnabled() and not card.countries.isEnabled()  # no register
    card.set_register(register)
    assert "CH" not in card.countries.toPlainText() and "FR" in card.countries.toPlainText()
    assert "465-2013" in card.source.text() and "pas la liste" in card.source.text()
    assert card.months.value() == 12 and not card.save_button.isEnabled()

    card.countries.setPlainText(card.countries.toPlainText() + ", ch")
    card.months.setValue(18)
    assert card.save_button.isEnabled()
    assert "Liste propre à ce registre" in card.source.text()
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert book.adequate_countries(register) == DEFAULT_ADEQUATE_COUNTRIES | {"CH"}
    assert book.review_months(register) == 18
    assert card.message.tone == "success" and not card.save_button.isEnabled()

    qtbot.mouseClick(card.default_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert book.adequate_countries(register) == DEFAULT_ADEQUATE_COUNTRIES
    assert "465-2013" in card.source.text()


def test_a_wrong_code_is_refused_and_what_was_typed_stays(qtbot, register, frozen_clock):
    from dpo_desk.ui.settings.records_policy import RecordsPolicyCard

    card = RecordsPolicyCard(frozen_clock)
    qtbot.addWidget(card)
    card.set_register(register)
    card.countries.setPlainText("FR XX")
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert card.message.tone == "error" and "XX" in card.message.text()
    assert card.countries.toPlainText() == "FR XX"
    assert book.adequate_countries(register) == DEFAULT_ADEQUATE_COUNTRIES
    card.clear()
    assert card.countries.toPlainText() == "" and not card.countries.isEnabled()
