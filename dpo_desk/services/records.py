"""Use cases for the records: processing activities, processors, transfers, flags.

Two words, two things: the *register* is the encrypted file (``services/register_file.py``);
the *records* are what the DPO keeps in it about processing (GDPR Arts. 28 and 30, Law
09-08 arts. 15, 23-25, 43-44).

Each write validates with the domain rules and appends an audit entry (who, when, what
changed: old → new) in the same transaction. The processor's contact and DPO, and free
notes, may name people: the journal records that they changed, not their content.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from sqlalchemy import Connection

from dpo_desk.domain.clock import Clock, SystemClock, organisation_zone, today
from dpo_desk.domain.countries import DEFAULT_ADEQUATE_COUNTRIES
from dpo_desk.domain.errors import Conflict, NotFound, ValidationError
from dpo_desk.domain.filings import (
    ITEM_PROCESSORS,
    ITEM_TRANSFERS,
    Filing,
    FilingStatus,
    FormalityKind,
    changed_items,
)
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP
from dpo_desk.domain.organisation import Organisation
from dpo_desk.domain.record_flags import (
    DEFAULT_ACTIVITY_REVIEW_MONTHS,
    FlagKind,
    RegisterFlag,
    activity_flags,
    processor_flags,
    transfer_flags,
)
from dpo_desk.domain.records import (
    ERR_ALREADY_ENDED,
    ERR_NOT_ENDED,
    ActivityDetails,
    ContractEnd,
    DataOutcome,
    ProcessingActivity,
    Processor,
    ProcessorDetails,
    ProcessorStatus,
    Transfer,
    TransferDetails,
    clean_countries,
)
from dpo_desk.services import filing_changes, journal
from dpo_desk.services.cases import ERR_NO_CASE_TO_LINK, CaseNotFound
from dpo_desk.services.reading import in_read, read_one
from dpo_desk.storage import audit
from dpo_desk.storage import filings as filings_repo
from dpo_desk.storage import organisation as settings_repo
from dpo_desk.storage import records as repo
from dpo_desk.storage.database import Register
from dpo_desk.storage.records import (
    ActivityFilter,
    ActivityRow,
    ProcessorFilter,
    ProcessorRow,
)

ADEQUACY_KEY = "adequate_countries"
REVIEW_MONTHS_KEY = "activity_review_months"


class ActivityNotFound(NotFound):
    template = QT_TRANSLATE_NOOP("Errors", "Aucun traitement « {key} » dans le registre.")


class ProcessorNotFound(NotFound):
    template = QT_TRANSLATE_NOOP("Errors", "Aucun sous-traitant « {key} » dans le registre.")


class TransferNotFound(NotFound):
    template = QT_TRANSLATE_NOOP("Errors", "Aucun transfert n° {key} dans le registre.")


class DuplicateName(ValidationError):
    """The name is already used: a form points at the field, the CLI exits with 4."""

    exit_code = 4


# Someone else saved the entry since it was read (services raise domain.errors.Conflict).
ERR_EDITED = QT_TRANSLATE_NOOP(
    "Errors", "« {name} » a été modifié entre-temps ; rechargez-le avant d'enregistrer."
)

ERR_DUPLICATE_ACTIVITY = QT_TRANSLATE_NOOP(
    "Errors", "Un traitement nommé « {name} » existe déjà dans le registre."
)
ERR_DUPLICATE_PROCESSOR = QT_TRANSLATE_NOOP(
    "Errors", "Un sous-traitant nommé « {name} » existe déjà dans le registre."
)
ERR_REVIEW_MONTHS = QT_TRANSLATE_NOOP(
    "Errors", "La périodicité de revue doit être comprise entre 1 et 60 mois."
)

# Values that may name a person: journaled as "changed", never copied.
PERSONAL_FIELDS = frozenset({"contact", "dpo_contact", "notes"})


# ----------------------------------------------------------------------------- helpers


def organisation_today(register: Register, clock: Clock) -> date:
    """Today in the organisation's zone: what an entry's dates are checked against."""
    with register.read() as conn:
        org = settings_repo.load(conn)
    return today_for(org, clock)


def today_for(organisation: Organisation | None, clock: Clock) -> date:
    """``organisation_today`` for a caller that has already read the organisation."""
    return today(clock, organisation_zone(organisation.timezone if organisation else None))


def _plain(value: object) -> Any:
    """A JSON-friendly form of a field's value, for the journal."""
    if isinstance(value, frozenset | set):
        return sorted(str(v) for v in value)
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "__dataclass_fields__"):
        return {k: _plain(getattr(value, k)) for k in value.__dataclass_fields__}
    if isinstance(value, bool | int) or value is None:
        return value
    return str(value)


