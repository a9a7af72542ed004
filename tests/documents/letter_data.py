"""Case data for letter tests (and for /tmp renders): an organisation, a request, a breach."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from dpo_desk.documents.letters import AccessDetails, BreachLetterFacts, TimelineEntry
from dpo_desk.domain.organisation import Organisation
from dpo_desk.domain.requests.model import RequesterRole, RightsRequest
from dpo_desk.domain.requests.workflow import (
    Channel,
    IdentityStatus,
    RefusalReason,
    Regime,
    RequestStatus,
    Right,
)

ORGANISATION = Organisation(
    name="Najhine SARL",
    address="12, rue Ibn Toufail\n20000 Casablanca, Maroc",
    dpo_name="Salma Benjelloun",
    dpo_email="dpo@najhine.ma",
    dpo_phone="+212 5 22 00 00 00",
)

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def make_request(**changes) -> RightsRequest:
    request = RightsRequest(
        id=1,
        reference="DSR-2026-0001",
        regimes=frozenset({Regime.LAW_09_08, Regime.GDPR}),
        rights=frozenset({Right.ACCESS, Right.ERASURE}),
        channel=Channel.EMAIL,
        requester_name="Amélie Lefèvre-Ouazzani",
        requester_email="amelie@example.fr",
        requester_phone="",
        requester_address="8, boulevard d'Anfa\n20050 Casablanca",
        requester_role=RequesterRole.SELF,
        subject_name="",
        received_on=date(2026, 11, 2),
        identity_status=IdentityStatus.VERIFIED,
        identity_method="",
        identity_checked_on=None,
        status=RequestStatus.IN_PROGRESS,
        refusal_reason=RefusalReason.EXCESSIVE,
        due_on=date(2026, 12, 2),
        due_rule="gdpr-art-12-3",
        due_basis="law",
        due_regime=Regime.GDPR,
        extended_on=date(2026, 11, 20),
        extension_reason="Votre demande porte sur dix années d'archives réparties sur trois systèmes.",
        answered_on=None,
        answer_channel=None,
        closed_on=None,
        assignee="",
        notes="",
        created_at=NOW,
        updated_at=NOW,
        version=1,
    )
    return replace(request, **changes)


ACCESS = AccessDetails(
    categories=("Identité et coordonnées", "Historique des commandes"),
    purposes=("Gestion de la relation client", "Facturation"),
    recipients=("Service client", "Prestataire d'hébergement (Maroc)"),
    retention="Trois ans après le dernier contact.",
    source="Collectées auprès de vous lors de la création du compte.",
)

ATTACHMENTS = ("export-donnees-DSR-2026-0001.xlsx", "historique-commandes.pdf")


def make_breach(**changes) -> BreachLetterFacts:
    facts = BreachLetterFacts(
        reference="VIO-2026-0003",
        title="Accès non autorisé à la base clients",
        regimes=frozenset({Regime.LAW_09_08, Regime.GDPR}),
        aware_at=datetime(2026, 11, 20, 8, 30, tzinfo=UTC),
        notify_by=datetime(2026, 11, 23, 8, 30, tzinfo=UTC),
        description="Un identifiant d'administration a été utilisé depuis l'étranger.",
        confidentiality=True,
        integrity=False,
        availability=True,
        subject_categories=("clients", "prospects"),
        subjects_count=1200,
        record_categories=("comptes clients",),
        records_count=3400,
        data_categories=("identité", "coordonnées"),
        consequences="Risque d'hameçonnage ciblé.",
        measures_taken="Mot de passe révoqué, accès coupé, journaux conservés.",
        measures_proposed="Authentification à deux facteurs pour tous les comptes.",
        advice="Méfiez-vous des messages vous demandant votre mot de passe.",
        timeline=(
            TimelineEntry(datetime(2026, 11, 19, 22, 10, tzinfo=UTC), "Connexion suspecte"),
            TimelineEntry(datetime(2026, 11, 20, 8, 30, tzinfo=UTC), "Alerte confirmée"),
        ),
        started_at=datetime(2026, 11, 19, 22, 10, tzinfo=UTC),
        discovered_at=datetime(2026, 11, 20, 7, 45, tzinfo=UTC),
        notified_late=True,
        delay_reasons="L'ampleur n'a pu être établie qu'après l'analyse des journaux.",
    )
    return replace(facts, **changes)
