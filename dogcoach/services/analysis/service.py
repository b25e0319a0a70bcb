"""The analysis worker: turns `pending` reports into results and gets them to the user.

Durable by construction: a report is saved `pending` in the user's turn before anything here sees
it, and it leaves `pending` only when the model has answered (`done`, or `failed` after the
analyzer's one corrective retry). While Ollama is unreachable the report simply stays `pending`:
the worker backs off and tries again, and `start()` after a restart picks up every pending report.

At most `concurrency` analyses run at once (Ollama's own default parallelism is 1); the rest wait
in order. A finished result is handed to the injected `Delivery` (`handlers.results.delivery`),
which pushes it through the outbox; when the user's channel cannot take it (Kakao without a live
callback) it stays undelivered and is shown at the user's next turn.

    delivery = ResultDelivery(store, messages, outbox)
    service = AnalysisService(store, analyzer, delivery, models=ModelManager(host))
    async with service.running():
        ...                                    # the engine's turns call service.submit(report_id)
        await service.wait(report_id, 3.5)     # True once finished (and handed to the delivery)
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Protocol

from dogcoach.domain.types import Reply
from dogcoach.services.analysis.client import (
    AnalysisError,
    AnalysisInvalid,
    AnalysisResult,
    AnalysisStats,
    Analyzer,
    ModelMissing,
    ModelUnavailable,
)
from dogcoach.services.analysis.models import ModelManager, ModelPullFailed, OllamaTooOld
from dogcoach.services.analysis.prompt import build_profile_line
from dogcoach.services.observability import ANALYSIS_SECONDS, ANALYSIS_TOKENS, PENDING_ANALYSES
from dogcoach.services.store import Report, Store

log = logging.getLogger(__name__)

MAX_ERROR_CHARS = 500
MAX_RAW_OUTPUT_CHARS = 4000
RESUME_BATCH = 200


@dataclass(frozen=True, slots=True)
class Backoff:
    """Waits between tries while the model is unavailable: initial, doubled up to maximum."""

    initial: float = 2.0
    maximum: float = 300.0
    factor: float = 2.0


class PullLog:
    """`ensure_model` progress as log lines: each new status, and every `step` of a download."""

    def __init__(self, model: str, step: float = 0.1) -> None:
        self.model = model
        self.step = step
        self._status = ""
        self._logged = -1.0

    def __call__(self, status: str, completed: int | None, total: int | None) -> None:
        if status != self._status:
            self._status, self._logged = status, -1.0
            if not total:
                log.info("pulling %s: %s", self.model, status)
        if total:
            done = (completed or 0) / total
            if done >= self._logged + self.step or done >= 1.0 > self._logged:
                self._logged = done
                log.info("pulling %s: %s %3.0f%% of %.1f MB", self.model, status, done * 100, total / 1e6)


class Delivery(Protocol):
    """Where a finished report goes: the flows implement it (`handlers.results.delivery`), since
    rendering a result and arming its follow-up question are conversation work; `bot.wiring`
    injects it."""

    async def deliver(self, report: Report) -> None:
        """Push the result to the user, or leave it undelivered for their next turn."""

    async def notify_delayed(self, report: Report) -> None:
        """Tell the user once that the report waits for the model."""

    async def take(self, report_id: int) -> list[Reply] | None:
        """The replies of a finished, undelivered report, now marked delivered; else None."""


class AnalysisService:
    """Bounded, restart-safe queue of report analyses. One per process; see the module docstring."""

    def __init__(
        self,
        store: Store,
        analyzer: Analyzer,
        delivery: Delivery,
        *,
        concurrency: int = 1,
        backoff: Backoff = Backoff(),
        models: ModelManager | None = None,
        pull: bool = True,
        stop_grace: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """`models` checks the server and the model at start (and pulls it when `pull`); without
        it nothing is checked up front and a missing model just keeps reports pending."""
        self.store = store
        self.analyzer = analyzer
        self.delivery = delivery
        self.concurrency = max(1, concurrency)
        self.backoff = backoff
        self.models = models
        self.pull = pull
        self.stop_grace = stop_grace
        self._clock = clock
        self._queue: deque[int] = deque()
        self._known: set[int] = set()  # queued, in flight or being delivered
        self._events: dict[int, asyncio.Event] = {}
        self._told_delayed: set[int] = set()
        self._wake = asyncio.Event()
        self._settled = asyncio.Event()  # set whenever a report leaves the queue or an outage starts
        self._stopping = asyncio.Event()
        self._workers: list[asyncio.Task[None]] = []
        self._prepare: asyncio.Task[None] | None = None
        self._delay = backoff.initial
        self._retry_at = 0.0
        self._outage = False
        self._running = False

    # -- state -----------------------------------------------------------------------------------

    @property
    def delayed(self) -> bool:
        """True while the last try found the model unavailable: new reports are told so up front."""
        return self._outage

    @property
    def queued(self) -> int:
        """Reports waiting or being analysed."""
        return len(self._known)

    # -- lifecycle -------------------------------------------------------------------------------

    async def start(self) -> None:
        """Queue every pending report (a restart resumes them), start the workers, and check the
        model in the background: a down Ollama must not stop the bot from starting."""
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
        if self.models is not None:
            self._prepare = asyncio.create_task(self._prepare_model(), name="analysis_model_check")

    async def stop(self, grace: float | None = None) -> None:
        """Stop taking work; analyses in flight get `grace` seconds to finish, then are cancelled
        (their reports stay `pending` and resume at the next start)."""
        if not self._running:
            return
        self._running = False
        self._stopping.set()
        self._wake.set()
        if self._workers:
            _, late = await asyncio.wait(self._workers, timeout=self.stop_grace if grace is None else grace)
            for task in late:
                task.cancel()
            await asyncio.gather(*self._workers, return_exceptions=True)
        if self._prepare is not None:
            self._prepare.cancel()
            await asyncio.gather(self._prepare, return_exceptions=True)
        self._workers, self._prepare = [], None
        self._queue.clear()
        self._known.clear()

    async def aclose(self) -> None:
        """Close the HTTP clients (after `stop`)."""
        await self.analyzer.aclose()
        if self.models is not None:
            await self.models.aclose()

    @asynccontextmanager
    async def running(self) -> AsyncIterator[AnalysisService]:
        await self.start()
        try:
            yield self
        finally:
            await self.stop()

    # -- the API turns and channels use --------------------------------------------------------

    def submit(self, report_id: int) -> None:
        """Queue a report saved (and committed) as `pending`; a second submit is ignored."""
        if not self._running or report_id in self._known:
            return
        if self._outage:  # the acknowledgement the user just got already said so
            self._told_delayed.add(report_id)
        self._known.add(report_id)
        self._queue.append(report_id)
        PENDING_ANALYSES.set(len(self._known))
        self._wake.set()

    async def wait(self, report_id: int, timeout: float) -> bool:  # noqa: ASYNC109 (the contract)
        """True when the report's analysis is finished (done or failed) within `timeout` seconds,
        and its result has been handed to the `delivery`. For channels with a reply deadline."""
        event = self._events.setdefault(report_id, asyncio.Event())
        if report_id not in self._known:
            async with self.store.session() as session:
                report = await session.get_report(report_id)
            if report is None or report.finished:
                self._events.pop(report_id, None)
                return report is not None
        try:
            await asyncio.wait_for(event.wait(), timeout)
        except TimeoutError:
            return False
        return True

    async def drain(self, timeout: float) -> bool:  # noqa: ASYNC109
        """Wait until nothing is queued or in flight; give up early when the model is unavailable
        (that could last hours). True when drained. For a terminal session that is ending."""
        loop = asyncio.get_running_loop()
        end = loop.time() + timeout
        while self._known and not self._outage:
            self._settled.clear()
            left = end - loop.time()
            if left <= 0:
                return False
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._settled.wait(), left)
        return not self._known

    async def take_result(self, report_id: int) -> list[Reply] | None:
        """The result replies of a finished report its channel has not delivered, now marked
        delivered (None if unfinished or already delivered): for a channel that answers a waiting
        request itself instead of pushing."""
        return await self.delivery.take(report_id)

    # -- the worker ------------------------------------------------------------------------------

    async def _resume(self) -> int:
        after = 0
        count = 0
        while True:
            async with self.store.session() as session:
                batch = await session.pending_reports(RESUME_BATCH, after_id=after)
            for report in batch:
                if report.id not in self._known:
                    self._known.add(report.id)
                    self._queue.append(report.id)
                    count += 1
            if len(batch) < RESUME_BATCH:
                PENDING_ANALYSES.set(len(self._known))
                return count
            after = batch[-1].id

    async def _next(self) -> int | None:
        while not self._stopping.is_set():
            wait = self._retry_at - self._clock()
            if wait > 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stopping.wait(), wait)
                continue
            if self._queue:
                return self._queue.popleft()
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

    def _requeue(self, report_id: int) -> None:
        """Back to the front of the queue after the backoff: order is kept through an outage."""
        self._retry_at = self._clock() + self._delay
        self._delay = min(self._delay * self.backoff.factor, self.backoff.maximum)
        self._queue.appendleft(report_id)

    def _healthy(self) -> None:
        if self._outage:
            log.info("analysis model reachable again")
        self._outage = False
        self._delay = self.backoff.initial
        self._retry_at = 0.0

    async def _process(self, report_id: int) -> None:
        async with self.store.session() as session:
            report = await session.get_report(report_id)
            dog = await session.get_dog(report.dog_id) if report and report.dog_id else None
        if report is None or report.status != "pending":  # deleted, or finished elsewhere
            self._forget(report_id)
            return
        profile_line = build_profile_line(dog.answers if dog else {}, report.language)
        started = time.perf_counter()
        try:
            result = await self.analyzer.analyze(report.text, report.language, profile_line)
        except ModelUnavailable as exc:
            ANALYSIS_SECONDS.labels(outcome="unavailable").observe(time.perf_counter() - started)
            await self._unavailable(report, exc)
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
            await session.update_report(report)
        await self._deliver(report)

    async def _unavailable(self, report: Report, exc: ModelUnavailable) -> None:
        first_try = report.attempts == 0
        report.attempts += 1
        report.error = f"unavailable ({exc.kind}): {exc}"[:MAX_ERROR_CHARS]
        async with self.store.session() as session:
            await session.update_report(report)
        if not self._outage:
            log.warning("analysis model unavailable (%s): %s; reports stay pending", exc.kind, exc)
        self._outage = True
        self._settled.set()
        self._requeue(report.id)
        pulling = self._prepare is not None and not self._prepare.done()
        if isinstance(exc, ModelMissing) and self.pull and self.models is not None and not pulling:
            self._prepare = asyncio.create_task(self._prepare_model(), name="analysis_model_pull")
        if first_try and report.id not in self._told_delayed:
            self._told_delayed.add(report.id)
            await self.delivery.notify_delayed(report)

    async def _deliver(self, report: Report) -> None:
        try:
            await self.delivery.deliver(report)
        finally:
            self._forget(report.id)

    def _forget(self, report_id: int) -> None:
        self._known.discard(report_id)
        PENDING_ANALYSES.set(len(self._known))
        self._told_delayed.discard(report_id)
        self._settled.set()
        event = self._events.pop(report_id, None)
        if event is not None:
            event.set()

    # -- the model -------------------------------------------------------------------------------

    async def _prepare_model(self) -> None:
        """Check the server version and the model; pull it (progress in the logs) when allowed."""
        models = self.models
        if models is None:
            return
        model = self.analyzer.model
        try:
            version = await models.check_version()
            log.info("Ollama %s at %s", version, models.host)
            if await models.has_model(model):
                log.info("model %s is present", model)
                return
            if not self.pull:
                log.warning(
                    "model %s is not on %s and pulling is off; reports stay pending", model, models.host
                )
                return
            log.info("model %s is not on %s; pulling it", model, models.host)
            await models.ensure_model(model, on_progress=PullLog(model))
            log.info("model %s pulled", model)
            self._retry_at = 0.0
            self._wake.set()
        except OllamaTooOld as exc:
            log.error("%s: structured output needs Ollama 0.5 or newer; answers are validated anyway", exc)
        except ModelPullFailed as exc:
            log.error("pulling %s failed: %s", model, exc)
        except ModelUnavailable as exc:
            log.warning("Ollama not reachable at start (%s); the bot runs and reports stay pending", exc)


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


def _apply(report: Report, result: AnalysisResult) -> None:
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
