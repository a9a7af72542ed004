"""Names of what the audit journal records, in the DPO's words.

The journal stores stable codes (``create``, ``request``) and, in each entry's
``changes``, field keys and values as the services wrote them. This module gives each
its label and turns ``changes`` into lines a person reads (:func:`describe_lines`):
the Journal screen and its Excel export both show them, since the journal is what a DPO
shows the CNDP (accountability, GDPR Art. 5(2); Law 09-08 art. 23). A code or key with
no label (from a newer version) is shown as stored, never hidden.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from typing import Any

from dpo_desk.domain import breach_risk, breaches, deadlines, filings, letters, records, retention
from dpo_desk.domain.calendar import LUNAR_LABELS
from dpo_desk.domain.errors import TranslateIn as Translate
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.domain.requests import model as requests_model
from dpo_desk.domain.requests import workflow as requests_workflow

PART_SEPARATOR = " — "  # between the parts of a composite item, as in the registers
ITEM_SEPARATOR = " | "  # between two composite items (two purposes, two recipients)

ACTION_LABELS = {
    "create": QT_TRANSLATE_NOOP("JournalAction", "Création"),
    "update": QT_TRANSLATE_NOOP("JournalAction", "Modification"),
    "delete": QT_TRANSLATE_NOOP("JournalAction", "Suppression"),
    "status": QT_TRANSLATE_NOOP("JournalAction", "Changement de statut"),
    "request_identity": QT_TRANSLATE_NOOP("JournalAction", "Justificatif d'identité demandé"),
    "identity": QT_TRANSLATE_NOOP("JournalAction", "Vérification d'identité"),
    "extend": QT_TRANSLATE_NOOP("JournalAction", "Prorogation du délai"),
    "answer": QT_TRANSLATE_NOOP("JournalAction", "Réponse"),
    "refuse": QT_TRANSLATE_NOOP("JournalAction", "Refus"),
    "withdraw": QT_TRANSLATE_NOOP("JournalAction", "Retrait"),
    "close": QT_TRANSLATE_NOOP("JournalAction", "Clôture"),
    "attach": QT_TRANSLATE_NOOP("JournalAction", "Pièce jointe ajoutée"),
    "recompute": QT_TRANSLATE_NOOP("JournalAction", "Échéance recalculée"),
    "unlock": QT_TRANSLATE_NOOP("JournalAction", "Déverrouillage"),
    "nature": QT_TRANSLATE_NOOP("JournalAction", "Nature et étendue"),
    "assess": QT_TRANSLATE_NOOP("JournalAction", "Évaluation du risque"),
    "no_notification": QT_TRANSLATE_NOOP("JournalAction", "Décision de ne pas notifier"),
    "notify": QT_TRANSLATE_NOOP("JournalAction", "Notification à l'autorité"),
    "communicate": QT_TRANSLATE_NOOP("JournalAction", "Communication aux personnes"),
    "dgssi": QT_TRANSLATE_NOOP("JournalAction", "Déclaration DGSSI"),
    "event": QT_TRANSLATE_NOOP("JournalAction", "Événement de la chronologie"),
    "remedial": QT_TRANSLATE_NOOP("JournalAction", "Mesures correctrices"),
    "link": QT_TRANSLATE_NOOP("JournalAction", "Lien ajouté"),
    "unlink": QT_TRANSLATE_NOOP("JournalAction", "Lien retiré"),
    "backup": QT_TRANSLATE_NOOP("JournalAction", "Sauvegarde"),
    "restore": QT_TRANSLATE_NOOP("JournalAction", "Restauration"),
    "rekey": QT_TRANSLATE_NOOP("JournalAction", "Changement de phrase secrète"),
    "purge": QT_TRANSLATE_NOOP("JournalAction", "Effacement (durée de conservation)"),
    "export": QT_TRANSLATE_NOOP("JournalAction", "Export"),
    "import": QT_TRANSLATE_NOOP("JournalAction", "Import"),
    "letter": QT_TRANSLATE_NOOP("JournalAction", "Courrier"),
    "restore_default": QT_TRANSLATE_NOOP("JournalAction", "Modèle par défaut rétabli"),
    "version": QT_TRANSLATE_NOOP("JournalAction", "Mise à jour du schéma"),
    "delete_attachment": QT_TRANSLATE_NOOP("JournalAction", "Pièce jointe supprimée"),
    "seal_mismatch": QT_TRANSLATE_NOOP("JournalAction", "Journal différent du sceau de ce poste"),
    "rekey_backups": QT_TRANSLATE_NOOP("JournalAction", "Sauvegardes rechiffrées"),
    # The CNDP filing tracker (issue 23): what the DPO recorded, and a change to declare
    # the register raised itself (Law 09-08 art. 15).
    "filing": QT_TRANSLATE_NOOP("JournalAction", "Formalité CNDP"),
    "filing_change": QT_TRANSLATE_NOOP("JournalAction", "Modification à déclarer à la CNDP"),
    # letters (services/letters.py): the four-eyes review, then the PDF that was sent
    "validate": QT_TRANSLATE_NOOP("JournalAction", "Validation du courrier"),
    "issue": QT_TRANSLATE_NOOP("JournalAction", "Émission du courrier"),
    "art34_exception": QT_TRANSLATE_NOOP(
        "JournalAction", "Exception à la communication (art. 34(3))"
    ),
    # a processor's contract (services/records.py, GDPR Art. 28(3)(g))
    "end_contract": QT_TRANSLATE_NOOP("JournalAction", "Fin du contrat"),
    "data_outcome": QT_TRANSLATE_NOOP("JournalAction", "Sort des données"),
}

ENTITY_LABELS = {
    "register": QT_TRANSLATE_NOOP("JournalEntity", "Registre"),
    "organisation": QT_TRANSLATE_NOOP("JournalEntity", "Organisation"),
    "request": QT_TRANSLATE_NOOP("JournalEntity", "Demande"),
    "breach": QT_TRANSLATE_NOOP("JournalEntity", "Violation"),
    "activity": QT_TRANSLATE_NOOP("JournalEntity", "Traitement"),
    "processor": QT_TRANSLATE_NOOP("JournalEntity", "Sous-traitant"),
    "transfer": QT_TRANSLATE_NOOP("JournalEntity", "Transfert"),
    "letter": QT_TRANSLATE_NOOP("JournalEntity", "Courrier"),
    "template": QT_TRANSLATE_NOOP("JournalEntity", "Modèle de courrier"),
    "policy": QT_TRANSLATE_NOOP("JournalEntity", "Politique de délais"),
    "calendar": QT_TRANSLATE_NOOP("JournalEntity", "Calendrier"),
    "deadline_rules": QT_TRANSLATE_NOOP("JournalEntity", "Règles de calcul des délais"),
    "settings": QT_TRANSLATE_NOOP("JournalEntity", "Paramètres"),
    "adequacy_list": QT_TRANSLATE_NOOP("JournalEntity", "Liste d'adéquation"),
    "review_policy": QT_TRANSLATE_NOOP("JournalEntity", "Période de revue des traitements"),
    "authority_addresses": QT_TRANSLATE_NOOP("JournalEntity", "Adresses des autorités"),
}


# ----------------------------------------------------------------------------- fields
# What the journal's ``changes`` hold, in words (issue 25): every key a service writes
# has a label here, so a DPO can hand the journal to the CNDP as it stands. A label is a
# (context, French msgid) pair: the register's columns are borrowed in their own
# context ("XlsxColumn"), so a field reads the same on screen, in an export and in the
# journal, and is translated once. Keys are looked up as "entity.key" first (a
# processor's "name" is not an activity's), then as "parent.key" inside a nested value
# (a recipient's "kind"), then as "key". tests/domain/test_journal_labels.py runs the
# services and fails on a key written without a label.

Label = tuple[str, str]


def _x(text: str) -> Label:
    return ("XlsxColumn", text)


def _f(text: str) -> Label:
    return ("JournalField", text)


FIELD_LABELS: dict[str, Label] = {
    # the registers' columns (documents/xlsx_columns.py), by key
    "activities": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Traitements concernés")),
    "activity": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Traitement")),
    "answer_channel": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Canal de réponse")),
    "answered_on": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Répondue le")),
    "art34_exception": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Exception de l'art. 34(3)")),
    "art34_justification": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Justification de l'exception")),
    "assignee": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Chargé du dossier")),
    "availability": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Atteinte à la disponibilité")),
    "aware_at": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Prise de connaissance")),
    "certifications": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Certifications")),
    "channel": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Canal de réception")),
    "clauses": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Clauses de l'art. 28(3)")),
    "closed_at": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Clôturée le")),
    "closed_on": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Clôturée le")),
    "cndp_receipt": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Récépissé CNDP")),
    "cndp_receipt_on": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Date du récépissé")),
    "cndp_regime": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Régime CNDP")),
    "collected_for": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Finalité d'origine (réutilisation)")),
    "communications": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Communications aux personnes")),
    "confidentiality": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Atteinte à la confidentialité")),
    "consequences": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Conséquences probables")),
    "contact": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Contact")),
    "contract_ends_on": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Fin du contrat prévue")),
    "countries": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Pays de traitement")),
    "country": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Pays de destination")),
    "created_at": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Créée le")),
    "data_categories": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Catégories de données")),
    "data_outcome": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Sort des données")),
    "data_outcome_on": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Restituées ou supprimées le")),
    "derogation": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Dérogation invoquée")),
    "description": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Description")),
    "dgssi_applies": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Déclaration DGSSI requise")),
    "dgssi_declared_at": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Déclarée à la DGSSI le")),
    "dgssi_reference": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Référence DGSSI")),
    "discovered_at": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Découverte le")),
    "dpa_signed": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Contrat signé")),
    "dpa_signed_on": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Signé le")),
    "dpia_done": _x(QT_TRANSLATE_NOOP("XlsxColumn", "AIPD réalisée")),
    "dpia_done_on": _x(QT_TRANSLATE_NOOP("XlsxColumn", "AIPD réalisée le")),
    "dpia_required": _x(QT_TRANSLATE_NOOP("XlsxColumn", "AIPD requise")),
    "dpo_contact": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Contact du DPO")),
    "due_basis": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Fondement de l'échéance")),
    "due_on": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Échéance")),
    "ended_on": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Contrat terminé le")),
    "extended_on": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Prorogée le")),
    "extension_reason": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Motif de la prorogation")),
    "external_reference": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Référence externe")),
    "id": _x(QT_TRANSLATE_NOOP("XlsxColumn", "N°")),
    "identity_checked_on": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Identité vérifiée le")),
    "identity_method": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Moyen de vérification")),
    "identity_status": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Vérification d'identité")),
    "integrity": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Atteinte à l'intégrité")),
    "interconnections": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Interconnexions")),
    "joint_controller": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Responsable conjoint")),
    "last_reviewed_on": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Dernière revue")),
    "law_exception": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Exception de la loi 09-08")),
    "measures_proposed": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Mesures envisagées")),
    "measures_taken": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Mesures prises")),
    "mechanism": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Mécanisme d'encadrement")),
    "minors": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Mineurs concernés")),
    "next_review_on": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Prochaine revue")),
    "no_notification_reasons": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Motifs de non-notification")),
    "notes": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Notes")),
    "notifications": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Notifications à l'autorité")),
    "notify_by": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Notification due avant")),
    "owner_department": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Service responsable")),
    "processor": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Sous-traitant")),
    "processors": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Sous-traitants")),
    "purposes": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Finalités et bases légales")),
    "received_on": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Date de réception")),
    "recipients": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Destinataires")),
    "record_categories": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Catégories d'enregistrements")),
    "records_count": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Nombre d'enregistrements")),
    "reference": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Référence")),
    "refusal_reason": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Motif de refus")),
    "regimes": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Régimes")),
    "remedial_actions": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Mesures correctrices")),
    "requester_address": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Adresse du demandeur")),
    "requester_email": _x(QT_TRANSLATE_NOOP("XlsxColumn", "E-mail du demandeur")),
    "requester_name": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Demandeur")),
    "requester_phone": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Téléphone du demandeur")),
    "requester_role": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Qualité du demandeur")),
    "retention": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Durées de conservation")),
    "rights": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Droits exercés")),
    "rights_service": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Service d'exercice des droits")),
    "risk_assessed_at": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Risque évalué le")),
    "risk_justification": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Justification du risque")),
    "risk_level": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Niveau de risque")),
    "security_measures": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Mesures de sécurité")),
    "security_notes": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Précisions sur la sécurité")),
    "service": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Prestation")),
    "sha256": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Empreinte (SHA-256)")),
    "software": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Logiciels utilisés")),
    "sources": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Sources des données")),
    "started_at": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Début de la violation")),
    "status": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Statut")),
    "sub_processors": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Sous-traitants ultérieurs")),
    "subject_categories": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Catégories de personnes")),
    "subject_name": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Personne concernée")),
    "subjects_count": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Nombre de personnes")),
    "title": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Intitulé")),
    "transfers": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Transferts hors du Maroc")),
    "updated_at": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Modifiée le")),
    # where an entity's column says it otherwise
    "activity.created_at": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Créé le")),
    "activity.updated_at": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Mis à jour le")),
    "activity.minors": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Données de mineurs")),
    "activity.name": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Traitement")),
    "processor.name": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Sous-traitant")),
    "breach.processors": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Sous-traitants impliqués")),
    "transfer.reference": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Référence (F118, clauses…)")),
    "transfer.created_at": _x(QT_TRANSLATE_NOOP("XlsxColumn", "Enregistré le")),
    # a request's computed deadline (services/requests.py due_values)
    "due_rule": _f(QT_TRANSLATE_NOOP("JournalField", "Règle de l'échéance")),
    "due_regime": _f(QT_TRANSLATE_NOOP("JournalField", "Régime de l'échéance")),
    # a breach: its regimes, clock, notifications, communications, events, risk
    "under_gdpr": _f(QT_TRANSLATE_NOOP("JournalField", "Soumise au RGPD")),
    "under_law_09_08": _f(QT_TRANSLATE_NOOP("JournalField", "Soumise à la loi 09-08")),
    "deadline_rule": _f(QT_TRANSLATE_NOOP("JournalField", "Règle du délai")),
    "authority": _f(QT_TRANSLATE_NOOP("JournalField", "Autorité")),
    "authority_reference": (
        "BreachSteps",
        QT_TRANSLATE_NOOP("BreachSteps", "Référence de l'autorité"),
    ),
    "delay_reason": ("BreachSteps", QT_TRANSLATE_NOOP("BreachSteps", "Motifs du retard")),
    "phase": _f(QT_TRANSLATE_NOOP("JournalField", "Phase")),
    "sent_at": _f(QT_TRANSLATE_NOOP("JournalField", "Envoyée le")),
    "late": _f(QT_TRANSLATE_NOOP("JournalField", "Tardive")),
    "duty": _f(QT_TRANSLATE_NOOP("JournalField", "Obligation remplie")),
    "audience": _f(QT_TRANSLATE_NOOP("JournalField", "Personnes informées")),
    "public": _f(QT_TRANSLATE_NOOP("JournalField", "Communication publique")),
    "notification": _f(QT_TRANSLATE_NOOP("JournalField", "Notification")),
    "communication": _f(QT_TRANSLATE_NOOP("JournalField", "Communication")),
    "no_notification": _f(QT_TRANSLATE_NOOP("JournalField", "Décision de ne pas notifier")),
    "breach.channel": ("BreachSteps", QT_TRANSLATE_NOOP("BreachSteps", "Canal")),
    "breach.kind": _f(QT_TRANSLATE_NOOP("JournalField", "Type")),
    "event": ("BreachSteps", QT_TRANSLATE_NOOP("BreachSteps", "Événement")),
    "at": ("JournalSection", QT_TRANSLATE_NOOP("JournalSection", "Date et heure")),
    "note": ("BreachSteps", QT_TRANSLATE_NOOP("BreachSteps", "Note")),
    "method": _f(QT_TRANSLATE_NOOP("JournalField", "Méthode")),
    "factors": _f(QT_TRANSLATE_NOOP("JournalField", "Facteurs de risque")),
    "severity": _f(QT_TRANSLATE_NOOP("JournalField", "Gravité")),
    "risk_computed": _f(QT_TRANSLATE_NOOP("JournalField", "Risque calculé")),
    "factors.identifiability": _f(QT_TRANSLATE_NOOP("JournalField", "Identifiabilité")),
    "factors.likelihood": _f(QT_TRANSLATE_NOOP("JournalField", "Vraisemblance des conséquences")),
    "factors.malicious": _f(QT_TRANSLATE_NOOP("JournalField", "Intention malveillante")),
    # an activity's composite items (purposes, recipients, retention rules)
    "purposes.description": _f(QT_TRANSLATE_NOOP("JournalField", "Finalité")),
    "purposes.legal_basis": _f(QT_TRANSLATE_NOOP("JournalField", "Base légale")),
    "purposes.justification": _f(QT_TRANSLATE_NOOP("JournalField", "Justification")),
    "recipients.kind": _f(QT_TRANSLATE_NOOP("JournalField", "Type")),
    "recipients.name": _f(QT_TRANSLATE_NOOP("JournalField", "Nom")),
    "retention.category": _f(QT_TRANSLATE_NOOP("JournalField", "Catégorie")),
    "retention.amount": _f(QT_TRANSLATE_NOOP("JournalField", "Durée")),
    "retention.unit": _f(QT_TRANSLATE_NOOP("JournalField", "Unité")),
    "retention.trigger": _f(QT_TRANSLATE_NOOP("JournalField", "Point de départ")),
    "retention.scope": _f(QT_TRANSLATE_NOOP("JournalField", "Portée")),
    # CNDP filings (services/filings.py, filing_changes.py)
    "formality": _f(QT_TRANSLATE_NOOP("JournalField", "Formalité")),
    "filed_on": _f(QT_TRANSLATE_NOOP("JournalField", "Déposée le")),
    "receipt": _f(QT_TRANSLATE_NOOP("JournalField", "Récépissé")),
    "receipt_on": _f(QT_TRANSLATE_NOOP("JournalField", "Date du récépissé")),
    "items": _f(QT_TRANSLATE_NOOP("JournalField", "Éléments à déclarer")),
    "activity.channel": _f(QT_TRANSLATE_NOOP("JournalField", "Mode de dépôt")),
    # letters (services/letters.py) and their templates
    "case": _f(QT_TRANSLATE_NOOP("JournalField", "Dossier")),
    "letter.kind": _f(QT_TRANSLATE_NOOP("JournalField", "Type de courrier")),
    "language": ("LetterDialog", QT_TRANSLATE_NOOP("LetterDialog", "Langue")),
    "author": _f(QT_TRANSLATE_NOOP("JournalField", "Rédigé par")),
    "addressee": _f(QT_TRANSLATE_NOOP("JournalField", "Destinataire")),
    "text": _f(QT_TRANSLATE_NOOP("JournalField", "Texte")),
    "reviewer": _f(QT_TRANSLATE_NOOP("JournalField", "Validée par")),
    "attachment": ("RequestDetail", QT_TRANSLATE_NOOP("RequestDetail", "Pièce jointe n°")),
    "purpose": _f(QT_TRANSLATE_NOOP("JournalField", "Usage de la pièce")),
    "media_type": _f(QT_TRANSLATE_NOOP("JournalField", "Type de fichier")),
    "reason": _f(QT_TRANSLATE_NOOP("JournalField", "Motif")),
    # the register: creation, unlock, backups, restores, passphrase, exports, imports
    "version": _f(QT_TRANSLATE_NOOP("JournalField", "Version")),
    "migrated_from": _f(QT_TRANSLATE_NOOP("JournalField", "Mis à jour depuis la version")),
    "file": _f(QT_TRANSLATE_NOOP("JournalField", "Fichier")),
    "from": _f(QT_TRANSLATE_NOOP("JournalField", "Restauré depuis")),
    "size": _f(QT_TRANSLATE_NOOP("JournalField", "Taille (octets)")),
    "key": _f(QT_TRANSLATE_NOOP("JournalField", "Chiffrement")),
    "daily": _f(QT_TRANSLATE_NOOP("JournalField", "Sauvegarde du jour")),
    "keep": _f(QT_TRANSLATE_NOOP("JournalField", "Copies gardées")),
    "keyring": _f(QT_TRANSLATE_NOOP("JournalField", "Trousseau du système")),
    "reencrypted": _f(QT_TRANSLATE_NOOP("JournalField", "Sauvegardes rechiffrées")),
    "failed": _f(QT_TRANSLATE_NOOP("JournalField", "Échecs")),
    "what": _f(QT_TRANSLATE_NOOP("JournalField", "Contenu exporté")),
    "count": _f(QT_TRANSLATE_NOOP("JournalField", "Nombre")),
    "created": _f(QT_TRANSLATE_NOOP("JournalField", "Créées")),
    "updated": _f(QT_TRANSLATE_NOOP("JournalField", "Mises à jour")),
    "skipped": _f(QT_TRANSLATE_NOOP("JournalField", "Ignorées")),
    "mode": _f(QT_TRANSLATE_NOOP("JournalField", "Mode d'effacement")),
    "kept_until": _f(QT_TRANSLATE_NOOP("JournalField", "Conservé jusqu'au")),
    "attachments": _f(QT_TRANSLATE_NOOP("JournalField", "Pièces jointes effacées")),
    "seen_count": _f(QT_TRANSLATE_NOOP("JournalField", "Entrées connues de ce poste")),
    "seen_head": _f(QT_TRANSLATE_NOOP("JournalField", "Empreinte connue de ce poste")),
    "head": _f(QT_TRANSLATE_NOOP("JournalField", "Empreinte de tête")),
    # settings: the organisation, the policies, the lists
    "fields": _f(QT_TRANSLATE_NOOP("JournalField", "Champs modifiés")),
    "auto_lock_minutes": _f(
        QT_TRANSLATE_NOOP("JournalField", "Verrouillage automatique (minutes)")
    ),
    "backup_keep": _f(QT_TRANSLATE_NOOP("JournalField", "Copies gardées")),
    "letters_four_eyes": _f(QT_TRANSLATE_NOOP("JournalField", "Règle des quatre yeux (courriers)")),
    "internal_days": _f(QT_TRANSLATE_NOOP("JournalField", "Délai interne (jours)")),
    "rectification_clear_days": _f(
        QT_TRANSLATE_NOOP("JournalField", "Délai de rectification (jours francs)")
    ),
    "strict_clear_days": _f(QT_TRANSLATE_NOOP("JournalField", "Jours francs stricts (J+11)")),
    "identity_pause": _f(
        QT_TRANSLATE_NOOP("JournalField", "Suspension pendant la vérification d'identité")
    ),
    "request_years": _f(QT_TRANSLATE_NOOP("JournalField", "Conservation des demandes (années)")),
    "breach_years": _f(QT_TRANSLATE_NOOP("JournalField", "Conservation des violations (années)")),
    "proof": _f(QT_TRANSLATE_NOOP("JournalField", "Preuve d'identité demandée")),
    "copy_days": _f(QT_TRANSLATE_NOOP("JournalField", "Conservation des copies (jours)")),
    "months": _f(QT_TRANSLATE_NOOP("JournalField", "Période de revue (mois)")),
    "adequacy_list.added": _f(QT_TRANSLATE_NOOP("JournalField", "Pays ajoutés")),
    "adequacy_list.removed": _f(QT_TRANSLATE_NOOP("JournalField", "Pays retirés")),
    # the working calendar (services.requests.save_calendar) and the rules' upgrades
    "member_state": _f(QT_TRANSLATE_NOOP("JournalField", "Jours fériés des délais du RGPD")),
    "deadline_rules.version": _f(QT_TRANSLATE_NOOP("JournalField", "Version des règles")),
    "moved": _f(QT_TRANSLATE_NOOP("JournalField", "Demandes ouvertes dont l'échéance a changé")),
}

# Organisation fields, as ``update organisation`` lists those that changed.
ORGANISATION_FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("JournalField", "Nom de l'organisation"),
    "address": QT_TRANSLATE_NOOP("JournalField", "Adresse"),
    "town": QT_TRANSLATE_NOOP("JournalField", "Ville"),
    "dpo_name": QT_TRANSLATE_NOOP("JournalField", "Nom du DPO"),
    "dpo_email": QT_TRANSLATE_NOOP("JournalField", "E-mail du DPO"),
    "dpo_phone": QT_TRANSLATE_NOOP("JournalField", "Téléphone du DPO"),
    "timezone": QT_TRANSLATE_NOOP("JournalField", "Fuseau horaire"),
    "legal_identifiers": QT_TRANSLATE_NOOP("JournalField", "Identifiants légaux"),
    "signatory_name": QT_TRANSLATE_NOOP("JournalField", "Signataire"),
    "representative": QT_TRANSLATE_NOOP("JournalField", "Représentant au Maroc"),
}

# Codes the journal writes that no domain enum names.
JOURNAL_VALUE_LABELS: dict[str, dict[str, str]] = {
    "what": {
        "xlsx:all": QT_TRANSLATE_NOOP("JournalValue", "Classeur Excel : tous les registres"),
        "xlsx:requests": QT_TRANSLATE_NOOP("JournalValue", "Classeur Excel : demandes"),
        "xlsx:breaches": QT_TRANSLATE_NOOP("JournalValue", "Classeur Excel : violations"),
        "xlsx:activities": QT_TRANSLATE_NOOP("JournalValue", "Classeur Excel : traitements"),
        "xlsx:processors": QT_TRANSLATE_NOOP("JournalValue", "Classeur Excel : sous-traitants"),
        "xlsx:transfers": QT_TRANSLATE_NOOP("JournalValue", "Classeur Excel : transferts"),
        "xlsx:journal": QT_TRANSLATE_NOOP("JournalValue", "Classeur Excel : journal d'audit"),
    },
    "key": {
        "same": QT_TRANSLATE_NOOP("JournalValue", "phrase secrète du registre"),
        "other": QT_TRANSLATE_NOOP("JournalValue", "autre phrase secrète"),
    },
    "keyring": {
        "remembered": QT_TRANSLATE_NOOP("JournalValue", "phrase secrète mémorisée"),
        "not_remembered": QT_TRANSLATE_NOOP("JournalValue", "phrase secrète non mémorisée"),
    },
    "mode": {
        "delete": QT_TRANSLATE_NOOP("JournalValue", "suppression"),
        "anonymise": QT_TRANSLATE_NOOP("JournalValue", "anonymisation"),
    },
    "purpose": {
        "identity": QT_TRANSLATE_NOOP("JournalValue", "justificatif d'identité"),
        "other": QT_TRANSLATE_NOOP("JournalValue", "autre"),
    },
    "method": {
        breach_risk.METHOD_ID: QT_TRANSLATE_NOOP(
            "JournalValue", "Méthode ENISA (2013), pondérée par la vraisemblance"
        ),
    },
    "language": {
        "fr": QT_TRANSLATE_NOOP("JournalValue", "français"),
        "ar": QT_TRANSLATE_NOOP("JournalValue", "arabe"),
        "en": QT_TRANSLATE_NOOP("JournalValue", "anglais"),
    },
}

# What a service writes in place of personal data (the journal says that it changed,
# never what it says), and the words for it.
MARKERS: dict[str, Label] = {
    "modifié": ("RequestDetail", QT_TRANSLATE_NOOP("RequestDetail", "modifié")),
    "renseigné": ("RequestDetail", QT_TRANSLATE_NOOP("RequestDetail", "renseigné")),
    "décidée": ("JournalField", QT_TRANSLATE_NOOP("JournalField", "décidée")),
    "modèle par défaut": ("JournalValue", QT_TRANSLATE_NOOP("JournalValue", "modèle par défaut")),
    "effacé": ("JournalValue", QT_TRANSLATE_NOOP("JournalValue", "effacé")),
}

ValueLabels = tuple[Mapping[Any, str], str]  # code → French msgid, and their context


def _values(labels: Mapping[Any, str], context: str) -> ValueLabels:
    return ({str(code): text for code, text in labels.items()}, context)


# Field → the labels of its codes; "entity.key" before "key", as for FIELD_LABELS.
VALUE_LABELS: dict[str, ValueLabels] = {
    "channel": _values(requests_workflow.CHANNEL_LABELS, "Channel"),
    "answer_channel": _values(requests_workflow.CHANNEL_LABELS, "Channel"),
    "regimes": _values(requests_workflow.REGIME_LABELS, "Regime"),
    "due_regime": _values(requests_workflow.REGIME_LABELS, "Regime"),
    "rights": _values(requests_workflow.RIGHT_LABELS, "Right"),
    "status": _values(requests_workflow.REQUEST_STATUS_LABELS, "RequestStatus"),
    "refusal_reason": _values(requests_workflow.REFUSAL_REASON_LABELS, "RefusalReason"),
    "identity_status": _values(requests_workflow.IDENTITY_STATUS_LABELS, "IdentityStatus"),
    "requester_role": _values(requests_model.REQUESTER_ROLE_LABELS, "RequesterRole"),
    "due_basis": _values(deadlines.BASIS_LABELS, "Deadline"),
    "due_rule": _values(deadlines.RULE_LABELS, "Deadline"),
    "breach.status": _values(breaches.BREACH_STATUS_LABELS, "BreachStatus"),
    "breach.channel": _values(breaches.COMMUNICATION_CHANNEL_LABELS, "CommunicationChannel"),
    "breach.kind": _values(breaches.EVENT_KIND_LABELS, "EventKind"),
    "breach.data_categories": _values(breach_risk.DATA_CATEGORY_LABELS, "DataCategory"),
    "authority": _values(breaches.AUTHORITY_LABELS, "Authority"),
    "duty": _values(breaches.DUTY_LABELS, "BreachDuty"),
    "phase": _values(breaches.NOTIFICATION_PHASE_LABELS, "NotificationPhase"),
    "deadline_rule": _values(breaches.BREACH_DEADLINE_LABELS, "BreachDeadline"),
    "art34_exception": _values(breaches.ART34_EXCEPTION_LABELS, "Art34Exception"),
    "risk_level": _values(breach_risk.RISK_LEVEL_LABELS, "RiskLevel"),
    "risk_computed": _values(breach_risk.RISK_LEVEL_LABELS, "RiskLevel"),
    "factors.identifiability": _values(breach_risk.IDENTIFIABILITY_LABELS, "Identifiability"),
    "factors.confidentiality": _values(breach_risk.EXPOSURE_LABELS, "Exposure"),
    "factors.integrity": _values(breach_risk.EXPOSURE_LABELS, "Exposure"),
    "factors.availability": _values(breach_risk.EXPOSURE_LABELS, "Exposure"),
    "factors.likelihood": _values(breach_risk.LIKELIHOOD_LABELS, "Likelihood"),
    "data_categories": _values(records.DATA_CATEGORY_LABELS, "DataCategory"),
    "security_measures": _values(records.SECURITY_MEASURE_LABELS, "SecurityMeasure"),
    "cndp_regime": _values(records.CNDP_REGIME_LABELS, "CndpRegime"),
    "mechanism": _values(records.TRANSFER_MECHANISM_LABELS, "TransferMechanism"),
    "derogation": _values(records.DEROGATION_LABELS, "Derogation"),
    "law_exception": _values(records.LAW_EXCEPTION_LABELS, "Law0908Exception"),
    "clauses": _values(records.ART28_CLAUSE_LABELS, "Art28Clause"),
    "processor.status": _values(records.PROCESSOR_STATUS_LABELS, "ProcessorStatus"),
    "data_outcome": _values(records.DATA_OUTCOME_LABELS, "DataOutcome"),
    "purposes.legal_basis": _values(records.LEGAL_BASIS_LABELS, "LegalBasis"),
    "recipients.kind": _values(records.RECIPIENT_KIND_LABELS, "RecipientKind"),
    "retention.category": _values(records.DATA_CATEGORY_LABELS, "DataCategory"),
    "formality": _values(filings.FORMALITY_LABELS, "FormalityKind"),
    "activity.status": _values(filings.FILING_STATUS_LABELS, "FilingStatus"),
    "activity.channel": _values(filings.FILING_CHANNEL_LABELS, "FilingChannel"),
    "letter.status": _values(letters.DRAFT_STATUS_LABELS, "DraftStatus"),
    "reason": _values(retention.ATTACHMENT_DELETION_LABELS, "AttachmentDeletion"),
    "proof": _values(retention.IDENTITY_PROOF_LABELS, "IdentityProof"),
    "fields": _values(ORGANISATION_FIELD_LABELS, "JournalField"),
    **{key: _values(codes, "JournalValue") for key, codes in JOURNAL_VALUE_LABELS.items()},
}


# ----------------------------------------------------------------------------- formatter
# Turns an entry's ``changes`` into lines a person reads: "Statut : Nouvelle → En cours
# de traitement". Pure: the caller passes its translation function and the ways of its
# medium to write a day, an instant and a list (the Journal screen its locale's; the
# Excel export plain ones). Never a Python repr: a value that is not a label, a date,
# an instant, a number or text is taken apart into "Label : value".

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")
# The calendar's parts (services.requests.save_calendar): days gained "+" and lost "-".
_CALENDAR_PARTS: dict[str, tuple[str, str]] = {
    "added": (
        QT_TRANSLATE_NOOP("JournalField", "Jour férié ajouté"),
        QT_TRANSLATE_NOOP("JournalField", "Ajout de jour férié annulé"),
    ),
    "closures": (
        QT_TRANSLATE_NOOP("JournalField", "Fermeture ajoutée"),
        QT_TRANSLATE_NOOP("JournalField", "Fermeture annulée"),
    ),
    "removed": (
        QT_TRANSLATE_NOOP("JournalField", "Jour férié officiel retiré"),
        QT_TRANSLATE_NOOP("JournalField", "Jour férié officiel rétabli"),
    ),
    "confirmed": (
        QT_TRANSLATE_NOOP("JournalField", "Fête lunaire confirmée"),
        QT_TRANSLATE_NOOP("JournalField", "Confirmation annulée"),
    ),
}
NO_MEMBER_STATE = QT_TRANSLATE_NOOP("MemberState", "Aucun")
YES = QT_TRANSLATE_NOOP("XlsxColumn", "Oui")
NO = QT_TRANSLATE_NOOP("XlsxColumn", "Non")


def _identity(_context: str, text: str) -> str:
    return text


def _plain_day(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def _comma(items: Iterable[str]) -> str:
    return ", ".join(item for item in items if item)


@dataclass(frozen=True)
class Wording:
    """How one medium writes the journal: its translation, the organisation's zone
    (instants are shown there, never in UTC), and its ways with days and lists.
    ``values`` adds code tables that live above the domain (letter kinds);
    ``country`` names a Member State's code (the GUI's names; the code otherwise)."""

    translate: Translate = _identity
    zone: tzinfo = UTC
    day: Callable[[date], str] = _plain_day
    join: Callable[[Iterable[str]], str] = _comma
    values: Mapping[str, ValueLabels] = field(default_factory=dict)
    country: Callable[[str], str] = str

    def instant(self, moment: datetime) -> str:
        local = moment.replace(tzinfo=moment.tzinfo or UTC).astimezone(self.zone)
        return self.translate("BreachTexts", "{date} {time}").format(
            date=self.day(local.date()), time=f"{local:%H:%M}"
        )


def _lookup(table: Mapping[str, Any], entity: str, key: str, parent: str = "") -> Any:
    for name in (f"{entity}.{key}", f"{parent}.{key}" if parent else "", key):
        if name and name in table:
            return table[name]
    return None


def field_label_of(entity: str, key: str, parent: str = "") -> Label | None:
    """The (context, msgid) of a journaled field, or None for a key no table names."""
    found: Label | None = _lookup(FIELD_LABELS, entity, key, parent)
    if found is None and entity == "authority_addresses":
        authority, _, language = key.partition(".")
        if authority and language in JOURNAL_VALUE_LABELS["language"]:
            return ("JournalField", QT_TRANSLATE_NOOP("JournalField", "Adresse de l'autorité"))
    if found is None and entity == "calendar" and key in _CALENDAR_PARTS:
        return ("JournalField", _CALENDAR_PARTS[key][0])
    return found


def field_name(key: str, entity: str, wording: Wording, parent: str = "") -> str:
    """A field in words; a key no table names (a newer version's) as stored."""
    found = field_label_of(entity, key, parent)
    if found is None:
        return key
    name = wording.translate(*found)
    if entity == "authority_addresses" and key not in FIELD_LABELS:
        authority, _, language = key.partition(".")
        return wording.translate("JournalChanges", "{field} ({authority}, {language})").format(
            field=name,
            authority=_code(breaches.AUTHORITY_LABELS, "Authority", authority, wording)
            or authority.upper(),
            language=_code(JOURNAL_VALUE_LABELS["language"], "JournalValue", language, wording)
            or language,
        )
    return name


def _code(labels: Mapping[Any, str], context: str, code: Any, wording: Wording) -> str | None:
    found = next((text for k, text in labels.items() if str(k) == str(code)), None)
    return wording.translate(context, found) if found else None


def _value_labels(entity: str, key: str, parent: str, wording: Wording) -> list[ValueLabels]:
    """The code tables that may name a value, most specific first: a breach's "channel"
    is a communication's, else a notification's (a request's channels)."""
    names = [n for n in (f"{entity}.{key}", f"{parent}.{key}" if parent else "", key) if n]
    return [
        table[name] for name in names for table in (wording.values, VALUE_LABELS) if name in table
    ]


def describe_value(value: Any, key: str, entity: str, wording: Wording, parent: str = "") -> str:
    """One value in words: a label for a code, Oui/Non, a day, a local instant, a list
    joined, a nested record as "Label : value"."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return wording.translate("XlsxColumn", YES if value else NO)
    if isinstance(value, str) and value in MARKERS:
        return wording.translate(*MARKERS[value])
    if isinstance(value, str) and value.startswith("[") and value.endswith("]"):
        # Older entries hold a list as its Python text ("['identity']"): read it back.
        try:
            parsed = ast.literal_eval(value)
        except (ValueError, SyntaxError):
            parsed = None
        if isinstance(parsed, list):
            return describe_value(parsed, key, entity, wording, parent)
    if isinstance(value, list):
        if not value:
            return "—"
        if key == "items":  # a filing's items to declare: an activity's fields
            return wording.join(field_name(str(v), "activity", wording) for v in value)
        texts = [describe_value(v, key, entity, wording, parent) for v in value]
        if any(isinstance(v, dict) for v in value):
            # Composite items hold commas of their own: a plainer mark between them.
            return ITEM_SEPARATOR.join(texts)
        return wording.join(texts)
    if isinstance(value, dict):
        return _record(value, key, entity, wording)
    for labels, context in _value_labels(entity, key, parent, wording):
        found = _code(labels, context, value, wording)
        if found:
            return found
    if isinstance(value, datetime):
        return wording.instant(value)
    if isinstance(value, date):
        return wording.day(value)
    if isinstance(value, str) and _DAY.match(value):
        return wording.day(date.fromisoformat(value))
    if isinstance(value, str) and _INSTANT.match(value):
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return wording.instant(moment)
    return str(value)


def _record(value: Mapping[str, Any], key: str, entity: str, wording: Wording) -> str:
    """A nested record: an activity's purpose, recipient or retention rule as the
    register writes it ("Consentement — Mesurer…"), any other as "Label : value"."""
    parts = {k: describe_value(v, k, entity, wording, key) for k, v in value.items()}
    if key == "retention" and "amount" in value and "unit" in value:
        templates = records.RETENTION_TEMPLATES.get(records.RetentionUnit(value["unit"]))
        if templates is not None:
            amount = value["amount"]
            template = templates[0 if amount == 1 else 1]
            duration = wording.translate("RetentionUnit", template).format(n=amount)
            head = [parts.get("category", ""), f"{duration} {value.get('trigger') or ''}".strip()]
            scope = [parts["scope"]] if value.get("scope") else []
            return PART_SEPARATOR.join(p for p in (*head, *scope) if p and p != "—")
    if key == "purposes" and "description" in value:
        order = ("description", "legal_basis", "justification")
        return PART_SEPARATOR.join(parts[k] for k in order if value.get(k))
    if key == "recipients" and "name" in value:
        return PART_SEPARATOR.join(parts[k] for k in ("kind", "name") if value.get(k))
    return wording.join(
        wording.translate("JournalChanges", "{field} : {value}").format(
            field=field_name(k, entity, wording, key), value=text
        )
        for k, text in parts.items()
    )


def _is_change(value: Any) -> bool:
    """[before, after] is a change; a list field's own value (two rights) is not: its
    change is a pair of lists, or of a list and nothing."""
    if not isinstance(value, list) or len(value) != 2:
        return False
    if any(isinstance(v, list) for v in value):
        return all(v is None or isinstance(v, list) for v in value)
    return not any(isinstance(v, dict) for v in value)


# The list fields whose own value may be a pair of codes (two rights, two regimes).
_LIST_FIELDS = frozenset(
    {"regimes", "rights", "data_categories", "security_measures", "clauses", "countries",
     "certifications", "sources", "subject_categories", "sub_processors", "processors",
     "activities", "items", "fields", "added", "removed"}
)  # fmt: skip


def describe_lines(
    changes: Mapping[str, Any] | None, entity: str = "", wording: Wording | None = None
) -> list[str]:
    """One line per field of an entry's ``changes``: "Statut : Nouvelle → Clôturée"."""
    wording = wording or Wording()
    if not changes:
        return []
    if entity == "calendar":
        return _calendar_lines(changes, wording)
    lines = []
    for key, value in changes.items():
        name = field_name(key, entity, wording)
        pair = _is_change(value) and not (
            key in _LIST_FIELDS and not any(isinstance(v, list) or v is None for v in value)
        )
        if pair:
            lines.append(
                wording.translate("JournalChanges", "{field} : {before} → {after}").format(
                    field=name,
                    before=describe_value(value[0], key, entity, wording),
                    after=describe_value(value[1], key, entity, wording),
                )
            )
        else:
            lines.append(
                wording.translate("JournalChanges", "{field} : {value}").format(
                    field=name, value=describe_value(value, key, entity, wording)
                )
            )
    return lines


def _lunar_name(key: Any, wording: Wording) -> str:
    kind, _, year = str(key).partition("/")
    found = next((text for k, text in LUNAR_LABELS.items() if str(k) == kind), None)
    if found is None or not year.isdigit():
        return str(key)
    return wording.translate("CalendarTexts", "{holiday} {year}").format(
        holiday=wording.translate("Lunar", found), year=int(year)
    )


def _calendar_item(part: str, key: Any, value: Any, wording: Wording) -> str:
    if part == "confirmed":
        name = _lunar_name(key, wording)
        if not isinstance(value, dict):
            return name
        return wording.translate(
            "JournalChanges", "{holiday}, premier jour le {first_day} (confirmé le {confirmed_on})"
        ).format(
            holiday=name,
            first_day=describe_value(value.get("first_day"), "", "calendar", wording),
            confirmed_on=describe_value(value.get("confirmed_on"), "", "calendar", wording),
        )
    day = describe_value(key, "", "calendar", wording)
    if value:  # a holiday's or a closure's name, as the DPO typed it
        return wording.translate("JournalChanges", "{date} ({name})").format(date=day, name=value)
    return day


def _calendar_lines(changes: Mapping[str, Any], wording: Wording) -> list[str]:
    """The working calendar's days added, removed, confirmed; the GDPR's Member State."""
    lines = []
    for part, value in changes.items():
        if part == "member_state" and isinstance(value, list) and len(value) == 2:
            before, after = (
                wording.country(v) if v else wording.translate("MemberState", NO_MEMBER_STATE)
                for v in value
            )
            lines.append(
                wording.translate("JournalChanges", "{field} : {before} → {after}").format(
                    field=field_name(part, "calendar", wording), before=before, after=after
                )
            )
            continue
        if part not in _CALENDAR_PARTS or not isinstance(value, dict):
            lines.extend(describe_lines({part: value}, "", wording))
            continue
        gained, lost = value.get("+") or {}, value.get("-") or []
        for items, which in (
            ([_calendar_item(part, k, v, wording) for k, v in dict(gained).items()], 0),
            ([_calendar_item(part, k, None, wording) for k in lost], 1),
        ):
            if items:
                lines.append(
                    wording.translate("JournalChanges", "{field} : {value}").format(
                        field=wording.translate("JournalField", _CALENDAR_PARTS[part][which]),
                        value=wording.join(items),
                    )
                )
    return lines
