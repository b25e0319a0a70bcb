"""The admin HTTP API: start broadcasts and follow them.

Every route needs `Authorization: Bearer <ADMIN_API_TOKEN>`, compared in constant time before
anything of the body is read (no route declares a body parameter, which FastAPI would read and
parse first; `create_broadcast` reads its body itself once the token matched). Without a
configured token the API answers 503 to everyone: it is never open. Bodies are capped at
`MAX_BODY_BYTES` and parsed strictly (`webhook.body`); ids in paths stay within what a row id can
be (`domain.ids.MAX_ROW_ID`), so a forged one is a 422, not a driver error. Broadcasts run in the
background of this server (the plugin below), which also resumes unfinished ones after a restart
and, when enabled, sends the daily tip.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, FastAPI, Header, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from dogcoach.bot.lifecycle import broadcasting
from dogcoach.bot.wiring import Runtime
from dogcoach.config import Settings
from dogcoach.domain.channel import Channel
from dogcoach.domain.ids import MAX_ROW_ID
from dogcoach.services.broadcast.content import InvalidBroadcast, make_spec
from dogcoach.services.broadcast.service import BroadcastService
from dogcoach.services.broadcast.tips import tip_keys, tip_title
from dogcoach.services.i18n import LOCALES
from dogcoach.services.store import StoreUnavailable
from dogcoach.webhook.body import InvalidBody, error_response, parse_json

log = logging.getLogger(__name__)

API_CREATOR = "api"
PREFIX = "/admin"
# Two texts of `content.MAX_TEXT_CHARS` (3,800) characters, each up to 6 bytes as JSON escapes.
MAX_BODY_BYTES = 64 * 1024
# Sent with a create, the same request sent again (a retry after a timeout) finds the broadcast the
# first one made (200, `Idempotent-Replayed: true`) instead of sending it twice. Kept for good.
IDEMPOTENCY_HEADER = "Idempotency-Key"
REPLAYED_HEADER = "Idempotent-Replayed"
MAX_KEY_CHARS = 255


def require_admin(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    settings: Settings = request.app.state.settings
    token = settings.admin_api_token.get_secret_value() if settings.admin_api_token else ""
    if not token:
        raise HTTPException(503, "admin_api_disabled")
    scheme, _, given = (authorization or "").partition(" ")
    ok = hmac.compare_digest(given.strip().encode(), token.encode())  # always compared: no early exit
    if not ok or scheme.lower() != "bearer":
        raise HTTPException(401, "unauthorized", headers={"WWW-Authenticate": "Bearer"})


router = APIRouter(prefix=PREFIX, dependencies=[Depends(require_admin)])
BroadcastId = Annotated[int, Path(ge=1, le=MAX_ROW_ID)]


def get_service(request: Request) -> BroadcastService:
    service: BroadcastService | None = getattr(request.app.state, "broadcasts", None)
    if service is None:
        raise HTTPException(503, "broadcasts_not_running")
    if not request.app.state.runtime.ready.is_set():
        raise StoreUnavailable("the database is not connected yet")
    return service


Service = Annotated[BroadcastService, Depends(get_service)]


class BroadcastRequest(BaseModel):
    """A catalogue tip (`tip`) or an ad-hoc text (`text_ko` and/or `text_en`), optionally only to
    one channel or one locale. `dry_run` only previews it (`preview.Preview.as_dict`: recipients,
    how many get it in which language's text, who will be skipped and why, who is left out); a
    broadcast made answers its report with that preview under `preview`."""

    model_config = ConfigDict(extra="forbid")

    tip: str | None = Field(None, max_length=100)
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


async def _broadcast_request(request: Request) -> BroadcastRequest:
    """The body as a `BroadcastRequest`: 400 when it is not JSON, 422 when it is not one."""
    data = parse_json(await request.body())
    try:
        return BroadcastRequest.model_validate(data, strict=True)
    except ValidationError as exc:
        errors = exc.errors(include_url=False, include_context=False, include_input=False)
        detail = [{"loc": list(e["loc"]), "type": e["type"]} for e in errors[:5]]
        raise InvalidBody(422, "invalid_request", detail) from None


@router.post("/broadcasts", status_code=202, response_model=None)
async def create_broadcast(request: Request, service: Service) -> dict[str, Any] | JSONResponse:
    body = await _broadcast_request(request)
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
        return error_response(422, exc.code, str(exc))
    preview = await service.preview(spec)
    if body.dry_run:
        return JSONResponse(status_code=200, content=preview.as_dict())
    key = _idempotency_key(request)
    if key is None:
        made = await service.create(spec, API_CREATOR)
        assert made is not None  # no daily or request key, so no conflict
        broadcast, created = made, True
    else:
        broadcast, created = await service.create_once(spec, API_CREATOR, key)
        if not created and broadcast.spec != spec:
            return error_response(422, "idempotency_key_reused", {"broadcast_id": broadcast.id})
    service.launch(broadcast.id)  # a no-op while it runs here; resumes it otherwise
    report = await service.report(broadcast.id)
    assert report is not None
    if created:
        return {**report.as_dict(), "preview": preview.as_dict()}
    return JSONResponse(report.as_dict(), status_code=200, headers={REPLAYED_HEADER: "true"})


def _idempotency_key(request: Request) -> str | None:
    """The request's `Idempotency-Key` (IETF draft-ietf-httpapi-idempotency-key-header), if any:
    1-255 printable ASCII characters, else 400."""
    key = request.headers.get(IDEMPOTENCY_HEADER)
    if key is None:
        return None
    if not 0 < len(key) <= MAX_KEY_CHARS or not all(" " < c <= "~" for c in key):
        raise InvalidBody(400, "invalid_idempotency_key", f"1-{MAX_KEY_CHARS} printable ASCII characters")
    return key


@router.get("/broadcasts")
async def list_broadcasts(
    service: Service, limit: Annotated[int, Query(ge=1, le=100)] = 20
) -> list[dict[str, Any]]:
    async with service.store.session() as s:
        ids = [b.id for b in await s.list_broadcasts(limit=limit)]
    reports = [await service.report(i) for i in ids]
    return [r.as_dict() for r in reports if r is not None]


@router.get("/broadcasts/{broadcast_id}")
async def get_broadcast(broadcast_id: BroadcastId, service: Service) -> dict[str, Any]:
    report = await service.report(broadcast_id)
    if report is None:
        raise HTTPException(404, "no_such_broadcast")
    return report.as_dict()


@router.post("/broadcasts/{broadcast_id}/cancel")
async def cancel_broadcast(broadcast_id: BroadcastId, service: Service) -> dict[str, Any]:
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
