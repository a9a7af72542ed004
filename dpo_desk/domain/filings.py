"""The CNDP's formalities: which ones each processing activity needs, and why.

Law 09-08 sets three formalities a Moroccan controller files with the CNDP:

- the **prior declaration** (art. 12), the default for every processing; its content is
  art. 15's list (a)-(i); the CNDP answers with a receipt (récépissé, art. 19) whose
  reference is given where the data are collected (art. 5); a change to one of those
  items, or the end of the processing, is declared too (art. 15). Form F211; the CNDP
  lists categories that may use a simplified declaration (arts. 16-17).
- the **prior authorisation** (art. 12) when the processing bears on sensitive or
  genetic data, offences, the national identity card (CIN) number, a purpose other than
  the one the data were collected for, or the interconnection of files. Form F112
  (simplified form F113).
- the **authorisation of a transfer abroad** (arts. 43-44, form F118) to a country not on
  the CNDP's adequacy list, unless one of the law's exceptions applies. Contractual
  clauses are attached to the request; under 09-08 they do not clear a transfer on
  their own. The CNDP examines the request only once the processing itself has its
  receipt or authorisation.

This module is pure: it reads an activity, its processors and transfers, and the
organisation, and says which formalities apply, each reason with its article, and what
information a dossier still lacks. The tracker's states (``FilingStatus``) and what
counts as a change to declare (``DECLARED_ITEMS``) are here too; storing them is
``storage/filings.py``'s, deciding when they move is ``services/filings.py``'s.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from dpo_desk.domain.countries import DEFAULT_ADEQUATE_COUNTRIES, HOME_COUNTRY
from dpo_desk.domain.errors import ValidationError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.domain.organisation import Organisation
from dpo_desk.domain.records import (
    DATA_CATEGORY_LABELS,
    GDPR_GUARANTEES,
    LAW_EXCEPTION_LABELS,
    SENSITIVE_CATEGORIES,
    ActivityDetails,
    DataCategory,
    Law0908Exception,
    LegalBasis,
    ProcessingActivity,
    Processor,
    Transfer,
    TransferMechanism,
)

TranslateIn = Callable[[str, str], str]  # (context, text) -> text
CONTEXT = "Filings"


def _same(context: str, text: str) -> str:
    return text


# ----------------------------------------------------------------------------- formalities


class FormalityKind(StrEnum):
    """Stored in the register and printed by ``filing list --json``: never rename one."""

    DECLARATION = "declaration"
    AUTHORISATION = "authorisation"
    TRANSFER = "transfer"


# Each formality: its CNDP form, its label, the article it rests on.
FORMALITY_FORMS = {
    FormalityKind.DECLARATION: "F211",
    FormalityKind.AUTHORISATION: "F112",
    FormalityKind.TRANSFER: "F118",
}
# The simplified forms: a declaration for a category the CNDP has listed (arts. 16-17),
# an authorisation on the simplified request. Whether a processing fits one of the
# CNDP's categories is the DPO's call: the dossier names the option, it never assumes it.
SIMPLIFIED_FORMS = {FormalityKind.AUTHORISATION: "F113"}
FORMALITY_LABELS = {
    FormalityKind.DECLARATION: QT_TRANSLATE_NOOP("FormalityKind", "Déclaration préalable"),
    FormalityKind.AUTHORISATION: QT_TRANSLATE_NOOP("FormalityKind", "Autorisation préalable"),
    FormalityKind.TRANSFER: QT_TRANSLATE_NOOP(
        "FormalityKind", "Autorisation de transfert à l'étranger"
    ),
}
FORMALITY_CITATIONS = {
    FormalityKind.DECLARATION: QT_TRANSLATE_NOOP("FormalityKind", "Loi 09-08 art. 12 et 15"),
    FormalityKind.AUTHORISATION: QT_TRANSLATE_NOOP("FormalityKind", "Loi 09-08 art. 12"),
    FormalityKind.TRANSFER: QT_TRANSLATE_NOOP("FormalityKind", "Loi 09-08 art. 43-44"),
}


@dataclass(frozen=True)
class Reason:
    """Why a formality applies (or why one does not), with the article it rests on.

    ``template`` and ``citation`` are French message ids of the "Filings" context;
    ``categories`` are data categories printed through their own labels.
    """

    template: str
    citation: str
    values: Mapping[str, object] = field(default_factory=dict, hash=False)
    categories: tuple[DataCategory, ...] = ()

    def text(self, translate: TranslateIn | None = None) -> str:
        """The sentence in the reader's language, its citation in brackets."""
        tx = translate or _same
        values = dict(self.values)
        if self.categories:
            values["categories"] = ", ".join(
                tx("DataCategory", DATA_CATEGORY_LABELS[c]) for c in self.categories
            )
        processor = str(values.pop("via_processor", "") or "")
        values["via"] = tx(CONTEXT, VIA).format(processor=processor) if processor else ""
        if code := values.pop("exception_code", None):
            values["exception"] = tx(
                "Law0908Exception", LAW_EXCEPTION_LABELS[Law0908Exception(str(code))]
            )
        if code := values.pop("mechanism_code", None):
            values["mechanism"] = tx(CONTEXT, MECHANISM_NOUNS[TransferMechanism(str(code))])
        try:
            sentence = tx(CONTEXT, self.template).format(**values)
        except (KeyError, IndexError, ValueError):
            sentence = tx(CONTEXT, self.template)
        return f"{sentence} ({tx(CONTEXT, self.citation)})"


