"""Ingest throughput beside the bare spaCy parse, on the same texts, in the same run.

    .venv/bin/python bench/ingest_bench.py [--reports 200] [--repeat 3]

Builds N distinct reports from the example reports and the seed (each copy
gets its own dateline line so none is skipped as unchanged), then, each in a
fresh subprocess so peak memory is its own:

- `bare`: the spaCy model alone parsing the cleaned texts (nlp.pipe);
- `ingest`: `truceline ingest` of the same reports into a new SQLite file
  (cleaning, dating, statements, events, storing).

Prints reports per second (median of --repeat runs), peak resident memory,
and the ratio ingest/bare; writes bench/out/ingest.json.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seeds"

_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
mode, folder, db = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
files = sorted(folder.iterdir())
if mode == "bare":
    from truceline.ingest.clean import clean_text
    from truceline.ingest.sources import read_source
    from truceline.nlp.model import load_model
    nlp = load_model()
    texts = [clean_text(read_source(str(f))[0].content).text for f in files]
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    elapsed = time.perf_counter() - start
else:
    from truceline.nlp.analyze import Analyzer
    from truceline.pipeline import ingest
    from truceline.store.db import Store
    analyzer = Analyzer()  # loaded before the clock starts, as the bare model is
    store = Store(f"sqlite:///{db}")
    start = time.perf_counter()
    outcome = ingest([str(folder)], store, lambda: analyzer)
    elapsed = time.perf_counter() - start
    assert outcome.counts["added"] == len(files), outcome.counts
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"reports": len(files), "seconds": elapsed, "peak_mb": peak_mb}))
"""


def build_corpus(folder: Path, n: int) -> int:
    sources = [p for p in sorted((ROOT / "examples").glob("*.txt"))] + sorted(SEED.glob("*.txt"))
    if not sources:
        sys.exit("bench: no example reports to build the corpus from")
    for i in range(n):
        src = sources[i % len(sources)]
        lines = src.read_text(encoding="utf-8").split("\n")
        # each copy differs in its body, so that it is a report of its own: a line added at the very end
        # would stand among the page's footer lines, and cleaning takes such lines off as furniture
        first = next((n for n, line in enumerate(lines) if len(line) > 100), len(lines) - 1)
        lines[first] += f" This is bench copy {i} of the report."
        (folder / f"{i:05d}_{src.stem}.txt").write_text("\n".join(lines), encoding="utf-8")
    return n


def run(mode: str, folder: Path) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run([sys.executable, "-c", _CHILD, mode, str(folder), str(Path(tmp) / "bench.db")],
                             capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        build_corpus(folder, args.reports)
        results: dict[str, list[dict]] = {"bare": [], "ingest": []}
        for _ in range(args.repeat):
            for mode in results:
                results[mode].append(run(mode, folder))
    summary = {}
    for mode, runs in results.items():
        rate = statistics.median(r["reports"] / r["seconds"] for r in runs)
        summary[mode] = {"reports_per_s": round(rate, 2), "peak_mb": round(max(r["peak_mb"] for r in runs), 1),
                         "runs": runs}
    summary["ratio_ingest_to_bare"] = round(summary["ingest"]["reports_per_s"] / summary["bare"]["reports_per_s"], 3)
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "ingest.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
    print(f"{'':8} {'reports/s':>10} {'peak MB':>8}   ({args.reports} reports, median of {args.repeat})")
    for mode in ("bare", "ingest"):
        print(f"{mode:8} {summary[mode]['reports_per_s']:>10} {summary[mode]['peak_mb']:>8}")
    print(f"ingest runs at {summary['ratio_ingest_to_bare']:.0%} of the bare parse rate")


if __name__ == "__main__":
    main()
