"""Letters: what a template may say about a case, in which language, and the draft it gives.

``request_context`` and ``breach_context`` turn domain data into a ``LetterContext``:
a flat whitelist of plain values (texts, lists of texts, flags) keyed by placeholder
name, plus the parts the renderer places itself (letterhead, recipient, signature).
``draft_letter`` fills a template with it; the ``LetterDraft`` is what legal staff edit
and what ``pdf.render_letter`` prints.

Labels that come from the domain are French message ids (the UI's source language).
Letters are not translated through Qt (they are built without it, in a language chosen
per letter): their words come from the same catalogues, read by ``dpo_desk.translations``,
and a test checks that every domain label a letter can print has them.

Dates use Western digits in all three languages. Morocco writes its official Arabic
documents with them (the Bulletin officiel, the CNDP's own forms), and a reference such
as DSR-2026-0001 or a date then reads the same in the three versions of a letter. Arabic
month names are the Moroccan ones (يناير … دجنبر), not the Levantine or Egyptian ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, tzinfo
from types import MappingProxyType
from typing import TypeVar
from zoneinfo import ZoneInfoNotFoundError

from babel import dates as babel_dates

from dpo_desk import translations
from dpo_desk.documents.kinds import (
    BREACH_KINDS,
    LETTER_KIND_LABELS,
    REQUEST_KINDS,
    LetterKind,
    LetterLanguage,
)
from dpo_desk.documents.templates import Value, render_template, validate_template
from dpo_desk.documents.typesetting import clean_text, isolate
from dpo_desk.domain.clock import DEFAULT_TIMEZONE, organisation_zone
from dpo_desk.domain.deadlines import BASIS_LABELS, CITATIONS, RULE_LABELS, Deadline
from dpo_desk.domain.errors import ValidationError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.domain.organisation import Organisation
from dpo_desk.domain.records import TransferMechanism
from dpo_desk.domain.refusals import Citation, ground_fit
from dpo_desk.domain.requests.model import RightsRequest
from dpo_desk.domain.requests.workflow import (
    CHANNEL_LABELS,
    REFUSAL_REASON_LABELS,
    REGIME_LABELS,
    RIGHT_LABELS,
    Channel,
    Regime,
    Right,
)
from dpo_desk.domain.retention import IdentityPolicy, IdentityProof
from dpo_desk.resources import resource_path

__all__ = [
    "ACCESS_SECTIONS",
    "AccessDetails",
    "BreachLetterFacts",
    "DeadlineExplanation",
    "LetterContext",
    "LetterDraft",
    "LetterKind",
    "LetterLanguage",
    "TimelineEntry",
    "breach_context",
    "default_template",
    "draft_letter",
    "format_citation",
    "format_citations",
    "format_date",
    "format_instant",
    "request_context",
    "term",
]

MAX_LOGO = 2_000_000  # bytes: a letterhead logo, not a scan

ERR_KIND_FOR_REQUEST = QT_TRANSLATE_NOOP(
    "Errors", "Le courrier « {kind} » ne concerne pas une demande d'exercice de droits."
)
ERR_KIND_FOR_BREACH = QT_TRANSLATE_NOOP(
    "Errors", "Le courrier « {kind} » ne concerne pas une violation de données."
)
ERR_DELAY_REASONS = QT_TRANSLATE_NOOP(
    "Errors",
    "Notification tardive : indiquez les motifs du retard, qu'elle doit exposer (RGPD art. 33(1)).",
)
# A letter to the CNDP answers the organisation's policy (Law 09-08 has no breach duty).
ERR_DELAY_REASONS_POLICY = QT_TRANSLATE_NOOP(
    "Errors",
    "Notification à la CNDP envoyée après l'échéance fixée par la politique interne de "
    "l'organisation : indiquez les motifs du retard, que le courrier expose.",
)
ERR_LOGO_TOO_BIG = QT_TRANSLATE_NOOP(
    "Errors", "Le logo dépasse {limit} octets : choisissez une image plus légère."
)
ERR_DRAFT_SHAPE = QT_TRANSLATE_NOOP(
    "Errors",
    "Le courrier doit commencer par sa ligne d'objet, suivie d'une ligne vide, puis du texte.",
)
ERR_NAIVE_INSTANT = QT_TRANSLATE_NOOP(
    "Errors", "L'instant « {value} » doit porter son fuseau horaire."
)

# ----------------------------------------------------------------------------- words

# Phrases the letters print outside templates. French first: it is the message id.
LETTER_TITLE = QT_TRANSLATE_NOOP("Letter", "Délégué à la protection des données (DPO)")
REF_LABEL = QT_TRANSLATE_NOOP("Letter", "Réf. :")
SUBJECT_LABEL = QT_TRANSLATE_NOOP("Letter", "Objet :")
TO_DATA_SUBJECTS = QT_TRANSLATE_NOOP("Letter", "Aux personnes concernées")
DPO_LABEL = QT_TRANSLATE_NOOP("Letter", "DPO :")
PLACE_AND_DATE = QT_TRANSLATE_NOOP("Letter", "{place}, le {date}")
DATE_ONLY = QT_TRANSLATE_NOOP("Letter", "Le {date}")
NOT_KNOWN_YET = QT_TRANSLATE_NOOP("Letter", "non déterminé à ce jour")
NATURE_C = QT_TRANSLATE_NOOP("Letter", "atteinte à la confidentialité")
NATURE_I = QT_TRANSLATE_NOOP("Letter", "atteinte à l'intégrité")
NATURE_A = QT_TRANSLATE_NOOP("Letter", "atteinte à la disponibilité")
BREACH_BASIS_LAW = QT_TRANSLATE_NOOP(
    "Letter", "72 heures après la prise de connaissance (RGPD art. 33(1))"
)
# No GDPR word: it is printed in letters to the CNDP, under Law 09-08.
BREACH_BASIS_POLICY = QT_TRANSLATE_NOOP(
    "Letter",
    "72 heures après la prise de connaissance, délai fixé par la politique interne de "
    "l'organisation (la loi 09-08 ne prévoit pas de notification des violations)",
)
CNDP_NAME = QT_TRANSLATE_NOOP(
    "Letter",
    "Commission nationale de contrôle de la protection des données à caractère personnel (CNDP)",
)
CNIL_NAME = QT_TRANSLATE_NOOP(
    "Letter", "Commission nationale de l'informatique et des libertés (CNIL)"
)

# Where a letter's words are translated: the contexts of the label dictionaries it
# prints, most specific first. The same French id may sit in several contexts (the UI's
# "E-mail" field and the "E-mail" channel); in these it always means the same thing.
_LETTER_CONTEXTS = (
    "Letter",
    "LetterKind",
    "Right",
    "Regime",
    "Channel",
    "RefusalReason",
    "Deadline",
    "DataCategory",
    "EventKind",
)

# The authorities' postal addresses, one line per line of the envelope: the defaults of
# the register's own copy, which the DPO may edit in Paramètres (``services.authorities``,
# the ``authorities=`` argument of the contexts). Sources (issue 20, item 2):
# - CNDP: « Angle Boulevard Annakhil et Avenue Mehdi Ben Barka, Hay Riad, Rabat », as its
#   own pages give it (https://www.cndp.ma, « Contact »). Up to issue 20 the app printed
#   « Avenue Annakhil, Hay Riad », from a seed privacy policy: one street, not the corner.
# - CNIL: « 3 Place de Fontenoy, TSA 80715, 75334 Paris Cedex 07 », its postal address
#   for letters (https://www.cnil.fr, « Nous contacter »; the same in a DPO guide,
#   https://www.dpo-partage.fr/comment-joindre-la-cnil/).
# The reference corpus searched for issue 20 did not hold the two authorities' contact
# pages themselves: docs/letters-review.md lists both addresses for the lawyer to check.
# A French postal address is written in Latin letters whatever the letter's language (the
# French post reads it); the CNDP's is given in Arabic in an Arabic letter, as the CNDP
# itself does. Both are to be checked against the sites before each release.
DEFAULT_AUTHORITY_ADDRESSES: dict[str, dict[LetterLanguage, str]] = {
    "cndp": {
        LetterLanguage.FR: "Angle boulevard Annakhil et avenue Mehdi Ben Barka\nHay Riad\n"
        "Rabat\nMaroc",
        LetterLanguage.EN: "Corner of Boulevard Annakhil and Avenue Mehdi Ben Barka\nHay Riad\n"
        "Rabat\nMorocco",
        LetterLanguage.AR: "زاوية شارع النخيل وشارع المهدي بن بركة\nحي الرياض\nالرباط\nالمغرب",
    },
    "cnil": {
        language: "3 place de Fontenoy\nTSA 80715\n75334 Paris Cedex 07\nFrance"
        for language in LetterLanguage
    },
}
AUTHORITY_CODES = ("cndp", "cnil")
_AUTHORITY_NAMES = {"cndp": CNDP_NAME, "cnil": CNIL_NAME}

# The CLDR locale of each letter language's dates (babel). Arabic is Morocco's: its month
# names come from the French ones (ماي, يوليوز, غشت, شتنبر, نونبر, دجنبر), where plain "ar"
# has the Middle East's (مايو, يوليو, أغسطس, سبتمبر, نوفمبر, ديسمبر).
_DATE_LOCALES = {LetterLanguage.FR: "fr", LetterLanguage.EN: "en", LetterLanguage.AR: "ar_MA"}
_SEPARATOR = {LetterLanguage.FR: ", ", LetterLanguage.EN: ", ", LetterLanguage.AR: "، "}


def term(french: str, language: LetterLanguage | str) -> str:
    """A French message id in the letter's language (French itself for fr).

    The words come from the app's translation catalogues (``dpo_desk.translations``),
    the ones the UI shows, so a label reads the same on screen and on paper.
    """
    language = LetterLanguage(language)
    if language is LetterLanguage.FR or not french:
        return french
    return _lookup(french, language.value) or french


def _lookup(french: str, language: str) -> str | None:
    for context in _LETTER_CONTEXTS:
        if (found := translations.lookup(context, french, language)) is not None:
            return found
    return None


def _in_sentence(label: str, language: LetterLanguage) -> str:
    """A capitalised UI label ("E-mail", "Post") inside an English sentence: "by e-mail".

    Acronyms ("SMS") keep their capitals.
    """
    if language is LetterLanguage.EN and len(label) > 1 and not label[1].isupper():
        return label[0].lower() + label[1:]
    return label


# How an article is cited, per language: always with its instrument. Arabic letters keep
# Western digits and transliterate the paragraph letters (GLOSSARY.md): 8(a) → 8(أ).
_ARTICLE = {
    LetterLanguage.FR: {
        Regime.GDPR: "article {} du RGPD",
        Regime.LAW_09_08: "article {} de la loi 09-08",
    },
    LetterLanguage.EN: {
        Regime.GDPR: "Article {} of the GDPR",
        Regime.LAW_09_08: "Article {} of Law 09-08",
    },
    LetterLanguage.AR: {
        Regime.GDPR: "المادة {} من RGPD",
        Regime.LAW_09_08: "المادة {} من القانون رقم 09.08",
    },
}
# A right the law does not provide at all (portability under Law 09-08): no article.
_NOT_PROVIDED = {
    LetterLanguage.FR: "loi 09-08, qui ne prévoit pas ce droit",
    LetterLanguage.EN: "Law 09-08, which does not provide this right",
    LetterLanguage.AR: "القانون رقم 09.08 الذي لا ينص على هذا الحق",
}
# How a request reached us, as the phrase a sentence needs (« reçue le 2 mars, par
# e-mail »), not the UI's label (« par En personne »). Letter words, like the articles
# above: written here per language, never borrowed from the UI catalogue (issue 20,
# item 10). The Channel enum's members; an unknown one falls back to its label.
_CHANNEL_PHRASES = {
    Channel.EMAIL: {
        LetterLanguage.FR: "par e-mail",
        LetterLanguage.EN: "by e-mail",
        LetterLanguage.AR: "عبر البريد الإلكتروني",
    },
    Channel.POST: {
        LetterLanguage.FR: "par courrier postal",
        LetterLanguage.EN: "by post",
        LetterLanguage.AR: "عبر البريد العادي",
    },
    Channel.WEB_FORM: {
        LetterLanguage.FR: "par notre formulaire en ligne",
        LetterLanguage.EN: "through our online form",
        LetterLanguage.AR: "عبر استمارتنا الإلكترونية",
    },
    Channel.PHONE: {
        LetterLanguage.FR: "par téléphone",
        LetterLanguage.EN: "by telephone",
        LetterLanguage.AR: "عبر الهاتف",
    },
    Channel.IN_PERSON: {
        LetterLanguage.FR: "en main propre",
        LetterLanguage.EN: "in person",
        LetterLanguage.AR: "حضوريا",
    },
}


def channel_phrase(channel: Channel | str, language: LetterLanguage | str) -> str:
    """« par e-mail » · "by post" · « حضوريا »: how the request was received."""
    language = LetterLanguage(language)
    try:
        known = Channel(channel)
    except ValueError:  # a code this version does not know: named as stored
        return _in_sentence(term(str(channel), language), language)
    phrase = _CHANNEL_PHRASES.get(known, {}).get(language)
    if phrase is not None:
        return phrase
    return _in_sentence(term(CHANNEL_LABELS.get(known, str(channel)), language), language)


_CITATION_SEPARATOR = {LetterLanguage.FR: " ; ", LetterLanguage.EN: "; ", LetterLanguage.AR: "؛ "}
_ARABIC_LETTERS = dict(zip("abcdefgh", ("أ", "ب", "ج", "د", "هـ", "و", "ز", "ح"), strict=True))


def format_citation(citation: Citation, language: LetterLanguage | str) -> str:
    """« article 8(a) de la loi 09-08 » · "Article 12(5) of the GDPR" · « المادة 8(أ) من … »."""
    language = LetterLanguage(language)
    if not citation.article:
        return _NOT_PROVIDED[language]
    article = citation.article
    if language is LetterLanguage.AR:
        article = re.sub(r"\(([a-h])\)", lambda m: f"({_ARABIC_LETTERS[m.group(1)]})", article)
    return _ARTICLE[language][citation.regime].format(article)


def format_citations(citations: Iterable[Citation], language: LetterLanguage | str) -> str:
    language = LetterLanguage(language)
    return _CITATION_SEPARATOR[language].join(format_citation(c, language) for c in citations)


def has_term(french: str) -> bool:
    """Whether every letter language other than French has its words for ``french``."""
    return all(
        _lookup(french, language.value) is not None
        for language in LetterLanguage
        if language is not LetterLanguage.FR
    )


def format_date(day: date, language: LetterLanguage | str) -> str:
    """25 novembre 2026 · 25 November 2026 · 25 نونبر 2026 (and « 1er » in French)."""
    language = LetterLanguage(language)
    # French writes the first of a month as an ordinal; CLDR's patterns do not.
    pattern = "d'er' MMMM y" if language is LetterLanguage.FR and day.day == 1 else "d MMMM y"
    return babel_dates.format_date(day, pattern, locale=_DATE_LOCALES[language])


def format_instant(instant: datetime, language: LetterLanguage | str, zone: str) -> str:
    """An instant in the organisation's zone, with its UTC offset (times cross DST)."""
    language = LetterLanguage(language)
    if instant.tzinfo is None:
        raise ValidationError(ERR_NAIVE_INSTANT, "instant", value=instant.isoformat())
    local = instant.astimezone(_zone(zone))
    offset = local.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    utc = f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    day = format_date(local.date(), language)
    clock = f"{local.hour:02d}:{local.minute:02d}"
    if language is LetterLanguage.FR:
        return f"{day} à {clock} ({utc})"
    if language is LetterLanguage.EN:
        return f"{day} at {clock} ({utc})"
    return f"{day} على الساعة {clock} ({utc})"