# Reasons. Each sentence says what in the register triggers the formality.
WHY_DECLARATION = QT_TRANSLATE_NOOP(
    "Filings",
    "Tout traitement de données à caractère personnel est déclaré à la CNDP avant sa mise "
    "en œuvre, sauf s'il relève de l'autorisation préalable",
)
WHY_SENSITIVE = QT_TRANSLATE_NOOP(
    "Filings", "Le traitement porte sur des données sensibles : {categories}"
)
WHY_GENETIC = QT_TRANSLATE_NOOP("Filings", "Le traitement porte sur des données génétiques")
WHY_OFFENCES = QT_TRANSLATE_NOOP(
    "Filings", "Le traitement porte sur des infractions, condamnations ou mesures de sûreté"
)
WHY_CIN = QT_TRANSLATE_NOOP(
    "Filings", "Le traitement utilise le numéro de la carte nationale d'identité"
)
WHY_OTHER_PURPOSE = QT_TRANSLATE_NOOP(
    "Filings",
    "Les données sont utilisées pour une finalité autre que celle de leur collecte "
    "(collectées pour : {purpose})",
)
WHY_INTERCONNECTION = QT_TRANSLATE_NOOP(
    "Filings", "Le traitement interconnecte des fichiers : {interconnections}"
)
WHY_TRANSFER = QT_TRANSLATE_NOOP(
    "Filings",
    "Transfert vers {country}{via} : pays absent de la liste d'adéquation du registre, "
    "sans exception de la loi 09-08",
)
WHY_TRANSFER_CLAUSES = QT_TRANSLATE_NOOP(
    "Filings",
    "Transfert vers {country}{via} encadré par {mechanism} : sous la loi 09-08, ces "
    "garanties sont jointes à la demande d'autorisation, elles n'en dispensent pas",
)
WHY_PROCESSING_ABROAD = QT_TRANSLATE_NOOP(
    "Filings",
    "Le sous-traitant {processor} traite des données en {country}, pays absent de la liste "
    "d'adéquation, et aucun transfert n'y est enregistré",
)
CITE_ART12 = QT_TRANSLATE_NOOP("Filings", "loi 09-08 art. 12")
CITE_ART12_15 = QT_TRANSLATE_NOOP("Filings", "loi 09-08 art. 12 et 15")
CITE_ART43_44 = QT_TRANSLATE_NOOP("Filings", "loi 09-08 art. 43-44")
CITE_ART16_17 = QT_TRANSLATE_NOOP("Filings", "loi 09-08 art. 16-17")
VIA = QT_TRANSLATE_NOOP("Filings", " (par {processor})")

