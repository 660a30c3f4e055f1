"""Who a mention in the text refers to: names, surnames, pronouns, role nouns, institutions.

A `DocContext` follows one report from top to bottom, remembering the people
and bodies it has named and the speakers it has quoted, so that "the
diplomat", "he" and "Galuzin" resolve to the person named before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import yaml
from spacy.tokens import Span, Token

from ..record import Actor, Role, Speaker
from ..settings import DATA_DIR
from .actors import ActorBase, fold
from .timex_grammar import MONTHS, WEEKDAYS

_PRONOUNS_PERSON = {"he", "she", "him", "her", "his"}
# "declared this one for Meridian24" (a translation's "acesta"), "the latter said": the person named last
_PRONOUNS_LATTER = {"this one", "the latter", "this latter", "the same"}  # "The same added that …" (translated)
DAY_WORDS = {*(w.casefold() for w in WEEKDAYS), "today", "yesterday", "tonight"}  # "said Peskov Tuesday"
_PRONOUNS_PLURAL = {"they", "them", "their"}
_OWN_WORDS = re.compile(r"^(his|her|its|their)\s+(?:own\s+)?(?:statement|estimates?|words|data|account|assessment|"
                        r"information|figures|count|calculations?|readout|version)$", re.IGNORECASE)
_DOCUMENT_OF = re.compile(r"^(?:the\s+)?(.+?)['’]s?\s+(?:official\s+)?(?:readout|statement|communiqu[eé]|press release|website|"
                          r"telegram channel|account|transcript)$", re.IGNORECASE)
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
_POSSESSIVE = re.compile(r"^(?:the\s+)?([\w.-]+?|his|her|its|their)(?:'s|’s|')?\s+((?:[a-z-]+\s+){0,8}[a-z-]+)$",
                         re.IGNORECASE)
_TITLE_OF = re.compile(r"^(?:[Tt]he\s+)?((?:[a-z-]+\s+){0,3}?[a-z-]+(?:\s+of\s+the\s+[a-z-]+)?)\s+of\s+(?:the\s+)?"
                       r"([A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,2})$")
_NAME_PARTICLES = {"von", "der", "de", "bin", "van", "al", "la", "le", "da"}


@dataclass(frozen=True)
class _RoleNoun:
    nouns: tuple[str, ...]
    titles: re.Pattern[str]


@dataclass(frozen=True)
class CueLexicon:
    verbs: frozenset[str]
    needs_clause: frozenset[str]
    particles: dict[str, str]
    according_to: tuple[str, ...]
    audiences: frozenset[str]
    role_nouns: tuple[_RoleNoun, ...]
    generic_speakers: frozenset[str]
    title_words: frozenset[str] = frozenset()
    habitual: frozenset[str] = frozenset()  # adverbs of habit ("often calls on …")
    voices: frozenset[str] = frozenset()  # who speaks for a body: spokesperson, press service
    negated_cues: frozenset[str] = frozenset()  # cues only when negated: "did not exclude that …"
    non_speakers: frozenset[str] = frozenset()  # subjects of a cue verb that speak for no one: "work", "nothing"

    def role_class(self, noun: str) -> _RoleNoun | None:
        """The class of a role noun: "the diplomat", "the former ambassador", "the head of intelligence" (by its
        head word when the whole is not listed)."""
        n = re.sub(r"^(?:former|ex-|then|outgoing|incoming|current|new)\s*", "", noun.casefold())
        for candidate in (n, n.split(" of ")[0]):
            for rn in self.role_nouns:
                if candidate in rn.nouns:
                    return rn
        return None


@lru_cache(maxsize=1)
def cue_lexicon() -> CueLexicon:
    data = yaml.safe_load((DATA_DIR / "cues.yaml").read_text(encoding="utf-8"))
    return CueLexicon(
        verbs=frozenset(data["verbs"]),
        needs_clause=frozenset(data["needs_clause"]),
        particles=dict(data["particles"]),
        according_to=tuple(data["according_to"]),
        audiences=frozenset(a.casefold() for a in data["audiences"]),
        role_nouns=tuple(_RoleNoun(tuple(n.casefold() for n in r["nouns"]), re.compile(r["titles"], re.IGNORECASE))
                         for r in data["role_nouns"]),
        generic_speakers=frozenset(fold(g) for g in data["generic_speakers"]),
        title_words=frozenset(data.get("title_words", [])),
        habitual=frozenset(data.get("habitual", [])),
        voices=frozenset(data.get("voices", [])),
        negated_cues=frozenset(data.get("negated_cues", [])),
        non_speakers=frozenset(fold(w) for w in data.get("non_speakers", [])),
    )


@dataclass
class Mentioned:
    """A person or body the report has named, with the roles the report or the base gives it."""

    actor: Actor
    roles: list[str] = field(default_factory=list)
    last_seen: int = 0
    spoke: bool = False
    last_subject: int = -1  # when it was last a sentence's subject or a speaker: what "he" most likely means
    gender: str | None = None  # "m" or "f", where the text shows it ("Ms Darcourt", "has shown herself firm")


_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_ROLE_GENDER = re.compile(r"\b(?:(?P<m>spokesman|chairman|congressman|businessman|king|prince)|"
                          r"(?P<f>spokeswoman|chairwoman|congresswoman|businesswoman|queen|princess))\b", re.IGNORECASE)


def role_gender(role: str) -> str | None:
    """"m" or "f" where a role says it ("Kremlin spokesman", "chairwoman"), else None."""
    m = _ROLE_GENDER.search(role)
    return None if m is None else "m" if m.group("m") else "f"


# A person left unnamed who speaks for a state or body: "the representative of Pakistan", "the speaker for France"
_HUMAN_VOICE = re.compile(r"(?:the\s+)?(?:representative|speaker|delegate|ambassador|envoy|permanent representative)"
                          r"\s+(?:of|for)\b", re.IGNORECASE)


# A newspaper's name the actor base does not know ("The Times", "Le Figaro"); the outlets it knows are its media
_OUTLET_NAME = re.compile(r"\b(?:Times|Post|Journal|Herald|Gazette|Tribune|Telegraph|Guardian|Pravda|Zeitung|Figaro|"
                          r"País|Pais|Observer|Express|Daily|Weekly|Vedomosti|Corriere|Repubblica|"
                          r"\w*(?:Info|News|Newswire)|Radio|TV)\b")


def outlet_named(text: str) -> bool:
    """Whether a name is a news outlet's by its words ("The Times", "TerazInfo", "Radio Hexagone")."""
    return bool(_OUTLET_NAME.search(text))


