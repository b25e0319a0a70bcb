"""The analyzer: one behaviour report in, one validated and gated `Analysis` out, streamed from
Ollama's chat API so the owner can read the first fields while the rest is written.

    stream = analyzer.stream(report, "ko", profile_line)
    async for view in stream:          # PartialAnalysis: complete, checked fields so far
        show(view.fields)              # a view of attempt 2 replaces attempt 1's
    result = stream.result             # AnalysisResult, only after Ollama is done and all passed

    result = await analyzer.analyze(report, "ko", profile_line, on_partial=show)  # the same, in one call
    answered = await analyzer.answer(question, "ko", QuestionContext(profile_line), on_partial=show)

A question to the coach (`answer`) takes the same way with its own small prompt and schema
(`question.py`, `answer.Answer`): same streaming, recovery, answer gate and corrective retry.

Failures are split by what the caller does next: `ModelUnavailable` (and its kinds, see
`errors.py`) means "keep the report pending, try again after `exc.retry_after`"; `AnalysisInvalid`
means "the model answered, badly, twice: mark the report failed"; any other `AnalysisError` is a
request Ollama rejects, which retrying will not fix.

An answer passes when the JSON object in it (see `recover.py`) validates as `Analysis` and every
text field passes the answer gate (`gate.py`). A failed answer gets one corrective turn naming
what was wrong (schema error, or per field: wrong script, English, length).
"""

from __future__ import annotations

import inspect
import logging
import time
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Iterable, Sequence
from contextlib import aclosing
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Generic, TypeVar, cast

import httpx
from ollama import AsyncClient, ChatResponse, ResponseError
from pydantic import BaseModel, ValidationError

from dogcoach.services.analysis.answer import Answer
from dogcoach.services.analysis.errors import (
    AnalysisError,
    ModelMissing,
    ModelOutOfMemory,
    ModelTooLarge,
    ModelUnavailable,
    OwnerNotice,
    StreamBroken,
    UnavailableKind,
    classify_response_error,
    classify_transport_error,
)
from dogcoach.services.analysis.gate import Finding, check_analysis, check_answer
from dogcoach.services.analysis.prompt import (
    PromptSet,
    build_messages,
    correction_message,
    gate_correction_message,
    load_prompts,
)
from dogcoach.services.analysis.question import (
    QuestionContext,
    build_question_messages,
    load_question_prompts,
)
from dogcoach.services.analysis.recover import recover
from dogcoach.services.analysis.schema import Analysis, flat_json_schema
from dogcoach.services.analysis.stream import PartialAnalysis, PartialParser
from dogcoach.services.proxies import LOOPBACK_DIRECT, client_tls

__all__ = [
    "AnalysisError",
    "AnalysisInvalid",
    "AnalysisResult",
    "AnalysisStats",
    "AnalysisStream",
    "Analyzer",
    "AnswerResult",
    "AnswerStream",
    "AttemptStats",
    "ModelMissing",
    "ModelOutOfMemory",
    "ModelResult",
    "ModelStream",
    "ModelTooLarge",
    "ModelUnavailable",
    "OwnerNotice",
    "PartialAnalysis",
    "Rejection",
    "StreamBroken",
    "UnavailableKind",
]

log = logging.getLogger(__name__)

N = TypeVar("N", int, float)
M = TypeVar("M", bound=BaseModel)

# What of a bad answer goes back to the model in the retry: enough to show the mistake, not so much
# that an answer of endless whitespace or a runaway string blows the context.
MAX_ECHOED_ANSWER_CHARS = 1500
MAX_ERROR_DETAILS = 3

PartialCallback = Callable[[PartialAnalysis], Awaitable[None] | None]


