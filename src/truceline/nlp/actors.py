"""The actor base: who is who in peace-process reporting, and how the text names them.

Loaded from data/actors.yaml; actors learned from a report ("Vadim Kozyulin,
head of the IAMP …") are added with origin "learned" and kept by the store.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import spacy
import yaml
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..record import Actor, Role

_LONG_TENURE = 3  # years apart: officials who share this long a span in office date a report to its latest year
from ..settings import DATA_DIR

_LEADER_TITLES = ("President", "Prime Minister", "Chancellor", "Pope")


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """A name as looked up: accents off, case folded, a leading 'the' and punctuation dropped."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = s.replace("’", "'")
    s = re.sub(r"^the\s+", "", s.strip())
    s = re.sub(r"[^\w' -]", "", s)
    s = re.sub(r"'s$", "", s)
    return re.sub(r"[\s-]+", " ", s).strip()


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")


@dataclass
class ActorBase:
    actors: dict[str, Actor] = field(default_factory=dict)
    adjectives: dict[str, str] = field(default_factory=dict)  # folded adjective -> state id
    adjective_forms: list[str] = field(default_factory=list)  # as written: "Russian", "U.S."
    leader_nouns: dict[str, str] = field(default_factory=dict)  # folded phrase -> state id
    leader_phrases: list[str] = field(default_factory=list)  # as written: "the head of the White House"
    sides: tuple[str, ...] = ()  # the two sides of the war the record follows (actors.yaml `sides`)
    _names: dict[str, str] = field(default_factory=dict)  # folded name or alias -> actor id
    _surnames: dict[str, set[str]] = field(default_factory=dict)
    cache: dict = field(default_factory=dict, repr=False)  # derived structures (e.g. a phrase matcher), kept in step

    def add(self, actor: Actor) -> Actor:
        """Add an actor (or merge aliases into the one with the same id) and index its names."""
        known = self.actors.get(actor.id)
        if known:
            for alias in actor.aliases:
                if alias not in known.aliases and alias != known.name:
                    known.aliases.append(alias)
            actor = known
        else:
            self.actors[actor.id] = actor
        for name in [actor.name, *actor.aliases]:
            self._names.setdefault(fold(name), actor.id)
            if actor.kind == "person":
                parts = fold(name).split()
                if len(parts) > 1:
                    self._surnames.setdefault(parts[-1], set()).add(actor.id)
        return actor

    def lookup(self, name: str) -> Actor | None:
        """The actor a name or alias refers to ("the Kremlin" -> Russia), or None."""
        actor_id = self._names.get(fold(name))
        if actor_id:
            return self.actors[actor_id]
        parts = fold(name).split()
        if len(parts) == 1:
            ids = self._surnames.get(parts[0], set())
            if len(ids) == 1:
                return self.actors[next(iter(ids))]
        initials = re.fullmatch(r"\s*((?:[^\W\d_]\.\s?){1,3})\s*([^\W\d_][\w'’-]+)\s*", name)
        if initials:
            # "V. Putin", "K.A. Dmitriev": the one person of that surname whose first name has that initial
            first = fold(initials.group(1))[:1]
            ids = [i for i in self._surnames.get(fold(initials.group(2)), set())
                   if self.actors[i].kind == "person" and fold(self.actors[i].name).startswith(first)]
            if len(ids) == 1:
                return self.actors[ids[0]]
        return None

    def state_of(self, word: str) -> str | None:
        """The state an adjective or name stands for ("Russian", "Kremlin", "Kyiv" -> its state id)."""
        f = fold(word)
        if f in self.adjectives:
            return self.adjectives[f]
        actor = self.lookup(word)
        if actor is None:
            return None
        if actor.kind in ("state", "group") or (actor.kind == "organization" and actor.country is None):
            return actor.id
        return actor.country

    def leader(self, state: str, year: int | None) -> Actor | None:
        """The head of state or government of `state` in `year` (the latest when year is None)."""
        best: tuple[int, Actor] | None = None
        for actor in self.actors.values():
            if actor.kind != "person":
                continue
            for role in actor.roles:
                if role.org != state or not role.title.startswith(_LEADER_TITLES):
                    continue
                if year is not None and not ((role.start or 0) <= year <= (role.end or 9999)):
                    continue
                rank = 0 if role.title == "President" else 1
                if best is None or rank < best[0]:
                    best = (rank, actor)
        return best[1] if best else None

    def leader_noun(self, phrase: str) -> str | None:
        """The state whose leader a role noun names ("the head of the White House" -> united-states)."""
        p = re.sub(r"\s+", " ", phrase.strip().casefold())
        return self.leader_nouns.get(p if p.startswith("the ") else "the " + p)

    def name_spans(self, doc: Doc) -> list[tuple[int, int]]:
        """Where the doc names an actor (name, alias, surname, adjective or leader noun; case as written):
        the longest name at each place, left to right. One pass of a phrase matcher kept in `cache`, which
        takes in the names of actors added since it was built."""
        seen = doc.user_data.get("truceline.names")
        if seen and seen[0] == len(self.actors):  # the statements and the events both ask; read the doc once
            return seen[1]
        matcher, known, size = self.cache.get("names") or (PhraseMatcher(spacy.blank("en").vocab, attr="ORTH"), set(), 0)
        if size != len(self.actors):
            names = self._all_names() - known
            if names:
                tokenizer = self.cache.setdefault("tokenizer", spacy.blank("en").tokenizer)
                matcher.add("NAME", list(tokenizer.pipe(sorted(names))))
            self.cache["names"] = (matcher, known | names, len(self.actors))
        spans, last = [], -1
        for _, start, end in sorted(matcher(doc), key=lambda m: (m[1], -(m[2] - m[1]))):
            if start >= last:
                spans.append((doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)))
                last = end
        doc.user_data["truceline.names"] = (len(self.actors), spans)
        return spans

    def _all_names(self) -> set[str]:
        names: set[str] = set()
        for actor in self.actors.values():
            surnames = [n.split()[-1] for n in [actor.name, *actor.aliases] if actor.kind == "person" and " " in n]
            for n in [actor.name, *actor.aliases, *surnames]:
                if len(n) > 2 or n.isupper():
                    names.add(n)
                    if n.lower().startswith("the "):
                        names.add(n[4:])
        names.update(a for a in self.adjective_forms if len(a) > 2)
        for phrase in self.leader_phrases:
            names.update({phrase, phrase[0].upper() + phrase[1:]})
        return names

    def office_year(self, text: str, latest: int) -> int | None:
        """The earliest year, up to `latest`, in which every curated person the text names in full held an
        office the base knows of, or None when it names no such person or no year fits them all.

        For a report that names no year ("MOSCOW, August 14. /Agency/."): the officials it names date it.
        Only roles with a start year count; people the base knows no dated role of are left out."""
        years = self.office_years(text, latest)
        if not years:
            return None
        # officials in office over many years (only "Peskov" named) do not date a report to the first of them: it is
        # of their present; the first year counts where the years they share are few
        return max(years) if max(years) - min(years) >= _LONG_TENURE else min(years)

    def office_years(self, text: str, latest: int) -> set[int]:
        """Every year, up to `latest`, in which the curated people the text names (see `office_year`) all held
        an office the base knows of; empty when it names none or no year fits them all."""
        pattern, owner = self._dated_people()
        if pattern is None:
            return set()
        named = {owner[m.group(0)] for m in pattern.finditer(text)}
        if not named:  # "Zelenskiy meets Trump at the White House": a wire names its leaders by surname alone
            surnames, owner = self._dated_people(surnames=True)
            named = {owner[m.group(0)] for m in surnames.finditer(text)} if surnames is not None else set()
        years: set[int] | None = None
        for actor_id in named:
            spans = [(r.start, r.end or latest) for r in self.actors[actor_id].roles if r.start]
            held = {y for start, end in spans for y in range(start, min(end, latest) + 1)}
            years = held if years is None else years & held
        return years or set()

    def _dated_people(self, surnames: bool = False) -> tuple[re.Pattern[str] | None, dict[str, str]]:
        """One pattern for the full names (or the surnames, each only one such person's) of the curated people with
        a dated role, and whose each name is; built once per size of the base (one pass over a report instead of
        one per person)."""
        key = "dated_surnames" if surnames else "dated_people"
        cached = self.cache.get(key)
        if cached is not None and cached[0] == len(self.actors):
            return cached[1], cached[2]
        owner: dict[str, str] = {}
        shared: set[str] = set()
        for actor in self.actors.values():
            if actor.kind != "person" or actor.origin == "learned" or not any(r.start for r in actor.roles):
                continue
            for name in [actor.name, *actor.aliases]:
                if surnames and " " in name:
                    name = name.split()[-1]
                elif surnames or " " not in name:
                    continue
                if owner.setdefault(name, actor.id) != actor.id:
                    shared.add(name)
        for name in shared if surnames else ():
            del owner[name]
        names = sorted(owner, key=len, reverse=True)
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)") if names else None
        self.cache[key] = (len(self.actors), pattern, owner)
        return pattern, owner

    def learn(self, name: str, role: str | None, country: str | None, kind: str = "person") -> Actor:
        """A person or body named in a report and not in the base, added as a learned actor."""
        known = self.lookup(name)
        if known and (len(name.split()) > 1 or known.kind != "person"):
            return known
        parts = name.split()
        aliases = [parts[-1]] if kind == "person" and len(parts) > 1 else []
        roles = [Role(title=role, org=country)] if role else []
        actor = Actor(slug(name), name, kind, aliases, roles, country, origin="learned")  # type: ignore[arg-type]
        return self.add(actor)


