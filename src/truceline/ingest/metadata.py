"""The publication date: from metadata, the user, a dateline — or bounded from the dates the text mentions.

Never a silent guess of today's date: what cannot be found is `unknown`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from functools import lru_cache

from ..errors import SourceError
from ..nlp.timex import find_timexes
from ..nlp.timex_context import WORDS
from ..nlp.timex_grammar import MONTHS, NUMBERS, ORDINALS, WEEKDAYS
from ..record import Published, Timex

_WIRE_DATELINE = re.compile(r"\s*[A-Z][A-Z .'-]{2,},\s+[^.\n]{3,30}?\([^)\n]{2,30}\)\s*[-–—]\s")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_WRITTEN_YEAR = re.compile(r"\d{4}|'\d\d\b|\d/\d\d\b")  # "2026", "May '26", "09/13/26"
_PERIOD = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_ISSUED_WORDS = r"published|posted|dated|compiled|issued|released"  # the day a page was first put out (not "updated")
_ISSUED = re.compile(rf"^(?:{_ISSUED_WORDS})\b", re.IGNORECASE)
_BYLINE = re.compile(rf"^(?:{_ISSUED_WORDS}|updated|aired|date|опубликовано|обновлено)\b", re.IGNORECASE)
_FUTURE = re.compile(r"\b(will|would|shall|plans?|planned|planning|scheduled|expected|next|upcoming|due to|to be held|is to"
                     r"|proposed\s+to\s+(?:\w+\s+){0,3}?(?:hold|carry\s+out|organi[sz]e|conduct|meet)"  # "proposed to
                     # Ukraine to carry out the sixth round … on 8 of October": a day looked ahead to
                     r"|(?-i:may|might|could)\s+(?:be|take\s+place|meet|happen|follow|come|start|begin|resume|go\s+ahead)"
                     # "The summit may be on June 12 in Riyadh", "a further group could follow before Easter"
                     r")\b",
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


_FOOTNOTES = re.compile(r"\s*(?:(?:notes|references)(?:\[edit\])?\s*\n\s*)?(?:\[\d{1,3}\]|\^(?:\s+[a-z])*)\s", re.IGNORECASE)
# (an encyclopedia's references too: "^ a b c The Irish Ledger, 28 February 2026.")
_DEADLINE = re.compile(r"\b(?:until|till|deadline|ultimatum)\b", re.IGNORECASE)


def given_published(source: str, value: str, basis: str) -> Published:
    day = parse_date(source, value)
    return Published(day.isoformat(), "day", None, value, "absolute", basis=basis)


def dateline_published(text: str, header: list[str] = (), timexes: list[Timex] | None = None,
                       office_year: int | None = None, latest: int | None = None) -> Published | None:
    """A date in the by-line or dateline: a header line, a short paragraph near the top or bottom,
    or the opening words of the first paragraph ("MOSCOW, October 23. /Agency/.").

    A dateline without a year takes the latest year the report names, unless its officials date it later;
    in a report that names none, `office_year` (the year its officials date it to, see
    `ActorBase.office_year`), and the date's basis is then `inferred`. `latest`: the latest year the report can be
    of (see `this_year`), when its page shows more than the cleaned text.
    """
    year, basis = report_year(text, office_year, latest)
    for line in header:
        for t in _issued_first(line, find_timexes(line, None)):
            day = _full_day(t, year)
            if day:
                if not _WRITTEN_YEAR.search(t.text):
                    day = _weekday_year(day, t.text, latest=latest)  # "Sunday, 28 March": the year it was one
                return Published(day, "day", None, t.text, "absolute", basis=_basis(t, basis))
    timexes = find_timexes(text, None) if timexes is None else timexes
    spans = _paragraph_spans(text)
    top = spans[:6]
    # a wire dateline ("KYIV, March 4 (Wire) - …") further down, under a header of menus, captions and by-lines
    # or a "Published 14/05/2026" line under a long header
    wire = [sp for sp in spans[6:14] if _WIRE_DATELINE.match(text[sp[0]:sp[1]]) or _BYLINE.match(text[sp[0]:sp[1]])][:1]
    # a by-line with the year written out ("Compiled on 22 March 2027") is the page's date, before a headline's
    # span of days ("Russian state TV talk shows, 19-21 March: …")
    for start, end in top + wire:
        if _ISSUED.match(text[start:end]) and end - start <= 120:
            t = next((t for t in timexes if start <= t.start < end and _WRITTEN_YEAR.search(t.text)), None)
            day = _full_day(t, year) if t is not None else None
            if day:
                return Published(day, "day", None, t.text, "absolute", basis="text")
    # a chronology's entries open with their dates ("1 July – …", "7 July – …"): none of them is a dateline
    entries = [sp for sp in spans if _ENTRY.match(text, sp[0], sp[1])]
    for i, (start, end) in enumerate(top + wire + spans[-2:][::-1]):  # the bottom line first: the page's own stamp
        if len(entries) >= 2 and (start, end) in entries:
            continue
        para = text[start:end]
        if i >= len(top + wire) and _FOOTNOTES.match(para):
            continue  # a commentary's notes at its foot ("[8] Finnish Ministry of Defence, 15 May 2026"): their sources' days
        short = len(para) <= 120
        if 3 <= i < len(top):  # further down the header, only a line that is a date ("August 9, 2025 at 6:15 p.m.")
            lead = re.match(r"\s*(?:[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2},\s*|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s+)?",
                            para).end()  # "MOSCOW, …", "Sun 5 Apr 2026 06.00 BST"
            short = short and any(t.start in (start, start + lead) for t in timexes)  # "Tuesday, March 10, 2026 | …"
        opening = i <= 2 and re.search(r"\(|\s(?:--|[-–—])\s|^\s*[A-Z][A-Z .'-]+,|/\w|^\s*No[:.]\s*\d+,", para[:80]) \
            or bool(_WIRE_DATELINE.match(para))  # (a ministry's numbered release: "No: 214, 21 August 2026, Press …")
        for t in _issued_first(text, [t for t in timexes if start <= t.start < end]):
            day = _range_end(t, _full_day(t, year))
            before = _clause_around(text, t)[: t.start - _sentence_start(text, t.start)]
            if day and t.start - start > 3 and (_FUTURE.search(before) or _DEADLINE.search(before)):
                continue  # a headline's day looked ahead to ("Kazakhstan will host in Astana on 3 July …", "Guarantees
                # for Druzhba until 9 January")
            if day and (short or _BYLINE.match(para) or (opening and t.start - start < 40)):
                if not _WRITTEN_YEAR.search(t.text):
                    stamp = _stamp_below(text, top[i + 1:], timexes, year) if len(para.split()) >= 8 else None
                    if stamp is not None:
                        return stamp  # a standfirst's "The new date … is 5 March." above "17 February 2026 | 09:42"
                    day = _after_floor(_weekday_year(day, t.text, text[t.end: t.end + 400], latest), text)
                return Published(day, "day", None, t.text, "absolute", basis=_basis(t, basis))
    return None


def _stamp_below(text: str, spans: list[tuple[int, int]], timexes: list[Timex], year: int | None) -> Published | None:
    """A line of the header that opens with a day and its year ("17 February 2026 | 09:42"), below a sentence."""
    for start, end in spans:
        if end - start > 60:
            continue
        t = next((t for t in timexes if t.start == start and _WRITTEN_YEAR.search(t.text)), None)
        day = _full_day(t, year) if t is not None else None
        if day:
            return Published(day, "day", None, t.text, "absolute", basis="text")
    return None




def _issued_first(text: str, timexes: list[Timex]) -> list[Timex]:
    """A line's dates with those it says the page was published on first and those it was updated on last, each
    under the last such word before it on its line: "Last updated 7 October 2026, 08:00 | Published 6 October 2026"
    is the 6th. Otherwise in the order they stand."""
    def rank(t: Timex) -> int:
        line_start = text.rfind("\n", 0, t.start) + 1
        cues = [(m.end(), 0) for m in _ISSUED_CUE.finditer(text, line_start, t.start)] + \
               [(m.end(), 2) for m in _UPDATED_CUE.finditer(text, line_start, t.start)]
        return max(cues)[1] if cues else 1
    return sorted(timexes, key=rank)


_ISSUED_CUE = re.compile(rf"\b(?:{_ISSUED_WORDS}|first published|опубликовано|publié|publicado|veröffentlicht)\b",
                         re.IGNORECASE)
_UPDATED_CUE = re.compile(r"\b(?:updated|last\s+update|modified|edited|обновлено|mis\s+à\s+jour|aktualisiert|"
                          r"actualizado)\b", re.IGNORECASE)


_ENTRY = re.compile(r"\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?\s+[–—-]\s")


def _weekday_year(day: str, written: str, lead: str = "", latest: int | None = None) -> str:
    """A date without a year that gives its weekday ("Tuesday 19 May"), or a dateline whose story says what weekday
    it is ("BRUSSELS, Feb 20 – … failed on Friday"): the year, of the one the report names and the few after it (up
    to today, or to `latest`), else the one before it, in which that day fell on that weekday."""
    weekdays = "|".join(WEEKDAYS)
    own = re.search(rf"\b({weekdays})\b", written, re.IGNORECASE)
    m = own or re.search(rf"\b(?:on|this|late|early)\s+({weekdays})\b", lead, re.IGNORECASE)
    if not m:
        return day
    weekday = WEEKDAYS[m.group(1).casefold()] - 1  # ISO numbering, Monday 1
    d = dt.date.fromisoformat(day)
    if d.weekday() == weekday:
        return day
    limit = max(dt.date.today(), dt.date(latest, 12, 31) if latest else dt.date.min)
    for ahead in (1, 2, 3, -1) if own else (1, 2, 3):  # (the year before only for the date's own weekday)
        try:
            other = d.replace(year=d.year + ahead)
        except ValueError:
            return day
        if other > limit:
            continue
        if other.weekday() == weekday:
            return other.isoformat()
    return day


_WEEKDAY_DATE = re.compile(
    rf"\b(?P<wd>{'|'.join(WEEKDAYS)}),?\s+(?:the\s+)?(?:(?P<m1>{'|'.join(MONTHS)})\.?\s+(?P<d1>\d{{1,2}})(?!\d)"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{'|'.join(MONTHS)})\b)(?!,?\s+(?:19|20)\d\d)", re.IGNORECASE)
_SINCE_AGO = re.compile(r"\b(?:in\s+)?(?:(?P<month>[A-Z][a-z]+\.?)\s+)?(?P<year>(?:19|20)\d\d),?\s+(?:more than\s+|over\s+|"
                        r"nearly\s+|almost\s+|about\s+|some\s+)?(?P<n>a|one|two|three|\d+)\s+(?P<unit>years?|months?)\s+ago\b")


# "in 2025 the trade turnover fell", "In Istanbul in 2025, Moscow sent …": a whole year, bare ("in May 2025",
# "since 2025" and "in 2025-2026" are not), in a sentence told in the past
_BARE_YEAR = re.compile(r"\b[Ii]n\s+(?P<year>(?:19|20)\d\d)\b"
                        r"(?!\s*[-–/]|\s+(?:and|or|to)\s+(?:19|20)\d\d|\s+alone\b)")
_TOLD_PAST = re.compile(r"\b(?:was|were|had|fell|rose|grew|sent|held|met|took|made|came|went|saw|\w{3,}ed)\b")


# Russia's full-scale invasion of Ukraine, which a report may count its years from ("as the war entered its fifth
# year", "after four years of fighting"): a fact of the subject, not of any one report
_FULL_SCALE_WAR = dt.date(2022, 2, 24)
_WAR_WORD = r"(?:war|invasion|fighting|conflict|full-scale war)"
_COUNT = rf"(?P<n>\d+|{'|'.join(sorted(NUMBERS, key=len, reverse=True))})"
_ORDINAL = rf"(?P<nth>\d+(?:st|nd|rd|th)|{'|'.join(sorted(ORDINALS, key=len, reverse=True))})"
# "the war … entered its fifth year", "the invasion, now in its fourth year": its (n-1)th anniversary has passed
_WAR_NTH_YEAR = re.compile(rf"\b{_WAR_WORD}\b[^.;\n]{{0,80}}?\b(?:entered|entering|enters|is in|was in|now in|in)\s+"
                           rf"its\s+{_ORDINAL}\s+year\b", re.IGNORECASE)
# "in four years of fighting", "after more than three years of war": (not "nearly", "almost")
_WAR_YEARS = re.compile(rf"\b(?:in|after|over|more than|following)\s+(?:more than\s+)?{_COUNT}\s+years\s+of\s+"
                        rf"(?:(?:full-scale|all-out|open)\s+)?{_WAR_WORD}\b", re.IGNORECASE)
# "the fourth anniversary of the invasion"
_WAR_ANNIVERSARY = re.compile(rf"\b{_ORDINAL}\s+anniversary\s+of\s+(?:the\s+|Russia's\s+)?(?:full-scale\s+)?"
                              rf"(?:invasion|war)\b", re.IGNORECASE)
# "In September 2014 I sat in Minsk … Twelve years later, I hear the same word": the year named last before it
_YEARS_LATER = re.compile(rf"\b{_COUNT}\s+years\s+later\b", re.IGNORECASE)


def _number(word: str) -> int | None:
    word = word.lower()
    if word[:1].isdigit():
        return int(re.match(r"\d+", word).group())
    return NUMBERS.get(word) or ORDINALS.get(word)


@lru_cache(maxsize=8)  # the dateline, the relative day and the bounds of one report each ask
def _floor(text: str) -> dt.date | None:
    """The earliest a report can have been written, by what it says of how long ago a dated thing was: "the
    understandings reached in Anchorage in August 2025, more than a year ago", "the war entered its fifth year",
    "twelve years later" after a year named. A report that speaks of a whole year in the past ("in 2025 the trade
    turnover fell") was written in the second half of that year at the earliest: a year is told as done only once
    most of it has passed."""
    bounds: list[dt.date] = []
    for m in _SINCE_AGO.finditer(text):
        n = _number(m["n"])
        month = MONTHS.get((m["month"] or "").rstrip("."), 1)  # "in August 2025, …", a month the grammar knows, else January
        months = int(m["year"]) * 12 + month - 1 + (n * 12 if m["unit"].startswith("year") else n)
        bounds.append(dt.date(months // 12, months % 12 + 1, 1))
    for m in _BARE_YEAR.finditer(text):
        sentence = _sentence_around(text, m.start())
        if _FUTURE.search(sentence) or not _TOLD_PAST.search(sentence):
            continue
        bounds.append(dt.date(int(m["year"]), 7, 1))
    war_years = [(_number(m["nth"]) or 1) - 1 for m in _WAR_NTH_YEAR.finditer(text)]
    war_years += [_number(m["nth"]) or 0 for m in _WAR_ANNIVERSARY.finditer(text)]
    war_years += [_number(m["n"]) or 0 for m in _WAR_YEARS.finditer(text)]
    bounds += [_FULL_SCALE_WAR.replace(year=_FULL_SCALE_WAR.year + n) for n in war_years if 0 < n < 20]
    for m in _YEARS_LATER.finditer(text):
        named = re.findall(r"\b(?:19|20)\d\d\b", text[max(0, m.start() - 400): m.start()])
        n = _number(m["n"])
        if named and n and n < 100 and not _FUTURE.search(_sentence_around(text, m.start())):
            bounds.append(dt.date(int(named[-1]) + n, 1, 1))
    bounds = [b for b in bounds if b <= dt.date.today()]
    return max(bounds, default=None)


def _after_floor(day: str, text: str) -> str:
    """A dateline without a year in a report that tells how long ago something was (see `_floor`): the first year,
    from the one taken, in which the dateline falls after that floor."""
    d = dt.date.fromisoformat(day)
    floor = _floor(text)
    if floor is None or d >= floor:
        return day
    for ahead in (1, 2, 3):
        later = d.replace(year=d.year + ahead) if not (d.month == 2 and d.day == 29) else None
        if later is None or later > dt.date.today():
            break
        if later >= floor:
            return later.isoformat()
    return day


def report_year(text: str, office_year: int | None, latest: int | None = None) -> tuple[int | None, str]:
    """The year a report's dates without one are in, and its basis: the latest year the text names ("text"), or,
    when that is later or the text names none ("inferred"), the year its officials date it to (a report that names
    only a year of the past, "captured in Mariupol in 2022", beside officials who took office since, is of their
    time) or the year it tells it is at least in (`_floor`: "the war entered its fifth year")."""
    year = named_year(text, latest)
    floor = _floor(text)
    inferred = max((y for y in (office_year, floor and floor.year) if y), default=None)
    if inferred is not None and (year is None or inferred > year):
        return _weekdays_fit(text, inferred, latest), "inferred"
    named = _weekday_dates(text) if year is not None else []
    if named and not _fits(named, year) and _fits(named, year - 1):
        return year - 1, "inferred"  # the latest year named is one looked ahead to ("the budget for 2026") where
        # the days it names with their weekdays ("Sunday 31 August") were of the year before
    if named and not _fits(named, year):
        later = _weekdays_fit(text, year + 1, latest)
        if _fits(named, later):
            return later, "inferred"  # the latest year named is one looked back to ("under Russian control since
            # March 2022") where the days it names with their weekdays ("Friday, Oct. 23") fall in a later one
    return year, "text"


def _weekday_dates(text: str) -> list[tuple[int, int, int]]:
    """The days a text names with their weekday and no year ("on Wednesday, March 25"): (weekday, month, day)."""
    named = []
    for m in _WEEKDAY_DATE.finditer(text):
        month = MONTHS.get((m["m1"] or m["m2"]).title().rstrip("."))
        if month:
            named.append((WEEKDAYS[m["wd"].casefold()] - 1, month, int(m["d1"] or m["d2"])))
    return named


def _fits(named: list[tuple[int, int, int]], year: int) -> bool:
    """Whether every one of the days (see `_weekday_dates`) falls on its weekday in the year; False for none."""
    try:
        return bool(named) and all(dt.date(year, month, day).weekday() == weekday for weekday, month, day in named)
    except ValueError:
        return False


def _weekdays_fit(text: str, year: int, latest: int | None = None) -> int:
    """The first year from `year` (the earliest its officials allow) up to today in which every day the report
    names with its weekday and no year ("on Wednesday, March 25") falls on that weekday; `year` if none does."""
    named = _weekday_dates(text)
    return next((candidate for candidate in range(year, _ceiling(text, latest) + 1) if _fits(named, candidate)),
                year)


# "© 2027 NLPO", "Copyright 2027 …": the year the page was served in, so one that has begun
_COPYRIGHT = re.compile(r"(?:©|\(c\)|\bcopyright\b)[^\S\n]*(?:[^\d\n]{1,40}?[^\S\n])?(?:\d{4}\s*[-–]\s*)?(?P<y>(?:19|20)\d\d)\b",
                        re.IGNORECASE)  # (and "© ACP 2027 — Tous droits réservés")


def this_year(text: str) -> int:
    """The latest year a report can be written in: today's, or the year its page's copyright line shows where
    that is later (a page saved on a machine whose clock is behind, or one of an archive made later)."""
    return max(dt.date.today().year, copyright_year(text) or 0)


def copyright_year(text: str) -> int | None:
    """The latest year a page's copyright line shows ("© 2010–2027 …"), or None."""
    return max((int(m["y"]) for m in _COPYRIGHT.finditer(text)), default=None)


def _ceiling(text: str, latest: int | None) -> int:
    """The latest year the report can be of: see `this_year`, for its text and for its page (`latest`)."""
    return max(this_year(text), latest or 0)


@lru_cache(maxsize=8)
def named_year(text: str, latest: int | None = None) -> int | None:
    """The latest year the text names that has begun (a report is not written in "January 2027" it looks ahead
    to), or None."""
    years = [int(y) for y in re.findall(r"\b(19[5-9]\d|20\d\d)\b", text)]
    years = [y for y in years if y <= _ceiling(text, latest)]
    return max(years) if years else None


def _basis(t: Timex, basis: str) -> str:
    return "text" if _WRITTEN_YEAR.search(t.text) else basis


def _range_end(t: Timex, day: str | None) -> str | None:
    """A dateline that gives a span of days ("9–15 March 2026 | Issue No. 58") was written at its end."""
    last = re.match(r"\s*\d{1,2}\s*[–-]\s*(\d{1,2})\b(?!-\d)", t.text)  # ("05-11-2026" is one day)
    if day is None or last is None or int(last.group(1)) <= int(day[8:10]):
        return day
    try:
        return dt.date(int(day[:4]), int(day[5:7]), int(last.group(1))).isoformat()
    except ValueError:
        return day


def _full_day(t: Timex, year: int | None) -> str | None:
    """The day a dateline names; its year, when it gives none, is the latest the report names."""
    value = t.value or ""
    if year and not _WRITTEN_YEAR.search(t.text) and re.match(r"^(\d{4}|XXXX)-\d{2}-\d{2}$", value[:10]):
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


def inferred_published(text: str, timexes: list[Timex] | None = None, office_year: int | None = None,
                       latest: int | None = None) -> Published | None:
    """The earliest the report can have been written: the latest past date it mentions.

    Dates in sentences about the future ("the summit planned for December") are
    left out, since a report may look ahead of its own date. In a report that names
    no year, dates without one take `office_year` (see `dateline_published`).
    """
    timexes = find_timexes(text, None) if timexes is None else timexes
    # a date without a year is in the latest year the report names ("in February 2026 … on March 3"), else in the
    # year its officials date it to
    year, basis = report_year(text, office_year, latest)
    best: tuple[dt.date, Timex, bool] | None = None
    for t in timexes:
        if t.type not in ("DATE", "TIME") or not t.value:
            continue
        value = t.value
        if year and (value.startswith("XXXX-") or basis == "inferred" and re.match(r"\d{4}-\d\d-\d\d", value)
                     and not _WRITTEN_YEAR.search(t.text)):
            # a day without a year takes the report's; in a report whose officials or whose own words ("twelve
            # years later") date it after every year it names, also a day the grammar gave a year named earlier
            value = f"{year}{value[4:]}"
        if value != t.value and _DAY.match(value[:10]):
            value = _weekday_year(value[:10], t.text, latest=latest) + value[10:]  # "Tuesday 19 May": the year it was one
        m = _PERIOD.match(value[:10])
        if not m:
            continue
        if _FUTURE.search(_clause_around(text, t)):
            continue
        if not _WRITTEN_YEAR.search(t.text) and not m.group(3):
            continue  # a month named without its year ("before the elections in November") bounds nothing
        y, month, day = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
        try:
            start = dt.date(y, month, day)
        except ValueError:
            continue
        if start > dt.date.today() and (start.year == dt.date.today().year or start.year > _ceiling(text, latest)):
            continue  # no report is written after today (but one of a later year its page's copyright line shows is:
            # a machine whose clock is behind)
        if best is None or start > best[0] or start == best[0] and m.group(3) and not best[2]:
            best = (start, t, bool(m.group(3)))
    if best is None:
        return None
    start, t, has_day = best
    if not has_day:  # "in September 2026": on or after that month, no day to count from
        return Published(start.isoformat()[:7], "month", "ON_OR_AFTER", t.text, "absolute", basis="inferred")
    return Published(start.isoformat(), "day", "ON_OR_AFTER", t.text, "absolute", basis="inferred")


_DAY_OFFSETS = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}
_NAMED_DAY = re.compile(r"\b(?P<rel>today|tonight|tomorrow|yesterday)\s*(?:,|\(|\s[-–—])\s*", re.IGNORECASE)