# an outlet named by what it is: "the paper", "the London paper", "the Kyiv news site", "the agency"
_OUTLET_NOUN = re.compile(r"(?:the\s+)?(?:(?-i:[A-Z])[\w-]+\s+)?(?:paper|newspaper|daily|weekly|tabloid|broadsheet|outlet|"
                          r"(?:news|wire)\s+agency|broadcaster|publication|news\s+(?:site|website)|magazine)", re.IGNORECASE)


@dataclass
class DocContext:
    base: ActorBase
    year: int | None
    mentioned: dict[str, Mentioned] = field(default_factory=dict)
    learned: dict[str, Actor] = field(default_factory=dict)
    last_speaker: Speaker | None = None
    last_person_speaker: Speaker | None = None
    last_plural_speaker: Speaker | None = None
    last_unnamed: Speaker | None = None  # "a European diplomat": whom "the diplomat" may mean next
    last_outlet: Speaker | None = None  # the newspaper or agency that spoke last: whom "the paper" means next
    first_subject: Actor | None = None  # the person a report opens with ("Vladimir Putin held a call …")
    clock: int = 0
    spoke_at: int = 0  # the clock when the last speaker spoke
    genders: dict[str, str] = field(default_factory=dict)  # surname (folded) -> "m"/"f", as the text shows it

    # -- remembering ---------------------------------------------------------

    def note(self, actor: Actor, roles: list[str] = (), spoke: bool = False, subject: bool = False) -> None:
        self.clock += 1
        m = self.mentioned.get(actor.id)
        if m is None:
            base_roles = [r.title for r in actor.roles if _held(r, self.year)]
            m = self.mentioned[actor.id] = Mentioned(actor, base_roles)
        for r in roles:
            if r and r not in m.roles:
                m.roles.append(r)
        if m.gender is None and actor.kind == "person":
            m.gender = self.genders.get(fold(actor.name.split()[-1])) or next(
                (g for r in m.roles if (g := role_gender(r))), None)
        m.last_seen = self.clock
        m.spoke = m.spoke or spoke
        if spoke or subject:
            m.last_subject = self.clock
            if self.first_subject is None and actor.kind == "person":
                self.first_subject = actor

    def spoke(self, speaker: Speaker, plural: bool = False, group: bool = False) -> None:
        """`group`: the words were said by several together ("Macron and Starmer said"): "they" next means them."""
        self.last_speaker = speaker
        self.spoke_at = self.clock
        if group:
            self.last_plural_speaker = speaker
        actor = self.base.actors.get(speaker.actor) if speaker.actor else None
        if actor is not None:
            self.note(actor, spoke=True)
        if actor is not None and actor.kind == "media" or actor is None and _OUTLET_NAME.search(speaker.mention or ""):
            self.last_outlet = speaker
        if actor is not None and actor.kind == "person":
            self.last_person_speaker = speaker
        elif plural or actor is None or actor.kind in ("group", "organization", "media", "state"):
            self.last_plural_speaker = speaker

    def person_pronoun(self, mention: str) -> Speaker | None:
        """"he"/"she": the person last the subject of a sentence or a speaker; else the one named last."""
        want = _PRONOUN_GENDER.get(mention.casefold())
        people = [m for m in self.mentioned.values() if m.actor.kind == "person" and m.gender in (None, want)]
        latest = max(people, key=lambda m: (m.last_subject, m.last_seen), default=None)
        if self.unnamed_spoke_last() and not self.last_unnamed.name.casefold().endswith("s") \
                and (latest is None or latest.last_subject <= self.spoke_at):
            # "… a member of the delegation told Podil Post. He said …": the one who just spoke, unnamed (but not
            # past a person the text has made a subject since: "… one of them said. Leavitt did not confirm …; she")
            return Speaker(self.last_unnamed.name, mention, None)
        voice = self._unnamed_voice()
        if voice is not None and (latest is None or voice.last_subject > latest.last_subject):
            # "The representative of the United States said … She recalled …": the delegate who spoke last
            return Speaker(voice.actor.name, mention, voice.actor.id)
        return Speaker(latest.actor.name, mention, latest.actor.id) if latest else None

    def person_named_last(self, mention: str) -> Speaker | None:
        """"this one", "the latter": the person the text named last, whoever was the subject."""
        people = [m for m in self.mentioned.values() if m.actor.kind == "person"]
        latest = max(people, key=lambda m: m.last_seen, default=None)
        return Speaker(latest.actor.name, mention, latest.actor.id) if latest else None

    def _unnamed_voice(self) -> Mentioned | None:
        """The state or body that spoke last through a person left unnamed ("the representative of France")."""
        last = self.last_speaker
        if last is None or last.actor is None or not _HUMAN_VOICE.match(last.mention or ""):
            return None
        m = self.mentioned.get(last.actor)
        return m if m is not None and m.actor.kind != "person" else None

    def unnamed_spoke_last(self) -> bool:
        return self.last_unnamed is not None and self.last_speaker is not None \
            and self.last_speaker.actor is None and self.last_speaker.name == self.last_unnamed.name

    # -- resolving -----------------------------------------------------------

    def speaker_for(self, actor: Actor, mention: str) -> Speaker:
        return Speaker(name=actor.name, mention=mention, actor=actor.id)

    def by_role(self, noun: str, country: str | None, lex: CueLexicon) -> Actor | None:
        """The person named before whom a role noun ("the diplomat") or a title ("the Deputy Foreign Minister") fits.

        The noun itself as a title wins over its class: "the chancellor" is the chancellor named before, not
        the prime minister named last."""
        rn = lex.role_class(noun)
        title = re.compile(rf"\b{re.escape(noun)}\b", re.IGNORECASE)
        candidates = sorted(self.mentioned.values(), key=lambda m: (m.spoke, m.last_seen), reverse=True)
        patterns = [title] + ([rn.titles] if rn else [])

        def fits(m: Mentioned, pattern: re.Pattern[str]) -> bool:
            return m.actor.kind == "person" and not (country and m.actor.country and m.actor.country != country) \
                and any(pattern.search(r) for r in m.roles)

        # The subject of the sentence just before comes first: "Zelensky held a call … The head of state said …"
        recent = max(self.mentioned.values(), key=lambda m: m.last_subject, default=None)
        if recent is not None and recent.last_subject >= self.clock - 3 and any(fits(recent, p) for p in patterns):
            return recent.actor
        for pattern in patterns:
            for require_speaker in (True, False):
                for m in candidates:
                    if (m.spoke or not require_speaker) and fits(m, pattern):
                        return m.actor
        if rn is None:
            return self._base_by_title(noun, country)
        return None

    def by_former_role(self, title: str, country: str | None) -> Actor | None:
        """The person named most recently whose past roles in the base include the title (in that country)."""
        pattern = re.compile(rf"\b{re.escape(title)}\b", re.IGNORECASE)
        for m in sorted(self.mentioned.values(), key=lambda m: m.last_seen, reverse=True):
            if m.actor.kind == "person" and any(
                    pattern.search(r.title) and r.end is not None and (country is None or r.org == country)
                    for r in m.actor.roles):
                return m.actor
        return None

    def _base_by_title(self, title: str, country: str | None) -> Actor | None:
        """Someone in the actor base who held exactly this title (in this country) in the report's year."""
        hits = [a for a in self.base.actors.values() if a.kind == "person" and any(
            r.title.casefold() == title.casefold() and (country is None or r.org == country) and _held(r, self.year)
            for r in a.roles)]
        return hits[0] if len(hits) == 1 else None

    def base_by_title(self, title: str, country: str | None) -> Actor | None:
        """The one person in the base whose role in `country` that year contains the title ("foreign policy chief")."""
        if country is None:
            return None
        t = title.casefold()
        for fits in (lambda r: r.title.casefold() == t, lambda r: t in r.title.casefold()):
            hits = [a for a in self.base.actors.values() if a.kind == "person" and any(
                fits(r) and r.org == country and _held(r, self.year) for r in a.roles)]
            if hits:
                return hits[0] if len(hits) == 1 else None
        return None

    def body_of(self, title: str, country: str | None) -> Actor | None:
        """The one body of `country` in the base whose name or an alias ends in `title` ("Russia's Defence
        Ministry" -> Russian Defense Ministry, "Ukraine's coordination headquarters for …")."""
        if country is None:
            return None
        t = " " + fold(title)
        hits = [a for a in self.base.actors.values() if a.kind == "organization" and a.country == country
                and any((" " + fold(n)).endswith(t) for n in (a.name, *a.aliases))]
        return hits[0] if len(hits) == 1 else None

    def by_surname(self, surname: str) -> Actor | None:
        f = fold(surname)
        for m in sorted(self.mentioned.values(), key=lambda m: m.last_seen, reverse=True):
            names = [m.actor.name, *m.actor.aliases]
            if any(fold(n).split()[-1:] == [f] for n in names if n):
                return m.actor
        return None


