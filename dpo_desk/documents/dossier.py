"""The CNDP dossier of one processing activity: what the DPO copies into the CNDP's
forms, as a ``blocks.Report`` (PDF) or a workbook (XLSX).

Law 09-08 art. 15 lists what a declaration holds, (a) to (i): the controller, the
processing's name, purposes and characteristics, the persons and data concerned, the
recipients, the transfers abroad, the retention, the service where rights are
exercised, the security measures, and the interconnections and sub-processing. The
prior authorisation (form F112, art. 12) asks for the same items; the transfer
authorisation (form F118, arts. 43-44) adds, per destination, the recipients and the
guarantees attached, and is examined only once the processing has its receipt.

The dossier opens with what the register lacks (``missing_information``): a dossier
with a blank is sent back, so the gap is the first thing the DPO reads, and every empty
field says so in words ("Non renseigné — à compléter"), never by a blank. It ends with
the checklist of documents to attach.

Pure: it reads the domain objects ``services/filings.py`` gathers (``ActivityFilings``,
passed as any object of that shape) and the organisation, and writes in the language
asked through the translator given. French by default: the CNDP works in French.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from babel import Locale
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from dpo_desk import translations
from dpo_desk.documents.blocks import Block, Bullets, Checklist, Fields, Heading, Paragraph, Report
from dpo_desk.documents.kinds import LetterLanguage
from dpo_desk.documents.letters import format_date
from dpo_desk.documents.wording import TranslateIn, Wording
from dpo_desk.documents.xlsx_export import safe_cell_text
from dpo_desk.domain.filings import (
    FILING_CHANNEL_LABELS,
    FILING_STATUS_LABELS,
    FORMALITY_LABELS,
    SIMPLIFIED_FORMS,
    AnnexItem,
    Filing,
    Formality,
    FormalityKind,
    MissingItem,
    TransferView,
)
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.domain.organisation import Organisation
from dpo_desk.domain.records import (
    AUTHORISATION_CATEGORIES,
    DATA_CATEGORY_LABELS,
    GDPR_GUARANTEES,
    LAW_EXCEPTION_LABELS,
    LEGAL_BASIS_LABELS,
    RECIPIENT_KIND_LABELS,
    SECURITY_MEASURE_LABELS,
    SENSITIVE_CATEGORIES,
    TRANSFER_MECHANISM_LABELS,
    DataCategory,
    ProcessingActivity,
    Processor,
    SecurityMeasure,
    TransferMechanism,
)

CTX = "Dossier"

TITLE = QT_TRANSLATE_NOOP("Dossier", "Dossier de formalités CNDP — {activity}")
FOOTER = QT_TRANSLATE_NOOP("Dossier", "{organisation} — dossier CNDP « {activity} »")
EMPTY = QT_TRANSLATE_NOOP("Dossier", "Non renseigné — à compléter")
# A CNDP filing is made under Law 09-08 alone: a purpose's legal basis cites art. 4 (the
# person's consent, or one of the cases that dispense with it), never the GDPR.
BASIS_0908 = QT_TRANSLATE_NOOP("Dossier", "loi 09-08 art. 4")
NONE_DECLARED = QT_TRANSLATE_NOOP("Dossier", "Aucune")
YES = QT_TRANSLATE_NOOP("Dossier", "Oui")
NO = QT_TRANSLATE_NOOP("Dossier", "Non")

MISSING_HEADING = QT_TRANSLATE_NOOP("Dossier", "Informations manquantes")
MISSING_INTRO = QT_TRANSLATE_NOOP(
    "Dossier",
    "Le registre ne contient pas encore les informations suivantes ; complétez-les avant "
    "de déposer le dossier :",
)
MISSING_NONE = QT_TRANSLATE_NOOP(
    "Dossier", "Aucune information ne manque : le registre contient tout ce que le dossier demande."
)
FORMALITIES_HEADING = QT_TRANSLATE_NOOP("Dossier", "Formalités à accomplir")
FORMALITY_HEADING = QT_TRANSLATE_NOOP("Dossier", "{label} — formulaire {form}")
REASONS_HEADING = QT_TRANSLATE_NOOP("Dossier", "Pourquoi cette formalité")
NOTES_HEADING = QT_TRANSLATE_NOOP("Dossier", "À noter")
FORM_HEADING = QT_TRANSLATE_NOOP("Dossier", "Contenu du formulaire (loi 09-08 art. 15)")
TRANSFER_HEADING = QT_TRANSLATE_NOOP(
    "Dossier", "Demande d'autorisation de transfert à l'étranger (formulaire F118)"
)
TRANSFER_DESTINATION = QT_TRANSLATE_NOOP("Dossier", "Destination : {country}")
ANNEXES_HEADING = QT_TRANSLATE_NOOP("Dossier", "Annexes à joindre")
ANNEXES_NONE = QT_TRANSLATE_NOOP("Dossier", "Aucune annexe n'est demandée.")

# The tracker's facts about one formality.
STATUS_SECTION = QT_TRANSLATE_NOOP("Dossier", "Suivi : {label}")
L_FORM = QT_TRANSLATE_NOOP("Dossier", "Formulaire")
FORM_SIMPLIFIED = QT_TRANSLATE_NOOP("Dossier", "{form} (ou {simplified}, demande simplifiée)")
L_STATUS = QT_TRANSLATE_NOOP("Dossier", "Statut")
L_FILED_ON = QT_TRANSLATE_NOOP("Dossier", "Date de dépôt")
L_CHANNEL = QT_TRANSLATE_NOOP("Dossier", "Canal de dépôt")
L_RECEIPT = QT_TRANSLATE_NOOP("Dossier", "Récépissé ou autorisation n°")
L_RECEIPT_ON = QT_TRANSLATE_NOOP("Dossier", "Date du récépissé ou de l'autorisation")
L_CHANGES = QT_TRANSLATE_NOOP("Dossier", "Modifications à déclarer")
L_ENDED_ON = QT_TRANSLATE_NOOP("Dossier", "Fin du traitement")
L_NOTE = QT_TRANSLATE_NOOP("Dossier", "Note")
NOT_YET = QT_TRANSLATE_NOOP("Dossier", "Pas encore")

# Art. 15 (a)-(i): one section each.
S_CONTROLLER = QT_TRANSLATE_NOOP("Dossier", "a) Responsable du traitement")
S_PROCESSING = QT_TRANSLATE_NOOP("Dossier", "b) Dénomination, finalités et caractéristiques")
S_DATA = QT_TRANSLATE_NOOP("Dossier", "c) Personnes concernées et catégories de données")
S_RECIPIENTS = QT_TRANSLATE_NOOP("Dossier", "d) Destinataires et sous-traitants")
S_TRANSFERS = QT_TRANSLATE_NOOP("Dossier", "e) Transferts de données vers l'étranger")
S_RETENTION = QT_TRANSLATE_NOOP("Dossier", "f) Durée de conservation")
S_RIGHTS = QT_TRANSLATE_NOOP("Dossier", "g) Exercice des droits des personnes")
S_SECURITY = QT_TRANSLATE_NOOP("Dossier", "h) Mesures de sécurité")
S_INTERCONNECTION = QT_TRANSLATE_NOOP("Dossier", "i) Interconnexions et sous-traitance")

L_NAME = QT_TRANSLATE_NOOP("Dossier", "Nom ou raison sociale")
L_ADDRESS = QT_TRANSLATE_NOOP("Dossier", "Adresse")
L_IDENTIFIERS = QT_TRANSLATE_NOOP("Dossier", "Identifiants légaux (RC, ICE, IF)")
L_ESTABLISHED = QT_TRANSLATE_NOOP("Dossier", "Établi au Maroc")
L_REPRESENTATIVE = QT_TRANSLATE_NOOP("Dossier", "Représentant au Maroc")
L_SIGNATORY = QT_TRANSLATE_NOOP("Dossier", "Signataire")
L_SIGNATORY_TITLE = QT_TRANSLATE_NOOP("Dossier", "Qualité du signataire")
L_DPO = QT_TRANSLATE_NOOP("Dossier", "Délégué à la protection des données")
L_JOINT = QT_TRANSLATE_NOOP("Dossier", "Responsable conjoint")
L_ACTIVITY = QT_TRANSLATE_NOOP("Dossier", "Dénomination du traitement")
L_PURPOSE = QT_TRANSLATE_NOOP("Dossier", "Finalité {n}")
L_PURPOSES = QT_TRANSLATE_NOOP("Dossier", "Finalités")
PURPOSE_TEXT = QT_TRANSLATE_NOOP("Dossier", "{purpose}\nBase légale : {basis} ({citation})")
L_DESCRIPTION = QT_TRANSLATE_NOOP("Dossier", "Description et caractéristiques")
L_SOFTWARE = QT_TRANSLATE_NOOP("Dossier", "Logiciels ou applications")
L_DEPARTMENT = QT_TRANSLATE_NOOP("Dossier", "Service responsable")
L_COLLECTED_FOR = QT_TRANSLATE_NOOP("Dossier", "Données collectées à l'origine pour")
L_SOURCES = QT_TRANSLATE_NOOP("Dossier", "Origine des données")
L_SUBJECTS = QT_TRANSLATE_NOOP("Dossier", "Catégories de personnes concernées")
L_MINORS = QT_TRANSLATE_NOOP("Dossier", "Des mineurs sont concernés")
L_CATEGORIES = QT_TRANSLATE_NOOP("Dossier", "Catégories de données")
SENSITIVE_MARK = QT_TRANSLATE_NOOP("Dossier", "{category} — donnée sensible")
AUTHORISATION_MARK = QT_TRANSLATE_NOOP("Dossier", "{category} — soumise à autorisation (art. 12)")
L_RECIPIENTS = QT_TRANSLATE_NOOP("Dossier", "Destinataires")
RECIPIENT_TEXT = QT_TRANSLATE_NOOP("Dossier", "{kind} : {name}")
L_PROCESSORS = QT_TRANSLATE_NOOP("Dossier", "Sous-traitants")
PROCESSOR_TEXT = QT_TRANSLATE_NOOP("Dossier", "{name} ({countries})")
L_TRANSFER = QT_TRANSLATE_NOOP("Dossier", "Transfert {n}")
NO_TRANSFER = QT_TRANSLATE_NOOP("Dossier", "Aucun transfert hors du Maroc")
TRANSFER_COUNTRY = QT_TRANSLATE_NOOP("Dossier", "Pays : {country}")
TRANSFER_VIA = QT_TRANSLATE_NOOP("Dossier", "Par le sous-traitant : {processor}")
TRANSFER_MECHANISM = QT_TRANSLATE_NOOP("Dossier", "Encadrement : {mechanism}")
TRANSFER_REFERENCE = QT_TRANSLATE_NOOP("Dossier", "Référence : {reference}")
TRANSFER_EXCEPTION = QT_TRANSLATE_NOOP("Dossier", "Exception de la loi 09-08 : {exception}")
TRANSFER_ADEQUATE = QT_TRANSLATE_NOOP("Dossier", "Pays inscrit sur la liste d'adéquation")
TRANSFER_REQUESTED = QT_TRANSLATE_NOOP("Dossier", "Autorisation demandée (F118)")
TRANSFER_UNRECORDED = QT_TRANSLATE_NOOP("Dossier", "Aucun transfert enregistré pour ce pays")
L_RETENTION = QT_TRANSLATE_NOOP("Dossier", "Durées")
RETENTION_TEXT = QT_TRANSLATE_NOOP("Dossier", "{category} : {duration}")
L_RIGHTS = QT_TRANSLATE_NOOP("Dossier", "Service auprès duquel les droits s'exercent")
L_MEASURES = QT_TRANSLATE_NOOP("Dossier", "Mesures")
L_SECURITY_NOTES = QT_TRANSLATE_NOOP("Dossier", "Précisions")
L_INTERCONNECTIONS = QT_TRANSLATE_NOOP("Dossier", "Interconnexions de fichiers")
L_SUBPROCESSING = QT_TRANSLATE_NOOP("Dossier", "Sous-traitance")
SUBPROCESSING_TEXT = QT_TRANSLATE_NOOP("Dossier", "{name} — sous-traitants ultérieurs : {subs}")
NO_PROCESSOR = QT_TRANSLATE_NOOP("Dossier", "Aucun sous-traitant")

# F118, per destination.
L_DESTINATION = QT_TRANSLATE_NOOP("Dossier", "Pays de destination")
L_DESTINATION_RECIPIENTS = QT_TRANSLATE_NOOP("Dossier", "Destinataires dans ce pays")
L_GUARANTEES = QT_TRANSLATE_NOOP("Dossier", "Garanties jointes à la demande")
GUARANTEE_TEXT = QT_TRANSLATE_NOOP("Dossier", "{mechanism} — référence : {reference}")
L_PURPOSES_TRANSFER = QT_TRANSLATE_NOOP("Dossier", "Finalités du transfert")

# Spreadsheet.
SHEET_FORM = QT_TRANSLATE_NOOP("Dossier", "Formulaire")
SHEET_MISSING = QT_TRANSLATE_NOOP("Dossier", "Manquant")
H_SECTION = QT_TRANSLATE_NOOP("Dossier", "Rubrique")
H_FIELD = QT_TRANSLATE_NOOP("Dossier", "Champ")
H_VALUE = QT_TRANSLATE_NOOP("Dossier", "Valeur")
H_MISSING = QT_TRANSLATE_NOOP("Dossier", "Information manquante")

# The art. 15 items a change to declare names (``Filing.changes``).
CHANGE_LABELS = {
    "name": QT_TRANSLATE_NOOP("Dossier", "dénomination"),
    "purposes": QT_TRANSLATE_NOOP("Dossier", "finalités"),
    "description": QT_TRANSLATE_NOOP("Dossier", "description"),
    "software": QT_TRANSLATE_NOOP("Dossier", "logiciels"),
    "joint_controller": QT_TRANSLATE_NOOP("Dossier", "responsable conjoint"),
    "subject_categories": QT_TRANSLATE_NOOP("Dossier", "personnes concernées"),
    "data_categories": QT_TRANSLATE_NOOP("Dossier", "catégories de données"),
    "sources": QT_TRANSLATE_NOOP("Dossier", "origine des données"),
    "recipients": QT_TRANSLATE_NOOP("Dossier", "destinataires"),
    "retention": QT_TRANSLATE_NOOP("Dossier", "durée de conservation"),
    "security_measures": QT_TRANSLATE_NOOP("Dossier", "mesures de sécurité"),
    "security_notes": QT_TRANSLATE_NOOP("Dossier", "mesures de sécurité"),
    "rights_service": QT_TRANSLATE_NOOP("Dossier", "service des droits"),
    "interconnections": QT_TRANSLATE_NOOP("Dossier", "interconnexions"),
    "collected_for": QT_TRANSLATE_NOOP("Dossier", "finalité d'origine des données"),
    "processors": QT_TRANSLATE_NOOP("Dossier", "sous-traitants"),
    "transfers": QT_TRANSLATE_NOOP("Dossier", "transferts à l'étranger"),
}


# ----------------------------------------------------------------------------- inputs


class _State(Protocol):
    @property
    def formality(self) -> Formality: ...
    @property
    def filing(self) -> Filing: ...


class ActivityFilingsLike(Protocol):
    """What ``services.filings.ActivityFilings`` holds (documents never import services)."""

    @property
    def activity(self) -> ProcessingActivity: ...
    @property
    def required(self) -> Sequence[_State]: ...
    @property
    def missing(self) -> Sequence[MissingItem]: ...
    @property
    def annexes(self) -> Sequence[AnnexItem]: ...
    @property
    def transfers(self) -> Sequence[TransferView]: ...


@dataclass(frozen=True)
class Section:
    """One heading of the form and its label/value rows."""

    title: str
    rows: tuple[tuple[str, str], ...]
    level: int = 2


class _Words(Wording):
    """The dossier's words: its fixed strings in ``Dossier``, labels in their own context."""

    def __init__(self, translate_in: TranslateIn, language: LetterLanguage) -> None:
        super().__init__(translate_in, language, CTX)
        self.empty = self(EMPTY)
        # Countries by name in the document's language ("États-Unis (US)"), from CLDR.
        self.territories: Mapping[str, str] = {}
        try:
            self.territories = Locale.parse(str(language)).territories
        except (ValueError, LookupError):
            pass

    def value(self, text: str | None) -> str:
        """A value as printed: never blank."""
        return text.strip() if text and text.strip() else self.empty

    def lines(self, items: Iterable[str]) -> str:
        return "\n".join(item for item in items if item.strip()) or self.empty

    def day(self, day: date | None, missing: str = "") -> str:
        if day is None:
            return missing or self.empty
        return format_date(day, self.language)

    def yes_no(self, flag: bool) -> str:
        return self(YES) if flag else self(NO)

    def country(self, code: str) -> str:
        name = self.territories.get(code)
        return f"{name} ({code})" if name else code


