"""List performance at 100,000 requests: indexes for the filters and sorts that scanned.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25

Measured by `make bench` (docs/performance.md, 100,000 requests):
- the regime filters counted by scanning the table (≈115 ms): (flag, due_on, id)
  indexes, so a regime's count reads an index range and its first page walks the index
  in the list's default order (≈5-10 ms);
- the right filter (``rights LIKE '%,portability,%'``) scanned the rows (≈190 ms): a
  covering index on rights, so the count scans a narrow index instead (≈13 ms);
- sorting by reference (its length, then its text, so that DSR-2026-10000 follows
  DSR-2026-09999) sorted the whole table (≈130 ms): an index on that very expression
  (≈4 ms).
- the journal's filter choices (DISTINCT entity, action, actor) read the whole journal,
  one request's history (entity, entity_id) too: indexes on those columns, so the
  journal page no longer costs ≈0.8 s at unlock on a 100,000-request register.
The search needed no schema change (see storage/requests.py: count in the FTS index,
page through the index of the list's order, no one-character prefixes).
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_rights_request_rights", "rights_request", ["rights"])
    op.create_index(
        "ix_rights_request_gdpr_due", "rights_request", ["under_gdpr", "due_on", "id"]
    )
    op.create_index(
        "ix_rights_request_law_09_08_due", "rights_request", ["under_law_09_08", "due_on", "id"]
    )
    op.execute(
        "CREATE INDEX ix_rights_request_reference_order "
        "ON rights_request (length(reference), reference, id)"
    )
    op.create_index("ix_audit_log_entity", "audit_log", ["entity", "entity_id"])
    op.create_index("ix_audit_log_action", "audit_log", ["action"])
    op.create_index("ix_audit_log_actor", "audit_log", ["actor"])


def downgrade() -> None:
    op.drop_index("ix_audit_log_actor", "audit_log")
    op.drop_index("ix_audit_log_action", "audit_log")
    op.drop_index("ix_audit_log_entity", "audit_log")
    op.execute("DROP INDEX IF EXISTS ix_rights_request_reference_order")
    op.drop_index("ix_rights_request_law_09_08_due", "rights_request")
    op.drop_index("ix_rights_request_gdpr_due", "rights_request")
    op.drop_index("ix_rights_request_rights", "rights_request")
