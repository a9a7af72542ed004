<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/about_dialog.py" line="46"/>
        <source>À propos de DPO Desk</source>
        <translation>حول DPO Desk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/about_dialog.py" line="56"/>
        <source>Le registre du délégué à la protection des données : demandes d&apos;exercice des droits, violations de données, traitements et sous-traitants, dans un fichier chiffré sur ce poste.</source>
        <translation>سجل مندوب حماية المعطيات: طلبات ممارسة الحقوق، وانتهاكات المعطيات ذات الطابع الشخصي، والمعالجات، والمعالجون من الباطن، في ملف مشفر على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/about_dialog.py" line="64"/>
        <source>application installée</source>
        <translation>تطبيق مثبت</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/about_dialog.py" line="66"/>
        <source>depuis les sources</source>
        <translation>من الشيفرة المصدرية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/about_dialog.py" line="86"/>
        <source>Données de fuseaux horaires : IANA {version}</source>
        <translation>معطيات المناطق الزمنية: IANA {version}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/about_dialog.py" line="95"/>
        <source>Composants tiers et licences</source>
        <translation>المكونات الخارجية ورخصها</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/about_dialog.py" line="99"/>
        <source>Composant</source>
        <translation>المكون</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/about_dialog.py" line="99"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/about_dialog.py" line="99"/>
        <source>Licence</source>
        <translation>الرخصة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/about_dialog.py" line="99"/>
        <source>Rôle</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/about_dialog.py" line="120"/>
        <source>Texte de la licence</source>
        <translation>نص الرخصة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/about_dialog.py" line="142"/>
        <source>Licence {licence} ; le texte n&apos;est pas inclus dans cette installation.</source>
        <translation>الرخصة {licence}؛ نصها غير مضمن في هذا التثبيت.</translation>
    </message>
</context>
<context>
    <name>ActivityPicker</name>
    <message>
        <location filename="../../dpo_desk/ui/records/activity_picker.py" line="48"/>
        <source>Traitements concernés</source>
        <translation>المعالجات المعنية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/activity_picker.py" line="55"/>
        <source>Aucun traitement rattaché.</source>
        <translation>لا توجد معالجة مرتبطة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/activity_picker.py" line="66"/>
        <source>Traitement à rattacher</source>
        <translation>المعالجة المراد ربطها</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/activity_picker.py" line="72"/>
        <source>Rattacher</source>
        <translation>ربط</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/activity_picker.py" line="75"/>
        <source>Détacher</source>
        <translation>فك الربط</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/activity_picker.py" line="110"/>
        <source>Double-cliquez pour ouvrir la fiche du traitement</source>
        <translation>انقر مرتين لفتح بطاقة المعالجة</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="161"/>
        <source>Traitement</source>
        <translation>المعالجة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="162"/>
        <source>Alertes</source>
        <translation>تنبيهات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="163"/>
        <source>Service</source>
        <translation>المصلحة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="164"/>
        <source>Bases légales</source>
        <translation>الأسس القانونية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="165"/>
        <source>CNDP</source>
        <translation>CNDP</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="166"/>
        <source>AIPD</source>
        <translation>تقييم الأثر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="167"/>
        <source>Dernière revue</source>
        <translation>آخر مراجعة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="180"/>
        <source>{regime} · {receipt}</source>
        <translation>{regime} · {receipt}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="182"/>
        <source>sans récépissé</source>
        <translation>بدون وصل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="186"/>
        <source>Non requise</source>
        <translation>غير مطلوب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="187"/>
        <source>Réalisée</source>
        <translation>منجز</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="187"/>
        <source>À réaliser</source>
        <translation>يتعين إنجازه</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="189"/>
        <source>jamais</source>
        <translation>أبدا</translation>
    </message>
</context>
<context>
    <name>Adequacy</name>
    <message>
        <location filename="../../dpo_desk/domain/countries.py" line="45"/>
        <source>Liste par défaut : les États de l&apos;Union européenne et de l&apos;Espace économique européen. Ce n&apos;est pas la liste de la délibération CNDP n° 465-2013 ; vérifiez-la et complétez-la.</source>
        <translation>القائمة الافتراضية: دول الاتحاد الأوروبي والمنطقة الاقتصادية الأوروبية. هذه ليست القائمة الواردة في مداولة اللجنة الوطنية رقم 465-2013؛ تحقق منها وأكملها.</translation>
    </message>
</context>
<context>
    <name>Annex</name>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="499"/>
        <source>Contrats et clauses contractuelles encadrant le transfert vers {countries} (F118)</source>
        <translation>العقود والبنود التعاقدية المؤطِّرة لنقل المعطيات نحو {countries} (F118)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="502"/>
        <source>Contrats de sous-traitance : {processors}</source>
        <translation>عقود المعالجة من الباطن: {processors}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="505"/>
        <source>Modèles de recueil du consentement (attestations de consentement)</source>
        <translation>نماذج الحصول على الموافقة (إشهادات الموافقة)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="508"/>
        <source>Politique de sécurité des systèmes d&apos;information</source>
        <translation>سياسة أمن نظم المعلومات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="511"/>
        <source>Mentions d&apos;information des personnes concernées (art. 5)</source>
        <translation>بيانات إخبار الأشخاص المعنيين (المادة 5)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="514"/>
        <source>Analyse d&apos;impact relative à la protection des données</source>
        <translation>تقييم الأثر على حماية المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="515"/>
        <source>Mandat du représentant au Maroc</source>
        <translation>وكالة الممثل بالمغرب</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../dpo_desk/ui/controller.py" line="127"/>
        <source>Ouvrir un registre</source>
        <extracomment>the demo register&apos;s passphrase, as `make demo` sets it (Makefile, README): fictitious data only, so a known passphrase, shown to the user in the unlock dialog</extracomment>
        <translation>فتح سجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/controller.py" line="129"/>
        <source>Registres DPO Desk (*.dpodesk);;Tous les fichiers (*)</source>
        <translation>سجلات DPO Desk (*.dpodesk);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/controller.py" line="149"/>
        <location filename="../../dpo_desk/ui/controller.py" line="154"/>
        <source>Démonstration</source>
        <translation>عرض تجريبي</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/controller.py" line="156"/>
        <source>Le registre de démonstration n&apos;a pas pu être créé dans {folder}.</source>
        <translation>تعذر إنشاء السجل التجريبي في {folder}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/controller.py" line="161"/>
        <source>Registre de démonstration, aux données fictives : sa phrase secrète est « {passphrase} ».</source>
        <translation>سجل تجريبي بمعطيات وهمية: عبارة المرور الخاصة به هي « {passphrase} ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/controller.py" line="193"/>
        <source>La phrase secrète mémorisée n&apos;ouvre plus ce registre : saisissez-la.</source>
        <translation>عبارة المرور المحفوظة لم تعد تفتح هذا السجل: أدخلها.</translation>
    </message>
</context>
<context>
    <name>Art28Clause</name>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="360"/>
        <source>(a) Traitement sur instruction documentée</source>
        <translation>(أ) المعالجة بناء على تعليمات موثقة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="361"/>
        <source>(b) Engagement de confidentialité des personnes autorisées</source>
        <translation>(ب) التزام الأشخاص المرخص لهم بالسرية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="362"/>
        <source>(c) Mesures de sécurité (art. 32)</source>
        <translation>(ج) تدابير الأمن (المادة 32)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="363"/>
        <source>(d) Sous-traitance ultérieure autorisée, droit d&apos;opposition</source>
        <translation>(د) المعالجة من الباطن اللاحقة المرخص بها، وحق التعرض</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="364"/>
        <source>(e) Aide à l&apos;exercice des droits des personnes</source>
        <translation>(هـ) المساعدة على ممارسة حقوق الأشخاص</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="365"/>
        <source>(f) Aide aux obligations des articles 32 à 36</source>
        <translation>(و) المساعدة على الوفاء بالتزامات المواد 32 إلى 36</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="366"/>
        <source>(g) Suppression ou restitution des données en fin de contrat</source>
        <translation>(ز) حذف المعطيات أو إرجاعها عند نهاية العقد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="367"/>
        <source>(h) Informations et audits</source>
        <translation>(ح) المعلومات وعمليات التدقيق</translation>
    </message>
</context>
<context>
    <name>Art34Exception</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="96"/>
        <source>Données rendues incompréhensibles (chiffrement) — art. 34(3)(a)</source>
        <translation>معطيات أصبحت غير مفهومة (التشفير) — المادة 34(3)(أ)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="99"/>
        <source>Risque élevé supprimé par des mesures ultérieures — art. 34(3)(b)</source>
        <translation>زوال الخطر المرتفع بتدابير لاحقة — المادة 34(3)(ب)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="102"/>
        <source>Efforts disproportionnés : communication publique à la place — art. 34(3)(c)</source>
        <translation>جهود غير متناسبة: إعلام عمومي بدلا من ذلك — المادة 34(3)(ج)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="113"/>
        <source>Données rendues incompréhensibles (chiffrement) — article 34(3)(a) du RGPD</source>
        <translation>معطيات أصبحت غير مفهومة (التشفير) — المادة 34(3)(أ) من RGPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="117"/>
        <source>Risque élevé supprimé par des mesures ultérieures — article 34(3)(b) du RGPD</source>
        <translation>زوال الخطر المرتفع بتدابير لاحقة — المادة 34(3)(ب) من RGPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="121"/>
        <source>Efforts disproportionnés : communication publique à la place — article 34(3)(c) du RGPD</source>
        <translation>جهود غير متناسبة: إعلام عمومي بدلا من ذلك — المادة 34(3)(ج) من RGPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="127"/>
        <source>Données rendues incompréhensibles (chiffrement)</source>
        <translation>معطيات أصبحت غير مفهومة (التشفير)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="130"/>
        <source>Risque élevé supprimé par des mesures ultérieures</source>
        <translation>زوال الخطر المرتفع بتدابير لاحقة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="133"/>
        <source>Efforts disproportionnés : communication publique à la place</source>
        <translation>جهود غير متناسبة: إعلام عمومي بدلا من ذلك</translation>
    </message>
</context>
<context>
    <name>AttachmentDeletion</name>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="262"/>
        <source>identité vérifiée, la copie a servi</source>
        <translation>تم التحقق من الهوية، وأدت النسخة غرضها</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="265"/>
        <source>délai de conservation de la copie atteint</source>
        <translation>بلغت النسخة مدة الحفظ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="268"/>
        <source>plus nécessaire</source>
        <translation>لم تعد ضرورية</translation>
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
        <translation>سلطة مراقبة أخرى في الاتحاد الأوروبي</translation>
    </message>
</context>
<context>
    <name>AuthorityAddressesCard</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/authorities.py" line="38"/>
        <source>Adresses des autorités</source>
        <extracomment>every authority&apos;s address (and default) in every letter language</extracomment>
        <translation>عناوين السلطات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/authorities.py" line="40"/>
        <source>Les courriers impriment ces adresses : en destinataire d&apos;une notification de violation, et pour indiquer où introduire une réclamation. Vérifiez-les sur le site de chaque autorité (www.cndp.ma, www.cnil.fr). Une adresse vide reprend celle fournie avec DPO Desk. Chaque modification est inscrite au journal.</source>
        <translation>تطبع الرسائل هذه العناوين: عنوانا للمرسل إليه في تبليغ الانتهاك، ولبيان الجهة التي تقدم إليها الشكاية. تحقق منها في موقع كل سلطة (www.cndp.ma، www.cnil.fr). العنوان الفارغ يعود إلى العنوان المرفق مع DPO Desk. كل تعديل يقيد في سجل العمليات.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/authorities.py" line="72"/>
        <source>Adresses par défaut</source>
        <translation>العناوين الافتراضية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/authorities.py" line="73"/>
        <source>Reprendre les adresses fournies avec DPO Desk</source>
        <translation>استرجاع العناوين المرفقة مع DPO Desk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/authorities.py" line="75"/>
        <source>Enregistrer les adresses</source>
        <translation>حفظ العناوين</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/authorities.py" line="131"/>
        <source>Adresses des autorités enregistrées.</source>
        <translation>تم حفظ عناوين السلطات.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/authorities.py" line="137"/>
        <source>Adresses des autorités remises par défaut.</source>
        <translation>أعيدت عناوين السلطات إلى القيم الافتراضية.</translation>
    </message>
</context>
<context>
    <name>AutoLockCard</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/auto_lock.py" line="24"/>
        <source>Verrouillage automatique</source>
        <extracomment>minutes (0 = never), after a successful save</extracomment>
        <translation>القفل التلقائي</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/auto_lock.py" line="26"/>
        <source>Sans clavier ni souris pendant ce délai, la fenêtre se verrouille : le registre est refermé et rien de son contenu ne reste affiché (RGPD art. 32 ; loi 09-08 art. 23). Le réglage est enregistré dans le registre : il vaut sur chaque poste qui l&apos;ouvre.</source>
        <translation>إذا لم تُستعمل لوحة المفاتيح أو الفأرة خلال هذه المدة، تُقفل النافذة: يُغلق السجل ولا يبقى أي شيء من محتواه معروضا (المادة 32 من RGPD؛ المادة 23 من القانون رقم 09.08). يُحفظ هذا الإعداد في السجل: فهو يسري على كل حاسوب يفتحه.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/auto_lock.py" line="35"/>
        <source> min</source>
        <translation> د</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/auto_lock.py" line="36"/>
        <source>Jamais</source>
        <translation>أبدا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/auto_lock.py" line="38"/>
        <source>Enregistrer</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/auto_lock.py" line="40"/>
        <source>Verrouiller après</source>
        <translation>القفل بعد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/auto_lock.py" line="72"/>
        <source>Verrouillage automatique désactivé : pensez à Ctrl+L.</source>
        <translation>القفل التلقائي معطل: تذكّر استعمال Ctrl+L.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/settings/auto_lock.py" line="75"/>
        <source>La fenêtre se verrouillera après %n minute(s) sans activité.</source>
        <translation>
            <numerusform>ستُقفل النافذة بعد أقل من دقيقة دون نشاط.</numerusform>
            <numerusform>ستُقفل النافذة بعد دقيقة واحدة دون نشاط.</numerusform>
            <numerusform>ستُقفل النافذة بعد دقيقتين دون نشاط.</numerusform>
            <numerusform>ستُقفل النافذة بعد %n دقائق دون نشاط.</numerusform>
            <numerusform>ستُقفل النافذة بعد %n دقيقة دون نشاط.</numerusform>
            <numerusform>ستُقفل النافذة بعد %n دقيقة دون نشاط.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachAlerts</name>
    <message>
        <location filename="../../dpo_desk/ui/breach_alerts.py" line="115"/>
        <source> ; </source>
        <extracomment>reference, threshold in hours (24 or 6), the message shown</extracomment>
        <translation>؛ </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breach_alerts.py" line="116"/>
        <source>{authority}, délai {basis}</source>
        <translation>{authority}، أجل {basis}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breach_alerts.py" line="121"/>
        <source>Violation {reference} : {hours} h {minutes:02d} avant l&apos;échéance de notification (72 heures) — {duties}.</source>
        <translation>الانتهاك {reference}‏: {hours} س {minutes:02d} د قبل انتهاء أجل التبليغ (72 ساعة) — {duties}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breach_alerts.py" line="141"/>
        <source>DPO Desk — délai de notification</source>
        <translation>DPO Desk — أجل التبليغ</translation>
    </message>
</context>
<context>
    <name>BreachCli</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches/model.py" line="82"/>
        <source>Aucun régime indiqué : la loi 09-08 est retenue (notification à la CNDP sous 72 heures, politique interne de l&apos;organisation). Si des personnes se trouvant dans l&apos;Union européenne sont concernées, ajoutez le régime gdpr.</source>
        <translation>لم يُحدَّد أي نظام قانوني: يُعتمد القانون رقم 09.08 (التبليغ إلى اللجنة الوطنية داخل 72 ساعة، وفق السياسة الداخلية للمؤسسة). إذا كان الأمر يتعلق بأشخاص يوجدون في الاتحاد الأوروبي، أضف النظام القانوني gdpr.</translation>
    </message>
</context>
<context>
    <name>BreachDashboardPanel</name>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="58"/>
        <source>Violations de données ouvertes</source>
        <translation>انتهاكات المعطيات المفتوحة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="59"/>
        <source>Toutes les violations</source>
        <translation>جميع الانتهاكات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="74"/>
        <source>Délai restant</source>
        <translation>الأجل المتبقي</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="75"/>
        <source>Référence</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="76"/>
        <source>Intitulé</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="77"/>
        <source>Statut</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="78"/>
        <source>Échéance</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="82"/>
        <source>Violations ouvertes</source>
        <translation>الانتهاكات المفتوحة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="147"/>
        <source>Aucune violation ouverte.</source>
        <translation>لا يوجد انتهاك مفتوح.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="151"/>
        <source>{open} · {waiting} en attente de notification à l&apos;autorité · {overdue} hors délai</source>
        <translation>{open} · في انتظار التبليغ إلى السلطة: {waiting} · خارج الأجل: {overdue}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="154"/>
        <source>%n ouverte(s)</source>
        <translation>
            <numerusform>مفتوحة: %n</numerusform>
            <numerusform>مفتوحة: %n</numerusform>
            <numerusform>مفتوحة: %n</numerusform>
            <numerusform>مفتوحة: %n</numerusform>
            <numerusform>مفتوحة: %n</numerusform>
            <numerusform>مفتوحة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/breaches/dashboard_panel.py" line="161"/>
        <source>… et %n autre(s) : voir toutes les violations.</source>
        <translation>
            <numerusform>… ولا انتهاكات أخرى.</numerusform>
            <numerusform>… وانتهاك آخر: انظر جميع الانتهاكات.</numerusform>
            <numerusform>… وانتهاكان آخران: انظر جميع الانتهاكات.</numerusform>
            <numerusform>… و%n انتهاكات أخرى: انظر جميع الانتهاكات.</numerusform>
            <numerusform>… و%n انتهاكا آخر: انظر جميع الانتهاكات.</numerusform>
            <numerusform>… و%n انتهاك آخر: انظر جميع الانتهاكات.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachDeadline</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches/clock.py" line="39"/>
        <source>légal (RGPD art. 33)</source>
        <translation>قانوني (المادة 33 من RGPD)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/clock.py" line="40"/>
        <source>politique interne (la loi 09-08 ne fixe pas de délai)</source>
        <translation>السياسة الداخلية (لا يحدد القانون رقم 09.08 أي أجل)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/clock.py" line="43"/>
        <source>légal (loi 05-20)</source>
        <translation>قانوني (القانون رقم 05.20)</translation>
    </message>
</context>
<context>
    <name>BreachDetail</name>
    <message>
        <location filename="../../dpo_desk/ui/breaches/detail.py" line="117"/>
        <source>Étape terminée</source>
        <extracomment>the stylesheet&apos;s padding (12 px a side) and border (2 px a side when current)</extracomment>
        <translation>خطوة منجزة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/detail.py" line="119"/>
        <source>Étape à compléter</source>
        <translation>خطوة يتعين استكمالها</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/detail.py" line="154"/>
        <source>‹  Toutes les violations</source>
        <translation>‹  جميع الانتهاكات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/detail.py" line="170"/>
        <source>Rédiger un courrier…</source>
        <translation>تحرير رسالة…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/detail.py" line="258"/>
        <source>Connue le {aware} · notification à : {authority}, au plus tard le {deadline} · délai {basis}</source>
        <translation>العلم بالانتهاك: {aware} · التبليغ إلى: {authority}، في أجل أقصاه {deadline} · أجل {basis}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/detail.py" line="268"/>
        <source>Obligations : {duties}</source>
        <translation>الالتزامات: {duties}</translation>
    </message>
</context>
<context>
    <name>BreachDuty</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="43"/>
        <source>Autorité de contrôle de l&apos;UE (CNIL ou autre)</source>
        <translation>سلطة مراقبة في الاتحاد الأوروبي (CNIL أو غيرها)</translation>
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
        <translation>التزام قانوني، المادة 33 من RGPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="53"/>
        <source>politique interne de l&apos;organisation ; la loi 09-08 ne prévoit pas de notification des violations</source>
        <translation>السياسة الداخلية للمؤسسة؛ لا ينص القانون رقم 09.08 على التبليغ عن الانتهاكات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="58"/>
        <source>obligation légale, loi 05-20 relative à la cybersécurité</source>
        <translation>التزام قانوني، القانون رقم 05.20 المتعلق بالأمن السيبراني</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="72"/>
        <source>dès la prise de connaissance</source>
        <translation>فور العلم بالانتهاك</translation>
    </message>
</context>
<context>
    <name>BreachFields</name>
    <message>
        <location filename="../../dpo_desk/ui/breaches/fields.py" line="167"/>
        <source>nombre approximatif</source>
        <translation>عدد تقريبي</translation>
    </message>
</context>
<context>
    <name>BreachForms</name>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="43"/>
        <source>Ce qui s&apos;est passé, en une ligne</source>
        <translation>ما حدث، في سطر واحد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="48"/>
        <source>Les faits : comment la violation s&apos;est produite, comment elle a été détectée, ce qui est déjà connu.</source>
        <translation>الوقائع: كيف وقع الانتهاك، وكيف تم اكتشافه، وما هو معروف حتى الآن.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="71"/>
        <source>Inconnu</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="78"/>
        <source>Intitulé *</source>
        <translation>العنوان *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="79"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="80"/>
        <source>Régime(s) *</source>
        <translation>القانون المطبق *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="81"/>
        <source>Début de la violation</source>
        <translation>بداية الانتهاك</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="82"/>
        <source>Découverte le *</source>
        <translation>تاريخ الاكتشاف *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="83"/>
        <source>Connaissance acquise le *</source>
        <translation>تاريخ العلم *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="162"/>
        <source>Confidentialité (divulgation, accès non autorisé)</source>
        <translation>السرية (إفشاء، ولوج غير مرخص)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="167"/>
        <source>Intégrité (altération)</source>
        <translation>السلامة (تحريف)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="170"/>
        <source>Disponibilité (perte, destruction)</source>
        <translation>الإتاحة (ضياع، إتلاف)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="191"/>
        <source>Une catégorie par ligne : comptes, factures…</source>
        <translation>فئة في كل سطر: حسابات، فواتير…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="204"/>
        <source>Des mineurs sont concernés</source>
        <translation>يتعلق الأمر بقاصرين</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="64"/>
        <source>Sous le RGPD, les 72 heures sont légales (article 33 du RGPD) ; sous la seule loi 09-08, elles sont une politique interne.</source>
        <translation>في إطار RGPD، يكون أجل 72 ساعة أجلا قانونيا (المادة 33 من RGPD)؛ أما في إطار القانون رقم 09.08 وحده، فهو أجل السياسة الداخلية.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="182"/>
        <source>Une catégorie par ligne : clients, salariés, usagers…</source>
        <translation>فئة في كل سطر: الزبناء، الأجراء، المرتفقون…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="209"/>
        <source>Conséquences probables pour les personnes</source>
        <translation>العواقب المحتملة على الأشخاص</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="217"/>
        <source>Mesures prises pour remédier à la violation</source>
        <translation>التدابير المتخذة لمعالجة الانتهاك</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="225"/>
        <source>Mesures proposées, y compris pour en atténuer les effets</source>
        <translation>التدابير المقترحة، بما فيها تدابير التخفيف من آثاره</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="233"/>
        <source>Un sous-traitant par ligne</source>
        <translation>معالج من الباطن في كل سطر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="239"/>
        <source>Atteinte à *</source>
        <translation>المس بـ *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="242"/>
        <source>Personnes concernées</source>
        <translation>الأشخاص المعنيون</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="244"/>
        <source>Nombre de personnes</source>
        <translation>عدد الأشخاص</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="245"/>
        <source>Enregistrements</source>
        <translation>التسجيلات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="248"/>
        <source>Nombre d&apos;enregistrements</source>
        <translation>عدد التسجيلات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="250"/>
        <source>Catégories de données</source>
        <translation>فئات المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="252"/>
        <source>Conséquences</source>
        <translation>العواقب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="253"/>
        <source>Mesures prises</source>
        <translation>التدابير المتخذة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="254"/>
        <source>Mesures proposées</source>
        <translation>التدابير المقترحة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="255"/>
        <source>Sous-traitants impliqués</source>
        <translation>المعالجون من الباطن المعنيون</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="336"/>
        <source>Intention malveillante (attaque, vol, acte délibéré)</source>
        <translation>نية الإضرار (هجوم، سرقة، فعل متعمد)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="349"/>
        <source>Facilité d&apos;identification</source>
        <translation>سهولة التعرف على الأشخاص</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="353"/>
        <source>Perte de confidentialité</source>
        <translation>فقدان السرية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="355"/>
        <source>Perte d&apos;intégrité</source>
        <translation>فقدان السلامة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="356"/>
        <source>Perte de disponibilité</source>
        <translation>فقدان الإتاحة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="360"/>
        <source>Vraisemblance des conséquences *</source>
        <translation>احتمال وقوع العواقب *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/forms.py" line="395"/>
        <source>La nature de la violation (étape 2) ne mentionne pas cette atteinte.</source>
        <translation>طبيعة الانتهاك (الخطوة 2) لا تذكر هذا المس.</translation>
    </message>
</context>
<context>
    <name>BreachRisk</name>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="243"/>
        <source>Contexte du traitement : {score} sur 4, d&apos;après la catégorie de données la plus sensible (« {category} »).</source>
        <translation>سياق المعالجة: {score} من 4، حسب فئة المعطيات الأكثر حساسية (« {category} »).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="248"/>
        <source>Contexte du traitement : 1 sur 4, aucune catégorie de données n&apos;étant renseignée.</source>
        <translation>سياق المعالجة: 1 من 4، لعدم تحديد أي فئة من المعطيات.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="252"/>
        <source>Des mineurs sont concernés : le contexte est relevé d&apos;un point (plafonné à 4).</source>
        <translation>يتعلق الأمر بقاصرين: يُرفع السياق بنقطة واحدة (بحد أقصى 4).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="256"/>
        <source>Facilité d&apos;identification des personnes : {level} ({score}).</source>
        <translation>سهولة التعرف على الأشخاص: {level} ({score}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="259"/>
        <source>Perte de confidentialité ({level}) : +{score}.</source>
        <translation>فقدان السرية ({level}): ‎+{score}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="262"/>
        <source>Perte d&apos;intégrité ({level}) : +{score}.</source>
        <translation>فقدان السلامة ({level}): ‎+{score}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="263"/>
        <source>Perte de disponibilité ({level}) : +{score}.</source>
        <translation>فقدان الإتاحة ({level}): ‎+{score}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="264"/>
        <source>Intention malveillante : +{score}.</source>
        <translation>نية الإضرار: ‎+{score}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="265"/>
        <source>Gravité (méthode ENISA) : {context} × {identification} + {circumstances} = {score}, soit une gravité « {severity} ».</source>
        <translation>الخطورة (منهجية ENISA): ‎{context} × {identification} + {circumstances} = {score}‎، أي خطورة « {severity} ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="270"/>
        <source>Vraisemblance des conséquences : « {likelihood} ».</source>
        <translation>احتمال وقوع العواقب: « {likelihood} ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="271"/>
        <source>Gravité {severity_step} × vraisemblance {likelihood_step} = {product} : {level}.</source>
        <translation>الخطورة {severity_step} × الاحتمال {likelihood_step} = {product}: {level}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="274"/>
        <source>Niveau retenu par le DPO : {level} (au lieu de {computed}). Motif : {justification}</source>
        <translation>المستوى الذي اعتمده مندوب حماية المعطيات: {level} (بدلا من {computed}). السبب: {justification}</translation>
    </message>
</context>
<context>
    <name>BreachStatus</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="27"/>
        <source>Ouverte</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="28"/>
        <source>Risque évalué</source>
        <translation>الخطر مُقيَّم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="29"/>
        <source>Notifiée à l&apos;autorité</source>
        <translation>مُبلَّغ عنه إلى السلطة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="30"/>
        <source>Communiquée aux personnes concernées</source>
        <translation>تم إخبار الأشخاص المعنيين</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="33"/>
        <source>Clôturée</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="88"/>
        <source>Une violation au statut « {old} » ne peut pas passer au statut « {new} ».</source>
        <translation>لا يمكن لانتهاك في وضعية « {old} » أن ينتقل إلى وضعية « {new} ».</translation>
    </message>
</context>
<context>
    <name>BreachSteps</name>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/base.py" line="40"/>
        <source>Faits et horloge</source>
        <translation>الوقائع والتوقيت</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/base.py" line="41"/>
        <source>Nature et étendue</source>
        <translation>الطبيعة والنطاق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/base.py" line="42"/>
        <source>Évaluation du risque</source>
        <translation>تقييم الخطر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/base.py" line="43"/>
        <source>Notifications</source>
        <translation>التبليغات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/base.py" line="44"/>
        <source>Chronologie et clôture</source>
        <translation>التسلسل الزمني والإغلاق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/base.py" line="141"/>
        <source>Étape {number} — {title}</source>
        <translation>الخطوة {number} — {title}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/facts.py" line="35"/>
        <source>Le délai de 72 heures court à partir du moment où l&apos;organisation a acquis une certitude raisonnable qu&apos;une violation de données personnelles s&apos;est produite (RGPD art. 33(1)). Les heures sont saisies dans le fuseau de l&apos;organisation.</source>
        <translation>يسري أجل 72 ساعة من اللحظة التي تحصل فيها للمؤسسة قناعة معقولة بوقوع انتهاك للمعطيات ذات الطابع الشخصي (المادة 33(1) من RGPD). تُدخل الأوقات حسب المنطقة الزمنية للمؤسسة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/facts.py" line="53"/>
        <source>Enregistrer les faits</source>
        <translation>حفظ الوقائع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/facts.py" line="75"/>
        <source>Le délai de 72 heures court à partir du moment où l&apos;organisation a acquis une certitude raisonnable qu&apos;une violation de données personnelles s&apos;est produite. La loi 09-08 ne prévoit pas de notification des violations : ce délai est celui de la politique interne de l&apos;organisation. Les heures sont saisies dans le fuseau de l&apos;organisation.</source>
        <translation>يسري أجل 72 ساعة من اللحظة التي تحصل فيها للمؤسسة قناعة معقولة بوقوع انتهاك للمعطيات ذات الطابع الشخصي. لا ينص القانون رقم 09.08 على التبليغ عن الانتهاكات: هذا الأجل هو أجل السياسة الداخلية للمؤسسة. تُدخل الأوقات حسب المنطقة الزمنية للمؤسسة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/facts.py" line="117"/>
        <source>Faits enregistrés.</source>
        <translation>حُفظت الوقائع.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/nature.py" line="36"/>
        <source>Enregistrer la nature et l&apos;étendue</source>
        <translation>حفظ الطبيعة والنطاق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/nature.py" line="67"/>
        <source>Nature et étendue enregistrées.</source>
        <translation>حُفظت الطبيعة والنطاق.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="61"/>
        <source>Appréciation du DPO</source>
        <translation>تقدير المندوب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="73"/>
        <source>Résultat de la méthode</source>
        <translation>نتيجة المنهجية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="102"/>
        <source>Pourquoi le niveau calculé ne convient pas à cette violation</source>
        <translation>لماذا لا يناسب المستوى المحسوب هذا الانتهاك</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="111"/>
        <source>Niveau retenu</source>
        <translation>المستوى المعتمد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="112"/>
        <source>Justification</source>
        <translation>التبرير</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="89"/>
        <source>Enregistrer l&apos;évaluation</source>
        <translation>حفظ التقييم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="120"/>
        <source>Décision de ne pas notifier l&apos;autorité</source>
        <translation>قرار عدم التبليغ إلى السلطة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="128"/>
        <source>Pourquoi la violation n&apos;est pas susceptible d&apos;engendrer un risque pour les droits et libertés des personnes</source>
        <translation>لماذا لا يُحتمل أن ينشأ عن الانتهاك خطر على حقوق الأشخاص وحرياتهم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="139"/>
        <source>Motifs *</source>
        <translation>الأسباب *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="144"/>
        <source>Consigner la décision de ne pas notifier</source>
        <translation>تقييد قرار عدم التبليغ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="157"/>
        <source>D&apos;après la nature enregistrée (étape 2) : données « {categories} » ; mineurs : {minors}.</source>
        <translation>حسب الطبيعة المسجلة (الخطوة 2): معطيات « {categories} »؛ القاصرون: {minors}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="163"/>
        <source>aucune catégorie renseignée</source>
        <translation>لم تُحدَّد أي فئة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="164"/>
        <source>oui</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="166"/>
        <source>non</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="213"/>
        <source>Niveau calculé : {level}</source>
        <translation>المستوى المحسوب: {level}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="221"/>
        <source>Retenir : {level}</source>
        <translation>اعتماد: {level}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="241"/>
        <source>aperçu, pas encore enregistré</source>
        <translation>معاينة، لم تُحفظ بعد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="244"/>
        <source>modifié, pas encore enregistré</source>
        <translation>معدَّل، لم يُحفظ بعد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="245"/>
        <source>enregistré le {when}</source>
        <translation>حُفظ في {when}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="263"/>
        <source>Justification requise pour retenir un autre niveau que celui calculé.</source>
        <translation>يلزم تبرير لاعتماد مستوى غير المستوى المحسوب.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="293"/>
        <source>Évaluation du risque enregistrée.</source>
        <translation>حُفظ تقييم الخطر.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="311"/>
        <source>Décidée le {when} par {who} : {reasons}</source>
        <translation>قرره {who} في {when}: {reasons}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="331"/>
        <source>Le risque retenu est peu probable : la violation peut ne pas être notifiée. Elle reste inscrite au registre avec les motifs de cette décision (RGPD art. 33(5)).</source>
        <translation>الخطر المعتمد غير مرجح: يجوز عدم التبليغ عن الانتهاك. ويبقى مقيدا في السجل مع أسباب هذا القرار (المادة 33(5) من RGPD).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="357"/>
        <source>Décision de ne pas notifier consignée.</source>
        <translation>قُيِّد قرار عدم التبليغ.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="90"/>
        <source>Aucune notification enregistrée.</source>
        <translation>لا يوجد أي تبليغ مسجل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/facts.py" line="136"/>
        <source>{authority} : notification au plus tard le {when} — {basis}.</source>
        <translation>{authority}: التبليغ في أجل أقصاه {when} — {basis}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="19"/>
        <source>La CNDP n&apos;est pas une autorité de contrôle au sens du RGPD : cette notification est consignée, mais elle ne remplit pas l&apos;obligation de l&apos;article 33 du RGPD.</source>
        <translation>ليست اللجنة الوطنية سلطة مراقبة بمفهوم RGPD: يُقيَّد هذا التبليغ، لكنه لا يفي بالالتزام المنصوص عليه في المادة 33 من RGPD.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="24"/>
        <source>Cette notification est consignée, mais elle ne répond à aucune obligation de cette violation.</source>
        <translation>يُقيَّد هذا التبليغ، لكنه لا يستجيب لأي التزام من الالتزامات المتعلقة بهذا الانتهاك.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/risk.py" line="322"/>
        <source>Le risque retenu est peu probable : selon la politique interne de l&apos;organisation, la CNDP peut ne pas être notifiée. La violation reste inscrite au registre avec les motifs de cette décision.</source>
        <translation>الخطر المعتمد غير مرجح: وفقا للسياسة الداخلية للمؤسسة، يجوز عدم التبليغ إلى اللجنة الوطنية. ويبقى الانتهاك مقيدا في السجل مع أسباب هذا القرار.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="73"/>
        <source>Obligations de notification</source>
        <translation>التزامات التبليغ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="85"/>
        <source>Notifications aux autorités</source>
        <translation>التبليغات إلى السلطات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="118"/>
        <source>Autorité de contrôle de l&apos;UE : Garante, AEPD, APD…</source>
        <translation>سلطة مراقبة في الاتحاد الأوروبي: Garante، AEPD، APD…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="132"/>
        <source>Numéro attribué par l&apos;autorité</source>
        <translation>الرقم الذي منحته السلطة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="567"/>
        <source>Motifs du retard (RGPD art. 33(1))</source>
        <translation>أسباب التأخير (المادة 33(1) من RGPD)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="141"/>
        <source>Contenu transmis, pièces jointes…</source>
        <translation>المضمون المرسل، المرفقات…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="148"/>
        <source>Autorité *</source>
        <translation>السلطة *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="151"/>
        <source>Nom de l&apos;autorité *</source>
        <translation>اسم السلطة *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="153"/>
        <source>Phase *</source>
        <translation>المرحلة *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="154"/>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="216"/>
        <source>Envoyée le *</source>
        <translation>تاريخ الإرسال *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="259"/>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="155"/>
        <source>Canal</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="247"/>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="158"/>
        <source>Référence de l&apos;autorité</source>
        <translation>مرجع السلطة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="249"/>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="136"/>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="160"/>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="571"/>
        <source>Motifs du retard</source>
        <translation>أسباب التأخير</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="161"/>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="219"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="103"/>
        <source>Enregistrer la notification</source>
        <translation>حفظ التبليغ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="209"/>
        <source>Contenu du message, conseils donnés…</source>
        <translation>مضمون الرسالة، النصائح المقدمة…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="217"/>
        <source>Canal *</source>
        <translation>القناة *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="218"/>
        <source>Destinataires *</source>
        <translation>المرسل إليهم *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="178"/>
        <source>Enregistrer la communication</source>
        <translation>حفظ الإخبار</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="233"/>
        <source>Ce qui justifie l&apos;exception</source>
        <translation>ما يبرر الاستثناء</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="239"/>
        <source>Motif</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="242"/>
        <source>Justification *</source>
        <translation>التبرير *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="188"/>
        <source>Consigner l&apos;exception</source>
        <translation>تقييد الاستثناء</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="202"/>
        <source>Qui a été informé : personnes concernées, direction, partenaires…</source>
        <translation>من تم إخباره: الأشخاص المعنيون، الإدارة، الشركاء…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="252"/>
        <source>Déclaration à la DGSSI (loi 05-20 sur la cybersécurité)</source>
        <translation>التصريح لدى DGSSI (القانون رقم 05.20 المتعلق بالأمن السيبراني)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="258"/>
        <source>Les entités et infrastructures soumises à la loi 05-20 déclarent leurs incidents de cybersécurité à la DGSSI.</source>
        <translation>تصرّح الهيئات والبنيات الخاضعة للقانون رقم 05.20 بحوادث الأمن السيبراني لدى المديرية العامة لأمن نظم المعلومات (DGSSI).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="282"/>
        <source>À déterminer</source>
        <translation>يتعين تحديده</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="285"/>
        <source>Oui, la déclaration est requise</source>
        <translation>نعم، التصريح مطلوب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="291"/>
        <source>Non, l&apos;organisation n&apos;y est pas soumise</source>
        <translation>لا، المؤسسة غير خاضعة له</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="300"/>
        <source>Pas encore déclarée</source>
        <translation>لم يُصرَّح به بعد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="309"/>
        <source>Déclaration requise ?</source>
        <translation>هل التصريح مطلوب؟</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="311"/>
        <source>Déclarée le</source>
        <translation>تاريخ التصريح</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="312"/>
        <source>Référence DGSSI</source>
        <translation>مرجع DGSSI</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="270"/>
        <source>Enregistrer la déclaration DGSSI</source>
        <translation>حفظ التصريح لدى DGSSI</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="80"/>
        <source>La loi 09-08 ne prévoit pas de notification des violations : la notification à la CNDP dans les 72 heures est un engagement de la politique interne de l&apos;organisation. Elle peut être faite en plusieurs phases ; passé le délai, les motifs du retard sont consignés au registre.</source>
        <translation>لا ينص القانون رقم 09.08 على التبليغ عن الانتهاكات: التبليغ إلى اللجنة الوطنية داخل 72 ساعة التزامٌ تقرره السياسة الداخلية للمؤسسة. ويمكن أن يتم على عدة مراحل؛ وبعد انقضاء الأجل، تُقيَّد أسباب التأخير في السجل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="87"/>
        <source>La notification à une autorité de contrôle de l&apos;UE (la CNIL ou une autre) se fait dans les 72 heures (article 33(1) du RGPD), au besoin en plusieurs phases : une notification initiale, puis des compléments (article 33(4) du RGPD). Passé le délai, elle est accompagnée des motifs du retard. La CNDP n&apos;est pas une autorité de contrôle au sens du RGPD : la notifier ne remplit pas cette obligation.</source>
        <translation>يتم التبليغ إلى سلطة مراقبة في الاتحاد الأوروبي (CNIL أو غيرها) داخل 72 ساعة (المادة 33(1) من RGPD)، وعند الاقتضاء على عدة مراحل: تبليغ أولي، ثم تبليغات تكميلية (المادة 33(4) من RGPD). وبعد انقضاء الأجل، يُرفق بأسباب التأخير. ليست اللجنة الوطنية سلطة مراقبة بمفهوم RGPD: التبليغ إليها لا يفي بهذا الالتزام.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="97"/>
        <source>La notification à la CNDP relève de la politique interne de l&apos;organisation (loi 09-08) et se suit à part.</source>
        <translation>يندرج التبليغ إلى اللجنة الوطنية ضمن السياسة الداخلية للمؤسسة (القانون رقم 09.08) ويُتتبَّع بشكل منفصل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="431"/>
        <source>{authority} — {phase}, envoyée le {when} ({channel})</source>
        <translation>{authority} — {phase}، أُرسل في {when} ({channel})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="442"/>
        <source>Référence : {ref}</source>
        <translation>المرجع: {ref}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="449"/>
        <source>Envoyée après l&apos;échéance — motifs : {reason}</source>
        <translation>أُرسل بعد الأجل — الأسباب: {reason}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="465"/>
        <source>{when} — {channel} — {audience}</source>
        <translation>{when} — {channel} — {audience}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="155"/>
        <source>Le risque n&apos;est pas encore évalué (étape 3) : on ne sait pas encore s&apos;il faut informer les personnes.</source>
        <translation>لم يُقيَّم الخطر بعد (الخطوة 3): لا يُعرف بعد هل يجب إخبار الأشخاص.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="164"/>
        <source>Les personnes concernées ont été informées.</source>
        <translation>تم إخبار الأشخاص المعنيين.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="175"/>
        <source>Le risque retenu n&apos;est pas élevé : la communication aux personnes n&apos;est pas obligatoire.</source>
        <translation>الخطر المعتمد غير مرتفع: إخبار الأشخاص غير إلزامي.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="213"/>
        <source>Consignée le {when} : {ground}. {justification}</source>
        <translation>قُيِّد في {when}: {ground}. {justification}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="221"/>
        <source>À consigner seulement si l&apos;une des exceptions s&apos;applique.</source>
        <translation>لا يُقيَّد إلا إذا انطبق أحد الاستثناءات.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="224"/>
        <source>Ne se conçoit que pour un risque élevé.</source>
        <translation>لا يُتصوَّر إلا في حالة خطر مرتفع.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="542"/>
        <source>Cette notification remplit l&apos;obligation de l&apos;article 33 du RGPD.</source>
        <translation>يفي هذا التبليغ بالالتزام المنصوص عليه في المادة 33 من RGPD.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="550"/>
        <source>Cette notification répond à la politique interne de l&apos;organisation (la loi 09-08 ne prévoit pas de notification des violations).</source>
        <translation>يستجيب هذا التبليغ للسياسة الداخلية للمؤسسة (لا ينص القانون رقم 09.08 على التبليغ عن الانتهاكات).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="563"/>
        <source>Motifs du retard (politique interne)</source>
        <translation>أسباب التأخير (السياسة الداخلية)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="597"/>
        <source>Envoyée après l&apos;échéance du {deadline} fixée par la politique interne de l&apos;organisation : la notification à la CNDP ne peut pas être enregistrée sans les motifs du retard, consignés au registre. Renseignez le champ « Motifs du retard ».</source>
        <translation>أُرسل بعد أجل {deadline} الذي حددته السياسة الداخلية للمؤسسة: لا يمكن حفظ التبليغ إلى اللجنة الوطنية دون أسباب التأخير، التي تُقيَّد في السجل. املأ الحقل « أسباب التأخير ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="608"/>
        <source>Envoyée après l&apos;échéance du {deadline} : la notification ne peut pas être enregistrée sans les motifs du retard (RGPD art. 33(1)). Renseignez le champ « Motifs du retard ».</source>
        <translation>أُرسل بعد أجل {deadline}: لا يمكن حفظ التبليغ دون أسباب التأخير (المادة 33(1) من RGPD). املأ الحقل « أسباب التأخير ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="656"/>
        <source>Notification enregistrée.</source>
        <translation>حُفظ التبليغ.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="686"/>
        <source>Communication aux personnes enregistrée.</source>
        <translation>حُفظ إخبار الأشخاص.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/notify.py" line="763"/>
        <source>Déclaration DGSSI enregistrée.</source>
        <translation>حُفظ التصريح لدى DGSSI.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="107"/>
        <source>La chronologie garde chaque étape avec son auteur et son heure. La violation se clôture une fois ses obligations remplies et les mesures correctives consignées (RGPD art. 33(5)).</source>
        <translation>يحتفظ التسلسل الزمني بكل خطوة مع صاحبها ووقتها. يُغلق ملف الانتهاك بعد الوفاء بالالتزامات وتقييد التدابير التصحيحية (المادة 33(5) من RGPD).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="40"/>
        <source>Ce que la notification doit décrire (article 33(3) du RGPD) : la nature de la violation, les catégories et le nombre approximatif de personnes et d&apos;enregistrements concernés, les conséquences probables et les mesures. Ces informations peuvent être complétées par phases (article 33(4) du RGPD).</source>
        <translation>ما يجب أن يصفه التبليغ (المادة 33(3) من RGPD): طبيعة الانتهاك، وفئات الأشخاص والتسجيلات المعنية وعددها التقريبي، والعواقب المحتملة، والتدابير. ويمكن استكمال هذه المعلومات على مراحل (المادة 33(4) من RGPD).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="47"/>
        <source>Ce que la notification à la CNDP décrit, selon la politique interne de l&apos;organisation : la nature de la violation, les catégories et le nombre approximatif de personnes et d&apos;enregistrements concernés, les conséquences probables et les mesures. Ces informations peuvent être complétées par phases.</source>
        <translation>ما يصفه التبليغ إلى اللجنة الوطنية، وفقا للسياسة الداخلية للمؤسسة: طبيعة الانتهاك، وفئات الأشخاص والتسجيلات المعنية وعددها التقريبي، والعواقب المحتملة، والتدابير. ويمكن استكمال هذه المعلومات على مراحل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="58"/>
        <source>Gravité selon la méthode de l&apos;ENISA (contexte des données × facilité d&apos;identification + circonstances), croisée avec la vraisemblance des conséquences. Un risque peu probable dispense de notifier, décision motivée à l&apos;appui (article 33(1) et (5) du RGPD) ; un risque élevé impose d&apos;informer les personnes concernées (article 34 du RGPD).</source>
        <translation>الخطورة حسب منهجية ENISA (سياق المعطيات × سهولة التعرف على الأشخاص + الظروف)، مقرونة باحتمال وقوع العواقب. الخطر غير المرجح يُعفي من التبليغ، بناء على قرار معلل (المادة 33(1) و(5) من RGPD)؛ والخطر المرتفع يفرض إخبار الأشخاص المعنيين (المادة 34 من RGPD).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="66"/>
        <source>Gravité selon la méthode de l&apos;ENISA (contexte des données × facilité d&apos;identification + circonstances), croisée avec la vraisemblance des conséquences. La loi 09-08 ne prévoit ni notification des violations ni information des personnes : selon la politique interne de l&apos;organisation, un risque peu probable dispense de notifier la CNDP, décision motivée à l&apos;appui, et un risque élevé appelle l&apos;information immédiate des personnes concernées.</source>
        <translation>الخطورة حسب منهجية ENISA (سياق المعطيات × سهولة التعرف على الأشخاص + الظروف)، مقرونة باحتمال وقوع العواقب. لا ينص القانون رقم 09.08 على التبليغ عن الانتهاكات ولا على إخبار الأشخاص: وفقا للسياسة الداخلية للمؤسسة، الخطر غير المرجح يُعفي من التبليغ إلى اللجنة الوطنية، بناء على قرار معلل، والخطر المرتفع يستدعي الإخبار الفوري للأشخاص المعنيين.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="113"/>
        <source>La chronologie garde chaque étape avec son auteur et son heure. La violation se clôture une fois tenus les engagements de la politique interne de l&apos;organisation (notifier la CNDP, informer les personnes, ou une décision motivée de s&apos;en dispenser) et les mesures correctives consignées au registre des violations.</source>
        <translation>يحتفظ التسلسل الزمني بكل خطوة مع صاحبها ووقتها. يُغلق ملف الانتهاك بعد الوفاء بالتزامات السياسة الداخلية للمؤسسة (التبليغ إلى اللجنة الوطنية، وإخبار الأشخاص، أو قرار معلل بالإعفاء من ذلك) وتقييد التدابير التصحيحية في سجل الانتهاكات.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="125"/>
        <source>Communication aux personnes concernées (article 34 du RGPD)</source>
        <translation>إخبار الأشخاص المعنيين (المادة 34 من RGPD)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="128"/>
        <source>Information des personnes concernées (politique interne)</source>
        <translation>إخبار الأشخاص المعنيين (السياسة الداخلية)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="135"/>
        <source>Exception de l&apos;article 34(3) du RGPD</source>
        <translation>استثناء المادة 34(3) من RGPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="136"/>
        <source>Exception à l&apos;information des personnes</source>
        <translation>الاستثناء من إخبار الأشخاص</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="141"/>
        <source>Exception de l&apos;article 34(3) du RGPD consignée.</source>
        <translation>قُيِّد استثناء المادة 34(3) من RGPD.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="144"/>
        <source>Exception à l&apos;information des personnes consignée.</source>
        <translation>قُيِّد الاستثناء من إخبار الأشخاص.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="194"/>
        <source>Risque élevé : les personnes concernées doivent être informées dans les meilleurs délais (article 34(1) du RGPD), sauf exception de l&apos;article 34(3) du RGPD.</source>
        <translation>خطر مرتفع: يجب إخبار الأشخاص المعنيين في أقرب الآجال (المادة 34(1) من RGPD)، إلا في حالة استثناء بموجب المادة 34(3) من RGPD.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="201"/>
        <source>Risque élevé : la politique interne de l&apos;organisation prévoit d&apos;informer immédiatement les personnes concernées, sauf exception consignée.</source>
        <translation>خطر مرتفع: تنص السياسة الداخلية للمؤسسة على إخبار الأشخاص المعنيين فورا، إلا في حالة استثناء مقيد.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/words.py" line="183"/>
        <source>Le risque retenu n&apos;est pas élevé : l&apos;information des personnes n&apos;est pas exigée pour clôturer la violation.</source>
        <translation>الخطر المعتمد غير مرتفع: إخبار الأشخاص غير مطلوب لإغلاق ملف الانتهاك.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="46"/>
        <source>Chronologie</source>
        <translation>التسلسل الزمني</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="57"/>
        <source>Ce qui s&apos;est passé</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="261"/>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="63"/>
        <source>Événement</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="64"/>
        <source>Le *</source>
        <translation>في *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="263"/>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="65"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="71"/>
        <source>Ajouter à la chronologie</source>
        <translation>إضافة إلى التسلسل الزمني</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="78"/>
        <source>Mesures correctives et clôture</source>
        <translation>التدابير التصحيحية والإغلاق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="84"/>
        <source>Les mesures prises pour que la violation ne se reproduise pas</source>
        <translation>التدابير المتخذة لتفادي تكرار الانتهاك</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="96"/>
        <source>Mesures correctives *</source>
        <translation>التدابير التصحيحية *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="106"/>
        <source>Enregistrer les mesures</source>
        <translation>حفظ التدابير</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="110"/>
        <source>Clôturer la violation</source>
        <translation>إغلاق ملف الانتهاك</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="113"/>
        <source>Une violation clôturée ne peut plus être modifiée.</source>
        <translation>لا يمكن تعديل انتهاك مغلق.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="151"/>
        <source>{when} — {kind} — {author}</source>
        <translation>{when} — {kind} — {author}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="172"/>
        <source>Violation clôturée le {when}.</source>
        <translation>أُغلق ملف الانتهاك في {when}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="185"/>
        <source>La clôture exige les mesures correctives : renseignez le champ « Mesures correctives ».</source>
        <translation>يستلزم الإغلاق التدابير التصحيحية: املأ الحقل « التدابير التصحيحية ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="211"/>
        <source>Événement ajouté.</source>
        <translation>أُضيف الحدث.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="224"/>
        <source>Mesures correctives enregistrées.</source>
        <translation>حُفظت التدابير التصحيحية.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="237"/>
        <source>Clôturer la violation ?</source>
        <translation>إغلاق ملف الانتهاك؟</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="238"/>
        <source>La violation {reference} sera clôturée : sa fiche ne pourra plus être modifiée. Elle reste au registre des violations, avec son journal.</source>
        <translation>سيُغلق ملف الانتهاك {reference}‏: لن يعود بالإمكان تعديل بطاقته. ويبقى مقيدا في سجل الانتهاكات، مع سجل عملياته.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="243"/>
        <source>Clôturer</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/steps/close.py" line="250"/>
        <source>Violation {reference} clôturée.</source>
        <translation>أُغلق ملف الانتهاك {reference}.</translation>
    </message>
</context>
<context>
    <name>BreachTableModel</name>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="133"/>
        <source>Cliquer pour trier par échéance</source>
        <extracomment>emitted after each tick, once the countdown column was refreshed (tests wait on it)</extracomment>
        <translation>انقر للترتيب حسب تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="138"/>
        <source>Référence</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="139"/>
        <source>Intitulé</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="140"/>
        <source>Statut</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="141"/>
        <source>Connue le</source>
        <translation>تاريخ العلم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="142"/>
        <source>Échéance (72 h)</source>
        <translation>الأجل (72 س)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="143"/>
        <source>Délai restant</source>
        <translation>الأجل المتبقي</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="144"/>
        <source>Risque</source>
        <translation>الخطر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="145"/>
        <source>Notifiée</source>
        <translation>مُبلَّغ عنه</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="204"/>
        <source>Non (décision)</source>
        <translation>لا (بقرار)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/model.py" line="205"/>
        <source>Non</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>BreachTexts</name>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="98"/>
        <source>Ouverte</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="99"/>
        <source>Évaluée</source>
        <translation>مُقيَّم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="100"/>
        <source>Notifiée</source>
        <translation>مُبلَّغ عنه</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="101"/>
        <source>Communiquée</source>
        <translation>تم الإخبار</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="102"/>
        <source>Clôturée</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="108"/>
        <source>Non évalué</source>
        <translation>غير مُقيَّم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="117"/>
        <source>Peu probable</source>
        <translation>غير مرجح</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="118"/>
        <source>Risque</source>
        <translation>خطر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="119"/>
        <source>Élevé</source>
        <translation>مرتفع</translation>
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
        <translation>{zone}، {offset}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="282"/>
        <source>non notifiée (décision)</source>
        <translation>غير مُبلَّغ عنه (بقرار)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="286"/>
        <source>clôturée</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="317"/>
        <source>{authority} — {citation}</source>
        <translation>{authority} — {citation}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="327"/>
        <source>déclarée le {when}</source>
        <translation>تم التصريح في {when}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="330"/>
        <source>notifiée le {when}, après l&apos;échéance du {deadline}</source>
        <translation>تم التبليغ في {when}، بعد أجل {deadline}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="334"/>
        <source>notifiée le {when}</source>
        <translation>تم التبليغ في {when}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="342"/>
        <source>non notifiée : décision motivée (risque peu probable)</source>
        <translation>لم يتم التبليغ: قرار معلل (خطر غير مرجح)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="346"/>
        <source>applicabilité de la loi 05-20 à déterminer</source>
        <translation>يتعين تحديد مدى انطباق القانون رقم 05.20</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="350"/>
        <source>déclaration requise, à faire {when}</source>
        <translation>التصريح مطلوب، ويتعين القيام به {when}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="354"/>
        <source>à notifier au plus tard le {deadline}</source>
        <translation>يتعين التبليغ في أجل أقصاه {deadline}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="358"/>
        <source>{text} ({countdown})</source>
        <translation>{text} ({countdown})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/texts.py" line="384"/>
        <source>{state} le {when}</source>
        <translation>{state} في {when}</translation>
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
        <translation>انتهاكات المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="70"/>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="114"/>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="240"/>
        <source>Nouvelle violation</source>
        <translation>انتهاك جديد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="116"/>
        <source>Enregistrer une violation dès qu&apos;elle est connue ({keys})</source>
        <translation>سجّل الانتهاك بمجرد العلم به ({keys})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="127"/>
        <source>Chaque violation est inscrite au registre des violations, notifiée ou non (article 33(5) du RGPD ; sous la seule loi 09-08, politique interne). Le délai de 72 heures court depuis la prise de connaissance, légal sous le RGPD, politique interne sous la loi 09-08 : vert au-delà de 24 h, orange en deçà, rouge sous 6 h.</source>
        <translation>يُقيَّد كل انتهاك في سجل الانتهاكات، سواء تم التبليغ عنه أم لا (المادة 33(5) من RGPD؛ وفي إطار القانون رقم 09.08 وحده، بموجب السياسة الداخلية). يسري أجل 72 ساعة من العلم بالانتهاك، وهو أجل قانوني في إطار RGPD، وأجل السياسة الداخلية في إطار القانون رقم 09.08: بالأخضر إذا بقي أكثر من 24 س، وبالبرتقالي إذا بقي أقل من ذلك، وبالأحمر إذا بقي أقل من 6 س.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="176"/>
        <source>Rechercher : référence, intitulé…</source>
        <translation>بحث: المرجع، العنوان…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="178"/>
        <source>Rechercher une violation</source>
        <translation>البحث عن انتهاك</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="186"/>
        <source>Violations affichées</source>
        <translation>الانتهاكات المعروضة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="187"/>
        <source>Ouvertes seulement</source>
        <translation>المفتوحة فقط</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="188"/>
        <source>Toutes, y compris clôturées</source>
        <translation>الكل، بما فيها المغلقة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="191"/>
        <source>Statut</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="192"/>
        <source>Tous les statuts</source>
        <translation>جميع الوضعيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="143"/>
        <source>Liste des violations</source>
        <translation>قائمة الانتهاكات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="234"/>
        <source>Aucune violation enregistrée</source>
        <translation>لا يوجد أي انتهاك مسجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="236"/>
        <source>Dès qu&apos;un incident touche des données personnelles, enregistrez-le ici : DPO Desk lance le compte à rebours de 72 heures pour notifier l&apos;autorité et vous guide pas à pas jusqu&apos;à la clôture.</source>
        <translation>بمجرد أن يمس حادث معطيات شخصية، سجّله هنا: يبدأ DPO Desk العد التنازلي لـ 72 ساعة للتبليغ إلى السلطة ويرافقك خطوة بخطوة حتى إغلاق الملف.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="245"/>
        <source>Aucune violation ne correspond</source>
        <translation>لا يوجد انتهاك مطابق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="247"/>
        <source>Aucune violation ouverte ne répond à ce filtre : les violations clôturées restent consultables sous « Toutes ».</source>
        <translation>لا يوجد انتهاك مفتوح يطابق هذا الفرز: تبقى الانتهاكات المغلقة متاحة للاطلاع ضمن « الكل ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="250"/>
        <source>Afficher toutes les violations</source>
        <translation>عرض جميع الانتهاكات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="69"/>
        <source>Violation {reference}</source>
        <translation>الانتهاك {reference}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="71"/>
        <source>Le formulaire de nouvelle violation n&apos;a pas pu être rouvert.</source>
        <translation>تعذّرت إعادة فتح نموذج الانتهاك الجديد.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="74"/>
        <source>{label} n&apos;existe plus dans le registre : les modifications conservées sont abandonnées.</source>
        <translation>{label} لم يعد موجودًا في السجل: أُلغيت التعديلات المحتفَظ بها.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="79"/>
        <source>{label} a été clôturée entre-temps : les modifications conservées ne peuvent plus être appliquées.</source>
        <translation>أُغلق {label} في الأثناء: لم يعد بالإمكان تطبيق التعديلات المحتفَظ بها.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/__init__.py" line="107"/>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="256"/>
        <source>Violations</source>
        <translation>الانتهاكات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="326"/>
        <source>1 violation</source>
        <translation>انتهاك واحد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="327"/>
        <source>{count} violations</source>
        <translation>العدد: {count}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/breaches.py" line="403"/>
        <source>Violation {reference} enregistrée — notification au plus tard le {date}.</source>
        <translation>سُجِّل الانتهاك {reference} — التبليغ في أجل أقصاه {date}.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="100"/>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="458"/>
        <source>Jour férié</source>
        <translation>يوم عطلة رسمية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="101"/>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="472"/>
        <source>Fermeture de l&apos;organisation</source>
        <translation>إغلاق المؤسسة</translation>
    </message>
</context>
<context>
    <name>CalendarCard</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/calendar_rows.py" line="57"/>
        <source>Date confirmée</source>
        <translation>تاريخ مؤكد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/calendar_rows.py" line="60"/>
        <source>Déplacé (prévu le {date})</source>
        <translation>نُقل (كان مقررا في {date})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/calendar_rows.py" line="63"/>
        <source>Date déplacée</source>
        <translation>تاريخ منقول</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/calendar_rows.py" line="65"/>
        <source>Ajouté par l&apos;organisation</source>
        <translation>أضافته المؤسسة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/calendar_rows.py" line="71"/>
        <source>Déplacé au {date} : jour ouvré</source>
        <translation>نُقل إلى {date}: يوم عمل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/calendar_rows.py" line="74"/>
        <source>Retiré : jour ouvré</source>
        <translation>أُزيل: يوم عمل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/calendar_rows.py" line="86"/>
        <source>Une fermeture ne reporte que les échéances de politique interne, jamais un délai légal (loi 09-08, RGPD).</source>
        <translation>لا يؤجل إغلاق المؤسسة إلا آجال السياسة الداخلية، ولا يؤجل أبدا أجلا قانونيا (القانون رقم 09.08، RGPD).</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../../dpo_desk/ui/calendar_export.py" line="58"/>
        <source>echeances</source>
        <translation>الآجال</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_export.py" line="67"/>
        <source>Exporter le calendrier des échéances</source>
        <translation>تصدير تقويم الآجال</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_export.py" line="69"/>
        <source>Calendrier iCalendar (*.ics)</source>
        <translation>تقويم iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_export.py" line="111"/>
        <source>Calendrier non enregistré</source>
        <translation>لم يُحفظ التقويم</translation>
    </message>
</context>
<context>
    <name>CalendarFeed</name>
    <message>
        <location filename="../../dpo_desk/services/calendar_feed.py" line="63"/>
        <source>DPO Desk — échéances</source>
        <translation>DPO Desk — الآجال</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/calendar_feed.py" line="64"/>
        <source>{reference} — échéance ({rights})</source>
        <translation>{reference} — الأجل ({rights})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/calendar_feed.py" line="65"/>
        <source>{reference} — notification 72 h ({authority})</source>
        <translation>{reference} — أجل التبليغ 72 ساعة ({authority})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/calendar_feed.py" line="66"/>
        <source>Revue du sous-traitant {name}</source>
        <translation>مراجعة المعالج من الباطن {name}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/calendar_feed.py" line="67"/>
        <source>Fin du contrat du sous-traitant {name}</source>
        <translation>نهاية عقد المعالج من الباطن {name}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/calendar_feed.py" line="68"/>
        <source>Formalité CNDP à accomplir : {formality} — traitement « {name} »</source>
        <translation>إجراء يتعين القيام به لدى CNDP: {formality} — المعالجة « ⁨{name}⁩ »</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/calendar_feed.py" line="71"/>
        <source>Modification à déclarer à la CNDP : {formality} — traitement « {name} »</source>
        <translation>تعديل يتعين التصريح به لدى CNDP: {formality} — المعالجة « ⁨{name}⁩ »</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/calendar_feed.py" line="76"/>
        <source>Le calendrier exporté ne sera pas chiffré.</source>
        <translation>لن يكون التقويم المصدَّر مشفرا.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/calendar_feed.py" line="79"/>
        <source>Il ne contient ni nom ni coordonnées de personne : seulement des références, des types d&apos;échéance, des dates et les noms des sous-traitants et des traitements. Il révèle cependant l&apos;activité du registre : enregistrez-le dans un emplacement protégé et ne le partagez pas.</source>
        <translation>لا يتضمن أسماء الأشخاص ولا معلومات الاتصال بهم: بل المراجع وأنواع الآجال والتواريخ وأسماء المعالجين من الباطن والمعالجات فقط. غير أنه يكشف نشاط السجل: احفظه في موقع محمي ولا تشاركه.</translation>
    </message>
</context>
<context>
    <name>CalendarTexts</name>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="717"/>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="96"/>
        <source>{holiday} {year}</source>
        <translation>{holiday} {year} هـ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="106"/>
        <source>confirmé le {date}</source>
        <translation>أُكِّد في {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="109"/>
        <source>confirmé (annonce officielle)</source>
        <translation>مؤكد (إعلان رسمي)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="115"/>
        <source>Date estimée ({date}) : calendrier Umm al-Qura, plus un jour. Elle ne reporte aucune échéance tant qu&apos;elle n&apos;est pas confirmée : confirmez-la dès l&apos;annonce du ministère des Habous et des Affaires islamiques.</source>
        <translation>تاريخ تقديري ({date}): تقويم أم القرى، مع إضافة يوم واحد. لا يؤجل أي أجل ما دام غير مؤكد: أكّده فور إعلان وزارة الأوقاف والشؤون الإسلامية.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="122"/>
        <source>Premier jour confirmé par le DPO le {confirmed_on} : {first_day}.</source>
        <translation>اليوم الأول كما أكّده المندوب في {confirmed_on}: {first_day}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="129"/>
        <source>Premier jour selon l&apos;annonce officielle : {first_day}.</source>
        <translation>اليوم الأول حسب الإعلان الرسمي: {first_day}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="134"/>
        <source>La date estimée était le {date}.</source>
        <translation>كان التاريخ التقديري {date}.</translation>
    </message>
</context>
<context>
    <name>CaseKind</name>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="43"/>
        <source>Demande de droits</source>
        <translation>طلب ممارسة الحقوق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="44"/>
        <source>Violation</source>
        <translation>انتهاك</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="109"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="110"/>
        <source>Courrier postal</source>
        <translation>البريد العادي</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="111"/>
        <source>Formulaire en ligne</source>
        <translation>الاستمارة الإلكترونية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="112"/>
        <source>Téléphone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="113"/>
        <source>En personne</source>
        <translation>الحضور الشخصي</translation>
    </message>
</context>
<context>
    <name>CndpRegime</name>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="205"/>
        <source>Déclaration préalable</source>
        <translation>تصريح مسبق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="206"/>
        <source>Autorisation préalable</source>
        <translation>إذن مسبق</translation>
    </message>
</context>
<context>
    <name>CommunicationChannel</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="82"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="83"/>
        <source>SMS</source>
        <translation>رسالة نصية قصيرة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="84"/>
        <source>Message dans l&apos;application</source>
        <translation>رسالة داخل التطبيق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="87"/>
        <source>Courrier postal</source>
        <translation>البريد العادي</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="88"/>
        <source>Téléphone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="89"/>
        <source>Avis public sur le site</source>
        <translation>إعلان عمومي على الموقع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="92"/>
        <source>Communiqué de presse</source>
        <translation>بلاغ صحفي</translation>
    </message>
</context>
<context>
    <name>Confirmations</name>
    <message>
        <location filename="../../dpo_desk/ui/widgets.py" line="690"/>
        <source>Abandonner les modifications ?</source>
        <translation>التخلي عن التعديلات؟</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/widgets.py" line="694"/>
        <source>Ce qui a été saisi dans ce formulaire n&apos;est pas enregistré.</source>
        <translation>ما أُدخل في هذا النموذج غير محفوظ.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/widgets.py" line="699"/>
        <source>Abandonner</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/widgets.py" line="703"/>
        <source>Continuer la saisie</source>
        <translation>متابعة الإدخال</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/widgets.py" line="719"/>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches/clock.py" line="128"/>
        <source>{hours} h {minutes:02d} restantes</source>
        <translation>متبقٍّ {hours} س {minutes:02d} د</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/clock.py" line="129"/>
        <source>dépassé de {hours} h</source>
        <translation>تجاوز الأجل بـ {hours} س</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/clock.py" line="130"/>
        <source>notifiée le {date}</source>
        <translation>بُلِّغ عنه في {date}</translation>
    </message>
</context>
<context>
    <name>CountdownLevel</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches/clock.py" line="55"/>
        <source>Dans les délais</source>
        <translation>داخل الأجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/clock.py" line="56"/>
        <source>Moins de 24 heures</source>
        <translation>أقل من 24 ساعة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/clock.py" line="57"/>
        <source>Moins de 6 heures</source>
        <translation>أقل من 6 ساعات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/clock.py" line="58"/>
        <source>Délai dépassé</source>
        <translation>انقضى الأجل</translation>
    </message>
</context>
<context>
    <name>CountriesEdit</name>
    <message>
        <location filename="../../dpo_desk/ui/countries.py" line="179"/>
        <source>Tapez un pays : Espagne, États-Unis…</source>
        <translation>اكتب اسم بلد: إسبانيا، الولايات المتحدة…</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <location filename="../../dpo_desk/ui/countries.py" line="142"/>
        <source>Tapez un nom de pays ou son code</source>
        <extracomment>how many matches the list under the field shows at most</extracomment>
        <translation>اكتب اسم بلد أو رمزه</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/crash.py" line="63"/>
        <source>Erreur inattendue</source>
        <translation>خطأ غير متوقع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/crash.py" line="70"/>
        <source>Une erreur inattendue s&apos;est produite.</source>
        <translation>حدث خطأ غير متوقع.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/crash.py" line="73"/>
        <source>DPO Desk continue de fonctionner, mais la dernière action n&apos;a peut-être pas abouti : vérifiez-la. Pour signaler le problème, copiez les détails ci-dessous et joignez-les à votre message. Ils ne contiennent aucune donnée du registre : seulement les versions et l&apos;endroit du programme où l&apos;erreur est survenue.</source>
        <translation>يواصل DPO Desk العمل، لكن العملية الأخيرة ربما لم تكتمل: تحقق منها. للإبلاغ عن المشكلة، انسخ التفاصيل أدناه وأرفقها برسالتك. لا تتضمن أي معطيات من السجل: بل الإصدارات والموضع من البرنامج الذي وقع فيه الخطأ فقط.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/crash.py" line="102"/>
        <source>Copier les détails</source>
        <translation>نسخ التفاصيل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/crash.py" line="116"/>
        <source>Détails copiés dans le presse-papiers.</source>
        <translation>نُسخت التفاصيل إلى الحافظة.</translation>
    </message>
</context>
<context>
    <name>CreateRegisterDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="49"/>
        <source>registre</source>
        <translation>سجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="70"/>
        <source>Créer un registre — DPO Desk</source>
        <translation>إنشاء سجل — DPO Desk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="72"/>
        <source>Créer un registre</source>
        <translation>إنشاء سجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="74"/>
        <source>Un registre est un fichier chiffré qui réunit les demandes, les violations, les traitements et les sous-traitants d&apos;une organisation.</source>
        <translation>السجل ملف مشفر يجمع طلبات الأشخاص المعنيين وانتهاكات المعطيات والمعالجات والمعالجين من الباطن الخاصة بمؤسسة ما.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="94"/>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="96"/>
        <source>Nom *</source>
        <translation>الاسم *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="97"/>
        <source>Adresse</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="98"/>
        <source>Ville des courriers</source>
        <translation>مدينة الرسائل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="100"/>
        <source>* obligatoire</source>
        <translation>* إلزامي</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="104"/>
        <source>Délégué à la protection des données</source>
        <translation>مندوب حماية المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="106"/>
        <source>Nom</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="107"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="108"/>
        <source>Téléphone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="115"/>
        <source>Phrase secrète</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="119"/>
        <source>Elle chiffre tout le fichier. Personne, pas même l&apos;éditeur, ne peut la retrouver si elle est perdue : notez-la en lieu sûr.</source>
        <translation>تشفّر الملف بأكمله. لا أحد، ولا حتى الناشر، يستطيع استرجاعها إذا ضاعت: دوّنها في مكان آمن.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="128"/>
        <source>Au moins {minimum} caractères</source>
        <translation>{minimum} حرفا على الأقل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="131"/>
        <source>La même, une seconde fois</source>
        <translation>العبارة نفسها مرة ثانية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="134"/>
        <source>Saisie</source>
        <translation>الإدخال</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="135"/>
        <source>Confirmation</source>
        <translation>التأكيد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="162"/>
        <source>Fichier du registre</source>
        <translation>ملف السجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="164"/>
        <source>Choisir l&apos;emplacement…</source>
        <translation>اختيار الموقع…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="175"/>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="175"/>
        <source>Créer le registre</source>
        <translation>إنشاء السجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="193"/>
        <source>Minimum {minimum} caractères.</source>
        <translation>{minimum} حرفا على الأقل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="197"/>
        <source>{label} : {count} caractères sur {minimum} au minimum.</source>
        <translation>{label}: {count} حرفا من أصل {minimum} على الأقل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="205"/>
        <source>Robustesse : {label}</source>
        <translation>المتانة: {label}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="213"/>
        <source>Les deux saisies diffèrent.</source>
        <translation>الإدخالان مختلفان.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="224"/>
        <source>Aucun emplacement choisi</source>
        <translation>لم يتم اختيار أي موقع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="237"/>
        <source>Enregistrer le nouveau registre</source>
        <translation>حفظ السجل الجديد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="239"/>
        <source>Registres DPO Desk (*.dpodesk)</source>
        <translation>سجلات DPO Desk (*.dpodesk)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="279"/>
        <source>Les deux saisies de la phrase secrète diffèrent.</source>
        <translation>إدخالا عبارة المرور مختلفان.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/create_dialog.py" line="304"/>
        <source>La phrase secrète n&apos;a pas pu être confiée au trousseau : elle sera demandée à la prochaine ouverture.</source>
        <translation>تعذر حفظ عبارة المرور في حافظة المفاتيح: ستُطلب عند الفتح المقبل.</translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="195"/>
        <source>Tableau de bord</source>
        <extracomment>emitted after each re-query, with the date it was made for (tests wait on it) emitted once the lunar holidays to confirm are shown (a list, maybe empty) the confirmation dialog on screen, if any (tests drive it)</extracomment>
        <translation>لوحة القيادة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="227"/>
        <source>Demandes d&apos;exercice de droits</source>
        <translation>طلبات ممارسة الحقوق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="231"/>
        <source>Demandes ouvertes</source>
        <translation>الطلبات المفتوحة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="232"/>
        <source>En retard</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="233"/>
        <source>À échéance sous 7 jours</source>
        <translation>تستحق خلال 7 أيام</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="234"/>
        <source>En attente d&apos;identité</source>
        <translation>في انتظار إثبات الهوية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="235"/>
        <source>Voir les demandes ouvertes</source>
        <translation>عرض الطلبات المفتوحة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="236"/>
        <source>Voir les demandes en retard</source>
        <translation>عرض الطلبات المتأخرة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="238"/>
        <source>Voir les demandes à échéance dans les 7 prochains jours</source>
        <translation>عرض الطلبات التي يحل أجلها خلال الأيام السبعة القادمة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="241"/>
        <source>Voir les demandes en attente d&apos;un justificatif d&apos;identité</source>
        <translation>عرض الطلبات في انتظار وثيقة إثبات الهوية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="261"/>
        <source>À traiter en priorité</source>
        <translation>للمعالجة بالأولوية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="262"/>
        <source>Toutes les demandes</source>
        <translation>جميع الطلبات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="271"/>
        <source>Les demandes ouvertes, la plus urgente d&apos;abord : en rouge ce qui est en retard, en orange ce qui arrive à échéance dans les 7 jours. Cliquez sur une ligne pour ouvrir la demande.</source>
        <translation>الطلبات المفتوحة، الأكثر استعجالا أولا: بالأحمر ما هو متأخر، وبالبرتقالي ما يحل أجله خلال 7 أيام. انقر على سطر لفتح الطلب.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="282"/>
        <source>Échéance</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="283"/>
        <source>Délai</source>
        <translation>الأجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="284"/>
        <source>Référence</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="285"/>
        <source>Demandeur</source>
        <translation>صاحب الطلب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="286"/>
        <source>Droit(s)</source>
        <translation>الحق (الحقوق)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="292"/>
        <source>Demandes à traiter en priorité</source>
        <translation>طلبات للمعالجة بالأولوية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="301"/>
        <source>Aucune demande en cours</source>
        <translation>لا يوجد طلب جارٍ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="303"/>
        <source>Les demandes ouvertes apparaîtront ici, la plus urgente d&apos;abord, avec le nombre de jours qui restent avant leur échéance. En rouge, ce qui est dépassé.</source>
        <translation>ستظهر الطلبات المفتوحة هنا، الأكثر استعجالا أولا، مع عدد الأيام المتبقية قبل حلول أجلها. بالأحمر ما تجاوز أجله.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="441"/>
        <source>Aujourd&apos;hui : {date}</source>
        <translation>اليوم: {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="444"/>
        <source>échéance dépassée</source>
        <translation>تجاوز الأجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="449"/>
        <source>d&apos;ici le {date}</source>
        <translation>حتى {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="453"/>
        <source>justificatif demandé</source>
        <translation>طُلب إثبات الهوية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="460"/>
        <source>… et une autre demande ouverte, à échéance plus lointaine : voir Demandes.</source>
        <translation>… وطلب مفتوح آخر، أجله أبعد: انظر الطلبات.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="464"/>
        <source>… et %n autres demandes ouvertes, à échéance plus lointaine : voir Demandes.</source>
        <translation>
            <numerusform>… ولا طلبات مفتوحة أخرى.</numerusform>
            <numerusform>… وطلب مفتوح آخر، أجله أبعد: انظر الطلبات.</numerusform>
            <numerusform>… وطلبان مفتوحان آخران، أجلهما أبعد: انظر الطلبات.</numerusform>
            <numerusform>… و%n طلبات مفتوحة أخرى، أجلها أبعد: انظر الطلبات.</numerusform>
            <numerusform>… و%n طلبا مفتوحا آخر، أجلها أبعد: انظر الطلبات.</numerusform>
            <numerusform>… و%n طلب مفتوح آخر، أجلها أبعد: انظر الطلبات.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="552"/>
        <source>Ouvrir la demande {reference}</source>
        <translation>فتح الطلب {reference}</translation>
    </message>
</context>
<context>
    <name>DataCategory</name>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="132"/>
        <source>État civil, identité</source>
        <translation>الحالة المدنية والهوية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="133"/>
        <source>Coordonnées</source>
        <translation>معلومات الاتصال</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="134"/>
        <source>Scolarité, vie professionnelle</source>
        <translation>الدراسة والحياة المهنية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="135"/>
        <source>Vie personnelle</source>
        <translation>الحياة الشخصية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="136"/>
        <source>Données de connexion</source>
        <translation>معطيات الربط بالشبكة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="137"/>
        <location filename="../../dpo_desk/domain/records.py" line="122"/>
        <source>Données de localisation</source>
        <translation>معطيات تحديد الموقع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="138"/>
        <source>Navigation, cookies</source>
        <translation>التصفح وملفات تعريف الارتباط</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="139"/>
        <source>Informations économiques et financières</source>
        <translation>المعلومات الاقتصادية والمالية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="142"/>
        <source>Identifiants et mots de passe</source>
        <translation>معرفات الدخول وكلمات المرور</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="143"/>
        <source>Numéro de CIN ou de passeport</source>
        <translation>رقم البطاقة الوطنية للتعريف أو جواز السفر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="144"/>
        <source>Données sensibles (santé, opinions, religion…)</source>
        <translation>معطيات حساسة (الصحة، الآراء، الدين…)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="147"/>
        <source>Infractions et condamnations</source>
        <translation>المخالفات والإدانات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="148"/>
        <source>Autres</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="117"/>
        <source>État civil, identité, identifiants</source>
        <translation>الحالة المدنية، الهوية، المعرفات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="118"/>
        <source>Vie personnelle (habitudes de vie, situation familiale…)</source>
        <translation>الحياة الشخصية (نمط العيش، الوضعية العائلية…)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="119"/>
        <source>Vie professionnelle (scolarité, formation, CV…)</source>
        <translation>الحياة المهنية (الدراسة، التكوين، السيرة الذاتية…)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="120"/>
        <source>Informations d&apos;ordre économique et financier</source>
        <translation>معلومات ذات طابع اقتصادي ومالي</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="121"/>
        <source>Données de connexion (adresse IP, journaux…)</source>
        <translation>معطيات الربط (عنوان IP، السجلات…)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="123"/>
        <source>Internet (cookies, traceurs, navigation)</source>
        <translation>الإنترنت (ملفات تعريف الارتباط، أدوات التتبع، التصفح)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="124"/>
        <source>Autres catégories</source>
        <translation>فئات أخرى</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="125"/>
        <source>Origine raciale ou ethnique</source>
        <translation>الأصل العرقي أو الإثني</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="126"/>
        <source>Opinions politiques</source>
        <translation>الآراء السياسية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="127"/>
        <source>Convictions religieuses ou philosophiques</source>
        <translation>القناعات الدينية أو الفلسفية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="128"/>
        <source>Appartenance syndicale</source>
        <translation>الانتماء النقابي</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="129"/>
        <source>Données génétiques</source>
        <translation>المعطيات الجينية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="130"/>
        <source>Données biométriques (identification)</source>
        <translation>المعطيات البيومترية (التعريف)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="131"/>
        <source>Données de santé</source>
        <translation>المعطيات المتعلقة بالصحة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="132"/>
        <source>Vie sexuelle ou orientation sexuelle</source>
        <translation>الحياة الجنسية أو التوجه الجنسي</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="133"/>
        <source>Infractions, condamnations, mesures de sûreté</source>
        <translation>المخالفات والإدانات والتدابير الوقائية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="134"/>
        <source>Numéro de la carte nationale d&apos;identité</source>
        <translation>رقم البطاقة الوطنية للتعريف</translation>
    </message>
</context>
<context>
    <name>DataOutcome</name>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="395"/>
        <source>Données restituées</source>
        <translation>أُرجعت المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="396"/>
        <source>Données supprimées</source>
        <translation>حُذفت المعطيات</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/day_dialog.py" line="48"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/lunar_confirm.py" line="117"/>
        <location filename="../../dpo_desk/ui/settings/day_dialog.py" line="59"/>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/day_dialog.py" line="59"/>
        <location filename="../../dpo_desk/ui/settings/gdpr_holidays.py" line="47"/>
        <location filename="../../dpo_desk/ui/settings/records_policy.py" line="84"/>
        <source>Enregistrer</source>
        <translation>حفظ</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="49"/>
        <source>RGPD art. 12(3)</source>
        <translation>المادة 12(3) من RGPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="50"/>
        <source>RGPD art. 12(3), délai prorogé</source>
        <translation>المادة 12(3) من RGPD، أجل ممدد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="51"/>
        <source>Loi 09-08 art. 8</source>
        <translation>المادة 8 من القانون رقم 09.08</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="52"/>
        <location filename="../../dpo_desk/domain/deadlines.py" line="66"/>
        <source>Politique interne</source>
        <translation>السياسة الداخلية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="56"/>
        <source>Un mois à compter de la réception</source>
        <translation>شهر واحد من تاريخ التوصل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="57"/>
        <source>Trois mois à compter de la réception (prorogation de deux mois)</source>
        <translation>ثلاثة أشهر من تاريخ التوصل (بعد تمديد لشهرين)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="60"/>
        <source>Délai franc de dix jours</source>
        <translation>أجل كامل مدته عشرة أيام</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="61"/>
        <source>Délai de réponse fixé par l&apos;organisation</source>
        <translation>أجل الرد الذي حددته المؤسسة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="65"/>
        <source>Loi</source>
        <translation>القانون</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="69"/>
        <source>La loi 09-08 ne fixe pas de nombre de jours pour ce droit (réponse « sans délais ») : délai de politique interne.</source>
        <translation>لا يحدد القانون رقم 09.08 عدد أيام لهذا الحق (الرد « دون أجل »): أجل السياسة الداخلية.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="74"/>
        <source>La portabilité n&apos;est pas un droit prévu par la loi 09-08 : la demande est traitée dans le délai de politique interne, sans obligation légale.</source>
        <translation>لا ينص القانون رقم 09.08 على الحق في نقل المعطيات: يُعالَج الطلب داخل أجل السياسة الداخلية، دون التزام قانوني.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="79"/>
        <source>Loi 09-08, article 8(a) : effacement des données dont le traitement n&apos;est pas conforme à la loi, dans le délai franc de dix jours.</source>
        <translation>المادة 8(أ) من القانون رقم 09.08: مسح المعطيات التي تكون معالجتها غير مطابقة للقانون، داخل أجل كامل مدته عشرة أيام.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="84"/>
        <source>Loi 09-08, article 8(a) : verrouillage (blocage) des données dont le traitement n&apos;est pas conforme à la loi, dans le délai franc de dix jours.</source>
        <translation>المادة 8(أ) من القانون رقم 09.08: إغلاق (حجب) المعطيات التي تكون معالجتها غير مطابقة للقانون، داخل أجل كامل مدته عشرة أيام.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="106"/>
        <source>Calcul du règlement (CEE, Euratom) n° 1182/71 : un délai qui finit un samedi ou un dimanche est reporté au jour ouvré suivant ; les jours fériés marocains ne comptent pas.</source>
        <translation>احتساب وفق النظام (CEE, Euratom) رقم 1182/71: الأجل الذي ينتهي يوم سبت أو أحد يُؤجَّل إلى يوم العمل الموالي؛ ولا تُحتسب العطل الرسمية المغربية.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="111"/>
        <source>Calcul du règlement (CEE, Euratom) n° 1182/71 : un délai qui finit un samedi, un dimanche ou un jour férié de l&apos;État membre choisi ({state}) est reporté au jour ouvré suivant ; les jours fériés marocains ne comptent pas.</source>
        <translation>احتساب وفق النظام (CEE, Euratom) رقم 1182/71: الأجل الذي ينتهي يوم سبت أو أحد أو يوم عطلة رسمية في الدولة العضو المختارة ({state}) يُؤجَّل إلى يوم العمل الموالي؛ ولا تُحتسب العطل الرسمية المغربية.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="117"/>
        <source>Un délai qui finit un samedi, un dimanche ou un jour férié marocain est reporté au jour ouvré suivant ; les fermetures de l&apos;organisation ne prorogent pas un délai légal.</source>
        <translation>الأجل الذي ينتهي يوم سبت أو أحد أو يوم عطلة رسمية مغربية يُؤجَّل إلى يوم العمل الموالي؛ ولا تمدد أيام إغلاق المؤسسة أجلا قانونيا.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="122"/>
        <source>Un délai qui finit un samedi, un dimanche, un jour férié marocain ou un jour de fermeture de l&apos;organisation est reporté au jour ouvré suivant.</source>
        <translation>الأجل الذي ينتهي يوم سبت أو أحد أو يوم عطلة رسمية مغربية أو يوم إغلاق المؤسسة يُؤجَّل إلى يوم العمل الموالي.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="127"/>
        <source>Prorogation : deux mois ajoutés à la fin du premier mois ({first_end}), avant tout report, puis report au jour ouvré suivant.</source>
        <translation>التمديد: يُضاف شهران إلى نهاية الشهر الأول ({first_end})، قبل أي تأجيل، ثم يُؤجَّل الأجل إلى يوم العمل الموالي.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="133"/>
        <source>Peut passer au {date} si la date estimée de {holiday} ({day}) est confirmée : une date estimée ne retarde jamais une échéance.</source>
        <translation>قد يُنقل الأجل إلى {date} إذا أُكِّد التاريخ التقديري لـ {holiday} ({day}): التاريخ التقديري لا يؤخر أي أجل أبدا.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="138"/>
        <source>Lecture non retenue : en comptant les jours fériés marocains, l&apos;échéance serait le {date} ; le règlement 1182/71 ne compte que ceux d&apos;un État membre de l&apos;UE.</source>
        <translation>قراءة غير معتمدة: باحتساب العطل الرسمية المغربية، يكون الأجل {date}؛ والنظام 1182/71 لا يحتسب إلا العطل الرسمية لدولة عضو في الاتحاد الأوروبي.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="143"/>
        <source>Lecture non retenue : en comptant les fermetures de l&apos;organisation, l&apos;échéance serait le {date} ; une fermeture ne proroge pas un délai légal.</source>
        <translation>قراءة غير معتمدة: باحتساب أيام إغلاق المؤسسة، يكون الأجل {date}؛ وإغلاق المؤسسة لا يمدد أجلا قانونيا.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="148"/>
        <source>Lecture non retenue : au sens strict du délai franc (Cour suprême, 19/02/1964), l&apos;échéance serait le {date}.</source>
        <translation>قراءة غير معتمدة: بالمعنى الدقيق للأجل الكامل (المجلس الأعلى، 19/02/1964)، يكون الأجل {date}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="153"/>
        <source>Lecture plus prudente, non retenue par l&apos;organisation : réception + 10 jours, soit le {date}.</source>
        <translation>قراءة أكثر احتياطا، لم تعتمدها المؤسسة: تاريخ التوصل + 10 أيام، أي {date}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="157"/>
        <source>Lecture non retenue : trois mois à compter de la réception donneraient le {date} ; la date la plus proche est retenue, par prudence.</source>
        <translation>قراءة غير معتمدة: ثلاثة أشهر من تاريخ التوصل تؤدي إلى {date}؛ ويُعتمد التاريخ الأقرب من باب الاحتياط.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="162"/>
        <source>Lecture non retenue : deux mois ajoutés à la fin du premier mois donneraient le {date} ; la date la plus proche est retenue, par prudence.</source>
        <translation>قراءة غير معتمدة: إضافة شهرين إلى نهاية الشهر الأول تؤدي إلى {date}؛ ويُعتمد التاريخ الأقرب من باب الاحتياط.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="94"/>
        <source>Lecture prudente du délai franc : réception + 10 jours.</source>
        <translation>قراءة احتياطية للأجل الكامل: تاريخ التوصل + 10 أيام.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="89"/>
        <source>La loi 09-08 ne prévoit pas de prorogation par le responsable du traitement : la date de réponse reste inchangée.</source>
        <translation>لا ينص القانون رقم 09.08 على تمديد الأجل من طرف المسؤول عن المعالجة: يبقى تاريخ الرد دون تغيير.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="97"/>
        <source>Délai franc au sens strict (Cour suprême, 19/02/1964) : ni le jour de réception ni celui de l&apos;échéance ne comptent, soit réception + 11 jours.</source>
        <translation>الأجل الكامل بالمعنى الدقيق (المجلس الأعلى، 19/02/1964): لا يُحتسب يوم التوصل ولا يوم الاستحقاق، أي تاريخ التوصل + 11 يوما.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="102"/>
        <source>Délai suspendu pendant la vérification d&apos;identité (politique interne).</source>
        <translation>الأجل موقوف خلال التحقق من الهوية (سياسة داخلية).</translation>
    </message>
</context>
<context>
    <name>DeadlinePolicyCard</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="43"/>
        <source>Délais de réponse</source>
        <extracomment>how many open requests&apos; due dates the last save moved</extracomment>
        <translation>آجال الرد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="45"/>
        <source>Ces choix complètent la loi là où elle laisse une marge. Le délai du RGPD (un mois, prorogeable de deux, art. 12(3)) ne se règle pas : il s&apos;applique tel quel. Une échéance qui tombe un jour chômé est reportée au jour ouvré suivant (voir le calendrier ci-dessous).</source>
        <translation>تكمل هذه الاختيارات القانون حيث يترك هامشا. أجل RGPD (شهر واحد قابل للتمديد بشهرين، المادة 12(3)) غير قابل للتعديل: يطبق كما هو. الأجل الذي يصادف يوم عطلة يؤجل إلى أول يوم عمل موالٍ (انظر التقويم أدناه).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="53"/>
        <source> jours</source>
        <translation> يوم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="54"/>
        <source>Délai de politique interne</source>
        <translation>أجل السياسة الداخلية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="65"/>
        <source> jours francs</source>
        <translation> يوم كامل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="66"/>
        <source>Délai de rectification</source>
        <translation>أجل التصحيح</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="56"/>
        <source>La loi 09-08 ne fixe pas de nombre de jours pour répondre à une demande d&apos;accès (art. 7, « sans délais ») ou d&apos;opposition (art. 9), ni pour la portabilité, qu&apos;elle ne prévoit pas. Ces demandes reçoivent le délai que l&apos;organisation s&apos;est fixé, affiché comme « Politique interne » à côté de l&apos;échéance. Jours calendaires.</source>
        <translation>لا يحدد القانون رقم 09.08 عدد أيام للرد على طلب الولوج (المادة 7، « دون أجل ») أو التعرض (المادة 9)، ولا على طلب نقل المعطيات، الذي لا ينص عليه أصلا. تخضع هذه الطلبات للأجل الذي حددته المؤسسة لنفسها، ويظهر بصفة « السياسة الداخلية » بجانب تاريخ الاستحقاق. تُحتسب الأيام أياما تقويمية.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="68"/>
        <source>Loi 09-08 art. 8(a) : la rectification, l&apos;effacement et le verrouillage des données se font « dans un délai franc de dix jours ». Ne changez ce nombre que si la loi change.</source>
        <translation>المادة 8(أ) من القانون رقم 09.08: يتم تصحيح المعطيات ومسحها وإغلاقها « داخل أجل كامل مدته عشرة أيام ». لا تغيّر هذا العدد إلا إذا تغيّر القانون.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="75"/>
        <source>Lecture stricte du délai franc (réception + 11 jours)</source>
        <translation>قراءة دقيقة للأجل الكامل (تاريخ التوصل + 11 يوما)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="78"/>
        <source>Un délai franc ne compte ni le jour de réception ni celui de l&apos;échéance (Cour suprême, 19/02/1964) : dix jours francs à compter d&apos;une réception le jour J se terminent à J+11. Décochée, l&apos;application retient J+10, lecture prudente qui ne peut pas mettre l&apos;organisation en retard.</source>
        <translation>لا يُحتسب في الأجل الكامل يوم التوصل ولا يوم الاستحقاق (المجلس الأعلى، 19/02/1964): عشرة أيام كاملة تبدأ من توصل في يوم ما تنتهي في اليوم الحادي عشر بعده. إذا أُلغي التحديد، يعتمد التطبيق اليوم العاشر بعد التوصل، وهي قراءة احتياطية لا يمكن أن تجعل المؤسسة متأخرة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="86"/>
        <source>Suspendre le délai pendant la vérification d&apos;identité</source>
        <translation>إيقاف الأجل خلال التحقق من الهوية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="89"/>
        <source>RGPD art. 12(6) : en cas de doute raisonnable, l&apos;organisation peut demander une preuve d&apos;identité. L&apos;ICO (autorité britannique) ne fait courir le délai qu&apos;à réception de cette preuve ; le CEPD (lignes directrices 01/2022 sur le droit d&apos;accès) est plus réservé. Décochée par défaut : le délai court sans interruption.</source>
        <translation>المادة 12(6) من RGPD: في حالة وجود شك معقول، يجوز للمؤسسة طلب إثبات الهوية. لا يحتسب ICO (السلطة البريطانية) الأجل إلا من تاريخ التوصل بهذا الإثبات؛ أما EDPB (المبادئ التوجيهية 01/2022 بشأن حق الولوج) فأكثر تحفظا. غير محدد افتراضيا: يسري الأجل دون انقطاع.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="98"/>
        <source>Annuler les modifications</source>
        <translation>إلغاء التعديلات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="100"/>
        <source>Enregistrer la politique</source>
        <translation>حفظ السياسة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/deadline_policy.py" line="226"/>
        <source>Politique enregistrée ; {consequence}</source>
        <translation>حُفظت السياسة؛ {consequence}</translation>
    </message>
</context>
<context>
    <name>Derogation</name>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="290"/>
        <source>(a) Consentement explicite de la personne</source>
        <translation>(أ) الموافقة الصريحة للشخص</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="291"/>
        <source>(b) Exécution d&apos;un contrat avec la personne</source>
        <translation>(ب) تنفيذ عقد مع الشخص</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="292"/>
        <source>(c) Contrat conclu dans l&apos;intérêt de la personne</source>
        <translation>(ج) عقد مبرم لمصلحة الشخص</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="293"/>
        <source>(d) Motifs importants d&apos;intérêt public</source>
        <translation>(د) أسباب هامة تتعلق بالمصلحة العامة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="294"/>
        <source>(e) Constatation, exercice ou défense de droits en justice</source>
        <translation>(هـ) إثبات حق أو ممارسته أو الدفاع عنه أمام القضاء</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="295"/>
        <source>(f) Sauvegarde des intérêts vitaux</source>
        <translation>(و) حماية المصالح الحيوية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="296"/>
        <source>(g) Registre public</source>
        <translation>(ز) سجل عمومي</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="297"/>
        <source>Intérêts légitimes impérieux (transfert non répétitif)</source>
        <translation>مصالح مشروعة ملحة (نقل غير متكرر)</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="74"/>
        <source>Dossier de formalités CNDP — {activity}</source>
        <translation>ملف إجراءات CNDP — {activity}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="75"/>
        <source>{organisation} — dossier CNDP « {activity} »</source>
        <translation>{organisation} — ملف CNDP « ⁨{activity}⁩ »</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="76"/>
        <source>Non renseigné — à compléter</source>
        <translation>غير محدد — يتعين استكماله</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="79"/>
        <source>loi 09-08 art. 4</source>
        <translation>المادة 4 من القانون رقم 09.08</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="80"/>
        <source>Aucune</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="81"/>
        <source>Oui</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="82"/>
        <source>Non</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="84"/>
        <source>Informations manquantes</source>
        <translation>المعلومات الناقصة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="85"/>
        <source>Le registre ne contient pas encore les informations suivantes ; complétez-les avant de déposer le dossier :</source>
        <translation>لا يتضمن السجل بعد المعلومات التالية؛ أكملها قبل إيداع الملف:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="90"/>
        <source>Aucune information ne manque : le registre contient tout ce que le dossier demande.</source>
        <translation>لا تنقص أي معلومة: يتضمن السجل كل ما يتطلبه الملف.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="93"/>
        <source>Formalités à accomplir</source>
        <translation>الإجراءات الواجب القيام بها</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="94"/>
        <source>{label} — formulaire {form}</source>
        <translation>{label} — الاستمارة {form}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="95"/>
        <source>Pourquoi cette formalité</source>
        <translation>سبب هذا الإجراء</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="96"/>
        <source>À noter</source>
        <translation>ملاحظات هامة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="97"/>
        <source>Contenu du formulaire (loi 09-08 art. 15)</source>
        <translation>مضمون الاستمارة (المادة 15 من القانون رقم 09.08)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="98"/>
        <source>Demande d&apos;autorisation de transfert à l&apos;étranger (formulaire F118)</source>
        <translation>طلب الإذن بنقل المعطيات إلى الخارج (الاستمارة F118)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="101"/>
        <source>Destination : {country}</source>
        <translation>الوجهة: {country}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="102"/>
        <source>Annexes à joindre</source>
        <translation>الملحقات الواجب إرفاقها</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="103"/>
        <source>Aucune annexe n&apos;est demandée.</source>
        <translation>لا يُطلب أي ملحق.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="106"/>
        <source>Suivi : {label}</source>
        <translation>التتبع: {label}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="107"/>
        <location filename="../../dpo_desk/documents/dossier.py" line="185"/>
        <source>Formulaire</source>
        <translation>الاستمارة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="108"/>
        <source>{form} (ou {simplified}, demande simplifiée)</source>
        <translation>{form} (أو {simplified}، طلب مبسط)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="109"/>
        <source>Statut</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="110"/>
        <source>Date de dépôt</source>
        <translation>تاريخ الإيداع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="111"/>
        <source>Canal de dépôt</source>
        <translation>قناة الإيداع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="112"/>
        <source>Récépissé ou autorisation n°</source>
        <translation>رقم الوصل أو الإذن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="113"/>
        <source>Date du récépissé ou de l&apos;autorisation</source>
        <translation>تاريخ الوصل أو الإذن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="114"/>
        <source>Modifications à déclarer</source>
        <translation>تعديلات يتعين التصريح بها</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="115"/>
        <source>Fin du traitement</source>
        <translation>انتهاء المعالجة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="116"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="117"/>
        <source>Pas encore</source>
        <translation>لم يتم بعد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="120"/>
        <source>a) Responsable du traitement</source>
        <translation>أ) المسؤول عن المعالجة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="121"/>
        <source>b) Dénomination, finalités et caractéristiques</source>
        <translation>ب) التسمية والغايات والخصائص</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="122"/>
        <source>c) Personnes concernées et catégories de données</source>
        <translation>ج) الأشخاص المعنيون وفئات المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="123"/>
        <source>d) Destinataires et sous-traitants</source>
        <translation>د) المرسل إليهم والمعالجون من الباطن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="124"/>
        <source>e) Transferts de données vers l&apos;étranger</source>
        <translation>هـ) نقل المعطيات إلى الخارج</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="125"/>
        <source>f) Durée de conservation</source>
        <translation>و) مدة الحفظ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="126"/>
        <source>g) Exercice des droits des personnes</source>
        <translation>ز) ممارسة الأشخاص لحقوقهم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="127"/>
        <source>h) Mesures de sécurité</source>
        <translation>ح) تدابير الأمن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="128"/>
        <source>i) Interconnexions et sous-traitance</source>
        <translation>ط) الربط البيني والمعالجة من الباطن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="130"/>
        <source>Nom ou raison sociale</source>
        <translation>الاسم أو الاسم التجاري</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="131"/>
        <source>Adresse</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="132"/>
        <source>Identifiants légaux (RC, ICE, IF)</source>
        <translation>المعرفات القانونية (RC، ICE، IF)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="133"/>
        <source>Établi au Maroc</source>
        <translation>مقيم بالمغرب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="134"/>
        <source>Représentant au Maroc</source>
        <translation>الممثل بالمغرب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="135"/>
        <source>Signataire</source>
        <translation>الموقِّع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="136"/>
        <source>Qualité du signataire</source>
        <translation>صفة الموقِّع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="137"/>
        <source>Délégué à la protection des données</source>
        <translation>مندوب حماية المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="138"/>
        <source>Responsable conjoint</source>
        <translation>مسؤول مشترك عن المعالجة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="139"/>
        <source>Dénomination du traitement</source>
        <translation>تسمية المعالجة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="140"/>
        <source>Finalité {n}</source>
        <translation>الغاية {n}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="141"/>
        <source>Finalités</source>
        <translation>الغايات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="142"/>
        <source>{purpose}
Base légale : {basis} ({citation})</source>
        <translation>{purpose}
الأساس القانوني: {basis} ({citation})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="143"/>
        <source>Description et caractéristiques</source>
        <translation>الوصف والخصائص</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="144"/>
        <source>Logiciels ou applications</source>
        <translation>البرامج أو التطبيقات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="145"/>
        <source>Service responsable</source>
        <translation>المصلحة المسؤولة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="146"/>
        <source>Données collectées à l&apos;origine pour</source>
        <translation>المعطيات المجمعة في الأصل من أجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="147"/>
        <source>Origine des données</source>
        <translation>مصدر المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="148"/>
        <source>Catégories de personnes concernées</source>
        <translation>فئات الأشخاص المعنيين</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="149"/>
        <source>Des mineurs sont concernés</source>
        <translation>يتعلق الأمر بقاصرين</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="150"/>
        <source>Catégories de données</source>
        <translation>فئات المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="151"/>
        <source>{category} — donnée sensible</source>
        <translation>{category} — معطيات حساسة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="152"/>
        <source>{category} — soumise à autorisation (art. 12)</source>
        <translation>{category} — خاضعة للإذن (المادة 12)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="153"/>
        <source>Destinataires</source>
        <translation>المرسل إليهم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="154"/>
        <source>{kind} : {name}</source>
        <translation>{kind}: {name}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="155"/>
        <source>Sous-traitants</source>
        <translation>المعالجون من الباطن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="156"/>
        <source>{name} ({countries})</source>
        <translation>{name} ({countries})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="157"/>
        <source>Transfert {n}</source>
        <translation>النقل {n}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="158"/>
        <source>Aucun transfert hors du Maroc</source>
        <translation>لا يوجد أي نقل إلى خارج المغرب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="159"/>
        <source>Pays : {country}</source>
        <translation>البلد: {country}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="160"/>
        <source>Par le sous-traitant : {processor}</source>
        <translation>عن طريق المعالج من الباطن: {processor}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="161"/>
        <source>Encadrement : {mechanism}</source>
        <translation>التأطير: {mechanism}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="162"/>
        <source>Référence : {reference}</source>
        <translation>المرجع: {reference}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="163"/>
        <source>Exception de la loi 09-08 : {exception}</source>
        <translation>الاستثناء المنصوص عليه في القانون رقم 09.08: {exception}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="164"/>
        <source>Pays inscrit sur la liste d&apos;adéquation</source>
        <translation>بلد مدرج في قائمة الملاءمة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="165"/>
        <source>Autorisation demandée (F118)</source>
        <translation>طُلب الإذن (F118)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="166"/>
        <source>Aucun transfert enregistré pour ce pays</source>
        <translation>لا يوجد أي نقل مسجل نحو هذا البلد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="167"/>
        <source>Durées</source>
        <translation>المدد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="168"/>
        <source>{category} : {duration}</source>
        <translation>{category}: {duration}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="169"/>
        <source>Service auprès duquel les droits s&apos;exercent</source>
        <translation>المصلحة التي تُمارَس لديها الحقوق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="170"/>
        <source>Mesures</source>
        <translation>التدابير</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="171"/>
        <source>Précisions</source>
        <translation>توضيحات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="172"/>
        <source>Interconnexions de fichiers</source>
        <translation>الربط البيني للملفات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="173"/>
        <source>Sous-traitance</source>
        <translation>المعالجة من الباطن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="174"/>
        <source>{name} — sous-traitants ultérieurs : {subs}</source>
        <translation>{name} — المعالجون من الباطن اللاحقون: {subs}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="175"/>
        <source>Aucun sous-traitant</source>
        <translation>لا يوجد أي معالج من الباطن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="178"/>
        <source>Pays de destination</source>
        <translation>بلد الوجهة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="179"/>
        <source>Destinataires dans ce pays</source>
        <translation>المرسل إليهم في هذا البلد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="180"/>
        <source>Garanties jointes à la demande</source>
        <translation>الضمانات المرفقة بالطلب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="181"/>
        <source>{mechanism} — référence : {reference}</source>
        <translation>{mechanism} — المرجع: {reference}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="182"/>
        <source>Finalités du transfert</source>
        <translation>غايات النقل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="186"/>
        <source>Manquant</source>
        <translation>النواقص</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="187"/>
        <source>Rubrique</source>
        <translation>البند</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="188"/>
        <source>Champ</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="189"/>
        <source>Valeur</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="190"/>
        <source>Information manquante</source>
        <translation>المعلومة الناقصة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="194"/>
        <source>dénomination</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="195"/>
        <source>finalités</source>
        <translation>الغايات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="196"/>
        <source>description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="197"/>
        <source>logiciels</source>
        <translation>البرامج</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="198"/>
        <source>responsable conjoint</source>
        <translation>المسؤول المشترك عن المعالجة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="199"/>
        <source>personnes concernées</source>
        <translation>الأشخاص المعنيون</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="200"/>
        <source>catégories de données</source>
        <translation>فئات المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="201"/>
        <source>origine des données</source>
        <translation>مصدر المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="202"/>
        <source>destinataires</source>
        <translation>المرسل إليهم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="203"/>
        <source>durée de conservation</source>
        <translation>مدة الحفظ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="204"/>
        <location filename="../../dpo_desk/documents/dossier.py" line="205"/>
        <source>mesures de sécurité</source>
        <translation>تدابير الأمن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="206"/>
        <source>service des droits</source>
        <translation>مصلحة ممارسة الحقوق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="207"/>
        <source>interconnexions</source>
        <translation>الربط البيني</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="208"/>
        <source>finalité d&apos;origine des données</source>
        <translation>الغاية الأصلية لجمع المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="209"/>
        <source>sous-traitants</source>
        <translation>المعالجون من الباطن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/dossier.py" line="210"/>
        <source>transferts à l&apos;étranger</source>
        <translation>نقل المعطيات إلى الخارج</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <location filename="../../dpo_desk/ui/drafts.py" line="223"/>
        <source>{label} : modifications non enregistrées, conservées pendant le verrouillage.</source>
        <translation>{label}: تعديلات غير محفوظة، احتُفظ بها أثناء القفل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/drafts.py" line="228"/>
        <source>Reprendre</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/drafts.py" line="230"/>
        <source>Rouvrir le formulaire avec ce qui avait été saisi</source>
        <translation>إعادة فتح النموذج بما أُدخل سابقًا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/drafts.py" line="232"/>
        <source>Abandonner</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/drafts.py" line="233"/>
        <source>Oublier ces modifications</source>
        <translation>نسيان هذه التعديلات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/drafts.py" line="235"/>
        <source>Fermer</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>DraftStatus</name>
    <message>
        <location filename="../../dpo_desk/domain/letters.py" line="30"/>
        <source>Brouillon</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/letters.py" line="31"/>
        <source>Validé</source>
        <translation>مُصادق عليه</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/letters.py" line="32"/>
        <source>PDF généré</source>
        <translation>تم إنشاء PDF</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../../dpo_desk/ui/drafts.py" line="64"/>
        <source>Cette fiche a été modifiée pendant le verrouillage : vos modifications ont été reportées sur sa version actuelle. Vérifiez-les avant d&apos;enregistrer.</source>
        <extracomment>the item&apos;s version when the draft was taken: another change meanwhile is said</extracomment>
        <translation>عُدّلت هذه البطاقة أثناء القفل: نُقلت تعديلاتك إلى نسختها الحالية. راجعها قبل الحفظ.</translation>
    </message>
</context>
<context>
    <name>DutyState</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="64"/>
        <source>à faire</source>
        <translation>يتعين إنجازه</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="65"/>
        <source>faite</source>
        <translation>منجز</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="66"/>
        <source>non requise (décision motivée)</source>
        <translation>غير مطلوب (قرار معلل)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="67"/>
        <source>applicabilité à déterminer</source>
        <translation>يتعين تحديد مدى الانطباق</translation>
    </message>
</context>
<context>
    <name>EarlierPassphraseDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="54"/>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="55"/>
        <source>Phrase secrète de la sauvegarde</source>
        <translation>عبارة مرور النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="58"/>
        <source>Cette sauvegarde est peut-être chiffrée avec une phrase secrète antérieure (elle a été faite avant un changement de phrase secrète). Saisissez la phrase secrète qui était en usage quand {file} a été faite ; le registre restauré prendra la phrase secrète actuelle.</source>
        <translation>قد تكون هذه النسخة الاحتياطية مشفرة بعبارة مرور سابقة (أُنجزت قبل تغيير عبارة المرور). أدخل عبارة المرور التي كانت مستعملة عند إنجاز ⁨{file}⁩؛ سيأخذ السجل المسترجع عبارة المرور الحالية.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="70"/>
        <source>Cette phrase secrète n&apos;ouvre pas non plus la sauvegarde.</source>
        <translation>عبارة المرور هذه لا تفتح النسخة الاحتياطية أيضا.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="73"/>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="74"/>
        <source>Phrase secrète antérieure</source>
        <translation>عبارة المرور السابقة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="77"/>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="77"/>
        <source>Restaurer</source>
        <translation>استرجاع</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="85"/>
        <source>Le courrier « {kind} » ne concerne pas une demande d&apos;exercice de droits.</source>
        <translation>الرسالة « {kind} » لا تتعلق بطلب ممارسة الحقوق.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="88"/>
        <source>Le courrier « {kind} » ne concerne pas une violation de données.</source>
        <translation>الرسالة « {kind} » لا تتعلق بانتهاك للمعطيات.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="91"/>
        <source>Notification tardive : indiquez les motifs du retard, qu&apos;elle doit exposer (RGPD art. 33(1)).</source>
        <translation>تبليغ متأخر: بيّن أسباب التأخير التي يجب أن يتضمنها (المادة 33(1) من RGPD).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="96"/>
        <source>Notification à la CNDP envoyée après l&apos;échéance fixée par la politique interne de l&apos;organisation : indiquez les motifs du retard, que le courrier expose.</source>
        <translation>أُرسل التبليغ إلى اللجنة الوطنية بعد الأجل الذي حددته السياسة الداخلية للمؤسسة: بيّن أسباب التأخير، التي تتضمنها الرسالة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="101"/>
        <source>Le logo dépasse {limit} octets : choisissez une image plus légère.</source>
        <translation>يتجاوز الشعار {limit} بايت: اختر صورة أخف.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="104"/>
        <source>Le courrier doit commencer par sa ligne d&apos;objet, suivie d&apos;une ligne vide, puis du texte.</source>
        <translation>يجب أن تبدأ الرسالة بسطر الموضوع، يليه سطر فارغ، ثم النص.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="108"/>
        <source>L&apos;instant « {value} » doit porter son fuseau horaire.</source>
        <translation>يجب أن تتضمن اللحظة « {value} » منطقتها الزمنية.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/pdf.py" line="61"/>
        <source>Le logo n&apos;est pas une image lisible (PNG ou JPEG).</source>
        <translation>الشعار ليس صورة مقروءة (PNG أو JPEG).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/pdf.py" line="62"/>
        <source>Le champ « {label} » contient un caractère que les courriers ne savent pas imprimer : « {char} » ({code}).</source>
        <translation>الحقل « ⁨{label}⁩ » يتضمن حرفا لا تستطيع الرسائل طباعته: « ⁨{char}⁩ » ({code}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="42"/>
        <source>Le modèle de courrier est vide.</source>
        <translation>نموذج الرسالة فارغ.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="43"/>
        <source>Le modèle dépasse {limit} caractères.</source>
        <translation>يتجاوز النموذج {limit} حرفا.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="44"/>
        <source>La première ligne du modèle est l&apos;objet du courrier : elle doit être suivie d&apos;une ligne vide, puis du texte.</source>
        <translation>السطر الأول من النموذج هو موضوع الرسالة: يجب أن يليه سطر فارغ، ثم النص.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="49"/>
        <source>Champ inconnu « {name} » à la ligne {line} du modèle.</source>
        <translation>حقل غير معروف « {name} » في السطر {line} من النموذج.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="50"/>
        <source>Balise mal formée « {text} » à la ligne {line} du modèle.</source>
        <translation>وسم غير سليم « {text} » في السطر {line} من النموذج.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="53"/>
        <source>Instruction « {text} » non permise à la ligne {line} du modèle : seules {{% if champ %}}, {{% else %}} et {{% endif %}} le sont.</source>
        <translation>التعليمة « {text} » غير مسموح بها في السطر {line} من النموذج: المسموح به فقط {{% if champ %}} و{{% else %}} و{{% endif %}}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="58"/>
        <source>« {text} » sans « {{% if … %}} » correspondant, à la ligne {line} du modèle.</source>
        <translation>« {text} » دون « {{% if … %}} » مقابل، في السطر {line} من النموذج.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="61"/>
        <source>Le bloc « {{% if {name} %}} » ouvert à la ligne {line} n&apos;est pas fermé par « {{% endif %}} ».</source>
        <translation>الكتلة « {{% if {name} %}} » المفتوحة في السطر {line} غير مغلقة بـ « {{% endif %}} ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="65"/>
        <location filename="../../dpo_desk/services/letters.py" line="227"/>
        <source>Type de courrier inconnu : {value}.</source>
        <translation>نوع رسالة غير معروف: {value}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="279"/>
        <source>Corriger le niveau de risque calculé exige une justification écrite.</source>
        <translation>تصحيح مستوى الخطر المحسوب يستلزم تبريرا مكتوبا.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="282"/>
        <location filename="../../dpo_desk/domain/breaches/validation.py" line="19"/>
        <location filename="../../dpo_desk/domain/filings.py" line="629"/>
        <location filename="../../dpo_desk/domain/records.py" line="414"/>
        <location filename="../../dpo_desk/domain/requests/model.py" line="51"/>
        <source>Le champ dépasse {limit} caractères.</source>
        <translation>يتجاوز الحقل {limit} حرفا.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/instants.py" line="25"/>
        <source>« {value} » n&apos;est pas une date et heure valide (forme attendue : AAAA-MM-JJTHH:MM, avec un décalage facultatif comme +01:00).</source>
        <translation>« {value} » ليس تاريخا ووقتا صالحين (الصيغة المنتظرة: AAAA-MM-JJTHH:MM، مع فارق اختياري مثل ‎+01:00).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/instants.py" line="30"/>
        <source>{value} n&apos;existe pas dans le fuseau {zone} (l&apos;heure est avancée à ce moment) : précisez le décalage, par exemple {offset}.</source>
        <translation>{value} غير موجود في المنطقة الزمنية {zone} (تُقدَّم الساعة في هذا الوقت): حدد الفارق، مثلا {offset}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/instants.py" line="35"/>
        <source>{value} est ambiguë dans le fuseau {zone} (cette heure se répète au changement d&apos;heure) : précisez le décalage, {first} ou {second}.</source>
        <translation>{value} ملتبس في المنطقة الزمنية {zone} (تتكرر هذه الساعة عند تغيير الساعة): حدد الفارق، {first} أو {second}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/instants.py" line="40"/>
        <source>L&apos;instant {value} est dans le futur.</source>
        <translation>اللحظة {value} في المستقبل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/instants.py" line="41"/>
        <source>La prise de connaissance ({aware}) ne peut pas précéder la découverte ({discovered}).</source>
        <translation>لا يمكن أن يسبق العلم ({aware}) الاكتشاف ({discovered}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/instants.py" line="45"/>
        <source>La découverte ({discovered}) ne peut pas précéder le début de la violation ({started}).</source>
        <translation>لا يمكن أن يسبق الاكتشاف ({discovered}) بداية الانتهاك ({started}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/instants.py" line="49"/>
        <source>L&apos;instant {value} précède la découverte de la violation ({discovered}).</source>
        <translation>اللحظة {value} تسبق اكتشاف الانتهاك ({discovered}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/instants.py" line="52"/>
        <location filename="../../dpo_desk/domain/organisation.py" line="22"/>
        <source>Fuseau horaire inconnu : {zone}.</source>
        <translation>منطقة زمنية غير معروفة: {zone}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/model.py" line="51"/>
        <source>Donnez un intitulé à la violation.</source>
        <translation>أعط عنوانا للانتهاك.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/model.py" line="52"/>
        <location filename="../../dpo_desk/domain/deadlines.py" line="179"/>
        <location filename="../../dpo_desk/domain/requests/model.py" line="43"/>
        <source>Indiquez au moins un régime (Loi 09-08 ou RGPD).</source>
        <translation>حدد قانونا واحدا على الأقل (القانون رقم 09.08 أو RGPD).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/validation.py" line="20"/>
        <location filename="../../dpo_desk/domain/records.py" line="415"/>
        <source>La liste dépasse {limit} éléments.</source>
        <translation>تتجاوز القائمة {limit} عنصرا.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/validation.py" line="21"/>
        <source>Le nombre approximatif doit être un entier positif ou nul (reçu : {value}).</source>
        <translation>يجب أن يكون العدد التقريبي عددا صحيحا موجبا أو صفرا (القيمة المدخلة: {value}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/model.py" line="53"/>
        <source>Précisez la nature de la violation : atteinte à la confidentialité, à l&apos;intégrité ou à la disponibilité.</source>
        <translation>حدد طبيعة الانتهاك: مس بالسرية أو بالسلامة أو بالإتاحة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/notices.py" line="30"/>
        <source>Notification envoyée après l&apos;échéance du {deadline} : indiquez les motifs du retard (RGPD art. 33(1)).</source>
        <translation>أُرسل التبليغ بعد أجل {deadline}: بيّن أسباب التأخير (المادة 33(1) من RGPD).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/notices.py" line="37"/>
        <source>Notification à la CNDP envoyée après l&apos;échéance du {deadline} fixée par la politique interne de l&apos;organisation : indiquez les motifs du retard, qui seront consignés au registre.</source>
        <translation>أُرسل التبليغ إلى اللجنة الوطنية بعد أجل {deadline} الذي حددته السياسة الداخلية للمؤسسة: بيّن أسباب التأخير، التي ستُقيَّد في السجل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/notices.py" line="43"/>
        <source>Nommez l&apos;autorité de contrôle de l&apos;UE notifiée.</source>
        <translation>حدد اسم سلطة المراقبة في الاتحاد الأوروبي التي تم التبليغ إليها.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/model.py" line="68"/>
        <source>Justifiez l&apos;exception de l&apos;article 34(3) du RGPD invoquée.</source>
        <translation>برّر استثناء المادة 34(3) من RGPD المحتج به.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/model.py" line="73"/>
        <source>Justifiez l&apos;exception à l&apos;information des personnes concernées.</source>
        <translation>برّر الاستثناء من إخبار الأشخاص المعنيين.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="108"/>
        <source>Aucune notification à une autorité de contrôle de l&apos;UE n&apos;est enregistrée : une notification à la CNDP ne remplit pas l&apos;article 33 du RGPD.</source>
        <translation>لا يوجد أي تبليغ مسجل إلى سلطة مراقبة في الاتحاد الأوروبي: التبليغ إلى اللجنة الوطنية لا يفي بمقتضيات المادة 33 من RGPD.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="113"/>
        <source>Aucune notification à la CNDP n&apos;est enregistrée.</source>
        <translation>لا يوجد أي تبليغ مسجل إلى اللجنة الوطنية.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="133"/>
        <source>Clôture impossible : la CNDP n&apos;a pas été notifiée et la décision de ne pas notifier n&apos;est pas motivée au registre des violations.</source>
        <translation>تعذر الإغلاق: لم يتم التبليغ إلى اللجنة الوطنية وقرار عدم التبليغ غير معلل في سجل الانتهاكات.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="138"/>
        <source>Clôture impossible : le risque évalué impose de notifier une autorité de contrôle de l&apos;UE (RGPD art. 33(1)) ; une notification à la CNDP ne suffit pas.</source>
        <translation>تعذر الإغلاق: الخطر المُقيَّم يفرض التبليغ إلى سلطة مراقبة في الاتحاد الأوروبي (المادة 33(1) من RGPD)؛ ولا يكفي التبليغ إلى اللجنة الوطنية.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="143"/>
        <source>Clôture impossible : la politique interne de l&apos;organisation impose de notifier la CNDP pour ce niveau de risque (la loi 09-08 ne prévoit pas de notification des violations).</source>
        <translation>تعذر الإغلاق: تفرض السياسة الداخلية للمؤسسة التبليغ إلى اللجنة الوطنية بالنسبة لمستوى الخطر هذا (لا ينص القانون رقم 09.08 على التبليغ عن الانتهاكات).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="149"/>
        <source>Clôture impossible : la notification à la CNDP que prévoit la politique interne de l&apos;organisation (loi 09-08) n&apos;est pas enregistrée.</source>
        <translation>تعذر الإغلاق: التبليغ إلى اللجنة الوطنية الذي تنص عليه السياسة الداخلية للمؤسسة (القانون رقم 09.08) غير مسجل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="154"/>
        <source>Clôture impossible : le risque est élevé ; informez les personnes concernées ou consignez une exception de l&apos;article 34(3) du RGPD.</source>
        <translation>تعذر الإغلاق: الخطر مرتفع؛ أخبر الأشخاص المعنيين أو قيّد استثناءً بموجب المادة 34(3) من RGPD.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="159"/>
        <source>Clôture impossible : le risque est élevé et la politique interne de l&apos;organisation prévoit d&apos;informer les personnes concernées ; informez-les ou consignez une exception.</source>
        <translation>تعذر الإغلاق: الخطر مرتفع وتنص السياسة الداخلية للمؤسسة على إخبار الأشخاص المعنيين؛ أخبرهم أو قيّد استثناءً.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="165"/>
        <source>Clôture impossible : l&apos;exception de l&apos;article 34(3)(c) du RGPD exige une communication publique, qui n&apos;est pas enregistrée.</source>
        <translation>تعذر الإغلاق: يتطلب استثناء المادة 34(3)(ج) من RGPD إخبارا عموميا، وهو غير مسجل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="170"/>
        <source>Clôture impossible : l&apos;exception retenue (efforts disproportionnés) exige une communication publique, qui n&apos;est pas enregistrée.</source>
        <translation>تعذر الإغلاق: يتطلب الاستثناء المعتمد (جهود غير متناسبة) إخبارا عموميا، وهو غير مسجل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="190"/>
        <source>Une exception de l&apos;article 34(3) du RGPD ne se conçoit que pour un risque élevé.</source>
        <translation>لا يُتصوَّر استثناء المادة 34(3) من RGPD إلا في حالة خطر مرتفع.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="194"/>
        <source>Une exception à l&apos;information des personnes concernées ne se conçoit que pour un risque élevé.</source>
        <translation>لا يُتصوَّر الاستثناء من إخبار الأشخاص المعنيين إلا في حالة خطر مرتفع.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/notices.py" line="44"/>
        <source>Une notification complémentaire suit une notification initiale à la même autorité (RGPD art. 33(4)) : enregistrez d&apos;abord la notification initiale.</source>
        <translation>يأتي التبليغ التكميلي بعد تبليغ أولي إلى السلطة نفسها (المادة 33(4) من RGPD): سجّل التبليغ الأولي أولا.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/notices.py" line="49"/>
        <source>Une notification initiale à cette autorité est déjà enregistrée : ajoutez une notification complémentaire (RGPD art. 33(4)).</source>
        <translation>سبق تسجيل تبليغ أولي إلى هذه السلطة: أضف تبليغا تكميليا (المادة 33(4) من RGPD).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/notices.py" line="55"/>
        <source>Une notification complémentaire à la CNDP suit une notification initiale : enregistrez d&apos;abord la notification initiale.</source>
        <translation>يأتي التبليغ التكميلي إلى اللجنة الوطنية بعد تبليغ أولي: سجّل التبليغ الأولي أولا.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/notices.py" line="60"/>
        <source>Une notification initiale à la CNDP est déjà enregistrée : ajoutez une notification complémentaire.</source>
        <translation>سبق تسجيل تبليغ أولي إلى اللجنة الوطنية: أضف تبليغا تكميليا.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/notices.py" line="65"/>
        <source>Indiquez à qui la communication s&apos;adresse (personnes concernées, public…).</source>
        <translation>حدد الجهة الموجه إليها الإخبار (الأشخاص المعنيون، العموم…).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/model.py" line="58"/>
        <source>La décision de ne pas notifier doit être motivée : elle est documentée dans le registre des violations (RGPD art. 33(5)).</source>
        <translation>يجب تعليل قرار عدم التبليغ: يُوثَّق في سجل الانتهاكات (المادة 33(5) من RGPD).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/model.py" line="63"/>
        <source>La décision de ne pas notifier doit être motivée : elle est documentée dans le registre des violations.</source>
        <translation>يجب تعليل قرار عدم التبليغ: يُوثَّق في سجل الانتهاكات.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/notices.py" line="68"/>
        <source>Une date de déclaration à la DGSSI ne s&apos;indique que si la loi 05-20 s&apos;applique.</source>
        <translation>لا يُدرج تاريخ التصريح لدى DGSSI إلا إذا كان القانون رقم 05.20 مطبقا.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="105"/>
        <source>Évaluez d&apos;abord le risque de la violation (gravité et vraisemblance).</source>
        <translation>قيّم أولا خطر الانتهاك (الخطورة والاحتمال).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="116"/>
        <source>Aucune communication aux personnes concernées n&apos;est enregistrée.</source>
        <translation>لم يُسجَّل أي إخبار للأشخاص المعنيين.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="119"/>
        <source>Clôture impossible : consignez d&apos;abord les mesures correctives prises (RGPD art. 33(5)).</source>
        <translation>تعذر الإغلاق: قيّد أولا التدابير التصحيحية المتخذة (المادة 33(5) من RGPD).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="123"/>
        <source>Clôture impossible : consignez d&apos;abord les mesures correctives prises au registre des violations.</source>
        <translation>تعذر الإغلاق: قيّد أولا التدابير التصحيحية المتخذة في سجل الانتهاكات.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="128"/>
        <source>Clôture impossible : la violation n&apos;a pas été notifiée et la décision de ne pas notifier n&apos;est pas motivée (RGPD art. 33(5)).</source>
        <translation>تعذر الإغلاق: لم يُبلَّغ عن الانتهاك وقرار عدم التبليغ غير معلل (المادة 33(5) من RGPD).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="175"/>
        <source>Clôture impossible : la déclaration à la DGSSI (loi 05-20) est requise mais n&apos;est pas consignée.</source>
        <translation>تعذر الإغلاق: التصريح لدى DGSSI (القانون 05.20) مطلوب لكنه غير مقيد.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="180"/>
        <source>Le risque retenu impose de notifier l&apos;autorité (RGPD art. 33(1)) : une décision de ne pas notifier suppose un risque peu probable.</source>
        <translation>الخطر المعتمد يفرض التبليغ إلى السلطة (المادة 33(1) من RGPD): قرار عدم التبليغ يفترض خطرا غير مرجح.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="185"/>
        <source>Le risque retenu impose de notifier la CNDP selon la politique interne de l&apos;organisation : une décision de ne pas notifier suppose un risque peu probable.</source>
        <translation>الخطر المعتمد يفرض التبليغ إلى اللجنة الوطنية وفقا للسياسة الداخلية للمؤسسة: قرار عدم التبليغ يفترض خطرا غير مرجح.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/workflow.py" line="199"/>
        <source>La violation {reference} est clôturée : elle ne peut plus être modifiée.</source>
        <translation>الانتهاك {reference} مغلق: لم يعد من الممكن تعديله.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/references.py" line="29"/>
        <source>« {value} » n&apos;est pas une référence de violation (forme attendue : VIO-2026-0001).</source>
        <translation>« {value} » ليس مرجع انتهاك (الصيغة المنتظرة: VIO-2026-0001).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="85"/>
        <source>Date invalide dans le calendrier : {value}.</source>
        <translation>تاريخ غير صالح في التقويم: {value}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="86"/>
        <source>Aucun jour férié n&apos;est prévu le {value}.</source>
        <translation>لا توجد عطلة رسمية مقررة في {value}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="87"/>
        <source>Aucun jour ouvré dans l&apos;année qui suit le {value} : vérifiez le calendrier.</source>
        <translation>لا يوجد أي يوم عمل في السنة الموالية لـ {value}: تحقق من التقويم.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="90"/>
        <location filename="../../dpo_desk/services/letters.py" line="247"/>
        <source>Le nom dépasse {limit} caractères.</source>
        <translation>يتجاوز الاسم {limit} حرفا.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="91"/>
        <source>« {value} » n&apos;est pas un État membre de l&apos;Union européenne.</source>
        <translation>« {value} » ليس دولة عضوا في الاتحاد الأوروبي.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="94"/>
        <source>Fête lunaire inconnue : {value}.</source>
        <translation>عيد هجري غير معروف: {value}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="95"/>
        <source>La date annoncée ({value}) est à plus de {limit} jours de la date estimée ({estimate}).</source>
        <translation>يتجاوز الفارق بين التاريخ المُعلَن ({value}) والتاريخ التقديري ({estimate}) الحدَّ الأقصى المسموح به (عدد الأيام: {limit}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="173"/>
        <source>Le délai de politique interne doit être compris entre 1 et {limit} jours.</source>
        <translation>يجب أن يكون أجل السياسة الداخلية بين 1 و{limit} يوما.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="176"/>
        <source>Le délai franc de rectification doit être compris entre 1 et {limit} jours.</source>
        <translation>يجب أن يكون الأجل الكامل للتصحيح بين 1 و{limit} يوما.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="180"/>
        <location filename="../../dpo_desk/domain/requests/model.py" line="42"/>
        <source>Indiquez au moins un droit exercé.</source>
        <translation>حدد حقا واحدا على الأقل تمت ممارسته.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="181"/>
        <source>Une suspension en cours ne peut être comptée qu&apos;avec la date du jour.</source>
        <translation>لا يمكن احتساب إيقاف جارٍ إلا بتاريخ اليوم.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="184"/>
        <source>La prorogation ({decided_on}) ne peut pas précéder la réception ({received}).</source>
        <translation>لا يمكن أن يسبق التمديد ({decided_on}) تاريخ التوصل ({received}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="638"/>
        <source>Prorogation tardive : elle devait être décidée et notifiée dans le premier mois, au plus tard le {cutoff} (RGPD art. 12(3)), et non le {decided_on}.</source>
        <translation>تمديد متأخر: كان يجب أن يُقرَّر ويُبلَّغ خلال الشهر الأول، في أجل أقصاه {cutoff} (المادة 12(3) من RGPD)، وليس في {decided_on}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/deadlines.py" line="662"/>
        <source>La loi 09-08 ne prévoit pas de prorogation du délai par le responsable du traitement : la date de réponse reste inchangée.</source>
        <translation>لا ينص القانون رقم 09.08 على تمديد الأجل من طرف المسؤول عن المعالجة: يبقى تاريخ الرد دون تغيير.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/organisation.py" line="19"/>
        <source>Le nom de l&apos;organisation est obligatoire.</source>
        <translation>اسم المؤسسة إلزامي.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/organisation.py" line="20"/>
        <source>L&apos;adresse e-mail du DPO n&apos;a pas une forme valide.</source>
        <translation>عنوان البريد الإلكتروني لمندوب حماية المعطيات غير صالح.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/organisation.py" line="21"/>
        <source>Un champ dépasse {limit} caractères.</source>
        <translation>يتجاوز أحد الحقول {limit} حرفا.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="402"/>
        <source>Ce champ est obligatoire.</source>
        <translation>هذا الحقل إلزامي.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="403"/>
        <source>Le nom du traitement est obligatoire.</source>
        <translation>اسم المعالجة إلزامي.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="404"/>
        <source>Le nom du sous-traitant est obligatoire.</source>
        <translation>اسم المعالج من الباطن إلزامي.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="405"/>
        <source>Indiquez au moins une finalité du traitement (RGPD art. 30(1)(b)).</source>
        <translation>حدد غاية واحدة على الأقل للمعالجة (المادة 30(1)(ب) من RGPD).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="408"/>
        <source>La finalité n° {index} n&apos;est pas décrite.</source>
        <translation>الغاية رقم {index} غير موصوفة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="409"/>
        <source>La finalité « {purpose} » repose sur l&apos;intérêt légitime : décrivez cet intérêt (RGPD art. 6(1)(f) et 13(1)(d)).</source>
        <translation>الغاية « {purpose} » تستند إلى المصلحة المشروعة: صِف هذه المصلحة (المادتان 6(1)(و) و13(1)(د) من RGPD).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="620"/>
        <source>La date de dépôt est obligatoire.</source>
        <translation>تاريخ الإيداع إلزامي.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="621"/>
        <source>Le numéro et la date du récépissé ou de l&apos;autorisation sont obligatoires.</source>
        <translation>رقم الوصل أو الإذن وتاريخه إلزاميان.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="624"/>
        <source>La date de fin du traitement est obligatoire.</source>
        <translation>تاريخ انتهاء المعالجة إلزامي.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="625"/>
        <source>La date du récépissé ({receipt}) précède la date de dépôt ({filed}).</source>
        <translation>تاريخ الوصل ({receipt}) سابق لتاريخ الإيداع ({filed}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="628"/>
        <location filename="../../dpo_desk/domain/records.py" line="416"/>
        <source>La date ({value}) ne peut pas être dans le futur.</source>
        <translation>لا يمكن أن يكون التاريخ ({value}) في المستقبل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="631"/>
        <source>La date ({value}) précède la loi 09-08 du 18 février 2009.</source>
        <translation>التاريخ ({value}) سابق للقانون رقم 09.08 الصادر في 18 فبراير 2009.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="417"/>
        <source>La date ({value}) est antérieure à la loi 09-08 et à la CNDP (2009).</source>
        <translation>التاريخ ({value}) سابق للقانون رقم 09.08 وللجنة الوطنية (2009).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="420"/>
        <source>La date ({value}) ne peut pas précéder la signature du contrat ({signed}).</source>
        <translation>لا يمكن أن يسبق التاريخ ({value}) توقيع العقد ({signed}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="423"/>
        <source>Une durée de conservation doit être un nombre entier entre 1 et {limit}.</source>
        <translation>يجب أن تكون مدة الحفظ عددا صحيحا بين 1 و{limit}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="426"/>
        <source>La durée de conservation porte sur une catégorie de données que le traitement ne collecte pas : {category}.</source>
        <translation>تتعلق مدة الحفظ بفئة معطيات لا تجمعها المعالجة: {category}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="431"/>
        <source>Une date de récépissé CNDP suppose son numéro : indiquez le numéro.</source>
        <translation>تاريخ وصل CNDP يفترض رقمه: أدخل الرقم.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="434"/>
        <source>Une date d&apos;analyse d&apos;impact suppose que l&apos;analyse a été réalisée.</source>
        <translation>تاريخ تقييم الأثر يفترض أن التقييم قد أُنجز.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/countries.py" line="57"/>
        <source>« {value} » n&apos;est pas un code pays ISO 3166 à deux lettres (ex. US, FR).</source>
        <translation>« {value} » ليس رمز بلد ISO 3166 من حرفين (مثلا US، FR).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/countries.py" line="60"/>
        <source>Un transfert est un envoi hors du Maroc : choisissez un pays de destination.</source>
        <translation>النقل هو إرسال إلى خارج المغرب: اختر بلد الوجهة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="437"/>
        <source>Une date de signature suppose un contrat de sous-traitance signé.</source>
        <translation>تاريخ التوقيع يفترض وجود عقد معالجة من الباطن موقع.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="440"/>
        <source>Rattachez le transfert à un traitement, à un sous-traitant, ou aux deux.</source>
        <translation>اربط النقل بمعالجة أو بمعالج من الباطن أو بهما معا.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="443"/>
        <source>Précisez la dérogation invoquée (RGPD art. 49 ; loi 09-08 art. 44).</source>
        <translation>حدد الاستثناء المستند إليه (المادة 49 من RGPD؛ المادة 44 من القانون رقم 09.08).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="446"/>
        <source>Une dérogation ne s&apos;indique que pour le mécanisme « dérogation ».</source>
        <translation>لا يُحدَّد الاستثناء إلا بالنسبة لآلية « استثناء ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="449"/>
        <source>Indiquez la référence de l&apos;autorisation de la CNDP ou de la demande F118.</source>
        <translation>أدخل مرجع إذن اللجنة الوطنية أو الطلب F118.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="453"/>
        <source>Indiquez à la fois si les données ont été restituées ou supprimées, et quand.</source>
        <translation>حدد في آن واحد هل أُرجعت المعطيات أم حُذفت، ومتى.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="456"/>
        <source>Le contrat de ce sous-traitant est déjà terminé.</source>
        <translation>عقد هذا المعالج من الباطن منتهٍ بالفعل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="457"/>
        <source>Enregistrez d&apos;abord la fin du contrat de ce sous-traitant.</source>
        <translation>سجّل أولا نهاية عقد هذا المعالج من الباطن.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="234"/>
        <source>Un refus doit être motivé : choisissez le motif du refus.</source>
        <translation>يجب تعليل الرفض: اختر سبب الرفض.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="237"/>
        <source>Un motif de refus ne s&apos;indique que lorsque la demande est refusée.</source>
        <translation>لا يُحدَّد سبب الرفض إلا عند رفض الطلب.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="240"/>
        <source>Motif de refus inconnu : {value}.</source>
        <translation>سبب رفض غير معروف: {value}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/references.py" line="26"/>
        <source>« {value} » n&apos;est pas une référence de demande (forme attendue : DSR-2026-0001).</source>
        <translation>« {value} » ليس مرجع طلب (الصيغة المنتظرة: DSR-2026-0001).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="27"/>
        <source>La durée de conservation doit être un nombre entier d&apos;années entre 1 et {maximum}.</source>
        <translation>يجب أن تكون مدة الحفظ عددا صحيحا من السنوات بين 1 و{maximum}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="191"/>
        <source>Le délai de suppression des copies de pièce d&apos;identité doit être un nombre entier de jours entre 1 et {maximum}.</source>
        <translation>يجب أن يكون أجل حذف نسخ وثائق الهوية عددا صحيحا من الأيام بين 1 و{maximum}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="196"/>
        <source>Justificatif d&apos;identité inconnu : {value}.</source>
        <translation>إثبات هوية غير معروف: {value}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/model.py" line="41"/>
        <source>Le nom du demandeur est obligatoire.</source>
        <translation>اسم صاحب الطلب إلزامي.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/model.py" line="44"/>
        <source>L&apos;adresse e-mail « {value} » n&apos;a pas une forme valide.</source>
        <translation>عنوان البريد الإلكتروني « {value} » غير صالح.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/model.py" line="45"/>
        <source>La date de réception ({value}) ne peut pas être dans le futur.</source>
        <translation>لا يمكن أن يكون تاريخ التوصل ({value}) في المستقبل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/model.py" line="48"/>
        <source>La date de réception ({value}) est antérieure à la loi 09-08 (2009).</source>
        <translation>تاريخ التوصل ({value}) سابق للقانون رقم 09.08 (2009).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/model.py" line="52"/>
        <source>La date ({value}) ne peut pas précéder la réception de la demande.</source>
        <translation>لا يمكن أن يسبق التاريخ ({value}) تاريخ التوصل بالطلب.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/attachments.py" line="79"/>
        <source>La pièce jointe « {name} » est déjà jointe à cette violation.</source>
        <translation>المرفق « {name} » مرفق بالفعل بهذا الانتهاك.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/attachments.py" line="92"/>
        <source>La pièce jointe n°{id} n&apos;existe pas.</source>
        <translation>المرفق رقم {id} غير موجود.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/breaches.py" line="55"/>
        <source>Aucune violation ne porte la référence {reference}.</source>
        <translation>لا يوجد انتهاك يحمل المرجع {reference}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/breaches.py" line="59"/>
        <source>La violation {reference} a été modifiée entre-temps ; rechargez-la avant d&apos;enregistrer.</source>
        <translation>عُدِّل الانتهاك {reference} في هذه الأثناء؛ أعد تحميله قبل الحفظ.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/breaches.py" line="70"/>
        <source>L&apos;évaluation retient une atteinte « {dimension} » que la nature de la violation ne mentionne pas : complétez d&apos;abord la nature.</source>
        <translation>يعتمد التقييم مسًّا بـ« {dimension} » لا تذكره طبيعة الانتهاك: أكمل الطبيعة أولا.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/breaches.py" line="75"/>
        <source>Cet événement s&apos;enregistre avec son acte (notification, communication, clôture) : seuls « violation contenue » et les notes s&apos;ajoutent à la main.</source>
        <translation>يُسجَّل هذا الحدث مع الإجراء المرتبط به (التبليغ، الإخبار، الإغلاق): لا يُضاف يدويا إلا « احتواء الانتهاك » والملاحظات.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/breaches.py" line="80"/>
        <source>Décrivez les mesures correctives prises.</source>
        <translation>صِف التدابير التصحيحية المتخذة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/breaches.py" line="83"/>
        <source>confidentialité</source>
        <translation>السرية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/breaches.py" line="84"/>
        <source>intégrité</source>
        <translation>السلامة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/breaches.py" line="85"/>
        <source>disponibilité</source>
        <translation>الإتاحة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="28"/>
        <source>Aucun dossier ne porte la référence {reference} : attendu une demande (DSR-…) ou une violation (VIO-…).</source>
        <translation>لا يوجد ملف يحمل المرجع {reference}: المنتظر طلب (DSR-…) أو انتهاك (VIO-…).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="106"/>
        <source>Le courrier n°{id} n&apos;existe pas (ou plus).</source>
        <translation>الرسالة رقم {id} غير موجودة (أو لم تعد موجودة).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="109"/>
        <source>Le courrier a été modifié entre-temps (autre fenêtre, autre poste) ; rechargez-le avant d&apos;enregistrer.</source>
        <translation>عُدِّلت الرسالة في هذه الأثناء (نافذة أخرى أو حاسوب آخر)؛ أعد تحميلها قبل الحفظ.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="119"/>
        <source>Le courrier « {kind} » ne convient pas à {case} {reference} : choisissez {kinds}.</source>
        <translation>الرسالة « {kind} » لا تناسب {case} {reference}: اختر {kinds}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="156"/>
        <source>« {kind} » indisponible : la demande {reference} relève de la seule loi 09-08, qui ne prévoit pas de prorogation du délai.</source>
        <translation>« {kind} » غير متاح: يخضع الطلب {reference} للقانون رقم 09.08 وحده، وهو لا ينص على تمديد الأجل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="161"/>
        <source>« {kind} » indisponible : la demande {reference} n&apos;a pas été prorogée. Enregistrez d&apos;abord la prorogation, avec sa date et ses motifs (article 12(3) du RGPD).</source>
        <translation>« {kind} » غير متاح: لم يُمدَّد أجل الطلب {reference}. سجّل التمديد أولا، مع تاريخه وأسبابه (المادة 12(3) من RGPD).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="166"/>
        <source>« {kind} » indisponible : la demande {reference} ne porte pas sur : {rights}.</source>
        <translation>« {kind} » غير متاح: لا يشمل الطلب {reference} ما يلي: {rights}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="169"/>
        <source>« {kind} » indisponible : rien n&apos;est enregistré comme fait pour la demande {reference}. Enregistrez d&apos;abord la réponse (statut « Répondue », avec sa date) : le courrier en donne la date.</source>
        <translation>« {kind} » غير متاح: لم يُسجَّل أي إجراء منجز بالنسبة للطلب {reference}. سجّل الرد أولا (الوضعية « تم الرد »، مع تاريخه): تذكر الرسالة هذا التاريخ.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="175"/>
        <source>« {kind} » indisponible : la demande {reference} a été refusée ; c&apos;est le refus motivé qui lui répond.</source>
        <translation>« {kind} » غير متاح: رُفض الطلب {reference}؛ والرد عليه يكون بالرفض المعلل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="180"/>
        <source>« {kind} » indisponible : la demande {reference} a été retirée par le demandeur.</source>
        <translation>« {kind} » غير متاح: سُحب الطلب {reference} من طرف صاحبه.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="183"/>
        <source>« {kind} » indisponible : l&apos;identité du demandeur de la demande {reference} n&apos;est pas établie ; aucune donnée ne peut lui être communiquée.</source>
        <translation>« {kind} » غير متاح: هوية صاحب الطلب {reference} غير مثبتة؛ لا يمكن إطلاعه على أي معطيات.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="188"/>
        <source>« {kind} » indisponible : la demande {reference} n&apos;a pas été refusée. Enregistrez d&apos;abord le refus et son motif : le courrier le cite.</source>
        <translation>« {kind} » غير متاح: لم يُرفض الطلب {reference}. سجّل الرفض وسببه أولا: تذكره الرسالة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="193"/>
        <source>« {kind} » indisponible : le motif enregistré « {reason} » ne permet pas de refuser « {right} » au titre de « {regime} ».</source>
        <translation>« {kind} » غير متاح: السبب المسجل « {reason} » لا يسمح برفض « {right} » بموجب « {regime} ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="198"/>
        <source>« {kind} » indisponible : « {right} » n&apos;est pas prévu par « {regime} » ; seul le motif « {reason} » fonde ce refus.</source>
        <translation>« {kind} » غير متاح: « {right} » غير منصوص عليه في « {regime} »؛ ولا يستند هذا الرفض إلا إلى السبب « {reason} ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="203"/>
        <source>Rubriques vides : {sections}. Rattachez la demande à ses traitements du registre, ou indiquez pourquoi elles sont sans objet (elles seront marquées « néant »).</source>
        <translation>بنود فارغة: {sections}. اربط الطلب بمعالجاته في السجل، أو بيّن لماذا لا محل لها (سيُشار إليها بـ« لا شيء »).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="223"/>
        <source>la demande</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="224"/>
        <source>la violation</source>
        <translation>الانتهاك</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="228"/>
        <source>Langue de courrier inconnue : {value} (fr, ar ou en).</source>
        <translation>لغة رسالة غير معروفة: {value} (fr أو ar أو en).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="231"/>
        <source>Ce courrier a déjà été généré en PDF et joint au dossier : il ne se modifie plus. Rédigez un nouveau courrier.</source>
        <translation>سبق إنشاء هذه الرسالة بصيغة PDF وإرفاقها بالملف: لم تعد قابلة للتعديل. حرّر رسالة جديدة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="236"/>
        <source>Ce courrier est déjà marqué comme validé par {reviewer}.</source>
        <translation>هذه الرسالة مُعلَّمة بالفعل كمصادق عليها من طرف {reviewer}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="239"/>
        <source>Le courrier doit être relu et marqué comme validé avant la génération du PDF.</source>
        <translation>يجب مراجعة الرسالة وتعليمها كمصادق عليها قبل إنشاء PDF.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="243"/>
        <source>Indiquez le nom de la personne qui a relu et validé le courrier.</source>
        <translation>أدخل اسم الشخص الذي راجع الرسالة وصادق عليها.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="246"/>
        <source>Indiquez l&apos;auteur du brouillon.</source>
        <translation>أدخل اسم محرر المسودة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="248"/>
        <source>Le courrier dépasse {limit} caractères.</source>
        <translation>تتجاوز الرسالة {limit} حرفا.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="249"/>
        <source>Renseignez d&apos;abord l&apos;organisation et son délégué dans Paramètres.</source>
        <translation>أدخل أولا المؤسسة ومندوبها في الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letter_addressees.py" line="91"/>
        <source>Autorité destinataire inconnue : « {value} ». La violation {reference} est à notifier à : {choices} (ou « other:NOM » pour une autre autorité de contrôle de l&apos;UE).</source>
        <translation>سلطة مرسل إليها غير معروفة: « ⁨{value}⁩ ». الانتهاك {reference}‏ يجب تبليغه إلى: {choices} (أو « other:الاسم » لسلطة مراقبة أخرى في الاتحاد الأوروبي).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letter_addressees.py" line="96"/>
        <source>La violation {reference} n&apos;est pas à notifier à {authority} : ni la loi ni la politique interne ne l&apos;y obligent. Autorités destinataires : {choices}.</source>
        <translation>الانتهاك {reference}‏ لا يلزم تبليغه إلى {authority}: لا القانون ولا السياسة الداخلية يفرضان ذلك. السلطات المرسل إليها: {choices}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letter_addressees.py" line="101"/>
        <source>La violation {reference} est à notifier à plusieurs autorités, chacune par son propre courrier : choisissez le destinataire ({choices}).</source>
        <translation>الانتهاك {reference}‏ يجب تبليغه إلى عدة سلطات، لكل منها رسالتها: اختر المرسل إليه ({choices}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/maintenance.py" line="42"/>
        <source>Le nombre de sauvegardes automatiques à garder doit être compris entre 0 et {maximum}.</source>
        <translation>يجب أن يكون عدد النسخ الاحتياطية التلقائية المحتفظ بها بين 0 و{maximum}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/maintenance.py" line="46"/>
        <source>La nouvelle phrase secrète doit être différente de l&apos;actuelle.</source>
        <translation>يجب أن تختلف عبارة المرور الجديدة عن الحالية.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/maintenance.py" line="49"/>
        <source>La phrase secrète actuelle est incorrecte.</source>
        <translation>عبارة المرور الحالية غير صحيحة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/maintenance.py" line="54"/>
        <source>Le dossier {reference} n&apos;est plus à purger (il a changé depuis la revue) ; relancez la revue.</source>
        <translation>لم يعد الملف {reference} معنيا بالحذف (تغير منذ المراجعة)؛ أعد المراجعة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/register_file.py" line="329"/>
        <source>Le verrouillage automatique se règle entre 0 (désactivé) et {limit} minutes.</source>
        <extracomment>what the journal names when the organisation changes (names only, never values)</extracomment>
        <translation>يُضبط القفل التلقائي بين 0 (معطل) و{limit} دقيقة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/records.py" line="76"/>
        <source>Aucun traitement « {key} » dans le registre.</source>
        <translation>لا توجد معالجة « {key} » في السجل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/records.py" line="80"/>
        <source>Aucun sous-traitant « {key} » dans le registre.</source>
        <translation>لا يوجد معالج من الباطن « {key} » في السجل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/records.py" line="84"/>
        <source>Aucun transfert n° {key} dans le registre.</source>
        <translation>لا يوجد نقل رقم {key} في السجل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="24"/>
        <source>Aucun dossier n° {key} à rattacher.</source>
        <translation>لا يوجد ملف رقم {key} للربط.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/records.py" line="94"/>
        <source>« {name} » a été modifié entre-temps ; rechargez-le avant d&apos;enregistrer.</source>
        <translation>عُدِّل « {name} » في هذه الأثناء؛ أعد تحميله قبل الحفظ.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/records.py" line="98"/>
        <source>Un traitement nommé « {name} » existe déjà dans le registre.</source>
        <translation>توجد بالفعل في السجل معالجة باسم « {name} ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/records.py" line="101"/>
        <source>Un sous-traitant nommé « {name} » existe déjà dans le registre.</source>
        <translation>يوجد بالفعل في السجل معالج من الباطن باسم « {name} ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/records.py" line="104"/>
        <source>La périodicité de revue doit être comprise entre 1 et 60 mois.</source>
        <translation>يجب أن تكون دورية المراجعة بين 1 و60 شهرا.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/requests.py" line="61"/>
        <source>Aucune demande ne porte la référence {reference}.</source>
        <translation>لا يوجد طلب يحمل المرجع {reference}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/requests.py" line="65"/>
        <source>La demande {reference} a été modifiée entre-temps ; rechargez-la avant d&apos;enregistrer.</source>
        <translation>عُدِّل الطلب {reference} في هذه الأثناء؛ أعد تحميله قبل الحفظ.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/attachments.py" line="72"/>
        <source>La pièce jointe « {name} » dépasse la limite de {limit} Mo ({size} Mo).</source>
        <translation>يتجاوز المرفق « {name} » الحد الأقصى البالغ {limit} م.ب ({size} م.ب).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/attachments.py" line="75"/>
        <source>La pièce jointe « {name} » est vide.</source>
        <translation>المرفق « {name} » فارغ.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/attachments.py" line="76"/>
        <source>La pièce jointe « {name} » est déjà jointe à cette demande.</source>
        <translation>المرفق « {name} » مرفق بالفعل بهذا الطلب.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/requests.py" line="519"/>
        <source>Une prorogation doit être motivée (RGPD art. 12(3)) : indiquez la raison.</source>
        <translation>يجب تعليل التمديد (المادة 12(3) من RGPD): بيّن السبب.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="16"/>
        <source>Le registre n&apos;a pas pu être ouvert.</source>
        <translation>تعذر فتح السجل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="26"/>
        <source>Phrase secrète incorrecte pour {name} (ou ce fichier n&apos;est pas un registre DPO Desk).</source>
        <translation>عبارة مرور غير صحيحة لـ {name} (أو أن هذا الملف ليس سجل DPO Desk).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="34"/>
        <source>{name} n&apos;est pas un registre DPO Desk : {reason}.</source>
        <translation>{name} ليس سجل DPO Desk: {reason}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="44"/>
        <source>{name} a été enregistré par une version plus récente de DPO Desk (schéma {revision}). Mettez l&apos;application à jour.</source>
        <translation>حُفظ {name} بنسخة أحدث من DPO Desk (المخطط {revision}). حدّث التطبيق.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="53"/>
        <source>Le fichier {name} n&apos;existe pas.</source>
        <translation>الملف {name} غير موجود.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="58"/>
        <source>Le fichier {name} existe déjà ; choisissez un autre nom pour le nouveau registre.</source>
        <translation>الملف {name} موجود بالفعل؛ اختر اسما آخر للسجل الجديد.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="66"/>
        <source>Erreur d&apos;accès au disque pour {name} : {reason}. Aucune donnée n&apos;a été modifiée.</source>
        <translation>خطأ في الوصول إلى القرص بالنسبة لـ {name}: {reason}. لم تُعدَّل أي معطيات.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="76"/>
        <source>Espace disque insuffisant pour écrire {name} : l&apos;opération a été annulée et rien n&apos;a été enregistré. Libérez de la place, puis réessayez.</source>
        <translation>مساحة القرص غير كافية لكتابة {name}: أُلغيت العملية ولم يُحفظ أي شيء. حرّر مساحة، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="88"/>
        <source>Impossible d&apos;écrire {name} : le fichier ou son dossier est en lecture seule (droits d&apos;écriture ou support protégé). Rien n&apos;a été enregistré.</source>
        <translation>تعذرت الكتابة في ⁨{name}⁩: الملف أو مجلده للقراءة فقط (صلاحيات الكتابة أو وسيط محمي). لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="99"/>
        <source>Le nom de fichier {name} est trop long pour le système de fichiers (255 octets au plus par nom) : choisissez un nom ou un dossier plus court.</source>
        <translation>اسم الملف ⁨{name}⁩ طويل جدا بالنسبة لنظام الملفات (255 بايت على الأكثر لكل اسم): اختر اسما أو مجلدا أقصر.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="127"/>
        <source>Espace disque insuffisant : la phrase secrète de {name} n&apos;a pas été changée. Rien n&apos;a été modifié et l&apos;ancienne phrase secrète ouvre toujours le registre. Le changement écrit une copie complète du registre dans son dossier avant de remplacer l&apos;ancien fichier : libérez au moins {size} Mo, puis réessayez.</source>
        <translation>مساحة القرص غير كافية: لم تُغيَّر عبارة مرور السجل {name}. لم يُعدَّل أي شيء، ولا تزال عبارة المرور القديمة تفتح السجل. يكتب التغيير نسخة كاملة من السجل في مجلده قبل أن يستبدل بها الملف القديم: حرّر {size} م.ب على الأقل، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="139"/>
        <source>La phrase secrète de {name} n&apos;a pas été changée : {reason}. Rien n&apos;a été modifié et l&apos;ancienne phrase secrète ouvre toujours le registre.</source>
        <translation>لم تُغيَّر عبارة مرور السجل {name}: {reason}. لم يُعدَّل أي شيء، ولا تزال عبارة المرور القديمة تفتح السجل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="147"/>
        <source>le dossier du registre n&apos;accepte pas de nouveau fichier (droits d&apos;écriture ou support en lecture seule ?)</source>
        <translation>مجلد السجل لا يقبل ملفا جديدا (صلاحيات الكتابة، أو وسيط للقراءة فقط؟)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="152"/>
        <source>la copie rechiffrée n&apos;a pas passé la vérification (contenu ou journal différent)</source>
        <translation>النسخة المعاد تشفيرها لم تجتز التحقق (اختلاف في المحتوى أو في سجل العمليات)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="158"/>
        <source>La phrase secrète doit compter au moins {minimum} caractères.</source>
        <translation>يجب أن تتكون عبارة المرور من {minimum} حرفا على الأقل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="165"/>
        <source>Le contrôle d&apos;intégrité de {name} a échoué : {reason}.</source>
        <translation>فشل التحقق من سلامة {name}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="170"/>
        <source>le fichier est vide</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="171"/>
        <source>c&apos;est une base SQLite non chiffrée</source>
        <translation>إنها قاعدة SQLite غير مشفرة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="172"/>
        <source>sa taille ne correspond à aucune base chiffrée</source>
        <translation>حجمها لا يطابق أي قاعدة مشفرة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="173"/>
        <source>c&apos;est une base chiffrée d&apos;une autre application</source>
        <translation>إنها قاعدة مشفرة تابعة لتطبيق آخر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="174"/>
        <source>c&apos;est un dossier</source>
        <translation>إنه مجلد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="175"/>
        <source>c&apos;est un tube nommé (FIFO), pas un fichier</source>
        <translation>إنه أنبوب مسمى (FIFO)، وليس ملفا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="176"/>
        <source>c&apos;est un périphérique, pas un fichier</source>
        <translation>إنه جهاز، وليس ملفا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="177"/>
        <source>ce n&apos;est pas un fichier ordinaire</source>
        <translation>ليس ملفا عاديا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="185"/>
        <source>Le registre {name} est occupé par un autre programme. L&apos;opération n&apos;a pas été enregistrée ; réessayez dans un instant.</source>
        <translation>السجل {name} مستعمل من طرف برنامج آخر. لم تُسجَّل العملية؛ أعد المحاولة بعد لحظة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="197"/>
        <source>Le registre {name} est endommagé ou a été modifié en dehors de DPO Desk ; aucune donnée douteuse n&apos;a été lue. Restaurez une sauvegarde (dpo-desk restore).</source>
        <translation>السجل {name} تالف أو عُدِّل خارج DPO Desk؛ لم تُقرأ أي معطيات مشكوك فيها. استرجع نسخة احتياطية (dpo-desk restore).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/errors.py" line="209"/>
        <source>Le registre {name} est endommagé ou a été modifié en dehors de DPO Desk (contrôle d&apos;authenticité en échec, page {pages}) ; aucune donnée douteuse n&apos;a été lue. Restaurez une sauvegarde (dpo-desk restore).</source>
        <translation>السجل ⁨{name}⁩ تالف أو عُدّل خارج DPO Desk (فشل التحقق من الأصالة، الصفحة {pages})؛ لم تُقرأ أي معطيات مشكوك فيها. استرجع نسخة احتياطية (dpo-desk restore).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/session.py" line="36"/>
        <source>Le registre {name} est déjà ouvert par DPO Desk (processus {pid} sur {host}). Fermez-le là-bas, puis réessayez.</source>
        <translation>السجل {name} مفتوح بالفعل في DPO Desk (العملية {pid} على {host}). أغلقه هناك، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/session.py" line="45"/>
        <source>Impossible de réserver {name} : le dossier {folder} n&apos;accepte pas le fichier de verrou (droits d&apos;écriture ?).</source>
        <translation>تعذر حجز {name}: المجلد {folder} لا يقبل ملف القفل (صلاحيات الكتابة؟).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="98"/>
        <source>Export annulé : aucun fichier n&apos;a été écrit.</source>
        <translation>أُلغي التصدير: لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="109"/>
        <source>Le fichier {name} existe déjà : choisissez un autre nom ou remplacez-le.</source>
        <translation>الملف {name} موجود بالفعل: اختر اسما آخر أو استبدله.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="115"/>
        <source>Registre à exporter inconnu : {which}.</source>
        <translation>سجل التصدير غير معروف: {which}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="116"/>
        <source>{name} est un dossier : indiquez un nom de fichier .xlsx.</source>
        <translation>{name} مجلد: أدخل اسم ملف ‎.xlsx.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="119"/>
        <source>Le dossier {folder} n&apos;existe pas : l&apos;export n&apos;a pas été écrit.</source>
        <translation>المجلد {folder} غير موجود: لم يُكتب التصدير.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="122"/>
        <source>Espace disque insuffisant pour écrire {name} : libérez de la place ou choisissez un autre emplacement. Aucun fichier n&apos;a été laissé.</source>
        <translation>مساحة القرص غير كافية لكتابة {name}: حرّر مساحة أو اختر موقعا آخر. لم يُترك أي ملف.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="127"/>
        <source>Écriture refusée dans {folder} (droits insuffisants ou support en lecture seule) : choisissez un autre emplacement. Aucun fichier n&apos;a été laissé.</source>
        <translation>الكتابة مرفوضة في {folder} (صلاحيات غير كافية أو وسيط للقراءة فقط): اختر موقعا آخر. لم يُترك أي ملف.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="132"/>
        <source>Impossible d&apos;écrire {name} : {reason}. Aucun fichier n&apos;a été laissé.</source>
        <translation>تعذرت كتابة {name}: {reason}. لم يُترك أي ملف.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/workers.py" line="30"/>
        <source>L&apos;opération a échoué de façon inattendue ({kind}). Rien n&apos;a été perdu.</source>
        <translation>فشلت العملية بشكل غير متوقع ({kind}). لم يضع أي شيء.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="52"/>
        <source>Ce fichier n&apos;est pas un classeur Excel (.xlsx).</source>
        <translation>هذا الملف ليس مصنف Excel ‏(‎.xlsx).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="53"/>
        <source>Ce classeur est protégé par un mot de passe (ou est un ancien fichier .xls) : enregistrez-en une copie .xlsx sans mot de passe.</source>
        <translation>هذا المصنف محمي بكلمة مرور (أو أنه ملف ‎.xls قديم): احفظ منه نسخة ‎.xlsx دون كلمة مرور.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="58"/>
        <source>Ce classeur est trop volumineux une fois décompressé (plus de {limit} Mo) : il ne peut pas être importé.</source>
        <translation>حجم هذا المصنف كبير جدا بعد فك الضغط (أكثر من {limit} م.ب): لا يمكن استيراده.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="63"/>
        <source>Ce classeur contient trop de textes distincts (plus de {limit} Mo ou {count} textes) : il ne peut pas être importé. Copiez seulement les lignes utiles dans un nouveau classeur.</source>
        <translation>يضم هذا المصنف عددا كبيرا جدا من النصوص المختلفة (أكثر من {limit} م.ب أو {count} نص): لا يمكن استيراده. انسخ الأسطر المفيدة فقط في مصنف جديد.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="68"/>
        <source>Ce classeur contient des déclarations XML interdites (DTD ou entités), signe d&apos;un fichier piégé : il ne peut pas être importé.</source>
        <translation>يتضمن هذا المصنف تصريحات XML ممنوعة (DTD أو كيانات)، وهي علامة على ملف مفخخ: لا يمكن استيراده.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="73"/>
        <source>Ce classeur Excel est endommagé ou illisible : ouvrez-le et réenregistrez-le.</source>
        <translation>مصنف Excel هذا تالف أو غير مقروء: افتحه وأعد حفظه.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="76"/>
        <source>La feuille « {sheet} » compte plus de {limit} lignes : découpez le fichier.</source>
        <translation>تضم الورقة « {sheet} » أكثر من {limit} سطر: قسّم الملف.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="79"/>
        <source>La feuille « {sheet} » compte plus de {limit} colonnes.</source>
        <translation>تضم الورقة « {sheet} » أكثر من {limit} عمود.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="82"/>
        <source>Le classeur ne contient aucune ligne de données.</source>
        <translation>لا يتضمن المصنف أي سطر من المعطيات.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="83"/>
        <source>Impossible de lire le fichier : {reason}.</source>
        <translation>تعذرت قراءة الملف: {reason}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="62"/>
        <source>Registre inconnu pour l&apos;import : {target} (traitements, sous-traitants ou demandes).</source>
        <translation>سجل غير معروف للاستيراد: {target} (المعالجات أو المعالجون من الباطن أو الطلبات).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="66"/>
        <source>Lignes invalides : {count}. Rien n&apos;a été importé. Corrigez le fichier ou choisissez d&apos;ignorer les lignes invalides.</source>
        <translation>أسطر غير صالحة: {count}. لم يُستورد أي شيء. صحّح الملف أو اختر تجاهل الأسطر غير الصالحة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="72"/>
        <source>Aucune colonne n&apos;est associée au champ obligatoire « {name} ».</source>
        <translation>لا يوجد عمود مقترن بالحقل الإلزامي « {name} ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="75"/>
        <source>Le champ « {name} » est associé à plusieurs colonnes.</source>
        <translation>الحقل « {name} » مقترن بعدة أعمدة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="107"/>
        <source>Le classeur n&apos;a de données que dans des feuilles masquées ({sheets}) : lisez aussi les feuilles masquées pour l&apos;importer.</source>
        <translation>لا يضم المصنف معطيات إلا في أوراق مخفية ({sheets}): اقرأ الأوراق المخفية أيضا لاستيراده.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="112"/>
        <source>Colonnes non reconnues, dont les valeurs seraient perdues : {columns}. Associez-les à un champ, envoyez-les aux notes (--unmapped notes) ou ignorez-les (--unmapped ignore).</source>
        <translation>أعمدة غير معروفة ستضيع قيمها: {columns}. اربطها بحقل، أو أرسلها إلى الملاحظات (‎--unmapped notes) أو تجاهلها (‎--unmapped ignore).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="923"/>
        <source>La date ({value}) précède la réception de la demande ({received}).</source>
        <translation>التاريخ ({value}) سابق لتاريخ تسلّم الطلب ({received}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/refusals.py" line="119"/>
        <source>Le motif « {reason} » ne permet pas de refuser « {right} » au titre de « {regime} » : choisissez un motif que ce texte prévoit pour ce droit.</source>
        <translation>السبب « {reason} » لا يسمح برفض « {right} » بموجب « {regime} »: اختر سببا ينص عليه هذا النص بالنسبة لهذا الحق.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/refusals.py" line="124"/>
        <source>« {right} » n&apos;est pas prévu par « {regime} » : le refus ne peut reposer que sur le motif « {expected} ».</source>
        <translation>« {right} » غير منصوص عليه في « {regime} »: لا يمكن أن يستند الرفض إلا إلى السبب « {expected} ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/authorities.py" line="38"/>
        <source>L&apos;adresse de {authority} ({language}) dépasse {limit} caractères ou {lines} lignes.</source>
        <translation>عنوان {authority} ({language}) يتجاوز {limit} حرفا أو {lines} أسطر.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/authorities.py" line="42"/>
        <source>Autorité inconnue : {value} (cndp ou cnil).</source>
        <translation>سلطة غير معروفة: {value} (cndp أو cnil).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/attachments.py" line="82"/>
        <source>La pièce jointe n° {id} n&apos;existe plus dans la demande {reference}.</source>
        <translation>المرفق رقم {id} لم يعد موجودا في الطلب {reference}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/attachments.py" line="96"/>
        <source>« {name} » est un courrier émis pour la demande {reference} : c&apos;est la trace de ce qui a été envoyé, il ne peut pas être supprimé.</source>
        <translation>« ⁨{name}⁩ » رسالة صادرة في الطلب {reference}‏: إنها أثر ما أُرسل، ولا يمكن حذفها.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letter_rules.py" line="30"/>
        <source>Règle des quatre yeux : {author} a rédigé ce courrier ; une autre personne doit le relire et le valider.</source>
        <translation>قاعدة العينين الأربع: ⁨{author}⁩ حرر هذه الرسالة؛ يجب أن يراجعها ويصادق عليها شخص آخر.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/private_files.py" line="23"/>
        <source>Le fichier « {path} » existe déjà ; il n&apos;est pas remplacé.</source>
        <translation>الملف « ⁨{path}⁩ » موجود مسبقا؛ لن يتم استبداله.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/private_files.py" line="26"/>
        <source>Impossible d&apos;enregistrer « {path} » : {reason}. Aucun fichier n&apos;a été modifié ; choisissez un autre emplacement.</source>
        <translation>تعذر حفظ « ⁨{path}⁩ »: {reason}. لم يتغير أي ملف؛ اختر موقعا آخر.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/tamper.py" line="17"/>
        <source>journal d&apos;audit : chaîne rompue à l&apos;entrée {entry}</source>
        <translation>سجل العمليات: السلسلة مقطوعة عند القيد {entry}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/tamper.py" line="18"/>
        <source>structure : {type} « {name} » inconnu de l&apos;application (ajouté hors de l&apos;app)</source>
        <translation>البنية: {type} « ⁨{name}⁩ » غير معروف للتطبيق (أضيف خارجه)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/tamper.py" line="21"/>
        <source>structure : {type} « {name} » manquant</source>
        <translation>البنية: {type} « ⁨{name}⁩ » مفقود</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/tamper.py" line="22"/>
        <source>structure : {type} « {name} » modifié</source>
        <translation>البنية: {type} « ⁨{name}⁩ » معدّل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/tamper.py" line="23"/>
        <source>{reference} : {field} vaut {stored} dans le registre, {journaled} selon le journal</source>
        <translation>{reference}‏: قيمة {field} هي ⁨{stored}⁩ في السجل، و⁨{journaled}⁩ حسب سجل العمليات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/tamper.py" line="26"/>
        <source>{reference} : présent dans le registre sans entrée de création au journal</source>
        <translation>{reference}‏: موجود في السجل دون قيد إنشاء في سجل العمليات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/tamper.py" line="29"/>
        <source>{reference} : absent du registre sans entrée de purge au journal</source>
        <translation>{reference}‏: غائب عن السجل دون قيد حذف في سجل العمليات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/tamper.py" line="32"/>
        <source>{missing} entrées du journal vues par cet ordinateur manquent</source>
        <translation>قيود سجل العمليات المفقودة التي رآها هذا الحاسوب: {missing}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/tamper.py" line="35"/>
        <source>le journal ne contient plus l&apos;entrée n° {count} vue par cet ordinateur : il a été réécrit ou remplacé par une copie plus ancienne</source>
        <translation>لم يعد سجل العمليات يتضمن القيد رقم {count} الذي رآه هذا الحاسوب: لقد أعيدت كتابته أو استُبدل بنسخة أقدم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/tamper.py" line="40"/>
        <source>l&apos;empreinte {head} n&apos;est pas dans le journal : il a été réécrit depuis, ou elle vient d&apos;un autre registre</source>
        <translation>البصمة {head} ليست في سجل العمليات: أعيدت كتابته منذ ذلك الحين، أو أنها من سجل آخر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/tamper.py" line="45"/>
        <source>et {count} autre(s) constat(s)</source>
        <translation>وملاحظات أخرى: {count}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/errors.py" line="101"/>
        <source>Élément introuvable.</source>
        <extracomment>names of values that are themselves message ids, translated with the template names of values that are message ids of another context (&quot;Right&quot;, &quot;Regime&quot;…), by name: {value name: context}. A tuple of them is translated item by item and joined.</extracomment>
        <translation>العنصر غير موجود.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/errors.py" line="109"/>
        <source>Cet élément a été modifié entre-temps : rechargez-le avant d&apos;enregistrer.</source>
        <translation>عُدِّل هذا العنصر في الأثناء: أعد تحميله قبل الحفظ.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/errors.py" line="118"/>
        <source>Cette étape n&apos;est pas possible dans l&apos;état actuel.</source>
        <translation>هذه الخطوة غير ممكنة في الحالة الراهنة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/errors.py" line="128"/>
        <source>date invalide « {value} » : l&apos;année doit être comprise entre 1 et 9999</source>
        <translation>تاريخ غير صالح « ⁨{value}⁩ »: يجب أن تكون السنة بين 1 و9999</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/errors.py" line="134"/>
        <source>Une date calculée tomberait après le 31 décembre 9999, la dernière date que DPO Desk sait compter : vérifiez les dates saisies.</source>
        <translation>سيقع تاريخ محسوب بعد 31 دجنبر 9999، وهو آخر تاريخ يستطيع DPO Desk حسابه: تحقق من التواريخ المدخلة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/errors.py" line="179"/>
        <source>L&apos;argument {argument} n&apos;est pas du texte UTF-8 valide : vérifiez l&apos;encodage du terminal (locale) ou le nom du fichier.</source>
        <translation>الوسيط {argument} ليس نصا صالحا بترميز UTF-8: تحقق من ترميز الطرفية (locale) أو من اسم الملف.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/errors.py" line="188"/>
        <source>La variable d&apos;environnement {variable} n&apos;est pas du texte UTF-8 valide : définissez-la en UTF-8.</source>
        <translation>متغير البيئة {variable} ليس نصا صالحا بترميز UTF-8: عرّفه بترميز UTF-8.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/errors.py" line="197"/>
        <source>Le fichier {name} n&apos;est pas du texte UTF-8 valide : enregistrez-le en UTF-8.</source>
        <translation>الملف ⁨{name}⁩ ليس نصا صالحا بترميز UTF-8: احفظه بترميز UTF-8.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="150"/>
        <source>Cette phrase secrète est trop facile à deviner (robustesse {score} sur 4, {minimum} au moins exigé) : {reason}</source>
        <translation>عبارة المرور هذه سهلة التخمين (قوتها {score} من 4، والمطلوب {minimum} على الأقل): {reason}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/report_pdf.py" line="46"/>
        <source>Le champ « {label} » contient un caractère que les documents PDF ne savent pas imprimer : « {char} » ({code}).</source>
        <translation>الحقل « ⁨{label}⁩ » يتضمن حرفا لا تستطيع مستندات PDF طباعته: « ⁨{char}⁩ » ({code}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/dossier.py" line="25"/>
        <source>Format de dossier inconnu « {value} » : choisissez pdf ou xlsx.</source>
        <translation>صيغة ملف غير معروفة « ⁨{value}⁩ »: اختر pdf أو xlsx.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/filings.py" line="49"/>
        <source>Le suivi de cette formalité a été modifié entre-temps ; rouvrez la fiche du traitement.</source>
        <translation>عُدِّل تتبع هذا الإجراء في الأثناء؛ أعد فتح بطاقة المعالجة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/notice.py" line="52"/>
        <source>Le registre ne nomme pas encore l&apos;organisation : renseignez-la dans Paramètres avant de produire la notice d&apos;information.</source>
        <translation>لا يذكر السجل اسم المؤسسة بعد: أدخله في الإعدادات قبل إعداد بيان الإخبار.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/notice.py" line="57"/>
        <source>Format de notice inconnu : {value} (html ou pdf).</source>
        <translation>صيغة بيان غير معروفة: {value} (html أو pdf).</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="148"/>
        <source>Découverte</source>
        <translation>اكتشاف الانتهاك</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="149"/>
        <source>Prise de connaissance</source>
        <translation>العلم بالانتهاك</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="150"/>
        <source>Violation contenue</source>
        <translation>احتواء الانتهاك</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="151"/>
        <source>Notification à l&apos;autorité</source>
        <translation>التبليغ إلى السلطة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="152"/>
        <source>Communication aux personnes</source>
        <translation>إخبار الأشخاص المعنيين</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="153"/>
        <source>Clôture</source>
        <translation>إغلاق الملف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="154"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>ExcelActions</name>
    <message>
        <location filename="../../dpo_desk/ui/exchange/actions.py" line="68"/>
        <source>Export Excel enregistré : {name}</source>
        <translation>حُفظ التصدير إلى Excel: {name}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/actions.py" line="105"/>
        <source>Exporter…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/actions.py" line="108"/>
        <source>Enregistrer ce registre dans un classeur Excel (non chiffré)</source>
        <translation>حفظ هذا السجل في مصنف Excel (غير مشفر)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/actions.py" line="119"/>
        <source>Importer…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/actions.py" line="122"/>
        <source>Ajouter des entrées depuis un classeur Excel</source>
        <translation>إضافة مدخلات من مصنف Excel</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="47"/>
        <source>le registre des demandes</source>
        <translation>سجل الطلبات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="48"/>
        <source>le registre des violations</source>
        <translation>سجل الانتهاكات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="49"/>
        <source>le registre des traitements</source>
        <translation>سجل المعالجات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="50"/>
        <source>les sous-traitants et les transferts</source>
        <translation>المعالجين من الباطن وعمليات النقل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="53"/>
        <source>les transferts</source>
        <translation>عمليات النقل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="54"/>
        <source>tous les registres</source>
        <translation>جميع السجلات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="55"/>
        <source>le journal d&apos;audit</source>
        <translation>سجل العمليات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="62"/>
        <source>demandes</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="63"/>
        <source>violations</source>
        <translation>الانتهاكات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="64"/>
        <source>traitements</source>
        <translation>المعالجات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="65"/>
        <source>sous-traitants</source>
        <translation>المعالجون من الباطن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="66"/>
        <source>transferts</source>
        <translation>عمليات النقل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="67"/>
        <source>registres</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="68"/>
        <source>journal</source>
        <translation>سجل العمليات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="112"/>
        <source>Exporter vers Excel</source>
        <translation>تصدير إلى Excel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="114"/>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="181"/>
        <source>L&apos;export a échoué ({error}) ; aucun fichier n&apos;a été laissé.</source>
        <translation>فشل التصدير ({error})؛ لم يُترك أي ملف.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="205"/>
        <source>Export Excel</source>
        <translation>تصدير Excel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="223"/>
        <source>Préparation…</source>
        <translation>التحضير…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="228"/>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="229"/>
        <source>Fermer</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="259"/>
        <source>Annulation…</source>
        <translation>الإلغاء…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="282"/>
        <source>{done} sur %n ligne(s)</source>
        <translation>
            <numerusform>الأسطر: {done} من أصل %n</numerusform>
            <numerusform>الأسطر: {done} من أصل %n</numerusform>
            <numerusform>الأسطر: {done} من أصل %n</numerusform>
            <numerusform>الأسطر: {done} من أصل %n</numerusform>
            <numerusform>الأسطر: {done} من أصل %n</numerusform>
            <numerusform>الأسطر: {done} من أصل %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="297"/>
        <source>%n ligne(s) exportée(s) en {seconds} s.</source>
        <translation>
            <numerusform>الأسطر المصدَّرة: %n، في {seconds} ث.</numerusform>
            <numerusform>الأسطر المصدَّرة: %n، في {seconds} ث.</numerusform>
            <numerusform>الأسطر المصدَّرة: %n، في {seconds} ث.</numerusform>
            <numerusform>الأسطر المصدَّرة: %n، في {seconds} ث.</numerusform>
            <numerusform>الأسطر المصدَّرة: %n، في {seconds} ث.</numerusform>
            <numerusform>الأسطر المصدَّرة: %n، في {seconds} ث.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="304"/>
        <source>%n cellule(s) trop longue(s) pour Excel tronquée(s) (voir la page de garde).</source>
        <translation>
            <numerusform>خلايا اقتُطعت لطولها بالنسبة لـ Excel: %n (انظر صفحة الغلاف).</numerusform>
            <numerusform>خلايا اقتُطعت لطولها بالنسبة لـ Excel: %n (انظر صفحة الغلاف).</numerusform>
            <numerusform>خلايا اقتُطعت لطولها بالنسبة لـ Excel: %n (انظر صفحة الغلاف).</numerusform>
            <numerusform>خلايا اقتُطعت لطولها بالنسبة لـ Excel: %n (انظر صفحة الغلاف).</numerusform>
            <numerusform>خلايا اقتُطعت لطولها بالنسبة لـ Excel: %n (انظر صفحة الغلاف).</numerusform>
            <numerusform>خلايا اقتُطعت لطولها بالنسبة لـ Excel: %n (انظر صفحة الغلاف).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="301"/>
        <source>Classeur enregistré : {path}</source>
        <translation>حُفظ المصنف: {path}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="214"/>
        <source>Exporter {what}</source>
        <translation>تصدير {what}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="326"/>
        <source>Export annulé : aucun fichier n&apos;a été écrit.</source>
        <translation>أُلغي التصدير: لم يُكتب أي ملف.</translation>
    </message>
</context>
<context>
    <name>Exposure</name>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="159"/>
        <source>Aucune atteinte</source>
        <translation>لا مساس</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="160"/>
        <source>Atteinte limitée</source>
        <translation>مس محدود</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="161"/>
        <source>Atteinte grave</source>
        <translation>مس جسيم</translation>
    </message>
</context>
<context>
    <name>FilingChannel</name>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="591"/>
        <source>Portail en ligne de la CNDP</source>
        <translation>البوابة الإلكترونية للجنة الوطنية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="592"/>
        <source>Dépôt papier au siège de la CNDP</source>
        <translation>الإيداع الورقي بمقر اللجنة الوطنية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="593"/>
        <source>Courrier électronique</source>
        <translation>البريد الإلكتروني</translation>
    </message>
</context>
<context>
    <name>FilingStatus</name>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="574"/>
        <source>À déposer</source>
        <translation>يتعين إيداعه</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="575"/>
        <source>Déposé</source>
        <translation>مودَع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="576"/>
        <source>Récépissé ou autorisation obtenu</source>
        <translation>تم الحصول على الوصل أو الإذن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="577"/>
        <source>Modification à déclarer</source>
        <translation>تعديل يتعين التصريح به</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="578"/>
        <source>Fin du traitement déclarée</source>
        <translation>تم التصريح بانتهاء المعالجة</translation>
    </message>
</context>
<context>
    <name>Filings</name>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="103"/>
        <source>nom du traitement</source>
        <extracomment>the languages a dossier is printed in: French (the CNDP&apos;s), Arabic on request</extracomment>
        <translation>اسم المعالجة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="104"/>
        <source>finalités</source>
        <translation>الغايات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="105"/>
        <source>description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="106"/>
        <source>logiciel</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="107"/>
        <source>responsable conjoint</source>
        <translation>المسؤول المشترك عن المعالجة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="108"/>
        <source>personnes concernées</source>
        <translation>الأشخاص المعنيون</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="109"/>
        <source>catégories de données</source>
        <translation>فئات المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="110"/>
        <source>origine des données</source>
        <translation>مصدر المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="111"/>
        <source>destinataires</source>
        <translation>المرسل إليهم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="112"/>
        <source>durées de conservation</source>
        <translation>مدد الحفظ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="113"/>
        <source>mesures de sécurité</source>
        <translation>تدابير الأمن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="114"/>
        <source>précisions sur la sécurité</source>
        <translation>توضيحات حول الأمن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="115"/>
        <source>service d&apos;exercice des droits</source>
        <translation>مصلحة ممارسة الحقوق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="116"/>
        <source>interconnexions</source>
        <translation>الربط البيني</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="117"/>
        <source>finalité de la collecte</source>
        <translation>غاية الجمع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="118"/>
        <source>sous-traitants</source>
        <translation>المعالجون من الباطن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="119"/>
        <source>transferts à l&apos;étranger</source>
        <translation>نقل المعطيات إلى الخارج</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="129"/>
        <source>Récépissé {number}</source>
        <translation>الوصل {number}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="131"/>
        <source>Autorisation {number}</source>
        <translation>الإذن {number}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="135"/>
        <source>du {date}</source>
        <translation>بتاريخ {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="140"/>
        <source>Déposé le {date}</source>
        <translation>أُودع في {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="148"/>
        <source>Fin déclarée le {date}</source>
        <translation>صُرِّح بالانتهاء في {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="186"/>
        <source>{formality} ({form})</source>
        <translation>{formality} ({form})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="195"/>
        <source>Mettre à jour…</source>
        <translation>تحديث…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="197"/>
        <source>Enregistrer le dépôt, le récépissé ou la fin de cette formalité</source>
        <translation>تسجيل إيداع هذا الإجراء أو وصله أو انتهائه</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="212"/>
        <source>Modifications à déclarer (loi 09-08 art. 15) : {items}</source>
        <translation>تعديلات يتعين التصريح بها (المادة 15 من القانون رقم 09.08): {items}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="251"/>
        <source>Formalités CNDP</source>
        <extracomment>a formality&apos;s new state was recorded (the Filing): the page reads the activity again a file was saved (its path, as text), for the window&apos;s status bar</extracomment>
        <translation>إجراءات CNDP</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="255"/>
        <source>Ce que la CNDP doit recevoir pour ce traitement, et où en est chaque formalité (loi 09-08 art. 12, 15 et 43-44).</source>
        <translation>ما يجب أن تتوصل به اللجنة الوطنية بخصوص هذه المعالجة، والمرحلة التي بلغها كل إجراء (المواد 12 و15 و43-44 من القانون رقم 09.08).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="275"/>
        <source>Informations manquantes au dossier</source>
        <translation>المعلومات الناقصة في الملف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="290"/>
        <source>Langue du dossier</source>
        <translation>لغة الملف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="292"/>
        <source>Le français, langue de la CNDP, par défaut ; l&apos;arabe au besoin</source>
        <translation>الفرنسية، لغة اللجنة الوطنية، افتراضيا؛ والعربية عند الحاجة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="300"/>
        <source>Exporter les champs (Excel)…</source>
        <translation>تصدير الحقول (Excel)…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="304"/>
        <source>Préparer le dossier (PDF)…</source>
        <translation>إعداد الملف (PDF)…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="351"/>
        <source>{formality} : {status}</source>
        <translation>{formality}: {status}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="358"/>
        <source>Formalités suivies qui ne sont plus requises : </source>
        <translation>إجراءات متتبَّعة لم تعد مطلوبة: </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="368"/>
        <source>Aucune : le dossier est complet.</source>
        <translation>لا شيء: الملف كامل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="443"/>
        <source>Dossier CNDP - {name}</source>
        <translation>ملف CNDP - {name}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="447"/>
        <source>Enregistrer le dossier</source>
        <translation>حفظ الملف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="448"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="450"/>
        <source>Enregistrer les champs du dossier</source>
        <translation>حفظ حقول الملف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="451"/>
        <source>Classeurs Excel (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="459"/>
        <source>Enregistré : {path}</source>
        <translation>حُفظ: {path}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="487"/>
        <source>« {name} », formulaire {form}. Le numéro du récépissé de la déclaration ou de l&apos;autorisation figure là où les données sont collectées (loi 09-08 art. 5).</source>
        <translation>« ⁨{name}⁩ »، الاستمارة {form}. يظهر رقم وصل التصريح أو الإذن حيث تُجمع المعطيات (المادة 5 من القانون رقم 09.08).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="493"/>
        <source>Enregistrer</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="504"/>
        <source>Déposé</source>
        <translation>أُودع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="512"/>
        <source>ex. D-443/2022, A-PO-268/2024</source>
        <translation>مثال: D-443/2022، A-PO-268/2024</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="515"/>
        <source>Reçu</source>
        <translation>تم التوصل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="518"/>
        <source>Terminé</source>
        <translation>انتهى</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="521"/>
        <source>Notes du DPO</source>
        <translation>ملاحظات المندوب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="526"/>
        <source>Statut *</source>
        <translation>الوضعية *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="527"/>
        <source>Date de dépôt</source>
        <translation>تاريخ الإيداع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="528"/>
        <source>Voie de dépôt</source>
        <translation>طريقة الإيداع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="531"/>
        <source>N° de récépissé ou d&apos;autorisation</source>
        <translation>رقم الوصل أو الإذن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="533"/>
        <source>Date du récépissé</source>
        <translation>تاريخ الوصل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="534"/>
        <source>Fin du traitement</source>
        <translation>انتهاء المعالجة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/filings.py" line="535"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="133"/>
        <source>Tout traitement de données à caractère personnel est déclaré à la CNDP avant sa mise en œuvre, sauf s&apos;il relève de l&apos;autorisation préalable</source>
        <translation>يُصرَّح بكل معالجة للمعطيات ذات الطابع الشخصي لدى اللجنة الوطنية قبل الشروع في تنفيذها، ما لم تكن خاضعة للإذن المسبق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="138"/>
        <source>Le traitement porte sur des données sensibles : {categories}</source>
        <translation>تتعلق المعالجة بمعطيات حساسة: {categories}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="141"/>
        <source>Le traitement porte sur des données génétiques</source>
        <translation>تتعلق المعالجة بمعطيات جينية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="142"/>
        <source>Le traitement porte sur des infractions, condamnations ou mesures de sûreté</source>
        <translation>تتعلق المعالجة بالمخالفات أو الإدانات أو التدابير الوقائية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="145"/>
        <source>Le traitement utilise le numéro de la carte nationale d&apos;identité</source>
        <translation>تستعمل المعالجة رقم البطاقة الوطنية للتعريف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="148"/>
        <source>Les données sont utilisées pour une finalité autre que celle de leur collecte (collectées pour : {purpose})</source>
        <translation>تُستعمل المعطيات لغاية غير تلك التي جُمعت من أجلها (جُمعت من أجل: {purpose})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="153"/>
        <source>Le traitement interconnecte des fichiers : {interconnections}</source>
        <translation>تنطوي المعالجة على ربط بيني للملفات: {interconnections}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="156"/>
        <source>Transfert vers {country}{via} : pays absent de la liste d&apos;adéquation du registre, sans exception de la loi 09-08</source>
        <translation>نقل نحو {country}{via}: بلد غير وارد في قائمة الملاءمة الخاصة بالسجل، دون أي استثناء بموجب القانون رقم 09.08</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="161"/>
        <source>Transfert vers {country}{via} encadré par {mechanism} : sous la loi 09-08, ces garanties sont jointes à la demande d&apos;autorisation, elles n&apos;en dispensent pas</source>
        <translation>نقل نحو {country}{via} مؤطر بموجب {mechanism}: في إطار القانون رقم 09.08، تُرفق هذه الضمانات بطلب الإذن ولا تُعفي منه</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="166"/>
        <source>Le sous-traitant {processor} traite des données en {country}, pays absent de la liste d&apos;adéquation, et aucun transfert n&apos;y est enregistré</source>
        <translation>يعالج المعالج من الباطن {processor} معطيات في {country}، وهو بلد غير وارد في قائمة الملاءمة، ولا يوجد أي نقل مسجل نحوه</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="171"/>
        <source>loi 09-08 art. 12</source>
        <translation>المادة 12 من القانون رقم 09.08</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="172"/>
        <source>loi 09-08 art. 12 et 15</source>
        <translation>المادتان 12 و15 من القانون رقم 09.08</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="173"/>
        <source>loi 09-08 art. 43-44</source>
        <translation>المادتان 43-44 من القانون رقم 09.08</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="174"/>
        <source>loi 09-08 art. 16-17</source>
        <translation>المادتان 16-17 من القانون رقم 09.08</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="175"/>
        <source> (par {processor})</source>
        <translation> (بواسطة {processor})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="178"/>
        <source>Transfert vers {country}{via} sans autorisation : exception de la loi 09-08 retenue ({exception})</source>
        <translation>نقل نحو {country}{via} دون إذن: استثناء معتمد بموجب القانون رقم 09.08 ({exception})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="183"/>
        <source>Transfert vers {country}{via} : pays inscrit sur la liste d&apos;adéquation du registre</source>
        <translation>نقل نحو {country}{via}: بلد وارد في قائمة الملاءمة الخاصة بالسجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="186"/>
        <source>La CNDP n&apos;examine la demande de transfert qu&apos;une fois le récépissé ou l&apos;autorisation du traitement obtenu</source>
        <translation>لا تدرس اللجنة الوطنية طلب النقل إلا بعد الحصول على وصل المعالجة أو الإذن بها</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="191"/>
        <source>Formulaire simplifié possible si le traitement relève d&apos;une catégorie fixée par la CNDP</source>
        <translation>يمكن استعمال استمارة مبسطة إذا كانت المعالجة تندرج ضمن فئة حددتها اللجنة الوطنية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="195"/>
        <source>Demande simplifiée (F113) possible pour les catégories fixées par la CNDP</source>
        <translation>يمكن تقديم طلب مبسط (F113) بالنسبة للفئات التي حددتها اللجنة الوطنية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="202"/>
        <source>des clauses contractuelles types</source>
        <translation>بنود تعاقدية نموذجية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="203"/>
        <source>des règles d&apos;entreprise contraignantes</source>
        <translation>قواعد شركات ملزمة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="204"/>
        <source>d&apos;autres garanties contractuelles</source>
        <translation>ضمانات تعاقدية أخرى</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="57"/>
        <source>Rechercher : nom, e-mail, référence, notes…</source>
        <translation>بحث: الاسم، البريد الإلكتروني، المرجع، الملاحظات…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="59"/>
        <source>Rechercher</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="64"/>
        <source>Statut</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="65"/>
        <source>Tous les statuts</source>
        <translation>جميع الوضعيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="66"/>
        <source>Ouvertes</source>
        <translation>المفتوحة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="67"/>
        <source>Ouvertes, à échéance sous 7 jours</source>
        <translation>مفتوحة، يحل أجلها خلال 7 أيام</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="73"/>
        <source>Droit</source>
        <translation>الحق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="74"/>
        <source>Tous les droits</source>
        <translation>جميع الحقوق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="80"/>
        <source>Régime</source>
        <translation>القانون المطبق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="81"/>
        <source>Tous les régimes</source>
        <translation>جميع الأنظمة القانونية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="86"/>
        <source>En retard</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/filters.py" line="88"/>
        <source>Seulement les demandes ouvertes dont l&apos;échéance est passée</source>
        <translation>الطلبات المفتوحة التي تجاوزت أجلها فقط</translation>
    </message>
</context>
<context>
    <name>FlagKind</name>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="47"/>
        <source>Transfert non encadré</source>
        <translation>نقل غير مؤطر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="48"/>
        <source>Contrat de sous-traitance manquant</source>
        <translation>عقد المعالجة من الباطن غير موجود</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="49"/>
        <source>Clauses de l&apos;art. 28(3) manquantes</source>
        <translation>بنود المادة 28(3) غير موجودة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="50"/>
        <source>Revue en retard</source>
        <translation>مراجعة متأخرة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="51"/>
        <source>Fin de contrat sans restitution ni suppression</source>
        <translation>نهاية العقد دون إرجاع أو حذف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="52"/>
        <source>Autorisation préalable de la CNDP requise</source>
        <translation>إذن مسبق من اللجنة الوطنية مطلوب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="53"/>
        <source>Analyse d&apos;impact non réalisée</source>
        <translation>تقييم الأثر غير منجز</translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="56"/>
        <source>Transfert vers un pays non reconnu adéquat ({country}) sans mécanisme enregistré (loi 09-08 art. 43-44 ; RGPD art. 44-49).</source>
        <translation>نقل نحو بلد غير معترف بملاءمته ({country}) دون آلية مسجلة (المادتان 43-44 من القانون رقم 09.08؛ المواد 44-49 من RGPD).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="61"/>
        <source>Transfert vers {country} fondé sur l&apos;adéquation, mais ce pays ne figure pas sur la liste d&apos;adéquation du registre.</source>
        <translation>نقل نحو {country} مبني على الملاءمة، لكن هذا البلد غير وارد في قائمة الملاءمة الخاصة بالسجل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="66"/>
        <source>Transfert vers {country} fondé sur des garanties contractuelles : sous la loi 09-08 elles accompagnent la demande d&apos;autorisation à la CNDP (F118) sans la remplacer ; aucune autorisation ni exception n&apos;est enregistrée (art. 43-44).</source>
        <translation>نقل نحو {country} مبني على ضمانات تعاقدية: في إطار القانون رقم 09.08، تُرفق هذه الضمانات بطلب الإذن المقدم إلى اللجنة الوطنية (F118) ولا تحل محله؛ ولا يوجد أي إذن أو استثناء مسجل (المادتان 43-44).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="72"/>
        <source>Le sous-traitant traite des données dans un pays non reconnu adéquat ({country}) et aucun transfert n&apos;y est enregistré.</source>
        <translation>يعالج المعالج من الباطن معطيات في بلد غير معترف بملاءمته ({country}) ولا يوجد أي نقل مسجل نحوه.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="77"/>
        <source>Aucun contrat de sous-traitance signé avec ce sous-traitant actif (RGPD art. 28(3) ; loi 09-08 art. 23).</source>
        <translation>لا يوجد عقد معالجة من الباطن موقع مع هذا المعالج من الباطن النشط (المادة 28(3) من RGPD؛ المادة 23 من القانون رقم 09.08).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="82"/>
        <source>Le contrat de sous-traitance a pris fin le {date} et le sous-traitant est toujours actif.</source>
        <translation>انتهى عقد المعالجة من الباطن في {date} ولا يزال المعالج من الباطن نشطا.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="86"/>
        <source>Clauses de l&apos;article 28(3) RGPD non vérifiées dans le contrat : {clauses}.</source>
        <translation>بنود المادة 28(3) من RGPD غير متحقق منها في العقد: {clauses}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="89"/>
        <source>Revue du sous-traitant prévue le {date} : {days} jour(s) de retard.</source>
        <translation>مراجعة المعالج من الباطن مقررة في {date}: تأخير {days} يوم.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="92"/>
        <source>Dernière revue du traitement le {date}, il y a plus de {months} mois (politique interne ; RGPD art. 24(1)).</source>
        <translation>آخر مراجعة للمعالجة في {date}، منذ أكثر من {months} شهرا (سياسة داخلية؛ المادة 24(1) من RGPD).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="97"/>
        <source>Traitement inscrit le {date} et jamais revu depuis plus de {months} mois (politique interne ; RGPD art. 24(1)).</source>
        <translation>معالجة مقيدة في {date} ولم تُراجَع منذ أكثر من {months} شهرا (سياسة داخلية؛ المادة 24(1) من RGPD).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="102"/>
        <source>Contrat terminé le {date} sans restitution ni suppression des données enregistrée (RGPD art. 28(3)(g)).</source>
        <translation>انتهى العقد في {date} دون تسجيل إرجاع المعطيات أو حذفها (المادة 28(3)(ز) من RGPD).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="107"/>
        <source>Le traitement porte sur des données soumises à autorisation préalable (loi 09-08 art. 12) mais relève du régime de la déclaration.</source>
        <translation>تتعلق المعالجة بمعطيات خاضعة للإذن المسبق (المادة 12 من القانون رقم 09.08) لكنها مصنفة ضمن نظام التصريح.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/record_flags.py" line="112"/>
        <source>Une analyse d&apos;impact est requise mais n&apos;a pas été réalisée (RGPD art. 35).</source>
        <translation>تقييم الأثر مطلوب لكنه لم يُنجز (المادة 35 من RGPD).</translation>
    </message>
</context>
<context>
    <name>FormalityKind</name>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="83"/>
        <source>Déclaration préalable</source>
        <translation>تصريح مسبق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="84"/>
        <source>Autorisation préalable</source>
        <translation>إذن مسبق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="85"/>
        <source>Autorisation de transfert à l&apos;étranger</source>
        <translation>إذن بنقل المعطيات إلى الخارج</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="90"/>
        <source>Loi 09-08 art. 12 et 15</source>
        <translation>المادتان 12 و15 من القانون رقم 09.08</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="91"/>
        <source>Loi 09-08 art. 12</source>
        <translation>المادة 12 من القانون رقم 09.08</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="92"/>
        <source>Loi 09-08 art. 43-44</source>
        <translation>المادتان 43-44 من القانون رقم 09.08</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/formatting.py" line="136"/>
        <source>%n j de retard</source>
        <translation>
            <numerusform>تأخير %n يوم</numerusform>
            <numerusform>تأخير يوم واحد</numerusform>
            <numerusform>تأخير يومين</numerusform>
            <numerusform>تأخير %n أيام</numerusform>
            <numerusform>تأخير %n يوما</numerusform>
            <numerusform>تأخير %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/formatting.py" line="138"/>
        <source>Aujourd&apos;hui</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/formatting.py" line="140"/>
        <source>Demain</source>
        <translation>غدا</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/formatting.py" line="141"/>
        <source>Dans %n j</source>
        <translation>
            <numerusform>خلال %n يوم</numerusform>
            <numerusform>خلال يوم واحد</numerusform>
            <numerusform>خلال يومين</numerusform>
            <numerusform>خلال %n أيام</numerusform>
            <numerusform>خلال %n يوما</numerusform>
            <numerusform>خلال %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/formatting.py" line="152"/>
        <source>Aucune demande ouverte ne change d&apos;échéance.</source>
        <translation>لا يتغير أجل أي طلب مفتوح.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/formatting.py" line="156"/>
        <source>%n demande ouverte a une nouvelle échéance.</source>
        <translation>
            <numerusform>لم يتغير أجل أي طلب مفتوح.</numerusform>
            <numerusform>طلب مفتوح واحد له أجل جديد.</numerusform>
            <numerusform>طلبان مفتوحان لهما أجل جديد.</numerusform>
            <numerusform>%n طلبات مفتوحة لها أجل جديد.</numerusform>
            <numerusform>%n طلبا مفتوحا لها أجل جديد.</numerusform>
            <numerusform>%n طلب مفتوح لها أجل جديد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/formatting.py" line="159"/>
        <source>%n demandes ouvertes ont une nouvelle échéance.</source>
        <translation>
            <numerusform>لم يتغير أجل أي طلب مفتوح.</numerusform>
            <numerusform>طلب مفتوح واحد له أجل جديد.</numerusform>
            <numerusform>طلبان مفتوحان لهما أجل جديد.</numerusform>
            <numerusform>%n طلبات مفتوحة لها أجل جديد.</numerusform>
            <numerusform>%n طلبا مفتوحا لها أجل جديد.</numerusform>
            <numerusform>%n طلب مفتوح لها أجل جديد.</numerusform>
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
        <translation>العطل الرسمية المحتسبة في آجال RGPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/gdpr_holidays.py" line="40"/>
        <source>Aucun (samedis et dimanches seulement)</source>
        <translation>لا شيء (أيام السبت والأحد فقط)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/gdpr_holidays.py" line="54"/>
        <source>Règlement 1182/71 : seuls les jours fériés de l&apos;État membre où l&apos;acte est accompli comptent, par exemple celui du représentant de l&apos;organisation dans l&apos;UE. Les jours fériés marocains ne reportent pas un délai du RGPD.</source>
        <translation>النظام 1182/71: لا تُحتسب إلا العطل الرسمية للدولة العضو التي يُنجَز فيها الإجراء، كالدولة التي يوجد بها ممثل المؤسسة في الاتحاد الأوروبي. ولا تؤجل العطل الرسمية المغربية أي أجل من آجال RGPD.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/gdpr_holidays.py" line="110"/>
        <source>Délais du RGPD : jours fériés de l&apos;État membre {state} comptés.</source>
        <translation>آجال RGPD: تُحتسب العطل الرسمية للدولة العضو {state}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/gdpr_holidays.py" line="114"/>
        <source>Délais du RGPD : seuls les samedis et dimanches sont comptés.</source>
        <translation>آجال RGPD: لا تُحتسب إلا أيام السبت والأحد.</translation>
    </message>
</context>
<context>
    <name>HolidaySource</name>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="116"/>
        <source>Calendrier officiel</source>
        <translation>التقويم الرسمي</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="117"/>
        <source>Fête lunaire</source>
        <translation>عيد هجري</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="118"/>
        <source>Saisi par l&apos;utilisateur</source>
        <translation>أدخله المستخدم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="119"/>
        <source>Fermeture de l&apos;organisation</source>
        <translation>إغلاق المؤسسة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="120"/>
        <source>État membre de l&apos;UE</source>
        <translation>دولة عضو في الاتحاد الأوروبي</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="123"/>
        <source>estimé</source>
        <translation>تقديري</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="124"/>
        <source>confirmé</source>
        <translation>مؤكد</translation>
    </message>
</context>
<context>
    <name>Identifiability</name>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="152"/>
        <source>Négligeable</source>
        <translation>ضئيلة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="153"/>
        <source>Limitée</source>
        <translation>محدودة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="154"/>
        <source>Importante</source>
        <translation>هامة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="155"/>
        <source>Maximale</source>
        <translation>قصوى</translation>
    </message>
</context>
<context>
    <name>IdentityProof</name>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="169"/>
        <source>Réponses à des questions sur le compte ou la relation</source>
        <translation>أجوبة عن أسئلة حول الحساب أو العلاقة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="172"/>
        <source>Confirmation depuis l&apos;adresse e-mail déjà connue</source>
        <translation>تأكيد من عنوان البريد الإلكتروني المعروف مسبقا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="175"/>
        <source>Présentation de la CNIE sur place (aucune copie gardée)</source>
        <translation>تقديم البطاقة الوطنية للتعريف الإلكترونية حضوريا (دون الاحتفاظ بنسخة)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/retention.py" line="178"/>
        <source>Copie d&apos;une pièce d&apos;identité, masquée sauf l&apos;utile</source>
        <translation>نسخة من وثيقة هوية، محجوبة إلا ما يلزم</translation>
    </message>
</context>
<context>
    <name>IdentitySettingsCard</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/identity.py" line="35"/>
        <source>Justificatif d&apos;identité</source>
        <translation>إثبات الهوية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/identity.py" line="37"/>
        <source>En cas de doute raisonnable sur l&apos;identité du demandeur (RGPD art. 12.6), le courrier de demande de justificatif ne réclame que ce qui suffit à lever le doute : une copie de la CNIE seulement si une vérification plus légère ne suffit pas (RGPD art. 5.1.c ; loi 09-08 art. 3).</source>
        <translation>عند وجود شك معقول في هوية صاحب الطلب (المادة 12(6) من RGPD)، لا تطلب رسالة إثبات الهوية إلا ما يكفي لرفع الشك: نسخة من البطاقة الوطنية فقط إذا لم يكف تحقق أخف (المادة 5(1)(ج) من RGPD؛ المادة 3 من القانون رقم 09.08).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/identity.py" line="49"/>
        <location filename="../../dpo_desk/ui/settings/identity.py" line="55"/>
        <source>Justificatif demandé</source>
        <translation>الإثبات المطلوب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/identity.py" line="58"/>
        <source> jour(s)</source>
        <translation> يوم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/identity.py" line="59"/>
        <location filename="../../dpo_desk/ui/settings/identity.py" line="60"/>
        <source>Suppression des copies, au plus tard</source>
        <translation>حذف النسخ، في أجل أقصاه</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/identity.py" line="65"/>
        <source>Politique interne, pas un délai légal : une copie de pièce d&apos;identité est supprimée dès la vérification faite, et au plus tard ce nombre de jours après, ou à la clôture de la demande si elle vient avant. La revue des durées de conservation propose les copies arrivées à ce terme. Le courrier énonce la même règle.</source>
        <translation>سياسة داخلية، لا أجل قانوني: تحذف نسخة وثيقة الهوية بمجرد إتمام التحقق، وفي أجل أقصاه هذا العدد من الأيام بعده، أو عند إغلاق الطلب إن حدث قبل ذلك. تقترح مراجعة مدد الحفظ النسخ التي بلغت هذا الأجل. وتنص الرسالة على القاعدة نفسها.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/identity.py" line="75"/>
        <source>Enregistrer</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/identity.py" line="112"/>
        <source>Justificatif d&apos;identité enregistré.</source>
        <translation>تم حفظ إعداد إثبات الهوية.</translation>
    </message>
</context>
<context>
    <name>IdentityStatus</name>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="189"/>
        <source>Non requise</source>
        <translation>غير مطلوب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="190"/>
        <source>Justificatif demandé</source>
        <translation>طُلب إثبات الهوية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="191"/>
        <source>Identité vérifiée</source>
        <translation>الهوية متحقق منها</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="192"/>
        <source>Identité non vérifiée</source>
        <translation>الهوية غير متحقق منها</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="97"/>
        <source>Importer un fichier Excel</source>
        <translation>استيراد ملف Excel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="110"/>
        <source>Retour</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="113"/>
        <source>Suivant</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="116"/>
        <source>Importer</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="119"/>
        <source>Fermer</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="133"/>
        <source>L&apos;import n&apos;est pas encore disponible pour ce registre.</source>
        <translation>الاستيراد غير متاح بعد لهذا السجل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="142"/>
        <source>Importer depuis un classeur Excel (.xlsx)</source>
        <translation>الاستيراد من مصنف Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="146"/>
        <source>Chaque ligne du classeur devient une entrée du registre. Les colonnes sont reconnues d&apos;après leur en-tête ; vous pourrez corriger l&apos;association avant l&apos;import. Rien n&apos;est enregistré tant que le fichier contient des erreurs, sauf si vous choisissez d&apos;ignorer les lignes invalides.</source>
        <translation>يصبح كل سطر من المصنف قيدًا في السجل. تُتعرَّف الأعمدة من عناوينها، ويمكنك تصحيح الاقتران قبل الاستيراد. لا يُسجَّل أي شيء ما دام الملف يتضمن أخطاء، إلا إذا اخترت تجاهل الأسطر غير الصالحة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="155"/>
        <source>Choisir le fichier…</source>
        <translation>اختيار الملف…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="161"/>
        <source>Lire aussi les feuilles masquées</source>
        <translation>قراءة الأوراق المخفية أيضا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="176"/>
        <source>Vérifiez à quel champ correspond chaque colonne. Les champs marqués * sont obligatoires ; un champ ne peut recevoir qu&apos;une colonne.</source>
        <translation>تحقق من الحقل المقابل لكل عمود. الحقول المعلَّمة بـ * إلزامية، ولا يقبل الحقل إلا عمودًا واحدًا.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="184"/>
        <source>Colonne du classeur</source>
        <translation>عمود المصنف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="184"/>
        <source>Exemples de valeurs</source>
        <translation>أمثلة على القيم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="184"/>
        <source>Champ</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="204"/>
        <source>Rapport de validation</source>
        <translation>تقرير التحقق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="211"/>
        <source>Feuille</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="211"/>
        <source>Ligne</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="211"/>
        <source>Colonne</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="211"/>
        <source>Problème</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="218"/>
        <source>Ignorer les lignes invalides et importer les autres</source>
        <translation>تجاهل الأسطر غير الصالحة واستيراد الباقي</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="224"/>
        <source>Ignorer ces lignes (garder le registre)</source>
        <translation>تجاهل هذه الأسطر (الإبقاء على السجل)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="225"/>
        <source>Mettre à jour les entrées existantes</source>
        <translation>تحديث القيود الموجودة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="237"/>
        <source>Import terminé</source>
        <translation>اكتمل الاستيراد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="268"/>
        <source>Choisir le classeur</source>
        <translation>اختيار المصنف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="280"/>
        <source>Lecture de « %1 »…</source>
        <translation>قراءة « %1 »…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="314"/>
        <source>Feuille « {sheet} » : %n ligne(s)</source>
        <translation>
            <numerusform>الورقة « ⁨{sheet}⁩ » — عدد الأسطر: %n</numerusform>
            <numerusform>الورقة « ⁨{sheet}⁩ » — عدد الأسطر: %n</numerusform>
            <numerusform>الورقة « ⁨{sheet}⁩ » — عدد الأسطر: %n</numerusform>
            <numerusform>الورقة « ⁨{sheet}⁩ » — عدد الأسطر: %n</numerusform>
            <numerusform>الورقة « ⁨{sheet}⁩ » — عدد الأسطر: %n</numerusform>
            <numerusform>الورقة « ⁨{sheet}⁩ » — عدد الأسطر: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="329"/>
        <source>→ notes</source>
        <translation>← الملاحظات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="377"/>
        <source>Pour lire les feuilles masquées, cochez « Lire aussi les feuilles masquées » et choisissez à nouveau le fichier.</source>
        <translation>لقراءة الأوراق المخفية، ضع علامة على « قراءة الأوراق المخفية أيضا » واختر الملف من جديد.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="383"/>
        <source>Colonne « {column} » → notes</source>
        <translation>العمود « {column} » ← الملاحظات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="390"/>
        <source>Colonnes non reconnues, leurs valeurs ne seront pas importées : {columns}. Associez-les à un champ ou choisissez « → notes ».</source>
        <translation>أعمدة غير معروفة، لن تُستورد قيمها: {columns}. اربطها بحقل أو اختر « ← الملاحظات ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="397"/>
        <source>Colonnes non importées (calculées ou saisies dans l&apos;application) : {columns}.</source>
        <translation>أعمدة لا تُستورد (محسوبة أو مدخلة في التطبيق): {columns}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="406"/>
        <source>{valid}, {invalid}, {duplicates}.</source>
        <translation>{valid}، {invalid}، {duplicates}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="407"/>
        <source>%n ligne(s) valide(s)</source>
        <translation>
            <numerusform>أسطر صالحة: %n</numerusform>
            <numerusform>أسطر صالحة: %n</numerusform>
            <numerusform>أسطر صالحة: %n</numerusform>
            <numerusform>أسطر صالحة: %n</numerusform>
            <numerusform>أسطر صالحة: %n</numerusform>
            <numerusform>أسطر صالحة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="408"/>
        <source>%n ligne(s) invalide(s)</source>
        <translation>
            <numerusform>أسطر غير صالحة: %n</numerusform>
            <numerusform>أسطر غير صالحة: %n</numerusform>
            <numerusform>أسطر غير صالحة: %n</numerusform>
            <numerusform>أسطر غير صالحة: %n</numerusform>
            <numerusform>أسطر غير صالحة: %n</numerusform>
            <numerusform>أسطر غير صالحة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="409"/>
        <source>%n déjà dans le registre</source>
        <translation>
            <numerusform>موجودة سلفًا في السجل: %n</numerusform>
            <numerusform>موجودة سلفًا في السجل: %n</numerusform>
            <numerusform>موجودة سلفًا في السجل: %n</numerusform>
            <numerusform>موجودة سلفًا في السجل: %n</numerusform>
            <numerusform>موجودة سلفًا في السجل: %n</numerusform>
            <numerusform>موجودة سلفًا في السجل: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="446"/>
        <source>%n ligne(s) porte(nt) la référence d&apos;une demande déjà enregistrée :</source>
        <translation>
            <numerusform>أسطر تحمل مرجع طلب مسجَّل سلفًا (%n):</numerusform>
            <numerusform>أسطر تحمل مرجع طلب مسجَّل سلفًا (%n):</numerusform>
            <numerusform>أسطر تحمل مرجع طلب مسجَّل سلفًا (%n):</numerusform>
            <numerusform>أسطر تحمل مرجع طلب مسجَّل سلفًا (%n):</numerusform>
            <numerusform>أسطر تحمل مرجع طلب مسجَّل سلفًا (%n):</numerusform>
            <numerusform>أسطر تحمل مرجع طلب مسجَّل سلفًا (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="452"/>
        <source>%n ligne(s) porte(nt) le nom d&apos;une entrée déjà présente dans le registre :</source>
        <translation>
            <numerusform>أسطر تحمل اسم قيد موجود سلفًا في السجل (%n):</numerusform>
            <numerusform>أسطر تحمل اسم قيد موجود سلفًا في السجل (%n):</numerusform>
            <numerusform>أسطر تحمل اسم قيد موجود سلفًا في السجل (%n):</numerusform>
            <numerusform>أسطر تحمل اسم قيد موجود سلفًا في السجل (%n):</numerusform>
            <numerusform>أسطر تحمل اسم قيد موجود سلفًا في السجل (%n):</numerusform>
            <numerusform>أسطر تحمل اسم قيد موجود سلفًا في السجل (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="478"/>
        <source>{created}, {updated}, {skipped}.</source>
        <translation>{created}، {updated}، {skipped}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="479"/>
        <source>%n entrée(s) créée(s)</source>
        <translation>
            <numerusform>قيود أُنشئت: %n</numerusform>
            <numerusform>قيود أُنشئت: %n</numerusform>
            <numerusform>قيود أُنشئت: %n</numerusform>
            <numerusform>قيود أُنشئت: %n</numerusform>
            <numerusform>قيود أُنشئت: %n</numerusform>
            <numerusform>قيود أُنشئت: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="480"/>
        <source>%n mise(s) à jour</source>
        <translation>
            <numerusform>قيود حُدِّثت: %n</numerusform>
            <numerusform>قيود حُدِّثت: %n</numerusform>
            <numerusform>قيود حُدِّثت: %n</numerusform>
            <numerusform>قيود حُدِّثت: %n</numerusform>
            <numerusform>قيود حُدِّثت: %n</numerusform>
            <numerusform>قيود حُدِّثت: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="481"/>
        <source>%n ligne(s) ignorée(s)</source>
        <translation>
            <numerusform>أسطر تُجوهلت: %n</numerusform>
            <numerusform>أسطر تُجوهلت: %n</numerusform>
            <numerusform>أسطر تُجوهلت: %n</numerusform>
            <numerusform>أسطر تُجوهلت: %n</numerusform>
            <numerusform>أسطر تُجوهلت: %n</numerusform>
            <numerusform>أسطر تُجوهلت: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="323"/>
        <source>(sans en-tête)</source>
        <translation>(بدون عنوان)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="270"/>
        <source>Classeur Excel (*.xlsx *.xlsm)</source>
        <translation>مصنف Excel ‏(*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="328"/>
        <source>— ignorer —</source>
        <translation>— تجاهل —</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="421"/>
        <source>Le fichier est prêt à être importé.</source>
        <translation>الملف جاهز للاستيراد.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/import_dialog.py" line="424"/>
        <source>Rien ne sera importé tant que ces lignes ne sont pas corrigées, sauf si vous choisissez de les ignorer.</source>
        <translation>لن يُستورد أي شيء ما لم تُصحَّح هذه الأسطر، إلا إذا اخترت تجاهلها.</translation>
    </message>
</context>
<context>
    <name>ImportNotice</name>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="86"/>
        <source>Macros ignorées : le classeur en contient, elles ne sont ni lues ni exécutées.</source>
        <translation>تم تجاهل وحدات الماكرو: يتضمنها المصنف، لكنها لا تُقرأ ولا تُنفَّذ.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="90"/>
        <source>Feuille masquée « {sheet} » non lue : elle peut être importée sur demande.</source>
        <translation>لم تُقرأ الورقة المخفية « {sheet} »: يمكن استيرادها عند الطلب.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_import.py" line="94"/>
        <source>Feuille « {sheet} » : la ligne {group} regroupe des colonnes ; les en-têtes sont ceux de la ligne {row}.</source>
        <translation>الورقة « {sheet} »: السطر {group} يجمع أعمدة؛ العناوين هي عناوين السطر {row}.</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_values.py" line="17"/>
        <source>Formule sans valeur calculée : ouvrez le classeur dans Excel, enregistrez-le, ou remplacez la formule par sa valeur.</source>
        <translation>صيغة دون قيمة محسوبة: افتح المصنف في Excel واحفظه، أو عوّض الصيغة بقيمتها.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_values.py" line="22"/>
        <source>« {value} » n&apos;est pas une date (attendu : JJ/MM/AAAA ou AAAA-MM-JJ).</source>
        <translation>« {value} » ليس تاريخا (المنتظر: JJ/MM/AAAA أو AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_values.py" line="25"/>
        <source>La date « {value} » n&apos;existe pas dans le calendrier.</source>
        <translation>التاريخ « {value} » غير موجود في التقويم.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_values.py" line="28"/>
        <source>« {value} » n&apos;est pas une réponse oui/non (Oui, Non, X, 1, 0).</source>
        <translation>« {value} » ليس جوابا بنعم أو لا (Oui، Non، X، 1، 0).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_values.py" line="31"/>
        <source>« {value} » n&apos;est pas une valeur reconnue pour cette colonne.</source>
        <translation>« {value} » ليست قيمة معروفة لهذا العمود.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_values.py" line="34"/>
        <source>Colonne sans en-tête (cellule fusionnée ?) : associez-la à un champ ou ignorez-la.</source>
        <translation>عمود دون عنوان (خلية مدمجة؟): اربطه بحقل أو تجاهله.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="78"/>
        <source>Doublon dans le fichier : même référence qu&apos;à la ligne {row}.</source>
        <translation>تكرار في الملف: المرجع نفسه الوارد في السطر {row}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="81"/>
        <source>Valeur obligatoire manquante.</source>
        <translation>قيمة إلزامية ناقصة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="82"/>
        <source>Doublon dans le fichier : même nom qu&apos;à la ligne {row}.</source>
        <translation>تكرار في الملف: الاسم نفسه الوارد في السطر {row}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="85"/>
        <source>« {value} » : attendu « {expected} » (parties séparées par « — »).</source>
        <translation>« {value} »: المنتظر « {expected} » (أجزاء تفصل بينها « — »).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="88"/>
        <source>« {value} » : durée illisible (ex. « 3 ans après la fin du contrat »).</source>
        <translation>« {value} »: مدة غير مقروءة (مثال: « 3 ans après la fin du contrat »).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="91"/>
        <source>Demande clôturée sans date de clôture : indiquez la date de clôture.</source>
        <translation>طلب مغلق دون تاريخ الإغلاق: أدخل تاريخ الإغلاق.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="94"/>
        <source>Date de clôture ({value}) pour une demande au statut « Nouvelle » : indiquez le statut de la demande ou retirez la date.</source>
        <translation>تاريخ إغلاق ({value}) لطلب وضعيته « جديد »: أدخل وضعية الطلب أو احذف التاريخ.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="99"/>
        <source>« {value} » n&apos;est pas une référence DSR-AAAA-NNNN et la référence externe de la ligne est déjà « {external} ».</source>
        <translation>« {value} » ليس مرجعا من نوع DSR-AAAA-NNNN، والمرجع الخارجي للسطر هو « {external} » أصلا.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/imports.py" line="104"/>
        <source>Doublon dans le fichier : même référence externe qu&apos;à la ligne {row}.</source>
        <translation>تكرار في الملف: نفس المرجع الخارجي الوارد في السطر {row}.</translation>
    </message>
</context>
<context>
    <name>JournalAction</name>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="31"/>
        <source>Création</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="32"/>
        <source>Modification</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="33"/>
        <source>Suppression</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="34"/>
        <source>Changement de statut</source>
        <translation>تغيير الوضعية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="35"/>
        <source>Justificatif d&apos;identité demandé</source>
        <translation>طلب إثبات الهوية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="36"/>
        <source>Vérification d&apos;identité</source>
        <translation>التحقق من الهوية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="37"/>
        <source>Prorogation du délai</source>
        <translation>تمديد الأجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="38"/>
        <source>Réponse</source>
        <translation>الرد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="39"/>
        <source>Refus</source>
        <translation>الرفض</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="40"/>
        <source>Retrait</source>
        <translation>السحب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="41"/>
        <source>Clôture</source>
        <translation>إغلاق الملف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="42"/>
        <source>Pièce jointe ajoutée</source>
        <translation>إضافة مرفق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="43"/>
        <source>Échéance recalculée</source>
        <translation>إعادة حساب الأجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="44"/>
        <source>Déverrouillage</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="45"/>
        <source>Nature et étendue</source>
        <translation>الطبيعة والنطاق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="46"/>
        <source>Évaluation du risque</source>
        <translation>تقييم الخطر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="47"/>
        <source>Décision de ne pas notifier</source>
        <translation>قرار عدم التبليغ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="48"/>
        <source>Notification à l&apos;autorité</source>
        <translation>التبليغ إلى السلطة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="49"/>
        <source>Communication aux personnes</source>
        <translation>إخبار الأشخاص المعنيين</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="50"/>
        <source>Déclaration DGSSI</source>
        <translation>التصريح لدى DGSSI</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="51"/>
        <source>Événement de la chronologie</source>
        <translation>حدث في التسلسل الزمني</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="52"/>
        <source>Mesures correctrices</source>
        <translation>التدابير التصحيحية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="53"/>
        <source>Lien ajouté</source>
        <translation>إضافة ربط</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="54"/>
        <source>Lien retiré</source>
        <translation>إزالة ربط</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="55"/>
        <source>Sauvegarde</source>
        <translation>نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="56"/>
        <source>Restauration</source>
        <translation>الاسترجاع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="57"/>
        <source>Changement de phrase secrète</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="58"/>
        <source>Effacement (durée de conservation)</source>
        <translation>المسح (مدة الحفظ)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="59"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="60"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="61"/>
        <source>Courrier</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="62"/>
        <source>Modèle par défaut rétabli</source>
        <translation>استعادة النموذج الافتراضي</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="63"/>
        <source>Mise à jour du schéma</source>
        <translation>تحديث المخطط</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="64"/>
        <source>Pièce jointe supprimée</source>
        <translation>حذف مرفق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="65"/>
        <source>Journal différent du sceau de ce poste</source>
        <translation>سجل العمليات مخالف لختم هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="66"/>
        <source>Sauvegardes rechiffrées</source>
        <translation>إعادة تشفير النسخ الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="69"/>
        <source>Formalité CNDP</source>
        <translation>إجراء لدى اللجنة الوطنية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="70"/>
        <source>Modification à déclarer à la CNDP</source>
        <translation>تعديل يتعين التصريح به للجنة الوطنية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="72"/>
        <source>Validation du courrier</source>
        <translation>المصادقة على الرسالة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="73"/>
        <source>Émission du courrier</source>
        <translation>إصدار الرسالة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="74"/>
        <source>Exception à la communication (art. 34(3))</source>
        <translation>الاستثناء من الإخبار (المادة 34(3))</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="78"/>
        <source>Fin du contrat</source>
        <translation>نهاية العقد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="79"/>
        <source>Sort des données</source>
        <translation>مآل المعطيات</translation>
    </message>
</context>
<context>
    <name>JournalChanges</name>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="727"/>
        <source>{holiday}, premier jour le {first_day} (confirmé le {confirmed_on})</source>
        <translation>{holiday}، اليوم الأول {first_day} (أُكِّد في {confirmed_on})</translation>
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
        <translation>{field}: {before} ← {after}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="567"/>
        <source>{field} ({authority}, {language})</source>
        <translation>{field} ({authority}، {language})</translation>
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
        <translation>؛ </translation>
    </message>
</context>
<context>
    <name>JournalEntity</name>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="83"/>
        <source>Registre</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="84"/>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="85"/>
        <source>Demande</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="86"/>
        <source>Violation</source>
        <translation>انتهاك</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="87"/>
        <source>Traitement</source>
        <translation>المعالجة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="88"/>
        <source>Sous-traitant</source>
        <translation>المعالج من الباطن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="89"/>
        <source>Transfert</source>
        <translation>النقل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="90"/>
        <source>Courrier</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="91"/>
        <source>Modèle de courrier</source>
        <translation>نموذج الرسالة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="92"/>
        <source>Politique de délais</source>
        <translation>سياسة الآجال</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="93"/>
        <source>Calendrier</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="94"/>
        <source>Règles de calcul des délais</source>
        <translation>قواعد احتساب الآجال</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="95"/>
        <source>Paramètres</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="96"/>
        <source>Liste d&apos;adéquation</source>
        <translation>قائمة الملاءمة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="97"/>
        <source>Période de revue des traitements</source>
        <translation>مدة مراجعة المعالجات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="98"/>
        <source>Adresses des autorités</source>
        <translation>عناوين السلطات</translation>
    </message>
</context>
<context>
    <name>JournalField</name>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="238"/>
        <source>Règle de l&apos;échéance</source>
        <translation>قاعدة الأجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="239"/>
        <source>Régime de l&apos;échéance</source>
        <translation>القانون المطبق على الأجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="243"/>
        <source>Règle du délai</source>
        <translation>قاعدة أجل التبليغ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="244"/>
        <source>Autorité</source>
        <translation>السلطة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="250"/>
        <source>Phase</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="251"/>
        <source>Envoyée le</source>
        <translation>تاريخ الإرسال</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="252"/>
        <source>Tardive</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="253"/>
        <source>Obligation remplie</source>
        <translation>الالتزام الذي تم الوفاء به</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="254"/>
        <source>Personnes informées</source>
        <translation>الأشخاص الذين تم إخبارهم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="255"/>
        <source>Communication publique</source>
        <translation>إخبار عمومي</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="260"/>
        <location filename="../../dpo_desk/domain/journal.py" line="275"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="256"/>
        <source>Notification</source>
        <translation>التبليغ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="257"/>
        <source>Communication</source>
        <translation>الإخبار</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="258"/>
        <source>Décision de ne pas notifier</source>
        <translation>قرار عدم التبليغ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="264"/>
        <source>Méthode</source>
        <translation>المنهجية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="265"/>
        <source>Facteurs de risque</source>
        <translation>عوامل الخطر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="266"/>
        <source>Gravité</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="267"/>
        <source>Risque calculé</source>
        <translation>الخطر المحتسب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="330"/>
        <source>Règle des quatre yeux (courriers)</source>
        <translation>قاعدة العينين الأربع (الرسائل)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="241"/>
        <source>Soumise au RGPD</source>
        <translation>خاضع للنظام الأوروبي العام لحماية البيانات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="242"/>
        <source>Soumise à la loi 09-08</source>
        <translation>خاضع للقانون رقم 09.08</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="331"/>
        <source>Délai interne (jours)</source>
        <translation>أجل السياسة الداخلية (أيام)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="333"/>
        <source>Délai de rectification (jours francs)</source>
        <translation>أجل التصحيح (أيام كاملة)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="335"/>
        <source>Jours francs stricts (J+11)</source>
        <translation>احتساب الأيام الكاملة بدقة (ي+11)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="337"/>
        <source>Suspension pendant la vérification d&apos;identité</source>
        <translation>إيقاف الأجل خلال التحقق من الهوية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="302"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="304"/>
        <source>Fichier</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="306"/>
        <source>Taille (octets)</source>
        <translation>الحجم (بايت)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="308"/>
        <source>Sauvegarde du jour</source>
        <translation>النسخة الاحتياطية اليومية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="309"/>
        <location filename="../../dpo_desk/domain/journal.py" line="329"/>
        <source>Copies gardées</source>
        <translation>النسخ المحتفظ بها</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="314"/>
        <source>Nombre</source>
        <translation>العدد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="315"/>
        <source>Créées</source>
        <translation>المُنشأة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="316"/>
        <source>Mises à jour</source>
        <translation>المُحدَّثة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="290"/>
        <source>Dossier</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="268"/>
        <source>Identifiabilité</source>
        <translation>سهولة التعرف على الأشخاص</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="269"/>
        <source>Vraisemblance des conséquences</source>
        <translation>احتمال وقوع العواقب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="270"/>
        <source>Intention malveillante</source>
        <translation>نية الإضرار</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="272"/>
        <source>Finalité</source>
        <translation>الغاية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="273"/>
        <source>Base légale</source>
        <translation>الأساس القانوني</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="274"/>
        <source>Justification</source>
        <translation>التبرير</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="276"/>
        <source>Nom</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="277"/>
        <source>Catégorie</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="278"/>
        <source>Durée</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="279"/>
        <source>Unité</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="280"/>
        <source>Point de départ</source>
        <translation>بداية احتساب المدة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="281"/>
        <source>Portée</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="283"/>
        <source>Formalité</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="284"/>
        <source>Déposée le</source>
        <translation>تاريخ الإيداع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="285"/>
        <source>Récépissé</source>
        <translation>الوصل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="286"/>
        <source>Date du récépissé</source>
        <translation>تاريخ الوصل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="287"/>
        <source>Éléments à déclarer</source>
        <translation>العناصر الواجب التصريح بها</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="288"/>
        <source>Mode de dépôt</source>
        <translation>طريقة الإيداع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="291"/>
        <source>Type de courrier</source>
        <translation>نوع الرسالة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="293"/>
        <source>Rédigé par</source>
        <translation>حرره</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="294"/>
        <source>Destinataire</source>
        <translation>المرسل إليه</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="295"/>
        <source>Texte</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="296"/>
        <source>Validée par</source>
        <translation>صادق عليه</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="298"/>
        <source>Usage de la pièce</source>
        <translation>الغرض من المرفق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="299"/>
        <source>Type de fichier</source>
        <translation>نوع الملف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="300"/>
        <source>Motif</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="303"/>
        <source>Mis à jour depuis la version</source>
        <translation>حُدِّث انطلاقا من الإصدار</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="305"/>
        <source>Restauré depuis</source>
        <translation>استُرجع من</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="307"/>
        <source>Chiffrement</source>
        <translation>التشفير</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="310"/>
        <source>Trousseau du système</source>
        <translation>حافظة كلمات السر في النظام</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="311"/>
        <source>Sauvegardes rechiffrées</source>
        <translation>النسخ الاحتياطية المعاد تشفيرها</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="312"/>
        <source>Échecs</source>
        <translation>حالات الفشل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="313"/>
        <source>Contenu exporté</source>
        <translation>المحتوى المصدَّر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="317"/>
        <source>Ignorées</source>
        <translation>المتجاهَلة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="318"/>
        <source>Mode d&apos;effacement</source>
        <translation>طريقة المسح</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="319"/>
        <source>Conservé jusqu&apos;au</source>
        <translation>يُحتفظ به إلى غاية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="320"/>
        <source>Pièces jointes effacées</source>
        <translation>المرفقات الممسوحة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="321"/>
        <source>Entrées connues de ce poste</source>
        <translation>المدخلات المعروفة لدى هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="322"/>
        <source>Empreinte connue de ce poste</source>
        <translation>البصمة المعروفة لدى هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="323"/>
        <source>Empreinte de tête</source>
        <translation>بصمة الرأس</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="325"/>
        <source>Champs modifiés</source>
        <translation>الحقول المعدلة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="327"/>
        <source>Verrouillage automatique (minutes)</source>
        <translation>القفل التلقائي (دقائق)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="339"/>
        <source>Conservation des demandes (années)</source>
        <translation>مدة حفظ الطلبات (سنوات)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="340"/>
        <source>Conservation des violations (années)</source>
        <translation>مدة حفظ الانتهاكات (سنوات)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="341"/>
        <source>Preuve d&apos;identité demandée</source>
        <translation>إثبات الهوية المطلوب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="342"/>
        <source>Conservation des copies (jours)</source>
        <translation>مدة حفظ نسخ وثائق الهوية (أيام)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="343"/>
        <source>Période de revue (mois)</source>
        <translation>مدة المراجعة (أشهر)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="344"/>
        <source>Pays ajoutés</source>
        <translation>البلدان المضافة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="345"/>
        <source>Pays retirés</source>
        <translation>البلدان المُزالة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="354"/>
        <source>Nom de l&apos;organisation</source>
        <translation>اسم المؤسسة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="355"/>
        <source>Adresse</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="356"/>
        <source>Ville</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="357"/>
        <source>Nom du DPO</source>
        <translation>اسم مندوب حماية المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="358"/>
        <source>E-mail du DPO</source>
        <translation>البريد الإلكتروني للمندوب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="359"/>
        <source>Téléphone du DPO</source>
        <translation>هاتف المندوب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="360"/>
        <source>Fuseau horaire</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="361"/>
        <source>Identifiants légaux</source>
        <translation>المعرفات القانونية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="362"/>
        <source>Signataire</source>
        <translation>الموقّع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="363"/>
        <source>Représentant au Maroc</source>
        <translation>الممثل بالمغرب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="410"/>
        <source>décidée</source>
        <translation>مُتَّخذ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="486"/>
        <source>Jour férié ajouté</source>
        <translation>إضافة يوم عطلة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="487"/>
        <source>Ajout de jour férié annulé</source>
        <translation>إلغاء إضافة يوم عطلة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="490"/>
        <source>Fermeture ajoutée</source>
        <translation>إضافة يوم إغلاق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="491"/>
        <source>Fermeture annulée</source>
        <translation>إلغاء يوم إغلاق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="494"/>
        <source>Jour férié officiel retiré</source>
        <translation>إزالة يوم عطلة رسمية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="495"/>
        <source>Jour férié officiel rétabli</source>
        <translation>استعادة يوم عطلة رسمية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="498"/>
        <source>Fête lunaire confirmée</source>
        <translation>تأكيد عيد هجري</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="499"/>
        <source>Confirmation annulée</source>
        <translation>إلغاء التأكيد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="553"/>
        <source>Adresse de l&apos;autorité</source>
        <translation>عنوان السلطة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="347"/>
        <source>Jours fériés des délais du RGPD</source>
        <translation>العطل الرسمية المحتسبة في آجال RGPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="348"/>
        <source>Version des règles</source>
        <translation>إصدار القواعد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="349"/>
        <source>Demandes ouvertes dont l&apos;échéance a changé</source>
        <translation>الطلبات المفتوحة التي تغير أجلها</translation>
    </message>
</context>
<context>
    <name>JournalSection</name>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="262"/>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="131"/>
        <source>Date et heure</source>
        <translation>التاريخ والوقت</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="132"/>
        <source>Auteur</source>
        <translation>المحرر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="133"/>
        <source>Action</source>
        <translation>العملية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="134"/>
        <source>Objet</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="135"/>
        <source>Détail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/__init__.py" line="125"/>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="177"/>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="243"/>
        <source>Journal</source>
        <translation>سجل العمليات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="181"/>
        <source>Vérifier la chaîne</source>
        <translation>التحقق من السلسلة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="193"/>
        <source>Chaque modification du registre, avec son auteur et l&apos;heure. Les entrées sont chaînées : une entrée modifiée, supprimée ou insérée après coup rompt la chaîne à cet endroit. Les données personnelles n&apos;y sont pas recopiées : le journal dit qu&apos;elles ont changé, pas leur contenu.</source>
        <translation>كل تعديل في السجل، مع صاحبه ووقته. المدخلات مترابطة في سلسلة: أي مدخل عُدِّل أو حُذف أو أُدرج لاحقا يقطع السلسلة في ذلك الموضع. لا تُنسخ فيه المعطيات الشخصية: يذكر سجل العمليات أنها تغيرت، لا مضمونها.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="207"/>
        <source>Référence (DSR-…, VIO-…)</source>
        <translation>المرجع، مثلا DSR-2026-0001</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="278"/>
        <source>Tous les objets</source>
        <translation>جميع العناصر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="279"/>
        <source>Toutes les actions</source>
        <translation>جميع العمليات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="280"/>
        <source>Tous les auteurs</source>
        <translation>جميع المستخدمين</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/sections/journal.py" line="303"/>
        <source>%n entrée(s)</source>
        <translation>
            <numerusform>لا مدخلات</numerusform>
            <numerusform>مدخل واحد</numerusform>
            <numerusform>مدخلان</numerusform>
            <numerusform>%n مدخلات</numerusform>
            <numerusform>%n مدخلا</numerusform>
            <numerusform>%n مدخل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/sections/journal.py" line="316"/>
        <source>Chaîne intacte : %n entrée(s) vérifiée(s). Empreinte de tête : {head}</source>
        <translation>
            <numerusform>السلسلة سليمة: لم يُتحقق من أي مدخل. بصمة الرأس: {head}</numerusform>
            <numerusform>السلسلة سليمة: تم التحقق من مدخل واحد. بصمة الرأس: {head}</numerusform>
            <numerusform>السلسلة سليمة: تم التحقق من مدخلين. بصمة الرأس: {head}</numerusform>
            <numerusform>السلسلة سليمة: تم التحقق من %n مدخلات. بصمة الرأس: {head}</numerusform>
            <numerusform>السلسلة سليمة: تم التحقق من %n مدخلا. بصمة الرأس: {head}</numerusform>
            <numerusform>السلسلة سليمة: تم التحقق من %n مدخل. بصمة الرأس: {head}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="322"/>
        <source>Journal vérifié : chaîne intacte.</source>
        <translation>تم التحقق من سجل العمليات: السلسلة سليمة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/journal.py" line="326"/>
        <source>Chaîne rompue à l&apos;entrée n° {entry} : le journal a été modifié en dehors de DPO Desk à partir de cet endroit. Conservez ce fichier tel quel et comparez-le à votre dernière sauvegarde.</source>
        <translation>السلسلة مقطوعة عند المدخل رقم {entry}: عُدِّل سجل العمليات خارج DPO Desk ابتداء من هذا الموضع. احتفظ بهذا الملف كما هو وقارنه بآخر نسخة احتياطية.</translation>
    </message>
</context>
<context>
    <name>JournalValue</name>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="369"/>
        <source>Classeur Excel : tous les registres</source>
        <translation>مصنف Excel: جميع السجلات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="370"/>
        <source>Classeur Excel : demandes</source>
        <translation>مصنف Excel: الطلبات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="371"/>
        <source>Classeur Excel : violations</source>
        <translation>مصنف Excel: الانتهاكات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="372"/>
        <source>Classeur Excel : traitements</source>
        <translation>مصنف Excel: المعالجات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="373"/>
        <source>Classeur Excel : sous-traitants</source>
        <translation>مصنف Excel: المعالجون من الباطن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="374"/>
        <source>Classeur Excel : transferts</source>
        <translation>مصنف Excel: عمليات النقل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="375"/>
        <source>Classeur Excel : journal d&apos;audit</source>
        <translation>مصنف Excel: سجل العمليات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="378"/>
        <source>phrase secrète du registre</source>
        <translation>عبارة مرور السجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="379"/>
        <source>autre phrase secrète</source>
        <translation>عبارة مرور أخرى</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="382"/>
        <source>phrase secrète mémorisée</source>
        <translation>عبارة المرور محفوظة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="383"/>
        <source>phrase secrète non mémorisée</source>
        <translation>عبارة المرور غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="386"/>
        <source>suppression</source>
        <translation>الحذف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="387"/>
        <source>anonymisation</source>
        <translation>التجهيل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="390"/>
        <source>justificatif d&apos;identité</source>
        <translation>إثبات الهوية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="391"/>
        <source>autre</source>
        <translation>آخر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="394"/>
        <source>Méthode ENISA (2013), pondérée par la vraisemblance</source>
        <translation>منهجية ENISA (2013)، مرجَّحة باحتمال وقوع العواقب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="399"/>
        <source>français</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="400"/>
        <source>arabe</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="401"/>
        <source>anglais</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="411"/>
        <source>modèle par défaut</source>
        <translation>النموذج الافتراضي</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="412"/>
        <source>effacé</source>
        <translation>مُسح</translation>
    </message>
</context>
<context>
    <name>LanguageCard</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/language.py" line="32"/>
        <location filename="../../dpo_desk/ui/settings/language.py" line="41"/>
        <source>Langue de l&apos;interface</source>
        <extracomment>the user chose &quot;Restart now&quot;: the window should close everything and quit</extracomment>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/language.py" line="34"/>
        <source>La langue des menus, des écrans et des messages, sur cet ordinateur. Chaque courrier garde sa propre langue, choisie en le rédigeant. Le changement s&apos;applique au prochain démarrage de DPO Desk.</source>
        <translation>لغة القوائم والشاشات والرسائل على هذا الحاسوب. تحتفظ كل رسالة بلغتها الخاصة التي تُختار عند تحريرها. يسري التغيير عند التشغيل المقبل لـ DPO Desk.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/language.py" line="46"/>
        <source>Langue</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/language.py" line="62"/>
        <source>La nouvelle langue s&apos;appliquera au prochain démarrage.</source>
        <translation>ستُطبَّق اللغة الجديدة عند التشغيل المقبل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/language.py" line="76"/>
        <source>Changer de langue</source>
        <translation>تغيير اللغة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/language.py" line="77"/>
        <source>Redémarrer DPO Desk maintenant pour changer de langue ?</source>
        <translation>إعادة تشغيل DPO Desk الآن لتغيير اللغة؟</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/language.py" line="80"/>
        <source>Le registre sera verrouillé et refermé, puis DPO Desk redémarrera dans la nouvelle langue. Enregistrez d&apos;abord toute saisie en cours.</source>
        <translation>سيُقفل السجل ويُغلق، ثم يُعاد تشغيل DPO Desk باللغة الجديدة. احفظ أولا أي إدخال جارٍ.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/language.py" line="84"/>
        <source>Redémarrer maintenant</source>
        <translation>إعادة التشغيل الآن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/language.py" line="85"/>
        <source>Plus tard</source>
        <translation>لاحقا</translation>
    </message>
</context>
<context>
    <name>Law0908Exception</name>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="317"/>
        <source>Consentement exprès de la personne</source>
        <translation>الموافقة الصريحة للشخص المعني</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="320"/>
        <source>Sauvegarde de la vie de la personne</source>
        <translation>الحفاظ على حياة الشخص المعني</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="323"/>
        <source>Sauvegarde de l&apos;intérêt public</source>
        <translation>الحفاظ على المصلحة العامة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="326"/>
        <source>Constatation, exercice ou défense d&apos;un droit en justice</source>
        <translation>إثبات حق أو ممارسته أو الدفاع عنه أمام القضاء</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="329"/>
        <source>Exécution d&apos;un contrat avec la personne</source>
        <translation>تنفيذ عقد مع الشخص المعني</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="332"/>
        <source>Contrat conclu dans l&apos;intérêt de la personne</source>
        <translation>عقد مبرم لمصلحة الشخص المعني</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="335"/>
        <source>Consultation d&apos;un registre public</source>
        <translation>الاطلاع على سجل عمومي</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="338"/>
        <source>Autre exception prévue par la loi (précisée en note)</source>
        <translation>استثناء آخر منصوص عليه في القانون (يُوضَّح في ملاحظة)</translation>
    </message>
</context>
<context>
    <name>LegalBasis</name>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="72"/>
        <source>Consentement</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="74"/>
        <source>Exécution d&apos;un contrat</source>
        <translation>تنفيذ عقد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="76"/>
        <source>Obligation légale</source>
        <translation>التزام قانوني</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="78"/>
        <source>Sauvegarde des intérêts vitaux</source>
        <translation>حماية المصالح الحيوية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="80"/>
        <source>Mission d&apos;intérêt public</source>
        <translation>مهمة تحقيق مصلحة عامة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="82"/>
        <source>Intérêt légitime</source>
        <translation>المصلحة المشروعة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="73"/>
        <source>RGPD art. 6(1)(a) ; loi 09-08 art. 4</source>
        <translation>المادة 6(1)(أ) من RGPD؛ المادة 4 من القانون رقم 09.08</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="75"/>
        <source>RGPD art. 6(1)(b) ; loi 09-08 art. 4</source>
        <translation>المادة 6(1)(ب) من RGPD؛ المادة 4 من القانون رقم 09.08</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="77"/>
        <source>RGPD art. 6(1)(c) ; loi 09-08 art. 4</source>
        <translation>المادة 6(1)(ج) من RGPD؛ المادة 4 من القانون رقم 09.08</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="79"/>
        <source>RGPD art. 6(1)(d) ; loi 09-08 art. 4</source>
        <translation>المادة 6(1)(د) من RGPD؛ المادة 4 من القانون رقم 09.08</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="81"/>
        <source>RGPD art. 6(1)(e) ; loi 09-08 art. 4</source>
        <translation>المادة 6(1)(هـ) من RGPD؛ المادة 4 من القانون رقم 09.08</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="83"/>
        <source>RGPD art. 6(1)(f) ; loi 09-08 art. 4</source>
        <translation>المادة 6(1)(و) من RGPD؛ المادة 4 من القانون رقم 09.08</translation>
    </message>
</context>
<context>
    <name>Letter</name>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="115"/>
        <source>Délégué à la protection des données (DPO)</source>
        <translation>مندوب حماية المعطيات (DPO)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="116"/>
        <source>Réf. :</source>
        <translation>المرجع:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="117"/>
        <source>Objet :</source>
        <translation>الموضوع:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="118"/>
        <source>Aux personnes concernées</source>
        <translation>إلى الأشخاص المعنيين</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="119"/>
        <source>DPO :</source>
        <translation>مندوب حماية المعطيات:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="120"/>
        <source>{place}, le {date}</source>
        <translation>{place} في {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="121"/>
        <source>Le {date}</source>
        <translation>في {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="122"/>
        <source>non déterminé à ce jour</source>
        <translation>غير محدد إلى حد الآن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="123"/>
        <source>atteinte à la confidentialité</source>
        <translation>المس بالسرية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="124"/>
        <source>atteinte à l&apos;intégrité</source>
        <translation>المس بالسلامة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="125"/>
        <source>atteinte à la disponibilité</source>
        <translation>المس بالإتاحة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="126"/>
        <source>72 heures après la prise de connaissance (RGPD art. 33(1))</source>
        <translation>72 ساعة بعد العلم بالانتهاك (المادة 33(1) من RGPD)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="130"/>
        <source>72 heures après la prise de connaissance, délai fixé par la politique interne de l&apos;organisation (la loi 09-08 ne prévoit pas de notification des violations)</source>
        <translation>72 ساعة بعد العلم بالانتهاك، وهو أجل حددته السياسة الداخلية للمؤسسة (لا ينص القانون رقم 09.08 على التبليغ عن الانتهاكات)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="135"/>
        <source>Commission nationale de contrôle de la protection des données à caractère personnel (CNDP)</source>
        <translation>اللجنة الوطنية لمراقبة حماية المعطيات ذات الطابع الشخصي (CNDP)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/letters.py" line="139"/>
        <source>Commission nationale de l&apos;informatique et des libertés (CNIL)</source>
        <translation>اللجنة الوطنية للمعلوميات والحريات (CNIL، فرنسا)</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="125"/>
        <source>Courriers — {reference} — DPO Desk</source>
        <translation>الرسائل — {reference} — DPO Desk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="131"/>
        <source>Courriers — {reference}</source>
        <translation>الرسائل — {reference}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="165"/>
        <source>Nouveau courrier</source>
        <translation>رسالة جديدة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="203"/>
        <source>Enregistré avec le brouillon</source>
        <translation>يُحفظ مع المسودة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="205"/>
        <source>Pourquoi la notification est tardive</source>
        <translation>سبب تأخر التبليغ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="206"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="292"/>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="207"/>
        <source>Langue</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="208"/>
        <source>Destinataire</source>
        <translation>المرسل إليه</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="209"/>
        <source>Auteur</source>
        <translation>المحرر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="210"/>
        <source>Motifs du retard</source>
        <translation>أسباب التأخير</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="215"/>
        <source>Pourquoi ces rubriques sont vides</source>
        <translation>سبب فراغ هذه البنود</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="217"/>
        <source>Rubriques « néant »</source>
        <translation>البنود المشار إليها بـ« لا شيء »</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="170"/>
        <source>Rédiger le brouillon</source>
        <translation>تحرير المسودة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="243"/>
        <source>Courriers du dossier</source>
        <translation>رسائل الملف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="249"/>
        <source>Aucun courrier pour ce dossier.</source>
        <translation>لا توجد أي رسالة لهذا الملف.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="256"/>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="515"/>
        <source>Aucun courrier ouvert</source>
        <translation>لا توجد رسالة مفتوحة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="263"/>
        <source>Choisissez un type de courrier et une langue, puis « Rédiger le brouillon ».</source>
        <translation>اختر نوع الرسالة ولغتها، ثم « تحرير المسودة ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="269"/>
        <source>Actualiser l&apos;aperçu</source>
        <translation>تحديث المعاينة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="271"/>
        <source>Enregistrer le brouillon</source>
        <translation>حفظ المسودة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="283"/>
        <source>Relu par</source>
        <translation>راجعها</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="285"/>
        <source>Nom du relecteur</source>
        <translation>اسم المراجع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="286"/>
        <source>Nom de la personne qui a relu et validé le courrier</source>
        <translation>اسم الشخص الذي راجع الرسالة وصادق عليها</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="291"/>
        <source>Une autre personne que l&apos;auteur</source>
        <translation>شخص آخر غير المحرر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="294"/>
        <source>Règle des quatre yeux : le courrier est validé par une autre personne que son auteur.</source>
        <translation>قاعدة العينين الأربع: يصادق على الرسالة شخص آخر غير محررها.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="298"/>
        <source>Marquer comme validé</source>
        <translation>التعليم كمصادق عليها</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="306"/>
        <source>Exporter le PDF…</source>
        <translation>تصدير PDF…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="307"/>
        <source>Enregistrer une copie du PDF, hors du registre</source>
        <translation>حفظ نسخة من PDF خارج السجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="309"/>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="689"/>
        <source>Générer le PDF</source>
        <translation>إنشاء PDF</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="311"/>
        <source>Le PDF est joint au dossier, chiffré dans le registre ; le courrier est figé.</source>
        <translation>ملف PDF مرفق بالملف ومشفر داخل السجل؛ الرسالة مجمدة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="322"/>
        <source>Aperçu</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="334"/>
        <source>Fermer</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="343"/>
        <source>Demande de {name}, reçue le {date} — échéance le {due}</source>
        <translation>طلب {name}، تاريخ التوصل {date} — الأجل {due}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="349"/>
        <source>Violation : {title}</source>
        <translation>الانتهاك: {title}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="378"/>
        <source>Indisponibles pour ce dossier :</source>
        <translation>غير متاحة لهذا الملف:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="429"/>
        <source>CNDP — politique interne (la loi 09-08 ne prévoit pas de notification)</source>
        <translation>CNDP — سياسة داخلية (القانون رقم 09.08 لا ينص على التبليغ)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="431"/>
        <source>{authority} — article 33 du RGPD</source>
        <translation>{authority} — المادة 33 من RGPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="441"/>
        <source>la demande</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="441"/>
        <source>la violation</source>
        <translation>الانتهاك</translation>
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
        <translation>{status} من طرف {reviewer}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="476"/>
        <source>{author}, {when}</source>
        <translation>{author}، {when}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="493"/>
        <source>Modifications non enregistrées</source>
        <translation>تعديلات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="494"/>
        <source>Le texte modifié n&apos;est pas enregistré. L&apos;abandonner ?</source>
        <translation>النص المعدل غير محفوظ. هل تريد التخلي عنه؟</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="523"/>
        <source>{kind} — {language}</source>
        <translation>{kind} — {language}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="536"/>
        <source>Rédigé par {author} le {when}.</source>
        <translation>حررها {author} في {when}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="540"/>
        <source>Brouillon : à relire puis marquer comme validé.</source>
        <translation>مسودة: تجب مراجعتها ثم تعليمها كمصادق عليها.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="541"/>
        <source>Validé par {reviewer} le {when}.</source>
        <translation>صادق عليها {reviewer} في {when}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="546"/>
        <source>Prêt pour la génération du PDF.</source>
        <translation>جاهزة لإنشاء PDF.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="548"/>
        <source>PDF généré et joint au dossier : le courrier ne se modifie plus.</source>
        <translation>أُنشئ PDF وأُرفق بالملف: لم تعد الرسالة قابلة للتعديل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="618"/>
        <source>Brouillon enregistré dans le registre. Relisez-le et modifiez-le ici.</source>
        <translation>حُفظت المسودة في السجل. راجعها وعدّلها هنا.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="640"/>
        <source>Brouillon enregistré. Le texte a changé : il est à valider de nouveau.</source>
        <translation>حُفظت المسودة. تغير النص: تجب المصادقة عليها من جديد.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="643"/>
        <source>Brouillon enregistré.</source>
        <translation>حُفظت المسودة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="670"/>
        <source>Courrier validé par {reviewer}.</source>
        <translation>صادق {reviewer} على الرسالة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="680"/>
        <source>Générer le PDF définitif</source>
        <translation>إنشاء ملف PDF النهائي</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="681"/>
        <source>Générer le PDF définitif de ce courrier ?</source>
        <translation>إنشاء ملف PDF النهائي لهذه الرسالة؟</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="684"/>
        <source>Le courrier sera alors figé : son texte ne pourra plus être modifié. Le PDF sera joint à {case} {reference}, chiffré dans le registre, et la génération sera inscrite au journal.</source>
        <translation>ستصبح الرسالة عندئذ نهائية: لا يمكن تعديل نصها بعد ذلك. سيُرفق ملف PDF بـ{case} {reference}، مشفرا في السجل، ويُقيد الإنشاء في سجل العمليات.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="690"/>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="720"/>
        <source>PDF « {name} » joint à {case} {reference}.</source>
        <translation>أُرفق PDF « {name} » بـ{case} {reference}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="760"/>
        <source>{n} page</source>
        <translation>{n} صفحة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="762"/>
        <source>{n} pages</source>
        <translation>{n} صفحة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="777"/>
        <source>Exporter le PDF</source>
        <translation>تصدير PDF</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="777"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/dialog.py" line="785"/>
        <source>Copie enregistrée : {path}</source>
        <translation>حُفظت النسخة: {path}</translation>
    </message>
</context>
<context>
    <name>LetterField</name>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="318"/>
        <source>Nom de l&apos;organisation</source>
        <translation>اسم المؤسسة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="319"/>
        <source>Adresse de l&apos;organisation</source>
        <translation>عنوان المؤسسة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="320"/>
        <source>Nom du DPO</source>
        <translation>اسم مندوب حماية المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="321"/>
        <source>E-mail du DPO</source>
        <translation>البريد الإلكتروني للمندوب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="322"/>
        <source>Téléphone du DPO</source>
        <translation>هاتف المندوب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="323"/>
        <source>Coordonnées du DPO (nom, e-mail, téléphone)</source>
        <translation>بيانات اتصال المندوب (الاسم، البريد الإلكتروني، الهاتف)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="324"/>
        <source>Date du courrier</source>
        <translation>تاريخ الرسالة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="325"/>
        <source>Lieu d&apos;envoi</source>
        <translation>مكان الإرسال</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="326"/>
        <source>CNDP : nom complet et adresse</source>
        <translation>CNDP: الاسم الكامل والعنوان</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="327"/>
        <source>CNIL : nom complet et adresse</source>
        <translation>CNIL: الاسم الكامل والعنوان</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="328"/>
        <source>Le RGPD s&apos;applique (oui/non)</source>
        <translation>RGPD مطبق (نعم/لا)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="329"/>
        <source>La loi 09-08 s&apos;applique (oui/non)</source>
        <translation>القانون رقم 09.08 مطبق (نعم/لا)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="330"/>
        <source>Référence de la demande</source>
        <translation>مرجع الطلب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="331"/>
        <source>Date de réception</source>
        <translation>تاريخ التوصل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="332"/>
        <source>Nom du demandeur</source>
        <translation>اسم صاحب الطلب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="333"/>
        <source>Nom de la personne concernée</source>
        <translation>اسم الشخص المعني</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="334"/>
        <source>Le demandeur agit pour une autre personne</source>
        <translation>صاحب الطلب يتصرف نيابة عن شخص آخر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="335"/>
        <source>Droits exercés</source>
        <translation>الحقوق الممارَسة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="336"/>
        <location filename="../../dpo_desk/documents/templates.py" line="415"/>
        <source>Régimes applicables</source>
        <translation>الأنظمة القانونية المطبقة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="337"/>
        <source>Canal de réception</source>
        <translation>قناة التوصل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="339"/>
        <source>Canal de réception, en toutes lettres (« par e-mail »)</source>
        <translation>قناة التوصل، بالكلمات (« عبر البريد الإلكتروني »)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="340"/>
        <source>Droit d&apos;accès exercé</source>
        <translation>ممارسة حق الولوج</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="341"/>
        <source>Droit de rectification exercé</source>
        <translation>ممارسة حق التصحيح</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="342"/>
        <source>Droit à l&apos;effacement exercé</source>
        <translation>ممارسة الحق في المسح</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="343"/>
        <source>Droit à la limitation exercé</source>
        <translation>ممارسة الحق في تقييد المعالجة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="344"/>
        <source>Droit à la portabilité exercé</source>
        <translation>ممارسة الحق في نقل المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="345"/>
        <source>Droit d&apos;opposition exercé</source>
        <translation>ممارسة حق التعرض</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="347"/>
        <source>Portabilité demandée alors que la loi 09-08 s&apos;applique (oui/non)</source>
        <translation>طُلب نقل المعطيات والقانون رقم 09.08 مطبق (نعم/لا)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="348"/>
        <source>Date limite de réponse</source>
        <translation>آخر أجل للرد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="349"/>
        <source>Fondement du délai (article)</source>
        <translation>أساس الأجل (المادة)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="350"/>
        <source>Règle du délai, en toutes lettres</source>
        <translation>قاعدة الأجل، بالحروف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="351"/>
        <source>Nature du délai : loi ou politique</source>
        <translation>طبيعة الأجل: قانون أو سياسة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="352"/>
        <source>Le délai vient de la politique interne</source>
        <translation>الأجل مستمد من السياسة الداخلية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="354"/>
        <source>Date limite au titre du RGPD</source>
        <translation>آخر أجل بموجب RGPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="355"/>
        <source>Fondement du délai au titre du RGPD</source>
        <translation>أساس الأجل بموجب RGPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="356"/>
        <source>Date limite au titre de la loi 09-08</source>
        <translation>آخر أجل بموجب القانون رقم 09.08</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="357"/>
        <source>Fondement du délai au titre de la loi 09-08</source>
        <translation>أساس الأجل بموجب القانون رقم 09.08</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="358"/>
        <source>Date de la prorogation</source>
        <translation>تاريخ التمديد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="359"/>
        <source>Motifs de la prorogation</source>
        <translation>أسباب التمديد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="360"/>
        <source>Motif du refus</source>
        <translation>سبب الرفض</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="361"/>
        <source>Fondement juridique du refus</source>
        <translation>الأساس القانوني للرفض</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="362"/>
        <source>L&apos;organisation doit pouvoir démontrer le bien-fondé du motif</source>
        <translation>يجب أن تكون المؤسسة قادرة على إثبات وجاهة السبب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="363"/>
        <location filename="../../dpo_desk/services/letters.py" line="211"/>
        <source>Catégories de données traitées</source>
        <translation>فئات المعطيات المعالجة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="364"/>
        <location filename="../../dpo_desk/services/letters.py" line="212"/>
        <source>Finalités du traitement</source>
        <translation>غايات المعالجة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="365"/>
        <location filename="../../dpo_desk/services/letters.py" line="213"/>
        <source>Destinataires</source>
        <translation>المرسل إليهم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="366"/>
        <location filename="../../dpo_desk/services/letters.py" line="215"/>
        <source>Durée de conservation</source>
        <translation>مدة الحفظ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="367"/>
        <location filename="../../dpo_desk/services/letters.py" line="216"/>
        <source>Source des données</source>
        <translation>مصدر المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="369"/>
        <source>Catégories de données : néant</source>
        <translation>فئات المعطيات: لا شيء</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="370"/>
        <source>Finalités : néant</source>
        <translation>الغايات: لا شيء</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="371"/>
        <source>Destinataires : néant</source>
        <translation>المرسل إليهم: لا شيء</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="372"/>
        <source>Durée de conservation : néant</source>
        <translation>مدة الحفظ: لا شيء</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="373"/>
        <source>Source : néant</source>
        <translation>المصدر: لا شيء</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="375"/>
        <location filename="../../dpo_desk/services/letters.py" line="214"/>
        <source>Transferts hors du Maroc et leurs garanties</source>
        <translation>عمليات النقل خارج المغرب وضماناتها</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="376"/>
        <source>Aucun transfert hors du Maroc enregistré</source>
        <translation>لا يوجد نقل خارج المغرب مسجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="377"/>
        <source>Transferts : néant</source>
        <translation>عمليات النقل: لا شيء</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="379"/>
        <location filename="../../dpo_desk/services/letters.py" line="217"/>
        <source>Décisions automatisées, profilage et logique sous-jacente</source>
        <translation>القرارات الآلية والتنميط والمنطق المعتمد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="380"/>
        <source>Décisions automatisées : néant</source>
        <translation>القرارات الآلية: لا شيء</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="381"/>
        <source>Pourquoi les rubriques marquées « néant » le sont</source>
        <translation>سبب الإشارة إلى البنود بـ« لا شيء »</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="382"/>
        <source>Toutes les rubriques sont marquées « néant »</source>
        <translation>جميع البنود مشار إليها بـ« لا شيء »</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="383"/>
        <source>Pièces jointes fournies</source>
        <translation>المرفقات المقدمة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="384"/>
        <source>Précisions propres au dossier</source>
        <translation>توضيحات خاصة بالملف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="385"/>
        <source>Date de l&apos;opération effectuée</source>
        <translation>تاريخ العملية المنجزة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="386"/>
        <source>L&apos;opposition est accueillie</source>
        <translation>قُبل التعرض</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="389"/>
        <source>Justificatif demandé : réponses sur le compte</source>
        <translation>الإثبات المطلوب: أجوبة حول الحساب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="390"/>
        <source>Justificatif demandé : confirmation par e-mail</source>
        <translation>الإثبات المطلوب: تأكيد عبر البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="391"/>
        <source>Justificatif demandé : CNIE présentée sur place</source>
        <translation>الإثبات المطلوب: تقديم البطاقة الوطنية حضوريا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="392"/>
        <source>Justificatif demandé : copie d&apos;une pièce d&apos;identité</source>
        <translation>الإثبات المطلوب: نسخة من وثيقة هوية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="393"/>
        <source>Jours au plus avant suppression de la copie (politique interne)</source>
        <translation>أقصى عدد من الأيام قبل حذف النسخة (سياسة داخلية)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="394"/>
        <source>Référence de la violation</source>
        <translation>مرجع الانتهاك</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="395"/>
        <source>Intitulé de la violation</source>
        <translation>عنوان الانتهاك</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="396"/>
        <source>Description des faits</source>
        <translation>وصف الوقائع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="397"/>
        <source>Nature : confidentialité, intégrité, disponibilité</source>
        <translation>الطبيعة: السرية، السلامة، الإتاحة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="398"/>
        <source>Catégories de personnes concernées</source>
        <translation>فئات الأشخاص المعنيين</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="399"/>
        <source>Nombre approximatif de personnes concernées</source>
        <translation>العدد التقريبي للأشخاص المعنيين</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="400"/>
        <source>Catégories d&apos;enregistrements concernés</source>
        <translation>فئات التسجيلات المعنية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="401"/>
        <source>Nombre approximatif d&apos;enregistrements</source>
        <translation>العدد التقريبي للتسجيلات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="402"/>
        <source>Catégories de données concernées</source>
        <translation>فئات المعطيات المعنية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="403"/>
        <source>Conséquences probables</source>
        <translation>العواقب المحتملة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="404"/>
        <source>Mesures prises</source>
        <translation>التدابير المتخذة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="405"/>
        <source>Mesures envisagées</source>
        <translation>التدابير المزمع اتخاذها</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="406"/>
        <source>Conseils aux personnes pour se protéger</source>
        <translation>نصائح للأشخاص لحماية أنفسهم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="407"/>
        <source>Chronologie (date — fait)</source>
        <translation>التسلسل الزمني (التاريخ — الواقعة)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="408"/>
        <source>Début de la violation</source>
        <translation>بداية الانتهاك</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="409"/>
        <source>Découverte de la violation</source>
        <translation>اكتشاف الانتهاك</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="410"/>
        <source>Prise de connaissance (départ des 72 heures)</source>
        <translation>العلم بالانتهاك (بداية 72 ساعة)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="411"/>
        <source>Échéance de notification</source>
        <translation>أجل التبليغ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="412"/>
        <source>Fondement de l&apos;échéance : loi ou politique</source>
        <translation>أساس الأجل: قانون أو سياسة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="413"/>
        <source>Notification tardive</source>
        <translation>تبليغ متأخر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="414"/>
        <source>Motifs du retard</source>
        <translation>أسباب التأخير</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="416"/>
        <source>Autorité notifiée</source>
        <translation>السلطة المُبلَّغة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="420"/>
        <source>Courrier à une autorité de contrôle de l&apos;UE (article 33 du RGPD)</source>
        <translation>رسالة إلى سلطة مراقبة في الاتحاد الأوروبي (المادة 33 من RGPD)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/templates.py" line="421"/>
        <source>Courrier à la CNDP (politique interne, loi 09-08)</source>
        <translation>رسالة إلى CNDP (السياسة الداخلية، القانون 09.08)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/pdf.py" line="69"/>
        <source>Texte du courrier</source>
        <translation>نص الرسالة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/pdf.py" line="70"/>
        <source>Adresse du destinataire</source>
        <translation>عنوان المرسل إليه</translation>
    </message>
</context>
<context>
    <name>LetterKind</name>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="30"/>
        <source>Accusé de réception</source>
        <translation>إشعار بالتوصل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="31"/>
        <source>Demande de justificatif d&apos;identité</source>
        <translation>طلب إثبات الهوية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="34"/>
        <source>Notification de prorogation du délai</source>
        <translation>إشعار بتمديد الأجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="35"/>
        <source>Réponse à une demande d&apos;accès</source>
        <translation>الرد على طلب الولوج</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="36"/>
        <source>Confirmation de rectification</source>
        <translation>تأكيد التصحيح</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="37"/>
        <source>Confirmation d&apos;effacement ou de limitation</source>
        <translation>تأكيد المسح أو تقييد المعالجة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="40"/>
        <source>Réponse à une opposition</source>
        <translation>الرد على التعرض</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="41"/>
        <source>Refus motivé</source>
        <translation>رفض معلل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="42"/>
        <source>Notification de violation à l&apos;autorité</source>
        <translation>تبليغ السلطة بانتهاك المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="45"/>
        <source>Communication de violation aux personnes concernées</source>
        <translation>إخبار الأشخاص المعنيين بانتهاك المعطيات</translation>
    </message>
</context>
<context>
    <name>LetterLanguage</name>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="62"/>
        <source>Français</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="63"/>
        <source>Arabe</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/kinds.py" line="64"/>
        <source>Anglais</source>
        <translation>الإنجليزية</translation>
    </message>
</context>
<context>
    <name>LetterSettingsCard</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/letter_validation.py" line="25"/>
        <source>Validation des courriers</source>
        <extracomment>the rule&apos;s new value, after a successful save</extracomment>
        <translation>المصادقة على الرسائل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/letter_validation.py" line="27"/>
        <source>Avant d&apos;être généré, chaque courrier est relu et validé. Avec la règle des quatre yeux, la personne qui le valide doit être une autre que celle qui l&apos;a rédigé. Le réglage est enregistré dans le registre et inscrit au journal.</source>
        <translation>قبل إنشائها، تُراجَع كل رسالة ويُصادَق عليها. مع قاعدة العينين الأربع، يجب أن يكون من يصادق عليها شخصا آخر غير من حررها. يُحفظ الإعداد في السجل ويُقيد في سجل العمليات.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/letter_validation.py" line="34"/>
        <source>Règle des quatre yeux : le relecteur doit être distinct de l&apos;auteur</source>
        <translation>قاعدة العينين الأربع: يجب أن يكون المراجع غير المحرر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/letter_validation.py" line="69"/>
        <source>Règle des quatre yeux activée : l&apos;auteur d&apos;un courrier ne peut plus le valider.</source>
        <translation>قاعدة العينين الأربع مفعلة: لم يعد بإمكان محرر الرسالة المصادقة عليها.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/letter_validation.py" line="72"/>
        <source>Règle des quatre yeux désactivée.</source>
        <translation>قاعدة العينين الأربع معطلة.</translation>
    </message>
</context>
<context>
    <name>LetterTemplatesCard</name>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="77"/>
        <source>Modèles de courrier</source>
        <extracomment>the stylesheet&apos;s item padding (QListWidget::item), both sides, and a margin</extracomment>
        <translation>نماذج الرسائل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="81"/>
        <source>Chaque type de courrier a un modèle par langue. Les champs entre {{ doubles accolades }} sont remplis avec les données du dossier ; {% if champ %} … {% endif %} garde un passage quand le champ est renseigné. La première ligne est l&apos;objet du courrier.</source>
        <translation>لكل نوع من الرسائل نموذج لكل لغة. تُملأ الحقول الموضوعة بين معقوفتين مزدوجتين ‎{{ … }}‎ بمعطيات الملف؛ والصيغة ‎{% if champ %} … {% endif %}‎ تُبقي على فقرة عندما يكون الحقل مملوءا. السطر الأول هو موضوع الرسالة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="121"/>
        <source>Champs disponibles</source>
        <translation>الحقول المتاحة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="126"/>
        <source>Double-cliquez pour insérer le champ dans le modèle</source>
        <translation>انقر مرتين لإدراج الحقل في النموذج</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="129"/>
        <source>Double-clic : insérer</source>
        <translation>نقر مزدوج: إدراج</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="107"/>
        <source>Rétablir le modèle par défaut</source>
        <translation>استعادة النموذج الافتراضي</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="136"/>
        <source>Annuler les modifications</source>
        <translation>إلغاء التعديلات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="138"/>
        <source>Enregistrer le modèle</source>
        <translation>حفظ النموذج</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="224"/>
        <source>Modèle modifié par {who} le {when}.</source>
        <translation>عدّل {who} النموذج في {when}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="229"/>
        <source>Modèle modifié.</source>
        <translation>نموذج معدَّل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="231"/>
        <source>Modèle par défaut, livré avec DPO Desk.</source>
        <translation>النموذج الافتراضي المرفق بـ DPO Desk.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="279"/>
        <source>Modèle « {kind} » ({language}) enregistré.</source>
        <translation>حُفظ النموذج « {kind} » ({language}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters/templates.py" line="296"/>
        <source>Modèle par défaut rétabli.</source>
        <translation>تمت استعادة النموذج الافتراضي.</translation>
    </message>
</context>
<context>
    <name>Likelihood</name>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="165"/>
        <source>Négligeable</source>
        <translation>ضئيل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="166"/>
        <source>Limitée</source>
        <translation>محدود</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="167"/>
        <source>Importante</source>
        <translation>هام</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="168"/>
        <source>Maximale</source>
        <translation>أقصى</translation>
    </message>
</context>
<context>
    <name>LockState</name>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="65"/>
        <source>Déverrouillé</source>
        <translation>غير مقفل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="68"/>
        <source>Verrouillé</source>
        <translation>مقفل</translation>
    </message>
</context>
<context>
    <name>Lunar</name>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="157"/>
        <source>Aïd al-Fitr</source>
        <translation>عيد الفطر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="158"/>
        <source>Aïd al-Adha</source>
        <translation>عيد الأضحى</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="159"/>
        <source>1er Moharram</source>
        <translation>فاتح محرم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/calendar.py" line="160"/>
        <source>Aïd al-Mawlid</source>
        <translation>عيد المولد النبوي</translation>
    </message>
</context>
<context>
    <name>LunarConfirmDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/lunar_confirm.py" line="78"/>
        <source>Confirmer {holiday}</source>
        <translation>تأكيد تاريخ {holiday}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/lunar_confirm.py" line="84"/>
        <source>Premier jour actuellement retenu : {date}. Corrigez-le si l&apos;annonce officielle dit autre chose.</source>
        <translation>اليوم الأول المعتمد حاليا: {date}. صحّحه إذا جاء الإعلان الرسمي بخلاف ذلك.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/lunar_confirm.py" line="89"/>
        <source>Date estimée : {date}. Tant qu&apos;elle n&apos;est pas confirmée, elle ne reporte aucune échéance. Indiquez le premier jour annoncé : les échéances en tiennent compte dès la confirmation.</source>
        <translation>التاريخ التقديري: {date}. ما دام غير مؤكد، فإنه لا يؤجل أي أجل. أدخل اليوم الأول المُعلَن: تأخذه الآجال بعين الاعتبار فور التأكيد.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/lunar_confirm.py" line="101"/>
        <location filename="../../dpo_desk/ui/lunar_confirm.py" line="111"/>
        <source>Premier jour annoncé</source>
        <translation>اليوم الأول المُعلَن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/lunar_confirm.py" line="108"/>
        <source>Annoncée par le ministère des Habous et des Affaires islamiques.</source>
        <translation>أعلنت عنه وزارة الأوقاف والشؤون الإسلامية.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/lunar_confirm.py" line="113"/>
        <source>Jours fériés</source>
        <translation>أيام العطلة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/lunar_confirm.py" line="118"/>
        <source>Confirmer</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/lunar_confirm.py" line="144"/>
        <source>{holiday} confirmé : premier jour le {date}.</source>
        <translation>أُكِّد تاريخ {holiday}: اليوم الأول {date}.</translation>
    </message>
</context>
<context>
    <name>LunarNotice</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="148"/>
        <source>{holiday} ({year}) : date estimée au {date}. Confirmez-la dès l&apos;annonce officielle : les échéances n&apos;en tiennent compte qu&apos;une fois confirmée.</source>
        <translation>{holiday} ({year} هـ): التاريخ التقديري {date}. أكّده فور الإعلان الرسمي: لا تأخذه الآجال بعين الاعتبار إلا بعد تأكيده.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="158"/>
        <source>Confirmer…</source>
        <translation>تأكيد…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="160"/>
        <source>Confirmer la date de {holiday}</source>
        <translation>تأكيد تاريخ {holiday}</translation>
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
        <translation>التصفح</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="276"/>
        <source>Registre verrouillé</source>
        <translation>السجل مقفل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="286"/>
        <source>&amp;Fichier</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="297"/>
        <source>&amp;Ouvrir…</source>
        <translation>فتح…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="300"/>
        <source>&amp;Verrouiller</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="303"/>
        <source>&amp;Fermer le registre</source>
        <translation>إغلاق السجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="306"/>
        <source>&amp;Exporter tous les registres…</source>
        <translation>تصدير جميع السجلات…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="308"/>
        <source>Exporter le &amp;calendrier des échéances…</source>
        <translation>تصدير تقويم الآجال…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="310"/>
        <source>&amp;Quitter</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="329"/>
        <source>Verrouiller</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="334"/>
        <source>&amp;Affichage</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="344"/>
        <source>Aid&amp;e</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="345"/>
        <source>À &amp;propos de DPO Desk…</source>
        <translation>حول DPO Desk…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="542"/>
        <source>Calendrier enregistré : {name}</source>
        <translation>حُفظ التقويم: {name}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="565"/>
        <source>Enregistrement en cours : le registre sera verrouillé dès la fin.</source>
        <translation>الحفظ جارٍ: سيُقفل السجل بمجرد انتهائه.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="652"/>
        <source>Sauvegarde du jour impossible : {reason}</source>
        <translation>تعذرت النسخة الاحتياطية اليومية: {reason}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="648"/>
        <source>Sauvegarde du jour : {file}.</source>
        <translation>النسخة الاحتياطية اليومية: {file}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="291"/>
        <location filename="../../dpo_desk/ui/main_window.py" line="379"/>
        <source>Nouvel élément</source>
        <translation>عنصر جديد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="294"/>
        <source>Nouveau &amp;registre…</source>
        <translation>سجل جديد…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/main_window.py" line="681"/>
        <source>Verrouillé après %n minute(s) sans activité.</source>
        <translation>
            <numerusform>أُقفل بعد أقل من دقيقة دون نشاط.</numerusform>
            <numerusform>أُقفل بعد دقيقة واحدة دون نشاط.</numerusform>
            <numerusform>أُقفل بعد دقيقتين دون نشاط.</numerusform>
            <numerusform>أُقفل بعد %n دقائق دون نشاط.</numerusform>
            <numerusform>أُقفل بعد %n دقيقة دون نشاط.</numerusform>
            <numerusform>أُقفل بعد %n دقيقة دون نشاط.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MaintenanceCard</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="66"/>
        <source>Sauvegarde et sécurité</source>
        <extracomment>a restored register the user chose to open (the controller opens it)</extracomment>
        <translation>النسخ الاحتياطي والأمن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="68"/>
        <source>Une sauvegarde est une copie chiffrée, vérifiée avant d&apos;être gardée. La vérification contrôle chaque page chiffrée, la structure du fichier et la chaîne du journal (RGPD art. 32 ; loi 09-08 art. 23).</source>
        <translation>النسخة الاحتياطية نسخة مشفرة يُتحقق منها قبل الاحتفاظ بها. يشمل التحقق كل صفحة مشفرة، وبنية الملف، وسلسلة سجل العمليات (المادة 32 من RGPD؛ المادة 23 من القانون رقم 09.08).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="77"/>
        <source>Sauvegarder maintenant…</source>
        <translation>إنشاء نسخة احتياطية الآن…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="79"/>
        <source>Vérifier le registre</source>
        <translation>التحقق من السجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="81"/>
        <source>Changer la phrase secrète…</source>
        <translation>تغيير عبارة المرور…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="83"/>
        <source>Durées de conservation…</source>
        <translation>مدد الحفظ…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="94"/>
        <source>Sauvegardes automatiques</source>
        <translation>النسخ الاحتياطية التلقائية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="98"/>
        <source>Désactivées</source>
        <translation>معطلة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="100"/>
        <source>Enregistrer</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="102"/>
        <source>Une par jour, garder les dernières :</source>
        <translation>نسخة واحدة يوميا، مع الاحتفاظ بآخر:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="108"/>
        <source>Dossier :</source>
        <translation>المجلد:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="114"/>
        <source>Sauvegardes disponibles</source>
        <translation>النسخ الاحتياطية المتاحة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="119"/>
        <source>Restaurer…</source>
        <translation>استرجاع…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="121"/>
        <source>Crée un nouveau registre à partir de la sauvegarde choisie</source>
        <translation>ينشئ سجلا جديدا انطلاقا من النسخة الاحتياطية المختارة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="161"/>
        <source>Aucune sauvegarde automatique pour l&apos;instant.</source>
        <translation>لا توجد نسخة احتياطية تلقائية حاليا.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="223"/>
        <source>Sauvegarder le registre</source>
        <translation>النسخ الاحتياطي للسجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="225"/>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="275"/>
        <source>Registre DPO Desk (*.dpodesk)</source>
        <translation>سجل DPO Desk (*.dpodesk)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="237"/>
        <source>Sauvegarde en cours…</source>
        <translation>النسخ الاحتياطي جارٍ…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="242"/>
        <source>Sauvegarde vérifiée : {file} ({size}). Chiffrement, intégrité, clés et chaîne du journal contrôlés sur la copie.</source>
        <translation>نسخة احتياطية متحقق منها: {file} ({size}). تم التحقق في النسخة من التشفير والسلامة والمفاتيح وسلسلة سجل العمليات.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="256"/>
        <source>Sauvegardes automatiques désactivées.</source>
        <translation>النسخ الاحتياطية التلقائية معطلة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="260"/>
        <source>Les %n dernière(s) sauvegarde(s) quotidienne(s) seront gardées.</source>
        <translation>
            <numerusform>لن يُحتفظ بأي نسخة احتياطية يومية.</numerusform>
            <numerusform>سيُحتفظ بآخر نسخة احتياطية يومية.</numerusform>
            <numerusform>سيُحتفظ بآخر نسختين احتياطيتين يوميتين.</numerusform>
            <numerusform>سيُحتفظ بآخر %n نسخ احتياطية يومية.</numerusform>
            <numerusform>سيُحتفظ بآخر %n نسخة احتياطية يومية.</numerusform>
            <numerusform>سيُحتفظ بآخر %n نسخة احتياطية يومية.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="273"/>
        <source>Restaurer dans un nouveau registre</source>
        <translation>الاسترجاع في سجل جديد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="305"/>
        <source>Restauration en cours…</source>
        <translation>الاسترجاع جارٍ…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="321"/>
        <source>Registre restauré et vérifié : {file}.</source>
        <translation>تم استرجاع السجل والتحقق منه: {file}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="325"/>
        <source>Registre restauré</source>
        <translation>تم استرجاع السجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="326"/>
        <source>Ouvrir le registre restauré {file} dans une nouvelle fenêtre ?</source>
        <translation>فتح السجل المسترجع {file} في نافذة جديدة؟</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="341"/>
        <source>Vérification en cours…</source>
        <translation>التحقق جارٍ…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="346"/>
        <source>Registre intègre : chaque page chiffrée, la structure, les clés étrangères et la chaîne du journal sont vérifiées.</source>
        <translation>السجل سليم: تم التحقق من كل صفحة مشفرة، ومن البنية، والمفاتيح الخارجية، وسلسلة سجل العمليات.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="361"/>
        <source>Phrase secrète changée et vérifiée ; trousseau mis à jour.</source>
        <translation>تم تغيير عبارة المرور والتحقق منها؛ وتحديث حافظة المفاتيح.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="363"/>
        <source>Phrase secrète changée et vérifiée.</source>
        <translation>تم تغيير عبارة المرور والتحقق منها.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="368"/>
        <source>%n sauvegarde(s) conservée(s) rechiffrée(s) avec la nouvelle phrase.</source>
        <translation>
            <numerusform>لم تُعد أي نسخة احتياطية محفوظة إلى التشفير بالعبارة الجديدة.</numerusform>
            <numerusform>أعيد تشفير نسخة احتياطية محفوظة واحدة بالعبارة الجديدة.</numerusform>
            <numerusform>أعيد تشفير نسختين احتياطيتين محفوظتين بالعبارة الجديدة.</numerusform>
            <numerusform>أعيد تشفير %n نسخ احتياطية محفوظة بالعبارة الجديدة.</numerusform>
            <numerusform>أعيد تشفير %n نسخة احتياطية محفوظة بالعبارة الجديدة.</numerusform>
            <numerusform>أعيد تشفير %n نسخة احتياطية محفوظة بالعبارة الجديدة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/maintenance.py" line="375"/>
        <source>Non rechiffrée(s), gardée(s) sous l&apos;ancienne phrase secrète : {files}.</source>
        <translation>لم يُعد تشفيرها، وبقيت بعبارة المرور القديمة: {files}.</translation>
    </message>
</context>
<context>
    <name>MemberState</name>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="26"/>
        <source>Autriche</source>
        <translation>النمسا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="27"/>
        <source>Belgique</source>
        <translation>بلجيكا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="28"/>
        <source>Bulgarie</source>
        <translation>بلغاريا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="29"/>
        <source>Chypre</source>
        <translation>قبرص</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="30"/>
        <source>Tchéquie</source>
        <translation>التشيك</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="31"/>
        <source>Allemagne</source>
        <translation>ألمانيا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="32"/>
        <source>Danemark</source>
        <translation>الدنمارك</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="33"/>
        <source>Estonie</source>
        <translation>إستونيا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="34"/>
        <source>Espagne</source>
        <translation>إسبانيا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="35"/>
        <source>Finlande</source>
        <translation>فنلندا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="36"/>
        <source>France</source>
        <translation>فرنسا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="37"/>
        <source>Grèce</source>
        <translation>اليونان</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="38"/>
        <source>Croatie</source>
        <translation>كرواتيا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="39"/>
        <source>Hongrie</source>
        <translation>هنغاريا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="40"/>
        <source>Irlande</source>
        <translation>أيرلندا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="41"/>
        <source>Italie</source>
        <translation>إيطاليا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="42"/>
        <source>Lituanie</source>
        <translation>ليتوانيا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="43"/>
        <source>Luxembourg</source>
        <translation>لوكسمبورغ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="44"/>
        <source>Lettonie</source>
        <translation>لاتفيا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="45"/>
        <source>Malte</source>
        <translation>مالطا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="46"/>
        <source>Pays-Bas</source>
        <translation>هولندا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="47"/>
        <source>Pologne</source>
        <translation>بولندا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="48"/>
        <source>Portugal</source>
        <translation>البرتغال</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="49"/>
        <source>Roumanie</source>
        <translation>رومانيا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="50"/>
        <source>Suède</source>
        <translation>السويد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="51"/>
        <source>Slovénie</source>
        <translation>سلوفينيا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="52"/>
        <source>Slovaquie</source>
        <translation>سلوفاكيا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="502"/>
        <location filename="../../dpo_desk/ui/calendar_texts.py" line="60"/>
        <source>Aucun</source>
        <translation>لا شيء</translation>
    </message>
</context>
<context>
    <name>Missing</name>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="396"/>
        <source>Adresse du responsable du traitement (art. 15 a)</source>
        <translation>عنوان المسؤول عن المعالجة (المادة 15(أ))</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="399"/>
        <source>Représentant au Maroc d&apos;un responsable qui n&apos;y est pas établi (art. 15 a)</source>
        <translation>ممثل بالمغرب لمسؤول عن المعالجة غير مقيم به (المادة 15(أ))</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="403"/>
        <source>Signataire de la déclaration (représentant légal)</source>
        <translation>موقّع التصريح (الممثل القانوني)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="406"/>
        <source>Caractéristiques du traitement : description (art. 15 b)</source>
        <translation>مميزات المعالجة: الوصف (المادة 15(ب))</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="409"/>
        <source>Catégories de personnes concernées (art. 15 c)</source>
        <translation>فئات الأشخاص المعنيين (المادة 15(ج))</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="412"/>
        <source>Catégories de données (art. 15 c)</source>
        <translation>فئات المعطيات (المادة 15(ج))</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="413"/>
        <source>Destinataires des données (art. 15 d)</source>
        <translation>المرسل إليهم المعطيات (المادة 15(د))</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="414"/>
        <source>Durée de conservation des données (art. 15 f)</source>
        <translation>مدة حفظ المعطيات (المادة 15(و))</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="417"/>
        <source>Service auprès duquel les personnes exercent leurs droits (art. 15 g)</source>
        <translation>المصلحة التي يمارس لديها الأشخاص المعنيون حقوقهم (المادة 15(ز))</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="420"/>
        <source>Mesures de sécurité (art. 15 h)</source>
        <translation>تدابير الأمن (المادة 15(ح))</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="421"/>
        <source>Origine des données</source>
        <translation>مصدر المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/filings.py" line="422"/>
        <source>Contrats ou clauses à joindre à la demande de transfert vers {country} (F118)</source>
        <translation>العقود أو البنود الواجب إرفاقها بطلب النقل نحو {country} (F118)</translation>
    </message>
</context>
<context>
    <name>NewBreachDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dialogs.py" line="39"/>
        <source>Nouvelle violation — DPO Desk</source>
        <translation>انتهاك جديد — DPO Desk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dialogs.py" line="45"/>
        <source>Nouvelle violation de données</source>
        <translation>انتهاك جديد للمعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dialogs.py" line="47"/>
        <source>Étape 1 sur 5 — les faits et l&apos;horloge. Le délai de 72 heures pour notifier court dès que l&apos;organisation a connaissance de la violation : légal sous le RGPD (article 33 du RGPD), politique interne sous la seule loi 09-08. Enregistrez-la tout de suite, les autres étapes se complètent ensuite.</source>
        <translation>الخطوة 1 من 5 — الوقائع والتوقيت. يسري أجل 72 ساعة للتبليغ بمجرد علم المؤسسة بالانتهاك: وهو أجل قانوني في إطار RGPD (المادة 33 من RGPD)، وأجل السياسة الداخلية في إطار القانون رقم 09.08 وحده. سجّل الانتهاك فورا، ثم تُستكمل الخطوات الأخرى لاحقا.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dialogs.py" line="66"/>
        <source>* obligatoire</source>
        <translation>* إلزامي</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dialogs.py" line="68"/>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/dialogs.py" line="68"/>
        <source>Enregistrer et démarrer le suivi</source>
        <translation>تسجيل وبدء التتبع</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="50"/>
        <source>Nouvelle demande — DPO Desk</source>
        <translation>طلب جديد — DPO Desk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="53"/>
        <source>Nouvelle demande d&apos;exercice de droits</source>
        <translation>طلب جديد لممارسة الحقوق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="55"/>
        <source>L&apos;échéance légale est calculée dès l&apos;enregistrement, à partir de la date de réception, des droits exercés et du régime applicable.</source>
        <translation>يُحتسب الأجل القانوني بمجرد التسجيل، انطلاقا من تاريخ التوصل والحقوق الممارَسة والنظام القانوني المطبق.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="71"/>
        <source>La demande</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="73"/>
        <source>Régime *</source>
        <translation>القانون المطبق *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="74"/>
        <source>Droits exercés *</source>
        <translation>الحقوق الممارَسة *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="75"/>
        <source>Reçue par</source>
        <translation>وردت عبر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="76"/>
        <source>Reçue le *</source>
        <translation>تاريخ التوصل *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="77"/>
        <source>Suivie par</source>
        <translation>المكلف بالمتابعة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="78"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="88"/>
        <source>Le demandeur</source>
        <translation>صاحب الطلب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="90"/>
        <source>Nom *</source>
        <translation>الاسم *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="91"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="92"/>
        <source>Téléphone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="93"/>
        <source>Adresse</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="94"/>
        <source>Agit en tant que</source>
        <translation>بصفته</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="95"/>
        <source>Personne concernée</source>
        <translation>الشخص المعني</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="100"/>
        <source>* obligatoire</source>
        <translation>* إلزامي</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="104"/>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="104"/>
        <source>Enregistrer la demande</source>
        <translation>تسجيل الطلب</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="161"/>
        <source>Notice d&apos;information sur la protection des données personnelles</source>
        <translation>بيان إخبار بشأن حماية المعطيات الشخصية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="164"/>
        <source>Loi n° 09-08, article 5</source>
        <translation>المادة 5 من القانون رقم 09.08</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="165"/>
        <source>Loi n° 09-08, article 5 ; RGPD, articles 13 et 14</source>
        <translation>المادة 5 من القانون رقم 09.08؛ المادتان 13 و14 من RGPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="166"/>
        <source>{organisation} — notice d&apos;information du {date}</source>
        <translation>{organisation} — بيان الإخبار بتاريخ {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="167"/>
        <source>{organisation} traite des données à caractère personnel vous concernant. Conformément à l&apos;article 5 de la loi n° 09-08 relative à la protection des personnes physiques à l&apos;égard du traitement des données à caractère personnel, cette notice vous dit qui traite vos données, pourquoi, avec qui elles sont partagées, combien de temps elles sont conservées et quels sont vos droits.</source>
        <translation>تعالج {organisation} معطيات ذات طابع شخصي تخصك. وطبقا للمادة 5 من القانون رقم 09.08 المتعلق بحماية الأشخاص الذاتيين تجاه معالجة المعطيات ذات الطابع الشخصي، يبين لك هذا البيان من يعالج معطياتك، ولأي غرض، ومع من تُتقاسم، وما مدة حفظها، وما هي حقوقك.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="175"/>
        <source>{organisation} traite des données à caractère personnel vous concernant. Conformément à l&apos;article 5 de la loi n° 09-08 relative à la protection des personnes physiques à l&apos;égard du traitement des données à caractère personnel et aux articles 13 et 14 du règlement général sur la protection des données (RGPD), cette notice vous dit qui traite vos données, pourquoi, avec qui elles sont partagées, combien de temps elles sont conservées et quels sont vos droits.</source>
        <translation>تعالج {organisation} معطيات ذات طابع شخصي تخصك. وطبقا للمادة 5 من القانون رقم 09.08 المتعلق بحماية الأشخاص الذاتيين تجاه معالجة المعطيات ذات الطابع الشخصي، وللمادتين 13 و14 من النظام الأوروبي العام لحماية البيانات (RGPD)، يبين لك هذا البيان من يعالج معطياتك، ولأي غرض، ومع من تُتقاسم، وما مدة حفظها، وما هي حقوقك.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="185"/>
        <source>Responsable du traitement et délégué à la protection des données</source>
        <translation>المسؤول عن المعالجة ومندوب حماية المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="188"/>
        <source>Responsable du traitement</source>
        <translation>المسؤول عن المعالجة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="189"/>
        <source>Adresse</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="190"/>
        <source>Identifiants légaux</source>
        <translation>المعرفات القانونية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="191"/>
        <source>Représentant au Maroc</source>
        <translation>الممثل بالمغرب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="192"/>
        <source>Délégué à la protection des données (DPO)</source>
        <translation>مندوب حماية المعطيات (DPO)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="193"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="194"/>
        <source>Téléphone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="195"/>
        <source>non communiqué</source>
        <translation>غير مُعلَن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="197"/>
        <source>Les traitements de vos données</source>
        <translation>معالجات معطياتك</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="198"/>
        <source>Aucun traitement n&apos;est inscrit au registre.</source>
        <translation>لا توجد أي معالجة مقيدة في السجل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="199"/>
        <source>Finalités et bases légales</source>
        <translation>الغايات والأسس القانونية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="200"/>
        <source>{purpose} — base légale : {basis}</source>
        <translation>{purpose} — الأساس القانوني: {basis}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="201"/>
        <source>{purpose} — base légale : {basis} ; intérêt poursuivi : {interest}</source>
        <translation>{purpose} — الأساس القانوني: {basis}؛ المصلحة المتوخاة: {interest}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="204"/>
        <source>Personnes concernées</source>
        <translation>الأشخاص المعنيون</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="205"/>
        <source>Catégories de données</source>
        <translation>فئات المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="206"/>
        <source>Origine des données</source>
        <translation>مصدر المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="207"/>
        <source>Destinataires</source>
        <translation>المرسل إليهم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="208"/>
        <source>Sous-traitants</source>
        <translation>المعالجون من الباطن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="209"/>
        <source>Durées de conservation</source>
        <translation>مدد الحفظ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="210"/>
        <source>Transferts hors du Maroc</source>
        <translation>نقل المعطيات إلى خارج المغرب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="211"/>
        <source>Référence CNDP</source>
        <translation>مرجع CNDP</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="212"/>
        <source>aucun</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="213"/>
        <source>non précisé</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="214"/>
        <source>non encore fixée au registre ; renseignez-vous auprès du délégué</source>
        <translation>لم تُحدَّد بعد في السجل؛ استفسر لدى مندوب حماية المعطيات</translation>
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
        <translation>{country}، بواسطة {processor}: {footing}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="225"/>
        <source>pays assurant un niveau de protection suffisant selon la liste de la CNDP (loi 09-08 art. 43)</source>
        <translation>بلد يضمن مستوى حماية كافيا وفق قائمة اللجنة الوطنية (المادة 43 من القانون رقم 09.08)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="229"/>
        <source>exception prévue par la loi 09-08 (art. 44) : {exception}</source>
        <translation>استثناء منصوص عليه في القانون رقم 09.08 (المادة 44): {exception}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="232"/>
        <source>autorisation de la CNDP n° {reference} (loi 09-08 art. 44)</source>
        <translation>إذن اللجنة الوطنية رقم {reference} (المادة 44 من القانون رقم 09.08)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="235"/>
        <source>autorisation de la CNDP n° {reference} du {date} (loi 09-08 art. 44)</source>
        <translation>إذن اللجنة الوطنية رقم {reference} بتاريخ {date} (المادة 44 من القانون رقم 09.08)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="238"/>
        <source>demande d&apos;autorisation déposée auprès de la CNDP le {date} (loi 09-08 art. 44)</source>
        <translation>طلب إذن مودع لدى اللجنة الوطنية بتاريخ {date} (المادة 44 من القانون رقم 09.08)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="242"/>
        <source>autorisation de la CNDP non encore délivrée (loi 09-08 art. 44)</source>
        <translation>إذن اللجنة الوطنية لم يُسلَّم بعد (المادة 44 من القانون رقم 09.08)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="245"/>
        <source>{footing} ; garanties jointes à la demande d&apos;autorisation : {guarantees}</source>
        <translation>{footing}؛ الضمانات المرفقة بطلب الإذن: {guarantees}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="248"/>
        <source>{footing} ; garanties contractuelles : {guarantees}</source>
        <translation>{footing}؛ الضمانات التعاقدية: {guarantees}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="251"/>
        <source>{label} ({citation})</source>
        <translation>{label} ({citation})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="253"/>
        <source>Transferts de données hors du Maroc</source>
        <translation>نقل المعطيات إلى خارج المغرب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="254"/>
        <source>Certaines données sont transmises à des prestataires établis hors du Maroc. La loi 09-08 ne permet de transférer des données vers un pays qui n&apos;assure pas un niveau de protection suffisant, au regard de la liste établie par la CNDP, qu&apos;avec l&apos;autorisation de la CNDP ou dans les cas d&apos;exception prévus par la loi (art. 43 et 44). Les clauses contractuelles conclues avec ces prestataires sont jointes à la demande d&apos;autorisation ; elles ne la remplacent pas. Le détail figure sous chaque traitement ci-dessus.</source>
        <translation>تُنقل بعض المعطيات إلى مقدمي خدمات مستقرين خارج المغرب. ولا يسمح القانون رقم 09.08 بنقل المعطيات نحو بلد لا يضمن مستوى حماية كافيا، بالنظر إلى القائمة التي وضعتها اللجنة الوطنية، إلا بإذن من اللجنة الوطنية أو في حالات الاستثناء المنصوص عليها في القانون (المادتان 43 و44). وتُرفق البنود التعاقدية المبرمة مع مقدمي الخدمات هؤلاء بطلب الإذن، ولا تحل محله. وترد التفاصيل تحت كل معالجة أعلاه.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="264"/>
        <source>Lorsque le RGPD s&apos;applique, ces transferts sont en outre encadrés par les garanties indiquées pour chacun (RGPD art. 44 à 49). Vous pouvez en obtenir une copie auprès du délégué à la protection des données.</source>
        <translation>عندما يطبق RGPD، تكون عمليات النقل هذه مؤطرة أيضا بالضمانات المبينة لكل منها (المواد من 44 إلى 49 من RGPD). ويمكنك الحصول على نسخة منها لدى مندوب حماية المعطيات.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="270"/>
        <source>{country} : {processors}</source>
        <translation>{country}: {processors}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="271"/>
        <source>Aucun transfert de données hors du Maroc n&apos;est inscrit au registre.</source>
        <translation>لا يوجد أي نقل للمعطيات إلى خارج المغرب مقيد في السجل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="275"/>
        <source>Vos droits (loi n° 09-08)</source>
        <translation>حقوقك (القانون رقم 09.08)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="276"/>
        <source>La loi n° 09-08 vous reconnaît, pour les données qui vous concernent :</source>
        <translation>يخول لك القانون رقم 09.08، بالنسبة للمعطيات التي تخصك، ما يلي:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="279"/>
        <source>Droit d&apos;accès (art. 7) : obtenir, sans délai et gratuitement, la confirmation que des données vous concernant sont ou ne sont pas traitées et, le cas échéant, la communication de ces données, des finalités du traitement, de leurs destinataires et de leur origine.</source>
        <translation>حق الولوج (المادة 7): الحصول، دون أجل وبالمجان، على تأكيد بأن معطيات تخصك تتم معالجتها أو لا تتم، وعند الاقتضاء، على الاطلاع على هذه المعطيات وعلى غايات المعالجة والمرسل إليهم ومصدر المعطيات.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="286"/>
        <source>Droit de rectification (art. 8) : obtenir gratuitement l&apos;actualisation, la rectification, l&apos;effacement ou le verrouillage des données dont le traitement n&apos;est pas conforme à la loi, notamment parce qu&apos;elles sont incomplètes ou inexactes, dans un délai franc de dix jours. Si la demande est refusée ou reste sans réponse dans ce délai, vous pouvez saisir la CNDP.</source>
        <translation>حق التصحيح (المادة 8): الحصول مجانا على تحيين المعطيات التي تكون معالجتها غير مطابقة للقانون أو تصحيحها أو مسحها أو إغلاقها، لا سيما بسبب طابعها غير المكتمل أو غير الصحيح، داخل أجل كامل مدته عشرة أيام. وإذا رُفض الطلب أو ظل دون جواب داخل هذا الأجل، يمكنك رفع الأمر إلى اللجنة الوطنية.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="294"/>
        <source>Droit d&apos;opposition (art. 9) : vous opposer, pour des motifs légitimes, au traitement de vos données et, sans frais, à leur utilisation à des fins de prospection, notamment commerciale.</source>
        <translation>حق التعرض (المادة 9): التعرض، لأسباب مشروعة، على معالجة معطياتك، والتعرض، دون مصاريف، على استعمالها لأغراض الاستقراء، ولا سيما الاستقراء التجاري.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="300"/>
        <source>Prospection directe (art. 10) : elle ne peut se faire par automate d&apos;appel, télécopieur ou courrier électronique qu&apos;avec votre consentement préalable.</source>
        <translation>الاستقراء المباشر (المادة 10): لا يجوز أن يتم بواسطة آلة اتصال آلية أو جهاز فاكس أو بريد إلكتروني إلا بموافقتك المسبقة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="305"/>
        <source>Décisions automatisées (art. 11) : aucune décision produisant des effets juridiques à votre égard ne peut être prise sur le seul fondement d&apos;un traitement automatisé destiné à définir votre profil ou à évaluer certains aspects de votre personnalité.</source>
        <translation>القرارات الآلية (المادة 11): لا يجوز اتخاذ أي قرار يرتب آثارا قانونية تجاهك على أساس معالجة آلية وحدها تهدف إلى تحديد ملفك الشخصي أو تقييم بعض جوانب شخصيتك.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="312"/>
        <source>Vos droits au titre du RGPD</source>
        <translation>حقوقك بموجب RGPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="313"/>
        <source>Lorsque le règlement général sur la protection des données (RGPD) s&apos;applique au traitement de vos données, notamment parce que vous vous trouvez dans l&apos;Union européenne, vous disposez en outre des droits suivants :</source>
        <translation>عندما يطبق النظام الأوروبي العام لحماية البيانات (RGPD) على معالجة معطياتك، لا سيما لكونك توجد في الاتحاد الأوروبي، تتمتع أيضا بالحقوق التالية:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="319"/>
        <source>droit d&apos;accès à vos données et d&apos;en obtenir une copie (art. 15) ;</source>
        <translation>حق الولوج إلى معطياتك والحصول على نسخة منها (المادة 15)؛</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="322"/>
        <source>droit de rectification des données inexactes ou incomplètes (art. 16) ;</source>
        <translation>الحق في تصحيح المعطيات غير الصحيحة أو غير المكتملة (المادة 16)؛</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="325"/>
        <source>droit à l&apos;effacement (art. 17) ;</source>
        <translation>الحق في المسح (المادة 17)؛</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="326"/>
        <source>droit à la limitation du traitement (art. 18) ;</source>
        <translation>الحق في تقييد المعالجة (المادة 18)؛</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="327"/>
        <source>droit à la portabilité des données que vous avez fournies, lorsque le traitement repose sur votre consentement ou sur un contrat et est automatisé (art. 20) ;</source>
        <translation>الحق في نقل المعطيات التي قدمتها، عندما تستند المعالجة إلى موافقتك أو إلى عقد وتتم بوسائل آلية (المادة 20)؛</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="332"/>
        <source>droit d&apos;opposition au traitement fondé sur l&apos;intérêt légitime ou l&apos;intérêt public, et à tout moment à la prospection (art. 21) ;</source>
        <translation>حق التعرض على المعالجة المبنية على المصلحة المشروعة أو المصلحة العامة، وفي أي وقت على الاستقراء (المادة 21)؛</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="337"/>
        <source>droit de ne pas faire l&apos;objet d&apos;une décision fondée exclusivement sur un traitement automatisé produisant des effets juridiques à votre égard (art. 22) ;</source>
        <translation>الحق في عدم الخضوع لقرار مبني حصرا على معالجة آلية يرتب آثارا قانونية تجاهك (المادة 22)؛</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="342"/>
        <source>droit de retirer à tout moment votre consentement, sans que cela compromette la licéité du traitement effectué avant ce retrait (art. 7(3)) ;</source>
        <translation>الحق في سحب موافقتك في أي وقت، دون أن يمس ذلك بمشروعية المعالجة التي تمت قبل هذا السحب (المادة 7(3))؛</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="347"/>
        <source>droit d&apos;introduire une réclamation auprès d&apos;une autorité de contrôle (art. 77).</source>
        <translation>الحق في تقديم شكاية إلى سلطة مراقبة (المادة 77).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="351"/>
        <source>Comment exercer vos droits</source>
        <translation>كيفية ممارسة حقوقك</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="352"/>
        <source>Adressez votre demande au délégué à la protection des données de {organisation} :</source>
        <translation>وجّه طلبك إلى مندوب حماية المعطيات لدى {organisation}:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="355"/>
        <source>Pour chaque traitement, le service auprès duquel exercer vos droits :</source>
        <translation>المصلحة التي تمارس لديها حقوقك، بالنسبة لكل معالجة:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="358"/>
        <source>{activity} : {service}</source>
        <translation>{activity}: {service}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="359"/>
        <source>Une demande de rectification, d&apos;effacement ou de verrouillage est traitée dans le délai franc de dix jours fixé par la loi 09-08 (art. 8).</source>
        <translation>يُعالَج طلب التصحيح أو المسح أو الإغلاق داخل أجل كامل مدته عشرة أيام كما يحدده القانون رقم 09.08 (المادة 8).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="364"/>
        <source>Pour vos autres demandes, {organisation} s&apos;engage à vous répondre dans un délai de {days} jours au plus. Ce délai est un engagement de {organisation} : la loi 09-08 n&apos;en fixe pas.</source>
        <translation>بالنسبة لطلباتك الأخرى، تلتزم {organisation} بالرد عليك داخل أجل لا يتعدى عدد أيامه {days}. وهذا الأجل التزام من {organisation}: إذ لا يحدد القانون رقم 09.08 أي أجل لذلك.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="370"/>
        <source>Au titre du RGPD, la réponse vous est donnée dans un délai d&apos;un mois à compter de la réception de la demande ; ce délai peut être prolongé de deux mois compte tenu de la complexité ou du nombre des demandes, et vous en êtes alors informé dans le premier mois (RGPD art. 12(3)).</source>
        <translation>بموجب RGPD، يُقدَّم إليك الرد داخل أجل شهر واحد من تاريخ التوصل بالطلب؛ ويمكن تمديد هذا الأجل بشهرين بالنظر إلى تعقيد الطلبات أو عددها، وفي هذه الحالة تُخبَر بذلك خلال الشهر الأول (المادة 12(3) من RGPD).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="378"/>
        <source>Déclarations et autorisations auprès de la CNDP</source>
        <translation>التصريحات والأذون لدى اللجنة الوطنية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="379"/>
        <source>Les traitements sont déclarés à la CNDP ou autorisés par elle (loi 09-08 art. 12). Références délivrées par la CNDP (art. 5) :</source>
        <translation>يُصرَّح بالمعالجات لدى اللجنة الوطنية أو تأذن بها هذه الأخيرة (المادة 12 من القانون رقم 09.08). المراجع التي سلمتها اللجنة الوطنية (المادة 5):</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="384"/>
        <source>{activity} — {formality} : {state}</source>
        <translation>{activity} — {formality}: {state}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="385"/>
        <source>n° {reference}</source>
        <translation>رقم {reference}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="386"/>
        <source>n° {reference} du {date}</source>
        <translation>رقم {reference} بتاريخ {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="387"/>
        <source>dossier déposé le {date}, référence non encore délivrée</source>
        <translation>ملف مودع بتاريخ {date}، ولم يُسلَّم المرجع بعد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="388"/>
        <source>référence non encore délivrée par la CNDP</source>
        <translation>مرجع لم تسلمه اللجنة الوطنية بعد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="389"/>
        <source>{formality} : {state}</source>
        <translation>{formality}: {state}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="390"/>
        <source>fin du traitement déclarée</source>
        <translation>تم التصريح بإنهاء المعالجة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="392"/>
        <source>Réclamation auprès d&apos;une autorité de contrôle</source>
        <translation>تقديم شكاية إلى سلطة مراقبة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="393"/>
        <source>Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une plainte à la Commission nationale de contrôle de la protection des données à caractère personnel (CNDP) :</source>
        <translation>إذا رأيت أن حقوقك غير محترمة، يمكنك توجيه شكاية إلى اللجنة الوطنية لمراقبة حماية المعطيات ذات الطابع الشخصي (CNDP):</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="399"/>
        <source>Lorsque le RGPD s&apos;applique, vous pouvez aussi introduire une réclamation auprès de l&apos;autorité de contrôle de l&apos;État membre de l&apos;Union européenne où se trouve votre résidence habituelle, votre lieu de travail ou le lieu de la violation alléguée (RGPD art. 77). En France, il s&apos;agit de la CNIL :</source>
        <translation>عندما يطبق RGPD، يمكنك أيضا تقديم شكاية إلى سلطة المراقبة في الدولة العضو في الاتحاد الأوروبي التي يوجد بها محل إقامتك المعتاد أو مكان عملك أو مكان المخالفة المزعومة (المادة 77 من RGPD). وفي فرنسا، يتعلق الأمر بـ CNIL:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="407"/>
        <source>Date de la notice</source>
        <translation>تاريخ البيان</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="408"/>
        <source>Notice établie le {date} à partir du registre des traitements de {organisation}. Elle est mise à jour à chaque changement de ces traitements.</source>
        <translation>أُعدّ هذا البيان بتاريخ {date} انطلاقا من سجل المعالجات الخاص بـ {organisation}. ويُحيَّن عند كل تغيير يطرأ على هذه المعالجات.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="415"/>
        <source>Aucun contact du délégué (e-mail ou téléphone) n&apos;est renseigné.</source>
        <translation>لم تُدخَل أي جهة اتصال للمندوب (البريد الإلكتروني أو الهاتف).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="418"/>
        <source>L&apos;adresse de l&apos;organisation n&apos;est pas renseignée.</source>
        <translation>لم يُدخَل عنوان المؤسسة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="419"/>
        <source>« {activity} » : aucune durée de conservation n&apos;est inscrite.</source>
        <translation>« ⁨{activity}⁩ »: لم تُقيَّد أي مدة حفظ.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="422"/>
        <source>« {activity} » : {formality} sans référence de la CNDP.</source>
        <translation>« ⁨{activity}⁩ »: {formality} دون مرجع من اللجنة الوطنية.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="425"/>
        <source>« {activity} » : transfert vers {country} sans autorisation de la CNDP ni exception de la loi 09-08.</source>
        <translation>« ⁨{activity}⁩ »: نقل نحو {country} دون إذن من اللجنة الوطنية ولا استثناء بموجب القانون رقم 09.08.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/notice.py" line="430"/>
        <source>« {activity} » : transfert vers {country} par {processor} sans autorisation de la CNDP ni exception de la loi 09-08.</source>
        <translation>« ⁨{activity}⁩ »: نقل نحو {country} بواسطة {processor} دون إذن من اللجنة الوطنية ولا استثناء بموجب القانون رقم 09.08.</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="42"/>
        <source>Notice d&apos;information</source>
        <translation>بيان الإخبار</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="43"/>
        <source>La notice est générée à partir du registre : le responsable du traitement et son délégué, puis pour chaque traitement ses finalités et bases légales, les données, les destinataires et sous-traitants, les transferts et leurs garanties, les durées de conservation, les numéros de récépissé ou d&apos;autorisation de la CNDP, les droits des personnes et les recours (loi 09-08 art. 5).</source>
        <translation>يُنشأ البيان انطلاقا من السجل: المسؤول عن المعالجة ومندوبه، ثم بالنسبة لكل معالجة غاياتها وأسسها القانونية، والمعطيات، والمرسل إليهم والمعالجون من الباطن، وعمليات النقل وضماناتها، ومدد الحفظ، وأرقام وصولات اللجنة الوطنية أو أذونها، وحقوق الأشخاص المعنيين وسبل الانتصاف (المادة 5 من القانون رقم 09.08).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="52"/>
        <source>Générer et enregistrer…</source>
        <translation>إنشاء وحفظ…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="68"/>
        <source>PDF (à imprimer ou à joindre)</source>
        <translation>PDF (للطباعة أو للإرفاق)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="69"/>
        <source>Page web (HTML)</source>
        <translation>صفحة ويب (HTML)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="73"/>
        <source>Langue</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="73"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="79"/>
        <source>La notice ne dit que ce que le registre contient : relisez-la, et complétez-la si besoin, avant de la publier.</source>
        <translation>لا يتضمن البيان إلا ما يحتويه السجل: راجعه وأكمله عند الحاجة قبل نشره.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="90"/>
        <source>À compléter dans le registre avant de publier</source>
        <translation>يتعين إكماله في السجل قبل النشر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="93"/>
        <source>Ce que le registre ne dit pas encore (un récépissé attendu, une durée de conservation…) s&apos;affichera ici après l&apos;enregistrement de la notice.</source>
        <translation>ما لا يتضمنه السجل بعد (وصل منتظر، مدة حفظ…) سيُعرض هنا بعد حفظ البيان.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="100"/>
        <source>Fermer</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="111"/>
        <source>Le RGPD s&apos;applique à l&apos;organisation : la notice donne aussi ce que demandent ses articles 13 et 14, et l&apos;autorité européenne à saisir.</source>
        <translation>يطبق RGPD على المؤسسة: يتضمن البيان أيضا ما تقتضيه المادتان 13 و14 منه، وسلطة المراقبة الأوروبية التي يمكن اللجوء إليها.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="115"/>
        <source>Le RGPD ne s&apos;applique pas à l&apos;organisation (Paramètres ▸ Organisation) : la notice suit la loi 09-08.</source>
        <translation>لا يطبق RGPD على المؤسسة (الإعدادات ▸ المؤسسة): يتبع البيان القانون رقم 09.08.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="152"/>
        <source>Notice enregistrée : {path}</source>
        <translation>حُفظ البيان: {path}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="160"/>
        <source>À compléter dans le registre avant de publier :</source>
        <translation>يتعين إكماله في السجل قبل النشر:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="170"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="172"/>
        <source>Pages web (*.html *.htm)</source>
        <translation>صفحات ويب (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/notice_dialog.py" line="175"/>
        <source>Enregistrer la notice d&apos;information</source>
        <translation>حفظ بيان الإخبار</translation>
    </message>
</context>
<context>
    <name>NotificationPhase</name>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="75"/>
        <source>Notification initiale</source>
        <translation>تبليغ أولي</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breaches/labels.py" line="76"/>
        <source>Notification complémentaire</source>
        <translation>تبليغ تكميلي</translation>
    </message>
</context>
<context>
    <name>OrganisationFields</name>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="33"/>
        <source>Raison sociale</source>
        <translation>الاسم التجاري</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="37"/>
        <source>Adresse postale, telle qu&apos;elle figurera sur les courriers</source>
        <translation>العنوان البريدي كما سيظهر على الرسائل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="44"/>
        <source>Casablanca</source>
        <translation>الدار البيضاء</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="46"/>
        <source>La ville de la ligne de date des courriers : « Casablanca, le 6 décembre 2026 ». Vide : la date seule.</source>
        <translation>مدينة سطر التاريخ في الرسائل: « الدار البيضاء في 6 دجنبر 2026 ». فارغ: التاريخ وحده.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="55"/>
        <source>dpo@exemple.ma</source>
        <translation>dpo@example.ma</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="59"/>
        <source>+212 …</source>
        <translation>‎+212 …‎</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="67"/>
        <source>RC, ICE, IF…</source>
        <translation>RC، ICE، IF…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="71"/>
        <source>Représentant légal qui signe</source>
        <translation>الممثل القانوني الموقّع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="75"/>
        <source>ex. Directeur général</source>
        <translation>مثال: المدير العام</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="78"/>
        <source>Établie au Maroc</source>
        <translation>مقيمة بالمغرب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="83"/>
        <source>Nom et adresse du représentant au Maroc</source>
        <translation>اسم وعنوان الممثل بالمغرب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="88"/>
        <source>Un responsable qui n&apos;est pas établi au Maroc y désigne un représentant (loi 09-08 art. 15 (a)).</source>
        <translation>يعيّن المسؤول عن المعالجة غير المقيم بالمغرب ممثلا له فيه (المادة 15(أ) من القانون رقم 09.08).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="95"/>
        <source>Le RGPD s&apos;applique aussi</source>
        <translation>يطبق RGPD أيضا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="98"/>
        <source>Services offerts à des personnes dans l&apos;UE, ou suivi de leur comportement (RGPD art. 3(2)).</source>
        <translation>خدمات مقدمة لأشخاص في الاتحاد الأوروبي، أو مراقبة سلوكهم (المادة 3(2) من RGPD).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="150"/>
        <source>Identifiants légaux</source>
        <translation>المعرفات القانونية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="154"/>
        <source>Signataire</source>
        <translation>الموقّع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="157"/>
        <source>Qualité du signataire</source>
        <translation>صفة الموقّع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_form.py" line="162"/>
        <source>Représentant au Maroc</source>
        <translation>الممثل بالمغرب</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="37"/>
        <source>Trop courte</source>
        <translation>قصيرة جدا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="38"/>
        <source>Faible</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="39"/>
        <source>Encore trop faible</source>
        <translation>لا تزال ضعيفة جدا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="40"/>
        <source>Bonne</source>
        <translation>جيدة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="41"/>
        <source>Excellente</source>
        <translation>ممتازة</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <location filename="../../dpo_desk/ui/widgets.py" line="391"/>
        <source>Masquer la phrase secrète</source>
        <extracomment>How long a success message stays before it clears itself. a form the user fills in: Escape, Annuler or the close button ask before throwing away what was typed. A lock never asks (it calls reject(): the section keeps a draft).</extracomment>
        <translation>إخفاء عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/widgets.py" line="393"/>
        <source>Afficher la phrase secrète</source>
        <translation>إظهار عبارة المرور</translation>
    </message>
</context>
<context>
    <name>PassphraseFeedback</name>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="45"/>
        <source>Plusieurs mots sans lien entre eux font une phrase secrète longue et mémorisable.</source>
        <extracomment>What a passphrase still too short is told.</extracomment>
        <translation>عدة كلمات لا رابط بينها تصنع عبارة مرور طويلة وسهلة التذكر.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="52"/>
        <source>Utilisez quelques mots, en évitant les expressions courantes.</source>
        <extracomment>Every sentence of zxcvbn&apos;s feedback module (zxcvbn 4.5.0), and its French message id.</extracomment>
        <translation>استعمل بضع كلمات، وتجنب العبارات الشائعة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="55"/>
        <source>Inutile d&apos;y mettre des symboles, des chiffres ou des majuscules.</source>
        <translation>لا حاجة إلى الرموز أو الأرقام أو الأحرف الكبيرة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="58"/>
        <source>Ajoutez un ou deux mots, de préférence peu courants.</source>
        <translation>أضف كلمة أو كلمتين، ويفضل أن تكون غير شائعة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="61"/>
        <source>Les rangées de touches du clavier sont faciles à deviner.</source>
        <translation>صفوف مفاتيح لوحة المفاتيح المتتالية سهلة التخمين.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="64"/>
        <source>Les motifs courts tracés sur le clavier sont faciles à deviner.</source>
        <translation>الأنماط القصيرة على لوحة المفاتيح سهلة التخمين.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="67"/>
        <source>Utilisez un motif de clavier plus long, avec plus de changements de direction.</source>
        <translation>استعمل نمطا أطول على لوحة المفاتيح، بتغييرات اتجاه أكثر.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="71"/>
        <source>Les répétitions comme « aaa » sont faciles à deviner.</source>
        <translation>التكرارات مثل « aaa » سهلة التخمين.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="74"/>
        <source>Les répétitions comme « abcabcabc » sont à peine plus difficiles à deviner que « abc ».</source>
        <translation>التكرارات مثل « abcabcabc » بالكاد أصعب تخمينا من « abc ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="78"/>
        <source>Évitez de répéter des mots ou des caractères.</source>
        <translation>تجنب تكرار الكلمات أو الأحرف.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="81"/>
        <source>Les suites comme « abc » ou « 6543 » sont faciles à deviner.</source>
        <translation>التسلسلات مثل « abc » أو « 6543 » سهلة التخمين.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="84"/>
        <source>Évitez les suites.</source>
        <translation>تجنب التسلسلات.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="85"/>
        <source>Les années récentes sont faciles à deviner.</source>
        <translation>السنوات الأخيرة سهلة التخمين.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="88"/>
        <source>Évitez les années récentes.</source>
        <translation>تجنب السنوات الأخيرة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="89"/>
        <source>Évitez les années qui vous sont liées.</source>
        <translation>تجنب السنوات المرتبطة بك.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="92"/>
        <source>Les dates sont souvent faciles à deviner.</source>
        <translation>التواريخ غالبا سهلة التخمين.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="95"/>
        <source>Évitez les dates et les années qui vous sont liées.</source>
        <translation>تجنب التواريخ والسنوات المرتبطة بك.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="98"/>
        <source>C&apos;est l&apos;un des 10 mots de passe les plus courants.</source>
        <translation>هذه من بين 10 كلمات مرور الأكثر شيوعا.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="101"/>
        <source>C&apos;est l&apos;un des 100 mots de passe les plus courants.</source>
        <translation>هذه من بين 100 كلمة مرور الأكثر شيوعا.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="104"/>
        <source>C&apos;est un mot de passe très courant.</source>
        <translation>هذه كلمة مرور شائعة جدا.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="107"/>
        <source>Cela ressemble à un mot de passe très répandu.</source>
        <translation>هذه تشبه كلمة مرور واسعة الانتشار.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="110"/>
        <source>Un mot seul est facile à deviner.</source>
        <translation>الكلمة الواحدة وحدها سهلة التخمين.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="113"/>
        <source>Un prénom ou un nom seul est facile à deviner.</source>
        <translation>الاسم الشخصي أو العائلي وحده سهل التخمين.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="116"/>
        <source>Les prénoms et les noms courants sont faciles à deviner.</source>
        <translation>الأسماء الشخصية والعائلية الشائعة سهلة التخمين.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="119"/>
        <source>Une majuscule au début n&apos;aide guère.</source>
        <translation>الحرف الكبير في البداية لا يفيد كثيرا.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="122"/>
        <source>Tout en majuscules est presque aussi facile à deviner que tout en minuscules.</source>
        <translation>الكتابة كلها بأحرف كبيرة تكاد تكون بسهولة تخمين الأحرف الصغيرة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="126"/>
        <source>Un mot écrit à l&apos;envers n&apos;est guère plus difficile à deviner.</source>
        <translation>الكلمة المكتوبة بالمقلوب ليست أصعب تخمينا بكثير.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="129"/>
        <source>Les substitutions prévisibles, comme « @ » au lieu de « a », n&apos;aident guère.</source>
        <translation>الاستبدالات المتوقعة، مثل « @ » بدل « a »، لا تفيد كثيرا.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="135"/>
        <source>Cette phrase secrète est facile à deviner : ajoutez des mots peu courants, sans lien entre eux.</source>
        <extracomment>A sentence of zxcvbn&apos;s that :data:`FEEDBACK` does not know.</extracomment>
        <translation>عبارة المرور هذه سهلة التخمين: أضف كلمات غير شائعة لا رابط بينها.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/security/passphrase.py" line="141"/>
        <source>Évitez le nom de l&apos;organisme, celui du DPO et son adresse e-mail : ils sont connus.</source>
        <extracomment>The passphrase contains the organisation&apos;s or the DPO&apos;s name (zxcvbn says nothing).</extracomment>
        <translation>تجنب اسم المؤسسة واسم المندوب وعنوان بريده الإلكتروني: إنها معروفة.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../dpo_desk/ui/letters/preview.py" line="122"/>
        <source>Page {n}</source>
        <translation>الصفحة {n}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="35"/>
        <source>Violation</source>
        <translation>الانتهاك</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="38"/>
        <location filename="../../dpo_desk/ui/printing.py" line="239"/>
        <source>Référence</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="39"/>
        <source>Intitulé</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="41"/>
        <location filename="../../dpo_desk/ui/printing.py" line="240"/>
        <source>Statut</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="45"/>
        <source>Risque</source>
        <translation>الخطر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="49"/>
        <location filename="../../dpo_desk/ui/printing.py" line="245"/>
        <source>Régime</source>
        <translation>القانون المطبق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="53"/>
        <source>Début</source>
        <translation>بداية الانتهاك</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="57"/>
        <source>Découverte</source>
        <translation>اكتشاف الانتهاك</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="61"/>
        <source>Connue le</source>
        <translation>تاريخ العلم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="66"/>
        <source>Notification (72 heures)</source>
        <translation>التبليغ (72 ساعة)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="70"/>
        <source>Autorité</source>
        <translation>السلطة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="74"/>
        <source>Au plus tard le</source>
        <translation>في أجل أقصاه</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="78"/>
        <source>Délai</source>
        <translation>الأجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="93"/>
        <source>confidentialité</source>
        <translation>السرية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="94"/>
        <source>intégrité</source>
        <translation>السلامة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="95"/>
        <source>disponibilité</source>
        <translation>الإتاحة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="100"/>
        <source>Nature et étendue</source>
        <translation>الطبيعة والنطاق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="103"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="104"/>
        <source>Atteinte à</source>
        <translation>المس بـ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="106"/>
        <source>Personnes concernées</source>
        <translation>الأشخاص المعنيون</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="110"/>
        <source>Nombre de personnes (approx.)</source>
        <translation>العدد التقريبي للأشخاص</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="114"/>
        <source>Enregistrements</source>
        <translation>التسجيلات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="118"/>
        <source>Nombre d&apos;enregistrements (approx.)</source>
        <translation>العدد التقريبي للتسجيلات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="122"/>
        <source>Catégories de données</source>
        <translation>فئات المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="126"/>
        <source>Mineurs concernés</source>
        <translation>قاصرون معنيون</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="130"/>
        <source>Conséquences probables</source>
        <translation>العواقب المحتملة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="134"/>
        <source>Sous-traitants</source>
        <translation>المعالجون من الباطن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="139"/>
        <source>Mesures</source>
        <translation>التدابير</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="142"/>
        <source>Mesures prises</source>
        <translation>التدابير المتخذة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="144"/>
        <source>Mesures envisagées</source>
        <translation>التدابير المزمع اتخاذها</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="148"/>
        <source>Actions correctives</source>
        <translation>التدابير التصحيحية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="153"/>
        <source>Notifications faites</source>
        <translation>التبليغات المنجزة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="157"/>
        <source>{authority} — {phase} — {when}</source>
        <translation>{authority} — {phase} — {when}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="163"/>
        <source>Référence : {ref}</source>
        <translation>المرجع: {ref}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="167"/>
        <source>Motif du retard : {why}</source>
        <translation>سبب التأخير: {why}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="175"/>
        <source>Communication aux personnes — {channel} — {when} — {audience}</source>
        <translation>إخبار الأشخاص المعنيين — {channel} — {when} — {audience}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="186"/>
        <source>Aucune notification faite.</source>
        <translation>لم يتم أي تبليغ.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="192"/>
        <source>Décision de ne pas notifier</source>
        <translation>قرار عدم التبليغ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="193"/>
        <source>{reasons}
({who}, {when})</source>
        <translation>{reasons}
({who}، {when})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="203"/>
        <source>Exception à l&apos;information des personnes</source>
        <translation>الاستثناء من إخبار الأشخاص</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="211"/>
        <location filename="../../dpo_desk/ui/printing.py" line="388"/>
        <source>Clôturée le</source>
        <translation>تاريخ الإغلاق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="217"/>
        <source>Décisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="223"/>
        <location filename="../../dpo_desk/ui/printing.py" line="395"/>
        <source>Courriers émis</source>
        <translation>الرسائل الصادرة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="229"/>
        <source>{when} — {what} ({who})</source>
        <translation>{when} — {what} ({who})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="236"/>
        <source>Chronologie</source>
        <translation>التسلسل الزمني</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/breaches/printout.py" line="240"/>
        <source>Violation {reference}</source>
        <translation>الانتهاك {reference}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="139"/>
        <source>{shown} premières lignes sur {total}</source>
        <translation>الأسطر المعروضة: {shown} من أصل {total}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="168"/>
        <source>Aucune ligne à imprimer.</source>
        <translation>لا توجد أسطر للطباعة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="204"/>
        <source>{kind} — émis le {when}</source>
        <translation>{kind} — تاريخ الإصدار: {when}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="208"/>
        <source>{letter}, validé par {reviewer}</source>
        <translation>{letter}، بمصادقة {reviewer}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="234"/>
        <source>{reference} (réf. externe {external})</source>
        <translation>{reference} (المرجع الخارجي {external})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="242"/>
        <source>Droits exercés</source>
        <translation>الحقوق الممارَسة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="247"/>
        <source>Reçue le</source>
        <translation>تاريخ التوصل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="250"/>
        <source>Reçue par</source>
        <translation>وردت عبر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="251"/>
        <source>Demandeur</source>
        <translation>صاحب الطلب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="253"/>
        <source>Agit en tant que</source>
        <translation>بصفته</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="259"/>
        <source>Personne concernée</source>
        <translation>الشخص المعني</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="262"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="263"/>
        <source>Téléphone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="264"/>
        <source>Adresse</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="265"/>
        <source>Suivie par</source>
        <translation>المكلف بالمتابعة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="269"/>
        <source>{date} — {countdown}</source>
        <translation>{date} — {countdown}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="273"/>
        <source>{citation} (délai légal) — {rule}</source>
        <translation>{citation} (أجل قانوني) — {rule}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="275"/>
        <source>{citation} — {rule}</source>
        <translation>{citation} — {rule}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="278"/>
        <source>Demande</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="280"/>
        <location filename="../../dpo_desk/ui/printing.py" line="283"/>
        <source>Échéance</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="284"/>
        <source>Fondement</source>
        <translation>الأساس</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="302"/>
        <source>{regime}, {right} : {date} — {citation}</source>
        <translation>{regime}، {right}: {date} — {citation}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="311"/>
        <source>{line} (retenue)</source>
        <translation>{line} (المعتمد)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="316"/>
        <source>    autre lecture : {date} — {why}</source>
        <translation>    قراءة أخرى: {date} — {why}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="328"/>
        <source>Identité</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="333"/>
        <source>Pièce</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="337"/>
        <source>Vérifiée le</source>
        <translation>تاريخ التحقق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="342"/>
        <source>du {start} au {end}</source>
        <translation>من {start} إلى {end}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="346"/>
        <source>depuis le {start}</source>
        <translation>منذ {start}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="352"/>
        <source>Suspensions</source>
        <translation>حالات الإيقاف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="356"/>
        <source>Prorogée le</source>
        <translation>تاريخ التمديد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="363"/>
        <source>Motif de prorogation</source>
        <translation>سبب التمديد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="370"/>
        <source>Réponse</source>
        <translation>الرد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="371"/>
        <source>le {date}, par {channel}</source>
        <translation>في {date}، عبر {channel}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="380"/>
        <source>Motif du refus</source>
        <translation>سبب الرفض</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="392"/>
        <source>Suivi</source>
        <translation>التتبع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="399"/>
        <source>Aucun courrier émis.</source>
        <translation>لم تصدر أي رسالة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="403"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="411"/>
        <source>Historique</source>
        <translation>السجل التاريخي</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="414"/>
        <source>Demande {reference}</source>
        <translation>الطلب {reference}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="428"/>
        <source>oui</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="430"/>
        <source>non</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="448"/>
        <source>À regarder</source>
        <translation>للمتابعة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="449"/>
        <source>Fiche</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="455"/>
        <source>Aucun.</source>
        <translation>لا شيء.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/print_pages.py" line="285"/>
        <source>Imprimé le {when}</source>
        <translation>تاريخ الطباعة: {when}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="492"/>
        <source>Aperçu avant impression — {title}</source>
        <translation>معاينة قبل الطباعة — {title}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="528"/>
        <source>Imprimer…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="535"/>
        <source>Imprimer ou enregistrer en PDF, avec un aperçu ({keys})</source>
        <translation>طباعة أو حفظ بصيغة PDF، مع معاينة ({keys})</translation>
    </message>
</context>
<context>
    <name>ProcessingSection</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="51"/>
        <source>Rechercher : nom, finalité, service, n° de récépissé…</source>
        <translation>بحث: الاسم، الغاية، المصلحة، رقم الوصل…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="69"/>
        <source>Modifier…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="72"/>
        <source>Marquer comme revu</source>
        <translation>تعليم كمُراجَع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="74"/>
        <source>Enregistrer la revue de cette fiche aujourd&apos;hui (RGPD art. 24(1))</source>
        <translation>تسجيل مراجعة هذه البطاقة اليوم (المادة 24(1) من RGPD)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="84"/>
        <source>Rattacher un sous-traitant…</source>
        <translation>ربط معالج من الباطن…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="85"/>
        <source>Détacher</source>
        <translation>فك الربط</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="82"/>
        <source>Sous-traitants</source>
        <translation>المعالجون من الباطن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="83"/>
        <source>Double-cliquez pour ouvrir la fiche du sous-traitant.</source>
        <translation>انقر مرتين لفتح بطاقة المعالج من الباطن.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="90"/>
        <source>Ajouter un transfert…</source>
        <translation>إضافة نقل…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="91"/>
        <source>Supprimer</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="88"/>
        <source>Transferts hors du Maroc</source>
        <translation>نقل المعطيات إلى خارج المغرب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="89"/>
        <source>Loi 09-08 art. 43-44 ; RGPD art. 44-49.</source>
        <translation>المادتان 43-44 من القانون رقم 09.08؛ المواد 44-49 من RGPD.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/__init__.py" line="113"/>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="101"/>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="104"/>
        <source>Traitements</source>
        <translation>المعالجات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="109"/>
        <source>Notice d&apos;information…</source>
        <translation>بيان الإخبار…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="112"/>
        <source>Générer la notice d&apos;information des personnes à partir du registre</source>
        <translation>إنشاء بيان إخبار الأشخاص المعنيين انطلاقا من السجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="127"/>
        <source>Notice d&apos;information enregistrée : {name}</source>
        <translation>حُفظ بيان الإخبار: {name}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="132"/>
        <source>Nouveau traitement</source>
        <translation>معالجة جديدة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="139"/>
        <source>Aucun traitement inscrit</source>
        <translation>لا توجد أي معالجة مقيدة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="141"/>
        <source>Inscrivez ici chaque activité de traitement : ses finalités et bases légales, les données, leur durée de conservation, ses destinataires et ses formalités auprès de la CNDP.</source>
        <translation>قيّد هنا كل نشاط معالجة: غاياته وأسسه القانونية، والمعطيات، ومدة حفظها، والمرسل إليهم، والإجراءات المتخذة لدى اللجنة الوطنية.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="149"/>
        <source>1 traitement</source>
        <translation>معالجة واحدة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="150"/>
        <source>{count} traitements</source>
        <translation>العدد: {count}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="154"/>
        <source>Toutes les bases légales</source>
        <translation>جميع الأسس القانونية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="156"/>
        <source>Base légale</source>
        <translation>الأساس القانوني</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="160"/>
        <source>Tous les régimes CNDP</source>
        <translation>جميع أنظمة CNDP</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="162"/>
        <source>Régime CNDP</source>
        <translation>نظام CNDP</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="167"/>
        <source>AIPD : toutes</source>
        <translation>تقييم الأثر: الكل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="168"/>
        <source>AIPD requise</source>
        <translation>تقييم الأثر مطلوب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="169"/>
        <source>AIPD requise, non réalisée</source>
        <translation>تقييم الأثر مطلوب وغير منجز</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="170"/>
        <source>AIPD non requise</source>
        <translation>تقييم الأثر غير مطلوب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="172"/>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="302"/>
        <source>Analyse d&apos;impact</source>
        <translation>تقييم الأثر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="177"/>
        <source>Toutes les fiches</source>
        <translation>جميع البطاقات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="178"/>
        <source>Signalées</source>
        <translation>المُنبَّه عليها</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="179"/>
        <source>Revue en retard</source>
        <translation>مراجعة متأخرة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="180"/>
        <source>Transfert non encadré</source>
        <translation>نقل غير مؤطر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="181"/>
        <source>Autorisation CNDP requise</source>
        <translation>إذن CNDP مطلوب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="182"/>
        <source>AIPD à réaliser</source>
        <translation>تقييم الأثر مطلوب إنجازه</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="183"/>
        <source>Formalité CNDP due</source>
        <translation>إجراء CNDP واجب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="185"/>
        <source>Alertes</source>
        <translation>تنبيهات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="191"/>
        <source>Traitements dont une formalité CNDP est à déposer ou une modification à déclarer (loi 09-08 art. 12 et 15)</source>
        <translation>معالجات يتعين بشأنها إيداع إجراء لدى CNDP أو التصريح بتعديل (المادتان 12 و15 من القانون رقم 09.08)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="252"/>
        <source>récépissé {number}</source>
        <translation>الوصل {number}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="255"/>
        <source>du {date}</source>
        <translation>بتاريخ {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="269"/>
        <source>Concerne des mineurs.</source>
        <translation>تتعلق بقاصرين.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="275"/>
        <source>Requise — réalisée le {date}</source>
        <translation>مطلوب — أُنجز في {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="279"/>
        <source>Requise — non réalisée</source>
        <translation>مطلوب — غير منجز</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="282"/>
        <source>Non requise</source>
        <translation>غير مطلوب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="290"/>
        <source>Finalités</source>
        <translation>الغايات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="291"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="292"/>
        <source>Personnes concernées</source>
        <translation>الأشخاص المعنيون</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="293"/>
        <source>Données</source>
        <translation>المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="294"/>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="295"/>
        <source>Destinataires</source>
        <translation>المرسل إليهم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="297"/>
        <source>Conservation</source>
        <translation>الحفظ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="300"/>
        <source>Sécurité</source>
        <translation>الأمن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="301"/>
        <source>Exercice des droits</source>
        <translation>ممارسة الحقوق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="304"/>
        <source>Dernière revue</source>
        <translation>آخر مراجعة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="305"/>
        <source>jamais</source>
        <translation>أبدا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="308"/>
        <source>Inscrit le</source>
        <translation>تاريخ القيد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="342"/>
        <source>Formalité CNDP enregistrée.</source>
        <translation>سُجّل إجراء CNDP.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="349"/>
        <source>Traitement « {name} » inscrit au registre.</source>
        <translation>قُيِّدت المعالجة « {name} » في السجل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="352"/>
        <source>Traitement « {name} » enregistré.</source>
        <translation>حُفظت المعالجة « {name} ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="367"/>
        <source>Revue du traitement enregistrée au {date}.</source>
        <translation>سُجلت مراجعة المعالجة بتاريخ {date}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="387"/>
        <source>Rattacher un sous-traitant</source>
        <translation>ربط معالج من الباطن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="388"/>
        <source>Sous-traitant</source>
        <translation>المعالج من الباطن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="394"/>
        <source>Sous-traitant rattaché.</source>
        <translation>رُبط المعالج من الباطن.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="406"/>
        <source>Sous-traitant détaché de ce traitement.</source>
        <translation>فُك ربط المعالج من الباطن بهذه المعالجة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="414"/>
        <source>Transfert ajouté.</source>
        <translation>أُضيف النقل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processing.py" line="418"/>
        <source>Transfert supprimé.</source>
        <translation>حُذف النقل.</translation>
    </message>
</context>
<context>
    <name>ProcessorStatus</name>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="380"/>
        <source>Actif</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="381"/>
        <source>Contrat terminé</source>
        <translation>عقد منتهٍ</translation>
    </message>
</context>
<context>
    <name>ProcessorTableModel</name>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="212"/>
        <source>Sous-traitant</source>
        <translation>المعالج من الباطن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="213"/>
        <source>Alertes</source>
        <translation>تنبيهات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="214"/>
        <source>Service fourni</source>
        <translation>الخدمة المقدمة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="215"/>
        <source>Pays</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="216"/>
        <source>Contrat (DPA)</source>
        <translation>العقد (DPA)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="217"/>
        <source>Prochaine revue</source>
        <translation>المراجعة المقبلة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="218"/>
        <source>Statut</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="230"/>
        <source>Non signé</source>
        <translation>غير موقع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="232"/>
        <source>Signé le {date}</source>
        <translation>وُقِّع في {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/models.py" line="233"/>
        <source>Signé</source>
        <translation>موقع</translation>
    </message>
</context>
<context>
    <name>ProcessorsSection</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="50"/>
        <source>Rechercher : nom, service, certification, sous-traitant ultérieur…</source>
        <translation>بحث: الاسم، الخدمة، الشهادة، المعالج من الباطن اللاحق…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="67"/>
        <source>Modifier…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="70"/>
        <source>Fin de contrat…</source>
        <translation>نهاية العقد…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="72"/>
        <source>Enregistrer la fin du contrat et le sort des données (RGPD art. 28(3)(g))</source>
        <translation>تسجيل نهاية العقد ومآل المعطيات (المادة 28(3)(ز) من RGPD)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="75"/>
        <source>Restitution ou suppression…</source>
        <translation>الإرجاع أو الحذف…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="84"/>
        <source>Rattacher un traitement…</source>
        <translation>ربط معالجة…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="85"/>
        <source>Détacher</source>
        <translation>فك الربط</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="82"/>
        <source>Traitements servis</source>
        <translation>المعالجات المخدومة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="83"/>
        <source>Double-cliquez pour ouvrir la fiche du traitement.</source>
        <translation>انقر مرتين لفتح بطاقة المعالجة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="90"/>
        <source>Ajouter un transfert…</source>
        <translation>إضافة نقل…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="91"/>
        <source>Supprimer</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="88"/>
        <source>Transferts hors du Maroc</source>
        <translation>نقل المعطيات إلى خارج المغرب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="89"/>
        <source>Loi 09-08 art. 43-44 ; RGPD art. 44-49.</source>
        <translation>المادتان 43-44 من القانون رقم 09.08؛ المواد 44-49 من RGPD.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/__init__.py" line="119"/>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="96"/>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="99"/>
        <source>Sous-traitants</source>
        <translation>المعالجون من الباطن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="102"/>
        <source>Nouveau sous-traitant</source>
        <translation>معالج من الباطن جديد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="109"/>
        <source>Aucun sous-traitant inscrit</source>
        <translation>لا يوجد أي معالج من الباطن مقيد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="111"/>
        <source>Inscrivez ici chaque prestataire qui traite des données pour votre compte : son contrat et ses clauses, les pays où il traite les données, les traitements qu&apos;il sert et la date de sa prochaine revue.</source>
        <translation>قيّد هنا كل مقدم خدمة يعالج معطيات لحساب مؤسستك: عقده وبنوده، والبلدان التي يعالج فيها المعطيات، والمعالجات التي يخدمها وتاريخ مراجعته المقبلة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="119"/>
        <source>1 sous-traitant</source>
        <translation>معالج من الباطن واحد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="120"/>
        <source>{count} sous-traitants</source>
        <translation>العدد: {count}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="124"/>
        <source>Tous les statuts</source>
        <translation>جميع الوضعيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="126"/>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="238"/>
        <source>Statut</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="129"/>
        <source>Tous les pays</source>
        <translation>جميع البلدان</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="129"/>
        <source>Pays</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="132"/>
        <source>Toutes les fiches</source>
        <translation>جميع البطاقات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="133"/>
        <source>Signalées</source>
        <translation>المُنبَّه عليها</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="134"/>
        <source>Sans contrat (DPA)</source>
        <translation>بدون عقد (DPA)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="135"/>
        <source>Revue en retard</source>
        <translation>مراجعة متأخرة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="136"/>
        <source>Transfert non encadré</source>
        <translation>نقل غير مؤطر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="137"/>
        <source>Clauses manquantes</source>
        <translation>بنود ناقصة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="138"/>
        <source>Données non restituées</source>
        <translation>معطيات غير مُرجعة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="140"/>
        <source>Alertes</source>
        <translation>تنبيهات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="202"/>
        <source>Signé le {date}</source>
        <translation>وُقِّع في {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="206"/>
        <source>prend fin le {date}</source>
        <translation>ينتهي في {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="210"/>
        <source>Aucun contrat de sous-traitance signé</source>
        <translation>لا يوجد عقد معالجة من الباطن موقع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="216"/>
        <source>le {date}</source>
        <translation>في {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="220"/>
        <source>{outcome} le {date}</source>
        <translation>{outcome} في {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="225"/>
        <source>Restitution ou suppression des données non enregistrée</source>
        <translation>إرجاع المعطيات أو حذفها غير مسجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="228"/>
        <source>Service</source>
        <translation>المصلحة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="229"/>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="230"/>
        <source>DPO</source>
        <translation>المندوب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="231"/>
        <source>Pays de traitement</source>
        <translation>بلدان المعالجة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="232"/>
        <source>Données confiées</source>
        <translation>المعطيات المعهود بها</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="233"/>
        <source>Contrat (DPA)</source>
        <translation>العقد (DPA)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="234"/>
        <source>Clauses art. 28(3)</source>
        <translation>بنود المادة 28(3)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="235"/>
        <source>Certifications</source>
        <translation>الشهادات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="236"/>
        <source>Sous-traitants ultérieurs</source>
        <translation>المعالجون من الباطن اللاحقون</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="237"/>
        <source>Prochaine revue</source>
        <translation>المراجعة المقبلة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="239"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="274"/>
        <source>Sous-traitant « {name} » inscrit au registre.</source>
        <translation>قُيِّد المعالج من الباطن « {name} » في السجل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="277"/>
        <source>Sous-traitant « {name} » enregistré.</source>
        <translation>حُفظ المعالج من الباطن « {name} ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="284"/>
        <source>Fin du contrat enregistrée.</source>
        <translation>سُجلت نهاية العقد.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="293"/>
        <source>Sort des données enregistré.</source>
        <translation>سُجل مآل المعطيات.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="311"/>
        <source>Rattacher un traitement</source>
        <translation>ربط معالجة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="312"/>
        <source>Traitement</source>
        <translation>المعالجة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="318"/>
        <source>Traitement rattaché.</source>
        <translation>رُبطت المعالجة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="330"/>
        <source>Traitement détaché de ce sous-traitant.</source>
        <translation>فُك ربط المعالجة بهذا المعالج من الباطن.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="338"/>
        <source>Transfert ajouté.</source>
        <translation>أُضيف النقل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/processors.py" line="342"/>
        <source>Transfert supprimé.</source>
        <translation>حُذف النقل.</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="65"/>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="68"/>
        <source>Durées de conservation</source>
        <extracomment>the action chosen for each line of the table: the cases, then the copies</extracomment>
        <translation>مدد الحفظ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="70"/>
        <source>Un dossier clos n&apos;est gardé que le temps fixé par l&apos;organisation, puis il est effacé ou anonymisé (RGPD art. 5.1.e ; loi 09-08 art. 3.1.e). Anonymiser vide l&apos;identité et les textes mais garde les dates et les chiffres pour les statistiques.</source>
        <translation>لا يُحتفظ بالملف المغلق إلا خلال المدة التي حددتها المؤسسة، ثم يُمسح أو يُجهَّل (المادة 5(1)(هـ) من RGPD؛ المادة 3(1)(هـ) من القانون رقم 09.08). يُفرغ التجهيل الهوية والنصوص لكنه يحتفظ بالتواريخ والأرقام لأغراض إحصائية.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="79"/>
        <source>Demandes :</source>
        <translation>الطلبات:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="82"/>
        <source>Violations :</source>
        <translation>الانتهاكات:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="84"/>
        <source>après la clôture</source>
        <translation>بعد الإغلاق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="86"/>
        <source>Enregistrer les durées</source>
        <translation>حفظ المدد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="98"/>
        <source>Référence</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="99"/>
        <source>Nature</source>
        <translation>الطبيعة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="100"/>
        <source>Clos le</source>
        <translation>تاريخ الإغلاق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="101"/>
        <source>Expiré depuis le</source>
        <translation>انتهت مدته منذ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="102"/>
        <source>Action</source>
        <translation>العملية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="110"/>
        <source>PURGER</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="113"/>
        <source>Pour confirmer, tapez {word} :</source>
        <translation>للتأكيد، اكتب {word}:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="127"/>
        <source>Fermer</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="127"/>
        <source>Purger les dossiers choisis</source>
        <translation>حذف الملفات المختارة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="135"/>
        <source> an(s)</source>
        <translation> سنة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="151"/>
        <source>Copies de pièce d&apos;identité : supprimées à la clôture de la demande ou {days} jours après la vérification, au premier des deux termes (politique interne, réglable dans Paramètres ▸ Justificatif d&apos;identité).</source>
        <translation>نسخ وثائق الهوية: تحذف عند إغلاق الطلب أو بعد {days} يوم من التحقق، أيهما أسبق (سياسة داخلية، تضبط في الإعدادات ▸ إثبات الهوية).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="171"/>
        <source>Anonymiser</source>
        <translation>تجهيل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="172"/>
        <source>Effacer le dossier</source>
        <translation>مسح الملف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="173"/>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="189"/>
        <source>Garder pour l&apos;instant</source>
        <translation>الاحتفاظ به حاليا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="181"/>
        <source>Copie de pièce d&apos;identité n° {id}</source>
        <translation>نسخة وثيقة الهوية رقم {id}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="188"/>
        <source>Supprimer la copie</source>
        <translation>حذف النسخة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="197"/>
        <source>%n dossier(s) arrivé(s) au terme de la conservation</source>
        <translation>
            <numerusform>لا يوجد ملف انتهت مدة حفظه</numerusform>
            <numerusform>ملف واحد انتهت مدة حفظه</numerusform>
            <numerusform>ملفان انتهت مدة حفظهما</numerusform>
            <numerusform>%n ملفات انتهت مدة حفظها</numerusform>
            <numerusform>%n ملفا انتهت مدة حفظها</numerusform>
            <numerusform>%n ملف انتهت مدة حفظها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="202"/>
        <source>%n copie(s) de pièce d&apos;identité à supprimer</source>
        <translation>
            <numerusform>لا نسخ من وثائق الهوية للحذف</numerusform>
            <numerusform>نسخة واحدة من وثيقة هوية للحذف</numerusform>
            <numerusform>نسختان من وثائق الهوية للحذف</numerusform>
            <numerusform>%n نسخ من وثائق الهوية للحذف</numerusform>
            <numerusform>%n نسخة من وثائق الهوية للحذف</numerusform>
            <numerusform>%n نسخة من وثائق الهوية للحذف</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="243"/>
        <source>Durées de conservation enregistrées.</source>
        <translation>حُفظت مدد الحفظ.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="252"/>
        <source>Purge en cours, puis compactage du fichier…</source>
        <translation>الحذف جارٍ، ثم ضغط الملف…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="268"/>
        <source>%n copie(s) de pièce d&apos;identité supprimée(s).</source>
        <translation>
            <numerusform>لم تحذف أي نسخة من وثائق الهوية.</numerusform>
            <numerusform>حذفت نسخة واحدة من وثيقة هوية.</numerusform>
            <numerusform>حذفت نسختان من وثائق الهوية.</numerusform>
            <numerusform>حذفت %n نسخ من وثائق الهوية.</numerusform>
            <numerusform>حذفت %n نسخة من وثائق الهوية.</numerusform>
            <numerusform>حذفت %n نسخة من وثائق الهوية.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="271"/>
        <source>Purge faite : {deleted}, {anonymised}.</source>
        <translation>تم الحذف. {deleted}، {anonymised}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="272"/>
        <source>%n dossier(s) effacé(s)</source>
        <translation>
            <numerusform>ملفات مُسحت: %n</numerusform>
            <numerusform>ملفات مُسحت: %n</numerusform>
            <numerusform>ملفات مُسحت: %n</numerusform>
            <numerusform>ملفات مُسحت: %n</numerusform>
            <numerusform>ملفات مُسحت: %n</numerusform>
            <numerusform>ملفات مُسحت: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="273"/>
        <source>%n dossier(s) anonymisé(s)</source>
        <translation>
            <numerusform>ملفات جُهِّلت: %n</numerusform>
            <numerusform>ملفات جُهِّلت: %n</numerusform>
            <numerusform>ملفات جُهِّلت: %n</numerusform>
            <numerusform>ملفات جُهِّلت: %n</numerusform>
            <numerusform>ملفات جُهِّلت: %n</numerusform>
            <numerusform>ملفات جُهِّلت: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/i18n.py" line="45"/>
        <source>&amp;Look in:</source>
        <translation>ا&amp;عثر في:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/i18n.py" line="46"/>
        <source>Files of &amp;type:</source>
        <translation>ملفّات من &amp;نوع:</translation>
    </message>
</context>
<context>
    <name>RecentEntry</name>
    <message>
        <location filename="../../dpo_desk/ui/welcome.py" line="87"/>
        <source>Introuvable</source>
        <translation>غير موجود</translation>
    </message>
</context>
<context>
    <name>RecipientKind</name>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="190"/>
        <source>Service interne</source>
        <translation>مصلحة داخلية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="191"/>
        <source>Organisme externe</source>
        <translation>هيئة خارجية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="192"/>
        <source>Sous-traitant</source>
        <translation>المعالج من الباطن</translation>
    </message>
</context>
<context>
    <name>RecordsPolicyCard</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/records_policy.py" line="42"/>
        <source>Registre des traitements : transferts et revues</source>
        <translation>سجل المعالجات: النقل إلى الخارج والمراجعات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/records_policy.py" line="44"/>
        <source>Pays vers lesquels un transfert n&apos;exige ni autorisation de la CNDP ni exception (loi 09-08 art. 43), en codes ISO 3166 séparés par des espaces.</source>
        <translation>البلدان التي لا يتطلب النقل إليها إذن اللجنة الوطنية ولا استثناء (المادة 43 من القانون رقم 09.08)، برموز ISO 3166 يفصل بينها فراغ.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/records_policy.py" line="49"/>
        <source>Liste d&apos;adéquation</source>
        <translation>قائمة الملاءمة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/records_policy.py" line="61"/>
        <source>Revue des traitements au plus tard tous les</source>
        <translation>مراجعة المعالجات على الأكثر كل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/records_policy.py" line="64"/>
        <source> mois</source>
        <translation> شهرا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/records_policy.py" line="65"/>
        <source>Période de revue des traitements</source>
        <translation>مدة مراجعة المعالجات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/records_policy.py" line="75"/>
        <source>Politique interne : la loi ne fixe aucune période ; le RGPD (art. 24(1)) demande que les mesures soient réexaminées et actualisées si nécessaire.</source>
        <translation>سياسة داخلية: لا يحدد القانون أي مدة؛ ويطلب RGPD (المادة 24(1)) مراجعة التدابير وتحيينها عند الاقتضاء.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/records_policy.py" line="80"/>
        <source>Rétablir la liste par défaut</source>
        <translation>استعادة القائمة الافتراضية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/records_policy.py" line="131"/>
        <source>Liste propre à ce registre : vérifiez-la contre la délibération de la CNDP en vigueur.</source>
        <translation>قائمة خاصة بهذا السجل: تحقق منها بمقارنتها بمداولة اللجنة الوطنية الجاري بها العمل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/records_policy.py" line="157"/>
        <source>Liste d&apos;adéquation ({count} pays) et période de revue enregistrées.</source>
        <translation>تم حفظ قائمة الملاءمة (عدد البلدان: {count}) ومدة المراجعة.</translation>
    </message>
</context>
<context>
    <name>RefusalReason</name>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="129"/>
        <source>Demande manifestement infondée</source>
        <translation>طلب لا أساس له بشكل واضح</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="132"/>
        <source>Demande excessive ou manifestement abusive</source>
        <translation>طلب مفرط أو تعسفي بشكل واضح</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="135"/>
        <source>Identité du demandeur non établie</source>
        <translation>تعذر إثبات هوية صاحب الطلب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="138"/>
        <source>Droit non prévu par le régime applicable</source>
        <translation>حق غير منصوص عليه في القانون المطبق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="141"/>
        <source>Atteinte aux droits et libertés d&apos;autrui</source>
        <translation>المس بحقوق الغير وحرياتهم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="144"/>
        <source>Exception au droit à l&apos;effacement</source>
        <translation>استثناء من الحق في المسح</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="147"/>
        <source>Conditions du droit à la portabilité non remplies</source>
        <translation>شروط الحق في نقل المعطيات غير مستوفاة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="150"/>
        <source>Motifs légitimes et impérieux, ou défense de droits en justice (hors prospection)</source>
        <translation>أسباب مشروعة وملحة، أو الدفاع عن حقوق أمام القضاء (باستثناء الاستقراء)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="154"/>
        <source>Traitement répondant à une obligation légale (hors prospection)</source>
        <translation>معالجة تستجيب لالتزام قانوني (باستثناء الاستقراء)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="157"/>
        <source>Opposition écartée par l&apos;acte autorisant le traitement (hors prospection)</source>
        <translation>تعرض مستبعد بموجب النص الذي يأذن بالمعالجة (باستثناء الاستقراء)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="167"/>
        <source>RGPD art. 12(5)</source>
        <translation>المادة 12(5) من RGPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="168"/>
        <source>RGPD art. 12(5) ; loi 09-08 art. 7</source>
        <translation>المادة 12(5) من RGPD؛ المادة 7 من القانون رقم 09.08</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="171"/>
        <source>RGPD art. 12(6) ; loi 09-08 art. 7 et 8</source>
        <translation>المادة 12(6) من RGPD؛ المادتان 7 و8 من القانون رقم 09.08</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="175"/>
        <source>Loi 09-08 art. 8(a) ; portabilité absente de la loi 09-08</source>
        <translation>المادة 8(أ) من القانون رقم 09.08؛ الحق في نقل المعطيات غير منصوص عليه في القانون رقم 09.08</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="178"/>
        <source>RGPD art. 15(4) et 20(4)</source>
        <translation>المادتان 15(4) و20(4) من RGPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="179"/>
        <source>RGPD art. 17(3)</source>
        <translation>المادة 17(3) من RGPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="180"/>
        <source>RGPD art. 20(1)</source>
        <translation>المادة 20(1) من RGPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="181"/>
        <source>RGPD art. 21(1)</source>
        <translation>المادة 21(1) من RGPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="182"/>
        <source>Loi 09-08 art. 9 ; RGPD art. 21(1)</source>
        <translation>المادة 9 من القانون رقم 09.08؛ المادة 21(1) من RGPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="185"/>
        <source>Loi 09-08 art. 9</source>
        <translation>المادة 9 من القانون رقم 09.08</translation>
    </message>
</context>
<context>
    <name>Regime</name>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="95"/>
        <source>Loi 09-08</source>
        <translation>القانون 09.08</translation>
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
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="77"/>
        <source>Abandonner la saisie et relire la fiche enregistrée</source>
        <translation>التخلي عن الإدخال وإعادة قراءة البطاقة المحفوظة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="87"/>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="175"/>
        <source>* obligatoire</source>
        <translation>* إلزامي</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="211"/>
        <source>Nouveau traitement</source>
        <translation>معالجة جديدة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="213"/>
        <source>Modifier le traitement</source>
        <translation>تعديل المعالجة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="214"/>
        <source>Une fiche par activité de traitement, comme dans le registre de l&apos;article 30 du RGPD et la déclaration à la CNDP (loi 09-08 art. 15).</source>
        <translation>بطاقة لكل نشاط معالجة، كما في سجل المادة 30 من RGPD والتصريح لدى اللجنة الوطنية (المادة 15 من القانون رقم 09.08).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="219"/>
        <source>Enregistrer le traitement</source>
        <translation>حفظ المعالجة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="251"/>
        <source>Nouveau sous-traitant</source>
        <translation>معالج من الباطن جديد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="253"/>
        <source>Modifier le sous-traitant</source>
        <translation>تعديل المعالج من الباطن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="254"/>
        <source>Le contrat doit contenir les clauses de l&apos;article 28(3) du RGPD ; la loi 09-08 (art. 23) fait peser sur le sous-traitant les mêmes obligations de sécurité que sur vous.</source>
        <translation>يجب أن يتضمن العقد بنود المادة 28(3) من RGPD؛ ويُلزم القانون رقم 09.08 (المادة 23) المعالج من الباطن بنفس التزامات الأمن الملقاة على عاتق المسؤول عن المعالجة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="260"/>
        <source>Enregistrer le sous-traitant</source>
        <translation>حفظ المعالج من الباطن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="313"/>
        <source>Nouveau transfert hors du Maroc</source>
        <translation>نقل جديد إلى خارج المغرب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="314"/>
        <source>Vers un pays qui ne figure pas sur la liste d&apos;adéquation, la loi 09-08 demande l&apos;autorisation de la CNDP (formulaire F118), sauf exception de ses articles 43-44. Les clauses contractuelles types ou les BCR sont jointes à la demande : elles ne remplacent pas l&apos;autorisation.</source>
        <translation>يشترط القانون رقم 09.08، بالنسبة للنقل نحو بلد غير وارد في قائمة الملاءمة، الحصول على إذن اللجنة الوطنية (الاستمارة F118)، إلا في حالة استثناء بموجب المادتين 43-44 منه. وتُرفق البنود التعاقدية النموذجية أو قواعد BCR بالطلب: فهي لا تحل محل الإذن.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="321"/>
        <source>Ajouter le transfert</source>
        <translation>إضافة النقل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="329"/>
        <source>Pays de destination *</source>
        <translation>بلد الوجهة *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="334"/>
        <source>Mécanisme</source>
        <translation>الآلية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="342"/>
        <source>Dérogation</source>
        <translation>الاستثناء</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="347"/>
        <source>Exception de la loi 09-08 (art. 43-44)</source>
        <translation>استثناء بموجب القانون رقم 09.08 (المادتان 43-44)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="349"/>
        <source>Aucune</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="357"/>
        <source>Le transfert se fait sans autorisation de la CNDP si l&apos;une des exceptions de la loi s&apos;applique (consentement exprès, sauvegarde de la vie…).</source>
        <translation>يتم النقل دون إذن اللجنة الوطنية إذا انطبق أحد الاستثناءات المنصوص عليها في القانون (الموافقة الصريحة، الحفاظ على الحياة…).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="365"/>
        <source>Référence</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="367"/>
        <source>N° d&apos;autorisation ou de demande F118, version des clauses…</source>
        <translation>رقم الإذن أو الطلب F118، نسخة البنود…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="376"/>
        <source>Traitement</source>
        <translation>المعالجة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="381"/>
        <source>Sous-traitant</source>
        <translation>المعالج من الباطن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="385"/>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="478"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="439"/>
        <source>Fin de contrat — {name}</source>
        <translation>نهاية العقد — {name}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="442"/>
        <source>À la fin de la prestation, le sous-traitant restitue ou supprime les données (RGPD art. 28(3)(g)). Tant que ce n&apos;est pas enregistré, il reste signalé.</source>
        <translation>عند نهاية الخدمة، يُرجع المعالج من الباطن المعطيات أو يحذفها (المادة 28(3)(ز) من RGPD). ما دام ذلك غير مسجل، يبقى مُنبَّها عليه.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="447"/>
        <source>Enregistrer la fin du contrat</source>
        <translation>تسجيل نهاية العقد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="452"/>
        <source>Fin le *</source>
        <translation>تاريخ النهاية *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="457"/>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="517"/>
        <source>Les données ont été</source>
        <translation>المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="462"/>
        <source>pas encore restituées ni supprimées</source>
        <translation>لم تُرجع ولم تُحذف بعد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="472"/>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="521"/>
        <source>Le</source>
        <translation>في</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="473"/>
        <source>Date connue</source>
        <translation>تاريخ معروف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="479"/>
        <source>Attestation reçue…</source>
        <translation>تم التوصل بإشهاد…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="506"/>
        <source>Restitution ou suppression des données</source>
        <translation>إرجاع المعطيات أو حذفها</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="507"/>
        <source>Enregistrez la confirmation reçue du sous-traitant (RGPD art. 28(3)(g)).</source>
        <translation>سجّل التأكيد الوارد من المعالج من الباطن (المادة 28(3)(ز) من RGPD).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="511"/>
        <source>Enregistrer</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="548"/>
        <source>Rattacher</source>
        <translation>ربط</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dialogs.py" line="556"/>
        <source>Tout est déjà rattaché.</source>
        <translation>كل شيء مرتبط بالفعل.</translation>
    </message>
</context>
<context>
    <name>RegisterFields</name>
    <message>
        <location filename="../../dpo_desk/ui/records/fields.py" line="43"/>
        <source>Renseignée</source>
        <translation>مملوء</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/fields.py" line="126"/>
        <source>Retirer</source>
        <extracomment>how a row&apos;s widgets are laid out: lines of (widget, stretch) a row&apos;s widgets by name (a TypedDict per kind of row)</extracomment>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/fields.py" line="129"/>
        <source>Retirer cette ligne</source>
        <translation>إزالة هذا السطر</translation>
    </message>
</context>
<context>
    <name>RegisterForms</name>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="121"/>
        <source>Ce que fait le traitement</source>
        <translation>ما تقوم به المعالجة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="125"/>
        <source>ex. Pédagogie</source>
        <translation>مثال: الشؤون التربوية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="129"/>
        <source>S&apos;il y en a un</source>
        <translation>إن وُجد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="134"/>
        <source>Logiciel ou application utilisés</source>
        <translation>البرنامج أو التطبيق المستعمل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="140"/>
        <source>Où les personnes exercent leurs droits</source>
        <translation>أين يمارس الأشخاص حقوقهم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="148"/>
        <source>Ajouter une finalité</source>
        <translation>إضافة غاية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="179"/>
        <source>Le traitement concerne des mineurs</source>
        <translation>تتعلق المعالجة بقاصرين</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="195"/>
        <source>Ajouter un destinataire</source>
        <translation>إضافة مرسل إليه</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="202"/>
        <source>Ajouter une durée</source>
        <translation>إضافة مدة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="213"/>
        <source>Précisions : chiffrement, habilitations…</source>
        <translation>توضيحات: التشفير، الصلاحيات…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="116"/>
        <source>ex. Gestion des comptes clients</source>
        <translation>مثال: تدبير حسابات الزبناء</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="155"/>
        <source>Une catégorie par ligne : clients, salariés, usagers…</source>
        <translation>فئة في كل سطر: الزبناء، الأجراء، المرتفقون…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="185"/>
        <source>Une source par ligne : la personne, son employeur, un partenaire…</source>
        <translation>مصدر في كل سطر: الشخص المعني، مشغله، شريك…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="225"/>
        <source>ex. Rapprochement avec le fichier des clients</source>
        <translation>مثال: الربط البيني مع ملف الزبناء</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="232"/>
        <source>Les fichiers que ce traitement rapproche ou croise avec d&apos;autres (loi 09-08 art. 15 (i)). Une interconnexion relève de l&apos;autorisation préalable de la CNDP (art. 12). Vide : aucune.</source>
        <translation>الملفات التي تقارنها هذه المعالجة أو تربطها بملفات أخرى (المادة 15(ط) من القانون رقم 09.08). يخضع الربط البيني للإذن المسبق من اللجنة الوطنية (المادة 12). فارغ: لا يوجد أي ربط.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="242"/>
        <source>Vide si les données servent la finalité de leur collecte</source>
        <translation>فارغ إذا كانت المعطيات تخدم الغاية التي جُمعت من أجلها</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="248"/>
        <source>La finalité pour laquelle les données ont été collectées, si ce traitement les utilise pour une autre : autorisation préalable de la CNDP (loi 09-08 art. 12).</source>
        <translation>الغاية التي جُمعت المعطيات من أجلها، إذا كانت هذه المعالجة تستعملها لغاية أخرى: إذن مسبق من اللجنة الوطنية (المادة 12 من القانون رقم 09.08).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="259"/>
        <source>ex. D-443/2022</source>
        <translation>مثال: D-443/2022</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="262"/>
        <source>Reçu le</source>
        <translation>تاريخ التوصل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="267"/>
        <source>Analyse d&apos;impact requise</source>
        <translation>تقييم الأثر مطلوب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="270"/>
        <source>Analyse réalisée</source>
        <translation>أُنجز التقييم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="273"/>
        <source>Le</source>
        <translation>في</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="276"/>
        <source>Revu le</source>
        <translation>تاريخ المراجعة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="279"/>
        <location filename="../../dpo_desk/ui/records/forms.py" line="690"/>
        <source>Notes du DPO</source>
        <translation>ملاحظات المندوب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="284"/>
        <source>⚠ Données sensibles (RGPD art. 9 ; loi 09-08 art. 1(3)) : elles relèvent en principe de l&apos;autorisation préalable de la CNDP (loi 09-08 art. 12).</source>
        <translation>⚠ معطيات حساسة (المادة 9 من RGPD؛ المادة 1(3) من القانون رقم 09.08): تخضع مبدئيا للإذن المسبق من اللجنة الوطنية (المادة 12 من القانون رقم 09.08).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="307"/>
        <source>Identification</source>
        <translation>التعريف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="309"/>
        <location filename="../../dpo_desk/ui/records/forms.py" line="708"/>
        <source>Nom *</source>
        <translation>الاسم *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="310"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="313"/>
        <source>Service responsable</source>
        <translation>المصلحة المسؤولة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="317"/>
        <source>Responsable conjoint</source>
        <translation>مسؤول مشترك عن المعالجة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="319"/>
        <source>Logiciel</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="322"/>
        <source>Exercice des droits</source>
        <translation>ممارسة الحقوق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="330"/>
        <source>Finalités et bases légales *</source>
        <translation>الغايات والأسس القانونية *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="332"/>
        <source>Une base légale par finalité (RGPD art. 6(1) ; loi 09-08 art. 4). L&apos;intérêt légitime doit être décrit.</source>
        <translation>أساس قانوني لكل غاية (المادة 6(1) من RGPD؛ المادة 4 من القانون رقم 09.08). يجب وصف المصلحة المشروعة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="342"/>
        <source>Personnes et données</source>
        <translation>الأشخاص والمعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="346"/>
        <source>Personnes concernées</source>
        <translation>الأشخاص المعنيون</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="350"/>
        <source>Catégories de données</source>
        <translation>فئات المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="353"/>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="360"/>
        <source>Interconnexions et réutilisation</source>
        <translation>الربط البيني وإعادة الاستعمال</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="364"/>
        <source>Interconnexions</source>
        <translation>الربط البيني</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="368"/>
        <source>Collectées pour</source>
        <translation>جُمعت من أجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="371"/>
        <source>Les fichiers interconnectés (loi 09-08 art. 15 (i)) et, si les données servent une autre finalité que celle de leur collecte, cette finalité d&apos;origine : l&apos;un ou l&apos;autre soumet le traitement à l&apos;autorisation préalable de la CNDP (art. 12).</source>
        <translation>الملفات المرتبطة ربطا بينيا (المادة 15(ط) من القانون رقم 09.08)، وإذا كانت المعطيات تخدم غاية غير تلك التي جُمعت من أجلها، هذه الغاية الأصلية: كل منهما يُخضع المعالجة للإذن المسبق من اللجنة الوطنية (المادة 12).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="384"/>
        <source>Destinataires</source>
        <translation>المرسل إليهم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="391"/>
        <source>Durées de conservation</source>
        <translation>مدد الحفظ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="393"/>
        <source>Par catégorie de données : une durée et ce qui la fait courir.</source>
        <translation>لكل فئة من المعطيات: مدة وما يحدد بدء سريانها.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="402"/>
        <source>Mesures de sécurité</source>
        <translation>تدابير الأمن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="405"/>
        <source>Précisions</source>
        <translation>توضيحات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="411"/>
        <source>Formalités CNDP et analyse d&apos;impact</source>
        <translation>إجراءات CNDP وتقييم الأثر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="413"/>
        <source>Régime</source>
        <translation>القانون المطبق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="414"/>
        <source>N° de récépissé</source>
        <translation>رقم الوصل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="415"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="416"/>
        <source>AIPD</source>
        <translation>تقييم الأثر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="418"/>
        <source>Réalisée le</source>
        <translation>تاريخ الإنجاز</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="425"/>
        <source>Suivi</source>
        <translation>التتبع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="427"/>
        <source>Dernière revue</source>
        <translation>آخر مراجعة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="428"/>
        <location filename="../../dpo_desk/ui/records/forms.py" line="743"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="439"/>
        <source>Finalité</source>
        <translation>الغاية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="442"/>
        <source>Justification (obligatoire pour l&apos;intérêt légitime)</source>
        <translation>التبرير (إلزامي للمصلحة المشروعة)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="452"/>
        <source>Nom du destinataire</source>
        <translation>اسم المرسل إليه</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="466"/>
        <source>à compter de… (ex. après la dernière connexion)</source>
        <translation>ابتداء من… (مثلا بعد آخر اتصال)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="470"/>
        <source>Précision (ex. factures)</source>
        <translation>توضيح (مثلا الفواتير)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="526"/>
        <source>Inscrit au registre le {created} ; dernière modification le {updated}.</source>
        <translation>قُيِّد في السجل في {created}؛ آخر تعديل في {updated}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="607"/>
        <source>Ces catégories de données relèvent de l&apos;autorisation préalable de la CNDP (loi 09-08 art. 12).</source>
        <translation>تخضع فئات المعطيات هذه للإذن المسبق من اللجنة الوطنية (المادة 12 من القانون رقم 09.08).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="632"/>
        <source>ex. Stripe</source>
        <translation>مثال: Stripe</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="635"/>
        <source>Service fourni</source>
        <translation>الخدمة المقدمة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="639"/>
        <source>Interlocuteur, e-mail</source>
        <translation>المخاطَب، البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="643"/>
        <source>DPO du sous-traitant</source>
        <translation>مندوب المعالج من الباطن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="660"/>
        <source>Contrat de sous-traitance (DPA) signé</source>
        <translation>عقد المعالجة من الباطن (DPA) موقع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="664"/>
        <source>Signé le</source>
        <translation>تاريخ التوقيع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="668"/>
        <source>Prend fin le</source>
        <translation>ينتهي في</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="676"/>
        <source>Une par ligne : PCI DSS, ISO 27001…</source>
        <translation>واحدة في كل سطر: PCI DSS، ISO 27001…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="683"/>
        <source>Un par ligne, avec son pays</source>
        <translation>واحد في كل سطر، مع بلده</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="687"/>
        <source>Prévue le</source>
        <translation>مقررة في</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="706"/>
        <source>Le sous-traitant</source>
        <translation>المعالج من الباطن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="709"/>
        <source>Service</source>
        <translation>المصلحة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="710"/>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="711"/>
        <source>DPO</source>
        <translation>المندوب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="714"/>
        <source>Pays de traitement</source>
        <translation>بلدان المعالجة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="722"/>
        <source>Données confiées</source>
        <translation>المعطيات المعهود بها</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="729"/>
        <source>Garanties et suivi</source>
        <translation>الضمانات والتتبع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="733"/>
        <source>Certifications</source>
        <translation>الشهادات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="737"/>
        <source>Sous-traitants ultérieurs</source>
        <translation>المعالجون من الباطن اللاحقون</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="741"/>
        <source>Prochaine revue</source>
        <translation>المراجعة المقبلة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="750"/>
        <source>Contrat (RGPD art. 28 ; loi 09-08 art. 23)</source>
        <translation>العقد (المادة 28 من RGPD؛ المادة 23 من القانون رقم 09.08)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="755"/>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="756"/>
        <source>Échéance</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="761"/>
        <source>Clauses de l&apos;article 28(3) vérifiées</source>
        <translation>تم التحقق من بنود المادة 28(3)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/forms.py" line="790"/>
        <source>Contrat terminé le {date}.</source>
        <translation>انتهى العقد في {date}.</translation>
    </message>
</context>
<context>
    <name>RegisterSection</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="215"/>
        <source>Rechercher</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="246"/>
        <source>Aucune fiche ne correspond</source>
        <translation>لا توجد بطاقة مطابقة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="247"/>
        <source>Aucune fiche ne répond à ces critères de recherche et de filtre.</source>
        <translation>لا توجد بطاقة تطابق معايير البحث والفرز هذه.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="248"/>
        <source>Effacer les filtres</source>
        <translation>مسح عوامل الفرز</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="335"/>
        <source>À regarder</source>
        <translation>للمتابعة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="354"/>
        <source>Fiche</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="375"/>
        <source>Aucun.</source>
        <translation>لا شيء.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="455"/>
        <source>Retirer le transfert ?</source>
        <translation>إزالة النقل؟</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="457"/>
        <source>Le transfert « {transfer} » sera retiré du registre ; le journal gardera la trace de ce retrait.</source>
        <translation>سيُزال النقل « ⁨{transfer}⁩ » من السجل؛ وسيحتفظ سجل العمليات بأثر هذه الإزالة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="460"/>
        <source>Retirer</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="768"/>
        <source>{register} — {name}</source>
        <translation>{register} — {name}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="780"/>
        <source>{label} n&apos;existe plus dans le registre : les modifications conservées sont abandonnées.</source>
        <translation>{label} لم يعد موجودًا في السجل: أُلغيت التعديلات المحتفَظ بها.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/register_base.py" line="788"/>
        <source>{label} : le formulaire n&apos;a pas pu être rouvert.</source>
        <translation>{label}: تعذّرت إعادة فتح النموذج.</translation>
    </message>
</context>
<context>
    <name>RegisterTexts</name>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="63"/>
        <source>Déclaration</source>
        <translation>تصريح</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="64"/>
        <source>Autorisation</source>
        <translation>إذن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="70"/>
        <source>Aucun mécanisme enregistré</source>
        <translation>لا توجد آلية مسجلة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="83"/>
        <source>jour(s)</source>
        <translation>يوم (أيام)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="84"/>
        <source>mois</source>
        <translation>شهر (أشهر)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="85"/>
        <source>an(s)</source>
        <translation>سنة (سنوات)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="111"/>
        <source>{category} : {duration}</source>
        <translation>{category}: {duration}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="149"/>
        <source>Transfert non encadré</source>
        <translation>نقل غير مؤطر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="152"/>
        <source>Sans contrat (DPA)</source>
        <translation>بدون عقد (DPA)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="153"/>
        <source>Clauses manquantes</source>
        <translation>بنود ناقصة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="154"/>
        <source>Revue en retard</source>
        <translation>مراجعة متأخرة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="155"/>
        <source>Données non restituées</source>
        <translation>معطيات غير مُرجعة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="158"/>
        <source>Autorisation requise</source>
        <translation>إذن مطلوب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/texts.py" line="161"/>
        <source>AIPD à réaliser</source>
        <translation>تقييم الأثر مطلوب إنجازه</translation>
    </message>
</context>
<context>
    <name>RegistersCard</name>
    <message>
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="55"/>
        <source>Registres</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="60"/>
        <source>Revues à faire</source>
        <translation>مراجعات يتعين إجراؤها</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="61"/>
        <source>Contrats de sous-traitance manquants</source>
        <translation>عقود معالجة من الباطن ناقصة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="64"/>
        <source>Traitements et sous-traitants dont la revue est en retard</source>
        <translation>معالجات ومعالجون من الباطن تأخرت مراجعتهم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="67"/>
        <source>Sous-traitants actifs sans contrat signé, ou au contrat échu (RGPD art. 28)</source>
        <translation>معالجون من الباطن نشطون دون عقد موقع أو بعقد منتهٍ (المادة 28 من RGPD)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="62"/>
        <source>Transferts non encadrés</source>
        <translation>عمليات نقل غير مؤطرة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="70"/>
        <source>Transferts vers un pays non reconnu adéquat sans autorisation de la CNDP ni exception, ou sans mécanisme enregistré (loi 09-08 art. 43-44 ; RGPD art. 44-49)</source>
        <translation>عمليات نقل نحو بلد غير معترف بملاءمته دون إذن من اللجنة الوطنية ولا استثناء، أو دون آلية مسجلة (المادتان 43-44 من القانون رقم 09.08؛ المواد 44-49 من RGPD)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="74"/>
        <source>Formalités CNDP à accomplir</source>
        <translation>إجراءات CNDP الواجب إنجازها</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="77"/>
        <source>Déclarations et autorisations à déposer auprès de la CNDP, et modifications à déclarer après un récépissé (loi 09-08 art. 12, 15 et 43-44)</source>
        <translation>تصريحات وطلبات إذن يتعين إيداعها لدى اللجنة الوطنية، وتعديلات يتعين التصريح بها بعد الحصول على وصل (المواد 12 و15 و43-44 من القانون رقم 09.08)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="137"/>
        <source>{activities}, {processors}</source>
        <translation>{activities}، {processors}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="138"/>
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="195"/>
        <source>%n traitement(s)</source>
        <translation>
            <numerusform>معالجات: %n</numerusform>
            <numerusform>معالجات: %n</numerusform>
            <numerusform>معالجات: %n</numerusform>
            <numerusform>معالجات: %n</numerusform>
            <numerusform>معالجات: %n</numerusform>
            <numerusform>معالجات: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="139"/>
        <source>%n sous-traitant(s)</source>
        <translation>
            <numerusform>معالجون من الباطن: %n</numerusform>
            <numerusform>معالجون من الباطن: %n</numerusform>
            <numerusform>معالجون من الباطن: %n</numerusform>
            <numerusform>معالجون من الباطن: %n</numerusform>
            <numerusform>معالجون من الباطن: %n</numerusform>
            <numerusform>معالجون من الباطن: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="190"/>
        <source>%n formalité(s) à déposer</source>
        <translation>
            <numerusform>إجراءات يتعين إيداعها: %n</numerusform>
            <numerusform>إجراءات يتعين إيداعها: %n</numerusform>
            <numerusform>إجراءات يتعين إيداعها: %n</numerusform>
            <numerusform>إجراءات يتعين إيداعها: %n</numerusform>
            <numerusform>إجراءات يتعين إيداعها: %n</numerusform>
            <numerusform>إجراءات يتعين إيداعها: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/records/dashboard_card.py" line="192"/>
        <source>%n modification(s) à déclarer</source>
        <translation>
            <numerusform>تعديلات يتعين التصريح بها: %n</numerusform>
            <numerusform>تعديلات يتعين التصريح بها: %n</numerusform>
            <numerusform>تعديلات يتعين التصريح بها: %n</numerusform>
            <numerusform>تعديلات يتعين التصريح بها: %n</numerusform>
            <numerusform>تعديلات يتعين التصريح بها: %n</numerusform>
            <numerusform>تعديلات يتعين التصريح بها: %n</numerusform>
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
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="118"/>
        <source>Tout le fichier est rechiffré avec la nouvelle phrase, puis vérifié. Les sauvegardes faites ailleurs (Sauvegarder maintenant…) gardent l&apos;ancienne : conservez-la avec elles.</source>
        <translation>يُعاد تشفير الملف كله بعبارة المرور الجديدة، ثم يُتحقق منه. النسخ الاحتياطية المنجزة في مكان آخر (نسخ احتياطي الآن…) تحتفظ بالعبارة القديمة: احتفظ بها معها.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="126"/>
        <source>Au moins {minimum} caractères</source>
        <translation>{minimum} حرفا على الأقل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="129"/>
        <source>La même, une seconde fois</source>
        <translation>العبارة نفسها مرة ثانية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="132"/>
        <source>Phrase actuelle</source>
        <translation>العبارة الحالية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="133"/>
        <source>Nouvelle phrase</source>
        <translation>العبارة الجديدة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="134"/>
        <source>Confirmation</source>
        <translation>التأكيد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="145"/>
        <source>Rechiffrer aussi les %n sauvegarde(s) conservée(s)</source>
        <translation>
            <numerusform>إعادة تشفير النسخ الاحتياطية المحفوظة أيضا</numerusform>
            <numerusform>إعادة تشفير النسخة الاحتياطية المحفوظة أيضا</numerusform>
            <numerusform>إعادة تشفير النسختين الاحتياطيتين المحفوظتين أيضا</numerusform>
            <numerusform>إعادة تشفير النسخ الاحتياطية المحفوظة (%n) أيضا</numerusform>
            <numerusform>إعادة تشفير النسخ الاحتياطية المحفوظة (%n) أيضا</numerusform>
            <numerusform>إعادة تشفير النسخ الاحتياطية المحفوظة (%n) أيضا</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="149"/>
        <source>Les sauvegardes automatiques du dossier {folder} seront chiffrées avec la nouvelle phrase : l&apos;ancienne n&apos;ouvrira plus aucune d&apos;elles.</source>
        <translation>ستُشفر النسخ الاحتياطية التلقائية في المجلد ⁨{folder}⁩ بعبارة المرور الجديدة: لن تفتح العبارة القديمة أيا منها بعد الآن.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="162"/>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="175"/>
        <source>Minimum {minimum} caractères.</source>
        <translation>{minimum} حرفا على الأقل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="177"/>
        <source>{label} : {count} caractères sur {minimum} au minimum.</source>
        <translation>{label}: {count} حرفا من أصل {minimum} على الأقل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="181"/>
        <source>Robustesse : {label}</source>
        <translation>المتانة: {label}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="186"/>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="214"/>
        <source>Les deux saisies diffèrent.</source>
        <translation>الإدخالان مختلفان.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="196"/>
        <source>La nouvelle phrase secrète doit compter au moins {minimum} caractères.</source>
        <translation>يجب أن تتكون عبارة المرور الجديدة من {minimum} حرفا على الأقل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="224"/>
        <source>Rechiffrement en cours…</source>
        <translation>إعادة التشفير جارية…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/passphrase_dialogs.py" line="246"/>
        <source>Phrase secrète changée. Rechiffrement des sauvegardes : {done} sur {total}…</source>
        <translation>تم تغيير عبارة المرور. إعادة تشفير النسخ الاحتياطية: {done} من {total}…</translation>
    </message>
</context>
<context>
    <name>RememberCheckBox</name>
    <message>
        <location filename="../../dpo_desk/ui/widgets.py" line="516"/>
        <source>Se souvenir sur cet ordinateur</source>
        <translation>التذكر على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/widgets.py" line="521"/>
        <source>La phrase secrète est confiée au trousseau sécurisé du système ; le registre s&apos;ouvrira sans la redemander sur cette session.</source>
        <translation>تُحفظ عبارة المرور في حافظة المفاتيح الآمنة للنظام؛ سيُفتح السجل دون طلبها من جديد خلال هذه الجلسة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/widgets.py" line="530"/>
        <source>Aucun trousseau sécurisé n&apos;est disponible sur cet ordinateur : la phrase secrète sera demandée à chaque ouverture. DPO Desk ne l&apos;enregistre jamais en clair.</source>
        <translation>لا تتوفر حافظة مفاتيح آمنة على هذا الحاسوب: ستُطلب عبارة المرور عند كل فتح. لا يحفظها DPO Desk أبدا بشكل غير مشفر.</translation>
    </message>
</context>
<context>
    <name>ReminderKind</name>
    <message>
        <location filename="../../dpo_desk/domain/reminders.py" line="46"/>
        <source>Demandes de droits</source>
        <translation>طلبات ممارسة الحقوق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/reminders.py" line="47"/>
        <source>Violations (délai de 72 heures)</source>
        <translation>الانتهاكات (أجل 72 ساعة)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/reminders.py" line="48"/>
        <source>Revues des sous-traitants</source>
        <translation>مراجعات المعالجين من الباطن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/reminders.py" line="49"/>
        <source>Fins de contrat</source>
        <translation>نهايات العقود</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/reminders.py" line="50"/>
        <source>Revues des traitements</source>
        <translation>مراجعات المعالجات</translation>
    </message>
</context>
<context>
    <name>ReminderSummary</name>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="458"/>
        <source>Échéances à surveiller</source>
        <extracomment>section key, reference or list preset (&quot;preset:overdue&quot;, &quot;&quot;) the DPO unticked &quot;show at each unlock&quot; (already saved in the preferences)</extracomment>
        <translation>الآجال الواجب متابعتها</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="463"/>
        <source>%n échéance(s) à surveiller au {date}</source>
        <translation>
            <numerusform>%n أجل للمتابعة بتاريخ {date}</numerusform>
            <numerusform>أجل واحد للمتابعة بتاريخ {date}</numerusform>
            <numerusform>أجلان للمتابعة بتاريخ {date}</numerusform>
            <numerusform>%n آجال للمتابعة بتاريخ {date}</numerusform>
            <numerusform>%n أجلا للمتابعة بتاريخ {date}</numerusform>
            <numerusform>%n أجل للمتابعة بتاريخ {date}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="493"/>
        <source>Afficher ce résumé à chaque déverrouillage</source>
        <translation>عرض هذا الملخص عند كل فتح للقفل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="496"/>
        <source>Fermer</source>
        <translation>إغلاق</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="520"/>
        <source>En retard : %n</source>
        <translation>
            <numerusform>متأخرة: %n</numerusform>
            <numerusform>متأخرة: %n</numerusform>
            <numerusform>متأخرة: %n</numerusform>
            <numerusform>متأخرة: %n</numerusform>
            <numerusform>متأخرة: %n</numerusform>
            <numerusform>متأخرة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="521"/>
        <source>Aujourd&apos;hui : %n</source>
        <translation>
            <numerusform>اليوم: %n</numerusform>
            <numerusform>اليوم: %n</numerusform>
            <numerusform>اليوم: %n</numerusform>
            <numerusform>اليوم: %n</numerusform>
            <numerusform>اليوم: %n</numerusform>
            <numerusform>اليوم: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="524"/>
        <source>Dans les {days} prochains jours : %n</source>
        <translation>
            <numerusform>خلال {days} أيام: %n</numerusform>
            <numerusform>خلال {days} أيام: %n</numerusform>
            <numerusform>خلال {days} أيام: %n</numerusform>
            <numerusform>خلال {days} أيام: %n</numerusform>
            <numerusform>خلال {days} أيام: %n</numerusform>
            <numerusform>خلال {days} أيام: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="556"/>
        <source>Demandes en retard</source>
        <translation>الطلبات المتأخرة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="558"/>
        <source>Échéances de la semaine</source>
        <translation>آجال هذا الأسبوع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="561"/>
        <source>Ouvrir les violations</source>
        <translation>عرض الانتهاكات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="563"/>
        <source>Ouvrir les traitements</source>
        <translation>عرض المعالجات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="564"/>
        <source>Ouvrir les sous-traitants</source>
        <translation>عرض المعالجين من الباطن</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="113"/>
        <source>délai légal</source>
        <extracomment>Whether the summary opens by itself at unlock. The test suite turns it off (tests/conftest.py): a window opening on its own would take the focus from the test&apos;s; a test asks for the summary with ``show_summary``, or turns this back on.</extracomment>
        <translation>أجل قانوني</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="114"/>
        <source>délai de politique interne</source>
        <translation>أجل السياسة الداخلية</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="124"/>
        <source>Demande {reference} : échéance dépassée de %n jour(s) ({basis}).</source>
        <translation>
            <numerusform>الطلب {reference}‏: تم تجاوز الأجل بـ %n يوم ({basis}).</numerusform>
            <numerusform>الطلب {reference}‏: تم تجاوز الأجل بيوم واحد ({basis}).</numerusform>
            <numerusform>الطلب {reference}‏: تم تجاوز الأجل بيومين ({basis}).</numerusform>
            <numerusform>الطلب {reference}‏: تم تجاوز الأجل بـ %n أيام ({basis}).</numerusform>
            <numerusform>الطلب {reference}‏: تم تجاوز الأجل بـ %n يوما ({basis}).</numerusform>
            <numerusform>الطلب {reference}‏: تم تجاوز الأجل بـ %n يوم ({basis}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="131"/>
        <source>Demande {reference} : échéance aujourd&apos;hui ({basis}).</source>
        <translation>الطلب {reference}‏: يحل الأجل اليوم ({basis}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="135"/>
        <source>Demande {reference} : échéance dans %n jour(s), le {date} ({basis}).</source>
        <translation>
            <numerusform>الطلب {reference}‏: يحل الأجل بعد %n يوم، في {date} ({basis}).</numerusform>
            <numerusform>الطلب {reference}‏: يحل الأجل بعد يوم واحد، في {date} ({basis}).</numerusform>
            <numerusform>الطلب {reference}‏: يحل الأجل بعد يومين، في {date} ({basis}).</numerusform>
            <numerusform>الطلب {reference}‏: يحل الأجل بعد %n أيام، في {date} ({basis}).</numerusform>
            <numerusform>الطلب {reference}‏: يحل الأجل بعد %n يوما، في {date} ({basis}).</numerusform>
            <numerusform>الطلب {reference}‏: يحل الأجل بعد %n يوم، في {date} ({basis}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="144"/>
        <source>Sous-traitant {reference} : revue en retard de %n jour(s).</source>
        <translation>
            <numerusform>المعالج من الباطن {reference}‏: تأخرت المراجعة بـ %n يوم.</numerusform>
            <numerusform>المعالج من الباطن {reference}‏: تأخرت المراجعة بيوم واحد.</numerusform>
            <numerusform>المعالج من الباطن {reference}‏: تأخرت المراجعة بيومين.</numerusform>
            <numerusform>المعالج من الباطن {reference}‏: تأخرت المراجعة بـ %n أيام.</numerusform>
            <numerusform>المعالج من الباطن {reference}‏: تأخرت المراجعة بـ %n يوما.</numerusform>
            <numerusform>المعالج من الباطن {reference}‏: تأخرت المراجعة بـ %n يوم.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="151"/>
        <source>Sous-traitant {reference} : revue prévue aujourd&apos;hui.</source>
        <translation>المعالج من الباطن {reference}‏: المراجعة مقررة اليوم.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="155"/>
        <source>Sous-traitant {reference} : revue prévue dans %n jour(s), le {date}.</source>
        <translation>
            <numerusform>المعالج من الباطن {reference}‏: المراجعة مقررة بعد %n يوم، في {date}.</numerusform>
            <numerusform>المعالج من الباطن {reference}‏: المراجعة مقررة بعد يوم واحد، في {date}.</numerusform>
            <numerusform>المعالج من الباطن {reference}‏: المراجعة مقررة بعد يومين، في {date}.</numerusform>
            <numerusform>المعالج من الباطن {reference}‏: المراجعة مقررة بعد %n أيام، في {date}.</numerusform>
            <numerusform>المعالج من الباطن {reference}‏: المراجعة مقررة بعد %n يوما، في {date}.</numerusform>
            <numerusform>المعالج من الباطن {reference}‏: المراجعة مقررة بعد %n يوم، في {date}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="164"/>
        <source>Sous-traitant {reference} : fin du contrat dépassée de %n jour(s) ; enregistrez-la ou mettez la date à jour.</source>
        <translation>
            <numerusform>المعالج من الباطن {reference}‏: تم تجاوز تاريخ نهاية العقد بـ %n يوم؛ سجّل نهاية العقد أو حيّن التاريخ.</numerusform>
            <numerusform>المعالج من الباطن {reference}‏: تم تجاوز تاريخ نهاية العقد بيوم واحد؛ سجّل نهاية العقد أو حيّن التاريخ.</numerusform>
            <numerusform>المعالج من الباطن {reference}‏: تم تجاوز تاريخ نهاية العقد بيومين؛ سجّل نهاية العقد أو حيّن التاريخ.</numerusform>
            <numerusform>المعالج من الباطن {reference}‏: تم تجاوز تاريخ نهاية العقد بـ %n أيام؛ سجّل نهاية العقد أو حيّن التاريخ.</numerusform>
            <numerusform>المعالج من الباطن {reference}‏: تم تجاوز تاريخ نهاية العقد بـ %n يوما؛ سجّل نهاية العقد أو حيّن التاريخ.</numerusform>
            <numerusform>المعالج من الباطن {reference}‏: تم تجاوز تاريخ نهاية العقد بـ %n يوم؛ سجّل نهاية العقد أو حيّن التاريخ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="172"/>
        <source>Sous-traitant {reference} : le contrat prend fin aujourd&apos;hui.</source>
        <translation>المعالج من الباطن {reference}‏: ينتهي العقد اليوم.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="176"/>
        <source>Sous-traitant {reference} : fin du contrat dans %n jour(s), le {date}.</source>
        <translation>
            <numerusform>المعالج من الباطن {reference}‏: ينتهي العقد بعد %n يوم، في {date}.</numerusform>
            <numerusform>المعالج من الباطن {reference}‏: ينتهي العقد بعد يوم واحد، في {date}.</numerusform>
            <numerusform>المعالج من الباطن {reference}‏: ينتهي العقد بعد يومين، في {date}.</numerusform>
            <numerusform>المعالج من الباطن {reference}‏: ينتهي العقد بعد %n أيام، في {date}.</numerusform>
            <numerusform>المعالج من الباطن {reference}‏: ينتهي العقد بعد %n يوما، في {date}.</numerusform>
            <numerusform>المعالج من الباطن {reference}‏: ينتهي العقد بعد %n يوم، في {date}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="185"/>
        <source>Traitement {reference} : revue en retard de %n jour(s) (politique interne).</source>
        <translation>
            <numerusform>المعالجة {reference}‏: تأخرت المراجعة بـ %n يوم (سياسة داخلية).</numerusform>
            <numerusform>المعالجة {reference}‏: تأخرت المراجعة بيوم واحد (سياسة داخلية).</numerusform>
            <numerusform>المعالجة {reference}‏: تأخرت المراجعة بيومين (سياسة داخلية).</numerusform>
            <numerusform>المعالجة {reference}‏: تأخرت المراجعة بـ %n أيام (سياسة داخلية).</numerusform>
            <numerusform>المعالجة {reference}‏: تأخرت المراجعة بـ %n يوما (سياسة داخلية).</numerusform>
            <numerusform>المعالجة {reference}‏: تأخرت المراجعة بـ %n يوم (سياسة داخلية).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders.py" line="192"/>
        <source>Traitement {reference} : revue prévue aujourd&apos;hui (politique interne).</source>
        <translation>المعالجة {reference}‏: المراجعة مقررة اليوم (سياسة داخلية).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="196"/>
        <source>Traitement {reference} : revue prévue dans %n jour(s), le {date} (politique interne).</source>
        <translation>
            <numerusform>المعالجة {reference}‏: المراجعة مقررة بعد %n يوم، في {date} (سياسة داخلية).</numerusform>
            <numerusform>المعالجة {reference}‏: المراجعة مقررة بعد يوم واحد، في {date} (سياسة داخلية).</numerusform>
            <numerusform>المعالجة {reference}‏: المراجعة مقررة بعد يومين، في {date} (سياسة داخلية).</numerusform>
            <numerusform>المعالجة {reference}‏: المراجعة مقررة بعد %n أيام، في {date} (سياسة داخلية).</numerusform>
            <numerusform>المعالجة {reference}‏: المراجعة مقررة بعد %n يوما، في {date} (سياسة داخلية).</numerusform>
            <numerusform>المعالجة {reference}‏: المراجعة مقررة بعد %n يوم، في {date} (سياسة داخلية).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="210"/>
        <location filename="../../dpo_desk/ui/reminders.py" line="581"/>
        <source>et %n autre(s)</source>
        <translation>
            <numerusform>و%n مرجع آخر</numerusform>
            <numerusform>ومرجع آخر</numerusform>
            <numerusform>ومرجعان آخران</numerusform>
            <numerusform>و%n مراجع أخرى</numerusform>
            <numerusform>و%n مرجعا آخر</numerusform>
            <numerusform>و%n مرجع آخر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="236"/>
        <source>%n en retard</source>
        <translation>
            <numerusform>متأخرة (%n)</numerusform>
            <numerusform>متأخرة (%n)</numerusform>
            <numerusform>متأخرة (%n)</numerusform>
            <numerusform>متأخرة (%n)</numerusform>
            <numerusform>متأخرة (%n)</numerusform>
            <numerusform>متأخرة (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="238"/>
        <source>%n aujourd&apos;hui</source>
        <translation>
            <numerusform>اليوم (%n)</numerusform>
            <numerusform>اليوم (%n)</numerusform>
            <numerusform>اليوم (%n)</numerusform>
            <numerusform>اليوم (%n)</numerusform>
            <numerusform>اليوم (%n)</numerusform>
            <numerusform>اليوم (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders.py" line="241"/>
        <source>%n d&apos;ici le {date}</source>
        <translation>
            <numerusform>حتى {date} (%n)</numerusform>
            <numerusform>حتى {date} (%n)</numerusform>
            <numerusform>حتى {date} (%n)</numerusform>
            <numerusform>حتى {date} (%n)</numerusform>
            <numerusform>حتى {date} (%n)</numerusform>
            <numerusform>حتى {date} (%n)</numerusform>
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
            <numerusform>DPO Desk — %n تذكير</numerusform>
            <numerusform>DPO Desk — تذكير واحد</numerusform>
            <numerusform>DPO Desk — تذكيران</numerusform>
            <numerusform>DPO Desk — %n تذكيرات</numerusform>
            <numerusform>DPO Desk — %n تذكيرا</numerusform>
            <numerusform>DPO Desk — %n تذكير</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersCard</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/reminders.py" line="48"/>
        <source>Rappels</source>
        <extracomment>a choice changed and was saved</extracomment>
        <translation>التذكيرات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/reminders.py" line="50"/>
        <source>Tant que DPO Desk est ouvert et le registre déverrouillé, une notification du bureau rappelle les échéances : aux délais choisis ci-dessous, le jour même, puis une fois par jour en cas de retard. Les violations gardent leurs alertes 24 heures et 6 heures avant la fin des 72 heures. Une notification ne cite que la référence (DSR-…, VIO-…, ou #12 pour un sous-traitant ou un traitement), jamais une personne. Ces choix valent pour cet ordinateur.</source>
        <translation>ما دام DPO Desk مفتوحا والسجل غير مقفل، يذكّرك إشعار على سطح المكتب بالآجال: قبل حلولها بعدد الأيام المختار أدناه، وفي يوم حلولها، ثم مرة كل يوم في حالة التأخير. وتحتفظ الانتهاكات بتنبيهاتها قبل انتهاء أجل 72 ساعة بـ 24 ساعة وبـ 6 ساعات. لا يذكر الإشعار إلا المرجع (DSR-…، VIO-…، أو #12 بالنسبة لمعالج من الباطن أو لمعالجة)، ولا يذكر أبدا أي شخص. تسري هذه الاختيارات على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/reminders.py" line="72"/>
        <source>aucun</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/reminders.py" line="81"/>
        <location filename="../../dpo_desk/ui/settings/reminders.py" line="85"/>
        <source>jours avant l&apos;échéance</source>
        <translation>يوم قبل الأجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/reminders.py" line="80"/>
        <source>Demandes, premier rappel</source>
        <translation>الطلبات، التذكير الأول</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/reminders.py" line="84"/>
        <source>Demandes, second rappel</source>
        <translation>الطلبات، التذكير الثاني</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/reminders.py" line="91"/>
        <source>Sous-traitants et traitements</source>
        <translation>المعالجون من الباطن والمعالجات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/reminders.py" line="92"/>
        <source>jours avant la revue ou la fin du contrat</source>
        <translation>يوم قبل المراجعة أو نهاية العقد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/reminders.py" line="97"/>
        <source>Afficher un résumé des échéances à chaque déverrouillage</source>
        <translation>عرض ملخص الآجال عند كل فتح للقفل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/reminders.py" line="118"/>
        <source>Jours avant l&apos;échéance</source>
        <translation>عدد الأيام قبل الأجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/reminders.py" line="129"/>
        <source>Rappels enregistrés sur cet ordinateur.</source>
        <translation>حُفظت إعدادات التذكير على هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="107"/>
        <source>‹  Toutes les demandes</source>
        <extracomment>show another section&apos;s item: (&quot;processing&quot;, &quot;#12&quot;) from &quot;Traitements concernés&quot;</extracomment>
        <translation>‹  جميع الطلبات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="43"/>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="128"/>
        <source>Pourquoi cette date ?</source>
        <translation>لماذا هذا التاريخ؟</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="123"/>
        <source>Détails de la demande</source>
        <translation>تفاصيل الطلب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="127"/>
        <source>Régime *</source>
        <translation>القانون المطبق *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="128"/>
        <source>Droits exercés *</source>
        <translation>الحقوق الممارَسة *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="129"/>
        <source>Reçue par</source>
        <translation>وردت عبر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="130"/>
        <source>Reçue le *</source>
        <translation>تاريخ التوصل *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="131"/>
        <source>Demandeur *</source>
        <translation>صاحب الطلب *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="50"/>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="132"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="51"/>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="133"/>
        <source>Téléphone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="52"/>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="134"/>
        <source>Adresse</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="135"/>
        <source>Agit en tant que</source>
        <translation>بصفته</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="54"/>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="136"/>
        <source>Personne concernée</source>
        <translation>الشخص المعني</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="55"/>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="137"/>
        <source>Suivie par</source>
        <translation>المكلف بالمتابعة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="56"/>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="138"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="149"/>
        <source>Recharger</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="150"/>
        <source>Abandonner la saisie et relire la demande</source>
        <translation>التخلي عن الإدخال وإعادة قراءة الطلب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="153"/>
        <source>Annuler les modifications</source>
        <translation>إلغاء التعديلات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="155"/>
        <source>Enregistrer</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="167"/>
        <source>Journal de la demande</source>
        <translation>سجل عمليات الطلب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="178"/>
        <source>Suite à donner</source>
        <translation>الإجراء التالي</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="187"/>
        <source>Rédiger un courrier…</source>
        <translation>تحرير رسالة…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="232"/>
        <source>{reference} (réf. externe {external})</source>
        <translation>{reference} (المرجع الخارجي {external})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/follow_up.py" line="20"/>
        <source>Suivi</source>
        <translation>التتبع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/follow_up.py" line="27"/>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="58"/>
        <source>Identité</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/follow_up.py" line="28"/>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="59"/>
        <source>Pièce</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/follow_up.py" line="29"/>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="60"/>
        <source>Vérifiée le</source>
        <translation>تاريخ التحقق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/follow_up.py" line="30"/>
        <source>Suspensions</source>
        <translation>حالات الإيقاف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/follow_up.py" line="31"/>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="61"/>
        <source>Prorogée le</source>
        <translation>تاريخ التمديد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/follow_up.py" line="34"/>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="62"/>
        <source>Motif de prorogation</source>
        <translation>سبب التمديد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/follow_up.py" line="36"/>
        <source>Réponse</source>
        <translation>الرد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/follow_up.py" line="37"/>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="65"/>
        <source>Motif du refus</source>
        <translation>سبب الرفض</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="24"/>
        <source>Demande enregistrée</source>
        <translation>تسجيل الطلب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="25"/>
        <source>Détails modifiés</source>
        <translation>تعديل التفاصيل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="26"/>
        <source>Justificatif d&apos;identité demandé</source>
        <translation>طلب إثبات الهوية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="29"/>
        <source>Vérification d&apos;identité</source>
        <translation>التحقق من الهوية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="30"/>
        <source>Changement de statut</source>
        <translation>تغيير الوضعية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="31"/>
        <source>Délai prorogé</source>
        <translation>أجل ممدد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="32"/>
        <source>Réponse envoyée</source>
        <translation>إرسال الرد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="33"/>
        <source>Demande refusée</source>
        <translation>رفض الطلب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="34"/>
        <source>Demande retirée</source>
        <translation>سحب الطلب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="35"/>
        <source>Demande clôturée</source>
        <translation>إغلاق الطلب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="36"/>
        <source>Pièce jointe ajoutée</source>
        <translation>إضافة مرفق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="37"/>
        <source>Pièce jointe supprimée</source>
        <translation>تم حذف المرفق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="38"/>
        <source>Échéance recalculée</source>
        <translation>إعادة حساب الأجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="44"/>
        <source>Statut</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="45"/>
        <source>Droits</source>
        <translation>الحقوق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="46"/>
        <source>Régime</source>
        <translation>القانون المطبق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="47"/>
        <source>Canal</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="48"/>
        <source>Reçue le</source>
        <translation>تاريخ التوصل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="49"/>
        <source>Nom du demandeur</source>
        <translation>اسم صاحب الطلب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="53"/>
        <source>Qualité du demandeur</source>
        <translation>صفة صاحب الطلب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="57"/>
        <source>Échéance</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="63"/>
        <source>Répondue le</source>
        <translation>تاريخ الرد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="64"/>
        <source>Réponse par</source>
        <translation>الرد عبر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/follow_up.py" line="38"/>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="66"/>
        <source>Clôturée le</source>
        <translation>تاريخ الإغلاق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="297"/>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="67"/>
        <source>Pièce jointe n°</source>
        <translation>المرفق رقم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="68"/>
        <source>Nature de la pièce</source>
        <translation>طبيعة المرفق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="69"/>
        <source>Motif de la suppression</source>
        <translation>سبب الحذف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="408"/>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="79"/>
        <source>modifié</source>
        <translation>عُدِّل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/journal.py" line="409"/>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="81"/>
        <source>renseigné</source>
        <translation>مُلئ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="166"/>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="111"/>
        <source>justificatif d&apos;identité</source>
        <translation>إثبات الهوية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="112"/>
        <source>autre pièce</source>
        <translation>مرفق آخر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="132"/>
        <source>{field} : {old} → {new}</source>
        <translation>{field}: {old} ← {new}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="138"/>
        <source>{field} : {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="55"/>
        <source>Pièces jointes</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="59"/>
        <source>Conservées chiffrées dans le registre, 25 Mo au plus par fichier.</source>
        <translation>محفوظة ومشفرة داخل السجل، 25 م.ب كحد أقصى لكل ملف.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="75"/>
        <source>Aucune pièce jointe.</source>
        <translation>لا توجد مرفقات.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="93"/>
        <source>Exporter…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="95"/>
        <source>Enregistrer une copie du fichier, hors du registre</source>
        <translation>حفظ نسخة من الملف خارج السجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="101"/>
        <source>Joindre un fichier…</source>
        <translation>إرفاق ملف…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="108"/>
        <source>Supprimer…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="111"/>
        <source>Supprimer définitivement le fichier du registre</source>
        <translation>حذف الملف نهائيا من السجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="117"/>
        <source>Justificatif d&apos;identité</source>
        <translation>إثبات الهوية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="120"/>
        <source>Le fichier joint est une preuve d&apos;identité : il sera proposé à la suppression une fois la vérification faite.</source>
        <translation>الملف المرفق إثبات للهوية: سيقترح حذفه بمجرد إتمام التحقق.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="274"/>
        <source>« {name} » sera effacée définitivement du registre : son contenu est écrasé dans le fichier et ne pourra pas être récupéré (seule une sauvegarde antérieure le contient encore). Le journal gardera sa taille, son empreinte et le motif, jamais son contenu.</source>
        <translation>سيُمسح « ⁨{name}⁩ » نهائيا من السجل: يُكتب فوق محتواه في الملف ولا يمكن استرجاعه (لا يوجد بعد ذلك إلا في نسخة احتياطية سابقة). سيحتفظ سجل العمليات بحجمه وبصمته وسبب الحذف، ولن يحتفظ أبدا بمحتواه.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="281"/>
        <source>Supprimer</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="243"/>
        <source>{requester} ({role}) pour {subject}</source>
        <translation>{requester} ({role}) نيابة عن {subject}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="254"/>
        <source>reçue le {date}</source>
        <translation>تاريخ التوصل {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="71"/>
        <source>Échéance le {date} — {countdown}</source>
        <translation>الأجل {date} — {countdown}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="76"/>
        <source>Échéance le {date}</source>
        <translation>الأجل {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="84"/>
        <source>Fondement : {citation} (délai légal) — {rule}</source>
        <translation>الأساس: {citation} (أجل قانوني) — {rule}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="89"/>
        <source>Fondement : {citation} — {rule}</source>
        <translation>الأساس: {citation} — {rule}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="100"/>
        <source>La portabilité n&apos;est pas un droit prévu par la loi 09-08 : elle n&apos;est due qu&apos;au titre du RGPD.</source>
        <translation>لا ينص القانون رقم 09.08 على الحق في نقل المعطيات: فهو لا يُستحق إلا بموجب RGPD.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="109"/>
        <source>La portabilité n&apos;est pas un droit prévu par la loi 09-08 : réponse dans le délai de politique interne.</source>
        <translation>لا ينص القانون رقم 09.08 على الحق في نقل المعطيات: يتم الرد داخل أجل السياسة الداخلية.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="126"/>
        <source>Masquer l&apos;explication</source>
        <translation>إخفاء الشرح</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="158"/>
        <source>{regime}, {right} : {date}</source>
        <translation>{regime}، {right}: {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="168"/>
        <source>Le {date} n&apos;est pas un jour ouvré : reporté au jour ouvré suivant.</source>
        <translation>{date} ليس يوم عمل: أُجِّل إلى يوم العمل الموالي.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="175"/>
        <source>Jours chômés passés : {days}.</source>
        <translation>أيام العطل التي تخللت الأجل: {days}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="180"/>
        <source> — retenue</source>
        <translation> — المعتمد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/deadline_card.py" line="147"/>
        <source>Chaque droit, sous chaque régime, a son délai ; la date la plus proche l&apos;emporte.</source>
        <translation>لكل حق، في كل نظام قانوني، أجله؛ والتاريخ الأقرب هو المعتمد.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/follow_up.py" line="55"/>
        <source>depuis le {start}</source>
        <translation>منذ {start}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/follow_up.py" line="61"/>
        <source>du {start} au {end}</source>
        <translation>من {start} إلى {end}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/follow_up.py" line="71"/>
        <source>le {date}, par {channel}</source>
        <translation>في {date}، عبر {channel}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="275"/>
        <source>Demande clôturée : plus aucune étape.</source>
        <translation>طلب مغلق: لا توجد خطوات أخرى.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="277"/>
        <source>Réponse faite : il reste à clôturer la demande.</source>
        <translation>تم الرد: يبقى إغلاق الطلب.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="169"/>
        <source>Justificatif d&apos;identité : à supprimer dès la vérification faite (voir Paramètres ▸ Justificatif d&apos;identité).</source>
        <translation>إثبات الهوية: يحذف بمجرد إتمام التحقق (انظر الإعدادات ▸ إثبات الهوية).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/journal.py" line="148"/>
        <source>{when} — {who}</source>
        <translation>{when} — {who}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="373"/>
        <source>Demande {reference} enregistrée.</source>
        <translation>سُجل الطلب {reference}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/request_detail.py" line="434"/>
        <source>Demande {reference} : {status}.</source>
        <translation>الطلب {reference}: {status}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="193"/>
        <source>Joindre un fichier</source>
        <translation>إرفاق ملف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="216"/>
        <source>Impossible de lire « {name} » : {reason}</source>
        <translation>تعذرت قراءة « {name} »: {reason}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="228"/>
        <source>« {name} » jointe à la demande {reference}.</source>
        <translation>أُرفق « {name} » بالطلب {reference}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="263"/>
        <source>« {name} » supprimée du registre (demande {reference}).</source>
        <translation>حُذف « ⁨{name}⁩ » من السجل (الطلب {reference}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="273"/>
        <source>Supprimer la pièce jointe</source>
        <translation>حذف المرفق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="301"/>
        <source>Exporter la pièce jointe</source>
        <translation>تصدير المرفق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/attachments_card.py" line="310"/>
        <source>Copie enregistrée : {path}</source>
        <translation>حُفظت النسخة: {path}</translation>
    </message>
</context>
<context>
    <name>RequestDialogs</name>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="167"/>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="174"/>
        <source>Cette étape ne peut pas être annulée.</source>
        <translation>لا يمكن التراجع عن هذه الخطوة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="295"/>
        <source>Demander une pièce d&apos;identité</source>
        <translation>طلب وثيقة الهوية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="298"/>
        <source>Identité vérifiée</source>
        <translation>الهوية متحقق منها</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="299"/>
        <source>Identité non vérifiée</source>
        <translation>الهوية غير متحقق منها</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="300"/>
        <source>Commencer le traitement</source>
        <translation>بدء المعالجة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="301"/>
        <source>Proroger le délai</source>
        <translation>تمديد الأجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="302"/>
        <source>Répondre</source>
        <translation>الرد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="303"/>
        <source>Refuser</source>
        <translation>الرفض</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="304"/>
        <source>Retrait par le demandeur</source>
        <translation>سحب من طرف صاحب الطلب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="305"/>
        <source>Clôturer</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="323"/>
        <source>En cas de doute raisonnable sur l&apos;identité du demandeur, une pièce complémentaire peut être demandée (RGPD art. 12(6)). Ne demandez que ce qui est nécessaire : une copie de la CIN suffit le plus souvent.</source>
        <translation>في حالة وجود شك معقول حول هوية صاحب الطلب، يمكن طلب وثيقة إضافية (المادة 12(6) من RGPD). لا تطلب إلا ما هو ضروري: تكفي غالبا نسخة من البطاقة الوطنية للتعريف.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="329"/>
        <source>Demander la pièce</source>
        <translation>طلب الوثيقة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="334"/>
        <source>Pièce demandée</source>
        <translation>الوثيقة المطلوبة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="335"/>
        <source>Copie de la CIN, du passeport, de la carte de séjour…</source>
        <translation>نسخة من البطاقة الوطنية للتعريف، جواز السفر، بطاقة الإقامة…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="349"/>
        <source>L&apos;identité est établie : le traitement de la demande commence.</source>
        <translation>تم إثبات الهوية: تبدأ معالجة الطلب.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="353"/>
        <source>Le justificatif ne permet pas d&apos;établir l&apos;identité. La demande pourra être refusée pour ce motif (RGPD art. 12(6)).</source>
        <translation>لا تسمح الوثيقة بإثبات الهوية. يمكن رفض الطلب لهذا السبب (المادة 12(6) من RGPD).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="363"/>
        <source>Pièce examinée</source>
        <translation>الوثيقة المفحوصة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="364"/>
        <source>CIN présentée, copie reçue par e-mail…</source>
        <translation>أُدليَ بالبطاقة الوطنية، نسخة وردت بالبريد الإلكتروني…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="371"/>
        <source>Date de la vérification</source>
        <translation>تاريخ التحقق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="388"/>
        <source>La demande {reference} passe au statut « En cours de traitement ».</source>
        <translation>ينتقل الطلب {reference} إلى وضعية « قيد المعالجة ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="402"/>
        <source>RGPD art. 12(3) : le délai peut être prolongé de deux mois, compte tenu de la complexité et du nombre de demandes. La prorogation doit être décidée et notifiée au demandeur, motifs à l&apos;appui, dans le premier mois. La loi 09-08 ne prévoit pas de prorogation décidée par le responsable.</source>
        <translation>المادة 12(3) من RGPD: يمكن تمديد الأجل بشهرين، بالنظر إلى تعقيد الطلبات وعددها. يجب أن يُقرَّر التمديد ويُبلَّغ إلى صاحب الطلب، مع ذكر الأسباب، خلال الشهر الأول. لا ينص القانون رقم 09.08 على تمديد يقرره المسؤول عن المعالجة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="409"/>
        <source>Proroger</source>
        <translation>تمديد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="413"/>
        <source>Décidée le</source>
        <translation>تاريخ القرار</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="417"/>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="475"/>
        <source>Motif *</source>
        <translation>السبب *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="418"/>
        <source>Complexité, volume de données, nombre de demandes…</source>
        <translation>التعقيد، حجم المعطيات، عدد الطلبات…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="436"/>
        <source>Enregistre l&apos;envoi de la réponse au demandeur. Le délai cesse de courir à cette date.</source>
        <translation>يسجل إرسال الرد إلى صاحب الطلب. يتوقف سريان الأجل في هذا التاريخ.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="441"/>
        <source>Enregistrer la réponse</source>
        <translation>حفظ الرد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="445"/>
        <source>Répondue le</source>
        <translation>تاريخ الرد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="446"/>
        <source>Envoyée par</source>
        <translation>أُرسل عبر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="463"/>
        <source>Un refus est une réponse : il doit être motivé et informer le demandeur de son droit de saisir la CNDP (RGPD art. 12(4)). Le caractère manifestement infondé ou excessif doit pouvoir être démontré (RGPD art. 12(5)).</source>
        <translation>الرفض ردٌّ على الطلب: يجب أن يكون معللا وأن يُخبر صاحب الطلب بحقه في اللجوء إلى اللجنة الوطنية (المادة 12(4) من RGPD). ويجب أن يكون بالإمكان إثبات أن الطلب لا أساس له بشكل واضح أو أنه مفرط (المادة 12(5) من RGPD).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="469"/>
        <source>Enregistrer le refus</source>
        <translation>حفظ الرفض</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="476"/>
        <source>Choisir un motif…</source>
        <translation>اختر سببا…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="485"/>
        <source>Notifié le</source>
        <translation>تاريخ التبليغ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="486"/>
        <source>Envoyé par</source>
        <translation>أُرسل عبر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="504"/>
        <source>Le demandeur a retiré sa demande {reference}. Conservez sa lettre ou son e-mail de retrait en pièce jointe.</source>
        <translation>سحب صاحب الطلب طلبه {reference}. احتفظ برسالة السحب أو بريده الإلكتروني كمرفق.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="509"/>
        <source>Enregistrer le retrait</source>
        <translation>تسجيل السحب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/dialogs.py" line="520"/>
        <source>La demande {reference} est classée. Elle reste au registre, consultable, avec son journal et ses pièces jointes.</source>
        <translation>حُفظ الطلب {reference}. يبقى في السجل قابلا للاطلاع، مع سجل عملياته ومرفقاته.</translation>
    </message>
</context>
<context>
    <name>RequestFields</name>
    <message>
        <location filename="../../dpo_desk/ui/requests/form.py" line="85"/>
        <source>Le RGPD s&apos;applique aussi lorsque la personne se trouve dans l&apos;Union européenne.</source>
        <translation>يطبق RGPD أيضا عندما يوجد الشخص في الاتحاد الأوروبي.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/form.py" line="97"/>
        <source>Nom et prénom</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/form.py" line="101"/>
        <source>nom@exemple.ma</source>
        <translation>name@example.ma</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/form.py" line="105"/>
        <source>+212 …</source>
        <translation>‎+212 …‎</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/form.py" line="109"/>
        <source>Adresse postale, pour une réponse par courrier</source>
        <translation>العنوان البريدي، للرد بالبريد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/form.py" line="118"/>
        <source>La personne dont les données sont en cause</source>
        <translation>الشخص الذي تتعلق به المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/form.py" line="124"/>
        <source>Qui instruit la demande</source>
        <translation>من يتولى دراسة الطلب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/form.py" line="129"/>
        <source>Objet précis de la demande, échanges, pièces attendues…</source>
        <translation>الموضوع الدقيق للطلب، المراسلات، الوثائق المنتظرة…</translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="117"/>
        <source>Nouvelle</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="118"/>
        <source>En attente du justificatif d&apos;identité</source>
        <translation>في انتظار إثبات الهوية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="121"/>
        <source>En cours de traitement</source>
        <translation>قيد المعالجة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="122"/>
        <source>Délai prorogé</source>
        <translation>أجل ممدد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="123"/>
        <source>Répondue</source>
        <translation>تم الرد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="124"/>
        <source>Refusée</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="125"/>
        <source>Retirée par le demandeur</source>
        <translation>سحبه صاحب الطلب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="126"/>
        <source>Clôturée</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="223"/>
        <source>Une demande au statut « {old} » ne peut pas passer au statut « {new} ».</source>
        <translation>لا يمكن لطلب في وضعية « {old} » أن ينتقل إلى وضعية « {new} ».</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="96"/>
        <source>Cliquer pour trier</source>
        <translation>انقر للترتيب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="100"/>
        <source>Référence</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="101"/>
        <source>Demandeur</source>
        <translation>صاحب الطلب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="102"/>
        <source>Droits</source>
        <translation>الحقوق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="103"/>
        <source>Régime</source>
        <translation>القانون المطبق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="104"/>
        <source>Statut</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="105"/>
        <source>Reçue le</source>
        <translation>تاريخ التوصل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="106"/>
        <source>Échéance</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="107"/>
        <source>Délai</source>
        <translation>الأجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/model.py" line="108"/>
        <source>Suivie par</source>
        <translation>المكلف بالمتابعة</translation>
    </message>
</context>
<context>
    <name>RequestTexts</name>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="50"/>
        <source>Nouvelle</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="51"/>
        <source>Identité demandée</source>
        <translation>طُلبت الهوية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="54"/>
        <source>En cours</source>
        <translation>قيد المعالجة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="55"/>
        <source>Prorogée</source>
        <translation>ممدد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="56"/>
        <source>Répondue</source>
        <translation>تم الرد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="57"/>
        <source>Refusée</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="58"/>
        <source>Retirée</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="59"/>
        <source>Clôturée</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="71"/>
        <source>Accès</source>
        <translation>الولوج</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="72"/>
        <source>Rectification</source>
        <translation>التصحيح</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="73"/>
        <source>Effacement</source>
        <translation>المسح</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="74"/>
        <source>Limitation</source>
        <translation>التقييد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="75"/>
        <source>Portabilité</source>
        <translation>النقل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="76"/>
        <source>Opposition</source>
        <translation>التعرض</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="152"/>
        <source>{name} ({date})</source>
        <translation>{name} ({date})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="156"/>
        <source>{holiday}, {estimated}</source>
        <translation>{holiday}، {estimated}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="170"/>
        <source>09-08 + RGPD</source>
        <translation>09.08 + RGPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="201"/>
        <source>{date} à {time}</source>
        <translation>{date} على الساعة {time}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="217"/>
        <source>{size} o</source>
        <translation>{size} بايت</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="219"/>
        <source>{size} Ko</source>
        <translation>{size} ك.ب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="222"/>
        <source>{size} Mo</source>
        <translation>{size} م.ب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="244"/>
        <source>échéance aujourd&apos;hui</source>
        <translation>الأجل اليوم</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/requests/texts.py" line="246"/>
        <source>dans %n j</source>
        <translation>
            <numerusform>خلال %n يوم</numerusform>
            <numerusform>خلال يوم واحد</numerusform>
            <numerusform>خلال يومين</numerusform>
            <numerusform>خلال %n أيام</numerusform>
            <numerusform>خلال %n يوما</numerusform>
            <numerusform>خلال %n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/requests/texts.py" line="247"/>
        <source>%n j de retard</source>
        <translation>
            <numerusform>تأخير %n يوم</numerusform>
            <numerusform>تأخير يوم واحد</numerusform>
            <numerusform>تأخير يومين</numerusform>
            <numerusform>تأخير %n أيام</numerusform>
            <numerusform>تأخير %n يوما</numerusform>
            <numerusform>تأخير %n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/requests/texts.py" line="258"/>
        <source>dans %n jours</source>
        <translation>
            <numerusform>خلال %n يوم</numerusform>
            <numerusform>خلال يوم واحد</numerusform>
            <numerusform>خلال يومين</numerusform>
            <numerusform>خلال %n أيام</numerusform>
            <numerusform>خلال %n يوما</numerusform>
            <numerusform>خلال %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="260"/>
        <source>1 jour de retard</source>
        <translation>تأخير يوم واحد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/requests/texts.py" line="262"/>
        <source>%n jours de retard</source>
        <translation>
            <numerusform>تأخير %n يوم</numerusform>
            <numerusform>تأخير يوم واحد</numerusform>
            <numerusform>تأخير يومين</numerusform>
            <numerusform>تأخير %n أيام</numerusform>
            <numerusform>تأخير %n يوما</numerusform>
            <numerusform>تأخير %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="254"/>
        <source>aujourd&apos;hui</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/requests/texts.py" line="256"/>
        <source>demain</source>
        <translation>غدا</translation>
    </message>
</context>
<context>
    <name>RequesterRole</name>
    <message>
        <location filename="../../dpo_desk/domain/requests/model.py" line="35"/>
        <source>La personne concernée</source>
        <translation>الشخص المعني نفسه</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/model.py" line="36"/>
        <source>Parent ou tuteur</source>
        <translation>أحد الوالدين أو الوصي</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/model.py" line="37"/>
        <source>Avocat ou mandataire</source>
        <translation>محام أو وكيل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/model.py" line="38"/>
        <source>Autre</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>RequestsSection</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/__init__.py" line="101"/>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="100"/>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="184"/>
        <source>Demandes</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="55"/>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="100"/>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="150"/>
        <source>Nouvelle demande</source>
        <translation>طلب جديد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="102"/>
        <source>Enregistrer une demande reçue ({keys})</source>
        <translation>تسجيل طلب وارد ({keys})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="118"/>
        <source>Liste des demandes</source>
        <translation>قائمة الطلبات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="144"/>
        <source>Aucune demande pour l&apos;instant</source>
        <translation>لا توجد طلبات حاليا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="146"/>
        <source>Enregistrez ici chaque demande d&apos;accès, de rectification, d&apos;effacement ou d&apos;opposition dès sa réception : DPO Desk calcule son échéance légale et vous la rappelle.</source>
        <translation>سجّل هنا كل طلب ولوج أو تصحيح أو مسح أو تعرض فور التوصل به: يحتسب DPO Desk أجله القانوني ويذكّرك به.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="155"/>
        <source>Aucune demande ne correspond</source>
        <translation>لا يوجد طلب مطابق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="156"/>
        <source>Aucune demande ne répond à ces critères de recherche et de filtre.</source>
        <translation>لا يوجد طلب يطابق معايير البحث والفرز هذه.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="157"/>
        <source>Effacer les filtres</source>
        <translation>مسح عوامل الفرز</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="229"/>
        <source>1 demande</source>
        <translation>طلب واحد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="230"/>
        <source>{count} demandes</source>
        <translation>العدد: {count}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="319"/>
        <source>Demande {reference} enregistrée — échéance le {date}.</source>
        <translation>سُجل الطلب {reference} — الأجل {date}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="54"/>
        <source>Demande {reference}</source>
        <translation>الطلب {reference}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="56"/>
        <source>Le formulaire de nouvelle demande n&apos;a pas pu être rouvert.</source>
        <translation>تعذّرت إعادة فتح نموذج الطلب الجديد.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="59"/>
        <source>{label} n&apos;existe plus dans le registre : les modifications conservées sont abandonnées.</source>
        <translation>{label} لم يعد موجودًا في السجل: أُلغيت التعديلات المحتفَظ بها.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/requests.py" line="64"/>
        <source>{label} a été clôturée entre-temps : les modifications conservées ne peuvent plus être appliquées.</source>
        <translation>أُغلق {label} في الأثناء: لم يعد بالإمكان تطبيق التعديلات المحتفَظ بها.</translation>
    </message>
</context>
<context>
    <name>RetentionUnit</name>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="219"/>
        <source>{n} jour</source>
        <translation>{n} يوم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="219"/>
        <source>{n} jours</source>
        <translation>{n} يوم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="220"/>
        <source>{n} mois</source>
        <translation>{n} شهر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="221"/>
        <source>{n} an</source>
        <translation>{n} سنة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="221"/>
        <source>{n} ans</source>
        <translation>{n} سنة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/records/texts.py" line="95"/>
        <source>%n jour(s)</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يوما</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/records/texts.py" line="97"/>
        <source>%n mois</source>
        <translation>
            <numerusform>%n شهر</numerusform>
            <numerusform>شهر واحد</numerusform>
            <numerusform>شهران</numerusform>
            <numerusform>%n أشهر</numerusform>
            <numerusform>%n شهرا</numerusform>
            <numerusform>%n شهر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/records/texts.py" line="99"/>
        <source>%n an(s)</source>
        <translation>
            <numerusform>%n سنة</numerusform>
            <numerusform>سنة واحدة</numerusform>
            <numerusform>سنتان</numerusform>
            <numerusform>%n سنوات</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Right</name>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="100"/>
        <source>Droit d&apos;accès</source>
        <translation>حق الولوج</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="101"/>
        <source>Droit de rectification</source>
        <translation>حق التصحيح</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="102"/>
        <source>Droit à l&apos;effacement</source>
        <translation>الحق في المسح</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="103"/>
        <source>Droit à la limitation du traitement</source>
        <translation>الحق في تقييد المعالجة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="104"/>
        <source>Droit à la portabilité</source>
        <translation>الحق في نقل المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/requests/workflow.py" line="105"/>
        <source>Droit d&apos;opposition</source>
        <translation>حق التعرض</translation>
    </message>
</context>
<context>
    <name>RiskLevel</name>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="126"/>
        <source>Risque peu probable</source>
        <translation>خطر غير مرجح</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="127"/>
        <source>Risque</source>
        <translation>خطر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="128"/>
        <source>Risque élevé</source>
        <translation>خطر مرتفع</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/__init__.py" line="95"/>
        <location filename="../../dpo_desk/ui/sections/dashboard.py" line="317"/>
        <source>Tableau de bord</source>
        <extracomment>the translated title, at call time (the language may change between calls) builds the screen; imports its module on the first call</extracomment>
        <translation>لوحة القيادة</translation>
    </message>
</context>
<context>
    <name>SecurityMeasure</name>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="170"/>
        <source>Contrôle d&apos;accès des utilisateurs</source>
        <translation>مراقبة ولوج المستخدمين</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="171"/>
        <source>Mesures de traçabilité</source>
        <translation>تدابير التتبع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="172"/>
        <source>Mesures de protection des logiciels</source>
        <translation>تدابير حماية البرمجيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="173"/>
        <source>Sauvegarde des données</source>
        <translation>النسخ الاحتياطي للمعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="174"/>
        <source>Chiffrement des données</source>
        <translation>تشفير المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="175"/>
        <source>Contrôle des sous-traitants</source>
        <translation>مراقبة المعالجين من الباطن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="176"/>
        <source>Autres mesures</source>
        <translation>تدابير أخرى</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <location filename="../../dpo_desk/ui/sections/__init__.py" line="131"/>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="184"/>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="375"/>
        <source>Paramètres</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="141"/>
        <source>L&apos;organisation et son délégué figurent sur chaque courrier et chaque registre exporté.</source>
        <translation>تظهر المؤسسة ومندوبها على كل رسالة وكل سجل مُصدَّر.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="138"/>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="309"/>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="470"/>
        <source>Organisation et délégué</source>
        <extracomment>A card&apos;s widest: wider, a line of explanation is too long to read comfortably. the organisation as saved, so the window can update what shows its name the navigation&apos;s width bounds; in between, it takes its longest title</extracomment>
        <translation>المؤسسة ومندوب حماية المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="145"/>
        <source>Délais et calendrier</source>
        <translation>الآجال والتقويم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="149"/>
        <source>Courriers</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="157"/>
        <source>Registre des traitements</source>
        <translation>سجل المعالجات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="158"/>
        <source>Rappels</source>
        <translation>التذكيرات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="161"/>
        <source>Sécurité et sauvegarde</source>
        <translation>الأمن والنسخ الاحتياطي</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="164"/>
        <source>Langue</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="188"/>
        <source>Pages des paramètres</source>
        <translation>صفحات الإعدادات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="190"/>
        <source>Flèches haut et bas : changer de page ; Tab : aller à la page.</source>
        <translation>السهمان لأعلى ولأسفل: تغيير الصفحة؛ Tab: الانتقال إلى الصفحة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="312"/>
        <source>Organisation *</source>
        <translation>المؤسسة *</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="313"/>
        <source>Adresse</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="314"/>
        <source>Ville des courriers</source>
        <translation>مدينة الرسائل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="315"/>
        <source>Délégué (DPO)</source>
        <translation>المندوب (DPO)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="316"/>
        <source>E-mail du DPO</source>
        <translation>البريد الإلكتروني للمندوب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="317"/>
        <source>Téléphone du DPO</source>
        <translation>هاتف المندوب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="324"/>
        <source>Annuler les modifications</source>
        <translation>إلغاء التعديلات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="326"/>
        <source>Enregistrer</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="337"/>
        <source>Fichier du registre</source>
        <translation>ملف السجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="344"/>
        <source>Copier</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="345"/>
        <source>Copier l&apos;identifiant du registre</source>
        <translation>نسخ معرف السجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="355"/>
        <source>Emplacement</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="356"/>
        <source>Identifiant</source>
        <translation>المعرف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="357"/>
        <source>Version du schéma</source>
        <translation>نسخة المخطط</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="358"/>
        <source>Version de DPO Desk</source>
        <translation>نسخة DPO Desk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="359"/>
        <source>Fuseau horaire</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="360"/>
        <source>Contenu</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="392"/>
        <source>inconnue</source>
        <translation>غير معروفة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="420"/>
        <source>Demandes</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="421"/>
        <source>Pièces jointes</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="422"/>
        <source>Entrées du journal</source>
        <translation>مدخلات سجل العمليات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="425"/>
        <source>{label} : {count}</source>
        <translation>{label}: {count}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="457"/>
        <source>Organisation enregistrée.</source>
        <translation>حُفظت المؤسسة.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="474"/>
        <source>L&apos;organisation n&apos;a pas pu être relue : modifications abandonnées.</source>
        <translation>تعذّرت إعادة قراءة بيانات الهيئة: أُلغيت التعديلات.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sections/settings.py" line="482"/>
        <source>Identifiant du registre copié.</source>
        <translation>نُسخ معرف السجل.</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="172"/>
        <source>Faible</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="173"/>
        <source>Moyenne</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="174"/>
        <source>Élevée</source>
        <translation>مرتفعة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/breach_risk.py" line="175"/>
        <source>Très élevée</source>
        <translation>مرتفعة جدا</translation>
    </message>
</context>
<context>
    <name>ThirdParty</name>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="99"/>
        <source>Langage et bibliothèque standard</source>
        <translation>لغة البرمجة ومكتبتها القياسية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="105"/>
        <source>Interface graphique</source>
        <translation>الواجهة الرسومية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="112"/>
        <source>Liaison entre Python et Qt</source>
        <translation>الربط بين Python وQt</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="119"/>
        <source>Chiffrement du fichier de registre</source>
        <translation>تشفير ملف السجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="125"/>
        <source>Primitives cryptographiques de SQLCipher</source>
        <translation>الدوال التشفيرية لـ SQLCipher</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="129"/>
        <source>Accès à SQLCipher depuis Python</source>
        <translation>الوصول إلى SQLCipher من Python</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="133"/>
        <location filename="../../dpo_desk/third_party.py" line="222"/>
        <source>Accès aux données</source>
        <translation>الوصول إلى المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="136"/>
        <source>Migrations du schéma</source>
        <translation>ترحيل بنية قاعدة المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="142"/>
        <location filename="../../dpo_desk/third_party.py" line="158"/>
        <source>Trousseau du système</source>
        <translation>حافظة كلمات السر في النظام</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="163"/>
        <source>Trousseau du système (Linux)</source>
        <translation>حافظة كلمات السر في النظام (Linux)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="171"/>
        <source>Robustesse des phrases secrètes</source>
        <translation>قوة عبارات المرور</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="175"/>
        <source>Lettres en PDF</source>
        <translation>الرسائل بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="181"/>
        <source>Lettres en arabe</source>
        <translation>الرسائل باللغة العربية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="191"/>
        <source>Noms des mois et règles de pluriel</source>
        <translation>أسماء الأشهر وقواعد الجمع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="196"/>
        <source>Aperçu des lettres</source>
        <translation>معاينة الرسائل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="200"/>
        <source>Registres Excel</source>
        <translation>سجلات Excel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="207"/>
        <source>Jours fériés des délais</source>
        <translation>العطل الرسمية في احتساب الآجال</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="215"/>
        <source>Dossier des préférences</source>
        <translation>مجلد التفضيلات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="219"/>
        <source>Fuseaux horaires</source>
        <translation>المناطق الزمنية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="226"/>
        <source>Police arabe des lettres</source>
        <translation>الخط العربي للرسائل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="229"/>
        <source>Police latine des lettres</source>
        <translation>الخط اللاتيني للرسائل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="234"/>
        <source>Police tifinaghe des lettres</source>
        <translation>خط تيفيناغ للرسائل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/third_party.py" line="239"/>
        <location filename="../../dpo_desk/third_party.py" line="244"/>
        <source>Symboles et emoji des lettres</source>
        <translation>الرموز والإيموجي للرسائل</translation>
    </message>
</context>
<context>
    <name>TransferMechanism</name>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="249"/>
        <source>Pays reconnu adéquat par la CNDP</source>
        <translation>بلد معترف بملاءمته من طرف اللجنة الوطنية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="251"/>
        <source>Autorisation de la CNDP (formulaire F118)</source>
        <translation>إذن اللجنة الوطنية (الاستمارة F118)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="253"/>
        <source>Clauses contractuelles types</source>
        <translation>البنود التعاقدية النموذجية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="255"/>
        <source>Règles d&apos;entreprise contraignantes (BCR)</source>
        <translation>قواعد الشركات الملزمة (BCR)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="257"/>
        <source>Dérogation pour une situation particulière</source>
        <translation>استثناء لوضعية خاصة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="259"/>
        <source>Autre garantie appropriée (RGPD art. 46)</source>
        <translation>ضمانة ملائمة أخرى (المادة 46 من RGPD)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="250"/>
        <source>Loi 09-08 art. 43 ; RGPD art. 45</source>
        <translation>المادة 43 من القانون رقم 09.08؛ المادة 45 من RGPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="252"/>
        <source>Loi 09-08 art. 44</source>
        <translation>المادة 44 من القانون رقم 09.08</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="254"/>
        <source>RGPD art. 46(2)(c)</source>
        <translation>المادة 46(2)(ج) من RGPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="256"/>
        <source>RGPD art. 47</source>
        <translation>المادة 47 من RGPD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="258"/>
        <source>RGPD art. 49 ; loi 09-08 art. 44</source>
        <translation>المادة 49 من RGPD؛ المادة 44 من القانون رقم 09.08</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/records.py" line="260"/>
        <source>RGPD art. 46</source>
        <translation>المادة 46 من RGPD</translation>
    </message>
</context>
<context>
    <name>UnencryptedWarning</name>
    <message>
        <location filename="../../dpo_desk/ui/calendar_export.py" line="40"/>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="79"/>
        <source>Fichier non chiffré</source>
        <translation>ملف غير مشفر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="79"/>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="80"/>
        <source>Le fichier Excel exporté ne sera pas chiffré.</source>
        <translation>لن يكون ملف Excel المصدَّر مشفرا.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="82"/>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="83"/>
        <source>Il contiendra des données personnelles lisibles par quiconque y a accès. Enregistrez-le dans un emplacement protégé et supprimez-le dès qu&apos;il n&apos;est plus utile. L&apos;export est inscrit au journal.</source>
        <translation>سيتضمن معطيات شخصية مقروءة لكل من يصل إليه. احفظه في موقع محمي واحذفه بمجرد انتهاء الحاجة إليه. يُقيَّد التصدير في سجل العمليات.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="88"/>
        <source>Ne plus afficher ce message</source>
        <translation>عدم عرض هذه الرسالة مجددا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_export.py" line="49"/>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="91"/>
        <source>Continuer</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/calendar_export.py" line="50"/>
        <location filename="../../dpo_desk/ui/exchange/export_dialog.py" line="92"/>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="257"/>
        <source>Ouvrir un registre — DPO Desk</source>
        <translation>فتح سجل — DPO Desk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="263"/>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="104"/>
        <source>Déverrouiller le registre</source>
        <translation>فتح قفل السجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="116"/>
        <source>Phrase secrète</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="119"/>
        <source>Saisissez la phrase secrète du registre</source>
        <translation>أدخل عبارة مرور السجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="125"/>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="126"/>
        <source>Verr. Maj. activé</source>
        <translation>مفتاح الأحرف الكبيرة مفعل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="138"/>
        <source>Déverrouiller</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="201"/>
        <source>Saisissez la phrase secrète du registre.</source>
        <translation>أدخل عبارة مرور السجل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="227"/>
        <source>La phrase secrète n&apos;a pas pu être confiée au trousseau : elle sera demandée à la prochaine ouverture.</source>
        <translation>تعذر حفظ عبارة المرور في حافظة المفاتيح: ستُطلب عند الفتح المقبل.</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../dpo_desk/ui/welcome.py" line="131"/>
        <source>Le registre du délégué à la protection des données : demandes d&apos;exercice de droits, violations, traitements et sous-traitants, dans un fichier chiffré sur ce poste.</source>
        <translation>سجل مندوب حماية المعطيات: طلبات ممارسة الحقوق، وانتهاكات المعطيات، والمعالجات، والمعالجون من الباطن، في ملف مشفر على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome.py" line="145"/>
        <source>Créer un registre</source>
        <translation>إنشاء سجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome.py" line="146"/>
        <source>Un nouveau fichier chiffré pour une organisation et son DPO.</source>
        <translation>ملف مشفر جديد لمؤسسة ومندوبها.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome.py" line="150"/>
        <source>Ouvrir un fichier existant</source>
        <translation>فتح ملف موجود</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome.py" line="151"/>
        <source>Un registre .dpodesk déjà créé, sur ce poste ou un support amovible.</source>
        <translation>سجل ‎.dpodesk سبق إنشاؤه، على هذا الحاسوب أو على وسيط قابل للنزع.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome.py" line="162"/>
        <source>Essayer la démo</source>
        <translation>تجربة العرض التجريبي</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome.py" line="169"/>
        <source>un registre d&apos;exemple, rempli de demandes et de violations fictives</source>
        <translation>سجل نموذجي، مملوء بطلبات وانتهاكات وهمية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome.py" line="178"/>
        <location filename="../../dpo_desk/ui/welcome.py" line="181"/>
        <source>Registres récents</source>
        <translation>السجلات الأخيرة</translation>
    </message>
</context>
<context>
    <name>WorkingCalendarCard</name>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="72"/>
        <source>Calendrier des jours ouvrés</source>
        <extracomment>how many open requests&apos; due dates the last edit moved the dialog on screen, if any (tests drive it)</extracomment>
        <translation>تقويم أيام العمل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="74"/>
        <source>Une échéance de la loi 09-08 ou de la politique interne qui tombe un samedi, un dimanche ou un jour férié marocain est reportée au jour ouvré suivant. Les fermetures de l&apos;organisation ne reportent que les échéances de politique interne, jamais un délai légal. Les fêtes religieuses suivent le calendrier lunaire : leur date est estimée d&apos;avance et ne reporte aucune échéance tant qu&apos;elle n&apos;est pas confirmée ; confirmez-la dès l&apos;annonce du ministère des Habous et des Affaires islamiques.</source>
        <translation>الأجل المحدد بموجب القانون رقم 09.08 أو السياسة الداخلية الذي يصادف يوم سبت أو أحد أو يوم عطلة رسمية مغربية يُؤجَّل إلى يوم العمل الموالي. ولا تؤجل أيام إغلاق المؤسسة إلا آجال السياسة الداخلية، ولا تؤجل أبدا أجلا قانونيا. وتتبع الأعياد الدينية التقويم القمري: يُقدَّر تاريخها مسبقا ولا يؤجل أي أجل ما دام غير مؤكد؛ أكّده فور إعلان وزارة الأوقاف والشؤون الإسلامية.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="86"/>
        <source>Année</source>
        <translation>السنة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="88"/>
        <source>Année affichée</source>
        <translation>السنة المعروضة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="92"/>
        <source>Ajouter un jour férié…</source>
        <translation>إضافة يوم عطلة…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="94"/>
        <source>Ajouter une fermeture…</source>
        <translation>إضافة يوم إغلاق…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="105"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="105"/>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="457"/>
        <source>Nom</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="105"/>
        <source>Origine</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="107"/>
        <source>Jours chômés de l&apos;année</source>
        <translation>أيام العطل في السنة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="114"/>
        <source>Confirmer…</source>
        <translation>تأكيد…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="117"/>
        <source>Fête lunaire : saisir le premier jour annoncé par le ministère des Habous et des Affaires islamiques (la date estimée ou une autre).</source>
        <translation>عيد هجري: أدخل اليوم الأول الذي أعلنته وزارة الأوقاف والشؤون الإسلامية (التاريخ التقديري أو تاريخ آخر).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="122"/>
        <source>Annuler la confirmation</source>
        <translation>إلغاء التأكيد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="125"/>
        <source>Oublier la date confirmée : la fête reprend sa date estimée (ou, pour une année passée, celle de l&apos;annonce officielle).</source>
        <translation>نسيان التاريخ المؤكد: يعود العيد إلى تاريخه التقديري (أو، بالنسبة لسنة ماضية، إلى تاريخ الإعلان الرسمي).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="131"/>
        <source>Le jour férié a été fixé à une autre date.</source>
        <translation>حُدِّد يوم العطلة في تاريخ آخر.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="230"/>
        <source>Une fête lunaire de {year} a une date estimée : elle ne reporte aucune échéance tant qu&apos;elle n&apos;est pas confirmée. Confirmez-la dès l&apos;annonce officielle (bouton « Confirmer… »).</source>
        <translation>لأحد الأعياد الهجرية في سنة {year} تاريخ تقديري: لا يؤجل أي أجل ما دام غير مؤكد. أكّده فور الإعلان الرسمي (الزر « تأكيد… »).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="236"/>
        <source>%n fêtes lunaires de {year} ont une date estimée : elles ne reportent aucune échéance tant qu&apos;elles ne sont pas confirmées. Confirmez chacune dès l&apos;annonce officielle (bouton « Confirmer… »).</source>
        <translation>
            <numerusform>عدد الأعياد الهجرية التي لها تاريخ تقديري في سنة {year}: %n. لا تؤجل هذه الأعياد أي أجل ما دامت غير مؤكدة. أكّد كل واحد منها فور الإعلان الرسمي (الزر « تأكيد… »).</numerusform>
            <numerusform>عدد الأعياد الهجرية التي لها تاريخ تقديري في سنة {year}: %n. لا تؤجل هذه الأعياد أي أجل ما دامت غير مؤكدة. أكّد كل واحد منها فور الإعلان الرسمي (الزر « تأكيد… »).</numerusform>
            <numerusform>عدد الأعياد الهجرية التي لها تاريخ تقديري في سنة {year}: %n. لا تؤجل هذه الأعياد أي أجل ما دامت غير مؤكدة. أكّد كل واحد منها فور الإعلان الرسمي (الزر « تأكيد… »).</numerusform>
            <numerusform>عدد الأعياد الهجرية التي لها تاريخ تقديري في سنة {year}: %n. لا تؤجل هذه الأعياد أي أجل ما دامت غير مؤكدة. أكّد كل واحد منها فور الإعلان الرسمي (الزر « تأكيد… »).</numerusform>
            <numerusform>عدد الأعياد الهجرية التي لها تاريخ تقديري في سنة {year}: %n. لا تؤجل هذه الأعياد أي أجل ما دامت غير مؤكدة. أكّد كل واحد منها فور الإعلان الرسمي (الزر « تأكيد… »).</numerusform>
            <numerusform>عدد الأعياد الهجرية التي لها تاريخ تقديري في سنة {year}: %n. لا تؤجل هذه الأعياد أي أجل ما دامت غير مؤكدة. أكّد كل واحد منها فور الإعلان الرسمي (الزر « تأكيد… »).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="392"/>
        <source>Confirmation annulée : {holiday}, {status}, le {date}.</source>
        <translation>أُلغي التأكيد: {holiday}، {status}، في {date}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="467"/>
        <source>Un jour où l&apos;organisation est fermée (pont, inventaire…). Seules les échéances de politique interne qui y tombent sont reportées au jour ouvré suivant ; un délai légal (loi 09-08, RGPD) ne l&apos;est jamais.</source>
        <translation>يوم تكون فيه المؤسسة مغلقة (يوم فاصل بين عطلتين، جرد…). لا تُؤجَّل إلى يوم العمل الموالي إلا آجال السياسة الداخلية التي تصادفه؛ أما الأجل القانوني (القانون رقم 09.08، RGPD) فلا يُؤجَّل أبدا.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="130"/>
        <source>Déplacer…</source>
        <translation>تغيير…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="133"/>
        <source>Retirer</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="134"/>
        <source>Ce jour redevient un jour ouvré.</source>
        <translation>يعود هذا اليوم يوم عمل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="136"/>
        <source>Rétablir le calendrier officiel</source>
        <translation>استعادة التقويم الرسمي</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="137"/>
        <source>Oublier les modifications faites sur ce jour-là.</source>
        <translation>نسيان التعديلات التي أُدخلت على ذلك اليوم.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="407"/>
        <source>{name} retiré : le {date} est un jour ouvré.</source>
        <translation>أُزيل {name}: يوم {date} يوم عمل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="419"/>
        <source>Le {date} suit de nouveau le calendrier officiel.</source>
        <translation>يعود يوم {date} إلى اتباع التقويم الرسمي.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="451"/>
        <source>Jour férié ajouté le {date}.</source>
        <translation>أُضيف يوم عطلة في {date}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="452"/>
        <source>Ajouter un jour férié</source>
        <translation>إضافة يوم عطلة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="454"/>
        <source>Un jour férié que le calendrier officiel ne connaît pas encore, par exemple décrété pour l&apos;occasion.</source>
        <translation>يوم عطلة لا يعرفه التقويم الرسمي بعد، كأن يُقرَّر بمناسبة ما.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="464"/>
        <source>Fermeture ajoutée le {date}.</source>
        <translation>أُضيف يوم إغلاق في {date}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="465"/>
        <source>Ajouter une fermeture</source>
        <translation>إضافة يوم إغلاق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="471"/>
        <source>Motif</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="520"/>
        <source>{name} déplacé au {date}.</source>
        <translation>نُقل {name} إلى {date}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="526"/>
        <source>Déplacer un jour férié</source>
        <translation>تغيير تاريخ يوم عطلة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings/working_calendar.py" line="527"/>
        <source>« {name} », prévu le {date}, a été annoncé pour le :</source>
        <translation>« {name} »، المقرر في {date}، أُعلن عنه في:</translation>
    </message>
</context>
<context>
    <name>XlsxColumn</name>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="70"/>
        <location filename="../../dpo_desk/domain/journal.py" line="503"/>
        <source>Oui</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="71"/>
        <location filename="../../dpo_desk/domain/journal.py" line="504"/>
        <source>Non</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="129"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="175"/>
        <location filename="../../dpo_desk/domain/journal.py" line="198"/>
        <source>Référence</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="130"/>
        <location filename="../../dpo_desk/domain/journal.py" line="194"/>
        <source>Date de réception</source>
        <translation>تاريخ التوصل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="131"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="177"/>
        <location filename="../../dpo_desk/domain/journal.py" line="200"/>
        <source>Régimes</source>
        <translation>الأنظمة القانونية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="133"/>
        <location filename="../../dpo_desk/domain/journal.py" line="208"/>
        <source>Droits exercés</source>
        <translation>الحقوق الممارَسة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="135"/>
        <location filename="../../dpo_desk/domain/journal.py" line="135"/>
        <source>Canal de réception</source>
        <translation>قناة التوصل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="137"/>
        <location filename="../../dpo_desk/domain/journal.py" line="204"/>
        <source>Demandeur</source>
        <translation>صاحب الطلب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="138"/>
        <location filename="../../dpo_desk/domain/journal.py" line="206"/>
        <source>Qualité du demandeur</source>
        <translation>صفة صاحب الطلب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="140"/>
        <location filename="../../dpo_desk/domain/journal.py" line="203"/>
        <source>E-mail du demandeur</source>
        <translation>البريد الإلكتروني لصاحب الطلب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="141"/>
        <location filename="../../dpo_desk/domain/journal.py" line="205"/>
        <source>Téléphone du demandeur</source>
        <translation>هاتف صاحب الطلب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="142"/>
        <location filename="../../dpo_desk/domain/journal.py" line="202"/>
        <source>Adresse du demandeur</source>
        <translation>عنوان صاحب الطلب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="143"/>
        <location filename="../../dpo_desk/domain/journal.py" line="223"/>
        <source>Personne concernée</source>
        <translation>الشخص المعني</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="144"/>
        <location filename="../../dpo_desk/domain/journal.py" line="175"/>
        <source>Vérification d&apos;identité</source>
        <translation>التحقق من الهوية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="146"/>
        <location filename="../../dpo_desk/domain/journal.py" line="174"/>
        <source>Moyen de vérification</source>
        <translation>وسيلة التحقق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="147"/>
        <location filename="../../dpo_desk/domain/journal.py" line="173"/>
        <source>Identité vérifiée le</source>
        <translation>تاريخ التحقق من الهوية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="148"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="179"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="283"/>
        <location filename="../../dpo_desk/domain/journal.py" line="220"/>
        <source>Statut</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="150"/>
        <location filename="../../dpo_desk/domain/journal.py" line="199"/>
        <source>Motif de refus</source>
        <translation>سبب الرفض</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="152"/>
        <location filename="../../dpo_desk/domain/journal.py" line="167"/>
        <source>Échéance</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="153"/>
        <location filename="../../dpo_desk/domain/journal.py" line="166"/>
        <source>Fondement de l&apos;échéance</source>
        <translation>أساس الأجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="155"/>
        <location filename="../../dpo_desk/domain/journal.py" line="169"/>
        <source>Prorogée le</source>
        <translation>تاريخ التمديد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="156"/>
        <location filename="../../dpo_desk/domain/journal.py" line="170"/>
        <source>Motif de la prorogation</source>
        <translation>سبب التمديد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="157"/>
        <location filename="../../dpo_desk/domain/journal.py" line="128"/>
        <source>Répondue le</source>
        <translation>تاريخ الرد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="158"/>
        <location filename="../../dpo_desk/domain/journal.py" line="127"/>
        <source>Canal de réponse</source>
        <translation>قناة الرد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="160"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="219"/>
        <location filename="../../dpo_desk/domain/journal.py" line="137"/>
        <location filename="../../dpo_desk/domain/journal.py" line="138"/>
        <source>Clôturée le</source>
        <translation>تاريخ الإغلاق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="161"/>
        <location filename="../../dpo_desk/domain/journal.py" line="131"/>
        <source>Chargé du dossier</source>
        <translation>المكلف بالملف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="162"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="259"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="290"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="307"/>
        <location filename="../../dpo_desk/domain/journal.py" line="187"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="163"/>
        <location filename="../../dpo_desk/domain/journal.py" line="150"/>
        <source>Créée le</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="164"/>
        <location filename="../../dpo_desk/domain/journal.py" line="227"/>
        <source>Modifiée le</source>
        <translation>تاريخ التعديل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="167"/>
        <location filename="../../dpo_desk/domain/journal.py" line="171"/>
        <source>Référence externe</source>
        <translation>المرجع الخارجي</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="176"/>
        <location filename="../../dpo_desk/domain/journal.py" line="225"/>
        <source>Intitulé</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="181"/>
        <location filename="../../dpo_desk/domain/journal.py" line="219"/>
        <source>Début de la violation</source>
        <translation>بداية الانتهاك</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="182"/>
        <location filename="../../dpo_desk/domain/journal.py" line="159"/>
        <source>Découverte le</source>
        <translation>تاريخ الاكتشاف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="183"/>
        <location filename="../../dpo_desk/domain/journal.py" line="133"/>
        <source>Prise de connaissance</source>
        <translation>العلم بالانتهاك</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="184"/>
        <location filename="../../dpo_desk/domain/journal.py" line="189"/>
        <source>Notification due avant</source>
        <translation>التبليغ واجب قبل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="185"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="229"/>
        <location filename="../../dpo_desk/domain/journal.py" line="155"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="186"/>
        <location filename="../../dpo_desk/domain/journal.py" line="144"/>
        <source>Atteinte à la confidentialité</source>
        <translation>المس بالسرية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="187"/>
        <location filename="../../dpo_desk/domain/journal.py" line="176"/>
        <source>Atteinte à l&apos;intégrité</source>
        <translation>المس بالسلامة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="188"/>
        <location filename="../../dpo_desk/domain/journal.py" line="132"/>
        <source>Atteinte à la disponibilité</source>
        <translation>المس بالإتاحة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="189"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="234"/>
        <location filename="../../dpo_desk/domain/journal.py" line="222"/>
        <source>Catégories de personnes</source>
        <translation>فئات الأشخاص</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="190"/>
        <location filename="../../dpo_desk/domain/journal.py" line="224"/>
        <source>Nombre de personnes</source>
        <translation>عدد الأشخاص</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="191"/>
        <location filename="../../dpo_desk/domain/journal.py" line="196"/>
        <source>Catégories d&apos;enregistrements</source>
        <translation>فئات التسجيلات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="193"/>
        <location filename="../../dpo_desk/domain/journal.py" line="197"/>
        <source>Nombre d&apos;enregistrements</source>
        <translation>عدد التسجيلات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="194"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="235"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="273"/>
        <location filename="../../dpo_desk/domain/journal.py" line="151"/>
        <source>Catégories de données</source>
        <translation>فئات المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="196"/>
        <location filename="../../dpo_desk/domain/journal.py" line="184"/>
        <source>Mineurs concernés</source>
        <translation>قاصرون معنيون</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="197"/>
        <location filename="../../dpo_desk/domain/journal.py" line="145"/>
        <source>Conséquences probables</source>
        <translation>العواقب المحتملة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="198"/>
        <location filename="../../dpo_desk/domain/journal.py" line="182"/>
        <source>Mesures prises</source>
        <translation>التدابير المتخذة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="199"/>
        <location filename="../../dpo_desk/domain/journal.py" line="181"/>
        <source>Mesures envisagées</source>
        <translation>التدابير المزمع اتخاذها</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="200"/>
        <location filename="../../dpo_desk/domain/journal.py" line="234"/>
        <source>Sous-traitants impliqués</source>
        <translation>المعالجون من الباطن المعنيون</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="201"/>
        <location filename="../../dpo_desk/domain/journal.py" line="212"/>
        <source>Niveau de risque</source>
        <translation>مستوى الخطر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="203"/>
        <location filename="../../dpo_desk/domain/journal.py" line="211"/>
        <source>Justification du risque</source>
        <translation>تبرير الخطر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="205"/>
        <location filename="../../dpo_desk/domain/journal.py" line="210"/>
        <source>Risque évalué le</source>
        <translation>تاريخ تقييم الخطر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="206"/>
        <location filename="../../dpo_desk/domain/journal.py" line="188"/>
        <source>Notifications à l&apos;autorité</source>
        <translation>التبليغات إلى السلطة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="207"/>
        <location filename="../../dpo_desk/domain/journal.py" line="186"/>
        <source>Motifs de non-notification</source>
        <translation>أسباب عدم التبليغ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="209"/>
        <location filename="../../dpo_desk/domain/journal.py" line="143"/>
        <source>Communications aux personnes</source>
        <translation>إخبار الأشخاص</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="211"/>
        <location filename="../../dpo_desk/domain/journal.py" line="129"/>
        <source>Exception de l&apos;art. 34(3)</source>
        <translation>استثناء المادة 34(3)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="213"/>
        <location filename="../../dpo_desk/domain/journal.py" line="130"/>
        <source>Justification de l&apos;exception</source>
        <translation>تبرير الاستثناء</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="215"/>
        <location filename="../../dpo_desk/domain/journal.py" line="156"/>
        <source>Déclaration DGSSI requise</source>
        <translation>التصريح لدى DGSSI مطلوب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="216"/>
        <location filename="../../dpo_desk/domain/journal.py" line="157"/>
        <source>Déclarée à la DGSSI le</source>
        <translation>تاريخ التصريح لدى DGSSI</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="217"/>
        <location filename="../../dpo_desk/domain/journal.py" line="158"/>
        <source>Référence DGSSI</source>
        <translation>مرجع DGSSI</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="218"/>
        <location filename="../../dpo_desk/domain/journal.py" line="201"/>
        <source>Mesures correctrices</source>
        <translation>التدابير التصحيحية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="227"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="267"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="296"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="315"/>
        <location filename="../../dpo_desk/domain/journal.py" line="172"/>
        <source>N°</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="228"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="305"/>
        <location filename="../../dpo_desk/domain/journal.py" line="126"/>
        <location filename="../../dpo_desk/domain/journal.py" line="232"/>
        <source>Traitement</source>
        <translation>المعالجة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="230"/>
        <location filename="../../dpo_desk/domain/journal.py" line="190"/>
        <source>Service responsable</source>
        <translation>المصلحة المسؤولة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="231"/>
        <location filename="../../dpo_desk/domain/journal.py" line="178"/>
        <source>Responsable conjoint</source>
        <translation>مسؤول مشترك عن المعالجة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="232"/>
        <location filename="../../dpo_desk/domain/journal.py" line="217"/>
        <source>Logiciels utilisés</source>
        <translation>البرامج المستعملة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="233"/>
        <location filename="../../dpo_desk/domain/journal.py" line="193"/>
        <source>Finalités et bases légales</source>
        <translation>الغايات والأسس القانونية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="237"/>
        <location filename="../../dpo_desk/domain/journal.py" line="231"/>
        <source>Données de mineurs</source>
        <translation>معطيات القاصرين</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="238"/>
        <location filename="../../dpo_desk/domain/journal.py" line="218"/>
        <source>Sources des données</source>
        <translation>مصادر المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="239"/>
        <location filename="../../dpo_desk/domain/journal.py" line="195"/>
        <source>Destinataires</source>
        <translation>المرسل إليهم</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="240"/>
        <location filename="../../dpo_desk/domain/journal.py" line="207"/>
        <source>Durées de conservation</source>
        <translation>مدد الحفظ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="241"/>
        <location filename="../../dpo_desk/domain/journal.py" line="226"/>
        <source>Transferts hors du Maroc</source>
        <translation>نقل المعطيات إلى خارج المغرب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="242"/>
        <location filename="../../dpo_desk/domain/journal.py" line="192"/>
        <source>Sous-traitants</source>
        <translation>المعالجون من الباطن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="243"/>
        <location filename="../../dpo_desk/domain/journal.py" line="213"/>
        <source>Mesures de sécurité</source>
        <translation>تدابير الأمن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="245"/>
        <location filename="../../dpo_desk/domain/journal.py" line="214"/>
        <source>Précisions sur la sécurité</source>
        <translation>توضيحات حول الأمن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="247"/>
        <location filename="../../dpo_desk/domain/journal.py" line="209"/>
        <source>Service d&apos;exercice des droits</source>
        <translation>مصلحة ممارسة الحقوق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="248"/>
        <location filename="../../dpo_desk/domain/journal.py" line="177"/>
        <source>Interconnexions</source>
        <translation>الربط البيني</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="249"/>
        <location filename="../../dpo_desk/domain/journal.py" line="142"/>
        <source>Finalité d&apos;origine (réutilisation)</source>
        <translation>الغاية الأصلية (إعادة الاستعمال)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="251"/>
        <location filename="../../dpo_desk/domain/journal.py" line="141"/>
        <source>Régime CNDP</source>
        <translation>نظام CNDP</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="253"/>
        <location filename="../../dpo_desk/domain/journal.py" line="139"/>
        <source>Récépissé CNDP</source>
        <translation>وصل CNDP</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="254"/>
        <location filename="../../dpo_desk/domain/journal.py" line="140"/>
        <source>Date du récépissé</source>
        <translation>تاريخ الوصل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="255"/>
        <location filename="../../dpo_desk/domain/journal.py" line="164"/>
        <source>AIPD requise</source>
        <translation>تقييم الأثر مطلوب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="256"/>
        <location filename="../../dpo_desk/domain/journal.py" line="162"/>
        <source>AIPD réalisée</source>
        <translation>تقييم الأثر منجز</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="257"/>
        <location filename="../../dpo_desk/domain/journal.py" line="163"/>
        <source>AIPD réalisée le</source>
        <translation>تاريخ إنجاز تقييم الأثر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="258"/>
        <location filename="../../dpo_desk/domain/journal.py" line="179"/>
        <source>Dernière revue</source>
        <translation>آخر مراجعة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="260"/>
        <location filename="../../dpo_desk/domain/journal.py" line="229"/>
        <source>Créé le</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="261"/>
        <location filename="../../dpo_desk/domain/journal.py" line="230"/>
        <source>Mis à jour le</source>
        <translation>تاريخ التحديث</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="268"/>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="306"/>
        <location filename="../../dpo_desk/domain/journal.py" line="191"/>
        <location filename="../../dpo_desk/domain/journal.py" line="233"/>
        <source>Sous-traitant</source>
        <translation>المعالج من الباطن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="269"/>
        <location filename="../../dpo_desk/domain/journal.py" line="215"/>
        <source>Prestation</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="270"/>
        <location filename="../../dpo_desk/domain/journal.py" line="146"/>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="271"/>
        <location filename="../../dpo_desk/domain/journal.py" line="165"/>
        <source>Contact du DPO</source>
        <translation>جهة اتصال المندوب</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="272"/>
        <location filename="../../dpo_desk/domain/journal.py" line="148"/>
        <source>Pays de traitement</source>
        <translation>بلدان المعالجة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="275"/>
        <location filename="../../dpo_desk/domain/journal.py" line="160"/>
        <source>Contrat signé</source>
        <translation>عقد موقع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="276"/>
        <location filename="../../dpo_desk/domain/journal.py" line="161"/>
        <source>Signé le</source>
        <translation>تاريخ التوقيع</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="277"/>
        <location filename="../../dpo_desk/domain/journal.py" line="147"/>
        <source>Fin du contrat prévue</source>
        <translation>النهاية المقررة للعقد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="278"/>
        <location filename="../../dpo_desk/domain/journal.py" line="136"/>
        <source>Clauses de l&apos;art. 28(3)</source>
        <translation>بنود المادة 28(3)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="280"/>
        <location filename="../../dpo_desk/domain/journal.py" line="134"/>
        <source>Certifications</source>
        <translation>الشهادات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="281"/>
        <location filename="../../dpo_desk/domain/journal.py" line="221"/>
        <source>Sous-traitants ultérieurs</source>
        <translation>المعالجون من الباطن اللاحقون</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="282"/>
        <location filename="../../dpo_desk/domain/journal.py" line="185"/>
        <source>Prochaine revue</source>
        <translation>المراجعة المقبلة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="285"/>
        <location filename="../../dpo_desk/domain/journal.py" line="168"/>
        <source>Contrat terminé le</source>
        <translation>تاريخ انتهاء العقد</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="286"/>
        <location filename="../../dpo_desk/domain/journal.py" line="152"/>
        <source>Sort des données</source>
        <translation>مآل المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="288"/>
        <location filename="../../dpo_desk/domain/journal.py" line="153"/>
        <source>Restituées ou supprimées le</source>
        <translation>تاريخ الإرجاع أو الحذف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="289"/>
        <location filename="../../dpo_desk/domain/journal.py" line="125"/>
        <source>Traitements concernés</source>
        <translation>المعالجات المعنية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="297"/>
        <location filename="../../dpo_desk/domain/journal.py" line="149"/>
        <source>Pays de destination</source>
        <translation>بلد الوجهة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="298"/>
        <location filename="../../dpo_desk/domain/journal.py" line="183"/>
        <source>Mécanisme d&apos;encadrement</source>
        <translation>آلية التأطير</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="300"/>
        <location filename="../../dpo_desk/domain/journal.py" line="154"/>
        <source>Dérogation invoquée</source>
        <translation>الاستثناء المستند إليه</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="302"/>
        <location filename="../../dpo_desk/domain/journal.py" line="180"/>
        <source>Exception de la loi 09-08</source>
        <translation>الاستثناء بموجب القانون 09.08</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="304"/>
        <location filename="../../dpo_desk/domain/journal.py" line="235"/>
        <source>Référence (F118, clauses…)</source>
        <translation>المرجع (F118، البنود…)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="308"/>
        <location filename="../../dpo_desk/domain/journal.py" line="236"/>
        <source>Enregistré le</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="316"/>
        <source>Date et heure</source>
        <translation>التاريخ والوقت</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="317"/>
        <source>Auteur</source>
        <translation>المحرر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="318"/>
        <source>Action</source>
        <translation>العملية</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="320"/>
        <source>Objet</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="322"/>
        <source>Identifiant</source>
        <translation>المعرف</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="323"/>
        <source>Détail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="324"/>
        <location filename="../../dpo_desk/domain/journal.py" line="216"/>
        <source>Empreinte (SHA-256)</source>
        <translation>البصمة (SHA-256)</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="99"/>
        <source> […] [texte tronqué : {total} caractères au total]</source>
        <translation> […] [نص مقتطع: {total} حرفا في المجموع]</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="103"/>
        <source>Registres du délégué à la protection des données</source>
        <translation>سجلات مندوب حماية المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="104"/>
        <source>Journal d&apos;audit</source>
        <translation>سجل العمليات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="105"/>
        <source>Organisme</source>
        <translation>الهيئة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="106"/>
        <source>Page &amp;P / &amp;N</source>
        <translation>الصفحة &amp;P / &amp;N</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="107"/>
        <source>Adresse</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="108"/>
        <source>Délégué à la protection des données</source>
        <translation>مندوب حماية المعطيات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="109"/>
        <source>Date de l&apos;export</source>
        <translation>تاريخ التصدير</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="110"/>
        <source>Fuseau horaire des dates et heures</source>
        <translation>المنطقة الزمنية للتواريخ والأوقات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="111"/>
        <source>Version de DPO Desk</source>
        <translation>نسخة DPO Desk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="112"/>
        <source>Fichier du registre</source>
        <translation>ملف السجل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="113"/>
        <source>Entrées du journal d&apos;audit</source>
        <translation>مدخلات سجل العمليات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="114"/>
        <source>Empreinte de tête du journal (SHA-256)</source>
        <translation>بصمة رأس سجل العمليات (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="115"/>
        <source>Chaîne du journal</source>
        <translation>سلسلة سجل العمليات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="116"/>
        <source>Intacte : chaque entrée suit la précédente</source>
        <translation>سليمة: كل مدخل يلي المدخل السابق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="117"/>
        <source>Rompue à l&apos;entrée n° {entry}</source>
        <translation>مقطوعة عند المدخل رقم {entry}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="118"/>
        <source>Filtre appliqué</source>
        <translation>عامل الفرز المطبق</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="119"/>
        <source>Sommaire</source>
        <translation>الفهرس</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="120"/>
        <source>Feuille</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="121"/>
        <source>Lignes</source>
        <translation>الأسطر</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="122"/>
        <source>Cellules tronquées</source>
        <translation>الخلايا المقتطعة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="123"/>
        <source>Cellules dépassant la limite d&apos;Excel (32 767 caractères) : {count}. Leur texte est coupé et se termine par « […] ». Le texte complet reste dans le registre.</source>
        <translation>خلايا تجاوزت حد Excel (32 767 حرفا): {count}. اقتُطع نصها وينتهي بـ « […] ». يبقى النص الكامل في السجل.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="129"/>
        <source>L&apos;empreinte de tête et le nombre d&apos;entrées permettent de vérifier plus tard que le journal n&apos;a pas été réécrit depuis cet export (dpo-desk verify).</source>
        <translation>تسمح بصمة الرأس وعدد المدخلات بالتحقق لاحقا من أن سجل العمليات لم يُعَد كتابته منذ هذا التصدير (dpo-desk verify).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_export.py" line="134"/>
        <source>Ce fichier n&apos;est pas chiffré et contient des données personnelles : conservez-le en lieu sûr et supprimez-le dès qu&apos;il n&apos;est plus utile.</source>
        <translation>هذا الملف غير مشفر ويتضمن معطيات شخصية: احفظه في مكان آمن واحذفه بمجرد انتهاء الحاجة إليه.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="136"/>
        <source>aucun mécanisme enregistré</source>
        <translation>لا توجد آلية مسجلة</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="137"/>
        <source>réf. {reference}</source>
        <translation>المرجع {reference}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="138"/>
        <source>aucun (journal complet)</source>
        <translation>لا شيء (سجل العمليات كاملا)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="139"/>
        <source>objet : {value}</source>
        <translation>العنصر: {value}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="140"/>
        <source>action : {value}</source>
        <translation>العملية: {value}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="141"/>
        <source>auteur : {value}</source>
        <translation>المستخدم: {value}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/exports.py" line="142"/>
        <source>identifiant commençant par « {value} »</source>
        <translation>معرف يبدأ بـ « {value} »</translation>
    </message>
</context>
<context>
    <name>XlsxSheet</name>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="337"/>
        <source>Demandes</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="338"/>
        <source>Violations</source>
        <translation>الانتهاكات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="339"/>
        <source>Traitements</source>
        <translation>المعالجات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="340"/>
        <source>Sous-traitants</source>
        <translation>المعالجون من الباطن</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="341"/>
        <source>Transferts</source>
        <translation>عمليات النقل</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="342"/>
        <source>Journal</source>
        <translation>سجل العمليات</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/documents/xlsx_columns.py" line="344"/>
        <source>Page de garde</source>
        <translation>صفحة الغلاف</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../dpo_desk/ui/i18n.py" line="112"/>
        <source>Traduction « {language} » introuvable : l&apos;interface reste en français (lancez « make translations »).</source>
        <translation>الترجمة « ⁨{language}⁩ » غير موجودة: تبقى الواجهة بالفرنسية (شغّل « ⁨make translations⁩ »).</translation>
    </message>
</context>
</TS>
