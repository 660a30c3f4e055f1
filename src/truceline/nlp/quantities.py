"""Quantities: "about 10,000 bodies", "less than 200", "a thousand fighters", "1,000-for-1,000", "another 230 people".

Each becomes a value with its unit, its bound (about, less_than …) and the
side that received it when the sentence says ("Ukraine had received …",
"… returned to Russia").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

import yaml
from spacy.tokens import Span

from ..record import Quantity, Timex
from ..settings import DATA_DIR
from .actors import ActorBase, fold

_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
          "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_BOUNDS = [
    (r"about|around|approximately|roughly|some|nearly|almost|close to|an estimated|up to about", "about"),
    (r"more than|(?<!hand )(?<!handed )(?<!hands )(?<!handing )(?<!turned )(?<!took )over|upwards of|in excess of",
     "more_than"),
    (r"less than|fewer than|(?<!go )(?<!went )under|below", "less_than"),
    (r"at least|no fewer than|no less than|a minimum of", "at_least"),
    (r"at most|up to|no more than|a maximum of", "at_most"),
]
_ONES = r"one|two|three|four|five|six|seven|eight|nine"
_TENS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# a number below a hundred in words: "seventy-five", "thirteen", "twenty one"
_BELOW_HUNDRED = (rf"(?:{_TENS})(?:[\s-](?:{_ONES}))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
                  rf"eighteen|nineteen|{_ONES}")
# "a hundred and seventy-five", "two thousand", "thirty-five" (the rest after "and" only a number: not "a thousand and
# Russia")
_WORD_NUMBER = (rf"(?:(?:a|an|{_BELOW_HUNDRED})\s+|(?<!several )(?<!few )(?<!many ))(?:hundred|thousand|million)"
                rf"(?:\s+and\s+(?:{_BELOW_HUNDRED})\b)?|(?:{_TENS})-(?:{_ONES})|"
                r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)")
_NUMBER = rf"(?P<num>\d+(?:\.\d+)?\s+(?:thousand|million)\b|\d{{1,3}}(?:,\d{{3}})+|(?<![\d.,:])\d{{1,3}}(?:[\u00a0\u202f ]\d{{3}})+(?!\d)|\d+(?:\.\d+)?|{_WORD_NUMBER})"
# ("several hundred" is no figure; a thousands space as Central European pages set it: "up to 1 200 people")
# the other side of a swap in words: "a thousand for a thousand", "three hundred for three hundred"
_PAIR_WORDS = (r"(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)[\s-]+|a\s+)"
               rf"(?:hundred|thousand)(?:\s+and\s+(?:{_BELOW_HUNDRED})\b)?")
_RECEIVE = re.compile(r"\b(received|receive|got|gets|took back|welcomed)\b", re.IGNORECASE)
_BROUGHT = re.compile(r"\b(?:(?:brought|brings|bring)\s+(?:home|back)|returned\s+from\s+(?:\w+\s+)?captivity)\b",
                      re.IGNORECASE)  # the side that brought them


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    units: dict[str, list[str]] = yaml.safe_load((DATA_DIR / "events.yaml").read_text(encoding="utf-8"))["units"]
    by_word = {w.casefold(): unit for unit, words in units.items() for w in words}
    words = sorted(by_word, key=len, reverse=True)
    bound = "|".join(b for b, _ in _BOUNDS)
    pattern = re.compile(
        rf"(?P<bound>\b(?:{bound})\s+)?(?P<another>\banother\s+)?{_NUMBER}"
        # "200 (two hundred) prisoners", "one thousand (1,000) fallen servicemen": the figure restated in brackets
        rf"(?:\s*\((?:\d{{1,3}}(?:,\d{{3}})+|\d+|[a-z]+(?:[\s-][a-z]+){{0,4}})\))?"
        rf"(?P<pair>(?:-for-|\s+for\s+)(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{_PAIR_WORDS}))?"
        rf"(?:\s+(?:more\s+)?(?:[\w-]+\s+){{0,2}}?(?:(?-i:[A-Z])[\w-]+\s+)?(?P<unit>{'|'.join(re.escape(w) for w in words)})\b)?"
        # "175 prisoners for 175 prisoners": the swap told with its unit on both sides
        rf"(?P<pair2>\s+for\s+(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{_PAIR_WORDS})(?:\s+(?:\w+\s+){{0,2}}?"
        rf"(?:{'|'.join(re.escape(w) for w in words)})\b)?)?",
        re.IGNORECASE)
    return pattern, by_word


# Sums of money: "$500 million", "€1.9bn", "6 billion euros", "US$2 billion", "£150m"; the unit is the
# currency's ISO code in lower case.
_CURRENCY_SIGN = {"$": "usd", "us$": "usd", "€": "eur", "£": "gbp"}
_CURRENCY_WORD = {"euro": "eur", "euros": "eur", "dollar": "usd", "dollars": "usd", "us dollars": "usd", "pound": "gbp",
                  "pounds": "gbp", "pound sterling": "gbp", "rubles": "rub", "roubles": "rub", "ruble": "rub",
                  "rouble": "rub"}
CURRENCIES = frozenset({*_CURRENCY_SIGN.values(), *_CURRENCY_WORD.values()})
_MONEY_SCALE = {"billion": 1e9, "bn": 1e9, "million": 1e6, "mln": 1e6, "m": 1e6, "trillion": 1e12, "tn": 1e12,
                "thousand": 1e3}
_MONEY = re.compile(
    rf"(?P<bound>\b(?:{'|'.join(b for b, _ in _BOUNDS)})\s+)?"
    r"(?:(?P<sign>US\$|\$|€|£)\s?(?P<num>\d+(?:[.,]\d+)*)\s*(?P<scale>billion|bn|million|mln|m|trillion|tn)?\b"
    r"|(?P<num2>\d+(?:[.,]\d+)*)\s*(?P<scale2>billion|bn|million|mln|trillion|tn)?\s+(?P<word>US\s+dollars|euros?|dollars?|"
    r"pounds(?!\s+of\b)|pound\s+sterling|rubles|roubles))",
    re.IGNORECASE)


def find_money(text: str) -> list[tuple[int, int, float, str, str]]:
    """The sums of money in a text: (start, end, value, currency, bound)."""
    out = []
    for m in _MONEY.finditer(text):
        raw = (m.group("num") or m.group("num2")).replace(",", "")
        if raw.count(".") > 1:
            continue
        value = float(raw) * _MONEY_SCALE.get((m.group("scale") or m.group("scale2") or "").casefold(), 1)
        unit = _CURRENCY_SIGN[m.group("sign").casefold()] if m.group("sign") else \
            _CURRENCY_WORD[re.sub(r"\s+", " ", m.group("word").casefold())]
        out.append((m.start(), m.end(), value, unit, _bound_of(m.group("bound"))))
    return out


def parse_number(text: str) -> float | None:
    """A number in digits or words: "10,000", "a thousand", "two hundred and thirty"."""
    s = text.strip().casefold().replace(",", "")
    if re.fullmatch(r"\d{1,3}(?:[.\u00a0\u202f ]\d{3})+", s):  # "1.200", "1 200": thousands set off as Central
        s = re.sub(r"\D", "", s)  # European pages set them (no count of people has three decimals)
    try:
        return float(s)
    except ValueError:
        pass
    scaled = re.fullmatch(r"(\d+(?:\.\d+)?)\s+(thousand|million|hundred)", s)
    if scaled:  # "9 thousand", "1.2 million"
        return float(scaled.group(1)) * _SCALES[scaled.group(2)]
    total, current = 0, 0
    for word in re.split(r"[\s-]+", s):
        if word == "and":
            continue
        if word in _SMALL:
            current += _SMALL[word]
        elif word in _SCALES:
            current = max(current, 1) * _SCALES[word]
            if _SCALES[word] >= 1000:
                total, current = total + current, 0
        else:
            return None
    value = total + current
    return float(value) if value else None


def _bound_of(text: str | None) -> str:
    if not text:
        return "exact"
    for pattern, name in _BOUNDS:
        if re.fullmatch(pattern, text.strip(), re.IGNORECASE):
            return name
    return "exact"


_GIVE = re.compile(r"\b(returned|handed(?: over)?|gave(?: back)?|given back|transferred|repatriated|released|sent|freed|"
                   r"(?:hand|hands)\s+over|transfers?|repatriates?|releases?|sends?)\b", re.IGNORECASE)  # (and "will
# transfer to Ukraine 6 thousand bodies")
_SAME_NUMBER = re.compile(r"\b(?:in\s+(?:return|exchange)\s+for|for|against)\s+the\s+same\s+number\b", re.IGNORECASE)
_EACH_BEFORE = re.compile(r"\beach\s+(?:[a-z]+\s+){1,3}(?:(?:about|some|nearly|almost|another)\s+)?$")  # "X and Y each handed over 84"
_EACH = re.compile(r"^(?:[^,;.]|,(?=\d)){0,30}\b(each side|each way|on each side|each|(?:on|to|for) both sides|apiece)\b", re.IGNORECASE)
_HANDED_BARE = re.compile(r"\b(?:handed over|handed back|handed|returned|received|receives?|recover(?:s|ed)?|took back|got back|"
                          r"gave back|sent back)\s+(?:back\s+)?$", re.IGNORECASE)  # ("while Russia will receive 40")
# "Ukraine got back 1,200 bodies, and Russia 35": the other side's figure with its verb left out
_ELIDED_SIDE = re.compile(r"(?:,\s*|\s)(?:and|while|whereas)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+side)?\s+"
                          r"(?:(?:about|some|nearly|almost|only|just)\s+)?$")
_FROM_CAPTIVITY = re.compile(r"[^.;]{0,60}?\bfrom\s+(?:\w+\s+)?captivity\b", re.IGNORECASE)
_BODIES_OF = re.compile(r"\b(?:bodies|remains)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def find_quantities(doc: Any, sent: Span, base: ActorBase, mentions: list[Any],
                    parties: tuple[str, ...] = (), within: tuple[int, int] | None = None) -> list[Quantity]:
    """Quantities of people or things in a sentence, with their recipients.

    A bare number after a bound ("less than 200") takes the unit before it;
    "the bodies of 1,000 people" counts bodies; "N for N" and "… each side"
    give one quantity to each of the report's two `parties`. `within` limits
    the search to part of the sentence (one of its semicolon-separated parts).
    """
    pattern, by_word = _pattern()
    out: list[Quantity] = []
    last_unit: str | None = None
    last_end = -1
    s = sent.text
    money = find_money(s)
    for m in pattern.finditer(s):
        if within and not within[0] <= sent.start_char + m.start() < within[1]:
            continue
        if any(start <= m.start("num") < end for start, end, *_ in money):
            continue  # a sum of money, read below
        raw_unit = m.group("unit")
        value = parse_number(m.group("num"))
        if value is None:
            continue
        if re.match(r"\s+(?:sides|parties|countries|states|leaders|presidents|delegations|teams|of\s+them)\b",
                    s[m.end("num"):], re.IGNORECASE):
            continue  # "the two sides exchanged prisoners": who, not how many
        unit = by_word.get(raw_unit.casefold()) if raw_unit else None
        following = s[m.end(): m.end() + 12]
        if re.match(r"\s*(?:years?|months?|days?|weeks?|hours?|km|kilomet|percent|%)", s[m.end("num"):m.end("num") + 12],
                    re.IGNORECASE):
            continue
        if _BODIES_OF.search(s[max(0, m.start() - 20): m.start()]):
            unit = "bodies"
        paired_side = None
        if unit is None:
            # "500 Ukrainian and 500 Russian prisoners of war came home": the unit the second figure names
            twin = re.match(r"\s+(\w+)\s+and\s+(?:\w+\s+)?[\d.,]+\s+\w+\s+((?:\w+\s+){0,2}\w+)", s[m.end("num"):])
            if twin and base.adjectives.get(fold(twin.group(1))):
                unit = next((by_word[w.casefold()] for w in twin.group(2).split() if w.casefold() in by_word), None)
                paired_side = base.adjectives[fold(twin.group(1))] if unit else None
        if unit is None and m.group("pair"):
            # "the swap of 1,200 for 1,200": a prisoner swap unless it says otherwise ("the remains … on a
            # 6,000-for-6,000 basis")
            unit = "bodies" if re.search(r"\b(?:bodies|remains|dead)\b", s, re.IGNORECASE) else "prisoners"
        if unit is None and _EACH.match(s[m.end():]):
            # "exchanged prisoners on April 11, swapping 175 each": the unit told before the figure
            unit = next((by_word[w.casefold()] for w in reversed(re.findall(r"[\w-]+", s[:m.start()]))
                         if w.casefold() in by_word), None)
        if unit is None:
            handed = _HANDED_BARE.search(s[:m.start()]) or _ELIDED_SIDE.search(s[max(0, m.start() - 60):m.start()])
            # ("… and handed over 41 to Russia", "Russia took back 31")
            if last_unit is None or not (m.group("bound") or handed) or re.match(r"\s*(?!to\b|in return\b|back\b)[a-z]",
                                                                                  following):
                continue
            unit = last_unit
        last_unit = unit
        text = s[m.start(): m.end()].strip()
        bound = _bound_of(m.group("bound"))
        pair = m.group("pair") or (m.group("pair2") if m.group("unit") else None)
        each = bool(pair) or bool(_EACH.match(s[m.end():])) or bool(_EACH_BEFORE.search(s[max(0, m.start() - 40):m.start()]))
        if each and len(parties) == 2:
            other = parse_number(re.match(rf"(?:-for-|\s+for\s+)([\d,]+|{_PAIR_WORDS})", pair).group(1)) \
                if pair else value
            out.append(Quantity(value=value, unit=unit, bound=bound, recipient=parties[0], text=text))  # type: ignore[arg-type]
            out.append(Quantity(value=other or value, unit=unit, bound=bound, recipient=parties[1], text=text))  # type: ignore[arg-type]
            continue
        recipient = paired_side or _recipient(s, m.start(), m.end(), sent.start_char, mentions, parties, doc) \
            or _nationality(s, m, base) or _elided_receiver(s, m.start(), sent.start_char, mentions, out) \
            or _listed_with(s, m.start(), out, last_end)
        last_end = m.end()
        out.append(Quantity(value=value, unit=unit, bound=bound, recipient=recipient, text=text))  # type: ignore[arg-type]
    same = _SAME_NUMBER.search(s)
    if same and len(parties) == 2 and len(out) == 1 and out[0].recipient in parties and (
            not within or within[0] <= sent.start_char + same.start() < within[1]):
        # "84 Ukrainian soldiers came home in return for the same number of Russians": as many the other way
        other = parties[1] if out[0].recipient == parties[0] else parties[0]
        out.append(replace(out[0], recipient=other))
    for start, end, value, unit, bound in money:
        if within and not within[0] <= sent.start_char + start < within[1]:
            continue
        recipient = next((mention.state or mention.actor for mention in mentions
                          if sent.start_char + end <= mention.start < sent.start_char + end + 80
                          and re.search(r"\b(?:to|for)\s+(?:the\s+)?$", s[end:mention.start - sent.start_char])
                          and not re.search(r"[,;]", s[end:mention.start - sent.start_char])), None)
        out.append(Quantity(value=value, unit=unit, bound=bound, recipient=recipient,  # type: ignore[arg-type]
                            text=s[start:end].strip()))
    return out


# How long a truce, a round of talks or a call lasted or is to last, as the time grammar reads it: "a 30-day truce"
# (P30D), "talks that lasted more than six hours" (PT6H, MORE_THAN), "a 90-minute call" (PT90M). Not a span of time
# before or after something ("within 10 days", "in 10 days", "three days of talks before", "for the past two days").
DURATIONS = frozenset({"days", "hours", "minutes"})
_LENGTH = re.compile(r"P(?:(?P<days>\d+(?:\.\d+)?)D|T(?:(?P<hours>\d+(?:\.\d+)?)H)?(?:(?P<minutes>\d+)M)?)")
_LENGTH_BOUND = {"MORE_THAN": "more_than", "LESS_THAN": "less_than", "APPROX": "about", "EQUAL_OR_MORE": "at_least",
                 "EQUAL_OR_LESS": "at_most"}
_NOT_LASTING_BEFORE = re.compile(r"\b(?:within|in|after|past|last|next|first|every|each|over\s+the|for\s+the|"
                                 r"since|until|till|by)\s+(?:the\s+)?$", re.IGNORECASE)
_NOT_LASTING_AFTER = re.compile(r"\s*(?:ago|later|earlier|before|after|afterwards|beforehand|from\s+now|"
                                r"of\s+(?:the|its|his|her|their)\b|a\s+day|a\s+week|in\s+advance|notice)\b",
                                re.IGNORECASE)


def find_durations(text: str, timexes: list[Timex], start: int = 0, end: int | None = None) -> list[Quantity]:
    """How long something lasted or is to last, in days, hours or minutes: the time grammar's durations in
    text[start:end] that are no span before or after something."""
    out = []
    for t in timexes:
        if t.type != "DURATION" or not t.value or not start <= t.start < (len(text) if end is None else end) \
                or _NOT_LASTING_BEFORE.search(text[max(0, t.start - 16): t.start]) \
                or _NOT_LASTING_AFTER.match(text, t.end):
            continue
        m = _LENGTH.fullmatch(t.value)
        if m is None or not any(m.groups()):
            continue  # ("P3M", "PXD": months, or no figure told)
        if m.group("days"):
            value, unit = float(m.group("days")), "days"
        elif m.group("hours"):
            value, unit = float(m.group("hours")) + int(m.group("minutes") or 0) / 60, "hours"
        else:
            value, unit = float(m.group("minutes")), "minutes"
        out.append(Quantity(value=value, unit=unit, bound=_LENGTH_BOUND.get(t.mod or "", "exact"), text=t.text))
    return out


def _listed_with(s: str, start: int, before: list[Quantity], last_end: int) -> str | None:
    """"brought home 170 people from Russian captivity, 146 servicemen and 24 civilians": a figure listed
    right after one whose recipient is known goes to the same side."""
    if not before or before[-1].recipient is None or last_end < 0:
        return None
    gap = s[last_end:start]
    if len(gap) > 40 or not re.search(r"(?:,|\band)\s*$", gap) or re.search(
            r"\b(?:to|received|handed|returned|gave|sent|while|but|whereas)\b", gap, re.IGNORECASE):
        return None
    return before[-1].recipient


def _nationality(s: str, m: re.Match, base: ActorBase) -> str | None:
    """People sent home go to their own side: "about 1,200 Ukrainians", "84 Russian servicemen",
    "1,000 bodies of Ukrainian soldiers"."""
    raw_unit = m.group("unit") or ""
    if raw_unit[-1:] == "s" and base.adjectives.get(fold(raw_unit[:-1])):
        return base.adjectives[fold(raw_unit[:-1])]
    near = re.search(r"^\s*(?:more\s+)?(?:(?:bodies|remains)\s+of\s+(?:the\s+)?)?((?:[\w-]+\s+){1,3}?)"
                     r"(?:soldiers|servicemen|prisoners|POWs|fighters|defenders|civilians|children|minors|citizens|troops)\b",
                     s[m.end("num"):], re.IGNORECASE)
    if near:  # ("22 seriously wounded Ukrainian soldiers": whichever of the words before the noun is a nationality)
        return next((base.adjectives[fold(w)] for w in near.group(1).split() if base.adjectives.get(fold(w))), None)
    after = re.match(r"\s+of\s+(\w+)\s+(?:soldiers|servicemen|fighters|defenders|troops)\b", s[m.end():], re.IGNORECASE)
    return base.adjectives.get(fold(after.group(1))) if after else None


def _elided_receiver(s: str, start: int, offset: int, mentions: list[Any], before: list[Quantity]) -> str | None:
    """"Kiev has received about 10,000 bodies, and the Russian side — less than 200": the verb left out,
    the side named before the number receives too."""
    if not before or before[-1].recipient is None or not _RECEIVE.search(s[:start]):
        return None
    left = s[:start]
    clause_start = max(left.rfind(", "), left.rfind(";"), -1) + 1
    named = [x for x in mentions if offset + clause_start <= x.start < offset + start]
    side = (named[-1].state or named[-1].actor) if named else None
    return side if side and side != before[-1].recipient else None


def _recipient(s: str, start: int, end: int, offset: int, mentions: list[Any], parties: tuple[str, ...],
               doc: Any = None) -> str | None:
    """The side that got a quantity: "… to the Russian side" after it or "handed over to Ukraine the bodies of"
    before it, the subject of "received" before it, or, for "Russia returned 6,000 bodies", the other of the
    report's two parties."""
    left = s[:start]
    clause_start = max(left.rfind(", "), left.rfind(";"), left.rfind(" while "), -1) + 1
    clause_left = s[clause_start:start]
    before = [m for m in mentions if offset + clause_start <= m.start < offset + start]
    to = re.match(r"(?:(?!\b(?:and|while|but)\b)[^,;.]){0,50}?\b(?:back\s+)?to\s+(?:the\s+)?", s[end:])
    if to:
        target = [m for m in mentions if m.start >= offset + end]  # ("the Russian side" takes its article)
        if target and target[0].start - (offset + end + to.end()) < 12:
            return target[0].state or target[0].actor
    passive_to = re.search(r"\bto\s+(?:the\s+)?\S+(?:\s+side)?\s+(?:were|was|have been|has been|had been)\s+"
                           r"(?:returned|handed(?:\s+over)?|transferred|repatriated|sent)\s+$", clause_left, re.IGNORECASE)
    if passive_to:  # "to Ukraine were returned one thousand bodies" (translated)
        at = offset + clause_start + passive_to.start()
        target = [m for m in before if at <= m.start < at + 24]
        if target:
            return target[0].state or target[0].actor
    give = list(_GIVE.finditer(clause_left))
    receive = list(_RECEIVE.finditer(clause_left)) + list(_BROUGHT.finditer(clause_left))  # "Ukraine brought home 170"
    if give and give[-1].group(1).casefold() in ("returned", "freed", "released") \
            and _FROM_CAPTIVITY.match(s, end):  # "Ukraine returned 303 servicemen … from Russian captivity": got them
        receive, give = receive + give[-1:], []
    receive.sort(key=lambda r: r.start())
    if receive and give and receive[-1].start() > give[-1].start():
        give = []  # "… handed over to Ukraine … and received 26 bodies": the last verb tells who got these
    elif receive and give:
        receive = []  # "Ukraine received 1,000 bodies and handed over 30": the other side got these
    if give:  # "handed over to Ukraine the bodies of 1,000 …"
        to_before = re.match(r"\s+(?:back\s+)?to\s+(?:the\s+)?", clause_left[give[-1].end():])
        if to_before:
            at = offset + clause_start + give[-1].end() + to_before.end()
            target = [m for m in before if at - 5 <= m.start < at + 12]  # ("the Ukrainian side" takes its article)
            if target:
                return target[0].state or target[0].actor
    if receive and before:
        verb_at = offset + clause_start + receive[-1].start()
        verb_end = offset + clause_start + receive[-1].end()  # ("returned from Russian captivity": not Russia's)
        if before[-1].start > verb_end:  # "Ukraine has received 12,000 bodies and Russia fewer than 300"
            return before[-1].state or before[-1].actor
        subject = _subject_of(doc, verb_at, mentions) if doc is not None else None
        if subject is not None:
            return subject
        return before[-1].state or before[-1].actor
    if give and before and len(parties) == 2:
        giver = before[-1].state or before[-1].actor
        if giver in parties:
            return parties[1] if giver == parties[0] else parties[0]
    return None


def _subject_of(doc: Any, char: int, mentions: list[Any]) -> str | None:
    """The side named as the subject of the verb at `char`, or of the verb it is joined to ("Russia handed over …
    and received 26 bodies in return": Russia received them)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return None
    verb = span.root
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            sub = subjects[0]
            lo, hi = sub.left_edge.idx, sub.right_edge.idx + len(sub.right_edge)
            named = [m for m in mentions if lo <= m.start < hi]
            return (named[0].state or named[0].actor) if named else None
        if verb.dep_ not in ("conj", "aux", "xcomp") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None
