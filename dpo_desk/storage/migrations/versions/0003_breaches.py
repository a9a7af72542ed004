"""Personal-data breaches: the breach register, notifications, communications, timeline.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

from dpo_desk.storage.types import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # GDPR Art. 33(5): every breach is documented, notified or not. Lists of
    # categories are JSON text (a handful of short items each).
    op.create_table(
        "breach",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(32), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("under_gdpr", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("under_law_09_08", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("started_at", UTCDateTime(), nullable=True),
        sa.Column("discovered_at", UTCDateTime(), nullable=False),
        sa.Column("aware_at", UTCDateTime(), nullable=False),
        sa.Column("notify_by", UTCDateTime(), nullable=False),
        sa.Column("deadline_rule", sa.String(40), nullable=False),
        sa.Column("description", sa.Text(), nullable=False, server_default=""),
        sa.Column("confidentiality", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("integrity", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("availability", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("subject_categories", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("subjects_count", sa.BigInteger(), nullable=True),
        sa.Column("record_categories", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("records_count", sa.BigInteger(), nullable=True),
        sa.Column("data_categories", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("minors", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("consequences", sa.Text(), nullable=False, server_default=""),
        sa.Column("measures_taken", sa.Text(), nullable=False, server_default=""),
        sa.Column("measures_proposed", sa.Text(), nullable=False, server_default=""),
        sa.Column("processors", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("risk_level", sa.String(20), nullable=True),
        sa.Column("risk_computed", sa.String(20), nullable=True),
        sa.Column("risk_factors", sa.Text(), nullable=True),
        sa.Column("risk_method", sa.String(40), nullable=True),
        sa.Column("risk_justification", sa.Text(), nullable=False, server_default=""),
        sa.Column("risk_assessed_at", UTCDateTime(), nullable=True),
        sa.Column("no_notification_reasons", sa.Text(), nullable=False, server_default=""),
        sa.Column("no_notification_at", UTCDateTime(), nullable=True),
        sa.Column("no_notification_by", sa.Text(), nullable=False, server_default=""),
        sa.Column("art34_exception", sa.String(30), nullable=True),
        sa.Column("art34_justification", sa.Text(), nullable=False, server_default=""),
        sa.Column("art34_decided_at", UTCDateTime(), nullable=True),
        sa.Column("dgssi_applies", sa.Boolean(), nullable=True),
        sa.Column("dgssi_declared_at", UTCDateTime(), nullable=True),
        sa.Column("dgssi_reference", sa.Text(), nullable=False, server_default=""),
        sa.Column("remedial_actions", sa.Text(), nullable=False, server_default=""),
        sa.Column("closed_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.PrimaryKeyConstraint("id", name="pk_breach"),
        sa.UniqueConstraint("reference", name="uq_breach_reference"),
    )
    # The list shows open breaches, most urgent first.
    op.create_index("ix_breach_status_notify_by", "breach", ["status", "notify_by"])
    op.create_index("ix_breach_aware_at", "breach", ["aware_at", "id"])

    op.create_table(
        "breach_notification",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("breach_id", sa.Integer(), nullable=False),
        sa.Column("authority", sa.String(20), nullable=False),
        sa.Column("authority_name", sa.Text(), nullable=False, server_default=""),
        sa.Column("phase", sa.String(20), nullable=False),
        sa.Column("sent_at", UTCDateTime(), nullable=False),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("authority_reference", sa.Text(), nullable=False, server_default=""),
        sa.Column("delay_reason", sa.Text(), nullable=False, server_default=""),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.Column("recorded_by", sa.Text(), nullable=False, server_default=""),
        sa.ForeignKeyConstraint(
            ["breach_id"], ["breach.id"], ondelete="CASCADE",
            name="fk_breach_notification_breach_id_breach",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_breach_notification"),
    )
    op.create_index("ix_breach_notification_breach_id", "breach_notification", ["breach_id"])

    op.create_table(
        "breach_communication",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("breach_id", sa.Integer(), nullable=False),
        sa.Column("sent_at", UTCDateTime(), nullable=False),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("audience", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.Column("recorded_by", sa.Text(), nullable=False, server_default=""),
        sa.ForeignKeyConstraint(
            ["breach_id"], ["breach.id"], ondelete="CASCADE",
            name="fk_breach_communication_breach_id_breach",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_breach_communication"),
    )
    op.create_index("ix_breach_communication_breach_id", "breach_communication", ["breach_id"])

    op.create_table(
        "breach_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("breach_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("author", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["breach_id"], ["breach.id"], ondelete="CASCADE",
            name="fk_breach_event_breach_id_breach",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_breach_event"),
    )
    op.create_index("ix_breach_event_breach_id", "breach_event", ["breach_id"])


def downgrade() -> None:
    op.drop_table("breach_event")
    op.drop_table("breach_communication")
    op.drop_table("breach_notification")
    op.drop_table("breach")
