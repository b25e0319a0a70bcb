"""The FastAPI app: Telegram webhook, Kakao skill, admin API, health.

The app's lifespan is the bot's start-up (`bot.lifecycle.running`); each plugin adds its HTTP side
on top: a router, plus a hook that receives the shared `Runtime` (store, engine, outbox) once it
is open, so each channel starts and stops its own machinery.

Every route's body is capped (`body.BodyLimit`, the sizes next to each route) and every refusal is
a JSON `{"error": ...}` with a 4xx status; a database that does not answer is a 503 with
`Retry-After` (the Kakao skill answers its owner instead: see `channels.kakao.skill`). No schema is published: `/docs`, `/redoc` and
`/openapi.json` are off, since they would list the admin routes to anyone.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from functools import partial

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from dogcoach.bot.lifecycle import Part, running
from dogcoach.bot.wiring import Runtime
from dogcoach.config import Settings, get_settings
from dogcoach.services.store import StoreUnavailable
from dogcoach.webhook import admin, health, kakao, telegram
from dogcoach.webhook.body import BodyLimit, InvalidBody, error_response
from dogcoach.webhook.lanes import LaneApp
from dogcoach.webhook.telegram import RETRY_LATER

# Body budgets per route, in bytes; every other route gets `body.DEFAULT_MAX_BODY_BYTES`.
BODY_LIMITS = {
    telegram.PATH: telegram.MAX_BODY_BYTES,
    kakao.SKILL_PATH: kakao.MAX_BODY_BYTES,
    admin.PREFIX + "/": admin.MAX_BODY_BYTES,
}

Plugin = Callable[[FastAPI, Runtime], AbstractAsyncContextManager[None]]

# Started when `create_app` gets no explicit plugin list.
DEFAULT_PLUGINS: list[Plugin] = [kakao.plugin, telegram.plugin, admin.plugin]


def create_app(settings: Settings | None = None, plugins: list[Plugin] | None = None) -> FastAPI:
    settings = settings or get_settings()
    active: list[Plugin] = list(DEFAULT_PLUGINS if plugins is None else plugins)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        @asynccontextmanager
        async def expose(rt: Runtime) -> AsyncIterator[None]:
            app.state.runtime = rt
            yield

        parts: list[Part] = [expose, *(partial(plugin, app) for plugin in active)]
        async with running(settings, parts):
            yield

    app = LaneApp(title="DogCoach", lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None)
    app.state.settings = settings
    app.add_middleware(BodyLimit, limits=BODY_LIMITS)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()[:5]
        detail = [{"loc": list(e.get("loc", ())), "type": e.get("type")} for e in errors]
        return error_response(422, "invalid_request", detail)

    @app.exception_handler(StoreUnavailable)
    async def _database_out(_request: Request, exc: StoreUnavailable) -> JSONResponse:
        return error_response(503, "database_unavailable", exc.reason, RETRY_LATER)

    @app.exception_handler(HTTPException)
    async def _refused(_request: Request, exc: HTTPException) -> JSONResponse:
        if isinstance(exc, InvalidBody):
            return error_response(exc.status_code, exc.code, exc.info, exc.headers)
        return error_response(exc.status_code, str(exc.detail), None, exc.headers)

    app.include_router(health.router)
    app.include_router(admin.router)
    app.include_router(kakao.router)
    app.add_lane(kakao.SKILL_PATH, kakao.skill_endpoint, kakao.MAX_BODY_BYTES)
    return app
