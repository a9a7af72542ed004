"""The records of processing (Art. 30): activities, processors, transfers abroad, flags.

- Processing activities: GDPR Art. 30(1) (one entry per activity) and the content of a
  CNDP declaration (Law 09-08 art. 15). The columns follow the CNIL's model register.
- Processors: GDPR Art. 28 (the DPA and its Art. 28(3) clauses); Law 09-08 art. 23
  (security duties passed on to the processor) and art. 25.
- Transfers: Law 09-08 arts. 43-44 (CNDP adequacy list, exceptions, authorisation on
  form F118); GDPR Arts. 44-49 (adequacy, SCCs, BCRs, derogations).

Everything here is pure: no Qt, no database. The enum values are stored in the register
and typed on the command line: never rename one. Labels are French message ids whose
context is the enum's class name, as in ``domain/requests/workflow.py``; each enum's
labels (and citations, letters) are one table of rows beside it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from enum import Enum, StrEnum
from typing import TypeVar

from dpo_desk.domain.countries import (
    ERR_COUNTRY,
    ERR_HOME_COUNTRY,
    HOME_COUNTRY,
    ISO_COUNTRIES,
    normalise_country,
)
from dpo_desk.domain.deadlines import add_months
from dpo_desk.domain.errors import Translate, ValidationError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP

_E = TypeVar("_E", bound=Enum)
_Row = TypeVar("_Row")


def _rows(enum: type[_E], **rows: _Row) -> dict[_E, _Row]:
    """A table with one row per member of ``enum``, each named after its member.

    A row for no member (a typo) or a member with no row fails when the module loads,
    not when a form first shows the label. The rows are message ids whose context is the
    enum's name, each written as a literal ``QT_TRANSLATE_NOOP`` call for lupdate.
    """
    table = {enum[name]: row for name, row in rows.items()}
    if missing := [member.name for member in enum if member not in table]:
        raise ValueError(f"{enum.__name__}: no row for {', '.join(missing)}")
    return table


# ----------------------------------------------------------------------------- enums and labels
# Each enum, then its table: a member added below its class needs its row beside it.


class LegalBasis(StrEnum):
    """GDPR Art. 6(1)(a)-(f). Law 09-08 art. 4 rests on consent, with the same
    exceptions (contract, legal obligation, vital interests, public interest,
    legitimate interests)."""

    CONSENT = "consent"
    CONTRACT = "contract"
    LEGAL_OBLIGATION = "legal_obligation"
    VITAL_INTERESTS = "vital_interests"
    PUBLIC_INTEREST = "public_interest"
    LEGITIMATE_INTERESTS = "legitimate_interests"


# Each basis: its label, then its articles (the form shows both).
_LEGAL_BASES = _rows(
    LegalBasis,
    CONSENT=(QT_TRANSLATE_NOOP("LegalBasis", "Consentement"),
        QT_TRANSLATE_NOOP("LegalBasis", "RGPD art. 6(1)(a) ; loi 09-08 art. 4")),
    CONTRACT=(QT_TRANSLATE_NOOP("LegalBasis", "Exécution d'un contrat"),
        QT_TRANSLATE_NOOP("LegalBasis", "RGPD art. 6(1)(b) ; loi 09-08 art. 4")),
    LEGAL_OBLIGATION=(QT_TRANSLATE_NOOP("LegalBasis", "Obligation légale"),
        QT_TRANSLATE_NOOP("LegalBasis", "RGPD art. 6(1)(c) ; loi 09-08 art. 4")),
    VITAL_INTERESTS=(QT_TRANSLATE_NOOP("LegalBasis", "Sauvegarde des intérêts vitaux"),
        QT_TRANSLATE_NOOP("LegalBasis", "RGPD art. 6(1)(d) ; loi 09-08 art. 4")),
    PUBLIC_INTEREST=(QT_TRANSLATE_NOOP("LegalBasis", "Mission d'intérêt public"),
        QT_TRANSLATE_NOOP("LegalBasis", "RGPD art. 6(1)(e) ; loi 09-08 art. 4")),
    LEGITIMATE_INTERESTS=(QT_TRANSLATE_NOOP("LegalBasis", "Intérêt légitime"),
        QT_TRANSLATE_NOOP("LegalBasis", "RGPD art. 6(1)(f) ; loi 09-08 art. 4")),
)  # fmt: skip
LEGAL_BASIS_LABELS = {member: label for member, (label, _) in _LEGAL_BASES.items()}
LEGAL_BASIS_CITATIONS = {member: citation for member, (_, citation) in _LEGAL_BASES.items()}


class DataCategory(StrEnum):
    """Categories of personal data, as in the CNIL's model register, then the special ones."""

    IDENTITY = "identity"
    PERSONAL_LIFE = "personal_life"
    PROFESSIONAL_LIFE = "professional_life"  # includes schooling and training
    FINANCIAL = "financial"
    CONNECTION = "connection"
    LOCATION = "location"
    INTERNET = "internet"  # cookies, trackers, browsing
    OTHER = "other"
    # Sensitive data: GDPR Art. 9(1); Law 09-08 art. 1(3).
    RACIAL_ETHNIC_ORIGIN = "racial_ethnic_origin"
    POLITICAL_OPINIONS = "political_opinions"
    RELIGIOUS_BELIEFS = "religious_beliefs"
    TRADE_UNION = "trade_union"
    GENETIC = "genetic"
    BIOMETRIC = "biometric"
    HEALTH = "health"
    SEX_LIFE = "sex_life"
    # GDPR Art. 10; Law 09-08 art. 12 (authorisation).
    OFFENCES = "offences"
    # The national ID card number: Law 09-08 art. 12 (authorisation).
    NATIONAL_ID = "national_id"