# Notes: facts the DPO must see beside a formality, not reasons for it.
NOTE_EXCEPTION = QT_TRANSLATE_NOOP(
    "Filings",
    "Transfert vers {country}{via} sans autorisation : exception de la loi 09-08 retenue "
    "({exception})",
)
NOTE_ADEQUATE = QT_TRANSLATE_NOOP(
    "Filings", "Transfert vers {country}{via} : pays inscrit sur la liste d'adéquation du registre"
)
NOTE_TRANSFER_WAITS = QT_TRANSLATE_NOOP(
    "Filings",
    "La CNDP n'examine la demande de transfert qu'une fois le récépissé ou l'autorisation "
    "du traitement obtenu",
)
NOTE_SIMPLIFIED_DECLARATION = QT_TRANSLATE_NOOP(
    "Filings",
    "Formulaire simplifié possible si le traitement relève d'une catégorie fixée par la CNDP",
)
NOTE_SIMPLIFIED_AUTHORISATION = QT_TRANSLATE_NOOP(
    "Filings", "Demande simplifiée (F113) possible pour les catégories fixées par la CNDP"
)

# How a guarantee is named in a reason: the mechanism's own label in the "Filings"
# context, so that "clauses contractuelles types" reads as a noun in the sentence.
MECHANISM_NOUNS = {
    TransferMechanism.SCC: QT_TRANSLATE_NOOP("Filings", "des clauses contractuelles types"),
    TransferMechanism.BCR: QT_TRANSLATE_NOOP("Filings", "des règles d'entreprise contraignantes"),
    TransferMechanism.OTHER_ART46: QT_TRANSLATE_NOOP(
        "Filings", "d'autres garanties contractuelles"
    ),
}


@dataclass(frozen=True)
class Formality:
    """One formality an activity needs, with every reason it applies."""

    kind: FormalityKind
    reasons: tuple[Reason, ...]
    notes: tuple[Reason, ...] = ()
    countries: tuple[str, ...] = ()  # a transfer's destinations, in the order met

    @property
    def form(self) -> str:
        return FORMALITY_FORMS[self.kind]


@dataclass(frozen=True)
class TransferView:
    """A transfer as the engine weighs it: where to, through whom, on what footing."""

    country: str
    processor: str = ""  # the processor's name when the data go abroad through it
    mechanism: TransferMechanism | None = None
    exception: Law0908Exception | None = None
    reference: str = ""
    recorded: bool = True  # False: a processor's country with no transfer recorded


def transfer_views(
    activity: ProcessingActivity, processors: Iterable[Processor]
) -> list[TransferView]:
    """The transfers an activity makes: its own, those of the active processors it uses,
    and the countries those processors work in with no transfer recorded."""
    processors = tuple(processors)
    names = {p.id: p.name for p in processors}
    views: list[TransferView] = []
    seen: set[int] = set()
    for transfer in activity.transfers:
        seen.add(transfer.id)
        views.append(_view(transfer, names.get(transfer.processor_id or 0, "")))
    for processor in processors:
        if processor.id not in activity.processor_ids or not processor.is_active:
            continue
        covered = {t.country for t in processor.transfers} | {
            t.country for t in activity.transfers if t.processor_id == processor.id
        }
        for transfer in processor.transfers:
            if transfer.id not in seen:
                seen.add(transfer.id)
                views.append(_view(transfer, processor.name))
        for country in processor.countries:
            if country != HOME_COUNTRY and country not in covered:
                views.append(TransferView(country, processor.name, recorded=False))
    return views


def _view(transfer: Transfer, processor: str) -> TransferView:
    return TransferView(
        transfer.country,
        processor,
        transfer.mechanism,
        transfer.law_exception,
        transfer.reference,
    )