# ----------------------------------------------------------------------------- sections


def _category(words: _Words, category: DataCategory) -> str:
    label = words.label("DataCategory", DATA_CATEGORY_LABELS[category])
    if category in SENSITIVE_CATEGORIES:
        return words(SENSITIVE_MARK, category=label)
    if category in AUTHORISATION_CATEGORIES:
        return words(AUTHORISATION_MARK, category=label)
    return label


def _mechanism(words: _Words, mechanism: TransferMechanism | None) -> str:
    if mechanism is None:
        return words.empty
    return words.label("TransferMechanism", TRANSFER_MECHANISM_LABELS[mechanism])


def _controller(words: _Words, org: Organisation, activity: ProcessingActivity) -> Section:
    dpo = [org.dpo_name, org.dpo_email, org.dpo_phone]
    rows = [
        (words(L_NAME), words.value(org.name)),
        (words(L_ADDRESS), words.value(org.address)),
        (words(L_IDENTIFIERS), words.value(org.legal_identifiers)),
        (words(L_ESTABLISHED), words.yes_no(org.established_in_morocco)),
    ]
    if not org.established_in_morocco:
        rows.append((words(L_REPRESENTATIVE), words.value(org.representative)))
    rows += [
        (words(L_SIGNATORY), words.value(org.signatory_name)),
        (words(L_SIGNATORY_TITLE), words.value(org.signatory_title)),
        (words(L_DPO), words.lines(dpo)),
    ]
    if activity.joint_controller.strip():
        rows.append((words(L_JOINT), activity.joint_controller.strip()))
    return Section(words(S_CONTROLLER), tuple(rows))


