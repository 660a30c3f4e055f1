"""truceline's spaCy components, registered as factories so other pipelines can reuse them.

    nlp.add_pipe("truceline_sentences", before="parser")
    nlp.add_pipe("truceline_timex")
    nlp.add_pipe("truceline_statements")
    nlp.add_pipe("truceline_events")

Set `doc._.published` (a date) before running them for relative dates to resolve.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .actors import ActorBase, load_actor_base
from .sentence_types import SentenceTypes
from .timex import find_timexes
from .triggers import add_trigger_pipe

for _name, _default in (("published", None), ("year", None), ("article_id", "doc"), ("timexes", None), ("statements", None),
                        ("events", None), ("learned", None), ("context", None), ("original_text", None),
                        ("error", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


# Initials ("Donald J. Trump") end no sentence; "wrote on X." does.
# the mark of a point in a list: "1)", "2.", "(a)", "-", "•" (statements and events read list points alike)
LIST_MARK = r"(?:\d{1,2}[.)]|\([a-z0-9]{1,3}\)|[-•*])"
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Capt|Prof|Gov|Sen|Rep|Jr|Sr|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
    r"Sep|Sept|Oct|Nov|Dec|e\.g|i\.e|a\.m|p\.m)|(?<!\bon )(?<!\bvia )\b[A-Z]|\b(?:[A-Z]\.){1,3}[A-Z])\.$")
# a day written with a full stop before its month, as Central European languages write it and their machine
# translations keep it: "on 16. December", "until Friday 9. January"
_DAY_NUMBER = re.compile(r"(?<![\d.,])\b(?:[1-9]|[12]\d|3[01])\.\s+$")
_MONTH_NEXT = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")
_SENTENCE_END = re.compile(r"[.!?…]+[\"”»’)]*(?:\[(?:\d{1,3}|citation needed|clarification needed|who\?|when\?)\])*"
                           r"\s+(?=[\"“«(—–-]?\s*[A-Z0-9\u0400-\u04FF])")


def sentence_starts(text: str) -> set[int]:
    """Character offsets where sentences start: paragraph starts and the word after a full stop.

    Rules rather than the parser's guesses, so a long machine-translated
    sentence is not cut in two in the middle of a reported clause.
    """
    starts = {0}
    pos = 0
    for para in text.split("\n\n"):
        lead = len(para) - len(para.lstrip())
        starts.add(pos + lead)
        for m in _SENTENCE_END.finditer(para):
            if not _ABBREVIATIONS.search(para[: m.start() + 1].rstrip("\"”»’)")) \
                    and not (_DAY_NUMBER.search(para, 0, m.end()) and _MONTH_NEXT.match(para, m.end())):
                starts.add(pos + m.end())
        pos += len(para) + 2
    return starts


@Language.component("truceline_sentences")
def sentence_boundaries(doc: Doc) -> Doc:
    """Sets every token's sentence start from `sentence_starts`; the parser keeps them."""
    starts = sentence_starts(doc.text)
    for i, token in enumerate(doc):
        if i == 0:
            continue
        previous = doc[i - 1]
        token.is_sent_start = token.idx in starts or ("\n" in previous.text and previous.is_space) \
            or "\n\n" in previous.whitespace_
    return doc


def sentences(doc: Doc) -> list[Span]:
    """The doc's sentences, listed once (spaCy walks every token each time `doc.sents` is read)."""
    if "truceline_sents" not in doc.user_data:
        doc.user_data["truceline_sents"] = list(doc.sents)
        doc.user_data["truceline_sent_starts"] = [s.start_char for s in doc.user_data["truceline_sents"]]
    return doc.user_data["truceline_sents"]


def sentence_at(doc: Doc, offset: int) -> Span:
    sents = sentences(doc)
    return sents[max(0, bisect.bisect_right(doc.user_data["truceline_sent_starts"], offset) - 1)]


def sentences_in(doc: Doc, start: int, end: int) -> list[Span]:
    """The sentences that begin between two offsets (a paragraph's)."""
    sents = sentences(doc)
    starts = doc.user_data["truceline_sent_starts"]
    return sents[bisect.bisect_left(starts, start): bisect.bisect_left(starts, end)]


_AHEAD = {"will", "would", "shall", "'ll", "wo", "should", "must"}  # "should be approved on the 24th": ahead
_MAYBE = {"may", "might", "can"}  # "may meet in New York on Wednesday": ahead, unless "may have met" ("could" is
# also the past of "can": "could not attend on Monday")


