"""Registers: processing activities and their purposes, processors, transfers, links.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

from dpo_desk.storage.types import UTCDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], ondelete="CASCADE", name=f"fk_{table}_{column}_{target}"
    )


def upgrade() -> None:
    # GDPR Art. 30(1) and 09-08 art. 15: one row per processing activity, columns after
    # the CNIL model register. Lists (categories, sources, recipients, retention rules)
    # are JSON text: a handful of short items, always read with their activity.
    op.create_table(
        "processing_activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False, server_default=""),
        sa.Column("owner_department", sa.Text(), nullable=False, server_default=""),
        sa.Column("joint_controller", sa.Text(), nullable=False, server_default=""),
        sa.Column("software", sa.Text(), nullable=False, server_default=""),
        sa.Column("subject_categories", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("data_categories", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("minors", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("sources", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("recipients", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("retention", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("security_measures", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("security_notes", sa.Text(), nullable=False, server_default=""),
        sa.Column("rights_service", sa.Text(), nullable=False, server_default=""),
        sa.Column("cndp_regime", sa.String(20), nullable=False, server_default="declaration"),
        sa.Column("cndp_receipt", sa.Text(), nullable=False, server_default=""),
        sa.Column("cndp_receipt_on", sa.Date(), nullable=True),
        sa.Column("dpia_required", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("dpia_done", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("dpia_done_on", sa.Date(), nullable=True),
        sa.Column("last_reviewed_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.PrimaryKeyConstraint("id", name="pk_processing_activity"),
        sa.UniqueConstraint("name", name="uq_processing_activity_name"),
    )

    # GDPR Art. 6(1): one legal basis per purpose, in the order the DPO gave them.
    op.create_table(
        "activity_purpose",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("legal_basis", sa.String(30), nullable=False),
        sa.Column("justification", sa.Text(), nullable=False, server_default=""),
        _fk("activity_purpose", "activity_id", "processing_activity"),
        sa.PrimaryKeyConstraint("id", name="pk_activity_purpose"),
    )
    op.create_index("ix_activity_purpose_activity_id", "activity_purpose", ["activity_id"])

    # GDPR Art. 28; 09-08 arts. 23-25. Ended processors stay: the end of the contract
    # and what became of the data (Art. 28(3)(g)) are part of the record.
    op.create_table(
        "processor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("service", sa.Text(), nullable=False, server_default=""),
        sa.Column("contact", sa.Text(), nullable=False, server_default=""),
        sa.Column("dpo_contact", sa.Text(), nullable=False, server_default=""),
        sa.Column("countries", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("data_categories", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("dpa_signed", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("dpa_signed_on", sa.Date(), nullable=True),
        sa.Column("contract_ends_on", sa.Date(), nullable=True),
        sa.Column("clauses", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("certifications", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("sub_processors", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("next_review_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(20), nullable=False, server_default="active"),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("data_outcome", sa.String(20), nullable=True),
        sa.Column("data_outcome_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.PrimaryKeyConstraint("id", name="pk_processor"),
        sa.UniqueConstraint("name", name="uq_processor_name"),
    )
    # The dashboard asks for active processors whose review date has passed.
    op.create_index("ix_processor_status", "processor", ["status", "next_review_on"])

    op.create_table(
        "activity_processor",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("processor_id", sa.Integer(), nullable=False),
        _fk("activity_processor", "activity_id", "processing_activity"),
        _fk("activity_processor", "processor_id", "processor"),
        sa.PrimaryKeyConstraint("activity_id", "processor_id", name="pk_activity_processor"),
    )
    op.create_index("ix_activity_processor_processor_id", "activity_processor", ["processor_id"])

    # 09-08 arts. 43-44; GDPR Arts. 44-49. A transfer belongs to an activity, a
    # processor, or both; mechanism NULL means none recorded (flagged if not adequate).
    op.create_table(
        "data_transfer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=True),
        sa.Column("processor_id", sa.Integer(), nullable=True),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("mechanism", sa.String(30), nullable=True),
        sa.Column("derogation", sa.String(30), nullable=True),
        sa.Column("reference", sa.Text(), nullable=False, server_default=""),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.CheckConstraint(
            "activity_id IS NOT NULL OR processor_id IS NOT NULL",
            name="has_owner",
        ),
        _fk("data_transfer", "activity_id", "processing_activity"),
        _fk("data_transfer", "processor_id", "processor"),
        sa.PrimaryKeyConstraint("id", name="pk_data_transfer"),
    )
    op.create_index("ix_data_transfer_activity_id", "data_transfer", ["activity_id"])
    op.create_index("ix_data_transfer_processor_id", "data_transfer", ["processor_id"])

    # A request or a breach concerns one or more activities (which data, which
    # purposes, which processors to ask). Built now so no later migration is needed.
    op.create_table(
        "request_activity",
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        _fk("request_activity", "request_id", "rights_request"),
        _fk("request_activity", "activity_id", "processing_activity"),
        sa.PrimaryKeyConstraint("request_id", "activity_id", name="pk_request_activity"),
    )
    op.create_index("ix_request_activity_activity_id", "request_activity", ["activity_id"])
    op.create_table(
        "breach_activity",
        sa.Column("breach_id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        _fk("breach_activity", "breach_id", "breach"),
        _fk("breach_activity", "activity_id", "processing_activity"),
        sa.PrimaryKeyConstraint("breach_id", "activity_id", name="pk_breach_activity"),
    )
    op.create_index("ix_breach_activity_activity_id", "breach_activity", ["activity_id"])


def downgrade() -> None:
    op.drop_table("breach_activity")
    op.drop_table("request_activity")
    op.drop_table("data_transfer")
    op.drop_table("activity_processor")
    op.drop_table("processor")
    op.drop_table("activity_purpose")
    op.drop_table("processing_activity")
