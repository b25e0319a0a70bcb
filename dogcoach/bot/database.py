"""A running bot's database: connected at start if it answers, else in the background; then the
work that needs it (the analysis service, periodic upkeep).

A server must start and answer /healthz while its database is unreachable (a Supabase project
paused, a PostgreSQL restarting): `dogcoach serve` used to die with a `PoolTimeout` traceback after
16 s instead (issue 14). So migrations are tried once at start with a short wait; if the database
does not answer, the bot runs without it (`Runtime.ready` unset: the webhooks answer "try again",
/readyz says why) and keeps trying with a growing pause, up to `RETRY_MAX` seconds, until it does.

Upkeep keeps the database's growth bounded, in small transactions between turns
(`Store.prune_processed_updates`, `Store.compact_deliveries`, `Store.prune_channel_state`): once connected, then every
`UPKEEP_INTERVAL`. Update ids used to be pruned only at start, so a server that ran for months kept
every id it ever saw.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager

from dogcoach.bot.wiring import Runtime
from dogcoach.services.store import StoreUnavailable

log = logging.getLogger(__name__)

START_WAIT = 3.0  # seconds the start waits for the database before going on without it
RETRY_FIRST = 1.0
RETRY_MAX = 15.0
UPKEEP_INTERVAL = 3600.0


@asynccontextmanager
async def connected(rt: Runtime, *, start_wait: float = START_WAIT) -> AsyncIterator[None]:
    """The database connected and migrated (at once, or in the background when it is down), then
    the analysis service and upkeep running; all stopped on exit."""
    async with AsyncExitStack() as stack:
        if await _migrate(rt, start_wait):
            await _up(rt, stack)
            yield
            return
        later = asyncio.create_task(_connect_later(rt, stack), name="database_connect")
        try:
            yield
        finally:
            later.cancel()
            await asyncio.gather(later, return_exceptions=True)


async def _migrate(rt: Runtime, wait: float) -> bool:
    try:
        applied = await rt.store.migrate(wait=wait)
    except StoreUnavailable as exc:
        reason = (await rt.store.diagnose(exc)).reason
        log.warning("database unavailable (%s); running without it and trying again", reason)
        return False
    if applied:
        log.info("database migrated to version %s", applied[-1])
    return True


async def _connect_later(rt: Runtime, stack: AsyncExitStack) -> None:
    pause = RETRY_FIRST
    while True:
        await asyncio.sleep(pause)
        if await _migrate(rt, rt.store.default_wait):
            log.info("database connected")
            await _up(rt, stack)
            return
        pause = min(pause * 2, RETRY_MAX)


async def _up(rt: Runtime, stack: AsyncExitStack) -> None:
    rt.ready.set()
    if rt.analysis is not None:  # after the channels' senders (started before this), stopped before them
        await stack.enter_async_context(rt.analysis.running())
    task = asyncio.create_task(upkeep(rt), name="database_upkeep")

    async def stop() -> None:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)

    stack.push_async_callback(stop)


async def upkeep(rt: Runtime, interval: float = UPKEEP_INTERVAL) -> None:
    """Prune old update ids, compact finished broadcasts' deliveries and delete expired channel
    state, now and every `interval` seconds; a failure (the database went away) is logged and
    tried again next time."""
    while True:
        try:
            pruned = await rt.store.prune_processed_updates()
            compacted = await rt.store.compact_deliveries()
            expired = await rt.store.prune_channel_state()
        except StoreUnavailable as exc:
            log.warning("database upkeep skipped: %s", exc.reason)
        except Exception:  # upkeep must never stop the bot
            log.exception("database upkeep failed")
        else:
            if pruned or compacted or expired:
                log.info(
                    "database upkeep: %d update ids pruned, %d broadcasts compacted, %d expired channel "
                    "state entries deleted",
                    pruned,
                    compacted,
                    expired,
                )
        await asyncio.sleep(interval)
