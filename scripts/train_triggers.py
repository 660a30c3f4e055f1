"""Train the event-trigger model (src/truceline/data/triggers) on annotated report sets.

    .venv/bin/python scripts/train_triggers.py eval/dev2.gold.json eval/heldout3.gold.json ... [--out DIR]

Each gold file lists its reports and their events, each event with a key phrase. A report is cleaned as
ingest cleans it; each noun and verb of an event's key is a trigger of the event's type,
every other word none. Reports whose gold is held out for measuring must not be given here.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.training import Example
from spacy.util import minibatch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from truceline.ingest.sources import read_source  # noqa: E402
from truceline.nlp import components  # noqa: E402,F401  (registers truceline_sentences)
from truceline.nlp.analyze import nlp_text  # noqa: E402
from truceline.nlp.model import load_model  # noqa: E402
from truceline.nlp.triggers import ARCHITECTURE, PIPE_NAME, SPANS_KEY, component_config  # noqa: E402
from truceline.pipeline import prepare  # noqa: E402


_CONTENT = {"NOUN", "VERB"}  # the words of a key that tell its event; not names, figures, modifiers or function words


def key_range(text: str, key: str) -> tuple[int, int] | None:
    """Where a key stands in the text, as the scorer finds it (words in order, any whitespace, any case)."""
    words = [re.sub("['’]", "['’]", re.escape(w)) for w in key.split()]
    m = re.search(r"\s+".join(words), text, re.IGNORECASE)
    return m.span() if m else None


def report_path(gold_file: Path, name: str) -> Path | None:
    for base in (ROOT, gold_file.parent, gold_file.parent / gold_file.name.replace(".gold.json", "")):
        for candidate in (base / name, base / Path(name).name):
            if candidate.is_file():
                return candidate
    return None


def cleaned_reports(gold_files: list[Path]) -> Iterator[tuple[dict, str]]:
    """Each gold article with its report's text, cleaned as ingest cleans it and as the NLP stage reads it."""
    for gold_file in gold_files:
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        for art in gold["articles"]:
            path = report_path(gold_file, art["file"])
            if path is None:
                print(f"{gold_file}: report {art['file']} not found, skipped", file=sys.stderr)
                continue
            yield art, nlp_text(prepare(read_source(str(path))[0]).article.text)


def examples_of(nlp, gold_files: list[Path]) -> list[Example]:
    out = []
    for art, text in cleaned_reports(gold_files):
        doc = nlp(text)
        spans = set()
        for event in art.get("events", []):
            where = key_range(text, event["key"])
            if where is None:
                continue
            key = doc.char_span(*where, alignment_mode="expand")
            if key is None:
                continue
            for token in key:
                if token.pos_ in _CONTENT:
                    for etype in event.get("type_any") or [event["type"]]:
                        spans.add((token.idx, token.idx + len(token), etype))
        out.append(Example.from_dict(doc, {"spans": {SPANS_KEY: sorted(spans)}}))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="+", type=Path, help="gold files of the sets to learn from")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "truceline" / "data" / "triggers")
    ap.add_argument("--epochs", type=int, default=20)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--width", type=int, default=64)
    ap.add_argument("--depth", type=int, default=3)
    a = ap.parse_args()

    random.seed(a.seed)
    spacy.util.fix_random_seed(a.seed)
    nlp = load_model()
    nlp.add_pipe("truceline_sentences", before="parser")
    examples = examples_of(nlp, a.gold)
    n_spans = sum(len(e.reference.spans[SPANS_KEY]) for e in examples)
    print(f"{len(examples)} reports, {n_spans} triggers", file=sys.stderr)
    config = component_config(a.width, a.depth)
    pipe = nlp.add_pipe("spancat", name=PIPE_NAME, config=config)
    pipe.initialize(lambda: examples, nlp=nlp)
    optimizer = pipe.create_optimizer()
    for epoch in range(a.epochs):
        random.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=8):
            pipe.update(batch, sgd=optimizer, losses=losses, drop=0.2)
        print(f"epoch {epoch + 1}: loss {losses.get(PIPE_NAME, 0):.2f}", file=sys.stderr)
    a.out.mkdir(parents=True, exist_ok=True)
    with pipe.model.use_params(optimizer.averages):
        pipe.to_disk(a.out, exclude=["vocab"])
    (a.out / ARCHITECTURE).write_text(json.dumps(config, indent=1), encoding="utf-8")
    print(f"saved to {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