DATA_CATEGORY_LABELS = _rows(
    DataCategory,
    IDENTITY=QT_TRANSLATE_NOOP("DataCategory", "État civil, identité, identifiants"),
    PERSONAL_LIFE=QT_TRANSLATE_NOOP("DataCategory", "Vie personnelle (habitudes de vie, situation familiale…)"),
    PROFESSIONAL_LIFE=QT_TRANSLATE_NOOP("DataCategory", "Vie professionnelle (scolarité, formation, CV…)"),
    FINANCIAL=QT_TRANSLATE_NOOP("DataCategory", "Informations d'ordre économique et financier"),
    CONNECTION=QT_TRANSLATE_NOOP("DataCategory", "Données de connexion (adresse IP, journaux…)"),
    LOCATION=QT_TRANSLATE_NOOP("DataCategory", "Données de localisation"),
    INTERNET=QT_TRANSLATE_NOOP("DataCategory", "Internet (cookies, traceurs, navigation)"),
    OTHER=QT_TRANSLATE_NOOP("DataCategory", "Autres catégories"),
    RACIAL_ETHNIC_ORIGIN=QT_TRANSLATE_NOOP("DataCategory", "Origine raciale ou ethnique"),
    POLITICAL_OPINIONS=QT_TRANSLATE_NOOP("DataCategory", "Opinions politiques"),
    RELIGIOUS_BELIEFS=QT_TRANSLATE_NOOP("DataCategory", "Convictions religieuses ou philosophiques"),
    TRADE_UNION=QT_TRANSLATE_NOOP("DataCategory", "Appartenance syndicale"),
    GENETIC=QT_TRANSLATE_NOOP("DataCategory", "Données génétiques"),
    BIOMETRIC=QT_TRANSLATE_NOOP("DataCategory", "Données biométriques (identification)"),
    HEALTH=QT_TRANSLATE_NOOP("DataCategory", "Données de santé"),
    SEX_LIFE=QT_TRANSLATE_NOOP("DataCategory", "Vie sexuelle ou orientation sexuelle"),
    OFFENCES=QT_TRANSLATE_NOOP("DataCategory", "Infractions, condamnations, mesures de sûreté"),
    NATIONAL_ID=QT_TRANSLATE_NOOP("DataCategory", "Numéro de la carte nationale d'identité"),
)  # fmt: skip


SENSITIVE_CATEGORIES = frozenset(
    {
        DataCategory.RACIAL_ETHNIC_ORIGIN,
        DataCategory.POLITICAL_OPINIONS,
        DataCategory.RELIGIOUS_BELIEFS,
        DataCategory.TRADE_UNION,
        DataCategory.GENETIC,
        DataCategory.BIOMETRIC,
        DataCategory.HEALTH,
        DataCategory.SEX_LIFE,
    }
)

# Law 09-08 art. 12: processing these needs the CNDP's prior authorisation, not a
# mere declaration (legal notes, "CNDP declaration content").
AUTHORISATION_CATEGORIES = SENSITIVE_CATEGORIES | {DataCategory.OFFENCES, DataCategory.NATIONAL_ID}


class SecurityMeasure(StrEnum):
    """The security measure families of the CNIL's model register (GDPR Art. 32)."""

    ACCESS_CONTROL = "access_control"
    TRACEABILITY = "traceability"
    SOFTWARE_PROTECTION = "software_protection"
    BACKUP = "backup"
    ENCRYPTION = "encryption"
    PROCESSOR_CONTROL = "processor_control"
    OTHER = "other"


SECURITY_MEASURE_LABELS = _rows(
    SecurityMeasure,
    ACCESS_CONTROL=QT_TRANSLATE_NOOP("SecurityMeasure", "Contrôle d'accès des utilisateurs"),
    TRACEABILITY=QT_TRANSLATE_NOOP("SecurityMeasure", "Mesures de traçabilité"),
    SOFTWARE_PROTECTION=QT_TRANSLATE_NOOP("SecurityMeasure", "Mesures de protection des logiciels"),
    BACKUP=QT_TRANSLATE_NOOP("SecurityMeasure", "Sauvegarde des données"),
    ENCRYPTION=QT_TRANSLATE_NOOP("SecurityMeasure", "Chiffrement des données"),
    PROCESSOR_CONTROL=QT_TRANSLATE_NOOP("SecurityMeasure", "Contrôle des sous-traitants"),
    OTHER=QT_TRANSLATE_NOOP("SecurityMeasure", "Autres mesures"),
)  # fmt: skip


class RecipientKind(StrEnum):
    """GDPR Art. 30(1)(d); the CNIL model splits recipients in these three."""

    INTERNAL = "internal"
    EXTERNAL = "external"
    PROCESSOR = "processor"


RECIPIENT_KIND_LABELS = _rows(
    RecipientKind,
    INTERNAL=QT_TRANSLATE_NOOP("RecipientKind", "Service interne"),
    EXTERNAL=QT_TRANSLATE_NOOP("RecipientKind", "Organisme externe"),
    PROCESSOR=QT_TRANSLATE_NOOP("RecipientKind", "Sous-traitant"),
)  # fmt: skip


class CndpRegime(StrEnum):
    """Law 09-08 art. 12: declaration is the default; authorisation for the art. 12 cases."""

    DECLARATION = "declaration"
    AUTHORISATION = "authorisation"


CNDP_REGIME_LABELS = _rows(
    CndpRegime,
    DECLARATION=QT_TRANSLATE_NOOP("CndpRegime", "Déclaration préalable"),
    AUTHORISATION=QT_TRANSLATE_NOOP("CndpRegime", "Autorisation préalable"),
)  # fmt: skip


