"""The open deadlines as a calendar file (``.ics``), for the DPO's Outlook or Thunderbird.

``produce(register)`` reads one snapshot of the register and returns the file's bytes
(``documents/ics.py`` writes them) and how many deadlines of each kind it holds:

- **rights requests** still owed an answer (``OPEN_STATUSES``): their stored due date,
  an all-day event, reminded the day before at 9 a.m. Only open requests are read, in
  SQL (the ``status, due_on`` index), without loading a closed one: a register may hold
  100,000 requests (the benchmark's, 27,000 of them open, is read in about a second). The date is the one the register stored; while proof of
  identity is awaited with the pause on, the dashboard moves it a day later each day
  (``requests.refresh_running_pauses``): the feed, which writes nothing, may show such a
  request a little earlier than it is, never later;
- **breaches** not closed: each authority notice still owed against the 72 hours
  (``domain.breaches.duties_for``; GDPR Art. 33(1), the CNDP's policy under Law 09-08),
  at its instant in UTC, reminded two hours before. The governing duty first; under
  both regimes the CNDP's too, which a notice to the CNIL does not meet. The DGSSI's
  declaration (Law 05-20) is due "dès la prise de connaissance", with no hour: no event;
- **active processors**: the next review (``next_review_on``) and the contract's end
  (``contract_ends_on``), all-day events reminded a week before;
- **CNDP formalities** to file or changes to declare (``services.filings``): the law
  sets no day for them (a declaration is due *before* the processing starts, Law 09-08
  art. 12; a change when it happens, art. 15), so they are tasks with no due date
  (``VTODO``), not events on an invented day that would move at each export.

What the file says: a reference and a kind of deadline, the name of a processor or of a
processing activity (an organisation's, not a person's). Never a requester's name or
address, a breach's title or description (they may name people). The file is still not
encrypted: it shows the register's activity, so the GUI and the CLI warn before writing
it (:func:`unencrypted_warning`), and it is written owner-only (``private_files``).

Nothing is written to the register (the CLI opens it read-only) and nothing is journaled:
no personal data leaves with the file, as with the information notice.

Each entry's UID is ``<kind>-<id>-<deadline>@<register uuid>.dpodesk``: the same
deadline keeps its UID from one export to the next, so a calendar that imports a newer
file updates the event (a due date moved by an extension) instead of adding a copy.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from dpo_desk import __version__
from dpo_desk.documents.ics import CalendarEntry, CalendarFeed, calendar_bytes
from dpo_desk.domain.breaches.enums import DutyState
from dpo_desk.domain.breaches.labels import DUTY_LABELS
from dpo_desk.domain.clock import Clock, SystemClock
from dpo_desk.domain.filings import FORMALITY_LABELS, FilingStatus
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.domain.requests.workflow import RIGHT_LABELS, Right
from dpo_desk.services import filings
from dpo_desk.storage import breaches as breaches_repo
from dpo_desk.storage import records as records_repo
from dpo_desk.storage import requests as requests_repo
from dpo_desk.storage.database import Register

Translate = Callable[[str, str], str]

CONTEXT = "CalendarFeed"
CALENDAR_NAME = QT_TRANSLATE_NOOP("CalendarFeed", "DPO Desk — échéances")
REQUEST_DUE = QT_TRANSLATE_NOOP("CalendarFeed", "{reference} — échéance ({rights})")
BREACH_DUE = QT_TRANSLATE_NOOP("CalendarFeed", "{reference} — notification 72 h ({authority})")
PROCESSOR_REVIEW = QT_TRANSLATE_NOOP("CalendarFeed", "Revue du sous-traitant {name}")
CONTRACT_END = QT_TRANSLATE_NOOP("CalendarFeed", "Fin du contrat du sous-traitant {name}")
FILING_TO_FILE = QT_TRANSLATE_NOOP(
    "CalendarFeed", "Formalité CNDP à accomplir : {formality} — traitement « {name} »"
)
FILING_CHANGE = QT_TRANSLATE_NOOP(
    "CalendarFeed", "Modification à déclarer à la CNDP : {formality} — traitement « {name} »"
)

# Said before the file is written, by the GUI's box and on the CLI's error output.
UNENCRYPTED_WARNING = QT_TRANSLATE_NOOP(
    "CalendarFeed", "Le calendrier exporté ne sera pas chiffré."
)
UNENCRYPTED_DETAIL = QT_TRANSLATE_NOOP(
    "CalendarFeed",
    "Il ne contient ni nom ni coordonnées de personne : seulement des références, des "
    "types d'échéance, des dates et les noms des sous-traitants et des traitements. Il "
    "révèle cependant l'activité du registre : enregistrez-le dans un emplacement "
    "protégé et ne le partagez pas.",
)

# When the reminder shows: the eve at 9 a.m. for a request (counted from the due day's
# midnight), two hours before a breach's 72 hours run out, a week before a processor's
# review or contract end (time to prepare the audit or the renewal).
REQUEST_ALARM = timedelta(hours=15)
BREACH_ALARM = timedelta(hours=2)
PROCESSOR_ALARM = timedelta(days=7)

KINDS = ("requests", "breaches", "processors", "filings")


@dataclass(frozen=True)
class CalendarExport:
    """The file's bytes, and how many entries of each kind (``KINDS``) it holds."""

    content: bytes
    counts: dict[str, int] = field(default_factory=dict)


