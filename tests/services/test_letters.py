"""The drafting flow on a real encrypted register: draft → edit → validate → issue, the
templates, kind mismatches, and a journal that never holds a letter's text."""

from __future__ import annotations

import io
import json
import re
import unicodedata
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from dpo_desk.documents.kinds import LetterKind, LetterLanguage
from dpo_desk.documents.letters import has_term
from dpo_desk.documents.typesetting import without_isolates
from dpo_desk.domain.breach_risk import DATA_CATEGORY_LABELS, DataCategory
from dpo_desk.domain.breaches import (
    EVENT_KIND_LABELS,
    Authority,
    AuthorityNotification,
    BreachIntake,
    BreachNature,
    NotificationPhase,
)
from dpo_desk.domain.errors import Conflict, ValidationError
from dpo_desk.domain.letters import CaseKind, DraftStatus
from dpo_desk.domain.requests.model import RequestIntake
from dpo_desk.domain.requests.workflow import Regime, Right
from dpo_desk.services import attachments, letter_addressees, letter_templates
from dpo_desk.services import breaches as breach_service
from dpo_desk.services import letters as svc
from dpo_desk.services import requests as request_service
from dpo_desk.services.register_file import verify_register

PERSON = "Amélie Lefèvre-Ouazzani"
SECRET_LINE = "Le dossier médical de Mme Lefèvre-Ouazzani est joint."


