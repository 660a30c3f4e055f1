"""Events: talks, calls, summits, proposals, demands, exchanges … typed, dated, placed and counted.

Triggers come from data/events.yaml: word patterns first, then verbs read from
the parse, by lemma and arguments ("met Trump", "designated Rosneft", "will not
accept"). For each trigger in a sentence we read:
its status from the words of its clause (planned, postponed, hypothetical …),
skipping negated and habitual ones; its actors from its clause (or, when the
clause names none, from the event told just before); its date from the time
expressions of the sentence (or of the paragraph's previous event); its place;
and its quantities. A definite noun ("the summit") that has an antecedent is a
reference to that event, not a new one, unless the sentence changes its
status ("put preparations for the meeting on hold").
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

import yaml
from spacy.tokens import Doc, Span, Token

from ..record import Actor, Event, EventActor, Quantity, Statement, Timex, TimeValue, timeline_day
from ..settings import DATA_DIR
from .actors import ActorBase, fold
from .components import LIST_MARK, sentences, sentences_in
from .mentions import cue_lexicon
from .quantities import CURRENCIES, DURATIONS, find_durations, find_quantities, parse_number
from .timex import find_timexes, outside_timexes
from .timex_calendar import GRANULARITY_RANK
from .timex_context import timeline_entry
from .timex_grammar import WEEKDAYS
from .statements import paragraphs
from .sentence_types import SentenceTypes
from .triggers import FLOOR, Trigger, learned_triggers

_DEFINITE = re.compile(r"\b(the|that|this|these|those|such an?|(?:yesterday|monday|tuesday|wednesday|thursday|friday|saturday|"
                       r"sunday|last week)['’]s)\s+(?:(?!(?:a|an)\s)[\w-]+\s+){0,2}$", re.IGNORECASE)  # not "that a …"
# "It was agreed to continue …": an agreement of the parties of the meeting told, who go unnamed
_IMPERSONAL = re.compile(r"\s*It\s+was\s+(?:also\s+|further\s+)?(?:agreed|decided)\b", re.IGNORECASE)
_TWO_LEADERS = re.compile(r"\bthe\s+two\s+(?:leaders|presidents|heads\s+of\s+state)\b", re.IGNORECASE)
_HEADLINE_VERBS = {"resume", "resumes", "begin", "begins", "start", "starts", "end", "ends", "open", "opens", "continue",
                   "continues", "collapse", "collapses", "stall", "stalls", "close", "closes"}
_SINCE_CLAUSE = re.compile(r"\s*(?:ever\s+)?since\b[^,;]*$", re.IGNORECASE)  # the clause a sentence opens with
_TEMPORAL_BACKGROUND = re.compile(r"\b(since|after|before|following|ahead of|prior to|preceding|on the eve of)\s+(the|a|an)?\s*"
                                  r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_SPELL_OF = re.compile(r"(?:[\w-]+\s+){0,2}(?:days?|hours?|weeks?|weekend)\s+of\b", re.IGNORECASE)
# a span of time measured from an event: "the day before the summit", "two weeks after the talks"
_MEASURED = re.compile(r"\b(?:the|one|two|three|four|five|six|seven|few|several|\d{1,2})\s+(?:days?|weeks?|hours?|"
                       r"months?|nights?|evening|morning)\s+$", re.IGNORECASE)
# a relative clause that dates the event noun before it: ", which will be on Wednesday", ", that is due to take place"
_DATED_CLAUSE_WORDS = (r",?\s*(?:which|that)\s+(?:will\s+(?:be|take\s+place|open|start|begin)|is\s+(?:due|set|scheduled|"
                       r"planned)(?:\s+to\s+(?:be|take\s+place|open|start|begin))?|takes\s+place|opens|starts|begins)")
_DATED_CLAUSE = re.compile(_DATED_CLAUSE_WORDS + r"\b", re.IGNORECASE)
_PLACE_PREPS = re.compile(r"\b(in|at|to|near|outside|inside|for)\s+(the\s+)?$", re.IGNORECASE)
_DATE_VALUE = re.compile(r"^\d{4}(-(\d{2}|W\d{2}|Q\d))?(-\d{2})?")
_THE_PARTIES = re.compile(r"\b(the parties|both sides|the two sides|the sides|the two leaders|the leaders|the two presidents|"
                          r"the two countries|the delegations|the two delegations|both delegations|the negotiators|"
                          r"the two teams|it was agreed|it has been agreed|it was decided)\b", re.IGNORECASE)
_RECIPROCAL = re.compile(r"\b(?:each other|one another)\b|\beach\s+(?:side|party)\b[^.;]{0,60}?\bthe other\b", re.IGNORECASE)
_PLACED_TYPES = {"talks", "summit", "agreement", "exchange", "ceasefire", "attack", "proposal"}  # a call has no one place
_MEETING_AFTER = re.compile(r"\s+(summit|talks|meeting|format|process|track|round|negotiations)\b", re.IGNORECASE)
_DELEGATES_WORDS = re.compile(r"\b(?:rounds?|negotiations|delegations?|consultations)\b", re.IGNORECASE)
_ORDINAL = re.compile(r"\b(first|second|third|fourth|fifth|sixth|seventh|next|new|latest|another)\b", re.IGNORECASE)
_STAMP = re.compile(r"^\d{1,2}[:.]\d{2}(\s*(am|pm|GMT|EDT|EST|CET|MSK|UTC))?$", re.IGNORECASE)
_DAY_HEADING = re.compile(rf"^(?:{'|'.join(WEEKDAYS)})\s*$", re.IGNORECASE)  # a weekly digest's "TUESDAY"
_PLACE_NOUN_AFTER = re.compile(r"\s+(capital|city|soil|territory|border|coast|port|resort)\b", re.IGNORECASE)
_REPORTED = re.compile(r"\b(announced|said|says|agreed|promised|confirmed|declared|stated|told|added|noted|stressed|"
                       r"explained|reported|wrote|expected|informed|assured|notified|briefed)\b", re.IGNORECASE)
_CONTRAST = re.compile(r",\s+(?:but|while|whereas|although)\b|;|,\s+and\s+(?=(?-i:[A-Z])[\w-]+\s+(?:still\s+|again\s+)?[a-z]+)"
                       r"|,\s+(?:a|an)\s+(?:condition|demand|proposal|plan|offer|idea|ultimatum|step|move)\s+(?:that\s+|which\s+)?"
                       r"(?=(?-i:[A-Z]))")  # "…, a condition Ukraine has repeatedly rejected": what others made of it
# "… a venue.[6]", "… the day before.[citation needed]": a wiki's footnote and its editors' marks
_LIST_POINT = re.compile(rf"\s*{LIST_MARK}\s+\S")  # a numbered or marked point of a list
_SENTENCE_END = re.compile(r"(?:[.!]|[.!?,…]['\"”»’]|[.!]\))(?:\[(?:\d{1,3}|citation needed|clarification needed|who\?|when\?)\])*$")
_AHEAD = re.compile(r"\b(in|within)\s+(?:(?:about|around|roughly|some|approximately|just|only|another|the\s+next|"
                    r"the\s+coming|less\s+than|under)\s+)?$", re.IGNORECASE)  # "in about two weeks", "within ten days"
_TELLING = frozenset("say announce state declare tell report confirm inform add note stress write".split())
_HAPPENING = frozenset("hold take postpone delay defer cancel call schedule plan expect set sign adopt approve put push "
                       "move resume begin start end conclude open close reschedule suspend break convene fire launch "
                       "strike hit send".split())
_LOOKING_AHEAD = frozenset("plan expect schedule due set intend aim hope propose offer agree want pledge promise "
                           "announce".split())
_WEEKS_AGO = re.compile(r"(?:exactly\s+)?(a|one|two|three|four|\d)\s+weeks?\s+ago(?:\s+today)?", re.IGNORECASE)
_WEAKER = {"planned", "proposed", "hypothetical"}  # a reference with these tells nothing new of its antecedent
_NOT_EXCLUDED = re.compile(r"\b(?:not|n't|never)\s+(?:\w+\s+)?(?:exclude[sd]?|rule[sd]?\s+out)\b", re.IGNORECASE)
_NO_FEWER = re.compile(r"\bno\s+(?:fewer|more|less|later|sooner|earlier)\s+than\b", re.IGNORECASE)
_LEADERS_WORDS = re.compile(r"\b(?:leaders?|presidents?|heads?\s+of\s+(?:state|government)|summit|"
                            r"face-to-face|in\s+person|personal)\b", re.IGNORECASE)
# a meeting of heads of state, said so right after its noun: "the meeting of the presidents", "between the two leaders"
_OF_LEADERS = re.compile(r"\s+(?:of|between)\s+(?:the\s+)?(?:two\s+)?(?:[\w-]+\s+)?(?:presidents|leaders|heads\s+of\s+state)\b",
                         re.IGNORECASE)
# whom a meeting is with, right after it: a head of state ("meet Russia's leader", "the meeting with President Putin")
# or a counterpart ("the meeting with his Russian counterpart")
_LEADER_MET = re.compile(r"\s+(?:(?:in\s+person\s+)?with\s+)?(?:(?:his|her|their)\s+(?:[\w-]+\s+)?counterparts?\b|"
                         r"(?:the\s+)?(?:[\w-]+['’]s\s+|(?-i:[A-Z])[\w.-]*\s+)?(?:president|leader|head\s+of\s+state)\b)",
                         re.IGNORECASE)
_OFFICIALS = re.compile(r"\b(delegations?|envoys?|ministers?|negotiators?|officials|advisers?|aides?|teams?|"
                        r"representatives|diplomats?|secretary|spokes(?:man|woman|person)|ambassadors?|experts|"
                        r"specialists|working\s+groups?|sherpas)\b", re.IGNORECASE)
_NOT_BEFORE = re.compile(r"\b(?:not|never|n't)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_DEADLINE = re.compile(r"\b(?:by|until|before|no later than|within)\s+(?:the\s+)?$", re.IGNORECASE)
# "ABU DHABI, Nov 25 (Agency) -", "MOSCOW, August 14. /Agency/.": the day of the report, not of its events
_DATELINE = re.compile(r"(?m)^[A-Z][A-Z .'-]{2,},\s+[^.()/\n]{3,30}?(?:\s*\([^)\n]*\))?\s*(?:[-–—]\s|\.\s*/[^/\n]+/\.?)")
_BACK_THEN = re.compile(r"^\W*(?:back then|at the time|at that time|then|that day|on that day|in the same (?:remarks|"
                        r"statement|interview|speech|address|comments|briefing|conversation|call))\b", re.IGNORECASE)
_ASKED_TO = re.compile(r"\b(?:pressed|pressing|urged|urging|asked|asking|pushed|pushing|called on|calling on|wants?|gave|"
                       r"given|gives|giving|wanted|demanded|demanding|refused|refusing|declined)\b[^.;]{0,40}\bto\s+$",
                       re.IGNORECASE)
_FULL_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DAYS = re.compile(r"^\d{4}-\d{2}-\d{2}(?:/\d{4}-\d{2}-\d{2})?$")  # a day, or a run of days ("2026-01-23/2026-01-24")
# Verbs whose infinitive is a commitment told ("agreed to finance two batteries", "pledged to send")
_COMMITTING = {"agree", "pledge", "promise", "decide", "vow", "commit", "plan", "intend", "undertake", "offer"}
_ORDINAL_SESSION = re.compile(r"(?:first|second|third|fourth|fifth|sixth|seventh|previous|next)\s+(?:[\w-]+\s+){0,3}?"
                              r"(?:meeting|session)$", re.IGNORECASE)
_NO_PLANS = re.compile(r"\b(?:no|not\s+any)\s+(?:\w+\s+)?plans?\s+(?:yet\s+)?(?:for|to)\s+(?:[\w-]+\s+){0,4}$",
                       re.IGNORECASE)
_UTTERED = {"threat", "demand", "proposal", "rejection", "accusation"}  # events that are things said
# "… on Monday and with Ukraine's Andrii Sybiha a day later": a second party, and its own day
_PARTY_JOINT = re.compile(r",?\s+and\s+(?:also\s+|then\s+)?(?:(?P<prep>with|to|in|by)\s+(?P<who>[^,;.]{2,60}?)|"
                          r"(?P<party>(?:the\s+|(?-i:[A-Z]))[^,;.]{2,60}?))\s+", re.IGNORECASE)
# the next stage of an exchange told with its own figure and day: "410 for 410 on 30 May, 320 for 320 on 31 May and
# 270 for 270 on 1 June", "390 came home on Friday, 307 on Saturday and 303 on Sunday"
_STAGE_JOINT = re.compile(r",?\s+(?:and\s+)?(?:another\s+|a\s+further\s+)?(?P<n>\d[\d,.]*(?:\s*(?:-\s*)?for(?:\s*-)?\s*"
                          r"\d[\d,.]*)?)(?:\s+(?!on\b|in\b)[\w-]+){0,3}?\s+(?:on|in)\s+(?:the\s+)?", re.IGNORECASE)
_LIST_JOINT = re.compile(r"\s*(?:,|and|, and|,? as well as)\s*(?:(?:on|in)\s+)?(?:the\s+)?", re.IGNORECASE)
# the next of a series told in the same breath: "in January and the second one in February", "on 2 June and a
# third, shorter one on 23 July", "on January 23 and again on Feb. 4"
_NEXT_JOINT = re.compile(r",?\s+and\s+(?:again|(?:a|the)\s+(?:second|third|fourth|fifth|next|last|final|latest)"
                         r"(?:,?\s+[\w-]+,?)?(?:\s+(?:one|round|session|meeting))?"
                         # "390 Ukrainians came home on September 4 and another 210 on September 18"
                         r"|(?:another|a\s+further|then)\s+[\d,.]+(?:\s+[a-z]+)?)\s+(?:on|in)\s+(?:the\s+)?",
                         re.IGNORECASE)
_SANCTIONS = re.compile(r"\bsanction", re.IGNORECASE)
_NAME = r"(?:the\s+)?(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}"
_NAME_END = re.compile(r"(?-i:[A-Z])[\w.'’-]*$")
_LIST_GOES_ON = re.compile(rf"(?:{_NAME},\s+)*{_NAME},?\s+and\s+{_NAME}\b")
_PACKAGES = frozenset({"package", "packages", "tranche", "tranches"})
_MEASURES = frozenset({"sanction", "sanctions", "package", "measure", "measures", "tariff", "tariffs", "restriction",
                       "restrictions", "ban", "embargo", "cap", "decision", "law", "penalty", "penalties"})
_HOURS_AFTER = re.compile(r"\b(?:(?P<day>the\s+(?:day|evening|morning|night))|hours|minutes|moments|shortly|soon|just|"
                          r"only\s+hours|within\s+hours)\s+(?P<dir>after|before)\s+"
                          r"(?:the|that|this|their|his|her|its)\s+(?P<noun>(?:[\w-]+\s+){0,2}\w+)", re.IGNORECASE)
# Nouns that refer back to an event, beside the rules' `nouns`
_REFERENCE_NOUNS = {"conversation": "call", "phone call": "call", "round": "talks", "session": "talks",
                    "swap": "exchange", "attack": "attack", "strike": "attack", "strikes": "attack"}
_OVERNIGHT = re.compile(r"\b(?:overnight|at\s+night|last\s+night|during\s+the\s+night|"
                        r"(?:over|in|during)\s+the\s+(?:past|last)\s+(?:day|24\s+hours|twenty-four\s+hours))\b",
                        re.IGNORECASE)  # (a daily war report's "over the past day": the day up to the report)
_AS_PLANNED = re.compile(r"\bas\s+(?:originally\s+)?(?:planned|scheduled|agreed|expected|announced)\b", re.IGNORECASE)
_CARRIED_OUT = re.compile(r"\b(?:which|that)\s+(?:(?:was|were)\s+(?:carried\s+out|completed|implemented|made)|took\s+place|"
                          r"happened|went\s+ahead)\b", re.IGNORECASE)
_SAID_THAT = re.compile(r"\b(?:said|says|told|tells|announced|stated|noted|added|stressed|explained|declared)\b[^.;]*"
                        r"\bthat\s")
_SYMMETRIC = {"talks", "call", "summit", "agreement", "exchange", "ceasefire"}
_MEETINGS = {"talks", "summit", "call"}
_LASTING = _MEETINGS | {"ceasefire", "proposal", "agreement"}  # events whose length is one of their figures
_HELD = {"talks", "summit", "call", "exchange", "ceasefire", "military_aid", "sanction"}  # things that take place
_EMBEDDED_STATUS = {"agreement": "planned"}  # the status of a meeting agreed on


_LEAD_TYPES = {"call", "talks", "summit", "visit", "exchange"}
_JOURNEY = {"travel", "fly", "go", "come", "head", "arrive", "return", "visit", "leave", "set"}  # a trip made to meet
_PEOPLE_UNITS = {"prisoners", "bodies", "people", "civilians", "children"}
# what a truce agreed is called: "a 30-day moratorium on strikes", "to halt strikes on power plants", "a pause"
_TRUCE_WORD = re.compile(r"\b(?:cease-?fire|truce|moratorium|armistice|pause\s+(?:in|on)\s+(?:fighting|strikes|attacks)|"
                         r"(?:halt|stop|refrain\s+from)\s+(?:\w+\s+){0,2}?(?:strikes|attacks|hitting|targeting|striking|shelling))\b",
                         re.IGNORECASE)
# the meeting an agreement is on, right after its verb: "agreed to meet again", "agreed to hold a new round",
# "agreed to continue the talks", "agreed to reconvene"
_MEETING_AGREED = re.compile(r"\s*(?:also\s+)?(?:to\s+)?(?P<t>meet|reconvene|hold\s+(?:a|an|the)\s+(?:new\s+|next\s+|further\s+|"
                             r"another\s+|second\s+|third\s+|fresh\s+)?(?:round|meeting|talks|session)|(?:continue|resume)\s+"
                             r"(?:the\s+|their\s+|direct\s+)?(?:talks|negotiations|consultations|contacts|dialogue))\b",
                             re.IGNORECASE)
# what stands between "agreed" and the truce it agreed: "to a full", "in principle to", "on Wednesday to a 30-day" (not
# "that each side would present its vision of a possible": a truce only talked of)
_AGREED_OBJECT = re.compile(r"(?:\s+(?:in\s+principle|ad\s+referendum|(?:on\s+)?\w+day|today|yesterday))?\s*(?:(?:to|on|upon)\s+)?"
                            r"(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w-]+\s+){0,3}?", re.IGNORECASE)
# the day a truce begins on, told after it: "starting on July 1st", "beginning at 00:00 on 1 December", "from the 1st"
_TRUCE_START = re.compile(r"\b(?:starting|beginning|begins|begin|from|effective|as\s+of|(?:to\s+|will\s+|would\s+)?"
                          r"(?:take|takes|took)\s+effect|(?:to\s+|will\s+|would\s+)?(?:enter|enters|entered|come|comes|came)\s+"
                          r"into\s+force)\s+(?:[\w:()]+\s+){0,4}?(?:on\s+|at\s+)?$", re.IGNORECASE)
# "accused Russia of deliberately shelling Kherson", "blames Ukrainian drones for knocking out a substation", "accused
# Russia that … it used missiles and drones to attack energy facilities": the attack an accusation charges
_ACCUSED_ACT = re.compile(r"\b(?:of|for|that\b[^.;:]{0,60}?\bto)\s+(?:\w+ly\s+)?(?P<t>striking|attacking|attack|shelling|"
                          r"bombing|hitting|knocking\s+out|firing\s+(?:\w+\s+){0,2}?(?:missiles|drones|rockets|shells)\s+"
                          r"(?:at|on)|launching\s+(?:\w+\s+){0,2}?(?:strikes?|attacks?|missiles|drones))\b", re.IGNORECASE)
_GENERIC_BEFORE = re.compile(r"(?:^|[.!?«\"“]\s*|\b)(?:[Aa]|[Aa]n|[Ss]uch\s+an?|[Aa]ny)\s+$")
_GENERIC_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:must|should|needs?\s+to|has\s+to|is\s+(?:another|not|no|a\s+matter)|"
                            r"does\s+not|doesn[’']t|would\s+(?:only\s+)?make|can\s+only|only\s+makes|makes\s+sense)\b")
_EXCHANGE_WORD = re.compile(r"\b(?:\d[\d,]*-for-\d[\d,]*\s+)?(?:(?:prisoner|POW)\s+)?(?:exchange|swap|trade)\b", re.IGNORECASE)
_LIGHT_VERBS = {"hold", "have", "take", "conduct", "begin", "end", "open", "start"}  # "held a conversation"
_LEAD_REACH = 4  # paragraphs from the top (date lines and by-lines among them) where a lead can be
_ELIDED_REACH = 2000  # characters before a sentence where the noun an ordinal stands for ("A second followed") is
_MEETING_REACH = 5  # paragraphs after the lead's meeting in which what was said or agreed is still told of it


@dataclass(frozen=True)
class _Trigger:
    type: str | None  # None: a reference whose type comes from its antecedent
    pattern: re.Pattern[str]
    requires: re.Pattern[str] | None = None
    at_summit_venue: bool = False
    unless: re.Pattern[str] | None = None  # words in the sentence that rule the trigger out
    after: re.Pattern[str] | None = None  # words that must come shortly before the sentence: an elided noun's
    by_speaker: bool = False  # a threat worded by what befalls its target: whoever says it makes it


@dataclass(frozen=True)
class _Verb:
    """A verb trigger read from the parse (see `verbs` in data/events.yaml)."""
    type: str
    lemmas: frozenset[str]
    obj: str | None = None  # "actor": a person, state or body; "any": some object; "told": what was just told
    people: bool = False  # officials named by role ("advisers from Ukraine") count as the object
    object_nouns: frozenset[str] = frozenset()
    subject_nouns: frozenset[str] = frozenset()
    clause_words: frozenset[str] = frozenset()
    clause_nouns: frozenset[str] = frozenset()
    particle: frozenset[str] = frozenset()
    passive: bool | None = None  # False: not in the passive; True: the passive subject is its object
    bare: bool = False  # no complement beside the object ("called X" but not "called X a liar")
    negated: bool = False  # the denial is the event ("will not accept")
    subjunctive: bool = False  # its clause is in the mood of a demand ("insists that Kyiv withdraw")
    pair: bool = False  # its subject is two parties, and nothing says they were in one room ("Rubio and Lavrov spoke")


@dataclass(frozen=True)
class _Place:
    name: str
    country: str | None
    city: bool
    summit_of: tuple[str, ...]
    pattern: re.Pattern[str]
    capital: bool = False
    seat: bool = False  # where a government sits ("the White House", "the Kremlin")


@dataclass(frozen=True)
class _Rules:
    triggers: tuple[_Trigger, ...]
    verbs: dict[str, tuple[_Verb, ...]]  # lemma -> the entries that list it, in the file's order
    nouns: dict[str, str]
    status: dict[str, re.Pattern[str]]
    negation: re.Pattern[str]
    habitual: re.Pattern[str]
    state_types: frozenset[str]
    directed: frozenset[str]
    embedding: frozenset[str]
    summaries: dict[str, str]
    places: tuple[_Place, ...]


def _words(words: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'])(?:" + "|".join(words) + r")(?![\w'])", re.IGNORECASE)


def _compile(pattern: str) -> re.Pattern[str]:
    # A pattern that spells capitals ([A-Z]) means them; the others ignore case.
    return re.compile(pattern, 0 if "[A-Z]" in pattern else re.IGNORECASE)


@lru_cache(maxsize=1)
def rules() -> _Rules:
    data = yaml.safe_load((DATA_DIR / "events.yaml").read_text(encoding="utf-8"))
    places_data = yaml.safe_load((DATA_DIR / "places.yaml").read_text(encoding="utf-8"))
    triggers = []
    for etype, entries in [*data["types"].items(), (None, data["references"])]:
        for entry in entries:
            entry = {"pattern": entry} if isinstance(entry, str) else entry
            triggers.append(_Trigger(etype, _compile(entry["pattern"]),
                                     _compile(entry["requires"]) if entry.get("requires") else None,
                                     bool(entry.get("at_summit_venue")),
                                     _compile(entry["unless"]) if entry.get("unless") else None,
                                     _compile(entry["after"]) if entry.get("after") else None,
                                     bool(entry.get("by_speaker"))))
    places = []
    for p in places_data:
        names = sorted([p["name"], *p.get("aliases", [])], key=len, reverse=True)
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
        places.append(_Place(p.get("in") or p["name"], p.get("country"), bool(p.get("city")),
                             tuple(p.get("summit_of", [])), pattern, bool(p.get("capital")), bool(p.get("seat"))))
    low = lambda words: frozenset(w.casefold() for w in words or ())  # noqa: E731
    verbs = tuple(_Verb(etype, low(e["lemmas"]), e.get("object"), bool(e.get("people")), low(e.get("object_nouns")),
                        low(e.get("subject_nouns")), low(e.get("clause_words")), low(e.get("clause_nouns")),
                        low(e.get("particle")), e.get("passive"), bool(e.get("bare")), bool(e.get("negated")),
                        bool(e.get("subjunctive")), e.get("subject") == "pair")
                  for etype, entries in data["verbs"].items() for e in entries)
    return _Rules(
        triggers=tuple(triggers),
        verbs={lemma: tuple(v for v in verbs if lemma in v.lemmas) for lemma in {m for v in verbs for m in v.lemmas}},
        nouns=data["nouns"],
        status={s: _words(w) for s, w in data["status"].items()},
        negation=_words([re.escape(w) for w in data["negation"]]),
        habitual=_words(sorted(cue_lexicon().habitual)),
        state_types=frozenset(data["state_types"]),
        directed=frozenset(data["directed"]),
        embedding=frozenset(data["embedding"]),
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
    claim: tuple[int, int] = (0, 0)  # the words this event's trigger phrase takes from other triggers
    dated: bool = False  # the date is the sentence's own, not carried over
    agreed: bool = False  # an exchange read off the agreement that settles it (see `_agreed_exchange`)
    by_speaker: bool = False  # made by whoever says it (see `_threat_by_speaker`)


# Objects that are no party to meet or host, whoever they name: a count, or an event or a thing said
_NOT_PARTIES = {"exchange", "swap", "decision", "proposal", "ceasefire", "truce", "agreement", "deal", "news", "plan",
                "initiative", "statement", "release", "return", "transfer", "step", "move", "offer", "announcement"}
_ARMS = re.compile(r"\b(?:military|weapons?|arms|ammunition|munitions|shells|interceptors?|air[\s-]defen[cs]e|"
                   r"artillery|Patriots?|IRIS-T|armou?red|help|assistance|aid|(?:defen[cs]e\s+)?mat[eé]riel|"
                   r"defen[cs]e\s+equipment)\b", re.IGNORECASE)
# a correction's restatement of what a report said wrongly: "An earlier version of this story said that …"
_CORRECTION = re.compile(r"^\W*(?:correction\s*:\s*)?an?\s+(?:earlier|previous)\s+version\s+of\s+this\s+(?:story|article|"
                         r"report|dispatch|item)\b", re.IGNORECASE)
_TOLD_AGAINST = re.compile(r"\b(?:(?:the\s+)?eve\s+of|ahead\s+of|in\s+the\s+run-up\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
# "one of the heaviest bombardments of the autumn", "the largest combined attack of this year": after a superlative
# and its noun, a season or year it is measured against, not the event's date
_MEASURED_AGAINST = {"of", "since", "in"}
_CLAUSES = {"relcl", "acl", "advcl", "ccomp", "xcomp", "conj"}  # dependents that open a clause of their own
_OWN_SUBJECT = {"proposal", "demand", "threat", "rejection", "accusation"}  # (see `_other_subject`)
_ORDINAL_FRAMES = {"first", "only"}  # "their first meeting this year", "the only exchange of the summer"
_MEASURING_MARKS = {"since", "before", "until", "till"}  # "the largest attack since the invasion began in 2022"
# … but a truce "in force since October 3" began that day
_IN_FORCE_SINCE = re.compile(r"\b(?:in\s+(?:force|effect|place|vigou?r)|held|holding)\s+(?:since|from)\s+(?:the\s+)?$",
                             re.IGNORECASE)


# What each side's reports call the other, and the two sides of the war
_ENEMY_WORDS = {"enemy", "occupier", "occupiers", "aggressor", "invader", "invaders", "occupant", "occupants"}
_SIDES = (("ukraine", "russia"), ("russia", "ukraine"))

# Papers that name people: those on them are not (yet) exchanged or released
_LISTS = {"list", "name", "register", "roster"}  # (lemmas)

# How sure the sentence classifier must be of a type for the trigger model's weaker words to tell it
_TOLD_TYPE = 0.95
_SECOND_TYPE = 0.98  # … and beside a type the rules read (held-out 52-60, which the classifier never saw: at 0.95
# +7 right, +6 wrong; at 0.98 +4 right, +1 wrong)


class _EventReader:
    def __init__(self, doc: Doc, base: ActorBase, statements: list[Statement], sentence_types: SentenceTypes | None = None):
        self.doc = doc
        self.sentence_types = sentence_types
        self._scores: dict[int, dict[str, float]] | None = None
        self.text = doc.text
        self.paragraphs = paragraphs(self.text)
        self.base = base
        self.rules = rules()
        self.ctx = doc._.context
        self.statements = statements
        datelines = [(m.start(), m.end()) for m in _DATELINE.finditer(self.text)]
        self.timexes = [t for t in doc._.timexes or [] if t.type in ("DATE", "TIME") and t.value
                        and _DATE_VALUE.match(t.value) and not any(a <= t.start < b for a, b in datelines)]
        self.drafts: list[_Draft] = []
        self._all_mentions = self._find_mentions()
        self._mention_starts = [m.start for m in self._all_mentions]
        self.parties = self._main_parties()
        self.stamps = self._entry_stamps()
        self.venue = self._talks_venue()

    def _entry_stamps(self) -> list[tuple[int, Timex]]:
        """Paragraphs that are only a time of day, as live blogs head their entries, or only a weekday, as a
        weekly digest heads its days ("TUESDAY"), with that time's value."""
        stamps, dated = [], []
        for p, (start, end) in enumerate(self.paragraphs):
            if end - start <= 12 and _STAMP.match(self.text[start:end]) or _DAY_HEADING.match(self.text[start:end]):
                t = next((t for t in self.timexes if start <= t.start < end), None)
                if t is not None:
                    stamps.append((p, t))
            elif end - start <= 160:
                # a feed's or channel's post stamp: "Tue, 17 Mar 2026 15:20:00 +0000 https://…", "03.10.2026 22:05"
                t = next((t for t in self.timexes if start <= t.start <= start + 6), None)
                day = _to_day(t.to_time()) if t is not None else None
                rest = outside_timexes(self.text, self.timexes, start, end)  # the line without its time expressions
                if day is not None and _FULL_DAY.match(day.value or "") and len(_STAMP_REST.sub("", rest)) <= 3:
                    dated.append((p, t))
        return sorted(stamps + dated) if len(dated) >= 2 else stamps  # (one such line is the report's dateline)

    def _main_parties(self) -> tuple[str, ...]:
        """The two states the report names most: the sides of its story, when a sentence says only "the two sides"."""
        counts: dict[str, int] = {}
        for m in self._all_mentions:
            state = m.state
            actor = self.base.actors.get(state) if state else None
            if actor is not None and actor.kind == "state":
                counts[state] = counts.get(state, 0) + 1
        if self.base.sides and all(side in counts for side in self.base.sides):
            return tuple(sorted(self.base.sides, key=lambda k: (-counts[k], k)))
        return tuple(sorted(counts, key=lambda k: (-counts[k], k))[:2])

    def _talks_venue(self) -> tuple[str, set[str]] | None:
        """The place a report keeps returning to for talks ("the Istanbul format", "talks … in Istanbul"),
        with the two states most often named beside it: the parties of the talks held there."""
        counts: dict[str, int] = {}
        parties: dict[str, dict[str, int]] = {}
        for place in self.rules.places:
            for m in place.pattern.finditer(self.text):
                w_start, w_end = max(0, m.start() - 60), m.end() + 40
                if not re.search(r"\b(talks|negotiat\w*|format|track|process|round|delegations?)\b",
                                 self.text[w_start:w_end], re.I):
                    continue
                counts[place.name] = counts.get(place.name, 0) + 1
                seen = parties.setdefault(place.name, {})
                for mention in self._mentions(w_start, w_end):
                    state = mention.state
                    if state and state != place.country and self.base.actors[state].kind == "state":
                        seen[state] = seen.get(state, 0) + 1
        patterns = {place.name: place.pattern for place in self.rules.places}
        self.venue_sides = [(patterns[name], set(sorted(seen, key=seen.get, reverse=True)[:2]))
                            for name, seen in parties.items() if len(seen) >= 2]
        best = max(counts, key=counts.get, default=None)
        if not best or counts[best] < 2:
            return None
        top = sorted(parties[best], key=parties[best].get, reverse=True)[:2]
        return best, set(top)

    # -- reading ---------------------------------------------------------------------------

    def run(self) -> list[Event]:
        for p, (start, end) in enumerate(self.paragraphs):
            para = self.text[start:end].rstrip()
            if not _SENTENCE_END.search(para) and not (para.endswith((":", "?")) and re.search(r"[.!?]\s+[A-Z]", para)) \
                    and not (para.endswith((";", ",")) and _LIST_POINT.match(para)):  # ("1) strongly condemns …;")
                continue  # headlines and captions tell no events ('… are "in full swing"' is a headline too), but a
                # paragraph that ends in a question after a sentence is one ("… before Istanbul. Will that matter?")
            for sent in sentences_in(self.doc, start, end):
                if not sent.text.rstrip().endswith("?"):
                    self._sentence(sent, p)
                    self._learned(sent, p)
                    self._told_type(sent, p)
        return self._finish()

    def _learned(self, sent: Span, paragraph: int) -> None:
        """An event the trigger model sees in a sentence where no pattern found any: the best-scored word whose
        draft the rules accept and which the sentence itself dates ("Wadephul intends to travel on Thursday,
        24 September, to Kyiv for talks"). Undated, such words are mostly talk of events, not events told."""
        if any(d.sentence.start_char == sent.start_char for d in self.drafts):
            return
        for t in learned_triggers(self.doc, sent):
            if self._negated_in_parse(t.start, t.end) or self._measuring_clause_of(t.start, t.end) is not None:
                continue  # (not "the largest swap since Russia launched its invasion in February 2022")
            draft = self._draft(t.type, sent, paragraph, (t.start, t.end), t.end)
            if draft is not None and draft.dated:
                self.drafts.extend(self._one_per_date(draft))
                return

    def _told_type(self, sent: Span, paragraph: int) -> None:
        """An event of a type the sentence classifier is all but sure the sentence tells, of a type neither the
        rules nor the trigger model found there: the trigger model's best word for it, down to its floor, whose
        draft the rules accept (dated or not: the whole sentence vouches for it, not one word)."""
        here = [d for d in self.drafts if d.sentence.start_char == sent.start_char]
        told = {d.type for d in here}
        # Beside a type the rules read, a second one only where the classifier is surer still, on words no draft
        # claims ("accused Kyiv of shelling" is an accusation, not an attack besides) and not after a proposal,
        # demand, threat or the like ("has threatened secondary tariffs on buyers": what is threatened)
        after = min((d.trigger[1] for d in here if d.type in self.rules.embedding), default=sent.end_char)
        scores = self._sentence_scores(sent)
        for etype, p in sorted(scores.items(), key=lambda x: -x[1]):
            if p < (_SECOND_TYPE if told else _TOLD_TYPE) or etype in told:
                continue
            for t in learned_triggers(self.doc, sent, FLOOR):
                if t.type != etype or self._negated_in_parse(t.start, t.end) or self._definite_noun(t) \
                        or self._listed(t) or told and (self._overlaps_trigger(t.start, t.end) or t.start >= after
                                                         or self._in_noun_phrase_of(t, here)):
                    continue
                draft = self._draft(t.type, sent, paragraph, (t.start, t.end), t.end)
                if draft is not None:
                    self.drafts.extend(self._one_per_date(draft))
                    if draft.type in self.rules.embedding:
                        after = min(after, draft.trigger[1])
                    break

    def _in_noun_phrase_of(self, t: Trigger, drafts: list[_Draft]) -> bool:
        """A word inside the phrase a noun trigger heads ("secondary tariffs on buyers of Russian crude": the buyers
        are whom the tariffs hit) belongs to that event, not to one of its own."""
        word = self.doc.char_span(t.start, t.end, alignment_mode="expand")
        if word is None:
            return False
        for d in drafts:
            head = self.doc.char_span(*d.trigger, alignment_mode="expand")
            if head is None or head.root.pos_ not in ("NOUN", "PROPN") or not head.root.is_ancestor(word.root):
                continue
            w = word.root
            while w.i != head.root.i and w.dep_ not in _CLAUSES:
                w = w.head
            if w.i == head.root.i:
                return True  # (but not a clause of its own on the noun: "the summit, about which they agreed by phone")
        return False

    def _listed(self, t: Trigger) -> bool:
        """"handed Kiev a list of 500 servicemen": people named on a list tell no exchange of them (yet)."""
        word = self.doc.char_span(t.start, t.end, alignment_mode="expand")
        if word is None:
            return False
        of = word.root.head
        return of.lower_ == "of" and of.head.lemma_.casefold() in _LISTS

    def _definite_noun(self, t: Trigger) -> bool:
        """"In the early stages of the exchange, …": a noun the sentence names as known tells no new event."""
        word = self.doc.char_span(t.start, t.end, alignment_mode="expand")
        return word is not None and word.root.pos_ in ("NOUN", "PROPN") \
            and bool(_DEFINITE.search(self.text[max(0, t.start - 40):t.start]))

    def _sentence_scores(self, sent: Span) -> dict[str, float]:
        """The sentence classifier's reading of a sentence (empty without one); every sentence is read at once."""
        if self.sentence_types is None:
            return {}
        if self._scores is None:
            sents = [s for s in sentences(self.doc) if s.text.strip()]
            self._scores = dict(zip((s.start_char for s in sents),
                                    self.sentence_types.scores([s.text.strip() for s in sents])))
        return self._scores.get(sent.start_char, {})

    def _negated_in_parse(self, start: int, end: int) -> bool:
        """A word the parse negates: "not"/"never" on its verb, or "no" on the verb's subject or object ("No new talks
        … have been held", "has not met Putin since")."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        word = span.root
        verb = word if word.pos_ in ("VERB", "AUX") else word.head
        if any(c.dep_ == "neg" for c in verb.children):
            return True
        nouns = [word] + [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        return any(d.lower_ in ("no", "none", "neither") and d.dep_ == "det" for n in nouns for d in n.children)

    def _sentence(self, sent: Span, paragraph: int) -> None:
        s = sent.text
        seen: dict[str | None, int] = {}  # type -> where its last trigger in this sentence ends
        for trig in self.rules.triggers:
            if trig.requires is not None and not trig.requires.search(s):
                continue
            if trig.unless is not None and trig.unless.search(s):
                continue
            for m in trig.pattern.finditer(s):
                g = "t" if "t" in trig.pattern.groupindex and m.group("t") else 0
                span = (sent.start_char + m.start(g), sent.start_char + m.end(g))
                if trig.after is not None and not trig.after.search(self.text, max(0, span[0] - _ELIDED_REACH), span[0]):
                    continue
                within = self._embedded_meeting(trig.type, span)
                if within is None and self._overlaps_trigger(*span, trig.type):
                    continue
                if trig.type in seen and not self._new_occasion(seen[trig.type], span[0]) \
                        and not (trig.type in _OWN_SUBJECT and self._other_subject(seen[trig.type], span[0])):
                    continue
                etype = trig.type
                if etype in ("summit", "talks") and self._generic(span):
                    continue
                if etype == "attack" and self._measure_hits(span):
                    continue  # "the sanctions package, adopted in May, hit Russian LNG"
                if trig.at_summit_venue:
                    if not self._summit_venue(sent, span):
                        continue
                reach = sent.start_char + m.end()
                if etype in self.rules.embedding and (re.match(r"\s*(?:to|on|that|upon)\b", self.text[reach:])
                                                      or re.search(r"\b(?:to|on|that|upon|about)(?:\s+\w+)?$",
                                                                   m.group(0))
                                                      or etype == "demand" and (re.match(r"\s*for\b", self.text[reach:])
                                                                                or re.search(r"\bfor$", m.group(0)))):
                    # "agreed to exchange … and to hand over …", "proposed to hold a meeting": its object is its
                    # own, up to a contrast.
                    contrast = _CONTRAST.search(self.text, reach, sent.end_char)
                    reach = min(contrast.start() if contrast else sent.end_char, self._object_end(span, sent))
                draft = self._settled_by(self._draft(etype, sent, paragraph, span, reach, by_speaker=trig.by_speaker),
                                            within)
                if draft is not None:
                    self.drafts.extend(self._one_per_date(draft))
                    self.drafts.extend(self._agreed_exchange(draft))
                    self.drafts.extend(self._agreed_truce(draft))
                    self.drafts.extend(self._agreed_meeting(draft))
                    self.drafts.extend(self._accused_attack(draft))
                    seen[trig.type] = span[1]
        for token in sent:
            if token.pos_ != "VERB":
                continue
            for verb in self.rules.verbs.get(token.lemma_.casefold(), ()):
                span = self._verb_fits(token, verb)
                within = self._embedded_meeting(verb.type, span) if span is not None else None
                if span is None or within is None and self._overlaps_trigger(*span, verb.type):
                    continue
                if verb.subject_nouns and verb.passive and self._restatus_subject(token, span):
                    break
                if verb.type in seen and not self._new_occasion(seen[verb.type], span[0]):
                    break
                draft = self._settled_by(self._draft(verb.type, sent, paragraph, span, span[1], denial=verb.negated),
                                         within)
                if draft is not None:
                    self.drafts.extend(self._one_per_date(draft))
                    seen[verb.type] = span[1]
                break

    def _generic(self, span: tuple[int, int]) -> bool:
        """"A summit must be prepared thoroughly", "Such a summit must be carefully prepared", "A summit for the
        photograph does not interest us": a kind of meeting told of in general, no meeting that happens."""
        return bool(_GENERIC_BEFORE.search(self.text, max(0, span[0] - 12), span[0])
                    and _GENERIC_AFTER.match(self.text, span[1]))

    def _measure_hits(self, span: tuple[int, int]) -> bool:
        """A measure, not a weapon, is what strikes: "the package hit Russian LNG", "tariffs hit Russian oil"."""
        words = self.doc.char_span(span[0], span[1], alignment_mode="expand")
        verb = next((w for w in words or () if w.pos_ == "VERB"), None)
        return verb is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.casefold() in _MEASURES
                                        for c in verb.children)

    def _object_end(self, trigger: tuple[int, int], sent: Span) -> int:
        """Where the verb a trigger ends in ("ready to host", "proposed to hold") has its last word in the parse:
        "Türkiye is ready to host the negotiations on ports, stated Erdogan during a telephone conversation" claims
        the negotiations, not the conversation."""
        span = self.doc.char_span(trigger[0], trigger[1], alignment_mode="expand")
        if span is None or span[-1].pos_ != "VERB":
            return sent.end_char
        # (not a relative clause with a subject of its own: "offered a truce on energy strikes, which the Kremlin
        # waved away": the waving away is an event of its own; nor a clause joined to it with a party of its own:
        # "proposed a truce at sea, and Turkey has offered to host talks")
        own = [c for t in span[-1].subtree for c in t.children
               if c.dep_ in ("relcl", "conj") and any(g.dep_ in ("nsubj", "nsubjpass") and g.pos_ != "PRON"
                                                      and g.lower_ not in ("which", "that", "who") for g in c.children)]
        cut = {t.i for c in own for t in c.subtree}
        last = max(t.idx + len(t.text) for t in span[-1].subtree if t.i not in cut)
        return max(last, trigger[1])

    def _agreed_exchange(self, d: _Draft) -> list[_Draft]:
        """"agreed to exchange 1,200 prisoners of war each by the end of July", "agreed on a 500-for-500 prisoner
        exchange": the exchange agreed, with its figures, is an event of its own, still to come."""
        if d.type != "agreement" or not any(q.unit in _PEOPLE_UNITS for q in d.quantities):
            return []
        m = _EXCHANGE_WORD.search(self.text, d.claim[0], d.claim[1])
        if m is None:
            return []
        status = "planned" if d.status == "occurred" else d.status
        if d.status == "occurred" and _CARRIED_OUT.search(self.text, m.end(), d.sentence.end_char):
            status = "occurred"  # "… an agreement to swap 157 prisoners on each side, which took place five days later"
        swap = _Draft("exchange", status, m.span(), d.sentence, d.paragraph,
                      [EventActor(a.actor, a.role) for a in d.actors], place=d.place, quantities=list(d.quantities),
                      claim=m.span(), agreed=True)
        # its date is one told after it ("… by the end of July"), not the day it was agreed
        later = self._date_after(m.end(), d.sentence.end_char)
        swap.date = _to_day(later.to_time()) if later else None
        return [swap]

    def _date_after(self, start: int, end: int) -> Timex | None:
        """The first date told in [start, end): the day of a thing agreed or charged, told after its verb."""
        return next((t for t in self.timexes if start <= t.start < end and t.type == "DATE" and t.to_time() is not None),
                    None)

    def _agreed_meeting(self, d: _Draft) -> list[_Draft]:
        """"agreed to meet again next week", "agreed to hold another round in Geneva": the meeting agreed is an event of
        its own, still to come, on the day told after it."""
        if d.type != "agreement" or d.status != "occurred":
            return []
        m = _MEETING_AGREED.match(self.text, d.trigger[1], d.sentence.end_char)
        if m is None or any(o.type in ("talks", "summit") and o.sentence.start_char == d.sentence.start_char
                            and o.trigger[0] >= d.trigger[1] for o in self.drafts):
            return []
        leaders = [a for a in d.actors if a.actor in self.base.actors and self.base.actors[a.actor].kind == "person"
                   and self._is_leader(self.base.actors[a.actor])]
        kind = "summit" if m.group("t").lower().startswith("meet") and (  # "the two leaders had agreed to meet"
            len(leaders) >= 2 or _TWO_LEADERS.search(self.text, d.sentence.start_char, d.trigger[0])) else "talks"
        talks = _Draft(kind, "planned", m.span("t"), d.sentence, d.paragraph,
                       [EventActor(a.actor, a.role) for a in d.actors], claim=m.span("t"), agreed=True)
        later = self._date_after(m.end("t"), d.sentence.end_char)
        talks.date, talks.dated = (_to_day(later.to_time()), True) if later else (None, False)
        self._read_place(talks)
        return [talks]

    def _accused_attack(self, d: _Draft) -> list[_Draft]:
        """"accused the Russian Federation of striking a maternity hospital in Zaporizhzhia on 21 February": the
        attack charged is an event of its own, by the accused on the accuser's side, on the day told after it."""
        if d.type != "accusation" or d.status != "occurred":
            return []
        m = _ACCUSED_ACT.search(self.text, d.trigger[1], min(d.sentence.end_char, d.trigger[1] + 120))
        if m is None or self._overlaps_trigger(*m.span("t")) and not any(
                o.type == "accusation" and o.claim[0] <= m.start("t") < o.claim[1] for o in self.drafts + [d]):
            return []
        if any(o.type == "attack" and o.sentence.start_char == d.sentence.start_char for o in self.drafts):
            return []
        flip = {"source": "target", "target": "source"}
        actors = [EventActor(a.actor, flip.get(a.role, a.role)) for a in d.actors]
        strike = _Draft("attack", "occurred", m.span("t"), d.sentence, d.paragraph, actors, place=d.place,
                        claim=m.span("t"))
        # the day told in what is charged ("that on the night of the 3rd it used missiles … to attack"), else the
        # accusation's
        told = self._date_after(d.trigger[1], d.sentence.end_char)
        strike.date, strike.dated = (_to_day(told.to_time()), True) if told else (d.date, d.dated)
        self._read_place(strike)
        return [strike]

    def _agreed_truce(self, d: _Draft) -> list[_Draft]:
        """"agreed to a 30-day moratorium on strikes against energy facilities, starting Dec. 1", "agreed to halt
        strikes on power plants": the truce agreed is an event of its own, from the day it starts (still to come, or
        begun), else from the day it was agreed."""
        if d.type != "agreement" or d.status != "occurred":
            return []  # ("until Moscow agrees to a full ceasefire": none agreed)
        m = _TRUCE_WORD.search(self.text, d.trigger[1], min(d.sentence.end_char, d.trigger[1] + 80))
        if m is None or not _AGREED_OBJECT.fullmatch(self.text, d.trigger[1], m.start()):
            return []
        if any(o.type == "ceasefire" and o.sentence.start_char == d.sentence.start_char for o in self.drafts):
            return []  # (told already: "signed a 30-day ceasefire")
        truce = _Draft("ceasefire", d.status, m.span(), d.sentence, d.paragraph,
                       [EventActor(a.actor, a.role) for a in d.actors], date=d.date, place=d.place, claim=m.span(),
                       dated=d.dated, agreed=True, quantities=[q for q in d.quantities if q.unit in DURATIONS])
        start = next((t for t in self.timexes if m.end() <= t.start < d.sentence.end_char and t.to_time() is not None
                      and _TRUCE_START.search(self.text, max(m.end(), t.start - 60), t.start)), None)
        if start is not None:
            truce.date = _to_day(start.to_time())
            published = self.doc._.published
            day = timeline_day(truce.date.value) if truce.date else None
            if published is not None and day and day > published.isoformat():
                truce.status = "planned"
        return [truce]

    def _one_per_date(self, d: _Draft) -> list[_Draft]:
        """Rounds told with a list of days ("held three rounds this year, on 16 May, 2 June and 23 July",
        "were held twice, on May 16 and June 2"): an event a day."""
        if d.type not in _SYMMETRIC or d.reference:
            return [d]
        dated = [t for t in self.timexes if d.trigger[0] <= t.start and t.end <= d.sentence.end_char
                 and t.granularity in ("day", "month") and t.type == "DATE" and t.to_time() is not None]
        days = [t for t in dated if t.granularity == "day" and not self._told_against(t)]
        if d.type == "exchange":
            stages = self._stages(d, days)
            if stages:
                return stages
        run: list[Timex] = []
        for t in days:
            if run and _LIST_JOINT.fullmatch(self.text[run[-1].end: t.start]):
                run.append(t)
            elif len(run) >= 2:
                break
            else:
                run = [t]
        within = d.date is None or all(t.value.startswith(d.date.value[:4]) for t in run)
        if len(run) < 2:
            pair = next(((a, b) for a, b in zip(dated, dated[1:]) if _NEXT_JOINT.fullmatch(self.text, a.end, b.start)),
                        None)
            if pair is not None:
                run, within = list(pair), True
        if len(run) < 2 and len(days) >= 2:
            return self._one_per_party(d, days[0], days[1])
        if len(run) < 2 or not within or ";" in self.text[d.trigger[1]: run[0].start]:
            return [d]
        if d.type in ("talks", "summit") and len(run) == 2 and re.fullmatch(r"\s+and\s+", self.text[run[0].end: run[1].start]):
            first, last = (_to_day(t.to_time()) for t in run)
            if first and last and _FULL_DAY.match(first.value) and _FULL_DAY.match(last.value) and (
                    dt.date.fromisoformat(last.value) - dt.date.fromisoformat(first.value)).days == 1:
                # "met in Abu Dhabi on Wednesday and Thursday": one round over two days, SPEC's range of them
                d.date = TimeValue(f"{first.value}/{last.value}", "day", first.mod,
                                   self.text[run[0].start: run[1].end], first.anchor)
                d.dated = True
                return [d]
        out = []
        for t in run:
            out.append(_Draft(d.type, d.status, d.trigger, d.sentence, d.paragraph,
                              [EventActor(a.actor, a.role) for a in d.actors], _to_day(t.to_time()), d.place,
                              list(d.quantities) if not out else [], d.reference, d.claim, True))
        return out

    def _stages(self, d: _Draft, days: list[Timex]) -> list[_Draft]:
        """An exchange carried out in stages, each with its figure and its day ("in three stages: 410 for 410 on 30
        May, 320 for 320 on 31 May and 270 for 270 on 1 June"): an exchange a stage, with that stage's figures."""
        run = days[:1]
        for t in days[1:]:
            if not _STAGE_JOINT.fullmatch(self.text, run[-1].end, t.start):
                break
            run.append(t)
        if len(run) < 2 or not d.quantities:
            return []
        left = self.text.rfind(";", d.sentence.start_char, d.trigger[0])
        colon = self.text.rfind(":", d.sentence.start_char, run[0].start)  # ("in three stages: 410 for 410 on …")
        start = max(left + 1, colon + 1, d.sentence.start_char)
        mentions = self._mentions(d.sentence.start_char, d.sentence.end_char)
        first = find_quantities(self.doc, d.sentence, self.base, mentions, self._sides_of(d),
                                within=(start, run[0].start))
        template = first or d.quantities[:1]
        out = []
        for i, t in enumerate(run):
            if i == 0:
                figures = template
            else:
                joint = _STAGE_JOINT.fullmatch(self.text, run[i - 1].end, t.start)
                numbers = [parse_number(n) for n in re.split(r"\s*-?\s*for\s*-?\s*", joint.group("n"))]
                # each figure of the first stage in turn takes the next number told ("320 for 320": one a side; a bare
                # "307" after "390 prisoners": the one figure)
                figures = [replace(q, value=n, text=joint.group("n")) for q, n in zip(template, numbers * len(template))
                           if n is not None]
            stage = replace(d, quantities=list(figures), actors=[EventActor(a.actor, a.role) for a in d.actors],
                            date=_to_day(t.to_time()), dated=True)
            out.append(stage)
        return out

    def _told_against(self, t: Timex) -> bool:
        """"on the eve of Easter", "ahead of Christmas": a day an event is told against, not its own."""
        return bool(_TOLD_AGAINST.search(self.text[max(0, t.start - 24): t.start])) or self._measured_against(t)

    def _measured_against(self, t: Timex) -> bool:
        """"one of the heaviest bombardments of the autumn": a span longer than a day after a superlative and its
        noun, what the event is measured against (but not "the most important result of today", nor "most of
        Sunday", nor "the biggest came in late May")."""
        if t.granularity == "day":
            return False
        span = self.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            return False
        i = span.start - 1
        if i >= 0 and self.doc[i].lower_ in ("the", "this", "last"):
            i -= 1
        if span[0].lower_ == "this" and i >= 0 and self.doc[i].pos_ == "NOUN":
            i += 1  # "their first face-to-face meeting this year": the frame right after the noun
        elif i < 2 or self.doc[i].lower_ not in _MEASURED_AGAINST:
            return False
        nouns = 0
        for w in reversed(self.doc[max(0, i - 8):i]):
            if w.tag_ in ("JJS", "RBS") or w.lower_ in _ORDINAL_FRAMES:
                return nouns > 0
            if w.lower_ == "-" or w.i + 1 < len(self.doc) and self.doc[w.i + 1].lower_ == "-" \
                    or w.i > 0 and self.doc[w.i - 1].lower_ == "-":
                continue  # the parts of "face-to-face", "long-awaited"
            if w.pos_ not in ("NOUN", "PROPN", "ADJ") and w.lower_ != "such":
                return False
            nouns += w.pos_ in ("NOUN", "PROPN")
        return False

    def _measuring_clause_of(self, start: int, end: int) -> tuple[int, int] | None:
        """The clause opened by "since", "before" or "until" that the words at start–end stand in, as a character
        range: it measures time from or up to another event ("the largest swap since the invasion began in 2022")."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None
        token = span.root
        for _ in range(8):
            if token.pos_ in ("VERB", "AUX") and _opens_measuring_clause(token):
                clause = list(token.subtree)
                return clause[0].idx, clause[-1].idx + len(clause[-1])
            if token.head.i == token.i:
                return None
            token = token.head
        return None

    def _in_measuring_clause(self, t: Timex, trigger: tuple[int, int]) -> bool:
        """A date in a clause that measures time from or up to another event, not the event's own (unless the event
        is told in that clause: "before the talks resumed in May")."""
        clause = self._measuring_clause_of(t.start, t.end)
        return clause is not None and not clause[0] <= trigger[0] < clause[1]

    def _one_per_party(self, d: _Draft, first: Timex, second: Timex) -> list[_Draft]:
        """"spoke with Lavrov on Monday and with Sybiha a day later", "will travel to Moscow next Tuesday and to
        Kyiv a week later": two events, each with its own party, place and day."""
        joint = _PARTY_JOINT.fullmatch(self.text, first.end, second.start)
        if joint is None or d.trigger[1] > first.start or d.reference:
            return [d]
        part_a, part_b = (d.trigger[1], first.start), (joint.start("who" if joint.group("prep") else "party"), second.start)
        def named_in(span: tuple[int, int]) -> set[str]:
            return {x for m in self._mentions(*span) for x in (m.actor, m.state) if x}

        only_a, only_b = named_in(part_a), named_in(part_b)

        def place_in(span: tuple[int, int]) -> str | None:
            return next((p.name for p in self.rules.places if p.pattern.search(self.text, *span)), None)

        if not (only_b and only_a) and not (joint.group("prep") and place_in(part_a) and place_in(part_b)):
            return [d]  # ("met the Ukrainian team on Sunday and the Russian negotiators on Monday": a party each)

        out = []
        for (start, end), t, drop in ((part_a, first, only_b - only_a), (part_b, second, only_a - only_b)):
            day = _to_day(t.to_time())
            if day is None:
                return [d]
            out.append(_Draft(d.type, d.status, d.trigger, d.sentence, d.paragraph,
                              [EventActor(a.actor, a.role) for a in d.actors if a.actor not in drop], day,
                              place_in((start, end)) or (d.place if not out else None), list(d.quantities) if not out
                              else [], d.reference, d.claim, True))
        return out

    def _verb_fits(self, token: Token, verb: _Verb) -> tuple[int, int] | None:
        """The trigger's offsets when a verb's arguments in the parse fit its entry, else None."""
        children = list(token.children)
        deps = {c.dep_ for c in children}
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in children) and token.head.lemma_ not in _COMMITTING:
            return None  # "ready to host", "to sign a final agreement": an aim, not an event told
        passive = bool(deps & {"nsubjpass", "auxpass"})
        if verb.passive is False and passive:
            return None
        if verb.bare and deps & {"oprd", "xcomp", "ccomp", "attr", "acomp", "prt", "dative"}:
            return None
        marked = [c for c in children if c.dep_ == "advcl"
                  and any(m.dep_ == "mark" and m.lower_ in verb.particle for m in c.children)]
        parts = [c for c in children if c.dep_ in ("prt", "prep", "advmod") and c.lower_ in verb.particle]
        parts += [m for c in marked for m in c.children if m.dep_ == "mark"]  # "pushing for Ukraine to be present" 
        if verb.particle and not parts:
            return None
        negation = [c for c in children if c.dep_ == "neg"]
        if verb.negated != bool(negation):
            return None
        if negation and any(c.lower_ in ("immediately", "yet") for c in children if c.dep_ == "advmod"):
            return None  # "did not immediately respond to": no answer yet, no refusal
        objects = [c for c in children if c.dep_ in ("dobj", "dative")]
        objects += [g for c in children if c.dep_ == "prep" and c.lower_ in ("with", *verb.particle)
                    for g in c.children if g.dep_ == "pobj"]
        objects += [g for c in marked for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
        if passive and verb.passive:
            objects += [c for c in children if c.dep_ == "nsubjpass"]
        if verb.obj == "actor" and not any(self._is_party(o) for o in objects
                                           if not (o.like_num or o.lemma_.casefold() in _NOT_PARTIES)):
            return None  # (not "Russia received 27", "welcomed yesterday's exchange … between Russia and Ukraine")
        if verb.obj == "any" and not objects:
            return None
        if verb.obj == "told" and not self._refused_told(token, children, verb):
            return None
        if verb.object_nouns and verb.obj != "told" and not any(  # ("told": the noun its clause hangs on, above)
                w.lower_ in verb.object_nouns or w.lemma_.casefold() in verb.object_nouns
                for o in objects for w in o.subtree if w.pos_ in ("NOUN", "PROPN")):
            return None
        if verb.type == "sanction" and any(_ARMS.fullmatch(w.text) for o in objects for w in o.subtree):
            return None  # "announced another $500 million package of military aid"
        if verb.type in ("sanction", "military_aid") and verb.object_nouns and not any(
                w.lower_ in verb.object_nouns - _PACKAGES or verb.type == "military_aid" and _ARMS.fullmatch(w.text)
                for o in objects for w in o.subtree) and not any(
                (_SANCTIONS if verb.type == "sanction" else _ARMS).search(self.text[start:end])
                for start, end in self.paragraphs if start <= token.idx < end):
            return None  # "announced another package": of sanctions or of arms, as the paragraph is about
        if verb.type in ("exchange", "military_aid") and any(c.dep_ == "dobj" and c.lemma_.casefold() in _NOT_GOODS
                                                           for c in children):
            return None  # "handed Kiev a list of 500 servicemen", "delivered a massive strike with … weapons"
        subjects = [c for c in children if c.dep_ == "nsubj"] or (  # "working groups would begin meeting": begin's
            [c for c in token.head.children if c.dep_ == "nsubj"] if token.dep_ == "xcomp" else [])
        if verb.subject_nouns and not any(w.lower_ in verb.subject_nouns for c in subjects
                                          for w in c.subtree) and not any(
                c.lower_ in verb.subject_nouns or c.lemma_.casefold() in verb.subject_nouns
                for c in children if c.dep_ == "nsubjpass"):  # "A technical meeting …, planned for …, was delayed"
            return None
        if verb.clause_words or verb.clause_nouns:
            clause = [w for c in children if c.dep_ == "ccomp" for w in c.subtree]
            if not any(w.lower_ in verb.clause_words for w in clause) \
                    or not any(w.lower_ in verb.clause_nouns or w.lemma_.casefold() in verb.clause_nouns
                               for w in clause):
                return None
        if verb.subjunctive and not any(c.dep_ == "ccomp" and _subjunctive(c) for c in children):
            return None
        if verb.pair and not self._spoke_apart(token):
            return None
        first = min([token, *negation, *[c for c in children if c.dep_ == "aux" and c.i < token.i and negation]],
                    key=lambda t: t.i)
        last = max([token, *parts], key=lambda t: t.i)
        return first.idx, last.idx + len(last.text)

    def _refused_told(self, token: Token, children: list[Token], verb: _Verb) -> bool:
        """"a condition that Zelensky again rejected", "Russia proposed a truce, which the Ukrainian delegation
        rejected", "but the Kremlin refused.", "a request refused the same day by the president": a refusal of what
        was just told, by a party, with nothing else as its object (not "refused to comment", "rejected the charge")."""
        if any(c.dep_ in ("xcomp", "ccomp", "attr", "oprd", "acomp") for c in children):
            return False
        objects = [c for c in children if c.dep_ == "dobj"]
        if any(o.lower_ not in ("which", "that", "it") for o in objects):
            return False
        relative = token.dep_ in ("relcl", "acl") and token.head.lemma_.casefold() in verb.object_nouns
        if (objects or token.dep_ in ("relcl", "acl")) and not relative:
            return False
        subjects = [c for c in children if c.dep_ == "nsubj"]
        subjects += [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if not subjects and token.dep_ == "conj":  # "Ukraine offered …, but the Kremlin refused" has its own
            return False
        return any(self._is_party(c) for c in subjects)

    def _restatus_subject(self, verb: Token, span: tuple[int, int]) -> bool:
        """"A second round, pencilled in for 1 February, was postponed": when the subject is an event already
        read in this sentence, the verb changes its status instead of telling another event."""
        subject = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        if subject is None:
            return False
        told = next((d for d in self.drafts if d.trigger[0] <= subject.idx < d.trigger[1]), None)
        if told is None:
            # "whether the summit had been called off": an event told before, named again (see `_draft`); but "The
            # meeting in Vienna was postponed at the initiative of the American side" tells its postponement
            return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subject.children) and any(
                d.type in ("summit", "talks") for d in self.drafts) and bool(
                re.search(r"\b(?:whether|if)\b", self.text[verb.sent.start_char: subject.idx], re.IGNORECASE))
        words = self.text[span[0]: max(span[1], verb.idx + len(verb.text) + 12)]
        for status in ("cancelled", "postponed"):
            if self.rules.status[status].search(words):
                told.status = status
        return True

    def _spoke_apart(self, verb: Token) -> bool:
        """"Marco Rubio and Sergei Lavrov spoke for the first time in six weeks": two parties spoke with each
        other, not to someone else ("spoke to reporters", "at a forum") and not at a meeting the sentence tells."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return False
        parties = [subject, *subject.conjuncts]
        if len(parties) != 2 or not all(p.pos_ == "PROPN" and self._is_party(p) for p in parties):
            return False
        if any(c.dep_ in ("prep", "dative") and c.lower_ in ("at", "to", "before", "during", "with", "in")
               or c.dep_ == "mark" and c.lower_ in ("until", "till", "before", "if", "unless", "once", "when")
               for c in verb.children):
            return False  # nor a call still awaited: "until Trump and Putin spoke directly"
        return not re.search(r"\b(?:met|meet|meeting|summit|talks|in person|conference|forum|session|visit)\b",
                             verb.sent.text, re.IGNORECASE)

    def _is_party(self, head: Token) -> bool:
        """An object that can take part in an event: an actor named in it, "him"/"her", or (for hosts) officials."""
        if head.lower_ in ("him", "her", "them"):
            return True
        words = [head]
        for w in words:  # the noun phrase itself, without the clauses and phrases that hang on it
            words += [c for c in w.children if c.dep_ not in ("relcl", "acl", "prep", "ccomp", "advcl", "conj", "cc")]
        if any(w.ent_type_ == "PERSON" for w in words) or _OFFICIALS.fullmatch(head.text):
            return True
        start, end = min(w.idx for w in words), max(w.idx + len(w.text) for w in words)
        return bool(self._mentions(start, end))  # (every word's own mentions lie inside the phrase's span)

    def _background(self, sent: Span, trigger: tuple[int, int], c_end: int) -> bool:
        """"since the last talks": an event named only to measure time from. Not when a verb stands between
        ("since the summer Kiev has received …") or the event has a date of its own ("since the third round
        … on July 23")."""
        window = max(sent.start_char, trigger[0] - 60)
        m = _TEMPORAL_BACKGROUND.search(self.text[window: trigger[0]])
        if not m or _SPELL_OF.match(self.text, trigger[0], trigger[1]):
            return False  # (but "After two days of consultations in Abu Dhabi, the delegations agreed …": the talks
            # are told, with how long they went on)
        if (m.group(2) or "").casefold() in ("a", "an") and m.group(1).casefold() != "since":
            return False  # "following a massive Russian air raid on Kyiv", "a day after a phone call with Putin": an
            # event told for the first time
        between = self.doc.char_span(window + m.start(), trigger[1], alignment_mode="expand")
        if between is not None and any(t.pos_ in ("VERB", "AUX") for t in between[1:]):
            return False  # the trigger or a word before it is a verb: a clause of its own
        measured = _MEASURED.search(self.text, window, window + m.start())  # "On Monday, 16 November, the day
        # before the summit, …": a day measured from it, not the day of the event
        if not measured and any(t.granularity in ("day", "month") and sent.start_char <= t.start < trigger[0]
                                and self._fronted(sent, t.start) for t in self.timexes):
            return False  # "On October 16, after a call with Putin, Trump announced …": that day's call
        if _DATED_CLAUSE.match(self.text, c_end):
            c_end = sent.end_char  # "before the new round, which will be on Wednesday in Geneva"
        return not any(trigger[1] <= t.start < c_end and (t.granularity == "day" or t.granularity in ("month", "week") and re.fullmatch(
            r"(?:\s+|(?=,))(?:(?:between|with|of)\s+(?:[\w.-]+\s+){1,5}?)?(?:in\s+(?:[A-Z][\w-]+,?\s+){1,3})?"
            rf"(?:{_DATED_CLAUSE_WORDS}\s+)?"
            r"(?:(?:in|on)\s+(?:the\s+)?)?",
            self.text[trigger[1]:t.start]))
                   for t in self.timexes)
        # ("since the Istanbul meeting in July last year", "before the new round, which will be on Wednesday in
        # Geneva": that meeting, dated)

    def _new_occasion(self, after: int, start: int) -> bool:
        """A second trigger of a type in one sentence is another event only past a semicolon or a new date:
        "84 came home on each side; ten days later, 146 went each way"."""
        lo, hi = min(after, start), max(after, start)
        if ";" in self.text[lo:hi] or any(lo <= t.start < hi for t in self.timexes):
            return True
        # "… talks in Istanbul, where the two delegations last met on July 23": a date of its own, just after
        clause_end = min([i for i in (self.text.find(c, hi) for c in (",", ";", ".")) if i != -1], default=hi)
        if any(hi <= t.start < min(clause_end, hi + 40) and (t.granularity == "day" or t.granularity == "month"
                                                              and t.anchor == "absolute") for t in self.timexes):
            return True  # (… "after their talks in Anchorage, Alaska, in August 2025": a month with its year)
        # "… the second round of talks …, after a first round late last month": another round, dated apart
        ordinals = [m.group(0).casefold() for m in _ORDINAL.finditer(self.text, max(lo - 60, 0), hi + 12)]
        return len(set(ordinals)) >= 2 and any(hi <= t.start < min(clause_end, hi + 24) and t.type == "DATE"
                                               and t.granularity in ("day", "month") for t in self.timexes)

    def _other_subject(self, before: int, start: int) -> bool:
        """"Ukraine proposed a truce at sea, and Turkey has offered to host talks": a second proposal, demand, threat,
        rejection or accusation in a sentence whose verb has a subject of its own, another party, is another event."""
        first = self.doc.char_span(max(0, before - 1), before, alignment_mode="expand")
        second = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if first is None or second is None:
            return False
        subjects = []
        for word in (first.root, second.root):
            verb = word if word.pos_ in ("VERB", "AUX") else word.head
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None or subject.pos_ == "PRON":
                return False
            subjects.append((verb.i, self._party_words(subject)))
        return subjects[0][0] != subjects[1][0] and not (subjects[0][1] & subjects[1][1])

    def _party_words(self, subject: Token) -> set[str]:
        return {w.lemma_.casefold() for w in subject.subtree if w.pos_ in ("PROPN", "NOUN")}

    def _embedded_meeting(self, etype: str | None, span: tuple[int, int]) -> _Draft | None:
        """The agreement whose object a meeting is ("agreed that our teams will meet in the coming days", "agreed to
        meet in Budapest"): the meeting agreed on is an event of its own, planned. (A meeting proposed or called for
        is only the object of the proposal or the demand: measured, reading it as its own event added more events
        our annotators leave out than it found.)"""
        if etype not in _MEETINGS:
            return None
        return next((d for d in self.drafts if d.type in _EMBEDDED_STATUS and d.status == "occurred"
                     and d.trigger[1] <= span[0] < d.claim[1] and not self._occasion_of(d, span[0])), None)

    def _settled_by(self, draft: _Draft | None, agreement: _Draft | None) -> _Draft | None:
        """A draft read inside an agreement's object (see `_embedded_meeting`): a meeting it settles, planned, or
        nothing of its own. The meeting an agreement was reached in took place as the agreement did ("agreed,
        during an hour-long phone call on Friday, to hold the postponed summit": not a call planned or postponed)."""
        if draft is not None and agreement is None and draft.type in _MEETINGS and draft.status != "occurred":
            reached = next((d for d in self.drafts if d.type in _EMBEDDED_STATUS and d.status == "occurred"
                            and self._occasion_of(d, draft.trigger[0])), None)
            if reached is not None and not self._denied(draft.trigger):
                draft.status = "occurred"
        if draft is None or agreement is None:
            return draft
        if draft.type not in _MEETINGS or draft.reference:
            return None
        draft.status = _EMBEDDED_STATUS[agreement.type]
        return draft

    def _overlaps_trigger(self, start: int, end: int, etype: str | None = None) -> bool:
        """Whether a span falls in what an event already read claims; a meeting an agreement was reached in is
        not its object but an event of its own ("agreed in a telephone conversation on Tuesday to …")."""
        return any(d.claim[0] < end and start < d.claim[1] and not (
            etype in _MEETINGS and d.type in _EMBEDDED_STATUS and self._occasion_of(d, start)) for d in self.drafts)

    def _occasion_of(self, agreement: _Draft, start: int) -> bool:
        """Whether what starts at `start`, right after an agreement's trigger, is the meeting it was reached in
        ("agreed in a telephone conversation on Tuesday to …"), not what it settles."""
        return agreement.trigger[1] <= start and _OCCASION.fullmatch(self.text, agreement.trigger[1], start) is not None

    def _summit_venue(self, sent: Span, trigger: tuple[int, int]) -> _Place | None:
        """A venue known for a leaders' summit named right before the trigger ("the Anchorage talks")."""
        before = self.text[max(sent.start_char, trigger[0] - 30): trigger[0]]
        for place in self.rules.places:
            if place.summit_of and place.pattern.search(before):
                return place
        return None

    def _clause(self, sent: Span, start: int, end: int) -> tuple[int, int]:
        """Offsets of the clause around a trigger: up to the nearest comma, semicolon, dash or 'while'."""
        s = sent.text
        rel_s, rel_e = start - sent.start_char, end - sent.start_char
        breaks = (", ", ";", " while ", " but ", " — ", " – ")  # ", " so that "1,200" is no break
        before = {b: self._list_comma(s, rel_s) if b == ", " else s.rfind(b, 0, rel_s) for b in breaks}
        left = max(at + len(b) if at != -1 else 0 for b, at in before.items())
        rights = [i for i in (s.find(b, rel_e) for b in breaks) if i != -1]
        return sent.start_char + left, sent.start_char + (min(rights) if rights else len(s))

    @staticmethod
    def _list_comma(s: str, before: int) -> int:
        """The last comma before an offset that ends a clause, passing over those of a list of names ("Russia,
        Ukraine and the United States met"); -1 when there is none."""
        at = s.rfind(", ", 0, before)
        while at != -1 and _NAME_END.search(s, 0, at) and _LIST_GOES_ON.match(s, at + 2):
            at = s.rfind(", ", 0, at)
        return at

    def _draft(self, etype: str | None, sent: Span, paragraph: int, trigger: tuple[int, int],
               reach: int, denial: bool = False, by_speaker: bool = False) -> _Draft | None:
        """An event for a trigger; `reach` is where the whole matched phrase ends ("talks … may resume");
        `denial`: the trigger is a refusal ("will not accept"), which happened unless the clause is a condition."""
        r = self.rules
        before = self.text[sent.start_char: trigger[0]]
        c_start, c_end = self._clause(sent, *trigger)
        clause = self.text[c_start:c_end]
        trig_text = self.text[trigger[0]:trigger[1]]
        head = self.text[c_start: max(trigger[0], min(reach, c_end))]
        if etype in ("talks", "summit") and re.search(r"\b(?:tele)?phone\b", self.text[trigger[0]:trigger[1]], re.IGNORECASE):
            etype = "call"  # "held phone talks with his Ukrainian counterpart": talks by telephone are a call
        if _CORRECTION.match(sent.text):
            return None  # "An earlier version of this story said that Russia received 91 bodies": not what happened
        if etype == "agreement" and _ASKED_TO.search(before[-60:]):
            return None  # "pressed Moscow to agree to a ceasefire": what is asked for, not an agreement
        if etype == "sanction" and re.search(r"\bpackage\b", self.text[trigger[0]:trigger[1]], re.IGNORECASE) \
                and not re.search(r"\bsanction", sent.text, re.IGNORECASE) and _ARMS.search(sent.text):
            etype = "military_aid"  # "approved another package that includes interceptors", "the 48th package of
            # military help": arms, not sanctions
        if re.fullmatch(r"(?:spoke|spoken|talked)\s+(?:to|with)", self.text[trigger[0]:trigger[1]]) and not any(
                self.base.actors[m.actor].kind == "person" for m in self._mentions(trigger[1], trigger[1] + 60)):
            return None  # "spoke to TVP World": an interview, not a call
        token = self.doc.char_span(trigger[0], trigger[1], alignment_mode="expand")
        if re.search(r"\b(?:every|each|any)\s+(?:[\w-]+\s+)?$", before[-24:], re.IGNORECASE) and not (
                token is not None and token.root.pos_ in ("VERB", "AUX")):
            return None  # "every round of talks": no one event (but "Russia and Ukraine each handed over …")
        if re.search(r"\b(?:on|at) the (?:sidelines|margins|fringes) of (?:the |a |an )?(?:[\w-]+\s+){0,3}$", before[-60:],
                     re.IGNORECASE):
            return None  # "on the sidelines of the Brussels summit": where something else happened
        if token is not None and len(token) == 1 and token.root.dep_ == "compound" and token.root.pos_ == "NOUN" \
                and token.root.head.lower_ not in _HEADLINE_VERBS:
            return None  # "the summit table", "summit diplomacy": a modifier, not an event (but "Direct talks
            # resume in Istanbul", where the parser takes the verb for a noun)
        if token is not None and token.root.lower_ in ("meet", "met") and any(
                c.dep_ == "dobj" and c.lower_ != "face" and not self._is_party(c)
                and not any(t.text == "," for t in self.doc[token.root.i:c.left_edge.i]) for c in token.root.children):
            return None  # "would meet a very serious response" (but "met in Istanbul, the first talks in years")
        if etype == "accusation" and token is not None and token.root.dep_ == "acl":
            return None  # "traders accused of moving Russian oil": a description, not an accusation told
        if self._background(sent, trigger, c_end):
            return None  # "since the last talks": a time reference, not an event told here
        shelved = etype in ("summit", "talks") and _NO_PLANS.search(self.text[max(sent.start_char, trigger[0] - 60):
                                                                                    trigger[0]])
        if not shelved and (self._negated(self._negation_scope(c_start, trigger), clause, trig_text)
                            or self._denied(trigger)) and not r.status["cancelled"].search(clause) \
                or r.habitual.search(clause):
            return None  # but "the meeting … did not take place" was called off
        embedding = etype in self.rules.embedding
        status = self._status(self._status_window(sent, c_start, c_end, trigger[1] if embedding else reach, embedding),
                              head, trig_text, etype, sent.text)
        if shelved:
            status = "postponed"  # "there were no plans for a Trump-Putin meeting in the near future"
        if etype is None and re.search(r"\bput\s+(?:it|them)\s+off\b", trig_text, re.IGNORECASE):
            status = "postponed"  # "the White House put it off": a phrasal verb split by its object
        if etype in ("threat", "accusation"):
            status = "occurred"  # "warned that Russia would retaliate", "… will become a legitimate target": a threat
            # is made when it is uttered, whatever tense its words are in
        if status == "planned" and etype in ("ceasefire", "sanction", "military_aid") and (re.match(
                r"announced\b", trig_text, re.IGNORECASE) or etype != "ceasefire" and not re.search(
                r"\b(?:would|will|to)\s+\w", clause)) and all(
                m.group(0).casefold() == "announced" for m in self.rules.status["planned"].finditer(clause)):
            status = "occurred"  # "announced a 30-day moratorium": declared, in force; "announced another $500
            # million package of military aid": given by the announcing
        if status in ("planned", "hypothetical", "proposed") and self._told_as_done(token):
            status = "occurred"  # "…, where the two delegations last met on July 23", "had spoken by telephone on
            # Wednesday … about the upcoming meeting": a verb in the past tells what was done
        if status == "occurred":
            status = self._coordinated_modal(trigger) or status
        noun = token[-1] if token is not None and token[-1].pos_ in ("NOUN", "PROPN") else None
        if status in ("planned", "proposed", "postponed", "cancelled") and noun is not None \
                and _AFTER_PAST.search(self.text[max(sent.start_char, noun.idx - 40):noun.idx]) \
                and not self.rules.status[status].search(self.text[trigger[0]:c_end]):
            # "the summit was announced after the telephone conversation of …": that call was held; "was pushed back
            # after the strike on Kharkiv": the strike, not the round, happened
            status = "occurred"
        if status == "occurred" and token is not None and token.root.tag_ in ("VBP", "VBZ", "VB") \
                and _TIME_CLAUSE.search(self.text[max(c_start, trigger[0] - 50):trigger[0]]):
            status = "planned"  # "… expected before leaders gather in Brussels on March 19-20"
        if etype == "rejection" and re.search(r"\b(?:not|never|no)\b|n't\b", trig_text, re.IGNORECASE):
            denial = True  # "will not give its consent", "sees no need for": the refusal is worded as one
        if denial and not re.search(r"\b(?:if|unless|whether)\b", clause, re.IGNORECASE):
            status = "occurred"  # "Kyiv would not accept this": the refusal itself is told
        if status in ("occurred", "planned") and etype not in ("threat", "accusation") and (_CONDITION_AFTER.match(
                self.text, trigger[1], sent.end_char) or _CONDITION_BEFORE.search(before)) and _READY.search(self.text, max(c_start, trigger[0] - 40), trigger[0]):
            status = "hypothetical"  # "was prepared to go further with secondary tariffs … if the track stalls"
        the = _DEFINITE.search(before[-40:])
        definite = bool(the) and etype in ("summit", "talks", "call", "exchange", "agreement") \
            and not _ORDINAL.search(trig_text) and not _ORDINAL.search(the.group(0))  # ("the second stage of the exchange")
        # "The two delegations agreed that …", "The American delegation met the Ukrainian team": a verb after a definite
        # subject tells its own event, in the place of the one told before but between whom its own sentence says
        verb_told = token is not None and token[0].tag_ in ("VBD", "VBZ", "VBP")
        # "The delegations agree to exchange …": a finite verb after its subject tells an event of its own
        told_by_verb = status == "occurred" and token is not None and token[0].tag_ in ("VB", "VBD", "VBP", "VBZ")
        antecedent = None
        if etype is None:
            noun = next((n for n in r.nouns if re.search(rf"\b{n}\b", trig_text, re.IGNORECASE)), "talks")
            antecedent = self._antecedent(r.nouns[noun], trig_text, trigger[0])
            if antecedent is not None and status in _WEAKER - {"planned"}:
                return None  # "asked whether the summit had been called off": nothing new of it
            etype = antecedent.type if antecedent else r.nouns[noun]
        elif definite:
            antecedent = self._antecedent(etype, clause, trigger[0])
            if antecedent is not None and (status == antecedent.status or status in _WEAKER) \
                    and not told_by_verb and not self._dated_anew(sent, trigger, antecedent):
                return None  # "the results of the summit", "ready to host the summit": the summit told before
        venue = self._summit_venue(sent, trigger)
        if venue is not None and etype in ("talks", "summit"):
            etype = "summit"
        draft = _Draft(etype, status, trigger, sent, paragraph, reference=antecedent is not None and not told_by_verb,
                       claim=(trigger[0], reach if etype in self.rules.embedding else trigger[1]), by_speaker=by_speaker)
        if antecedent is not None:
            draft.place = antecedent.place
            if not (definite and verb_told):
                draft.actors = [EventActor(a.actor, a.role) for a in antecedent.actors]
        self._read_actors(draft, (c_start, c_end))
        if draft.type == "exchange" and len(self.parties) == 2 and not any(
                a.role != "mediator" and self.base.actors[a.actor].kind == "state" for a in draft.actors):
            # "On Wednesday, another exchange of prisoners took place", "returned home in an exchange brokered by the
            # Emirates": a swap is between the report's two sides, whoever tells of it or brokers it
            self._add_sides(draft)
        elif draft.type == "talks" and len(self.parties) == 2 and _DELEGATES_WORDS.search(
                self.text[max(c_start, trigger[0] - 30):min(c_end, trigger[1] + 40)]) and not any(
                a.actor in self.parties for a in draft.actors):
            # "The next meeting of the delegations is planned for January", "the Abu Dhabi round": the round of the
            # report's two sides, where the sentence names only the host
            self._add_sides(draft)
        elif draft.type == "ceasefire" and len(self.parties) == 2:
            # "a ceasefire could take effect within days, Kallas said", "the truce Qatar brokered": a truce holds
            # between the report's two sides, whoever announces, brokers or demands it
            self._add_sides(draft)
        subject = " ".join(w.lower_ for c in (token.root.children if token is not None else ()) if c.dep_ == "nsubj"
                           for w in c.subtree)  # "The leaders of France, Germany and Britain will meet"
        rounds = re.search(r"\brounds?\b", trig_text, re.IGNORECASE)  # delegations' rounds are never a summit
        leaders = draft.type == "talks" and not rounds and (self._leaders_only(draft, clause) or bool(re.search(
            r"\b(?:leaders|heads of (?:state|government)|presidents)\b", self.text[c_start:trigger[0]] + " " + subject,
            re.IGNORECASE))
            or bool(re.search(r"\bthe two(?:\s+of\s+them)?\s+(?:would|will|could|might|should|to|are|were|have|had|met|meet)\b",
                              self.text[c_start:trigger[0]], re.IGNORECASE)) and self._only_leaders_named(sent))
        between = draft.type == "talks" and not rounds and self._between_leaders(trigger, sent)
        leaders = leaders or between or draft.type == "talks" and not rounds and (
            self._leader_meets_leader(trigger, sent) or bool(_OF_LEADERS.match(self.text, trigger[1], sent.end_char))
            or bool(re.search(r"\b(?:of|between)\s+(?:the\s+)?(?:two\s+)?(?:presidents|leaders|heads\s+of\s+state)\b",
                              trig_text, re.IGNORECASE)))  # "put on hold the planned meeting of the presidents"
        if leaders:
            draft.type = "summit"  # "he and Putin would meet in Budapest": a leaders' meeting
        elif draft.type == "summit" and "summit" not in self.text[trigger[0]:trigger[1]].lower() and re.match(
                r"\s+(?:of|between)\s+(?:[\w,-]+\s+){0,6}?" + _OFFICIALS.pattern, self.text[trigger[1]:sent.end_char], re.I):
            draft.type = "talks"  # "the trilateral meeting of Russian, American and Ukrainian representatives"
        elif draft.type == "summit" and "summit" not in self.text[trigger[0]:trigger[1]].lower() \
                and (self._officials(draft) or _OFFICIALS.search(self.text, max(c_start, trigger[0] - 40),
                                                                 min(c_end, trigger[1] + 40))
                     and not _LEADERS_WORDS.search(clause) and not any(
                        self._is_leader(self.base.actors[a.actor]) for a in draft.actors)):
            draft.type = "talks"  # "a Rubio–Lavrov meeting": ministers meeting, not heads of state; "conveyed to the
            # Russian ambassador during a meeting at the ministry": an envoy, and no leader named
        if venue is not None:
            for party in venue.summit_of:
                if not any(a.actor == party for a in draft.actors):
                    draft.actors.append(EventActor(party))
        self._read_date(draft)
        if antecedent is not None and draft.date is None and etype in _MEETINGS and draft.status in ("postponed", "cancelled"):
            draft.date = antecedent.date  # "were to meet on 12 November. But Kyiv asked to postpone it": that day's meeting
        if _ORDINAL_SESSION.match(trig_text) and not draft.dated:
            return None  # "The first meeting produced …": an ordinal session is told as new only with its date
        self._read_place(draft)
        if draft.type == "attack" and draft.place:
            self._target_of_place(draft)
            if not any(a.role == "source" for a in draft.actors):
                draft.actors = self._enemy_of(draft, draft.actors)
        if leaders and not between and self._visit(draft):
            draft.type = "talks"  # "Trump received Zelensky at the White House": a visit, not a summit
        left = self.text.rfind(";", sent.start_char, trigger[0])
        right = self.text.find(";", trigger[1], sent.end_char)
        part = (left + 1 if left != -1 else sent.start_char, right if right != -1 else sent.end_char)
        draft.quantities = find_quantities(self.doc, sent, self.base, self._mentions(sent.start_char, sent.end_char),
                                           self._sides_of(draft), within=part)
        if draft.type in _LASTING:  # "a 30-day truce", "talks lasting more than six hours", "a 90-minute call"
            draft.quantities += find_durations(self.text, self.doc._.timexes or [], *part)
        if etype == "exchange" and re.search(r"\bhome\b", sent.text):
            self._home_side(draft)
        if draft.type == "military_aid":  # "a $500 million package": for the side the aid is for
            target = next((a.actor for a in draft.actors if a.role in ("target", "recipient")), None)
            draft.quantities = [replace(q, recipient=target) if q.unit in CURRENCIES and q.recipient is None else q
                                for q in draft.quantities]
        for q in draft.quantities:
            if q.recipient and not any(a.actor == q.recipient for a in draft.actors):
                draft.actors.append(EventActor(q.recipient, "recipient"))
        if self._told_again(draft):
            return None
        return draft

    def _add_sides(self, d: _Draft) -> None:
        """The report's two sides among an event's actors, beside whoever the sentence names."""
        d.actors.extend(EventActor(p) for p in self.parties if not any(a.actor == p for a in d.actors))

    def _sides_of(self, d: _Draft) -> tuple[str, ...]:
        """The two sides of a swap: its own two states when it names two ("the exchange … (157 for 157)" in a
        report on a Russia–US call is Russia's and Ukraine's), else the report's two parties."""
        states = [a.actor for a in d.actors if a.role != "mediator" and self.base.actors[a.actor].kind == "state"]
        states = list(dict.fromkeys(states))
        if d.type == "exchange" and len(states) == 2:
            return tuple(states)
        return self.parties

    def _told_again(self, d: _Draft) -> bool:
        """The event just told, told again in passing ("Among the Russians brought home are …"): same type and
        status, the same sides, nothing of its own (no date, no place, no figures but how long it lasts), a paragraph
        away at most."""
        if d.type not in _SYMMETRIC or d.dated or d.place or any(q.unit not in DURATIONS for q in d.quantities):
            return False
        prior = next((p for p in reversed(self.drafts) if p.type == d.type), None)
        return prior is not None and prior.status == d.status and d.paragraph - prior.paragraph <= 1 \
            and self._sides(d) <= self._sides(prior)

    def _sides(self, d: _Draft) -> set[str]:
        sides = set()
        for a in d.actors:
            actor = self.base.actors[a.actor]
            sides.add(actor.id if actor.kind in ("state", "group") or actor.country is None else actor.country)
        return sides

    def _home_side(self, d: _Draft) -> None:
        """People "brought home" went to the side that received the exchange told before."""
        prior = next((p for p in reversed(self.drafts) if p.type == "exchange"), None)
        side = next((q.recipient for q in prior.quantities if q.recipient), None) if prior else None
        for q in d.quantities:
            q.recipient = q.recipient or side

    def _status_window(self, sent: Span, c_start: int, c_end: int, reach: int, embedding: bool) -> str:
        """The words that can set a trigger's status: its clause up to the end of the trigger phrase (for a
        proposal or demand, only up to the trigger: its object's words are not its status), on to the next
        "and", comma or semicolon, and a following modifier of the event noun (", to be carried out …")."""
        if embedding:
            return self.text[c_start: min(c_end, reach)]
        end = min(c_end, reach)
        end += self._next_predicate(end, sent.end_char)
        but = re.match(r",?\s*but\s+(?:it\s+|they\s+)?(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:\w+\s+)?"
                       r"(?:postponed|cancell?ed|called\s+off|put\s+off|pushed\s+back|delayed|shelved|scrapped)\b",
                       self.text[end: sent.end_char])
        if but:  # "was due to be held in March but was postponed twice": what became of it
            end += but.end()
        follow = re.match(r",\s+(?!only\b)(?:\w+ly\s+)?(?:to be|which|that|scheduled|planned|due|expected|announced|agreed|proposed|set)"
                          r"\b[^,;]*"
                          r"|,\s+(?:it|they)\s+(?:has|have|had|was|were|is|are|will)\b[^,;]*",  # "not cancelled, it was postponed"
                          self.text[end: sent.end_char])
        if follow:
            end += follow.end()
            apposed = re.match(r",\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?:,\s+\d{4})?(?=,)",
                               self.text[end: sent.end_char])
            if apposed:  # "…, which was planned for next Tuesday, April 14, is postponed"
                end += apposed.end()
            # "The meeting …, which was to prepare the summit, did not take place": the noun's own predicate
            predicate = re.match(r",\s+(?:\w+\s+)?(?:did|does|do|has|have|had|was|were|is|are|will|would)\b[^,;]*",
                                 self.text[end: sent.end_char])
            if predicate:
                end += predicate.end()
                # "…, was not cancelled, but "put on pause"": what it is instead
                instead = re.match(r',?\s+but\s+[^,;]*', self.text[end: sent.end_char]) \
                    if re.search(r"\b(?:not|never)\b|n't\b", predicate.group(0)) else None
                if instead:
                    end += instead.end()
        return self.text[c_start:end]

    def _next_predicate(self, start: int, end: int) -> int:
        """How far the trigger's own predicate runs: to a comma, semicolon, "but", "while", or an "and" that
        joins another verb ("spoke to Putin … and announced that …"), not one inside a noun phrase."""
        rest = self.text[start:end]
        for m in re.finditer(r",(?=\s)|;|\bbut\b|\bwhile\b|\band\b|\bthat\b", rest):
            if m.group(0) == "that":
                word = self.doc.char_span(start + m.start(), start + m.end())
                if not rest[:m.start()].strip() or word is None or word[0].dep_ != "mark":
                    continue  # "the talks that were planned for June", "the summit … that was announced for
                    # Budapest": the noun's own clause
            if m.group(0) != "and":
                return m.start()  # (… "raised expectations that a follow-up meeting …": another's clause)
            nxt = self.doc.char_span(start + m.end() + 1, end, alignment_mode="expand")
            first = next((t for t in nxt if t.pos_ != "ADV"), None) if nxt is not None else None
            if first is not None and first.pos_ in ("VERB", "AUX"):  # "… and then announced"
                return m.start()
        return len(rest)

    def _negation_scope(self, c_start: int, trigger: tuple[int, int]) -> str:
        """The words before a trigger that can negate it: back to the last "and"/"that" joining another clause
        ("Putin was "not ready" … and that Kyiv was prepared to offer"), and none for a definite event noun that is
        the object of another verb ("had not responded to Russia's proposal": the proposal stands)."""
        span = self.doc.char_span(trigger[0], trigger[1], alignment_mode="expand")
        if span is not None and span.root.pos_ == "NOUN" and span.root.dep_ in ("pobj", "dobj") and not any(
                c.lower_ in ("a", "an", "any") for c in span.root.children):
            return ""  # but "did not mention a summit" mentions none
        before = self.text[c_start:trigger[0]]
        joints = [m.end() for m in re.finditer(r"\b(?:and|but|that)\s", before)]
        return before[joints[-1]:] if joints else before

    def _denied(self, trigger: tuple[int, int]) -> bool:
        """"… denied that the American side had demanded …": the trigger is in what someone denies."""
        span = self.doc.char_span(trigger[0], trigger[1], alignment_mode="expand")
        word = span.root if span is not None else None
        while word is not None and word.head.i != word.i:
            if word.head.lemma_ in ("deny", "refute", "dismiss") and word.dep_ != "conj" \
                    and ";" not in self.text[min(trigger[1], word.head.idx):max(trigger[0], word.head.idx)]:
                return True  # (but "Moscow denied the strike and in turn accused Kyiv of …" accuses, and "… accuses
                # Ukraine of delaying …; Kyiv denies it" is a denial of its own)
            word = word.head
        return False

    def _negated(self, head: str, clause: str, trigger: str) -> bool:
        # ("did not exclude a meeting with Zelensky": a meeting possible, not denied; "no fewer than 1,200": a bound)
        return bool(self.rules.negation.search(_NOT_EXCLUDED.sub(" ", _NO_FEWER.sub(" ", head[-40:])))) \
            or not re.search(r"\bno\b", trigger, re.IGNORECASE) \
            and bool(re.search(r"\bno\s+(?:\w+\s+){0,2}" + re.escape(trigger.split()[-1]), clause, re.IGNORECASE))
        # (but "sees no sense in" is itself the refusal)

    def _status(self, clause: str, head: str, trigger: str, etype: str | None, sentence: str = "") -> str:
        clause, head, sentence = (_AS_PLANNED.sub("AS_PLANNED", _MONTH_MAY.sub("MAY_MONTH", x))
                                  for x in (clause, head, sentence))  # ("went ahead as planned": it took place)
        if re.search(r"\bwhether\b", head):
            return "hypothetical"  # "asked whether the summit had been called off"
        for status in ("cancelled", "postponed"):
            if any(not _NOT_BEFORE.search(clause[:m.start()]) for m in self.rules.status[status].finditer(clause)):
                return status  # "has not been cancelled, it has been postponed": postponed
        if etype == "proposal" or etype == "demand" and re.match(r"(?:must|should|has|have|needs?)\b", trigger):
            return "occurred"  # ("Ukraine must withdraw", "both sides should accept": the demand is made)
        hypothetical = self.rules.status["hypothetical"].findall(head[-50:]) or \
            re.findall(r"\b(?:would|could|can|may|might)\b", clause[len(head):][:30]) or \
            re.findall(r"^(?:\s+[\w-]+){0,6}?\s+(?:is|are|was|were|seems?|seemed|remains?|remained)\s+(?:\w+\s+)?"
                       r"(?:possible|conceivable|unlikely|likely)\b", clause[len(head):]) or \
            re.findall(r"^\W*(?:If|Unless|Should)\b", sentence)  # "a meeting … would follow", "If …, the round can"
        if hypothetical:
            reported_future = all(w.casefold() == "would" for w in hypothetical) and (
                _REPORTED.search(head) or _REPORTED.search(sentence) and not re.search(r"\b(?:if|unless|whether)\b",
                                                                                         sentence, re.IGNORECASE))
            return "planned" if reported_future else "hypothetical"  # "announced that the two would meet"
        if self.rules.status["planned"].search(clause):
            return "planned"
        if etype not in self.rules.embedding and (self.rules.status["proposed"].search(trigger)
                                                  or self.rules.status["proposed"].search(head[-40:])):
            return "proposed"  # (but "rejected the European proposal" was a rejection made)
        if re.search(r"\bto\s+$", head[:head.rfind(trigger)] if trigger in head else head) \
                and etype not in self.rules.embedding:
            return "planned"  # "asked his envoy to travel to Moscow to see Putin": not yet done
        return "occurred"

    def _dated_anew(self, sent: Span, trigger: tuple[int, int], antecedent: _Draft) -> bool:
        """"The summit itself, on Thursday, …": a definite noun with a date of its own, other than the antecedent's."""
        probe = _Draft(antecedent.type, antecedent.status, trigger, sent, -1)
        self._read_date(probe, inherit=False)
        if probe.date is None or (antecedent.date is not None and (
                probe.date.value == antecedent.date.value or antecedent.date.value.startswith(probe.date.value + "-"))):
            return False  # "At the July round" after "on July 23": that round
        noun = self.doc.char_span(trigger[0], trigger[1], alignment_mode="expand")
        verb = self._governing_verb(probe)
        if noun is not None and verb is not None and noun.root.dep_ in ("nsubj", "nsubjpass") and verb.i > noun.root.i:
            # "The summit grew out of a meeting … on Wednesday": a date on another noun is the other event's
            return any(sent.start_char <= t.start < sent.end_char and self._directly_on(t, verb) for t in self.timexes)
        return True

    def _directly_on(self, t: Timex, verb: Token) -> bool:
        """A time expression that modifies the verb itself ("were held on June 9"), not a noun of its object."""
        span = self.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            return False
        head = span.root.head
        if head.dep_ == "prep" and head.i not in range(span.start, span.end):
            head = head.head
        return head.i == verb.i

    def _antecedent(self, etype: str, phrase: str, at: int) -> _Draft | None:
        """The event a definite noun phrase at `at` refers back to: same kind, told before it, and no other place
        named in the phrase."""
        compatible = {"summit": ("summit",), "talks": ("talks", "summit"), "call": ("call",)}
        if etype == "talks" and _DELEGATES_WORDS.search(phrase):
            compatible["talks"] = ("talks",)  # "the first round of direct talks" is no leaders' summit told before
        named = [p.name for p in self.rules.places if p.pattern.search(phrase)]
        for d in reversed(self.drafts):
            if d.trigger[0] >= at:
                continue  # (a later noun of the same sentence, read first, is not what this one refers back to)
            if d.type in compatible.get(etype, (etype,)) and (not named or d.place in named) and not d.agreed:
                return d  # (an exchange read off its agreement gives way to one told in its own words)
        return None

    # -- actors ----------------------------------------------------------------------------

    def _mentions(self, start: int, end: int) -> list[_Mention]:
        """Actors named between two offsets, in order."""
        lo = bisect.bisect_left(self._mention_starts, start)
        hi = bisect.bisect_left(self._mention_starts, end)
        return [m for m in self._all_mentions[lo:hi] if m.end <= end]

    def _find_mentions(self) -> list[_Mention]:
        """Every actor the report names, once: people, states, stand-ins, adjectives, leader nouns, bodies."""
        found: list[_Mention] = []
        taken: list[tuple[int, int]] = []

        def add(m_start: int, m_end: int, actor_id: str) -> None:
            actor = self.base.actors.get(actor_id)
            if actor is None or any(a < m_end and m_start < b for a, b in taken):
                return
            if self.text.startswith(":", m_end) and (m_start == 0 or self.text[m_start - 1] == "\n"):
                return  # "Kowal: EU leaders gather …": a transcript's label names who speaks, not a party
            if actor.kind not in ("state", "group") and any(p.pattern.fullmatch(actor.name) for p in self.rules.places):
                return  # "Istanbul's Dolmabahce Palace" (learned as a body elsewhere) is where, not who
            taken.append((m_start, m_end))
            if actor.kind == "media":
                return  # an outlet reports events; it takes no part in them
            state = actor.id if actor.kind in ("state", "group") else actor.country
            found.append(_Mention(m_start, m_end, actor.id, state))

        for ent in self.doc.ents:
            if ent.label_ == "PERSON":
                actor = self._person(ent.text)
                if actor:
                    add(ent.start_char, ent.end_char, actor)
        for m_start, m_end in self.base.name_spans(self.doc):
            word = self.text[m_start:m_end]
            if self._is_place_word(word, self.text[max(0, m_start - 12): m_start], self.text[m_end: m_end + 14]):
                continue
            state = self.base.leader_noun(word)
            if state:
                leader = self.base.leader(state, self.ctx.year if self.ctx else None)
                add(m_start, m_end, leader.id if leader else state)
                continue
            actor = self.base.lookup(word)
            if actor is not None:
                add(m_start, m_end, actor.id)
            elif fold(word) in self.base.adjectives and not _PLACE_NOUN_AFTER.match(self.text[m_end: m_end + 16]):
                add(m_start, m_end, self.base.adjectives[fold(word)])  # not "the Hungarian capital"
        found.sort(key=lambda x: x.start)
        return found

    def _person(self, name: str) -> str | None:
        name = re.sub(r"['’]s$", "", name.strip())
        if not name:
            return None
        actor = (self.ctx.by_surname(name.split()[-1]) if self.ctx is not None else None) or self.base.lookup(name)
        return actor.id if actor else None

    def _is_place_word(self, word: str, before: str, after: str = "") -> bool:
        """A city named as a place ("in Budapest", "the Budapest summit"), not as its government."""
        for place in self.rules.places:
            if place.pattern.fullmatch(word):
                return not place.city or bool(_PLACE_PREPS.search(before)) or bool(_MEETING_AFTER.match(after))
        return False

    def _scope(self, d: _Draft, clause: tuple[int, int]) -> tuple[int, int]:
        """Where the event's actors are named: its clause, within the statement that reports it, if any."""
        start, end = clause
        for s in self.statements:
            if s.span[0] <= d.trigger[0] < s.span[1]:
                start, end = max(start, s.span[0]), min(end, s.span[1])
        return start, end

    def _read_actors(self, d: _Draft, clause: tuple[int, int]) -> None:
        start, end = self._scope(d, clause)
        mentions = self._mentions(start, end) + self._speaker_side(d, start, end)
        subject = [m for m in self._subject_mentions(d) if not start <= m.start < end]
        directed = d.type in self.rules.directed
        if subject and (directed or len({m.state or m.actor for m in mentions}) < 2):
            mentions = sorted(mentions + subject, key=lambda m: m.start)
        inherited = [EventActor(a.actor, a.role) for a in d.actors]
        few = len({m.state or m.actor for m in mentions})
        sentence = d.sentence.text
        if d.type in ("talks", "summit"):
            # "Talks in Istanbul may resume", "a three-way summit in Istanbul or Riyadh": the country of the venue
            # hosts the talks, it is not their only party
            hosts = {p.country for p in self.rules.places if p.country for m in p.pattern.finditer(sentence)
                     if re.search(r"\b(?:in|at|or)\s+(?:the\s+)?$", sentence[max(0, m.start() - 8):m.start()])}
            if {m.state or m.actor for m in mentions} <= hosts:
                few = 0
        impersonal = bool(_IMPERSONAL.match(sentence)) and d.type == "agreement"
        if not inherited and (few == 0 or (few < 2 and _THE_PARTIES.search(sentence)) or impersonal):
            prior = self._prior_with_actors(d)
            if d.type in ("summit", "call") and _TWO_LEADERS.search(sentence):
                # "a phone call between the two leaders", "the two presidents last met": the leaders of the last
                # summit or call told, not of whatever was told just before
                prior = next((p for p in reversed(self.drafts) if p.type in ("summit", "call")
                              and len(self._sides(p)) >= 2), prior)
            if prior is not None and d.type == "talks" and prior.type == "summit" \
                    and re.search(r"\b(?:round|rounds|session)\b", self.text[d.trigger[0]:d.trigger[1]], re.IGNORECASE):
                # "the third round was postponed" after a leaders' summit: the rounds of the talks told before
                prior = next((p for p in reversed(self.drafts) if p.type == "talks" and p.actors), None)
            venue_sides = self.venue[1] if self.venue and re.search(r"\bdelegations\b", sentence, re.IGNORECASE) else None
            named_venue = next((sides for pattern, sides in self.venue_sides if pattern.search(sentence)), None)
            close = prior is not None and prior.paragraph == d.paragraph and len(self._sides(prior)) >= 2
            if close or (named_venue and d.type in _SYMMETRIC):
                venue_sides = None if close else named_venue  # the round just told, or the one held where it says
            if venue_sides and len(venue_sides) == 2 and d.type in _SYMMETRIC:
                inherited = [EventActor(p) for p in sorted(venue_sides)]  # "the delegations" of the talks told of
            elif prior is not None:
                inherited = [EventActor(a.actor, "participant" if not directed else a.role) for a in prior.actors
                             if a.role != "mediator"]
            elif (d.type in _SYMMETRIC or _RECIPROCAL.search(sentence)) and len(self.parties) == 2:
                inherited = [EventActor(p) for p in self.parties]  # ("both sides accused each other": the report's two)
        subject_ids = {m.actor for m in subject}
        of_phrase = re.match(r"\s+(?:of|by|from)\s+", self.text[d.trigger[1]:d.trigger[1] + 6])
        if directed and not subject_ids and of_phrase:  # "the proposals of the Russian side": whose they are
            owner = next((m for m in mentions if d.trigger[1] <= m.start <= d.trigger[1] + 40), None)
            if owner is not None:
                subject_ids = {owner.actor}
        actors: list[EventActor] = list(inherited)
        for m in mentions:
            role = "participant"
            if directed:
                role = "source" if (m.actor in subject_ids or (not subject_ids and m.start < d.trigger[0])) \
                    else "target"
            ids = [m.actor] if m.state in (None, m.actor) else [m.actor, m.state]
            if d.type not in self.rules.state_types:
                ids = [m.actor]
            for actor_id in ids:
                if not any(a.actor == actor_id for a in actors):
                    actors.append(EventActor(actor_id, role))
        if d.by_speaker:
            actors = self._threat_by_speaker(d, actors)
        if directed and len(actors) > 1 and not any(a.role == "source" for a in actors):
            actors[0].role = "source"
        d.actors = actors

    def _enemy_of(self, d: _Draft, actors: list[EventActor]) -> list[EventActor]:
        """"The enemy attacked the Kremenchuk power plant", "the occupiers shelled Nikopol": whoever the report calls the
        enemy is the other side of the one struck."""
        span = self.doc.char_span(d.trigger[0], d.trigger[1], alignment_mode="expand")
        subject = next((c for c in span.root.children if c.dep_ in ("nsubj", "agent")), None) if span is not None else None
        if subject is not None and subject.dep_ == "agent":
            subject = next((c for c in subject.children if c.dep_ == "pobj"), None)
        if subject is None or subject.lemma_.casefold() not in _ENEMY_WORDS:
            return actors
        struck = {a.actor for a in actors if a.role == "target"}
        side = next((other for one, other in _SIDES if one in struck), None)
        return [EventActor(side, "source"), *actors] if side else actors

    def _threat_by_speaker(self, d: _Draft, actors: list[EventActor]) -> list[EventActor]:
        """"Lavrov said that any European soldier in Ukraine would be a legitimate target": a threat worded by what
        befalls its target is made by whoever says it; those it names are its targets."""
        statement = self._statement_of(d)
        speaker = self.base.actors.get(statement.speaker.actor) if statement and statement.speaker.actor else None
        if speaker is None:
            return actors
        side = speaker.id if speaker.kind in ("state", "group", "organization") else speaker.country
        sources = [x for x in (speaker.id, side) if x]
        targets = [EventActor(a.actor, "target") for a in actors if a.actor not in sources]
        return [EventActor(x, "source") for x in dict.fromkeys(sources)] + targets

    @staticmethod
    def _told_as_done(token: Span | None) -> bool:
        """Whether the trigger is a verb in the past, simple or perfect or passive ("met", "had spoken", "was held"),
        with no modal, no "to", no negation and no "if" of its own."""
        if token is None or token.root.pos_ not in ("VERB", "AUX"):
            return False
        verb = token.root
        aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(c.dep_ == "neg" or c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children):
            return False
        if verb.tag_ == "VBD":
            return not aux
        return verb.tag_ == "VBN" and bool(aux) and all(a in ("had", "has", "have", "was", "were") for a in aux)

    def _between_leaders(self, trigger: tuple[int, int], sent: Span) -> bool:
        """"a meeting between Vladimir Putin and Volodymyr Zelensky": the two people it is between are heads of state
        or government, whoever else the sentence names (the spokesman who speaks of it)."""
        if not re.match(r"\s+(?:between|of)\s", self.text[trigger[1]:trigger[1] + 10]):
            return False
        named = [self.base.actors[m.actor] for m in self._mentions(trigger[1], min(sent.end_char, trigger[1] + 90))
                 if self.base.actors[m.actor].kind == "person"]
        return len(named) >= 2 and all(self._is_leader(p) for p in named[:2])

    def _leader_meets_leader(self, trigger: tuple[int, int], sent: Span) -> bool:
        """"the US president announced he would meet Russia's leader", "Trump had called off the meeting with his
        Russian counterpart": a head of state told before the meeting, and one (or the counterpart) it is with."""
        m = _LEADER_MET.match(self.text, trigger[1], min(sent.end_char, trigger[1] + 60))
        if m is None:
            return False
        before = self.text[sent.start_char:trigger[0]]
        if _OFFICIALS.search(before):
            return False  # ("the foreign minister said he would meet his counterpart")
        return bool(re.search(r"\b(?:president|prime\s+minister|leader|chancellor)\b", before, re.IGNORECASE)) or any(
            self._is_leader(self.base.actors[x.actor]) for x in self._mentions(sent.start_char, trigger[0])
            if self.base.actors[x.actor].kind == "person")

    def _is_leader(self, person: Actor) -> bool:
        """Whether a person is the head of state or government of their country in the report's year."""
        year = self.ctx.year if self.ctx else None
        return bool(person.country) and self.base.leader(person.country, year) is person

    def _officials(self, d: _Draft) -> bool:
        """Whether people other than heads of state or government take part (ministers meeting before a summit)."""
        people = [self.base.actors[a.actor] for a in d.actors if self.base.actors[a.actor].kind == "person"]
        return any(not self._is_leader(p) for p in people)

    def _leaders_only(self, d: _Draft, clause: str) -> bool:
        """Whether the people meeting are heads of state or government only, and no delegation or envoy is named."""
        if _OFFICIALS.search(clause):
            return False
        return any(self.base.actors[a.actor].kind == "person" for a in d.actors) and not self._officials(d)

    def _coordinated_modal(self, trigger: tuple[int, int]) -> str | None:
        """"said he would fly to Washington and sit down with Witkoff": a verb joined to one with a modal shares it."""
        span = self.doc.char_span(trigger[0], trigger[1], alignment_mode="expand")
        if span is None or span.root.dep_ != "conj" or span.root.tag_ != "VB":
            return None  # a bare verb only: "… would study the paper but accused …" is told in the past
        aux = {c.lower_ for c in span.root.head.children if c.dep_ == "aux"}
        if aux & {"will", "would", "shall", "'ll"}:
            return "planned"
        if aux & {"could", "may", "might"}:
            return "hypothetical"
        return None

    def _only_leaders_named(self, sent: Span) -> bool:
        """"Trump announced that the two would meet": the two are the heads of state the sentence names."""
        people = {m.actor for m in self._mentions(sent.start_char, sent.end_char)
                  if self.base.actors[m.actor].kind == "person"}
        speaker = next((s.speaker.actor for s in self.statements if s.span[0] <= sent.start_char < s.span[1]
                        or sent.start_char <= s.span[0] < sent.end_char), None)
        if speaker and speaker in self.base.actors and self.base.actors[speaker].kind == "person":
            people.add(speaker)
        persons = [self.base.actors[p] for p in people]
        return len(persons) >= 2 and all(self._is_leader(p) for p in persons)

    def _visit(self, d: _Draft) -> bool:
        """One leader received by another: a host's verb, or a meeting in one side's capital or seat of government."""
        place = next((p for p in self.rules.places if p.name == d.place), None)
        if re.match(r"(?:received|receives|receive|hosted|hosts|host|welcomed|welcomes|welcome)\b",
                    self.text[d.trigger[0]:d.trigger[1]], re.IGNORECASE):
            return place is None or place.capital or place.seat  # "hosted Putin in Anchorage": a summit
        leaders = {self.base.actors[a.actor].country for a in d.actors if self.base.actors[a.actor].kind == "person"}
        return place is not None and (place.capital or place.seat) and place.country in leaders

    def _statement_of(self, d: _Draft) -> Statement | None:
        """The statement whose words report the event, if any."""
        return next((s for s in self.statements if s.span[0] <= d.trigger[0] < s.span[1]), None)

    def _speaker_side(self, d: _Draft, start: int, end: int) -> list[_Mention]:
        """Inside a statement, "we", "our" and "his country" are the speaker's side."""
        statement = self._statement_of(d)
        actor = self.base.actors.get(statement.speaker.actor) if statement and statement.speaker.actor else None
        if actor is None:
            return []
        side = actor.id if actor.kind in ("state", "group") else actor.country
        if side is None:
            return []
        found = [_Mention(m.start(), m.end(), side, side)
                 for m in re.finditer(r"\b(?:we|our|us)\b|\b(?:his|her|its)\s+(?:delegation|country|government|side)\b",
                                      self.text[:end], re.IGNORECASE) if m.start() >= start]
        # ("his delegation would circulate a draft", said by a state's representative: that state)
        other = [p for p in self.parties if p != side]
        if side in self.parties and len(other) == 1 and statement.kind != "indirect":
            # in the words of one of the report's two parties, "they" are the other: "They still demand that we …"
            found += [_Mention(m.start(), m.end(), other[0], other[0])
                      for m in re.finditer(r"\b(?:they|them|their)\b", self.text[:end], re.IGNORECASE)
                      if m.start() >= max(start, statement.span[0])]
        return sorted(found, key=lambda m: m.start)

    def _opening_meeting(self, d: _Draft) -> _Draft | None:
        """The call or meeting a report opens with, when `d` is told within reach after it (as in a readout), or
        anywhere after it when it is the readout's "It was agreed …"."""
        lead = self.drafts[0] if self.drafts else None
        reach = _MEETING_REACH if not (d.type == "agreement" and _IMPERSONAL.match(d.sentence.text)) else len(self.paragraphs)
        if lead is None or lead.type not in _LEAD_TYPES or lead.paragraph > _LEAD_REACH \
                or d.paragraph - lead.paragraph > reach:
            return None
        return lead

    def _prior_with_actors(self, d: _Draft) -> _Draft | None:
        lead = self._opening_meeting(d)
        if lead is not None and lead.type in ("call", "talks", "summit") and lead.actors \
                and d.type in ("agreement", "talks", "summit") \
                and re.search(r"\b(?:it|the parties|the sides|the presidents|the leaders|the two leaders)\b",
                              d.sentence.text[:40], re.IGNORECASE):
            return lead  # a readout: "It was agreed to …", "The Presidents agreed …" after "X held a call with Y"
        for p in reversed(self.drafts):
            if p.actors and p.paragraph >= d.paragraph - 1:
                return p
        return None

    def _subject_mentions(self, d: _Draft) -> list[_Mention]:
        """Actors in the grammatical subject that governs the trigger ("Trump …, demanding that …")."""
        span = self.doc.char_span(d.trigger[0], d.trigger[1], alignment_mode="expand")
        if span is None:
            return []
        token: Token | None = span[0]
        for _ in range(4):
            if token is None:
                break
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "agent")]
            if subjects:
                sub = subjects[0]
                if sub.lower_ in ("he", "she") and not any(s.span[0] <= sub.idx < s.span[1] for s in self.statements):
                    return self._person_before(sub.idx)  # "He once again demanded their release": who he is
                if sub.lower_ in ("who", "which", "that") and token.dep_ == "relcl":
                    noun = token.head  # "President Erdogan, who offered again to host …": the one the clause is on
                    return self._mentions(noun.left_edge.idx, noun.idx + len(noun.text))
                edge = (sub.left_edge.idx, sub.right_edge.idx + len(sub.right_edge.text))
                return self._mentions(*edge)
            token = token.head if token.head.i != token.i else None
        return []

    def _person_before(self, at: int) -> list[_Mention]:
        """The person "he" or "she" most likely is: the last one named within the paragraph or the one before."""
        here = next((i for i, (start, end) in enumerate(self.paragraphs) if start <= at <= end), 0)
        since = self.paragraphs[max(0, here - 1)][0]
        people = [m for m in self._mentions(since, at) if self.base.actors[m.actor].kind == "person"]
        if not people:  # the speaker just quoted, named in a way the actor patterns do not know ("Vassily Nebenzia")
            said = [s for s in self.statements if since <= s.span[0] and s.span[1] <= at and s.speaker.actor
                    and s.speaker.actor in self.base.actors and self.base.actors[s.speaker.actor].kind == "person"]
            if said:
                person = self.base.actors[said[-1].speaker.actor]
                people = [_Mention(said[-1].span[0], said[-1].span[0], person.id, person.country)]
        return people[-1:]

    # -- date and place ----------------------------------------------------------------------

    def _read_date(self, d: _Draft, inherit: bool = True) -> None:
        """The date attached to the trigger's verb in the parse, or one fronted before the sentence's subject;
        else, for an event told in passing, the date of the paragraph's previous event."""
        sent = d.sentence
        inside = [t for t in self.timexes if sent.start_char <= t.start and t.end <= sent.end_char]
        verb = self._governing_verb(d)
        verbs = set()
        said_at = None  # the verb of saying an uttered event is made in
        if verb is not None:
            verbs.add(verb.i)
            if verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG":
                verbs.add(verb.head.i)  # "…, demanding that …": the participle shares its clause's date
            elif verb.dep_ in ("advcl", "xcomp") and verb.head.lemma_ in _JOURNEY and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
                verbs.add(verb.head.i)  # "would fly to Washington on Thursday to meet Witkoff": the day of the trip
            if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(
                    self._attached_to(t.start, t.end, {verb.i}) for t in inside):
                verbs.add(verb.head.i)  # "spoke by phone on Oct. 16 and announced a meeting": the same day's
            said = next((a for a in [verb, *verb.ancestors] if a.dep_ == "ccomp"), None)
            if said is not None and (d.type in _UTTERED or d.status in ("postponed", "cancelled") or d.status == "planned"
                                     and said.head.lemma_ in ("announce", "pledge", "promise", "decide", "confirm")):
                verbs.add(said.head.i)  # "warned yesterday that Budapest would veto …": the threat is the warning
                said_at = said.head.i
            elif d.status == "occurred" and verb.tag_ == "VBN" and any(
                    c.dep_ == "aux" and c.lower_ in ("have", "has", "'ve") for c in verb.children):
                # "Twenty-six countries have committed themselves …, announced on Thursday evening Macron": done as it
                # was told, so on the day told (its own day first); a translation's saying verb after the clause
                # reads as its adverbial clause
                teller = said.head if said is not None else next(
                    (c for c in verb.children if c.dep_ in ("advcl", "parataxis") and c.i > verb.i
                     and c.lemma_ in _TELLING and self.doc[c.i - 1].text == ","), None)
                if teller is not None:
                    verbs.add(teller.i)
                    said_at = teller.i
        clause_verb = verb
        while clause_verb is not None and clause_verb.dep_ == "conj" and clause_verb.head.i != clause_verb.i:
            clause_verb = clause_verb.head  # "…, when the sides exchanged drafts and agreed to …": the second verb too
        if clause_verb is not None and clause_verb.dep_ == "relcl" and any(
                c.lower_ in ("where", "when") for c in clause_verb.children):
            host = clause_verb.head  # "arrived in Kiev on Monday, where he met Zelensky": the day of arriving
            while host.pos_ not in ("VERB", "AUX") and host.head.i != host.i:
                host = host.head
            verbs.add(host.i)
        noun = self.doc.char_span(d.trigger[0], d.trigger[1], alignment_mode="expand")
        if noun is not None and noun.root.pos_ in ("NOUN", "PROPN"):
            verbs.add(noun.root.i)  # "a swap of 84 for 84 in August": the date of the event noun itself
            # "the truce that Putin declared in April", "the fourth round of negotiations in Istanbul, which was
            # planned for next week, …"
            verbs.update(c.i for t in noun.root.subtree for c in t.children if c.dep_ in ("relcl", "acl")
                         and not _opens_measuring_clause(c))
        if d.type in ("demand", "threat"):  # "wants an answer by Thursday": the deadline, not the day of asking
            inside = [t for t in inside if not _DEADLINE.search(self.text[max(0, t.start - 16): t.start])]
        if d.type == "agreement":  # "agreed to a truce starting on July 1st": the day the truce begins, not the day agreed
            inside = [t for t in inside if not _TRUCE_START.search(self.text, max(d.trigger[1], t.start - 60), t.start)]
        # "met for the first time since spring 2022": when it last happened, not the day it happens
        inside = [t for t in inside if not re.search(r"\bfirst\s+time\s+since\s+(?:the\s+)?$",
                                                     self.text[max(0, t.start - 24): t.start], re.IGNORECASE)]
        # "a truce, in force since October 3": the day it began is its date
        began = [t for t in inside if d.type == "ceasefire"
                 and _IN_FORCE_SINCE.search(self.text, max(0, t.start - 40), t.start)]
        inside = [t for t in inside if t in began
                  or not self._told_against(t) and not self._in_measuring_clause(t, d.trigger)]
        # "a fourth round, frozen since July": since when it has been so, not its date; but "have struck … 37
        # times since March 1" counts from that date
        own_verb = verb if verb is not None and noun is not None and noun.root.pos_ in ("VERB", "AUX") else None
        inside = [t for t in inside if t in began
                  or not re.search(r"\bsince\s+(?:the\s+)?$", self.text[max(0, t.start - 8): t.start], re.IGNORECASE)
                  or (own_verb is not None and self._directly_on(t, own_verb))]
        attached = [t for t in inside if verbs and self._attached_to(t.start, t.end, verbs)]
        if said_at is not None and d.type != "threat" and d.status == "occurred":
            # "said on Tuesday that Moscow had handed Kyiv a draft in February": the act's own date, not the saying's
            # (a threat is made when it is uttered; a plan announced, on the day it was announced)
            own = [t for t in attached if self._attached_to(t.start, t.end, verbs - {said_at})]
            attached = own or attached
        fronted = [t for t in inside if t.start < d.trigger[0] and self._fronted(sent, t.start)]
        reference = self._offset_from_reference(d)
        offset = None
        if reference is not None and not any(t.start > reference[1] for t in attached):
            offset = reference[0]  # (but a date after the "N days after" is the event's own: "a day after talks on 4 May")
        if offset is None and not attached and not any(t.granularity == "day" for t in inside):
            offset = self._hours_after(d)  # (a day told wins)
        if offset is not None:
            d.date, d.dated = offset, True
            return
        on_verb = [t for t in attached if any(self._directly_on(t, self.doc[i]) for i in verbs)]
        # "the third, on 23 July, lasted …": a date set right after the event's noun is its own
        apposed = [t for t in inside if noun is not None and noun.root.pos_ in ("NOUN", "PROPN", "NUM", "ADJ")
                   and _APPOSED_DATE.fullmatch(self.text[d.trigger[1]:t.start])]
        # "Meloni had yesterday afternoon a telephone conversation with Zelensky": a date set right before the
        # event's noun phrase, where a translation puts it and the parse loses it
        preceding = [t for t in inside if noun is not None and noun.root.pos_ in ("NOUN", "PROPN")
                     and re.fullmatch(r"\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}", self.text[t.end:d.trigger[0]])]
        # the date set on the event's own verb before one on a clause about its noun ("The package, which phases out
        # imports by January 2027, is expected to be adopted on Friday"): where the verb is the event's, or one that
        # holds, moves or calls off what the noun names ("the round … has been postponed until early December"), not
        # one that links it to another event ("the talks held on 24 June paved the way for the swap on 3 July")
        own = verb is not None and (noun is None or noun.root.i == verb.i or noun.root.pos_ not in ("NOUN", "PROPN")
                                    or verb.lemma_ in _HAPPENING and (
                                        noun.root.head.i == verb.i and noun.root.dep_ in ("nsubj", "nsubjpass", "dobj")
                                        or noun.root.dep_ == "pobj" and noun.root.head.head.i == verb.i
                                        or _in_argument(noun.root, verb)
                                        or verb.dep_ == "relcl" and verb.head.i == noun.root.i))
        on_own = [t for t in on_verb if own and self._directly_on(t, verb)]
        # "MOSCOW, July 9 (ZH) -- Russia on Wednesday handed over …": a day set right before the event's verb, where
        # a dateline in front of the sentence leaves the parse no verb to hang it on; and one set with "on" or "in"
        # anywhere after the event's word, where the parse ties it elsewhere ("A planned meeting in Budapest was
        # called off in October last year")
        abutting = [t for t in inside if (t.end > d.trigger[0] or re.fullmatch(r"\s*", self.text[t.end:d.trigger[0]]))
                    and re.search(r"\b(?:on|in)\s+$", self.text[max(0, t.start - 4):t.start])]
        for candidates in (apposed, on_own, on_verb, attached, fronted, preceding, abutting):
            if candidates:
                best = self._night_into(min(candidates, key=lambda t: abs(t.start - d.trigger[0])))
                if best.end <= d.trigger[0]:
                    best = _finest_within(best, [t for t in inside if t.start >= d.trigger[1]])
                opening = self._opening_day(d.paragraph) if best.anchor == "published" else None
                if opening is not None and not re.search(r"\d", best.text):
                    d.date, d.dated = opening, True  # "Jan. 7-8 - Overnight, Russia fires 38 missiles": the entry's
                    return  # night, not the one before the timeline was published
                d.date = _day_next_to(_to_day(self._from_previous_event(best) or self._weeks_ago(best) or best.to_time()),
                                      self.text[d.trigger[1]:best.start])
                d.date = _day_range(d.date, best, self.text[max(0, best.start - 40):best.start],
                                    self.text[best.end:best.end + 12])
                d.dated = True
                return
        ahead = self._time_ahead(d, verbs)
        if ahead is not None:
            d.date, d.dated = ahead, True
            return
        # the one date the sentence names, where the parse ties it to no verb of the event: "The last session, on
        # July 23, … ended with a pledge to …", "Umerov was in Istanbul in July" (the month hangs on the city)
        dates = [t for t in inside if t.type == "DATE" and t.granularity in _OWN_DATE_GRAINS]
        if inherit and len(dates) == 1 and (d.status == "occurred" or dates[0].granularity == "day") and not any(
                p.sentence.start_char == sent.start_char and p.date is not None
                and p.date.value != _to_day(dates[0].to_time()).value for p in self.drafts):
            d.date = _to_day(dates[0].to_time())
            return
        if not inherit:
            return
        if _BACK_THEN.match(sent.text):  # "… resumed in May 2025. Back then the sides exchanged …": that date
            earlier = [t for t in self.timexes if t.end <= sent.start_char]
            if earlier:
                d.date = _to_day(earlier[-1].to_time())
                return
        prior = next((p for p in reversed(self.drafts) if p.paragraph == d.paragraph and p.date
                      and not _TEMPORAL_BACKGROUND.search(self.text[max(p.sentence.start_char, p.trigger[0] - 40):
                                                                     p.trigger[0]])
                      and not _SINCE_CLAUSE.match(self.text, p.sentence.start_char, p.trigger[0])), None)
        # (not one named only to measure time from: "… since the Alaska summit in August. It followed …", "Since
        # Rubio and Lavrov sat down in Riyadh in February 2025, the pattern has repeated itself")
        if prior is not None and d.status in ("occurred", "planned", "proposed") and not d.reference:
            d.date = prior.date
        elif d.status == "occurred" and not d.reference:
            d.date = self._entry_day(d.paragraph) or self._opening_day(d.paragraph) or self._overnight(d) \
                or self._lead_day(d, verb) \
                or self._meeting_day(d, verb) or self._said_day(d) or self._present_day(d, verb)

    def _time_ahead(self, d: _Draft, verbs: set[int]) -> TimeValue | None:
        """What is planned or proposed "in two weeks" or "within ten days" happens that long after the day it is
        told on: the day so far ahead ("in about two weeks": that day, APPROX; "in two months": that month), or
        the days up to it ("within two weeks": a range). Told on the day of an event the sentence tells before
        it ("announced a summit, which the parties planned to organize within two weeks"), else on the report's."""
        published = self.doc._.published
        if published is None or d.status in ("postponed", "cancelled"):
            return None
        sent = d.sentence
        noun = self.doc.char_span(d.trigger[0], d.trigger[1], alignment_mode="expand")
        if noun is not None and noun.root.dep_ in ("dobj", "nsubjpass") and noun.root.head.pos_ in ("VERB", "AUX"):
            verbs = verbs | {noun.root.head.i}  # "agreed to hold a new round in two months": when it is held
        for t in self.doc._.timexes or []:
            if t.type != "DURATION" or not (sent.start_char <= t.start and t.end <= sent.end_char):
                continue
            m = re.fullmatch(r"P(\d+)([DWM])", t.value or "")
            lead = _AHEAD.search(self.text, max(sent.start_char, t.start - 20), t.start)
            head = self._duration_head(t)
            if not m or lead is None or head not in verbs or not self._ahead_of_telling(head) \
                    or re.match(r"\s+(?:of|after|from|since|following)\b", self.text[t.end:]):
                continue  # ("within 45 days of the signing": counted from an event, not from the telling)
            earlier = next((p.date for p in reversed(self.drafts) if p is not d and p.date is not None
                            and p.sentence.start_char == sent.start_char and p.trigger[0] < d.trigger[0]
                            and _FULL_DAY.match(p.date.value)), None)
            base = dt.date.fromisoformat(earlier.value[:10]) if earlier is not None else published
            anchor = "published" if earlier is None else "previous"
            n, unit = int(m.group(1)), m.group(2)
            if unit == "M":
                month = base.month - 1 + n
                end = dt.date(base.year + month // 12, month % 12 + 1, 1)
                if lead.group(1).casefold() == "within":
                    return TimeValue(f"{base.isoformat()}/{end.strftime('%Y-%m')}", "month", None, t.text, anchor)
                return TimeValue(end.strftime("%Y-%m"), "month", t.mod, t.text, anchor)
            end = base + dt.timedelta(days=n * (7 if unit == "W" else 1))
            if lead.group(1).casefold() == "within":
                return TimeValue(f"{base.isoformat()}/{end.isoformat()}", "day", None, t.text, anchor)
            return TimeValue(end.isoformat(), "day", t.mod or "APPROX", t.text, anchor)
        return None

    def _duration_head(self, t: Timex) -> int | None:
        """The word a duration's phrase hangs on ("meet" in "meet again in two weeks")."""
        span = self.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            return None
        head = span.root
        while head.dep_ in ("pobj", "prep", "npadvmod", "nummod", "quantmod") and head.head.i != head.i:
            head = head.head
        return head.i

    def _ahead_of_telling(self, head: int) -> bool:
        """Whether the clause a duration is set in (`head`, the word it hangs on) speaks of what is yet to come
        ("will meet again in two weeks", "agreed to hold a round in two months", "is expected within ten days"), not
        of how long it took ("the sides agreed in two hours")."""
        for v in [self.doc[head], *self.doc[head].ancestors]:
            if v.pos_ not in ("VERB", "AUX"):
                continue
            if v.lemma_ in _LOOKING_AHEAD or v.tag_ in ("VB", "MD") or any(
                    c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "would", "shall", "'ll", "to", "could", "may",
                                                                "might", "should", "must") for c in v.children):
                return True
            if v.tag_ in ("VBD", "VBN") and v.lemma_ not in _LOOKING_AHEAD:
                return False
        return False

    def _weeks_ago(self, t: Timex) -> TimeValue | None:
        """"closed a week ago in Istanbul", "two weeks ago today": an event's day, that many weeks before the report's
        (the time module gives the week, as TimeML does)."""
        m = _WEEKS_AGO.fullmatch(t.text)
        published = self.doc._.published
        if m is None or published is None or t.anchor != "published":
            return None
        n = parse_number(m.group(1))
        if not n:
            return None
        day = published - dt.timedelta(days=7 * int(n))
        return TimeValue(day.isoformat(), "day", None, t.text, "published")

    def _night_into(self, t: Timex) -> Timex:
        """"overnight into Wednesday", "overnight on Tuesday": the day named, not the night before the report."""
        if t.text.casefold() != "overnight":
            return t
        return next((n for n in self.timexes if n.start > t.end and n.type == "DATE" and n.granularity == "day"
                     and re.fullmatch(r"\s+(?:into|to|on)\s+", self.text[t.end:n.start])), t)

    def _overnight(self, d: _Draft) -> TimeValue | None:
        """"Overnight, Russia attacked Ukraine with 146 drones", "at night the occupiers again attacked": the night
        that ends on the report's day (a report's own "last night" is the night just gone)."""
        published = self.doc._.published
        night = _OVERNIGHT.search(d.sentence.text)
        if published is None or night is None:
            return None
        return TimeValue(published.isoformat(), "day", None, night.group(0), "published")

    def _said_day(self, d: _Draft) -> TimeValue | None:
        """A threat, demand or accusation made in words a statement quotes is made when the words were said:
        "Whoever touches Russian property will be held to account," the diplomat said at Wednesday's briefing."""
        if d.type not in _UTTERED:
            return None
        statement = self._statement_of(d)
        if statement is None or statement.date is None or not _FULL_DAY.match(statement.date.value or ""):
            return None
        return statement.date

    def _present_day(self, d: _Draft, verb: Token | None) -> TimeValue | None:
        """A demand, threat, accusation or refusal told in the present with no day ("The Verkhovna Rada … demands
        that the Russian Federation immediately release …", "I urge Kyiv and Moscow to extend it"): made as the
        report is written, on the day it is published."""
        published = self.doc._.published
        if published is None or d.type not in _UTTERED - {"proposal"} or verb is None or verb.tag_ not in ("VBZ", "VBP"):
            return None
        if self.rules.habitual.search(d.sentence.text):
            return None  # "Moscow regularly accuses Kyiv of …": no one day
        return TimeValue(published.isoformat(), "day", None, None, "published")

    def _meeting_day(self, d: _Draft, verb: Token | None) -> TimeValue | None:
        """What was said or agreed, told in the simple past in the paragraphs after the call or meeting a report
        opens with ("Putin held a call with Trump. … He reaffirmed the demand that …"): said at that meeting. And
        the calls of a day of calls ("Today, the President held a series of phone conversations … He also spoke
        with …", "In a conversation with …"): on that day."""
        lead = self._opening_meeting(d)
        if d.type == "call" and lead is not None and lead.type == "call" and lead is not d \
                and re.search(r"\b(?:conversations|calls)\b", self.text[lead.trigger[0]:lead.sentence.end_char]):
            if lead.status == "occurred" and lead.date is not None and lead.date.granularity == "day":
                return lead.date
        passive_past = verb is not None and verb.tag_ == "VBN" and any(
            c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children)  # "It was agreed …"
        if d.type not in _UTTERED | {"agreement"} or verb is None or (verb.tag_ != "VBD" and not passive_past):
            return None
        if lead is None or lead.status != "occurred" or lead.date is None or lead.date.granularity != "day":
            return None
        return lead.date

    def _lead_day(self, d: _Draft, verb: Token | None) -> TimeValue | None:
        """A report's lead that tells its news in the simple past with no date at all ("Vladimir Putin held a
        telephone conversation with …", as readouts open) tells what happened on the day it is published."""
        published = self.doc._.published
        if published is None or d.type not in _LEAD_TYPES or verb is None or verb.tag_ != "VBD":
            return None
        span = self.doc.char_span(d.trigger[0], d.trigger[1], alignment_mode="expand")
        if span is not None and span.root.pos_ in ("NOUN", "PROPN") and verb.lemma_ not in _LIGHT_VERBS:
            return None  # "The first meeting … produced a large exchange": the meeting is not the news told
        if any(p.paragraph < d.paragraph for p in self.drafts) or d.paragraph > _LEAD_REACH:
            return None
        start, end = self.paragraphs[d.paragraph]
        if any(start <= t.start < end for t in self.doc._.timexes or []):
            return None
        return TimeValue(published.isoformat(), "day", None, None, "published")

    def _offset_from_reference(self, d: _Draft) -> tuple[TimeValue, int] | None:
        """"It came a day after Ukraine hit air bases": an event told in a clause after "N days after" happened
        N days before the event of the main clause, the one just told; with where the "N days" stands."""
        sent = d.sentence
        for t in self.doc._.timexes or []:
            if not (sent.start_char <= t.start and t.end < d.trigger[0]) or t.type != "DURATION":
                continue
            m = re.match(r"^P(\d+)([DW])$", t.value or "")
            link = re.match(r"\s+(after|before)\s+", self.text[t.end: d.trigger[0]])
            between = _NAME_LIST_COMMA.sub("", self.text[t.end: d.trigger[0]])
            if not m or not link or re.search(r"[,;]", between):
                continue  # (but "two days after negotiators from Russia, Ukraine and the United States sat down")
            # "…, Leavitt said on Tuesday, a day after Trump and Putin spoke", "Tajani, speaking this morning at a
            # convention, three days after the close of the talks": from the day the main clause names; else from
            # the event just told
            named = next((n for n in reversed(self.timexes) if sent.start_char <= n.start and n.end <= t.start
                          and not re.search(r"\b(?:after|before|since)\s+(?:\w+\s+){0,6}$",
                                            self.text[max(sent.start_char, n.start - 60):n.start], re.IGNORECASE)
                          and _FULL_DAY.match((_to_day(n.to_time()) or n.to_time()).value or "")), None)
            prior = next((p for p in reversed(self.drafts) if p.date and _FULL_DAY.match(p.date.value)
                          and p.paragraph >= d.paragraph - 1), None)
            base = _to_day(named.to_time()).value if named is not None else prior.date.value if prior else None
            if base is None:
                return None
            days = int(m.group(1)) * (7 if m.group(2) == "W" else 1)
            sign = -1 if link.group(1) == "after" else 1
            day = dt.date.fromisoformat(base[:10]) + dt.timedelta(days=sign * days)
            return TimeValue(day.isoformat(), "day", None, f"{t.text} {link.group(1)}", "previous"), t.start
        return None

    def _noun_type(self, noun: str) -> str | None:
        """The type of event a noun names when it refers to one ("the call", "the phone call", "the swap")."""
        noun = noun.casefold()
        return self.rules.nouns.get(noun) or _REFERENCE_NOUNS.get(noun)

    def _hours_after(self, d: _Draft) -> TimeValue | None:
        """"Hours after the call, Russia launched …", "shortly before the talks opened": the day of the event named,
        the last one of its kind told before; "spoke with Putin the day before the talks": the day before it."""
        m = _HOURS_AFTER.search(d.sentence.text)
        etype = next((t for t in map(self._noun_type, m.group("noun").split()) if t), None) if m else None
        if etype is None or etype == d.type and d.sentence.start_char + m.start("noun") <= d.trigger[0]:
            return None  # (not the event named itself)
        prior = next((p for p in reversed(self.drafts) if p.type == etype and p.date is not None
                      and _DAYS.match(p.date.value) and p.trigger[1] <= d.sentence.start_char + m.start("noun")), None)
        if prior is None:
            return None
        after = m.group("dir").casefold() == "after"
        day = _edge_day(prior.date.value, after)
        if m.group("day"):
            day += dt.timedelta(days=1 if after else -1)
        return TimeValue(day.isoformat(), "day", None, m.group(0), "previous")

    def _from_previous_event(self, t: Timex) -> TimeValue | None:
        """"The next day", "two days later" after a date still to come (a deadline, a date looked ahead to):
        counted from the day of the last event that happened instead."""
        published = self.doc._.published
        if t.anchor != "previous" or published is None:
            return None
        before = [p for p in self.timexes if p.end <= t.start and _FULL_DAY.match(p.value or "")]
        if not before or before[-1].value <= published.isoformat():
            return None
        prior = next((p.date for p in reversed(self.drafts) if p.status == "occurred" and p.date
                      and p.date.granularity == "day" and _FULL_DAY.match(p.date.value)), None)
        if prior is None:
            return None
        found = find_timexes(t.text, dt.date.fromisoformat(prior.value))
        if not found or not found[0].value or found[0].granularity != t.granularity:
            return None
        return TimeValue(found[0].value, found[0].granularity, found[0].mod, t.text, "previous")

    def _entry_day(self, paragraph: int) -> TimeValue | None:
        """In a live blog, the day of the timestamped entry ("18:05") an event is told under."""
        stamps = [(p, t) for p, t in self.stamps if p <= paragraph]
        if not stamps:
            return None
        day = _to_day(stamps[-1][1].to_time())
        return day if day and _FULL_DAY.match(day.value) else None

    def _opening_day(self, paragraph: int) -> TimeValue | None:
        """In a timeline, the day its entry opens with ("8. Jan. 20 - Britain commits …. Russia accuses …"): the day
        of every event the entry tells."""
        start, end = self.paragraphs[paragraph]
        first = next((t for t in self.timexes if start <= t.start < end), None)
        if first is None or not timeline_entry(self.text, first.start, first.end):
            return None
        day = _to_day(first.to_time())
        return day if day and _FULL_DAY.match(day.value) else None

    def _governing_verb(self, d: _Draft) -> Token | None:
        span = self.doc.char_span(d.trigger[0], d.trigger[1], alignment_mode="expand")
        if span is None:
            return None
        token = span.root
        for _ in range(6):
            if token.pos_ in ("VERB", "AUX"):
                return token
            if token.head.i == token.i:
                return token
            token = token.head
        return token

    def _attached_to(self, start: int, end: int, verbs: set[int]) -> bool:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        token = span.root
        for _ in range(8):
            if token.i in verbs:
                return True
            if token.head.i == token.i or token.pos_ in ("VERB", "AUX") and token.dep_ in ("relcl", "advcl", "ccomp"):
                return False
            token = token.head
        return False

    def _fronted(self, sent: Span, offset: int) -> bool:
        """A time expression that opens the sentence ("On October 16, …", "In August, …")."""
        lead = re.sub(r"^\W*(?:however|meanwhile|then|later|earlier|also|and|but)\s*,?\s*", "", self.text[sent.start_char: offset],
                      flags=re.IGNORECASE)  # "However, on October 21, …"
        return len(lead.split()) <= 3 and "," not in lead

    def _read_place(self, d: _Draft) -> None:
        if d.type not in _PLACED_TYPES or d.place:
            return
        s, offset = d.sentence.text, d.sentence.start_char
        actor_spans = [(m.start, m.end) for m in self._mentions(d.sentence.start_char, d.sentence.end_char)]
        actor_spans += [(e.start_char, e.end_char) for e in d.sentence.ents if e.label_ in ("ORG", "WORK_OF_ART")]
        best: tuple[int, str] | None = None
        said = _SAID_THAT.search(self.text, d.sentence.start_char, d.trigger[0])
        for place in self.rules.places:
            for m in place.pattern.finditer(s):
                start = offset + m.start()
                if any(a < start + 1 and start < b and (b - a) > (m.end() - m.start()) for a, b in actor_spans):
                    continue  # part of a longer name: "The New York Times"
                before = self.text[max(0, start - 12): start]
                named_before_noun = re.match(r"\s+(format|track|process|talks|meeting|summit|round)", s[m.end():])
                struck = d.type == "attack" and 0 <= start - d.trigger[1] <= 20  # "drones struck Kyiv overnight"
                if place.city and not (_PLACE_PREPS.search(before) or named_before_noun or struck):
                    continue
                if said is not None and start < said.end() <= d.trigger[0]:
                    continue  # "told reporters in Moscow that a meeting … is possible": where it was said
                distance = abs(start - d.trigger[0])
                if best is None or distance < best[0]:
                    best = (distance, place.name)
        for m in re.finditer(r"\b([A-Z][\w-]+)\s+capital\b", s):  # "in the Emirati capital"
            state = self.base.adjectives.get(fold(m.group(1)))
            capital = next((p.name for p in self.rules.places if p.capital and state and p.country == state), None)
            distance = abs(offset + m.start() - d.trigger[0])
            if capital and (best is None or distance < best[0]):
                best = (distance, capital)
        if best is None:
            best = self._named_place(d)
        if best is not None:
            d.place = best[1]
        elif d.type == "talks" and self.venue:
            place, venue_parties = self.venue
            states = {self.base.state_of(a.actor) or a.actor for a in d.actors}
            if states and states <= venue_parties:
                d.place = place

    def _target_of_place(self, d: _Draft) -> None:
        """An attack on a place listed in a country ("the strike on Kharkiv") is an attack on that country."""
        country = next((p.country for p in self.rules.places if p.name == d.place), None)
        if country is None or country not in self.base.actors:
            return
        if not any(a.actor == country or getattr(self.base.actors.get(a.actor), "country", None) == country
                   for a in d.actors):
            d.actors.append(EventActor(country, "target"))

    def _named_place(self, d: _Draft) -> tuple[int, str] | None:
        """A place the model names that the place list does not know: "a drone hit a substation in Sumy region",
        "an attack on Lviv", "the Danube port of Izmail" — after a preposition, near the trigger, and no actor."""
        best: tuple[int, str] | None = None
        for m in re.finditer(r"\b(?:in|of|near|over)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(region|oblast|"
                             r"province)\b", d.sentence.text):  # "in Sumy region", whatever the model calls Sumy
            distance = abs(d.sentence.start_char + m.start(1) - d.trigger[0])
            if distance <= _PLACE_REACH and (best is None or distance < best[0]):
                best = (distance, f"{m.group(1)} {m.group(2).lower()}")
        if best is not None:
            return best
        for ent in d.sentence.ents:
            if ent.label_ not in ("GPE", "LOC", "FAC") or self.base.lookup(ent.text) is not None \
                    or self.base.state_of(ent.text) is not None:
                continue
            if any(t.start < ent.end_char and ent.start_char < t.end for t in self.timexes):
                continue  # "until midnight on Easter Sunday": a time, whatever the model calls it
            if not re.search(r"\b(?:in|at|on|near|over|of)\s+(?:the\s+)?$", self.text[max(0, ent.start_char - 12):ent.start_char]) \
                    and not (d.type == "attack" and 0 <= ent.start_char - d.trigger[1] <= 20):
                continue  # but "Ukrainian drones attacked Rylsk": the place struck
            distance = abs(ent.start_char - d.trigger[0])
            if distance > _PLACE_REACH:
                continue
            name = ent.text.removeprefix("the ").strip()
            region = re.match(r"\s+(region|oblast|province)\b", self.text[ent.end_char:ent.end_char + 12], re.IGNORECASE)
            if region:
                name = f"{name} {region.group(1).lower()}"
            if best is None or distance < best[0]:
                best = (distance, name)
        return best

    # -- finishing ---------------------------------------------------------------------------

    def _date_by_other_event(self) -> None:
        """"Trump called Zelensky the day after his summit with Putin in Alaska": an undated event told relative to
        another event the report dates elsewhere, before or after, takes that event's day moved by the offset."""
        for d in self.drafts:
            if d.date is not None:
                continue
            m = _RELATIVE_TO_EVENT.match(self.text, d.trigger[1])
            if m is None:
                continue
            etype = self._noun_type(m.group("noun"))
            near = self.text[m.end(): m.end() + 60]
            places = {p.name for p in self.rules.places if p.pattern.search(near)}
            others = [o for o in self.drafts if o is not d and o.type == etype and o.date is not None
                      and _DAYS.match(o.date.value) and (not places or o.place in places)]
            if len({o.date.value for o in others}) != 1:
                continue  # none, or several occasions it could mean
            n = 1 if m.group("n") is None else parse_number(m.group("n"))
            if n is None or n != int(n):
                continue
            sign = 1 if m.group("dir").lower() == "after" else -1
            day = _edge_day(others[0].date.value, sign > 0) + dt.timedelta(days=sign * int(n))
            d.date = TimeValue(day.isoformat(), "day", None, m.group(0).strip(), "previous")

    def _finish(self) -> list[Event]:
        self._date_by_other_event()
        events = []
        summit_sentences = {d.sentence.start_char for d in self.drafts if d.type == "summit"}
        kept: dict[tuple[int, str, str], list[_Draft]] = {}
        merged: list[_Draft] = []
        told = {q.value for d in self.drafts if d.type == "exchange" and not d.agreed for q in d.quantities}
        for d in self.drafts:
            if not d.actors:
                continue
            if d.agreed and told & {q.value for q in d.quantities}:
                continue  # the exchange agreed is told of in its own words too
            same = [t for t in kept.setdefault((d.sentence.start_char, d.type, d.status), [])
                    if not (d.type in _OWN_SUBJECT and _sources(t).isdisjoint(_sources(d)))]  # (another party's)
            # (a day of a series told twice: "the first round … on 16 May and the second round on 2 June")
            twin = next((t for t in same if t.date == d.date), same[0] if same else None)
            if twin is not None and (twin.date == d.date or d.date is None or twin.date is None):
                if twin.date is None:  # two wordings of one event in one sentence, one of them dated
                    twin.date, twin.dated = d.date, d.dated
                    twin.place = twin.place or d.place
                continue  # ("a meeting between the presidents … summit")
            kept[(d.sentence.start_char, d.type, d.status)].append(d)
            merged.append(d)
        merged = self._told_by_sentence(merged)
        published = self.doc._.published
        for d in merged:
            if d.status == "occurred" and d.type in _HELD and d.date is not None and published is not None \
                    and (timeline_day(d.date.value) or "") > published.isoformat():
                d.status = "planned"  # "the meeting of the coalition in London next Thursday": not yet held
        for d in sorted(merged, key=lambda d: d.trigger[0]):  # in reading order
            if d.type == "talks" and d.sentence.start_char in summit_sentences and not self._officials(d):
                continue  # "leaders met in Brussels for a summit": one summit, not talks beside it
            self._add_mediator(d)
            start, end = d.sentence.start_char, d.sentence.end_char
            while end > start and self.text[end - 1].isspace():
                end -= 1
            owner = self._statement_of(d)
            statement = owner.id if owner is not None else None
            events.append(Event(
                id=f"{self.doc._.article_id}-e{len(events) + 1}", type=d.type, status=d.status,  # type: ignore[arg-type]
                trigger=(self.doc._.original_text or self.text)[d.trigger[0]:d.trigger[1]], span=(start, end), summary=self._summary(d),
                actors=d.actors, date=d.date, place=d.place, quantities=d.quantities, statement=statement))
        return events

    def _told_by_sentence(self, drafts: list[_Draft]) -> list[_Draft]:
        """The events whose sentence, read whole by the sentence classifier, may tell an event of their type."""
        if self.sentence_types is None or not drafts:
            return drafts
        return [d for d in drafts if self.sentence_types.keeps(self._sentence_scores(d.sentence), d.type)]

    def _add_mediator(self, d: _Draft) -> None:
        """The host of talks held in a third country mediates them (Turkey for Istanbul)."""
        if d.type not in ("talks", "summit") or not d.place:
            return
        host = next((p.country for p in self.rules.places if p.name == d.place), None)
        parties = {a.actor for a in d.actors} | {self.base.actors[a.actor].country for a in d.actors
                                                  if a.actor in self.base.actors}
        states = [a for a in d.actors if a.actor in self.base.actors and self.base.actors[a.actor].kind == "state"]
        if host and host in self.base.actors and host not in parties and len(states) >= 2:
            d.actors.append(EventActor(host, "mediator"))

    def _summary(self, d: _Draft) -> str:
        def names(actors: list[EventActor]) -> str:
            ns: list[str] = []
            for a in actors:
                actor = self.base.actors.get(a.actor)
                if actor and actor.kind in ("state", "group") and actor.name not in ns:
                    ns.append(actor.name)
            if not ns:
                ns = [self.base.actors[a.actor].name for a in actors if a.actor in self.base.actors][:2]
            return " and ".join([", ".join(ns[:-1]), ns[-1]]) if len(ns) > 1 else (ns[0] if ns else "unnamed parties")

        parties = [a for a in d.actors if a.role != "mediator"]
        sources = [a for a in parties if a.role == "source"] or parties[:1]
        targets = [a for a in parties if a.role in ("target", "recipient") and a not in sources]
        line = self.rules.summaries[d.type].format(actors=names(parties), source=names(sources),
                                                   target=names(targets) if targets else "others")
        if " and " not in names(parties):
            line = line.replace(" between ", " involving ")  # one side named
        line = line[0].upper() + line[1:]
        if d.place:
            line += f" in {d.place}"
        if d.quantities:
            line += ": " + ", ".join(
                ("" if q.bound == "exact" else q.bound.replace("_", " ") + " ")
                + (f"{q.value:,.0f}" if float(q.value).is_integer() else f"{q.value:,g}") + f" {q.unit}"
                + (f" to {self.base.actors[q.recipient].name}" if q.recipient in self.base.actors else "")
                for q in d.quantities)
        if d.status != "occurred":
            line += f" ({d.status})"
        return line


