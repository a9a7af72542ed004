"""Paramètres ▸ Vérifier le registre shows what verify finds beyond damaged pages."""

from __future__ import annotations

from sqlalchemy import text

from dpo_desk.ui.settings.maintenance import MaintenanceCard
from tests.reliability.casework import open_request


def test_verify_names_a_due_date_changed_behind_the_journal(qtbot, register, frozen_clock):
    req = open_request(register, frozen_clock)
    with register.write() as conn:  # what an SQLite shell with the key would do
        conn.execute(
            text("UPDATE rights_request SET due_on = '2026-12-31' WHERE id = :id"), {"id": req.id}
        )
    card = MaintenanceCard(frozen_clock)
    qtbot.addWidget(card)
    card.set_register(register)
    card.verify()
    qtbot.waitUntil(lambda: not card.running, timeout=30_000)
    assert card.message.tone == "error"
    assert f"{req.reference} : due_on vaut 2026-12-31 dans le registre" in card.message.text()
