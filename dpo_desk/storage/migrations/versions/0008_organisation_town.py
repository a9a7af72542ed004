"""The organisation's town, for the date line of its letters.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06

A letter is dated "Casablanca, le 6 décembre 2026" / "الدار البيضاء في ...": the place
is the town the organisation writes from. Up to 0007 the letter took the last line of
the address, which gave "Maroc, le ..." or a district ("Najhine, le ..."). From 0008
the organisation has a ``town`` of its own (settings, ``dpo-desk init --town``), and a
letter whose organisation has none carries the date alone: nothing is guessed at print
time any more.

This migration adds the column (Text, not null, default "") and fills it once, from the
address's postcode line: Moroccan postcodes are five digits, and the town stands next
to them ("20000 Casablanca", "20250 Casablanca, Maroc", "الدار البيضاء 20000"). An
address without such a line (a street and a district, a "BP 123", a country alone)
leaves the town empty rather than guessing a street, a district or "Maroc": the DPO
fills it in the settings. The guess gets one journal entry (actor "migration 0008") in
the organisation's own pattern (the names of the changed fields), so the journal says
where the value came from.

The logic is written out here rather than imported from the domain: a migration must
do tomorrow what it does today.
"""

import re
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

ACTOR = "migration 0008"

# A postcode standing alone, before or after the town. \d also matches Arabic-Indic
# digits ("٢٠٠٠٠"), which an Arabic address may use.
_POSTCODE_FIRST = re.compile(r"^(?P<code>\d{5})\s+(?P<town>\S.*)$")
_POSTCODE_LAST = re.compile(r"^(?P<town>.*\S)\s+(?P<code>\d{5})$")
# A post-office box is not a postcode line, whatever its number ("BP 12345", "ص.ب").
_BOX = re.compile(r"^(b\.?\s*p\.?|boite postale|boîte postale|ص\.?\s*ب\.?)(\s|\d|$)", re.I)
# "20000 Casablanca Maroc": the country, when it shares the town's part, is dropped.
_COUNTRY = re.compile(r"\s+(maroc|morocco|المغرب|المملكة المغربية)$", re.I)
_LONGEST_TOWN = 60  # "Kasba Tadla", "Sidi Slimane Echcharraa": never a sentence


def guess_town(address: str) -> str:
    """The town of the address's postcode line, or "" when there is none."""
    for line in address.splitlines():
        # A one-line address separates its parts with commas ("..., 20000 Casablanca,
        # Maroc"), "-" too ("90000 Tanger - Maroc"); the Arabic comma as well.
        for part in re.split(r"[,،;]|\s[-–/]\s", line):
            part = part.strip(" \t-–.")
            if not part or _BOX.match(part):
                continue
            match = _POSTCODE_FIRST.match(part) or _POSTCODE_LAST.match(part)
            if match is None:
                continue
            town = _COUNTRY.sub("", match.group("town").strip(" \t-–.")).strip()
            if town and len(town) <= _LONGEST_TOWN and not any(c.isdigit() for c in town):
                return town
    return ""


def upgrade() -> None:
    from dpo_desk.storage import audit  # the journal's hash chain, appended as the app does

    op.add_column("organisation", sa.Column("town", sa.Text(), nullable=False, server_default=""))
    conn = op.get_bind()
    row = conn.execute(sa.text("SELECT address FROM organisation WHERE id = 1")).first()
    town = guess_town(row.address or "") if row is not None else ""
    if not town:
        return
    conn.execute(sa.text("UPDATE organisation SET town = :town WHERE id = 1"), {"town": town})
    audit.append(
        conn,
        at=datetime.now(UTC),
        actor=ACTOR,
        action="update",
        entity="organisation",
        entity_id="1",
        changes={"fields": ["town"]},
    )


def downgrade() -> None:
    # SQLite drops a column in place (3.35+; SQLCipher ships a newer one): no table
    # rebuild, so the table keeps its single-row check.
    op.execute("ALTER TABLE organisation DROP COLUMN town")
