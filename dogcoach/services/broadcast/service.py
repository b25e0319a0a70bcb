"""Durable broadcasts: create them with their deliveries, run them within the platforms' limits, resume
them after a crash, and report.

Delivery guarantee (docs/broadcasts.md has the long form):

- The broadcast row and one delivery row per recipient are committed before the first send: the
  deliveries a batch of `FILL_BATCH` owners at a time, each batch its own short transaction, so
  other owners' turns run between them (a broadcast to 92,000 owners in one statement held SQLite
  for 0.75 s). A fill cut short by a crash is resumed by whoever runs the broadcast.
- A delivery is claimed (pending -> sending, committed) right before its API call and settled
  (sent / blocked / failed) in its own transaction right after the API answers.
- Only an answer that proves the message did not go out (429, 5xx, no connection) returns a
  delivery to pending for another try. A delivery whose request may have reached the platform
  without an answer coming back, or that a dead process left in `sending`, is settled as failed
  and never sent again. That makes delivery **at-most-once**: nobody gets a broadcast twice; the
  price is that a hard crash can leave at most `concurrency` messages unresolved (reported as
  failed, with the reason). A graceful stop (Ctrl-C, server shutdown, task cancellation) stops
  claiming, lets the in-flight requests finish and records them, so it loses nothing.
- One process runs a broadcast at a time, under a lease renewed while it runs; another process
  (or a restart) takes over once the lease has expired and resumes the pending deliveries.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import os
import socket
import time
import uuid
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from dogcoach.domain.channel import Channel
from dogcoach.domain.types import Reply
from dogcoach.services.broadcast.content import render_all
from dogcoach.services.broadcast.kakao_sender import MAX_USERS_PER_CALL, KakaoEventSender
from dogcoach.services.broadcast.outcome import (
    INTERRUPTED,
    SKIP_CANCELLED,
    SKIP_KAKAO_OFF,
    SKIP_TELEGRAM_OFF,
    Attempt,
)
from dogcoach.services.broadcast.pacing import Pacer
from dogcoach.services.broadcast.preview import Preview, preview
from dogcoach.services.broadcast.report import BroadcastReport, Progress, report_text
from dogcoach.services.broadcast.status import TelegramStatus
from dogcoach.services.broadcast.telegram_sender import TelegramSender
from dogcoach.services.i18n import LOCALES, Messages, resolve_locale
from dogcoach.services.observability import BROADCAST_DELIVERIES
from dogcoach.services.store import Store, StoreSession, User
from dogcoach.services.store.base import Broadcast, BroadcastSpec, DeliveryTarget, utcnow

if TYPE_CHECKING:
    from dogcoach.config import Settings
    from dogcoach.services.outbox import Outbox

log = logging.getLogger(__name__)

ProgressCallback = Callable[[Progress], Awaitable[None] | None]

PAGE_SIZE = 200
# Owners whose deliveries are written per transaction: about 8 ms on SQLite (benchmarks/heavy_work.py).
FILL_BATCH = 1_000
MAX_THROTTLES = 20  # 429s in a row for one message before it is given up
MAX_BACKOFF = 60.0
CREATOR_USER = "user:"  # created_by of a broadcast started in chat: "user:<users.id>"


def _status_of(attempt: Attempt) -> str:
    return attempt.kind if attempt.kind in ("sent", "blocked") else "failed"


class BroadcastService:
    """One per process. Shares one Telegram pacer between all the broadcasts it runs."""

    def __init__(
        self,
        store: Store,
        messages: Messages,
        *,
        telegram: TelegramSender | None = None,
        kakao: KakaoEventSender | None = None,
        outbox: Outbox | None = None,
        rate_per_second: float = 25.0,
        concurrency: int = 8,
        max_attempts: int = 5,
        retry_base_seconds: float = 1.0,
        lease_seconds: float = 30.0,
        default_locale: str = "ko",
        status_interval: float = 3.0,
        status_delay: float = 1.5,
    ) -> None:
        self.store = store
        self.messages = messages
        self.telegram = telegram
        self.kakao = kakao
        self.outbox = outbox
        self.rate_per_second = rate_per_second
        self.concurrency = concurrency
        self.max_attempts = max_attempts
        self.retry_base_seconds = retry_base_seconds
        self.lease_seconds = lease_seconds
        self.default_locale = default_locale
        self.status_interval = status_interval
        self.status_delay = status_delay
        self.pacer = Pacer(rate_per_second)
        self.owner = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._runs: dict[int, _Run] = {}
        self._active: set[int] = set()  # broadcasts being run (or starting to) in this process
        self._tasks: dict[int, asyncio.Task[BroadcastReport | None]] = {}
        self._closed = False

    @classmethod
    def from_settings(
        cls, store: Store, messages: Messages, settings: Settings, *, outbox: Outbox | None = None
    ) -> BroadcastService:
        """Senders for the channels that are configured; the others' users are counted skipped."""
        telegram = None
        if settings.telegram_bot_token is not None:
            telegram = TelegramSender(
                settings.telegram_bot_token.get_secret_value(),
                settings.telegram_api_base_url,
                pool_size=settings.broadcast_concurrency,
            )
        kakao = KakaoEventSender.from_settings(settings)
        return cls(
            store,
            messages,
            telegram=telegram,
            kakao=kakao,
            outbox=outbox,
            rate_per_second=settings.broadcast_rate_per_second,
            concurrency=settings.broadcast_concurrency,
            max_attempts=settings.broadcast_max_attempts,
            retry_base_seconds=settings.broadcast_retry_base_seconds,
            default_locale=messages.default_locale,
        )

    # -- creating ---------------------------------------------------------------------------------

    async def recipients(self, spec: BroadcastSpec) -> int:
        async with self.store.session() as s:
            return await s.count_broadcast_recipients(spec, self.default_locale)

    def configured(self) -> frozenset[str]:
        """The channels this process can send on; the others' recipients are skipped."""
        return frozenset(s.channel for s in (self.telegram, self.kakao) if s is not None)

    async def preview(self, spec: BroadcastSpec, session: StoreSession | None = None) -> Preview:
        """Who `spec` would reach if sent now, in which language, and who would be skipped or is
        left out, and why (`preview.Preview`). In `session` when given (a chat turn's)."""
        if session is not None:
            audience = await session.broadcast_audience(spec, self.default_locale)
        else:
            async with self.store.session() as s:
                audience = await s.broadcast_audience(spec, self.default_locale)
        return preview(spec, audience, self.configured())

    async def create(
        self, spec: BroadcastSpec, created_by: str, *, daily_key: str | None = None
    ) -> Broadcast | None:
        """The broadcast and all its deliveries, committed; None if `daily_key` exists already."""
        async with self.store.session() as s:
            broadcast = await s.create_broadcast(spec, created_by=created_by, daily_key=daily_key)
        return None if broadcast is None else await self.fill(broadcast)

    async def create_once(
        self, spec: BroadcastSpec, created_by: str, request_key: str
    ) -> tuple[Broadcast, bool]:
        """As `create`, once per `request_key` (the admin API's `Idempotency-Key`): (the broadcast,
        True) when made now; (the one the key made before, False) when the request came again."""
        async with self.store.session() as s:
            broadcast = await s.create_broadcast(spec, created_by=created_by, request_key=request_key)
            made = broadcast is not None
            if broadcast is None:
                broadcast = await s.broadcast_by_request_key(request_key)
        if broadcast is None:  # the key's broadcast cannot vanish (never deleted), so: a bug
            raise RuntimeError(f"request key {request_key!r} is taken but its broadcast is not found")
        return await self.fill(broadcast), made

    async def fill(self, broadcast: Broadcast, *, lease: bool = False) -> Broadcast:
        """Write `broadcast`'s deliveries, `FILL_BATCH` owners per transaction, from where an
        interrupted fill stopped; the broadcast as it is afterwards. With `lease`, this process's
        run lease is renewed with every batch."""
        if broadcast.filled_at is not None:
            return broadcast
        async with self.store.session() as s:
            position: int | None = await s.fill_position(broadcast.id)
        while position is not None:
            async with self.store.session() as s:
                position = await s.fill_broadcast(
                    broadcast, self.default_locale, after_user_id=position, limit=FILL_BATCH
                )
                if lease and position is not None:
                    await s.renew_broadcast_lease(broadcast.id, self.owner, self._lease_until())
            await asyncio.sleep(0)  # the next batch after whatever turn is waiting
        async with self.store.session() as s:
            filled = await s.get_broadcast(broadcast.id)
        assert filled is not None
        return filled

    # -- running ----------------------------------------------------------------------------------

    async def run(
        self, broadcast_id: int, on_progress: ProgressCallback | None = None
    ) -> BroadcastReport | None:
        """Send what is still pending, then report. None when another process holds the broadcast
        (or it is finished already). Cancelling this coroutine stops it gracefully."""
        if self._closed or broadcast_id in self._active:  # a second run here would steal the first's claims
            return None
        self._active.add(broadcast_id)
        try:
            return await self._run(broadcast_id, on_progress)
        finally:
            self._active.discard(broadcast_id)

    async def _run(self, broadcast_id: int, on_progress: ProgressCallback | None) -> BroadcastReport | None:
        async with self.store.session() as s:
            broadcast = await s.acquire_broadcast(broadcast_id, self.owner, self._lease_until())
            if broadcast is None:
                return None
            if await s.fail_interrupted_deliveries(broadcast_id, INTERRUPTED):
                log.warning(
                    "broadcast %s: deliveries left in flight by a dead process settled as failed",
                    broadcast_id,
                )
                broadcast = await s.get_broadcast(broadcast_id)
                assert broadcast is not None
        # Made in a chat turn (only the row), or a fill cut short by a restart: write it first.
        broadcast = await self.fill(broadcast, lease=True)
        creator = await self._creator(broadcast)
        if self._closed:  # closing began while we were starting
            async with self.store.session() as s:
                await s.release_broadcast(broadcast_id, self.owner)
            return None
        status = self._status_for(creator, broadcast.kind)
        run = _Run(self, broadcast, _both(on_progress, status.progress if status else None))
        self._runs[broadcast_id] = run
        try:
            finished = await run.execute()
        finally:
            self._runs.pop(broadcast_id, None)
        report = await self.report(broadcast_id)
        if finished and report is not None:
            log.info("broadcast %s finished: %s", broadcast_id, report.as_dict())
            if creator is not None and not (status is not None and await status.finish(report)):
                await self._notify(creator, report)
        return report

    def launch(
        self, broadcast_id: int, on_progress: ProgressCallback | None = None
    ) -> asyncio.Task[BroadcastReport | None]:
        """Run in the background (the server, the chat flow); the task is kept until it ends."""
        existing = self._tasks.get(broadcast_id)
        if existing is not None and not existing.done():
            return existing
        task = asyncio.create_task(
            self._run_logged(broadcast_id, on_progress), name=f"broadcast-{broadcast_id}"
        )
        self._tasks[broadcast_id] = task
        task.add_done_callback(
            lambda t: self._tasks.pop(broadcast_id, None) if self._tasks.get(broadcast_id) is t else None
        )
        return task

    async def _run_logged(
        self, broadcast_id: int, on_progress: ProgressCallback | None
    ) -> BroadcastReport | None:
        try:
            return await self.run(broadcast_id, on_progress)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("broadcast %s stopped by an error; it resumes on the next attempt", broadcast_id)
            return None

    async def launch_unfinished(self) -> list[int]:
        """Start every unfinished broadcast not already running here (after a restart, or when
        another process's lease has expired). Those still held elsewhere simply decline."""
        async with self.store.session() as s:
            unfinished = await s.list_broadcasts(unfinished=True, limit=100)
        started = []
        for broadcast in unfinished:
            if broadcast.id not in self._tasks and broadcast.id not in self._runs:
                self.launch(broadcast.id)
                started.append(broadcast.id)
        return started

    async def supervise(self, interval: float | None = None) -> None:
        """Keep resuming unfinished broadcasts: at start, then every lease period."""
        while not self._closed:
            try:
                await self.launch_unfinished()
            except Exception:
                log.exception("could not look for unfinished broadcasts")
            await asyncio.sleep(interval or self.lease_seconds)

    async def cancel(self, broadcast_id: int) -> Broadcast | None:
        """Cancel: pending deliveries are skipped at once; the running sender notices at its next
        lease renewal and stops after its in-flight messages."""
        async with self.store.session() as s:
            broadcast = await s.cancel_broadcast(broadcast_id, SKIP_CANCELLED)
        run = self._runs.get(broadcast_id)
        if run is not None and broadcast is not None:
            run.stop()
        return broadcast

    async def close(self, grace: float = 15.0) -> None:
        """Graceful stop: no new claims, in-flight messages finish and are recorded, leases are
        released so a restart resumes immediately."""
        self._closed = True
        for run in list(self._runs.values()):
            run.stop()
        tasks = [t for t in self._tasks.values() if not t.done()]
        if tasks:
            _done, late = await asyncio.wait(tasks, timeout=grace)
            for task in late:
                task.cancel()
            if late:
                await asyncio.wait(late, timeout=5)
        for sender in (self.telegram, self.kakao):
            if sender is not None:
                await sender.close()

    def running(self) -> list[int]:
        return sorted(self._runs)

    # -- reporting --------------------------------------------------------------------------------

    async def report(self, broadcast_id: int) -> BroadcastReport | None:
        async with self.store.session() as s:
            broadcast = await s.get_broadcast(broadcast_id)
            if broadcast is None:
                return None
            outcomes = await s.broadcast_outcomes(broadcast_id)
        skipped = {err or "": n for (status, err), n in outcomes.items() if status == "skipped"}
        failed = {err or "": n for (status, err), n in outcomes.items() if status == "failed"}
        duration = None
        if broadcast.started_at is not None:
            end = broadcast.finished_at or utcnow()
            duration = max(0.0, (end - broadcast.started_at).total_seconds())
        return BroadcastReport(broadcast, duration, skipped, failed)

    async def watch(
        self, broadcast_id: int, on_progress: ProgressCallback | None = None, interval: float = 1.0
    ) -> BroadcastReport | None:
        """Follow a broadcast another process is sending, until it ends."""
        started = time.monotonic()
        while True:
            report = await self.report(broadcast_id)
            if report is None:
                return None
            b = report.broadcast
            progress = Progress(
                b.id, b.total, b.sent, b.blocked, b.failed, b.skipped, time.monotonic() - started
            )
            await _call(on_progress, progress)
            if report.finished:
                return report
            await asyncio.sleep(interval)

    async def _creator(self, broadcast: Broadcast) -> User | None:
        """The admin who started a broadcast in chat: they follow it and get the report there,
        also when it resumes after a restart."""
        if not broadcast.created_by.startswith(CREATOR_USER):
            return None
        try:
            user_id = int(broadcast.created_by.removeprefix(CREATOR_USER))
        except ValueError:
            return None
        async with self.store.session() as s:
            return await s.get_user_by_id(user_id)

    def _locale_of(self, user: User) -> str:
        return resolve_locale(user.locale, user.locale_hint, self.default_locale)

    def _status_for(self, creator: User | None, kind: str) -> TelegramStatus | None:
        if creator is None or creator.channel != Channel.TELEGRAM or self.telegram is None:
            return None
        return TelegramStatus(
            self.telegram,
            self.pacer,
            self.messages,
            chat=creator.external_id,
            locale=self._locale_of(creator),
            kind=kind,
            interval=self.status_interval,
            delay=self.status_delay,
        )

    async def _notify(self, creator: User, report: BroadcastReport) -> None:
        if self.outbox is not None:
            text = report_text(self.messages, self._locale_of(creator), report)
            await self.outbox.deliver(creator, [Reply(text)])

    def _lease_until(self) -> datetime:
        return utcnow() + timedelta(seconds=self.lease_seconds)

    def backoff(self, attempt: int) -> float:
        return float(min(MAX_BACKOFF, self.retry_base_seconds * 2.0 ** (attempt - 1)))


