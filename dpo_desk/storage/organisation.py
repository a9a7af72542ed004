"""Repository of the organisation row and of register-level settings."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from dpo_desk.domain.organisation import Organisation
from dpo_desk.storage.schema import organisation, register_settings


def load(conn: Connection) -> Organisation | None:
    row = conn.execute(select(organisation)).first()
    if row is None:
        return None
    return Organisation(
        name=row.name,
        address=row.address,
        dpo_name=row.dpo_name,
        dpo_email=row.dpo_email,
        dpo_phone=row.dpo_phone,
        timezone=row.timezone,
        town=row.town,
        legal_identifiers=row.legal_identifiers,
        signatory_name=row.signatory_name,
        signatory_title=row.signatory_title,
        established_in_morocco=bool(row.established_in_morocco),
        representative=row.representative,
        gdpr_applies=bool(row.gdpr_applies),
    )


def save(conn: Connection, org: Organisation, at: datetime) -> None:
    values = {
        "name": org.name,
        "address": org.address,
        "dpo_name": org.dpo_name,
        "dpo_email": org.dpo_email,
        "dpo_phone": org.dpo_phone,
        "timezone": org.timezone,
        "town": org.town,
        "legal_identifiers": org.legal_identifiers,
        "signatory_name": org.signatory_name,
        "signatory_title": org.signatory_title,
        "established_in_morocco": org.established_in_morocco,
        "representative": org.representative,
        "gdpr_applies": org.gdpr_applies,
        "updated_at": at,
    }
    stmt = sqlite_insert(organisation).values(id=1, **values)
    conn.execute(stmt.on_conflict_do_update(index_elements=["id"], set_=values))


def get_setting(conn: Connection, key: str, default: object = None) -> Any:
    """The JSON value stored under ``key``, decoded, or ``default`` when there is none.

    Each key holds its own shape (a number, a list, a policy's dict), read back by the
    service that owns the key, which checks it (``DeadlinePolicy.from_dict`` and the
    like): hence ``Any``, as from ``json.loads``.
    """
    value = conn.execute(
        select(register_settings.c.value).where(register_settings.c.key == key)
    ).scalar()
    return default if value is None else json.loads(value)


def set_setting(conn: Connection, key: str, value: object) -> None:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    stmt = sqlite_insert(register_settings).values(key=key, value=text)
    conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": text}))