@dataclass(frozen=True, slots=True)
class AttemptStats:
    """Ollama's own counters for one `/api/chat` call, durations converted to milliseconds;
    `first_chunk_ms` is from the request to the first streamed part (prompt processing, mostly)."""

    prompt_eval_count: int | None
    eval_count: int | None
    total_duration_ms: float | None
    load_duration_ms: float | None
    prompt_eval_duration_ms: float | None
    eval_duration_ms: float | None
    done_reason: str | None
    latency_ms: float
    first_chunk_ms: float | None = None

    @classmethod
    def from_response(
        cls, response: ChatResponse, latency_ms: float, first_chunk_ms: float | None = None
    ) -> AttemptStats:
        return cls(
            prompt_eval_count=response.prompt_eval_count,
            eval_count=response.eval_count,
            total_duration_ms=_ms(response.total_duration),
            load_duration_ms=_ms(response.load_duration),
            prompt_eval_duration_ms=_ms(response.prompt_eval_duration),
            eval_duration_ms=_ms(response.eval_duration),
            done_reason=response.done_reason,
            latency_ms=latency_ms,
            first_chunk_ms=first_chunk_ms,
        )


@dataclass(frozen=True, slots=True)
class AnalysisStats:
    """Cost of one `analyze` call: counters summed over attempts, wall latency of the whole call.

    Sums are what the report row stores (the user waited for all attempts); `per_attempt[0]` is the
    cost of the prompt alone, which is what comparing models or prompts needs.
    """

    model: str
    latency_ms: float
    per_attempt: tuple[AttemptStats, ...] = field(default_factory=tuple)

    @property
    def prompt_eval_count(self) -> int | None:
        return _sum(a.prompt_eval_count for a in self.per_attempt)

    @property
    def eval_count(self) -> int | None:
        return _sum(a.eval_count for a in self.per_attempt)

    @property
    def total_duration_ms(self) -> float | None:
        return _sum(a.total_duration_ms for a in self.per_attempt)

    @property
    def load_duration_ms(self) -> float | None:
        return _sum(a.load_duration_ms for a in self.per_attempt)

    @property
    def prompt_eval_duration_ms(self) -> float | None:
        return _sum(a.prompt_eval_duration_ms for a in self.per_attempt)

    @property
    def eval_duration_ms(self) -> float | None:
        return _sum(a.eval_duration_ms for a in self.per_attempt)

    @property
    def done_reason(self) -> str | None:
        return self.per_attempt[-1].done_reason if self.per_attempt else None

    @property
    def first_chunk_ms(self) -> float | None:
        return self.per_attempt[0].first_chunk_ms if self.per_attempt else None


@dataclass(frozen=True, slots=True)
class Rejection:
    """Why one attempt's answer was not accepted: `error` is the schema error (JSON or shape),
    empty when the shape was right and `findings` (the answer gate's, per field) rejected it."""

    error: str
    findings: tuple[Finding, ...] = ()

    @property
    def valid_shape(self) -> bool:
        return not self.error


@dataclass(frozen=True, slots=True)
class ModelResult(Generic[M]):
    """A validated, gated answer (an `Analysis`, or the coach's `Answer` to a question: the report
    row keeps either in its `analysis` column), what it cost, the model's raw text (kept for the
    transcript), and why earlier attempts were rejected (empty when the first answer passed)."""

    analysis: M
    stats: AnalysisStats
    attempts: int
    raw_output: str
    rejected: tuple[Rejection, ...] = ()


AnalysisResult = ModelResult[Analysis]
AnswerResult = ModelResult[Answer]


@dataclass(frozen=True, slots=True)
class Task(Generic[M]):
    """One kind of model answer: the schema it is constrained with (`format`), recovered into and
    validated as (`model`), and the answer gate over its text fields (`check`)."""

    model: type[M]
    check: Callable[[M, str], list[Finding]]


ANALYSIS_TASK: Task[Analysis] = Task(Analysis, check_analysis)
ANSWER_TASK: Task[Answer] = Task(Answer, check_answer)


