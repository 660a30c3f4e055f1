"""The store: migrations, one transaction per report, unchanged re-saves, PostgreSQL too."""

import datetime as dt
import json
import os
import uuid

import pytest
from sqlalchemy import create_engine, text

from truceline.errors import StoreError
from truceline.record import Article, Event, EventActor, Published, Quantity, Speaker, Statement, TimeValue
from truceline.store.db import Store


def make_article(article_id="a1", text_="Talks were held, the envoy said.") -> Article:
    st = Statement(f"{article_id}-s1", Speaker("Mikhail Galuzin", "the diplomat", "mikhail-galuzin"), "say",
                   "indirect", "Talks were held", (0, 15))
    ev = Event(f"{article_id}-e1", "talks", "occurred", "were held", (0, len(text_)), "Russia and Ukraine held talks",
               [EventActor("russia"), EventActor("ukraine")], TimeValue("2025-07-23", "day", None, "July 23"),
               "Istanbul", [Quantity(1000, "prisoners", "about", "russia")], st.id)
    return Article(article_id, "file.txt", text_, published=Published("2025-07-24", "day", basis="given"),
                   statements=[st], events=[ev])


def test_round_trip_keeps_every_field(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'r.db'}")
    article = make_article()
    assert store.save(article, "fp1") == "added"
    (loaded,) = store.articles()
    assert loaded.to_dict() == article.to_dict()


def test_same_fingerprint_changes_nothing_and_new_one_replaces(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'r.db'}")
    store.save(make_article(), "fp1")
    assert store.save(make_article(), "fp1") == "unchanged"
    changed = make_article(text_="Talks were held again, the envoy said.")
    assert store.save(changed, "fp2") == "updated"
    assert store.count()["articles"] == 1
    assert next(store.articles()).text.startswith("Talks were held again")
    assert len(store.events(actor="russia")) == 1


def test_failed_save_leaves_no_half_report_and_keeps_the_rest(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'r.db'}")
    store.save(make_article("good"), "fp")
    broken = make_article("bad")
    broken.statements.append(broken.statements[0])  # duplicate id: the insert fails midway
    with pytest.raises(StoreError, match="could not store"):
        store.save(broken, "fp")
    assert store.article_ids() == ["good"]
    assert store.count()["statements"] == 1


def test_schema_is_migrated_and_versioned(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'r.db'}")
    assert store.schema_version() == "0003"
    Store(f"sqlite:///{tmp_path / 'r.db'}")  # opening again is a no-op, not an error


def old_database(url: str, revision: str, date: TimeValue, sort_date: str | None = None) -> None:
    """A database left at an earlier schema, with one event of `date` in it."""
    from alembic import command
    from sqlalchemy import create_engine, insert

    from truceline.store import schema as t
    from truceline.store.db import _alembic_config

    engine = create_engine(url)
    with engine.begin() as conn:
        cfg = _alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        event = make_article().events[0]
        event.date = date
        conn.execute(insert(t.articles).values(
            id="a1", source="s", published_basis="given", language="en", text="x", fingerprint="f",
            ingested_at=dt.datetime.now(), data={"id": "a1", "source": "s", "text": "x"}))
        columns, values = "id, article_id, seq, type, status, date, place, data", "?, 'a1', 0, 'talks', 'occurred', ?, NULL, ?"
        params = (event.id, date.value, json.dumps(event.to_dict()))
        if sort_date is not None:
            columns, values, params = columns + ", sort_date", values + ", ?", params + (sort_date,)
        conn.exec_driver_sql(f"INSERT INTO events ({columns}) VALUES ({values})", params)
    engine.dispose()


def stored_sort_date(url: str) -> str:
    from sqlalchemy import select

    from truceline.store import schema as t

    store = Store(url)
    assert store.schema_version() == "0003"
    with store.engine.connect() as conn:
        return conn.scalar(select(t.events.c.sort_date))


def test_migration_backfills_timeline_days(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    old_database(url, "0001", TimeValue("2025-10", "month", None, "a few days later", "previous"))
    assert stored_sort_date(url) == "2025-10-31"


def test_migration_gives_weeks_and_seasons_their_days(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    old_database(url, "0002", TimeValue("2025-W43", "week", None, "last week", "published"), "2025-01-01")
    assert stored_sort_date(url) == "2025-10-20"


def test_unusable_database_is_a_store_error(tmp_path):
    (tmp_path / "dir.db").mkdir()
    with pytest.raises(StoreError):
        Store(f"sqlite:///{tmp_path / 'dir.db'}")


POSTGRES = os.environ.get("TRUCELINE_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


@pytest.fixture
def postgres_url():
    try:
        admin = create_engine(POSTGRES, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            name = f"truceline_test_{uuid.uuid4().hex[:8]}"
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # no server here: the SQLite tests cover the logic
        pytest.skip(f"PostgreSQL not reachable at {POSTGRES}: {exc.__class__.__name__}")
    yield POSTGRES.rsplit("/", 1)[0] + "/" + name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def test_postgresql_works_as_the_store(postgres_url):
    store = Store(postgres_url)
    article = make_article()
    assert store.save(article, "fp1") == "added"
    assert store.save(article, "fp1") == "unchanged"
    assert next(store.articles()).to_dict() == article.to_dict()
    assert [r.event.place for r in store.events(since="2025-07")] == ["Istanbul"]
    store.close()
