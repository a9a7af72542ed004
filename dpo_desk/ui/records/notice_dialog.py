"""« Notice d'information… »: the organisation's privacy notice, generated from the
register (issue 23), in French, Arabic or English, as a PDF or a web page.

What a person must be told where data are collected is Law 09-08 art. 5 (and GDPR Arts.
13-14 where the GDPR applies); ``services/notice.py`` writes it from the register. The
dialog only asks which language and format, renders, then asks where to save: the file
is the one plaintext copy outside the register, written owner-only (0600) as every
export (``services/private_files.py``). It then lists what the register lacked (the
notice said it in words instead: a receipt not yet issued, a retention not recorded),
and stays open, so that the DPO can produce the other languages in turn.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFileDialog, QPlainTextEdit, QWidget

from dpo_desk.domain.clock import Clock
from dpo_desk.domain.errors import UserError
from dpo_desk.services import register_file
from dpo_desk.services.private_files import write_private
from dpo_desk.services.read_model import Register
from dpo_desk.ui import i18n
from dpo_desk.ui.organisation_form import form_layout
from dpo_desk.ui.records.dialogs import RecordDialog
from dpo_desk.ui.records.fields import FieldSet, combo
from dpo_desk.ui.save_copy import documents_folder
from dpo_desk.ui.widgets import busy, explanation

SUFFIXES = {"pdf": (".pdf",), "html": (".html", ".htm")}


class NoticeDialog(RecordDialog):
    """Language and format, then « Générer et enregistrer… »; ``saved`` carries the path."""

    def __init__(
        self, register: Register, clock: Clock | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("NoticeDialog", "Notice d'information"),
            QCoreApplication.translate(
                "NoticeDialog",
                "La notice est générée à partir du registre : le responsable du traitement "
                "et son délégué, puis pour chaque traitement ses finalités et bases légales, "
                "les données, les destinataires et sous-traitants, les transferts et leurs "
                "garanties, les durées de conservation, les numéros de récépissé ou "
                "d'autorisation de la CNDP, les droits des personnes et les recours "
                "(loi 09-08 art. 5).",
            ),
            QCoreApplication.translate("NoticeDialog", "Générer et enregistrer…"),
            parent,
        )
        self.register = register
        self.clock = clock
        self.fields = FieldSet(self)
        form = form_layout()
        self.language: QComboBox = self.fields.add(
            "language", combo([(code, name) for code, name in i18n.UI_LANGUAGES.items()])
        )
        current = self.language.findData(i18n.current_language())
        self.language.setCurrentIndex(max(current, 0))
        self.format: QComboBox = self.fields.add(
            "format",
            combo(
                [
                    ("pdf", self.tr("PDF (à imprimer ou à joindre)")),
                    ("html", self.tr("Page web (HTML)")),
                ]
            ),
        )
        self.fields.add_rows(form, [("language", self.tr("Langue")), ("format", self.tr("Format"))])
        self.outer.insertLayout(self.outer.indexOf(self.message), form)
        self.gdpr_note = explanation(self._gdpr_text())
        self.outer.insertWidget(self.outer.indexOf(self.message), self.gdpr_note)
        self.review_note = explanation(
            self.tr(
                "La notice ne dit que ce que le registre contient : relisez-la, et "
                "complétez-la si besoin, avant de la publier."
            ),
            "muted",
        )
        self.outer.insertWidget(self.outer.indexOf(self.message), self.review_note)
        # After a save: what the register lacked, scrolling past a few lines. Always in
        # the layout, so that the dialog does not have to grow under the user's eyes.
        self.gaps = QPlainTextEdit()
        self.gaps.setReadOnly(True)
        self.gaps.setFixedHeight(110)
        self.gaps.setAccessibleName(self.tr("À compléter dans le registre avant de publier"))
        self.gaps.setPlaceholderText(
            self.tr(
                "Ce que le registre ne dit pas encore (un récépissé attendu, une durée de "
                "conservation…) s'affichera ici après l'enregistrement de la notice."
            )
        )
        self.outer.insertWidget(self.outer.indexOf(self.message), self.gaps)
        self.finish_layout()
        # Nothing to cancel: each save is done when it is done.
        self.cancel_button.setText(self.tr("Fermer"))
        self.setMinimumWidth(560)
        self.last_path: Path | None = None

    def _gdpr_text(self) -> str:
        try:
            organisation = register_file.load_organisation(self.register)
        except UserError:
            organisation = None
        if organisation is not None and organisation.gdpr_applies:
            return self.tr(
                "Le RGPD s'applique à l'organisation : la notice donne aussi ce que "
                "demandent ses articles 13 et 14, et l'autorité européenne à saisir."
            )
        return self.tr(
            "Le RGPD ne s'applique pas à l'organisation (Paramètres ▸ Organisation) : "
            "la notice suit la loi 09-08."
        )

    def fieldset(self) -> FieldSet:
        return self.fields

    def chosen(self) -> tuple[str, str]:
        return str(self.language.currentData()), str(self.format.currentData())

    def save(self) -> None:
        """Render, ask where, write owner-only. A refusal or a cancel keeps the dialog
        open with the choices made; nothing is written before the user names a file."""
        self.message.clear_message()
        self.show_gaps([])
        language, fmt = self.chosen()
        # Imported here: the notice pulls in the PDF typesetting (start-up time).
        from dpo_desk.services import notice

        try:
            with busy():
                produced = notice.produce(self.register, language, fmt, clock=self.clock)
        except UserError as error:
            self.show_error(error)
            return
        content = produced.content
        target = self.ask_path(language, fmt)
        if target is None:
            return
        try:
            # A suffix we added was not confirmed by the save dialog: never replace.
            path = write_private(target, content, overwrite=target == self._asked)
        except UserError as error:
            self.show_error(error)
            return
        self.last_path = path
        self.message.show_message(
            self.tr("Notice enregistrée : {path}").format(path=path), "success"
        )
        self.show_gaps([gap.text(QCoreApplication.translate) for gap in produced.gaps])
        self.saved.emit(path)

    def show_gaps(self, gaps: list[str]) -> None:
        """What to complete in the register before publishing, in the UI's language."""
        if gaps:
            heading = self.tr("À compléter dans le registre avant de publier :")
            self.gaps.setPlainText("\n".join([heading, *("• " + text for text in gaps)]))
        else:
            self.gaps.clear()

    def ask_path(self, language: str, fmt: str) -> Path | None:
        """Where to save, from the documents folder; the format's suffix added if the
        name has none of its own (the dialog does not add it on every platform)."""
        start = documents_folder() / f"notice-information-{language}.{fmt}"
        filters = (
            self.tr("Documents PDF (*.pdf)")
            if fmt == "pdf"
            else self.tr("Pages web (*.html *.htm)")
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer la notice d'information"), str(start), filters
        )
        if not chosen:
            self._asked = None
            return None
        self._asked = Path(chosen)
        if self._asked.suffix.lower() in SUFFIXES[fmt]:
            return self._asked
        return self._asked.with_name(self._asked.name + SUFFIXES[fmt][0])

    _asked: Path | None = None
