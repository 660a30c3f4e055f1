"""What each page shows, as plain data: the HTML views render it and the JSON API returns it.

Every database read goes through `Store`; this module only shapes the results.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from ..nlp.actors import ActorBase, load_actor_base
from ..record import Actor, Article, Event
from ..store.db import EventRow, StatementRow, Store
from . import markup, timeline


class NotFound(LookupError):
    """What was asked for is not in the record; the message says what."""


class BadFilter(ValueError):
    """A filter value is malformed; the message says which and why."""


def date_filter(name: str, value: str | None) -> str | None:
    """A date filter as YYYY, YYYY-MM or YYYY-MM-DD (as the CLI takes them), or None when empty."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        if re.fullmatch(r"\d{4}(-(0[1-9]|1[0-2]))?", value):
            return value
    raise BadFilter(f"{name} {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")


@dataclass(frozen=True)
class ReportFilters:
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    q: str | None = None

    @classmethod
    def parse(cls, outlet: str | None = None, since: str | None = None, until: str | None = None,
              q: str | None = None) -> "ReportFilters":
        return cls((outlet or "").strip() or None, date_filter("since", since), date_filter("until", until),
                   (q or "").strip() or None)

    def query(self) -> dict[str, str]:
        return {k: v for k, v in (("outlet", self.outlet), ("since", self.since), ("until", self.until),
                                  ("q", self.q)) if v}

    def article_ids(self, store: Store) -> list[str]:
        return store.article_ids(outlet=self.outlet, since=self.since, until=self.until, search=self.q)


def resolve_article(store: Store, given: str) -> str:
    if store.article_summaries([given]):
        return given
    article_id = store.resolve_article_id(given) if re.fullmatch(r"[0-9a-f]{3,64}", given) else None
    if article_id is None:
        raise NotFound(f"there is no report {given!r} in the record")
    return article_id


def published_label(published: dict[str, Any] | None) -> str:
    if not published or not published.get("value"):
        return "date unknown"
    from ..record import TimeValue

    return timeline.date_label(TimeValue(published["value"], published.get("granularity") or "day",
                                         published.get("mod")))


def highlight(text: str, words: str | None) -> Markup:
    """`text` escaped, with every occurrence of `words` (case-insensitive) in <mark>."""
    if not words:
        return escape(text)
    out, at, low, needle = [], 0, text.lower(), words.lower()
    while (i := low.find(needle, at)) >= 0:
        out += [escape(text[at:i]), Markup("<mark>"), escape(text[i:i + len(needle)]), Markup("</mark>")]
        at = i + len(needle)
    out.append(escape(text[at:]))
    return Markup("").join(out)


def snippet(text: str, words: str, width: int = 90) -> str | None:
    i = text.lower().find(words.lower())
    if i < 0:
        return None
    start, end = max(0, i - width), min(len(text), i + len(words) + width)
    return ("…" if start else "") + " ".join(text[start:end].split()) + ("…" if end < len(text) else "")


def statement_link(article_id: str, statement_id: str) -> str:
    return f"/reports/{article_id}#st-{statement_id}"


def event_link(article_id: str, event_id: str) -> str:
    return f"/reports/{article_id}#ev-{event_id}"


# -- reports -----------------------------------------------------------------

def report_list(store: Store, filters: ReportFilters) -> dict[str, Any]:
    """The reports the filters select (with counts), the outlets to filter by, and matching statements."""
    ids = filters.article_ids(store)
    reports = store.article_summaries(ids)
    texts = store.article_texts(ids) if filters.q else {}
    for r in reports:
        r["published_label"] = published_label(r.get("published"))
        r["link"] = f"/reports/{r['id']}"
        r["snippet"] = snippet(texts.get(r["id"], ""), filters.q) if filters.q else None
    statements = []
    if filters.q:
        wanted = set(ids)
        statements = [statement_item(row, titles={r["id"]: r.get("title") for r in reports})
                      for row in store.statements_matching(filters.q) if row.article_id in wanted]
    return {"filters": filters.query(), "reports": reports, "statements": statements,
            "outlets": [{"outlet": o, "reports": n} for o, n in store.outlets()], "total": store.count()}


