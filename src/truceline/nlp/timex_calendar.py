"""Calendar points and their TIMEX3 values, for the time module.

A `Point` is a period of the calendar (a day, an ISO week, a month, a quarter,
a year …) held as its first day plus a granularity, so that shifting ("three
months ago") and formatting (``2025-08``) stay apart from the grammar.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, replace

# Our granularities -> the record's coarser vocabulary (record.Granularity).
RECORD_GRANULARITY = {
    "time": "time", "day": "day", "week": "week", "weekend": "week", "month": "month",
    "quarter": "quarter", "season": "quarter", "half": "year", "year": "year",
    "decade": "year", "century": "year",
}
# How fine each granularity is (finer first); a shift by a unit needs a point at least this fine.
GRANULARITY_RANK = {"time": 0, "day": 1, "week": 2, "weekend": 2, "month": 3, "quarter": 4, "season": 4,
         "half": 5, "year": 6, "decade": 7, "century": 8}
_UNIT_RANK = {"D": 1, "W": 2, "M": 3, "Q": 4, "Y": 6, "DE": 7, "CE": 8}
_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True)
class Point:
    """A calendar period: its first day, how wide it is, and a TIMEX3 suffix where needed."""

    day: dt.date
    gran: str
    code: str | None = None  # season (SU), half (H1), time of day (TNI, 14:00)

    def value(self) -> str:
        d = self.day
        match self.gran:
            case "time":
                return f"{d.isoformat()}T{self.code}"
            case "day":
                return d.isoformat()
            case "week" | "weekend":
                y, w, _ = d.isocalendar()
                return f"{y:04d}-W{w:02d}" + ("-WE" if self.gran == "weekend" else "")
            case "month":
                return f"{d.year:04d}-{d.month:02d}"
            case "quarter":
                return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
            case "half":
                return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
            case "season":
                return f"{d.year:04d}-{self.code}"
            case "year":
                return f"{d.year:04d}"
            case "decade":
                return f"{d.year:04d}"[:3]
            case "century":
                return f"{d.year:04d}"[:2]
        raise ValueError(self.gran)

    @property
    def granularity(self) -> str:
        return RECORD_GRANULARITY[self.gran]

    def fine_enough(self, unit: str) -> bool:
        """Whether shifting this point by `unit` is meaningful ("the next day" after "May" is not)."""
        return GRANULARITY_RANK[self.gran] <= _UNIT_RANK[unit]

    def shift(self, n: int, unit: str) -> "Point":
        return replace(self, day=shift_date(self.day, n, unit))


def make(day: dt.date, gran: str, code: str | None = None) -> Point:
    """A point normalised to the first day of its period (weeks start on Monday)."""
    match gran:
        case "week" | "weekend":
            day = day - dt.timedelta(days=day.weekday())
        case "month":
            day = day.replace(day=1)
        case "quarter":
            day = dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
        case "half":
            day = dt.date(day.year, 1 if day.month <= 6 else 7, 1)
        case "year":
            day = dt.date(day.year, 1, 1)
        case "decade":
            day = dt.date(day.year // 10 * 10 or 1, 1, 1)
        case "century":
            day = dt.date(day.year // 100 * 100 or 1, 1, 1)
    return Point(day, gran, code)


def season(year: int, code: str) -> Point:
    return Point(dt.date(year, _SEASON_MONTH[code], 1), "season", code)


def shift_date(day: dt.date, n: int, unit: str) -> dt.date:
    """`day` moved by n units (D, W, M, Q, Y, DE, CE), clamping the day of month."""
    if unit == "D":
        return day + dt.timedelta(days=n)
    if unit == "W":
        return day + dt.timedelta(weeks=n)
    months = n * {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}[unit]
    y, m = divmod(day.year * 12 + day.month - 1 + months, 12)
    y = min(max(y, 1), 9999)
    return dt.date(y, m + 1, min(day.day, calendar.monthrange(y, m + 1)[1]))


def duration(n: float | None, unit: str) -> str:
    """A TIMEX3 duration value: P3M, PT2H, P2Y6M; an unknown count gives PXM."""
    letter = {"S": "S", "MIN": "M", "H": "H", "D": "D", "W": "W", "M": "M", "Q": "M", "Y": "Y",
              "DE": "Y", "CE": "Y", "FN": "W"}[unit]
    timed = unit in ("S", "MIN", "H")
    prefix = "PT" if timed else "P"
    if n is None:
        vague = {"DE": "E", "CE": "C", "Q": "Q", "FN": "W"}.get(unit, letter)
        return f"{prefix}X{vague}"
    n *= {"Q": 3, "DE": 10, "CE": 100, "FN": 2}.get(unit, 1)
    whole = int(n)
    frac = n - whole
    if not frac:
        return f"{prefix}{whole}{letter}"
    smaller = {"Y": (12, "M", "P"), "M": (30, "D", "P"), "W": (7, "D", "P"), "D": (24, "H", "PT"),
               "H": (60, "M", "PT"), "MIN": (60, "S", "PT")}.get(unit if unit in ("H", "MIN") else letter)
    if smaller is None:
        return f"{prefix}{n:g}{letter}"
    per, small_letter, small_prefix = smaller
    rest = round(frac * per)
    if not whole:
        return f"{small_prefix}{rest}{small_letter}"
    if prefix == "P" and small_prefix == "PT":
        return f"P{whole}{letter}T{rest}{small_letter}"
    return f"{prefix}{whole}{letter}{rest}{small_letter}"


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def holiday(year: int, rule: str) -> dt.date:
    """The day a holiday falls on in `year`. Rules: "12-25" (fixed), "11:4:4" (the 4th Thursday of
    November; -1 for the last), "easter+N" (N days after Easter), "11:1:1+1" (the day after the
    1st Monday of November)."""
    if rule.startswith("easter"):
        return easter(year) + dt.timedelta(days=int(rule[6:] or 0))
    if "-" in rule and ":" not in rule:
        mo, d = (int(x) for x in rule.split("-"))
        return dt.date(year, mo, d)
    base, _, plus = rule.partition("+")
    mo, wd, nth = (int(x) for x in base.split(":"))
    if nth > 0:
        first = dt.date(year, mo, 1)
        day = first + dt.timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (nth - 1))
    else:
        last = dt.date(year, mo, calendar.monthrange(year, mo)[1])
        day = last - dt.timedelta(days=(last.isoweekday() - wd) % 7)
    return day + dt.timedelta(days=int(plus or 0))
