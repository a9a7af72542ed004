"""The columns of the Excel registers: one tuple of :class:`Column` per register.

Shared by the export (``documents/xlsx_export.py``) and the import
(``documents/xlsx_import.py``): an exported workbook can be read back because both sides
use these specifications. Keep keys and headers stable: a renamed header is a workbook
the import no longer recognises.

Layout: the requests and breach registers list what GDPR Arts. 12-22 and 33(5) ask a
controller to be able to show; the activities sheet follows the CNIL model register
(GDPR Art. 30(1)) plus the items of a CNDP declaration (Law 09-08 art. 15: regime,
receipt, rights service); processors follow GDPR Art. 28(3); transfers Law 09-08
arts. 43-44 and GDPR Arts. 44-49.

**Translation of headers.** ``Column.header`` is a French message id in the context
:data:`HEADER_CONTEXT` (``"XlsxColumn"``), marked with ``QT_TRANSLATE_NOOP`` so
pyside6-lupdate collects it into the ``.ts`` files. The export writes
``translate(HEADER_CONTEXT, column.header)``, with ``translate`` the GUI's
``QCoreApplication.translate`` (identity, hence French, on the command line). The
import recognises a header by comparing it with the French msgid and with its
translation in each shipped language (load the ``.qm`` with a ``QTranslator`` and call
``translate(HEADER_CONTEXT, header)``); compare after :func:`header_key`.

Enumerated values are written as their labels, never as their stored codes: ``labels``
maps each code to its French label msgid, translated in ``label_context`` (the enum's
class name, as everywhere in the domain). Booleans are written as :data:`YES` / :data:`NO`
in the context ``"XlsxColumn"``. Lists are joined by :data:`LIST_SEPARATOR` (a line
break), each item on its own line of the cell.

Kinds:

- ``text``: free text; ``wrap`` columns wrap their long values.
- ``date``: a real Excel date (number format ``yyyy-mm-dd``).
- ``datetime``: a real Excel date-time (``yyyy-mm-dd hh:mm``), naive, in the
  organisation's zone, which the cover sheet names.
- ``int``: a number.
- ``bool``: "Oui" / "Non" (translated).
- ``enum``: one code, written as its label.
- ``list``: several values, one per line; with ``labels``, codes written as labels.

Composite list items are written ``part — part`` (:data:`PART_SEPARATOR`):
purposes ``description — legal basis label[ — justification]``, recipients
``kind label — name``, retention ``category label — duration and trigger[ — scope]``,
an activity's transfers ``country — mechanism label``, a breach's notifications
``authority — phase — sent at[ — reference]`` and communications
``channel — sent at — audience``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, TypeVar, get_args

from dpo_desk.domain import breach_risk, breaches, deadlines, journal, records
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.domain.requests import model as rr
from dpo_desk.domain.requests import workflow as requests

REGISTER_KINDS = ("requests", "breaches", "activities", "processors", "transfers")

HEADER_CONTEXT = "XlsxColumn"

ColumnKind = Literal["text", "date", "datetime", "int", "list", "bool", "enum"]
KINDS: frozenset[str] = frozenset(get_args(ColumnKind))

LIST_SEPARATOR = "\n"
PART_SEPARATOR = " — "

YES = QT_TRANSLATE_NOOP("XlsxColumn", "Oui")
NO = QT_TRANSLATE_NOOP("XlsxColumn", "Non")


@dataclass(frozen=True)
class Column:
    """One column of a register sheet.

    ``key`` names the domain field the value comes from (``RightsRequest.received_on``,
    ``ActivityDetails.purposes``…); derived columns say what they hold (``notifications``).
    ``width`` is in Excel character units.
    """

    key: str
    header: str  # French msgid, context HEADER_CONTEXT
    kind: ColumnKind
    width: float = 18
    wrap: bool = False
    labels: Mapping[str, str] | None = None  # code -> French label msgid
    label_context: str = ""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown column kind {self.kind!r}")
        if self.kind == "enum" and not self.labels:
            raise ValueError(f"enum column {self.key!r} needs labels")


def header_key(text: str) -> str:
    """How a header is compared on import: case, accents and spacing do not matter
    ("Date de réception" == "date de reception")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.replace("’", "'").split())


_Code = TypeVar("_Code", bound=str)  # an enum's StrEnum, or plain codes


