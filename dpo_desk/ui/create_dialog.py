"""Creating a register: the organisation, its DPO, the passphrase and where the file goes."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.errors import UserError, ValidationError
from dpo_desk.security.keystore import Keystore
from dpo_desk.security.passphrase import (
    MINIMUM_LENGTH,
    MINIMUM_SCORE,
    GuessablePassphrase,
    estimate_strength,
    personal_words,
)
from dpo_desk.services import register_file
from dpo_desk.services.preferences import Preferences
from dpo_desk.services.read_model import RegisterExists, StorageIOError, WeakPassphrase
from dpo_desk.ui import icons, session, style
from dpo_desk.ui.organisation_form import OrganisationFields, form_layout
from dpo_desk.ui.session import FileClaim, Opened
from dpo_desk.ui.widgets import (
    Card,
    ElidedLabel,
    FormDialog,
    PassphraseEdit,
    RememberCheckBox,
    StrengthMeter,
    busy,
    label,
    mark_invalid,
)


def _suggested_file_name(organisation_name: str) -> str:
    # A readable, portable file name from the organisation's name ("Najhine SARL" →
    # "Najhine-SARL.dpodesk"); characters that some file systems refuse are dropped.
    stem = re.sub(r"[^\w\-]+", "-", organisation_name.strip(), flags=re.UNICODE).strip("-")
    return (stem or QCoreApplication.translate("CreateRegisterDialog", "registre")) + ".dpodesk"


class CreateRegisterDialog(FormDialog):
    """Creates the file; emits ``created(Opened)`` and closes on success.

    Every failure (a missing name, a short passphrase, an existing file, a disk error)
    is shown in the dialog, which stays open with everything typed still in place.
    """

    ask_before_discard = True  # Escape or Annuler ask before dropping what was typed
    created = Signal(object)  # Opened

    def __init__(
        self, prefs: Preferences, keystore: Keystore, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, width=860, margins=(28, 20, 28, 16), spacing=10)
        self.prefs = prefs
        self.keystore = keystore
        self.path: Path | None = None
        self.result_opened: Opened | None = None
        self.setWindowTitle(self.tr("Créer un registre — DPO Desk"))
        self.add_heading(
            self.tr("Créer un registre"),
            self.tr(
                "Un registre est un fichier chiffré qui réunit les demandes, les violations, "
                "les traitements et les sous-traitants d'une organisation."
            ),
            role="title",
        )
        self.add_message()

        columns = QHBoxLayout()
        columns.setSpacing(16)
        self.outer.addLayout(columns, 1)
        left = QVBoxLayout()
        left.setSpacing(16)
        right = QVBoxLayout()
        right.setSpacing(16)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        # -- organisation and DPO ------------------------------------------------------
        self.fields = OrganisationFields()
        org_card = Card()
        org_card.body.addWidget(label(self.tr("Organisation"), "heading"))
        form = form_layout()
        form.addRow(self.tr("Nom *"), self.fields.name)
        form.addRow(self.tr("Adresse"), self.fields.address)
        form.addRow(self.tr("Ville des courriers"), self.fields.town)
        org_card.body.addLayout(form)
        org_card.body.addWidget(label(self.tr("* obligatoire"), "muted"))
        left.addWidget(org_card)

        dpo_card = Card()
        dpo_card.body.addWidget(label(self.tr("Délégué à la protection des données"), "heading"))
        form = form_layout()
        form.addRow(self.tr("Nom"), self.fields.dpo_name)
        form.addRow(self.tr("E-mail"), self.fields.dpo_email)
        form.addRow(self.tr("Téléphone"), self.fields.dpo_phone)
        dpo_card.body.addLayout(form)
        left.addWidget(dpo_card)
        left.addStretch(1)

        # -- passphrase ----------------------------------------------------------------
        secret_card = Card()
        secret_card.body.addWidget(label(self.tr("Phrase secrète"), "heading"))
        secret_card.body.addWidget(
            label(
                self.tr(
                    "Elle chiffre tout le fichier. Personne, pas même l'éditeur, ne peut la "
                    "retrouver si elle est perdue : notez-la en lieu sûr."
                ),
                "secondary",
                wrap=True,
            )
        )
        self.passphrase = PassphraseEdit()
        self.passphrase.setPlaceholderText(
            self.tr("Au moins {minimum} caractères").format(minimum=MINIMUM_LENGTH)
        )
        self.confirmation = PassphraseEdit()
        self.confirmation.setPlaceholderText(self.tr("La même, une seconde fois"))
        self.match_label = label("", "field-error", wrap=True)
        form = form_layout()
        form.addRow(self.tr("Saisie"), self.passphrase)
        form.addRow(self.tr("Confirmation"), self.confirmation)
        form.addRow("", self.match_label)
        secret_card.body.addLayout(form)

        self.meter = StrengthMeter()
        self.strength_label = label("", "secondary")
        self.hint_label = label("", "muted", wrap=True)
        # Room is kept for the live feedback, so the dialog does not have to grow (or
        # squeeze the fields) as the user types.
        line = self.fontMetrics().lineSpacing()
        self.hint_label.setMinimumHeight(line * 2)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.match_label.setMinimumHeight(line)
        secret_card.body.addWidget(self.meter)
        secret_card.body.addWidget(self.strength_label)
        secret_card.body.addWidget(self.hint_label)
        self.remember = RememberCheckBox(keystore.available)
        secret_card.body.addWidget(self.remember)
        right.addWidget(secret_card)

        # -- where the file goes -------------------------------------------------------
        # The heading and its button on one line: the dialog stays short enough for a
        # 1280×720 screen when an error shows above the form (the passphrase fields
        # were squeezed to a few pixels there).
        file_card = Card()
        row = QHBoxLayout()
        row.setSpacing(14)
        row.addWidget(label(self.tr("Fichier du registre"), "heading"))
        row.addStretch(1)
        self.choose_button = QPushButton(icons.icon("open"), self.tr("Choisir l'emplacement…"))
        self.choose_button.clicked.connect(self.choose_location)
        row.addWidget(self.choose_button)
        file_card.body.addLayout(row)
        self.location = ElidedLabel()
        file_card.body.addWidget(self.location)
        right.addWidget(file_card)
        right.addStretch(1)

        # -- buttons -------------------------------------------------------------------
        self.cancel_button, self.create_button = self.add_actions(
            self.tr("Annuler"), self.tr("Créer le registre"), self.submit
        )

        self.passphrase.textChanged.connect(self._update_passphrase_feedback)
        self.confirmation.textChanged.connect(self._update_passphrase_feedback)
        self._update_passphrase_feedback()
        self._show_location()
        self.fields.name.setFocus()

    # -- live feedback ---------------------------------------------------------------
    def _update_passphrase_feedback(self) -> None:
        first = self.passphrase.text()
        second = self.confirmation.text()
        mark_invalid(self.passphrase, False)
        strength = estimate_strength(first, self._personal_words())
        self.meter.set_score(strength.score if first else 0)
        if not first:
            self.strength_label.setText(
                self.tr("Minimum {minimum} caractères.").format(minimum=MINIMUM_LENGTH)
            )
        elif len(first) < MINIMUM_LENGTH:
            self.strength_label.setText(
                self.tr("{label} : {count} caractères sur {minimum} au minimum.").format(
                    label=QCoreApplication.translate("Passphrase", strength.label),
                    count=len(first),
                    minimum=MINIMUM_LENGTH,
                )
            )
        else:
            self.strength_label.setText(
                self.tr("Robustesse : {label}").format(
                    label=QCoreApplication.translate("Passphrase", strength.label)
                )
            )
        # zxcvbn's feedback, in French source strings (context PassphraseFeedback).
        self.hint_label.setText(strength.feedback_text(QCoreApplication.translate) if first else "")

        mismatch = bool(second) and first != second
        self.match_label.setText(self.tr("Les deux saisies diffèrent.") if mismatch else "")
        mark_invalid(self.confirmation, mismatch)

    def _personal_words(self) -> list[str]:
        # What is typed on the left lowers the rating: a passphrase built on the
        # organisation's or the DPO's name is easy to guess.
        fields = self.fields
        return personal_words(fields.name.text(), fields.dpo_name.text(), fields.dpo_email.text())

    def _show_location(self) -> None:
        if self.path is None:
            self.location.set_full_text(self.tr("Aucun emplacement choisi"))
        else:
            self.location.set_full_text(str(self.path))
        style.set_role(self.location, "muted" if self.path is None else "value")
        style.repolish(self.location)

    def choose_location(self) -> Path | None:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        start = self.path or Path(documents) / _suggested_file_name(self.fields.name.text())
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Enregistrer le nouveau registre"),
            str(start),
            self.tr("Registres DPO Desk (*.dpodesk)"),
            # An existing file is never replaced (create refuses it, and says so): the
            # chooser must not ask "replace it?" and then not do it.
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not chosen:
            return None
        self.path = session.with_suffix(Path(chosen))
        mark_invalid(self.location, False)
        self._show_location()
        return self.path

    # -- creation ----------------------------------------------------------------------
    def submit(self) -> None:
        self.message.clear_message()
        try:
            organisation = self.fields.organisation().validated()
        except ValidationError as error:
            self.show_error(error)
            self.fields.point_at(error)
            return
        first = self.passphrase.text()
        try:
            register_file.require_long_enough(first)
        except WeakPassphrase as error:
            self.show_error(error)
            mark_invalid(self.passphrase, True)
            self.passphrase.setFocus()
            return
        strength = estimate_strength(first, self._personal_words())
        if not strength.acceptable:
            self.show_error(
                GuessablePassphrase(
                    score=strength.score, minimum=MINIMUM_SCORE, reason=strength.hint or ""
                )
            )
            mark_invalid(self.passphrase, True)
            self.passphrase.setFocus()
            return
        if first != self.confirmation.text():
            self.message.show_message(self.tr("Les deux saisies de la phrase secrète diffèrent."))
            mark_invalid(self.confirmation, True)
            self.confirmation.setFocus()
            self.confirmation.selectAll()
            return
        path = self.path or self.choose_location()
        if path is None:
            return  # the user closed the file chooser: nothing to report
        claim = FileClaim(path)
        try:
            with busy():
                register = session.create(claim, first, organisation)
        except UserError as error:
            self.show_error(error)
            self.fields.point_at(error)
            if isinstance(error, RegisterExists | StorageIOError):
                self.choose_button.setFocus()
            return
        kept = session.record_opening(
            self.prefs, self.keystore, register, first, self.remember.choice()
        )
        notice = (
            None
            if kept
            else self.tr(
                "La phrase secrète n'a pas pu être confiée au trousseau : "
                "elle sera demandée à la prochaine ouverture."
            )
        )
        self.passphrase.wipe()
        self.confirmation.wipe()
        self.result_opened = Opened(register, claim, notice)
        self.accept()
        self.created.emit(self.result_opened)

    def reject(self) -> None:
        self.passphrase.wipe()
        self.confirmation.wipe()
        super().reject()
