"""A time budget for reading a message (`Understander.understand`), run off the event loop.

The understanding is plain synchronous Python; run on the loop, one slow message stopped every
owner's turn while it ran (stop 57: one message took 20+ minutes). Here it runs in the loop's
default executor under `asyncio.wait_for`, so the loop keeps serving other owners and a reading
that runs over `seconds` raises `OverBudget` (the router keeps the message and says so).

Thread safety (checked at stop 58): the understander reads immutable tables built once; its memo
caches (`functools.lru_cache`, `cached_property`, dicts filled compute-then-store) at worst compute
an entry twice; `answer_asked._READING_PARTS` is a ContextVar and `asyncio.to_thread` runs each call
in a copy of the caller's context, so a flag set in one reading never shows in another. No Kiwi
(morphology) runs in it. A thread that runs over cannot be stopped: it finishes in the background
(its result dropped), holding one of the executor's workers meanwhile.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")


class OverBudget(Exception):
    """The reading ran over its budget (`within`); `seconds`: that budget."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"over the {seconds:g} s budget")
        self.seconds = seconds


async def within(call: Callable[[], T], seconds: float) -> T:
    """`call()` in a worker thread, its result; `OverBudget` when it takes more than `seconds`
    (waiting for a free worker counted). The loop is never blocked by it."""
    started = time.perf_counter()
    try:
        return await asyncio.wait_for(asyncio.to_thread(call), seconds)
    except TimeoutError:
        log.warning(
            "reading a message ran over its %.3g s budget (%.3f s)", seconds, time.perf_counter() - started
        )
        raise OverBudget(seconds) from None
