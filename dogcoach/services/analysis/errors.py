"""Why the model could not answer, sorted by what the operator must do and what the owner is told.

Every failure to get an answer from Ollama is a `ModelUnavailable` (the report stays pending and is
tried again later) whose `kind` names the cause. Each kind carries the operator's fix (`fix`, for
logs, `/readyz` and `dogcoach doctor`), what the owner should be told (`notice`) and the shortest
sensible wait before the next try (`retry_after`, seconds): a model that does not fit in memory
will not fit two seconds later either.

The error texts recognised below are Ollama's own (its scheduler and runner, 0.5 – 0.12):
"model requires more system memory (2.3 GiB) than is available (1.4 GiB)", "... unable to load
full model on GPU", "timed out waiting for llama runner to start", "server busy, please try again.
maximum pending requests exceeded", "llama runner process has terminated: ...", and HTTP 404
"model ... not found, try pulling it first".
"""

from __future__ import annotations

import re
from enum import StrEnum

import httpx
from ollama import ResponseError


class AnalysisError(Exception):
    """Base class: the analysis could not be produced."""


class OwnerNotice(StrEnum):
    """What the owner-facing side says while a report waits for the model.

    `UNREACHABLE`: nothing answers at the configured address ("can't connect to the coach").
    `UNAVAILABLE`: Ollama answers but cannot analyse right now ("the coach is temporarily
    unavailable"): out of memory, model missing or too large, busy, crashed, too slow.
    """

    UNREACHABLE = "unreachable"
    UNAVAILABLE = "unavailable"


class UnavailableKind(StrEnum):
    """The cause of a `ModelUnavailable`; the value is what logs and the report row show."""

    CONNECTION = "connection"  # refused, DNS, reset before an answer
    TIMEOUT = "timeout"  # no complete answer within the configured timeout
    OUT_OF_MEMORY = "out_of_memory"  # the model does not fit in the free memory
    MODEL_TOO_LARGE = "model_too_large"  # context or model too large, or too slow to load
    MODEL_MISSING = "model_missing"  # not pulled on that server (HTTP 404)
    BUSY = "busy"  # Ollama's request queue is full (HTTP 503 / 429)
    SERVER_ERROR = "server_error"  # any other 5xx: the runner crashed, a proxy failed
    STREAM_BROKEN = "stream_broken"  # the answer stopped midway (connection lost, error line)


# Operator's fix per kind: said by logs, /readyz and `dogcoach doctor`.
FIXES: dict[UnavailableKind, str] = {
    UnavailableKind.CONNECTION: "start Ollama (`ollama serve` or the ollama service in Compose) and check OLLAMA_HOST",
    UnavailableKind.TIMEOUT: "the model answers too slowly: raise DOGCOACH_OLLAMA_TIMEOUT, or use a smaller model "
    "or a bigger machine",
    UnavailableKind.OUT_OF_MEMORY: "free memory on the Ollama host (stop other models: `ollama ps`, `ollama stop`), "
    "lower DOGCOACH_OLLAMA_NUM_CTX, or choose a smaller OLLAMA_MODEL",
    UnavailableKind.MODEL_TOO_LARGE: "the model or its context is too large for this machine: lower "
    "DOGCOACH_OLLAMA_NUM_CTX or choose a smaller OLLAMA_MODEL",
    UnavailableKind.MODEL_MISSING: "pull the model: `dogcoach pull` (or set DOGCOACH_OLLAMA_PULL=true)",
    UnavailableKind.BUSY: "Ollama's queue is full: lower DOGCOACH_ANALYSIS_CONCURRENCY or raise OLLAMA_MAX_QUEUE",
    UnavailableKind.SERVER_ERROR: "read the Ollama server's log (the runner may have crashed, often for memory)",
    UnavailableKind.STREAM_BROKEN: "read the Ollama server's log: the answer stopped midway (crash or restart)",
}