def formalities(
    activity: ActivityDetails,
    transfers: Iterable[TransferView] = (),
    adequate: frozenset[str] = DEFAULT_ADEQUATE_COUNTRIES,
) -> tuple[Formality, ...]:
    """The formalities ``activity`` needs under Law 09-08, in filing order.

    Exactly one of declaration and authorisation (art. 12): authorisation when any of
    its triggers is met, declaration otherwise. Then, when some transfer goes to a
    country off the register's adequacy list with no exception recorded, the transfer
    authorisation (arts. 43-44). A transfer under an exception, or to a listed country,
    is a note beside the main formality, so the dossier still says why nothing is asked.
    """
    categories = frozenset(DataCategory(c) for c in activity.data_categories)
    triggers: list[Reason] = []
    sensitive = tuple(
        c
        for c in DataCategory
        if c in categories & SENSITIVE_CATEGORIES and c is not DataCategory.GENETIC
    )
    if sensitive:
        triggers.append(Reason(WHY_SENSITIVE, CITE_ART12, categories=sensitive))
    if DataCategory.GENETIC in categories:
        triggers.append(Reason(WHY_GENETIC, CITE_ART12))
    if DataCategory.OFFENCES in categories:
        triggers.append(Reason(WHY_OFFENCES, CITE_ART12))
    if DataCategory.NATIONAL_ID in categories:
        triggers.append(Reason(WHY_CIN, CITE_ART12))
    if activity.collected_for.strip():
        triggers.append(
            Reason(WHY_OTHER_PURPOSE, CITE_ART12, {"purpose": activity.collected_for.strip()})
        )
    if activity.interconnections.strip():
        triggers.append(
            Reason(
                WHY_INTERCONNECTION,
                CITE_ART12,
                {"interconnections": activity.interconnections.strip()},
            )
        )
    transfer_reasons: list[Reason] = []
    notes: list[Reason] = []
    countries: list[str] = []
    for view in transfers:
        via = {"via_processor": view.processor}
        values = {"country": view.country, **via}
        if view.country == HOME_COUNTRY:
            continue
        if view.country in adequate:
            notes.append(Reason(NOTE_ADEQUATE, CITE_ART43_44, values))
        elif view.exception is not None:
            notes.append(
                Reason(
                    NOTE_EXCEPTION,
                    CITE_ART43_44,
                    {**values, "exception_code": str(view.exception)},
                )
            )
        else:
            if not view.recorded:
                reason = Reason(
                    WHY_PROCESSING_ABROAD,
                    CITE_ART43_44,
                    {"country": view.country, "processor": view.processor},
                )
            elif view.mechanism in GDPR_GUARANTEES:
                reason = Reason(
                    WHY_TRANSFER_CLAUSES,
                    CITE_ART43_44,
                    {**values, "mechanism_code": str(view.mechanism)},
                )
            else:
                reason = Reason(WHY_TRANSFER, CITE_ART43_44, values)
            if reason not in transfer_reasons:
                transfer_reasons.append(reason)
            if view.country not in countries:
                countries.append(view.country)
    main_notes = tuple(notes)
    if triggers:
        main = Formality(
            FormalityKind.AUTHORISATION,
            tuple(triggers),
            (Reason(NOTE_SIMPLIFIED_AUTHORISATION, CITE_ART12), *main_notes),
        )
    else:
        main = Formality(
            FormalityKind.DECLARATION,
            (Reason(WHY_DECLARATION, CITE_ART12_15),),
            (Reason(NOTE_SIMPLIFIED_DECLARATION, CITE_ART16_17), *main_notes),
        )
    if not transfer_reasons:
        return (main,)
    transfer = Formality(
        FormalityKind.TRANSFER,
        tuple(transfer_reasons),
        (Reason(NOTE_TRANSFER_WAITS, CITE_ART43_44),),
        tuple(countries),
    )
    return (main, transfer)


# ----------------------------------------------------------------------------- missing