def _governing_verb(doc: Doc, offset: int) -> Token | None:
    """The verb whose clause holds the word at a character offset."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


# participles that set a thing for a day ahead: "the round, scheduled for Tuesday"
_SET_AHEAD = frozenset("schedule plan set slate expect due propose pencil timetable fix arrange announce reschedule "
                       "postpone move delay push defer".split())


def past_tense_at(doc: Doc) -> Callable[[int], bool]:
    """Whether the clause at a character offset is told in the past tense, from the parser's tags."""
    def past(offset: int) -> bool:
        sent = sentence_at(doc, offset)
        verb = _governing_verb(doc, offset)
        if verb is not None:
            aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
            if not aux and verb.dep_ == "conj" and verb.tag_ != "VBD":  # "would fly … and sit down … on Thursday"
                # (but "that a truce would give Ukraine time, and instead agreed … on 18 March" has its own tense)
                aux = {c.lower_ for c in verb.head.children if c.dep_ in ("aux", "auxpass")}
            if aux & _AHEAD or aux & _MAYBE and not aux & {"have", "has", "had"} \
                    or verb.tag_ == "VB" and "to" in aux or aux & {"is", "are", "am"} and verb.tag_ == "VBN" \
                    or {"to", "be"} <= aux:  # "are expected to be returned on Saturday": ahead
                return False  # "said he would fly … on Wednesday", "expected to sign it on Friday": ahead
            if verb.tag_ == "VBD" or aux & {"had", "has", "have", "was", "were", "did"}:
                return True
            if verb.tag_ == "VBN" and verb.dep_ == "acl" and not aux and verb.lemma_.casefold() not in _SET_AHEAD:
                return True  # "The proposal, presented in Geneva on Tuesday by the envoy, would halt …": done before
                # what the sentence goes on to say of it (but "the talks, scheduled for Tuesday, …" look ahead)
            if verb.tag_ in ("VBZ", "VBP") and not aux:
                return False  # "the meeting …, which is due on Friday": its own verb is in the present
        tags = {t.tag_ for t in sent}
        future = any(t.tag_ == "MD" and t.lower_ in ("will", "shall", "'ll") for t in sent)
        # "Witkoff's visit to Moscow on 6 August led … to the summit", "led" read as a participle: a sentence with
        # no finite verb but a participle without its auxiliary tells the past
        bare_participle = "VBN" in tags and not tags & {"VBZ", "VBP", "MD", "VB"} and not any(
            c.dep_ in ("aux", "auxpass") for t in sent if t.tag_ == "VBN" for c in t.children)
        return ("VBD" in tags or ("VBN" in tags and any(t.lower_ in ("had", "has", "have") for t in sent))
                or bare_participle) and not (future and "VBD" not in tags)
    return past


@Language.component("truceline_timex")
def timex_component(doc: Doc) -> Doc:
    published: dt.date | None = doc._.published
    try:
        doc._.timexes = find_timexes(doc.text, published, past_tense=past_tense_at(doc), year=doc._.year)
    except Exception as exc:  # the report goes on undated rather than stopping its batch
        doc._.timexes, doc._.error = [], f"time expressions: {exc.__class__.__name__}: {exc}"
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
        try:
            doc._.statements, doc._.learned, doc._.context = extract_statements(doc, self.actor_base)
        except Exception as exc:  # one odd report must not stop a batch: the error travels with its doc
            doc._.statements, doc._.error = [], f"statements: {exc.__class__.__name__}: {exc}"
        return doc


class EventsComponent(_WithActorBase):
    """Sets doc._.events: typed, dated events with actors, places and quantities."""

    sentence_types: SentenceTypes | None = None  # a trained sentence classifier to weigh events with (sentence_types.py)

    def __call__(self, doc: Doc) -> Doc:
        from .events import extract_events

        if doc._.statements is None:
            StatementsComponent(self.actor_base)(doc)
        try:
            doc._.events = extract_events(doc, self.actor_base, self.sentence_types)
        except Exception as exc:  # as above
            doc._.events, doc._.error = [], doc._.error or f"events: {exc.__class__.__name__}: {exc}"
        return doc


def add_truceline_pipes(nlp: Language, actor_base: ActorBase, triggers: Path | None = None,
                        sentence_types: SentenceTypes | None = None) -> None:
    """Add truceline's components to a loaded English pipeline, sharing one actor base; `triggers`: a trained
    event-trigger model to add beside the event rules (see triggers.py); `sentence_types`: a trained sentence
    classifier that weighs the events found (see sentence_types.py)."""
    nlp.add_pipe("truceline_sentences", before="parser")
    add_trigger_pipe(nlp, triggers)
    nlp.add_pipe("truceline_timex")
    nlp.add_pipe("truceline_statements").actor_base = actor_base
    events = nlp.add_pipe("truceline_events")
    events.actor_base = actor_base
    events.sentence_types = sentence_types
