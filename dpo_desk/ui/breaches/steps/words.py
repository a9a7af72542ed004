"""What a step says, in the words of the breach's regimes."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QCoreApplication

from dpo_desk.domain.breach_risk import RiskLevel
from dpo_desk.domain.breaches import Authority, BreachIncident
from dpo_desk.domain.requests.workflow import Regime
from dpo_desk.ui.breaches import texts


def courtesy_text(authority: Authority | str) -> str:
    """What a notice that meets no duty of the breach is: kept, but stops no clock."""
    if Authority(authority) is Authority.CNDP:
        # Only reached for a breach under the GDPR alone: the GDPR may be named.
        return QCoreApplication.translate(
            "BreachSteps",
            "La CNDP n'est pas une autorité de contrôle au sens du RGPD : cette notification "
            "est consignée, mais elle ne remplit pas l'obligation de l'article 33 du RGPD.",
        )
    return QCoreApplication.translate(
        "BreachSteps",
        "Cette notification est consignée, mais elle ne répond à aucune obligation de cette "
        "violation.",
    )


# ----------------------------------------------------------------------------- words
# What a step says depends on the case: under the GDPR its articles, each with its
# instrument ("article 34 du RGPD"); under Law 09-08 alone, which has neither a breach
# notification nor a communication to the persons, the organisation's policy and no
# GDPR word (a breach with no regime is read the same way).


def nature_intro(gdpr: bool) -> str:
    if gdpr:
        return QCoreApplication.translate(
            "BreachSteps",
            "Ce que la notification doit décrire (article 33(3) du RGPD) : la nature de la "
            "violation, les catégories et le nombre approximatif de personnes et "
            "d'enregistrements concernés, les conséquences probables et les mesures. Ces "
            "informations peuvent être complétées par phases (article 33(4) du RGPD).",
        )
    return QCoreApplication.translate(
        "BreachSteps",
        "Ce que la notification à la CNDP décrit, selon la politique interne de "
        "l'organisation : la nature de la violation, les catégories et le nombre "
        "approximatif de personnes et d'enregistrements concernés, les conséquences "
        "probables et les mesures. Ces informations peuvent être complétées par phases.",
    )


def risk_intro(gdpr: bool) -> str:
    if gdpr:
        return QCoreApplication.translate(
            "BreachSteps",
            "Gravité selon la méthode de l'ENISA (contexte des données × facilité "
            "d'identification + circonstances), croisée avec la vraisemblance des "
            "conséquences. Un risque peu probable dispense de notifier, décision motivée à "
            "l'appui (article 33(1) et (5) du RGPD) ; un risque élevé impose d'informer les "
            "personnes concernées (article 34 du RGPD).",
        )
    return QCoreApplication.translate(
        "BreachSteps",
        "Gravité selon la méthode de l'ENISA (contexte des données × facilité "
        "d'identification + circonstances), croisée avec la vraisemblance des "
        "conséquences. La loi 09-08 ne prévoit ni notification des violations ni "
        "information des personnes : selon la politique interne de l'organisation, un "
        "risque peu probable dispense de notifier la CNDP, décision motivée à l'appui, et "
        "un risque élevé appelle l'information immédiate des personnes concernées.",
    )


def notify_intro(regimes) -> str:
    chosen = {Regime(r) for r in regimes}
    if Regime.GDPR not in chosen:
        return QCoreApplication.translate(
            "BreachSteps",
            "La loi 09-08 ne prévoit pas de notification des violations : la "
            "notification à la CNDP dans les 72 heures est un engagement de la "
            "politique interne de l'organisation. Elle peut être faite en plusieurs "
            "phases ; passé le délai, les motifs du retard sont consignés au registre.",
        )
    text = QCoreApplication.translate(
        "BreachSteps",
        "La notification à une autorité de contrôle de l'UE (la CNIL ou une autre) "
        "se fait dans les 72 heures (article 33(1) du RGPD), au besoin en plusieurs "
        "phases : une notification initiale, puis des compléments (article 33(4) du "
        "RGPD). Passé le délai, elle est accompagnée des motifs du retard. La CNDP "
        "n'est pas une autorité de contrôle au sens du RGPD : la notifier ne remplit "
        "pas cette obligation.",
    )
    if Regime.LAW_09_08 in chosen:
        text += " " + QCoreApplication.translate(
            "BreachSteps",
            "La notification à la CNDP relève de la politique interne de "
            "l'organisation (loi 09-08) et se suit à part.",
        )
    return text


def close_intro(gdpr: bool) -> str:
    if gdpr:
        return QCoreApplication.translate(
            "BreachSteps",
            "La chronologie garde chaque étape avec son auteur et son heure. La "
            "violation se clôture une fois ses obligations remplies et les mesures "
            "correctives consignées (RGPD art. 33(5)).",
        )
    return QCoreApplication.translate(
        "BreachSteps",
        "La chronologie garde chaque étape avec son auteur et son heure. La violation se "
        "clôture une fois tenus les engagements de la politique interne de "
        "l'organisation (notifier la CNDP, informer les personnes, ou une décision "
        "motivée de s'en dispenser) et les mesures correctives consignées au registre "
        "des violations.",
    )


def subjects_title(gdpr: bool) -> str:
    if gdpr:
        return QCoreApplication.translate(
            "BreachSteps", "Communication aux personnes concernées (article 34 du RGPD)"
        )
    return QCoreApplication.translate(
        "BreachSteps", "Information des personnes concernées (politique interne)"
    )


def exception_title(gdpr: bool) -> str:
    if gdpr:
        return QCoreApplication.translate("BreachSteps", "Exception de l'article 34(3) du RGPD")
    return QCoreApplication.translate("BreachSteps", "Exception à l'information des personnes")


def exception_recorded_text(gdpr: bool) -> str:
    if gdpr:
        return QCoreApplication.translate(
            "BreachSteps", "Exception de l'article 34(3) du RGPD consignée."
        )
    return QCoreApplication.translate(
        "BreachSteps", "Exception à l'information des personnes consignée."
    )


def subjects_state(breach: BreachIncident) -> tuple[str, str]:
    """Where the duty (GDPR Art. 34) or the promise (the policy, under Law 09-08 alone)
    to inform the persons stands, and the tone to say it in."""
    gdpr = Regime.GDPR in breach.regimes
    if breach.risk_level is None:
        return (
            QCoreApplication.translate(
                "BreachSteps",
                "Le risque n'est pas encore évalué (étape 3) : on ne sait pas "
                "encore s'il faut informer les personnes.",
            ),
            "info",
        )
    if breach.communications:
        return (
            QCoreApplication.translate(
                "BreachSteps", "Les personnes concernées ont été informées."
            ),
            "success",
        )
    if breach.communication_required:
        return communication_owed_text(gdpr), "warning"
    if breach.art34_exception is not None:
        return exception_recorded_text(gdpr), "success"
    if gdpr:
        return (
            QCoreApplication.translate(
                "BreachSteps",
                "Le risque retenu n'est pas élevé : la communication aux "
                "personnes n'est pas obligatoire.",
            ),
            "info",
        )
    return (
        QCoreApplication.translate(
            "BreachSteps",
            "Le risque retenu n'est pas élevé : l'information des personnes "
            "n'est pas exigée pour clôturer la violation.",
        ),
        "info",
    )


def communication_owed_text(gdpr: bool) -> str:
    if gdpr:
        return QCoreApplication.translate(
            "BreachSteps",
            "Risque élevé : les personnes concernées doivent être informées "
            "dans les meilleurs délais (article 34(1) du RGPD), sauf exception "
            "de l'article 34(3) du RGPD.",
        )
    # Law 09-08 alone has no such duty: the policy promises to inform the persons.
    return QCoreApplication.translate(
        "BreachSteps",
        "Risque élevé : la politique interne de l'organisation prévoit "
        "d'informer immédiatement les personnes concernées, sauf exception "
        "consignée.",
    )


def exception_state_text(breach: BreachIncident, zone: tzinfo) -> str:
    """The exception to informing the persons: as recorded, or when it may be."""
    exception = breach.art34_exception
    if exception is not None:
        return QCoreApplication.translate(
            "BreachSteps", "Consignée le {when} : {ground}. {justification}"
        ).format(
            when=texts.format_instant(exception.decided_at, zone),
            ground=texts.art34_label(exception.ground, breach.regimes),
            justification=exception.justification,
        )
    if breach.risk_level is RiskLevel.HIGH_RISK:
        return QCoreApplication.translate(
            "BreachSteps", "À consigner seulement si l'une des exceptions s'applique."
        )
    return QCoreApplication.translate("BreachSteps", "Ne se conçoit que pour un risque élevé.")