class Missing(StrEnum):
    """What a dossier needs and the register does not hold (art. 15 (a)-(i))."""

    CONTROLLER_ADDRESS = "controller_address"
    REPRESENTATIVE = "representative"
    SIGNATORY = "signatory"
    DESCRIPTION = "description"
    SUBJECT_CATEGORIES = "subject_categories"
    DATA_CATEGORIES = "data_categories"
    RECIPIENTS = "recipients"
    RETENTION = "retention"
    RIGHTS_SERVICE = "rights_service"
    SECURITY = "security"
    SOURCES = "sources"
    TRANSFER_FOOTING = "transfer_footing"


MISSING_LABELS = {
    Missing.CONTROLLER_ADDRESS: QT_TRANSLATE_NOOP(
        "Missing", "Adresse du responsable du traitement (art. 15 a)"
    ),
    Missing.REPRESENTATIVE: QT_TRANSLATE_NOOP(
        "Missing",
        "Représentant au Maroc d'un responsable qui n'y est pas établi (art. 15 a)",
    ),
    Missing.SIGNATORY: QT_TRANSLATE_NOOP(
        "Missing", "Signataire de la déclaration (représentant légal)"
    ),
    Missing.DESCRIPTION: QT_TRANSLATE_NOOP(
        "Missing", "Caractéristiques du traitement : description (art. 15 b)"
    ),
    Missing.SUBJECT_CATEGORIES: QT_TRANSLATE_NOOP(
        "Missing", "Catégories de personnes concernées (art. 15 c)"
    ),
    Missing.DATA_CATEGORIES: QT_TRANSLATE_NOOP("Missing", "Catégories de données (art. 15 c)"),
    Missing.RECIPIENTS: QT_TRANSLATE_NOOP("Missing", "Destinataires des données (art. 15 d)"),
    Missing.RETENTION: QT_TRANSLATE_NOOP(
        "Missing", "Durée de conservation des données (art. 15 f)"
    ),
    Missing.RIGHTS_SERVICE: QT_TRANSLATE_NOOP(
        "Missing", "Service auprès duquel les personnes exercent leurs droits (art. 15 g)"
    ),
    Missing.SECURITY: QT_TRANSLATE_NOOP("Missing", "Mesures de sécurité (art. 15 h)"),
    Missing.SOURCES: QT_TRANSLATE_NOOP("Missing", "Origine des données"),
    Missing.TRANSFER_FOOTING: QT_TRANSLATE_NOOP(
        "Missing",
        "Contrats ou clauses à joindre à la demande de transfert vers {country} (F118)",
    ),
}


@dataclass(frozen=True)
class MissingItem:
    item: Missing
    values: Mapping[str, object] = field(default_factory=dict, hash=False)

    def text(self, translate: TranslateIn | None = None) -> str:
        tx = translate or _same
        try:
            return tx("Missing", MISSING_LABELS[self.item]).format(**self.values)
        except (KeyError, IndexError, ValueError):
            return tx("Missing", MISSING_LABELS[self.item])


def missing_information(
    activity: ActivityDetails,
    organisation: Organisation | None,
    required: Iterable[Formality] = (),
    transfers: Iterable[TransferView] = (),
) -> tuple[MissingItem, ...]:
    """What a dossier for ``activity`` would print blank: listed first, never left silent."""
    out: list[MissingItem] = []
    org = organisation or Organisation(name="")
    if not org.address.strip():
        out.append(MissingItem(Missing.CONTROLLER_ADDRESS))
    if not org.established_in_morocco and not org.representative.strip():
        out.append(MissingItem(Missing.REPRESENTATIVE))
    if not org.signatory_name.strip():
        out.append(MissingItem(Missing.SIGNATORY))
    checks = (
        (Missing.DESCRIPTION, activity.description),
        (Missing.SUBJECT_CATEGORIES, activity.subject_categories),
        (Missing.DATA_CATEGORIES, activity.data_categories),
        (Missing.RECIPIENTS, activity.recipients),
        (Missing.RETENTION, activity.retention),
        (Missing.RIGHTS_SERVICE, activity.rights_service.strip()),
        (Missing.SECURITY, activity.security_measures or activity.security_notes.strip()),
        (Missing.SOURCES, activity.sources),
    )
    out.extend(MissingItem(item) for item, value in checks if not value)
    if any(f.kind is FormalityKind.TRANSFER for f in required):
        bare = []
        for view in transfers:
            if (
                view.country not in bare
                and view.exception is None
                and view.mechanism not in GDPR_GUARANTEES
                and view.mechanism is not TransferMechanism.CNDP_AUTHORISATION
                and any(view.country in f.countries for f in required)
            ):
                bare.append(view.country)
        out.extend(MissingItem(Missing.TRANSFER_FOOTING, {"country": c}) for c in bare)
    return tuple(out)


