"""Train the furniture model (src/truceline/data/lines) on annotated report sets, or measure it by cross-validation.

    .venv/bin/python scripts/train_lines.py eval/*.gold.json [--out DIR]
    .venv/bin/python scripts/train_lines.py eval/*.gold.json --folds 6

Each gold file lists its reports with their furniture lines. Every non-blank line of a report is an
example: FURNITURE when the gold lists it, TEXT otherwise (headlines, by-lines and date lines included, which
cleaning must keep for the title and the publication date). With --folds, the gold files are split into that
many groups; each group is cleaned by a model trained on the others, with and without the model, and the
scorer's cleaning test (no listed furniture left, no body key lost) is counted, with every statement and
event key lost. Reports whose gold is held out for measuring must not be given to training.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

from spacy.training import Example
from spacy.util import fix_random_seed, minibatch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from truceline.ingest.clean import clean_text, page_lines  # noqa: E402
from truceline.ingest.lines import LABEL, LABELS, blank_line_model, feature_doc  # noqa: E402
from truceline.settings import LINES_DIR  # noqa: E402
from train_triggers import report_path  # noqa: E402  (where a gold file's report is, as the trigger model finds it)


def norm(s: str) -> str:
    """Case, accents, curly apostrophes and runs of spaces aside, as the scorer compares lines."""
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold().replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", s).strip()


def reports(gold_file: Path) -> list[tuple[dict, list[str]]]:
    """The gold articles of a file with the lines of their reports."""
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    out = []
    for art in gold["articles"]:
        path = report_path(gold_file, art["file"])
        if path is None:
            print(f"{gold_file}: report {art['file']} not found, skipped", file=sys.stderr)
            continue
        out.append((art, page_lines(path.read_text(encoding="utf-8"))))
    return out


def examples_of(nlp, arts: list[tuple[dict, list[str]]]) -> list[Example]:
    out = []
    for art, lines in arts:
        furniture = {norm(f) for f in art.get("furniture", [])}
        for i, line in enumerate(lines):
            if not line.strip():
                continue
            is_furniture = norm(line) in furniture
            cats = {LABEL: float(is_furniture), LABELS[1]: float(not is_furniture)}
            out.append(Example.from_dict(feature_doc(nlp, lines, i), {"cats": cats}))
    return out


def train(arts: list[tuple[dict, list[str]]], epochs: int, seed: int = 0):
    random.seed(seed)
    fix_random_seed(seed)
    nlp = blank_line_model()
    examples = examples_of(nlp, arts)
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(epochs):
        random.shuffle(examples)
        for batch in minibatch(examples, size=32):
            nlp.update(batch, sgd=optimizer, drop=0.1)
    return nlp


def cleaning_test(art: dict, lines: list[str], model) -> tuple[bool, int, int]:
    """The scorer's cleaning test on one report (ok), and how many listed furniture lines are left and how many
    statement, event and body keys are lost."""
    text = clean_text("\n".join(lines), line_model=model).text
    kept = {norm(line) for line in text.splitlines()}
    flat = norm(text)
    left = sum(norm(f) in kept for f in art.get("furniture", []))
    keys = [k for k in art.get("body_keys", [])] + [s["key"] for s in art.get("statements", [])] \
        + [e["key"] for e in art.get("events", [])]
    lost_body = sum(norm(k) not in flat for k in art.get("body_keys", []))
    lost = sum(norm(k) not in flat for k in keys)
    return not left and not lost_body, left, lost


def cross_validate(gold_files: list[Path], folds: int, epochs: int) -> None:
    groups = [gold_files[i::folds] for i in range(folds)]
    totals = {"rules": [0, 0, 0, 0], "model": [0, 0, 0, 0]}
    for k, group in enumerate(groups):
        train_arts = [a for g in gold_files if g not in group for a in reports(g)]
        nlp = train(train_arts, epochs)
        for gold_file in group:
            for art, lines in reports(gold_file):
                for name, model in (("rules", None), ("model", nlp)):
                    ok, left, lost = cleaning_test(art, lines, model)
                    t = totals[name]
                    t[0] += ok
                    t[1] += 1
                    t[2] += left
                    t[3] += lost
                    if name == "model" and lost:
                        print(f"  {gold_file.name} {art['file']}: {lost} keys lost", file=sys.stderr)
        print(f"fold {k + 1}/{folds}: {' '.join(g.name for g in group)}", file=sys.stderr)
    for name, (ok, n, left, lost) in totals.items():
        print(f"{name:6} cleaning {ok}/{n}, furniture lines left {left}, keys lost {lost}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, default=LINES_DIR)
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--folds", type=int, default=0, help="measure by cross-validation over the gold files instead")
    a = ap.parse_args()
    if a.folds:
        cross_validate(a.gold, a.folds, a.epochs)
        return 0
    nlp = train([art for g in a.gold for art in reports(g)], a.epochs)
    nlp.to_disk(a.out)
    print(f"furniture model written to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