class RetentionUnit(StrEnum):
    DAYS = "days"
    MONTHS = "months"
    YEARS = "years"


# Each unit in the singular and the plural, so a translator can handle plurals.
RETENTION_TEMPLATES = _rows(
    RetentionUnit,
    DAYS=(QT_TRANSLATE_NOOP("RetentionUnit", "{n} jour"), QT_TRANSLATE_NOOP("RetentionUnit", "{n} jours")),
    MONTHS=(QT_TRANSLATE_NOOP("RetentionUnit", "{n} mois"), QT_TRANSLATE_NOOP("RetentionUnit", "{n} mois")),
    YEARS=(QT_TRANSLATE_NOOP("RetentionUnit", "{n} an"), QT_TRANSLATE_NOOP("RetentionUnit", "{n} ans")),
)  # fmt: skip


# The same durations as %n messages (context "RetentionUnit"), whose plural forms the
# catalogues hold: pyside6-lupdate collects them from ui/records/texts.py, where they are
# written out in QCoreApplication.translate calls (it reads no plural form from a
# QT_TRANSLATE_NOOP). Documents reach them through translations.translate_count.
RETENTION_COUNTS = {
    RetentionUnit.DAYS: "%n jour(s)",
    RetentionUnit.MONTHS: "%n mois",
    RetentionUnit.YEARS: "%n an(s)",
}
TranslateCount = Callable[[str, int], str]  # (%n message, count) -> text


class TransferMechanism(StrEnum):
    ADEQUACY = "adequacy"  # 09-08 art. 43 (CNDP list); GDPR Art. 45
    CNDP_AUTHORISATION = "cndp_authorisation"  # 09-08 art. 44, last paragraph; form F118
    SCC = "scc"  # GDPR Art. 46(2)(c)
    BCR = "bcr"  # GDPR Art. 47
    DEROGATION = "derogation"  # GDPR Art. 49; 09-08 art. 44 exceptions
    OTHER_ART46 = "other_art46"  # GDPR Art. 46: codes of conduct, certification, ad hoc clauses


# Each mechanism: its label, then the articles it rests on.
_TRANSFER_MECHANISMS = _rows(
    TransferMechanism,
    ADEQUACY=(QT_TRANSLATE_NOOP("TransferMechanism", "Pays reconnu adéquat par la CNDP"),
        QT_TRANSLATE_NOOP("TransferMechanism", "Loi 09-08 art. 43 ; RGPD art. 45")),
    CNDP_AUTHORISATION=(QT_TRANSLATE_NOOP("TransferMechanism", "Autorisation de la CNDP (formulaire F118)"),
        QT_TRANSLATE_NOOP("TransferMechanism", "Loi 09-08 art. 44")),
    SCC=(QT_TRANSLATE_NOOP("TransferMechanism", "Clauses contractuelles types"),
        QT_TRANSLATE_NOOP("TransferMechanism", "RGPD art. 46(2)(c)")),
    BCR=(QT_TRANSLATE_NOOP("TransferMechanism", "Règles d'entreprise contraignantes (BCR)"),
        QT_TRANSLATE_NOOP("TransferMechanism", "RGPD art. 47")),
    DEROGATION=(QT_TRANSLATE_NOOP("TransferMechanism", "Dérogation pour une situation particulière"),
        QT_TRANSLATE_NOOP("TransferMechanism", "RGPD art. 49 ; loi 09-08 art. 44")),
    OTHER_ART46=(QT_TRANSLATE_NOOP("TransferMechanism", "Autre garantie appropriée (RGPD art. 46)"),
        QT_TRANSLATE_NOOP("TransferMechanism", "RGPD art. 46")),
)  # fmt: skip
TRANSFER_MECHANISM_LABELS = {member: label for member, (label, _) in _TRANSFER_MECHANISMS.items()}
TRANSFER_MECHANISM_CITATIONS = {
    member: citation for member, (_, citation) in _TRANSFER_MECHANISMS.items()
}


# The GDPR's guarantees (Arts. 46-47): under 09-08 they support an F118 request.
GDPR_GUARANTEES = frozenset(
    {TransferMechanism.SCC, TransferMechanism.BCR, TransferMechanism.OTHER_ART46}
)


class Derogation(StrEnum):
    """GDPR Art. 49(1); Law 09-08 art. 44 lists close equivalents (consent, contract,
    vital interests, public interest, legal claims, public register)."""

    EXPLICIT_CONSENT = "explicit_consent"  # (a)
    CONTRACT_WITH_SUBJECT = "contract_with_subject"  # (b)
    CONTRACT_FOR_SUBJECT = "contract_for_subject"  # (c)
    PUBLIC_INTEREST = "public_interest"  # (d)
    LEGAL_CLAIMS = "legal_claims"  # (e)
    VITAL_INTERESTS = "vital_interests"  # (f)
    PUBLIC_REGISTER = "public_register"  # (g)
    COMPELLING_INTERESTS = "compelling_interests"  # second subparagraph, not repetitive


DEROGATION_LABELS = _rows(
    Derogation,
    EXPLICIT_CONSENT=QT_TRANSLATE_NOOP("Derogation", "(a) Consentement explicite de la personne"),
    CONTRACT_WITH_SUBJECT=QT_TRANSLATE_NOOP("Derogation", "(b) Exécution d'un contrat avec la personne"),
    CONTRACT_FOR_SUBJECT=QT_TRANSLATE_NOOP("Derogation", "(c) Contrat conclu dans l'intérêt de la personne"),
    PUBLIC_INTEREST=QT_TRANSLATE_NOOP("Derogation", "(d) Motifs importants d'intérêt public"),
    LEGAL_CLAIMS=QT_TRANSLATE_NOOP("Derogation", "(e) Constatation, exercice ou défense de droits en justice"),
    VITAL_INTERESTS=QT_TRANSLATE_NOOP("Derogation", "(f) Sauvegarde des intérêts vitaux"),
    PUBLIC_REGISTER=QT_TRANSLATE_NOOP("Derogation", "(g) Registre public"),
    COMPELLING_INTERESTS=QT_TRANSLATE_NOOP("Derogation", "Intérêts légitimes impérieux (transfert non répétitif)"),
)  # fmt: skip


