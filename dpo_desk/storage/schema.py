"""The register's tables, as SQLAlchemy Core metadata.

This module describes the *current* schema; the Alembic migrations in
``migrations/versions`` are what actually builds it, and a test checks the two agree.
Keep SQLite-only SQL out of here so the same schema can later live on PostgreSQL.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    BigInteger,
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
    func,
    true,
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


# ----------------------------------------------------------------------------- columns
# The kinds of column many tables share. Each call makes a new Column: a Column belongs
# to exactly one table.


def _row_id() -> Column[Any]:
    return Column("id", Integer, primary_key=True)


def _text(name: str) -> Column[Any]:
    """Text that may be empty: "" rather than NULL, so that no reader meets None."""
    return Column(name, Text, nullable=False, server_default="")


def _json_list(name: str) -> Column[Any]:
    """A short list kept as a JSON array, read with its row; empty when not given."""
    return Column(name, Text, nullable=False, server_default="[]")


def _flag(name: str) -> Column[Any]:
    return Column(name, Boolean, nullable=False, server_default=false())


def _parent(name: str, table: str, **options: Any) -> Column[Any]:
    """The row of ``table`` this row belongs to: deleting that row deletes this one."""
    return Column(name, Integer, ForeignKey(f"{table}.id", ondelete="CASCADE"), **options)


def _owned_by(name: str, table: str) -> Column[Any]:
    """The one parent a row always has, indexed for reading a parent's rows."""
    return _parent(name, table, nullable=False, index=True)


def _edited() -> tuple[Column[Any], ...]:
    """When a record the user edits was made and changed, and the version that an edit
    compares, so that two windows saving the same record cannot overwrite each other."""
    return (
        Column("created_at", UTCDateTime, nullable=False),
        Column("updated_at", UTCDateTime, nullable=False),
        Column("version", Integer, nullable=False, server_default="1"),
    )


def _stored_file() -> tuple[Column[Any], ...]:
    """A file kept inside the encrypted register, with what identifies it."""
    return (
        Column("filename", Text, nullable=False),
        Column("media_type", String(120), nullable=False),
        Column("size", Integer, nullable=False),
        Column("sha256", String(64), nullable=False),
        Column("content", LargeBinary, nullable=False),
        Column("added_at", UTCDateTime, nullable=False),
    )


def _link_table(name: str, first: tuple[str, str], second: tuple[str, str]) -> Table:
    """A many-to-many link between two tables, each side a (column, table) pair. Its
    primary key (first, second) serves lookups by the first; an index, by the second."""
    return Table(
        name,
        metadata,
        _parent(*first, primary_key=True),
        _parent(*second, primary_key=True, index=True),
    )


# ----------------------------------------------------------------------------- tables

# One row: the identity of this register file. The UUID keys the remembered
# passphrase in the OS keyring and names the file in backups.
register_meta = Table(
    "register_meta",
    metadata,
    _row_id(),
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
    _row_id(),
    Column("name", Text, nullable=False),
    _text("address"),
    _text("dpo_name"),
    _text("dpo_email"),
    _text("dpo_phone"),
    Column("timezone", String(64), nullable=False, server_default="Africa/Casablanca"),
    Column("updated_at", UTCDateTime, nullable=False),
    # The town its letters are dated from ("Casablanca, le ..."); "" = the date alone.
    # Since 0008.
    _text("town"),
    # What a CNDP filing names beside the controller (09-08 art. 15 (a)). Since 0011.
    _text("legal_identifiers"),
    _text("signatory_name"),
    _text("signatory_title"),
    Column("established_in_morocco", Boolean, nullable=False, server_default=true()),
    _text("representative"),
    _flag("gdpr_applies"),
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
    _row_id(),
    Column("at", UTCDateTime, nullable=False),
    Column("actor", Text, nullable=False),
    Column("action", String(40), nullable=False),
    Column("entity", String(40), nullable=False),
    _text("entity_id"),
    Column("changes", Text, nullable=False, server_default="{}"),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    # 0006: the journal screen's filter choices and one record's history, without
    # reading the whole journal (docs/performance.md).
    Index("ix_audit_log_entity", "entity", "entity_id"),
    Index("ix_audit_log_action", "action"),
    Index("ix_audit_log_actor", "actor"),
)

