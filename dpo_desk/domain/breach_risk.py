"""How serious a personal-data breach is: likelihood × severity, explained.

GDPR Art. 33(1) lets the controller skip the notification only when the breach is
"unlikely to result in a risk"; Art. 34(1) requires telling the data subjects when the
risk is "high". Neither article says how to measure it. DPO Desk follows the spirit of
ENISA's *Recommendations for a methodology of the assessment of severity of personal
data breaches* (2013), then crosses the severity with a likelihood, as the EDPB
guidelines on breach notification ask ("the likelihood and severity of the risk").

**Severity (ENISA).** ``SE = DPC × EI + CB``

* DPC, the data-processing context, from the most sensitive category of data involved
  (see :data:`CONTEXT_SCORES`): 1 simple data (identity, contact, education),
  2 behavioural data (connection logs, location, browsing, private life), 3 financial
  data, credentials and national ID numbers, 4 sensitive data (GDPR Art. 9;
  09-08 art. 1(3)) and offences. Data about minors raises the score by one (capped at
  4): children are singled out by GDPR recital 38 and by the seeds' parental accounts.
* EI, the ease of identifying the persons from the data: 0.25 negligible, 0.5 limited,
  0.75 significant, 1 maximum.
* CB, the circumstances, added up: confidentiality lost to known recipients +0.25, to
  an unknown number of recipients +0.5; integrity altered but recoverable +0.25, not
  recoverable +0.5; availability lost temporarily +0.25, permanently +0.5; malicious
  intent +0.5.

ENISA's bands give the severity level: SE < 2 low (1), 2 ≤ SE < 3 medium (2),
3 ≤ SE < 4 high (3), SE ≥ 4 very high (4).

**Likelihood** that the consequences actually happen, chosen by the DPO on the same
four-step scale as the CNIL's risk method: 1 negligible (data recovered unread,
trusted recipient), 2 limited, 3 significant, 4 maximum (data published, actively
exploited).

**Risk = severity level × likelihood level**, from 1 to 16:

============  ==========  =======  ===========  =======
severity      negligible  limited  significant  maximum
============  ==========  =======  ===========  =======
low (1)       none        none     risk         risk
medium (2)    none        risk     risk         high
high (3)      risk        risk     high         high
very high (4) risk        high     high         high
============  ==========  =======  ===========  =======

(product ≤ 2: no risk; 3 to 7: risk; ≥ 8: high risk.) The thresholds lean towards
notifying: a "limited" likelihood of a "medium" breach is already a risk, because
Art. 33(1) puts the burden on the controller to show the risk is unlikely.

The result is an explanation, not an oracle: every step is returned as a translatable
reason, and the DPO may override the level with a written justification (kept in the
breach register, Art. 33(5)).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from dpo_desk.domain.errors import Translate, ValidationError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP

METHOD_ID = "enisa-2013-x-likelihood-v1"  # stored with each assessment

CONTEXT = "BreachRisk"  # translation context of every reason below


class RiskLevel(StrEnum):
    NONE = "none"
    RISK = "risk"
    HIGH_RISK = "high_risk"


class DataCategory(StrEnum):
    """Categories of personal data, after the CNIL model register, plus what a breach
    makes worse: credentials and national identity numbers."""

    IDENTITY = "identity"
    CONTACT = "contact"
    EDUCATION = "education"  # professional life / schooling
    PERSONAL_LIFE = "personal_life"
    CONNECTION = "connection"
    LOCATION = "location"
    INTERNET = "internet"
    FINANCIAL = "financial"
    CREDENTIALS = "credentials"
    NATIONAL_ID = "national_id"  # CIN: 09-08 art. 12 makes its processing subject to authorisation
    SENSITIVE = "sensitive"  # GDPR Art. 9; 09-08 art. 1(3)
    OFFENCES = "offences"  # GDPR Art. 10
    OTHER = "other"


class Identifiability(StrEnum):
    """ENISA "ease of identification"."""

    NEGLIGIBLE = "negligible"
    LIMITED = "limited"
    SIGNIFICANT = "significant"
    MAXIMUM = "maximum"


class Exposure(StrEnum):
    """How far one of confidentiality, integrity or availability was lost."""

    NONE = "none"
    LIMITED = "limited"  # known recipients / recoverable / temporary
    SEVERE = "severe"  # unknown recipients / unrecoverable / permanent


class Likelihood(StrEnum):
    NEGLIGIBLE = "negligible"
    LIMITED = "limited"
    SIGNIFICANT = "significant"
    MAXIMUM = "maximum"


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    VERY_HIGH = "very_high"


# ----------------------------------------------------------------------------- labels

RISK_LEVEL_LABELS = {
    RiskLevel.NONE: QT_TRANSLATE_NOOP("RiskLevel", "Risque peu probable"),
    RiskLevel.RISK: QT_TRANSLATE_NOOP("RiskLevel", "Risque"),
    RiskLevel.HIGH_RISK: QT_TRANSLATE_NOOP("RiskLevel", "Risque élevé"),
}

DATA_CATEGORY_LABELS = {
    DataCategory.IDENTITY: QT_TRANSLATE_NOOP("DataCategory", "État civil, identité"),
    DataCategory.CONTACT: QT_TRANSLATE_NOOP("DataCategory", "Coordonnées"),
    DataCategory.EDUCATION: QT_TRANSLATE_NOOP("DataCategory", "Scolarité, vie professionnelle"),
    DataCategory.PERSONAL_LIFE: QT_TRANSLATE_NOOP("DataCategory", "Vie personnelle"),
    DataCategory.CONNECTION: QT_TRANSLATE_NOOP("DataCategory", "Données de connexion"),
    DataCategory.LOCATION: QT_TRANSLATE_NOOP("DataCategory", "Données de localisation"),
    DataCategory.INTERNET: QT_TRANSLATE_NOOP("DataCategory", "Navigation, cookies"),
    DataCategory.FINANCIAL: QT_TRANSLATE_NOOP(
        "DataCategory", "Informations économiques et financières"
    ),
    DataCategory.CREDENTIALS: QT_TRANSLATE_NOOP("DataCategory", "Identifiants et mots de passe"),
    DataCategory.NATIONAL_ID: QT_TRANSLATE_NOOP("DataCategory", "Numéro de CIN ou de passeport"),
    DataCategory.SENSITIVE: QT_TRANSLATE_NOOP(
        "DataCategory", "Données sensibles (santé, opinions, religion…)"
    ),
    DataCategory.OFFENCES: QT_TRANSLATE_NOOP("DataCategory", "Infractions et condamnations"),
    DataCategory.OTHER: QT_TRANSLATE_NOOP("DataCategory", "Autres"),
}

IDENTIFIABILITY_LABELS = {
    Identifiability.NEGLIGIBLE: QT_TRANSLATE_NOOP("Identifiability", "Négligeable"),
    Identifiability.LIMITED: QT_TRANSLATE_NOOP("Identifiability", "Limitée"),
    Identifiability.SIGNIFICANT: QT_TRANSLATE_NOOP("Identifiability", "Importante"),
    Identifiability.MAXIMUM: QT_TRANSLATE_NOOP("Identifiability", "Maximale"),
}

EXPOSURE_LABELS = {
    Exposure.NONE: QT_TRANSLATE_NOOP("Exposure", "Aucune atteinte"),
    Exposure.LIMITED: QT_TRANSLATE_NOOP("Exposure", "Atteinte limitée"),
    Exposure.SEVERE: QT_TRANSLATE_NOOP("Exposure", "Atteinte grave"),
}

LIKELIHOOD_LABELS = {
    Likelihood.NEGLIGIBLE: QT_TRANSLATE_NOOP("Likelihood", "Négligeable"),
    Likelihood.LIMITED: QT_TRANSLATE_NOOP("Likelihood", "Limitée"),
    Likelihood.SIGNIFICANT: QT_TRANSLATE_NOOP("Likelihood", "Importante"),
    Likelihood.MAXIMUM: QT_TRANSLATE_NOOP("Likelihood", "Maximale"),
}

SEVERITY_LABELS = {
    Severity.LOW: QT_TRANSLATE_NOOP("Severity", "Faible"),
    Severity.MEDIUM: QT_TRANSLATE_NOOP("Severity", "Moyenne"),
    Severity.HIGH: QT_TRANSLATE_NOOP("Severity", "Élevée"),
    Severity.VERY_HIGH: QT_TRANSLATE_NOOP("Severity", "Très élevée"),
}

# ----------------------------------------------------------------------------- scores
# Scores are kept in quarters (ENISA works in steps of 0.25) so that no float rounding
# can move a breach across a band.

CONTEXT_SCORES: dict[DataCategory, int] = {
    DataCategory.IDENTITY: 1,
    DataCategory.CONTACT: 1,
    DataCategory.EDUCATION: 1,
    DataCategory.OTHER: 1,
    DataCategory.PERSONAL_LIFE: 2,
    DataCategory.CONNECTION: 2,
    DataCategory.LOCATION: 2,
    DataCategory.INTERNET: 2,
    DataCategory.FINANCIAL: 3,
    DataCategory.CREDENTIALS: 3,
    DataCategory.NATIONAL_ID: 3,
    DataCategory.SENSITIVE: 4,
    DataCategory.OFFENCES: 4,
}
MAX_CONTEXT = 4

IDENTIFIABILITY_QUARTERS = {
    Identifiability.NEGLIGIBLE: 1,
    Identifiability.LIMITED: 2,
    Identifiability.SIGNIFICANT: 3,
    Identifiability.MAXIMUM: 4,
}
EXPOSURE_QUARTERS = {Exposure.NONE: 0, Exposure.LIMITED: 1, Exposure.SEVERE: 2}
MALICE_QUARTERS = 2

LIKELIHOOD_STEPS = {
    Likelihood.NEGLIGIBLE: 1,
    Likelihood.LIMITED: 2,
    Likelihood.SIGNIFICANT: 3,
    Likelihood.MAXIMUM: 4,
}
SEVERITY_STEPS = {Severity.LOW: 1, Severity.MEDIUM: 2, Severity.HIGH: 3, Severity.VERY_HIGH: 4}

# Risk from the product severity × likelihood (1..16).
NO_RISK_MAX_PRODUCT = 2
HIGH_RISK_MIN_PRODUCT = 8


def severity_band(score_quarters: int) -> Severity:
    """ENISA's bands: < 2 low, < 3 medium, < 4 high, otherwise very high."""
    if score_quarters < 8:
        return Severity.LOW
    if score_quarters < 12:
        return Severity.MEDIUM
    if score_quarters < 16:
        return Severity.HIGH
    return Severity.VERY_HIGH


