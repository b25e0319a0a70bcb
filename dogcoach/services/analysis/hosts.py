"""Several Ollama hosts behind one analysis line: each call goes to the least busy healthy host.

`OLLAMA_HOST` may list several servers (`http://ollama-1:11434,http://ollama-2:11434`); one value
works as before. Each host takes at most `parallel` analyses at once (`DOGCOACH_OLLAMA_PARALLEL`;
match the server's `OLLAMA_NUM_PARALLEL`, since a CPU answering two at once answers each slower).
A call goes to the usable host with the lowest share of its slots in use (ties: fewer in flight,
then the one picked longest ago), and waits when every usable host is full.

A host that fails with a `ModelUnavailable` (connection refused, timeout, out of memory, busy, a
missing model: the kinds of `errors.py`) is set aside for a backoff (the kind's own
`retry_after` at least, doubled per consecutive failure up to `maximum`) and the call moves to
another host, as long as nothing of the answer was streamed yet (a half-shown answer is the
worker's to mark interrupted; it raises). When the backoff is over the host is tried again by the
next call; an answer (valid or not) puts it back. When every host is set aside the call raises
the last failure: the worker's own outage handling (pending, backoff, the owner told once) takes
over, and its next try probes the host that is due back first, so one host behaves as before.

The model check and pull (`ModelManager`) run per host: at start (`prepare`) and when a host
answers "model missing" while pulling is on.

    pool = HostPool.from_urls(parse_hosts("a:11434,b:11434"), make_analyzer, parallel=1)
    result = await pool.analyze(report, "ko", profile_line, on_partial=show)
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from dogcoach.services.analysis.client import (
    AnalysisResult,
    Analyzer,
    AnswerResult,
    PartialAnalysis,
    PartialCallback,
)
from dogcoach.services.analysis.errors import AnalysisError, ModelMissing, ModelUnavailable, UnavailableKind
from dogcoach.services.analysis.models import ModelManager, ModelPullFailed, OllamaTooOld, base_url
from dogcoach.services.analysis.question import QuestionContext
from dogcoach.services.observability import OLLAMA_HOST_BUSY, OLLAMA_HOST_CALLS

log = logging.getLogger(__name__)

R = TypeVar("R")


def parse_hosts(value: str) -> tuple[str, ...]:
    """`OLLAMA_HOST` as a list of base URLs: comma-separated, each normalised as the ollama client
    does (`models.base_url`: `ollama` → `http://ollama:11434`), duplicates dropped, order kept.
    Raises `ValueError` when no host is named."""
    urls: list[str] = []
    for part in value.split(","):
        if part.strip() and (url := base_url(part)) not in urls:
            urls.append(url)
    if not urls:
        raise ValueError("OLLAMA_HOST names no Ollama server")
    return tuple(urls)


@dataclass(frozen=True, slots=True)
class HostBackoff:
    """How long a failing host is set aside: `initial` seconds doubled (`factor`) per consecutive
    failure, never less than the failure kind's `retry_after`, at most `maximum`."""

    initial: float = 2.0
    maximum: float = 300.0
    factor: float = 2.0

    def delay(self, failures: int, at_least: float) -> float:
        grown = self.initial * self.factor ** max(failures - 1, 0)
        return min(max(grown, at_least), self.maximum)


@dataclass(frozen=True, slots=True)
class HostState:
    """One host as `/readyz` and logs show it: `busy` of `parallel` slots in use, `served`
    answers since start, `failures` in a row, `aside_seconds` left before it is tried again
    (0: usable), `error` the kind of its last failure (None once it answered)."""

    url: str
    parallel: int
    busy: int
    served: int
    failures: int
    aside_seconds: float
    error: str | None


class OllamaHost:
    """One Ollama server: its analyzer (HTTP pool), its model manager, its slots and health."""

    def __init__(self, analyzer: Analyzer, models: ModelManager | None = None, *, parallel: int = 1) -> None:
        self.url = analyzer.host
        self.analyzer = analyzer
        self.models = models
        self.parallel = max(1, parallel)
        self.busy = 0
        self.served = 0
        self.failures = 0
        self.aside_until = 0.0
        self.last_error: ModelUnavailable | None = None
        self.picked = 0  # sequence number of the last time a call chose it (round robin on ties)
        self.preparing: asyncio.Task[tuple[bool, bool]] | None = None

    def usable(self, now: float) -> bool:
        return self.aside_until <= now

    def load(self) -> tuple[float, int, int]:
        """The order a free host is chosen in: share of slots in use, calls in flight, last pick."""
        return self.busy / self.parallel, self.busy, self.picked


