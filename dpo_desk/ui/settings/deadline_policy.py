"""Paramètres ▸ Délais de réponse: the organisation's deadline choices, where the law
leaves room.

A save goes through the request services, which recompute the open requests' due dates
at once and say how many moved: the DPO sees the consequence of a change the moment it
is made.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.clock import Clock
from dpo_desk.domain.deadlines import MAX_POLICY_DAYS, DeadlinePolicy
from dpo_desk.domain.errors import UserError, ValidationError
from dpo_desk.services import requests as request_service
from dpo_desk.services.read_model import Register
from dpo_desk.ui.formatting import moved_due_dates
from dpo_desk.ui.settings.card import SettingsCard, primary_button
from dpo_desk.ui.widgets import W, explanation, label, mark_invalid


class DeadlinePolicyCard(SettingsCard):
    """The organisation's deadline choices, where the law leaves room."""

    #: how many open requests' due dates the last save moved
    saved = Signal(int)

    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(clock, parent)
        self._loaded: DeadlinePolicy | None = None

        self.add_header(
            self.tr("Délais de réponse"),
            self.tr(
                "Ces choix complètent la loi là où elle laisse une marge. Le délai du "
                "RGPD (un mois, prorogeable de deux, art. 12(3)) ne se règle pas : il "
                "s'applique tel quel. Une échéance qui tombe un jour chômé est reportée "
                "au jour ouvré suivant (voir le calendrier ci-dessous)."
            ),
        )

        self.internal_days = self._add_block(
            _days(self.tr(" jours")),
            self.tr("Délai de politique interne"),
            self.tr(
                "La loi 09-08 ne fixe pas de nombre de jours pour répondre à une demande "
                "d'accès (art. 7, « sans délais ») ou d'opposition (art. 9), ni pour la "
                "portabilité, qu'elle ne prévoit pas. Ces demandes reçoivent le délai que "
                "l'organisation s'est fixé, affiché comme « Politique interne » à côté de "
                "l'échéance. Jours calendaires."
            ),
        )

        self.rectification_days = self._add_block(
            _days(self.tr(" jours francs")),
            self.tr("Délai de rectification"),
            self.tr(
                "Loi 09-08 art. 8(a) : la rectification, l'effacement et le verrouillage "
                "des données se font « dans un délai franc de dix jours ». Ne changez ce "
                "nombre que si la loi change."
            ),
        )

        self.strict_clear_days = self._add_block(
            QCheckBox(self.tr("Lecture stricte du délai franc (réception + 11 jours)")),
            "",
            self.tr(
                "Un délai franc ne compte ni le jour de réception ni celui de l'échéance "
                "(Cour suprême, 19/02/1964) : dix jours francs à compter d'une réception "
                "le jour J se terminent à J+11. Décochée, l'application retient J+10, "
                "lecture prudente qui ne peut pas mettre l'organisation en retard."
            ),
        )

        self.identity_pause = self._add_block(
            QCheckBox(self.tr("Suspendre le délai pendant la vérification d'identité")),
            "",
            self.tr(
                "RGPD art. 12(6) : en cas de doute raisonnable, l'organisation peut "
                "demander une preuve d'identité. L'ICO (autorité britannique) ne fait "
                "courir le délai qu'à réception de cette preuve ; le CEPD (lignes "
                "directrices 01/2022 sur le droit d'accès) est plus réservé. Décochée "
                "par défaut : le délai court sans interruption."
            ),
        )

        self.add_message()
        self.revert_button = QPushButton(self.tr("Annuler les modifications"))
        self.revert_button.clicked.connect(self.revert)
        self.save_button = primary_button(self.tr("Enregistrer la politique"), self.save)
        self.add_buttons(self.revert_button, self.save_button)

        for spin in self.fields().values():
            if isinstance(spin, QSpinBox):
                spin.valueChanged.connect(self._edited)
            elif isinstance(spin, QCheckBox):
                spin.toggled.connect(self._edited)
        self.clear()

    def _add_block(self, field: W, title: str, why: str) -> W:
        """A setting: its field (titled, for a number) and, under it, why it is so."""
        block = QVBoxLayout()
        block.setSpacing(4)
        block.setContentsMargins(0, 6, 0, 6)
        if title:
            row = QHBoxLayout()
            row.setSpacing(12)
            caption = label(title, "value")
            caption.setBuddy(field)
            font = caption.font()
            font.setBold(True)
            caption.setFont(font)
            field.setAccessibleName(title)
            # As wide as its number and unit, not the card: it holds three digits.
            field.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            field.setMinimumWidth(150)
            row.addWidget(caption)
            row.addWidget(field)
            row.addStretch(1)
            block.addLayout(row)
        else:
            font = field.font()
            font.setBold(True)
            field.setFont(font)
            block.addWidget(field)
        block.addWidget(explanation(why))
        self.body.addLayout(block)
        return field

    def fields(self) -> dict[str, QWidget]:
        """DeadlinePolicy field name (as ValidationError.field names it) → its widget."""
        return {
            "internal_days": self.internal_days,
            "rectification_clear_days": self.rectification_days,
            "strict_clear_days": self.strict_clear_days,
            "identity_pause": self.identity_pause,
        }

    # -- register --------------------------------------------------------------------
    def set_register(self, register: Register) -> None:
        self.register = register
        self.message.clear_message()
        try:
            policy = request_service.load_context(register).policy
        except UserError as error:
            # Shown, and the defaults offered: saving a valid policy repairs the setting.
            self.show_error(error)
            policy = DeadlinePolicy()
        self._loaded = policy
        self._show(policy)

    def clear(self) -> None:
        self.register = None
        self._loaded = None
        self._show(DeadlinePolicy())
        self.message.clear_message()
        self._update_buttons()

    def _show(self, policy: DeadlinePolicy) -> None:
        self.internal_days.setValue(policy.internal_days)
        self.rectification_days.setValue(policy.rectification_clear_days)
        self.strict_clear_days.setChecked(policy.strict_clear_days)
        self.identity_pause.setChecked(policy.identity_pause)
        for widget in self.fields().values():
            mark_invalid(widget, False)
        self._update_buttons()

    def edited_values(self) -> dict:
        return {
            "internal_days": self.internal_days.value(),
            "rectification_clear_days": self.rectification_days.value(),
            "strict_clear_days": self.strict_clear_days.isChecked(),
            "identity_pause": self.identity_pause.isChecked(),
        }

    # -- editing ---------------------------------------------------------------------
    def _edited(self) -> None:
        for widget in self.fields().values():
            mark_invalid(widget, False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        changed = (
            self.register is not None
            and self._loaded is not None
            and self.edited_values() != self._loaded.to_dict()
        )
        self.save_button.setEnabled(changed)
        self.revert_button.setEnabled(changed)
        for widget in self.fields().values():
            widget.setEnabled(self.register is not None)

    def revert(self) -> None:
        if self._loaded is not None:
            self._show(self._loaded)
        self.message.clear_message()

    def save(self) -> None:
        if self.register is None:
            return
        try:
            policy = DeadlinePolicy(**self.edited_values())
            moved = request_service.save_policy(self.register, policy, clock=self.clock)
        except ValidationError as error:
            self.show_error(error)
            widget = self.fields().get(error.field)
            if widget is not None:
                mark_invalid(widget, True)
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except UserError as error:
            self.show_error(error)
            return
        self._loaded = policy
        self._update_buttons()
        text = self.tr("Politique enregistrée ; {consequence}").format(
            consequence=_lower_first(moved_due_dates(moved))
        )
        self.report(text)
        self.saved.emit(moved)


def _lower_first(sentence: str) -> str:
    # "Politique enregistrée ; 3 demandes…": the second sentence continues the first.
    return sentence[:1].lower() + sentence[1:] if sentence else sentence


def _days(suffix: str) -> QSpinBox:
    """A number of days the policy may set, with its unit."""
    spin = QSpinBox()
    spin.setRange(1, MAX_POLICY_DAYS)
    spin.setSuffix(suffix)
    return spin
