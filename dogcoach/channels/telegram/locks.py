"""Turns of one chat run one after another, so a quick double tap cannot race the engine's
state or reorder messages; different chats run concurrently."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any


class ChatLocks:
    """One lock per chat, created on demand and dropped when nobody holds or waits for it.

    Re-entrant for the task holding it: an outbox delivery made from inside a turn (an engine
    `after_commit` job) must not wait for the turn that is running it.
    """

    @dataclass
    class _Entry:
        lock: asyncio.Lock
        users: int = 0
        owner: asyncio.Task[Any] | None = None

    def __init__(self) -> None:
        self._entries: dict[int, ChatLocks._Entry] = {}

    @asynccontextmanager
    async def hold(self, chat_id: int) -> AsyncIterator[None]:
        task = asyncio.current_task()
        entry = self._entries.get(chat_id)
        if entry is not None and task is not None and entry.owner is task:
            yield
            return
        if entry is None:
            entry = self._entries[chat_id] = ChatLocks._Entry(asyncio.Lock())
        entry.users += 1
        try:
            async with entry.lock:
                entry.owner = task
                try:
                    yield
                finally:
                    entry.owner = None
        finally:
            entry.users -= 1
            if entry.users == 0:
                self._entries.pop(chat_id, None)

    def __len__(self) -> int:
        return len(self._entries)
