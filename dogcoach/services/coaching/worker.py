"""The check-in scheduler: finds due check-ins and pushes them, at most once each.

Each pass (`run_once`, which a server runs every `DOGCOACH_CHECKIN_POLL_SECONDS`):

1. settles claims a dead process left `sending` past their lease as sent with the outcome
   unknown (`INTERRUPTED`): the platform may have shown them, so they are never sent again;
2. claims due check-ins of owners on the channels the injected `CheckinPush` can reach now
   (pending -> sending, with a lease, committed before any platform call; `FOR UPDATE SKIP
   LOCKED` on PostgreSQL, so replicas split the work), a small batch at a time, the batch's
   leases renewed while it is being sent;
3. for each: an owner who turned check-ins off is `skipped`; one who blocked the bot is
   `blocked`; an owner with another check-in shown and unanswered (within `ONE_OPEN_FOR`), or
   answered within `NOTE_OPEN_FOR` (its note may be open), is not claimed, nor sent a second one
   claimed in the same batch (one question at a time: it stays due, and the owner's next message
   once the first is done asks it); an owner who chose a time of day for check-ins (`users.checkin_minute`: "remind
   me at 8pm") gets it at the next such local time, never before it is due and never held by
   quiet hours (`schedule.at_chosen_time`); without a choice, inside the owner's quiet hours
   (their zone, else the bot's) it goes back to pending until the quiet hours end; otherwise the push decides: sent, undelivered (offered at the
   owner's next message instead), blocked, or retry (nothing went out: pending again shortly).

Owners of channels nothing can push to (the terminal; Kakao without the Event API) are never
claimed here: their due check-in is asked at their next message, in that turn's transaction.
This service calls no flow: rendering and sending are the injected `CheckinPush`'s.

`run_once` is idempotent and safe to run in several processes at once; a server runs it only while
it holds the schedules lease (`services/leader.py`, `bot.lifecycle.checking_in`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dogcoach.services.coaching.models import CheckinPolicy
from dogcoach.services.coaching.schedule import at_chosen_time, out_of_quiet_hours
from dogcoach.services.store import Store
from dogcoach.services.store.core import utcnow
from dogcoach.services.store.models import CheckinTarget

log = logging.getLogger(__name__)

# `checkins.error` codes (not prose).
INTERRUPTED = "interrupted_outcome_unknown"
OPTED_OUT = "opted_out"
BLOCKED = "blocked"
# Claimed per transaction: small, so a batch is sent well within its lease.
BATCH = 20
# How long a push that certainly did not go out waits before it is tried again.
RETRY_AFTER = timedelta(minutes=5)
# One question at a time: a check-in shown this long ago and still unanswered holds back the
# owner's next one (their next message with nothing open asks it; a later pass pushes it). Older
# than this, the owner has let it go: it holds back nothing.
ONE_OPEN_FOR = timedelta(hours=24)
# A check-in answered this recently may still have its "anything to add?" open: the owner's next
# one waits too (the full run of stop 56: pushed the moment the outcome was tapped, over the note).
NOTE_OPEN_FOR = timedelta(hours=1)

Status = Literal["sent", "undelivered", "blocked", "retry"]


@dataclass(frozen=True, slots=True)
class Pushed:
    """What became of one push. `error`: the platform's reason, kept on the row."""

    status: Status
    error: str | None = None


class CheckinPush(Protocol):
    """Sends a claimed check-in to its owner (the flows implement it: they word the question)."""

    def channels(self) -> tuple[str, ...]:
        """The channels this can push to now (their owners' check-ins are claimed)."""
        ...

    async def push(self, target: CheckinTarget) -> Pushed: ...


@dataclass
class PassReport:
    """What one pass did, by outcome (for logs, tests and the benchmark)."""

    interrupted: int = 0
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, outcome: str) -> None:
        self.counts[outcome] = self.counts.get(outcome, 0) + 1

    @property
    def handled(self) -> int:
        return sum(self.counts.values())


