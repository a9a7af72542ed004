"""« Formalités CNDP » on an activity's page: which formalities it needs and why, where
each one stands, what the CNDP must still be told, and the dossier to file (issue 23).

The formalities, their reasons and the missing information come from
``services.filings.for_activity``; this card only lays them out. Each formality has its
state (the tracker's status, the filing date, the receipt), the changes to declare since
the receipt (Law 09-08 art. 15: a change to an item of the declaration is declared too),
and a « Mettre à jour… » button whose dialog records a new state through
``services.filings.record``. The dossier (PDF) and its fields (Excel) are written by
``services.dossier``, and saved where the user picks, owner-only (``ui/save_copy.py``).
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.clock import Clock
from dpo_desk.domain.errors import UserError
from dpo_desk.domain.filings import (
    FILING_CHANNEL_LABELS,
    FILING_STATUS_LABELS,
    FORMALITY_LABELS,
    Filing,
    FilingChannel,
    FilingStatus,
    FilingUpdate,
    FormalityKind,
)
from dpo_desk.services import filings as filing_service
from dpo_desk.services.filings import ActivityFilings, FormalityState
from dpo_desk.services.read_model import Register
from dpo_desk.ui import style
from dpo_desk.ui.i18n import UI_LANGUAGES, error_text
from dpo_desk.ui.records import texts
from dpo_desk.ui.records.dialogs import RecordDialog
from dpo_desk.ui.records.fields import FieldSet, OptionalDate, combo, form_layout, line_edit
from dpo_desk.ui.save_copy import save_copy
from dpo_desk.ui.widgets import Card, InlineMessage, TextEdit, busy, label
from dpo_desk.ui.wrap_row import SplitRow

#: the languages a dossier is printed in: French (the CNDP's), Arabic on request
DOSSIER_LANGUAGES = ("fr", "ar")

# How each status shows as a pill (records' chip tones): what asks the DPO to act is
# coloured, what is settled is green or grey.
STATUS_TONES = {
    FilingStatus.TO_FILE: "danger",
    FilingStatus.CHANGE_TO_DECLARE: "warning",
    FilingStatus.FILED: "neutral",
    FilingStatus.GRANTED: "ok",
    FilingStatus.ENDED: "neutral",
}

# Which fields of the dialog each status records (the others are kept as they were).
STATUS_FIELDS = {
    FilingStatus.TO_FILE: frozenset(),
    FilingStatus.FILED: frozenset({"filed_on", "channel"}),
    FilingStatus.GRANTED: frozenset({"filed_on", "channel", "receipt", "receipt_on"}),
    FilingStatus.CHANGE_TO_DECLARE: frozenset({"filed_on", "channel", "receipt", "receipt_on"}),
    FilingStatus.ENDED: frozenset({"ended_on"}),
}


def translate_in(context: str, text: str) -> str:
    """The domain's (context, text) → text, through the UI's catalogues."""
    return QCoreApplication.translate(context, text)


def status_label(status: FilingStatus | str) -> str:
    return QCoreApplication.translate(
        "FilingStatus", FILING_STATUS_LABELS[FilingStatus(str(status))]
    )


def channel_label(channel: FilingChannel | str) -> str:
    return QCoreApplication.translate(
        "FilingChannel", FILING_CHANNEL_LABELS[FilingChannel(str(channel))]
    )


def formality_label(kind: FormalityKind | str) -> str:
    return QCoreApplication.translate("FormalityKind", FORMALITY_LABELS[FormalityKind(str(kind))])


def changed_item(name: str) -> str:
    """An item of the declaration (art. 15 (a)-(i)) in the DPO's words: the names
    ``Filing.changes`` holds are the activity's fields (``DECLARED_ITEMS``) and the
    register's links (processors, transfers)."""
    words = {
        "name": QCoreApplication.translate("Filings", "nom du traitement"),
        "purposes": QCoreApplication.translate("Filings", "finalités"),
        "description": QCoreApplication.translate("Filings", "description"),
        "software": QCoreApplication.translate("Filings", "logiciel"),
        "joint_controller": QCoreApplication.translate("Filings", "responsable conjoint"),
        "subject_categories": QCoreApplication.translate("Filings", "personnes concernées"),
        "data_categories": QCoreApplication.translate("Filings", "catégories de données"),
        "sources": QCoreApplication.translate("Filings", "origine des données"),
        "recipients": QCoreApplication.translate("Filings", "destinataires"),
        "retention": QCoreApplication.translate("Filings", "durées de conservation"),
        "security_measures": QCoreApplication.translate("Filings", "mesures de sécurité"),
        "security_notes": QCoreApplication.translate("Filings", "précisions sur la sécurité"),
        "rights_service": QCoreApplication.translate("Filings", "service d'exercice des droits"),
        "interconnections": QCoreApplication.translate("Filings", "interconnexions"),
        "collected_for": QCoreApplication.translate("Filings", "finalité de la collecte"),
        "processors": QCoreApplication.translate("Filings", "sous-traitants"),
        "transfers": QCoreApplication.translate("Filings", "transferts à l'étranger"),
    }
    return words.get(name, name)


