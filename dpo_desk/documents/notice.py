"""The information notice: what the organisation tells the people whose data it
processes (Law 09-08 art. 5; GDPR Arts. 13-14), written from its register.

``services/notice.py`` gathers the facts (``NoticeFacts``) from the register; this
module turns them into a ``Report`` in French, Arabic or English, which
``report_html`` makes the website's page and ``report_pdf`` the printed one.

What the notice says, and why:

- the controller and how to reach its DPO (art. 5 (a); GDPR Art. 13(1)(a)-(b));
- for each processing: its purposes and legal bases, the people and data concerned,
  the recipients and the processors (art. 5 (b)-(c); GDPR Art. 13(1)(c)-(e), 14(1)(d)),
  how long the data are kept (GDPR Art. 13(2)(a)), the transfers abroad;
- transfers abroad: under 09-08 a country outside the CNDP's list receives data only
  with the CNDP's authorisation or under one of the law's exceptions (arts. 43-44);
  contractual clauses support the request and are named as such, never as what clears
  the transfer (and the Privacy Shield, void since 2020, is never named);
- the rights Law 09-08 grants (access art. 7, rectification art. 8, opposition art. 9,
  prospection art. 10, automated decisions art. 11) and, only where the organisation
  says the GDPR applies, the GDPR's (Arts. 15-22, 7(3), 77): a notice under 09-08 alone
  never borrows the GDPR's words;
- how to exercise them: the DPO, the service named per processing (art. 15 (g)), the
  reply time: the law's where it gives one (art. 8's ten clear days; GDPR Art. 12(3)),
  else the organisation's own commitment, labelled as such;
- the references of the CNDP's receipts and authorisations (art. 5: the receipt's
  reference is given where data are collected);
- where to complain: the CNDP, and where the GDPR applies, the EU supervisory authority
  of the person's member state (Art. 77), the CNIL for France;
- the date of the notice.

What the register does not hold is never invented: a missing retention period or a
reference the CNDP has not yet given is said in words, and ``notice_gaps`` lists them for
the DPO to complete before publishing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from babel import Locale

from dpo_desk import translations
from dpo_desk.documents.blocks import Block, Bullets, Fields, Heading, Paragraph, Report
from dpo_desk.documents.kinds import LetterLanguage
from dpo_desk.documents.letters import (
    CNDP_NAME,
    CNIL_NAME,
    DEFAULT_AUTHORITY_ADDRESSES,
    format_date,
)
from dpo_desk.documents.wording import TranslateIn, Wording
from dpo_desk.domain.countries import HOME_COUNTRY
from dpo_desk.domain.filings import FORMALITY_LABELS, FilingStatus, FormalityKind
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.domain.organisation import Organisation
from dpo_desk.domain.records import (
    DATA_CATEGORY_LABELS,
    GDPR_GUARANTEES,
    LAW_EXCEPTION_LABELS,
    LEGAL_BASIS_LABELS,
    RECIPIENT_KIND_LABELS,
    TRANSFER_MECHANISM_CITATIONS,
    TRANSFER_MECHANISM_LABELS,
    DataCategory,
    Law0908Exception,
    LegalBasis,
    Purpose,
    Recipient,
    RecipientKind,
    RetentionRule,
    TransferMechanism,
)

CONTEXT = "Notice"

# ----------------------------------------------------------------------------- facts


@dataclass(frozen=True)
class NoticeFormality:
    """Where one CNDP formality of a processing stands, as the notice reports it."""

    kind: FormalityKind
    status: FilingStatus
    receipt: str = ""  # the receipt or authorisation number
    receipt_on: date | None = None
    filed_on: date | None = None

    @property
    def issued(self) -> bool:
        """The CNDP's reference is in hand (a change still to declare keeps it valid)."""
        return bool(self.receipt) and self.status in (
            FilingStatus.GRANTED,
            FilingStatus.CHANGE_TO_DECLARE,
        )


@dataclass(frozen=True)
class NoticeProcessor:
    name: str
    service: str = ""
    countries: tuple[str, ...] = ()  # ISO 3166 alpha-2, where it processes the data


@dataclass(frozen=True)
class NoticeTransfer:
    """A transfer outside Morocco and what it rests on (Law 09-08 arts. 43-44)."""

    country: str  # ISO 3166 alpha-2
    processor: str = ""
    mechanism: TransferMechanism | None = None
    exception: Law0908Exception | None = None
    reference: str = ""
    adequate: bool = False  # on the register's copy of the CNDP's list
    recorded: bool = True  # False: a processor's country with no transfer recorded


@dataclass(frozen=True)
class NoticeActivity:
    name: str
    purposes: tuple[Purpose, ...]
    description: str = ""
    subject_categories: tuple[str, ...] = ()
    data_categories: tuple[DataCategory, ...] = ()
    sources: tuple[str, ...] = ()
    recipients: tuple[Recipient, ...] = ()
    processors: tuple[NoticeProcessor, ...] = ()
    retention: tuple[RetentionRule, ...] = ()
    transfers: tuple[NoticeTransfer, ...] = ()
    rights_service: str = ""
    formalities: tuple[NoticeFormality, ...] = ()

    def formality(self, kind: FormalityKind) -> NoticeFormality | None:
        return next((f for f in self.formalities if f.kind is kind), None)


