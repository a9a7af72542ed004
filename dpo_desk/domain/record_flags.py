"""The register's flags: what in the records of processing the DPO should look at.

Pure functions of the records, today and two editable settings (the adequacy list and
the activities' review period): a transfer with no footing under Law 09-08 (arts. 43-44),
a processor without a signed or with a lapsed DPA, unchecked GDPR Art. 28(3) clauses,
an overdue review, a contract ended with the data neither returned nor deleted, art. 12
data under a mere declaration, a DPIA not done. ``services.records.register_flags``
gathers them for the dashboard and the ``--flagged`` lists. Split from
``domain/records.py``, which keeps the records themselves.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from dpo_desk.domain.countries import DEFAULT_ADEQUATE_COUNTRIES, HOME_COUNTRY
from dpo_desk.domain.deadlines import add_months
from dpo_desk.domain.errors import Translate
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.domain.records import (
    ART28_LETTERS,
    AUTHORISATION_CATEGORIES,
    GDPR_GUARANTEES,
    CndpRegime,
    DataCategory,
    ProcessingActivity,
    Processor,
    Transfer,
    TransferMechanism,
)


class FlagKind(StrEnum):
    TRANSFER_WITHOUT_MECHANISM = "transfer_without_mechanism"
    MISSING_DPA = "missing_dpa"
    INCOMPLETE_DPA = "incomplete_dpa"
    REVIEW_OVERDUE = "review_overdue"
    DATA_NOT_RETURNED = "data_not_returned"
    AUTHORISATION_NEEDED = "authorisation_needed"
    DPIA_MISSING = "dpia_missing"


FLAG_KIND_LABELS = {
    FlagKind.TRANSFER_WITHOUT_MECHANISM: QT_TRANSLATE_NOOP("FlagKind", "Transfert non encadré"),
    FlagKind.MISSING_DPA: QT_TRANSLATE_NOOP("FlagKind", "Contrat de sous-traitance manquant"),
    FlagKind.INCOMPLETE_DPA: QT_TRANSLATE_NOOP("FlagKind", "Clauses de l'art. 28(3) manquantes"),
    FlagKind.REVIEW_OVERDUE: QT_TRANSLATE_NOOP("FlagKind", "Revue en retard"),
    FlagKind.DATA_NOT_RETURNED: QT_TRANSLATE_NOOP("FlagKind", "Fin de contrat sans restitution ni suppression"),
    FlagKind.AUTHORISATION_NEEDED: QT_TRANSLATE_NOOP("FlagKind", "Autorisation préalable de la CNDP requise"),
    FlagKind.DPIA_MISSING: QT_TRANSLATE_NOOP("FlagKind", "Analyse d'impact non réalisée"),
}  # fmt: skip

FLAG_TRANSFER_NO_MECHANISM = QT_TRANSLATE_NOOP(
    "Flags",
    "Transfert vers un pays non reconnu adéquat ({country}) sans mécanisme enregistré "
    "(loi 09-08 art. 43-44 ; RGPD art. 44-49).",
)
FLAG_ADEQUACY_UNLISTED = QT_TRANSLATE_NOOP(
    "Flags",
    "Transfert vers {country} fondé sur l'adéquation, mais ce pays ne figure pas sur la "
    "liste d'adéquation du registre.",
)
FLAG_GUARANTEES_ONLY = QT_TRANSLATE_NOOP(
    "Flags",
    "Transfert vers {country} fondé sur des garanties contractuelles : sous la loi 09-08 "
    "elles accompagnent la demande d'autorisation à la CNDP (F118) sans la remplacer ; "
    "aucune autorisation ni exception n'est enregistrée (art. 43-44).",
)
FLAG_PROCESSING_ABROAD = QT_TRANSLATE_NOOP(
    "Flags",
    "Le sous-traitant traite des données dans un pays non reconnu adéquat ({country}) et "
    "aucun transfert n'y est enregistré.",
)
FLAG_NO_DPA = QT_TRANSLATE_NOOP(
    "Flags",
    "Aucun contrat de sous-traitance signé avec ce sous-traitant actif "
    "(RGPD art. 28(3) ; loi 09-08 art. 23).",
)
FLAG_DPA_EXPIRED = QT_TRANSLATE_NOOP(
    "Flags",
    "Le contrat de sous-traitance a pris fin le {date} et le sous-traitant est toujours actif.",
)
FLAG_CLAUSES = QT_TRANSLATE_NOOP(
    "Flags", "Clauses de l'article 28(3) RGPD non vérifiées dans le contrat : {clauses}."
)
FLAG_PROCESSOR_REVIEW = QT_TRANSLATE_NOOP(
    "Flags", "Revue du sous-traitant prévue le {date} : {days} jour(s) de retard."
)
FLAG_ACTIVITY_REVIEW = QT_TRANSLATE_NOOP(
    "Flags",
    "Dernière revue du traitement le {date}, il y a plus de {months} mois "
    "(politique interne ; RGPD art. 24(1)).",
)
FLAG_ACTIVITY_NEVER_REVIEWED = QT_TRANSLATE_NOOP(
    "Flags",
    "Traitement inscrit le {date} et jamais revu depuis plus de {months} mois "
    "(politique interne ; RGPD art. 24(1)).",
)
FLAG_DATA_NOT_RETURNED = QT_TRANSLATE_NOOP(
    "Flags",
    "Contrat terminé le {date} sans restitution ni suppression des données enregistrée "
    "(RGPD art. 28(3)(g)).",
)
FLAG_AUTHORISATION = QT_TRANSLATE_NOOP(
    "Flags",
    "Le traitement porte sur des données soumises à autorisation préalable (loi 09-08 "
    "art. 12) mais relève du régime de la déclaration.",
)
FLAG_DPIA = QT_TRANSLATE_NOOP(
    "Flags", "Une analyse d'impact est requise mais n'a pas été réalisée (RGPD art. 35)."
)

# The law gives no review period; Art. 24(1) asks that measures be "reviewed and updated
# where necessary". Twelve months is the organisation's policy by default, labelled so.
DEFAULT_ACTIVITY_REVIEW_MONTHS = 12


@dataclass(frozen=True)
class RegisterFlag:
    """One thing the DPO should look at, with the sentence that says why."""

    kind: FlagKind
    entity: str  # "activity", "processor" or "transfer"
    entity_id: int
    name: str  # the activity's or processor's name; for a transfer, its destination
    template: str
    values: Mapping[str, object] = field(default_factory=dict, hash=False)

    def message(self, translate: Translate | None = None) -> str:
        tr = translate or (lambda text: text)
        try:
            return tr(self.template).format(**self.values)
        except (KeyError, IndexError, ValueError):
            return tr(self.template)


def transfer_flags(
    transfer: Transfer,
    adequate: frozenset[str] = DEFAULT_ADEQUATE_COUNTRIES,
    *,
    authorised: bool = False,
) -> list[RegisterFlag]:
    """A transfer to a country not on the adequacy list needs a footing under 09-08.

    Under 09-08 arts. 43-44 such a transfer rests on one of the law's exceptions or on
    the CNDP's authorisation (F118). SCCs, BCRs and other GDPR guarantees (Arts. 46-47)
    are attached to the F118 request; they do not clear the transfer on their own, so a
    transfer resting on them alone is flagged until the CNDP's authorisation is recorded
    (``authorised``: the tracker holds it for an activity the transfer serves).
    """
    if transfer.country in adequate or transfer.law_exception is not None:
        return []
    if transfer.mechanism is None:
        template = FLAG_TRANSFER_NO_MECHANISM
    elif transfer.mechanism is TransferMechanism.ADEQUACY:
        template = FLAG_ADEQUACY_UNLISTED
    elif transfer.mechanism in GDPR_GUARANTEES and not authorised:
        template = FLAG_GUARANTEES_ONLY
    else:
        return []
    return [
        RegisterFlag(
            FlagKind.TRANSFER_WITHOUT_MECHANISM,
            "transfer",
            transfer.id,
            transfer.country,
            template,
            {"country": transfer.country},
        )
    ]


def processor_flags(
    processor: Processor,
    today: date,
    adequate: frozenset[str] = DEFAULT_ADEQUATE_COUNTRIES,
) -> list[RegisterFlag]:
    """Missing or lapsed DPA, unchecked clauses, overdue review, processing abroad with no
    transfer recorded, and, once ended, data neither returned nor deleted."""

    def flag(kind: FlagKind, template: str, **values: object) -> RegisterFlag:
        return RegisterFlag(kind, "processor", processor.id, processor.name, template, values)

    flags: list[RegisterFlag] = []
    if not processor.is_active:
        # GDPR Art. 28(3)(g): the end of the service must settle the data.
        if processor.data_outcome is None:
            ended = processor.ended_on.isoformat() if processor.ended_on else "?"
            flags.append(flag(FlagKind.DATA_NOT_RETURNED, FLAG_DATA_NOT_RETURNED, date=ended))
        return flags
    if not processor.dpa_signed:
        flags.append(flag(FlagKind.MISSING_DPA, FLAG_NO_DPA))
    else:
        if processor.contract_ends_on is not None and processor.contract_ends_on < today:
            flags.append(
                flag(
                    FlagKind.MISSING_DPA,
                    FLAG_DPA_EXPIRED,
                    date=processor.contract_ends_on.isoformat(),
                )
            )
        if missing := processor.missing_clauses:
            letters = ", ".join(ART28_LETTERS[c] for c in missing)
            flags.append(flag(FlagKind.INCOMPLETE_DPA, FLAG_CLAUSES, clauses=letters))
    if processor.next_review_on is not None and processor.next_review_on < today:
        flags.append(
            flag(
                FlagKind.REVIEW_OVERDUE,
                FLAG_PROCESSOR_REVIEW,
                date=processor.next_review_on.isoformat(),
                days=(today - processor.next_review_on).days,
            )
        )
    covered = {t.country for t in processor.transfers}
    for country in processor.countries:
        if country != HOME_COUNTRY and country not in adequate and country not in covered:
            flags.append(
                flag(FlagKind.TRANSFER_WITHOUT_MECHANISM, FLAG_PROCESSING_ABROAD, country=country)
            )
    return flags


def activity_flags(
    activity: ProcessingActivity,
    today: date,
    *,
    review_months: int = DEFAULT_ACTIVITY_REVIEW_MONTHS,
) -> list[RegisterFlag]:
    """Overdue review (policy), art. 12 data under a mere declaration, DPIA not done."""

    def flag(kind: FlagKind, template: str, **values: object) -> RegisterFlag:
        return RegisterFlag(kind, "activity", activity.id, activity.name, template, values)

    flags: list[RegisterFlag] = []
    if activity.last_reviewed_on is not None:
        if add_months(activity.last_reviewed_on, review_months) < today:
            flags.append(
                flag(
                    FlagKind.REVIEW_OVERDUE,
                    FLAG_ACTIVITY_REVIEW,
                    date=activity.last_reviewed_on.isoformat(),
                    months=review_months,
                )
            )
    else:
        created = activity.created_at.date()
        if add_months(created, review_months) < today:
            flags.append(
                flag(
                    FlagKind.REVIEW_OVERDUE,
                    FLAG_ACTIVITY_NEVER_REVIEWED,
                    date=created.isoformat(),
                    months=review_months,
                )
            )
    if (
        activity.data_categories & AUTHORISATION_CATEGORIES
        and activity.cndp_regime is CndpRegime.DECLARATION
    ):
        flags.append(flag(FlagKind.AUTHORISATION_NEEDED, FLAG_AUTHORISATION))
    if activity.dpia_required and not activity.dpia_done:
        flags.append(flag(FlagKind.DPIA_MISSING, FLAG_DPIA))
    return flags


def suggested_regime(categories: Iterable[DataCategory]) -> CndpRegime:
    """Law 09-08 art. 12: authorisation for sensitive data, offences and the ID number."""
    if frozenset(categories) & AUTHORISATION_CATEGORIES:
        return CndpRegime.AUTHORISATION
    return CndpRegime.DECLARATION
