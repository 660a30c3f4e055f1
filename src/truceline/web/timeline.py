"""The timeline's layout: TIMEX3 values as calendar intervals, and where each event sits on the overview chart.

The chart is plain SVG with its geometry in attributes (no inline styles), so
the page keeps a strict Content-Security-Policy.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

from ..record import EVENT_TYPES, TimeValue

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")


def interval(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a TIMEX3 date value covers (a range covers both ends); None when vague."""
    if not value:
        return None
    if "/" in value:
        first, _, last = value.partition("/")
        a, b = interval(first), interval(last)
        return (a[0], b[1]) if a and b else None
    try:
        if m := _DAY.match(value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            return dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1])
        if m := _YEAR.match(value):
            return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
        if m := _WEEK.match(value):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + dt.timedelta(days=6)
        if m := _QUARTER.match(value):
            y, q = int(m[1]), int(m[2])
            last = 3 * q
            return dt.date(y, last - 2, 1), dt.date(y, last, calendar.monthrange(y, last)[1])
    except ValueError:
        return None
    return None


def date_label(t: TimeValue | None) -> str:
    """A date as a person reads it: 16 Oct 2025, Oct 2025, 2025, week 43 of 2025, Q4 2025."""
    if t is None:
        return "undated"
    v = t.value
    span = interval(v)
    if span is None:
        return {"PAST_REF": "in the past", "PRESENT_REF": "now", "FUTURE_REF": "in the future"}.get(v, v)
    if "/" in v:
        a, b = span
        return f"{a.day} {a:%b %Y} – {b.day} {b:%b %Y}"
    if _DAY.match(v):
        label = f"{span[0].day} {span[0]:%b %Y}"
    elif _MONTH.match(v):
        label = f"{span[0]:%b %Y}"
    elif _WEEK.match(v):
        label = f"week {v[6:]} of {v[:4]}"
    elif _QUARTER.match(v):
        label = f"{v[5:]} {v[:4]}"
    else:
        label = v
    mods = {"START": "early ", "MID": "mid-", "END": "late ", "BEFORE": "before ", "AFTER": "after ",
            "ON_OR_BEFORE": "by ", "ON_OR_AFTER": "from ", "APPROX": "about "}
    return mods.get(t.mod or "", "") + label


@dataclass
class Mark:
    """One event on the overview chart: a dot for a day, a bar for a longer span."""

    event_id: str
    type: str
    status: str
    x: float
    width: float
    y: float
    title: str


@dataclass
class Chart:
    width: int
    height: int
    rows: list[tuple[str, float]] = field(default_factory=list)  # event type and its y
    ticks: list[tuple[float, str, bool]] = field(default_factory=list)  # x, label, starts a year
    marks: list[Mark] = field(default_factory=list)


CHART_WIDTH = 1000
LEFT = 110
ROW = 22
TOP = 28


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)


GAP_MONTHS = 3  # a run of at least this many months without events is drawn as a narrow break


def chart(items: list[tuple[str, str, str, tuple[dt.date, dt.date], str]]) -> Chart | None:
    """The overview chart for (event id, type, status, interval, title) items: one row per type, months along x.

    Long runs of months without any event are folded into a narrow break, so one
    stray date a year away does not squeeze everything else into a corner.
    """
    if not items:
        return None
    first = min(i[3][0] for i in items).replace(day=1)
    end_month = _next_month(max(i[3][1] for i in items))
    months = []
    month = first
    while month < end_month:
        months.append(month)
        month = _next_month(month)
    busy = {m for m in months for i in items if i[3][0] < _next_month(m) and i[3][1] >= m}
    weights, run = {}, []
    for m in months + [None]:
        if m is not None and m not in busy:
            run.append(m)
            continue
        for empty in run:
            weights[empty] = 0.0 if len(run) >= GAP_MONTHS else 1.0
        if len(run) >= GAP_MONTHS:
            weights[run[0]] = 0.6  # the break itself
        run = []
        if m is not None:
            weights[m] = 1.0
    usable = CHART_WIDTH - LEFT - 10
    unit = usable / sum(weights.values())
    offsets, at = {}, 0.0
    for m in months:
        offsets[m] = at
        at += weights[m] * unit

    def x_of(day: dt.date) -> float:
        m = day.replace(day=1)
        if m not in offsets:  # the day after the last month
            return round(LEFT + at, 1)
        days_in = calendar.monthrange(m.year, m.month)[1]
        return round(LEFT + offsets[m] + weights[m] * unit * (day.day - 1) / days_in, 1)

    types = [t for t in EVENT_TYPES if any(i[1] == t for i in items)]
    y_of = {t: TOP + ROW * k + ROW / 2 for k, t in enumerate(types)}
    c = Chart(CHART_WIDTH, TOP + ROW * len(types) + 8, rows=[(t, y_of[t]) for t in types])
    shown = [m for m in months if weights[m] == 1.0]
    step = 1 if len(shown) <= 14 else 2 if len(shown) <= 28 else 6
    last_year = None
    for k, m in enumerate(months):
        if weights[m] == 0.6:
            c.ticks.append((x_of(m), "…", True))
            continue
        if weights[m] != 1.0 or (shown.index(m) % step and m.month != 1 and m.year == last_year):
            continue
        c.ticks.append((x_of(m), f"{m:%b}" if m.year == last_year else f"{m:%b %Y}", m.month == 1 or k == 0))
        last_year = m.year
    for event_id, etype, status, (a, b), title in items:
        x = x_of(a)
        width = round(max(x_of(b + dt.timedelta(days=1)) - x, 0), 1)
        c.marks.append(Mark(event_id, etype, status, x, width, y_of[etype], title))
    return c
