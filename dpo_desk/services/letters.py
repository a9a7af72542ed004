"""Use cases of letters (issue 6): draft from a template and the case, edit, validate,
issue as a PDF kept with the case; and the templates legal staff edit in Paramètres.

The flow: ``start_draft`` fills the template (the register's edited one, else the shipped
default) with the case data → ``save_draft`` while it is a draft (an edit of a validated
draft returns it to draft: what was reviewed is no longer what would be sent) →
``validate_draft`` with the reviewer's name → ``issue_pdf`` renders it, stores the PDF as
an attachment of the case, and freezes the draft.

Every write is one transaction with its audit entry. A letter is full of personal data
(names, addresses, what was asked), so the journal records the letter's kind, language,
status and that its text changed, never the text; the same goes for templates.

Which letters fit which case: request kinds for a request (``DSR-…``), breach kinds for a
breach (``VIO-…``); anything else is refused with the kinds that would fit. Within a
request's kinds, ``letter_availability`` is the one rule, shared by the GUI and the CLI,
of which letters the case supports (issue 20): a letter never says what the case does not
(a rectification not recorded as done, a refusal without a ground its laws allow, an
extension Law 09-08 does not provide…). Breach kinds keep their own checks while drafting
(the addressee, the reasons of a late notice).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, Literal

from sqlalchemy import Connection

from dpo_desk.documents.kinds import (
    BREACH_KINDS,
    LETTER_KIND_LABELS,
    REQUEST_KINDS,
    LetterKind,
    LetterLanguage,
)
from dpo_desk.documents.letters import (
    AccessDetails,
    BreachLetterFacts,
    DeadlineExplanation,
    LetterContext,
    LetterDraft,
    TimelineEntry,
    breach_context,
    default_template,
    draft_letter,
    printed_letter,
    request_context,
    term,
    transfer_line,
)
from dpo_desk.documents.pdf import check_context, check_draft, check_text, render_letter
from dpo_desk.documents.templates import normalise_newlines
from dpo_desk.domain import deadlines
from dpo_desk.domain.breach_risk import DATA_CATEGORY_LABELS as BREACH_CATEGORY_LABELS
from dpo_desk.domain.breaches import (
    EVENT_KIND_LABELS,
    Authority,
    AuthorityNotification,
    BreachIncident,
    NotificationPhase,
)
from dpo_desk.domain.clock import Clock, SystemClock, organisation_zone, today
from dpo_desk.domain.errors import Conflict, NotFound, UserError, ValidationError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.domain.letters import MAX_LETTER, MAX_NAME, CaseKind, DraftStatus, StoredDraft
from dpo_desk.domain.organisation import Organisation
from dpo_desk.domain.records import DATA_CATEGORY_LABELS as ACTIVITY_CATEGORY_LABELS
from dpo_desk.domain.refusals import REGIME_ORDER, ground_fit
from dpo_desk.domain.requests.model import RightsRequest
from dpo_desk.domain.requests.workflow import (
    REFUSAL_REASON_LABELS,
    REGIME_LABELS,
    RIGHT_LABELS,
    IdentityStatus,
    RefusalReason,
    Regime,
    RequestStatus,
    Right,
)
from dpo_desk.domain.retention import AttachmentPurpose
from dpo_desk.services import attachments, identity_documents, journal
from dpo_desk.services import authorities as authority_service
from dpo_desk.services import requests as request_service
from dpo_desk.services.attachments import sanitise_filename
from dpo_desk.services.cases import Case, CaseNotFound, case_in, find_case
from dpo_desk.services.journal import current_actor
from dpo_desk.services.letter_addressees import Addressee, breach_addressee, check_addressee
from dpo_desk.services.letter_errors import LetterRefused
from dpo_desk.services.letter_rules import check_four_eyes
from dpo_desk.services.reading import read_one
from dpo_desk.storage import letters as repo
from dpo_desk.storage import organisation as settings_repo
from dpo_desk.storage import records as registers_repo
from dpo_desk.storage import requests as request_repo
from dpo_desk.storage.database import Register
from dpo_desk.storage.requests import AttachmentInfo

ENTITY = "letter"
TEMPLATE_ENTITY = "letter_template"


class DraftNotFound(NotFound):
    template = QT_TRANSLATE_NOOP("Errors", "Le courrier n°{id} n'existe pas (ou plus).")


ERR_EDITED = QT_TRANSLATE_NOOP(
    "Errors",
    "Le courrier a été modifié entre-temps (autre fenêtre, autre poste) ; "
    "rechargez-le avant d'enregistrer.",
)


class KindMismatch(LetterRefused):
    """A letter kind that does not fit the case (a breach report for a request…)."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Le courrier « {kind} » ne convient pas à {case} {reference} : choisissez {kinds}.",
    )
    exit_code = 6
    translated_values = ("case",)


