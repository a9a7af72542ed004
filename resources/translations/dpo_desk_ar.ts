<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="fr">
<context>
    <name></name>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="321"/>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="323"/>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="335"/>
        <source>HolidaySource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="325"/>
        <source>CalendarCard</source>
        <comment>Date confirmée</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="328"/>
        <source>CalendarCard</source>
        <comment>Déplacé (prévu le {date})</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="331"/>
        <source>CalendarCard</source>
        <comment>Date déplacée</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="333"/>
        <source>CalendarCard</source>
        <comment>Ajouté par l&apos;organisation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="337"/>
        <source>CalendarCard</source>
        <comment>Déplacé au {date} : jour ouvré</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="340"/>
        <source>CalendarCard</source>
        <comment>Retiré : jour ouvré</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityPicker</name>
    <message>
        <location filename="../../dpo_desk/ui/registers/activity_picker.py" line="40"/>
        <source>Traitements concernés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/registers/activity_picker.py" line="47"/>
        <source>Aucun traitement rattaché.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/registers/activity_picker.py" line="54"/>
        <source>Traitement à rattacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/registers/activity_picker.py" line="60"/>
        <source>Rattacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/registers/activity_picker.py" line="63"/>
        <source>Détacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/registers/activity_picker.py" line="98"/>
        <source>Double-cliquez pour ouvrir la fiche du traitement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../../dpo_desk/ui/registers/models.py" line="158"/>
        <source>Traitement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/registers/models.py" line="159"/>
        <source>Alertes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/registers/models.py" line="160"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/registers/models.py" line="161"/>
        <source>Bases légales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/registers/models.py" line="162"/>
        <source>CNDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/registers/models.py" line="163"/>
        <source>AIPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/registers/models.py" line="164"/>
        <source>Dernière revue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/registers/models.py" line="177"/>
        <source>{regime} · {receipt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/registers/models.py" line="179"/>
        <source>sans récépissé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/registers/models.py" line="183"/>
        <source>Non requise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/registers/models.py" line="184"/>
        <source>Réalisée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/registers/models.py" line="184"/>
        <source>À réaliser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/registers/models.py" line="186"/>
        <source>jamais</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../dpo_desk/ui/controller.py" line="91"/>
        <source>Ouvrir un registre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/controller.py" line="93"/>
        <source>Registres DPO Desk (*.dpodesk);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/controller.py" line="116"/>
        <source>La phrase secrète mémorisée n&apos;ouvre plus ce registre : saisissez-la.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Art28Clause</name>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="338"/>
        <source>(a) Traitement sur instruction documentée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="341"/>
        <source>(b) Engagement de confidentialité des personnes autorisées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="344"/>
        <source>(c) Mesures de sécurité (art. 32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="345"/>
        <source>(d) Sous-traitance ultérieure autorisée, droit d&apos;opposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="348"/>
        <source>(e) Aide à l&apos;exercice des droits des personnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="351"/>
        <source>(f) Aide aux obligations des articles 32 à 36</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="354"/>
        <source>(g) Suppression ou restitution des données en fin de contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="357"/>
        <source>(h) Informations et audits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Art34Exception</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="150"/>
        <source>Données rendues incompréhensibles (chiffrement) — art. 34(3)(a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="153"/>
        <source>Risque élevé supprimé par des mesures ultérieures — art. 34(3)(b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="156"/>
        <source>Efforts disproportionnés : communication publique à la place — art. 34(3)(c)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Authority</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="123"/>
        <source>CNDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="124"/>
        <source>CNIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="125"/>
        <source>Autre autorité</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoLockCard</name>
    <message>
        <location filename="../../dpo_desk/ui/security_settings.py" line="25"/>
        <source>Verrouillage automatique</source>
        <extracomment>minutes (0 = never), after a successful save</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/security_settings.py" line="29"/>
        <source>Sans clavier ni souris pendant ce délai, la fenêtre se verrouille : le registre est refermé et rien de son contenu ne reste affiché (RGPD art. 32 ; loi 09-08 art. 23). Le réglage est enregistré dans le registre : il vaut sur chaque poste qui l&apos;ouvre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/security_settings.py" line="41"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/security_settings.py" line="42"/>
        <source>Jamais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/security_settings.py" line="44"/>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/security_settings.py" line="46"/>
        <source>Verrouiller après</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/security_settings.py" line="79"/>
        <source>Verrouillage automatique désactivé : pensez à Ctrl+L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/security_settings.py" line="83"/>
        <source>La fenêtre se verrouillera après %n minute(s) sans activité.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachDashboardPanel</name>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="52"/>
        <source>Violations de données ouvertes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="53"/>
        <source>Toutes les violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="68"/>
        <source>Délai restant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="69"/>
        <source>Référence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="70"/>
        <source>Intitulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="71"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="72"/>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="76"/>
        <source>Violations ouvertes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="128"/>
        <source>Aucune violation ouverte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="132"/>
        <source>{open} ouverte(s) · {waiting} en attente de notification à l&apos;autorité · {overdue} hors délai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="142"/>
        <source>… et {count} autre(s) : voir toutes les violations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachDeadline</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="184"/>
        <source>légal (RGPD art. 33)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="185"/>
        <source>politique interne (alignée sur le RGPD ; la loi 09-08 ne fixe pas de délai)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachDetail</name>
    <message>
        <location filename="../../dpo_desk/ui/breaches/detail.py" line="109"/>
        <source>‹  Toutes les violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/detail.py" line="129"/>
        <source>Rédiger un courrier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/detail.py" line="210"/>
        <source>Connue le {aware} · notification à l&apos;autorité au plus tard le {deadline} · délai {basis}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachRisk</name>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="243"/>
        <source>Contexte du traitement : {score} sur 4, d&apos;après la catégorie de données la plus sensible (« {category} »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="248"/>
        <source>Contexte du traitement : 1 sur 4, aucune catégorie de données n&apos;étant renseignée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="252"/>
        <source>Des mineurs sont concernés : le contexte est relevé d&apos;un point (plafonné à 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="256"/>
        <source>Facilité d&apos;identification des personnes : {level} ({score}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="259"/>
        <source>Perte de confidentialité ({level}) : +{score}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="262"/>
        <source>Perte d&apos;intégrité ({level}) : +{score}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="263"/>
        <source>Perte de disponibilité ({level}) : +{score}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="264"/>
        <source>Intention malveillante : +{score}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="265"/>
        <source>Gravité (méthode ENISA) : {context} × {identification} + {circumstances} = {score}, soit une gravité « {severity} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="270"/>
        <source>Vraisemblance des conséquences : « {likelihood} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="271"/>
        <source>Gravité {severity_step} × vraisemblance {likelihood_step} = {product} : {level}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="274"/>
        <source>Niveau retenu par le DPO : {level} (au lieu de {computed}). Motif : {justification}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachStatus</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="113"/>
        <source>Ouverte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="114"/>
        <source>Risque évalué</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="115"/>
        <source>Notifiée à l&apos;autorité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="116"/>
        <source>Communiquée aux personnes concernées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="119"/>
        <source>Clôturée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="926"/>
        <source>Une violation au statut « {old} » ne peut pas passer au statut « {new} ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachTableModel</name>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="203"/>
        <source>Cliquer pour trier par échéance</source>
        <extracomment>emitted after each tick, once the countdown column was refreshed (tests wait on it)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="208"/>
        <source>Référence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="209"/>
        <source>Intitulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="210"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="211"/>
        <source>Connue le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="212"/>
        <source>Échéance (72 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="213"/>
        <source>Délai restant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="214"/>
        <source>Risque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="215"/>
        <source>Notifiée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="296"/>
        <source>Non (décision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="297"/>
        <source>Non</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachesSection</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="101"/>
        <source>Violations de données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="105"/>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="201"/>
        <source>Nouvelle violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="108"/>
        <source>Enregistrer une violation dès qu&apos;elle est connue ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="118"/>
        <source>Chaque violation est inscrite au registre, notifiée ou non (RGPD art. 33(5)). Le délai de 72 heures court depuis la prise de connaissance : vert au-delà de 24 h, orange en deçà, rouge sous 6 h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="130"/>
        <source>Violations affichées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="131"/>
        <source>Ouvertes seulement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="132"/>
        <source>Toutes, y compris clôturées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="135"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="136"/>
        <source>Tous les statuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="153"/>
        <source>Liste des violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="195"/>
        <source>Aucune violation enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="197"/>
        <source>Dès qu&apos;un incident touche des données personnelles, enregistrez-le ici : DPO Desk lance le compte à rebours de 72 heures pour notifier l&apos;autorité et vous guide pas à pas jusqu&apos;à la clôture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="205"/>
        <source>Aucune violation ne correspond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="207"/>
        <source>Aucune violation ouverte ne répond à ce filtre : les violations clôturées restent consultables sous « Toutes ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="210"/>
        <source>Afficher toutes les violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="248"/>
        <source>Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="325"/>
        <source>1 violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="328"/>
        <source>{count} violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="465"/>
        <source>Violation {reference} enregistrée — notification au plus tard le {date}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="49"/>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="828"/>
        <source>Jour férié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="50"/>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="857"/>
        <source>Fermeture de l&apos;organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseKind</name>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="41"/>
        <source>Demande de droits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="42"/>
        <source>Violation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="92"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="93"/>
        <source>Courrier postal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="94"/>
        <source>Formulaire en ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="95"/>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="96"/>
        <source>En personne</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CndpRegime</name>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="274"/>
        <source>Déclaration préalable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="275"/>
        <source>Autorisation préalable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunicationChannel</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="136"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="137"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="138"/>
        <source>Message dans l&apos;application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="141"/>
        <source>Courrier postal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="142"/>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="143"/>
        <source>Avis public sur le site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="146"/>
        <source>Communiqué de presse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="256"/>
        <source>{hours} h {minutes:02d} restantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="257"/>
        <source>dépassé de {hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="258"/>
        <source>notifiée le {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownLevel</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="173"/>
        <source>Dans les délais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="174"/>
        <source>Moins de 24 heures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="175"/>
        <source>Moins de 6 heures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="176"/>
        <source>Délai dépassé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateRegisterDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="44"/>
        <source>registre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="64"/>
        <source>Créer un registre — DPO Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="70"/>
        <source>Créer un registre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="74"/>
        <source>Un registre est un fichier chiffré qui réunit les demandes, les violations, les traitements et les sous-traitants d&apos;une organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="97"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="99"/>
        <source>Nom *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="100"/>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="102"/>
        <source>* obligatoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="106"/>
        <source>Délégué à la protection des données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="108"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="109"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="110"/>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="117"/>
        <source>Phrase secrète</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="121"/>
        <source>Elle chiffre tout le fichier. Personne, pas même l&apos;éditeur, ne peut la retrouver si elle est perdue : notez-la en lieu sûr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="130"/>
        <source>Au moins {minimum} caractères</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="133"/>
        <source>La même, une seconde fois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="136"/>
        <source>Saisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="137"/>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="159"/>
        <source>Fichier du registre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="163"/>
        <source>Choisir l&apos;emplacement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="174"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="176"/>
        <source>Créer le registre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="199"/>
        <source>Minimum {minimum} caractères.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="203"/>
        <source>{label} : {count} caractères sur {minimum} au minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="211"/>
        <source>Robustesse : {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="219"/>
        <source>Les deux saisies diffèrent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="224"/>
        <source>Aucun emplacement choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="237"/>
        <source>Enregistrer le nouveau registre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="239"/>
        <source>Registres DPO Desk (*.dpodesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="267"/>
        <source>Les deux saisies de la phrase secrète diffèrent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="292"/>
        <source>La phrase secrète n&apos;a pas pu être confiée au trousseau : elle sera demandée à la prochaine ouverture.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="195"/>
        <source>Tableau de bord</source>
        <extracomment>emitted after each re-query, with the date it was made for (tests wait on it)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="211"/>
        <source>Demandes d&apos;exercice de droits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="215"/>
        <source>Demandes ouvertes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="216"/>
        <source>En retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="217"/>
        <source>À échéance sous 7 jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="218"/>
        <source>En attente d&apos;identité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="237"/>
        <source>À traiter en priorité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="238"/>
        <source>Toutes les demandes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="247"/>
        <source>Les demandes ouvertes, la plus urgente d&apos;abord : en rouge ce qui est en retard, en orange ce qui arrive à échéance dans les 7 jours. Cliquez sur une ligne pour ouvrir la demande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="258"/>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="259"/>
        <source>Délai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="260"/>
        <source>Référence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="261"/>
        <source>Demandeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="262"/>
        <source>Droit(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="268"/>
        <source>Demandes à traiter en priorité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="277"/>
        <source>Aucune demande en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="279"/>
        <source>Les demandes ouvertes apparaîtront ici, la plus urgente d&apos;abord, avec le nombre de jours qui restent avant leur échéance. En rouge, ce qui est dépassé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="392"/>
        <source>Aujourd&apos;hui : {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="395"/>
        <source>échéance dépassée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="400"/>
        <source>d&apos;ici le {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="404"/>
        <source>justificatif demandé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="411"/>
        <source>… et une autre demande ouverte, à échéance plus lointaine : voir Demandes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="415"/>
        <source>… et %n autres demandes ouvertes, à échéance plus lointaine : voir Demandes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="447"/>
        <source>Ouvrir la demande {reference}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataCategory</name>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="132"/>
        <source>État civil, identité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="133"/>
        <source>Coordonnées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="134"/>
        <source>Scolarité, vie professionnelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="135"/>
        <source>Vie personnelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="136"/>
        <source>Données de connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="137"/>
        <location filename="../../dpo_desk/domain/registers.py" line="222"/>
        <source>Données de localisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="138"/>
        <source>Navigation, cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="139"/>
        <source>Informations économiques et financières</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="142"/>
        <source>Identifiants et mots de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="143"/>
        <source>Numéro de CIN ou de passeport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="144"/>
        <source>Données sensibles (santé, opinions, religion…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="147"/>
        <source>Infractions et condamnations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="148"/>
        <source>Autres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="209"/>
        <source>État civil, identité, identifiants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="210"/>
        <source>Vie personnelle (habitudes de vie, situation familiale…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="213"/>
        <source>Vie professionnelle (scolarité, formation, CV…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="216"/>
        <source>Informations d&apos;ordre économique et financier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="219"/>
        <source>Données de connexion (adresse IP, journaux…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="223"/>
        <source>Internet (cookies, traceurs, navigation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="226"/>
        <source>Autres catégories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="227"/>
        <source>Origine raciale ou ethnique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="230"/>
        <source>Opinions politiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="231"/>
        <source>Convictions religieuses ou philosophiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="234"/>
        <source>Appartenance syndicale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="235"/>
        <source>Données génétiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="236"/>
        <source>Données biométriques (identification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="239"/>
        <source>Données de santé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="240"/>
        <source>Vie sexuelle ou orientation sexuelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="243"/>
        <source>Infractions, condamnations, mesures de sûreté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="246"/>
        <source>Numéro de la carte nationale d&apos;identité</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataOutcome</name>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="366"/>
        <source>Données restituées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="367"/>
        <source>Données supprimées</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="449"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="462"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="464"/>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="38"/>
        <source>RGPD art. 12(3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="39"/>
        <source>RGPD art. 12(3), délai prorogé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="40"/>
        <source>Loi 09-08 art. 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="41"/>
        <location filename="../../dpo_desk/domain/deadlines.py" line="55"/>
        <source>Politique interne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="45"/>
        <source>Un mois à compter de la réception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="46"/>
        <source>Trois mois à compter de la réception (prorogation de deux mois)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="49"/>
        <source>Délai franc de dix jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="50"/>
        <source>Délai de réponse fixé par l&apos;organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="54"/>
        <source>Loi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="58"/>
        <source>La loi 09-08 ne fixe pas de nombre de jours pour ce droit (réponse « sans délais ») : délai de politique interne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="63"/>
        <source>Droit non prévu par la loi 09-08 : délai de politique interne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="66"/>
        <source>La loi 09-08 ne prévoit l&apos;effacement que pour des données traitées en violation de la loi (art. 8(a)), dans un délai franc de dix jours ; sinon, délai de politique interne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="71"/>
        <source>La loi 09-08 ne permet pas au responsable de proroger lui-même ce délai : seule la CNDP peut l&apos;accorder (art. 28). La date n&apos;est pas prorogée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="76"/>
        <source>Lecture prudente du délai franc : réception + 10 jours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="79"/>
        <source>Délai franc au sens strict (Cour suprême, 19/02/1964) : ni le jour de réception ni celui de l&apos;échéance ne comptent, soit réception + 11 jours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="84"/>
        <source>Délai suspendu pendant la vérification d&apos;identité (politique interne).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinePolicyCard</name>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="86"/>
        <source>Délais de réponse</source>
        <extracomment>how many open requests&apos; due dates the last save moved</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="90"/>
        <source>Ces choix complètent la loi là où elle laisse une marge. Le délai du RGPD (un mois, prorogeable de deux, art. 12(3)) ne se règle pas : il s&apos;applique tel quel. Une échéance qui tombe un jour chômé est reportée au jour ouvré suivant (voir le calendrier ci-dessous).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="100"/>
        <source> jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="103"/>
        <source>Délai de politique interne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="105"/>
        <source>La loi 09-08 ne fixe pas de nombre de jours pour répondre à une demande d&apos;accès (art. 7, « sans délais ») ou d&apos;opposition (art. 9), ni pour les droits qu&apos;elle ne prévoit pas (limitation, portabilité, effacement hors art. 8(a)). Ces demandes reçoivent le délai que l&apos;organisation s&apos;est fixé, affiché comme « Politique interne » à côté de l&apos;échéance. Jours calendaires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="116"/>
        <source> jours francs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="119"/>
        <source>Délai de rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="121"/>
        <source>Loi 09-08 art. 8 : la rectification se fait « dans un délai franc de dix jours ». Ne changez ce nombre que si la loi change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="127"/>
        <source>Lecture stricte du délai franc (réception + 11 jours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="133"/>
        <source>Un délai franc ne compte ni le jour de réception ni celui de l&apos;échéance (Cour suprême, 19/02/1964) : dix jours francs à compter d&apos;une réception le jour J se terminent à J+11. Décochée, l&apos;application retient J+10, lecture prudente qui ne peut pas mettre l&apos;organisation en retard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="141"/>
        <source>Suspendre le délai pendant la vérification d&apos;identité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="147"/>
        <source>RGPD art. 12(6) : en cas de doute raisonnable, l&apos;organisation peut demander une preuve d&apos;identité. L&apos;ICO (autorité britannique) ne fait courir le délai qu&apos;à réception de cette preuve ; le CEPD (lignes directrices 01/2022 sur le droit d&apos;accès) est plus réservé. Décochée par défaut : le délai court sans interruption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="159"/>
        <source>Annuler les modifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="161"/>
        <source>Enregistrer la politique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="290"/>
        <source>Politique enregistrée ; {consequence}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Derogation</name>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="313"/>
        <source>(a) Consentement explicite de la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="316"/>
        <source>(b) Exécution d&apos;un contrat avec la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="319"/>
        <source>(c) Contrat conclu dans l&apos;intérêt de la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="322"/>
        <source>(d) Motifs importants d&apos;intérêt public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="325"/>
        <source>(e) Constatation, exercice ou défense de droits en justice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="328"/>
        <source>(f) Sauvegarde des intérêts vitaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="331"/>
        <source>(g) Registre public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="332"/>
        <source>Intérêts légitimes impérieux (transfert non répétitif)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftStatus</name>
    <message>
        <location filename="../../dpo_desk/domain/letters.py" line="30"/>
        <source>Brouillon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/letters.py" line="31"/>
        <source>Validé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/letters.py" line="32"/>
        <source>PDF généré</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="78"/>
        <source>Le courrier « {kind} » ne concerne pas une demande d&apos;exercice de droits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="81"/>
        <source>Le courrier « {kind} » ne concerne pas une violation de données.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="84"/>
        <source>Notification tardive : indiquez les motifs du retard, qu&apos;elle doit exposer (RGPD art. 33(1)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="88"/>
        <source>Le logo dépasse {limit} octets : choisissez une image plus légère.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="91"/>
        <source>Le courrier doit commencer par sa ligne d&apos;objet, suivie d&apos;une ligne vide, puis du texte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="95"/>
        <source>L&apos;instant « {value} » doit porter son fuseau horaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/pdf.py" line="43"/>
        <source>Le logo n&apos;est pas une image lisible (PNG ou JPEG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="41"/>
        <source>Le modèle de courrier est vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="42"/>
        <source>Le modèle dépasse {limit} caractères.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="43"/>
        <source>La première ligne du modèle est l&apos;objet du courrier : elle doit être suivie d&apos;une ligne vide, puis du texte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="48"/>
        <source>Champ inconnu « {name} » à la ligne {line} du modèle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="49"/>
        <source>Balise mal formée « {text} » à la ligne {line} du modèle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="52"/>
        <source>Instruction « {text} » non permise à la ligne {line} du modèle : seules {{% if champ %}}, {{% else %}} et {{% endif %}} le sont.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="57"/>
        <source>« {text} » sans « {{% if … %}} » correspondant, à la ligne {line} du modèle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="60"/>
        <source>Le bloc « {{% if {name} %}} » ouvert à la ligne {line} n&apos;est pas fermé par « {{% endif %}} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="64"/>
        <location filename="../../dpo_desk/services/letters.py" line="123"/>
        <source>Type de courrier inconnu : {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="279"/>
        <source>Corriger le niveau de risque calculé exige une justification écrite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="282"/>
        <location filename="../../dpo_desk/domain/breaches.py" line="443"/>
        <location filename="../../dpo_desk/domain/registers.py" line="443"/>
        <location filename="../../dpo_desk/domain/rights_request.py" line="51"/>
        <source>Le champ dépasse {limit} caractères.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="290"/>
        <source>« {value} » n&apos;est pas une date et heure valide (forme attendue : AAAA-MM-JJTHH:MM, avec un décalage facultatif comme +01:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="295"/>
        <source>{value} n&apos;existe pas dans le fuseau {zone} (l&apos;heure est avancée à ce moment) : précisez le décalage, par exemple {offset}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="300"/>
        <source>{value} est ambiguë dans le fuseau {zone} (cette heure se répète au changement d&apos;heure) : précisez le décalage, {first} ou {second}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="305"/>
        <source>L&apos;instant {value} est dans le futur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="306"/>
        <source>La prise de connaissance ({aware}) ne peut pas précéder la découverte ({discovered}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="310"/>
        <source>La découverte ({discovered}) ne peut pas précéder le début de la violation ({started}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="314"/>
        <source>L&apos;instant {value} précède la découverte de la violation ({discovered}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="317"/>
        <location filename="../../dpo_desk/domain/organisation.py" line="20"/>
        <source>Fuseau horaire inconnu : {zone}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="441"/>
        <source>Donnez un intitulé à la violation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="442"/>
        <location filename="../../dpo_desk/domain/deadlines.py" line="99"/>
        <location filename="../../dpo_desk/domain/rights_request.py" line="43"/>
        <source>Indiquez au moins un régime (Loi 09-08 ou RGPD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="444"/>
        <location filename="../../dpo_desk/domain/registers.py" line="444"/>
        <source>La liste dépasse {limit} éléments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="445"/>
        <source>Le nombre approximatif doit être un entier positif ou nul (reçu : {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="448"/>
        <source>Précisez la nature de la violation : atteinte à la confidentialité, à l&apos;intégrité ou à la disponibilité.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="453"/>
        <source>Notification envoyée après l&apos;échéance du {deadline} : indiquez les motifs du retard (RGPD art. 33(1)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="458"/>
        <source>Nommez l&apos;autorité de contrôle notifiée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="459"/>
        <source>Une notification complémentaire suit une notification initiale à la même autorité (RGPD art. 33(4)) : enregistrez d&apos;abord la notification initiale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="464"/>
        <source>Une notification initiale à cette autorité est déjà enregistrée : ajoutez une notification complémentaire (RGPD art. 33(4)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="469"/>
        <source>Indiquez à qui la communication s&apos;adresse (personnes concernées, public…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="472"/>
        <source>La décision de ne pas notifier doit être motivée : elle est documentée dans le registre des violations (RGPD art. 33(5)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="477"/>
        <source>Justifiez l&apos;exception de l&apos;article 34(3) invoquée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="480"/>
        <source>Une date de déclaration à la DGSSI ne s&apos;indique que si la loi 05-20 s&apos;applique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="945"/>
        <source>Évaluez d&apos;abord le risque de la violation (gravité et vraisemblance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="948"/>
        <source>Aucune notification à l&apos;autorité n&apos;est enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="951"/>
        <source>Aucune communication aux personnes concernées n&apos;est enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="954"/>
        <source>Clôture impossible : consignez d&apos;abord les mesures correctives prises (RGPD art. 33(5)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="958"/>
        <source>Clôture impossible : la violation n&apos;a pas été notifiée et la décision de ne pas notifier n&apos;est pas motivée (RGPD art. 33(5)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="963"/>
        <source>Clôture impossible : le risque évalué impose de notifier l&apos;autorité (RGPD art. 33(1)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="967"/>
        <source>Clôture impossible : le risque est élevé ; informez les personnes concernées ou consignez une exception de l&apos;article 34(3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="972"/>
        <source>Clôture impossible : l&apos;exception 34(3)(c) exige une communication publique, qui n&apos;est pas enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="977"/>
        <source>Clôture impossible : la déclaration à la DGSSI (loi 05-20) est requise mais n&apos;est pas consignée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="982"/>
        <source>Le risque retenu impose de notifier l&apos;autorité (RGPD art. 33(1)) : une décision de ne pas notifier suppose un risque peu probable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="987"/>
        <source>Une exception de l&apos;article 34(3) ne se conçoit que pour un risque élevé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="991"/>
        <source>La violation {reference} est clôturée : elle ne peut plus être modifiée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="1080"/>
        <source>« {value} » n&apos;est pas une référence de violation (forme attendue : VIO-2026-0001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="42"/>
        <source>Date invalide dans le calendrier : {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="43"/>
        <source>Aucun jour férié n&apos;est prévu le {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="44"/>
        <source>Aucun jour ouvré dans l&apos;année qui suit le {value} : vérifiez le calendrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="47"/>
        <location filename="../../dpo_desk/services/letters.py" line="143"/>
        <source>Le nom dépasse {limit} caractères.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="93"/>
        <source>Le délai de politique interne doit être compris entre 1 et {limit} jours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="96"/>
        <source>Le délai franc de rectification doit être compris entre 1 et {limit} jours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="100"/>
        <location filename="../../dpo_desk/domain/rights_request.py" line="42"/>
        <source>Indiquez au moins un droit exercé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="101"/>
        <source>Une suspension en cours ne peut être comptée qu&apos;avec la date du jour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="104"/>
        <source>La prorogation ({decided_on}) ne peut pas précéder la réception ({received}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="430"/>
        <source>Prorogation tardive : elle devait être décidée et notifiée dans le premier mois, au plus tard le {cutoff} (RGPD art. 12(3)), et non le {decided_on}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="450"/>
        <source>La loi 09-08 ne permet pas au responsable de proroger lui-même le délai : demandez un délai supplémentaire à la CNDP (art. 28).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/organisation.py" line="17"/>
        <source>Le nom de l&apos;organisation est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/organisation.py" line="18"/>
        <source>L&apos;adresse e-mail du DPO n&apos;a pas une forme valide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/organisation.py" line="19"/>
        <source>Un champ dépasse {limit} caractères.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="431"/>
        <source>Ce champ est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="432"/>
        <source>Le nom du traitement est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="433"/>
        <source>Le nom du sous-traitant est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="434"/>
        <source>Indiquez au moins une finalité du traitement (RGPD art. 30(1)(b)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="437"/>
        <source>La finalité n° {index} n&apos;est pas décrite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="438"/>
        <source>La finalité « {purpose} » repose sur l&apos;intérêt légitime : décrivez cet intérêt (RGPD art. 6(1)(f) et 13(1)(d)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="445"/>
        <source>La date ({value}) ne peut pas être dans le futur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="446"/>
        <source>La date ({value}) est antérieure à la loi 09-08 et à la CNDP (2009).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="449"/>
        <source>La date ({value}) ne peut pas précéder la signature du contrat ({signed}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="452"/>
        <source>Une durée de conservation doit être un nombre entier entre 1 et {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="455"/>
        <source>La durée de conservation porte sur une catégorie de données que le traitement ne collecte pas : {category}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="460"/>
        <source>Une date de récépissé CNDP suppose son numéro : indiquez le numéro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="463"/>
        <source>Une date d&apos;analyse d&apos;impact suppose que l&apos;analyse a été réalisée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="466"/>
        <source>« {value} » n&apos;est pas un code pays ISO 3166 à deux lettres (ex. US, FR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="469"/>
        <source>Un transfert est un envoi hors du Maroc : choisissez un pays de destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="472"/>
        <source>Une date de signature suppose un contrat de sous-traitance signé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="475"/>
        <source>Rattachez le transfert à un traitement, à un sous-traitant, ou aux deux.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="478"/>
        <source>Précisez la dérogation invoquée (RGPD art. 49 ; loi 09-08 art. 44).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="481"/>
        <source>Une dérogation ne s&apos;indique que pour le mécanisme « dérogation ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="484"/>
        <source>Indiquez la référence de l&apos;autorisation de la CNDP ou de la demande F118.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="488"/>
        <source>Indiquez à la fois si les données ont été restituées ou supprimées, et quand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="491"/>
        <source>Le contrat de ce sous-traitant est déjà terminé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="492"/>
        <source>Enregistrez d&apos;abord la fin du contrat de ce sous-traitant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="186"/>
        <source>Un refus doit être motivé : choisissez le motif du refus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="189"/>
        <source>Un motif de refus ne s&apos;indique que lorsque la demande est refusée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="192"/>
        <source>Motif de refus inconnu : {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="241"/>
        <source>« {value} » n&apos;est pas une référence de demande (forme attendue : DSR-2026-0001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="25"/>
        <source>La durée de conservation doit être un nombre entier d&apos;années entre 1 et {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/rights_request.py" line="41"/>
        <source>Le nom du demandeur est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/rights_request.py" line="44"/>
        <source>L&apos;adresse e-mail « {value} » n&apos;a pas une forme valide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/rights_request.py" line="45"/>
        <source>La date de réception ({value}) ne peut pas être dans le futur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/rights_request.py" line="48"/>
        <source>La date de réception ({value}) est antérieure à la loi 09-08 (2009).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/rights_request.py" line="52"/>
        <source>La date ({value}) ne peut pas précéder la réception de la demande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/breach_attachments.py" line="32"/>
        <source>La pièce jointe « {name} » est déjà jointe à cette violation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/breach_attachments.py" line="38"/>
        <source>La pièce jointe n°{id} n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/breaches.py" line="48"/>
        <source>Aucune violation ne porte la référence {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/breaches.py" line="53"/>
        <source>La violation {reference} a été modifiée entre-temps ; rechargez-la avant d&apos;enregistrer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/breaches.py" line="65"/>
        <source>L&apos;évaluation retient une atteinte « {dimension} » que la nature de la violation ne mentionne pas : complétez d&apos;abord la nature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/breaches.py" line="70"/>
        <source>Cet événement s&apos;enregistre avec son acte (notification, communication, clôture) : seuls « violation contenue » et les notes s&apos;ajoutent à la main.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/breaches.py" line="75"/>
        <source>Décrivez les mesures correctives prises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/breaches.py" line="78"/>
        <source>confidentialité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/breaches.py" line="79"/>
        <source>intégrité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/breaches.py" line="80"/>
        <source>disponibilité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="81"/>
        <source>Aucun dossier ne porte la référence {reference} : attendu une demande (DSR-…) ou une violation (VIO-…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="90"/>
        <source>Le courrier n°{id} n&apos;existe pas (ou plus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="95"/>
        <source>Le courrier a été modifié entre-temps (autre fenêtre, autre poste) ; rechargez-le avant d&apos;enregistrer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="110"/>
        <source>Le courrier « {kind} » ne convient pas à {case} {reference} : choisissez {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="119"/>
        <source>la demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="120"/>
        <source>la violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="124"/>
        <source>Langue de courrier inconnue : {value} (fr, ar ou en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="127"/>
        <source>Ce courrier a déjà été généré en PDF et joint au dossier : il ne se modifie plus. Rédigez un nouveau courrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="132"/>
        <source>Ce courrier est déjà marqué comme validé par {reviewer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="135"/>
        <source>Le courrier doit être relu et marqué comme validé avant la génération du PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="139"/>
        <source>Indiquez le nom de la personne qui a relu et validé le courrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="142"/>
        <source>Indiquez l&apos;auteur du brouillon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="144"/>
        <source>Le courrier dépasse {limit} caractères.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="145"/>
        <source>Renseignez d&apos;abord l&apos;organisation et son délégué dans Paramètres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/maintenance.py" line="32"/>
        <source>Le nombre de sauvegardes automatiques à garder doit être compris entre 0 et {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/maintenance.py" line="36"/>
        <source>La nouvelle phrase secrète doit être différente de l&apos;actuelle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/maintenance.py" line="43"/>
        <source>Le dossier {reference} n&apos;est plus à purger (il a changé depuis la revue) ; relancez la revue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/registers.py" line="188"/>
        <source>Le verrouillage automatique se règle entre 0 (désactivé) et {limit} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/registers_book.py" line="57"/>
        <source>Aucun traitement « {key} » dans le registre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/registers_book.py" line="62"/>
        <source>Aucun sous-traitant « {key} » dans le registre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/registers_book.py" line="67"/>
        <source>Aucun transfert n° {key} dans le registre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/registers_book.py" line="72"/>
        <source>Aucun dossier n° {key} à rattacher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/registers_book.py" line="83"/>
        <source>« {name} » a été modifié entre-temps ; rechargez-le avant d&apos;enregistrer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/registers_book.py" line="89"/>
        <source>Un traitement nommé « {name} » existe déjà dans le registre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/registers_book.py" line="92"/>
        <source>Un sous-traitant nommé « {name} » existe déjà dans le registre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/registers_book.py" line="95"/>
        <source>La périodicité de revue doit être comprise entre 1 et 60 mois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/requests.py" line="51"/>
        <source>Aucune demande ne porte la référence {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/requests.py" line="56"/>
        <source>La demande {reference} a été modifiée entre-temps ; rechargez-la avant d&apos;enregistrer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/requests.py" line="67"/>
        <source>La pièce jointe « {name} » dépasse la limite de {limit} Mo ({size} Mo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/requests.py" line="70"/>
        <source>La pièce jointe « {name} » est vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/requests.py" line="71"/>
        <source>La pièce jointe « {name} » est déjà jointe à cette demande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/requests.py" line="477"/>
        <source>Une prorogation doit être motivée (RGPD art. 12(3)) : indiquez la raison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="14"/>
        <source>Le registre n&apos;a pas pu être ouvert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="24"/>
        <source>Phrase secrète incorrecte pour {name} (ou ce fichier n&apos;est pas un registre DPO Desk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="32"/>
        <source>{name} n&apos;est pas un registre DPO Desk : {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="42"/>
        <source>{name} a été enregistré par une version plus récente de DPO Desk (schéma {revision}). Mettez l&apos;application à jour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="51"/>
        <source>Le fichier {name} n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="56"/>
        <source>Le fichier {name} existe déjà ; choisissez un autre nom pour le nouveau registre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="64"/>
        <source>Erreur d&apos;accès au disque pour {name} : {reason}. Aucune donnée n&apos;a été modifiée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="71"/>
        <source>La phrase secrète doit compter au moins {minimum} caractères.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="78"/>
        <source>Le contrôle d&apos;intégrité de {name} a échoué : {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="83"/>
        <source>le fichier est vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="84"/>
        <source>c&apos;est une base SQLite non chiffrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="85"/>
        <source>sa taille ne correspond à aucune base chiffrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="86"/>
        <source>c&apos;est une base chiffrée d&apos;une autre application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="87"/>
        <source>c&apos;est un dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="95"/>
        <source>Le registre {name} est occupé par un autre programme. L&apos;opération n&apos;a pas été enregistrée ; réessayez dans un instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="107"/>
        <source>Le registre {name} est endommagé ou a été modifié en dehors de DPO Desk ; aucune donnée douteuse n&apos;a été lue. Restaurez une sauvegarde (dpo-desk restore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/session.py" line="36"/>
        <source>Le registre {name} est déjà ouvert par DPO Desk (processus {pid} sur {host}). Fermez-le là-bas, puis réessayez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/session.py" line="45"/>
        <source>Impossible de réserver {name} : le dossier {folder} n&apos;accepte pas le fichier de verrou (droits d&apos;écriture ?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="163"/>
        <source>Découverte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="164"/>
        <source>Prise de connaissance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="165"/>
        <source>Violation contenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="166"/>
        <source>Notification à l&apos;autorité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="167"/>
        <source>Communication aux personnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="168"/>
        <source>Clôture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="169"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exposure</name>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="159"/>
        <source>Aucune atteinte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="160"/>
        <source>Atteinte limitée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="161"/>
        <source>Atteinte grave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="36"/>
        <source>Rechercher : nom, e-mail, référence, notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="38"/>
        <source>Rechercher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="43"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="44"/>
        <source>Tous les statuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="45"/>
        <source>Ouvertes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="51"/>
        <source>Droit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="52"/>
        <source>Tous les droits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="58"/>
        <source>Régime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="59"/>
        <source>Tous les régimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="64"/>
        <source>En retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="66"/>
        <source>Seulement les demandes ouvertes dont l&apos;échéance est passée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagKind</name>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="928"/>
        <source>Transfert sans mécanisme d&apos;encadrement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="931"/>
        <source>Contrat de sous-traitance manquant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="932"/>
        <source>Clauses de l&apos;art. 28(3) manquantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="933"/>
        <source>Revue en retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="934"/>
        <source>Fin de contrat sans restitution ni suppression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="937"/>
        <source>Autorisation préalable de la CNDP requise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="940"/>
        <source>Analyse d&apos;impact non réalisée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="943"/>
        <source>Transfert vers un pays non reconnu adéquat ({country}) sans mécanisme enregistré (loi 09-08 art. 43-44 ; RGPD art. 44-49).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="948"/>
        <source>Transfert vers {country} fondé sur l&apos;adéquation, mais ce pays ne figure pas sur la liste d&apos;adéquation du registre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="953"/>
        <source>Le sous-traitant traite des données dans un pays non reconnu adéquat ({country}) et aucun transfert n&apos;y est enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="958"/>
        <source>Aucun contrat de sous-traitance signé avec ce sous-traitant actif (RGPD art. 28(3) ; loi 09-08 art. 23).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="963"/>
        <source>Le contrat de sous-traitance a pris fin le {date} et le sous-traitant est toujours actif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="967"/>
        <source>Clauses de l&apos;article 28(3) RGPD non vérifiées dans le contrat : {clauses}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="970"/>
        <source>Revue du sous-traitant prévue le {date} : {days} jour(s) de retard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="973"/>
        <source>Dernière revue du traitement le {date}, il y a plus de {months} mois (politique interne ; RGPD art. 24(1)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="978"/>
        <source>Traitement inscrit le {date} et jamais revu depuis plus de {months} mois (politique interne ; RGPD art. 24(1)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="983"/>
        <source>Contrat terminé le {date} sans restitution ni suppression des données enregistrée (RGPD art. 28(3)(g)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="988"/>
        <source>Le traitement porte sur des données soumises à autorisation préalable (loi 09-08 art. 12) mais relève du régime de la déclaration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="993"/>
        <source>Une analyse d&apos;impact est requise mais n&apos;a pas été réalisée (RGPD art. 35).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolidaySource</name>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="60"/>
        <source>Calendrier officiel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="61"/>
        <source>Saisi par l&apos;utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="62"/>
        <source>Fermeture de l&apos;organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="65"/>
        <source>Date estimée, à confirmer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Identifiability</name>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="152"/>
        <source>Négligeable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="153"/>
        <source>Limitée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="154"/>
        <source>Importante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="155"/>
        <source>Maximale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityStatus</name>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="137"/>
        <source>Non requise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="138"/>
        <source>Justificatif demandé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="139"/>
        <source>Identité vérifiée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="140"/>
        <source>Identité non vérifiée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalAction</name>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="12"/>
        <source>Création</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="13"/>
        <source>Modification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="14"/>
        <source>Suppression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="15"/>
        <source>Changement de statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="16"/>
        <source>Justificatif d&apos;identité demandé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="17"/>
        <source>Vérification d&apos;identité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="18"/>
        <source>Prorogation du délai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="19"/>
        <source>Réponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="20"/>
        <source>Refus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="21"/>
        <source>Retrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="22"/>
        <source>Clôture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="23"/>
        <source>Pièce jointe ajoutée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="24"/>
        <source>Échéance recalculée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="25"/>
        <source>Déverrouillage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="26"/>
        <source>Nature et étendue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="27"/>
        <source>Évaluation du risque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="28"/>
        <source>Décision de ne pas notifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="29"/>
        <source>Notification à l&apos;autorité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="30"/>
        <source>Communication aux personnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="31"/>
        <source>Déclaration DGSSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="32"/>
        <source>Événement de la chronologie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="33"/>
        <source>Mesures correctrices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="34"/>
        <source>Lien ajouté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="35"/>
        <source>Lien retiré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="36"/>
        <source>Sauvegarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="37"/>
        <source>Restauration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="38"/>
        <source>Changement de phrase secrète</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="39"/>
        <source>Effacement (durée de conservation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="40"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="41"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="42"/>
        <source>Courrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="43"/>
        <source>Modèle par défaut rétabli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="44"/>
        <source>Mise à jour du schéma</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalEntity</name>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="48"/>
        <source>Registre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="49"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="50"/>
        <source>Demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="51"/>
        <source>Violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="52"/>
        <source>Traitement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="53"/>
        <source>Sous-traitant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="54"/>
        <source>Transfert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="55"/>
        <source>Courrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="56"/>
        <source>Modèle de courrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="57"/>
        <source>Politique de délais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="58"/>
        <source>Calendrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="59"/>
        <source>Paramètres</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalField</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="45"/>
        <source>statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="46"/>
        <source>échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="47"/>
        <source>reçue le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="48"/>
        <source>demandeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="49"/>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="50"/>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="51"/>
        <source>droits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="52"/>
        <source>régimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="53"/>
        <source>répondue le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="54"/>
        <source>prorogée le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="55"/>
        <source>pièce jointe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalSection</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="171"/>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="233"/>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="175"/>
        <source>Vérifier la chaîne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="183"/>
        <source>Chaque modification du registre, avec son auteur et l&apos;heure. Les entrées sont chaînées : une entrée modifiée, supprimée ou insérée après coup rompt la chaîne à cet endroit. Les données personnelles n&apos;y sont pas recopiées : le journal dit qu&apos;elles ont changé, pas leur contenu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="197"/>
        <source>Référence (DSR-…, VIO-…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="266"/>
        <source>Tous les objets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="267"/>
        <source>Toutes les actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="268"/>
        <source>Tous les auteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/sections/journal.py" line="291"/>
        <source>%n entrée(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/sections/journal.py" line="304"/>
        <source>Chaîne intacte : %n entrée(s) vérifiée(s). Empreinte de tête : {head}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="310"/>
        <source>Journal vérifié : chaîne intacte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="314"/>
        <source>Chaîne rompue à l&apos;entrée n° {entry} : le journal a été modifié en dehors de DPO Desk à partir de cet endroit. Conservez ce fichier tel quel et comparez-le à votre dernière sauvegarde.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegalBasis</name>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="183"/>
        <source>Consentement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="184"/>
        <source>Exécution d&apos;un contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="185"/>
        <source>Obligation légale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="186"/>
        <source>Sauvegarde des intérêts vitaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="187"/>
        <source>Mission d&apos;intérêt public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="188"/>
        <source>Intérêt légitime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="192"/>
        <source>RGPD art. 6(1)(a) ; loi 09-08 art. 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="193"/>
        <source>RGPD art. 6(1)(b) ; loi 09-08 art. 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="194"/>
        <source>RGPD art. 6(1)(c) ; loi 09-08 art. 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="197"/>
        <source>RGPD art. 6(1)(d) ; loi 09-08 art. 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="200"/>
        <source>RGPD art. 6(1)(e) ; loi 09-08 art. 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="203"/>
        <source>RGPD art. 6(1)(f) ; loi 09-08 art. 4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Letter</name>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="102"/>
        <source>Délégué à la protection des données (DPO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="103"/>
        <source>Réf. :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="104"/>
        <source>Objet :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="105"/>
        <source>Aux personnes concernées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="106"/>
        <source>DPO :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="107"/>
        <source>{place}, le {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="108"/>
        <source>Le {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="109"/>
        <source>non déterminé à ce jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="110"/>
        <source>atteinte à la confidentialité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="111"/>
        <source>atteinte à l&apos;intégrité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="112"/>
        <source>atteinte à la disponibilité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="113"/>
        <source>72 heures après la prise de connaissance (RGPD art. 33(1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="116"/>
        <source>72 heures après la prise de connaissance, engagement interne aligné sur le RGPD (la loi 09-08 ne fixe pas de délai de notification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="121"/>
        <source>Commission nationale de contrôle de la protection des données à caractère personnel (CNDP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="125"/>
        <source>Commission nationale de l&apos;informatique et des libertés (CNIL)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="112"/>
        <source>Courriers — {reference} — DPO Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="122"/>
        <source>Courriers — {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="136"/>
        <source>Nouveau courrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="147"/>
        <source>Enregistré avec le brouillon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="149"/>
        <source>Pourquoi la notification est tardive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="150"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="151"/>
        <source>Langue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="152"/>
        <source>Auteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="153"/>
        <source>Motifs du retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="158"/>
        <source>Rédiger le brouillon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="165"/>
        <source>Courriers du dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="171"/>
        <source>Aucun courrier pour ce dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="182"/>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="335"/>
        <source>Aucun courrier ouvert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="189"/>
        <source>Choisissez un type de courrier et une langue, puis « Rédiger le brouillon ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="195"/>
        <source>Actualiser l&apos;aperçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="197"/>
        <source>Enregistrer le brouillon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="204"/>
        <source>Relu par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="206"/>
        <source>Nom du relecteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="207"/>
        <source>Nom de la personne qui a relu et validé le courrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="210"/>
        <source>Marquer comme validé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="216"/>
        <source>Exporter le PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="217"/>
        <source>Enregistrer une copie du PDF, hors du registre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="219"/>
        <source>Générer le PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="221"/>
        <source>Le PDF est joint au dossier, chiffré dans le registre ; le courrier est figé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="233"/>
        <source>Aperçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="244"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="256"/>
        <source>Demande de {name}, reçue le {date} — échéance le {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="262"/>
        <source>Violation : {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="267"/>
        <source>la demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="267"/>
        <source>la violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="288"/>
        <source>{kind} · {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="293"/>
        <source>{status} par {reviewer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="296"/>
        <source>{author}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="313"/>
        <source>Modifications non enregistrées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="314"/>
        <source>Le texte modifié n&apos;est pas enregistré. L&apos;abandonner ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="343"/>
        <source>{kind} — {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="356"/>
        <source>Rédigé par {author} le {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="360"/>
        <source>Brouillon : à relire puis marquer comme validé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="361"/>
        <source>Validé par {reviewer} le {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="366"/>
        <source>Prêt pour la génération du PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="368"/>
        <source>PDF généré et joint au dossier : le courrier ne se modifie plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="423"/>
        <source>Brouillon enregistré dans le registre. Relisez-le et modifiez-le ici.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="445"/>
        <source>Brouillon enregistré. Le texte a changé : il est à valider de nouveau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="448"/>
        <source>Brouillon enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="475"/>
        <source>Courrier validé par {reviewer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="495"/>
        <source>PDF « {name} » joint à {case} {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="535"/>
        <source>{n} page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="537"/>
        <source>{n} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="550"/>
        <source>Exporter le PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="550"/>
        <source>Documents PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="558"/>
        <source>Impossible d&apos;écrire « {path} » : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="565"/>
        <source>Copie enregistrée : {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterField</name>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="301"/>
        <source>Nom de l&apos;organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="302"/>
        <source>Adresse de l&apos;organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="303"/>
        <source>Nom du DPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="304"/>
        <source>E-mail du DPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="305"/>
        <source>Téléphone du DPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="308"/>
        <source>Coordonnées du DPO (nom, e-mail, téléphone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="310"/>
        <source>Date du courrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="311"/>
        <source>Lieu d&apos;envoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="312"/>
        <source>CNDP : nom complet et adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="313"/>
        <source>CNIL : nom complet et adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="314"/>
        <source>Le RGPD s&apos;applique (oui/non)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="317"/>
        <source>La loi 09-08 s&apos;applique (oui/non)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="323"/>
        <source>Référence de la demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="324"/>
        <source>Date de réception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="325"/>
        <source>Nom du demandeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="328"/>
        <source>Nom de la personne concernée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="332"/>
        <source>Le demandeur agit pour une autre personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="335"/>
        <source>Droits exercés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="336"/>
        <location filename="../../dpo_desk/documents/templates.py" line="440"/>
        <source>Régimes applicables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="337"/>
        <source>Canal de réception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="338"/>
        <source>Droit d&apos;accès exercé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="341"/>
        <source>Droit de rectification exercé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="344"/>
        <source>Droit à l&apos;effacement exercé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="347"/>
        <source>Droit à la limitation exercé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="352"/>
        <source>Droit à la portabilité exercé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="355"/>
        <source>Droit d&apos;opposition exercé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="356"/>
        <source>Date limite de réponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="357"/>
        <source>Fondement du délai (article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="358"/>
        <source>Règle du délai, en toutes lettres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="359"/>
        <source>Nature du délai : loi ou politique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="362"/>
        <source>Le délai vient de la politique interne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="365"/>
        <source>Date de la prorogation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="366"/>
        <source>Motifs de la prorogation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="367"/>
        <source>Motif du refus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="368"/>
        <source>Fondement juridique du refus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="371"/>
        <source>Catégories de données traitées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="374"/>
        <source>Finalités du traitement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="375"/>
        <source>Destinataires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="376"/>
        <source>Durée de conservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="377"/>
        <source>Source des données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="378"/>
        <source>Pièces jointes fournies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="379"/>
        <source>Précisions propres au dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="380"/>
        <source>Date de l&apos;opération effectuée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="383"/>
        <source>L&apos;opposition est accueillie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="389"/>
        <source>Référence de la violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="390"/>
        <source>Intitulé de la violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="391"/>
        <source>Description des faits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="394"/>
        <source>Nature : confidentialité, intégrité, disponibilité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="398"/>
        <source>Catégories de personnes concernées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="403"/>
        <source>Nombre approximatif de personnes concernées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="407"/>
        <source>Catégories d&apos;enregistrements concernés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="412"/>
        <source>Nombre approximatif d&apos;enregistrements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="416"/>
        <source>Catégories de données concernées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="419"/>
        <source>Conséquences probables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="420"/>
        <source>Mesures prises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="421"/>
        <source>Mesures envisagées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="424"/>
        <source>Conseils aux personnes pour se protéger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="426"/>
        <source>Chronologie (date — fait)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="427"/>
        <source>Début de la violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="428"/>
        <source>Découverte de la violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="431"/>
        <source>Prise de connaissance (départ des 72 heures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="433"/>
        <source>Échéance de notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="436"/>
        <source>Fondement de l&apos;échéance : loi ou politique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="438"/>
        <source>Notification tardive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="439"/>
        <source>Motifs du retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="441"/>
        <source>Autorité notifiée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterKind</name>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="34"/>
        <source>Accusé de réception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="35"/>
        <source>Demande de justificatif d&apos;identité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="38"/>
        <source>Notification de prorogation du délai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="39"/>
        <source>Réponse à une demande d&apos;accès</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="40"/>
        <source>Confirmation de rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="41"/>
        <source>Confirmation d&apos;effacement ou de limitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="44"/>
        <source>Réponse à une opposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="45"/>
        <source>Refus motivé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="46"/>
        <source>Notification de violation à l&apos;autorité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="49"/>
        <source>Communication de violation aux personnes concernées</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterLanguage</name>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="66"/>
        <source>Français</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="67"/>
        <source>Arabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="68"/>
        <source>Anglais</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterTemplatesCard</name>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="50"/>
        <source>Modèles de courrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="54"/>
        <source>Chaque type de courrier a un modèle par langue. Les champs entre {{ doubles accolades }} sont remplis avec les données du dossier ; {% if champ %} … {% endif %} garde un passage quand le champ est renseigné. La première ligne est l&apos;objet du courrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="86"/>
        <source>Champs disponibles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="91"/>
        <source>Double-cliquez pour insérer le champ dans le modèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="94"/>
        <source>Double-clic : insérer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="101"/>
        <source>Rétablir le modèle par défaut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="105"/>
        <source>Annuler les modifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="107"/>
        <source>Enregistrer le modèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="190"/>
        <source>Modèle modifié par {who} le {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="195"/>
        <source>Modèle modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="197"/>
        <source>Modèle par défaut, livré avec DPO Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="245"/>
        <source>Modèle « {kind} » ({language}) enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="263"/>
        <source>Modèle par défaut rétabli.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Likelihood</name>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="165"/>
        <source>Négligeable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="166"/>
        <source>Limitée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="167"/>
        <source>Importante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="168"/>
        <source>Maximale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockState</name>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="57"/>
        <source>Déverrouillé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="60"/>
        <source>Verrouillé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="117"/>
        <source>DPO Desk — {file}</source>
        <extracomment>this window, and whether the user asked to go back to the first-run window how soon a lock refused during a write is tried again</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="171"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="213"/>
        <source>Registre verrouillé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="223"/>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="224"/>
        <source>&amp;Nouveau…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="227"/>
        <source>&amp;Ouvrir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="230"/>
        <source>&amp;Verrouiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="233"/>
        <source>&amp;Fermer le registre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="236"/>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="250"/>
        <source>Verrouiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="255"/>
        <source>&amp;Affichage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="319"/>
        <source>Enregistrement en cours : le registre sera verrouillé dès la fin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="370"/>
        <source>Sauvegarde du jour impossible : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="375"/>
        <source>Sauvegarde du jour : {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/main_window.py" line="388"/>
        <source>Verrouillé après %n minute(s) sans activité.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewBreachDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dialogs.py" line="43"/>
        <source>Nouvelle violation — DPO Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dialogs.py" line="53"/>
        <source>Nouvelle violation de données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dialogs.py" line="57"/>
        <source>Étape 1 sur 5 — les faits et l&apos;horloge. Le délai de 72 heures pour notifier l&apos;autorité court dès que l&apos;organisation a connaissance de la violation (RGPD art. 33(1)) : enregistrez-la tout de suite, les autres étapes se complètent ensuite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dialogs.py" line="78"/>
        <source>* obligatoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dialogs.py" line="82"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dialogs.py" line="84"/>
        <source>Enregistrer et démarrer le suivi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="56"/>
        <source>Nouvelle demande — DPO Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="63"/>
        <source>Nouvelle demande d&apos;exercice de droits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="67"/>
        <source>L&apos;échéance légale est calculée dès l&apos;enregistrement, à partir de la date de réception, des droits exercés et du régime applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="86"/>
        <source>La demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="91"/>
        <source>Régime *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="92"/>
        <source>Droits exercés *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="93"/>
        <source>Reçue par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="94"/>
        <source>Reçue le *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="95"/>
        <source>Suivie par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="96"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="107"/>
        <source>Le demandeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="112"/>
        <source>Nom *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="113"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="114"/>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="115"/>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="116"/>
        <source>Agit en tant que</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="117"/>
        <source>Personne concernée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="123"/>
        <source>* obligatoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="128"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="130"/>
        <source>Enregistrer la demande</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationPhase</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="129"/>
        <source>Notification initiale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches.py" line="130"/>
        <source>Notification complémentaire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationFields</name>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="31"/>
        <source>Raison sociale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="35"/>
        <source>Adresse postale, telle qu&apos;elle figurera sur les courriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="42"/>
        <source>dpo@exemple.ma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="46"/>
        <source>+212 …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="14"/>
        <source>Trop courte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="15"/>
        <source>Faible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="16"/>
        <source>Correcte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="17"/>
        <source>Bonne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="18"/>
        <source>Excellente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="21"/>
        <source>Plusieurs mots sans lien entre eux font une phrase secrète longue et mémorisable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="25"/>
        <source>Évitez les répétitions et les suites de caractères.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <location filename="../../dpo_desk/ui/widgets.py" line="115"/>
        <source>Masquer la phrase secrète</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/widgets.py" line="117"/>
        <source>Afficher la phrase secrète</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../dpo_desk/ui/letters/preview.py" line="121"/>
        <source>Page {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessingSection</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="39"/>
        <source>Rechercher : nom, finalité, service, n° de récépissé…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="53"/>
        <source>Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="56"/>
        <source>Marquer comme revu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="58"/>
        <source>Enregistrer la revue de cette fiche aujourd&apos;hui (RGPD art. 24(1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="64"/>
        <source>Rattacher un sous-traitant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="66"/>
        <source>Détacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="69"/>
        <source>Sous-traitants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="70"/>
        <source>Double-cliquez pour ouvrir la fiche du sous-traitant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="77"/>
        <source>Ajouter un transfert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="79"/>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="82"/>
        <source>Transferts hors du Maroc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="83"/>
        <source>Loi 09-08 art. 43-44 ; RGPD art. 44-49.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="92"/>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="95"/>
        <source>Traitements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="98"/>
        <source>Nouveau traitement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="105"/>
        <source>Aucun traitement inscrit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="107"/>
        <source>Inscrivez ici chaque activité de traitement : ses finalités et bases légales, les données, leur durée de conservation, ses destinataires et ses formalités auprès de la CNDP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="115"/>
        <source>1 traitement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="116"/>
        <source>{count} traitements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="120"/>
        <source>Toutes les bases légales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="122"/>
        <source>Base légale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="126"/>
        <source>Tous les régimes CNDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="128"/>
        <source>Régime CNDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="133"/>
        <source>AIPD : toutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="134"/>
        <source>AIPD requise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="135"/>
        <source>AIPD requise, non réalisée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="136"/>
        <source>AIPD non requise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="138"/>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="246"/>
        <source>Analyse d&apos;impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="143"/>
        <source>Toutes les fiches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="144"/>
        <source>Signalées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="145"/>
        <source>Revue en retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="146"/>
        <source>Transfert non encadré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="147"/>
        <source>Autorisation CNDP requise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="148"/>
        <source>AIPD à réaliser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="150"/>
        <source>Alertes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="198"/>
        <source>récépissé {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="201"/>
        <source>du {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="215"/>
        <source>Concerne des mineurs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="221"/>
        <source>Requise — réalisée le {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="225"/>
        <source>Requise — non réalisée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="228"/>
        <source>Non requise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="234"/>
        <source>Finalités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="235"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="236"/>
        <source>Personnes concernées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="237"/>
        <source>Données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="238"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="239"/>
        <source>Destinataires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="241"/>
        <source>Conservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="244"/>
        <source>Sécurité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="245"/>
        <source>Exercice des droits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="248"/>
        <source>Dernière revue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="249"/>
        <source>jamais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="252"/>
        <source>Inscrit le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="309"/>
        <source>Traitement « {name} » inscrit au registre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="320"/>
        <source>Traitement « {name} » enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="336"/>
        <source>Revue du traitement enregistrée au {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="356"/>
        <source>Rattacher un sous-traitant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="357"/>
        <source>Sous-traitant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="363"/>
        <source>Sous-traitant rattaché.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="375"/>
        <source>Sous-traitant détaché de ce traitement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="383"/>
        <source>Transfert ajouté.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="395"/>
        <source>Transfert supprimé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessorStatus</name>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="361"/>
        <source>Actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="362"/>
        <source>Contrat terminé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessorTableModel</name>
    <message>
        <location filename="../../dpo_desk/ui/registers/models.py" line="209"/>
        <source>Sous-traitant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/registers/models.py" line="210"/>
        <source>Alertes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/registers/models.py" line="211"/>
        <source>Service fourni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/registers/models.py" line="212"/>
        <source>Pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/registers/models.py" line="213"/>
        <source>Contrat (DPA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/registers/models.py" line="214"/>
        <source>Prochaine revue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/registers/models.py" line="215"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/registers/models.py" line="227"/>
        <source>Non signé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/registers/models.py" line="229"/>
        <source>Signé le {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/registers/models.py" line="230"/>
        <source>Signé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessorsSection</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="41"/>
        <source>Rechercher : nom, service, certification, sous-traitant ultérieur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="54"/>
        <source>Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="57"/>
        <source>Fin de contrat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="59"/>
        <source>Enregistrer la fin du contrat et le sort des données (RGPD art. 28(3)(g))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="62"/>
        <source>Restitution ou suppression…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="67"/>
        <source>Rattacher un traitement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="69"/>
        <source>Détacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="72"/>
        <source>Traitements servis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="73"/>
        <source>Double-cliquez pour ouvrir la fiche du traitement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="80"/>
        <source>Ajouter un transfert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="82"/>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="85"/>
        <source>Transferts hors du Maroc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="86"/>
        <source>Loi 09-08 art. 43-44 ; RGPD art. 44-49.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="95"/>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="98"/>
        <source>Sous-traitants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="101"/>
        <source>Nouveau sous-traitant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="108"/>
        <source>Aucun sous-traitant inscrit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="110"/>
        <source>Inscrivez ici chaque prestataire qui traite des données pour votre compte : son contrat et ses clauses, les pays où il traite les données, les traitements qu&apos;il sert et la date de sa prochaine revue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="118"/>
        <source>1 sous-traitant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="119"/>
        <source>{count} sous-traitants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="123"/>
        <source>Tous les statuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="125"/>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="237"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="128"/>
        <source>Tous les pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="128"/>
        <source>Pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="131"/>
        <source>Toutes les fiches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="132"/>
        <source>Signalées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="133"/>
        <source>Sans contrat (DPA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="134"/>
        <source>Revue en retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="135"/>
        <source>Transfert non encadré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="136"/>
        <source>Clauses manquantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="137"/>
        <source>Données non restituées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="139"/>
        <source>Alertes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="201"/>
        <source>Signé le {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="205"/>
        <source>prend fin le {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="209"/>
        <source>Aucun contrat de sous-traitance signé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="215"/>
        <source>le {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="219"/>
        <source>{outcome} le {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="224"/>
        <source>Restitution ou suppression des données non enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="227"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="228"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="229"/>
        <source>DPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="230"/>
        <source>Pays de traitement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="231"/>
        <source>Données confiées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="232"/>
        <source>Contrat (DPA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="233"/>
        <source>Clauses art. 28(3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="234"/>
        <source>Certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="235"/>
        <source>Sous-traitants ultérieurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="236"/>
        <source>Prochaine revue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="238"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="294"/>
        <source>Sous-traitant « {name} » inscrit au registre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="306"/>
        <source>Sous-traitant « {name} » enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="314"/>
        <source>Fin du contrat enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="323"/>
        <source>Sort des données enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="341"/>
        <source>Rattacher un traitement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="342"/>
        <source>Traitement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="348"/>
        <source>Traitement rattaché.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="360"/>
        <source>Traitement détaché de ce sous-traitant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="368"/>
        <source>Transfert ajouté.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="380"/>
        <source>Transfert supprimé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentEntry</name>
    <message>
        <location filename="../../dpo_desk/ui/welcome.py" line="85"/>
        <source>Introuvable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientKind</name>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="268"/>
        <source>Service interne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="269"/>
        <source>Organisme externe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="270"/>
        <source>Sous-traitant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusalReason</name>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="112"/>
        <source>Demande manifestement infondée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="115"/>
        <source>Demande excessive ou manifestement abusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="118"/>
        <source>Identité du demandeur non établie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="121"/>
        <source>Droit non prévu par le régime applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="128"/>
        <source>RGPD art. 12(5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="129"/>
        <source>RGPD art. 12(5) ; loi 09-08 art. 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="132"/>
        <source>RGPD art. 12(6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="133"/>
        <source>Loi 09-08 art. 8(a)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Regime</name>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="78"/>
        <source>Loi 09-08</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="79"/>
        <source>RGPD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterSection</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="184"/>
        <source>Rechercher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="235"/>
        <source>Aucune fiche ne correspond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="236"/>
        <source>Aucune fiche ne répond à ces critères de recherche et de filtre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="237"/>
        <source>Effacer les filtres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="348"/>
        <source>À regarder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="367"/>
        <source>Fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="386"/>
        <source>Aucun.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistersCard</name>
    <message>
        <location filename="../../dpo_desk/ui/registers/dashboard_card.py" line="64"/>
        <source>Registres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/registers/dashboard_card.py" line="69"/>
        <source>Revues à faire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/registers/dashboard_card.py" line="70"/>
        <source>Contrats de sous-traitance manquants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/registers/dashboard_card.py" line="71"/>
        <source>Transferts sans mécanisme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/registers/dashboard_card.py" line="73"/>
        <source>Traitements et sous-traitants dont la revue est en retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/registers/dashboard_card.py" line="76"/>
        <source>Sous-traitants actifs sans contrat signé, ou au contrat échu (RGPD art. 28)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/registers/dashboard_card.py" line="80"/>
        <source>Transferts vers un pays non reconnu adéquat sans mécanisme enregistré (loi 09-08 art. 43-44 ; RGPD art. 44-49)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/registers/dashboard_card.py" line="132"/>
        <source>{a} traitement(s), {p} sous-traitant(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RememberCheckBox</name>
    <message>
        <location filename="../../dpo_desk/ui/widgets.py" line="240"/>
        <source>Se souvenir sur cet ordinateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/widgets.py" line="245"/>
        <source>La phrase secrète est confiée au trousseau sécurisé du système ; le registre s&apos;ouvrira sans la redemander sur cette session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/widgets.py" line="254"/>
        <source>Aucun trousseau sécurisé n&apos;est disponible sur cet ordinateur : la phrase secrète sera demandée à chaque ouverture. DPO Desk ne l&apos;enregistre jamais en clair.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="192"/>
        <source>‹  Toutes les demandes</source>
        <extracomment>show another section&apos;s item: (&quot;processing&quot;, &quot;#12&quot;) from &quot;Traitements concernés&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="227"/>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="468"/>
        <source>Pourquoi cette date ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="243"/>
        <source>Détails de la demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="249"/>
        <source>Régime *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="250"/>
        <source>Droits exercés *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="251"/>
        <source>Reçue par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="252"/>
        <source>Reçue le *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="253"/>
        <source>Demandeur *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="254"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="255"/>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="256"/>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="257"/>
        <source>Agit en tant que</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="258"/>
        <source>Personne concernée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="259"/>
        <source>Suivie par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="260"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="268"/>
        <source>Recharger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="269"/>
        <source>Abandonner la saisie et relire la demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="272"/>
        <source>Annuler les modifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="274"/>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="286"/>
        <source>Journal de la demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="298"/>
        <source>Suite à donner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="307"/>
        <source>Rédiger un courrier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="317"/>
        <source>Suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="324"/>
        <source>Identité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="325"/>
        <source>Pièce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="326"/>
        <source>Vérifiée le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="327"/>
        <source>Suspensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="328"/>
        <source>Prorogée le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="329"/>
        <source>Motif de prorogation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="330"/>
        <source>Réponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="331"/>
        <source>Motif du refus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="332"/>
        <source>Clôturée le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="343"/>
        <source>Pièces jointes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="346"/>
        <source>Conservées chiffrées dans le registre, 25 Mo au plus par fichier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="358"/>
        <source>Aucune pièce jointe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="364"/>
        <source>Exporter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="365"/>
        <source>Enregistrer une copie du fichier, hors du registre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="367"/>
        <source>Joindre un fichier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="411"/>
        <source>{requester} ({role}) pour {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="422"/>
        <source>reçue le {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="440"/>
        <source>Échéance le {date} — {countdown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="445"/>
        <source>Échéance le {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="451"/>
        <source>Fondement : {citation} (délai légal) — {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="454"/>
        <source>Fondement : {citation} — {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="468"/>
        <source>Masquer l&apos;explication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="484"/>
        <source>{regime}, {right} : {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="495"/>
        <source>Le {date} n&apos;est pas un jour ouvré : reporté au jour ouvré suivant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="499"/>
        <source> — retenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="506"/>
        <source>Chaque droit, sous chaque régime, a son délai ; la date la plus proche l&apos;emporte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="521"/>
        <source>depuis le {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="525"/>
        <source>du {start} au {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="535"/>
        <source>le {date}, par {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="558"/>
        <source>Demande clôturée : plus aucune étape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="560"/>
        <source>Réponse faite : il reste à clôturer la demande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="605"/>
        <source>{when} — {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="676"/>
        <source>Demande {reference} enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="722"/>
        <source>Demande {reference} : {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="738"/>
        <source>Joindre un fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="760"/>
        <source>Impossible de lire « {name} » : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="771"/>
        <source>« {name} » jointe à la demande {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="791"/>
        <source>Exporter la pièce jointe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="799"/>
        <source>Impossible d&apos;écrire « {path} » : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/detail.py" line="805"/>
        <source>Copie enregistrée : {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="100"/>
        <source>Nouvelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="101"/>
        <source>En attente du justificatif d&apos;identité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="104"/>
        <source>En cours de traitement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="105"/>
        <source>Délai prorogé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="106"/>
        <source>Répondue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="107"/>
        <source>Refusée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="108"/>
        <source>Retirée par le demandeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="109"/>
        <source>Clôturée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="174"/>
        <source>Une demande au statut « {old} » ne peut pas passer au statut « {new} ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="177"/>
        <source>Cliquer pour trier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="182"/>
        <source>Référence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="183"/>
        <source>Demandeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="184"/>
        <source>Droits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="185"/>
        <source>Régime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="186"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="187"/>
        <source>Reçue le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="188"/>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="189"/>
        <source>Délai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="190"/>
        <source>Suivie par</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequesterRole</name>
    <message>
        <location filename="../../dpo_desk/domain/rights_request.py" line="35"/>
        <source>La personne concernée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/rights_request.py" line="36"/>
        <source>Parent ou tuteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/rights_request.py" line="37"/>
        <source>Avocat ou mandataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/rights_request.py" line="38"/>
        <source>Autre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsSection</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="97"/>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="200"/>
        <source>Demandes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="101"/>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="169"/>
        <source>Nouvelle demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="104"/>
        <source>Enregistrer une demande reçue ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="123"/>
        <source>Liste des demandes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="163"/>
        <source>Aucune demande pour l&apos;instant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="165"/>
        <source>Enregistrez ici chaque demande d&apos;accès, de rectification, d&apos;effacement ou d&apos;opposition dès sa réception : DPO Desk calcule son échéance légale et vous la rappelle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="173"/>
        <source>Aucune demande ne correspond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="174"/>
        <source>Aucune demande ne répond à ces critères de recherche et de filtre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="175"/>
        <source>Effacer les filtres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="266"/>
        <source>1 demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="269"/>
        <source>{count} demandes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="412"/>
        <source>Demande {reference} enregistrée — échéance le {date}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionUnit</name>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="372"/>
        <source>{n} jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="373"/>
        <source>{n} jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="374"/>
        <location filename="../../dpo_desk/domain/registers.py" line="375"/>
        <source>{n} mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="376"/>
        <source>{n} an</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="377"/>
        <source>{n} ans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Right</name>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="83"/>
        <source>Droit d&apos;accès</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="84"/>
        <source>Droit de rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="85"/>
        <source>Droit à l&apos;effacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="86"/>
        <source>Droit à la limitation du traitement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="87"/>
        <source>Droit à la portabilité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests.py" line="88"/>
        <source>Droit d&apos;opposition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskLevel</name>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="126"/>
        <source>Risque peu probable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="127"/>
        <source>Risque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="128"/>
        <source>Risque élevé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="293"/>
        <source>Tableau de bord</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityMeasure</name>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="252"/>
        <source>Contrôle d&apos;accès des utilisateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="255"/>
        <source>Mesures de traçabilité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="256"/>
        <source>Mesures de protection des logiciels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="259"/>
        <source>Sauvegarde des données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="260"/>
        <source>Chiffrement des données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="261"/>
        <source>Contrôle des sous-traitants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="264"/>
        <source>Autres mesures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="56"/>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="165"/>
        <source>Paramètres</source>
        <extracomment>the organisation as saved, so the window can update what shows its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="60"/>
        <source>L&apos;organisation et son délégué figurent sur chaque courrier et chaque registre exporté.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="71"/>
        <source>Organisation et délégué</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="74"/>
        <source>Organisation *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="75"/>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="76"/>
        <source>Délégué (DPO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="77"/>
        <source>E-mail du DPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="78"/>
        <source>Téléphone du DPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="84"/>
        <source>Annuler les modifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="86"/>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="124"/>
        <source>Fichier du registre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="131"/>
        <source>Copier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="132"/>
        <source>Copier l&apos;identifiant du registre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="142"/>
        <source>Emplacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="143"/>
        <source>Identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="144"/>
        <source>Version du schéma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="145"/>
        <source>Version de DPO Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="146"/>
        <source>Fuseau horaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="147"/>
        <source>Contenu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="183"/>
        <source>inconnue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="212"/>
        <source>Demandes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="213"/>
        <source>Pièces jointes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="214"/>
        <source>Entrées du journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="217"/>
        <source>{label} : {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="249"/>
        <source>Organisation enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="257"/>
        <source>Identifiant du registre copié.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="172"/>
        <source>Faible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="173"/>
        <source>Moyenne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="174"/>
        <source>Élevée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="175"/>
        <source>Très élevée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferMechanism</name>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="279"/>
        <source>Pays reconnu adéquat par la CNDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="282"/>
        <source>Autorisation de la CNDP (formulaire F118)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="285"/>
        <source>Clauses contractuelles types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="286"/>
        <source>Règles d&apos;entreprise contraignantes (BCR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="289"/>
        <source>Dérogation pour une situation particulière</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="292"/>
        <source>Autre garantie appropriée (RGPD art. 46)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="298"/>
        <source>Loi 09-08 art. 43 ; RGPD art. 45</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="301"/>
        <source>Loi 09-08 art. 44</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="304"/>
        <source>RGPD art. 46(2)(c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="305"/>
        <source>RGPD art. 47</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="306"/>
        <source>RGPD art. 49 ; loi 09-08 art. 44</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="309"/>
        <source>RGPD art. 46</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <location filename="../../dpo_desk/domain/registers.py" line="414"/>
        <source>Liste par défaut : États de l&apos;UE et de l&apos;EEE (CNDP, délibération 465-2013 ; à tenir à jour avec la délibération en vigueur).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="209"/>
        <source>Ouvrir un registre — DPO Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="215"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="69"/>
        <source>Déverrouiller le registre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="84"/>
        <source>Phrase secrète</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="87"/>
        <source>Saisissez la phrase secrète du registre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="99"/>
        <source>Déverrouiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="156"/>
        <source>Saisissez la phrase secrète du registre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="179"/>
        <source>La phrase secrète n&apos;a pas pu être confiée au trousseau : elle sera demandée à la prochaine ouverture.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../dpo_desk/ui/welcome.py" line="128"/>
        <source>Le registre du délégué à la protection des données : demandes d&apos;exercice de droits, violations, traitements et sous-traitants, dans un fichier chiffré sur ce poste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome.py" line="142"/>
        <source>Créer un registre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome.py" line="143"/>
        <source>Un nouveau fichier chiffré pour une organisation et son DPO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome.py" line="147"/>
        <source>Ouvrir un fichier existant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome.py" line="148"/>
        <source>Un registre .dpodesk déjà créé, sur ce poste ou un support amovible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome.py" line="157"/>
        <location filename="../../dpo_desk/ui/welcome.py" line="160"/>
        <source>Registres récents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkingCalendarCard</name>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="507"/>
        <source>Calendrier des jours ouvrés</source>
        <extracomment>how many open requests&apos; due dates the last edit moved the dialog on screen, if any (tests drive it)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="511"/>
        <source>Samedis, dimanches, jours fériés marocains et fermetures de l&apos;organisation ne sont pas ouvrés : une échéance qui y tombe est reportée au jour ouvré suivant. Les fêtes religieuses suivent le calendrier lunaire : leur date est estimée d&apos;avance, à confirmer ou à déplacer dès qu&apos;elle est annoncée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="522"/>
        <source>Année</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="524"/>
        <source>Année affichée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="528"/>
        <source>Ajouter un jour férié…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="530"/>
        <source>Ajouter une fermeture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="541"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="541"/>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="827"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="541"/>
        <source>Origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="543"/>
        <source>Jours chômés de l&apos;année</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="550"/>
        <source>Confirmer la date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="552"/>
        <source>La date annoncée est celle qui était estimée : la garder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="555"/>
        <source>Déplacer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="556"/>
        <source>La fête a été annoncée à une autre date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="558"/>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="559"/>
        <source>Ce jour redevient un jour ouvré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="561"/>
        <source>Rétablir le calendrier officiel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="562"/>
        <source>Oublier les modifications faites sur ce jour-là.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="642"/>
        <source>Une date lunaire de {year} est estimée : confirmez-la ou déplacez-la dès qu&apos;elle est annoncée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="647"/>
        <source>%n dates lunaires de {year} sont estimées : confirmez-les ou déplacez-les dès qu&apos;elles sont annoncées.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="751"/>
        <source>Date confirmée : {name}, {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="763"/>
        <source>{name} retiré : le {date} est un jour ouvré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="775"/>
        <source>Le {date} suit de nouveau le calendrier officiel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="813"/>
        <source>Jour férié ajouté le {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="819"/>
        <source>Ajouter un jour férié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="821"/>
        <source>Un jour férié que le calendrier officiel ne connaît pas encore, par exemple décrété pour l&apos;occasion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="842"/>
        <source>Fermeture ajoutée le {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="848"/>
        <source>Ajouter une fermeture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="850"/>
        <source>Un jour où l&apos;organisation est fermée (pont, inventaire…) : personne ne peut répondre, les échéances sont reportées au jour ouvré suivant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="856"/>
        <source>Motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="874"/>
        <source>{name} déplacé au {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="880"/>
        <source>Déplacer un jour férié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_settings.py" line="881"/>
        <source>« {name} », prévu le {date}, a été annoncé pour le :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
