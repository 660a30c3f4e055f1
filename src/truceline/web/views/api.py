"""The JSON API: everything the pages show, the SPEC export of any selection, Read aloud, and ingest (with a token).

Described at /openapi.json and browsable at /docs. Errors are {"error": "one sentence"}.
"""

from __future__ import annotations

import hmac
from typing import Any, Literal

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field

from ...errors import ModelError, SourceError
from ...export.document import export_document
from ...ingest.sources import RawReport
from ...record import EVENT_STATUSES, EVENT_TYPES
from .. import content, speech
from . import store_of

router = APIRouter(prefix="/api", tags=["record"])

class ErrorOut(BaseModel):
    error: str = Field(description="What went wrong, in one sentence.")


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    return {code: {"model": ErrorOut} for code in codes}


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class ReportSummary(Open):
    id: str
    source: str
    url: str | None
    outlet: str | None
    title: str | None
    published: dict[str, Any] = Field(description="SPEC TIME with its `basis`.")
    published_label: str
    language: str
    translation: dict[str, Any] | None
    statements: int
    events: int
    link: str = Field(description="The reader page.")
    snippet: str | None = Field(None, description="Text around the first match of `q`.")


class ReportList(BaseModel):
    filters: dict[str, str]
    reports: list[ReportSummary]
    statements: list[dict[str, Any]] = Field(description="Statements matching `q` (SPEC STATEMENT + article_id, link).")
    outlets: list[dict[str, Any]]
    total: dict[str, int]


class SentenceOut(BaseModel):
    index: int
    anchor: str = Field(description="The element id of the sentence on the reader page.")
    span: list[int]
    text: str
    paragraph: int
    statements: list[str]
    events: list[str]
    score: int = Field(description="What the sentence carries: statements, events, dates, quantities.")
    tier: Literal[0, 1, 2, 3] = Field(description="Select important: 1 key, 2 notable, 3 minor, 0 none.")


class ReportDetail(BaseModel):
    article: dict[str, Any] = Field(description="The SPEC ARTICLE.")
    published_label: str
    sentences: list[SentenceOut]
    actor_names: dict[str, str]


class TimelineOut(BaseModel):
    filters: dict[str, str]
    dated: list[dict[str, Any]] = Field(description="SPEC EVENTs by date, with article_id, link, sentence, interval.")
    undated: list[dict[str, Any]]
    actors: list[dict[str, Any]] = Field(description="Actors taking part in events, to filter by.")


class ActorIndex(BaseModel):
    actors: list[dict[str, Any]] = Field(description="SPEC ACTORs with statement and event counts.")
    unlisted_ids: list[str]


class ActorDetail(BaseModel):
    actor: dict[str, Any]
    country: dict[str, str] | None
    statements: list[dict[str, Any]]
    events: list[dict[str, Any]]


class Status(BaseModel):
    counts: dict[str, int]
    schema_version: str | None
    speech: bool = Field(description="Whether espeak-ng is installed for Read aloud.")
    ingest: bool = Field(description="Whether POST /api/ingest is enabled (the server has a token).")


class SpeechIn(BaseModel):
    text: str | None = Field(None, description="Words to read; or give article_id.")
    article_id: str | None = Field(None, description="Read this report (its title and text).")
    span: list[int] | None = Field(None, min_length=2, max_length=2,
                                   description="[start, end) of the report's text to read, with article_id.")


class IngestIn(BaseModel):
    text: str | None = Field(None, description="The report as plain text (a scraped page).")
    html: str | None = Field(None, description="The report as an HTML page.")
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = Field(None, description="Publication date, YYYY-MM-DD (basis: given).")
    source: str | None = Field(None, description="Where it came from, as it should be recorded; default: url or 'api'.")


class IngestOut(BaseModel):
    id: str
    result: Literal["added", "updated", "unchanged"]
    statements: int
    events: int
    link: str


@router.get("/status", response_model=Status, summary="What the record holds and which features are on")
def status(request: Request) -> dict[str, Any]:
    store = store_of(request)
    return {"counts": store.count(), "schema_version": store.schema_version(), "speech": speech.available(),
            "ingest": request.app.state.token is not None}


@router.get("/reports", response_model=ReportList, responses=_errors(400),
            summary="Reports, filtered by outlet and date, with full-text search over text and statements")
def reports(request: Request, outlet: str | None = None,
            since: str | None = Query(None, description="YYYY, YYYY-MM or YYYY-MM-DD"),
            until: str | None = Query(None, description="YYYY, YYYY-MM or YYYY-MM-DD"),
            q: str | None = Query(None, description="Words in the report's text or title, or in a statement")
            ) -> dict[str, Any]:
    return content.report_list(store_of(request), content.ReportFilters.parse(outlet, since, until, q))


@router.get("/reports/{article_id}", response_model=ReportDetail, responses=_errors(404),
            summary="One report: the SPEC article and its sentences ranked for Select important")
def report(request: Request, article_id: str) -> dict[str, Any]:
    return content.reader_json(content.reader(store_of(request), article_id))


@router.get("/outlets", summary="Outlets with their number of reports")
def outlets(request: Request) -> list[dict[str, Any]]:
    return [{"outlet": o, "reports": n} for o, n in store_of(request).outlets()]