class LetterUnavailable(LetterRefused):
    """A letter its case does not support (yet): it would say something untrue.

    Its message starts with the kind's name, so that it reads alone: on the CLI, and by
    the disabled kind in the letters dialog.
    """

    exit_code = 6
    value_contexts = {
        "kind": "LetterKind",
        "rights": "Right",
        "right": "Right",
        "regime": "Regime",
        "reason": "RefusalReason",
    }


class AccessSectionsEmpty(ValidationError):
    """An access reply with sections the register does not fill: the DPO says why they
    are empty (the letter marks them « néant »), or links the request to its activities."""

    value_contexts = {"sections": "LetterField"}

    def __init__(self, sections: tuple[str, ...]) -> None:
        super().__init__(ERR_ACCESS_EMPTY, ACCESS_NONE_REASON, sections=sections)


ACCESS_NONE_REASON = "access_none_reason"

ERR_EXTENSION_LAW_ONLY = QT_TRANSLATE_NOOP(
    "Errors",
    "« {kind} » indisponible : la demande {reference} relève de la seule loi 09-08, qui ne "
    "prévoit pas de prorogation du délai.",
)
ERR_NOT_EXTENDED = QT_TRANSLATE_NOOP(
    "Errors",
    "« {kind} » indisponible : la demande {reference} n'a pas été prorogée. Enregistrez "
    "d'abord la prorogation, avec sa date et ses motifs (article 12(3) du RGPD).",
)
ERR_RIGHT_NOT_ASKED = QT_TRANSLATE_NOOP(
    "Errors", "« {kind} » indisponible : la demande {reference} ne porte pas sur : {rights}."
)
ERR_NOT_DONE = QT_TRANSLATE_NOOP(
    "Errors",
    "« {kind} » indisponible : rien n'est enregistré comme fait pour la demande "
    "{reference}. Enregistrez d'abord la réponse (statut « Répondue », avec sa date) : le "
    "courrier en donne la date.",
)
ERR_REQUEST_REFUSED = QT_TRANSLATE_NOOP(
    "Errors",
    "« {kind} » indisponible : la demande {reference} a été refusée ; c'est le refus "
    "motivé qui lui répond.",
)
ERR_REQUEST_WITHDRAWN = QT_TRANSLATE_NOOP(
    "Errors", "« {kind} » indisponible : la demande {reference} a été retirée par le demandeur."
)
ERR_IDENTITY_NOT_ESTABLISHED = QT_TRANSLATE_NOOP(
    "Errors",
    "« {kind} » indisponible : l'identité du demandeur de la demande {reference} n'est pas "
    "établie ; aucune donnée ne peut lui être communiquée.",
)
ERR_NOT_REFUSED = QT_TRANSLATE_NOOP(
    "Errors",
    "« {kind} » indisponible : la demande {reference} n'a pas été refusée. Enregistrez "
    "d'abord le refus et son motif : le courrier le cite.",
)
ERR_GROUND_NOT_FOR_RIGHT = QT_TRANSLATE_NOOP(
    "Errors",
    "« {kind} » indisponible : le motif enregistré « {reason} » ne permet pas de refuser "
    "« {right} » au titre de « {regime} ».",
)
ERR_GROUND_RIGHT_NOT_PROVIDED = QT_TRANSLATE_NOOP(
    "Errors",
    "« {kind} » indisponible : « {right} » n'est pas prévu par « {regime} » ; seul le motif "
    "« {reason} » fonde ce refus.",
)
ERR_ACCESS_EMPTY = QT_TRANSLATE_NOOP(
    "Errors",
    "Rubriques vides : {sections}. Rattachez la demande à ses traitements du registre, ou "
    "indiquez pourquoi elles sont sans objet (elles seront marquées « néant »).",
)

# The LetterField names of the access reply's sections, for the message above.
ACCESS_SECTION_NAMES = {
    "categories": QT_TRANSLATE_NOOP("LetterField", "Catégories de données traitées"),
    "purposes": QT_TRANSLATE_NOOP("LetterField", "Finalités du traitement"),
    "recipients": QT_TRANSLATE_NOOP("LetterField", "Destinataires"),
    "transfers": QT_TRANSLATE_NOOP("LetterField", "Transferts hors du Maroc et leurs garanties"),
    "retention": QT_TRANSLATE_NOOP("LetterField", "Durée de conservation"),
    "source": QT_TRANSLATE_NOOP("LetterField", "Source des données"),
    "automated": QT_TRANSLATE_NOOP(
        "LetterField", "Décisions automatisées, profilage et logique sous-jacente"
    ),
}

CASE_NAMES = {
    CaseKind.REQUEST: QT_TRANSLATE_NOOP("Errors", "la demande"),
    CaseKind.BREACH: QT_TRANSLATE_NOOP("Errors", "la violation"),
}

