"""The learned sentence classifier: which types of event a sentence tells, if any.

A spaCy multi-label text categorizer over one sentence's words, trained by scripts/train_sentences.py on
the sentences of our evaluation sets, each labelled with the types of the annotated events whose key it
holds. The rules and the trigger model find an event from a word and the words around it; this model reads
the whole sentence, and an event whose type it scores below THRESHOLD for its sentence is dropped ("a fire
at the oil terminal, the regional governor said" tells no attack, whatever "fire" suggests). It ships inside
the package (data/sentence_types), so nothing is fetched at run time; $TRUCELINE_SENTENCES=off keeps every
event the rules and the trigger model find.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from ..errors import ModelError

PIPE_NAME = "textcat_multilabel"
THRESHOLD = 0.03  # an event whose type its sentence scores under this is dropped
# Types one event is told as, where reports (and annotators) differ: a sentence read as telling any of them keeps each
# (and an exchange or a truce agreed: "the delegations agree to exchange 1,000 prisoners each")
_MEETING = ("talks", "summit", "call")
_KIN = {"talks": _MEETING, "summit": _MEETING, "call": _MEETING,
        "exchange": ("exchange", "agreement"), "ceasefire": ("ceasefire", "agreement")}


def component_config(width: int = 64, depth: int = 2) -> dict:
    """The categorizer's settings: a bag of words and word pairs beside a small convolutional encoder."""
    return {
        "threshold": 0.5,
        "model": {
            "@architectures": "spacy.TextCatEnsemble.v2",
            "linear_model": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False, "ngram_size": 2, "length": 65536,
                             "no_output_layer": False},
            "tok2vec": {
                "@architectures": "spacy.Tok2Vec.v2",
                "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": width,
                          "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"], "rows": [5000, 1000, 2500, 500],
                          "include_static_vectors": False},
                "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": width, "window_size": 1,
                           "maxout_pieces": 3, "depth": depth},
            },
        },
    }


def blank_classifier() -> Language:
    """An untrained classifier (its own tokenizer: it reads sentences apart from the report's parse)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("textcat_multilabel", name=PIPE_NAME, config=component_config())
    return nlp


class SentenceTypes:
    """A trained classifier: per sentence, the chance that it tells an event of each type."""

    def __init__(self, nlp: Language):
        self.nlp = nlp
        self.types = set(nlp.get_pipe(PIPE_NAME).labels)

    def scores(self, sentences: list[str]) -> list[dict[str, float]]:
        return [dict(doc.cats) for doc in self.nlp.pipe(sentences, batch_size=64)]

    def keeps(self, scores: dict[str, float], event_type: str) -> bool:
        """Whether an event of this type stands in a sentence scored so: the sentence may tell it or its kin (a
        meeting called a summit, talks or a call); a type the model never saw stands."""
        if event_type not in self.types:
            return True
        return max(scores.get(t, 1.0) for t in _KIN.get(event_type, (event_type,))) >= THRESHOLD


@lru_cache(maxsize=4)
def load_sentence_types(folder: Path | None) -> SentenceTypes | None:
    """The classifier saved in `folder`; None for None (every event stands)."""
    if folder is None:
        return None
    if not (folder / "config.cfg").is_file():
        raise ModelError(f"{folder}: no trained sentence classifier there (scripts/train_sentences.py writes one)")
    try:
        return SentenceTypes(spacy.load(folder))
    except (OSError, ValueError, KeyError) as exc:
        raise ModelError(f"{folder}: the sentence classifier there cannot be loaded ({exc})") from exc
