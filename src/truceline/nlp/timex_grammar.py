"""The time module's grammar: regular-expression rules and the resolvers that give them values.

Each `Rule` is a pattern (compiled once, at import) and a resolver that turns
a match into a `Resolved` TIMEX3 value, given the `Context` (timex_context)
that knows the anchor date, the tense of the clause, the years the text names
and the previous resolved date. Word lists live in data/timex.yaml.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from .timex_calendar import Point, duration, holiday, make, season
from .timex_context import WORDS, Context, Resolved, lookback, sentence_bounds

MONTHS: dict[str, int] = {**WORDS["months"], **WORDS["month_abbrevs"]}
FOREIGN_MONTHS: dict[str, int] = WORDS["foreign_months"]
_ORDINAL_DOT_MONTHS: dict[str, int] = WORDS["ordinal_dot_months"]
WEEKDAYS: dict[str, int] = WORDS["weekdays"]
SEASONS: dict[str, str] = WORDS["seasons"]
DAY_PARTS: dict[str, str] = WORDS["day_parts"]
NUMBERS: dict[str, int] = WORDS["numbers"]
ORDINALS: dict[str, int] = WORDS["ordinals"]
UNITS: dict[str, str] = WORDS["units"]
QUANTITY_MODS: dict[str, str] = WORDS["quantity_mods"]
OUTER_MODS: dict[str, str] = WORDS["outer_mods"]
PART_MODS: dict[str, str] = WORDS["part_mods"]
VAGUE: dict[str, str] = WORDS["vague"]
VAGUE_SPANS: dict[str, str] = WORDS["vague_spans"]
SETS: dict[str, str] = WORDS["sets"]


def _holiday_key(s: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"['’.]", "", s)).strip().lower()


HOLIDAYS: dict[str, str] = {_holiday_key(k): v for k, v in WORDS["holidays"].items()}
HOLIDAY_NOT_BEFORE = frozenset(WORDS["holiday_not_before"])


def _alt(words: list[str] | set[str] | dict) -> str:
    """A regex alternation, longest first, with inner spaces matching any whitespace."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def norm(s: str) -> str:
    return re.sub(r"[\s-]+", " ", s).strip().lower()


# ---------------------------------------------------------------- fragments
_MONTH_FULL = list(WORDS["months"])
_MONTH = (r"(?-i:(?:" + _alt(_MONTH_FULL + [m.upper() for m in _MONTH_FULL]) + r")(?!\w)"
          r"|(?:" + _alt(WORDS["month_abbrevs"]) + r")(?:\.|(?=\s*\d)(?!\w))"
          # a timeline's "OCT 7-8 - Third round", "SEPT. 22": set in capitals, before its day
          r"|(?:" + _alt([m.upper() for m in WORDS["month_abbrevs"]]) + r")\.?(?=\s*\d)(?!\w))")
# after a day's number an abbreviation needs no full stop: "12 Nov, 09:41"
_MONTH_AFTER_DAY = (rf"(?:{_MONTH}|(?-i:(?:" + _alt(WORDS["month_abbrevs"]) + r"))(?!\w)"
                    # a wire's dateline in capitals: "ROMA, 06 NOV - The premier …"
                    r"|(?-i:(?:" + _alt([m.upper() for m in WORDS["month_abbrevs"]]) + r"))(?=\s*[-–—(,])"
                    r"|(?:" + _alt(FOREIGN_MONTHS) + r")(?:\.(?=\s*\d)|(?!\w))"
                    # "20 mar 2026", "5 ene. 2026": any case, but only before a year
                    r"|(?:" + _alt(WORDS["abbrevs_before_year"]) + r")\.?(?=\s+(?:19|20)\d\d(?!\d)))"
                    # "do 15 apr, 21:14", "do 19 mrt · 05:00": also before a page stamp's time
                    r"|(?:" + _alt(WORDS["abbrevs_before_year"]) + r")\.?(?=(?:,|\s*[·|•])?\s+[0-2]?\d[:.][0-5]\d(?!\d))")
_WD = "(?:" + _alt(WEEKDAYS) + ")"
# (a scraped by-line may glue the year to the time: "June 15, 20266:04 AM GMT+2")
_YEAR_DIGITS = r"(?<![\w$£€#.,/])(?<!\d-)(?:1[89]\d\d|20\d\d)(?!(?!\d{1,2}:\d\d)[\w%]|[.,/]\d|-\d\d(?!\d))"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_SPELLED_YEAR = (rf"(?:nineteen[\s-]+(?:(?:{_TENS})(?:[\s-]+(?:{_ONES}))?|{_TEENS})"
                 rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{_TEENS}|twenty(?:[\s-]+(?:{_ONES}))?|{_ONES}))"
                 rf"|(?<=year\s)two\s+thousand)(?!\w)")
_YEAR = f"(?:{_YEAR_DIGITS}|{_SPELLED_YEAR})"
_OF_YEAR = r"\s+of\s+(?P<yrel>last|this|next)\s+year(?!\w)"  # "June 2 of last year"
_NUM_WORD = rf"(?:(?:{_TENS})(?:[\s-]+(?:{_ONES}))?|{_alt(NUMBERS)})"
_VAGUE_COUNT = _alt(WORDS["vague_counts"])
_NUM = (rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+,\d{{1,2}}(?![\d,])|\d+(?:\.\d+)?|(?:{_VAGUE_COUNT})(?!\w)|{_NUM_WORD}(?!\w))"
        r"(?:\s+and\s+a\s+half|\s+1/2|\s*½)?")
_UNIT = f"(?:{_alt(UNITS)})(?!\\w)"
_QMOD = (f"(?:{_alt(k for k in QUANTITY_MODS if k != 'over')})\\s+"
         rf"|over\s+(?=\d|(?:a|an|{_ONES}|{_TEENS}|{_TENS})\s)")
_NO_MOD_PARTS = ("earlier", "later", "earlier in", "later in", "sometime", "some time in")
_PMOD = "(?:" + "|".join(
    re.escape(k).replace(r"\ ", r"\s+") + (r"(?:-|\s+)" if k.endswith("mid") else r"\s+")
    for k in sorted([*PART_MODS, *_NO_MOD_PARTS], key=len, reverse=True)) + ")"
_ORD = _alt(ORDINALS)
_UNIT_ORDINALS = {k: v for k, v in ORDINALS.items() if v < 10}
DAY_ORDINALS: dict[str, int] = {k: v for k, v in ORDINALS.items() if v <= 20}
DAY_ORDINALS.update({f"{tens} {k}": base + v for tens, base in (("twenty", 20), ("thirty", 30))
                     for k, v in _UNIT_ORDINALS.items() if base + v <= 31})
DAY_ORDINALS.update({"twentieth": 20, "thirtieth": 30})
_DAY_ORD = "|".join(k.replace(" ", r"[\s-]") for k in sorted(DAY_ORDINALS, key=len, reverse=True))
_PREPOSITIONS = "in|on|at|through|since|for|to|and|or|until|from|by|over|during|as|than|with|about"
_APPROX = "around|about|approximately|roughly|circa"
_PUNCT_AHEAD = r"(?=\s*[,.;:!?)\"”]|\s*$)"
_HOLIDAY = "|".join(re.escape(k).replace(r"\ ", r"\s+").replace("'", "['’]?").replace(r"\.", r"\.?")
                    for k in sorted(WORDS["holidays"], key=len, reverse=True))


def _date(point: Point | None, anchor: str, mod: str | None = None, type_: str = "DATE") -> Resolved:
    if point is None:
        return Resolved(type_, None, mod, "day", anchor)
    return Resolved(type_, point.value(), mod, point.granularity, anchor, point)


def _vague(value: str) -> Resolved:
    return Resolved("DATE", value, None, "vague", "published")


# ---------------------------------------------------------------- small parsers
def month_of(s: str) -> int:
    s = s.rstrip(".").strip()
    return (MONTHS.get(s) or MONTHS.get(s.title()) or FOREIGN_MONTHS.get(s.lower())
            or WORDS["abbrevs_before_year"].get(s.lower()) or MONTHS[s[:3].title()])


def weekday_of(s: str) -> int:
    return WEEKDAYS[s.lower().rstrip("s") if s.lower().rstrip("s") in WEEKDAYS else s.lower()]


_SMALL = {w: i + 1 for i, w in enumerate(_ONES.split("|"))}
_SMALL.update({w: i + 10 for i, w in enumerate(_TEENS.split("|"))})
_SMALL.update({w: (i + 2) * 10 for i, w in enumerate(_TENS.split("|"))})


def year_of(s: str) -> int:
    """A year from digits or words ("nineteen ninety-six", "two thousand and one")."""
    s = norm(s)
    if s.isdigit():
        return int(s)
    words = s.replace(" and ", " ").split()
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(_SMALL.get(w, 0) for w in words[2:])
    return 1900 + sum(_SMALL.get(w, 0) for w in words[1:]) if words[0] == "nineteen" else int(s)


def number_of(s: str) -> float | None:
    """A count from digits or words; None for a vague one ("a few", "several")."""
    s = norm(s)
    half = 0.0
    for suffix in (" and a half", " 1/2", "½"):
        if s.endswith(suffix):
            s, half = s[: -len(suffix)].strip(), 0.5
    if s in (norm(v) for v in WORDS["vague_counts"]):
        return None
    if re.fullmatch(r"\d+,\d{1,2}", s):  # a decimal comma, as translated pages write it: "4,5 hours"
        return float(s.replace(",", ".")) + half
    if re.fullmatch(r"[\d,]+(\.\d+)?", s):
        return float(s.replace(",", "")) + half
    if s in NUMBERS:
        return NUMBERS[s] + half
    total = sum(_SMALL.get(w, 0) for w in s.split())
    return (total + half) if total else None


def unit_of(s: str) -> str:
    return UNITS[norm(s)]


def part_mod(m: re.Match, group: str = "pmod") -> str | None:
    raw = m.groupdict().get(group)
    if not raw:
        return None
    key = norm(raw)
    return PART_MODS.get(key)


