"""Why the model could not answer, sorted by what the operator must do and what the owner is told.

Every failure to get an answer from Ollama is a `ModelUnavailable` (the report stays pending and is
tried again later) whose `kind` names the cause. Each kind carries the operator's fix (`fix`, for
logs, `/readyz` and `dogcoach doctor`), what the owner should be told (`notice`) and the shortest
sensible wait before the next try (`retry_after`, seconds): a model that does not fit in memory
will not fit two seconds later either. Fixes, waits and the phrases that identify a kind are in
`model_errors.jsonl` beside this module.

The error texts recognised are Ollama's own (its scheduler and runner, 0.5 – 0.12):
"model requires more system memory (2.3 GiB) than is available (1.4 GiB)", "... unable to load
full model on GPU", "timed out waiting for llama runner to start", "server busy, please try again.
maximum pending requests exceeded", "llama runner process has terminated: ...", and HTTP 404
"model ... not found, try pulling it first".
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources

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


@dataclass(frozen=True, slots=True)
class KindInfo:
    """What `model_errors.jsonl` says of one kind: the operator's fix (logs, /readyz, doctor), the
    shortest wait before the next try in seconds (memory and size problems need an operator, so
    trying every few seconds only fills the log), and the phrases of Ollama's error text that
    identify it whatever the HTTP status."""

    fix: str
    retry_after: float
    matches: tuple[str, ...]


@cache
def kind_info() -> dict[UnavailableKind, KindInfo]:
    """The table in `model_errors.jsonl` (operator text lives beside the code, not in it)."""
    text = (resources.files("dogcoach.services.analysis") / "model_errors.jsonl").read_text(encoding="utf-8")
    table: dict[UnavailableKind, KindInfo] = {}
    for line in text.splitlines():
        if line.strip():
            row = json.loads(line)
            table[UnavailableKind(row["kind"])] = KindInfo(
                str(row["fix"]), float(row["retry_after"]), tuple(str(m).lower() for m in row["matches"])
            )
    missing = set(UnavailableKind) - set(table)
    if missing:
        raise RuntimeError(f"model_errors.jsonl lacks {sorted(missing)}")
    return table


def _says(kind: UnavailableKind, error: str) -> bool:
    lowered = error.lower()
    return any(phrase in lowered for phrase in kind_info()[kind].matches)


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
        return kind_info()[self.kind].fix

    @property
    def notice(self) -> OwnerNotice:
        return OwnerNotice.UNREACHABLE if self.kind is UnavailableKind.CONNECTION else OwnerNotice.UNAVAILABLE

    @property
    def retry_after(self) -> float:
        return kind_info()[self.kind].retry_after


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
    if _says(UnavailableKind.OUT_OF_MEMORY, exc.error):
        return ModelOutOfMemory(message, kind=UnavailableKind.OUT_OF_MEMORY, status_code=status)
    if _says(UnavailableKind.MODEL_TOO_LARGE, exc.error):
        return ModelTooLarge(message, kind=UnavailableKind.MODEL_TOO_LARGE, status_code=status)
    if status in (429, 503) or _says(UnavailableKind.BUSY, exc.error):
        return ModelUnavailable(message, kind=UnavailableKind.BUSY, status_code=status)
    if status >= 500 or status == 408:
        return ModelUnavailable(message, kind=UnavailableKind.SERVER_ERROR, status_code=status)
    return AnalysisError(f"{message} (HTTP {status})")


def classify_transport_error(exc: Exception, host: str) -> ModelUnavailable:
    """A failure below HTTP (what the ollama client and httpx raise) as a `ModelUnavailable`."""
    if isinstance(exc, httpx.TimeoutException | TimeoutError):
        return ModelUnavailable(f"{host}: timed out ({exc!r})", kind=UnavailableKind.TIMEOUT)
    return ModelUnavailable(f"{host}: {exc or repr(exc)}", kind=UnavailableKind.CONNECTION)