def _purpose_rows(words: _Words, activity: ProcessingActivity) -> list[tuple[str, str]]:
    rows = []
    for n, purpose in enumerate(activity.purposes, start=1):
        text = words(
            PURPOSE_TEXT,
            purpose=purpose.description,
            basis=words.label("LegalBasis", LEGAL_BASIS_LABELS[purpose.legal_basis]),
            citation=words(BASIS_0908),
        )
        if purpose.justification.strip():
            text += "\n" + purpose.justification.strip()
        label = words(L_PURPOSE, n=n) if len(activity.purposes) > 1 else words(L_PURPOSES)
        rows.append((label, text))
    return rows or [(words(L_PURPOSES), words.empty)]


def _processing(words: _Words, activity: ProcessingActivity) -> Section:
    rows = [
        (words(L_ACTIVITY), words.value(activity.name)),
        *_purpose_rows(words, activity),
        (words(L_DESCRIPTION), words.value(activity.description)),
        (words(L_SOFTWARE), words.value(activity.software)),
        (words(L_DEPARTMENT), words.value(activity.owner_department)),
        (words(L_SOURCES), words.lines(activity.sources)),
        (words(L_COLLECTED_FOR), activity.collected_for.strip() or words(NONE_DECLARED)),
    ]
    return Section(words(S_PROCESSING), tuple(rows))


