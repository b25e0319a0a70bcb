"""The "typing…" indicator: shown while a turn is slow, and after a reply that announces an
analysis until its result is delivered or a minute passes."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from telegram.constants import ChatAction
from telegram.error import Forbidden, TelegramError
from telegram.ext import ExtBot

log = logging.getLogger(__name__)


class TypingKeeper:
    """Repeats `sendChatAction(typing)` for a chat (Telegram shows it about 5 s) until stopped."""

    def __init__(self, bot: ExtBot[Any], interval: float = 4.5, limit: float = 60.0) -> None:
        self.bot = bot
        self.interval = interval
        self.limit = limit
        self._tasks: dict[int, asyncio.Task[None]] = {}

    def start(self, chat_id: int, limit: float | None = None) -> bool:
        """Begin (False when already running for this chat)."""
        if chat_id in self._tasks:
            return False
        task = asyncio.get_running_loop().create_task(
            self._run(chat_id, self.limit if limit is None else limit)
        )
        self._tasks[chat_id] = task

        def forget(done: asyncio.Task[None]) -> None:
            if self._tasks.get(chat_id) is done:
                del self._tasks[chat_id]

        task.add_done_callback(forget)
        return True

    def stop(self, chat_id: int) -> None:
        task = self._tasks.pop(chat_id, None)
        if task is not None:
            task.cancel()

    def running(self, chat_id: int) -> bool:
        return chat_id in self._tasks

    async def _run(self, chat_id: int, limit: float) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + limit
        while loop.time() < deadline:
            try:
                await self.bot.send_chat_action(chat_id, ChatAction.TYPING)
            except Forbidden:
                return
            except TelegramError as exc:
                log.debug("typing for chat %s failed: %s", chat_id, exc)
            await asyncio.sleep(max(0.0, min(self.interval, deadline - loop.time())))

    async def close(self) -> None:
        tasks = list(self._tasks.values())
        self._tasks.clear()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