class AnalysisInvalid(AnalysisError):
    """The model answered but not with a valid analysis, even after the one corrective retry.

    `error` describes the last answer's fault (schema error or gate findings); `rejected` has
    one entry per attempt.
    """

    def __init__(
        self,
        message: str,
        *,
        raw_output: str,
        error: str,
        stats: AnalysisStats,
        attempts: int,
        rejected: tuple[Rejection, ...] = (),
    ) -> None:
        super().__init__(message)
        self.raw_output = raw_output
        self.error = error
        self.stats = stats
        self.attempts = attempts
        self.rejected = rejected


def _ms(nanoseconds: int | None) -> float | None:
    return nanoseconds / 1e6 if nanoseconds is not None else None


def _sum(values: Iterable[N | None]) -> N | None:
    """Sum of the known values; None when Ollama reported none (old builds omit some counters)."""
    known = [v for v in values if v is not None]
    if not known:
        return None
    total = known[0]
    for value in known[1:]:
        total += value
    return total


def describe_validation_error(exc: ValidationError) -> str:
    """A short, model-readable account of what was wrong (first few errors only)."""
    parts = []
    for err in exc.errors(include_url=False)[:MAX_ERROR_DETAILS]:
        loc = ".".join(str(p) for p in err["loc"])
        parts.append(f"{loc}: {err['msg']}" if loc else err["msg"])
    return "; ".join(parts)


def describe_findings(findings: Sequence[Finding]) -> str:
    """The gate's findings as one line for logs and the report row: `summary[1]: han (到来)`."""
    return "; ".join(
        f"{f.field}: {f.problem.value}" + (f" ({f.sample})" if f.sample else "") for f in findings
    )


def parse_as(model: type[M], content: str) -> M:
    """The `model` (an `Analysis`, an `Answer`) in a model's text, recovered from fences, prose and
    loose forms. Raises `ValidationError` (no JSON object at all included)."""
    data = recover(content)
    if data is None:
        return model.model_validate_json(content.strip() or "null")  # raises with the JSON error
    return model.model_validate(data)


def parse_analysis(content: str) -> Analysis:
    """The `Analysis` in a model's text (see `parse_as`)."""
    return parse_as(Analysis, content)


class ModelStream(Generic[M]):
    """One answer in progress (an analysis, or the answer to a question): iterate for
    `PartialAnalysis` views, then read `result`.

    Iterate once. The iteration raises what `Analyzer.analyze` raises; `result` is set only
    when it ended normally. Stopping early (break) closes the request to Ollama.
    """

    def __init__(
        self, analyzer: Analyzer, task: Task[M], language: str, messages: list[dict[str, str]]
    ) -> None:
        self._analyzer = analyzer
        self._task = task
        self._prompts = analyzer.prompts(language)  # raises ValueError for a language we lack
        self._messages = messages
        self._result: ModelResult[M] | None = None
        self._started = False

    @property
    def result(self) -> ModelResult[M]:
        if self._result is None:
            raise RuntimeError("the analysis has not finished")
        return self._result

    def __aiter__(self) -> AsyncIterator[PartialAnalysis]:
        if self._started:
            raise RuntimeError("an AnalysisStream can be iterated once")
        self._started = True
        return self._run()

    async def final(self, on_partial: PartialCallback | None = None) -> ModelResult[M]:
        """Run to the end, handing each view to `on_partial` (plain or async), and return the result."""
        async for view in self:
            if on_partial is not None:
                outcome = on_partial(view)
                if inspect.isawaitable(outcome):
                    await outcome
        return self.result

    async def _run(self) -> AsyncIterator[PartialAnalysis]:
        analyzer, prompts, task = self._analyzer, self._prompts, self._task
        language = prompts.language
        messages = self._messages
        schema = flat_json_schema(task.model)
        started = time.perf_counter()
        attempts: list[AttemptStats] = []
        rejected: list[Rejection] = []
        content, error = "", ""
        for attempt in (1, 2):
            parser = PartialParser(language, task.model)
            if attempt > 1:
                yield PartialAnalysis(attempt, {}, 0, _since(started))
            async with aclosing(analyzer._chat_stream(messages, schema)) as parts:
                async for piece in parts:
                    if isinstance(piece, AttemptStats):
                        attempts.append(piece)
                    elif parser.feed(piece):
                        yield PartialAnalysis(attempt, dict(parser.fields), parser.chunks, _since(started))
            content = parser.text
            stats = attempts[-1]
            try:
                answer = parse_as(task.model, content)
            except ValidationError as exc:
                error = describe_validation_error(exc)
                rejected.append(Rejection(error))
                correction = correction_message(prompts, error)
            else:
                findings = task.check(answer, language)
                if not findings:
                    self._result = ModelResult(
                        analysis=answer,
                        stats=analyzer._stats(started, attempts),
                        attempts=attempt,
                        raw_output=content,
                        rejected=tuple(rejected),
                    )
                    return
                error = describe_findings(findings)
                rejected.append(Rejection("", tuple(findings)))
                correction = gate_correction_message(prompts, findings)
            log.info("analysis attempt %d rejected (%s): %s", attempt, stats.done_reason, error)
            messages = [
                *messages,
                {"role": "assistant", "content": content.strip()[:MAX_ECHOED_ANSWER_CHARS]},
                correction,
            ]
        raise AnalysisInvalid(
            f"model {analyzer.model} gave no valid analysis: {error}",
            raw_output=content,
            error=error,
            stats=analyzer._stats(started, attempts),
            attempts=len(attempts),
            rejected=tuple(rejected),
        )