# what stands between an event's noun and its own date set after it: "the third, on 23 July", "the first round of
# direct talks in Geneva, held on 24 and 25 June", "the summit, scheduled for 12 May"
_APPOSED_DATE = re.compile(r"(?:\s+(?:in|at)\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?)?\s*,\s*(?:(?:(?:held|which\s+(?:was|"
                           r"were)\s+held|(?:which|that)\s+took\s+place)\s+)?(?:on|in)|(?:(?:which|that)\s+(?:is|was|are|were)\s+)?"
                           r"(?:scheduled|planned|set|due)\s+(?:for|on))\s+", re.IGNORECASE)
# a clause of time whose present tense tells the future: "before leaders gather", "once the delegations meet"
_MONTH_MAY = re.compile(r"(?<!^)(?<![.!?\"“]\s)\bMay\b")  # the month ("met on 16 May"), not the modal
_PLACE_REACH = 90  # characters from the trigger where a place the model names can still be the event's
_NOT_GOODS = {"list", "strike", "blow", "attack", "document", "letter", "message", "proposal", "note", "name"}
_AFTER_PAST = re.compile(r"\b(?:after|following)\s+(?:the|a|an|their|his|her|its)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# the comma of a list of names: ", Ukraine" in "Russia, Ukraine and the United States"
_NAME_LIST_COMMA = re.compile(r",\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?=\s*,|\s+and\b)")
# what a post stamp has besides its date and time: a weekday, the seconds, a time zone, the post's address
_STAMP_REST = re.compile(r"https?://\S+|[+-]\d{4}\b|\b(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|PST|PDT|Kyiv time)\b"
                         r"|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?|\d{1,2}[:.]\d{2}(?::\d{2})?|[\W_]", re.IGNORECASE)
_CONDITION_AFTER = re.compile(r"[^.;:]*?\b(?:if|unless)\s+(?!not\b)|[^.;:]*?\bshould\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?"
                              r"\s+(?:fail|refuse|reject|decline|not|continue|walk)", re.IGNORECASE)
_CONDITION_BEFORE = re.compile(r"(?:^\W*(?:(?:And|But|So)\s+)?|[:—–]\s*(?:(?:and|but|so)\s+)?)(?:if|unless)\b[^.;:]*,\s", re.IGNORECASE)
_READY = re.compile(r"\b(?:will|would|could|might|'ll|(?:prepared|ready|willing|poised)\s+to|threaten(?:s|ed)?\s+to)\s+"
                    r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_TIME_CLAUSE = re.compile(r"\b(?:before|until|till|once|when|after|as soon as)\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
_RELATIVE_TO_EVENT = re.compile(r"\s+(?:\w+\s+){0,3}?(?:(?:the|a)\s+day|(?P<n>\w+)\s+days?)\s+(?P<dir>after|before)\s+"
                                r"(?:the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?"
                                r"(?P<noun>summit|talks|meeting|call|phone call|conversation|visit|exchange)\b",
                                re.IGNORECASE)
_DAY_NEXT_TO = re.compile(r"\b(?:the|a)\s+day\s+(after|before)\b", re.IGNORECASE)


_OWN_DATE_GRAINS = ("day", "week", "month", "year")


# what an agreement was reached in, not what it settles: "agreed in a telephone conversation on Tuesday to …",
# "agreed at their meeting in Geneva that …"
_OCCASION = re.compile(r"\s*,?\s+(?:in|during|at|over|by)\s+(?:a|an|the|their|its|his|her|today's|yesterday's)?\s*"
                       r"(?:[\w-]+\s+){0,2}?", re.IGNORECASE)


def _opens_measuring_clause(verb: Token) -> bool:
    """Whether a verb's clause is opened by "since", "before" or "until" ("since the invasion began in 2022")."""
    return any(c.dep_ == "mark" and c.lower_ in _MEASURING_MARKS for c in verb.children)


def _in_argument(noun: Token, verb: Token) -> bool:
    """Whether a noun stands inside the subject or object of a verb, through nouns and prepositions only ("The
    adoption of the 19th package of sanctions … was postponed on Friday": the sanctions are in what was postponed)."""
    token = noun
    while token.head.i != token.i and token.dep_ in ("pobj", "prep", "compound", "nmod", "poss", "appos", "conj"):
        token = token.head
        if token.head.i == verb.i and token.dep_ in ("nsubj", "nsubjpass", "dobj"):
            return True
    return False


def _edge_day(value: str, after: bool) -> dt.date:
    """The day a date counts from (see `_DAYS`): a run's last day for what came after it, its first for before."""
    first, _, last = value.partition("/")
    return dt.date.fromisoformat(last if after and last else first)


def _day_next_to(tv: TimeValue | None, between: str) -> TimeValue | None:
    """"called Zelensky the day after his summit with Putin on August 15": the day after the date told."""
    m = _DAY_NEXT_TO.search(between)
    if tv is None or m is None or not _FULL_DAY.match(tv.value):
        return tv
    day = dt.date.fromisoformat(tv.value) + dt.timedelta(days=1 if m.group(1).lower() == "after" else -1)
    return TimeValue(day.isoformat(), "day", None, f"{m.group(0)} {tv.text or ''}".strip(), tv.anchor)


# "from 5 to 7 May", "between the 8th and 10th of December", "on 26 and 27 May": the first day, told before the
# date the time module read ("7 May"); "18-19 November": the last day, inside it; "January 23-24": the last day,
# right after it (the time module reads "January 23")
_RANGE_LEAD = re.compile(r"(?:\b(?:from|between)\s+(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:to|and|until|till|"
                         r"through)\s+(?:the\s+)?|(?<![\d,.])\b(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+and\s+(?:the\s+)?)$",
                         re.IGNORECASE)
_RANGE_INSIDE = re.compile(r"(?:^|\s)(?:the\s+)?[0-3]?\d\s*[–-]\s*(?P<d>[0-3]?\d)(?!\d)|[A-Za-z.]\s*[0-3]?\d\s*[–-]\s*"
                           r"(?P<d2>[0-3]?\d)(?!\d)")
_RANGE_TAIL = re.compile(r"(?:-|\s*–\s*)(?P<d>[0-3]?\d)(?![\d:]|[.,]\d|\s*(?:%|percent|per\s+cent))")


def _day_range(tv: TimeValue | None, t: Timex, before: str, after: str) -> TimeValue | None:
    """A day the text gives as the end or start of a run of days (see `_RANGE_LEAD`): SPEC's range of them."""
    if tv is None or not _FULL_DAY.match(tv.value) or t.granularity != "day":
        return tv
    day = dt.date.fromisoformat(tv.value)
    lead, inside, tail = _RANGE_LEAD.search(before), _RANGE_INSIDE.search(t.text or ""), _RANGE_TAIL.match(after)
    try:
        if lead is not None:
            first, last = day.replace(day=int(lead["d"] or lead["d2"])), day
        elif inside is not None or tail is not None:
            first, last = day, day.replace(day=int(inside["d"] or inside["d2"] if inside else tail["d"]))
        else:
            return tv
    except ValueError:
        return tv
    if not first < last or (last - first).days > 14:
        return tv
    text = f"{lead.group(0)}{t.text}" if lead is not None else f"{t.text}{tail.group(0)}" if tail else t.text
    return TimeValue(f"{first.isoformat()}/{last.isoformat()}", "day", tv.mod, text, tv.anchor)


def _subjunctive(verb: Token) -> bool:
    """"that Kyiv withdraw", "that Russia accept" (read as a present with a singular subject), "that Kyiv must …"."""
    if any(a.lower_ in ("must", "should") for a in verb.children):
        return True
    if any(a.dep_ == "aux" for a in verb.children):
        return False
    singular = any(c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in verb.children)
    return verb.tag_ == "VB" or verb.tag_ == "VBP" and singular


def _finest_within(best: Timex, candidates: list[Timex]) -> Timex:
    """The one finer date the sentence gives after its event inside the one set before it: "This year, 500 men came
    back in a single day on 27 March": the day, not the year."""
    coarsest = max(GRANULARITY_RANK.values()) + 1  # (one it does not rank, "vague", counts as the coarsest)
    finer = [t for t in candidates if t is not best and t.type == "DATE" and t.value and best.value
             and GRANULARITY_RANK.get(t.granularity, coarsest) < GRANULARITY_RANK.get(best.granularity, coarsest)
             and t.value.startswith(best.value) and _DATE_VALUE.match(t.value)]
    return finer[0] if len(finer) == 1 else best


def _to_day(tv: TimeValue | None) -> TimeValue | None:
    """An event's date at day granularity at the finest: "2025-10-17TMO" (this morning) is 2025-10-17. What
    happened "overnight" (the night before the report, TimeML's "…TNI") is told under the morning it ended."""
    if tv is None or "T" not in tv.value[:11]:
        return tv
    day = tv.value.split("T")[0]
    if tv.value.endswith("TNI") and (tv.text or "").casefold() == "overnight" and _FULL_DAY.match(day):
        day = (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()
    return TimeValue(day, "day", tv.mod, tv.text, tv.anchor)


def _sources(d: _Draft) -> set[str]:
    """Who makes a proposal, demand, threat, rejection or accusation (every party where none is marked the source)."""
    return {a.actor for a in d.actors if a.role == "source"} or {a.actor for a in d.actors}


def extract_events(doc: Doc, base: ActorBase, sentence_types: SentenceTypes | None = None) -> list[Event]:
    """The events of a report; `sentence_types`: a trained classifier that drops events their sentence does not tell."""
    return _EventReader(doc, base, doc._.statements or [], sentence_types).run()
