"""The served app with all three HTTP surfaces on: the Telegram webhook (its Bot API played by the
fake in `tests/fakes`), the Kakao skill and the admin API, over real HTTP on 127.0.0.1.

Used by the hostile-input, fuzz and outage tests: they talk to the app the way each platform (or
an attacker) does, through httpx or a raw socket.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import httpx
from fastapi import FastAPI

from dogcoach.channels.telegram.application import set_webhook
from dogcoach.config import Settings
from dogcoach.webhook import telegram as telegram_webhook
from dogcoach.webhook.app import create_app
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_telegram_e2e import serve

TELEGRAM_SECRET = "surfaces_Secret-1"
KAKAO_SECRET = "kakao-surfaces-secret"
KAKAO_HEADER = "X-DogCoach-Secret"
ADMIN_TOKEN = "admin-surfaces-token-0123456789"
TELEGRAM_PATH = telegram_webhook.PATH
KAKAO_PATH = "/kakao/skill"
BROADCASTS_PATH = "/admin/broadcasts"


def kakao_body(
    user: str, utterance: str, *, choice: str | None = None, lang: str | None = "ko"
) -> dict[str, Any]:
    """A skill request shaped as Kakao i Open Builder sends one (a text, or a quick-reply tap)."""
    request: dict[str, Any] = {
        "timezone": "Asia/Seoul",
        "params": {"ignoreMe": "true"},
        "block": {"id": "block-fallback", "name": "fallback"},
        "utterance": utterance,
        "user": {"id": user, "type": "botUserKey", "properties": {"botUserKey": user}},
    }
    if lang is not None:
        request["lang"] = lang
    return {
        "intent": {"id": "intent-fallback", "name": "fallback"},
        "userRequest": request,
        "bot": {"id": "bot-1", "name": "DogCoach"},
        "action": {
            "id": "action-1",
            "name": "skill",
            "params": {},
            "detailParams": {},
            "clientExtra": {"choice": choice} if choice else {},
        },
    }


@dataclass
class Surfaces:
    fake: FakeTelegramServer
    settings: Settings
    app: FastAPI
    base_url: str
    http: httpx.AsyncClient

    @property
    def port(self) -> int:
        return int(self.base_url.rsplit(":", 1)[1])

    async def telegram(
        self, body: Any, *, secret: str | None = TELEGRAM_SECRET, raw: bytes | None = None
    ) -> httpx.Response:
        headers = {"Content-Type": "application/json"}
        if secret is not None:
            headers[telegram_webhook.SECRET_HEADER] = secret
        content = raw if raw is not None else json.dumps(body, ensure_ascii=False).encode()
        return await self.http.post(TELEGRAM_PATH, content=content, headers=headers)

    async def kakao(
        self, body: Any, *, secret: str | None = KAKAO_SECRET, raw: bytes | None = None
    ) -> httpx.Response:
        headers = {"Content-Type": "application/json"}
        if secret is not None:
            headers[KAKAO_HEADER] = secret
        content = raw if raw is not None else json.dumps(body, ensure_ascii=False).encode()
        return await self.http.post(KAKAO_PATH, content=content, headers=headers)

    async def admin(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        token: str | None = ADMIN_TOKEN,
        raw: bytes | None = None,
        headers: Mapping[str, str | bytes] | None = None,
    ) -> httpx.Response:
        given = {"Content-Type": "application/json", **(headers or {})}
        if token is not None:
            given["Authorization"] = f"Bearer {token}"
        # As bytes: a test may send what no well-behaved client would (non-ASCII header values).
        sent = [(k.encode(), v if isinstance(v, bytes) else v.encode()) for k, v in given.items()]
        content = raw if raw is not None else (None if body is None else json.dumps(body).encode())
        return await self.http.request(method, path, content=content, headers=sent)

    async def raw_exchange(self, head: bytes, body: bytes = b"", *, wait: float = 3.0) -> tuple[int, bytes]:
        """Send a request head and (part of) a body over a plain socket, without finishing it, and
        read the answer: shows the server answered without waiting for the rest."""
        reader, writer = await asyncio.open_connection("127.0.0.1", self.port)
        try:
            writer.write(head + body)
            await writer.drain()
            status_line = await asyncio.wait_for(reader.readline(), wait)
            rest = await asyncio.wait_for(reader.read(65536), wait)
        finally:
            writer.close()
        return int(status_line.split()[1]), rest


def surfaces_settings(fake: FakeTelegramServer, database_url: str, **extra: Any) -> Settings:
    values: dict[str, Any] = {
        "DATABASE_URL": database_url,
        "TELEGRAM_BOT_TOKEN": fake.token,
        "TELEGRAM_WEBHOOK_SECRET": TELEGRAM_SECRET,
        "TELEGRAM_API_BASE_URL": fake.url,
        "KAKAO_SKILL_SECRET": KAKAO_SECRET,
        "KAKAO_SKILL_SECRET_HEADER": KAKAO_HEADER,
        "ADMIN_API_TOKEN": ADMIN_TOKEN,
        "OLLAMA_HOST": "http://127.0.0.1:9",  # nothing listens: reports stay pending
        "DOGCOACH_OLLAMA_PULL": "false",
        "DOGCOACH_DEFAULT_LOCALE": "ko",
        **extra,
    }
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@asynccontextmanager
async def surfaces(fake: FakeTelegramServer, database_url: str, **extra: Any) -> AsyncIterator[Surfaces]:
    """The whole app (every default plugin), served, with Telegram's webhook registered."""
    settings = surfaces_settings(fake, database_url, **extra)
    app = create_app(settings)
    async with serve(app) as base_url:
        await set_webhook(settings, base_url + TELEGRAM_PATH)
        async with httpx.AsyncClient(base_url=base_url, timeout=10, trust_env=False) as http:
            yield Surfaces(fake, settings, app, base_url, http)