@router.get("/statements", summary="Statements by speaker (name or actor id) or report")
def statements(request: Request, speaker: str | None = None, article: str | None = None) -> list[dict[str, Any]]:
    store = store_of(request)
    article_id = content.resolve_article(store, article) if article else None
    return [content.statement_item(r) for r in store.statements(speaker=speaker, article_id=article_id)]


@router.get("/timeline", response_model=TimelineOut, responses=_errors(400),
            summary="Events by date, undated ones apart, filtered by actor, type, status and dates")
def timeline(request: Request, actor: str | None = Query(None, description="Actor id, e.g. russia"),
             type: Literal[EVENT_TYPES] | None = None,  # type: ignore[valid-type]
             status: Literal[EVENT_STATUSES] | None = None,  # type: ignore[valid-type]
             since: str | None = None, until: str | None = None) -> dict[str, Any]:
    data = content.timeline_data(store_of(request), content.TimelineFilters.parse(actor, type, status, since, until))
    return {k: data[k] for k in ("filters", "dated", "undated", "actors")}


@router.get("/actors", response_model=ActorIndex, summary="Actors in the record with their activity")
def actors(request: Request) -> dict[str, Any]:
    return content.actors_index(store_of(request))


@router.get("/actors/{actor_id}", response_model=ActorDetail, responses=_errors(404),
            summary="One actor: what they said, in order, and the events they took part in")
def actor(request: Request, actor_id: str) -> dict[str, Any]:
    return content.actor_page(store_of(request), actor_id)


@router.get("/export", responses=_errors(400, 404),
            summary="The SPEC document (truceline/1) of the selected reports: same filters as /api/reports")
def export(request: Request, outlet: str | None = None, since: str | None = None, until: str | None = None,
           q: str | None = None,
           article: list[str] = Query([], description="Only these reports (ids or id prefixes); repeatable")
           ) -> dict[str, Any]:
    store = store_of(request)
    if article:
        ids = [content.resolve_article(store, a) for a in article]
    else:
        ids = content.ReportFilters.parse(outlet, since, until, q).article_ids(store)
    return export_document(store, ids)


@router.post("/speech", response_class=Response, responses={
    200: {"content": {"audio/wav": {}}, "description": "The speech, as WAV."},
    **_errors(404, 422), 503: {"model": ErrorOut, "description": "espeak-ng is not installed."}},
    summary="Read aloud: words, a report, or part of a report, spoken locally by espeak-ng")
def speak(request: Request, body: SpeechIn) -> Response:
    language = "en"
    if body.article_id:
        data = content.reader(store_of(request), body.article_id)
        article = data["article"]
        language = article.language
        if body.span:
            start, end = sorted(max(0, min(len(article.text), x)) for x in body.span)
            text = article.text[start:end]
        else:
            text = ".\n".join(x for x in (article.title, article.text) if x)
    elif body.text is not None:
        text = body.text
    else:
        raise HTTPException(422, "give the text to read, or an article_id")
    return Response(speech.synthesize(text, language), media_type="audio/wav",
                    headers={"Cache-Control": "no-store"})


def require_token(request: Request, authorization: str | None = Header(None, description="Bearer <token>")) -> None:
    token = request.app.state.token
    if token is None:
        raise HTTPException(403, "ingest through the API is disabled; start the server with --token "
                                 "or TRUCELINE_TOKEN to enable it")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise HTTPException(401, "ingest needs the header Authorization: Bearer <token>",
                            headers={"WWW-Authenticate": "Bearer"})


@router.post("/ingest", response_model=IngestOut, dependencies=[Depends(require_token)],
             responses=_errors(401, 403, 422, 503),
             summary="Ingest one report (text or HTML with metadata); needs Authorization: Bearer <token>")
def ingest(request: Request, body: IngestIn) -> dict[str, Any]:
    from ...nlp.analyze import Analyzer
    from ...pipeline import anchor_date, context_year, prepare

    if not ((body.text and body.text.strip()) or (body.html and body.html.strip())):
        raise HTTPException(422, "the report needs a text or an html body")
    app = request.app
    store = store_of(request)
    raw = RawReport(source=body.source or body.url or "api", format="html" if body.html else "text",
                    content=body.html or body.text or "", url=body.url, outlet=body.outlet, title=body.title,
                    published=body.published, published_given=bool(body.published))
    with app.state.ingest_lock:  # one analysis at a time: the model is shared
        try:
            prepared = prepare(raw, app.state.model)
        except SourceError as exc:
            raise HTTPException(422, str(exc)) from None
        article = prepared.article
        if store.fingerprint(article.id) == prepared.fingerprint:
            result = "unchanged"
            article = next(store.articles([article.id]))
        else:
            if app.state.analyzer is None:
                try:
                    app.state.analyzer = Analyzer(app.state.model)
                except ModelError as exc:
                    raise HTTPException(503, str(exc)) from None
            analyzer = app.state.analyzer
            analyzer.remember(store.learned_actors())
            analysis = analyzer.analyze(article.text, anchor_date(article), article.id, context_year(article))
            if analysis.error:
                raise HTTPException(422, f"{article.source}: could not be analysed ({analysis.error})")
            article.statements, article.events = analysis.statements, analysis.events
            result = store.save(article, prepared.fingerprint, analysis.learned)
    return {"id": article.id, "result": result, "statements": len(article.statements),
            "events": len(article.events), "link": f"/reports/{article.id}"}