def format_count(count: int | None, language: LetterLanguage | str) -> str:
    language = LetterLanguage(language)
    if count is None:
        return term(NOT_KNOWN_YET, language)
    grouped = f"{count:,}"
    # French and Moroccan Arabic group thousands with a (narrow no-break) space.
    return grouped if language is LetterLanguage.EN else grouped.replace(",", "\u202f")


def _zone(name: str) -> tzinfo:
    try:
        return organisation_zone(name)
    except ZoneInfoNotFoundError:
        return organisation_zone(DEFAULT_TIMEZONE)


def authority(code: str, language: LetterLanguage | str, address: str = "") -> tuple[str, str]:
    """(name, address) of ``"cndp"`` or ``"cnil"`` in the letter's language; the address
    one line per line of the envelope. ``address`` replaces the default (the register's
    edited copy, ``services.authorities``)."""
    language = LetterLanguage(language)
    lines = [line.strip() for line in (address or "").splitlines() if line.strip()]
    found = "\n".join(lines) or DEFAULT_AUTHORITY_ADDRESSES[code][language]
    return term(_AUTHORITY_NAMES[code], language), found


# ----------------------------------------------------------------------------- inputs


@dataclass(frozen=True)
class DeadlineExplanation:
    """The governing due date of a request and what it rests on."""

    due_on: date
    rule: str  # deadlines.RULE_* id
    basis: str  # "law" or "policy"
    citation: str  # French id, e.g. "RGPD art. 12(3)"

    @classmethod
    def of_request(cls, request: RightsRequest) -> DeadlineExplanation:
        return cls(request.due_on, request.due_rule, request.due_basis, CITATIONS[request.due_rule])

    @classmethod
    def of_deadline(cls, deadline: Deadline) -> DeadlineExplanation:
        return cls(deadline.due, deadline.rule, deadline.basis, deadline.citation)


