"""Time expressions in English news text, resolved to TIMEX3 values.

`find_timexes` runs a regular-expression grammar (timex_grammar; word lists in
data/timex.yaml) over the text, keeps the leftmost-longest matches, and
resolves them in reading order: relative expressions against the anchor (the
publication date), "a few days later" and "the next day" against the date
expression before them, and year-less dates against the anchor (moved a year
back when the clause is past and the date would otherwise be in the future) or,
without an anchor, against the years the report itself names.

With ``anchor=None``, expressions that need the anchor and have no context in
the text ("yesterday", "last week") are still reported, with value ``None``;
year-less dates with no year anywhere in the text get ``XXXX`` (``XXXX-07-23``)
and weekdays ``XXXX-WXX-n``, as TIMEX3 writes unknown parts.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import IO

from ..record import Timex
from .timex_context import Context, Resolved, timeline_entry
from .timex_grammar import RULE_RANK, RULES, clock_on, named_year, rule

__all__ = ["find_timexes", "format_timexes", "run_jsonl", "timexes_to_json"]

# Rules whose match is a single day a clock time can be joined to ("5 p.m. EST Nov. 9").
_DAY_RULES = {"iso", "dotted", "slashed", "month_day", "month_day_word", "day_month", "day_rel", "weekday", "holiday"}
_NAMED_DAY_RULES = {"month_day", "month_day_word", "day_month"}  # a day named with its month
_JOIN_GAP = re.compile(r"[\s,]*(?:on\s+)?$", re.I)
# A clock time and its day apart only by a time in another zone: "10:30 a.m. (0730 GMT) Friday",
# "(0730 GMT) Friday". The day then gives the clock time its date, each keeping its own extent.
_ZONE_GAP = re.compile(r"(?:\s*\([^()\n]{1,30}\)|\))[\s,]*(?:on\s+)?$", re.I)


# A span of months longer than a quarter ("the first nine months", "six months"): a report naming
# one after a quarter is no longer talking about that quarter.
_LONGER_THAN_A_QUARTER = re.compile(r"P(?:[4-9]|1[0-2])M")


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    rule: str
    match: re.Match


def _candidates(text: str) -> list[_Candidate]:
    """Every match of every rule, its extent being group "x" where the rule marks one."""
    out = []
    for r in RULES:
        for m in r.pattern.finditer(text):
            s, e = m.span("x") if "x" in r.pattern.groupindex and m.group("x") is not None else m.span()
            if e > s:
                out.append(_Candidate(s, e, r.name, m))
    out.sort(key=lambda c: (c.start, c.start - c.end, RULE_RANK[c.rule]))
    return out


def _named_years(text: str, cands: list[_Candidate]) -> list[tuple[int, int]]:
    """The explicit years the text names, by offset: the context for year-less dates."""
    seen: dict[int, int] = {}
    for c in cands:
        y = named_year(rule(c.rule), c.match, text)
        if y and not _looked_back(text, c.start):
            seen.setdefault(c.start, y)
    return sorted(seen.items())


# "the first time … since the spring of 2022", "the first summit since Geneva in 2021": a year looked back to, not
# the year the narrative is in
_LOOK_BACK = re.compile(r"\bsince\s+(?:[\w-]+\s+){0,9}$", re.IGNORECASE)
_LOOK_BACK_REACH = 90  # characters


def _looked_back(text: str, start: int) -> bool:
    """Whether the expression at `start` is a year looked back to ("since … 2019"), not where the narrative is."""
    return _LOOK_BACK.search(text, max(0, start - _LOOK_BACK_REACH), start) is not None


def _to_timex(text: str, start: int, end: int, res: Resolved) -> Timex:
    return Timex(start, end, text[start:end], res.type, res.value, res.mod, res.granularity, res.anchor)


def _join_clock(c: _Candidate, cands: list[_Candidate], i: int, ctx: Context) -> tuple[Resolved, int] | None:
    """A clock time followed by the day it falls on, as one TIME ("10 p.m. Wednesday")."""
    for d in cands[i + 1:]:
        if d.start > c.end + 36:
            break
        if d.rule not in _DAY_RULES or d.start < c.end:
            continue
        adjacent = d.start <= c.end + 4 and _JOIN_GAP.match(ctx.text, c.end, d.start)
        if adjacent or _ZONE_GAP.match(ctx.text, c.end, d.start):
            d = _named_day(d, cands)
            # the day's tense is the clause's around the whole expression: "will leave at 4 a.m. EDT Thursday"
            day = rule(d.rule).resolve(d.match, ctx, c.start, d.end)
            if day is not None and day.point is not None and day.point.gran == "day":
                joined = clock_on(c.match, day.point, ctx, day.anchor)
                if joined is not None:
                    return joined, d.end if adjacent else c.end
    return None


def _named_day(d: _Candidate, cands: list[_Candidate]) -> _Candidate:
    """The day a clock time is joined to: a weekday's date where the text names it ("midnight this Thursday,
    October 1" is October 1, whatever week "this Thursday" would fall in)."""
    named = [e for e in cands if d.start < e.start < d.end < e.end and e.rule in _NAMED_DAY_RULES]
    return max(named, key=lambda e: e.end, default=d)


def outside_timexes(text: str, timexes: list[Timex], start: int = 0, end: int | None = None) -> str:
    """The words of text[start:end] that none of the (ordered) time expressions covers: what a stamp line says besides
    its date ("16 March at 09:14 · 🌐" leaves " at  · 🌐")."""
    end = len(text) if end is None else end
    rest, at = "", start
    for t in timexes:
        if start <= t.start < end:
            rest, at = rest + text[at:max(at, t.start)], max(at, min(t.end, end))
    return rest + text[at:end]


