"""The learned furniture model: how likely a line of a scraped page is page furniture rather than report text.

The rules in clean.py know the furniture they have patterns for; pages in a new style bring menus, promos,
captions, disclaimers and related headlines worded in ways no pattern knows. This model reads what a person
reads at a glance: the line's words, its length and punctuation, where it stands on the page and what stands
around it. It is a spaCy text classifier (a linear bag of features) over those features as tokens, trained by
scripts/train_lines.py on the furniture lines of our evaluation sets, and ships inside the package
(data/lines), so nothing is fetched at run time.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ModelError
from ..settings import LINES_DIR

PIPE_NAME = "furniture"
LABEL = "FURNITURE"  # the other label is TEXT
LABELS = (LABEL, "TEXT")
MAX_WORDS = 30  # the words of a line the model reads: its head tells a promo or a menu from a sentence


def component_config() -> dict:
    """The text classifier's settings (training and loading use the same)."""
    return {"threshold": 0.5,
            "model": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": 1,
                      "no_output_layer": False, "length": 262144}}


def line_features(lines: list[str], i: int) -> list[str]:
    """The tokens the model reads for line `i` of a page (blank lines included, as the page has them)."""
    line = lines[i].strip()
    words = re.findall(r"[^\W\d_]+|\d+", line.casefold())
    feats = [f"w={w}" for w in words[:MAX_WORDS]]
    feats += [f"b={a}_{b}" for a, b in zip(words[:8], words[1:8])]
    if words:
        feats += [f"first={words[0]}", f"last={words[-1]}"]
    feats += _shape(line, "")
    prev = _neighbour(lines, i, -1)
    nxt = _neighbour(lines, i, 1)
    feats += _shape(prev, "prev_") if prev is not None else ["prev_none"]
    feats += _shape(nxt, "next_") if nxt is not None else ["next_none"]
    feats.append("gap_before" if i == 0 or not lines[i - 1].strip() else "joined_before")
    feats.append("gap_after" if i + 1 >= len(lines) or not lines[i + 1].strip() else "joined_after")
    filled = [n for n, s in enumerate(lines) if s.strip()]
    rank = filled.index(i) if i in filled else 0
    feats.append(f"pos={min(9, 10 * rank // max(1, len(filled)))}")
    feats.append(f"from_top={min(rank, 6)}")
    feats.append(f"from_bottom={min(len(filled) - 1 - rank, 6)}")
    function = sum(w in _FUNCTION_WORDS for w in words)
    feats.append(f"function={min(4, 10 * function // max(1, len(words)))}")
    if sum(s.strip() == line for s in lines) > 1:
        feats.append("repeated")  # a headline set again as a link, a menu at the top and the bottom
    seen_sentence = any(len(lines[n]) > 100 and lines[n].rstrip().endswith((".", "”", '"')) for n in filled[:rank])
    feats.append("after_body_began" if seen_sentence else "before_body")
    return feats


def _neighbour(lines: list[str], i: int, step: int) -> str | None:
    n = i + step
    while 0 <= n < len(lines):
        if lines[n].strip():
            return lines[n].strip()
        n += step
    return None


def _shape(line: str, prefix: str) -> list[str]:
    """Length, punctuation, case and symbols of a line, as tokens named with `prefix`."""
    n = len(line)
    words = line.split()
    length = next(b for b, top in enumerate((12, 25, 45, 80, 140, 250, 10**9)) if n <= top)
    out = [f"{prefix}len={length}", f"{prefix}words={min(len(words), 12) // 2}"]
    end = line[-1:] if line else ""
    out.append(f"{prefix}end=" + ("." if end in ".!?…" else "q" if end in "\"”»'’" else ":" if end in ":;"
                                  else "a" if end.isalpha() else "d" if end.isdigit() else "s"))
    start = line[:1]
    out.append(f"{prefix}start=" + ("U" if start.isupper() else "l" if start.islower() else "d" if start.isdigit()
                                    else "q" if start in "\"“«'‘" else "s"))
    letters = [c for c in line if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        out.append(f"{prefix}caps")
    capital = sum(w[:1].isupper() for w in words)
    if words:
        out.append(f"{prefix}titled={min(4, 5 * capital // len(words))}")
    if not prefix:
        for name, pattern in _MARKS:
            if pattern.search(line):
                out.append(f"mark={name}")
        sentences = len(re.findall(r"[.!?][\"”»]?\s+[A-Z\"“«]", line))
        out.append(f"sentences={min(sentences, 3)}")
    return out


# the small words running text has and menus, buttons and labels mostly lack
_FUNCTION_WORDS = frozenset("the a an of to in on at for with by from and but or that which who was were is are "
                            "has have had will would said says it its he she they his her their this as not".split())
_MARKS = (
    ("bar", re.compile(r"\s[|·•›»/]\s|\s{2,}\S")),
    ("url", re.compile(r"https?://|www\.|\.(?:com|org|net|eu|ru|ua)\b", re.IGNORECASE)),
    ("email", re.compile(r"\S+@\S+\.\w+")),
    ("handle", re.compile(r"(?<!\w)@\w+")),
    ("copyright", re.compile(r"©|\(c\)|copyright|all rights reserved", re.IGNORECASE)),
    ("arrow", re.compile(r"[→←↑↓▶◀►⏩⏪↪⬇⬆]")),
    ("time", re.compile(r"\b\d{1,2}[:.]\d{2}\b")),
    ("year", re.compile(r"\b(?:19|20)\d\d\b")),
    ("count", re.compile(r"^\d[\d,.]*[kKmM]?\s+\w+$")),
    ("quote", re.compile(r"[\"“”«»]")),
    ("paren_credit", re.compile(r"\((?:[A-Z][\w.'’-]*\s*){1,4}(?:/|via)\s*[^)]*\)$")),
    ("bracket", re.compile(r"^\[.*\]$|\[\d+\]")),
    ("ellipsis", re.compile(r"\.\.\.$|…$")),
)


@lru_cache(maxsize=2)
def load_line_model(model_dir: Path = LINES_DIR) -> Language:
    if not (model_dir / "config.cfg").is_file():
        raise ModelError(f"{model_dir}: no trained furniture model there (scripts/train_lines.py writes one)")
    return spacy.load(model_dir)


def blank_line_model() -> Language:
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat", name=PIPE_NAME, config=component_config())
    for label in LABELS:
        textcat.add_label(label)
    return nlp


def feature_doc(nlp: Language, lines: list[str], i: int) -> Doc:
    return Doc(nlp.vocab, words=line_features(lines, i) or ["empty"])


def furniture_scores(lines: list[str], nlp: Language | None = None) -> list[float]:
    """For each line of a page, the model's probability that it is furniture (0.0 for blank lines)."""
    nlp = nlp or load_line_model()
    index = [i for i, s in enumerate(lines) if s.strip()]
    docs = nlp.get_pipe(PIPE_NAME).pipe(feature_doc(nlp, lines, i) for i in index)
    scores = [0.0] * len(lines)
    for i, doc in zip(index, docs):
        scores[i] = float(doc.cats[LABEL])
    return scores