class HostPool:
    """The Ollama hosts an `AnalysisService` analyses on (see the module docstring). The worker
    calls `analyze` / `answer` as it would an `Analyzer`'s; create once, `aclose` at the end."""

    def __init__(
        self,
        hosts: Sequence[OllamaHost],
        *,
        backoff: HostBackoff = HostBackoff(),
        pull: bool = True,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not hosts:
            raise ValueError("a host pool needs at least one host")
        models = {host.analyzer.model for host in hosts}
        if len(models) != 1:
            raise ValueError(f"every host must run the same model, not {sorted(models)}")
        self.hosts = tuple(hosts)
        self.backoff = backoff
        self.pull = pull
        self._clock = clock
        self._sequence = 0
        self._changed = asyncio.Event()  # replaced on every change: waiters hold the one they saw

    @classmethod
    def from_urls(
        cls,
        urls: Sequence[str],
        analyzer: Callable[[str], Analyzer],
        *,
        parallel: int = 1,
        models: Callable[[str], ModelManager] | None = ModelManager,
        backoff: HostBackoff = HostBackoff(),
        pull: bool = True,
    ) -> HostPool:
        """One `OllamaHost` per URL, its analyzer and model manager made by the factories."""
        return cls(
            [OllamaHost(analyzer(url), models(url) if models else None, parallel=parallel) for url in urls],
            backoff=backoff,
            pull=pull,
        )

    # -- what the worker reads -----------------------------------------------------------------

    @property
    def model(self) -> str:
        return self.hosts[0].analyzer.model

    @property
    def capacity(self) -> int:
        """Analyses at once over all hosts (the worker runs this many)."""
        return sum(host.parallel for host in self.hosts)

    @property
    def usable_capacity(self) -> int:
        """Slots of the hosts not set aside now; all of them while every host is (the worker's
        own outage handling then says how long reports wait)."""
        now = self._clock()
        usable = sum(host.parallel for host in self.hosts if host.usable(now))
        return usable or self.capacity

    @property
    def spare(self) -> bool:
        """True when some host is not set aside: a report that failed on one can go on at once."""
        now = self._clock()
        return any(host.usable(now) for host in self.hosts)

    @property
    def checked(self) -> bool:
        """True when the hosts have model managers (the model is checked and pulled per host)."""
        return any(host.models is not None for host in self.hosts)

    def states(self) -> list[HostState]:
        now = self._clock()
        return [
            HostState(
                url=host.url,
                parallel=host.parallel,
                busy=host.busy,
                served=host.served,
                failures=host.failures,
                aside_seconds=round(max(host.aside_until - now, 0.0), 1),
                error=str(host.last_error.kind) if host.last_error is not None else None,
            )
            for host in self.hosts
        ]

    # -- the calls -------------------------------------------------------------------------------

    async def analyze(
        self, report: str, language: str, profile_line: str, *, on_partial: PartialCallback | None = None
    ) -> AnalysisResult:
        """`Analyzer.analyze` on the least busy usable host; raises what it raises."""
        return await self._call(
            lambda analyzer, forward: analyzer.analyze(report, language, profile_line, on_partial=forward),
            on_partial,
        )

    async def answer(
        self,
        question: str,
        language: str,
        context: QuestionContext,
        *,
        on_partial: PartialCallback | None = None,
    ) -> AnswerResult:
        """`Analyzer.answer` on the least busy usable host; raises what it raises."""
        return await self._call(
            lambda analyzer, forward: analyzer.answer(question, language, context, on_partial=forward),
            on_partial,
        )

    async def _call(
        self,
        call: Callable[[Analyzer, PartialCallback], Awaitable[R]],
        on_partial: PartialCallback | None,
    ) -> R:
        streamed = False

        async def forward(view: PartialAnalysis) -> None:
            nonlocal streamed
            streamed = True
            if on_partial is not None:
                outcome = on_partial(view)
                if inspect.isawaitable(outcome):
                    await outcome

        tried: set[OllamaHost] = set()
        last: ModelUnavailable | None = None
        while True:
            host = await self._acquire(tried)
            if host is None:  # every other host is set aside too: the worker's outage handling
                assert last is not None
                raise last
            try:
                result = await call(host.analyzer, forward)
            except ModelUnavailable as exc:
                OLLAMA_HOST_CALLS.labels(host=host.url, outcome=str(exc.kind)).inc()
                self._failed(host, exc)
                tried.add(host)
                last = exc
                if streamed:
                    raise
                continue
            except AnalysisError:  # the host answered (badly, or refused the request): it works
                self._answered(host)
                raise
            else:
                self._answered(host)
                return result
            finally:
                host.busy -= 1
                OLLAMA_HOST_BUSY.labels(host=host.url).set(host.busy)
                self._notify()

    async def _acquire(self, tried: set[OllamaHost]) -> OllamaHost | None:
        """A slot on the least busy usable host not in `tried`, waiting while all are full; None
        when none is left (every other host set aside, or tried already).

        With `tried` empty and every host set aside, the host due back first is probed: the
        worker's backoff paced this call, so one host is tried exactly as before."""
        while True:
            changed = self._changed
            now = self._clock()
            fresh = [host for host in self.hosts if host not in tried]
            usable = [host for host in fresh if host.usable(now)]
            if not usable:
                if tried or not fresh:
                    return None
                usable = [min(fresh, key=lambda host: host.aside_until)]
            free = [host for host in usable if host.busy < host.parallel]
            if free:
                host = min(free, key=OllamaHost.load)
                self._sequence += 1
                host.picked = self._sequence
                host.busy += 1
                OLLAMA_HOST_BUSY.labels(host=host.url).set(host.busy)
                return host
            due = [host.aside_until - now for host in fresh if not host.usable(now)]
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(changed.wait(), min(due) if due else None)

    def _notify(self) -> None:
        changed, self._changed = self._changed, asyncio.Event()
        changed.set()

    def _answered(self, host: OllamaHost) -> None:
        host.served += 1
        OLLAMA_HOST_CALLS.labels(host=host.url, outcome="answered").inc()
        if host.failures and len(self.hosts) > 1:
            log.info("Ollama host %s answers again", host.url)
        host.failures, host.aside_until, host.last_error = 0, 0.0, None

    def _failed(self, host: OllamaHost, exc: ModelUnavailable) -> None:
        """Set `host` aside for its backoff; a missing model is pulled there when allowed."""
        host.failures += 1
        delay = self.backoff.delay(host.failures, exc.retry_after)
        host.aside_until = self._clock() + delay
        host.last_error = exc
        if len(self.hosts) > 1:  # with one host the worker's own warning says it
            log.warning(
                "Ollama host %s set aside for %.0f s after %d failure(s) (%s): %s",
                host.url,
                delay,
                host.failures,
                exc.kind,
                exc,
            )
        if isinstance(exc, ModelMissing) and self.pull and host.models is not None:
            self._check(host)  # in the background; the host is usable again once it has the model
        self._notify()

    # -- the model on each host ------------------------------------------------------------------

    async def prepare(self) -> tuple[bool, bool]:
        """Check every host's version and model, pulling it where missing when `pull` (progress
        in the log); a host that cannot serve is set aside. Returns (usable, pulled): some host
        has the model, and some host got it just now. Raises the first `ModelUnavailable` when
        no host answered at all."""
        hosts = [host for host in self.hosts if host.models is not None]
        outcomes = await asyncio.gather(*(self._ensure(host) for host in hosts), return_exceptions=True)
        unreachable: list[ModelUnavailable] = []
        usable = pulled = False
        for host, outcome in zip(hosts, outcomes, strict=True):
            if isinstance(outcome, ModelUnavailable):
                unreachable.append(outcome)
                if host.last_error is not outcome:
                    self._failed(host, outcome)
            elif isinstance(outcome, BaseException):
                raise outcome
            else:
                present, just_pulled = outcome
                usable = usable or present
                pulled = pulled or just_pulled
        if unreachable and len(unreachable) == len(hosts):
            raise unreachable[0]
        return usable, pulled

    async def _ensure(self, host: OllamaHost) -> tuple[bool, bool]:
        """Wait for the check of `host` (the running one, or a new one); a caller cancelled
        leaves it running for the others."""
        return await asyncio.shield(self._check(host))

    def _check(self, host: OllamaHost) -> asyncio.Task[tuple[bool, bool]]:
        """The running check of `host`, or a new one: one check or pull per host at a time."""
        if host.preparing is None or host.preparing.done():
            host.preparing = asyncio.create_task(self._prepare_host(host), name=f"ollama_check {host.url}")
            host.preparing.add_done_callback(_retrieved)
        return host.preparing

    async def _prepare_host(self, host: OllamaHost) -> tuple[bool, bool]:
        """(has the model now, pulled it now) for one host; raises `ModelUnavailable`."""
        models = host.models
        assert models is not None
        model = self.model
        try:
            version = await models.check_version()
            log.info("Ollama %s at %s", version, models.host)
            if await models.has_model(model):
                log.info("model %s is present", model)
                self._cleared(host)
                return True, False
            if not self.pull:
                log.warning(
                    "model %s is not on %s and pulling is off; reports stay pending", model, models.host
                )
                missing = ModelMissing(f"{model} is not on {models.host}", kind=UnavailableKind.MODEL_MISSING)
                self._failed(host, missing)
                return False, False
            log.info("model %s is not on %s; pulling it", model, models.host)
            await models.ensure_model(model, on_progress=PullLog(model))
            log.info("model %s pulled", model)
            self._cleared(host)
            return True, True
        except OllamaTooOld as exc:
            log.error("%s: structured output needs Ollama 0.5 or newer; answers are validated anyway", exc)
            return True, False
        except ModelPullFailed as exc:
            log.error("pulling %s failed: %s", model, exc)
            return False, False

    def _cleared(self, host: OllamaHost) -> None:
        """The check found the model on `host`: usable again at once."""
        if host.last_error is not None or host.aside_until:
            host.failures, host.aside_until, host.last_error = 0, 0.0, None
            self._notify()

    async def aclose(self) -> None:
        """Stop checks in progress and close every host's HTTP clients."""
        for host in self.hosts:
            if host.preparing is not None and not host.preparing.done():
                host.preparing.cancel()
                await asyncio.gather(host.preparing, return_exceptions=True)
            await host.analyzer.aclose()
            if host.models is not None:
                await host.models.aclose()


def _retrieved(task: asyncio.Task[tuple[bool, bool]]) -> None:
    """A background check's failure is already in the host's state and the log."""
    if not task.cancelled():
        task.exception()


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