ERR_UNKNOWN_KIND = QT_TRANSLATE_NOOP("Errors", "Type de courrier inconnu : {value}.")
ERR_UNKNOWN_LANGUAGE = QT_TRANSLATE_NOOP(
    "Errors", "Langue de courrier inconnue : {value} (fr, ar ou en)."
)
ERR_ISSUED = QT_TRANSLATE_NOOP(
    "Errors",
    "Ce courrier a déjà été généré en PDF et joint au dossier : il ne se modifie plus. "
    "Rédigez un nouveau courrier.",
)
ERR_ALREADY_VALIDATED = QT_TRANSLATE_NOOP(
    "Errors", "Ce courrier est déjà marqué comme validé par {reviewer}."
)
ERR_NOT_VALIDATED = QT_TRANSLATE_NOOP(
    "Errors",
    "Le courrier doit être relu et marqué comme validé avant la génération du PDF.",
)
ERR_REVIEWER = QT_TRANSLATE_NOOP(
    "Errors", "Indiquez le nom de la personne qui a relu et validé le courrier."
)
ERR_AUTHOR = QT_TRANSLATE_NOOP("Errors", "Indiquez l'auteur du brouillon.")
ERR_NAME_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "Le nom dépasse {limit} caractères.")
ERR_LETTER_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "Le courrier dépasse {limit} caractères.")
ERR_NO_ORGANISATION = QT_TRANSLATE_NOOP(
    "Errors", "Renseignez d'abord l'organisation et son délégué dans Paramètres."
)

# ----------------------------------------------------------------------------- cases


def kinds_for(case_kind: CaseKind | str) -> list[LetterKind]:
    """The letters that fit a case, in the order of ``LetterKind`` (the drafting order)."""
    fitting = BREACH_KINDS if CaseKind(case_kind) is CaseKind.BREACH else REQUEST_KINDS
    return [kind for kind in LetterKind if kind in fitting]


def parse_kind(value: LetterKind | str) -> LetterKind:
    try:
        return LetterKind(value)
    except ValueError:
        raise LetterRefused(ERR_UNKNOWN_KIND, value=str(value)) from None


def parse_language(value: LetterLanguage | str) -> LetterLanguage:
    try:
        return LetterLanguage(value)
    except ValueError:
        raise LetterRefused(ERR_UNKNOWN_LANGUAGE, value=str(value)) from None


def _mismatch(case: Case, kind: LetterKind) -> KindMismatch:
    return KindMismatch(
        kind=kind.value,
        case=CASE_NAMES[case.kind],
        reference=case.reference,
        kinds=", ".join(k.value for k in kinds_for(case.kind)),
    )


def check_kind(case: Case, kind: LetterKind | str) -> LetterKind:
    """The kind, if it is one of the case's family (request or breach letters)."""
    letter_kind = parse_kind(kind)
    if letter_kind not in kinds_for(case.kind):
        raise _mismatch(case, letter_kind)
    return letter_kind


# ----------------------------------------------------------------------------- which letters


@dataclass(frozen=True)
class Availability:
    """Whether a case supports a letter kind.

    ``reason`` is the refusal drafting would raise: its message says why the letter is
    unavailable (the CLI prints it; the dialog shows it by the disabled kind). An allowed
    kind may still need an input from the DPO before it can be drafted: ``needs`` names
    it (``access_none_reason``), and ``reason`` then says what is missing.
    """

    allowed: bool
    reason: UserError | None = None
    needs: tuple[str, ...] = ()


_OK = Availability(True)


def _answered(request: RightsRequest) -> bool:
    """Answered (not refused) with its date: what was asked is recorded as done."""
    return (
        request.status in (RequestStatus.ANSWERED, RequestStatus.CLOSED)
        and request.answered_on is not None
        and request.refusal_reason is None
    )


def _withdrawn(request: RightsRequest) -> bool:
    # Closed after a withdrawal: neither answered nor refused (both record answered_on).
    return request.status is RequestStatus.WITHDRAWN or (
        request.status is RequestStatus.CLOSED
        and request.answered_on is None
        and request.refusal_reason is None
    )


