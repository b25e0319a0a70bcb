"""Is the configured model on the Ollama server, and if not, pull it with visible progress.

Used at start-up and by an operator command: a missing model otherwise shows up only as every
report staying `pending`. Also checks the server version, because `format` with a JSON schema needs
Ollama 0.5 or newer (older servers ignore the schema silently).
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx
from ollama import AsyncClient, ListResponse, ProcessResponse, ResponseError

from dogcoach.services.analysis.errors import (
    AnalysisError,
    ModelUnavailable,
    UnavailableKind,
    classify_response_error,
    classify_transport_error,
)
from dogcoach.services.proxies import LOOPBACK_DIRECT, client_tls

MIN_OLLAMA_VERSION = (0, 5, 0)
DEFAULT_PORT = 11434

ProgressCallback = Callable[[str, int | None, int | None], Awaitable[None] | None]


class OllamaTooOld(AnalysisError):
    """The server predates JSON-schema `format`; the analysis would not be constrained."""


class ModelPullFailed(AnalysisError):
    """Ollama refused or aborted the pull (unknown model name, registry unreachable, disk full)."""


@dataclass(frozen=True, slots=True)
class PullProgress:
    """One NDJSON line of `/api/pull`: a status and, while downloading a layer, its byte counts."""

    status: str
    completed: int | None = None
    total: int | None = None
    digest: str | None = None


def normalize_model_name(name: str) -> str:
    """`qwen2.5` and `qwen2.5:latest` are the same model to Ollama; compare them as such."""
    name = name.strip()
    last = name.rsplit("/", 1)[-1]
    return name if ":" in last else f"{name}:latest"


def base_url(host: str) -> str:
    """Normalise an `OLLAMA_HOST` value as the ollama client does (`localhost` -> port 11434)."""
    host = host.strip().rstrip("/")
    if "://" not in host:
        parts = urlsplit(f"http://{host}")
        return f"http://{parts.hostname or '127.0.0.1'}:{parts.port or DEFAULT_PORT}{parts.path}"
    return host


def parse_version(text: str) -> tuple[int, int, int] | None:
    """`0.12.6` or `0.5.0-rc1` -> (0, 12, 6) / (0, 5, 0); None when unreadable."""
    core = text.strip().lstrip("v").split("-", 1)[0].split("+", 1)[0]
    numbers = core.split(".")
    if len(numbers) < 2 or not all(n.isdigit() for n in numbers[:3]):
        return None
    major, minor, patch = ([*(int(n) for n in numbers[:3]), 0, 0])[:3]
    return major, minor, patch


class ModelManager:
    """Version, presence and pull of models on one Ollama server."""

    def __init__(
        self,
        host: str,
        *,
        timeout: float = 10.0,
        pull_read_timeout: float = 300.0,
        load_timeout: float = 120.0,
    ) -> None:
        """`pull_read_timeout` bounds the silence between two progress lines, not the whole pull;
        `load_timeout` bounds `load` (a cold model takes its load time)."""
        self.host = host
        self._url = base_url(host)
        self._timeout = timeout
        self._client = AsyncClient(
            host=self._url, timeout=httpx.Timeout(timeout), mounts=LOOPBACK_DIRECT, verify=client_tls()
        )
        self._pull_client = AsyncClient(
            host=self._url,
            timeout=httpx.Timeout(timeout, read=pull_read_timeout),
            mounts=LOOPBACK_DIRECT,
            verify=client_tls(),
        )
        self._load_client = AsyncClient(
            host=self._url,
            timeout=httpx.Timeout(timeout, read=load_timeout),
            mounts=LOOPBACK_DIRECT,
            verify=client_tls(),
        )
        # Kept, not made per call: a new client builds an SSL context (the CA bundle read again,
        # ~10 ms of CPU), and the version is asked every few seconds while Ollama is away.
        self._http = httpx.AsyncClient(
            base_url=self._url, timeout=timeout, mounts=LOOPBACK_DIRECT, verify=client_tls()
        )

    async def aclose(self) -> None:
        await self._client.close()  # type: ignore[no-untyped-call]  # ollama leaves it unannotated
        await self._pull_client.close()  # type: ignore[no-untyped-call]
        await self._load_client.close()  # type: ignore[no-untyped-call]
        await self._http.aclose()

    async def version(self) -> str:
        """`GET /api/version` (the ollama client has no call for it)."""
        try:
            response = await self._http.get("/api/version")
            response.raise_for_status()
            return str(response.json()["version"])
        except httpx.HTTPStatusError as exc:
            status = exc.response.status_code
            raise ModelUnavailable(
                f"{self.host}: HTTP {status}", kind=UnavailableKind.SERVER_ERROR, status_code=status
            ) from exc
        except httpx.TransportError as exc:
            raise classify_transport_error(exc, self.host) from exc

    async def check_version(self) -> str:
        """The server version; raises `OllamaTooOld` below 0.5 (dev builds report 0.0.0: accepted)."""
        text = await self.version()
        parsed = parse_version(text)
        if parsed is not None and parsed != (0, 0, 0) and parsed < MIN_OLLAMA_VERSION:
            raise OllamaTooOld(f"{self.host}: Ollama {text} < {'.'.join(map(str, MIN_OLLAMA_VERSION))}")
        return text

    async def list_models(self) -> list[str]:
        """Local model tags (`/api/tags`)."""
        return await self._tags(self._client.list)

    async def loaded_models(self) -> list[str]:
        """Models Ollama holds in memory now (`/api/ps`)."""
        return await self._tags(self._client.ps)

    async def _tags(self, listing_call: Callable[[], Awaitable[ListResponse | ProcessResponse]]) -> list[str]:
        """The model tags of a listing call, its failures as `ModelUnavailable` (a server error
        with its status, a transport error classified as the analysis does)."""
        try:
            listing = await listing_call()
        except ResponseError as exc:
            raise ModelUnavailable(
                f"{self.host}: {exc.error}", kind=UnavailableKind.SERVER_ERROR, status_code=exc.status_code
            ) from exc
        except (ConnectionError, httpx.TransportError) as exc:
            raise classify_transport_error(exc, self.host) from exc
        return [m.model for m in listing.models if m.model]

    async def readiness(self, model: str, *, keep_alive: str | float = -1) -> str:
        """ "loaded" when `model` is in memory, else asks Ollama to load it: "loaded" again when
        that works. Raises what `load` raises, so a model that cannot run here (out of memory,
        too large, missing) is named with its fix instead of passing for a healthy server."""
        wanted = normalize_model_name(model)
        if any(normalize_model_name(name) == wanted for name in await self.loaded_models()):
            return "loaded"
        await self.load(model, keep_alive=keep_alive)
        return "loaded"

    async def load(self, model: str, *, keep_alive: str | float = -1) -> None:
        """Ask Ollama to load `model` into memory (an empty `/api/chat`), as a report would.

        This is what shows whether the model can run here at all: raises `ModelOutOfMemory`,
        `ModelTooLarge`, `ModelMissing` or another `ModelUnavailable` with the operator's fix.
        A loaded model answers at once; a cold one takes its load time (seconds on a CPU).
        """
        try:
            await self._load_client.chat(model=model, messages=[], keep_alive=keep_alive)
        except ResponseError as exc:
            classified = classify_response_error(exc, model)
            if isinstance(classified, ModelUnavailable):
                raise classified from exc
            raise ModelUnavailable(
                str(classified), kind=UnavailableKind.SERVER_ERROR, status_code=exc.status_code
            ) from exc
        except (ConnectionError, httpx.TransportError) as exc:
            raise classify_transport_error(exc, self.host) from exc

    async def has_model(self, model: str) -> bool:
        wanted = normalize_model_name(model)
        return any(normalize_model_name(name) == wanted for name in await self.list_models())

    async def pull(self, model: str) -> AsyncIterator[PullProgress]:
        """Stream `/api/pull` progress; raises `ModelPullFailed` if Ollama reports an error."""
        try:
            stream = await self._pull_client.pull(model, stream=True)
            async for part in stream:
                yield PullProgress(
                    status=part.status or "", completed=part.completed, total=part.total, digest=part.digest
                )
        except ResponseError as exc:
            if exc.status_code in (502, 503, 504):  # a proxy in front of a down Ollama
                raise ModelUnavailable(
                    f"{self.host}: {exc.error}", kind=UnavailableKind.SERVER_ERROR
                ) from exc
            raise ModelPullFailed(f"{model}: {exc.error}") from exc
        except (ConnectionError, httpx.TransportError) as exc:
            raise classify_transport_error(exc, self.host) from exc

    async def ensure_model(self, model: str, on_progress: ProgressCallback | None = None) -> bool:
        """Check the server, pull `model` if absent; True when a pull happened.

        `on_progress(status, completed, total)` is called for every progress line; it may be a plain
        function or a coroutine function (e.g. one that edits a Telegram message).
        """
        await self.check_version()
        if await self.has_model(model):
            return False
        last = ""
        async for step in self.pull(model):
            last = step.status
            if on_progress is not None:
                outcome = on_progress(step.status, step.completed, step.total)
                if inspect.isawaitable(outcome):
                    await outcome
        if last != "success" or not await self.has_model(model):
            raise ModelPullFailed(f"{model}: pull ended with {last!r}")
        return True
