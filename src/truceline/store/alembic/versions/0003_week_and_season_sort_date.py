"""Weeks, quarters and seasons take their own days on the timeline ("2025-W43" is October 20, not January 1).

Revision ID: 0003
Revises: 0002
"""
from alembic import op

from truceline.store.backfill import event_sort_dates

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    event_sort_dates(op.get_bind())


def downgrade() -> None:
    pass  # the days of 0002 were only coarser; nothing to undo
