"""Live progress for an admin who started a broadcast in Telegram: one status message, edited as
the broadcast advances and turned into the report at the end.

The Telegram adapter's outbox sender can send replies but cannot edit them, so the status message
goes through the broadcast's own Telegram sender (same bot, same pacer). It appears only when the
broadcast takes a while (`delay`), so a quick one ends with just the report, and it is edited at
most once per `interval`, well inside Telegram's one message per second per chat.
"""

from __future__ import annotations

import asyncio
import logging
import time

from dogcoach.services.broadcast.pacing import Pacer
from dogcoach.services.broadcast.report import BroadcastReport, Progress, progress_text, report_text
from dogcoach.services.broadcast.telegram_sender import TelegramSender
from dogcoach.services.i18n import Messages

log = logging.getLogger(__name__)


class TelegramStatus:
    def __init__(
        self,
        sender: TelegramSender,
        pacer: Pacer,
        messages: Messages,
        *,
        chat: str,
        locale: str,
        kind: str = "text",
        interval: float = 3.0,
        delay: float = 1.5,
    ) -> None:
        self.sender = sender
        self.pacer = pacer
        self.messages = messages
        self.chat = chat
        self.locale = locale
        self.kind = kind  # the broadcast's kind, which names it ("Tip #3")
        self.interval = interval
        self.delay = delay
        self.message_id: int | None = None
        self._started = time.monotonic()
        self._last = 0.0
        self._shown = ""
        self._busy: asyncio.Task[None] | None = None

    def progress(self, progress: Progress) -> None:
        """Progress callback: never waits for Telegram (an edit runs beside the sends)."""
        now = time.monotonic()
        if now - self._started < self.delay or now - self._last < self.interval:
            return
        if self._busy is not None and not self._busy.done():
            return
        text = progress_text(self.messages, self.locale, progress, self.kind)
        if text == self._shown:
            return
        self._last = now
        self._busy = asyncio.create_task(self._show(text))

    async def finish(self, report: BroadcastReport) -> bool:
        """Turn the status message into the report; False when there is none (or it failed), so the
        caller sends the report as a new message instead."""
        if self._busy is not None:
            await asyncio.wait({self._busy})
        if self.message_id is None:
            return False
        self.pacer.started(self.chat, await self.pacer.wait(self.chat))
        return await self.sender.edit(
            self.chat, self.message_id, report_text(self.messages, self.locale, report)
        )

    async def _show(self, text: str) -> None:
        self.pacer.started(self.chat, await self.pacer.wait(self.chat))
        if self.message_id is None:
            self.message_id = await self.sender.post(self.chat, text)
        elif not await self.sender.edit(self.chat, self.message_id, text):
            return
        self._shown = text