@dataclass(frozen=True)
class NoticeFacts:
    """Everything the notice says, read from the register, in no language yet."""

    organisation: Organisation
    activities: tuple[NoticeActivity, ...]
    issued_on: date
    # code ("cndp", "cnil") → language → the address in force (the DPO's or the default)
    authority_addresses: Mapping[str, Mapping[LetterLanguage, str]] = field(
        default_factory=dict, hash=False
    )
    # The organisation's reply time where the law sets none (DeadlinePolicy.internal_days).
    internal_days: int | None = None
    processors: tuple[NoticeProcessor, ...] = ()

    @property
    def gdpr_applies(self) -> bool:
        return self.organisation.gdpr_applies


# ----------------------------------------------------------------------------- words

TITLE = QT_TRANSLATE_NOOP(
    "Notice", "Notice d'information sur la protection des données personnelles"
)
SUBTITLE_0908 = QT_TRANSLATE_NOOP("Notice", "Loi n° 09-08, article 5")
SUBTITLE_BOTH = QT_TRANSLATE_NOOP("Notice", "Loi n° 09-08, article 5 ; RGPD, articles 13 et 14")
FOOTER = QT_TRANSLATE_NOOP("Notice", "{organisation} — notice d'information du {date}")
INTRO_0908 = QT_TRANSLATE_NOOP(
    "Notice",
    "{organisation} traite des données à caractère personnel vous concernant. Conformément "
    "à l'article 5 de la loi n° 09-08 relative à la protection des personnes physiques à "
    "l'égard du traitement des données à caractère personnel, cette notice vous dit qui "
    "traite vos données, pourquoi, avec qui elles sont partagées, combien de temps elles "
    "sont conservées et quels sont vos droits.",
)
INTRO_BOTH = QT_TRANSLATE_NOOP(
    "Notice",
    "{organisation} traite des données à caractère personnel vous concernant. Conformément "
    "à l'article 5 de la loi n° 09-08 relative à la protection des personnes physiques à "
    "l'égard du traitement des données à caractère personnel et aux articles 13 et 14 du "
    "règlement général sur la protection des données (RGPD), cette notice vous dit qui "
    "traite vos données, pourquoi, avec qui elles sont partagées, combien de temps elles "
    "sont conservées et quels sont vos droits.",
)

H_CONTROLLER = QT_TRANSLATE_NOOP(
    "Notice", "Responsable du traitement et délégué à la protection des données"
)
L_CONTROLLER = QT_TRANSLATE_NOOP("Notice", "Responsable du traitement")
L_ADDRESS = QT_TRANSLATE_NOOP("Notice", "Adresse")
L_IDENTIFIERS = QT_TRANSLATE_NOOP("Notice", "Identifiants légaux")
L_REPRESENTATIVE = QT_TRANSLATE_NOOP("Notice", "Représentant au Maroc")
L_DPO = QT_TRANSLATE_NOOP("Notice", "Délégué à la protection des données (DPO)")
L_EMAIL = QT_TRANSLATE_NOOP("Notice", "E-mail")
L_PHONE = QT_TRANSLATE_NOOP("Notice", "Téléphone")
NOT_GIVEN = QT_TRANSLATE_NOOP("Notice", "non communiqué")

H_ACTIVITIES = QT_TRANSLATE_NOOP("Notice", "Les traitements de vos données")
NO_ACTIVITY = QT_TRANSLATE_NOOP("Notice", "Aucun traitement n'est inscrit au registre.")
H_PURPOSES = QT_TRANSLATE_NOOP("Notice", "Finalités et bases légales")
PURPOSE_LINE = QT_TRANSLATE_NOOP("Notice", "{purpose} — base légale : {basis}")
PURPOSE_INTEREST = QT_TRANSLATE_NOOP(
    "Notice", "{purpose} — base légale : {basis} ; intérêt poursuivi : {interest}"
)
L_SUBJECTS = QT_TRANSLATE_NOOP("Notice", "Personnes concernées")
L_DATA = QT_TRANSLATE_NOOP("Notice", "Catégories de données")
L_SOURCES = QT_TRANSLATE_NOOP("Notice", "Origine des données")
L_RECIPIENTS = QT_TRANSLATE_NOOP("Notice", "Destinataires")
L_PROCESSORS = QT_TRANSLATE_NOOP("Notice", "Sous-traitants")
L_RETENTION = QT_TRANSLATE_NOOP("Notice", "Durées de conservation")
L_TRANSFERS = QT_TRANSLATE_NOOP("Notice", "Transferts hors du Maroc")
L_CNDP = QT_TRANSLATE_NOOP("Notice", "Référence CNDP")
NONE = QT_TRANSLATE_NOOP("Notice", "aucun")
NOT_SPECIFIED = QT_TRANSLATE_NOOP("Notice", "non précisé")
RETENTION_UNSET = QT_TRANSLATE_NOOP(
    "Notice", "non encore fixée au registre ; renseignez-vous auprès du délégué"
)
RETENTION_LINE = QT_TRANSLATE_NOOP("Notice", "{what} : {duration}")
RECIPIENT_LINE = QT_TRANSLATE_NOOP("Notice", "{name} ({kind})")
PROCESSOR_LINE = QT_TRANSLATE_NOOP("Notice", "{name} — {service}")
PROCESSOR_WHERE = QT_TRANSLATE_NOOP("Notice", "{processor} ({countries})")

