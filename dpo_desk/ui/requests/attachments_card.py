"""« Pièces jointes »: the files kept with a request, encrypted in the register.

Add one (an identity document marked as such, so that the retention review finds it),
export a copy where the DPO chooses, or delete one for good (never an issued letter).
"""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from dpo_desk.domain.clock import Clock, organisation_zone
from dpo_desk.domain.errors import UserError
from dpo_desk.domain.letters import CaseKind
from dpo_desk.domain.requests.model import RightsRequest
from dpo_desk.domain.retention import AttachmentPurpose
from dpo_desk.services import attachments as attachment_service
from dpo_desk.services.read_model import Register
from dpo_desk.ui import icons
from dpo_desk.ui.i18n import error_text
from dpo_desk.ui.requests import texts
from dpo_desk.ui.save_copy import save_copy
from dpo_desk.ui.widgets import Card, InlineMessage, busy, confirm_irreversible, label

ATTACHMENT_ROLE = Qt.ItemDataRole.UserRole


class AttachmentsCard(Card):
    """A request's files. ``written`` after a file is added or deleted (the journal has
    a new line). Its words keep the page's context (``RequestDetail``), where they were
    written and where the catalogues know them."""

    written = Signal()
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register: Register | None = None
        self.request: RightsRequest | None = None
        self.clock: Clock | None = None
        self.zone: tzinfo = organisation_zone()

        self.body.addWidget(
            label(QCoreApplication.translate("RequestDetail", "Pièces jointes"), "heading")
        )
        self.body.addWidget(
            label(
                QCoreApplication.translate(
                    "RequestDetail",
                    "Conservées chiffrées dans le registre, 25 Mo au plus par fichier.",
                ),
                "muted",
                wrap=True,
            )
        )
        self.attachments = QListWidget()
        self.attachments.setObjectName("Attachments")
        self.attachments.setMinimumHeight(90)
        self.attachments.setMaximumHeight(200)
        self.attachments.currentItemChanged.connect(self._update_file_buttons)
        self.attachments.itemDoubleClicked.connect(lambda _item: self.export_attachment())
        self.body.addWidget(self.attachments)
        self.no_attachment = label(
            QCoreApplication.translate("RequestDetail", "Aucune pièce jointe."), "muted"
        )
        self.body.addWidget(self.no_attachment)
        self.files_message = InlineMessage()
        self.body.addWidget(self.files_message)
        buttons = self._build_buttons()
        self.body.addWidget(self.identity_box)
        self.body.addLayout(buttons)
        # "Supprimer…" on a line of its own: three buttons on one line made the request's
        # page wider than a 1180 px window.
        apart = QHBoxLayout()
        apart.addStretch(1)
        apart.addWidget(self.delete_attachment_button)
        self.body.addLayout(apart)

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        self.export_button = QPushButton(QCoreApplication.translate("RequestDetail", "Exporter…"))
        self.export_button.setToolTip(
            QCoreApplication.translate(
                "RequestDetail", "Enregistrer une copie du fichier, hors du registre"
            )
        )
        self.export_button.clicked.connect(self.export_attachment)
        self.attach_button = QPushButton(
            icons.icon("file"), QCoreApplication.translate("RequestDetail", "Joindre un fichier…")
        )
        self.attach_button.clicked.connect(self.add_attachment)
        # Issue 20: a copy of an identity document is deleted once checked (the letter's
        # promise; GDPR Art. 5(1)(c), 5(1)(e)). Marked when added, so the retention
        # review finds it; deleted here on the DPO's word.
        self.delete_attachment_button = QPushButton(
            QCoreApplication.translate("RequestDetail", "Supprimer…")
        )
        self.delete_attachment_button.setToolTip(
            QCoreApplication.translate(
                "RequestDetail", "Supprimer définitivement le fichier du registre"
            )
        )
        self.delete_attachment_button.clicked.connect(self.delete_attachment)
        self.identity_box = QCheckBox(
            QCoreApplication.translate("RequestDetail", "Justificatif d'identité")
        )
        self.identity_box.setToolTip(
            QCoreApplication.translate(
                "RequestDetail",
                "Le fichier joint est une preuve d'identité : il sera proposé à la "
                "suppression une fois la vérification faite.",
            )
        )
        row.addWidget(self.export_button)
        row.addWidget(self.attach_button)
        return row

    def show_request(
        self, register: Register, request: RightsRequest, zone: tzinfo, clock: Clock | None
    ) -> None:
        self.register, self.request, self.zone, self.clock = register, request, zone, clock
        self.load()

    def clear(self) -> None:
        self.register = None
        self.request = None
        self.files_message.clear_message()
        self.attachments.clear()
        self.attachments.hide()
        self.identity_box.setChecked(False)
        self.no_attachment.show()
        self._update_file_buttons()

    def load(self) -> None:
        self.attachments.clear()
        if self.register is None or self.request is None:
            return
        try:
            found = attachment_service.of_request(self.register, self.request)
        except UserError as error:
            self.files_message.show_message(error_text(error), "error")
            return
        for info in found:
            item = QListWidgetItem(
                icons.icon("file"),
                f"{info.filename}   ·   {texts.format_size(info.size)}   ·   "
                f"{texts.format_instant(info.added_at, self.zone)}",
            )
            item.setData(ATTACHMENT_ROLE, info.id)
            item.setToolTip(info.media_type)
            if info.purpose == AttachmentPurpose.IDENTITY:
                # Said next to the name: the list is narrow, the dates can be cut.
                name, rest = item.text().split("   ·   ", 1)
                marker = QCoreApplication.translate("RequestDetail", "justificatif d'identité")
                item.setText(f"{name}   ·   {marker}   ·   {rest}")
                item.setToolTip(
                    QCoreApplication.translate(
                        "RequestDetail",
                        "Justificatif d'identité : à supprimer dès la vérification faite "
                        "(voir Paramètres ▸ Justificatif d'identité).",
                    )
                )
            self.attachments.addItem(item)
        self._update_file_buttons()
        self.attachments.setVisible(bool(found))
        self.no_attachment.setVisible(not found)

    def _update_file_buttons(self, *_args) -> None:
        has_request = self.request is not None and self.register is not None
        self.attach_button.setEnabled(has_request)
        self.export_button.setEnabled(has_request and self.attachments.currentItem() is not None)
        self.delete_attachment_button.setEnabled(
            has_request and self.attachments.currentItem() is not None
        )

    def add_attachment(self) -> None:
        if self.register is None or self.request is None:
            return
        self.files_message.clear_message()
        path, _filter = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("RequestDetail", "Joindre un fichier")
        )
        if not path:
            return
        source = Path(path)
        try:
            # Refused before reading: a 2 GB video is not loaded into memory to be
            # told it is too large. Same message as the service's.
            attachment_service.check_size(source.name, source.stat().st_size)
            content = source.read_bytes()
            with busy():
                info = attachment_service.add_to_request(
                    self.register,
                    self.request,
                    source.name,
                    content,
                    clock=self.clock,
                    purpose=AttachmentPurpose.IDENTITY
                    if self.identity_box.isChecked()
                    else AttachmentPurpose.OTHER,
                )
        except OSError as error:
            self.files_message.show_message(
                QCoreApplication.translate(
                    "RequestDetail", "Impossible de lire « {name} » : {reason}"
                ).format(name=source.name, reason=error.strerror or str(error)),
                "error",
            )
            return
        except UserError as error:
            self.files_message.show_message(error_text(error), "error")
            return
        self.identity_box.setChecked(False)  # each file is marked on purpose, never by habit
        self.load()
        self.written.emit()
        text = QCoreApplication.translate(
            "RequestDetail", "« {name} » jointe à la demande {reference}."
        ).format(name=info.filename, reference=self.request.reference)
        self.files_message.show_message(text, "success")
        self.status_message.emit(text)

    def delete_attachment(self) -> None:
        """Delete the selected file from the register, after saying what is destroyed."""
        item = self.attachments.currentItem()
        if self.register is None or self.request is None or item is None:
            return
        self.files_message.clear_message()
        attachment_id = int(item.data(ATTACHMENT_ROLE))
        try:
            if attachment_service.is_issued_letter(self.register, self.request, attachment_id):
                # Refused before asking: the service would refuse it too.
                raise attachment_service.IssuedLetterKept(
                    name=item.text().split("   ·   ")[0], reference=self.request.reference
                )
        except UserError as error:
            self.files_message.show_message(error_text(error), "error")
            return
        name = item.text().split("   ·   ")[0]
        if not self.confirm_delete(name):
            return
        try:
            with busy():
                attachment_service.delete_from_request(
                    self.register, self.request, attachment_id, clock=self.clock
                )
        except UserError as error:
            self.files_message.show_message(error_text(error), "error")
            return
        self.load()
        self.written.emit()
        text = QCoreApplication.translate(
            "RequestDetail", "« {name} » supprimée du registre (demande {reference})."
        ).format(name=name, reference=self.request.reference)
        self.files_message.show_message(text, "success")
        self.status_message.emit(text)

    def confirm_delete(self, name: str) -> bool:
        # Annuler is the default: Enter, pressed out of habit, must not erase a document.
        return confirm_irreversible(
            self,
            QCoreApplication.translate("RequestDetail", "Supprimer la pièce jointe"),
            QCoreApplication.translate(
                "RequestDetail",
                "« {name} » sera effacée définitivement du registre : son contenu est "
                "écrasé dans le fichier et ne pourra pas être récupéré (seule une "
                "sauvegarde antérieure le contient encore). Le journal gardera sa taille, "
                "son empreinte et le motif, jamais son contenu.",
            ).format(name=name),
            QCoreApplication.translate("RequestDetail", "Supprimer"),
        )

    def export_attachment(self) -> None:
        """Save a copy outside the register: only ever where the DPO chooses, on request."""
        item = self.attachments.currentItem()
        if self.register is None or item is None:
            return
        self.files_message.clear_message()
        try:
            filename, content = attachment_service.read(
                self.register, CaseKind.REQUEST, int(item.data(ATTACHMENT_ROLE))
            )
        except UserError as error:
            self.files_message.show_message(error_text(error), "error")
            return
        # Owner-only (0600), from the documents folder: ui/save_copy.py.
        try:
            target = save_copy(
                self,
                QCoreApplication.translate("RequestDetail", "Exporter la pièce jointe"),
                filename,
                content,
            )
        except UserError as error:
            self.files_message.show_message(error_text(error), "error")
            return
        if target is None:
            return
        text = QCoreApplication.translate("RequestDetail", "Copie enregistrée : {path}").format(
            path=target
        )
        self.files_message.show_message(text, "success")
        self.status_message.emit(text)
