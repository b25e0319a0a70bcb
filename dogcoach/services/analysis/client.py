"""The analyzer: one behaviour report in, one validated `Analysis` out, through Ollama's chat API.

Failures are split by what the caller should do next (DESIGN.md §4): `ModelUnavailable` means
"keep the report pending and try again later", `AnalysisInvalid` means "the model answered, badly,
twice; mark the report failed". Anything else is an `AnalysisError` that retrying will not fix.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, TypeVar

import httpx
from ollama import AsyncClient, ChatResponse, ResponseError
from pydantic import ValidationError

from dogcoach.services.analysis.prompt import (
    PromptSet,
    build_messages,
    correction_message,
    load_prompts,
)
from dogcoach.services.analysis.schema import Analysis, analysis_json_schema
from dogcoach.services.proxies import LOOPBACK_DIRECT

log = logging.getLogger(__name__)

N = TypeVar("N", int, float)

UnavailableKind = Literal["connection", "timeout", "server_error", "model_missing"]

# What of a bad answer goes back to the model in the retry: enough to show the mistake, not so much
# that an answer of endless whitespace or a runaway string blows the context.
MAX_ECHOED_ANSWER_CHARS = 1500
MAX_ERROR_DETAILS = 3


class AnalysisError(Exception):
    """Base class: the analysis could not be produced."""


class ModelUnavailable(AnalysisError):
    """Ollama could not be asked (refused, timed out, 5xx, model absent): retry later."""

    def __init__(self, message: str, *, kind: UnavailableKind, status_code: int | None = None) -> None:
        super().__init__(message)
        self.kind: UnavailableKind = kind
        self.status_code = status_code


class ModelMissing(ModelUnavailable):
    """The configured model is not pulled on that Ollama (HTTP 404); `ensure_model` fixes it."""


@dataclass(frozen=True, slots=True)
class AttemptStats:
    """Ollama's own counters for one `/api/chat` call, durations converted to milliseconds."""

    prompt_eval_count: int | None
    eval_count: int | None
    total_duration_ms: float | None
    load_duration_ms: float | None
    prompt_eval_duration_ms: float | None
    eval_duration_ms: float | None
    done_reason: str | None
    latency_ms: float

    @classmethod
    def from_response(cls, response: ChatResponse, latency_ms: float) -> AttemptStats:
        return cls(
            prompt_eval_count=response.prompt_eval_count,
            eval_count=response.eval_count,
            total_duration_ms=_ms(response.total_duration),
            load_duration_ms=_ms(response.load_duration),
            prompt_eval_duration_ms=_ms(response.prompt_eval_duration),
            eval_duration_ms=_ms(response.eval_duration),
            done_reason=response.done_reason,
            latency_ms=latency_ms,
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


@dataclass(frozen=True, slots=True)
class AnalysisResult:
    """A validated analysis, what it cost, and the model's raw text (kept for the transcript)."""

    analysis: Analysis
    stats: AnalysisStats
    attempts: int
    raw_output: str


class AnalysisInvalid(AnalysisError):
    """The model answered but not with a valid analysis, even after the one corrective retry."""

    def __init__(self, message: str, *, raw_output: str, error: str, stats: AnalysisStats, attempts: int):
        super().__init__(message)
        self.raw_output = raw_output
        self.error = error
        self.stats = stats
        self.attempts = attempts


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


def parse_analysis(content: str) -> Analysis:
    """Validate the model's text as an `Analysis`; raises `ValidationError` (bad JSON included)."""
    return Analysis.model_validate_json(content.strip() or "null")


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
        prompts_dir: Path | None = None,
        client: AsyncClient | None = None,
    ) -> None:
        """`keep_alive=-1` keeps the model loaded so a report never pays a reload; `num_predict`
        caps the answer because tiny models in JSON mode can emit whitespace forever; `think`
        is sent only when set (pass False for thinking models such as qwen3)."""
        self.host = host
        self.model = model
        self.keep_alive = keep_alive
        self.think = think
        self.max_report_chars = max_report_chars
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

    async def analyze(self, report: str, language: str, profile_line: str) -> AnalysisResult:
        """Analyse one report in `language` ("ko"/"en", or a locale like "ko-KR").

        Raises `ModelUnavailable` (retry later), `AnalysisInvalid` (after one corrective retry)
        or `AnalysisError` (a request Ollama rejects, e.g. HTTP 400).
        """
        prompts = self.prompts(language)
        messages: list[dict[str, str]] = build_messages(prompts, report, profile_line, self.max_report_chars)
        started = time.perf_counter()
        attempts: list[AttemptStats] = []
        content = ""
        error = ""
        for attempt in (1, 2):
            content, stats = await self._chat(messages)
            attempts.append(stats)
            try:
                analysis = parse_analysis(content)
            except ValidationError as exc:
                error = describe_validation_error(exc)
                log.info("analysis attempt %d invalid (%s): %s", attempt, stats.done_reason, error)
                messages = [
                    *messages,
                    {"role": "assistant", "content": content.strip()[:MAX_ECHOED_ANSWER_CHARS]},
                    correction_message(prompts, error),
                ]
                continue
            return AnalysisResult(
                analysis=analysis,
                stats=self._stats(started, attempts),
                attempts=attempt,
                raw_output=content,
            )
        raise AnalysisInvalid(
            f"model {self.model} gave no valid analysis: {error}",
            raw_output=content,
            error=error,
            stats=self._stats(started, attempts),
            attempts=len(attempts),
        )

    def _stats(self, started: float, attempts: Sequence[AttemptStats]) -> AnalysisStats:
        return AnalysisStats(
            model=self.model,
            latency_ms=(time.perf_counter() - started) * 1000,
            per_attempt=tuple(attempts),
        )

    async def _chat(self, messages: list[dict[str, str]]) -> tuple[str, AttemptStats]:
        """One non-streaming `/api/chat` call, transport failures mapped to `ModelUnavailable`."""
        started = time.perf_counter()
        try:
            response = await self._client.chat(
                model=self.model,
                messages=messages,
                format=analysis_json_schema(),
                options=self.options,
                keep_alive=self.keep_alive,
                think=self.think,
                stream=False,
            )
        except ResponseError as exc:
            raise _from_response_error(exc, self.model) from exc
        except ConnectionError as exc:  # what ollama raises for httpx.ConnectError
            raise ModelUnavailable(f"{self.host}: {exc}", kind="connection") from exc
        except httpx.TimeoutException as exc:
            raise ModelUnavailable(f"{self.host}: timed out ({exc!r})", kind="timeout") from exc
        except httpx.TransportError as exc:
            raise ModelUnavailable(f"{self.host}: {exc!r}", kind="connection") from exc
        latency_ms = (time.perf_counter() - started) * 1000
        return response.message.content or "", AttemptStats.from_response(response, latency_ms)


def _from_response_error(exc: ResponseError, model: str) -> AnalysisError:
    """HTTP errors: 404 is a missing model, 5xx/429 are worth retrying later, other 4xx are bugs."""
    status = exc.status_code
    if status == 404:
        return ModelMissing(f"{model}: {exc.error}", kind="model_missing", status_code=status)
    if status >= 500 or status in (408, 429):
        return ModelUnavailable(f"{model}: {exc.error}", kind="server_error", status_code=status)
    return AnalysisError(f"{model}: {exc.error} (HTTP {status})")