# ----------------------------------------------------------------------------- annexes


class Annex(StrEnum):
    """The documents a dossier's annex checklist asks the DPO to attach."""

    TRANSFER_CONTRACTS = "transfer_contracts"
    PROCESSOR_CONTRACTS = "processor_contracts"
    CONSENT_FORMS = "consent_forms"
    SECURITY_POLICY = "security_policy"
    INFORMATION_NOTICE = "information_notice"
    DPIA = "dpia"
    REPRESENTATIVE_MANDATE = "representative_mandate"


ANNEX_LABELS = {
    Annex.TRANSFER_CONTRACTS: QT_TRANSLATE_NOOP(
        "Annex", "Contrats et clauses contractuelles encadrant le transfert vers {countries} (F118)"
    ),
    Annex.PROCESSOR_CONTRACTS: QT_TRANSLATE_NOOP(
        "Annex", "Contrats de sous-traitance : {processors}"
    ),
    Annex.CONSENT_FORMS: QT_TRANSLATE_NOOP(
        "Annex", "Modèles de recueil du consentement (attestations de consentement)"
    ),
    Annex.SECURITY_POLICY: QT_TRANSLATE_NOOP(
        "Annex", "Politique de sécurité des systèmes d'information"
    ),
    Annex.INFORMATION_NOTICE: QT_TRANSLATE_NOOP(
        "Annex", "Mentions d'information des personnes concernées (art. 5)"
    ),
    Annex.DPIA: QT_TRANSLATE_NOOP("Annex", "Analyse d'impact relative à la protection des données"),
    Annex.REPRESENTATIVE_MANDATE: QT_TRANSLATE_NOOP("Annex", "Mandat du représentant au Maroc"),
}


@dataclass(frozen=True)
class AnnexItem:
    annex: Annex
    values: Mapping[str, object] = field(default_factory=dict, hash=False)

    def text(self, translate: TranslateIn | None = None) -> str:
        tx = translate or _same
        try:
            return tx("Annex", ANNEX_LABELS[self.annex]).format(**self.values)
        except (KeyError, IndexError, ValueError):
            return tx("Annex", ANNEX_LABELS[self.annex])


def annex_checklist(
    activity: ProcessingActivity,
    processors: Iterable[Processor],
    required: Iterable[Formality],
    organisation: Organisation | None,
) -> tuple[AnnexItem, ...]:
    """The documents to join to the dossier, in the order the CNDP reads them."""
    required = tuple(required)
    out: list[AnnexItem] = []
    transfer = next((f for f in required if f.kind is FormalityKind.TRANSFER), None)
    if transfer is not None:
        out.append(
            AnnexItem(Annex.TRANSFER_CONTRACTS, {"countries": ", ".join(transfer.countries)})
        )
    names = [p.name for p in processors if p.id in activity.processor_ids and p.is_active]
    if names:
        out.append(AnnexItem(Annex.PROCESSOR_CONTRACTS, {"processors": ", ".join(names)}))
    if any(p.legal_basis is LegalBasis.CONSENT for p in activity.purposes):
        out.append(AnnexItem(Annex.CONSENT_FORMS))
    out.append(AnnexItem(Annex.SECURITY_POLICY))
    out.append(AnnexItem(Annex.INFORMATION_NOTICE))
    if activity.dpia_required or activity.dpia_done:
        out.append(AnnexItem(Annex.DPIA))
    if organisation is not None and not organisation.established_in_morocco:
        out.append(AnnexItem(Annex.REPRESENTATIVE_MANDATE))
    return tuple(out)