def _request_availability(
    conn: Connection, request: RightsRequest, kind: LetterKind
) -> Availability:
    """The rule, per kind of request letter (see docs/letters-review.md)."""

    def no(template: str, **values: object) -> Availability:
        reason = LetterUnavailable(
            template, kind=LETTER_KIND_LABELS[kind], reference=request.reference, **values
        )
        return Availability(False, reason)

    def not_asked(*rights: Right) -> Availability:
        return no(ERR_RIGHT_NOT_ASKED, rights=tuple(RIGHT_LABELS[r] for r in rights))

    if kind in (LetterKind.ACKNOWLEDGEMENT, LetterKind.IDENTITY_REQUEST):
        return _OK
    if kind is LetterKind.EXTENSION:
        # GDPR Art. 12(3) only: Law 09-08 provides no extension.
        if Regime.GDPR not in request.regimes:
            return no(ERR_EXTENSION_LAW_ONLY)
        if request.extended_on is None:
            return no(ERR_NOT_EXTENDED)
        return _OK
    if kind is LetterKind.REFUSAL:
        if request.refusal_reason is None:
            return no(ERR_NOT_REFUSED)
        fit = ground_fit(request.refusal_reason, request.regimes, request.rights)
        if fit.fits:
            return _OK
        assert fit.right is not None
        if fit.regime is None:  # a right no regime of the request provides
            return no(
                ERR_GROUND_RIGHT_NOT_PROVIDED,
                right=RIGHT_LABELS[fit.right],
                regime=REGIME_LABELS[Regime.LAW_09_08],
                reason=REFUSAL_REASON_LABELS[RefusalReason.NOT_APPLICABLE],
            )
        return no(
            ERR_GROUND_NOT_FOR_RIGHT,
            reason=REFUSAL_REASON_LABELS[request.refusal_reason],
            right=RIGHT_LABELS[fit.right],
            regime=REGIME_LABELS[fit.regime],
        )
    asked = {
        LetterKind.ACCESS_RESPONSE: (Right.ACCESS,),
        LetterKind.RECTIFICATION_DONE: (Right.RECTIFICATION,),
        LetterKind.ERASURE_DONE: (Right.ERASURE, Right.RESTRICTION),
        LetterKind.OBJECTION_RESPONSE: (Right.OBJECTION,),
    }[kind]
    if not request.rights & set(asked):
        return not_asked(*asked)
    if request.refusal_reason is not None:
        return no(ERR_REQUEST_REFUSED)
    if _withdrawn(request):
        return no(ERR_REQUEST_WITHDRAWN)
    if kind is LetterKind.ACCESS_RESPONSE:
        if request.identity_status in (IdentityStatus.PENDING, IdentityStatus.FAILED):
            return no(ERR_IDENTITY_NOT_ESTABLISHED)
        empty = _access_details(conn, request, LetterLanguage.FR).empty_sections()
        if empty:
            sections = tuple(ACCESS_SECTION_NAMES[name] for name in empty)
            return Availability(True, AccessSectionsEmpty(sections), (ACCESS_NONE_REASON,))
        return _OK
    # Confirmations (rectified, erased or restricted, objection upheld): the register
    # records no per-right "done"; the request answered, with its date, is what says so.
    if not _answered(request):
        return no(ERR_NOT_DONE)
    return _OK


def _availability_in(conn: Connection, case: Case, kind: LetterKind) -> Availability:
    if kind not in kinds_for(case.kind):
        return Availability(False, _mismatch(case, kind))
    if case.request is None:
        return _OK  # breach letters: checked while drafting (addressee, late reasons)
    return _request_availability(conn, case.request, kind)


def letter_availability(register: Register, case: Case | str) -> dict[LetterKind, Availability]:
    """Every letter kind, and whether the case (read afresh) supports it, with why not.

    The one rule of the GUI's list of kinds, the CLI's ``letter`` and the drafting.
    """
    reference = case.reference if isinstance(case, Case) else case
    with register.read() as conn:
        found = case_in(conn, reference)
        return {kind: _availability_in(conn, found, kind) for kind in LetterKind}


# ----------------------------------------------------------------------------- case → letter


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(item.strip() for item in items if item and item.strip()))


def _access_details(
    conn: Connection, request: RightsRequest, language: LetterLanguage
) -> AccessDetails:
    """GDPR Art. 15(1)(a)-(d), (g); 09-08 art. 7: from the activities the request concerns.

    Free text (purposes, recipients, sources) is the DPO's own words; category labels are
    put in the letter's language. Retention rules are worded in French by the registers
    module, so they are filled in French letters only: legal staff complete the others.
    """
    ids = registers_repo.activities_for_case(conn, "request", request.id)
    activities = [a for i in ids if (a := registers_repo.get_activity(conn, i)) is not None]
    if not activities:
        return AccessDetails()
    order = {category: rank for rank, category in enumerate(ACTIVITY_CATEGORY_LABELS)}
    categories = [
        term(ACTIVITY_CATEGORY_LABELS.get(c, str(c)), language)
        for a in activities
        for c in sorted(a.data_categories, key=lambda c: order.get(c, len(order)))
    ]
    retention = ""
    if language is LetterLanguage.FR:
        retention = "; ".join(_unique(rule.text() for a in activities for rule in a.retention))
    # GDPR Arts. 15(1)(c), 15(2); 09-08 arts. 43-44: the register's transfers abroad, each
    # with its safeguard under the request's own laws. None recorded is an answer ("not
    # transferred"), not a blank. Automated decisions (GDPR Arts. 15(1)(h), 22; 09-08 art.
    # 7) are not recorded by the register: that section stays empty, for the DPO to state.
    transfers = _unique(
        transfer_line(t.country, t.mechanism, request.regimes, language)
        for a in activities
        for t in a.transfers
    )
    return AccessDetails(
        categories=_unique(categories),
        purposes=_unique(p.description for a in activities for p in a.purposes),
        recipients=_unique(r.name for a in activities for r in a.recipients),
        transfers=transfers,
        no_transfer=not transfers,
        retention=retention,
        source="; ".join(_unique(s for a in activities for s in a.sources)),
    )