# Transfers: where to, through whom, on what footing under 09-08, with what guarantees.
TRANSFER_LINE = QT_TRANSLATE_NOOP("Notice", "{country} : {footing}")
TRANSFER_VIA = QT_TRANSLATE_NOOP("Notice", "{country}, par {processor} : {footing}")
FOOT_ADEQUATE = QT_TRANSLATE_NOOP(
    "Notice",
    "pays assurant un niveau de protection suffisant selon la liste de la CNDP (loi 09-08 art. 43)",
)
FOOT_EXCEPTION = QT_TRANSLATE_NOOP(
    "Notice", "exception prévue par la loi 09-08 (art. 44) : {exception}"
)
FOOT_AUTHORISED = QT_TRANSLATE_NOOP(
    "Notice", "autorisation de la CNDP n° {reference} (loi 09-08 art. 44)"
)
FOOT_AUTHORISED_ON = QT_TRANSLATE_NOOP(
    "Notice", "autorisation de la CNDP n° {reference} du {date} (loi 09-08 art. 44)"
)
FOOT_REQUESTED = QT_TRANSLATE_NOOP(
    "Notice",
    "demande d'autorisation déposée auprès de la CNDP le {date} (loi 09-08 art. 44)",
)
FOOT_PENDING = QT_TRANSLATE_NOOP(
    "Notice", "autorisation de la CNDP non encore délivrée (loi 09-08 art. 44)"
)
GUARANTEES = QT_TRANSLATE_NOOP(
    "Notice", "{footing} ; garanties jointes à la demande d'autorisation : {guarantees}"
)
GUARANTEES_WITH_AUTHORISATION = QT_TRANSLATE_NOOP(
    "Notice", "{footing} ; garanties contractuelles : {guarantees}"
)
GUARANTEE_CITED = QT_TRANSLATE_NOOP("Notice", "{label} ({citation})")

H_TRANSFERS = QT_TRANSLATE_NOOP("Notice", "Transferts de données hors du Maroc")
TRANSFERS_INTRO = QT_TRANSLATE_NOOP(
    "Notice",
    "Certaines données sont transmises à des prestataires établis hors du Maroc. La loi "
    "09-08 ne permet de transférer des données vers un pays qui n'assure pas un niveau de "
    "protection suffisant, au regard de la liste établie par la CNDP, qu'avec "
    "l'autorisation de la CNDP ou dans les cas d'exception prévus par la loi "
    "(art. 43 et 44). Les clauses contractuelles conclues avec ces prestataires sont "
    "jointes à la demande d'autorisation ; elles ne la remplacent pas. Le détail figure "
    "sous chaque traitement ci-dessus.",
)
TRANSFERS_GDPR = QT_TRANSLATE_NOOP(
    "Notice",
    "Lorsque le RGPD s'applique, ces transferts sont en outre encadrés par les garanties "
    "indiquées pour chacun (RGPD art. 44 à 49). Vous pouvez en obtenir une copie auprès "
    "du délégué à la protection des données.",
)
TRANSFER_COUNTRY = QT_TRANSLATE_NOOP("Notice", "{country} : {processors}")
NO_TRANSFER = QT_TRANSLATE_NOOP(
    "Notice", "Aucun transfert de données hors du Maroc n'est inscrit au registre."
)