def journal_changes(before: object | None, after: object, names: Iterable[str]) -> dict[str, Any]:
    """Field → [old, new] (or the new value on creation) between two entries' details;
    personal values only named."""
    out: dict[str, Any] = {}
    for name in names:
        new = getattr(after, name)
        if before is None:
            if new in ("", (), frozenset(), None, False):
                continue
            out[name] = "renseigné" if name in PERSONAL_FIELDS else _plain(new)
            continue
        old = getattr(before, name)
        if old == new:
            continue
        out[name] = "modifié" if name in PERSONAL_FIELDS else [_plain(old), _plain(new)]
    return out


# ----------------------------------------------------------------------------- one path

_Details = TypeVar("_Details", ActivityDetails, ProcessorDetails)
_Entry = TypeVar("_Entry", ProcessingActivity, Processor)


@dataclass(frozen=True)
class _Kind(Generic[_Details, _Entry]):
    """What differs between saving an activity and saving a processor."""

    entity: str  # the journal's name of the entry
    links: str  # the journal's name of the entries linked to it
    duplicate: str  # the sentence of a name already used
    fields: tuple[str, ...]
    id_by_name: Callable[[Connection, str], int | None]
    insert: Callable[[Connection, _Details, datetime], int]
    update: Callable[[Connection, _Entry, _Details, dict[str, Any], datetime], bool]
    get: Callable[[Connection, int], _Entry | None]
    link: Callable[[Connection, int, int], bool]  # (own id, linked id)
    require_linked: Callable[[Connection, int], None]  # the entry to link exists
    not_found: type[NotFound]
    # Called in the write transaction once the entry is saved: (conn, before, saved,
    # changes, now). Activities use it to raise the CNDP filings' changes to declare.
    after_save: (
        Callable[[Connection, _Entry | None, _Entry, dict[str, Any], datetime], None] | None
    ) = None


def _update_activity(
    conn: Connection,
    current: ProcessingActivity,
    clean: ActivityDetails,
    changes: dict[str, Any],
    now: datetime,
) -> bool:
    values = {**repo.activity_columns(clean), "updated_at": now}
    purposes = clean.purposes if "purposes" in changes else None
    return repo.update_activity(conn, current.id, current.version, values, purposes=purposes)


def _update_processor(
    conn: Connection,
    current: Processor,
    clean: ProcessorDetails,
    changes: dict[str, Any],
    now: datetime,
) -> bool:
    values = {**repo.processor_columns(clean), "updated_at": now}
    return repo.update_processor(conn, current.id, current.version, values)


def _activity_saved(
    conn: Connection,
    before: ProcessingActivity | None,
    saved: ProcessingActivity,
    changes: dict[str, Any],
    now: datetime,
) -> None:
    """Law 09-08 art. 15: an item of a declaration that changes after its receipt must
    be declared; linking a processor changes the sub-processing it declared."""
    if before is None:
        return
    items = list(changed_items(before, saved))
    if changes.get("processors"):
        items.append(ITEM_PROCESSORS)
    filing_changes.raise_changes(conn, saved, items, now)


def _require_processor(conn: Connection, processor_id: int) -> None:
    if repo.get_processor(conn, processor_id) is None:
        raise ProcessorNotFound(key=f"#{processor_id}")


