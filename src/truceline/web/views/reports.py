"""Reports: the list with its filters and full-text search, and the reader for one report."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from ...record import EVENT_STATUSES
from .. import content, speech
from . import page, store_of

router = APIRouter(include_in_schema=False)


@router.get("/")
def home() -> Response:
    return RedirectResponse("/reports", status_code=307)


@router.get("/reports")
def reports(request: Request, outlet: str | None = None, since: str | None = None, until: str | None = None,
            q: str | None = None) -> Response:
    filters = content.ReportFilters.parse(outlet, since, until, q)
    data = content.report_list(store_of(request), filters)
    return page(request, "reports.html", {"section": "reports", "highlight": content.highlight, **data})


@router.get("/reports/{article_id}")
def report(request: Request, article_id: str, important: str | None = None) -> Response:
    data = content.reader(store_of(request), article_id)
    return page(request, "report.html", {
        "section": "reports", "important": important in ("1", "on", "true"),
        "speech_available": speech.available(), "speech_hint": speech.INSTALL_HINT,
        "statuses": EVENT_STATUSES, **data})
