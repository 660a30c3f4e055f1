"""The record's types, defined once, mirroring ../shared/SPEC.md.

Every stage speaks these: ingest builds an `Article`, the NLP components add
`Statement`s, `Event`s and learned `Actor`s, the store saves and loads them,
and the exporters turn them into the SPEC document with `to_dict`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

Granularity = Literal["time", "day", "week", "month", "quarter", "year", "vague"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
PublishedBasis = Literal["metadata", "given", "text", "inferred", "unknown"]
StatementKind = Literal["direct", "indirect", "mixed"]
EventStatus = Literal["occurred", "planned", "proposed", "postponed", "cancelled", "hypothetical"]
ActorKind = Literal["person", "state", "organization", "group", "media"]
Bound = Literal["about", "exact", "less_than", "more_than", "at_least", "at_most"]

EVENT_TYPES = (
    "talks", "call", "summit", "proposal", "agreement", "rejection", "demand",
    "exchange", "ceasefire", "military_aid", "sanction", "threat", "accusation", "attack",
)
EVENT_STATUSES = ("occurred", "planned", "proposed", "postponed", "cancelled", "hypothetical")


def _drop_private(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if not k.startswith("_")}


@dataclass(frozen=True)
class Timex:
    """A time expression found in a text: where it stands and what it means.

    `start`/`end` are character offsets into the text it was found in;
    `value` is a TIMEX3 value (``2025-10-16``, ``2025-10``, ``P3M``,
    ``PAST_REF`` …), or ``None`` when no value could be resolved.
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str | None
    mod: str | None = None
    granularity: Granularity = "day"
    anchor: str = "absolute"  # "absolute", "published", or "previous" (the date before it)

    def to_time(self) -> "TimeValue | None":
        if self.value is None or self.type not in ("DATE", "TIME"):
            return None
        return TimeValue(self.value, self.granularity, self.mod, self.text, self.anchor)


@dataclass
class TimeValue:
    """SPEC's TIME: an absolute (or vague) date with what it was resolved against."""

    value: str
    granularity: Granularity = "day"
    mod: str | None = None
    text: str | None = None
    anchor: str = "absolute"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def timeline_day(self) -> str | None:
        """The day this date takes on a timeline: the start of its period, or its end where the text puts it
        late ("by the end of October") or after a date told before ("a few days later")."""
        return timeline_day(self.value, self.mod, self.anchor)

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> "TimeValue | None":
        if not d:
            return None
        return cls(**{f.name: d.get(f.name) for f in fields(cls) if f.name in d})


def timeline_day(value: str | None, mod: str | None = None, anchor: str | None = None) -> str | None:
    import calendar
    import re

    import datetime as dt

    m = re.match(r"^(\d{4})(?:-(\d{2}|W\d{2}|Q[1-4]|SP|SU|FA|AU|WI))?(?:-(\d{2}))?", value or "")
    if not m:
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    late = mod in ("END", "AFTER", "ON_OR_AFTER") or (anchor not in (None, "absolute", "published"))
    if month and month[1:].isdigit() and month[0] == "W":  # an ISO week: its Monday (its Sunday when told late)
        week = int(month[1:])
        if not 1 <= week <= dt.date(year, 12, 28).isocalendar()[1]:
            return f"{year:04d}-01-01"
        return dt.date.fromisocalendar(year, week, 7 if late else 1).isoformat()
    if month and month[0] in "QSFAW":  # a quarter or a season: the months it spans
        first = {"SP": 3, "SU": 6, "FA": 9, "AU": 9, "WI": 12}.get(month) or 3 * int(month[1]) - 2
        if late:
            last_month = first + 2 if first <= 10 else 12
            return f"{year:04d}-{last_month:02d}-{calendar.monthrange(year, last_month)[1]:02d}"
        return f"{year:04d}-{first:02d}-01"
    if day:
        return f"{year:04d}-{month}-{day}"
    if month:
        last = calendar.monthrange(year, int(month))[1]
        return f"{year:04d}-{month}-{last if late else 1:02d}"
    return f"{year:04d}-12-31" if late else f"{year:04d}-01-01"


@dataclass
class Published(TimeValue):
    """The publication date, with the basis it was found on (SPEC: ARTICLE.published)."""

    basis: PublishedBasis = "unknown"