AnalysisStream = ModelStream[Analysis]
AnswerStream = ModelStream[Answer]


def _since(started: float) -> float:
    return (time.perf_counter() - started) * 1000


class Analyzer:
    """Talks to one Ollama model; create once and share (it holds an HTTP connection pool)."""

    def __init__(
        self,
        host: str,
        model: str,
        *,
        keep_alive: str | float = -1,
        num_ctx: int = 2048,
        num_predict: int = 512,
        temperature: float = 0.2,
        num_thread: int | None = None,
        think: bool | None = None,
        timeout: float = 120.0,
        connect_timeout: float = 5.0,
        max_report_chars: int = 1200,
        structured: bool = True,
        prompts_dir: Path | None = None,
        client: AsyncClient | None = None,
    ) -> None:
        """`keep_alive=-1` keeps the model loaded so a report never pays a reload; `num_predict`
        caps the answer because tiny models in JSON mode can emit whitespace forever; `think`
        is sent only when set (pass False for thinking models such as qwen3); `timeout` bounds
        one model call from request to last token (seconds); `structured=False` sends no JSON
        schema as `format` (for builds that reject it; the prompt's skeleton and `recover` carry
        the shape)."""
        self.host = host
        self.model = model
        self.keep_alive = keep_alive
        self.think = think
        self.timeout = timeout
        self.max_report_chars = max_report_chars
        self.structured = structured
        self.prompts_dir = prompts_dir
        self.options: dict[str, Any] = {
            "temperature": temperature,
            "num_ctx": num_ctx,
            "num_predict": num_predict,
        }
        if num_thread is not None:
            self.options["num_thread"] = num_thread
        self._client = client or AsyncClient(
            host=host,
            timeout=httpx.Timeout(timeout, connect=min(connect_timeout, timeout)),
            mounts=LOOPBACK_DIRECT,
            verify=client_tls(),
        )

    async def aclose(self) -> None:
        await self._client.close()  # type: ignore[no-untyped-call]  # ollama leaves it unannotated

    async def __aenter__(self) -> Analyzer:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def prompts(self, language: str) -> PromptSet:
        return load_prompts(language, self.prompts_dir)

    def stream(self, report: str, language: str, profile_line: str) -> AnalysisStream:
        """Analyse one report in `language` ("ko"/"en", or a locale like "ko-KR"), as it is written.

        Raises `ValueError` at once for an unsupported language; the rest is raised while iterating.
        """
        messages = build_messages(self.prompts(language), report, profile_line, self.max_report_chars)
        return ModelStream(self, ANALYSIS_TASK, language, messages)

    def stream_answer(self, question: str, language: str, context: QuestionContext) -> AnswerStream:
        """Answer one question of an owner in `language`, as it is written (see `stream`)."""
        prompts = load_question_prompts(language, self.prompts_dir)
        messages = build_question_messages(prompts, question, context, self.max_report_chars)
        return ModelStream(self, ANSWER_TASK, language, messages)

    async def answer(
        self,
        question: str,
        language: str,
        context: QuestionContext,
        *,
        on_partial: PartialCallback | None = None,
    ) -> AnswerResult:
        """Answer one question; raises what `analyze` raises."""
        return await self.stream_answer(question, language, context).final(on_partial)

    async def analyze(
        self, report: str, language: str, profile_line: str, *, on_partial: PartialCallback | None = None
    ) -> AnalysisResult:
        """Analyse one report; `on_partial` (plain or async) sees each `PartialAnalysis` view.

        Raises `ModelUnavailable` (retry later; `StreamBroken` when the answer stopped midway),
        `AnalysisInvalid` (after one corrective retry) or `AnalysisError` (a request Ollama
        rejects, e.g. HTTP 400).
        """
        return await self.stream(report, language, profile_line).final(on_partial)

    def _stats(self, started: float, attempts: Sequence[AttemptStats]) -> AnalysisStats:
        return AnalysisStats(model=self.model, latency_ms=_since(started), per_attempt=tuple(attempts))

    async def _chat_stream(
        self, messages: list[dict[str, str]], schema: dict[str, Any]
    ) -> AsyncGenerator[str | AttemptStats]:
        """One streaming `/api/chat` call: the content pieces, then its `AttemptStats`.

        A stream that ends without Ollama's final `done` part, or breaks off, raises `StreamBroken`;
        the whole call may take `timeout` seconds (httpx bounds only the silence between parts).
        """
        started = time.perf_counter()
        deadline = started + self.timeout
        first: float | None = None
        received: list[str] = []
        try:
            parts = await self._client.chat(
                model=self.model,
                messages=messages,
                format=schema if self.structured else None,
                options=self.options,
                keep_alive=self.keep_alive,
                think=self.think,
                stream=True,
            )
            async with aclosing(cast(AsyncGenerator[ChatResponse], parts)) as chunks:
                async for part in chunks:
                    now = time.perf_counter()
                    if first is None:
                        first = (now - started) * 1000
                    if now > deadline:
                        raise TimeoutError(f"no complete answer within {self.timeout:g} s")
                    piece = part.message.content or ""
                    if piece:
                        received.append(piece)
                        yield piece
                    if part.done:
                        yield AttemptStats.from_response(part, _since(started), first)
                        return
        except ResponseError as exc:
            if exc.status_code == -1:  # an error line inside a stream that had started
                raise _mid_stream(exc, self.model, "".join(received)) from exc
            raise classify_response_error(exc, self.model) from exc
        except (ConnectionError, httpx.TransportError, TimeoutError) as exc:
            if received and not isinstance(exc, httpx.TimeoutException | TimeoutError):
                raise StreamBroken(f"{self.host}: {exc!r}", partial="".join(received)) from exc
            raise classify_transport_error(exc, self.host) from exc
        raise StreamBroken(
            f"{self.model}: the answer stopped before Ollama finished it", partial="".join(received)
        )


def _mid_stream(exc: ResponseError, model: str, partial: str) -> ModelUnavailable:
    """An `{"error": ...}` line after parts had come: memory or size if it says so, else broken."""
    classified = classify_response_error(exc, model)
    if isinstance(classified, ModelOutOfMemory | ModelTooLarge):
        return classified
    return StreamBroken(f"{model}: {exc.error}", partial=partial)
