"""Alembic, driven from code: the register file carries its schema revision."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

#: The newest migration's revision (a test checks it against the scripts). Every start
#: opens a register; one already at this revision is opened without importing Alembic,
#: which costs about 0.4 s of start-up, on the CLI and at unlock alike. Alembic is
#: loaded only to migrate, or to judge a revision this constant does not name.
HEAD_REVISION = "0012"


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


@lru_cache(maxsize=1)
def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    return HEAD_REVISION


def scripts_head() -> str:
    """The head as Alembic reads it from the scripts (what HEAD_REVISION must equal)."""
    head = _scripts().get_current_head()
    assert head is not None, "no migration scripts found"
    return head


def is_known(revision: str) -> bool:
    if revision == HEAD_REVISION:
        return True
    return revision in {script.revision for script in _scripts().walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The file's revision, read from Alembic's own table (None for a new file)."""
    with engine.connect() as conn:
        has_table = conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
        ).first()
        if not has_table:
            return None
        revisions = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
        if len(revisions) > 1:  # branches: never made by this app; let Alembic judge
            from alembic.runtime.migration import MigrationContext

            return MigrationContext.configure(conn).get_current_revision()
    return revisions[0] if revisions else None


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    config = _config()
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
        conn.commit()


def downgrade(engine: Engine, revision: str) -> None:
    """Only for tests that need a register "from an older app"."""
    from alembic import command

    config = _config()
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)
        conn.commit()