def _identity(_context: str, text: str) -> str:
    return text


def unencrypted_warning(translate: Translate | None = None) -> str:
    """The warning, in one paragraph, for a caller without the GUI's message box."""
    tx = translate or _identity
    return f"{tx(CONTEXT, UNENCRYPTED_WARNING)} {tx(CONTEXT, UNENCRYPTED_DETAIL)}"


def _say(tx: Translate, template: str, **values: str) -> str:
    """``template`` translated and filled; the French one when a translation's
    placeholders are wrong (a slip in a catalogue must not stop the export)."""
    try:
        return tx(CONTEXT, template).format(**values)
    except (KeyError, IndexError, ValueError):
        return template.format(**values)


def _lower_first(text: str) -> str:
    """« Droit d'accès » inside a sentence: « droit d'accès » (no case in Arabic)."""
    return text[:1].lower() + text[1:]


def _rights(rights: frozenset[Right], tx: Translate) -> str:
    ordered = [right for right in Right if right in rights]  # the law's order, stable
    return ", ".join(_lower_first(tx("Right", RIGHT_LABELS[right])) for right in ordered)


def entries(
    register: Register, translate: Translate | None = None
) -> list[tuple[str, CalendarEntry]]:
    """Every open deadline as ``(kind, entry)``, ``kind`` one of ``KINDS``."""
    tx = translate or _identity
    domain = f"{register.register_uuid}.dpodesk"
    found: list[tuple[str, CalendarEntry]] = []
    # The rights in words, once per combination: a few dozen for thousands of requests.
    rights_words: dict[frozenset[Right], str] = {}
    with register.read() as conn:  # one snapshot: requests, breaches and processors
        for request in requests_repo.open_due_dates(conn):
            words = rights_words.get(request.rights)
            if words is None:
                words = rights_words[request.rights] = _rights(request.rights, tx)
            summary = _say(tx, REQUEST_DUE, reference=request.reference, rights=words)
            uid = f"request-{request.id}-due@{domain}"
            found.append(("requests", CalendarEntry(uid, summary, request.due_on, REQUEST_ALARM)))
        for breach in breaches_repo.open_rows(conn):
            for duty in breach.duties:
                if duty.state is not DutyState.PENDING or duty.deadline is None:
                    continue
                authority = tx("BreachDuty", DUTY_LABELS[duty.kind])
                summary = _say(tx, BREACH_DUE, reference=breach.reference, authority=authority)
                uid = f"breach-{breach.id}-{duty.kind}@{domain}"
                found.append(("breaches", CalendarEntry(uid, summary, duty.deadline, BREACH_ALARM)))
        processors = [p for p in records_repo.all_processors(conn) if p.is_active]
    for processor in processors:
        if processor.next_review_on is not None:
            summary = _say(tx, PROCESSOR_REVIEW, name=processor.name)
            uid = f"processor-{processor.id}-review@{domain}"
            entry = CalendarEntry(uid, summary, processor.next_review_on, PROCESSOR_ALARM)
            found.append(("processors", entry))
        if processor.contract_ends_on is not None:
            summary = _say(tx, CONTRACT_END, name=processor.name)
            uid = f"processor-{processor.id}-contract-end@{domain}"
            entry = CalendarEntry(uid, summary, processor.contract_ends_on, PROCESSOR_ALARM)
            found.append(("processors", entry))
    for activity in filings.overview(register):
        for state in activity.pending:
            template = (
                FILING_CHANGE
                if state.filing.status is FilingStatus.CHANGE_TO_DECLARE
                else FILING_TO_FILE
            )
            formality = _lower_first(tx("FormalityKind", FORMALITY_LABELS[state.kind]))
            summary = _say(tx, template, formality=formality, name=activity.activity.name)
            uid = f"filing-{activity.activity.id}-{state.kind}@{domain}"
            found.append(("filings", CalendarEntry(uid, summary, None)))
    return found


def produce(
    register: Register, *, clock: Clock | None = None, translate: Translate | None = None
) -> CalendarExport:
    """The ``.ics`` of the register's open deadlines, stamped with the clock's now;
    ``translate`` (context, text) gives the summaries' language (French when None)."""
    tx = translate or _identity
    found = entries(register, translate)
    feed = CalendarFeed(
        product=f"-//DPO Desk//DPO Desk {__version__}//FR",
        name=tx(CONTEXT, CALENDAR_NAME),
        stamp=(clock or SystemClock()).now(),
        entries=tuple(entry for _kind, entry in found),
    )
    counts = Counter(kind for kind, _entry in found)
    return CalendarExport(calendar_bytes(feed), {kind: counts.get(kind, 0) for kind in KINDS})
