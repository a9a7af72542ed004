"""Paramètres ▸ Justificatif d'identité: which proof the identity-request letter asks
for, and how long a copy of an identity document may wait after the check (issue 20).

GDPR Art. 12(6) allows asking for what confirms who is asking; Art. 5(1)(c) and
5(1)(e) (Law 09-08 art. 3) ask for the least and keep it the shortest time: a copy of
the CNIE only where a lighter check does not settle the doubt. The days are internal
policy, not a legal period, and the card says so.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QSpinBox, QWidget

from dpo_desk.domain.clock import Clock
from dpo_desk.domain.errors import UserError
from dpo_desk.domain.retention import (
    IDENTITY_PROOF_LABELS,
    MAX_IDENTITY_COPY_DAYS,
    IdentityPolicy,
    IdentityProof,
)
from dpo_desk.services import identity_documents
from dpo_desk.services.read_model import Register
from dpo_desk.ui.settings.card import SettingsCard, primary_button
from dpo_desk.ui.widgets import explanation


class IdentitySettingsCard(SettingsCard):
    """The identity policy, saved (and journaled) with its button: a register setting."""

    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(clock, parent)
        self.add_header(
            self.tr("Justificatif d'identité"),
            self.tr(
                "En cas de doute raisonnable sur l'identité du demandeur (RGPD art. "
                "12.6), le courrier de demande de justificatif ne réclame que ce qui "
                "suffit à lever le doute : une copie de la CNIE seulement si une "
                "vérification plus légère ne suffit pas (RGPD art. 5.1.c ; loi 09-08 "
                "art. 3)."
            ),
        )
        form = QFormLayout()
        # A field wider than the room beside its label goes under it: the proofs' names
        # are long, and longer in English than the card is wide at the default size.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.proof = QComboBox()
        self.proof.setAccessibleName(self.tr("Justificatif demandé"))
        for proof in IdentityProof:
            self.proof.addItem(
                QCoreApplication.translate("IdentityProof", IDENTITY_PROOF_LABELS[proof]),
                str(proof),
            )
        form.addRow(self.tr("Justificatif demandé"), self.proof)
        self.days = QSpinBox()
        self.days.setRange(1, MAX_IDENTITY_COPY_DAYS)
        self.days.setSuffix(self.tr(" jour(s)"))
        self.days.setAccessibleName(self.tr("Suppression des copies, au plus tard"))
        form.addRow(self.tr("Suppression des copies, au plus tard"), self.days)
        self.body.addLayout(form)
        self.body.addWidget(
            explanation(
                self.tr(
                    "Politique interne, pas un délai légal : une copie de pièce d'identité "
                    "est supprimée dès la vérification faite, et au plus tard ce nombre de "
                    "jours après, ou à la clôture de la demande si elle vient avant. La revue "
                    "des durées de conservation propose les copies arrivées à ce terme. Le "
                    "courrier énonce la même règle."
                ),
                "muted",
            )
        )
        self.add_message()
        self.save_button = primary_button(self.tr("Enregistrer"), self.save)
        self.add_buttons(self.save_button)
        self.clear()

    def set_register(self, register: Register) -> None:
        policy = self.bind(register, identity_documents.identity_policy)
        if policy is None:
            return
        self._show(policy)
        for widget in (self.proof, self.days, self.save_button):
            widget.setEnabled(True)

    def clear(self) -> None:
        self.register = None
        self._show(IdentityPolicy())
        for widget in (self.proof, self.days, self.save_button):
            widget.setEnabled(False)
        self.message.clear_message()

    def _show(self, policy: IdentityPolicy) -> None:
        self.proof.setCurrentIndex(self.proof.findData(str(policy.proof)))
        self.days.setValue(policy.copy_days)

    def policy(self) -> IdentityPolicy:
        return IdentityPolicy(IdentityProof(self.proof.currentData()), self.days.value())

    def save(self) -> None:
        if self.register is None:
            return
        try:
            saved = identity_documents.save_identity_policy(
                self.register, self.policy(), clock=self.clock
            )
        except UserError as error:
            self.show_error(error)
            return
        self._show(saved)
        text = self.tr("Justificatif d'identité enregistré.")
        self.report(text)
