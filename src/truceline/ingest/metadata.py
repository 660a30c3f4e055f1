"""The publication date: from metadata, the user, a dateline — or bounded from the dates the text mentions.

Never a silent guess of today's date: what cannot be found is `unknown`.
"""

from __future__ import annotations

import datetime as dt
import re

from ..errors import SourceError
from ..nlp.timex import find_timexes
from ..nlp.timex_grammar import MONTHS, WEEKDAYS
from ..record import Published, Timex

_WIRE_DATELINE = re.compile(r"\s*[A-Z][A-Z .'-]{2,},\s+[^.\n]{3,30}?\([^)\n]{2,30}\)\s*[-–—]\s")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PERIOD = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_BYLINE = re.compile(r"^(published|updated|posted|date|опубликовано|обновлено)\b", re.IGNORECASE)
_FUTURE = re.compile(r"\b(will|would|shall|plans?|planned|planning|scheduled|expected|next|upcoming|due to|to be held|is to)\b",
                     re.IGNORECASE)


def parse_date(source: str, value: str) -> dt.date:
    """A date the user or a feed gave, in ISO form ("2025-10-30", "2025-10-30T09:15:00Z") or words."""
    s = value.strip()
    try:
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    days = [t for t in find_timexes(s, None) if t.value and _DAY.match(t.value)]
    if not days:
        raise SourceError(source, f"the publication date {value!r} is not a date")
    return dt.date.fromisoformat(days[0].value)


def given_published(source: str, value: str, basis: str) -> Published:
    day = parse_date(source, value)
    return Published(day.isoformat(), "day", None, value, "absolute", basis=basis)


def dateline_published(text: str, header: list[str] = (), timexes: list[Timex] | None = None,
                       office_year: int | None = None) -> Published | None:
    """A date in the by-line or dateline: a header line, a short paragraph near the top or bottom,
    or the opening words of the first paragraph ("MOSCOW, October 23. /Agency/.").

    A dateline without a year takes the latest year the report names, unless its officials date it later;
    in a report that names none, `office_year` (the year its officials date it to, see
    `ActorBase.office_year`), and the date's basis is then `inferred`.
    """
    year, basis = report_year(text, office_year)
    for line in header:
        for t in find_timexes(line, None):
            day = _full_day(t, year)
            if day:
                return Published(day, "day", None, t.text, "absolute", basis=_basis(t, basis))
    timexes = find_timexes(text, None) if timexes is None else timexes
    spans = _paragraph_spans(text)
    top = spans[:6]
    # a wire dateline ("KYIV, March 4 (Wire) - …") further down, under a header of menus, captions and by-lines
    wire = [sp for sp in spans[6:14] if _WIRE_DATELINE.match(text[sp[0]:sp[1]])][:1]
    for i, (start, end) in enumerate(top + wire + spans[-2:]):
        para = text[start:end]
        short = len(para) <= 120
        if 3 <= i < len(top):  # further down the header, only a line that is a date ("August 9, 2025 at 6:15 p.m.")
            lead = re.match(r"\s*(?:[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2},\s*|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s+)?",
                            para).end()  # "MOSCOW, …", "Sun 5 Apr 2026 06.00 BST"
            short = short and any(t.start in (start, start + lead) for t in timexes)  # "Tuesday, March 10, 2026 | …"
        opening = i <= 2 and re.search(r"\(|\s[-–—]\s|^\s*[A-Z][A-Z .'-]+,|/\w", para[:80]) or bool(_WIRE_DATELINE.match(para))
        for t in timexes:
            if not start <= t.start < end:
                continue
            day = _full_day(t, year)
            if day and (short or _BYLINE.match(para) or (opening and t.start - start < 40)):
                if not re.search(r"\d{4}", t.text):
                    day = _after_floor(_weekday_year(day, t.text, text[t.end: t.end + 400]), text)
                return Published(day, "day", None, t.text, "absolute", basis=_basis(t, basis))
    return None




def _weekday_year(day: str, written: str, lead: str = "") -> str:
    """A date without a year that gives its weekday ("Tuesday 19 May"), or a dateline whose story says what weekday
    it is ("BRUSSELS, Feb 20 – … failed on Friday"): the year, of the one the report names and the few after it (up
    to today), in which that day fell on that weekday."""
    weekdays = "|".join(WEEKDAYS)
    m = re.search(rf"\b({weekdays})\b", written, re.IGNORECASE) \
        or re.search(rf"\b(?:on|this|late|early)\s+({weekdays})\b", lead, re.IGNORECASE)
    if not m:
        return day
    weekday = WEEKDAYS[m.group(1).casefold()] - 1  # ISO numbering, Monday 1
    d = dt.date.fromisoformat(day)
    if d.weekday() == weekday:
        return day
    for ahead in (1, 2, 3):
        try:
            later = d.replace(year=d.year + ahead)
        except ValueError:
            return day
        if later > dt.date.today():
            break
        if later.weekday() == weekday:
            return later.isoformat()
    return day


_SINCE_AGO = re.compile(r"\b(?:in\s+)?(?:(?P<month>[A-Z][a-z]+\.?)\s+)?(?P<year>(?:19|20)\d\d),?\s+(?:more than\s+|over\s+|"
                        r"nearly\s+|almost\s+|about\s+|some\s+)?(?P<n>a|one|two|three|\d+)\s+(?P<unit>years?|months?)\s+ago\b")
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3}


