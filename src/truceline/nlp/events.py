"""Events: talks, calls, summits, proposals, demands, exchanges … typed, dated, placed and counted.

Triggers come from data/events.yaml. For each trigger in a sentence we read:
its status from the words of its clause (planned, postponed, hypothetical …),
skipping negated and habitual ones; its actors from the sentence (or, when the
sentence names none, from the event told just before); its date from the
time expressions of the sentence (or of the paragraph's previous event); its
place; and its quantities. A definite noun ("the summit") that has an
antecedent is a reference to that event, not a new one, unless the sentence
changes its status ("put preparations for the meeting on hold").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import yaml
from spacy.tokens import Doc, Span

from ..record import Event, EventActor, Quantity, Statement, TimeValue
from ..settings import DATA_DIR
from .actors import ActorBase, fold
from .quantities import find_quantities
from .statements import paragraphs

_REFERENCE_NOUNS = re.compile(r"\b(the|that|this|these|those)\s+(?:\w+\s+){0,2}?(summit|meeting|talks|negotiations|"
                              r"conversation|call|exchange|swap|plan|proposals?|agreement|deal)\b", re.IGNORECASE)
_TEMPORAL_BACKGROUND = re.compile(r"\b(since|after|before|following|ahead of|prior to|preceding)\s+(the|a|an)?\s*"
                                  r"(?:\w+\s+){0,2}$", re.IGNORECASE)
_PLACE_PREPS = re.compile(r"\b(in|at|to|from|near|outside)\s+(the\s+)?$", re.IGNORECASE)
_DATE_VALUE = re.compile(r"^\d{4}(-(\d{2}|W\d{2}|Q\d))?(-\d{2})?")


@dataclass(frozen=True)
class _Place:
    name: str
    country: str | None
    city: bool
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class _Rules:
    types: dict[str, list[re.Pattern[str]]]
    status: dict[str, re.Pattern[str]]
    negation: re.Pattern[str]
    habitual: re.Pattern[str]
    state_types: frozenset[str]
    directed: frozenset[str]
    summaries: dict[str, str]
    places: tuple[_Place, ...]


def _words(words: list[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def rules() -> _Rules:
    data = yaml.safe_load((DATA_DIR / "events.yaml").read_text(encoding="utf-8"))
    places_data = yaml.safe_load((DATA_DIR / "places.yaml").read_text(encoding="utf-8"))
    places = []
    for p in places_data:
        names = sorted([p["name"], *p.get("aliases", [])], key=len, reverse=True)
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
        places.append(_Place(p.get("in") or p["name"], p.get("country"), bool(p.get("city")), pattern))
    return _Rules(
        types={t: [re.compile(p, re.IGNORECASE if not any(c in p for c in "[A-Z]") else 0) for p in pats]
               for t, pats in data["types"].items()},
        status={s: _words(w) for s, w in data["status"].items()},
        negation=_words([re.escape(w) if "'" in w else w for w in data["negation"]]),
        habitual=_words(data["habitual"]),
        state_types=frozenset(data["state_types"]),
        directed=frozenset(data["directed"]),
        summaries=data["summaries"],
        places=tuple(places),
    )


@dataclass
class _Mention:
    start: int
    end: int
    actor: str
    state: str | None


@dataclass
class _Draft:
    type: str
    status: str
    trigger: tuple[int, int]
    sentence: Span
    paragraph: int
    actors: list[EventActor] = field(default_factory=list)
    date: TimeValue | None = None
    place: str | None = None
    quantities: list[Quantity] = field(default_factory=list)
    reference: bool = False


class _EventReader:
    def __init__(self, doc: Doc, base: ActorBase):
        self.doc = doc
        self.text = doc.text
        self.base = base
        self.rules = rules()
        self.ctx = doc._.context
        self.timexes = [t for t in doc._.timexes or [] if t.type in ("DATE", "TIME") and t.value
                        and _DATE_VALUE.match(t.value)]
        self.drafts: list[_Draft] = []
        self.venue = self._talks_venue()

    # -- the document's talks venue: "the Istanbul format", "talks … in Istanbul" ----------

    def _talks_venue(self) -> str | None:
        counts: dict[str, int] = {}
        for place in self.rules.places:
            for m in place.pattern.finditer(self.text):
                window = self.text[max(0, m.start() - 60): m.end() + 40].casefold()
                if re.search(r"\b(talks|negotiat\w*|format|track|process|round|delegations?)\b", window):
                    counts[place.name] = counts.get(place.name, 0) + 1
        if not counts:
            return None
        best = max(counts, key=counts.get)
        return best if counts[best] >= 2 else None

    # -- reading ----------------------------------------------------------------------------

    def run(self, statements: list[Statement]) -> list[Event]:
        for p, (start, end) in enumerate(paragraphs(self.text)):
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is None or not self.text[start:end].rstrip().endswith((".", "!", "\"", "”", "»", ")")):
                continue  # headlines and captions tell no events
            for sent in span.sents:
                self._sentence(sent, p)
        return self._finish(statements)

    def _sentence(self, sent: Span, paragraph: int) -> None:
        s = sent.text
        if s.rstrip().endswith("?"):
            return
        seen_types: set[str] = set()
        for etype, patterns in self.rules.types.items():
            for pattern in patterns:
                for m in pattern.finditer(s):
                    g = "t" if "t" in pattern.groupindex and m.group("t") else 0
                    t_start, t_end = sent.start_char + m.start(g), sent.start_char + m.end(g)
                    if etype in seen_types or self._overlaps_trigger(t_start, t_end):
                        continue
                    draft = self._draft(etype, sent, paragraph, (t_start, t_end))
                    if draft is not None:
                        self.drafts.append(draft)
                        seen_types.add(etype)

    def _overlaps_trigger(self, start: int, end: int) -> bool:
        return any(d.trigger[0] < end and start < d.trigger[1] for d in self.drafts)

    def _clause(self, sent: Span, start: int, end: int) -> str:
        """The words around a trigger up to the nearest clause break on each side."""
        s = sent.text
        rel_s, rel_e = start - sent.start_char, end - sent.start_char
        left = max(s.rfind(",", 0, rel_s), s.rfind(";", 0, rel_s), s.rfind(" while ", 0, rel_s),
                   s.rfind(" but ", 0, rel_s), s.rfind("—", 0, rel_s))
        right_candidates = [i for i in (s.find(",", rel_e), s.find(";", rel_e), s.find(" while ", rel_e),
                                        s.find("—", rel_e)) if i != -1]
        right = min(right_candidates) if right_candidates else len(s)
        return s[left + 1: right]

    def _draft(self, etype: str, sent: Span, paragraph: int, trigger: tuple[int, int]) -> _Draft | None:
        r = self.rules
        before = self.text[sent.start_char: trigger[0]]
        clause = self._clause(sent, *trigger)
        trig_text = self.text[trigger[0]:trigger[1]]
        if _TEMPORAL_BACKGROUND.search(before[-60:]):
            return None  # "since the last talks": a time reference, not an event told here
        if self._negated(clause, trig_text) or r.habitual.search(clause):
            return None
        status = self._status(clause, trig_text, etype)
        reference = bool(_REFERENCE_NOUNS.search(self.text[max(sent.start_char, trigger[0] - 30): trigger[1]])) \
            and not re.match(r"(?:held|had|met|agreed|submitted|put|signed)", trig_text, re.IGNORECASE)
        antecedent = self._antecedent(etype) if reference else None
        if reference and antecedent is not None and status == "occurred" and etype != "summit":
            return None
        if reference and antecedent is not None and status == "occurred":
            return None
        draft = _Draft(etype, status, trigger, sent, paragraph, reference=reference)
        if antecedent is not None:
            draft.type, draft.place = antecedent.type, antecedent.place
            draft.actors = [EventActor(a.actor, a.role) for a in antecedent.actors]
        self._read_actors(draft)
        self._read_date(draft)
        self._read_place(draft)
        draft.quantities = find_quantities(self.doc, sent, self.base, self._mentions(sent))
        return draft

    def _negated(self, clause: str, trigger: str) -> bool:
        head = clause.split(trigger)[0] if trigger in clause else clause
        return bool(self.rules.negation.search(head[-40:])) or bool(re.search(
            r"\bno\s+(?:\w+\s+){0,2}" + re.escape(trigger.split()[-1]), clause, re.IGNORECASE))

    def _status(self, clause: str, trigger: str, etype: str) -> str:
        for status in ("cancelled", "postponed"):
            if self.rules.status[status].search(clause):
                return status
        if etype == "proposal":
            return "occurred"
        head = clause.split(trigger)[0] if trigger in clause else clause
        if self.rules.status["hypothetical"].search(head[-50:]):
            return "hypothetical"
        if self.rules.status["planned"].search(clause):
            return "planned"
        if re.match(r"allowed|approved in principle|considering", trigger, re.IGNORECASE) or \
                self.rules.status["proposed"].search(head[-40:]):
            return "proposed"
        return "occurred"

    def _antecedent(self, etype: str) -> _Draft | None:
        compatible = {"summit": ("summit", "talks"), "talks": ("talks", "summit"), "call": ("call",)}
        for d in reversed(self.drafts):
            if d.type in compatible.get(etype, (etype,)):
                return d
        return None

    # -- actors -----------------------------------------------------------------------------

    def _mentions(self, sent: Span) -> list[_Mention]:
        """Actors named in a sentence, in order: states, their stand-ins and adjectives, people, bodies."""
        found: list[_Mention] = []
        taken: list[tuple[int, int]] = []

        def add(start: int, end: int, actor_id: str) -> None:
            if any(s < end and start < e for s, e in taken):
                return
            actor = self.base.actors.get(actor_id)
            if actor is None:
                return
            state = actor.id if actor.kind in ("state", "group") else actor.country
            found.append(_Mention(start, end, actor.id, state))
            taken.append((start, end))

        for ent in sent.ents:
            if ent.label_ == "PERSON":
                actor = self._person(ent.text)
                if actor:
                    add(ent.start_char, ent.end_char, actor)
        for m in _name_pattern(self.base).finditer(sent.text):
            start, end = sent.start_char + m.start(), sent.start_char + m.end()
            word = m.group(0)
            if self._is_place_word(word, self.text[max(0, start - 12): start]):
                continue
            state = self.base.leader_noun(word)
            if state:
                leader = self.base.leader(state, self.ctx.year if self.ctx else None)
                add(start, end, leader.id if leader else state)
                continue
            actor = self.base.lookup(word) or (None if word[:1].islower() else None)
            if actor is not None:
                add(start, end, actor.id)
            elif fold(word) in self.base.adjectives:
                add(start, end, self.base.adjectives[fold(word)])
        found.sort(key=lambda x: x.start)
        return found

    def _person(self, name: str) -> str | None:
        name = re.sub(r"'s$|’s$", "", name.strip())
        if self.ctx is not None:
            actor = self.ctx.by_surname(name.split()[-1]) if name else None
            if actor is not None:
                return actor.id
        actor = self.base.lookup(name)
        return actor.id if actor else None

    def _is_place_word(self, word: str, before: str) -> bool:
        for place in self.rules.places:
            if place.pattern.fullmatch(word):
                return not place.city or bool(_PLACE_PREPS.search(before))
        return False

    def _read_actors(self, d: _Draft) -> None:
        mentions = self._mentions(d.sentence)
        if not mentions:
            if not d.actors:
                prior = next((p for p in reversed(self.drafts) if p.paragraph == d.paragraph and p.actors), None) \
                    or (self.drafts[-1] if self.drafts and self.drafts[-1].actors and
                        self.drafts[-1].paragraph >= d.paragraph - 1 else None)
                if prior is not None:
                    d.actors = [EventActor(a.actor, a.role) for a in prior.actors]
            return
        directed = d.type in self.rules.directed
        actors: list[EventActor] = []
        for m in mentions:
            role = "participant"
            if directed:
                role = "source" if m.start < d.trigger[0] else "target"
            ids = [m.actor] if m.state in (None, m.actor) else [m.actor, m.state]
            if d.type not in self.rules.state_types:
                ids = [m.actor]
            for actor_id in ids:
                if not any(a.actor == actor_id for a in actors):
                    actors.append(EventActor(actor_id, role))
        if directed and not any(a.role == "source" for a in actors) and len(actors) > 1:
            actors[0].role = "source"
        if d.actors and d.reference:
            known = {a.actor for a in d.actors}
            d.actors += [a for a in actors if a.actor not in known]
        else:
            d.actors = actors

    # -- date and place -----------------------------------------------------------------------

    def _read_date(self, d: _Draft) -> None:
        sent = d.sentence
        inside = [t for t in self.timexes if sent.start_char <= t.start and t.end <= sent.end_char]
        if inside:
            best = min(inside, key=lambda t: abs(t.start - d.trigger[0]))
            d.date = best.to_time()
            return
        prior = next((p for p in reversed(self.drafts) if p.paragraph == d.paragraph and p.date), None)
        if prior is not None and d.status in ("occurred", "planned", "proposed") and not d.reference:
            d.date = prior.date

    def _read_place(self, d: _Draft) -> None:
        s = d.sentence.text
        best: tuple[int, str] | None = None
        for place in self.rules.places:
            for m in place.pattern.finditer(s):
                start = d.sentence.start_char + m.start()
                before = self.text[max(0, start - 12): start]
                adjective_use = re.match(r"\s+(format|track|process|talks|meeting|summit|round)", s[m.end():])
                if place.city and not (_PLACE_PREPS.search(before) or adjective_use):
                    continue
                distance = abs(start - d.trigger[0])
                if best is None or distance < best[0]:
                    best = (distance, place.name)
        if best is not None:
            d.place = best[1]
        elif d.type == "talks" and not d.place and self.venue:
            d.place = self.venue

    # -- finishing ------------------------------------------------------------------------------

    def _finish(self, statements: list[Statement]) -> list[Event]:
        events = []
        for n, d in enumerate(self.drafts, 1):
            if not d.actors:
                continue
            self._add_mediator(d)
            start, end = d.sentence.start_char, d.sentence.end_char
            while end > start and self.text[end - 1].isspace():
                end -= 1
            statement = next((s.id for s in statements if s.span[0] <= d.trigger[0] < s.span[1]), None)
            events.append(Event(
                id=f"{self.doc._.article_id}-e{len(events) + 1}", type=d.type, status=d.status,  # type: ignore[arg-type]
                trigger=self.text[d.trigger[0]:d.trigger[1]], span=(start, end), summary=self._summary(d),
                actors=d.actors, date=d.date, place=d.place, quantities=d.quantities, statement=statement))
        return events

    def _add_mediator(self, d: _Draft) -> None:
        if d.type not in ("talks", "summit") or not d.place:
            return
        host = next((p.country for p in self.rules.places if p.name == d.place), None)
        parties = {a.actor for a in d.actors} | {self.base.actors[a.actor].country for a in d.actors
                                                  if a.actor in self.base.actors}
        if host and host in self.base.actors and host not in parties and len(d.actors) >= 2:
            d.actors.append(EventActor(host, "mediator"))

    def _summary(self, d: _Draft) -> str:
        def names(actors: list[EventActor]) -> str:
            ns = []
            for a in actors:
                actor = self.base.actors.get(a.actor)
                if actor and actor.kind in ("state", "group") and actor.name not in ns:
                    ns.append(actor.name)
            if not ns:
                ns = [self.base.actors[a.actor].name for a in actors if a.actor in self.base.actors][:2]
            return " and ".join([", ".join(ns[:-1]), ns[-1]]) if len(ns) > 1 else (ns[0] if ns else "unnamed parties")

        parties = [a for a in d.actors if a.role != "mediator"]
        line = self.rules.summaries[d.type].format(
            actors=names(parties), source=names([a for a in parties if a.role == "source"] or parties[:1]),
            target=names([a for a in parties if a.role == "target"]) if any(a.role == "target" for a in parties)
            else "others")
        if d.status != "occurred":
            line += f" ({d.status})"
        return line


@lru_cache(maxsize=4)
def _name_pattern_cached(key: int, names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def _name_pattern(base: ActorBase) -> re.Pattern[str]:
    """One pattern for every name, alias and adjective in the base, longest first (case-sensitive)."""
    names = set()
    for actor in base.actors.values():
        for n in [actor.name, *actor.aliases]:
            if len(n) > 2 or n.isupper():
                names.add(n)
                if n.lower().startswith("the "):
                    names.add(n[4:])
    for adjective_actor in base.adjectives:
        pass
    adjectives = {a for a in _adjectives(base)}
    leaders = {"the American leader", "the US leader", "the head of the White House", "the Russian leader",
               "the Ukrainian leader", "the American president", "the Russian president", "the Ukrainian president"}
    all_names = tuple(sorted(names | adjectives | leaders, key=len, reverse=True))
    return _name_pattern_cached(len(all_names), all_names)


def _adjectives(base: ActorBase) -> set[str]:
    out = set()
    for actor in base.actors.values():
        if actor.kind in ("state", "group"):
            pass
    data = yaml.safe_load((DATA_DIR / "actors.yaml").read_text(encoding="utf-8"))
    for s in data["states"]:
        out.update(a for a in s.get("adjectives", []) if len(a) > 2)
    return out


def extract_events(doc: Doc, base: ActorBase) -> list[Event]:
    return _EventReader(doc, base).run(doc._.statements or [])
