"""Events get the day they take on a timeline, so "a few days later" (October) sorts after October 16.

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

from truceline.store.backfill import event_sort_dates

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("sort_date", sa.String(10)))
        batch.create_index("ix_events_sort_date", ["sort_date"])
    event_sort_dates(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_index("ix_events_sort_date")
        batch.drop_column("sort_date")