def _require_activity(conn: Connection, activity_id: int) -> None:
    if repo.get_activity(conn, activity_id) is None:
        raise ActivityNotFound(key=f"#{activity_id}")


_ACTIVITIES: _Kind[ActivityDetails, ProcessingActivity] = _Kind(
    "activity",
    "processors",
    ERR_DUPLICATE_ACTIVITY,
    repo.ACTIVITY_FIELDS,
    repo.activity_id_by_name,
    repo.insert_activity,
    _update_activity,
    repo.get_activity,
    repo.link,
    _require_processor,
    ActivityNotFound,
    lambda conn, before, saved, changes, now: _activity_saved(conn, before, saved, changes, now),
)

_PROCESSORS: _Kind[ProcessorDetails, Processor] = _Kind(
    "processor",
    "activities",
    ERR_DUPLICATE_PROCESSOR,
    repo.PROCESSOR_FIELDS,
    repo.processor_id_by_name,
    repo.insert_processor,
    _update_processor,
    repo.get_processor,
    lambda conn, processor_id, activity_id: repo.link(conn, activity_id, processor_id),
    _require_activity,
    ProcessorNotFound,
)


def _get(register: Register, kind: _Kind[_Details, _Entry], entry_id: int) -> _Entry:
    return read_one(
        register,
        lambda conn: kind.get(conn, entry_id),
        lambda: kind.not_found(key=f"#{entry_id}"),
    )


def _find(register: Register, kind: _Kind[_Details, _Entry], key: str | int) -> _Entry:
    text = str(key).strip()
    digits = text.removeprefix("#")
    with register.read() as conn:
        found = kind.get(conn, int(digits)) if digits.isdigit() else None
        if found is None:
            entry_id = kind.id_by_name(conn, text)
            found = kind.get(conn, entry_id) if entry_id is not None else None
    if found is None:
        raise kind.not_found(key=text)
    return found


def _save(
    register: Register,
    kind: _Kind[_Details, _Entry],
    details: _Details,
    current: _Entry | None,
    link_ids: tuple[int, ...],
    clock: Clock | None,
) -> _Entry:
    """Validate, refuse a name already used, insert or update (with the version check),
    link, journal: one transaction, the same for a creation and an edit."""
    clock = clock or SystemClock()
    clean = details.validated(organisation_today(register, clock))
    before = None if current is None else current.details()
    changes = journal_changes(before, clean, kind.fields)
    if current is not None and not changes and not link_ids:
        return current
    now = clock.now()
    with register.write() as conn:
        same_name = kind.id_by_name(conn, clean.name)
        if same_name is not None and (current is None or same_name != current.id):
            raise DuplicateName(kind.duplicate, "name", name=clean.name)
        if current is None:
            entry_id = kind.insert(conn, clean, now)
        else:
            entry_id = current.id
            if changes and not kind.update(conn, current, clean, changes, now):
                raise Conflict(ERR_EDITED, name=current.name)
        linked = []
        for other_id in link_ids:
            kind.require_linked(conn, other_id)
            if kind.link(conn, entry_id, other_id):
                linked.append(other_id)
        if linked:
            changes[kind.links] = sorted(linked)
        if current is None or changes:
            journal.record(
                conn, now, "create" if current is None else "update", kind.entity, entry_id, changes
            )
        saved = kind.get(conn, entry_id)
        assert saved is not None
        if kind.after_save is not None:
            kind.after_save(conn, current, saved, changes, now)
    return saved


# ----------------------------------------------------------------------------- settings


def adequate_countries(register: Register) -> frozenset[str]:
    """The register's copy of the CNDP adequacy list (editable: which délibération is
    current is unconfirmed, legal notes)."""
    return in_read(register, adequate_countries_in)


def adequate_countries_in(conn: Connection) -> frozenset[str]:
    """``adequate_countries`` inside a read the caller already holds."""
    stored = settings_repo.get_setting(conn, ADEQUACY_KEY)
    return DEFAULT_ADEQUATE_COUNTRIES if stored is None else frozenset(stored)