def _with_part(point: Point, mod: str | None) -> tuple[Point, str | None]:
    """Halves become the period's H1/H2 for years; elsewhere a START/END mod."""
    if mod in ("H1", "H2"):
        if point.gran == "year":
            return make(point.day.replace(month=1 if mod == "H1" else 7), "half"), None
        return point, "START" if mod == "H1" else "END"
    return point, mod


_GRAN_OF_UNIT = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year", "DE": "decade",
                 "CE": "century"}
_COARSER = ["time", "day", "week", "month", "quarter", "half", "year", "decade", "century"]


def _coarsest(a: str, b: str) -> str:
    a = "quarter" if a == "season" else "week" if a == "weekend" else a
    return max(a, b, key=_COARSER.index)


def _offset(base: Point, n: float | None, unit: str, sign: int, gran: str | None = None) -> Point:
    """`base` moved n units, at `gran` (by default the base's own: "a year earlier" than a quarter
    is a quarter); a vague count ("a few days") gives the smallest period holding 2-6 units."""
    if n is not None:
        moved = base.shift(sign * round(n), unit)
        if gran is None:
            gran = "day" if moved.gran == "time" else moved.gran
        return make(moved.day, gran, moved.code if gran == moved.gran else None)
    gran = _coarsest(base.gran, _GRAN_OF_UNIT[unit])
    lo, hi = (base.shift(sign * k, unit).day for k in (2, 6))
    for g in _COARSER[_COARSER.index(gran):]:
        if make(lo, g) == make(hi, g):
            return make(lo, g)
    return make(lo, gran)


# ---------------------------------------------------------------- resolvers
Resolver = Callable[[re.Match, Context, int, int], "Resolved | None"]


def _absolute_day(y: int, mo: int, d: int) -> Resolved | None:
    try:
        return _date(Point(dt.date(y, mo, d), "day"), "absolute")
    except ValueError:
        return None


