"""The timeline: events by date on an overview chart and in a list, filterable by actor, type and status."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from ...record import EVENT_STATUSES, EVENT_TYPES
from .. import content
from . import page, store_of

router = APIRouter(include_in_schema=False)


@router.get("/timeline")
def timeline(request: Request, actor: str | None = None, type: str | None = None, status: str | None = None,
             since: str | None = None, until: str | None = None) -> Response:
    filters = content.TimelineFilters.parse(actor, type, status, since, until)
    data = content.timeline_data(store_of(request), filters)
    return page(request, "timeline.html", {"section": "timeline", "types": EVENT_TYPES, "statuses": EVENT_STATUSES,
                                           **data})
