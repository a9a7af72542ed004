"""A complete access reply (issue 20, item 4): GDPR Art. 15(1)(a)-(h) and 15(2), Law 09-08
art. 7, each under the request's own law; erasure under 09-08 as art. 8(a) gives it (not a
general right); and the channel written as a phrase (item 10)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from dpo_desk.domain.records import (
    ActivityDetails,
    DataCategory,
    LegalBasis,
    Purpose,
    Recipient,
    RecipientKind,
    RetentionRule,
    RetentionUnit,
    TransferDetails,
    TransferMechanism,
)
from dpo_desk.domain.requests.model import RequestIntake
from dpo_desk.domain.requests.workflow import Channel, Regime, Right
from dpo_desk.services import letters as svc
from dpo_desk.services import records
from dpo_desk.services import requests as request_service

LAW = frozenset({Regime.LAW_09_08})
GDPR = frozenset({Regime.GDPR})
BOTH = LAW | GDPR
NONE = "Aucune décision automatisée ni profilage."
GDPR_WORDS = ("RGPD", "GDPR", "اللائحة")


def plain(text: str) -> str:
    return re.sub("[\u2066-\u2069]", "", text)


def _request(register, clock, regimes, channel=Channel.EMAIL):
    intake = RequestIntake(
        regimes=regimes,
        rights=frozenset({Right.ACCESS}),
        received_on=date(2026, 3, 2),
        requester_name="Amélie Lefèvre-Ouazzani",
        channel=channel,
    )
    return request_service.create_request(register, intake, clock=clock)


def _activity(register, clock, request, *, transfer: TransferMechanism | None = None):
    activity = records.save_activity(
        register,
        ActivityDetails(
            name="Gestion des clients",
            purposes=(Purpose("Gestion de la relation client", LegalBasis.CONTRACT),),
            data_categories=frozenset({DataCategory.IDENTITY}),
            sources=("Formulaire d'inscription",),
            recipients=(Recipient(RecipientKind.PROCESSOR, "Hébergeur"),),
            retention=(
                RetentionRule(DataCategory.IDENTITY, 3, RetentionUnit.YEARS, "après le contrat"),
            ),
        ),
        clock=clock,
    )
    if transfer is not None:
        records.add_transfer(
            register,
            TransferDetails(
                country="US", mechanism=transfer, activity_id=activity.id, reference="SCC 2021"
            ),
            clock=clock,
        )
    records.link_case(register, "request", request.id, activity.id, clock=clock)
    return activity


def _reply(register, request, language):
    return plain(
        svc.letter_for(
            register, request.reference, "access-response", language, access_none_reason=NONE
        ).text
    )


def test_the_register_never_says_whether_decisions_are_automated(register, frozen_clock):
    request = _request(register, frozen_clock, BOTH)
    _activity(register, frozen_clock, request, transfer=TransferMechanism.SCC)
    found = svc.letter_availability(register, request.reference)
    access = found[svc.LetterKind.ACCESS_RESPONSE]
    # Everything else comes from the register: only the automated decisions are asked.
    assert access.allowed and access.needs == ("access_none_reason",)
    assert "Décisions automatisées" in access.reason.message()
    assert "Transferts" not in access.reason.message()


@pytest.mark.parametrize("language", ["fr", "en", "ar"])
def test_a_law_09_08_reply_speaks_its_law_only(register, frozen_clock, language):
    request = _request(register, frozen_clock, LAW)
    _activity(register, frozen_clock, request, transfer=TransferMechanism.CNDP_AUTHORISATION)
    text = _reply(register, request, language)
    assert not any(word in text for word in GDPR_WORDS), text
    expected = {
        "fr": [
            "(articles 43 et 44 de la loi 09-08)",
            "US — autorisation de la CNDP (article 44 de la loi 09-08)",
            "Logique qui sous-tend tout traitement automatisé des données vous concernant "
            "(article 7 de la loi 09-08) : néant.",
            "l'effacement ou le verrouillage des données dont le traitement n'est pas conforme "
            "à la loi",
            f"Rubriques marquées « néant » : {NONE}",
        ],
        "en": [
            "(Articles 43 and 44 of Law 09-08)",
            "US — authorisation of the CNDP (Article 44 of Law 09-08)",
            "The logic underlying any automated processing of data concerning you "
            "(Article 7 of Law 09-08): none.",
            "erasure or blocking of data whose processing does not comply with the law",
        ],
        "ar": [
            "(المادتان 43 و44 من القانون رقم 09.08)",
            "US — إذن اللجنة الوطنية (المادة 44 من القانون رقم 09.08)",
            "المنطق الذي تقوم عليه كل معالجة آلية",
            "أو مسحها أو إغلاقها",
        ],
    }[language]
    for part in expected:
        assert part in text, part
    # Erasure is never offered as a general right under 09-08 alone (art. 8(a)).
    for general in ("droits de rectification, d'effacement", "rights to rectification, erasure"):
        assert general not in text


@pytest.mark.parametrize("language", ["fr", "en", "ar"])
def test_a_gdpr_reply_gives_article_15_items(register, frozen_clock, language):
    request = _request(register, frozen_clock, GDPR)
    _activity(register, frozen_clock, request, transfer=TransferMechanism.SCC)
    text = _reply(register, request, language)
    assert "09-08" not in text and "09.08" not in text
    expected = {
        "fr": [
            "article 15(2) du RGPD",
            "US — clauses types de protection des données (article 46(2)(c) du RGPD)",
            "Prise de décision automatisée, y compris le profilage",
            "(articles 15(1)(h) et 22 du RGPD) : néant.",
            "critères utilisés pour la déterminer",
            "lorsqu'elles n'ont pas été collectées auprès de vous",
            "(articles 16, 17, 18 et 21 du RGPD)",
            "autorité de contrôle de l'État membre",
        ],
        "en": [
            "Article 15(2) of the GDPR",
            "US — standard data protection clauses (Article 46(2)(c) of the GDPR)",
            "Automated decision-making, including profiling",
            "the criteria used to determine it",
        ],
        "ar": [
            "المادة 15(2) من RGPD",
            "المادة 46(2)(ج) من RGPD",
            "المادتان 15(1)(ح) و22 من RGPD",
        ],
    }[language]
    for part in expected:
        assert part in text, part


def test_a_reply_under_both_laws_keeps_each_law_its_words(register, frozen_clock):
    request = _request(register, frozen_clock, BOTH)
    _activity(register, frozen_clock, request)
    text = _reply(register, request, "fr")
    # No transfer recorded: said so, not « néant ».
    assert "Aucun transfert de vos données hors du Maroc n'est effectué." in text
    assert "(articles 16, 17, 18 et 21 du RGPD)." in text
    assert "articles 8 et 9 de la loi 09-08" not in text
    assert "Au titre de la loi 09-08, vous pouvez également obtenir la rectification" in text
    assert "(articles 15(1)(h) et 22 du RGPD ; article 7 de la loi 09-08)" in text


@pytest.mark.parametrize(
    ("channel", "phrases"),
    [
        (
            Channel.EMAIL,
            {"fr": ", par e-mail,", "en": ", by e-mail", "ar": "عبر البريد الإلكتروني"},
        ),
        (Channel.IN_PERSON, {"fr": ", en main propre,", "en": ", in person", "ar": "حضوريا"}),
        (Channel.POST, {"fr": ", par courrier postal,", "en": ", by post", "ar": "عبر البريد"}),
    ],
)
def test_the_channel_is_a_phrase_not_a_label(register, frozen_clock, channel, phrases):
    request = _request(register, frozen_clock, LAW, channel)
    for language, phrase in phrases.items():
        text = plain(svc.letter_for(register, request.reference, "acknowledgement", language).text)
        assert phrase in text, (language, text)
        assert "par En personne" not in text and "par E-mail" not in text