def _c(
    key: str,
    header: str,
    kind: ColumnKind = "text",
    width: float = 18,
    wrap: bool = False,
    labels: Mapping[_Code, str] | None = None,
    context: str = "",
) -> Column:
    # The domain's tables are keyed by their StrEnum; a column holds the stored codes.
    codes = None if labels is None else {str(code): msgid for code, msgid in labels.items()}
    return Column(key, header, kind, width, wrap, codes, context)


_H = HEADER_CONTEXT

# ----------------------------------------------------------------------------- requests
# The requests register: every request, its regimes and rights, what was done and when.

REQUEST_COLUMNS: tuple[Column, ...] = (
    _c("reference", QT_TRANSLATE_NOOP("XlsxColumn", "Référence"), width=15),
    _c("received_on", QT_TRANSLATE_NOOP("XlsxColumn", "Date de réception"), "date", 12),
    _c("regimes", QT_TRANSLATE_NOOP("XlsxColumn", "Régimes"), "list", 12, True,
       requests.REGIME_LABELS, "Regime"),
    _c("rights", QT_TRANSLATE_NOOP("XlsxColumn", "Droits exercés"), "list", 26, True,
       requests.RIGHT_LABELS, "Right"),
    _c("channel", QT_TRANSLATE_NOOP("XlsxColumn", "Canal de réception"), "enum", 16,
       labels=requests.CHANNEL_LABELS, context="Channel"),
    _c("requester_name", QT_TRANSLATE_NOOP("XlsxColumn", "Demandeur"), width=24),
    _c("requester_role", QT_TRANSLATE_NOOP("XlsxColumn", "Qualité du demandeur"), "enum", 18,
       labels=rr.REQUESTER_ROLE_LABELS, context="RequesterRole"),
    _c("requester_email", QT_TRANSLATE_NOOP("XlsxColumn", "E-mail du demandeur"), width=26),
    _c("requester_phone", QT_TRANSLATE_NOOP("XlsxColumn", "Téléphone du demandeur"), width=16),
    _c("requester_address", QT_TRANSLATE_NOOP("XlsxColumn", "Adresse du demandeur"), width=30, wrap=True),
    _c("subject_name", QT_TRANSLATE_NOOP("XlsxColumn", "Personne concernée"), width=22),
    _c("identity_status", QT_TRANSLATE_NOOP("XlsxColumn", "Vérification d'identité"), "enum", 20,
       labels=requests.IDENTITY_STATUS_LABELS, context="IdentityStatus"),
    _c("identity_method", QT_TRANSLATE_NOOP("XlsxColumn", "Moyen de vérification"), width=20, wrap=True),
    _c("identity_checked_on", QT_TRANSLATE_NOOP("XlsxColumn", "Identité vérifiée le"), "date", 12),
    _c("status", QT_TRANSLATE_NOOP("XlsxColumn", "Statut"), "enum", 20,
       labels=requests.REQUEST_STATUS_LABELS, context="RequestStatus"),
    _c("refusal_reason", QT_TRANSLATE_NOOP("XlsxColumn", "Motif de refus"), "enum", 24,
       labels=requests.REFUSAL_REASON_LABELS, context="RefusalReason"),
    _c("due_on", QT_TRANSLATE_NOOP("XlsxColumn", "Échéance"), "date", 12),
    _c("due_basis", QT_TRANSLATE_NOOP("XlsxColumn", "Fondement de l'échéance"), "enum", 16,
       labels=deadlines.BASIS_LABELS, context="Deadline"),
    _c("extended_on", QT_TRANSLATE_NOOP("XlsxColumn", "Prorogée le"), "date", 12),
    _c("extension_reason", QT_TRANSLATE_NOOP("XlsxColumn", "Motif de la prorogation"), width=30, wrap=True),
    _c("answered_on", QT_TRANSLATE_NOOP("XlsxColumn", "Répondue le"), "date", 12),
    _c("answer_channel", QT_TRANSLATE_NOOP("XlsxColumn", "Canal de réponse"), "enum", 16,
       labels=requests.CHANNEL_LABELS, context="Channel"),
    _c("closed_on", QT_TRANSLATE_NOOP("XlsxColumn", "Clôturée le"), "date", 12),
    _c("assignee", QT_TRANSLATE_NOOP("XlsxColumn", "Chargé du dossier"), width=18),
    _c("notes", QT_TRANSLATE_NOOP("XlsxColumn", "Notes"), width=40, wrap=True),
    _c("created_at", QT_TRANSLATE_NOOP("XlsxColumn", "Créée le"), "datetime", 17),
    _c("updated_at", QT_TRANSLATE_NOOP("XlsxColumn", "Modifiée le"), "datetime", 17),
    # The organisation's own number ("REQ-001"), kept by an import (0012); last, so that
    # the other columns keep their letters.
    _c("external_reference", QT_TRANSLATE_NOOP("XlsxColumn", "Référence externe"), width=15),
)  # fmt: skip

