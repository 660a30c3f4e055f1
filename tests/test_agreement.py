"""bench/agreement.py: the export it builds from a gold record is what a perfect system would write."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SCORER, needs_shared

SECOND = sorted((ROOT / "eval" / "second").glob("*.gold.json"))


@pytest.fixture(scope="module")
def bench():
    needs_shared(SCORER)
    spec = importlib.util.spec_from_file_location("agreement", ROOT / "bench" / "agreement.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("gold", SECOND + [ROOT / "eval" / p.name for p in SECOND], ids=lambda p: str(p.relative_to(ROOT)))
def test_a_record_agrees_fully_with_itself(bench, gold: Path):
    """Either annotator's record, turned into an export with its optional items, scores 1.0 against itself,
    so the disagreement the bench reports between two records is theirs, not the conversion's."""
    score = bench.load_scorer()
    figures = bench.score_against(gold, bench.as_export(gold, score, optional=True), score)
    for layer in ("statements", "events"):
        assert figures[layer]["f1"] == 1.0, (layer, figures[layer])
    assert figures["attribution"]["right"] == figures["attribution"]["of"]
    assert figures["event_place"]["right"] == figures["event_place"]["of"]


def test_the_second_annotations_are_of_the_same_reports():
    """Every second record names only reports of the set it annotates again."""
    import json

    assert SECOND, "eval/second/ holds the second annotations"
    for second in SECOND:
        first = json.loads((ROOT / "eval" / second.name).read_text(encoding="utf-8"))
        files = {a["file"] for a in json.loads(second.read_text(encoding="utf-8"))["articles"]}
        assert files == {a["file"] for a in first["articles"]}