# A data-subject rights request (GDPR Arts. 15-22; Law 09-08 arts. 7-9). The
# governing due date is stored (due_on) so lists sort and filter on it in SQL; it
# is recomputed by the deadline engine whenever its inputs change.
rights_request = Table(
    "rights_request",
    metadata,
    _row_id(),
    Column("reference", String(32), nullable=False),
    _flag("under_gdpr"),
    _flag("under_law_09_08"),
    Column("rights", String(200), nullable=False),  # ",access,erasure," for LIKE filters
    Column("channel", String(20), nullable=False),
    Column("requester_name", Text, nullable=False),
    _text("requester_email"),
    _text("requester_phone"),
    _text("requester_address"),
    Column("requester_role", String(20), nullable=False, server_default="self"),
    _text("subject_name"),
    Column("received_on", Date, nullable=False),
    Column("identity_status", String(20), nullable=False, server_default="not_required"),
    _text("identity_method"),
    Column("identity_checked_on", Date),
    Column("status", String(20), nullable=False),
    Column("refusal_reason", String(40)),
    Column("due_on", Date, nullable=False),
    Column("due_rule", String(60), nullable=False),
    Column("due_basis", String(10), nullable=False),
    Column("due_regime", String(20), nullable=False),
    Column("extended_on", Date),
    _text("extension_reason"),
    Column("answered_on", Date),
    Column("answer_channel", String(20)),
    Column("closed_on", Date),
    _text("assignee"),
    _text("notes"),
    # 0012: the organisation's own number ("REQ-001"), kept by the import, searchable.
    _text("external_reference"),
    *_edited(),
    UniqueConstraint("reference", name="uq_rights_request_reference"),
    Index("ix_rights_request_due_on", "due_on", "id"),
    Index("ix_rights_request_status_due", "status", "due_on"),
    Index("ix_rights_request_received_on", "received_on", "id"),
    # 0006, for the list at 100,000 requests (docs/performance.md): a regime's count
    # and first page read an index range; counting a right scans a narrow index.
    Index("ix_rights_request_rights", "rights"),
    Index("ix_rights_request_gdpr_due", "under_gdpr", "due_on", "id"),
    Index("ix_rights_request_law_09_08_due", "under_law_09_08", "due_on", "id"),
)
# The list's order by reference (shorter first, see storage/requests.SORT_COLUMNS).
Index(
    "ix_rights_request_reference_order",
    func.length(rights_request.c.reference),
    rights_request.c.reference,
    rights_request.c.id,
)

# While the organisation waits for proof of identity (GDPR Art. 12(6)), the clock
# may stop if its policy says so.
identity_pause = Table(
    "identity_pause",
    metadata,
    _row_id(),
    _owned_by("request_id", "rights_request"),
    Column("started_on", Date, nullable=False),
    Column("ended_on", Date),
)

# Attachments live inside the encrypted file, never as loose files.
request_attachment = Table(
    "request_attachment",
    metadata,
    _row_id(),
    _owned_by("request_id", "rights_request"),
    *_stored_file(),
    # "identity" marks a proof of identity (GDPR Art. 12(6)): deleted once the check is
    # done, at the latest by the identity-copy rule (domain.retention). Migration 0009.
    Column("purpose", String(20), nullable=False, server_default="other"),
)

# A personal-data breach: the breach register of GDPR Art. 33(5), notified or not.
# Instants are UTC; notify_by (awareness + 72 h, Art. 33(1)) is stored so the list
# sorts by urgency in SQL. Category lists are JSON arrays of short strings.
breach = Table(
    "breach",
    metadata,
    _row_id(),
    Column("reference", String(32), nullable=False),
    Column("title", Text, nullable=False),
    _flag("under_gdpr"),
    _flag("under_law_09_08"),
    Column("status", String(20), nullable=False),
    Column("started_at", UTCDateTime),
    Column("discovered_at", UTCDateTime, nullable=False),
    Column("aware_at", UTCDateTime, nullable=False),
    Column("notify_by", UTCDateTime, nullable=False),
    Column("deadline_rule", String(40), nullable=False),
    # Nature and scope, Art. 33(3)(a), (c), (d)
    _text("description"),
    _flag("confidentiality"),
    _flag("integrity"),
    _flag("availability"),
    _json_list("subject_categories"),
    Column("subjects_count", BigInteger),
    _json_list("record_categories"),
    Column("records_count", BigInteger),
    _json_list("data_categories"),
    _flag("minors"),
    _text("consequences"),
    _text("measures_taken"),
    _text("measures_proposed"),
    _json_list("processors"),
    # Risk: the DPO's factors are stored, the explanation is recomputed from them.
    Column("risk_level", String(20)),  # the level that governs (override or computed)
    Column("risk_computed", String(20)),
    Column("risk_factors", Text),
    Column("risk_method", String(40)),
    _text("risk_justification"),
    Column("risk_assessed_at", UTCDateTime),
    # Art. 33(1)/(5): the decision not to notify and its reasons
    _text("no_notification_reasons"),
    Column("no_notification_at", UTCDateTime),
    _text("no_notification_by"),
    # Art. 34(3) exception to telling the data subjects
    Column("art34_exception", String(30)),
    _text("art34_justification"),
    Column("art34_decided_at", UTCDateTime),
    # Law 05-20: declaration to the DGSSI (NULL: not yet decided whether it applies)
    Column("dgssi_applies", Boolean),
    Column("dgssi_declared_at", UTCDateTime),
    _text("dgssi_reference"),
    _text("remedial_actions"),
    Column("closed_at", UTCDateTime),
    *_edited(),
    UniqueConstraint("reference", name="uq_breach_reference"),
    Index("ix_breach_status_notify_by", "status", "notify_by"),
    Index("ix_breach_aware_at", "aware_at", "id"),
)