class Law0908Exception(StrEnum):
    """The cases in which Law 09-08 lets a transfer go to a country that is not on the
    CNDP's list without the CNDP's authorisation (arts. 43-44: the person's express
    consent, or a transfer necessary for one of the listed ends). Stored per transfer."""

    EXPRESS_CONSENT = "express_consent"
    SAFEGUARD_LIFE = "safeguard_life"
    PUBLIC_INTEREST = "public_interest"
    LEGAL_CLAIMS = "legal_claims"
    CONTRACT_WITH_SUBJECT = "contract_with_subject"
    CONTRACT_FOR_SUBJECT = "contract_for_subject"
    PUBLIC_REGISTER = "public_register"
    OTHER = "other"  # another case the law provides, named in the transfer's notes


LAW_EXCEPTION_LABELS = {
    Law0908Exception.EXPRESS_CONSENT: QT_TRANSLATE_NOOP(
        "Law0908Exception", "Consentement exprès de la personne"
    ),
    Law0908Exception.SAFEGUARD_LIFE: QT_TRANSLATE_NOOP(
        "Law0908Exception", "Sauvegarde de la vie de la personne"
    ),
    Law0908Exception.PUBLIC_INTEREST: QT_TRANSLATE_NOOP(
        "Law0908Exception", "Sauvegarde de l'intérêt public"
    ),
    Law0908Exception.LEGAL_CLAIMS: QT_TRANSLATE_NOOP(
        "Law0908Exception", "Constatation, exercice ou défense d'un droit en justice"
    ),
    Law0908Exception.CONTRACT_WITH_SUBJECT: QT_TRANSLATE_NOOP(
        "Law0908Exception", "Exécution d'un contrat avec la personne"
    ),
    Law0908Exception.CONTRACT_FOR_SUBJECT: QT_TRANSLATE_NOOP(
        "Law0908Exception", "Contrat conclu dans l'intérêt de la personne"
    ),
    Law0908Exception.PUBLIC_REGISTER: QT_TRANSLATE_NOOP(
        "Law0908Exception", "Consultation d'un registre public"
    ),
    Law0908Exception.OTHER: QT_TRANSLATE_NOOP(
        "Law0908Exception", "Autre exception prévue par la loi (précisée en note)"
    ),
}


class Art28Clause(StrEnum):
    """The clauses a processing contract must contain, GDPR Art. 28(3)(a)-(h)."""

    INSTRUCTIONS = "instructions"  # (a)
    CONFIDENTIALITY = "confidentiality"  # (b)
    SECURITY = "security"  # (c) Art. 32
    SUB_PROCESSORS = "sub_processors"  # (d) prior authorisation, right to object
    RIGHTS_ASSISTANCE = "rights_assistance"  # (e)
    COMPLIANCE_ASSISTANCE = "compliance_assistance"  # (f) Arts. 32-36
    DELETION_RETURN = "deletion_return"  # (g)
    AUDITS = "audits"  # (h)


# Each clause: its letter in Art. 28(3) (the CLI's short name for it), then its label.
_ART28_CLAUSES = _rows(
    Art28Clause,
    INSTRUCTIONS=("a", QT_TRANSLATE_NOOP("Art28Clause", "(a) Traitement sur instruction documentée")),
    CONFIDENTIALITY=("b", QT_TRANSLATE_NOOP("Art28Clause", "(b) Engagement de confidentialité des personnes autorisées")),
    SECURITY=("c", QT_TRANSLATE_NOOP("Art28Clause", "(c) Mesures de sécurité (art. 32)")),
    SUB_PROCESSORS=("d", QT_TRANSLATE_NOOP("Art28Clause", "(d) Sous-traitance ultérieure autorisée, droit d'opposition")),
    RIGHTS_ASSISTANCE=("e", QT_TRANSLATE_NOOP("Art28Clause", "(e) Aide à l'exercice des droits des personnes")),
    COMPLIANCE_ASSISTANCE=("f", QT_TRANSLATE_NOOP("Art28Clause", "(f) Aide aux obligations des articles 32 à 36")),
    DELETION_RETURN=("g", QT_TRANSLATE_NOOP("Art28Clause", "(g) Suppression ou restitution des données en fin de contrat")),
    AUDITS=("h", QT_TRANSLATE_NOOP("Art28Clause", "(h) Informations et audits")),
)  # fmt: skip
ART28_LETTERS = {clause: letter for clause, (letter, _) in _ART28_CLAUSES.items()}
ART28_CLAUSE_LABELS = {clause: label for clause, (_, label) in _ART28_CLAUSES.items()}


class ProcessorStatus(StrEnum):
    ACTIVE = "active"
    ENDED = "ended"


PROCESSOR_STATUS_LABELS = _rows(
    ProcessorStatus,
    ACTIVE=QT_TRANSLATE_NOOP("ProcessorStatus", "Actif"),
    ENDED=QT_TRANSLATE_NOOP("ProcessorStatus", "Contrat terminé"),
)  # fmt: skip