def state_line(kind: FormalityKind, filing: Filing) -> str:
    """The facts beside the pill: the receipt (number and date), else the filing."""
    parts: list[str] = []
    if filing.receipt:
        template = (
            QCoreApplication.translate("Filings", "Récépissé {number}")
            if kind is FormalityKind.DECLARATION
            else QCoreApplication.translate("Filings", "Autorisation {number}")
        )
        text = template.format(number=filing.receipt)
        if filing.receipt_on is not None:
            text += " " + QCoreApplication.translate("Filings", "du {date}").format(
                date=texts.format_date(filing.receipt_on)
            )
        parts.append(text)
    elif filing.filed_on is not None:
        text = QCoreApplication.translate("Filings", "Déposé le {date}").format(
            date=texts.format_date(filing.filed_on)
        )
        if filing.channel is not None:
            text += f" ({channel_label(filing.channel)})"
        parts.append(text)
    if filing.status is FilingStatus.ENDED and filing.ended_on is not None:
        parts.append(
            QCoreApplication.translate("Filings", "Fin déclarée le {date}").format(
                date=texts.format_date(filing.ended_on)
            )
        )
    return "   ·   ".join(parts)


def pill(text: str, tone: str) -> QLabel:
    """A status in its coloured pill (the records' chips: ``QLabel[flag=tone]``)."""
    chip = QLabel(text)
    chip.setProperty("flag", tone)
    return chip


def safe_file_name(text: str) -> str:
    """A name for the saved file: the activity's name without the characters a file
    system refuses, short enough for every one."""
    clean = re.sub(r"[\\/:*?\"<>|\x00-\x1f]+", " ", text)
    return " ".join(clean.split())[:80] or "traitement"