# ----------------------------------------------------------------------------- breaches
# The breach register of GDPR Art. 33(5): facts, effects and remedial action, whether
# notified or not, with the reasons of a decision not to notify.

BREACH_COLUMNS: tuple[Column, ...] = (
    _c("reference", QT_TRANSLATE_NOOP("XlsxColumn", "Référence"), width=15),
    _c("title", QT_TRANSLATE_NOOP("XlsxColumn", "Intitulé"), width=30, wrap=True),
    _c("regimes", QT_TRANSLATE_NOOP("XlsxColumn", "Régimes"), "list", 12, True,
       requests.REGIME_LABELS, "Regime"),
    _c("status", QT_TRANSLATE_NOOP("XlsxColumn", "Statut"), "enum", 20,
       labels=breaches.BREACH_STATUS_LABELS, context="BreachStatus"),
    _c("started_at", QT_TRANSLATE_NOOP("XlsxColumn", "Début de la violation"), "datetime", 17),
    _c("discovered_at", QT_TRANSLATE_NOOP("XlsxColumn", "Découverte le"), "datetime", 17),
    _c("aware_at", QT_TRANSLATE_NOOP("XlsxColumn", "Prise de connaissance"), "datetime", 17),
    _c("notify_by", QT_TRANSLATE_NOOP("XlsxColumn", "Notification due avant"), "datetime", 17),
    _c("description", QT_TRANSLATE_NOOP("XlsxColumn", "Description"), width=40, wrap=True),
    _c("confidentiality", QT_TRANSLATE_NOOP("XlsxColumn", "Atteinte à la confidentialité"), "bool", 12),
    _c("integrity", QT_TRANSLATE_NOOP("XlsxColumn", "Atteinte à l'intégrité"), "bool", 12),
    _c("availability", QT_TRANSLATE_NOOP("XlsxColumn", "Atteinte à la disponibilité"), "bool", 12),
    _c("subject_categories", QT_TRANSLATE_NOOP("XlsxColumn", "Catégories de personnes"), "list", 24, True),
    _c("subjects_count", QT_TRANSLATE_NOOP("XlsxColumn", "Nombre de personnes"), "int", 12),
    _c("record_categories", QT_TRANSLATE_NOOP("XlsxColumn", "Catégories d'enregistrements"), "list", 24,
       True),
    _c("records_count", QT_TRANSLATE_NOOP("XlsxColumn", "Nombre d'enregistrements"), "int", 12),
    _c("data_categories", QT_TRANSLATE_NOOP("XlsxColumn", "Catégories de données"), "list", 30, True,
       breach_risk.DATA_CATEGORY_LABELS, "DataCategory"),
    _c("minors", QT_TRANSLATE_NOOP("XlsxColumn", "Mineurs concernés"), "bool", 10),
    _c("consequences", QT_TRANSLATE_NOOP("XlsxColumn", "Conséquences probables"), width=36, wrap=True),
    _c("measures_taken", QT_TRANSLATE_NOOP("XlsxColumn", "Mesures prises"), width=36, wrap=True),
    _c("measures_proposed", QT_TRANSLATE_NOOP("XlsxColumn", "Mesures envisagées"), width=36, wrap=True),
    _c("processors", QT_TRANSLATE_NOOP("XlsxColumn", "Sous-traitants impliqués"), "list", 20, True),
    _c("risk_level", QT_TRANSLATE_NOOP("XlsxColumn", "Niveau de risque"), "enum", 16,
       labels=breach_risk.RISK_LEVEL_LABELS, context="RiskLevel"),
    _c("risk_justification", QT_TRANSLATE_NOOP("XlsxColumn", "Justification du risque"), width=30,
       wrap=True),
    _c("risk_assessed_at", QT_TRANSLATE_NOOP("XlsxColumn", "Risque évalué le"), "datetime", 17),
    _c("notifications", QT_TRANSLATE_NOOP("XlsxColumn", "Notifications à l'autorité"), "list", 34, True),
    _c("no_notification_reasons", QT_TRANSLATE_NOOP("XlsxColumn", "Motifs de non-notification"),
       width=30, wrap=True),
    _c("communications", QT_TRANSLATE_NOOP("XlsxColumn", "Communications aux personnes"), "list", 34,
       True),
    _c("art34_exception", QT_TRANSLATE_NOOP("XlsxColumn", "Exception de l'art. 34(3)"), "enum", 30,
       labels=breaches.ART34_EXCEPTION_LABELS, context="Art34Exception"),
    _c("art34_justification", QT_TRANSLATE_NOOP("XlsxColumn", "Justification de l'exception"), width=30,
       wrap=True),
    _c("dgssi_applies", QT_TRANSLATE_NOOP("XlsxColumn", "Déclaration DGSSI requise"), "bool", 12),
    _c("dgssi_declared_at", QT_TRANSLATE_NOOP("XlsxColumn", "Déclarée à la DGSSI le"), "datetime", 17),
    _c("dgssi_reference", QT_TRANSLATE_NOOP("XlsxColumn", "Référence DGSSI"), width=16),
    _c("remedial_actions", QT_TRANSLATE_NOOP("XlsxColumn", "Mesures correctrices"), width=36, wrap=True),
    _c("closed_at", QT_TRANSLATE_NOOP("XlsxColumn", "Clôturée le"), "datetime", 17),
)  # fmt: skip

