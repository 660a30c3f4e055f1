"""The NLP stage: one spaCy pipeline that turns a cleaned report into statements, events and learned actors.

Our extractors are spaCy components (see components.py), so they can be
added to other pipelines with `nlp.add_pipe("truceline_statements")`; this
module wires them to the actor base and the report's publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..record import Actor, Event, Statement
from ..settings import sentence_types_dir, triggers_dir
from . import components  # noqa: F401  (registers the factories)
from .actors import ActorBase, load_actor_base
from .model import load_model
from .sentence_types import load_sentence_types

# An em dash that machine translation put inside a compound ("long—range") is
# read as a hyphen; same length, so every offset still points into the text.
_DASH_IN_WORD = re.compile(r"(?<=\w)[—–](?=\w)")


# A name set in capitals where a paragraph opens ("MIROSLAV JENČA, Assistant Secretary-General …", "ANDRII MELNYK
# (Ukraine) said …", a transcript's "CLAIRE DAWSON, HOST:"): the parser knows names by their case, so it reads them
# in title case, of the same length.
_CAPS_NAME = re.compile(r"^((?:[^\W\d_][^\W\d_'’.-]*[.'’-]?\s+){1,3}[^\W\d_][^\W\d_'’-]+)(?=\s*[,(:])", re.MULTILINE)


def _title_case(m: re.Match) -> str:
    name = m.group(1)
    titled = re.sub(r"[^\W\d_]+", lambda w: w.group(0).capitalize(), name)
    return titled if name.isupper() and len(titled) == len(name) else name


def nlp_text(text: str) -> str:
    return _CAPS_NAME.sub(_title_case, _DASH_IN_WORD.sub("-", text))


@dataclass
class Analysis:
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    learned: list[Actor] = field(default_factory=list)
    error: str | None = None  # what went wrong in our components, when something did


class Analyzer:
    """Holds the loaded model and the actor base; `analyze` runs on one report at a time."""

    def __init__(self, model: str | None = None, learned: list[Actor] | None = None, triggers: str | None = None):
        """`triggers`: "on", "off" or a folder, for the learned event-trigger model (default: $TRUCELINE_TRIGGERS);
        the sentence classifier is the one $TRUCELINE_SENTENCES names (default: the package's)."""
        self.model_name = model
        self.nlp = load_model(model)
        self.actor_base: ActorBase = load_actor_base(learned)
        components.add_truceline_pipes(self.nlp, self.actor_base, triggers_dir(triggers),
                                       load_sentence_types(sentence_types_dir()))

    def remember(self, actors: list[Actor]) -> None:
        """Make actors learned from earlier reports known to this one."""
        for actor in actors:
            self.actor_base.add(actor)

    @property
    def version(self) -> str:
        meta = self.nlp.meta
        return f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}"

    def _doc(self, text: str, published: dt.date | None, article_id: str, year: int | None = None) -> Doc:
        doc = self.nlp.make_doc(nlp_text(text))
        doc._.published = published
        doc._.year = year
        doc._.original_text = text
        doc._.article_id = article_id
        return doc

    def analyze(self, text: str, published: dt.date | None, article_id: str, year: int | None = None) -> Analysis:
        """Statements, events and learned actors of one cleaned report; `published` anchors relative dates,
        `year` (when there is no anchor) is the year of dates the text gives without one."""
        return next(self.analyze_many([(text, published, article_id, year)]))

    def analyze_many(self, items: Iterable[tuple]) -> Iterator[Analysis]:
        """The same for many reports, parsed in batches (in the order given): (text, published, id[, year])."""
        docs = (self._doc(*item) for item in items)
        for doc in self.nlp.pipe(docs, batch_size=16):
            yield Analysis(doc._.statements or [], doc._.events or [], doc._.learned or [], doc._.error)