def save_adequate_countries(
    register: Register, countries: Iterable[str], *, clock: Clock | None = None
) -> frozenset[str]:
    clock = clock or SystemClock()
    clean = frozenset(clean_countries(countries, "adequate_countries"))
    before = adequate_countries(register)
    with register.write() as conn:
        settings_repo.set_setting(conn, ADEQUACY_KEY, sorted(clean))
        journal.record(
            conn,
            clock.now(),
            "update",
            "adequacy_list",
            0,
            {"added": sorted(clean - before), "removed": sorted(before - clean)},
        )
    return clean


def review_months(register: Register) -> int:
    return in_read(register, review_months_in)


def review_months_in(conn: Connection) -> int:
    """``review_months`` inside a read the caller already holds."""
    return int(settings_repo.get_setting(conn, REVIEW_MONTHS_KEY, DEFAULT_ACTIVITY_REVIEW_MONTHS))


def save_review_months(register: Register, months: int, *, clock: Clock | None = None) -> int:
    """The organisation's review period for activities: policy, not law (GDPR Art. 24(1))."""
    clock = clock or SystemClock()
    if isinstance(months, bool) or not isinstance(months, int) or not 1 <= months <= 60:
        raise ValidationError(ERR_REVIEW_MONTHS, "review_months")
    before = review_months(register)
    with register.write() as conn:
        settings_repo.set_setting(conn, REVIEW_MONTHS_KEY, months)
        journal.record(
            conn, clock.now(), "update", "review_policy", 0, {"months": [before, months]}
        )
    return months


# ----------------------------------------------------------------------------- activities


def get_activity(register: Register, activity_id: int) -> ProcessingActivity:
    return _get(register, _ACTIVITIES, activity_id)


def find_activity(register: Register, key: str | int) -> ProcessingActivity:
    """By id (``12`` or ``"#12"``) or by name, case-insensitively."""
    return _find(register, _ACTIVITIES, key)


def count_activities(register: Register, flt: ActivityFilter) -> int:
    return in_read(register, repo.count_activity_rows, flt)


def list_activities(
    register: Register, flt: ActivityFilter, *, offset: int = 0, limit: int = 200
) -> list[ActivityRow]:
    return in_read(register, repo.list_activity_rows, flt, offset=offset, limit=limit)


def all_activities(register: Register) -> list[ProcessingActivity]:
    return in_read(register, repo.all_activities)


def save_activity(
    register: Register,
    details: ActivityDetails,
    *,
    current: ProcessingActivity | None = None,
    processor_ids: tuple[int, ...] = (),
    clock: Clock | None = None,
) -> ProcessingActivity:
    """Create an activity (``current`` None) or save its form over ``current``, linked
    to ``processor_ids``. Refused if someone saved it since ``current`` was read."""
    return _save(register, _ACTIVITIES, details, current, processor_ids, clock)


def mark_activity_reviewed(
    register: Register,
    activity: ProcessingActivity,
    *,
    on: date | None = None,
    clock: Clock | None = None,
) -> ProcessingActivity:
    """Record that the DPO reviewed the entry (GDPR Art. 24(1): reviewed and updated)."""
    clock = clock or SystemClock()
    on = on or organisation_today(register, clock)
    details = replace(activity.details(), last_reviewed_on=on)
    return save_activity(register, details, current=activity, clock=clock)


# ----------------------------------------------------------------------------- processors


def get_processor(register: Register, processor_id: int) -> Processor:
    return _get(register, _PROCESSORS, processor_id)


def find_processor(register: Register, key: str | int) -> Processor:
    """By id (``12`` or ``"#12"``) or by name, case-insensitively."""
    return _find(register, _PROCESSORS, key)


def count_processors(register: Register, flt: ProcessorFilter) -> int:
    return in_read(register, repo.count_processor_rows, flt)


def list_processors(
    register: Register, flt: ProcessorFilter, *, offset: int = 0, limit: int = 200
) -> list[ProcessorRow]:
    return in_read(register, repo.list_processor_rows, flt, offset=offset, limit=limit)