def _held(role: Role, year: int | None) -> bool:
    return year is None or ((role.start or 0) <= year <= (role.end or 9999))


# -- reading a mention ---------------------------------------------------------


_CALENDAR_WORDS = {w.casefold() for w in (*MONTHS, *WEEKDAYS)}  # the time grammar's own month and day names
_HONORIFICS = {"mr", "mrs", "ms", "dr", "prof", "sir", "dame"}


def proper_name(tokens: list[Token]) -> list[Token]:
    """The trailing run of capitalised words in a noun phrase: "Russian Deputy Foreign Minister Mikhail Galuzin" -> "Mikhail Galuzin".

    Taken from the PERSON entity when spaCy found one, else from the capitalised run.
    """
    ents = [t for t in tokens if t.ent_type_ == "PERSON"]
    run = [t for t in tokens if ents and ents[0].i <= t.i <= ents[-1].i]
    if any(t.is_lower and t.lower_ not in _NAME_PARTICLES for t in run):
        # an entity that runs over a verb ("Trump pressed Zelensky") is no name; read the capitals. But one that
        # runs over a title ("Ukraine's delegation head Rustem Umerov") ends in the name
        last = max(t.i for t in run if t.is_lower and t.lower_ not in _NAME_PARTICLES)
        tail = [t for t in run if t.i > last]
        run = tail if len(tail) >= 2 and run[0].doc[last].pos_ == "NOUN" else []
    if run:  # "Ursula von" + "der Leyen": the name goes on past the entity the model cut short
        doc = run[-1].doc
        following = [doc[i] for i in range(run[-1].i + 1, min(run[-1].i + 4, len(doc)))]
        for t in following:
            if t.is_punct or not (t.text[:1].isupper() or t.lower_ in _NAME_PARTICLES) or t.lower_ in DAY_WORDS:
                break  # (not "…, said Peskov Tuesday")
            run.append(t)
    if not run:
        for t in reversed(tokens):
            if t.pos_ == "PROPN" or (t.text[:1].isupper() and t.is_alpha) or t.lower_ in _NAME_PARTICLES:
                run.insert(0, t)
            else:
                break
        titles = cue_lexicon().title_words
        while len(run) > 2 and run[0].ent_type_ in ("ORG", "GPE", "FAC") and not any(t.lower_ in titles for t in run):
            run = run[1:]  # "the head of the GUR Kyrylo Budanov": the body's name is no forename
        person = [i for i, t in enumerate(run) if t.ent_type_ == "PERSON" and (t.ent_iob_ == "B" or i == 0)]
        if person and person[-1] > 0 and len(run) - person[-1] >= 2 and any(
                t.lower_ in titles or t.ent_type_ in ("NORP", "GPE", "ORG", "FAC") for t in run[:person[-1]]):
            # "US President Donald Trump and Russian President Vladimir Putin met": a phrase the parser ran over
            # two people, whose capitals hold a title and a nationality before the name the model found
            run = run[person[-1]:]
    while run and run[0].lower_ in _DETERMINERS:
        run = run[1:]  # "The Commissioner" opening a sentence: a title, no forename
    while len(run) > 2 and run[0].i > 0 and run[0].doc[run[0].i - 1].lower_ == "of" and run[0].pos_ == "PROPN":
        run = run[1:]  # "President of Belarus Alexander Lukashenko": what the title is of is no forename
    while len(run) > 2 and run[0].text.isupper() and len(run[0].text) <= 4 and run[0].is_alpha:
        run = run[1:]  # "the President of the USA Donald Trump": the country's initials are no forename
    titles = cue_lexicon().title_words
    while len(run) > 2 and run[0].lower_ in titles:  # "Ombudsman Dmytro Lubinets" -> "Dmytro Lubinets"
        run = run[1:]
    while len(run) > 1 and run[0].lower_ in _CALENDAR_WORDS:  # "On 15 August Trump …": the month is no forename
        run = run[1:]
    while len(run) > 1 and run[0].lower_.rstrip(".") in _HONORIFICS:  # "Mr Lubinets": the surname of one named before
        run = run[1:]
    while len(run) > 1 and run[-1].lower_ in DAY_WORDS:  # "Peskov Tuesday", one entity to the tagger
        run = run[:-1]
    return run


