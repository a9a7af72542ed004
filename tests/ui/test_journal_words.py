"""The Journal screen and its Excel export speak the DPO's words (issue 25).

What the CNDP is shown: labels for actions, fields and codes, instants in the
organisation's local time, and never a Python repr ("{'availability': 'none'}") or a
stored code ("web_form", "issue").
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from dpo_desk.domain.breach_risk import DataCategory, Exposure, RiskFactors
from dpo_desk.domain.breaches import BreachIntake, BreachNature
from dpo_desk.domain.clock import FixedClock, organisation_zone
from dpo_desk.domain.requests.model import RequestIntake
from dpo_desk.domain.requests.workflow import Channel, Regime, Right
from dpo_desk.services import breaches as breach_service
from dpo_desk.services import exports
from dpo_desk.services import requests as request_service
from dpo_desk.services.read_model import JournalFilter
from dpo_desk.ui.sections.journal import JournalSection

# Python's spellings, and stored codes the old screen showed as they were.
RAW = re.compile(r"\{'|\['|'\]|\bNone\b|\bTrue\b|\bFalse\b|web_form|in_progress|_")
# 8 February 2026, 11:30 UTC: 12:30 in Casablanca (UTC+1 outside Ramadan).
AWARE = datetime(2026, 2, 8, 11, 30, tzinfo=UTC)


def _intake(channel: Channel) -> RequestIntake:
    return RequestIntake(
        regimes=frozenset({Regime.LAW_09_08}),
        rights=frozenset({Right.ACCESS}),
        received_on=date(2026, 2, 2),
        requester_name="Yassine El Amrani",
        channel=channel,
    )


@pytest.fixture
def journaled(register):
    """A request whose channel changed, and a breach whose nature and risk were recorded,
    journaled at 8 February 2026 (Casablanca at UTC+1)."""
    clock = FixedClock(AWARE + timedelta(hours=2))
    req = request_service.create_request(register, _intake(Channel.WEB_FORM), clock=clock)
    request_service.update_details(register, req, _intake(Channel.EMAIL), clock=clock)
    breach = breach_service.create_breach(
        register,
        BreachIntake(
            title="Fuite",
            regimes=frozenset({Regime.GDPR}),
            aware_at=AWARE,
            discovered_at=AWARE - timedelta(hours=1),
            nature=BreachNature(description="Fuite", availability=True),
        ),
        clock=clock,
    )
    breach = breach_service.update_nature(
        register,
        breach,
        BreachNature(
            description="Fuite",
            availability=True,
            data_categories=frozenset({DataCategory.IDENTITY}),
        ),
        clock=clock,
    )
    breach_service.assess_risk(
        register, breach, RiskFactors(availability=Exposure.LIMITED), clock=clock
    )
    return register


def _rows(section: JournalSection) -> list[dict[str, str]]:
    model = section.model
    keys = model.COLUMNS
    rows = []
    for row in range(model.rowCount()):
        cells = {}
        for column, key in enumerate(keys):
            index = model.index(row, column)
            cells[key] = model.data(index, Qt.ItemDataRole.DisplayRole) or ""
        cells["tooltip"] = model.data(model.index(row, 4), Qt.ItemDataRole.ToolTipRole) or ""
        rows.append(cells)
    return rows


def test_the_screen_shows_labels_local_times_and_no_repr(qtbot, journaled):
    section = JournalSection()
    qtbot.addWidget(section)
    section.set_register(journaled)
    rows = _rows(section)
    assert rows
    for row in rows:
        assert not RAW.search(row["changes"] + row["tooltip"]), row
        assert "_" not in row["action"], row
    by_action = {row["action"]: row for row in rows}

    # The request's channel, through the channel's labels.
    changed = next(
        r for r in rows if r["subject"].startswith("Demande") and "Canal" in r["changes"]
    )
    assert "Canal de réception : Formulaire en ligne → E-mail" in changed["changes"]
    assert changed["action"] == "Modification"

    # The breach's risk factors: a nested record in words, not a dict.
    assessed = by_action["Évaluation du risque"]
    assert "Facteurs de risque : " in assessed["tooltip"]
    assert "Atteinte à la disponibilité : Atteinte limitée" in assessed["tooltip"]
    assert "Intention malveillante : Non" in assessed["tooltip"]
    nature = by_action["Nature et étendue"]
    assert "Catégories de données" in nature["changes"]

    # Times in the organisation's zone: 13:30 UTC is 14:30 in Casablanca that day.
    assert rows[0]["at"] == "08/02/2026 14:30:00"
    created = next(
        r for r in rows if r["subject"].startswith("Violation") and r["action"] == "Création"
    )
    assert "Prise de connaissance : 08/02/2026 12:30" in created["tooltip"]


def test_the_export_writes_the_same_words_and_local_datetimes(journaled, tmp_path):
    out = tmp_path / "journal.xlsx"
    exports.export_journal(journaled, JournalFilter(), out)
    sheet = load_workbook(out)["Journal"]
    header = [cell.value for cell in next(sheet.iter_rows(min_row=1, max_row=1))]
    at_column, detail_column = header.index("Date et heure"), header.index("Détail")
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    details = [str(row[detail_column] or "") for row in rows]
    assert details and not any(RAW.search(detail) for detail in details), details
    assert any("Canal de réception : Formulaire en ligne → E-mail" in d for d in details)
    assert any("Atteinte à la disponibilité : Atteinte limitée" in d for d in details)
    # One field a line in a cell.
    assessed = next(d for d in details if "Facteurs de risque" in d)
    assert "\nStatut : Ouverte → Risque évalué" in "\n" + assessed
    # A real Excel date-time, in the organisation's zone (as the other sheets write them).
    times = {row[at_column] for row in rows if isinstance(row[at_column], datetime)}
    local = (AWARE + timedelta(hours=2)).astimezone(organisation_zone()).replace(tzinfo=None)
    assert local in times and local.hour == 14