H_RIGHTS = QT_TRANSLATE_NOOP("Notice", "Vos droits (loi n° 09-08)")
RIGHTS_INTRO = QT_TRANSLATE_NOOP(
    "Notice", "La loi n° 09-08 vous reconnaît, pour les données qui vous concernent :"
)
RIGHT_ACCESS = QT_TRANSLATE_NOOP(
    "Notice",
    "Droit d'accès (art. 7) : obtenir, sans délai et gratuitement, la confirmation que des "
    "données vous concernant sont ou ne sont pas traitées et, le cas échéant, la "
    "communication de ces données, des finalités du traitement, de leurs destinataires "
    "et de leur origine.",
)
RIGHT_RECTIFICATION = QT_TRANSLATE_NOOP(
    "Notice",
    "Droit de rectification (art. 8) : obtenir gratuitement l'actualisation, la "
    "rectification, l'effacement ou le verrouillage des données dont le traitement n'est "
    "pas conforme à la loi, notamment parce qu'elles sont incomplètes ou inexactes, dans "
    "un délai franc de dix jours. Si la demande est refusée ou reste sans réponse dans ce "
    "délai, vous pouvez saisir la CNDP.",
)
RIGHT_OPPOSITION = QT_TRANSLATE_NOOP(
    "Notice",
    "Droit d'opposition (art. 9) : vous opposer, pour des motifs légitimes, au traitement "
    "de vos données et, sans frais, à leur utilisation à des fins de prospection, "
    "notamment commerciale.",
)
RIGHT_PROSPECTION = QT_TRANSLATE_NOOP(
    "Notice",
    "Prospection directe (art. 10) : elle ne peut se faire par automate d'appel, "
    "télécopieur ou courrier électronique qu'avec votre consentement préalable.",
)
RIGHT_AUTOMATED = QT_TRANSLATE_NOOP(
    "Notice",
    "Décisions automatisées (art. 11) : aucune décision produisant des effets juridiques "
    "à votre égard ne peut être prise sur le seul fondement d'un traitement automatisé "
    "destiné à définir votre profil ou à évaluer certains aspects de votre personnalité.",
)

H_GDPR = QT_TRANSLATE_NOOP("Notice", "Vos droits au titre du RGPD")
GDPR_INTRO = QT_TRANSLATE_NOOP(
    "Notice",
    "Lorsque le règlement général sur la protection des données (RGPD) s'applique au "
    "traitement de vos données, notamment parce que vous vous trouvez dans l'Union "
    "européenne, vous disposez en outre des droits suivants :",
)
GDPR_ACCESS = QT_TRANSLATE_NOOP(
    "Notice", "droit d'accès à vos données et d'en obtenir une copie (art. 15) ;"
)
GDPR_RECTIFICATION = QT_TRANSLATE_NOOP(
    "Notice", "droit de rectification des données inexactes ou incomplètes (art. 16) ;"
)
GDPR_ERASURE = QT_TRANSLATE_NOOP("Notice", "droit à l'effacement (art. 17) ;")
GDPR_RESTRICTION = QT_TRANSLATE_NOOP("Notice", "droit à la limitation du traitement (art. 18) ;")
GDPR_PORTABILITY = QT_TRANSLATE_NOOP(
    "Notice",
    "droit à la portabilité des données que vous avez fournies, lorsque le traitement "
    "repose sur votre consentement ou sur un contrat et est automatisé (art. 20) ;",
)
GDPR_OBJECTION = QT_TRANSLATE_NOOP(
    "Notice",
    "droit d'opposition au traitement fondé sur l'intérêt légitime ou l'intérêt public, "
    "et à tout moment à la prospection (art. 21) ;",
)
GDPR_AUTOMATED = QT_TRANSLATE_NOOP(
    "Notice",
    "droit de ne pas faire l'objet d'une décision fondée exclusivement sur un traitement "
    "automatisé produisant des effets juridiques à votre égard (art. 22) ;",
)
GDPR_WITHDRAW = QT_TRANSLATE_NOOP(
    "Notice",
    "droit de retirer à tout moment votre consentement, sans que cela compromette la "
    "licéité du traitement effectué avant ce retrait (art. 7(3)) ;",
)
GDPR_COMPLAINT = QT_TRANSLATE_NOOP(
    "Notice", "droit d'introduire une réclamation auprès d'une autorité de contrôle (art. 77)."
)

H_EXERCISE = QT_TRANSLATE_NOOP("Notice", "Comment exercer vos droits")
EXERCISE_INTRO = QT_TRANSLATE_NOOP(
    "Notice", "Adressez votre demande au délégué à la protection des données de {organisation} :"
)
EXERCISE_SERVICES = QT_TRANSLATE_NOOP(
    "Notice", "Pour chaque traitement, le service auprès duquel exercer vos droits :"
)
SERVICE_LINE = QT_TRANSLATE_NOOP("Notice", "{activity} : {service}")
REPLY_LAW = QT_TRANSLATE_NOOP(
    "Notice",
    "Une demande de rectification, d'effacement ou de verrouillage est traitée dans le "
    "délai franc de dix jours fixé par la loi 09-08 (art. 8).",
)
REPLY_POLICY = QT_TRANSLATE_NOOP(
    "Notice",
    "Pour vos autres demandes, {organisation} s'engage à vous répondre dans un délai de "
    "{days} jours au plus. Ce délai est un engagement de {organisation} : la loi 09-08 "
    "n'en fixe pas.",
)
REPLY_GDPR = QT_TRANSLATE_NOOP(
    "Notice",
    "Au titre du RGPD, la réponse vous est donnée dans un délai d'un mois à compter de la "
    "réception de la demande ; ce délai peut être prolongé de deux mois compte tenu de la "
    "complexité ou du nombre des demandes, et vous en êtes alors informé dans le premier "
    "mois (RGPD art. 12(3)).",
)