def relative_published(text: str, timexes: list[Timex] | None = None, office_year: int | None = None,
                       latest: int | None = None) -> Published | None:
    """The day a report tells its own date by, naming a day relative to it: "was moved to tomorrow, 4 February"
    (written on 3 February), "yesterday (March 3)". Its year, when it gives none, as a dateline's."""
    timexes = find_timexes(text, None) if timexes is None else timexes
    starts = {t.start: t for t in timexes}
    year, basis = report_year(text, office_year, latest)
    for m in _NAMED_DAY.finditer(text):
        t = starts.get(m.end())
        day = t and _full_day(t, year)
        if not day:
            continue
        if not _WRITTEN_YEAR.search(t.text):
            day = _weekday_year(day, t.text, latest=latest)
        own = dt.date.fromisoformat(day) - dt.timedelta(days=_DAY_OFFSETS[m["rel"].lower()])
        if own.year > _ceiling(text, latest) or own > dt.date.today() and own.year == dt.date.today().year:
            continue  # (a day after today's of a later year its page's copyright line shows: a clock behind)
        return Published(own.isoformat(), "day", None, f"{m.group(0)}{t.text}", "absolute", basis=_basis(t, basis))
    return None


def commented_published(stamps: list[str], floor: dt.date | None = None) -> Published | None:
    """The day of a page's first reader comment, on a page that shows no date of its own ("4 hours ago" above
    "Ivan_P | 09.03.2027 17:41"): published that day or before, and not before `floor` (a day the text tells of)."""
    days = sorted(dt.date.fromisoformat(t.value[:10]) for line in stamps for t in find_timexes(line, None)
                  if t.type == "DATE" and t.value and re.fullmatch(r"\d{4}-\d\d-\d\d", t.value))
    if not days or floor is not None and days[0] < floor:
        return None
    return Published(days[0].isoformat(), "day", "ON_OR_BEFORE", None, "absolute", basis="inferred")