# Shortest wait before the next try, seconds. Memory and size problems need an operator, so trying
# every few seconds only fills the log; a lost stream or a full queue clears quickly.
RETRY_AFTER: dict[UnavailableKind, float] = {
    UnavailableKind.CONNECTION: 2.0,
    UnavailableKind.TIMEOUT: 10.0,
    UnavailableKind.OUT_OF_MEMORY: 60.0,
    UnavailableKind.MODEL_TOO_LARGE: 60.0,
    UnavailableKind.MODEL_MISSING: 30.0,
    UnavailableKind.BUSY: 5.0,
    UnavailableKind.SERVER_ERROR: 10.0,
    UnavailableKind.STREAM_BROKEN: 2.0,
}


class ModelUnavailable(AnalysisError):
    """Ollama could not give an answer now; keep the report pending and try again later.

    `kind` is the cause, `fix` the operator's remedy, `notice` what the owner is told,
    `retry_after` the minimum wait in seconds before the next try, `status_code` the HTTP status
    when there was one.
    """

    def __init__(self, message: str, *, kind: UnavailableKind, status_code: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.status_code = status_code

    @property
    def fix(self) -> str:
        return FIXES[self.kind]

    @property
    def notice(self) -> OwnerNotice:
        return OwnerNotice.UNREACHABLE if self.kind is UnavailableKind.CONNECTION else OwnerNotice.UNAVAILABLE

    @property
    def retry_after(self) -> float:
        return RETRY_AFTER[self.kind]


class ModelMissing(ModelUnavailable):
    """The configured model is not pulled on that Ollama (HTTP 404); `ensure_model` fixes it."""


class ModelOutOfMemory(ModelUnavailable):
    """The model cannot be loaded: it needs more memory than the host has free."""


class ModelTooLarge(ModelUnavailable):
    """The model or the requested context does not fit this machine, or loads too slowly."""


class StreamBroken(ModelUnavailable):
    """The streamed answer stopped before Ollama said it was done; `partial` is what had come."""

    def __init__(self, message: str, *, partial: str, status_code: int | None = None) -> None:
        super().__init__(message, kind=UnavailableKind.STREAM_BROKEN, status_code=status_code)
        self.partial = partial


_OUT_OF_MEMORY = re.compile(
    r"requires more system memory|out of memory|cannot allocate memory|insufficient memory|"
    r"failed to allocate|unable to allocate",
    re.IGNORECASE,
)
_TOO_LARGE = re.compile(
    r"unable to load full model|too large|exceeds the context|context length|"
    r"timed out waiting for llama runner",
    re.IGNORECASE,
)
_BUSY = re.compile(r"server busy|maximum pending requests", re.IGNORECASE)


def classify_response_error(exc: ResponseError, model: str) -> AnalysisError:
    """An HTTP error from Ollama as the exception the caller acts on.

    404 is a missing model; memory and size messages are recognised whatever the status (Ollama
    answers them with 500); 503/429 and the queue message are "busy"; other 5xx and 408 are worth
    retrying; any other 4xx is a request Ollama will never accept: a plain `AnalysisError`.
    """
    status = exc.status_code
    message = f"{model}: {exc.error}"
    if status == 404:
        return ModelMissing(message, kind=UnavailableKind.MODEL_MISSING, status_code=status)
    if _OUT_OF_MEMORY.search(exc.error):
        return ModelOutOfMemory(message, kind=UnavailableKind.OUT_OF_MEMORY, status_code=status)
    if _TOO_LARGE.search(exc.error):
        return ModelTooLarge(message, kind=UnavailableKind.MODEL_TOO_LARGE, status_code=status)
    if status in (429, 503) or _BUSY.search(exc.error):
        return ModelUnavailable(message, kind=UnavailableKind.BUSY, status_code=status)
    if status >= 500 or status == 408:
        return ModelUnavailable(message, kind=UnavailableKind.SERVER_ERROR, status_code=status)
    return AnalysisError(f"{message} (HTTP {status})")


def classify_transport_error(exc: Exception, host: str) -> ModelUnavailable:
    """A failure below HTTP (what the ollama client and httpx raise) as a `ModelUnavailable`."""
    if isinstance(exc, httpx.TimeoutException | TimeoutError):
        return ModelUnavailable(f"{host}: timed out ({exc!r})", kind=UnavailableKind.TIMEOUT)
    return ModelUnavailable(f"{host}: {exc or repr(exc)}", kind=UnavailableKind.CONNECTION)
