"""PLOVER-style event records for event-data tools (one JSON object a line).

PLOVER (Political Language Ontology for Verifiable Event Records) names an
event by category, with source and target actors, their countries, a date, a
location and the sentence it comes from. Our types map onto its categories as
SPEC's table says; the finer type survives as `mode`.
"""

from __future__ import annotations

import io
import json
from typing import Any

CATEGORY = {
    "talks": "CONSULT", "call": "CONSULT", "summit": "CONSULT",
    "proposal": "REQUEST", "agreement": "AGREE", "rejection": "REJECT", "demand": "DEMAND",
    "exchange": "CONCEDE", "ceasefire": "RETREAT", "military_aid": "AID", "sanction": "SANCTION",
    "threat": "THREATEN", "accusation": "ACCUSE", "attack": "ASSAULT",
}
# PLOVER's mode for the consultations, so a call stays a call.
MODE = {"talks": "visit", "call": "phone", "summit": "third-party", "exchange": "prisoners",
        "military_aid": "military", "ceasefire": "ceasefire"}


def plover_records(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """Our events as PLOVER-style records, with the countries of their actors resolved from the export's actors."""
    actors = {a["id"]: a for a in doc["actors"]}

    def country(actor_id: str) -> str | None:
        a = actors.get(actor_id)
        if a is None:
            return None
        return a["name"] if a["kind"] in ("state", "group") else (actors.get(a["country"]) or {}).get("name")

    records = []
    for article in doc["articles"]:
        for e in article["events"]:
            sources = [a["actor"] for a in e["actors"] if a["role"] in ("source", "participant")]
            targets = [a["actor"] for a in e["actors"] if a["role"] in ("target", "recipient")]
            if not targets and len(sources) > 1:
                sources, targets = sources[:1], sources[1:]
            start, end = e["span"]
            records.append({
                "id": e["id"],
                "date": (e["date"] or {}).get("value"),
                "date_mod": (e["date"] or {}).get("mod"),
                "event_type": CATEGORY[e["type"]],
                "mode": MODE.get(e["type"], e["type"]),
                "context": [e["type"]],
                "status": e["status"],
                "actor": [actors.get(a, {}).get("name", a) for a in sources],
                "actor_country": sorted({c for c in map(country, sources) if c}),
                "recipient": [actors.get(a, {}).get("name", a) for a in targets],
                "recipient_country": sorted({c for c in map(country, targets) if c}),
                "mediator": [actors.get(a["actor"], {}).get("name", a["actor"]) for a in e["actors"]
                             if a["role"] == "mediator"],
                "location": e["place"],
                "quantities": e["quantities"],
                "summary": e["summary"],
                "source_text": article["text"][start:end],
                "source": {"article": article["id"], "url": article["url"], "outlet": article["outlet"],
                           "published": article["published"].get("value")},
            })
    return records


def write_plover(doc: dict[str, Any], out: io.TextIOBase) -> None:
    for record in plover_records(doc):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
