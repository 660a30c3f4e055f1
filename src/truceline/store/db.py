"""All database access: open (and migrate), save a report in one transaction, query the record.

SQLAlchemy Core keeps the SQL portable, so a PostgreSQL URL works where the
default SQLite file does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, delete, event, func, insert, or_, select
from sqlalchemy.exc import SQLAlchemyError

from ..errors import StoreError
from ..record import Actor, Article, Event, Published, Statement, Translation
from . import schema as t

SaveResult = Literal["added", "updated", "unchanged"]
_ALEMBIC_DIR = Path(__file__).parent / "alembic"


@dataclass(frozen=True)
class EventRow:
    article_id: str
    event: Event


@dataclass(frozen=True)
class StatementRow:
    article_id: str
    statement: Statement


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(_ALEMBIC_DIR))
    return cfg


def _sqlite_foreign_keys(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


class Store:
    """The record in a database. `Store(url)` opens it and brings its schema up to date."""

    def __init__(self, url: str):
        self.url = url
        try:
            self.engine: Engine = create_engine(url)
        except (SQLAlchemyError, ImportError, ValueError) as exc:
            raise StoreError(f"cannot open the database {url!r}: {exc}") from None
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_foreign_keys)
        self.migrate()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema ------------------------------------------------------------

    def migrate(self) -> None:
        """Apply every migration the database has not had yet."""
        cfg = _alembic_config()
        try:
            with self.engine.begin() as conn:
                current = MigrationContext.configure(conn).get_current_revision()
                head = ScriptDirectory.from_config(cfg).get_current_head()
                if current == head:
                    return
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open or migrate the database {self.url!r}: {exc.__class__.__name__}: "
                             f"{str(exc).splitlines()[0]}") from None

    def schema_version(self) -> str | None:
        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    # -- writing -----------------------------------------------------------

    def fingerprint(self, article_id: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.scalar(select(t.articles.c.fingerprint).where(t.articles.c.id == article_id))

    def save(self, article: Article, fingerprint: str, learned: Iterable[Actor] = ()) -> SaveResult:
        """Store one report with its statements, events and learned actors, all or nothing."""
        try:
            with self.engine.begin() as conn:
                old = conn.scalar(select(t.articles.c.fingerprint).where(t.articles.c.id == article.id))
                if old == fingerprint:
                    return "unchanged"
                if old is not None:
                    event_ids = select(t.events.c.id).where(t.events.c.article_id == article.id)
                    conn.execute(delete(t.event_actors).where(t.event_actors.c.event_id.in_(event_ids)))
                    conn.execute(delete(t.events).where(t.events.c.article_id == article.id))
                    conn.execute(delete(t.statements).where(t.statements.c.article_id == article.id))
                    conn.execute(delete(t.articles).where(t.articles.c.id == article.id))
                self._insert(conn, article, fingerprint)
                for actor in learned:
                    self._upsert_actor(conn, actor, article.id)
                return "added" if old is None else "updated"
        except SQLAlchemyError as exc:
            raise StoreError(f"could not store {article.source}: {exc.__class__.__name__}: "
                             f"{str(exc).splitlines()[0]}") from None

    def _insert(self, conn: Any, article: Article, fingerprint: str) -> None:
        head = article.to_dict()
        head.pop("statements")
        head.pop("events")
        published = article.published
        conn.execute(insert(t.articles).values(
            id=article.id, source=article.source, url=article.url, outlet=article.outlet, title=article.title,
            published=published.value if published else None,
            published_basis=published.basis if published else "unknown",
            language=article.language, text=article.text, fingerprint=fingerprint,
            ingested_at=dt.datetime.now(dt.timezone.utc), data=head,
        ))
        if article.statements:
            conn.execute(insert(t.statements), [
                dict(id=s.id, article_id=article.id, seq=i, speaker_actor=s.speaker.actor, speaker_name=s.speaker.name,
                     cue=s.cue, kind=s.kind, content=s.content, date=s.date.value if s.date else None,
                     data=s.to_dict())
                for i, s in enumerate(article.statements)
            ])
        if article.events:
            conn.execute(insert(t.events), [
                dict(id=e.id, article_id=article.id, seq=i, type=e.type, status=e.status,
                     date=e.date.value if e.date else None, sort_date=e.date.timeline_day() if e.date else None,
                     place=e.place, data=e.to_dict())
                for i, e in enumerate(article.events)
            ])
            links = {(e.id, a.actor, a.role) for e in article.events for a in e.actors}
            if links:
                conn.execute(insert(t.event_actors),
                             [dict(event_id=e, actor_id=a, role=r) for e, a, r in sorted(links)])

    def _upsert_actor(self, conn: Any, actor: Actor, article_id: str) -> None:
        known = conn.execute(select(t.actors.c.data).where(t.actors.c.id == actor.id)).first()
        if known is None:
            conn.execute(insert(t.actors).values(
                id=actor.id, name=actor.name, kind=actor.kind, country=actor.country, origin=actor.origin,
                first_seen=article_id, data=actor.to_dict()))
            return
        merged = Actor.from_dict(known.data)
        changed = False
        for alias in actor.aliases:
            if alias not in merged.aliases:
                merged.aliases.append(alias)
                changed = True
        for role in actor.roles:
            if role.title not in {r.title for r in merged.roles}:
                merged.roles.append(role)
                changed = True
        if changed:
            conn.execute(t.actors.update().where(t.actors.c.id == actor.id).values(data=merged.to_dict()))

    # -- reading -----------------------------------------------------------

    def learned_actors(self) -> list[Actor]:
        with self.engine.connect() as conn:
            return [Actor.from_dict(r.data) for r in conn.execute(select(t.actors.c.data).order_by(t.actors.c.id))]

    def count(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {name: conn.scalar(select(func.count()).select_from(table)) or 0
                    for name, table in (("articles", t.articles), ("statements", t.statements),
                                        ("events", t.events), ("actors", t.actors))}

    def article_ids(self, *, outlet: str | None = None, since: str | None = None, until: str | None = None,
                    search: str | None = None) -> list[str]:
        q = select(t.articles.c.id).order_by(t.articles.c.published.is_(None), t.articles.c.published, t.articles.c.id)
        if outlet:
            q = q.where(t.articles.c.outlet == outlet)
        if since:
            q = q.where(t.articles.c.published >= since)
        if until:
            q = q.where(t.articles.c.published <= until + "\uffff")
        if search:
            like = f"%{search}%"
            in_statements = select(t.statements.c.article_id).where(t.statements.c.content.ilike(like))
            q = q.where(or_(t.articles.c.text.ilike(like), t.articles.c.title.ilike(like),
                            t.articles.c.id.in_(in_statements)))
        with self.engine.connect() as conn:
            return list(conn.scalars(q))

    def resolve_article_id(self, prefix: str) -> str | None:
        """The id of the one article whose id starts with `prefix` (ids are long; people type a few characters)."""
        with self.engine.connect() as conn:
            ids = list(conn.scalars(select(t.articles.c.id).where(t.articles.c.id.like(f"{prefix}%")).limit(2)))
        return ids[0] if len(ids) == 1 else None

    def articles(self, ids: list[str] | None = None) -> Iterator[Article]:
        """Whole articles (with statements and events), in the order of `ids` or by publication date."""
        ids = self.article_ids() if ids is None else ids
        with self.engine.connect() as conn:
            for article_id in ids:
                row = conn.execute(select(t.articles.c.data).where(t.articles.c.id == article_id)).first()
                if row is None:
                    continue
                sts = conn.scalars(select(t.statements.c.data).where(t.statements.c.article_id == article_id)
                                   .order_by(t.statements.c.seq))
                evs = conn.scalars(select(t.events.c.data).where(t.events.c.article_id == article_id)
                                   .order_by(t.events.c.seq))
                yield _article_from(row.data, list(sts), list(evs))

    def statements(self, *, speaker: str | None = None, article_id: str | None = None) -> list[StatementRow]:
        q = select(t.statements.c.article_id, t.statements.c.data).order_by(t.statements.c.article_id,
                                                                             t.statements.c.seq)
        if speaker:
            like = f"%{speaker}%"
            q = q.where(or_(t.statements.c.speaker_name.ilike(like), t.statements.c.speaker_actor == speaker))
        if article_id:
            q = q.where(t.statements.c.article_id == article_id)
        with self.engine.connect() as conn:
            return [StatementRow(r.article_id, Statement.from_dict(r.data)) for r in conn.execute(q)]

    def events(self, *, type: str | None = None, status: str | None = None, since: str | None = None,
               until: str | None = None, actor: str | None = None) -> list[EventRow]:
        """Events by date (undated last), filtered by type, status, date range and actor id."""
        q = select(t.events.c.article_id, t.events.c.data).order_by(
            t.events.c.sort_date.is_(None), t.events.c.sort_date, t.events.c.date, t.events.c.article_id, t.events.c.seq)
        if type:
            q = q.where(t.events.c.type == type)
        if status:
            q = q.where(t.events.c.status == status)
        if since:
            q = q.where(t.events.c.date >= since)
        if until:
            q = q.where(t.events.c.date <= until + "\uffff")
        if actor:
            q = q.where(t.events.c.id.in_(select(t.event_actors.c.event_id).where(t.event_actors.c.actor_id == actor)))
        with self.engine.connect() as conn:
            return [EventRow(r.article_id, Event.from_dict(r.data)) for r in conn.execute(q)]

    # -- reading, for the web reader --------------------------------------

    def article_summaries(self, ids: list[str]) -> list[dict[str, Any]]:
        """One row per article, in the order of `ids`: the SPEC head without text, with statement and event counts."""
        if not ids:
            return []
        n_statements = (select(t.statements.c.article_id, func.count().label("n"))
                        .group_by(t.statements.c.article_id).subquery())
        n_events = select(t.events.c.article_id, func.count().label("n")).group_by(t.events.c.article_id).subquery()
        q = (select(t.articles.c.id, t.articles.c.data, t.articles.c.ingested_at,
                    func.coalesce(n_statements.c.n, 0).label("statements"),
                    func.coalesce(n_events.c.n, 0).label("events"))
             .outerjoin(n_statements, n_statements.c.article_id == t.articles.c.id)
             .outerjoin(n_events, n_events.c.article_id == t.articles.c.id)
             .where(t.articles.c.id.in_(ids)))
        with self.engine.connect() as conn:
            rows = {r.id: r for r in conn.execute(q)}
        out = []
        for article_id in ids:
            r = rows.get(article_id)
            if r is None:
                continue
            head = {k: v for k, v in r.data.items() if k != "text"}
            head.update(statements=r.statements, events=r.events, characters=len(r.data.get("text") or ""))
            out.append(head)
        return out

    def outlets(self) -> list[tuple[str, int]]:
        """The outlets in the record with how many reports each, most reports first."""
        q = (select(t.articles.c.outlet, func.count().label("n")).where(t.articles.c.outlet.is_not(None))
             .group_by(t.articles.c.outlet).order_by(func.count().desc(), t.articles.c.outlet))
        with self.engine.connect() as conn:
            return [(r.outlet, r.n) for r in conn.execute(q)]

    def statements_by_actor(self, actor_id: str) -> list[StatementRow]:
        """What an actor said (as speaker or co-speaker), in the order of the reports' dates, then of the text."""
        from sqlalchemy import Text, cast

        q = (select(t.statements.c.article_id, t.statements.c.data)
             .join(t.articles, t.articles.c.id == t.statements.c.article_id)
             .where(or_(t.statements.c.speaker_actor == actor_id,
                        cast(t.statements.c.data, Text).like(f"%{actor_id}%")))
             .order_by(t.articles.c.published.is_(None), t.articles.c.published, t.articles.c.id,
                       t.statements.c.seq))
        with self.engine.connect() as conn:
            rows = [StatementRow(r.article_id, Statement.from_dict(r.data)) for r in conn.execute(q)]
        return [r for r in rows
                if actor_id in {s.actor for s in (r.statement.speaker, *r.statement.co_speakers)}]

    def statements_matching(self, words: str, limit: int = 200) -> list[StatementRow]:
        """Statements whose content or speaker contains `words` (case-insensitive), by report date."""
        like = f"%{words}%"
        q = (select(t.statements.c.article_id, t.statements.c.data)
             .join(t.articles, t.articles.c.id == t.statements.c.article_id)
             .where(or_(t.statements.c.content.ilike(like), t.statements.c.speaker_name.ilike(like)))
             .order_by(t.articles.c.published.is_(None), t.articles.c.published, t.articles.c.id,
                       t.statements.c.seq)
             .limit(limit))
        with self.engine.connect() as conn:
            return [StatementRow(r.article_id, Statement.from_dict(r.data)) for r in conn.execute(q)]

    def actor_activity(self) -> dict[str, dict[str, int]]:
        """Per actor id: how many statements it made (as main speaker) and how many events it took part in."""
        activity: dict[str, dict[str, int]] = {}
        with self.engine.connect() as conn:
            for r in conn.execute(select(t.statements.c.speaker_actor, func.count().label("n"))
                                  .where(t.statements.c.speaker_actor.is_not(None))
                                  .group_by(t.statements.c.speaker_actor)):
                activity.setdefault(r.speaker_actor, {"statements": 0, "events": 0})["statements"] = r.n
            for r in conn.execute(select(t.event_actors.c.actor_id, func.count(func.distinct(t.event_actors.c.event_id))
                                         .label("n")).group_by(t.event_actors.c.actor_id)):
                activity.setdefault(r.actor_id, {"statements": 0, "events": 0})["events"] = r.n
        return activity

    def article_texts(self, ids: list[str]) -> dict[str, str]:
        """The cleaned text of each article, by id (for quoting the sentence an event comes from)."""
        if not ids:
            return {}
        with self.engine.connect() as conn:
            return {r.id: r.text for r in conn.execute(select(t.articles.c.id, t.articles.c.text)
                                                       .where(t.articles.c.id.in_(ids)))}


def _article_from(head: dict[str, Any], statements: list[dict], events: list[dict]) -> Article:
    pub = head.get("published") or {}
    published = Published(**{k: pub.get(k) for k in ("value", "granularity", "mod", "text", "anchor", "basis")
                              if k in pub}) if pub.get("value") or pub.get("basis") else None
    return Article(
        id=head["id"], source=head["source"], text=head["text"], url=head.get("url"), outlet=head.get("outlet"),
        title=head.get("title"), published=published, language=head.get("language", "en"),
        translation=Translation.from_dict(head.get("translation")),
        statements=[Statement.from_dict(s) for s in statements],
        events=[Event.from_dict(e) for e in events],
    )
