"""The analysis worker: turns `pending` reports into results and gets them to the user.

Durable by construction: a report is saved `pending` in the user's turn before anything here sees
it, and it leaves `pending` only when the model has answered (`done`, or `failed` after the
analyzer's one corrective retry). While Ollama is unreachable the report simply stays `pending`:
the worker backs off and tries again.

Several processes on one PostgreSQL database share the work without doing any of it twice: each
report is analysed by the process that holds its lease (`store/reports.py`). The process whose
turn saved the report claims it right after the commit (`submit`, batched by the keeper task) and
renews all its leases in one statement every third of `lease_seconds`, while the report waits in
line and while the model writes; the result is stored only while the lease is still held. The
keeper also sweeps: pending reports whose holder died (lease expired) or that nobody claimed
within a lease period (the submitting process died between its commit and its claim) are taken
over, `FOR UPDATE SKIP LOCKED`, so each goes to one process. A graceful stop hands the reports
still waiting back at once; so does a process whose model is unavailable (sweeping nothing
meanwhile), so that a replica whose model answers takes them. On SQLite (one process) `start()`
takes every pending report.

At most `concurrency` analyses run at once (Ollama's own default parallelism is 1), or, given a
`hosts.HostPool` of several Ollama servers, as many as their slots add up to, each analysis on the
least busy healthy host (a failing host is set aside; see `hosts.py`); the rest wait in a line
that is fair between owners (`fairqueue.FairQueue`: round robin, at most `owner_cap` of one
owner's reports in line). `outlook(owner)` tells a turn where a new report would stand and
how long it would wait (`eta.WaitEstimator`, from the measured durations of recent analyses).

A question to the coach (a report row of kind `question`) takes the same line and the same way out;
only the model call differs: `Analyzer.answer`, with the dog's profile, its last few analysed
reports and the tips that fit the question (`grounding.TipGrounding`, injected) as context.

While the model writes, each readable view of the answer goes to the injected `Delivery`
(`progress`); the finished result is handed to it too (`deliver`), in a task of its own, so the
worker moves on to the next report at once (one chat with a slow Bot API once held every owner's
analysis for 19.8 s: issue 14); one owner's results are pushed in order. The push runs under the
report's lease: a process that dies between claiming the push and settling it leaves the lease to
expire, and the keeper of any process offers the result again (at least once); a push cut off by a
shutdown counts as sent, outcome unknown, never sent again (the broadcast sender's rule). When the
user's channel cannot take it (Kakao without a live callback) it stays undelivered and is shown at
the user's next turn.

    delivery = ResultDelivery(store, messages, outbox)
    service = AnalysisService(store, analyzer, delivery, models=ModelManager(host))
    async with service.running():
        ...                                    # turns call service.outlook(owner), then submit
        service.submit(report_id, owner)       # after the turn committed the pending report
        await service.wait(report_id, 3.5)     # True once finished (and handed to the delivery)
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import time
import uuid
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from dogcoach.domain.types import Reply
from dogcoach.services.analysis.client import (
    AnalysisError,
    AnalysisInvalid,
    AnalysisStats,
    Analyzer,
    ModelMissing,
    ModelResult,
    ModelUnavailable,
    OwnerNotice,
    PartialAnalysis,
)
from dogcoach.services.analysis.eta import QueueOutlook, WaitEstimator
from dogcoach.services.analysis.fairqueue import FairQueue
from dogcoach.services.analysis.hosts import HostPool, OllamaHost
from dogcoach.services.analysis.models import ModelManager
from dogcoach.services.analysis.prompt import build_profile_line, with_tried
from dogcoach.services.analysis.question import QuestionContext
from dogcoach.services.coaching import Outcome, unsuccessful_steps
from dogcoach.services.observability import ANALYSIS_SECONDS, ANALYSIS_TOKENS, PENDING_ANALYSES
from dogcoach.services.store import Report, Store, StoreSession
from dogcoach.services.store.core import utcnow

log = logging.getLogger(__name__)

MAX_ERROR_CHARS = 500
MAX_RAW_OUTPUT_CHARS = 4000
RESUME_BATCH = 200
# How often `wait` looks up a report another process is analysing, in seconds.
WAIT_POLL = 0.25
# A question is answered knowing what the dog did lately: its last few analysed reports.
QUESTION_RECENT_REPORTS = 3
# Plans whose failed steps a new analysis is told of: a step tried a season ago may suit the dog now.
TRIED_WITHIN = timedelta(days=90)
# How long a process holds a report (analysis or push) without renewing; renewed every third.
LEASE_SECONDS = 60.0


@dataclass(frozen=True, slots=True)
class Backoff:
    """Waits between tries while the model is unavailable: initial, doubled up to maximum, and
    never shorter than the failure's own minimum (`ModelUnavailable.retry_after`) unless that
    is over the maximum."""

    initial: float = 2.0
    maximum: float = 300.0
    factor: float = 2.0


class Grounding(Protocol):
    """The tips that fit a question (`grounding.TipGrounding`)."""

    def tips(self, question: str, language: str) -> tuple[str, ...]: ...


class Delivery(Protocol):
    """Where a finished report goes: the flows implement it (`handlers.results.delivery`), since
    rendering a result and arming its follow-up question are conversation work; `bot.wiring`
    injects it."""

    async def deliver(self, report: Report, holder: str | None = None, until: datetime | None = None) -> None:
        """Push the result to the user, or leave it undelivered for their next turn. `holder`,
        `until`: the lease the push is claimed under (renewed by the service while it runs)."""

    async def progress(self, report: Report, view: PartialAnalysis) -> None:
        """The analysis as written so far (never final; a view of the corrective retry replaces
        the earlier ones). Called from inside the model's stream, so it must return quickly: a
        channel that shows it paces itself in the background (or shows nothing)."""

    async def interrupted(self, report: Report, notice: OwnerNotice) -> bool:
        """The stream whose views `progress` had shown stopped before the end (the report stays
        pending). True when the owner was told so where those views were shown."""

    async def notify_delayed(self, report: Report, notice: OwnerNotice) -> None:
        """Tell the user once that the report is saved and waits for the model (`notice`: it
        cannot be reached, or is temporarily unavailable)."""

    async def take(self, report_id: int) -> list[Reply] | None:
        """The replies of a finished, undelivered report, now marked delivered; else None."""


class AnalysisService:
    """Bounded, restart-safe queue of report analyses. One per process; see the module docstring."""

    def __init__(
        self,
        store: Store,
        analyzer: Analyzer | HostPool,
        delivery: Delivery,
        *,
        concurrency: int = 1,
        backoff: Backoff = Backoff(),
        models: ModelManager | None = None,
        pull: bool = True,
        stop_grace: float = 5.0,
        owner_cap: int | None = 3,
        assumed_seconds: float = 25.0,
        clock: Callable[[], float] = time.monotonic,
        grounding: Grounding | None = None,
        lease_seconds: float = LEASE_SECONDS,
        holder: str | None = None,
        wall: Callable[[], datetime] = utcnow,
    ) -> None:
        """`models` checks the server and the model at start (and pulls it when `pull`); without
        it nothing is checked up front and a missing model just keeps reports pending. A `HostPool`
        as `analyzer` brings its hosts' model managers and slots (`models` and `concurrency` are
        then not used).
        `owner_cap`: one owner's reports in line at once (None: no cap); `assumed_seconds`: the
        duration of one analysis assumed until one was measured; `grounding` picks the tips a
        question is answered with (None: none). `lease_seconds`: how long a dead process's reports
        wait before another process takes them over; `holder`: this process in lease columns."""
        self.store = store
        if isinstance(analyzer, Analyzer):  # one Ollama, as configured before several hosts
            analyzer = HostPool([OllamaHost(analyzer, models, parallel=concurrency)], pull=pull)
        self.hosts = self.analyzer = analyzer
        self.delivery = delivery
        self.concurrency = analyzer.capacity
        self.backoff = backoff
        self.pull = pull
        self.stop_grace = stop_grace
        self._clock = clock
        self.grounding = grounding
        self._line = FairQueue(owner_cap)  # queued, held, in flight or being delivered
        self._started: dict[int, float] = {}  # report in flight → when its worker took it
        self._calls: dict[int, asyncio.Task[Any]] = {}  # report in flight → its model call
        self._superseded: set[int] = set()  # in flight, and its text grew meanwhile: analysed again
        self.estimator = WaitEstimator(self.concurrency, assumed_seconds)
        self._events: dict[int, asyncio.Event] = {}
        self._told_delayed: set[int] = set()
        self._wake = asyncio.Event()
        self._settled = asyncio.Event()  # set whenever a report leaves the queue or an outage starts
        self._stopping = asyncio.Event()
        self._workers: list[asyncio.Task[None]] = []
        self._prepare: asyncio.Task[None] | None = None
        self._first_check = asyncio.Event()  # the model checked once since start (or no check to do)
        self._delay = backoff.initial
        self._retry_at = 0.0
        self._outage = False
        self._notice: OwnerNotice | None = None
        self._running = False
        self.lease = timedelta(seconds=lease_seconds)
        self.holder = holder or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._wall = wall
        self._held: set[int] = set()  # pending reports this process holds the lease of
        self._to_claim: set[int] = set()  # submitted, not claimed yet
        self._claim_wake = asyncio.Event()
        self._keeper: asyncio.Task[None] | None = None
        self._pushes: dict[int, asyncio.Task[None]] = {}  # results being delivered
        self._repush: dict[int, Report] = {}  # newer results waiting for their report's push to end
        self._owner_pushes: dict[
            int, tuple[asyncio.Lock, int]
        ] = {}  # owner → (their pushes in order, how many)

    # -- state -----------------------------------------------------------------------------------

    @property
    def delayed(self) -> bool:
        """True while the last try found the model unavailable: new reports are told so up front."""
        return self._outage

    @property
    def notice(self) -> OwnerNotice | None:
        """While `delayed`: what owners are told (the model cannot be reached, or is temporarily
        unavailable); None while the model is believed to answer."""
        return self._notice if self._outage else None

    @property
    def queued(self) -> int:
        """Reports waiting, being analysed, or whose result is being pushed (0: all handed out)."""
        return len(self._line) + sum(1 for report_id in self._pushes if report_id not in self._line)

    def outlook(self, owner: int, report_id: int | None = None, *, again: bool = False) -> QueueOutlook:
        """Where `report_id` stands in line, or where a new report of `owner` would stand if
        submitted now, and the estimated seconds until its result (see `eta`). `again`: the
        report's text just grew (submitted again): one being analysed starts over, first in line."""
        line = self._line
        now = self._clock()
        if again and report_id is not None and report_id in self._started:
            return QueueOutlook(
                0, self.estimator.typical, max(line.waiting(owner) - 1, 0), False, self.estimator.measured
            )
        if report_id is not None and report_id in self._started:  # being analysed: what is left
            left = max(self.estimator.typical - (now - self._started[report_id]), 0.0)
            return QueueOutlook(0, left, max(line.waiting(owner) - 1, 0), False, self.estimator.measured)
        if report_id is not None and report_id in line:
            ahead = line.ahead(report_id)
            held = line.is_held(report_id)
            others = line.waiting(owner) - 1
        else:
            ahead = line.ahead_if_added(owner)
            others = line.waiting(owner)
            held = line.cap is not None and others >= line.cap
        running = [now - started for started in self._started.values()]
        wait = self.estimator.estimate(ahead, running, slots=self.hosts.usable_capacity)
        return QueueOutlook(
            ahead=ahead + len(running),
            wait_seconds=wait,
            owner_waiting=max(others, 0),
            held=held,
            measured=self.estimator.measured,
        )

    # -- lifecycle -------------------------------------------------------------------------------

    async def start(self) -> None:
        """Take the pending reports nobody else holds (a restart resumes them; on SQLite, every
        pending report), start the workers and the keeper, and check the model in the background:
        a down Ollama must not stop the bot from starting."""
        if self._running:
            return
        self._running = True
        self._stopping.clear()
        resumed = await self._resume()
        if resumed:
            log.info("resuming %d pending report(s)", resumed)
        self._workers = [
            asyncio.create_task(self._worker(), name=f"analysis_worker_{i}") for i in range(self.concurrency)
        ]
        self._keeper = asyncio.create_task(self._keep(), name="analysis_leases")
        if self.hosts.checked:
            self._prepare = asyncio.create_task(self._prepare_model(), name="analysis_model_check")
        else:
            self._first_check.set()

    async def stop(self, grace: float | None = None) -> None:
        """Stop taking work; analyses and pushes in flight get `grace` seconds to finish, then are
        cancelled (their reports stay `pending`, handed back for any process to take; a push cut
        off counts as sent, outcome unknown)."""
        if not self._running:
            return
        self._running = False
        self._stopping.set()
        self._wake.set()
        end = time.monotonic() + (self.stop_grace if grace is None else grace)
        if self._workers:
            _, late = await asyncio.wait(self._workers, timeout=max(0.0, end - time.monotonic()))
            for task in late:
                task.cancel()
            await asyncio.gather(*self._workers, return_exceptions=True)
        pushes = list(self._pushes.values())
        if pushes:
            _, late = await asyncio.wait(pushes, timeout=max(0.0, end - time.monotonic()))
            for task in late:
                task.cancel()
            await asyncio.gather(*pushes, return_exceptions=True)
        for helper in (self._prepare, self._keeper):
            if helper is not None:
                helper.cancel()
                await asyncio.gather(helper, return_exceptions=True)
        self._workers, self._prepare, self._keeper = [], None, None
        try:
            await self._claim_submitted()  # so that what is handed back is free at once, not after the grace
            async with self.store.session() as session:
                released = await session.release_report_leases(self.holder)
            if released:
                log.info("%d pending report(s) handed back for any process to take", released)
        except Exception as exc:  # the leases simply expire
            log.warning(
                "report leases not released (%s); they expire in %.0f s", exc, self.lease.total_seconds()
            )
        self._line.clear()
        self._started.clear()
        self._held.clear()
        self._to_claim.clear()

    async def aclose(self) -> None:
        """Close the HTTP clients (after `stop`)."""
        await self.hosts.aclose()

    async def model_checked(self, timeout: float) -> None:  # noqa: ASYNC109 (a bound, not a deadline)
        """Wait (at most `timeout` seconds) for the first check of the model since `start`, so
        `notice` tells the truth from the first message: a terminal pipes its first report in at
        once, and was told "about 25 seconds" before the check found no model (fresh owner trial)."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._first_check.wait(), timeout)

    @asynccontextmanager
    async def running(self) -> AsyncIterator[AnalysisService]:
        await self.start()
        try:
            yield self
        finally:
            await self.stop()

    # -- the API turns and channels use --------------------------------------------------------

    def submit(self, report_id: int, owner: int) -> None:
        """Queue a report of `owner` (a user id) saved and committed as `pending`; a second
        submit is ignored. Over the owner cap it is held until one of theirs is done.

        A report submitted again while its analysis runs was reopened with more text (detail the
        owner sent before the result was shown): the model call for the old text is cancelled,
        its result never stored nor delivered, and the report analysed again, first in line."""
        if self._running and report_id in self._started:
            self._superseded.add(report_id)
            call = self._calls.get(report_id)
            if call is not None:
                call.cancel()
            self._to_claim.add(report_id)
            self._claim_wake.set()
            return
        if not self._running or report_id in self._line:
            return
        if self._outage:  # the acknowledgement the user just got already said so
            self._told_delayed.add(report_id)
        self._line.push(owner, report_id)
        PENDING_ANALYSES.set(len(self._line))
        self._to_claim.add(report_id)  # claimed by the keeper at once (or by the worker first)
        self._claim_wake.set()
        self._wake.set()

    async def wait(self, report_id: int, timeout: float) -> bool:  # noqa: ASYNC109 (the contract)
        """True when the report's analysis is finished (done or failed) within `timeout` seconds,
        and, when this process analysed it, its push is over. For channels with a reply deadline.
        A report another process holds is looked up in the database every `WAIT_POLL` seconds."""
        event = self._events.setdefault(report_id, asyncio.Event())
        loop = asyncio.get_running_loop()
        end = loop.time() + timeout
        while True:
            if report_id not in self._line and report_id not in self._pushes:
                async with self.store.session() as session:
                    report = await session.get_report(report_id)
                if report is None or report.finished:
                    self._events.pop(report_id, None)
                    return report is not None
            left = end - loop.time()
            if left <= 0:
                return False
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), min(left, WAIT_POLL))
                return True

    async def drain(self, timeout: float) -> bool:  # noqa: ASYNC109
        """Wait until nothing is queued or in flight; give up early when the model is unavailable
        (that could last hours). True when drained. For a terminal session that is ending."""
        loop = asyncio.get_running_loop()
        end = loop.time() + timeout
        while (self._line or self._pushes) and not self._outage:
            self._settled.clear()
            left = end - loop.time()
            if left <= 0:
                return False
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._settled.wait(), left)
        return not self._line and not self._pushes

    async def take_result(self, report_id: int) -> list[Reply] | None:
        """The result replies of a finished report its channel has not delivered, now marked
        delivered (None if unfinished or already delivered): for a channel that answers a waiting
        request itself instead of pushing."""
        return await self.delivery.take(report_id)

    # -- the worker ------------------------------------------------------------------------------

    async def _resume(self) -> int:
        """At start: on SQLite (one process) every pending report is this process's; on
        PostgreSQL, those the sweep may take. How many joined the line."""
        if not self.store.shared:
            async with self.store.session() as session:
                await session.take_over_reports(self._wall())
        return await self._sweep(unclaimed_grace=self.lease)

    # -- leases: the keeper ----------------------------------------------------------------------

    async def _keep(self) -> None:
        """Claim what was submitted (at once), and every third of the lease: renew every lease
        this process holds, take over what dead processes left, offer again the pushes they cut
        off. A failure (the database away) is logged and tried again; the leases meanwhile run on."""
        period = self.lease.total_seconds() / 3
        due = time.monotonic() + period
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._claim_wake.wait(), max(0.0, due - time.monotonic()))
            try:
                if self._claim_wake.is_set():
                    self._claim_wake.clear()
                    await self._claim_submitted()
                if time.monotonic() >= due:
                    due = time.monotonic() + period
                    await self._renew()
                    if self._outage:  # let a process whose model answers take what waits here
                        await self._hand_back()
                    else:
                        await self._sweep(unclaimed_grace=self.lease)
                    await self._reoffer()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("analysis leases: keeper pass failed; trying again")

    def _until(self) -> datetime:
        return self._wall() + self.lease

    async def _claim_submitted(self) -> None:
        ids, self._to_claim = sorted(self._to_claim), set()
        if not ids:
            return
        try:
            async with self.store.session() as session:
                claimed = set(await session.claim_reports(ids, self.holder, self._until(), self._wall()))
        except BaseException:
            self._to_claim.update(ids)  # tried again at the next pass
            raise
        self._held |= claimed
        for report_id in set(ids) - claimed:  # taken by another process meanwhile, or gone
            self._drop(report_id)

    async def _renew(self) -> None:
        if not self._held and not self._pushes:
            return
        async with self.store.session() as session:
            still = set(await session.renew_report_leases(self.holder, self._until()))
        for report_id in self._held - still:
            log.warning("report %d: lease lost to another process; leaving it to that one", report_id)
            self._held.discard(report_id)
            self._drop(report_id)

    async def _hand_back(self) -> None:
        """While the model is unavailable, the reports waiting here (not the ones being analysed)
        are freed for other processes to sweep; they stay in this line, and whichever process
        claims one first analyses it (`_process` claims again before each try)."""
        waiting = sorted(self._held - set(self._started))
        if not waiting:
            return
        async with self.store.session() as session:
            await session.release_report_leases(self.holder, waiting)
        self._held.difference_update(waiting)

    async def _sweep(self, *, unclaimed_grace: timedelta) -> int:
        """Take over pending reports nobody holds; how many joined the line."""
        count = 0
        while True:
            now = self._wall()
            async with self.store.session() as session:
                batch = await session.sweep_reports(
                    self.holder, now + self.lease, now, now - unclaimed_grace, RESUME_BATCH
                )
            for report in batch:
                self._held.add(report.id)
                if report.id not in self._line:
                    self._line.push(report.user_id, report.id)
                    count += 1
            if count:
                PENDING_ANALYSES.set(len(self._line))
                self._wake.set()
            if len(batch) < RESUME_BATCH:
                if count and self._running:
                    log.info("took over %d pending report(s)", count)
                return count

    async def _reoffer(self) -> None:
        async with self.store.session() as session:
            owed = await session.reoffer_deliveries(self.holder, self._until(), self._wall())
        for report in owed:
            log.warning("report %d: its push was cut off by a dead process; offering it again", report.id)
            self._hand_over(report)

    def _drop(self, report_id: int) -> None:
        """Out of this process's line: another process holds the report (or it is gone)."""
        if report_id in self._line and report_id not in self._started:
            self._forget(report_id, finished=False)

    async def _next(self) -> int | None:
        while not self._stopping.is_set():
            wait = self._retry_at - self._clock()
            if wait > 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stopping.wait(), wait)
                continue
            report_id = self._line.pop()
            if report_id is not None:
                self._started[report_id] = self._clock()
                return report_id
            self._wake.clear()
            await self._wake.wait()
        return None

    async def _worker(self) -> None:
        while (report_id := await self._next()) is not None:
            try:
                await self._process(report_id)
            except asyncio.CancelledError:
                raise
            except Exception:  # a bug or a database hiccup: keep the worker alive, retry later
                log.exception("analysis of report %d crashed; retrying later", report_id)
                self._requeue(report_id)

    def _requeue(self, report_id: int, at_least: float = 0.0) -> None:
        """Back to the front of the line after the backoff (at least `at_least` seconds, at most
        the backoff's maximum): order is kept through an outage."""
        self._retry_at = self._clock() + min(max(self._delay, at_least), self.backoff.maximum)
        self._delay = min(self._delay * self.backoff.factor, self.backoff.maximum)
        self._started.pop(report_id, None)
        self._line.requeue(report_id)

    def _healthy(self) -> None:
        if self._outage:
            log.info("analysis model reachable again")
        self._outage = False
        self._delay = self.backoff.initial
        self._retry_at = 0.0

    async def _process(self, report_id: int) -> None:
        async with self.store.session() as session:
            report = await session.claim_report(report_id, self.holder, self._until(), self._wall())
            dog = await session.get_dog(report.dog_id) if report and report.dog_id else None
            tried = await _tried_without_success(session, report) if report else []
        if report is None:  # deleted, finished, or held by another process
            self._held.discard(report_id)
            self._forget(report_id, finished=False)
            return
        self._held.add(report_id)
        profile_line = build_profile_line(dog.answers if dog else {}, report.language)
        profile_line = with_tried(profile_line, tried, report.language)
        started = time.perf_counter()
        views = 0

        async def forward(view: PartialAnalysis) -> None:
            nonlocal views
            views += 1
            await self.delivery.progress(report, view)

        try:
            result: ModelResult[Any]
            call: Coroutine[Any, Any, ModelResult[Any]]
            if report.is_question:
                context = await self._question_context(report, profile_line)
                call = self.analyzer.answer(report.text, report.language, context, on_partial=forward)
            else:
                call = self.analyzer.analyze(report.text, report.language, profile_line, on_partial=forward)
            task: asyncio.Task[ModelResult[Any]] = asyncio.ensure_future(call)
            self._calls[report.id] = task
            try:
                result = await task
            finally:
                self._calls.pop(report.id, None)
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if report.id in self._superseded and current is not None and not current.cancelling():
                self._again(report.id)  # the call was cancelled for the grown text, not this worker
                return
            raise
        except ModelUnavailable as exc:
            ANALYSIS_SECONDS.labels(outcome="unavailable").observe(time.perf_counter() - started)
            await self._unavailable(report, exc, streamed=views > 0)
            return
        except AnalysisInvalid as exc:
            self._healthy()
            _record(report, exc.stats, exc.attempts)
            report.status, report.error = "failed", f"invalid: {exc.error}"[:MAX_ERROR_CHARS]
            report.raw_output = exc.raw_output[:MAX_RAW_OUTPUT_CHARS]
        except AnalysisError as exc:  # a request Ollama rejects; retrying will not help
            self._healthy()
            report.attempts += 1
            report.status, report.error = "failed", f"rejected: {exc}"[:MAX_ERROR_CHARS]
        else:
            self._healthy()
            _apply(report, result)
        ANALYSIS_SECONDS.labels(outcome=report.status).observe(time.perf_counter() - started)
        ANALYSIS_TOKENS.labels(kind="prompt").inc(report.prompt_tokens or 0)
        ANALYSIS_TOKENS.labels(kind="eval").inc(report.eval_tokens or 0)
        _log_outcome(report)
        async with self.store.session() as session:
            settled = await session.settle_report(report, self.holder)
        self._held.discard(report.id)
        if report.id in self._superseded:  # the text grew while the model wrote: never delivered
            self._again(report.id)
            return
        if not settled:  # another process took it over meanwhile; its result counts
            log.warning("report %d: lease lost while analysing; this result is dropped", report.id)
            self._forget(report.id, finished=False)
            return
        self._deliver(report)

    def _again(self, report_id: int) -> None:
        """A report whose text grew while it was analysed: back to the head of the line, at once
        (no backoff: nothing failed), analysed with the text it has now."""
        log.info("report %d: detail added while it was analysed; analysing it again", report_id)
        self._superseded.discard(report_id)
        self._started.pop(report_id, None)
        self._line.requeue(report_id)
        self._wake.set()

    async def _question_context(self, report: Report, profile_line: str) -> QuestionContext:
        """What a question is answered with: the profile, what the dog did in its last analysed
        reports (the analysis's own words), and the tips that fit the question."""
        async with self.store.session() as session:
            recent = await session.recent_incidents(report.user_id, report.dog_id, QUESTION_RECENT_REPORTS)
        behaviours = tuple(
            str(r.analysis["behavior"]) for r in recent if r.analysis and r.analysis.get("behavior")
        )
        tips = self.grounding.tips(report.text, report.language) if self.grounding is not None else ()
        return QuestionContext(profile_line, behaviours, tips)

    async def _unavailable(self, report: Report, exc: ModelUnavailable, *, streamed: bool) -> None:
        """The report stays pending and is tried again after at least `exc.retry_after` seconds.
        The owner hears of it once (by `exc.notice`), and again only where a half-written answer
        was showing: that answer is marked interrupted, so it never passes for the result."""
        first_try = report.attempts == 0
        report.attempts += 1
        report.error = f"unavailable ({exc.kind}): {exc}"[:MAX_ERROR_CHARS]
        async with self.store.session() as session:
            await session.note_attempt(report)
        if self.hosts.spare:  # it broke off midway on one host; another takes it now
            self._started.pop(report.id, None)
            self._line.requeue(report.id)
            self._wake.set()
            if streamed:
                await self.delivery.interrupted(report, exc.notice)
            return
        if not self._outage:
            log.warning("analysis model unavailable (%s): %s; reports stay pending", exc.kind, exc)
        self._outage = True
        self._notice = exc.notice
        self._settled.set()
        self._requeue(report.id, exc.retry_after)
        pulling = self._prepare is not None and not self._prepare.done()
        if isinstance(exc, ModelMissing) and self.pull and self.hosts.checked and not pulling:
            self._prepare = asyncio.create_task(self._prepare_model(), name="analysis_model_pull")
        told = streamed and await self.delivery.interrupted(report, exc.notice)
        if first_try and report.id not in self._told_delayed:
            self._told_delayed.add(report.id)
            if not told:
                await self.delivery.notify_delayed(report, exc.notice)

    def _deliver(self, report: Report) -> None:
        """Hand the finished report to its push and free the slot: the worker moves on."""
        started = self._started.pop(report.id, None)
        if started is not None:  # the slot was held from the take to the hand-over
            self.estimator.record(self._clock() - started)
        self._hand_over(report)
        self._forget(report.id, finished=False)

    def _hand_over(self, report: Report) -> None:
        if report.id in self._pushes:
            # a new result of a report whose older result is still being pushed (the report was
            # reopened and analysed again meanwhile: moved to another dog, detail added): pushed
            # once that push is over, never dropped
            self._repush[report.id] = report
            return
        self._pushes[report.id] = asyncio.create_task(self._push(report), name=f"deliver_{report.id}")

    async def _push(self, report: Report) -> None:
        lock, users = self._owner_pushes.get(report.user_id, (asyncio.Lock(), 0))
        self._owner_pushes[report.user_id] = (lock, users + 1)
        try:
            async with lock:
                await self.delivery.deliver(report, self.holder, self._until())
        except asyncio.CancelledError:
            raise
        except Exception:  # the lease runs out and the result is offered again
            log.exception("delivery of report %d failed", report.id)
        finally:
            self._pushes.pop(report.id, None)
            again = self._repush.pop(report.id, None)
            if again is not None:
                self._hand_over(again)
            lock, users = self._owner_pushes[report.user_id]
            if users > 1:
                self._owner_pushes[report.user_id] = (lock, users - 1)
            else:
                del self._owner_pushes[report.user_id]
            self._settled.set()
            event = self._events.pop(report.id, None)
            if event is not None:
                event.set()

    def _forget(self, report_id: int, *, finished: bool = True) -> None:
        self._started.pop(report_id, None)
        self._superseded.discard(report_id)
        if self._line.done(report_id):  # a held report of the same owner joined the line
            self._wake.set()
        PENDING_ANALYSES.set(len(self._line))
        self._told_delayed.discard(report_id)
        self._settled.set()
        event = self._events.get(report_id) if finished and report_id not in self._pushes else None
        if event is not None:
            del self._events[report_id]
            event.set()

    # -- the model -------------------------------------------------------------------------------

    async def _prepare_model(self) -> None:
        """Check the server version and the model; pull it (progress in the logs) when allowed.

        While Ollama does not answer and no report is in line, check again with the backoff, so
        a new report's acknowledgement tells the truth: saved for later while Ollama is known to
        be down, "analysing" once it answers (reports in line find out by being tried).
        """
        if not self.hosts.checked:
            return
        delay = self.backoff.initial
        warned = False
        while True:
            try:
                usable = await self._check_model()
            except ModelUnavailable as exc:
                if not warned:
                    log.warning(
                        "Ollama not reachable at start (%s); the bot runs and reports stay pending", exc
                    )
                    warned = True
                if self._line:
                    self._first_check.set()
                    return
                self._outage, self._notice = True, exc.notice
                self._first_check.set()  # `notice` now says the model is away
            else:
                if usable and warned and not self._line:
                    self._healthy()
                self._first_check.set()
                return
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), delay)
                return
            delay = min(delay * self.backoff.factor, self.backoff.maximum)

    async def _check_model(self) -> bool:
        """True when some host has the model (or just pulled it); raises `ModelUnavailable`
        when no host answers. The check and pull run per host (`HostPool.prepare`)."""
        usable, pulled = await self.hosts.prepare()
        if pulled:
            self._retry_at = 0.0
            self._wake.set()
        if not usable and not self.pull and not self._line:  # a report could not be analysed: say so
            self._outage, self._notice = True, OwnerNotice.UNAVAILABLE
        return usable