def all_processors(register: Register) -> list[Processor]:
    return in_read(register, repo.all_processors)


def save_processor(
    register: Register,
    details: ProcessorDetails,
    *,
    current: Processor | None = None,
    activity_ids: tuple[int, ...] = (),
    clock: Clock | None = None,
) -> Processor:
    """Create a processor (``current`` None) or save its form over ``current``, linked
    to ``activity_ids``. Refused if someone saved it since ``current`` was read."""
    return _save(register, _PROCESSORS, details, current, activity_ids, clock)


def end_contract(
    register: Register,
    processor: Processor,
    end: ContractEnd,
    *,
    clock: Clock | None = None,
) -> Processor:
    """Record the end of the processor's contract, and, when known, whether the data was
    returned or deleted (GDPR Art. 28(3)(g)). Until it is, the processor stays flagged."""
    clock = clock or SystemClock()
    if not processor.is_active:
        raise ValidationError(ERR_ALREADY_ENDED, "status")
    clean = end.validated(organisation_today(register, clock), processor)
    values = {
        "status": str(ProcessorStatus.ENDED),
        "ended_on": clean.ended_on,
        "data_outcome": str(clean.outcome) if clean.outcome else None,
        "data_outcome_on": clean.outcome_on,
    }
    changes = {
        "status": [str(processor.status), str(ProcessorStatus.ENDED)],
        "ended_on": clean.ended_on.isoformat(),
        "data_outcome": values["data_outcome"],
        "data_outcome_on": _plain(clean.outcome_on),
    }
    if clean.notes:
        note = f"{processor.notes}\n\n{clean.notes}".strip()
        values["notes"] = note
        changes["notes"] = "modifié"
    return _save_processor(register, processor, values, changes, "end_contract", clock)


def record_data_outcome(
    register: Register,
    processor: Processor,
    outcome: DataOutcome,
    on: date,
    *,
    clock: Clock | None = None,
) -> Processor:
    """After the end: the processor confirmed it returned or deleted the data."""
    clock = clock or SystemClock()
    if processor.is_active:
        raise ValidationError(ERR_NOT_ENDED, "status")
    assert processor.ended_on is not None
    clean = ContractEnd(processor.ended_on, outcome, on).validated(
        organisation_today(register, clock), processor
    )
    values = {"data_outcome": str(clean.outcome), "data_outcome_on": clean.outcome_on}
    changes = {
        "data_outcome": [_plain(processor.data_outcome), str(clean.outcome)],
        "data_outcome_on": [_plain(processor.data_outcome_on), _plain(clean.outcome_on)],
    }
    return _save_processor(register, processor, values, changes, "data_outcome", clock)


def _save_processor(
    register: Register,
    processor: Processor,
    values: dict[str, Any],
    changes: dict[str, Any],
    action: str,
    clock: Clock,
) -> Processor:
    now = clock.now()
    with register.write() as conn:
        if not repo.update_processor(
            conn, processor.id, processor.version, {**values, "updated_at": now}
        ):
            raise Conflict(ERR_EDITED, name=processor.name)
        journal.record(conn, now, action, "processor", processor.id, changes)
        updated = repo.get_processor(conn, processor.id)
    assert updated is not None
    return updated


# ----------------------------------------------------------------------------- links


def link_processor(
    register: Register, activity_id: int, processor_id: int, *, clock: Clock | None = None
) -> bool:
    """The processor serves the activity (GDPR Art. 30(1)(d): recipients). False if it
    already did; nothing is journaled then."""
    return _set_link(register, activity_id, processor_id, True, clock or SystemClock())


def unlink_processor(
    register: Register, activity_id: int, processor_id: int, *, clock: Clock | None = None
) -> bool:
    return _set_link(register, activity_id, processor_id, False, clock or SystemClock())