def _first_notice_to(
    incident: BreachIncident, authority: Authority, name: str
) -> AuthorityNotification | None:
    """The first initial notice to that very authority (another EU one by its name)."""
    return min(
        (
            n
            for n in incident.notifications
            if n.phase is NotificationPhase.INITIAL
            and n.authority is authority
            and (authority is not Authority.OTHER or n.authority_name.casefold() == name.casefold())
        ),
        key=lambda n: n.sent_at,
        default=None,
    )


def breach_letter_facts(
    incident: BreachIncident,
    language: LetterLanguage | str,
    *,
    now: datetime,
    delay_reasons: str = "",
    addressee: Addressee | None = None,
) -> BreachLetterFacts:
    """The letter's view of a breach from the breach register.

    Addressed to ``addressee`` (checked by ``check_addressee``), by default to
    ``breach_addressee``. Late is judged per duty, for that authority: a
    letter to the CNIL or another EU authority against the deadline of GDPR Art. 33(1),
    one to the CNDP against the organisation's 72-hour policy (Law 09-08 has no breach
    duty). It is late when the first initial notice to that authority was sent after the
    deadline, or, none being recorded yet, when the letter is written after it. The
    reasons are those recorded with that notice, unless ``delay_reasons`` gives them.
    """
    language = LetterLanguage(language)
    nature = incident.nature
    to = addressee or Addressee(*breach_addressee(incident))
    authority, authority_name = to.authority, to.name
    deadline = incident.deadline_for(authority)
    notice = _first_notice_to(incident, authority, authority_name)
    sent = notice.sent_at if notice is not None else now
    order = {category: rank for rank, category in enumerate(BREACH_CATEGORY_LABELS)}
    categories = sorted(nature.data_categories, key=lambda c: order.get(c, len(order)))
    timeline = tuple(
        TimelineEntry(
            event.at,
            term(EVENT_KIND_LABELS[event.kind], language)
            + (f" : {event.note}" if event.note.strip() else ""),
        )
        for event in incident.events
    )
    return BreachLetterFacts(
        reference=incident.reference,
        title=incident.title,
        regimes=incident.regimes,
        aware_at=incident.aware_at,
        notify_by=incident.notify_by,
        description=nature.description,
        confidentiality=nature.confidentiality,
        integrity=nature.integrity,
        availability=nature.availability,
        subject_categories=nature.subject_categories,
        subjects_count=nature.subjects_count,
        record_categories=nature.record_categories,
        records_count=nature.records_count,
        data_categories=tuple(
            term(BREACH_CATEGORY_LABELS.get(c, str(c)), language) for c in categories
        ),
        consequences=nature.consequences,
        measures_taken=nature.measures_taken,
        measures_proposed=nature.measures_proposed,
        timeline=timeline,
        started_at=incident.started_at,
        discovered_at=incident.discovered_at,
        notified_late=deadline is not None and sent > deadline,
        delay_reasons=delay_reasons.strip() or (notice.delay_reason if notice else ""),
        authority=str(authority),
        authority_name=authority_name,
    )


def _organisation(conn: Connection) -> Organisation:
    org = settings_repo.load(conn)
    if org is None:
        raise LetterRefused(ERR_NO_ORGANISATION)
    return org


def _context(
    conn: Connection,
    case: Case,
    kind: LetterKind,
    language: LetterLanguage,
    *,
    on: date,
    now: datetime,
    delay_reasons: str = "",
    access_none_reason: str = "",
    addressee: str | None = None,
) -> LetterContext:
    org = _organisation(conn)
    # The authorities' addresses as the register keeps them (Paramètres).
    authorities = authority_service.addresses_in(conn, language)
    # The organisation's own town, as the DPO set it; none → the date alone. Guessing it
    # from the address printed "Maroc, le …" or a district (migration 0008).
    place = org.town
    if case.request is not None:
        request = case.request
        own_letters = repo.issued_attachment_ids(conn, CaseKind.REQUEST, case.id)
        # A proof of identity is not a document given to the person: it is never
        # listed among a letter's enclosures (and is deleted once checked).
        provided = [
            info.filename
            for info in request_repo.attachments_for(conn, case.id)
            if info.id not in own_letters and info.purpose != AttachmentPurpose.IDENTITY
        ]
        access = _access_details(conn, request, language)
        if kind is LetterKind.ACCESS_RESPONSE and access_none_reason.strip():
            # Which sections are empty is read in French: the retention rules are worded
            # in French only, and are not "none" in a letter of another language.
            empty = _access_details(conn, request, LetterLanguage.FR).empty_sections()
            access = replace(
                access, none=frozenset(empty), none_reason=" ".join(access_none_reason.split())
            )
        return request_context(
            org,
            request,
            kind,
            language,
            letter_date=on,
            place=place,
            deadlines=_deadlines_by_regime(conn, request, on),
            attachments=provided,
            access=access,
            done_on=request.answered_on if _answered(request) else None,
            objection_upheld=_answered(request),
            identity=identity_documents.identity_policy_in(conn),
            authorities=authorities,
        )
    assert case.breach is not None
    chosen = None
    if kind is LetterKind.BREACH_NOTIFICATION:
        chosen = check_addressee(case.breach, addressee)
    facts = breach_letter_facts(
        case.breach, language, now=now, delay_reasons=delay_reasons, addressee=chosen
    )
    return breach_context(
        org, facts, kind, language, letter_date=on, place=place, authorities=authorities
    )