def risk_from(severity: Severity, likelihood: Likelihood) -> RiskLevel:
    product = SEVERITY_STEPS[severity] * LIKELIHOOD_STEPS[likelihood]
    if product <= NO_RISK_MAX_PRODUCT:
        return RiskLevel.NONE
    if product >= HIGH_RISK_MIN_PRODUCT:
        return RiskLevel.HIGH_RISK
    return RiskLevel.RISK


# ----------------------------------------------------------------------------- reasons

R_CONTEXT = QT_TRANSLATE_NOOP(
    "BreachRisk",
    "Contexte du traitement : {score} sur 4, d'après la catégorie de données la plus "
    "sensible (« {category} »).",
)
R_NO_CATEGORY = QT_TRANSLATE_NOOP(
    "BreachRisk",
    "Contexte du traitement : 1 sur 4, aucune catégorie de données n'étant renseignée.",
)
R_MINORS = QT_TRANSLATE_NOOP(
    "BreachRisk",
    "Des mineurs sont concernés : le contexte est relevé d'un point (plafonné à 4).",
)
R_IDENTIFIABILITY = QT_TRANSLATE_NOOP(
    "BreachRisk", "Facilité d'identification des personnes : {level} ({score})."
)
R_CONFIDENTIALITY = QT_TRANSLATE_NOOP(
    "BreachRisk", "Perte de confidentialité ({level}) : +{score}."
)
R_INTEGRITY = QT_TRANSLATE_NOOP("BreachRisk", "Perte d'intégrité ({level}) : +{score}.")
R_AVAILABILITY = QT_TRANSLATE_NOOP("BreachRisk", "Perte de disponibilité ({level}) : +{score}.")
R_MALICE = QT_TRANSLATE_NOOP("BreachRisk", "Intention malveillante : +{score}.")
R_SEVERITY = QT_TRANSLATE_NOOP(
    "BreachRisk",
    "Gravité (méthode ENISA) : {context} × {identification} + {circumstances} = {score}, "
    "soit une gravité « {severity} ».",
)
R_LIKELIHOOD = QT_TRANSLATE_NOOP("BreachRisk", "Vraisemblance des conséquences : « {likelihood} ».")
R_RESULT = QT_TRANSLATE_NOOP(
    "BreachRisk", "Gravité {severity_step} × vraisemblance {likelihood_step} = {product} : {level}."
)
R_OVERRIDE = QT_TRANSLATE_NOOP(
    "BreachRisk",
    "Niveau retenu par le DPO : {level} (au lieu de {computed}). Motif : {justification}",
)