class FormalityRow(QFrame):
    """One formality: its label and form, the pill, the facts, the changes to declare,
    the reasons and notes, and « Mettre à jour… »."""

    update_requested = Signal(object)  # the FormalityState

    def __init__(self, state: FormalityState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        style.set_role(self, "row-editor")
        self.state = state
        formality, filing = state.formality, state.filing
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 10, 12, 10)
        column.setSpacing(6)
        head = QHBoxLayout()
        head.setSpacing(10)
        self.title = label(
            QCoreApplication.translate("Filings", "{formality} ({form})").format(
                formality=formality_label(formality.kind), form=formality.form
            ),
            "subheading",
            wrap=True,
        )
        head.addWidget(self.title, 1)
        self.pill = pill(status_label(filing.status), STATUS_TONES[filing.status])
        head.addWidget(self.pill, 0, Qt.AlignmentFlag.AlignVCenter)
        self.update_button = QPushButton(QCoreApplication.translate("Filings", "Mettre à jour…"))
        self.update_button.setToolTip(
            QCoreApplication.translate(
                "Filings", "Enregistrer le dépôt, le récépissé ou la fin de cette formalité"
            )
        )
        self.update_button.clicked.connect(lambda: self.update_requested.emit(self.state))
        head.addWidget(self.update_button, 0, Qt.AlignmentFlag.AlignVCenter)
        column.addLayout(head)

        self.facts = label(state_line(formality.kind, filing), "value", wrap=True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.setVisible(bool(self.facts.text()))
        column.addWidget(self.facts)
        self.changes = label("", "field-error", wrap=True)
        if filing.changes and filing.status is FilingStatus.CHANGE_TO_DECLARE:
            self.changes.setText(
                QCoreApplication.translate(
                    "Filings", "Modifications à déclarer (loi 09-08 art. 15) : {items}"
                ).format(items=", ".join(changed_item(name) for name in filing.changes))
            )
        self.changes.setVisible(bool(self.changes.text()))
        column.addWidget(self.changes)
        self.reasons = label(
            "\n".join("• " + r.text(translate_in) for r in formality.reasons),
            "secondary",
            wrap=True,
        )
        column.addWidget(self.reasons)
        self.notes = label(
            "\n".join("· " + n.text(translate_in) for n in formality.notes), "muted", wrap=True
        )
        self.notes.setVisible(bool(formality.notes))
        column.addWidget(self.notes)
        if filing.note:
            note = label(filing.note, "muted", wrap=True)
            note.setTextFormat(Qt.TextFormat.PlainText)
            column.addWidget(note)


class FilingsCard(Card):
    """The activity page's « Formalités CNDP » card."""

    #: a formality's new state was recorded (the Filing): the page reads the activity again
    recorded = Signal(object)
    #: a file was saved (its path, as text), for the window's status bar
    exported = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register: Register | None = None
        self.clock: Clock | None = None
        self.today: date | None = None
        self.filings: ActivityFilings | None = None
        self.active_dialog: FilingDialog | None = None
        self.body.addWidget(
            label(QCoreApplication.translate("Filings", "Formalités CNDP"), "heading")
        )
        self.body.addWidget(
            label(
                QCoreApplication.translate(
                    "Filings",
                    "Ce que la CNDP doit recevoir pour ce traitement, et où en est chaque "
                    "formalité (loi 09-08 art. 12, 15 et 43-44).",
                ),
                "muted",
                wrap=True,
            )
        )
        self.message = InlineMessage()
        self.body.addWidget(self.message)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(8)
        self.body.addLayout(self.rows_layout)
        self.rows: list[FormalityRow] = []
        self.other = label("", "muted", wrap=True)
        self.other.hide()
        self.body.addWidget(self.other)

        self.missing_heading = label(
            QCoreApplication.translate("Filings", "Informations manquantes au dossier"),
            "section-label",
        )
        self.body.addWidget(self.missing_heading)
        self.missing = label("", "value", wrap=True)
        self.missing.setTextFormat(Qt.TextFormat.PlainText)
        self.body.addWidget(self.missing)

        # The language, then the two buttons; under it when the card is narrow (the
        # activity's page at 1180 px): never a page scrolling sideways.
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.language = QComboBox()
        self.language.setAccessibleName(QCoreApplication.translate("Filings", "Langue du dossier"))
        self.language.setToolTip(
            QCoreApplication.translate(
                "Filings", "Le français, langue de la CNDP, par défaut ; l'arabe au besoin"
            )
        )
        for code in DOSSIER_LANGUAGES:
            self.language.addItem(UI_LANGUAGES[code], code)
        row.addStretch(1)
        self.excel_button = QPushButton(
            QCoreApplication.translate("Filings", "Exporter les champs (Excel)…")
        )
        self.excel_button.clicked.connect(lambda: self.prepare("xlsx"))
        self.pdf_button = QPushButton(
            QCoreApplication.translate("Filings", "Préparer le dossier (PDF)…")
        )
        style.set_role(self.pdf_button, "primary")
        self.pdf_button.clicked.connect(lambda: self.prepare("pdf"))
        # The two buttons on two lines too when even they do not fit side by side.
        row.addWidget(SplitRow(self.excel_button, self.pdf_button, spacing=8, trailing=True))
        self.language.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.body.addWidget(SplitRow(self.language, buttons, spacing=8, line_spacing=8))
        self.clear()

    # -- reading ---------------------------------------------------------------------------
    def set_context(self, register: Register | None, clock: Clock | None, today: date | None):
        self.register, self.clock, self.today = register, clock, today

    def show_activity(self, activity_id: int) -> None:
        """Read the activity's formalities again and lay them out."""
        self.message.clear_message()
        if self.register is None:
            return
        try:
            self.filings = filing_service.for_activity(self.register, activity_id)
        except UserError as error:
            self.filings = None
            self._clear_rows()
            self.message.show_message(error_text(error), "error")
            return
        self._fill(self.filings)

    def refresh(self) -> None:
        if self.filings is not None:
            self.show_activity(self.filings.activity.id)

    def _clear_rows(self) -> None:
        for row in self.rows:
            self.rows_layout.removeWidget(row)
            row.setParent(None)
            row.deleteLater()
        self.rows = []

    def _fill(self, filings: ActivityFilings) -> None:
        self._clear_rows()
        for state in filings.required:
            row = FormalityRow(state)
            row.update_requested.connect(self.open_update_dialog)
            self.rows_layout.addWidget(row)
            self.rows.append(row)
        others = [
            QCoreApplication.translate("Filings", "{formality} : {status}").format(
                formality=formality_label(f.kind), status=status_label(f.status)
            )
            + (f" ({f.receipt})" if f.receipt else "")
            for f in filings.other_filings
        ]
        self.other.setText(
            QCoreApplication.translate("Filings", "Formalités suivies qui ne sont plus requises : ")
            + " ; ".join(others)
            if others
            else ""
        )
        self.other.setVisible(bool(others))
        if filings.missing:
            self.missing.setText("\n".join("• " + m.text(translate_in) for m in filings.missing))
        else:
            self.missing.setText(
                QCoreApplication.translate("Filings", "Aucune : le dossier est complet.")
            )
        self.missing_heading.show()
        self.missing.show()
        self.pdf_button.setEnabled(True)
        self.excel_button.setEnabled(True)
        self.language.setEnabled(True)

    def clear(self) -> None:
        """On lock or when no activity is shown: nothing of the register stays."""
        if self.active_dialog is not None:
            dialog, self.active_dialog = self.active_dialog, None
            dialog.reject()
        self.filings = None
        self._clear_rows()
        self.other.clear()
        self.other.hide()
        self.missing.clear()
        self.missing_heading.hide()
        self.missing.hide()
        self.message.clear_message()
        self.pdf_button.setEnabled(False)
        self.excel_button.setEnabled(False)
        self.language.setEnabled(False)

    def row(self, kind: FormalityKind | str) -> FormalityRow | None:
        return next((r for r in self.rows if r.state.kind is FormalityKind(str(kind))), None)

    # -- recording -------------------------------------------------------------------------
    def open_update_dialog(self, state: FormalityState) -> FilingDialog | None:
        if self.register is None or self.filings is None:
            return None
        dialog = FilingDialog(
            self.register,
            self.clock,
            self.today or date.today(),
            self.filings.activity.id,
            self.filings.activity.name,
            state,
            self,
        )
        dialog.saved.connect(self._recorded)
        dialog.finished.connect(lambda _r, d=dialog: self._dialog_closed(d))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: FilingDialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None
        dialog.deleteLater()

    def _recorded(self, filing: Filing) -> None:
        self.refresh()
        self.recorded.emit(filing)

    # -- the dossier -----------------------------------------------------------------------
    def prepare(self, fmt: str) -> None:
        """Write the dossier (``pdf``) or its fields (``xlsx``) in the chosen language, and
        save it where the user picks, owner-only; nothing is written otherwise."""
        if self.register is None or self.filings is None:
            return
        from dpo_desk.services import dossier  # the dossier's writer loads only when asked

        language = str(self.language.currentData() or "fr")
        activity = self.filings.activity
        self.message.clear_message()
        try:
            with busy():
                content = dossier.prepare(
                    self.register, activity.id, language, fmt, clock=self.clock
                )
        except UserError as error:
            self.message.show_message(error_text(error), "error")
            return
        name = QCoreApplication.translate("Filings", "Dossier CNDP - {name}").format(
            name=safe_file_name(activity.name)
        )
        if fmt == "pdf":
            title = QCoreApplication.translate("Filings", "Enregistrer le dossier")
            filters = QCoreApplication.translate("Filings", "Documents PDF (*.pdf)")
        else:
            title = QCoreApplication.translate("Filings", "Enregistrer les champs du dossier")
            filters = QCoreApplication.translate("Filings", "Classeurs Excel (*.xlsx)")
        try:
            target = save_copy(self, title, f"{name}.{fmt}", content, filters)
        except UserError as error:
            self.message.show_message(error_text(error), "error")
            return
        if target is None:
            return
        text = QCoreApplication.translate("Filings", "Enregistré : {path}").format(path=target)
        self.message.show_message(text, "success")
        self.exported.emit(text)


class FilingDialog(RecordDialog):
    """« Mettre à jour… »: where one formality stands, with the facts its status needs.

    Only the fields of the chosen status are open: a receipt is recorded with its date,
    a filing with its date and channel, an end with its date (the domain refuses what
    lacks, and says so under the field). The tracker row's version the dialog opened
    with goes with the write: a change recorded meanwhile is refused, never overwritten.
    """

    def __init__(
        self,
        register: Register,
        clock: Clock | None,
        today: date,
        activity_id: int,
        activity_name: str,
        state: FormalityState,
        parent: QWidget | None = None,
    ) -> None:
        # The formality as the heading (one line), the activity in the explanation: a
        # long activity name would be cut off in the heading.
        super().__init__(
            formality_label(state.kind),
            QCoreApplication.translate(
                "Filings",
                "« {name} », formulaire {form}. Le numéro du récépissé de la déclaration ou "
                "de l'autorisation figure là où les données sont collectées (loi 09-08 "
                "art. 5).",
            ).format(name=activity_name, form=state.formality.form),
            QCoreApplication.translate("Filings", "Enregistrer"),
            parent,
        )
        self.register, self.clock, self.today = register, clock, today
        self.activity_id = activity_id
        self.state = state
        self.fields = FieldSet(self)
        form = form_layout()
        f = self.fields
        self.status = f.add("status", combo([(str(s), status_label(s)) for s in FilingStatus]))
        self.filed_on = f.add(
            "filed_on", OptionalDate(QCoreApplication.translate("Filings", "Déposé"))
        )
        self.channel = f.add(
            "channel",
            combo([("", "—")] + [(str(c), channel_label(c)) for c in FilingChannel], 16),
        )
        self.receipt = f.add(
            "receipt",
            line_edit(QCoreApplication.translate("Filings", "ex. D-443/2022, A-PO-268/2024")),
        )
        self.receipt_on = f.add(
            "receipt_on", OptionalDate(QCoreApplication.translate("Filings", "Reçu"))
        )
        self.ended_on = f.add(
            "ended_on", OptionalDate(QCoreApplication.translate("Filings", "Terminé"))
        )
        self.note = f.add(
            "note", TextEdit(QCoreApplication.translate("Filings", "Notes du DPO"), 3)
        )
        f.add_rows(
            form,
            [
                ("status", QCoreApplication.translate("Filings", "Statut *")),
                ("filed_on", QCoreApplication.translate("Filings", "Date de dépôt")),
                ("channel", QCoreApplication.translate("Filings", "Voie de dépôt")),
                (
                    "receipt",
                    QCoreApplication.translate("Filings", "N° de récépissé ou d'autorisation"),
                ),
                ("receipt_on", QCoreApplication.translate("Filings", "Date du récépissé")),
                ("ended_on", QCoreApplication.translate("Filings", "Fin du traitement")),
                ("note", QCoreApplication.translate("Filings", "Notes")),
            ],
        )
        self.outer.addLayout(form)
        self.outer.addStretch(1)
        self.setMinimumWidth(640)
        self._fill(state.filing)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.finish_layout()

    def _fill(self, filing: Filing) -> None:
        def fill() -> None:
            index = self.status.findData(str(filing.status))
            self.status.setCurrentIndex(max(index, 0))
            self.filed_on.set_value(filing.filed_on, self.today)
            index = self.channel.findData(str(filing.channel) if filing.channel else "")
            self.channel.setCurrentIndex(max(index, 0))
            self.receipt.setText(filing.receipt)
            self.receipt_on.set_value(filing.receipt_on, self.today)
            self.ended_on.set_value(filing.ended_on, self.today)
            self.note.setText(filing.note)

        self.fields.quietly(fill)
        self._enable()

    def chosen_status(self) -> FilingStatus:
        return FilingStatus(self.status.currentData())

    def _enable(self) -> None:
        open_fields = STATUS_FIELDS[self.chosen_status()]
        for name in ("filed_on", "channel", "receipt", "receipt_on", "ended_on"):
            self.fields.fields[name].setEnabled(name in open_fields)

    def _status_changed(self, *_args: object) -> None:
        self._enable()
        # The date the new status needs starts ticked at today: one less click, and the
        # DPO still sees (and may change) the date recorded.
        wanted = {
            FilingStatus.FILED: self.filed_on,
            FilingStatus.GRANTED: self.receipt_on,
            FilingStatus.ENDED: self.ended_on,
        }.get(self.chosen_status())
        if wanted is not None and wanted.value() is None:
            wanted.set_value(self.today)

    def fieldset(self) -> FieldSet:
        return self.fields

    def save(self) -> None:
        super().save()
        if self.isVisible():  # refused: the message under a field takes room, grow for it
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def filing_update(self) -> FilingUpdate:
        """What the dialog records: only the fields the status opens."""
        open_fields = STATUS_FIELDS[self.chosen_status()]
        channel = self.channel.currentData()
        return FilingUpdate(
            status=self.chosen_status(),
            filed_on=self.filed_on.value() if "filed_on" in open_fields else None,
            channel=FilingChannel(channel) if channel and "channel" in open_fields else None,
            receipt=self.receipt.text() if "receipt" in open_fields else "",
            receipt_on=self.receipt_on.value() if "receipt_on" in open_fields else None,
            ended_on=self.ended_on.value() if "ended_on" in open_fields else None,
            note=self.note.text(),
        )

    def perform(self) -> Filing:
        return filing_service.record(
            self.register,
            self.activity_id,
            self.state.kind,
            self.filing_update(),
            expected_version=self.state.filing.version,
            clock=self.clock,
        )

    def refetch(self) -> bool:
        """After a conflict: the formality as recorded now."""
        filings = filing_service.for_activity(self.register, self.activity_id)
        state = filings.state(self.state.kind)
        if state is None:
            return False
        self.state = state
        self._fill(state.filing)
        return True