class CheckinWorker:
    """One per server process; see the module docstring."""

    def __init__(
        self,
        store: Store,
        push: CheckinPush,
        *,
        policy: CheckinPolicy,
        lease_seconds: float = 120.0,
        batch: int = BATCH,
        clock: Callable[[], datetime] = utcnow,
        holder: str | None = None,
    ) -> None:
        self.store = store
        self.push = push
        self.policy = policy
        self.lease = timedelta(seconds=lease_seconds)
        self.batch = batch
        self.clock = clock
        self.holder = holder or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._zones: dict[str, ZoneInfo] = {}
        self.stopping = False
        self._stopped = asyncio.Event()

    def zone(self, name: str | None) -> ZoneInfo:
        """The owner's zone, else the policy's; an unknown name falls back to the policy's."""
        key = name or self.policy.timezone
        if key not in self._zones:
            try:
                self._zones[key] = ZoneInfo(key)
            except (ZoneInfoNotFoundError, ValueError):
                log.warning("unknown time zone %r; using %s", key, self.policy.timezone)
                self._zones[key] = ZoneInfo(self.policy.timezone)
        return self._zones[key]

    async def run_once(self) -> PassReport:
        """Settle interrupted claims, then send every due check-in that can be pushed now."""
        report = PassReport()
        now = self.clock()
        async with self.store.session() as s:
            report.interrupted = await s.settle_interrupted_checkins(now, INTERRUPTED)
        if report.interrupted:
            log.warning("%d check-ins left in flight by a dead process settled as sent", report.interrupted)
        channels = self.push.channels()
        while not self.stopping:
            now = self.clock()
            async with self.store.session() as s:
                targets = await s.claim_due_checkins(
                    now,
                    self.holder,
                    now + self.lease,
                    channels,
                    self.batch,
                    open_since=now - ONE_OPEN_FOR,
                    noted_since=now - NOTE_OPEN_FOR,
                )
            if not targets:
                break
            remaining = {t.checkin.id for t in targets}
            keeper = asyncio.create_task(self._keep_leases(remaining))
            try:
                for target in targets:
                    if self.stopping:  # a graceful stop: what was not sent goes back, untouched
                        await self._defer(target, target.checkin.due_at, "released")
                    else:
                        report.add(await self._one(target))
                    remaining.discard(target.checkin.id)
            finally:
                keeper.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await keeper
        return report

    async def _keep_leases(self, remaining: set[int]) -> None:
        """Renew the leases of the batch's unsent check-ins while it is being sent (a slow
        platform must not let another process settle the rest as interrupted)."""
        while True:
            await asyncio.sleep(self.lease.total_seconds() / 3)
            try:
                async with self.store.session() as s:
                    await s.renew_checkin_leases(sorted(remaining), self.holder, self.clock() + self.lease)
            except Exception:
                log.exception("check-in leases not renewed")

    async def _one(self, target: CheckinTarget) -> str:
        checkin, user = target.checkin, target.user
        now = self.clock()
        if target.opted_out:
            return await self._settle(target, "skipped", OPTED_OUT)
        if user.blocked_at is not None:
            return await self._settle(target, "blocked", BLOCKED)
        if await self._another_open(target, now):
            # stop 56 trial: two dogs' check-ins pushed back to back, the owner's answer taken
            # by the one shown last and the first asked again after "thanks"
            # (two of one owner's claimed in one batch): back to pending as it was, due as it
            # was, so the owner's next message once the first is answered asks it (`offer_due`)
            return await self._defer(target, checkin.due_at, "held")
        zone = self.zone(target.timezone)
        if target.preferred is not None:  # the owner's chosen time, quiet hours or not
            allowed = at_chosen_time(checkin.due_at, now, target.preferred, zone)
            if allowed > now:
                return await self._defer(target, allowed, "chosen")
        else:
            allowed = out_of_quiet_hours(now, self.policy.quiet, zone)
            if allowed > now:
                return await self._defer(target, allowed, "quiet")
        try:
            pushed = await self.push.push(target)
        except Exception as exc:  # a bug on our side after the claim: it may have gone out
            log.exception("check-in %d: push failed", checkin.id)
            return await self._settle(target, "sent", f"{INTERRUPTED}: {exc.__class__.__name__}")
        if pushed.status == "retry":
            return await self._defer(target, now + RETRY_AFTER, "retry", pushed.error)
        return await self._settle(target, pushed.status, pushed.error)

    async def _another_open(self, target: CheckinTarget, now: datetime) -> bool:
        """The owner has another check-in shown (or offered at their next message) less than
        `ONE_OPEN_FOR` ago and not answered."""
        async with self.store.session() as s:
            rows = await s.open_checkins(target.user.id)
        return any(
            row.id != target.checkin.id
            and row.status in ("sent", "undelivered")
            and row.sent_at is not None
            and now - row.sent_at < ONE_OPEN_FOR
            for row in rows
        )

    async def _settle(self, target: CheckinTarget, status: str, error: str | None) -> str:
        async with self.store.session() as s:
            if not await s.settle_checkin(target.checkin.id, self.holder, status, error):
                row = await s.get_checkin(target.checkin.id)
                if row is not None and row.status == "answered":
                    return "answered"  # the owner answered what the platform showed before this
                log.warning("check-in %d: claim lost before it was settled", target.checkin.id)
                return "lost"
        return status

    async def _defer(self, target: CheckinTarget, until: datetime, why: str, error: str | None = None) -> str:
        async with self.store.session() as s:
            await s.defer_checkin(target.checkin.id, self.holder, until, error)
        return why

    async def run_forever(self, interval: float) -> None:
        """A pass every `interval` seconds (the first at once) until stopped or cancelled."""
        while not self.stopping:
            try:
                report = await self.run_once()
                if report.handled:
                    log.info("check-ins: %s", report.counts)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("check-in pass failed; trying again in %.0f s", interval)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopped.wait(), interval)

    def stop(self) -> None:
        """Stop after the push in flight (the rest of its batch goes back to pending)."""
        self.stopping = True
        self._stopped.set()