# ----------------------------------------------------------------------------- activities
# One row per activity, the CNIL model's sheet flattened; composite items (a purpose
# with its basis, a recipient with its kind, a retention rule) are one line each.

ACTIVITY_COLUMNS: tuple[Column, ...] = (
    _c("id", QT_TRANSLATE_NOOP("XlsxColumn", "N°"), "int", 6),
    _c("name", QT_TRANSLATE_NOOP("XlsxColumn", "Traitement"), width=28, wrap=True),
    _c("description", QT_TRANSLATE_NOOP("XlsxColumn", "Description"), width=36, wrap=True),
    _c("owner_department", QT_TRANSLATE_NOOP("XlsxColumn", "Service responsable"), width=20),
    _c("joint_controller", QT_TRANSLATE_NOOP("XlsxColumn", "Responsable conjoint"), width=20),
    _c("software", QT_TRANSLATE_NOOP("XlsxColumn", "Logiciels utilisés"), width=20),
    _c("purposes", QT_TRANSLATE_NOOP("XlsxColumn", "Finalités et bases légales"), "list", 44, True),
    _c("subject_categories", QT_TRANSLATE_NOOP("XlsxColumn", "Catégories de personnes"), "list", 24, True),
    _c("data_categories", QT_TRANSLATE_NOOP("XlsxColumn", "Catégories de données"), "list", 34, True,
       records.DATA_CATEGORY_LABELS, "DataCategory"),
    _c("minors", QT_TRANSLATE_NOOP("XlsxColumn", "Données de mineurs"), "bool", 10),
    _c("sources", QT_TRANSLATE_NOOP("XlsxColumn", "Sources des données"), "list", 22, True),
    _c("recipients", QT_TRANSLATE_NOOP("XlsxColumn", "Destinataires"), "list", 30, True),
    _c("retention", QT_TRANSLATE_NOOP("XlsxColumn", "Durées de conservation"), "list", 36, True),
    _c("transfers", QT_TRANSLATE_NOOP("XlsxColumn", "Transferts hors du Maroc"), "list", 28, True),
    _c("processors", QT_TRANSLATE_NOOP("XlsxColumn", "Sous-traitants"), "list", 22, True),
    _c("security_measures", QT_TRANSLATE_NOOP("XlsxColumn", "Mesures de sécurité"), "list", 30, True,
       records.SECURITY_MEASURE_LABELS, "SecurityMeasure"),
    _c("security_notes", QT_TRANSLATE_NOOP("XlsxColumn", "Précisions sur la sécurité"), width=30,
       wrap=True),
    _c("rights_service", QT_TRANSLATE_NOOP("XlsxColumn", "Service d'exercice des droits"), width=22),
    _c("interconnections", QT_TRANSLATE_NOOP("XlsxColumn", "Interconnexions"), width=24, wrap=True),
    _c("collected_for", QT_TRANSLATE_NOOP("XlsxColumn", "Finalité d'origine (réutilisation)"), width=24,
       wrap=True),
    _c("cndp_regime", QT_TRANSLATE_NOOP("XlsxColumn", "Régime CNDP"), "enum", 20,
       labels=records.CNDP_REGIME_LABELS, context="CndpRegime"),
    _c("cndp_receipt", QT_TRANSLATE_NOOP("XlsxColumn", "Récépissé CNDP"), width=16),
    _c("cndp_receipt_on", QT_TRANSLATE_NOOP("XlsxColumn", "Date du récépissé"), "date", 12),
    _c("dpia_required", QT_TRANSLATE_NOOP("XlsxColumn", "AIPD requise"), "bool", 10),
    _c("dpia_done", QT_TRANSLATE_NOOP("XlsxColumn", "AIPD réalisée"), "bool", 10),
    _c("dpia_done_on", QT_TRANSLATE_NOOP("XlsxColumn", "AIPD réalisée le"), "date", 12),
    _c("last_reviewed_on", QT_TRANSLATE_NOOP("XlsxColumn", "Dernière revue"), "date", 12),
    _c("notes", QT_TRANSLATE_NOOP("XlsxColumn", "Notes"), width=36, wrap=True),
    _c("created_at", QT_TRANSLATE_NOOP("XlsxColumn", "Créé le"), "datetime", 17),
    _c("updated_at", QT_TRANSLATE_NOOP("XlsxColumn", "Mis à jour le"), "datetime", 17),
)  # fmt: skip