class _Run:
    """One process sending one broadcast, from lease to lease release."""

    def __init__(
        self, service: BroadcastService, broadcast: Broadcast, on_progress: ProgressCallback | None
    ) -> None:
        self.svc = service
        self.store = service.store
        self.broadcast = broadcast
        self.id = broadcast.id
        self.on_progress = on_progress
        self.texts = render_all(service.messages, broadcast.spec)
        self.counts = {
            "sent": broadcast.sent,
            "blocked": broadcast.blocked,
            "failed": broadcast.failed,
            "skipped": broadcast.skipped,
        }
        self.started = time.monotonic()
        self.stopping = False
        self.halted: set[str] = set()  # channels whose credentials were refused
        self.sem = asyncio.Semaphore(service.concurrency)
        self.tasks: set[asyncio.Task[None]] = set()
        self.unclaimed: set[asyncio.Task[None]] = set()  # safe to cancel: they hold no claim

    def stop(self) -> None:
        """Stop claiming; tasks that hold no claim are cancelled, the others finish their send."""
        self.stopping = True
        for task in list(self.unclaimed):
            task.cancel()

    async def execute(self) -> bool:
        """True when the broadcast finished (nothing left pending)."""
        lease = asyncio.create_task(self._keep_lease())
        try:
            await self._emit()
            await asyncio.gather(self._telegram(), self._kakao())
        except BaseException:  # cancelled (a graceful stop) or failed (the database went away)
            self.stop()
            await asyncio.shield(self._drain())
            try:
                await asyncio.shield(self._release())
            except Exception:
                log.exception("broadcast %s: could not release the lease; it expires by itself", self.id)
            raise
        finally:
            lease.cancel()
        await self._drain()
        if self.stopping:
            await self._release()
            return False
        async with self.store.session() as s:
            done = await s.finish_broadcast(self.id, self.svc.owner)
        return done is not None

    async def _release(self) -> None:
        async with self.store.session() as s:
            await s.release_broadcast(self.id, self.svc.owner)

    async def _drain(self) -> None:
        if self.tasks:
            await asyncio.wait(set(self.tasks))

    async def _keep_lease(self) -> None:
        while True:
            await asyncio.sleep(self.svc.lease_seconds / 3)
            try:
                async with self.store.session() as s:
                    held = await s.renew_broadcast_lease(self.id, self.svc.owner, self.svc._lease_until())
            except Exception:
                log.exception("broadcast %s: lease renewal failed", self.id)
                continue
            if not held:
                log.warning("broadcast %s: lease lost or broadcast cancelled; stopping", self.id)
                self.stop()
                return

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
        task = asyncio.create_task(coro)
        self.tasks.add(task)
        self.unclaimed.add(task)

        def _done(t: asyncio.Task[None]) -> None:
            self.tasks.discard(t)
            self.unclaimed.discard(t)
            if not t.cancelled() and t.exception() is not None:
                log.error("broadcast %s: delivery task failed", self.id, exc_info=t.exception())

        task.add_done_callback(_done)
        return task

    async def _pending(
        self, channel: str, after: int, limit: int, locale: str | None = None
    ) -> list[DeliveryTarget]:
        async with self.store.session() as s:
            return await s.pending_broadcast_deliveries(
                self.id, channel=channel, after_user_id=after, limit=limit, locale=locale
            )

    async def _skip_channel(self, channel: str, reason: str) -> None:
        async with self.store.session() as s:
            n = await s.skip_broadcast_deliveries(self.id, channel, reason)
        if n:
            log.info("broadcast %s: %d %s users skipped (%s)", self.id, n, channel, reason)
            self.counts["skipped"] += n
            await self._emit()

    async def _claim(self, user_ids: Sequence[int]) -> set[int]:
        async with self.store.session() as s:
            return await s.claim_broadcast_deliveries(self.id, user_ids)

    async def _unclaim(self, targets: Sequence[DeliveryTarget], error: str | None) -> None:
        async with self.store.session() as s:
            for t in targets:
                await s.unclaim_broadcast_delivery(self.id, t.user_id, error or "retry")

    async def _halt(self, channel: str, targets: Sequence[DeliveryTarget], error: str | None) -> None:
        """Credentials refused: put the claims back and stop sending on that channel (the other
        goes on). Its deliveries stay pending, so the broadcast stays unfinished and is retried
        (by the server every lease period, or `--resume`) once the configuration is fixed."""
        if channel not in self.halted:
            log.error(
                "broadcast %s: %s refuses our credentials (%s); its users stay pending",
                self.id,
                channel,
                error,
            )
        self.halted.add(channel)
        await self._unclaim(targets, error)

    async def _settle(self, outcomes: Sequence[tuple[DeliveryTarget, str, str | None]]) -> None:
        """Record API answers, one transaction for the lot, right after the API answered."""
        settled: list[str] = []
        async with self.store.session() as s:
            for target, status, error in outcomes:
                if await s.settle_broadcast_delivery(self.id, target.user_id, status, error):
                    settled.append(status)
        for status in settled:
            self.counts[status] += 1
            BROADCAST_DELIVERIES.labels(status).inc()
        if settled:
            await self._emit()

    async def _emit(self) -> None:
        c = self.counts
        progress = Progress(
            self.id,
            self.broadcast.total,
            c["sent"],
            c["blocked"],
            c["failed"],
            c["skipped"],
            time.monotonic() - self.started,
        )
        await _call(self.on_progress, progress)

    # -- Telegram: one message per API call, paced ------------------------------------------------

    async def _telegram(self) -> None:
        sender = self.svc.telegram
        if sender is None:
            await self._skip_channel(Channel.TELEGRAM, SKIP_TELEGRAM_OFF)
            return
        mine: set[asyncio.Task[None]] = set()
        cursor = 0
        while not self.stopping and Channel.TELEGRAM not in self.halted:
            page = await self._pending(Channel.TELEGRAM, cursor, PAGE_SIZE)
            if not page:
                break
            for target in page:
                cursor = target.user_id
                await self.sem.acquire()
                if self.stopping or Channel.TELEGRAM in self.halted:
                    self.sem.release()
                    break
                mine.add(self._spawn(self._deliver_telegram(sender, target)))
                mine = {t for t in mine if not t.done()}
        if mine:
            await asyncio.wait(mine)  # not gather: cancelling us must not cancel a claimed send

    async def _deliver_telegram(self, sender: TelegramSender, target: DeliveryTarget) -> None:
        task = asyncio.current_task()
        assert task is not None
        retries = throttles = 0
        try:
            while True:
                slot = await self.svc.pacer.wait(target.external_id)
                if self.stopping or Channel.TELEGRAM in self.halted:
                    return
                self.unclaimed.discard(task)
                if not await self._claim([target.user_id]):
                    return
                self.svc.pacer.started(target.external_id, slot)
                attempt = await sender.send(target.external_id, self.texts[Channel.TELEGRAM, target.locale])
                if attempt.kind in ("throttled", "retry"):
                    self.svc.pacer.not_sent(target.external_id)
                if attempt.kind == "throttled" and throttles < MAX_THROTTLES:
                    throttles += 1
                    self.svc.pacer.pause(attempt.retry_after)
                    log.info("broadcast %s: 429, pausing %.1fs", self.id, attempt.retry_after)
                    await self._unclaim([target], attempt.error)
                    self.unclaimed.add(task)
                    continue
                if attempt.kind == "retry" and retries + 1 < self.svc.max_attempts:
                    retries += 1
                    await self._unclaim([target], attempt.error)
                    self.unclaimed.add(task)
                    await asyncio.sleep(self.svc.backoff(retries))
                    continue
                if attempt.kind == "halt":
                    await self._halt(Channel.TELEGRAM, [target], attempt.error)
                    return
                await self._settle([(target, _status_of(attempt), attempt.error)])
                return
        finally:
            self.sem.release()

    # -- KakaoTalk: up to 100 users per Event API call, one locale (one text) per call ------------

    async def _kakao(self) -> None:
        sender = self.svc.kakao
        if sender is None:
            await self._skip_channel(Channel.KAKAO, SKIP_KAKAO_OFF)
            return
        for locale in LOCALES:
            cursor = 0
            while not self.stopping and Channel.KAKAO not in self.halted:
                page = await self._pending(Channel.KAKAO, cursor, MAX_USERS_PER_CALL, locale)
                if not page:
                    break
                cursor = page[-1].user_id
                await asyncio.wait(
                    {self._spawn(self._deliver_kakao(sender, page, self.texts[Channel.KAKAO, locale]))}
                )

    async def _deliver_kakao(self, sender: KakaoEventSender, page: list[DeliveryTarget], text: str) -> None:
        task = asyncio.current_task()
        assert task is not None
        retries = 0
        while not self.stopping:
            self.unclaimed.discard(task)
            claimed = await self._claim([t.user_id for t in page])
            targets = [t for t in page if t.user_id in claimed]
            if not targets:
                return
            batch = await sender.send([t.external_id for t in targets], text, stopping=lambda: self.stopping)
            if batch.kind == "accepted":
                await self._settle(
                    [(t, _status_of(a), a.error) for t in targets for a in [batch.results[t.external_id]]]
                )
                return
            if batch.kind == "halt":
                await self._halt(Channel.KAKAO, targets, batch.error)
                return
            if batch.kind == "retry" and retries + 1 < self.svc.max_attempts:
                retries += 1
                await self._unclaim(targets, batch.error)
                self.unclaimed.add(task)
                page = targets
                await asyncio.sleep(self.svc.backoff(retries))
                continue
            await self._settle([(t, "failed", batch.error) for t in targets])
            return


def _both(first: ProgressCallback | None, second: ProgressCallback | None) -> ProgressCallback | None:
    if first is None or second is None:
        return first or second

    async def both(progress: Progress) -> None:
        await _call(first, progress)
        await _call(second, progress)

    return both


async def _call(callback: ProgressCallback | None, progress: Progress) -> None:
    if callback is None:
        return
    try:
        result = callback(progress)
        if inspect.isawaitable(result):
            await result
    except Exception:
        log.exception("broadcast progress callback failed")