def find_timexes(text: str, anchor: dt.date | None = None, *,
                 past_tense: Callable[[int], bool] | None = None, year: int | None = None) -> list[Timex]:
    """The time expressions of `text`, in order, with TIMEX3 values.

    `anchor` is the publication date relative expressions are resolved against;
    `past_tense(offset)`, when given (from the parser), says whether the clause
    at a character offset is in the past tense, which decides whether a
    year-less date after the anchor belongs to the year before. `year`, for a
    text without an anchor that names no year itself, is the year its dates are in
    (a bound on the publication date gives it).
    """
    cands = _candidates(text)
    ctx = Context(text, anchor, past_tense, _named_years(text, cands) or ([(0, year)] if year else []))
    out: list[Timex] = []
    pos = 0
    for i, c in enumerate(cands):
        if c.start < pos:
            continue
        res, end = None, c.end
        if c.rule == "clock":
            joined = _join_clock(c, cands, i, ctx)
            if joined:
                res, end = joined
        if res is None:
            res = rule(c.rule).resolve(c.match, ctx, c.start, c.end)
        if res is None:
            continue  # a longer reading was rejected: the shorter ones at this offset get their turn
        pos = end
        out.append(_to_timex(text, c.start if res.start is None else res.start, end, res))
        if res.point is not None and res.type in ("DATE", "TIME") and res.sets_context \
                and not _looked_back(text, c.start):
            ctx.note(res.point, end)  # ("since the spring of 2022" looks back: the narrative stays where it was)
            if c.rule == "ago" and re.search(r"years?|decades?", c.match["unit"] or "", re.IGNORECASE) \
                    and re.search(r"later|after", c.match["dir"] or "", re.IGNORECASE):
                # "In September 2014 I sat in Minsk … Twelve years later, I hear …": the narrative's year now
                ctx.years = sorted([*ctx.years, (c.start, res.point.day.year)])
        elif res.type == "DURATION" and _LONGER_THAN_A_QUARTER.fullmatch(res.value or ""):
            ctx.leave_quarter()  # "in the first nine months": the report has moved past its quarter
    return _timeline_years(text, out)


_ENTRIES = 3  # entries that make a timeline
_YEARLESS_DAY = re.compile(r"^\d{4}-\d\d(?:-\d\d)?$")


def _timeline_years(text: str, timexes: list[Timex]) -> list[Timex]:
    """A timeline's entries run in order: one without a year is in its predecessor's year, or the next when its
    month comes earlier ("Dec. 28: …" then "Jan. 6 — …"), and so is every day its entry names without a year
    ("October 16: … On Oct. 22 the US Treasury …"), whatever the tense of a timeline's historical present says."""
    def entry(t: Timex) -> bool:  # "May 23–25 — The agreed swap …", "June 2: The second round …"
        return t.type == "DATE" and bool(t.value) and bool(_YEARLESS_DAY.match(t.value)) \
            and timeline_entry(text, t.start, t.end)

    if sum(entry(t) for t in timexes) < _ENTRIES:
        return timexes
    out: list[Timex] = []
    last: tuple[int, int] | None = None  # the year and month of the entry before
    here: tuple[int, int, int] | None = None  # the paragraph an entry leads, with its year and month
    for t in timexes:
        paragraph = text.rfind("\n", 0, t.start) + 1
        if entry(t):
            y, m = int(t.value[:4]), int(t.value[5:7])
            if not re.search(r"\d{4}", t.text) and last is not None:
                y = last[0] + (1 if m < last[1] else 0)
                t = replace(t, value=f"{y}{t.value[4:]}", anchor="previous")
            last, here = (y, m), (paragraph, y, m)
        elif here is not None and here[0] == paragraph and t.type == "DATE" and t.value \
                and _YEARLESS_DAY.match(t.value) and not re.search(r"\d{4}", t.text):
            m = int(t.value[5:7])
            y = here[1] + (1 if m < here[2] else 0)
            t = replace(t, value=f"{y}{t.value[4:]}", anchor="previous")
        out.append(t)
    return out


def timexes_to_json(timexes: list[Timex]) -> list[dict]:
    return [{"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value, "mod": t.mod,
             "granularity": t.granularity, "anchor": t.anchor} for t in timexes]


def _anchor_date(value: str | None, line_no: int) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ValueError(f"line {line_no}: anchor {value!r} is not an ISO date") from None


def run_jsonl(instream: Iterable[str] | IO[str], outstream: IO[str]) -> int:
    """Read {"id","text","anchor"} lines, write {"id","timexes"} lines; return how many documents."""
    n = 0
    for line_no, line in enumerate(instream, 1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as e:
            raise ValueError(f"line {line_no}: not JSON ({e.msg})") from None
        timexes = find_timexes(doc.get("text") or "", _anchor_date(doc.get("anchor"), line_no))
        outstream.write(json.dumps({"id": doc.get("id"), "timexes": timexes_to_json(timexes)},
                                   ensure_ascii=False) + "\n")
        n += 1
    outstream.flush()
    return n


def format_timexes(timexes: list[Timex], text: str) -> str:
    """A table for the terminal: where, what type, which value, and the words around it."""
    if not timexes:
        return "no time expressions found"
    head = f"{'span':>11}  {'type':8} {'value':16} {'mod':13} {'gran':8} {'anchor':9} text"
    rows = [head, "-" * len(head)]
    for t in timexes:
        left = text[max(0, t.start - 25):t.start].replace("\n", " ")
        right = text[t.end:t.end + 25].replace("\n", " ")
        rows.append(f"{t.start:>5}-{t.end:<5}  {t.type:8} {t.value or '-':16} {t.mod or '-':13} "
                    f"{t.granularity:8} {t.anchor:9} …{left}[{t.text}]{right}…")
    return "\n".join(rows)