_STAMP_WEEKDAYS = {w.casefold(): int(day) for day, words in WORDS["stamp_weekdays"].items() for w in words}
# a page's stamp that gives only a weekday and a time: "Updated: Thursday 16:05", "Mi, 17:48", "jeu. 05:00"
_STAMP_LABELS = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(
    {"updated", "update", "published", "posted", *WORDS["day_first_stamp_words"]}, key=len, reverse=True))
_WEEKDAY_STAMP = re.compile(rf"\s*(?:(?:last\s+)?(?:{_STAMP_LABELS})\s*:?\s*)?(?P<wd>[^\W\d_]+)\.?,?"
                            r"\s+(?:at\s+|um\s+|om\s+|à\s+)?[0-2]?\d[:.h][0-5]\d(?:\s*(?:Uhr|[AaPp]\.?[Mm]\.?|[A-Z]{2,4}))?\s*",
                            re.IGNORECASE)


def weekday_stamped(raw_text: str, published: Published) -> Published:
    """A page stamped with a weekday alone ("Updated: Thursday 16:05") whose day the text bounds from below (an
    inferred ON_OR_AFTER day): the first such weekday from that day on."""
    if published.basis != "inferred" or published.mod != "ON_OR_AFTER" or len(published.value or "") < 10:
        return published
    floor = dt.date.fromisoformat(published.value[:10])
    for line in raw_text.splitlines()[:40]:
        m = _WEEKDAY_STAMP.fullmatch(line)
        day = _STAMP_WEEKDAYS.get(m["wd"].casefold()) if m else None
        if day:
            on = floor + dt.timedelta(days=(day - floor.isoweekday()) % 7)
            return Published(on.isoformat(), "day", None, line.strip(), "absolute", basis="inferred")
    return published