# ----------------------------------------------------------------------------- tracker


class FilingStatus(StrEnum):
    """Where one formality of one activity stands. Stored: never rename one."""

    TO_FILE = "to_file"
    FILED = "filed"
    GRANTED = "granted"  # the receipt (declaration) or the authorisation is in hand
    CHANGE_TO_DECLARE = "change_to_declare"  # an art. 15 item changed after the receipt
    ENDED = "ended"  # the processing ended and its end was declared


FILING_STATUS_LABELS = {
    FilingStatus.TO_FILE: QT_TRANSLATE_NOOP("FilingStatus", "À déposer"),
    FilingStatus.FILED: QT_TRANSLATE_NOOP("FilingStatus", "Déposé"),
    FilingStatus.GRANTED: QT_TRANSLATE_NOOP("FilingStatus", "Récépissé ou autorisation obtenu"),
    FilingStatus.CHANGE_TO_DECLARE: QT_TRANSLATE_NOOP("FilingStatus", "Modification à déclarer"),
    FilingStatus.ENDED: QT_TRANSLATE_NOOP("FilingStatus", "Fin du traitement déclarée"),
}
# What still asks the DPO to act: the dashboard card and the list filter count these.
PENDING_STATUSES = frozenset({FilingStatus.TO_FILE, FilingStatus.CHANGE_TO_DECLARE})


class FilingChannel(StrEnum):
    PORTAL = "portal"
    PAPER = "paper"
    EMAIL = "email"


FILING_CHANNEL_LABELS = {
    FilingChannel.PORTAL: QT_TRANSLATE_NOOP("FilingChannel", "Portail en ligne de la CNDP"),
    FilingChannel.PAPER: QT_TRANSLATE_NOOP("FilingChannel", "Dépôt papier au siège de la CNDP"),
    FilingChannel.EMAIL: QT_TRANSLATE_NOOP("FilingChannel", "Courrier électronique"),
}

# The activity's fields that are items of a declaration (art. 15 (a)-(i)): a change to
# one after the receipt must be declared. Review dates, notes and DPIA bookkeeping are
# not items of the declaration.
DECLARED_ITEMS = (
    "name",
    "purposes",
    "description",
    "software",
    "joint_controller",
    "subject_categories",
    "data_categories",
    "sources",
    "recipients",
    "retention",
    "security_measures",
    "security_notes",
    "rights_service",
    "interconnections",
    "collected_for",
)
# Register changes outside the activity's own fields that also change its art. 15 items.
ITEM_PROCESSORS = "processors"  # art. 15 (i): sub-processing
ITEM_TRANSFERS = "transfers"  # art. 15 (e): transfers abroad

ERR_FILED_ON = QT_TRANSLATE_NOOP("Errors", "La date de dépôt est obligatoire.")
ERR_RECEIPT = QT_TRANSLATE_NOOP(
    "Errors", "Le numéro et la date du récépissé ou de l'autorisation sont obligatoires."
)
ERR_ENDED_ON = QT_TRANSLATE_NOOP("Errors", "La date de fin du traitement est obligatoire.")
ERR_FILING_ORDER = QT_TRANSLATE_NOOP(
    "Errors", "La date du récépissé ({receipt}) précède la date de dépôt ({filed})."
)
ERR_FILING_FUTURE = QT_TRANSLATE_NOOP("Errors", "La date ({value}) ne peut pas être dans le futur.")
ERR_FILING_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "Le champ dépasse {limit} caractères.")
EARLIEST_FILING = date(2009, 2, 18)  # Law 09-08 of 18 February 2009
ERR_FILING_TOO_OLD = QT_TRANSLATE_NOOP(
    "Errors", "La date ({value}) précède la loi 09-08 du 18 février 2009."
)
MAX_RECEIPT = 100
MAX_FILING_NOTE = 20_000


