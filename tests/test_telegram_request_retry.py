"""The Telegram request backend over a real socket: a keep-alive connection the server closes as
the request arrives loses no reply (owner trial 14: "reply to chat … failed: ServerDisconnectedError",
two replies never came).

The server is a plain asyncio one on 127.0.0.1, so the first request's connection can be closed
with nothing answered, as a server closing an idle connection does."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

import pytest
from telegram import Bot
from telegram.error import NetworkError

from dogcoach.channels.telegram.request import AiohttpRequest

MESSAGE = {"message_id": 7, "date": 0, "chat": {"id": 1, "type": "private"}, "text": "안녕하세요"}
OK = json.dumps({"ok": True, "result": MESSAGE}).encode()


class DroppingServer:
    """Closes the first `drop` connections as soon as a request arrives; answers the others."""

    def __init__(self, drop: int) -> None:
        self.drop = drop
        self.requests: list[bytes] = []
        self.server: asyncio.Server | None = None

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        length = next(
            (
                int(line.split(b":")[1])
                for line in head.split(b"\r\n")
                if line.lower().startswith(b"content-length")
            ),
            0,
        )
        body = await reader.readexactly(length)
        self.requests.append(body)
        if len(self.requests) <= self.drop:
            writer.close()  # nothing answered: the client sees the server disconnect
            return
        writer.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(OK)
        )
        writer.write(OK)
        await writer.drain()
        writer.close()


@pytest.fixture
async def serving() -> AsyncIterator[tuple[DroppingServer, Bot]]:
    """The server, and python-telegram-bot's `Bot` sending to it through `AiohttpRequest`."""
    server = DroppingServer(drop=0)
    server.server = await asyncio.start_server(server.handle, "127.0.0.1", 0)
    port = server.server.sockets[0].getsockname()[1]
    bot = Bot("1:TOKEN", base_url=f"http://127.0.0.1:{port}/bot", request=AiohttpRequest())
    yield server, bot
    await bot.shutdown()
    server.server.close()


async def test_a_dropped_connection_is_tried_once_more(serving: tuple[DroppingServer, Bot]) -> None:
    server, bot = serving
    server.drop = 1
    sent = await bot.send_message(chat_id=1, text="안녕하세요")
    assert sent.message_id == 7
    assert len(server.requests) == 2 and server.requests[0] == server.requests[1]  # the same message
    assert json.loads(server.requests[1])["text"] == "안녕하세요"


async def test_a_server_that_drops_twice_is_a_network_error(serving: tuple[DroppingServer, Bot]) -> None:
    server, bot = serving
    server.drop = 2
    with pytest.raises(NetworkError, match="ServerDisconnected"):
        await bot.send_message(chat_id=1, text="안녕하세요")
    assert len(server.requests) == 2  # once more, not forever
