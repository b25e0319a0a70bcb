"""A fake Ollama HTTP server for tests, speaking Ollama's real wire format on a real socket.

It runs uvicorn with a small Starlette app in a background thread, so the code under test uses the
genuine `ollama` client and httpx stack. Each test scripts the behaviour it needs through
`FakeOllama.behaviour` and inspects `FakeOllama.requests` afterwards. A chat asking the question
prompt's schema (`answer`) is answered with `Behaviour.answer`, in every mode an analysis has.

    with FakeOllama() as fake:            # or the `fake_ollama` fixture
        fake.behaviour.chat = "invalid_json"
        ... Analyzer(fake.url, "qwen2.5:1.5b") ...
        assert fake.chat_bodies()[0]["format"]["type"] == "object"
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import re
import socket
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any, Literal

import uvicorn
from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from dogcoach.services.analysis import tokens

DEFAULT_MODEL = "qwen2.5:1.5b"
DEFAULT_VERSION = "0.12.6"
NDJSON = "application/x-ndjson"

# Fixed durations (nanoseconds) reported on every chat answer, so tests can check the conversion.
TOTAL_DURATION_NS = 2_500_000_000
LOAD_DURATION_NS = 20_000_000
PROMPT_EVAL_DURATION_NS = 1_500_000_000
EVAL_DURATION_NS = 900_000_000

ChatMode = Literal[
    "valid",  # content is a schema-valid analysis (see Behaviour.analysis), or answer (Behaviour.answer)
    "invalid_json",  # content is cut-off JSON
    "schema_invalid",  # content is JSON that breaks the schema (unknown category, 2 summary lines...)
    "whitespace",  # the tiny-model failure: "{" then whitespace until num_predict, done_reason "length"
    "fenced",  # the analysis inside a ```json fence (a build or model that ignores `format`)
    "prose",  # a line of prose, the analysis, a closing remark
    "han",  # Korean text with Chinese characters in A and the summary (as small Qwen models do)
    "english_next_step",  # a Korean analysis whose next step is an English sentence
    "hangul_in_english",  # an English analysis with Korean words in it
    "error_500",  # HTTP 500 with Ollama's {"error": ...} body (Behaviour.error_message)
    "error_400",  # HTTP 400, as Ollama answers a request it cannot accept (e.g. a bad `format`)
    "model_missing",  # HTTP 404 as for an unpulled model (also automatic when model not in `models`)
    "out_of_memory",  # HTTP 500: Ollama's "model requires more system memory ... than is available"
    "too_large",  # HTTP 500: the runner did not start in time (a model too large for the box)
    "busy",  # HTTP 503: Ollama's request queue is full
    "stream_error",  # (streaming) part of the answer, then an {"error": ...} line
    "stream_cut",  # (streaming) part of the answer, then the connection closes without `done`
]

OUT_OF_MEMORY_ERROR = "model requires more system memory (2.3 GiB) than is available (1.4 GiB)"
TOO_LARGE_ERROR = "timed out waiting for llama runner to start - progress 0.00 - "
BUSY_ERROR = "server busy, please try again.  maximum pending requests exceeded"
STREAM_ERROR = "an error was encountered while running the model: unexpected EOF"
# Load failures answer a load request too, not only a chat.
_LOAD_FAILURES = ("model_missing", "out_of_memory", "too_large", "busy", "error_500")

Json = dict[str, Any]
Handler = Callable[[Request], Awaitable[Response]]
AnalysisFactory = Callable[[Json], Json]

_HANGUL = re.compile("[\u3131-\u318e\uac00-\ud7a3]")


def sample_analysis(language: str = "ko", **overrides: Any) -> Json:
    """A schema-valid analysis in `language`, fields overridable."""
    if language == "ko":
        base: Json = {
            "category": "barking",
            "safety_flag": False,
            "antecedent": "손님이 초인종을 누르고 현관에 들어올 때",
            "behavior": "현관으로 달려가 계속 짖는다",
            "consequence": "보호자가 안아 올리며 달래 준다",
            "likely_function": "attention",
            "intensity": 2,
            "summary": [
                "초인종 소리가 신호가 됩니다.",
                "짖으면 관심을 받습니다.",
                "조용할 때 보상해 주세요.",
            ],
            "next_step": "초인종 소리를 작게 들려주고 조용하면 간식을 주세요.",
            "missing": ["frequency"],
        }
    else:
        base = {
            "category": "barking",
            "safety_flag": False,
            "antecedent": "Guests ring the doorbell and come in",
            "behavior": "Runs to the door and keeps barking",
            "consequence": "The owner picks the dog up to calm it",
            "likely_function": "attention",
            "intensity": 2,
            "summary": ["The doorbell is the trigger.", "Barking earns attention.", "Reward quiet moments."],
            "next_step": "Play a quiet doorbell sound and treat the dog while it stays calm.",
            "missing": ["frequency"],
        }
    base.update(overrides)
    return base


def sample_answer(language: str = "ko", **overrides: Any) -> Json:
    """A schema-valid answer to a question (the question prompt's schema) in `language`."""
    if language == "ko":
        base: Json = {
            "safety_flag": False,
            "answer": [
                "줄이 팽팽해지면 그 자리에 멈춰 서 주세요.",
                "줄이 느슨해지면 다시 걷고, 옆에 있을 때 간식을 주세요.",
            ],
            "next_step": "오늘 산책에서 줄이 당겨질 때마다 멈춰 서 보세요.",
        }
    else:
        base = {
            "safety_flag": False,
            "answer": [
                "Stop walking the moment the leash goes tight.",
                "Move on when it slackens, and reward your dog for walking beside you.",
            ],
            "next_step": "On today's walk, stand still every time the leash gets tight.",
        }
    base.update(overrides)
    return base


def is_question(body: Json) -> bool:
    """True when a chat request asks for the question prompt's schema (its `format`, or the JSON
    skeleton of its system prompt when no schema is sent)."""
    schema = body.get("format")
    if isinstance(schema, dict):
        return "answer" in (schema.get("properties") or {})
    system = next((m for m in body.get("messages") or [] if m.get("role") == "system"), {})
    return '"answer":' in str(system.get("content") or "")


def mixed_script(mode: str, analysis: Json) -> Json:
    """The analysis (or answer) with the script fault of `mode` ("han", "english_next_step",
    "hangul_in_english")."""
    if "answer" in analysis:
        lines = list(analysis["answer"])
        if mode == "han":
            lines[0] = "줄이 到来하여 팽팽해지면 멈춰 서 주세요."
        elif mode == "hangul_in_english":
            lines[0] = "Stop walking 계속 멈춰요 when the leash goes tight."
        elif mode == "english_next_step":
            return {**analysis, "next_step": "Stand still every time the leash gets tight."}
        return {**analysis, "answer": lines}
    if mode == "han":
        summary = list(analysis["summary"])
        summary[1] = "짖으면 관심을 关注 받습니다."
        return {**analysis, "antecedent": "손님이 到来하여 초인종을 누를 때", "summary": summary}
    if mode == "english_next_step":
        return {**analysis, "next_step": "Play the doorbell sound quietly and reward calm behaviour."}
    if mode == "hangul_in_english":
        return {**analysis, "behavior": "Runs to the door and barks 계속 짖어요"}
    return analysis


EVAL_ANSWERS = Path(__file__).with_name("eval_answers.jsonl")


@cache
def eval_answers() -> dict[str, Json]:
    """A reference analysis for every report of the shipped eval set, by report text: short answers
    as the prompt asks for them, each passing the answer gate (a test checks)."""
    rows = [json.loads(line) for line in EVAL_ANSWERS.read_text(encoding="utf-8").splitlines() if line]
    return {str(row["text"]): dict(row["analysis"]) for row in rows}


def eval_answer(body: Json) -> Json:
    """`Behaviour.analysis` answering each eval-set report with its reference analysis."""
    text = user_text(body)
    for report, analysis in eval_answers().items():
        if report in text:
            return dict(analysis)
    raise LookupError(f"no reference answer for {text[:60]!r}")


def request_language(body: Json) -> str:
    """'ko' when the system prompt of a chat request is Korean, else 'en'."""
    for message in body.get("messages") or []:
        if message.get("role") == "system":
            return "ko" if _HANGUL.search(message.get("content") or "") else "en"
    return "en"


def user_text(body: Json) -> str:
    """Content of the first user message of a chat request."""
    for message in body.get("messages") or []:
        if message.get("role") == "user":
            return str(message.get("content") or "")
    return ""


def _default_analysis(body: Json) -> Json:
    return sample_analysis(request_language(body))


def _default_answer(body: Json) -> Json:
    return sample_answer(request_language(body))


def normalize(name: str) -> str:
    return name if ":" in name.rsplit("/", 1)[-1] else f"{name}:latest"


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _digest(*parts: str) -> str:
    return "sha256:" + hashlib.sha256("/".join(parts).encode()).hexdigest()


class _Server(uvicorn.Server):
    """uvicorn polls `should_exit` every 100 ms; waiting on an event instead makes stop() instant."""

    stop_event: asyncio.Event | None = None

    async def main_loop(self) -> None:
        await self.on_tick(0)
        assert self.stop_event is not None
        await self.stop_event.wait()


@dataclass
class RecordedRequest:
    """One request as the fake received it, and when (`time.monotonic()`)."""

    method: str
    path: str
    body: Any
    at: float = field(default_factory=time.monotonic)


@dataclass
class Behaviour:
    """What the fake does; tests mutate it freely (also between requests)."""

    chat: ChatMode = "valid"
    # Modes used for the next chat requests, one each, before falling back to `chat`.
    script: list[ChatMode] = field(default_factory=list)
    # A fixed analysis dict, or a callable choosing one from the request body.
    analysis: Json | AnalysisFactory = _default_analysis
    # The same for the answer to a question (requests with the question prompt's schema).
    answer: Json | AnalysisFactory = _default_answer
    # Seconds to wait before answering /api/chat (and /api/tags when `delay_all`).
    delay: float = 0.0
    delay_all: bool = False
    models: list[str] = field(default_factory=lambda: [DEFAULT_MODEL])
    version: str = DEFAULT_VERSION
    error_message: str = "llama runner process has terminated: signal: killed"
    # Reported counters; None = estimated from the request/answer sizes.
    prompt_eval_count: int | None = None
    eval_count: int | None = None
    # /api/pull: an error line instead of the download, and the layer sizes to report.
    pull_error: str | None = None
    pull_layers: list[int] = field(default_factory=lambda: [986_000_000, 7_000, 11_000])
    stream_chunk_chars: int = 12
    # Streaming like a model: `token_rate` tokens a second (one qwen2.5 token per part) after
    # `prompt_delay` seconds of "prompt processing"; None streams `stream_chunk_chars` at once.
    token_rate: float | None = None
    prompt_delay: float = 0.0
    # Share of the answer sent before "stream_error" / "stream_cut" break off.
    cut_at: float = 0.5

    def next_chat_mode(self, lock: threading.Lock) -> ChatMode:
        with lock:
            return self.script.pop(0) if self.script else self.chat


class FakeOllama:
    """The server; `start()` binds 127.0.0.1 on a free port, `url` is what clients use."""

    def __init__(self, behaviour: Behaviour | None = None) -> None:
        self.behaviour = behaviour or Behaviour()
        self.requests: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self.port = 0
        self.loaded: list[str] = []  # what /api/ps lists: models a chat or load request loaded
        # Exceptions raised inside the fake itself: they would reach the client as a plain 500 and
        # could pass for a scripted error, so the fixture fails the test when any occurred.
        self.errors: list[BaseException] = []
        # Chat requests (not loads) being answered now, streamed bodies until their last line, and
        # the most at once: what a per-host concurrency limit is checked against.
        self.chatting = 0
        self.most_chatting = 0
        self.app = Starlette(
            routes=[
                Route("/", self._guard(self._root), methods=["GET", "HEAD"]),
                Route("/api/version", self._guard(self._version), methods=["GET"]),
                Route("/api/tags", self._guard(self._tags), methods=["GET"]),
                Route("/api/pull", self._guard(self._pull), methods=["POST"]),
                Route("/api/chat", self._guard(self._counted_chat), methods=["POST"]),
                Route("/api/ps", self._guard(self._ps), methods=["GET"]),
            ]
        )

    def _guard(self, handler: Handler) -> Handler:
        async def guarded(request: Request) -> Response:
            try:
                return await handler(request)
            except ClientDisconnect:
                # The client went away before its request was read in full, as the app's cancelled
                # call does (detail added while it was sent): nobody is left to answer, and the
                # fake itself did nothing wrong. Real Ollama just drops such a request too.
                return Response(status_code=499)
            except Exception as exc:
                self.errors.append(exc)
                raise

        return guarded

    # --- lifecycle -------------------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FakeOllama:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Accepted sockets inherit it; like Go's net/http (real Ollama), no Nagle delay (~40 ms a call).
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            self.app, log_level="warning", access_log=False, lifespan="off", timeout_graceful_shutdown=1
        )
        self._server = _Server(config)
        self._thread = threading.Thread(target=self._run, args=(sock,), name="fake-ollama", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("fake Ollama did not start")
            time.sleep(0.005)
        return self

    def _run(self, sock: socket.socket) -> None:
        assert self._server is not None

        async def serve() -> None:
            self._loop = asyncio.get_running_loop()
            self._stopping = asyncio.Event()
            assert self._server is not None
            self._server.stop_event = self._stopping
            await self._server.serve(sockets=[sock])

        asyncio.run(serve())
        sock.close()

    def stop(self, wait: bool = True) -> None:
        """Stop serving; slow answers are cut short. With `wait` (the default) this returns once
        the port refuses connections; without, uvicorn's ~0.1 s shutdown finishes in the background.
        """
        if self._server is None or self._thread is None:
            return
        self._server.should_exit = True
        if self._loop is not None and self._stopping is not None:
            self._loop.call_soon_threadsafe(self._stopping.set)
        if wait:
            self._thread.join(timeout=10)
        self._server = None
        self._thread = None

    def __enter__(self) -> FakeOllama:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- inspection ------------------------------------------------------------------------

    def bodies(self, path: str) -> list[Any]:
        return [r.body for r in self.requests if r.path == path]

    def chat_bodies(self) -> list[Json]:
        return self.bodies("/api/chat")

    def reset(self) -> None:
        self.requests.clear()
        self.behaviour = Behaviour()

    # --- handlers --------------------------------------------------------------------------

    async def _record(self, request: Request) -> Any:
        raw = await request.body()
        body: Any = json.loads(raw) if raw else None
        self.requests.append(RecordedRequest(request.method, request.url.path, body))
        return body

    async def _sleep(self, seconds: float) -> None:
        if seconds <= 0:
            return
        assert self._stopping is not None
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stopping.wait(), timeout=seconds)

    def _has(self, model: str) -> bool:
        return normalize(model) in {normalize(m) for m in self.behaviour.models}

    async def _root(self, request: Request) -> Response:
        return Response("Ollama is running", media_type="text/plain")

    async def _version(self, request: Request) -> Response:
        await self._record(request)
        return JSONResponse({"version": self.behaviour.version})

    async def _tags(self, request: Request) -> Response:
        await self._record(request)
        if self.behaviour.delay_all:
            await self._sleep(self.behaviour.delay)
        models = [
            {
                "name": normalize(name),
                "model": normalize(name),
                "modified_at": "2026-11-20T10:00:00.000000000Z",
                "size": 986_061_892,
                "digest": _digest(name)[len("sha256:") :],
                "details": {
                    "parent_model": "",
                    "format": "gguf",
                    "family": "qwen2",
                    "families": ["qwen2"],
                    "parameter_size": "1.5B",
                    "quantization_level": "Q4_K_M",
                },
            }
            for name in self.behaviour.models
        ]
        return JSONResponse({"models": models})

    async def _pull(self, request: Request) -> Response:
        body = await self._record(request) or {}
        name = str(body.get("model") or body.get("name") or "")
        stream = body.get("stream", True)
        lines: list[Json] = [{"status": "pulling manifest"}]
        if self.behaviour.pull_error is None:
            for index, size in enumerate(self.behaviour.pull_layers):
                digest = _digest(name, str(index))
                status = f"pulling {digest[len('sha256:') :][:12]}"
                for completed in (0, size // 2, size):
                    lines.append({"status": status, "digest": digest, "total": size, "completed": completed})
            lines += [
                {"status": "verifying sha256 digest"},
                {"status": "writing manifest"},
                {"status": "success"},
            ]
            if not self._has(name):
                self.behaviour.models.append(name)
        if not stream:
            if self.behaviour.pull_error is not None:
                return JSONResponse({"error": self.behaviour.pull_error}, status_code=500)
            return JSONResponse({"status": "success"})
        error = self.behaviour.pull_error

        async def gen() -> AsyncIterator[bytes]:
            for line in lines:
                yield (json.dumps(line) + "\n").encode()
            if error is not None:
                yield (json.dumps({"error": error}) + "\n").encode()

        return StreamingResponse(gen(), media_type=NDJSON)

    async def _ps(self, request: Request) -> Response:
        await self._record(request)
        models = [
            {"name": name, "model": name, "size": 1_200_000_000, "digest": _digest(name)[len("sha256:") :]}
            for name in self.loaded
        ]
        return JSONResponse({"models": models})

    def _error(self, mode: ChatMode, model: str) -> Response | None:
        """The HTTP error answer of `mode`, or None when the mode answers normally."""
        if mode == "model_missing" or not self._has(model):
            return JSONResponse(
                {"error": f'model "{model}" not found, try pulling it first'}, status_code=404
            )
        errors: dict[str, tuple[int, str]] = {
            "error_500": (500, self.behaviour.error_message),
            "error_400": (400, "invalid format"),
            "out_of_memory": (500, OUT_OF_MEMORY_ERROR),
            "too_large": (500, TOO_LARGE_ERROR),
            "busy": (503, BUSY_ERROR),
        }
        if mode in errors:
            status, message = errors[mode]
            return JSONResponse({"error": message}, status_code=status)
        return None

    def _chatting(self, step: int) -> None:
        with self._lock:
            self.chatting += step
            self.most_chatting = max(self.most_chatting, self.chatting)

    async def _counted_chat(self, request: Request) -> Response:
        """`_chat`, counted in `chatting` from the request to the answer's last byte."""
        raw = await request.body()  # Starlette keeps it for `_chat`
        if not raw or not json.loads(raw).get("messages"):  # a load request
            return await self._chat(request)
        self._chatting(1)
        try:
            response = await self._chat(request)
        except BaseException:
            self._chatting(-1)
            raise
        if not isinstance(response, StreamingResponse):
            self._chatting(-1)
            return response
        body = response.body_iterator

        async def counted() -> AsyncIterator[Any]:
            try:
                async for chunk in body:
                    yield chunk
            finally:
                self._chatting(-1)

        response.body_iterator = counted()
        return response

    async def _chat(self, request: Request) -> Response:
        body: Json = await self._record(request) or {}
        behaviour = self.behaviour
        model = str(body.get("model") or "")
        if not body.get("messages"):  # a load request: Ollama loads the model and answers at once
            mode = behaviour.chat if behaviour.chat in _LOAD_FAILURES else "valid"
            error = self._error(mode, model)
            if error is not None:
                return error
            if normalize(model) not in self.loaded:
                self.loaded.append(normalize(model))
            return JSONResponse(
                {
                    "model": model,
                    "created_at": _now(),
                    "message": {"role": "assistant", "content": ""},
                    "done_reason": "load",
                    "done": True,
                }
            )
        mode = behaviour.next_chat_mode(self._lock)
        await self._sleep(behaviour.delay)
        error = self._error(mode, model)
        if error is not None:
            return error
        if normalize(model) not in self.loaded:
            self.loaded.append(normalize(model))
        content, done_reason, eval_count = self._content(mode, body)
        pieces = self._pieces(content)
        if behaviour.token_rate is not None:
            eval_count = len(pieces)
        prompt_chars = sum(len(str(m.get("content") or "")) for m in body.get("messages") or [])
        stats: Json = {
            "done_reason": done_reason,
            "done": True,
            "total_duration": TOTAL_DURATION_NS,
            "load_duration": LOAD_DURATION_NS,
            "prompt_eval_count": (
                behaviour.prompt_eval_count
                if behaviour.prompt_eval_count is not None
                else max(1, prompt_chars // 3)
            ),
            "prompt_eval_duration": PROMPT_EVAL_DURATION_NS,
            "eval_count": behaviour.eval_count if behaviour.eval_count is not None else eval_count,
            "eval_duration": EVAL_DURATION_NS,
        }
        if not body.get("stream", True):
            return JSONResponse(
                {
                    "model": model,
                    "created_at": _now(),
                    "message": {"role": "assistant", "content": content},
                    **stats,
                }
            )
        cut = max(1, int(len(pieces) * behaviour.cut_at)) if mode in ("stream_error", "stream_cut") else None
        interval = 1 / behaviour.token_rate if behaviour.token_rate else 0.0

        async def gen() -> AsyncIterator[bytes]:
            await self._sleep(behaviour.prompt_delay)
            started = time.monotonic()
            for index, piece in enumerate(pieces):
                if cut is not None and index == cut:
                    if mode == "stream_error":
                        yield (json.dumps({"error": STREAM_ERROR}) + "\n").encode()
                    return  # stream_cut: the body just ends, without the final `done` part
                if interval:
                    await self._sleep(started + index * interval - time.monotonic())
                chunk = {
                    "model": model,
                    "created_at": _now(),
                    "message": {"role": "assistant", "content": piece},
                    "done": False,
                }
                yield (json.dumps(chunk, ensure_ascii=False) + "\n").encode()
            final = {
                "model": model,
                "created_at": _now(),
                "message": {"role": "assistant", "content": ""},
                **stats,
            }
            yield (json.dumps(final) + "\n").encode()

        return StreamingResponse(gen(), media_type=NDJSON)

    def _pieces(self, content: str) -> list[str]:
        """The streamed parts: qwen2.5 tokens when streaming at a token rate, else fixed slices."""
        if self.behaviour.token_rate is not None:
            return tokens.pieces(content)
        size = max(1, self.behaviour.stream_chunk_chars)
        return [content[start : start + size] for start in range(0, len(content), size)] or [""]

    def _content(self, mode: ChatMode, body: Json) -> tuple[str, str, int]:
        """(content, done_reason, eval_count) for a chat answer in `mode`."""
        options = body.get("options") or {}
        if mode == "whitespace":
            limit = int(options.get("num_predict") or 128)
            return "{" + "\n" * (limit - 1), "length", limit
        question = is_question(body)
        chosen = self.behaviour.answer if question else self.behaviour.analysis
        analysis = chosen(body) if callable(chosen) else dict(chosen)
        if mode == "schema_invalid" and question:
            analysis = {**analysis, "safety_flag": "perhaps", "answer": []}
        elif mode == "schema_invalid":
            analysis = {**analysis, "category": "howling", "intensity": 9, "summary": analysis["summary"][:2]}
        analysis = mixed_script(mode, analysis)
        content = json.dumps(analysis, ensure_ascii=False)
        if mode == "invalid_json":
            content = content[: len(content) // 2]
        elif mode == "fenced":
            content = f"```json\n{json.dumps(analysis, ensure_ascii=False, indent=2)}\n```"
        elif mode == "prose":
            content = f"Here is the analysis of the report:\n{content}\nI hope this helps!"
        return content, "stop", max(1, len(content) // 2)


def unused_port() -> int:
    """A local port nothing listens on (bound and released), for 'connection refused' tests."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def refused_url() -> str:
    return f"http://127.0.0.1:{unused_port()}"