class DataOutcome(StrEnum):
    """GDPR Art. 28(3)(g): at the end of the service the processor deletes or returns the
    data (and deletes existing copies)."""

    RETURNED = "returned"
    DELETED = "deleted"


DATA_OUTCOME_LABELS = _rows(
    DataOutcome,
    RETURNED=QT_TRANSLATE_NOOP("DataOutcome", "Données restituées"),
    DELETED=QT_TRANSLATE_NOOP("DataOutcome", "Données supprimées"),
)  # fmt: skip


# ----------------------------------------------------------------------------- errors

ERR_REQUIRED = QT_TRANSLATE_NOOP("Errors", "Ce champ est obligatoire.")
ERR_ACTIVITY_NAME = QT_TRANSLATE_NOOP("Errors", "Le nom du traitement est obligatoire.")
ERR_PROCESSOR_NAME = QT_TRANSLATE_NOOP("Errors", "Le nom du sous-traitant est obligatoire.")
ERR_PURPOSE_REQUIRED = QT_TRANSLATE_NOOP(
    "Errors", "Indiquez au moins une finalité du traitement (RGPD art. 30(1)(b))."
)
ERR_PURPOSE_TEXT = QT_TRANSLATE_NOOP("Errors", "La finalité n° {index} n'est pas décrite.")
ERR_LEGITIMATE_INTEREST = QT_TRANSLATE_NOOP(
    "Errors",
    "La finalité « {purpose} » repose sur l'intérêt légitime : décrivez cet intérêt "
    "(RGPD art. 6(1)(f) et 13(1)(d)).",
)
ERR_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "Le champ dépasse {limit} caractères.")
ERR_TOO_MANY = QT_TRANSLATE_NOOP("Errors", "La liste dépasse {limit} éléments.")
ERR_FUTURE = QT_TRANSLATE_NOOP("Errors", "La date ({value}) ne peut pas être dans le futur.")
ERR_TOO_OLD = QT_TRANSLATE_NOOP(
    "Errors", "La date ({value}) est antérieure à la loi 09-08 et à la CNDP (2009)."
)
ERR_BEFORE_SIGNATURE = QT_TRANSLATE_NOOP(
    "Errors", "La date ({value}) ne peut pas précéder la signature du contrat ({signed})."
)
ERR_RETENTION_AMOUNT = QT_TRANSLATE_NOOP(
    "Errors", "Une durée de conservation doit être un nombre entier entre 1 et {limit}."
)
ERR_RETENTION_CATEGORY = QT_TRANSLATE_NOOP(
    "Errors",
    "La durée de conservation porte sur une catégorie de données que le traitement ne "
    "collecte pas : {category}.",
)
ERR_RECEIPT_DATE_ALONE = QT_TRANSLATE_NOOP(
    "Errors", "Une date de récépissé CNDP suppose son numéro : indiquez le numéro."
)
ERR_DPIA_DATE = QT_TRANSLATE_NOOP(
    "Errors", "Une date d'analyse d'impact suppose que l'analyse a été réalisée."
)
ERR_DPA_DATE = QT_TRANSLATE_NOOP(
    "Errors", "Une date de signature suppose un contrat de sous-traitance signé."
)
ERR_TRANSFER_OWNER = QT_TRANSLATE_NOOP(
    "Errors", "Rattachez le transfert à un traitement, à un sous-traitant, ou aux deux."
)
ERR_DEROGATION_REQUIRED = QT_TRANSLATE_NOOP(
    "Errors", "Précisez la dérogation invoquée (RGPD art. 49 ; loi 09-08 art. 44)."
)
ERR_DEROGATION_UNEXPECTED = QT_TRANSLATE_NOOP(
    "Errors", "Une dérogation ne s'indique que pour le mécanisme « dérogation »."
)
ERR_AUTHORISATION_REFERENCE = QT_TRANSLATE_NOOP(
    "Errors",
    "Indiquez la référence de l'autorisation de la CNDP ou de la demande F118.",
)
ERR_OUTCOME_DATE = QT_TRANSLATE_NOOP(
    "Errors", "Indiquez à la fois si les données ont été restituées ou supprimées, et quand."
)
ERR_ALREADY_ENDED = QT_TRANSLATE_NOOP("Errors", "Le contrat de ce sous-traitant est déjà terminé.")
ERR_NOT_ENDED = QT_TRANSLATE_NOOP(
    "Errors", "Enregistrez d'abord la fin du contrat de ce sous-traitant."
)

MAX_NAME = 300
MAX_ITEM = 300  # one entry of a list (a category of persons, a certification…)
MAX_TEXT = 20_000  # a justification, notes: a few pages, not a pasted document
MAX_ITEMS = 100
MAX_RETENTION = 1000  # 1000 years, months or days: past that it is a typo
EARLIEST_CNDP = date(2009, 2, 18)  # Law 09-08 of 18 February 2009


def _check_length(value: str, name: str, limit: int) -> None:
    if len(value) > limit:
        raise ValidationError(ERR_TOO_LONG, name, limit=limit)


def _clean_items(items: Iterable[str], name: str) -> tuple[str, ...]:
    """Trimmed, non-empty, de-duplicated (first spelling kept), bounded."""
    seen: dict[str, str] = {}
    for item in items:
        text = " ".join(str(item).split())
        if text and text.casefold() not in seen:
            _check_length(text, name, MAX_ITEM)
            seen[text.casefold()] = text
    if len(seen) > MAX_ITEMS:
        raise ValidationError(ERR_TOO_MANY, name, limit=MAX_ITEMS)
    return tuple(seen.values())


def _check_past(value: date | None, name: str, today: date) -> None:
    if value is not None and value > today:
        raise ValidationError(ERR_FUTURE, name, value=value.isoformat())


