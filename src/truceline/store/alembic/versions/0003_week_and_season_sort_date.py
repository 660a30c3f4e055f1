"""Weeks, quarters and seasons take their own days on the timeline ("2025-W43" is October 20, not January 1).

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

from truceline.record import timeline_day

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    events = sa.table("events", sa.column("id", sa.String), sa.column("data", sa.JSON),
                      sa.column("sort_date", sa.String))
    conn = op.get_bind()
    for row in conn.execute(sa.select(events.c.id, events.c.data)).fetchall():
        date = (row.data or {}).get("date") or {}
        day = timeline_day(date.get("value"), date.get("mod"), date.get("anchor"))
        conn.execute(events.update().where(events.c.id == row.id).values(sort_date=day))


def downgrade() -> None:
    pass  # the days of 0002 were only coarser; nothing to undo
