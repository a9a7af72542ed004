"""CNDP filings: the items a declaration lacked, transfer exceptions, the filing tracker.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06

Law 09-08 sets three formalities (prior declaration, prior authorisation, transfer
authorisation: arts. 12, 15, 43-44). To tell which ones an activity needs and to
prepare the dossier, the register gains:

- on ``processing_activity``: ``interconnections`` (art. 15 (i); any interconnection
  puts the processing under authorisation, art. 12) and ``collected_for`` (art. 12: a
  purpose other than the one the data were collected for);
- on ``data_transfer``: ``law_exception``, the 09-08 exception (arts. 43-44) that lets
  a transfer go without the CNDP's authorisation, NULL when none is claimed;
- on ``organisation``: its legal identifiers, the signatory and the signatory's title,
  whether it is established in Morocco and, if not, its representative there
  (art. 15 (a)), and whether the GDPR also applies (for the information notice);
- ``cndp_filing``: the tracker, one row per activity and formality once the DPO has
  recorded something about it.

Nothing is copied: an activity whose receipt an older register kept in
``processing_activity.cndp_receipt`` shows that formality as granted until the DPO
records more (``domain.filings.derived_filing``), so an old file opens with every
receipt it had. ``ADD COLUMN`` with a constant default rewrites no row.
"""

import sqlalchemy as sa
from alembic import op

from dpo_desk.storage.types import UTCDateTime

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def _text(name: str) -> sa.Column:
    return sa.Column(name, sa.Text(), nullable=False, server_default="")


def upgrade() -> None:
    op.add_column("processing_activity", _text("interconnections"))
    op.add_column("processing_activity", _text("collected_for"))
    op.add_column("data_transfer", sa.Column("law_exception", sa.String(30)))
    for name in ("legal_identifiers", "signatory_name", "signatory_title"):
        op.add_column("organisation", _text(name))
    op.add_column(
        "organisation",
        sa.Column("established_in_morocco", sa.Boolean(), nullable=False, server_default=sa.true()),
    )
    op.add_column("organisation", _text("representative"))
    op.add_column(
        "organisation",
        sa.Column("gdpr_applies", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "cndp_filing",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "activity_id",
            sa.Integer(),
            sa.ForeignKey("processing_activity.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("status", sa.String(30), nullable=False),
        sa.Column("filed_on", sa.Date()),
        sa.Column("channel", sa.String(20)),
        _text("receipt"),
        sa.Column("receipt_on", sa.Date()),
        sa.Column("ended_on", sa.Date()),
        sa.Column("changes", sa.Text(), nullable=False, server_default="[]"),
        _text("note"),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.UniqueConstraint("activity_id", "kind", name="uq_cndp_filing_activity_kind"),
    )
    op.create_index("ix_cndp_filing_activity_id", "cndp_filing", ["activity_id"])


def downgrade() -> None:
    op.drop_index("ix_cndp_filing_activity_id", "cndp_filing")
    op.drop_table("cndp_filing")
    with op.batch_alter_table("organisation") as batch:
        for name in (
            "gdpr_applies",
            "representative",
            "established_in_morocco",
            "signatory_title",
            "signatory_name",
            "legal_identifiers",
        ):
            batch.drop_column(name)
    with op.batch_alter_table("data_transfer") as batch:
        batch.drop_column("law_exception")
    with op.batch_alter_table("processing_activity") as batch:
        batch.drop_column("collected_for")
        batch.drop_column("interconnections")
