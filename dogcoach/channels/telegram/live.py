"""The one message an analysis is written into while the model writes it, edited in place.

Telegram's limits (Bot FAQ, "My bot is hitting limits"): in a single chat, avoid sending more
than one message per second (short bursts pass, then 429s come); about 30 messages per second
overall. Edits share the sending limit (tdlib maintainer, tdlib/td#2592: "the limits for message
editing are the same as for message sending"). So, per report:

- the first view is sent as a new message (the owner is notified that the analysis is being
  written), each later view edits that message;
- at most one send or edit every `interval` seconds (1.5 s by default: under one a second, with
  room left for the chat's other messages such as the follow-up question); views that arrive
  meanwhile are coalesced and only the newest is shown, and a text already shown is skipped;
- a 429 during a partial edit is not retried with stale text: nothing is sent to that message
  for `retry_after` seconds, then the newest text is;
- `finish` stops the edits (waiting for one in flight) and hands the message over, so the result
  can be put into it.

Only one analysis runs per owner at a time and the service runs a handful at once, so the
overall limit is far away; broadcasts pace themselves separately.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError

from dogcoach.channels.telegram.locks import ChatLocks
from dogcoach.channels.telegram.ratelimit import retry_seconds

log = logging.getLogger(__name__)

DEFAULT_INTERVAL = 1.5  # seconds between two sends/edits of one live message
MAX_HOLD = 60.0  # longest wait for a 429 before the result is put in regardless
FINISH_WAIT = 15.0  # longest wait for a send or edit in flight when the result comes


@dataclass(eq=False)
class Live:
    """One report's message while it is being written."""

    chat_id: int
    message_id: int | None = None
    shown: str = ""  # the text on screen
    wanted: str = ""  # the newest text asked for
    last: float = float("-inf")  # loop time of the last send or edit
    hold_until: float = 0.0  # after a 429: no request to this message before then
    sends: int = 0  # sends and edits made, for the figures
    stop: asyncio.Event = field(default_factory=asyncio.Event)
    task: asyncio.Task[None] | None = None

    def ready_at(self, interval: float) -> float:
        return max(self.last + interval, self.hold_until)


class LiveMessages:
    """Live messages by report id. `send(chat, text) -> message id` and `edit(chat, message, text)`
    make the calls (without retries after a 429); `locks` keeps the first send in order with the
    chat's turns."""

    def __init__(
        self,
        send: Callable[[int, str], Awaitable[int]],
        edit: Callable[[int, int, str], Awaitable[None]],
        locks: ChatLocks,
        interval: float = DEFAULT_INTERVAL,
    ) -> None:
        self._send = send
        self._edit = edit
        self._locks = locks
        self.interval = interval
        self._live: dict[int, Live] = {}

    def __contains__(self, report_id: object) -> bool:
        return report_id in self._live

    def show(self, chat_id: int, report_id: int, text: str) -> None:
        """Make `text` the report's live message, as soon as the pace allows (returns at once)."""
        live = self._live.get(report_id)
        if live is None or live.chat_id != chat_id:
            live = self._live[report_id] = Live(chat_id)
        live.wanted = text
        if live.task is None or live.task.done():
            live.task = asyncio.get_running_loop().create_task(self._run(live), name=f"live_{report_id}")

    async def finish(self, report_id: int) -> Live | None:
        """Stop updating the report's message and return it (None when there was none); a send or
        edit in flight completes first, so its message id is known."""
        live = self._live.pop(report_id, None)
        if live is None:
            return None
        live.stop.set()
        if live.task is not None:
            done, _ = await asyncio.wait({live.task}, timeout=FINISH_WAIT)
            if not done:  # stuck (a chat lock held elsewhere): the result goes as a new message
                live.task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await live.task
        return live

    async def wait_turn(self, live: Live) -> None:
        """Wait until the pace allows another request to this message (at most `MAX_HOLD`)."""
        loop = asyncio.get_running_loop()
        delay = min(live.ready_at(self.interval) - loop.time(), MAX_HOLD)
        if delay > 0:
            await asyncio.sleep(delay)

    def sent(self, live: Live) -> None:
        """Note a request made to the message outside the loop (the final edit)."""
        live.last = asyncio.get_running_loop().time()
        live.sends += 1

    async def close(self) -> None:
        lives = list(self._live.values())
        self._live.clear()
        for live in lives:
            live.stop.set()
            if live.task is not None:
                live.task.cancel()
        await asyncio.gather(*(lv.task for lv in lives if lv.task is not None), return_exceptions=True)

    async def _run(self, live: Live) -> None:
        loop = asyncio.get_running_loop()
        while live.wanted != live.shown and not live.stop.is_set():
            delay = live.ready_at(self.interval) - loop.time()
            if delay > 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(live.stop.wait(), delay)
                if live.stop.is_set():
                    return
            text = live.wanted
            try:
                if live.message_id is None:
                    async with self._locks.hold(live.chat_id):  # after the turn's own replies
                        if live.stop.is_set():  # the result came first: it is sent as usual
                            return
                        live.message_id = await self._send(live.chat_id, text)
                else:
                    await self._edit(live.chat_id, live.message_id, text)
            except RetryAfter as exc:
                live.hold_until = loop.time() + retry_seconds(exc)
                log.info(
                    "live message in chat %s: 429, next edit in %.0f s", live.chat_id, retry_seconds(exc)
                )
                continue
            except BadRequest as exc:
                if "not modified" not in exc.message:
                    log.info("live message in chat %s not updated: %s", live.chat_id, exc)
                    return
            except (Forbidden, TelegramError) as exc:  # blocked, network: the result will say it all
                log.info("live message in chat %s stopped: %s", live.chat_id, exc)
                return
            live.shown = text
            live.last = loop.time()
            live.sends += 1
