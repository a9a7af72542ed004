"""Importing a DPO's spreadsheet into the registers: plan (read, map, validate), then apply.

All or nothing: :func:`plan_import` reads and validates *every* row before anything is
written and lists the problems as (sheet, row, column, problem); :func:`apply_import`
writes in ONE transaction, and refuses while a row is invalid unless the caller chose
``skip_invalid``. Duplicates (same name, in the register or twice in the file) are
skipped or update the existing entry, as the caller chooses. The journal gets one entry
per created or updated record (as a form save would) and one ``import`` entry with the
file's name and the counts, never values.

Supported targets: ``activities``, ``processors`` and ``requests``. Link columns (an
activity's processors and transfers, a processor's activities) and a processor's
contract state (status, end, data outcome) are not imported: they are recorded by their
own actions; the plan lists them (``not_imported``). Requests keep a valid
DSR-YYYY-NNNN reference (else get the next one); any other reference ("REQ-001") is kept
as the request's external reference. Their follow-up (status, identity, extension,
answer, closure) is stored as the file states it, cross-checked (closed needs a closure
date, a new request has none), and their deadline is recomputed (see
:class:`ImportedRequest`). Duplicates are found by name (activities, processors, case-
and spacing-insensitive), reference or external reference.

Nothing is dropped silently: a column no field takes and that holds values is listed in
``ImportPlan.unmapped``; the caller maps it, sends it to the notes (:data:`NOTES`: each
value appended as a "Header : value" line) or ignores it knowingly (``unmapped=``).
Hidden sheets and the reader's notices (macros ignored, rows past the end…) are carried
by the plan for its report.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dpo_desk.documents import xlsx_columns as cols
from dpo_desk.documents import xlsx_import as xi
from dpo_desk.documents import xlsx_values as xv
from dpo_desk.domain import records as reg
from dpo_desk.domain.clock import Clock, SystemClock
from dpo_desk.domain.errors import UserError, ValidationError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.domain.references import REQUEST_PREFIX, format_reference, parse_reference
from dpo_desk.services import journal
from dpo_desk.services import records as book
from dpo_desk.storage import imports as store
from dpo_desk.storage import records as repo
from dpo_desk.storage.database import Register

if TYPE_CHECKING:  # the requests' modules are imported when requests are imported
    from dpo_desk.domain.requests.model import RequestIntake

TARGETS = ("activities", "processors", "requests")
DUPLICATE_CHOICES = ("skip", "update")
UNMAPPED_CHOICES = ("notes", "ignore")
# A mapping value besides the field keys: the column's values go to the notes, one
# "Header : value" line each, after the notes column's own text.
NOTES = "@notes"

ERR_UNKNOWN_TARGET = QT_TRANSLATE_NOOP(
    "Errors",
    "Registre inconnu pour l'import : {target} (traitements, sous-traitants ou demandes).",
)
ERR_INVALID_ROWS = QT_TRANSLATE_NOOP(
    "Errors",
    # The count follows a label ("… : 3"), so the sentence needs no plural form.
    "Lignes invalides : {count}. Rien n'a été importé. Corrigez le fichier ou choisissez "
    "d'ignorer les lignes invalides.",
)
ERR_REQUIRED_UNMAPPED = QT_TRANSLATE_NOOP(
    "Errors", "Aucune colonne n'est associée au champ obligatoire « {name} »."
)
ERR_DUPLICATE_MAPPING = QT_TRANSLATE_NOOP(
    "Errors", "Le champ « {name} » est associé à plusieurs colonnes."
)
PROBLEM_DUPLICATE_REFERENCE = QT_TRANSLATE_NOOP(
    "ImportProblem", "Doublon dans le fichier : même référence qu'à la ligne {row}."
)
PROBLEM_REQUIRED = QT_TRANSLATE_NOOP("ImportProblem", "Valeur obligatoire manquante.")
PROBLEM_DUPLICATE_IN_FILE = QT_TRANSLATE_NOOP(
    "ImportProblem", "Doublon dans le fichier : même nom qu'à la ligne {row}."
)
PROBLEM_PART = QT_TRANSLATE_NOOP(
    "ImportProblem", "« {value} » : attendu « {expected} » (parties séparées par « — »)."
)
PROBLEM_RETENTION = QT_TRANSLATE_NOOP(
    "ImportProblem", "« {value} » : durée illisible (ex. « 3 ans après la fin du contrat »)."
)
PROBLEM_CLOSED_WITHOUT_DATE = QT_TRANSLATE_NOOP(
    "ImportProblem", "Demande clôturée sans date de clôture : indiquez la date de clôture."
)
PROBLEM_CLOSURE_DATE_WHEN_NEW = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "Date de clôture ({value}) pour une demande au statut « Nouvelle » : indiquez le "
    "statut de la demande ou retirez la date.",
)
PROBLEM_TWO_EXTERNAL_REFERENCES = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "« {value} » n'est pas une référence DSR-AAAA-NNNN et la référence externe de la ligne "
    "est déjà « {external} ».",
)
PROBLEM_DUPLICATE_EXTERNAL = QT_TRANSLATE_NOOP(
    "ImportProblem", "Doublon dans le fichier : même référence externe qu'à la ligne {row}."
)
ERR_ONLY_HIDDEN = QT_TRANSLATE_NOOP(
    "Errors",
    "Le classeur n'a de données que dans des feuilles masquées ({sheets}) : lisez aussi "
    "les feuilles masquées pour l'importer.",
)
ERR_UNMAPPED_COLUMNS = QT_TRANSLATE_NOOP(
    "Errors",
    "Colonnes non reconnues, dont les valeurs seraient perdues : {columns}. Associez-les à "
    "un champ, envoyez-les aux notes (--unmapped notes) ou ignorez-les (--unmapped ignore).",
)


class MappingError(ValidationError):
    """The column mapping is unusable; ``name`` is a field label, translated with it."""

    translated_values = ("name",)


# ----------------------------------------------------------------------------- fields


@dataclass(frozen=True)
class ImportField:
    key: str
    label: str  # French msgid, context "XlsxColumn"
    kind: str  # text, date, bool, list, choices (list of enum), enum, purposes, recipients…
    required: bool = False
    labels: dict[str, str] | None = None  # code -> French label msgid
    synonyms: tuple[str, ...] = ()
    extra: dict[str, str] | None = None  # value synonyms -> code ("Accès": right of access)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.label, *self.synonyms)


def _from_columns(
    columns: Sequence[cols.Column], key: str, kind: str | None = None, **extra: Any
) -> ImportField:
    column = next(c for c in columns if c.key == key)
    if kind is None:
        kind = {"list": "choices" if column.labels else "list"}.get(column.kind, column.kind)
    labels = dict(column.labels) if column.labels is not None else None
    return ImportField(key, column.header, kind, labels=labels, **extra)


# Synonyms: what a DPO's own spreadsheet (CNIL model, French or English) calls a column,
# and the English headers of our own export, so an exported workbook maps by itself.
_A = cols.ACTIVITY_COLUMNS
ACTIVITY_FIELDS: tuple[ImportField, ...] = (
    _from_columns(_A, "name", required=True, synonyms=(
        "Nom du traitement", "Nom", "Intitulé", "Activité de traitement", "Processing activity",
        "Activity", "Name", "Processing")),
    _from_columns(_A, "description", synonyms=("Description du traitement",)),
    _from_columns(_A, "owner_department", synonyms=(
        "Service", "Direction", "Service responsable du traitement", "Department",
        "Responsible department", "Owner")),
    _from_columns(_A, "joint_controller", synonyms=("Co-responsable", "Joint controller")),
    _from_columns(_A, "software", synonyms=("Logiciel", "Application", "Software", "Software used")),
    _from_columns(_A, "purposes", "purposes", required=True, synonyms=(
        "Finalité", "Finalité(s)", "Finalités", "Finalité du traitement", "Purpose", "Purposes",
        "Purposes and legal bases")),
    _from_columns(_A, "subject_categories", synonyms=(
        "Personnes concernées", "Catégories de personnes concernées", "Data subjects",
        "Categories of data subjects")),
    _from_columns(_A, "data_categories", synonyms=(
        "Données traitées", "Catégories de données personnelles", "Data categories",
        "Categories of personal data")),
    _from_columns(_A, "minors", synonyms=("Mineurs", "Minors", "Data on minors")),
    _from_columns(_A, "sources", synonyms=("Source des données", "Sources", "Data sources")),
    _from_columns(_A, "recipients", "recipients", synonyms=("Destinataire", "Recipients")),
    _from_columns(_A, "retention", "retention", synonyms=(
        "Durée de conservation", "Conservation", "Retention", "Retention periods")),
    _from_columns(_A, "security_measures", synonyms=("Sécurité", "Security measures")),
    _from_columns(_A, "security_notes", synonyms=("Security notes", "Security details")),
    _from_columns(_A, "rights_service", synonyms=("Exercice des droits", "Rights service")),
    _from_columns(_A, "interconnections", synonyms=(
        "Interconnexion", "Interconnexions de fichiers", "Interconnections")),
    _from_columns(_A, "collected_for", synonyms=(
        "Finalité d'origine", "Réutilisation", "Original purpose")),
    _from_columns(_A, "cndp_regime", synonyms=("Régime", "CNDP regime", "Regime")),
    _from_columns(_A, "cndp_receipt", synonyms=(
        "Numéro de récépissé", "N° de récépissé", "CNDP receipt", "Receipt")),
    _from_columns(_A, "cndp_receipt_on", synonyms=("Receipt date", "Date de récépissé")),
    _from_columns(_A, "dpia_required", synonyms=("AIPD", "DPIA required", "AIPD nécessaire")),
    _from_columns(_A, "dpia_done", synonyms=("DPIA done", "DPIA carried out")),
    _from_columns(_A, "dpia_done_on", synonyms=("Date de l'AIPD", "DPIA date", "DPIA done on")),
    _from_columns(_A, "last_reviewed_on", synonyms=(
        "Date de dernière revue", "Mise à jour", "Last review", "Last reviewed")),
    _from_columns(_A, "notes", synonyms=("Remarques", "Commentaires", "Observations", "Comments")),
)  # fmt: skip

_P = cols.PROCESSOR_COLUMNS
PROCESSOR_FIELDS: tuple[ImportField, ...] = (
    _from_columns(_P, "name", required=True, synonyms=(
        "Nom du sous-traitant", "Prestataire", "Nom", "Processor", "Name", "Vendor")),
    _from_columns(_P, "service", synonyms=("Service rendu", "Objet", "Service", "Services")),
    _from_columns(_P, "contact", synonyms=(
        "E-mail", "Courriel", "Email", "Adresse", "Contact details")),
    _from_columns(_P, "dpo_contact", synonyms=("DPO", "DPO contact", "Contact DPO")),
    _from_columns(_P, "countries", synonyms=(
        "Pays", "Localisation des données", "Countries", "Processing countries", "Country")),
    _from_columns(_P, "data_categories", synonyms=("Data categories", "Données traitées")),
    _from_columns(_P, "dpa_signed", synonyms=(
        "DPA signé", "Contrat de sous-traitance", "DPA signed", "Contract signed", "DPA")),
    _from_columns(_P, "dpa_signed_on", synonyms=(
        "Date de signature", "Date du contrat", "Signed on", "DPA signed on")),
    _from_columns(_P, "contract_ends_on", synonyms=(
        "Fin du contrat", "Échéance du contrat", "Contract end", "Contract ends on")),
    _from_columns(_P, "clauses", synonyms=("Clauses", "Art. 28(3) clauses")),
    _from_columns(_P, "certifications", synonyms=("Certification",)),
    _from_columns(_P, "sub_processors", synonyms=("Sub-processors", "Sous-traitance ultérieure")),
    _from_columns(_P, "next_review_on", synonyms=("Next review", "Revue", "Date de revue")),
    _from_columns(_P, "notes", synonyms=("Remarques", "Commentaires", "Observations", "Comments")),
)  # fmt: skip

_R = cols.REQUEST_COLUMNS
# A DPO's sheet says "Accès" or "Access" rather than "Droit d'accès".
RIGHT_SYNONYMS = {
    "Accès": "access",
    "Access": "access",
    "Rectification": "rectification",
    "Effacement": "erasure",
    "Suppression": "erasure",
    "Erasure": "erasure",
    "Limitation": "restriction",
    "Restriction": "restriction",
    "Portabilité": "portability",
    "Portability": "portability",
    "Opposition": "objection",
    "Objection": "objection",
}
REGIME_SYNONYMS = {
    "GDPR": "gdpr",
    "Loi 09.08": "law-09-08",
    "09-08": "law-09-08",
    "Law 09-08": "law-09-08",
}
REQUEST_FIELDS: tuple[ImportField, ...] = (
    _from_columns(_R, "reference", synonyms=(
        "Réf.", "Numéro", "N° de demande", "N° de dossier", "N° dossier", "Reference")),
    _from_columns(_R, "external_reference", synonyms=(
        "Réf. externe", "Référence interne", "Réf. interne", "Ancienne référence",
        "N° interne", "External reference", "Internal reference", "Legacy reference")),
    _from_columns(_R, "received_on", required=True, synonyms=(
        "Reçue le", "Date de la demande", "Date", "Received on", "Date received", "Received")),
    _from_columns(_R, "regimes", required=True, extra=REGIME_SYNONYMS,
                  synonyms=("Régime", "Regimes", "Regime", "Loi")),
    _from_columns(_R, "rights", required=True, extra=RIGHT_SYNONYMS, synonyms=(
        "Droit", "Droits", "Droit exercé", "Type de demande", "Rights", "Right", "Request type")),
    _from_columns(_R, "channel", synonyms=("Canal", "Channel", "Received via")),
    _from_columns(_R, "requester_name", required=True, synonyms=(
        "Nom du demandeur", "Nom", "Nom et prénom", "Requester", "Name", "Requester name")),
    _from_columns(_R, "requester_role", synonyms=("Qualité", "Requester role")),
    _from_columns(_R, "requester_email", synonyms=(
        "E-mail", "Email", "Courriel", "Adresse e-mail", "Requester email")),
    _from_columns(_R, "requester_phone", synonyms=("Téléphone", "Tél.", "Phone")),
    _from_columns(_R, "requester_address", synonyms=("Adresse", "Address")),
    _from_columns(_R, "subject_name", synonyms=("Data subject", "Personne concernée (si tiers)")),
    _from_columns(_R, "identity_status", synonyms=("Identity check",)),
    _from_columns(_R, "identity_method", synonyms=("Verification method",)),
    _from_columns(_R, "identity_checked_on", synonyms=("Identity checked on",)),
    _from_columns(_R, "status", synonyms=(
        "État", "Status", "Statut du dossier", "Statut de la demande", "État du dossier",
        "État de la demande", "Request status")),
    _from_columns(_R, "refusal_reason", synonyms=("Refusal reason",)),
    _from_columns(_R, "extended_on", synonyms=("Extended on", "Prolongée le")),
    _from_columns(_R, "extension_reason", synonyms=("Extension reason",)),
    _from_columns(_R, "answered_on", synonyms=(
        "Date de réponse", "Réponse le", "Answered on", "Date answered")),
    _from_columns(_R, "answer_channel", synonyms=("Answer channel",)),
    _from_columns(_R, "closed_on", synonyms=("Date de clôture", "Closed on")),
    _from_columns(_R, "assignee", synonyms=("Responsable", "Suivi par", "Assignee")),
    _from_columns(_R, "notes", synonyms=("Remarques", "Commentaires", "Observations", "Comments")),
)  # fmt: skip

FIELDS = {
    "activities": ACTIVITY_FIELDS,
    "processors": PROCESSOR_FIELDS,
    "requests": REQUEST_FIELDS,
}


def fields_for(target: str) -> tuple[ImportField, ...]:
    if target not in FIELDS:
        error = UserError(ERR_UNKNOWN_TARGET, target=target)
        error.exit_code = 2
        raise error
    return FIELDS[target]


def suggest_mapping(headers: list[str], target: str) -> dict[int, str | None]:
    return xv.suggest_mapping(headers, {f.key: f.names for f in fields_for(target)})


# ----------------------------------------------------------------------------- row values


def _parts(item: str) -> list[str]:
    return [p.strip() for p in re.split(r"\s+[—–]\s+", item)]


def _code(
    part: str,
    labels: Mapping[Any, str],
    item: str,
    expected: str,
    extra: dict[str, str] | None = None,
) -> str:
    """The code of the label (or code) ``part`` of a "a — b" cell names; an empty part
    is a missing one."""
    code = xv.parse_choice(part, {str(key): label for key, label in labels.items()}, extra)
    if code is None:
        raise xv.CellProblem(PROBLEM_PART, value=item, expected=expected)
    return code


# What a DPO's sheet calls a legal basis besides our labels (French, English).
LEGAL_BASIS_SYNONYMS = {
    "Contrat": "contract",
    "Exécution du contrat": "contract",
    "Mesures précontractuelles": "contract",
    "Contract": "contract",
    "Consent": "consent",
    "Obligation légale": "legal_obligation",
    "Obligation réglementaire": "legal_obligation",
    "Legal obligation": "legal_obligation",
    "Intérêts vitaux": "vital_interests",
    "Vital interests": "vital_interests",
    "Intérêt public": "public_interest",
    "Mission de service public": "public_interest",
    "Public interest": "public_interest",
    "Public task": "public_interest",
    "Intérêts légitimes": "legitimate_interests",
    "Legitimate interest": "legitimate_interests",
    "Legitimate interests": "legitimate_interests",
}


def _basis(text: str) -> str | None:
    labels = {str(key): label for key, label in reg.LEGAL_BASIS_LABELS.items()}
    try:
        return xv.parse_choice(text, labels, LEGAL_BASIS_SYNONYMS)
    except xv.CellProblem:
        return None


def _hyphen_parts(item: str) -> list[str] | None:
    """ "Paie - Obligation légale": a plain hyphen splits a purpose from its basis when
    exactly one of the pieces after the first is a legal basis (a hyphen inside the
    description, "entrées - sorties", stays text); None when that is not so."""
    pieces = [p.strip() for p in re.split(r"\s+-\s+", item)]
    hits = [i for i in range(1, len(pieces)) if _basis(pieces[i])]
    if len(hits) != 1:
        return None
    at = hits[0]
    rest = " - ".join(pieces[at + 1 :])
    return [" - ".join(pieces[:at]), pieces[at], *([rest] if rest else [])]


def _purposes(value: object) -> tuple[reg.Purpose, ...]:
    """ "description — legal basis[ — justification]", one per line (as exported). A
    description alone is refused: the legal basis is what Art. 6(1) requires."""
    out = []
    for item in xv.split_list(value) if "\n" in xv.parse_text(value) else [xv.parse_text(value)]:
        if not item.strip():
            continue
        parts = _parts(item)
        if len(parts) < 2:
            parts = _hyphen_parts(item) or parts
        if len(parts) < 2:
            raise xv.CellProblem(PROBLEM_PART, value=item, expected="finalité — base légale")
        basis = _code(
            parts[1], reg.LEGAL_BASIS_LABELS, item, "finalité — base légale", LEGAL_BASIS_SYNONYMS
        )
        out.append(reg.Purpose(parts[0], reg.LegalBasis(basis), " — ".join(parts[2:])))
    return tuple(out)


def _recipients(value: object) -> tuple[reg.Recipient, ...]:
    out = []
    for item in xv.split_list(value):
        parts = _parts(item)
        if len(parts) < 2:
            # A bare name: an external body, the commonest case in a DPO's own sheet.
            out.append(reg.Recipient(reg.RecipientKind.EXTERNAL, item))
            continue
        kind = _code(parts[0], reg.RECIPIENT_KIND_LABELS, item, "type — nom")
        out.append(reg.Recipient(reg.RecipientKind(kind), " — ".join(parts[1:])))
    return tuple(out)


_DURATION = re.compile(
    r"^(\d{1,4})\s*(jours?|j|mois|ans?|années?|days?|months?|years?)\b\s*(.*)$", re.IGNORECASE
)
_UNITS = {"j": "days", "jour": "days", "day": "days", "mois": "months", "month": "months"}


def _unit(word: str) -> reg.RetentionUnit:
    word = xv.header_key(word).rstrip("s") or "mois"
    if word in ("an", "annee", "year"):
        return reg.RetentionUnit.YEARS
    return reg.RetentionUnit(_UNITS.get(word, _UNITS.get(word + "s", "months")))


def _retention(value: object) -> tuple[reg.RetentionRule, ...]:
    out = []
    for item in xv.split_list(value) if "\n" in xv.parse_text(value) else [xv.parse_text(value)]:
        if not item.strip():
            continue
        parts = _parts(item)
        if len(parts) < 2:
            raise xv.CellProblem(PROBLEM_PART, value=item, expected="catégorie — durée")
        category = _code(parts[0], reg.DATA_CATEGORY_LABELS, item, "catégorie — durée")
        match = _DURATION.match(parts[1])
        if not match:
            raise xv.CellProblem(PROBLEM_RETENTION, value=parts[1])
        out.append(
            reg.RetentionRule(
                reg.DataCategory(category),
                int(match[1]),
                _unit(match[2]),
                match[3].strip(),
                " — ".join(parts[2:]),
            )
        )
    return tuple(out)


def _choices(spec: ImportField, raw: object) -> frozenset[str]:
    """Several enum values; a single line that is one label (labels hold commas) first."""
    text = xv.parse_text(raw).strip()
    if text and "\n" not in text:
        try:
            code = xv.parse_choice(text, spec.labels or {}, spec.extra)
        except xv.CellProblem:
            code = None
        if code is not None:
            return frozenset({code})
    codes = (xv.parse_choice(item, spec.labels or {}, spec.extra) for item in xv.split_list(raw))
    return frozenset(code for code in codes if code is not None)  # no blank items: no None


def read_value(spec: ImportField, raw: object) -> object:
    """The field's value from a cell, or CellProblem."""
    if isinstance(raw, xi.FormulaWithoutValue):
        raise xv.CellProblem(xv.PROBLEM_FORMULA)
    if spec.kind == "date":
        return xv.parse_date(raw)
    if spec.kind == "bool":
        return bool(xv.parse_bool(raw))
    if spec.kind == "enum":
        return xv.parse_choice(raw, spec.labels or {}, spec.extra)
    if spec.kind == "choices":
        return _choices(spec, raw)
    if spec.kind == "list":
        return tuple(xv.split_list(raw))
    if spec.kind == "purposes":
        return _purposes(raw)
    if spec.kind == "recipients":
        return _recipients(raw)
    if spec.kind == "retention":
        return _retention(raw)
    return xv.parse_text(raw)


