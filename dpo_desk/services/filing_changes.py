"""Raising "change to declare" on a CNDP filing when a declared item changes.

Law 09-08 art. 15: once the CNDP has given its receipt (or its authorisation), any change
to the items of the declaration must be declared. The register sees such a change when
the DPO saves an activity (``domain.filings.DECLARED_ITEMS``), links or unlinks one of
its processors (sub-processing, art. 15 (i)) or adds or removes a transfer (art. 15 (e)).
Each of those writes calls ``raise_changes`` inside its own transaction, so the change
and the filing's new state commit together, each with its journal entry.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime

from sqlalchemy import Connection

from dpo_desk.domain.filings import (
    ITEM_PROCESSORS,
    ITEM_TRANSFERS,
    Filing,
    FilingStatus,
    FormalityKind,
    derived_filing,
)
from dpo_desk.domain.records import ProcessingActivity
from dpo_desk.services import journal
from dpo_desk.storage import filings as repo
from dpo_desk.storage import records as records_repo

# The transfer authorisation covers the transfers only: a new purpose does not reopen it.
_TRANSFER_ITEMS = frozenset({ITEM_TRANSFERS, ITEM_PROCESSORS})


def raise_changes(
    conn: Connection, activity: ProcessingActivity, items: Iterable[str], now: datetime
) -> list[Filing]:
    """Mark each granted formality of ``activity`` that ``items`` touch as a change to
    declare, adding the items to those already waiting. Returns the filings changed."""
    items = tuple(dict.fromkeys(items))
    if not items:
        return []
    stored = {f.kind: f for f in repo.filings_for(conn, activity.id)}
    changed = []
    for kind in FormalityKind:
        if kind is FormalityKind.TRANSFER and not _TRANSFER_ITEMS & set(items):
            continue
        filing = stored.get(kind) or derived_filing(activity, activity.id, kind)
        if filing.status not in (FilingStatus.GRANTED, FilingStatus.CHANGE_TO_DECLARE):
            continue
        merged = tuple(dict.fromkeys((*filing.changes, *items)))
        if filing.status is FilingStatus.CHANGE_TO_DECLARE and merged == filing.changes:
            continue
        raised = replace(filing, status=FilingStatus.CHANGE_TO_DECLARE, changes=merged)
        repo.write_filing(conn, raised, now)
        journal.record(
            conn,
            now,
            "filing_change",
            "activity",
            activity.id,
            {
                "formality": str(kind),
                "status": [str(filing.status), str(raised.status)],
                "items": list(items),
            },
        )
        changed.append(raised)
    return changed


def raise_for_activities(
    conn: Connection, activity_ids: Iterable[int], items: Iterable[str], now: datetime
) -> None:
    """``raise_changes`` for each activity of ``activity_ids`` still in the register."""
    items = tuple(items)
    for activity_id in dict.fromkeys(activity_ids):
        activity = records_repo.get_activity(conn, activity_id)
        if activity is not None:
            raise_changes(conn, activity, items, now)
