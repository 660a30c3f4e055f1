"""What resolving a time expression needs beyond its match: the word lists, anchor, tense, context.

`Context` carries the anchor (publication) date, a way to tell the tense of a
clause (the parser's `past_tense(offset)` when given, else cheap lexical cues),
the explicit years the text names, and the previous resolved date, which
"a few days later" and "the next day" count from.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import yaml

from ..settings import DATA_DIR
from .timex_calendar import Point, make

WORDS: dict = yaml.safe_load((DATA_DIR / "timex.yaml").read_text(encoding="utf-8"))

# Tense cue -> (tense, strong?)
TENSE_CUES: dict[str, tuple[str, bool]] = {
    **{w: ("past", False) for w in WORDS["tense"]["past_weak"]},
    **{w: ("future", False) for w in WORDS["tense"]["future_weak"]},
    **{w: ("past", True) for w in WORDS["tense"]["past"]},
    **{w: ("future", True) for w in WORDS["tense"]["future"]},
}

_NOT_CUES = frozenset(WORDS["tense"]["not_cues"])


@dataclass(frozen=True)
class Resolved:
    """What a rule makes of its match: a TIMEX3 type, value and mod, and how it was anchored."""

    type: str
    value: str | None
    mod: str | None = None
    granularity: str = "day"
    anchor: str = "absolute"
    point: Point | None = None  # a concrete date, for "previous" anchoring and context
    sets_context: bool = True  # False for look-backs ("a year earlier") that do not move the narrative
    start: int | None = None  # where the extent starts, when not where the match does


def lookback(res: Resolved) -> Resolved:
    """A look-back ("a year earlier") is not where the narrative stands: it does not become the previous date."""
    return replace(res, sets_context=False)


# What follows an entry's date: a dash or a colon, after the last day of a range ("May 23–25 — …", "June 2: …")
_ENTRY_GAP = re.compile(r"\s*(?:[–—-]\s*\d{1,2}\s*)?(?:[—–:]|\s-)\s")


def timeline_entry(text: str, start: int, end: int) -> bool:
    """A date that opens a line, followed by a dash or a colon: an entry of a timeline ("12 August – …")."""
    line_start = text.rfind("\n", 0, start) + 1
    lead = re.sub(r"^\s*\d{1,2}[.)]\s", "", text[line_start:start])  # a numbered entry: "4. Jan. 13 - …"
    return not lead.strip(" -•*\t") and bool(_ENTRY_GAP.match(text, end))


@dataclass
class Context:
    """What resolution needs beyond the match: anchor, tense, years named, the previous date."""

    text: str
    anchor: dt.date | None
    past_tense: Callable[[int], bool] | None = None
    years: list[tuple[int, int]] = field(default_factory=list)  # (offset, year) named in the text
    prev: Point | None = None  # the last date resolved, for "previous" anchoring
    prev_day: Point | None = None  # the last one to the day, and where it ended
    prev_day_end: int = -1
    prev_end: int = -1  # where it ends in the text
    reported: Point | None = None  # the latest quarter named that was over by the anchor (see `note`)
    days: list[Point] = field(default_factory=list)  # every day resolved so far, in reading order

    def tense(self, start: int, end: int) -> str | None:
        """'past', 'future', 'present' (the parser says not past, no future cue) or None (no cue at all)."""
        if self.past_tense is not None:
            if self.past_tense(start):
                return "past"
            return "future" if _lexical_tense(self.text, start, end, future_only=True) else "present"
        return _lexical_tense(self.text, start, end)

    def timeline_entry(self, start: int, end: int) -> bool:
        return timeline_entry(self.text, start, end)

    def sentence_year(self, start: int) -> int | None:
        """The one year named in the sentence around `start`, if it names exactly one."""
        left = max(self.text.rfind(". ", 0, start), self.text.rfind("\n", 0, start)) + 1
        ends = [i for i in (self.text.find(". ", start), self.text.find("\n", start)) if i != -1]
        right = min(ends) if ends else len(self.text)
        years = {y for off, y in self.years if left <= off < right}
        return years.pop() if len(years) == 1 else None

    def context_year(self, start: int) -> int | None:
        """The nearest explicit year named before `start`; else, of those named after it, the latest that has
        begun (a report's undated opening is about its own year, not the background year it names later)."""
        before = [y for off, y in self.years if off < start]
        if before:
            return before[-1]
        after = [y for off, y in self.years if off >= start]
        begun = [y for y in after if y <= dt.date.today().year]
        return max(begun) if begun else (after[0] if after else None)

    def year_for(self, month: int, day: int | None, start: int, end: int) -> tuple[int | None, str]:
        """The year of a date named without one, and what it was resolved against.

        From the anchor date, moved a year back only when the clause is past and the
        date would fall after the anchor (and forward when it is future and would fall
        before it); with no tense cue at all, to whichever side of the anchor is nearer
        when the date is more than half a year away. Without an anchor, from the years
        the text itself names.
        """
        listed = _LISTED_YEAR.match(self.text, end)
        if listed:  # "on May 16, June 2 and July 23, 2025": the year the list ends with
            return int(listed.group(1)), "previous"
        if re.match(r",?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b", self.text[end:end + 24]):
            # "on August 15 of that year": the year of the last day named, else of the last year named
            last = self.prev or self.prev_day  # "in October 2025. … in August of that year": 2025
            year = last.day.year if last is not None else self.context_year(start)
            if year:
                return year, "previous"
        if self.anchor is None:
            if self.tense(start, end) == "future":
                # "the next exchange could come as early as October", after "captured at Mariupol in 2022": what
                # lies ahead is in the report's own year, the latest it names that has begun, not the last one told
                begun = [y for _, y in self.years if y <= dt.date.today().year]
                if begun:
                    return max(begun), "previous"
            return self.context_year(start), "previous"
        same = self.sentence_year(start)
        if same is not None and same < self.anchor.year and self.tense(start, end) != "future":
            return same, "previous"  # "in late May 2025, a week after the sides met on May 16": that year
        a = self.anchor
        if day:
            gap = (dt.date(a.year, month, min(day, 28 if month == 2 else day)) - a).days
            after, before = gap > _MARGIN_DAYS, gap < -_MARGIN_DAYS
            far_after, far_before = gap > _HALF_YEAR_DAYS, gap < -_HALF_YEAR_DAYS
        else:
            after, before = month - a.month > _MARGIN_MONTHS, a.month - month > _MARGIN_MONTHS
            far_after, far_before = month - a.month > 6, a.month - month > 6
        year = a.year
        if (gap > 0 if day else month > a.month) and not far_after and self.context_year(start) == a.year - 1 \
                and self.tense(start, end) in ("past", None) and not self.put_off_to(start):
            return year - 1, "published"  # "the diplomacy of 2025 began … On 12 February, Trump and Putin spoke",
            # told on 14 January 2026: after the anchor, but in the past of the year the story is in
        if after or before:
            tense = self.tense(start, end)
            if tense in ("present", "future") and self.timeline_entry(start, end):
                tense = None  # "15 August – Trump and Putin meet in Anchorage": a timeline's present tells the past
            if after and (tense == "past" or tense is None and far_after) and (
                    not self.put_off_to(start) or far_after and tense == "past" and self.set_for(start)):
                year -= 1  # but "was deferred to the December summit" looks ahead (while "originally scheduled for
                # Dec. 23, was postponed", told in January, was set for the December before)
            elif before and (tense == "future" and not _FUTURE_IN_PAST.search(self.text[max(0, start - 80): start])
                             or tense is None and far_before):
                year += 1  # but "was due to be held in March" looked ahead from a time now past
        return year, "published"

    def put_off_to(self, start: int) -> bool:
        """The date an event was moved or set to ("postponed until Tuesday", "deferred to the December summit",
        "consultations planned for early April had been called off"), or one an unreal condition supposes ("if a
        summit were held in July"): ahead of the past verb that moved, set or supposes it."""
        before = self.text[max(0, start - 60): start]
        return _PUT_OFF_TO.search(before) is not None or _SET_FOR.search(before) is not None \
            or _UNREAL_IF.search(self.text[max(0, start - 90): start]) is not None

    def set_for(self, start: int) -> bool:
        """The date an event was set for ("originally scheduled for Dec. 23"), not one it was moved to."""
        before = self.text[max(0, start - 60): start]
        return _SET_FOR.search(before) is not None and _PUT_OFF_TO.search(before) is None

    def note(self, point: Point, end: int = -1) -> None:
        """A date resolved in reading order becomes the previous one; a quarter already over by
        the anchor (not "a fourth-quarter charge" still to come) may become the reported quarter."""
        self.prev, self.prev_end = point, end
        if point.gran in ("day", "time"):
            self.prev_day, self.prev_day_end = point, end
            self.days.append(point)
        if point.gran != "quarter":
            return
        over = self.anchor is None or point.shift(1, "Q").day <= self.anchor
        if over and (self.reported is None or self.anchor is None or point.day >= self.reported.day):
            self.reported = point

    def leave_quarter(self) -> None:
        """The report has moved on from its quarter to a longer span ("in the first nine months"):
        its year is in view ("a year earlier" is then the year before)."""
        if self.prev is not None and self.prev.gran == "quarter":
            self.prev = make(self.prev.day, "year")

    def quarter_in_view(self) -> Point | None:
        """The quarter an earnings report is talking about when it says "the quarter", "a year ago":
        where the last date named is a quarter, the latest one named that is over by the anchor
        ("a flat second quarter" in a report of the third does not displace it), else that quarter."""
        if self.prev is None or self.prev.gran != "quarter":
            return None
        return self.reported or self.prev

    def day_in_paragraph(self, start: int) -> Point | None:
        """The day last named, if named in the same paragraph: a clock time on a line of its own (a live
        blog's "20:30") is on the report's day, not on a date the entry before happened to mention."""
        if self.prev is None or self.prev.gran not in ("day", "time"):
            return None
        return self.prev if "\n\n" not in self.text[max(self.prev_end, 0):start] else None

    def previous(self, unit: str) -> tuple[Point | None, str]:
        """The base for "later"/"the next day": the previous date if fine enough, else the anchor."""
        if self.prev is not None and self.prev.fine_enough(unit):
            return self.prev, "previous"
        if unit == "D" and self.prev_day is not None and self.prev_end - self.prev_day_end < _DAY_REACH:
            return self.prev_day, "previous"  # "On Wednesday, the 14th, … detained in 2022. … The next day": the 15th
        if self.anchor is not None:
            return Point(self.anchor, "day"), "published"
        return None, "previous"


# A year-less date this close to the anchor stays in the anchor's year whatever the tense:
# a report rarely leaves out the year of a date eleven months back. With no tense cue at
# all, a date more than half a year away is taken on the side of the anchor it is nearest
# ("worth $130 million in October" in January is last October).
# month names and abbreviations, from the same word list the grammar reads
_MONTH_NAME = "(?:" + "|".join(re.escape(m) for m in sorted([*WORDS["months"], *WORDS["month_abbrevs"]], key=len,
                                                            reverse=True)) + r")\.?"
_LISTED_YEAR = re.compile(rf"(?:,?\s+(?:and\s+)?(?:{_MONTH_NAME}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_NAME}))+,?\s+((?:19|20)\d\d)\b")
_DAY_REACH = 1200  # characters: how far back past a coarser date "the next day" still counts from a day named
_FUTURE_IN_PAST = re.compile(r"\b(?:was|were|had\s+been)\s+(?:due|expected|scheduled|planned|set|supposed|meant|slated|"
                             r"pencil+ed\s+in)\s+(?:to|for)\b[^.;]*$", re.IGNORECASE)
_MARGIN_DAYS = 45
_MARGIN_MONTHS = 1
_HALF_YEAR_DAYS = 182
_WORD_RE = re.compile(r"[a-z']+")
_SENT_END = re.compile(r"[.!?]+[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9—-])|[\n;]")
_ABBREV = re.compile(r"(?:\b[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Maj|Sgt|Capt|Prof|Inc|Corp|Co|Ltd|Jr|Sr|"
                     r"No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|U\.S|U\.N|U\.K)\.$")
_AUX_BEFORE_PARTICIPLE = {"be", "been", "being", "is", "are", "am", "to", "will", "would", "'s", "get", "gets"}
_BEFORE_ADJECTIVE = {"a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "this", "these",
                     "those", "still", "newly", "most", "more", "less", "very"}
_NOT_PAST_ED = {"need", "indeed", "speed", "hundred", "united", "based", "red", "bed", "seed", "feed", "proceed",
                "succeed", "exceed", "breed", "weed", "embed", "shed", "wed", "bred", "sled"}
_TENSE_WINDOW = 160
_WEAK_PENALTY = 15  # characters: a weak cue counts as this much farther than a strong one
_AFTER_PENALTY = 15
# "postponed until December", "was deferred to the December summit": a past verb that moves an event ahead
_PUT_OFF_TO = re.compile(r"\b(?:postponed|deferred|delayed|pushed back|put off|moved|rescheduled|shifted|adjourned)"
                         r"\s+(?:[\w-]+\s+){0,3}?(?:to|until|till)\s+(?:the\s+|a\s+)?$", re.IGNORECASE)
_SET_FOR = re.compile(r"\b(?:(?:planned|scheduled|set|slated|pencil+ed\s+in|penciled\s+in)|(?:summit|meeting|talks|round|visit|"
                      r"conference|negotiations)(?:\s+(?:in|at)\s+(?:the\s+)?[\w-]+)?)\s+for\s+(?:the\s+)?$", re.IGNORECASE)
# ("announced a summit in Riyadh for June": the day a meeting is set for, as much as "scheduled for June")
_UNREAL_IF = re.compile(r"\b(?:if|even\s+if|unless)\s+(?:[\w'’-]+\s+){1,8}?were\s+(?:[\w-]+\s+){0,6}$", re.IGNORECASE)
_CLAUSE_PENALTY = 20  # a cue past a comma is likely in another clause ("talks that are to end by May, invited")


def _is_boundary(text: str, m: re.Match) -> bool:
    return m.group()[0] in "\n;" or not _ABBREV.search(text, max(0, m.start() - 6), m.start() + 1)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or clause after a semicolon) holding [start, end), within a window."""
    left = max(start - _TENSE_WINDOW, 0)
    for m in _SENT_END.finditer(text, left, start):
        if _is_boundary(text, m):
            left = m.end()
    right = min(end + _TENSE_WINDOW, len(text))
    for m in _SENT_END.finditer(text, end, right):
        if _is_boundary(text, m):
            right = m.start()
            break
    return left, right


def _adjectival(word: str, prev: str) -> bool:
    """A participle used as an adjective, which says nothing of the tense: "a still unspecified date",
    "the expected sale", "markets untouched by the crisis"."""
    return word.startswith("un") and word.endswith("ed") or prev in _BEFORE_ADJECTIVE


def _lexical_tense(text: str, start: int, end: int, future_only: bool = False) -> str | None:
    """A cheap guess at the tense of the clause around [start, end).

    Auxiliaries and reporting verbs (will, would, was, had, said …) are strong
    cues; a verb in -ed is a weak one, not counted after "be"/"to" (a passive or
    an infinitive takes the tense of its auxiliary). The cue nearest the
    expression decides, weak ones and ones after it counting as farther.
    """
    left, right = sentence_bounds(text, start, end)
    segment = text[left:right].lower()
    words = [(m.start() + left, m.group()) for m in _WORD_RE.finditer(segment)]
    best: tuple[int, str] | None = None
    for i, (off, w) in enumerate(words):
        if start <= off < end:
            continue
        prev = words[i - 1][1] if i else ""
        two = w + " " + words[i + 1][1] if i + 1 < len(words) else ""
        cue = None if two in _NOT_CUES else TENSE_CUES.get(two) or TENSE_CUES.get(w)
        if cue is None and w.endswith("ed") and len(w) > 4 and w not in _NOT_PAST_ED:
            cue = ("past", False)
        if cue is None or (future_only and cue[0] != "future"):
            continue
        if not cue[1] and cue[0] == "past" and (prev in _AUX_BEFORE_PARTICIPLE or _adjectival(w, prev)):
            continue
        score = (start - off if off < start else off - end + _AFTER_PENALTY) + (0 if cue[1] else _WEAK_PENALTY)
        if "," in (text[off:start] if off < start else text[end:off]):
            score += _CLAUSE_PENALTY
        if best is None or score < best[0]:
            best = (score, cue[0])
    return best[1] if best else None