ERR_OVERRIDE_JUSTIFICATION = QT_TRANSLATE_NOOP(
    "Errors", "Corriger le niveau de risque calculé exige une justification écrite."
)
ERR_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "Le champ dépasse {limit} caractères.")

MAX_JUSTIFICATION = 10_000


@dataclass(frozen=True)
class Reason:
    """One step of the explanation: a message id of context "BreachRisk" and its values.

    Values named in ``translated`` are message ids themselves (labels of levels and
    categories), to be translated before being formatted in.
    """

    template: str
    values: dict[str, Any] = field(default_factory=dict)
    translated: tuple[str, ...] = ()

    def message(self, translate: Translate | None = None) -> str:
        tr = translate or (lambda text: text)
        values = {k: tr(v) if k in self.translated else v for k, v in self.values.items()}
        try:
            return tr(self.template).format(**values)
        except (KeyError, IndexError, ValueError):  # a translation that broke a placeholder
            return self.template.format(**values)


def _quarters(value: int) -> str:
    """12 → "3", 9 → "2,25": the French decimal comma, as the DPO reads it."""
    whole, rest = divmod(value, 4)
    return str(whole) if not rest else f"{whole},{rest * 25:02d}".rstrip("0")


# ----------------------------------------------------------------------------- inputs


@dataclass(frozen=True)
class RiskFactors:
    """What the DPO judges; the data categories and minors come from the breach's nature."""

    identifiability: Identifiability = Identifiability.MAXIMUM
    confidentiality: Exposure = Exposure.NONE
    integrity: Exposure = Exposure.NONE
    availability: Exposure = Exposure.NONE
    malicious: bool = False
    likelihood: Likelihood = Likelihood.SIGNIFICANT

    def to_dict(self) -> dict[str, Any]:
        return {
            "identifiability": str(self.identifiability),
            "confidentiality": str(self.confidentiality),
            "integrity": str(self.integrity),
            "availability": str(self.availability),
            "malicious": self.malicious,
            "likelihood": str(self.likelihood),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RiskFactors:
        return cls(
            identifiability=Identifiability(data.get("identifiability", "maximum")),
            confidentiality=Exposure(data.get("confidentiality", "none")),
            integrity=Exposure(data.get("integrity", "none")),
            availability=Exposure(data.get("availability", "none")),
            malicious=bool(data.get("malicious", False)),
            likelihood=Likelihood(data.get("likelihood", "significant")),
        )


@dataclass(frozen=True)
class RiskAssessment:
    """The computed level, how it was reached, and the DPO's final word."""

    factors: RiskFactors
    data_categories: frozenset[DataCategory]
    minors: bool
    severity_quarters: int  # SE × 4
    severity: Severity
    computed: RiskLevel
    reasons: tuple[Reason, ...]
    override: RiskLevel | None = None
    justification: str = ""
    method: str = METHOD_ID

    @property
    def level(self) -> RiskLevel:
        """The level that governs the duties: the DPO's override when there is one."""
        return self.override if self.override is not None else self.computed

    @property
    def severity_score(self) -> str:
        return _quarters(self.severity_quarters)

    @property
    def explanation(self) -> tuple[Reason, ...]:
        if self.override is None:
            return self.reasons
        return (
            *self.reasons,
            Reason(
                R_OVERRIDE,
                {
                    "level": RISK_LEVEL_LABELS[self.override],
                    "computed": RISK_LEVEL_LABELS[self.computed],
                    "justification": self.justification,
                },
                ("level", "computed"),
            ),
        )


def assess(
    factors: RiskFactors,
    data_categories: frozenset[DataCategory] | set[DataCategory],
    *,
    minors: bool = False,
    override: RiskLevel | str | None = None,
    justification: str = "",
) -> RiskAssessment:
    """Apply the method of the module docstring; a ValidationError for a bare override."""
    categories = frozenset(DataCategory(c) for c in data_categories)
    reasons: list[Reason] = []

    if categories:
        worst = max(categories, key=lambda c: (CONTEXT_SCORES[c], str(c)))
        context = CONTEXT_SCORES[worst]
        reasons.append(
            Reason(
                R_CONTEXT,
                {"score": context, "category": DATA_CATEGORY_LABELS[worst]},
                ("category",),
            )
        )
    else:
        context = 1
        reasons.append(Reason(R_NO_CATEGORY))
    if minors:
        context = min(MAX_CONTEXT, context + 1)
        reasons.append(Reason(R_MINORS))

    ident = IDENTIFIABILITY_QUARTERS[factors.identifiability]
    reasons.append(
        Reason(
            R_IDENTIFIABILITY,
            {
                "level": IDENTIFIABILITY_LABELS[factors.identifiability],
                "score": _quarters(ident),
            },
            ("level",),
        )
    )

    circumstances = 0
    for template, exposure in (
        (R_CONFIDENTIALITY, factors.confidentiality),
        (R_INTEGRITY, factors.integrity),
        (R_AVAILABILITY, factors.availability),
    ):
        step = EXPOSURE_QUARTERS[exposure]
        if step:
            circumstances += step
            reasons.append(
                Reason(
                    template,
                    {"level": EXPOSURE_LABELS[exposure], "score": _quarters(step)},
                    ("level",),
                )
            )
    if factors.malicious:
        circumstances += MALICE_QUARTERS
        reasons.append(Reason(R_MALICE, {"score": _quarters(MALICE_QUARTERS)}))

    # DPC is a whole number and EI is in quarters, so DPC × EI is already in quarters.
    score = context * ident + circumstances
    severity = severity_band(score)
    reasons.append(
        Reason(
            R_SEVERITY,
            {
                "context": context,
                "identification": _quarters(ident),
                "circumstances": _quarters(circumstances),
                "score": _quarters(score),
                "severity": SEVERITY_LABELS[severity],
            },
            ("severity",),
        )
    )
    reasons.append(
        Reason(
            R_LIKELIHOOD,
            {"likelihood": LIKELIHOOD_LABELS[factors.likelihood]},
            ("likelihood",),
        )
    )
    computed = risk_from(severity, factors.likelihood)
    reasons.append(
        Reason(
            R_RESULT,
            {
                "severity_step": SEVERITY_STEPS[severity],
                "likelihood_step": LIKELIHOOD_STEPS[factors.likelihood],
                "product": SEVERITY_STEPS[severity] * LIKELIHOOD_STEPS[factors.likelihood],
                "level": RISK_LEVEL_LABELS[computed],
            },
            ("level",),
        )
    )

    chosen = RiskLevel(override) if override else None
    justification = justification.strip()
    if chosen is not None and chosen == computed:
        chosen = None  # agreeing with the method is not an override
    if chosen is not None and not justification:
        raise ValidationError(ERR_OVERRIDE_JUSTIFICATION, "risk_justification")
    if len(justification) > MAX_JUSTIFICATION:
        raise ValidationError(ERR_TOO_LONG, "risk_justification", limit=MAX_JUSTIFICATION)
    return RiskAssessment(
        factors=factors,
        data_categories=categories,
        minors=minors,
        severity_quarters=score,
        severity=severity,
        computed=computed,
        reasons=tuple(reasons),
        override=chosen,
        justification=justification if chosen is not None else "",
    )