@dataclass(frozen=True)
class FilingUpdate:
    """What the DPO records about one formality: a status and the facts it needs."""

    status: FilingStatus
    filed_on: date | None = None
    channel: FilingChannel | None = None
    receipt: str = ""  # free text, as the CNDP prints it: D-443/2022, A-PO-268/2024
    receipt_on: date | None = None
    ended_on: date | None = None
    note: str = ""

    def validated(self, today: date) -> FilingUpdate:
        status = FilingStatus(self.status)
        clean = FilingUpdate(
            status=status,
            filed_on=self.filed_on,
            channel=FilingChannel(self.channel) if self.channel else None,
            receipt=" ".join(self.receipt.split()),
            receipt_on=self.receipt_on,
            ended_on=self.ended_on,
            note=self.note.strip(),
        )
        if len(clean.receipt) > MAX_RECEIPT:
            raise ValidationError(ERR_FILING_TOO_LONG, "receipt", limit=MAX_RECEIPT)
        if len(clean.note) > MAX_FILING_NOTE:
            raise ValidationError(ERR_FILING_TOO_LONG, "note", limit=MAX_FILING_NOTE)
        if status is FilingStatus.FILED and clean.filed_on is None:
            raise ValidationError(ERR_FILED_ON, "filed_on")
        if status is FilingStatus.GRANTED and (not clean.receipt or clean.receipt_on is None):
            raise ValidationError(ERR_RECEIPT, "receipt")
        if status is FilingStatus.ENDED and clean.ended_on is None:
            raise ValidationError(ERR_ENDED_ON, "ended_on")
        for name in ("filed_on", "receipt_on", "ended_on"):
            value = getattr(clean, name)
            if value is not None and value > today:
                raise ValidationError(ERR_FILING_FUTURE, name, value=value.isoformat())
            if value is not None and value < EARLIEST_FILING:
                raise ValidationError(ERR_FILING_TOO_OLD, name, value=value.isoformat())
        if (
            clean.filed_on is not None
            and clean.receipt_on is not None
            and clean.receipt_on < clean.filed_on
        ):
            raise ValidationError(
                ERR_FILING_ORDER,
                "receipt_on",
                receipt=clean.receipt_on.isoformat(),
                filed=clean.filed_on.isoformat(),
            )
        return clean


@dataclass(frozen=True)
class Filing:
    """One formality of one activity as the tracker holds it.

    ``stored`` False: no row yet, the state is derived (to file, or granted from the
    receipt an older register kept on the activity itself).
    """

    activity_id: int
    kind: FormalityKind
    status: FilingStatus = FilingStatus.TO_FILE
    filed_on: date | None = None
    channel: FilingChannel | None = None
    receipt: str = ""
    receipt_on: date | None = None
    ended_on: date | None = None
    changes: tuple[str, ...] = ()  # the art. 15 items changed since the receipt
    note: str = ""
    updated_at: datetime | None = None
    version: int = 0
    stored: bool = False

    @property
    def pending(self) -> bool:
        return self.status in PENDING_STATUSES


def derived_filing(activity: ActivityDetails, activity_id: int, kind: FormalityKind) -> Filing:
    """The state of a formality with no tracker row: a register from before the tracker
    kept the receipt on the activity (``cndp_receipt``), and that receipt answers the
    main formality of the regime it was recorded under."""
    main = FormalityKind(str(activity.cndp_regime))
    if kind is main and activity.cndp_receipt.strip():
        return Filing(
            activity_id,
            kind,
            FilingStatus.GRANTED,
            receipt=activity.cndp_receipt.strip(),
            receipt_on=activity.cndp_receipt_on,
        )
    return Filing(activity_id, kind)


def changed_items(before: ActivityDetails, after: ActivityDetails) -> tuple[str, ...]:
    """The art. 15 items that differ between two versions of an activity."""
    return tuple(name for name in DECLARED_ITEMS if getattr(before, name) != getattr(after, name))