# The sections of an access reply, in the letter's order: GDPR Art. 15(1)(a)-(d), (g),
# (h) and 15(2); Law 09-08 art. 7 (purposes, categories, recipients, the origin of the
# data, the logic of any automated processing).
ACCESS_SECTIONS = (
    "categories",
    "purposes",
    "recipients",
    "transfers",
    "retention",
    "source",
    "automated",
)


@dataclass(frozen=True)
class AccessDetails:
    """What a reply to an access request must give (GDPR Art. 15(1)-(2); 09-08 art. 7).

    ``transfers``: one line per transfer abroad of the activities concerned (the country
    and the safeguard it rests on: GDPR Arts. 15(1)(c), 15(2), 45-49; 09-08 arts. 43-44);
    ``no_transfer`` when the register records none for them, which is an answer, not a
    blank. ``automated``: the automated decision-making, profiling included, and its
    logic (GDPR Arts. 15(1)(h), 22; 09-08 art. 7): the register does not record it, so
    the DPO states it, or the section is « néant » with the DPO's reason.

    ``none``: the sections the DPO marked « néant » (nothing to give), for the reason
    ``none_reason``; the letter says so instead of leaving them blank. A section neither
    filled nor marked is one legal staff still complete (the French-only retention rules
    in an Arabic or English letter).
    """

    categories: tuple[str, ...] = ()
    purposes: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    transfers: tuple[str, ...] = ()
    no_transfer: bool = False
    retention: str = ""
    source: str = ""
    automated: str = ""
    none: frozenset[str] = frozenset()
    none_reason: str = ""

    def empty_sections(self) -> tuple[str, ...]:
        """The sections with nothing in them, in the letter's order."""
        return tuple(
            name
            for name in ACCESS_SECTIONS
            if not _filled(getattr(self, name)) and not (name == "transfers" and self.no_transfer)
        )


