"""The learned event-trigger model: which words of a sentence tell an event, and of which type.

A spaCy span categorizer over single tokens, trained by scripts/train_triggers.py on the words that
head the annotated events of our evaluation sets. The rules in events.py decide everything else about
an event (its status, actors, date, place and figures); the model only points at words the rules
have no pattern for. It ships inside the package (data/triggers), so nothing is fetched at run time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..errors import ModelError
from ..settings import TRIGGERS_DIR

PIPE_NAME = "event_triggers"
SPANS_KEY = "event_triggers"
ARCHITECTURE = "architecture.json"  # the component's settings, written by training beside its weights
# Annotations the model reads besides the words: the parser's and the lemmatizer's, which run before it.
FEATURES = ["NORM", "LEMMA", "PREFIX", "SUFFIX", "SHAPE", "POS", "DEP"]
ROWS = [5000, 5000, 1000, 2500, 500, 100, 200]
THRESHOLD = 0.5  # a word scored below this tells no event of that type
FLOOR = 0.1  # … unless the sentence classifier reads that type in its sentence (see events.py `_told_type`)


def component_config(width: int = 64, depth: int = 3) -> dict:
    """The span categorizer's settings; training writes them beside the weights (ARCHITECTURE)."""
    return {
        "spans_key": SPANS_KEY,
        "threshold": THRESHOLD,
        "max_positive": None,
        "suggester": {"@misc": "spacy.ngram_suggester.v1", "sizes": [1]},
        "model": {
            "@architectures": "spacy.SpanCategorizer.v1",
            "reducer": {"@layers": "spacy.mean_max_reducer.v1", "hidden_size": 64},
            "scorer": {"@layers": "spacy.LinearLogistic.v1"},
            "tok2vec": {
                "@architectures": "spacy.Tok2Vec.v2",
                "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": width, "attrs": FEATURES,
                          "rows": ROWS, "include_static_vectors": False},
                "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": width, "window_size": 1,
                           "maxout_pieces": 3, "depth": depth},
            },
        },
    }


def add_trigger_pipe(nlp: Language, model_dir: Path | None = TRIGGERS_DIR) -> bool:
    """Add the trained model in `model_dir` to a pipeline, after the annotations it reads; False for None."""
    if model_dir is None:
        return False
    if not (model_dir / "cfg").is_file() or not (model_dir / ARCHITECTURE).is_file():
        raise ModelError(f"{model_dir}: no trained event-trigger model there (scripts/train_triggers.py writes one)")
    where = {"after": "lemmatizer"} if "lemmatizer" in nlp.pipe_names else {}
    config = json.loads((model_dir / ARCHITECTURE).read_text(encoding="utf-8"))
    pipe = nlp.add_pipe("spancat", name=PIPE_NAME, config=config, **where)
    pipe.from_disk(model_dir, exclude=["vocab"])
    pipe.cfg["threshold"] = FLOOR  # the model keeps words down to the floor; `learned_triggers` asks for more
    return True


@dataclass(frozen=True)
class Trigger:
    start: int  # character offsets into the text
    end: int
    type: str
    score: float


def learned_triggers(doc: Doc, sent: Span, floor: float = THRESHOLD) -> list[Trigger]:
    """The words of one sentence the model takes for event triggers, scored at `floor` or more, best first."""
    group = doc.spans.get(SPANS_KEY)
    if group is None:
        return []
    found = [Trigger(span.start_char, span.end_char, span.label_, float(score))
             for span, score in zip(group, group.attrs["scores"])
             if sent.start <= span.start and span.end <= sent.end and score >= floor]
    return sorted(found, key=lambda t: -t.score)