def _check_after_signature(signed: date | None, later: date | None, name: str) -> None:
    if signed is not None and later is not None and later < signed:
        raise ValidationError(
            ERR_BEFORE_SIGNATURE, name, value=later.isoformat(), signed=signed.isoformat()
        )


def clean_countries(codes: Iterable[str], name: str = "countries") -> tuple[str, ...]:
    out: list[str] = []
    for code in codes:
        value = normalise_country(code)
        if not value:
            continue
        if value not in ISO_COUNTRIES:
            raise ValidationError(ERR_COUNTRY, name, value=code.strip())
        if value not in out:
            out.append(value)
    if len(out) > MAX_ITEMS:
        raise ValidationError(ERR_TOO_MANY, name, limit=MAX_ITEMS)
    return tuple(out)


# ----------------------------------------------------------------------------- activities


@dataclass(frozen=True)
class Purpose:
    """One purpose and the legal ground it rests on (GDPR Arts. 5(1)(b), 6(1))."""

    description: str
    legal_basis: LegalBasis
    justification: str = ""


@dataclass(frozen=True)
class Recipient:
    kind: RecipientKind
    name: str


@dataclass(frozen=True)
class RetentionRule:
    """How long one category of data is kept (GDPR Art. 30(1)(f)): a duration and the
    event it runs from, e.g. 3 years "après la dernière connexion". ``scope`` narrows the
    category when it has several rules ("compte inactif", "factures")."""

    category: DataCategory
    amount: int
    unit: RetentionUnit
    trigger: str = ""
    scope: str = ""

    def duration_text(
        self, translate: Translate | None = None, count: TranslateCount | None = None
    ) -> str:
        """ "3 ans". With ``count`` (a plural-aware translation of a %n message), the
        number takes the form the language's rule picks: Arabic has six ("3 سنوات",
        "11 سنة"); without it, French's singular/plural pair is all there is."""
        if count is not None:
            return count(RETENTION_COUNTS[self.unit], self.amount)
        tr = translate or (lambda text: text)
        singular, plural = RETENTION_TEMPLATES[self.unit]
        return tr(plural if self.amount > 1 else singular).format(n=self.amount)

    def text(self, translate: Translate | None = None, count: TranslateCount | None = None) -> str:
        """ "3 ans après la dernière connexion" (the trigger is the DPO's own words)."""
        return f"{self.duration_text(translate, count)} {self.trigger}".strip()

    def ends_on(self, start: date) -> date:
        """The date the period ends when its trigger happened on ``start``."""
        if self.unit is RetentionUnit.DAYS:
            return start + timedelta(days=self.amount)
        months = self.amount * (12 if self.unit is RetentionUnit.YEARS else 1)
        return add_months(start, months)