def statement_item(row: StatementRow, titles: dict[str, str | None] | None = None) -> dict[str, Any]:
    s = row.statement
    item = s.to_dict()
    item.update(article_id=row.article_id, link=statement_link(row.article_id, s.id),
                speaker_label=markup.speaker_label(s), date_label=timeline.date_label(s.date) if s.date else None)
    if titles is not None:
        item["article_title"] = titles.get(row.article_id)
    return item


def reader(store: Store, article_id: str) -> dict[str, Any]:
    """One report: the SPEC article, its sentences ranked for Select important, and its marked-up paragraphs."""
    article_id = resolve_article(store, article_id)
    article: Article = next(store.articles([article_id]))
    sentences = markup.sentences_of(article)
    base = load_actor_base(store.learned_actors())
    return {
        "article": article,
        "head": {k: v for k, v in article.to_dict().items() if k not in ("statements", "events", "text")},
        "published_label": published_label(article.to_dict()["published"]),
        "sentences": sentences,
        "paragraphs": markup.render(article, sentences),
        "actor_names": {a: base.actors[a].name for a in _actor_ids(article) if a in base.actors},
        "tiers": {t: sum(1 for s in sentences if s.tier == t) for t in (1, 2, 3)},
    }


def _actor_ids(article: Article) -> set[str]:
    ids = {sp.actor for s in article.statements for sp in (s.speaker, *s.co_speakers) if sp.actor}
    ids.update(a.actor for e in article.events for a in e.actors)
    ids.update(q.recipient for e in article.events for q in e.quantities if q.recipient)
    return ids


def reader_json(data: dict[str, Any]) -> dict[str, Any]:
    article: Article = data["article"]
    return {"article": article.to_dict(), "published_label": data["published_label"],
            "sentences": [s.to_dict(article.text) for s in data["sentences"]], "actor_names": data["actor_names"]}


# -- timeline ----------------------------------------------------------------

@dataclass(frozen=True)
class TimelineFilters:
    actor: str | None = None
    type: str | None = None
    status: str | None = None
    since: str | None = None
    until: str | None = None

    @classmethod
    def parse(cls, actor: str | None = None, type: str | None = None, status: str | None = None,
              since: str | None = None, until: str | None = None) -> "TimelineFilters":
        from ..record import EVENT_STATUSES, EVENT_TYPES

        type, status = (type or "").strip() or None, (status or "").strip() or None
        if type and type not in EVENT_TYPES:
            raise BadFilter(f"type {type!r} is not an event type (one of {', '.join(EVENT_TYPES)})")
        if status and status not in EVENT_STATUSES:
            raise BadFilter(f"status {status!r} is not an event status (one of {', '.join(EVENT_STATUSES)})")
        return cls((actor or "").strip() or None, type, status, date_filter("since", since),
                   date_filter("until", until))

    def query(self) -> dict[str, str]:
        return {k: v for k, v in vars(self).items() if v}


def event_item(row: EventRow, texts: dict[str, str], titles: dict[str, Any], names: dict[str, str]
               ) -> dict[str, Any]:
    e: Event = row.event
    item = e.to_dict()
    text = texts.get(row.article_id, "")
    item.update(
        article_id=row.article_id, article_title=titles.get(row.article_id), link=event_link(row.article_id, e.id),
        sentence=" ".join(text[e.span[0]:e.span[1]].split()), date_label=timeline.date_label(e.date),
        actor_names={a: names.get(a, a) for a in [*(x.actor for x in e.actors),
                                                   *(q.recipient for q in e.quantities if q.recipient)]},
    )
    return item


