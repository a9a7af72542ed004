"""Letter drafts: the authority a breach notification is addressed to.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-08

A breach may owe two notices, each to its own authority (domain/breaches.py,
``notification_duties``): the GDPR's (Art. 33) to the CNIL or another EU supervisory
authority, and, under Law 09-08, the organisation's policy notice to the CNDP (the law
has no breach-notification duty). Each gets its own letter, with its own words. Up to
0009 a draft kept its text only and the addressee was derived from the case each time
it was printed, so a draft written to the CNIL could be previewed or issued with the
CNDP's name and address once a CNDP notice was recorded.

From 0010 a draft keeps its addressee (``letter_draft.addressee``): "cndp", "cnil", or
"other:<name>" for another EU authority the DPO named; "" for every other letter. No
existing column could hold it: ``kind`` and ``language`` are parsed as enums everywhere,
and the text is what legal staff edit. Drafts written before 0010 keep "": they are
printed to the addressee derived as before (``services.letters.breach_addressee``).

``ALTER TABLE ... ADD COLUMN`` with a constant default rewrites no row.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "letter_draft",
        sa.Column("addressee", sa.Text(), nullable=False, server_default=""),
    )


def downgrade() -> None:
    with op.batch_alter_table("letter_draft") as batch:
        batch.drop_column("addressee")
