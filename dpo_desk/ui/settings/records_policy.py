"""Paramètres ▸ Registres des traitements: the adequacy list and the review period.

Both are register settings the records' flags and the CNDP formalities read
(``services.records.adequate_countries`` / ``review_months``):

- the countries to which Law 09-08 art. 43 lets data go without the CNDP's
  authorisation. The shipped default is the EU and EEA states, *not* the CNDP's list
  (délibération 465-2013, or 236-2015: which one is current is unconfirmed), and the
  card says so as long as the register keeps it (``ADEQUACY_SOURCE``);
- how many months may pass before an activity is reviewed: the law sets none (GDPR
  Art. 24(1) only says "reviewed and updated where necessary"), so it is the
  organisation's policy, labelled so.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSpinBox, QWidget

from dpo_desk.domain.clock import Clock
from dpo_desk.domain.countries import ADEQUACY_SOURCE, DEFAULT_ADEQUATE_COUNTRIES
from dpo_desk.domain.errors import UserError
from dpo_desk.services import records as book
from dpo_desk.services.read_model import Register
from dpo_desk.ui.settings.card import SettingsCard, primary_button
from dpo_desk.ui.widgets import explanation


def _codes(text: str) -> list[str]:
    """ "FR, be  CH" -> ["FR", "BE", "CH"]: the DPO may separate codes as they like."""
    return [part for part in text.replace(",", " ").replace(";", " ").upper().split() if part]


class RecordsPolicyCard(SettingsCard):
    """The adequacy list (Law 09-08 art. 43) and the activities' review period (policy)."""

    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(clock, parent)
        self._countries: frozenset[str] = frozenset()
        self._months = 0
        self.add_header(
            self.tr("Registre des traitements : transferts et revues"),
            self.tr(
                "Pays vers lesquels un transfert n'exige ni autorisation de la CNDP ni "
                "exception (loi 09-08 art. 43), en codes ISO 3166 séparés par des espaces."
            ),
        )
        self.countries = QPlainTextEdit()
        self.countries.setAccessibleName(self.tr("Liste d'adéquation"))
        self.countries.setTabChangesFocus(True)
        self.countries.setFixedHeight(64)
        self.countries.textChanged.connect(self._update_buttons)
        self.body.addWidget(self.countries)
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.source.setObjectName("hint")
        self.body.addWidget(self.source)

        row = QHBoxLayout()
        row.setSpacing(10)
        caption = QLabel(self.tr("Revue des traitements au plus tard tous les"))
        self.months = QSpinBox()
        self.months.setRange(1, 60)
        self.months.setSuffix(self.tr(" mois"))
        self.months.setAccessibleName(self.tr("Période de revue des traitements"))
        self.months.valueChanged.connect(self._update_buttons)
        caption.setBuddy(self.months)
        row.addWidget(caption)
        row.addWidget(self.months)
        row.addStretch(1)
        self.body.addLayout(row)
        self.body.addWidget(
            explanation(
                self.tr(
                    "Politique interne : la loi ne fixe aucune période ; le RGPD (art. 24(1)) "
                    "demande que les mesures soient réexaminées et actualisées si nécessaire."
                )
            )
        )
        self.default_button = QPushButton(self.tr("Rétablir la liste par défaut"))
        self.default_button.clicked.connect(self.restore_default)
        # The day dialog's "Enregistrer", already translated in its context.
        self.save_button = primary_button(
            QCoreApplication.translate("DayDialog", "Enregistrer"), self.save
        )
        self.add_message()
        self.add_buttons(self.default_button, self.save_button)
        self.clear()

    # -- binding -------------------------------------------------------------------------
    def set_register(self, register: Register) -> None:
        loaded = self.bind(
            register, lambda reg: (book.adequate_countries(reg), book.review_months(reg))
        )
        if loaded is None:
            self.register = None  # a setting that cannot be read is not edited
            self._show(frozenset(), 0)
            return
        self._show(*loaded)

    def clear(self) -> None:
        self.register = None
        self.message.clear_message()
        self._show(frozenset(), 0)

    def _show(self, countries: frozenset[str], months: int) -> None:
        self._countries, self._months = countries, months
        for widget in (self.countries, self.months):
            widget.blockSignals(True)
        self.countries.setPlainText(" ".join(sorted(countries)))
        self.months.setValue(max(months, 1))
        for widget in (self.countries, self.months):
            widget.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        bound = self.register is not None
        self.countries.setEnabled(bound)
        self.months.setEnabled(bound)
        typed = frozenset(_codes(self.countries.toPlainText()))
        changed = typed != self._countries or self.months.value() != self._months
        self.save_button.setEnabled(bound and changed)
        self.default_button.setEnabled(bound and typed != DEFAULT_ADEQUATE_COUNTRIES)
        if not bound:
            self.source.setText("")
        elif typed == DEFAULT_ADEQUATE_COUNTRIES:
            self.source.setText(QCoreApplication.translate("Adequacy", ADEQUACY_SOURCE))
        else:
            self.source.setText(
                self.tr(
                    "Liste propre à ce registre : vérifiez-la contre la délibération de la "
                    "CNDP en vigueur."
                )
            )
        self.source.setAlignment(Qt.AlignmentFlag.AlignLeading)

    # -- actions -------------------------------------------------------------------------
    def restore_default(self) -> None:
        self.countries.setPlainText(" ".join(sorted(DEFAULT_ADEQUATE_COUNTRIES)))

    def save(self) -> None:
        if self.register is None:
            return
        typed = _codes(self.countries.toPlainText())
        months = self.months.value()
        try:
            countries = self._countries
            if frozenset(typed) != self._countries:
                countries = book.save_adequate_countries(self.register, typed, clock=self.clock)
            if months != self._months:
                book.save_review_months(self.register, months, clock=self.clock)
        except UserError as error:
            self.show_error(error)  # what was typed stays in the fields
            return
        self._show(countries, months)
        self.report(
            self.tr("Liste d'adéquation ({count} pays) et période de revue enregistrées.").format(
                count=len(countries)
            )
        )