def r_iso(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    g = m.groupdict()
    res = _absolute_day(int(g["y"]), int(g["m"]), int(g["d"]))
    if res and g.get("hh"):
        p = Point(res.point.day, "time", f"{g['hh']}:{g['mi']}")
        return _date(p, "absolute", type_="TIME")
    return res


# The months of the Islamic (Hijri) calendar as Gulf agencies transliterate them, in order
_HIJRI_MONTHS = [
    r"muharram", r"safar", r"rabi[\s'’ʿ‘-]*(?:al|ul|el)?[\s-]*(?:awwal|aw+al|oula|ula)", r"rabi[\s'’ʿ‘-]*(?:al|ul|el|us)?[\s-]*(?:thani|akhir|akhar|a?th-thani)",
    r"juma?d(?:a|ah|i)[\s-]*(?:al|ul|el)?[\s-]*(?:awwal|aw+al|oula|ula)", r"juma?d(?:a|ah|i)[\s-]*(?:al|ul|el|ath|at)?[\s-]*(?:thani|akhir|akhirah|akhira|akhar|th-thaniyah)",
    r"rajab", r"sh[aa]['’ʿ‘]?ban", r"rama[dz]h?an", r"shaw+al", r"dh?[ue]?[\s'’ʿ‘-]*(?:al|l)[\s-]*q[ai]['’ʿ‘]?dah?", r"dh?[ue]?[\s'’ʿ‘-]*(?:al|l)[\s-]*hij+ah?",
]
_HIJRI_MONTH = "(?:" + "|".join(f"(?P<hm{i + 1}>{m})" for i, m in enumerate(_HIJRI_MONTHS)) + ")"


def r_hijri(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    """A day of the Islamic calendar (Umm al-Qura, as Saudi and Gulf agencies date their pages): "Thu 22 Jumada
    Al-Awwal 1447 H" is 13 November 2025."""
    from hijridate import Hijri  # (a small pure-Python table of the calendar)

    month = next(int(k[2:]) for k, v in m.groupdict().items() if k.startswith("hm") and v)
    try:
        day = Hijri(int(m["hy"]), month, int(m["hd"])).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return _absolute_day(day.year, day.month, day.day)


def r_dotted_no_year(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    d, mo = int(m["d"] or m["d2"]), int(m["m"] or m["m2"])
    if not 1 <= d <= 31:
        return None
    year, how = ctx.year_for(mo, d, start, end)
    return _day_of_year(year, mo, d, how, None)


def r_dotted(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    return _absolute_day(int(m["y"]), int(m["m"]), int(m["d"]))


_DAY_FIRST_SLASHED = re.compile(r"(?<![\d/])(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])/(?:\d\d){1,2}(?![\d/])")
# A page stamped in a language that writes the day first: its stamp words ("Atualizado", "Publié") or a clock set
# the European way ("19h42")
_DAY_FIRST_PAGE = re.compile(r"\b(?:" + "|".join(WORDS["day_first_stamp_words"]) + r")\b|(?<![\w:])[0-2]?\d[hH][0-5]\d\b",
                             re.IGNORECASE)


def _day_first(text: str, a: int, b: int) -> bool:
    """Whether "a/b/yyyy" (both could be months) is day first: the text writes another date so ("20/03/2026"),
    or names this day with its month ("ANKARA, June 8" beside "08/06/2026")."""
    if _DAY_FIRST_SLASHED.search(text) or _DAY_FIRST_PAGE.search(text):
        return True
    for m in re.finditer(rf"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<mon>{_MONTH})|(?P<mon2>{_MONTH})\s*(?P<d2>[0-3]?\d)(?!\d)", text):
        month, day = month_of(m["mon"] or m["mon2"]), int(m["d"] or m["d2"])
        if (month, day) == (b, a):
            return True
        if (month, day) == (a, b):
            return False
    return False


def r_slashed(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    a, b = int(m["a"]), int(m["b"])
    y = int(m["y"])
    if len(m["y"]) == 2:  # "Aired 09/13/26": this century's, unless that is still years ahead
        y += 2000 if 2000 + y <= dt.date.today().year + 1 else 1900
    if a > 12 or b <= 12 and a != b and (_day_first(ctx.text, a, b) or _ahead(y, a, b) and not _ahead(y, b, a)):
        mo, d = b, a  # (a page stamped "12/06/2026" before December is of 12 June)
    else:
        mo, d = a, b  # US order unless the first number cannot be a month, or the text says otherwise
    return _absolute_day(y, mo, d)


def _ahead(year: int, month: int, day: int) -> bool:
    """Whether the day is still to come: a written date read so cannot be a page's stamp or a thing told as done."""
    try:
        return dt.date(year, month, day) > dt.date.today()
    except ValueError:
        return False


def r_dashed(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    """"15-09-2026", "03-10-2026": the day first, as wherever dashes part the day, month and year."""
    a, b = int(m["a"]), int(m["b"])
    return _absolute_day(int(m["y"]), a, b) if b > 12 else _absolute_day(int(m["y"]), b, a)


def r_month_day(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    if m.groupdict().get("dw") or m.groupdict().get("dw2"):  # "March eighth", "the eighth of March"
        mo, d = month_of(m["mon"] or m["mon2"]), DAY_ORDINALS[norm(m["dw"] or m["dw2"])]
    else:  # "2–3 March": the first day of the two
        mo, d = month_of(m["mon"]), int(m.groupdict().get("d0") or m["d"])
        if m.groupdict().get("dot"):  # Croatian "14. listopada": October, not Polish November
            mo = _ORDINAL_DOT_MONTHS.get(m["mon"].lower(), mo)
    if not 1 <= d <= 31:
        return None
    mod = "APPROX" if m.groupdict().get("approx") else None
    if m["y"]:
        res = _absolute_day(year_of(m["y"]), mo, d)
        return replace(res, mod=mod) if res else None
    rel = norm(m.groupdict().get("mrel") or "")
    of_year = norm(m.groupdict().get("yrel") or "")
    if of_year and ctx.anchor is not None:  # "on June 2 of last year"
        year, how = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[of_year], "published"
    elif rel and ctx.anchor is not None:  # "last Oct. 23": the one before the anchor; "next March 3": the one after
        year, how = ctx.anchor.year, "published"
        if rel in ("last", "this past") and (mo, d) >= (ctx.anchor.month, ctx.anchor.day):
            year -= 1
        elif rel in ("next", "this coming") and (mo, d) <= (ctx.anchor.month, ctx.anchor.day):
            year += 1
    else:
        year, how = ctx.year_for(mo, d, start, end)
        if m.groupdict().get("wd") and year is not None:
            year = _weekday_year(year, mo, d, weekday_of(m["wd"]), ctx.anchor)
    return _day_of_year(year, mo, d, how, mod)


def r_weekday_figures(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    if m["mn"] is None:  # "last Friday (25)", "On Saturday (26)": a Brazilian paper's weekday with its day of month
        return _weekday_day_of_month(weekday_of(m["wd"]), int(m["d"]), ctx)
    mo, d = int(m["mn"]), int(m["d"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    year, how = ctx.year_for(mo, d, start, end)
    if year is not None:
        year = _weekday_year(year, mo, d, weekday_of(m["wd"]), ctx.anchor)
    return _day_of_year(year, mo, d, how, None)


def _weekday_day_of_month(weekday: int, d: int, ctx: Context) -> Resolved | None:
    """The day of month `d` that falls on the weekday (ISO, Monday 1) nearest the anchor; None without one (a year
    only guessed would pick another month's such day), or where no month around has such a day."""
    if ctx.anchor is None:
        return None
    base, how = ctx.anchor, "published"
    days = []
    for shift in range(-3, 3):
        y, mo = divmod(base.year * 12 + base.month - 1 + shift, 12)
        try:
            day = dt.date(y, mo + 1, d)
        except ValueError:
            continue
        if day.isoweekday() == weekday:
            days.append(day)
    if not days:
        return None
    return _date(Point(min(days, key=lambda day: abs((day - base).days)), "day"), how)


def _day_of_year(year: int | None, mo: int, d: int, how: str, mod: str | None) -> Resolved | None:
    """A day whose year was found apart, or left open ("XXXX-05-15") where none was."""
    if year is None:
        return Resolved("DATE", f"XXXX-{mo:02d}-{d:02d}", mod, "day", how)
    try:
        return _date(Point(dt.date(year, mo, d), "day"), how, mod)
    except ValueError:
        return None


def _weekday_year(year: int, mo: int, d: int, weekday: int, anchor: dt.date | None) -> int:
    """"Wednesday, October 29" with no year: keep the year chosen if that day is a Wednesday in it; else the
    nearest year to it (up to the anchor's next) in which it is."""
    def fits(y: int) -> bool:
        try:
            return dt.date(y, mo, d).isoweekday() == weekday
        except ValueError:
            return False
    if fits(year):
        return year
    limit = anchor.year + 1 if anchor else year + 6
    for y in sorted(range(year - 6, limit + 1), key=lambda y: (abs(y - (anchor.year if anchor else year)), -y)):
        if fits(y):
            return y
    return year


def r_month_year(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    mo = month_of(m["mon"])
    if m["y"]:
        point, how = make(dt.date(year_of(m["y"]), mo, 1), "month"), "absolute"
    else:
        rel = norm(m["rel"])
        if ctx.anchor is None:
            return _date(None, "published", part_mod(m))
        shift = {"this": 0, "last": -1, "next": 1, "the same": 0, "the following": 1, "the previous": -1}[rel]
        point, how = make(dt.date(ctx.anchor.year + shift, mo, 1), "month"), "published"
    point, mod = _with_part(point, part_mod(m))
    return _date(point, how, mod)


_BARE_MONTH_LEFT = re.compile(
    r"(?:\b(?:in|since|by|until|till|from|through|to|during|of|on|before|after|between|and|or|"
    r"early|late|mid|last|next|this|each|every|back|until|throughout|into)[\s-]+|-)$", re.I)


def r_month(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    mon = m["mon"]
    if (not m["rel"] and not m["pmod"] and mon.rstrip(".").title() in WORDS["ambiguous_months"]
            and not _BARE_MONTH_LEFT.search(ctx.text, max(0, start - 12), start)):
        return None
    mo = month_of(mon)
    mod = part_mod(m)
    rel = norm(m["rel"] or "")
    if rel and ctx.anchor is not None:
        a = ctx.anchor
        if rel in ("last", "this past", "the previous"):
            # "last February" in March is a year back: the month just gone is "last month"
            year = a.year if mo < a.month - (rel == "last") else a.year - 1
        elif rel in ("next", "this coming", "the following"):
            year = a.year if mo > a.month else a.year + 1
        else:
            year = a.year
        how = "published"
    else:
        year, how = ctx.year_for(mo, None, start, end)
    if year is None:
        return Resolved("DATE", f"XXXX-{mo:02d}", mod, "month", how)
    point, mod = _with_part(make(dt.date(year, mo, 1), "month"), mod)
    return _date(point, how, mod)


_WEEK_DAY = {"first": 4, "second": 11, "third": 18, "fourth": 25}  # a day inside that week of the month


def r_week_of_month(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    """ "the last week of May", "the first week of June 2026": the ISO week holding that part of the month."""
    mo = month_of(m["mon"])
    if m["y"]:
        year, how = year_of(m["y"]), "absolute"
    else:
        year, how = ctx.year_for(mo, None, start, end)
    if year is None:
        return Resolved("DATE", f"XXXX-{mo:02d}", None, "month", how)
    which = norm(m["wo"])
    if which in _WEEK_DAY:
        day = dt.date(year, mo, _WEEK_DAY[which])
    else:  # the last, the final
        day = (dt.date(year + mo // 12, mo % 12 + 1, 1) - dt.timedelta(days=4))
    return _date(Point(day, "week"), how)


def r_week_of_day(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    """ "the week of March 6": the ISO week holding that day."""
    mo, d = month_of(m["mon"] or m["mon2"]), int(m["d"] or m["d2"])
    year, how = (year_of(m["y"]), "absolute") if m["y"] else ctx.year_for(mo, d, start, end)
    if year is None:
        return Resolved("DATE", f"XXXX-{mo:02d}", None, "month", how)
    try:
        return _date(Point(dt.date(year, mo, d), "week"), how)
    except ValueError:
        return None


def r_day_ordinal(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    """ "on the 21st", "on the nineteenth": the day of the month last named, else of the anchor's month."""
    d = DAY_ORDINALS[norm(m["dw"])] if m.groupdict().get("dw") else int(m["d"])
    if m.groupdict().get("mrel"):  # "the 1st of next month": the anchor's month, or the one after or before it
        if ctx.anchor is None:
            return Resolved("DATE", None, None, "day", "published")
        shift = {"next": 1, "the following": 1, "last": -1, "the previous": -1}.get(norm(m["mrel"]), 0)
        month = Point(ctx.anchor.replace(day=1), "month").shift(shift, "M").day
        try:
            return _date(Point(month.replace(day=d), "day"), "published")
        except ValueError:
            return None
    base = ctx.prev if ctx.prev is not None and ctx.prev.gran in ("day", "month") else None
    how = "previous"
    told = next((p for p in reversed(ctx.days) if p.day.day == d), None)
    if told is not None and ctx.tense(start, end) == "past":
        base = told  # "Two days later [March 21] … the exchange on the 21st was the fifth": the day already told of
    if base is None and ctx.anchor is not None:
        base, how = Point(ctx.anchor, "day"), "published"
        if d > ctx.anchor.day and ctx.tense(start, end) == "past":
            base = base.shift(-1, "M")
    if base is None:
        return Resolved("DATE", None, None, "day", how)
    try:
        day = base.day.replace(day=d)
    except ValueError:
        return None
    if told is None and ctx.anchor is not None and day > ctx.anchor and ctx.tense(start, end) == "past":
        # "February 3, 2026. … began on the 21st": a day told in the past after the anchor is last month's
        day = Point(day, "day").shift(-1, "M").day
    return _date(Point(day, "day"), how)


_HOLIDAY_NOT_AFTER = re.compile(r"(?:lunar|chinese|orthodox|jewish|persian|iranian|vietnamese|tet)\s+$", re.I)


def r_holiday(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    """ "Christmas", "Thanksgiving Day", "last Easter": the day the holiday falls on, its year found
    like a year-less date's ("Christmas" in a report of December 28 is the Christmas just gone)."""
    if not any(ch.isupper() for ch in m["hol"]):
        return None  # "a prayer of thanksgiving"
    after = re.match(r"[\s-]+([a-z]+)", ctx.text[end:end + 20].lower())
    if after and after.group(1) in HOLIDAY_NOT_BEFORE or _HOLIDAY_NOT_AFTER.search(ctx.text, max(0, start - 12), start):
        return None  # "Christmas Island", "the Good Friday agreement", "Orthodox Christmas"
    rule_ = HOLIDAYS[_holiday_key(m["hol"])]
    rel = norm(m["hrel"] or "")
    if m["hy"]:
        year, how = year_of(m["hy"]), "absolute"
    elif ctx.anchor is None:
        year, how = ctx.context_year(start), "previous"
        if year is None:
            value = f"XXXX-{rule_}" if re.fullmatch(r"\d\d-\d\d", rule_) else None
            return Resolved("DATE", value, None, "day", how)
    else:
        a, how = ctx.anchor, "published"
        this = holiday(a.year, rule_)
        if rel in ("last", "this past"):
            year = a.year if this < a else a.year - 1
        elif rel in ("next", "this coming"):
            year = a.year if this > a else a.year + 1
        elif rel == "this":
            year = a.year
        else:
            year, how = ctx.year_for(this.month, this.day, start, end)
    return _date(Point(holiday(year, rule_), "day"), how)


def r_year(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    y = year_of(m["y"])
    if not m["pmod"] and not m["fiscal"] and _not_a_year(ctx.text, m.start("y"), m.end("y")):
        return None
    point, mod = _with_part(make(dt.date(y, 1, 1), "year"), part_mod(m))
    if m["open"]:
        mod = "ON_OR_BEFORE" if m["open"].strip().endswith("earlier") else "ON_OR_AFTER"
    return _date(point, "absolute", mod)


_COUNTED_NOUN = re.compile(
    r"\s+(?!and\b|or\b|to\b|in\b|when\b|with\b|after\b|before\b|as\b|is\b|was\b|were\b|has\b|had\b|"
    r"will\b|would\b|at\b|on\b|for\b|of\b|but\b|the\b|that\b|which\b|it\b|he\b|she\b|they\b|we\b|"
    r"a\b|an\b|by\b|from\b|through\b|than\b|until\b)[a-z]+s\b")


def _not_a_year(text: str, start: int, end: int) -> bool:
    """A four-digit number that counts something ("2000 troops") rather than naming a year."""
    if _COUNTED_NOUN.match(text, end):
        return not re.search(r"\b(?:in|since|by|of|from|until|during|the|fiscal)\s+$", text[max(0, start - 12):start])
    return bool(re.match(r"\s*(?:-|to)\s*\d{4}\s+[a-z]+s\b", text[end:end + 20]))


_NOT_DECADE_LEFT = re.compile(r"\b(?:temperatures?|highs?|lows?|degrees|prices?|scores?|percent|rates?|ages?|aged|"
                              r"polls?|ratings?|trading|traded|stood|fell|rose)\b[^.;]{0,12}$", re.I)


def r_decade(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    if (not m["dec"] and m.group().lower().startswith("the")
            and _NOT_DECADE_LEFT.search(ctx.text, max(0, start - 30), start)):
        return None  # "temperatures in the 90s"
    if m["dec"]:
        y = int(m["dec"])
    else:
        y = 1900 + int(m["dec2"])
    return _date(make(dt.date(y, 1, 1), "decade"), "absolute", part_mod(m))


_DECADE_WORDS = {w: 10 * (i + 1) for i, w in enumerate(
    "tens twenties thirties forties fifties sixties seventies eighties nineties".split())}


def r_decade_word(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    century = 2000 if "thousand" in m.group().lower() else 1900
    y = century + _DECADE_WORDS[m["dw"].lower()]
    return _date(make(dt.date(y, 1, 1), "decade"), "absolute", part_mod(m))


def r_century(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    o = m["ord"].lower()
    n = int(re.match(r"\d+", o).group()) if o[0].isdigit() else ORDINALS.get(o)
    if not n:
        return None
    return _date(make(dt.date((n - 1) * 100 or 1, 1, 1), "century"), "absolute", part_mod(m))


def _anchor_point(ctx: Context, gran: str) -> Point | None:
    return make(ctx.anchor, gran) if ctx.anchor is not None else None


def _quarter_year(ctx: Context, q: int, start: int, end: int) -> tuple[int | None, str]:
    if ctx.anchor is None:
        return ctx.context_year(start), "previous"
    a = ctx.anchor
    aq = (a.month - 1) // 3 + 1
    year = a.year
    if q > aq and ctx.tense(start, end) == "past":
        year -= 1
    return year, "published"


def r_quarter(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    g = m.groupdict()
    qord = norm(g["qord"])
    q = 4 if qord == "final" else ORDINALS.get(qord) or int(qord[0])
    how = "absolute"
    rel = norm(g.get("qrel") or g.get("qrel2") or "")
    if g.get("qy") or g.get("qy2"):
        year = year_of(g.get("qy") or g.get("qy2"))
    elif rel.startswith(("this year", "last year", "next year")) or rel in ("this", "last", "next"):
        if ctx.anchor is None:
            return Resolved("DATE", None, None, "quarter", "published")
        year = ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[rel.split()[0]]
        how = "published"
    else:
        year, how = _quarter_year(ctx, q, start, end)
        if year is None:
            return Resolved("DATE", f"XXXX-Q{q}", None, "quarter", how)
        if rel in ("year ago", "year earlier", "comparable year ago"):
            year -= 1
    res = _date(Point(dt.date(year, 3 * q - 2, 1), "quarter"), how)
    if re.search(r"\w-quarter\b", m.group(), re.I):
        res = replace(res, start=_after_the(m))
    return lookback(res) if rel in ("year ago", "year earlier", "comparable year ago") else res


def r_quarter_code(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    q = int(m["qn"] or m["qn2"])
    y = m["qy"] or m["qy3"]
    if y:
        return _date(Point(dt.date(year_of(y), 3 * q - 2, 1), "quarter"), "absolute")
    year, how = _quarter_year(ctx, q, start, end)
    if year is None:
        return Resolved("DATE", f"XXXX-Q{q}", None, "quarter", how)
    return _date(Point(dt.date(year, 3 * q - 2, 1), "quarter"), how)


def _recent_quarter(ctx: Context) -> tuple[Point | None, str]:
    """The quarter a report is about: the one in view (Context.quarter_in_view), else the last one completed."""
    if ctx.quarter_in_view() is not None:
        return ctx.quarter_in_view(), "previous"
    if ctx.anchor is None:
        return None, "published"
    return make(ctx.anchor, "quarter").shift(-1, "Q"), "published"


def r_quarter_ref(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    adj = norm(m["qadj"] or "").removeprefix("comparable ")
    det = norm(m["qdet"])
    if adj in ("current", "coming", "next") or (det == "this" and not adj):
        base, how = _anchor_point(ctx, "quarter"), "published"
        if base is not None and adj in ("coming", "next"):
            base = base.shift(1, "Q")
    elif adj in ("previous", "past", "last", "prior"):
        base, how = _anchor_point(ctx, "quarter"), "published"
        base = base.shift(-1, "Q") if base else None
    else:
        base, how = _recent_quarter(ctx)
    if base is None:
        return _date(None, how)
    if m["qyear"]:
        return _date(Point(base.day.replace(year=int(m["qyear"])), "quarter"), how)
    if adj in ("year ago", "year earlier") or m["yago"] or det == "last year's":
        return lookback(_date(base.shift(-1, "Y"), how))
    return _date(base, how)


def r_period(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    """ "the latest period", "the year-ago period": the quarter the report is about (or a year before)."""
    adj = norm(m["padj"] or "")
    if ctx.quarter_in_view() is None:
        if m["py"]:
            return _date(make(dt.date(year_of(m["py"]), 1, 1), "year"), "absolute")
        if m["pl"] and ctx.anchor is not None:
            return lookback(_date(make(ctx.anchor, "year").shift(-1, "Y"), "published"))
        return None
    base, how = ctx.quarter_in_view(), "previous"
    if m["py"]:
        return _date(Point(base.day.replace(year=year_of(m["py"])), "quarter"), how)
    if adj in ("year ago", "year earlier") or m["pl"]:
        return lookback(_date(base.shift(-1, "Y"), how))
    return _date(base, how)


# A season named bare counts after a preposition and before punctuation or a function word ("in summer,").
_SEASON_LEFT = re.compile(r"\b(?:in|during|since|until|till|through|throughout|by|before|after|over)\s+$", re.I)
_SEASON_RIGHT = re.compile(r"(?:\s*[,.;:!?)\"”]|\s*$|\s+(?:and|or|when|as|to|the|in|at|on|for|with|but|this|last|next|"
                           r"because|while|after|before|until)\b)")


def r_season(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    rel = norm(m["srel"] or "")
    name = m["season"].lower()
    if not rel and not m["sy"] and not (_SEASON_LEFT.search(ctx.text, max(0, start - 12), start)
                                         and _SEASON_RIGHT.match(ctx.text, end) and name != "fall"):
        return None
    if name == "fall" and rel not in ("this", "last", "next", "this past", "this coming", "early", "late") and not m["sy"]:
        return None
    code = SEASONS[name]
    mod = {"early": "START", "the early": "START", "late": "END", "the late": "END", "mid": "MID"}.get(rel)
    if m["sy"]:
        return _date(season(year_of(m["sy"]), code), "absolute", mod)
    if ctx.anchor is None:
        year = ctx.context_year(start)
        return _date(season(year, code) if year else None, "previous", mod)
    a = ctx.anchor
    start_month = season(a.year, code).day.month
    year = a.year
    if rel in ("last", "this past"):  # the last one over: in August, "last summer" is the year before's
        year = a.year if start_month + 3 <= a.month else a.year - 1
    elif rel in ("the", "") and ctx.tense(start, end) == "past":
        year = a.year if start_month < a.month else a.year - 1
    elif rel in ("next", "this coming"):
        year = a.year if start_month > a.month else a.year + 1
    return _date(season(year, code), "published", mod)


_UNIT_WORD = {"week": "W", "weekend": "W", "month": "M", "year": "Y", "fiscal year": "Y", "decade": "DE",
              "century": "CE", "quarter": "Q", "day": "D"}


def _weekend(ctx: Context, shift: int, start: int, end: int) -> Point | None:
    if ctx.anchor is None:
        return None
    week = make(ctx.anchor, "weekend")
    tense = ctx.tense(start, end)
    if shift == 0 and ctx.anchor.weekday() < 5 and (tense == "past" or tense is None and ctx.anchor.weekday() < 2):
        shift = -1  # "met this weekend", told on a weekday: the one just gone; "the swap happens this weekend", told
        # on a Wednesday, and a bare "this weekend" late in the week: the one ahead
    return week.shift(shift, "W")


# A comparison with a figure of the past: "compared with a loss of $3 million last year", "up from last year's".
_COMPARISON_LEFT = re.compile(r"\b(?:compared\s+with|compared\s+to|from|than|versus|against)\b[^.;:!?]{0,50}$", re.I)


def _compares_quarters(ctx: Context, start: int) -> bool:
    """Whether "last year" compares a quarter's figures with the same quarter of the year before."""
    return ctx.quarter_in_view() is not None and bool(_COMPARISON_LEFT.search(ctx.text, max(0, start - 60), start))


def r_rel_period(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    rel = norm(m["rel"])
    unit_word = norm(m["unit"])
    unit = _UNIT_WORD[unit_word]
    mod = part_mod(m)
    if rel == "the" and unit_word in ("week", "month") and not m["pmod"]:
        base = ctx.prev if ctx.prev is not None and ctx.prev.gran in ("day", "time", "week") else None
        if base is None:
            return _date(_anchor_point(ctx, _GRAN_OF_UNIT[unit]), "published")
        return _date(make(base.day, _GRAN_OF_UNIT[unit]), "previous")
    if rel == "the" and unit_word not in ("year", "weekend", "fiscal year") and not m["pmod"]:
        return None
    if rel == "the" and unit == "Y" and re.match(r"\s+(?:ended|ending|ends|to\s+date)\b", ctx.text[end:end + 12]):
        return Resolved("DURATION", "P1Y", None, "year")
    shift = {"this": 0, "the": 0, "the current": 0, "current": 0, "this current": 0, "last": -1, "the past": -1,
             "the last": -1, "this past": -1, "the latest": -1, "next": 1, "the coming": 1, "this coming": 1,
             "the next": 1, "the full": 0}[rel]
    if unit_word == "weekend":
        return _date(_weekend(ctx, shift, start, end), "published", mod)
    if rel == "last" and unit == "Y" and not mod and _compares_quarters(ctx, start):
        return lookback(_date(ctx.quarter_in_view().shift(-1, "Y"), "previous"))
    gran = _GRAN_OF_UNIT[unit]
    if ctx.anchor is None:
        if unit == "Y" and shift == 0 and ctx.context_year(start) is not None and rel == "the":
            return _date(make(dt.date(ctx.context_year(start), 1, 1), "year"), "previous", mod)
        return _date(None, "published", mod)
    if unit in ("DE", "CE") and rel in ("the past", "the last"):
        shift = 0  # "the past decade" is the decade we are in
    point = make(ctx.anchor, gran).shift(shift, unit)
    point, mod = _with_part(point, mod)
    return _date(point, "published", mod or ("APPROX" if m["orso"] else None))


def r_period_end(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    unit = _UNIT_WORD[m["pe"].lower()]
    gran = _GRAN_OF_UNIT[unit]
    if m["approx"] and unit == "Y" and ctx.anchor is not None:  # "around year end": December, roughly
        return _date(Point(dt.date(ctx.anchor.year, 12, 1), "month"), "published", "APPROX")
    shift = {"last": -1, "next": 1}.get((m["pdet"] or "").lower(), 0)
    if ctx.anchor is None:
        year = ctx.context_year(start)
        if gran == "year" and year:
            return _date(make(dt.date(year, 1, 1), "year"), "previous", "END")
        return _date(None, "published", "END")
    return _date(make(ctx.anchor, gran).shift(shift, unit), "published", "END")


def r_day_rel(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    dr = norm(m["dr"])
    shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
             "the day after tomorrow": 2, "this": 0, "last": -1, "overnight": -1}[dr]
    # "overnight" in a report is the night just ended, the night of the day before (TimeBank: DCT-1 TNI)
    part = m["dp"].lower() if m["dp"] else ("night" if dr in ("tonight", "last", "overnight") else None)
    if ctx.anchor is None:
        return Resolved("TIME" if part else "DATE", None, None, "time" if part else "day", "published")
    day = ctx.anchor + dt.timedelta(days=shift)
    if part:
        return _date(Point(day, "time", DAY_PARTS[part]), "published", type_="TIME")
    pm = norm(m["pm"] or "")
    return _date(Point(day, "day"), "published", {"early": "START", "late": "END"}.get(pm))


def r_day_part(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    """ "in the morning", "by mid afternoon": a part of the day last named, else of the anchor day."""
    if ctx.prev is not None and ctx.prev.gran in ("day", "time"):
        day, how = ctx.prev.day, "previous"
    elif ctx.anchor is not None:
        day, how = ctx.anchor, "published"
    else:
        return Resolved("TIME", None, None, "time", "previous")
    mod = {"early": "START", "late": "END", "mid": "MID"}.get(norm(m["pm"] or ""))
    return _date(Point(day, "time", DAY_PARTS[m["dp"].lower()]), how, mod, "TIME")


# "until 9 a.m. Tuesday", "as soon as Tuesday": a limit that lies ahead unless the clause is told in the past
# "the meeting, which was planned for Tuesday, has been postponed", "a second session planned for Thursday was
# cancelled": the day it was set for, still ahead when it is put off
# a day an event was set for, told beside its postponement or cancellation: "which was planned for Monday, was
# postponed", "had been expected on Thursday, has been put back", "pencilled in for Thursday night, was called off"
_FIRST_SET_FOR = re.compile(r"\b(?:planned|scheduled|set|slated|due|pencil+ed\s+in|expected)\s+(?:earlier\s+)?"
                            r"(?:for|on)\s+$", re.IGNORECASE)
_CALLED_OFF = re.compile(r"\b(?:postpon\w+|put\s+(?:off|back)|pushed\s+back|called\s+off|cancell?\w+|delayed|"
                         r"scrapped|(?:will|would|did)\s+not\s+take\s+place|won't\s+take\s+place|moved\s+to)\b",
                         re.IGNORECASE)
_SET_FOR = re.compile(r"\b(?:planned|scheduled|set|slated|due|pencil+ed\s+in)\s+for\s+(?:next\s+)?$", re.IGNORECASE)
_DEADLINE_BEFORE = re.compile(r"\b(?:until|till|by|as soon as|as early as|no later than)\s+(?:[\d:.]+\s*[ap]\.?m\.?\s+"
                              r"(?:[A-Z]{3}\s+)?)?$", re.IGNORECASE)


_NIGHT_OF = re.compile(r"\bnight\s+(?:of|from)\s+$", re.IGNORECASE)
_NIGHT_TO = re.compile(rf"\s+(?:to|into|until|till)\s+(?:the\s+)?{_WD}(?!\w)", re.IGNORECASE)


def r_weekday(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    wd = weekday_of(m["wd"])
    rel = norm(m["wrel"] or "")
    if not rel and re.search(r"\bgood\s+$", ctx.text[max(0, start - 6):start], re.I):
        return None  # "the Good Friday agreement": a name (the holiday rule takes the date)
    if _NIGHT_OF.search(ctx.text, max(0, start - 16), start) and _NIGHT_TO.match(ctx.text, end):
        return None  # "in the night of Saturday to Sunday": the night is told by the day it ends on
    part = m["dp"].lower() if m["dp"] else None
    if m["pl"] or m["dpl"]:
        return Resolved("SET", f"XXXX-WXX-{wd}" + (f"T{DAY_PARTS[part]}" if part else ""), None, "week")
    if rel in ("the previous", "the following", "the next", "the same"):
        base, how = ctx.previous("D")
    elif ctx.anchor is not None:
        base, how = Point(ctx.anchor, "day"), "published"
    else:
        base, how = None, "published"
    if base is None:
        return Resolved("TIME" if part else "DATE", f"XXXX-WXX-{wd}", None, "day", how)
    delta = wd - base.day.isoweekday()
    week = m["wk"] or m["wkp"]
    joined = _WEEK_JOINED.search(ctx.text, max(0, start - 40), start)
    week = week or (joined and joined["wk"])  # "last week Monday and Tuesday": the Tuesday of that week too
    if week and not rel:  # "on Tuesday of last week", "Friday next week", "last week Monday": that week's day
        delta += {"last": -7, "next": 7, "this": 0}[week.lower()]
    elif rel in ("last", "this past", "the previous"):
        delta = delta if delta < 0 else delta - 7
    elif rel in ("next", "this coming", "coming", "the following", "the next"):
        delta = delta if delta > 0 else delta + 7
    elif delta != 0 and how == "published" and _FIRST_SET_FOR.search(ctx.text, max(0, start - 40), start) \
            and _CALLED_OFF.search(ctx.text, *sentence_bounds(ctx.text, start, end)):
        # the weekday an event was set for ("the exchange, which was planned for Monday, was postponed", "a visit
        # pencilled in for Thursday was called off"): told around that day, so the nearest such day, past or ahead
        # (ahead up to four days: "planned for Tuesday" told on a Friday is the Tuesday to come)
        delta = delta % 7 if delta % 7 <= 4 else delta % 7 - 7
    elif delta != 0:
        future = ctx.tense(start, end) == "future" or (
            _DEADLINE_BEFORE.search(ctx.text, max(0, start - 24), start) is not None
            and ctx.tense(start, end) != "past") or ctx.put_off_to(start) \
            or _SET_FOR.search(ctx.text, max(0, start - 24), start) is not None
        if future and delta < 0:
            delta += 7
        elif not future and delta > 0:
            delta -= 7
    day = base.day + dt.timedelta(days=delta)
    if part:
        code = DAY_PARTS[part]
        return _date(Point(day, "time", code), how, type_="TIME")
    return _date(Point(day, "day"), how, {"early": "START", "late": "END"}.get(rel))


_WEEK_JOINED = re.compile(rf"\b(?P<wk>last|next|this)\s+week(?:'s)?\s+{_WD}\s+(?:and|or|to|through|[-–])\s+$",
                          re.IGNORECASE)


def r_clock(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    """A clock time, on the day last named in the text, else the anchor day."""
    if m["np"]:
        return None  # "noon"/"midnight" alone; they count joined to a day (see timex._join_clock)
    return clock_on(m, ctx.day_in_paragraph(start), ctx)


def clock_time(m: re.Match) -> str | None:
    if m["np"]:
        return DAY_PARTS[m["np"].lower()]
    if m["h24"]:
        h, mi = int(m["h24"]), int(m["mi24"])
    elif m["mil"]:  # "0730 GMT", "1800 hours"
        h, mi = int(m["mil"]), int(m["mimil"])
    else:
        h, mi = int(m["h"]), int(m["mi"] or 0)
        if not 1 <= h <= 12:
            return None
        pm = m["ap"].lower().startswith("p")
        h = (h % 12) + (12 if pm else 0)
    if h > 24 or mi > 59:
        return None
    return f"{h:02d}:{mi:02d}"


def clock_on(m: re.Match, day: Point | None, ctx: Context, how: str = "previous") -> Resolved | None:
    t = clock_time(m)
    if t is None:
        return None
    mod = "APPROX" if m["approx"] else None
    if day is None:
        if ctx.anchor is None:
            return Resolved("TIME", f"XXXX-XX-XXT{t}", mod, "time", "published")
        day, how = Point(ctx.anchor, "day"), "published"
    return _date(Point(day.day, "time", t), how, mod, "TIME")


def r_ago(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    n = number_of(m["n"])
    unit = unit_of(m["unit"])
    if unit in ("H", "MIN", "S", "FN"):
        return None
    direction = norm(m["dir"])
    mod = QUANTITY_MODS.get(norm(m["qmod"] or ""))
    mod = {"LESS_THAN": "APPROX", "MORE_THAN": "APPROX"}.get(mod, mod)
    sign = -1 if direction in ("ago", "earlier", "before", "prior") else 1
    if direction in ("ago", "hence", "from now"):
        if n is None:
            return _vague("PAST_REF" if sign < 0 else "FUTURE_REF")
        if unit == "Y" and n == 1 and ctx.quarter_in_view() is not None:
            return lookback(_date(ctx.quarter_in_view().shift(-1, "Y"), "previous", mod))
        if ctx.anchor is None:
            return _date(None, "published", mod)
        res = _date(_offset(Point(ctx.anchor, "day"), n, unit, sign, _GRAN_OF_UNIT[unit]), "published", mod)
    else:
        base, how = ctx.previous(unit)
        if unit == "Y" and ctx.quarter_in_view() is not None:
            base = ctx.quarter_in_view()
        if base is None:
            return _date(None, how, mod)
        res = _date(_offset(base, n, unit, sign), how, mod)
    return lookback(res) if sign < 0 else res


def r_anaphoric(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    """ "the next day", "the following week", "that year": relative to the previous date."""
    an = norm(m["an"])
    unit_word = m["unit"].lower()
    part = unit_word if unit_word in ("morning", "afternoon", "evening", "night") else None
    unit = "D" if part else _UNIT_WORD[unit_word]
    base, how = ctx.previous(unit)
    if base is None:
        return _date(None, how, part_mod(m))
    shift = {"the next": 1, "the following": 1, "the previous": -1, "the preceding": -1, "the prior": -1,
             "the same": 0, "the very same": 0, "that": 0, "that same": 0, "that very same": 0}[an]
    if unit_word == "weekend":
        return _date(make(base.day, "weekend").shift(shift, "W"), how, part_mod(m))
    point = make(base.shift(shift, unit).day, _coarsest(base.gran, _GRAN_OF_UNIT[unit]))
    if part:
        return _date(Point(point.day, "time", DAY_PARTS[part]), how, type_="TIME")
    point, mod = _with_part(point, part_mod(m))
    return _date(point, how, mod)


def r_day_before(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    """ "had spoken with Putin the day before", "a meeting the week after": one unit from the previous date."""
    word = m["unit"].lower()
    part = word if word in ("morning", "evening", "night") else None
    unit = "D" if part else _UNIT_WORD[word]
    base, how = ctx.previous(unit)
    if base is None:
        return _date(None, how)
    shift = 1 if m["dir"].lower() == "after" else -1
    point = make(base.shift(shift, unit).day, _coarsest(base.gran, _GRAN_OF_UNIT[unit]))
    if part:  # "the evening before": that part of the day before
        return _date(Point(point.day, "time", DAY_PARTS[part]), how, type_="TIME")
    return _date(point, how)


def r_same_day(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    base, how = ctx.previous("D")
    return _date(Point(base.day, "day") if base else None, how)


# What stands before "a year" when it is a rate ("$2 million a year", "700 seats a week"), not a duration.
_RATE_LEFT = re.compile(r"(?:\d|%|\b(?:percent|million|billion|trillion|cents?|dollars?|euros?|rubles?|"
                        r"hryvnias?|[a-z]+[^s\W]s))\s+$", re.I)


_MODAL_LEFT = re.compile(r"\b(?:will|would|could|may|might|can|shall|should|must|'ll)\s+(?:\w+ly\s+)?$", re.I)


def r_duration(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    unit = unit_of(m["unit"])
    n = number_of(m["n"])
    raw_n = norm(m["n"])
    if raw_n in ("a", "an") and m.start("x") == m.start("n") and _RATE_LEFT.search(ctx.text, max(0, start - 20), start):
        return None  # rates are left out, as TimeBank leaves them
    if (raw_n == "one" and unit == "D" and m["x"].lower() == "one day"
            and _MODAL_LEFT.search(ctx.text, max(0, start - 16), start)):
        return _vague("FUTURE_REF")  # "Islam will one day be ..."
    if raw_n in ("some", "many") and unit in ("D", "H") or raw_n in ("a", "an") and unit == "S":
        return None  # "some days" is vague talk, "a second" an ordinal
    if unit == "Q" and re.match(r"\s+of\b", ctx.text[end:end + 4]) and (raw_n in ("a", "an", "one", "three")
                                                                        or re.search(r"\w-quarter", m["x"])):
        return None  # "three-quarters of its food" is a fraction
    if n is not None and m.groupdict().get("half"):
        n += 0.5
    mod = QUANTITY_MODS.get(norm(m["qmod"] or "")) or OUTER_MODS.get(norm(m["outer"] or "")) \
        or ("APPROX" if m["orso"] else None)
    if m["n2"]:
        mod = mod or "EQUAL_OR_MORE"
    if n is not None and n > 1 and not m["unit"].lower().endswith("s") and "-" not in m.group("x") \
            and not re.match(r"\s+[a-z]", ctx.text[end:end + 3]):
        return None  # "3 day" standing alone is rarely a duration
    gran = {"S": "time", "MIN": "time", "H": "time", "D": "day", "W": "week", "FN": "week", "M": "month",
            "Q": "quarter", "Y": "year", "DE": "year", "CE": "year"}[unit]
    adjectival = not m["unit"].lower().endswith("s") and (n or 0) > 1 or re.search(r"\w-\w", m["x"])
    return Resolved("DURATION", duration(n, unit), mod, gran, start=_after_the(m, "x") if adjectival else None)


def _after_the(m: re.Match, group: str | int = 0) -> int | None:
    """Where the extent starts without a leading "the": TimeML leaves it off adjectives ("the 30-day rate")."""
    lead = re.match(r"the\s+", m.group(group), re.I)
    return m.start(group) + lead.end() if lead else None


def r_bare_plural(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    unit = unit_of(m["x"])
    return Resolved("DURATION", duration(None, unit), None, _GRAN_OF_UNIT.get(unit, "day")
                    if unit in _GRAN_OF_UNIT else "time")


# Words after which a vague word is no time expression: "soon after the talks", "the future of Ukraine".
_VAGUE_NOT_BEFORE = {"soon": ("as", "after", "before", "afterwards"), "shortly": ("after", "before", "afterwards"),
                     "the future": ("of",), "now": ("and then",)}


def r_vague(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    key = norm(m.group("x") if m.groupdict().get("x") else m.group())
    after = ctx.text[end:end + 12].lower().split()
    if after and any(" ".join(after).startswith(w) for w in _VAGUE_NOT_BEFORE.get(key, ())):
        return None
    if key == "soon" and ctx.tense(start, end) == "past":
        return None  # "the trickle soon became a flood": how quickly, in the past, not a time ahead
    value = VAGUE.get(key) or VAGUE_SPANS.get(key) or {"current": "PRESENT_REF", "recent": "PAST_REF", "future": "FUTURE_REF",
                               "the moment": "PRESENT_REF", "present": "PRESENT_REF"}[key]
    if value.startswith("P") and not value.endswith("_REF"):  # "recent months": a duration of unknown length
        return Resolved("DURATION", value, None, _GRAN_OF_UNIT.get(value[-1], "day"))
    return _vague(value)


# A figure shortly before an adverb of frequency, in the same clause: the adverb makes it a rate.
_QUANTITY_LEFT = re.compile(r"(?:\d|%|\bpercent\b)[^,.;:!?\d]{0,30}$|\d[\d,.]*\s+[a-z]+\s+$", re.I)


def r_set(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    g = m.groupdict()
    if g.get("adv"):
        if _QUANTITY_LEFT.search(ctx.text, max(0, start - 40), start):
            return None  # "rise 8.5% annually", "10,000 units annually": a rate, left out like "$2 million a year"
        if g["adv"][0].isupper() and re.search(r"\b[A-Z][\w.&'’-]*\s+$", ctx.text[max(0, start - 30):start]):
            return None  # "told Bosphorus Daily", "the Kyiv Weekly": a paper's name
        return Resolved("SET", SETS[g["adv"].lower()], None, "vague")
    if g.get("wd"):
        return Resolved("SET", f"XXXX-WXX-{weekday_of(g['wd'])}", None, "week")
    if g.get("mon"):
        return Resolved("SET", f"XXXX-{month_of(g['mon']):02d}", None, "month")
    unit = unit_of(g.get("unit") or g.get("unit2"))
    n = number_of(g["n"]) if g.get("n") else 1
    if g.get("every") and g["every"].lower().startswith("every") and "other" in g["every"].lower():
        n = (n or 1) * 2
    return Resolved("SET", duration(n, unit), None, "vague")


def r_year_adj(m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    """ "year-ago", "year-earlier" before a noun: the quarter in view a year back, else last year."""
    if ctx.prev is not None and ctx.prev.gran in ("quarter", "half"):
        return lookback(_date((ctx.quarter_in_view() or ctx.prev).shift(-1, "Y"), "previous"))
    point = _anchor_point(ctx, "year")
    return lookback(_date(point.shift(-1, "Y") if point else None, "published"))


# ---------------------------------------------------------------- rules
@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    resolve: Resolver


def _rule(name: str, pattern: str, resolve: Resolver) -> Rule:
    return Rule(name, re.compile(r"(?<![\w'])" + pattern, re.I), resolve)


_VAGUE_KEYS = list(VAGUE)
_DAY_REFS = ("the day before yesterday", "the day after tomorrow", "today", "yesterday", "tomorrow", "tonight",
             "overnight")

RULES: list[Rule] = [
    _rule("iso", r"(?P<y>(?:1[89]|20)\d\d)(?P<sep>[-/])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)"
                 r"(?:[T\s](?P<hh>[0-2]\d):(?P<mi>[0-5]\d))?(?![\w-]|\.\d)", r_iso),
    _rule("dotted", r"(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:1[89]|20)\d\d)(?!\d)", r_dotted),
    _rule("hijri", rf"(?P<hd>[0-3]?\d)\s+{_HIJRI_MONTH}\s*,?\s+(?P<hy>1[345]\d\d)(?:\s*(?:AH|A\.H\.|H\.?|هـ)(?!\w))?", r_hijri),
    # the month first, as some agencies' English datelines set it: "Riyadh, Jumada Al-Awwal 16, 1448, October 27, 2026"
    _rule("hijri_month_first", rf"{_HIJRI_MONTH}\s+(?P<hd>[0-3]?\d),?\s+(?P<hy>1[345]\d\d)(?:\s*(?:AH|A\.H\.|H\.?|هـ)(?!\w))?",
          r_hijri),
    # a day and month in figures without the year, as Central European pages write them: "06.10. 12:30", "on 15.05"
    # (only where a line starts or after "on", "from", "until", "since": "shares closed at 12.05." is a price)
    _rule("dotted_no_year", r"(?:(?<![\s\S])|(?<=\n)|(?<=\bon\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\bsince\s))"
                            r"(?:(?P<d>[0-3]\d)\.(?P<m>0[1-9]|1[0-2])\.(?!\d)|(?P<d2>[0-3]\d)\.(?P<m2>0[1-9]|1[0-2])"
                            r"(?![.,]?\d))(?!\s*(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|KST|JST|hrs?\b|h\b|Uhr\b))",
          r_dotted_no_year),  # (but "15.10 GMT" opening a live page's entry is a time of day)
    # a page stamp's day and month in figures after its stamp word, day first: "Publié le 03/03 à 21h47",
    # "Mis à jour le 04/03 à 08h05", "Publicado el 12/05 - 10:30"
    _rule("slashed_stamp_no_year", r"(?:(?<=publié\sle\s)|(?<=mis\sà\sjour\sle\s)|(?<=publicado\sel\s)|"
                                   r"(?<=actualizado\sel\s)|(?<=publicado\sem\s)|(?<=atualizado\sem\s)|"
                                   r"(?<=pubblicato\sil\s)|(?<=aggiornato\sil\s)|(?<=veröffentlicht\sam\s)|"
                                   r"(?<=aktualisiert\sam\s))"
                                   r"(?P<d>[0-3]?\d)/(?P<m>[01]?\d)(?![/\d])", r_dotted_no_year),
    # Czech and Slovak dates set with spaces: "8. 7. 2026"
    _rule("dotted_spaced", r"(?<![\d.])(?P<d>[0-3]?\d)\.\s(?P<m>[01]?\d)\.\s(?P<y>(?:1[89]|20)\d\d)(?!\d)", r_dotted),
    # the Hungarian order in figures, year first: "2025. 09. 10. szerda, 14:32", "2025.09.10."
    _rule("year_first_dotted", r"(?<![\d.])(?P<y>(?:19|20)\d\d)\.\s?(?P<m>0[1-9]|1[0-2])\.\s?(?P<d>0[1-9]|[12]\d|3[01])\.(?!\d)",
          r_dotted),
    # the Hungarian order, year first: "2026. October 7., Wednesday"
    _rule("year_month_day", rf"(?<!\d)(?P<y>(?:1[89]|20)\d\d)\.\s+(?P<mon>{_alt(_MONTH_FULL + list(FOREIGN_MONTHS))})\s+"
                            r"(?P<d>[0-3]?\d)\.", r_month_day),
    # Japanese, Chinese and Korean date lines: "2026年10月6日", "2026년 10월 6일"
    _rule("cjk", r"(?P<y>(?:19|20)\d\d)\s*[年년]\s*(?P<m>[01]?\d)\s*[月월]\s*(?P<d>[0-3]?\d)\s*[日일]", r_iso),
    _rule("slashed", r"(?<![/\d])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:1[89]|20)\d\d|\d\d)(?![\d/])", r_slashed),
    _rule("dashed", r"(?<![\w-])(?P<a>[0-3]?\d)-(?P<b>[0-3]?\d)-(?P<y>(?:19|20)\d\d)(?![\w-])", r_dashed),
    # "Friday (27/2)": a weekday with its day and month in figures, day first, as Greek and other papers write it
    _rule("weekday_figures", rf"(?P<wd>{_WD}),?\s+\((?P<d>[0-3]?\d)(?:[/.](?P<mn>[01]?\d)\.?)?\)", r_weekday_figures),
    _rule("month_day", rf"(?:(?P<approx>{_APPROX})\s+)?(?:(?P<mrel>last|next|this\s+past|this\s+coming)\s+)?"
                       rf"(?:(?P<wd>{_WD}),?\s+)?(?P<mon>{_MONTH})\s*(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
                       rf"(?!\d|:\d|,\d{{3}}|\s*(?:%|percent|per\s+cent))"
                       rf"(?:\s*[–-]\s*(?P<d2>[0-3]?\d)(?!\d|:\d)(?=,?\s+{_YEAR}))?"  # "January 23-24, 2026": the first day
                       rf"(?:,?\s+(?P<y>{_YEAR})|{_OF_YEAR})?", r_month_day),
    _rule("day_month", rf"(?<![$£€.,])(?:(?P<approx>{_APPROX})\s+)?(?:(?P<wd>{_WD}),?\s+)?(?:the\s+)?(?:(?P<d0>[0-3]?\d)\.?\s*[–-]\s*)?(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|(?P<dot>\.))?\s+(?:of\s+|de\s+)?"
                       rf"(?P<mon>{_MONTH_AFTER_DAY})(?(dot)(?!\.?\s+[0-3]?\d(?!\d)))(?:(?:,?\s+|\s+de\s+)(?P<y>{_YEAR})|{_OF_YEAR})?", r_month_day),
    _rule("week_of_month", rf"(?:the\s+)?(?P<wo>first|second|third|fourth|last|final)\s+week\s+(?:of|in)\s+"
                           rf"(?P<mon>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?(?!\w)", r_week_of_month),
    _rule("week_of_day", rf"(?:the\s+)?week\s+of\s+(?:(?P<mon>{_MONTH})\s+(?P<d>[0-3]?\d)|(?P<d2>[0-3]?\d)\s+(?P<mon2>{_MONTH}))"
                         rf"(?![\d\w])(?:,?\s+(?P<y>{_YEAR}))?", r_week_of_day),
    _rule("month_day_word", rf"(?:(?P<wd>{_WD}),?\s+)?(?:(?P<mon>{_MONTH})\s+(?:the\s+)?(?P<dw>{_DAY_ORD})"
                            rf"|the\s+(?P<dw2>{_DAY_ORD})\s+of\s+(?P<mon2>{_MONTH}))(?![\w-])"
                            r"(?!\s+(?:quarter|half|place|time|round|term|largest|biggest|straight|consecutive)\b)"
                            rf"(?:,?\s+(?P<y>{_YEAR}))?", r_month_day),
    _rule("month_year", rf"(?:(?P<pmod>{_PMOD}))?(?P<mon>{_MONTH}),?\s+(?:of\s+)?"
                        rf"(?:(?P<y>{_YEAR})|(?P<rel>this|last|next|the\s+same|the\s+following|the\s+previous)\s+year)",
          r_month_year),
    _rule("month", rf"(?:(?P<rel>last|next|this\s+past|this\s+coming|this|the\s+following|the\s+previous)\s+)?"
                   rf"(?:(?P<pmod>{_PMOD}))?(?P<mon>{_MONTH})", r_month),
    _rule("holiday", rf"(?:(?P<hrel>last|next|this\s+past|this\s+coming|this)\s+)?(?P<hol>{_HOLIDAY})(?!\w)"
                     rf"(?:,?\s+(?:of\s+)?(?P<hy>{_YEAR}))?", r_holiday),
    _rule("day_ordinal", r"(?<=on\s)the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)(?!\s+(?:of|century|anniversary)|\w)",
          r_day_ordinal),
    # "completed by the 21st", "from the night of the 18th to the morning of the 19th of this month": a day told
    # after other words, where nothing but punctuation, another day or its month follows ("by the 5th place" is none)
    _rule("day_ordinal_more", r"(?:(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bsince\s)|(?<=\bfrom\s)|(?<=\bto\s)"
                              r"|(?<=\bnight\sof\s)|(?<=\bmorning\sof\s)|(?<=\bevening\sof\s)|(?<=\bafternoon\sof\s)"
                              r"|(?<=\bon\s))the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)"
                              r"(?:\s+of\s+(?P<mrel>this|last|next|the\s+previous|the\s+following)\s+month(?!\w)"
                              r"|(?=\s*[,.;:)]|\s+(?:to|and|through|until)\b|\s*$))", r_day_ordinal),
    # "agreed in Istanbul on the past day 9", "on the day 14": a day of the month told as Portuguese, Spanish and
    # Italian papers tell it ("no passado dia 9"), in translation
    _rule("day_numbered", r"(?:(?<=\bon\s)the\s+(?:(?:past|last)\s+)?|\bthe\s+(?:past|last)\s+)day\s+(?P<d>[0-3]?\d)"
                          r"(?![\d:]|[.,]\d|\s*(?:%|of\b|[-–]|(?:st|nd|rd|th)\b))", r_day_ordinal),
    # "on the night of the 3rd it used missiles": a day a part of it is told of, whatever follows
    _rule("day_part_ordinal", r"(?:(?<=\bnight\sof\s)|(?<=\bmorning\sof\s)|(?<=\bevening\sof\s)|(?<=\bafternoon\sof\s))"
                              r"the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)(?!\s+(?:of|century|anniversary)\b|\w)", r_day_ordinal),
    # "the Sumy substation on the nineteenth", "on the night of the twenty first": a day told in words, where no
    # noun follows ("on the third round" is no date)
    _rule("day_ordinal_word", rf"(?<=\bon\s)(?:the\s+night\s+of\s+)?the\s+(?P<dw>{_DAY_ORD})(?=\s*[,.;:)]|\s*$)",
          r_day_ordinal),
    _rule("year", rf"(?:(?P<pmod>{_PMOD}))?(?:(?P<fiscal>fiscal(?:\s+year)?|FY|the\s+year)\s*)?(?P<y>{_YEAR})"
                  r"(?P<open>\s+(?:and\s+beyond|or\s+later|and\s+later|or\s+earlier|and\s+earlier)(?!\w))?",
          r_year),
    _rule("decade", rf"(?:the\s+)?(?:(?P<pmod>{_PMOD}))?(?:(?P<dec>(?:1[89]|20)\d0)'?s|'(?P<dec2>\d0)s)(?!\w)",
          r_decade),
    _rule("decade_short", rf"the\s+(?:(?P<pmod>{_PMOD}))?(?P<dec>(?!))?(?P<dec2>[2-9]0)s(?![\w'’-])", r_decade),
    _rule("decade_word", rf"(?:the\s+(?:(?P<pmod>{_PMOD}))?(?:(?P<cent>nineteen|two\s+thousand)[\s-]+)?"
                         rf"|(?:nineteen|two\s+thousand)[\s-]+)(?P<dw>{'|'.join(_DECADE_WORDS)})(?!\w)", r_decade_word),
    _rule("century", rf"(?:the\s+)?(?:(?P<pmod>{_PMOD}))?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{_ORD})[\s-]+century(?!\w)",
          r_century),
    _rule("quarter", rf"(?:the\s+)?(?:(?P<qrel>this\s+year's|last\s+year's|next\s+year's|(?P<qy>{_YEAR})(?:'s)?"
                     r"|year[\s-]ago|year[\s-]earlier|comparable\s+year-ago|comparable|same|current|latest)\s+)?"
                     r"(?:fiscal[\s-]+)?(?P<qord>first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]+"
                     r"(?:fiscal[\s-]+)?quarter(?!s|ly)(?!\w)"
                     rf"(?:\s+of\s+(?:(?P<qy2>{_YEAR})|(?P<qrel2>this|last|next)\s+year|the\s+(?:current\s+|fiscal\s+)?year))?",
          r_quarter),
    _rule("quarter_code", rf"(?-i:Q(?P<qn>[1-4]))(?:\s+(?P<qy>{_YEAR}))?(?!\w)|(?P<qy3>{_YEAR})\s+(?-i:Q(?P<qn2>[1-4]))(?!\w)",
          r_quarter_code),
    _rule("quarter_ref", r"(?P<qdet>the|this|that|last\s+year's|this\s+year's)\s+(?:(?P<qadj>latest|current|previous|"
                         r"past|same|comparable|(?:comparable\s+)?year[\s-]ago|(?:comparable\s+)?year[\s-]earlier|"
                         rf"recent|most\s+recent|last|prior|next|coming|(?P<qyear>{_YEAR_DIGITS}))\s+)?"
                         r"quarter(?!s|ly)(?!\w)(?P<yago>\s+a\s+year\s+(?:ago|earlier))?", r_quarter_ref),
    _rule("period", rf"(?:the\s+)?(?:(?P<padj>latest|year[\s-]ago|year[\s-]earlier|comparable|same|corresponding|"
                    rf"(?P<py>{_YEAR_DIGITS}))\s+)period(?:\s+(?:of\s+)?(?P<pl>last|a)\s+year)?(?!\w)", r_period),
    _rule("season", rf"(?:(?P<srel>this\s+past|this\s+coming|this|last|next|the\s+early|the\s+late|the|early|late|mid)"
                    rf"[\s-]+)?(?P<season>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?P<sy>{_YEAR}))?(?!\w)",
          r_season),
    _rule("rel_period", rf"(?:(?P<pmod>{_PMOD}))?(?P<rel>this\s+past|this\s+coming|this\s+current|this|last|next|"
                        r"the\s+past|the\s+last|the\s+coming|the\s+current|the\s+latest|the\s+next|the\s+full|the|"
                        r"current)\s+"
                        r"(?P<unit>weekend|week|month|fiscal\s+year|year|decade|century)(?![\w-])"
                        r"(?P<orso>\s+or\s+so(?!\w))?", r_rel_period),
    _rule("period_end", rf"(?:(?P<approx>{_APPROX})\s+)?(?:(?P<pdet>the|this|last|next)\s+)?(?P<pe>year|month|quarter)"
                        r"(?:[\s-]|'s\s+)end(?!\w)", r_period_end),
    _rule("day_rel", rf"(?:(?P<pm>early|late|earlier|later)\s+)?(?P<dr>{_alt(_DAY_REFS)})"
                     r"(?:\s+(?P<dp>morning|afternoon|evening|night))?(?!\w)", r_day_rel),
    _rule("day_part", r"(?:(?P<pm>early|late|earlier|later)\s+)?(?P<dr>this|last)\s+"
                      r"(?P<dp>morning|afternoon|evening|night)(?!\w)", r_day_rel),
    _rule("day_part_the", r"(?:in|by|during|until|till|through|from|after|before|on)\s+"
                          r"(?P<x>(?:the\s+)?(?:(?P<pm>early|late|mid)[\s-]+)?(?P<dp>morning|afternoon|evening))(?!\w)"
                          r"(?!\s+of\s)", r_day_part),  # ("on the evening of 19 January" is that day's)
    _rule("same_day", r"(?:earlier|later)\s+(?:in|on)\s+(?P<x>the\s+day|that\s+day)(?!\w)", r_same_day),
    _rule("weekday", rf"(?:(?P<wrel>last|next|this\s+coming|this\s+past|this|coming|the\s+previous|the\s+following|"
                     rf"the\s+next|the\s+same|early|late|earlier|later)\s+|(?P<wkp>last|next|this)\s+week(?:'s)?\s+)?"
                     rf"(?P<wd>{_WD})(?P<pl>s)?(?!\w)"
                     r"(?:\s+(?P<dp>morning|afternoon|evening|night)(?P<dpl>s)?(?!\w))?"
                     r"(?:,?\s+(?:of\s+)?(?P<wk>last|next|this)\s+week(?!\w))?", r_weekday),
    _rule("clock", r"(?:(?P<approx>around|about|approximately|roughly)\s+)?(?:(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))?"
                   r"\s*(?P<ap>[ap]\.\s?m\.|[ap]m(?!\w))|(?P<h24>[0-2]?\d):(?P<mi24>[0-5]\d)(?!\d)(?:\s+hours)?"
                   r"|(?<![\d,.])(?P<mil>[01]\d|2[0-3])(?P<mimil>[0-5]\d)"
                   r"(?:\s+hours(?!\w)(?!\s+of\b)|(?=\s+(?-i:GMT|UTC)(?!\w)))"
                   r"|(?P<np>noon|midnight)(?!\w))"
                   r"(?:\s+(?P<tz>(?-i:[A-Z]{2,4})(?!\w)|(?:Moscow|Kyiv|Kiev|local|Washington)\s+time))?", r_clock),
    _rule("ago", rf"(?:(?P<qmod>{_QMOD}))?(?P<n>{_NUM})[\s-]+(?P<unit>{_UNIT})(?:\s+or\s+so)?\s+"
                 rf"(?P<dir>ago|earlier|later|afterwards?|hence|from\s+now|(?:before|after|prior){_PUNCT_AHEAD})(?!\w)",
          r_ago),
    _rule("day_before", r"the\s+(?P<unit>day|morning|evening|night|week|month|year)\s+(?P<dir>before|after|earlier)"
                        r"(?=\s*[,.;:!?)\"”]|\s*$|\s+(?:and|but|when|while|as)\b)", r_day_before),
    _rule("anaphoric", rf"(?:(?P<pmod>{_PMOD}))?(?P<an>the\s+next|the\s+following|the\s+previous|the\s+preceding|"
                       r"the\s+same|the\s+very\s+same|the\s+prior|that(?:\s+(?:very\s+)?same)?)\s+(?P<unit>day|morning|afternoon|evening|night|weekend|week|"
                       r"month|year)(?![\w-])", r_anaphoric),
    _rule("duration", rf"(?:(?P<outer>{_alt(OUTER_MODS)})\s+)?(?P<x>(?:(?P<qmod>{_QMOD}))?"
                      r"(?:(?:the|each\s+of\s+the|a\s+further|another|an\s+additional|a\s+full|the\s+full)\s+)?"
                      r"(?:(?:past|last|next|first|coming|previous|latest|following|final|initial|remaining|other|"
                      r"additional|further|full)\s+)?"
                      rf"(?P<n>{_NUM})(?:\s*(?:to|or|-|–)\s*(?P<n2>{_NUM}))?(?:\s+more)?[\s-]+(?P<unit>{_UNIT})"
                      r"(?P<half>\s+and\s+a\s+half)?(?P<orso>\s+or\s+so(?!\w))?)(?![\w-]|\s+old(?!\w)|'s\s+time)",
          r_duration),
    _rule("bare_plural", r"(?:for|within|over|after|lasting|take|takes|took|spent|spend|in)\s+"
                         r"(?P<x>days|weeks|months|years|decades|centuries)(?!\s+(?:of|ago|later|earlier|old)\b)(?!\w)",
          r_bare_plural),
    _rule("vague", rf"(?P<x>{_alt(_VAGUE_KEYS)})(?!\w)", r_vague),
    _rule("vague_adj", r"(?<!\ba\s)(?P<x>current|recent)(?=\s+[a-z])"
                       rf"(?!\s+(?:account|affairs|events|is|was|looks|of|{_PREPOSITIONS})\b)", r_vague),
    _rule("vague_at", r"(?:at|for)\s+(?P<x>present|the\s+moment)(?!\w)", r_vague),
    _rule("vague_span", rf"(?:over|for|in|after|during|throughout)\s+(?P<x>{_alt(VAGUE_SPANS)})(?!\w)", r_vague),
    _rule("set", rf"(?P<every>every\s+other|every|each)\s+(?:(?P<n>{_NUM})\s+)?"
                 rf"(?:(?P<unit>{_UNIT})|(?P<wd>{_WD})(?!\w)|(?P<mon>{_MONTH}))", r_set),
    _rule("set_freq", rf"(?:once|twice|thrice|(?:{_NUM})\s+times)\s+(?:a|an|per|each|every)\s+(?P<unit2>{_UNIT})",
          r_set),
    _rule("set_adv", rf"(?P<adv>{_alt(SETS)})(?!\w)", r_set),
    _rule("year_adj", r"year[\s-](?:ago|earlier)(?=\s+[a-z])", r_year_adj),
]

RULE_RANK = {rule.name: i for i, rule in enumerate(RULES)}


@cache
def rule(name: str) -> Rule:
    return RULES[RULE_RANK[name]]


def named_year(r: Rule, m: re.Match, text: str) -> int | None:
    """The year a match names outright ("May 2025", "2025-07-23"): context for year-less dates."""
    g = m.groupdict()
    for key in ("y", "qy", "qy2", "qy3", "sy", "py", "hy"):
        if g.get(key):
            if r.name == "year" and key == "y" and not g["pmod"] and not g["fiscal"] \
                    and _not_a_year(text, m.start("y"), m.end("y")):
                return None
            return year_of(g[key])
    return None
