"""The SPEC export document, and the same record as JSON lines or CSV tables."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..nlp.actors import ActorBase, load_actor_base
from ..record import Article
from ..store.db import Store

FORMAT = "truceline/1"


def referenced_actors(articles: Iterable[Article], base: ActorBase) -> list[dict[str, Any]]:
    """Every actor the articles point to, with the countries those actors belong to."""
    wanted: set[str] = set()
    for a in articles:
        for s in a.statements:
            wanted.update(sp.actor for sp in [s.speaker, *s.co_speakers] if sp.actor)
        for e in a.events:
            wanted.update(x.actor for x in e.actors)
            wanted.update(q.recipient for q in e.quantities if q.recipient)
    closure = set()
    todo = list(wanted)
    while todo:
        actor_id = todo.pop()
        if actor_id in closure or actor_id not in base.actors:
            continue
        closure.add(actor_id)
        country = base.actors[actor_id].country
        if country:
            todo.append(country)
    return [base.actors[i].to_dict() for i in sorted(closure)]


def export_document(store: Store, article_ids: list[str] | None = None) -> dict[str, Any]:
    """The SPEC document ({format, articles, actors}) for the given articles, or all of them."""
    articles = list(store.articles(article_ids))
    base = load_actor_base(store.learned_actors())
    return {"format": FORMAT, "articles": [a.to_dict() for a in articles],
            "actors": referenced_actors(articles, base)}


def write_json(doc: dict[str, Any], out: io.TextIOBase) -> None:
    json.dump(doc, out, ensure_ascii=False, indent=1)
    out.write("\n")


def write_jsonl(doc: dict[str, Any], out: io.TextIOBase) -> None:
    """One SPEC ARTICLE a line, then one line per actor as {"actor": ACTOR}."""
    for article in doc["articles"]:
        out.write(json.dumps(article, ensure_ascii=False) + "\n")
    for actor in doc["actors"]:
        out.write(json.dumps({"actor": actor}, ensure_ascii=False) + "\n")


_CSV_COLUMNS = {
    "articles": ["id", "source", "url", "outlet", "title", "published", "published_basis", "language",
                 "translation_service", "translation_from", "text"],
    "statements": ["id", "article", "speaker", "speaker_actor", "mention", "co_speakers", "cue", "kind", "content",
                   "start", "end", "addressee", "date"],
    "events": ["id", "article", "type", "status", "actors", "date", "place", "quantities", "trigger", "start", "end",
               "summary", "statement"],
    "actors": ["id", "name", "kind", "country", "aliases", "roles"],
}


def csv_rows(doc: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {k: [] for k in _CSV_COLUMNS}
    for a in doc["articles"]:
        tr = a["translation"] or {}
        rows["articles"].append({
            "id": a["id"], "source": a["source"], "url": a["url"], "outlet": a["outlet"], "title": a["title"],
            "published": a["published"].get("value"), "published_basis": a["published"].get("basis"),
            "language": a["language"], "translation_service": tr.get("service"), "translation_from": tr.get("from"),
            "text": a["text"]})
        for s in a["statements"]:
            rows["statements"].append({
                "id": s["id"], "article": a["id"], "speaker": s["speaker"]["name"],
                "speaker_actor": s["speaker"]["actor"], "mention": s["speaker"]["mention"],
                "co_speakers": "; ".join(c["name"] for c in s["co_speakers"]), "cue": s["cue"], "kind": s["kind"],
                "content": s["content"], "start": s["span"][0], "end": s["span"][1], "addressee": s["addressee"],
                "date": (s["date"] or {}).get("value")})
        for e in a["events"]:
            rows["events"].append({
                "id": e["id"], "article": a["id"], "type": e["type"], "status": e["status"],
                "actors": "; ".join(f"{x['actor']}:{x['role']}" for x in e["actors"]),
                "date": (e["date"] or {}).get("value"), "place": e["place"],
                "quantities": "; ".join(f"{q['bound']} {q['value']} {q['unit']}"
                                        + (f" to {q['recipient']}" if q["recipient"] else "") for q in e["quantities"]),
                "trigger": e["trigger"], "start": e["span"][0], "end": e["span"][1], "summary": e["summary"],
                "statement": e["statement"]})
    for actor in doc["actors"]:
        rows["actors"].append({
            "id": actor["id"], "name": actor["name"], "kind": actor["kind"], "country": actor["country"],
            "aliases": "; ".join(actor["aliases"]),
            "roles": "; ".join(r["title"] + (f" ({r['org']})" if r.get("org") else "") for r in actor["roles"])})
    return rows


def write_csv(doc: dict[str, Any], folder: Path) -> list[Path]:
    """One CSV file per layer in `folder`: articles, statements, events, actors."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for layer, rows in csv_rows(doc).items():
        path = folder / f"{layer}.csv"
        with path.open("w", newline="", encoding="utf-8") as f:
            writer = csv.DictWriter(f, fieldnames=_CSV_COLUMNS[layer])
            writer.writeheader()
            writer.writerows(rows)
        written.append(path)
    return written
