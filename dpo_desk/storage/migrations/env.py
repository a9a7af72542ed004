"""Alembic environment: always given a live connection by dpo_desk.storage.migrate."""

from alembic import context

from dpo_desk.storage.schema import metadata

connection = context.config.attributes["connection"]
# render_as_batch: SQLite cannot ALTER most things, so Alembic copies-and-moves tables.
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
