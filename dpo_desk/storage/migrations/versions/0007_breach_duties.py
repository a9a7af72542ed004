"""Breaches: each notice meets its own duty. Data only, no schema change.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26

Up to 0006 a notice to any authority stopped a breach's clock and made it "notified".
From 0007 only the notice that meets the breach's governing duty does: to the CNIL or
another EU supervisory authority when the GDPR applies (GDPR Art. 33(1); the CNDP is not
a GDPR supervisory authority), to the CNDP otherwise (the organisation's policy: Law
09-08 has no breach-notification duty). See domain/breaches.py, ``duties_for``.

This migration brings the stored rows in line and loses nothing:

- ``deadline_rule``: a breach not under the GDPR that carries ``gdpr-art-33-1`` (a
  breach with no regime was once given the GDPR's rule) gets ``policy-72h``. The app
  derives the rule from the regimes on read anyway; the column is corrected so that the
  file says the same as the screens.
- ``status``: an open breach at "notified" or "communicated" whose governing notice is
  not recorded (a GDPR breach notified to the CNDP only) goes back to where its facts
  lead, as ``domain.breaches.settle`` does: "assessed" when its risk is assessed, else
  "open". Its 72-hour clock runs again, as it should have. Closed breaches stay as
  they were closed.

Each corrected breach gets one journal entry (actor "migration 0007") with the old and
the new values, so the journal still says what the row said before. The logic is
written out here in SQL rather than imported from the domain: a migration must do
tomorrow what it does today.
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

ACTOR = "migration 0007"
RULE_GDPR = "gdpr-art-33-1"
RULE_POLICY = "policy-72h"

_CANDIDATES = sa.text(
    """
    SELECT b.id, b.reference, b.status, b.under_gdpr, b.deadline_rule,
           b.risk_factors IS NOT NULL AS assessed,
           EXISTS (SELECT 1 FROM breach_notification n
                   WHERE n.breach_id = b.id AND n.phase = 'initial'
                     AND n.authority IN ('cnil', 'other')) AS eu_notified,
           EXISTS (SELECT 1 FROM breach_notification n
                   WHERE n.breach_id = b.id AND n.phase = 'initial'
                     AND n.authority = 'cndp') AS cndp_notified
    FROM breach b
    ORDER BY b.id
    """
)


def upgrade() -> None:
    from dpo_desk.storage import audit  # the journal's hash chain, appended as the app does

    conn = op.get_bind()
    now = datetime.now(UTC)
    for row in conn.execute(_CANDIDATES).all():
        values: dict = {}
        if not row.under_gdpr and row.deadline_rule == RULE_GDPR:
            values["deadline_rule"] = RULE_POLICY
        governing_met = row.eu_notified if row.under_gdpr else row.cndp_notified
        if row.status in ("notified", "communicated") and not governing_met:
            values["status"] = "assessed" if row.assessed else "open"
        if not values:
            continue
        conn.execute(
            sa.text(
                "UPDATE breach SET "
                + ", ".join(f"{column} = :{column}" for column in values)
                + ", version = version + 1 WHERE id = :id"
            ),
            {**values, "id": row.id},
        )
        before = {"deadline_rule": row.deadline_rule, "status": row.status}
        audit.append(
            conn,
            at=now,
            actor=ACTOR,
            action="status" if "status" in values else "update",
            entity="breach",
            entity_id=row.reference,
            changes={key: [before[key], value] for key, value in values.items()},
        )


def downgrade() -> None:
    # Nothing to undo: the rows were corrected, not reshaped, and the journal keeps the
    # values they had before.
    pass
