"""One module per page family: reports (list, search, reader), timeline, actors, and the JSON API."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import Response

from ...store.db import Store


def store_of(request: Request) -> Store:
    return request.app.state.store


def page(request: Request, template: str, context: dict[str, Any], status_code: int = 200) -> Response:
    """A page from `templates/`, with the current section for the navigation."""
    return request.app.state.templates.TemplateResponse(request, template, context, status_code=status_code)
