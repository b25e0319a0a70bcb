"""Starting and stopping a running bot: the one start-up `dogcoach serve` (`webhook.app`) and
`dogcoach run --polling` (`channels.telegram.application.run_polling`) share.

The runtime opens first (store open, engine built); then the parts a mode adds, in order (each
channel registers its outbox sender, broadcasting starts); then the database (migrated, or
connected in the background while it is down) with the analysis service, last, so the results of
reports resumed after a restart find their channels' senders. Everything stops in reverse order.

Once everything is up, the objects built so far (Fluent bundles, PTB, pydantic validators, the
app) are frozen out of the garbage collector (`gc.freeze`): they live as long as the process, and
walking them in every full collection paused all turns for 19-146 ms every second or two under
load (issue 14, a Kakao-only deployment; p99 halved with the freeze).
"""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import AbstractAsyncContextManager, AsyncExitStack, asynccontextmanager

from dogcoach.bot.database import connected
from dogcoach.bot.wiring import Runtime, runtime
from dogcoach.config import Settings
from dogcoach.services.broadcast.daily import DailyTips
from dogcoach.services.broadcast.service import BroadcastService

log = logging.getLogger(__name__)

# Something that runs alongside the runtime: a channel, broadcasting, the web app's state.
Part = Callable[[Runtime], AbstractAsyncContextManager[object]]


@asynccontextmanager
async def running(settings: Settings, parts: Sequence[Part]) -> AsyncIterator[Runtime]:
    """The runtime with `parts` started in order, then the database connected (in the background
    if it is down: `bot.database.connected`) and the analysis service; all stopped on exit."""
    async with runtime(settings, migrate=False) as rt, AsyncExitStack() as stack:
        for part in parts:
            await stack.enter_async_context(part(rt))
        await stack.enter_async_context(connected(rt))
        gc.collect()
        gc.freeze()
        try:
            yield rt
        finally:
            gc.unfreeze()  # a process that starts the bot again (tests) can collect this one


@asynccontextmanager
async def broadcasting(rt: Runtime) -> AsyncIterator[BroadcastService]:
    """Broadcasts in a running bot: the service for the admin flow (and the admin API), the
    resumption of unfinished broadcasts, and the optional daily tip. Stopping drains in-flight
    sends. While it runs, ADMIN_TELEGRAM_IDS may use `/broadcast`."""
    service = BroadcastService.from_settings(rt.store, rt.messages, rt.settings, outbox=rt.outbox)
    rt.engine.services.broadcasts = service
    rt.engine.services.admin_telegram_ids = rt.settings.admin_telegram_ids
    tasks = [asyncio.create_task(service.supervise(), name="broadcast_supervisor")]
    settings = rt.settings
    if settings.daily_tip_enabled:
        daily = DailyTips(service, settings.daily_tip_time, settings.daily_tip_timezone)
        tasks.append(asyncio.create_task(daily.run_forever(), name="daily_tip"))
        log.info("daily tip at %s %s", settings.daily_tip_time, settings.daily_tip_timezone)
    try:
        yield service
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await service.close()
        rt.engine.services.broadcasts = None