def _data(words: _Words, activity: ProcessingActivity) -> Section:
    categories = [_category(words, c) for c in DataCategory if c in activity.data_categories]
    rows = (
        (words(L_SUBJECTS), words.lines(activity.subject_categories)),
        (words(L_MINORS), words.yes_no(activity.minors)),
        (words(L_CATEGORIES), words.lines(categories)),
    )
    return Section(words(S_DATA), rows)


def _used(activity: ProcessingActivity, processors: Sequence[Processor]) -> list[Processor]:
    return [p for p in processors if p.id in activity.processor_ids and p.is_active]


def _recipients(
    words: _Words, activity: ProcessingActivity, processors: Sequence[Processor]
) -> Section:
    recipients = [
        words(
            RECIPIENT_TEXT,
            kind=words.label("RecipientKind", RECIPIENT_KIND_LABELS[r.kind]),
            name=r.name,
        )
        for r in activity.recipients
    ]
    used = [
        words(PROCESSOR_TEXT, name=p.name, countries=", ".join(p.countries))
        if p.countries
        else p.name
        for p in _used(activity, processors)
    ]
    rows = (
        (words(L_RECIPIENTS), words.lines(recipients)),
        (words(L_PROCESSORS), "\n".join(used) or words(NO_PROCESSOR)),
    )
    return Section(words(S_RECIPIENTS), rows)


