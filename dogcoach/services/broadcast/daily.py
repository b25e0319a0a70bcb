"""The optional daily tip: one tip a day at a local time, to every opted-in user.

It is an ordinary broadcast with a `daily_key` (`daily:<local date>`) that the database keeps
unique, so however many processes run the scheduler, and however often they restart, each day has
at most one daily tip; a restart mid-way resumes it like any other broadcast.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from zoneinfo import ZoneInfo

from dogcoach.services.broadcast.service import BroadcastService
from dogcoach.services.broadcast.tips import tip_for_day
from dogcoach.services.store.base import Broadcast, BroadcastSpec, utcnow

log = logging.getLogger(__name__)

DAILY_CREATOR = "daily"
# A process that was down at the scheduled time still sends that day's tip if it comes back within
# this long; later than that, the day is skipped rather than tipping people in the evening.
CATCH_UP = dt.timedelta(hours=3)


def daily_key(day: dt.date) -> str:
    return f"daily:{day.isoformat()}"


class DailyTips:
    def __init__(self, service: BroadcastService, at: dt.time, timezone: str) -> None:
        self.service = service
        self.at = at
        self.zone = ZoneInfo(timezone)

    def scheduled(self, day: dt.date) -> dt.datetime:
        return dt.datetime.combine(day, self.at, tzinfo=self.zone)

    def due(self, now: dt.datetime) -> dt.date | None:
        """The local day whose tip should go out now, if any."""
        local = now.astimezone(self.zone)
        start = self.scheduled(local.date())
        return local.date() if start <= local < start + CATCH_UP else None

    def next_run(self, now: dt.datetime) -> dt.datetime:
        local = now.astimezone(self.zone)
        start = self.scheduled(local.date())
        if local >= start:
            start = self.scheduled(local.date() + dt.timedelta(days=1))
        return start

    async def tick(self, now: dt.datetime | None = None) -> Broadcast | None:
        """Create and launch today's tip if it is due and nobody made it yet."""
        day = self.due(now or utcnow())
        if day is None:
            return None
        spec = BroadcastSpec("tip", tip_key=tip_for_day(self.service.messages, day))
        broadcast = await self.service.create(spec, DAILY_CREATOR, daily_key=daily_key(day))
        if broadcast is None:
            return None
        log.info(
            "daily tip %s for %s: broadcast %s to %d users", spec.tip_key, day, broadcast.id, broadcast.total
        )
        self.service.launch(broadcast.id)
        return broadcast

    async def run_forever(self) -> None:
        while True:
            try:
                await self.tick()
            except Exception:
                log.exception("daily tip failed; trying again later")
            now = utcnow()
            wait = (self.next_run(now) - now).total_seconds()
            await asyncio.sleep(min(max(wait, 1.0), 600.0))