# ----------------------------------------------------------------------------- processors

PROCESSOR_COLUMNS: tuple[Column, ...] = (
    _c("id", QT_TRANSLATE_NOOP("XlsxColumn", "N°"), "int", 6),
    _c("name", QT_TRANSLATE_NOOP("XlsxColumn", "Sous-traitant"), width=24),
    _c("service", QT_TRANSLATE_NOOP("XlsxColumn", "Prestation"), width=30, wrap=True),
    _c("contact", QT_TRANSLATE_NOOP("XlsxColumn", "Contact"), width=24, wrap=True),
    _c("dpo_contact", QT_TRANSLATE_NOOP("XlsxColumn", "Contact du DPO"), width=24, wrap=True),
    _c("countries", QT_TRANSLATE_NOOP("XlsxColumn", "Pays de traitement"), "list", 12, True),
    _c("data_categories", QT_TRANSLATE_NOOP("XlsxColumn", "Catégories de données"), "list", 34, True,
       records.DATA_CATEGORY_LABELS, "DataCategory"),
    _c("dpa_signed", QT_TRANSLATE_NOOP("XlsxColumn", "Contrat signé"), "bool", 10),
    _c("dpa_signed_on", QT_TRANSLATE_NOOP("XlsxColumn", "Signé le"), "date", 12),
    _c("contract_ends_on", QT_TRANSLATE_NOOP("XlsxColumn", "Fin du contrat prévue"), "date", 12),
    _c("clauses", QT_TRANSLATE_NOOP("XlsxColumn", "Clauses de l'art. 28(3)"), "list", 40, True,
       records.ART28_CLAUSE_LABELS, "Art28Clause"),
    _c("certifications", QT_TRANSLATE_NOOP("XlsxColumn", "Certifications"), "list", 20, True),
    _c("sub_processors", QT_TRANSLATE_NOOP("XlsxColumn", "Sous-traitants ultérieurs"), "list", 22, True),
    _c("next_review_on", QT_TRANSLATE_NOOP("XlsxColumn", "Prochaine revue"), "date", 12),
    _c("status", QT_TRANSLATE_NOOP("XlsxColumn", "Statut"), "enum", 14,
       labels=records.PROCESSOR_STATUS_LABELS, context="ProcessorStatus"),
    _c("ended_on", QT_TRANSLATE_NOOP("XlsxColumn", "Contrat terminé le"), "date", 12),
    _c("data_outcome", QT_TRANSLATE_NOOP("XlsxColumn", "Sort des données"), "enum", 18,
       labels=records.DATA_OUTCOME_LABELS, context="DataOutcome"),
    _c("data_outcome_on", QT_TRANSLATE_NOOP("XlsxColumn", "Restituées ou supprimées le"), "date", 12),
    _c("activities", QT_TRANSLATE_NOOP("XlsxColumn", "Traitements concernés"), "list", 28, True),
    _c("notes", QT_TRANSLATE_NOOP("XlsxColumn", "Notes"), width=36, wrap=True),
)  # fmt: skip

