"""Rights requests: the organisation's own reference (``external_reference``).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06

A DPO's spreadsheet numbers its requests in its own way ("REQ-001", "BIG-00001"); the
register numbers them DSR-YYYY-NNNN. Up to 0011 an import refused any other form, so a
register moved in from a spreadsheet lost the numbers the organisation's letters and
mails quote, and a second import of the same file could not tell its rows were already
there. From 0012 ``rights_request.external_reference`` keeps that number ("" when there
is none): the import stores it and finds duplicates by it, the export writes it, and the
requests list's search finds it (it joins the full-text index, rebuilt here, as the
other searched columns of 0002).

``ADD COLUMN`` with a constant default rewrites no row; the full-text index is rebuilt
from the table (one pass; a second on a 100,000-request register).
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_BEFORE = ("reference", "requester_name", "requester_email", "subject_name", "notes")
_AFTER = (*_BEFORE, "external_reference")


def _full_text(columns: tuple[str, ...]) -> None:
    """(Re)create the external-content index over ``columns`` and its triggers, and fill
    it from the table."""
    for trigger in ("rights_request_fts_ai", "rights_request_fts_ad", "rights_request_fts_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS rights_request_fts")
    cols = ", ".join(columns)
    new_cols = ", ".join(f"new.{c}" for c in columns)
    old_cols = ", ".join(f"old.{c}" for c in columns)
    op.execute(
        f"CREATE VIRTUAL TABLE rights_request_fts USING fts5({cols}, "
        "content='rights_request', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2')"
    )
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
    op.execute("INSERT INTO rights_request_fts(rights_request_fts) VALUES ('rebuild')")


def upgrade() -> None:
    op.add_column(
        "rights_request",
        sa.Column("external_reference", sa.Text(), nullable=False, server_default=""),
    )
    _full_text(_AFTER)


def downgrade() -> None:
    _full_text(_BEFORE)  # first: the triggers name the column
    op.execute("ALTER TABLE rights_request DROP COLUMN external_reference")