# "in 2025 the trade turnover fell", "In Istanbul in 2025, Moscow sent …": a whole year, bare ("in May 2025",
# "since 2025" and "in 2025-2026" are not), in a sentence told in the past
_BARE_YEAR = re.compile(r"\b[Ii]n\s+(?P<year>(?:19|20)\d\d)\b"
                        r"(?!\s*[-–/]|\s+(?:and|or|to)\s+(?:19|20)\d\d|\s+alone\b)")
_TOLD_PAST = re.compile(r"\b(?:was|were|had|fell|rose|grew|sent|held|met|took|made|came|went|saw|\w{3,}ed)\b")


def _after_floor(day: str, text: str) -> str:
    """A dateline without a year in a report that says how long ago a dated thing was ("the understandings reached in
    Anchorage in August 2025, more than a year ago"): the first year, from the one taken, in which the dateline
    falls after that much time. A report that speaks of a whole year in the past ("in 2025 the trade turnover
    fell") was written in the second half of that year at the earliest: a year is told as done only once most of
    it has passed."""
    d = dt.date.fromisoformat(day)
    floor = None
    for m in _SINCE_AGO.finditer(text):
        n = _SMALL.get(m["n"].lower()) or int(m["n"])
        month = MONTHS.get((m["month"] or "").rstrip("."), 1)  # "in August 2025, …", a month the grammar knows, else January
        months = int(m["year"]) * 12 + month - 1 + (n * 12 if m["unit"].startswith("year") else n)
        bound = dt.date(months // 12, months % 12 + 1, 1)
        floor = bound if floor is None or bound > floor else floor
    for m in _BARE_YEAR.finditer(text):
        sentence = _sentence_around(text, m.start())
        if _FUTURE.search(sentence) or not _TOLD_PAST.search(sentence):
            continue
        bound = dt.date(int(m["year"]), 7, 1)
        floor = bound if floor is None or bound > floor else floor
    if floor is None or d >= floor:
        return day
    for ahead in (1, 2, 3):
        later = d.replace(year=d.year + ahead) if not (d.month == 2 and d.day == 29) else None
        if later is None or later > dt.date.today():
            break
        if later >= floor:
            return later.isoformat()
    return day


def report_year(text: str, office_year: int | None) -> tuple[int | None, str]:
    """The year a report's dates without one are in, and its basis: the latest year the text names ("text"), or the
    year its officials date it to when that is later or the text names none ("inferred": a report that names only
    a year of the past, "captured in Mariupol in 2022", beside officials who took office since, is of their time)."""
    year = named_year(text)
    if office_year is not None and (year is None or office_year > year):
        return office_year, "inferred"
    return year, "text"


def named_year(text: str) -> int | None:
    """The latest year the text names that has begun (a report is not written in "January 2027" it looks ahead
    to), or None."""
    years = [int(y) for y in re.findall(r"\b(19[5-9]\d|20\d\d)\b", text)]
    years = [y for y in years if y <= dt.date.today().year]
    return max(years) if years else None


def _basis(t: Timex, basis: str) -> str:
    return "text" if re.search(r"\d{4}", t.text) else basis


def _full_day(t: Timex, year: int | None) -> str | None:
    """The day a dateline names; its year, when it gives none, is the latest the report names."""
    value = t.value or ""
    if year and not re.search(r"\d{4}", t.text) and re.match(r"^(\d{4}|XXXX)-\d{2}-\d{2}$", value[:10]):
        return f"{year}{value[4:10]}"
    if _DAY.match(value[:10]):
        return value[:10]
    if year and re.match(r"^XXXX-\d{2}-\d{2}$", value[:10]):
        return f"{year}{value[4:10]}"
    return None


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for part in text.split("\n\n"):
        spans.append((pos, pos + len(part)))
        pos += len(part) + 2
    return spans


def inferred_published(text: str, timexes: list[Timex] | None = None, office_year: int | None = None) -> Published | None:
    """The earliest the report can have been written: the latest past date it mentions.

    Dates in sentences about the future ("the summit planned for December") are
    left out, since a report may look ahead of its own date. In a report that names
    no year, dates without one take `office_year` (see `dateline_published`).
    """
    timexes = find_timexes(text, None) if timexes is None else timexes
    # a date without a year is in the latest year the report names ("in February 2026 … on March 3"), else in the
    # year its officials date it to
    year, _ = report_year(text, office_year)
    best: tuple[dt.date, Timex] | None = None
    for t in timexes:
        if t.type not in ("DATE", "TIME") or not t.value:
            continue
        value = f"{year}{t.value[4:]}" if year and t.value.startswith("XXXX-") else t.value
        if value != t.value and _DAY.match(value[:10]):
            value = _weekday_year(value[:10], t.text) + value[10:]  # "Tuesday 19 May": the year it was one
        m = _PERIOD.match(value[:10])
        if not m:
            continue
        if _FUTURE.search(_sentence_around(text, t.start)):
            continue
        if not re.search(r"\d{4}", t.text) and not m.group(3):
            continue  # a month named without its year ("before the elections in November") bounds nothing
        y, month, day = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
        try:
            start = dt.date(y, month, day)
        except ValueError:
            continue
        if start > dt.date.today():
            continue  # no report is written after today
        if best is None or start > best[0]:
            best = (start, t)
    if best is None:
        return None
    start, t = best
    return Published(start.isoformat(), "day", "ON_OR_AFTER", t.text, "absolute", basis="inferred")


def _sentence_around(text: str, offset: int) -> str:
    left = max(text.rfind(".", 0, offset), text.rfind("\n", 0, offset)) + 1
    right = min((i for i in (text.find(".", offset), text.find("\n", offset)) if i != -1), default=len(text))
    return text[left:right]


def unknown_published() -> Published:
    return Published(value=None, granularity="vague", basis="unknown")  # type: ignore[arg-type]