# ----------------------------------------------------------------------------- transfers

TRANSFER_COLUMNS: tuple[Column, ...] = (
    _c("id", QT_TRANSLATE_NOOP("XlsxColumn", "N°"), "int", 6),
    _c("country", QT_TRANSLATE_NOOP("XlsxColumn", "Pays de destination"), width=10),
    _c("mechanism", QT_TRANSLATE_NOOP("XlsxColumn", "Mécanisme d'encadrement"), "enum", 30,
       labels=records.TRANSFER_MECHANISM_LABELS, context="TransferMechanism"),
    _c("derogation", QT_TRANSLATE_NOOP("XlsxColumn", "Dérogation invoquée"), "enum", 30,
       labels=records.DEROGATION_LABELS, context="Derogation"),
    _c("law_exception", QT_TRANSLATE_NOOP("XlsxColumn", "Exception de la loi 09-08"), "enum", 30,
       labels=records.LAW_EXCEPTION_LABELS, context="Law0908Exception"),
    _c("reference", QT_TRANSLATE_NOOP("XlsxColumn", "Référence (F118, clauses…)"), width=22),
    _c("activity", QT_TRANSLATE_NOOP("XlsxColumn", "Traitement"), width=26),
    _c("processor", QT_TRANSLATE_NOOP("XlsxColumn", "Sous-traitant"), width=22),
    _c("notes", QT_TRANSLATE_NOOP("XlsxColumn", "Notes"), width=36, wrap=True),
    _c("created_at", QT_TRANSLATE_NOOP("XlsxColumn", "Enregistré le"), "datetime", 17),
)  # fmt: skip

# ----------------------------------------------------------------------------- journal
# Not a register (never imported): the audit journal, as filtered on the Journal screen.

JOURNAL_COLUMNS: tuple[Column, ...] = (
    _c("id", QT_TRANSLATE_NOOP("XlsxColumn", "N°"), "int", 8),
    _c("at", QT_TRANSLATE_NOOP("XlsxColumn", "Date et heure"), "datetime", 18),
    _c("actor", QT_TRANSLATE_NOOP("XlsxColumn", "Auteur"), width=18),
    _c("action", QT_TRANSLATE_NOOP("XlsxColumn", "Action"), "enum", 22,
       labels=journal.ACTION_LABELS, context="JournalAction"),
    _c("entity", QT_TRANSLATE_NOOP("XlsxColumn", "Objet"), "enum", 16,
       labels=journal.ENTITY_LABELS, context="JournalEntity"),
    _c("entity_id", QT_TRANSLATE_NOOP("XlsxColumn", "Identifiant"), width=18),
    _c("changes", QT_TRANSLATE_NOOP("XlsxColumn", "Détail"), width=60, wrap=True),
    _c("hash", QT_TRANSLATE_NOOP("XlsxColumn", "Empreinte (SHA-256)"), width=66),
)  # fmt: skip

COLUMNS_BY_KIND: dict[str, tuple[Column, ...]] = {
    "requests": REQUEST_COLUMNS,
    "breaches": BREACH_COLUMNS,
    "activities": ACTIVITY_COLUMNS,
    "processors": PROCESSOR_COLUMNS,
    "transfers": TRANSFER_COLUMNS,
}

# Sheet titles (Excel: at most 31 characters, none of []:*?/\).
SHEET_TITLES: dict[str, str] = {
    "requests": QT_TRANSLATE_NOOP("XlsxSheet", "Demandes"),
    "breaches": QT_TRANSLATE_NOOP("XlsxSheet", "Violations"),
    "activities": QT_TRANSLATE_NOOP("XlsxSheet", "Traitements"),
    "processors": QT_TRANSLATE_NOOP("XlsxSheet", "Sous-traitants"),
    "transfers": QT_TRANSLATE_NOOP("XlsxSheet", "Transferts"),
    "journal": QT_TRANSLATE_NOOP("XlsxSheet", "Journal"),
}
COVER_TITLE = QT_TRANSLATE_NOOP("XlsxSheet", "Page de garde")
