"""The register's tables, as SQLAlchemy Core metadata.

This module describes the *current* schema; the Alembic migrations in
``migrations/versions`` are what actually builds it, and a test checks the two agree.
Keep SQLite-only SQL out of here so the same schema can later live on PostgreSQL.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
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

# A data-subject rights request (GDPR Arts. 15-22; Law 09-08 arts. 7-9). The
# governing due date is stored (due_on) so lists sort and filter on it in SQL; it
# is recomputed by the deadline engine whenever its inputs change.
rights_request = Table(
    "rights_request",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("reference", String(32), nullable=False),
    Column("under_gdpr", Boolean, nullable=False, server_default=false()),
    Column("under_law_09_08", Boolean, nullable=False, server_default=false()),
    Column("rights", String(200), nullable=False),  # ",access,erasure," for LIKE filters
    Column("channel", String(20), nullable=False),
    Column("requester_name", Text, nullable=False),
    Column("requester_email", Text, nullable=False, server_default=""),
    Column("requester_phone", Text, nullable=False, server_default=""),
    Column("requester_address", Text, nullable=False, server_default=""),
    Column("requester_role", String(20), nullable=False, server_default="self"),
    Column("subject_name", Text, nullable=False, server_default=""),
    Column("received_on", Date, nullable=False),
    Column("identity_status", String(20), nullable=False, server_default="not_required"),
    Column("identity_method", Text, nullable=False, server_default=""),
    Column("identity_checked_on", Date),
    Column("status", String(20), nullable=False),
    Column("refusal_reason", String(40)),
    Column("due_on", Date, nullable=False),
    Column("due_rule", String(60), nullable=False),
    Column("due_basis", String(10), nullable=False),
    Column("due_regime", String(20), nullable=False),
    Column("extended_on", Date),
    Column("extension_reason", Text, nullable=False, server_default=""),
    Column("answered_on", Date),
    Column("answer_channel", String(20)),
    Column("closed_on", Date),
    Column("assignee", Text, nullable=False, server_default=""),
    Column("notes", Text, nullable=False, server_default=""),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Column("version", Integer, nullable=False, server_default="1"),
    UniqueConstraint("reference", name="uq_rights_request_reference"),
    Index("ix_rights_request_due_on", "due_on", "id"),
    Index("ix_rights_request_status_due", "status", "due_on"),
    Index("ix_rights_request_received_on", "received_on", "id"),
)

# While the organisation waits for proof of identity (GDPR Art. 12(6)), the clock
# may stop if its policy says so.
identity_pause = Table(
    "identity_pause",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "request_id",
        Integer,
        ForeignKey("rights_request.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("started_on", Date, nullable=False),
    Column("ended_on", Date),
)

# Attachments live inside the encrypted file, never as loose files.
request_attachment = Table(
    "request_attachment",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "request_id",
        Integer,
        ForeignKey("rights_request.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("filename", Text, nullable=False),
    Column("media_type", String(120), nullable=False),
    Column("size", Integer, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("content", LargeBinary, nullable=False),
    Column("added_at", UTCDateTime, nullable=False),
)

# Tables SQLite creates for full-text search; not described here, built by migrations.
FTS_TABLE_PREFIXES = ("rights_request_fts",)

# The record kinds `dpo-desk info` counts, by table name, as later migrations add them.
COUNTED_TABLES: dict[str, str] = {
    "requests": "rights_request",
    "attachments": "request_attachment",
    "audit_entries": "audit_log",
}
