"""Statements and events against gold records, beside textacy's quote extractor, in one run.

    bash scripts/setup.sh --bench      # installs textacy, the baseline
    .venv/bin/python bench/statements_bench.py [--heldout NAME]

For each gold set — the seed (../shared/eval/seed.gold.json), our example
reports (eval/examples.gold.json), the development sets written later by helpers
that never saw the rules (eval/dev2 … eval/dev10: each scored once untouched
before rules were tuned on it), the spent held-out sets (eval/heldout,
eval/heldout2 … eval/heldout114: each scored once during or at the end of a round
of work, development sets since) and, with --heldout NAME, a new held-out set
(eval/NAME.gold.json: score it once, at the end of a round of work) — ingests
the reports into a fresh database, exports
the record and scores it with ../shared/eval/score.py. The baseline is
textacy's `direct_quotations` run on the same cleaned texts (paragraph by
paragraph where it raises on the whole text), its quotes exported as
statements and scored by the same scorer. Writes bench/out/statements.json.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"


def gold_sets(heldout: str | None = None) -> list[tuple[str, Path, list[Path]]]:
    sets = [("seed", SHARED / "eval" / "seed.gold.json", [SHARED / "seeds"]),
            ("examples", ROOT / "eval" / "examples.gold.json", [ROOT / "examples"])]
    sets += [(f"dev{n}", ROOT / "eval" / f"dev{n}.gold.json", [ROOT / "eval" / f"dev{n}"]) for n in range(2, 11)]
    sets.append(("heldout1", ROOT / "eval" / "heldout.gold.json", [ROOT / "eval" / "heldout"]))
    sets.append(("heldout2", ROOT / "eval" / "heldout2.gold.json", [ROOT / "eval" / "heldout2"]))
    sets += [(f"heldout{n}", ROOT / "eval" / f"heldout{n}.gold.json", [ROOT / "eval" / f"heldout{n}"]) for n in range(3, 121)]
    if heldout:
        sets.append((heldout, ROOT / "eval" / f"{heldout}.gold.json", [ROOT / "eval" / heldout]))
    return [s for s in sets if s[1].exists()]


def reports(sources: list[Path]) -> list[Path]:
    """The report files of the sets' folders: not the README a helper wrote beside them."""
    return [p for s in sources for p in (sorted(s.rglob("*")) if s.is_dir() else [s])
            if p.is_file() and p.name != "README.md" and not p.name.startswith(".")]


def truceline_export(sources: list[Path], folder: Path) -> dict:
    db = folder / "bench.db"
    exe = [sys.executable, "-m", "truceline.cli", "--db", str(db)]
    subprocess.run([*exe, "ingest", *map(str, reports(sources))], check=True, capture_output=True)
    out = subprocess.run([*exe, "export", "--format", "json"], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def textacy_export(doc: dict) -> tuple[dict, int]:
    """textacy's direct quotations as SPEC statements, on our cleaned texts; counts the texts it raised on."""
    import textacy.extract

    from truceline.nlp.model import load_model

    nlp = load_model()
    raised = 0
    articles = []
    for article in doc["articles"]:
        text = article["text"]
        try:
            quotes = list(textacy.extract.triples.direct_quotations(nlp(text)))
            found = [(q, 0) for q in quotes]
        except Exception:  # unbalanced marks make it raise; go paragraph by paragraph, as the issue asks
            raised += 1
            found, offset = [], 0
            for para in text.split("\n\n"):
                try:
                    found += [(q, offset) for q in textacy.extract.triples.direct_quotations(nlp(para))]
                except Exception:
                    pass
                offset += len(para) + 2
        statements = []
        for n, (q, offset) in enumerate(found, 1):
            start, end = offset + q.content[0].idx, offset + q.content[-1].idx + len(q.content[-1].text)
            content = text[start:end].strip("\"“”«» ")
            speaker = " ".join(t.text for t in q.speaker)
            statements.append({"id": f"{article['id']}-q{n}", "speaker": {"actor": None, "name": speaker,
                                                                         "mention": speaker},
                               "co_speakers": [], "cue": " ".join(t.lemma_ for t in q.cue), "kind": "direct",
                               "content": content, "span": [start, end], "addressee": None, "date": None})
        articles.append({**article, "statements": statements, "events": []})
    return {"format": "truceline/1", "articles": articles, "actors": doc["actors"]}, raised


def score(gold: Path, export: dict, folder: Path, name: str) -> dict:
    path = folder / f"{name}.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCORER), str(gold), str(path), "--json"], check=True,
                         capture_output=True, text=True)
    return json.loads(out.stdout)["total"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--heldout", metavar="NAME", help="also score a new held-out set, eval/NAME (once, at the end)")
    args = ap.parse_args()
    if not SCORER.exists():
        sys.exit(f"bench: {SCORER} is absent (../shared beside the checkout)")
    results = {}
    print(f"{'set':9} {'system':9} {'st P':>6} {'st R':>6} {'st F1':>6} {'attr':>6} {'kind':>6}  "
          f"{'ev P':>6} {'ev R':>6} {'ev F1':>6} {'status':>6}")
    for name, gold, sources in gold_sets(args.heldout):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            ours = truceline_export(sources, folder)
            systems = {"truceline": score(gold, ours, folder, "ours")}
            try:
                base, raised = textacy_export(ours)
                systems["textacy"] = score(gold, base, folder, "textacy")
                systems["textacy"]["texts_raised"] = raised
            except ImportError:
                print("  (textacy is not installed: bash scripts/setup.sh --bench)")
        results[name] = systems
        for system, t in systems.items():
            st, ev = t["statements"], t["events"]

            def acc(key: str, t: dict = t) -> str:
                return f"{t[key]['accuracy']:.3f}" if t[key]["accuracy"] is not None else "  n/a"

            print(f"{name:9} {system:9} {st['precision']:6.3f} {st['recall']:6.3f} {st['f1']:6.3f} "
                  f"{acc('attribution'):>6} {acc('statement_kind'):>6}  {ev['precision']:6.3f} {ev['recall']:6.3f} "
                  f"{ev['f1']:6.3f} {acc('event_status'):>6}")
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "statements.json").write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
