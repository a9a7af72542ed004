"""The Journal screen: newest first, filters, the chain check in words, nothing kept on lock."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import text

from dpo_desk.domain.clock import FixedClock, organisation_zone
from dpo_desk.domain.requests.model import RequestIntake
from dpo_desk.domain.requests.workflow import Channel, Regime, Right
from dpo_desk.services import requests as request_service
from dpo_desk.storage.audit import JournalFilter
from dpo_desk.ui.sections.journal import JournalModel, JournalSection, describe_changes


def _make(register, clock, name):
    intake = RequestIntake(
        regimes=frozenset({Regime.LAW_09_08}),
        rights=frozenset({Right.ACCESS}),
        received_on=date(2026, 3, 2),
        requester_name=name,
        channel=Channel.EMAIL,
    )
    return request_service.create_request(register, intake, clock=clock)


def _section(qtbot, register):
    section = JournalSection()
    qtbot.addWidget(section)
    section.set_register(register)
    return section


def _column(section, column):
    model = section.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_entries_newest_first_in_words(qtbot, register, frozen_clock):
    first = _make(register, frozen_clock, "Yassine El Amrani")
    april = FixedClock(datetime(2026, 4, 10, 9, 30, tzinfo=UTC))
    request_service.start_work(register, first, clock=april)
    section = _section(qtbot, register)
    actions = _column(section, 2)
    # register creation, request creation, status change: newest first.
    assert actions[0] == "Changement de statut"
    assert actions[1] == "Création"
    assert _column(section, 3)[0] == f"Demande {first.reference}"
    assert _column(section, 4)[0] == "Statut : Nouvelle → En cours de traitement"
    # Shown in the organisation's zone: 09:30 UTC is 10:30 in Casablanca in April
    # (UTC+1), but 09:30 on 10 March, inside the 2026 Ramadan switch to UTC+0.
    assert _column(section, 0)[0] == "10/04/2026 10:30:00"
    assert _column(section, 0)[1] == "10/03/2026 09:30:00"
    assert "3 entrée" in section.count_label.text()
    # The name is personal data: the journal never shows it.
    assert not any("Yassine" in (cell or "") for col in range(5) for cell in _column(section, col))


def test_filters_and_reference_search(qtbot, register, frozen_clock):
    a = _make(register, frozen_clock, "A")
    _make(register, frozen_clock, "B")
    section = _section(qtbot, register)
    section.action_box.setCurrentIndex(section.action_box.findData("create"))
    section.entity_box.setCurrentIndex(section.entity_box.findData("request"))
    assert section.model.rowCount() == 2
    qtbot.keyClicks(section.search, a.reference)
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    assert _column(section, 3) == [f"Demande {a.reference}"]


def test_search_wildcards_are_matched_literally(register, frozen_clock):
    _make(register, frozen_clock, "A")
    from dpo_desk.services import journal

    assert journal.count(register, JournalFilter(entity_id="%")) == 0
    assert journal.count(register, JournalFilter(entity_id="DSR_2026")) == 0
    assert journal.count(register, JournalFilter(entity_id="DSR-2026")) == 1


def test_chain_check_reports_intact_then_the_broken_entry(qtbot, register, frozen_clock):
    _make(register, frozen_clock, "A")
    section = _section(qtbot, register)
    with qtbot.waitSignal(section.status_message):
        section.verify()
    assert section.chain_message.tone == "success"
    assert "2 entrée" in section.chain_message.text()
    # Someone edits the journal behind the app's back.
    with register.write() as conn:
        conn.execute(text("UPDATE audit_log SET actor = 'intrus' WHERE id = 2"))
    section.verify()
    assert section.chain_message.tone == "error"
    assert "n° 2" in section.chain_message.text()


def test_paging_reads_only_what_is_shown(qtbot, register, frozen_clock):
    for i in range(30):
        _make(register, frozen_clock, f"Personne {i}")
    model = JournalModel(page_size=10)

    model.set_source(register, organisation_zone())
    assert model.rowCount() == 31
    model.data(model.index(0, 0))
    model.data(model.index(30, 0))
    assert model.pages_fetched == 2 and model.loaded_rows() == 11


def test_model_passes_qt_checks(qtmodeltester, register, frozen_clock):
    _make(register, frozen_clock, "A")

    model = JournalModel()
    model.set_source(register, organisation_zone())
    qtmodeltester.check(model)


def test_clear_forgets_everything(qtbot, register, frozen_clock):
    _make(register, frozen_clock, "A")
    section = _section(qtbot, register)
    section.clear()
    assert section.model.rowCount() == 0
    assert section.entity_box.count() == 0
    assert section.register is None


def test_unknown_fields_and_codes_are_shown_as_stored():
    assert describe_changes({"frobnicate": ["a", "b"]}) == "frobnicate : a → b"
    assert describe_changes({"notes": "modifié"}) == "Notes : modifié"


def test_calendar_and_rule_changes_read_in_words():
    # services.requests.save_calendar: days gained ("+") and lost ("-"), per part.
    calendar = {
        "closures": {"+": {"2026-04-03": "Inventaire annuel"}, "-": []},
        "removed": {"+": {"2026-01-11": ""}, "-": []},
        "confirmed": {
            "+": {"eid-al-fitr/1448": {"first_day": "2027-03-10", "confirmed_on": "2027-03-08"}},
            "-": ["mawlid/1448"],
        },
        "member_state": [None, "FR"],
    }
    assert describe_changes(calendar, "calendar") == (
        "Fermeture ajoutée : 03/04/2026 (Inventaire annuel) ; "
        "Jour férié officiel retiré : 11/01/2026 ; "
        "Fête lunaire confirmée : Aïd al-Fitr 1448, premier jour le 10/03/2027 "
        "(confirmé le 08/03/2027) ; "
        "Confirmation annulée : Aïd al-Mawlid 1448 ; "
        "Jours fériés des délais du RGPD : Aucun → France"
    )
    # services.requests.apply_rule_changes, after an upgrade.
    rules = {"version": [1, 2], "moved": 3}
    assert describe_changes(rules, "deadline_rules") == (
        "Version des règles : 1 → 2 ; Demandes ouvertes dont l'échéance a changé : 3"
    )
    from dpo_desk.ui.sections.journal import entity_label

    assert entity_label("deadline_rules") == "Règles de calcul des délais"
    assert entity_label("calendar") == "Calendrier"
