"""Rights requests: the request register, identity pauses, attachments, full-text index.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

from dpo_desk.storage.types import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rights_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(32), nullable=False),
        sa.Column("under_gdpr", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("under_law_09_08", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("rights", sa.String(200), nullable=False),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("requester_name", sa.Text(), nullable=False),
        sa.Column("requester_email", sa.Text(), nullable=False, server_default=""),
        sa.Column("requester_phone", sa.Text(), nullable=False, server_default=""),
        sa.Column("requester_address", sa.Text(), nullable=False, server_default=""),
        sa.Column("requester_role", sa.String(20), nullable=False, server_default="self"),
        sa.Column("subject_name", sa.Text(), nullable=False, server_default=""),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("identity_status", sa.String(20), nullable=False, server_default="not_required"),
        sa.Column("identity_method", sa.Text(), nullable=False, server_default=""),
        sa.Column("identity_checked_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("refusal_reason", sa.String(40), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("due_rule", sa.String(60), nullable=False),
        sa.Column("due_basis", sa.String(10), nullable=False),
        sa.Column("due_regime", sa.String(20), nullable=False),
        sa.Column("extended_on", sa.Date(), nullable=True),
        sa.Column("extension_reason", sa.Text(), nullable=False, server_default=""),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("answer_channel", sa.String(20), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("assignee", sa.Text(), nullable=False, server_default=""),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.PrimaryKeyConstraint("id", name="pk_rights_request"),
        sa.UniqueConstraint("reference", name="uq_rights_request_reference"),
    )
    # The list sorts and filters on these; with 100,000 requests they must be indexed.
    op.create_index("ix_rights_request_due_on", "rights_request", ["due_on", "id"])
    op.create_index("ix_rights_request_status_due", "rights_request", ["status", "due_on"])
    op.create_index("ix_rights_request_received_on", "rights_request", ["received_on", "id"])

    op.create_table(
        "identity_pause",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["request_id"], ["rights_request.id"], ondelete="CASCADE",
            name="fk_identity_pause_request_id_rights_request",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_identity_pause"),
    )
    op.create_index("ix_identity_pause_request_id", "identity_pause", ["request_id"])

    op.create_table(
        "request_attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.Text(), nullable=False),
        sa.Column("media_type", sa.String(120), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"], ["rights_request.id"], ondelete="CASCADE",
            name="fk_request_attachment_request_id_rights_request",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_request_attachment"),
    )
    op.create_index("ix_request_attachment_request_id", "request_attachment", ["request_id"])

    # Full-text search over names, e-mails, references and notes (SQLite FTS5, bundled
    # with SQLCipher). External-content table kept in step by triggers; a PostgreSQL
    # port would use a tsvector column instead (see ARCHITECTURE.md).
    op.execute(
        "CREATE VIRTUAL TABLE rights_request_fts USING fts5("
        "reference, requester_name, requester_email, subject_name, notes, "
        "content='rights_request', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    cols = "reference, requester_name, requester_email, subject_name, notes"
    new_cols = "new.reference, new.requester_name, new.requester_email, new.subject_name, new.notes"
    old_cols = "old.reference, old.requester_name, old.requester_email, old.subject_name, old.notes"
    op.execute(
        f"CREATE TRIGGER rights_request_fts_ai AFTER INSERT ON rights_request BEGIN "
        f"INSERT INTO rights_request_fts(rowid, {cols}) VALUES (new.id, {new_cols}); END"
    )
    op.execute(
        f"CREATE TRIGGER rights_request_fts_ad AFTER DELETE ON rights_request BEGIN "
        f"INSERT INTO rights_request_fts(rights_request_fts, rowid, {cols}) "
        f"VALUES ('delete', old.id, {old_cols}); END"
    )
    op.execute(
        f"CREATE TRIGGER rights_request_fts_au AFTER UPDATE OF {cols} ON rights_request BEGIN "
        f"INSERT INTO rights_request_fts(rights_request_fts, rowid, {cols}) "
        f"VALUES ('delete', old.id, {old_cols}); "
        f"INSERT INTO rights_request_fts(rowid, {cols}) VALUES (new.id, {new_cols}); END"
    )


def downgrade() -> None:
    for trigger in ("rights_request_fts_ai", "rights_request_fts_ad", "rights_request_fts_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS rights_request_fts")
    op.drop_table("request_attachment")
    op.drop_table("identity_pause")
    op.drop_table("rights_request")
