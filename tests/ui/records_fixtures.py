"""Registers for the GUI tests, made through the services (as the DPO would), on a frozen day.

The frozen clock says 10 March 2026, 09:30 UTC (10:30 in Casablanca). On that day:

- "Support client" was last reviewed on 4 January 2025: its review is overdue; it also
  sends data to China (CN) with no mechanism recorded;
- "Comptes élèves" needs a DPIA that was not done;
- Mixpanel has no signed DPA; WafaCash's review was due on 9 March; Zendesk processes
  data in the United States with no transfer recorded; the old host's contract ended
  with no return or deletion of the data recorded; Stripe sends data to the US under
  SCCs, which under Law 09-08 still need the CNDP's F118 authorisation (flagged).
"""

from __future__ import annotations

from datetime import date

import pytest

from dpo_desk.domain.records import (
    ActivityDetails,
    Art28Clause,
    CndpRegime,
    ContractEnd,
    DataCategory,
    LegalBasis,
    ProcessorDetails,
    Purpose,
    RetentionRule,
    RetentionUnit,
    TransferDetails,
    TransferMechanism,
)
from dpo_desk.services import records as book

TODAY = date(2026, 3, 10)


def activity(name: str, **more) -> ActivityDetails:
    values = dict(
        name=name,
        purposes=(Purpose("Gérer les abonnements", LegalBasis.CONTRACT),),
        owner_department="Finance",
        data_categories=frozenset({DataCategory.IDENTITY, DataCategory.FINANCIAL}),
        last_reviewed_on=date(2026, 1, 10),
    )
    values.update(more)
    return ActivityDetails(**values)


def processor(name: str, **more) -> ProcessorDetails:
    values = dict(
        name=name,
        service="Paiement par carte",
        countries=("MA",),
        dpa_signed=True,
        dpa_signed_on=date(2025, 1, 15),
        clauses=frozenset(Art28Clause),
        next_review_on=date(2026, 9, 1),
    )
    values.update(more)
    return ProcessorDetails(**values)


@pytest.fixture
def registers_made(register, frozen_clock):
    clock = frozen_clock
    made = {}
    made["payments"] = book.save_activity(
        register,
        activity(
            "Paiements et facturation",
            cndp_receipt="D-443/2022",
            cndp_receipt_on=date(2022, 5, 1),
            retention=(
                RetentionRule(DataCategory.FINANCIAL, 10, RetentionUnit.YEARS, "après la vente"),
            ),
        ),
        clock=clock,
    )
    made["support"] = book.save_activity(
        register,
        activity(
            "Support client",
            purposes=(
                Purpose(
                    "Répondre aux demandes", LegalBasis.LEGITIMATE_INTERESTS, "Qualité de service"
                ),
            ),
            owner_department="Support",
            last_reviewed_on=date(2025, 1, 4),
        ),
        clock=clock,
    )
    made["accounts"] = book.save_activity(
        register,
        activity(
            "Comptes élèves",
            purposes=(Purpose("Suivre les cours", LegalBasis.CONSENT),),
            owner_department="Pédagogie",
            data_categories=frozenset({DataCategory.IDENTITY, DataCategory.HEALTH}),
            minors=True,
            cndp_regime=CndpRegime.AUTHORISATION,
            dpia_required=True,
            last_reviewed_on=date(2026, 2, 1),
        ),
        clock=clock,
    )
    made["stripe"] = book.save_processor(
        register, processor("Stripe", countries=("US",)), clock=clock
    )
    made["mixpanel"] = book.save_processor(
        register,
        processor(
            "Mixpanel",
            service="Mesure d'audience",
            countries=("FR",),
            dpa_signed=False,
            dpa_signed_on=None,
            clauses=frozenset(),
        ),
        clock=clock,
    )
    made["wafacash"] = book.save_processor(
        register,
        processor("WafaCash", service="Paiement en agence", next_review_on=date(2026, 3, 9)),
        clock=clock,
    )
    made["zendesk"] = book.save_processor(
        register, processor("Zendesk", service="Outil de support", countries=("US",)), clock=clock
    )
    old = book.save_processor(
        register, processor("Ancien hébergeur", service="Hébergement"), clock=clock
    )
    made["old"] = book.end_contract(register, old, ContractEnd(date(2026, 2, 1)), clock=clock)
    book.add_transfer(
        register,
        TransferDetails(
            country="US",
            mechanism=TransferMechanism.SCC,
            reference="2021/914 module 2",
            activity_id=made["payments"].id,
            processor_id=made["stripe"].id,
        ),
        clock=clock,
    )
    made["bare_transfer"] = book.add_transfer(
        register, TransferDetails(country="CN", activity_id=made["support"].id), clock=clock
    )
    for act, proc in (
        ("payments", "stripe"),
        ("payments", "wafacash"),
        ("support", "zendesk"),
        ("accounts", "mixpanel"),
    ):
        book.link_processor(register, made[act].id, made[proc].id, clock=clock)
    for key in ("payments", "support", "accounts"):
        made[key] = book.get_activity(register, made[key].id)
    for key in ("stripe", "mixpanel", "wafacash", "zendesk", "old"):
        made[key] = book.get_processor(register, made[key].id)
    return made


@pytest.fixture
def processing(qtbot, register, frozen_clock):
    from dpo_desk.ui.sections.processing import ProcessingSection

    widget = ProcessingSection(clock=frozen_clock)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.set_register(register)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.clear()


@pytest.fixture
def processors(qtbot, register, frozen_clock):
    from dpo_desk.ui.sections.processors import ProcessorsSection

    widget = ProcessorsSection(clock=frozen_clock)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.set_register(register)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.clear()


def names(section) -> list[str]:
    return section.model.names()


def row_of(section, name: str) -> int:
    return names(section).index(name)


def cell(section, name: str, key: str, role=None):
    from PySide6.QtCore import Qt

    model = section.model
    index = model.index(row_of(section, name), model.COLUMNS.index(key))
    return model.data(index, Qt.ItemDataRole.DisplayRole if role is None else role)


def set_filter(section, box, value) -> None:
    """Choose a filter entry by its data, as the DPO would from the list."""
    index = box.findData(str(value))
    assert index >= 0, value
    box.setCurrentIndex(index)