def flat(value: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", value))


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def request_case(register, frozen_clock):
    intake = RequestIntake(
        regimes=frozenset({Regime.LAW_09_08, Regime.GDPR}),
        rights=frozenset({Right.ACCESS}),
        received_on=date(2026, 3, 2),
        requester_name=PERSON,
        requester_address="8, boulevard d'Anfa\n20050 Casablanca",
    )
    return request_service.create_request(register, intake, clock=frozen_clock)


@pytest.fixture
def breach_case(register, frozen_clock):
    now = frozen_clock.now()
    intake = BreachIntake(
        title="Accès non autorisé à la base clients",
        regimes=frozenset({Regime.LAW_09_08, Regime.GDPR}),
        aware_at=now - timedelta(hours=20),
        discovered_at=now - timedelta(hours=21),
        nature=BreachNature(
            description="Un identifiant d'administration a été utilisé depuis l'étranger.",
            confidentiality=True,
            subject_categories=("clients",),
            subjects_count=1200,
            data_categories=frozenset({DataCategory.CREDENTIALS, DataCategory.CONTACT}),
        ),
    )
    return breach_service.create_breach(register, intake, clock=frozen_clock)


def _journal(register) -> str:
    with register.read() as conn:
        rows = conn.execute(text("SELECT action, entity, entity_id, changes FROM audit_log"))
        return json.dumps([list(row) for row in rows], ensure_ascii=False)


def test_request_letter_from_draft_to_stored_pdf(register, frozen_clock, request_case):
    draft = svc.start_draft(
        register, request_case.reference, "acknowledgement", "fr", "Nadia", clock=frozen_clock
    )
    assert draft.status is DraftStatus.DRAFT
    assert (draft.case_kind, draft.case_id) == (CaseKind.REQUEST, request_case.id)
    assert draft.author == "Nadia"
    assert request_case.reference in draft.text and PERSON not in draft.text.split("\n")[0]
    assert "2 mars 2026" in draft.text  # received on, in French words

    edited = draft.text.replace("Madame, Monsieur,", f"Madame,\n\n{SECRET_LINE}")
    saved = svc.save_draft(register, draft, edited, clock=frozen_clock)
    assert SECRET_LINE in saved.text and saved.version == draft.version + 1

    validated = svc.validate_draft(register, saved, "Salma Bennani", clock=frozen_clock)
    assert validated.status is DraftStatus.VALIDATED
    assert validated.reviewer == "Salma Bennani"
    assert validated.validated_at == frozen_clock.now()

    preview = svc.preview_pdf(register, validated, clock=frozen_clock)
    assert preview.startswith(b"%PDF")
    assert attachments.of_request(register, request_case) == []  # a preview stores nothing

    issued, info = svc.issue_pdf(register, validated, clock=frozen_clock)
    assert issued.status is DraftStatus.ISSUED and issued.attachment_id == info.id
    stored = attachments.of_request(register, request_case)
    assert [a.id for a in stored] == [info.id]
    assert info.filename == f"{request_case.reference}_acknowledgement_fr_2026-03-10.pdf"
    name, content = attachments.read(register, CaseKind.REQUEST, info.id)
    assert content.startswith(b"%PDF") and name == info.filename
    extracted = flat(pdf_text(content))
    for fact in (request_case.reference, PERSON, SECRET_LINE):
        assert flat(fact) in extracted, fact
    assert PdfReader(io.BytesIO(content)).metadata.title.endswith(request_case.reference)
    assert svc.issued_pdf(register, issued) == (name, content)

    # Frozen once issued; the drafts of the case list it.
    with pytest.raises(svc.LetterRefused):
        svc.save_draft(register, issued, edited + "\nP.-S.", clock=frozen_clock)
    assert [d.id for d in svc.drafts_for(register, request_case.reference)] == [draft.id]
    verify_register(register)


def test_an_edit_after_validation_returns_the_draft_to_draft(register, frozen_clock, request_case):
    draft = svc.start_draft(register, request_case.reference, "acknowledgement", "en", "Nadia")
    validated = svc.validate_draft(register, draft, "Salma Bennani")
    back = svc.save_draft(register, validated, validated.text + "\nOne more line.")
    assert back.status is DraftStatus.DRAFT
    assert (back.reviewer, back.validated_at) == ("", None)
    with pytest.raises(svc.LetterRefused):  # not validated: no PDF
        svc.issue_pdf(register, back)
    with pytest.raises(ValidationError):
        svc.validate_draft(register, back, "   ")


def test_stale_version_is_refused(register, frozen_clock, request_case):
    draft = svc.start_draft(register, request_case.reference, "acknowledgement", "fr", "Nadia")
    svc.save_draft(register, draft, draft.text + "\nA.")
    with pytest.raises(Conflict):
        svc.save_draft(register, draft, draft.text + "\nB.")


def test_text_must_keep_its_subject_line(register, request_case):
    draft = svc.start_draft(register, request_case.reference, "acknowledgement", "fr", "Nadia")
    with pytest.raises(ValidationError):
        svc.save_draft(register, draft, "Une seule ligne sans objet")


@pytest.mark.parametrize(
    ("kind", "fixture"),
    [("breach-notification", "request_case"), ("acknowledgement", "breach_case")],
)
def test_a_kind_that_does_not_fit_the_case_is_refused(register, request, kind, fixture):
    case = request.getfixturevalue(fixture)
    with pytest.raises(svc.KindMismatch) as caught:
        svc.start_draft(register, case.reference, kind, "fr", "Nadia")
    message = caught.value.message()
    assert kind in message and case.reference in message
    assert caught.value.exit_code == 6
    assert svc.drafts_for(register, case.reference) == []


def test_unknown_case_and_kind(register, request_case):
    with pytest.raises(svc.CaseNotFound):
        svc.start_draft(register, "DSR-2026-9999", "acknowledgement", "fr", "Nadia")
    with pytest.raises(svc.LetterRefused):
        svc.start_draft(register, request_case.reference, "poem", "fr", "Nadia")
    assert svc.kinds_for(CaseKind.BREACH) == [
        LetterKind.BREACH_NOTIFICATION,
        LetterKind.BREACH_COMMUNICATION,
    ]


def test_breach_letter_is_kept_as_a_breach_attachment(register, frozen_clock, breach_case):
    draft = svc.start_draft(
        register, breach_case.reference, "breach-notification", "en", "Nadia", clock=frozen_clock
    )
    assert "Login identifiers and passwords" in draft.text  # data category in English
    validated = svc.validate_draft(register, draft, "Salma Bennani", clock=frozen_clock)
    issued, info = svc.issue_pdf(register, validated, clock=frozen_clock)
    files = attachments.of_breach(register, breach_case)
    assert [f.id for f in files] == [issued.attachment_id] == [info.id]
    _name, content = attachments.read(register, CaseKind.BREACH, info.id)
    extracted = flat(pdf_text(content))
    assert flat(breach_case.reference) in extracted
    assert flat("1,200") in extracted
    verify_register(register)


def test_late_breach_notification_takes_the_recorded_reasons(register, frozen_clock, breach_case):
    late = frozen_clock.now() + timedelta(hours=60)  # past the 72 hours
    from dpo_desk.domain.clock import FixedClock

    later = FixedClock(late)
    with pytest.raises(ValidationError) as caught:
        svc.start_draft(
            register, breach_case.reference, "breach-notification", "fr", "N", clock=later
        )
    assert caught.value.field == "delay_reasons"
    notified = breach_service.add_notification(
        register,
        breach_case,
        AuthorityNotification(
            authority=Authority.CNDP,
            phase=NotificationPhase.INITIAL,
            sent_at=late,
            delay_reason="Analyse des journaux plus longue que prévu.",
        ),
        clock=later,
    )
    draft = svc.start_draft(
        register, notified.reference, "breach-notification", "fr", "N", clock=later
    )
    assert "Analyse des journaux plus longue que prévu." in draft.text


# ----------------------------------------------------------------------------- per duty

GDPR_WORDS = ("RGPD", "GDPR", "art. 3", "article 3", "Article 3", "المادة 33")


def _breach(register, clock, regimes, *, aware_hours_ago=20):
    now = clock.now()
    intake = BreachIntake(
        title="Export envoyé au mauvais destinataire",
        regimes=frozenset(regimes),
        aware_at=now - timedelta(hours=aware_hours_ago),
        discovered_at=now - timedelta(hours=aware_hours_ago + 1),
        nature=BreachNature(confidentiality=True, subjects_count=120),
    )
    return breach_service.create_breach(register, intake, clock=clock)


def _notify(register, clock, breach, authority, *, hours_after_awareness, reason="", name=""):
    sent = breach.aware_at + timedelta(hours=hours_after_awareness)
    return breach_service.add_notification(
        register,
        breach,
        AuthorityNotification(
            authority=authority,
            phase=NotificationPhase.INITIAL,
            sent_at=sent,
            authority_name=name,
            delay_reason=reason,
        ),
        clock=clock,
    )


def _letter(register, breach, language, clock, kind="breach-notification"):
    return svc.letter_for(register, breach.reference, kind, language, clock=clock)


def test_a_letter_to_the_cnil_is_late_against_article_33(register, frozen_clock):
    breach = _breach(register, frozen_clock, {Regime.GDPR, Regime.LAW_09_08}, aware_hours_ago=80)
    breach = _notify(
        register, frozen_clock, breach, Authority.CNIL, hours_after_awareness=75, reason="Audit."
    )
    letter = _letter(register, breach, "fr", frozen_clock)
    assert "CNIL" in letter.recipient_name
    assert "En application de l'article 33 du RGPD" in letter.text
    assert "Motifs du retard (article 33(1) du RGPD)" in letter.text and "Audit." in letter.text
    # Every article with its instrument: no bare "art. 33(…)" is left.
    assert "(art." not in letter.text and "(article 33(3)(b) du RGPD)" in letter.text


def test_a_letter_to_the_cndp_is_late_against_the_policy_and_never_cites_the_gdpr(
    register, frozen_clock
):
    # Both regimes: the CNDP was notified first, in time; the CNIL late. The letter to
    # the CNDP is judged against its own duty (the organisation's policy): not late.
    breach = _breach(register, frozen_clock, {Regime.GDPR, Regime.LAW_09_08}, aware_hours_ago=80)
    breach = _notify(register, frozen_clock, breach, Authority.CNDP, hours_after_awareness=10)
    breach = _notify(
        register, frozen_clock, breach, Authority.CNIL, hours_after_awareness=75, reason="Audit."
    )
    assert letter_addressees.breach_addressee(breach) == (Authority.CNDP, "")
    for language in LetterLanguage:
        letter = _letter(register, breach, language, frozen_clock)
        assert "CNDP" in letter.recipient_name
        assert not any(word in letter.text for word in GDPR_WORDS), (language, letter.text)
        assert "Audit." not in letter.text
    fr = _letter(register, breach, "fr", frozen_clock).text
    assert "politique interne" in fr and "Motifs du retard" not in fr


def test_a_late_letter_to_the_cndp_gives_the_policy_reasons(register, frozen_clock):
    breach = _breach(register, frozen_clock, {Regime.LAW_09_08}, aware_hours_ago=80)
    # No notice recorded yet, written after the 72 hours: reasons asked, as policy.
    with pytest.raises(ValidationError) as caught:
        _letter(register, breach, "fr", frozen_clock)
    assert caught.value.field == "delay_reasons"
    assert "politique interne" in caught.value.message()
    assert not any(word in caught.value.message() for word in GDPR_WORDS)
    breach = _notify(
        register, frozen_clock, breach, Authority.CNDP, hours_after_awareness=76, reason="Audit."
    )
    # The reader's text: values are isolated for bidi (U+2068 … U+2069) in the draft.
    texts = {
        lang: without_isolates(_letter(register, breach, lang, frozen_clock).text)
        for lang in LetterLanguage
    }
    assert "fixé par notre politique interne. Motifs du retard : Audit." in texts["fr"]
    assert "set by our internal policy. Reasons for the delay: Audit." in texts["en"]
    assert "تحدده سياستنا الداخلية" in texts["ar"]
    for language, written in texts.items():
        assert not any(word in written for word in GDPR_WORDS), (language, written)


def test_law_09_08_breach_letters_never_cite_the_gdpr(register, frozen_clock):
    breach = _breach(register, frozen_clock, {Regime.LAW_09_08})
    # A courtesy notice to an EU authority meets no duty: it never chooses the addressee.
    breach = _notify(register, frozen_clock, breach, Authority.CNIL, hours_after_awareness=1)
    assert letter_addressees.breach_addressee(breach) == (Authority.CNDP, "")
    for kind in ("breach-notification", "breach-communication"):
        for language in LetterLanguage:
            letter = _letter(register, breach, language, frozen_clock, kind)
            assert not any(word in letter.text for word in GDPR_WORDS), (kind, language)
            assert "CNIL" not in letter.recipient_name


def test_a_gdpr_breach_letter_goes_to_the_eu_authority_not_to_a_courtesy_cndp(
    register, frozen_clock
):
    breach = _breach(register, frozen_clock, {Regime.GDPR}, aware_hours_ago=80)
    breach = _notify(register, frozen_clock, breach, Authority.CNDP, hours_after_awareness=5)
    assert letter_addressees.breach_addressee(breach) == (Authority.CNIL, "")
    # The CNDP notice was in time, but the Art. 33 notice is not made yet: late.
    with pytest.raises(ValidationError) as caught:
        _letter(register, breach, "fr", frozen_clock)
    assert "RGPD art. 33(1)" in caught.value.message()


def test_a_letter_to_another_eu_authority_by_its_name(register, frozen_clock):
    garante = "Garante per la protezione dei dati personali"
    breach = _breach(register, frozen_clock, {Regime.GDPR}, aware_hours_ago=80)
    breach = _notify(
        register,
        frozen_clock,
        breach,
        Authority.OTHER,
        hours_after_awareness=74,
        reason="Autorité chef de file identifiée tardivement.",
        name=garante,
    )
    assert letter_addressees.breach_addressee(breach) == (Authority.OTHER, garante)
    letter = _letter(register, breach, "en", frozen_clock)
    assert letter.recipient_name == garante and letter.recipient_address == ""
    assert "Pursuant to Article 33 of the GDPR" in letter.text
    assert "Autorité chef de file identifiée tardivement." in letter.text
    pdf = svc.letter_pdf(
        register, breach.reference, "breach-notification", "fr", clock=frozen_clock
    )
    assert flat(garante) in flat(pdf_text(pdf))


def test_templates_edit_validate_restore(register, frozen_clock, request_case):
    default = letter_templates.template_text(register, "acknowledgement", "fr")
    assert not default.custom
    with pytest.raises(ValidationError) as caught:
        letter_templates.save_template(
            register, "acknowledgement", "fr", default.text + "\n{{ request.secret_code }}\n"
        )
    assert "request.secret_code" in caught.value.message()
    assert not letter_templates.template_text(register, "acknowledgement", "fr").custom

    edited = default.text.replace("Madame, Monsieur,", "Chère {{ request.requester_name }},")
    saved = letter_templates.save_template(
        register, "acknowledgement", "fr", edited, clock=frozen_clock
    )
    assert (
        saved.custom
        and letter_templates.template_text(register, "acknowledgement", "fr").text == edited
    )
    assert letter_templates.custom_templates(register) == {("acknowledgement", "fr")}
    draft = svc.start_draft(register, request_case.reference, "acknowledgement", "fr", "Nadia")
    assert f"Chère {PERSON}," in without_isolates(draft.text)
    # Other languages keep their default.
    assert not letter_templates.template_text(register, "acknowledgement", "en").custom

    restored = letter_templates.restore_default(
        register, "acknowledgement", "fr", clock=frozen_clock
    )
    assert not restored.custom and restored.text == default.text
    assert letter_templates.template_text(register, "acknowledgement", "fr").text == default.text
    draft = svc.start_draft(register, request_case.reference, "acknowledgement", "fr", "Nadia")
    assert "Madame, Monsieur," in draft.text


def test_journal_holds_no_letter_text(register, frozen_clock, request_case):
    draft = svc.start_draft(
        register,
        request_case.reference,
        "access-response",
        "ar",
        "Nadia",
        access_none_reason="لا توجد معطيات أخرى.",
    )
    edited = draft.text + "\n" + SECRET_LINE
    saved = svc.save_draft(register, draft, edited)
    validated = svc.validate_draft(register, saved, "Salma Bennani")
    svc.issue_pdf(register, validated)
    template = letter_templates.template_text(register, "refusal", "fr").text
    letter_templates.save_template(
        register, "refusal", "fr", template + "\nMention secrète du modèle.\n"
    )
    journal = _journal(register)
    assert SECRET_LINE not in journal
    assert "Mention secrète" not in journal
    assert "Madame" not in journal and "السيد" not in journal
    assert '"issue"' in journal and '"validate"' in journal and '"attach"' in journal


def test_every_label_a_breach_letter_maps_has_its_words():
    labels = list(DATA_CATEGORY_LABELS.values()) + list(EVENT_KIND_LABELS.values())
    assert [label for label in labels if not has_term(label)] == []


# The date line's town comes from the organisation's own field: see
# tests/services/test_letter_issuing.py (item 8 of issue 20).


def test_every_language_drafts(register, frozen_clock, request_case):
    started = request_service.start_work(register, request_case, clock=frozen_clock)
    request_service.extend(register, started, reason="Trois systèmes.", clock=frozen_clock)
    for language in LetterLanguage:
        draft = svc.start_draft(register, request_case.reference, "extension", language, "N")
        assert request_case.reference in draft.text


def test_access_reply_lists_what_the_activities_say(register, frozen_clock, request_case):
    from dpo_desk.domain.records import (
        ActivityDetails,
        DataCategory,
        LegalBasis,
        Purpose,
        Recipient,
        RecipientKind,
        RetentionRule,
        RetentionUnit,
    )
    from dpo_desk.services import records

    activity = records.save_activity(
        register,
        ActivityDetails(
            name="Gestion des clients",
            purposes=(Purpose("Gestion de la relation client", LegalBasis.CONTRACT),),
            data_categories=frozenset({DataCategory.IDENTITY}),
            sources=("Formulaire d'inscription",),
            recipients=(Recipient(RecipientKind.INTERNAL, "Service client"),),
            retention=(
                RetentionRule(DataCategory.IDENTITY, 3, RetentionUnit.YEARS, "après le contrat"),
            ),
        ),
        clock=frozen_clock,
    )
    records.link_case(register, "request", request_case.id, activity.id, clock=frozen_clock)
    # The register records no automated decision-making (GDPR Art. 15(1)(h); 09-08 art. 7):
    # that section is the DPO's to state, « néant » with the reason (issue 20).
    none = "Aucune décision automatisée."
    draft = svc.start_draft(
        register, request_case.reference, "access-response", "fr", "N", access_none_reason=none
    )
    for fact in (
        "• Gestion de la relation client",
        "• Service client",
        "Formulaire d'inscription",
        "après le contrat",
    ):
        assert fact in without_isolates(draft.text), fact
    # In another language, the DPO's own words are kept; the French-only retention is not.
    english = svc.start_draft(
        register, request_case.reference, "access-response", "en", "N", access_none_reason=none
    )
    english_text = without_isolates(english.text)
    assert "• Service client" in english_text and "après le contrat" not in english_text


# ----------------------------------------------------------------------------- which letters

LAW = frozenset({Regime.LAW_09_08})
GDPR = frozenset({Regime.GDPR})
BOTH = LAW | GDPR
ACC, REC, ERA, RES, POR, OBJ = (
    Right.ACCESS,
    Right.RECTIFICATION,
    Right.ERASURE,
    Right.RESTRICTION,
    Right.PORTABILITY,
    Right.OBJECTION,
)


def _request_in_state(register, clock, regimes, rights, steps):
    """A request under ``regimes`` for ``rights``, taken through the workflow ``steps``."""
    from dpo_desk.domain.requests.workflow import RefusalReason

    req = request_service.create_request(
        register,
        RequestIntake(
            regimes=frozenset(regimes),
            rights=frozenset(rights),
            received_on=date(2026, 3, 2),
            requester_name=PERSON,
        ),
        clock=clock,
    )
    for step in steps:
        verb, _, arg = step.partition(":")
        if verb == "start":
            req = request_service.start_work(register, req, clock=clock)
        elif verb == "extend":
            req = request_service.extend(register, req, reason="Trois systèmes.", clock=clock)
        elif verb == "answer":
            req = request_service.answer(register, req, clock=clock)
        elif verb == "refuse":
            req = request_service.refuse(register, req, reason=RefusalReason(arg), clock=clock)
        elif verb == "withdraw":
            req = request_service.withdraw(register, req, clock=clock)
        elif verb == "close":
            req = request_service.close(register, req, clock=clock)
        elif verb == "identity":
            req = request_service.request_identity(register, req, method="CIN", clock=clock)
        else:
            raise ValueError(step)
    return req


# kind × regime × case state → allowed, or refused with (a piece of) its reason.
MATRIX = [
    ("acknowledgement", LAW, {ACC}, [], None),
    ("acknowledgement", GDPR, {POR}, ["withdraw"], None),
    ("identity-request", BOTH, {OBJ}, ["start"], None),
    # Extension: GDPR Art. 12(3) only, once recorded.
    ("extension", LAW, {ACC}, ["start"], "relève de la seule loi 09-08"),
    ("extension", GDPR, {ACC}, ["start"], "n'a pas été prorogée"),
    ("extension", GDPR, {ACC}, ["start", "extend"], None),
    ("extension", BOTH, {ACC, REC}, ["start", "extend"], None),
    ("extension", BOTH, {ACC}, ["start"], "n'a pas été prorogée"),
    # Access reply: access asked, neither refused nor withdrawn, identity not in doubt.
    ("access-response", LAW, {REC}, ["start"], "ne porte pas sur : Droit d'accès"),
    ("access-response", LAW, {ACC}, ["refuse:excessive"], "a été refusée"),
    ("access-response", GDPR, {ACC}, ["withdraw", "close"], "retirée par le demandeur"),
    ("access-response", BOTH, {ACC}, ["identity"], "l'identité du demandeur"),
    ("access-response", LAW, {ACC}, ["start"], None),  # allowed; empty sections to explain
    # Confirmations: the right asked, and the request answered with its date.
    ("rectification-done", LAW, {REC}, ["start"], "rien n'est enregistré comme fait"),
    ("rectification-done", LAW, {ACC}, ["start", "answer"], "ne porte pas sur : Droit de rect"),
    ("rectification-done", LAW, {REC}, ["start", "answer"], None),
    ("rectification-done", BOTH, {REC, ACC}, ["start", "answer", "close"], None),
    ("rectification-done", GDPR, {REC}, ["refuse:manifestly_unfounded"], "a été refusée"),
    ("erasure-done", LAW, {ERA}, ["start", "answer"], None),
    ("erasure-done", GDPR, {RES}, ["start", "answer"], None),
    ("erasure-done", GDPR, {ERA}, ["start"], "rien n'est enregistré comme fait"),
    ("erasure-done", LAW, {REC}, ["start", "answer"], "Droit à l'effacement, Droit à la limit"),
    ("erasure-done", LAW, {ERA}, ["withdraw", "close"], "retirée par le demandeur"),
    ("objection-response", LAW, {OBJ}, ["start", "answer"], None),
    ("objection-response", LAW, {OBJ}, ["start"], "rien n'est enregistré comme fait"),
    ("objection-response", GDPR, {ACC}, ["start", "answer"], "ne porte pas sur : Droit d'opp"),
    # Refusal: a ground recorded, and one the request's laws allow for its rights.
    ("refusal", LAW, {ACC}, ["start"], "n'a pas été refusée"),
    ("refusal", LAW, {ACC}, ["refuse:excessive"], None),
    ("refusal", BOTH, {ACC}, ["refuse:excessive", "close"], None),
    ("refusal", GDPR, {ACC, REC}, ["refuse:manifestly_unfounded"], None),
    ("refusal", LAW, {OBJ}, ["refuse:legal_obligation"], None),
    ("refusal", BOTH, {OBJ}, ["refuse:legal_obligation"], None),
    ("refusal", LAW, {POR}, ["refuse:not_applicable"], None),
    ("refusal", BOTH, {ERA}, ["refuse:erasure_exception"], None),
    ("refusal", LAW, {ACC, REC}, ["refuse:identity_not_established"], None),
]


def _matrix_id(row) -> str:
    kind, regimes, rights, steps, expected = row
    regime = "both" if regimes == BOTH else next(iter(regimes)).value
    state = "+".join(steps) or "new"
    outcome = "ok" if expected is None else "refused"
    return f"{kind}-{regime}-{'+'.join(sorted(r.value for r in rights))}-{state}-{outcome}"


@pytest.mark.parametrize(
    ("kind", "regimes", "rights", "steps", "expected"), MATRIX, ids=[_matrix_id(r) for r in MATRIX]
)
def test_letter_availability_matrix(register, frozen_clock, kind, regimes, rights, steps, expected):
    req = _request_in_state(register, frozen_clock, regimes, rights, steps)
    found = svc.letter_availability(register, req.reference)[LetterKind(kind)]
    if expected is None:
        assert found.allowed, found.reason and found.reason.message()
        svc.letter_for(
            register, req.reference, kind, "fr", clock=frozen_clock, access_none_reason="Néant."
        )
        return
    assert not found.allowed
    assert isinstance(found.reason, svc.LetterUnavailable)
    message = found.reason.message()
    assert expected in message and message.startswith(f"« {svc.kind_label(kind)} » indisponible")
    # The same rule refuses the draft, with the same sentence (the CLI prints it).
    with pytest.raises(svc.LetterUnavailable) as caught:
        svc.start_draft(register, req.reference, kind, "fr", "Nadia", clock=frozen_clock)
    assert caught.value.message() == message and caught.value.exit_code == 6
    assert svc.drafts_for(register, req.reference) == []


def test_every_request_kind_has_a_row_in_the_matrix():
    from dpo_desk.documents.kinds import REQUEST_KINDS

    allowed = {LetterKind(kind) for kind, *_rest, expected in MATRIX if expected is None}
    refused = {LetterKind(kind) for kind, *_rest, expected in MATRIX if expected is not None}
    assert allowed == set(REQUEST_KINDS)
    assert refused == set(REQUEST_KINDS) - {LetterKind.ACKNOWLEDGEMENT, LetterKind.IDENTITY_REQUEST}


def test_breach_kinds_are_not_offered_for_a_request_and_the_reverse(
    register, frozen_clock, request_case, breach_case
):
    for_request = svc.letter_availability(register, request_case.reference)
    assert not for_request[LetterKind.BREACH_NOTIFICATION].allowed
    assert isinstance(for_request[LetterKind.BREACH_NOTIFICATION].reason, svc.KindMismatch)
    for_breach = svc.letter_availability(register, breach_case.reference)
    assert {kind for kind, found in for_breach.items() if found.allowed} == {
        LetterKind.BREACH_NOTIFICATION,
        LetterKind.BREACH_COMMUNICATION,
    }


def test_an_access_reply_with_empty_sections_asks_why(register, frozen_clock, request_case):
    found = svc.letter_availability(register, request_case.reference)[LetterKind.ACCESS_RESPONSE]
    assert found.allowed and found.needs == ("access_none_reason",)
    assert isinstance(found.reason, svc.AccessSectionsEmpty)
    assert "Catégories de données traitées, Finalités du traitement" in found.reason.message()
    with pytest.raises(ValidationError) as caught:
        svc.start_draft(register, request_case.reference, "access-response", "fr", "N")
    assert caught.value.field == "access_none_reason"
    draft = svc.start_draft(
        register,
        request_case.reference,
        "access-response",
        "fr",
        "N",
        access_none_reason="Aucun traitement ne concerne le demandeur.",
    )
    assert "pour la raison suivante : Aucun traitement ne concerne le demandeur." in (
        without_isolates(draft.text)
    )
    # No file attached to the request: no copy announced, no annex.
    assert "Une copie des données" not in draft.text and "Annexe" not in draft.text


def test_a_refusal_letter_cites_the_recorded_ground_under_the_request_laws(register, frozen_clock):
    req = _request_in_state(register, frozen_clock, LAW, {ACC}, ["refuse:excessive"])
    texts = {
        language: without_isolates(
            svc.letter_for(register, req.reference, "refusal", language).text
        )
        for language in LetterLanguage
    }
    assert "Demande excessive ou manifestement abusive (article 7 de la loi 09-08)." in texts["fr"]
    assert "(Article 7 of Law 09-08)" in texts["en"]
    assert "(المادة 7 من القانون رقم 09.08)" in texts["ar"]
    for written in texts.values():
        assert "RGPD" not in written and "GDPR" not in written and "CNIL" not in written


def test_a_refusal_recorded_before_the_rule_with_a_ground_its_law_lacks(register, frozen_clock):
    # A register from before issue 20: Law 09-08 alone has no "manifestly unfounded".
    req = _request_in_state(register, frozen_clock, LAW, {ACC}, ["refuse:excessive"])
    with register.write() as conn:
        conn.execute(
            text("UPDATE rights_request SET refusal_reason='manifestly_unfounded' WHERE id=:i"),
            {"i": req.id},
        )
    found = svc.letter_availability(register, req.reference)[LetterKind.REFUSAL]
    assert not found.allowed
    assert found.reason.message() == (
        "« Refus motivé » indisponible : le motif enregistré « Demande manifestement infondée » "
        "ne permet pas de refuser « Droit d'accès » au titre de « Loi 09-08 »."
    )


def test_a_draft_is_issued_only_while_its_case_still_supports_it(register, frozen_clock):
    req = _request_in_state(register, frozen_clock, BOTH, {ACC}, ["start", "extend"])
    draft = svc.start_draft(register, req.reference, "extension", "fr", "N", clock=frozen_clock)
    assert "Cette prolongation ne vaut pas pour les droits que vous tenez de la loi 09-08" in (
        draft.text
    )
    validated = svc.validate_draft(register, draft, "Salma Bennani", clock=frozen_clock)
    # The regimes change: a request under Law 09-08 alone has no extension letter.
    current = request_service.get_request(register, req.id)
    from dataclasses import fields

    intake = RequestIntake(
        **{f.name: getattr(current, f.name) for f in fields(RequestIntake) if f.name != "regimes"},
        regimes=LAW,
    )
    request_service.update_details(register, current, intake, clock=frozen_clock)
    svc.preview_pdf(register, validated, clock=frozen_clock)  # what was written can be seen
    with pytest.raises(svc.LetterUnavailable) as caught:
        svc.issue_pdf(register, validated, clock=frozen_clock)
    assert "relève de la seule loi 09-08" in caught.value.message()


def test_the_extension_letter_gives_each_law_its_own_date(register, frozen_clock):
    req = _request_in_state(register, frozen_clock, BOTH, {ACC}, ["start", "extend"])
    text_fr = without_isolates(
        svc.letter_for(register, req.reference, "extension", "fr", clock=frozen_clock).text
    )
    # Received 2 March 2026: GDPR 1 + 2 months (2 June), the 09-08 policy's 30 days.
    assert "Au titre du RGPD, nous vous répondrons au plus tard le 2 juin 2026" in text_fr
    assert "à ce titre, nous vous répondrons au plus tard le 1er avril 2026" in text_fr
