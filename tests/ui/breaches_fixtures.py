"""Breaches for the GUI tests, made through the services, on a frozen clock.

The frozen clock says 10 March 2026, 09:30 UTC: 10:30 in Casablanca (UTC+1).
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from dpo_desk.domain.breach_risk import DataCategory, Exposure, Likelihood, RiskFactors
from dpo_desk.domain.breaches import (
    Authority,
    AuthorityNotification,
    BreachIntake,
    BreachNature,
    NotificationPhase,
)
from dpo_desk.domain.requests.workflow import Regime
from dpo_desk.services import breaches as breach_service

GDPR = frozenset({Regime.GDPR})
LAW = frozenset({Regime.LAW_09_08})
BOTH = GDPR | LAW

LEAK = BreachNature(
    description="Export envoyé au mauvais destinataire",
    confidentiality=True,
    subjects_count=120,
    data_categories=frozenset({DataCategory.CONTACT}),
)


def make_breach(register, clock, title, *, aware_hours_ago, regimes=GDPR, nature=LEAK):
    now = clock.now()
    intake = BreachIntake(
        title=title,
        regimes=frozenset(regimes),
        aware_at=now - timedelta(hours=aware_hours_ago),
        discovered_at=now - timedelta(hours=aware_hours_ago + 1),
        nature=nature,
    )
    return breach_service.create_breach(register, intake, clock=clock)


def notify(register, clock, breach, *, hours_ago=1, delay_reason="", authority=None):
    """Notify the authority of the breach's governing duty (the CNIL under the GDPR, the
    CNDP otherwise), or ``authority``."""
    if authority is None:
        authority = Authority.CNIL if Regime.GDPR in breach.regimes else Authority.CNDP
    sent = AuthorityNotification(
        authority=authority,
        phase=NotificationPhase.INITIAL,
        sent_at=clock.now() - timedelta(hours=hours_ago),
        delay_reason=delay_reason,
    )
    return breach_service.add_notification(register, breach, sent, clock=clock)


RISKY = RiskFactors(confidentiality=Exposure.LIMITED, likelihood=Likelihood.SIGNIFICANT)


@pytest.fixture
def section(qtbot, register, frozen_clock):
    from dpo_desk.ui.sections.breaches import BreachesSection

    widget = BreachesSection(clock=frozen_clock)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.set_register(register)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.clear()


def refreshed(section):
    section.refresh()
    return section