H_CNDP = QT_TRANSLATE_NOOP("Notice", "Déclarations et autorisations auprès de la CNDP")
CNDP_INTRO = QT_TRANSLATE_NOOP(
    "Notice",
    "Les traitements sont déclarés à la CNDP ou autorisés par elle (loi 09-08 art. 12). "
    "Références délivrées par la CNDP (art. 5) :",
)
CNDP_LINE = QT_TRANSLATE_NOOP("Notice", "{activity} — {formality} : {state}")
STATE_ISSUED = QT_TRANSLATE_NOOP("Notice", "n° {reference}")
STATE_ISSUED_ON = QT_TRANSLATE_NOOP("Notice", "n° {reference} du {date}")
STATE_FILED = QT_TRANSLATE_NOOP("Notice", "dossier déposé le {date}, référence non encore délivrée")
STATE_PENDING = QT_TRANSLATE_NOOP("Notice", "référence non encore délivrée par la CNDP")
REFERENCE_LINE = QT_TRANSLATE_NOOP("Notice", "{formality} : {state}")
STATE_ENDED = QT_TRANSLATE_NOOP("Notice", "fin du traitement déclarée")

H_COMPLAINT = QT_TRANSLATE_NOOP("Notice", "Réclamation auprès d'une autorité de contrôle")
COMPLAINT_CNDP = QT_TRANSLATE_NOOP(
    "Notice",
    "Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une "
    "plainte à la Commission nationale de contrôle de la protection des données à "
    "caractère personnel (CNDP) :",
)
COMPLAINT_EU = QT_TRANSLATE_NOOP(
    "Notice",
    "Lorsque le RGPD s'applique, vous pouvez aussi introduire une réclamation auprès de "
    "l'autorité de contrôle de l'État membre de l'Union européenne où se trouve votre "
    "résidence habituelle, votre lieu de travail ou le lieu de la violation alléguée "
    "(RGPD art. 77). En France, il s'agit de la CNIL :",
)

H_DATE = QT_TRANSLATE_NOOP("Notice", "Date de la notice")
DATE_LINE = QT_TRANSLATE_NOOP(
    "Notice",
    "Notice établie le {date} à partir du registre des traitements de {organisation}. "
    "Elle est mise à jour à chaque changement de ces traitements.",
)

# What the DPO must complete before publishing (the CLI prints them; never in the page).
GAP_DPO = QT_TRANSLATE_NOOP(
    "Notice", "Aucun contact du délégué (e-mail ou téléphone) n'est renseigné."
)
GAP_ADDRESS = QT_TRANSLATE_NOOP("Notice", "L'adresse de l'organisation n'est pas renseignée.")
GAP_RETENTION = QT_TRANSLATE_NOOP(
    "Notice", "« {activity} » : aucune durée de conservation n'est inscrite."
)
GAP_REFERENCE = QT_TRANSLATE_NOOP(
    "Notice", "« {activity} » : {formality} sans référence de la CNDP."
)
GAP_TRANSFER = QT_TRANSLATE_NOOP(
    "Notice",
    "« {activity} » : transfert vers {country} sans autorisation de la CNDP ni exception "
    "de la loi 09-08.",
)
GAP_TRANSFER_VIA = QT_TRANSLATE_NOOP(
    "Notice",
    "« {activity} » : transfert vers {country} par {processor} sans autorisation de la "
    "CNDP ni exception de la loi 09-08.",
)


_SEMICOLON = {LetterLanguage.FR: " ; ", LetterLanguage.EN: "; ", LetterLanguage.AR: "؛ "}


def _same(context: str, text: str) -> str:
    return text


# ----------------------------------------------------------------------------- helpers


def country_name(code: str, language: LetterLanguage) -> str:
    """« États-Unis » for US in French, CLDR's names (babel), the code if unknown."""
    territories = Locale.parse(language.value).territories
    return str(territories.get(code, code))


class _Words(Wording):
    """The notice's words: its sentences in ``Notice``, labels in their own context."""

    def __init__(self, translate_in: TranslateIn, language: LetterLanguage) -> None:
        super().__init__(translate_in, language, CONTEXT)

    def day(self, value: date) -> str:
        return format_date(value, self.language)

    def country(self, code: str) -> str:
        return country_name(code, self.language)

    @property
    def separator(self) -> str:
        return "، " if self.language is LetterLanguage.AR else ", "

    @property
    def semicolon(self) -> str:
        return _SEMICOLON[self.language]