def _deadlines_by_regime(
    conn: Connection, request: RightsRequest, on: date
) -> dict[Regime, DeadlineExplanation]:
    """The earliest due date under each of the request's laws: an extension moves the
    GDPR's only, and the extension letter gives both (Law 09-08 has no extension)."""
    ctx = request_service.deadline_context_in(conn)
    candidates = deadlines.candidate_deadlines(
        request.received_on,
        request.regimes,
        request.rights,
        ctx.calendar,
        ctx.policy,
        extended=request.extended_on is not None,
        pauses=[(p.started_on, p.ended_on) for p in request.pauses],
        today=on,
    )
    found: dict[Regime, DeadlineExplanation] = {}
    for candidate in candidates:  # the earliest first
        found.setdefault(candidate.regime, DeadlineExplanation.of_deadline(candidate))
    return {regime: found[regime] for regime in REGIME_ORDER if regime in found}


def _today(conn: Connection, clock: Clock) -> date:
    org = settings_repo.load(conn)
    return today(clock, organisation_zone(org.timezone if org else None))


def _template_in(conn: Connection, kind: LetterKind, language: LetterLanguage) -> str:
    row = repo.get_template(conn, kind.value, language.value)
    return row.text if row is not None else default_template(kind, language)


# ----------------------------------------------------------------------------- reads


def drafts_for(register: Register, case: Case | str) -> list[StoredDraft]:
    """The drafts of a case (a ``Case`` or its reference), the latest first."""
    with register.read() as conn:
        found = case if isinstance(case, Case) else case_in(conn, case)
        return repo.drafts_for(conn, found.kind, found.id)


def get_draft(register: Register, draft_id: int) -> StoredDraft:
    return read_one(
        register, lambda conn: repo.get_draft(conn, draft_id), lambda: DraftNotFound(id=draft_id)
    )


Enforce = Literal["draft", "issue", "kind"]


def _check_available(
    conn: Connection, case: Case, kind: LetterKind | str, enforce: Enforce, access_none_reason: str
) -> LetterKind:
    """The kind, if the case supports it (``letter_availability``'s rule).

    ``draft``: the letter is being written from its template, so what it still needs from
    the DPO must be given. ``issue``: the letter was drafted, the case must still support
    it. ``kind``: only the family (a preview of a stored draft shows what was written).
    """
    letter_kind = check_kind(case, kind)
    if enforce == "kind":
        return letter_kind
    availability = _availability_in(conn, case, letter_kind)
    if not availability.allowed:
        assert availability.reason is not None
        raise availability.reason
    if enforce == "draft" and availability.needs and not access_none_reason.strip():
        assert availability.reason is not None
        raise availability.reason
    return letter_kind


def letter_for(
    register: Register,
    case_reference: str,
    kind: LetterKind | str,
    language: LetterLanguage | str,
    *,
    text: str | None = None,
    clock: Clock | None = None,
    delay_reasons: str = "",
    access_none_reason: str = "",
    enforce: Enforce | None = None,
    addressee: str | None = None,
) -> LetterDraft:
    """The printable letter of a case: ``text`` in it, or the template filled when None.

    A letter filled from its template must be one the case supports (``enforce``
    defaults to ``draft`` then, to ``kind`` when ``text`` is given). ``addressee``: a
    breach notification's authority ("cndp", "cnil", "other:NAME"), one the breach must
    be notified to (``check_addressee``); None, the default one.
    """
    clock = clock or SystemClock()
    if enforce is None:
        enforce = "draft" if text is None else "kind"
    with register.read() as conn:
        case = case_in(conn, case_reference)
        letter_kind = _check_available(conn, case, kind, enforce, access_none_reason)
        language = parse_language(language)
        context = _context(
            conn,
            case,
            letter_kind,
            language,
            on=_today(conn, clock),
            now=clock.now(),
            delay_reasons=delay_reasons,
            access_none_reason=access_none_reason,
            addressee=addressee,
        )
        if text is None:
            # A character no font can draw is refused here, naming its field, before
            # any draft is made or printed.
            template = _template_in(conn, letter_kind, language)
            check_context(context, template)
            return draft_letter(context, template)
    printed = printed_letter(context, text)
    check_draft(printed)
    return printed


def letter_pdf(
    register: Register,
    case_reference: str,
    kind: LetterKind | str,
    language: LetterLanguage | str,
    *,
    clock: Clock | None = None,
    delay_reasons: str = "",
    access_none_reason: str = "",
    addressee: str | None = None,
) -> bytes:
    """The letter straight from the template, as PDF bytes (the CLI's ``letter``)."""
    letter = letter_for(
        register,
        case_reference,
        kind,
        language,
        clock=clock,
        delay_reasons=delay_reasons,
        access_none_reason=access_none_reason,
        addressee=addressee,
    )
    return render_letter(letter)


