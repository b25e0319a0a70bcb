"""A fast lane for the platform webhooks.

A POST to a lane's path goes straight to its endpoint, capped by `BodyLimit` and answered by the
app's own exception handlers, without FastAPI's middleware stack and route matching
(ServerErrorMiddleware, ExceptionMiddleware, AsyncExitStack, FastAPI's telemetry wrapper, the
router's scan of every route). Those layers took 7-9 % of a Telegram survey update's CPU (py-spy
on benchmarks/telegram_webhook.py); the webhooks use none of what they add (dependencies,
parameter parsing, schemas). Every other request, and any other method on a lane's path, goes
through FastAPI as before, so a GET on a webhook path is still FastAPI's 405.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import FastAPI, Request
from starlette.middleware.errors import ServerErrorMiddleware
from starlette.responses import Response
from starlette.routing import request_response
from starlette.types import ASGIApp, Receive, Scope, Send

from dogcoach.webhook.body import BodyLimit

Endpoint = Callable[[Request], Awaitable[Response]]


class LaneApp(FastAPI):
    """FastAPI plus `add_lane`; the lanes are looked up by exact path, per request."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.lanes: dict[str, ASGIApp] = {}

    def add_lane(self, path: str, endpoint: Endpoint, max_body_bytes: int) -> None:
        """Serve POST `path` with `endpoint` (a plain Starlette endpoint: it reads the request
        itself); bodies over `max_body_bytes` get BodyLimit's 413. Call after the app's exception
        handlers are registered: the lane takes them as they are then."""
        error_handler = None
        handlers: dict[Any, Any] = {}
        for key, value in self.exception_handlers.items():
            if key in (500, Exception):
                error_handler = value
            else:
                handlers[key] = value
        handled: tuple[dict[Any, Any], dict[int, Any]] = (handlers, {})
        inner = BodyLimit(request_response(endpoint), limits={path: max_body_bytes})

        async def lane(scope: Scope, receive: Receive, send: Send) -> None:
            scope["starlette.exception_handlers"] = handled  # what `request_response` answers with
            await inner(scope, receive, send)

        self.lanes[path] = ServerErrorMiddleware(lane, handler=error_handler)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "POST":
            lane = self.lanes.get(scope["path"])
            if lane is not None:
                scope["app"] = self
                await lane(scope, receive, send)
                return
        await super().__call__(scope, receive, send)