def _footing(transfer: NoticeTransfer, activity: NoticeActivity, w: _Words, gdpr: bool) -> str:
    """What a transfer rests on under 09-08, then the guarantees that support it."""
    authorisation = activity.formality(FormalityKind.TRANSFER)
    authorised = False
    if transfer.adequate:
        footing = w(FOOT_ADEQUATE)
        authorised = True
    elif transfer.exception is not None:
        footing = w(
            FOOT_EXCEPTION,
            exception=w.label("Law0908Exception", LAW_EXCEPTION_LABELS[transfer.exception]),
        )
        authorised = True
    elif transfer.mechanism is TransferMechanism.CNDP_AUTHORISATION and transfer.reference:
        footing = w(FOOT_AUTHORISED, reference=transfer.reference)
        authorised = True
    elif authorisation is not None and authorisation.issued:
        authorised = True
        if authorisation.receipt_on is not None:
            footing = w(
                FOOT_AUTHORISED_ON,
                reference=authorisation.receipt,
                date=w.day(authorisation.receipt_on),
            )
        else:
            footing = w(FOOT_AUTHORISED, reference=authorisation.receipt)
    elif (
        authorisation is not None
        and authorisation.status is FilingStatus.FILED
        and authorisation.filed_on is not None
    ):
        footing = w(FOOT_REQUESTED, date=w.day(authorisation.filed_on))
    else:
        footing = w(FOOT_PENDING)
    mechanism = transfer.mechanism
    if mechanism is None or mechanism in (
        TransferMechanism.ADEQUACY,
        TransferMechanism.CNDP_AUTHORISATION,
    ):
        return footing
    label = w.label("TransferMechanism", TRANSFER_MECHANISM_LABELS[mechanism])
    if gdpr:
        citation = w.label("TransferMechanism", TRANSFER_MECHANISM_CITATIONS[mechanism])
        label = w(GUARANTEE_CITED, label=label, citation=citation)
    if mechanism in GDPR_GUARANTEES:
        template = GUARANTEES_WITH_AUTHORISATION if authorised else GUARANTEES
        return w(template, footing=footing, guarantees=label)
    if gdpr:  # a GDPR derogation (Art. 49): said only where the GDPR applies
        return w(GUARANTEES_WITH_AUTHORISATION, footing=footing, guarantees=label)
    return footing


def _transfer_line(
    transfer: NoticeTransfer, activity: NoticeActivity, w: _Words, gdpr: bool
) -> str:
    footing = _footing(transfer, activity, w, gdpr)
    country = w.country(transfer.country)
    if transfer.processor:
        return w(TRANSFER_VIA, country=country, processor=transfer.processor, footing=footing)
    return w(TRANSFER_LINE, country=country, footing=footing)


def _formality_state(formality: NoticeFormality, w: _Words) -> str:
    if formality.issued:
        if formality.receipt_on is not None:
            return w(STATE_ISSUED_ON, reference=formality.receipt, date=w.day(formality.receipt_on))
        return w(STATE_ISSUED, reference=formality.receipt)
    if formality.status is FilingStatus.ENDED:
        return w(STATE_ENDED)
    if formality.status is FilingStatus.FILED and formality.filed_on is not None:
        return w(STATE_FILED, date=w.day(formality.filed_on))
    return w(STATE_PENDING)


def _purpose(purpose: Purpose, w: _Words) -> str:
    basis = w.label("LegalBasis", LEGAL_BASIS_LABELS[purpose.legal_basis])
    # GDPR Art. 13(1)(d): the legitimate interests pursued are stated.
    if purpose.legal_basis is LegalBasis.LEGITIMATE_INTERESTS and purpose.justification:
        return w(
            PURPOSE_INTEREST,
            purpose=purpose.description,
            basis=basis,
            interest=purpose.justification,
        )
    return w(PURPOSE_LINE, purpose=purpose.description, basis=basis)


def _retention(rule: RetentionRule, w: _Words) -> str:
    what = rule.scope or w.label("DataCategory", DATA_CATEGORY_LABELS[rule.category])
    duration = rule.text(
        count=lambda text, n: translations.translate_count("RetentionUnit", text, n, w.language)
    )
    return w(RETENTION_LINE, what=what, duration=duration)


def _activity(activity: NoticeActivity, w: _Words, gdpr: bool) -> list[Block]:
    blocks: list[Block] = [Heading(activity.name, 2)]
    if activity.description:
        blocks.append(Paragraph(activity.description))
    blocks.append(Heading(w(H_PURPOSES), 3))
    blocks.append(Bullets(tuple(_purpose(p, w) for p in activity.purposes)))
    none = w(NONE)
    recipients = [
        r
        for r in activity.recipients
        if not (r.kind is RecipientKind.PROCESSOR and activity.processors)
    ]
    processors = []
    for processor in activity.processors:
        line = processor.name
        if processor.service:
            line = w(PROCESSOR_LINE, name=processor.name, service=processor.service)
        # Where it works, when that is outside Morocco (the transfers say on what footing).
        if any(c != HOME_COUNTRY for c in processor.countries):
            countries = w.separator.join(w.country(c) for c in processor.countries)
            line = w(PROCESSOR_WHERE, processor=line, countries=countries)
        processors.append(line)
    rows: list[tuple[str, str]] = [
        (w(L_SUBJECTS), w.semicolon.join(activity.subject_categories) or w(NOT_SPECIFIED)),
        (
            w(L_DATA),
            w.semicolon.join(
                w.label("DataCategory", DATA_CATEGORY_LABELS[c]) for c in activity.data_categories
            )
            or w(NOT_SPECIFIED),
        ),
    ]
    if activity.sources:
        rows.append((w(L_SOURCES), w.semicolon.join(activity.sources)))
    rows += [
        (
            w(L_RECIPIENTS),
            "\n".join(
                w(
                    RECIPIENT_LINE,
                    name=r.name,
                    kind=w.label("RecipientKind", RECIPIENT_KIND_LABELS[r.kind]),
                )
                for r in recipients
            )
            or none,
        ),
        (w(L_PROCESSORS), "\n".join(processors) or none),
        (
            w(L_RETENTION),
            "\n".join(_retention(rule, w) for rule in activity.retention) or w(RETENTION_UNSET),
        ),
        (
            w(L_TRANSFERS),
            "\n".join(_transfer_line(t, activity, w, gdpr) for t in activity.transfers) or none,
        ),
        (w(L_CNDP), _references(activity, w)),
    ]
    blocks.append(Fields(tuple(rows)))
    return blocks


