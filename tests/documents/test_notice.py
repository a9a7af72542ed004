"""The information notice (Law 09-08 art. 5; GDPR Arts. 13-14): the page's HTML, what
the notice says and what it must never say, on small facts and on the demo register."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from dpo_desk.documents import notice as words
from dpo_desk.documents.blocks import (
    Bullets,
    Checklist,
    Fields,
    Heading,
    PageBreak,
    Paragraph,
    Report,
)
from dpo_desk.documents.kinds import LetterLanguage
from dpo_desk.documents.notice import (
    NoticeActivity,
    NoticeFacts,
    NoticeFormality,
    NoticeProcessor,
    NoticeTransfer,
    country_name,
    notice_gaps,
    notice_report,
)
from dpo_desk.documents.report_html import render_html
from dpo_desk.domain.filings import FilingStatus, FormalityKind
from dpo_desk.domain.organisation import Organisation
from dpo_desk.domain.records import (
    DataCategory,
    Law0908Exception,
    LegalBasis,
    Purpose,
    Recipient,
    RecipientKind,
    RetentionRule,
    RetentionUnit,
    TransferMechanism,
)
from dpo_desk.translations import translator
from tests.conftest import TEST_PASSPHRASE, make_frozen_clock, open_copy

HOSTILE = "<b>Gras</b> <script>alert(1)</script> & « Rapports »"


def organisation(*, gdpr: bool = False) -> Organisation:
    return Organisation(
        name="Atlas Assurances SA",
        address="12, rue Ibn Toufail\nCasablanca",
        dpo_name="Salma Bennani",
        dpo_email="dpo@atlas.ma",
        dpo_phone="+212 522 00 00 00",
        gdpr_applies=gdpr,
    )


def activity(**changes: object) -> NoticeActivity:
    base = NoticeActivity(
        name="Gestion des contrats",
        purposes=(
            Purpose("Gérer les contrats", LegalBasis.CONTRACT),
            Purpose("Prévenir la fraude", LegalBasis.LEGITIMATE_INTERESTS, "Protéger les assurés"),
        ),
        subject_categories=("Assurés",),
        data_categories=(DataCategory.IDENTITY, DataCategory.FINANCIAL),
        recipients=(Recipient(RecipientKind.INTERNAL, "Service des sinistres"),),
        processors=(NoticeProcessor("Cloudy", "Hébergement", ("US",)),),
        retention=(
            RetentionRule(
                DataCategory.FINANCIAL, 10, RetentionUnit.YEARS, "après la fin du contrat"
            ),
        ),
        transfers=(
            NoticeTransfer("US", "Cloudy", TransferMechanism.SCC, reference="SCC 2021/914"),
        ),
        rights_service="Service clients",
        formalities=(
            NoticeFormality(
                FormalityKind.DECLARATION, FilingStatus.GRANTED, "D-443/2022", date(2022, 5, 3)
            ),
            NoticeFormality(FormalityKind.TRANSFER, FilingStatus.TO_FILE),
        ),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def facts(
    *, gdpr: bool = False, activities: tuple[NoticeActivity, ...] | None = None
) -> NoticeFacts:
    return NoticeFacts(
        organisation=organisation(gdpr=gdpr),
        activities=(activity(),) if activities is None else activities,
        issued_on=date(2026, 3, 10),
        internal_days=30,
    )


def page(f: NoticeFacts, language: str = "fr") -> str:
    return render_html(notice_report(f, language, translator(language)))


# ----------------------------------------------------------------------------- the page


def test_the_page_is_semantic_and_standalone():
    report = Report(
        LetterLanguage.FR,
        "Titre",
        "Atlas",
        (
            Paragraph("Avant"),
            Heading("Première"),
            Heading("Sous-partie", 2),
            Bullets(("un", "deux")),
            Fields((("Adresse", "Ligne 1\nLigne 2"),)),
            Checklist((("fait", True), ("à faire", False))),
            PageBreak(),
            Heading("Seconde"),
            Paragraph("Attention", emphasis=True),
        ),
        issued_on=date(2026, 3, 1),
        footer="Pied",
    )
    html = render_html(report)
    assert html.startswith('<!DOCTYPE html>\n<html lang="fr" dir="ltr">')
    assert '<meta charset="utf-8">' in html
    for tag in ("<header>", "<main>", "<footer>", "<h1>Titre</h1>", "<h2>Première</h2>"):
        assert tag in html
    assert html.count("<section>") == html.count("</section>") == 2
    assert "<h3>Sous-partie</h3>" in html
    assert "<ul>\n<li>un</li>\n<li>deux</li>\n</ul>" in html
    assert "<dl>\n<dt>Adresse</dt><dd>Ligne 1\nLigne 2</dd>\n</dl>" in html
    assert "☑</span>fait" in html and "☐</span>à faire" in html
    assert '<time datetime="2026-03-01">1er mars 2026</time>' in html
    assert "<p><strong>Attention</strong></p>" in html
    # The paragraph before the first heading stands outside any section.
    assert html.index("<p>Avant</p>") < html.index("<section>")


def test_markup_in_the_register_shows_literally():
    html = page(facts(activities=(activity(name=HOSTILE, description=HOSTILE),)))
    assert (
        "&lt;b&gt;Gras&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt; &amp; « Rapports »" in html
    )
    assert "<b>" not in html
    assert "<script" not in html.lower()


def test_controls_and_bidi_overrides_are_dropped():
    html = page(facts(activities=(activity(name="Paie\u202e\x00\x07 des salariés"),)))
    assert "Paie des salariés" in html
    assert "\u202e" not in html and "\x00" not in html


def test_arabic_is_right_to_left_and_french_left_to_right():
    assert '<html lang="ar" dir="rtl">' in page(facts(), "ar")
    assert '<html lang="fr" dir="ltr">' in page(facts(), "fr")
    assert '<html lang="en" dir="ltr">' in page(facts(), "en")


# ----------------------------------------------------------------------------- what it says


def test_a_notice_under_09_08_only_never_borrows_the_gdpr():
    html = page(facts(gdpr=False))
    assert words.H_GDPR not in html
    assert "RGPD" not in html
    assert "art. 15" not in html and "art. 77" not in html
    assert "CNIL" not in html and "Fontenoy" not in html
    # The 09-08 rights, each with its article.
    for right in (words.RIGHT_ACCESS, words.RIGHT_RECTIFICATION, words.RIGHT_OPPOSITION):
        assert right in html
    assert "(art. 7)" in html and "(art. 8)" in html and "(art. 9)" in html
    # SCCs are named as what they are under 09-08: guarantees joined to the request.
    assert "garanties jointes à la demande d'autorisation : Clauses contractuelles types" in html


def test_where_the_gdpr_applies_its_rights_and_an_eu_authority_are_added():
    html = page(facts(gdpr=True))
    assert f"<h2>{words.H_GDPR}</h2>" in html
    for article in ("art. 15", "art. 16", "art. 17", "art. 18", "art. 20", "art. 21", "art. 22"):
        assert f"({article})" in html
    assert "RGPD art. 77" in html
    assert "Commission nationale de l'informatique et des libertés (CNIL)" in html
    assert "3 place de Fontenoy" in html
    assert "Clauses contractuelles types (RGPD art. 46(2)(c))" in html
    assert "RGPD art. 12(3)" in html


def test_the_cndp_is_always_where_to_complain():
    for gdpr in (False, True):
        html = page(facts(gdpr=gdpr))
        assert "Angle boulevard Annakhil et avenue Mehdi Ben Barka" in html
    arabic = page(facts(), "ar")
    assert "زاوية شارع النخيل" in arabic  # the CNDP's address in Arabic


def test_the_cndp_receipt_and_its_date_are_given():
    html = page(facts())
    assert "Déclaration préalable : n° D-443/2022 du 3 mai 2022" in html
    assert "Autorisation de transfert à l'étranger : référence non encore délivrée" in html


def test_the_internal_reply_time_is_the_organisations_commitment_not_the_law():
    html = page(facts())
    assert "dans un délai de 30 jours au plus" in html
    assert "Ce délai est un engagement de Atlas Assurances SA" in html
    assert "délai franc de dix jours" in html
    assert "30 jours" not in page(replace(facts(), internal_days=None))


def test_purposes_carry_their_bases_and_legitimate_interests_are_stated():
    html = page(facts())
    assert "Gérer les contrats — base légale : Exécution d'un contrat" in html
    assert "base légale : Intérêt légitime ; intérêt poursuivi : Protéger les assurés" in html


def test_retention_recipients_and_processors():
    html = page(facts())
    assert "Informations d'ordre économique et financier : 10 ans après la fin du contrat" in html
    assert "Service des sinistres (Service interne)" in html
    assert "Cloudy — Hébergement (États-Unis)" in html


def test_a_missing_retention_is_said_in_words_and_listed_as_a_gap():
    f = facts(activities=(activity(retention=()),))
    assert words.RETENTION_UNSET in page(f)
    assert "« Gestion des contrats » : aucune durée de conservation n'est inscrite." in [
        gap.text() for gap in notice_gaps(f)
    ]


@pytest.mark.parametrize(
    ("transfer", "formalities", "expected"),
    [
        (
            NoticeTransfer("FR", "Cloudy", adequate=True),
            (),
            "France, par Cloudy : pays assurant un niveau de protection suffisant selon la "
            "liste de la CNDP (loi 09-08 art. 43)",
        ),
        (
            NoticeTransfer("US", "Cloudy", exception=Law0908Exception.EXPRESS_CONSENT),
            (),
            "États-Unis, par Cloudy : exception prévue par la loi 09-08 (art. 44) : "
            "Consentement exprès de la personne",
        ),
        (
            NoticeTransfer("US", "", TransferMechanism.CNDP_AUTHORISATION, reference="A-T-12/2024"),
            (),
            "États-Unis : autorisation de la CNDP n° A-T-12/2024 (loi 09-08 art. 44)",
        ),
        (
            NoticeTransfer("US", "Cloudy", TransferMechanism.SCC),
            (
                NoticeFormality(
                    FormalityKind.TRANSFER, FilingStatus.GRANTED, "A-T-7/2025", date(2025, 6, 2)
                ),
            ),
            "États-Unis, par Cloudy : autorisation de la CNDP n° A-T-7/2025 du 2 juin 2025 "
            "(loi 09-08 art. 44) ; garanties contractuelles : Clauses contractuelles types",
        ),
        (
            NoticeTransfer("US", "Cloudy", TransferMechanism.SCC),
            (
                NoticeFormality(
                    FormalityKind.TRANSFER, FilingStatus.FILED, filed_on=date(2026, 2, 2)
                ),
            ),
            "États-Unis, par Cloudy : demande d'autorisation déposée auprès de la CNDP le "
            "2 février 2026 (loi 09-08 art. 44) ; garanties jointes à la demande "
            "d'autorisation : Clauses contractuelles types",
        ),
        (
            NoticeTransfer("US", "Cloudy", recorded=False),
            (),
            "États-Unis, par Cloudy : autorisation de la CNDP non encore délivrée "
            "(loi 09-08 art. 44)",
        ),
    ],
)
def test_each_transfer_says_what_it_rests_on_under_09_08(transfer, formalities, expected):
    f = facts(activities=(activity(transfers=(transfer,), formalities=formalities),))
    html = page(f)
    assert expected in html
    assert "Privacy Shield" not in html
    cleared = "non encore délivrée" not in expected and "déposée" not in expected
    transfer_gaps = [g for g in notice_gaps(f) if "transfert vers" in g.text()]
    assert (transfer_gaps == []) is cleared


def test_a_complete_register_leaves_no_gap():
    done = activity(
        transfers=(NoticeTransfer("FR", "Cloudy", adequate=True),),
        formalities=(
            NoticeFormality(
                FormalityKind.DECLARATION, FilingStatus.GRANTED, "D-1/2024", date(2024, 1, 5)
            ),
        ),
    )
    assert notice_gaps(facts(activities=(done,))) == ()
    assert notice_gaps(facts(activities=(activity(),))) != ()


def test_country_names_follow_the_language():
    assert country_name("US", LetterLanguage.FR) == "États-Unis"
    assert country_name("US", LetterLanguage.EN) == "United States"
    assert country_name("US", LetterLanguage.AR) == "الولايات المتحدة"


# ----------------------------------------------------------------------------- the demo


@pytest.fixture(scope="module")
def demo_bytes(tmp_path_factory, register_template) -> bytes:
    """The demo register, built once for the module (each test opens its own copy)."""
    from dpo_desk.services.demo import build_demo

    folder = tmp_path_factory.mktemp("notice-demo")
    path = folder / "demo.dpodesk"
    with pytest.MonkeyPatch.context() as patcher:
        patcher.setenv("DPO_DESK_CONFIG_DIR", str(folder / "config"))
        with register_template.creating():
            build_demo(path, TEST_PASSPHRASE, clock=make_frozen_clock()).close()
    return path.read_bytes()


@pytest.fixture
def demo(demo_bytes, tmp_path):
    register = open_copy(demo_bytes, tmp_path / "demo.dpodesk")
    yield register
    register.close()


DEMO_PROCESSORS = (
    "Stripe",
    "Payzone",
    "WafaCash",
    "Hébergeur cloud (Maroc)",
    "Google Analytics 4",
    "Mixpanel",
    "Meta Pixel",
    "Google Ads",
    "OpenAI (GPT-4)",
    "Anthropic (Claude)",
)


def test_the_demo_notice_has_no_external_resource(demo, frozen_clock):
    from dpo_desk.services import notice

    for language in ("fr", "ar", "en"):
        html = notice.render(demo, language, "html", clock=frozen_clock)
        lowered = html.lower()
        for forbidden in ("http", "src=", "<link", "<script", "url(", "@import", "<img"):
            assert forbidden not in lowered, (language, forbidden)


def test_the_demo_notice_names_every_processor_and_transfer(demo, frozen_clock):
    from dpo_desk.services import notice

    found = notice.gather(demo, clock=frozen_clock)
    html = notice.render(demo, "fr", "html", clock=frozen_clock)
    for name in DEMO_PROCESSORS:
        assert name in html, name
    transfers = [t for a in found.activities for t in a.transfers]
    assert {(t.country, t.processor) for t in transfers} >= {
        ("US", "Stripe"),
        ("US", "OpenAI (GPT-4)"),
        ("US", "Anthropic (Claude)"),
        ("US", "Mixpanel"),
        ("US", "Google Analytics 4"),
        ("US", "Google Ads"),
        ("US", "Meta Pixel"),
        ("IE", "Meta Pixel"),
    }
    for t in transfers:
        assert f"{country_name(t.country, LetterLanguage.FR)}, par {t.processor} :" in html
    assert "Privacy Shield" not in html


def test_the_demo_notice_gives_the_cndp_receipt_retention_reply_time_and_routes(demo, frozen_clock):
    from dpo_desk.services import notice

    html = notice.render(demo, "fr", "html", clock=frozen_clock)
    assert "D-W-318/2025" in html
    for period in (
        "Données de paiement : 10 ans après la transaction",
        "Compte inactif : 3 ans sans connexion",
        "Logs de connexion : 12 mois après leur enregistrement",
        "Compte supprimé : 90 jours après la suppression du compte",
    ):
        assert period in html, period
    assert "dans un délai de 30 jours au plus" in html
    assert "Commission nationale de contrôle de la protection des données" in html
    assert "3 place de Fontenoy" in html  # the demo says the GDPR applies
    assert '<time datetime="2026-03-10">10 mars 2026</time>' in html
    arabic = notice.render(demo, "ar", "html", clock=frozen_clock)
    assert '<html lang="ar" dir="rtl">' in arabic
    assert "D-W-318/2025" in arabic
    assert "الموافقة" in arabic  # an already-translated label (LegalBasis: consent)


def test_a_processing_whose_end_was_declared_leaves_the_notice(demo, frozen_clock):
    from dpo_desk.domain.filings import FilingUpdate
    from dpo_desk.services import filings, notice
    from dpo_desk.services import records as book

    support = next(a for a in book.all_activities(demo) if a.name == "Support client")
    assert "<h3>Support client</h3>" in notice.render(demo, "fr", clock=frozen_clock)
    filings.record(
        demo,
        support.id,
        FormalityKind.DECLARATION,
        FilingUpdate(FilingStatus.ENDED, ended_on=date(2026, 3, 1)),
        clock=frozen_clock,
    )
    assert "<h3>Support client</h3>" not in notice.render(demo, "fr", clock=frozen_clock)


def test_the_demo_pdf_is_a_pdf(demo, frozen_clock):
    from dpo_desk.services import notice

    produced = notice.produce(demo, "ar", "pdf", clock=frozen_clock)
    assert produced.content.startswith(b"%PDF")
    assert produced.gaps  # the demo leaves retention periods and references to complete


def test_an_unknown_format_is_refused(demo):
    from dpo_desk.domain.errors import ValidationError
    from dpo_desk.services import notice

    with pytest.raises(ValidationError) as caught:
        notice.produce(demo, "fr", "docx")
    assert "docx" in caught.value.message()


def test_every_fixed_string_is_a_notice_message():
    """Every sentence the notice prints is a message of the "Notice" context, written as
    a literal QT_TRANSLATE_NOOP so lupdate finds it."""
    from pathlib import Path

    source = Path(words.__file__).read_text(encoding="utf-8")
    calls = re.findall(r'QT_TRANSLATE_NOOP\(\s*"(\w+)"', source)
    assert calls and set(calls) == {"Notice"}


def test_the_notice_speaks_the_language_asked_for(demo, frozen_clock):
    # The catalogues translate every fixed sentence: no French heading is left in the
    # Arabic or the English notice (the register's own words stay as the DPO typed them).
    from dpo_desk.services import notice

    arabic = notice.render(demo, "ar", "html", clock=frozen_clock)
    english = notice.render(demo, "en", "html", clock=frozen_clock)
    french = notice.render(demo, "fr", "html", clock=frozen_clock)
    assert "Vos droits (loi n° 09-08)" in french
    assert "حقوقك (القانون رقم 09.08)" in arabic and "Vos droits" not in arabic
    assert "Your rights (Law No. 09-08)" in english and "Vos droits" not in english
