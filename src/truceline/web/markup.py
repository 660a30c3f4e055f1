"""The reader's marked-up report: paragraphs, sentences ranked for Select important, statements and events in place.

Spans are `[start, end)` offsets into the cleaned text (SPEC). The text is cut
at every span boundary and each piece is escaped on its own, so nothing a
report contains can become markup; where two spans cross, the inner one is
closed and reopened, which keeps the HTML well nested.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from ..record import Article, Event, Statement

# A sentence ends at . ! ? or … (with closing quotes or brackets), before a space and
# a capital, a digit, a quotation mark or a dash; not after an initial or a common abbreviation.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[—–\-]?[A-Z0-9А-ЯЁ])")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Gov|Sen|Rep|Jr|Sr|No|Vol|Jan|Feb|Mar|Apr|"
                           r"Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|approx|Prof|Capt|Adm|Maj|U\.S|U\.K|U\.N))\.$")



@dataclass
class Sentence:
    """A sentence of the report: where it is, what it carries, and how it ranks for Select important."""

    index: int
    start: int
    end: int
    paragraph: int
    statements: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    score: int = 0
    tier: int = 0  # 1 = most informative … 3 = carries something; 0 = nothing

    @property
    def anchor(self) -> str:
        return f"s{self.index}"

    def to_dict(self, text: str) -> dict:
        return {"index": self.index, "anchor": self.anchor, "span": [self.start, self.end],
                "text": text[self.start:self.end].strip(), "paragraph": self.paragraph,
                "statements": self.statements, "events": self.events, "score": self.score, "tier": self.tier}


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The `[start, end)` of each non-blank line of the text, without its surrounding whitespace."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        if line.strip():
            lead = len(line) - len(line.lstrip())
            out.append((m.start() + lead, m.start() + len(line.rstrip())))
    return out


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [(a, b) for a, b in out]


def split_sentences(text: str, paras: list[tuple[int, int]], events: list[Event]) -> list[tuple[int, int, int]]:
    """Sentences as (start, end, paragraph): they tile each paragraph; an event's sentence is never cut."""
    event_spans = _merged([e.span for e in events if e.span[1] > e.span[0]])
    out = []
    for p, (p_start, p_end) in enumerate(paras):
        cuts = {p_start, p_end}
        for m in _SENTENCE_END.finditer(text, p_start, p_end):
            if not _ABBREVIATION.search(text[max(p_start, m.start() - 6):m.start() + 1]):
                cuts.add(m.end())
        for e_start, e_end in event_spans:
            # The parser's sentence for an event wins over our cuts inside it.
            cuts = {c for c in cuts if not (max(e_start, p_start) < c < min(e_end, p_end))}
            cuts.update(c for c in (e_start, e_end) if p_start < c < p_end)
        bounds = sorted(cuts)
        for a, b in zip(bounds, bounds[1:]):
            if text[a:b].strip() or not out or out[-1][2] != p:
                out.append((a, b, p))
            else:  # the space between two sentences stays with the first
                out[-1] = (out[-1][0], b, p)
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def event_weight(e: Event) -> int:
    """What an event adds to its sentence's rank: more when dated (the finer the better), quantified, placed, two-sided."""
    weight = 4
    if e.date:
        weight += {"day": 3, "time": 3, "week": 2, "month": 2}.get(e.date.granularity, 1)
    if e.quantities:
        weight += 2
    if e.place:
        weight += 2
    if len({a.actor for a in e.actors}) >= 2:  # who with whom is known
        weight += 1
    if e.status in ("cancelled", "postponed"):
        weight += 1
    return weight


def statement_weight(s: Statement) -> int:
    """What a statement adds: less than an event; more when the speaker is known, it is dated, or quoted verbatim."""
    return 2 + (1 if s.speaker.actor else 0) + (1 if s.date else 0) + (1 if s.kind == "direct" else 0)