def _references(activity: NoticeActivity, w: _Words) -> str:
    lines = [
        w(
            REFERENCE_LINE,
            formality=w.label("FormalityKind", FORMALITY_LABELS[f.kind]),
            state=_formality_state(f, w),
        )
        for f in activity.formalities
    ]
    return "\n".join(lines) or w(STATE_PENDING)


def _contact(organisation: Organisation, w: _Words) -> tuple[tuple[str, str], ...]:
    rows: list[tuple[str, str]] = []
    if organisation.dpo_name:
        rows.append((w(L_DPO), organisation.dpo_name))
    rows.append((w(L_EMAIL), organisation.dpo_email or w(NOT_GIVEN)))
    if organisation.dpo_phone:
        rows.append((w(L_PHONE), organisation.dpo_phone))
    rows.append((w(L_ADDRESS), organisation.address or w(NOT_GIVEN)))
    return tuple(rows)


def _authority(facts: NoticeFacts, code: str, name: str, w: _Words) -> Fields:
    address = (facts.authority_addresses.get(code) or {}).get(w.language, "")
    if not address:
        address = DEFAULT_AUTHORITY_ADDRESSES[code][w.language]
    return Fields(((w.label("Letter", name), address),))


# ----------------------------------------------------------------------------- the report


def notice_report(
    facts: NoticeFacts, language: LetterLanguage | str, translate_in: TranslateIn | None = None
) -> Report:
    """The notice in ``language``: every fixed string through ``translate_in``
    (``translations.translator(language)``), the DPO's own words as they are."""
    language = LetterLanguage(language)
    organisation = facts.organisation
    w = _Words(translate_in or _same, language)
    gdpr = facts.gdpr_applies
    name = organisation.name
    blocks: list[Block] = [
        Paragraph(w(INTRO_BOTH if gdpr else INTRO_0908, organisation=name)),
        Heading(w(H_CONTROLLER), 1),
    ]
    controller: list[tuple[str, str]] = [(w(L_CONTROLLER), name)]
    if organisation.legal_identifiers:
        controller.append((w(L_IDENTIFIERS), organisation.legal_identifiers))
    if not organisation.established_in_morocco and organisation.representative:
        controller.append((w(L_REPRESENTATIVE), organisation.representative))
    controller += _contact(organisation, w)
    blocks.append(Fields(tuple(controller)))

    blocks.append(Heading(w(H_ACTIVITIES), 1))
    if not facts.activities:
        blocks.append(Paragraph(w(NO_ACTIVITY)))
    for activity in facts.activities:
        blocks += _activity(activity, w, gdpr)

    blocks.append(Heading(w(H_TRANSFERS), 1))
    by_country: dict[str, list[str]] = {}
    for activity in facts.activities:
        for transfer in activity.transfers:
            names = by_country.setdefault(transfer.country, [])
            if transfer.processor and transfer.processor not in names:
                names.append(transfer.processor)
    if by_country:
        blocks.append(Paragraph(w(TRANSFERS_INTRO)))
        blocks.append(
            Bullets(
                tuple(
                    w(
                        TRANSFER_COUNTRY,
                        country=w.country(code),
                        processors=w.separator.join(names) or w(NOT_SPECIFIED),
                    )
                    for code, names in by_country.items()
                )
            )
        )
        if gdpr:
            blocks.append(Paragraph(w(TRANSFERS_GDPR)))
    else:
        blocks.append(Paragraph(w(NO_TRANSFER)))

    blocks += [
        Heading(w(H_RIGHTS), 1),
        Paragraph(w(RIGHTS_INTRO)),
        Bullets(
            (
                w(RIGHT_ACCESS),
                w(RIGHT_RECTIFICATION),
                w(RIGHT_OPPOSITION),
                w(RIGHT_PROSPECTION),
                w(RIGHT_AUTOMATED),
            )
        ),
    ]
    if gdpr:
        blocks += [
            Heading(w(H_GDPR), 1),
            Paragraph(w(GDPR_INTRO)),
            Bullets(
                (
                    w(GDPR_ACCESS),
                    w(GDPR_RECTIFICATION),
                    w(GDPR_ERASURE),
                    w(GDPR_RESTRICTION),
                    w(GDPR_PORTABILITY),
                    w(GDPR_OBJECTION),
                    w(GDPR_AUTOMATED),
                    w(GDPR_WITHDRAW),
                    w(GDPR_COMPLAINT),
                )
            ),
        ]

    blocks += [
        Heading(w(H_EXERCISE), 1),
        Paragraph(w(EXERCISE_INTRO, organisation=name)),
        Fields(_contact(organisation, w)),
    ]
    services = [
        w(SERVICE_LINE, activity=a.name, service=a.rights_service)
        for a in facts.activities
        if a.rights_service
    ]
    if services:
        blocks += [Paragraph(w(EXERCISE_SERVICES)), Bullets(tuple(services))]
    blocks.append(Paragraph(w(REPLY_LAW)))
    if facts.internal_days:
        blocks.append(Paragraph(w(REPLY_POLICY, organisation=name, days=facts.internal_days)))
    if gdpr:
        blocks.append(Paragraph(w(REPLY_GDPR)))

    blocks += [Heading(w(H_CNDP), 1), Paragraph(w(CNDP_INTRO))]
    references = [
        w(
            CNDP_LINE,
            activity=a.name,
            formality=w.label("FormalityKind", FORMALITY_LABELS[f.kind]),
            state=_formality_state(f, w),
        )
        for a in facts.activities
        for f in a.formalities
    ]
    blocks.append(Bullets(tuple(references)) if references else Paragraph(w(STATE_PENDING)))

    blocks += [
        Heading(w(H_COMPLAINT), 1),
        Paragraph(w(COMPLAINT_CNDP)),
        _authority(facts, "cndp", CNDP_NAME, w),
    ]
    if gdpr:
        blocks += [Paragraph(w(COMPLAINT_EU)), _authority(facts, "cnil", CNIL_NAME, w)]

    day = w.day(facts.issued_on)
    blocks += [Heading(w(H_DATE), 1), Paragraph(w(DATE_LINE, date=day, organisation=name))]
    return Report(
        language=language,
        title=w(TITLE),
        author=name,
        blocks=tuple(blocks),
        subtitle=w(SUBTITLE_BOTH if gdpr else SUBTITLE_0908),
        issued_on=facts.issued_on,
        footer=w(FOOTER, organisation=name, date=day),
        keywords=("CNDP", "09-08", *(("RGPD",) if gdpr else ())),
    )


