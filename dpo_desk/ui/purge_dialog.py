"""The retention review: what has expired, the DPO's choice per case, then the purge.

GDPR Art. 5(1)(e); Law 09-08 art. 3(1)(e): closed cases are kept as long as the
organisation's retention periods say, then erased or made anonymous. Nothing goes
without this review and a typed confirmation; the service re-checks every case
inside its transaction, journals each one, then compacts the file.

Identity copies (issue 20) are listed here as their own kind of item, in the same
design: a copy whose date has come (the request closed, or the internal policy's days
after the identity check) is offered for deletion and goes only with this review's
confirmation, never automatically (GDPR Art. 5(1)(c), 5(1)(e); Law 09-08 art. 3).
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from dpo_desk.domain.clock import Clock, SystemClock
from dpo_desk.domain.errors import UserError
from dpo_desk.domain.retention import (
    CASE_KIND_LABELS,
    MAX_YEARS,
    ExpiredCase,
    IdentityCopyDue,
    PurgeMode,
    RetentionPolicy,
)
from dpo_desk.services import identity_documents, maintenance
from dpo_desk.services.read_model import Register
from dpo_desk.ui.formatting import short_date, style_table
from dpo_desk.ui.widgets import FormDialog, busy_bar, label
from dpo_desk.ui.workers import run_task

KEEP = "keep"  # not a PurgeMode: the DPO keeps this case for now (a dispute, a hold)
DELETE_COPY = "delete_copy"  # an identity copy whose rule's date has come


class PurgeDialog(FormDialog):
    COLUMNS = 5  # reference, kind, closed on, expired since, action

    def __init__(
        self, register: Register, *, clock: Clock | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.register = register
        self.clock = clock or SystemClock()
        self.cases: list[ExpiredCase] = []
        self.copies: list[IdentityCopyDue] = []
        #: the action chosen for each line of the table: the cases, then the copies
        self.choosers: list[QComboBox] = []
        self.copy_days = 0
        self.summary = ""
        self.setWindowTitle(self.tr("Durées de conservation"))
        self.resize(820, 560)
        self.add_heading(
            self.tr("Durées de conservation"),
            self.tr(
                "Un dossier clos n'est gardé que le temps fixé par l'organisation, puis "
                "il est effacé ou anonymisé (RGPD art. 5.1.e ; loi 09-08 art. 3.1.e). "
                "Anonymiser vide l'identité et les textes mais garde les dates et les "
                "chiffres pour les statistiques."
            ),
        )
        policy_row = QHBoxLayout()
        self.request_years = self._years()
        self.breach_years = self._years()
        policy_row.addWidget(label(self.tr("Demandes :"), "secondary"))
        policy_row.addWidget(self.request_years)
        policy_row.addSpacing(18)
        policy_row.addWidget(label(self.tr("Violations :"), "secondary"))
        policy_row.addWidget(self.breach_years)
        policy_row.addWidget(label(self.tr("après la clôture"), "secondary"))
        policy_row.addStretch(1)
        self.save_policy_button = QPushButton(self.tr("Enregistrer les durées"))
        self.save_policy_button.clicked.connect(self.save_policy)
        policy_row.addWidget(self.save_policy_button)
        self.outer.addLayout(policy_row)
        self.identity_note = label("", "muted", wrap=True)
        self.outer.addWidget(self.identity_note)

        self.count_label = label("", "subheading")
        self.outer.addWidget(self.count_label)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Référence"),
                self.tr("Nature"),
                self.tr("Clos le"),
                self.tr("Expiré depuis le"),
                self.tr("Action"),
            ]
        )
        style_table(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.outer.addWidget(self.table, 1)

        confirm_row = QHBoxLayout()
        self.confirm_word = self.tr("PURGER")
        confirm_row.addWidget(
            label(
                self.tr("Pour confirmer, tapez {word} :").format(word=self.confirm_word),
                "secondary",
            )
        )
        self.confirmation = QLineEdit()
        self.confirmation.setMaximumWidth(180)
        self.confirmation.textChanged.connect(self._update_buttons)
        confirm_row.addWidget(self.confirmation)
        confirm_row.addStretch(1)
        self.outer.addLayout(confirm_row)
        self.progress = busy_bar()
        self.outer.addWidget(self.progress)
        self.add_message()
        self.close_button, self.purge_button = self.add_actions(
            self.tr("Fermer"), self.tr("Purger les dossiers choisis"), self.purge, default=False
        )
        self.load()

    @staticmethod
    def _years() -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(1, MAX_YEARS)
        spin.setSuffix(QCoreApplication.translate("PurgeDialog", " an(s)"))
        return spin

    # -- data ------------------------------------------------------------------------
    def load(self) -> None:
        try:
            policy = maintenance.retention_policy(self.register)
            self.cases = maintenance.expired_cases(self.register, clock=self.clock)
            self.copies = identity_documents.identity_copies_due(self.register, clock=self.clock)
            self.copy_days = identity_documents.identity_policy(self.register).copy_days
        except UserError as error:
            self.show_error(error)
            self.cases, self.copies = [], []
            policy = RetentionPolicy()
        self.identity_note.setText(
            self.tr(
                "Copies de pièce d'identité : supprimées à la clôture de la demande ou "
                "{days} jours après la vérification, au premier des deux termes "
                "(politique interne, réglable dans Paramètres ▸ Justificatif d'identité)."
            ).format(days=self.copy_days)
        )
        self.request_years.setValue(policy.request_years)
        self.breach_years.setValue(policy.breach_years)
        self.table.setRowCount(len(self.cases) + len(self.copies))
        self.choosers = []
        for row, case in enumerate(self.cases):
            kind = QCoreApplication.translate("CaseKind", CASE_KIND_LABELS[case.kind])
            cells = (
                case.reference,
                kind,
                short_date(case.closed_on),
                short_date(case.kept_until + timedelta(days=1)),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            choice = QComboBox()
            choice.addItem(self.tr("Anonymiser"), str(PurgeMode.ANONYMISE))
            choice.addItem(self.tr("Effacer le dossier"), str(PurgeMode.DELETE))
            choice.addItem(self.tr("Garder pour l'instant"), KEEP)
            choice.currentIndexChanged.connect(self._update_buttons)
            self.table.setCellWidget(row, 4, choice)
            self.choosers.append(choice)
        for offset, copy in enumerate(self.copies):
            row = len(self.cases) + offset
            cells = (
                copy.reference,
                self.tr("Copie de pièce d'identité n° {id}").format(id=copy.attachment_id),
                short_date(copy.closed_on) if copy.closed_on else "—",
                short_date(copy.delete_by),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            choice = QComboBox()
            choice.addItem(self.tr("Supprimer la copie"), DELETE_COPY)
            choice.addItem(self.tr("Garder pour l'instant"), KEEP)
            choice.currentIndexChanged.connect(self._update_buttons)
            self.table.setCellWidget(row, 4, choice)
            self.choosers.append(choice)
        parts = []
        if self.cases or not self.copies:
            parts.append(
                self.tr(
                    "%n dossier(s) arrivé(s) au terme de la conservation", None, len(self.cases)
                )
            )
        if self.copies:
            parts.append(
                self.tr("%n copie(s) de pièce d'identité à supprimer", None, len(self.copies))
            )
        self.count_label.setText(" · ".join(parts))
        self._update_buttons()

    def choices(self) -> list[tuple]:
        chosen = []
        for case, action in zip(self.cases, self.choosers, strict=False):
            value = action.currentData()
            if value != KEEP:
                chosen.append((case, PurgeMode(value)))
        return chosen

    def copy_choices(self) -> list:
        """The identity copies the DPO confirms for deletion."""
        return [
            copy
            for copy, action in zip(self.copies, self.choosers[len(self.cases) :], strict=False)
            if action.currentData() == DELETE_COPY
        ]

    def set_choice(self, row: int, mode: str) -> None:
        combo = self.choosers[row]
        combo.setCurrentIndex(combo.findData(mode))

    def _update_buttons(self) -> None:
        confirmed = self.confirmation.text().strip() == self.confirm_word
        chosen = bool(self.choices()) or bool(self.copy_choices())
        self.purge_button.setEnabled(not self.running and confirmed and chosen)
        self.save_policy_button.setEnabled(not self.running)
        self.close_button.setEnabled(not self.running)

    # -- actions ---------------------------------------------------------------------
    def save_policy(self) -> None:
        policy = RetentionPolicy(self.request_years.value(), self.breach_years.value())
        try:
            maintenance.save_retention_policy(self.register, policy, clock=self.clock)
        except UserError as error:
            self.show_error(error)
            return
        self.load()
        self.message.show_message(self.tr("Durées de conservation enregistrées."), "success")

    def purge(self) -> None:
        chosen, copies = self.choices(), self.copy_choices()
        if not (chosen or copies) or self.running:
            return
        register, clock = self.register, self.clock
        self.running = True
        self.progress.show()
        self.message.show_message(self.tr("Purge en cours, puis compactage du fichier…"), "info")
        self._update_buttons()
        self.task = run_task(
            register,
            lambda: maintenance.purge_reviewed(
                register, chosen, identity_copies=copies, clock=clock
            ),
            self._purged,
            self._failed,
        )

    def _purged(self, report) -> None:
        self.running = False
        self.progress.hide()
        self.confirmation.clear()
        copies = self.tr(
            "%n copie(s) de pièce d'identité supprimée(s).", None, len(report.identity_copies)
        )
        if report.cases or not report.identity_copies:
            self.summary = self.tr("Purge faite : {deleted}, {anonymised}.").format(
                deleted=self.tr("%n dossier(s) effacé(s)", None, len(report.deleted)),
                anonymised=self.tr("%n dossier(s) anonymisé(s)", None, len(report.anonymised)),
            )
            if report.identity_copies:
                self.summary += " " + copies
        else:
            self.summary = copies
        self.load()
        self.message.show_message(self.summary, "success")

    def _failed(self, error: UserError) -> None:
        self.running = False
        self.progress.hide()
        self.load()  # a case changed meanwhile: show the list as it now is
        self.show_error(error)
