"""The web reader's application object: the store, the templates, security headers and error pages.

`create_app(store_url, token)` is everything `truceline serve` runs; tests use it
with FastAPI's TestClient. Pages live in `views/`, one module per page family.
"""

from __future__ import annotations

import base64
import hashlib
import re
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from ..errors import StoreError
from ..store.db import Store
from . import speech
from .content import BadFilter, NotFound

HERE = Path(__file__).parent
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "[::1]", "::1"]

# Our own pages: scripts and styles from our static files only, nothing inline, nothing from elsewhere.
PAGE_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            "media-src 'self' blob:; connect-src 'self'; form-action 'self'; base-uri 'none'; "
            "frame-ancestors 'none'")


def _docs_csp(html: str) -> str:
    """FastAPI's /docs page loads Swagger UI from jsDelivr and starts it with one inline script: allow exactly that."""
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'"
                      for s in re.findall(r"<script>(.*?)</script>", html, re.S))
    return (f"default-src 'none'; script-src https://cdn.jsdelivr.net {hashes}; "
            "style-src https://cdn.jsdelivr.net 'unsafe-inline'; img-src 'self' data: https://fastapi.tiangolo.com; "
            "connect-src 'self'; base-uri 'none'; frame-ancestors 'none'")


def _templates() -> Jinja2Templates:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]),
                      trim_blocks=True, lstrip_blocks=True)
    return Jinja2Templates(env=env)


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def create_app(store_url: str, token: str | None = None, *, allowed_hosts: list[str] | None = None,
               model: str | None = None) -> FastAPI:
    """The reader over the database at `store_url`.

    `token` enables the write endpoints (`POST /api/ingest`, with
    `Authorization: Bearer <token>`); without it they answer 403.
    `allowed_hosts` limits the Host header (serve passes the loopback names when
    bound to localhost, which stops DNS-rebinding pages from reading the record).
    `model` names the spaCy model for ingest, as the CLI's --model does.
    """
    store = Store(store_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(
        lifespan=lifespan,
        title="truceline",
        summary="A sourced record of a peace process: reports, attributed statements, events and actors.",
        description="The JSON behind every page of the reader, and the SPEC export (`truceline/1`) of any "
                    "selection. Errors are `{\"error\": \"one sentence\"}`.",
        version="1",
        docs_url=None, redoc_url=None,
    )
    app.state.store = store
    app.state.token = token or None
    app.state.templates = _templates()
    app.state.model = model  # the spaCy model POST /api/ingest analyses with (default: as the CLI)
    app.state.analyzer = None
    app.state.ingest_lock = threading.Lock()
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    from .views import actors, api, reports
    from .views import timeline as timeline_view

    app.include_router(reports.router)
    app.include_router(timeline_view.router)
    app.include_router(actors.router)
    app.include_router(api.router)

    docs_html = get_swagger_ui_html(openapi_url="/openapi.json", title="truceline API").body.decode()
    docs_csp = _docs_csp(docs_html)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(docs_html, headers={"Content-Security-Policy": docs_csp})

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", PAGE_CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
        return response

    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)

    def error(request: Request, status: int, message: str, headers: dict[str, str] | None = None) -> Response:
        if wants_json(request):
            return JSONResponse({"error": message}, status_code=status, headers=headers)
        return app.state.templates.TemplateResponse(request, "error.html", {"status": status, "message": message},
                                                    status_code=status, headers=headers)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "the request could not be served"
        if exc.status_code == 404 and message == "Not Found":
            message = f"there is no page at {request.url.path}"
        return error(request, exc.status_code, message, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("body", "query", "path"))
        message = f"{where or 'the request'}: {first.get('msg', 'is not valid').lower()}"
        return error(request, 422, message)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return error(request, 404, str(exc))

    @app.exception_handler(BadFilter)
    async def bad_filter(request: Request, exc: BadFilter) -> Response:
        return error(request, 400, str(exc))

    @app.exception_handler(speech.SpeechUnavailable)
    async def no_speech(request: Request, exc: speech.SpeechUnavailable) -> Response:
        return error(request, 503, str(exc))

    @app.exception_handler(speech.SpeechError)
    async def speech_failed(request: Request, exc: speech.SpeechError) -> Response:
        return error(request, 422, str(exc))

    @app.exception_handler(StoreError)
    async def store_failed(request: Request, exc: StoreError) -> Response:
        return error(request, 503, str(exc))

    return app
