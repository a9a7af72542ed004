"""The register's tables, as SQLAlchemy Core metadata.

This module describes the *current* schema; the Alembic migrations in
``migrations/versions`` are what actually builds it, and a test checks the two agree.
Keep SQLite-only SQL out of here so the same schema can later live on PostgreSQL.
"""

from __future__ import annotations

from sqlalchemy import (
    CheckConstraint,
    Column,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

from dpo_desk.storage.types import UTCDateTime

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

# One row: the identity of this register file. The UUID keys the remembered
# passphrase in the OS keyring and names the file in backups.
register_meta = Table(
    "register_meta",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("register_uuid", String(36), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("created_by_version", String(32), nullable=False),
    CheckConstraint("id = 1", name="single_row"),
)

# One row: the controller. GDPR Art. 30(1)(a) and 09-08 art. 15 need its name and
# contact details and those of its DPO on every register and letter.
organisation = Table(
    "organisation",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("address", Text, nullable=False, server_default=""),
    Column("dpo_name", Text, nullable=False, server_default=""),
    Column("dpo_email", Text, nullable=False, server_default=""),
    Column("dpo_phone", Text, nullable=False, server_default=""),
    Column("timezone", String(64), nullable=False, server_default="Africa/Casablanca"),
    Column("updated_at", UTCDateTime, nullable=False),
    CheckConstraint("id = 1", name="single_row"),
)

# Register-level settings (deadline policy, calendar overrides...), as JSON values.
# Secrets never go here.
register_settings = Table(
    "register_settings",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("value", Text, nullable=False),
)

# Append-only journal. Each entry's hash chains it to the previous one
# (SHA-256 of previous hash ‖ canonical entry), so rewriting history shows.
audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", UTCDateTime, nullable=False),
    Column("actor", Text, nullable=False),
    Column("action", String(40), nullable=False),
    Column("entity", String(40), nullable=False),
    Column("entity_id", Text, nullable=False, server_default=""),
    Column("changes", Text, nullable=False, server_default="{}"),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
)

# The record kinds `dpo-desk info` counts, by table name, as later migrations add them.
COUNTED_TABLES: dict[str, str] = {
    "audit_entries": "audit_log",
}
