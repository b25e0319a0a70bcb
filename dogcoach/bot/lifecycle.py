"""Starting and stopping a running bot: the one start-up `dogcoach serve` (`webhook.app`) and
`dogcoach run --polling` (`channels.telegram.application.run_polling`) share.

The runtime opens first (store open, engine built); then the parts a mode adds, in order (each
channel registers its outbox sender, broadcasting starts); then the check-in scheduler, which pushes
to the channels now registered once the database is ready; then the database (migrated, or
connected in the background while it is down) with the analysis service, last, so the results of
reports resumed after a restart find their channels' senders. Everything stops in reverse order.

Schedules run once across processes: the daily tip, the resumption of broadcasts and the
check-in scheduler are jobs of the process's `Leader` (`services/leader.py`), which runs them only
while it holds the `schedules` lease; another process takes them over when the holder dies. A
SQLite database serves one server process: a second one refuses to start (`Store.serving`).

Once everything is up, the objects built so far (Fluent bundles, PTB, pydantic validators, the
app) are frozen out of the garbage collector (`gc.freeze`): they live as long as the process, and
walking them in every full collection paused all turns for 19-146 ms every second or two under
load (issue 14, a Kakao-only deployment; p99 halved with the freeze). The youngest generation is
collected every `GC_YOUNG_THRESHOLD` allocations instead of 700: a turn allocates thousands of
short-lived objects, and the default ran a collection several times per turn (benchmarks/
telegram_webhook.py: 7-10 % less CPU per update); the older generations keep their default ratios.
"""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import AsyncIterator, Callable, Coroutine, Sequence
from contextlib import AbstractAsyncContextManager, AsyncExitStack, asynccontextmanager
from typing import Any

from dogcoach.bot.database import connected
from dogcoach.bot.wiring import Runtime, checkin_policy_from, runtime
from dogcoach.config import Settings
from dogcoach.handlers.coaching.delivery import CheckinSender
from dogcoach.services.analysis.chart import start_warm_up
from dogcoach.services.broadcast.daily import DailyTips
from dogcoach.services.broadcast.kakao_sender import KakaoEventSender
from dogcoach.services.broadcast.service import BroadcastService
from dogcoach.services.coaching.worker import CheckinWorker
from dogcoach.services.leader import Leader

log = logging.getLogger(__name__)

# How long a stopping server lets a check-in push in flight finish.
STOP_GRACE_SECONDS = 10.0

# Allocations between two collections of the youngest generation while the bot runs (default 700).
GC_YOUNG_THRESHOLD = 20_000

# Something that runs alongside the runtime: a channel, broadcasting, the web app's state.
Part = Callable[[Runtime], AbstractAsyncContextManager[object]]


@asynccontextmanager
async def running(settings: Settings, parts: Sequence[Part]) -> AsyncIterator[Runtime]:
    """The runtime with `parts` started in order, then check-ins, then the database connected (in
    the background if it is down: `bot.database.connected`) and the analysis service; all stopped
    on exit."""
    async with runtime(settings, migrate=False) as rt, AsyncExitStack() as stack:
        stack.enter_context(rt.store.serving())  # SQLite: the only server on its file, or StoreInUse
        await stack.enter_async_context(leading(rt))
        for part in parts:
            await stack.enter_async_context(part(rt))
        await stack.enter_async_context(checking_in(rt))
        await stack.enter_async_context(connected(rt))
        await stack.enter_async_context(charting(rt))
        gc.collect()
        gc.freeze()
        thresholds = gc.get_threshold()
        gc.set_threshold(GC_YOUNG_THRESHOLD, *thresholds[1:])
        try:
            yield rt
        finally:
            gc.set_threshold(*thresholds)
            gc.unfreeze()  # a process that starts the bot again (tests) can collect this one


@asynccontextmanager
async def charting(rt: Runtime) -> AsyncIterator[None]:
    """The chart worker started and warmed in the background (`analysis.chart.start_warm_up`):
    the first /week of a process took 3.97 s on Kakao (owner trial 7: the worker's spawn,
    matplotlib's import and its fonts), past the skill's deadline; /progress and /summary are drawn
    there too. Nothing waits for it: a chart asked for meanwhile queues behind it in the worker,
    which is sooner than a cold start."""
    task = start_warm_up(rt.messages)
    if task is not None:
        task.add_done_callback(_warmed)
    try:
        yield
    finally:
        if task is not None and not task.done():
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)


