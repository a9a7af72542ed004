"""Dialogs of the registers: the two forms, a transfer, the end of a contract, a link.

Each dialog calls one service. A refusal (``UserError``) is shown in the dialog, under
the field it names when it names one; the dialog stays open with what was typed. A
concurrent change (someone saved the same entry since it was opened) is said as such,
with a button to reload: never a silent overwrite, never lost typing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.clock import Clock
from dpo_desk.domain.errors import Conflict, UserError
from dpo_desk.domain.records import (
    LAW_EXCEPTION_LABELS,
    ContractEnd,
    DataOutcome,
    Derogation,
    Law0908Exception,
    ProcessingActivity,
    Processor,
    TransferDetails,
    TransferMechanism,
)
from dpo_desk.services import records as book
from dpo_desk.services.read_model import Register
from dpo_desk.ui.countries import CountryCombo
from dpo_desk.ui.i18n import error_text
from dpo_desk.ui.records import look, texts
from dpo_desk.ui.records.fields import (
    FieldSet,
    OptionalDate,
    combo,
    form_layout,
    line_edit,
)
from dpo_desk.ui.records.forms import ActivityForm, ProcessorForm
from dpo_desk.ui.requests.form import date_edit
from dpo_desk.ui.requests.texts import from_qdate, to_qdate
from dpo_desk.ui.widgets import FormDialog, TextEdit, W, busy, label

#: the entry a whole-form dialog edits
E = TypeVar("E", ProcessingActivity, Processor)


class RecordDialog(FormDialog):
    """Title, explanation, message line, a body, then Recharger · Annuler / confirm.

    ``saved`` carries what the service returned (not ``done``: QDialog.done(int) is the
    slot that closes a dialog).
    """

    ask_before_discard = True  # Escape or Annuler ask before dropping what was typed
    saved = Signal(object)

    def __init__(self, title: str, explanation: str, confirm: str, parent=None) -> None:
        super().__init__(parent, width=0, margins=(24, 20, 24, 18))
        self._confirm = confirm
        self.setWindowTitle(title + " — DPO Desk")
        self.setStyleSheet(look.STYLESHEET)
        self.add_heading(title, explanation, role="title")
        self.add_message()
        self.reload_button = QPushButton(QCoreApplication.translate("RegisterDialogs", "Recharger"))
        self.reload_button.setToolTip(
            QCoreApplication.translate(
                "RegisterDialogs", "Abandonner la saisie et relire la fiche enregistrée"
            )
        )
        self.reload_button.hide()
        self.reload_button.clicked.connect(self.reload)

    def finish_layout(self) -> None:
        """The buttons, under the body the subclass has laid out."""
        self.cancel_button, self.save_button = self.add_actions(
            QCoreApplication.translate("RegisterDialogs", "Annuler"),
            self._confirm,
            self.save,
            self.reload_button,
        )

    def perform(self) -> object:  # pragma: no cover - overridden
        raise NotImplementedError

    def fieldset(self) -> FieldSet:  # pragma: no cover - overridden
        raise NotImplementedError

    def refetch(self) -> bool:
        """Show the entry as saved now; False when there is none (a new entry)."""
        return False

    def save(self) -> None:
        self.message.clear_message()
        self.fieldset().clear_errors()
        try:
            with busy():
                value = self.perform()
        except Conflict as error:
            # Someone (another window, the CLI) saved this entry meanwhile: keep what was
            # typed, say so, offer to reload.
            self.message.show_message(error_text(error), "warning")
            self.reload_button.show()
            return
        except UserError as error:
            if not self.fieldset().point_at(error):
                self.show_error(error)
            return
        self.saved.emit(value)
        self.accept()

    def reload(self) -> None:
        """After a conflict: drop what was typed, read the entry as saved now."""
        try:
            if not self.refetch():
                return
        except UserError as error:
            self.show_error(error)
            return
        self.message.clear_message()
        self.reload_button.hide()


class _EntryDialog(RecordDialog, Generic[E]):
    """A whole entry (an activity, a processor) in its form: new, or edited (``entry``).

    ``save`` writes the form's details (refused on a concurrent change); ``get`` reads
    the entry again after one; ``fill`` shows an entry (or none) in the form.
    """

    def __init__(
        self,
        texts: tuple[str, str, str],
        form: ActivityForm | ProcessorForm,
        register: Register,
        today: date,
        clock: Clock | None,
        entry: E | None,
        *,
        save: Callable[..., E],
        get: Callable[[Register, int], E],
        fill: Callable[[E | None, date], None],
        parent=None,
    ) -> None:
        title, explanation, confirm = texts
        super().__init__(title, explanation, confirm, parent)
        self.register, self.today, self.clock = register, today, clock
        self.entry: E | None = entry
        self.form = form
        self._save_entry: Callable[..., E] = save
        self._get: Callable[[Register, int], E] = get
        self._fill: Callable[[E | None, date], None] = fill
        fill(entry, today)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget()
        holder.setObjectName("SectionPage")
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(form)
        scroll.setWidget(holder)
        self.outer.addWidget(scroll, 1)
        self.outer.addWidget(
            label(QCoreApplication.translate("RegisterDialogs", "* obligatoire"), "muted")
        )
        self.finish_layout()
        self.setMinimumSize(1100, 640)
        form.name.setFocus()

    def fieldset(self) -> FieldSet:
        return self.form.fields

    def perform(self) -> E:
        return self._save_entry(
            self.register, self.form.details(), current=self.entry, clock=self.clock
        )

    def refetch(self) -> bool:
        if self.entry is None:
            return False
        self.entry = self._get(self.register, self.entry.id)
        self._fill(self.entry, self.today)
        return True


class ActivityDialog(_EntryDialog[ProcessingActivity]):
    """New activity, or edit one (``activity`` given)."""

    def __init__(
        self,
        register: Register,
        today: date,
        clock: Clock | None,
        activity: ProcessingActivity | None = None,
        parent=None,
    ) -> None:
        self.form: ActivityForm = ActivityForm()
        super().__init__(
            (
                QCoreApplication.translate("RegisterDialogs", "Nouveau traitement")
                if activity is None
                else QCoreApplication.translate("RegisterDialogs", "Modifier le traitement"),
                QCoreApplication.translate(
                    "RegisterDialogs",
                    "Une fiche par activité de traitement, comme dans le registre de "
                    "l'article 30 du RGPD et la déclaration à la CNDP (loi 09-08 art. 15).",
                ),
                QCoreApplication.translate("RegisterDialogs", "Enregistrer le traitement"),
            ),
            self.form,
            register,
            today,
            clock,
            activity,
            save=book.save_activity,
            get=book.get_activity,
            fill=self.form.set_activity,
            parent=parent,
        )

    @property
    def activity(self) -> ProcessingActivity | None:
        return self.entry


class ProcessorDialog(_EntryDialog[Processor]):
    """New processor, or edit one (``processor`` given)."""

    def __init__(
        self,
        register: Register,
        today: date,
        clock: Clock | None,
        processor: Processor | None = None,
        parent=None,
    ) -> None:
        self.form: ProcessorForm = ProcessorForm()
        super().__init__(
            (
                QCoreApplication.translate("RegisterDialogs", "Nouveau sous-traitant")
                if processor is None
                else QCoreApplication.translate("RegisterDialogs", "Modifier le sous-traitant"),
                QCoreApplication.translate(
                    "RegisterDialogs",
                    "Le contrat doit contenir les clauses de l'article 28(3) du RGPD ; la loi "
                    "09-08 (art. 23) fait peser sur le sous-traitant les mêmes obligations de "
                    "sécurité que sur vous.",
                ),
                QCoreApplication.translate("RegisterDialogs", "Enregistrer le sous-traitant"),
            ),
            self.form,
            register,
            today,
            clock,
            processor,
            save=book.save_processor,
            get=book.get_processor,
            fill=self.form.set_processor,
            parent=parent,
        )

    @property
    def processor(self) -> Processor | None:
        return self.entry


class _SmallDialog(RecordDialog):
    def __init__(self, title, explanation, confirm, parent=None) -> None:
        super().__init__(title, explanation, confirm, parent)
        self.fields = FieldSet(self)
        self.form: QFormLayout = form_layout()
        self.outer.addLayout(self.form)
        self.outer.addStretch(1)
        self.setMinimumWidth(620)

    def fieldset(self) -> FieldSet:
        return self.fields

    def add(self, name: str, caption: str, widget: W) -> W:
        self.fields.add(name, widget)
        self.fields.add_rows(self.form, [(name, caption)])
        return widget


class TransferDialog(_SmallDialog):
    """A transfer outside Morocco, added from an activity or from a processor.

    The side it is added from is fixed; the other side is optional (a transfer may
    belong to an activity, a processor, or both: 09-08 arts. 43-44; GDPR Arts. 44-49).
    """

    def __init__(
        self,
        register: Register,
        clock: Clock | None,
        *,
        activity_id: int | None = None,
        processor_id: int | None = None,
        parent=None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("RegisterDialogs", "Nouveau transfert hors du Maroc"),
            QCoreApplication.translate(
                "RegisterDialogs",
                "Vers un pays qui ne figure pas sur la liste d'adéquation, la loi 09-08 "
                "demande l'autorisation de la CNDP (formulaire F118), sauf exception de ses "
                "articles 43-44. Les clauses contractuelles types ou les BCR sont jointes à "
                "la demande : elles ne remplacent pas l'autorisation.",
            ),
            QCoreApplication.translate("RegisterDialogs", "Ajouter le transfert"),
            parent,
        )
        self.register, self.clock = register, clock
        # By name in the UI language, stored as the ISO code; Morocco is not a
        # destination of a transfer out of Morocco.
        self.country = self.add(
            "country",
            QCoreApplication.translate("RegisterDialogs", "Pays de destination *"),
            CountryCombo(exclude={"MA"}),
        )
        self.mechanism = self.add(
            "mechanism",
            QCoreApplication.translate("RegisterDialogs", "Mécanisme"),
            combo(
                [("", texts.mechanism(None))]
                + [(str(m), texts.mechanism(m)) for m in TransferMechanism]
            ),
        )
        self.derogation = self.add(
            "derogation",
            QCoreApplication.translate("RegisterDialogs", "Dérogation"),
            combo([("", "—")] + [(str(d), texts.derogation(d)) for d in Derogation]),
        )
        self.law_exception = self.add(
            "law_exception",
            QCoreApplication.translate("RegisterDialogs", "Exception de la loi 09-08 (art. 43-44)"),
            combo(
                [("", QCoreApplication.translate("RegisterDialogs", "Aucune"))]
                + [
                    (str(e), QCoreApplication.translate("Law0908Exception", text))
                    for e, text in LAW_EXCEPTION_LABELS.items()
                ]
            ),
        )
        self.law_exception.setToolTip(
            QCoreApplication.translate(
                "RegisterDialogs",
                "Le transfert se fait sans autorisation de la CNDP si l'une des exceptions "
                "de la loi s'applique (consentement exprès, sauvegarde de la vie…).",
            )
        )
        self.reference = self.add(
            "reference",
            QCoreApplication.translate("RegisterDialogs", "Référence"),
            line_edit(
                QCoreApplication.translate(
                    "RegisterDialogs", "N° d'autorisation ou de demande F118, version des clauses…"
                )
            ),
        )
        activities = book.all_activities(register)
        processors = book.all_processors(register)
        self.activity = self.add(
            "activity_id",
            QCoreApplication.translate("RegisterDialogs", "Traitement"),
            combo([("", "—")] + [(str(a.id), a.name) for a in activities]),
        )
        self.processor = self.add(
            "processor_id",
            QCoreApplication.translate("RegisterDialogs", "Sous-traitant"),
            combo([("", "—")] + [(str(p.id), p.name) for p in processors]),
        )
        self.notes = self.add(
            "notes", QCoreApplication.translate("RegisterDialogs", "Notes"), TextEdit("", 2)
        )
        if activity_id is not None:
            self.activity.setCurrentIndex(self.activity.findData(str(activity_id)))
            self.activity.setEnabled(False)
        if processor_id is not None:
            self.processor.setCurrentIndex(self.processor.findData(str(processor_id)))
            self.processor.setEnabled(False)
        self.mechanism.currentIndexChanged.connect(self._mechanism_changed)
        self._mechanism_changed()
        self.finish_layout()

    def _mechanism_changed(self, *_args) -> None:
        is_derogation = self.mechanism.currentData() == str(TransferMechanism.DEROGATION)
        self.derogation.setEnabled(is_derogation)
        if not is_derogation:
            self.derogation.setCurrentIndex(0)

    def details(self) -> TransferDetails:
        activity = self.activity.currentData()
        processor = self.processor.currentData()
        return TransferDetails(
            country=self.country.code(),
            mechanism=TransferMechanism(self.mechanism.currentData())
            if self.mechanism.currentData()
            else None,
            derogation=Derogation(self.derogation.currentData())
            if self.derogation.currentData()
            else None,
            reference=self.reference.text(),
            law_exception=Law0908Exception(self.law_exception.currentData())
            if self.law_exception.currentData()
            else None,
            activity_id=int(activity) if activity else None,
            processor_id=int(processor) if processor else None,
            notes=self.notes.text(),
        )

    def perform(self):
        return book.add_transfer(self.register, self.details(), clock=self.clock)


class ContractEndDialog(_SmallDialog):
    """ "Fin de contrat": the date, and what became of the data (GDPR Art. 28(3)(g))."""

    def __init__(
        self,
        register: Register,
        today: date,
        clock: Clock | None,
        processor: Processor,
        parent=None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("RegisterDialogs", "Fin de contrat — {name}").format(
                name=processor.name
            ),
            QCoreApplication.translate(
                "RegisterDialogs",
                "À la fin de la prestation, le sous-traitant restitue ou supprime les données "
                "(RGPD art. 28(3)(g)). Tant que ce n'est pas enregistré, il reste signalé.",
            ),
            QCoreApplication.translate("RegisterDialogs", "Enregistrer la fin du contrat"),
            parent,
        )
        self.register, self.clock, self.processor = register, clock, processor
        self.ended_on = self.add(
            "ended_on", QCoreApplication.translate("RegisterDialogs", "Fin le *"), date_edit()
        )
        self.ended_on.setDate(to_qdate(today))
        self.outcome = self.add(
            "outcome",
            QCoreApplication.translate("RegisterDialogs", "Les données ont été"),
            combo(
                [
                    (
                        "",
                        QCoreApplication.translate(
                            "RegisterDialogs", "pas encore restituées ni supprimées"
                        ),
                    )
                ]
                + [(str(o), texts.data_outcome(o)) for o in DataOutcome]
            ),
        )
        self.outcome_on = self.add(
            "outcome_on",
            QCoreApplication.translate("RegisterDialogs", "Le"),
            OptionalDate(QCoreApplication.translate("RegisterDialogs", "Date connue")),
        )
        self.outcome_on.set_value(None, today)
        self.notes = self.add(
            "notes",
            QCoreApplication.translate("RegisterDialogs", "Notes"),
            TextEdit(QCoreApplication.translate("RegisterDialogs", "Attestation reçue…"), 2),
        )
        self.finish_layout()

    def perform(self) -> Processor:
        outcome = self.outcome.currentData()
        end = ContractEnd(
            ended_on=from_qdate(self.ended_on.date()),
            outcome=DataOutcome(outcome) if outcome else None,
            outcome_on=self.outcome_on.value(),
            notes=self.notes.text(),
        )
        return book.end_contract(self.register, self.processor, end, clock=self.clock)


class DataOutcomeDialog(_SmallDialog):
    """After the end: the processor confirmed it returned or deleted the data."""

    def __init__(
        self,
        register: Register,
        today: date,
        clock: Clock | None,
        processor: Processor,
        parent=None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("RegisterDialogs", "Restitution ou suppression des données"),
            QCoreApplication.translate(
                "RegisterDialogs",
                "Enregistrez la confirmation reçue du sous-traitant (RGPD art. 28(3)(g)).",
            ),
            QCoreApplication.translate("RegisterDialogs", "Enregistrer"),
            parent,
        )
        self.register, self.clock, self.processor = register, clock, processor
        self.outcome = self.add(
            "outcome",
            QCoreApplication.translate("RegisterDialogs", "Les données ont été"),
            combo([(str(o), texts.data_outcome(o)) for o in DataOutcome]),
        )
        self.outcome_on = self.add(
            "outcome_on", QCoreApplication.translate("RegisterDialogs", "Le"), date_edit()
        )
        self.outcome_on.setDate(to_qdate(today))
        self.finish_layout()

    def perform(self) -> Processor:
        return book.record_data_outcome(
            self.register,
            self.processor,
            DataOutcome(self.outcome.currentData()),
            from_qdate(self.outcome_on.date()),
            clock=self.clock,
        )


class LinkDialog(_SmallDialog):
    """Pick one item (a processor for an activity, or the reverse) and link it."""

    def __init__(
        self,
        title: str,
        caption: str,
        items: list[tuple[int, str]],
        link: Callable[[int], object],
        parent=None,
    ) -> None:
        super().__init__(
            title, "", QCoreApplication.translate("RegisterDialogs", "Rattacher"), parent
        )
        self._link = link
        self.choice = self.add("choice", caption, combo([(str(i), n) for i, n in items]))
        self.finish_layout()
        self.save_button.setEnabled(bool(items))
        if not items:
            self.message.show_message(
                QCoreApplication.translate("RegisterDialogs", "Tout est déjà rattaché."), "info"
            )

    def perform(self):
        return self._link(int(self.choice.currentData()))
