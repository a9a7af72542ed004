"""The screens of the side navigation, in the order the DPO sees them.

To give a section its real screen, write a :class:`Section` subclass and replace its
entry in :func:`build_sections`; the main window needs no other change.
"""

from __future__ import annotations

from functools import partial

from dpo_desk.ui.sections.base import EmptySection, Section
from dpo_desk.ui.sections.breaches import BreachesSection
from dpo_desk.ui.sections.dashboard import DashboardSection
from dpo_desk.ui.sections.journal import JournalSection
from dpo_desk.ui.sections.processing import ProcessingSection
from dpo_desk.ui.sections.processors import ProcessorsSection
from dpo_desk.ui.sections.requests import RequestsSection
from dpo_desk.ui.sections.settings import SettingsSection

__all__ = ["EmptySection", "Section", "SettingsSection", "build_sections"]


def build_sections() -> list[Section]:
    return [
        _with_registers_card(DashboardSection()),
        RequestsSection(),
        BreachesSection(),
        ProcessingSection(),
        ProcessorsSection(),
        JournalSection(),
        SettingsSection(),
    ]


def _with_registers_card(dashboard: DashboardSection) -> DashboardSection:
    """The dashboard with its "Registres" card (reviews due, missing DPAs, transfers
    without a mechanism), under the request figures."""
    from dpo_desk.ui.breaches.dashboard_panel import BreachDashboardPanel
    from dpo_desk.ui.registers.dashboard_card import RegistersCard

    dashboard.set_registers_widget(RegistersCard(clock=dashboard.clock))
    # Open breaches come first, above the requests: their clock counts in hours.
    breaches = BreachDashboardPanel(clock=dashboard.clock)
    breaches.open_breach.connect(partial(dashboard.navigate.emit, "breaches"))
    dashboard.set_breach_widget(breaches)
    return dashboard
