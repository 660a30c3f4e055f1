"""truceline's spaCy components, registered as factories so other pipelines can reuse them.

    nlp.add_pipe("truceline_paragraphs", before="parser")
    nlp.add_pipe("truceline_timex")
    nlp.add_pipe("truceline_statements")
    nlp.add_pipe("truceline_events")

Set `doc._.published` (a date) before running them for relative dates to resolve.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from .actors import ActorBase, load_actor_base
from .timex import find_timexes

for _name, _default in (("published", None), ("article_id", "doc"), ("timexes", None), ("statements", None),
                        ("events", None), ("learned", None), ("context", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


@Language.component("truceline_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A paragraph break always starts a sentence; headlines never run into the paragraph below."""
    for i, token in enumerate(doc[:-1]):
        if "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
            doc[i + 1].is_sent_start = True
    return doc


def past_tense_at(doc: Doc) -> Callable[[int], bool]:
    """Whether the clause at a character offset is told in the past tense, from the parser's tags."""
    def past(offset: int) -> bool:
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is None:
            return True
        sent = span.sent
        tags = {t.tag_ for t in sent}
        future = any(t.tag_ == "MD" and t.lower_ in ("will", "shall", "'ll") for t in sent)
        return ("VBD" in tags or ("VBN" in tags and any(t.lower_ in ("had", "has", "have") for t in sent))) \
            and not (future and "VBD" not in tags)
    return past


@Language.component("truceline_timex")
def timex_component(doc: Doc) -> Doc:
    published: dt.date | None = doc._.published
    doc._.timexes = find_timexes(doc.text, published, past_tense=past_tense_at(doc))
    return doc


class _WithActorBase:
    def __init__(self, actor_base: ActorBase | None = None):
        self.actor_base = actor_base or load_actor_base()


@Language.factory("truceline_statements")
def make_statements(nlp: Language, name: str) -> "StatementsComponent":
    return StatementsComponent()


@Language.factory("truceline_events")
def make_events(nlp: Language, name: str) -> "EventsComponent":
    return EventsComponent()


class StatementsComponent(_WithActorBase):
    """Sets doc._.statements (and doc._.learned): attributed statements with resolved speakers."""

    def __call__(self, doc: Doc) -> Doc:
        from .statements import extract_statements

        if doc._.timexes is None:
            timex_component(doc)
        doc._.statements, doc._.learned, doc._.context = extract_statements(doc, self.actor_base)
        return doc


class EventsComponent(_WithActorBase):
    """Sets doc._.events: typed, dated events with actors, places and quantities."""

    def __call__(self, doc: Doc) -> Doc:
        from .events import extract_events

        if doc._.statements is None:
            StatementsComponent(self.actor_base)(doc)
        doc._.events = extract_events(doc, self.actor_base)
        return doc


def add_truceline_pipes(nlp: Language, actor_base: ActorBase) -> None:
    """Add truceline's components to a loaded English pipeline, sharing one actor base."""
    nlp.add_pipe("truceline_paragraphs", before="parser")
    nlp.add_pipe("truceline_timex")
    nlp.add_pipe("truceline_statements").actor_base = actor_base
    nlp.add_pipe("truceline_events").actor_base = actor_base
