"""The publication date: from metadata, the user, a dateline — or bounded from the dates the text mentions.

Never a silent guess of today's date: what cannot be found is `unknown`.
"""

from __future__ import annotations

import datetime as dt
import re

from ..errors import SourceError
from ..nlp.timex import find_timexes
from ..record import Published, Timex

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PERIOD = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_BYLINE = re.compile(r"^(published|updated|posted|date|опубликовано|обновлено)\b", re.IGNORECASE)
_FUTURE = re.compile(r"\b(will|would|shall|plans?|planned|planning|scheduled|expected|next|upcoming|due to|to be held|is to)\b",
                     re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


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


def dateline_published(text: str) -> Published | None:
    """A date in the by-line or dateline: a short line near the top or bottom, or the opening words of the first paragraph."""
    paragraphs = text.split("\n\n")
    candidates = paragraphs[:3] + paragraphs[-2:]
    for i, para in enumerate(candidates):
        short = len(para) <= 120
        head = para[:80]
        for t in find_timexes(head if not short else para, None):
            if not (t.value and _DAY.match(t.value)):
                continue
            opening = i == 0 and t.start < 40 and re.search(r"\(|\s[-–—]\s|^\s*[A-Z][A-Z ,.]+,", head)
            if short or _BYLINE.match(para) or opening:
                return Published(t.value, "day", None, t.text, t.anchor, basis="text")
    return None


def inferred_published(text: str, timexes: list[Timex] | None = None) -> Published | None:
    """The earliest the report can have been written: the latest past date it mentions.

    Dates in sentences about the future ("the summit planned for December") are
    left out, since a report may look ahead of its own date.
    """
    timexes = find_timexes(text, None) if timexes is None else timexes
    best: tuple[dt.date, Timex] | None = None
    for t in timexes:
        if t.type not in ("DATE", "TIME") or not t.value:
            continue
        m = _PERIOD.match(t.value[:10])
        if not m:
            continue
        if _FUTURE.search(_sentence_around(text, t.start)):
            continue
        year, month, day = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
        try:
            start = dt.date(year, month, day)
        except ValueError:
            continue
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
