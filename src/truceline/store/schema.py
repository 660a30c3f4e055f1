"""The tables of the record. Column types are portable: SQLite by default, PostgreSQL for teams.

Each layer keeps the fields people filter on as columns and the whole SPEC
object as JSON, so export is exact and queries stay simple.
"""

from sqlalchemy import JSON, Column, DateTime, ForeignKey, Index, Integer, MetaData, String, Table, Text

metadata = MetaData()

articles = Table(
    "articles", metadata,
    Column("id", String(64), primary_key=True),
    Column("source", Text, nullable=False),
    Column("url", Text),
    Column("outlet", String(200)),
    Column("title", Text),
    Column("published", String(40)),  # TIME value, for sorting and filtering
    Column("published_basis", String(20), nullable=False),
    Column("language", String(8), nullable=False),
    Column("text", Text, nullable=False),
    Column("fingerprint", String(64), nullable=False),  # content + pipeline version: unchanged means skip
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("data", JSON, nullable=False),  # the SPEC ARTICLE without statements and events
)

statements = Table(
    "statements", metadata,
    Column("id", String(80), primary_key=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("speaker_actor", String(120)),
    Column("speaker_name", String(200), nullable=False),
    Column("cue", String(60), nullable=False),
    Column("kind", String(10), nullable=False),
    Column("content", Text, nullable=False),
    Column("date", String(40)),
    Column("data", JSON, nullable=False),
    Index("ix_statements_article", "article_id"),
    Index("ix_statements_speaker", "speaker_actor"),
)

events = Table(
    "events", metadata,
    Column("id", String(80), primary_key=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("type", String(20), nullable=False),
    Column("status", String(20), nullable=False),
    Column("date", String(40)),
    Column("sort_date", String(10)),  # the day it takes on a timeline (see TimeValue.timeline_day)
    Column("place", String(120)),
    Column("data", JSON, nullable=False),
    Index("ix_events_article", "article_id"),
    Index("ix_events_type_date", "type", "date"),
    Index("ix_events_sort_date", "sort_date"),
)

event_actors = Table(
    "event_actors", metadata,
    Column("event_id", String(80), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("actor_id", String(120), primary_key=True),
    Column("role", String(20), primary_key=True),
    Index("ix_event_actors_actor", "actor_id"),
)

actors = Table(
    "actors", metadata,
    Column("id", String(120), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("country", String(120)),
    Column("origin", String(10), nullable=False),
    Column("first_seen", String(64)),  # the article that taught us a learned actor
    Column("data", JSON, nullable=False),
)

