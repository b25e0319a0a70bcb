"""The FastAPI app: Telegram webhook, Kakao skill, admin API, health.

The app's lifespan is the bot's start-up (`bot.lifecycle.running`); each plugin adds its HTTP side
on top: a router, plus a hook that receives the shared `Runtime` (store, engine, outbox) once it
is open, so each channel starts and stops its own machinery.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from functools import partial

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from dogcoach.bot.lifecycle import Part, running
from dogcoach.bot.wiring import Runtime
from dogcoach.config import Settings, get_settings
from dogcoach.webhook import admin, health, kakao, telegram

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

    app = FastAPI(title="DogCoach", lifespan=lifespan, docs_url=None, redoc_url=None)
    app.state.settings = settings

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse(status_code=422, content={"error": "invalid_request", "detail": exc.errors()[:5]})

    app.include_router(health.router)
    app.include_router(admin.router)
    app.include_router(kakao.router)
    return app