def _transfer_text(words: _Words, view: TransferView, requested: frozenset[str]) -> str:
    parts = [words(TRANSFER_COUNTRY, country=words.country(view.country))]
    if view.processor:
        parts.append(words(TRANSFER_VIA, processor=view.processor))
    if view.mechanism is not None:
        parts.append(words(TRANSFER_MECHANISM, mechanism=_mechanism(words, view.mechanism)))
    if view.reference.strip():
        parts.append(words(TRANSFER_REFERENCE, reference=view.reference.strip()))
    if not view.recorded:
        parts.append(words(TRANSFER_UNRECORDED))
    if view.exception is not None:
        exception = words.label("Law0908Exception", LAW_EXCEPTION_LABELS[view.exception])
        parts.append(words(TRANSFER_EXCEPTION, exception=exception))
    elif view.country in requested:
        parts.append(words(TRANSFER_REQUESTED))
    else:
        parts.append(words(TRANSFER_ADEQUATE))
    return "\n".join(parts)


def _transfers(words: _Words, views: Sequence[TransferView], requested: frozenset[str]) -> Section:
    foreign = [v for v in views if v.country != "MA"]
    rows = tuple(
        (words(L_TRANSFER, n=n), _transfer_text(words, view, requested))
        for n, view in enumerate(foreign, start=1)
    )
    return Section(words(S_TRANSFERS), rows or ((words(L_TRANSFER, n=1), words(NO_TRANSFER)),))