@dataclass
class Translation:
    machine: bool
    service: str | None = None
    source_language: str | None = None  # exported as "from"

    def to_dict(self) -> dict[str, Any]:
        return {"machine": self.machine, "service": self.service, "from": self.source_language}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> "Translation | None":
        if not d:
            return None
        return cls(bool(d.get("machine")), d.get("service"), d.get("from"))


@dataclass
class Role:
    title: str
    org: str | None = None
    start: int | None = None  # years the role was held, when known
    end: int | None = None


@dataclass
class Actor:
    id: str
    name: str
    kind: ActorKind
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    country: str | None = None
    origin: Literal["base", "learned"] = "base"

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["roles"] = [{k: v for k, v in r.items() if v is not None} for r in d["roles"]]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Actor":
        roles = [Role(**r) for r in d.get("roles") or []]
        return cls(d["id"], d["name"], d.get("kind", "person"), list(d.get("aliases") or []),
                   roles, d.get("country"), d.get("origin", "base"))


@dataclass
class Speaker:
    name: str
    mention: str
    actor: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"actor": self.actor, "name": self.name, "mention": self.mention}


@dataclass
class Statement:
    id: str
    speaker: Speaker
    cue: str
    kind: StatementKind
    content: str
    span: tuple[int, int]
    co_speakers: list[Speaker] = field(default_factory=list)
    addressee: str | None = None
    date: TimeValue | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "speaker": self.speaker.to_dict(),
            "co_speakers": [s.to_dict() for s in self.co_speakers],
            "cue": self.cue,
            "kind": self.kind,
            "content": self.content,
            "span": list(self.span),
            "addressee": self.addressee,
            "date": self.date.to_dict() if self.date else None,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Statement":
        return cls(
            id=d["id"],
            speaker=Speaker(**_speaker_args(d["speaker"])),
            cue=d["cue"],
            kind=d["kind"],
            content=d["content"],
            span=tuple(d["span"]),
            co_speakers=[Speaker(**_speaker_args(s)) for s in d.get("co_speakers") or []],
            addressee=d.get("addressee"),
            date=TimeValue.from_dict(d.get("date")),
        )


def _speaker_args(d: dict[str, Any]) -> dict[str, Any]:
    return {"name": d["name"], "mention": d.get("mention", ""), "actor": d.get("actor")}


@dataclass
class Quantity:
    value: float
    unit: str
    bound: Bound = "exact"
    recipient: str | None = None
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        value = int(self.value) if float(self.value).is_integer() else self.value
        return {"value": value, "unit": self.unit, "bound": self.bound,
                "recipient": self.recipient, "text": self.text}


@dataclass
class EventActor:
    actor: str
    role: Literal["source", "target", "participant", "mediator", "recipient"] = "participant"


@dataclass
class Event:
    id: str
    type: str
    status: EventStatus
    trigger: str
    span: tuple[int, int]
    summary: str
    actors: list[EventActor] = field(default_factory=list)
    date: TimeValue | None = None
    place: str | None = None
    quantities: list[Quantity] = field(default_factory=list)
    statement: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "status": self.status,
            "actors": [asdict(a) for a in self.actors],
            "date": self.date.to_dict() if self.date else None,
            "place": self.place,
            "quantities": [q.to_dict() for q in self.quantities],
            "trigger": self.trigger,
            "span": list(self.span),
            "summary": self.summary,
            "statement": self.statement,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Event":
        return cls(
            id=d["id"],
            type=d["type"],
            status=d["status"],
            trigger=d["trigger"],
            span=tuple(d["span"]),
            summary=d["summary"],
            actors=[EventActor(a["actor"], a.get("role", "participant")) for a in d.get("actors") or []],
            date=TimeValue.from_dict(d.get("date")),
            place=d.get("place"),
            quantities=[Quantity(**_drop_private(q)) for q in d.get("quantities") or []],
            statement=d.get("statement"),
        )


@dataclass
class Article:
    id: str
    source: str
    text: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: Published | None = None
    language: str = "en"
    translation: Translation | None = None
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        published = asdict(self.published) if self.published else {"value": None, "basis": "unknown"}
        return {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "outlet": self.outlet,
            "title": self.title,
            "published": published,
            "language": self.language,
            "translation": self.translation.to_dict() if self.translation else None,
            "text": self.text,
            "statements": [s.to_dict() for s in self.statements],
            "events": [e.to_dict() for e in self.events],
        }
