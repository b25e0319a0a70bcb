"""The admin HTTP API: start broadcasts and follow them.

Every route needs `Authorization: Bearer <ADMIN_API_TOKEN>`, compared in constant time. Without a
configured token the API answers 503 to everyone: it is never open. Broadcasts run in the
background of this server (the plugin below), which also resumes unfinished ones after a restart
and, when enabled, sends the daily tip.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict

from dogcoach.bot.lifecycle import broadcasting
from dogcoach.bot.wiring import Runtime
from dogcoach.config import Settings
from dogcoach.domain.channel import Channel
from dogcoach.services.broadcast.content import InvalidBroadcast, make_spec
from dogcoach.services.broadcast.service import BroadcastService
from dogcoach.services.broadcast.tips import tip_keys, tip_title
from dogcoach.services.i18n import LOCALES

log = logging.getLogger(__name__)

API_CREATOR = "api"


def require_admin(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    settings: Settings = request.app.state.settings
    token = settings.admin_api_token.get_secret_value() if settings.admin_api_token else ""
    if not token:
        raise HTTPException(503, "admin_api_disabled")
    scheme, _, given = (authorization or "").partition(" ")
    ok = hmac.compare_digest(given.strip().encode(), token.encode())  # always compared: no early exit
    if not ok or scheme.lower() != "bearer":
        raise HTTPException(401, "unauthorized", headers={"WWW-Authenticate": "Bearer"})


router = APIRouter(prefix="/admin", dependencies=[Depends(require_admin)])


def get_service(request: Request) -> BroadcastService:
    service: BroadcastService | None = getattr(request.app.state, "broadcasts", None)
    if service is None:
        raise HTTPException(503, "broadcasts_not_running")
    return service


Service = Annotated[BroadcastService, Depends(get_service)]


class BroadcastRequest(BaseModel):
    """A catalogue tip (`tip`) or an ad-hoc text (`text_ko` and/or `text_en`), optionally only to
    one channel or one locale. `dry_run` only counts the recipients."""

    model_config = ConfigDict(extra="forbid")

    tip: str | None = None
    text_ko: str | None = None
    text_en: str | None = None
    channel: Literal[Channel.TELEGRAM, Channel.KAKAO] | None = None
    locale: Literal["ko", "en"] | None = None
    dry_run: bool = False


@router.get("/tips")
async def list_tips(request: Request, service: Service) -> list[dict[str, str]]:
    messages = service.messages
    return [
        {"key": key, **{f"title_{loc}": tip_title(messages, loc, key) for loc in LOCALES}}
        for key in tip_keys(messages)
    ]


@router.post("/broadcasts", status_code=202, response_model=None)
async def create_broadcast(body: BroadcastRequest, service: Service) -> dict[str, Any] | JSONResponse:
    try:
        spec = make_spec(
            service.messages,
            tip=body.tip,
            text_ko=body.text_ko,
            text_en=body.text_en,
            channel=body.channel,
            locale=body.locale,
        )
    except InvalidBroadcast as exc:
        return JSONResponse(status_code=422, content={"error": exc.code, "detail": str(exc)})
    if body.dry_run:
        return JSONResponse(status_code=200, content={"recipients": await service.recipients(spec)})
    broadcast = await service.create(spec, API_CREATOR)
    assert broadcast is not None
    service.launch(broadcast.id)
    report = await service.report(broadcast.id)
    assert report is not None
    return report.as_dict()


@router.get("/broadcasts")
async def list_broadcasts(
    service: Service, limit: Annotated[int, Query(ge=1, le=100)] = 20
) -> list[dict[str, Any]]:
    async with service.store.session() as s:
        ids = [b.id for b in await s.list_broadcasts(limit=limit)]
    reports = [await service.report(i) for i in ids]
    return [r.as_dict() for r in reports if r is not None]


@router.get("/broadcasts/{broadcast_id}")
async def get_broadcast(broadcast_id: int, service: Service) -> dict[str, Any]:
    report = await service.report(broadcast_id)
    if report is None:
        raise HTTPException(404, "no_such_broadcast")
    return report.as_dict()


@router.post("/broadcasts/{broadcast_id}/cancel")
async def cancel_broadcast(broadcast_id: int, service: Service) -> dict[str, Any]:
    if await service.report(broadcast_id) is None:
        raise HTTPException(404, "no_such_broadcast")
    if await service.cancel(broadcast_id) is None:
        raise HTTPException(409, "already_finished")
    report = await service.report(broadcast_id)
    assert report is not None
    return report.as_dict()


@asynccontextmanager
async def plugin(app: FastAPI, rt: Runtime) -> AsyncIterator[None]:
    """Broadcasting in the server (`bot.lifecycle.broadcasting`), its service exposed to the API."""
    async with broadcasting(rt) as service:
        app.state.broadcasts = service
        try:
            yield
        finally:
            app.state.broadcasts = None
