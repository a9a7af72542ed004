"""The dashboard's "Registres" card: reviews due, missing DPAs, transfers without a
mechanism, and the CNDP formalities to accomplish (issue 23: declarations and
authorisations to file, changes to declare; Law 09-08 arts. 12, 15, 43-44). Each figure
opens the register's list, filtered on that flag.

The figures depend on today as much as on the register (a review falls due without
anyone touching the file), so the card re-reads the flags each time it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from dpo_desk.domain.clock import Clock, SystemClock
from dpo_desk.domain.countries import ADEQUACY_SOURCE
from dpo_desk.domain.errors import UserError
from dpo_desk.domain.record_flags import (
    FlagKind,
)
from dpo_desk.services import filings
from dpo_desk.services.read_model import Register
from dpo_desk.ui.formatting import join_labels
from dpo_desk.ui.i18n import error_text
from dpo_desk.ui.records import FILINGS_PENDING, FLAG_PREFIX
from dpo_desk.ui.stat_card import ClickableStatCard
from dpo_desk.ui.widgets import InlineMessage, label


class FlagTile(ClickableStatCard):
    """A figure the DPO can click (or focus and press Enter) to see what it counts."""


class RegistersCard(QWidget):
    """Three figures from the register's flags and one from its CNDP formalities, all
    read by ``filings.registers_dashboard``; has ``set_register``/``clear`` like a
    section, so the dashboard hands it the register and empties it on lock."""

    navigate = Signal(str, str)  # (section key, "flag:<kind>")
    refreshed = Signal(object)  # the date the figures were computed for

    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock: Clock = clock or SystemClock()
        self.register: Register | None = None
        self._targets: dict[str, tuple[str, str]] = {}
        self.filings: filings.FilingSummary | None = None  # what the fourth figure shows
        # As the dashboard's: set while hidden, so that the show right after the unlock's
        # set_register does not read every activity a second time.
        self._stale = True
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(10)
        column.addWidget(label(self.tr("Registres"), "heading"))
        self.message = InlineMessage()
        column.addWidget(self.message)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        self.reviews_tile = FlagTile(self.tr("Revues à faire"), "warning")
        self.dpa_tile = FlagTile(self.tr("Contrats de sous-traitance manquants"), "danger")
        self.transfers_tile = FlagTile(self.tr("Transferts non encadrés"), "danger")
        self.reviews_tile.setToolTip(
            self.tr("Traitements et sous-traitants dont la revue est en retard")
        )
        self.dpa_tile.setToolTip(
            self.tr("Sous-traitants actifs sans contrat signé, ou au contrat échu (RGPD art. 28)")
        )
        self._transfers_tip = self.tr(
            "Transferts vers un pays non reconnu adéquat sans autorisation de la CNDP ni "
            "exception, ou sans mécanisme enregistré (loi 09-08 art. 43-44 ; RGPD art. 44-49)"
        )
        self.transfers_tile.setToolTip(self._transfers_tip)
        self.filings_tile = FlagTile(self.tr("Formalités CNDP à accomplir"), "warning")
        self.filings_tile.setToolTip(
            self.tr(
                "Déclarations et autorisations à déposer auprès de la CNDP, et modifications "
                "à déclarer après un récépissé (loi 09-08 art. 12, 15 et 43-44)"
            )
        )
        for index, (key, tile) in enumerate(self.tiles().items()):
            grid.addWidget(tile, 0, index)
            grid.setColumnStretch(index, 1)
            tile.clicked.connect(lambda k=key: self.open(k))
        # Four abreast, as the request cards above.
        column.addLayout(grid)
        self.clear()

    def tiles(self) -> dict[str, FlagTile]:
        return {
            "reviews": self.reviews_tile,
            "dpa": self.dpa_tile,
            "transfers": self.transfers_tile,
            "filings": self.filings_tile,
        }

    def set_register(self, register: Register) -> None:
        self.register = register
        self.refresh()

    def clear(self) -> None:
        self.register = None
        self._targets = {}
        self.filings = None
        self.transfers_tile.setToolTip(self._transfers_tip)
        self.message.clear_message()
        for tile in self.tiles().values():
            tile.set_count(None)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 — Qt override
        super().showEvent(event)
        if self.register is not None and self._stale:
            self.refresh()

    def hideEvent(self, event) -> None:  # noqa: N802 — Qt override
        super().hideEvent(event)
        self._stale = True

    def refresh(self) -> None:
        if self.register is None:
            return
        try:
            # One read for the four figures: the card is filled between the unlock and
            # the dashboard's first paint.
            seen = filings.registers_dashboard(self.register, clock=self.clock)
        except UserError as error:
            self.message.show_message(error_text(error), "error")
            return
        flags, transfers, pending = seen.flags, seen.transfers, seen.filings
        default_adequacy = seen.default_adequacy
        self.message.clear_message()
        reviews = flags.of_kind(FlagKind.REVIEW_OVERDUE)
        activities = sum(1 for f in reviews if f.entity == "activity")
        processors = len(reviews) - activities
        detail = ""
        if reviews:
            detail = self.tr("{activities}, {processors}").format(
                activities=self.tr("%n traitement(s)", None, activities),
                processors=self.tr("%n sous-traitant(s)", None, processors),
            )
        self.reviews_tile.set_count(flags.reviews_due, detail)
        missing = flags.of_kind(FlagKind.MISSING_DPA)
        self.dpa_tile.set_count(flags.missing_dpas, join_labels(sorted({f.name for f in missing})))
        unframed = flags.of_kind(FlagKind.TRANSFER_WITHOUT_MECHANISM)
        self.transfers_tile.set_count(
            flags.transfers_without_mechanism, join_labels(sorted({f.name for f in unframed}))
        )
        # Which list decides what "adequate" means: the shipped default is not the CNDP's.
        self.transfers_tile.setToolTip(
            self._transfers_tip
            + (
                "\n\n" + QCoreApplication.translate("Adequacy", ADEQUACY_SOURCE)
                if default_adequacy
                else ""
            )
        )
        self.filings = pending
        self.filings_tile.set_count(pending.total, self.filings_detail(pending))
        # Where a click leads: the register that holds what is counted.
        with_processor = any(
            f.entity == "processor"
            or (
                f.entity == "transfer"
                and transfers.get(f.entity_id) is not None
                and transfers[f.entity_id].processor_id is not None
            )
            for f in unframed
        )
        self._targets = {
            "reviews": (
                "processing" if activities or not processors else "processors",
                FLAG_PREFIX + str(FlagKind.REVIEW_OVERDUE),
            ),
            "dpa": ("processors", FLAG_PREFIX + str(FlagKind.MISSING_DPA)),
            "transfers": (
                "processors" if with_processor else "processing",
                FLAG_PREFIX + str(FlagKind.TRANSFER_WITHOUT_MECHANISM),
            ),
            "filings": ("processing", FLAG_PREFIX + FILINGS_PENDING),
        }
        self._stale = False
        self.refreshed.emit(flags.today)

    def filings_detail(self, pending: filings.FilingSummary) -> str:
        """« 2 formalités à déposer, 1 modification à déclarer — 3 traitements »."""
        if not pending.total:
            return ""
        parts = []
        if pending.to_file:
            parts.append(self.tr("%n formalité(s) à déposer", None, pending.to_file))
        if pending.changes:
            parts.append(self.tr("%n modification(s) à déclarer", None, pending.changes))
        return self.tr("{formalities} — {activities}").format(
            formalities=join_labels(parts),
            activities=self.tr("%n traitement(s)", None, pending.activities),
        )

    def open(self, key: str) -> None:
        target = self._targets.get(key)
        if target is not None:
            self.navigate.emit(*target)