def _body_spoke_last(ctx: DocContext, mention: str) -> Speaker | None:
    """"it", "its statement": the body (or unknown speaker) that spoke last, not a state or a person."""
    prior = ctx.last_plural_speaker
    actor = ctx.base.actors.get(prior.actor) if prior and prior.actor else None
    if prior is None or (actor is not None and actor.kind not in ("organization", "media")):
        return None
    return Speaker(prior.name, mention, prior.actor)


def _known_person(name: list[Token], base: ActorBase) -> bool:
    """A name the actor base knows as a person's, whatever the model tagged it ("the spokesman of the Kremlin Dmitry
    Peskov", one body to the model)."""
    known = base.lookup(" ".join(t.text for t in name)) if len(name) >= 2 else None
    return known is not None and known.kind == "person"


def split_role(tokens: list[Token], name: list[Token], base: ActorBase) -> tuple[str | None, str | None]:
    """The role and country a name's modifiers give: "Russian Presidential spokesman" -> ("Presidential spokesman", "russia")."""
    before = [t for t in tokens if t.i < name[0].i and t.lower_ not in _DETERMINERS and not t.is_punct] if name else []
    country = None
    words = []
    for t in before:
        state = base.adjectives.get(fold(t.text)) if t.text[:1].isupper() else None
        if state and not words and country is None:
            country = state
            continue
        if t.tag_ == "POS":
            continue
        words.append(t.text)
    role = " ".join(words) or None
    return role, country