def rank(sentences: list[Sentence], article: Article) -> None:
    """Score each sentence by what it carries, then tier the scored ones: 1 the top fifth, 2 down to the median, 3 the rest.

    Ties share a tier, and tier 2 always starts below tier 1, so the key sentences stand out.
    """
    weights = {e.id: event_weight(e) for e in article.events}
    weights.update({s.id: statement_weight(s) for s in article.statements})
    for s in sentences:
        # A sentence in a long quotation carries that one statement: count statements once, not their length.
        s.score = sum(weights[i] for i in s.events) + min(sum(weights[i] for i in s.statements), 6)
    scores = sorted((s.score for s in sentences if s.score > 0), reverse=True)
    if not scores:
        return
    top = scores[max(0, round(len(scores) * 0.2) - 1)]
    middle = scores[max(0, round(len(scores) * 0.5) - 1)]
    if middle >= top:
        lower = [x for x in scores if x < top]
        middle = lower[0] if lower else top + 1
    for s in sentences:
        if s.score > 0:
            s.tier = 1 if s.score >= top else 2 if s.score >= middle else 3


def sentences_of(article: Article) -> list[Sentence]:
    """The report's sentences with the statements and events each carries, ranked."""
    paras = paragraphs(article.text)
    sentences = [Sentence(i, a, b, p) for i, (a, b, p) in enumerate(split_sentences(article.text, paras,
                                                                                      article.events))]
    starts = [s.start for s in sentences]
    for e in article.events:
        i = max(0, bisect.bisect_right(starts, e.span[0]) - 1)
        if sentences and _overlaps(e.span, (sentences[i].start, sentences[i].end)):
            sentences[i].events.append(e.id)
        else:
            for s in sentences:
                if _overlaps(e.span, (s.start, s.end)):
                    s.events.append(e.id)
                    break
    for st in article.statements:
        for s in sentences:
            if _overlaps(st.span, (s.start, s.end)):
                s.statements.append(st.id)
    rank(sentences, article)
    return sentences


# -- HTML ------------------------------------------------------------------

def _date_label(e: Event) -> str:
    return e.date.value if e.date else "undated"


def speaker_label(s: Statement) -> str:
    names = [s.speaker.name, *(c.name for c in s.co_speakers)]
    return " and ".join(names)


def statement_title(s: Statement) -> str:
    who = speaker_label(s)
    if s.speaker.mention and s.speaker.mention != s.speaker.name:
        who += f" (“{s.speaker.mention}”)"
    extra = f" to {s.addressee}" if s.addressee else ""
    extra += f", {s.date.value}" if s.date else ""
    return f"{who} — {s.cue}{extra} · {s.kind}"


def _find_trigger(text: str, e: Event) -> tuple[int, int] | None:
    if not e.trigger:
        return None
    i = text.lower().find(e.trigger.lower(), e.span[0], e.span[1])
    return (i, i + len(e.trigger)) if i >= 0 else None


@dataclass(frozen=True)
class _Wrap:
    key: str
    order: tuple
    open_first: Markup
    open_again: Markup
    close: Markup


def _statement_wrap(s: Statement) -> _Wrap:
    attrs = Markup(' class="st st-{kind}{cont}" data-st="{id}" data-speaker="{speaker}" title="{title}"')
    first = Markup('<span id="st-{id}"').format(id=s.id) + attrs.format(
        kind=s.kind, cont="", id=s.id, speaker=speaker_label(s), title=statement_title(s)) + Markup(">")
    again = Markup("<span") + attrs.format(
        kind=s.kind, cont=" cont", id=s.id, speaker=speaker_label(s), title=statement_title(s)) + Markup(">")
    return _Wrap(f"st:{s.id}", (s.span[0], -s.span[1], 0), first, again, Markup("</span>"))


def _trigger_wrap(e: Event, at: tuple[int, int]) -> _Wrap:
    tag = Markup('<b class="trigger" data-ev="{id}" title="{type} trigger">').format(id=e.id, type=e.type)
    return _Wrap(f"tr:{e.id}", (at[0], -at[1], 1), tag, tag, Markup("</b>"))


