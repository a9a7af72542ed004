"""Words of the registers' screens: domain labels translated, dates, flags as short chips.

Domain labels are French message ids (``QT_TRANSLATE_NOOP``) whose context is the enum's
class name; they are translated here, at display time, never stored translated.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication

from dpo_desk import translations
from dpo_desk.domain.record_flags import (
    FlagKind,
    RegisterFlag,
)
from dpo_desk.domain.records import (
    ART28_CLAUSE_LABELS,
    CNDP_REGIME_LABELS,
    DATA_CATEGORY_LABELS,
    DATA_OUTCOME_LABELS,
    DEROGATION_LABELS,
    LEGAL_BASIS_CITATIONS,
    LEGAL_BASIS_LABELS,
    PROCESSOR_STATUS_LABELS,
    RECIPIENT_KIND_LABELS,
    SECURITY_MEASURE_LABELS,
    TRANSFER_MECHANISM_CITATIONS,
    TRANSFER_MECHANISM_LABELS,
    CndpRegime,
    DataCategory,
    LegalBasis,
    RetentionRule,
    RetentionUnit,
    TransferMechanism,
)
from dpo_desk.ui.formatting import join_labels
from dpo_desk.ui.i18n import current_language
from dpo_desk.ui.requests.texts import format_date

__all__ = ["format_date"]


def _label(context: str, labels: dict, value) -> str:
    return QCoreApplication.translate(context, labels[type(next(iter(labels)))(value)])


# A value (the enum, or its stored string) → its label, translated in the context the
# domain declared the label in.
legal_basis = partial(_label, "LegalBasis", LEGAL_BASIS_LABELS)
legal_basis_citation = partial(_label, "LegalBasis", LEGAL_BASIS_CITATIONS)
data_category = partial(_label, "DataCategory", DATA_CATEGORY_LABELS)
security_measure = partial(_label, "SecurityMeasure", SECURITY_MEASURE_LABELS)
recipient_kind = partial(_label, "RecipientKind", RECIPIENT_KIND_LABELS)
regime = partial(_label, "CndpRegime", CNDP_REGIME_LABELS)


def short_regime(value: CndpRegime | str) -> str:
    return {
        CndpRegime.DECLARATION: QCoreApplication.translate("RegisterTexts", "Déclaration"),
        CndpRegime.AUTHORISATION: QCoreApplication.translate("RegisterTexts", "Autorisation"),
    }[CndpRegime(value)]


def mechanism(value: TransferMechanism | str | None) -> str:
    if not value:
        return QCoreApplication.translate("RegisterTexts", "Aucun mécanisme enregistré")
    return _label("TransferMechanism", TRANSFER_MECHANISM_LABELS, value)


mechanism_citation = partial(_label, "TransferMechanism", TRANSFER_MECHANISM_CITATIONS)
derogation = partial(_label, "Derogation", DEROGATION_LABELS)
clause = partial(_label, "Art28Clause", ART28_CLAUSE_LABELS)
processor_status = partial(_label, "ProcessorStatus", PROCESSOR_STATUS_LABELS)
data_outcome = partial(_label, "DataOutcome", DATA_OUTCOME_LABELS)


def unit(value: RetentionUnit | str) -> str:
    return {
        RetentionUnit.DAYS: QCoreApplication.translate("RegisterTexts", "jour(s)"),
        RetentionUnit.MONTHS: QCoreApplication.translate("RegisterTexts", "mois"),
        RetentionUnit.YEARS: QCoreApplication.translate("RegisterTexts", "an(s)"),
    }[RetentionUnit(value)]


def retention_count(message: str, n: int) -> str:
    """A duration in the UI language with its plural form ("3 سنوات", "11 سنة"). The three
    %n messages of ``RETENTION_COUNTS`` are written out so that pyside6-lupdate collects
    them as plural messages. Without a Qt translator for the message (French, the source
    language, runs without one) the catalogue is read directly, as documents do."""
    if message == "%n jour(s)":
        shown = QCoreApplication.translate("RetentionUnit", "%n jour(s)", "", n)
    elif message == "%n mois":
        shown = QCoreApplication.translate("RetentionUnit", "%n mois", "", n)
    else:
        shown = QCoreApplication.translate("RetentionUnit", "%n an(s)", "", n)
    if shown != message.replace("%n", str(n)):
        return shown
    return translations.translate_count("RetentionUnit", message, n, current_language())


def retention(rule: RetentionRule) -> str:
    """ "Informations d'ordre économique et financier (factures) : 10 ans après…"."""
    text = rule.text(count=retention_count)
    category = data_category(rule.category)
    if rule.scope:
        category = f"{category} ({rule.scope})"
    return QCoreApplication.translate("RegisterTexts", "{category} : {duration}").format(
        category=category, duration=text
    )


def bases_text(bases: Iterable[LegalBasis]) -> str:
    return join_labels(legal_basis(b) for b in LegalBasis if b in set(bases))


def categories_text(categories: Iterable[DataCategory]) -> str:
    return join_labels(data_category(c) for c in DataCategory if c in set(categories))


def date_or_dash(value: date | None) -> str:
    return format_date(value) if value else "—"


# ----------------------------------------------------------------------------- flags

# Red: a legal duty is plainly unmet (no contract, an unframed transfer, data left with
# an ended processor, an authorisation the CNDP never gave). Orange: a check is due.
RED_FLAGS = frozenset(
    {
        FlagKind.MISSING_DPA,
        FlagKind.TRANSFER_WITHOUT_MECHANISM,
        FlagKind.DATA_NOT_RETURNED,
        FlagKind.AUTHORISATION_NEEDED,
    }
)


def flag_tone(kind: FlagKind | str) -> str:
    return "danger" if FlagKind(kind) in RED_FLAGS else "warning"


def flag_chip(kind: FlagKind | str) -> str:
    """A few words for a chip in a table; the tooltip and the detail page say why."""
    return {
        FlagKind.TRANSFER_WITHOUT_MECHANISM: QCoreApplication.translate(
            "RegisterTexts", "Transfert non encadré"
        ),
        FlagKind.MISSING_DPA: QCoreApplication.translate("RegisterTexts", "Sans contrat (DPA)"),
        FlagKind.INCOMPLETE_DPA: QCoreApplication.translate("RegisterTexts", "Clauses manquantes"),
        FlagKind.REVIEW_OVERDUE: QCoreApplication.translate("RegisterTexts", "Revue en retard"),
        FlagKind.DATA_NOT_RETURNED: QCoreApplication.translate(
            "RegisterTexts", "Données non restituées"
        ),
        FlagKind.AUTHORISATION_NEEDED: QCoreApplication.translate(
            "RegisterTexts", "Autorisation requise"
        ),
        FlagKind.DPIA_MISSING: QCoreApplication.translate("RegisterTexts", "AIPD à réaliser"),
    }[FlagKind(kind)]


def flag_message(flag: RegisterFlag) -> str:
    """The flag's sentence, with dates written as the DPO reads them."""
    values = dict(flag.values)
    raw = values.get("date")
    if isinstance(raw, str) and len(raw) == 10:
        try:
            values["date"] = format_date(date.fromisoformat(raw))
        except ValueError:
            pass
    text = QCoreApplication.translate("Flags", flag.template)
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        return text


def chips(flags: Iterable[RegisterFlag]) -> list[tuple[str, str]]:
    """(text, tone) per kind of flag, red first, each kind once."""
    kinds: list[FlagKind] = []
    for flag in flags:
        if flag.kind not in kinds:
            kinds.append(flag.kind)
    kinds.sort(key=lambda k: (flag_tone(k) != "danger", list(FlagKind).index(k)))
    return [(flag_chip(k), flag_tone(k)) for k in kinds]
