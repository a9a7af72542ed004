"""Journal replay: does each record hold what its journal entries say it should?

The hash chain proves the journal was not edited; it says nothing about a row changed
beside it. Someone with the passphrase and an SQLite shell can move a due date, delete a
request or slip one in, and the chain still holds. So ``verify`` rebuilds, from the
journal alone, the fields it records, and compares them with the rows.

What the journal records, and so what is replayed (issue 21, item 4):

- requests (``rights_request``): a ``create`` entry holds every non-personal value, each
  later entry ``[old, new]`` of what it changed. Replayed: the dates and codes below.
  Not replayed: the personal fields (the journal says only "modifié", on purpose), the
  rights (stored as ",a,b,"), ``due_rule`` / ``due_basis`` / ``due_regime`` (a rules
  recompute journals the due date alone), the assignee, identity and pause details.
- breaches (``breach``): the same shape. Replayed: the instants and the status. Not
  replayed: the free texts (journaled as "modifié"), the nature counts, notifications
  and communications (separate tables with their own entries).
- other records (the Art. 30 register, letters, settings) are not replayed: their entries
  name what changed more than they give values.

A ``purge`` entry allows its record to be gone (erased) or anonymised (the replayed
fields are kept by anonymisation, so they are still compared when the row remains).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from dpo_desk.domain.tamper import DELETED_UNJOURNALED, FIELD_DIFFERS, NOT_JOURNALED, Finding
from dpo_desk.storage import audit
from dpo_desk.storage.database import Register

PURGE_ACTION = "purge"  # storage.maintenance.PURGE_ACTION: the case was purged on purpose


# entity -> (table, fields replayed, fields absent from a create entry that mean NULL)
REPLAYED: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "request": (
        "rights_request",
        (
            "received_on",
            "due_on",
            "status",
            "channel",
            "extended_on",
            "answered_on",
            "closed_on",
            "refusal_reason",
        ),
        ("extended_on", "answered_on", "closed_on", "refusal_reason"),
    ),
    "breach": (
        "breach",
        ("aware_at", "discovered_at", "started_at", "notify_by", "status"),
        ("started_at",),
    ),
}


def replay_findings(register: Register) -> list[Finding]:
    """Every difference between the rows and their journal, request by request."""
    findings: list[Finding] = []
    with register.read() as conn:
        states = _replay(audit.entity_changes(conn, tuple(REPLAYED)))
        for entity, (table, fields, _nullable) in REPLAYED.items():
            rows = audit.current_records(conn, table, fields)
            findings += _compare(entity, fields, rows, states.get(entity, {}))
    return findings


class _State:
    __slots__ = ("created", "purged", "values")

    def __init__(self) -> None:
        self.created = False
        self.purged = False
        self.values: dict[str, object] = {}


def _replay(entries: Iterable[audit.EntityChange]) -> dict[str, dict[str, _State]]:
    states: dict[str, dict[str, _State]] = {entity: {} for entity in REPLAYED}
    for entity, entity_id, action, changes in entries:
        if not entity_id:  # an import's summary entry names no record
            continue
        _table, fields, nullable = REPLAYED[entity]
        state = states[entity].setdefault(entity_id, _State())
        if action == "create":
            # A reference freed by an erased case may be given again: a new life.
            state.created, state.purged = True, False
            state.values = {f: changes.get(f) for f in fields if f in changes or f in nullable}
        elif action == PURGE_ACTION:
            state.purged = True
        else:
            for field in fields:
                change = changes.get(field)
                if isinstance(change, list) and len(change) == 2:
                    state.values[field] = change[1]
    return states


def _compare(
    entity: str,
    fields: tuple[str, ...],
    rows: dict[str, dict[str, Any]],
    states: dict[str, _State],
) -> list[Finding]:
    findings: list[Finding] = []
    for reference in sorted(rows.keys() | states.keys()):
        state, row = states.get(reference), rows.get(reference)
        if row is None:
            if state is not None and state.created and not state.purged:
                findings.append(Finding(DELETED_UNJOURNALED, reference=reference))
            continue
        if state is None or not state.created:
            findings.append(Finding(NOT_JOURNALED, reference=reference))
            continue
        for field in fields:
            if field in state.values and not _same(row[field], state.values[field]):
                findings.append(
                    Finding(
                        FIELD_DIFFERS,
                        reference=reference,
                        field=field,
                        stored=_shown(row[field]),
                        journaled=_shown(state.values[field]),
                    )
                )
    return findings


def _same(stored: object, journaled: object) -> bool:
    if stored is None or journaled is None:
        return stored is None and journaled is None
    if isinstance(stored, datetime):
        try:
            moment = datetime.fromisoformat(str(journaled))
        except ValueError:
            return False
        return _utc(stored) == _utc(moment)
    if isinstance(stored, date):
        return stored.isoformat() == str(journaled)
    if isinstance(stored, bool):
        return journaled in (stored, str(stored))
    return str(stored) == str(journaled)


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _shown(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, datetime):
        return _utc(value).isoformat(timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