def _sentence_start(text: str, offset: int) -> int:
    return max(text.rfind(".", 0, offset), text.rfind("\n", 0, offset)) + 1


def _sentence_around(text: str, offset: int) -> str:
    left = _sentence_start(text, offset)
    right = min((i for i in (text.find(".", offset), text.find("\n", offset)) if i != -1), default=len(text))
    return text[left:right]


_REPORTED_WORDS = re.compile(r"\s(?:that|whether)\s|[\"“«:]")


def _clause_around(text: str, t: Timex) -> str:
    """The sentence of a date up to the words it reports: "Zelensky said on June 10 | that Ukraine will observe the
    moratorium" looks ahead in its reported words, not at its date."""
    left = _sentence_start(text, t.start)
    sentence = _sentence_around(text, t.start)
    cut = _REPORTED_WORDS.search(sentence, t.end - left)
    return sentence[: cut.start()] if cut else sentence


def unknown_published() -> Published:
    return Published(value=None, granularity="vague", basis="unknown")  # type: ignore[arg-type]


_SLASHED_DAY = re.compile(r"\s*(?P<a>\d{1,2})\s*([/.-])\s*(?P<b>\d{1,2})\s*\2\s*(?:\d\d){1,2}\b")


def day_first_stamp(published: Published, source_language: str | None) -> Published:
    """A page machine-translated from a language that writes a date's day first ("08/11/2026" on a page translated
    from Spanish is 8 November): its stamp read month first is turned round. English alone writes the month first;
    the languages that write the year first do not write "a/b/yyyy"."""
    m = _SLASHED_DAY.match(published.text or "")
    value = published.value or ""
    if m is None or source_language in (None, "en") or len(value) < 10:
        return published
    a, b = int(m["a"]), int(m["b"])
    if not (a <= 12 and b <= 12 and a != b) or (int(value[5:7]), int(value[8:10])) != (a, b):
        return published
    day = f"{value[:5]}{b:02d}-{a:02d}"
    return dataclasses.replace(published, value=day + value[10:])