def _warmed(task: asyncio.Task[float]) -> None:
    if not task.cancelled() and task.exception() is None and task.result() > 0:
        log.info("chart worker warmed in %.2f s", task.result())


@asynccontextmanager
async def leading(rt: Runtime) -> AsyncIterator[Leader]:
    """The process's `Leader`, trying for the schedules lease once the database is ready; on exit
    its jobs are stopped and the lease given up (the parts stop their own jobs gracefully first)."""
    leader = Leader(rt.store, lease_seconds=rt.settings.schedule_lease_seconds)
    rt.leader = leader

    async def run() -> None:
        await rt.ready.wait()
        await leader.run_forever()

    task = asyncio.create_task(run(), name="schedules_lease")
    try:
        yield leader
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        await leader.close()
        rt.leader = None


class _Scheduled:
    """One part's schedules: jobs of the runtime's `Leader` (one process at a time) when there is
    one, else plain tasks of this process."""

    def __init__(self, rt: Runtime) -> None:
        self.leader = rt.leader
        self.names: list[str] = []
        self.tasks: dict[str, asyncio.Task[object]] = {}

    def add(self, name: str, job: Callable[[], Coroutine[Any, Any, object]]) -> None:
        self.names.append(name)
        if self.leader is not None:
            self.leader.add(name, job)
        else:
            self.tasks[name] = asyncio.create_task(job(), name=name)

    async def stop(self, grace: float = 0.0) -> None:
        """Each job gets `grace` seconds to end by itself (told to stop by its owner), then is
        cancelled."""
        for name in self.names:
            if self.leader is not None:
                await self.leader.remove(name, grace)
                continue
            task = self.tasks.pop(name)
            if grace > 0:
                await asyncio.wait({task}, timeout=grace)
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        self.names = []


@asynccontextmanager
async def broadcasting(rt: Runtime) -> AsyncIterator[BroadcastService]:
    """Broadcasts in a running bot: the service for the admin flow (and the admin API), the
    resumption of unfinished broadcasts, and the optional daily tip (both schedules: in one
    process at a time). Stopping drains in-flight sends. While it runs, ADMIN_TELEGRAM_IDS may use
    `/broadcast`."""
    service = BroadcastService.from_settings(rt.store, rt.messages, rt.settings, outbox=rt.outbox)
    rt.engine.services.broadcasts = service
    rt.engine.services.admin_telegram_ids = rt.settings.admin_telegram_ids
    scheduled = _Scheduled(rt)
    scheduled.add("broadcast_supervisor", service.supervise)
    settings = rt.settings
    if settings.daily_tip_enabled:
        daily = DailyTips(service, settings.daily_tip_time, settings.daily_tip_timezone)
        scheduled.add("daily_tip", daily.run_forever)
        log.info("daily tip at %s %s", settings.daily_tip_time, settings.daily_tip_timezone)
    try:
        yield service
    finally:
        await scheduled.stop()
        await service.close()
        rt.engine.services.broadcasts = None


@asynccontextmanager
async def checking_in(rt: Runtime) -> AsyncIterator[CheckinWorker]:
    """The check-in scheduler: a pass every `DOGCOACH_CHECKIN_POLL_SECONDS` (the first at once)
    pushes due check-ins to the channels registered so far (Telegram through the outbox, Kakao
    through the Event API when configured). A schedule: one process at a time runs it (its passes
    would be safe in several at once anyway: claims skip each other's rows)."""
    settings = rt.settings
    kakao = KakaoEventSender.from_settings(settings)
    worker = CheckinWorker(
        rt.store,
        CheckinSender(rt.store, rt.messages, rt.outbox, kakao=kakao),
        policy=checkin_policy_from(settings),
        lease_seconds=settings.checkin_lease_seconds,
    )

    async def run() -> None:
        await rt.ready.wait()  # no pass before the database is connected and migrated
        await worker.run_forever(settings.checkin_poll_seconds)

    scheduled = _Scheduled(rt)
    scheduled.add("checkins", run)
    try:
        yield worker
    finally:
        # A graceful stop: the push in flight finishes and is recorded, the rest of its batch
        # goes back to pending; only a push still hanging after the grace period is cut off.
        worker.stop()
        await scheduled.stop(STOP_GRACE_SECONDS)
        if kakao is not None:
            await kakao.close()