# ----------------------------------------------------------------------------- planning


@dataclass(frozen=True)
class Problem:
    sheet: str
    row: int
    column: str  # the spreadsheet's letter and header, e.g. "C (Finalités)"
    message: str


@dataclass(frozen=True)
class PlannedRow:
    sheet: str
    row: int
    details: Details
    existing_id: int | None = None  # same name already in the register


@dataclass(frozen=True)
class SheetColumn:
    """A column of the sheet, for the report: "C (Adresse postale)"."""

    index: int
    header: str

    @property
    def letter(self) -> str:
        return xi.column_letter(self.index)

    @property
    def name(self) -> str:
        return f"{self.letter} ({self.header})" if self.header else self.letter


@dataclass
class ImportPlan:
    target: str
    file_name: str
    sheet: str
    headers: list[str]
    mapping: dict[int, str | None]
    rows: list[PlannedRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    invalid_rows: int = 0
    duplicates_in_file: int = 0
    total_rows: int = 0
    table: xi.SheetTable | None = None
    # Columns holding values that no field takes and that are not sent to the notes:
    # their values are not imported (the CLI refuses them without --unmapped).
    unmapped: list[SheetColumn] = field(default_factory=list)
    # Columns whose values are appended to the notes ("Header : value").
    to_notes: list[SheetColumn] = field(default_factory=list)
    # Columns of our own export the import does not take (computed, or recorded by
    # their own actions: deadline, timestamps, links, a processor's contract state).
    not_imported: list[SheetColumn] = field(default_factory=list)
    # Hidden sheets the reader left out (read with include_hidden), and its notices
    # (macros ignored, a hidden sheet not read, a group row above the headers…).
    hidden: list[str] = field(default_factory=list)
    notices: list[xi.ReadNotice] = field(default_factory=list)

    @property
    def duplicates(self) -> int:
        return sum(1 for r in self.rows if r.existing_id is not None)

    @property
    def clean(self) -> bool:
        return not self.problems

    def notice_messages(self, translate: Callable[[str], str] | None = None) -> list[str]:
        tr = translate or (lambda text: text)
        return [notice.message(tr) for notice in self.notices]


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    skipped: int


def sheet_for(tables: list[xi.SheetTable], target: str) -> xi.SheetTable:
    """The sheet named like the target (an export has several), else the best mapped."""
    title = xv.header_key(cols.SHEET_TITLES[target])
    for table in tables:
        if xv.header_key(table.title) in (title, target):
            return table
    return max(
        tables, key=lambda t: sum(1 for v in suggest_mapping(t.headers, target).values() if v)
    )


def _check_mapping(target: str, mapping: dict[int, str | None]) -> None:
    by_key = {f.key: f for f in fields_for(target)}
    chosen = [key for key in mapping.values() if key and key != NOTES]
    for key in chosen:
        if chosen.count(key) > 1:
            raise MappingError(ERR_DUPLICATE_MAPPING, key, name=by_key[key].label)
    for spec in by_key.values():
        if spec.required and spec.key not in chosen:
            raise MappingError(ERR_REQUIRED_UNMAPPED, spec.key, name=spec.label)


# The English headers of our export's columns the import does not take (the French ones
# come from xlsx_columns, the other languages through ``translate``).
_NOT_IMPORTED_ENGLISH = {
    "N°": "No.",
    "Créé le": "Created on",
    "Créée le": "Created on",
    "Mis à jour le": "Updated on",
    "Modifiée le": "Modified on",
    "Échéance": "Deadline",
    "Fondement de l'échéance": "Basis of the deadline",
    "Transferts hors du Maroc": "Transfers out of Morocco",
    "Sous-traitants": "Processors",
    "Statut": "Status",
    "Contrat terminé le": "Contract ended on",
    "Sort des données": "Fate of the data",
    "Restituées ou supprimées le": "Returned or deleted on",
    "Traitements concernés": "Processing activities concerned",
}


def _not_imported_headers(target: str, tr: Callable[[str], str]) -> set[str]:
    taken = {f.key for f in fields_for(target)}
    names: set[str] = set()
    for column in cols.COLUMNS_BY_KIND[target]:
        if column.key in taken:
            continue
        for name in (column.header, tr(column.header), _NOT_IMPORTED_ENGLISH.get(column.header)):
            if name:
                names.add(xv.header_key(name))
    return names


def _holds_values(table: xi.SheetTable, index: int) -> bool:
    for _number, cells in table.rows:
        value = cells[index] if index < len(cells) else None
        if value is not None and (not isinstance(value, str) or value.strip()):
            return True
    return False


def _sort_columns(
    plan: ImportPlan,
    table: xi.SheetTable,
    mapping: dict[int, str | None],
    unmapped: str | None,
    tr: Callable[[str], str],
) -> None:
    """Fill the plan's column lists; ``unmapped="notes"`` sends the unrecognised columns
    holding values to the notes (in ``mapping``)."""
    known = _not_imported_headers(plan.target, tr)
    for index in range(len(table.headers)):
        key = mapping.get(index)
        column = SheetColumn(index, table.headers[index])
        if key == NOTES:
            plan.to_notes.append(column)
        elif key:
            continue
        elif column.header and xv.header_key(column.header) in known:
            plan.not_imported.append(column)
        elif _holds_values(table, index):
            if unmapped == "notes":
                mapping[index] = NOTES
                plan.to_notes.append(column)
            else:
                plan.unmapped.append(column)


def read_workbook(path: Path | str, *, include_hidden: bool = False) -> xi.WorkbookRead:
    """The workbook as the reader gives it: tables, hidden sheets, notices."""
    return xi.read(path, include_hidden=include_hidden)


def plan_import(
    register: Register,
    target: str,
    path: Path | str,
    mapping: dict[int, str | None] | None = None,
    *,
    clock: Clock | None = None,
    tables: list[xi.SheetTable] | None = None,
    workbook: xi.WorkbookRead | None = None,
    translate: Callable[[str], str] | None = None,
    unmapped: str | None = None,
    include_hidden: bool = False,
) -> ImportPlan:
    """Read, map and validate every row; nothing is written.

    ``tables`` (a sheet already read, chosen by the caller) or ``workbook`` (the reader's
    whole answer) spare reading ``path`` again. ``unmapped="notes"`` sends the columns no
    field takes to the notes; otherwise they are listed in ``plan.unmapped``.
    """
    fields_for(target)
    if unmapped is not None and unmapped not in UNMAPPED_CHOICES:
        raise ValueError(unmapped)
    clock = clock or SystemClock()
    tr = translate or (lambda text: text)
    if workbook is None and tables is None:
        workbook = read_workbook(path, include_hidden=include_hidden)
    if tables is None:
        assert workbook is not None
        tables = list(workbook.tables)
    if not tables:  # every sheet holding data is hidden
        hidden = workbook.hidden if workbook is not None else []
        error = UserError(ERR_ONLY_HIDDEN, sheets=", ".join(f"« {t} »" for t in hidden))
        error.exit_code = 6
        raise error
    table = sheet_for(tables, target)
    mapping = dict(mapping) if mapping is not None else suggest_mapping(table.headers, target)
    plan = ImportPlan(target, Path(path).name, table.title, table.headers, mapping, table=table)
    if workbook is not None:
        plan.hidden = list(workbook.hidden)
        plan.notices = list(workbook.notices)
    _sort_columns(plan, table, mapping, unmapped, tr)
    _check_mapping(target, mapping)
    today = book.organisation_today(register, clock)
    with register.read() as conn:
        existing = _existing(conn, target)
    _validate_rows(plan, table, today, existing, tr)
    return plan


def unmapped_error(plan: ImportPlan) -> UserError:
    """The refusal of a plan whose unrecognised columns hold values (CLI exit 6)."""
    error = UserError(ERR_UNMAPPED_COLUMNS, columns=", ".join(c.name for c in plan.unmapped))
    error.exit_code = 6
    return error


def _existing(conn: Any, target: str) -> dict[str, int]:
    """Keys of the entries already in the register (see :func:`_key`) -> ids."""
    existing = store.names_to_ids(conn, target)
    if target == "requests":
        for external, request_id in store.request_external_references(conn).items():
            existing.setdefault(_external_key(external), request_id)
    return existing


def _column_name(table: xi.SheetTable, index: int) -> str:
    header = table.headers[index] if index < len(table.headers) else ""
    letter = xi.column_letter(index)
    return f"{letter} ({header})" if header else letter


def _notes_lines(table: xi.SheetTable, cells: tuple[object, ...], indexes: list[int]) -> list[str]:
    """ "Adresse postale : 12 rue …" for each notes column holding a value."""
    lines = []
    for index in indexes:
        raw = cells[index] if index < len(cells) else None
        if isinstance(raw, xi.FormulaWithoutValue):
            raise xv.CellProblem(xv.PROBLEM_FORMULA)
        text = xv.parse_text(raw).strip()
        if text:
            header = table.headers[index] if index < len(table.headers) else ""
            lines.append(f"{header or xi.column_letter(index)} : {text}")
    return lines


def _validate_rows(
    plan: ImportPlan,
    table: xi.SheetTable,
    today: date,
    existing: dict[str, int],
    tr: Callable[[str], str],
) -> None:
    specs = {f.key: f for f in fields_for(plan.target)}
    column_of = {key: index for index, key in plan.mapping.items() if key and key != NOTES}
    notes_columns = [index for index, key in plan.mapping.items() if key == NOTES]
    seen: dict[str, int] = {}
    for number, cells in table.rows:
        plan.total_rows += 1
        values: dict[str, Any] = {}  # checked by the domain's validated()
        row_problems: list[Problem] = []
        for key, index in column_of.items():
            raw = cells[index] if index < len(cells) else None
            try:
                value = read_value(specs[key], raw)
            except xv.CellProblem as problem:
                row_problems.append(
                    Problem(table.title, number, _column_name(table, index), problem.message(tr))
                )
                continue
            if value not in (None, "", (), frozenset()):
                values[key] = value
        for index in notes_columns:
            try:
                lines = _notes_lines(table, cells, [index])
            except xv.CellProblem as problem:
                row_problems.append(
                    Problem(table.title, number, _column_name(table, index), problem.message(tr))
                )
                continue
            if lines:
                values["notes"] = "\n".join([*filter(None, [values.get("notes", "")]), *lines])
        if not row_problems:
            try:
                details = _build(plan.target, values, today)
            except ValidationError as error:
                at = column_of.get(error.field)
                column = _column_name(table, at) if at is not None else error.field
                row_problems.append(Problem(table.title, number, column, error.message(tr)))
            except ValueError as error:  # an enum value refused by the domain
                row_problems.append(Problem(table.title, number, "", str(error)))
        if not row_problems:
            name_key = _key(details)
            if name_key and name_key in seen:
                plan.duplicates_in_file += 1
                row_problems.append(
                    _duplicate_problem(plan, table, number, column_of, name_key, seen, tr)
                )
            else:
                if name_key:
                    seen[name_key] = number
                existing_id = _existing_id(details, existing)
                plan.rows.append(PlannedRow(table.title, number, details, existing_id))
        if row_problems:
            plan.invalid_rows += 1
            plan.problems.extend(row_problems)


def _duplicate_problem(
    plan: ImportPlan,
    table: xi.SheetTable,
    number: int,
    column_of: dict[str, int],
    name_key: str,
    seen: dict[str, int],
    tr: Callable[[str], str],
) -> Problem:
    if plan.target != "requests":
        template, field_key = PROBLEM_DUPLICATE_IN_FILE, "name"
    elif name_key.startswith(_EXTERNAL):
        template = PROBLEM_DUPLICATE_EXTERNAL
        # An external reference comes from its own column or from the reference column.
        field_key = "external_reference" if "external_reference" in column_of else "reference"
    else:
        template, field_key = PROBLEM_DUPLICATE_REFERENCE, "reference"
    at = column_of.get(field_key)
    column = _column_name(table, at) if at is not None else ""
    return Problem(
        table.title, number, column, UserError(tr(template), row=seen[name_key]).message()
    )


# ----------------------------------------------------------------------------- applying


def apply_import(
    register: Register,
    plan: ImportPlan,
    *,
    skip_invalid: bool = False,
    on_duplicate: str = "skip",
    clock: Clock | None = None,
) -> ImportResult:
    """Write the plan in one transaction. Refused (nothing written) while rows are
    invalid, unless ``skip_invalid``; duplicates are skipped or update the entry."""
    if on_duplicate not in DUPLICATE_CHOICES:
        raise ValueError(on_duplicate)
    if plan.problems and not skip_invalid:
        error = ValidationError(ERR_INVALID_ROWS, "", count=plan.invalid_rows)
        raise error
    clock = clock or SystemClock()
    if plan.target == "requests":
        return _apply_requests(register, plan, skip_invalid, on_duplicate, clock)
    now = clock.now()
    created = updated = skipped = 0
    entity = "activity" if plan.target == "activities" else "processor"
    names = repo.ACTIVITY_FIELDS if plan.target == "activities" else repo.PROCESSOR_FIELDS
    with register.write() as conn:
        # Read again inside the transaction: an entry may have been added since planning.
        existing = store.names_to_ids(conn, plan.target)
        new_rows: list[reg.ActivityDetails | reg.ProcessorDetails] = []
        for row in plan.rows:
            details = row.details
            assert not isinstance(details, ImportedRequest)  # requests: _apply_requests
            existing_id = existing.get(_key(details))
            if existing_id is None:
                new_rows.append(details)
                continue
            if on_duplicate == "skip":
                skipped += 1
                continue
            entry = store.get_entry(conn, plan.target, existing_id)
            assert entry is not None  # its id was read in this transaction
            changes = book.journal_changes(details_of(plan.target, entry), details, names)
            if not changes:
                skipped += 1
                continue
            if store.update_entry(conn, plan.target, entry, details, now):
                journal.record(conn, now, "update", entity, existing_id, changes)
                updated += 1
        for entry_id, details in store.insert_entries(conn, plan.target, new_rows, now):
            journal.record(
                conn, now, "create", entity, entry_id, book.journal_changes(None, details, names)
            )
            created += 1
        skipped += plan.invalid_rows if skip_invalid else 0
        journal.record(
            conn,
            now,
            "import",
            entity,
            0,
            {
                "file": plan.file_name,
                "created": created,
                "updated": updated,
                "skipped": skipped,
            },
        )
    return ImportResult(created, updated, skipped)


def details_of(
    target: str, entry: reg.ProcessingActivity | reg.Processor
) -> reg.ActivityDetails | reg.ProcessorDetails:
    details_type = _DETAILS_TYPES[target]
    return details_type(**{f.name: getattr(entry, f.name) for f in fields(details_type)})


__all__ = [
    "ACTIVITY_FIELDS",
    "NOTES",
    "PROCESSOR_FIELDS",
    "UNMAPPED_CHOICES",
    "ImportField",
    "ImportPlan",
    "ImportResult",
    "Problem",
    "SheetColumn",
    "apply_import",
    "fields_for",
    "plan_import",
    "read_workbook",
    "sheet_for",
    "suggest_mapping",
    "unmapped_error",
]


# ----------------------------------------------------------------------------- requests

_DETAILS_TYPES: dict[str, type[reg.ActivityDetails] | type[reg.ProcessorDetails]] = {
    "activities": reg.ActivityDetails,
    "processors": reg.ProcessorDetails,
}

ERR_STATE_DATE = QT_TRANSLATE_NOOP(
    "Errors", "La date ({value}) précède la réception de la demande ({received})."
)
_STATE_FIELDS = (
    "identity_status",
    "identity_method",
    "identity_checked_on",
    "status",
    "refusal_reason",
    "extended_on",
    "extension_reason",
    "answered_on",
    "answer_channel",
    "closed_on",
)
_STATE_DATES = ("identity_checked_on", "extended_on", "answered_on", "closed_on")


@dataclass(frozen=True)
class ImportedRequest:
    """A request row: the intake the form would validate, its reference when the file has
    one, and the follow-up recorded elsewhere (status, answer, closure).

    Rule for the follow-up: it is stored as the spreadsheet states it, so a register
    exported and imported back keeps its history; dates may not be in the future nor
    before the receipt. The deadline is recomputed by the deadline engine (as at
    creation), extended when the request was extended; identity pauses are not known
    from a spreadsheet, so a request paused for identity gets the unpaused deadline.
    """

    intake: RequestIntake
    reference: str = ""
    state: tuple[tuple[str, Any], ...] = ()
    # The organisation's own number ("REQ-001"): from its column, or a reference
    # that is not DSR-YYYY-NNNN. Duplicates are found by it when the row has no reference.
    external_reference: str = ""

    @property
    def name(self) -> str:  # for the generic duplicate handling
        return self.reference or self.external_reference


# A planned row: an Art. 30 entry's details, or a request.
Details = reg.ActivityDetails | reg.ProcessorDetails | ImportedRequest

_EXTERNAL = "\x00external:"  # keys of external references, apart from DSR references


def _external_key(text: str) -> str:
    """External references compare case- and spacing-insensitively ("req-001" = "REQ-001")."""
    return _EXTERNAL + " ".join(text.split()).casefold()


def _key(details: Details) -> str:
    """How a row is recognised: a name (casefolded), a reference, or an external one."""
    if isinstance(details, ImportedRequest):
        if details.reference:
            return details.reference
        return _external_key(details.external_reference) if details.external_reference else ""
    return " ".join(details.name.split()).casefold()


def _existing_id(details: Details, existing: dict[str, int]) -> int | None:
    """The id of the entry the row duplicates: same name, same reference, or (a request
    whose reference is not in the register) same external reference."""
    key = _key(details)
    found = existing.get(key) if key else None
    if found is None and isinstance(details, ImportedRequest) and details.reference:
        if details.external_reference:
            found = existing.get(_external_key(details.external_reference))
    return found


def _build(target: str, values: dict[str, Any], today: date) -> Details:
    if target != "requests":
        return _DETAILS_TYPES[target](**{"name": "", **values}).validated(today)
    from dpo_desk.domain.requests.model import RequestIntake

    intake_names = {f.name for f in fields(RequestIntake)}
    intake_values = {k: v for k, v in values.items() if k in intake_names}
    if "received_on" not in intake_values:
        raise ValidationError(PROBLEM_REQUIRED, "received_on")
    intake = RequestIntake(
        **{
            "regimes": frozenset(),
            "rights": frozenset(),
            "requester_name": "",
            **intake_values,
        }
    )
    intake = replace_intake(intake)
    clean = intake.validated(today)
    reference, external = _references(values)
    state = []
    for name in _STATE_FIELDS:
        if name not in values:
            continue
        value = values[name]
        if name in _STATE_DATES:
            if value > today:
                raise ValidationError(reg.ERR_FUTURE, name, value=value.isoformat())
            if value < clean.received_on:
                raise ValidationError(
                    ERR_STATE_DATE,
                    name,
                    value=value.isoformat(),
                    received=clean.received_on.isoformat(),
                )
        state.append((name, value))
    _check_closure(dict(state))
    return ImportedRequest(clean, reference, tuple(state), external)


def _references(values: dict[str, Any]) -> tuple[str, str]:
    """(DSR reference or "", external reference or ""): a reference cell that is not
    DSR-YYYY-NNNN ("REQ-001", "BIG-00001") is the organisation's own number."""
    from dpo_desk.domain.requests.model import ERR_TOO_LONG, MAX_NAME

    given = str(values.get("reference", "")).strip()
    external = " ".join(str(values.get("external_reference", "")).split())
    reference = ""
    if given:
        try:
            reference = str(parse_reference(given, REQUEST_PREFIX))
        except ValidationError:
            given = " ".join(given.split())
            if external and external.casefold() != given.casefold():
                raise ValidationError(
                    PROBLEM_TWO_EXTERNAL_REFERENCES, "reference", value=given, external=external
                ) from None
            external = given
    if len(external) > MAX_NAME:
        field_name = "external_reference" if values.get("external_reference") else "reference"
        raise ValidationError(ERR_TOO_LONG, field_name, limit=MAX_NAME)
    return reference, external


def _check_closure(state: dict[str, Any]) -> None:
    """A closed request has a closure date; a request left "new" (the status stored when
    the file gives none) has none."""
    from dpo_desk.domain.requests.workflow import RequestStatus

    status = state.get("status")
    closed_on = state.get("closed_on")
    if status == RequestStatus.CLOSED and closed_on is None:
        raise ValidationError(PROBLEM_CLOSED_WITHOUT_DATE, "status")
    if closed_on is not None and status in (None, RequestStatus.NEW):
        raise ValidationError(
            PROBLEM_CLOSURE_DATE_WHEN_NEW, "closed_on", value=closed_on.isoformat()
        )


def replace_intake(intake: RequestIntake) -> RequestIntake:
    """Enum codes from the cells as the domain's enums (validated() checks the rest)."""
    from dpo_desk.domain.requests import workflow as rq

    return replace(
        intake,
        regimes=frozenset(rq.Regime(r) for r in intake.regimes),
        rights=frozenset(rq.Right(r) for r in intake.rights),
    )


def _apply_requests(
    register: Register, plan: ImportPlan, skip_invalid: bool, on_duplicate: str, clock: Clock
) -> ImportResult:
    from dpo_desk.domain.requests import workflow as rq
    from dpo_desk.services import requests as request_service

    now = clock.now()
    created = updated = skipped = 0
    with register.write() as conn:
        ctx = request_service.deadline_context_in(conn)
        on = ctx.today(clock)
        # Read again inside the transaction: a request may have been added since planning.
        existing = _existing(conn, "requests")
        references = store.request_references(conn)
        # The file's own DSR references, so that a number given to a row without one
        # is never one a later row claims.
        claimed = {r.details.reference for r in plan.rows if isinstance(r.details, ImportedRequest)}
        last_numbers: dict[int, int] = {}
        inserts: list[dict[str, Any]] = []
        for row in plan.rows:
            item = row.details
            assert isinstance(item, ImportedRequest)  # the plan of a requests import
            intake = item.intake
            state = dict(item.state)
            extended = state.get("status") == "extended" or state.get("extended_on") is not None
            deadline = request_service.governing_deadline(
                ctx, intake.regimes, intake.rights, intake.received_on,
                extended=extended, pauses=(), on=on,
            )  # fmt: skip
            values = {
                **request_service.intake_columns(intake),
                "status": str(rq.RequestStatus.NEW),
                "updated_at": now,
                # Every row has every key: the inserts go as one executemany.
                "identity_status": "not_required",
                "identity_method": "",
                "identity_checked_on": None,
                "refusal_reason": None,
                "extended_on": None,
                "extension_reason": "",
                "answered_on": None,
                "answer_channel": None,
                "closed_on": None,
                **{k: (str(v) if isinstance(v, str) else v) for k, v in state.items()},
                **request_service.due_values(deadline),
            }
            existing_id = _existing_id(item, existing)
            if existing_id is not None:
                if on_duplicate == "skip":
                    skipped += 1
                    continue
                before = store.get_request(conn, existing_id)
                assert before is not None  # its id was read in this transaction
                if item.external_reference:  # a file without one keeps the stored one
                    values["external_reference"] = item.external_reference
                if store.update_request(conn, before, values):
                    changes = request_service.journal_changes(before, values)
                    journal.record(conn, now, "update", "request", item.reference, changes)
                    updated += 1
                continue
            reference = item.reference
            if not reference:
                year = intake.received_on.year
                if year not in last_numbers:
                    last_numbers[year] = store.last_request_number(conn, year)
                last_numbers[year] += 1
                reference = format_reference(REQUEST_PREFIX, year, last_numbers[year])
                while reference in references or reference in claimed:
                    last_numbers[year] += 1
                    reference = format_reference(REQUEST_PREFIX, year, last_numbers[year])
            else:
                _, year, number = parse_reference(reference, REQUEST_PREFIX)
                last_numbers[year] = max(
                    last_numbers.get(year, store.last_request_number(conn, year)), number
                )
            references[reference] = 0
            inserts.append(
                {
                    **values,
                    "reference": reference,
                    "external_reference": item.external_reference,
                    "created_at": now,
                }
            )
        store.insert_requests(conn, inserts)
        for inserted in inserts:
            changes = request_service.journal_changes(None, inserted)
            changes["regimes"] = sorted(
                r for r, on_ in (("gdpr", inserted["under_gdpr"]),
                                 ("law-09-08", inserted["under_law_09_08"])) if on_
            )  # fmt: skip
            journal.record(conn, now, "create", "request", inserted["reference"], changes)
            created += 1
        skipped += plan.invalid_rows if skip_invalid else 0
        journal.record(
            conn, now, "import", "request", "",
            {"file": plan.file_name, "created": created, "updated": updated, "skipped": skipped},
        )  # fmt: skip
    return ImportResult(created, updated, skipped)
