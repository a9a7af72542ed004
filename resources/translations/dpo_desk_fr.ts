<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/about_dialog.py" line="46"/>
        <source>À propos de DPO Desk</source>
        <translation>À propos de DPO Desk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/about_dialog.py" line="56"/>
        <source>Le registre du délégué à la protection des données : demandes d&apos;exercice des droits, violations de données, traitements et sous-traitants, dans un fichier chiffré sur ce poste.</source>
        <translation>Le registre du délégué à la protection des données : demandes d&apos;exercice des droits, violations de données, traitements et sous-traitants, dans un fichier chiffré sur ce poste.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/about_dialog.py" line="64"/>
        <source>application installée</source>
        <translation>application installée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/about_dialog.py" line="66"/>
        <source>depuis les sources</source>
        <translation>depuis les sources</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/about_dialog.py" line="86"/>
        <source>Données de fuseaux horaires : IANA {version}</source>
        <translation>Données de fuseaux horaires : IANA {version}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/about_dialog.py" line="95"/>
        <source>Composants tiers et licences</source>
        <translation>Composants tiers et licences</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/about_dialog.py" line="99"/>
        <source>Composant</source>
        <translation>Composant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/about_dialog.py" line="99"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/about_dialog.py" line="99"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/about_dialog.py" line="99"/>
        <source>Rôle</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/about_dialog.py" line="120"/>
        <source>Texte de la licence</source>
        <translation>Texte de la licence</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/about_dialog.py" line="142"/>
        <source>Licence {licence} ; le texte n&apos;est pas inclus dans cette installation.</source>
        <translation>Licence {licence} ; le texte n&apos;est pas inclus dans cette installation.</translation>
    </message>
</context>
<context>
    <name>ActivityPicker</name>
    <message>
        <location filename="../../dpo_desk/ui/records/activity_picker.py" line="48"/>
        <source>Traitements concernés</source>
        <translation>Traitements concernés</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/activity_picker.py" line="55"/>
        <source>Aucun traitement rattaché.</source>
        <translation>Aucun traitement rattaché.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/activity_picker.py" line="66"/>
        <source>Traitement à rattacher</source>
        <translation>Traitement à rattacher</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/activity_picker.py" line="72"/>
        <source>Rattacher</source>
        <translation>Rattacher</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/activity_picker.py" line="75"/>
        <source>Détacher</source>
        <translation>Détacher</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/activity_picker.py" line="110"/>
        <source>Double-cliquez pour ouvrir la fiche du traitement</source>
        <translation>Double-cliquez pour ouvrir la fiche du traitement</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="161"/>
        <source>Traitement</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="162"/>
        <source>Alertes</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="163"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="164"/>
        <source>Bases légales</source>
        <translation>Bases légales</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="165"/>
        <source>CNDP</source>
        <translation>CNDP</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="166"/>
        <source>AIPD</source>
        <translation>AIPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="167"/>
        <source>Dernière revue</source>
        <translation>Dernière revue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="180"/>
        <source>{regime} · {receipt}</source>
        <translation>{regime} · {receipt}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="182"/>
        <source>sans récépissé</source>
        <translation>sans récépissé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="186"/>
        <source>Non requise</source>
        <translation>Non requise</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="187"/>
        <source>Réalisée</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="187"/>
        <source>À réaliser</source>
        <translation>À réaliser</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="189"/>
        <source>jamais</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>Adequacy</name>
    <message>
        <location filename="../../dpo_desk/domain/countries.py" line="45"/>
        <source>Liste par défaut : les États de l&apos;Union européenne et de l&apos;Espace économique européen. Ce n&apos;est pas la liste de la délibération CNDP n° 465-2013 ; vérifiez-la et complétez-la.</source>
        <translation>Liste par défaut : les États de l&apos;Union européenne et de l&apos;Espace économique européen. Ce n&apos;est pas la liste de la délibération CNDP n° 465-2013 ; vérifiez-la et complétez-la.</translation>
    </message>
</context>
<context>
    <name>Annex</name>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="499"/>
        <source>Contrats et clauses contractuelles encadrant le transfert vers {countries} (F118)</source>
        <translation>Contrats et clauses contractuelles encadrant le transfert vers {countries} (F118)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="502"/>
        <source>Contrats de sous-traitance : {processors}</source>
        <translation>Contrats de sous-traitance : {processors}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="505"/>
        <source>Modèles de recueil du consentement (attestations de consentement)</source>
        <translation>Modèles de recueil du consentement (attestations de consentement)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="508"/>
        <source>Politique de sécurité des systèmes d&apos;information</source>
        <translation>Politique de sécurité des systèmes d&apos;information</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="511"/>
        <source>Mentions d&apos;information des personnes concernées (art. 5)</source>
        <translation>Mentions d&apos;information des personnes concernées (art. 5)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="514"/>
        <source>Analyse d&apos;impact relative à la protection des données</source>
        <translation>Analyse d&apos;impact relative à la protection des données</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="515"/>
        <source>Mandat du représentant au Maroc</source>
        <translation>Mandat du représentant au Maroc</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../dpo_desk/ui/controller.py" line="127"/>
        <source>Ouvrir un registre</source>
        <extracomment>the demo register&apos;s passphrase, as `make demo` sets it (Makefile, README): fictitious data only, so a known passphrase, shown to the user in the unlock dialog</extracomment>
        <translation>Ouvrir un registre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/controller.py" line="129"/>
        <source>Registres DPO Desk (*.dpodesk);;Tous les fichiers (*)</source>
        <translation>Registres DPO Desk (*.dpodesk);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/controller.py" line="149"/>
        <location filename="../../dpo_desk/ui/controller.py" line="154"/>
        <source>Démonstration</source>
        <translation>Démonstration</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/controller.py" line="156"/>
        <source>Le registre de démonstration n&apos;a pas pu être créé dans {folder}.</source>
        <translation>Le registre de démonstration n&apos;a pas pu être créé dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/controller.py" line="161"/>
        <source>Registre de démonstration, aux données fictives : sa phrase secrète est « {passphrase} ».</source>
        <translation>Registre de démonstration, aux données fictives : sa phrase secrète est « {passphrase} ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/controller.py" line="193"/>
        <source>La phrase secrète mémorisée n&apos;ouvre plus ce registre : saisissez-la.</source>
        <translation>La phrase secrète mémorisée n&apos;ouvre plus ce registre : saisissez-la.</translation>
    </message>
</context>
<context>
    <name>Art28Clause</name>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="360"/>
        <source>(a) Traitement sur instruction documentée</source>
        <translation>(a) Traitement sur instruction documentée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="361"/>
        <source>(b) Engagement de confidentialité des personnes autorisées</source>
        <translation>(b) Engagement de confidentialité des personnes autorisées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="362"/>
        <source>(c) Mesures de sécurité (art. 32)</source>
        <translation>(c) Mesures de sécurité (art. 32)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="363"/>
        <source>(d) Sous-traitance ultérieure autorisée, droit d&apos;opposition</source>
        <translation>(d) Sous-traitance ultérieure autorisée, droit d&apos;opposition</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="364"/>
        <source>(e) Aide à l&apos;exercice des droits des personnes</source>
        <translation>(e) Aide à l&apos;exercice des droits des personnes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="365"/>
        <source>(f) Aide aux obligations des articles 32 à 36</source>
        <translation>(f) Aide aux obligations des articles 32 à 36</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="366"/>
        <source>(g) Suppression ou restitution des données en fin de contrat</source>
        <translation>(g) Suppression ou restitution des données en fin de contrat</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="367"/>
        <source>(h) Informations et audits</source>
        <translation>(h) Informations et audits</translation>
    </message>
</context>
<context>
    <name>Art34Exception</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="96"/>
        <source>Données rendues incompréhensibles (chiffrement) — art. 34(3)(a)</source>
        <translation>Données rendues incompréhensibles (chiffrement) — art. 34(3)(a)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="99"/>
        <source>Risque élevé supprimé par des mesures ultérieures — art. 34(3)(b)</source>
        <translation>Risque élevé supprimé par des mesures ultérieures — art. 34(3)(b)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="102"/>
        <source>Efforts disproportionnés : communication publique à la place — art. 34(3)(c)</source>
        <translation>Efforts disproportionnés : communication publique à la place — art. 34(3)(c)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="113"/>
        <source>Données rendues incompréhensibles (chiffrement) — article 34(3)(a) du RGPD</source>
        <translation>Données rendues incompréhensibles (chiffrement) — article 34(3)(a) du RGPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="117"/>
        <source>Risque élevé supprimé par des mesures ultérieures — article 34(3)(b) du RGPD</source>
        <translation>Risque élevé supprimé par des mesures ultérieures — article 34(3)(b) du RGPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="121"/>
        <source>Efforts disproportionnés : communication publique à la place — article 34(3)(c) du RGPD</source>
        <translation>Efforts disproportionnés : communication publique à la place — article 34(3)(c) du RGPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="127"/>
        <source>Données rendues incompréhensibles (chiffrement)</source>
        <translation>Données rendues incompréhensibles (chiffrement)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="130"/>
        <source>Risque élevé supprimé par des mesures ultérieures</source>
        <translation>Risque élevé supprimé par des mesures ultérieures</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="133"/>
        <source>Efforts disproportionnés : communication publique à la place</source>
        <translation>Efforts disproportionnés : communication publique à la place</translation>
    </message>
</context>
<context>
    <name>AttachmentDeletion</name>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="262"/>
        <source>identité vérifiée, la copie a servi</source>
        <translation>identité vérifiée, la copie a servi</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="265"/>
        <source>délai de conservation de la copie atteint</source>
        <translation>délai de conservation de la copie atteint</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="268"/>
        <source>plus nécessaire</source>
        <translation>plus nécessaire</translation>
    </message>
</context>
<context>
    <name>Authority</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="37"/>
        <source>CNDP</source>
        <translation>CNDP</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="38"/>
        <source>CNIL</source>
        <translation>CNIL</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="39"/>
        <source>Autre autorité de contrôle de l&apos;UE</source>
        <translation>Autre autorité de contrôle de l&apos;UE</translation>
    </message>
</context>
<context>
    <name>AuthorityAddressesCard</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/authorities.py" line="38"/>
        <source>Adresses des autorités</source>
        <extracomment>every authority&apos;s address (and default) in every letter language</extracomment>
        <translation>Adresses des autorités</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/authorities.py" line="40"/>
        <source>Les courriers impriment ces adresses : en destinataire d&apos;une notification de violation, et pour indiquer où introduire une réclamation. Vérifiez-les sur le site de chaque autorité (www.cndp.ma, www.cnil.fr). Une adresse vide reprend celle fournie avec DPO Desk. Chaque modification est inscrite au journal.</source>
        <translation>Les courriers impriment ces adresses : en destinataire d&apos;une notification de violation, et pour indiquer où introduire une réclamation. Vérifiez-les sur le site de chaque autorité (www.cndp.ma, www.cnil.fr). Une adresse vide reprend celle fournie avec DPO Desk. Chaque modification est inscrite au journal.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/authorities.py" line="72"/>
        <source>Adresses par défaut</source>
        <translation>Adresses par défaut</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/authorities.py" line="73"/>
        <source>Reprendre les adresses fournies avec DPO Desk</source>
        <translation>Reprendre les adresses fournies avec DPO Desk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/authorities.py" line="75"/>
        <source>Enregistrer les adresses</source>
        <translation>Enregistrer les adresses</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/authorities.py" line="131"/>
        <source>Adresses des autorités enregistrées.</source>
        <translation>Adresses des autorités enregistrées.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/authorities.py" line="137"/>
        <source>Adresses des autorités remises par défaut.</source>
        <translation>Adresses des autorités remises par défaut.</translation>
    </message>
</context>
<context>
    <name>AutoLockCard</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/auto_lock.py" line="24"/>
        <source>Verrouillage automatique</source>
        <extracomment>minutes (0 = never), after a successful save</extracomment>
        <translation>Verrouillage automatique</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/auto_lock.py" line="26"/>
        <source>Sans clavier ni souris pendant ce délai, la fenêtre se verrouille : le registre est refermé et rien de son contenu ne reste affiché (RGPD art. 32 ; loi 09-08 art. 23). Le réglage est enregistré dans le registre : il vaut sur chaque poste qui l&apos;ouvre.</source>
        <translation>Sans clavier ni souris pendant ce délai, la fenêtre se verrouille : le registre est refermé et rien de son contenu ne reste affiché (RGPD art. 32 ; loi 09-08 art. 23). Le réglage est enregistré dans le registre : il vaut sur chaque poste qui l&apos;ouvre.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/auto_lock.py" line="35"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/auto_lock.py" line="36"/>
        <source>Jamais</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/auto_lock.py" line="38"/>
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/auto_lock.py" line="40"/>
        <source>Verrouiller après</source>
        <translation>Verrouiller après</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/auto_lock.py" line="72"/>
        <source>Verrouillage automatique désactivé : pensez à Ctrl+L.</source>
        <translation>Verrouillage automatique désactivé : pensez à Ctrl+L.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/settings/auto_lock.py" line="75"/>
        <source>La fenêtre se verrouillera après %n minute(s) sans activité.</source>
        <translation>
            <numerusform>La fenêtre se verrouillera après %n minute sans activité.</numerusform>
            <numerusform>La fenêtre se verrouillera après %n minutes sans activité.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachAlerts</name>
    <message>
        <location filename="../../dpo_desk/ui/breach_alerts.py" line="115"/>
        <source> ; </source>
        <extracomment>reference, threshold in hours (24 or 6), the message shown</extracomment>
        <translation> ; </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breach_alerts.py" line="116"/>
        <source>{authority}, délai {basis}</source>
        <translation>{authority}, délai {basis}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breach_alerts.py" line="121"/>
        <source>Violation {reference} : {hours} h {minutes:02d} avant l&apos;échéance de notification (72 heures) — {duties}.</source>
        <translation>Violation {reference} : {hours} h {minutes:02d} avant l&apos;échéance de notification (72 heures) — {duties}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breach_alerts.py" line="141"/>
        <source>DPO Desk — délai de notification</source>
        <translation>DPO Desk — délai de notification</translation>
    </message>
</context>
<context>
    <name>BreachCli</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches/model.py" line="82"/>
        <source>Aucun régime indiqué : la loi 09-08 est retenue (notification à la CNDP sous 72 heures, politique interne de l&apos;organisation). Si des personnes se trouvant dans l&apos;Union européenne sont concernées, ajoutez le régime gdpr.</source>
        <translation>Aucun régime indiqué : la loi 09-08 est retenue (notification à la CNDP sous 72 heures, politique interne de l&apos;organisation). Si des personnes se trouvant dans l&apos;Union européenne sont concernées, ajoutez le régime gdpr.</translation>
    </message>
</context>
<context>
    <name>BreachDashboardPanel</name>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="58"/>
        <source>Violations de données ouvertes</source>
        <translation>Violations de données ouvertes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="59"/>
        <source>Toutes les violations</source>
        <translation>Toutes les violations</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="74"/>
        <source>Délai restant</source>
        <translation>Délai restant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="75"/>
        <source>Référence</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="76"/>
        <source>Intitulé</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="77"/>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="78"/>
        <source>Échéance</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="82"/>
        <source>Violations ouvertes</source>
        <translation>Violations ouvertes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="147"/>
        <source>Aucune violation ouverte.</source>
        <translation>Aucune violation ouverte.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="151"/>
        <source>{open} · {waiting} en attente de notification à l&apos;autorité · {overdue} hors délai</source>
        <translation>{open} · {waiting} en attente de notification à l&apos;autorité · {overdue} hors délai</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="154"/>
        <source>%n ouverte(s)</source>
        <translation>
            <numerusform>%n ouverte</numerusform>
            <numerusform>%n ouvertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="161"/>
        <source>… et %n autre(s) : voir toutes les violations.</source>
        <translation>
            <numerusform>… et %n autre : voir toutes les violations.</numerusform>
            <numerusform>… et %n autres : voir toutes les violations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachDeadline</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches/clock.py" line="39"/>
        <source>légal (RGPD art. 33)</source>
        <translation>légal (RGPD art. 33)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/clock.py" line="40"/>
        <source>politique interne (la loi 09-08 ne fixe pas de délai)</source>
        <translation>politique interne (la loi 09-08 ne fixe pas de délai)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/clock.py" line="43"/>
        <source>légal (loi 05-20)</source>
        <translation>légal (loi 05-20)</translation>
    </message>
</context>
<context>
    <name>BreachDetail</name>
    <message>
        <location filename="../../dpo_desk/ui/breaches/detail.py" line="117"/>
        <source>Étape terminée</source>
        <extracomment>the stylesheet&apos;s padding (12 px a side) and border (2 px a side when current)</extracomment>
        <translation>Étape terminée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/detail.py" line="119"/>
        <source>Étape à compléter</source>
        <translation>Étape à compléter</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/detail.py" line="154"/>
        <source>‹  Toutes les violations</source>
        <translation>‹  Toutes les violations</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/detail.py" line="170"/>
        <source>Rédiger un courrier…</source>
        <translation>Rédiger un courrier…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/detail.py" line="258"/>
        <source>Connue le {aware} · notification à : {authority}, au plus tard le {deadline} · délai {basis}</source>
        <translation>Connue le {aware} · notification à : {authority}, au plus tard le {deadline} · délai {basis}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/detail.py" line="268"/>
        <source>Obligations : {duties}</source>
        <translation>Obligations : {duties}</translation>
    </message>
</context>
<context>
    <name>BreachDuty</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="43"/>
        <source>Autorité de contrôle de l&apos;UE (CNIL ou autre)</source>
        <translation>Autorité de contrôle de l&apos;UE (CNIL ou autre)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="46"/>
        <source>CNDP</source>
        <translation>CNDP</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="47"/>
        <source>DGSSI</source>
        <translation>DGSSI</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="52"/>
        <source>obligation légale, article 33 du RGPD</source>
        <translation>obligation légale, article 33 du RGPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="53"/>
        <source>politique interne de l&apos;organisation ; la loi 09-08 ne prévoit pas de notification des violations</source>
        <translation>politique interne de l&apos;organisation ; la loi 09-08 ne prévoit pas de notification des violations</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="58"/>
        <source>obligation légale, loi 05-20 relative à la cybersécurité</source>
        <translation>obligation légale, loi 05-20 relative à la cybersécurité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="72"/>
        <source>dès la prise de connaissance</source>
        <translation>dès la prise de connaissance</translation>
    </message>
</context>
<context>
    <name>BreachFields</name>
    <message>
        <location filename="../../dpo_desk/ui/breaches/fields.py" line="167"/>
        <source>nombre approximatif</source>
        <translation>nombre approximatif</translation>
    </message>
</context>
<context>
    <name>BreachForms</name>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="43"/>
        <source>Ce qui s&apos;est passé, en une ligne</source>
        <translation>Ce qui s&apos;est passé, en une ligne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="48"/>
        <source>Les faits : comment la violation s&apos;est produite, comment elle a été détectée, ce qui est déjà connu.</source>
        <translation>Les faits : comment la violation s&apos;est produite, comment elle a été détectée, ce qui est déjà connu.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="71"/>
        <source>Inconnu</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="78"/>
        <source>Intitulé *</source>
        <translation>Intitulé *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="79"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="80"/>
        <source>Régime(s) *</source>
        <translation>Régime(s) *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="81"/>
        <source>Début de la violation</source>
        <translation>Début de la violation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="82"/>
        <source>Découverte le *</source>
        <translation>Découverte le *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="83"/>
        <source>Connaissance acquise le *</source>
        <translation>Connaissance acquise le *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="162"/>
        <source>Confidentialité (divulgation, accès non autorisé)</source>
        <translation>Confidentialité (divulgation, accès non autorisé)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="167"/>
        <source>Intégrité (altération)</source>
        <translation>Intégrité (altération)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="170"/>
        <source>Disponibilité (perte, destruction)</source>
        <translation>Disponibilité (perte, destruction)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="191"/>
        <source>Une catégorie par ligne : comptes, factures…</source>
        <translation>Une catégorie par ligne : comptes, factures…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="204"/>
        <source>Des mineurs sont concernés</source>
        <translation>Des mineurs sont concernés</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="64"/>
        <source>Sous le RGPD, les 72 heures sont légales (article 33 du RGPD) ; sous la seule loi 09-08, elles sont une politique interne.</source>
        <translation>Sous le RGPD, les 72 heures sont légales (article 33 du RGPD) ; sous la seule loi 09-08, elles sont une politique interne.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="182"/>
        <source>Une catégorie par ligne : clients, salariés, usagers…</source>
        <translation>Une catégorie par ligne : clients, salariés, usagers…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="209"/>
        <source>Conséquences probables pour les personnes</source>
        <translation>Conséquences probables pour les personnes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="217"/>
        <source>Mesures prises pour remédier à la violation</source>
        <translation>Mesures prises pour remédier à la violation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="225"/>
        <source>Mesures proposées, y compris pour en atténuer les effets</source>
        <translation>Mesures proposées, y compris pour en atténuer les effets</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="233"/>
        <source>Un sous-traitant par ligne</source>
        <translation>Un sous-traitant par ligne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="239"/>
        <source>Atteinte à *</source>
        <translation>Atteinte à *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="242"/>
        <source>Personnes concernées</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="244"/>
        <source>Nombre de personnes</source>
        <translation>Nombre de personnes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="245"/>
        <source>Enregistrements</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="248"/>
        <source>Nombre d&apos;enregistrements</source>
        <translation>Nombre d&apos;enregistrements</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="250"/>
        <source>Catégories de données</source>
        <translation>Catégories de données</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="252"/>
        <source>Conséquences</source>
        <translation>Conséquences</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="253"/>
        <source>Mesures prises</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="254"/>
        <source>Mesures proposées</source>
        <translation>Mesures proposées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="255"/>
        <source>Sous-traitants impliqués</source>
        <translation>Sous-traitants impliqués</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="336"/>
        <source>Intention malveillante (attaque, vol, acte délibéré)</source>
        <translation>Intention malveillante (attaque, vol, acte délibéré)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="349"/>
        <source>Facilité d&apos;identification</source>
        <translation>Facilité d&apos;identification</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="353"/>
        <source>Perte de confidentialité</source>
        <translation>Perte de confidentialité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="355"/>
        <source>Perte d&apos;intégrité</source>
        <translation>Perte d&apos;intégrité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="356"/>
        <source>Perte de disponibilité</source>
        <translation>Perte de disponibilité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="360"/>
        <source>Vraisemblance des conséquences *</source>
        <translation>Vraisemblance des conséquences *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="395"/>
        <source>La nature de la violation (étape 2) ne mentionne pas cette atteinte.</source>
        <translation>La nature de la violation (étape 2) ne mentionne pas cette atteinte.</translation>
    </message>
</context>
<context>
    <name>BreachRisk</name>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="243"/>
        <source>Contexte du traitement : {score} sur 4, d&apos;après la catégorie de données la plus sensible (« {category} »).</source>
        <translation>Contexte du traitement : {score} sur 4, d&apos;après la catégorie de données la plus sensible (« {category} »).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="248"/>
        <source>Contexte du traitement : 1 sur 4, aucune catégorie de données n&apos;étant renseignée.</source>
        <translation>Contexte du traitement : 1 sur 4, aucune catégorie de données n&apos;étant renseignée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="252"/>
        <source>Des mineurs sont concernés : le contexte est relevé d&apos;un point (plafonné à 4).</source>
        <translation>Des mineurs sont concernés : le contexte est relevé d&apos;un point (plafonné à 4).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="256"/>
        <source>Facilité d&apos;identification des personnes : {level} ({score}).</source>
        <translation>Facilité d&apos;identification des personnes : {level} ({score}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="259"/>
        <source>Perte de confidentialité ({level}) : +{score}.</source>
        <translation>Perte de confidentialité ({level}) : +{score}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="262"/>
        <source>Perte d&apos;intégrité ({level}) : +{score}.</source>
        <translation>Perte d&apos;intégrité ({level}) : +{score}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="263"/>
        <source>Perte de disponibilité ({level}) : +{score}.</source>
        <translation>Perte de disponibilité ({level}) : +{score}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="264"/>
        <source>Intention malveillante : +{score}.</source>
        <translation>Intention malveillante : +{score}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="265"/>
        <source>Gravité (méthode ENISA) : {context} × {identification} + {circumstances} = {score}, soit une gravité « {severity} ».</source>
        <translation>Gravité (méthode ENISA) : {context} × {identification} + {circumstances} = {score}, soit une gravité « {severity} ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="270"/>
        <source>Vraisemblance des conséquences : « {likelihood} ».</source>
        <translation>Vraisemblance des conséquences : « {likelihood} ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="271"/>
        <source>Gravité {severity_step} × vraisemblance {likelihood_step} = {product} : {level}.</source>
        <translation>Gravité {severity_step} × vraisemblance {likelihood_step} = {product} : {level}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="274"/>
        <source>Niveau retenu par le DPO : {level} (au lieu de {computed}). Motif : {justification}</source>
        <translation>Niveau retenu par le DPO : {level} (au lieu de {computed}). Motif : {justification}</translation>
    </message>
</context>
<context>
    <name>BreachStatus</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="27"/>
        <source>Ouverte</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="28"/>
        <source>Risque évalué</source>
        <translation>Risque évalué</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="29"/>
        <source>Notifiée à l&apos;autorité</source>
        <translation>Notifiée à l&apos;autorité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="30"/>
        <source>Communiquée aux personnes concernées</source>
        <translation>Communiquée aux personnes concernées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="33"/>
        <source>Clôturée</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="88"/>
        <source>Une violation au statut « {old} » ne peut pas passer au statut « {new} ».</source>
        <translation>Une violation au statut « {old} » ne peut pas passer au statut « {new} ».</translation>
    </message>
</context>
<context>
    <name>BreachSteps</name>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/base.py" line="40"/>
        <source>Faits et horloge</source>
        <translation>Faits et horloge</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/base.py" line="41"/>
        <source>Nature et étendue</source>
        <translation>Nature et étendue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/base.py" line="42"/>
        <source>Évaluation du risque</source>
        <translation>Évaluation du risque</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/base.py" line="43"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/base.py" line="44"/>
        <source>Chronologie et clôture</source>
        <translation>Chronologie et clôture</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/base.py" line="141"/>
        <source>Étape {number} — {title}</source>
        <translation>Étape {number} — {title}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/facts.py" line="35"/>
        <source>Le délai de 72 heures court à partir du moment où l&apos;organisation a acquis une certitude raisonnable qu&apos;une violation de données personnelles s&apos;est produite (RGPD art. 33(1)). Les heures sont saisies dans le fuseau de l&apos;organisation.</source>
        <translation>Le délai de 72 heures court à partir du moment où l&apos;organisation a acquis une certitude raisonnable qu&apos;une violation de données personnelles s&apos;est produite (RGPD art. 33(1)). Les heures sont saisies dans le fuseau de l&apos;organisation.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/facts.py" line="53"/>
        <source>Enregistrer les faits</source>
        <translation>Enregistrer les faits</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/facts.py" line="75"/>
        <source>Le délai de 72 heures court à partir du moment où l&apos;organisation a acquis une certitude raisonnable qu&apos;une violation de données personnelles s&apos;est produite. La loi 09-08 ne prévoit pas de notification des violations : ce délai est celui de la politique interne de l&apos;organisation. Les heures sont saisies dans le fuseau de l&apos;organisation.</source>
        <translation>Le délai de 72 heures court à partir du moment où l&apos;organisation a acquis une certitude raisonnable qu&apos;une violation de données personnelles s&apos;est produite. La loi 09-08 ne prévoit pas de notification des violations : ce délai est celui de la politique interne de l&apos;organisation. Les heures sont saisies dans le fuseau de l&apos;organisation.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/facts.py" line="117"/>
        <source>Faits enregistrés.</source>
        <translation>Faits enregistrés.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/nature.py" line="36"/>
        <source>Enregistrer la nature et l&apos;étendue</source>
        <translation>Enregistrer la nature et l&apos;étendue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/nature.py" line="67"/>
        <source>Nature et étendue enregistrées.</source>
        <translation>Nature et étendue enregistrées.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="61"/>
        <source>Appréciation du DPO</source>
        <translation>Appréciation du DPO</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="73"/>
        <source>Résultat de la méthode</source>
        <translation>Résultat de la méthode</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="102"/>
        <source>Pourquoi le niveau calculé ne convient pas à cette violation</source>
        <translation>Pourquoi le niveau calculé ne convient pas à cette violation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="111"/>
        <source>Niveau retenu</source>
        <translation>Niveau retenu</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="112"/>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="89"/>
        <source>Enregistrer l&apos;évaluation</source>
        <translation>Enregistrer l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="120"/>
        <source>Décision de ne pas notifier l&apos;autorité</source>
        <translation>Décision de ne pas notifier l&apos;autorité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="128"/>
        <source>Pourquoi la violation n&apos;est pas susceptible d&apos;engendrer un risque pour les droits et libertés des personnes</source>
        <translation>Pourquoi la violation n&apos;est pas susceptible d&apos;engendrer un risque pour les droits et libertés des personnes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="139"/>
        <source>Motifs *</source>
        <translation>Motifs *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="144"/>
        <source>Consigner la décision de ne pas notifier</source>
        <translation>Consigner la décision de ne pas notifier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="157"/>
        <source>D&apos;après la nature enregistrée (étape 2) : données « {categories} » ; mineurs : {minors}.</source>
        <translation>D&apos;après la nature enregistrée (étape 2) : données « {categories} » ; mineurs : {minors}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="163"/>
        <source>aucune catégorie renseignée</source>
        <translation>aucune catégorie renseignée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="164"/>
        <source>oui</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="166"/>
        <source>non</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="213"/>
        <source>Niveau calculé : {level}</source>
        <translation>Niveau calculé : {level}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="221"/>
        <source>Retenir : {level}</source>
        <translation>Retenir : {level}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="241"/>
        <source>aperçu, pas encore enregistré</source>
        <translation>aperçu, pas encore enregistré</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="244"/>
        <source>modifié, pas encore enregistré</source>
        <translation>modifié, pas encore enregistré</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="245"/>
        <source>enregistré le {when}</source>
        <translation>enregistré le {when}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="263"/>
        <source>Justification requise pour retenir un autre niveau que celui calculé.</source>
        <translation>Justification requise pour retenir un autre niveau que celui calculé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="293"/>
        <source>Évaluation du risque enregistrée.</source>
        <translation>Évaluation du risque enregistrée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="311"/>
        <source>Décidée le {when} par {who} : {reasons}</source>
        <translation>Décidée le {when} par {who} : {reasons}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="331"/>
        <source>Le risque retenu est peu probable : la violation peut ne pas être notifiée. Elle reste inscrite au registre avec les motifs de cette décision (RGPD art. 33(5)).</source>
        <translation>Le risque retenu est peu probable : la violation peut ne pas être notifiée. Elle reste inscrite au registre avec les motifs de cette décision (RGPD art. 33(5)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="357"/>
        <source>Décision de ne pas notifier consignée.</source>
        <translation>Décision de ne pas notifier consignée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="90"/>
        <source>Aucune notification enregistrée.</source>
        <translation>Aucune notification enregistrée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/facts.py" line="136"/>
        <source>{authority} : notification au plus tard le {when} — {basis}.</source>
        <translation>{authority} : notification au plus tard le {when} — {basis}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="19"/>
        <source>La CNDP n&apos;est pas une autorité de contrôle au sens du RGPD : cette notification est consignée, mais elle ne remplit pas l&apos;obligation de l&apos;article 33 du RGPD.</source>
        <translation>La CNDP n&apos;est pas une autorité de contrôle au sens du RGPD : cette notification est consignée, mais elle ne remplit pas l&apos;obligation de l&apos;article 33 du RGPD.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="24"/>
        <source>Cette notification est consignée, mais elle ne répond à aucune obligation de cette violation.</source>
        <translation>Cette notification est consignée, mais elle ne répond à aucune obligation de cette violation.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="322"/>
        <source>Le risque retenu est peu probable : selon la politique interne de l&apos;organisation, la CNDP peut ne pas être notifiée. La violation reste inscrite au registre avec les motifs de cette décision.</source>
        <translation>Le risque retenu est peu probable : selon la politique interne de l&apos;organisation, la CNDP peut ne pas être notifiée. La violation reste inscrite au registre avec les motifs de cette décision.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="73"/>
        <source>Obligations de notification</source>
        <translation>Obligations de notification</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="85"/>
        <source>Notifications aux autorités</source>
        <translation>Notifications aux autorités</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="118"/>
        <source>Autorité de contrôle de l&apos;UE : Garante, AEPD, APD…</source>
        <translation>Autorité de contrôle de l&apos;UE : Garante, AEPD, APD…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="132"/>
        <source>Numéro attribué par l&apos;autorité</source>
        <translation>Numéro attribué par l&apos;autorité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="567"/>
        <source>Motifs du retard (RGPD art. 33(1))</source>
        <translation>Motifs du retard (RGPD art. 33(1))</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="141"/>
        <source>Contenu transmis, pièces jointes…</source>
        <translation>Contenu transmis, pièces jointes…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="148"/>
        <source>Autorité *</source>
        <translation>Autorité *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="151"/>
        <source>Nom de l&apos;autorité *</source>
        <translation>Nom de l&apos;autorité *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="153"/>
        <source>Phase *</source>
        <translation>Phase *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="154"/>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="216"/>
        <source>Envoyée le *</source>
        <translation>Envoyée le *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="259"/>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="155"/>
        <source>Canal</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="247"/>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="158"/>
        <source>Référence de l&apos;autorité</source>
        <translation>Référence de l&apos;autorité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="249"/>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="136"/>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="160"/>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="571"/>
        <source>Motifs du retard</source>
        <translation>Motifs du retard</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="161"/>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="219"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="103"/>
        <source>Enregistrer la notification</source>
        <translation>Enregistrer la notification</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="209"/>
        <source>Contenu du message, conseils donnés…</source>
        <translation>Contenu du message, conseils donnés…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="217"/>
        <source>Canal *</source>
        <translation>Canal *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="218"/>
        <source>Destinataires *</source>
        <translation>Destinataires *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="178"/>
        <source>Enregistrer la communication</source>
        <translation>Enregistrer la communication</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="233"/>
        <source>Ce qui justifie l&apos;exception</source>
        <translation>Ce qui justifie l&apos;exception</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="239"/>
        <source>Motif</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="242"/>
        <source>Justification *</source>
        <translation>Justification *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="188"/>
        <source>Consigner l&apos;exception</source>
        <translation>Consigner l&apos;exception</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="202"/>
        <source>Qui a été informé : personnes concernées, direction, partenaires…</source>
        <translation>Qui a été informé : personnes concernées, direction, partenaires…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="252"/>
        <source>Déclaration à la DGSSI (loi 05-20 sur la cybersécurité)</source>
        <translation>Déclaration à la DGSSI (loi 05-20 sur la cybersécurité)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="258"/>
        <source>Les entités et infrastructures soumises à la loi 05-20 déclarent leurs incidents de cybersécurité à la DGSSI.</source>
        <translation>Les entités et infrastructures soumises à la loi 05-20 déclarent leurs incidents de cybersécurité à la DGSSI.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="282"/>
        <source>À déterminer</source>
        <translation>À déterminer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="285"/>
        <source>Oui, la déclaration est requise</source>
        <translation>Oui, la déclaration est requise</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="291"/>
        <source>Non, l&apos;organisation n&apos;y est pas soumise</source>
        <translation>Non, l&apos;organisation n&apos;y est pas soumise</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="300"/>
        <source>Pas encore déclarée</source>
        <translation>Pas encore déclarée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="309"/>
        <source>Déclaration requise ?</source>
        <translation>Déclaration requise ?</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="311"/>
        <source>Déclarée le</source>
        <translation>Déclarée le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="312"/>
        <source>Référence DGSSI</source>
        <translation>Référence DGSSI</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="270"/>
        <source>Enregistrer la déclaration DGSSI</source>
        <translation>Enregistrer la déclaration DGSSI</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="80"/>
        <source>La loi 09-08 ne prévoit pas de notification des violations : la notification à la CNDP dans les 72 heures est un engagement de la politique interne de l&apos;organisation. Elle peut être faite en plusieurs phases ; passé le délai, les motifs du retard sont consignés au registre.</source>
        <translation>La loi 09-08 ne prévoit pas de notification des violations : la notification à la CNDP dans les 72 heures est un engagement de la politique interne de l&apos;organisation. Elle peut être faite en plusieurs phases ; passé le délai, les motifs du retard sont consignés au registre.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="87"/>
        <source>La notification à une autorité de contrôle de l&apos;UE (la CNIL ou une autre) se fait dans les 72 heures (article 33(1) du RGPD), au besoin en plusieurs phases : une notification initiale, puis des compléments (article 33(4) du RGPD). Passé le délai, elle est accompagnée des motifs du retard. La CNDP n&apos;est pas une autorité de contrôle au sens du RGPD : la notifier ne remplit pas cette obligation.</source>
        <translation>La notification à une autorité de contrôle de l&apos;UE (la CNIL ou une autre) se fait dans les 72 heures (article 33(1) du RGPD), au besoin en plusieurs phases : une notification initiale, puis des compléments (article 33(4) du RGPD). Passé le délai, elle est accompagnée des motifs du retard. La CNDP n&apos;est pas une autorité de contrôle au sens du RGPD : la notifier ne remplit pas cette obligation.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="97"/>
        <source>La notification à la CNDP relève de la politique interne de l&apos;organisation (loi 09-08) et se suit à part.</source>
        <translation>La notification à la CNDP relève de la politique interne de l&apos;organisation (loi 09-08) et se suit à part.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="431"/>
        <source>{authority} — {phase}, envoyée le {when} ({channel})</source>
        <translation>{authority} — {phase}, envoyée le {when} ({channel})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="442"/>
        <source>Référence : {ref}</source>
        <translation>Référence : {ref}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="449"/>
        <source>Envoyée après l&apos;échéance — motifs : {reason}</source>
        <translation>Envoyée après l&apos;échéance — motifs : {reason}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="465"/>
        <source>{when} — {channel} — {audience}</source>
        <translation>{when} — {channel} — {audience}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="155"/>
        <source>Le risque n&apos;est pas encore évalué (étape 3) : on ne sait pas encore s&apos;il faut informer les personnes.</source>
        <translation>Le risque n&apos;est pas encore évalué (étape 3) : on ne sait pas encore s&apos;il faut informer les personnes.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="164"/>
        <source>Les personnes concernées ont été informées.</source>
        <translation>Les personnes concernées ont été informées.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="175"/>
        <source>Le risque retenu n&apos;est pas élevé : la communication aux personnes n&apos;est pas obligatoire.</source>
        <translation>Le risque retenu n&apos;est pas élevé : la communication aux personnes n&apos;est pas obligatoire.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="213"/>
        <source>Consignée le {when} : {ground}. {justification}</source>
        <translation>Consignée le {when} : {ground}. {justification}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="221"/>
        <source>À consigner seulement si l&apos;une des exceptions s&apos;applique.</source>
        <translation>À consigner seulement si l&apos;une des exceptions s&apos;applique.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="224"/>
        <source>Ne se conçoit que pour un risque élevé.</source>
        <translation>Ne se conçoit que pour un risque élevé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="542"/>
        <source>Cette notification remplit l&apos;obligation de l&apos;article 33 du RGPD.</source>
        <translation>Cette notification remplit l&apos;obligation de l&apos;article 33 du RGPD.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="550"/>
        <source>Cette notification répond à la politique interne de l&apos;organisation (la loi 09-08 ne prévoit pas de notification des violations).</source>
        <translation>Cette notification répond à la politique interne de l&apos;organisation (la loi 09-08 ne prévoit pas de notification des violations).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="563"/>
        <source>Motifs du retard (politique interne)</source>
        <translation>Motifs du retard (politique interne)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="597"/>
        <source>Envoyée après l&apos;échéance du {deadline} fixée par la politique interne de l&apos;organisation : la notification à la CNDP ne peut pas être enregistrée sans les motifs du retard, consignés au registre. Renseignez le champ « Motifs du retard ».</source>
        <translation>Envoyée après l&apos;échéance du {deadline} fixée par la politique interne de l&apos;organisation : la notification à la CNDP ne peut pas être enregistrée sans les motifs du retard, consignés au registre. Renseignez le champ « Motifs du retard ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="608"/>
        <source>Envoyée après l&apos;échéance du {deadline} : la notification ne peut pas être enregistrée sans les motifs du retard (RGPD art. 33(1)). Renseignez le champ « Motifs du retard ».</source>
        <translation>Envoyée après l&apos;échéance du {deadline} : la notification ne peut pas être enregistrée sans les motifs du retard (RGPD art. 33(1)). Renseignez le champ « Motifs du retard ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="656"/>
        <source>Notification enregistrée.</source>
        <translation>Notification enregistrée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="686"/>
        <source>Communication aux personnes enregistrée.</source>
        <translation>Communication aux personnes enregistrée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="763"/>
        <source>Déclaration DGSSI enregistrée.</source>
        <translation>Déclaration DGSSI enregistrée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="107"/>
        <source>La chronologie garde chaque étape avec son auteur et son heure. La violation se clôture une fois ses obligations remplies et les mesures correctives consignées (RGPD art. 33(5)).</source>
        <translation>La chronologie garde chaque étape avec son auteur et son heure. La violation se clôture une fois ses obligations remplies et les mesures correctives consignées (RGPD art. 33(5)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="40"/>
        <source>Ce que la notification doit décrire (article 33(3) du RGPD) : la nature de la violation, les catégories et le nombre approximatif de personnes et d&apos;enregistrements concernés, les conséquences probables et les mesures. Ces informations peuvent être complétées par phases (article 33(4) du RGPD).</source>
        <translation>Ce que la notification doit décrire (article 33(3) du RGPD) : la nature de la violation, les catégories et le nombre approximatif de personnes et d&apos;enregistrements concernés, les conséquences probables et les mesures. Ces informations peuvent être complétées par phases (article 33(4) du RGPD).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="47"/>
        <source>Ce que la notification à la CNDP décrit, selon la politique interne de l&apos;organisation : la nature de la violation, les catégories et le nombre approximatif de personnes et d&apos;enregistrements concernés, les conséquences probables et les mesures. Ces informations peuvent être complétées par phases.</source>
        <translation>Ce que la notification à la CNDP décrit, selon la politique interne de l&apos;organisation : la nature de la violation, les catégories et le nombre approximatif de personnes et d&apos;enregistrements concernés, les conséquences probables et les mesures. Ces informations peuvent être complétées par phases.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="58"/>
        <source>Gravité selon la méthode de l&apos;ENISA (contexte des données × facilité d&apos;identification + circonstances), croisée avec la vraisemblance des conséquences. Un risque peu probable dispense de notifier, décision motivée à l&apos;appui (article 33(1) et (5) du RGPD) ; un risque élevé impose d&apos;informer les personnes concernées (article 34 du RGPD).</source>
        <translation>Gravité selon la méthode de l&apos;ENISA (contexte des données × facilité d&apos;identification + circonstances), croisée avec la vraisemblance des conséquences. Un risque peu probable dispense de notifier, décision motivée à l&apos;appui (article 33(1) et (5) du RGPD) ; un risque élevé impose d&apos;informer les personnes concernées (article 34 du RGPD).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="66"/>
        <source>Gravité selon la méthode de l&apos;ENISA (contexte des données × facilité d&apos;identification + circonstances), croisée avec la vraisemblance des conséquences. La loi 09-08 ne prévoit ni notification des violations ni information des personnes : selon la politique interne de l&apos;organisation, un risque peu probable dispense de notifier la CNDP, décision motivée à l&apos;appui, et un risque élevé appelle l&apos;information immédiate des personnes concernées.</source>
        <translation>Gravité selon la méthode de l&apos;ENISA (contexte des données × facilité d&apos;identification + circonstances), croisée avec la vraisemblance des conséquences. La loi 09-08 ne prévoit ni notification des violations ni information des personnes : selon la politique interne de l&apos;organisation, un risque peu probable dispense de notifier la CNDP, décision motivée à l&apos;appui, et un risque élevé appelle l&apos;information immédiate des personnes concernées.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="113"/>
        <source>La chronologie garde chaque étape avec son auteur et son heure. La violation se clôture une fois tenus les engagements de la politique interne de l&apos;organisation (notifier la CNDP, informer les personnes, ou une décision motivée de s&apos;en dispenser) et les mesures correctives consignées au registre des violations.</source>
        <translation>La chronologie garde chaque étape avec son auteur et son heure. La violation se clôture une fois tenus les engagements de la politique interne de l&apos;organisation (notifier la CNDP, informer les personnes, ou une décision motivée de s&apos;en dispenser) et les mesures correctives consignées au registre des violations.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="125"/>
        <source>Communication aux personnes concernées (article 34 du RGPD)</source>
        <translation>Communication aux personnes concernées (article 34 du RGPD)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="128"/>
        <source>Information des personnes concernées (politique interne)</source>
        <translation>Information des personnes concernées (politique interne)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="135"/>
        <source>Exception de l&apos;article 34(3) du RGPD</source>
        <translation>Exception de l&apos;article 34(3) du RGPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="136"/>
        <source>Exception à l&apos;information des personnes</source>
        <translation>Exception à l&apos;information des personnes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="141"/>
        <source>Exception de l&apos;article 34(3) du RGPD consignée.</source>
        <translation>Exception de l&apos;article 34(3) du RGPD consignée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="144"/>
        <source>Exception à l&apos;information des personnes consignée.</source>
        <translation>Exception à l&apos;information des personnes consignée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="194"/>
        <source>Risque élevé : les personnes concernées doivent être informées dans les meilleurs délais (article 34(1) du RGPD), sauf exception de l&apos;article 34(3) du RGPD.</source>
        <translation>Risque élevé : les personnes concernées doivent être informées dans les meilleurs délais (article 34(1) du RGPD), sauf exception de l&apos;article 34(3) du RGPD.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="201"/>
        <source>Risque élevé : la politique interne de l&apos;organisation prévoit d&apos;informer immédiatement les personnes concernées, sauf exception consignée.</source>
        <translation>Risque élevé : la politique interne de l&apos;organisation prévoit d&apos;informer immédiatement les personnes concernées, sauf exception consignée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="183"/>
        <source>Le risque retenu n&apos;est pas élevé : l&apos;information des personnes n&apos;est pas exigée pour clôturer la violation.</source>
        <translation>Le risque retenu n&apos;est pas élevé : l&apos;information des personnes n&apos;est pas exigée pour clôturer la violation.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="46"/>
        <source>Chronologie</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="57"/>
        <source>Ce qui s&apos;est passé</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="261"/>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="63"/>
        <source>Événement</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="64"/>
        <source>Le *</source>
        <translation>Le *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="263"/>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="65"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="71"/>
        <source>Ajouter à la chronologie</source>
        <translation>Ajouter à la chronologie</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="78"/>
        <source>Mesures correctives et clôture</source>
        <translation>Mesures correctives et clôture</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="84"/>
        <source>Les mesures prises pour que la violation ne se reproduise pas</source>
        <translation>Les mesures prises pour que la violation ne se reproduise pas</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="96"/>
        <source>Mesures correctives *</source>
        <translation>Mesures correctives *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="106"/>
        <source>Enregistrer les mesures</source>
        <translation>Enregistrer les mesures</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="110"/>
        <source>Clôturer la violation</source>
        <translation>Clôturer la violation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="113"/>
        <source>Une violation clôturée ne peut plus être modifiée.</source>
        <translation>Une violation clôturée ne peut plus être modifiée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="151"/>
        <source>{when} — {kind} — {author}</source>
        <translation>{when} — {kind} — {author}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="172"/>
        <source>Violation clôturée le {when}.</source>
        <translation>Violation clôturée le {when}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="185"/>
        <source>La clôture exige les mesures correctives : renseignez le champ « Mesures correctives ».</source>
        <translation>La clôture exige les mesures correctives : renseignez le champ « Mesures correctives ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="211"/>
        <source>Événement ajouté.</source>
        <translation>Événement ajouté.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="224"/>
        <source>Mesures correctives enregistrées.</source>
        <translation>Mesures correctives enregistrées.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="237"/>
        <source>Clôturer la violation ?</source>
        <translation>Clôturer la violation ?</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="238"/>
        <source>La violation {reference} sera clôturée : sa fiche ne pourra plus être modifiée. Elle reste au registre des violations, avec son journal.</source>
        <translation>La violation {reference} sera clôturée : sa fiche ne pourra plus être modifiée. Elle reste au registre des violations, avec son journal.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="243"/>
        <source>Clôturer</source>
        <translation>Clôturer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="250"/>
        <source>Violation {reference} clôturée.</source>
        <translation>Violation {reference} clôturée.</translation>
    </message>
</context>
<context>
    <name>BreachTableModel</name>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="133"/>
        <source>Cliquer pour trier par échéance</source>
        <extracomment>emitted after each tick, once the countdown column was refreshed (tests wait on it)</extracomment>
        <translation>Cliquer pour trier par échéance</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="138"/>
        <source>Référence</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="139"/>
        <source>Intitulé</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="140"/>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="141"/>
        <source>Connue le</source>
        <translation>Connue le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="142"/>
        <source>Échéance (72 h)</source>
        <translation>Échéance (72 h)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="143"/>
        <source>Délai restant</source>
        <translation>Délai restant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="144"/>
        <source>Risque</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="145"/>
        <source>Notifiée</source>
        <translation>Notifiée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="204"/>
        <source>Non (décision)</source>
        <translation>Non (décision)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="205"/>
        <source>Non</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>BreachTexts</name>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="98"/>
        <source>Ouverte</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="99"/>
        <source>Évaluée</source>
        <translation>Évaluée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="100"/>
        <source>Notifiée</source>
        <translation>Notifiée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="101"/>
        <source>Communiquée</source>
        <translation>Communiquée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="102"/>
        <source>Clôturée</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="108"/>
        <source>Non évalué</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="117"/>
        <source>Peu probable</source>
        <translation>Peu probable</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="118"/>
        <source>Risque</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="119"/>
        <source>Élevé</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="535"/>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="221"/>
        <source>{date} {time}</source>
        <translation>{date} {time}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="245"/>
        <source>{instant} ({offset})</source>
        <translation>{instant} ({offset})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="252"/>
        <source>{zone}, {offset}</source>
        <translation>{zone}, {offset}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="282"/>
        <source>non notifiée (décision)</source>
        <translation>non notifiée (décision)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="286"/>
        <source>clôturée</source>
        <translation>clôturée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="317"/>
        <source>{authority} — {citation}</source>
        <translation>{authority} — {citation}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="327"/>
        <source>déclarée le {when}</source>
        <translation>déclarée le {when}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="330"/>
        <source>notifiée le {when}, après l&apos;échéance du {deadline}</source>
        <translation>notifiée le {when}, après l&apos;échéance du {deadline}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="334"/>
        <source>notifiée le {when}</source>
        <translation>notifiée le {when}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="342"/>
        <source>non notifiée : décision motivée (risque peu probable)</source>
        <translation>non notifiée : décision motivée (risque peu probable)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="346"/>
        <source>applicabilité de la loi 05-20 à déterminer</source>
        <translation>applicabilité de la loi 05-20 à déterminer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="350"/>
        <source>déclaration requise, à faire {when}</source>
        <translation>déclaration requise, à faire {when}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="354"/>
        <source>à notifier au plus tard le {deadline}</source>
        <translation>à notifier au plus tard le {deadline}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="358"/>
        <source>{text} ({countdown})</source>
        <translation>{text} ({countdown})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="384"/>
        <source>{state} le {when}</source>
        <translation>{state} le {when}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="388"/>
        <source>{authority} : {state}</source>
        <translation>{authority} : {state}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="392"/>
        <source> · </source>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>BreachesSection</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="114"/>
        <source>Violations de données</source>
        <translation>Violations de données</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="70"/>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="114"/>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="240"/>
        <source>Nouvelle violation</source>
        <translation>Nouvelle violation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="116"/>
        <source>Enregistrer une violation dès qu&apos;elle est connue ({keys})</source>
        <translation>Enregistrer une violation dès qu&apos;elle est connue ({keys})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="127"/>
        <source>Chaque violation est inscrite au registre des violations, notifiée ou non (article 33(5) du RGPD ; sous la seule loi 09-08, politique interne). Le délai de 72 heures court depuis la prise de connaissance, légal sous le RGPD, politique interne sous la loi 09-08 : vert au-delà de 24 h, orange en deçà, rouge sous 6 h.</source>
        <translation>Chaque violation est inscrite au registre des violations, notifiée ou non (article 33(5) du RGPD ; sous la seule loi 09-08, politique interne). Le délai de 72 heures court depuis la prise de connaissance, légal sous le RGPD, politique interne sous la loi 09-08 : vert au-delà de 24 h, orange en deçà, rouge sous 6 h.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="176"/>
        <source>Rechercher : référence, intitulé…</source>
        <translation>Rechercher : référence, intitulé…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="178"/>
        <source>Rechercher une violation</source>
        <translation>Rechercher une violation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="186"/>
        <source>Violations affichées</source>
        <translation>Violations affichées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="187"/>
        <source>Ouvertes seulement</source>
        <translation>Ouvertes seulement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="188"/>
        <source>Toutes, y compris clôturées</source>
        <translation>Toutes, y compris clôturées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="191"/>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="192"/>
        <source>Tous les statuts</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="143"/>
        <source>Liste des violations</source>
        <translation>Liste des violations</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="234"/>
        <source>Aucune violation enregistrée</source>
        <translation>Aucune violation enregistrée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="236"/>
        <source>Dès qu&apos;un incident touche des données personnelles, enregistrez-le ici : DPO Desk lance le compte à rebours de 72 heures pour notifier l&apos;autorité et vous guide pas à pas jusqu&apos;à la clôture.</source>
        <translation>Dès qu&apos;un incident touche des données personnelles, enregistrez-le ici : DPO Desk lance le compte à rebours de 72 heures pour notifier l&apos;autorité et vous guide pas à pas jusqu&apos;à la clôture.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="245"/>
        <source>Aucune violation ne correspond</source>
        <translation>Aucune violation ne correspond</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="247"/>
        <source>Aucune violation ouverte ne répond à ce filtre : les violations clôturées restent consultables sous « Toutes ».</source>
        <translation>Aucune violation ouverte ne répond à ce filtre : les violations clôturées restent consultables sous « Toutes ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="250"/>
        <source>Afficher toutes les violations</source>
        <translation>Afficher toutes les violations</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="69"/>
        <source>Violation {reference}</source>
        <translation>Violation {reference}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="71"/>
        <source>Le formulaire de nouvelle violation n&apos;a pas pu être rouvert.</source>
        <translation>Le formulaire de nouvelle violation n&apos;a pas pu être rouvert.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="74"/>
        <source>{label} n&apos;existe plus dans le registre : les modifications conservées sont abandonnées.</source>
        <translation>{label} n&apos;existe plus dans le registre : les modifications conservées sont abandonnées.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="79"/>
        <source>{label} a été clôturée entre-temps : les modifications conservées ne peuvent plus être appliquées.</source>
        <translation>{label} a été clôturée entre-temps : les modifications conservées ne peuvent plus être appliquées.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/__init__.py" line="107"/>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="256"/>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="326"/>
        <source>1 violation</source>
        <translation>1 violation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="327"/>
        <source>{count} violations</source>
        <translation>{count} violations</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="403"/>
        <source>Violation {reference} enregistrée — notification au plus tard le {date}.</source>
        <translation>Violation {reference} enregistrée — notification au plus tard le {date}.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="100"/>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="458"/>
        <source>Jour férié</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="101"/>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="472"/>
        <source>Fermeture de l&apos;organisation</source>
        <translation>Fermeture de l&apos;organisation</translation>
    </message>
</context>
<context>
    <name>CalendarCard</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/calendar_rows.py" line="57"/>
        <source>Date confirmée</source>
        <translation>Date confirmée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/calendar_rows.py" line="60"/>
        <source>Déplacé (prévu le {date})</source>
        <translation>Déplacé (prévu le {date})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/calendar_rows.py" line="63"/>
        <source>Date déplacée</source>
        <translation>Date déplacée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/calendar_rows.py" line="65"/>
        <source>Ajouté par l&apos;organisation</source>
        <translation>Ajouté par l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/calendar_rows.py" line="71"/>
        <source>Déplacé au {date} : jour ouvré</source>
        <translation>Déplacé au {date} : jour ouvré</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/calendar_rows.py" line="74"/>
        <source>Retiré : jour ouvré</source>
        <translation>Retiré : jour ouvré</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/calendar_rows.py" line="86"/>
        <source>Une fermeture ne reporte que les échéances de politique interne, jamais un délai légal (loi 09-08, RGPD).</source>
        <translation>Une fermeture ne reporte que les échéances de politique interne, jamais un délai légal (loi 09-08, RGPD).</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../../dpo_desk/ui/calendar_export.py" line="58"/>
        <source>echeances</source>
        <translation>echeances</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_export.py" line="67"/>
        <source>Exporter le calendrier des échéances</source>
        <translation>Exporter le calendrier des échéances</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_export.py" line="69"/>
        <source>Calendrier iCalendar (*.ics)</source>
        <translation>Calendrier iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_export.py" line="111"/>
        <source>Calendrier non enregistré</source>
        <translation>Calendrier non enregistré</translation>
    </message>
</context>
<context>
    <name>CalendarFeed</name>
    <message>
        <location filename="../../dpo_desk/services/calendar_feed.py" line="63"/>
        <source>DPO Desk — échéances</source>
        <translation>DPO Desk — échéances</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/calendar_feed.py" line="64"/>
        <source>{reference} — échéance ({rights})</source>
        <translation>{reference} — échéance ({rights})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/calendar_feed.py" line="65"/>
        <source>{reference} — notification 72 h ({authority})</source>
        <translation>{reference} — notification 72 h ({authority})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/calendar_feed.py" line="66"/>
        <source>Revue du sous-traitant {name}</source>
        <translation>Revue du sous-traitant {name}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/calendar_feed.py" line="67"/>
        <source>Fin du contrat du sous-traitant {name}</source>
        <translation>Fin du contrat du sous-traitant {name}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/calendar_feed.py" line="68"/>
        <source>Formalité CNDP à accomplir : {formality} — traitement « {name} »</source>
        <translation>Formalité CNDP à accomplir : {formality} — traitement « {name} »</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/calendar_feed.py" line="71"/>
        <source>Modification à déclarer à la CNDP : {formality} — traitement « {name} »</source>
        <translation>Modification à déclarer à la CNDP : {formality} — traitement « {name} »</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/calendar_feed.py" line="76"/>
        <source>Le calendrier exporté ne sera pas chiffré.</source>
        <translation>Le calendrier exporté ne sera pas chiffré.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/calendar_feed.py" line="79"/>
        <source>Il ne contient ni nom ni coordonnées de personne : seulement des références, des types d&apos;échéance, des dates et les noms des sous-traitants et des traitements. Il révèle cependant l&apos;activité du registre : enregistrez-le dans un emplacement protégé et ne le partagez pas.</source>
        <translation>Il ne contient ni nom ni coordonnées de personne : seulement des références, des types d&apos;échéance, des dates et les noms des sous-traitants et des traitements. Il révèle cependant l&apos;activité du registre : enregistrez-le dans un emplacement protégé et ne le partagez pas.</translation>
    </message>
</context>
<context>
    <name>CalendarTexts</name>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="717"/>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="96"/>
        <source>{holiday} {year}</source>
        <translation>{holiday} {year}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="106"/>
        <source>confirmé le {date}</source>
        <translation>confirmé le {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="109"/>
        <source>confirmé (annonce officielle)</source>
        <translation>confirmé (annonce officielle)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="115"/>
        <source>Date estimée ({date}) : calendrier Umm al-Qura, plus un jour. Elle ne reporte aucune échéance tant qu&apos;elle n&apos;est pas confirmée : confirmez-la dès l&apos;annonce du ministère des Habous et des Affaires islamiques.</source>
        <translation>Date estimée ({date}) : calendrier Umm al-Qura, plus un jour. Elle ne reporte aucune échéance tant qu&apos;elle n&apos;est pas confirmée : confirmez-la dès l&apos;annonce du ministère des Habous et des Affaires islamiques.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="122"/>
        <source>Premier jour confirmé par le DPO le {confirmed_on} : {first_day}.</source>
        <translation>Premier jour confirmé par le DPO le {confirmed_on} : {first_day}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="129"/>
        <source>Premier jour selon l&apos;annonce officielle : {first_day}.</source>
        <translation>Premier jour selon l&apos;annonce officielle : {first_day}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="134"/>
        <source>La date estimée était le {date}.</source>
        <translation>La date estimée était le {date}.</translation>
    </message>
</context>
<context>
    <name>CaseKind</name>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="43"/>
        <source>Demande de droits</source>
        <translation>Demande de droits</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="44"/>
        <source>Violation</source>
        <translation>Violation</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="109"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="110"/>
        <source>Courrier postal</source>
        <translation>Courrier postal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="111"/>
        <source>Formulaire en ligne</source>
        <translation>Formulaire en ligne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="112"/>
        <source>Téléphone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="113"/>
        <source>En personne</source>
        <translation>En personne</translation>
    </message>
</context>
<context>
    <name>CndpRegime</name>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="205"/>
        <source>Déclaration préalable</source>
        <translation>Déclaration préalable</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="206"/>
        <source>Autorisation préalable</source>
        <translation>Autorisation préalable</translation>
    </message>
</context>
<context>
    <name>CommunicationChannel</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="82"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="83"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="84"/>
        <source>Message dans l&apos;application</source>
        <translation>Message dans l&apos;application</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="87"/>
        <source>Courrier postal</source>
        <translation>Courrier postal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="88"/>
        <source>Téléphone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="89"/>
        <source>Avis public sur le site</source>
        <translation>Avis public sur le site</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="92"/>
        <source>Communiqué de presse</source>
        <translation>Communiqué de presse</translation>
    </message>
</context>
<context>
    <name>Confirmations</name>
    <message>
        <location filename="../../dpo_desk/ui/widgets.py" line="690"/>
        <source>Abandonner les modifications ?</source>
        <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/widgets.py" line="694"/>
        <source>Ce qui a été saisi dans ce formulaire n&apos;est pas enregistré.</source>
        <translation>Ce qui a été saisi dans ce formulaire n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/widgets.py" line="699"/>
        <source>Abandonner</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/widgets.py" line="703"/>
        <source>Continuer la saisie</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/widgets.py" line="719"/>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches/clock.py" line="128"/>
        <source>{hours} h {minutes:02d} restantes</source>
        <translation>{hours} h {minutes:02d} restantes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/clock.py" line="129"/>
        <source>dépassé de {hours} h</source>
        <translation>dépassé de {hours} h</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/clock.py" line="130"/>
        <source>notifiée le {date}</source>
        <translation>notifiée le {date}</translation>
    </message>
</context>
<context>
    <name>CountdownLevel</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches/clock.py" line="55"/>
        <source>Dans les délais</source>
        <translation>Dans les délais</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/clock.py" line="56"/>
        <source>Moins de 24 heures</source>
        <translation>Moins de 24 heures</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/clock.py" line="57"/>
        <source>Moins de 6 heures</source>
        <translation>Moins de 6 heures</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/clock.py" line="58"/>
        <source>Délai dépassé</source>
        <translation>Délai dépassé</translation>
    </message>
</context>
<context>
    <name>CountriesEdit</name>
    <message>
        <location filename="../../dpo_desk/ui/countries.py" line="179"/>
        <source>Tapez un pays : Espagne, États-Unis…</source>
        <translation>Tapez un pays : Espagne, États-Unis…</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <location filename="../../dpo_desk/ui/countries.py" line="142"/>
        <source>Tapez un nom de pays ou son code</source>
        <extracomment>how many matches the list under the field shows at most</extracomment>
        <translation>Tapez un nom de pays ou son code</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/crash.py" line="63"/>
        <source>Erreur inattendue</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/crash.py" line="70"/>
        <source>Une erreur inattendue s&apos;est produite.</source>
        <translation>Une erreur inattendue s&apos;est produite.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/crash.py" line="73"/>
        <source>DPO Desk continue de fonctionner, mais la dernière action n&apos;a peut-être pas abouti : vérifiez-la. Pour signaler le problème, copiez les détails ci-dessous et joignez-les à votre message. Ils ne contiennent aucune donnée du registre : seulement les versions et l&apos;endroit du programme où l&apos;erreur est survenue.</source>
        <translation>DPO Desk continue de fonctionner, mais la dernière action n&apos;a peut-être pas abouti : vérifiez-la. Pour signaler le problème, copiez les détails ci-dessous et joignez-les à votre message. Ils ne contiennent aucune donnée du registre : seulement les versions et l&apos;endroit du programme où l&apos;erreur est survenue.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/crash.py" line="102"/>
        <source>Copier les détails</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/crash.py" line="116"/>
        <source>Détails copiés dans le presse-papiers.</source>
        <translation>Détails copiés dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>CreateRegisterDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="49"/>
        <source>registre</source>
        <translation>registre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="70"/>
        <source>Créer un registre — DPO Desk</source>
        <translation>Créer un registre — DPO Desk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="72"/>
        <source>Créer un registre</source>
        <translation>Créer un registre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="74"/>
        <source>Un registre est un fichier chiffré qui réunit les demandes, les violations, les traitements et les sous-traitants d&apos;une organisation.</source>
        <translation>Un registre est un fichier chiffré qui réunit les demandes, les violations, les traitements et les sous-traitants d&apos;une organisation.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="94"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="96"/>
        <source>Nom *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="97"/>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="98"/>
        <source>Ville des courriers</source>
        <translation>Ville des courriers</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="100"/>
        <source>* obligatoire</source>
        <translation>* obligatoire</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="104"/>
        <source>Délégué à la protection des données</source>
        <translation>Délégué à la protection des données</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="106"/>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="107"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="108"/>
        <source>Téléphone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="115"/>
        <source>Phrase secrète</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="119"/>
        <source>Elle chiffre tout le fichier. Personne, pas même l&apos;éditeur, ne peut la retrouver si elle est perdue : notez-la en lieu sûr.</source>
        <translation>Elle chiffre tout le fichier. Personne, pas même l&apos;éditeur, ne peut la retrouver si elle est perdue : notez-la en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="128"/>
        <source>Au moins {minimum} caractères</source>
        <translation>Au moins {minimum} caractères</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="131"/>
        <source>La même, une seconde fois</source>
        <translation>La même, une seconde fois</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="134"/>
        <source>Saisie</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="135"/>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="162"/>
        <source>Fichier du registre</source>
        <translation>Fichier du registre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="164"/>
        <source>Choisir l&apos;emplacement…</source>
        <translation>Choisir l&apos;emplacement…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="175"/>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="175"/>
        <source>Créer le registre</source>
        <translation>Créer le registre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="193"/>
        <source>Minimum {minimum} caractères.</source>
        <translation>Minimum {minimum} caractères.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="197"/>
        <source>{label} : {count} caractères sur {minimum} au minimum.</source>
        <translation>{label} : {count} caractères sur {minimum} au minimum.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="205"/>
        <source>Robustesse : {label}</source>
        <translation>Robustesse : {label}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="213"/>
        <source>Les deux saisies diffèrent.</source>
        <translation>Les deux saisies diffèrent.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="224"/>
        <source>Aucun emplacement choisi</source>
        <translation>Aucun emplacement choisi</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="237"/>
        <source>Enregistrer le nouveau registre</source>
        <translation>Enregistrer le nouveau registre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="239"/>
        <source>Registres DPO Desk (*.dpodesk)</source>
        <translation>Registres DPO Desk (*.dpodesk)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="279"/>
        <source>Les deux saisies de la phrase secrète diffèrent.</source>
        <translation>Les deux saisies de la phrase secrète diffèrent.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="304"/>
        <source>La phrase secrète n&apos;a pas pu être confiée au trousseau : elle sera demandée à la prochaine ouverture.</source>
        <translation>La phrase secrète n&apos;a pas pu être confiée au trousseau : elle sera demandée à la prochaine ouverture.</translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="195"/>
        <source>Tableau de bord</source>
        <extracomment>emitted after each re-query, with the date it was made for (tests wait on it) emitted once the lunar holidays to confirm are shown (a list, maybe empty) the confirmation dialog on screen, if any (tests drive it)</extracomment>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="227"/>
        <source>Demandes d&apos;exercice de droits</source>
        <translation>Demandes d&apos;exercice de droits</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="231"/>
        <source>Demandes ouvertes</source>
        <translation>Demandes ouvertes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="232"/>
        <source>En retard</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="233"/>
        <source>À échéance sous 7 jours</source>
        <translation>À échéance sous 7 jours</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="234"/>
        <source>En attente d&apos;identité</source>
        <translation>En attente d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="235"/>
        <source>Voir les demandes ouvertes</source>
        <translation>Voir les demandes ouvertes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="236"/>
        <source>Voir les demandes en retard</source>
        <translation>Voir les demandes en retard</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="238"/>
        <source>Voir les demandes à échéance dans les 7 prochains jours</source>
        <translation>Voir les demandes à échéance dans les 7 prochains jours</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="241"/>
        <source>Voir les demandes en attente d&apos;un justificatif d&apos;identité</source>
        <translation>Voir les demandes en attente d&apos;un justificatif d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="261"/>
        <source>À traiter en priorité</source>
        <translation>À traiter en priorité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="262"/>
        <source>Toutes les demandes</source>
        <translation>Toutes les demandes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="271"/>
        <source>Les demandes ouvertes, la plus urgente d&apos;abord : en rouge ce qui est en retard, en orange ce qui arrive à échéance dans les 7 jours. Cliquez sur une ligne pour ouvrir la demande.</source>
        <translation>Les demandes ouvertes, la plus urgente d&apos;abord : en rouge ce qui est en retard, en orange ce qui arrive à échéance dans les 7 jours. Cliquez sur une ligne pour ouvrir la demande.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="282"/>
        <source>Échéance</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="283"/>
        <source>Délai</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="284"/>
        <source>Référence</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="285"/>
        <source>Demandeur</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="286"/>
        <source>Droit(s)</source>
        <translation>Droit(s)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="292"/>
        <source>Demandes à traiter en priorité</source>
        <translation>Demandes à traiter en priorité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="301"/>
        <source>Aucune demande en cours</source>
        <translation>Aucune demande en cours</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="303"/>
        <source>Les demandes ouvertes apparaîtront ici, la plus urgente d&apos;abord, avec le nombre de jours qui restent avant leur échéance. En rouge, ce qui est dépassé.</source>
        <translation>Les demandes ouvertes apparaîtront ici, la plus urgente d&apos;abord, avec le nombre de jours qui restent avant leur échéance. En rouge, ce qui est dépassé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="441"/>
        <source>Aujourd&apos;hui : {date}</source>
        <translation>Aujourd&apos;hui : {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="444"/>
        <source>échéance dépassée</source>
        <translation>échéance dépassée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="449"/>
        <source>d&apos;ici le {date}</source>
        <translation>d&apos;ici le {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="453"/>
        <source>justificatif demandé</source>
        <translation>justificatif demandé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="460"/>
        <source>… et une autre demande ouverte, à échéance plus lointaine : voir Demandes.</source>
        <translation>… et une autre demande ouverte, à échéance plus lointaine : voir Demandes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="464"/>
        <source>… et %n autres demandes ouvertes, à échéance plus lointaine : voir Demandes.</source>
        <translation>
            <numerusform>… et %n autres demandes ouvertes, à échéance plus lointaine : voir Demandes.</numerusform>
            <numerusform>… et %n autres demandes ouvertes, à échéance plus lointaine : voir Demandes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="552"/>
        <source>Ouvrir la demande {reference}</source>
        <translation>Ouvrir la demande {reference}</translation>
    </message>
</context>
<context>
    <name>DataCategory</name>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="132"/>
        <source>État civil, identité</source>
        <translation>État civil, identité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="133"/>
        <source>Coordonnées</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="134"/>
        <source>Scolarité, vie professionnelle</source>
        <translation>Scolarité, vie professionnelle</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="135"/>
        <source>Vie personnelle</source>
        <translation>Vie personnelle</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="136"/>
        <source>Données de connexion</source>
        <translation>Données de connexion</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="137"/>
        <location filename="../../dpo_desk/domain/records.py" line="122"/>
        <source>Données de localisation</source>
        <translation>Données de localisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="138"/>
        <source>Navigation, cookies</source>
        <translation>Navigation, cookies</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="139"/>
        <source>Informations économiques et financières</source>
        <translation>Informations économiques et financières</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="142"/>
        <source>Identifiants et mots de passe</source>
        <translation>Identifiants et mots de passe</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="143"/>
        <source>Numéro de CIN ou de passeport</source>
        <translation>Numéro de CIN ou de passeport</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="144"/>
        <source>Données sensibles (santé, opinions, religion…)</source>
        <translation>Données sensibles (santé, opinions, religion…)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="147"/>
        <source>Infractions et condamnations</source>
        <translation>Infractions et condamnations</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="148"/>
        <source>Autres</source>
        <translation>Autres</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="117"/>
        <source>État civil, identité, identifiants</source>
        <translation>État civil, identité, identifiants</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="118"/>
        <source>Vie personnelle (habitudes de vie, situation familiale…)</source>
        <translation>Vie personnelle (habitudes de vie, situation familiale…)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="119"/>
        <source>Vie professionnelle (scolarité, formation, CV…)</source>
        <translation>Vie professionnelle (scolarité, formation, CV…)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="120"/>
        <source>Informations d&apos;ordre économique et financier</source>
        <translation>Informations d&apos;ordre économique et financier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="121"/>
        <source>Données de connexion (adresse IP, journaux…)</source>
        <translation>Données de connexion (adresse IP, journaux…)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="123"/>
        <source>Internet (cookies, traceurs, navigation)</source>
        <translation>Internet (cookies, traceurs, navigation)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="124"/>
        <source>Autres catégories</source>
        <translation>Autres catégories</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="125"/>
        <source>Origine raciale ou ethnique</source>
        <translation>Origine raciale ou ethnique</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="126"/>
        <source>Opinions politiques</source>
        <translation>Opinions politiques</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="127"/>
        <source>Convictions religieuses ou philosophiques</source>
        <translation>Convictions religieuses ou philosophiques</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="128"/>
        <source>Appartenance syndicale</source>
        <translation>Appartenance syndicale</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="129"/>
        <source>Données génétiques</source>
        <translation>Données génétiques</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="130"/>
        <source>Données biométriques (identification)</source>
        <translation>Données biométriques (identification)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="131"/>
        <source>Données de santé</source>
        <translation>Données de santé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="132"/>
        <source>Vie sexuelle ou orientation sexuelle</source>
        <translation>Vie sexuelle ou orientation sexuelle</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="133"/>
        <source>Infractions, condamnations, mesures de sûreté</source>
        <translation>Infractions, condamnations, mesures de sûreté</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="134"/>
        <source>Numéro de la carte nationale d&apos;identité</source>
        <translation>Numéro de la carte nationale d&apos;identité</translation>
    </message>
</context>
<context>
    <name>DataOutcome</name>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="395"/>
        <source>Données restituées</source>
        <translation>Données restituées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="396"/>
        <source>Données supprimées</source>
        <translation>Données supprimées</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/day_dialog.py" line="48"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/lunar_confirm.py" line="117"/>
        <location filename="../../dpo_desk/ui/settings/day_dialog.py" line="59"/>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/day_dialog.py" line="59"/>
        <location filename="../../dpo_desk/ui/settings/gdpr_holidays.py" line="47"/>
        <location filename="../../dpo_desk/ui/settings/records_policy.py" line="84"/>
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="49"/>
        <source>RGPD art. 12(3)</source>
        <translation>RGPD art. 12(3)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="50"/>
        <source>RGPD art. 12(3), délai prorogé</source>
        <translation>RGPD art. 12(3), délai prorogé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="51"/>
        <source>Loi 09-08 art. 8</source>
        <translation>Loi 09-08 art. 8</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="52"/>
        <location filename="../../dpo_desk/domain/deadlines.py" line="66"/>
        <source>Politique interne</source>
        <translation>Politique interne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="56"/>
        <source>Un mois à compter de la réception</source>
        <translation>Un mois à compter de la réception</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="57"/>
        <source>Trois mois à compter de la réception (prorogation de deux mois)</source>
        <translation>Trois mois à compter de la réception (prorogation de deux mois)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="60"/>
        <source>Délai franc de dix jours</source>
        <translation>Délai franc de dix jours</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="61"/>
        <source>Délai de réponse fixé par l&apos;organisation</source>
        <translation>Délai de réponse fixé par l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="65"/>
        <source>Loi</source>
        <translation>Loi</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="69"/>
        <source>La loi 09-08 ne fixe pas de nombre de jours pour ce droit (réponse « sans délais ») : délai de politique interne.</source>
        <translation>La loi 09-08 ne fixe pas de nombre de jours pour ce droit (réponse « sans délais ») : délai de politique interne.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="74"/>
        <source>La portabilité n&apos;est pas un droit prévu par la loi 09-08 : la demande est traitée dans le délai de politique interne, sans obligation légale.</source>
        <translation>La portabilité n&apos;est pas un droit prévu par la loi 09-08 : la demande est traitée dans le délai de politique interne, sans obligation légale.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="79"/>
        <source>Loi 09-08, article 8(a) : effacement des données dont le traitement n&apos;est pas conforme à la loi, dans le délai franc de dix jours.</source>
        <translation>Loi 09-08, article 8(a) : effacement des données dont le traitement n&apos;est pas conforme à la loi, dans le délai franc de dix jours.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="84"/>
        <source>Loi 09-08, article 8(a) : verrouillage (blocage) des données dont le traitement n&apos;est pas conforme à la loi, dans le délai franc de dix jours.</source>
        <translation>Loi 09-08, article 8(a) : verrouillage (blocage) des données dont le traitement n&apos;est pas conforme à la loi, dans le délai franc de dix jours.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="106"/>
        <source>Calcul du règlement (CEE, Euratom) n° 1182/71 : un délai qui finit un samedi ou un dimanche est reporté au jour ouvré suivant ; les jours fériés marocains ne comptent pas.</source>
        <translation>Calcul du règlement (CEE, Euratom) n° 1182/71 : un délai qui finit un samedi ou un dimanche est reporté au jour ouvré suivant ; les jours fériés marocains ne comptent pas.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="111"/>
        <source>Calcul du règlement (CEE, Euratom) n° 1182/71 : un délai qui finit un samedi, un dimanche ou un jour férié de l&apos;État membre choisi ({state}) est reporté au jour ouvré suivant ; les jours fériés marocains ne comptent pas.</source>
        <translation>Calcul du règlement (CEE, Euratom) n° 1182/71 : un délai qui finit un samedi, un dimanche ou un jour férié de l&apos;État membre choisi ({state}) est reporté au jour ouvré suivant ; les jours fériés marocains ne comptent pas.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="117"/>
        <source>Un délai qui finit un samedi, un dimanche ou un jour férié marocain est reporté au jour ouvré suivant ; les fermetures de l&apos;organisation ne prorogent pas un délai légal.</source>
        <translation>Un délai qui finit un samedi, un dimanche ou un jour férié marocain est reporté au jour ouvré suivant ; les fermetures de l&apos;organisation ne prorogent pas un délai légal.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="122"/>
        <source>Un délai qui finit un samedi, un dimanche, un jour férié marocain ou un jour de fermeture de l&apos;organisation est reporté au jour ouvré suivant.</source>
        <translation>Un délai qui finit un samedi, un dimanche, un jour férié marocain ou un jour de fermeture de l&apos;organisation est reporté au jour ouvré suivant.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="127"/>
        <source>Prorogation : deux mois ajoutés à la fin du premier mois ({first_end}), avant tout report, puis report au jour ouvré suivant.</source>
        <translation>Prorogation : deux mois ajoutés à la fin du premier mois ({first_end}), avant tout report, puis report au jour ouvré suivant.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="133"/>
        <source>Peut passer au {date} si la date estimée de {holiday} ({day}) est confirmée : une date estimée ne retarde jamais une échéance.</source>
        <translation>Peut passer au {date} si la date estimée de {holiday} ({day}) est confirmée : une date estimée ne retarde jamais une échéance.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="138"/>
        <source>Lecture non retenue : en comptant les jours fériés marocains, l&apos;échéance serait le {date} ; le règlement 1182/71 ne compte que ceux d&apos;un État membre de l&apos;UE.</source>
        <translation>Lecture non retenue : en comptant les jours fériés marocains, l&apos;échéance serait le {date} ; le règlement 1182/71 ne compte que ceux d&apos;un État membre de l&apos;UE.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="143"/>
        <source>Lecture non retenue : en comptant les fermetures de l&apos;organisation, l&apos;échéance serait le {date} ; une fermeture ne proroge pas un délai légal.</source>
        <translation>Lecture non retenue : en comptant les fermetures de l&apos;organisation, l&apos;échéance serait le {date} ; une fermeture ne proroge pas un délai légal.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="148"/>
        <source>Lecture non retenue : au sens strict du délai franc (Cour suprême, 19/02/1964), l&apos;échéance serait le {date}.</source>
        <translation>Lecture non retenue : au sens strict du délai franc (Cour suprême, 19/02/1964), l&apos;échéance serait le {date}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="153"/>
        <source>Lecture plus prudente, non retenue par l&apos;organisation : réception + 10 jours, soit le {date}.</source>
        <translation>Lecture plus prudente, non retenue par l&apos;organisation : réception + 10 jours, soit le {date}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="157"/>
        <source>Lecture non retenue : trois mois à compter de la réception donneraient le {date} ; la date la plus proche est retenue, par prudence.</source>
        <translation>Lecture non retenue : trois mois à compter de la réception donneraient le {date} ; la date la plus proche est retenue, par prudence.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="162"/>
        <source>Lecture non retenue : deux mois ajoutés à la fin du premier mois donneraient le {date} ; la date la plus proche est retenue, par prudence.</source>
        <translation>Lecture non retenue : deux mois ajoutés à la fin du premier mois donneraient le {date} ; la date la plus proche est retenue, par prudence.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="94"/>
        <source>Lecture prudente du délai franc : réception + 10 jours.</source>
        <translation>Lecture prudente du délai franc : réception + 10 jours.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="89"/>
        <source>La loi 09-08 ne prévoit pas de prorogation par le responsable du traitement : la date de réponse reste inchangée.</source>
        <translation>La loi 09-08 ne prévoit pas de prorogation par le responsable du traitement : la date de réponse reste inchangée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="97"/>
        <source>Délai franc au sens strict (Cour suprême, 19/02/1964) : ni le jour de réception ni celui de l&apos;échéance ne comptent, soit réception + 11 jours.</source>
        <translation>Délai franc au sens strict (Cour suprême, 19/02/1964) : ni le jour de réception ni celui de l&apos;échéance ne comptent, soit réception + 11 jours.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="102"/>
        <source>Délai suspendu pendant la vérification d&apos;identité (politique interne).</source>
        <translation>Délai suspendu pendant la vérification d&apos;identité (politique interne).</translation>
    </message>
</context>
<context>
    <name>DeadlinePolicyCard</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="43"/>
        <source>Délais de réponse</source>
        <extracomment>how many open requests&apos; due dates the last save moved</extracomment>
        <translation>Délais de réponse</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="45"/>
        <source>Ces choix complètent la loi là où elle laisse une marge. Le délai du RGPD (un mois, prorogeable de deux, art. 12(3)) ne se règle pas : il s&apos;applique tel quel. Une échéance qui tombe un jour chômé est reportée au jour ouvré suivant (voir le calendrier ci-dessous).</source>
        <translation>Ces choix complètent la loi là où elle laisse une marge. Le délai du RGPD (un mois, prorogeable de deux, art. 12(3)) ne se règle pas : il s&apos;applique tel quel. Une échéance qui tombe un jour chômé est reportée au jour ouvré suivant (voir le calendrier ci-dessous).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="53"/>
        <source> jours</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="54"/>
        <source>Délai de politique interne</source>
        <translation>Délai de politique interne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="65"/>
        <source> jours francs</source>
        <translation> jours francs</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="66"/>
        <source>Délai de rectification</source>
        <translation>Délai de rectification</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="56"/>
        <source>La loi 09-08 ne fixe pas de nombre de jours pour répondre à une demande d&apos;accès (art. 7, « sans délais ») ou d&apos;opposition (art. 9), ni pour la portabilité, qu&apos;elle ne prévoit pas. Ces demandes reçoivent le délai que l&apos;organisation s&apos;est fixé, affiché comme « Politique interne » à côté de l&apos;échéance. Jours calendaires.</source>
        <translation>La loi 09-08 ne fixe pas de nombre de jours pour répondre à une demande d&apos;accès (art. 7, « sans délais ») ou d&apos;opposition (art. 9), ni pour la portabilité, qu&apos;elle ne prévoit pas. Ces demandes reçoivent le délai que l&apos;organisation s&apos;est fixé, affiché comme « Politique interne » à côté de l&apos;échéance. Jours calendaires.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="68"/>
        <source>Loi 09-08 art. 8(a) : la rectification, l&apos;effacement et le verrouillage des données se font « dans un délai franc de dix jours ». Ne changez ce nombre que si la loi change.</source>
        <translation>Loi 09-08 art. 8(a) : la rectification, l&apos;effacement et le verrouillage des données se font « dans un délai franc de dix jours ». Ne changez ce nombre que si la loi change.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="75"/>
        <source>Lecture stricte du délai franc (réception + 11 jours)</source>
        <translation>Lecture stricte du délai franc (réception + 11 jours)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="78"/>
        <source>Un délai franc ne compte ni le jour de réception ni celui de l&apos;échéance (Cour suprême, 19/02/1964) : dix jours francs à compter d&apos;une réception le jour J se terminent à J+11. Décochée, l&apos;application retient J+10, lecture prudente qui ne peut pas mettre l&apos;organisation en retard.</source>
        <translation>Un délai franc ne compte ni le jour de réception ni celui de l&apos;échéance (Cour suprême, 19/02/1964) : dix jours francs à compter d&apos;une réception le jour J se terminent à J+11. Décochée, l&apos;application retient J+10, lecture prudente qui ne peut pas mettre l&apos;organisation en retard.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="86"/>
        <source>Suspendre le délai pendant la vérification d&apos;identité</source>
        <translation>Suspendre le délai pendant la vérification d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="89"/>
        <source>RGPD art. 12(6) : en cas de doute raisonnable, l&apos;organisation peut demander une preuve d&apos;identité. L&apos;ICO (autorité britannique) ne fait courir le délai qu&apos;à réception de cette preuve ; le CEPD (lignes directrices 01/2022 sur le droit d&apos;accès) est plus réservé. Décochée par défaut : le délai court sans interruption.</source>
        <translation>RGPD art. 12(6) : en cas de doute raisonnable, l&apos;organisation peut demander une preuve d&apos;identité. L&apos;ICO (autorité britannique) ne fait courir le délai qu&apos;à réception de cette preuve ; le CEPD (lignes directrices 01/2022 sur le droit d&apos;accès) est plus réservé. Décochée par défaut : le délai court sans interruption.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="98"/>
        <source>Annuler les modifications</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="100"/>
        <source>Enregistrer la politique</source>
        <translation>Enregistrer la politique</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="226"/>
        <source>Politique enregistrée ; {consequence}</source>
        <translation>Politique enregistrée ; {consequence}</translation>
    </message>
</context>
<context>
    <name>Derogation</name>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="290"/>
        <source>(a) Consentement explicite de la personne</source>
        <translation>(a) Consentement explicite de la personne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="291"/>
        <source>(b) Exécution d&apos;un contrat avec la personne</source>
        <translation>(b) Exécution d&apos;un contrat avec la personne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="292"/>
        <source>(c) Contrat conclu dans l&apos;intérêt de la personne</source>
        <translation>(c) Contrat conclu dans l&apos;intérêt de la personne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="293"/>
        <source>(d) Motifs importants d&apos;intérêt public</source>
        <translation>(d) Motifs importants d&apos;intérêt public</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="294"/>
        <source>(e) Constatation, exercice ou défense de droits en justice</source>
        <translation>(e) Constatation, exercice ou défense de droits en justice</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="295"/>
        <source>(f) Sauvegarde des intérêts vitaux</source>
        <translation>(f) Sauvegarde des intérêts vitaux</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="296"/>
        <source>(g) Registre public</source>
        <translation>(g) Registre public</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="297"/>
        <source>Intérêts légitimes impérieux (transfert non répétitif)</source>
        <translation>Intérêts légitimes impérieux (transfert non répétitif)</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="74"/>
        <source>Dossier de formalités CNDP — {activity}</source>
        <translation>Dossier de formalités CNDP — {activity}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="75"/>
        <source>{organisation} — dossier CNDP « {activity} »</source>
        <translation>{organisation} — dossier CNDP « {activity} »</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="76"/>
        <source>Non renseigné — à compléter</source>
        <translation>Non renseigné — à compléter</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="79"/>
        <source>loi 09-08 art. 4</source>
        <translation>loi 09-08 art. 4</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="80"/>
        <source>Aucune</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="81"/>
        <source>Oui</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="82"/>
        <source>Non</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="84"/>
        <source>Informations manquantes</source>
        <translation>Informations manquantes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="85"/>
        <source>Le registre ne contient pas encore les informations suivantes ; complétez-les avant de déposer le dossier :</source>
        <translation>Le registre ne contient pas encore les informations suivantes ; complétez-les avant de déposer le dossier :</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="90"/>
        <source>Aucune information ne manque : le registre contient tout ce que le dossier demande.</source>
        <translation>Aucune information ne manque : le registre contient tout ce que le dossier demande.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="93"/>
        <source>Formalités à accomplir</source>
        <translation>Formalités à accomplir</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="94"/>
        <source>{label} — formulaire {form}</source>
        <translation>{label} — formulaire {form}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="95"/>
        <source>Pourquoi cette formalité</source>
        <translation>Pourquoi cette formalité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="96"/>
        <source>À noter</source>
        <translation>À noter</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="97"/>
        <source>Contenu du formulaire (loi 09-08 art. 15)</source>
        <translation>Contenu du formulaire (loi 09-08 art. 15)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="98"/>
        <source>Demande d&apos;autorisation de transfert à l&apos;étranger (formulaire F118)</source>
        <translation>Demande d&apos;autorisation de transfert à l&apos;étranger (formulaire F118)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="101"/>
        <source>Destination : {country}</source>
        <translation>Destination : {country}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="102"/>
        <source>Annexes à joindre</source>
        <translation>Annexes à joindre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="103"/>
        <source>Aucune annexe n&apos;est demandée.</source>
        <translation>Aucune annexe n&apos;est demandée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="106"/>
        <source>Suivi : {label}</source>
        <translation>Suivi : {label}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="107"/>
        <location filename="../../dpo_desk/documents/dossier.py" line="185"/>
        <source>Formulaire</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="108"/>
        <source>{form} (ou {simplified}, demande simplifiée)</source>
        <translation>{form} (ou {simplified}, demande simplifiée)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="109"/>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="110"/>
        <source>Date de dépôt</source>
        <translation>Date de dépôt</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="111"/>
        <source>Canal de dépôt</source>
        <translation>Canal de dépôt</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="112"/>
        <source>Récépissé ou autorisation n°</source>
        <translation>Récépissé ou autorisation n°</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="113"/>
        <source>Date du récépissé ou de l&apos;autorisation</source>
        <translation>Date du récépissé ou de l&apos;autorisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="114"/>
        <source>Modifications à déclarer</source>
        <translation>Modifications à déclarer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="115"/>
        <source>Fin du traitement</source>
        <translation>Fin du traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="116"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="117"/>
        <source>Pas encore</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="120"/>
        <source>a) Responsable du traitement</source>
        <translation>a) Responsable du traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="121"/>
        <source>b) Dénomination, finalités et caractéristiques</source>
        <translation>b) Dénomination, finalités et caractéristiques</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="122"/>
        <source>c) Personnes concernées et catégories de données</source>
        <translation>c) Personnes concernées et catégories de données</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="123"/>
        <source>d) Destinataires et sous-traitants</source>
        <translation>d) Destinataires et sous-traitants</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="124"/>
        <source>e) Transferts de données vers l&apos;étranger</source>
        <translation>e) Transferts de données vers l&apos;étranger</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="125"/>
        <source>f) Durée de conservation</source>
        <translation>f) Durée de conservation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="126"/>
        <source>g) Exercice des droits des personnes</source>
        <translation>g) Exercice des droits des personnes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="127"/>
        <source>h) Mesures de sécurité</source>
        <translation>h) Mesures de sécurité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="128"/>
        <source>i) Interconnexions et sous-traitance</source>
        <translation>i) Interconnexions et sous-traitance</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="130"/>
        <source>Nom ou raison sociale</source>
        <translation>Nom ou raison sociale</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="131"/>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="132"/>
        <source>Identifiants légaux (RC, ICE, IF)</source>
        <translation>Identifiants légaux (RC, ICE, IF)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="133"/>
        <source>Établi au Maroc</source>
        <translation>Établi au Maroc</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="134"/>
        <source>Représentant au Maroc</source>
        <translation>Représentant au Maroc</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="135"/>
        <source>Signataire</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="136"/>
        <source>Qualité du signataire</source>
        <translation>Qualité du signataire</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="137"/>
        <source>Délégué à la protection des données</source>
        <translation>Délégué à la protection des données</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="138"/>
        <source>Responsable conjoint</source>
        <translation>Responsable conjoint</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="139"/>
        <source>Dénomination du traitement</source>
        <translation>Dénomination du traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="140"/>
        <source>Finalité {n}</source>
        <translation>Finalité {n}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="141"/>
        <source>Finalités</source>
        <translation>Finalités</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="142"/>
        <source>{purpose}
Base légale : {basis} ({citation})</source>
        <translation>{purpose}
Base légale : {basis} ({citation})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="143"/>
        <source>Description et caractéristiques</source>
        <translation>Description et caractéristiques</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="144"/>
        <source>Logiciels ou applications</source>
        <translation>Logiciels ou applications</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="145"/>
        <source>Service responsable</source>
        <translation>Service responsable</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="146"/>
        <source>Données collectées à l&apos;origine pour</source>
        <translation>Données collectées à l&apos;origine pour</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="147"/>
        <source>Origine des données</source>
        <translation>Origine des données</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="148"/>
        <source>Catégories de personnes concernées</source>
        <translation>Catégories de personnes concernées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="149"/>
        <source>Des mineurs sont concernés</source>
        <translation>Des mineurs sont concernés</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="150"/>
        <source>Catégories de données</source>
        <translation>Catégories de données</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="151"/>
        <source>{category} — donnée sensible</source>
        <translation>{category} — donnée sensible</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="152"/>
        <source>{category} — soumise à autorisation (art. 12)</source>
        <translation>{category} — soumise à autorisation (art. 12)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="153"/>
        <source>Destinataires</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="154"/>
        <source>{kind} : {name}</source>
        <translation>{kind} : {name}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="155"/>
        <source>Sous-traitants</source>
        <translation>Sous-traitants</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="156"/>
        <source>{name} ({countries})</source>
        <translation>{name} ({countries})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="157"/>
        <source>Transfert {n}</source>
        <translation>Transfert {n}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="158"/>
        <source>Aucun transfert hors du Maroc</source>
        <translation>Aucun transfert hors du Maroc</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="159"/>
        <source>Pays : {country}</source>
        <translation>Pays : {country}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="160"/>
        <source>Par le sous-traitant : {processor}</source>
        <translation>Par le sous-traitant : {processor}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="161"/>
        <source>Encadrement : {mechanism}</source>
        <translation>Encadrement : {mechanism}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="162"/>
        <source>Référence : {reference}</source>
        <translation>Référence : {reference}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="163"/>
        <source>Exception de la loi 09-08 : {exception}</source>
        <translation>Exception de la loi 09-08 : {exception}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="164"/>
        <source>Pays inscrit sur la liste d&apos;adéquation</source>
        <translation>Pays inscrit sur la liste d&apos;adéquation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="165"/>
        <source>Autorisation demandée (F118)</source>
        <translation>Autorisation demandée (F118)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="166"/>
        <source>Aucun transfert enregistré pour ce pays</source>
        <translation>Aucun transfert enregistré pour ce pays</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="167"/>
        <source>Durées</source>
        <translation>Durées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="168"/>
        <source>{category} : {duration}</source>
        <translation>{category} : {duration}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="169"/>
        <source>Service auprès duquel les droits s&apos;exercent</source>
        <translation>Service auprès duquel les droits s&apos;exercent</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="170"/>
        <source>Mesures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="171"/>
        <source>Précisions</source>
        <translation>Précisions</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="172"/>
        <source>Interconnexions de fichiers</source>
        <translation>Interconnexions de fichiers</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="173"/>
        <source>Sous-traitance</source>
        <translation>Sous-traitance</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="174"/>
        <source>{name} — sous-traitants ultérieurs : {subs}</source>
        <translation>{name} — sous-traitants ultérieurs : {subs}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="175"/>
        <source>Aucun sous-traitant</source>
        <translation>Aucun sous-traitant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="178"/>
        <source>Pays de destination</source>
        <translation>Pays de destination</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="179"/>
        <source>Destinataires dans ce pays</source>
        <translation>Destinataires dans ce pays</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="180"/>
        <source>Garanties jointes à la demande</source>
        <translation>Garanties jointes à la demande</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="181"/>
        <source>{mechanism} — référence : {reference}</source>
        <translation>{mechanism} — référence : {reference}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="182"/>
        <source>Finalités du transfert</source>
        <translation>Finalités du transfert</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="186"/>
        <source>Manquant</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="187"/>
        <source>Rubrique</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="188"/>
        <source>Champ</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="189"/>
        <source>Valeur</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="190"/>
        <source>Information manquante</source>
        <translation>Information manquante</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="194"/>
        <source>dénomination</source>
        <translation>dénomination</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="195"/>
        <source>finalités</source>
        <translation>finalités</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="196"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="197"/>
        <source>logiciels</source>
        <translation>logiciels</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="198"/>
        <source>responsable conjoint</source>
        <translation>responsable conjoint</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="199"/>
        <source>personnes concernées</source>
        <translation>personnes concernées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="200"/>
        <source>catégories de données</source>
        <translation>catégories de données</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="201"/>
        <source>origine des données</source>
        <translation>origine des données</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="202"/>
        <source>destinataires</source>
        <translation>destinataires</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="203"/>
        <source>durée de conservation</source>
        <translation>durée de conservation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="204"/>
        <location filename="../../dpo_desk/documents/dossier.py" line="205"/>
        <source>mesures de sécurité</source>
        <translation>mesures de sécurité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="206"/>
        <source>service des droits</source>
        <translation>service des droits</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="207"/>
        <source>interconnexions</source>
        <translation>interconnexions</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="208"/>
        <source>finalité d&apos;origine des données</source>
        <translation>finalité d&apos;origine des données</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="209"/>
        <source>sous-traitants</source>
        <translation>sous-traitants</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="210"/>
        <source>transferts à l&apos;étranger</source>
        <translation>transferts à l&apos;étranger</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <location filename="../../dpo_desk/ui/drafts.py" line="223"/>
        <source>{label} : modifications non enregistrées, conservées pendant le verrouillage.</source>
        <translation>{label} : modifications non enregistrées, conservées pendant le verrouillage.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/drafts.py" line="228"/>
        <source>Reprendre</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/drafts.py" line="230"/>
        <source>Rouvrir le formulaire avec ce qui avait été saisi</source>
        <translation>Rouvrir le formulaire avec ce qui avait été saisi</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/drafts.py" line="232"/>
        <source>Abandonner</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/drafts.py" line="233"/>
        <source>Oublier ces modifications</source>
        <translation>Oublier ces modifications</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/drafts.py" line="235"/>
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>DraftStatus</name>
    <message>
        <location filename="../../dpo_desk/domain/letters.py" line="30"/>
        <source>Brouillon</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/letters.py" line="31"/>
        <source>Validé</source>
        <translation>Validé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/letters.py" line="32"/>
        <source>PDF généré</source>
        <translation>PDF généré</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../../dpo_desk/ui/drafts.py" line="64"/>
        <source>Cette fiche a été modifiée pendant le verrouillage : vos modifications ont été reportées sur sa version actuelle. Vérifiez-les avant d&apos;enregistrer.</source>
        <extracomment>the item&apos;s version when the draft was taken: another change meanwhile is said</extracomment>
        <translation>Cette fiche a été modifiée pendant le verrouillage : vos modifications ont été reportées sur sa version actuelle. Vérifiez-les avant d&apos;enregistrer.</translation>
    </message>
</context>
<context>
    <name>DutyState</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="64"/>
        <source>à faire</source>
        <translation>à faire</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="65"/>
        <source>faite</source>
        <translation>faite</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="66"/>
        <source>non requise (décision motivée)</source>
        <translation>non requise (décision motivée)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="67"/>
        <source>applicabilité à déterminer</source>
        <translation>applicabilité à déterminer</translation>
    </message>
</context>
<context>
    <name>EarlierPassphraseDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="54"/>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="55"/>
        <source>Phrase secrète de la sauvegarde</source>
        <translation>Phrase secrète de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="58"/>
        <source>Cette sauvegarde est peut-être chiffrée avec une phrase secrète antérieure (elle a été faite avant un changement de phrase secrète). Saisissez la phrase secrète qui était en usage quand {file} a été faite ; le registre restauré prendra la phrase secrète actuelle.</source>
        <translation>Cette sauvegarde est peut-être chiffrée avec une phrase secrète antérieure (elle a été faite avant un changement de phrase secrète). Saisissez la phrase secrète qui était en usage quand {file} a été faite ; le registre restauré prendra la phrase secrète actuelle.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="70"/>
        <source>Cette phrase secrète n&apos;ouvre pas non plus la sauvegarde.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas non plus la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="73"/>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="74"/>
        <source>Phrase secrète antérieure</source>
        <translation>Phrase secrète antérieure</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="77"/>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="77"/>
        <source>Restaurer</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="85"/>
        <source>Le courrier « {kind} » ne concerne pas une demande d&apos;exercice de droits.</source>
        <translation>Le courrier « {kind} » ne concerne pas une demande d&apos;exercice de droits.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="88"/>
        <source>Le courrier « {kind} » ne concerne pas une violation de données.</source>
        <translation>Le courrier « {kind} » ne concerne pas une violation de données.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="91"/>
        <source>Notification tardive : indiquez les motifs du retard, qu&apos;elle doit exposer (RGPD art. 33(1)).</source>
        <translation>Notification tardive : indiquez les motifs du retard, qu&apos;elle doit exposer (RGPD art. 33(1)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="96"/>
        <source>Notification à la CNDP envoyée après l&apos;échéance fixée par la politique interne de l&apos;organisation : indiquez les motifs du retard, que le courrier expose.</source>
        <translation>Notification à la CNDP envoyée après l&apos;échéance fixée par la politique interne de l&apos;organisation : indiquez les motifs du retard, que le courrier expose.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="101"/>
        <source>Le logo dépasse {limit} octets : choisissez une image plus légère.</source>
        <translation>Le logo dépasse {limit} octets : choisissez une image plus légère.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="104"/>
        <source>Le courrier doit commencer par sa ligne d&apos;objet, suivie d&apos;une ligne vide, puis du texte.</source>
        <translation>Le courrier doit commencer par sa ligne d&apos;objet, suivie d&apos;une ligne vide, puis du texte.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="108"/>
        <source>L&apos;instant « {value} » doit porter son fuseau horaire.</source>
        <translation>L&apos;instant « {value} » doit porter son fuseau horaire.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/pdf.py" line="61"/>
        <source>Le logo n&apos;est pas une image lisible (PNG ou JPEG).</source>
        <translation>Le logo n&apos;est pas une image lisible (PNG ou JPEG).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/pdf.py" line="62"/>
        <source>Le champ « {label} » contient un caractère que les courriers ne savent pas imprimer : « {char} » ({code}).</source>
        <translation>Le champ « {label} » contient un caractère que les courriers ne savent pas imprimer : « {char} » ({code}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="42"/>
        <source>Le modèle de courrier est vide.</source>
        <translation>Le modèle de courrier est vide.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="43"/>
        <source>Le modèle dépasse {limit} caractères.</source>
        <translation>Le modèle dépasse {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="44"/>
        <source>La première ligne du modèle est l&apos;objet du courrier : elle doit être suivie d&apos;une ligne vide, puis du texte.</source>
        <translation>La première ligne du modèle est l&apos;objet du courrier : elle doit être suivie d&apos;une ligne vide, puis du texte.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="49"/>
        <source>Champ inconnu « {name} » à la ligne {line} du modèle.</source>
        <translation>Champ inconnu « {name} » à la ligne {line} du modèle.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="50"/>
        <source>Balise mal formée « {text} » à la ligne {line} du modèle.</source>
        <translation>Balise mal formée « {text} » à la ligne {line} du modèle.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="53"/>
        <source>Instruction « {text} » non permise à la ligne {line} du modèle : seules {{% if champ %}}, {{% else %}} et {{% endif %}} le sont.</source>
        <translation>Instruction « {text} » non permise à la ligne {line} du modèle : seules {{% if champ %}}, {{% else %}} et {{% endif %}} le sont.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="58"/>
        <source>« {text} » sans « {{% if … %}} » correspondant, à la ligne {line} du modèle.</source>
        <translation>« {text} » sans « {{% if … %}} » correspondant, à la ligne {line} du modèle.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="61"/>
        <source>Le bloc « {{% if {name} %}} » ouvert à la ligne {line} n&apos;est pas fermé par « {{% endif %}} ».</source>
        <translation>Le bloc « {{% if {name} %}} » ouvert à la ligne {line} n&apos;est pas fermé par « {{% endif %}} ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="65"/>
        <location filename="../../dpo_desk/services/letters.py" line="227"/>
        <source>Type de courrier inconnu : {value}.</source>
        <translation>Type de courrier inconnu : {value}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="279"/>
        <source>Corriger le niveau de risque calculé exige une justification écrite.</source>
        <translation>Corriger le niveau de risque calculé exige une justification écrite.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="282"/>
        <location filename="../../dpo_desk/domain/breaches/validation.py" line="19"/>
        <location filename="../../dpo_desk/domain/filings.py" line="629"/>
        <location filename="../../dpo_desk/domain/records.py" line="414"/>
        <location filename="../../dpo_desk/domain/requests/model.py" line="51"/>
        <source>Le champ dépasse {limit} caractères.</source>
        <translation>Le champ dépasse {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/instants.py" line="25"/>
        <source>« {value} » n&apos;est pas une date et heure valide (forme attendue : AAAA-MM-JJTHH:MM, avec un décalage facultatif comme +01:00).</source>
        <translation>« {value} » n&apos;est pas une date et heure valide (forme attendue : AAAA-MM-JJTHH:MM, avec un décalage facultatif comme +01:00).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/instants.py" line="30"/>
        <source>{value} n&apos;existe pas dans le fuseau {zone} (l&apos;heure est avancée à ce moment) : précisez le décalage, par exemple {offset}.</source>
        <translation>{value} n&apos;existe pas dans le fuseau {zone} (l&apos;heure est avancée à ce moment) : précisez le décalage, par exemple {offset}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/instants.py" line="35"/>
        <source>{value} est ambiguë dans le fuseau {zone} (cette heure se répète au changement d&apos;heure) : précisez le décalage, {first} ou {second}.</source>
        <translation>{value} est ambiguë dans le fuseau {zone} (cette heure se répète au changement d&apos;heure) : précisez le décalage, {first} ou {second}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/instants.py" line="40"/>
        <source>L&apos;instant {value} est dans le futur.</source>
        <translation>L&apos;instant {value} est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/instants.py" line="41"/>
        <source>La prise de connaissance ({aware}) ne peut pas précéder la découverte ({discovered}).</source>
        <translation>La prise de connaissance ({aware}) ne peut pas précéder la découverte ({discovered}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/instants.py" line="45"/>
        <source>La découverte ({discovered}) ne peut pas précéder le début de la violation ({started}).</source>
        <translation>La découverte ({discovered}) ne peut pas précéder le début de la violation ({started}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/instants.py" line="49"/>
        <source>L&apos;instant {value} précède la découverte de la violation ({discovered}).</source>
        <translation>L&apos;instant {value} précède la découverte de la violation ({discovered}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/instants.py" line="52"/>
        <location filename="../../dpo_desk/domain/organisation.py" line="22"/>
        <source>Fuseau horaire inconnu : {zone}.</source>
        <translation>Fuseau horaire inconnu : {zone}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/model.py" line="51"/>
        <source>Donnez un intitulé à la violation.</source>
        <translation>Donnez un intitulé à la violation.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/model.py" line="52"/>
        <location filename="../../dpo_desk/domain/deadlines.py" line="179"/>
        <location filename="../../dpo_desk/domain/requests/model.py" line="43"/>
        <source>Indiquez au moins un régime (Loi 09-08 ou RGPD).</source>
        <translation>Indiquez au moins un régime (Loi 09-08 ou RGPD).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/validation.py" line="20"/>
        <location filename="../../dpo_desk/domain/records.py" line="415"/>
        <source>La liste dépasse {limit} éléments.</source>
        <translation>La liste dépasse {limit} éléments.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/validation.py" line="21"/>
        <source>Le nombre approximatif doit être un entier positif ou nul (reçu : {value}).</source>
        <translation>Le nombre approximatif doit être un entier positif ou nul (reçu : {value}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/model.py" line="53"/>
        <source>Précisez la nature de la violation : atteinte à la confidentialité, à l&apos;intégrité ou à la disponibilité.</source>
        <translation>Précisez la nature de la violation : atteinte à la confidentialité, à l&apos;intégrité ou à la disponibilité.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/notices.py" line="30"/>
        <source>Notification envoyée après l&apos;échéance du {deadline} : indiquez les motifs du retard (RGPD art. 33(1)).</source>
        <translation>Notification envoyée après l&apos;échéance du {deadline} : indiquez les motifs du retard (RGPD art. 33(1)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/notices.py" line="37"/>
        <source>Notification à la CNDP envoyée après l&apos;échéance du {deadline} fixée par la politique interne de l&apos;organisation : indiquez les motifs du retard, qui seront consignés au registre.</source>
        <translation>Notification à la CNDP envoyée après l&apos;échéance du {deadline} fixée par la politique interne de l&apos;organisation : indiquez les motifs du retard, qui seront consignés au registre.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/notices.py" line="43"/>
        <source>Nommez l&apos;autorité de contrôle de l&apos;UE notifiée.</source>
        <translation>Nommez l&apos;autorité de contrôle de l&apos;UE notifiée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/model.py" line="68"/>
        <source>Justifiez l&apos;exception de l&apos;article 34(3) du RGPD invoquée.</source>
        <translation>Justifiez l&apos;exception de l&apos;article 34(3) du RGPD invoquée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/model.py" line="73"/>
        <source>Justifiez l&apos;exception à l&apos;information des personnes concernées.</source>
        <translation>Justifiez l&apos;exception à l&apos;information des personnes concernées.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="108"/>
        <source>Aucune notification à une autorité de contrôle de l&apos;UE n&apos;est enregistrée : une notification à la CNDP ne remplit pas l&apos;article 33 du RGPD.</source>
        <translation>Aucune notification à une autorité de contrôle de l&apos;UE n&apos;est enregistrée : une notification à la CNDP ne remplit pas l&apos;article 33 du RGPD.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="113"/>
        <source>Aucune notification à la CNDP n&apos;est enregistrée.</source>
        <translation>Aucune notification à la CNDP n&apos;est enregistrée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="133"/>
        <source>Clôture impossible : la CNDP n&apos;a pas été notifiée et la décision de ne pas notifier n&apos;est pas motivée au registre des violations.</source>
        <translation>Clôture impossible : la CNDP n&apos;a pas été notifiée et la décision de ne pas notifier n&apos;est pas motivée au registre des violations.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="138"/>
        <source>Clôture impossible : le risque évalué impose de notifier une autorité de contrôle de l&apos;UE (RGPD art. 33(1)) ; une notification à la CNDP ne suffit pas.</source>
        <translation>Clôture impossible : le risque évalué impose de notifier une autorité de contrôle de l&apos;UE (RGPD art. 33(1)) ; une notification à la CNDP ne suffit pas.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="143"/>
        <source>Clôture impossible : la politique interne de l&apos;organisation impose de notifier la CNDP pour ce niveau de risque (la loi 09-08 ne prévoit pas de notification des violations).</source>
        <translation>Clôture impossible : la politique interne de l&apos;organisation impose de notifier la CNDP pour ce niveau de risque (la loi 09-08 ne prévoit pas de notification des violations).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="149"/>
        <source>Clôture impossible : la notification à la CNDP que prévoit la politique interne de l&apos;organisation (loi 09-08) n&apos;est pas enregistrée.</source>
        <translation>Clôture impossible : la notification à la CNDP que prévoit la politique interne de l&apos;organisation (loi 09-08) n&apos;est pas enregistrée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="154"/>
        <source>Clôture impossible : le risque est élevé ; informez les personnes concernées ou consignez une exception de l&apos;article 34(3) du RGPD.</source>
        <translation>Clôture impossible : le risque est élevé ; informez les personnes concernées ou consignez une exception de l&apos;article 34(3) du RGPD.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="159"/>
        <source>Clôture impossible : le risque est élevé et la politique interne de l&apos;organisation prévoit d&apos;informer les personnes concernées ; informez-les ou consignez une exception.</source>
        <translation>Clôture impossible : le risque est élevé et la politique interne de l&apos;organisation prévoit d&apos;informer les personnes concernées ; informez-les ou consignez une exception.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="165"/>
        <source>Clôture impossible : l&apos;exception de l&apos;article 34(3)(c) du RGPD exige une communication publique, qui n&apos;est pas enregistrée.</source>
        <translation>Clôture impossible : l&apos;exception de l&apos;article 34(3)(c) du RGPD exige une communication publique, qui n&apos;est pas enregistrée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="170"/>
        <source>Clôture impossible : l&apos;exception retenue (efforts disproportionnés) exige une communication publique, qui n&apos;est pas enregistrée.</source>
        <translation>Clôture impossible : l&apos;exception retenue (efforts disproportionnés) exige une communication publique, qui n&apos;est pas enregistrée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="190"/>
        <source>Une exception de l&apos;article 34(3) du RGPD ne se conçoit que pour un risque élevé.</source>
        <translation>Une exception de l&apos;article 34(3) du RGPD ne se conçoit que pour un risque élevé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="194"/>
        <source>Une exception à l&apos;information des personnes concernées ne se conçoit que pour un risque élevé.</source>
        <translation>Une exception à l&apos;information des personnes concernées ne se conçoit que pour un risque élevé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/notices.py" line="44"/>
        <source>Une notification complémentaire suit une notification initiale à la même autorité (RGPD art. 33(4)) : enregistrez d&apos;abord la notification initiale.</source>
        <translation>Une notification complémentaire suit une notification initiale à la même autorité (RGPD art. 33(4)) : enregistrez d&apos;abord la notification initiale.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/notices.py" line="49"/>
        <source>Une notification initiale à cette autorité est déjà enregistrée : ajoutez une notification complémentaire (RGPD art. 33(4)).</source>
        <translation>Une notification initiale à cette autorité est déjà enregistrée : ajoutez une notification complémentaire (RGPD art. 33(4)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/notices.py" line="55"/>
        <source>Une notification complémentaire à la CNDP suit une notification initiale : enregistrez d&apos;abord la notification initiale.</source>
        <translation>Une notification complémentaire à la CNDP suit une notification initiale : enregistrez d&apos;abord la notification initiale.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/notices.py" line="60"/>
        <source>Une notification initiale à la CNDP est déjà enregistrée : ajoutez une notification complémentaire.</source>
        <translation>Une notification initiale à la CNDP est déjà enregistrée : ajoutez une notification complémentaire.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/notices.py" line="65"/>
        <source>Indiquez à qui la communication s&apos;adresse (personnes concernées, public…).</source>
        <translation>Indiquez à qui la communication s&apos;adresse (personnes concernées, public…).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/model.py" line="58"/>
        <source>La décision de ne pas notifier doit être motivée : elle est documentée dans le registre des violations (RGPD art. 33(5)).</source>
        <translation>La décision de ne pas notifier doit être motivée : elle est documentée dans le registre des violations (RGPD art. 33(5)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/model.py" line="63"/>
        <source>La décision de ne pas notifier doit être motivée : elle est documentée dans le registre des violations.</source>
        <translation>La décision de ne pas notifier doit être motivée : elle est documentée dans le registre des violations.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/notices.py" line="68"/>
        <source>Une date de déclaration à la DGSSI ne s&apos;indique que si la loi 05-20 s&apos;applique.</source>
        <translation>Une date de déclaration à la DGSSI ne s&apos;indique que si la loi 05-20 s&apos;applique.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="105"/>
        <source>Évaluez d&apos;abord le risque de la violation (gravité et vraisemblance).</source>
        <translation>Évaluez d&apos;abord le risque de la violation (gravité et vraisemblance).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="116"/>
        <source>Aucune communication aux personnes concernées n&apos;est enregistrée.</source>
        <translation>Aucune communication aux personnes concernées n&apos;est enregistrée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="119"/>
        <source>Clôture impossible : consignez d&apos;abord les mesures correctives prises (RGPD art. 33(5)).</source>
        <translation>Clôture impossible : consignez d&apos;abord les mesures correctives prises (RGPD art. 33(5)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="123"/>
        <source>Clôture impossible : consignez d&apos;abord les mesures correctives prises au registre des violations.</source>
        <translation>Clôture impossible : consignez d&apos;abord les mesures correctives prises au registre des violations.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="128"/>
        <source>Clôture impossible : la violation n&apos;a pas été notifiée et la décision de ne pas notifier n&apos;est pas motivée (RGPD art. 33(5)).</source>
        <translation>Clôture impossible : la violation n&apos;a pas été notifiée et la décision de ne pas notifier n&apos;est pas motivée (RGPD art. 33(5)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="175"/>
        <source>Clôture impossible : la déclaration à la DGSSI (loi 05-20) est requise mais n&apos;est pas consignée.</source>
        <translation>Clôture impossible : la déclaration à la DGSSI (loi 05-20) est requise mais n&apos;est pas consignée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="180"/>
        <source>Le risque retenu impose de notifier l&apos;autorité (RGPD art. 33(1)) : une décision de ne pas notifier suppose un risque peu probable.</source>
        <translation>Le risque retenu impose de notifier l&apos;autorité (RGPD art. 33(1)) : une décision de ne pas notifier suppose un risque peu probable.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="185"/>
        <source>Le risque retenu impose de notifier la CNDP selon la politique interne de l&apos;organisation : une décision de ne pas notifier suppose un risque peu probable.</source>
        <translation>Le risque retenu impose de notifier la CNDP selon la politique interne de l&apos;organisation : une décision de ne pas notifier suppose un risque peu probable.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="199"/>
        <source>La violation {reference} est clôturée : elle ne peut plus être modifiée.</source>
        <translation>La violation {reference} est clôturée : elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/references.py" line="29"/>
        <source>« {value} » n&apos;est pas une référence de violation (forme attendue : VIO-2026-0001).</source>
        <translation>« {value} » n&apos;est pas une référence de violation (forme attendue : VIO-2026-0001).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="85"/>
        <source>Date invalide dans le calendrier : {value}.</source>
        <translation>Date invalide dans le calendrier : {value}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="86"/>
        <source>Aucun jour férié n&apos;est prévu le {value}.</source>
        <translation>Aucun jour férié n&apos;est prévu le {value}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="87"/>
        <source>Aucun jour ouvré dans l&apos;année qui suit le {value} : vérifiez le calendrier.</source>
        <translation>Aucun jour ouvré dans l&apos;année qui suit le {value} : vérifiez le calendrier.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="90"/>
        <location filename="../../dpo_desk/services/letters.py" line="247"/>
        <source>Le nom dépasse {limit} caractères.</source>
        <translation>Le nom dépasse {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="91"/>
        <source>« {value} » n&apos;est pas un État membre de l&apos;Union européenne.</source>
        <translation>« {value} » n&apos;est pas un État membre de l&apos;Union européenne.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="94"/>
        <source>Fête lunaire inconnue : {value}.</source>
        <translation>Fête lunaire inconnue : {value}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="95"/>
        <source>La date annoncée ({value}) est à plus de {limit} jours de la date estimée ({estimate}).</source>
        <translation>La date annoncée ({value}) est à plus de {limit} jours de la date estimée ({estimate}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="173"/>
        <source>Le délai de politique interne doit être compris entre 1 et {limit} jours.</source>
        <translation>Le délai de politique interne doit être compris entre 1 et {limit} jours.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="176"/>
        <source>Le délai franc de rectification doit être compris entre 1 et {limit} jours.</source>
        <translation>Le délai franc de rectification doit être compris entre 1 et {limit} jours.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="180"/>
        <location filename="../../dpo_desk/domain/requests/model.py" line="42"/>
        <source>Indiquez au moins un droit exercé.</source>
        <translation>Indiquez au moins un droit exercé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="181"/>
        <source>Une suspension en cours ne peut être comptée qu&apos;avec la date du jour.</source>
        <translation>Une suspension en cours ne peut être comptée qu&apos;avec la date du jour.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="184"/>
        <source>La prorogation ({decided_on}) ne peut pas précéder la réception ({received}).</source>
        <translation>La prorogation ({decided_on}) ne peut pas précéder la réception ({received}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="638"/>
        <source>Prorogation tardive : elle devait être décidée et notifiée dans le premier mois, au plus tard le {cutoff} (RGPD art. 12(3)), et non le {decided_on}.</source>
        <translation>Prorogation tardive : elle devait être décidée et notifiée dans le premier mois, au plus tard le {cutoff} (RGPD art. 12(3)), et non le {decided_on}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="662"/>
        <source>La loi 09-08 ne prévoit pas de prorogation du délai par le responsable du traitement : la date de réponse reste inchangée.</source>
        <translation>La loi 09-08 ne prévoit pas de prorogation du délai par le responsable du traitement : la date de réponse reste inchangée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/organisation.py" line="19"/>
        <source>Le nom de l&apos;organisation est obligatoire.</source>
        <translation>Le nom de l&apos;organisation est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/organisation.py" line="20"/>
        <source>L&apos;adresse e-mail du DPO n&apos;a pas une forme valide.</source>
        <translation>L&apos;adresse e-mail du DPO n&apos;a pas une forme valide.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/organisation.py" line="21"/>
        <source>Un champ dépasse {limit} caractères.</source>
        <translation>Un champ dépasse {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="402"/>
        <source>Ce champ est obligatoire.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="403"/>
        <source>Le nom du traitement est obligatoire.</source>
        <translation>Le nom du traitement est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="404"/>
        <source>Le nom du sous-traitant est obligatoire.</source>
        <translation>Le nom du sous-traitant est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="405"/>
        <source>Indiquez au moins une finalité du traitement (RGPD art. 30(1)(b)).</source>
        <translation>Indiquez au moins une finalité du traitement (RGPD art. 30(1)(b)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="408"/>
        <source>La finalité n° {index} n&apos;est pas décrite.</source>
        <translation>La finalité n° {index} n&apos;est pas décrite.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="409"/>
        <source>La finalité « {purpose} » repose sur l&apos;intérêt légitime : décrivez cet intérêt (RGPD art. 6(1)(f) et 13(1)(d)).</source>
        <translation>La finalité « {purpose} » repose sur l&apos;intérêt légitime : décrivez cet intérêt (RGPD art. 6(1)(f) et 13(1)(d)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="620"/>
        <source>La date de dépôt est obligatoire.</source>
        <translation>La date de dépôt est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="621"/>
        <source>Le numéro et la date du récépissé ou de l&apos;autorisation sont obligatoires.</source>
        <translation>Le numéro et la date du récépissé ou de l&apos;autorisation sont obligatoires.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="624"/>
        <source>La date de fin du traitement est obligatoire.</source>
        <translation>La date de fin du traitement est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="625"/>
        <source>La date du récépissé ({receipt}) précède la date de dépôt ({filed}).</source>
        <translation>La date du récépissé ({receipt}) précède la date de dépôt ({filed}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="628"/>
        <location filename="../../dpo_desk/domain/records.py" line="416"/>
        <source>La date ({value}) ne peut pas être dans le futur.</source>
        <translation>La date ({value}) ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="631"/>
        <source>La date ({value}) précède la loi 09-08 du 18 février 2009.</source>
        <translation>La date ({value}) précède la loi 09-08 du 18 février 2009.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="417"/>
        <source>La date ({value}) est antérieure à la loi 09-08 et à la CNDP (2009).</source>
        <translation>La date ({value}) est antérieure à la loi 09-08 et à la CNDP (2009).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="420"/>
        <source>La date ({value}) ne peut pas précéder la signature du contrat ({signed}).</source>
        <translation>La date ({value}) ne peut pas précéder la signature du contrat ({signed}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="423"/>
        <source>Une durée de conservation doit être un nombre entier entre 1 et {limit}.</source>
        <translation>Une durée de conservation doit être un nombre entier entre 1 et {limit}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="426"/>
        <source>La durée de conservation porte sur une catégorie de données que le traitement ne collecte pas : {category}.</source>
        <translation>La durée de conservation porte sur une catégorie de données que le traitement ne collecte pas : {category}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="431"/>
        <source>Une date de récépissé CNDP suppose son numéro : indiquez le numéro.</source>
        <translation>Une date de récépissé CNDP suppose son numéro : indiquez le numéro.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="434"/>
        <source>Une date d&apos;analyse d&apos;impact suppose que l&apos;analyse a été réalisée.</source>
        <translation>Une date d&apos;analyse d&apos;impact suppose que l&apos;analyse a été réalisée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/countries.py" line="57"/>
        <source>« {value} » n&apos;est pas un code pays ISO 3166 à deux lettres (ex. US, FR).</source>
        <translation>« {value} » n&apos;est pas un code pays ISO 3166 à deux lettres (ex. US, FR).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/countries.py" line="60"/>
        <source>Un transfert est un envoi hors du Maroc : choisissez un pays de destination.</source>
        <translation>Un transfert est un envoi hors du Maroc : choisissez un pays de destination.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="437"/>
        <source>Une date de signature suppose un contrat de sous-traitance signé.</source>
        <translation>Une date de signature suppose un contrat de sous-traitance signé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="440"/>
        <source>Rattachez le transfert à un traitement, à un sous-traitant, ou aux deux.</source>
        <translation>Rattachez le transfert à un traitement, à un sous-traitant, ou aux deux.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="443"/>
        <source>Précisez la dérogation invoquée (RGPD art. 49 ; loi 09-08 art. 44).</source>
        <translation>Précisez la dérogation invoquée (RGPD art. 49 ; loi 09-08 art. 44).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="446"/>
        <source>Une dérogation ne s&apos;indique que pour le mécanisme « dérogation ».</source>
        <translation>Une dérogation ne s&apos;indique que pour le mécanisme « dérogation ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="449"/>
        <source>Indiquez la référence de l&apos;autorisation de la CNDP ou de la demande F118.</source>
        <translation>Indiquez la référence de l&apos;autorisation de la CNDP ou de la demande F118.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="453"/>
        <source>Indiquez à la fois si les données ont été restituées ou supprimées, et quand.</source>
        <translation>Indiquez à la fois si les données ont été restituées ou supprimées, et quand.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="456"/>
        <source>Le contrat de ce sous-traitant est déjà terminé.</source>
        <translation>Le contrat de ce sous-traitant est déjà terminé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="457"/>
        <source>Enregistrez d&apos;abord la fin du contrat de ce sous-traitant.</source>
        <translation>Enregistrez d&apos;abord la fin du contrat de ce sous-traitant.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="234"/>
        <source>Un refus doit être motivé : choisissez le motif du refus.</source>
        <translation>Un refus doit être motivé : choisissez le motif du refus.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="237"/>
        <source>Un motif de refus ne s&apos;indique que lorsque la demande est refusée.</source>
        <translation>Un motif de refus ne s&apos;indique que lorsque la demande est refusée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="240"/>
        <source>Motif de refus inconnu : {value}.</source>
        <translation>Motif de refus inconnu : {value}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/references.py" line="26"/>
        <source>« {value} » n&apos;est pas une référence de demande (forme attendue : DSR-2026-0001).</source>
        <translation>« {value} » n&apos;est pas une référence de demande (forme attendue : DSR-2026-0001).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="27"/>
        <source>La durée de conservation doit être un nombre entier d&apos;années entre 1 et {maximum}.</source>
        <translation>La durée de conservation doit être un nombre entier d&apos;années entre 1 et {maximum}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="191"/>
        <source>Le délai de suppression des copies de pièce d&apos;identité doit être un nombre entier de jours entre 1 et {maximum}.</source>
        <translation>Le délai de suppression des copies de pièce d&apos;identité doit être un nombre entier de jours entre 1 et {maximum}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="196"/>
        <source>Justificatif d&apos;identité inconnu : {value}.</source>
        <translation>Justificatif d&apos;identité inconnu : {value}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/model.py" line="41"/>
        <source>Le nom du demandeur est obligatoire.</source>
        <translation>Le nom du demandeur est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/model.py" line="44"/>
        <source>L&apos;adresse e-mail « {value} » n&apos;a pas une forme valide.</source>
        <translation>L&apos;adresse e-mail « {value} » n&apos;a pas une forme valide.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/model.py" line="45"/>
        <source>La date de réception ({value}) ne peut pas être dans le futur.</source>
        <translation>La date de réception ({value}) ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/model.py" line="48"/>
        <source>La date de réception ({value}) est antérieure à la loi 09-08 (2009).</source>
        <translation>La date de réception ({value}) est antérieure à la loi 09-08 (2009).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/model.py" line="52"/>
        <source>La date ({value}) ne peut pas précéder la réception de la demande.</source>
        <translation>La date ({value}) ne peut pas précéder la réception de la demande.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/attachments.py" line="79"/>
        <source>La pièce jointe « {name} » est déjà jointe à cette violation.</source>
        <translation>La pièce jointe « {name} » est déjà jointe à cette violation.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/attachments.py" line="92"/>
        <source>La pièce jointe n°{id} n&apos;existe pas.</source>
        <translation>La pièce jointe n°{id} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/breaches.py" line="55"/>
        <source>Aucune violation ne porte la référence {reference}.</source>
        <translation>Aucune violation ne porte la référence {reference}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/breaches.py" line="59"/>
        <source>La violation {reference} a été modifiée entre-temps ; rechargez-la avant d&apos;enregistrer.</source>
        <translation>La violation {reference} a été modifiée entre-temps ; rechargez-la avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/breaches.py" line="70"/>
        <source>L&apos;évaluation retient une atteinte « {dimension} » que la nature de la violation ne mentionne pas : complétez d&apos;abord la nature.</source>
        <translation>L&apos;évaluation retient une atteinte « {dimension} » que la nature de la violation ne mentionne pas : complétez d&apos;abord la nature.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/breaches.py" line="75"/>
        <source>Cet événement s&apos;enregistre avec son acte (notification, communication, clôture) : seuls « violation contenue » et les notes s&apos;ajoutent à la main.</source>
        <translation>Cet événement s&apos;enregistre avec son acte (notification, communication, clôture) : seuls « violation contenue » et les notes s&apos;ajoutent à la main.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/breaches.py" line="80"/>
        <source>Décrivez les mesures correctives prises.</source>
        <translation>Décrivez les mesures correctives prises.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/breaches.py" line="83"/>
        <source>confidentialité</source>
        <translation>confidentialité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/breaches.py" line="84"/>
        <source>intégrité</source>
        <translation>intégrité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/breaches.py" line="85"/>
        <source>disponibilité</source>
        <translation>disponibilité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="28"/>
        <source>Aucun dossier ne porte la référence {reference} : attendu une demande (DSR-…) ou une violation (VIO-…).</source>
        <translation>Aucun dossier ne porte la référence {reference} : attendu une demande (DSR-…) ou une violation (VIO-…).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="106"/>
        <source>Le courrier n°{id} n&apos;existe pas (ou plus).</source>
        <translation>Le courrier n°{id} n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="109"/>
        <source>Le courrier a été modifié entre-temps (autre fenêtre, autre poste) ; rechargez-le avant d&apos;enregistrer.</source>
        <translation>Le courrier a été modifié entre-temps (autre fenêtre, autre poste) ; rechargez-le avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="119"/>
        <source>Le courrier « {kind} » ne convient pas à {case} {reference} : choisissez {kinds}.</source>
        <translation>Le courrier « {kind} » ne convient pas à {case} {reference} : choisissez {kinds}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="156"/>
        <source>« {kind} » indisponible : la demande {reference} relève de la seule loi 09-08, qui ne prévoit pas de prorogation du délai.</source>
        <translation>« {kind} » indisponible : la demande {reference} relève de la seule loi 09-08, qui ne prévoit pas de prorogation du délai.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="161"/>
        <source>« {kind} » indisponible : la demande {reference} n&apos;a pas été prorogée. Enregistrez d&apos;abord la prorogation, avec sa date et ses motifs (article 12(3) du RGPD).</source>
        <translation>« {kind} » indisponible : la demande {reference} n&apos;a pas été prorogée. Enregistrez d&apos;abord la prorogation, avec sa date et ses motifs (article 12(3) du RGPD).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="166"/>
        <source>« {kind} » indisponible : la demande {reference} ne porte pas sur : {rights}.</source>
        <translation>« {kind} » indisponible : la demande {reference} ne porte pas sur : {rights}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="169"/>
        <source>« {kind} » indisponible : rien n&apos;est enregistré comme fait pour la demande {reference}. Enregistrez d&apos;abord la réponse (statut « Répondue », avec sa date) : le courrier en donne la date.</source>
        <translation>« {kind} » indisponible : rien n&apos;est enregistré comme fait pour la demande {reference}. Enregistrez d&apos;abord la réponse (statut « Répondue », avec sa date) : le courrier en donne la date.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="175"/>
        <source>« {kind} » indisponible : la demande {reference} a été refusée ; c&apos;est le refus motivé qui lui répond.</source>
        <translation>« {kind} » indisponible : la demande {reference} a été refusée ; c&apos;est le refus motivé qui lui répond.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="180"/>
        <source>« {kind} » indisponible : la demande {reference} a été retirée par le demandeur.</source>
        <translation>« {kind} » indisponible : la demande {reference} a été retirée par le demandeur.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="183"/>
        <source>« {kind} » indisponible : l&apos;identité du demandeur de la demande {reference} n&apos;est pas établie ; aucune donnée ne peut lui être communiquée.</source>
        <translation>« {kind} » indisponible : l&apos;identité du demandeur de la demande {reference} n&apos;est pas établie ; aucune donnée ne peut lui être communiquée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="188"/>
        <source>« {kind} » indisponible : la demande {reference} n&apos;a pas été refusée. Enregistrez d&apos;abord le refus et son motif : le courrier le cite.</source>
        <translation>« {kind} » indisponible : la demande {reference} n&apos;a pas été refusée. Enregistrez d&apos;abord le refus et son motif : le courrier le cite.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="193"/>
        <source>« {kind} » indisponible : le motif enregistré « {reason} » ne permet pas de refuser « {right} » au titre de « {regime} ».</source>
        <translation>« {kind} » indisponible : le motif enregistré « {reason} » ne permet pas de refuser « {right} » au titre de « {regime} ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="198"/>
        <source>« {kind} » indisponible : « {right} » n&apos;est pas prévu par « {regime} » ; seul le motif « {reason} » fonde ce refus.</source>
        <translation>« {kind} » indisponible : « {right} » n&apos;est pas prévu par « {regime} » ; seul le motif « {reason} » fonde ce refus.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="203"/>
        <source>Rubriques vides : {sections}. Rattachez la demande à ses traitements du registre, ou indiquez pourquoi elles sont sans objet (elles seront marquées « néant »).</source>
        <translation>Rubriques vides : {sections}. Rattachez la demande à ses traitements du registre, ou indiquez pourquoi elles sont sans objet (elles seront marquées « néant »).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="223"/>
        <source>la demande</source>
        <translation>la demande</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="224"/>
        <source>la violation</source>
        <translation>la violation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="228"/>
        <source>Langue de courrier inconnue : {value} (fr, ar ou en).</source>
        <translation>Langue de courrier inconnue : {value} (fr, ar ou en).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="231"/>
        <source>Ce courrier a déjà été généré en PDF et joint au dossier : il ne se modifie plus. Rédigez un nouveau courrier.</source>
        <translation>Ce courrier a déjà été généré en PDF et joint au dossier : il ne se modifie plus. Rédigez un nouveau courrier.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="236"/>
        <source>Ce courrier est déjà marqué comme validé par {reviewer}.</source>
        <translation>Ce courrier est déjà marqué comme validé par {reviewer}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="239"/>
        <source>Le courrier doit être relu et marqué comme validé avant la génération du PDF.</source>
        <translation>Le courrier doit être relu et marqué comme validé avant la génération du PDF.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="243"/>
        <source>Indiquez le nom de la personne qui a relu et validé le courrier.</source>
        <translation>Indiquez le nom de la personne qui a relu et validé le courrier.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="246"/>
        <source>Indiquez l&apos;auteur du brouillon.</source>
        <translation>Indiquez l&apos;auteur du brouillon.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="248"/>
        <source>Le courrier dépasse {limit} caractères.</source>
        <translation>Le courrier dépasse {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="249"/>
        <source>Renseignez d&apos;abord l&apos;organisation et son délégué dans Paramètres.</source>
        <translation>Renseignez d&apos;abord l&apos;organisation et son délégué dans Paramètres.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letter_addressees.py" line="91"/>
        <source>Autorité destinataire inconnue : « {value} ». La violation {reference} est à notifier à : {choices} (ou « other:NOM » pour une autre autorité de contrôle de l&apos;UE).</source>
        <translation>Autorité destinataire inconnue : « {value} ». La violation {reference} est à notifier à : {choices} (ou « other:NOM » pour une autre autorité de contrôle de l&apos;UE).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letter_addressees.py" line="96"/>
        <source>La violation {reference} n&apos;est pas à notifier à {authority} : ni la loi ni la politique interne ne l&apos;y obligent. Autorités destinataires : {choices}.</source>
        <translation>La violation {reference} n&apos;est pas à notifier à {authority} : ni la loi ni la politique interne ne l&apos;y obligent. Autorités destinataires : {choices}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letter_addressees.py" line="101"/>
        <source>La violation {reference} est à notifier à plusieurs autorités, chacune par son propre courrier : choisissez le destinataire ({choices}).</source>
        <translation>La violation {reference} est à notifier à plusieurs autorités, chacune par son propre courrier : choisissez le destinataire ({choices}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/maintenance.py" line="42"/>
        <source>Le nombre de sauvegardes automatiques à garder doit être compris entre 0 et {maximum}.</source>
        <translation>Le nombre de sauvegardes automatiques à garder doit être compris entre 0 et {maximum}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/maintenance.py" line="46"/>
        <source>La nouvelle phrase secrète doit être différente de l&apos;actuelle.</source>
        <translation>La nouvelle phrase secrète doit être différente de l&apos;actuelle.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/maintenance.py" line="49"/>
        <source>La phrase secrète actuelle est incorrecte.</source>
        <translation>La phrase secrète actuelle est incorrecte.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/maintenance.py" line="54"/>
        <source>Le dossier {reference} n&apos;est plus à purger (il a changé depuis la revue) ; relancez la revue.</source>
        <translation>Le dossier {reference} n&apos;est plus à purger (il a changé depuis la revue) ; relancez la revue.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/register_file.py" line="329"/>
        <source>Le verrouillage automatique se règle entre 0 (désactivé) et {limit} minutes.</source>
        <extracomment>what the journal names when the organisation changes (names only, never values)</extracomment>
        <translation>Le verrouillage automatique se règle entre 0 (désactivé) et {limit} minutes.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/records.py" line="76"/>
        <source>Aucun traitement « {key} » dans le registre.</source>
        <translation>Aucun traitement « {key} » dans le registre.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/records.py" line="80"/>
        <source>Aucun sous-traitant « {key} » dans le registre.</source>
        <translation>Aucun sous-traitant « {key} » dans le registre.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/records.py" line="84"/>
        <source>Aucun transfert n° {key} dans le registre.</source>
        <translation>Aucun transfert n° {key} dans le registre.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="24"/>
        <source>Aucun dossier n° {key} à rattacher.</source>
        <translation>Aucun dossier n° {key} à rattacher.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/records.py" line="94"/>
        <source>« {name} » a été modifié entre-temps ; rechargez-le avant d&apos;enregistrer.</source>
        <translation>« {name} » a été modifié entre-temps ; rechargez-le avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/records.py" line="98"/>
        <source>Un traitement nommé « {name} » existe déjà dans le registre.</source>
        <translation>Un traitement nommé « {name} » existe déjà dans le registre.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/records.py" line="101"/>
        <source>Un sous-traitant nommé « {name} » existe déjà dans le registre.</source>
        <translation>Un sous-traitant nommé « {name} » existe déjà dans le registre.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/records.py" line="104"/>
        <source>La périodicité de revue doit être comprise entre 1 et 60 mois.</source>
        <translation>La périodicité de revue doit être comprise entre 1 et 60 mois.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/requests.py" line="61"/>
        <source>Aucune demande ne porte la référence {reference}.</source>
        <translation>Aucune demande ne porte la référence {reference}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/requests.py" line="65"/>
        <source>La demande {reference} a été modifiée entre-temps ; rechargez-la avant d&apos;enregistrer.</source>
        <translation>La demande {reference} a été modifiée entre-temps ; rechargez-la avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/attachments.py" line="72"/>
        <source>La pièce jointe « {name} » dépasse la limite de {limit} Mo ({size} Mo).</source>
        <translation>La pièce jointe « {name} » dépasse la limite de {limit} Mo ({size} Mo).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/attachments.py" line="75"/>
        <source>La pièce jointe « {name} » est vide.</source>
        <translation>La pièce jointe « {name} » est vide.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/attachments.py" line="76"/>
        <source>La pièce jointe « {name} » est déjà jointe à cette demande.</source>
        <translation>La pièce jointe « {name} » est déjà jointe à cette demande.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/requests.py" line="519"/>
        <source>Une prorogation doit être motivée (RGPD art. 12(3)) : indiquez la raison.</source>
        <translation>Une prorogation doit être motivée (RGPD art. 12(3)) : indiquez la raison.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="16"/>
        <source>Le registre n&apos;a pas pu être ouvert.</source>
        <translation>Le registre n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="26"/>
        <source>Phrase secrète incorrecte pour {name} (ou ce fichier n&apos;est pas un registre DPO Desk).</source>
        <translation>Phrase secrète incorrecte pour {name} (ou ce fichier n&apos;est pas un registre DPO Desk).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="34"/>
        <source>{name} n&apos;est pas un registre DPO Desk : {reason}.</source>
        <translation>{name} n&apos;est pas un registre DPO Desk : {reason}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="44"/>
        <source>{name} a été enregistré par une version plus récente de DPO Desk (schéma {revision}). Mettez l&apos;application à jour.</source>
        <translation>{name} a été enregistré par une version plus récente de DPO Desk (schéma {revision}). Mettez l&apos;application à jour.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="53"/>
        <source>Le fichier {name} n&apos;existe pas.</source>
        <translation>Le fichier {name} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="58"/>
        <source>Le fichier {name} existe déjà ; choisissez un autre nom pour le nouveau registre.</source>
        <translation>Le fichier {name} existe déjà ; choisissez un autre nom pour le nouveau registre.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="66"/>
        <source>Erreur d&apos;accès au disque pour {name} : {reason}. Aucune donnée n&apos;a été modifiée.</source>
        <translation>Erreur d&apos;accès au disque pour {name} : {reason}. Aucune donnée n&apos;a été modifiée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="76"/>
        <source>Espace disque insuffisant pour écrire {name} : l&apos;opération a été annulée et rien n&apos;a été enregistré. Libérez de la place, puis réessayez.</source>
        <translation>Espace disque insuffisant pour écrire {name} : l&apos;opération a été annulée et rien n&apos;a été enregistré. Libérez de la place, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="88"/>
        <source>Impossible d&apos;écrire {name} : le fichier ou son dossier est en lecture seule (droits d&apos;écriture ou support protégé). Rien n&apos;a été enregistré.</source>
        <translation>Impossible d&apos;écrire {name} : le fichier ou son dossier est en lecture seule (droits d&apos;écriture ou support protégé). Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="99"/>
        <source>Le nom de fichier {name} est trop long pour le système de fichiers (255 octets au plus par nom) : choisissez un nom ou un dossier plus court.</source>
        <translation>Le nom de fichier {name} est trop long pour le système de fichiers (255 octets au plus par nom) : choisissez un nom ou un dossier plus court.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="127"/>
        <source>Espace disque insuffisant : la phrase secrète de {name} n&apos;a pas été changée. Rien n&apos;a été modifié et l&apos;ancienne phrase secrète ouvre toujours le registre. Le changement écrit une copie complète du registre dans son dossier avant de remplacer l&apos;ancien fichier : libérez au moins {size} Mo, puis réessayez.</source>
        <translation>Espace disque insuffisant : la phrase secrète de {name} n&apos;a pas été changée. Rien n&apos;a été modifié et l&apos;ancienne phrase secrète ouvre toujours le registre. Le changement écrit une copie complète du registre dans son dossier avant de remplacer l&apos;ancien fichier : libérez au moins {size} Mo, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="139"/>
        <source>La phrase secrète de {name} n&apos;a pas été changée : {reason}. Rien n&apos;a été modifié et l&apos;ancienne phrase secrète ouvre toujours le registre.</source>
        <translation>La phrase secrète de {name} n&apos;a pas été changée : {reason}. Rien n&apos;a été modifié et l&apos;ancienne phrase secrète ouvre toujours le registre.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="147"/>
        <source>le dossier du registre n&apos;accepte pas de nouveau fichier (droits d&apos;écriture ou support en lecture seule ?)</source>
        <translation>le dossier du registre n&apos;accepte pas de nouveau fichier (droits d&apos;écriture ou support en lecture seule ?)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="152"/>
        <source>la copie rechiffrée n&apos;a pas passé la vérification (contenu ou journal différent)</source>
        <translation>la copie rechiffrée n&apos;a pas passé la vérification (contenu ou journal différent)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="158"/>
        <source>La phrase secrète doit compter au moins {minimum} caractères.</source>
        <translation>La phrase secrète doit compter au moins {minimum} caractères.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="165"/>
        <source>Le contrôle d&apos;intégrité de {name} a échoué : {reason}.</source>
        <translation>Le contrôle d&apos;intégrité de {name} a échoué : {reason}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="170"/>
        <source>le fichier est vide</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="171"/>
        <source>c&apos;est une base SQLite non chiffrée</source>
        <translation>c&apos;est une base SQLite non chiffrée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="172"/>
        <source>sa taille ne correspond à aucune base chiffrée</source>
        <translation>sa taille ne correspond à aucune base chiffrée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="173"/>
        <source>c&apos;est une base chiffrée d&apos;une autre application</source>
        <translation>c&apos;est une base chiffrée d&apos;une autre application</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="174"/>
        <source>c&apos;est un dossier</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="175"/>
        <source>c&apos;est un tube nommé (FIFO), pas un fichier</source>
        <translation>c&apos;est un tube nommé (FIFO), pas un fichier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="176"/>
        <source>c&apos;est un périphérique, pas un fichier</source>
        <translation>c&apos;est un périphérique, pas un fichier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="177"/>
        <source>ce n&apos;est pas un fichier ordinaire</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="185"/>
        <source>Le registre {name} est occupé par un autre programme. L&apos;opération n&apos;a pas été enregistrée ; réessayez dans un instant.</source>
        <translation>Le registre {name} est occupé par un autre programme. L&apos;opération n&apos;a pas été enregistrée ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="197"/>
        <source>Le registre {name} est endommagé ou a été modifié en dehors de DPO Desk ; aucune donnée douteuse n&apos;a été lue. Restaurez une sauvegarde (dpo-desk restore).</source>
        <translation>Le registre {name} est endommagé ou a été modifié en dehors de DPO Desk ; aucune donnée douteuse n&apos;a été lue. Restaurez une sauvegarde (dpo-desk restore).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="209"/>
        <source>Le registre {name} est endommagé ou a été modifié en dehors de DPO Desk (contrôle d&apos;authenticité en échec, page {pages}) ; aucune donnée douteuse n&apos;a été lue. Restaurez une sauvegarde (dpo-desk restore).</source>
        <translation>Le registre {name} est endommagé ou a été modifié en dehors de DPO Desk (contrôle d&apos;authenticité en échec, page {pages}) ; aucune donnée douteuse n&apos;a été lue. Restaurez une sauvegarde (dpo-desk restore).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/session.py" line="36"/>
        <source>Le registre {name} est déjà ouvert par DPO Desk (processus {pid} sur {host}). Fermez-le là-bas, puis réessayez.</source>
        <translation>Le registre {name} est déjà ouvert par DPO Desk (processus {pid} sur {host}). Fermez-le là-bas, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/session.py" line="45"/>
        <source>Impossible de réserver {name} : le dossier {folder} n&apos;accepte pas le fichier de verrou (droits d&apos;écriture ?).</source>
        <translation>Impossible de réserver {name} : le dossier {folder} n&apos;accepte pas le fichier de verrou (droits d&apos;écriture ?).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="98"/>
        <source>Export annulé : aucun fichier n&apos;a été écrit.</source>
        <translation>Export annulé : aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="109"/>
        <source>Le fichier {name} existe déjà : choisissez un autre nom ou remplacez-le.</source>
        <translation>Le fichier {name} existe déjà : choisissez un autre nom ou remplacez-le.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="115"/>
        <source>Registre à exporter inconnu : {which}.</source>
        <translation>Registre à exporter inconnu : {which}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="116"/>
        <source>{name} est un dossier : indiquez un nom de fichier .xlsx.</source>
        <translation>{name} est un dossier : indiquez un nom de fichier .xlsx.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="119"/>
        <source>Le dossier {folder} n&apos;existe pas : l&apos;export n&apos;a pas été écrit.</source>
        <translation>Le dossier {folder} n&apos;existe pas : l&apos;export n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="122"/>
        <source>Espace disque insuffisant pour écrire {name} : libérez de la place ou choisissez un autre emplacement. Aucun fichier n&apos;a été laissé.</source>
        <translation>Espace disque insuffisant pour écrire {name} : libérez de la place ou choisissez un autre emplacement. Aucun fichier n&apos;a été laissé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="127"/>
        <source>Écriture refusée dans {folder} (droits insuffisants ou support en lecture seule) : choisissez un autre emplacement. Aucun fichier n&apos;a été laissé.</source>
        <translation>Écriture refusée dans {folder} (droits insuffisants ou support en lecture seule) : choisissez un autre emplacement. Aucun fichier n&apos;a été laissé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="132"/>
        <source>Impossible d&apos;écrire {name} : {reason}. Aucun fichier n&apos;a été laissé.</source>
        <translation>Impossible d&apos;écrire {name} : {reason}. Aucun fichier n&apos;a été laissé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="52"/>
        <source>Ce fichier n&apos;est pas un classeur Excel (.xlsx).</source>
        <translation>Ce fichier n&apos;est pas un classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="53"/>
        <source>Ce classeur est protégé par un mot de passe (ou est un ancien fichier .xls) : enregistrez-en une copie .xlsx sans mot de passe.</source>
        <translation>Ce classeur est protégé par un mot de passe (ou est un ancien fichier .xls) : enregistrez-en une copie .xlsx sans mot de passe.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="58"/>
        <source>Ce classeur est trop volumineux une fois décompressé (plus de {limit} Mo) : il ne peut pas être importé.</source>
        <translation>Ce classeur est trop volumineux une fois décompressé (plus de {limit} Mo) : il ne peut pas être importé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="63"/>
        <source>Ce classeur contient trop de textes distincts (plus de {limit} Mo ou {count} textes) : il ne peut pas être importé. Copiez seulement les lignes utiles dans un nouveau classeur.</source>
        <translation>Ce classeur contient trop de textes distincts (plus de {limit} Mo ou {count} textes) : il ne peut pas être importé. Copiez seulement les lignes utiles dans un nouveau classeur.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="68"/>
        <source>Ce classeur contient des déclarations XML interdites (DTD ou entités), signe d&apos;un fichier piégé : il ne peut pas être importé.</source>
        <translation>Ce classeur contient des déclarations XML interdites (DTD ou entités), signe d&apos;un fichier piégé : il ne peut pas être importé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="73"/>
        <source>Ce classeur Excel est endommagé ou illisible : ouvrez-le et réenregistrez-le.</source>
        <translation>Ce classeur Excel est endommagé ou illisible : ouvrez-le et réenregistrez-le.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="76"/>
        <source>La feuille « {sheet} » compte plus de {limit} lignes : découpez le fichier.</source>
        <translation>La feuille « {sheet} » compte plus de {limit} lignes : découpez le fichier.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="79"/>
        <source>La feuille « {sheet} » compte plus de {limit} colonnes.</source>
        <translation>La feuille « {sheet} » compte plus de {limit} colonnes.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="82"/>
        <source>Le classeur ne contient aucune ligne de données.</source>
        <translation>Le classeur ne contient aucune ligne de données.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="83"/>
        <source>Impossible de lire le fichier : {reason}.</source>
        <translation>Impossible de lire le fichier : {reason}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="62"/>
        <source>Registre inconnu pour l&apos;import : {target} (traitements, sous-traitants ou demandes).</source>
        <translation>Registre inconnu pour l&apos;import : {target} (traitements, sous-traitants ou demandes).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="66"/>
        <source>Lignes invalides : {count}. Rien n&apos;a été importé. Corrigez le fichier ou choisissez d&apos;ignorer les lignes invalides.</source>
        <translation>Lignes invalides : {count}. Rien n&apos;a été importé. Corrigez le fichier ou choisissez d&apos;ignorer les lignes invalides.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="72"/>
        <source>Aucune colonne n&apos;est associée au champ obligatoire « {name} ».</source>
        <translation>Aucune colonne n&apos;est associée au champ obligatoire « {name} ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="75"/>
        <source>Le champ « {name} » est associé à plusieurs colonnes.</source>
        <translation>Le champ « {name} » est associé à plusieurs colonnes.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="107"/>
        <source>Le classeur n&apos;a de données que dans des feuilles masquées ({sheets}) : lisez aussi les feuilles masquées pour l&apos;importer.</source>
        <translation>Le classeur n&apos;a de données que dans des feuilles masquées ({sheets}) : lisez aussi les feuilles masquées pour l&apos;importer.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="112"/>
        <source>Colonnes non reconnues, dont les valeurs seraient perdues : {columns}. Associez-les à un champ, envoyez-les aux notes (--unmapped notes) ou ignorez-les (--unmapped ignore).</source>
        <translation>Colonnes non reconnues, dont les valeurs seraient perdues : {columns}. Associez-les à un champ, envoyez-les aux notes (--unmapped notes) ou ignorez-les (--unmapped ignore).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="923"/>
        <source>La date ({value}) précède la réception de la demande ({received}).</source>
        <translation>La date ({value}) précède la réception de la demande ({received}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/workers.py" line="30"/>
        <source>L&apos;opération a échoué de façon inattendue ({kind}). Rien n&apos;a été perdu.</source>
        <translation>L&apos;opération a échoué de façon inattendue ({kind}). Rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/refusals.py" line="119"/>
        <source>Le motif « {reason} » ne permet pas de refuser « {right} » au titre de « {regime} » : choisissez un motif que ce texte prévoit pour ce droit.</source>
        <translation>Le motif « {reason} » ne permet pas de refuser « {right} » au titre de « {regime} » : choisissez un motif que ce texte prévoit pour ce droit.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/refusals.py" line="124"/>
        <source>« {right} » n&apos;est pas prévu par « {regime} » : le refus ne peut reposer que sur le motif « {expected} ».</source>
        <translation>« {right} » n&apos;est pas prévu par « {regime} » : le refus ne peut reposer que sur le motif « {expected} ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/authorities.py" line="38"/>
        <source>L&apos;adresse de {authority} ({language}) dépasse {limit} caractères ou {lines} lignes.</source>
        <translation>L&apos;adresse de {authority} ({language}) dépasse {limit} caractères ou {lines} lignes.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/authorities.py" line="42"/>
        <source>Autorité inconnue : {value} (cndp ou cnil).</source>
        <translation>Autorité inconnue : {value} (cndp ou cnil).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/attachments.py" line="82"/>
        <source>La pièce jointe n° {id} n&apos;existe plus dans la demande {reference}.</source>
        <translation>La pièce jointe n° {id} n&apos;existe plus dans la demande {reference}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/attachments.py" line="96"/>
        <source>« {name} » est un courrier émis pour la demande {reference} : c&apos;est la trace de ce qui a été envoyé, il ne peut pas être supprimé.</source>
        <translation>« {name} » est un courrier émis pour la demande {reference} : c&apos;est la trace de ce qui a été envoyé, il ne peut pas être supprimé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letter_rules.py" line="30"/>
        <source>Règle des quatre yeux : {author} a rédigé ce courrier ; une autre personne doit le relire et le valider.</source>
        <translation>Règle des quatre yeux : {author} a rédigé ce courrier ; une autre personne doit le relire et le valider.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/private_files.py" line="23"/>
        <source>Le fichier « {path} » existe déjà ; il n&apos;est pas remplacé.</source>
        <translation>Le fichier « {path} » existe déjà ; il n&apos;est pas remplacé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/private_files.py" line="26"/>
        <source>Impossible d&apos;enregistrer « {path} » : {reason}. Aucun fichier n&apos;a été modifié ; choisissez un autre emplacement.</source>
        <translation>Impossible d&apos;enregistrer « {path} » : {reason}. Aucun fichier n&apos;a été modifié ; choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/tamper.py" line="17"/>
        <source>journal d&apos;audit : chaîne rompue à l&apos;entrée {entry}</source>
        <translation>journal d&apos;audit : chaîne rompue à l&apos;entrée {entry}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/tamper.py" line="18"/>
        <source>structure : {type} « {name} » inconnu de l&apos;application (ajouté hors de l&apos;app)</source>
        <translation>structure : {type} « {name} » inconnu de l&apos;application (ajouté hors de l&apos;app)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/tamper.py" line="21"/>
        <source>structure : {type} « {name} » manquant</source>
        <translation>structure : {type} « {name} » manquant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/tamper.py" line="22"/>
        <source>structure : {type} « {name} » modifié</source>
        <translation>structure : {type} « {name} » modifié</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/tamper.py" line="23"/>
        <source>{reference} : {field} vaut {stored} dans le registre, {journaled} selon le journal</source>
        <translation>{reference} : {field} vaut {stored} dans le registre, {journaled} selon le journal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/tamper.py" line="26"/>
        <source>{reference} : présent dans le registre sans entrée de création au journal</source>
        <translation>{reference} : présent dans le registre sans entrée de création au journal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/tamper.py" line="29"/>
        <source>{reference} : absent du registre sans entrée de purge au journal</source>
        <translation>{reference} : absent du registre sans entrée de purge au journal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/tamper.py" line="32"/>
        <source>{missing} entrées du journal vues par cet ordinateur manquent</source>
        <translation>{missing} entrées du journal vues par cet ordinateur manquent</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/tamper.py" line="35"/>
        <source>le journal ne contient plus l&apos;entrée n° {count} vue par cet ordinateur : il a été réécrit ou remplacé par une copie plus ancienne</source>
        <translation>le journal ne contient plus l&apos;entrée n° {count} vue par cet ordinateur : il a été réécrit ou remplacé par une copie plus ancienne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/tamper.py" line="40"/>
        <source>l&apos;empreinte {head} n&apos;est pas dans le journal : il a été réécrit depuis, ou elle vient d&apos;un autre registre</source>
        <translation>l&apos;empreinte {head} n&apos;est pas dans le journal : il a été réécrit depuis, ou elle vient d&apos;un autre registre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/tamper.py" line="45"/>
        <source>et {count} autre(s) constat(s)</source>
        <translation>et {count} autre(s) constat(s)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/errors.py" line="101"/>
        <source>Élément introuvable.</source>
        <extracomment>names of values that are themselves message ids, translated with the template names of values that are message ids of another context (&quot;Right&quot;, &quot;Regime&quot;…), by name: {value name: context}. A tuple of them is translated item by item and joined.</extracomment>
        <translation>Élément introuvable.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/errors.py" line="109"/>
        <source>Cet élément a été modifié entre-temps : rechargez-le avant d&apos;enregistrer.</source>
        <translation>Cet élément a été modifié entre-temps : rechargez-le avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/errors.py" line="118"/>
        <source>Cette étape n&apos;est pas possible dans l&apos;état actuel.</source>
        <translation>Cette étape n&apos;est pas possible dans l&apos;état actuel.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/errors.py" line="128"/>
        <source>date invalide « {value} » : l&apos;année doit être comprise entre 1 et 9999</source>
        <translation>date invalide « {value} » : l&apos;année doit être comprise entre 1 et 9999</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/errors.py" line="134"/>
        <source>Une date calculée tomberait après le 31 décembre 9999, la dernière date que DPO Desk sait compter : vérifiez les dates saisies.</source>
        <translation>Une date calculée tomberait après le 31 décembre 9999, la dernière date que DPO Desk sait compter : vérifiez les dates saisies.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/errors.py" line="179"/>
        <source>L&apos;argument {argument} n&apos;est pas du texte UTF-8 valide : vérifiez l&apos;encodage du terminal (locale) ou le nom du fichier.</source>
        <translation>L&apos;argument {argument} n&apos;est pas du texte UTF-8 valide : vérifiez l&apos;encodage du terminal (locale) ou le nom du fichier.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/errors.py" line="188"/>
        <source>La variable d&apos;environnement {variable} n&apos;est pas du texte UTF-8 valide : définissez-la en UTF-8.</source>
        <translation>La variable d&apos;environnement {variable} n&apos;est pas du texte UTF-8 valide : définissez-la en UTF-8.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/errors.py" line="197"/>
        <source>Le fichier {name} n&apos;est pas du texte UTF-8 valide : enregistrez-le en UTF-8.</source>
        <translation>Le fichier {name} n&apos;est pas du texte UTF-8 valide : enregistrez-le en UTF-8.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="150"/>
        <source>Cette phrase secrète est trop facile à deviner (robustesse {score} sur 4, {minimum} au moins exigé) : {reason}</source>
        <translation>Cette phrase secrète est trop facile à deviner (robustesse {score} sur 4, {minimum} au moins exigé) : {reason}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/report_pdf.py" line="46"/>
        <source>Le champ « {label} » contient un caractère que les documents PDF ne savent pas imprimer : « {char} » ({code}).</source>
        <translation>Le champ « {label} » contient un caractère que les documents PDF ne savent pas imprimer : « {char} » ({code}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/dossier.py" line="25"/>
        <source>Format de dossier inconnu « {value} » : choisissez pdf ou xlsx.</source>
        <translation>Format de dossier inconnu « {value} » : choisissez pdf ou xlsx.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/filings.py" line="49"/>
        <source>Le suivi de cette formalité a été modifié entre-temps ; rouvrez la fiche du traitement.</source>
        <translation>Le suivi de cette formalité a été modifié entre-temps ; rouvrez la fiche du traitement.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/notice.py" line="52"/>
        <source>Le registre ne nomme pas encore l&apos;organisation : renseignez-la dans Paramètres avant de produire la notice d&apos;information.</source>
        <translation>Le registre ne nomme pas encore l&apos;organisation : renseignez-la dans Paramètres avant de produire la notice d&apos;information.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/notice.py" line="57"/>
        <source>Format de notice inconnu : {value} (html ou pdf).</source>
        <translation>Format de notice inconnu : {value} (html ou pdf).</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="148"/>
        <source>Découverte</source>
        <translation>Découverte</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="149"/>
        <source>Prise de connaissance</source>
        <translation>Prise de connaissance</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="150"/>
        <source>Violation contenue</source>
        <translation>Violation contenue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="151"/>
        <source>Notification à l&apos;autorité</source>
        <translation>Notification à l&apos;autorité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="152"/>
        <source>Communication aux personnes</source>
        <translation>Communication aux personnes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="153"/>
        <source>Clôture</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="154"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ExcelActions</name>
    <message>
        <location filename="../../dpo_desk/ui/exchange/actions.py" line="68"/>
        <source>Export Excel enregistré : {name}</source>
        <translation>Export Excel enregistré : {name}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/actions.py" line="105"/>
        <source>Exporter…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/actions.py" line="108"/>
        <source>Enregistrer ce registre dans un classeur Excel (non chiffré)</source>
        <translation>Enregistrer ce registre dans un classeur Excel (non chiffré)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/actions.py" line="119"/>
        <source>Importer…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/actions.py" line="122"/>
        <source>Ajouter des entrées depuis un classeur Excel</source>
        <translation>Ajouter des entrées depuis un classeur Excel</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="47"/>
        <source>le registre des demandes</source>
        <translation>le registre des demandes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="48"/>
        <source>le registre des violations</source>
        <translation>le registre des violations</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="49"/>
        <source>le registre des traitements</source>
        <translation>le registre des traitements</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="50"/>
        <source>les sous-traitants et les transferts</source>
        <translation>les sous-traitants et les transferts</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="53"/>
        <source>les transferts</source>
        <translation>les transferts</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="54"/>
        <source>tous les registres</source>
        <translation>tous les registres</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="55"/>
        <source>le journal d&apos;audit</source>
        <translation>le journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="62"/>
        <source>demandes</source>
        <translation>demandes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="63"/>
        <source>violations</source>
        <translation>violations</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="64"/>
        <source>traitements</source>
        <translation>traitements</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="65"/>
        <source>sous-traitants</source>
        <translation>sous-traitants</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="66"/>
        <source>transferts</source>
        <translation>transferts</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="67"/>
        <source>registres</source>
        <translation>registres</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="68"/>
        <source>journal</source>
        <translation>journal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="112"/>
        <source>Exporter vers Excel</source>
        <translation>Exporter vers Excel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="114"/>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="181"/>
        <source>L&apos;export a échoué ({error}) ; aucun fichier n&apos;a été laissé.</source>
        <translation>L&apos;export a échoué ({error}) ; aucun fichier n&apos;a été laissé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="205"/>
        <source>Export Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="223"/>
        <source>Préparation…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="228"/>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="229"/>
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="259"/>
        <source>Annulation…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="282"/>
        <source>{done} sur %n ligne(s)</source>
        <translation>
            <numerusform>{done} sur %n ligne</numerusform>
            <numerusform>{done} sur %n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="297"/>
        <source>%n ligne(s) exportée(s) en {seconds} s.</source>
        <translation>
            <numerusform>%n ligne exportée en {seconds} s.</numerusform>
            <numerusform>%n lignes exportées en {seconds} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="304"/>
        <source>%n cellule(s) trop longue(s) pour Excel tronquée(s) (voir la page de garde).</source>
        <translation>
            <numerusform>%n cellule trop longue pour Excel a été tronquée (voir la page de garde).</numerusform>
            <numerusform>%n cellules trop longues pour Excel ont été tronquées (voir la page de garde).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="301"/>
        <source>Classeur enregistré : {path}</source>
        <translation>Classeur enregistré : {path}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="214"/>
        <source>Exporter {what}</source>
        <translation>Exporter {what}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="326"/>
        <source>Export annulé : aucun fichier n&apos;a été écrit.</source>
        <translation>Export annulé : aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>Exposure</name>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="159"/>
        <source>Aucune atteinte</source>
        <translation>Aucune atteinte</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="160"/>
        <source>Atteinte limitée</source>
        <translation>Atteinte limitée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="161"/>
        <source>Atteinte grave</source>
        <translation>Atteinte grave</translation>
    </message>
</context>
<context>
    <name>FilingChannel</name>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="591"/>
        <source>Portail en ligne de la CNDP</source>
        <translation>Portail en ligne de la CNDP</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="592"/>
        <source>Dépôt papier au siège de la CNDP</source>
        <translation>Dépôt papier au siège de la CNDP</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="593"/>
        <source>Courrier électronique</source>
        <translation>Courrier électronique</translation>
    </message>
</context>
<context>
    <name>FilingStatus</name>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="574"/>
        <source>À déposer</source>
        <translation>À déposer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="575"/>
        <source>Déposé</source>
        <translation>Déposé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="576"/>
        <source>Récépissé ou autorisation obtenu</source>
        <translation>Récépissé ou autorisation obtenu</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="577"/>
        <source>Modification à déclarer</source>
        <translation>Modification à déclarer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="578"/>
        <source>Fin du traitement déclarée</source>
        <translation>Fin du traitement déclarée</translation>
    </message>
</context>
<context>
    <name>Filings</name>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="103"/>
        <source>nom du traitement</source>
        <extracomment>the languages a dossier is printed in: French (the CNDP&apos;s), Arabic on request</extracomment>
        <translation>nom du traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="104"/>
        <source>finalités</source>
        <translation>finalités</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="105"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="106"/>
        <source>logiciel</source>
        <translation>logiciel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="107"/>
        <source>responsable conjoint</source>
        <translation>responsable conjoint</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="108"/>
        <source>personnes concernées</source>
        <translation>personnes concernées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="109"/>
        <source>catégories de données</source>
        <translation>catégories de données</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="110"/>
        <source>origine des données</source>
        <translation>origine des données</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="111"/>
        <source>destinataires</source>
        <translation>destinataires</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="112"/>
        <source>durées de conservation</source>
        <translation>durées de conservation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="113"/>
        <source>mesures de sécurité</source>
        <translation>mesures de sécurité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="114"/>
        <source>précisions sur la sécurité</source>
        <translation>précisions sur la sécurité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="115"/>
        <source>service d&apos;exercice des droits</source>
        <translation>service d&apos;exercice des droits</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="116"/>
        <source>interconnexions</source>
        <translation>interconnexions</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="117"/>
        <source>finalité de la collecte</source>
        <translation>finalité de la collecte</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="118"/>
        <source>sous-traitants</source>
        <translation>sous-traitants</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="119"/>
        <source>transferts à l&apos;étranger</source>
        <translation>transferts à l&apos;étranger</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="129"/>
        <source>Récépissé {number}</source>
        <translation>Récépissé {number}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="131"/>
        <source>Autorisation {number}</source>
        <translation>Autorisation {number}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="135"/>
        <source>du {date}</source>
        <translation>du {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="140"/>
        <source>Déposé le {date}</source>
        <translation>Déposé le {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="148"/>
        <source>Fin déclarée le {date}</source>
        <translation>Fin déclarée le {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="186"/>
        <source>{formality} ({form})</source>
        <translation>{formality} ({form})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="195"/>
        <source>Mettre à jour…</source>
        <translation>Mettre à jour…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="197"/>
        <source>Enregistrer le dépôt, le récépissé ou la fin de cette formalité</source>
        <translation>Enregistrer le dépôt, le récépissé ou la fin de cette formalité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="212"/>
        <source>Modifications à déclarer (loi 09-08 art. 15) : {items}</source>
        <translation>Modifications à déclarer (loi 09-08 art. 15) : {items}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="251"/>
        <source>Formalités CNDP</source>
        <extracomment>a formality&apos;s new state was recorded (the Filing): the page reads the activity again a file was saved (its path, as text), for the window&apos;s status bar</extracomment>
        <translation>Formalités CNDP</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="255"/>
        <source>Ce que la CNDP doit recevoir pour ce traitement, et où en est chaque formalité (loi 09-08 art. 12, 15 et 43-44).</source>
        <translation>Ce que la CNDP doit recevoir pour ce traitement, et où en est chaque formalité (loi 09-08 art. 12, 15 et 43-44).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="275"/>
        <source>Informations manquantes au dossier</source>
        <translation>Informations manquantes au dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="290"/>
        <source>Langue du dossier</source>
        <translation>Langue du dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="292"/>
        <source>Le français, langue de la CNDP, par défaut ; l&apos;arabe au besoin</source>
        <translation>Le français, langue de la CNDP, par défaut ; l&apos;arabe au besoin</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="300"/>
        <source>Exporter les champs (Excel)…</source>
        <translation>Exporter les champs (Excel)…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="304"/>
        <source>Préparer le dossier (PDF)…</source>
        <translation>Préparer le dossier (PDF)…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="351"/>
        <source>{formality} : {status}</source>
        <translation>{formality} : {status}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="358"/>
        <source>Formalités suivies qui ne sont plus requises : </source>
        <translation>Formalités suivies qui ne sont plus requises : </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="368"/>
        <source>Aucune : le dossier est complet.</source>
        <translation>Aucune : le dossier est complet.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="443"/>
        <source>Dossier CNDP - {name}</source>
        <translation>Dossier CNDP - {name}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="447"/>
        <source>Enregistrer le dossier</source>
        <translation>Enregistrer le dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="448"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="450"/>
        <source>Enregistrer les champs du dossier</source>
        <translation>Enregistrer les champs du dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="451"/>
        <source>Classeurs Excel (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="459"/>
        <source>Enregistré : {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="487"/>
        <source>« {name} », formulaire {form}. Le numéro du récépissé de la déclaration ou de l&apos;autorisation figure là où les données sont collectées (loi 09-08 art. 5).</source>
        <translation>« {name} », formulaire {form}. Le numéro du récépissé de la déclaration ou de l&apos;autorisation figure là où les données sont collectées (loi 09-08 art. 5).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="493"/>
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="504"/>
        <source>Déposé</source>
        <translation>Déposé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="512"/>
        <source>ex. D-443/2022, A-PO-268/2024</source>
        <translation>ex. D-443/2022, A-PO-268/2024</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="515"/>
        <source>Reçu</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="518"/>
        <source>Terminé</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="521"/>
        <source>Notes du DPO</source>
        <translation>Notes du DPO</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="526"/>
        <source>Statut *</source>
        <translation>Statut *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="527"/>
        <source>Date de dépôt</source>
        <translation>Date de dépôt</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="528"/>
        <source>Voie de dépôt</source>
        <translation>Voie de dépôt</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="531"/>
        <source>N° de récépissé ou d&apos;autorisation</source>
        <translation>N° de récépissé ou d&apos;autorisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="533"/>
        <source>Date du récépissé</source>
        <translation>Date du récépissé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="534"/>
        <source>Fin du traitement</source>
        <translation>Fin du traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="535"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="133"/>
        <source>Tout traitement de données à caractère personnel est déclaré à la CNDP avant sa mise en œuvre, sauf s&apos;il relève de l&apos;autorisation préalable</source>
        <translation>Tout traitement de données à caractère personnel est déclaré à la CNDP avant sa mise en œuvre, sauf s&apos;il relève de l&apos;autorisation préalable</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="138"/>
        <source>Le traitement porte sur des données sensibles : {categories}</source>
        <translation>Le traitement porte sur des données sensibles : {categories}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="141"/>
        <source>Le traitement porte sur des données génétiques</source>
        <translation>Le traitement porte sur des données génétiques</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="142"/>
        <source>Le traitement porte sur des infractions, condamnations ou mesures de sûreté</source>
        <translation>Le traitement porte sur des infractions, condamnations ou mesures de sûreté</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="145"/>
        <source>Le traitement utilise le numéro de la carte nationale d&apos;identité</source>
        <translation>Le traitement utilise le numéro de la carte nationale d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="148"/>
        <source>Les données sont utilisées pour une finalité autre que celle de leur collecte (collectées pour : {purpose})</source>
        <translation>Les données sont utilisées pour une finalité autre que celle de leur collecte (collectées pour : {purpose})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="153"/>
        <source>Le traitement interconnecte des fichiers : {interconnections}</source>
        <translation>Le traitement interconnecte des fichiers : {interconnections}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="156"/>
        <source>Transfert vers {country}{via} : pays absent de la liste d&apos;adéquation du registre, sans exception de la loi 09-08</source>
        <translation>Transfert vers {country}{via} : pays absent de la liste d&apos;adéquation du registre, sans exception de la loi 09-08</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="161"/>
        <source>Transfert vers {country}{via} encadré par {mechanism} : sous la loi 09-08, ces garanties sont jointes à la demande d&apos;autorisation, elles n&apos;en dispensent pas</source>
        <translation>Transfert vers {country}{via} encadré par {mechanism} : sous la loi 09-08, ces garanties sont jointes à la demande d&apos;autorisation, elles n&apos;en dispensent pas</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="166"/>
        <source>Le sous-traitant {processor} traite des données en {country}, pays absent de la liste d&apos;adéquation, et aucun transfert n&apos;y est enregistré</source>
        <translation>Le sous-traitant {processor} traite des données en {country}, pays absent de la liste d&apos;adéquation, et aucun transfert n&apos;y est enregistré</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="171"/>
        <source>loi 09-08 art. 12</source>
        <translation>loi 09-08 art. 12</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="172"/>
        <source>loi 09-08 art. 12 et 15</source>
        <translation>loi 09-08 art. 12 et 15</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="173"/>
        <source>loi 09-08 art. 43-44</source>
        <translation>loi 09-08 art. 43-44</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="174"/>
        <source>loi 09-08 art. 16-17</source>
        <translation>loi 09-08 art. 16-17</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="175"/>
        <source> (par {processor})</source>
        <translation> (par {processor})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="178"/>
        <source>Transfert vers {country}{via} sans autorisation : exception de la loi 09-08 retenue ({exception})</source>
        <translation>Transfert vers {country}{via} sans autorisation : exception de la loi 09-08 retenue ({exception})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="183"/>
        <source>Transfert vers {country}{via} : pays inscrit sur la liste d&apos;adéquation du registre</source>
        <translation>Transfert vers {country}{via} : pays inscrit sur la liste d&apos;adéquation du registre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="186"/>
        <source>La CNDP n&apos;examine la demande de transfert qu&apos;une fois le récépissé ou l&apos;autorisation du traitement obtenu</source>
        <translation>La CNDP n&apos;examine la demande de transfert qu&apos;une fois le récépissé ou l&apos;autorisation du traitement obtenu</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="191"/>
        <source>Formulaire simplifié possible si le traitement relève d&apos;une catégorie fixée par la CNDP</source>
        <translation>Formulaire simplifié possible si le traitement relève d&apos;une catégorie fixée par la CNDP</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="195"/>
        <source>Demande simplifiée (F113) possible pour les catégories fixées par la CNDP</source>
        <translation>Demande simplifiée (F113) possible pour les catégories fixées par la CNDP</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="202"/>
        <source>des clauses contractuelles types</source>
        <translation>des clauses contractuelles types</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="203"/>
        <source>des règles d&apos;entreprise contraignantes</source>
        <translation>des règles d&apos;entreprise contraignantes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="204"/>
        <source>d&apos;autres garanties contractuelles</source>
        <translation>d&apos;autres garanties contractuelles</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="57"/>
        <source>Rechercher : nom, e-mail, référence, notes…</source>
        <translation>Rechercher : nom, e-mail, référence, notes…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="59"/>
        <source>Rechercher</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="64"/>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="65"/>
        <source>Tous les statuts</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="66"/>
        <source>Ouvertes</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="67"/>
        <source>Ouvertes, à échéance sous 7 jours</source>
        <translation>Ouvertes, à échéance sous 7 jours</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="73"/>
        <source>Droit</source>
        <translation>Droit</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="74"/>
        <source>Tous les droits</source>
        <translation>Tous les droits</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="80"/>
        <source>Régime</source>
        <translation>Régime</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="81"/>
        <source>Tous les régimes</source>
        <translation>Tous les régimes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="86"/>
        <source>En retard</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="88"/>
        <source>Seulement les demandes ouvertes dont l&apos;échéance est passée</source>
        <translation>Seulement les demandes ouvertes dont l&apos;échéance est passée</translation>
    </message>
</context>
<context>
    <name>FlagKind</name>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="47"/>
        <source>Transfert non encadré</source>
        <translation>Transfert non encadré</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="48"/>
        <source>Contrat de sous-traitance manquant</source>
        <translation>Contrat de sous-traitance manquant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="49"/>
        <source>Clauses de l&apos;art. 28(3) manquantes</source>
        <translation>Clauses de l&apos;art. 28(3) manquantes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="50"/>
        <source>Revue en retard</source>
        <translation>Revue en retard</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="51"/>
        <source>Fin de contrat sans restitution ni suppression</source>
        <translation>Fin de contrat sans restitution ni suppression</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="52"/>
        <source>Autorisation préalable de la CNDP requise</source>
        <translation>Autorisation préalable de la CNDP requise</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="53"/>
        <source>Analyse d&apos;impact non réalisée</source>
        <translation>Analyse d&apos;impact non réalisée</translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="56"/>
        <source>Transfert vers un pays non reconnu adéquat ({country}) sans mécanisme enregistré (loi 09-08 art. 43-44 ; RGPD art. 44-49).</source>
        <translation>Transfert vers un pays non reconnu adéquat ({country}) sans mécanisme enregistré (loi 09-08 art. 43-44 ; RGPD art. 44-49).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="61"/>
        <source>Transfert vers {country} fondé sur l&apos;adéquation, mais ce pays ne figure pas sur la liste d&apos;adéquation du registre.</source>
        <translation>Transfert vers {country} fondé sur l&apos;adéquation, mais ce pays ne figure pas sur la liste d&apos;adéquation du registre.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="66"/>
        <source>Transfert vers {country} fondé sur des garanties contractuelles : sous la loi 09-08 elles accompagnent la demande d&apos;autorisation à la CNDP (F118) sans la remplacer ; aucune autorisation ni exception n&apos;est enregistrée (art. 43-44).</source>
        <translation>Transfert vers {country} fondé sur des garanties contractuelles : sous la loi 09-08 elles accompagnent la demande d&apos;autorisation à la CNDP (F118) sans la remplacer ; aucune autorisation ni exception n&apos;est enregistrée (art. 43-44).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="72"/>
        <source>Le sous-traitant traite des données dans un pays non reconnu adéquat ({country}) et aucun transfert n&apos;y est enregistré.</source>
        <translation>Le sous-traitant traite des données dans un pays non reconnu adéquat ({country}) et aucun transfert n&apos;y est enregistré.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="77"/>
        <source>Aucun contrat de sous-traitance signé avec ce sous-traitant actif (RGPD art. 28(3) ; loi 09-08 art. 23).</source>
        <translation>Aucun contrat de sous-traitance signé avec ce sous-traitant actif (RGPD art. 28(3) ; loi 09-08 art. 23).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="82"/>
        <source>Le contrat de sous-traitance a pris fin le {date} et le sous-traitant est toujours actif.</source>
        <translation>Le contrat de sous-traitance a pris fin le {date} et le sous-traitant est toujours actif.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="86"/>
        <source>Clauses de l&apos;article 28(3) RGPD non vérifiées dans le contrat : {clauses}.</source>
        <translation>Clauses de l&apos;article 28(3) RGPD non vérifiées dans le contrat : {clauses}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="89"/>
        <source>Revue du sous-traitant prévue le {date} : {days} jour(s) de retard.</source>
        <translation>Revue du sous-traitant prévue le {date} : {days} jour(s) de retard.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="92"/>
        <source>Dernière revue du traitement le {date}, il y a plus de {months} mois (politique interne ; RGPD art. 24(1)).</source>
        <translation>Dernière revue du traitement le {date}, il y a plus de {months} mois (politique interne ; RGPD art. 24(1)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="97"/>
        <source>Traitement inscrit le {date} et jamais revu depuis plus de {months} mois (politique interne ; RGPD art. 24(1)).</source>
        <translation>Traitement inscrit le {date} et jamais revu depuis plus de {months} mois (politique interne ; RGPD art. 24(1)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="102"/>
        <source>Contrat terminé le {date} sans restitution ni suppression des données enregistrée (RGPD art. 28(3)(g)).</source>
        <translation>Contrat terminé le {date} sans restitution ni suppression des données enregistrée (RGPD art. 28(3)(g)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="107"/>
        <source>Le traitement porte sur des données soumises à autorisation préalable (loi 09-08 art. 12) mais relève du régime de la déclaration.</source>
        <translation>Le traitement porte sur des données soumises à autorisation préalable (loi 09-08 art. 12) mais relève du régime de la déclaration.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="112"/>
        <source>Une analyse d&apos;impact est requise mais n&apos;a pas été réalisée (RGPD art. 35).</source>
        <translation>Une analyse d&apos;impact est requise mais n&apos;a pas été réalisée (RGPD art. 35).</translation>
    </message>
</context>
<context>
    <name>FormalityKind</name>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="83"/>
        <source>Déclaration préalable</source>
        <translation>Déclaration préalable</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="84"/>
        <source>Autorisation préalable</source>
        <translation>Autorisation préalable</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="85"/>
        <source>Autorisation de transfert à l&apos;étranger</source>
        <translation>Autorisation de transfert à l&apos;étranger</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="90"/>
        <source>Loi 09-08 art. 12 et 15</source>
        <translation>Loi 09-08 art. 12 et 15</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="91"/>
        <source>Loi 09-08 art. 12</source>
        <translation>Loi 09-08 art. 12</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="92"/>
        <source>Loi 09-08 art. 43-44</source>
        <translation>Loi 09-08 art. 43-44</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/formatting.py" line="136"/>
        <source>%n j de retard</source>
        <translation>
            <numerusform>%n j de retard</numerusform>
            <numerusform>%n j de retard</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/formatting.py" line="138"/>
        <source>Aujourd&apos;hui</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/formatting.py" line="140"/>
        <source>Demain</source>
        <translation>Demain</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/formatting.py" line="141"/>
        <source>Dans %n j</source>
        <translation>
            <numerusform>Dans %n j</numerusform>
            <numerusform>Dans %n j</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/formatting.py" line="152"/>
        <source>Aucune demande ouverte ne change d&apos;échéance.</source>
        <translation>Aucune demande ouverte ne change d&apos;échéance.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/formatting.py" line="156"/>
        <source>%n demande ouverte a une nouvelle échéance.</source>
        <translation>
            <numerusform>%n demande ouverte a une nouvelle échéance.</numerusform>
            <numerusform>%n demande ouverte a une nouvelle échéance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/formatting.py" line="159"/>
        <source>%n demandes ouvertes ont une nouvelle échéance.</source>
        <translation>
            <numerusform>%n demandes ouvertes ont une nouvelle échéance.</numerusform>
            <numerusform>%n demandes ouvertes ont une nouvelle échéance.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GdprHolidaysCard</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/gdpr_holidays.py" line="34"/>
        <location filename="../../dpo_desk/ui/settings/gdpr_holidays.py" line="38"/>
        <source>Jours fériés comptés pour les délais du RGPD</source>
        <extracomment>how many open requests&apos; due dates the last save moved</extracomment>
        <translation>Jours fériés comptés pour les délais du RGPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/gdpr_holidays.py" line="40"/>
        <source>Aucun (samedis et dimanches seulement)</source>
        <translation>Aucun (samedis et dimanches seulement)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/gdpr_holidays.py" line="54"/>
        <source>Règlement 1182/71 : seuls les jours fériés de l&apos;État membre où l&apos;acte est accompli comptent, par exemple celui du représentant de l&apos;organisation dans l&apos;UE. Les jours fériés marocains ne reportent pas un délai du RGPD.</source>
        <translation>Règlement 1182/71 : seuls les jours fériés de l&apos;État membre où l&apos;acte est accompli comptent, par exemple celui du représentant de l&apos;organisation dans l&apos;UE. Les jours fériés marocains ne reportent pas un délai du RGPD.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/gdpr_holidays.py" line="110"/>
        <source>Délais du RGPD : jours fériés de l&apos;État membre {state} comptés.</source>
        <translation>Délais du RGPD : jours fériés de l&apos;État membre {state} comptés.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/gdpr_holidays.py" line="114"/>
        <source>Délais du RGPD : seuls les samedis et dimanches sont comptés.</source>
        <translation>Délais du RGPD : seuls les samedis et dimanches sont comptés.</translation>
    </message>
</context>
<context>
    <name>HolidaySource</name>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="116"/>
        <source>Calendrier officiel</source>
        <translation>Calendrier officiel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="117"/>
        <source>Fête lunaire</source>
        <translation>Fête lunaire</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="118"/>
        <source>Saisi par l&apos;utilisateur</source>
        <translation>Saisi par l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="119"/>
        <source>Fermeture de l&apos;organisation</source>
        <translation>Fermeture de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="120"/>
        <source>État membre de l&apos;UE</source>
        <translation>État membre de l&apos;UE</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="123"/>
        <source>estimé</source>
        <translation>estimé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="124"/>
        <source>confirmé</source>
        <translation>confirmé</translation>
    </message>
</context>
<context>
    <name>Identifiability</name>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="152"/>
        <source>Négligeable</source>
        <translation>Négligeable</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="153"/>
        <source>Limitée</source>
        <translation>Limitée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="154"/>
        <source>Importante</source>
        <translation>Importante</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="155"/>
        <source>Maximale</source>
        <translation>Maximale</translation>
    </message>
</context>
<context>
    <name>IdentityProof</name>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="169"/>
        <source>Réponses à des questions sur le compte ou la relation</source>
        <translation>Réponses à des questions sur le compte ou la relation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="172"/>
        <source>Confirmation depuis l&apos;adresse e-mail déjà connue</source>
        <translation>Confirmation depuis l&apos;adresse e-mail déjà connue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="175"/>
        <source>Présentation de la CNIE sur place (aucune copie gardée)</source>
        <translation>Présentation de la CNIE sur place (aucune copie gardée)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="178"/>
        <source>Copie d&apos;une pièce d&apos;identité, masquée sauf l&apos;utile</source>
        <translation>Copie d&apos;une pièce d&apos;identité, masquée sauf l&apos;utile</translation>
    </message>
</context>
<context>
    <name>IdentitySettingsCard</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/identity.py" line="35"/>
        <source>Justificatif d&apos;identité</source>
        <translation>Justificatif d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/identity.py" line="37"/>
        <source>En cas de doute raisonnable sur l&apos;identité du demandeur (RGPD art. 12.6), le courrier de demande de justificatif ne réclame que ce qui suffit à lever le doute : une copie de la CNIE seulement si une vérification plus légère ne suffit pas (RGPD art. 5.1.c ; loi 09-08 art. 3).</source>
        <translation>En cas de doute raisonnable sur l&apos;identité du demandeur (RGPD art. 12.6), le courrier de demande de justificatif ne réclame que ce qui suffit à lever le doute : une copie de la CNIE seulement si une vérification plus légère ne suffit pas (RGPD art. 5.1.c ; loi 09-08 art. 3).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/identity.py" line="49"/>
        <location filename="../../dpo_desk/ui/settings/identity.py" line="55"/>
        <source>Justificatif demandé</source>
        <translation>Justificatif demandé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/identity.py" line="58"/>
        <source> jour(s)</source>
        <translation> jour(s)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/identity.py" line="59"/>
        <location filename="../../dpo_desk/ui/settings/identity.py" line="60"/>
        <source>Suppression des copies, au plus tard</source>
        <translation>Suppression des copies, au plus tard</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/identity.py" line="65"/>
        <source>Politique interne, pas un délai légal : une copie de pièce d&apos;identité est supprimée dès la vérification faite, et au plus tard ce nombre de jours après, ou à la clôture de la demande si elle vient avant. La revue des durées de conservation propose les copies arrivées à ce terme. Le courrier énonce la même règle.</source>
        <translation>Politique interne, pas un délai légal : une copie de pièce d&apos;identité est supprimée dès la vérification faite, et au plus tard ce nombre de jours après, ou à la clôture de la demande si elle vient avant. La revue des durées de conservation propose les copies arrivées à ce terme. Le courrier énonce la même règle.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/identity.py" line="75"/>
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/identity.py" line="112"/>
        <source>Justificatif d&apos;identité enregistré.</source>
        <translation>Justificatif d&apos;identité enregistré.</translation>
    </message>
</context>
<context>
    <name>IdentityStatus</name>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="189"/>
        <source>Non requise</source>
        <translation>Non requise</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="190"/>
        <source>Justificatif demandé</source>
        <translation>Justificatif demandé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="191"/>
        <source>Identité vérifiée</source>
        <translation>Identité vérifiée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="192"/>
        <source>Identité non vérifiée</source>
        <translation>Identité non vérifiée</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="97"/>
        <source>Importer un fichier Excel</source>
        <translation>Importer un fichier Excel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="110"/>
        <source>Retour</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="113"/>
        <source>Suivant</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="116"/>
        <source>Importer</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="119"/>
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="133"/>
        <source>L&apos;import n&apos;est pas encore disponible pour ce registre.</source>
        <translation>L&apos;import n&apos;est pas encore disponible pour ce registre.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="142"/>
        <source>Importer depuis un classeur Excel (.xlsx)</source>
        <translation>Importer depuis un classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="146"/>
        <source>Chaque ligne du classeur devient une entrée du registre. Les colonnes sont reconnues d&apos;après leur en-tête ; vous pourrez corriger l&apos;association avant l&apos;import. Rien n&apos;est enregistré tant que le fichier contient des erreurs, sauf si vous choisissez d&apos;ignorer les lignes invalides.</source>
        <translation>Chaque ligne du classeur devient une entrée du registre. Les colonnes sont reconnues d&apos;après leur en-tête ; vous pourrez corriger l&apos;association avant l&apos;import. Rien n&apos;est enregistré tant que le fichier contient des erreurs, sauf si vous choisissez d&apos;ignorer les lignes invalides.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="155"/>
        <source>Choisir le fichier…</source>
        <translation>Choisir le fichier…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="161"/>
        <source>Lire aussi les feuilles masquées</source>
        <translation>Lire aussi les feuilles masquées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="176"/>
        <source>Vérifiez à quel champ correspond chaque colonne. Les champs marqués * sont obligatoires ; un champ ne peut recevoir qu&apos;une colonne.</source>
        <translation>Vérifiez à quel champ correspond chaque colonne. Les champs marqués * sont obligatoires ; un champ ne peut recevoir qu&apos;une colonne.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="184"/>
        <source>Colonne du classeur</source>
        <translation>Colonne du classeur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="184"/>
        <source>Exemples de valeurs</source>
        <translation>Exemples de valeurs</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="184"/>
        <source>Champ</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="204"/>
        <source>Rapport de validation</source>
        <translation>Rapport de validation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="211"/>
        <source>Feuille</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="211"/>
        <source>Ligne</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="211"/>
        <source>Colonne</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="211"/>
        <source>Problème</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="218"/>
        <source>Ignorer les lignes invalides et importer les autres</source>
        <translation>Ignorer les lignes invalides et importer les autres</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="224"/>
        <source>Ignorer ces lignes (garder le registre)</source>
        <translation>Ignorer ces lignes (garder le registre)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="225"/>
        <source>Mettre à jour les entrées existantes</source>
        <translation>Mettre à jour les entrées existantes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="237"/>
        <source>Import terminé</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="268"/>
        <source>Choisir le classeur</source>
        <translation>Choisir le classeur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="280"/>
        <source>Lecture de « %1 »…</source>
        <translation>Lecture de « %1 »…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="314"/>
        <source>Feuille « {sheet} » : %n ligne(s)</source>
        <translation>
            <numerusform>Feuille « {sheet} » : %n ligne</numerusform>
            <numerusform>Feuille « {sheet} » : %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="329"/>
        <source>→ notes</source>
        <translation>→ notes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="377"/>
        <source>Pour lire les feuilles masquées, cochez « Lire aussi les feuilles masquées » et choisissez à nouveau le fichier.</source>
        <translation>Pour lire les feuilles masquées, cochez « Lire aussi les feuilles masquées » et choisissez à nouveau le fichier.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="383"/>
        <source>Colonne « {column} » → notes</source>
        <translation>Colonne « {column} » → notes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="390"/>
        <source>Colonnes non reconnues, leurs valeurs ne seront pas importées : {columns}. Associez-les à un champ ou choisissez « → notes ».</source>
        <translation>Colonnes non reconnues, leurs valeurs ne seront pas importées : {columns}. Associez-les à un champ ou choisissez « → notes ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="397"/>
        <source>Colonnes non importées (calculées ou saisies dans l&apos;application) : {columns}.</source>
        <translation>Colonnes non importées (calculées ou saisies dans l&apos;application) : {columns}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="406"/>
        <source>{valid}, {invalid}, {duplicates}.</source>
        <translation>{valid}, {invalid}, {duplicates}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="407"/>
        <source>%n ligne(s) valide(s)</source>
        <translation>
            <numerusform>%n ligne valide</numerusform>
            <numerusform>%n lignes valides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="408"/>
        <source>%n ligne(s) invalide(s)</source>
        <translation>
            <numerusform>%n ligne invalide</numerusform>
            <numerusform>%n lignes invalides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="409"/>
        <source>%n déjà dans le registre</source>
        <translation>
            <numerusform>%n déjà dans le registre</numerusform>
            <numerusform>%n déjà dans le registre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="446"/>
        <source>%n ligne(s) porte(nt) la référence d&apos;une demande déjà enregistrée :</source>
        <translation>
            <numerusform>%n ligne porte la référence d&apos;une demande déjà enregistrée :</numerusform>
            <numerusform>%n lignes portent la référence d&apos;une demande déjà enregistrée :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="452"/>
        <source>%n ligne(s) porte(nt) le nom d&apos;une entrée déjà présente dans le registre :</source>
        <translation>
            <numerusform>%n ligne porte le nom d&apos;une entrée déjà présente dans le registre :</numerusform>
            <numerusform>%n lignes portent le nom d&apos;une entrée déjà présente dans le registre :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="478"/>
        <source>{created}, {updated}, {skipped}.</source>
        <translation>{created}, {updated}, {skipped}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="479"/>
        <source>%n entrée(s) créée(s)</source>
        <translation>
            <numerusform>%n entrée créée</numerusform>
            <numerusform>%n entrées créées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="480"/>
        <source>%n mise(s) à jour</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="481"/>
        <source>%n ligne(s) ignorée(s)</source>
        <translation>
            <numerusform>%n ligne ignorée</numerusform>
            <numerusform>%n lignes ignorées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="323"/>
        <source>(sans en-tête)</source>
        <translation>(sans en-tête)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="270"/>
        <source>Classeur Excel (*.xlsx *.xlsm)</source>
        <translation>Classeur Excel (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="328"/>
        <source>— ignorer —</source>
        <translation>— ignorer —</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="421"/>
        <source>Le fichier est prêt à être importé.</source>
        <translation>Le fichier est prêt à être importé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="424"/>
        <source>Rien ne sera importé tant que ces lignes ne sont pas corrigées, sauf si vous choisissez de les ignorer.</source>
        <translation>Rien ne sera importé tant que ces lignes ne sont pas corrigées, sauf si vous choisissez de les ignorer.</translation>
    </message>
</context>
<context>
    <name>ImportNotice</name>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="86"/>
        <source>Macros ignorées : le classeur en contient, elles ne sont ni lues ni exécutées.</source>
        <translation>Macros ignorées : le classeur en contient, elles ne sont ni lues ni exécutées.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="90"/>
        <source>Feuille masquée « {sheet} » non lue : elle peut être importée sur demande.</source>
        <translation>Feuille masquée « {sheet} » non lue : elle peut être importée sur demande.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="94"/>
        <source>Feuille « {sheet} » : la ligne {group} regroupe des colonnes ; les en-têtes sont ceux de la ligne {row}.</source>
        <translation>Feuille « {sheet} » : la ligne {group} regroupe des colonnes ; les en-têtes sont ceux de la ligne {row}.</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_values.py" line="17"/>
        <source>Formule sans valeur calculée : ouvrez le classeur dans Excel, enregistrez-le, ou remplacez la formule par sa valeur.</source>
        <translation>Formule sans valeur calculée : ouvrez le classeur dans Excel, enregistrez-le, ou remplacez la formule par sa valeur.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_values.py" line="22"/>
        <source>« {value} » n&apos;est pas une date (attendu : JJ/MM/AAAA ou AAAA-MM-JJ).</source>
        <translation>« {value} » n&apos;est pas une date (attendu : JJ/MM/AAAA ou AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_values.py" line="25"/>
        <source>La date « {value} » n&apos;existe pas dans le calendrier.</source>
        <translation>La date « {value} » n&apos;existe pas dans le calendrier.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_values.py" line="28"/>
        <source>« {value} » n&apos;est pas une réponse oui/non (Oui, Non, X, 1, 0).</source>
        <translation>« {value} » n&apos;est pas une réponse oui/non (Oui, Non, X, 1, 0).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_values.py" line="31"/>
        <source>« {value} » n&apos;est pas une valeur reconnue pour cette colonne.</source>
        <translation>« {value} » n&apos;est pas une valeur reconnue pour cette colonne.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_values.py" line="34"/>
        <source>Colonne sans en-tête (cellule fusionnée ?) : associez-la à un champ ou ignorez-la.</source>
        <translation>Colonne sans en-tête (cellule fusionnée ?) : associez-la à un champ ou ignorez-la.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="78"/>
        <source>Doublon dans le fichier : même référence qu&apos;à la ligne {row}.</source>
        <translation>Doublon dans le fichier : même référence qu&apos;à la ligne {row}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="81"/>
        <source>Valeur obligatoire manquante.</source>
        <translation>Valeur obligatoire manquante.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="82"/>
        <source>Doublon dans le fichier : même nom qu&apos;à la ligne {row}.</source>
        <translation>Doublon dans le fichier : même nom qu&apos;à la ligne {row}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="85"/>
        <source>« {value} » : attendu « {expected} » (parties séparées par « — »).</source>
        <translation>« {value} » : attendu « {expected} » (parties séparées par « — »).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="88"/>
        <source>« {value} » : durée illisible (ex. « 3 ans après la fin du contrat »).</source>
        <translation>« {value} » : durée illisible (ex. « 3 ans après la fin du contrat »).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="91"/>
        <source>Demande clôturée sans date de clôture : indiquez la date de clôture.</source>
        <translation>Demande clôturée sans date de clôture : indiquez la date de clôture.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="94"/>
        <source>Date de clôture ({value}) pour une demande au statut « Nouvelle » : indiquez le statut de la demande ou retirez la date.</source>
        <translation>Date de clôture ({value}) pour une demande au statut « Nouvelle » : indiquez le statut de la demande ou retirez la date.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="99"/>
        <source>« {value} » n&apos;est pas une référence DSR-AAAA-NNNN et la référence externe de la ligne est déjà « {external} ».</source>
        <translation>« {value} » n&apos;est pas une référence DSR-AAAA-NNNN et la référence externe de la ligne est déjà « {external} ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="104"/>
        <source>Doublon dans le fichier : même référence externe qu&apos;à la ligne {row}.</source>
        <translation>Doublon dans le fichier : même référence externe qu&apos;à la ligne {row}.</translation>
    </message>
</context>
<context>
    <name>JournalAction</name>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="31"/>
        <source>Création</source>
        <translation>Création</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="32"/>
        <source>Modification</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="33"/>
        <source>Suppression</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="34"/>
        <source>Changement de statut</source>
        <translation>Changement de statut</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="35"/>
        <source>Justificatif d&apos;identité demandé</source>
        <translation>Justificatif d&apos;identité demandé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="36"/>
        <source>Vérification d&apos;identité</source>
        <translation>Vérification d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="37"/>
        <source>Prorogation du délai</source>
        <translation>Prorogation du délai</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="38"/>
        <source>Réponse</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="39"/>
        <source>Refus</source>
        <translation>Refus</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="40"/>
        <source>Retrait</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="41"/>
        <source>Clôture</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="42"/>
        <source>Pièce jointe ajoutée</source>
        <translation>Pièce jointe ajoutée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="43"/>
        <source>Échéance recalculée</source>
        <translation>Échéance recalculée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="44"/>
        <source>Déverrouillage</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="45"/>
        <source>Nature et étendue</source>
        <translation>Nature et étendue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="46"/>
        <source>Évaluation du risque</source>
        <translation>Évaluation du risque</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="47"/>
        <source>Décision de ne pas notifier</source>
        <translation>Décision de ne pas notifier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="48"/>
        <source>Notification à l&apos;autorité</source>
        <translation>Notification à l&apos;autorité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="49"/>
        <source>Communication aux personnes</source>
        <translation>Communication aux personnes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="50"/>
        <source>Déclaration DGSSI</source>
        <translation>Déclaration DGSSI</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="51"/>
        <source>Événement de la chronologie</source>
        <translation>Événement de la chronologie</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="52"/>
        <source>Mesures correctrices</source>
        <translation>Mesures correctrices</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="53"/>
        <source>Lien ajouté</source>
        <translation>Lien ajouté</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="54"/>
        <source>Lien retiré</source>
        <translation>Lien retiré</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="55"/>
        <source>Sauvegarde</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="56"/>
        <source>Restauration</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="57"/>
        <source>Changement de phrase secrète</source>
        <translation>Changement de phrase secrète</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="58"/>
        <source>Effacement (durée de conservation)</source>
        <translation>Effacement (durée de conservation)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="59"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="60"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="61"/>
        <source>Courrier</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="62"/>
        <source>Modèle par défaut rétabli</source>
        <translation>Modèle par défaut rétabli</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="63"/>
        <source>Mise à jour du schéma</source>
        <translation>Mise à jour du schéma</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="64"/>
        <source>Pièce jointe supprimée</source>
        <translation>Pièce jointe supprimée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="65"/>
        <source>Journal différent du sceau de ce poste</source>
        <translation>Journal différent du sceau de ce poste</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="66"/>
        <source>Sauvegardes rechiffrées</source>
        <translation>Sauvegardes rechiffrées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="69"/>
        <source>Formalité CNDP</source>
        <translation>Formalité CNDP</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="70"/>
        <source>Modification à déclarer à la CNDP</source>
        <translation>Modification à déclarer à la CNDP</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="72"/>
        <source>Validation du courrier</source>
        <translation>Validation du courrier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="73"/>
        <source>Émission du courrier</source>
        <translation>Émission du courrier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="74"/>
        <source>Exception à la communication (art. 34(3))</source>
        <translation>Exception à la communication (art. 34(3))</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="78"/>
        <source>Fin du contrat</source>
        <translation>Fin du contrat</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="79"/>
        <source>Sort des données</source>
        <translation>Sort des données</translation>
    </message>
</context>
<context>
    <name>JournalChanges</name>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="727"/>
        <source>{holiday}, premier jour le {first_day} (confirmé le {confirmed_on})</source>
        <translation>{holiday}, premier jour le {first_day} (confirmé le {confirmed_on})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="736"/>
        <source>{date} ({name})</source>
        <translation>{date} ({name})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="697"/>
        <location filename="../../dpo_desk/domain/journal.py" line="750"/>
        <source>{field} : {before} → {after}</source>
        <translation>{field} : {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="567"/>
        <source>{field} ({authority}, {language})</source>
        <translation>{field} ({authority}, {language})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="655"/>
        <location filename="../../dpo_desk/domain/journal.py" line="705"/>
        <location filename="../../dpo_desk/domain/journal.py" line="765"/>
        <source>{field} : {value}</source>
        <translation>{field} : {value}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="82"/>
        <source> ; </source>
        <translation> ; </translation>
    </message>
</context>
<context>
    <name>JournalEntity</name>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="83"/>
        <source>Registre</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="84"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="85"/>
        <source>Demande</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="86"/>
        <source>Violation</source>
        <translation>Violation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="87"/>
        <source>Traitement</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="88"/>
        <source>Sous-traitant</source>
        <translation>Sous-traitant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="89"/>
        <source>Transfert</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="90"/>
        <source>Courrier</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="91"/>
        <source>Modèle de courrier</source>
        <translation>Modèle de courrier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="92"/>
        <source>Politique de délais</source>
        <translation>Politique de délais</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="93"/>
        <source>Calendrier</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="94"/>
        <source>Règles de calcul des délais</source>
        <translation>Règles de calcul des délais</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="95"/>
        <source>Paramètres</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="96"/>
        <source>Liste d&apos;adéquation</source>
        <translation>Liste d&apos;adéquation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="97"/>
        <source>Période de revue des traitements</source>
        <translation>Période de revue des traitements</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="98"/>
        <source>Adresses des autorités</source>
        <translation>Adresses des autorités</translation>
    </message>
</context>
<context>
    <name>JournalField</name>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="238"/>
        <source>Règle de l&apos;échéance</source>
        <translation>Règle de l&apos;échéance</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="239"/>
        <source>Régime de l&apos;échéance</source>
        <translation>Régime de l&apos;échéance</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="243"/>
        <source>Règle du délai</source>
        <translation>Règle du délai</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="244"/>
        <source>Autorité</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="250"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="251"/>
        <source>Envoyée le</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="252"/>
        <source>Tardive</source>
        <translation>Tardive</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="253"/>
        <source>Obligation remplie</source>
        <translation>Obligation remplie</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="254"/>
        <source>Personnes informées</source>
        <translation>Personnes informées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="255"/>
        <source>Communication publique</source>
        <translation>Communication publique</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="260"/>
        <location filename="../../dpo_desk/domain/journal.py" line="275"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="256"/>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="257"/>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="258"/>
        <source>Décision de ne pas notifier</source>
        <translation>Décision de ne pas notifier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="264"/>
        <source>Méthode</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="265"/>
        <source>Facteurs de risque</source>
        <translation>Facteurs de risque</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="266"/>
        <source>Gravité</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="267"/>
        <source>Risque calculé</source>
        <translation>Risque calculé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="330"/>
        <source>Règle des quatre yeux (courriers)</source>
        <translation>Règle des quatre yeux (courriers)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="241"/>
        <source>Soumise au RGPD</source>
        <translation>Soumise au RGPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="242"/>
        <source>Soumise à la loi 09-08</source>
        <translation>Soumise à la loi 09-08</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="331"/>
        <source>Délai interne (jours)</source>
        <translation>Délai interne (jours)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="333"/>
        <source>Délai de rectification (jours francs)</source>
        <translation>Délai de rectification (jours francs)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="335"/>
        <source>Jours francs stricts (J+11)</source>
        <translation>Jours francs stricts (J+11)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="337"/>
        <source>Suspension pendant la vérification d&apos;identité</source>
        <translation>Suspension pendant la vérification d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="302"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="304"/>
        <source>Fichier</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="306"/>
        <source>Taille (octets)</source>
        <translation>Taille (octets)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="308"/>
        <source>Sauvegarde du jour</source>
        <translation>Sauvegarde du jour</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="309"/>
        <location filename="../../dpo_desk/domain/journal.py" line="329"/>
        <source>Copies gardées</source>
        <translation>Copies gardées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="314"/>
        <source>Nombre</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="315"/>
        <source>Créées</source>
        <translation>Créées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="316"/>
        <source>Mises à jour</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="290"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="268"/>
        <source>Identifiabilité</source>
        <translation>Identifiabilité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="269"/>
        <source>Vraisemblance des conséquences</source>
        <translation>Vraisemblance des conséquences</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="270"/>
        <source>Intention malveillante</source>
        <translation>Intention malveillante</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="272"/>
        <source>Finalité</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="273"/>
        <source>Base légale</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="274"/>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="276"/>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="277"/>
        <source>Catégorie</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="278"/>
        <source>Durée</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="279"/>
        <source>Unité</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="280"/>
        <source>Point de départ</source>
        <translation>Point de départ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="281"/>
        <source>Portée</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="283"/>
        <source>Formalité</source>
        <translation>Formalité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="284"/>
        <source>Déposée le</source>
        <translation>Déposée le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="285"/>
        <source>Récépissé</source>
        <translation>Récépissé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="286"/>
        <source>Date du récépissé</source>
        <translation>Date du récépissé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="287"/>
        <source>Éléments à déclarer</source>
        <translation>Éléments à déclarer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="288"/>
        <source>Mode de dépôt</source>
        <translation>Mode de dépôt</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="291"/>
        <source>Type de courrier</source>
        <translation>Type de courrier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="293"/>
        <source>Rédigé par</source>
        <translation>Rédigé par</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="294"/>
        <source>Destinataire</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="295"/>
        <source>Texte</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="296"/>
        <source>Validée par</source>
        <translation>Validée par</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="298"/>
        <source>Usage de la pièce</source>
        <translation>Usage de la pièce</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="299"/>
        <source>Type de fichier</source>
        <translation>Type de fichier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="300"/>
        <source>Motif</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="303"/>
        <source>Mis à jour depuis la version</source>
        <translation>Mis à jour depuis la version</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="305"/>
        <source>Restauré depuis</source>
        <translation>Restauré depuis</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="307"/>
        <source>Chiffrement</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="310"/>
        <source>Trousseau du système</source>
        <translation>Trousseau du système</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="311"/>
        <source>Sauvegardes rechiffrées</source>
        <translation>Sauvegardes rechiffrées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="312"/>
        <source>Échecs</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="313"/>
        <source>Contenu exporté</source>
        <translation>Contenu exporté</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="317"/>
        <source>Ignorées</source>
        <translation>Ignorées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="318"/>
        <source>Mode d&apos;effacement</source>
        <translation>Mode d&apos;effacement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="319"/>
        <source>Conservé jusqu&apos;au</source>
        <translation>Conservé jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="320"/>
        <source>Pièces jointes effacées</source>
        <translation>Pièces jointes effacées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="321"/>
        <source>Entrées connues de ce poste</source>
        <translation>Entrées connues de ce poste</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="322"/>
        <source>Empreinte connue de ce poste</source>
        <translation>Empreinte connue de ce poste</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="323"/>
        <source>Empreinte de tête</source>
        <translation>Empreinte de tête</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="325"/>
        <source>Champs modifiés</source>
        <translation>Champs modifiés</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="327"/>
        <source>Verrouillage automatique (minutes)</source>
        <translation>Verrouillage automatique (minutes)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="339"/>
        <source>Conservation des demandes (années)</source>
        <translation>Conservation des demandes (années)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="340"/>
        <source>Conservation des violations (années)</source>
        <translation>Conservation des violations (années)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="341"/>
        <source>Preuve d&apos;identité demandée</source>
        <translation>Preuve d&apos;identité demandée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="342"/>
        <source>Conservation des copies (jours)</source>
        <translation>Conservation des copies (jours)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="343"/>
        <source>Période de revue (mois)</source>
        <translation>Période de revue (mois)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="344"/>
        <source>Pays ajoutés</source>
        <translation>Pays ajoutés</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="345"/>
        <source>Pays retirés</source>
        <translation>Pays retirés</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="354"/>
        <source>Nom de l&apos;organisation</source>
        <translation>Nom de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="355"/>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="356"/>
        <source>Ville</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="357"/>
        <source>Nom du DPO</source>
        <translation>Nom du DPO</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="358"/>
        <source>E-mail du DPO</source>
        <translation>E-mail du DPO</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="359"/>
        <source>Téléphone du DPO</source>
        <translation>Téléphone du DPO</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="360"/>
        <source>Fuseau horaire</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="361"/>
        <source>Identifiants légaux</source>
        <translation>Identifiants légaux</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="362"/>
        <source>Signataire</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="363"/>
        <source>Représentant au Maroc</source>
        <translation>Représentant au Maroc</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="410"/>
        <source>décidée</source>
        <translation>décidée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="486"/>
        <source>Jour férié ajouté</source>
        <translation>Jour férié ajouté</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="487"/>
        <source>Ajout de jour férié annulé</source>
        <translation>Ajout de jour férié annulé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="490"/>
        <source>Fermeture ajoutée</source>
        <translation>Fermeture ajoutée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="491"/>
        <source>Fermeture annulée</source>
        <translation>Fermeture annulée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="494"/>
        <source>Jour férié officiel retiré</source>
        <translation>Jour férié officiel retiré</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="495"/>
        <source>Jour férié officiel rétabli</source>
        <translation>Jour férié officiel rétabli</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="498"/>
        <source>Fête lunaire confirmée</source>
        <translation>Fête lunaire confirmée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="499"/>
        <source>Confirmation annulée</source>
        <translation>Confirmation annulée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="553"/>
        <source>Adresse de l&apos;autorité</source>
        <translation>Adresse de l&apos;autorité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="347"/>
        <source>Jours fériés des délais du RGPD</source>
        <translation>Jours fériés des délais du RGPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="348"/>
        <source>Version des règles</source>
        <translation>Version des règles</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="349"/>
        <source>Demandes ouvertes dont l&apos;échéance a changé</source>
        <translation>Demandes ouvertes dont l&apos;échéance a changé</translation>
    </message>
</context>
<context>
    <name>JournalSection</name>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="262"/>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="131"/>
        <source>Date et heure</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="132"/>
        <source>Auteur</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="133"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="134"/>
        <source>Objet</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="135"/>
        <source>Détail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/__init__.py" line="125"/>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="177"/>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="243"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="181"/>
        <source>Vérifier la chaîne</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="193"/>
        <source>Chaque modification du registre, avec son auteur et l&apos;heure. Les entrées sont chaînées : une entrée modifiée, supprimée ou insérée après coup rompt la chaîne à cet endroit. Les données personnelles n&apos;y sont pas recopiées : le journal dit qu&apos;elles ont changé, pas leur contenu.</source>
        <translation>Chaque modification du registre, avec son auteur et l&apos;heure. Les entrées sont chaînées : une entrée modifiée, supprimée ou insérée après coup rompt la chaîne à cet endroit. Les données personnelles n&apos;y sont pas recopiées : le journal dit qu&apos;elles ont changé, pas leur contenu.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="207"/>
        <source>Référence (DSR-…, VIO-…)</source>
        <translation>Référence (DSR-…, VIO-…)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="278"/>
        <source>Tous les objets</source>
        <translation>Tous les objets</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="279"/>
        <source>Toutes les actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="280"/>
        <source>Tous les auteurs</source>
        <translation>Tous les auteurs</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/sections/journal.py" line="303"/>
        <source>%n entrée(s)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/sections/journal.py" line="316"/>
        <source>Chaîne intacte : %n entrée(s) vérifiée(s). Empreinte de tête : {head}</source>
        <translation>
            <numerusform>Chaîne intacte : %n entrée vérifiée. Empreinte de tête : {head}</numerusform>
            <numerusform>Chaîne intacte : %n entrées vérifiées. Empreinte de tête : {head}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="322"/>
        <source>Journal vérifié : chaîne intacte.</source>
        <translation>Journal vérifié : chaîne intacte.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="326"/>
        <source>Chaîne rompue à l&apos;entrée n° {entry} : le journal a été modifié en dehors de DPO Desk à partir de cet endroit. Conservez ce fichier tel quel et comparez-le à votre dernière sauvegarde.</source>
        <translation>Chaîne rompue à l&apos;entrée n° {entry} : le journal a été modifié en dehors de DPO Desk à partir de cet endroit. Conservez ce fichier tel quel et comparez-le à votre dernière sauvegarde.</translation>
    </message>
</context>
<context>
    <name>JournalValue</name>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="369"/>
        <source>Classeur Excel : tous les registres</source>
        <translation>Classeur Excel : tous les registres</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="370"/>
        <source>Classeur Excel : demandes</source>
        <translation>Classeur Excel : demandes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="371"/>
        <source>Classeur Excel : violations</source>
        <translation>Classeur Excel : violations</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="372"/>
        <source>Classeur Excel : traitements</source>
        <translation>Classeur Excel : traitements</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="373"/>
        <source>Classeur Excel : sous-traitants</source>
        <translation>Classeur Excel : sous-traitants</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="374"/>
        <source>Classeur Excel : transferts</source>
        <translation>Classeur Excel : transferts</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="375"/>
        <source>Classeur Excel : journal d&apos;audit</source>
        <translation>Classeur Excel : journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="378"/>
        <source>phrase secrète du registre</source>
        <translation>phrase secrète du registre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="379"/>
        <source>autre phrase secrète</source>
        <translation>autre phrase secrète</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="382"/>
        <source>phrase secrète mémorisée</source>
        <translation>phrase secrète mémorisée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="383"/>
        <source>phrase secrète non mémorisée</source>
        <translation>phrase secrète non mémorisée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="386"/>
        <source>suppression</source>
        <translation>suppression</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="387"/>
        <source>anonymisation</source>
        <translation>anonymisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="390"/>
        <source>justificatif d&apos;identité</source>
        <translation>justificatif d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="391"/>
        <source>autre</source>
        <translation>autre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="394"/>
        <source>Méthode ENISA (2013), pondérée par la vraisemblance</source>
        <translation>Méthode ENISA (2013), pondérée par la vraisemblance</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="399"/>
        <source>français</source>
        <translation>français</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="400"/>
        <source>arabe</source>
        <translation>arabe</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="401"/>
        <source>anglais</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="411"/>
        <source>modèle par défaut</source>
        <translation>modèle par défaut</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="412"/>
        <source>effacé</source>
        <translation>effacé</translation>
    </message>
</context>
<context>
    <name>LanguageCard</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/language.py" line="32"/>
        <location filename="../../dpo_desk/ui/settings/language.py" line="41"/>
        <source>Langue de l&apos;interface</source>
        <extracomment>the user chose &quot;Restart now&quot;: the window should close everything and quit</extracomment>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/language.py" line="34"/>
        <source>La langue des menus, des écrans et des messages, sur cet ordinateur. Chaque courrier garde sa propre langue, choisie en le rédigeant. Le changement s&apos;applique au prochain démarrage de DPO Desk.</source>
        <translation>La langue des menus, des écrans et des messages, sur cet ordinateur. Chaque courrier garde sa propre langue, choisie en le rédigeant. Le changement s&apos;applique au prochain démarrage de DPO Desk.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/language.py" line="46"/>
        <source>Langue</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/language.py" line="62"/>
        <source>La nouvelle langue s&apos;appliquera au prochain démarrage.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/language.py" line="76"/>
        <source>Changer de langue</source>
        <translation>Changer de langue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/language.py" line="77"/>
        <source>Redémarrer DPO Desk maintenant pour changer de langue ?</source>
        <translation>Redémarrer DPO Desk maintenant pour changer de langue ?</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/language.py" line="80"/>
        <source>Le registre sera verrouillé et refermé, puis DPO Desk redémarrera dans la nouvelle langue. Enregistrez d&apos;abord toute saisie en cours.</source>
        <translation>Le registre sera verrouillé et refermé, puis DPO Desk redémarrera dans la nouvelle langue. Enregistrez d&apos;abord toute saisie en cours.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/language.py" line="84"/>
        <source>Redémarrer maintenant</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/language.py" line="85"/>
        <source>Plus tard</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>Law0908Exception</name>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="317"/>
        <source>Consentement exprès de la personne</source>
        <translation>Consentement exprès de la personne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="320"/>
        <source>Sauvegarde de la vie de la personne</source>
        <translation>Sauvegarde de la vie de la personne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="323"/>
        <source>Sauvegarde de l&apos;intérêt public</source>
        <translation>Sauvegarde de l&apos;intérêt public</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="326"/>
        <source>Constatation, exercice ou défense d&apos;un droit en justice</source>
        <translation>Constatation, exercice ou défense d&apos;un droit en justice</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="329"/>
        <source>Exécution d&apos;un contrat avec la personne</source>
        <translation>Exécution d&apos;un contrat avec la personne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="332"/>
        <source>Contrat conclu dans l&apos;intérêt de la personne</source>
        <translation>Contrat conclu dans l&apos;intérêt de la personne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="335"/>
        <source>Consultation d&apos;un registre public</source>
        <translation>Consultation d&apos;un registre public</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="338"/>
        <source>Autre exception prévue par la loi (précisée en note)</source>
        <translation>Autre exception prévue par la loi (précisée en note)</translation>
    </message>
</context>
<context>
    <name>LegalBasis</name>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="72"/>
        <source>Consentement</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="74"/>
        <source>Exécution d&apos;un contrat</source>
        <translation>Exécution d&apos;un contrat</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="76"/>
        <source>Obligation légale</source>
        <translation>Obligation légale</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="78"/>
        <source>Sauvegarde des intérêts vitaux</source>
        <translation>Sauvegarde des intérêts vitaux</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="80"/>
        <source>Mission d&apos;intérêt public</source>
        <translation>Mission d&apos;intérêt public</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="82"/>
        <source>Intérêt légitime</source>
        <translation>Intérêt légitime</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="73"/>
        <source>RGPD art. 6(1)(a) ; loi 09-08 art. 4</source>
        <translation>RGPD art. 6(1)(a) ; loi 09-08 art. 4</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="75"/>
        <source>RGPD art. 6(1)(b) ; loi 09-08 art. 4</source>
        <translation>RGPD art. 6(1)(b) ; loi 09-08 art. 4</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="77"/>
        <source>RGPD art. 6(1)(c) ; loi 09-08 art. 4</source>
        <translation>RGPD art. 6(1)(c) ; loi 09-08 art. 4</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="79"/>
        <source>RGPD art. 6(1)(d) ; loi 09-08 art. 4</source>
        <translation>RGPD art. 6(1)(d) ; loi 09-08 art. 4</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="81"/>
        <source>RGPD art. 6(1)(e) ; loi 09-08 art. 4</source>
        <translation>RGPD art. 6(1)(e) ; loi 09-08 art. 4</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="83"/>
        <source>RGPD art. 6(1)(f) ; loi 09-08 art. 4</source>
        <translation>RGPD art. 6(1)(f) ; loi 09-08 art. 4</translation>
    </message>
</context>
<context>
    <name>Letter</name>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="115"/>
        <source>Délégué à la protection des données (DPO)</source>
        <translation>Délégué à la protection des données (DPO)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="116"/>
        <source>Réf. :</source>
        <translation>Réf. :</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="117"/>
        <source>Objet :</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="118"/>
        <source>Aux personnes concernées</source>
        <translation>Aux personnes concernées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="119"/>
        <source>DPO :</source>
        <translation>DPO :</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="120"/>
        <source>{place}, le {date}</source>
        <translation>{place}, le {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="121"/>
        <source>Le {date}</source>
        <translation>Le {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="122"/>
        <source>non déterminé à ce jour</source>
        <translation>non déterminé à ce jour</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="123"/>
        <source>atteinte à la confidentialité</source>
        <translation>atteinte à la confidentialité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="124"/>
        <source>atteinte à l&apos;intégrité</source>
        <translation>atteinte à l&apos;intégrité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="125"/>
        <source>atteinte à la disponibilité</source>
        <translation>atteinte à la disponibilité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="126"/>
        <source>72 heures après la prise de connaissance (RGPD art. 33(1))</source>
        <translation>72 heures après la prise de connaissance (RGPD art. 33(1))</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="130"/>
        <source>72 heures après la prise de connaissance, délai fixé par la politique interne de l&apos;organisation (la loi 09-08 ne prévoit pas de notification des violations)</source>
        <translation>72 heures après la prise de connaissance, délai fixé par la politique interne de l&apos;organisation (la loi 09-08 ne prévoit pas de notification des violations)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="135"/>
        <source>Commission nationale de contrôle de la protection des données à caractère personnel (CNDP)</source>
        <translation>Commission nationale de contrôle de la protection des données à caractère personnel (CNDP)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="139"/>
        <source>Commission nationale de l&apos;informatique et des libertés (CNIL)</source>
        <translation>Commission nationale de l&apos;informatique et des libertés (CNIL)</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="125"/>
        <source>Courriers — {reference} — DPO Desk</source>
        <translation>Courriers — {reference} — DPO Desk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="131"/>
        <source>Courriers — {reference}</source>
        <translation>Courriers — {reference}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="165"/>
        <source>Nouveau courrier</source>
        <translation>Nouveau courrier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="203"/>
        <source>Enregistré avec le brouillon</source>
        <translation>Enregistré avec le brouillon</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="205"/>
        <source>Pourquoi la notification est tardive</source>
        <translation>Pourquoi la notification est tardive</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="206"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="292"/>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="207"/>
        <source>Langue</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="208"/>
        <source>Destinataire</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="209"/>
        <source>Auteur</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="210"/>
        <source>Motifs du retard</source>
        <translation>Motifs du retard</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="215"/>
        <source>Pourquoi ces rubriques sont vides</source>
        <translation>Pourquoi ces rubriques sont vides</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="217"/>
        <source>Rubriques « néant »</source>
        <translation>Rubriques « néant »</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="170"/>
        <source>Rédiger le brouillon</source>
        <translation>Rédiger le brouillon</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="243"/>
        <source>Courriers du dossier</source>
        <translation>Courriers du dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="249"/>
        <source>Aucun courrier pour ce dossier.</source>
        <translation>Aucun courrier pour ce dossier.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="256"/>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="515"/>
        <source>Aucun courrier ouvert</source>
        <translation>Aucun courrier ouvert</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="263"/>
        <source>Choisissez un type de courrier et une langue, puis « Rédiger le brouillon ».</source>
        <translation>Choisissez un type de courrier et une langue, puis « Rédiger le brouillon ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="269"/>
        <source>Actualiser l&apos;aperçu</source>
        <translation>Actualiser l&apos;aperçu</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="271"/>
        <source>Enregistrer le brouillon</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="283"/>
        <source>Relu par</source>
        <translation>Relu par</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="285"/>
        <source>Nom du relecteur</source>
        <translation>Nom du relecteur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="286"/>
        <source>Nom de la personne qui a relu et validé le courrier</source>
        <translation>Nom de la personne qui a relu et validé le courrier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="291"/>
        <source>Une autre personne que l&apos;auteur</source>
        <translation>Une autre personne que l&apos;auteur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="294"/>
        <source>Règle des quatre yeux : le courrier est validé par une autre personne que son auteur.</source>
        <translation>Règle des quatre yeux : le courrier est validé par une autre personne que son auteur.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="298"/>
        <source>Marquer comme validé</source>
        <translation>Marquer comme validé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="306"/>
        <source>Exporter le PDF…</source>
        <translation>Exporter le PDF…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="307"/>
        <source>Enregistrer une copie du PDF, hors du registre</source>
        <translation>Enregistrer une copie du PDF, hors du registre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="309"/>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="689"/>
        <source>Générer le PDF</source>
        <translation>Générer le PDF</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="311"/>
        <source>Le PDF est joint au dossier, chiffré dans le registre ; le courrier est figé.</source>
        <translation>Le PDF est joint au dossier, chiffré dans le registre ; le courrier est figé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="322"/>
        <source>Aperçu</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="334"/>
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="343"/>
        <source>Demande de {name}, reçue le {date} — échéance le {due}</source>
        <translation>Demande de {name}, reçue le {date} — échéance le {due}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="349"/>
        <source>Violation : {title}</source>
        <translation>Violation : {title}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="378"/>
        <source>Indisponibles pour ce dossier :</source>
        <translation>Indisponibles pour ce dossier :</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="429"/>
        <source>CNDP — politique interne (la loi 09-08 ne prévoit pas de notification)</source>
        <translation>CNDP — politique interne (la loi 09-08 ne prévoit pas de notification)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="431"/>
        <source>{authority} — article 33 du RGPD</source>
        <translation>{authority} — article 33 du RGPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="441"/>
        <source>la demande</source>
        <translation>la demande</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="441"/>
        <source>la violation</source>
        <translation>la violation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="462"/>
        <source>{kind} · {language}</source>
        <translation>{kind} · {language}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="467"/>
        <source>{head} · {authority}</source>
        <translation>{head} · {authority}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="473"/>
        <source>{status} par {reviewer}</source>
        <translation>{status} par {reviewer}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="476"/>
        <source>{author}, {when}</source>
        <translation>{author}, {when}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="493"/>
        <source>Modifications non enregistrées</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="494"/>
        <source>Le texte modifié n&apos;est pas enregistré. L&apos;abandonner ?</source>
        <translation>Le texte modifié n&apos;est pas enregistré. L&apos;abandonner ?</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="523"/>
        <source>{kind} — {language}</source>
        <translation>{kind} — {language}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="536"/>
        <source>Rédigé par {author} le {when}.</source>
        <translation>Rédigé par {author} le {when}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="540"/>
        <source>Brouillon : à relire puis marquer comme validé.</source>
        <translation>Brouillon : à relire puis marquer comme validé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="541"/>
        <source>Validé par {reviewer} le {when}.</source>
        <translation>Validé par {reviewer} le {when}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="546"/>
        <source>Prêt pour la génération du PDF.</source>
        <translation>Prêt pour la génération du PDF.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="548"/>
        <source>PDF généré et joint au dossier : le courrier ne se modifie plus.</source>
        <translation>PDF généré et joint au dossier : le courrier ne se modifie plus.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="618"/>
        <source>Brouillon enregistré dans le registre. Relisez-le et modifiez-le ici.</source>
        <translation>Brouillon enregistré dans le registre. Relisez-le et modifiez-le ici.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="640"/>
        <source>Brouillon enregistré. Le texte a changé : il est à valider de nouveau.</source>
        <translation>Brouillon enregistré. Le texte a changé : il est à valider de nouveau.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="643"/>
        <source>Brouillon enregistré.</source>
        <translation>Brouillon enregistré.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="670"/>
        <source>Courrier validé par {reviewer}.</source>
        <translation>Courrier validé par {reviewer}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="680"/>
        <source>Générer le PDF définitif</source>
        <translation>Générer le PDF définitif</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="681"/>
        <source>Générer le PDF définitif de ce courrier ?</source>
        <translation>Générer le PDF définitif de ce courrier ?</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="684"/>
        <source>Le courrier sera alors figé : son texte ne pourra plus être modifié. Le PDF sera joint à {case} {reference}, chiffré dans le registre, et la génération sera inscrite au journal.</source>
        <translation>Le courrier sera alors figé : son texte ne pourra plus être modifié. Le PDF sera joint à {case} {reference}, chiffré dans le registre, et la génération sera inscrite au journal.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="690"/>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="720"/>
        <source>PDF « {name} » joint à {case} {reference}.</source>
        <translation>PDF « {name} » joint à {case} {reference}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="760"/>
        <source>{n} page</source>
        <translation>{n} page</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="762"/>
        <source>{n} pages</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="777"/>
        <source>Exporter le PDF</source>
        <translation>Exporter le PDF</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="777"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="785"/>
        <source>Copie enregistrée : {path}</source>
        <translation>Copie enregistrée : {path}</translation>
    </message>
</context>
<context>
    <name>LetterField</name>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="318"/>
        <source>Nom de l&apos;organisation</source>
        <translation>Nom de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="319"/>
        <source>Adresse de l&apos;organisation</source>
        <translation>Adresse de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="320"/>
        <source>Nom du DPO</source>
        <translation>Nom du DPO</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="321"/>
        <source>E-mail du DPO</source>
        <translation>E-mail du DPO</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="322"/>
        <source>Téléphone du DPO</source>
        <translation>Téléphone du DPO</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="323"/>
        <source>Coordonnées du DPO (nom, e-mail, téléphone)</source>
        <translation>Coordonnées du DPO (nom, e-mail, téléphone)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="324"/>
        <source>Date du courrier</source>
        <translation>Date du courrier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="325"/>
        <source>Lieu d&apos;envoi</source>
        <translation>Lieu d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="326"/>
        <source>CNDP : nom complet et adresse</source>
        <translation>CNDP : nom complet et adresse</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="327"/>
        <source>CNIL : nom complet et adresse</source>
        <translation>CNIL : nom complet et adresse</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="328"/>
        <source>Le RGPD s&apos;applique (oui/non)</source>
        <translation>Le RGPD s&apos;applique (oui/non)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="329"/>
        <source>La loi 09-08 s&apos;applique (oui/non)</source>
        <translation>La loi 09-08 s&apos;applique (oui/non)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="330"/>
        <source>Référence de la demande</source>
        <translation>Référence de la demande</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="331"/>
        <source>Date de réception</source>
        <translation>Date de réception</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="332"/>
        <source>Nom du demandeur</source>
        <translation>Nom du demandeur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="333"/>
        <source>Nom de la personne concernée</source>
        <translation>Nom de la personne concernée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="334"/>
        <source>Le demandeur agit pour une autre personne</source>
        <translation>Le demandeur agit pour une autre personne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="335"/>
        <source>Droits exercés</source>
        <translation>Droits exercés</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="336"/>
        <location filename="../../dpo_desk/documents/templates.py" line="415"/>
        <source>Régimes applicables</source>
        <translation>Régimes applicables</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="337"/>
        <source>Canal de réception</source>
        <translation>Canal de réception</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="339"/>
        <source>Canal de réception, en toutes lettres (« par e-mail »)</source>
        <translation>Canal de réception, en toutes lettres (« par e-mail »)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="340"/>
        <source>Droit d&apos;accès exercé</source>
        <translation>Droit d&apos;accès exercé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="341"/>
        <source>Droit de rectification exercé</source>
        <translation>Droit de rectification exercé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="342"/>
        <source>Droit à l&apos;effacement exercé</source>
        <translation>Droit à l&apos;effacement exercé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="343"/>
        <source>Droit à la limitation exercé</source>
        <translation>Droit à la limitation exercé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="344"/>
        <source>Droit à la portabilité exercé</source>
        <translation>Droit à la portabilité exercé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="345"/>
        <source>Droit d&apos;opposition exercé</source>
        <translation>Droit d&apos;opposition exercé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="347"/>
        <source>Portabilité demandée alors que la loi 09-08 s&apos;applique (oui/non)</source>
        <translation>Portabilité demandée alors que la loi 09-08 s&apos;applique (oui/non)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="348"/>
        <source>Date limite de réponse</source>
        <translation>Date limite de réponse</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="349"/>
        <source>Fondement du délai (article)</source>
        <translation>Fondement du délai (article)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="350"/>
        <source>Règle du délai, en toutes lettres</source>
        <translation>Règle du délai, en toutes lettres</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="351"/>
        <source>Nature du délai : loi ou politique</source>
        <translation>Nature du délai : loi ou politique</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="352"/>
        <source>Le délai vient de la politique interne</source>
        <translation>Le délai vient de la politique interne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="354"/>
        <source>Date limite au titre du RGPD</source>
        <translation>Date limite au titre du RGPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="355"/>
        <source>Fondement du délai au titre du RGPD</source>
        <translation>Fondement du délai au titre du RGPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="356"/>
        <source>Date limite au titre de la loi 09-08</source>
        <translation>Date limite au titre de la loi 09-08</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="357"/>
        <source>Fondement du délai au titre de la loi 09-08</source>
        <translation>Fondement du délai au titre de la loi 09-08</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="358"/>
        <source>Date de la prorogation</source>
        <translation>Date de la prorogation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="359"/>
        <source>Motifs de la prorogation</source>
        <translation>Motifs de la prorogation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="360"/>
        <source>Motif du refus</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="361"/>
        <source>Fondement juridique du refus</source>
        <translation>Fondement juridique du refus</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="362"/>
        <source>L&apos;organisation doit pouvoir démontrer le bien-fondé du motif</source>
        <translation>L&apos;organisation doit pouvoir démontrer le bien-fondé du motif</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="363"/>
        <location filename="../../dpo_desk/services/letters.py" line="211"/>
        <source>Catégories de données traitées</source>
        <translation>Catégories de données traitées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="364"/>
        <location filename="../../dpo_desk/services/letters.py" line="212"/>
        <source>Finalités du traitement</source>
        <translation>Finalités du traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="365"/>
        <location filename="../../dpo_desk/services/letters.py" line="213"/>
        <source>Destinataires</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="366"/>
        <location filename="../../dpo_desk/services/letters.py" line="215"/>
        <source>Durée de conservation</source>
        <translation>Durée de conservation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="367"/>
        <location filename="../../dpo_desk/services/letters.py" line="216"/>
        <source>Source des données</source>
        <translation>Source des données</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="369"/>
        <source>Catégories de données : néant</source>
        <translation>Catégories de données : néant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="370"/>
        <source>Finalités : néant</source>
        <translation>Finalités : néant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="371"/>
        <source>Destinataires : néant</source>
        <translation>Destinataires : néant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="372"/>
        <source>Durée de conservation : néant</source>
        <translation>Durée de conservation : néant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="373"/>
        <source>Source : néant</source>
        <translation>Source : néant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="375"/>
        <location filename="../../dpo_desk/services/letters.py" line="214"/>
        <source>Transferts hors du Maroc et leurs garanties</source>
        <translation>Transferts hors du Maroc et leurs garanties</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="376"/>
        <source>Aucun transfert hors du Maroc enregistré</source>
        <translation>Aucun transfert hors du Maroc enregistré</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="377"/>
        <source>Transferts : néant</source>
        <translation>Transferts : néant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="379"/>
        <location filename="../../dpo_desk/services/letters.py" line="217"/>
        <source>Décisions automatisées, profilage et logique sous-jacente</source>
        <translation>Décisions automatisées, profilage et logique sous-jacente</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="380"/>
        <source>Décisions automatisées : néant</source>
        <translation>Décisions automatisées : néant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="381"/>
        <source>Pourquoi les rubriques marquées « néant » le sont</source>
        <translation>Pourquoi les rubriques marquées « néant » le sont</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="382"/>
        <source>Toutes les rubriques sont marquées « néant »</source>
        <translation>Toutes les rubriques sont marquées « néant »</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="383"/>
        <source>Pièces jointes fournies</source>
        <translation>Pièces jointes fournies</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="384"/>
        <source>Précisions propres au dossier</source>
        <translation>Précisions propres au dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="385"/>
        <source>Date de l&apos;opération effectuée</source>
        <translation>Date de l&apos;opération effectuée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="386"/>
        <source>L&apos;opposition est accueillie</source>
        <translation>L&apos;opposition est accueillie</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="389"/>
        <source>Justificatif demandé : réponses sur le compte</source>
        <translation>Justificatif demandé : réponses sur le compte</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="390"/>
        <source>Justificatif demandé : confirmation par e-mail</source>
        <translation>Justificatif demandé : confirmation par e-mail</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="391"/>
        <source>Justificatif demandé : CNIE présentée sur place</source>
        <translation>Justificatif demandé : CNIE présentée sur place</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="392"/>
        <source>Justificatif demandé : copie d&apos;une pièce d&apos;identité</source>
        <translation>Justificatif demandé : copie d&apos;une pièce d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="393"/>
        <source>Jours au plus avant suppression de la copie (politique interne)</source>
        <translation>Jours au plus avant suppression de la copie (politique interne)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="394"/>
        <source>Référence de la violation</source>
        <translation>Référence de la violation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="395"/>
        <source>Intitulé de la violation</source>
        <translation>Intitulé de la violation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="396"/>
        <source>Description des faits</source>
        <translation>Description des faits</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="397"/>
        <source>Nature : confidentialité, intégrité, disponibilité</source>
        <translation>Nature : confidentialité, intégrité, disponibilité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="398"/>
        <source>Catégories de personnes concernées</source>
        <translation>Catégories de personnes concernées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="399"/>
        <source>Nombre approximatif de personnes concernées</source>
        <translation>Nombre approximatif de personnes concernées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="400"/>
        <source>Catégories d&apos;enregistrements concernés</source>
        <translation>Catégories d&apos;enregistrements concernés</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="401"/>
        <source>Nombre approximatif d&apos;enregistrements</source>
        <translation>Nombre approximatif d&apos;enregistrements</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="402"/>
        <source>Catégories de données concernées</source>
        <translation>Catégories de données concernées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="403"/>
        <source>Conséquences probables</source>
        <translation>Conséquences probables</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="404"/>
        <source>Mesures prises</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="405"/>
        <source>Mesures envisagées</source>
        <translation>Mesures envisagées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="406"/>
        <source>Conseils aux personnes pour se protéger</source>
        <translation>Conseils aux personnes pour se protéger</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="407"/>
        <source>Chronologie (date — fait)</source>
        <translation>Chronologie (date — fait)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="408"/>
        <source>Début de la violation</source>
        <translation>Début de la violation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="409"/>
        <source>Découverte de la violation</source>
        <translation>Découverte de la violation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="410"/>
        <source>Prise de connaissance (départ des 72 heures)</source>
        <translation>Prise de connaissance (départ des 72 heures)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="411"/>
        <source>Échéance de notification</source>
        <translation>Échéance de notification</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="412"/>
        <source>Fondement de l&apos;échéance : loi ou politique</source>
        <translation>Fondement de l&apos;échéance : loi ou politique</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="413"/>
        <source>Notification tardive</source>
        <translation>Notification tardive</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="414"/>
        <source>Motifs du retard</source>
        <translation>Motifs du retard</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="416"/>
        <source>Autorité notifiée</source>
        <translation>Autorité notifiée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="420"/>
        <source>Courrier à une autorité de contrôle de l&apos;UE (article 33 du RGPD)</source>
        <translation>Courrier à une autorité de contrôle de l&apos;UE (article 33 du RGPD)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="421"/>
        <source>Courrier à la CNDP (politique interne, loi 09-08)</source>
        <translation>Courrier à la CNDP (politique interne, loi 09-08)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/pdf.py" line="69"/>
        <source>Texte du courrier</source>
        <translation>Texte du courrier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/pdf.py" line="70"/>
        <source>Adresse du destinataire</source>
        <translation>Adresse du destinataire</translation>
    </message>
</context>
<context>
    <name>LetterKind</name>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="30"/>
        <source>Accusé de réception</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="31"/>
        <source>Demande de justificatif d&apos;identité</source>
        <translation>Demande de justificatif d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="34"/>
        <source>Notification de prorogation du délai</source>
        <translation>Notification de prorogation du délai</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="35"/>
        <source>Réponse à une demande d&apos;accès</source>
        <translation>Réponse à une demande d&apos;accès</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="36"/>
        <source>Confirmation de rectification</source>
        <translation>Confirmation de rectification</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="37"/>
        <source>Confirmation d&apos;effacement ou de limitation</source>
        <translation>Confirmation d&apos;effacement ou de limitation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="40"/>
        <source>Réponse à une opposition</source>
        <translation>Réponse à une opposition</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="41"/>
        <source>Refus motivé</source>
        <translation>Refus motivé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="42"/>
        <source>Notification de violation à l&apos;autorité</source>
        <translation>Notification de violation à l&apos;autorité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="45"/>
        <source>Communication de violation aux personnes concernées</source>
        <translation>Communication de violation aux personnes concernées</translation>
    </message>
</context>
<context>
    <name>LetterLanguage</name>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="62"/>
        <source>Français</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="63"/>
        <source>Arabe</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="64"/>
        <source>Anglais</source>
        <translation>Anglais</translation>
    </message>
</context>
<context>
    <name>LetterSettingsCard</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/letter_validation.py" line="25"/>
        <source>Validation des courriers</source>
        <extracomment>the rule&apos;s new value, after a successful save</extracomment>
        <translation>Validation des courriers</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/letter_validation.py" line="27"/>
        <source>Avant d&apos;être généré, chaque courrier est relu et validé. Avec la règle des quatre yeux, la personne qui le valide doit être une autre que celle qui l&apos;a rédigé. Le réglage est enregistré dans le registre et inscrit au journal.</source>
        <translation>Avant d&apos;être généré, chaque courrier est relu et validé. Avec la règle des quatre yeux, la personne qui le valide doit être une autre que celle qui l&apos;a rédigé. Le réglage est enregistré dans le registre et inscrit au journal.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/letter_validation.py" line="34"/>
        <source>Règle des quatre yeux : le relecteur doit être distinct de l&apos;auteur</source>
        <translation>Règle des quatre yeux : le relecteur doit être distinct de l&apos;auteur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/letter_validation.py" line="69"/>
        <source>Règle des quatre yeux activée : l&apos;auteur d&apos;un courrier ne peut plus le valider.</source>
        <translation>Règle des quatre yeux activée : l&apos;auteur d&apos;un courrier ne peut plus le valider.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/letter_validation.py" line="72"/>
        <source>Règle des quatre yeux désactivée.</source>
        <translation>Règle des quatre yeux désactivée.</translation>
    </message>
</context>
<context>
    <name>LetterTemplatesCard</name>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="77"/>
        <source>Modèles de courrier</source>
        <extracomment>the stylesheet&apos;s item padding (QListWidget::item), both sides, and a margin</extracomment>
        <translation>Modèles de courrier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="81"/>
        <source>Chaque type de courrier a un modèle par langue. Les champs entre {{ doubles accolades }} sont remplis avec les données du dossier ; {% if champ %} … {% endif %} garde un passage quand le champ est renseigné. La première ligne est l&apos;objet du courrier.</source>
        <translation>Chaque type de courrier a un modèle par langue. Les champs entre {{ doubles accolades }} sont remplis avec les données du dossier ; {% if champ %} … {% endif %} garde un passage quand le champ est renseigné. La première ligne est l&apos;objet du courrier.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="121"/>
        <source>Champs disponibles</source>
        <translation>Champs disponibles</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="126"/>
        <source>Double-cliquez pour insérer le champ dans le modèle</source>
        <translation>Double-cliquez pour insérer le champ dans le modèle</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="129"/>
        <source>Double-clic : insérer</source>
        <translation>Double-clic : insérer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="107"/>
        <source>Rétablir le modèle par défaut</source>
        <translation>Rétablir le modèle par défaut</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="136"/>
        <source>Annuler les modifications</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="138"/>
        <source>Enregistrer le modèle</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="224"/>
        <source>Modèle modifié par {who} le {when}.</source>
        <translation>Modèle modifié par {who} le {when}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="229"/>
        <source>Modèle modifié.</source>
        <translation>Modèle modifié.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="231"/>
        <source>Modèle par défaut, livré avec DPO Desk.</source>
        <translation>Modèle par défaut, livré avec DPO Desk.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="279"/>
        <source>Modèle « {kind} » ({language}) enregistré.</source>
        <translation>Modèle « {kind} » ({language}) enregistré.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="296"/>
        <source>Modèle par défaut rétabli.</source>
        <translation>Modèle par défaut rétabli.</translation>
    </message>
</context>
<context>
    <name>Likelihood</name>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="165"/>
        <source>Négligeable</source>
        <translation>Négligeable</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="166"/>
        <source>Limitée</source>
        <translation>Limitée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="167"/>
        <source>Importante</source>
        <translation>Importante</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="168"/>
        <source>Maximale</source>
        <translation>Maximale</translation>
    </message>
</context>
<context>
    <name>LockState</name>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="65"/>
        <source>Déverrouillé</source>
        <translation>Déverrouillé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="68"/>
        <source>Verrouillé</source>
        <translation>Verrouillé</translation>
    </message>
</context>
<context>
    <name>Lunar</name>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="157"/>
        <source>Aïd al-Fitr</source>
        <translation>Aïd al-Fitr</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="158"/>
        <source>Aïd al-Adha</source>
        <translation>Aïd al-Adha</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="159"/>
        <source>1er Moharram</source>
        <translation>1er Moharram</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="160"/>
        <source>Aïd al-Mawlid</source>
        <translation>Aïd al-Mawlid</translation>
    </message>
</context>
<context>
    <name>LunarConfirmDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/lunar_confirm.py" line="78"/>
        <source>Confirmer {holiday}</source>
        <translation>Confirmer {holiday}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/lunar_confirm.py" line="84"/>
        <source>Premier jour actuellement retenu : {date}. Corrigez-le si l&apos;annonce officielle dit autre chose.</source>
        <translation>Premier jour actuellement retenu : {date}. Corrigez-le si l&apos;annonce officielle dit autre chose.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/lunar_confirm.py" line="89"/>
        <source>Date estimée : {date}. Tant qu&apos;elle n&apos;est pas confirmée, elle ne reporte aucune échéance. Indiquez le premier jour annoncé : les échéances en tiennent compte dès la confirmation.</source>
        <translation>Date estimée : {date}. Tant qu&apos;elle n&apos;est pas confirmée, elle ne reporte aucune échéance. Indiquez le premier jour annoncé : les échéances en tiennent compte dès la confirmation.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/lunar_confirm.py" line="101"/>
        <location filename="../../dpo_desk/ui/lunar_confirm.py" line="111"/>
        <source>Premier jour annoncé</source>
        <translation>Premier jour annoncé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/lunar_confirm.py" line="108"/>
        <source>Annoncée par le ministère des Habous et des Affaires islamiques.</source>
        <translation>Annoncée par le ministère des Habous et des Affaires islamiques.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/lunar_confirm.py" line="113"/>
        <source>Jours fériés</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/lunar_confirm.py" line="118"/>
        <source>Confirmer</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/lunar_confirm.py" line="144"/>
        <source>{holiday} confirmé : premier jour le {date}.</source>
        <translation>{holiday} confirmé : premier jour le {date}.</translation>
    </message>
</context>
<context>
    <name>LunarNotice</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="148"/>
        <source>{holiday} ({year}) : date estimée au {date}. Confirmez-la dès l&apos;annonce officielle : les échéances n&apos;en tiennent compte qu&apos;une fois confirmée.</source>
        <translation>{holiday} ({year}) : date estimée au {date}. Confirmez-la dès l&apos;annonce officielle : les échéances n&apos;en tiennent compte qu&apos;une fois confirmée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="158"/>
        <source>Confirmer…</source>
        <translation>Confirmer…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="160"/>
        <source>Confirmer la date de {holiday}</source>
        <translation>Confirmer la date de {holiday}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="153"/>
        <source>DPO Desk — {file}</source>
        <extracomment>this window, and whether the user asked to go back to the first-run window how soon a lock refused during a write is tried again</extracomment>
        <translation>DPO Desk — {file}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="216"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="276"/>
        <source>Registre verrouillé</source>
        <translation>Registre verrouillé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="286"/>
        <source>&amp;Fichier</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="297"/>
        <source>&amp;Ouvrir…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="300"/>
        <source>&amp;Verrouiller</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="303"/>
        <source>&amp;Fermer le registre</source>
        <translation>&amp;Fermer le registre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="306"/>
        <source>&amp;Exporter tous les registres…</source>
        <translation>&amp;Exporter tous les registres…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="308"/>
        <source>Exporter le &amp;calendrier des échéances…</source>
        <translation>Exporter le &amp;calendrier des échéances…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="310"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="329"/>
        <source>Verrouiller</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="334"/>
        <source>&amp;Affichage</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="344"/>
        <source>Aid&amp;e</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="345"/>
        <source>À &amp;propos de DPO Desk…</source>
        <translation>À &amp;propos de DPO Desk…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="542"/>
        <source>Calendrier enregistré : {name}</source>
        <translation>Calendrier enregistré : {name}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="565"/>
        <source>Enregistrement en cours : le registre sera verrouillé dès la fin.</source>
        <translation>Enregistrement en cours : le registre sera verrouillé dès la fin.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="652"/>
        <source>Sauvegarde du jour impossible : {reason}</source>
        <translation>Sauvegarde du jour impossible : {reason}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="648"/>
        <source>Sauvegarde du jour : {file}.</source>
        <translation>Sauvegarde du jour : {file}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="291"/>
        <location filename="../../dpo_desk/ui/main_window.py" line="379"/>
        <source>Nouvel élément</source>
        <translation>Nouvel élément</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="294"/>
        <source>Nouveau &amp;registre…</source>
        <translation>Nouveau &amp;registre…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/main_window.py" line="681"/>
        <source>Verrouillé après %n minute(s) sans activité.</source>
        <translation>
            <numerusform>Verrouillé après %n minute sans activité.</numerusform>
            <numerusform>Verrouillé après %n minutes sans activité.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MaintenanceCard</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="66"/>
        <source>Sauvegarde et sécurité</source>
        <extracomment>a restored register the user chose to open (the controller opens it)</extracomment>
        <translation>Sauvegarde et sécurité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="68"/>
        <source>Une sauvegarde est une copie chiffrée, vérifiée avant d&apos;être gardée. La vérification contrôle chaque page chiffrée, la structure du fichier et la chaîne du journal (RGPD art. 32 ; loi 09-08 art. 23).</source>
        <translation>Une sauvegarde est une copie chiffrée, vérifiée avant d&apos;être gardée. La vérification contrôle chaque page chiffrée, la structure du fichier et la chaîne du journal (RGPD art. 32 ; loi 09-08 art. 23).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="77"/>
        <source>Sauvegarder maintenant…</source>
        <translation>Sauvegarder maintenant…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="79"/>
        <source>Vérifier le registre</source>
        <translation>Vérifier le registre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="81"/>
        <source>Changer la phrase secrète…</source>
        <translation>Changer la phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="83"/>
        <source>Durées de conservation…</source>
        <translation>Durées de conservation…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="94"/>
        <source>Sauvegardes automatiques</source>
        <translation>Sauvegardes automatiques</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="98"/>
        <source>Désactivées</source>
        <translation>Désactivées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="100"/>
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="102"/>
        <source>Une par jour, garder les dernières :</source>
        <translation>Une par jour, garder les dernières :</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="108"/>
        <source>Dossier :</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="114"/>
        <source>Sauvegardes disponibles</source>
        <translation>Sauvegardes disponibles</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="119"/>
        <source>Restaurer…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="121"/>
        <source>Crée un nouveau registre à partir de la sauvegarde choisie</source>
        <translation>Crée un nouveau registre à partir de la sauvegarde choisie</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="161"/>
        <source>Aucune sauvegarde automatique pour l&apos;instant.</source>
        <translation>Aucune sauvegarde automatique pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="223"/>
        <source>Sauvegarder le registre</source>
        <translation>Sauvegarder le registre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="225"/>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="275"/>
        <source>Registre DPO Desk (*.dpodesk)</source>
        <translation>Registre DPO Desk (*.dpodesk)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="237"/>
        <source>Sauvegarde en cours…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="242"/>
        <source>Sauvegarde vérifiée : {file} ({size}). Chiffrement, intégrité, clés et chaîne du journal contrôlés sur la copie.</source>
        <translation>Sauvegarde vérifiée : {file} ({size}). Chiffrement, intégrité, clés et chaîne du journal contrôlés sur la copie.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="256"/>
        <source>Sauvegardes automatiques désactivées.</source>
        <translation>Sauvegardes automatiques désactivées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="260"/>
        <source>Les %n dernière(s) sauvegarde(s) quotidienne(s) seront gardées.</source>
        <translation>
            <numerusform>La dernière sauvegarde quotidienne sera gardée.</numerusform>
            <numerusform>Les %n dernières sauvegardes quotidiennes seront gardées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="273"/>
        <source>Restaurer dans un nouveau registre</source>
        <translation>Restaurer dans un nouveau registre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="305"/>
        <source>Restauration en cours…</source>
        <translation>Restauration en cours…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="321"/>
        <source>Registre restauré et vérifié : {file}.</source>
        <translation>Registre restauré et vérifié : {file}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="325"/>
        <source>Registre restauré</source>
        <translation>Registre restauré</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="326"/>
        <source>Ouvrir le registre restauré {file} dans une nouvelle fenêtre ?</source>
        <translation>Ouvrir le registre restauré {file} dans une nouvelle fenêtre ?</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="341"/>
        <source>Vérification en cours…</source>
        <translation>Vérification en cours…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="346"/>
        <source>Registre intègre : chaque page chiffrée, la structure, les clés étrangères et la chaîne du journal sont vérifiées.</source>
        <translation>Registre intègre : chaque page chiffrée, la structure, les clés étrangères et la chaîne du journal sont vérifiées.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="361"/>
        <source>Phrase secrète changée et vérifiée ; trousseau mis à jour.</source>
        <translation>Phrase secrète changée et vérifiée ; trousseau mis à jour.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="363"/>
        <source>Phrase secrète changée et vérifiée.</source>
        <translation>Phrase secrète changée et vérifiée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="368"/>
        <source>%n sauvegarde(s) conservée(s) rechiffrée(s) avec la nouvelle phrase.</source>
        <translation>
            <numerusform>%n sauvegarde conservée rechiffrée avec la nouvelle phrase.</numerusform>
            <numerusform>%n sauvegardes conservées rechiffrées avec la nouvelle phrase.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="375"/>
        <source>Non rechiffrée(s), gardée(s) sous l&apos;ancienne phrase secrète : {files}.</source>
        <translation>Non rechiffrée(s), gardée(s) sous l&apos;ancienne phrase secrète : {files}.</translation>
    </message>
</context>
<context>
    <name>MemberState</name>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="26"/>
        <source>Autriche</source>
        <translation>Autriche</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="27"/>
        <source>Belgique</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="28"/>
        <source>Bulgarie</source>
        <translation>Bulgarie</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="29"/>
        <source>Chypre</source>
        <translation>Chypre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="30"/>
        <source>Tchéquie</source>
        <translation>Tchéquie</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="31"/>
        <source>Allemagne</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="32"/>
        <source>Danemark</source>
        <translation>Danemark</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="33"/>
        <source>Estonie</source>
        <translation>Estonie</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="34"/>
        <source>Espagne</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="35"/>
        <source>Finlande</source>
        <translation>Finlande</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="36"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="37"/>
        <source>Grèce</source>
        <translation>Grèce</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="38"/>
        <source>Croatie</source>
        <translation>Croatie</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="39"/>
        <source>Hongrie</source>
        <translation>Hongrie</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="40"/>
        <source>Irlande</source>
        <translation>Irlande</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="41"/>
        <source>Italie</source>
        <translation>Italie</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="42"/>
        <source>Lituanie</source>
        <translation>Lituanie</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="43"/>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="44"/>
        <source>Lettonie</source>
        <translation>Lettonie</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="45"/>
        <source>Malte</source>
        <translation>Malte</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="46"/>
        <source>Pays-Bas</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="47"/>
        <source>Pologne</source>
        <translation>Pologne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="48"/>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="49"/>
        <source>Roumanie</source>
        <translation>Roumanie</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="50"/>
        <source>Suède</source>
        <translation>Suède</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="51"/>
        <source>Slovénie</source>
        <translation>Slovénie</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="52"/>
        <source>Slovaquie</source>
        <translation>Slovaquie</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="502"/>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="60"/>
        <source>Aucun</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>Missing</name>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="396"/>
        <source>Adresse du responsable du traitement (art. 15 a)</source>
        <translation>Adresse du responsable du traitement (art. 15 a)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="399"/>
        <source>Représentant au Maroc d&apos;un responsable qui n&apos;y est pas établi (art. 15 a)</source>
        <translation>Représentant au Maroc d&apos;un responsable qui n&apos;y est pas établi (art. 15 a)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="403"/>
        <source>Signataire de la déclaration (représentant légal)</source>
        <translation>Signataire de la déclaration (représentant légal)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="406"/>
        <source>Caractéristiques du traitement : description (art. 15 b)</source>
        <translation>Caractéristiques du traitement : description (art. 15 b)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="409"/>
        <source>Catégories de personnes concernées (art. 15 c)</source>
        <translation>Catégories de personnes concernées (art. 15 c)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="412"/>
        <source>Catégories de données (art. 15 c)</source>
        <translation>Catégories de données (art. 15 c)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="413"/>
        <source>Destinataires des données (art. 15 d)</source>
        <translation>Destinataires des données (art. 15 d)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="414"/>
        <source>Durée de conservation des données (art. 15 f)</source>
        <translation>Durée de conservation des données (art. 15 f)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="417"/>
        <source>Service auprès duquel les personnes exercent leurs droits (art. 15 g)</source>
        <translation>Service auprès duquel les personnes exercent leurs droits (art. 15 g)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="420"/>
        <source>Mesures de sécurité (art. 15 h)</source>
        <translation>Mesures de sécurité (art. 15 h)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="421"/>
        <source>Origine des données</source>
        <translation>Origine des données</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="422"/>
        <source>Contrats ou clauses à joindre à la demande de transfert vers {country} (F118)</source>
        <translation>Contrats ou clauses à joindre à la demande de transfert vers {country} (F118)</translation>
    </message>
</context>
<context>
    <name>NewBreachDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dialogs.py" line="39"/>
        <source>Nouvelle violation — DPO Desk</source>
        <translation>Nouvelle violation — DPO Desk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dialogs.py" line="45"/>
        <source>Nouvelle violation de données</source>
        <translation>Nouvelle violation de données</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dialogs.py" line="47"/>
        <source>Étape 1 sur 5 — les faits et l&apos;horloge. Le délai de 72 heures pour notifier court dès que l&apos;organisation a connaissance de la violation : légal sous le RGPD (article 33 du RGPD), politique interne sous la seule loi 09-08. Enregistrez-la tout de suite, les autres étapes se complètent ensuite.</source>
        <translation>Étape 1 sur 5 — les faits et l&apos;horloge. Le délai de 72 heures pour notifier court dès que l&apos;organisation a connaissance de la violation : légal sous le RGPD (article 33 du RGPD), politique interne sous la seule loi 09-08. Enregistrez-la tout de suite, les autres étapes se complètent ensuite.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dialogs.py" line="66"/>
        <source>* obligatoire</source>
        <translation>* obligatoire</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dialogs.py" line="68"/>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dialogs.py" line="68"/>
        <source>Enregistrer et démarrer le suivi</source>
        <translation>Enregistrer et démarrer le suivi</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="50"/>
        <source>Nouvelle demande — DPO Desk</source>
        <translation>Nouvelle demande — DPO Desk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="53"/>
        <source>Nouvelle demande d&apos;exercice de droits</source>
        <translation>Nouvelle demande d&apos;exercice de droits</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="55"/>
        <source>L&apos;échéance légale est calculée dès l&apos;enregistrement, à partir de la date de réception, des droits exercés et du régime applicable.</source>
        <translation>L&apos;échéance légale est calculée dès l&apos;enregistrement, à partir de la date de réception, des droits exercés et du régime applicable.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="71"/>
        <source>La demande</source>
        <translation>La demande</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="73"/>
        <source>Régime *</source>
        <translation>Régime *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="74"/>
        <source>Droits exercés *</source>
        <translation>Droits exercés *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="75"/>
        <source>Reçue par</source>
        <translation>Reçue par</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="76"/>
        <source>Reçue le *</source>
        <translation>Reçue le *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="77"/>
        <source>Suivie par</source>
        <translation>Suivie par</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="78"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="88"/>
        <source>Le demandeur</source>
        <translation>Le demandeur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="90"/>
        <source>Nom *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="91"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="92"/>
        <source>Téléphone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="93"/>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="94"/>
        <source>Agit en tant que</source>
        <translation>Agit en tant que</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="95"/>
        <source>Personne concernée</source>
        <translation>Personne concernée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="100"/>
        <source>* obligatoire</source>
        <translation>* obligatoire</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="104"/>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="104"/>
        <source>Enregistrer la demande</source>
        <translation>Enregistrer la demande</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="161"/>
        <source>Notice d&apos;information sur la protection des données personnelles</source>
        <translation>Notice d&apos;information sur la protection des données personnelles</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="164"/>
        <source>Loi n° 09-08, article 5</source>
        <translation>Loi n° 09-08, article 5</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="165"/>
        <source>Loi n° 09-08, article 5 ; RGPD, articles 13 et 14</source>
        <translation>Loi n° 09-08, article 5 ; RGPD, articles 13 et 14</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="166"/>
        <source>{organisation} — notice d&apos;information du {date}</source>
        <translation>{organisation} — notice d&apos;information du {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="167"/>
        <source>{organisation} traite des données à caractère personnel vous concernant. Conformément à l&apos;article 5 de la loi n° 09-08 relative à la protection des personnes physiques à l&apos;égard du traitement des données à caractère personnel, cette notice vous dit qui traite vos données, pourquoi, avec qui elles sont partagées, combien de temps elles sont conservées et quels sont vos droits.</source>
        <translation>{organisation} traite des données à caractère personnel vous concernant. Conformément à l&apos;article 5 de la loi n° 09-08 relative à la protection des personnes physiques à l&apos;égard du traitement des données à caractère personnel, cette notice vous dit qui traite vos données, pourquoi, avec qui elles sont partagées, combien de temps elles sont conservées et quels sont vos droits.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="175"/>
        <source>{organisation} traite des données à caractère personnel vous concernant. Conformément à l&apos;article 5 de la loi n° 09-08 relative à la protection des personnes physiques à l&apos;égard du traitement des données à caractère personnel et aux articles 13 et 14 du règlement général sur la protection des données (RGPD), cette notice vous dit qui traite vos données, pourquoi, avec qui elles sont partagées, combien de temps elles sont conservées et quels sont vos droits.</source>
        <translation>{organisation} traite des données à caractère personnel vous concernant. Conformément à l&apos;article 5 de la loi n° 09-08 relative à la protection des personnes physiques à l&apos;égard du traitement des données à caractère personnel et aux articles 13 et 14 du règlement général sur la protection des données (RGPD), cette notice vous dit qui traite vos données, pourquoi, avec qui elles sont partagées, combien de temps elles sont conservées et quels sont vos droits.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="185"/>
        <source>Responsable du traitement et délégué à la protection des données</source>
        <translation>Responsable du traitement et délégué à la protection des données</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="188"/>
        <source>Responsable du traitement</source>
        <translation>Responsable du traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="189"/>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="190"/>
        <source>Identifiants légaux</source>
        <translation>Identifiants légaux</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="191"/>
        <source>Représentant au Maroc</source>
        <translation>Représentant au Maroc</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="192"/>
        <source>Délégué à la protection des données (DPO)</source>
        <translation>Délégué à la protection des données (DPO)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="193"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="194"/>
        <source>Téléphone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="195"/>
        <source>non communiqué</source>
        <translation>non communiqué</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="197"/>
        <source>Les traitements de vos données</source>
        <translation>Les traitements de vos données</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="198"/>
        <source>Aucun traitement n&apos;est inscrit au registre.</source>
        <translation>Aucun traitement n&apos;est inscrit au registre.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="199"/>
        <source>Finalités et bases légales</source>
        <translation>Finalités et bases légales</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="200"/>
        <source>{purpose} — base légale : {basis}</source>
        <translation>{purpose} — base légale : {basis}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="201"/>
        <source>{purpose} — base légale : {basis} ; intérêt poursuivi : {interest}</source>
        <translation>{purpose} — base légale : {basis} ; intérêt poursuivi : {interest}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="204"/>
        <source>Personnes concernées</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="205"/>
        <source>Catégories de données</source>
        <translation>Catégories de données</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="206"/>
        <source>Origine des données</source>
        <translation>Origine des données</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="207"/>
        <source>Destinataires</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="208"/>
        <source>Sous-traitants</source>
        <translation>Sous-traitants</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="209"/>
        <source>Durées de conservation</source>
        <translation>Durées de conservation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="210"/>
        <source>Transferts hors du Maroc</source>
        <translation>Transferts hors du Maroc</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="211"/>
        <source>Référence CNDP</source>
        <translation>Référence CNDP</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="212"/>
        <source>aucun</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="213"/>
        <source>non précisé</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="214"/>
        <source>non encore fixée au registre ; renseignez-vous auprès du délégué</source>
        <translation>non encore fixée au registre ; renseignez-vous auprès du délégué</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="217"/>
        <source>{what} : {duration}</source>
        <translation>{what} : {duration}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="218"/>
        <source>{name} ({kind})</source>
        <translation>{name} ({kind})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="219"/>
        <source>{name} — {service}</source>
        <translation>{name} — {service}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="220"/>
        <source>{processor} ({countries})</source>
        <translation>{processor} ({countries})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="223"/>
        <source>{country} : {footing}</source>
        <translation>{country} : {footing}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="224"/>
        <source>{country}, par {processor} : {footing}</source>
        <translation>{country}, par {processor} : {footing}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="225"/>
        <source>pays assurant un niveau de protection suffisant selon la liste de la CNDP (loi 09-08 art. 43)</source>
        <translation>pays assurant un niveau de protection suffisant selon la liste de la CNDP (loi 09-08 art. 43)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="229"/>
        <source>exception prévue par la loi 09-08 (art. 44) : {exception}</source>
        <translation>exception prévue par la loi 09-08 (art. 44) : {exception}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="232"/>
        <source>autorisation de la CNDP n° {reference} (loi 09-08 art. 44)</source>
        <translation>autorisation de la CNDP n° {reference} (loi 09-08 art. 44)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="235"/>
        <source>autorisation de la CNDP n° {reference} du {date} (loi 09-08 art. 44)</source>
        <translation>autorisation de la CNDP n° {reference} du {date} (loi 09-08 art. 44)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="238"/>
        <source>demande d&apos;autorisation déposée auprès de la CNDP le {date} (loi 09-08 art. 44)</source>
        <translation>demande d&apos;autorisation déposée auprès de la CNDP le {date} (loi 09-08 art. 44)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="242"/>
        <source>autorisation de la CNDP non encore délivrée (loi 09-08 art. 44)</source>
        <translation>autorisation de la CNDP non encore délivrée (loi 09-08 art. 44)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="245"/>
        <source>{footing} ; garanties jointes à la demande d&apos;autorisation : {guarantees}</source>
        <translation>{footing} ; garanties jointes à la demande d&apos;autorisation : {guarantees}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="248"/>
        <source>{footing} ; garanties contractuelles : {guarantees}</source>
        <translation>{footing} ; garanties contractuelles : {guarantees}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="251"/>
        <source>{label} ({citation})</source>
        <translation>{label} ({citation})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="253"/>
        <source>Transferts de données hors du Maroc</source>
        <translation>Transferts de données hors du Maroc</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="254"/>
        <source>Certaines données sont transmises à des prestataires établis hors du Maroc. La loi 09-08 ne permet de transférer des données vers un pays qui n&apos;assure pas un niveau de protection suffisant, au regard de la liste établie par la CNDP, qu&apos;avec l&apos;autorisation de la CNDP ou dans les cas d&apos;exception prévus par la loi (art. 43 et 44). Les clauses contractuelles conclues avec ces prestataires sont jointes à la demande d&apos;autorisation ; elles ne la remplacent pas. Le détail figure sous chaque traitement ci-dessus.</source>
        <translation>Certaines données sont transmises à des prestataires établis hors du Maroc. La loi 09-08 ne permet de transférer des données vers un pays qui n&apos;assure pas un niveau de protection suffisant, au regard de la liste établie par la CNDP, qu&apos;avec l&apos;autorisation de la CNDP ou dans les cas d&apos;exception prévus par la loi (art. 43 et 44). Les clauses contractuelles conclues avec ces prestataires sont jointes à la demande d&apos;autorisation ; elles ne la remplacent pas. Le détail figure sous chaque traitement ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="264"/>
        <source>Lorsque le RGPD s&apos;applique, ces transferts sont en outre encadrés par les garanties indiquées pour chacun (RGPD art. 44 à 49). Vous pouvez en obtenir une copie auprès du délégué à la protection des données.</source>
        <translation>Lorsque le RGPD s&apos;applique, ces transferts sont en outre encadrés par les garanties indiquées pour chacun (RGPD art. 44 à 49). Vous pouvez en obtenir une copie auprès du délégué à la protection des données.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="270"/>
        <source>{country} : {processors}</source>
        <translation>{country} : {processors}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="271"/>
        <source>Aucun transfert de données hors du Maroc n&apos;est inscrit au registre.</source>
        <translation>Aucun transfert de données hors du Maroc n&apos;est inscrit au registre.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="275"/>
        <source>Vos droits (loi n° 09-08)</source>
        <translation>Vos droits (loi n° 09-08)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="276"/>
        <source>La loi n° 09-08 vous reconnaît, pour les données qui vous concernent :</source>
        <translation>La loi n° 09-08 vous reconnaît, pour les données qui vous concernent :</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="279"/>
        <source>Droit d&apos;accès (art. 7) : obtenir, sans délai et gratuitement, la confirmation que des données vous concernant sont ou ne sont pas traitées et, le cas échéant, la communication de ces données, des finalités du traitement, de leurs destinataires et de leur origine.</source>
        <translation>Droit d&apos;accès (art. 7) : obtenir, sans délai et gratuitement, la confirmation que des données vous concernant sont ou ne sont pas traitées et, le cas échéant, la communication de ces données, des finalités du traitement, de leurs destinataires et de leur origine.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="286"/>
        <source>Droit de rectification (art. 8) : obtenir gratuitement l&apos;actualisation, la rectification, l&apos;effacement ou le verrouillage des données dont le traitement n&apos;est pas conforme à la loi, notamment parce qu&apos;elles sont incomplètes ou inexactes, dans un délai franc de dix jours. Si la demande est refusée ou reste sans réponse dans ce délai, vous pouvez saisir la CNDP.</source>
        <translation>Droit de rectification (art. 8) : obtenir gratuitement l&apos;actualisation, la rectification, l&apos;effacement ou le verrouillage des données dont le traitement n&apos;est pas conforme à la loi, notamment parce qu&apos;elles sont incomplètes ou inexactes, dans un délai franc de dix jours. Si la demande est refusée ou reste sans réponse dans ce délai, vous pouvez saisir la CNDP.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="294"/>
        <source>Droit d&apos;opposition (art. 9) : vous opposer, pour des motifs légitimes, au traitement de vos données et, sans frais, à leur utilisation à des fins de prospection, notamment commerciale.</source>
        <translation>Droit d&apos;opposition (art. 9) : vous opposer, pour des motifs légitimes, au traitement de vos données et, sans frais, à leur utilisation à des fins de prospection, notamment commerciale.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="300"/>
        <source>Prospection directe (art. 10) : elle ne peut se faire par automate d&apos;appel, télécopieur ou courrier électronique qu&apos;avec votre consentement préalable.</source>
        <translation>Prospection directe (art. 10) : elle ne peut se faire par automate d&apos;appel, télécopieur ou courrier électronique qu&apos;avec votre consentement préalable.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="305"/>
        <source>Décisions automatisées (art. 11) : aucune décision produisant des effets juridiques à votre égard ne peut être prise sur le seul fondement d&apos;un traitement automatisé destiné à définir votre profil ou à évaluer certains aspects de votre personnalité.</source>
        <translation>Décisions automatisées (art. 11) : aucune décision produisant des effets juridiques à votre égard ne peut être prise sur le seul fondement d&apos;un traitement automatisé destiné à définir votre profil ou à évaluer certains aspects de votre personnalité.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="312"/>
        <source>Vos droits au titre du RGPD</source>
        <translation>Vos droits au titre du RGPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="313"/>
        <source>Lorsque le règlement général sur la protection des données (RGPD) s&apos;applique au traitement de vos données, notamment parce que vous vous trouvez dans l&apos;Union européenne, vous disposez en outre des droits suivants :</source>
        <translation>Lorsque le règlement général sur la protection des données (RGPD) s&apos;applique au traitement de vos données, notamment parce que vous vous trouvez dans l&apos;Union européenne, vous disposez en outre des droits suivants :</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="319"/>
        <source>droit d&apos;accès à vos données et d&apos;en obtenir une copie (art. 15) ;</source>
        <translation>droit d&apos;accès à vos données et d&apos;en obtenir une copie (art. 15) ;</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="322"/>
        <source>droit de rectification des données inexactes ou incomplètes (art. 16) ;</source>
        <translation>droit de rectification des données inexactes ou incomplètes (art. 16) ;</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="325"/>
        <source>droit à l&apos;effacement (art. 17) ;</source>
        <translation>droit à l&apos;effacement (art. 17) ;</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="326"/>
        <source>droit à la limitation du traitement (art. 18) ;</source>
        <translation>droit à la limitation du traitement (art. 18) ;</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="327"/>
        <source>droit à la portabilité des données que vous avez fournies, lorsque le traitement repose sur votre consentement ou sur un contrat et est automatisé (art. 20) ;</source>
        <translation>droit à la portabilité des données que vous avez fournies, lorsque le traitement repose sur votre consentement ou sur un contrat et est automatisé (art. 20) ;</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="332"/>
        <source>droit d&apos;opposition au traitement fondé sur l&apos;intérêt légitime ou l&apos;intérêt public, et à tout moment à la prospection (art. 21) ;</source>
        <translation>droit d&apos;opposition au traitement fondé sur l&apos;intérêt légitime ou l&apos;intérêt public, et à tout moment à la prospection (art. 21) ;</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="337"/>
        <source>droit de ne pas faire l&apos;objet d&apos;une décision fondée exclusivement sur un traitement automatisé produisant des effets juridiques à votre égard (art. 22) ;</source>
        <translation>droit de ne pas faire l&apos;objet d&apos;une décision fondée exclusivement sur un traitement automatisé produisant des effets juridiques à votre égard (art. 22) ;</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="342"/>
        <source>droit de retirer à tout moment votre consentement, sans que cela compromette la licéité du traitement effectué avant ce retrait (art. 7(3)) ;</source>
        <translation>droit de retirer à tout moment votre consentement, sans que cela compromette la licéité du traitement effectué avant ce retrait (art. 7(3)) ;</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="347"/>
        <source>droit d&apos;introduire une réclamation auprès d&apos;une autorité de contrôle (art. 77).</source>
        <translation>droit d&apos;introduire une réclamation auprès d&apos;une autorité de contrôle (art. 77).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="351"/>
        <source>Comment exercer vos droits</source>
        <translation>Comment exercer vos droits</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="352"/>
        <source>Adressez votre demande au délégué à la protection des données de {organisation} :</source>
        <translation>Adressez votre demande au délégué à la protection des données de {organisation} :</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="355"/>
        <source>Pour chaque traitement, le service auprès duquel exercer vos droits :</source>
        <translation>Pour chaque traitement, le service auprès duquel exercer vos droits :</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="358"/>
        <source>{activity} : {service}</source>
        <translation>{activity} : {service}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="359"/>
        <source>Une demande de rectification, d&apos;effacement ou de verrouillage est traitée dans le délai franc de dix jours fixé par la loi 09-08 (art. 8).</source>
        <translation>Une demande de rectification, d&apos;effacement ou de verrouillage est traitée dans le délai franc de dix jours fixé par la loi 09-08 (art. 8).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="364"/>
        <source>Pour vos autres demandes, {organisation} s&apos;engage à vous répondre dans un délai de {days} jours au plus. Ce délai est un engagement de {organisation} : la loi 09-08 n&apos;en fixe pas.</source>
        <translation>Pour vos autres demandes, {organisation} s&apos;engage à vous répondre dans un délai de {days} jours au plus. Ce délai est un engagement de {organisation} : la loi 09-08 n&apos;en fixe pas.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="370"/>
        <source>Au titre du RGPD, la réponse vous est donnée dans un délai d&apos;un mois à compter de la réception de la demande ; ce délai peut être prolongé de deux mois compte tenu de la complexité ou du nombre des demandes, et vous en êtes alors informé dans le premier mois (RGPD art. 12(3)).</source>
        <translation>Au titre du RGPD, la réponse vous est donnée dans un délai d&apos;un mois à compter de la réception de la demande ; ce délai peut être prolongé de deux mois compte tenu de la complexité ou du nombre des demandes, et vous en êtes alors informé dans le premier mois (RGPD art. 12(3)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="378"/>
        <source>Déclarations et autorisations auprès de la CNDP</source>
        <translation>Déclarations et autorisations auprès de la CNDP</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="379"/>
        <source>Les traitements sont déclarés à la CNDP ou autorisés par elle (loi 09-08 art. 12). Références délivrées par la CNDP (art. 5) :</source>
        <translation>Les traitements sont déclarés à la CNDP ou autorisés par elle (loi 09-08 art. 12). Références délivrées par la CNDP (art. 5) :</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="384"/>
        <source>{activity} — {formality} : {state}</source>
        <translation>{activity} — {formality} : {state}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="385"/>
        <source>n° {reference}</source>
        <translation>n° {reference}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="386"/>
        <source>n° {reference} du {date}</source>
        <translation>n° {reference} du {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="387"/>
        <source>dossier déposé le {date}, référence non encore délivrée</source>
        <translation>dossier déposé le {date}, référence non encore délivrée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="388"/>
        <source>référence non encore délivrée par la CNDP</source>
        <translation>référence non encore délivrée par la CNDP</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="389"/>
        <source>{formality} : {state}</source>
        <translation>{formality} : {state}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="390"/>
        <source>fin du traitement déclarée</source>
        <translation>fin du traitement déclarée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="392"/>
        <source>Réclamation auprès d&apos;une autorité de contrôle</source>
        <translation>Réclamation auprès d&apos;une autorité de contrôle</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="393"/>
        <source>Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une plainte à la Commission nationale de contrôle de la protection des données à caractère personnel (CNDP) :</source>
        <translation>Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une plainte à la Commission nationale de contrôle de la protection des données à caractère personnel (CNDP) :</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="399"/>
        <source>Lorsque le RGPD s&apos;applique, vous pouvez aussi introduire une réclamation auprès de l&apos;autorité de contrôle de l&apos;État membre de l&apos;Union européenne où se trouve votre résidence habituelle, votre lieu de travail ou le lieu de la violation alléguée (RGPD art. 77). En France, il s&apos;agit de la CNIL :</source>
        <translation>Lorsque le RGPD s&apos;applique, vous pouvez aussi introduire une réclamation auprès de l&apos;autorité de contrôle de l&apos;État membre de l&apos;Union européenne où se trouve votre résidence habituelle, votre lieu de travail ou le lieu de la violation alléguée (RGPD art. 77). En France, il s&apos;agit de la CNIL :</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="407"/>
        <source>Date de la notice</source>
        <translation>Date de la notice</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="408"/>
        <source>Notice établie le {date} à partir du registre des traitements de {organisation}. Elle est mise à jour à chaque changement de ces traitements.</source>
        <translation>Notice établie le {date} à partir du registre des traitements de {organisation}. Elle est mise à jour à chaque changement de ces traitements.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="415"/>
        <source>Aucun contact du délégué (e-mail ou téléphone) n&apos;est renseigné.</source>
        <translation>Aucun contact du délégué (e-mail ou téléphone) n&apos;est renseigné.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="418"/>
        <source>L&apos;adresse de l&apos;organisation n&apos;est pas renseignée.</source>
        <translation>L&apos;adresse de l&apos;organisation n&apos;est pas renseignée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="419"/>
        <source>« {activity} » : aucune durée de conservation n&apos;est inscrite.</source>
        <translation>« {activity} » : aucune durée de conservation n&apos;est inscrite.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="422"/>
        <source>« {activity} » : {formality} sans référence de la CNDP.</source>
        <translation>« {activity} » : {formality} sans référence de la CNDP.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="425"/>
        <source>« {activity} » : transfert vers {country} sans autorisation de la CNDP ni exception de la loi 09-08.</source>
        <translation>« {activity} » : transfert vers {country} sans autorisation de la CNDP ni exception de la loi 09-08.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="430"/>
        <source>« {activity} » : transfert vers {country} par {processor} sans autorisation de la CNDP ni exception de la loi 09-08.</source>
        <translation>« {activity} » : transfert vers {country} par {processor} sans autorisation de la CNDP ni exception de la loi 09-08.</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="42"/>
        <source>Notice d&apos;information</source>
        <translation>Notice d&apos;information</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="43"/>
        <source>La notice est générée à partir du registre : le responsable du traitement et son délégué, puis pour chaque traitement ses finalités et bases légales, les données, les destinataires et sous-traitants, les transferts et leurs garanties, les durées de conservation, les numéros de récépissé ou d&apos;autorisation de la CNDP, les droits des personnes et les recours (loi 09-08 art. 5).</source>
        <translation>La notice est générée à partir du registre : le responsable du traitement et son délégué, puis pour chaque traitement ses finalités et bases légales, les données, les destinataires et sous-traitants, les transferts et leurs garanties, les durées de conservation, les numéros de récépissé ou d&apos;autorisation de la CNDP, les droits des personnes et les recours (loi 09-08 art. 5).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="52"/>
        <source>Générer et enregistrer…</source>
        <translation>Générer et enregistrer…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="68"/>
        <source>PDF (à imprimer ou à joindre)</source>
        <translation>PDF (à imprimer ou à joindre)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="69"/>
        <source>Page web (HTML)</source>
        <translation>Page web (HTML)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="73"/>
        <source>Langue</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="73"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="79"/>
        <source>La notice ne dit que ce que le registre contient : relisez-la, et complétez-la si besoin, avant de la publier.</source>
        <translation>La notice ne dit que ce que le registre contient : relisez-la, et complétez-la si besoin, avant de la publier.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="90"/>
        <source>À compléter dans le registre avant de publier</source>
        <translation>À compléter dans le registre avant de publier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="93"/>
        <source>Ce que le registre ne dit pas encore (un récépissé attendu, une durée de conservation…) s&apos;affichera ici après l&apos;enregistrement de la notice.</source>
        <translation>Ce que le registre ne dit pas encore (un récépissé attendu, une durée de conservation…) s&apos;affichera ici après l&apos;enregistrement de la notice.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="100"/>
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="111"/>
        <source>Le RGPD s&apos;applique à l&apos;organisation : la notice donne aussi ce que demandent ses articles 13 et 14, et l&apos;autorité européenne à saisir.</source>
        <translation>Le RGPD s&apos;applique à l&apos;organisation : la notice donne aussi ce que demandent ses articles 13 et 14, et l&apos;autorité européenne à saisir.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="115"/>
        <source>Le RGPD ne s&apos;applique pas à l&apos;organisation (Paramètres ▸ Organisation) : la notice suit la loi 09-08.</source>
        <translation>Le RGPD ne s&apos;applique pas à l&apos;organisation (Paramètres ▸ Organisation) : la notice suit la loi 09-08.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="152"/>
        <source>Notice enregistrée : {path}</source>
        <translation>Notice enregistrée : {path}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="160"/>
        <source>À compléter dans le registre avant de publier :</source>
        <translation>À compléter dans le registre avant de publier :</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="170"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="172"/>
        <source>Pages web (*.html *.htm)</source>
        <translation>Pages web (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="175"/>
        <source>Enregistrer la notice d&apos;information</source>
        <translation>Enregistrer la notice d&apos;information</translation>
    </message>
</context>
<context>
    <name>NotificationPhase</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="75"/>
        <source>Notification initiale</source>
        <translation>Notification initiale</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="76"/>
        <source>Notification complémentaire</source>
        <translation>Notification complémentaire</translation>
    </message>
</context>
<context>
    <name>OrganisationFields</name>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="33"/>
        <source>Raison sociale</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="37"/>
        <source>Adresse postale, telle qu&apos;elle figurera sur les courriers</source>
        <translation>Adresse postale, telle qu&apos;elle figurera sur les courriers</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="44"/>
        <source>Casablanca</source>
        <translation>Casablanca</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="46"/>
        <source>La ville de la ligne de date des courriers : « Casablanca, le 6 décembre 2026 ». Vide : la date seule.</source>
        <translation>La ville de la ligne de date des courriers : « Casablanca, le 6 décembre 2026 ». Vide : la date seule.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="55"/>
        <source>dpo@exemple.ma</source>
        <translation>dpo@exemple.ma</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="59"/>
        <source>+212 …</source>
        <translation>+212 …</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="67"/>
        <source>RC, ICE, IF…</source>
        <translation>RC, ICE, IF…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="71"/>
        <source>Représentant légal qui signe</source>
        <translation>Représentant légal qui signe</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="75"/>
        <source>ex. Directeur général</source>
        <translation>ex. Directeur général</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="78"/>
        <source>Établie au Maroc</source>
        <translation>Établie au Maroc</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="83"/>
        <source>Nom et adresse du représentant au Maroc</source>
        <translation>Nom et adresse du représentant au Maroc</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="88"/>
        <source>Un responsable qui n&apos;est pas établi au Maroc y désigne un représentant (loi 09-08 art. 15 (a)).</source>
        <translation>Un responsable qui n&apos;est pas établi au Maroc y désigne un représentant (loi 09-08 art. 15 (a)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="95"/>
        <source>Le RGPD s&apos;applique aussi</source>
        <translation>Le RGPD s&apos;applique aussi</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="98"/>
        <source>Services offerts à des personnes dans l&apos;UE, ou suivi de leur comportement (RGPD art. 3(2)).</source>
        <translation>Services offerts à des personnes dans l&apos;UE, ou suivi de leur comportement (RGPD art. 3(2)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="150"/>
        <source>Identifiants légaux</source>
        <translation>Identifiants légaux</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="154"/>
        <source>Signataire</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="157"/>
        <source>Qualité du signataire</source>
        <translation>Qualité du signataire</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="162"/>
        <source>Représentant au Maroc</source>
        <translation>Représentant au Maroc</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="37"/>
        <source>Trop courte</source>
        <translation>Trop courte</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="38"/>
        <source>Faible</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="39"/>
        <source>Encore trop faible</source>
        <translation>Encore trop faible</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="40"/>
        <source>Bonne</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="41"/>
        <source>Excellente</source>
        <translation>Excellente</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <location filename="../../dpo_desk/ui/widgets.py" line="391"/>
        <source>Masquer la phrase secrète</source>
        <extracomment>How long a success message stays before it clears itself. a form the user fills in: Escape, Annuler or the close button ask before throwing away what was typed. A lock never asks (it calls reject(): the section keeps a draft).</extracomment>
        <translation>Masquer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/widgets.py" line="393"/>
        <source>Afficher la phrase secrète</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
</context>
<context>
    <name>PassphraseFeedback</name>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="45"/>
        <source>Plusieurs mots sans lien entre eux font une phrase secrète longue et mémorisable.</source>
        <extracomment>What a passphrase still too short is told.</extracomment>
        <translation>Plusieurs mots sans lien entre eux font une phrase secrète longue et mémorisable.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="52"/>
        <source>Utilisez quelques mots, en évitant les expressions courantes.</source>
        <extracomment>Every sentence of zxcvbn&apos;s feedback module (zxcvbn 4.5.0), and its French message id.</extracomment>
        <translation>Utilisez quelques mots, en évitant les expressions courantes.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="55"/>
        <source>Inutile d&apos;y mettre des symboles, des chiffres ou des majuscules.</source>
        <translation>Inutile d&apos;y mettre des symboles, des chiffres ou des majuscules.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="58"/>
        <source>Ajoutez un ou deux mots, de préférence peu courants.</source>
        <translation>Ajoutez un ou deux mots, de préférence peu courants.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="61"/>
        <source>Les rangées de touches du clavier sont faciles à deviner.</source>
        <translation>Les rangées de touches du clavier sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="64"/>
        <source>Les motifs courts tracés sur le clavier sont faciles à deviner.</source>
        <translation>Les motifs courts tracés sur le clavier sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="67"/>
        <source>Utilisez un motif de clavier plus long, avec plus de changements de direction.</source>
        <translation>Utilisez un motif de clavier plus long, avec plus de changements de direction.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="71"/>
        <source>Les répétitions comme « aaa » sont faciles à deviner.</source>
        <translation>Les répétitions comme « aaa » sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="74"/>
        <source>Les répétitions comme « abcabcabc » sont à peine plus difficiles à deviner que « abc ».</source>
        <translation>Les répétitions comme « abcabcabc » sont à peine plus difficiles à deviner que « abc ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="78"/>
        <source>Évitez de répéter des mots ou des caractères.</source>
        <translation>Évitez de répéter des mots ou des caractères.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="81"/>
        <source>Les suites comme « abc » ou « 6543 » sont faciles à deviner.</source>
        <translation>Les suites comme « abc » ou « 6543 » sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="84"/>
        <source>Évitez les suites.</source>
        <translation>Évitez les suites.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="85"/>
        <source>Les années récentes sont faciles à deviner.</source>
        <translation>Les années récentes sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="88"/>
        <source>Évitez les années récentes.</source>
        <translation>Évitez les années récentes.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="89"/>
        <source>Évitez les années qui vous sont liées.</source>
        <translation>Évitez les années qui vous sont liées.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="92"/>
        <source>Les dates sont souvent faciles à deviner.</source>
        <translation>Les dates sont souvent faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="95"/>
        <source>Évitez les dates et les années qui vous sont liées.</source>
        <translation>Évitez les dates et les années qui vous sont liées.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="98"/>
        <source>C&apos;est l&apos;un des 10 mots de passe les plus courants.</source>
        <translation>C&apos;est l&apos;un des 10 mots de passe les plus courants.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="101"/>
        <source>C&apos;est l&apos;un des 100 mots de passe les plus courants.</source>
        <translation>C&apos;est l&apos;un des 100 mots de passe les plus courants.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="104"/>
        <source>C&apos;est un mot de passe très courant.</source>
        <translation>C&apos;est un mot de passe très courant.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="107"/>
        <source>Cela ressemble à un mot de passe très répandu.</source>
        <translation>Cela ressemble à un mot de passe très répandu.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="110"/>
        <source>Un mot seul est facile à deviner.</source>
        <translation>Un mot seul est facile à deviner.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="113"/>
        <source>Un prénom ou un nom seul est facile à deviner.</source>
        <translation>Un prénom ou un nom seul est facile à deviner.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="116"/>
        <source>Les prénoms et les noms courants sont faciles à deviner.</source>
        <translation>Les prénoms et les noms courants sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="119"/>
        <source>Une majuscule au début n&apos;aide guère.</source>
        <translation>Une majuscule au début n&apos;aide guère.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="122"/>
        <source>Tout en majuscules est presque aussi facile à deviner que tout en minuscules.</source>
        <translation>Tout en majuscules est presque aussi facile à deviner que tout en minuscules.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="126"/>
        <source>Un mot écrit à l&apos;envers n&apos;est guère plus difficile à deviner.</source>
        <translation>Un mot écrit à l&apos;envers n&apos;est guère plus difficile à deviner.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="129"/>
        <source>Les substitutions prévisibles, comme « @ » au lieu de « a », n&apos;aident guère.</source>
        <translation>Les substitutions prévisibles, comme « @ » au lieu de « a », n&apos;aident guère.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="135"/>
        <source>Cette phrase secrète est facile à deviner : ajoutez des mots peu courants, sans lien entre eux.</source>
        <extracomment>A sentence of zxcvbn&apos;s that :data:`FEEDBACK` does not know.</extracomment>
        <translation>Cette phrase secrète est facile à deviner : ajoutez des mots peu courants, sans lien entre eux.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="141"/>
        <source>Évitez le nom de l&apos;organisme, celui du DPO et son adresse e-mail : ils sont connus.</source>
        <extracomment>The passphrase contains the organisation&apos;s or the DPO&apos;s name (zxcvbn says nothing).</extracomment>
        <translation>Évitez le nom de l&apos;organisme, celui du DPO et son adresse e-mail : ils sont connus.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../dpo_desk/ui/letters/preview.py" line="122"/>
        <source>Page {n}</source>
        <translation>Page {n}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="35"/>
        <source>Violation</source>
        <translation>Violation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="38"/>
        <location filename="../../dpo_desk/ui/printing.py" line="239"/>
        <source>Référence</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="39"/>
        <source>Intitulé</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="41"/>
        <location filename="../../dpo_desk/ui/printing.py" line="240"/>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="45"/>
        <source>Risque</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="49"/>
        <location filename="../../dpo_desk/ui/printing.py" line="245"/>
        <source>Régime</source>
        <translation>Régime</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="53"/>
        <source>Début</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="57"/>
        <source>Découverte</source>
        <translation>Découverte</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="61"/>
        <source>Connue le</source>
        <translation>Connue le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="66"/>
        <source>Notification (72 heures)</source>
        <translation>Notification (72 heures)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="70"/>
        <source>Autorité</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="74"/>
        <source>Au plus tard le</source>
        <translation>Au plus tard le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="78"/>
        <source>Délai</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="93"/>
        <source>confidentialité</source>
        <translation>confidentialité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="94"/>
        <source>intégrité</source>
        <translation>intégrité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="95"/>
        <source>disponibilité</source>
        <translation>disponibilité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="100"/>
        <source>Nature et étendue</source>
        <translation>Nature et étendue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="103"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="104"/>
        <source>Atteinte à</source>
        <translation>Atteinte à</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="106"/>
        <source>Personnes concernées</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="110"/>
        <source>Nombre de personnes (approx.)</source>
        <translation>Nombre de personnes (approx.)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="114"/>
        <source>Enregistrements</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="118"/>
        <source>Nombre d&apos;enregistrements (approx.)</source>
        <translation>Nombre d&apos;enregistrements (approx.)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="122"/>
        <source>Catégories de données</source>
        <translation>Catégories de données</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="126"/>
        <source>Mineurs concernés</source>
        <translation>Mineurs concernés</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="130"/>
        <source>Conséquences probables</source>
        <translation>Conséquences probables</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="134"/>
        <source>Sous-traitants</source>
        <translation>Sous-traitants</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="139"/>
        <source>Mesures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="142"/>
        <source>Mesures prises</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="144"/>
        <source>Mesures envisagées</source>
        <translation>Mesures envisagées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="148"/>
        <source>Actions correctives</source>
        <translation>Actions correctives</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="153"/>
        <source>Notifications faites</source>
        <translation>Notifications faites</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="157"/>
        <source>{authority} — {phase} — {when}</source>
        <translation>{authority} — {phase} — {when}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="163"/>
        <source>Référence : {ref}</source>
        <translation>Référence : {ref}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="167"/>
        <source>Motif du retard : {why}</source>
        <translation>Motif du retard : {why}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="175"/>
        <source>Communication aux personnes — {channel} — {when} — {audience}</source>
        <translation>Communication aux personnes — {channel} — {when} — {audience}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="186"/>
        <source>Aucune notification faite.</source>
        <translation>Aucune notification faite.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="192"/>
        <source>Décision de ne pas notifier</source>
        <translation>Décision de ne pas notifier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="193"/>
        <source>{reasons}
({who}, {when})</source>
        <translation>{reasons}
({who}, {when})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="203"/>
        <source>Exception à l&apos;information des personnes</source>
        <translation>Exception à l&apos;information des personnes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="211"/>
        <location filename="../../dpo_desk/ui/printing.py" line="388"/>
        <source>Clôturée le</source>
        <translation>Clôturée le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="217"/>
        <source>Décisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="223"/>
        <location filename="../../dpo_desk/ui/printing.py" line="395"/>
        <source>Courriers émis</source>
        <translation>Courriers émis</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="229"/>
        <source>{when} — {what} ({who})</source>
        <translation>{when} — {what} ({who})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="236"/>
        <source>Chronologie</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="240"/>
        <source>Violation {reference}</source>
        <translation>Violation {reference}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="139"/>
        <source>{shown} premières lignes sur {total}</source>
        <translation>{shown} premières lignes sur {total}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="168"/>
        <source>Aucune ligne à imprimer.</source>
        <translation>Aucune ligne à imprimer.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="204"/>
        <source>{kind} — émis le {when}</source>
        <translation>{kind} — émis le {when}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="208"/>
        <source>{letter}, validé par {reviewer}</source>
        <translation>{letter}, validé par {reviewer}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="234"/>
        <source>{reference} (réf. externe {external})</source>
        <translation>{reference} (réf. externe {external})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="242"/>
        <source>Droits exercés</source>
        <translation>Droits exercés</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="247"/>
        <source>Reçue le</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="250"/>
        <source>Reçue par</source>
        <translation>Reçue par</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="251"/>
        <source>Demandeur</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="253"/>
        <source>Agit en tant que</source>
        <translation>Agit en tant que</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="259"/>
        <source>Personne concernée</source>
        <translation>Personne concernée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="262"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="263"/>
        <source>Téléphone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="264"/>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="265"/>
        <source>Suivie par</source>
        <translation>Suivie par</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="269"/>
        <source>{date} — {countdown}</source>
        <translation>{date} — {countdown}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="273"/>
        <source>{citation} (délai légal) — {rule}</source>
        <translation>{citation} (délai légal) — {rule}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="275"/>
        <source>{citation} — {rule}</source>
        <translation>{citation} — {rule}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="278"/>
        <source>Demande</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="280"/>
        <location filename="../../dpo_desk/ui/printing.py" line="283"/>
        <source>Échéance</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="284"/>
        <source>Fondement</source>
        <translation>Fondement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="302"/>
        <source>{regime}, {right} : {date} — {citation}</source>
        <translation>{regime}, {right} : {date} — {citation}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="311"/>
        <source>{line} (retenue)</source>
        <translation>{line} (retenue)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="316"/>
        <source>    autre lecture : {date} — {why}</source>
        <translation>    autre lecture : {date} — {why}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="328"/>
        <source>Identité</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="333"/>
        <source>Pièce</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="337"/>
        <source>Vérifiée le</source>
        <translation>Vérifiée le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="342"/>
        <source>du {start} au {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="346"/>
        <source>depuis le {start}</source>
        <translation>depuis le {start}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="352"/>
        <source>Suspensions</source>
        <translation>Suspensions</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="356"/>
        <source>Prorogée le</source>
        <translation>Prorogée le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="363"/>
        <source>Motif de prorogation</source>
        <translation>Motif de prorogation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="370"/>
        <source>Réponse</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="371"/>
        <source>le {date}, par {channel}</source>
        <translation>le {date}, par {channel}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="380"/>
        <source>Motif du refus</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="392"/>
        <source>Suivi</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="399"/>
        <source>Aucun courrier émis.</source>
        <translation>Aucun courrier émis.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="403"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="411"/>
        <source>Historique</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="414"/>
        <source>Demande {reference}</source>
        <translation>Demande {reference}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="428"/>
        <source>oui</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="430"/>
        <source>non</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="448"/>
        <source>À regarder</source>
        <translation>À regarder</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="449"/>
        <source>Fiche</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="455"/>
        <source>Aucun.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/print_pages.py" line="285"/>
        <source>Imprimé le {when}</source>
        <translation>Imprimé le {when}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="492"/>
        <source>Aperçu avant impression — {title}</source>
        <translation>Aperçu avant impression — {title}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="528"/>
        <source>Imprimer…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="535"/>
        <source>Imprimer ou enregistrer en PDF, avec un aperçu ({keys})</source>
        <translation>Imprimer ou enregistrer en PDF, avec un aperçu ({keys})</translation>
    </message>
</context>
<context>
    <name>ProcessingSection</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="51"/>
        <source>Rechercher : nom, finalité, service, n° de récépissé…</source>
        <translation>Rechercher : nom, finalité, service, n° de récépissé…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="69"/>
        <source>Modifier…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="72"/>
        <source>Marquer comme revu</source>
        <translation>Marquer comme revu</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="74"/>
        <source>Enregistrer la revue de cette fiche aujourd&apos;hui (RGPD art. 24(1))</source>
        <translation>Enregistrer la revue de cette fiche aujourd&apos;hui (RGPD art. 24(1))</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="84"/>
        <source>Rattacher un sous-traitant…</source>
        <translation>Rattacher un sous-traitant…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="85"/>
        <source>Détacher</source>
        <translation>Détacher</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="82"/>
        <source>Sous-traitants</source>
        <translation>Sous-traitants</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="83"/>
        <source>Double-cliquez pour ouvrir la fiche du sous-traitant.</source>
        <translation>Double-cliquez pour ouvrir la fiche du sous-traitant.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="90"/>
        <source>Ajouter un transfert…</source>
        <translation>Ajouter un transfert…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="91"/>
        <source>Supprimer</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="88"/>
        <source>Transferts hors du Maroc</source>
        <translation>Transferts hors du Maroc</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="89"/>
        <source>Loi 09-08 art. 43-44 ; RGPD art. 44-49.</source>
        <translation>Loi 09-08 art. 43-44 ; RGPD art. 44-49.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/__init__.py" line="113"/>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="101"/>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="104"/>
        <source>Traitements</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="109"/>
        <source>Notice d&apos;information…</source>
        <translation>Notice d&apos;information…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="112"/>
        <source>Générer la notice d&apos;information des personnes à partir du registre</source>
        <translation>Générer la notice d&apos;information des personnes à partir du registre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="127"/>
        <source>Notice d&apos;information enregistrée : {name}</source>
        <translation>Notice d&apos;information enregistrée : {name}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="132"/>
        <source>Nouveau traitement</source>
        <translation>Nouveau traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="139"/>
        <source>Aucun traitement inscrit</source>
        <translation>Aucun traitement inscrit</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="141"/>
        <source>Inscrivez ici chaque activité de traitement : ses finalités et bases légales, les données, leur durée de conservation, ses destinataires et ses formalités auprès de la CNDP.</source>
        <translation>Inscrivez ici chaque activité de traitement : ses finalités et bases légales, les données, leur durée de conservation, ses destinataires et ses formalités auprès de la CNDP.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="149"/>
        <source>1 traitement</source>
        <translation>1 traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="150"/>
        <source>{count} traitements</source>
        <translation>{count} traitements</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="154"/>
        <source>Toutes les bases légales</source>
        <translation>Toutes les bases légales</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="156"/>
        <source>Base légale</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="160"/>
        <source>Tous les régimes CNDP</source>
        <translation>Tous les régimes CNDP</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="162"/>
        <source>Régime CNDP</source>
        <translation>Régime CNDP</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="167"/>
        <source>AIPD : toutes</source>
        <translation>AIPD : toutes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="168"/>
        <source>AIPD requise</source>
        <translation>AIPD requise</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="169"/>
        <source>AIPD requise, non réalisée</source>
        <translation>AIPD requise, non réalisée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="170"/>
        <source>AIPD non requise</source>
        <translation>AIPD non requise</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="172"/>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="302"/>
        <source>Analyse d&apos;impact</source>
        <translation>Analyse d&apos;impact</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="177"/>
        <source>Toutes les fiches</source>
        <translation>Toutes les fiches</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="178"/>
        <source>Signalées</source>
        <translation>Signalées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="179"/>
        <source>Revue en retard</source>
        <translation>Revue en retard</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="180"/>
        <source>Transfert non encadré</source>
        <translation>Transfert non encadré</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="181"/>
        <source>Autorisation CNDP requise</source>
        <translation>Autorisation CNDP requise</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="182"/>
        <source>AIPD à réaliser</source>
        <translation>AIPD à réaliser</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="183"/>
        <source>Formalité CNDP due</source>
        <translation>Formalité CNDP due</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="185"/>
        <source>Alertes</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="191"/>
        <source>Traitements dont une formalité CNDP est à déposer ou une modification à déclarer (loi 09-08 art. 12 et 15)</source>
        <translation>Traitements dont une formalité CNDP est à déposer ou une modification à déclarer (loi 09-08 art. 12 et 15)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="252"/>
        <source>récépissé {number}</source>
        <translation>récépissé {number}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="255"/>
        <source>du {date}</source>
        <translation>du {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="269"/>
        <source>Concerne des mineurs.</source>
        <translation>Concerne des mineurs.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="275"/>
        <source>Requise — réalisée le {date}</source>
        <translation>Requise — réalisée le {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="279"/>
        <source>Requise — non réalisée</source>
        <translation>Requise — non réalisée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="282"/>
        <source>Non requise</source>
        <translation>Non requise</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="290"/>
        <source>Finalités</source>
        <translation>Finalités</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="291"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="292"/>
        <source>Personnes concernées</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="293"/>
        <source>Données</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="294"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="295"/>
        <source>Destinataires</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="297"/>
        <source>Conservation</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="300"/>
        <source>Sécurité</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="301"/>
        <source>Exercice des droits</source>
        <translation>Exercice des droits</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="304"/>
        <source>Dernière revue</source>
        <translation>Dernière revue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="305"/>
        <source>jamais</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="308"/>
        <source>Inscrit le</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="342"/>
        <source>Formalité CNDP enregistrée.</source>
        <translation>Formalité CNDP enregistrée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="349"/>
        <source>Traitement « {name} » inscrit au registre.</source>
        <translation>Traitement « {name} » inscrit au registre.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="352"/>
        <source>Traitement « {name} » enregistré.</source>
        <translation>Traitement « {name} » enregistré.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="367"/>
        <source>Revue du traitement enregistrée au {date}.</source>
        <translation>Revue du traitement enregistrée au {date}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="387"/>
        <source>Rattacher un sous-traitant</source>
        <translation>Rattacher un sous-traitant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="388"/>
        <source>Sous-traitant</source>
        <translation>Sous-traitant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="394"/>
        <source>Sous-traitant rattaché.</source>
        <translation>Sous-traitant rattaché.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="406"/>
        <source>Sous-traitant détaché de ce traitement.</source>
        <translation>Sous-traitant détaché de ce traitement.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="414"/>
        <source>Transfert ajouté.</source>
        <translation>Transfert ajouté.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="418"/>
        <source>Transfert supprimé.</source>
        <translation>Transfert supprimé.</translation>
    </message>
</context>
<context>
    <name>ProcessorStatus</name>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="380"/>
        <source>Actif</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="381"/>
        <source>Contrat terminé</source>
        <translation>Contrat terminé</translation>
    </message>
</context>
<context>
    <name>ProcessorTableModel</name>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="212"/>
        <source>Sous-traitant</source>
        <translation>Sous-traitant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="213"/>
        <source>Alertes</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="214"/>
        <source>Service fourni</source>
        <translation>Service fourni</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="215"/>
        <source>Pays</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="216"/>
        <source>Contrat (DPA)</source>
        <translation>Contrat (DPA)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="217"/>
        <source>Prochaine revue</source>
        <translation>Prochaine revue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="218"/>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="230"/>
        <source>Non signé</source>
        <translation>Non signé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="232"/>
        <source>Signé le {date}</source>
        <translation>Signé le {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="233"/>
        <source>Signé</source>
        <translation>Signé</translation>
    </message>
</context>
<context>
    <name>ProcessorsSection</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="50"/>
        <source>Rechercher : nom, service, certification, sous-traitant ultérieur…</source>
        <translation>Rechercher : nom, service, certification, sous-traitant ultérieur…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="67"/>
        <source>Modifier…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="70"/>
        <source>Fin de contrat…</source>
        <translation>Fin de contrat…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="72"/>
        <source>Enregistrer la fin du contrat et le sort des données (RGPD art. 28(3)(g))</source>
        <translation>Enregistrer la fin du contrat et le sort des données (RGPD art. 28(3)(g))</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="75"/>
        <source>Restitution ou suppression…</source>
        <translation>Restitution ou suppression…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="84"/>
        <source>Rattacher un traitement…</source>
        <translation>Rattacher un traitement…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="85"/>
        <source>Détacher</source>
        <translation>Détacher</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="82"/>
        <source>Traitements servis</source>
        <translation>Traitements servis</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="83"/>
        <source>Double-cliquez pour ouvrir la fiche du traitement.</source>
        <translation>Double-cliquez pour ouvrir la fiche du traitement.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="90"/>
        <source>Ajouter un transfert…</source>
        <translation>Ajouter un transfert…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="91"/>
        <source>Supprimer</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="88"/>
        <source>Transferts hors du Maroc</source>
        <translation>Transferts hors du Maroc</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="89"/>
        <source>Loi 09-08 art. 43-44 ; RGPD art. 44-49.</source>
        <translation>Loi 09-08 art. 43-44 ; RGPD art. 44-49.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/__init__.py" line="119"/>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="96"/>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="99"/>
        <source>Sous-traitants</source>
        <translation>Sous-traitants</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="102"/>
        <source>Nouveau sous-traitant</source>
        <translation>Nouveau sous-traitant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="109"/>
        <source>Aucun sous-traitant inscrit</source>
        <translation>Aucun sous-traitant inscrit</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="111"/>
        <source>Inscrivez ici chaque prestataire qui traite des données pour votre compte : son contrat et ses clauses, les pays où il traite les données, les traitements qu&apos;il sert et la date de sa prochaine revue.</source>
        <translation>Inscrivez ici chaque prestataire qui traite des données pour votre compte : son contrat et ses clauses, les pays où il traite les données, les traitements qu&apos;il sert et la date de sa prochaine revue.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="119"/>
        <source>1 sous-traitant</source>
        <translation>1 sous-traitant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="120"/>
        <source>{count} sous-traitants</source>
        <translation>{count} sous-traitants</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="124"/>
        <source>Tous les statuts</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="126"/>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="238"/>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="129"/>
        <source>Tous les pays</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="129"/>
        <source>Pays</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="132"/>
        <source>Toutes les fiches</source>
        <translation>Toutes les fiches</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="133"/>
        <source>Signalées</source>
        <translation>Signalées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="134"/>
        <source>Sans contrat (DPA)</source>
        <translation>Sans contrat (DPA)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="135"/>
        <source>Revue en retard</source>
        <translation>Revue en retard</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="136"/>
        <source>Transfert non encadré</source>
        <translation>Transfert non encadré</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="137"/>
        <source>Clauses manquantes</source>
        <translation>Clauses manquantes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="138"/>
        <source>Données non restituées</source>
        <translation>Données non restituées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="140"/>
        <source>Alertes</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="202"/>
        <source>Signé le {date}</source>
        <translation>Signé le {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="206"/>
        <source>prend fin le {date}</source>
        <translation>prend fin le {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="210"/>
        <source>Aucun contrat de sous-traitance signé</source>
        <translation>Aucun contrat de sous-traitance signé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="216"/>
        <source>le {date}</source>
        <translation>le {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="220"/>
        <source>{outcome} le {date}</source>
        <translation>{outcome} le {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="225"/>
        <source>Restitution ou suppression des données non enregistrée</source>
        <translation>Restitution ou suppression des données non enregistrée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="228"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="229"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="230"/>
        <source>DPO</source>
        <translation>DPO</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="231"/>
        <source>Pays de traitement</source>
        <translation>Pays de traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="232"/>
        <source>Données confiées</source>
        <translation>Données confiées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="233"/>
        <source>Contrat (DPA)</source>
        <translation>Contrat (DPA)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="234"/>
        <source>Clauses art. 28(3)</source>
        <translation>Clauses art. 28(3)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="235"/>
        <source>Certifications</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="236"/>
        <source>Sous-traitants ultérieurs</source>
        <translation>Sous-traitants ultérieurs</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="237"/>
        <source>Prochaine revue</source>
        <translation>Prochaine revue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="239"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="274"/>
        <source>Sous-traitant « {name} » inscrit au registre.</source>
        <translation>Sous-traitant « {name} » inscrit au registre.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="277"/>
        <source>Sous-traitant « {name} » enregistré.</source>
        <translation>Sous-traitant « {name} » enregistré.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="284"/>
        <source>Fin du contrat enregistrée.</source>
        <translation>Fin du contrat enregistrée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="293"/>
        <source>Sort des données enregistré.</source>
        <translation>Sort des données enregistré.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="311"/>
        <source>Rattacher un traitement</source>
        <translation>Rattacher un traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="312"/>
        <source>Traitement</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="318"/>
        <source>Traitement rattaché.</source>
        <translation>Traitement rattaché.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="330"/>
        <source>Traitement détaché de ce sous-traitant.</source>
        <translation>Traitement détaché de ce sous-traitant.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="338"/>
        <source>Transfert ajouté.</source>
        <translation>Transfert ajouté.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="342"/>
        <source>Transfert supprimé.</source>
        <translation>Transfert supprimé.</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="65"/>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="68"/>
        <source>Durées de conservation</source>
        <extracomment>the action chosen for each line of the table: the cases, then the copies</extracomment>
        <translation>Durées de conservation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="70"/>
        <source>Un dossier clos n&apos;est gardé que le temps fixé par l&apos;organisation, puis il est effacé ou anonymisé (RGPD art. 5.1.e ; loi 09-08 art. 3.1.e). Anonymiser vide l&apos;identité et les textes mais garde les dates et les chiffres pour les statistiques.</source>
        <translation>Un dossier clos n&apos;est gardé que le temps fixé par l&apos;organisation, puis il est effacé ou anonymisé (RGPD art. 5.1.e ; loi 09-08 art. 3.1.e). Anonymiser vide l&apos;identité et les textes mais garde les dates et les chiffres pour les statistiques.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="79"/>
        <source>Demandes :</source>
        <translation>Demandes :</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="82"/>
        <source>Violations :</source>
        <translation>Violations :</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="84"/>
        <source>après la clôture</source>
        <translation>après la clôture</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="86"/>
        <source>Enregistrer les durées</source>
        <translation>Enregistrer les durées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="98"/>
        <source>Référence</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="99"/>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="100"/>
        <source>Clos le</source>
        <translation>Clos le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="101"/>
        <source>Expiré depuis le</source>
        <translation>Expiré depuis le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="102"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="110"/>
        <source>PURGER</source>
        <translation>PURGER</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="113"/>
        <source>Pour confirmer, tapez {word} :</source>
        <translation>Pour confirmer, tapez {word} :</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="127"/>
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="127"/>
        <source>Purger les dossiers choisis</source>
        <translation>Purger les dossiers choisis</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="135"/>
        <source> an(s)</source>
        <translation> an(s)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="151"/>
        <source>Copies de pièce d&apos;identité : supprimées à la clôture de la demande ou {days} jours après la vérification, au premier des deux termes (politique interne, réglable dans Paramètres ▸ Justificatif d&apos;identité).</source>
        <translation>Copies de pièce d&apos;identité : supprimées à la clôture de la demande ou {days} jours après la vérification, au premier des deux termes (politique interne, réglable dans Paramètres ▸ Justificatif d&apos;identité).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="171"/>
        <source>Anonymiser</source>
        <translation>Anonymiser</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="172"/>
        <source>Effacer le dossier</source>
        <translation>Effacer le dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="173"/>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="189"/>
        <source>Garder pour l&apos;instant</source>
        <translation>Garder pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="181"/>
        <source>Copie de pièce d&apos;identité n° {id}</source>
        <translation>Copie de pièce d&apos;identité n° {id}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="188"/>
        <source>Supprimer la copie</source>
        <translation>Supprimer la copie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="197"/>
        <source>%n dossier(s) arrivé(s) au terme de la conservation</source>
        <translation>
            <numerusform>%n dossier arrivé au terme de la conservation</numerusform>
            <numerusform>%n dossiers arrivés au terme de la conservation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="202"/>
        <source>%n copie(s) de pièce d&apos;identité à supprimer</source>
        <translation>
            <numerusform>%n copie de pièce d&apos;identité à supprimer</numerusform>
            <numerusform>%n copies de pièce d&apos;identité à supprimer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="243"/>
        <source>Durées de conservation enregistrées.</source>
        <translation>Durées de conservation enregistrées.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="252"/>
        <source>Purge en cours, puis compactage du fichier…</source>
        <translation>Purge en cours, puis compactage du fichier…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="268"/>
        <source>%n copie(s) de pièce d&apos;identité supprimée(s).</source>
        <translation>
            <numerusform>%n copie de pièce d&apos;identité supprimée.</numerusform>
            <numerusform>%n copies de pièce d&apos;identité supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="271"/>
        <source>Purge faite : {deleted}, {anonymised}.</source>
        <translation>Purge faite : {deleted}, {anonymised}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="272"/>
        <source>%n dossier(s) effacé(s)</source>
        <translation>
            <numerusform>%n dossier effacé</numerusform>
            <numerusform>%n dossiers effacés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="273"/>
        <source>%n dossier(s) anonymisé(s)</source>
        <translation>
            <numerusform>%n dossier anonymisé</numerusform>
            <numerusform>%n dossiers anonymisés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/i18n.py" line="45"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/i18n.py" line="46"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RecentEntry</name>
    <message>
        <location filename="../../dpo_desk/ui/welcome.py" line="87"/>
        <source>Introuvable</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>RecipientKind</name>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="190"/>
        <source>Service interne</source>
        <translation>Service interne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="191"/>
        <source>Organisme externe</source>
        <translation>Organisme externe</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="192"/>
        <source>Sous-traitant</source>
        <translation>Sous-traitant</translation>
    </message>
</context>
<context>
    <name>RecordsPolicyCard</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/records_policy.py" line="42"/>
        <source>Registre des traitements : transferts et revues</source>
        <translation>Registre des traitements : transferts et revues</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/records_policy.py" line="44"/>
        <source>Pays vers lesquels un transfert n&apos;exige ni autorisation de la CNDP ni exception (loi 09-08 art. 43), en codes ISO 3166 séparés par des espaces.</source>
        <translation>Pays vers lesquels un transfert n&apos;exige ni autorisation de la CNDP ni exception (loi 09-08 art. 43), en codes ISO 3166 séparés par des espaces.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/records_policy.py" line="49"/>
        <source>Liste d&apos;adéquation</source>
        <translation>Liste d&apos;adéquation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/records_policy.py" line="61"/>
        <source>Revue des traitements au plus tard tous les</source>
        <translation>Revue des traitements au plus tard tous les</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/records_policy.py" line="64"/>
        <source> mois</source>
        <translation> mois</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/records_policy.py" line="65"/>
        <source>Période de revue des traitements</source>
        <translation>Période de revue des traitements</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/records_policy.py" line="75"/>
        <source>Politique interne : la loi ne fixe aucune période ; le RGPD (art. 24(1)) demande que les mesures soient réexaminées et actualisées si nécessaire.</source>
        <translation>Politique interne : la loi ne fixe aucune période ; le RGPD (art. 24(1)) demande que les mesures soient réexaminées et actualisées si nécessaire.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/records_policy.py" line="80"/>
        <source>Rétablir la liste par défaut</source>
        <translation>Rétablir la liste par défaut</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/records_policy.py" line="131"/>
        <source>Liste propre à ce registre : vérifiez-la contre la délibération de la CNDP en vigueur.</source>
        <translation>Liste propre à ce registre : vérifiez-la contre la délibération de la CNDP en vigueur.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/records_policy.py" line="157"/>
        <source>Liste d&apos;adéquation ({count} pays) et période de revue enregistrées.</source>
        <translation>Liste d&apos;adéquation ({count} pays) et période de revue enregistrées.</translation>
    </message>
</context>
<context>
    <name>RefusalReason</name>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="129"/>
        <source>Demande manifestement infondée</source>
        <translation>Demande manifestement infondée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="132"/>
        <source>Demande excessive ou manifestement abusive</source>
        <translation>Demande excessive ou manifestement abusive</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="135"/>
        <source>Identité du demandeur non établie</source>
        <translation>Identité du demandeur non établie</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="138"/>
        <source>Droit non prévu par le régime applicable</source>
        <translation>Droit non prévu par le régime applicable</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="141"/>
        <source>Atteinte aux droits et libertés d&apos;autrui</source>
        <translation>Atteinte aux droits et libertés d&apos;autrui</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="144"/>
        <source>Exception au droit à l&apos;effacement</source>
        <translation>Exception au droit à l&apos;effacement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="147"/>
        <source>Conditions du droit à la portabilité non remplies</source>
        <translation>Conditions du droit à la portabilité non remplies</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="150"/>
        <source>Motifs légitimes et impérieux, ou défense de droits en justice (hors prospection)</source>
        <translation>Motifs légitimes et impérieux, ou défense de droits en justice (hors prospection)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="154"/>
        <source>Traitement répondant à une obligation légale (hors prospection)</source>
        <translation>Traitement répondant à une obligation légale (hors prospection)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="157"/>
        <source>Opposition écartée par l&apos;acte autorisant le traitement (hors prospection)</source>
        <translation>Opposition écartée par l&apos;acte autorisant le traitement (hors prospection)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="167"/>
        <source>RGPD art. 12(5)</source>
        <translation>RGPD art. 12(5)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="168"/>
        <source>RGPD art. 12(5) ; loi 09-08 art. 7</source>
        <translation>RGPD art. 12(5) ; loi 09-08 art. 7</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="171"/>
        <source>RGPD art. 12(6) ; loi 09-08 art. 7 et 8</source>
        <translation>RGPD art. 12(6) ; loi 09-08 art. 7 et 8</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="175"/>
        <source>Loi 09-08 art. 8(a) ; portabilité absente de la loi 09-08</source>
        <translation>Loi 09-08 art. 8(a) ; portabilité absente de la loi 09-08</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="178"/>
        <source>RGPD art. 15(4) et 20(4)</source>
        <translation>RGPD art. 15(4) et 20(4)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="179"/>
        <source>RGPD art. 17(3)</source>
        <translation>RGPD art. 17(3)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="180"/>
        <source>RGPD art. 20(1)</source>
        <translation>RGPD art. 20(1)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="181"/>
        <source>RGPD art. 21(1)</source>
        <translation>RGPD art. 21(1)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="182"/>
        <source>Loi 09-08 art. 9 ; RGPD art. 21(1)</source>
        <translation>Loi 09-08 art. 9 ; RGPD art. 21(1)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="185"/>
        <source>Loi 09-08 art. 9</source>
        <translation>Loi 09-08 art. 9</translation>
    </message>
</context>
<context>
    <name>Regime</name>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="95"/>
        <source>Loi 09-08</source>
        <translation>Loi 09-08</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="96"/>
        <source>RGPD</source>
        <translation>RGPD</translation>
    </message>
</context>
<context>
    <name>RegisterDialogs</name>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="75"/>
        <source>Recharger</source>
        <extracomment>the entry a whole-form dialog edits</extracomment>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="77"/>
        <source>Abandonner la saisie et relire la fiche enregistrée</source>
        <translation>Abandonner la saisie et relire la fiche enregistrée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="87"/>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="175"/>
        <source>* obligatoire</source>
        <translation>* obligatoire</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="211"/>
        <source>Nouveau traitement</source>
        <translation>Nouveau traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="213"/>
        <source>Modifier le traitement</source>
        <translation>Modifier le traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="214"/>
        <source>Une fiche par activité de traitement, comme dans le registre de l&apos;article 30 du RGPD et la déclaration à la CNDP (loi 09-08 art. 15).</source>
        <translation>Une fiche par activité de traitement, comme dans le registre de l&apos;article 30 du RGPD et la déclaration à la CNDP (loi 09-08 art. 15).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="219"/>
        <source>Enregistrer le traitement</source>
        <translation>Enregistrer le traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="251"/>
        <source>Nouveau sous-traitant</source>
        <translation>Nouveau sous-traitant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="253"/>
        <source>Modifier le sous-traitant</source>
        <translation>Modifier le sous-traitant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="254"/>
        <source>Le contrat doit contenir les clauses de l&apos;article 28(3) du RGPD ; la loi 09-08 (art. 23) fait peser sur le sous-traitant les mêmes obligations de sécurité que sur vous.</source>
        <translation>Le contrat doit contenir les clauses de l&apos;article 28(3) du RGPD ; la loi 09-08 (art. 23) fait peser sur le sous-traitant les mêmes obligations de sécurité que sur vous.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="260"/>
        <source>Enregistrer le sous-traitant</source>
        <translation>Enregistrer le sous-traitant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="313"/>
        <source>Nouveau transfert hors du Maroc</source>
        <translation>Nouveau transfert hors du Maroc</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="314"/>
        <source>Vers un pays qui ne figure pas sur la liste d&apos;adéquation, la loi 09-08 demande l&apos;autorisation de la CNDP (formulaire F118), sauf exception de ses articles 43-44. Les clauses contractuelles types ou les BCR sont jointes à la demande : elles ne remplacent pas l&apos;autorisation.</source>
        <translation>Vers un pays qui ne figure pas sur la liste d&apos;adéquation, la loi 09-08 demande l&apos;autorisation de la CNDP (formulaire F118), sauf exception de ses articles 43-44. Les clauses contractuelles types ou les BCR sont jointes à la demande : elles ne remplacent pas l&apos;autorisation.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="321"/>
        <source>Ajouter le transfert</source>
        <translation>Ajouter le transfert</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="329"/>
        <source>Pays de destination *</source>
        <translation>Pays de destination *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="334"/>
        <source>Mécanisme</source>
        <translation>Mécanisme</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="342"/>
        <source>Dérogation</source>
        <translation>Dérogation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="347"/>
        <source>Exception de la loi 09-08 (art. 43-44)</source>
        <translation>Exception de la loi 09-08 (art. 43-44)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="349"/>
        <source>Aucune</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="357"/>
        <source>Le transfert se fait sans autorisation de la CNDP si l&apos;une des exceptions de la loi s&apos;applique (consentement exprès, sauvegarde de la vie…).</source>
        <translation>Le transfert se fait sans autorisation de la CNDP si l&apos;une des exceptions de la loi s&apos;applique (consentement exprès, sauvegarde de la vie…).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="365"/>
        <source>Référence</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="367"/>
        <source>N° d&apos;autorisation ou de demande F118, version des clauses…</source>
        <translation>N° d&apos;autorisation ou de demande F118, version des clauses…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="376"/>
        <source>Traitement</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="381"/>
        <source>Sous-traitant</source>
        <translation>Sous-traitant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="385"/>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="478"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="439"/>
        <source>Fin de contrat — {name}</source>
        <translation>Fin de contrat — {name}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="442"/>
        <source>À la fin de la prestation, le sous-traitant restitue ou supprime les données (RGPD art. 28(3)(g)). Tant que ce n&apos;est pas enregistré, il reste signalé.</source>
        <translation>À la fin de la prestation, le sous-traitant restitue ou supprime les données (RGPD art. 28(3)(g)). Tant que ce n&apos;est pas enregistré, il reste signalé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="447"/>
        <source>Enregistrer la fin du contrat</source>
        <translation>Enregistrer la fin du contrat</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="452"/>
        <source>Fin le *</source>
        <translation>Fin le *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="457"/>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="517"/>
        <source>Les données ont été</source>
        <translation>Les données ont été</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="462"/>
        <source>pas encore restituées ni supprimées</source>
        <translation>pas encore restituées ni supprimées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="472"/>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="521"/>
        <source>Le</source>
        <translation>Le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="473"/>
        <source>Date connue</source>
        <translation>Date connue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="479"/>
        <source>Attestation reçue…</source>
        <translation>Attestation reçue…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="506"/>
        <source>Restitution ou suppression des données</source>
        <translation>Restitution ou suppression des données</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="507"/>
        <source>Enregistrez la confirmation reçue du sous-traitant (RGPD art. 28(3)(g)).</source>
        <translation>Enregistrez la confirmation reçue du sous-traitant (RGPD art. 28(3)(g)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="511"/>
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="548"/>
        <source>Rattacher</source>
        <translation>Rattacher</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="556"/>
        <source>Tout est déjà rattaché.</source>
        <translation>Tout est déjà rattaché.</translation>
    </message>
</context>
<context>
    <name>RegisterFields</name>
    <message>
        <location filename="../../dpo_desk/ui/records/fields.py" line="43"/>
        <source>Renseignée</source>
        <translation>Renseignée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/fields.py" line="126"/>
        <source>Retirer</source>
        <extracomment>how a row&apos;s widgets are laid out: lines of (widget, stretch) a row&apos;s widgets by name (a TypedDict per kind of row)</extracomment>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/fields.py" line="129"/>
        <source>Retirer cette ligne</source>
        <translation>Retirer cette ligne</translation>
    </message>
</context>
<context>
    <name>RegisterForms</name>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="121"/>
        <source>Ce que fait le traitement</source>
        <translation>Ce que fait le traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="125"/>
        <source>ex. Pédagogie</source>
        <translation>ex. Pédagogie</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="129"/>
        <source>S&apos;il y en a un</source>
        <translation>S&apos;il y en a un</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="134"/>
        <source>Logiciel ou application utilisés</source>
        <translation>Logiciel ou application utilisés</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="140"/>
        <source>Où les personnes exercent leurs droits</source>
        <translation>Où les personnes exercent leurs droits</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="148"/>
        <source>Ajouter une finalité</source>
        <translation>Ajouter une finalité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="179"/>
        <source>Le traitement concerne des mineurs</source>
        <translation>Le traitement concerne des mineurs</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="195"/>
        <source>Ajouter un destinataire</source>
        <translation>Ajouter un destinataire</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="202"/>
        <source>Ajouter une durée</source>
        <translation>Ajouter une durée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="213"/>
        <source>Précisions : chiffrement, habilitations…</source>
        <translation>Précisions : chiffrement, habilitations…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="116"/>
        <source>ex. Gestion des comptes clients</source>
        <translation>ex. Gestion des comptes clients</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="155"/>
        <source>Une catégorie par ligne : clients, salariés, usagers…</source>
        <translation>Une catégorie par ligne : clients, salariés, usagers…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="185"/>
        <source>Une source par ligne : la personne, son employeur, un partenaire…</source>
        <translation>Une source par ligne : la personne, son employeur, un partenaire…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="225"/>
        <source>ex. Rapprochement avec le fichier des clients</source>
        <translation>ex. Rapprochement avec le fichier des clients</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="232"/>
        <source>Les fichiers que ce traitement rapproche ou croise avec d&apos;autres (loi 09-08 art. 15 (i)). Une interconnexion relève de l&apos;autorisation préalable de la CNDP (art. 12). Vide : aucune.</source>
        <translation>Les fichiers que ce traitement rapproche ou croise avec d&apos;autres (loi 09-08 art. 15 (i)). Une interconnexion relève de l&apos;autorisation préalable de la CNDP (art. 12). Vide : aucune.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="242"/>
        <source>Vide si les données servent la finalité de leur collecte</source>
        <translation>Vide si les données servent la finalité de leur collecte</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="248"/>
        <source>La finalité pour laquelle les données ont été collectées, si ce traitement les utilise pour une autre : autorisation préalable de la CNDP (loi 09-08 art. 12).</source>
        <translation>La finalité pour laquelle les données ont été collectées, si ce traitement les utilise pour une autre : autorisation préalable de la CNDP (loi 09-08 art. 12).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="259"/>
        <source>ex. D-443/2022</source>
        <translation>ex. D-443/2022</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="262"/>
        <source>Reçu le</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="267"/>
        <source>Analyse d&apos;impact requise</source>
        <translation>Analyse d&apos;impact requise</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="270"/>
        <source>Analyse réalisée</source>
        <translation>Analyse réalisée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="273"/>
        <source>Le</source>
        <translation>Le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="276"/>
        <source>Revu le</source>
        <translation>Revu le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="279"/>
        <location filename="../../dpo_desk/ui/records/forms.py" line="690"/>
        <source>Notes du DPO</source>
        <translation>Notes du DPO</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="284"/>
        <source>⚠ Données sensibles (RGPD art. 9 ; loi 09-08 art. 1(3)) : elles relèvent en principe de l&apos;autorisation préalable de la CNDP (loi 09-08 art. 12).</source>
        <translation>⚠ Données sensibles (RGPD art. 9 ; loi 09-08 art. 1(3)) : elles relèvent en principe de l&apos;autorisation préalable de la CNDP (loi 09-08 art. 12).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="307"/>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="309"/>
        <location filename="../../dpo_desk/ui/records/forms.py" line="708"/>
        <source>Nom *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="310"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="313"/>
        <source>Service responsable</source>
        <translation>Service responsable</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="317"/>
        <source>Responsable conjoint</source>
        <translation>Responsable conjoint</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="319"/>
        <source>Logiciel</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="322"/>
        <source>Exercice des droits</source>
        <translation>Exercice des droits</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="330"/>
        <source>Finalités et bases légales *</source>
        <translation>Finalités et bases légales *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="332"/>
        <source>Une base légale par finalité (RGPD art. 6(1) ; loi 09-08 art. 4). L&apos;intérêt légitime doit être décrit.</source>
        <translation>Une base légale par finalité (RGPD art. 6(1) ; loi 09-08 art. 4). L&apos;intérêt légitime doit être décrit.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="342"/>
        <source>Personnes et données</source>
        <translation>Personnes et données</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="346"/>
        <source>Personnes concernées</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="350"/>
        <source>Catégories de données</source>
        <translation>Catégories de données</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="353"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="360"/>
        <source>Interconnexions et réutilisation</source>
        <translation>Interconnexions et réutilisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="364"/>
        <source>Interconnexions</source>
        <translation>Interconnexions</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="368"/>
        <source>Collectées pour</source>
        <translation>Collectées pour</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="371"/>
        <source>Les fichiers interconnectés (loi 09-08 art. 15 (i)) et, si les données servent une autre finalité que celle de leur collecte, cette finalité d&apos;origine : l&apos;un ou l&apos;autre soumet le traitement à l&apos;autorisation préalable de la CNDP (art. 12).</source>
        <translation>Les fichiers interconnectés (loi 09-08 art. 15 (i)) et, si les données servent une autre finalité que celle de leur collecte, cette finalité d&apos;origine : l&apos;un ou l&apos;autre soumet le traitement à l&apos;autorisation préalable de la CNDP (art. 12).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="384"/>
        <source>Destinataires</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="391"/>
        <source>Durées de conservation</source>
        <translation>Durées de conservation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="393"/>
        <source>Par catégorie de données : une durée et ce qui la fait courir.</source>
        <translation>Par catégorie de données : une durée et ce qui la fait courir.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="402"/>
        <source>Mesures de sécurité</source>
        <translation>Mesures de sécurité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="405"/>
        <source>Précisions</source>
        <translation>Précisions</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="411"/>
        <source>Formalités CNDP et analyse d&apos;impact</source>
        <translation>Formalités CNDP et analyse d&apos;impact</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="413"/>
        <source>Régime</source>
        <translation>Régime</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="414"/>
        <source>N° de récépissé</source>
        <translation>N° de récépissé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="415"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="416"/>
        <source>AIPD</source>
        <translation>AIPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="418"/>
        <source>Réalisée le</source>
        <translation>Réalisée le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="425"/>
        <source>Suivi</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="427"/>
        <source>Dernière revue</source>
        <translation>Dernière revue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="428"/>
        <location filename="../../dpo_desk/ui/records/forms.py" line="743"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="439"/>
        <source>Finalité</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="442"/>
        <source>Justification (obligatoire pour l&apos;intérêt légitime)</source>
        <translation>Justification (obligatoire pour l&apos;intérêt légitime)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="452"/>
        <source>Nom du destinataire</source>
        <translation>Nom du destinataire</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="466"/>
        <source>à compter de… (ex. après la dernière connexion)</source>
        <translation>à compter de… (ex. après la dernière connexion)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="470"/>
        <source>Précision (ex. factures)</source>
        <translation>Précision (ex. factures)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="526"/>
        <source>Inscrit au registre le {created} ; dernière modification le {updated}.</source>
        <translation>Inscrit au registre le {created} ; dernière modification le {updated}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="607"/>
        <source>Ces catégories de données relèvent de l&apos;autorisation préalable de la CNDP (loi 09-08 art. 12).</source>
        <translation>Ces catégories de données relèvent de l&apos;autorisation préalable de la CNDP (loi 09-08 art. 12).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="632"/>
        <source>ex. Stripe</source>
        <translation>ex. Stripe</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="635"/>
        <source>Service fourni</source>
        <translation>Service fourni</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="639"/>
        <source>Interlocuteur, e-mail</source>
        <translation>Interlocuteur, e-mail</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="643"/>
        <source>DPO du sous-traitant</source>
        <translation>DPO du sous-traitant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="660"/>
        <source>Contrat de sous-traitance (DPA) signé</source>
        <translation>Contrat de sous-traitance (DPA) signé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="664"/>
        <source>Signé le</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="668"/>
        <source>Prend fin le</source>
        <translation>Prend fin le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="676"/>
        <source>Une par ligne : PCI DSS, ISO 27001…</source>
        <translation>Une par ligne : PCI DSS, ISO 27001…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="683"/>
        <source>Un par ligne, avec son pays</source>
        <translation>Un par ligne, avec son pays</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="687"/>
        <source>Prévue le</source>
        <translation>Prévue le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="706"/>
        <source>Le sous-traitant</source>
        <translation>Le sous-traitant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="709"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="710"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="711"/>
        <source>DPO</source>
        <translation>DPO</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="714"/>
        <source>Pays de traitement</source>
        <translation>Pays de traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="722"/>
        <source>Données confiées</source>
        <translation>Données confiées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="729"/>
        <source>Garanties et suivi</source>
        <translation>Garanties et suivi</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="733"/>
        <source>Certifications</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="737"/>
        <source>Sous-traitants ultérieurs</source>
        <translation>Sous-traitants ultérieurs</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="741"/>
        <source>Prochaine revue</source>
        <translation>Prochaine revue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="750"/>
        <source>Contrat (RGPD art. 28 ; loi 09-08 art. 23)</source>
        <translation>Contrat (RGPD art. 28 ; loi 09-08 art. 23)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="755"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="756"/>
        <source>Échéance</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="761"/>
        <source>Clauses de l&apos;article 28(3) vérifiées</source>
        <translation>Clauses de l&apos;article 28(3) vérifiées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="790"/>
        <source>Contrat terminé le {date}.</source>
        <translation>Contrat terminé le {date}.</translation>
    </message>
</context>
<context>
    <name>RegisterSection</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="215"/>
        <source>Rechercher</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="246"/>
        <source>Aucune fiche ne correspond</source>
        <translation>Aucune fiche ne correspond</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="247"/>
        <source>Aucune fiche ne répond à ces critères de recherche et de filtre.</source>
        <translation>Aucune fiche ne répond à ces critères de recherche et de filtre.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="248"/>
        <source>Effacer les filtres</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="335"/>
        <source>À regarder</source>
        <translation>À regarder</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="354"/>
        <source>Fiche</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="375"/>
        <source>Aucun.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="455"/>
        <source>Retirer le transfert ?</source>
        <translation>Retirer le transfert ?</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="457"/>
        <source>Le transfert « {transfer} » sera retiré du registre ; le journal gardera la trace de ce retrait.</source>
        <translation>Le transfert « {transfer} » sera retiré du registre ; le journal gardera la trace de ce retrait.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="460"/>
        <source>Retirer</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="768"/>
        <source>{register} — {name}</source>
        <translation>{register} — {name}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="780"/>
        <source>{label} n&apos;existe plus dans le registre : les modifications conservées sont abandonnées.</source>
        <translation>{label} n&apos;existe plus dans le registre : les modifications conservées sont abandonnées.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="788"/>
        <source>{label} : le formulaire n&apos;a pas pu être rouvert.</source>
        <translation>{label} : le formulaire n&apos;a pas pu être rouvert.</translation>
    </message>
</context>
<context>
    <name>RegisterTexts</name>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="63"/>
        <source>Déclaration</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="64"/>
        <source>Autorisation</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="70"/>
        <source>Aucun mécanisme enregistré</source>
        <translation>Aucun mécanisme enregistré</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="83"/>
        <source>jour(s)</source>
        <translation>jour(s)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="84"/>
        <source>mois</source>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="85"/>
        <source>an(s)</source>
        <translation>an(s)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="111"/>
        <source>{category} : {duration}</source>
        <translation>{category} : {duration}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="149"/>
        <source>Transfert non encadré</source>
        <translation>Transfert non encadré</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="152"/>
        <source>Sans contrat (DPA)</source>
        <translation>Sans contrat (DPA)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="153"/>
        <source>Clauses manquantes</source>
        <translation>Clauses manquantes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="154"/>
        <source>Revue en retard</source>
        <translation>Revue en retard</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="155"/>
        <source>Données non restituées</source>
        <translation>Données non restituées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="158"/>
        <source>Autorisation requise</source>
        <translation>Autorisation requise</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="161"/>
        <source>AIPD à réaliser</source>
        <translation>AIPD à réaliser</translation>
    </message>
</context>
<context>
    <name>RegistersCard</name>
    <message>
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="55"/>
        <source>Registres</source>
        <translation>Registres</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="60"/>
        <source>Revues à faire</source>
        <translation>Revues à faire</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="61"/>
        <source>Contrats de sous-traitance manquants</source>
        <translation>Contrats de sous-traitance manquants</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="64"/>
        <source>Traitements et sous-traitants dont la revue est en retard</source>
        <translation>Traitements et sous-traitants dont la revue est en retard</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="67"/>
        <source>Sous-traitants actifs sans contrat signé, ou au contrat échu (RGPD art. 28)</source>
        <translation>Sous-traitants actifs sans contrat signé, ou au contrat échu (RGPD art. 28)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="62"/>
        <source>Transferts non encadrés</source>
        <translation>Transferts non encadrés</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="70"/>
        <source>Transferts vers un pays non reconnu adéquat sans autorisation de la CNDP ni exception, ou sans mécanisme enregistré (loi 09-08 art. 43-44 ; RGPD art. 44-49)</source>
        <translation>Transferts vers un pays non reconnu adéquat sans autorisation de la CNDP ni exception, ou sans mécanisme enregistré (loi 09-08 art. 43-44 ; RGPD art. 44-49)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="74"/>
        <source>Formalités CNDP à accomplir</source>
        <translation>Formalités CNDP à accomplir</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="77"/>
        <source>Déclarations et autorisations à déposer auprès de la CNDP, et modifications à déclarer après un récépissé (loi 09-08 art. 12, 15 et 43-44)</source>
        <translation>Déclarations et autorisations à déposer auprès de la CNDP, et modifications à déclarer après un récépissé (loi 09-08 art. 12, 15 et 43-44)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="137"/>
        <source>{activities}, {processors}</source>
        <translation>{activities}, {processors}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="138"/>
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="195"/>
        <source>%n traitement(s)</source>
        <translation>
            <numerusform>%n traitement</numerusform>
            <numerusform>%n traitements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="139"/>
        <source>%n sous-traitant(s)</source>
        <translation>
            <numerusform>%n sous-traitant</numerusform>
            <numerusform>%n sous-traitants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="190"/>
        <source>%n formalité(s) à déposer</source>
        <translation>
            <numerusform>%n formalité à déposer</numerusform>
            <numerusform>%n formalités à déposer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="192"/>
        <source>%n modification(s) à déclarer</source>
        <translation>
            <numerusform>%n modification à déclarer</numerusform>
            <numerusform>%n modifications à déclarer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="193"/>
        <source>{formalities} — {activities}</source>
        <translation>{formalities} — {activities}</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="114"/>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="116"/>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="162"/>
        <source>Changer la phrase secrète</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="118"/>
        <source>Tout le fichier est rechiffré avec la nouvelle phrase, puis vérifié. Les sauvegardes faites ailleurs (Sauvegarder maintenant…) gardent l&apos;ancienne : conservez-la avec elles.</source>
        <translation>Tout le fichier est rechiffré avec la nouvelle phrase, puis vérifié. Les sauvegardes faites ailleurs (Sauvegarder maintenant…) gardent l&apos;ancienne : conservez-la avec elles.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="126"/>
        <source>Au moins {minimum} caractères</source>
        <translation>Au moins {minimum} caractères</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="129"/>
        <source>La même, une seconde fois</source>
        <translation>La même, une seconde fois</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="132"/>
        <source>Phrase actuelle</source>
        <translation>Phrase actuelle</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="133"/>
        <source>Nouvelle phrase</source>
        <translation>Nouvelle phrase</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="134"/>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="145"/>
        <source>Rechiffrer aussi les %n sauvegarde(s) conservée(s)</source>
        <translation>
            <numerusform>Rechiffrer aussi la sauvegarde conservée (%n)</numerusform>
            <numerusform>Rechiffrer aussi les %n sauvegardes conservées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="149"/>
        <source>Les sauvegardes automatiques du dossier {folder} seront chiffrées avec la nouvelle phrase : l&apos;ancienne n&apos;ouvrira plus aucune d&apos;elles.</source>
        <translation>Les sauvegardes automatiques du dossier {folder} seront chiffrées avec la nouvelle phrase : l&apos;ancienne n&apos;ouvrira plus aucune d&apos;elles.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="162"/>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="175"/>
        <source>Minimum {minimum} caractères.</source>
        <translation>Minimum {minimum} caractères.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="177"/>
        <source>{label} : {count} caractères sur {minimum} au minimum.</source>
        <translation>{label} : {count} caractères sur {minimum} au minimum.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="181"/>
        <source>Robustesse : {label}</source>
        <translation>Robustesse : {label}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="186"/>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="214"/>
        <source>Les deux saisies diffèrent.</source>
        <translation>Les deux saisies diffèrent.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="196"/>
        <source>La nouvelle phrase secrète doit compter au moins {minimum} caractères.</source>
        <translation>La nouvelle phrase secrète doit compter au moins {minimum} caractères.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="224"/>
        <source>Rechiffrement en cours…</source>
        <translation>Rechiffrement en cours…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="246"/>
        <source>Phrase secrète changée. Rechiffrement des sauvegardes : {done} sur {total}…</source>
        <translation>Phrase secrète changée. Rechiffrement des sauvegardes : {done} sur {total}…</translation>
    </message>
</context>
<context>
    <name>RememberCheckBox</name>
    <message>
        <location filename="../../dpo_desk/ui/widgets.py" line="516"/>
        <source>Se souvenir sur cet ordinateur</source>
        <translation>Se souvenir sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/widgets.py" line="521"/>
        <source>La phrase secrète est confiée au trousseau sécurisé du système ; le registre s&apos;ouvrira sans la redemander sur cette session.</source>
        <translation>La phrase secrète est confiée au trousseau sécurisé du système ; le registre s&apos;ouvrira sans la redemander sur cette session.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/widgets.py" line="530"/>
        <source>Aucun trousseau sécurisé n&apos;est disponible sur cet ordinateur : la phrase secrète sera demandée à chaque ouverture. DPO Desk ne l&apos;enregistre jamais en clair.</source>
        <translation>Aucun trousseau sécurisé n&apos;est disponible sur cet ordinateur : la phrase secrète sera demandée à chaque ouverture. DPO Desk ne l&apos;enregistre jamais en clair.</translation>
    </message>
</context>
<context>
    <name>ReminderKind</name>
    <message>
        <location filename="../../dpo_desk/domain/reminders.py" line="46"/>
        <source>Demandes de droits</source>
        <translation>Demandes de droits</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/reminders.py" line="47"/>
        <source>Violations (délai de 72 heures)</source>
        <translation>Violations (délai de 72 heures)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/reminders.py" line="48"/>
        <source>Revues des sous-traitants</source>
        <translation>Revues des sous-traitants</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/reminders.py" line="49"/>
        <source>Fins de contrat</source>
        <translation>Fins de contrat</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/reminders.py" line="50"/>
        <source>Revues des traitements</source>
        <translation>Revues des traitements</translation>
    </message>
</context>
<context>
    <name>ReminderSummary</name>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="458"/>
        <source>Échéances à surveiller</source>
        <extracomment>section key, reference or list preset (&quot;preset:overdue&quot;, &quot;&quot;) the DPO unticked &quot;show at each unlock&quot; (already saved in the preferences)</extracomment>
        <translation>Échéances à surveiller</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="463"/>
        <source>%n échéance(s) à surveiller au {date}</source>
        <translation>
            <numerusform>%n échéance à surveiller au {date}</numerusform>
            <numerusform>%n échéances à surveiller au {date}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="493"/>
        <source>Afficher ce résumé à chaque déverrouillage</source>
        <translation>Afficher ce résumé à chaque déverrouillage</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="496"/>
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="520"/>
        <source>En retard : %n</source>
        <translation>
            <numerusform>En retard : %n</numerusform>
            <numerusform>En retard : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="521"/>
        <source>Aujourd&apos;hui : %n</source>
        <translation>
            <numerusform>Aujourd&apos;hui : %n</numerusform>
            <numerusform>Aujourd&apos;hui : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="524"/>
        <source>Dans les {days} prochains jours : %n</source>
        <translation>
            <numerusform>Dans les {days} prochains jours : %n</numerusform>
            <numerusform>Dans les {days} prochains jours : %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="556"/>
        <source>Demandes en retard</source>
        <translation>Demandes en retard</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="558"/>
        <source>Échéances de la semaine</source>
        <translation>Échéances de la semaine</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="561"/>
        <source>Ouvrir les violations</source>
        <translation>Ouvrir les violations</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="563"/>
        <source>Ouvrir les traitements</source>
        <translation>Ouvrir les traitements</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="564"/>
        <source>Ouvrir les sous-traitants</source>
        <translation>Ouvrir les sous-traitants</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="113"/>
        <source>délai légal</source>
        <extracomment>Whether the summary opens by itself at unlock. The test suite turns it off (tests/conftest.py): a window opening on its own would take the focus from the test&apos;s; a test asks for the summary with ``show_summary``, or turns this back on.</extracomment>
        <translation>délai légal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="114"/>
        <source>délai de politique interne</source>
        <translation>délai de politique interne</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="124"/>
        <source>Demande {reference} : échéance dépassée de %n jour(s) ({basis}).</source>
        <translation>
            <numerusform>Demande {reference} : échéance dépassée de %n jour ({basis}).</numerusform>
            <numerusform>Demande {reference} : échéance dépassée de %n jours ({basis}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="131"/>
        <source>Demande {reference} : échéance aujourd&apos;hui ({basis}).</source>
        <translation>Demande {reference} : échéance aujourd&apos;hui ({basis}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="135"/>
        <source>Demande {reference} : échéance dans %n jour(s), le {date} ({basis}).</source>
        <translation>
            <numerusform>Demande {reference} : échéance dans %n jour, le {date} ({basis}).</numerusform>
            <numerusform>Demande {reference} : échéance dans %n jours, le {date} ({basis}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="144"/>
        <source>Sous-traitant {reference} : revue en retard de %n jour(s).</source>
        <translation>
            <numerusform>Sous-traitant {reference} : revue en retard de %n jour.</numerusform>
            <numerusform>Sous-traitant {reference} : revue en retard de %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="151"/>
        <source>Sous-traitant {reference} : revue prévue aujourd&apos;hui.</source>
        <translation>Sous-traitant {reference} : revue prévue aujourd&apos;hui.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="155"/>
        <source>Sous-traitant {reference} : revue prévue dans %n jour(s), le {date}.</source>
        <translation>
            <numerusform>Sous-traitant {reference} : revue prévue dans %n jour, le {date}.</numerusform>
            <numerusform>Sous-traitant {reference} : revue prévue dans %n jours, le {date}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="164"/>
        <source>Sous-traitant {reference} : fin du contrat dépassée de %n jour(s) ; enregistrez-la ou mettez la date à jour.</source>
        <translation>
            <numerusform>Sous-traitant {reference} : fin du contrat dépassée de %n jour ; enregistrez-la ou mettez la date à jour.</numerusform>
            <numerusform>Sous-traitant {reference} : fin du contrat dépassée de %n jours ; enregistrez-la ou mettez la date à jour.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="172"/>
        <source>Sous-traitant {reference} : le contrat prend fin aujourd&apos;hui.</source>
        <translation>Sous-traitant {reference} : le contrat prend fin aujourd&apos;hui.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="176"/>
        <source>Sous-traitant {reference} : fin du contrat dans %n jour(s), le {date}.</source>
        <translation>
            <numerusform>Sous-traitant {reference} : fin du contrat dans %n jour, le {date}.</numerusform>
            <numerusform>Sous-traitant {reference} : fin du contrat dans %n jours, le {date}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="185"/>
        <source>Traitement {reference} : revue en retard de %n jour(s) (politique interne).</source>
        <translation>
            <numerusform>Traitement {reference} : revue en retard de %n jour (politique interne).</numerusform>
            <numerusform>Traitement {reference} : revue en retard de %n jours (politique interne).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="192"/>
        <source>Traitement {reference} : revue prévue aujourd&apos;hui (politique interne).</source>
        <translation>Traitement {reference} : revue prévue aujourd&apos;hui (politique interne).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="196"/>
        <source>Traitement {reference} : revue prévue dans %n jour(s), le {date} (politique interne).</source>
        <translation>
            <numerusform>Traitement {reference} : revue prévue dans %n jour, le {date} (politique interne).</numerusform>
            <numerusform>Traitement {reference} : revue prévue dans %n jours, le {date} (politique interne).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="210"/>
        <location filename="../../dpo_desk/ui/reminders.py" line="581"/>
        <source>et %n autre(s)</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="236"/>
        <source>%n en retard</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="238"/>
        <source>%n aujourd&apos;hui</source>
        <translation>
            <numerusform>%n aujourd&apos;hui</numerusform>
            <numerusform>%n aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="241"/>
        <source>%n d&apos;ici le {date}</source>
        <translation>
            <numerusform>%n d&apos;ici le {date}</numerusform>
            <numerusform>%n d&apos;ici le {date}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="246"/>
        <source>{kind} — {when} : {references}</source>
        <translation>{kind} — {when} : {references}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="399"/>
        <source>DPO Desk — %n rappel(s)</source>
        <extracomment>kind, reference, threshold (days; 0 the due day, -1 overdue), the sentence shown the section and the item (or list preset) the DPO asked to open from the summary the summary window, once shown the settings changed (the summary&apos;s own checkbox)</extracomment>
        <translation>
            <numerusform>DPO Desk — %n rappel</numerusform>
            <numerusform>DPO Desk — %n rappels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersCard</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/reminders.py" line="48"/>
        <source>Rappels</source>
        <extracomment>a choice changed and was saved</extracomment>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/reminders.py" line="50"/>
        <source>Tant que DPO Desk est ouvert et le registre déverrouillé, une notification du bureau rappelle les échéances : aux délais choisis ci-dessous, le jour même, puis une fois par jour en cas de retard. Les violations gardent leurs alertes 24 heures et 6 heures avant la fin des 72 heures. Une notification ne cite que la référence (DSR-…, VIO-…, ou #12 pour un sous-traitant ou un traitement), jamais une personne. Ces choix valent pour cet ordinateur.</source>
        <translation>Tant que DPO Desk est ouvert et le registre déverrouillé, une notification du bureau rappelle les échéances : aux délais choisis ci-dessous, le jour même, puis une fois par jour en cas de retard. Les violations gardent leurs alertes 24 heures et 6 heures avant la fin des 72 heures. Une notification ne cite que la référence (DSR-…, VIO-…, ou #12 pour un sous-traitant ou un traitement), jamais une personne. Ces choix valent pour cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/reminders.py" line="72"/>
        <source>aucun</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/reminders.py" line="81"/>
        <location filename="../../dpo_desk/ui/settings/reminders.py" line="85"/>
        <source>jours avant l&apos;échéance</source>
        <translation>jours avant l&apos;échéance</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/reminders.py" line="80"/>
        <source>Demandes, premier rappel</source>
        <translation>Demandes, premier rappel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/reminders.py" line="84"/>
        <source>Demandes, second rappel</source>
        <translation>Demandes, second rappel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/reminders.py" line="91"/>
        <source>Sous-traitants et traitements</source>
        <translation>Sous-traitants et traitements</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/reminders.py" line="92"/>
        <source>jours avant la revue ou la fin du contrat</source>
        <translation>jours avant la revue ou la fin du contrat</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/reminders.py" line="97"/>
        <source>Afficher un résumé des échéances à chaque déverrouillage</source>
        <translation>Afficher un résumé des échéances à chaque déverrouillage</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/reminders.py" line="118"/>
        <source>Jours avant l&apos;échéance</source>
        <translation>Jours avant l&apos;échéance</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/reminders.py" line="129"/>
        <source>Rappels enregistrés sur cet ordinateur.</source>
        <translation>Rappels enregistrés sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="107"/>
        <source>‹  Toutes les demandes</source>
        <extracomment>show another section&apos;s item: (&quot;processing&quot;, &quot;#12&quot;) from &quot;Traitements concernés&quot;</extracomment>
        <translation>‹  Toutes les demandes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="43"/>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="128"/>
        <source>Pourquoi cette date ?</source>
        <translation>Pourquoi cette date ?</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="123"/>
        <source>Détails de la demande</source>
        <translation>Détails de la demande</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="127"/>
        <source>Régime *</source>
        <translation>Régime *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="128"/>
        <source>Droits exercés *</source>
        <translation>Droits exercés *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="129"/>
        <source>Reçue par</source>
        <translation>Reçue par</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="130"/>
        <source>Reçue le *</source>
        <translation>Reçue le *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="131"/>
        <source>Demandeur *</source>
        <translation>Demandeur *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="50"/>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="132"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="51"/>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="133"/>
        <source>Téléphone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="52"/>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="134"/>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="135"/>
        <source>Agit en tant que</source>
        <translation>Agit en tant que</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="54"/>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="136"/>
        <source>Personne concernée</source>
        <translation>Personne concernée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="55"/>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="137"/>
        <source>Suivie par</source>
        <translation>Suivie par</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="56"/>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="138"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="149"/>
        <source>Recharger</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="150"/>
        <source>Abandonner la saisie et relire la demande</source>
        <translation>Abandonner la saisie et relire la demande</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="153"/>
        <source>Annuler les modifications</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="155"/>
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="167"/>
        <source>Journal de la demande</source>
        <translation>Journal de la demande</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="178"/>
        <source>Suite à donner</source>
        <translation>Suite à donner</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="187"/>
        <source>Rédiger un courrier…</source>
        <translation>Rédiger un courrier…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="232"/>
        <source>{reference} (réf. externe {external})</source>
        <translation>{reference} (réf. externe {external})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/follow_up.py" line="20"/>
        <source>Suivi</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/follow_up.py" line="27"/>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="58"/>
        <source>Identité</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/follow_up.py" line="28"/>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="59"/>
        <source>Pièce</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/follow_up.py" line="29"/>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="60"/>
        <source>Vérifiée le</source>
        <translation>Vérifiée le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/follow_up.py" line="30"/>
        <source>Suspensions</source>
        <translation>Suspensions</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/follow_up.py" line="31"/>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="61"/>
        <source>Prorogée le</source>
        <translation>Prorogée le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/follow_up.py" line="34"/>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="62"/>
        <source>Motif de prorogation</source>
        <translation>Motif de prorogation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/follow_up.py" line="36"/>
        <source>Réponse</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/follow_up.py" line="37"/>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="65"/>
        <source>Motif du refus</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="24"/>
        <source>Demande enregistrée</source>
        <translation>Demande enregistrée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="25"/>
        <source>Détails modifiés</source>
        <translation>Détails modifiés</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="26"/>
        <source>Justificatif d&apos;identité demandé</source>
        <translation>Justificatif d&apos;identité demandé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="29"/>
        <source>Vérification d&apos;identité</source>
        <translation>Vérification d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="30"/>
        <source>Changement de statut</source>
        <translation>Changement de statut</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="31"/>
        <source>Délai prorogé</source>
        <translation>Délai prorogé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="32"/>
        <source>Réponse envoyée</source>
        <translation>Réponse envoyée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="33"/>
        <source>Demande refusée</source>
        <translation>Demande refusée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="34"/>
        <source>Demande retirée</source>
        <translation>Demande retirée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="35"/>
        <source>Demande clôturée</source>
        <translation>Demande clôturée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="36"/>
        <source>Pièce jointe ajoutée</source>
        <translation>Pièce jointe ajoutée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="37"/>
        <source>Pièce jointe supprimée</source>
        <translation>Pièce jointe supprimée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="38"/>
        <source>Échéance recalculée</source>
        <translation>Échéance recalculée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="44"/>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="45"/>
        <source>Droits</source>
        <translation>Droits</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="46"/>
        <source>Régime</source>
        <translation>Régime</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="47"/>
        <source>Canal</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="48"/>
        <source>Reçue le</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="49"/>
        <source>Nom du demandeur</source>
        <translation>Nom du demandeur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="53"/>
        <source>Qualité du demandeur</source>
        <translation>Qualité du demandeur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="57"/>
        <source>Échéance</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="63"/>
        <source>Répondue le</source>
        <translation>Répondue le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="64"/>
        <source>Réponse par</source>
        <translation>Réponse par</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/follow_up.py" line="38"/>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="66"/>
        <source>Clôturée le</source>
        <translation>Clôturée le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="297"/>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="67"/>
        <source>Pièce jointe n°</source>
        <translation>Pièce jointe n°</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="68"/>
        <source>Nature de la pièce</source>
        <translation>Nature de la pièce</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="69"/>
        <source>Motif de la suppression</source>
        <translation>Motif de la suppression</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="408"/>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="79"/>
        <source>modifié</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="409"/>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="81"/>
        <source>renseigné</source>
        <translation>renseigné</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="166"/>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="111"/>
        <source>justificatif d&apos;identité</source>
        <translation>justificatif d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="112"/>
        <source>autre pièce</source>
        <translation>autre pièce</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="132"/>
        <source>{field} : {old} → {new}</source>
        <translation>{field} : {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="138"/>
        <source>{field} : {value}</source>
        <translation>{field} : {value}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="55"/>
        <source>Pièces jointes</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="59"/>
        <source>Conservées chiffrées dans le registre, 25 Mo au plus par fichier.</source>
        <translation>Conservées chiffrées dans le registre, 25 Mo au plus par fichier.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="75"/>
        <source>Aucune pièce jointe.</source>
        <translation>Aucune pièce jointe.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="93"/>
        <source>Exporter…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="95"/>
        <source>Enregistrer une copie du fichier, hors du registre</source>
        <translation>Enregistrer une copie du fichier, hors du registre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="101"/>
        <source>Joindre un fichier…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="108"/>
        <source>Supprimer…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="111"/>
        <source>Supprimer définitivement le fichier du registre</source>
        <translation>Supprimer définitivement le fichier du registre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="117"/>
        <source>Justificatif d&apos;identité</source>
        <translation>Justificatif d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="120"/>
        <source>Le fichier joint est une preuve d&apos;identité : il sera proposé à la suppression une fois la vérification faite.</source>
        <translation>Le fichier joint est une preuve d&apos;identité : il sera proposé à la suppression une fois la vérification faite.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="274"/>
        <source>« {name} » sera effacée définitivement du registre : son contenu est écrasé dans le fichier et ne pourra pas être récupéré (seule une sauvegarde antérieure le contient encore). Le journal gardera sa taille, son empreinte et le motif, jamais son contenu.</source>
        <translation>« {name} » sera effacée définitivement du registre : son contenu est écrasé dans le fichier et ne pourra pas être récupéré (seule une sauvegarde antérieure le contient encore). Le journal gardera sa taille, son empreinte et le motif, jamais son contenu.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="281"/>
        <source>Supprimer</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="243"/>
        <source>{requester} ({role}) pour {subject}</source>
        <translation>{requester} ({role}) pour {subject}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="254"/>
        <source>reçue le {date}</source>
        <translation>reçue le {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="71"/>
        <source>Échéance le {date} — {countdown}</source>
        <translation>Échéance le {date} — {countdown}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="76"/>
        <source>Échéance le {date}</source>
        <translation>Échéance le {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="84"/>
        <source>Fondement : {citation} (délai légal) — {rule}</source>
        <translation>Fondement : {citation} (délai légal) — {rule}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="89"/>
        <source>Fondement : {citation} — {rule}</source>
        <translation>Fondement : {citation} — {rule}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="100"/>
        <source>La portabilité n&apos;est pas un droit prévu par la loi 09-08 : elle n&apos;est due qu&apos;au titre du RGPD.</source>
        <translation>La portabilité n&apos;est pas un droit prévu par la loi 09-08 : elle n&apos;est due qu&apos;au titre du RGPD.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="109"/>
        <source>La portabilité n&apos;est pas un droit prévu par la loi 09-08 : réponse dans le délai de politique interne.</source>
        <translation>La portabilité n&apos;est pas un droit prévu par la loi 09-08 : réponse dans le délai de politique interne.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="126"/>
        <source>Masquer l&apos;explication</source>
        <translation>Masquer l&apos;explication</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="158"/>
        <source>{regime}, {right} : {date}</source>
        <translation>{regime}, {right} : {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="168"/>
        <source>Le {date} n&apos;est pas un jour ouvré : reporté au jour ouvré suivant.</source>
        <translation>Le {date} n&apos;est pas un jour ouvré : reporté au jour ouvré suivant.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="175"/>
        <source>Jours chômés passés : {days}.</source>
        <translation>Jours chômés passés : {days}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="180"/>
        <source> — retenue</source>
        <translation> — retenue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="147"/>
        <source>Chaque droit, sous chaque régime, a son délai ; la date la plus proche l&apos;emporte.</source>
        <translation>Chaque droit, sous chaque régime, a son délai ; la date la plus proche l&apos;emporte.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/follow_up.py" line="55"/>
        <source>depuis le {start}</source>
        <translation>depuis le {start}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/follow_up.py" line="61"/>
        <source>du {start} au {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/follow_up.py" line="71"/>
        <source>le {date}, par {channel}</source>
        <translation>le {date}, par {channel}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="275"/>
        <source>Demande clôturée : plus aucune étape.</source>
        <translation>Demande clôturée : plus aucune étape.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="277"/>
        <source>Réponse faite : il reste à clôturer la demande.</source>
        <translation>Réponse faite : il reste à clôturer la demande.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="169"/>
        <source>Justificatif d&apos;identité : à supprimer dès la vérification faite (voir Paramètres ▸ Justificatif d&apos;identité).</source>
        <translation>Justificatif d&apos;identité : à supprimer dès la vérification faite (voir Paramètres ▸ Justificatif d&apos;identité).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="148"/>
        <source>{when} — {who}</source>
        <translation>{when} — {who}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="373"/>
        <source>Demande {reference} enregistrée.</source>
        <translation>Demande {reference} enregistrée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="434"/>
        <source>Demande {reference} : {status}.</source>
        <translation>Demande {reference} : {status}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="193"/>
        <source>Joindre un fichier</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="216"/>
        <source>Impossible de lire « {name} » : {reason}</source>
        <translation>Impossible de lire « {name} » : {reason}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="228"/>
        <source>« {name} » jointe à la demande {reference}.</source>
        <translation>« {name} » jointe à la demande {reference}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="263"/>
        <source>« {name} » supprimée du registre (demande {reference}).</source>
        <translation>« {name} » supprimée du registre (demande {reference}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="273"/>
        <source>Supprimer la pièce jointe</source>
        <translation>Supprimer la pièce jointe</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="301"/>
        <source>Exporter la pièce jointe</source>
        <translation>Exporter la pièce jointe</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="310"/>
        <source>Copie enregistrée : {path}</source>
        <translation>Copie enregistrée : {path}</translation>
    </message>
</context>
<context>
    <name>RequestDialogs</name>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="167"/>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="174"/>
        <source>Cette étape ne peut pas être annulée.</source>
        <translation>Cette étape ne peut pas être annulée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="295"/>
        <source>Demander une pièce d&apos;identité</source>
        <translation>Demander une pièce d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="298"/>
        <source>Identité vérifiée</source>
        <translation>Identité vérifiée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="299"/>
        <source>Identité non vérifiée</source>
        <translation>Identité non vérifiée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="300"/>
        <source>Commencer le traitement</source>
        <translation>Commencer le traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="301"/>
        <source>Proroger le délai</source>
        <translation>Proroger le délai</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="302"/>
        <source>Répondre</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="303"/>
        <source>Refuser</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="304"/>
        <source>Retrait par le demandeur</source>
        <translation>Retrait par le demandeur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="305"/>
        <source>Clôturer</source>
        <translation>Clôturer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="323"/>
        <source>En cas de doute raisonnable sur l&apos;identité du demandeur, une pièce complémentaire peut être demandée (RGPD art. 12(6)). Ne demandez que ce qui est nécessaire : une copie de la CIN suffit le plus souvent.</source>
        <translation>En cas de doute raisonnable sur l&apos;identité du demandeur, une pièce complémentaire peut être demandée (RGPD art. 12(6)). Ne demandez que ce qui est nécessaire : une copie de la CIN suffit le plus souvent.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="329"/>
        <source>Demander la pièce</source>
        <translation>Demander la pièce</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="334"/>
        <source>Pièce demandée</source>
        <translation>Pièce demandée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="335"/>
        <source>Copie de la CIN, du passeport, de la carte de séjour…</source>
        <translation>Copie de la CIN, du passeport, de la carte de séjour…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="349"/>
        <source>L&apos;identité est établie : le traitement de la demande commence.</source>
        <translation>L&apos;identité est établie : le traitement de la demande commence.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="353"/>
        <source>Le justificatif ne permet pas d&apos;établir l&apos;identité. La demande pourra être refusée pour ce motif (RGPD art. 12(6)).</source>
        <translation>Le justificatif ne permet pas d&apos;établir l&apos;identité. La demande pourra être refusée pour ce motif (RGPD art. 12(6)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="363"/>
        <source>Pièce examinée</source>
        <translation>Pièce examinée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="364"/>
        <source>CIN présentée, copie reçue par e-mail…</source>
        <translation>CIN présentée, copie reçue par e-mail…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="371"/>
        <source>Date de la vérification</source>
        <translation>Date de la vérification</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="388"/>
        <source>La demande {reference} passe au statut « En cours de traitement ».</source>
        <translation>La demande {reference} passe au statut « En cours de traitement ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="402"/>
        <source>RGPD art. 12(3) : le délai peut être prolongé de deux mois, compte tenu de la complexité et du nombre de demandes. La prorogation doit être décidée et notifiée au demandeur, motifs à l&apos;appui, dans le premier mois. La loi 09-08 ne prévoit pas de prorogation décidée par le responsable.</source>
        <translation>RGPD art. 12(3) : le délai peut être prolongé de deux mois, compte tenu de la complexité et du nombre de demandes. La prorogation doit être décidée et notifiée au demandeur, motifs à l&apos;appui, dans le premier mois. La loi 09-08 ne prévoit pas de prorogation décidée par le responsable.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="409"/>
        <source>Proroger</source>
        <translation>Proroger</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="413"/>
        <source>Décidée le</source>
        <translation>Décidée le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="417"/>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="475"/>
        <source>Motif *</source>
        <translation>Motif *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="418"/>
        <source>Complexité, volume de données, nombre de demandes…</source>
        <translation>Complexité, volume de données, nombre de demandes…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="436"/>
        <source>Enregistre l&apos;envoi de la réponse au demandeur. Le délai cesse de courir à cette date.</source>
        <translation>Enregistre l&apos;envoi de la réponse au demandeur. Le délai cesse de courir à cette date.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="441"/>
        <source>Enregistrer la réponse</source>
        <translation>Enregistrer la réponse</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="445"/>
        <source>Répondue le</source>
        <translation>Répondue le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="446"/>
        <source>Envoyée par</source>
        <translation>Envoyée par</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="463"/>
        <source>Un refus est une réponse : il doit être motivé et informer le demandeur de son droit de saisir la CNDP (RGPD art. 12(4)). Le caractère manifestement infondé ou excessif doit pouvoir être démontré (RGPD art. 12(5)).</source>
        <translation>Un refus est une réponse : il doit être motivé et informer le demandeur de son droit de saisir la CNDP (RGPD art. 12(4)). Le caractère manifestement infondé ou excessif doit pouvoir être démontré (RGPD art. 12(5)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="469"/>
        <source>Enregistrer le refus</source>
        <translation>Enregistrer le refus</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="476"/>
        <source>Choisir un motif…</source>
        <translation>Choisir un motif…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="485"/>
        <source>Notifié le</source>
        <translation>Notifié le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="486"/>
        <source>Envoyé par</source>
        <translation>Envoyé par</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="504"/>
        <source>Le demandeur a retiré sa demande {reference}. Conservez sa lettre ou son e-mail de retrait en pièce jointe.</source>
        <translation>Le demandeur a retiré sa demande {reference}. Conservez sa lettre ou son e-mail de retrait en pièce jointe.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="509"/>
        <source>Enregistrer le retrait</source>
        <translation>Enregistrer le retrait</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="520"/>
        <source>La demande {reference} est classée. Elle reste au registre, consultable, avec son journal et ses pièces jointes.</source>
        <translation>La demande {reference} est classée. Elle reste au registre, consultable, avec son journal et ses pièces jointes.</translation>
    </message>
</context>
<context>
    <name>RequestFields</name>
    <message>
        <location filename="../../dpo_desk/ui/requests/form.py" line="85"/>
        <source>Le RGPD s&apos;applique aussi lorsque la personne se trouve dans l&apos;Union européenne.</source>
        <translation>Le RGPD s&apos;applique aussi lorsque la personne se trouve dans l&apos;Union européenne.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/form.py" line="97"/>
        <source>Nom et prénom</source>
        <translation>Nom et prénom</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/form.py" line="101"/>
        <source>nom@exemple.ma</source>
        <translation>nom@exemple.ma</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/form.py" line="105"/>
        <source>+212 …</source>
        <translation>+212 …</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/form.py" line="109"/>
        <source>Adresse postale, pour une réponse par courrier</source>
        <translation>Adresse postale, pour une réponse par courrier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/form.py" line="118"/>
        <source>La personne dont les données sont en cause</source>
        <translation>La personne dont les données sont en cause</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/form.py" line="124"/>
        <source>Qui instruit la demande</source>
        <translation>Qui instruit la demande</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/form.py" line="129"/>
        <source>Objet précis de la demande, échanges, pièces attendues…</source>
        <translation>Objet précis de la demande, échanges, pièces attendues…</translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="117"/>
        <source>Nouvelle</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="118"/>
        <source>En attente du justificatif d&apos;identité</source>
        <translation>En attente du justificatif d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="121"/>
        <source>En cours de traitement</source>
        <translation>En cours de traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="122"/>
        <source>Délai prorogé</source>
        <translation>Délai prorogé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="123"/>
        <source>Répondue</source>
        <translation>Répondue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="124"/>
        <source>Refusée</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="125"/>
        <source>Retirée par le demandeur</source>
        <translation>Retirée par le demandeur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="126"/>
        <source>Clôturée</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="223"/>
        <source>Une demande au statut « {old} » ne peut pas passer au statut « {new} ».</source>
        <translation>Une demande au statut « {old} » ne peut pas passer au statut « {new} ».</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="96"/>
        <source>Cliquer pour trier</source>
        <translation>Cliquer pour trier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="100"/>
        <source>Référence</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="101"/>
        <source>Demandeur</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="102"/>
        <source>Droits</source>
        <translation>Droits</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="103"/>
        <source>Régime</source>
        <translation>Régime</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="104"/>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="105"/>
        <source>Reçue le</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="106"/>
        <source>Échéance</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="107"/>
        <source>Délai</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="108"/>
        <source>Suivie par</source>
        <translation>Suivie par</translation>
    </message>
</context>
<context>
    <name>RequestTexts</name>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="50"/>
        <source>Nouvelle</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="51"/>
        <source>Identité demandée</source>
        <translation>Identité demandée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="54"/>
        <source>En cours</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="55"/>
        <source>Prorogée</source>
        <translation>Prorogée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="56"/>
        <source>Répondue</source>
        <translation>Répondue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="57"/>
        <source>Refusée</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="58"/>
        <source>Retirée</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="59"/>
        <source>Clôturée</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="71"/>
        <source>Accès</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="72"/>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="73"/>
        <source>Effacement</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="74"/>
        <source>Limitation</source>
        <translation>Limitation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="75"/>
        <source>Portabilité</source>
        <translation>Portabilité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="76"/>
        <source>Opposition</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="152"/>
        <source>{name} ({date})</source>
        <translation>{name} ({date})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="156"/>
        <source>{holiday}, {estimated}</source>
        <translation>{holiday}, {estimated}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="170"/>
        <source>09-08 + RGPD</source>
        <translation>09-08 + RGPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="201"/>
        <source>{date} à {time}</source>
        <translation>{date} à {time}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="217"/>
        <source>{size} o</source>
        <translation>{size} o</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="219"/>
        <source>{size} Ko</source>
        <translation>{size} Ko</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="222"/>
        <source>{size} Mo</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="244"/>
        <source>échéance aujourd&apos;hui</source>
        <translation>échéance aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/requests/texts.py" line="246"/>
        <source>dans %n j</source>
        <translation>
            <numerusform>dans %n j</numerusform>
            <numerusform>dans %n j</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/requests/texts.py" line="247"/>
        <source>%n j de retard</source>
        <translation>
            <numerusform>%n j de retard</numerusform>
            <numerusform>%n j de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/requests/texts.py" line="258"/>
        <source>dans %n jours</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="260"/>
        <source>1 jour de retard</source>
        <translation>1 jour de retard</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/requests/texts.py" line="262"/>
        <source>%n jours de retard</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="254"/>
        <source>aujourd&apos;hui</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="256"/>
        <source>demain</source>
        <translation>demain</translation>
    </message>
</context>
<context>
    <name>RequesterRole</name>
    <message>
        <location filename="../../dpo_desk/domain/requests/model.py" line="35"/>
        <source>La personne concernée</source>
        <translation>La personne concernée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/model.py" line="36"/>
        <source>Parent ou tuteur</source>
        <translation>Parent ou tuteur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/model.py" line="37"/>
        <source>Avocat ou mandataire</source>
        <translation>Avocat ou mandataire</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/model.py" line="38"/>
        <source>Autre</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>RequestsSection</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/__init__.py" line="101"/>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="100"/>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="184"/>
        <source>Demandes</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="55"/>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="100"/>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="150"/>
        <source>Nouvelle demande</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="102"/>
        <source>Enregistrer une demande reçue ({keys})</source>
        <translation>Enregistrer une demande reçue ({keys})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="118"/>
        <source>Liste des demandes</source>
        <translation>Liste des demandes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="144"/>
        <source>Aucune demande pour l&apos;instant</source>
        <translation>Aucune demande pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="146"/>
        <source>Enregistrez ici chaque demande d&apos;accès, de rectification, d&apos;effacement ou d&apos;opposition dès sa réception : DPO Desk calcule son échéance légale et vous la rappelle.</source>
        <translation>Enregistrez ici chaque demande d&apos;accès, de rectification, d&apos;effacement ou d&apos;opposition dès sa réception : DPO Desk calcule son échéance légale et vous la rappelle.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="155"/>
        <source>Aucune demande ne correspond</source>
        <translation>Aucune demande ne correspond</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="156"/>
        <source>Aucune demande ne répond à ces critères de recherche et de filtre.</source>
        <translation>Aucune demande ne répond à ces critères de recherche et de filtre.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="157"/>
        <source>Effacer les filtres</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="229"/>
        <source>1 demande</source>
        <translation>1 demande</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="230"/>
        <source>{count} demandes</source>
        <translation>{count} demandes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="319"/>
        <source>Demande {reference} enregistrée — échéance le {date}.</source>
        <translation>Demande {reference} enregistrée — échéance le {date}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="54"/>
        <source>Demande {reference}</source>
        <translation>Demande {reference}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="56"/>
        <source>Le formulaire de nouvelle demande n&apos;a pas pu être rouvert.</source>
        <translation>Le formulaire de nouvelle demande n&apos;a pas pu être rouvert.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="59"/>
        <source>{label} n&apos;existe plus dans le registre : les modifications conservées sont abandonnées.</source>
        <translation>{label} n&apos;existe plus dans le registre : les modifications conservées sont abandonnées.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="64"/>
        <source>{label} a été clôturée entre-temps : les modifications conservées ne peuvent plus être appliquées.</source>
        <translation>{label} a été clôturée entre-temps : les modifications conservées ne peuvent plus être appliquées.</translation>
    </message>
</context>
<context>
    <name>RetentionUnit</name>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="219"/>
        <source>{n} jour</source>
        <translation>{n} jour</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="219"/>
        <source>{n} jours</source>
        <translation>{n} jours</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="220"/>
        <source>{n} mois</source>
        <translation>{n} mois</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="221"/>
        <source>{n} an</source>
        <translation>{n} an</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="221"/>
        <source>{n} ans</source>
        <translation>{n} ans</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/records/texts.py" line="95"/>
        <source>%n jour(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/records/texts.py" line="97"/>
        <source>%n mois</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/records/texts.py" line="99"/>
        <source>%n an(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Right</name>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="100"/>
        <source>Droit d&apos;accès</source>
        <translation>Droit d&apos;accès</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="101"/>
        <source>Droit de rectification</source>
        <translation>Droit de rectification</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="102"/>
        <source>Droit à l&apos;effacement</source>
        <translation>Droit à l&apos;effacement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="103"/>
        <source>Droit à la limitation du traitement</source>
        <translation>Droit à la limitation du traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="104"/>
        <source>Droit à la portabilité</source>
        <translation>Droit à la portabilité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="105"/>
        <source>Droit d&apos;opposition</source>
        <translation>Droit d&apos;opposition</translation>
    </message>
</context>
<context>
    <name>RiskLevel</name>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="126"/>
        <source>Risque peu probable</source>
        <translation>Risque peu probable</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="127"/>
        <source>Risque</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="128"/>
        <source>Risque élevé</source>
        <translation>Risque élevé</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/__init__.py" line="95"/>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="317"/>
        <source>Tableau de bord</source>
        <extracomment>the translated title, at call time (the language may change between calls) builds the screen; imports its module on the first call</extracomment>
        <translation>Tableau de bord</translation>
    </message>
</context>
<context>
    <name>SecurityMeasure</name>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="170"/>
        <source>Contrôle d&apos;accès des utilisateurs</source>
        <translation>Contrôle d&apos;accès des utilisateurs</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="171"/>
        <source>Mesures de traçabilité</source>
        <translation>Mesures de traçabilité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="172"/>
        <source>Mesures de protection des logiciels</source>
        <translation>Mesures de protection des logiciels</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="173"/>
        <source>Sauvegarde des données</source>
        <translation>Sauvegarde des données</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="174"/>
        <source>Chiffrement des données</source>
        <translation>Chiffrement des données</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="175"/>
        <source>Contrôle des sous-traitants</source>
        <translation>Contrôle des sous-traitants</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="176"/>
        <source>Autres mesures</source>
        <translation>Autres mesures</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/__init__.py" line="131"/>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="184"/>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="375"/>
        <source>Paramètres</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="141"/>
        <source>L&apos;organisation et son délégué figurent sur chaque courrier et chaque registre exporté.</source>
        <translation>L&apos;organisation et son délégué figurent sur chaque courrier et chaque registre exporté.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="138"/>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="309"/>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="470"/>
        <source>Organisation et délégué</source>
        <extracomment>A card&apos;s widest: wider, a line of explanation is too long to read comfortably. the organisation as saved, so the window can update what shows its name the navigation&apos;s width bounds; in between, it takes its longest title</extracomment>
        <translation>Organisation et délégué</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="145"/>
        <source>Délais et calendrier</source>
        <translation>Délais et calendrier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="149"/>
        <source>Courriers</source>
        <translation>Courriers</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="157"/>
        <source>Registre des traitements</source>
        <translation>Registre des traitements</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="158"/>
        <source>Rappels</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="161"/>
        <source>Sécurité et sauvegarde</source>
        <translation>Sécurité et sauvegarde</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="164"/>
        <source>Langue</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="188"/>
        <source>Pages des paramètres</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="190"/>
        <source>Flèches haut et bas : changer de page ; Tab : aller à la page.</source>
        <translation>Flèches haut et bas : changer de page ; Tab : aller à la page.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="312"/>
        <source>Organisation *</source>
        <translation>Organisation *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="313"/>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="314"/>
        <source>Ville des courriers</source>
        <translation>Ville des courriers</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="315"/>
        <source>Délégué (DPO)</source>
        <translation>Délégué (DPO)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="316"/>
        <source>E-mail du DPO</source>
        <translation>E-mail du DPO</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="317"/>
        <source>Téléphone du DPO</source>
        <translation>Téléphone du DPO</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="324"/>
        <source>Annuler les modifications</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="326"/>
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="337"/>
        <source>Fichier du registre</source>
        <translation>Fichier du registre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="344"/>
        <source>Copier</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="345"/>
        <source>Copier l&apos;identifiant du registre</source>
        <translation>Copier l&apos;identifiant du registre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="355"/>
        <source>Emplacement</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="356"/>
        <source>Identifiant</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="357"/>
        <source>Version du schéma</source>
        <translation>Version du schéma</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="358"/>
        <source>Version de DPO Desk</source>
        <translation>Version de DPO Desk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="359"/>
        <source>Fuseau horaire</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="360"/>
        <source>Contenu</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="392"/>
        <source>inconnue</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="420"/>
        <source>Demandes</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="421"/>
        <source>Pièces jointes</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="422"/>
        <source>Entrées du journal</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="425"/>
        <source>{label} : {count}</source>
        <translation>{label} : {count}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="457"/>
        <source>Organisation enregistrée.</source>
        <translation>Organisation enregistrée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="474"/>
        <source>L&apos;organisation n&apos;a pas pu être relue : modifications abandonnées.</source>
        <translation>L&apos;organisation n&apos;a pas pu être relue : modifications abandonnées.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="482"/>
        <source>Identifiant du registre copié.</source>
        <translation>Identifiant du registre copié.</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="172"/>
        <source>Faible</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="173"/>
        <source>Moyenne</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="174"/>
        <source>Élevée</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="175"/>
        <source>Très élevée</source>
        <translation>Très élevée</translation>
    </message>
</context>
<context>
    <name>ThirdParty</name>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="99"/>
        <source>Langage et bibliothèque standard</source>
        <translation>Langage et bibliothèque standard</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="105"/>
        <source>Interface graphique</source>
        <translation>Interface graphique</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="112"/>
        <source>Liaison entre Python et Qt</source>
        <translation>Liaison entre Python et Qt</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="119"/>
        <source>Chiffrement du fichier de registre</source>
        <translation>Chiffrement du fichier de registre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="125"/>
        <source>Primitives cryptographiques de SQLCipher</source>
        <translation>Primitives cryptographiques de SQLCipher</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="129"/>
        <source>Accès à SQLCipher depuis Python</source>
        <translation>Accès à SQLCipher depuis Python</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="133"/>
        <location filename="../../dpo_desk/third_party.py" line="222"/>
        <source>Accès aux données</source>
        <translation>Accès aux données</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="136"/>
        <source>Migrations du schéma</source>
        <translation>Migrations du schéma</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="142"/>
        <location filename="../../dpo_desk/third_party.py" line="158"/>
        <source>Trousseau du système</source>
        <translation>Trousseau du système</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="163"/>
        <source>Trousseau du système (Linux)</source>
        <translation>Trousseau du système (Linux)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="171"/>
        <source>Robustesse des phrases secrètes</source>
        <translation>Robustesse des phrases secrètes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="175"/>
        <source>Lettres en PDF</source>
        <translation>Lettres en PDF</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="181"/>
        <source>Lettres en arabe</source>
        <translation>Lettres en arabe</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="191"/>
        <source>Noms des mois et règles de pluriel</source>
        <translation>Noms des mois et règles de pluriel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="196"/>
        <source>Aperçu des lettres</source>
        <translation>Aperçu des lettres</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="200"/>
        <source>Registres Excel</source>
        <translation>Registres Excel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="207"/>
        <source>Jours fériés des délais</source>
        <translation>Jours fériés des délais</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="215"/>
        <source>Dossier des préférences</source>
        <translation>Dossier des préférences</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="219"/>
        <source>Fuseaux horaires</source>
        <translation>Fuseaux horaires</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="226"/>
        <source>Police arabe des lettres</source>
        <translation>Police arabe des lettres</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="229"/>
        <source>Police latine des lettres</source>
        <translation>Police latine des lettres</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="234"/>
        <source>Police tifinaghe des lettres</source>
        <translation>Police tifinaghe des lettres</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="239"/>
        <location filename="../../dpo_desk/third_party.py" line="244"/>
        <source>Symboles et emoji des lettres</source>
        <translation>Symboles et emoji des lettres</translation>
    </message>
</context>
<context>
    <name>TransferMechanism</name>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="249"/>
        <source>Pays reconnu adéquat par la CNDP</source>
        <translation>Pays reconnu adéquat par la CNDP</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="251"/>
        <source>Autorisation de la CNDP (formulaire F118)</source>
        <translation>Autorisation de la CNDP (formulaire F118)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="253"/>
        <source>Clauses contractuelles types</source>
        <translation>Clauses contractuelles types</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="255"/>
        <source>Règles d&apos;entreprise contraignantes (BCR)</source>
        <translation>Règles d&apos;entreprise contraignantes (BCR)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="257"/>
        <source>Dérogation pour une situation particulière</source>
        <translation>Dérogation pour une situation particulière</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="259"/>
        <source>Autre garantie appropriée (RGPD art. 46)</source>
        <translation>Autre garantie appropriée (RGPD art. 46)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="250"/>
        <source>Loi 09-08 art. 43 ; RGPD art. 45</source>
        <translation>Loi 09-08 art. 43 ; RGPD art. 45</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="252"/>
        <source>Loi 09-08 art. 44</source>
        <translation>Loi 09-08 art. 44</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="254"/>
        <source>RGPD art. 46(2)(c)</source>
        <translation>RGPD art. 46(2)(c)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="256"/>
        <source>RGPD art. 47</source>
        <translation>RGPD art. 47</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="258"/>
        <source>RGPD art. 49 ; loi 09-08 art. 44</source>
        <translation>RGPD art. 49 ; loi 09-08 art. 44</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="260"/>
        <source>RGPD art. 46</source>
        <translation>RGPD art. 46</translation>
    </message>
</context>
<context>
    <name>UnencryptedWarning</name>
    <message>
        <location filename="../../dpo_desk/ui/calendar_export.py" line="40"/>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="79"/>
        <source>Fichier non chiffré</source>
        <translation>Fichier non chiffré</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="79"/>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="80"/>
        <source>Le fichier Excel exporté ne sera pas chiffré.</source>
        <translation>Le fichier Excel exporté ne sera pas chiffré.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="82"/>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="83"/>
        <source>Il contiendra des données personnelles lisibles par quiconque y a accès. Enregistrez-le dans un emplacement protégé et supprimez-le dès qu&apos;il n&apos;est plus utile. L&apos;export est inscrit au journal.</source>
        <translation>Il contiendra des données personnelles lisibles par quiconque y a accès. Enregistrez-le dans un emplacement protégé et supprimez-le dès qu&apos;il n&apos;est plus utile. L&apos;export est inscrit au journal.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="88"/>
        <source>Ne plus afficher ce message</source>
        <translation>Ne plus afficher ce message</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_export.py" line="49"/>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="91"/>
        <source>Continuer</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_export.py" line="50"/>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="92"/>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="257"/>
        <source>Ouvrir un registre — DPO Desk</source>
        <translation>Ouvrir un registre — DPO Desk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="263"/>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="104"/>
        <source>Déverrouiller le registre</source>
        <translation>Déverrouiller le registre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="116"/>
        <source>Phrase secrète</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="119"/>
        <source>Saisissez la phrase secrète du registre</source>
        <translation>Saisissez la phrase secrète du registre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="125"/>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="126"/>
        <source>Verr. Maj. activé</source>
        <translation>Verr. Maj. activé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="138"/>
        <source>Déverrouiller</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="201"/>
        <source>Saisissez la phrase secrète du registre.</source>
        <translation>Saisissez la phrase secrète du registre.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="227"/>
        <source>La phrase secrète n&apos;a pas pu être confiée au trousseau : elle sera demandée à la prochaine ouverture.</source>
        <translation>La phrase secrète n&apos;a pas pu être confiée au trousseau : elle sera demandée à la prochaine ouverture.</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../dpo_desk/ui/welcome.py" line="131"/>
        <source>Le registre du délégué à la protection des données : demandes d&apos;exercice de droits, violations, traitements et sous-traitants, dans un fichier chiffré sur ce poste.</source>
        <translation>Le registre du délégué à la protection des données : demandes d&apos;exercice de droits, violations, traitements et sous-traitants, dans un fichier chiffré sur ce poste.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome.py" line="145"/>
        <source>Créer un registre</source>
        <translation>Créer un registre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome.py" line="146"/>
        <source>Un nouveau fichier chiffré pour une organisation et son DPO.</source>
        <translation>Un nouveau fichier chiffré pour une organisation et son DPO.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome.py" line="150"/>
        <source>Ouvrir un fichier existant</source>
        <translation>Ouvrir un fichier existant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome.py" line="151"/>
        <source>Un registre .dpodesk déjà créé, sur ce poste ou un support amovible.</source>
        <translation>Un registre .dpodesk déjà créé, sur ce poste ou un support amovible.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome.py" line="162"/>
        <source>Essayer la démo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome.py" line="169"/>
        <source>un registre d&apos;exemple, rempli de demandes et de violations fictives</source>
        <translation>un registre d&apos;exemple, rempli de demandes et de violations fictives</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome.py" line="178"/>
        <location filename="../../dpo_desk/ui/welcome.py" line="181"/>
        <source>Registres récents</source>
        <translation>Registres récents</translation>
    </message>
</context>
<context>
    <name>WorkingCalendarCard</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="72"/>
        <source>Calendrier des jours ouvrés</source>
        <extracomment>how many open requests&apos; due dates the last edit moved the dialog on screen, if any (tests drive it)</extracomment>
        <translation>Calendrier des jours ouvrés</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="74"/>
        <source>Une échéance de la loi 09-08 ou de la politique interne qui tombe un samedi, un dimanche ou un jour férié marocain est reportée au jour ouvré suivant. Les fermetures de l&apos;organisation ne reportent que les échéances de politique interne, jamais un délai légal. Les fêtes religieuses suivent le calendrier lunaire : leur date est estimée d&apos;avance et ne reporte aucune échéance tant qu&apos;elle n&apos;est pas confirmée ; confirmez-la dès l&apos;annonce du ministère des Habous et des Affaires islamiques.</source>
        <translation>Une échéance de la loi 09-08 ou de la politique interne qui tombe un samedi, un dimanche ou un jour férié marocain est reportée au jour ouvré suivant. Les fermetures de l&apos;organisation ne reportent que les échéances de politique interne, jamais un délai légal. Les fêtes religieuses suivent le calendrier lunaire : leur date est estimée d&apos;avance et ne reporte aucune échéance tant qu&apos;elle n&apos;est pas confirmée ; confirmez-la dès l&apos;annonce du ministère des Habous et des Affaires islamiques.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="86"/>
        <source>Année</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="88"/>
        <source>Année affichée</source>
        <translation>Année affichée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="92"/>
        <source>Ajouter un jour férié…</source>
        <translation>Ajouter un jour férié…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="94"/>
        <source>Ajouter une fermeture…</source>
        <translation>Ajouter une fermeture…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="105"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="105"/>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="457"/>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="105"/>
        <source>Origine</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="107"/>
        <source>Jours chômés de l&apos;année</source>
        <translation>Jours chômés de l&apos;année</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="114"/>
        <source>Confirmer…</source>
        <translation>Confirmer…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="117"/>
        <source>Fête lunaire : saisir le premier jour annoncé par le ministère des Habous et des Affaires islamiques (la date estimée ou une autre).</source>
        <translation>Fête lunaire : saisir le premier jour annoncé par le ministère des Habous et des Affaires islamiques (la date estimée ou une autre).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="122"/>
        <source>Annuler la confirmation</source>
        <translation>Annuler la confirmation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="125"/>
        <source>Oublier la date confirmée : la fête reprend sa date estimée (ou, pour une année passée, celle de l&apos;annonce officielle).</source>
        <translation>Oublier la date confirmée : la fête reprend sa date estimée (ou, pour une année passée, celle de l&apos;annonce officielle).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="131"/>
        <source>Le jour férié a été fixé à une autre date.</source>
        <translation>Le jour férié a été fixé à une autre date.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="230"/>
        <source>Une fête lunaire de {year} a une date estimée : elle ne reporte aucune échéance tant qu&apos;elle n&apos;est pas confirmée. Confirmez-la dès l&apos;annonce officielle (bouton « Confirmer… »).</source>
        <translation>Une fête lunaire de {year} a une date estimée : elle ne reporte aucune échéance tant qu&apos;elle n&apos;est pas confirmée. Confirmez-la dès l&apos;annonce officielle (bouton « Confirmer… »).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="236"/>
        <source>%n fêtes lunaires de {year} ont une date estimée : elles ne reportent aucune échéance tant qu&apos;elles ne sont pas confirmées. Confirmez chacune dès l&apos;annonce officielle (bouton « Confirmer… »).</source>
        <translation>
            <numerusform>%n fête lunaire de {year} a une date estimée : elle ne reporte aucune échéance tant qu&apos;elle n&apos;est pas confirmée. Confirmez-la dès l&apos;annonce officielle (bouton « Confirmer… »).</numerusform>
            <numerusform>%n fêtes lunaires de {year} ont une date estimée : elles ne reportent aucune échéance tant qu&apos;elles ne sont pas confirmées. Confirmez chacune dès l&apos;annonce officielle (bouton « Confirmer… »).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="392"/>
        <source>Confirmation annulée : {holiday}, {status}, le {date}.</source>
        <translation>Confirmation annulée : {holiday}, {status}, le {date}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="467"/>
        <source>Un jour où l&apos;organisation est fermée (pont, inventaire…). Seules les échéances de politique interne qui y tombent sont reportées au jour ouvré suivant ; un délai légal (loi 09-08, RGPD) ne l&apos;est jamais.</source>
        <translation>Un jour où l&apos;organisation est fermée (pont, inventaire…). Seules les échéances de politique interne qui y tombent sont reportées au jour ouvré suivant ; un délai légal (loi 09-08, RGPD) ne l&apos;est jamais.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="130"/>
        <source>Déplacer…</source>
        <translation>Déplacer…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="133"/>
        <source>Retirer</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="134"/>
        <source>Ce jour redevient un jour ouvré.</source>
        <translation>Ce jour redevient un jour ouvré.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="136"/>
        <source>Rétablir le calendrier officiel</source>
        <translation>Rétablir le calendrier officiel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="137"/>
        <source>Oublier les modifications faites sur ce jour-là.</source>
        <translation>Oublier les modifications faites sur ce jour-là.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="407"/>
        <source>{name} retiré : le {date} est un jour ouvré.</source>
        <translation>{name} retiré : le {date} est un jour ouvré.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="419"/>
        <source>Le {date} suit de nouveau le calendrier officiel.</source>
        <translation>Le {date} suit de nouveau le calendrier officiel.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="451"/>
        <source>Jour férié ajouté le {date}.</source>
        <translation>Jour férié ajouté le {date}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="452"/>
        <source>Ajouter un jour férié</source>
        <translation>Ajouter un jour férié</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="454"/>
        <source>Un jour férié que le calendrier officiel ne connaît pas encore, par exemple décrété pour l&apos;occasion.</source>
        <translation>Un jour férié que le calendrier officiel ne connaît pas encore, par exemple décrété pour l&apos;occasion.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="464"/>
        <source>Fermeture ajoutée le {date}.</source>
        <translation>Fermeture ajoutée le {date}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="465"/>
        <source>Ajouter une fermeture</source>
        <translation>Ajouter une fermeture</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="471"/>
        <source>Motif</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="520"/>
        <source>{name} déplacé au {date}.</source>
        <translation>{name} déplacé au {date}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="526"/>
        <source>Déplacer un jour férié</source>
        <translation>Déplacer un jour férié</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="527"/>
        <source>« {name} », prévu le {date}, a été annoncé pour le :</source>
        <translation>« {name} », prévu le {date}, a été annoncé pour le :</translation>
    </message>
</context>
<context>
    <name>XlsxColumn</name>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="70"/>
        <location filename="../../dpo_desk/domain/journal.py" line="503"/>
        <source>Oui</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="71"/>
        <location filename="../../dpo_desk/domain/journal.py" line="504"/>
        <source>Non</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="129"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="175"/>
        <location filename="../../dpo_desk/domain/journal.py" line="198"/>
        <source>Référence</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="130"/>
        <location filename="../../dpo_desk/domain/journal.py" line="194"/>
        <source>Date de réception</source>
        <translation>Date de réception</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="131"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="177"/>
        <location filename="../../dpo_desk/domain/journal.py" line="200"/>
        <source>Régimes</source>
        <translation>Régimes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="133"/>
        <location filename="../../dpo_desk/domain/journal.py" line="208"/>
        <source>Droits exercés</source>
        <translation>Droits exercés</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="135"/>
        <location filename="../../dpo_desk/domain/journal.py" line="135"/>
        <source>Canal de réception</source>
        <translation>Canal de réception</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="137"/>
        <location filename="../../dpo_desk/domain/journal.py" line="204"/>
        <source>Demandeur</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="138"/>
        <location filename="../../dpo_desk/domain/journal.py" line="206"/>
        <source>Qualité du demandeur</source>
        <translation>Qualité du demandeur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="140"/>
        <location filename="../../dpo_desk/domain/journal.py" line="203"/>
        <source>E-mail du demandeur</source>
        <translation>E-mail du demandeur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="141"/>
        <location filename="../../dpo_desk/domain/journal.py" line="205"/>
        <source>Téléphone du demandeur</source>
        <translation>Téléphone du demandeur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="142"/>
        <location filename="../../dpo_desk/domain/journal.py" line="202"/>
        <source>Adresse du demandeur</source>
        <translation>Adresse du demandeur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="143"/>
        <location filename="../../dpo_desk/domain/journal.py" line="223"/>
        <source>Personne concernée</source>
        <translation>Personne concernée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="144"/>
        <location filename="../../dpo_desk/domain/journal.py" line="175"/>
        <source>Vérification d&apos;identité</source>
        <translation>Vérification d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="146"/>
        <location filename="../../dpo_desk/domain/journal.py" line="174"/>
        <source>Moyen de vérification</source>
        <translation>Moyen de vérification</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="147"/>
        <location filename="../../dpo_desk/domain/journal.py" line="173"/>
        <source>Identité vérifiée le</source>
        <translation>Identité vérifiée le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="148"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="179"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="283"/>
        <location filename="../../dpo_desk/domain/journal.py" line="220"/>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="150"/>
        <location filename="../../dpo_desk/domain/journal.py" line="199"/>
        <source>Motif de refus</source>
        <translation>Motif de refus</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="152"/>
        <location filename="../../dpo_desk/domain/journal.py" line="167"/>
        <source>Échéance</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="153"/>
        <location filename="../../dpo_desk/domain/journal.py" line="166"/>
        <source>Fondement de l&apos;échéance</source>
        <translation>Fondement de l&apos;échéance</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="155"/>
        <location filename="../../dpo_desk/domain/journal.py" line="169"/>
        <source>Prorogée le</source>
        <translation>Prorogée le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="156"/>
        <location filename="../../dpo_desk/domain/journal.py" line="170"/>
        <source>Motif de la prorogation</source>
        <translation>Motif de la prorogation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="157"/>
        <location filename="../../dpo_desk/domain/journal.py" line="128"/>
        <source>Répondue le</source>
        <translation>Répondue le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="158"/>
        <location filename="../../dpo_desk/domain/journal.py" line="127"/>
        <source>Canal de réponse</source>
        <translation>Canal de réponse</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="160"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="219"/>
        <location filename="../../dpo_desk/domain/journal.py" line="137"/>
        <location filename="../../dpo_desk/domain/journal.py" line="138"/>
        <source>Clôturée le</source>
        <translation>Clôturée le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="161"/>
        <location filename="../../dpo_desk/domain/journal.py" line="131"/>
        <source>Chargé du dossier</source>
        <translation>Chargé du dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="162"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="259"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="290"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="307"/>
        <location filename="../../dpo_desk/domain/journal.py" line="187"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="163"/>
        <location filename="../../dpo_desk/domain/journal.py" line="150"/>
        <source>Créée le</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="164"/>
        <location filename="../../dpo_desk/domain/journal.py" line="227"/>
        <source>Modifiée le</source>
        <translation>Modifiée le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="167"/>
        <location filename="../../dpo_desk/domain/journal.py" line="171"/>
        <source>Référence externe</source>
        <translation>Référence externe</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="176"/>
        <location filename="../../dpo_desk/domain/journal.py" line="225"/>
        <source>Intitulé</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="181"/>
        <location filename="../../dpo_desk/domain/journal.py" line="219"/>
        <source>Début de la violation</source>
        <translation>Début de la violation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="182"/>
        <location filename="../../dpo_desk/domain/journal.py" line="159"/>
        <source>Découverte le</source>
        <translation>Découverte le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="183"/>
        <location filename="../../dpo_desk/domain/journal.py" line="133"/>
        <source>Prise de connaissance</source>
        <translation>Prise de connaissance</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="184"/>
        <location filename="../../dpo_desk/domain/journal.py" line="189"/>
        <source>Notification due avant</source>
        <translation>Notification due avant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="185"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="229"/>
        <location filename="../../dpo_desk/domain/journal.py" line="155"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="186"/>
        <location filename="../../dpo_desk/domain/journal.py" line="144"/>
        <source>Atteinte à la confidentialité</source>
        <translation>Atteinte à la confidentialité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="187"/>
        <location filename="../../dpo_desk/domain/journal.py" line="176"/>
        <source>Atteinte à l&apos;intégrité</source>
        <translation>Atteinte à l&apos;intégrité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="188"/>
        <location filename="../../dpo_desk/domain/journal.py" line="132"/>
        <source>Atteinte à la disponibilité</source>
        <translation>Atteinte à la disponibilité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="189"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="234"/>
        <location filename="../../dpo_desk/domain/journal.py" line="222"/>
        <source>Catégories de personnes</source>
        <translation>Catégories de personnes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="190"/>
        <location filename="../../dpo_desk/domain/journal.py" line="224"/>
        <source>Nombre de personnes</source>
        <translation>Nombre de personnes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="191"/>
        <location filename="../../dpo_desk/domain/journal.py" line="196"/>
        <source>Catégories d&apos;enregistrements</source>
        <translation>Catégories d&apos;enregistrements</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="193"/>
        <location filename="../../dpo_desk/domain/journal.py" line="197"/>
        <source>Nombre d&apos;enregistrements</source>
        <translation>Nombre d&apos;enregistrements</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="194"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="235"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="273"/>
        <location filename="../../dpo_desk/domain/journal.py" line="151"/>
        <source>Catégories de données</source>
        <translation>Catégories de données</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="196"/>
        <location filename="../../dpo_desk/domain/journal.py" line="184"/>
        <source>Mineurs concernés</source>
        <translation>Mineurs concernés</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="197"/>
        <location filename="../../dpo_desk/domain/journal.py" line="145"/>
        <source>Conséquences probables</source>
        <translation>Conséquences probables</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="198"/>
        <location filename="../../dpo_desk/domain/journal.py" line="182"/>
        <source>Mesures prises</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="199"/>
        <location filename="../../dpo_desk/domain/journal.py" line="181"/>
        <source>Mesures envisagées</source>
        <translation>Mesures envisagées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="200"/>
        <location filename="../../dpo_desk/domain/journal.py" line="234"/>
        <source>Sous-traitants impliqués</source>
        <translation>Sous-traitants impliqués</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="201"/>
        <location filename="../../dpo_desk/domain/journal.py" line="212"/>
        <source>Niveau de risque</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="203"/>
        <location filename="../../dpo_desk/domain/journal.py" line="211"/>
        <source>Justification du risque</source>
        <translation>Justification du risque</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="205"/>
        <location filename="../../dpo_desk/domain/journal.py" line="210"/>
        <source>Risque évalué le</source>
        <translation>Risque évalué le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="206"/>
        <location filename="../../dpo_desk/domain/journal.py" line="188"/>
        <source>Notifications à l&apos;autorité</source>
        <translation>Notifications à l&apos;autorité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="207"/>
        <location filename="../../dpo_desk/domain/journal.py" line="186"/>
        <source>Motifs de non-notification</source>
        <translation>Motifs de non-notification</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="209"/>
        <location filename="../../dpo_desk/domain/journal.py" line="143"/>
        <source>Communications aux personnes</source>
        <translation>Communications aux personnes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="211"/>
        <location filename="../../dpo_desk/domain/journal.py" line="129"/>
        <source>Exception de l&apos;art. 34(3)</source>
        <translation>Exception de l&apos;art. 34(3)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="213"/>
        <location filename="../../dpo_desk/domain/journal.py" line="130"/>
        <source>Justification de l&apos;exception</source>
        <translation>Justification de l&apos;exception</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="215"/>
        <location filename="../../dpo_desk/domain/journal.py" line="156"/>
        <source>Déclaration DGSSI requise</source>
        <translation>Déclaration DGSSI requise</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="216"/>
        <location filename="../../dpo_desk/domain/journal.py" line="157"/>
        <source>Déclarée à la DGSSI le</source>
        <translation>Déclarée à la DGSSI le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="217"/>
        <location filename="../../dpo_desk/domain/journal.py" line="158"/>
        <source>Référence DGSSI</source>
        <translation>Référence DGSSI</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="218"/>
        <location filename="../../dpo_desk/domain/journal.py" line="201"/>
        <source>Mesures correctrices</source>
        <translation>Mesures correctrices</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="227"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="267"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="296"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="315"/>
        <location filename="../../dpo_desk/domain/journal.py" line="172"/>
        <source>N°</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="228"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="305"/>
        <location filename="../../dpo_desk/domain/journal.py" line="126"/>
        <location filename="../../dpo_desk/domain/journal.py" line="232"/>
        <source>Traitement</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="230"/>
        <location filename="../../dpo_desk/domain/journal.py" line="190"/>
        <source>Service responsable</source>
        <translation>Service responsable</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="231"/>
        <location filename="../../dpo_desk/domain/journal.py" line="178"/>
        <source>Responsable conjoint</source>
        <translation>Responsable conjoint</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="232"/>
        <location filename="../../dpo_desk/domain/journal.py" line="217"/>
        <source>Logiciels utilisés</source>
        <translation>Logiciels utilisés</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="233"/>
        <location filename="../../dpo_desk/domain/journal.py" line="193"/>
        <source>Finalités et bases légales</source>
        <translation>Finalités et bases légales</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="237"/>
        <location filename="../../dpo_desk/domain/journal.py" line="231"/>
        <source>Données de mineurs</source>
        <translation>Données de mineurs</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="238"/>
        <location filename="../../dpo_desk/domain/journal.py" line="218"/>
        <source>Sources des données</source>
        <translation>Sources des données</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="239"/>
        <location filename="../../dpo_desk/domain/journal.py" line="195"/>
        <source>Destinataires</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="240"/>
        <location filename="../../dpo_desk/domain/journal.py" line="207"/>
        <source>Durées de conservation</source>
        <translation>Durées de conservation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="241"/>
        <location filename="../../dpo_desk/domain/journal.py" line="226"/>
        <source>Transferts hors du Maroc</source>
        <translation>Transferts hors du Maroc</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="242"/>
        <location filename="../../dpo_desk/domain/journal.py" line="192"/>
        <source>Sous-traitants</source>
        <translation>Sous-traitants</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="243"/>
        <location filename="../../dpo_desk/domain/journal.py" line="213"/>
        <source>Mesures de sécurité</source>
        <translation>Mesures de sécurité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="245"/>
        <location filename="../../dpo_desk/domain/journal.py" line="214"/>
        <source>Précisions sur la sécurité</source>
        <translation>Précisions sur la sécurité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="247"/>
        <location filename="../../dpo_desk/domain/journal.py" line="209"/>
        <source>Service d&apos;exercice des droits</source>
        <translation>Service d&apos;exercice des droits</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="248"/>
        <location filename="../../dpo_desk/domain/journal.py" line="177"/>
        <source>Interconnexions</source>
        <translation>Interconnexions</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="249"/>
        <location filename="../../dpo_desk/domain/journal.py" line="142"/>
        <source>Finalité d&apos;origine (réutilisation)</source>
        <translation>Finalité d&apos;origine (réutilisation)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="251"/>
        <location filename="../../dpo_desk/domain/journal.py" line="141"/>
        <source>Régime CNDP</source>
        <translation>Régime CNDP</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="253"/>
        <location filename="../../dpo_desk/domain/journal.py" line="139"/>
        <source>Récépissé CNDP</source>
        <translation>Récépissé CNDP</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="254"/>
        <location filename="../../dpo_desk/domain/journal.py" line="140"/>
        <source>Date du récépissé</source>
        <translation>Date du récépissé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="255"/>
        <location filename="../../dpo_desk/domain/journal.py" line="164"/>
        <source>AIPD requise</source>
        <translation>AIPD requise</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="256"/>
        <location filename="../../dpo_desk/domain/journal.py" line="162"/>
        <source>AIPD réalisée</source>
        <translation>AIPD réalisée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="257"/>
        <location filename="../../dpo_desk/domain/journal.py" line="163"/>
        <source>AIPD réalisée le</source>
        <translation>AIPD réalisée le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="258"/>
        <location filename="../../dpo_desk/domain/journal.py" line="179"/>
        <source>Dernière revue</source>
        <translation>Dernière revue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="260"/>
        <location filename="../../dpo_desk/domain/journal.py" line="229"/>
        <source>Créé le</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="261"/>
        <location filename="../../dpo_desk/domain/journal.py" line="230"/>
        <source>Mis à jour le</source>
        <translation>Mis à jour le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="268"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="306"/>
        <location filename="../../dpo_desk/domain/journal.py" line="191"/>
        <location filename="../../dpo_desk/domain/journal.py" line="233"/>
        <source>Sous-traitant</source>
        <translation>Sous-traitant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="269"/>
        <location filename="../../dpo_desk/domain/journal.py" line="215"/>
        <source>Prestation</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="270"/>
        <location filename="../../dpo_desk/domain/journal.py" line="146"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="271"/>
        <location filename="../../dpo_desk/domain/journal.py" line="165"/>
        <source>Contact du DPO</source>
        <translation>Contact du DPO</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="272"/>
        <location filename="../../dpo_desk/domain/journal.py" line="148"/>
        <source>Pays de traitement</source>
        <translation>Pays de traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="275"/>
        <location filename="../../dpo_desk/domain/journal.py" line="160"/>
        <source>Contrat signé</source>
        <translation>Contrat signé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="276"/>
        <location filename="../../dpo_desk/domain/journal.py" line="161"/>
        <source>Signé le</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="277"/>
        <location filename="../../dpo_desk/domain/journal.py" line="147"/>
        <source>Fin du contrat prévue</source>
        <translation>Fin du contrat prévue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="278"/>
        <location filename="../../dpo_desk/domain/journal.py" line="136"/>
        <source>Clauses de l&apos;art. 28(3)</source>
        <translation>Clauses de l&apos;art. 28(3)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="280"/>
        <location filename="../../dpo_desk/domain/journal.py" line="134"/>
        <source>Certifications</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="281"/>
        <location filename="../../dpo_desk/domain/journal.py" line="221"/>
        <source>Sous-traitants ultérieurs</source>
        <translation>Sous-traitants ultérieurs</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="282"/>
        <location filename="../../dpo_desk/domain/journal.py" line="185"/>
        <source>Prochaine revue</source>
        <translation>Prochaine revue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="285"/>
        <location filename="../../dpo_desk/domain/journal.py" line="168"/>
        <source>Contrat terminé le</source>
        <translation>Contrat terminé le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="286"/>
        <location filename="../../dpo_desk/domain/journal.py" line="152"/>
        <source>Sort des données</source>
        <translation>Sort des données</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="288"/>
        <location filename="../../dpo_desk/domain/journal.py" line="153"/>
        <source>Restituées ou supprimées le</source>
        <translation>Restituées ou supprimées le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="289"/>
        <location filename="../../dpo_desk/domain/journal.py" line="125"/>
        <source>Traitements concernés</source>
        <translation>Traitements concernés</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="297"/>
        <location filename="../../dpo_desk/domain/journal.py" line="149"/>
        <source>Pays de destination</source>
        <translation>Pays de destination</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="298"/>
        <location filename="../../dpo_desk/domain/journal.py" line="183"/>
        <source>Mécanisme d&apos;encadrement</source>
        <translation>Mécanisme d&apos;encadrement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="300"/>
        <location filename="../../dpo_desk/domain/journal.py" line="154"/>
        <source>Dérogation invoquée</source>
        <translation>Dérogation invoquée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="302"/>
        <location filename="../../dpo_desk/domain/journal.py" line="180"/>
        <source>Exception de la loi 09-08</source>
        <translation>Exception de la loi 09-08</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="304"/>
        <location filename="../../dpo_desk/domain/journal.py" line="235"/>
        <source>Référence (F118, clauses…)</source>
        <translation>Référence (F118, clauses…)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="308"/>
        <location filename="../../dpo_desk/domain/journal.py" line="236"/>
        <source>Enregistré le</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="316"/>
        <source>Date et heure</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="317"/>
        <source>Auteur</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="318"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="320"/>
        <source>Objet</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="322"/>
        <source>Identifiant</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="323"/>
        <source>Détail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="324"/>
        <location filename="../../dpo_desk/domain/journal.py" line="216"/>
        <source>Empreinte (SHA-256)</source>
        <translation>Empreinte (SHA-256)</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="99"/>
        <source> […] [texte tronqué : {total} caractères au total]</source>
        <translation> […] [texte tronqué : {total} caractères au total]</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="103"/>
        <source>Registres du délégué à la protection des données</source>
        <translation>Registres du délégué à la protection des données</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="104"/>
        <source>Journal d&apos;audit</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="105"/>
        <source>Organisme</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="106"/>
        <source>Page &amp;P / &amp;N</source>
        <translation>Page &amp;P / &amp;N</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="107"/>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="108"/>
        <source>Délégué à la protection des données</source>
        <translation>Délégué à la protection des données</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="109"/>
        <source>Date de l&apos;export</source>
        <translation>Date de l&apos;export</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="110"/>
        <source>Fuseau horaire des dates et heures</source>
        <translation>Fuseau horaire des dates et heures</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="111"/>
        <source>Version de DPO Desk</source>
        <translation>Version de DPO Desk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="112"/>
        <source>Fichier du registre</source>
        <translation>Fichier du registre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="113"/>
        <source>Entrées du journal d&apos;audit</source>
        <translation>Entrées du journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="114"/>
        <source>Empreinte de tête du journal (SHA-256)</source>
        <translation>Empreinte de tête du journal (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="115"/>
        <source>Chaîne du journal</source>
        <translation>Chaîne du journal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="116"/>
        <source>Intacte : chaque entrée suit la précédente</source>
        <translation>Intacte : chaque entrée suit la précédente</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="117"/>
        <source>Rompue à l&apos;entrée n° {entry}</source>
        <translation>Rompue à l&apos;entrée n° {entry}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="118"/>
        <source>Filtre appliqué</source>
        <translation>Filtre appliqué</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="119"/>
        <source>Sommaire</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="120"/>
        <source>Feuille</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="121"/>
        <source>Lignes</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="122"/>
        <source>Cellules tronquées</source>
        <translation>Cellules tronquées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="123"/>
        <source>Cellules dépassant la limite d&apos;Excel (32 767 caractères) : {count}. Leur texte est coupé et se termine par « […] ». Le texte complet reste dans le registre.</source>
        <translation>Cellules dépassant la limite d&apos;Excel (32 767 caractères) : {count}. Leur texte est coupé et se termine par « […] ». Le texte complet reste dans le registre.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="129"/>
        <source>L&apos;empreinte de tête et le nombre d&apos;entrées permettent de vérifier plus tard que le journal n&apos;a pas été réécrit depuis cet export (dpo-desk verify).</source>
        <translation>L&apos;empreinte de tête et le nombre d&apos;entrées permettent de vérifier plus tard que le journal n&apos;a pas été réécrit depuis cet export (dpo-desk verify).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="134"/>
        <source>Ce fichier n&apos;est pas chiffré et contient des données personnelles : conservez-le en lieu sûr et supprimez-le dès qu&apos;il n&apos;est plus utile.</source>
        <translation>Ce fichier n&apos;est pas chiffré et contient des données personnelles : conservez-le en lieu sûr et supprimez-le dès qu&apos;il n&apos;est plus utile.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="136"/>
        <source>aucun mécanisme enregistré</source>
        <translation>aucun mécanisme enregistré</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="137"/>
        <source>réf. {reference}</source>
        <translation>réf. {reference}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="138"/>
        <source>aucun (journal complet)</source>
        <translation>aucun (journal complet)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="139"/>
        <source>objet : {value}</source>
        <translation>objet : {value}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="140"/>
        <source>action : {value}</source>
        <translation>action : {value}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="141"/>
        <source>auteur : {value}</source>
        <translation>auteur : {value}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="142"/>
        <source>identifiant commençant par « {value} »</source>
        <translation>identifiant commençant par « {value} »</translation>
    </message>
</context>
<context>
    <name>XlsxSheet</name>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="337"/>
        <source>Demandes</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="338"/>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="339"/>
        <source>Traitements</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="340"/>
        <source>Sous-traitants</source>
        <translation>Sous-traitants</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="341"/>
        <source>Transferts</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="342"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="344"/>
        <source>Page de garde</source>
        <translation>Page de garde</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../dpo_desk/ui/i18n.py" line="112"/>
        <source>Traduction « {language} » introuvable : l&apos;interface reste en français (lancez « make translations »).</source>
        <translation>Traduction « {language} » introuvable : l&apos;interface reste en français (lancez « make translations »).</translation>
    </message>
</context>
</TS>
