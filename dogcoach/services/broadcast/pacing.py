"""Pacing for Telegram: a global rate, a per-chat minimum gap, and a pause after a 429.

Sends are spaced evenly rather than allowed in bursts, and the spacing carries a small guard
(2 % by default): Telegram counts messages in a sliding one-second window as they *arrive*, and a
few milliseconds of jitter between two sends scheduled exactly 1/rate apart would otherwise put one
message too many into a window and earn a 429, which costs a whole `retry_after` second.

The schedule alone is not enough: when the event loop stalls (a GC pause, a slow commit), a send
starts late while the one a second later starts on time, and the two land less than a second
apart. So the actual start times are checked too: never more than `rate` starts within any
1 s + guard.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Callable


class Slot:
    """A granted send; `at` is when it was granted, then when the request really left."""

    __slots__ = ("at",)

    def __init__(self, at: float) -> None:
        self.at = at


class Pacer:
    def __init__(
        self,
        rate_per_second: float,
        *,
        per_chat_interval: float = 1.0,
        guard: float = 0.02,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if rate_per_second <= 0:
            raise ValueError("rate_per_second must be positive")
        self.interval = (1.0 + guard) / rate_per_second
        self.window = 1.0 + guard
        self._starts: deque[Slot] = deque(maxlen=max(1, int(rate_per_second)))
        self.per_chat_interval = per_chat_interval * (1.0 + guard)
        self._clock = clock
        self._next = 0.0
        self._paused_until = 0.0
        self._chat_last: dict[str, float] = {}
        self._lock = asyncio.Lock()

    def pause(self, seconds: float) -> None:
        """Telegram said 429: nobody sends until `retry_after` has passed."""
        until = self._clock() + max(0.0, seconds)
        self._paused_until = max(self._paused_until, until)
        self._next = max(self._next, self._paused_until)

    async def wait(self, chat: str) -> Slot:
        """Return when a message to `chat` may go: our slot in the global schedule has come, the
        chat's previous message is at least `per_chat_interval` old, and the real starts of the
        last `rate` sends allow one more. Then call `started` with the slot as the request leaves."""
        while True:
            now = self._clock()
            ready = self._chat_last.get(chat, -1e9) + self.per_chat_interval
            if ready > now:
                # Wait for this chat without holding a global slot, so other chats keep flowing.
                await asyncio.sleep(ready - now)
                continue
            async with self._lock:
                now = self._clock()
                slot = max(now, self._next, self._paused_until)
                self._next = slot + self.interval
            if slot > now:
                await asyncio.sleep(slot - now)
            late = self._window_wait()
            if late > 0:  # earlier sends started late: keep a full window after them
                await asyncio.sleep(late)
                if self._window_wait() > 0:
                    continue
            if self._clock() < self._paused_until:  # a 429 arrived while we slept: queue again
                continue
            if self._chat_last.get(chat, -1e9) + self.per_chat_interval > self._clock():
                continue  # another task sent to this chat meanwhile
            granted = Slot(self._clock())
            self._starts.append(granted)  # counted at once, so concurrent waiters see it
            self._chat_last[chat] = granted.at
            self._prune()
            return granted

    def started(self, chat: str, slot: Slot) -> None:
        """Call right before the request goes out (after the delivery's claim is committed, which
        on a remote database takes a variable while): the window counts real start times."""
        slot.at = self._clock()
        self._chat_last[chat] = slot.at

    def _window_wait(self) -> float:
        """How long until one more start keeps at most `rate` starts within any window."""
        if len(self._starts) < (self._starts.maxlen or 1):
            return 0.0
        return self._starts[0].at + self.window - self._clock()

    def not_sent(self, chat: str) -> None:
        """The message was refused (429, 5xx): it does not count against the chat's own limit,
        so its retry waits only for its backoff and the global schedule."""
        self._chat_last.pop(chat, None)

    def _prune(self) -> None:
        if len(self._chat_last) < 4096:
            return
        horizon = self._clock() - self.per_chat_interval
        self._chat_last = {c: t for c, t in self._chat_last.items() if t > horizon}
