"""Sous-traitants: the register of processors (GDPR Art. 28; Law 09-08 arts. 23-25), their
contracts and Art. 28(3) clauses, the activities they serve and their transfers abroad."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from dpo_desk.domain.clock import Clock
from dpo_desk.domain.errors import UserError
from dpo_desk.domain.record_flags import (
    FlagKind,
)
from dpo_desk.domain.records import (
    Art28Clause,
    Processor,
    ProcessorStatus,
)
from dpo_desk.services import records as book
from dpo_desk.services.read_model import ProcessorFilter
from dpo_desk.ui import style
from dpo_desk.ui.formatting import join_labels, number
from dpo_desk.ui.i18n import error_text
from dpo_desk.ui.records import texts
from dpo_desk.ui.records.dialogs import (
    ContractEndDialog,
    DataOutcomeDialog,
    LinkDialog,
    ProcessorDialog,
    TransferDialog,
)
from dpo_desk.ui.records.models import ProcessorTableModel
from dpo_desk.ui.sections.register_base import (
    ALL,
    FLAGGED,
    RegisterSection,
    combo_box,
)


class ProcessorsSection(RegisterSection[Processor]):
    key = "processors"
    icon_name = "processors"
    entity = "processor"
    other_key = "processing"
    entry_dialog = ProcessorDialog

    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(clock, parent)
        self.search.setPlaceholderText(
            self.tr("Rechercher : nom, service, certification, sous-traitant ultérieur…")
        )
        self.size_columns(
            {
                "name": "Hébergeur cloud (Maroc)",  # the least it keeps
                "flags": "Transfert non encadré|Sans contrat (DPA)",
                "service": "Hébergement et sauvegarde",
                "countries": "US, IE",
                "dpa": "Signé le 00/00/0000",
                "review": "00/00/0000",
                "status": "Contrat terminé",
            },
            # The name takes what is left (never less than a few words); the service and
            # the contract's date give way first in a narrow window.
            stretch="name",
            give_way=("flags", "service", "dpa"),
        )
        self.edit_button = QPushButton(self.tr("Modifier…"))
        style.set_role(self.edit_button, "primary")
        self.edit_button.clicked.connect(self.open_edit_dialog)
        self.end_button = QPushButton(self.tr("Fin de contrat…"))
        self.end_button.setToolTip(
            self.tr("Enregistrer la fin du contrat et le sort des données (RGPD art. 28(3)(g))")
        )
        self.end_button.clicked.connect(self.open_end_dialog)
        self.outcome_button = QPushButton(self.tr("Restitution ou suppression…"))
        self.outcome_button.clicked.connect(self.open_outcome_dialog)
        for button in (self.outcome_button, self.end_button, self.edit_button):
            self.detail_buttons.addWidget(button)

        self.activity_links = self.build_link_cards(
            (
                self.tr("Traitements servis"),
                self.tr("Double-cliquez pour ouvrir la fiche du traitement."),
                self.tr("Rattacher un traitement…"),
                self.tr("Détacher"),
            ),
            (
                self.tr("Transferts hors du Maroc"),
                self.tr("Loi 09-08 art. 43-44 ; RGPD art. 44-49."),
                self.tr("Ajouter un transfert…"),
                self.tr("Supprimer"),
            ),
        )

    def title(self) -> str:
        return self.tr("Sous-traitants")

    def list_title(self) -> str:
        return self.tr("Sous-traitants")

    def new_caption(self) -> str:
        return self.tr("Nouveau sous-traitant")

    def make_model(self):
        return ProcessorTableModel(self)

    def empty_texts(self) -> tuple[str, str]:
        return (
            self.tr("Aucun sous-traitant inscrit"),
            self.tr(
                "Inscrivez ici chaque prestataire qui traite des données pour votre compte : "
                "son contrat et ses clauses, les pays où il traite les données, les "
                "traitements qu'il sert et la date de sa prochaine revue."
            ),
        )

    def count_text(self, count: int) -> str:
        if count == 1:
            return self.tr("1 sous-traitant")
        return self.tr("{count} sous-traitants").format(count=number(count))

    def build_filters(self, row: QHBoxLayout) -> list[QComboBox]:
        self.status_filter = combo_box(
            [(ALL, self.tr("Tous les statuts"))]
            + [(str(s), texts.processor_status(s)) for s in ProcessorStatus],
            self.tr("Statut"),
            12,
        )
        self.country_filter = combo_box([(ALL, self.tr("Tous les pays"))], self.tr("Pays"), 10)
        self.flag_filter = combo_box(
            [
                (ALL, self.tr("Toutes les fiches")),
                (FLAGGED, self.tr("Signalées")),
                (str(FlagKind.MISSING_DPA), self.tr("Sans contrat (DPA)")),
                (str(FlagKind.REVIEW_OVERDUE), self.tr("Revue en retard")),
                (str(FlagKind.TRANSFER_WITHOUT_MECHANISM), self.tr("Transfert non encadré")),
                (str(FlagKind.INCOMPLETE_DPA), self.tr("Clauses manquantes")),
                (str(FlagKind.DATA_NOT_RETURNED), self.tr("Données non restituées")),
            ],
            self.tr("Alertes"),
            14,
        )
        boxes = [self.status_filter, self.country_filter, self.flag_filter]
        for box in boxes:
            row.addWidget(box)
        return boxes

    def flag_kind_filter(self) -> QComboBox:
        return self.flag_filter

    def _fill_countries(self) -> None:
        """The countries the register's processors name, so the filter offers only those."""
        if self.register is None:
            return
        countries = sorted({c for p in book.all_processors(self.register) for c in p.countries})
        current = self.country_filter.currentData()
        self.country_filter.blockSignals(True)
        while self.country_filter.count() > 1:
            self.country_filter.removeItem(1)
        for code in countries:
            self.country_filter.addItem(code, code)
        index = self.country_filter.findData(current)
        self.country_filter.setCurrentIndex(max(index, 0))
        self.country_filter.blockSignals(False)

    def fetch_rows(self) -> list:
        assert self.register is not None
        self._fill_countries()
        status = self.status_filter.currentData()
        country = self.country_filter.currentData()
        flt = ProcessorFilter(
            search=self.search.text().strip(),
            status=None if status == ALL else ProcessorStatus(status),
            country="" if country == ALL else country,
        )
        return book.list_processors(self.register, flt, limit=100_000)

    def has_any(self) -> bool:
        return (
            self.register is not None
            and book.count_processors(self.register, ProcessorFilter()) > 0
        )

    def load_entry(self, reference: str) -> Processor:
        assert self.register is not None
        return book.find_processor(self.register, reference)

    def get_entry(self, entry_id: int) -> Processor:
        assert self.register is not None
        return book.get_processor(self.register, entry_id)

    # -- detail ----------------------------------------------------------------------------
    def fill_detail(self, processor: Processor) -> None:
        assert self.register is not None
        self.detail_title.setText(processor.name)
        summary = [processor.service, texts.processor_status(processor.status)]
        if processor.countries:
            summary.append(join_labels(processor.countries))
        self.detail_summary.setText("   ·   ".join(p for p in summary if p))
        self.show_flags(self.entry_flags(processor.id, list(processor.transfers)))
        if processor.dpa_signed:
            contract = self.tr("Signé le {date}").format(
                date=texts.date_or_dash(processor.dpa_signed_on)
            )
            if processor.contract_ends_on:
                contract += " — " + self.tr("prend fin le {date}").format(
                    date=texts.format_date(processor.contract_ends_on)
                )
        else:
            contract = self.tr("Aucun contrat de sous-traitance signé")
        clauses = "\n".join(
            ("✓ " if c in processor.clauses else "✗ ") + texts.clause(c) for c in Art28Clause
        )
        status = texts.processor_status(processor.status)
        if not processor.is_active:
            status += " — " + self.tr("le {date}").format(
                date=texts.date_or_dash(processor.ended_on)
            )
            if processor.data_outcome:
                status += "\n" + self.tr("{outcome} le {date}").format(
                    outcome=texts.data_outcome(processor.data_outcome),
                    date=texts.date_or_dash(processor.data_outcome_on),
                )
            else:
                status += "\n" + self.tr("Restitution ou suppression des données non enregistrée")
        self.set_sheet(
            [
                (self.tr("Service"), processor.service),
                (self.tr("Contact"), processor.contact),
                (self.tr("DPO"), processor.dpo_contact),
                (self.tr("Pays de traitement"), join_labels(processor.countries)),
                (self.tr("Données confiées"), texts.categories_text(processor.data_categories)),
                (self.tr("Contrat (DPA)"), contract),
                (self.tr("Clauses art. 28(3)"), clauses if processor.dpa_signed else ""),
                (self.tr("Certifications"), join_labels(processor.certifications)),
                (self.tr("Sous-traitants ultérieurs"), join_labels(processor.sub_processors)),
                (self.tr("Prochaine revue"), texts.date_or_dash(processor.next_review_on)),
                (self.tr("Statut"), status),
                (self.tr("Notes"), processor.notes),
            ]
        )
        self.activity_links.clear()
        try:
            activities = {a.id: a for a in book.all_activities(self.register)}
        except UserError as error:
            self.detail_message.show_message(error_text(error), "error")
            activities = {}
        for aid in processor.activity_ids:
            activity = activities.get(aid)
            if activity is None:
                continue
            flags = self.flags.for_entity("activity", aid) if self.flags else ()
            parts = [activity.name, activity.owner_department]
            parts += [text for text, _tone in texts.chips(flags)]
            self.activity_links.add_link(
                "  ·  ".join(p for p in parts if p),
                aid,
                "\n".join(texts.flag_message(f) for f in flags),
                texts.chips(flags)[0][1] if flags else "",
            )
        self.show_links(self.activity_links)
        self.fill_transfers(processor, activities)
        self._update_link_buttons()

    def update_entry_buttons(self, current: Processor | None) -> None:
        active = current is not None and current.is_active
        self.end_button.setVisible(current is None or active)
        self.end_button.setEnabled(active)
        ended_open = current is not None and not current.is_active and current.data_outcome is None
        self.outcome_button.setVisible(ended_open)

    # -- actions ---------------------------------------------------------------------------
    def created_text(self, entry: Processor) -> str:
        return self.tr("Sous-traitant « {name} » inscrit au registre.").format(name=entry.name)

    def saved_text(self, entry: Processor) -> str:
        return self.tr("Sous-traitant « {name} » enregistré.").format(name=entry.name)

    def open_end_dialog(self) -> ContractEndDialog | None:
        if self.register is None or self.current is None or self.today is None:
            return None
        dialog = ContractEndDialog(self.register, self.today, self.clock, self.current, self)
        return self.run_dialog(
            dialog, lambda p: self.reopen(p.id, self.tr("Fin du contrat enregistrée."))
        )

    def open_outcome_dialog(self) -> DataOutcomeDialog | None:
        if self.register is None or self.current is None or self.today is None:
            return None
        dialog = DataOutcomeDialog(self.register, self.today, self.clock, self.current, self)
        return self.run_dialog(
            dialog,
            lambda p: self.reopen(p.id, self.tr("Sort des données enregistré.")),
        )

    def open_link_dialog(self) -> LinkDialog | None:
        if self.register is None or self.current is None:
            return None
        processor = self.current
        try:
            items = [
                (a.id, a.name)
                for a in book.all_activities(self.register)
                if a.id not in processor.activity_ids
            ]
        except UserError as error:
            self.detail_message.show_message(error_text(error), "error")
            return None
        register, clock = self.register, self.clock
        dialog = LinkDialog(
            self.tr("Rattacher un traitement"),
            self.tr("Traitement"),
            items,
            lambda aid: book.link_processor(register, aid, processor.id, clock=clock),
            self,
        )
        return self.run_dialog(
            dialog, lambda _done: self.reopen(processor.id, self.tr("Traitement rattaché."))
        )

    def unlink_selected(self) -> None:
        aid = self.activity_links.current_id()
        if self.register is None or self.current is None or aid is None:
            return
        try:
            book.unlink_processor(self.register, aid, self.current.id, clock=self.clock)
        except UserError as error:
            self.detail_message.show_message(error_text(error), "error")
            return
        self.reopen(self.current.id, self.tr("Traitement détaché de ce sous-traitant."))

    def open_transfer_dialog(self) -> TransferDialog | None:
        if self.register is None or self.current is None:
            return None
        processor_id = self.current.id
        dialog = TransferDialog(self.register, self.clock, processor_id=processor_id, parent=self)
        return self.run_dialog(
            dialog, lambda _t: self.reopen(processor_id, self.tr("Transfert ajouté."))
        )

    def transfer_removed_text(self) -> str:
        return self.tr("Transfert supprimé.")

    def clear(self) -> None:
        super().clear()
        # The countries came from the register too.
        self.country_filter.blockSignals(True)
        while self.country_filter.count() > 1:
            self.country_filter.removeItem(1)
        self.country_filter.blockSignals(False)
        self._update_link_buttons()
