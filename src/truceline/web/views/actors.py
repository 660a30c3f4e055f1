"""Actors: who appears in the record, and a page per actor with what they said and the events they took part in."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from .. import content
from . import page, store_of

router = APIRouter(include_in_schema=False)


@router.get("/actors")
def actors(request: Request) -> Response:
    return page(request, "actors.html", {"section": "actors", **content.actors_index(store_of(request))})


@router.get("/actors/{actor_id}")
def actor(request: Request, actor_id: str) -> Response:
    return page(request, "actor.html", {"section": "actors", **content.actor_page(store_of(request), actor_id)})