def _retention(words: _Words, activity: ProcessingActivity) -> Section:
    lines = []
    for rule in activity.retention:
        category = words.label("DataCategory", DATA_CATEGORY_LABELS[rule.category])
        if rule.scope.strip():
            category = f"{category} ({rule.scope.strip()})"
        duration = rule.text(
            count=lambda text, n: translations.translate_count(
                "RetentionUnit", text, n, words.language
            )
        )
        lines.append(words(RETENTION_TEXT, category=category, duration=duration))
    return Section(words(S_RETENTION), ((words(L_RETENTION), words.lines(lines)),))


def _security(words: _Words, activity: ProcessingActivity) -> Section:
    measures = [
        words.label("SecurityMeasure", SECURITY_MEASURE_LABELS[m])
        for m in SecurityMeasure
        if m in activity.security_measures
    ]
    rows = (
        (words(L_MEASURES), words.lines(measures)),
        (words(L_SECURITY_NOTES), words.value(activity.security_notes)),
    )
    return Section(words(S_SECURITY), rows)


def _interconnection(
    words: _Words, activity: ProcessingActivity, processors: Sequence[Processor]
) -> Section:
    subs = [
        words(
            SUBPROCESSING_TEXT,
            name=p.name,
            subs=", ".join(p.sub_processors) or words(NONE_DECLARED),
        )
        for p in _used(activity, processors)
    ]
    rows = (
        (words(L_INTERCONNECTIONS), activity.interconnections.strip() or words(NONE_DECLARED)),
        (words(L_SUBPROCESSING), "\n".join(subs) or words(NO_PROCESSOR)),
    )
    return Section(words(S_INTERCONNECTION), rows)


def _status(words: _Words, formality: Formality, filing: Filing) -> Section:
    form = formality.form
    if formality.kind in SIMPLIFIED_FORMS:
        form = words(FORM_SIMPLIFIED, form=form, simplified=SIMPLIFIED_FORMS[formality.kind])
    channel = (
        words.label("FilingChannel", FILING_CHANNEL_LABELS[filing.channel])
        if filing.channel
        else words(NOT_YET)
    )
    rows = [
        (words(L_FORM), form),
        (words(L_STATUS), words.label("FilingStatus", FILING_STATUS_LABELS[filing.status])),
        (words(L_FILED_ON), words.day(filing.filed_on, words(NOT_YET))),
        (words(L_CHANNEL), channel),
        (words(L_RECEIPT), filing.receipt.strip() or words(NOT_YET)),
        (words(L_RECEIPT_ON), words.day(filing.receipt_on, words(NOT_YET))),
    ]
    if filing.changes:
        names = dict.fromkeys(
            words(CHANGE_LABELS[c]) if c in CHANGE_LABELS else c for c in filing.changes
        )
        rows.append((words(L_CHANGES), ", ".join(names)))
    if filing.ended_on is not None:
        rows.append((words(L_ENDED_ON), words.day(filing.ended_on)))
    if filing.note.strip():
        rows.append((words(L_NOTE), filing.note.strip()))
    label = words.label("FormalityKind", FORMALITY_LABELS[formality.kind])
    return Section(words(STATUS_SECTION, label=label), tuple(rows), level=3)