# Notifications to supervisory authorities, in phases (Art. 33(4)).
breach_notification = Table(
    "breach_notification",
    metadata,
    _row_id(),
    _owned_by("breach_id", "breach"),
    Column("authority", String(20), nullable=False),
    _text("authority_name"),
    Column("phase", String(20), nullable=False),
    Column("sent_at", UTCDateTime, nullable=False),
    Column("channel", String(20), nullable=False),
    _text("authority_reference"),
    _text("delay_reason"),  # Art. 33(1)
    _text("notes"),
    Column("recorded_at", UTCDateTime, nullable=False),
    _text("recorded_by"),
)

# Communications to the data subjects (Art. 34), or the public one of Art. 34(3)(c).
breach_communication = Table(
    "breach_communication",
    metadata,
    _row_id(),
    _owned_by("breach_id", "breach"),
    Column("sent_at", UTCDateTime, nullable=False),
    Column("channel", String(20), nullable=False),
    Column("audience", Text, nullable=False),
    _text("notes"),
    Column("recorded_at", UTCDateTime, nullable=False),
    _text("recorded_by"),
)

# The timeline: discovered, aware, contained, notified, communicated, closed, notes.
breach_event = Table(
    "breach_event",
    metadata,
    _row_id(),
    _owned_by("breach_id", "breach"),
    Column("kind", String(20), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Column("author", Text, nullable=False),
    _text("note"),
    Column("recorded_at", UTCDateTime, nullable=False),
)

# ----------------------------------------------------------------------------- registers
# The register of processing activities (GDPR Art. 30(1); 09-08 art. 15), columns after
# the CNIL model. Category lists, sources, recipients and retention rules are JSON text:
# a handful of short items, always read with their activity.
processing_activity = Table(
    "processing_activity",
    metadata,
    _row_id(),
    Column("name", Text, nullable=False),
    _text("description"),
    _text("owner_department"),
    _text("joint_controller"),
    _text("software"),
    _json_list("subject_categories"),
    _json_list("data_categories"),
    _flag("minors"),
    _json_list("sources"),
    _json_list("recipients"),
    _json_list("retention"),
    _json_list("security_measures"),
    _text("security_notes"),
    _text("rights_service"),  # 09-08 art. 15
    _text("interconnections"),  # 09-08 art. 15 (i), art. 12; since 0011
    _text("collected_for"),  # 09-08 art. 12: a reuse's original purpose; since 0011
    Column("cndp_regime", String(20), nullable=False, server_default="declaration"),
    _text("cndp_receipt"),  # free text: D-443/2022
    Column("cndp_receipt_on", Date),
    _flag("dpia_required"),
    _flag("dpia_done"),
    Column("dpia_done_on", Date),
    Column("last_reviewed_on", Date),
    _text("notes"),
    *_edited(),
    UniqueConstraint("name", name="uq_processing_activity_name"),
)

# One legal basis per purpose (GDPR Art. 6(1)), in the order the DPO gave them.
activity_purpose = Table(
    "activity_purpose",
    metadata,
    _row_id(),
    _owned_by("activity_id", "processing_activity"),
    Column("position", Integer, nullable=False),
    Column("description", Text, nullable=False),
    Column("legal_basis", String(30), nullable=False),
    _text("justification"),
)

# Processors (GDPR Art. 28; 09-08 arts. 23-25). An ended contract stays on record with
# what became of the data (Art. 28(3)(g)).
processor = Table(
    "processor",
    metadata,
    _row_id(),
    Column("name", Text, nullable=False),
    _text("service"),
    _text("contact"),
    _text("dpo_contact"),
    _json_list("countries"),  # ISO 3166 alpha-2
    _json_list("data_categories"),
    _flag("dpa_signed"),
    Column("dpa_signed_on", Date),
    Column("contract_ends_on", Date),
    _json_list("clauses"),  # Art. 28(3)(a)-(h)
    _json_list("certifications"),
    _json_list("sub_processors"),
    Column("next_review_on", Date),
    Column("status", String(20), nullable=False, server_default="active"),
    Column("ended_on", Date),
    Column("data_outcome", String(20)),
    Column("data_outcome_on", Date),
    _text("notes"),
    *_edited(),
    UniqueConstraint("name", name="uq_processor_name"),
    Index("ix_processor_status", "status", "next_review_on"),
)

activity_processor = _link_table(
    "activity_processor", ("activity_id", "processing_activity"), ("processor_id", "processor")
)

# Transfers abroad (09-08 arts. 43-44; GDPR Arts. 44-49), owned by an activity, a
# processor or both. mechanism NULL: none recorded, flagged unless the country is adequate.
data_transfer = Table(
    "data_transfer",
    metadata,
    _row_id(),
    _parent("activity_id", "processing_activity", index=True),
    _parent("processor_id", "processor", index=True),
    Column("country", String(2), nullable=False),
    Column("mechanism", String(30)),
    Column("derogation", String(30)),
    _text("reference"),  # F118, SCC version…
    _text("notes"),
    *_edited(),
    Column("law_exception", String(30)),  # 09-08 arts. 43-44; since 0011
    CheckConstraint("activity_id IS NOT NULL OR processor_id IS NOT NULL", name="has_owner"),
)

# The CNDP filing tracker (since 0011): one row per activity and formality once the DPO
# records something about it (domain/filings.py). No row: the state is derived.
cndp_filing = Table(
    "cndp_filing",
    metadata,
    _row_id(),
    _owned_by("activity_id", "processing_activity"),
    Column("kind", String(20), nullable=False),
    Column("status", String(30), nullable=False),
    Column("filed_on", Date),
    Column("channel", String(20)),
    _text("receipt"),
    Column("receipt_on", Date),
    Column("ended_on", Date),
    _json_list("changes"),  # the art. 15 items changed since the receipt
    _text("note"),
    *_edited(),
    UniqueConstraint("activity_id", "kind", name="uq_cndp_filing_activity_kind"),
)

# The activities a request or a breach concerns.
request_activity = _link_table(
    "request_activity", ("request_id", "rights_request"), ("activity_id", "processing_activity")
)
breach_activity = _link_table(
    "breach_activity", ("breach_id", "breach"), ("activity_id", "processing_activity")
)

# ----------------------------------------------------------------------------- letters
# A breach keeps its generated letters (Art. 33(3) report, Art. 34(2) communication) as
# a request keeps its attachments: inside the encrypted file.
breach_attachment = Table(
    "breach_attachment",
    metadata,
    _row_id(),
    _owned_by("breach_id", "breach"),
    *_stored_file(),
)

# Letter drafts (issue 6): written, validated by a named reviewer, issued as a PDF kept
# with the case (attachment_id, in that case's attachment table). Exactly one case; a
# purged case takes its drafts with it, their text being personal data.
letter_draft = Table(
    "letter_draft",
    metadata,
    _row_id(),
    _parent("request_id", "rights_request", index=True),
    _parent("breach_id", "breach", index=True),
    Column("kind", String(40), nullable=False),
    Column("language", String(2), nullable=False),
    Column("text", Text, nullable=False),
    Column("author", Text, nullable=False),
    Column("status", String(20), nullable=False, server_default="draft"),
    _text("reviewer"),
    Column("validated_at", UTCDateTime),
    Column("attachment_id", Integer),
    *_edited(),
    # A breach notification's authority: "cndp", "cnil" or "other:<name>"; "" otherwise
    # (and for drafts from before 0010). Since 0010.
    _text("addressee"),
    CheckConstraint("(request_id IS NULL) <> (breach_id IS NULL)", name="one_case"),
)

# An edited template overrides the shipped default of its kind and language; deleting
# the row restores the default.
letter_template = Table(
    "letter_template",
    metadata,
    Column("kind", String(40), primary_key=True),
    Column("language", String(2), primary_key=True),
    Column("text", Text, nullable=False),
    Column("updated_by", Text, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
)

# Tables SQLite creates for full-text search; not described here, built by migrations.
FTS_TABLE_PREFIXES = ("rights_request_fts",)

# The record kinds `dpo-desk info` counts, by table name, as later migrations add them.
COUNTED_TABLES: dict[str, str] = {
    "requests": "rights_request",
    "attachments": "request_attachment",
    "breaches": "breach",
    "activities": "processing_activity",
    "processors": "processor",
    "transfers": "data_transfer",
    "filings": "cndp_filing",
    "letters": "letter_draft",
    "audit_entries": "audit_log",
}