def looks_like_person_name(tokens: list[Token]) -> bool:
    if not tokens:
        return False
    if any(t.ent_type_ == "PERSON" for t in tokens):
        return True
    return len(tokens) >= 2 and all(t.text[:1].isupper() or t.lower_ in _NAME_PARTICLES for t in tokens) \
        and not any(t.ent_type_ in ("ORG", "GPE", "NORP", "LOC", "FAC") and not _titled(t) for t in tokens)


def _titled(token: Token) -> bool:
    """A name the model took, with the titles before it, for a body: "Federal Councillor Ignazio Cassis"."""
    if token.ent_type_ != "ORG" or token.lower_ in cue_lexicon().title_words:
        return False
    i = token.i
    while i > 0 and token.doc[i].ent_iob_ == "I":
        i -= 1
    titles = cue_lexicon().title_words
    # (or a title set just before it: "delegation head Rustem Umerov", tagged as a body)
    return token.doc[i].lower_ in titles or i > 0 and token.doc[i - 1].lower_ in titles \
        and token.doc[i].ent_iob_ == "B" and token.doc[i - 1].ent_type_ == ""


def country_in(text: str, base: ActorBase) -> str | None:
    """A country named in a role ("of the Ministry of Foreign Affairs of the Russian Federation" -> russia)."""
    for m in re.finditer(r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*", text):
        phrase = m.group(0)
        for candidate in (phrase, phrase.split()[0], phrase.split()[-1]):
            state = base.adjectives.get(fold(candidate))
            if state:
                return state
            actor = base.lookup(candidate)
            if actor and actor.kind == "state":
                return actor.id
    return None


def resolve_mention(span: Span, tokens: list[Token], ctx: DocContext, *, appos: str | None = None,
                    subject: bool = False) -> Speaker | None:
    """The speaker a noun phrase names, remembering new people; None when it names nobody we can attribute to."""
    lex = cue_lexicon()
    base = ctx.base
    bracket = next((t for t in span if t.text == "("), None)
    if bracket is not None and bracket.i > span.start:  # "Vassily Nebenzia (Russian Federation)": who, not for whom
        span = span.doc[span.start: bracket.i]
        tokens = [t for t in tokens if t.i < bracket.i]
    day = next((t for t in reversed(span) if not (t.is_punct or t.is_space)), None)
    if day is not None and day.i > span.start and day.lower_ in DAY_WORDS:  # "…, said Lubinets Saturday to …"
        span = span.doc[span.start: day.i]
        tokens = [t for t in tokens if t.i < day.i]
    lead = next((t.i for t in span if not re.fullmatch(r"[\d/.#]+", t.text)), span.end)
    if span.start < lead < span.end:  # "2/12 Ukraine's General Staff says …": a thread's post counter is no name
        span = span.doc[lead: span.end]
        tokens = [t for t in tokens if t.i >= lead]
    mention = span.text.strip(" ,")
    low = mention.casefold()
    if low in _PRONOUNS_PERSON:
        return ctx.person_pronoun(mention)
    if low in _PRONOUNS_LATTER:
        return ctx.person_named_last(mention)
    if low in _PRONOUNS_PLURAL:
        prior = ctx.last_plural_speaker
        return Speaker(prior.name, mention, prior.actor) if prior else None
    if low == "it":  # "It said …" after "the ministry said": the body that spoke last
        return _body_spoke_last(ctx, mention)
    if low in ("this", "that", "which", "who", "one", "we", "i", "you"):
        return None
    owned = _OWN_WORDS.match(mention)
    if owned:  # "according to his estimate", "according to its statement": whoever the pronoun stands for
        pronoun = owned.group(1).casefold()
        if pronoun in ("his", "her"):
            prior = ctx.person_pronoun(pronoun)
            return Speaker(prior.name, mention, prior.actor) if prior else None
        if pronoun == "its":
            return _body_spoke_last(ctx, mention)
        prior = ctx.last_plural_speaker  # "their"
        return Speaker(prior.name, mention, prior.actor) if prior else None
    if _OUTLET_NOUN.fullmatch(mention) and ctx.last_outlet is not None:
        # "according to the London paper", "the paper wrote" after "The Times reported": that outlet
        return Speaker(ctx.last_outlet.name, mention, ctx.last_outlet.actor)

    state = base.leader_noun(mention)
    if state:
        leader = base.leader(state, ctx.year)
        if leader:
            ctx.note(leader)
            return ctx.speaker_for(leader, mention)

    if mention.endswith("Head of State") and ctx.first_subject is not None and ctx.first_subject.country \
            and base.leader(ctx.first_subject.country, ctx.year) is ctx.first_subject:
        # "The Head of State stressed …" in an official readout: the head of state the readout opened with
        ctx.note(ctx.first_subject)
        return ctx.speaker_for(ctx.first_subject, mention)

    of_state = _TITLE_OF.match(mention)
    country = base.state_of(of_state.group(2)) if of_state else None
    if of_state and country:
        # "the representative of the United Kingdom", "the head of the delegation of Ukraine": that state's, and
        # the state itself when the text has not named who holds the post
        title = of_state.group(1)
        actor = ctx.by_role(title, country, lex) or ctx.base_by_title(title, country) or base.actors.get(country)
        if actor is not None:
            ctx.note(actor)
            return ctx.speaker_for(actor, mention)

    name = proper_name(tokens)
    if name and all(t.lower_ in lex.title_words for t in name):
        name = []  # "The Prime Minister announced …": a title, whose holder the text named before
    if name and (looks_like_person_name(name) or _known_person(name, base)):
        after = [t for t in tokens if t.i > name[-1].i]
        if appos is None and after and after[0].lower_ in ("from", "at") and any(t.text[:1].isupper() for t in after):
            appos = " ".join(t.text for t in after)  # "dr Joanna Wierzbicka from the Institute of Eastern Analyses"
        return _resolve_person(mention, tokens, name, ctx, appos, subject)
    if len(name) == 1 and name[0].i > tokens[0].i and tokens[0].lower_.rstrip(".") in _HONORIFICS:
        actor = ctx.by_surname(name[0].text)  # "Mr Lubinets said": the Lubinets named before
        if actor is not None:
            ctx.note(actor, subject=subject)
            return ctx.speaker_for(actor, mention)

    known = base.lookup(mention)
    if known is not None and known.kind != "person":
        ctx.note(known)
        return ctx.speaker_for(known, mention)
    if known is not None:
        ctx.note(known, subject=subject)
        return ctx.speaker_for(known, mention)

    if fold(mention) in lex.generic_speakers:
        return Speaker(fold(mention), mention, None)

    document = _DOCUMENT_OF.match(mention)
    if document:  # "according to the Kremlin's readout": the Kremlin's words
        owner = base.lookup(document.group(1))
        if owner is not None:
            ctx.note(owner)
            return ctx.speaker_for(owner, mention)

    possessive = _POSSESSIVE.match(mention)
    if possessive and not re.search(r"['’]", mention) and possessive.group(1).casefold() not in (
            "his", "her", "its", "their") and base.state_of(possessive.group(1)) is None:
        possessive = None  # "the head of state" is no one's "of state"
    if possessive:
        # "Ukraine's foreign minister", "Nato's secretary general", "his foreign minister".
        owner, title = possessive.group(1), possessive.group(2)
        if owner.casefold() in ("his", "her", "its", "their"):
            prior = ctx.person_pronoun(owner)
            country = base.actors[prior.actor].country if prior and prior.actor in base.actors else None
        else:
            country = base.state_of(owner)
        actor = ctx.by_role(title, country, lex) or ctx.base_by_title(title, country) or ctx.body_of(title, country)
        body = base.lookup(title)
        if actor is None and body is not None and body.kind != "person":
            actor = body  # "Ukraine's Coordination Headquarters for …": the body itself
        if actor is not None:
            ctx.note(actor)
            return ctx.speaker_for(actor, mention)

    one_of = re.match(r"^one\s+of\s+(?:them|those|these|(?:the|our|its|his|her|their)\s+(.+))$", mention, re.IGNORECASE)
    if one_of:
        # "one of them said" after "the sources said": the group spoke through one of its members
        group = ctx.last_plural_speaker
        if group is not None and (one_of.group(1) is None or re.search(
                rf"\b{re.escape(one_of.group(1))}$", group.name, re.IGNORECASE)):
            return Speaker(group.name, mention, group.actor)
        ctx.last_unnamed = Speaker(mention, mention, None)  # "one of the negotiators", called as the text calls it
        return ctx.last_unnamed

    indefinite = re.match(r"^(?:a|an|one)\s+(.+?)(?:\s+(?:who|which|that)\b.*)?$", mention, re.IGNORECASE)
    if indefinite:
        voice = _voice_of(indefinite.group(1), mention, ctx, lex)
        if voice is not None:
            return voice
        # "a European diplomat who asked not to be named": an unnamed source, called what the text calls it.
        ctx.last_unnamed = Speaker(_unnamed(indefinite.group(1)), mention, None)
        return ctx.last_unnamed

    # A role noun or a title: "the diplomat", "the Russian Deputy Foreign Minister".
    words = [t for t in tokens if t.lower_ not in _DETERMINERS and not t.is_punct]
    former = bool(words) and words[0].lower_ in ("former", "ex")
    if former:
        words = words[1:]
    country = None
    if words and base.adjectives.get(fold(words[0].text)):
        country = base.adjectives[fold(words[0].text)]
        words = words[1:]
    noun = " ".join(t.text for t in words)
    unnamed = ctx.last_unnamed
    if noun and ctx.unnamed_spoke_last() and _headed_by(unnamed.name, noun):
        return Speaker(unnamed.name, mention, None)  # "A US official told journalists … The official warned …"
    if noun and former:  # "the former Estonian prime minister": someone named who once held that post
        actor = ctx.by_former_role(noun, country)
        if actor is not None:
            ctx.note(actor)
            return ctx.speaker_for(actor, mention)
    if noun:
        actor = ctx.by_role(noun, country, lex)
        if actor is not None:
            ctx.note(actor)
            return ctx.speaker_for(actor, mention)
        if len(words) == 1 and words[0].text[:1].isupper():
            surname = ctx.by_surname(words[0].text) or base.lookup(words[0].text)
            if surname is not None:
                ctx.note(surname)
                return ctx.speaker_for(surname, mention)
            if looks_like_person_name(words) or words[0].ent_type_ == "PERSON":
                return Speaker(words[0].text, mention, None)
    unnamed = ctx.last_unnamed
    if noun and unnamed is not None and _headed_by(unnamed.name, noun):
        return Speaker(unnamed.name, mention, None)  # "a European diplomat told us. …, the diplomat said."
    if lex.role_class(noun) is not None and not any(t.pos_ == "PROPN" for t in words[1:]):
        return None  # "the expert" with no expert named before: better unattributed than wrong
    if any(t.pos_ in ("NOUN", "PROPN") for t in words):
        org = base.lookup(noun)
        if org is not None:
            ctx.note(org)
            return ctx.speaker_for(org, mention)
        if fold(words[-1].lemma_) in lex.non_speakers or fold(words[0].text) in lex.non_speakers:
            return None  # "work continues", "nothing in the readouts suggests": no one speaks
        return Speaker(_unnamed(re.sub(r"^(the|a|an)\s+", "", mention, flags=re.IGNORECASE)), mention, None)
    return None


_AFTER_HEAD = r"(?:\s+(?:familiar|close|involved|engaged|briefed|speaking|who|with|from|in|at|of|on)\b.*)?"


def _headed_by(name: str, noun: str) -> bool:
    """Whether an unnamed speaker's name has the noun as its head ("Ukrainian official familiar with the talks" for
    "the official", "European diplomat" for "the diplomat")."""
    return bool(re.search(rf"\b{re.escape(noun)}{_AFTER_HEAD}$", name, re.IGNORECASE))


_COUNTED = re.compile(r"^(?:two|three|four|five|six|several|some|\d+)\s+(?=[\w-]+s\b)", re.IGNORECASE)
_INVOLVED = re.compile(r"\s+(?:involved|engaged|taking\s+part|participating)\s+in\b.*$", re.IGNORECASE)


def _unnamed(phrase: str) -> str:
    """What an unnamed speaker is called, without a count or what they take part in: "two officials" -> "officials",
    "a European diplomat involved in the Geneva talks" -> "European diplomat"."""
    return _INVOLVED.sub("", _COUNTED.sub("", phrase)) or phrase


def _voice_of(phrase: str, mention: str, ctx: DocContext, lex: CueLexicon) -> Speaker | None:
    """The body an unnamed spokesperson speaks for: the one named with it ("a Downing Street spokesperson"),
    else the body that spoke just before ("Downing Street said. A spokesperson added …")."""
    voice = next((v for v in lex.voices if re.search(rf"(?:^|\s){re.escape(v)}$", phrase, re.IGNORECASE)), None)
    if voice is None:
        return None
    owner = phrase[:len(phrase) - len(voice)].strip()
    if owner:
        body = ctx.base.lookup(owner)
        return ctx.speaker_for(body, mention) if body is not None and body.kind != "person" else None
    prior = ctx.last_speaker
    if prior is None or prior is not ctx.last_plural_speaker:
        return None  # the last to speak was a person: whose spokesperson this is, the text does not say
    return Speaker(prior.name, mention, prior.actor)


def resolve_person_name(span: Span, ctx: DocContext, role: str | None = None, subject: bool = False) -> Speaker:
    """The person a span that the text shows to be a person's full name names, whatever the parse took it for (a
    transcript's speaker list: "Anneliese Hofmeister (Federal Foreign Office)", tagged as a body), noted with the
    role the text gives ("the security expert Friederike Lanz")."""
    return _resolve_person(span.text, list(span), list(span), ctx, role, subject)


def _resolve_person(mention: str, tokens: list[Token], name: list[Token], ctx: DocContext,
                    appos: str | None, subject: bool = False) -> Speaker:
    base = ctx.base
    while len(name) > 2 and base.adjectives.get(fold(name[-1].text)) and base.lookup(" ".join(t.text for t in name[:-1])):
        name = name[:-1]  # "Sergei Lavrov Russian foreign minister called …" (translated): the name, not the adjective
    full = " ".join(t.text for t in name).strip(" ,'’")
    full = re.sub(r"\s*'s$", "", full)
    role, country = split_role(tokens, name, base)
    if appos:
        role = role or appos
        country = country or country_in(appos, base)
    actor = None
    pair = [t.text for t in name]
    if len(pair) == 2:  # "a Putin-Zelensky meeting": two people met, not one named "Putin Zelensky"
        known = [ctx.by_surname(p) or base.lookup(p) for p in pair]
        if all(k is not None and k.kind == "person" for k in known) and known[0] is not known[1]:
            for k in known:
                ctx.note(k)
            return ctx.speaker_for(known[0], mention)
    if len(name) == 1:
        actor = ctx.by_surname(full)
    actor = actor or base.lookup(full)
    if actor is None:
        actor = base.learn(full, role, country)
        ctx.learned[actor.id] = actor
    ctx.note(actor, [r for r in (role, appos) if r], subject=subject)
    return ctx.speaker_for(actor, mention)
