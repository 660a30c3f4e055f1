"""How far two annotators agree: one gold record scored against another by ../shared/eval/score.py.

    python3 bench/agreement.py                          # every set in eval/second/
    python3 bench/agreement.py eval/heldout36.gold.json eval/second/heldout36.gold.json

A second annotator, who saw neither the first gold nor truceline's output, annotated
the reports of some held-out sets again from their text and SPEC alone
(eval/second/NAME.gold.json). Each record is turned into the export a perfect system
holding that annotation would write (the text without the annotator's furniture
lines; each statement's content and each event's span the sentence around its key;
its required items only), and scored against the other record both ways. (The
scorer matches greedily, so an optional item of the gold can take the one system
item a required item needed: scored against itself with its required items only,
a record loses up to three of a set's hundred-odd items that way.) The
figures are the ceiling a single annotator's gold lets a system reach, beside
truceline's own score on the same reports. Writes bench/out/agreement.json.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
_SENTENCE_END = re.compile(r"[.!?](?=[\"'”’»]?(?:\s|$))|\n")


def load_scorer():
    if not SCORER.is_file():
        sys.exit(f"agreement: the scorer {SCORER} is not there (../shared beside the checkout)")
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def report_text(gold_file: Path, name: str) -> str:
    """A report of a gold record: its files are named relative to the folder the set was written in."""
    for base in (gold_file.parent, ROOT / "eval"):
        for candidate in (base / name, base / gold_file.name.replace(".gold.json", "") / Path(name).name):
            if candidate.is_file():
                return candidate.read_text(encoding="utf-8")
    sys.exit(f"agreement: {gold_file}: report {name} not found")


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    before = [m.end() for m in re.finditer(r"[.!?][\"'”’»]?\s+|\n", text[:start])]
    after = _SENTENCE_END.search(text, end)
    return (before[-1] if before else 0), (after.end() if after else len(text))


def as_export(gold_file: Path, score, optional: bool = False) -> dict:
    """The export a system that annotated exactly as this record does would write: its required items, or
    with `optional` its optional ones too."""
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    articles, actors = [], {}
    for g in gold["articles"]:
        furniture = {score.fold(line) for line in g.get("furniture", [])}
        raw = report_text(gold_file, g["file"])
        text = "\n".join(line for line in raw.splitlines() if score.fold(line) not in furniture)
        for a in g.get("actors", []):
            actors[a["name"]] = {"id": a["name"], "name": a["name"], "aliases": a.get("aliases", [])}
        statements, events = [], []
        for s in g.get("statements", []):
            where = None if s.get("optional") and not optional else score.key_range(text, s["key"])
            if where:
                a, b = sentence_around(text, *where)
                statements.append({"speaker": {"name": s["speaker"], "actor": s["speaker"]},
                                   "co_speakers": [{"name": c, "actor": c} for c in s.get("co_speakers", [])],
                                   "kind": s.get("kind"), "content": text[a:b], "span": [a, b]})
        for e in g.get("events", []):
            where = None if e.get("optional") and not optional else score.key_range(text, e["key"])
            if where:
                a, b = sentence_around(text, *where)
                date = e.get("date") or (e.get("date_any") or [None])[0]
                place = e.get("place")
                events.append({"type": e["type"], "status": e.get("status"), "span": [a, b],
                               "actors": [{"actor": x} for x in e.get("actors", [])],
                               "date": {"value": date} if date else None,
                               "place": place[0] if isinstance(place, list) else place,
                               "quantities": e.get("quantities", []), "summary": f"{e['type']}: {e['key']}"})
        published = (g.get("published") or {}).get("not_before")
        articles.append({"text": text, "published": {"value": published},
                         "translation": g.get("translation") or {"machine": False},
                         "statements": statements, "events": events})
    return {"articles": articles, "actors": list(actors.values())}


def score_against(gold_file: Path, export: dict, score) -> dict:
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    exp = score.Export(export)
    results = []
    for g in gold["articles"]:
        art = score.find_article(g, exp) or {"text": ""}
        results.append(score.score_article(g, art, exp, []))
    return score.merge(results)


def pairs(args: list[str]) -> list[tuple[str, Path, Path]]:
    if args:
        first, second = Path(args[0]), Path(args[1])
        return [(first.name.replace(".gold.json", ""), first, second)]
    found = []
    for second in sorted((ROOT / "eval" / "second").glob("*.gold.json")):
        first = ROOT / "eval" / second.name
        if first.is_file():
            found.append((second.name.replace(".gold.json", ""), first, second))
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("golds", nargs="*", help="FIRST.gold.json SECOND.gold.json (default: every set in eval/second/)")
    a = ap.parse_args()
    if len(a.golds) not in (0, 2):
        ap.error("give two gold records, or none")
    score = load_scorer()
    out = {}
    totals: dict[str, dict[str, int]] = {}
    for name, first, second in pairs(a.golds):
        row = {"second_vs_first": score_against(first, as_export(second, score), score),
               "first_vs_second": score_against(second, as_export(first, score), score)}
        out[name] = row
        for way, figures in row.items():
            for layer in ("statements", "events"):
                t = totals.setdefault(f"{way}.{layer}", {"tp": 0, "fp": 0, "fn": 0})
                for k in t:
                    t[k] += figures[layer][k]
        print(f"{name:10} events F1 {row['second_vs_first']['events']['f1']:.3f} / "
              f"{row['first_vs_second']['events']['f1']:.3f}   statements F1 "
              f"{row['second_vs_first']['statements']['f1']:.3f} / {row['first_vs_second']['statements']['f1']:.3f}"
              f"   (second scored against first / first against second)")
    out["total"] = {k: score.prf(v["tp"], v["fp"], v["fn"]) for k, v in totals.items()}
    for k, v in out["total"].items():
        print(f"total {k:32} P {v['precision']:.3f}  R {v['recall']:.3f}  F1 {v['f1']:.3f}")
    (ROOT / "bench" / "out").mkdir(parents=True, exist_ok=True)
    (ROOT / "bench" / "out" / "agreement.json").write_text(json.dumps(out, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