# ----------------------------------------------------------------------------- gaps


@dataclass(frozen=True)
class NoticeGap:
    """Something the register lacks that the notice had to say in words instead."""

    template: str
    values: Mapping[str, object] = field(default_factory=dict, hash=False)

    def text(self, translate_in: TranslateIn | None = None) -> str:
        tx = translate_in or _same
        values = dict(self.values)
        if isinstance(kind := values.get("formality"), FormalityKind):
            values["formality"] = tx("FormalityKind", FORMALITY_LABELS[kind])
        try:
            return tx(CONTEXT, self.template).format(**values)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**values)


def notice_gaps(facts: NoticeFacts) -> tuple[NoticeGap, ...]:
    """What to complete in the register before publishing the notice, in its order
    (each gap's ``text`` in the reader's language)."""
    organisation = facts.organisation
    gaps: list[NoticeGap] = []
    if not (organisation.dpo_email or organisation.dpo_phone):
        gaps.append(NoticeGap(GAP_DPO))
    if not organisation.address:
        gaps.append(NoticeGap(GAP_ADDRESS))
    for activity in facts.activities:
        if not activity.retention:
            gaps.append(NoticeGap(GAP_RETENTION, {"activity": activity.name}))
        for formality in activity.formalities:
            if not formality.issued and formality.status is not FilingStatus.ENDED:
                gaps.append(
                    NoticeGap(
                        GAP_REFERENCE, {"activity": activity.name, "formality": formality.kind}
                    )
                )
        authorisation = activity.formality(FormalityKind.TRANSFER)
        for transfer in activity.transfers:
            cleared = (
                transfer.adequate
                or transfer.exception is not None
                or (
                    transfer.mechanism is TransferMechanism.CNDP_AUTHORISATION
                    and bool(transfer.reference)
                )
                or (authorisation is not None and authorisation.issued)
            )
            if not cleared:
                values = {"activity": activity.name, "country": transfer.country}
                if transfer.processor:
                    values["processor"] = transfer.processor
                gaps.append(
                    NoticeGap(GAP_TRANSFER_VIA if transfer.processor else GAP_TRANSFER, values)
                )
    return tuple(gaps)


__all__ = [
    "NoticeActivity",
    "NoticeFacts",
    "NoticeFormality",
    "NoticeGap",
    "NoticeProcessor",
    "NoticeTransfer",
    "country_name",
    "notice_gaps",
    "notice_report",
]