@dataclass(frozen=True)
class ActivityDetails:
    """What the DPO fills in for one processing activity (one sheet of the CNIL model)."""

    name: str
    purposes: tuple[Purpose, ...] = ()
    description: str = ""
    owner_department: str = ""
    joint_controller: str = ""
    software: str = ""
    subject_categories: tuple[str, ...] = ()
    data_categories: frozenset[DataCategory] = frozenset()
    minors: bool = False
    sources: tuple[str, ...] = ()
    recipients: tuple[Recipient, ...] = ()
    retention: tuple[RetentionRule, ...] = ()
    security_measures: frozenset[SecurityMeasure] = frozenset()
    security_notes: str = ""
    rights_service: str = ""  # 09-08 art. 15 (g): where the data subjects exercise their rights
    # 09-08 art. 15 (i) and art. 12: the files this processing is interconnected with;
    # "" = none. Any interconnection puts the processing under prior authorisation.
    interconnections: str = ""
    # 09-08 art. 12: when the data are reused for a purpose other than the one they were
    # collected for, that original purpose; "" = collected for this processing.
    collected_for: str = ""
    cndp_regime: CndpRegime = CndpRegime.DECLARATION
    cndp_receipt: str = ""  # free text: D-443/2022, D-W-442/2022, A-PO-268/2024…
    cndp_receipt_on: date | None = None
    dpia_required: bool = False
    dpia_done: bool = False
    dpia_done_on: date | None = None
    last_reviewed_on: date | None = None
    notes: str = ""

    @property
    def sensitive(self) -> bool:
        return bool(self.data_categories & SENSITIVE_CATEGORIES)

    def details(self) -> ActivityDetails:
        """Only the editable fields (what a form is filled with)."""
        return ActivityDetails(**{f.name: getattr(self, f.name) for f in fields(ActivityDetails)})

    def validated(self, today: date) -> ActivityDetails:
        """A trimmed copy, or a ValidationError naming the field at fault."""
        purposes = []
        for index, purpose in enumerate(self.purposes, start=1):
            description = purpose.description.strip()
            justification = purpose.justification.strip()
            basis = LegalBasis(purpose.legal_basis)
            if not description:
                raise ValidationError(ERR_PURPOSE_TEXT, "purposes", index=index)
            _check_length(description, "purposes", 2000)
            _check_length(justification, "purposes", MAX_TEXT)
            # GDPR Art. 13(1)(d): the legitimate interests pursued must be stated; the
            # balancing test behind them is what the DPO shows the authority.
            if basis is LegalBasis.LEGITIMATE_INTERESTS and not justification:
                raise ValidationError(ERR_LEGITIMATE_INTEREST, "purposes", purpose=description)
            purposes.append(Purpose(description, basis, justification))
        categories = frozenset(DataCategory(c) for c in self.data_categories)
        retention = []
        for rule in self.retention:
            category = DataCategory(rule.category)
            if categories and category not in categories:
                raise ValidationError(ERR_RETENTION_CATEGORY, "retention", category=str(category))
            if (
                isinstance(rule.amount, bool)
                or not isinstance(rule.amount, int)
                or not 1 <= rule.amount <= MAX_RETENTION
            ):
                raise ValidationError(ERR_RETENTION_AMOUNT, "retention", limit=MAX_RETENTION)
            trigger, scope = rule.trigger.strip(), " ".join(rule.scope.split())
            _check_length(trigger, "retention", MAX_ITEM)
            _check_length(scope, "retention", MAX_ITEM)
            retention.append(
                RetentionRule(category, rule.amount, RetentionUnit(rule.unit), trigger, scope)
            )
        recipients: list[Recipient] = []
        for recipient in self.recipients:
            name = " ".join(recipient.name.split())
            _check_length(name, "recipients", MAX_ITEM)
            item = Recipient(RecipientKind(recipient.kind), name)
            if name and item not in recipients:
                recipients.append(item)
        clean = ActivityDetails(
            name=" ".join(self.name.split()),
            purposes=tuple(purposes),
            description=self.description.strip(),
            owner_department=self.owner_department.strip(),
            joint_controller=self.joint_controller.strip(),
            software=self.software.strip(),
            subject_categories=_clean_items(self.subject_categories, "subject_categories"),
            data_categories=categories,
            minors=bool(self.minors),
            sources=_clean_items(self.sources, "sources"),
            recipients=tuple(recipients),
            retention=tuple(retention),
            security_measures=frozenset(SecurityMeasure(m) for m in self.security_measures),
            security_notes=self.security_notes.strip(),
            rights_service=self.rights_service.strip(),
            interconnections=self.interconnections.strip(),
            collected_for=self.collected_for.strip(),
            cndp_regime=CndpRegime(self.cndp_regime),
            cndp_receipt=self.cndp_receipt.strip(),
            cndp_receipt_on=self.cndp_receipt_on,
            dpia_required=bool(self.dpia_required),
            dpia_done=bool(self.dpia_done),
            dpia_done_on=self.dpia_done_on,
            last_reviewed_on=self.last_reviewed_on,
            notes=self.notes.strip(),
        )
        if not clean.name:
            raise ValidationError(ERR_ACTIVITY_NAME, "name")
        if not clean.purposes:
            raise ValidationError(ERR_PURPOSE_REQUIRED, "purposes")
        for name, limit in (
            ("name", MAX_NAME),
            ("owner_department", MAX_NAME),
            ("joint_controller", MAX_NAME),
            ("software", MAX_NAME),
            ("rights_service", MAX_NAME),
            ("cndp_receipt", 100),
            ("interconnections", 2000),
            ("collected_for", 2000),
            ("description", MAX_TEXT),
            ("security_notes", MAX_TEXT),
            ("notes", MAX_TEXT),
        ):
            _check_length(getattr(clean, name), name, limit)
        if len(clean.purposes) > MAX_ITEMS:
            raise ValidationError(ERR_TOO_MANY, "purposes", limit=MAX_ITEMS)
        if len(clean.retention) > MAX_ITEMS:
            raise ValidationError(ERR_TOO_MANY, "retention", limit=MAX_ITEMS)
        if len(clean.recipients) > MAX_ITEMS:
            raise ValidationError(ERR_TOO_MANY, "recipients", limit=MAX_ITEMS)
        if clean.cndp_receipt_on is not None and not clean.cndp_receipt:
            raise ValidationError(ERR_RECEIPT_DATE_ALONE, "cndp_receipt")
        _check_past(clean.cndp_receipt_on, "cndp_receipt_on", today)
        if clean.cndp_receipt_on is not None and clean.cndp_receipt_on < EARLIEST_CNDP:
            raise ValidationError(
                ERR_TOO_OLD, "cndp_receipt_on", value=clean.cndp_receipt_on.isoformat()
            )
        if clean.dpia_done_on is not None and not clean.dpia_done:
            raise ValidationError(ERR_DPIA_DATE, "dpia_done_on")
        _check_past(clean.dpia_done_on, "dpia_done_on", today)
        _check_past(clean.last_reviewed_on, "last_reviewed_on", today)
        return clean


@dataclass(frozen=True, kw_only=True)
class ProcessingActivity(ActivityDetails):
    """An activity as stored, with the processors it uses and its transfers."""

    id: int
    created_at: datetime
    updated_at: datetime
    version: int
    processor_ids: tuple[int, ...] = ()
    transfers: tuple[Transfer, ...] = ()


# ----------------------------------------------------------------------------- processors


