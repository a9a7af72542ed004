"""Paramètres ▸ Rappels: which deadlines are recalled on the desktop, how many days
ahead, and whether a summary opens at each unlock (``ui/reminders.py``).

Per-user choices, like the language: kept in Preferences on this computer, not in the
register (two DPOs sharing a register may want different reminders), and none of them
is personal data. Each change is saved at once and announced by ``changed``; the
window's reminders read the same Preferences object at their next check.

Self-contained: the card takes the Preferences to edit (by default the app's shared
one, ``i18n.use_preferences``, else the file's) and needs no register.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QSpinBox, QWidget

from dpo_desk.domain.reminders import (
    DEFAULT_RECORD_LEADS,
    DEFAULT_REQUEST_LEADS,
    KIND_LABELS,
    MAX_LEAD,
    ReminderKind,
    clean_leads,
)
from dpo_desk.services.preferences import Preferences
from dpo_desk.ui import i18n
from dpo_desk.ui.settings.card import SettingsCard
from dpo_desk.ui.widgets import label


def shared_preferences() -> Preferences:
    """The app's Preferences object (the one its windows hold), else the file's."""
    shared = getattr(i18n, "_preferences", None)
    return shared if isinstance(shared, Preferences) else Preferences.load()


class RemindersCard(SettingsCard):
    """Kinds on or off, the lead times in days, the summary at unlock."""

    #: a choice changed and was saved
    changed = Signal()

    def __init__(self, prefs: Preferences | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.prefs = prefs if prefs is not None else shared_preferences()
        self.add_header(
            self.tr("Rappels"),
            self.tr(
                "Tant que DPO Desk est ouvert et le registre déverrouillé, une notification "
                "du bureau rappelle les échéances : aux délais choisis ci-dessous, le jour "
                "même, puis une fois par jour en cas de retard. Les violations gardent leurs "
                "alertes 24 heures et 6 heures avant la fin des 72 heures. Une notification "
                "ne cite que la référence (DSR-…, VIO-…, ou #12 pour un sous-traitant ou "
                "un traitement), jamais une personne. Ces choix valent pour cet ordinateur."
            ),
        )
        self.kinds: dict[ReminderKind, QCheckBox] = {}
        off = set(self.prefs.reminders_off)
        for kind in ReminderKind:
            # Not ui.reminders.kind_label: the settings package must not import the
            # window's reminders (ui.letters uses ui.settings; import-linter's siblings).
            box = QCheckBox(QCoreApplication.translate("ReminderKind", KIND_LABELS[kind]))
            box.setChecked(str(kind) not in off)
            box.toggled.connect(self._save)
            self.kinds[kind] = box
            self.body.addWidget(box)

        request_leads = clean_leads(self.prefs.reminder_request_days, DEFAULT_REQUEST_LEADS)
        self.first_request = self._days(1, request_leads[0])
        self.second_request = self._days(0, request_leads[1] if len(request_leads) > 1 else 0)
        self.second_request.setSpecialValueText(self.tr("aucun"))
        # A form, its rows wrapping under their labels when narrow: one long sentence per
        # row ("Sous-traitants et traitements : rappel [7] jours avant la revue…") did not
        # fit a 1180-px window in Arabic.
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(
            self.tr("Demandes, premier rappel"),
            self._with_unit(self.first_request, self.tr("jours avant l'échéance")),
        )
        form.addRow(
            self.tr("Demandes, second rappel"),
            self._with_unit(self.second_request, self.tr("jours avant l'échéance")),
        )

        record_leads = clean_leads(self.prefs.reminder_record_days, DEFAULT_RECORD_LEADS)
        self.record_days = self._days(1, record_leads[0])
        form.addRow(
            self.tr("Sous-traitants et traitements"),
            self._with_unit(self.record_days, self.tr("jours avant la revue ou la fin du contrat")),
        )
        self.body.addLayout(form)

        self.summary = QCheckBox(
            self.tr("Afficher un résumé des échéances à chaque déverrouillage")
        )
        self.summary.setChecked(self.prefs.reminder_summary)
        self.summary.toggled.connect(self._save)
        self.body.addWidget(self.summary)
        self.add_message()

    @staticmethod
    def _with_unit(box: QSpinBox, unit: str) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(box)
        row.addWidget(label(unit, "secondary", wrap=True), 1)
        return holder

    def _days(self, minimum: int, value: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(minimum, MAX_LEAD)
        box.setValue(value)
        box.setMinimumWidth(80)
        box.setAccessibleName(self.tr("Jours avant l'échéance"))
        box.valueChanged.connect(self._save)
        return box

    def _save(self) -> None:
        self.prefs.reminders_off = [str(k) for k, box in self.kinds.items() if not box.isChecked()]
        leads = [self.first_request.value(), self.second_request.value()]
        self.prefs.reminder_request_days = [d for d in leads if d > 0]
        self.prefs.reminder_record_days = [self.record_days.value()]
        self.prefs.reminder_summary = self.summary.isChecked()
        self.prefs.save()
        self.message.show_message(self.tr("Rappels enregistrés sur cet ordinateur."), "success")
        self.changed.emit()

    def refresh(self) -> None:
        """Show the preferences as they are now (the summary's own checkbox changes one)."""
        widgets = (*self.kinds.values(), self.summary)
        for widget in widgets:
            widget.blockSignals(True)
        off = set(self.prefs.reminders_off)
        for kind, box in self.kinds.items():
            box.setChecked(str(kind) not in off)
        self.summary.setChecked(self.prefs.reminder_summary)
        for widget in widgets:
            widget.blockSignals(False)
