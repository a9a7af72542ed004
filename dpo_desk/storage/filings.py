"""Repository of the CNDP filing tracker (table ``cndp_filing``, since migration 0011).

One row per activity and formality, written the first time the DPO records something
about that formality; until then the state is derived (``domain.filings.derived_filing``).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update

from dpo_desk.domain.filings import Filing, FilingChannel, FilingStatus, FormalityKind
from dpo_desk.storage.rows import AnyRow, copied
from dpo_desk.storage.schema import cndp_filing as F


def _to_filing(row: AnyRow) -> Filing:
    return Filing(
        **copied(row, "activity_id", "filed_on", "receipt", "receipt_on", "ended_on", "note"),
        **copied(row, "updated_at", "version"),
        kind=FormalityKind(row.kind),
        status=FilingStatus(row.status),
        channel=FilingChannel(row.channel) if row.channel else None,
        changes=tuple(json.loads(row.changes)),
        stored=True,
    )


def _columns(filing: Filing) -> dict[str, Any]:
    return {
        "status": str(filing.status),
        "filed_on": filing.filed_on,
        "channel": str(filing.channel) if filing.channel else None,
        "receipt": filing.receipt,
        "receipt_on": filing.receipt_on,
        "ended_on": filing.ended_on,
        "changes": json.dumps(list(filing.changes), ensure_ascii=False),
        "note": filing.note,
    }


def filings_for(conn: Connection, activity_id: int) -> list[Filing]:
    rows = conn.execute(select(F).where(F.c.activity_id == activity_id).order_by(F.c.kind))
    return [_to_filing(r) for r in rows]


def all_filings(conn: Connection) -> list[Filing]:
    return [_to_filing(r) for r in conn.execute(select(F).order_by(F.c.activity_id, F.c.kind))]


def get_filing(conn: Connection, activity_id: int, kind: FormalityKind) -> Filing | None:
    row = conn.execute(
        select(F).where(F.c.activity_id == activity_id, F.c.kind == str(kind))
    ).first()
    return None if row is None else _to_filing(row)


def write_filing(conn: Connection, filing: Filing, now: datetime) -> bool:
    """Insert the row, or update it if ``filing.version`` is still the stored one.
    False when someone else changed it first."""
    if not filing.stored:
        conn.execute(
            insert(F).values(
                activity_id=filing.activity_id,
                kind=str(filing.kind),
                created_at=now,
                updated_at=now,
                **_columns(filing),
            )
        )
        return True
    result = conn.execute(
        update(F)
        .where(
            F.c.activity_id == filing.activity_id,
            F.c.kind == str(filing.kind),
            F.c.version == filing.version,
        )
        .values(**_columns(filing), updated_at=now, version=filing.version + 1)
    )
    return result.rowcount == 1
