"""Letters: drafts under review, edited templates, and breach attachments.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

from dpo_desk.storage.types import UTCDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A breach keeps its generated letters (the Art. 33(3) report, the Art. 34(2)
    # communication) inside the encrypted file, as a request keeps its attachments.
    op.create_table(
        "breach_attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("breach_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.Text(), nullable=False),
        sa.Column("media_type", sa.String(120), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["breach_id"], ["breach.id"], ondelete="CASCADE",
            name="fk_breach_attachment_breach_id_breach",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_breach_attachment"),
    )
    op.create_index("ix_breach_attachment_breach_id", "breach_attachment", ["breach_id"])

    # A draft belongs to exactly one case. Two foreign keys rather than (kind, id): a
    # purged request or breach takes its drafts with it (the letter text is personal
    # data), which a polymorphic id could not guarantee.
    op.create_table(
        "letter_draft",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("breach_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("language", sa.String(2), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author", sa.Text(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False, server_default="draft"),
        sa.Column("reviewer", sa.Text(), nullable=False, server_default=""),
        sa.Column("validated_at", UTCDateTime(), nullable=True),
        sa.Column("attachment_id", sa.Integer(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.CheckConstraint(
            "(request_id IS NULL) <> (breach_id IS NULL)", name="ck_letter_draft_one_case"
        ),
        sa.ForeignKeyConstraint(
            ["request_id"], ["rights_request.id"], ondelete="CASCADE",
            name="fk_letter_draft_request_id_rights_request",
        ),
        sa.ForeignKeyConstraint(
            ["breach_id"], ["breach.id"], ondelete="CASCADE",
            name="fk_letter_draft_breach_id_breach",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_letter_draft"),
    )
    op.create_index("ix_letter_draft_request_id", "letter_draft", ["request_id"])
    op.create_index("ix_letter_draft_breach_id", "letter_draft", ["breach_id"])

    # An edited template replaces the shipped one for its kind and language; deleting
    # the row restores the default.
    op.create_table(
        "letter_template",
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("language", sa.String(2), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_by", sa.Text(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "language", name="pk_letter_template"),
    )


def downgrade() -> None:
    op.drop_table("letter_template")
    op.drop_table("letter_draft")
    op.drop_table("breach_attachment")