def _filled(value: str | tuple[str, ...]) -> bool:
    if isinstance(value, tuple):
        return any(item.strip() for item in value)
    return bool(value.strip())


# The safeguard of a transfer abroad, per law (GDPR Art. 15(2) asks for "the appropriate
# safeguards pursuant to Article 46"). Under each law, only its own instrument: a letter
# under Law 09-08 alone cites 09-08 arts. 43-44, one under the GDPR alone Arts. 45-49;
# a mechanism one law does not know is named without an article under it.
_SAFEGUARDS: dict[
    TransferMechanism, dict[Regime, tuple[tuple[str, ...], dict[LetterLanguage, str]]]
] = {
    TransferMechanism.ADEQUACY: {
        Regime.GDPR: (
            ("45",),
            {
                LetterLanguage.FR: "décision d'adéquation",
                LetterLanguage.EN: "adequacy decision",
                LetterLanguage.AR: "قرار الملاءمة",
            },
        ),
        Regime.LAW_09_08: (
            ("43",),
            {
                LetterLanguage.FR: "pays assurant un niveau de protection suffisant",
                LetterLanguage.EN: "country ensuring a sufficient level of protection",
                LetterLanguage.AR: "دولة تضمن مستوى حماية كافيا",
            },
        ),
    },
    TransferMechanism.CNDP_AUTHORISATION: {
        Regime.GDPR: (
            (),
            {
                LetterLanguage.FR: "autorisation de la CNDP",
                LetterLanguage.EN: "authorisation of the CNDP",
                LetterLanguage.AR: "إذن اللجنة الوطنية",
            },
        ),
        Regime.LAW_09_08: (
            ("44",),
            {
                LetterLanguage.FR: "autorisation de la CNDP",
                LetterLanguage.EN: "authorisation of the CNDP",
                LetterLanguage.AR: "إذن اللجنة الوطنية",
            },
        ),
    },
    TransferMechanism.SCC: {
        Regime.GDPR: (
            ("46(2)(c)",),
            {
                LetterLanguage.FR: "clauses types de protection des données",
                LetterLanguage.EN: "standard data protection clauses",
                LetterLanguage.AR: "بنود نموذجية لحماية المعطيات",
            },
        ),
        Regime.LAW_09_08: (
            (),
            {
                LetterLanguage.FR: "clauses contractuelles types",
                LetterLanguage.EN: "standard contractual clauses",
                LetterLanguage.AR: "بنود تعاقدية نموذجية",
            },
        ),
    },
    TransferMechanism.BCR: {
        Regime.GDPR: (
            ("47",),
            {
                LetterLanguage.FR: "règles d'entreprise contraignantes",
                LetterLanguage.EN: "binding corporate rules",
                LetterLanguage.AR: "قواعد ملزمة للمقاولات",
            },
        ),
        Regime.LAW_09_08: (
            (),
            {
                LetterLanguage.FR: "règles d'entreprise contraignantes",
                LetterLanguage.EN: "binding corporate rules",
                LetterLanguage.AR: "قواعد ملزمة للمقاولات",
            },
        ),
    },
    TransferMechanism.DEROGATION: {
        Regime.GDPR: (
            ("49",),
            {
                LetterLanguage.FR: "dérogation pour une situation particulière",
                LetterLanguage.EN: "derogation for a specific situation",
                LetterLanguage.AR: "استثناء لحالة خاصة",
            },
        ),
        Regime.LAW_09_08: (
            ("44",),
            {
                LetterLanguage.FR: "exception prévue par la loi",
                LetterLanguage.EN: "exception provided by the law",
                LetterLanguage.AR: "استثناء ينص عليه القانون",
            },
        ),
    },
    TransferMechanism.OTHER_ART46: {
        Regime.GDPR: (
            ("46",),
            {
                LetterLanguage.FR: "garanties appropriées",
                LetterLanguage.EN: "appropriate safeguards",
                LetterLanguage.AR: "ضمانات ملائمة",
            },
        ),
        Regime.LAW_09_08: (
            (),
            {
                LetterLanguage.FR: "garanties contractuelles",
                LetterLanguage.EN: "contractual safeguards",
                LetterLanguage.AR: "ضمانات تعاقدية",
            },
        ),
    },
}
_NO_SAFEGUARD = {
    LetterLanguage.FR: "garantie à préciser",
    LetterLanguage.EN: "safeguard to be specified",
    LetterLanguage.AR: "ضمانة يتعين تحديدها",
}