@dataclass(frozen=True)
class ProcessorDetails:
    """What the DPO fills in for one processor (GDPR Art. 28; 09-08 art. 23)."""

    name: str
    service: str = ""
    contact: str = ""
    dpo_contact: str = ""
    countries: tuple[str, ...] = ()  # where the data is processed, ISO 3166 alpha-2
    data_categories: frozenset[DataCategory] = frozenset()
    dpa_signed: bool = False
    dpa_signed_on: date | None = None
    contract_ends_on: date | None = None
    clauses: frozenset[Art28Clause] = frozenset()
    certifications: tuple[str, ...] = ()
    sub_processors: tuple[str, ...] = ()
    next_review_on: date | None = None
    notes: str = ""

    def details(self) -> ProcessorDetails:
        return ProcessorDetails(**{f.name: getattr(self, f.name) for f in fields(ProcessorDetails)})

    @property
    def missing_clauses(self) -> tuple[Art28Clause, ...]:
        return tuple(c for c in Art28Clause if c not in self.clauses)

    def validated(self, today: date) -> ProcessorDetails:
        clean = ProcessorDetails(
            name=" ".join(self.name.split()),
            service=self.service.strip(),
            contact=self.contact.strip(),
            dpo_contact=self.dpo_contact.strip(),
            countries=clean_countries(self.countries),
            data_categories=frozenset(DataCategory(c) for c in self.data_categories),
            dpa_signed=bool(self.dpa_signed),
            dpa_signed_on=self.dpa_signed_on,
            contract_ends_on=self.contract_ends_on,
            clauses=frozenset(Art28Clause(c) for c in self.clauses),
            certifications=_clean_items(self.certifications, "certifications"),
            sub_processors=_clean_items(self.sub_processors, "sub_processors"),
            next_review_on=self.next_review_on,
            notes=self.notes.strip(),
        )
        if not clean.name:
            raise ValidationError(ERR_PROCESSOR_NAME, "name")
        for name, limit in (
            ("name", MAX_NAME),
            ("service", 2000),
            ("contact", 2000),
            ("dpo_contact", 2000),
            ("notes", MAX_TEXT),
        ):
            _check_length(getattr(clean, name), name, limit)
        if clean.dpa_signed_on is not None and not clean.dpa_signed:
            raise ValidationError(ERR_DPA_DATE, "dpa_signed_on")
        _check_past(clean.dpa_signed_on, "dpa_signed_on", today)
        _check_after_signature(clean.dpa_signed_on, clean.contract_ends_on, "contract_ends_on")
        return clean


@dataclass(frozen=True)
class ContractEnd:
    """The end of a processor's contract, and what became of the data (Art. 28(3)(g))."""

    ended_on: date
    outcome: DataOutcome | None = None
    outcome_on: date | None = None
    notes: str = ""

    def validated(self, today: date, processor: ProcessorDetails) -> ContractEnd:
        clean = ContractEnd(
            ended_on=self.ended_on,
            outcome=DataOutcome(self.outcome) if self.outcome else None,
            outcome_on=self.outcome_on,
            notes=self.notes.strip(),
        )
        _check_past(clean.ended_on, "ended_on", today)
        _check_after_signature(processor.dpa_signed_on, clean.ended_on, "ended_on")
        if (clean.outcome is None) != (clean.outcome_on is None):
            raise ValidationError(ERR_OUTCOME_DATE, "outcome_on")
        _check_past(clean.outcome_on, "outcome_on", today)
        _check_length(clean.notes, "notes", MAX_TEXT)
        return clean


@dataclass(frozen=True, kw_only=True)
class Processor(ProcessorDetails):
    """A processor as stored: its contract's state, the activities it serves, its transfers."""

    id: int
    status: ProcessorStatus
    ended_on: date | None
    data_outcome: DataOutcome | None
    data_outcome_on: date | None
    created_at: datetime
    updated_at: datetime
    version: int
    activity_ids: tuple[int, ...] = ()
    transfers: tuple[Transfer, ...] = ()

    @property
    def is_active(self) -> bool:
        return self.status is ProcessorStatus.ACTIVE


# ----------------------------------------------------------------------------- transfers


@dataclass(frozen=True)
class TransferDetails:
    """A transfer of personal data outside Morocco (09-08 arts. 43-44; GDPR Arts. 44-49).

    ``mechanism`` None means none is recorded yet: the transfer is then flagged unless the
    country is on the adequacy list.
    """

    country: str
    mechanism: TransferMechanism | None = None
    derogation: Derogation | None = None
    reference: str = ""  # F118 / authorisation number, SCC module and version…
    activity_id: int | None = None
    processor_id: int | None = None
    notes: str = ""
    # 09-08 arts. 43-44: the exception that lets this transfer go without the CNDP's
    # authorisation, if one applies (domain/filings.py weighs it).
    law_exception: Law0908Exception | None = None

    def validated(self) -> TransferDetails:
        country = normalise_country(self.country)
        if not country:
            raise ValidationError(ERR_REQUIRED, "country")
        if country not in ISO_COUNTRIES:
            raise ValidationError(ERR_COUNTRY, "country", value=self.country.strip())
        if country == HOME_COUNTRY:
            raise ValidationError(ERR_HOME_COUNTRY, "country")
        mechanism = TransferMechanism(self.mechanism) if self.mechanism else None
        derogation = Derogation(self.derogation) if self.derogation else None
        law_exception = Law0908Exception(self.law_exception) if self.law_exception else None
        clean = TransferDetails(
            country=country,
            mechanism=mechanism,
            derogation=derogation,
            reference=self.reference.strip(),
            activity_id=self.activity_id,
            processor_id=self.processor_id,
            notes=self.notes.strip(),
            law_exception=law_exception,
        )
        if clean.activity_id is None and clean.processor_id is None:
            raise ValidationError(ERR_TRANSFER_OWNER, "activity_id")
        if mechanism is TransferMechanism.DEROGATION and derogation is None:
            raise ValidationError(ERR_DEROGATION_REQUIRED, "derogation")
        if mechanism is not TransferMechanism.DEROGATION and derogation is not None:
            raise ValidationError(ERR_DEROGATION_UNEXPECTED, "derogation")
        # 09-08 art. 44: the authorisation is the CNDP's decision on an F118 request;
        # without its reference the register cannot show it to the authority.
        if mechanism is TransferMechanism.CNDP_AUTHORISATION and not clean.reference:
            raise ValidationError(ERR_AUTHORISATION_REFERENCE, "reference")
        _check_length(clean.reference, "reference", MAX_ITEM)
        _check_length(clean.notes, "notes", MAX_TEXT)
        return clean


@dataclass(frozen=True, kw_only=True)
class Transfer(TransferDetails):
    id: int
    created_at: datetime
    updated_at: datetime
    version: int = 1
