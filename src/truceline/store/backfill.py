"""Recomputing what the store derives from an event's record, for migrations."""

import sqlalchemy as sa

from ..record import timeline_day


def event_sort_dates(conn: sa.Connection) -> None:
    """Each stored event's day on the timeline (`record.timeline_day`), from its date in the record."""
    events = sa.table("events", sa.column("id", sa.String), sa.column("data", sa.JSON),
                      sa.column("sort_date", sa.String))
    for row in conn.execute(sa.select(events.c.id, events.c.data)).fetchall():
        date = (row.data or {}).get("date") or {}
        day = timeline_day(date.get("value"), date.get("mod"), date.get("anchor"))
        conn.execute(events.update().where(events.c.id == row.id).values(sort_date=day))
