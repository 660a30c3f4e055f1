"""Events get the day they take on a timeline, so "a few days later" (October) sorts after October 16.

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

from truceline.record import timeline_day

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("sort_date", sa.String(10)))
        batch.create_index("ix_events_sort_date", ["sort_date"])
    events = sa.table("events", sa.column("id", sa.String), sa.column("data", sa.JSON),
                      sa.column("sort_date", sa.String))
    conn = op.get_bind()
    for row in conn.execute(sa.select(events.c.id, events.c.data)).fetchall():
        date = (row.data or {}).get("date") or {}
        day = timeline_day(date.get("value"), date.get("mod"), date.get("anchor"))
        if day:
            conn.execute(events.update().where(events.c.id == row.id).values(sort_date=day))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_index("ix_events_sort_date")
        batch.drop_column("sort_date")
