"""429 handling: retry a Bot API request after the `retry_after` Telegram names.

Why not PTB's `AIORateLimiter`: it needs the `rate-limiter` extra (aiolimiter) and, more to the
point, throttles every request to 30/s overall by default, which would cap a webhook that answers
a thousand users a second. Telegram's limits bite per chat and on bulk sends (broadcasts pace
themselves); for a conversational bot the one thing needed is: when Telegram says "retry after
N seconds", wait N seconds and send again, a bounded number of times. PTB's `BaseRateLimiter`
hook sees every request the bot makes (sendMessage, edits, answerCallbackQuery, sendChatAction,
media), so this small class covers them all; a refused request was not executed, so a retry never
duplicates a message.

A request may ask for fewer retries through PTB's `rate_limit_args` (a `RequestLimits`: the most
retries for that request). A live edit of an analysis being written asks for none: retrying it later would
show stale text, so it raises `RetryAfter` at once and the edit loop waits `retry_after` and then
shows the newest text instead (`live.LiveMessages`).
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import logging
import warnings
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from telegram._utils.types import JSONDict
from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter
from telegram.warnings import PTBDeprecationWarning

log = logging.getLogger(__name__)


def retry_seconds(exc: RetryAfter) -> float:
    """Seconds to wait; PTB 22 returns an int or a timedelta (and warns about the int)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value: int | dtm.timedelta = exc.retry_after
    return value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)


@dataclass(frozen=True, slots=True)
class RequestLimits:
    """Per-request `rate_limit_args`: at most `retries` retries after a 429 (0: raise at once)."""

    retries: int


NO_RETRY = RequestLimits(0)


class RetryAfterLimiter(BaseRateLimiter[RequestLimits]):
    """Retries 429s up to `max_retries` times; gives up at once when asked to wait over `max_wait`."""

    def __init__(self, max_retries: int = 3, max_wait: float = 60.0) -> None:
        self.max_retries = max_retries
        self.max_wait = max_wait

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | JSONDict | list[JSONDict]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: RequestLimits | None,
    ) -> bool | JSONDict | list[JSONDict]:
        retries = (
            self.max_retries if rate_limit_args is None else min(rate_limit_args.retries, self.max_retries)
        )
        attempt = 0
        while True:
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                wait = retry_seconds(exc)
                if attempt >= retries or wait > self.max_wait:
                    raise
                attempt += 1
                log.warning("telegram %s: 429, retrying in %.1f s (attempt %d)", endpoint, wait, attempt)
                await asyncio.sleep(wait)