def _destinations(
    words: _Words, formality: Formality, views: Sequence[TransferView], activity: ProcessingActivity
) -> list[Section]:
    """F118: one section per destination, with who receives the data there and the
    guarantees attached (clauses and BCR support the request; they do not replace it)."""
    purposes = "\n".join(p.description for p in activity.purposes) or words.empty
    sections = []
    for country in formality.countries:
        here = [v for v in views if v.country == country]
        recipients = list(dict.fromkeys(v.processor for v in here if v.processor))
        guarantees = []
        for view in here:
            if view.mechanism in GDPR_GUARANTEES or (
                view.mechanism is TransferMechanism.CNDP_AUTHORISATION
            ):
                reference = view.reference.strip() or words.empty
                guarantees.append(
                    words(
                        GUARANTEE_TEXT,
                        mechanism=_mechanism(words, view.mechanism),
                        reference=reference,
                    )
                )
        rows = (
            (words(L_DESTINATION), words.country(country)),
            (words(L_DESTINATION_RECIPIENTS), words.lines(recipients)),
            (words(L_PURPOSES_TRANSFER), purposes),
            (words(L_GUARANTEES), words.lines(dict.fromkeys(guarantees))),
        )
        sections.append(Section(words(TRANSFER_DESTINATION, country=words.country(country)), rows))
    return sections


def _form(
    words: _Words,
    filings: ActivityFilingsLike,
    organisation: Organisation,
    processors: Sequence[Processor],
) -> list[Section]:
    activity = filings.activity
    transfer = next(
        (s.formality for s in filings.required if s.formality.kind is FormalityKind.TRANSFER),
        None,
    )
    requested = frozenset(transfer.countries) if transfer is not None else frozenset()
    return [
        _controller(words, organisation, activity),
        _processing(words, activity),
        _data(words, activity),
        _recipients(words, activity, processors),
        _transfers(words, filings.transfers, requested),
        _retention(words, activity),
        Section(words(S_RIGHTS), ((words(L_RIGHTS), words.value(activity.rights_service)),)),
        _security(words, activity),
        _interconnection(words, activity, processors),
    ]


# ----------------------------------------------------------------------------- documents


def _setup(
    language: LetterLanguage | str,
    translate_in: TranslateIn | None,
    organisation: Organisation | None,
) -> tuple[_Words, Organisation]:
    words = _Words(translate_in or (lambda _context, text: text), LetterLanguage(language))
    return words, organisation or Organisation(name="")


def dossier_report(
    filings: ActivityFilingsLike,
    organisation: Organisation | None,
    language: LetterLanguage | str = LetterLanguage.FR,
    today: date | None = None,
    translate_in: TranslateIn | None = None,
    processors: Sequence[Processor] = (),
) -> Report:
    """The dossier as a report: missing information first, then each formality (its
    status, reasons and notes), the form's content (art. 15 (a)-(i)), the F118 request
    per destination, and the annexes to attach."""
    words, org = _setup(language, translate_in, organisation)
    tr = words.tr
    activity = filings.activity
    blocks: list[Block] = [Heading(words(MISSING_HEADING))]
    if filings.missing:
        blocks.append(Paragraph(words(MISSING_INTRO)))
        blocks.extend(Paragraph(f"• {m.text(tr)}", emphasis=True) for m in filings.missing)
    else:
        blocks.append(Paragraph(words(MISSING_NONE)))

    blocks.append(Heading(words(FORMALITIES_HEADING)))
    for state in filings.required:
        formality = state.formality
        label = words.label("FormalityKind", FORMALITY_LABELS[formality.kind])
        blocks.append(Heading(words(FORMALITY_HEADING, label=label, form=formality.form), 2))
        status = _status(words, formality, state.filing)
        blocks.append(Fields(status.rows))
        if formality.reasons:
            blocks.append(Heading(words(REASONS_HEADING), 3))
            blocks.append(Bullets(tuple(r.text(tr) for r in formality.reasons)))
        if formality.notes:
            blocks.append(Heading(words(NOTES_HEADING), 3))
            blocks.append(Bullets(tuple(n.text(tr) for n in formality.notes)))

    blocks.append(Heading(words(FORM_HEADING)))
    for section in _form(words, filings, org, processors):
        blocks.append(Heading(section.title, 2))
        blocks.append(Fields(section.rows))

    transfer = next(
        (s.formality for s in filings.required if s.formality.kind is FormalityKind.TRANSFER),
        None,
    )
    if transfer is not None:
        blocks.append(Heading(words(TRANSFER_HEADING)))
        blocks.extend(Paragraph(n.text(tr), emphasis=True) for n in transfer.notes)
        for section in _destinations(words, transfer, filings.transfers, activity):
            blocks.append(Heading(section.title, 2))
            blocks.append(Fields(section.rows))

    blocks.append(Heading(words(ANNEXES_HEADING)))
    if filings.annexes:
        blocks.append(Checklist(tuple((a.text(tr), False) for a in filings.annexes)))
    else:
        blocks.append(Paragraph(words(ANNEXES_NONE)))

    name = activity.name.strip() or words.empty
    return Report(
        language=LetterLanguage(language),
        title=words(TITLE, activity=name),
        author=org.name,
        blocks=tuple(blocks),
        subtitle=org.name,
        issued_on=today,
        footer=words(FOOTER, organisation=org.name, activity=name),
        keywords=("CNDP", *(s.formality.form for s in filings.required)),
    )