def transfer_line(
    country: str,
    mechanism: TransferMechanism | str | None,
    regimes: Iterable[Regime],
    language: LetterLanguage | str,
) -> str:
    """« US — clauses types de protection des données (article 46(2)(c) du RGPD) »: a
    transfer abroad and its safeguard, under the request's own laws (09-08 first)."""
    language = LetterLanguage(language)
    chosen = [r for r in (Regime.LAW_09_08, Regime.GDPR) if r in set(regimes)]
    if not mechanism:
        return f"{country} — {_NO_SAFEGUARD[language]}"
    words = _SAFEGUARDS[TransferMechanism(mechanism)]
    parts: list[str] = []
    for regime in chosen:
        articles, name = words[regime]
        text = name[language]
        if articles:
            cited = format_citations((Citation(regime, a) for a in articles), language)
            text = f"{text} ({cited})"
        if text not in parts:
            parts.append(text)
    return f"{country} — {_CITATION_SEPARATOR[language].join(parts)}"


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime  # timezone-aware
    what: str


@dataclass(frozen=True)
class BreachLetterFacts:
    """What a breach letter says, independent of how the breach register stores it.

    Not named ``BreachFacts``: ``domain.breaches`` has a class of that name for its
    workflow rules. The breach service maps its ``BreachIncident`` onto this.
    """

    reference: str
    title: str
    regimes: frozenset[Regime]
    aware_at: datetime  # GDPR Art. 33(1): the 72 hours run from here
    notify_by: datetime
    description: str = ""
    confidentiality: bool = False
    integrity: bool = False
    availability: bool = False
    subject_categories: tuple[str, ...] = ()
    subjects_count: int | None = None  # approximate (Art. 33(3)(a))
    record_categories: tuple[str, ...] = ()
    records_count: int | None = None  # approximate (Art. 33(3)(a))
    data_categories: tuple[str, ...] = ()
    consequences: str = ""  # Art. 33(3)(c)
    measures_taken: str = ""  # Art. 33(3)(d)
    measures_proposed: str = ""  # Art. 33(3)(d)
    advice: str = ""  # Art. 34(2) with (d): what people can do to protect themselves
    timeline: tuple[TimelineEntry, ...] = ()
    started_at: datetime | None = None
    discovered_at: datetime | None = None
    notified_late: bool = False
    delay_reasons: str = ""  # Art. 33(1): a late notification gives its reasons
    contact: str = ""  # Art. 33(3)(b): another contact point than the DPO, if any
    # The authority the notification is addressed to: "cndp", "cnil", "other" (an EU
    # supervisory authority named in authority_name), or empty: chosen from the regimes.
    # A letter to the CNIL or another EU authority is the GDPR's Art. 33 notice; one to
    # the CNDP is the organisation's policy under Law 09-08 and cites no GDPR article.
    # ``notified_late`` is judged against that authority's duty.
    authority: str = ""
    authority_name: str = ""


# ----------------------------------------------------------------------------- context


@dataclass(frozen=True)
class LetterContext:
    """Everything a letter of one kind and language may show, as plain values."""

    kind: LetterKind
    language: LetterLanguage
    reference: str
    letter_date: date
    place: str
    sender_name: str
    sender_address: str
    sender_contact: str
    recipient_name: str
    recipient_address: str
    signatory_name: str
    signatory_title: str
    values: Mapping[str, Value] = field(default_factory=dict)
    logo: bytes | None = None


def _clean(value: object) -> Value:
    if isinstance(value, bool):
        return value
    if isinstance(value, tuple | list | frozenset | set):
        return tuple(clean_text(str(item), multiline=False).strip() for item in value)
    return clean_text(str(value or "")).strip()


def _dpo_contact(organisation: Organisation, override: str = "") -> str:
    if override:
        return override
    # A phone number is never broken across two lines: no-break spaces between digits.
    phone = re.sub(r"(?<=\d) (?=\d)", "\u00a0", organisation.dpo_phone)
    parts = [organisation.dpo_name, organisation.dpo_email, phone]
    # Each part isolated: "+212 …" after an Arabic name stays "+212 …" (typesetting).
    cleaned = (clean_text(part, multiline=False).strip() for part in parts)
    return " — ".join(isolate(part) for part in cleaned if part)