async def _tried_without_success(session: StoreSession, report: Report) -> list[str]:
    """The next steps of the report's dog that the owner's check-ins said did not help, newest
    plan first, from plans started in the last `TRIED_WITHIN` (`services.coaching.unsuccessful_steps`)."""
    since = utcnow() - TRIED_WITHIN
    plans = [
        p
        for p in await session.list_plans(report.user_id, report.dog_id)
        if p.dog_id == report.dog_id and p.started_at >= since
    ]
    if not plans:
        return []
    outcomes: dict[int, list[Outcome]] = {}
    checkins = await session.list_checkins(report.user_id, report.dog_id)
    for checkin in sorted(checkins, key=lambda c: (c.answered_at or c.due_at, c.id)):
        if checkin.outcome is not None:
            outcomes.setdefault(checkin.plan_id, []).append(Outcome(checkin.outcome))
    return unsuccessful_steps([(p.next_step, outcomes.get(p.id, [])) for p in reversed(plans)])


def _record(report: Report, stats: AnalysisStats, attempts: int) -> None:
    """What the model call cost, kept on the report row for operators."""
    report.model = stats.model
    report.prompt_tokens = stats.prompt_eval_count
    report.eval_tokens = stats.eval_count
    report.latency_ms = stats.latency_ms
    report.total_duration_ms = stats.total_duration_ms
    report.load_duration_ms = stats.load_duration_ms
    report.prompt_eval_duration_ms = stats.prompt_eval_duration_ms
    report.eval_duration_ms = stats.eval_duration_ms
    report.attempts += attempts


def _apply(report: Report, result: ModelResult[Any]) -> None:
    _record(report, result.stats, result.attempts)
    report.status = "done"
    report.analysis = result.analysis.model_dump(mode="json")
    report.error = None
    report.raw_output = None


def _log_outcome(report: Report) -> None:
    log.info(
        "report %d %s: model=%s prompt_tokens=%s eval_tokens=%s latency_ms=%.0f prompt_eval_ms=%s "
        "eval_ms=%s load_ms=%s attempts=%d%s",
        report.id,
        report.status,
        report.model,
        report.prompt_tokens,
        report.eval_tokens,
        report.latency_ms or 0.0,
        _ms(report.prompt_eval_duration_ms),
        _ms(report.eval_duration_ms),
        _ms(report.load_duration_ms),
        report.attempts,
        f" error={report.error}" if report.error else "",
    )


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}"