def dossier_rows(
    filings: ActivityFilingsLike,
    organisation: Organisation | None,
    language: LetterLanguage | str = LetterLanguage.FR,
    translate_in: TranslateIn | None = None,
    processors: Sequence[Processor] = (),
) -> list[tuple[str, str, str]]:
    """The dossier's fields as (section, label, value) rows: each formality's status,
    the form's content (art. 15 (a)-(i)), then the F118 request per destination."""
    words, org = _setup(language, translate_in, organisation)
    sections = [_status(words, s.formality, s.filing) for s in filings.required]
    sections += _form(words, filings, org, processors)
    for state in filings.required:
        if state.formality.kind is FormalityKind.TRANSFER:
            sections += _destinations(words, state.formality, filings.transfers, filings.activity)
    return [(s.title, label, value) for s in sections for label, value in s.rows]


_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
_WRAP = Alignment(vertical="top", wrap_text=True)


def _sheet(
    ws: Worksheet, header: Sequence[str], rows: Iterable[Sequence[str]], widths: Sequence[int]
) -> None:
    for column, (title, width) in enumerate(zip(header, widths, strict=True), start=1):
        cell = ws.cell(row=1, column=column)
        cell.value = safe_cell_text(title).text
        cell.data_type = "s"
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        ws.column_dimensions[chr(64 + column)].width = width
    for index, row in enumerate(rows, start=2):
        for column, text in enumerate(row, start=1):
            # Never a formula, whatever the text starts with (xlsx_export's rule): the
            # type is set after the value, which openpyxl would take "=..." for.
            safe = safe_cell_text(text)
            cell = ws.cell(row=index, column=column)
            cell.value = safe.text
            cell.data_type = "s"
            cell.alignment = _WRAP
            if safe.guarded:
                cell.quotePrefix = True
    ws.freeze_panes = "A2"


def _sheet_title(text: str, fallback: str) -> str:
    """A sheet's title: at most 31 characters and none of ``[]:*?/\\`` (Excel's rule)."""
    clean = "".join(c for c in text if c not in "[]:*?/\\").strip()[:31]
    return clean or fallback


def dossier_xlsx(
    filings: ActivityFilingsLike,
    organisation: Organisation | None,
    language: LetterLanguage | str = LetterLanguage.FR,
    translate_in: TranslateIn | None = None,
    processors: Sequence[Processor] = (),
) -> bytes:
    """The dossier as a workbook: "Formulaire" (section, field, value) and "Manquant"."""
    words, _ = _setup(language, translate_in, organisation)
    rows = dossier_rows(filings, organisation, language, translate_in, processors)
    book = Workbook()
    form = book.active
    assert form is not None
    form.title = _sheet_title(words(SHEET_FORM), "Formulaire")
    _sheet(form, [words(H_SECTION), words(H_FIELD), words(H_VALUE)], rows, (40, 38, 90))
    missing = book.create_sheet(_sheet_title(words(SHEET_MISSING), "Manquant"))
    _sheet(missing, [words(H_MISSING)], [(m.text(words.tr),) for m in filings.missing], (100,))
    if LetterLanguage(language).rtl:
        for sheet in (form, missing):
            sheet.sheet_view.rightToLeft = True
    book.properties.title = words(TITLE, activity=filings.activity.name)
    book.properties.creator = (organisation.name if organisation else "") or "DPO Desk"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