def _common(
    organisation: Organisation,
    language: LetterLanguage,
    letter_date: date,
    place: str,
    regimes: Iterable[Regime],
    authorities: Mapping[str, str] | None,
    contact: str = "",
) -> dict[str, Value]:
    regimes = frozenset(Regime(r) for r in regimes)
    values: dict[str, Value] = {
        "organisation.name": organisation.name,
        "organisation.address": organisation.address,
        "organisation.dpo_name": organisation.dpo_name,
        "organisation.dpo_email": organisation.dpo_email,
        "organisation.dpo_phone": organisation.dpo_phone,
        "organisation.dpo_contact": _dpo_contact(organisation, contact),
        "letter.date": format_date(letter_date, language),
        "letter.place": place,
        "regime.gdpr": Regime.GDPR in regimes,
        "regime.law_09_08": Regime.LAW_09_08 in regimes,
    }
    for code in AUTHORITY_CODES:
        # In a sentence (« une réclamation auprès de la CNDP, … »): the address on one line.
        # Each address line isolated: after an Arabic name and comma, "3 place de
        # Fontenoy" would otherwise print as "place de Fontenoy 3" (the number taken
        # for an Arabic one, UAX #9 W2).
        name, address = authority(code, language, (authorities or {}).get(code, ""))
        lines = [isolate(line) for line in address.split("\n")]
        values[f"authority.{code}"] = _SEPARATOR[language].join([name, *lines])
    return values


def _check_logo(logo: bytes | None) -> bytes | None:
    if logo and len(logo) > MAX_LOGO:
        raise ValidationError(ERR_LOGO_TOO_BIG, "logo", limit=MAX_LOGO)
    return logo or None


def _finish(values: dict[str, Value]) -> Mapping[str, Value]:
    return MappingProxyType({name: _clean(value) for name, value in values.items()})


_Member = TypeVar("_Member")  # an enum member a label table is keyed by


def _ordered_labels(
    labels: Mapping[_Member, str], members: Iterable[_Member], language: LetterLanguage
) -> tuple[str, ...]:
    """The labels of ``members`` in the table's order (not the set's), in ``language``."""
    chosen = set(members)
    return tuple(term(label, language) for member, label in labels.items() if member in chosen)


_IDENTITY_PROOF_FLAGS = {
    IdentityProof.ACCOUNT_QUESTIONS: "proof_questions",
    IdentityProof.EMAIL_ON_FILE: "proof_email",
    IdentityProof.IN_PERSON: "proof_in_person",
    IdentityProof.DOCUMENT_COPY: "proof_copy",
}


