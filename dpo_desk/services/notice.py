"""The information notice from the register (Law 09-08 art. 5; GDPR Arts. 13-14).

``gather`` reads what the notice needs, once: the organisation and its DPO, each
processing activity with the active processors it uses, its transfers (its own, its
processors', and the countries those processors work in with no transfer recorded,
as ``domain.filings.transfer_views`` sees them), where each CNDP formality stands
(``services.filings``), the authorities' addresses in force (``services.authorities``)
and the organisation's reply time (the deadline policy's ``internal_days``). It returns
``documents.notice.NoticeFacts``; ``render`` makes the page (HTML) or the PDF of it.

Nothing is written: building a notice changes nothing in the register, so the CLI opens
it read-only. A processing whose end was declared to the CNDP is left out: its data are
no longer collected.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, overload

from dpo_desk.documents.kinds import LetterLanguage
from dpo_desk.documents.notice import (
    NoticeActivity,
    NoticeFacts,
    NoticeFormality,
    NoticeGap,
    NoticeProcessor,
    NoticeTransfer,
    notice_gaps,
    notice_report,
)
from dpo_desk.documents.report_html import render_html
from dpo_desk.documents.report_pdf import render_pdf
from dpo_desk.domain.clock import Clock, SystemClock
from dpo_desk.domain.errors import ValidationError
from dpo_desk.domain.filings import FilingStatus, FormalityKind
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.domain.records import DataCategory, Processor
from dpo_desk.services import filings
from dpo_desk.services import records as book
from dpo_desk.services import requests as request_service
from dpo_desk.services.authorities import authority_addresses
from dpo_desk.services.filings import ActivityFilings
from dpo_desk.services.records import organisation_today
from dpo_desk.storage import organisation as organisation_repo
from dpo_desk.storage.database import Register
from dpo_desk.translations import translator

Format = Literal["html", "pdf"]
FORMATS: tuple[Format, ...] = ("html", "pdf")

ERR_NO_ORGANISATION = QT_TRANSLATE_NOOP(
    "Errors",
    "Le registre ne nomme pas encore l'organisation : renseignez-la dans Paramètres "
    "avant de produire la notice d'information.",
)
ERR_FORMAT = QT_TRANSLATE_NOOP("Errors", "Format de notice inconnu : {value} (html ou pdf).")

# The main formalities: once the end of the processing is declared, it leaves the notice.
_MAIN = (FormalityKind.DECLARATION, FormalityKind.AUTHORISATION)


def _processor(processor: Processor) -> NoticeProcessor:
    return NoticeProcessor(processor.name, processor.service, processor.countries)


def _formalities(entry: ActivityFilings) -> tuple[NoticeFormality, ...]:
    found = [
        NoticeFormality(
            state.kind,
            state.filing.status,
            state.filing.receipt,
            state.filing.receipt_on,
            state.filing.filed_on,
        )
        for state in entry.required
    ]
    # A receipt kept on the activity itself (an older register, or a regime the engine
    # no longer asks for) is still the reference art. 5 wants shown.
    activity = entry.activity
    receipt = activity.cndp_receipt.strip()
    if receipt and not any(f.receipt == receipt for f in found):
        found.append(
            NoticeFormality(
                FormalityKind(str(activity.cndp_regime)),
                FilingStatus.GRANTED,
                receipt,
                activity.cndp_receipt_on,
            )
        )
    return tuple(found)


def _ended(entry: ActivityFilings) -> bool:
    return any(s.kind in _MAIN and s.filing.status is FilingStatus.ENDED for s in entry.required)


def gather(register: Register, *, clock: Clock | None = None) -> NoticeFacts:
    """Everything the notice says, from the register as it stands."""
    clock = clock or SystemClock()
    with register.read() as conn:
        organisation = organisation_repo.load(conn)
    if organisation is None or not organisation.name:
        raise ValidationError(ERR_NO_ORGANISATION, "organisation")
    adequate = book.adequate_countries(register)
    processors = [p for p in book.all_processors(register) if p.is_active]
    by_id = {p.id: p for p in processors}
    activities: list[NoticeActivity] = []
    for entry in filings.overview(register):
        if _ended(entry):
            continue
        activity = entry.activity
        linked = tuple(_processor(by_id[i]) for i in activity.processor_ids if i in by_id)
        activities.append(
            NoticeActivity(
                name=activity.name,
                purposes=activity.purposes,
                description=activity.description,
                subject_categories=activity.subject_categories,
                data_categories=tuple(c for c in DataCategory if c in activity.data_categories),
                sources=activity.sources,
                recipients=activity.recipients,
                processors=tuple(sorted(linked, key=lambda p: p.name.casefold())),
                retention=activity.retention,
                transfers=tuple(
                    NoticeTransfer(
                        country=view.country,
                        processor=view.processor,
                        mechanism=view.mechanism,
                        exception=view.exception,
                        reference=view.reference,
                        adequate=view.country in adequate,
                        recorded=view.recorded,
                    )
                    for view in entry.transfers
                ),
                rights_service=activity.rights_service,
                formalities=_formalities(entry),
            )
        )
    addresses = {
        code: {language: found.address for language, found in by_language.items()}
        for code, by_language in authority_addresses(register).items()
    }
    policy = request_service.load_context(register).policy
    return NoticeFacts(
        organisation=organisation,
        activities=tuple(activities),
        issued_on=organisation_today(register, clock),
        authority_addresses=addresses,
        internal_days=policy.internal_days,
        processors=tuple(_processor(p) for p in processors),
    )


@dataclass(frozen=True)
class Notice:
    """A rendered notice and what the register lacked to write it fully."""

    content: bytes  # UTF-8 HTML or PDF, as written to the file
    gaps: tuple[NoticeGap, ...]


def _rendered(facts: NoticeFacts, language: LetterLanguage, fmt: str) -> str | bytes:
    if fmt not in FORMATS:
        raise ValidationError(ERR_FORMAT, "format", value=fmt)
    report = notice_report(facts, language, translator(language.value))
    return render_pdf(report) if fmt == "pdf" else render_html(report)


@overload
def render(
    register: Register,
    language: LetterLanguage | str,
    fmt: Literal["html"] = ...,
    *,
    clock: Clock | None = None,
) -> str: ...


@overload
def render(
    register: Register,
    language: LetterLanguage | str,
    fmt: Literal["pdf"],
    *,
    clock: Clock | None = None,
) -> bytes: ...


def render(
    register: Register,
    language: LetterLanguage | str,
    fmt: str = "html",
    *,
    clock: Clock | None = None,
) -> str | bytes:
    """The notice in ``language``: the HTML page as text, or the PDF as bytes."""
    language = LetterLanguage(language)
    return _rendered(gather(register, clock=clock), language, fmt)


def produce(
    register: Register,
    language: LetterLanguage | str,
    fmt: str,
    *,
    clock: Clock | None = None,
) -> Notice:
    """The notice as the bytes of its file, with the gaps to complete before publishing
    (``NoticeGap.text(translate_in)`` in the reader's language): what ``dpo-desk notice``
    and the GUI write."""
    language = LetterLanguage(language)
    facts = gather(register, clock=clock)
    content = _rendered(facts, language, fmt)
    data = content.encode("utf-8") if isinstance(content, str) else content
    return Notice(data, notice_gaps(facts))


__all__ = ["FORMATS", "Notice", "gather", "produce", "render"]
