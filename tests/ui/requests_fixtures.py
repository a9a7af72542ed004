"""Requests for the GUI tests, made through the services (as the DPO would), on a frozen day.

The frozen clock says 10 March 2026, 09:30 UTC: 10:30 in Casablanca.
"""

from __future__ import annotations

from datetime import date

import pytest

from dpo_desk.domain.requests.model import RequesterRole, RequestIntake
from dpo_desk.domain.requests.workflow import Channel, RefusalReason, Regime, Right
from dpo_desk.services import requests as request_service

TODAY = date(2026, 3, 10)

LAW = frozenset({Regime.LAW_09_08})
GDPR = frozenset({Regime.GDPR})


def make_request(register, clock, name, *, received, rights=(Right.ACCESS,), regimes=LAW, **more):
    intake = RequestIntake(
        regimes=frozenset(regimes),
        rights=frozenset(rights),
        received_on=received,
        requester_name=name,
        **more,
    )
    return request_service.create_request(register, intake, clock=clock)


@pytest.fixture
def demo_requests(register, frozen_clock):
    """Six requests in different states, rights, regimes and scripts; by name."""
    made = {}
    # 09-08 access, policy 30 days: due 2026-04-09, open (new).
    made["yassine"] = make_request(
        register,
        frozen_clock,
        "Yassine El Amrani",
        received=date(2026, 3, 10),
        requester_email="yassine.elamrani@gmail.com",
    )
    # 09-08 rectification, D+10 = 2026-02-24 (a Tuesday): overdue, in progress.
    salma = make_request(
        register,
        frozen_clock,
        "سلمى بناني",
        received=date(2026, 2, 14),
        rights=(Right.RECTIFICATION,),
        requester_email="salma.bennani@outlook.com",
        channel=Channel.WEB_FORM,
    )
    made["salma"] = request_service.start_work(register, salma, clock=frozen_clock)
    # GDPR access received 2026-03-05: due 2026-04-06 (5 April is a Sunday); open.
    made["lukas"] = make_request(
        register,
        frozen_clock,
        "Lukas Schneider",
        received=date(2026, 3, 5),
        regimes=GDPR,
        requester_email="lukas.schneider@web.de",
    )
    # Both regimes, objection, a parent for a minor: due soon, the GDPR month (12 March)
    # before the 09-08 policy's 30 days (16 March). Not erasure: under 09-08 art. 8(a)
    # that is ten clear days (deadline rules 2), and the request would be overdue.
    made["karim"] = make_request(
        register,
        frozen_clock,
        "Karim Tazi",
        received=date(2026, 2, 12),
        rights=(Right.OBJECTION,),
        regimes=LAW | GDPR,
        requester_role=RequesterRole.PARENT,
        subject_name="Adam Tazi",
    )
    # Answered: no countdown, not "open".
    hind = make_request(
        register,
        frozen_clock,
        "Hind Berrada",
        received=date(2026, 1, 20),
        rights=(Right.OBJECTION,),
    )
    hind = request_service.start_work(register, hind, clock=frozen_clock)
    made["hind"] = request_service.answer(
        register, hind, answered_on=date(2026, 2, 2), clock=frozen_clock
    )
    # Refused (identity not established: Law 09-08 arts. 7 and 8 for these two rights;
    # art. 7's abuse would answer access only), then closed.
    rachid = make_request(
        register,
        frozen_clock,
        "Rachid Ouazzani",
        received=date(2026, 1, 5),
        rights=(Right.ACCESS, Right.RECTIFICATION),
    )
    rachid = request_service.refuse(
        register,
        rachid,
        reason=RefusalReason.IDENTITY_NOT_ESTABLISHED,
        answered_on=date(2026, 1, 20),
        clock=frozen_clock,
    )
    made["rachid"] = request_service.close(register, rachid, clock=frozen_clock)
    return made


@pytest.fixture
def section(qtbot, register, frozen_clock):
    from dpo_desk.ui.sections.requests import RequestsSection

    widget = RequestsSection(clock=frozen_clock)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.set_register(register)
    # The list opens on the open requests (issue 25); these tests look at every request,
    # answered and closed ones included. The opening view: tests/ui/test_dashboard_truth.py.
    widget.filters.reset()
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.clear()


def listed(section) -> list[str]:
    """The references in the list, in display order (reads every row: small lists only)."""
    model = section.model
    return [model.row_at(row).reference for row in range(model.rowCount())]


def listed_names(section) -> list[str]:
    model = section.model
    return [model.row_at(row).requester_name for row in range(model.rowCount())]
