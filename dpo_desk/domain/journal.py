"""Names of what the audit journal records, in the DPO's words.

The journal stores stable codes (``create``, ``request``); these labels are what the
Journal screen shows. A code with no label (from a newer version) is shown as stored.
"""

from __future__ import annotations

from dpo_desk.domain.labels import QT_TRANSLATE_NOOP

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
}
