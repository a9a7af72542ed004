<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/about_dialog.py" line="46"/>
        <source>À propos de DPO Desk</source>
        <translation>About DPO Desk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/about_dialog.py" line="56"/>
        <source>Le registre du délégué à la protection des données : demandes d&apos;exercice des droits, violations de données, traitements et sous-traitants, dans un fichier chiffré sur ce poste.</source>
        <translation>The Data Protection Officer&apos;s register: data subject rights requests, personal data breaches, processing activities and processors, in an encrypted file on this computer.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/about_dialog.py" line="64"/>
        <source>application installée</source>
        <translation>installed application</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/about_dialog.py" line="66"/>
        <source>depuis les sources</source>
        <translation>from source</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/about_dialog.py" line="86"/>
        <source>Données de fuseaux horaires : IANA {version}</source>
        <translation>Time zone data: IANA {version}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/about_dialog.py" line="95"/>
        <source>Composants tiers et licences</source>
        <translation>Third-party components and licences</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/about_dialog.py" line="99"/>
        <source>Composant</source>
        <translation>Component</translation>
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
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/about_dialog.py" line="120"/>
        <source>Texte de la licence</source>
        <translation>Licence text</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/about_dialog.py" line="142"/>
        <source>Licence {licence} ; le texte n&apos;est pas inclus dans cette installation.</source>
        <translation>Licence {licence}; its text is not included in this installation.</translation>
    </message>
</context>
<context>
    <name>ActivityPicker</name>
    <message>
        <location filename="../../dpo_desk/ui/records/activity_picker.py" line="48"/>
        <source>Traitements concernés</source>
        <translation>Processing activities concerned</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/activity_picker.py" line="55"/>
        <source>Aucun traitement rattaché.</source>
        <translation>No processing activity linked.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/activity_picker.py" line="66"/>
        <source>Traitement à rattacher</source>
        <translation>Processing activity to link</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/activity_picker.py" line="72"/>
        <source>Rattacher</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/activity_picker.py" line="75"/>
        <source>Détacher</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/activity_picker.py" line="110"/>
        <source>Double-cliquez pour ouvrir la fiche du traitement</source>
        <translation>Double-click to open the processing activity&apos;s record</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="161"/>
        <source>Traitement</source>
        <translation>Processing activity</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="162"/>
        <source>Alertes</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="163"/>
        <source>Service</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="164"/>
        <source>Bases légales</source>
        <translation>Legal bases</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="165"/>
        <source>CNDP</source>
        <translation>CNDP</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="166"/>
        <source>AIPD</source>
        <translation>DPIA</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="167"/>
        <source>Dernière revue</source>
        <translation>Last review</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="180"/>
        <source>{regime} · {receipt}</source>
        <translation>{regime} · {receipt}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="182"/>
        <source>sans récépissé</source>
        <translation>no receipt</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="186"/>
        <source>Non requise</source>
        <translation>Not required</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="187"/>
        <source>Réalisée</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="187"/>
        <source>À réaliser</source>
        <translation>To be done</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="189"/>
        <source>jamais</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>Adequacy</name>
    <message>
        <location filename="../../dpo_desk/domain/countries.py" line="45"/>
        <source>Liste par défaut : les États de l&apos;Union européenne et de l&apos;Espace économique européen. Ce n&apos;est pas la liste de la délibération CNDP n° 465-2013 ; vérifiez-la et complétez-la.</source>
        <translation>Default list: the Member States of the European Union and the European Economic Area. This is not the list in CNDP deliberation No. 465-2013; check it and complete it.</translation>
    </message>
</context>
<context>
    <name>Annex</name>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="499"/>
        <source>Contrats et clauses contractuelles encadrant le transfert vers {countries} (F118)</source>
        <translation>Contracts and contractual clauses governing the transfer to {countries} (F118)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="502"/>
        <source>Contrats de sous-traitance : {processors}</source>
        <translation>Data processing agreements: {processors}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="505"/>
        <source>Modèles de recueil du consentement (attestations de consentement)</source>
        <translation>Consent collection templates (consent forms)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="508"/>
        <source>Politique de sécurité des systèmes d&apos;information</source>
        <translation>Information systems security policy</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="511"/>
        <source>Mentions d&apos;information des personnes concernées (art. 5)</source>
        <translation>Information notices for data subjects (art. 5)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="514"/>
        <source>Analyse d&apos;impact relative à la protection des données</source>
        <translation>Data protection impact assessment</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="515"/>
        <source>Mandat du représentant au Maroc</source>
        <translation>Mandate of the representative in Morocco</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../dpo_desk/ui/controller.py" line="127"/>
        <source>Ouvrir un registre</source>
        <extracomment>the demo register&apos;s passphrase, as `make demo` sets it (Makefile, README): fictitious data only, so a known passphrase, shown to the user in the unlock dialog</extracomment>
        <translation>Open a register</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/controller.py" line="129"/>
        <source>Registres DPO Desk (*.dpodesk);;Tous les fichiers (*)</source>
        <translation>DPO Desk registers (*.dpodesk);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/controller.py" line="149"/>
        <location filename="../../dpo_desk/ui/controller.py" line="154"/>
        <source>Démonstration</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/controller.py" line="156"/>
        <source>Le registre de démonstration n&apos;a pas pu être créé dans {folder}.</source>
        <translation>The demo register could not be created in {folder}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/controller.py" line="161"/>
        <source>Registre de démonstration, aux données fictives : sa phrase secrète est « {passphrase} ».</source>
        <translation>Demo register with fictitious data: its passphrase is “{passphrase}”.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/controller.py" line="193"/>
        <source>La phrase secrète mémorisée n&apos;ouvre plus ce registre : saisissez-la.</source>
        <translation>The remembered passphrase no longer opens this register: please enter it.</translation>
    </message>
</context>
<context>
    <name>Art28Clause</name>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="360"/>
        <source>(a) Traitement sur instruction documentée</source>
        <translation>(a) Processing only on documented instructions</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="361"/>
        <source>(b) Engagement de confidentialité des personnes autorisées</source>
        <translation>(b) Confidentiality commitment of authorised persons</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="362"/>
        <source>(c) Mesures de sécurité (art. 32)</source>
        <translation>(c) Security measures (Art. 32)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="363"/>
        <source>(d) Sous-traitance ultérieure autorisée, droit d&apos;opposition</source>
        <translation>(d) Authorised sub-processing, right to object</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="364"/>
        <source>(e) Aide à l&apos;exercice des droits des personnes</source>
        <translation>(e) Assistance with data subjects&apos; rights</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="365"/>
        <source>(f) Aide aux obligations des articles 32 à 36</source>
        <translation>(f) Assistance with the obligations of Articles 32 to 36</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="366"/>
        <source>(g) Suppression ou restitution des données en fin de contrat</source>
        <translation>(g) Deletion or return of the data at the end of the contract</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="367"/>
        <source>(h) Informations et audits</source>
        <translation>(h) Information and audits</translation>
    </message>
</context>
<context>
    <name>Art34Exception</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="96"/>
        <source>Données rendues incompréhensibles (chiffrement) — art. 34(3)(a)</source>
        <translation>Data rendered unintelligible (encryption) — Art. 34(3)(a)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="99"/>
        <source>Risque élevé supprimé par des mesures ultérieures — art. 34(3)(b)</source>
        <translation>High risk removed by subsequent measures — Art. 34(3)(b)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="102"/>
        <source>Efforts disproportionnés : communication publique à la place — art. 34(3)(c)</source>
        <translation>Disproportionate effort: public communication instead — Art. 34(3)(c)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="113"/>
        <source>Données rendues incompréhensibles (chiffrement) — article 34(3)(a) du RGPD</source>
        <translation>Data rendered unintelligible (encryption) — GDPR Article 34(3)(a)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="117"/>
        <source>Risque élevé supprimé par des mesures ultérieures — article 34(3)(b) du RGPD</source>
        <translation>High risk removed by subsequent measures — GDPR Article 34(3)(b)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="121"/>
        <source>Efforts disproportionnés : communication publique à la place — article 34(3)(c) du RGPD</source>
        <translation>Disproportionate effort: public communication instead — GDPR Article 34(3)(c)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="127"/>
        <source>Données rendues incompréhensibles (chiffrement)</source>
        <translation>Data rendered unintelligible (encryption)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="130"/>
        <source>Risque élevé supprimé par des mesures ultérieures</source>
        <translation>High risk removed by subsequent measures</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="133"/>
        <source>Efforts disproportionnés : communication publique à la place</source>
        <translation>Disproportionate effort: public communication instead</translation>
    </message>
</context>
<context>
    <name>AttachmentDeletion</name>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="262"/>
        <source>identité vérifiée, la copie a servi</source>
        <translation>identity verified, the copy has served</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="265"/>
        <source>délai de conservation de la copie atteint</source>
        <translation>retention period of the copy reached</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="268"/>
        <source>plus nécessaire</source>
        <translation>no longer needed</translation>
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
        <translation>Other EU supervisory authority</translation>
    </message>
</context>
<context>
    <name>AuthorityAddressesCard</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/authorities.py" line="38"/>
        <source>Adresses des autorités</source>
        <extracomment>every authority&apos;s address (and default) in every letter language</extracomment>
        <translation>Authorities&apos; addresses</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/authorities.py" line="40"/>
        <source>Les courriers impriment ces adresses : en destinataire d&apos;une notification de violation, et pour indiquer où introduire une réclamation. Vérifiez-les sur le site de chaque autorité (www.cndp.ma, www.cnil.fr). Une adresse vide reprend celle fournie avec DPO Desk. Chaque modification est inscrite au journal.</source>
        <translation>Letters print these addresses: as the addressee of a breach notification, and to say where a complaint may be lodged. Check them on each authority&apos;s website (www.cndp.ma, www.cnil.fr). An empty address falls back to the one supplied with DPO Desk. Every change is recorded in the journal.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/authorities.py" line="72"/>
        <source>Adresses par défaut</source>
        <translation>Default addresses</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/authorities.py" line="73"/>
        <source>Reprendre les adresses fournies avec DPO Desk</source>
        <translation>Restore the addresses supplied with DPO Desk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/authorities.py" line="75"/>
        <source>Enregistrer les adresses</source>
        <translation>Save the addresses</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/authorities.py" line="131"/>
        <source>Adresses des autorités enregistrées.</source>
        <translation>Authorities&apos; addresses saved.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/authorities.py" line="137"/>
        <source>Adresses des autorités remises par défaut.</source>
        <translation>Authorities&apos; addresses reset to the defaults.</translation>
    </message>
</context>
<context>
    <name>AutoLockCard</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/auto_lock.py" line="24"/>
        <source>Verrouillage automatique</source>
        <extracomment>minutes (0 = never), after a successful save</extracomment>
        <translation>Automatic lock</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/auto_lock.py" line="26"/>
        <source>Sans clavier ni souris pendant ce délai, la fenêtre se verrouille : le registre est refermé et rien de son contenu ne reste affiché (RGPD art. 32 ; loi 09-08 art. 23). Le réglage est enregistré dans le registre : il vaut sur chaque poste qui l&apos;ouvre.</source>
        <translation>With no keyboard or mouse activity for this long, the window locks: the register is closed and none of its content stays on screen (GDPR Art. 32; Law 09-08 art. 23). The setting is saved in the register: it applies on every computer that opens it.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/auto_lock.py" line="35"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/auto_lock.py" line="36"/>
        <source>Jamais</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/auto_lock.py" line="38"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/auto_lock.py" line="40"/>
        <source>Verrouiller après</source>
        <translation>Lock after</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/auto_lock.py" line="72"/>
        <source>Verrouillage automatique désactivé : pensez à Ctrl+L.</source>
        <translation>Automatic lock disabled: remember Ctrl+L.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/settings/auto_lock.py" line="75"/>
        <source>La fenêtre se verrouillera après %n minute(s) sans activité.</source>
        <translation>
            <numerusform>The window will lock after %n minute without activity.</numerusform>
            <numerusform>The window will lock after %n minutes without activity.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachAlerts</name>
    <message>
        <location filename="../../dpo_desk/ui/breach_alerts.py" line="115"/>
        <source> ; </source>
        <extracomment>reference, threshold in hours (24 or 6), the message shown</extracomment>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breach_alerts.py" line="116"/>
        <source>{authority}, délai {basis}</source>
        <translation>{authority}, deadline: {basis}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breach_alerts.py" line="121"/>
        <source>Violation {reference} : {hours} h {minutes:02d} avant l&apos;échéance de notification (72 heures) — {duties}.</source>
        <translation>Breach {reference}: {hours} h {minutes:02d} left before the notification deadline (72 hours) — {duties}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breach_alerts.py" line="141"/>
        <source>DPO Desk — délai de notification</source>
        <translation>DPO Desk — notification deadline</translation>
    </message>
</context>
<context>
    <name>BreachCli</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches/model.py" line="82"/>
        <source>Aucun régime indiqué : la loi 09-08 est retenue (notification à la CNDP sous 72 heures, politique interne de l&apos;organisation). Si des personnes se trouvant dans l&apos;Union européenne sont concernées, ajoutez le régime gdpr.</source>
        <translation>No regime given: Law 09-08 is applied (notification to the CNDP within 72 hours, the organisation&apos;s internal policy). If the breach concerns people located in the European Union, add the gdpr regime.</translation>
    </message>
</context>
<context>
    <name>BreachDashboardPanel</name>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="58"/>
        <source>Violations de données ouvertes</source>
        <translation>Open personal data breaches</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="59"/>
        <source>Toutes les violations</source>
        <translation>All breaches</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="74"/>
        <source>Délai restant</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="75"/>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="76"/>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="77"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="78"/>
        <source>Échéance</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="82"/>
        <source>Violations ouvertes</source>
        <translation>Open breaches</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="147"/>
        <source>Aucune violation ouverte.</source>
        <translation>No open breach.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="151"/>
        <source>{open} · {waiting} en attente de notification à l&apos;autorité · {overdue} hors délai</source>
        <translation>{open} · {waiting} awaiting notification to the authority · {overdue} overdue</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="154"/>
        <source>%n ouverte(s)</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="161"/>
        <source>… et %n autre(s) : voir toutes les violations.</source>
        <translation>
            <numerusform>… and %n more: see all breaches.</numerusform>
            <numerusform>… and %n more: see all breaches.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachDeadline</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches/clock.py" line="39"/>
        <source>légal (RGPD art. 33)</source>
        <translation>statutory (GDPR Art. 33)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/clock.py" line="40"/>
        <source>politique interne (la loi 09-08 ne fixe pas de délai)</source>
        <translation>internal policy (Law 09-08 sets no deadline)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/clock.py" line="43"/>
        <source>légal (loi 05-20)</source>
        <translation>statutory (Law 05-20)</translation>
    </message>
</context>
<context>
    <name>BreachDetail</name>
    <message>
        <location filename="../../dpo_desk/ui/breaches/detail.py" line="117"/>
        <source>Étape terminée</source>
        <extracomment>the stylesheet&apos;s padding (12 px a side) and border (2 px a side when current)</extracomment>
        <translation>Step completed</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/detail.py" line="119"/>
        <source>Étape à compléter</source>
        <translation>Step to complete</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/detail.py" line="154"/>
        <source>‹  Toutes les violations</source>
        <translation>‹  All breaches</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/detail.py" line="170"/>
        <source>Rédiger un courrier…</source>
        <translation>Draft a letter…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/detail.py" line="258"/>
        <source>Connue le {aware} · notification à : {authority}, au plus tard le {deadline} · délai {basis}</source>
        <translation>Became aware on {aware} · notification to: {authority}, by {deadline} at the latest · deadline: {basis}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/detail.py" line="268"/>
        <source>Obligations : {duties}</source>
        <translation>Obligations: {duties}</translation>
    </message>
</context>
<context>
    <name>BreachDuty</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="43"/>
        <source>Autorité de contrôle de l&apos;UE (CNIL ou autre)</source>
        <translation>EU supervisory authority (CNIL or other)</translation>
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
        <translation>legal obligation, GDPR Article 33</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="53"/>
        <source>politique interne de l&apos;organisation ; la loi 09-08 ne prévoit pas de notification des violations</source>
        <translation>the organisation&apos;s internal policy; Law 09-08 does not provide for breach notification</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="58"/>
        <source>obligation légale, loi 05-20 relative à la cybersécurité</source>
        <translation>legal obligation, Law 05-20 on cybersecurity</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="72"/>
        <source>dès la prise de connaissance</source>
        <translation>upon becoming aware</translation>
    </message>
</context>
<context>
    <name>BreachFields</name>
    <message>
        <location filename="../../dpo_desk/ui/breaches/fields.py" line="167"/>
        <source>nombre approximatif</source>
        <translation>approximate number</translation>
    </message>
</context>
<context>
    <name>BreachForms</name>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="43"/>
        <source>Ce qui s&apos;est passé, en une ligne</source>
        <translation>What happened, in one line</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="48"/>
        <source>Les faits : comment la violation s&apos;est produite, comment elle a été détectée, ce qui est déjà connu.</source>
        <translation>The facts: how the breach happened, how it was detected, what is already known.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="71"/>
        <source>Inconnu</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="78"/>
        <source>Intitulé *</source>
        <translation>Title *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="79"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="80"/>
        <source>Régime(s) *</source>
        <translation>Regime(s) *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="81"/>
        <source>Début de la violation</source>
        <translation>Start of the breach</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="82"/>
        <source>Découverte le *</source>
        <translation>Discovered on *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="83"/>
        <source>Connaissance acquise le *</source>
        <translation>Became aware on *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="162"/>
        <source>Confidentialité (divulgation, accès non autorisé)</source>
        <translation>Confidentiality (disclosure, unauthorised access)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="167"/>
        <source>Intégrité (altération)</source>
        <translation>Integrity (alteration)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="170"/>
        <source>Disponibilité (perte, destruction)</source>
        <translation>Availability (loss, destruction)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="191"/>
        <source>Une catégorie par ligne : comptes, factures…</source>
        <translation>One category per line: accounts, invoices…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="204"/>
        <source>Des mineurs sont concernés</source>
        <translation>Minors are affected</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="64"/>
        <source>Sous le RGPD, les 72 heures sont légales (article 33 du RGPD) ; sous la seule loi 09-08, elles sont une politique interne.</source>
        <translation>Under the GDPR, the 72-hour deadline is statutory (GDPR Article 33); under Law 09-08 alone, it is an internal policy.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="182"/>
        <source>Une catégorie par ligne : clients, salariés, usagers…</source>
        <translation>One category per line: customers, employees, service users…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="209"/>
        <source>Conséquences probables pour les personnes</source>
        <translation>Likely consequences for individuals</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="217"/>
        <source>Mesures prises pour remédier à la violation</source>
        <translation>Measures taken to address the breach</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="225"/>
        <source>Mesures proposées, y compris pour en atténuer les effets</source>
        <translation>Measures proposed, including to mitigate its effects</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="233"/>
        <source>Un sous-traitant par ligne</source>
        <translation>One processor per line</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="239"/>
        <source>Atteinte à *</source>
        <translation>Loss of *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="242"/>
        <source>Personnes concernées</source>
        <translation>Data subjects</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="244"/>
        <source>Nombre de personnes</source>
        <translation>Number of data subjects</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="245"/>
        <source>Enregistrements</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="248"/>
        <source>Nombre d&apos;enregistrements</source>
        <translation>Number of records</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="250"/>
        <source>Catégories de données</source>
        <translation>Categories of data</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="252"/>
        <source>Conséquences</source>
        <translation>Consequences</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="253"/>
        <source>Mesures prises</source>
        <translation>Measures taken</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="254"/>
        <source>Mesures proposées</source>
        <translation>Measures proposed</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="255"/>
        <source>Sous-traitants impliqués</source>
        <translation>Processors involved</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="336"/>
        <source>Intention malveillante (attaque, vol, acte délibéré)</source>
        <translation>Malicious intent (attack, theft, deliberate act)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="349"/>
        <source>Facilité d&apos;identification</source>
        <translation>Ease of identification</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="353"/>
        <source>Perte de confidentialité</source>
        <translation>Loss of confidentiality</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="355"/>
        <source>Perte d&apos;intégrité</source>
        <translation>Loss of integrity</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="356"/>
        <source>Perte de disponibilité</source>
        <translation>Loss of availability</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="360"/>
        <source>Vraisemblance des conséquences *</source>
        <translation>Likelihood of the consequences *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="395"/>
        <source>La nature de la violation (étape 2) ne mentionne pas cette atteinte.</source>
        <translation>The nature of the breach (step 2) does not mention this loss.</translation>
    </message>
</context>
<context>
    <name>BreachRisk</name>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="243"/>
        <source>Contexte du traitement : {score} sur 4, d&apos;après la catégorie de données la plus sensible (« {category} »).</source>
        <translation>Processing context: {score} out of 4, from the most sensitive data category (“{category}”).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="248"/>
        <source>Contexte du traitement : 1 sur 4, aucune catégorie de données n&apos;étant renseignée.</source>
        <translation>Processing context: 1 out of 4, as no data category is recorded.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="252"/>
        <source>Des mineurs sont concernés : le contexte est relevé d&apos;un point (plafonné à 4).</source>
        <translation>Minors are affected: the context is raised by one point (capped at 4).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="256"/>
        <source>Facilité d&apos;identification des personnes : {level} ({score}).</source>
        <translation>Ease of identifying the individuals: {level} ({score}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="259"/>
        <source>Perte de confidentialité ({level}) : +{score}.</source>
        <translation>Loss of confidentiality ({level}): +{score}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="262"/>
        <source>Perte d&apos;intégrité ({level}) : +{score}.</source>
        <translation>Loss of integrity ({level}): +{score}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="263"/>
        <source>Perte de disponibilité ({level}) : +{score}.</source>
        <translation>Loss of availability ({level}): +{score}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="264"/>
        <source>Intention malveillante : +{score}.</source>
        <translation>Malicious intent: +{score}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="265"/>
        <source>Gravité (méthode ENISA) : {context} × {identification} + {circumstances} = {score}, soit une gravité « {severity} ».</source>
        <translation>Severity (ENISA method): {context} × {identification} + {circumstances} = {score}, i.e. a “{severity}” severity.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="270"/>
        <source>Vraisemblance des conséquences : « {likelihood} ».</source>
        <translation>Likelihood of the consequences: “{likelihood}”.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="271"/>
        <source>Gravité {severity_step} × vraisemblance {likelihood_step} = {product} : {level}.</source>
        <translation>Severity {severity_step} × likelihood {likelihood_step} = {product}: {level}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="274"/>
        <source>Niveau retenu par le DPO : {level} (au lieu de {computed}). Motif : {justification}</source>
        <translation>Level set by the DPO: {level} (instead of {computed}). Reason: {justification}</translation>
    </message>
</context>
<context>
    <name>BreachStatus</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="27"/>
        <source>Ouverte</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="28"/>
        <source>Risque évalué</source>
        <translation>Risk assessed</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="29"/>
        <source>Notifiée à l&apos;autorité</source>
        <translation>Notified to the authority</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="30"/>
        <source>Communiquée aux personnes concernées</source>
        <translation>Communicated to data subjects</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="33"/>
        <source>Clôturée</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="88"/>
        <source>Une violation au statut « {old} » ne peut pas passer au statut « {new} ».</source>
        <translation>A breach with status “{old}” cannot move to status “{new}”.</translation>
    </message>
</context>
<context>
    <name>BreachSteps</name>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/base.py" line="40"/>
        <source>Faits et horloge</source>
        <translation>Facts and clock</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/base.py" line="41"/>
        <source>Nature et étendue</source>
        <translation>Nature and scope</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/base.py" line="42"/>
        <source>Évaluation du risque</source>
        <translation>Risk assessment</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/base.py" line="43"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/base.py" line="44"/>
        <source>Chronologie et clôture</source>
        <translation>Timeline and closure</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/base.py" line="141"/>
        <source>Étape {number} — {title}</source>
        <translation>Step {number} — {title}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/facts.py" line="35"/>
        <source>Le délai de 72 heures court à partir du moment où l&apos;organisation a acquis une certitude raisonnable qu&apos;une violation de données personnelles s&apos;est produite (RGPD art. 33(1)). Les heures sont saisies dans le fuseau de l&apos;organisation.</source>
        <translation>The 72-hour deadline runs from the moment the organisation has a reasonable degree of certainty that a personal data breach has occurred (GDPR Art. 33(1)). Times are entered in the organisation&apos;s time zone.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/facts.py" line="53"/>
        <source>Enregistrer les faits</source>
        <translation>Save the facts</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/facts.py" line="75"/>
        <source>Le délai de 72 heures court à partir du moment où l&apos;organisation a acquis une certitude raisonnable qu&apos;une violation de données personnelles s&apos;est produite. La loi 09-08 ne prévoit pas de notification des violations : ce délai est celui de la politique interne de l&apos;organisation. Les heures sont saisies dans le fuseau de l&apos;organisation.</source>
        <translation>The 72-hour deadline runs from the moment the organisation has a reasonable degree of certainty that a personal data breach has occurred. Law 09-08 does not provide for breach notification: this deadline is set by the organisation&apos;s internal policy. Times are entered in the organisation&apos;s time zone.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/facts.py" line="117"/>
        <source>Faits enregistrés.</source>
        <translation>Facts saved.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/nature.py" line="36"/>
        <source>Enregistrer la nature et l&apos;étendue</source>
        <translation>Save the nature and scope</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/nature.py" line="67"/>
        <source>Nature et étendue enregistrées.</source>
        <translation>Nature and scope saved.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="61"/>
        <source>Appréciation du DPO</source>
        <translation>DPO&apos;s assessment</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="73"/>
        <source>Résultat de la méthode</source>
        <translation>Result of the method</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="102"/>
        <source>Pourquoi le niveau calculé ne convient pas à cette violation</source>
        <translation>Why the calculated level does not fit this breach</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="111"/>
        <source>Niveau retenu</source>
        <translation>Level applied</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="112"/>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="89"/>
        <source>Enregistrer l&apos;évaluation</source>
        <translation>Save the assessment</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="120"/>
        <source>Décision de ne pas notifier l&apos;autorité</source>
        <translation>Decision not to notify the authority</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="128"/>
        <source>Pourquoi la violation n&apos;est pas susceptible d&apos;engendrer un risque pour les droits et libertés des personnes</source>
        <translation>Why the breach is unlikely to result in a risk to the rights and freedoms of individuals</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="139"/>
        <source>Motifs *</source>
        <translation>Reasons *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="144"/>
        <source>Consigner la décision de ne pas notifier</source>
        <translation>Record the decision not to notify</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="157"/>
        <source>D&apos;après la nature enregistrée (étape 2) : données « {categories} » ; mineurs : {minors}.</source>
        <translation>From the recorded nature (step 2): data “{categories}”; minors: {minors}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="163"/>
        <source>aucune catégorie renseignée</source>
        <translation>no category entered</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="164"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="166"/>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="213"/>
        <source>Niveau calculé : {level}</source>
        <translation>Calculated level: {level}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="221"/>
        <source>Retenir : {level}</source>
        <translation>Apply: {level}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="241"/>
        <source>aperçu, pas encore enregistré</source>
        <translation>preview, not saved yet</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="244"/>
        <source>modifié, pas encore enregistré</source>
        <translation>changed, not saved yet</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="245"/>
        <source>enregistré le {when}</source>
        <translation>saved on {when}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="263"/>
        <source>Justification requise pour retenir un autre niveau que celui calculé.</source>
        <translation>A justification is required to apply a level other than the calculated one.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="293"/>
        <source>Évaluation du risque enregistrée.</source>
        <translation>Risk assessment saved.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="311"/>
        <source>Décidée le {when} par {who} : {reasons}</source>
        <translation>Decided on {when} by {who}: {reasons}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="331"/>
        <source>Le risque retenu est peu probable : la violation peut ne pas être notifiée. Elle reste inscrite au registre avec les motifs de cette décision (RGPD art. 33(5)).</source>
        <translation>The risk applied is unlikely: the breach need not be notified. It stays in the register with the reasons for this decision (GDPR Art. 33(5)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="357"/>
        <source>Décision de ne pas notifier consignée.</source>
        <translation>Decision not to notify recorded.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="90"/>
        <source>Aucune notification enregistrée.</source>
        <translation>No notification recorded.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/facts.py" line="136"/>
        <source>{authority} : notification au plus tard le {when} — {basis}.</source>
        <translation>{authority}: notification by {when} at the latest — {basis}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="19"/>
        <source>La CNDP n&apos;est pas une autorité de contrôle au sens du RGPD : cette notification est consignée, mais elle ne remplit pas l&apos;obligation de l&apos;article 33 du RGPD.</source>
        <translation>The CNDP is not a supervisory authority within the meaning of the GDPR: this notification is recorded, but it does not fulfil the GDPR Article 33 obligation.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="24"/>
        <source>Cette notification est consignée, mais elle ne répond à aucune obligation de cette violation.</source>
        <translation>This notification is recorded, but it meets none of this breach&apos;s obligations.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="322"/>
        <source>Le risque retenu est peu probable : selon la politique interne de l&apos;organisation, la CNDP peut ne pas être notifiée. La violation reste inscrite au registre avec les motifs de cette décision.</source>
        <translation>The risk applied is unlikely: under the organisation&apos;s internal policy, the CNDP need not be notified. The breach stays in the register with the reasons for this decision.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="73"/>
        <source>Obligations de notification</source>
        <translation>Notification obligations</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="85"/>
        <source>Notifications aux autorités</source>
        <translation>Notifications to the authorities</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="118"/>
        <source>Autorité de contrôle de l&apos;UE : Garante, AEPD, APD…</source>
        <translation>EU supervisory authority: Garante, AEPD, APD…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="132"/>
        <source>Numéro attribué par l&apos;autorité</source>
        <translation>Number given by the authority</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="567"/>
        <source>Motifs du retard (RGPD art. 33(1))</source>
        <translation>Reasons for the delay (GDPR Art. 33(1))</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="141"/>
        <source>Contenu transmis, pièces jointes…</source>
        <translation>Content sent, attachments…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="148"/>
        <source>Autorité *</source>
        <translation>Authority *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="151"/>
        <source>Nom de l&apos;autorité *</source>
        <translation>Authority name *</translation>
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
        <translation>Sent on *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="259"/>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="155"/>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="247"/>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="158"/>
        <source>Référence de l&apos;autorité</source>
        <translation>Authority&apos;s reference</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="249"/>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="136"/>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="160"/>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="571"/>
        <source>Motifs du retard</source>
        <translation>Reasons for the delay</translation>
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
        <translation>Save the notification</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="209"/>
        <source>Contenu du message, conseils donnés…</source>
        <translation>Content of the message, advice given…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="217"/>
        <source>Canal *</source>
        <translation>Channel *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="218"/>
        <source>Destinataires *</source>
        <translation>Recipients *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="178"/>
        <source>Enregistrer la communication</source>
        <translation>Save the communication</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="233"/>
        <source>Ce qui justifie l&apos;exception</source>
        <translation>What justifies the exception</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="239"/>
        <source>Motif</source>
        <translation>Ground</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="242"/>
        <source>Justification *</source>
        <translation>Justification *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="188"/>
        <source>Consigner l&apos;exception</source>
        <translation>Record the exception</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="202"/>
        <source>Qui a été informé : personnes concernées, direction, partenaires…</source>
        <translation>Who was informed: data subjects, management, partners…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="252"/>
        <source>Déclaration à la DGSSI (loi 05-20 sur la cybersécurité)</source>
        <translation>Declaration to the DGSSI (Law 05-20 on cybersecurity)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="258"/>
        <source>Les entités et infrastructures soumises à la loi 05-20 déclarent leurs incidents de cybersécurité à la DGSSI.</source>
        <translation>Entities and infrastructures subject to Law 05-20 declare their cybersecurity incidents to the DGSSI.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="282"/>
        <source>À déterminer</source>
        <translation>To be determined</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="285"/>
        <source>Oui, la déclaration est requise</source>
        <translation>Yes, the declaration is required</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="291"/>
        <source>Non, l&apos;organisation n&apos;y est pas soumise</source>
        <translation>No, the organisation is not subject to it</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="300"/>
        <source>Pas encore déclarée</source>
        <translation>Not declared yet</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="309"/>
        <source>Déclaration requise ?</source>
        <translation>Declaration required?</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="311"/>
        <source>Déclarée le</source>
        <translation>Declared on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="312"/>
        <source>Référence DGSSI</source>
        <translation>DGSSI reference</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="270"/>
        <source>Enregistrer la déclaration DGSSI</source>
        <translation>Save the DGSSI declaration</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="80"/>
        <source>La loi 09-08 ne prévoit pas de notification des violations : la notification à la CNDP dans les 72 heures est un engagement de la politique interne de l&apos;organisation. Elle peut être faite en plusieurs phases ; passé le délai, les motifs du retard sont consignés au registre.</source>
        <translation>Law 09-08 does not provide for breach notification: notifying the CNDP within 72 hours is a commitment under the organisation&apos;s internal policy. It may be made in phases; after the deadline, the reasons for the delay are recorded in the register.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="87"/>
        <source>La notification à une autorité de contrôle de l&apos;UE (la CNIL ou une autre) se fait dans les 72 heures (article 33(1) du RGPD), au besoin en plusieurs phases : une notification initiale, puis des compléments (article 33(4) du RGPD). Passé le délai, elle est accompagnée des motifs du retard. La CNDP n&apos;est pas une autorité de contrôle au sens du RGPD : la notifier ne remplit pas cette obligation.</source>
        <translation>Notification to an EU supervisory authority (the CNIL or another) is made within 72 hours (GDPR Article 33(1)), in phases if necessary: an initial notification, then further information (GDPR Article 33(4)). After the deadline, it is accompanied by the reasons for the delay. The CNDP is not a supervisory authority within the meaning of the GDPR: notifying it does not fulfil this obligation.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="97"/>
        <source>La notification à la CNDP relève de la politique interne de l&apos;organisation (loi 09-08) et se suit à part.</source>
        <translation>Notification to the CNDP falls under the organisation&apos;s internal policy (Law 09-08) and is tracked separately.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="431"/>
        <source>{authority} — {phase}, envoyée le {when} ({channel})</source>
        <translation>{authority} — {phase}, sent on {when} ({channel})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="442"/>
        <source>Référence : {ref}</source>
        <translation>Reference: {ref}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="449"/>
        <source>Envoyée après l&apos;échéance — motifs : {reason}</source>
        <translation>Sent after the deadline — reasons: {reason}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="465"/>
        <source>{when} — {channel} — {audience}</source>
        <translation>{when} — {channel} — {audience}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="155"/>
        <source>Le risque n&apos;est pas encore évalué (étape 3) : on ne sait pas encore s&apos;il faut informer les personnes.</source>
        <translation>The risk is not assessed yet (step 3): it is not yet known whether the individuals must be informed.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="164"/>
        <source>Les personnes concernées ont été informées.</source>
        <translation>The data subjects have been informed.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="175"/>
        <source>Le risque retenu n&apos;est pas élevé : la communication aux personnes n&apos;est pas obligatoire.</source>
        <translation>The risk applied is not high: communication to the individuals is not mandatory.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="213"/>
        <source>Consignée le {when} : {ground}. {justification}</source>
        <translation>Recorded on {when}: {ground}. {justification}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="221"/>
        <source>À consigner seulement si l&apos;une des exceptions s&apos;applique.</source>
        <translation>Record only if one of the exceptions applies.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="224"/>
        <source>Ne se conçoit que pour un risque élevé.</source>
        <translation>Only applies to a high risk.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="542"/>
        <source>Cette notification remplit l&apos;obligation de l&apos;article 33 du RGPD.</source>
        <translation>This notification fulfils the GDPR Article 33 obligation.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="550"/>
        <source>Cette notification répond à la politique interne de l&apos;organisation (la loi 09-08 ne prévoit pas de notification des violations).</source>
        <translation>This notification meets the organisation&apos;s internal policy (Law 09-08 does not provide for breach notification).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="563"/>
        <source>Motifs du retard (politique interne)</source>
        <translation>Reasons for the delay (internal policy)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="597"/>
        <source>Envoyée après l&apos;échéance du {deadline} fixée par la politique interne de l&apos;organisation : la notification à la CNDP ne peut pas être enregistrée sans les motifs du retard, consignés au registre. Renseignez le champ « Motifs du retard ».</source>
        <translation>Sent after the {deadline} deadline set by the organisation&apos;s internal policy: the notification to the CNDP cannot be saved without the reasons for the delay, which are recorded in the register. Fill in the “Reasons for the delay” field.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="608"/>
        <source>Envoyée après l&apos;échéance du {deadline} : la notification ne peut pas être enregistrée sans les motifs du retard (RGPD art. 33(1)). Renseignez le champ « Motifs du retard ».</source>
        <translation>Sent after the {deadline} deadline: the notification cannot be saved without the reasons for the delay (GDPR Art. 33(1)). Fill in the “Reasons for the delay” field.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="656"/>
        <source>Notification enregistrée.</source>
        <translation>Notification saved.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="686"/>
        <source>Communication aux personnes enregistrée.</source>
        <translation>Communication to data subjects saved.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="763"/>
        <source>Déclaration DGSSI enregistrée.</source>
        <translation>DGSSI declaration saved.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="107"/>
        <source>La chronologie garde chaque étape avec son auteur et son heure. La violation se clôture une fois ses obligations remplies et les mesures correctives consignées (RGPD art. 33(5)).</source>
        <translation>The timeline keeps each step with its author and time. The breach is closed once its obligations are met and the corrective measures recorded (GDPR Art. 33(5)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="40"/>
        <source>Ce que la notification doit décrire (article 33(3) du RGPD) : la nature de la violation, les catégories et le nombre approximatif de personnes et d&apos;enregistrements concernés, les conséquences probables et les mesures. Ces informations peuvent être complétées par phases (article 33(4) du RGPD).</source>
        <translation>What the notification must describe (GDPR Article 33(3)): the nature of the breach, the categories and approximate number of data subjects and records concerned, the likely consequences and the measures. This information may be provided in phases (GDPR Article 33(4)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="47"/>
        <source>Ce que la notification à la CNDP décrit, selon la politique interne de l&apos;organisation : la nature de la violation, les catégories et le nombre approximatif de personnes et d&apos;enregistrements concernés, les conséquences probables et les mesures. Ces informations peuvent être complétées par phases.</source>
        <translation>What the notification to the CNDP describes, under the organisation&apos;s internal policy: the nature of the breach, the categories and approximate number of data subjects and records concerned, the likely consequences and the measures. This information may be provided in phases.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="58"/>
        <source>Gravité selon la méthode de l&apos;ENISA (contexte des données × facilité d&apos;identification + circonstances), croisée avec la vraisemblance des conséquences. Un risque peu probable dispense de notifier, décision motivée à l&apos;appui (article 33(1) et (5) du RGPD) ; un risque élevé impose d&apos;informer les personnes concernées (article 34 du RGPD).</source>
        <translation>Severity according to the ENISA method (data processing context × ease of identification + circumstances), combined with the likelihood of the consequences. An unlikely risk removes the need to notify, subject to a reasoned decision (GDPR Article 33(1) and (5)); a high risk requires the data subjects to be informed (GDPR Article 34).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="66"/>
        <source>Gravité selon la méthode de l&apos;ENISA (contexte des données × facilité d&apos;identification + circonstances), croisée avec la vraisemblance des conséquences. La loi 09-08 ne prévoit ni notification des violations ni information des personnes : selon la politique interne de l&apos;organisation, un risque peu probable dispense de notifier la CNDP, décision motivée à l&apos;appui, et un risque élevé appelle l&apos;information immédiate des personnes concernées.</source>
        <translation>Severity according to the ENISA method (data processing context × ease of identification + circumstances), combined with the likelihood of the consequences. Law 09-08 provides for neither breach notification nor informing individuals: under the organisation&apos;s internal policy, an unlikely risk removes the need to notify the CNDP, subject to a reasoned decision, and a high risk calls for the data subjects to be informed immediately.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="113"/>
        <source>La chronologie garde chaque étape avec son auteur et son heure. La violation se clôture une fois tenus les engagements de la politique interne de l&apos;organisation (notifier la CNDP, informer les personnes, ou une décision motivée de s&apos;en dispenser) et les mesures correctives consignées au registre des violations.</source>
        <translation>The timeline keeps each step with its author and time. The breach is closed once the commitments under the organisation&apos;s internal policy are met (notifying the CNDP, informing the individuals, or a reasoned decision not to do so) and the corrective measures are recorded in the breach register.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="125"/>
        <source>Communication aux personnes concernées (article 34 du RGPD)</source>
        <translation>Communication to data subjects (GDPR Article 34)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="128"/>
        <source>Information des personnes concernées (politique interne)</source>
        <translation>Informing data subjects (internal policy)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="135"/>
        <source>Exception de l&apos;article 34(3) du RGPD</source>
        <translation>GDPR Article 34(3) exception</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="136"/>
        <source>Exception à l&apos;information des personnes</source>
        <translation>Exception to informing individuals</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="141"/>
        <source>Exception de l&apos;article 34(3) du RGPD consignée.</source>
        <translation>GDPR Article 34(3) exception recorded.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="144"/>
        <source>Exception à l&apos;information des personnes consignée.</source>
        <translation>Exception to informing individuals recorded.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="194"/>
        <source>Risque élevé : les personnes concernées doivent être informées dans les meilleurs délais (article 34(1) du RGPD), sauf exception de l&apos;article 34(3) du RGPD.</source>
        <translation>High risk: the data subjects must be informed without undue delay (GDPR Article 34(1)), unless a GDPR Article 34(3) exception applies.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="201"/>
        <source>Risque élevé : la politique interne de l&apos;organisation prévoit d&apos;informer immédiatement les personnes concernées, sauf exception consignée.</source>
        <translation>High risk: the organisation&apos;s internal policy provides for informing the data subjects immediately, unless an exception is recorded.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="183"/>
        <source>Le risque retenu n&apos;est pas élevé : l&apos;information des personnes n&apos;est pas exigée pour clôturer la violation.</source>
        <translation>The risk applied is not high: informing the individuals is not required to close the breach.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="46"/>
        <source>Chronologie</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="57"/>
        <source>Ce qui s&apos;est passé</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="261"/>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="63"/>
        <source>Événement</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="64"/>
        <source>Le *</source>
        <translation>On *</translation>
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
        <translation>Add to the timeline</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="78"/>
        <source>Mesures correctives et clôture</source>
        <translation>Corrective measures and closure</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="84"/>
        <source>Les mesures prises pour que la violation ne se reproduise pas</source>
        <translation>The measures taken so that the breach does not happen again</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="96"/>
        <source>Mesures correctives *</source>
        <translation>Corrective measures *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="106"/>
        <source>Enregistrer les mesures</source>
        <translation>Save the measures</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="110"/>
        <source>Clôturer la violation</source>
        <translation>Close the breach</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="113"/>
        <source>Une violation clôturée ne peut plus être modifiée.</source>
        <translation>A closed breach can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="151"/>
        <source>{when} — {kind} — {author}</source>
        <translation>{when} — {kind} — {author}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="172"/>
        <source>Violation clôturée le {when}.</source>
        <translation>Breach closed on {when}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="185"/>
        <source>La clôture exige les mesures correctives : renseignez le champ « Mesures correctives ».</source>
        <translation>Closure requires the corrective measures: fill in the “Corrective measures” field.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="211"/>
        <source>Événement ajouté.</source>
        <translation>Event added.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="224"/>
        <source>Mesures correctives enregistrées.</source>
        <translation>Corrective measures saved.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="237"/>
        <source>Clôturer la violation ?</source>
        <translation>Close the breach?</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="238"/>
        <source>La violation {reference} sera clôturée : sa fiche ne pourra plus être modifiée. Elle reste au registre des violations, avec son journal.</source>
        <translation>Breach {reference} will be closed: its record can no longer be changed. It stays in the breach register, with its journal.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="243"/>
        <source>Clôturer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="250"/>
        <source>Violation {reference} clôturée.</source>
        <translation>Breach {reference} closed.</translation>
    </message>
</context>
<context>
    <name>BreachTableModel</name>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="133"/>
        <source>Cliquer pour trier par échéance</source>
        <extracomment>emitted after each tick, once the countdown column was refreshed (tests wait on it)</extracomment>
        <translation>Click to sort by deadline</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="138"/>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="139"/>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="140"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="141"/>
        <source>Connue le</source>
        <translation>Aware since</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="142"/>
        <source>Échéance (72 h)</source>
        <translation>Deadline (72 h)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="143"/>
        <source>Délai restant</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="144"/>
        <source>Risque</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="145"/>
        <source>Notifiée</source>
        <translation>Notified</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="204"/>
        <source>Non (décision)</source>
        <translation>No (decision)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="205"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>BreachTexts</name>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="98"/>
        <source>Ouverte</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="99"/>
        <source>Évaluée</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="100"/>
        <source>Notifiée</source>
        <translation>Notified</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="101"/>
        <source>Communiquée</source>
        <translation>Communicated</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="102"/>
        <source>Clôturée</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="108"/>
        <source>Non évalué</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="117"/>
        <source>Peu probable</source>
        <translation>Unlikely</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="118"/>
        <source>Risque</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="119"/>
        <source>Élevé</source>
        <translation>High</translation>
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
        <translation>not notified (decision)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="286"/>
        <source>clôturée</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="317"/>
        <source>{authority} — {citation}</source>
        <translation>{authority} — {citation}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="327"/>
        <source>déclarée le {when}</source>
        <translation>declared on {when}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="330"/>
        <source>notifiée le {when}, après l&apos;échéance du {deadline}</source>
        <translation>notified on {when}, after the {deadline} deadline</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="334"/>
        <source>notifiée le {when}</source>
        <translation>notified on {when}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="342"/>
        <source>non notifiée : décision motivée (risque peu probable)</source>
        <translation>not notified: reasoned decision (unlikely risk)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="346"/>
        <source>applicabilité de la loi 05-20 à déterminer</source>
        <translation>applicability of Law 05-20 to be determined</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="350"/>
        <source>déclaration requise, à faire {when}</source>
        <translation>declaration required, to be made {when}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="354"/>
        <source>à notifier au plus tard le {deadline}</source>
        <translation>to be notified by {deadline} at the latest</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="358"/>
        <source>{text} ({countdown})</source>
        <translation>{text} ({countdown})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="384"/>
        <source>{state} le {when}</source>
        <translation>{state} on {when}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="388"/>
        <source>{authority} : {state}</source>
        <translation>{authority}: {state}</translation>
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
        <translation>Personal data breaches</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="70"/>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="114"/>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="240"/>
        <source>Nouvelle violation</source>
        <translation>New breach</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="116"/>
        <source>Enregistrer une violation dès qu&apos;elle est connue ({keys})</source>
        <translation>Record a breach as soon as you become aware of it ({keys})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="127"/>
        <source>Chaque violation est inscrite au registre des violations, notifiée ou non (article 33(5) du RGPD ; sous la seule loi 09-08, politique interne). Le délai de 72 heures court depuis la prise de connaissance, légal sous le RGPD, politique interne sous la loi 09-08 : vert au-delà de 24 h, orange en deçà, rouge sous 6 h.</source>
        <translation>Every breach is entered in the breach register, whether notified or not (GDPR Article 33(5); under Law 09-08 alone, internal policy). The 72-hour deadline runs from becoming aware, statutory under the GDPR, internal policy under Law 09-08: green with more than 24 h left, orange below that, red under 6 h.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="176"/>
        <source>Rechercher : référence, intitulé…</source>
        <translation>Search: reference, title…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="178"/>
        <source>Rechercher une violation</source>
        <translation>Search a breach</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="186"/>
        <source>Violations affichées</source>
        <translation>Breaches shown</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="187"/>
        <source>Ouvertes seulement</source>
        <translation>Open only</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="188"/>
        <source>Toutes, y compris clôturées</source>
        <translation>All, including closed</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="191"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="192"/>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="143"/>
        <source>Liste des violations</source>
        <translation>Breach list</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="234"/>
        <source>Aucune violation enregistrée</source>
        <translation>No breach recorded</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="236"/>
        <source>Dès qu&apos;un incident touche des données personnelles, enregistrez-le ici : DPO Desk lance le compte à rebours de 72 heures pour notifier l&apos;autorité et vous guide pas à pas jusqu&apos;à la clôture.</source>
        <translation>As soon as an incident affects personal data, record it here: DPO Desk starts the 72-hour countdown to notify the authority and guides you step by step until closure.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="245"/>
        <source>Aucune violation ne correspond</source>
        <translation>No matching breach</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="247"/>
        <source>Aucune violation ouverte ne répond à ce filtre : les violations clôturées restent consultables sous « Toutes ».</source>
        <translation>No open breach matches this filter: closed breaches remain available under “All”.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="250"/>
        <source>Afficher toutes les violations</source>
        <translation>Show all breaches</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="69"/>
        <source>Violation {reference}</source>
        <translation>Breach {reference}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="71"/>
        <source>Le formulaire de nouvelle violation n&apos;a pas pu être rouvert.</source>
        <translation>The new breach form could not be reopened.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="74"/>
        <source>{label} n&apos;existe plus dans le registre : les modifications conservées sont abandonnées.</source>
        <translation>{label} no longer exists in the register: the kept changes have been discarded.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="79"/>
        <source>{label} a été clôturée entre-temps : les modifications conservées ne peuvent plus être appliquées.</source>
        <translation>{label} was closed in the meantime: the kept changes can no longer be applied.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/__init__.py" line="107"/>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="256"/>
        <source>Violations</source>
        <translation>Breaches</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="326"/>
        <source>1 violation</source>
        <translation>1 breach</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="327"/>
        <source>{count} violations</source>
        <translation>{count} breaches</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="403"/>
        <source>Violation {reference} enregistrée — notification au plus tard le {date}.</source>
        <translation>Breach {reference} recorded — notify by {date}.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="100"/>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="458"/>
        <source>Jour férié</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="101"/>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="472"/>
        <source>Fermeture de l&apos;organisation</source>
        <translation>Organisation closure</translation>
    </message>
</context>
<context>
    <name>CalendarCard</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/calendar_rows.py" line="57"/>
        <source>Date confirmée</source>
        <translation>Date confirmed</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/calendar_rows.py" line="60"/>
        <source>Déplacé (prévu le {date})</source>
        <translation>Moved (planned for {date})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/calendar_rows.py" line="63"/>
        <source>Date déplacée</source>
        <translation>Date moved</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/calendar_rows.py" line="65"/>
        <source>Ajouté par l&apos;organisation</source>
        <translation>Added by the organisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/calendar_rows.py" line="71"/>
        <source>Déplacé au {date} : jour ouvré</source>
        <translation>Moved to {date}: working day</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/calendar_rows.py" line="74"/>
        <source>Retiré : jour ouvré</source>
        <translation>Removed: working day</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/calendar_rows.py" line="86"/>
        <source>Une fermeture ne reporte que les échéances de politique interne, jamais un délai légal (loi 09-08, RGPD).</source>
        <translation>A closure only moves internal policy deadlines, never a statutory deadline (Law 09-08, GDPR).</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../../dpo_desk/ui/calendar_export.py" line="58"/>
        <source>echeances</source>
        <translation>deadlines</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_export.py" line="67"/>
        <source>Exporter le calendrier des échéances</source>
        <translation>Export the deadline calendar</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_export.py" line="69"/>
        <source>Calendrier iCalendar (*.ics)</source>
        <translation>iCalendar calendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_export.py" line="111"/>
        <source>Calendrier non enregistré</source>
        <translation>Calendar not saved</translation>
    </message>
</context>
<context>
    <name>CalendarFeed</name>
    <message>
        <location filename="../../dpo_desk/services/calendar_feed.py" line="63"/>
        <source>DPO Desk — échéances</source>
        <translation>DPO Desk — deadlines</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/calendar_feed.py" line="64"/>
        <source>{reference} — échéance ({rights})</source>
        <translation>{reference} — deadline ({rights})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/calendar_feed.py" line="65"/>
        <source>{reference} — notification 72 h ({authority})</source>
        <translation>{reference} — 72 h notification ({authority})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/calendar_feed.py" line="66"/>
        <source>Revue du sous-traitant {name}</source>
        <translation>Review of processor {name}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/calendar_feed.py" line="67"/>
        <source>Fin du contrat du sous-traitant {name}</source>
        <translation>End of the contract with processor {name}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/calendar_feed.py" line="68"/>
        <source>Formalité CNDP à accomplir : {formality} — traitement « {name} »</source>
        <translation>CNDP formality to complete: {formality} — processing activity “{name}”</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/calendar_feed.py" line="71"/>
        <source>Modification à déclarer à la CNDP : {formality} — traitement « {name} »</source>
        <translation>Change to declare to the CNDP: {formality} — processing activity “{name}”</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/calendar_feed.py" line="76"/>
        <source>Le calendrier exporté ne sera pas chiffré.</source>
        <translation>The exported calendar will not be encrypted.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/calendar_feed.py" line="79"/>
        <source>Il ne contient ni nom ni coordonnées de personne : seulement des références, des types d&apos;échéance, des dates et les noms des sous-traitants et des traitements. Il révèle cependant l&apos;activité du registre : enregistrez-le dans un emplacement protégé et ne le partagez pas.</source>
        <translation>It contains no names or contact details of individuals: only references, deadline types, dates and the names of processors and processing activities. It does, however, reveal the register&apos;s activity: save it in a protected location and do not share it.</translation>
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
        <translation>confirmed on {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="109"/>
        <source>confirmé (annonce officielle)</source>
        <translation>confirmed (official announcement)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="115"/>
        <source>Date estimée ({date}) : calendrier Umm al-Qura, plus un jour. Elle ne reporte aucune échéance tant qu&apos;elle n&apos;est pas confirmée : confirmez-la dès l&apos;annonce du ministère des Habous et des Affaires islamiques.</source>
        <translation>Estimated date ({date}): Umm al-Qura calendar, plus one day. It does not move any deadline until it is confirmed: confirm it as soon as the Ministry of Habous and Islamic Affairs announces it.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="122"/>
        <source>Premier jour confirmé par le DPO le {confirmed_on} : {first_day}.</source>
        <translation>First day confirmed by the DPO on {confirmed_on}: {first_day}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="129"/>
        <source>Premier jour selon l&apos;annonce officielle : {first_day}.</source>
        <translation>First day according to the official announcement: {first_day}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="134"/>
        <source>La date estimée était le {date}.</source>
        <translation>The estimated date was {date}.</translation>
    </message>
</context>
<context>
    <name>CaseKind</name>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="43"/>
        <source>Demande de droits</source>
        <translation>Rights request</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="44"/>
        <source>Violation</source>
        <translation>Breach</translation>
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
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="111"/>
        <source>Formulaire en ligne</source>
        <translation>Online form</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="112"/>
        <source>Téléphone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="113"/>
        <source>En personne</source>
        <translation>In person</translation>
    </message>
</context>
<context>
    <name>CndpRegime</name>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="205"/>
        <source>Déclaration préalable</source>
        <translation>Prior declaration</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="206"/>
        <source>Autorisation préalable</source>
        <translation>Prior authorisation</translation>
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
        <translation>In-app message</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="87"/>
        <source>Courrier postal</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="88"/>
        <source>Téléphone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="89"/>
        <source>Avis public sur le site</source>
        <translation>Public notice on the website</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="92"/>
        <source>Communiqué de presse</source>
        <translation>Press release</translation>
    </message>
</context>
<context>
    <name>Confirmations</name>
    <message>
        <location filename="../../dpo_desk/ui/widgets.py" line="690"/>
        <source>Abandonner les modifications ?</source>
        <translation>Discard the changes?</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/widgets.py" line="694"/>
        <source>Ce qui a été saisi dans ce formulaire n&apos;est pas enregistré.</source>
        <translation>What was entered in this form has not been saved.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/widgets.py" line="699"/>
        <source>Abandonner</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/widgets.py" line="703"/>
        <source>Continuer la saisie</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/widgets.py" line="719"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches/clock.py" line="128"/>
        <source>{hours} h {minutes:02d} restantes</source>
        <translation>{hours} h {minutes:02d} left</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/clock.py" line="129"/>
        <source>dépassé de {hours} h</source>
        <translation>overdue by {hours} h</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/clock.py" line="130"/>
        <source>notifiée le {date}</source>
        <translation>notified on {date}</translation>
    </message>
</context>
<context>
    <name>CountdownLevel</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches/clock.py" line="55"/>
        <source>Dans les délais</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/clock.py" line="56"/>
        <source>Moins de 24 heures</source>
        <translation>Less than 24 hours</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/clock.py" line="57"/>
        <source>Moins de 6 heures</source>
        <translation>Less than 6 hours</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/clock.py" line="58"/>
        <source>Délai dépassé</source>
        <translation>Deadline passed</translation>
    </message>
</context>
<context>
    <name>CountriesEdit</name>
    <message>
        <location filename="../../dpo_desk/ui/countries.py" line="179"/>
        <source>Tapez un pays : Espagne, États-Unis…</source>
        <translation>Type a country: Spain, United States…</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <location filename="../../dpo_desk/ui/countries.py" line="142"/>
        <source>Tapez un nom de pays ou son code</source>
        <extracomment>how many matches the list under the field shows at most</extracomment>
        <translation>Type a country name or its code</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/crash.py" line="63"/>
        <source>Erreur inattendue</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/crash.py" line="70"/>
        <source>Une erreur inattendue s&apos;est produite.</source>
        <translation>An unexpected error occurred.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/crash.py" line="73"/>
        <source>DPO Desk continue de fonctionner, mais la dernière action n&apos;a peut-être pas abouti : vérifiez-la. Pour signaler le problème, copiez les détails ci-dessous et joignez-les à votre message. Ils ne contiennent aucune donnée du registre : seulement les versions et l&apos;endroit du programme où l&apos;erreur est survenue.</source>
        <translation>DPO Desk is still running, but the last action may not have completed: check it. To report the problem, copy the details below and attach them to your message. They contain no register data: only the versions and the place in the program where the error occurred.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/crash.py" line="102"/>
        <source>Copier les détails</source>
        <translation>Copy the details</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/crash.py" line="116"/>
        <source>Détails copiés dans le presse-papiers.</source>
        <translation>Details copied to the clipboard.</translation>
    </message>
</context>
<context>
    <name>CreateRegisterDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="49"/>
        <source>registre</source>
        <translation>register</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="70"/>
        <source>Créer un registre — DPO Desk</source>
        <translation>Create a register — DPO Desk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="72"/>
        <source>Créer un registre</source>
        <translation>Create a register</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="74"/>
        <source>Un registre est un fichier chiffré qui réunit les demandes, les violations, les traitements et les sous-traitants d&apos;une organisation.</source>
        <translation>A register is an encrypted file that holds an organisation&apos;s requests, breaches, processing activities and processors.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="94"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="96"/>
        <source>Nom *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="97"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="98"/>
        <source>Ville des courriers</source>
        <translation>Town for letters</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="100"/>
        <source>* obligatoire</source>
        <translation>* required</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="104"/>
        <source>Délégué à la protection des données</source>
        <translation>Data Protection Officer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="106"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="107"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="108"/>
        <source>Téléphone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="115"/>
        <source>Phrase secrète</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="119"/>
        <source>Elle chiffre tout le fichier. Personne, pas même l&apos;éditeur, ne peut la retrouver si elle est perdue : notez-la en lieu sûr.</source>
        <translation>It encrypts the whole file. Nobody, not even the publisher, can recover it if it is lost: write it down somewhere safe.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="128"/>
        <source>Au moins {minimum} caractères</source>
        <translation>At least {minimum} characters</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="131"/>
        <source>La même, une seconde fois</source>
        <translation>The same again</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="134"/>
        <source>Saisie</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="135"/>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="162"/>
        <source>Fichier du registre</source>
        <translation>Register file</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="164"/>
        <source>Choisir l&apos;emplacement…</source>
        <translation>Choose the location…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="175"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="175"/>
        <source>Créer le registre</source>
        <translation>Create the register</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="193"/>
        <source>Minimum {minimum} caractères.</source>
        <translation>Minimum {minimum} characters.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="197"/>
        <source>{label} : {count} caractères sur {minimum} au minimum.</source>
        <translation>{label}: {count} of at least {minimum} characters.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="205"/>
        <source>Robustesse : {label}</source>
        <translation>Strength: {label}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="213"/>
        <source>Les deux saisies diffèrent.</source>
        <translation>The two entries differ.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="224"/>
        <source>Aucun emplacement choisi</source>
        <translation>No location chosen</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="237"/>
        <source>Enregistrer le nouveau registre</source>
        <translation>Save the new register</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="239"/>
        <source>Registres DPO Desk (*.dpodesk)</source>
        <translation>DPO Desk registers (*.dpodesk)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="279"/>
        <source>Les deux saisies de la phrase secrète diffèrent.</source>
        <translation>The two passphrase entries differ.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="304"/>
        <source>La phrase secrète n&apos;a pas pu être confiée au trousseau : elle sera demandée à la prochaine ouverture.</source>
        <translation>The passphrase could not be stored in the keyring: it will be asked for next time.</translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="195"/>
        <source>Tableau de bord</source>
        <extracomment>emitted after each re-query, with the date it was made for (tests wait on it) emitted once the lunar holidays to confirm are shown (a list, maybe empty) the confirmation dialog on screen, if any (tests drive it)</extracomment>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="227"/>
        <source>Demandes d&apos;exercice de droits</source>
        <translation>Data subject rights requests</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="231"/>
        <source>Demandes ouvertes</source>
        <translation>Open requests</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="232"/>
        <source>En retard</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="233"/>
        <source>À échéance sous 7 jours</source>
        <translation>Due within 7 days</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="234"/>
        <source>En attente d&apos;identité</source>
        <translation>Awaiting identity</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="235"/>
        <source>Voir les demandes ouvertes</source>
        <translation>Show the open requests</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="236"/>
        <source>Voir les demandes en retard</source>
        <translation>Show the overdue requests</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="238"/>
        <source>Voir les demandes à échéance dans les 7 prochains jours</source>
        <translation>Show the requests due within the next 7 days</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="241"/>
        <source>Voir les demandes en attente d&apos;un justificatif d&apos;identité</source>
        <translation>Show the requests awaiting proof of identity</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="261"/>
        <source>À traiter en priorité</source>
        <translation>Priorities</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="262"/>
        <source>Toutes les demandes</source>
        <translation>All requests</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="271"/>
        <source>Les demandes ouvertes, la plus urgente d&apos;abord : en rouge ce qui est en retard, en orange ce qui arrive à échéance dans les 7 jours. Cliquez sur une ligne pour ouvrir la demande.</source>
        <translation>Open requests, most urgent first: overdue ones in red, those due within 7 days in orange. Click a row to open the request.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="282"/>
        <source>Échéance</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="283"/>
        <source>Délai</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="284"/>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="285"/>
        <source>Demandeur</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="286"/>
        <source>Droit(s)</source>
        <translation>Right(s)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="292"/>
        <source>Demandes à traiter en priorité</source>
        <translation>Priority requests</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="301"/>
        <source>Aucune demande en cours</source>
        <translation>No request in progress</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="303"/>
        <source>Les demandes ouvertes apparaîtront ici, la plus urgente d&apos;abord, avec le nombre de jours qui restent avant leur échéance. En rouge, ce qui est dépassé.</source>
        <translation>Open requests will appear here, most urgent first, with the number of days left before their deadline. Overdue ones are in red.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="441"/>
        <source>Aujourd&apos;hui : {date}</source>
        <translation>Today: {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="444"/>
        <source>échéance dépassée</source>
        <translation>deadline passed</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="449"/>
        <source>d&apos;ici le {date}</source>
        <translation>by {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="453"/>
        <source>justificatif demandé</source>
        <translation>proof requested</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="460"/>
        <source>… et une autre demande ouverte, à échéance plus lointaine : voir Demandes.</source>
        <translation>… and one more open request, due later: see Requests.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="464"/>
        <source>… et %n autres demandes ouvertes, à échéance plus lointaine : voir Demandes.</source>
        <translation>
            <numerusform>… and %n more open request, due later: see Requests.</numerusform>
            <numerusform>… and %n more open requests, due later: see Requests.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="552"/>
        <source>Ouvrir la demande {reference}</source>
        <translation>Open request {reference}</translation>
    </message>
</context>
<context>
    <name>DataCategory</name>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="132"/>
        <source>État civil, identité</source>
        <translation>Civil status, identity</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="133"/>
        <source>Coordonnées</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="134"/>
        <source>Scolarité, vie professionnelle</source>
        <translation>Education, professional life</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="135"/>
        <source>Vie personnelle</source>
        <translation>Personal life</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="136"/>
        <source>Données de connexion</source>
        <translation>Connection data (logs, IP addresses)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="137"/>
        <location filename="../../dpo_desk/domain/records.py" line="122"/>
        <source>Données de localisation</source>
        <translation>Location data</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="138"/>
        <source>Navigation, cookies</source>
        <translation>Browsing data, cookies</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="139"/>
        <source>Informations économiques et financières</source>
        <translation>Economic and financial information</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="142"/>
        <source>Identifiants et mots de passe</source>
        <translation>Login identifiers and passwords</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="143"/>
        <source>Numéro de CIN ou de passeport</source>
        <translation>National identity card or passport number</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="144"/>
        <source>Données sensibles (santé, opinions, religion…)</source>
        <translation>Sensitive data (health, opinions, religion…)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="147"/>
        <source>Infractions et condamnations</source>
        <translation>Offences and convictions</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="148"/>
        <source>Autres</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="117"/>
        <source>État civil, identité, identifiants</source>
        <translation>Civil status, identity, identifiers</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="118"/>
        <source>Vie personnelle (habitudes de vie, situation familiale…)</source>
        <translation>Personal life (lifestyle, family situation…)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="119"/>
        <source>Vie professionnelle (scolarité, formation, CV…)</source>
        <translation>Professional life (education, training, CV…)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="120"/>
        <source>Informations d&apos;ordre économique et financier</source>
        <translation>Economic and financial information</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="121"/>
        <source>Données de connexion (adresse IP, journaux…)</source>
        <translation>Connection data (IP address, logs…)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="123"/>
        <source>Internet (cookies, traceurs, navigation)</source>
        <translation>Internet (cookies, trackers, browsing)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="124"/>
        <source>Autres catégories</source>
        <translation>Other categories</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="125"/>
        <source>Origine raciale ou ethnique</source>
        <translation>Racial or ethnic origin</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="126"/>
        <source>Opinions politiques</source>
        <translation>Political opinions</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="127"/>
        <source>Convictions religieuses ou philosophiques</source>
        <translation>Religious or philosophical beliefs</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="128"/>
        <source>Appartenance syndicale</source>
        <translation>Trade union membership</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="129"/>
        <source>Données génétiques</source>
        <translation>Genetic data</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="130"/>
        <source>Données biométriques (identification)</source>
        <translation>Biometric data (identification)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="131"/>
        <source>Données de santé</source>
        <translation>Health data</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="132"/>
        <source>Vie sexuelle ou orientation sexuelle</source>
        <translation>Sex life or sexual orientation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="133"/>
        <source>Infractions, condamnations, mesures de sûreté</source>
        <translation>Offences, convictions, security measures</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="134"/>
        <source>Numéro de la carte nationale d&apos;identité</source>
        <translation>National identity card number</translation>
    </message>
</context>
<context>
    <name>DataOutcome</name>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="395"/>
        <source>Données restituées</source>
        <translation>Data returned</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="396"/>
        <source>Données supprimées</source>
        <translation>Data deleted</translation>
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
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/day_dialog.py" line="59"/>
        <location filename="../../dpo_desk/ui/settings/gdpr_holidays.py" line="47"/>
        <location filename="../../dpo_desk/ui/settings/records_policy.py" line="84"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="49"/>
        <source>RGPD art. 12(3)</source>
        <translation>GDPR Art. 12(3)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="50"/>
        <source>RGPD art. 12(3), délai prorogé</source>
        <translation>GDPR Art. 12(3), extended period</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="51"/>
        <source>Loi 09-08 art. 8</source>
        <translation>Law 09-08 art. 8</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="52"/>
        <location filename="../../dpo_desk/domain/deadlines.py" line="66"/>
        <source>Politique interne</source>
        <translation>Internal policy</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="56"/>
        <source>Un mois à compter de la réception</source>
        <translation>one month from receipt</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="57"/>
        <source>Trois mois à compter de la réception (prorogation de deux mois)</source>
        <translation>three months from receipt (extended by two months)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="60"/>
        <source>Délai franc de dix jours</source>
        <translation>ten clear days</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="61"/>
        <source>Délai de réponse fixé par l&apos;organisation</source>
        <translation>the response time set by our organisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="65"/>
        <source>Loi</source>
        <translation>Law</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="69"/>
        <source>La loi 09-08 ne fixe pas de nombre de jours pour ce droit (réponse « sans délais ») : délai de politique interne.</source>
        <translation>Law 09-08 sets no number of days for this right (reply “without delay”): internal policy deadline.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="74"/>
        <source>La portabilité n&apos;est pas un droit prévu par la loi 09-08 : la demande est traitée dans le délai de politique interne, sans obligation légale.</source>
        <translation>Portability is not a right provided for by Law 09-08: the request is handled within the internal policy deadline, with no legal obligation.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="79"/>
        <source>Loi 09-08, article 8(a) : effacement des données dont le traitement n&apos;est pas conforme à la loi, dans le délai franc de dix jours.</source>
        <translation>Law 09-08, Article 8(a): erasure of data whose processing does not comply with the law, within ten clear days.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="84"/>
        <source>Loi 09-08, article 8(a) : verrouillage (blocage) des données dont le traitement n&apos;est pas conforme à la loi, dans le délai franc de dix jours.</source>
        <translation>Law 09-08, Article 8(a): blocking of data whose processing does not comply with the law, within ten clear days.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="106"/>
        <source>Calcul du règlement (CEE, Euratom) n° 1182/71 : un délai qui finit un samedi ou un dimanche est reporté au jour ouvré suivant ; les jours fériés marocains ne comptent pas.</source>
        <translation>Calculated under Regulation (EEC, Euratom) No 1182/71: a period ending on a Saturday or a Sunday moves to the next working day; Moroccan public holidays do not count.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="111"/>
        <source>Calcul du règlement (CEE, Euratom) n° 1182/71 : un délai qui finit un samedi, un dimanche ou un jour férié de l&apos;État membre choisi ({state}) est reporté au jour ouvré suivant ; les jours fériés marocains ne comptent pas.</source>
        <translation>Calculated under Regulation (EEC, Euratom) No 1182/71: a period ending on a Saturday, a Sunday or a public holiday of the chosen Member State ({state}) moves to the next working day; Moroccan public holidays do not count.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="117"/>
        <source>Un délai qui finit un samedi, un dimanche ou un jour férié marocain est reporté au jour ouvré suivant ; les fermetures de l&apos;organisation ne prorogent pas un délai légal.</source>
        <translation>A period ending on a Saturday, a Sunday or a Moroccan public holiday moves to the next working day; the organisation&apos;s closures do not extend a statutory period.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="122"/>
        <source>Un délai qui finit un samedi, un dimanche, un jour férié marocain ou un jour de fermeture de l&apos;organisation est reporté au jour ouvré suivant.</source>
        <translation>A period ending on a Saturday, a Sunday, a Moroccan public holiday or a day the organisation is closed moves to the next working day.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="127"/>
        <source>Prorogation : deux mois ajoutés à la fin du premier mois ({first_end}), avant tout report, puis report au jour ouvré suivant.</source>
        <translation>Extension: two months added to the end of the first month ({first_end}), before any move, then moved to the next working day.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="133"/>
        <source>Peut passer au {date} si la date estimée de {holiday} ({day}) est confirmée : une date estimée ne retarde jamais une échéance.</source>
        <translation>May move to {date} if the estimated date of {holiday} ({day}) is confirmed: an estimated date never delays a deadline.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="138"/>
        <source>Lecture non retenue : en comptant les jours fériés marocains, l&apos;échéance serait le {date} ; le règlement 1182/71 ne compte que ceux d&apos;un État membre de l&apos;UE.</source>
        <translation>Reading not applied: counting Moroccan public holidays, the deadline would be {date}; Regulation 1182/71 only counts those of an EU Member State.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="143"/>
        <source>Lecture non retenue : en comptant les fermetures de l&apos;organisation, l&apos;échéance serait le {date} ; une fermeture ne proroge pas un délai légal.</source>
        <translation>Reading not applied: counting the organisation&apos;s closures, the deadline would be {date}; a closure does not extend a statutory period.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="148"/>
        <source>Lecture non retenue : au sens strict du délai franc (Cour suprême, 19/02/1964), l&apos;échéance serait le {date}.</source>
        <translation>Reading not applied: under the strict sense of the clear period (Supreme Court, 19/02/1964), the deadline would be {date}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="153"/>
        <source>Lecture plus prudente, non retenue par l&apos;organisation : réception + 10 jours, soit le {date}.</source>
        <translation>More cautious reading, not applied by the organisation: receipt + 10 days, i.e. {date}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="157"/>
        <source>Lecture non retenue : trois mois à compter de la réception donneraient le {date} ; la date la plus proche est retenue, par prudence.</source>
        <translation>Reading not applied: three months from receipt would give {date}; the earlier date is applied, as a precaution.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="162"/>
        <source>Lecture non retenue : deux mois ajoutés à la fin du premier mois donneraient le {date} ; la date la plus proche est retenue, par prudence.</source>
        <translation>Reading not applied: two months added to the end of the first month would give {date}; the earlier date is applied, as a precaution.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="94"/>
        <source>Lecture prudente du délai franc : réception + 10 jours.</source>
        <translation>Cautious reading of the clear period: receipt + 10 days.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="89"/>
        <source>La loi 09-08 ne prévoit pas de prorogation par le responsable du traitement : la date de réponse reste inchangée.</source>
        <translation>Law 09-08 does not provide for an extension by the controller: the response date remains unchanged.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="97"/>
        <source>Délai franc au sens strict (Cour suprême, 19/02/1964) : ni le jour de réception ni celui de l&apos;échéance ne comptent, soit réception + 11 jours.</source>
        <translation>Clear period in the strict sense (Supreme Court, 19/02/1964): neither the day of receipt nor the last day counts, i.e. receipt + 11 days.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="102"/>
        <source>Délai suspendu pendant la vérification d&apos;identité (politique interne).</source>
        <translation>Period suspended during identity verification (internal policy).</translation>
    </message>
</context>
<context>
    <name>DeadlinePolicyCard</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="43"/>
        <source>Délais de réponse</source>
        <extracomment>how many open requests&apos; due dates the last save moved</extracomment>
        <translation>Response deadlines</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="45"/>
        <source>Ces choix complètent la loi là où elle laisse une marge. Le délai du RGPD (un mois, prorogeable de deux, art. 12(3)) ne se règle pas : il s&apos;applique tel quel. Une échéance qui tombe un jour chômé est reportée au jour ouvré suivant (voir le calendrier ci-dessous).</source>
        <translation>These choices complete the law where it leaves room. The GDPR period (one month, extendable by two, Art. 12(3)) is not a setting: it applies as is. A deadline falling on a non-working day moves to the next working day (see the calendar below).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="53"/>
        <source> jours</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="54"/>
        <source>Délai de politique interne</source>
        <translation>Internal policy deadline</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="65"/>
        <source> jours francs</source>
        <translation> clear days</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="66"/>
        <source>Délai de rectification</source>
        <translation>Rectification period</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="56"/>
        <source>La loi 09-08 ne fixe pas de nombre de jours pour répondre à une demande d&apos;accès (art. 7, « sans délais ») ou d&apos;opposition (art. 9), ni pour la portabilité, qu&apos;elle ne prévoit pas. Ces demandes reçoivent le délai que l&apos;organisation s&apos;est fixé, affiché comme « Politique interne » à côté de l&apos;échéance. Jours calendaires.</source>
        <translation>Law 09-08 sets no number of days for responding to an access request (art. 7, “without delay”) or an objection (art. 9), nor for portability, which it does not provide for. These requests are given the period the organisation has set itself, shown as “Internal policy” next to the deadline. Calendar days.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="68"/>
        <source>Loi 09-08 art. 8(a) : la rectification, l&apos;effacement et le verrouillage des données se font « dans un délai franc de dix jours ». Ne changez ce nombre que si la loi change.</source>
        <translation>Law 09-08 art. 8(a): rectification, erasure and blocking of data are carried out “within ten clear days”. Only change this number if the law changes.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="75"/>
        <source>Lecture stricte du délai franc (réception + 11 jours)</source>
        <translation>Strict reading of the clear period (receipt + 11 days)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="78"/>
        <source>Un délai franc ne compte ni le jour de réception ni celui de l&apos;échéance (Cour suprême, 19/02/1964) : dix jours francs à compter d&apos;une réception le jour J se terminent à J+11. Décochée, l&apos;application retient J+10, lecture prudente qui ne peut pas mettre l&apos;organisation en retard.</source>
        <translation>A clear period counts neither the day of receipt nor the last day (Supreme Court, 19/02/1964): ten clear days from a receipt on day D end on D+11. Unticked, the application uses D+10, a cautious reading that cannot make the organisation late.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="86"/>
        <source>Suspendre le délai pendant la vérification d&apos;identité</source>
        <translation>Suspend the deadline during identity verification</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="89"/>
        <source>RGPD art. 12(6) : en cas de doute raisonnable, l&apos;organisation peut demander une preuve d&apos;identité. L&apos;ICO (autorité britannique) ne fait courir le délai qu&apos;à réception de cette preuve ; le CEPD (lignes directrices 01/2022 sur le droit d&apos;accès) est plus réservé. Décochée par défaut : le délai court sans interruption.</source>
        <translation>GDPR Art. 12(6): where there is reasonable doubt, the organisation may ask for proof of identity. The ICO (UK authority) starts the clock only once that proof is received; the EDPB (Guidelines 01/2022 on the right of access) is more reserved. Unticked by default: the period runs without interruption.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="98"/>
        <source>Annuler les modifications</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="100"/>
        <source>Enregistrer la politique</source>
        <translation>Save the policy</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="226"/>
        <source>Politique enregistrée ; {consequence}</source>
        <translation>Policy saved; {consequence}</translation>
    </message>
</context>
<context>
    <name>Derogation</name>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="290"/>
        <source>(a) Consentement explicite de la personne</source>
        <translation>(a) Explicit consent of the data subject</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="291"/>
        <source>(b) Exécution d&apos;un contrat avec la personne</source>
        <translation>(b) Performance of a contract with the data subject</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="292"/>
        <source>(c) Contrat conclu dans l&apos;intérêt de la personne</source>
        <translation>(c) Contract concluded in the data subject&apos;s interest</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="293"/>
        <source>(d) Motifs importants d&apos;intérêt public</source>
        <translation>(d) Important reasons of public interest</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="294"/>
        <source>(e) Constatation, exercice ou défense de droits en justice</source>
        <translation>(e) Establishment, exercise or defence of legal claims</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="295"/>
        <source>(f) Sauvegarde des intérêts vitaux</source>
        <translation>(f) Protection of vital interests</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="296"/>
        <source>(g) Registre public</source>
        <translation>(g) Public register</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="297"/>
        <source>Intérêts légitimes impérieux (transfert non répétitif)</source>
        <translation>Compelling legitimate interests (non-repetitive transfer)</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="74"/>
        <source>Dossier de formalités CNDP — {activity}</source>
        <translation>CNDP formalities file — {activity}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="75"/>
        <source>{organisation} — dossier CNDP « {activity} »</source>
        <translation>{organisation} — CNDP file “{activity}”</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="76"/>
        <source>Non renseigné — à compléter</source>
        <translation>Not provided — to be completed</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="79"/>
        <source>loi 09-08 art. 4</source>
        <translation>Law 09-08 art. 4</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="80"/>
        <source>Aucune</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="81"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="82"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="84"/>
        <source>Informations manquantes</source>
        <translation>Missing information</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="85"/>
        <source>Le registre ne contient pas encore les informations suivantes ; complétez-les avant de déposer le dossier :</source>
        <translation>The register does not yet contain the following information; complete it before submitting the file:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="90"/>
        <source>Aucune information ne manque : le registre contient tout ce que le dossier demande.</source>
        <translation>No information is missing: the register contains everything the file requires.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="93"/>
        <source>Formalités à accomplir</source>
        <translation>Formalities to complete</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="94"/>
        <source>{label} — formulaire {form}</source>
        <translation>{label} — form {form}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="95"/>
        <source>Pourquoi cette formalité</source>
        <translation>Why this formality</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="96"/>
        <source>À noter</source>
        <translation>Points to note</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="97"/>
        <source>Contenu du formulaire (loi 09-08 art. 15)</source>
        <translation>Content of the form (Law 09-08 art. 15)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="98"/>
        <source>Demande d&apos;autorisation de transfert à l&apos;étranger (formulaire F118)</source>
        <translation>Application for authorisation to transfer data abroad (form F118)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="101"/>
        <source>Destination : {country}</source>
        <translation>Destination: {country}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="102"/>
        <source>Annexes à joindre</source>
        <translation>Annexes to attach</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="103"/>
        <source>Aucune annexe n&apos;est demandée.</source>
        <translation>No annex is required.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="106"/>
        <source>Suivi : {label}</source>
        <translation>Tracking: {label}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="107"/>
        <location filename="../../dpo_desk/documents/dossier.py" line="185"/>
        <source>Formulaire</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="108"/>
        <source>{form} (ou {simplified}, demande simplifiée)</source>
        <translation>{form} (or {simplified}, simplified application)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="109"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="110"/>
        <source>Date de dépôt</source>
        <translation>Filing date</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="111"/>
        <source>Canal de dépôt</source>
        <translation>Filing channel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="112"/>
        <source>Récépissé ou autorisation n°</source>
        <translation>Receipt or authorisation no.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="113"/>
        <source>Date du récépissé ou de l&apos;autorisation</source>
        <translation>Date of the receipt or authorisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="114"/>
        <source>Modifications à déclarer</source>
        <translation>Changes to declare</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="115"/>
        <source>Fin du traitement</source>
        <translation>End of processing</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="116"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="117"/>
        <source>Pas encore</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="120"/>
        <source>a) Responsable du traitement</source>
        <translation>a) Controller</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="121"/>
        <source>b) Dénomination, finalités et caractéristiques</source>
        <translation>b) Name, purposes and characteristics</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="122"/>
        <source>c) Personnes concernées et catégories de données</source>
        <translation>c) Data subjects and categories of data</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="123"/>
        <source>d) Destinataires et sous-traitants</source>
        <translation>d) Recipients and processors</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="124"/>
        <source>e) Transferts de données vers l&apos;étranger</source>
        <translation>e) Transfers of data abroad</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="125"/>
        <source>f) Durée de conservation</source>
        <translation>f) Retention period</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="126"/>
        <source>g) Exercice des droits des personnes</source>
        <translation>g) Exercise of data subjects&apos; rights</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="127"/>
        <source>h) Mesures de sécurité</source>
        <translation>h) Security measures</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="128"/>
        <source>i) Interconnexions et sous-traitance</source>
        <translation>i) Interconnections and use of processors</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="130"/>
        <source>Nom ou raison sociale</source>
        <translation>Name or company name</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="131"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="132"/>
        <source>Identifiants légaux (RC, ICE, IF)</source>
        <translation>Legal identifiers (RC, ICE, IF)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="133"/>
        <source>Établi au Maroc</source>
        <translation>Established in Morocco</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="134"/>
        <source>Représentant au Maroc</source>
        <translation>Representative in Morocco</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="135"/>
        <source>Signataire</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="136"/>
        <source>Qualité du signataire</source>
        <translation>Capacity of the signatory</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="137"/>
        <source>Délégué à la protection des données</source>
        <translation>Data Protection Officer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="138"/>
        <source>Responsable conjoint</source>
        <translation>Joint controller</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="139"/>
        <source>Dénomination du traitement</source>
        <translation>Name of the processing activity</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="140"/>
        <source>Finalité {n}</source>
        <translation>Purpose {n}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="141"/>
        <source>Finalités</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="142"/>
        <source>{purpose}
Base légale : {basis} ({citation})</source>
        <translation>{purpose}
Legal basis: {basis} ({citation})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="143"/>
        <source>Description et caractéristiques</source>
        <translation>Description and characteristics</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="144"/>
        <source>Logiciels ou applications</source>
        <translation>Software or applications</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="145"/>
        <source>Service responsable</source>
        <translation>Department responsible</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="146"/>
        <source>Données collectées à l&apos;origine pour</source>
        <translation>Data originally collected for</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="147"/>
        <source>Origine des données</source>
        <translation>Source of the data</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="148"/>
        <source>Catégories de personnes concernées</source>
        <translation>Categories of data subjects</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="149"/>
        <source>Des mineurs sont concernés</source>
        <translation>Minors are concerned</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="150"/>
        <source>Catégories de données</source>
        <translation>Categories of data</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="151"/>
        <source>{category} — donnée sensible</source>
        <translation>{category} — sensitive data</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="152"/>
        <source>{category} — soumise à autorisation (art. 12)</source>
        <translation>{category} — subject to authorisation (art. 12)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="153"/>
        <source>Destinataires</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="154"/>
        <source>{kind} : {name}</source>
        <translation>{kind}: {name}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="155"/>
        <source>Sous-traitants</source>
        <translation>Processors</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="156"/>
        <source>{name} ({countries})</source>
        <translation>{name} ({countries})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="157"/>
        <source>Transfert {n}</source>
        <translation>Transfer {n}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="158"/>
        <source>Aucun transfert hors du Maroc</source>
        <translation>No transfer outside Morocco</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="159"/>
        <source>Pays : {country}</source>
        <translation>Country: {country}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="160"/>
        <source>Par le sous-traitant : {processor}</source>
        <translation>By the processor: {processor}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="161"/>
        <source>Encadrement : {mechanism}</source>
        <translation>Safeguard: {mechanism}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="162"/>
        <source>Référence : {reference}</source>
        <translation>Reference: {reference}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="163"/>
        <source>Exception de la loi 09-08 : {exception}</source>
        <translation>Law 09-08 exception: {exception}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="164"/>
        <source>Pays inscrit sur la liste d&apos;adéquation</source>
        <translation>Country on the adequacy list</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="165"/>
        <source>Autorisation demandée (F118)</source>
        <translation>Authorisation applied for (F118)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="166"/>
        <source>Aucun transfert enregistré pour ce pays</source>
        <translation>No transfer recorded for this country</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="167"/>
        <source>Durées</source>
        <translation>Periods</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="168"/>
        <source>{category} : {duration}</source>
        <translation>{category}: {duration}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="169"/>
        <source>Service auprès duquel les droits s&apos;exercent</source>
        <translation>Department with which rights are exercised</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="170"/>
        <source>Mesures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="171"/>
        <source>Précisions</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="172"/>
        <source>Interconnexions de fichiers</source>
        <translation>File interconnections</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="173"/>
        <source>Sous-traitance</source>
        <translation>Use of processors</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="174"/>
        <source>{name} — sous-traitants ultérieurs : {subs}</source>
        <translation>{name} — sub-processors: {subs}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="175"/>
        <source>Aucun sous-traitant</source>
        <translation>No processor</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="178"/>
        <source>Pays de destination</source>
        <translation>Country of destination</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="179"/>
        <source>Destinataires dans ce pays</source>
        <translation>Recipients in this country</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="180"/>
        <source>Garanties jointes à la demande</source>
        <translation>Safeguards attached to the application</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="181"/>
        <source>{mechanism} — référence : {reference}</source>
        <translation>{mechanism} — reference: {reference}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="182"/>
        <source>Finalités du transfert</source>
        <translation>Purposes of the transfer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="186"/>
        <source>Manquant</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="187"/>
        <source>Rubrique</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="188"/>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="189"/>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="190"/>
        <source>Information manquante</source>
        <translation>Missing information</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="194"/>
        <source>dénomination</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="195"/>
        <source>finalités</source>
        <translation>purposes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="196"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="197"/>
        <source>logiciels</source>
        <translation>software</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="198"/>
        <source>responsable conjoint</source>
        <translation>joint controller</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="199"/>
        <source>personnes concernées</source>
        <translation>data subjects</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="200"/>
        <source>catégories de données</source>
        <translation>categories of data</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="201"/>
        <source>origine des données</source>
        <translation>source of the data</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="202"/>
        <source>destinataires</source>
        <translation>recipients</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="203"/>
        <source>durée de conservation</source>
        <translation>retention period</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="204"/>
        <location filename="../../dpo_desk/documents/dossier.py" line="205"/>
        <source>mesures de sécurité</source>
        <translation>security measures</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="206"/>
        <source>service des droits</source>
        <translation>department handling rights requests</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="207"/>
        <source>interconnexions</source>
        <translation>interconnections</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="208"/>
        <source>finalité d&apos;origine des données</source>
        <translation>original purpose of the data</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="209"/>
        <source>sous-traitants</source>
        <translation>processors</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="210"/>
        <source>transferts à l&apos;étranger</source>
        <translation>transfers abroad</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <location filename="../../dpo_desk/ui/drafts.py" line="223"/>
        <source>{label} : modifications non enregistrées, conservées pendant le verrouillage.</source>
        <translation>{label}: unsaved changes, kept while the register was locked.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/drafts.py" line="228"/>
        <source>Reprendre</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/drafts.py" line="230"/>
        <source>Rouvrir le formulaire avec ce qui avait été saisi</source>
        <translation>Reopen the form with what had been typed</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/drafts.py" line="232"/>
        <source>Abandonner</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/drafts.py" line="233"/>
        <source>Oublier ces modifications</source>
        <translation>Forget these changes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/drafts.py" line="235"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DraftStatus</name>
    <message>
        <location filename="../../dpo_desk/domain/letters.py" line="30"/>
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/letters.py" line="31"/>
        <source>Validé</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/letters.py" line="32"/>
        <source>PDF généré</source>
        <translation>PDF generated</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../../dpo_desk/ui/drafts.py" line="64"/>
        <source>Cette fiche a été modifiée pendant le verrouillage : vos modifications ont été reportées sur sa version actuelle. Vérifiez-les avant d&apos;enregistrer.</source>
        <extracomment>the item&apos;s version when the draft was taken: another change meanwhile is said</extracomment>
        <translation>This record was changed while the register was locked: your changes have been applied to its current version. Check them before saving.</translation>
    </message>
</context>
<context>
    <name>DutyState</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="64"/>
        <source>à faire</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="65"/>
        <source>faite</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="66"/>
        <source>non requise (décision motivée)</source>
        <translation>not required (reasoned decision)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="67"/>
        <source>applicabilité à déterminer</source>
        <translation>applicability to be determined</translation>
    </message>
</context>
<context>
    <name>EarlierPassphraseDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="54"/>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="55"/>
        <source>Phrase secrète de la sauvegarde</source>
        <translation>Backup passphrase</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="58"/>
        <source>Cette sauvegarde est peut-être chiffrée avec une phrase secrète antérieure (elle a été faite avant un changement de phrase secrète). Saisissez la phrase secrète qui était en usage quand {file} a été faite ; le registre restauré prendra la phrase secrète actuelle.</source>
        <translation>This backup may be encrypted with an earlier passphrase (it was made before a passphrase change). Enter the passphrase that was in use when {file} was made; the restored register will take the current passphrase.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="70"/>
        <source>Cette phrase secrète n&apos;ouvre pas non plus la sauvegarde.</source>
        <translation>This passphrase does not open the backup either.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="73"/>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="74"/>
        <source>Phrase secrète antérieure</source>
        <translation>Earlier passphrase</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="77"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="77"/>
        <source>Restaurer</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="85"/>
        <source>Le courrier « {kind} » ne concerne pas une demande d&apos;exercice de droits.</source>
        <translation>The “{kind}” letter does not concern a data subject rights request.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="88"/>
        <source>Le courrier « {kind} » ne concerne pas une violation de données.</source>
        <translation>The “{kind}” letter does not concern a personal data breach.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="91"/>
        <source>Notification tardive : indiquez les motifs du retard, qu&apos;elle doit exposer (RGPD art. 33(1)).</source>
        <translation>Late notification: give the reasons for the delay, which it must set out (GDPR Art. 33(1)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="96"/>
        <source>Notification à la CNDP envoyée après l&apos;échéance fixée par la politique interne de l&apos;organisation : indiquez les motifs du retard, que le courrier expose.</source>
        <translation>Notification to the CNDP sent after the deadline set by the organisation&apos;s internal policy: give the reasons for the delay, which the letter sets out.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="101"/>
        <source>Le logo dépasse {limit} octets : choisissez une image plus légère.</source>
        <translation>The logo exceeds {limit} bytes: choose a lighter image.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="104"/>
        <source>Le courrier doit commencer par sa ligne d&apos;objet, suivie d&apos;une ligne vide, puis du texte.</source>
        <translation>The letter must start with its subject line, followed by a blank line, then the text.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="108"/>
        <source>L&apos;instant « {value} » doit porter son fuseau horaire.</source>
        <translation>The instant “{value}” must carry its time zone.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/pdf.py" line="61"/>
        <source>Le logo n&apos;est pas une image lisible (PNG ou JPEG).</source>
        <translation>The logo is not a readable image (PNG or JPEG).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/pdf.py" line="62"/>
        <source>Le champ « {label} » contient un caractère que les courriers ne savent pas imprimer : « {char} » ({code}).</source>
        <translation>The field “{label}” contains a character letters cannot print: “{char}” ({code}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="42"/>
        <source>Le modèle de courrier est vide.</source>
        <translation>The letter template is empty.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="43"/>
        <source>Le modèle dépasse {limit} caractères.</source>
        <translation>The template exceeds {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="44"/>
        <source>La première ligne du modèle est l&apos;objet du courrier : elle doit être suivie d&apos;une ligne vide, puis du texte.</source>
        <translation>The first line of the template is the letter&apos;s subject: it must be followed by a blank line, then the text.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="49"/>
        <source>Champ inconnu « {name} » à la ligne {line} du modèle.</source>
        <translation>Unknown field “{name}” on line {line} of the template.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="50"/>
        <source>Balise mal formée « {text} » à la ligne {line} du modèle.</source>
        <translation>Malformed tag “{text}” on line {line} of the template.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="53"/>
        <source>Instruction « {text} » non permise à la ligne {line} du modèle : seules {{% if champ %}}, {{% else %}} et {{% endif %}} le sont.</source>
        <translation>Instruction “{text}” not allowed on line {line} of the template: only {{% if field %}}, {{% else %}} and {{% endif %}} are.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="58"/>
        <source>« {text} » sans « {{% if … %}} » correspondant, à la ligne {line} du modèle.</source>
        <translation>“{text}” without a matching “{{% if … %}}”, on line {line} of the template.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="61"/>
        <source>Le bloc « {{% if {name} %}} » ouvert à la ligne {line} n&apos;est pas fermé par « {{% endif %}} ».</source>
        <translation>The “{{% if {name} %}}” block opened on line {line} is not closed by “{{% endif %}}”.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="65"/>
        <location filename="../../dpo_desk/services/letters.py" line="227"/>
        <source>Type de courrier inconnu : {value}.</source>
        <translation>Unknown letter type: {value}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="279"/>
        <source>Corriger le niveau de risque calculé exige une justification écrite.</source>
        <translation>Overriding the calculated risk level requires a written justification.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="282"/>
        <location filename="../../dpo_desk/domain/breaches/validation.py" line="19"/>
        <location filename="../../dpo_desk/domain/filings.py" line="629"/>
        <location filename="../../dpo_desk/domain/records.py" line="414"/>
        <location filename="../../dpo_desk/domain/requests/model.py" line="51"/>
        <source>Le champ dépasse {limit} caractères.</source>
        <translation>The field exceeds {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/instants.py" line="25"/>
        <source>« {value} » n&apos;est pas une date et heure valide (forme attendue : AAAA-MM-JJTHH:MM, avec un décalage facultatif comme +01:00).</source>
        <translation>“{value}” is not a valid date and time (expected form: YYYY-MM-DDTHH:MM, with an optional offset such as +01:00).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/instants.py" line="30"/>
        <source>{value} n&apos;existe pas dans le fuseau {zone} (l&apos;heure est avancée à ce moment) : précisez le décalage, par exemple {offset}.</source>
        <translation>{value} does not exist in the {zone} time zone (clocks go forward at that moment): give the offset, for example {offset}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/instants.py" line="35"/>
        <source>{value} est ambiguë dans le fuseau {zone} (cette heure se répète au changement d&apos;heure) : précisez le décalage, {first} ou {second}.</source>
        <translation>{value} is ambiguous in the {zone} time zone (this hour repeats when clocks go back): give the offset, {first} or {second}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/instants.py" line="40"/>
        <source>L&apos;instant {value} est dans le futur.</source>
        <translation>The instant {value} is in the future.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/instants.py" line="41"/>
        <source>La prise de connaissance ({aware}) ne peut pas précéder la découverte ({discovered}).</source>
        <translation>Awareness ({aware}) cannot precede discovery ({discovered}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/instants.py" line="45"/>
        <source>La découverte ({discovered}) ne peut pas précéder le début de la violation ({started}).</source>
        <translation>Discovery ({discovered}) cannot precede the start of the breach ({started}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/instants.py" line="49"/>
        <source>L&apos;instant {value} précède la découverte de la violation ({discovered}).</source>
        <translation>The instant {value} precedes the discovery of the breach ({discovered}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/instants.py" line="52"/>
        <location filename="../../dpo_desk/domain/organisation.py" line="22"/>
        <source>Fuseau horaire inconnu : {zone}.</source>
        <translation>Unknown time zone: {zone}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/model.py" line="51"/>
        <source>Donnez un intitulé à la violation.</source>
        <translation>Give the breach a title.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/model.py" line="52"/>
        <location filename="../../dpo_desk/domain/deadlines.py" line="179"/>
        <location filename="../../dpo_desk/domain/requests/model.py" line="43"/>
        <source>Indiquez au moins un régime (Loi 09-08 ou RGPD).</source>
        <translation>Select at least one regime (Law 09-08 or GDPR).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/validation.py" line="20"/>
        <location filename="../../dpo_desk/domain/records.py" line="415"/>
        <source>La liste dépasse {limit} éléments.</source>
        <translation>The list exceeds {limit} items.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/validation.py" line="21"/>
        <source>Le nombre approximatif doit être un entier positif ou nul (reçu : {value}).</source>
        <translation>The approximate number must be a whole number, zero or more (received: {value}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/model.py" line="53"/>
        <source>Précisez la nature de la violation : atteinte à la confidentialité, à l&apos;intégrité ou à la disponibilité.</source>
        <translation>Specify the nature of the breach: loss of confidentiality, integrity or availability.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/notices.py" line="30"/>
        <source>Notification envoyée après l&apos;échéance du {deadline} : indiquez les motifs du retard (RGPD art. 33(1)).</source>
        <translation>Notification sent after the {deadline} deadline: give the reasons for the delay (GDPR Art. 33(1)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/notices.py" line="37"/>
        <source>Notification à la CNDP envoyée après l&apos;échéance du {deadline} fixée par la politique interne de l&apos;organisation : indiquez les motifs du retard, qui seront consignés au registre.</source>
        <translation>Notification to the CNDP sent after the {deadline} deadline set by the organisation&apos;s internal policy: give the reasons for the delay, which will be recorded in the register.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/notices.py" line="43"/>
        <source>Nommez l&apos;autorité de contrôle de l&apos;UE notifiée.</source>
        <translation>Name the EU supervisory authority notified.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/model.py" line="68"/>
        <source>Justifiez l&apos;exception de l&apos;article 34(3) du RGPD invoquée.</source>
        <translation>Justify the GDPR Article 34(3) exception invoked.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/model.py" line="73"/>
        <source>Justifiez l&apos;exception à l&apos;information des personnes concernées.</source>
        <translation>Justify the exception to informing the data subjects.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="108"/>
        <source>Aucune notification à une autorité de contrôle de l&apos;UE n&apos;est enregistrée : une notification à la CNDP ne remplit pas l&apos;article 33 du RGPD.</source>
        <translation>No notification to an EU supervisory authority is recorded: a notification to the CNDP does not fulfil GDPR Article 33.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="113"/>
        <source>Aucune notification à la CNDP n&apos;est enregistrée.</source>
        <translation>No notification to the CNDP is recorded.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="133"/>
        <source>Clôture impossible : la CNDP n&apos;a pas été notifiée et la décision de ne pas notifier n&apos;est pas motivée au registre des violations.</source>
        <translation>Cannot close: the CNDP has not been notified and the decision not to notify is not reasoned in the breach register.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="138"/>
        <source>Clôture impossible : le risque évalué impose de notifier une autorité de contrôle de l&apos;UE (RGPD art. 33(1)) ; une notification à la CNDP ne suffit pas.</source>
        <translation>Cannot close: the assessed risk requires notifying an EU supervisory authority (GDPR Art. 33(1)); a notification to the CNDP is not enough.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="143"/>
        <source>Clôture impossible : la politique interne de l&apos;organisation impose de notifier la CNDP pour ce niveau de risque (la loi 09-08 ne prévoit pas de notification des violations).</source>
        <translation>Cannot close: the organisation&apos;s internal policy requires notifying the CNDP at this risk level (Law 09-08 does not provide for breach notification).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="149"/>
        <source>Clôture impossible : la notification à la CNDP que prévoit la politique interne de l&apos;organisation (loi 09-08) n&apos;est pas enregistrée.</source>
        <translation>Cannot close: the notification to the CNDP required by the organisation&apos;s internal policy (Law 09-08) is not recorded.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="154"/>
        <source>Clôture impossible : le risque est élevé ; informez les personnes concernées ou consignez une exception de l&apos;article 34(3) du RGPD.</source>
        <translation>Cannot close: the risk is high; inform the data subjects or record a GDPR Article 34(3) exception.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="159"/>
        <source>Clôture impossible : le risque est élevé et la politique interne de l&apos;organisation prévoit d&apos;informer les personnes concernées ; informez-les ou consignez une exception.</source>
        <translation>Cannot close: the risk is high and the organisation&apos;s internal policy provides for informing the data subjects; inform them or record an exception.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="165"/>
        <source>Clôture impossible : l&apos;exception de l&apos;article 34(3)(c) du RGPD exige une communication publique, qui n&apos;est pas enregistrée.</source>
        <translation>Cannot close: the GDPR Article 34(3)(c) exception requires a public communication, which is not recorded.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="170"/>
        <source>Clôture impossible : l&apos;exception retenue (efforts disproportionnés) exige une communication publique, qui n&apos;est pas enregistrée.</source>
        <translation>Cannot close: the exception applied (disproportionate effort) requires a public communication, which is not recorded.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="190"/>
        <source>Une exception de l&apos;article 34(3) du RGPD ne se conçoit que pour un risque élevé.</source>
        <translation>A GDPR Article 34(3) exception only applies where the risk is high.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="194"/>
        <source>Une exception à l&apos;information des personnes concernées ne se conçoit que pour un risque élevé.</source>
        <translation>An exception to informing the data subjects only applies where the risk is high.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/notices.py" line="44"/>
        <source>Une notification complémentaire suit une notification initiale à la même autorité (RGPD art. 33(4)) : enregistrez d&apos;abord la notification initiale.</source>
        <translation>A supplementary notification follows an initial notification to the same authority (GDPR Art. 33(4)): record the initial notification first.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/notices.py" line="49"/>
        <source>Une notification initiale à cette autorité est déjà enregistrée : ajoutez une notification complémentaire (RGPD art. 33(4)).</source>
        <translation>An initial notification to this authority is already recorded: add a supplementary notification (GDPR Art. 33(4)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/notices.py" line="55"/>
        <source>Une notification complémentaire à la CNDP suit une notification initiale : enregistrez d&apos;abord la notification initiale.</source>
        <translation>A supplementary notification to the CNDP follows an initial notification: record the initial notification first.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/notices.py" line="60"/>
        <source>Une notification initiale à la CNDP est déjà enregistrée : ajoutez une notification complémentaire.</source>
        <translation>An initial notification to the CNDP is already recorded: add a supplementary notification.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/notices.py" line="65"/>
        <source>Indiquez à qui la communication s&apos;adresse (personnes concernées, public…).</source>
        <translation>State to whom the communication is addressed (data subjects, the public…).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/model.py" line="58"/>
        <source>La décision de ne pas notifier doit être motivée : elle est documentée dans le registre des violations (RGPD art. 33(5)).</source>
        <translation>A decision not to notify must be reasoned: it is documented in the breach register (GDPR Art. 33(5)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/model.py" line="63"/>
        <source>La décision de ne pas notifier doit être motivée : elle est documentée dans le registre des violations.</source>
        <translation>A decision not to notify must be reasoned: it is documented in the breach register.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/notices.py" line="68"/>
        <source>Une date de déclaration à la DGSSI ne s&apos;indique que si la loi 05-20 s&apos;applique.</source>
        <translation>A date of declaration to the DGSSI is only given when Law 05-20 applies.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="105"/>
        <source>Évaluez d&apos;abord le risque de la violation (gravité et vraisemblance).</source>
        <translation>Assess the breach&apos;s risk first (severity and likelihood).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="116"/>
        <source>Aucune communication aux personnes concernées n&apos;est enregistrée.</source>
        <translation>No communication to data subjects is recorded.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="119"/>
        <source>Clôture impossible : consignez d&apos;abord les mesures correctives prises (RGPD art. 33(5)).</source>
        <translation>Cannot close: first record the corrective measures taken (GDPR Art. 33(5)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="123"/>
        <source>Clôture impossible : consignez d&apos;abord les mesures correctives prises au registre des violations.</source>
        <translation>Cannot close: first record the corrective measures taken in the breach register.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="128"/>
        <source>Clôture impossible : la violation n&apos;a pas été notifiée et la décision de ne pas notifier n&apos;est pas motivée (RGPD art. 33(5)).</source>
        <translation>Cannot close: the breach was not notified and the decision not to notify is not reasoned (GDPR Art. 33(5)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="175"/>
        <source>Clôture impossible : la déclaration à la DGSSI (loi 05-20) est requise mais n&apos;est pas consignée.</source>
        <translation>Cannot close: the declaration to the DGSSI (Law 05-20) is required but not recorded.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="180"/>
        <source>Le risque retenu impose de notifier l&apos;autorité (RGPD art. 33(1)) : une décision de ne pas notifier suppose un risque peu probable.</source>
        <translation>The risk level requires notifying the authority (GDPR Art. 33(1)): a decision not to notify presupposes an unlikely risk.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="185"/>
        <source>Le risque retenu impose de notifier la CNDP selon la politique interne de l&apos;organisation : une décision de ne pas notifier suppose un risque peu probable.</source>
        <translation>The risk level requires notifying the CNDP under the organisation&apos;s internal policy: a decision not to notify presupposes an unlikely risk.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="199"/>
        <source>La violation {reference} est clôturée : elle ne peut plus être modifiée.</source>
        <translation>Breach {reference} is closed: it can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/references.py" line="29"/>
        <source>« {value} » n&apos;est pas une référence de violation (forme attendue : VIO-2026-0001).</source>
        <translation>“{value}” is not a breach reference (expected form: VIO-2026-0001).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="85"/>
        <source>Date invalide dans le calendrier : {value}.</source>
        <translation>Invalid date in the calendar: {value}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="86"/>
        <source>Aucun jour férié n&apos;est prévu le {value}.</source>
        <translation>No public holiday is set on {value}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="87"/>
        <source>Aucun jour ouvré dans l&apos;année qui suit le {value} : vérifiez le calendrier.</source>
        <translation>No working day in the year following {value}: check the calendar.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="90"/>
        <location filename="../../dpo_desk/services/letters.py" line="247"/>
        <source>Le nom dépasse {limit} caractères.</source>
        <translation>The name exceeds {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="91"/>
        <source>« {value} » n&apos;est pas un État membre de l&apos;Union européenne.</source>
        <translation>“{value}” is not a Member State of the European Union.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="94"/>
        <source>Fête lunaire inconnue : {value}.</source>
        <translation>Unknown lunar holiday: {value}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="95"/>
        <source>La date annoncée ({value}) est à plus de {limit} jours de la date estimée ({estimate}).</source>
        <translation>The announced date ({value}) is more than {limit} days from the estimated date ({estimate}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="173"/>
        <source>Le délai de politique interne doit être compris entre 1 et {limit} jours.</source>
        <translation>The internal policy deadline must be between 1 and {limit} days.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="176"/>
        <source>Le délai franc de rectification doit être compris entre 1 et {limit} jours.</source>
        <translation>The clear rectification period must be between 1 and {limit} days.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="180"/>
        <location filename="../../dpo_desk/domain/requests/model.py" line="42"/>
        <source>Indiquez au moins un droit exercé.</source>
        <translation>Select at least one right exercised.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="181"/>
        <source>Une suspension en cours ne peut être comptée qu&apos;avec la date du jour.</source>
        <translation>A suspension still in progress can only be counted with today&apos;s date.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="184"/>
        <source>La prorogation ({decided_on}) ne peut pas précéder la réception ({received}).</source>
        <translation>The extension ({decided_on}) cannot precede receipt ({received}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="638"/>
        <source>Prorogation tardive : elle devait être décidée et notifiée dans le premier mois, au plus tard le {cutoff} (RGPD art. 12(3)), et non le {decided_on}.</source>
        <translation>Late extension: it had to be decided and notified within the first month, by {cutoff} at the latest (GDPR Art. 12(3)), not on {decided_on}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="662"/>
        <source>La loi 09-08 ne prévoit pas de prorogation du délai par le responsable du traitement : la date de réponse reste inchangée.</source>
        <translation>Law 09-08 does not provide for an extension of the deadline by the controller: the response date remains unchanged.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/organisation.py" line="19"/>
        <source>Le nom de l&apos;organisation est obligatoire.</source>
        <translation>The organisation&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/organisation.py" line="20"/>
        <source>L&apos;adresse e-mail du DPO n&apos;a pas une forme valide.</source>
        <translation>The DPO&apos;s e-mail address is not valid.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/organisation.py" line="21"/>
        <source>Un champ dépasse {limit} caractères.</source>
        <translation>A field exceeds {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="402"/>
        <source>Ce champ est obligatoire.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="403"/>
        <source>Le nom du traitement est obligatoire.</source>
        <translation>The processing activity&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="404"/>
        <source>Le nom du sous-traitant est obligatoire.</source>
        <translation>The processor&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="405"/>
        <source>Indiquez au moins une finalité du traitement (RGPD art. 30(1)(b)).</source>
        <translation>Give at least one purpose of the processing (GDPR Art. 30(1)(b)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="408"/>
        <source>La finalité n° {index} n&apos;est pas décrite.</source>
        <translation>Purpose no. {index} is not described.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="409"/>
        <source>La finalité « {purpose} » repose sur l&apos;intérêt légitime : décrivez cet intérêt (RGPD art. 6(1)(f) et 13(1)(d)).</source>
        <translation>The purpose “{purpose}” relies on legitimate interest: describe that interest (GDPR Art. 6(1)(f) and 13(1)(d)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="620"/>
        <source>La date de dépôt est obligatoire.</source>
        <translation>The filing date is required.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="621"/>
        <source>Le numéro et la date du récépissé ou de l&apos;autorisation sont obligatoires.</source>
        <translation>The number and date of the receipt or authorisation are required.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="624"/>
        <source>La date de fin du traitement est obligatoire.</source>
        <translation>The end date of the processing is required.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="625"/>
        <source>La date du récépissé ({receipt}) précède la date de dépôt ({filed}).</source>
        <translation>The receipt date ({receipt}) is earlier than the filing date ({filed}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="628"/>
        <location filename="../../dpo_desk/domain/records.py" line="416"/>
        <source>La date ({value}) ne peut pas être dans le futur.</source>
        <translation>The date ({value}) cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="631"/>
        <source>La date ({value}) précède la loi 09-08 du 18 février 2009.</source>
        <translation>The date ({value}) is earlier than Law 09-08 of 18 February 2009.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="417"/>
        <source>La date ({value}) est antérieure à la loi 09-08 et à la CNDP (2009).</source>
        <translation>The date ({value}) is earlier than Law 09-08 and the CNDP (2009).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="420"/>
        <source>La date ({value}) ne peut pas précéder la signature du contrat ({signed}).</source>
        <translation>The date ({value}) cannot precede the signing of the contract ({signed}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="423"/>
        <source>Une durée de conservation doit être un nombre entier entre 1 et {limit}.</source>
        <translation>A retention period must be a whole number between 1 and {limit}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="426"/>
        <source>La durée de conservation porte sur une catégorie de données que le traitement ne collecte pas : {category}.</source>
        <translation>The retention period concerns a data category that the processing does not collect: {category}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="431"/>
        <source>Une date de récépissé CNDP suppose son numéro : indiquez le numéro.</source>
        <translation>A CNDP receipt date requires its number: enter the number.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="434"/>
        <source>Une date d&apos;analyse d&apos;impact suppose que l&apos;analyse a été réalisée.</source>
        <translation>A DPIA date requires the assessment to have been carried out.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/countries.py" line="57"/>
        <source>« {value} » n&apos;est pas un code pays ISO 3166 à deux lettres (ex. US, FR).</source>
        <translation>“{value}” is not a two-letter ISO 3166 country code (e.g. US, FR).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/countries.py" line="60"/>
        <source>Un transfert est un envoi hors du Maroc : choisissez un pays de destination.</source>
        <translation>A transfer is a transfer out of Morocco: choose a destination country.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="437"/>
        <source>Une date de signature suppose un contrat de sous-traitance signé.</source>
        <translation>A signing date requires a signed data processing agreement.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="440"/>
        <source>Rattachez le transfert à un traitement, à un sous-traitant, ou aux deux.</source>
        <translation>Link the transfer to a processing activity, a processor, or both.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="443"/>
        <source>Précisez la dérogation invoquée (RGPD art. 49 ; loi 09-08 art. 44).</source>
        <translation>Specify the derogation relied on (GDPR Art. 49; Law 09-08 art. 44).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="446"/>
        <source>Une dérogation ne s&apos;indique que pour le mécanisme « dérogation ».</source>
        <translation>A derogation is only given for the “derogation” mechanism.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="449"/>
        <source>Indiquez la référence de l&apos;autorisation de la CNDP ou de la demande F118.</source>
        <translation>Enter the reference of the CNDP authorisation or of the F118 application.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="453"/>
        <source>Indiquez à la fois si les données ont été restituées ou supprimées, et quand.</source>
        <translation>State both whether the data were returned or deleted, and when.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="456"/>
        <source>Le contrat de ce sous-traitant est déjà terminé.</source>
        <translation>This processor&apos;s contract has already ended.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="457"/>
        <source>Enregistrez d&apos;abord la fin du contrat de ce sous-traitant.</source>
        <translation>First record the end of this processor&apos;s contract.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="234"/>
        <source>Un refus doit être motivé : choisissez le motif du refus.</source>
        <translation>A refusal must be reasoned: choose the reason for refusal.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="237"/>
        <source>Un motif de refus ne s&apos;indique que lorsque la demande est refusée.</source>
        <translation>A reason for refusal is only given when the request is refused.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="240"/>
        <source>Motif de refus inconnu : {value}.</source>
        <translation>Unknown reason for refusal: {value}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/references.py" line="26"/>
        <source>« {value} » n&apos;est pas une référence de demande (forme attendue : DSR-2026-0001).</source>
        <translation>“{value}” is not a request reference (expected form: DSR-2026-0001).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="27"/>
        <source>La durée de conservation doit être un nombre entier d&apos;années entre 1 et {maximum}.</source>
        <translation>The retention period must be a whole number of years between 1 and {maximum}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="191"/>
        <source>Le délai de suppression des copies de pièce d&apos;identité doit être un nombre entier de jours entre 1 et {maximum}.</source>
        <translation>The deletion period for identity document copies must be a whole number of days between 1 and {maximum}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="196"/>
        <source>Justificatif d&apos;identité inconnu : {value}.</source>
        <translation>Unknown proof of identity: {value}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/model.py" line="41"/>
        <source>Le nom du demandeur est obligatoire.</source>
        <translation>The requester&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/model.py" line="44"/>
        <source>L&apos;adresse e-mail « {value} » n&apos;a pas une forme valide.</source>
        <translation>The e-mail address “{value}” is not valid.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/model.py" line="45"/>
        <source>La date de réception ({value}) ne peut pas être dans le futur.</source>
        <translation>The date of receipt ({value}) cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/model.py" line="48"/>
        <source>La date de réception ({value}) est antérieure à la loi 09-08 (2009).</source>
        <translation>The date of receipt ({value}) is earlier than Law 09-08 (2009).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/model.py" line="52"/>
        <source>La date ({value}) ne peut pas précéder la réception de la demande.</source>
        <translation>The date ({value}) cannot precede the receipt of the request.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/attachments.py" line="79"/>
        <source>La pièce jointe « {name} » est déjà jointe à cette violation.</source>
        <translation>The attachment “{name}” is already attached to this breach.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/attachments.py" line="92"/>
        <source>La pièce jointe n°{id} n&apos;existe pas.</source>
        <translation>Attachment no. {id} does not exist.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/breaches.py" line="55"/>
        <source>Aucune violation ne porte la référence {reference}.</source>
        <translation>No breach has the reference {reference}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/breaches.py" line="59"/>
        <source>La violation {reference} a été modifiée entre-temps ; rechargez-la avant d&apos;enregistrer.</source>
        <translation>Breach {reference} has been changed in the meantime; reload it before saving.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/breaches.py" line="70"/>
        <source>L&apos;évaluation retient une atteinte « {dimension} » que la nature de la violation ne mentionne pas : complétez d&apos;abord la nature.</source>
        <translation>The assessment includes a loss of “{dimension}” that the nature of the breach does not mention: complete the nature first.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/breaches.py" line="75"/>
        <source>Cet événement s&apos;enregistre avec son acte (notification, communication, clôture) : seuls « violation contenue » et les notes s&apos;ajoutent à la main.</source>
        <translation>This event is recorded with its action (notification, communication, closure): only “breach contained” and notes are added by hand.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/breaches.py" line="80"/>
        <source>Décrivez les mesures correctives prises.</source>
        <translation>Describe the corrective measures taken.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/breaches.py" line="83"/>
        <source>confidentialité</source>
        <translation>confidentiality</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/breaches.py" line="84"/>
        <source>intégrité</source>
        <translation>integrity</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/breaches.py" line="85"/>
        <source>disponibilité</source>
        <translation>availability</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="28"/>
        <source>Aucun dossier ne porte la référence {reference} : attendu une demande (DSR-…) ou une violation (VIO-…).</source>
        <translation>No case has the reference {reference}: expected a request (DSR-…) or a breach (VIO-…).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="106"/>
        <source>Le courrier n°{id} n&apos;existe pas (ou plus).</source>
        <translation>Letter no. {id} does not exist (or no longer exists).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="109"/>
        <source>Le courrier a été modifié entre-temps (autre fenêtre, autre poste) ; rechargez-le avant d&apos;enregistrer.</source>
        <translation>The letter has been changed in the meantime (another window or computer); reload it before saving.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="119"/>
        <source>Le courrier « {kind} » ne convient pas à {case} {reference} : choisissez {kinds}.</source>
        <translation>The “{kind}” letter does not suit {case} {reference}: choose {kinds}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="156"/>
        <source>« {kind} » indisponible : la demande {reference} relève de la seule loi 09-08, qui ne prévoit pas de prorogation du délai.</source>
        <translation>“{kind}” unavailable: the request {reference} falls under Law 09-08 alone, which does not provide for extending the deadline.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="161"/>
        <source>« {kind} » indisponible : la demande {reference} n&apos;a pas été prorogée. Enregistrez d&apos;abord la prorogation, avec sa date et ses motifs (article 12(3) du RGPD).</source>
        <translation>“{kind}” unavailable: the request {reference} has not been extended. First record the extension, with its date and reasons (GDPR Article 12(3)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="166"/>
        <source>« {kind} » indisponible : la demande {reference} ne porte pas sur : {rights}.</source>
        <translation>“{kind}” unavailable: the request {reference} does not concern: {rights}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="169"/>
        <source>« {kind} » indisponible : rien n&apos;est enregistré comme fait pour la demande {reference}. Enregistrez d&apos;abord la réponse (statut « Répondue », avec sa date) : le courrier en donne la date.</source>
        <translation>“{kind}” unavailable: nothing is recorded as done for the request {reference}. First record the response (status “Answered”, with its date): the letter gives that date.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="175"/>
        <source>« {kind} » indisponible : la demande {reference} a été refusée ; c&apos;est le refus motivé qui lui répond.</source>
        <translation>“{kind}” unavailable: the request {reference} has been refused; the reasoned refusal is its reply.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="180"/>
        <source>« {kind} » indisponible : la demande {reference} a été retirée par le demandeur.</source>
        <translation>“{kind}” unavailable: the request {reference} has been withdrawn by the requester.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="183"/>
        <source>« {kind} » indisponible : l&apos;identité du demandeur de la demande {reference} n&apos;est pas établie ; aucune donnée ne peut lui être communiquée.</source>
        <translation>“{kind}” unavailable: the identity of the requester of the request {reference} has not been established; no data can be disclosed to them.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="188"/>
        <source>« {kind} » indisponible : la demande {reference} n&apos;a pas été refusée. Enregistrez d&apos;abord le refus et son motif : le courrier le cite.</source>
        <translation>“{kind}” unavailable: the request {reference} has not been refused. First record the refusal and its reason: the letter cites it.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="193"/>
        <source>« {kind} » indisponible : le motif enregistré « {reason} » ne permet pas de refuser « {right} » au titre de « {regime} ».</source>
        <translation>“{kind}” unavailable: the recorded reason “{reason}” does not allow “{right}” to be refused under “{regime}”.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="198"/>
        <source>« {kind} » indisponible : « {right} » n&apos;est pas prévu par « {regime} » ; seul le motif « {reason} » fonde ce refus.</source>
        <translation>“{kind}” unavailable: “{right}” is not provided for by “{regime}”; this refusal can only rest on the reason “{reason}”.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="203"/>
        <source>Rubriques vides : {sections}. Rattachez la demande à ses traitements du registre, ou indiquez pourquoi elles sont sans objet (elles seront marquées « néant »).</source>
        <translation>Empty items: {sections}. Link the request to its processing activities in the register, or state why these items do not apply (they will be marked “none”).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="223"/>
        <source>la demande</source>
        <translation>request</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="224"/>
        <source>la violation</source>
        <translation>breach</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="228"/>
        <source>Langue de courrier inconnue : {value} (fr, ar ou en).</source>
        <translation>Unknown letter language: {value} (fr, ar or en).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="231"/>
        <source>Ce courrier a déjà été généré en PDF et joint au dossier : il ne se modifie plus. Rédigez un nouveau courrier.</source>
        <translation>This letter has already been generated as a PDF and attached to the case: it can no longer be changed. Draft a new letter.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="236"/>
        <source>Ce courrier est déjà marqué comme validé par {reviewer}.</source>
        <translation>This letter is already marked as approved by {reviewer}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="239"/>
        <source>Le courrier doit être relu et marqué comme validé avant la génération du PDF.</source>
        <translation>The letter must be reviewed and marked as approved before the PDF is generated.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="243"/>
        <source>Indiquez le nom de la personne qui a relu et validé le courrier.</source>
        <translation>Enter the name of the person who reviewed and approved the letter.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="246"/>
        <source>Indiquez l&apos;auteur du brouillon.</source>
        <translation>Enter the author of the draft.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="248"/>
        <source>Le courrier dépasse {limit} caractères.</source>
        <translation>The letter exceeds {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="249"/>
        <source>Renseignez d&apos;abord l&apos;organisation et son délégué dans Paramètres.</source>
        <translation>First fill in the organisation and its DPO in Settings.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letter_addressees.py" line="91"/>
        <source>Autorité destinataire inconnue : « {value} ». La violation {reference} est à notifier à : {choices} (ou « other:NOM » pour une autre autorité de contrôle de l&apos;UE).</source>
        <translation>Unknown addressee authority: “{value}”. Breach {reference} must be notified to: {choices} (or “other:NAME” for another EU supervisory authority).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letter_addressees.py" line="96"/>
        <source>La violation {reference} n&apos;est pas à notifier à {authority} : ni la loi ni la politique interne ne l&apos;y obligent. Autorités destinataires : {choices}.</source>
        <translation>Breach {reference} need not be notified to {authority}: neither the law nor the internal policy requires it. Addressee authorities: {choices}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letter_addressees.py" line="101"/>
        <source>La violation {reference} est à notifier à plusieurs autorités, chacune par son propre courrier : choisissez le destinataire ({choices}).</source>
        <translation>Breach {reference} must be notified to several authorities, each by its own letter: choose the addressee ({choices}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/maintenance.py" line="42"/>
        <source>Le nombre de sauvegardes automatiques à garder doit être compris entre 0 et {maximum}.</source>
        <translation>The number of automatic backups to keep must be between 0 and {maximum}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/maintenance.py" line="46"/>
        <source>La nouvelle phrase secrète doit être différente de l&apos;actuelle.</source>
        <translation>The new passphrase must be different from the current one.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/maintenance.py" line="49"/>
        <source>La phrase secrète actuelle est incorrecte.</source>
        <translation>The current passphrase is incorrect.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/maintenance.py" line="54"/>
        <source>Le dossier {reference} n&apos;est plus à purger (il a changé depuis la revue) ; relancez la revue.</source>
        <translation>Case {reference} is no longer due for purging (it has changed since the review); run the review again.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/register_file.py" line="329"/>
        <source>Le verrouillage automatique se règle entre 0 (désactivé) et {limit} minutes.</source>
        <extracomment>what the journal names when the organisation changes (names only, never values)</extracomment>
        <translation>Automatic lock is set between 0 (disabled) and {limit} minutes.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/records.py" line="76"/>
        <source>Aucun traitement « {key} » dans le registre.</source>
        <translation>No processing activity “{key}” in the register.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/records.py" line="80"/>
        <source>Aucun sous-traitant « {key} » dans le registre.</source>
        <translation>No processor “{key}” in the register.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/records.py" line="84"/>
        <source>Aucun transfert n° {key} dans le registre.</source>
        <translation>No transfer no. {key} in the register.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="24"/>
        <source>Aucun dossier n° {key} à rattacher.</source>
        <translation>No case no. {key} to link.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/records.py" line="94"/>
        <source>« {name} » a été modifié entre-temps ; rechargez-le avant d&apos;enregistrer.</source>
        <translation>“{name}” has been changed in the meantime; reload it before saving.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/records.py" line="98"/>
        <source>Un traitement nommé « {name} » existe déjà dans le registre.</source>
        <translation>A processing activity named “{name}” already exists in the register.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/records.py" line="101"/>
        <source>Un sous-traitant nommé « {name} » existe déjà dans le registre.</source>
        <translation>A processor named “{name}” already exists in the register.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/records.py" line="104"/>
        <source>La périodicité de revue doit être comprise entre 1 et 60 mois.</source>
        <translation>The review interval must be between 1 and 60 months.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/requests.py" line="61"/>
        <source>Aucune demande ne porte la référence {reference}.</source>
        <translation>No request has the reference {reference}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/requests.py" line="65"/>
        <source>La demande {reference} a été modifiée entre-temps ; rechargez-la avant d&apos;enregistrer.</source>
        <translation>Request {reference} has been changed in the meantime; reload it before saving.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/attachments.py" line="72"/>
        <source>La pièce jointe « {name} » dépasse la limite de {limit} Mo ({size} Mo).</source>
        <translation>The attachment “{name}” exceeds the {limit} MB limit ({size} MB).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/attachments.py" line="75"/>
        <source>La pièce jointe « {name} » est vide.</source>
        <translation>The attachment “{name}” is empty.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/attachments.py" line="76"/>
        <source>La pièce jointe « {name} » est déjà jointe à cette demande.</source>
        <translation>The attachment “{name}” is already attached to this request.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/requests.py" line="519"/>
        <source>Une prorogation doit être motivée (RGPD art. 12(3)) : indiquez la raison.</source>
        <translation>An extension must be reasoned (GDPR Art. 12(3)): give the reason.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="16"/>
        <source>Le registre n&apos;a pas pu être ouvert.</source>
        <translation>The register could not be opened.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="26"/>
        <source>Phrase secrète incorrecte pour {name} (ou ce fichier n&apos;est pas un registre DPO Desk).</source>
        <translation>Wrong passphrase for {name} (or this file is not a DPO Desk register).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="34"/>
        <source>{name} n&apos;est pas un registre DPO Desk : {reason}.</source>
        <translation>{name} is not a DPO Desk register: {reason}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="44"/>
        <source>{name} a été enregistré par une version plus récente de DPO Desk (schéma {revision}). Mettez l&apos;application à jour.</source>
        <translation>{name} was saved by a newer version of DPO Desk (schema {revision}). Please update the application.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="53"/>
        <source>Le fichier {name} n&apos;existe pas.</source>
        <translation>The file {name} does not exist.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="58"/>
        <source>Le fichier {name} existe déjà ; choisissez un autre nom pour le nouveau registre.</source>
        <translation>The file {name} already exists; choose another name for the new register.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="66"/>
        <source>Erreur d&apos;accès au disque pour {name} : {reason}. Aucune donnée n&apos;a été modifiée.</source>
        <translation>Disk access error for {name}: {reason}. No data was changed.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="76"/>
        <source>Espace disque insuffisant pour écrire {name} : l&apos;opération a été annulée et rien n&apos;a été enregistré. Libérez de la place, puis réessayez.</source>
        <translation>Not enough disk space to write {name}: the operation was cancelled and nothing was saved. Free some space, then try again.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="88"/>
        <source>Impossible d&apos;écrire {name} : le fichier ou son dossier est en lecture seule (droits d&apos;écriture ou support protégé). Rien n&apos;a été enregistré.</source>
        <translation>Cannot write {name}: the file or its folder is read-only (write permissions or a protected medium). Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="99"/>
        <source>Le nom de fichier {name} est trop long pour le système de fichiers (255 octets au plus par nom) : choisissez un nom ou un dossier plus court.</source>
        <translation>The file name {name} is too long for the file system (255 bytes at most per name): choose a shorter name or folder.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="127"/>
        <source>Espace disque insuffisant : la phrase secrète de {name} n&apos;a pas été changée. Rien n&apos;a été modifié et l&apos;ancienne phrase secrète ouvre toujours le registre. Le changement écrit une copie complète du registre dans son dossier avant de remplacer l&apos;ancien fichier : libérez au moins {size} Mo, puis réessayez.</source>
        <translation>Not enough disk space: the passphrase for {name} has not been changed. Nothing was modified and the old passphrase still opens the register. The change writes a full copy of the register in its folder before replacing the old file: free at least {size} MB, then try again.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="139"/>
        <source>La phrase secrète de {name} n&apos;a pas été changée : {reason}. Rien n&apos;a été modifié et l&apos;ancienne phrase secrète ouvre toujours le registre.</source>
        <translation>The passphrase for {name} has not been changed: {reason}. Nothing was modified and the old passphrase still opens the register.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="147"/>
        <source>le dossier du registre n&apos;accepte pas de nouveau fichier (droits d&apos;écriture ou support en lecture seule ?)</source>
        <translation>the register&apos;s folder does not accept a new file (no write permission or read-only medium?)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="152"/>
        <source>la copie rechiffrée n&apos;a pas passé la vérification (contenu ou journal différent)</source>
        <translation>the re-encrypted copy failed verification (content or journal differs)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="158"/>
        <source>La phrase secrète doit compter au moins {minimum} caractères.</source>
        <translation>The passphrase must be at least {minimum} characters long.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="165"/>
        <source>Le contrôle d&apos;intégrité de {name} a échoué : {reason}.</source>
        <translation>The integrity check of {name} failed: {reason}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="170"/>
        <source>le fichier est vide</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="171"/>
        <source>c&apos;est une base SQLite non chiffrée</source>
        <translation>it is an unencrypted SQLite database</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="172"/>
        <source>sa taille ne correspond à aucune base chiffrée</source>
        <translation>its size matches no encrypted database</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="173"/>
        <source>c&apos;est une base chiffrée d&apos;une autre application</source>
        <translation>it is another application&apos;s encrypted database</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="174"/>
        <source>c&apos;est un dossier</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="175"/>
        <source>c&apos;est un tube nommé (FIFO), pas un fichier</source>
        <translation>it is a named pipe (FIFO), not a file</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="176"/>
        <source>c&apos;est un périphérique, pas un fichier</source>
        <translation>it is a device, not a file</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="177"/>
        <source>ce n&apos;est pas un fichier ordinaire</source>
        <translation>it is not a regular file</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="185"/>
        <source>Le registre {name} est occupé par un autre programme. L&apos;opération n&apos;a pas été enregistrée ; réessayez dans un instant.</source>
        <translation>The register {name} is busy in another program. The operation was not saved; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="197"/>
        <source>Le registre {name} est endommagé ou a été modifié en dehors de DPO Desk ; aucune donnée douteuse n&apos;a été lue. Restaurez une sauvegarde (dpo-desk restore).</source>
        <translation>The register {name} is damaged or was modified outside DPO Desk; no suspect data was read. Restore a backup (dpo-desk restore).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="209"/>
        <source>Le registre {name} est endommagé ou a été modifié en dehors de DPO Desk (contrôle d&apos;authenticité en échec, page {pages}) ; aucune donnée douteuse n&apos;a été lue. Restaurez une sauvegarde (dpo-desk restore).</source>
        <translation>The register {name} is damaged or was modified outside DPO Desk (authenticity check failed, page {pages}); no doubtful data was read. Restore a backup (dpo-desk restore).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/session.py" line="36"/>
        <source>Le registre {name} est déjà ouvert par DPO Desk (processus {pid} sur {host}). Fermez-le là-bas, puis réessayez.</source>
        <translation>The register {name} is already open in DPO Desk (process {pid} on {host}). Close it there, then try again.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/session.py" line="45"/>
        <source>Impossible de réserver {name} : le dossier {folder} n&apos;accepte pas le fichier de verrou (droits d&apos;écriture ?).</source>
        <translation>Cannot reserve {name}: the folder {folder} does not accept the lock file (write permissions?).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="98"/>
        <source>Export annulé : aucun fichier n&apos;a été écrit.</source>
        <translation>Export cancelled: no file was written.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="109"/>
        <source>Le fichier {name} existe déjà : choisissez un autre nom ou remplacez-le.</source>
        <translation>The file {name} already exists: choose another name or replace it.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="115"/>
        <source>Registre à exporter inconnu : {which}.</source>
        <translation>Unknown register to export: {which}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="116"/>
        <source>{name} est un dossier : indiquez un nom de fichier .xlsx.</source>
        <translation>{name} is a folder: give an .xlsx file name.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="119"/>
        <source>Le dossier {folder} n&apos;existe pas : l&apos;export n&apos;a pas été écrit.</source>
        <translation>The folder {folder} does not exist: the export was not written.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="122"/>
        <source>Espace disque insuffisant pour écrire {name} : libérez de la place ou choisissez un autre emplacement. Aucun fichier n&apos;a été laissé.</source>
        <translation>Not enough disk space to write {name}: free some space or choose another location. No file was left behind.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="127"/>
        <source>Écriture refusée dans {folder} (droits insuffisants ou support en lecture seule) : choisissez un autre emplacement. Aucun fichier n&apos;a été laissé.</source>
        <translation>Writing refused in {folder} (insufficient permissions or read-only medium): choose another location. No file was left behind.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="132"/>
        <source>Impossible d&apos;écrire {name} : {reason}. Aucun fichier n&apos;a été laissé.</source>
        <translation>Cannot write {name}: {reason}. No file was left behind.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="52"/>
        <source>Ce fichier n&apos;est pas un classeur Excel (.xlsx).</source>
        <translation>This file is not an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="53"/>
        <source>Ce classeur est protégé par un mot de passe (ou est un ancien fichier .xls) : enregistrez-en une copie .xlsx sans mot de passe.</source>
        <translation>This workbook is password-protected (or is an old .xls file): save a copy as .xlsx without a password.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="58"/>
        <source>Ce classeur est trop volumineux une fois décompressé (plus de {limit} Mo) : il ne peut pas être importé.</source>
        <translation>This workbook is too large once decompressed (more than {limit} MB): it cannot be imported.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="63"/>
        <source>Ce classeur contient trop de textes distincts (plus de {limit} Mo ou {count} textes) : il ne peut pas être importé. Copiez seulement les lignes utiles dans un nouveau classeur.</source>
        <translation>This workbook holds too many distinct texts (more than {limit} MB or {count} texts): it cannot be imported. Copy only the rows you need into a new workbook.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="68"/>
        <source>Ce classeur contient des déclarations XML interdites (DTD ou entités), signe d&apos;un fichier piégé : il ne peut pas être importé.</source>
        <translation>This workbook contains forbidden XML declarations (DTD or entities), the sign of a booby-trapped file: it cannot be imported.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="73"/>
        <source>Ce classeur Excel est endommagé ou illisible : ouvrez-le et réenregistrez-le.</source>
        <translation>This Excel workbook is damaged or unreadable: open it and save it again.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="76"/>
        <source>La feuille « {sheet} » compte plus de {limit} lignes : découpez le fichier.</source>
        <translation>The sheet “{sheet}” has more than {limit} rows: split the file.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="79"/>
        <source>La feuille « {sheet} » compte plus de {limit} colonnes.</source>
        <translation>The sheet “{sheet}” has more than {limit} columns.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="82"/>
        <source>Le classeur ne contient aucune ligne de données.</source>
        <translation>The workbook contains no data rows.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="83"/>
        <source>Impossible de lire le fichier : {reason}.</source>
        <translation>Cannot read the file: {reason}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="62"/>
        <source>Registre inconnu pour l&apos;import : {target} (traitements, sous-traitants ou demandes).</source>
        <translation>Unknown register for the import: {target} (processing activities, processors or requests).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="66"/>
        <source>Lignes invalides : {count}. Rien n&apos;a été importé. Corrigez le fichier ou choisissez d&apos;ignorer les lignes invalides.</source>
        <translation>Invalid rows: {count}. Nothing was imported. Correct the file or choose to skip the invalid rows.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="72"/>
        <source>Aucune colonne n&apos;est associée au champ obligatoire « {name} ».</source>
        <translation>No column is mapped to the required field “{name}”.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="75"/>
        <source>Le champ « {name} » est associé à plusieurs colonnes.</source>
        <translation>The field “{name}” is mapped to several columns.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="107"/>
        <source>Le classeur n&apos;a de données que dans des feuilles masquées ({sheets}) : lisez aussi les feuilles masquées pour l&apos;importer.</source>
        <translation>The workbook has data only in hidden sheets ({sheets}): read the hidden sheets too to import it.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="112"/>
        <source>Colonnes non reconnues, dont les valeurs seraient perdues : {columns}. Associez-les à un champ, envoyez-les aux notes (--unmapped notes) ou ignorez-les (--unmapped ignore).</source>
        <translation>Unrecognised columns, whose values would be lost: {columns}. Map them to a field, send them to the notes (--unmapped notes) or ignore them (--unmapped ignore).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="923"/>
        <source>La date ({value}) précède la réception de la demande ({received}).</source>
        <translation>The date ({value}) precedes the receipt of the request ({received}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/workers.py" line="30"/>
        <source>L&apos;opération a échoué de façon inattendue ({kind}). Rien n&apos;a été perdu.</source>
        <translation>The operation failed unexpectedly ({kind}). Nothing was lost.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/refusals.py" line="119"/>
        <source>Le motif « {reason} » ne permet pas de refuser « {right} » au titre de « {regime} » : choisissez un motif que ce texte prévoit pour ce droit.</source>
        <translation>The reason “{reason}” does not allow “{right}” to be refused under “{regime}”: choose a reason that this law provides for this right.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/refusals.py" line="124"/>
        <source>« {right} » n&apos;est pas prévu par « {regime} » : le refus ne peut reposer que sur le motif « {expected} ».</source>
        <translation>“{right}” is not provided for by “{regime}”: the refusal can only rest on the reason “{expected}”.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/authorities.py" line="38"/>
        <source>L&apos;adresse de {authority} ({language}) dépasse {limit} caractères ou {lines} lignes.</source>
        <translation>The address of {authority} ({language}) exceeds {limit} characters or {lines} lines.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/authorities.py" line="42"/>
        <source>Autorité inconnue : {value} (cndp ou cnil).</source>
        <translation>Unknown authority: {value} (cndp or cnil).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/attachments.py" line="82"/>
        <source>La pièce jointe n° {id} n&apos;existe plus dans la demande {reference}.</source>
        <translation>Attachment no. {id} no longer exists in request {reference}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/attachments.py" line="96"/>
        <source>« {name} » est un courrier émis pour la demande {reference} : c&apos;est la trace de ce qui a été envoyé, il ne peut pas être supprimé.</source>
        <translation>“{name}” is a letter issued for request {reference}: it is the record of what was sent and cannot be deleted.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letter_rules.py" line="30"/>
        <source>Règle des quatre yeux : {author} a rédigé ce courrier ; une autre personne doit le relire et le valider.</source>
        <translation>Four-eyes rule: {author} drafted this letter; another person must review and validate it.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/private_files.py" line="23"/>
        <source>Le fichier « {path} » existe déjà ; il n&apos;est pas remplacé.</source>
        <translation>The file “{path}” already exists; it is not replaced.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/private_files.py" line="26"/>
        <source>Impossible d&apos;enregistrer « {path} » : {reason}. Aucun fichier n&apos;a été modifié ; choisissez un autre emplacement.</source>
        <translation>Cannot save “{path}”: {reason}. No file was changed; choose another location.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/tamper.py" line="17"/>
        <source>journal d&apos;audit : chaîne rompue à l&apos;entrée {entry}</source>
        <translation>audit journal: chain broken at entry {entry}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/tamper.py" line="18"/>
        <source>structure : {type} « {name} » inconnu de l&apos;application (ajouté hors de l&apos;app)</source>
        <translation>structure: {type} “{name}” unknown to the application (added outside the app)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/tamper.py" line="21"/>
        <source>structure : {type} « {name} » manquant</source>
        <translation>structure: {type} “{name}” missing</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/tamper.py" line="22"/>
        <source>structure : {type} « {name} » modifié</source>
        <translation>structure: {type} “{name}” modified</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/tamper.py" line="23"/>
        <source>{reference} : {field} vaut {stored} dans le registre, {journaled} selon le journal</source>
        <translation>{reference}: {field} is {stored} in the register, {journaled} according to the journal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/tamper.py" line="26"/>
        <source>{reference} : présent dans le registre sans entrée de création au journal</source>
        <translation>{reference}: present in the register with no creation entry in the journal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/tamper.py" line="29"/>
        <source>{reference} : absent du registre sans entrée de purge au journal</source>
        <translation>{reference}: missing from the register with no purge entry in the journal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/tamper.py" line="32"/>
        <source>{missing} entrées du journal vues par cet ordinateur manquent</source>
        <translation>{missing} journal entries seen by this computer are missing</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/tamper.py" line="35"/>
        <source>le journal ne contient plus l&apos;entrée n° {count} vue par cet ordinateur : il a été réécrit ou remplacé par une copie plus ancienne</source>
        <translation>the journal no longer holds entry no. {count} seen by this computer: it has been rewritten or replaced by an older copy</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/tamper.py" line="40"/>
        <source>l&apos;empreinte {head} n&apos;est pas dans le journal : il a été réécrit depuis, ou elle vient d&apos;un autre registre</source>
        <translation>the fingerprint {head} is not in the journal: it has been rewritten since, or it comes from another register</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/tamper.py" line="45"/>
        <source>et {count} autre(s) constat(s)</source>
        <translation>and {count} more finding(s)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/errors.py" line="101"/>
        <source>Élément introuvable.</source>
        <extracomment>names of values that are themselves message ids, translated with the template names of values that are message ids of another context (&quot;Right&quot;, &quot;Regime&quot;…), by name: {value name: context}. A tuple of them is translated item by item and joined.</extracomment>
        <translation>Item not found.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/errors.py" line="109"/>
        <source>Cet élément a été modifié entre-temps : rechargez-le avant d&apos;enregistrer.</source>
        <translation>This item was changed in the meantime: reload it before saving.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/errors.py" line="118"/>
        <source>Cette étape n&apos;est pas possible dans l&apos;état actuel.</source>
        <translation>This step is not possible in the current state.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/errors.py" line="128"/>
        <source>date invalide « {value} » : l&apos;année doit être comprise entre 1 et 9999</source>
        <translation>invalid date “{value}”: the year must be between 1 and 9999</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/errors.py" line="134"/>
        <source>Une date calculée tomberait après le 31 décembre 9999, la dernière date que DPO Desk sait compter : vérifiez les dates saisies.</source>
        <translation>A computed date would fall after 31 December 9999, the last date DPO Desk can count: check the dates entered.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/errors.py" line="179"/>
        <source>L&apos;argument {argument} n&apos;est pas du texte UTF-8 valide : vérifiez l&apos;encodage du terminal (locale) ou le nom du fichier.</source>
        <translation>The argument {argument} is not valid UTF-8 text: check the terminal&apos;s encoding (locale) or the file name.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/errors.py" line="188"/>
        <source>La variable d&apos;environnement {variable} n&apos;est pas du texte UTF-8 valide : définissez-la en UTF-8.</source>
        <translation>The environment variable {variable} is not valid UTF-8 text: set it in UTF-8.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/errors.py" line="197"/>
        <source>Le fichier {name} n&apos;est pas du texte UTF-8 valide : enregistrez-le en UTF-8.</source>
        <translation>The file {name} is not valid UTF-8 text: save it in UTF-8.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="150"/>
        <source>Cette phrase secrète est trop facile à deviner (robustesse {score} sur 4, {minimum} au moins exigé) : {reason}</source>
        <translation>This passphrase is too easy to guess (strength {score} out of 4, at least {minimum} required): {reason}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/report_pdf.py" line="46"/>
        <source>Le champ « {label} » contient un caractère que les documents PDF ne savent pas imprimer : « {char} » ({code}).</source>
        <translation>The field “{label}” contains a character that PDF documents cannot print: “{char}” ({code}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/dossier.py" line="25"/>
        <source>Format de dossier inconnu « {value} » : choisissez pdf ou xlsx.</source>
        <translation>Unknown file format “{value}”: choose pdf or xlsx.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/filings.py" line="49"/>
        <source>Le suivi de cette formalité a été modifié entre-temps ; rouvrez la fiche du traitement.</source>
        <translation>The tracking of this formality was changed in the meantime; reopen the processing activity&apos;s record.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/notice.py" line="52"/>
        <source>Le registre ne nomme pas encore l&apos;organisation : renseignez-la dans Paramètres avant de produire la notice d&apos;information.</source>
        <translation>The register does not yet name the organisation: enter it in Settings before producing the information notice.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/notice.py" line="57"/>
        <source>Format de notice inconnu : {value} (html ou pdf).</source>
        <translation>Unknown notice format: {value} (html or pdf).</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="148"/>
        <source>Découverte</source>
        <translation>Discovery</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="149"/>
        <source>Prise de connaissance</source>
        <translation>Became aware</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="150"/>
        <source>Violation contenue</source>
        <translation>Breach contained</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="151"/>
        <source>Notification à l&apos;autorité</source>
        <translation>Notification to the authority</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="152"/>
        <source>Communication aux personnes</source>
        <translation>Communication to the persons concerned</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="153"/>
        <source>Clôture</source>
        <translation>Closure</translation>
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
        <translation>Excel export saved: {name}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/actions.py" line="105"/>
        <source>Exporter…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/actions.py" line="108"/>
        <source>Enregistrer ce registre dans un classeur Excel (non chiffré)</source>
        <translation>Save this register to an Excel workbook (not encrypted)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/actions.py" line="119"/>
        <source>Importer…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/actions.py" line="122"/>
        <source>Ajouter des entrées depuis un classeur Excel</source>
        <translation>Add entries from an Excel workbook</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="47"/>
        <source>le registre des demandes</source>
        <translation>the requests register</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="48"/>
        <source>le registre des violations</source>
        <translation>the breach register</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="49"/>
        <source>le registre des traitements</source>
        <translation>the register of processing activities</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="50"/>
        <source>les sous-traitants et les transferts</source>
        <translation>the processors and transfers</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="53"/>
        <source>les transferts</source>
        <translation>the transfers</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="54"/>
        <source>tous les registres</source>
        <translation>all registers</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="55"/>
        <source>le journal d&apos;audit</source>
        <translation>the audit journal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="62"/>
        <source>demandes</source>
        <translation>requests</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="63"/>
        <source>violations</source>
        <translation>breaches</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="64"/>
        <source>traitements</source>
        <translation>processing-activities</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="65"/>
        <source>sous-traitants</source>
        <translation>processors</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="66"/>
        <source>transferts</source>
        <translation>transfers</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="67"/>
        <source>registres</source>
        <translation>registers</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="68"/>
        <source>journal</source>
        <translation>journal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="112"/>
        <source>Exporter vers Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="114"/>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="181"/>
        <source>L&apos;export a échoué ({error}) ; aucun fichier n&apos;a été laissé.</source>
        <translation>The export failed ({error}); no file was left behind.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="205"/>
        <source>Export Excel</source>
        <translation>Excel export</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="223"/>
        <source>Préparation…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="228"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="229"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="259"/>
        <source>Annulation…</source>
        <translation>Cancelling…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="282"/>
        <source>{done} sur %n ligne(s)</source>
        <translation>
            <numerusform>{done} of %n row</numerusform>
            <numerusform>{done} of %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="297"/>
        <source>%n ligne(s) exportée(s) en {seconds} s.</source>
        <translation>
            <numerusform>%n row exported in {seconds} s.</numerusform>
            <numerusform>%n rows exported in {seconds} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="304"/>
        <source>%n cellule(s) trop longue(s) pour Excel tronquée(s) (voir la page de garde).</source>
        <translation>
            <numerusform>%n cell too long for Excel was truncated (see the cover sheet).</numerusform>
            <numerusform>%n cells too long for Excel were truncated (see the cover sheet).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="301"/>
        <source>Classeur enregistré : {path}</source>
        <translation>Workbook saved: {path}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="214"/>
        <source>Exporter {what}</source>
        <translation>Export {what}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="326"/>
        <source>Export annulé : aucun fichier n&apos;a été écrit.</source>
        <translation>Export cancelled: no file was written.</translation>
    </message>
</context>
<context>
    <name>Exposure</name>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="159"/>
        <source>Aucune atteinte</source>
        <translation>No impact</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="160"/>
        <source>Atteinte limitée</source>
        <translation>Limited impact</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="161"/>
        <source>Atteinte grave</source>
        <translation>Serious impact</translation>
    </message>
</context>
<context>
    <name>FilingChannel</name>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="591"/>
        <source>Portail en ligne de la CNDP</source>
        <translation>CNDP online portal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="592"/>
        <source>Dépôt papier au siège de la CNDP</source>
        <translation>Paper filing at the CNDP&apos;s head office</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="593"/>
        <source>Courrier électronique</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>FilingStatus</name>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="574"/>
        <source>À déposer</source>
        <translation>To be filed</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="575"/>
        <source>Déposé</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="576"/>
        <source>Récépissé ou autorisation obtenu</source>
        <translation>Receipt or authorisation obtained</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="577"/>
        <source>Modification à déclarer</source>
        <translation>Change to declare</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="578"/>
        <source>Fin du traitement déclarée</source>
        <translation>End of processing declared</translation>
    </message>
</context>
<context>
    <name>Filings</name>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="103"/>
        <source>nom du traitement</source>
        <extracomment>the languages a dossier is printed in: French (the CNDP&apos;s), Arabic on request</extracomment>
        <translation>name of the processing activity</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="104"/>
        <source>finalités</source>
        <translation>purposes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="105"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="106"/>
        <source>logiciel</source>
        <translation>software</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="107"/>
        <source>responsable conjoint</source>
        <translation>joint controller</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="108"/>
        <source>personnes concernées</source>
        <translation>data subjects</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="109"/>
        <source>catégories de données</source>
        <translation>categories of data</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="110"/>
        <source>origine des données</source>
        <translation>source of the data</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="111"/>
        <source>destinataires</source>
        <translation>recipients</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="112"/>
        <source>durées de conservation</source>
        <translation>retention periods</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="113"/>
        <source>mesures de sécurité</source>
        <translation>security measures</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="114"/>
        <source>précisions sur la sécurité</source>
        <translation>security details</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="115"/>
        <source>service d&apos;exercice des droits</source>
        <translation>department handling rights requests</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="116"/>
        <source>interconnexions</source>
        <translation>interconnections</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="117"/>
        <source>finalité de la collecte</source>
        <translation>purpose of collection</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="118"/>
        <source>sous-traitants</source>
        <translation>processors</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="119"/>
        <source>transferts à l&apos;étranger</source>
        <translation>transfers abroad</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="129"/>
        <source>Récépissé {number}</source>
        <translation>Receipt {number}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="131"/>
        <source>Autorisation {number}</source>
        <translation>Authorisation {number}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="135"/>
        <source>du {date}</source>
        <translation>of {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="140"/>
        <source>Déposé le {date}</source>
        <translation>Filed on {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="148"/>
        <source>Fin déclarée le {date}</source>
        <translation>End declared on {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="186"/>
        <source>{formality} ({form})</source>
        <translation>{formality} ({form})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="195"/>
        <source>Mettre à jour…</source>
        <translation>Update…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="197"/>
        <source>Enregistrer le dépôt, le récépissé ou la fin de cette formalité</source>
        <translation>Record the filing, the receipt or the end of this formality</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="212"/>
        <source>Modifications à déclarer (loi 09-08 art. 15) : {items}</source>
        <translation>Changes to declare (Law 09-08 art. 15): {items}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="251"/>
        <source>Formalités CNDP</source>
        <extracomment>a formality&apos;s new state was recorded (the Filing): the page reads the activity again a file was saved (its path, as text), for the window&apos;s status bar</extracomment>
        <translation>CNDP formalities</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="255"/>
        <source>Ce que la CNDP doit recevoir pour ce traitement, et où en est chaque formalité (loi 09-08 art. 12, 15 et 43-44).</source>
        <translation>What the CNDP must receive for this processing activity, and the status of each formality (Law 09-08 art. 12, 15 and 43-44).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="275"/>
        <source>Informations manquantes au dossier</source>
        <translation>Information missing from the file</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="290"/>
        <source>Langue du dossier</source>
        <translation>File language</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="292"/>
        <source>Le français, langue de la CNDP, par défaut ; l&apos;arabe au besoin</source>
        <translation>French, the CNDP&apos;s language, by default; Arabic if needed</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="300"/>
        <source>Exporter les champs (Excel)…</source>
        <translation>Export the fields (Excel)…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="304"/>
        <source>Préparer le dossier (PDF)…</source>
        <translation>Prepare the file (PDF)…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="351"/>
        <source>{formality} : {status}</source>
        <translation>{formality}: {status}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="358"/>
        <source>Formalités suivies qui ne sont plus requises : </source>
        <translation>Tracked formalities that are no longer required: </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="368"/>
        <source>Aucune : le dossier est complet.</source>
        <translation>None: the file is complete.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="443"/>
        <source>Dossier CNDP - {name}</source>
        <translation>CNDP file - {name}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="447"/>
        <source>Enregistrer le dossier</source>
        <translation>Save the file</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="448"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="450"/>
        <source>Enregistrer les champs du dossier</source>
        <translation>Save the file&apos;s fields</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="451"/>
        <source>Classeurs Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="459"/>
        <source>Enregistré : {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="487"/>
        <source>« {name} », formulaire {form}. Le numéro du récépissé de la déclaration ou de l&apos;autorisation figure là où les données sont collectées (loi 09-08 art. 5).</source>
        <translation>“{name}”, form {form}. The number of the declaration receipt or of the authorisation is shown wherever the data is collected (Law 09-08 art. 5).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="493"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="504"/>
        <source>Déposé</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="512"/>
        <source>ex. D-443/2022, A-PO-268/2024</source>
        <translation>e.g. D-443/2022, A-PO-268/2024</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="515"/>
        <source>Reçu</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="518"/>
        <source>Terminé</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="521"/>
        <source>Notes du DPO</source>
        <translation>DPO&apos;s notes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="526"/>
        <source>Statut *</source>
        <translation>Status *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="527"/>
        <source>Date de dépôt</source>
        <translation>Filing date</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="528"/>
        <source>Voie de dépôt</source>
        <translation>Filing channel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="531"/>
        <source>N° de récépissé ou d&apos;autorisation</source>
        <translation>Receipt or authorisation no.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="533"/>
        <source>Date du récépissé</source>
        <translation>Receipt date</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="534"/>
        <source>Fin du traitement</source>
        <translation>End of processing</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="535"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="133"/>
        <source>Tout traitement de données à caractère personnel est déclaré à la CNDP avant sa mise en œuvre, sauf s&apos;il relève de l&apos;autorisation préalable</source>
        <translation>All processing of personal data is declared to the CNDP before it is carried out, unless it requires prior authorisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="138"/>
        <source>Le traitement porte sur des données sensibles : {categories}</source>
        <translation>The processing involves sensitive data: {categories}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="141"/>
        <source>Le traitement porte sur des données génétiques</source>
        <translation>The processing involves genetic data</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="142"/>
        <source>Le traitement porte sur des infractions, condamnations ou mesures de sûreté</source>
        <translation>The processing involves offences, convictions or security measures</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="145"/>
        <source>Le traitement utilise le numéro de la carte nationale d&apos;identité</source>
        <translation>The processing uses the national identity card number</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="148"/>
        <source>Les données sont utilisées pour une finalité autre que celle de leur collecte (collectées pour : {purpose})</source>
        <translation>The data is used for a purpose other than the one for which it was collected (collected for: {purpose})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="153"/>
        <source>Le traitement interconnecte des fichiers : {interconnections}</source>
        <translation>The processing interconnects files: {interconnections}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="156"/>
        <source>Transfert vers {country}{via} : pays absent de la liste d&apos;adéquation du registre, sans exception de la loi 09-08</source>
        <translation>Transfer to {country}{via}: country not on the register&apos;s adequacy list, with no Law 09-08 exception</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="161"/>
        <source>Transfert vers {country}{via} encadré par {mechanism} : sous la loi 09-08, ces garanties sont jointes à la demande d&apos;autorisation, elles n&apos;en dispensent pas</source>
        <translation>Transfer to {country}{via} covered by {mechanism}: under Law 09-08, these safeguards are attached to the authorisation application; they do not replace it</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="166"/>
        <source>Le sous-traitant {processor} traite des données en {country}, pays absent de la liste d&apos;adéquation, et aucun transfert n&apos;y est enregistré</source>
        <translation>The processor {processor} processes data in {country}, a country not on the adequacy list, and no transfer to it is recorded</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="171"/>
        <source>loi 09-08 art. 12</source>
        <translation>Law 09-08 art. 12</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="172"/>
        <source>loi 09-08 art. 12 et 15</source>
        <translation>Law 09-08 art. 12 and 15</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="173"/>
        <source>loi 09-08 art. 43-44</source>
        <translation>Law 09-08 art. 43-44</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="174"/>
        <source>loi 09-08 art. 16-17</source>
        <translation>Law 09-08 art. 16-17</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="175"/>
        <source> (par {processor})</source>
        <translation> (via {processor})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="178"/>
        <source>Transfert vers {country}{via} sans autorisation : exception de la loi 09-08 retenue ({exception})</source>
        <translation>Transfer to {country}{via} without authorisation: Law 09-08 exception relied on ({exception})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="183"/>
        <source>Transfert vers {country}{via} : pays inscrit sur la liste d&apos;adéquation du registre</source>
        <translation>Transfer to {country}{via}: country on the register&apos;s adequacy list</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="186"/>
        <source>La CNDP n&apos;examine la demande de transfert qu&apos;une fois le récépissé ou l&apos;autorisation du traitement obtenu</source>
        <translation>The CNDP examines the transfer application only once the receipt or authorisation for the processing has been obtained</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="191"/>
        <source>Formulaire simplifié possible si le traitement relève d&apos;une catégorie fixée par la CNDP</source>
        <translation>Simplified form possible if the processing falls within a category set by the CNDP</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="195"/>
        <source>Demande simplifiée (F113) possible pour les catégories fixées par la CNDP</source>
        <translation>Simplified application (F113) possible for the categories set by the CNDP</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="202"/>
        <source>des clauses contractuelles types</source>
        <translation>standard contractual clauses</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="203"/>
        <source>des règles d&apos;entreprise contraignantes</source>
        <translation>binding corporate rules</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="204"/>
        <source>d&apos;autres garanties contractuelles</source>
        <translation>other contractual safeguards</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="57"/>
        <source>Rechercher : nom, e-mail, référence, notes…</source>
        <translation>Search: name, e-mail, reference, notes…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="59"/>
        <source>Rechercher</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="64"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="65"/>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="66"/>
        <source>Ouvertes</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="67"/>
        <source>Ouvertes, à échéance sous 7 jours</source>
        <translation>Open, due within 7 days</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="73"/>
        <source>Droit</source>
        <translation>Right</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="74"/>
        <source>Tous les droits</source>
        <translation>All rights</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="80"/>
        <source>Régime</source>
        <translation>Regime</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="81"/>
        <source>Tous les régimes</source>
        <translation>All regimes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="86"/>
        <source>En retard</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="88"/>
        <source>Seulement les demandes ouvertes dont l&apos;échéance est passée</source>
        <translation>Only open requests whose deadline has passed</translation>
    </message>
</context>
<context>
    <name>FlagKind</name>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="47"/>
        <source>Transfert non encadré</source>
        <translation>Transfer without safeguards</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="48"/>
        <source>Contrat de sous-traitance manquant</source>
        <translation>Missing data processing agreement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="49"/>
        <source>Clauses de l&apos;art. 28(3) manquantes</source>
        <translation>Missing Art. 28(3) clauses</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="50"/>
        <source>Revue en retard</source>
        <translation>Review overdue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="51"/>
        <source>Fin de contrat sans restitution ni suppression</source>
        <translation>Contract ended without return or deletion</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="52"/>
        <source>Autorisation préalable de la CNDP requise</source>
        <translation>Prior CNDP authorisation required</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="53"/>
        <source>Analyse d&apos;impact non réalisée</source>
        <translation>DPIA not carried out</translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="56"/>
        <source>Transfert vers un pays non reconnu adéquat ({country}) sans mécanisme enregistré (loi 09-08 art. 43-44 ; RGPD art. 44-49).</source>
        <translation>Transfer to a country not recognised as adequate ({country}) with no recorded mechanism (Law 09-08 art. 43-44; GDPR Art. 44-49).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="61"/>
        <source>Transfert vers {country} fondé sur l&apos;adéquation, mais ce pays ne figure pas sur la liste d&apos;adéquation du registre.</source>
        <translation>Transfer to {country} based on adequacy, but this country is not on the register&apos;s adequacy list.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="66"/>
        <source>Transfert vers {country} fondé sur des garanties contractuelles : sous la loi 09-08 elles accompagnent la demande d&apos;autorisation à la CNDP (F118) sans la remplacer ; aucune autorisation ni exception n&apos;est enregistrée (art. 43-44).</source>
        <translation>Transfer to {country} based on contractual safeguards: under Law 09-08 they accompany the authorisation application to the CNDP (F118) without replacing it; no authorisation or exception is recorded (art. 43-44).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="72"/>
        <source>Le sous-traitant traite des données dans un pays non reconnu adéquat ({country}) et aucun transfert n&apos;y est enregistré.</source>
        <translation>The processor processes data in a country not recognised as adequate ({country}) and no transfer to it is recorded.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="77"/>
        <source>Aucun contrat de sous-traitance signé avec ce sous-traitant actif (RGPD art. 28(3) ; loi 09-08 art. 23).</source>
        <translation>No signed data processing agreement with this active processor (GDPR Art. 28(3); Law 09-08 art. 23).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="82"/>
        <source>Le contrat de sous-traitance a pris fin le {date} et le sous-traitant est toujours actif.</source>
        <translation>The data processing agreement ended on {date} and the processor is still active.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="86"/>
        <source>Clauses de l&apos;article 28(3) RGPD non vérifiées dans le contrat : {clauses}.</source>
        <translation>GDPR Article 28(3) clauses not checked in the contract: {clauses}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="89"/>
        <source>Revue du sous-traitant prévue le {date} : {days} jour(s) de retard.</source>
        <translation>Processor review due on {date}: {days} day(s) overdue.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="92"/>
        <source>Dernière revue du traitement le {date}, il y a plus de {months} mois (politique interne ; RGPD art. 24(1)).</source>
        <translation>Last review of the processing activity on {date}, more than {months} months ago (internal policy; GDPR Art. 24(1)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="97"/>
        <source>Traitement inscrit le {date} et jamais revu depuis plus de {months} mois (politique interne ; RGPD art. 24(1)).</source>
        <translation>Processing activity recorded on {date} and not reviewed for more than {months} months (internal policy; GDPR Art. 24(1)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="102"/>
        <source>Contrat terminé le {date} sans restitution ni suppression des données enregistrée (RGPD art. 28(3)(g)).</source>
        <translation>Contract ended on {date} with no recorded return or deletion of the data (GDPR Art. 28(3)(g)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="107"/>
        <source>Le traitement porte sur des données soumises à autorisation préalable (loi 09-08 art. 12) mais relève du régime de la déclaration.</source>
        <translation>The processing involves data subject to prior authorisation (Law 09-08 art. 12) but falls under the declaration regime.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="112"/>
        <source>Une analyse d&apos;impact est requise mais n&apos;a pas été réalisée (RGPD art. 35).</source>
        <translation>A DPIA is required but has not been carried out (GDPR Art. 35).</translation>
    </message>
</context>
<context>
    <name>FormalityKind</name>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="83"/>
        <source>Déclaration préalable</source>
        <translation>Prior declaration</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="84"/>
        <source>Autorisation préalable</source>
        <translation>Prior authorisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="85"/>
        <source>Autorisation de transfert à l&apos;étranger</source>
        <translation>Authorisation to transfer data abroad</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="90"/>
        <source>Loi 09-08 art. 12 et 15</source>
        <translation>Law 09-08 art. 12 and 15</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="91"/>
        <source>Loi 09-08 art. 12</source>
        <translation>Law 09-08 art. 12</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="92"/>
        <source>Loi 09-08 art. 43-44</source>
        <translation>Law 09-08 art. 43-44</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/formatting.py" line="136"/>
        <source>%n j de retard</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/formatting.py" line="138"/>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/formatting.py" line="140"/>
        <source>Demain</source>
        <translation>Tomorrow</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/formatting.py" line="141"/>
        <source>Dans %n j</source>
        <translation>
            <numerusform>In %n day</numerusform>
            <numerusform>In %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/formatting.py" line="152"/>
        <source>Aucune demande ouverte ne change d&apos;échéance.</source>
        <translation>No open request changes its deadline.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/formatting.py" line="156"/>
        <source>%n demande ouverte a une nouvelle échéance.</source>
        <translation>
            <numerusform>%n open request has a new deadline.</numerusform>
            <numerusform>%n open requests have a new deadline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/formatting.py" line="159"/>
        <source>%n demandes ouvertes ont une nouvelle échéance.</source>
        <translation>
            <numerusform>%n open request has a new deadline.</numerusform>
            <numerusform>%n open requests have a new deadline.</numerusform>
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
        <translation>Public holidays counted for GDPR deadlines</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/gdpr_holidays.py" line="40"/>
        <source>Aucun (samedis et dimanches seulement)</source>
        <translation>None (Saturdays and Sundays only)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/gdpr_holidays.py" line="54"/>
        <source>Règlement 1182/71 : seuls les jours fériés de l&apos;État membre où l&apos;acte est accompli comptent, par exemple celui du représentant de l&apos;organisation dans l&apos;UE. Les jours fériés marocains ne reportent pas un délai du RGPD.</source>
        <translation>Regulation 1182/71: only the public holidays of the Member State where the act is performed count, for example that of the organisation&apos;s representative in the EU. Moroccan public holidays do not move a GDPR deadline.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/gdpr_holidays.py" line="110"/>
        <source>Délais du RGPD : jours fériés de l&apos;État membre {state} comptés.</source>
        <translation>GDPR deadlines: public holidays of the chosen Member State ({state}) are counted.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/gdpr_holidays.py" line="114"/>
        <source>Délais du RGPD : seuls les samedis et dimanches sont comptés.</source>
        <translation>GDPR deadlines: only Saturdays and Sundays are counted.</translation>
    </message>
</context>
<context>
    <name>HolidaySource</name>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="116"/>
        <source>Calendrier officiel</source>
        <translation>Official calendar</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="117"/>
        <source>Fête lunaire</source>
        <translation>Lunar holiday</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="118"/>
        <source>Saisi par l&apos;utilisateur</source>
        <translation>Entered by the user</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="119"/>
        <source>Fermeture de l&apos;organisation</source>
        <translation>Organisation closure</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="120"/>
        <source>État membre de l&apos;UE</source>
        <translation>EU Member State</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="123"/>
        <source>estimé</source>
        <translation>estimated</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="124"/>
        <source>confirmé</source>
        <translation>confirmed</translation>
    </message>
</context>
<context>
    <name>Identifiability</name>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="152"/>
        <source>Négligeable</source>
        <translation>Negligible</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="153"/>
        <source>Limitée</source>
        <translation>Limited</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="154"/>
        <source>Importante</source>
        <translation>Significant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="155"/>
        <source>Maximale</source>
        <translation>Maximum</translation>
    </message>
</context>
<context>
    <name>IdentityProof</name>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="169"/>
        <source>Réponses à des questions sur le compte ou la relation</source>
        <translation>Answers to questions about the account or the relationship</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="172"/>
        <source>Confirmation depuis l&apos;adresse e-mail déjà connue</source>
        <translation>Confirmation from the e-mail address already on file</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="175"/>
        <source>Présentation de la CNIE sur place (aucune copie gardée)</source>
        <translation>CNIE shown in person (no copy kept)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="178"/>
        <source>Copie d&apos;une pièce d&apos;identité, masquée sauf l&apos;utile</source>
        <translation>Copy of an identity document, masked except what is needed</translation>
    </message>
</context>
<context>
    <name>IdentitySettingsCard</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/identity.py" line="35"/>
        <source>Justificatif d&apos;identité</source>
        <translation>Proof of identity</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/identity.py" line="37"/>
        <source>En cas de doute raisonnable sur l&apos;identité du demandeur (RGPD art. 12.6), le courrier de demande de justificatif ne réclame que ce qui suffit à lever le doute : une copie de la CNIE seulement si une vérification plus légère ne suffit pas (RGPD art. 5.1.c ; loi 09-08 art. 3).</source>
        <translation>Where there is reasonable doubt about the requester&apos;s identity (GDPR Art. 12(6)), the proof-of-identity letter asks only for what is enough to remove the doubt: a copy of the CNIE only if a lighter check is not enough (GDPR Art. 5(1)(c); Law 09-08 art. 3).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/identity.py" line="49"/>
        <location filename="../../dpo_desk/ui/settings/identity.py" line="55"/>
        <source>Justificatif demandé</source>
        <translation>Proof requested</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/identity.py" line="58"/>
        <source> jour(s)</source>
        <translation> day(s)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/identity.py" line="59"/>
        <location filename="../../dpo_desk/ui/settings/identity.py" line="60"/>
        <source>Suppression des copies, au plus tard</source>
        <translation>Copies deleted at the latest</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/identity.py" line="65"/>
        <source>Politique interne, pas un délai légal : une copie de pièce d&apos;identité est supprimée dès la vérification faite, et au plus tard ce nombre de jours après, ou à la clôture de la demande si elle vient avant. La revue des durées de conservation propose les copies arrivées à ce terme. Le courrier énonce la même règle.</source>
        <translation>Internal policy, not a legal deadline: an identity document copy is deleted as soon as the check is done, and at the latest this number of days after it, or when the request is closed if that comes first. The retention review offers the copies that have reached this date. The letter states the same rule.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/identity.py" line="75"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/identity.py" line="112"/>
        <source>Justificatif d&apos;identité enregistré.</source>
        <translation>Proof of identity saved.</translation>
    </message>
</context>
<context>
    <name>IdentityStatus</name>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="189"/>
        <source>Non requise</source>
        <translation>Not required</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="190"/>
        <source>Justificatif demandé</source>
        <translation>Proof requested</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="191"/>
        <source>Identité vérifiée</source>
        <translation>Identity verified</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="192"/>
        <source>Identité non vérifiée</source>
        <translation>Identity not verified</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="97"/>
        <source>Importer un fichier Excel</source>
        <translation>Import an Excel file</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="110"/>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="113"/>
        <source>Suivant</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="116"/>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="119"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="133"/>
        <source>L&apos;import n&apos;est pas encore disponible pour ce registre.</source>
        <translation>Import is not available for this register yet.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="142"/>
        <source>Importer depuis un classeur Excel (.xlsx)</source>
        <translation>Import from an Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="146"/>
        <source>Chaque ligne du classeur devient une entrée du registre. Les colonnes sont reconnues d&apos;après leur en-tête ; vous pourrez corriger l&apos;association avant l&apos;import. Rien n&apos;est enregistré tant que le fichier contient des erreurs, sauf si vous choisissez d&apos;ignorer les lignes invalides.</source>
        <translation>Each row of the workbook becomes an entry in the register. Columns are recognised from their header; you can correct the mapping before importing. Nothing is saved while the file contains errors, unless you choose to skip the invalid rows.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="155"/>
        <source>Choisir le fichier…</source>
        <translation>Choose the file…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="161"/>
        <source>Lire aussi les feuilles masquées</source>
        <translation>Also read hidden sheets</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="176"/>
        <source>Vérifiez à quel champ correspond chaque colonne. Les champs marqués * sont obligatoires ; un champ ne peut recevoir qu&apos;une colonne.</source>
        <translation>Check which field each column maps to. Fields marked * are required; a field can receive only one column.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="184"/>
        <source>Colonne du classeur</source>
        <translation>Workbook column</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="184"/>
        <source>Exemples de valeurs</source>
        <translation>Sample values</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="184"/>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="204"/>
        <source>Rapport de validation</source>
        <translation>Validation report</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="211"/>
        <source>Feuille</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="211"/>
        <source>Ligne</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="211"/>
        <source>Colonne</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="211"/>
        <source>Problème</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="218"/>
        <source>Ignorer les lignes invalides et importer les autres</source>
        <translation>Skip the invalid rows and import the others</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="224"/>
        <source>Ignorer ces lignes (garder le registre)</source>
        <translation>Skip these rows (keep the register as is)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="225"/>
        <source>Mettre à jour les entrées existantes</source>
        <translation>Update the existing entries</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="237"/>
        <source>Import terminé</source>
        <translation>Import complete</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="268"/>
        <source>Choisir le classeur</source>
        <translation>Choose the workbook</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="280"/>
        <source>Lecture de « %1 »…</source>
        <translation>Reading “%1”…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="314"/>
        <source>Feuille « {sheet} » : %n ligne(s)</source>
        <translation>
            <numerusform>Sheet “{sheet}”: %n row</numerusform>
            <numerusform>Sheet “{sheet}”: %n rows</numerusform>
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
        <translation>To read the hidden sheets, tick “Also read hidden sheets” and choose the file again.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="383"/>
        <source>Colonne « {column} » → notes</source>
        <translation>Column “{column}” → notes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="390"/>
        <source>Colonnes non reconnues, leurs valeurs ne seront pas importées : {columns}. Associez-les à un champ ou choisissez « → notes ».</source>
        <translation>Unrecognised columns, their values will not be imported: {columns}. Map them to a field or choose “→ notes”.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="397"/>
        <source>Colonnes non importées (calculées ou saisies dans l&apos;application) : {columns}.</source>
        <translation>Columns not imported (computed or entered in the application): {columns}.</translation>
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
            <numerusform>%n valid row</numerusform>
            <numerusform>%n valid rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="408"/>
        <source>%n ligne(s) invalide(s)</source>
        <translation>
            <numerusform>%n invalid row</numerusform>
            <numerusform>%n invalid rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="409"/>
        <source>%n déjà dans le registre</source>
        <translation>
            <numerusform>%n already in the register</numerusform>
            <numerusform>%n already in the register</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="446"/>
        <source>%n ligne(s) porte(nt) la référence d&apos;une demande déjà enregistrée :</source>
        <translation>
            <numerusform>%n row carries the reference of a request already recorded:</numerusform>
            <numerusform>%n rows carry the reference of a request already recorded:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="452"/>
        <source>%n ligne(s) porte(nt) le nom d&apos;une entrée déjà présente dans le registre :</source>
        <translation>
            <numerusform>%n row carries the name of an entry already in the register:</numerusform>
            <numerusform>%n rows carry the name of an entry already in the register:</numerusform>
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
            <numerusform>%n entry created</numerusform>
            <numerusform>%n entries created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="480"/>
        <source>%n mise(s) à jour</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="481"/>
        <source>%n ligne(s) ignorée(s)</source>
        <translation>
            <numerusform>%n row skipped</numerusform>
            <numerusform>%n rows skipped</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="323"/>
        <source>(sans en-tête)</source>
        <translation>(no header)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="270"/>
        <source>Classeur Excel (*.xlsx *.xlsm)</source>
        <translation>Excel workbook (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="328"/>
        <source>— ignorer —</source>
        <translation>— ignore —</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="421"/>
        <source>Le fichier est prêt à être importé.</source>
        <translation>The file is ready to be imported.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="424"/>
        <source>Rien ne sera importé tant que ces lignes ne sont pas corrigées, sauf si vous choisissez de les ignorer.</source>
        <translation>Nothing will be imported until these rows are corrected, unless you choose to skip them.</translation>
    </message>
</context>
<context>
    <name>ImportNotice</name>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="86"/>
        <source>Macros ignorées : le classeur en contient, elles ne sont ni lues ni exécutées.</source>
        <translation>Macros ignored: the workbook contains some; they are neither read nor run.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="90"/>
        <source>Feuille masquée « {sheet} » non lue : elle peut être importée sur demande.</source>
        <translation>Hidden sheet “{sheet}” not read: it can be imported on request.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="94"/>
        <source>Feuille « {sheet} » : la ligne {group} regroupe des colonnes ; les en-têtes sont ceux de la ligne {row}.</source>
        <translation>Sheet “{sheet}”: row {group} groups columns; the headers are those of row {row}.</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_values.py" line="17"/>
        <source>Formule sans valeur calculée : ouvrez le classeur dans Excel, enregistrez-le, ou remplacez la formule par sa valeur.</source>
        <translation>Formula without a calculated value: open the workbook in Excel and save it, or replace the formula with its value.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_values.py" line="22"/>
        <source>« {value} » n&apos;est pas une date (attendu : JJ/MM/AAAA ou AAAA-MM-JJ).</source>
        <translation>“{value}” is not a date (expected: DD/MM/YYYY or YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_values.py" line="25"/>
        <source>La date « {value} » n&apos;existe pas dans le calendrier.</source>
        <translation>The date “{value}” does not exist in the calendar.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_values.py" line="28"/>
        <source>« {value} » n&apos;est pas une réponse oui/non (Oui, Non, X, 1, 0).</source>
        <translation>“{value}” is not a yes/no answer (Yes, No, X, 1, 0).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_values.py" line="31"/>
        <source>« {value} » n&apos;est pas une valeur reconnue pour cette colonne.</source>
        <translation>“{value}” is not a recognised value for this column.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_values.py" line="34"/>
        <source>Colonne sans en-tête (cellule fusionnée ?) : associez-la à un champ ou ignorez-la.</source>
        <translation>Column without a header (merged cell?): map it to a field or ignore it.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="78"/>
        <source>Doublon dans le fichier : même référence qu&apos;à la ligne {row}.</source>
        <translation>Duplicate in the file: same reference as on row {row}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="81"/>
        <source>Valeur obligatoire manquante.</source>
        <translation>Required value missing.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="82"/>
        <source>Doublon dans le fichier : même nom qu&apos;à la ligne {row}.</source>
        <translation>Duplicate in the file: same name as on row {row}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="85"/>
        <source>« {value} » : attendu « {expected} » (parties séparées par « — »).</source>
        <translation>“{value}”: expected “{expected}” (parts separated by “—”).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="88"/>
        <source>« {value} » : durée illisible (ex. « 3 ans après la fin du contrat »).</source>
        <translation>“{value}”: unreadable period (e.g. “3 ans après la fin du contrat”).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="91"/>
        <source>Demande clôturée sans date de clôture : indiquez la date de clôture.</source>
        <translation>Closed request with no closure date: enter the closure date.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="94"/>
        <source>Date de clôture ({value}) pour une demande au statut « Nouvelle » : indiquez le statut de la demande ou retirez la date.</source>
        <translation>Closure date ({value}) for a request with the status “New”: enter the request&apos;s status or remove the date.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="99"/>
        <source>« {value} » n&apos;est pas une référence DSR-AAAA-NNNN et la référence externe de la ligne est déjà « {external} ».</source>
        <translation>“{value}” is not a DSR-YYYY-NNNN reference and the row&apos;s external reference is already “{external}”.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="104"/>
        <source>Doublon dans le fichier : même référence externe qu&apos;à la ligne {row}.</source>
        <translation>Duplicate in the file: same external reference as row {row}.</translation>
    </message>
</context>
<context>
    <name>JournalAction</name>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="31"/>
        <source>Création</source>
        <translation>Creation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="32"/>
        <source>Modification</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="33"/>
        <source>Suppression</source>
        <translation>Deletion</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="34"/>
        <source>Changement de statut</source>
        <translation>Status change</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="35"/>
        <source>Justificatif d&apos;identité demandé</source>
        <translation>Proof of identity requested</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="36"/>
        <source>Vérification d&apos;identité</source>
        <translation>Identity verification</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="37"/>
        <source>Prorogation du délai</source>
        <translation>Deadline extension</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="38"/>
        <source>Réponse</source>
        <translation>Response</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="39"/>
        <source>Refus</source>
        <translation>Refusal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="40"/>
        <source>Retrait</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="41"/>
        <source>Clôture</source>
        <translation>Closure</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="42"/>
        <source>Pièce jointe ajoutée</source>
        <translation>Attachment added</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="43"/>
        <source>Échéance recalculée</source>
        <translation>Deadline recalculated</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="44"/>
        <source>Déverrouillage</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="45"/>
        <source>Nature et étendue</source>
        <translation>Nature and scope</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="46"/>
        <source>Évaluation du risque</source>
        <translation>Risk assessment</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="47"/>
        <source>Décision de ne pas notifier</source>
        <translation>Decision not to notify</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="48"/>
        <source>Notification à l&apos;autorité</source>
        <translation>Notification to the authority</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="49"/>
        <source>Communication aux personnes</source>
        <translation>Communication to data subjects</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="50"/>
        <source>Déclaration DGSSI</source>
        <translation>DGSSI declaration</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="51"/>
        <source>Événement de la chronologie</source>
        <translation>Timeline event</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="52"/>
        <source>Mesures correctrices</source>
        <translation>Corrective measures</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="53"/>
        <source>Lien ajouté</source>
        <translation>Link added</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="54"/>
        <source>Lien retiré</source>
        <translation>Link removed</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="55"/>
        <source>Sauvegarde</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="56"/>
        <source>Restauration</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="57"/>
        <source>Changement de phrase secrète</source>
        <translation>Passphrase change</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="58"/>
        <source>Effacement (durée de conservation)</source>
        <translation>Erasure (retention period)</translation>
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
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="62"/>
        <source>Modèle par défaut rétabli</source>
        <translation>Default template restored</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="63"/>
        <source>Mise à jour du schéma</source>
        <translation>Schema update</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="64"/>
        <source>Pièce jointe supprimée</source>
        <translation>Attachment deleted</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="65"/>
        <source>Journal différent du sceau de ce poste</source>
        <translation>Journal differs from this computer&apos;s seal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="66"/>
        <source>Sauvegardes rechiffrées</source>
        <translation>Backups re-encrypted</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="69"/>
        <source>Formalité CNDP</source>
        <translation>CNDP formality</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="70"/>
        <source>Modification à déclarer à la CNDP</source>
        <translation>Change to declare to the CNDP</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="72"/>
        <source>Validation du courrier</source>
        <translation>Letter validation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="73"/>
        <source>Émission du courrier</source>
        <translation>Letter issuance</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="74"/>
        <source>Exception à la communication (art. 34(3))</source>
        <translation>Exception to communication (Art. 34(3))</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="78"/>
        <source>Fin du contrat</source>
        <translation>End of contract</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="79"/>
        <source>Sort des données</source>
        <translation>Fate of the data</translation>
    </message>
</context>
<context>
    <name>JournalChanges</name>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="727"/>
        <source>{holiday}, premier jour le {first_day} (confirmé le {confirmed_on})</source>
        <translation>{holiday}, first day {first_day} (confirmed on {confirmed_on})</translation>
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
        <translation>{field}: {before} → {after}</translation>
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
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="82"/>
        <source> ; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>JournalEntity</name>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="83"/>
        <source>Registre</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="84"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="85"/>
        <source>Demande</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="86"/>
        <source>Violation</source>
        <translation>Breach</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="87"/>
        <source>Traitement</source>
        <translation>Processing activity</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="88"/>
        <source>Sous-traitant</source>
        <translation>Processor</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="89"/>
        <source>Transfert</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="90"/>
        <source>Courrier</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="91"/>
        <source>Modèle de courrier</source>
        <translation>Letter template</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="92"/>
        <source>Politique de délais</source>
        <translation>Deadline policy</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="93"/>
        <source>Calendrier</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="94"/>
        <source>Règles de calcul des délais</source>
        <translation>Deadline calculation rules</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="95"/>
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="96"/>
        <source>Liste d&apos;adéquation</source>
        <translation>Adequacy list</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="97"/>
        <source>Période de revue des traitements</source>
        <translation>Review period of processing activities</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="98"/>
        <source>Adresses des autorités</source>
        <translation>Authorities&apos; addresses</translation>
    </message>
</context>
<context>
    <name>JournalField</name>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="238"/>
        <source>Règle de l&apos;échéance</source>
        <translation>Deadline rule</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="239"/>
        <source>Régime de l&apos;échéance</source>
        <translation>Deadline regime</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="243"/>
        <source>Règle du délai</source>
        <translation>Notification deadline rule</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="244"/>
        <source>Autorité</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="250"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="251"/>
        <source>Envoyée le</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="252"/>
        <source>Tardive</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="253"/>
        <source>Obligation remplie</source>
        <translation>Obligation met</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="254"/>
        <source>Personnes informées</source>
        <translation>People informed</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="255"/>
        <source>Communication publique</source>
        <translation>Public communication</translation>
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
        <translation>Decision not to notify</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="264"/>
        <source>Méthode</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="265"/>
        <source>Facteurs de risque</source>
        <translation>Risk factors</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="266"/>
        <source>Gravité</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="267"/>
        <source>Risque calculé</source>
        <translation>Computed risk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="330"/>
        <source>Règle des quatre yeux (courriers)</source>
        <translation>Four-eyes rule (letters)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="241"/>
        <source>Soumise au RGPD</source>
        <translation>Subject to the GDPR</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="242"/>
        <source>Soumise à la loi 09-08</source>
        <translation>Subject to Law 09-08</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="331"/>
        <source>Délai interne (jours)</source>
        <translation>Internal time limit (days)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="333"/>
        <source>Délai de rectification (jours francs)</source>
        <translation>Rectification time limit (clear days)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="335"/>
        <source>Jours francs stricts (J+11)</source>
        <translation>Strict clear days (D+11)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="337"/>
        <source>Suspension pendant la vérification d&apos;identité</source>
        <translation>Paused during identity check</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="302"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="304"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="306"/>
        <source>Taille (octets)</source>
        <translation>Size (bytes)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="308"/>
        <source>Sauvegarde du jour</source>
        <translation>Daily backup</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="309"/>
        <location filename="../../dpo_desk/domain/journal.py" line="329"/>
        <source>Copies gardées</source>
        <translation>Copies kept</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="314"/>
        <source>Nombre</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="315"/>
        <source>Créées</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="316"/>
        <source>Mises à jour</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="290"/>
        <source>Dossier</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="268"/>
        <source>Identifiabilité</source>
        <translation>Identifiability</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="269"/>
        <source>Vraisemblance des conséquences</source>
        <translation>Likelihood of the consequences</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="270"/>
        <source>Intention malveillante</source>
        <translation>Malicious intent</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="272"/>
        <source>Finalité</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="273"/>
        <source>Base légale</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="274"/>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="276"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="277"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="278"/>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="279"/>
        <source>Unité</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="280"/>
        <source>Point de départ</source>
        <translation>Starting point</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="281"/>
        <source>Portée</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="283"/>
        <source>Formalité</source>
        <translation>Formality</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="284"/>
        <source>Déposée le</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="285"/>
        <source>Récépissé</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="286"/>
        <source>Date du récépissé</source>
        <translation>Receipt date</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="287"/>
        <source>Éléments à déclarer</source>
        <translation>Items to declare</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="288"/>
        <source>Mode de dépôt</source>
        <translation>Filing channel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="291"/>
        <source>Type de courrier</source>
        <translation>Letter type</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="293"/>
        <source>Rédigé par</source>
        <translation>Drafted by</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="294"/>
        <source>Destinataire</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="295"/>
        <source>Texte</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="296"/>
        <source>Validée par</source>
        <translation>Validated by</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="298"/>
        <source>Usage de la pièce</source>
        <translation>Purpose of the attachment</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="299"/>
        <source>Type de fichier</source>
        <translation>File type</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="300"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="303"/>
        <source>Mis à jour depuis la version</source>
        <translation>Upgraded from version</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="305"/>
        <source>Restauré depuis</source>
        <translation>Restored from</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="307"/>
        <source>Chiffrement</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="310"/>
        <source>Trousseau du système</source>
        <translation>System keyring</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="311"/>
        <source>Sauvegardes rechiffrées</source>
        <translation>Backups re-encrypted</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="312"/>
        <source>Échecs</source>
        <translation>Failures</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="313"/>
        <source>Contenu exporté</source>
        <translation>Exported content</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="317"/>
        <source>Ignorées</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="318"/>
        <source>Mode d&apos;effacement</source>
        <translation>Erasure method</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="319"/>
        <source>Conservé jusqu&apos;au</source>
        <translation>Kept until</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="320"/>
        <source>Pièces jointes effacées</source>
        <translation>Attachments erased</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="321"/>
        <source>Entrées connues de ce poste</source>
        <translation>Entries known to this computer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="322"/>
        <source>Empreinte connue de ce poste</source>
        <translation>Fingerprint known to this computer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="323"/>
        <source>Empreinte de tête</source>
        <translation>Head fingerprint</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="325"/>
        <source>Champs modifiés</source>
        <translation>Fields changed</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="327"/>
        <source>Verrouillage automatique (minutes)</source>
        <translation>Automatic lock (minutes)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="339"/>
        <source>Conservation des demandes (années)</source>
        <translation>Retention of requests (years)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="340"/>
        <source>Conservation des violations (années)</source>
        <translation>Retention of breaches (years)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="341"/>
        <source>Preuve d&apos;identité demandée</source>
        <translation>Proof of identity requested</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="342"/>
        <source>Conservation des copies (jours)</source>
        <translation>Retention of copies (days)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="343"/>
        <source>Période de revue (mois)</source>
        <translation>Review period (months)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="344"/>
        <source>Pays ajoutés</source>
        <translation>Countries added</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="345"/>
        <source>Pays retirés</source>
        <translation>Countries removed</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="354"/>
        <source>Nom de l&apos;organisation</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="355"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="356"/>
        <source>Ville</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="357"/>
        <source>Nom du DPO</source>
        <translation>DPO name</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="358"/>
        <source>E-mail du DPO</source>
        <translation>DPO e-mail</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="359"/>
        <source>Téléphone du DPO</source>
        <translation>DPO telephone</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="360"/>
        <source>Fuseau horaire</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="361"/>
        <source>Identifiants légaux</source>
        <translation>Legal identifiers</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="362"/>
        <source>Signataire</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="363"/>
        <source>Représentant au Maroc</source>
        <translation>Representative in Morocco</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="410"/>
        <source>décidée</source>
        <translation>decided</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="486"/>
        <source>Jour férié ajouté</source>
        <translation>Public holiday added</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="487"/>
        <source>Ajout de jour férié annulé</source>
        <translation>Public holiday addition cancelled</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="490"/>
        <source>Fermeture ajoutée</source>
        <translation>Closure added</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="491"/>
        <source>Fermeture annulée</source>
        <translation>Closure cancelled</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="494"/>
        <source>Jour férié officiel retiré</source>
        <translation>Official public holiday removed</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="495"/>
        <source>Jour férié officiel rétabli</source>
        <translation>Official public holiday restored</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="498"/>
        <source>Fête lunaire confirmée</source>
        <translation>Lunar holiday confirmed</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="499"/>
        <source>Confirmation annulée</source>
        <translation>Confirmation cancelled</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="553"/>
        <source>Adresse de l&apos;autorité</source>
        <translation>Authority&apos;s address</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="347"/>
        <source>Jours fériés des délais du RGPD</source>
        <translation>Public holidays for GDPR deadlines</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="348"/>
        <source>Version des règles</source>
        <translation>Rules version</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="349"/>
        <source>Demandes ouvertes dont l&apos;échéance a changé</source>
        <translation>Open requests whose deadline changed</translation>
    </message>
</context>
<context>
    <name>JournalSection</name>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="262"/>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="131"/>
        <source>Date et heure</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="132"/>
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="133"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="134"/>
        <source>Objet</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="135"/>
        <source>Détail</source>
        <translation>Detail</translation>
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
        <translation>Verify the chain</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="193"/>
        <source>Chaque modification du registre, avec son auteur et l&apos;heure. Les entrées sont chaînées : une entrée modifiée, supprimée ou insérée après coup rompt la chaîne à cet endroit. Les données personnelles n&apos;y sont pas recopiées : le journal dit qu&apos;elles ont changé, pas leur contenu.</source>
        <translation>Every change to the register, with its author and time. Entries are chained: an entry changed, deleted or inserted afterwards breaks the chain at that point. Personal data is not copied here: the journal says that it changed, not what it contains.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="207"/>
        <source>Référence (DSR-…, VIO-…)</source>
        <translation>Reference (DSR-…, VIO-…)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="278"/>
        <source>Tous les objets</source>
        <translation>All objects</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="279"/>
        <source>Toutes les actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="280"/>
        <source>Tous les auteurs</source>
        <translation>All authors</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/sections/journal.py" line="303"/>
        <source>%n entrée(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/sections/journal.py" line="316"/>
        <source>Chaîne intacte : %n entrée(s) vérifiée(s). Empreinte de tête : {head}</source>
        <translation>
            <numerusform>Chain intact: %n entry verified. Head fingerprint: {head}</numerusform>
            <numerusform>Chain intact: %n entries verified. Head fingerprint: {head}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="322"/>
        <source>Journal vérifié : chaîne intacte.</source>
        <translation>Journal verified: chain intact.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="326"/>
        <source>Chaîne rompue à l&apos;entrée n° {entry} : le journal a été modifié en dehors de DPO Desk à partir de cet endroit. Conservez ce fichier tel quel et comparez-le à votre dernière sauvegarde.</source>
        <translation>Chain broken at entry no. {entry}: the journal was modified outside DPO Desk from this point. Keep this file as it is and compare it with your latest backup.</translation>
    </message>
</context>
<context>
    <name>JournalValue</name>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="369"/>
        <source>Classeur Excel : tous les registres</source>
        <translation>Excel workbook: all registers</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="370"/>
        <source>Classeur Excel : demandes</source>
        <translation>Excel workbook: requests</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="371"/>
        <source>Classeur Excel : violations</source>
        <translation>Excel workbook: breaches</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="372"/>
        <source>Classeur Excel : traitements</source>
        <translation>Excel workbook: processing activities</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="373"/>
        <source>Classeur Excel : sous-traitants</source>
        <translation>Excel workbook: processors</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="374"/>
        <source>Classeur Excel : transferts</source>
        <translation>Excel workbook: transfers</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="375"/>
        <source>Classeur Excel : journal d&apos;audit</source>
        <translation>Excel workbook: audit journal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="378"/>
        <source>phrase secrète du registre</source>
        <translation>register passphrase</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="379"/>
        <source>autre phrase secrète</source>
        <translation>another passphrase</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="382"/>
        <source>phrase secrète mémorisée</source>
        <translation>passphrase remembered</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="383"/>
        <source>phrase secrète non mémorisée</source>
        <translation>passphrase not remembered</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="386"/>
        <source>suppression</source>
        <translation>deletion</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="387"/>
        <source>anonymisation</source>
        <translation>anonymisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="390"/>
        <source>justificatif d&apos;identité</source>
        <translation>proof of identity</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="391"/>
        <source>autre</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="394"/>
        <source>Méthode ENISA (2013), pondérée par la vraisemblance</source>
        <translation>ENISA method (2013), weighted by likelihood</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="399"/>
        <source>français</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="400"/>
        <source>arabe</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="401"/>
        <source>anglais</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="411"/>
        <source>modèle par défaut</source>
        <translation>default template</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="412"/>
        <source>effacé</source>
        <translation>erased</translation>
    </message>
</context>
<context>
    <name>LanguageCard</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/language.py" line="32"/>
        <location filename="../../dpo_desk/ui/settings/language.py" line="41"/>
        <source>Langue de l&apos;interface</source>
        <extracomment>the user chose &quot;Restart now&quot;: the window should close everything and quit</extracomment>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/language.py" line="34"/>
        <source>La langue des menus, des écrans et des messages, sur cet ordinateur. Chaque courrier garde sa propre langue, choisie en le rédigeant. Le changement s&apos;applique au prochain démarrage de DPO Desk.</source>
        <translation>The language of menus, screens and messages on this computer. Each letter keeps its own language, chosen when it is drafted. The change takes effect the next time DPO Desk starts.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/language.py" line="46"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/language.py" line="62"/>
        <source>La nouvelle langue s&apos;appliquera au prochain démarrage.</source>
        <translation>The new language will apply at the next start.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/language.py" line="76"/>
        <source>Changer de langue</source>
        <translation>Change language</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/language.py" line="77"/>
        <source>Redémarrer DPO Desk maintenant pour changer de langue ?</source>
        <translation>Restart DPO Desk now to change the language?</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/language.py" line="80"/>
        <source>Le registre sera verrouillé et refermé, puis DPO Desk redémarrera dans la nouvelle langue. Enregistrez d&apos;abord toute saisie en cours.</source>
        <translation>The register will be locked and closed, then DPO Desk will restart in the new language. Save any entry in progress first.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/language.py" line="84"/>
        <source>Redémarrer maintenant</source>
        <translation>Restart now</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/language.py" line="85"/>
        <source>Plus tard</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>Law0908Exception</name>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="317"/>
        <source>Consentement exprès de la personne</source>
        <translation>Express consent of the data subject</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="320"/>
        <source>Sauvegarde de la vie de la personne</source>
        <translation>Safeguarding the data subject&apos;s life</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="323"/>
        <source>Sauvegarde de l&apos;intérêt public</source>
        <translation>Safeguarding the public interest</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="326"/>
        <source>Constatation, exercice ou défense d&apos;un droit en justice</source>
        <translation>Establishment, exercise or defence of a legal claim</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="329"/>
        <source>Exécution d&apos;un contrat avec la personne</source>
        <translation>Performance of a contract with the data subject</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="332"/>
        <source>Contrat conclu dans l&apos;intérêt de la personne</source>
        <translation>Contract concluded in the data subject&apos;s interest</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="335"/>
        <source>Consultation d&apos;un registre public</source>
        <translation>Consultation of a public register</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="338"/>
        <source>Autre exception prévue par la loi (précisée en note)</source>
        <translation>Other exception provided for by the law (specified in a note)</translation>
    </message>
</context>
<context>
    <name>LegalBasis</name>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="72"/>
        <source>Consentement</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="74"/>
        <source>Exécution d&apos;un contrat</source>
        <translation>Performance of a contract</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="76"/>
        <source>Obligation légale</source>
        <translation>Legal obligation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="78"/>
        <source>Sauvegarde des intérêts vitaux</source>
        <translation>Protection of vital interests</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="80"/>
        <source>Mission d&apos;intérêt public</source>
        <translation>Public interest task</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="82"/>
        <source>Intérêt légitime</source>
        <translation>Legitimate interest</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="73"/>
        <source>RGPD art. 6(1)(a) ; loi 09-08 art. 4</source>
        <translation>GDPR Art. 6(1)(a); Law 09-08 art. 4</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="75"/>
        <source>RGPD art. 6(1)(b) ; loi 09-08 art. 4</source>
        <translation>GDPR Art. 6(1)(b); Law 09-08 art. 4</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="77"/>
        <source>RGPD art. 6(1)(c) ; loi 09-08 art. 4</source>
        <translation>GDPR Art. 6(1)(c); Law 09-08 art. 4</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="79"/>
        <source>RGPD art. 6(1)(d) ; loi 09-08 art. 4</source>
        <translation>GDPR Art. 6(1)(d); Law 09-08 art. 4</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="81"/>
        <source>RGPD art. 6(1)(e) ; loi 09-08 art. 4</source>
        <translation>GDPR Art. 6(1)(e); Law 09-08 art. 4</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="83"/>
        <source>RGPD art. 6(1)(f) ; loi 09-08 art. 4</source>
        <translation>GDPR Art. 6(1)(f); Law 09-08 art. 4</translation>
    </message>
</context>
<context>
    <name>Letter</name>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="115"/>
        <source>Délégué à la protection des données (DPO)</source>
        <translation>Data Protection Officer (DPO)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="116"/>
        <source>Réf. :</source>
        <translation>Ref.:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="117"/>
        <source>Objet :</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="118"/>
        <source>Aux personnes concernées</source>
        <translation>To the persons concerned</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="119"/>
        <source>DPO :</source>
        <translation>DPO:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="120"/>
        <source>{place}, le {date}</source>
        <translation>{place}, {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="121"/>
        <source>Le {date}</source>
        <translation>{date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="122"/>
        <source>non déterminé à ce jour</source>
        <translation>not yet determined</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="123"/>
        <source>atteinte à la confidentialité</source>
        <translation>loss of confidentiality</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="124"/>
        <source>atteinte à l&apos;intégrité</source>
        <translation>loss of integrity</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="125"/>
        <source>atteinte à la disponibilité</source>
        <translation>loss of availability</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="126"/>
        <source>72 heures après la prise de connaissance (RGPD art. 33(1))</source>
        <translation>72 hours after becoming aware (GDPR Art. 33(1))</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="130"/>
        <source>72 heures après la prise de connaissance, délai fixé par la politique interne de l&apos;organisation (la loi 09-08 ne prévoit pas de notification des violations)</source>
        <translation>72 hours after becoming aware, a deadline set by the organisation&apos;s internal policy (Law 09-08 does not provide for breach notification)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="135"/>
        <source>Commission nationale de contrôle de la protection des données à caractère personnel (CNDP)</source>
        <translation>National Commission for the Control of Personal Data Protection (CNDP)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="139"/>
        <source>Commission nationale de l&apos;informatique et des libertés (CNIL)</source>
        <translation>Commission nationale de l&apos;informatique et des libertés (CNIL, France)</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="125"/>
        <source>Courriers — {reference} — DPO Desk</source>
        <translation>Letters — {reference} — DPO Desk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="131"/>
        <source>Courriers — {reference}</source>
        <translation>Letters — {reference}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="165"/>
        <source>Nouveau courrier</source>
        <translation>New letter</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="203"/>
        <source>Enregistré avec le brouillon</source>
        <translation>Saved with the draft</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="205"/>
        <source>Pourquoi la notification est tardive</source>
        <translation>Why the notification is late</translation>
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
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="208"/>
        <source>Destinataire</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="209"/>
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="210"/>
        <source>Motifs du retard</source>
        <translation>Reasons for the delay</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="215"/>
        <source>Pourquoi ces rubriques sont vides</source>
        <translation>Why these items are empty</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="217"/>
        <source>Rubriques « néant »</source>
        <translation>Items marked “none”</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="170"/>
        <source>Rédiger le brouillon</source>
        <translation>Draft the letter</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="243"/>
        <source>Courriers du dossier</source>
        <translation>Letters for this case</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="249"/>
        <source>Aucun courrier pour ce dossier.</source>
        <translation>No letter for this case.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="256"/>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="515"/>
        <source>Aucun courrier ouvert</source>
        <translation>No letter open</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="263"/>
        <source>Choisissez un type de courrier et une langue, puis « Rédiger le brouillon ».</source>
        <translation>Choose a letter type and a language, then “Draft the letter”.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="269"/>
        <source>Actualiser l&apos;aperçu</source>
        <translation>Refresh the preview</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="271"/>
        <source>Enregistrer le brouillon</source>
        <translation>Save the draft</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="283"/>
        <source>Relu par</source>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="285"/>
        <source>Nom du relecteur</source>
        <translation>Reviewer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="286"/>
        <source>Nom de la personne qui a relu et validé le courrier</source>
        <translation>Name of the person who reviewed and approved the letter</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="291"/>
        <source>Une autre personne que l&apos;auteur</source>
        <translation>Someone other than the author</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="294"/>
        <source>Règle des quatre yeux : le courrier est validé par une autre personne que son auteur.</source>
        <translation>Four-eyes rule: the letter is validated by someone other than its author.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="298"/>
        <source>Marquer comme validé</source>
        <translation>Mark as approved</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="306"/>
        <source>Exporter le PDF…</source>
        <translation>Export the PDF…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="307"/>
        <source>Enregistrer une copie du PDF, hors du registre</source>
        <translation>Save a copy of the PDF outside the register</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="309"/>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="689"/>
        <source>Générer le PDF</source>
        <translation>Generate the PDF</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="311"/>
        <source>Le PDF est joint au dossier, chiffré dans le registre ; le courrier est figé.</source>
        <translation>The PDF is attached to the case, encrypted in the register; the letter is frozen.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="322"/>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="334"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="343"/>
        <source>Demande de {name}, reçue le {date} — échéance le {due}</source>
        <translation>Request from {name}, received on {date} — due on {due}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="349"/>
        <source>Violation : {title}</source>
        <translation>Breach: {title}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="378"/>
        <source>Indisponibles pour ce dossier :</source>
        <translation>Unavailable for this case:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="429"/>
        <source>CNDP — politique interne (la loi 09-08 ne prévoit pas de notification)</source>
        <translation>CNDP — internal policy (Law 09-08 provides no notification)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="431"/>
        <source>{authority} — article 33 du RGPD</source>
        <translation>{authority} — GDPR Article 33</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="441"/>
        <source>la demande</source>
        <translation>the request</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="441"/>
        <source>la violation</source>
        <translation>the breach</translation>
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
        <translation>{status} by {reviewer}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="476"/>
        <source>{author}, {when}</source>
        <translation>{author}, {when}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="493"/>
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="494"/>
        <source>Le texte modifié n&apos;est pas enregistré. L&apos;abandonner ?</source>
        <translation>The edited text is not saved. Discard it?</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="523"/>
        <source>{kind} — {language}</source>
        <translation>{kind} — {language}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="536"/>
        <source>Rédigé par {author} le {when}.</source>
        <translation>Drafted by {author} on {when}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="540"/>
        <source>Brouillon : à relire puis marquer comme validé.</source>
        <translation>Draft: review it, then mark it as approved.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="541"/>
        <source>Validé par {reviewer} le {when}.</source>
        <translation>Approved by {reviewer} on {when}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="546"/>
        <source>Prêt pour la génération du PDF.</source>
        <translation>Ready for PDF generation.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="548"/>
        <source>PDF généré et joint au dossier : le courrier ne se modifie plus.</source>
        <translation>PDF generated and attached to the case: the letter can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="618"/>
        <source>Brouillon enregistré dans le registre. Relisez-le et modifiez-le ici.</source>
        <translation>Draft saved in the register. Review and edit it here.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="640"/>
        <source>Brouillon enregistré. Le texte a changé : il est à valider de nouveau.</source>
        <translation>Draft saved. The text has changed: it needs approving again.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="643"/>
        <source>Brouillon enregistré.</source>
        <translation>Draft saved.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="670"/>
        <source>Courrier validé par {reviewer}.</source>
        <translation>Letter approved by {reviewer}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="680"/>
        <source>Générer le PDF définitif</source>
        <translation>Generate the final PDF</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="681"/>
        <source>Générer le PDF définitif de ce courrier ?</source>
        <translation>Generate the final PDF of this letter?</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="684"/>
        <source>Le courrier sera alors figé : son texte ne pourra plus être modifié. Le PDF sera joint à {case} {reference}, chiffré dans le registre, et la génération sera inscrite au journal.</source>
        <translation>The letter will then be fixed: its text can no longer be changed. The PDF will be attached to {case} {reference}, encrypted in the register, and the generation recorded in the journal.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="690"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="720"/>
        <source>PDF « {name} » joint à {case} {reference}.</source>
        <translation>PDF “{name}” attached to {case} {reference}.</translation>
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
        <translation>Export the PDF</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="777"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="785"/>
        <source>Copie enregistrée : {path}</source>
        <translation>Copy saved: {path}</translation>
    </message>
</context>
<context>
    <name>LetterField</name>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="318"/>
        <source>Nom de l&apos;organisation</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="319"/>
        <source>Adresse de l&apos;organisation</source>
        <translation>Organisation address</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="320"/>
        <source>Nom du DPO</source>
        <translation>DPO name</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="321"/>
        <source>E-mail du DPO</source>
        <translation>DPO e-mail</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="322"/>
        <source>Téléphone du DPO</source>
        <translation>DPO telephone</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="323"/>
        <source>Coordonnées du DPO (nom, e-mail, téléphone)</source>
        <translation>DPO contact details (name, e-mail, telephone)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="324"/>
        <source>Date du courrier</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="325"/>
        <source>Lieu d&apos;envoi</source>
        <translation>Place of sending</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="326"/>
        <source>CNDP : nom complet et adresse</source>
        <translation>CNDP: full name and address</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="327"/>
        <source>CNIL : nom complet et adresse</source>
        <translation>CNIL: full name and address</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="328"/>
        <source>Le RGPD s&apos;applique (oui/non)</source>
        <translation>The GDPR applies (yes/no)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="329"/>
        <source>La loi 09-08 s&apos;applique (oui/non)</source>
        <translation>Law 09-08 applies (yes/no)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="330"/>
        <source>Référence de la demande</source>
        <translation>Request reference</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="331"/>
        <source>Date de réception</source>
        <translation>Date of receipt</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="332"/>
        <source>Nom du demandeur</source>
        <translation>Requester&apos;s name</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="333"/>
        <source>Nom de la personne concernée</source>
        <translation>Data subject&apos;s name</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="334"/>
        <source>Le demandeur agit pour une autre personne</source>
        <translation>The requester acts for another person</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="335"/>
        <source>Droits exercés</source>
        <translation>Rights exercised</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="336"/>
        <location filename="../../dpo_desk/documents/templates.py" line="415"/>
        <source>Régimes applicables</source>
        <translation>Applicable regimes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="337"/>
        <source>Canal de réception</source>
        <translation>Channel of receipt</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="339"/>
        <source>Canal de réception, en toutes lettres (« par e-mail »)</source>
        <translation>Channel of receipt, in words (“by e-mail”)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="340"/>
        <source>Droit d&apos;accès exercé</source>
        <translation>Right of access exercised</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="341"/>
        <source>Droit de rectification exercé</source>
        <translation>Right to rectification exercised</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="342"/>
        <source>Droit à l&apos;effacement exercé</source>
        <translation>Right to erasure exercised</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="343"/>
        <source>Droit à la limitation exercé</source>
        <translation>Right to restriction exercised</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="344"/>
        <source>Droit à la portabilité exercé</source>
        <translation>Right to data portability exercised</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="345"/>
        <source>Droit d&apos;opposition exercé</source>
        <translation>Right to object exercised</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="347"/>
        <source>Portabilité demandée alors que la loi 09-08 s&apos;applique (oui/non)</source>
        <translation>Portability requested while Law 09-08 applies (yes/no)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="348"/>
        <source>Date limite de réponse</source>
        <translation>Response deadline</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="349"/>
        <source>Fondement du délai (article)</source>
        <translation>Legal basis of the deadline (article)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="350"/>
        <source>Règle du délai, en toutes lettres</source>
        <translation>Deadline rule, in words</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="351"/>
        <source>Nature du délai : loi ou politique</source>
        <translation>Nature of the deadline: law or policy</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="352"/>
        <source>Le délai vient de la politique interne</source>
        <translation>The deadline comes from internal policy</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="354"/>
        <source>Date limite au titre du RGPD</source>
        <translation>Deadline under the GDPR</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="355"/>
        <source>Fondement du délai au titre du RGPD</source>
        <translation>Legal basis of the deadline under the GDPR</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="356"/>
        <source>Date limite au titre de la loi 09-08</source>
        <translation>Deadline under Law 09-08</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="357"/>
        <source>Fondement du délai au titre de la loi 09-08</source>
        <translation>Legal basis of the deadline under Law 09-08</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="358"/>
        <source>Date de la prorogation</source>
        <translation>Date of the extension</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="359"/>
        <source>Motifs de la prorogation</source>
        <translation>Reasons for the extension</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="360"/>
        <source>Motif du refus</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="361"/>
        <source>Fondement juridique du refus</source>
        <translation>Legal basis of the refusal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="362"/>
        <source>L&apos;organisation doit pouvoir démontrer le bien-fondé du motif</source>
        <translation>The organisation must be able to demonstrate that the reason is well founded</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="363"/>
        <location filename="../../dpo_desk/services/letters.py" line="211"/>
        <source>Catégories de données traitées</source>
        <translation>Categories of data processed</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="364"/>
        <location filename="../../dpo_desk/services/letters.py" line="212"/>
        <source>Finalités du traitement</source>
        <translation>Purposes of the processing</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="365"/>
        <location filename="../../dpo_desk/services/letters.py" line="213"/>
        <source>Destinataires</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="366"/>
        <location filename="../../dpo_desk/services/letters.py" line="215"/>
        <source>Durée de conservation</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="367"/>
        <location filename="../../dpo_desk/services/letters.py" line="216"/>
        <source>Source des données</source>
        <translation>Source of the data</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="369"/>
        <source>Catégories de données : néant</source>
        <translation>Categories of data: none</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="370"/>
        <source>Finalités : néant</source>
        <translation>Purposes: none</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="371"/>
        <source>Destinataires : néant</source>
        <translation>Recipients: none</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="372"/>
        <source>Durée de conservation : néant</source>
        <translation>Retention period: none</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="373"/>
        <source>Source : néant</source>
        <translation>Source: none</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="375"/>
        <location filename="../../dpo_desk/services/letters.py" line="214"/>
        <source>Transferts hors du Maroc et leurs garanties</source>
        <translation>Transfers outside Morocco and their safeguards</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="376"/>
        <source>Aucun transfert hors du Maroc enregistré</source>
        <translation>No transfer outside Morocco recorded</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="377"/>
        <source>Transferts : néant</source>
        <translation>Transfers: none</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="379"/>
        <location filename="../../dpo_desk/services/letters.py" line="217"/>
        <source>Décisions automatisées, profilage et logique sous-jacente</source>
        <translation>Automated decisions, profiling and the logic involved</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="380"/>
        <source>Décisions automatisées : néant</source>
        <translation>Automated decisions: none</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="381"/>
        <source>Pourquoi les rubriques marquées « néant » le sont</source>
        <translation>Why the items are marked “none”</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="382"/>
        <source>Toutes les rubriques sont marquées « néant »</source>
        <translation>All items are marked “none”</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="383"/>
        <source>Pièces jointes fournies</source>
        <translation>Attachments provided</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="384"/>
        <source>Précisions propres au dossier</source>
        <translation>Case-specific details</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="385"/>
        <source>Date de l&apos;opération effectuée</source>
        <translation>Date of the action taken</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="386"/>
        <source>L&apos;opposition est accueillie</source>
        <translation>The objection is upheld</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="389"/>
        <source>Justificatif demandé : réponses sur le compte</source>
        <translation>Proof requested: answers about the account</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="390"/>
        <source>Justificatif demandé : confirmation par e-mail</source>
        <translation>Proof requested: confirmation by e-mail</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="391"/>
        <source>Justificatif demandé : CNIE présentée sur place</source>
        <translation>Proof requested: CNIE shown in person</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="392"/>
        <source>Justificatif demandé : copie d&apos;une pièce d&apos;identité</source>
        <translation>Proof requested: copy of an identity document</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="393"/>
        <source>Jours au plus avant suppression de la copie (politique interne)</source>
        <translation>Days at most before the copy is deleted (internal policy)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="394"/>
        <source>Référence de la violation</source>
        <translation>Breach reference</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="395"/>
        <source>Intitulé de la violation</source>
        <translation>Breach title</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="396"/>
        <source>Description des faits</source>
        <translation>Description of the facts</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="397"/>
        <source>Nature : confidentialité, intégrité, disponibilité</source>
        <translation>Nature: confidentiality, integrity, availability</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="398"/>
        <source>Catégories de personnes concernées</source>
        <translation>Categories of data subjects</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="399"/>
        <source>Nombre approximatif de personnes concernées</source>
        <translation>Approximate number of data subjects</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="400"/>
        <source>Catégories d&apos;enregistrements concernés</source>
        <translation>Categories of records concerned</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="401"/>
        <source>Nombre approximatif d&apos;enregistrements</source>
        <translation>Approximate number of records</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="402"/>
        <source>Catégories de données concernées</source>
        <translation>Categories of data concerned</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="403"/>
        <source>Conséquences probables</source>
        <translation>Likely consequences</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="404"/>
        <source>Mesures prises</source>
        <translation>Measures taken</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="405"/>
        <source>Mesures envisagées</source>
        <translation>Measures proposed</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="406"/>
        <source>Conseils aux personnes pour se protéger</source>
        <translation>Advice to individuals to protect themselves</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="407"/>
        <source>Chronologie (date — fait)</source>
        <translation>Timeline (date — event)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="408"/>
        <source>Début de la violation</source>
        <translation>Start of the breach</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="409"/>
        <source>Découverte de la violation</source>
        <translation>Discovery of the breach</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="410"/>
        <source>Prise de connaissance (départ des 72 heures)</source>
        <translation>Awareness (start of the 72 hours)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="411"/>
        <source>Échéance de notification</source>
        <translation>Notification deadline</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="412"/>
        <source>Fondement de l&apos;échéance : loi ou politique</source>
        <translation>Basis of the deadline: law or policy</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="413"/>
        <source>Notification tardive</source>
        <translation>Late notification</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="414"/>
        <source>Motifs du retard</source>
        <translation>Reasons for the delay</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="416"/>
        <source>Autorité notifiée</source>
        <translation>Authority notified</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="420"/>
        <source>Courrier à une autorité de contrôle de l&apos;UE (article 33 du RGPD)</source>
        <translation>Letter to an EU supervisory authority (GDPR Article 33)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="421"/>
        <source>Courrier à la CNDP (politique interne, loi 09-08)</source>
        <translation>Letter to the CNDP (internal policy, Law 09-08)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/pdf.py" line="69"/>
        <source>Texte du courrier</source>
        <translation>Letter text</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/pdf.py" line="70"/>
        <source>Adresse du destinataire</source>
        <translation>Addressee&apos;s address</translation>
    </message>
</context>
<context>
    <name>LetterKind</name>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="30"/>
        <source>Accusé de réception</source>
        <translation>Acknowledgement of receipt</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="31"/>
        <source>Demande de justificatif d&apos;identité</source>
        <translation>Request for proof of identity</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="34"/>
        <source>Notification de prorogation du délai</source>
        <translation>Notice of extension</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="35"/>
        <source>Réponse à une demande d&apos;accès</source>
        <translation>Reply to an access request</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="36"/>
        <source>Confirmation de rectification</source>
        <translation>Confirmation of rectification</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="37"/>
        <source>Confirmation d&apos;effacement ou de limitation</source>
        <translation>Confirmation of erasure or restriction</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="40"/>
        <source>Réponse à une opposition</source>
        <translation>Reply to an objection</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="41"/>
        <source>Refus motivé</source>
        <translation>Reasoned refusal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="42"/>
        <source>Notification de violation à l&apos;autorité</source>
        <translation>Notification of a personal data breach</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="45"/>
        <source>Communication de violation aux personnes concernées</source>
        <translation>Communication of a personal data breach</translation>
    </message>
</context>
<context>
    <name>LetterLanguage</name>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="62"/>
        <source>Français</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="63"/>
        <source>Arabe</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="64"/>
        <source>Anglais</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>LetterSettingsCard</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/letter_validation.py" line="25"/>
        <source>Validation des courriers</source>
        <extracomment>the rule&apos;s new value, after a successful save</extracomment>
        <translation>Letter validation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/letter_validation.py" line="27"/>
        <source>Avant d&apos;être généré, chaque courrier est relu et validé. Avec la règle des quatre yeux, la personne qui le valide doit être une autre que celle qui l&apos;a rédigé. Le réglage est enregistré dans le registre et inscrit au journal.</source>
        <translation>Before it is generated, every letter is reviewed and validated. With the four-eyes rule, the person who validates it must be someone other than the one who drafted it. The setting is stored in the register and recorded in the journal.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/letter_validation.py" line="34"/>
        <source>Règle des quatre yeux : le relecteur doit être distinct de l&apos;auteur</source>
        <translation>Four-eyes rule: the reviewer must differ from the author</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/letter_validation.py" line="69"/>
        <source>Règle des quatre yeux activée : l&apos;auteur d&apos;un courrier ne peut plus le valider.</source>
        <translation>Four-eyes rule on: a letter&apos;s author can no longer validate it.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/letter_validation.py" line="72"/>
        <source>Règle des quatre yeux désactivée.</source>
        <translation>Four-eyes rule off.</translation>
    </message>
</context>
<context>
    <name>LetterTemplatesCard</name>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="77"/>
        <source>Modèles de courrier</source>
        <extracomment>the stylesheet&apos;s item padding (QListWidget::item), both sides, and a margin</extracomment>
        <translation>Letter templates</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="81"/>
        <source>Chaque type de courrier a un modèle par langue. Les champs entre {{ doubles accolades }} sont remplis avec les données du dossier ; {% if champ %} … {% endif %} garde un passage quand le champ est renseigné. La première ligne est l&apos;objet du courrier.</source>
        <translation>Each letter type has one template per language. Fields in {{ double braces }} are filled with the case&apos;s data; {% if field %} … {% endif %} keeps a passage when the field has a value. The first line is the letter&apos;s subject.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="121"/>
        <source>Champs disponibles</source>
        <translation>Available fields</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="126"/>
        <source>Double-cliquez pour insérer le champ dans le modèle</source>
        <translation>Double-click to insert the field into the template</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="129"/>
        <source>Double-clic : insérer</source>
        <translation>Double-click: insert</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="107"/>
        <source>Rétablir le modèle par défaut</source>
        <translation>Restore the default template</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="136"/>
        <source>Annuler les modifications</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="138"/>
        <source>Enregistrer le modèle</source>
        <translation>Save the template</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="224"/>
        <source>Modèle modifié par {who} le {when}.</source>
        <translation>Template changed by {who} on {when}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="229"/>
        <source>Modèle modifié.</source>
        <translation>Template changed.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="231"/>
        <source>Modèle par défaut, livré avec DPO Desk.</source>
        <translation>Default template, supplied with DPO Desk.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="279"/>
        <source>Modèle « {kind} » ({language}) enregistré.</source>
        <translation>Template “{kind}” ({language}) saved.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="296"/>
        <source>Modèle par défaut rétabli.</source>
        <translation>Default template restored.</translation>
    </message>
</context>
<context>
    <name>Likelihood</name>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="165"/>
        <source>Négligeable</source>
        <translation>Negligible</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="166"/>
        <source>Limitée</source>
        <translation>Limited</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="167"/>
        <source>Importante</source>
        <translation>Significant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="168"/>
        <source>Maximale</source>
        <translation>Maximum</translation>
    </message>
</context>
<context>
    <name>LockState</name>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="65"/>
        <source>Déverrouillé</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="68"/>
        <source>Verrouillé</source>
        <translation>Locked</translation>
    </message>
</context>
<context>
    <name>Lunar</name>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="157"/>
        <source>Aïd al-Fitr</source>
        <translation>Eid al-Fitr</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="158"/>
        <source>Aïd al-Adha</source>
        <translation>Eid al-Adha</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="159"/>
        <source>1er Moharram</source>
        <translation>1 Muharram</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="160"/>
        <source>Aïd al-Mawlid</source>
        <translation>Mawlid</translation>
    </message>
</context>
<context>
    <name>LunarConfirmDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/lunar_confirm.py" line="78"/>
        <source>Confirmer {holiday}</source>
        <translation>Confirm {holiday}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/lunar_confirm.py" line="84"/>
        <source>Premier jour actuellement retenu : {date}. Corrigez-le si l&apos;annonce officielle dit autre chose.</source>
        <translation>First day currently applied: {date}. Correct it if the official announcement says otherwise.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/lunar_confirm.py" line="89"/>
        <source>Date estimée : {date}. Tant qu&apos;elle n&apos;est pas confirmée, elle ne reporte aucune échéance. Indiquez le premier jour annoncé : les échéances en tiennent compte dès la confirmation.</source>
        <translation>Estimated date: {date}. Until it is confirmed, it does not move any deadline. Enter the announced first day: deadlines take it into account as soon as it is confirmed.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/lunar_confirm.py" line="101"/>
        <location filename="../../dpo_desk/ui/lunar_confirm.py" line="111"/>
        <source>Premier jour annoncé</source>
        <translation>Announced first day</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/lunar_confirm.py" line="108"/>
        <source>Annoncée par le ministère des Habous et des Affaires islamiques.</source>
        <translation>Announced by the Ministry of Habous and Islamic Affairs.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/lunar_confirm.py" line="113"/>
        <source>Jours fériés</source>
        <translation>Public holidays</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/lunar_confirm.py" line="118"/>
        <source>Confirmer</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/lunar_confirm.py" line="144"/>
        <source>{holiday} confirmé : premier jour le {date}.</source>
        <translation>{holiday} confirmed: first day {date}.</translation>
    </message>
</context>
<context>
    <name>LunarNotice</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="148"/>
        <source>{holiday} ({year}) : date estimée au {date}. Confirmez-la dès l&apos;annonce officielle : les échéances n&apos;en tiennent compte qu&apos;une fois confirmée.</source>
        <translation>{holiday} ({year}): estimated date {date}. Confirm it as soon as it is officially announced: deadlines only take it into account once it is confirmed.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="158"/>
        <source>Confirmer…</source>
        <translation>Confirm…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="160"/>
        <source>Confirmer la date de {holiday}</source>
        <translation>Confirm the date of {holiday}</translation>
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
        <translation>Register locked</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="286"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="297"/>
        <source>&amp;Ouvrir…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="300"/>
        <source>&amp;Verrouiller</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="303"/>
        <source>&amp;Fermer le registre</source>
        <translation>&amp;Close the register</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="306"/>
        <source>&amp;Exporter tous les registres…</source>
        <translation>&amp;Export all registers…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="308"/>
        <source>Exporter le &amp;calendrier des échéances…</source>
        <translation>Export the &amp;deadline calendar…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="310"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="329"/>
        <source>Verrouiller</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="334"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="344"/>
        <source>Aid&amp;e</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="345"/>
        <source>À &amp;propos de DPO Desk…</source>
        <translation>&amp;About DPO Desk…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="542"/>
        <source>Calendrier enregistré : {name}</source>
        <translation>Calendar saved: {name}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="565"/>
        <source>Enregistrement en cours : le registre sera verrouillé dès la fin.</source>
        <translation>Saving in progress: the register will lock as soon as it finishes.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="652"/>
        <source>Sauvegarde du jour impossible : {reason}</source>
        <translation>Today&apos;s backup failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="648"/>
        <source>Sauvegarde du jour : {file}.</source>
        <translation>Today&apos;s backup: {file}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="291"/>
        <location filename="../../dpo_desk/ui/main_window.py" line="379"/>
        <source>Nouvel élément</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="294"/>
        <source>Nouveau &amp;registre…</source>
        <translation>New &amp;register…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/main_window.py" line="681"/>
        <source>Verrouillé après %n minute(s) sans activité.</source>
        <translation>
            <numerusform>Locked after %n minute without activity.</numerusform>
            <numerusform>Locked after %n minutes without activity.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MaintenanceCard</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="66"/>
        <source>Sauvegarde et sécurité</source>
        <extracomment>a restored register the user chose to open (the controller opens it)</extracomment>
        <translation>Backup and security</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="68"/>
        <source>Une sauvegarde est une copie chiffrée, vérifiée avant d&apos;être gardée. La vérification contrôle chaque page chiffrée, la structure du fichier et la chaîne du journal (RGPD art. 32 ; loi 09-08 art. 23).</source>
        <translation>A backup is an encrypted copy, verified before it is kept. Verification checks every encrypted page, the file structure and the journal chain (GDPR Art. 32; Law 09-08 art. 23).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="77"/>
        <source>Sauvegarder maintenant…</source>
        <translation>Back up now…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="79"/>
        <source>Vérifier le registre</source>
        <translation>Verify the register</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="81"/>
        <source>Changer la phrase secrète…</source>
        <translation>Change the passphrase…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="83"/>
        <source>Durées de conservation…</source>
        <translation>Retention periods…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="94"/>
        <source>Sauvegardes automatiques</source>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="98"/>
        <source>Désactivées</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="100"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="102"/>
        <source>Une par jour, garder les dernières :</source>
        <translation>One a day, keep the latest:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="108"/>
        <source>Dossier :</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="114"/>
        <source>Sauvegardes disponibles</source>
        <translation>Available backups</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="119"/>
        <source>Restaurer…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="121"/>
        <source>Crée un nouveau registre à partir de la sauvegarde choisie</source>
        <translation>Creates a new register from the chosen backup</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="161"/>
        <source>Aucune sauvegarde automatique pour l&apos;instant.</source>
        <translation>No automatic backup yet.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="223"/>
        <source>Sauvegarder le registre</source>
        <translation>Back up the register</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="225"/>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="275"/>
        <source>Registre DPO Desk (*.dpodesk)</source>
        <translation>DPO Desk register (*.dpodesk)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="237"/>
        <source>Sauvegarde en cours…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="242"/>
        <source>Sauvegarde vérifiée : {file} ({size}). Chiffrement, intégrité, clés et chaîne du journal contrôlés sur la copie.</source>
        <translation>Backup verified: {file} ({size}). Encryption, integrity, keys and journal chain checked on the copy.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="256"/>
        <source>Sauvegardes automatiques désactivées.</source>
        <translation>Automatic backups disabled.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="260"/>
        <source>Les %n dernière(s) sauvegarde(s) quotidienne(s) seront gardées.</source>
        <translation>
            <numerusform>The latest daily backup will be kept.</numerusform>
            <numerusform>The latest %n daily backups will be kept.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="273"/>
        <source>Restaurer dans un nouveau registre</source>
        <translation>Restore to a new register</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="305"/>
        <source>Restauration en cours…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="321"/>
        <source>Registre restauré et vérifié : {file}.</source>
        <translation>Register restored and verified: {file}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="325"/>
        <source>Registre restauré</source>
        <translation>Register restored</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="326"/>
        <source>Ouvrir le registre restauré {file} dans une nouvelle fenêtre ?</source>
        <translation>Open the restored register {file} in a new window?</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="341"/>
        <source>Vérification en cours…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="346"/>
        <source>Registre intègre : chaque page chiffrée, la structure, les clés étrangères et la chaîne du journal sont vérifiées.</source>
        <translation>Register intact: every encrypted page, the structure, the foreign keys and the journal chain are verified.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="361"/>
        <source>Phrase secrète changée et vérifiée ; trousseau mis à jour.</source>
        <translation>Passphrase changed and verified; keyring updated.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="363"/>
        <source>Phrase secrète changée et vérifiée.</source>
        <translation>Passphrase changed and verified.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="368"/>
        <source>%n sauvegarde(s) conservée(s) rechiffrée(s) avec la nouvelle phrase.</source>
        <translation>
            <numerusform>%n kept backup re-encrypted with the new passphrase.</numerusform>
            <numerusform>%n kept backups re-encrypted with the new passphrase.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="375"/>
        <source>Non rechiffrée(s), gardée(s) sous l&apos;ancienne phrase secrète : {files}.</source>
        <translation>Not re-encrypted, kept under the old passphrase: {files}.</translation>
    </message>
</context>
<context>
    <name>MemberState</name>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="26"/>
        <source>Autriche</source>
        <translation>Austria</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="27"/>
        <source>Belgique</source>
        <translation>Belgium</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="28"/>
        <source>Bulgarie</source>
        <translation>Bulgaria</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="29"/>
        <source>Chypre</source>
        <translation>Cyprus</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="30"/>
        <source>Tchéquie</source>
        <translation>Czechia</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="31"/>
        <source>Allemagne</source>
        <translation>Germany</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="32"/>
        <source>Danemark</source>
        <translation>Denmark</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="33"/>
        <source>Estonie</source>
        <translation>Estonia</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="34"/>
        <source>Espagne</source>
        <translation>Spain</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="35"/>
        <source>Finlande</source>
        <translation>Finland</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="36"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="37"/>
        <source>Grèce</source>
        <translation>Greece</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="38"/>
        <source>Croatie</source>
        <translation>Croatia</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="39"/>
        <source>Hongrie</source>
        <translation>Hungary</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="40"/>
        <source>Irlande</source>
        <translation>Ireland</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="41"/>
        <source>Italie</source>
        <translation>Italy</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="42"/>
        <source>Lituanie</source>
        <translation>Lithuania</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="43"/>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="44"/>
        <source>Lettonie</source>
        <translation>Latvia</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="45"/>
        <source>Malte</source>
        <translation>Malta</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="46"/>
        <source>Pays-Bas</source>
        <translation>Netherlands</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="47"/>
        <source>Pologne</source>
        <translation>Poland</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="48"/>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="49"/>
        <source>Roumanie</source>
        <translation>Romania</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="50"/>
        <source>Suède</source>
        <translation>Sweden</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="51"/>
        <source>Slovénie</source>
        <translation>Slovenia</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="52"/>
        <source>Slovaquie</source>
        <translation>Slovakia</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="502"/>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="60"/>
        <source>Aucun</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>Missing</name>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="396"/>
        <source>Adresse du responsable du traitement (art. 15 a)</source>
        <translation>Address of the controller (art. 15 a)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="399"/>
        <source>Représentant au Maroc d&apos;un responsable qui n&apos;y est pas établi (art. 15 a)</source>
        <translation>Representative in Morocco of a controller not established there (art. 15 a)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="403"/>
        <source>Signataire de la déclaration (représentant légal)</source>
        <translation>Signatory of the declaration (legal representative)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="406"/>
        <source>Caractéristiques du traitement : description (art. 15 b)</source>
        <translation>Characteristics of the processing: description (art. 15 b)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="409"/>
        <source>Catégories de personnes concernées (art. 15 c)</source>
        <translation>Categories of data subjects (art. 15 c)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="412"/>
        <source>Catégories de données (art. 15 c)</source>
        <translation>Categories of data (art. 15 c)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="413"/>
        <source>Destinataires des données (art. 15 d)</source>
        <translation>Recipients of the data (art. 15 d)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="414"/>
        <source>Durée de conservation des données (art. 15 f)</source>
        <translation>Retention period of the data (art. 15 f)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="417"/>
        <source>Service auprès duquel les personnes exercent leurs droits (art. 15 g)</source>
        <translation>Department with which data subjects exercise their rights (art. 15 g)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="420"/>
        <source>Mesures de sécurité (art. 15 h)</source>
        <translation>Security measures (art. 15 h)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="421"/>
        <source>Origine des données</source>
        <translation>Source of the data</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="422"/>
        <source>Contrats ou clauses à joindre à la demande de transfert vers {country} (F118)</source>
        <translation>Contracts or clauses to attach to the application for the transfer to {country} (F118)</translation>
    </message>
</context>
<context>
    <name>NewBreachDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dialogs.py" line="39"/>
        <source>Nouvelle violation — DPO Desk</source>
        <translation>New breach — DPO Desk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dialogs.py" line="45"/>
        <source>Nouvelle violation de données</source>
        <translation>New personal data breach</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dialogs.py" line="47"/>
        <source>Étape 1 sur 5 — les faits et l&apos;horloge. Le délai de 72 heures pour notifier court dès que l&apos;organisation a connaissance de la violation : légal sous le RGPD (article 33 du RGPD), politique interne sous la seule loi 09-08. Enregistrez-la tout de suite, les autres étapes se complètent ensuite.</source>
        <translation>Step 1 of 5 — the facts and the clock. The 72-hour deadline to notify runs from the moment the organisation becomes aware of the breach: statutory under the GDPR (GDPR Article 33), internal policy under Law 09-08 alone. Record it straight away; the other steps can be completed afterwards.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dialogs.py" line="66"/>
        <source>* obligatoire</source>
        <translation>* required</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dialogs.py" line="68"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dialogs.py" line="68"/>
        <source>Enregistrer et démarrer le suivi</source>
        <translation>Save and start tracking</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="50"/>
        <source>Nouvelle demande — DPO Desk</source>
        <translation>New request — DPO Desk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="53"/>
        <source>Nouvelle demande d&apos;exercice de droits</source>
        <translation>New data subject rights request</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="55"/>
        <source>L&apos;échéance légale est calculée dès l&apos;enregistrement, à partir de la date de réception, des droits exercés et du régime applicable.</source>
        <translation>The statutory deadline is calculated on saving, from the date of receipt, the rights exercised and the applicable regime.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="71"/>
        <source>La demande</source>
        <translation>The request</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="73"/>
        <source>Régime *</source>
        <translation>Regime *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="74"/>
        <source>Droits exercés *</source>
        <translation>Rights exercised *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="75"/>
        <source>Reçue par</source>
        <translation>Received via</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="76"/>
        <source>Reçue le *</source>
        <translation>Received on *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="77"/>
        <source>Suivie par</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="78"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="88"/>
        <source>Le demandeur</source>
        <translation>The requester</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="90"/>
        <source>Nom *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="91"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="92"/>
        <source>Téléphone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="93"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="94"/>
        <source>Agit en tant que</source>
        <translation>Acting as</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="95"/>
        <source>Personne concernée</source>
        <translation>Data subject</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="100"/>
        <source>* obligatoire</source>
        <translation>* required</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="104"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="104"/>
        <source>Enregistrer la demande</source>
        <translation>Save the request</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="161"/>
        <source>Notice d&apos;information sur la protection des données personnelles</source>
        <translation>Information notice on personal data protection</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="164"/>
        <source>Loi n° 09-08, article 5</source>
        <translation>Law No. 09-08, Article 5</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="165"/>
        <source>Loi n° 09-08, article 5 ; RGPD, articles 13 et 14</source>
        <translation>Law No. 09-08, Article 5; GDPR, Articles 13 and 14</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="166"/>
        <source>{organisation} — notice d&apos;information du {date}</source>
        <translation>{organisation} — information notice of {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="167"/>
        <source>{organisation} traite des données à caractère personnel vous concernant. Conformément à l&apos;article 5 de la loi n° 09-08 relative à la protection des personnes physiques à l&apos;égard du traitement des données à caractère personnel, cette notice vous dit qui traite vos données, pourquoi, avec qui elles sont partagées, combien de temps elles sont conservées et quels sont vos droits.</source>
        <translation>{organisation} processes personal data concerning you. In accordance with Article 5 of Law No. 09-08 on the protection of individuals with regard to the processing of personal data, this notice tells you who processes your data, why, with whom it is shared, how long it is kept and what your rights are.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="175"/>
        <source>{organisation} traite des données à caractère personnel vous concernant. Conformément à l&apos;article 5 de la loi n° 09-08 relative à la protection des personnes physiques à l&apos;égard du traitement des données à caractère personnel et aux articles 13 et 14 du règlement général sur la protection des données (RGPD), cette notice vous dit qui traite vos données, pourquoi, avec qui elles sont partagées, combien de temps elles sont conservées et quels sont vos droits.</source>
        <translation>{organisation} processes personal data concerning you. In accordance with Article 5 of Law No. 09-08 on the protection of individuals with regard to the processing of personal data and Articles 13 and 14 of the General Data Protection Regulation (GDPR), this notice tells you who processes your data, why, with whom it is shared, how long it is kept and what your rights are.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="185"/>
        <source>Responsable du traitement et délégué à la protection des données</source>
        <translation>Controller and Data Protection Officer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="188"/>
        <source>Responsable du traitement</source>
        <translation>Controller</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="189"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="190"/>
        <source>Identifiants légaux</source>
        <translation>Legal identifiers</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="191"/>
        <source>Représentant au Maroc</source>
        <translation>Representative in Morocco</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="192"/>
        <source>Délégué à la protection des données (DPO)</source>
        <translation>Data Protection Officer (DPO)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="193"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="194"/>
        <source>Téléphone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="195"/>
        <source>non communiqué</source>
        <translation>not provided</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="197"/>
        <source>Les traitements de vos données</source>
        <translation>The processing of your data</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="198"/>
        <source>Aucun traitement n&apos;est inscrit au registre.</source>
        <translation>No processing activity is entered in the register.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="199"/>
        <source>Finalités et bases légales</source>
        <translation>Purposes and legal bases</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="200"/>
        <source>{purpose} — base légale : {basis}</source>
        <translation>{purpose} — legal basis: {basis}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="201"/>
        <source>{purpose} — base légale : {basis} ; intérêt poursuivi : {interest}</source>
        <translation>{purpose} — legal basis: {basis}; interest pursued: {interest}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="204"/>
        <source>Personnes concernées</source>
        <translation>Data subjects</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="205"/>
        <source>Catégories de données</source>
        <translation>Categories of data</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="206"/>
        <source>Origine des données</source>
        <translation>Source of the data</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="207"/>
        <source>Destinataires</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="208"/>
        <source>Sous-traitants</source>
        <translation>Processors</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="209"/>
        <source>Durées de conservation</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="210"/>
        <source>Transferts hors du Maroc</source>
        <translation>Transfers out of Morocco</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="211"/>
        <source>Référence CNDP</source>
        <translation>CNDP reference</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="212"/>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="213"/>
        <source>non précisé</source>
        <translation>not specified</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="214"/>
        <source>non encore fixée au registre ; renseignez-vous auprès du délégué</source>
        <translation>not yet set in the register; ask the Data Protection Officer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="217"/>
        <source>{what} : {duration}</source>
        <translation>{what}: {duration}</translation>
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
        <translation>{country}: {footing}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="224"/>
        <source>{country}, par {processor} : {footing}</source>
        <translation>{country}, via {processor}: {footing}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="225"/>
        <source>pays assurant un niveau de protection suffisant selon la liste de la CNDP (loi 09-08 art. 43)</source>
        <translation>country ensuring an adequate level of protection according to the CNDP&apos;s list (Law 09-08 art. 43)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="229"/>
        <source>exception prévue par la loi 09-08 (art. 44) : {exception}</source>
        <translation>exception provided for by Law 09-08 (art. 44): {exception}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="232"/>
        <source>autorisation de la CNDP n° {reference} (loi 09-08 art. 44)</source>
        <translation>CNDP authorisation no. {reference} (Law 09-08 art. 44)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="235"/>
        <source>autorisation de la CNDP n° {reference} du {date} (loi 09-08 art. 44)</source>
        <translation>CNDP authorisation no. {reference} of {date} (Law 09-08 art. 44)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="238"/>
        <source>demande d&apos;autorisation déposée auprès de la CNDP le {date} (loi 09-08 art. 44)</source>
        <translation>authorisation application filed with the CNDP on {date} (Law 09-08 art. 44)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="242"/>
        <source>autorisation de la CNDP non encore délivrée (loi 09-08 art. 44)</source>
        <translation>CNDP authorisation not yet issued (Law 09-08 art. 44)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="245"/>
        <source>{footing} ; garanties jointes à la demande d&apos;autorisation : {guarantees}</source>
        <translation>{footing}; safeguards attached to the authorisation application: {guarantees}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="248"/>
        <source>{footing} ; garanties contractuelles : {guarantees}</source>
        <translation>{footing}; contractual safeguards: {guarantees}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="251"/>
        <source>{label} ({citation})</source>
        <translation>{label} ({citation})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="253"/>
        <source>Transferts de données hors du Maroc</source>
        <translation>Transfers of data out of Morocco</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="254"/>
        <source>Certaines données sont transmises à des prestataires établis hors du Maroc. La loi 09-08 ne permet de transférer des données vers un pays qui n&apos;assure pas un niveau de protection suffisant, au regard de la liste établie par la CNDP, qu&apos;avec l&apos;autorisation de la CNDP ou dans les cas d&apos;exception prévus par la loi (art. 43 et 44). Les clauses contractuelles conclues avec ces prestataires sont jointes à la demande d&apos;autorisation ; elles ne la remplacent pas. Le détail figure sous chaque traitement ci-dessus.</source>
        <translation>Some data is sent to service providers established outside Morocco. Law 09-08 allows data to be transferred to a country that does not ensure an adequate level of protection, with regard to the list drawn up by the CNDP, only with the CNDP&apos;s authorisation or in the exceptional cases provided for by the law (art. 43 and 44). The contractual clauses concluded with these service providers are attached to the authorisation application; they do not replace it. The details are given under each processing activity above.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="264"/>
        <source>Lorsque le RGPD s&apos;applique, ces transferts sont en outre encadrés par les garanties indiquées pour chacun (RGPD art. 44 à 49). Vous pouvez en obtenir une copie auprès du délégué à la protection des données.</source>
        <translation>Where the GDPR applies, these transfers are also governed by the safeguards indicated for each one (GDPR Art. 44 to 49). You can obtain a copy of them from the Data Protection Officer.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="270"/>
        <source>{country} : {processors}</source>
        <translation>{country}: {processors}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="271"/>
        <source>Aucun transfert de données hors du Maroc n&apos;est inscrit au registre.</source>
        <translation>No transfer of data out of Morocco is entered in the register.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="275"/>
        <source>Vos droits (loi n° 09-08)</source>
        <translation>Your rights (Law No. 09-08)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="276"/>
        <source>La loi n° 09-08 vous reconnaît, pour les données qui vous concernent :</source>
        <translation>Law No. 09-08 grants you the following rights over the data concerning you:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="279"/>
        <source>Droit d&apos;accès (art. 7) : obtenir, sans délai et gratuitement, la confirmation que des données vous concernant sont ou ne sont pas traitées et, le cas échéant, la communication de ces données, des finalités du traitement, de leurs destinataires et de leur origine.</source>
        <translation>Right of access (art. 7): to obtain, without delay and free of charge, confirmation as to whether or not data concerning you is being processed and, where applicable, communication of that data, of the purposes of the processing, of its recipients and of its source.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="286"/>
        <source>Droit de rectification (art. 8) : obtenir gratuitement l&apos;actualisation, la rectification, l&apos;effacement ou le verrouillage des données dont le traitement n&apos;est pas conforme à la loi, notamment parce qu&apos;elles sont incomplètes ou inexactes, dans un délai franc de dix jours. Si la demande est refusée ou reste sans réponse dans ce délai, vous pouvez saisir la CNDP.</source>
        <translation>Right to rectification (art. 8): to obtain free of charge the updating, rectification, erasure or blocking of data whose processing does not comply with the law, in particular because it is incomplete or inaccurate, within ten clear days. If the request is refused or receives no reply within that period, you may refer the matter to the CNDP.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="294"/>
        <source>Droit d&apos;opposition (art. 9) : vous opposer, pour des motifs légitimes, au traitement de vos données et, sans frais, à leur utilisation à des fins de prospection, notamment commerciale.</source>
        <translation>Right to object (art. 9): to object, on legitimate grounds, to the processing of your data and, free of charge, to its use for marketing purposes, in particular commercial marketing.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="300"/>
        <source>Prospection directe (art. 10) : elle ne peut se faire par automate d&apos;appel, télécopieur ou courrier électronique qu&apos;avec votre consentement préalable.</source>
        <translation>Direct marketing (art. 10): it may be carried out by automated calling machine, fax or e-mail only with your prior consent.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="305"/>
        <source>Décisions automatisées (art. 11) : aucune décision produisant des effets juridiques à votre égard ne peut être prise sur le seul fondement d&apos;un traitement automatisé destiné à définir votre profil ou à évaluer certains aspects de votre personnalité.</source>
        <translation>Automated decisions (art. 11): no decision producing legal effects concerning you may be taken solely on the basis of automated processing intended to define your profile or to evaluate certain aspects of your personality.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="312"/>
        <source>Vos droits au titre du RGPD</source>
        <translation>Your rights under the GDPR</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="313"/>
        <source>Lorsque le règlement général sur la protection des données (RGPD) s&apos;applique au traitement de vos données, notamment parce que vous vous trouvez dans l&apos;Union européenne, vous disposez en outre des droits suivants :</source>
        <translation>Where the General Data Protection Regulation (GDPR) applies to the processing of your data, in particular because you are in the European Union, you also have the following rights:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="319"/>
        <source>droit d&apos;accès à vos données et d&apos;en obtenir une copie (art. 15) ;</source>
        <translation>right of access to your data and to obtain a copy of it (Art. 15);</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="322"/>
        <source>droit de rectification des données inexactes ou incomplètes (art. 16) ;</source>
        <translation>right to rectification of inaccurate or incomplete data (Art. 16);</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="325"/>
        <source>droit à l&apos;effacement (art. 17) ;</source>
        <translation>right to erasure (Art. 17);</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="326"/>
        <source>droit à la limitation du traitement (art. 18) ;</source>
        <translation>right to restriction of processing (Art. 18);</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="327"/>
        <source>droit à la portabilité des données que vous avez fournies, lorsque le traitement repose sur votre consentement ou sur un contrat et est automatisé (art. 20) ;</source>
        <translation>right to portability of the data you have provided, where the processing is based on your consent or on a contract and is carried out by automated means (Art. 20);</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="332"/>
        <source>droit d&apos;opposition au traitement fondé sur l&apos;intérêt légitime ou l&apos;intérêt public, et à tout moment à la prospection (art. 21) ;</source>
        <translation>right to object to processing based on legitimate interest or the public interest, and at any time to direct marketing (Art. 21);</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="337"/>
        <source>droit de ne pas faire l&apos;objet d&apos;une décision fondée exclusivement sur un traitement automatisé produisant des effets juridiques à votre égard (art. 22) ;</source>
        <translation>right not to be subject to a decision based solely on automated processing which produces legal effects concerning you (Art. 22);</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="342"/>
        <source>droit de retirer à tout moment votre consentement, sans que cela compromette la licéité du traitement effectué avant ce retrait (art. 7(3)) ;</source>
        <translation>right to withdraw your consent at any time, without affecting the lawfulness of processing carried out before its withdrawal (Art. 7(3));</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="347"/>
        <source>droit d&apos;introduire une réclamation auprès d&apos;une autorité de contrôle (art. 77).</source>
        <translation>right to lodge a complaint with a supervisory authority (Art. 77).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="351"/>
        <source>Comment exercer vos droits</source>
        <translation>How to exercise your rights</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="352"/>
        <source>Adressez votre demande au délégué à la protection des données de {organisation} :</source>
        <translation>Send your request to the Data Protection Officer of {organisation}:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="355"/>
        <source>Pour chaque traitement, le service auprès duquel exercer vos droits :</source>
        <translation>For each processing activity, the department with which to exercise your rights:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="358"/>
        <source>{activity} : {service}</source>
        <translation>{activity}: {service}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="359"/>
        <source>Une demande de rectification, d&apos;effacement ou de verrouillage est traitée dans le délai franc de dix jours fixé par la loi 09-08 (art. 8).</source>
        <translation>A request for rectification, erasure or blocking is handled within the ten clear days set by Law 09-08 (art. 8).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="364"/>
        <source>Pour vos autres demandes, {organisation} s&apos;engage à vous répondre dans un délai de {days} jours au plus. Ce délai est un engagement de {organisation} : la loi 09-08 n&apos;en fixe pas.</source>
        <translation>For your other requests, {organisation} undertakes to reply within {days} days at most. This period is a commitment by {organisation}: Law 09-08 does not set one.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="370"/>
        <source>Au titre du RGPD, la réponse vous est donnée dans un délai d&apos;un mois à compter de la réception de la demande ; ce délai peut être prolongé de deux mois compte tenu de la complexité ou du nombre des demandes, et vous en êtes alors informé dans le premier mois (RGPD art. 12(3)).</source>
        <translation>Under the GDPR, you receive a reply within one month of receipt of the request; this period may be extended by two months, taking into account the complexity and number of requests, in which case you are informed within the first month (GDPR Art. 12(3)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="378"/>
        <source>Déclarations et autorisations auprès de la CNDP</source>
        <translation>Declarations and authorisations with the CNDP</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="379"/>
        <source>Les traitements sont déclarés à la CNDP ou autorisés par elle (loi 09-08 art. 12). Références délivrées par la CNDP (art. 5) :</source>
        <translation>The processing activities are declared to the CNDP or authorised by it (Law 09-08 art. 12). References issued by the CNDP (art. 5):</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="384"/>
        <source>{activity} — {formality} : {state}</source>
        <translation>{activity} — {formality}: {state}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="385"/>
        <source>n° {reference}</source>
        <translation>no. {reference}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="386"/>
        <source>n° {reference} du {date}</source>
        <translation>no. {reference} of {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="387"/>
        <source>dossier déposé le {date}, référence non encore délivrée</source>
        <translation>file filed on {date}, reference not yet issued</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="388"/>
        <source>référence non encore délivrée par la CNDP</source>
        <translation>reference not yet issued by the CNDP</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="389"/>
        <source>{formality} : {state}</source>
        <translation>{formality}: {state}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="390"/>
        <source>fin du traitement déclarée</source>
        <translation>end of processing declared</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="392"/>
        <source>Réclamation auprès d&apos;une autorité de contrôle</source>
        <translation>Complaint to a supervisory authority</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="393"/>
        <source>Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une plainte à la Commission nationale de contrôle de la protection des données à caractère personnel (CNDP) :</source>
        <translation>If you consider that your rights are not being respected, you may lodge a complaint with the National Commission for the Control of Personal Data Protection (CNDP):</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="399"/>
        <source>Lorsque le RGPD s&apos;applique, vous pouvez aussi introduire une réclamation auprès de l&apos;autorité de contrôle de l&apos;État membre de l&apos;Union européenne où se trouve votre résidence habituelle, votre lieu de travail ou le lieu de la violation alléguée (RGPD art. 77). En France, il s&apos;agit de la CNIL :</source>
        <translation>Where the GDPR applies, you may also lodge a complaint with the supervisory authority of the European Union Member State of your habitual residence, your place of work or the place of the alleged infringement (GDPR Art. 77). In France, this is the CNIL:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="407"/>
        <source>Date de la notice</source>
        <translation>Date of the notice</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="408"/>
        <source>Notice établie le {date} à partir du registre des traitements de {organisation}. Elle est mise à jour à chaque changement de ces traitements.</source>
        <translation>Notice drawn up on {date} from the register of processing activities of {organisation}. It is updated whenever these processing activities change.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="415"/>
        <source>Aucun contact du délégué (e-mail ou téléphone) n&apos;est renseigné.</source>
        <translation>No contact details for the Data Protection Officer (e-mail or telephone) are entered.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="418"/>
        <source>L&apos;adresse de l&apos;organisation n&apos;est pas renseignée.</source>
        <translation>The organisation&apos;s address is not entered.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="419"/>
        <source>« {activity} » : aucune durée de conservation n&apos;est inscrite.</source>
        <translation>“{activity}”: no retention period is entered.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="422"/>
        <source>« {activity} » : {formality} sans référence de la CNDP.</source>
        <translation>“{activity}”: {formality} without a CNDP reference.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="425"/>
        <source>« {activity} » : transfert vers {country} sans autorisation de la CNDP ni exception de la loi 09-08.</source>
        <translation>“{activity}”: transfer to {country} without CNDP authorisation or a Law 09-08 exception.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="430"/>
        <source>« {activity} » : transfert vers {country} par {processor} sans autorisation de la CNDP ni exception de la loi 09-08.</source>
        <translation>“{activity}”: transfer to {country} via {processor} without CNDP authorisation or a Law 09-08 exception.</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="42"/>
        <source>Notice d&apos;information</source>
        <translation>Information notice</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="43"/>
        <source>La notice est générée à partir du registre : le responsable du traitement et son délégué, puis pour chaque traitement ses finalités et bases légales, les données, les destinataires et sous-traitants, les transferts et leurs garanties, les durées de conservation, les numéros de récépissé ou d&apos;autorisation de la CNDP, les droits des personnes et les recours (loi 09-08 art. 5).</source>
        <translation>The notice is generated from the register: the controller and its Data Protection Officer, then for each processing activity its purposes and legal bases, the data, the recipients and processors, the transfers and their safeguards, the retention periods, the CNDP receipt or authorisation numbers, the data subjects&apos; rights and the means of redress (Law 09-08 art. 5).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="52"/>
        <source>Générer et enregistrer…</source>
        <translation>Generate and save…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="68"/>
        <source>PDF (à imprimer ou à joindre)</source>
        <translation>PDF (to print or attach)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="69"/>
        <source>Page web (HTML)</source>
        <translation>Web page (HTML)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="73"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="73"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="79"/>
        <source>La notice ne dit que ce que le registre contient : relisez-la, et complétez-la si besoin, avant de la publier.</source>
        <translation>The notice says only what the register contains: read it through, and complete it if needed, before publishing it.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="90"/>
        <source>À compléter dans le registre avant de publier</source>
        <translation>To complete in the register before publishing</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="93"/>
        <source>Ce que le registre ne dit pas encore (un récépissé attendu, une durée de conservation…) s&apos;affichera ici après l&apos;enregistrement de la notice.</source>
        <translation>What the register does not yet say (an expected receipt, a retention period…) will be shown here once the notice has been saved.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="100"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="111"/>
        <source>Le RGPD s&apos;applique à l&apos;organisation : la notice donne aussi ce que demandent ses articles 13 et 14, et l&apos;autorité européenne à saisir.</source>
        <translation>The GDPR applies to the organisation: the notice also gives what its Articles 13 and 14 require, and the European authority to contact.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="115"/>
        <source>Le RGPD ne s&apos;applique pas à l&apos;organisation (Paramètres ▸ Organisation) : la notice suit la loi 09-08.</source>
        <translation>The GDPR does not apply to the organisation (Settings ▸ Organisation): the notice follows Law 09-08.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="152"/>
        <source>Notice enregistrée : {path}</source>
        <translation>Notice saved: {path}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="160"/>
        <source>À compléter dans le registre avant de publier :</source>
        <translation>To complete in the register before publishing:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="170"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="172"/>
        <source>Pages web (*.html *.htm)</source>
        <translation>Web pages (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="175"/>
        <source>Enregistrer la notice d&apos;information</source>
        <translation>Save the information notice</translation>
    </message>
</context>
<context>
    <name>NotificationPhase</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="75"/>
        <source>Notification initiale</source>
        <translation>Initial notification</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="76"/>
        <source>Notification complémentaire</source>
        <translation>Supplementary notification</translation>
    </message>
</context>
<context>
    <name>OrganisationFields</name>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="33"/>
        <source>Raison sociale</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="37"/>
        <source>Adresse postale, telle qu&apos;elle figurera sur les courriers</source>
        <translation>Postal address, as it will appear on letters</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="44"/>
        <source>Casablanca</source>
        <translation>Casablanca</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="46"/>
        <source>La ville de la ligne de date des courriers : « Casablanca, le 6 décembre 2026 ». Vide : la date seule.</source>
        <translation>The town of the letters&apos; date line: “Casablanca, 6 December 2026”. Empty: the date alone.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="55"/>
        <source>dpo@exemple.ma</source>
        <translation>dpo@example.ma</translation>
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
        <translation>Legal representative who signs</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="75"/>
        <source>ex. Directeur général</source>
        <translation>e.g. Chief Executive Officer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="78"/>
        <source>Établie au Maroc</source>
        <translation>Established in Morocco</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="83"/>
        <source>Nom et adresse du représentant au Maroc</source>
        <translation>Name and address of the representative in Morocco</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="88"/>
        <source>Un responsable qui n&apos;est pas établi au Maroc y désigne un représentant (loi 09-08 art. 15 (a)).</source>
        <translation>A controller not established in Morocco appoints a representative there (Law 09-08 art. 15 (a)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="95"/>
        <source>Le RGPD s&apos;applique aussi</source>
        <translation>The GDPR also applies</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="98"/>
        <source>Services offerts à des personnes dans l&apos;UE, ou suivi de leur comportement (RGPD art. 3(2)).</source>
        <translation>Services offered to individuals in the EU, or monitoring of their behaviour (GDPR Art. 3(2)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="150"/>
        <source>Identifiants légaux</source>
        <translation>Legal identifiers</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="154"/>
        <source>Signataire</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="157"/>
        <source>Qualité du signataire</source>
        <translation>Capacity of the signatory</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="162"/>
        <source>Représentant au Maroc</source>
        <translation>Representative in Morocco</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="37"/>
        <source>Trop courte</source>
        <translation>Too short</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="38"/>
        <source>Faible</source>
        <translation>Weak</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="39"/>
        <source>Encore trop faible</source>
        <translation>Still too weak</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="40"/>
        <source>Bonne</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="41"/>
        <source>Excellente</source>
        <translation>Excellent</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <location filename="../../dpo_desk/ui/widgets.py" line="391"/>
        <source>Masquer la phrase secrète</source>
        <extracomment>How long a success message stays before it clears itself. a form the user fills in: Escape, Annuler or the close button ask before throwing away what was typed. A lock never asks (it calls reject(): the section keeps a draft).</extracomment>
        <translation>Hide the passphrase</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/widgets.py" line="393"/>
        <source>Afficher la phrase secrète</source>
        <translation>Show the passphrase</translation>
    </message>
</context>
<context>
    <name>PassphraseFeedback</name>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="45"/>
        <source>Plusieurs mots sans lien entre eux font une phrase secrète longue et mémorisable.</source>
        <extracomment>What a passphrase still too short is told.</extracomment>
        <translation>Several unrelated words make a long, memorable passphrase.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="52"/>
        <source>Utilisez quelques mots, en évitant les expressions courantes.</source>
        <extracomment>Every sentence of zxcvbn&apos;s feedback module (zxcvbn 4.5.0), and its French message id.</extracomment>
        <translation>Use a few words, avoid common phrases.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="55"/>
        <source>Inutile d&apos;y mettre des symboles, des chiffres ou des majuscules.</source>
        <translation>No need for symbols, digits, or uppercase letters.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="58"/>
        <source>Ajoutez un ou deux mots, de préférence peu courants.</source>
        <translation>Add another word or two. Uncommon words are better.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="61"/>
        <source>Les rangées de touches du clavier sont faciles à deviner.</source>
        <translation>Straight rows of keys are easy to guess.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="64"/>
        <source>Les motifs courts tracés sur le clavier sont faciles à deviner.</source>
        <translation>Short keyboard patterns are easy to guess.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="67"/>
        <source>Utilisez un motif de clavier plus long, avec plus de changements de direction.</source>
        <translation>Use a longer keyboard pattern with more turns.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="71"/>
        <source>Les répétitions comme « aaa » sont faciles à deviner.</source>
        <translation>Repeats like “aaa” are easy to guess.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="74"/>
        <source>Les répétitions comme « abcabcabc » sont à peine plus difficiles à deviner que « abc ».</source>
        <translation>Repeats like “abcabcabc” are only slightly harder to guess than “abc”.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="78"/>
        <source>Évitez de répéter des mots ou des caractères.</source>
        <translation>Avoid repeated words and characters.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="81"/>
        <source>Les suites comme « abc » ou « 6543 » sont faciles à deviner.</source>
        <translation>Sequences like “abc” or “6543” are easy to guess.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="84"/>
        <source>Évitez les suites.</source>
        <translation>Avoid sequences.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="85"/>
        <source>Les années récentes sont faciles à deviner.</source>
        <translation>Recent years are easy to guess.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="88"/>
        <source>Évitez les années récentes.</source>
        <translation>Avoid recent years.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="89"/>
        <source>Évitez les années qui vous sont liées.</source>
        <translation>Avoid years that are associated with you.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="92"/>
        <source>Les dates sont souvent faciles à deviner.</source>
        <translation>Dates are often easy to guess.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="95"/>
        <source>Évitez les dates et les années qui vous sont liées.</source>
        <translation>Avoid dates and years that are associated with you.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="98"/>
        <source>C&apos;est l&apos;un des 10 mots de passe les plus courants.</source>
        <translation>This is a top-10 common password.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="101"/>
        <source>C&apos;est l&apos;un des 100 mots de passe les plus courants.</source>
        <translation>This is a top-100 common password.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="104"/>
        <source>C&apos;est un mot de passe très courant.</source>
        <translation>This is a very common password.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="107"/>
        <source>Cela ressemble à un mot de passe très répandu.</source>
        <translation>This is similar to a commonly used password.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="110"/>
        <source>Un mot seul est facile à deviner.</source>
        <translation>A word by itself is easy to guess.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="113"/>
        <source>Un prénom ou un nom seul est facile à deviner.</source>
        <translation>Names and surnames by themselves are easy to guess.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="116"/>
        <source>Les prénoms et les noms courants sont faciles à deviner.</source>
        <translation>Common names and surnames are easy to guess.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="119"/>
        <source>Une majuscule au début n&apos;aide guère.</source>
        <translation>Capitalization doesn&apos;t help very much.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="122"/>
        <source>Tout en majuscules est presque aussi facile à deviner que tout en minuscules.</source>
        <translation>All-uppercase is almost as easy to guess as all-lowercase.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="126"/>
        <source>Un mot écrit à l&apos;envers n&apos;est guère plus difficile à deviner.</source>
        <translation>Reversed words aren&apos;t much harder to guess.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="129"/>
        <source>Les substitutions prévisibles, comme « @ » au lieu de « a », n&apos;aident guère.</source>
        <translation>Predictable substitutions like “@” instead of “a” don&apos;t help very much.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="135"/>
        <source>Cette phrase secrète est facile à deviner : ajoutez des mots peu courants, sans lien entre eux.</source>
        <extracomment>A sentence of zxcvbn&apos;s that :data:`FEEDBACK` does not know.</extracomment>
        <translation>This passphrase is easy to guess: add uncommon, unrelated words.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="141"/>
        <source>Évitez le nom de l&apos;organisme, celui du DPO et son adresse e-mail : ils sont connus.</source>
        <extracomment>The passphrase contains the organisation&apos;s or the DPO&apos;s name (zxcvbn says nothing).</extracomment>
        <translation>Avoid the organisation&apos;s name, the DPO&apos;s name and e-mail address: they are known.</translation>
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
        <translation>Breach</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="38"/>
        <location filename="../../dpo_desk/ui/printing.py" line="239"/>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="39"/>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="41"/>
        <location filename="../../dpo_desk/ui/printing.py" line="240"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="45"/>
        <source>Risque</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="49"/>
        <location filename="../../dpo_desk/ui/printing.py" line="245"/>
        <source>Régime</source>
        <translation>Regime</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="53"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="57"/>
        <source>Découverte</source>
        <translation>Discovery</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="61"/>
        <source>Connue le</source>
        <translation>Aware since</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="66"/>
        <source>Notification (72 heures)</source>
        <translation>Notification (72 hours)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="70"/>
        <source>Autorité</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="74"/>
        <source>Au plus tard le</source>
        <translation>No later than</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="78"/>
        <source>Délai</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="93"/>
        <source>confidentialité</source>
        <translation>confidentiality</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="94"/>
        <source>intégrité</source>
        <translation>integrity</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="95"/>
        <source>disponibilité</source>
        <translation>availability</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="100"/>
        <source>Nature et étendue</source>
        <translation>Nature and scope</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="103"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="104"/>
        <source>Atteinte à</source>
        <translation>Loss of</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="106"/>
        <source>Personnes concernées</source>
        <translation>Data subjects</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="110"/>
        <source>Nombre de personnes (approx.)</source>
        <translation>Number of data subjects (approx.)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="114"/>
        <source>Enregistrements</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="118"/>
        <source>Nombre d&apos;enregistrements (approx.)</source>
        <translation>Number of records (approx.)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="122"/>
        <source>Catégories de données</source>
        <translation>Categories of data</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="126"/>
        <source>Mineurs concernés</source>
        <translation>Minors affected</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="130"/>
        <source>Conséquences probables</source>
        <translation>Likely consequences</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="134"/>
        <source>Sous-traitants</source>
        <translation>Processors</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="139"/>
        <source>Mesures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="142"/>
        <source>Mesures prises</source>
        <translation>Measures taken</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="144"/>
        <source>Mesures envisagées</source>
        <translation>Measures proposed</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="148"/>
        <source>Actions correctives</source>
        <translation>Corrective measures</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="153"/>
        <source>Notifications faites</source>
        <translation>Notifications made</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="157"/>
        <source>{authority} — {phase} — {when}</source>
        <translation>{authority} — {phase} — {when}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="163"/>
        <source>Référence : {ref}</source>
        <translation>Reference: {ref}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="167"/>
        <source>Motif du retard : {why}</source>
        <translation>Reason for the delay: {why}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="175"/>
        <source>Communication aux personnes — {channel} — {when} — {audience}</source>
        <translation>Communication to data subjects — {channel} — {when} — {audience}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="186"/>
        <source>Aucune notification faite.</source>
        <translation>No notification made.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="192"/>
        <source>Décision de ne pas notifier</source>
        <translation>Decision not to notify</translation>
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
        <translation>Exception to informing individuals</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="211"/>
        <location filename="../../dpo_desk/ui/printing.py" line="388"/>
        <source>Clôturée le</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="217"/>
        <source>Décisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="223"/>
        <location filename="../../dpo_desk/ui/printing.py" line="395"/>
        <source>Courriers émis</source>
        <translation>Letters issued</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="229"/>
        <source>{when} — {what} ({who})</source>
        <translation>{when} — {what} ({who})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="236"/>
        <source>Chronologie</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="240"/>
        <source>Violation {reference}</source>
        <translation>Breach {reference}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="139"/>
        <source>{shown} premières lignes sur {total}</source>
        <translation>First {shown} rows of {total}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="168"/>
        <source>Aucune ligne à imprimer.</source>
        <translation>No rows to print.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="204"/>
        <source>{kind} — émis le {when}</source>
        <translation>{kind} — issued on {when}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="208"/>
        <source>{letter}, validé par {reviewer}</source>
        <translation>{letter}, approved by {reviewer}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="234"/>
        <source>{reference} (réf. externe {external})</source>
        <translation>{reference} (ext. ref. {external})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="242"/>
        <source>Droits exercés</source>
        <translation>Rights exercised</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="247"/>
        <source>Reçue le</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="250"/>
        <source>Reçue par</source>
        <translation>Received via</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="251"/>
        <source>Demandeur</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="253"/>
        <source>Agit en tant que</source>
        <translation>Acting as</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="259"/>
        <source>Personne concernée</source>
        <translation>Data subject</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="262"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="263"/>
        <source>Téléphone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="264"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="265"/>
        <source>Suivie par</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="269"/>
        <source>{date} — {countdown}</source>
        <translation>{date} — {countdown}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="273"/>
        <source>{citation} (délai légal) — {rule}</source>
        <translation>{citation} (statutory deadline) — {rule}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="275"/>
        <source>{citation} — {rule}</source>
        <translation>{citation} — {rule}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="278"/>
        <source>Demande</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="280"/>
        <location filename="../../dpo_desk/ui/printing.py" line="283"/>
        <source>Échéance</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="284"/>
        <source>Fondement</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="302"/>
        <source>{regime}, {right} : {date} — {citation}</source>
        <translation>{regime}, {right}: {date} — {citation}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="311"/>
        <source>{line} (retenue)</source>
        <translation>{line} (applied)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="316"/>
        <source>    autre lecture : {date} — {why}</source>
        <translation>    other reading: {date} — {why}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="328"/>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="333"/>
        <source>Pièce</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="337"/>
        <source>Vérifiée le</source>
        <translation>Verified on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="342"/>
        <source>du {start} au {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="346"/>
        <source>depuis le {start}</source>
        <translation>since {start}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="352"/>
        <source>Suspensions</source>
        <translation>Suspensions</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="356"/>
        <source>Prorogée le</source>
        <translation>Extended on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="363"/>
        <source>Motif de prorogation</source>
        <translation>Reason for extension</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="370"/>
        <source>Réponse</source>
        <translation>Response</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="371"/>
        <source>le {date}, par {channel}</source>
        <translation>on {date}, by {channel}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="380"/>
        <source>Motif du refus</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="392"/>
        <source>Suivi</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="399"/>
        <source>Aucun courrier émis.</source>
        <translation>No letter issued.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="403"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="411"/>
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="414"/>
        <source>Demande {reference}</source>
        <translation>Request {reference}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="428"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="430"/>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="448"/>
        <source>À regarder</source>
        <translation>To check</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="449"/>
        <source>Fiche</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="455"/>
        <source>Aucun.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/print_pages.py" line="285"/>
        <source>Imprimé le {when}</source>
        <translation>Printed on {when}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="492"/>
        <source>Aperçu avant impression — {title}</source>
        <translation>Print preview — {title}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="528"/>
        <source>Imprimer…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="535"/>
        <source>Imprimer ou enregistrer en PDF, avec un aperçu ({keys})</source>
        <translation>Print or save as PDF, with a preview ({keys})</translation>
    </message>
</context>
<context>
    <name>ProcessingSection</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="51"/>
        <source>Rechercher : nom, finalité, service, n° de récépissé…</source>
        <translation>Search: name, purpose, department, receipt no.…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="69"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="72"/>
        <source>Marquer comme revu</source>
        <translation>Mark as reviewed</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="74"/>
        <source>Enregistrer la revue de cette fiche aujourd&apos;hui (RGPD art. 24(1))</source>
        <translation>Record today&apos;s review of this record (GDPR Art. 24(1))</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="84"/>
        <source>Rattacher un sous-traitant…</source>
        <translation>Link a processor…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="85"/>
        <source>Détacher</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="82"/>
        <source>Sous-traitants</source>
        <translation>Processors</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="83"/>
        <source>Double-cliquez pour ouvrir la fiche du sous-traitant.</source>
        <translation>Double-click to open the processor&apos;s record.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="90"/>
        <source>Ajouter un transfert…</source>
        <translation>Add a transfer…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="91"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="88"/>
        <source>Transferts hors du Maroc</source>
        <translation>Transfers out of Morocco</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="89"/>
        <source>Loi 09-08 art. 43-44 ; RGPD art. 44-49.</source>
        <translation>Law 09-08 art. 43-44; GDPR Art. 44-49.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/__init__.py" line="113"/>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="101"/>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="104"/>
        <source>Traitements</source>
        <translation>Processing activities</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="109"/>
        <source>Notice d&apos;information…</source>
        <translation>Information notice…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="112"/>
        <source>Générer la notice d&apos;information des personnes à partir du registre</source>
        <translation>Generate the data subjects&apos; information notice from the register</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="127"/>
        <source>Notice d&apos;information enregistrée : {name}</source>
        <translation>Information notice saved: {name}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="132"/>
        <source>Nouveau traitement</source>
        <translation>New processing activity</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="139"/>
        <source>Aucun traitement inscrit</source>
        <translation>No processing activity recorded</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="141"/>
        <source>Inscrivez ici chaque activité de traitement : ses finalités et bases légales, les données, leur durée de conservation, ses destinataires et ses formalités auprès de la CNDP.</source>
        <translation>Record each processing activity here: its purposes and legal bases, the data, their retention period, its recipients and its formalities with the CNDP.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="149"/>
        <source>1 traitement</source>
        <translation>1 processing activity</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="150"/>
        <source>{count} traitements</source>
        <translation>{count} processing activities</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="154"/>
        <source>Toutes les bases légales</source>
        <translation>All legal bases</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="156"/>
        <source>Base légale</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="160"/>
        <source>Tous les régimes CNDP</source>
        <translation>All CNDP regimes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="162"/>
        <source>Régime CNDP</source>
        <translation>CNDP regime</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="167"/>
        <source>AIPD : toutes</source>
        <translation>DPIA: all</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="168"/>
        <source>AIPD requise</source>
        <translation>DPIA required</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="169"/>
        <source>AIPD requise, non réalisée</source>
        <translation>DPIA required, not carried out</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="170"/>
        <source>AIPD non requise</source>
        <translation>DPIA not required</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="172"/>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="302"/>
        <source>Analyse d&apos;impact</source>
        <translation>Data protection impact assessment</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="177"/>
        <source>Toutes les fiches</source>
        <translation>All records</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="178"/>
        <source>Signalées</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="179"/>
        <source>Revue en retard</source>
        <translation>Review overdue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="180"/>
        <source>Transfert non encadré</source>
        <translation>Transfer without safeguards</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="181"/>
        <source>Autorisation CNDP requise</source>
        <translation>CNDP authorisation required</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="182"/>
        <source>AIPD à réaliser</source>
        <translation>DPIA to carry out</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="183"/>
        <source>Formalité CNDP due</source>
        <translation>CNDP formality due</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="185"/>
        <source>Alertes</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="191"/>
        <source>Traitements dont une formalité CNDP est à déposer ou une modification à déclarer (loi 09-08 art. 12 et 15)</source>
        <translation>Processing activities with a CNDP formality to file or a change to declare (Law 09-08 art. 12 and 15)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="252"/>
        <source>récépissé {number}</source>
        <translation>receipt {number}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="255"/>
        <source>du {date}</source>
        <translation>of {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="269"/>
        <source>Concerne des mineurs.</source>
        <translation>Concerns minors.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="275"/>
        <source>Requise — réalisée le {date}</source>
        <translation>Required — carried out on {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="279"/>
        <source>Requise — non réalisée</source>
        <translation>Required — not carried out</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="282"/>
        <source>Non requise</source>
        <translation>Not required</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="290"/>
        <source>Finalités</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="291"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="292"/>
        <source>Personnes concernées</source>
        <translation>Data subjects</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="293"/>
        <source>Données</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="294"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="295"/>
        <source>Destinataires</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="297"/>
        <source>Conservation</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="300"/>
        <source>Sécurité</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="301"/>
        <source>Exercice des droits</source>
        <translation>Exercise of rights</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="304"/>
        <source>Dernière revue</source>
        <translation>Last review</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="305"/>
        <source>jamais</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="308"/>
        <source>Inscrit le</source>
        <translation>Recorded on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="342"/>
        <source>Formalité CNDP enregistrée.</source>
        <translation>CNDP formality recorded.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="349"/>
        <source>Traitement « {name} » inscrit au registre.</source>
        <translation>Processing activity “{name}” added to the register.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="352"/>
        <source>Traitement « {name} » enregistré.</source>
        <translation>Processing activity “{name}” saved.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="367"/>
        <source>Revue du traitement enregistrée au {date}.</source>
        <translation>Review of the processing activity recorded on {date}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="387"/>
        <source>Rattacher un sous-traitant</source>
        <translation>Link a processor</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="388"/>
        <source>Sous-traitant</source>
        <translation>Processor</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="394"/>
        <source>Sous-traitant rattaché.</source>
        <translation>Processor linked.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="406"/>
        <source>Sous-traitant détaché de ce traitement.</source>
        <translation>Processor unlinked from this processing activity.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="414"/>
        <source>Transfert ajouté.</source>
        <translation>Transfer added.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="418"/>
        <source>Transfert supprimé.</source>
        <translation>Transfer deleted.</translation>
    </message>
</context>
<context>
    <name>ProcessorStatus</name>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="380"/>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="381"/>
        <source>Contrat terminé</source>
        <translation>Contract ended</translation>
    </message>
</context>
<context>
    <name>ProcessorTableModel</name>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="212"/>
        <source>Sous-traitant</source>
        <translation>Processor</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="213"/>
        <source>Alertes</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="214"/>
        <source>Service fourni</source>
        <translation>Service provided</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="215"/>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="216"/>
        <source>Contrat (DPA)</source>
        <translation>Contract (DPA)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="217"/>
        <source>Prochaine revue</source>
        <translation>Next review</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="218"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="230"/>
        <source>Non signé</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="232"/>
        <source>Signé le {date}</source>
        <translation>Signed on {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="233"/>
        <source>Signé</source>
        <translation>Signed</translation>
    </message>
</context>
<context>
    <name>ProcessorsSection</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="50"/>
        <source>Rechercher : nom, service, certification, sous-traitant ultérieur…</source>
        <translation>Search: name, service, certification, sub-processor…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="67"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="70"/>
        <source>Fin de contrat…</source>
        <translation>End of contract…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="72"/>
        <source>Enregistrer la fin du contrat et le sort des données (RGPD art. 28(3)(g))</source>
        <translation>Record the end of the contract and what happened to the data (GDPR Art. 28(3)(g))</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="75"/>
        <source>Restitution ou suppression…</source>
        <translation>Return or deletion…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="84"/>
        <source>Rattacher un traitement…</source>
        <translation>Link a processing activity…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="85"/>
        <source>Détacher</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="82"/>
        <source>Traitements servis</source>
        <translation>Processing activities served</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="83"/>
        <source>Double-cliquez pour ouvrir la fiche du traitement.</source>
        <translation>Double-click to open the processing activity&apos;s record.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="90"/>
        <source>Ajouter un transfert…</source>
        <translation>Add a transfer…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="91"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="88"/>
        <source>Transferts hors du Maroc</source>
        <translation>Transfers out of Morocco</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="89"/>
        <source>Loi 09-08 art. 43-44 ; RGPD art. 44-49.</source>
        <translation>Law 09-08 art. 43-44; GDPR Art. 44-49.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/__init__.py" line="119"/>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="96"/>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="99"/>
        <source>Sous-traitants</source>
        <translation>Processors</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="102"/>
        <source>Nouveau sous-traitant</source>
        <translation>New processor</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="109"/>
        <source>Aucun sous-traitant inscrit</source>
        <translation>No processor recorded</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="111"/>
        <source>Inscrivez ici chaque prestataire qui traite des données pour votre compte : son contrat et ses clauses, les pays où il traite les données, les traitements qu&apos;il sert et la date de sa prochaine revue.</source>
        <translation>Record here every provider that processes data on your behalf: its contract and clauses, the countries where it processes the data, the processing activities it serves and the date of its next review.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="119"/>
        <source>1 sous-traitant</source>
        <translation>1 processor</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="120"/>
        <source>{count} sous-traitants</source>
        <translation>{count} processors</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="124"/>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="126"/>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="238"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="129"/>
        <source>Tous les pays</source>
        <translation>All countries</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="129"/>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="132"/>
        <source>Toutes les fiches</source>
        <translation>All records</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="133"/>
        <source>Signalées</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="134"/>
        <source>Sans contrat (DPA)</source>
        <translation>No contract (DPA)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="135"/>
        <source>Revue en retard</source>
        <translation>Review overdue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="136"/>
        <source>Transfert non encadré</source>
        <translation>Transfer without safeguards</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="137"/>
        <source>Clauses manquantes</source>
        <translation>Missing clauses</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="138"/>
        <source>Données non restituées</source>
        <translation>Data not returned</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="140"/>
        <source>Alertes</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="202"/>
        <source>Signé le {date}</source>
        <translation>Signed on {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="206"/>
        <source>prend fin le {date}</source>
        <translation>ends on {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="210"/>
        <source>Aucun contrat de sous-traitance signé</source>
        <translation>No data processing agreement signed</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="216"/>
        <source>le {date}</source>
        <translation>on {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="220"/>
        <source>{outcome} le {date}</source>
        <translation>{outcome} on {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="225"/>
        <source>Restitution ou suppression des données non enregistrée</source>
        <translation>Return or deletion of the data not recorded</translation>
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
        <translation>Countries of processing</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="232"/>
        <source>Données confiées</source>
        <translation>Data entrusted</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="233"/>
        <source>Contrat (DPA)</source>
        <translation>Contract (DPA)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="234"/>
        <source>Clauses art. 28(3)</source>
        <translation>Art. 28(3) clauses</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="235"/>
        <source>Certifications</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="236"/>
        <source>Sous-traitants ultérieurs</source>
        <translation>Sub-processors</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="237"/>
        <source>Prochaine revue</source>
        <translation>Next review</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="239"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="274"/>
        <source>Sous-traitant « {name} » inscrit au registre.</source>
        <translation>Processor “{name}” added to the register.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="277"/>
        <source>Sous-traitant « {name} » enregistré.</source>
        <translation>Processor “{name}” saved.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="284"/>
        <source>Fin du contrat enregistrée.</source>
        <translation>End of contract recorded.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="293"/>
        <source>Sort des données enregistré.</source>
        <translation>Fate of the data recorded.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="311"/>
        <source>Rattacher un traitement</source>
        <translation>Link a processing activity</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="312"/>
        <source>Traitement</source>
        <translation>Processing activity</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="318"/>
        <source>Traitement rattaché.</source>
        <translation>Processing activity linked.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="330"/>
        <source>Traitement détaché de ce sous-traitant.</source>
        <translation>Processing activity unlinked from this processor.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="338"/>
        <source>Transfert ajouté.</source>
        <translation>Transfer added.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="342"/>
        <source>Transfert supprimé.</source>
        <translation>Transfer deleted.</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="65"/>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="68"/>
        <source>Durées de conservation</source>
        <extracomment>the action chosen for each line of the table: the cases, then the copies</extracomment>
        <translation>Retention periods</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="70"/>
        <source>Un dossier clos n&apos;est gardé que le temps fixé par l&apos;organisation, puis il est effacé ou anonymisé (RGPD art. 5.1.e ; loi 09-08 art. 3.1.e). Anonymiser vide l&apos;identité et les textes mais garde les dates et les chiffres pour les statistiques.</source>
        <translation>A closed case is kept only for the period set by the organisation, then it is erased or anonymised (GDPR Art. 5(1)(e); Law 09-08 art. 3(1)(e)). Anonymising clears the identity and the texts but keeps the dates and figures for statistics.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="79"/>
        <source>Demandes :</source>
        <translation>Requests:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="82"/>
        <source>Violations :</source>
        <translation>Breaches:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="84"/>
        <source>après la clôture</source>
        <translation>after closure</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="86"/>
        <source>Enregistrer les durées</source>
        <translation>Save the periods</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="98"/>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="99"/>
        <source>Nature</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="100"/>
        <source>Clos le</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="101"/>
        <source>Expiré depuis le</source>
        <translation>Expired since</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="102"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="110"/>
        <source>PURGER</source>
        <translation>PURGE</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="113"/>
        <source>Pour confirmer, tapez {word} :</source>
        <translation>To confirm, type {word}:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="127"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="127"/>
        <source>Purger les dossiers choisis</source>
        <translation>Purge the selected cases</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="135"/>
        <source> an(s)</source>
        <translation> year(s)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="151"/>
        <source>Copies de pièce d&apos;identité : supprimées à la clôture de la demande ou {days} jours après la vérification, au premier des deux termes (politique interne, réglable dans Paramètres ▸ Justificatif d&apos;identité).</source>
        <translation>Identity document copies: deleted when the request is closed or {days} days after the check, whichever comes first (internal policy, set in Settings ▸ Proof of identity).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="171"/>
        <source>Anonymiser</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="172"/>
        <source>Effacer le dossier</source>
        <translation>Erase the case</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="173"/>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="189"/>
        <source>Garder pour l&apos;instant</source>
        <translation>Keep for now</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="181"/>
        <source>Copie de pièce d&apos;identité n° {id}</source>
        <translation>Identity document copy no. {id}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="188"/>
        <source>Supprimer la copie</source>
        <translation>Delete the copy</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="197"/>
        <source>%n dossier(s) arrivé(s) au terme de la conservation</source>
        <translation>
            <numerusform>%n case has reached the end of its retention period</numerusform>
            <numerusform>%n cases have reached the end of their retention period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="202"/>
        <source>%n copie(s) de pièce d&apos;identité à supprimer</source>
        <translation>
            <numerusform>%n identity document copy to delete</numerusform>
            <numerusform>%n identity document copies to delete</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="243"/>
        <source>Durées de conservation enregistrées.</source>
        <translation>Retention periods saved.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="252"/>
        <source>Purge en cours, puis compactage du fichier…</source>
        <translation>Purging, then compacting the file…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="268"/>
        <source>%n copie(s) de pièce d&apos;identité supprimée(s).</source>
        <translation>
            <numerusform>%n identity document copy deleted.</numerusform>
            <numerusform>%n identity document copies deleted.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="271"/>
        <source>Purge faite : {deleted}, {anonymised}.</source>
        <translation>Purge done: {deleted}, {anonymised}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="272"/>
        <source>%n dossier(s) effacé(s)</source>
        <translation>
            <numerusform>%n case erased</numerusform>
            <numerusform>%n cases erased</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="273"/>
        <source>%n dossier(s) anonymisé(s)</source>
        <translation>
            <numerusform>%n case anonymised</numerusform>
            <numerusform>%n cases anonymised</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/i18n.py" line="45"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/i18n.py" line="46"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>RecentEntry</name>
    <message>
        <location filename="../../dpo_desk/ui/welcome.py" line="87"/>
        <source>Introuvable</source>
        <translation>Not found</translation>
    </message>
</context>
<context>
    <name>RecipientKind</name>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="190"/>
        <source>Service interne</source>
        <translation>Internal department</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="191"/>
        <source>Organisme externe</source>
        <translation>External body</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="192"/>
        <source>Sous-traitant</source>
        <translation>Processor</translation>
    </message>
</context>
<context>
    <name>RecordsPolicyCard</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/records_policy.py" line="42"/>
        <source>Registre des traitements : transferts et revues</source>
        <translation>Records of processing: transfers and reviews</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/records_policy.py" line="44"/>
        <source>Pays vers lesquels un transfert n&apos;exige ni autorisation de la CNDP ni exception (loi 09-08 art. 43), en codes ISO 3166 séparés par des espaces.</source>
        <translation>Countries to which a transfer needs neither the CNDP&apos;s authorisation nor an exception (Law 09-08 art. 43), as ISO 3166 codes separated by spaces.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/records_policy.py" line="49"/>
        <source>Liste d&apos;adéquation</source>
        <translation>Adequacy list</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/records_policy.py" line="61"/>
        <source>Revue des traitements au plus tard tous les</source>
        <translation>Review processing activities at least every</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/records_policy.py" line="64"/>
        <source> mois</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/records_policy.py" line="65"/>
        <source>Période de revue des traitements</source>
        <translation>Review period of processing activities</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/records_policy.py" line="75"/>
        <source>Politique interne : la loi ne fixe aucune période ; le RGPD (art. 24(1)) demande que les mesures soient réexaminées et actualisées si nécessaire.</source>
        <translation>Internal policy: the law sets no period; the GDPR (Art. 24(1)) asks that measures be reviewed and updated where necessary.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/records_policy.py" line="80"/>
        <source>Rétablir la liste par défaut</source>
        <translation>Restore the default list</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/records_policy.py" line="131"/>
        <source>Liste propre à ce registre : vérifiez-la contre la délibération de la CNDP en vigueur.</source>
        <translation>This register&apos;s own list: check it against the CNDP&apos;s current deliberation.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/records_policy.py" line="157"/>
        <source>Liste d&apos;adéquation ({count} pays) et période de revue enregistrées.</source>
        <translation>Adequacy list ({count} countries) and review period saved.</translation>
    </message>
</context>
<context>
    <name>RefusalReason</name>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="129"/>
        <source>Demande manifestement infondée</source>
        <translation>Manifestly unfounded request</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="132"/>
        <source>Demande excessive ou manifestement abusive</source>
        <translation>Excessive or manifestly abusive request</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="135"/>
        <source>Identité du demandeur non établie</source>
        <translation>The requester&apos;s identity could not be established</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="138"/>
        <source>Droit non prévu par le régime applicable</source>
        <translation>The right is not provided by the applicable law</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="141"/>
        <source>Atteinte aux droits et libertés d&apos;autrui</source>
        <translation>Adverse effect on the rights and freedoms of others</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="144"/>
        <source>Exception au droit à l&apos;effacement</source>
        <translation>Exception to the right to erasure</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="147"/>
        <source>Conditions du droit à la portabilité non remplies</source>
        <translation>Conditions for the right to data portability not met</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="150"/>
        <source>Motifs légitimes et impérieux, ou défense de droits en justice (hors prospection)</source>
        <translation>Compelling legitimate grounds, or defence of legal claims (except for direct marketing)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="154"/>
        <source>Traitement répondant à une obligation légale (hors prospection)</source>
        <translation>Processing to comply with a legal obligation (except for direct marketing)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="157"/>
        <source>Opposition écartée par l&apos;acte autorisant le traitement (hors prospection)</source>
        <translation>Objection excluded by the instrument authorising the processing (except for direct marketing)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="167"/>
        <source>RGPD art. 12(5)</source>
        <translation>GDPR Art. 12(5)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="168"/>
        <source>RGPD art. 12(5) ; loi 09-08 art. 7</source>
        <translation>GDPR Art. 12(5); Law 09-08 art. 7</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="171"/>
        <source>RGPD art. 12(6) ; loi 09-08 art. 7 et 8</source>
        <translation>GDPR Art. 12(6); Law 09-08 art. 7 and 8</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="175"/>
        <source>Loi 09-08 art. 8(a) ; portabilité absente de la loi 09-08</source>
        <translation>Law 09-08 art. 8(a); portability not provided for by Law 09-08</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="178"/>
        <source>RGPD art. 15(4) et 20(4)</source>
        <translation>GDPR Art. 15(4) and 20(4)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="179"/>
        <source>RGPD art. 17(3)</source>
        <translation>GDPR Art. 17(3)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="180"/>
        <source>RGPD art. 20(1)</source>
        <translation>GDPR Art. 20(1)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="181"/>
        <source>RGPD art. 21(1)</source>
        <translation>GDPR Art. 21(1)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="182"/>
        <source>Loi 09-08 art. 9 ; RGPD art. 21(1)</source>
        <translation>Law 09-08 art. 9; GDPR Art. 21(1)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="185"/>
        <source>Loi 09-08 art. 9</source>
        <translation>Law 09-08 art. 9</translation>
    </message>
</context>
<context>
    <name>Regime</name>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="95"/>
        <source>Loi 09-08</source>
        <translation>Law 09-08</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="96"/>
        <source>RGPD</source>
        <translation>GDPR</translation>
    </message>
</context>
<context>
    <name>RegisterDialogs</name>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="75"/>
        <source>Recharger</source>
        <extracomment>the entry a whole-form dialog edits</extracomment>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="77"/>
        <source>Abandonner la saisie et relire la fiche enregistrée</source>
        <translation>Discard the edits and reload the saved record</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="87"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="175"/>
        <source>* obligatoire</source>
        <translation>* required</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="211"/>
        <source>Nouveau traitement</source>
        <translation>New processing activity</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="213"/>
        <source>Modifier le traitement</source>
        <translation>Edit the processing activity</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="214"/>
        <source>Une fiche par activité de traitement, comme dans le registre de l&apos;article 30 du RGPD et la déclaration à la CNDP (loi 09-08 art. 15).</source>
        <translation>One record per processing activity, as in the GDPR Article 30 register and the declaration to the CNDP (Law 09-08 art. 15).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="219"/>
        <source>Enregistrer le traitement</source>
        <translation>Save the processing activity</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="251"/>
        <source>Nouveau sous-traitant</source>
        <translation>New processor</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="253"/>
        <source>Modifier le sous-traitant</source>
        <translation>Edit the processor</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="254"/>
        <source>Le contrat doit contenir les clauses de l&apos;article 28(3) du RGPD ; la loi 09-08 (art. 23) fait peser sur le sous-traitant les mêmes obligations de sécurité que sur vous.</source>
        <translation>The contract must contain the clauses of GDPR Article 28(3); Law 09-08 (art. 23) places the same security obligations on the processor as on you.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="260"/>
        <source>Enregistrer le sous-traitant</source>
        <translation>Save the processor</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="313"/>
        <source>Nouveau transfert hors du Maroc</source>
        <translation>New transfer out of Morocco</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="314"/>
        <source>Vers un pays qui ne figure pas sur la liste d&apos;adéquation, la loi 09-08 demande l&apos;autorisation de la CNDP (formulaire F118), sauf exception de ses articles 43-44. Les clauses contractuelles types ou les BCR sont jointes à la demande : elles ne remplacent pas l&apos;autorisation.</source>
        <translation>For a country that is not on the adequacy list, Law 09-08 requires the CNDP&apos;s authorisation (form F118), unless one of the exceptions in its articles 43-44 applies. Standard contractual clauses or BCRs are attached to the application: they do not replace the authorisation.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="321"/>
        <source>Ajouter le transfert</source>
        <translation>Add the transfer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="329"/>
        <source>Pays de destination *</source>
        <translation>Destination country *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="334"/>
        <source>Mécanisme</source>
        <translation>Mechanism</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="342"/>
        <source>Dérogation</source>
        <translation>Derogation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="347"/>
        <source>Exception de la loi 09-08 (art. 43-44)</source>
        <translation>Law 09-08 exception (art. 43-44)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="349"/>
        <source>Aucune</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="357"/>
        <source>Le transfert se fait sans autorisation de la CNDP si l&apos;une des exceptions de la loi s&apos;applique (consentement exprès, sauvegarde de la vie…).</source>
        <translation>The transfer takes place without CNDP authorisation if one of the exceptions in the law applies (express consent, safeguarding the data subject&apos;s life…).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="365"/>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="367"/>
        <source>N° d&apos;autorisation ou de demande F118, version des clauses…</source>
        <translation>Authorisation or F118 application no., version of the clauses…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="376"/>
        <source>Traitement</source>
        <translation>Processing activity</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="381"/>
        <source>Sous-traitant</source>
        <translation>Processor</translation>
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
        <translation>End of contract — {name}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="442"/>
        <source>À la fin de la prestation, le sous-traitant restitue ou supprime les données (RGPD art. 28(3)(g)). Tant que ce n&apos;est pas enregistré, il reste signalé.</source>
        <translation>At the end of the service, the processor returns or deletes the data (GDPR Art. 28(3)(g)). Until this is recorded, it stays flagged.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="447"/>
        <source>Enregistrer la fin du contrat</source>
        <translation>Save the end of the contract</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="452"/>
        <source>Fin le *</source>
        <translation>Ended on *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="457"/>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="517"/>
        <source>Les données ont été</source>
        <translation>The data were</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="462"/>
        <source>pas encore restituées ni supprimées</source>
        <translation>not yet returned or deleted</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="472"/>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="521"/>
        <source>Le</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="473"/>
        <source>Date connue</source>
        <translation>Date known</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="479"/>
        <source>Attestation reçue…</source>
        <translation>Certificate received…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="506"/>
        <source>Restitution ou suppression des données</source>
        <translation>Return or deletion of the data</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="507"/>
        <source>Enregistrez la confirmation reçue du sous-traitant (RGPD art. 28(3)(g)).</source>
        <translation>Record the confirmation received from the processor (GDPR Art. 28(3)(g)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="511"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="548"/>
        <source>Rattacher</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="556"/>
        <source>Tout est déjà rattaché.</source>
        <translation>Everything is already linked.</translation>
    </message>
</context>
<context>
    <name>RegisterFields</name>
    <message>
        <location filename="../../dpo_desk/ui/records/fields.py" line="43"/>
        <source>Renseignée</source>
        <translation>Filled in</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/fields.py" line="126"/>
        <source>Retirer</source>
        <extracomment>how a row&apos;s widgets are laid out: lines of (widget, stretch) a row&apos;s widgets by name (a TypedDict per kind of row)</extracomment>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/fields.py" line="129"/>
        <source>Retirer cette ligne</source>
        <translation>Remove this line</translation>
    </message>
</context>
<context>
    <name>RegisterForms</name>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="121"/>
        <source>Ce que fait le traitement</source>
        <translation>What the processing does</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="125"/>
        <source>ex. Pédagogie</source>
        <translation>e.g. Teaching</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="129"/>
        <source>S&apos;il y en a un</source>
        <translation>If there is one</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="134"/>
        <source>Logiciel ou application utilisés</source>
        <translation>Software or application used</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="140"/>
        <source>Où les personnes exercent leurs droits</source>
        <translation>Where individuals exercise their rights</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="148"/>
        <source>Ajouter une finalité</source>
        <translation>Add a purpose</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="179"/>
        <source>Le traitement concerne des mineurs</source>
        <translation>The processing concerns minors</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="195"/>
        <source>Ajouter un destinataire</source>
        <translation>Add a recipient</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="202"/>
        <source>Ajouter une durée</source>
        <translation>Add a period</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="213"/>
        <source>Précisions : chiffrement, habilitations…</source>
        <translation>Details: encryption, access rights…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="116"/>
        <source>ex. Gestion des comptes clients</source>
        <translation>e.g. Customer account management</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="155"/>
        <source>Une catégorie par ligne : clients, salariés, usagers…</source>
        <translation>One category per line: customers, employees, service users…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="185"/>
        <source>Une source par ligne : la personne, son employeur, un partenaire…</source>
        <translation>One source per line: the data subject, their employer, a partner…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="225"/>
        <source>ex. Rapprochement avec le fichier des clients</source>
        <translation>e.g. Matching with the customer file</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="232"/>
        <source>Les fichiers que ce traitement rapproche ou croise avec d&apos;autres (loi 09-08 art. 15 (i)). Une interconnexion relève de l&apos;autorisation préalable de la CNDP (art. 12). Vide : aucune.</source>
        <translation>The files that this processing matches or cross-references with others (Law 09-08 art. 15 (i)). An interconnection requires prior authorisation from the CNDP (art. 12). Empty: none.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="242"/>
        <source>Vide si les données servent la finalité de leur collecte</source>
        <translation>Empty if the data serves the purpose for which it was collected</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="248"/>
        <source>La finalité pour laquelle les données ont été collectées, si ce traitement les utilise pour une autre : autorisation préalable de la CNDP (loi 09-08 art. 12).</source>
        <translation>The purpose for which the data was collected, if this processing uses it for another one: prior authorisation from the CNDP (Law 09-08 art. 12).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="259"/>
        <source>ex. D-443/2022</source>
        <translation>e.g. D-443/2022</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="262"/>
        <source>Reçu le</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="267"/>
        <source>Analyse d&apos;impact requise</source>
        <translation>Impact assessment required</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="270"/>
        <source>Analyse réalisée</source>
        <translation>Assessment carried out</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="273"/>
        <source>Le</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="276"/>
        <source>Revu le</source>
        <translation>Reviewed on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="279"/>
        <location filename="../../dpo_desk/ui/records/forms.py" line="690"/>
        <source>Notes du DPO</source>
        <translation>DPO&apos;s notes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="284"/>
        <source>⚠ Données sensibles (RGPD art. 9 ; loi 09-08 art. 1(3)) : elles relèvent en principe de l&apos;autorisation préalable de la CNDP (loi 09-08 art. 12).</source>
        <translation>⚠ Sensitive data (GDPR Art. 9; Law 09-08 art. 1(3)): in principle it requires prior authorisation from the CNDP (Law 09-08 art. 12).</translation>
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
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="310"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="313"/>
        <source>Service responsable</source>
        <translation>Department responsible</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="317"/>
        <source>Responsable conjoint</source>
        <translation>Joint controller</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="319"/>
        <source>Logiciel</source>
        <translation>Software</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="322"/>
        <source>Exercice des droits</source>
        <translation>Exercise of rights</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="330"/>
        <source>Finalités et bases légales *</source>
        <translation>Purposes and legal bases *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="332"/>
        <source>Une base légale par finalité (RGPD art. 6(1) ; loi 09-08 art. 4). L&apos;intérêt légitime doit être décrit.</source>
        <translation>One legal basis per purpose (GDPR Art. 6(1); Law 09-08 art. 4). A legitimate interest must be described.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="342"/>
        <source>Personnes et données</source>
        <translation>Individuals and data</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="346"/>
        <source>Personnes concernées</source>
        <translation>Data subjects</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="350"/>
        <source>Catégories de données</source>
        <translation>Categories of data</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="353"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="360"/>
        <source>Interconnexions et réutilisation</source>
        <translation>Interconnections and reuse</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="364"/>
        <source>Interconnexions</source>
        <translation>Interconnections</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="368"/>
        <source>Collectées pour</source>
        <translation>Collected for</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="371"/>
        <source>Les fichiers interconnectés (loi 09-08 art. 15 (i)) et, si les données servent une autre finalité que celle de leur collecte, cette finalité d&apos;origine : l&apos;un ou l&apos;autre soumet le traitement à l&apos;autorisation préalable de la CNDP (art. 12).</source>
        <translation>The interconnected files (Law 09-08 art. 15 (i)) and, if the data serves a purpose other than the one for which it was collected, that original purpose: either one makes the processing subject to prior authorisation from the CNDP (art. 12).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="384"/>
        <source>Destinataires</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="391"/>
        <source>Durées de conservation</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="393"/>
        <source>Par catégorie de données : une durée et ce qui la fait courir.</source>
        <translation>Per data category: a period and what starts it.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="402"/>
        <source>Mesures de sécurité</source>
        <translation>Security measures</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="405"/>
        <source>Précisions</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="411"/>
        <source>Formalités CNDP et analyse d&apos;impact</source>
        <translation>CNDP formalities and impact assessment</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="413"/>
        <source>Régime</source>
        <translation>Regime</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="414"/>
        <source>N° de récépissé</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="415"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="416"/>
        <source>AIPD</source>
        <translation>DPIA</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="418"/>
        <source>Réalisée le</source>
        <translation>Carried out on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="425"/>
        <source>Suivi</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="427"/>
        <source>Dernière revue</source>
        <translation>Last review</translation>
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
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="442"/>
        <source>Justification (obligatoire pour l&apos;intérêt légitime)</source>
        <translation>Justification (required for legitimate interest)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="452"/>
        <source>Nom du destinataire</source>
        <translation>Recipient&apos;s name</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="466"/>
        <source>à compter de… (ex. après la dernière connexion)</source>
        <translation>starting from… (e.g. after the last login)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="470"/>
        <source>Précision (ex. factures)</source>
        <translation>Detail (e.g. invoices)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="526"/>
        <source>Inscrit au registre le {created} ; dernière modification le {updated}.</source>
        <translation>Added to the register on {created}; last changed on {updated}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="607"/>
        <source>Ces catégories de données relèvent de l&apos;autorisation préalable de la CNDP (loi 09-08 art. 12).</source>
        <translation>These data categories require prior authorisation from the CNDP (Law 09-08 art. 12).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="632"/>
        <source>ex. Stripe</source>
        <translation>e.g. Stripe</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="635"/>
        <source>Service fourni</source>
        <translation>Service provided</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="639"/>
        <source>Interlocuteur, e-mail</source>
        <translation>Contact person, e-mail</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="643"/>
        <source>DPO du sous-traitant</source>
        <translation>Processor&apos;s DPO</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="660"/>
        <source>Contrat de sous-traitance (DPA) signé</source>
        <translation>Data processing agreement (DPA) signed</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="664"/>
        <source>Signé le</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="668"/>
        <source>Prend fin le</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="676"/>
        <source>Une par ligne : PCI DSS, ISO 27001…</source>
        <translation>One per line: PCI DSS, ISO 27001…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="683"/>
        <source>Un par ligne, avec son pays</source>
        <translation>One per line, with its country</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="687"/>
        <source>Prévue le</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="706"/>
        <source>Le sous-traitant</source>
        <translation>The processor</translation>
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
        <translation>Countries of processing</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="722"/>
        <source>Données confiées</source>
        <translation>Data entrusted</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="729"/>
        <source>Garanties et suivi</source>
        <translation>Safeguards and follow-up</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="733"/>
        <source>Certifications</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="737"/>
        <source>Sous-traitants ultérieurs</source>
        <translation>Sub-processors</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="741"/>
        <source>Prochaine revue</source>
        <translation>Next review</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="750"/>
        <source>Contrat (RGPD art. 28 ; loi 09-08 art. 23)</source>
        <translation>Contract (GDPR Art. 28; Law 09-08 art. 23)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="755"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="756"/>
        <source>Échéance</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="761"/>
        <source>Clauses de l&apos;article 28(3) vérifiées</source>
        <translation>Article 28(3) clauses checked</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="790"/>
        <source>Contrat terminé le {date}.</source>
        <translation>Contract ended on {date}.</translation>
    </message>
</context>
<context>
    <name>RegisterSection</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="215"/>
        <source>Rechercher</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="246"/>
        <source>Aucune fiche ne correspond</source>
        <translation>No matching record</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="247"/>
        <source>Aucune fiche ne répond à ces critères de recherche et de filtre.</source>
        <translation>No record matches these search and filter criteria.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="248"/>
        <source>Effacer les filtres</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="335"/>
        <source>À regarder</source>
        <translation>To check</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="354"/>
        <source>Fiche</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="375"/>
        <source>Aucun.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="455"/>
        <source>Retirer le transfert ?</source>
        <translation>Remove the transfer?</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="457"/>
        <source>Le transfert « {transfer} » sera retiré du registre ; le journal gardera la trace de ce retrait.</source>
        <translation>The transfer “{transfer}” will be removed from the register; the journal will keep a record of its removal.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="460"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="768"/>
        <source>{register} — {name}</source>
        <translation>{register} — {name}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="780"/>
        <source>{label} n&apos;existe plus dans le registre : les modifications conservées sont abandonnées.</source>
        <translation>{label} no longer exists in the register: the kept changes have been discarded.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="788"/>
        <source>{label} : le formulaire n&apos;a pas pu être rouvert.</source>
        <translation>{label}: the form could not be reopened.</translation>
    </message>
</context>
<context>
    <name>RegisterTexts</name>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="63"/>
        <source>Déclaration</source>
        <translation>Declaration</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="64"/>
        <source>Autorisation</source>
        <translation>Authorisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="70"/>
        <source>Aucun mécanisme enregistré</source>
        <translation>No mechanism recorded</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="83"/>
        <source>jour(s)</source>
        <translation>day(s)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="84"/>
        <source>mois</source>
        <translation>month(s)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="85"/>
        <source>an(s)</source>
        <translation>year(s)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="111"/>
        <source>{category} : {duration}</source>
        <translation>{category}: {duration}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="149"/>
        <source>Transfert non encadré</source>
        <translation>Transfer without safeguards</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="152"/>
        <source>Sans contrat (DPA)</source>
        <translation>No contract (DPA)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="153"/>
        <source>Clauses manquantes</source>
        <translation>Missing clauses</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="154"/>
        <source>Revue en retard</source>
        <translation>Review overdue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="155"/>
        <source>Données non restituées</source>
        <translation>Data not returned</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="158"/>
        <source>Autorisation requise</source>
        <translation>Authorisation required</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="161"/>
        <source>AIPD à réaliser</source>
        <translation>DPIA to carry out</translation>
    </message>
</context>
<context>
    <name>RegistersCard</name>
    <message>
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="55"/>
        <source>Registres</source>
        <translation>Registers</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="60"/>
        <source>Revues à faire</source>
        <translation>Reviews due</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="61"/>
        <source>Contrats de sous-traitance manquants</source>
        <translation>Missing data processing agreements</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="64"/>
        <source>Traitements et sous-traitants dont la revue est en retard</source>
        <translation>Processing activities and processors whose review is overdue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="67"/>
        <source>Sous-traitants actifs sans contrat signé, ou au contrat échu (RGPD art. 28)</source>
        <translation>Active processors with no signed contract, or with an expired one (GDPR Art. 28)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="62"/>
        <source>Transferts non encadrés</source>
        <translation>Transfers without safeguards</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="70"/>
        <source>Transferts vers un pays non reconnu adéquat sans autorisation de la CNDP ni exception, ou sans mécanisme enregistré (loi 09-08 art. 43-44 ; RGPD art. 44-49)</source>
        <translation>Transfers to a country not recognised as adequate with neither the CNDP&apos;s authorisation nor an exception, or with no mechanism recorded (Law 09-08 arts. 43-44; GDPR Arts. 44-49)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="74"/>
        <source>Formalités CNDP à accomplir</source>
        <translation>CNDP formalities to complete</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="77"/>
        <source>Déclarations et autorisations à déposer auprès de la CNDP, et modifications à déclarer après un récépissé (loi 09-08 art. 12, 15 et 43-44)</source>
        <translation>Declarations and authorisations to file with the CNDP, and changes to declare after a receipt (Law 09-08 art. 12, 15 and 43-44)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="137"/>
        <source>{activities}, {processors}</source>
        <translation>{activities} · {processors}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="138"/>
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="195"/>
        <source>%n traitement(s)</source>
        <translation>
            <numerusform>%n processing activity</numerusform>
            <numerusform>%n processing activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="139"/>
        <source>%n sous-traitant(s)</source>
        <translation>
            <numerusform>%n processor</numerusform>
            <numerusform>%n processors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="190"/>
        <source>%n formalité(s) à déposer</source>
        <translation>
            <numerusform>%n formality to file</numerusform>
            <numerusform>%n formalities to file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="192"/>
        <source>%n modification(s) à déclarer</source>
        <translation>
            <numerusform>%n change to declare</numerusform>
            <numerusform>%n changes to declare</numerusform>
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
        <translation>Change the passphrase</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="118"/>
        <source>Tout le fichier est rechiffré avec la nouvelle phrase, puis vérifié. Les sauvegardes faites ailleurs (Sauvegarder maintenant…) gardent l&apos;ancienne : conservez-la avec elles.</source>
        <translation>The whole file is re-encrypted with the new passphrase, then checked. Backups made elsewhere (Back up now…) keep the old one: keep it with them.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="126"/>
        <source>Au moins {minimum} caractères</source>
        <translation>At least {minimum} characters</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="129"/>
        <source>La même, une seconde fois</source>
        <translation>The same again</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="132"/>
        <source>Phrase actuelle</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="133"/>
        <source>Nouvelle phrase</source>
        <translation>New passphrase</translation>
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
            <numerusform>Also re-encrypt the %n kept backup</numerusform>
            <numerusform>Also re-encrypt the %n kept backups</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="149"/>
        <source>Les sauvegardes automatiques du dossier {folder} seront chiffrées avec la nouvelle phrase : l&apos;ancienne n&apos;ouvrira plus aucune d&apos;elles.</source>
        <translation>The automatic backups in the folder {folder} will be encrypted with the new passphrase: the old one will no longer open any of them.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="162"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="175"/>
        <source>Minimum {minimum} caractères.</source>
        <translation>Minimum {minimum} characters.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="177"/>
        <source>{label} : {count} caractères sur {minimum} au minimum.</source>
        <translation>{label}: {count} of at least {minimum} characters.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="181"/>
        <source>Robustesse : {label}</source>
        <translation>Strength: {label}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="186"/>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="214"/>
        <source>Les deux saisies diffèrent.</source>
        <translation>The two entries differ.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="196"/>
        <source>La nouvelle phrase secrète doit compter au moins {minimum} caractères.</source>
        <translation>The new passphrase must be at least {minimum} characters long.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="224"/>
        <source>Rechiffrement en cours…</source>
        <translation>Re-encrypting…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="246"/>
        <source>Phrase secrète changée. Rechiffrement des sauvegardes : {done} sur {total}…</source>
        <translation>Passphrase changed. Re-encrypting the backups: {done} of {total}…</translation>
    </message>
</context>
<context>
    <name>RememberCheckBox</name>
    <message>
        <location filename="../../dpo_desk/ui/widgets.py" line="516"/>
        <source>Se souvenir sur cet ordinateur</source>
        <translation>Remember on this computer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/widgets.py" line="521"/>
        <source>La phrase secrète est confiée au trousseau sécurisé du système ; le registre s&apos;ouvrira sans la redemander sur cette session.</source>
        <translation>The passphrase is stored in the system&apos;s secure keyring; the register will open without asking for it again in this session.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/widgets.py" line="530"/>
        <source>Aucun trousseau sécurisé n&apos;est disponible sur cet ordinateur : la phrase secrète sera demandée à chaque ouverture. DPO Desk ne l&apos;enregistre jamais en clair.</source>
        <translation>No secure keyring is available on this computer: the passphrase will be asked for each time. DPO Desk never stores it in plain text.</translation>
    </message>
</context>
<context>
    <name>ReminderKind</name>
    <message>
        <location filename="../../dpo_desk/domain/reminders.py" line="46"/>
        <source>Demandes de droits</source>
        <translation>Rights requests</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/reminders.py" line="47"/>
        <source>Violations (délai de 72 heures)</source>
        <translation>Breaches (72-hour deadline)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/reminders.py" line="48"/>
        <source>Revues des sous-traitants</source>
        <translation>Processor reviews</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/reminders.py" line="49"/>
        <source>Fins de contrat</source>
        <translation>Contract end dates</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/reminders.py" line="50"/>
        <source>Revues des traitements</source>
        <translation>Processing activity reviews</translation>
    </message>
</context>
<context>
    <name>ReminderSummary</name>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="458"/>
        <source>Échéances à surveiller</source>
        <extracomment>section key, reference or list preset (&quot;preset:overdue&quot;, &quot;&quot;) the DPO unticked &quot;show at each unlock&quot; (already saved in the preferences)</extracomment>
        <translation>Deadlines to watch</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="463"/>
        <source>%n échéance(s) à surveiller au {date}</source>
        <translation>
            <numerusform>%n deadline to watch as of {date}</numerusform>
            <numerusform>%n deadlines to watch as of {date}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="493"/>
        <source>Afficher ce résumé à chaque déverrouillage</source>
        <translation>Show this summary on every unlock</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="496"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="520"/>
        <source>En retard : %n</source>
        <translation>
            <numerusform>Overdue: %n</numerusform>
            <numerusform>Overdue: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="521"/>
        <source>Aujourd&apos;hui : %n</source>
        <translation>
            <numerusform>Today: %n</numerusform>
            <numerusform>Today: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="524"/>
        <source>Dans les {days} prochains jours : %n</source>
        <translation>
            <numerusform>In the next {days} days: %n</numerusform>
            <numerusform>In the next {days} days: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="556"/>
        <source>Demandes en retard</source>
        <translation>Overdue requests</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="558"/>
        <source>Échéances de la semaine</source>
        <translation>This week&apos;s deadlines</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="561"/>
        <source>Ouvrir les violations</source>
        <translation>Show breaches</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="563"/>
        <source>Ouvrir les traitements</source>
        <translation>Show processing activities</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="564"/>
        <source>Ouvrir les sous-traitants</source>
        <translation>Show processors</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="113"/>
        <source>délai légal</source>
        <extracomment>Whether the summary opens by itself at unlock. The test suite turns it off (tests/conftest.py): a window opening on its own would take the focus from the test&apos;s; a test asks for the summary with ``show_summary``, or turns this back on.</extracomment>
        <translation>statutory deadline</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="114"/>
        <source>délai de politique interne</source>
        <translation>internal policy deadline</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="124"/>
        <source>Demande {reference} : échéance dépassée de %n jour(s) ({basis}).</source>
        <translation>
            <numerusform>Request {reference}: overdue by %n day ({basis}).</numerusform>
            <numerusform>Request {reference}: overdue by %n days ({basis}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="131"/>
        <source>Demande {reference} : échéance aujourd&apos;hui ({basis}).</source>
        <translation>Request {reference}: due today ({basis}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="135"/>
        <source>Demande {reference} : échéance dans %n jour(s), le {date} ({basis}).</source>
        <translation>
            <numerusform>Request {reference}: due in %n day, on {date} ({basis}).</numerusform>
            <numerusform>Request {reference}: due in %n days, on {date} ({basis}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="144"/>
        <source>Sous-traitant {reference} : revue en retard de %n jour(s).</source>
        <translation>
            <numerusform>Processor {reference}: review overdue by %n day.</numerusform>
            <numerusform>Processor {reference}: review overdue by %n days.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="151"/>
        <source>Sous-traitant {reference} : revue prévue aujourd&apos;hui.</source>
        <translation>Processor {reference}: review due today.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="155"/>
        <source>Sous-traitant {reference} : revue prévue dans %n jour(s), le {date}.</source>
        <translation>
            <numerusform>Processor {reference}: review due in %n day, on {date}.</numerusform>
            <numerusform>Processor {reference}: review due in %n days, on {date}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="164"/>
        <source>Sous-traitant {reference} : fin du contrat dépassée de %n jour(s) ; enregistrez-la ou mettez la date à jour.</source>
        <translation>
            <numerusform>Processor {reference}: contract end date passed %n day ago; record the end of the contract or update the date.</numerusform>
            <numerusform>Processor {reference}: contract end date passed %n days ago; record the end of the contract or update the date.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="172"/>
        <source>Sous-traitant {reference} : le contrat prend fin aujourd&apos;hui.</source>
        <translation>Processor {reference}: the contract ends today.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="176"/>
        <source>Sous-traitant {reference} : fin du contrat dans %n jour(s), le {date}.</source>
        <translation>
            <numerusform>Processor {reference}: contract ends in %n day, on {date}.</numerusform>
            <numerusform>Processor {reference}: contract ends in %n days, on {date}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="185"/>
        <source>Traitement {reference} : revue en retard de %n jour(s) (politique interne).</source>
        <translation>
            <numerusform>Processing activity {reference}: review overdue by %n day (internal policy).</numerusform>
            <numerusform>Processing activity {reference}: review overdue by %n days (internal policy).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="192"/>
        <source>Traitement {reference} : revue prévue aujourd&apos;hui (politique interne).</source>
        <translation>Processing activity {reference}: review due today (internal policy).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="196"/>
        <source>Traitement {reference} : revue prévue dans %n jour(s), le {date} (politique interne).</source>
        <translation>
            <numerusform>Processing activity {reference}: review due in %n day, on {date} (internal policy).</numerusform>
            <numerusform>Processing activity {reference}: review due in %n days, on {date} (internal policy).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="210"/>
        <location filename="../../dpo_desk/ui/reminders.py" line="581"/>
        <source>et %n autre(s)</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="236"/>
        <source>%n en retard</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="238"/>
        <source>%n aujourd&apos;hui</source>
        <translation>
            <numerusform>%n today</numerusform>
            <numerusform>%n today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="241"/>
        <source>%n d&apos;ici le {date}</source>
        <translation>
            <numerusform>%n by {date}</numerusform>
            <numerusform>%n by {date}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="246"/>
        <source>{kind} — {when} : {references}</source>
        <translation>{kind} — {when}: {references}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="399"/>
        <source>DPO Desk — %n rappel(s)</source>
        <extracomment>kind, reference, threshold (days; 0 the due day, -1 overdue), the sentence shown the section and the item (or list preset) the DPO asked to open from the summary the summary window, once shown the settings changed (the summary&apos;s own checkbox)</extracomment>
        <translation>
            <numerusform>DPO Desk — %n reminder</numerusform>
            <numerusform>DPO Desk — %n reminders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersCard</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/reminders.py" line="48"/>
        <source>Rappels</source>
        <extracomment>a choice changed and was saved</extracomment>
        <translation>Reminders</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/reminders.py" line="50"/>
        <source>Tant que DPO Desk est ouvert et le registre déverrouillé, une notification du bureau rappelle les échéances : aux délais choisis ci-dessous, le jour même, puis une fois par jour en cas de retard. Les violations gardent leurs alertes 24 heures et 6 heures avant la fin des 72 heures. Une notification ne cite que la référence (DSR-…, VIO-…, ou #12 pour un sous-traitant ou un traitement), jamais une personne. Ces choix valent pour cet ordinateur.</source>
        <translation>While DPO Desk is open and the register unlocked, a desktop notification reminds you of deadlines: at the lead times chosen below, on the day itself, then once a day when overdue. Breaches keep their alerts 24 hours and 6 hours before the 72 hours run out. A notification only cites the reference (DSR-…, VIO-…, or #12 for a processor or a processing activity), never a person. These choices apply to this computer.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/reminders.py" line="72"/>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/reminders.py" line="81"/>
        <location filename="../../dpo_desk/ui/settings/reminders.py" line="85"/>
        <source>jours avant l&apos;échéance</source>
        <translation>days before the deadline</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/reminders.py" line="80"/>
        <source>Demandes, premier rappel</source>
        <translation>Requests, first reminder</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/reminders.py" line="84"/>
        <source>Demandes, second rappel</source>
        <translation>Requests, second reminder</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/reminders.py" line="91"/>
        <source>Sous-traitants et traitements</source>
        <translation>Processors and processing activities</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/reminders.py" line="92"/>
        <source>jours avant la revue ou la fin du contrat</source>
        <translation>days before the review or the end of the contract</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/reminders.py" line="97"/>
        <source>Afficher un résumé des échéances à chaque déverrouillage</source>
        <translation>Show a summary of deadlines on every unlock</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/reminders.py" line="118"/>
        <source>Jours avant l&apos;échéance</source>
        <translation>Days before the deadline</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/reminders.py" line="129"/>
        <source>Rappels enregistrés sur cet ordinateur.</source>
        <translation>Reminder settings saved on this computer.</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="107"/>
        <source>‹  Toutes les demandes</source>
        <extracomment>show another section&apos;s item: (&quot;processing&quot;, &quot;#12&quot;) from &quot;Traitements concernés&quot;</extracomment>
        <translation>‹  All requests</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="43"/>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="128"/>
        <source>Pourquoi cette date ?</source>
        <translation>Why this date?</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="123"/>
        <source>Détails de la demande</source>
        <translation>Request details</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="127"/>
        <source>Régime *</source>
        <translation>Regime *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="128"/>
        <source>Droits exercés *</source>
        <translation>Rights exercised *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="129"/>
        <source>Reçue par</source>
        <translation>Received via</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="130"/>
        <source>Reçue le *</source>
        <translation>Received on *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="131"/>
        <source>Demandeur *</source>
        <translation>Requester *</translation>
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
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="52"/>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="134"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="135"/>
        <source>Agit en tant que</source>
        <translation>Acting as</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="54"/>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="136"/>
        <source>Personne concernée</source>
        <translation>Data subject</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="55"/>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="137"/>
        <source>Suivie par</source>
        <translation>Handled by</translation>
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
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="150"/>
        <source>Abandonner la saisie et relire la demande</source>
        <translation>Discard the edits and reload the request</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="153"/>
        <source>Annuler les modifications</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="155"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="167"/>
        <source>Journal de la demande</source>
        <translation>Request journal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="178"/>
        <source>Suite à donner</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="187"/>
        <source>Rédiger un courrier…</source>
        <translation>Draft a letter…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="232"/>
        <source>{reference} (réf. externe {external})</source>
        <translation>{reference} (ext. ref. {external})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/follow_up.py" line="20"/>
        <source>Suivi</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/follow_up.py" line="27"/>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="58"/>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/follow_up.py" line="28"/>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="59"/>
        <source>Pièce</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/follow_up.py" line="29"/>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="60"/>
        <source>Vérifiée le</source>
        <translation>Verified on</translation>
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
        <translation>Extended on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/follow_up.py" line="34"/>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="62"/>
        <source>Motif de prorogation</source>
        <translation>Reason for extension</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/follow_up.py" line="36"/>
        <source>Réponse</source>
        <translation>Response</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/follow_up.py" line="37"/>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="65"/>
        <source>Motif du refus</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="24"/>
        <source>Demande enregistrée</source>
        <translation>Request recorded</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="25"/>
        <source>Détails modifiés</source>
        <translation>Details changed</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="26"/>
        <source>Justificatif d&apos;identité demandé</source>
        <translation>Proof of identity requested</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="29"/>
        <source>Vérification d&apos;identité</source>
        <translation>Identity verification</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="30"/>
        <source>Changement de statut</source>
        <translation>Status change</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="31"/>
        <source>Délai prorogé</source>
        <translation>Deadline extended</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="32"/>
        <source>Réponse envoyée</source>
        <translation>Response sent</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="33"/>
        <source>Demande refusée</source>
        <translation>Request refused</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="34"/>
        <source>Demande retirée</source>
        <translation>Request withdrawn</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="35"/>
        <source>Demande clôturée</source>
        <translation>Request closed</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="36"/>
        <source>Pièce jointe ajoutée</source>
        <translation>Attachment added</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="37"/>
        <source>Pièce jointe supprimée</source>
        <translation>Attachment deleted</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="38"/>
        <source>Échéance recalculée</source>
        <translation>Deadline recalculated</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="44"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="45"/>
        <source>Droits</source>
        <translation>Rights</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="46"/>
        <source>Régime</source>
        <translation>Regime</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="47"/>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="48"/>
        <source>Reçue le</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="49"/>
        <source>Nom du demandeur</source>
        <translation>Requester&apos;s name</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="53"/>
        <source>Qualité du demandeur</source>
        <translation>Requester&apos;s capacity</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="57"/>
        <source>Échéance</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="63"/>
        <source>Répondue le</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="64"/>
        <source>Réponse par</source>
        <translation>Response by</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/follow_up.py" line="38"/>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="66"/>
        <source>Clôturée le</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="297"/>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="67"/>
        <source>Pièce jointe n°</source>
        <translation>Attachment no.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="68"/>
        <source>Nature de la pièce</source>
        <translation>Kind of attachment</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="69"/>
        <source>Motif de la suppression</source>
        <translation>Reason for deletion</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="408"/>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="79"/>
        <source>modifié</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="409"/>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="81"/>
        <source>renseigné</source>
        <translation>filled in</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="166"/>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="111"/>
        <source>justificatif d&apos;identité</source>
        <translation>proof of identity</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="112"/>
        <source>autre pièce</source>
        <translation>other attachment</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="132"/>
        <source>{field} : {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="138"/>
        <source>{field} : {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="55"/>
        <source>Pièces jointes</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="59"/>
        <source>Conservées chiffrées dans le registre, 25 Mo au plus par fichier.</source>
        <translation>Kept encrypted in the register, 25 MB at most per file.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="75"/>
        <source>Aucune pièce jointe.</source>
        <translation>No attachment.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="93"/>
        <source>Exporter…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="95"/>
        <source>Enregistrer une copie du fichier, hors du registre</source>
        <translation>Save a copy of the file outside the register</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="101"/>
        <source>Joindre un fichier…</source>
        <translation>Attach a file…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="108"/>
        <source>Supprimer…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="111"/>
        <source>Supprimer définitivement le fichier du registre</source>
        <translation>Permanently delete the file from the register</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="117"/>
        <source>Justificatif d&apos;identité</source>
        <translation>Proof of identity</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="120"/>
        <source>Le fichier joint est une preuve d&apos;identité : il sera proposé à la suppression une fois la vérification faite.</source>
        <translation>The attached file is a proof of identity: it will be offered for deletion once the check is done.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="274"/>
        <source>« {name} » sera effacée définitivement du registre : son contenu est écrasé dans le fichier et ne pourra pas être récupéré (seule une sauvegarde antérieure le contient encore). Le journal gardera sa taille, son empreinte et le motif, jamais son contenu.</source>
        <translation>“{name}” will be permanently erased from the register: its content is overwritten in the file and cannot be recovered (only an earlier backup still contains it). The journal will keep its size, its fingerprint and the reason, never its content.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="281"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="243"/>
        <source>{requester} ({role}) pour {subject}</source>
        <translation>{requester} ({role}) for {subject}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="254"/>
        <source>reçue le {date}</source>
        <translation>received on {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="71"/>
        <source>Échéance le {date} — {countdown}</source>
        <translation>Due on {date} — {countdown}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="76"/>
        <source>Échéance le {date}</source>
        <translation>Due on {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="84"/>
        <source>Fondement : {citation} (délai légal) — {rule}</source>
        <translation>Basis: {citation} (statutory deadline) — {rule}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="89"/>
        <source>Fondement : {citation} — {rule}</source>
        <translation>Basis: {citation} — {rule}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="100"/>
        <source>La portabilité n&apos;est pas un droit prévu par la loi 09-08 : elle n&apos;est due qu&apos;au titre du RGPD.</source>
        <translation>Portability is not a right provided for by Law 09-08: it is owed only under the GDPR.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="109"/>
        <source>La portabilité n&apos;est pas un droit prévu par la loi 09-08 : réponse dans le délai de politique interne.</source>
        <translation>Portability is not a right provided for by Law 09-08: reply within the internal policy deadline.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="126"/>
        <source>Masquer l&apos;explication</source>
        <translation>Hide the explanation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="158"/>
        <source>{regime}, {right} : {date}</source>
        <translation>{regime}, {right}: {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="168"/>
        <source>Le {date} n&apos;est pas un jour ouvré : reporté au jour ouvré suivant.</source>
        <translation>{date} is not a working day: moved to the next working day.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="175"/>
        <source>Jours chômés passés : {days}.</source>
        <translation>Non-working days skipped: {days}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="180"/>
        <source> — retenue</source>
        <translation> — applied</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="147"/>
        <source>Chaque droit, sous chaque régime, a son délai ; la date la plus proche l&apos;emporte.</source>
        <translation>Each right, under each regime, has its own deadline; the earliest date prevails.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/follow_up.py" line="55"/>
        <source>depuis le {start}</source>
        <translation>since {start}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/follow_up.py" line="61"/>
        <source>du {start} au {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/follow_up.py" line="71"/>
        <source>le {date}, par {channel}</source>
        <translation>on {date}, by {channel}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="275"/>
        <source>Demande clôturée : plus aucune étape.</source>
        <translation>Request closed: no further steps.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="277"/>
        <source>Réponse faite : il reste à clôturer la demande.</source>
        <translation>Response sent: the request remains to be closed.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="169"/>
        <source>Justificatif d&apos;identité : à supprimer dès la vérification faite (voir Paramètres ▸ Justificatif d&apos;identité).</source>
        <translation>Proof of identity: to be deleted as soon as the check is done (see Settings ▸ Proof of identity).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="148"/>
        <source>{when} — {who}</source>
        <translation>{when} — {who}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="373"/>
        <source>Demande {reference} enregistrée.</source>
        <translation>Request {reference} saved.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="434"/>
        <source>Demande {reference} : {status}.</source>
        <translation>Request {reference}: {status}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="193"/>
        <source>Joindre un fichier</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="216"/>
        <source>Impossible de lire « {name} » : {reason}</source>
        <translation>Cannot read “{name}”: {reason}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="228"/>
        <source>« {name} » jointe à la demande {reference}.</source>
        <translation>“{name}” attached to request {reference}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="263"/>
        <source>« {name} » supprimée du registre (demande {reference}).</source>
        <translation>“{name}” deleted from the register (request {reference}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="273"/>
        <source>Supprimer la pièce jointe</source>
        <translation>Delete the attachment</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="301"/>
        <source>Exporter la pièce jointe</source>
        <translation>Export the attachment</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="310"/>
        <source>Copie enregistrée : {path}</source>
        <translation>Copy saved: {path}</translation>
    </message>
</context>
<context>
    <name>RequestDialogs</name>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="167"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="174"/>
        <source>Cette étape ne peut pas être annulée.</source>
        <translation>This step cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="295"/>
        <source>Demander une pièce d&apos;identité</source>
        <translation>Ask for proof of identity</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="298"/>
        <source>Identité vérifiée</source>
        <translation>Identity verified</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="299"/>
        <source>Identité non vérifiée</source>
        <translation>Identity not verified</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="300"/>
        <source>Commencer le traitement</source>
        <translation>Start handling</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="301"/>
        <source>Proroger le délai</source>
        <translation>Extend the deadline</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="302"/>
        <source>Répondre</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="303"/>
        <source>Refuser</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="304"/>
        <source>Retrait par le demandeur</source>
        <translation>Withdrawal by the requester</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="305"/>
        <source>Clôturer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="323"/>
        <source>En cas de doute raisonnable sur l&apos;identité du demandeur, une pièce complémentaire peut être demandée (RGPD art. 12(6)). Ne demandez que ce qui est nécessaire : une copie de la CIN suffit le plus souvent.</source>
        <translation>Where there is reasonable doubt about the requester&apos;s identity, additional proof may be requested (GDPR Art. 12(6)). Ask only for what is necessary: a copy of the national identity card is usually enough.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="329"/>
        <source>Demander la pièce</source>
        <translation>Request the document</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="334"/>
        <source>Pièce demandée</source>
        <translation>Document requested</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="335"/>
        <source>Copie de la CIN, du passeport, de la carte de séjour…</source>
        <translation>Copy of the national identity card, passport, residence permit…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="349"/>
        <source>L&apos;identité est établie : le traitement de la demande commence.</source>
        <translation>The identity is established: handling of the request begins.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="353"/>
        <source>Le justificatif ne permet pas d&apos;établir l&apos;identité. La demande pourra être refusée pour ce motif (RGPD art. 12(6)).</source>
        <translation>The proof does not establish the identity. The request may be refused on this ground (GDPR Art. 12(6)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="363"/>
        <source>Pièce examinée</source>
        <translation>Document examined</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="364"/>
        <source>CIN présentée, copie reçue par e-mail…</source>
        <translation>National ID card shown, copy received by e-mail…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="371"/>
        <source>Date de la vérification</source>
        <translation>Date of verification</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="388"/>
        <source>La demande {reference} passe au statut « En cours de traitement ».</source>
        <translation>Request {reference} moves to status “In progress”.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="402"/>
        <source>RGPD art. 12(3) : le délai peut être prolongé de deux mois, compte tenu de la complexité et du nombre de demandes. La prorogation doit être décidée et notifiée au demandeur, motifs à l&apos;appui, dans le premier mois. La loi 09-08 ne prévoit pas de prorogation décidée par le responsable.</source>
        <translation>GDPR Art. 12(3): the period may be extended by two months, taking into account the complexity and number of requests. The extension must be decided and notified to the requester, with reasons, within the first month. Law 09-08 does not provide for an extension decided by the controller.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="409"/>
        <source>Proroger</source>
        <translation>Extend</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="413"/>
        <source>Décidée le</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="417"/>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="475"/>
        <source>Motif *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="418"/>
        <source>Complexité, volume de données, nombre de demandes…</source>
        <translation>Complexity, volume of data, number of requests…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="436"/>
        <source>Enregistre l&apos;envoi de la réponse au demandeur. Le délai cesse de courir à cette date.</source>
        <translation>Records that the response was sent to the requester. The deadline stops running on that date.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="441"/>
        <source>Enregistrer la réponse</source>
        <translation>Save the response</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="445"/>
        <source>Répondue le</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="446"/>
        <source>Envoyée par</source>
        <translation>Sent via</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="463"/>
        <source>Un refus est une réponse : il doit être motivé et informer le demandeur de son droit de saisir la CNDP (RGPD art. 12(4)). Le caractère manifestement infondé ou excessif doit pouvoir être démontré (RGPD art. 12(5)).</source>
        <translation>A refusal is a response: it must give reasons and inform the requester of the right to lodge a complaint with the CNDP (GDPR Art. 12(4)). The manifestly unfounded or excessive character must be demonstrable (GDPR Art. 12(5)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="469"/>
        <source>Enregistrer le refus</source>
        <translation>Save the refusal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="476"/>
        <source>Choisir un motif…</source>
        <translation>Choose a reason…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="485"/>
        <source>Notifié le</source>
        <translation>Notified on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="486"/>
        <source>Envoyé par</source>
        <translation>Sent via</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="504"/>
        <source>Le demandeur a retiré sa demande {reference}. Conservez sa lettre ou son e-mail de retrait en pièce jointe.</source>
        <translation>The requester has withdrawn request {reference}. Keep the withdrawal letter or e-mail as an attachment.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="509"/>
        <source>Enregistrer le retrait</source>
        <translation>Save the withdrawal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="520"/>
        <source>La demande {reference} est classée. Elle reste au registre, consultable, avec son journal et ses pièces jointes.</source>
        <translation>Request {reference} is closed. It stays in the register, available with its journal and attachments.</translation>
    </message>
</context>
<context>
    <name>RequestFields</name>
    <message>
        <location filename="../../dpo_desk/ui/requests/form.py" line="85"/>
        <source>Le RGPD s&apos;applique aussi lorsque la personne se trouve dans l&apos;Union européenne.</source>
        <translation>The GDPR also applies when the individual is in the European Union.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/form.py" line="97"/>
        <source>Nom et prénom</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/form.py" line="101"/>
        <source>nom@exemple.ma</source>
        <translation>name@example.ma</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/form.py" line="105"/>
        <source>+212 …</source>
        <translation>+212 …</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/form.py" line="109"/>
        <source>Adresse postale, pour une réponse par courrier</source>
        <translation>Postal address, for a reply by post</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/form.py" line="118"/>
        <source>La personne dont les données sont en cause</source>
        <translation>The individual whose data is concerned</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/form.py" line="124"/>
        <source>Qui instruit la demande</source>
        <translation>Who handles the request</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/form.py" line="129"/>
        <source>Objet précis de la demande, échanges, pièces attendues…</source>
        <translation>Exact subject of the request, exchanges, documents expected…</translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="117"/>
        <source>Nouvelle</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="118"/>
        <source>En attente du justificatif d&apos;identité</source>
        <translation>Awaiting proof of identity</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="121"/>
        <source>En cours de traitement</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="122"/>
        <source>Délai prorogé</source>
        <translation>Deadline extended</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="123"/>
        <source>Répondue</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="124"/>
        <source>Refusée</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="125"/>
        <source>Retirée par le demandeur</source>
        <translation>Withdrawn by the requester</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="126"/>
        <source>Clôturée</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="223"/>
        <source>Une demande au statut « {old} » ne peut pas passer au statut « {new} ».</source>
        <translation>A request with status “{old}” cannot move to status “{new}”.</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="96"/>
        <source>Cliquer pour trier</source>
        <translation>Click to sort</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="100"/>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="101"/>
        <source>Demandeur</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="102"/>
        <source>Droits</source>
        <translation>Rights</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="103"/>
        <source>Régime</source>
        <translation>Regime</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="104"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="105"/>
        <source>Reçue le</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="106"/>
        <source>Échéance</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="107"/>
        <source>Délai</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="108"/>
        <source>Suivie par</source>
        <translation>Handled by</translation>
    </message>
</context>
<context>
    <name>RequestTexts</name>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="50"/>
        <source>Nouvelle</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="51"/>
        <source>Identité demandée</source>
        <translation>Identity requested</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="54"/>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="55"/>
        <source>Prorogée</source>
        <translation>Extended</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="56"/>
        <source>Répondue</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="57"/>
        <source>Refusée</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="58"/>
        <source>Retirée</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="59"/>
        <source>Clôturée</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="71"/>
        <source>Accès</source>
        <translation>Access</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="72"/>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="73"/>
        <source>Effacement</source>
        <translation>Erasure</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="74"/>
        <source>Limitation</source>
        <translation>Restriction</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="75"/>
        <source>Portabilité</source>
        <translation>Portability</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="76"/>
        <source>Opposition</source>
        <translation>Objection</translation>
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
        <translation>09-08 + GDPR</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="201"/>
        <source>{date} à {time}</source>
        <translation>{date} at {time}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="217"/>
        <source>{size} o</source>
        <translation>{size} B</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="219"/>
        <source>{size} Ko</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="222"/>
        <source>{size} Mo</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="244"/>
        <source>échéance aujourd&apos;hui</source>
        <translation>due today</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/requests/texts.py" line="246"/>
        <source>dans %n j</source>
        <translation>
            <numerusform>in %n d</numerusform>
            <numerusform>in %n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/requests/texts.py" line="247"/>
        <source>%n j de retard</source>
        <translation>
            <numerusform>%n d overdue</numerusform>
            <numerusform>%n d overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/requests/texts.py" line="258"/>
        <source>dans %n jours</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="260"/>
        <source>1 jour de retard</source>
        <translation>1 day overdue</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/requests/texts.py" line="262"/>
        <source>%n jours de retard</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="254"/>
        <source>aujourd&apos;hui</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="256"/>
        <source>demain</source>
        <translation>tomorrow</translation>
    </message>
</context>
<context>
    <name>RequesterRole</name>
    <message>
        <location filename="../../dpo_desk/domain/requests/model.py" line="35"/>
        <source>La personne concernée</source>
        <translation>The data subject</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/model.py" line="36"/>
        <source>Parent ou tuteur</source>
        <translation>Parent or guardian</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/model.py" line="37"/>
        <source>Avocat ou mandataire</source>
        <translation>Lawyer or representative</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/model.py" line="38"/>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>RequestsSection</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/__init__.py" line="101"/>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="100"/>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="184"/>
        <source>Demandes</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="55"/>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="100"/>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="150"/>
        <source>Nouvelle demande</source>
        <translation>New request</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="102"/>
        <source>Enregistrer une demande reçue ({keys})</source>
        <translation>Record a request received ({keys})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="118"/>
        <source>Liste des demandes</source>
        <translation>Request list</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="144"/>
        <source>Aucune demande pour l&apos;instant</source>
        <translation>No request yet</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="146"/>
        <source>Enregistrez ici chaque demande d&apos;accès, de rectification, d&apos;effacement ou d&apos;opposition dès sa réception : DPO Desk calcule son échéance légale et vous la rappelle.</source>
        <translation>Record every request for access, rectification, erasure or objection here as soon as it arrives: DPO Desk calculates its statutory deadline and reminds you of it.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="155"/>
        <source>Aucune demande ne correspond</source>
        <translation>No matching request</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="156"/>
        <source>Aucune demande ne répond à ces critères de recherche et de filtre.</source>
        <translation>No request matches these search and filter criteria.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="157"/>
        <source>Effacer les filtres</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="229"/>
        <source>1 demande</source>
        <translation>1 request</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="230"/>
        <source>{count} demandes</source>
        <translation>{count} requests</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="319"/>
        <source>Demande {reference} enregistrée — échéance le {date}.</source>
        <translation>Request {reference} saved — due on {date}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="54"/>
        <source>Demande {reference}</source>
        <translation>Request {reference}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="56"/>
        <source>Le formulaire de nouvelle demande n&apos;a pas pu être rouvert.</source>
        <translation>The new request form could not be reopened.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="59"/>
        <source>{label} n&apos;existe plus dans le registre : les modifications conservées sont abandonnées.</source>
        <translation>{label} no longer exists in the register: the kept changes have been discarded.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="64"/>
        <source>{label} a été clôturée entre-temps : les modifications conservées ne peuvent plus être appliquées.</source>
        <translation>{label} was closed in the meantime: the kept changes can no longer be applied.</translation>
    </message>
</context>
<context>
    <name>RetentionUnit</name>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="219"/>
        <source>{n} jour</source>
        <translation>{n} day</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="219"/>
        <source>{n} jours</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="220"/>
        <source>{n} mois</source>
        <translation>{n} months</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="221"/>
        <source>{n} an</source>
        <translation>{n} year</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="221"/>
        <source>{n} ans</source>
        <translation>{n} years</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/records/texts.py" line="95"/>
        <source>%n jour(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/records/texts.py" line="97"/>
        <source>%n mois</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/records/texts.py" line="99"/>
        <source>%n an(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Right</name>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="100"/>
        <source>Droit d&apos;accès</source>
        <translation>Right of access</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="101"/>
        <source>Droit de rectification</source>
        <translation>Right to rectification</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="102"/>
        <source>Droit à l&apos;effacement</source>
        <translation>Right to erasure</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="103"/>
        <source>Droit à la limitation du traitement</source>
        <translation>Right to restriction of processing</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="104"/>
        <source>Droit à la portabilité</source>
        <translation>Right to data portability</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="105"/>
        <source>Droit d&apos;opposition</source>
        <translation>Right to object</translation>
    </message>
</context>
<context>
    <name>RiskLevel</name>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="126"/>
        <source>Risque peu probable</source>
        <translation>Unlikely risk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="127"/>
        <source>Risque</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="128"/>
        <source>Risque élevé</source>
        <translation>High risk</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/__init__.py" line="95"/>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="317"/>
        <source>Tableau de bord</source>
        <extracomment>the translated title, at call time (the language may change between calls) builds the screen; imports its module on the first call</extracomment>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>SecurityMeasure</name>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="170"/>
        <source>Contrôle d&apos;accès des utilisateurs</source>
        <translation>User access control</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="171"/>
        <source>Mesures de traçabilité</source>
        <translation>Traceability measures</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="172"/>
        <source>Mesures de protection des logiciels</source>
        <translation>Software protection measures</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="173"/>
        <source>Sauvegarde des données</source>
        <translation>Data backup</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="174"/>
        <source>Chiffrement des données</source>
        <translation>Data encryption</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="175"/>
        <source>Contrôle des sous-traitants</source>
        <translation>Processor oversight</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="176"/>
        <source>Autres mesures</source>
        <translation>Other measures</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/__init__.py" line="131"/>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="184"/>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="375"/>
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="141"/>
        <source>L&apos;organisation et son délégué figurent sur chaque courrier et chaque registre exporté.</source>
        <translation>The organisation and its officer appear on every letter and every exported register.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="138"/>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="309"/>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="470"/>
        <source>Organisation et délégué</source>
        <extracomment>A card&apos;s widest: wider, a line of explanation is too long to read comfortably. the organisation as saved, so the window can update what shows its name the navigation&apos;s width bounds; in between, it takes its longest title</extracomment>
        <translation>Organisation and DPO</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="145"/>
        <source>Délais et calendrier</source>
        <translation>Deadlines and calendar</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="149"/>
        <source>Courriers</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="157"/>
        <source>Registre des traitements</source>
        <translation>Record of processing activities</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="158"/>
        <source>Rappels</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="161"/>
        <source>Sécurité et sauvegarde</source>
        <translation>Security and backup</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="164"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="188"/>
        <source>Pages des paramètres</source>
        <translation>Settings pages</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="190"/>
        <source>Flèches haut et bas : changer de page ; Tab : aller à la page.</source>
        <translation>Up and down arrows: change page; Tab: go to the page.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="312"/>
        <source>Organisation *</source>
        <translation>Organisation *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="313"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="314"/>
        <source>Ville des courriers</source>
        <translation>Town for letters</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="315"/>
        <source>Délégué (DPO)</source>
        <translation>Officer (DPO)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="316"/>
        <source>E-mail du DPO</source>
        <translation>DPO e-mail</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="317"/>
        <source>Téléphone du DPO</source>
        <translation>DPO telephone</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="324"/>
        <source>Annuler les modifications</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="326"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="337"/>
        <source>Fichier du registre</source>
        <translation>Register file</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="344"/>
        <source>Copier</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="345"/>
        <source>Copier l&apos;identifiant du registre</source>
        <translation>Copy the register identifier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="355"/>
        <source>Emplacement</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="356"/>
        <source>Identifiant</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="357"/>
        <source>Version du schéma</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="358"/>
        <source>Version de DPO Desk</source>
        <translation>DPO Desk version</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="359"/>
        <source>Fuseau horaire</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="360"/>
        <source>Contenu</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="392"/>
        <source>inconnue</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="420"/>
        <source>Demandes</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="421"/>
        <source>Pièces jointes</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="422"/>
        <source>Entrées du journal</source>
        <translation>Journal entries</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="425"/>
        <source>{label} : {count}</source>
        <translation>{label}: {count}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="457"/>
        <source>Organisation enregistrée.</source>
        <translation>Organisation saved.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="474"/>
        <source>L&apos;organisation n&apos;a pas pu être relue : modifications abandonnées.</source>
        <translation>The organisation could not be read again: changes discarded.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="482"/>
        <source>Identifiant du registre copié.</source>
        <translation>Register identifier copied.</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="172"/>
        <source>Faible</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="173"/>
        <source>Moyenne</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="174"/>
        <source>Élevée</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="175"/>
        <source>Très élevée</source>
        <translation>Very high</translation>
    </message>
</context>
<context>
    <name>ThirdParty</name>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="99"/>
        <source>Langage et bibliothèque standard</source>
        <translation>Language and standard library</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="105"/>
        <source>Interface graphique</source>
        <translation>User interface</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="112"/>
        <source>Liaison entre Python et Qt</source>
        <translation>Python bindings for Qt</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="119"/>
        <source>Chiffrement du fichier de registre</source>
        <translation>Encryption of the register file</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="125"/>
        <source>Primitives cryptographiques de SQLCipher</source>
        <translation>SQLCipher&apos;s cryptographic primitives</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="129"/>
        <source>Accès à SQLCipher depuis Python</source>
        <translation>SQLCipher from Python</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="133"/>
        <location filename="../../dpo_desk/third_party.py" line="222"/>
        <source>Accès aux données</source>
        <translation>Data access</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="136"/>
        <source>Migrations du schéma</source>
        <translation>Schema migrations</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="142"/>
        <location filename="../../dpo_desk/third_party.py" line="158"/>
        <source>Trousseau du système</source>
        <translation>System keyring</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="163"/>
        <source>Trousseau du système (Linux)</source>
        <translation>System keyring (Linux)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="171"/>
        <source>Robustesse des phrases secrètes</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="175"/>
        <source>Lettres en PDF</source>
        <translation>PDF letters</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="181"/>
        <source>Lettres en arabe</source>
        <translation>Letters in Arabic</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="191"/>
        <source>Noms des mois et règles de pluriel</source>
        <translation>Month names and plural rules</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="196"/>
        <source>Aperçu des lettres</source>
        <translation>Letter preview</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="200"/>
        <source>Registres Excel</source>
        <translation>Excel registers</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="207"/>
        <source>Jours fériés des délais</source>
        <translation>Public holidays in deadlines</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="215"/>
        <source>Dossier des préférences</source>
        <translation>Preferences folder</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="219"/>
        <source>Fuseaux horaires</source>
        <translation>Time zones</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="226"/>
        <source>Police arabe des lettres</source>
        <translation>Arabic font of the letters</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="229"/>
        <source>Police latine des lettres</source>
        <translation>Latin font of the letters</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="234"/>
        <source>Police tifinaghe des lettres</source>
        <translation>Tifinagh font for letters</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="239"/>
        <location filename="../../dpo_desk/third_party.py" line="244"/>
        <source>Symboles et emoji des lettres</source>
        <translation>Symbols and emoji for letters</translation>
    </message>
</context>
<context>
    <name>TransferMechanism</name>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="249"/>
        <source>Pays reconnu adéquat par la CNDP</source>
        <translation>Country recognised as adequate by the CNDP</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="251"/>
        <source>Autorisation de la CNDP (formulaire F118)</source>
        <translation>CNDP authorisation (form F118)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="253"/>
        <source>Clauses contractuelles types</source>
        <translation>Standard contractual clauses</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="255"/>
        <source>Règles d&apos;entreprise contraignantes (BCR)</source>
        <translation>Binding corporate rules (BCR)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="257"/>
        <source>Dérogation pour une situation particulière</source>
        <translation>Derogation for a specific situation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="259"/>
        <source>Autre garantie appropriée (RGPD art. 46)</source>
        <translation>Other appropriate safeguard (GDPR Art. 46)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="250"/>
        <source>Loi 09-08 art. 43 ; RGPD art. 45</source>
        <translation>Law 09-08 art. 43; GDPR Art. 45</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="252"/>
        <source>Loi 09-08 art. 44</source>
        <translation>Law 09-08 art. 44</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="254"/>
        <source>RGPD art. 46(2)(c)</source>
        <translation>GDPR Art. 46(2)(c)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="256"/>
        <source>RGPD art. 47</source>
        <translation>GDPR Art. 47</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="258"/>
        <source>RGPD art. 49 ; loi 09-08 art. 44</source>
        <translation>GDPR Art. 49; Law 09-08 art. 44</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="260"/>
        <source>RGPD art. 46</source>
        <translation>GDPR Art. 46</translation>
    </message>
</context>
<context>
    <name>UnencryptedWarning</name>
    <message>
        <location filename="../../dpo_desk/ui/calendar_export.py" line="40"/>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="79"/>
        <source>Fichier non chiffré</source>
        <translation>Unencrypted file</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="79"/>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="80"/>
        <source>Le fichier Excel exporté ne sera pas chiffré.</source>
        <translation>The exported Excel file will not be encrypted.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="82"/>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="83"/>
        <source>Il contiendra des données personnelles lisibles par quiconque y a accès. Enregistrez-le dans un emplacement protégé et supprimez-le dès qu&apos;il n&apos;est plus utile. L&apos;export est inscrit au journal.</source>
        <translation>It will contain personal data readable by anyone who has access to it. Save it in a protected location and delete it as soon as it is no longer needed. The export is recorded in the journal.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="88"/>
        <source>Ne plus afficher ce message</source>
        <translation>Do not show this message again</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_export.py" line="49"/>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="91"/>
        <source>Continuer</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_export.py" line="50"/>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="92"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="257"/>
        <source>Ouvrir un registre — DPO Desk</source>
        <translation>Open a register — DPO Desk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="263"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="104"/>
        <source>Déverrouiller le registre</source>
        <translation>Unlock the register</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="116"/>
        <source>Phrase secrète</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="119"/>
        <source>Saisissez la phrase secrète du registre</source>
        <translation>Enter the register&apos;s passphrase</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="125"/>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="126"/>
        <source>Verr. Maj. activé</source>
        <translation>Caps Lock is on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="138"/>
        <source>Déverrouiller</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="201"/>
        <source>Saisissez la phrase secrète du registre.</source>
        <translation>Enter the register&apos;s passphrase.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="227"/>
        <source>La phrase secrète n&apos;a pas pu être confiée au trousseau : elle sera demandée à la prochaine ouverture.</source>
        <translation>The passphrase could not be stored in the keyring: it will be asked for next time.</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../dpo_desk/ui/welcome.py" line="131"/>
        <source>Le registre du délégué à la protection des données : demandes d&apos;exercice de droits, violations, traitements et sous-traitants, dans un fichier chiffré sur ce poste.</source>
        <translation>The Data Protection Officer&apos;s register: data subject rights requests, breaches, processing activities and processors, in an encrypted file on this computer.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome.py" line="145"/>
        <source>Créer un registre</source>
        <translation>Create a register</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome.py" line="146"/>
        <source>Un nouveau fichier chiffré pour une organisation et son DPO.</source>
        <translation>A new encrypted file for an organisation and its DPO.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome.py" line="150"/>
        <source>Ouvrir un fichier existant</source>
        <translation>Open an existing file</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome.py" line="151"/>
        <source>Un registre .dpodesk déjà créé, sur ce poste ou un support amovible.</source>
        <translation>A .dpodesk register already created, on this computer or a removable drive.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome.py" line="162"/>
        <source>Essayer la démo</source>
        <translation>Try the demo</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome.py" line="169"/>
        <source>un registre d&apos;exemple, rempli de demandes et de violations fictives</source>
        <translation>a sample register, filled with fictitious requests and breaches</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome.py" line="178"/>
        <location filename="../../dpo_desk/ui/welcome.py" line="181"/>
        <source>Registres récents</source>
        <translation>Recent registers</translation>
    </message>
</context>
<context>
    <name>WorkingCalendarCard</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="72"/>
        <source>Calendrier des jours ouvrés</source>
        <extracomment>how many open requests&apos; due dates the last edit moved the dialog on screen, if any (tests drive it)</extracomment>
        <translation>Working-day calendar</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="74"/>
        <source>Une échéance de la loi 09-08 ou de la politique interne qui tombe un samedi, un dimanche ou un jour férié marocain est reportée au jour ouvré suivant. Les fermetures de l&apos;organisation ne reportent que les échéances de politique interne, jamais un délai légal. Les fêtes religieuses suivent le calendrier lunaire : leur date est estimée d&apos;avance et ne reporte aucune échéance tant qu&apos;elle n&apos;est pas confirmée ; confirmez-la dès l&apos;annonce du ministère des Habous et des Affaires islamiques.</source>
        <translation>A Law 09-08 or internal policy deadline that falls on a Saturday, a Sunday or a Moroccan public holiday moves to the next working day. The organisation&apos;s closures only move internal policy deadlines, never a statutory deadline. Religious holidays follow the lunar calendar: their date is estimated in advance and does not move any deadline until it is confirmed; confirm it as soon as the Ministry of Habous and Islamic Affairs announces it.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="86"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="88"/>
        <source>Année affichée</source>
        <translation>Year shown</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="92"/>
        <source>Ajouter un jour férié…</source>
        <translation>Add a public holiday…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="94"/>
        <source>Ajouter une fermeture…</source>
        <translation>Add a closure…</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="105"/>
        <source>Origine</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="107"/>
        <source>Jours chômés de l&apos;année</source>
        <translation>Non-working days of the year</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="114"/>
        <source>Confirmer…</source>
        <translation>Confirm…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="117"/>
        <source>Fête lunaire : saisir le premier jour annoncé par le ministère des Habous et des Affaires islamiques (la date estimée ou une autre).</source>
        <translation>Lunar holiday: enter the first day announced by the Ministry of Habous and Islamic Affairs (the estimated date or another).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="122"/>
        <source>Annuler la confirmation</source>
        <translation>Cancel confirmation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="125"/>
        <source>Oublier la date confirmée : la fête reprend sa date estimée (ou, pour une année passée, celle de l&apos;annonce officielle).</source>
        <translation>Forget the confirmed date: the holiday goes back to its estimated date (or, for a past year, the officially announced one).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="131"/>
        <source>Le jour férié a été fixé à une autre date.</source>
        <translation>The public holiday has been set to another date.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="230"/>
        <source>Une fête lunaire de {year} a une date estimée : elle ne reporte aucune échéance tant qu&apos;elle n&apos;est pas confirmée. Confirmez-la dès l&apos;annonce officielle (bouton « Confirmer… »).</source>
        <translation>A lunar holiday in {year} has an estimated date: it does not move any deadline until it is confirmed. Confirm it as soon as it is officially announced (“Confirm…” button).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="236"/>
        <source>%n fêtes lunaires de {year} ont une date estimée : elles ne reportent aucune échéance tant qu&apos;elles ne sont pas confirmées. Confirmez chacune dès l&apos;annonce officielle (bouton « Confirmer… »).</source>
        <translation>
            <numerusform>%n lunar holiday in {year} has an estimated date: it does not move any deadline until it is confirmed. Confirm it as soon as it is officially announced (“Confirm…” button).</numerusform>
            <numerusform>%n lunar holidays in {year} have an estimated date: they do not move any deadline until they are confirmed. Confirm each one as soon as it is officially announced (“Confirm…” button).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="392"/>
        <source>Confirmation annulée : {holiday}, {status}, le {date}.</source>
        <translation>Confirmation cancelled: {holiday}, {status}, on {date}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="467"/>
        <source>Un jour où l&apos;organisation est fermée (pont, inventaire…). Seules les échéances de politique interne qui y tombent sont reportées au jour ouvré suivant ; un délai légal (loi 09-08, RGPD) ne l&apos;est jamais.</source>
        <translation>A day when the organisation is closed (bridge day, stocktaking…). Only internal policy deadlines falling on it move to the next working day; a statutory deadline (Law 09-08, GDPR) never does.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="130"/>
        <source>Déplacer…</source>
        <translation>Move…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="133"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="134"/>
        <source>Ce jour redevient un jour ouvré.</source>
        <translation>This day becomes a working day again.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="136"/>
        <source>Rétablir le calendrier officiel</source>
        <translation>Restore the official calendar</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="137"/>
        <source>Oublier les modifications faites sur ce jour-là.</source>
        <translation>Forget the changes made to that day.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="407"/>
        <source>{name} retiré : le {date} est un jour ouvré.</source>
        <translation>{name} removed: {date} is a working day.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="419"/>
        <source>Le {date} suit de nouveau le calendrier officiel.</source>
        <translation>{date} follows the official calendar again.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="451"/>
        <source>Jour férié ajouté le {date}.</source>
        <translation>Public holiday added on {date}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="452"/>
        <source>Ajouter un jour férié</source>
        <translation>Add a public holiday</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="454"/>
        <source>Un jour férié que le calendrier officiel ne connaît pas encore, par exemple décrété pour l&apos;occasion.</source>
        <translation>A public holiday that the official calendar does not know yet, for example one decreed for the occasion.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="464"/>
        <source>Fermeture ajoutée le {date}.</source>
        <translation>Closure added on {date}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="465"/>
        <source>Ajouter une fermeture</source>
        <translation>Add a closure</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="471"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="520"/>
        <source>{name} déplacé au {date}.</source>
        <translation>{name} moved to {date}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="526"/>
        <source>Déplacer un jour férié</source>
        <translation>Move a public holiday</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="527"/>
        <source>« {name} », prévu le {date}, a été annoncé pour le :</source>
        <translation>“{name}”, planned for {date}, has been announced for:</translation>
    </message>
</context>
<context>
    <name>XlsxColumn</name>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="70"/>
        <location filename="../../dpo_desk/domain/journal.py" line="503"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="71"/>
        <location filename="../../dpo_desk/domain/journal.py" line="504"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="129"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="175"/>
        <location filename="../../dpo_desk/domain/journal.py" line="198"/>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="130"/>
        <location filename="../../dpo_desk/domain/journal.py" line="194"/>
        <source>Date de réception</source>
        <translation>Date of receipt</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="131"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="177"/>
        <location filename="../../dpo_desk/domain/journal.py" line="200"/>
        <source>Régimes</source>
        <translation>Regimes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="133"/>
        <location filename="../../dpo_desk/domain/journal.py" line="208"/>
        <source>Droits exercés</source>
        <translation>Rights exercised</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="135"/>
        <location filename="../../dpo_desk/domain/journal.py" line="135"/>
        <source>Canal de réception</source>
        <translation>Channel of receipt</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="137"/>
        <location filename="../../dpo_desk/domain/journal.py" line="204"/>
        <source>Demandeur</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="138"/>
        <location filename="../../dpo_desk/domain/journal.py" line="206"/>
        <source>Qualité du demandeur</source>
        <translation>Requester&apos;s capacity</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="140"/>
        <location filename="../../dpo_desk/domain/journal.py" line="203"/>
        <source>E-mail du demandeur</source>
        <translation>Requester&apos;s e-mail</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="141"/>
        <location filename="../../dpo_desk/domain/journal.py" line="205"/>
        <source>Téléphone du demandeur</source>
        <translation>Requester&apos;s telephone</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="142"/>
        <location filename="../../dpo_desk/domain/journal.py" line="202"/>
        <source>Adresse du demandeur</source>
        <translation>Requester&apos;s address</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="143"/>
        <location filename="../../dpo_desk/domain/journal.py" line="223"/>
        <source>Personne concernée</source>
        <translation>Data subject</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="144"/>
        <location filename="../../dpo_desk/domain/journal.py" line="175"/>
        <source>Vérification d&apos;identité</source>
        <translation>Identity verification</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="146"/>
        <location filename="../../dpo_desk/domain/journal.py" line="174"/>
        <source>Moyen de vérification</source>
        <translation>Verification method</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="147"/>
        <location filename="../../dpo_desk/domain/journal.py" line="173"/>
        <source>Identité vérifiée le</source>
        <translation>Identity verified on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="148"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="179"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="283"/>
        <location filename="../../dpo_desk/domain/journal.py" line="220"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="150"/>
        <location filename="../../dpo_desk/domain/journal.py" line="199"/>
        <source>Motif de refus</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="152"/>
        <location filename="../../dpo_desk/domain/journal.py" line="167"/>
        <source>Échéance</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="153"/>
        <location filename="../../dpo_desk/domain/journal.py" line="166"/>
        <source>Fondement de l&apos;échéance</source>
        <translation>Basis of the deadline</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="155"/>
        <location filename="../../dpo_desk/domain/journal.py" line="169"/>
        <source>Prorogée le</source>
        <translation>Extended on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="156"/>
        <location filename="../../dpo_desk/domain/journal.py" line="170"/>
        <source>Motif de la prorogation</source>
        <translation>Reason for extension</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="157"/>
        <location filename="../../dpo_desk/domain/journal.py" line="128"/>
        <source>Répondue le</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="158"/>
        <location filename="../../dpo_desk/domain/journal.py" line="127"/>
        <source>Canal de réponse</source>
        <translation>Response channel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="160"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="219"/>
        <location filename="../../dpo_desk/domain/journal.py" line="137"/>
        <location filename="../../dpo_desk/domain/journal.py" line="138"/>
        <source>Clôturée le</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="161"/>
        <location filename="../../dpo_desk/domain/journal.py" line="131"/>
        <source>Chargé du dossier</source>
        <translation>Case handler</translation>
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
        <translation>Created on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="164"/>
        <location filename="../../dpo_desk/domain/journal.py" line="227"/>
        <source>Modifiée le</source>
        <translation>Modified on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="167"/>
        <location filename="../../dpo_desk/domain/journal.py" line="171"/>
        <source>Référence externe</source>
        <translation>External reference</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="176"/>
        <location filename="../../dpo_desk/domain/journal.py" line="225"/>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="181"/>
        <location filename="../../dpo_desk/domain/journal.py" line="219"/>
        <source>Début de la violation</source>
        <translation>Start of the breach</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="182"/>
        <location filename="../../dpo_desk/domain/journal.py" line="159"/>
        <source>Découverte le</source>
        <translation>Discovered on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="183"/>
        <location filename="../../dpo_desk/domain/journal.py" line="133"/>
        <source>Prise de connaissance</source>
        <translation>Awareness</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="184"/>
        <location filename="../../dpo_desk/domain/journal.py" line="189"/>
        <source>Notification due avant</source>
        <translation>Notification due by</translation>
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
        <translation>Loss of confidentiality</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="187"/>
        <location filename="../../dpo_desk/domain/journal.py" line="176"/>
        <source>Atteinte à l&apos;intégrité</source>
        <translation>Loss of integrity</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="188"/>
        <location filename="../../dpo_desk/domain/journal.py" line="132"/>
        <source>Atteinte à la disponibilité</source>
        <translation>Loss of availability</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="189"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="234"/>
        <location filename="../../dpo_desk/domain/journal.py" line="222"/>
        <source>Catégories de personnes</source>
        <translation>Categories of data subjects</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="190"/>
        <location filename="../../dpo_desk/domain/journal.py" line="224"/>
        <source>Nombre de personnes</source>
        <translation>Number of data subjects</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="191"/>
        <location filename="../../dpo_desk/domain/journal.py" line="196"/>
        <source>Catégories d&apos;enregistrements</source>
        <translation>Categories of records</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="193"/>
        <location filename="../../dpo_desk/domain/journal.py" line="197"/>
        <source>Nombre d&apos;enregistrements</source>
        <translation>Number of records</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="194"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="235"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="273"/>
        <location filename="../../dpo_desk/domain/journal.py" line="151"/>
        <source>Catégories de données</source>
        <translation>Categories of data</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="196"/>
        <location filename="../../dpo_desk/domain/journal.py" line="184"/>
        <source>Mineurs concernés</source>
        <translation>Minors affected</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="197"/>
        <location filename="../../dpo_desk/domain/journal.py" line="145"/>
        <source>Conséquences probables</source>
        <translation>Likely consequences</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="198"/>
        <location filename="../../dpo_desk/domain/journal.py" line="182"/>
        <source>Mesures prises</source>
        <translation>Measures taken</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="199"/>
        <location filename="../../dpo_desk/domain/journal.py" line="181"/>
        <source>Mesures envisagées</source>
        <translation>Measures proposed</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="200"/>
        <location filename="../../dpo_desk/domain/journal.py" line="234"/>
        <source>Sous-traitants impliqués</source>
        <translation>Processors involved</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="201"/>
        <location filename="../../dpo_desk/domain/journal.py" line="212"/>
        <source>Niveau de risque</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="203"/>
        <location filename="../../dpo_desk/domain/journal.py" line="211"/>
        <source>Justification du risque</source>
        <translation>Risk justification</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="205"/>
        <location filename="../../dpo_desk/domain/journal.py" line="210"/>
        <source>Risque évalué le</source>
        <translation>Risk assessed on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="206"/>
        <location filename="../../dpo_desk/domain/journal.py" line="188"/>
        <source>Notifications à l&apos;autorité</source>
        <translation>Notifications to the authority</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="207"/>
        <location filename="../../dpo_desk/domain/journal.py" line="186"/>
        <source>Motifs de non-notification</source>
        <translation>Reasons for not notifying</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="209"/>
        <location filename="../../dpo_desk/domain/journal.py" line="143"/>
        <source>Communications aux personnes</source>
        <translation>Communications to data subjects</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="211"/>
        <location filename="../../dpo_desk/domain/journal.py" line="129"/>
        <source>Exception de l&apos;art. 34(3)</source>
        <translation>Art. 34(3) exception</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="213"/>
        <location filename="../../dpo_desk/domain/journal.py" line="130"/>
        <source>Justification de l&apos;exception</source>
        <translation>Justification of the exception</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="215"/>
        <location filename="../../dpo_desk/domain/journal.py" line="156"/>
        <source>Déclaration DGSSI requise</source>
        <translation>DGSSI declaration required</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="216"/>
        <location filename="../../dpo_desk/domain/journal.py" line="157"/>
        <source>Déclarée à la DGSSI le</source>
        <translation>Declared to the DGSSI on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="217"/>
        <location filename="../../dpo_desk/domain/journal.py" line="158"/>
        <source>Référence DGSSI</source>
        <translation>DGSSI reference</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="218"/>
        <location filename="../../dpo_desk/domain/journal.py" line="201"/>
        <source>Mesures correctrices</source>
        <translation>Corrective measures</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="227"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="267"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="296"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="315"/>
        <location filename="../../dpo_desk/domain/journal.py" line="172"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="228"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="305"/>
        <location filename="../../dpo_desk/domain/journal.py" line="126"/>
        <location filename="../../dpo_desk/domain/journal.py" line="232"/>
        <source>Traitement</source>
        <translation>Processing activity</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="230"/>
        <location filename="../../dpo_desk/domain/journal.py" line="190"/>
        <source>Service responsable</source>
        <translation>Department responsible</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="231"/>
        <location filename="../../dpo_desk/domain/journal.py" line="178"/>
        <source>Responsable conjoint</source>
        <translation>Joint controller</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="232"/>
        <location filename="../../dpo_desk/domain/journal.py" line="217"/>
        <source>Logiciels utilisés</source>
        <translation>Software used</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="233"/>
        <location filename="../../dpo_desk/domain/journal.py" line="193"/>
        <source>Finalités et bases légales</source>
        <translation>Purposes and legal bases</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="237"/>
        <location filename="../../dpo_desk/domain/journal.py" line="231"/>
        <source>Données de mineurs</source>
        <translation>Minors&apos; data</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="238"/>
        <location filename="../../dpo_desk/domain/journal.py" line="218"/>
        <source>Sources des données</source>
        <translation>Data sources</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="239"/>
        <location filename="../../dpo_desk/domain/journal.py" line="195"/>
        <source>Destinataires</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="240"/>
        <location filename="../../dpo_desk/domain/journal.py" line="207"/>
        <source>Durées de conservation</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="241"/>
        <location filename="../../dpo_desk/domain/journal.py" line="226"/>
        <source>Transferts hors du Maroc</source>
        <translation>Transfers out of Morocco</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="242"/>
        <location filename="../../dpo_desk/domain/journal.py" line="192"/>
        <source>Sous-traitants</source>
        <translation>Processors</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="243"/>
        <location filename="../../dpo_desk/domain/journal.py" line="213"/>
        <source>Mesures de sécurité</source>
        <translation>Security measures</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="245"/>
        <location filename="../../dpo_desk/domain/journal.py" line="214"/>
        <source>Précisions sur la sécurité</source>
        <translation>Security details</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="247"/>
        <location filename="../../dpo_desk/domain/journal.py" line="209"/>
        <source>Service d&apos;exercice des droits</source>
        <translation>Department handling rights requests</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="248"/>
        <location filename="../../dpo_desk/domain/journal.py" line="177"/>
        <source>Interconnexions</source>
        <translation>Interconnections</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="249"/>
        <location filename="../../dpo_desk/domain/journal.py" line="142"/>
        <source>Finalité d&apos;origine (réutilisation)</source>
        <translation>Original purpose (reuse)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="251"/>
        <location filename="../../dpo_desk/domain/journal.py" line="141"/>
        <source>Régime CNDP</source>
        <translation>CNDP regime</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="253"/>
        <location filename="../../dpo_desk/domain/journal.py" line="139"/>
        <source>Récépissé CNDP</source>
        <translation>CNDP receipt</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="254"/>
        <location filename="../../dpo_desk/domain/journal.py" line="140"/>
        <source>Date du récépissé</source>
        <translation>Receipt date</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="255"/>
        <location filename="../../dpo_desk/domain/journal.py" line="164"/>
        <source>AIPD requise</source>
        <translation>DPIA required</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="256"/>
        <location filename="../../dpo_desk/domain/journal.py" line="162"/>
        <source>AIPD réalisée</source>
        <translation>DPIA carried out</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="257"/>
        <location filename="../../dpo_desk/domain/journal.py" line="163"/>
        <source>AIPD réalisée le</source>
        <translation>DPIA carried out on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="258"/>
        <location filename="../../dpo_desk/domain/journal.py" line="179"/>
        <source>Dernière revue</source>
        <translation>Last review</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="260"/>
        <location filename="../../dpo_desk/domain/journal.py" line="229"/>
        <source>Créé le</source>
        <translation>Created on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="261"/>
        <location filename="../../dpo_desk/domain/journal.py" line="230"/>
        <source>Mis à jour le</source>
        <translation>Updated on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="268"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="306"/>
        <location filename="../../dpo_desk/domain/journal.py" line="191"/>
        <location filename="../../dpo_desk/domain/journal.py" line="233"/>
        <source>Sous-traitant</source>
        <translation>Processor</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="269"/>
        <location filename="../../dpo_desk/domain/journal.py" line="215"/>
        <source>Prestation</source>
        <translation>Service</translation>
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
        <translation>DPO contact</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="272"/>
        <location filename="../../dpo_desk/domain/journal.py" line="148"/>
        <source>Pays de traitement</source>
        <translation>Countries of processing</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="275"/>
        <location filename="../../dpo_desk/domain/journal.py" line="160"/>
        <source>Contrat signé</source>
        <translation>Contract signed</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="276"/>
        <location filename="../../dpo_desk/domain/journal.py" line="161"/>
        <source>Signé le</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="277"/>
        <location filename="../../dpo_desk/domain/journal.py" line="147"/>
        <source>Fin du contrat prévue</source>
        <translation>Planned end of contract</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="278"/>
        <location filename="../../dpo_desk/domain/journal.py" line="136"/>
        <source>Clauses de l&apos;art. 28(3)</source>
        <translation>Art. 28(3) clauses</translation>
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
        <translation>Sub-processors</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="282"/>
        <location filename="../../dpo_desk/domain/journal.py" line="185"/>
        <source>Prochaine revue</source>
        <translation>Next review</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="285"/>
        <location filename="../../dpo_desk/domain/journal.py" line="168"/>
        <source>Contrat terminé le</source>
        <translation>Contract ended on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="286"/>
        <location filename="../../dpo_desk/domain/journal.py" line="152"/>
        <source>Sort des données</source>
        <translation>Fate of the data</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="288"/>
        <location filename="../../dpo_desk/domain/journal.py" line="153"/>
        <source>Restituées ou supprimées le</source>
        <translation>Returned or deleted on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="289"/>
        <location filename="../../dpo_desk/domain/journal.py" line="125"/>
        <source>Traitements concernés</source>
        <translation>Processing activities concerned</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="297"/>
        <location filename="../../dpo_desk/domain/journal.py" line="149"/>
        <source>Pays de destination</source>
        <translation>Destination country</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="298"/>
        <location filename="../../dpo_desk/domain/journal.py" line="183"/>
        <source>Mécanisme d&apos;encadrement</source>
        <translation>Safeguard mechanism</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="300"/>
        <location filename="../../dpo_desk/domain/journal.py" line="154"/>
        <source>Dérogation invoquée</source>
        <translation>Derogation relied on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="302"/>
        <location filename="../../dpo_desk/domain/journal.py" line="180"/>
        <source>Exception de la loi 09-08</source>
        <translation>Law 09-08 exception</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="304"/>
        <location filename="../../dpo_desk/domain/journal.py" line="235"/>
        <source>Référence (F118, clauses…)</source>
        <translation>Reference (F118, clauses…)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="308"/>
        <location filename="../../dpo_desk/domain/journal.py" line="236"/>
        <source>Enregistré le</source>
        <translation>Recorded on</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="316"/>
        <source>Date et heure</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="317"/>
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="318"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="320"/>
        <source>Objet</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="322"/>
        <source>Identifiant</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="323"/>
        <source>Détail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="324"/>
        <location filename="../../dpo_desk/domain/journal.py" line="216"/>
        <source>Empreinte (SHA-256)</source>
        <translation>Fingerprint (SHA-256)</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="99"/>
        <source> […] [texte tronqué : {total} caractères au total]</source>
        <translation> […] [text truncated: {total} characters in total]</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="103"/>
        <source>Registres du délégué à la protection des données</source>
        <translation>Registers of the Data Protection Officer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="104"/>
        <source>Journal d&apos;audit</source>
        <translation>Audit journal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="105"/>
        <source>Organisme</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="106"/>
        <source>Page &amp;P / &amp;N</source>
        <translation>Page &amp;P of &amp;N</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="107"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="108"/>
        <source>Délégué à la protection des données</source>
        <translation>Data Protection Officer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="109"/>
        <source>Date de l&apos;export</source>
        <translation>Export date</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="110"/>
        <source>Fuseau horaire des dates et heures</source>
        <translation>Time zone of dates and times</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="111"/>
        <source>Version de DPO Desk</source>
        <translation>DPO Desk version</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="112"/>
        <source>Fichier du registre</source>
        <translation>Register file</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="113"/>
        <source>Entrées du journal d&apos;audit</source>
        <translation>Audit journal entries</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="114"/>
        <source>Empreinte de tête du journal (SHA-256)</source>
        <translation>Journal head fingerprint (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="115"/>
        <source>Chaîne du journal</source>
        <translation>Journal chain</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="116"/>
        <source>Intacte : chaque entrée suit la précédente</source>
        <translation>Intact: each entry follows the previous one</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="117"/>
        <source>Rompue à l&apos;entrée n° {entry}</source>
        <translation>Broken at entry no. {entry}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="118"/>
        <source>Filtre appliqué</source>
        <translation>Filter applied</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="119"/>
        <source>Sommaire</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="120"/>
        <source>Feuille</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="121"/>
        <source>Lignes</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="122"/>
        <source>Cellules tronquées</source>
        <translation>Truncated cells</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="123"/>
        <source>Cellules dépassant la limite d&apos;Excel (32 767 caractères) : {count}. Leur texte est coupé et se termine par « […] ». Le texte complet reste dans le registre.</source>
        <translation>Cells over Excel&apos;s limit (32,767 characters): {count}. Their text is cut and ends with “[…]”. The full text remains in the register.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="129"/>
        <source>L&apos;empreinte de tête et le nombre d&apos;entrées permettent de vérifier plus tard que le journal n&apos;a pas été réécrit depuis cet export (dpo-desk verify).</source>
        <translation>The head fingerprint and the number of entries make it possible to check later that the journal has not been rewritten since this export (dpo-desk verify).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="134"/>
        <source>Ce fichier n&apos;est pas chiffré et contient des données personnelles : conservez-le en lieu sûr et supprimez-le dès qu&apos;il n&apos;est plus utile.</source>
        <translation>This file is not encrypted and contains personal data: keep it somewhere safe and delete it as soon as it is no longer needed.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="136"/>
        <source>aucun mécanisme enregistré</source>
        <translation>no mechanism recorded</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="137"/>
        <source>réf. {reference}</source>
        <translation>ref. {reference}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="138"/>
        <source>aucun (journal complet)</source>
        <translation>none (full journal)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="139"/>
        <source>objet : {value}</source>
        <translation>object: {value}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="140"/>
        <source>action : {value}</source>
        <translation>action: {value}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="141"/>
        <source>auteur : {value}</source>
        <translation>author: {value}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="142"/>
        <source>identifiant commençant par « {value} »</source>
        <translation>identifier starting with “{value}”</translation>
    </message>
</context>
<context>
    <name>XlsxSheet</name>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="337"/>
        <source>Demandes</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="338"/>
        <source>Violations</source>
        <translation>Breaches</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="339"/>
        <source>Traitements</source>
        <translation>Processing</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="340"/>
        <source>Sous-traitants</source>
        <translation>Processors</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="341"/>
        <source>Transferts</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="342"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="344"/>
        <source>Page de garde</source>
        <translation>Cover sheet</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../dpo_desk/ui/i18n.py" line="112"/>
        <source>Traduction « {language} » introuvable : l&apos;interface reste en français (lancez « make translations »).</source>
        <translation>Translation “{language}” not found: the interface stays in French (run “make translations”).</translation>
    </message>
</context>
</TS>