def _nest(text: str, start: int, end: int, wraps: list[tuple[tuple[int, int], _Wrap]], opened: set[str]) -> Markup:
    """`text[start:end]` with each wrapper around its span, split and reopened where spans cross.

    `opened` holds the wrappers opened before (in earlier sentences): those reopen without their id.
    """
    cuts = {start, end}
    for (a, b), _ in wraps:
        cuts.update(c for c in (a, b) if start < c < end)
    bounds = sorted(cuts)
    out: list[Markup] = []
    stack: list[_Wrap] = []
    for a, b in zip(bounds, bounds[1:]):
        active = sorted((w for (s, e), w in wraps if s <= a and b <= e), key=lambda w: w.order)
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep].key == active[keep].key:
            keep += 1
        for w in reversed(stack[keep:]):
            out.append(w.close)
        stack = stack[:keep]
        for w in active[keep:]:
            out.append(w.open_again if w.key in opened else w.open_first)
            opened.add(w.key)
            stack.append(w)
        out.append(escape(text[a:b]))
    out.extend(w.close for w in reversed(stack))
    return Markup("").join(out)


def _event_tag(e: Event) -> Markup:
    return Markup('<a class="ev-tag ev-{type} status-{status}" id="ev-{id}" href="#ev-{id}" title="{summary}">'
                  '<span class="ev-type">{label}</span> <span class="ev-date">{date}</span></a>').format(
        type=e.type, status=e.status, id=e.id, summary=f"{e.summary} · {e.status}",
        label=e.type.replace("_", " "), date=_date_label(e))


@dataclass
class Paragraph:
    index: int
    html: Markup
    statements: list[Statement]
    events: list[Event]
    heading: bool = False  # a crosshead: a short line that carries nothing and ends without punctuation


def render(article: Article, sentences: list[Sentence]) -> list[Paragraph]:
    """The report as paragraphs of escaped text with statements, event triggers and event tags in place.

    Each statement and event is listed with the paragraph it starts in, for the margin.
    """
    text = article.text
    statements = {s.id: s for s in article.statements}
    events = {e.id: e for e in article.events}
    triggers = {e.id: _find_trigger(text, e) for e in article.events}
    by_paragraph: dict[int, list[Sentence]] = {}
    for s in sentences:
        by_paragraph.setdefault(s.paragraph, []).append(s)
    out = []
    seen_statements: set[str] = set()
    opened: set[str] = set()
    for p, sents in sorted(by_paragraph.items()):
        pieces: list[Markup] = []
        margin_statements: list[Statement] = []
        margin_events: list[Event] = []
        for s in sents:
            wraps = []
            for sid in s.statements:
                st = statements[sid]
                wraps.append(((max(st.span[0], s.start), min(st.span[1], s.end)), _statement_wrap(st)))
                if sid not in seen_statements:
                    seen_statements.add(sid)
                    margin_statements.append(st)
            for eid in s.events:
                at = triggers[eid]
                if at and s.start <= at[0] and at[1] <= s.end:
                    wraps.append((at, _trigger_wrap(events[eid], at)))
                margin_events.append(events[eid])
            classes = "sent" + (" has-ev" if s.events else "") + (" has-st" if s.statements else "")
            trailing = len(text[s.start:s.end]) - len(text[s.start:s.end].rstrip()) if s.events else 0
            # Event tags go after the sentence's last word, not after the space that follows it.
            body = _nest(text, s.start, s.end - trailing, wraps, opened)
            tags = Markup("").join(_event_tag(events[eid]) for eid in s.events)
            tail = escape(text[s.end - trailing:s.end])
            pieces.append(Markup('<span class="{cls}" id="{anchor}" data-score="{score}" data-tier="{tier}">'
                                 '{body}{tags}</span>{tail}').format(
                cls=classes, anchor=s.anchor, score=s.score, tier=s.tier, body=body,
                tags=tags, tail=tail))
        line = text[sents[0].start:sents[-1].end].strip()
        heading = (len(line) < 100 and not re.search(r"[.!?:;,\"'”’»…)]$", line)
                   and not any(s.statements or s.events for s in sents))
        out.append(Paragraph(p, Markup("").join(pieces), margin_statements, margin_events, heading))
    return out
