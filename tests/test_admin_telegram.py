"""An admin broadcasts from Telegram, end to end over real HTTP: the app (Telegram webhook plugin and
the broadcast plugin) served by uvicorn, the fake Bot API POSTing the admin's messages and taps to
the webhook, the real adapter, engine, store and broadcast service. A few hundred users in two
languages, one of whom blocked the bot."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import uvicorn
from fastapi import FastAPI

from dogcoach.channels.telegram.application import set_webhook
from dogcoach.config import Settings
from dogcoach.services.broadcast import make_spec, render
from dogcoach.services.i18n import Messages
from dogcoach.services.store import make_store
from dogcoach.webhook import admin as admin_api
from dogcoach.webhook import telegram as telegram_webhook
from dogcoach.webhook.app import create_app
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram as _fake_telegram  # noqa: F401  (registers it)
from tests.test_broadcast import FIRST_CHAT, add_users, eventually

ADMIN = 5151
SECRET = "admin_Secret-7"
MESSAGES = Messages()


class _Uvicorn(uvicorn.Server):
    async def main_loop(self) -> None:
        counter = 0
        while not await self.on_tick(counter):
            counter = (counter + 1) % 864000
            await asyncio.sleep(0.005)


@asynccontextmanager
async def serve(app: FastAPI) -> AsyncIterator[str]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    server = _Uvicorn(uvicorn.Config(app, lifespan="on", log_config=None, access_log=False, ws="none"))
    task = asyncio.create_task(server.serve(sockets=[sock]))
    for _ in range(2000):
        if server.started or task.done():
            break
        await asyncio.sleep(0.005)
    if task.done():
        task.result()
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        await task
        sock.close()


async def test_admin_broadcasts_a_tip_from_telegram(
    fake_telegram: FakeTelegramServer, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'tg.db'}"
    store = make_store(url)
    await store.open()
    await store.migrate()
    await add_users(store, 300)  # stored ko / en alternately
    await store.close()
    fake_telegram.block_chat(FIRST_CHAT + 11)
    values: dict[str, Any] = {
        "DATABASE_URL": url,
        "TELEGRAM_BOT_TOKEN": fake_telegram.token,
        "TELEGRAM_WEBHOOK_SECRET": SECRET,
        "TELEGRAM_API_BASE_URL": fake_telegram.url,
        "ADMIN_TELEGRAM_IDS": f"{ADMIN}, 999999",
        "BROADCAST_RATE_PER_SECOND": "1000",
    }
    settings = Settings(_env_file=None, **values)  # type: ignore[call-arg]
    app = create_app(settings, plugins=[telegram_webhook.plugin, admin_api.plugin])
    async with serve(app) as base_url:
        await set_webhook(settings, base_url + telegram_webhook.PATH)

        async def say(text: str, chat: int = ADMIN) -> None:
            result = await fake_telegram.deliver_message(chat, text, language_code="en")
            assert result.status_code == 200, result.text

        async def tap(label: str) -> None:
            result = await fake_telegram.deliver_button_press(ADMIN, label, language_code="en")
            assert result.status_code == 200, result.text

        def texts(chat: int) -> list[str]:
            return [m.text or "" for m in fake_telegram.sent_messages(chat) if m.kind == "message"]

        # Someone else is told the command does not exist, and nothing is sent.
        await say("/broadcast", chat=FIRST_CHAT + 1)
        assert texts(FIRST_CHAT + 1)[-1] == MESSAGES.format("en", "unknown-command")

        await say("/broadcast")
        assert texts(ADMIN)[-1] == MESSAGES.format("en", "admin-bc-intro")
        await tap(MESSAGES.format("en", "admin-bc-kind-tip"))
        await tap("Reward calm")
        await tap(MESSAGES.format("en", "admin-bc-target-all"))
        # The admin is a Telegram user too: 301 recipients (the block is not known yet).
        assert "Preview (Everyone): this goes to 301 people.\n" in texts(ADMIN)[-3]
        await tap(MESSAGES.format("en", "admin-bc-confirm"))
        await eventually(lambda: any(t.startswith("Tip #1 went to") for t in _reports(fake_telegram)))

    report = next(t for t in _reports(fake_telegram) if t.startswith("Tip #1 went to"))
    assert report.startswith(
        "Tip #1 went to 300 of 301 recipients. 1 person did not get it because they blocked the bot. It took "
    )
    spec = make_spec(MESSAGES, tip="catch-calm")
    for offset in (0, 1, 11):
        chat = FIRST_CHAT + offset
        got = [m.text for m in fake_telegram.sent_messages(chat) if m.kind == "message"]
        if offset == 11:
            assert got == []
        else:
            assert got[-1] == render(MESSAGES, spec, "ko" if offset % 2 == 0 else "en")
    per_chat: dict[int, int] = {}
    for m in fake_telegram.sent_messages():
        if m.kind == "message" and m.text and m.text.startswith("💡"):
            per_chat[m.chat_id] = per_chat.get(m.chat_id, 0) + 1
    assert len(per_chat) == 300 and set(per_chat.values()) == {1}


def _reports(fake: FakeTelegramServer) -> list[str]:
    """What the admin's chat shows now: messages as last edited."""
    shown = []
    for m in fake.sent_messages(ADMIN):
        current = fake.message(ADMIN, m.message_id)
        if current is not None:
            shown.append(str(current.get("text", "")))
    return shown