def _set_link(
    register: Register, activity_id: int, processor_id: int, linked: bool, clock: Clock
) -> bool:
    now = clock.now()
    with register.write() as conn:
        _require_activity(conn, activity_id)
        _require_processor(conn, processor_id)
        done = (repo.link if linked else repo.unlink)(conn, activity_id, processor_id)
        if done:
            action = "link" if linked else "unlink"
            journal.record(conn, now, action, "activity", activity_id, {"processor": processor_id})
            journal.record(conn, now, action, "processor", processor_id, {"activity": activity_id})
            filing_changes.raise_for_activities(conn, [activity_id], [ITEM_PROCESSORS], now)
    return done


def link_case(
    register: Register,
    kind: str,
    case_id: int,
    activity_id: int,
    *,
    linked: bool = True,
    clock: Clock | None = None,
) -> bool:
    """Link (or unlink) a rights request (``kind="request"``) or a breach (``"breach"``)
    to an activity it concerns. Returns False when nothing changed."""
    clock = clock or SystemClock()
    now = clock.now()
    with register.write() as conn:
        reference = repo.case_reference(conn, kind, case_id)
        if reference is None:
            raise CaseNotFound(ERR_NO_CASE_TO_LINK, key=case_id)
        _require_activity(conn, activity_id)
        change = repo.link_case if linked else repo.unlink_case
        done = change(conn, kind, case_id, activity_id)
        if done:
            journal.record(
                conn,
                now,
                "link" if linked else "unlink",
                "activity",
                activity_id,
                {kind: reference},
            )
    return done


def activities_for_case(register: Register, kind: str, case_id: int) -> list[ProcessingActivity]:
    with register.read() as conn:
        ids = repo.activities_for_case(conn, kind, case_id)
        return [a for i in ids if (a := repo.get_activity(conn, i)) is not None]


# ----------------------------------------------------------------------------- transfers


def add_transfer(
    register: Register, details: TransferDetails, *, clock: Clock | None = None
) -> Transfer:
    clock = clock or SystemClock()
    clean = details.validated()
    now = clock.now()
    with register.write() as conn:
        if clean.activity_id is not None:
            _require_activity(conn, clean.activity_id)
        if clean.processor_id is not None:
            _require_processor(conn, clean.processor_id)
        transfer_id = repo.insert_transfer(conn, clean, now)
        changes = journal_changes(None, clean, ("country", "mechanism", "derogation", "reference"))
        changes.update(activity=clean.activity_id, processor=clean.processor_id)
        if clean.law_exception is not None:
            changes["law_exception"] = str(clean.law_exception)
        journal.record(conn, now, "create", "transfer", transfer_id, changes)
        _transfers_changed(conn, clean, now)
        created = repo.get_transfer(conn, transfer_id)
    assert created is not None
    return created


def remove_transfer(register: Register, transfer_id: int, *, clock: Clock | None = None) -> None:
    clock = clock or SystemClock()
    now = clock.now()
    with register.write() as conn:
        found = repo.get_transfer(conn, transfer_id)
        if found is None:
            raise TransferNotFound(key=transfer_id)
        repo.delete_transfer(conn, transfer_id)
        journal.record(
            conn,
            now,
            "delete",
            "transfer",
            transfer_id,
            {
                "country": found.country,
                "mechanism": _plain(found.mechanism),
                "activity": found.activity_id,
                "processor": found.processor_id,
            },
        )
        _transfers_changed(conn, found, now)


def _transfers_changed(conn: Connection, transfer: TransferDetails, now: datetime) -> None:
    """A transfer added or removed changes art. 15 (e) of the activities it serves: its
    own activity, or every activity its processor serves."""
    ids: list[int] = []
    if transfer.activity_id is not None:
        ids.append(transfer.activity_id)
    if transfer.processor_id is not None:
        processor = repo.get_processor(conn, transfer.processor_id)
        if processor is not None:
            ids.extend(processor.activity_ids)
    filing_changes.raise_for_activities(conn, ids, [ITEM_TRANSFERS], now)


def all_transfers(register: Register) -> list[Transfer]:
    return in_read(register, repo.all_transfers)


