"""The screens of the side navigation, in the order the DPO sees them.

The navigation lists every section from :func:`section_entries`, which holds only what
the sidebar needs (key, icon, title) and how to build the screen. The main window
builds a section on its first visit: a section module and what it pulls in (openpyxl,
reportlab, the holidays calendars, …) is imported then, not at start-up, so the
dashboard shows without paying for the screens the DPO may not open.

To add a section, write a :class:`Section` subclass and add its entry below; the
main window needs no other change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication

from dpo_desk.ui.sections.base import Section

__all__ = ["Section", "SectionEntry", "build_sections", "section_entries"]


@dataclass(frozen=True)
class SectionEntry:
    """A navigation entry before (and whether or not) its screen exists."""

    key: str
    icon_name: str
    #: the translated title, at call time (the language may change between calls)
    title: Callable[[], str]
    #: builds the screen; imports its module on the first call
    build: Callable[[], Section]


def _dashboard() -> Section:
    from dpo_desk.ui import warmup

    # Built while the unlock dialog waited, when it was (ui/warmup.py): not after Enter.
    spare = warmup.take_spare(lambda built: isinstance(built, Section))
    return spare if isinstance(spare, Section) else build_dashboard()


def build_dashboard() -> Section:
    from dpo_desk.ui.sections.dashboard import DashboardSection

    return _with_registers_card(DashboardSection())


def _requests() -> Section:
    from dpo_desk.ui.sections.requests import RequestsSection

    return RequestsSection()


def _breaches() -> Section:
    from dpo_desk.ui.sections.breaches import BreachesSection

    return BreachesSection()


def _processing() -> Section:
    from dpo_desk.ui.sections.processing import ProcessingSection

    return ProcessingSection()


def _processors() -> Section:
    from dpo_desk.ui.sections.processors import ProcessorsSection

    return ProcessorsSection()


def _journal() -> Section:
    from dpo_desk.ui.sections.journal import JournalSection

    return JournalSection()


def _settings() -> Section:
    from dpo_desk.ui.sections.settings import SettingsSection

    return SettingsSection()


def section_entries() -> list[SectionEntry]:
    # The titles repeat each section's title() with the same context and text (the
    # class name is the context of self.tr), so the catalogues hold one message for both.
    return [
        SectionEntry(
            "dashboard",
            "dashboard",
            lambda: QCoreApplication.translate("Sections", "Tableau de bord"),
            _dashboard,
        ),
        SectionEntry(
            "requests",
            "requests",
            lambda: QCoreApplication.translate("RequestsSection", "Demandes"),
            _requests,
        ),
        SectionEntry(
            "breaches",
            "breaches",
            lambda: QCoreApplication.translate("BreachesSection", "Violations"),
            _breaches,
        ),
        SectionEntry(
            "processing",
            "processing",
            lambda: QCoreApplication.translate("ProcessingSection", "Traitements"),
            _processing,
        ),
        SectionEntry(
            "processors",
            "processors",
            lambda: QCoreApplication.translate("ProcessorsSection", "Sous-traitants"),
            _processors,
        ),
        SectionEntry(
            "journal",
            "journal",
            lambda: QCoreApplication.translate("JournalSection", "Journal"),
            _journal,
        ),
        SectionEntry(
            "settings",
            "settings",
            lambda: QCoreApplication.translate("SettingsSection", "Paramètres"),
            _settings,
        ),
    ]


def entry_for(section: Section) -> SectionEntry:
    """An entry for a section built beforehand (tests hand the window their own)."""
    return SectionEntry(section.key, section.icon_name, section.title, lambda: section)


def build_sections() -> list[Section]:
    """Every section, built now (tests; the window builds them one by one)."""
    return [entry.build() for entry in section_entries()]


def _with_registers_card(dashboard) -> Section:
    """The dashboard with its "Registres" card (reviews due, missing DPAs, transfers
    without a mechanism), under the request figures."""
    from dpo_desk.ui.breaches.dashboard_panel import BreachDashboardPanel
    from dpo_desk.ui.records.dashboard_card import RegistersCard

    dashboard.set_registers_widget(RegistersCard(clock=dashboard.clock))
    # Open breaches come first, above the requests: their clock counts in hours.
    breaches = BreachDashboardPanel(clock=dashboard.clock)
    breaches.open_breach.connect(partial(dashboard.navigate.emit, "breaches"))
    dashboard.set_breach_widget(breaches)
    return dashboard
