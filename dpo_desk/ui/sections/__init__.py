"""The screens of the side navigation, in the order the DPO sees them.

To give a section its real screen, write a :class:`Section` subclass and replace its
entry in :func:`build_sections`; the main window needs no other change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dpo_desk.ui.sections.base import EmptySection, Section
from dpo_desk.ui.sections.dashboard import DashboardSection
from dpo_desk.ui.sections.requests import RequestsSection
from dpo_desk.ui.sections.settings import SettingsSection

__all__ = ["EmptySection", "Section", "SettingsSection", "build_sections"]


def build_sections() -> list[Section]:
    return [
        DashboardSection(),
        RequestsSection(),
        EmptySection(
            "breaches",
            "breaches",
            QCoreApplication.translate("Sections", "Violations"),
            QCoreApplication.translate("Sections", "Aucune violation enregistrée"),
            QCoreApplication.translate(
                "Sections",
                "Les violations de données apparaîtront ici, avec le compte à rebours de "
                "notification à l'autorité et la trace de chaque décision.",
            ),
        ),
        EmptySection(
            "processing",
            "processing",
            QCoreApplication.translate("Sections", "Traitements"),
            QCoreApplication.translate("Sections", "Registre des traitements"),
            QCoreApplication.translate(
                "Sections",
                "Les activités de traitement apparaîtront ici : finalités, bases légales, "
                "catégories de données, durées de conservation et formalités CNDP.",
            ),
        ),
        EmptySection(
            "processors",
            "processors",
            QCoreApplication.translate("Sections", "Sous-traitants"),
            QCoreApplication.translate("Sections", "Registre des sous-traitants"),
            QCoreApplication.translate(
                "Sections",
                "Les sous-traitants apparaîtront ici : contrats, garanties, transferts hors "
                "du Maroc et dates de revue.",
            ),
        ),
        EmptySection(
            "journal",
            "journal",
            QCoreApplication.translate("Sections", "Journal"),
            QCoreApplication.translate("Sections", "Journal d'audit"),
            QCoreApplication.translate(
                "Sections",
                "Chaque modification du registre apparaîtra ici : qui, quoi, quand. "
                "Les entrées sont chaînées entre elles ; aucune ne peut être effacée "
                "sans que cela se voie.",
            ),
        ),
        SettingsSection(),
    ]
