"""Train the sentence classifier (src/truceline/data/sentence_types) on annotated report sets.

    .venv/bin/python scripts/train_sentences.py eval/dev2.gold.json eval/heldout3.gold.json ... [--out DIR]

Each report is cleaned as ingest cleans it and cut into sentences as the event reader cuts it; a sentence
is labelled with the types of the gold events whose key starts in it (optional ones too: they are events,
only not required), and with none where it holds no key. Reports whose gold is held out for measuring must
not be given here.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import spacy
from spacy.training import Example
from spacy.util import minibatch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from truceline.nlp.components import sentence_boundaries, sentences  # noqa: E402
from truceline.nlp.sentence_types import PIPE_NAME, blank_classifier  # noqa: E402
from truceline.record import EVENT_TYPES  # noqa: E402
from train_triggers import cleaned_reports, key_range  # noqa: E402  (reports and keys found as the trigger model finds them)


def labelled_sentences(gold_files: list[Path]) -> list[tuple[str, set[str]]]:
    splitter = spacy.blank("en")
    out = []
    for art, text in cleaned_reports(gold_files):
        keys = [(where[0], set(e.get("type_any") or [e["type"]])) for e in art.get("events", [])
                if (where := key_range(text, e["key"])) is not None]
        for sent in sentences(sentence_boundaries(splitter.make_doc(text))):
            if sent.text.strip():
                out.append((sent.text.strip(), {t for at, types in keys
                                                if sent.start_char <= at < sent.end_char for t in types}))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="+", type=Path, help="gold files of the sets to learn from")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "truceline" / "data" / "sentence_types")
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()

    random.seed(a.seed)
    spacy.util.fix_random_seed(a.seed)
    rows = labelled_sentences(a.gold)
    print(f"{len(rows)} sentences, {sum(bool(types) for _, types in rows)} of them telling events", file=sys.stderr)
    nlp = blank_classifier()
    pipe = nlp.get_pipe(PIPE_NAME)
    for etype in EVENT_TYPES:
        pipe.add_label(etype)
    examples = [Example.from_dict(nlp.make_doc(text), {"cats": {t: float(t in types) for t in EVENT_TYPES}})
                for text, types in rows]
    optimizer = nlp.initialize(lambda: examples)
    for epoch in range(a.epochs):
        random.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=32):
            nlp.update(batch, sgd=optimizer, losses=losses, drop=0.2)
        print(f"epoch {epoch + 1}: loss {losses.get(PIPE_NAME, 0):.2f}", file=sys.stderr)
    a.out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(a.out)
    print(f"saved to {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
