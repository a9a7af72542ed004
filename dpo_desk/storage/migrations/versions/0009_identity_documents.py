"""Identity documents: mark which attachments are proofs of identity.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-08

The identity-request letter promises that the copy of an identity document is used
only to check who is asking and deleted once checked (GDPR Art. 5(1)(c) and 5(1)(e),
Art. 12(6); Law 09-08 art. 3). To keep that promise the register must know which
attachments are such copies. From 0009 a request's attachment has a ``purpose``:
"identity" for a proof of identity, "other" for everything else.

This migration adds the column (String, not null, default "other"). Every attachment
already in the register stays "other": nothing in a file name or a media type says
reliably that a scan is an identity card, and guessing wrong either way is worse
(a wrong "identity" would be offered for deletion, a missed one is no worse than
before). The DPO marks new ones as they are added.

When the identity was checked is already recorded (``rights_request.identity_checked_on``
with ``identity_status``), so no other column is needed: the deletion date is computed
from it and the request's closure (``domain.retention.identity_copy_delete_by``).

``ALTER TABLE ... ADD COLUMN`` with a constant default rewrites no row: the attachment
table holds the files themselves, and a 25 MB scan is not copied to add a word.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "request_attachment",
        sa.Column("purpose", sa.String(20), nullable=False, server_default="other"),
    )


def downgrade() -> None:
    # SQLite drops a column by rebuilding the table; the files are copied, not lost.
    with op.batch_alter_table("request_attachment") as batch:
        batch.drop_column("purpose")