def preview_pdf(register: Register, draft: StoredDraft, *, clock: Clock | None = None) -> bytes:
    """The draft as it would be printed today. Bytes only: never written to disk."""
    letter = letter_for(
        register,
        draft.case_reference,
        draft.kind,
        draft.language,
        text=draft.text,
        clock=clock,
        addressee=draft.addressee or None,
    )
    return render_letter(letter)


# ----------------------------------------------------------------------------- writes


def _name(value: str, template: str, field: str) -> str:
    name = " ".join(value.split())
    if not name:
        raise ValidationError(template, field)
    if len(name) > MAX_NAME:
        raise ValidationError(ERR_NAME_TOO_LONG, field, limit=MAX_NAME)
    return name


def _checked_text(draft_like: StoredDraft | LetterContext, text: str) -> str:
    """The text cleaned (control characters out) and shaped as a letter (subject, blank
    line, body), or a ValidationError."""
    text = normalise_newlines(text)
    if len(text) > MAX_LETTER:
        raise ValidationError(ERR_LETTER_TOO_LONG, "text", limit=MAX_LETTER)
    shell = LetterDraft(
        kind=LetterKind(draft_like.kind),
        language=LetterLanguage(draft_like.language),
        reference="",
        text="",
        letter_date=date.min,  # a shell: only the text's shape is checked
    )
    clean = shell.with_text(text).text
    check_text(clean, shell.language)
    return clean


def _journal(
    conn: Connection, now: datetime, action: str, draft_id: int, changes: dict[str, Any]
) -> None:
    journal.record(conn, now, action, ENTITY, draft_id, changes)


def start_draft(
    register: Register,
    case_reference: str,
    kind: LetterKind | str,
    language: LetterLanguage | str,
    author: str | None = None,
    *,
    clock: Clock | None = None,
    delay_reasons: str = "",
    access_none_reason: str = "",
    addressee: str | None = None,
) -> StoredDraft:
    """A new draft of a case, filled from the template and the case data, saved.

    Only a letter the case supports (``letter_availability``); ``access_none_reason``
    says why the access reply's empty sections are empty (they are marked « néant »).
    A breach notification keeps its ``addressee`` (``check_addressee``; None, the default
    one): previews and the PDF are printed to it, whatever is recorded later.
    """
    clock = clock or SystemClock()
    author = _name(author if author is not None else current_actor(), ERR_AUTHOR, "author")
    letter = letter_for(
        register,
        case_reference,
        kind,
        language,
        clock=clock,
        delay_reasons=delay_reasons,
        access_none_reason=access_none_reason,
        addressee=addressee,
    )
    case = find_case(register, case_reference)
    to = ""
    if case.breach is not None and letter.kind is LetterKind.BREACH_NOTIFICATION:
        to = check_addressee(case.breach, addressee).code
    now = clock.now()
    with register.write() as conn:
        draft_id = repo.insert_draft(
            conn,
            case.kind,
            case.id,
            {
                "kind": letter.kind.value,
                "language": letter.language.value,
                "text": letter.text,
                "author": author,
                "status": DraftStatus.DRAFT.value,
                "created_at": now,
                "updated_at": now,
                "addressee": to,
            },
        )
        _journal(
            conn,
            now,
            "create",
            draft_id,
            {
                "case": case.reference,
                "kind": letter.kind.value,
                "language": letter.language.value,
                "author": "renseigné",
                "text": "renseigné",
                # An authority, never a person: kept as it is.
                **({"addressee": to} if to else {}),
            },
        )
        created = repo.get_draft(conn, draft_id)
    assert created is not None
    return created


def _current(conn: Connection, draft: StoredDraft) -> StoredDraft:
    found = repo.get_draft(conn, draft.id)
    if found is None:
        raise DraftNotFound(id=draft.id)
    if found.version != draft.version:
        raise Conflict(ERR_EDITED)
    return found


def _update(conn: Connection, draft: StoredDraft, values: dict[str, Any]) -> StoredDraft:
    if not repo.update_draft(conn, draft.id, draft.version, values):
        raise Conflict(ERR_EDITED)
    updated = repo.get_draft(conn, draft.id)
    assert updated is not None
    return updated


def save_draft(
    register: Register, draft: StoredDraft, text: str, *, clock: Clock | None = None
) -> StoredDraft:
    """Save edited text. A validated draft that changes goes back to draft: the review
    was of another text. An issued letter is frozen (the PDF sent is the record)."""
    clock = clock or SystemClock()
    clean = _checked_text(draft, text)
    now = clock.now()
    with register.write() as conn:
        current = _current(conn, draft)
        if current.status is DraftStatus.ISSUED:
            raise LetterRefused(ERR_ISSUED)
        if clean == current.text:
            return current
        values: dict[str, Any] = {"text": clean, "updated_at": now}
        changes: dict[str, Any] = {"case": current.case_reference, "text": "modifié"}
        if current.status is DraftStatus.VALIDATED:
            values |= {"status": DraftStatus.DRAFT.value, "reviewer": "", "validated_at": None}
            changes["status"] = [DraftStatus.VALIDATED.value, DraftStatus.DRAFT.value]
        updated = _update(conn, current, values)
        _journal(conn, now, "update", draft.id, changes)
    return updated


