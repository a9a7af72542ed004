"""Traitements: the register of processing activities (GDPR Art. 30(1); the content of
a CNDP declaration, Law 09-08 art. 15), with each activity's processors and transfers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from dpo_desk.domain.clock import Clock
from dpo_desk.domain.errors import Conflict, UserError
from dpo_desk.domain.record_flags import (
    FlagKind,
)
from dpo_desk.domain.records import (
    CndpRegime,
    LegalBasis,
    ProcessingActivity,
)
from dpo_desk.services import filings
from dpo_desk.services import records as book
from dpo_desk.services.read_model import ActivityFilter
from dpo_desk.ui import style
from dpo_desk.ui.formatting import join_labels, number
from dpo_desk.ui.i18n import error_text
from dpo_desk.ui.records import FILINGS_PENDING, texts
from dpo_desk.ui.records.dialogs import ActivityDialog, LinkDialog, TransferDialog
from dpo_desk.ui.records.filings import FilingsCard
from dpo_desk.ui.records.models import ActivityTableModel
from dpo_desk.ui.sections.register_base import (
    ALL,
    FLAGGED,
    RegisterSection,
    combo_box,
)

DPIA_REQUIRED = "required"
DPIA_TODO = "todo"
DPIA_NOT_REQUIRED = "not_required"


class ProcessingSection(RegisterSection[ProcessingActivity]):
    key = "processing"
    icon_name = "processing"
    entity = "activity"
    other_key = "processors"
    entry_dialog = ActivityDialog

    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(clock, parent)
        self.search.setPlaceholderText(
            self.tr("Rechercher : nom, finalité, service, n° de récépissé…")
        )
        self.size_columns(
            {
                "name": "Paiements, abonnements et fa",  # the least it keeps
                "flags": "Transfert non encadré",
                "bases": "Exécution d'un contrat",
                "owner": "Produit pédago",
                "cndp": "Déclaration · sans récépissé",
                "dpia": "Non requise",
                "reviewed": "00/00/0000",
            },
            # The name takes what is left (never less than a few words); the free-text
            # columns give way first in a narrow window.
            stretch="name",
            give_way=("flags", "bases", "owner", "cndp"),
        )
        # -- detail: buttons, links ------------------------------------------------------
        self.edit_button = QPushButton(self.tr("Modifier…"))
        style.set_role(self.edit_button, "primary")
        self.edit_button.clicked.connect(self.open_edit_dialog)
        self.reviewed_button = QPushButton(self.tr("Marquer comme revu"))
        self.reviewed_button.setToolTip(
            self.tr("Enregistrer la revue de cette fiche aujourd'hui (RGPD art. 24(1))")
        )
        self.reviewed_button.clicked.connect(self.mark_reviewed)
        self.detail_buttons.addWidget(self.reviewed_button)
        self.detail_buttons.addWidget(self.edit_button)

        self.processor_links = self.build_link_cards(
            (
                self.tr("Sous-traitants"),
                self.tr("Double-cliquez pour ouvrir la fiche du sous-traitant."),
                self.tr("Rattacher un sous-traitant…"),
                self.tr("Détacher"),
            ),
            (
                self.tr("Transferts hors du Maroc"),
                self.tr("Loi 09-08 art. 43-44 ; RGPD art. 44-49."),
                self.tr("Ajouter un transfert…"),
                self.tr("Supprimer"),
            ),
        )
        # The CNDP's formalities first: what the DPO has to file (issue 23).
        self.filings_card = FilingsCard()
        self.filings_card.recorded.connect(self._filing_recorded)
        self.filings_card.exported.connect(self.status_message)
        self.detail_left.insertWidget(0, self.filings_card)

    def title(self) -> str:
        return self.tr("Traitements")

    def list_title(self) -> str:
        return self.tr("Traitements")

    def build_head(self, title: str, new_caption: str) -> QHBoxLayout:
        head = super().build_head(title, new_caption)
        # The information notice generated from the register (issue 23; 09-08 art. 5).
        self.notice_button = QPushButton(self.tr("Notice d'information…"))
        self.notice_button.setObjectName("NoticeButton")
        self.notice_button.setToolTip(
            self.tr("Générer la notice d'information des personnes à partir du registre")
        )
        self.notice_button.clicked.connect(self.open_notice_dialog)
        head.insertWidget(head.indexOf(self.new_button), self.notice_button)
        return head

    def open_notice_dialog(self):
        if self.register is None:
            return None
        from dpo_desk.ui.records.notice_dialog import NoticeDialog

        # As the form dialogs: closed on lock (clear), deleted once closed.
        return self.run_dialog(
            NoticeDialog(self.register, self.clock, parent=self),
            lambda path: self.status_message.emit(
                self.tr("Notice d'information enregistrée : {name}").format(name=path.name)
            ),
        )

    def new_caption(self) -> str:
        return self.tr("Nouveau traitement")

    def make_model(self):
        return ActivityTableModel(self)

    def empty_texts(self) -> tuple[str, str]:
        return (
            self.tr("Aucun traitement inscrit"),
            self.tr(
                "Inscrivez ici chaque activité de traitement : ses finalités et bases légales, "
                "les données, leur durée de conservation, ses destinataires et ses "
                "formalités auprès de la CNDP."
            ),
        )

    def count_text(self, count: int) -> str:
        if count == 1:
            return self.tr("1 traitement")
        return self.tr("{count} traitements").format(count=number(count))

    def build_filters(self, row: QHBoxLayout) -> list[QComboBox]:
        self.basis_filter = combo_box(
            [(ALL, self.tr("Toutes les bases légales"))]
            + [(str(b), texts.legal_basis(b)) for b in LegalBasis],
            self.tr("Base légale"),
            16,
        )
        self.regime_filter = combo_box(
            [(ALL, self.tr("Tous les régimes CNDP"))]
            + [(str(r), texts.regime(r)) for r in CndpRegime],
            self.tr("Régime CNDP"),
            14,
        )
        self.dpia_filter = combo_box(
            [
                (ALL, self.tr("AIPD : toutes")),
                (DPIA_REQUIRED, self.tr("AIPD requise")),
                (DPIA_TODO, self.tr("AIPD requise, non réalisée")),
                (DPIA_NOT_REQUIRED, self.tr("AIPD non requise")),
            ],
            self.tr("Analyse d'impact"),
            12,
        )
        self.flag_filter = combo_box(
            [
                (ALL, self.tr("Toutes les fiches")),
                (FLAGGED, self.tr("Signalées")),
                (str(FlagKind.REVIEW_OVERDUE), self.tr("Revue en retard")),
                (str(FlagKind.TRANSFER_WITHOUT_MECHANISM), self.tr("Transfert non encadré")),
                (str(FlagKind.AUTHORISATION_NEEDED), self.tr("Autorisation CNDP requise")),
                (str(FlagKind.DPIA_MISSING), self.tr("AIPD à réaliser")),
                (FILINGS_PENDING, self.tr("Formalité CNDP due")),  # short: the row fits 1280 px
            ],
            self.tr("Alertes"),
            12,
        )
        self.flag_filter.setItemData(
            self.flag_filter.findData(FILINGS_PENDING),
            self.tr(
                "Traitements dont une formalité CNDP est à déposer ou une modification à "
                "déclarer (loi 09-08 art. 12 et 15)"
            ),
            Qt.ItemDataRole.ToolTipRole,
        )
        boxes = [self.basis_filter, self.regime_filter, self.dpia_filter, self.flag_filter]
        for box in boxes:
            row.addWidget(box)
        return boxes

    def flag_kind_filter(self) -> QComboBox:
        return self.flag_filter

    def fetch_rows(self) -> list:
        assert self.register is not None
        regime = self.regime_filter.currentData()
        dpia = self.dpia_filter.currentData()
        only_ids = None
        if self.flag_filter.currentData() == FILINGS_PENDING:
            # Issue 23: a formality to file or a change to declare (Law 09-08 arts. 12, 15).
            only_ids = filings.pending_activity_ids(self.register)
        flt = ActivityFilter(
            search=self.search.text().strip(),
            regime=None if regime == ALL else CndpRegime(regime),
            dpia_required=None if dpia == ALL else dpia != DPIA_NOT_REQUIRED,
            only_ids=only_ids,
        )
        rows = book.list_activities(self.register, flt, limit=100_000)
        basis = self.basis_filter.currentData()
        if basis != ALL:
            rows = [r for r in rows if LegalBasis(basis) in r.legal_bases]
        if dpia == DPIA_TODO:
            rows = [r for r in rows if not r.dpia_done]
        return rows

    def matches_flag(self, flags) -> bool:
        # The filings entry is not a register flag: fetch_rows already kept its rows.
        if self.flag_filter.currentData() == FILINGS_PENDING:
            return True
        return super().matches_flag(flags)

    def has_any(self) -> bool:
        return (
            self.register is not None and book.count_activities(self.register, ActivityFilter()) > 0
        )

    def load_entry(self, reference: str) -> ProcessingActivity:
        assert self.register is not None
        return book.find_activity(self.register, reference)

    def get_entry(self, entry_id: int) -> ProcessingActivity:
        assert self.register is not None
        return book.get_activity(self.register, entry_id)

    # -- detail ----------------------------------------------------------------------------
    def fill_detail(self, activity: ProcessingActivity) -> None:
        assert self.register is not None
        self.detail_title.setText(activity.name)
        summary = [activity.owner_department, texts.regime(activity.cndp_regime)]
        if activity.cndp_receipt:
            summary.append(
                self.tr("récépissé {number}").format(number=activity.cndp_receipt)
                + (
                    " "
                    + self.tr("du {date}").format(date=texts.format_date(activity.cndp_receipt_on))
                    if activity.cndp_receipt_on
                    else ""
                )
            )
        self.detail_summary.setText("   ·   ".join(p for p in summary if p))
        self.show_flags(self.entry_flags(activity.id, list(activity.transfers)))
        purposes = "\n".join(
            f"• {p.description} — {texts.legal_basis(p.legal_basis)}"
            + (f" ({p.justification})" if p.justification else "")
            for p in activity.purposes
        )
        categories = texts.categories_text(activity.data_categories)
        if activity.minors:
            categories += ("\n" if categories else "") + self.tr("Concerne des mineurs.")
        recipients = "\n".join(
            f"{texts.recipient_kind(r.kind)} : {r.name}" for r in activity.recipients
        )
        if activity.dpia_required:
            dpia = (
                self.tr("Requise — réalisée le {date}").format(
                    date=texts.date_or_dash(activity.dpia_done_on)
                )
                if activity.dpia_done
                else self.tr("Requise — non réalisée")
            )
        else:
            dpia = self.tr("Non requise")
        measures = join_labels(
            texts.security_measure(m) for m in sorted(activity.security_measures)
        )
        if activity.security_notes:
            measures += ("\n" if measures else "") + activity.security_notes
        self.set_sheet(
            [
                (self.tr("Finalités"), purposes),
                (self.tr("Description"), activity.description),
                (self.tr("Personnes concernées"), join_labels(activity.subject_categories)),
                (self.tr("Données"), categories),
                (self.tr("Sources"), join_labels(activity.sources)),
                (self.tr("Destinataires"), recipients),
                (
                    self.tr("Conservation"),
                    "\n".join(texts.retention(r) for r in activity.retention),
                ),
                (self.tr("Sécurité"), measures),
                (self.tr("Exercice des droits"), activity.rights_service),
                (self.tr("Analyse d'impact"), dpia),
                (
                    self.tr("Dernière revue"),
                    texts.format_date(activity.last_reviewed_on) or self.tr("jamais"),
                ),
                (
                    self.tr("Inscrit le"),
                    texts.format_date(activity.created_at.date()),
                ),
            ]
        )
        self.processor_links.clear()
        try:
            processors = {p.id: p for p in book.all_processors(self.register)}
        except UserError as error:
            self.detail_message.show_message(error_text(error), "error")
            processors = {}
        for pid in activity.processor_ids:
            processor = processors.get(pid)
            if processor is None:
                continue
            flags = self.flags.for_entity("processor", pid) if self.flags else ()
            parts = [processor.name, processor.service]
            if not processor.is_active:
                parts.append(texts.processor_status(processor.status))
            parts += [text for text, _tone in texts.chips(flags)]
            self.processor_links.add_link(
                "  ·  ".join(p for p in parts if p),
                pid,
                "\n".join(texts.flag_message(f) for f in flags),
                texts.chips(flags)[0][1] if flags else "",
            )
        self.show_links(self.processor_links)
        self.fill_transfers(activity, processors)
        self._update_link_buttons()
        self.filings_card.set_context(self.register, self.clock, self.today)
        self.filings_card.show_activity(activity.id)

    def _filing_recorded(self, _filing) -> None:
        if self.current is not None:
            self.reopen(self.current.id, self.tr("Formalité CNDP enregistrée."))

    def update_entry_buttons(self, current: ProcessingActivity | None) -> None:
        self.reviewed_button.setEnabled(current is not None)

    # -- actions ---------------------------------------------------------------------------
    def created_text(self, entry: ProcessingActivity) -> str:
        return self.tr("Traitement « {name} » inscrit au registre.").format(name=entry.name)

    def saved_text(self, entry: ProcessingActivity) -> str:
        return self.tr("Traitement « {name} » enregistré.").format(name=entry.name)

    def mark_reviewed(self) -> None:
        if self.register is None or self.current is None:
            return
        try:
            saved = book.mark_activity_reviewed(self.register, self.current, clock=self.clock)
        except Conflict as error:
            self.detail_message.show_message(error_text(error), "warning")
            return
        except UserError as error:
            self.detail_message.show_message(error_text(error), "error")
            return
        self.reopen(
            saved.id,
            self.tr("Revue du traitement enregistrée au {date}.").format(
                date=texts.format_date(saved.last_reviewed_on)
            ),
        )

    def open_link_dialog(self) -> LinkDialog | None:
        if self.register is None or self.current is None:
            return None
        activity = self.current
        try:
            items = [
                (p.id, p.name)
                for p in book.all_processors(self.register)
                if p.id not in activity.processor_ids
            ]
        except UserError as error:
            self.detail_message.show_message(error_text(error), "error")
            return None
        register, clock = self.register, self.clock
        dialog = LinkDialog(
            self.tr("Rattacher un sous-traitant"),
            self.tr("Sous-traitant"),
            items,
            lambda pid: book.link_processor(register, activity.id, pid, clock=clock),
            self,
        )
        return self.run_dialog(
            dialog, lambda _done: self.reopen(activity.id, self.tr("Sous-traitant rattaché."))
        )

    def unlink_selected(self) -> None:
        pid = self.processor_links.current_id()
        if self.register is None or self.current is None or pid is None:
            return
        try:
            book.unlink_processor(self.register, self.current.id, pid, clock=self.clock)
        except UserError as error:
            self.detail_message.show_message(error_text(error), "error")
            return
        self.reopen(self.current.id, self.tr("Sous-traitant détaché de ce traitement."))

    def open_transfer_dialog(self) -> TransferDialog | None:
        if self.register is None or self.current is None:
            return None
        activity_id = self.current.id
        dialog = TransferDialog(self.register, self.clock, activity_id=activity_id, parent=self)
        return self.run_dialog(
            dialog, lambda _t: self.reopen(activity_id, self.tr("Transfert ajouté."))
        )

    def transfer_removed_text(self) -> str:
        return self.tr("Transfert supprimé.")

    def clear(self) -> None:
        super().clear()
        self.filings_card.clear()
        self._update_link_buttons()
