"""Journal: the audit log, newest first, filterable, with the state of its hash chain.

The journal is what lets a DPO show the CNDP who did what and when (accountability,
GDPR Art. 5(2); security of processing, Law 09-08 art. 23). Each entry hashes the one
before it, so the screen also says whether the chain still holds, and prints the head
hash that an export or a printout can anchor.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.documents import xlsx_columns
from dpo_desk.domain import breach_risk, breaches
from dpo_desk.domain.clock import organisation_zone
from dpo_desk.domain.deadlines import RULE_LABELS
from dpo_desk.domain.journal import ACTION_LABELS, ENTITY_LABELS
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.domain.letters import DRAFT_STATUS_LABELS
from dpo_desk.domain.requests.workflow import REGIME_LABELS, REQUEST_STATUS_LABELS
from dpo_desk.services import journal
from dpo_desk.services import register_file as register_service
from dpo_desk.services.read_model import AuditEntry, JournalFilter, Register
from dpo_desk.ui import style
from dpo_desk.ui.calendar_texts import lunar_key_name, member_state_name
from dpo_desk.ui.exchange.actions import add_excel_buttons
from dpo_desk.ui.formatting import TABLE_STYLESHEET, join_labels, short_date
from dpo_desk.ui.paged_model import PagedTableModel
from dpo_desk.ui.sections.base import Section
from dpo_desk.ui.widgets import InlineMessage, label

# Field names as the journal stores them → what the DPO reads. Unknown fields (from a
# newer version, or rare ones) are shown as stored rather than hidden.
FIELD_LABELS = {
    "status": QT_TRANSLATE_NOOP("JournalField", "statut"),
    "due_on": QT_TRANSLATE_NOOP("JournalField", "échéance"),
    "received_on": QT_TRANSLATE_NOOP("JournalField", "reçue le"),
    "requester_name": QT_TRANSLATE_NOOP("JournalField", "demandeur"),
    "requester_email": QT_TRANSLATE_NOOP("JournalField", "e-mail"),
    "notes": QT_TRANSLATE_NOOP("JournalField", "notes"),
    "rights": QT_TRANSLATE_NOOP("JournalField", "droits"),
    "regimes": QT_TRANSLATE_NOOP("JournalField", "régimes"),
    "answered_on": QT_TRANSLATE_NOOP("JournalField", "répondue le"),
    "extended_on": QT_TRANSLATE_NOOP("JournalField", "prorogée le"),
    "attachment": QT_TRANSLATE_NOOP("JournalField", "pièce jointe"),
}
MAX_DETAIL = 240  # a cell, not a document: the full entry is in the tooltip


def action_label(code: str) -> str:
    found = ACTION_LABELS.get(code)
    return QCoreApplication.translate("JournalAction", found) if found else code


def entity_label(code: str) -> str:
    found = ENTITY_LABELS.get(code)
    return QCoreApplication.translate("JournalEntity", found) if found else code


# The journal's entity codes → the register whose Excel columns name their fields. The
# columns are the one place where every domain field has a translated label (and its
# enumerated values theirs); the journal reuses them, so a field reads the same on
# screen and in an export.
_COLUMNS_BY_ENTITY = {
    "request": xlsx_columns.REQUEST_COLUMNS,
    "breach": xlsx_columns.BREACH_COLUMNS,
    "activity": xlsx_columns.ACTIVITY_COLUMNS,
    "processor": xlsx_columns.PROCESSOR_COLUMNS,
    "transfer": xlsx_columns.TRANSFER_COLUMNS,
}

# Fields the journal records that no register column shows (a breach's notifications
# and events, the deadline policy, the computed due date's rule), with the labels of
# their codes where they have some.
_JOURNAL_FIELDS: dict[str, str] = {
    "due_rule": QT_TRANSLATE_NOOP("JournalField", "Règle de l'échéance"),
    "due_regime": QT_TRANSLATE_NOOP("JournalField", "Régime de l'échéance"),
    "deadline_rule": QT_TRANSLATE_NOOP("JournalField", "Règle du délai"),
    "authority": QT_TRANSLATE_NOOP("JournalField", "Autorité"),
    "phase": QT_TRANSLATE_NOOP("JournalField", "Phase"),
    "sent_at": QT_TRANSLATE_NOOP("JournalField", "Envoyée le"),
    "late": QT_TRANSLATE_NOOP("JournalField", "Tardive"),
    "duty": QT_TRANSLATE_NOOP("JournalField", "Obligation remplie"),
    "audience": QT_TRANSLATE_NOOP("JournalField", "Personnes informées"),
    "public": QT_TRANSLATE_NOOP("JournalField", "Communication publique"),
    "kind": QT_TRANSLATE_NOOP("JournalField", "Type"),
    "notification": QT_TRANSLATE_NOOP("JournalField", "Notification"),
    "communication": QT_TRANSLATE_NOOP("JournalField", "Communication"),
    "no_notification": QT_TRANSLATE_NOOP("JournalField", "Décision de ne pas notifier"),
    "method": QT_TRANSLATE_NOOP("JournalField", "Méthode"),
    "factors": QT_TRANSLATE_NOOP("JournalField", "Facteurs de risque"),
    "severity": QT_TRANSLATE_NOOP("JournalField", "Gravité"),
    "risk_computed": QT_TRANSLATE_NOOP("JournalField", "Risque calculé"),
    # Paramètres ▸ Validation des courriers (services/letter_rules.py)
    "letters_four_eyes": QT_TRANSLATE_NOOP("JournalField", "Règle des quatre yeux (courriers)"),
    "under_gdpr": QT_TRANSLATE_NOOP("JournalField", "Soumise au RGPD"),
    "under_law_09_08": QT_TRANSLATE_NOOP("JournalField", "Soumise à la loi 09-08"),
    "internal_days": QT_TRANSLATE_NOOP("JournalField", "Délai interne (jours)"),
    "rectification_clear_days": QT_TRANSLATE_NOOP(
        "JournalField", "Délai de rectification (jours francs)"
    ),
    "strict_clear_days": QT_TRANSLATE_NOOP("JournalField", "Jours francs stricts (J+11)"),
    "identity_pause": QT_TRANSLATE_NOOP(
        "JournalField", "Suspension pendant la vérification d'identité"
    ),
    "version": QT_TRANSLATE_NOOP("JournalField", "Version"),
    # backups, imports, exports and letters
    "file": QT_TRANSLATE_NOOP("JournalField", "Fichier"),
    "size": QT_TRANSLATE_NOOP("JournalField", "Taille (octets)"),
    "daily": QT_TRANSLATE_NOOP("JournalField", "Sauvegarde du jour"),
    "keep": QT_TRANSLATE_NOOP("JournalField", "Copies gardées"),
    "backup_keep": QT_TRANSLATE_NOOP("JournalField", "Copies gardées"),
    "count": QT_TRANSLATE_NOOP("JournalField", "Nombre"),
    "created": QT_TRANSLATE_NOOP("JournalField", "Créées"),
    "updated": QT_TRANSLATE_NOOP("JournalField", "Mises à jour"),
    "case": QT_TRANSLATE_NOOP("JournalField", "Dossier"),
    "text": QT_TRANSLATE_NOOP("JournalField", "Texte"),
    "reviewer": QT_TRANSLATE_NOOP("JournalField", "Validée par"),
}

# Labels already translated elsewhere, reused in their own context.
_BORROWED_FIELDS: dict[str, tuple[str, str]] = {
    "authority_reference": (
        "BreachSteps",
        QT_TRANSLATE_NOOP("BreachSteps", "Référence de l'autorité"),
    ),
    "delay_reason": ("BreachSteps", QT_TRANSLATE_NOOP("BreachSteps", "Motifs du retard")),
    "channel": ("BreachSteps", QT_TRANSLATE_NOOP("BreachSteps", "Canal")),
    "event": ("BreachSteps", QT_TRANSLATE_NOOP("BreachSteps", "Événement")),
    "at": ("JournalSection", QT_TRANSLATE_NOOP("JournalSection", "Date et heure")),
    "note": ("BreachSteps", QT_TRANSLATE_NOOP("BreachSteps", "Note")),
    # fields of any entity, capitalised as the columns' labels are
    "status": ("XlsxColumn", QT_TRANSLATE_NOOP("XlsxColumn", "Statut")),
    "notes": ("XlsxColumn", QT_TRANSLATE_NOOP("XlsxColumn", "Notes")),
    "attachment": ("RequestDetail", QT_TRANSLATE_NOOP("RequestDetail", "Pièce jointe n°")),
    "language": ("LetterDialog", QT_TRANSLATE_NOOP("LetterDialog", "Langue")),
    "sha256": ("XlsxColumn", QT_TRANSLATE_NOOP("XlsxColumn", "Empreinte (SHA-256)")),
}

_MORE_VALUES: dict[str, tuple[dict, str]] = {
    "authority": (breaches.AUTHORITY_LABELS, "Authority"),
    "duty": (breaches.DUTY_LABELS, "BreachDuty"),
    "phase": (breaches.NOTIFICATION_PHASE_LABELS, "NotificationPhase"),
    "channel": (breaches.COMMUNICATION_CHANNEL_LABELS, "CommunicationChannel"),
    "kind": (breaches.EVENT_KIND_LABELS, "EventKind"),
    "risk_computed": (breach_risk.RISK_LEVEL_LABELS, "RiskLevel"),
    "due_rule": (RULE_LABELS, "Deadline"),
    "deadline_rule": (breaches.BREACH_DEADLINE_LABELS, "BreachDeadline"),
    "due_regime": (REGIME_LABELS, "Regime"),
}


def _column(entity: str, field: str) -> xlsx_columns.Column | None:
    return next((c for c in _COLUMNS_BY_ENTITY.get(entity, ()) if c.key == field), None)


def field_label(entity: str, field: str) -> str:
    """A journaled field in the UI language; unknown ones (a newer version's) as stored."""
    column = _column(entity, field)
    if column is not None:
        return QCoreApplication.translate(xlsx_columns.HEADER_CONTEXT, column.header)
    if field in _BORROWED_FIELDS:
        context, text = _BORROWED_FIELDS[field]
        return QCoreApplication.translate(context, text)
    wording = _JOURNAL_FIELDS.get(field) or FIELD_LABELS.get(field)
    return QCoreApplication.translate("JournalField", wording) if wording else field


def _code_label(labels, context: str, code: Any) -> str | None:
    found = next((v for k, v in labels.items() if str(k) == str(code)), None)
    return QCoreApplication.translate(context, found) if found else None


def _value(entity: str, field: str, value: Any) -> str:
    if value in (None, ""):
        return "—"
    if value in ("modifié", "renseigné"):  # personal data: the journal says it changed
        return QCoreApplication.translate("RequestDetail", value)
    if value == "décidée":
        return QCoreApplication.translate("JournalField", "décidée")
    if isinstance(value, bool):
        return QCoreApplication.translate(
            xlsx_columns.HEADER_CONTEXT, xlsx_columns.YES if value else xlsx_columns.NO
        )
    column = _column(entity, field)
    labels: Mapping[Any, str]  # codes: plain strings, or the domain's string enums
    if column is not None and column.labels:
        labels, context = column.labels, column.label_context
    elif field in _MORE_VALUES:
        labels, context = _MORE_VALUES[field]
    elif field == "status" and entity == "letter":
        labels, context = DRAFT_STATUS_LABELS, "DraftStatus"
    elif field == "status":
        labels, context = REQUEST_STATUS_LABELS, "RequestStatus"
    else:
        labels, context = {}, ""
    if isinstance(value, list):
        return join_labels(
            (_code_label(labels, context, v) or str(v)) if v is not None else "—" for v in value
        )
    return _code_label(labels, context, value) or str(value)


# The working calendar's journal (services.requests.save_calendar): each part holds the
# days (or lunar holidays) gained, "+", and lost, "-".
_CALENDAR_PARTS = {
    "added": (
        QT_TRANSLATE_NOOP("JournalField", "Jour férié ajouté"),
        QT_TRANSLATE_NOOP("JournalField", "Ajout de jour férié annulé"),
    ),
    "closures": (
        QT_TRANSLATE_NOOP("JournalField", "Fermeture ajoutée"),
        QT_TRANSLATE_NOOP("JournalField", "Fermeture annulée"),
    ),
    "removed": (
        QT_TRANSLATE_NOOP("JournalField", "Jour férié officiel retiré"),
        QT_TRANSLATE_NOOP("JournalField", "Jour férié officiel rétabli"),
    ),
    "confirmed": (
        QT_TRANSLATE_NOOP("JournalField", "Fête lunaire confirmée"),
        QT_TRANSLATE_NOOP("JournalField", "Confirmation annulée"),
    ),
}


def _journal_day(value: Any) -> str:
    try:
        return short_date(date.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def _calendar_item(part: str, key: Any, value: Any) -> str:
    """One day (or lunar holiday) of a calendar change, in words."""
    if part == "confirmed":
        name = lunar_key_name(key)
        if not isinstance(value, dict):
            return name
        return QCoreApplication.translate(
            "JournalChanges", "{holiday}, premier jour le {first_day} (confirmé le {confirmed_on})"
        ).format(
            holiday=name,
            first_day=_journal_day(value.get("first_day")),
            confirmed_on=_journal_day(value.get("confirmed_on")),
        )
    day = _journal_day(key)
    if value:  # a holiday's or a closure's name, as the DPO typed it
        return QCoreApplication.translate("JournalChanges", "{date} ({name})").format(
            date=day, name=value
        )
    return day


def _calendar_changes(changes: dict) -> list[str]:
    """The calendar's days added, removed, confirmed; the GDPR's Member State."""
    parts = []
    for part, value in changes.items():
        if part == "member_state" and isinstance(value, list) and len(value) == 2:
            parts.append(
                QCoreApplication.translate("JournalChanges", "{field} : {before} → {after}").format(
                    field=QCoreApplication.translate(
                        "JournalField", "Jours fériés des délais du RGPD"
                    ),
                    before=member_state_name(value[0]),
                    after=member_state_name(value[1]),
                )
            )
            continue
        if part not in _CALENDAR_PARTS or not isinstance(value, dict):
            parts.extend(_generic_changes({part: value}, "calendar"))
            continue
        gained, lost = value.get("+") or {}, value.get("-") or []
        for items, which in (
            ([_calendar_item(part, k, v) for k, v in dict(gained).items()], 0),
            ([_calendar_item(part, k, None) for k in lost], 1),
        ):
            if items:
                parts.append(
                    QCoreApplication.translate("JournalChanges", "{field} : {value}").format(
                        field=QCoreApplication.translate(
                            "JournalField", _CALENDAR_PARTS[part][which]
                        ),
                        value=join_labels(items),
                    )
                )
    return parts


def _rules_changes(changes: dict) -> list[str]:
    """An upgrade's recomputation of open requests under new deadline rules."""
    parts = []
    for field, value in changes.items():
        if field == "version" and isinstance(value, list) and len(value) == 2:
            parts.append(
                QCoreApplication.translate("JournalChanges", "{field} : {before} → {after}").format(
                    field=QCoreApplication.translate("JournalField", "Version des règles"),
                    before=value[0] or "—",
                    after=value[1],
                )
            )
        elif field == "moved":
            parts.append(
                QCoreApplication.translate("JournalChanges", "{field} : {value}").format(
                    field=QCoreApplication.translate(
                        "JournalField", "Demandes ouvertes dont l'échéance a changé"
                    ),
                    value=value,
                )
            )
        else:
            parts.extend(_generic_changes({field: value}, "deadline_rules"))
    return parts


def describe_changes(changes: dict, entity: str = "") -> str:
    """One line: "Statut : Nouvelle → En cours de traitement ; Notes : modifié"."""
    if entity == "calendar":
        parts = _calendar_changes(changes)
    elif entity == "deadline_rules":
        parts = _rules_changes(changes)
    else:
        parts = _generic_changes(changes, entity)
    # Between two changed fields of one entry: " ; " in French, "; " in English, "؛ " in Arabic.
    return QCoreApplication.translate("JournalChanges", " ; ").join(parts)


def _generic_changes(changes: dict, entity: str) -> list[str]:
    parts = []
    for field, value in changes.items():
        name = field_label(entity, field)
        column = _column(entity, field)
        # [before, after] is a change; a list field's own value (two rights) is not: its
        # change is a pair of lists.
        if column is not None and column.kind == "list":
            change = isinstance(value, list) and len(value) == 2
            change = change and all(v is None or isinstance(v, list) for v in value)
        else:
            change = isinstance(value, list) and len(value) == 2
            change = change and not isinstance(value[0], list)
        # Punctuation and the arrow are the language's own: French spaces its colon, and
        # an Arabic line reads right to left, so its change arrow points left (←).
        if change:
            before, after = _value(entity, field, value[0]), _value(entity, field, value[1])
            parts.append(
                QCoreApplication.translate("JournalChanges", "{field} : {before} → {after}").format(
                    field=name, before=before, after=after
                )
            )
        else:
            parts.append(
                QCoreApplication.translate("JournalChanges", "{field} : {value}").format(
                    field=name, value=_value(entity, field, value)
                )
            )
    return parts


class JournalModel(PagedTableModel):
    COLUMNS = ("at", "actor", "action", "subject", "changes")

    def __init__(self, parent=None, *, page_size: int | None = None) -> None:
        super().__init__(parent, page_size=page_size)
        self.register: Register | None = None
        self.filter = JournalFilter()
        self.zone: tzinfo = organisation_zone()

    def set_source(self, register: Register, zone: tzinfo) -> None:
        self.register, self.zone = register, zone
        self.reload()

    def set_filter(self, flt: JournalFilter) -> None:
        self.filter = flt
        self.reload()

    def clear(self) -> None:
        self.register = None
        super().clear()

    def count_rows(self) -> int:
        return journal.count(self.register, self.filter) if self.register is not None else 0

    def fetch_rows(self, offset: int, limit: int) -> list[AuditEntry]:
        if self.register is None:
            return []
        return journal.page(self.register, self.filter, offset=offset, limit=limit)

    def columnCount(self, parent=None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("JournalSection", "Date et heure"),
            QCoreApplication.translate("JournalSection", "Auteur"),
            QCoreApplication.translate("JournalSection", "Action"),
            QCoreApplication.translate("JournalSection", "Objet"),
            QCoreApplication.translate("JournalSection", "Détail"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def cell(self, entry: AuditEntry, column: int, role: int) -> Any:
        key = self.COLUMNS[column]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "at":
                local = entry.at.replace(tzinfo=entry.at.tzinfo or UTC).astimezone(self.zone)
                return f"{short_date(local.date())} {local:%H:%M:%S}"
            if key == "actor":
                return entry.actor
            if key == "action":
                return action_label(entry.action)
            if key == "subject":
                return f"{entity_label(entry.entity)} {entry.entity_id}".strip()
            text = describe_changes(entry.changes, entry.entity)
            return text if len(text) <= MAX_DETAIL else text[: MAX_DETAIL - 1] + "…"
        if role == Qt.ItemDataRole.ToolTipRole and key == "changes":
            return describe_changes(entry.changes, entry.entity) or None
        if role == Qt.ItemDataRole.ForegroundRole and key == "at":
            return QColor(style.TEXT_SECONDARY)
        return None


class JournalSection(Section):
    key = "journal"
    icon_name = "journal"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = JournalModel(self)
        column = QVBoxLayout(self)
        column.setContentsMargins(28, 24, 28, 24)
        column.setSpacing(12)

        heading = QHBoxLayout()
        heading.addWidget(label(self.tr("Journal"), "title"))
        self.count_label = label("", "secondary")
        heading.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        heading.addStretch(1)
        self.verify_button = QPushButton(self.tr("Vérifier la chaîne"))
        self.verify_button.clicked.connect(self.verify)
        heading.addWidget(self.verify_button)
        # Export of the entries the filters keep, with the chain's state on the cover.
        self.export_button, _ = add_excel_buttons(
            self, heading, export="journal", journal_filter=lambda: self.model.filter
        )
        column.addLayout(heading)

        column.addWidget(
            label(
                self.tr(
                    "Chaque modification du registre, avec son auteur et l'heure. Les entrées "
                    "sont chaînées : une entrée modifiée, supprimée ou insérée après coup "
                    "rompt la chaîne à cet endroit. Les données personnelles n'y sont pas "
                    "recopiées : le journal dit qu'elles ont changé, pas leur contenu."
                ),
                "secondary",
                wrap=True,
            )
        )
        self.chain_message = InlineMessage()
        column.addWidget(self.chain_message)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Référence (DSR-…, VIO-…)"))
        self.search.setClearButtonEnabled(True)
        self.entity_box = QComboBox()
        self.action_box = QComboBox()
        self.actor_box = QComboBox()
        filters.addWidget(self.search, 2)
        for box in (self.entity_box, self.action_box, self.actor_box):
            filters.addWidget(box, 1)
            box.currentIndexChanged.connect(self._apply_filter)
        column.addLayout(filters)
        # Wait for typing to pause before querying: one query per word, not per key.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(self._debounce.start)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setStyleSheet(TABLE_STYLESHEET.replace("QTableWidget", "QTableView"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        for index, width in enumerate((180, 100, 200, 160)):
            header.resizeSection(index, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        column.addWidget(self.table, 1)
        self._filling = False

    def title(self) -> str:
        return self.tr("Journal")

    def set_register(self, register: Register) -> None:
        super().set_register(register)
        organisation = register_service.load_organisation(register)
        zone = organisation_zone(organisation.timezone if organisation else None)
        self._fill_filters()
        self.model.set_source(register, zone)
        self._show_count()
        self.chain_message.clear_message()

    def clear(self) -> None:
        self.model.clear()
        self._filling = True
        for box in (self.entity_box, self.action_box, self.actor_box):
            box.clear()
        self._filling = False
        self.search.clear()
        self.count_label.clear()
        self.chain_message.clear_message()
        super().clear()

    def showEvent(self, event) -> None:  # noqa: N802 — Qt override
        # New entries are written by every other screen: show them when coming back.
        super().showEvent(event)
        if self.register is not None:
            self.model.reload()
            self._show_count()

    def _fill_filters(self) -> None:
        if self.register is None:
            return
        facets = journal.facets(self.register)
        self._filling = True
        for box, everything, values, name in (
            (self.entity_box, self.tr("Tous les objets"), facets.entities, entity_label),
            (self.action_box, self.tr("Toutes les actions"), facets.actions, action_label),
            (self.actor_box, self.tr("Tous les auteurs"), facets.actors, str),
        ):
            box.clear()
            box.addItem(everything, "")
            for value in values:
                box.addItem(name(value), value)
        self._filling = False

    def _apply_filter(self) -> None:
        if self._filling or self.register is None:
            return
        self.model.set_filter(
            JournalFilter(
                entity=self.entity_box.currentData() or "",
                action=self.action_box.currentData() or "",
                actor=self.actor_box.currentData() or "",
                entity_id=self.search.text(),
            )
        )
        self._show_count()

    def _show_count(self) -> None:
        self.count_label.setText(
            QCoreApplication.translate(
                "JournalSection", "%n entrée(s)", None, self.model.rowCount()
            )
        )

    def verify(self) -> None:
        """Walk the whole chain now and say, in words, whether it holds."""
        if self.register is None:
            return
        status = journal.chain_status(self.register)
        if status.intact:
            self.chain_message.show_message(
                self.tr(
                    "Chaîne intacte : %n entrée(s) vérifiée(s). Empreinte de tête : {head}",
                    None,
                    status.entries,
                ).format(head=status.head[:16] + "…"),
                "success",
            )
            self.status_message.emit(self.tr("Journal vérifié : chaîne intacte."))
        else:
            self.chain_message.show_message(
                self.tr(
                    "Chaîne rompue à l'entrée n° {entry} : le journal a été modifié en dehors "
                    "de DPO Desk à partir de cet endroit. Conservez ce fichier tel quel et "
                    "comparez-le à votre dernière sauvegarde."
                ).format(entry=status.broken_at),
                "error",
            )
