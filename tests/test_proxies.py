"""A proxy in the environment never carries loopback traffic; the Telegram session uses the proxy
resolved at start and does not read the environment per request."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

import pytest
from telegram.error import NetworkError

from dogcoach.channels.telegram.request import AiohttpRequest
from dogcoach.services.analysis.models import ModelManager
from dogcoach.services.proxies import proxy_for
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (registers the fixture)
from tests.fakes.ollama_server import FakeOllama

PROXY_VARIABLES = ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "all_proxy")


@contextlib.asynccontextmanager
async def recording_proxy() -> AsyncIterator[tuple[str, list[bytes]]]:
    """A "proxy" on 127.0.0.1 that records each request line and hangs up."""
    seen: list[bytes] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        seen.append(await reader.readline())
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        yield f"http://127.0.0.1:{port}", seen


def set_proxy_environment(monkeypatch: pytest.MonkeyPatch, proxy: str) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.setenv(name, proxy)
    for name in ("no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
async def test_ollama_on_loopback_is_reached_directly(
    fake_ollama: FakeOllama,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    host: str,
) -> None:
    async with recording_proxy() as (proxy, seen):
        set_proxy_environment(monkeypatch, proxy)
        manager = ModelManager(fake_ollama.url.replace("127.0.0.1", host))
        try:
            assert await manager.version()  # httpx
            assert isinstance(await manager.list_models(), list)  # the ollama client
        finally:
            await manager.aclose()
    assert seen == []
    assert [r.path for r in fake_ollama.requests] == ["/api/version", "/api/tags"]


async def test_telegram_session_uses_the_proxy_given_at_start_not_the_environment(
    fake_ollama: FakeOllama,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async with recording_proxy() as (from_env, env_seen), recording_proxy() as (given, given_seen):
        set_proxy_environment(monkeypatch, from_env)
        direct = AiohttpRequest()
        proxied = AiohttpRequest(proxy=given)
        try:
            status, _ = await direct.do_request(f"{fake_ollama.url}/api/version", "GET")
            assert status == 200
            with pytest.raises(NetworkError):  # the recording proxy hangs up
                await proxied.do_request("http://api.telegram.invalid/bot1:x/getMe", "GET")
        finally:
            await direct.shutdown()
            await proxied.shutdown()
    assert env_seen == []
    assert set(given_seen) == {
        b"GET http://api.telegram.invalid/bot1:x/getMe HTTP/1.1\r\n"
    }  # aiohttp retries a GET once


def test_proxy_for_follows_the_environment_except_for_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    set_proxy_environment(monkeypatch, "http://proxy.example:3128")
    monkeypatch.setenv("NO_PROXY", "internal.example")
    assert proxy_for("https://api.telegram.org") == "http://proxy.example:3128"
    assert proxy_for("http://localhost:11434") is None
    assert proxy_for("http://127.0.0.1:8081/bot") is None
    assert proxy_for("http://[::1]:8081") is None
    assert proxy_for("https://bot.internal.example") is None
    for name in ("https_proxy", "HTTPS_PROXY"):
        monkeypatch.delenv(name)
    assert proxy_for("https://api.telegram.org") is None  # ALL_PROXY alone: aiohttp ignores it too