def request_context(
    organisation: Organisation,
    request: RightsRequest,
    kind: LetterKind | str,
    language: LetterLanguage | str,
    *,
    letter_date: date,
    place: str = "",
    deadline: DeadlineExplanation | None = None,
    deadlines: Mapping[Regime, DeadlineExplanation] | None = None,
    attachments: Iterable[str] = (),
    access: AccessDetails | None = None,
    details: str = "",
    done_on: date | None = None,
    objection_upheld: bool = False,
    logo: bytes | None = None,
    authorities: Mapping[str, str] | None = None,
    identity: IdentityPolicy | None = None,
) -> LetterContext:
    """The context of a letter about a rights request.

    ``identity`` is the register's identity policy: which proof the identity-request
    letter asks for, and the days a copy is kept at most (the defaults when None).

    ``deadline`` defaults to the due date stored with the request (the governing one);
    ``deadlines`` gives the earliest due date under each regime (``deadline.gdpr_*``,
    ``deadline.law_09_08_*``: an extension moves the GDPR's only), by default the stored
    one under its own regime. ``done_on`` (what was done, on which day) defaults to the
    day the request was answered. ``details`` is the case-specific text the DPO adds;
    ``authorities`` may replace the default CNDP / CNIL postal addresses (code → address
    in the letter's language, one line per line: the register's copy).

    The refusal is cited with the articles of the request's own laws and rights
    (``domain.refusals``): never the GDPR's for a request under Law 09-08 alone.
    """
    kind, language = LetterKind(kind), LetterLanguage(language)
    if kind not in REQUEST_KINDS:
        raise ValidationError(ERR_KIND_FOR_REQUEST, "kind", kind=kind.value)
    deadline = deadline or DeadlineExplanation.of_request(request)
    if deadlines is None:
        deadlines = {request.due_regime: DeadlineExplanation.of_request(request)}
    access = access or AccessDetails()
    values = _common(organisation, language, letter_date, place, request.regimes, authorities)
    subject_name = request.subject_name or request.requester_name
    reason = request.refusal_reason
    fit = ground_fit(reason, request.regimes, request.rights) if reason else None
    # The articles the ground rests on for this request (all of them when it fits; the
    # service offers the letter only then).
    refusal_citation = format_citations(fit.citations, language) if fit else ""
    values |= {
        "request.reference": request.reference,
        "request.received_on": format_date(request.received_on, language),
        "request.requester_name": request.requester_name,
        "request.subject_name": subject_name,
        "request.on_behalf": bool(request.subject_name)
        and request.subject_name != request.requester_name,
        "request.rights": _ordered_labels(RIGHT_LABELS, request.rights, language),
        "request.regimes": _SEPARATOR[language].join(
            _ordered_labels(REGIME_LABELS, request.regimes, language)
        ),
        "request.channel": _in_sentence(term(CHANNEL_LABELS[request.channel], language), language),
        "request.received_by": channel_phrase(request.channel, language),
        "deadline.due_on": format_date(deadline.due_on, language),
        "deadline.citation": term(deadline.citation, language),
        "deadline.rule": term(RULE_LABELS.get(deadline.rule, ""), language),
        "deadline.basis": term(BASIS_LABELS.get(deadline.basis, ""), language),
        "deadline.is_policy": deadline.basis == "policy",
        "extension.decided_on": format_date(request.extended_on, language)
        if request.extended_on
        else "",
        "extension.reasons": request.extension_reason,
        "refusal.reason": term(REFUSAL_REASON_LABELS[reason], language) if reason else "",
        "refusal.citation": refusal_citation,
        "refusal.burden": bool(fit and fit.fits and fit.burden_on_controller),
        "access.categories": access.categories,
        "access.purposes": access.purposes,
        "access.recipients": access.recipients,
        "access.retention": access.retention,
        "access.source": access.source,
        "access.transfers": access.transfers,
        "access.no_transfer": access.no_transfer and not _filled(access.transfers),
        "access.automated": access.automated,
        "access.none_reason": access.none_reason if access.none else "",
        # Nothing to give in any section: the letter gives the reason instead of a list.
        "access.no_data": set(ACCESS_SECTIONS) <= access.none,
        "attachments": tuple(attachments),
        "response.details": details,
        "response.done_on": format_date(done_on or request.answered_on or letter_date, language),
        "objection.upheld": objection_upheld,
    }
    for section in ACCESS_SECTIONS:
        values[f"access.{section}_none"] = section in access.none
    for regime, prefix in (
        (Regime.GDPR, "deadline.gdpr"),
        (Regime.LAW_09_08, "deadline.law_09_08"),
    ):
        due = deadlines.get(regime) if regime in request.regimes else None
        values[f"{prefix}_due_on"] = format_date(due.due_on, language) if due else ""
        values[f"{prefix}_citation"] = term(due.citation, language) if due else ""
    # One flag per proof, so each language's template words its own request (the
    # wording is the template's, editable; no sentence is assembled here).
    identity = identity or IdentityPolicy()
    for proof, name in _IDENTITY_PROOF_FLAGS.items():
        values[f"identity.{name}"] = identity.proof == proof
    values["identity.copy_days"] = str(identity.copy_days)
    for right in Right:
        values[f"rights.{right.value}"] = right in request.rights
    # Portability is a GDPR right (Art. 20) that Law 09-08 does not provide.
    values["rights.portability_not_in_law_09_08"] = (
        Right.PORTABILITY in request.rights and Regime.LAW_09_08 in request.regimes
    )
    return LetterContext(
        kind=kind,
        language=language,
        reference=clean_text(request.reference, multiline=False).strip(),
        letter_date=letter_date,
        place=clean_text(place, multiline=False).strip(),
        sender_name=clean_text(organisation.name, multiline=False).strip(),
        sender_address=clean_text(organisation.address).strip(),
        sender_contact=clean_text(_dpo_contact(organisation), multiline=False).strip(),
        recipient_name=clean_text(request.requester_name, multiline=False).strip(),
        recipient_address=clean_text(request.requester_address).strip(),
        signatory_name=clean_text(organisation.dpo_name, multiline=False).strip(),
        signatory_title=term(LETTER_TITLE, language),
        values=_finish(values),
        logo=_check_logo(logo),
    )


# The addressees whose notice is the GDPR's (Art. 33): the CNIL and another EU authority.
EU_AUTHORITY_CODES = frozenset({"cnil", "other"})


def addressee_code(facts: BreachLetterFacts) -> str:
    """``facts.authority``, or by default the CNDP, unless the case is under the GDPR
    alone, where the CNIL (or the lead authority) is the usual addressee."""
    return facts.authority or ("cnil" if facts.regimes == {Regime.GDPR} else "cndp")


def _nature(facts: BreachLetterFacts, language: LetterLanguage) -> str:
    found = [
        label
        for flag, label in (
            (facts.confidentiality, NATURE_C),
            (facts.integrity, NATURE_I),
            (facts.availability, NATURE_A),
        )
        if flag
    ]
    return _SEPARATOR[language].join(term(label, language) for label in found)