def journal_for(register: Register, entity: str, entity_id: int) -> list[audit.AuditEntry]:
    return in_read(register, audit.entries_for, entity, str(entity_id))


# ----------------------------------------------------------------------------- flags


@dataclass(frozen=True)
class RegisterFlags:
    """What the dashboard's "registers" card and the flagged filters show."""

    today: date
    flags: tuple[RegisterFlag, ...]

    def of_kind(self, *kinds: FlagKind) -> tuple[RegisterFlag, ...]:
        return tuple(f for f in self.flags if f.kind in kinds)

    def for_entity(self, entity: str, entity_id: int) -> tuple[RegisterFlag, ...]:
        return tuple(f for f in self.flags if f.entity == entity and f.entity_id == entity_id)

    def flagged_ids(self, entity: str) -> frozenset[int]:
        return frozenset(f.entity_id for f in self.flags if f.entity == entity)

    @property
    def reviews_due(self) -> int:
        return len(self.of_kind(FlagKind.REVIEW_OVERDUE))

    @property
    def missing_dpas(self) -> int:
        return len(self.of_kind(FlagKind.MISSING_DPA))

    @property
    def transfers_without_mechanism(self) -> int:
        return len(self.of_kind(FlagKind.TRANSFER_WITHOUT_MECHANISM))


def register_flags(
    register: Register, today_: date | None = None, *, clock: Clock | None = None
) -> RegisterFlags:
    """Every flag of the registers on ``today_`` (the organisation's today by default):
    transfers without a mechanism, processors without a signed DPA, overdue reviews,
    ended contracts with no return or deletion recorded, and the rest of ``FlagKind``."""
    on = today_ or organisation_today(register, clock or SystemClock())
    adequate = adequate_countries(register)
    months = review_months(register)
    with register.read() as conn:
        activities = repo.all_activities(conn)
        processors = repo.all_processors(conn)
        transfers = repo.all_transfers(conn)
        authorised = transfers_authorised(filings_repo.all_filings(conn))
    return flags_from(activities, processors, transfers, authorised, on, adequate, months)


def transfers_authorised(filings: Iterable[Filing]) -> frozenset[int]:
    """The activities whose transfer authorisation (F118) the CNDP has granted."""
    return frozenset(
        f.activity_id
        for f in filings
        if f.kind is FormalityKind.TRANSFER and f.status is FilingStatus.GRANTED
    )


def flags_from(
    activities: Iterable[ProcessingActivity],
    processors: Iterable[Processor],
    transfers: Iterable[Transfer],
    authorised: frozenset[int],
    on: date,
    adequate: frozenset[str],
    months: int,
) -> RegisterFlags:
    """``register_flags`` on what a caller has already read, so that the dashboard can
    read the register once for the flags and the CNDP formalities alike.

    ``authorised``: the activities whose F118 is granted (``transfers_authorised``);
    ``months``: the review period (``review_months``)."""
    activities = tuple(activities)
    processors = tuple(processors)
    served = {p.id: set(p.activity_ids) for p in processors}
    flags: list[RegisterFlag] = []
    for activity in activities:
        flags += activity_flags(activity, on, review_months=months)
    for processor in processors:
        flags += processor_flags(processor, on, adequate)
    names: dict[tuple[str, int | None], str] = {("activity", a.id): a.name for a in activities}
    names.update({("processor", p.id): p.name for p in processors})
    for transfer in transfers:
        # "US — Mixpanel": a country alone does not tell the DPO which transfer it is.
        owner = names.get(("processor", transfer.processor_id)) or names.get(
            ("activity", transfer.activity_id), ""
        )
        flags += [
            replace(flag, name=f"{transfer.country} — {owner}" if owner else flag.name)
            for flag in transfer_flags(
                transfer,
                adequate,
                authorised=bool(
                    ({transfer.activity_id} | served.get(transfer.processor_id or 0, set()))
                    & authorised
                ),
            )
        ]
    return RegisterFlags(on, tuple(flags))