def validate_draft(
    register: Register, draft: StoredDraft, reviewer: str, *, clock: Clock | None = None
) -> StoredDraft:
    """Mark the draft *validé*: reviewed, with the reviewer's name and the time."""
    clock = clock or SystemClock()
    reviewer = _name(reviewer, ERR_REVIEWER, "reviewer")
    now = clock.now()
    with register.write() as conn:
        current = _current(conn, draft)
        if current.status is DraftStatus.ISSUED:
            raise LetterRefused(ERR_ISSUED)
        if current.status is DraftStatus.VALIDATED:
            raise LetterRefused(ERR_ALREADY_VALIDATED, reviewer=current.reviewer)
        # Read in the same transaction as the draft: the rule as it is now, for the
        # author as recorded (services/letter_rules.py).
        check_four_eyes(conn, current.author, reviewer)
        updated = _update(
            conn,
            current,
            {
                "status": DraftStatus.VALIDATED.value,
                "reviewer": reviewer,
                "validated_at": now,
                "updated_at": now,
            },
        )
        # The reviewer's name is who did what, as the journal's actor is: it is kept.
        _journal(
            conn,
            now,
            "validate",
            draft.id,
            {
                "case": current.case_reference,
                "status": [DraftStatus.DRAFT.value, DraftStatus.VALIDATED.value],
                "reviewer": reviewer,
            },
        )
    return updated


def pdf_filename(draft: StoredDraft | LetterDraft, reference: str, on: date) -> str:
    """``DSR-2026-0001_acknowledgement_fr_2026-11-25.pdf``: sorts by case, kind, day."""
    kind = LetterKind(draft.kind).value
    language = LetterLanguage(draft.language).value
    return sanitise_filename(f"{reference}_{kind}_{language}_{on.isoformat()}.pdf")


def issue_pdf(
    register: Register, draft: StoredDraft, *, clock: Clock | None = None
) -> tuple[StoredDraft, AttachmentInfo]:
    """Render the validated draft and keep the PDF with its case, in one transaction:
    the attachment, the draft's new status and both journal entries, or nothing."""
    clock = clock or SystemClock()
    if draft.status is not DraftStatus.VALIDATED:
        raise LetterRefused(ERR_ISSUED if draft.status is DraftStatus.ISSUED else ERR_NOT_VALIDATED)
    # The case must still support the letter: what it says was true when drafted.
    letter = letter_for(
        register,
        draft.case_reference,
        draft.kind,
        draft.language,
        text=draft.text,
        clock=clock,
        enforce="issue",
        addressee=draft.addressee or None,
    )
    pdf = render_letter(letter)
    now = clock.now()
    with register.write() as conn:
        current = _current(conn, draft)
        if current.status is not DraftStatus.VALIDATED:
            raise LetterRefused(ERR_NOT_VALIDATED)
        case = case_in(conn, current.case_reference)
        name = pdf_filename(current, case.reference, letter.letter_date)
        info = attachments.store_in(
            conn,
            case.kind,
            case.id,
            case.reference,
            name,
            pdf,
            now=now,
            media_type="application/pdf",
        )
        updated = _update(
            conn,
            current,
            {"status": DraftStatus.ISSUED.value, "attachment_id": info.id, "updated_at": now},
        )
        _journal(
            conn,
            now,
            "issue",
            draft.id,
            {
                "case": case.reference,
                "status": [DraftStatus.VALIDATED.value, DraftStatus.ISSUED.value],
                "attachment": info.id,
                "sha256": info.sha256,
            },
        )
    return updated, info


def issued_pdf(register: Register, draft: StoredDraft) -> tuple[str, bytes]:
    """The PDF an issued draft produced, from the case's attachments."""
    if draft.attachment_id is None:
        raise LetterRefused(ERR_NOT_VALIDATED)
    try:
        return attachments.read(register, draft.case_kind, draft.attachment_id)
    except attachments.AttachmentNotFound:
        raise DraftNotFound(id=draft.id) from None


def kind_label(kind: LetterKind | str) -> str:
    """The French message id of a kind's name (the UI translates it)."""
    return LETTER_KIND_LABELS[LetterKind(kind)]


__all__ = [
    "AccessSectionsEmpty",
    "Availability",
    "Case",
    "CaseNotFound",
    "DraftNotFound",
    "KindMismatch",
    "LetterRefused",
    "LetterUnavailable",
    "breach_letter_facts",
    "drafts_for",
    "find_case",
    "get_draft",
    "issue_pdf",
    "issued_pdf",
    "kinds_for",
    "letter_availability",
    "letter_pdf",
    "preview_pdf",
    "save_draft",
    "start_draft",
    "validate_draft",
]
