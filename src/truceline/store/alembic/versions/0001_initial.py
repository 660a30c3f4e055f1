"""The first schema: articles, statements, events, event actors, actors.

Revision ID: 0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("outlet", sa.String(200)),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.String(40)),
        sa.Column("published_basis", sa.String(20), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_table(
        "statements",
        sa.Column("id", sa.String(80), primary_key=True),
        sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("speaker_actor", sa.String(120)),
        sa.Column("speaker_name", sa.String(200), nullable=False),
        sa.Column("cue", sa.String(60), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("date", sa.String(40)),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_index("ix_statements_article", "statements", ["article_id"])
    op.create_index("ix_statements_speaker", "statements", ["speaker_actor"])
    op.create_table(
        "events",
        sa.Column("id", sa.String(80), primary_key=True),
        sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("type", sa.String(20), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("date", sa.String(40)),
        sa.Column("place", sa.String(120)),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_index("ix_events_article", "events", ["article_id"])
    op.create_index("ix_events_type_date", "events", ["type", "date"])
    op.create_table(
        "event_actors",
        sa.Column("event_id", sa.String(80), sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("actor_id", sa.String(120), primary_key=True),
        sa.Column("role", sa.String(20), primary_key=True),
    )
    op.create_index("ix_event_actors_actor", "event_actors", ["actor_id"])
    op.create_table(
        "actors",
        sa.Column("id", sa.String(120), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("country", sa.String(120)),
        sa.Column("origin", sa.String(10), nullable=False),
        sa.Column("first_seen", sa.String(64)),
        sa.Column("data", sa.JSON, nullable=False),
    )


def downgrade() -> None:
    for table in ("event_actors", "events", "statements", "articles", "actors"):
        op.drop_table(table)