def timeline_data(store: Store, filters: TimelineFilters) -> dict[str, Any]:
    """Events by date for the timeline, undated (or only vaguely dated) ones apart, with the overview chart."""
    rows = store.events(type=filters.type, status=filters.status, since=filters.since, until=filters.until,
                        actor=filters.actor)
    ids = sorted({r.article_id for r in rows})
    texts = store.article_texts(ids)
    titles = {s["id"]: s.get("title") for s in store.article_summaries(ids)}
    base = load_actor_base(store.learned_actors())
    names = {a.id: a.name for a in base.actors.values()}
    dated, undated, placed = [], [], []
    for r in rows:
        item = event_item(r, texts, titles, names)
        span = timeline.interval(r.event.date.value if r.event.date else None)
        if span is None:
            undated.append(item)
            continue
        item["interval"] = [span[0].isoformat(), span[1].isoformat()]
        dated.append(item)
        placed.append((r.event.id, r.event.type, r.event.status, span,
                       f"{item['date_label']} · {r.event.type} · {r.event.status}: {r.event.summary}"))
    dated.sort(key=lambda i: (i["interval"][0], i["interval"][1]))
    groups: list[dict[str, Any]] = []
    for item in dated:
        label = f"{dt.date.fromisoformat(item['interval'][0]):%B %Y}"
        if not groups or groups[-1]["label"] != label:
            groups.append({"label": label, "events": []})
        groups[-1]["events"].append(item)
    activity = store.actor_activity()
    actors = sorted(({"id": a, "name": names.get(a, a), "events": n["events"]}
                     for a, n in activity.items() if n["events"]), key=lambda a: a["name"].lower())
    return {"filters": filters.query(), "dated": dated, "undated": undated, "groups": groups,
            "chart": timeline.chart(placed), "actors": actors}


# -- actors ------------------------------------------------------------------

def actor_summary(actor: Actor, activity: dict[str, int] | None) -> dict[str, Any]:
    d = actor.to_dict()
    d.update(statements=(activity or {}).get("statements", 0), events=(activity or {}).get("events", 0),
             link=f"/actors/{actor.id}")
    return d


def actors_index(store: Store) -> dict[str, Any]:
    """The actors the record mentions (as speakers or in events), most active first within each kind."""
    base = load_actor_base(store.learned_actors())
    activity = store.actor_activity()
    listed = [actor_summary(base.actors[a], n) for a, n in activity.items() if a in base.actors]
    listed.sort(key=lambda a: (_KIND_ORDER.get(a["kind"], 9), -(a["statements"] + a["events"]), a["name"]))
    unknown = sorted(a for a in activity if a not in base.actors)
    return {"actors": listed, "unlisted_ids": unknown}


_KIND_ORDER = {"person": 0, "state": 1, "organization": 2, "group": 3, "media": 4}


def actor_page(store: Store, actor_id: str) -> dict[str, Any]:
    """What one actor said, in order, and the events they took part in, by date."""
    base: ActorBase = load_actor_base(store.learned_actors())
    statements = store.statements_by_actor(actor_id)
    event_rows = store.events(actor=actor_id)
    actor = base.actors.get(actor_id)
    if actor is None and not statements and not event_rows:
        raise NotFound(f"there is no actor {actor_id!r} in the record")
    if actor is None:
        actor = Actor(actor_id, actor_id, "person")
    ids = sorted({r.article_id for r in statements} | {r.article_id for r in event_rows})
    summaries = {s["id"]: s for s in store.article_summaries(ids)}
    titles = {i: s.get("title") for i, s in summaries.items()}
    texts = store.article_texts(sorted({r.article_id for r in event_rows}))
    names = {a.id: a.name for a in base.actors.values()}
    said = []
    for row in statements:
        item = statement_item(row, titles)
        head = summaries.get(row.article_id, {})
        item.update(outlet=head.get("outlet"), published_label=published_label(head.get("published")),
                    role="co-speaker" if row.statement.speaker.actor != actor_id else "speaker")
        said.append(item)
    events = []
    for row in event_rows:
        item = event_item(row, texts, titles, names)
        item["roles"] = sorted({a.role for a in row.event.actors if a.actor == actor_id})
        events.append(item)
    country = base.actors.get(actor.country) if actor.country else None
    return {"actor": actor_summary(actor, {"statements": len(said), "events": len(events)}),
            "country": {"id": country.id, "name": country.name} if country else None,
            "statements": said, "events": events}
