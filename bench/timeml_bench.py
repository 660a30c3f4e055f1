"""Score truceline's time module on TempEval-3 corpora (TBAQ-cleaned), beside dateparser.

Scoring follows TempEval-3 Task A: a system timex matches a gold one on extent
strict (same start and end) or relaxed (overlapping), one-to-one, greedily by
overlap; value accuracy is over relaxed matches, value F1 counts a match only
when the value is right too.

    .venv/bin/python bench/timeml_bench.py --corpus both
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "timeml"
OUT = ROOT / "bench" / "out" / "timeml.json"

# TempEval-3 platinum test set (UzZaman et al., SemEval-2013 Task 1).
PUBLISHED = {
    "HeidelTime": {"relaxed_f1": 0.90, "strict_f1": 0.81, "value_f1": 0.78},
    "SUTime": {"relaxed_f1": 0.90, "strict_f1": 0.80, "value_f1": 0.67},
}


@dataclass
class Gold:
    start: int
    end: int
    text: str
    type: str
    value: str | None


@dataclass
class Doc:
    id: str
    text: str
    anchor: dt.date
    gold: list[Gold] = field(default_factory=list)


@dataclass
class Span:
    start: int
    end: int
    type: str | None
    value: str | None


def parse_tml(path: Path) -> Doc:
    """Strip the tags from <TEXT>, keeping gold TIMEX3 offsets into the stripped text."""
    root = ET.parse(path).getroot()
    dct = root.find("DCT/TIMEX3")
    anchor = dt.date.fromisoformat(dct.get("value")[:10])
    text_el = root.find("TEXT")
    parts: list[str] = []
    gold: list[Gold] = []
    pos = 0

    def walk(el: ET.Element) -> None:
        nonlocal pos
        start = pos
        if el.text:
            parts.append(el.text)
            pos += len(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)
        if el.tag == "TIMEX3":
            gold.append(Gold(start, pos, "".join(parts)[start:pos], el.get("type"), el.get("value")))

    walk(text_el)
    return Doc(path.stem, "".join(parts), anchor, sorted(gold, key=lambda g: g.start))


def load_corpus(name: str) -> list[Doc]:
    return [parse_tml(p) for p in sorted((DATA / name).glob("*.tml"))]


def run_truceline(docs: list[Doc]) -> list[list[Span]]:
    """One `truceline timex --jsonl` subprocess for all documents."""
    lines = "".join(json.dumps({"id": d.id, "text": d.text, "anchor": d.anchor.isoformat()}) + "\n" for d in docs)
    exe = ROOT / ".venv" / "bin" / "truceline"
    proc = subprocess.run([str(exe), "timex", "--jsonl"], input=lines, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"`truceline timex --jsonl` failed:\n{proc.stderr}")
    by_id = {}
    for line in proc.stdout.splitlines():
        rec = json.loads(line)
        by_id[rec["id"]] = [Span(t["start"], t["end"], t["type"], t["value"]) for t in rec["timexes"]]
    return [by_id.get(d.id, []) for d in docs]


def run_dateparser(docs: list[Doc]) -> list[list[Span]]:
    """dateparser's `search_dates`, each substring located in the text, value at day granularity."""
    from dateparser.search import search_dates

    out = []
    for d in docs:
        base = dt.datetime.combine(d.anchor, dt.time(12))
        found = search_dates(d.text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
        spans, cursor = [], 0
        for sub, when in found:
            i = d.text.find(sub, cursor)
            if i < 0:
                i = d.text.find(sub)
            if i < 0:
                continue
            cursor = i + len(sub)
            spans.append(Span(i, i + len(sub), "DATE", when.date().isoformat()))
        out.append(spans)
    return out


def match(gold: list[Gold], system: list[Span]) -> list[tuple[Gold, Span]]:
    """One-to-one relaxed matching, greedy by overlap length."""
    pairs = []
    for g in gold:
        for s in system:
            ov = min(g.end, s.end) - max(g.start, s.start)
            if ov > 0:
                pairs.append((ov, g, s))
    pairs.sort(key=lambda p: -p[0])
    used_g, used_s, out = set(), set(), []
    for _, g, s in pairs:
        if id(g) in used_g or id(s) in used_s:
            continue
        used_g.add(id(g))
        used_s.add(id(s))
        out.append((g, s))
    return out


def prf(tp: int, n_sys: int, n_gold: int) -> dict[str, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


def score(docs: list[Doc], outputs: list[list[Span]]) -> tuple[dict, list[dict]]:
    """TempEval-3 Task A figures, and the per-timex errors for inspection."""
    n_gold = n_sys = strict = relaxed = value_ok = type_ok = 0
    errors: list[dict] = []
    for d, sys_spans in zip(docs, outputs):
        n_gold += len(d.gold)
        n_sys += len(sys_spans)
        pairs = match(d.gold, sys_spans)
        matched_g = {id(g) for g, _ in pairs}
        matched_s = {id(s) for _, s in pairs}
        for g, s in pairs:
            relaxed += 1
            strict += (g.start, g.end) == (s.start, s.end)
            value_ok += g.value == s.value
            type_ok += g.type == s.type
            if (g.start, g.end) != (s.start, s.end) or g.value != s.value:
                errors.append({"doc": d.id, "kind": "mismatch", "gold": g.text, "gold_value": g.value,
                               "sys": d.text[s.start:s.end], "sys_value": s.value, "anchor": str(d.anchor),
                               "context": d.text[max(0, g.start - 60):g.end + 40].replace("\n", " ")})
        for g in d.gold:
            if id(g) not in matched_g:
                errors.append({"doc": d.id, "kind": "missed", "gold": g.text, "gold_value": g.value,
                               "context": d.text[max(0, g.start - 40):g.end + 40].replace("\n", " ")})
        for s in sys_spans:
            if id(s) not in matched_s:
                errors.append({"doc": d.id, "kind": "spurious", "sys": d.text[s.start:s.end], "sys_value": s.value,
                               "context": d.text[max(0, s.start - 40):s.end + 40].replace("\n", " ")})
    figures = {
        "docs": len(docs), "gold": n_gold, "system": n_sys,
        "strict": prf(strict, n_sys, n_gold),
        "relaxed": prf(relaxed, n_sys, n_gold),
        "value_accuracy": round(value_ok / relaxed, 4) if relaxed else 0.0,
        "value": prf(value_ok, n_sys, n_gold),
        "type_accuracy": round(type_ok / relaxed, 4) if relaxed else 0.0,
    }
    return figures, errors


def table(results: dict[str, dict[str, dict]]) -> str:
    head = (f"{'corpus':9} {'system':11} {'strict P/R/F1':>20} {'relaxed P/R/F1':>20} "
            f"{'val acc':>7} {'val F1':>6} {'type acc':>8} {'secs':>6}")
    rows = [head, "-" * len(head)]
    for corpus, systems in results.items():
        for name, f in systems.items():
            s, r = f["strict"], f["relaxed"]
            rows.append(f"{corpus:9} {name:11} {s['p']:6.3f} {s['r']:6.3f} {s['f1']:6.3f} "
                        f"{r['p']:6.3f} {r['r']:6.3f} {r['f1']:6.3f} {f['value_accuracy']:7.3f} "
                        f"{f['value']['f1']:6.3f} {f['type_accuracy']:8.3f} {f['seconds']:6.2f}")
    rows.append("-" * len(head))
    for name, f in PUBLISHED.items():
        rows.append(f"published {name}, TempEval-3 test: relaxed F1 {f['relaxed_f1']:.2f}, "
                    f"strict F1 {f['strict_f1']:.2f}, value F1 {f['value_f1']:.2f}")
    return "\n".join(rows)


SYSTEMS = {"truceline": run_truceline, "dateparser": run_dateparser}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", choices=["TimeBank", "AQUAINT", "both"], default="both")
    ap.add_argument("--systems", default="truceline,dateparser", help="comma-separated: truceline,dateparser")
    ap.add_argument("--errors", type=Path, help="write truceline's per-timex errors (JSONL) here")
    ap.add_argument("--aquaint-half", choices=["all", "dev", "test"], default="all",
                    help="AQUAINT only: its documents in name order, alternately a development half (even) and a "
                         "test half (odd); rules are studied on dev, figures reported on test and on all")
    args = ap.parse_args(argv)
    if not DATA.is_dir():
        sys.exit(f"no TimeML data at {DATA}")
    corpora = ["TimeBank", "AQUAINT"] if args.corpus == "both" else [args.corpus]
    results: dict[str, dict[str, dict]] = {}
    for corpus in corpora:
        docs = load_corpus(corpus)
        if corpus == "AQUAINT" and args.aquaint_half != "all":
            docs = sorted(docs, key=lambda d: d.id)[0 if args.aquaint_half == "dev" else 1::2]
            corpus = f"AQ-{args.aquaint_half}"
        results[corpus] = {}
        for name in args.systems.split(","):
            t0 = time.perf_counter()
            outputs = SYSTEMS[name](docs)
            figures, errors = score(docs, outputs)
            figures["seconds"] = round(time.perf_counter() - t0, 2)
            results[corpus][name] = figures
            if args.errors and name == "truceline":
                with open(args.errors.with_suffix(f".{corpus}.jsonl"), "w") as fh:
                    fh.writelines(json.dumps(e) + "\n" for e in errors)
    print(table(results))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"results": results, "published": PUBLISHED}, indent=2))
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