def breach_context(
    organisation: Organisation,
    facts: BreachLetterFacts,
    kind: LetterKind | str,
    language: LetterLanguage | str,
    *,
    letter_date: date,
    place: str = "",
    logo: bytes | None = None,
    authorities: Mapping[str, str] | None = None,
) -> LetterContext:
    """The context of a breach notification (Art. 33(3)) or communication (Art. 34(2))."""
    kind, language = LetterKind(kind), LetterLanguage(language)
    if kind not in BREACH_KINDS:
        raise ValidationError(ERR_KIND_FOR_BREACH, "kind", kind=kind.value)
    if kind is LetterKind.BREACH_NOTIFICATION and facts.notified_late:
        if not facts.delay_reasons.strip():
            eu = addressee_code(facts) in EU_AUTHORITY_CODES
            raise ValidationError(
                ERR_DELAY_REASONS if eu else ERR_DELAY_REASONS_POLICY, "delay_reasons"
            )
    zone = organisation.timezone

    def when(instant: datetime | None) -> str:
        return format_instant(instant, language, zone) if instant else ""

    values = _common(
        organisation, language, letter_date, place, facts.regimes, authorities, facts.contact
    )
    # The authority addressed decides the notice's words: the GDPR's to an EU authority,
    # the organisation's policy to the CNDP (``breach.to_eu_authority``, ``to_cndp``).
    code = addressee_code(facts)
    eu = code in EU_AUTHORITY_CODES
    if code == "other":  # an EU authority the DPO named; its address is not known here
        authority_name = clean_text(facts.authority_name, multiline=False).strip()
        authority_address = ""
    else:
        authority_name, authority_address = authority(
            code, language, (authorities or {}).get(code, "")
        )
    timeline = sorted(facts.timeline, key=lambda entry: entry.at.astimezone(UTC))
    basis = BREACH_BASIS_LAW if eu else BREACH_BASIS_POLICY
    values |= {
        "breach.reference": facts.reference,
        "breach.title": facts.title,
        "breach.description": facts.description,
        "breach.nature": _nature(facts, language),
        "breach.subject_categories": facts.subject_categories,
        "breach.subjects_count": format_count(facts.subjects_count, language),
        "breach.record_categories": facts.record_categories,
        "breach.records_count": format_count(facts.records_count, language),
        "breach.data_categories": facts.data_categories,
        "breach.consequences": facts.consequences,
        "breach.measures_taken": facts.measures_taken,
        "breach.measures_proposed": facts.measures_proposed,
        "breach.advice": facts.advice,
        "breach.timeline": tuple(f"{when(entry.at)} — {entry.what}" for entry in timeline),
        "breach.started_at": when(facts.started_at),
        "breach.discovered_at": when(facts.discovered_at),
        "breach.aware_at": when(facts.aware_at),
        "breach.notify_by": when(facts.notify_by),
        "breach.deadline_basis": term(basis, language),
        "breach.late": facts.notified_late,
        "breach.delay_reasons": facts.delay_reasons,
        "breach.regimes": _SEPARATOR[language].join(
            _ordered_labels(REGIME_LABELS, facts.regimes, language)
        ),
        "breach.authority": authority_name,
        "breach.to_eu_authority": eu,
        "breach.to_cndp": code == "cndp",
    }
    if kind is LetterKind.BREACH_NOTIFICATION:
        recipient_name, recipient_address = authority_name, authority_address
    else:
        recipient_name, recipient_address = term(TO_DATA_SUBJECTS, language), ""
    return LetterContext(
        kind=kind,
        language=language,
        reference=clean_text(facts.reference, multiline=False).strip(),
        letter_date=letter_date,
        place=clean_text(place, multiline=False).strip(),
        sender_name=clean_text(organisation.name, multiline=False).strip(),
        sender_address=clean_text(organisation.address).strip(),
        sender_contact=clean_text(_dpo_contact(organisation), multiline=False).strip(),
        recipient_name=recipient_name,
        recipient_address=recipient_address.replace(" — ", "\n"),
        signatory_name=clean_text(organisation.dpo_name, multiline=False).strip(),
        signatory_title=term(LETTER_TITLE, language),
        values=_finish(values),
        logo=_check_logo(logo),
    )


# ----------------------------------------------------------------------------- drafts


@dataclass(frozen=True)
class LetterDraft:
    """A filled letter: what legal staff edit, what the register keeps, what is printed.

    ``text`` is the subject line, a blank line, then the body, as plain text: nothing in
    it is a placeholder or markup any more.
    """

    kind: LetterKind
    language: LetterLanguage
    reference: str
    text: str
    letter_date: date
    place: str = ""
    sender_name: str = ""
    sender_address: str = ""
    sender_contact: str = ""
    recipient_name: str = ""
    recipient_address: str = ""
    signatory_name: str = ""
    signatory_title: str = ""
    logo: bytes | None = None

    @property
    def subject(self) -> str:
        return _split(self.text)[0]

    @property
    def body(self) -> str:
        return _split(self.text)[1]

    @property
    def title(self) -> str:
        """The PDF's title: the kind of letter and the case reference."""
        return (
            f"{term(LETTER_KIND_LABELS[LetterKind(self.kind)], self.language)} — {self.reference}"
        )

    @property
    def author(self) -> str:
        """The PDF's author: the DPO who signs, for the organisation."""
        if self.signatory_name and self.sender_name:
            return f"{self.signatory_name} ({self.sender_name})"
        return self.signatory_name or self.sender_name

    def with_text(self, text: str) -> LetterDraft:
        """The draft after legal staff edited it; the subject line must stay first."""
        text = clean_text(text).strip("\n")
        _split(text)
        return replace(self, text=text + "\n")


def _split(text: str) -> tuple[str, str]:
    lines = clean_text(text).strip("\n").split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
        raise ValidationError(ERR_DRAFT_SHAPE, "text")
    body = "\n".join(lines[2:]).strip("\n")
    if not body.strip():
        raise ValidationError(ERR_DRAFT_SHAPE, "text")
    return lines[0].strip(), body


def default_template(kind: LetterKind | str, language: LetterLanguage | str) -> str:
    """The shipped template ``resources/letters/<kind>.<lang>.txt``."""
    kind, language = LetterKind(kind), LetterLanguage(language)
    path = resource_path("letters", f"{kind.value}.{language.value}.txt")
    return path.read_text(encoding="utf-8")


def draft_letter(context: LetterContext, template: str | None = None) -> LetterDraft:
    """Fill ``template`` (the shipped default when None) with the context's values."""
    text = template if template is not None else default_template(context.kind, context.language)
    validate_template(context.kind, text)
    filled = render_template(
        context.kind, text, context.values, separator=_SEPARATOR[context.language]
    )
    return printed_letter(context, filled)


def printed_letter(context: LetterContext, text: str) -> LetterDraft:
    """The context's letterhead, recipient and signature around ``text``."""
    blank = LetterDraft(
        kind=context.kind,
        language=context.language,
        reference=context.reference,
        text="",
        letter_date=context.letter_date,
        place=context.place,
        sender_name=context.sender_name,
        sender_address=context.sender_address,
        sender_contact=context.sender_contact,
        recipient_name=context.recipient_name,
        recipient_address=context.recipient_address,
        signatory_name=context.signatory_name,
        signatory_title=context.signatory_title,
        logo=context.logo,
    )
    return blank.with_text(text)