@lru_cache(maxsize=1)
def _base_data() -> dict:
    return yaml.safe_load((DATA_DIR / "actors.yaml").read_text(encoding="utf-8"))


def load_actor_base(learned: list[Actor] | None = None) -> ActorBase:
    """A fresh actor base: the curated data plus the learned actors given (e.g. from the store)."""
    data = _base_data()
    base = ActorBase()
    for s in data["states"]:
        base.add(Actor(s["id"], s["name"], s.get("kind", "state"), list(s.get("aliases", []))))
        for adjective in s.get("adjectives", []):
            base.adjectives[fold(adjective)] = s["id"]
            base.adjective_forms.append(adjective)
    for section, kind in (("organizations", "organization"), ("media", "media")):
        for o in data[section]:
            base.add(Actor(o["id"], o["name"], kind, list(o.get("aliases", [])), [], o.get("country")))
    for p in data["people"]:
        roles = [Role(**r) for r in p.get("roles", [])]
        base.add(Actor(p["id"], p["name"], "person", list(p.get("aliases", [])), roles, p.get("country")))
    for entry in data["leader_nouns"]:
        for phrase in entry["phrases"]:
            base.leader_nouns[re.sub(r"\s+", " ", phrase.casefold())] = entry["state"]
            base.leader_phrases.append(phrase)
    base.sides = tuple(data.get("sides", ()))
    for actor in learned or []:
        base.add(actor)
    return base
