"""Survey turns through the Telegram webhook route over HTTP: updates/s, p50/p99, CPU and RSS.

The bot runs alone in one process, as `dogcoach serve` runs it: the real app (`create_app` with
the Telegram plugin, SQLite, one uvicorn worker) with production logging (one JSON line per turn
at INFO, written to a file). A second process plays Telegram: the fake Bot
API server (tests/fakes) receives every outbound call, and a lean load generator POSTs updates to
the webhook with the secret header. Simulated users go through the whole onboarding survey,
typing and tapping, `--connections` of them at a time; each user's turns are sequential (a user
answers after seeing the question). A turn's latency is the webhook POST's round trip, and the
route answers once the turn's replies were sent: each measured update includes its sendMessage
(and, for a tap, the edit marking the answered question; the tap's answerCallbackQuery and the
removal of an old keyboard travel in the webhook's answer).

Beside it, same run, same bot process: a bare FastAPI route that only parses the update
(`json.loads` + `Update.de_json`). Also printed: the bot's CPU time per update (the figure that
does not depend on what else runs on the machine) and its RSS. `--single-process` puts the
generator and the fake into the bot's process too (they then share its core and its GIL).

Targets (issue 14): >= 1,000 survey updates/s on one core with p99 <= 25 ms at 16 connections.
`--profile FILE` samples the bot with py-spy during the survey (`benchmarks/profile_summary.py`
ranks what it found).

    .venv/bin/python benchmarks/telegram_webhook.py [--users 300] [--connections 16] [--profile FILE]
        [--bot-cpu 0] [--code CHECKOUT]   # the bot alone on core 0; another checkout's code
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import logging
import os
import resource
import signal
import socket
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from telegram import Update

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # the bot process may have put another checkout first (--code)
    sys.path.insert(0, str(ROOT))

from dogcoach.config import Settings  # noqa: E402
from dogcoach.services.observability import configure_logging  # noqa: E402
from dogcoach.webhook import telegram as telegram_webhook  # noqa: E402
from dogcoach.webhook.app import create_app  # noqa: E402
from tests.fakes.telegram_api import FakeTelegramServer  # noqa: E402

SECRET = "bench_secret"
# One survey as a Korean user types or taps it: ("type", text) or ("tap", choice id).
SCRIPT: list[tuple[str, str]] = [
    ("type", "/start"), ("type", "초코"), ("type", "3살"), ("tap", "survey:sex:female_spayed"),
    ("tap", "survey:breed:mixed"), ("tap", "survey:size:small"), ("tap", "survey:origin:shelter"),
    ("type", "2년"), ("type", "3"), ("tap", "survey:children:no"), ("tap", "survey:other_pets:cat"),
    ("tap", "survey:done"), ("type", "4"), ("type", "60"), ("tap", "survey:concerns:barking"),
    ("tap", "survey:done"), ("tap", "survey:worst_reaction:none"), ("tap", "survey:skip"),
    ("tap", "survey:confirm"),
]  # fmt: skip


class QuickUvicorn(uvicorn.Server):
    async def main_loop(self) -> None:
        counter = 0
        while not await self.on_tick(counter):
            counter = (counter + 1) % 864000
            await asyncio.sleep(0.005)


@asynccontextmanager
async def serve(app: FastAPI) -> AsyncIterator[str]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    server = QuickUvicorn(
        uvicorn.Config(app, lifespan="on", log_config=None, access_log=False, ws="none", backlog=1024)
    )
    task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started:
        if task.done():
            task.result()
        await asyncio.sleep(0.005)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        await task


class LeanClient:
    """Keep-alive HTTP/1.1 POSTs over raw asyncio streams, one connection per worker.

    Why not httpx: it costs ~0.6 ms of CPU per request, so in a load generator sharing the box
    with the bot it would measure itself rather than the bot.
    """

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        self.host, self.port, self.path = parts.hostname or "127.0.0.1", parts.port or 80, parts.path
        self._streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def post(self, body: bytes, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        if self._streams is None:
            self._streams = await asyncio.open_connection(self.host, self.port)
        reader, writer = self._streams
        extra = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        writer.write(
            f"POST {self.path} HTTP/1.1\r\nHost: {self.host}\r\nContent-Type: application/json\r\n"
            f"{extra}Content-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
        head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        fields = {}
        for line in head[1:]:
            name, _, value = line.partition(":")
            fields[name.strip().lower()] = value.strip()
        payload = await reader.readexactly(int(fields.get("content-length", "0")))
        return int(head[0].split()[1]), fields, payload

    def close(self) -> None:
        if self._streams is not None:
            self._streams[1].close()


def rss_mb() -> tuple[float, float]:
    """Current and peak resident set size of this process, in MB."""
    current = 0.0
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            current = int(line.split()[1]) / 1024
    return current, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def summary(name: str, latencies: list[float], elapsed: float) -> str:
    q = statistics.quantiles(latencies, n=100)
    return (
        f"{name:<26} {len(latencies):>6} updates  {len(latencies) / elapsed:7.0f} updates/s  "
        f"p50 {q[49] * 1000:6.2f} ms  p99 {q[98] * 1000:6.2f} ms"
    )


async def survey_run(
    fake: FakeTelegramServer, url: str, users: range, connections: int
) -> tuple[list[float], float, int]:
    """Every user in `users` completes the survey; `connections` users at a time."""
    latencies: list[float] = []
    late: list[int] = []  # turns still running when the route answered (over its budget)
    queue: asyncio.Queue[int] = asyncio.Queue()
    for u in users:
        queue.put_nowait(u)
    headers = {telegram_webhook.SECRET_HEADER: SECRET}

    async def user_loop() -> None:
        client = LeanClient(url)
        try:
            while not queue.empty():
                chat = 10_000_000 + queue.get_nowait()
                for kind, value in SCRIPT:
                    if kind == "type":
                        update = fake.make_message(chat, value, language_code="ko")
                    else:
                        update = fake.make_callback(chat, value, language_code="ko")
                    body = json.dumps(update, ensure_ascii=False).encode()
                    t0 = time.perf_counter()
                    status, fields, payload = await client.post(body, headers)
                    latencies.append(time.perf_counter() - t0)
                    if status != 200:
                        raise RuntimeError(f"webhook answered {status}: {payload!r}")
                    if fields.get(telegram_webhook.OUTCOME_HEADER.lower()) != "done":
                        late.append(chat)
        finally:
            client.close()

    started = time.perf_counter()
    await asyncio.gather(*(user_loop() for _ in range(connections)))
    return latencies, time.perf_counter() - started, len(late)


async def bare_run(
    fake: FakeTelegramServer, url: str, count: int, connections: int
) -> tuple[list[float], float]:
    bodies = [
        json.dumps(
            fake.make_message(20_000_000 + i % 500, "3살", language_code="ko"), ensure_ascii=False
        ).encode()
        for i in range(count)
    ]
    latencies: list[float] = []

    async def worker(part: list[bytes]) -> None:
        client = LeanClient(url)
        try:
            for body in part:
                t0 = time.perf_counter()
                status, _, payload = await client.post(body, {})
                latencies.append(time.perf_counter() - t0)
                if status != 200:
                    raise RuntimeError(f"bare route answered {status}: {payload!r}")
        finally:
            client.close()

    started = time.perf_counter()
    await asyncio.gather(*(worker(bodies[i::connections]) for i in range(connections)))
    return latencies, time.perf_counter() - started


def build_app(settings: Settings) -> FastAPI:
    """The production app with the Telegram plugin, plus the bare parse-only route to compare."""
    app = create_app(settings, plugins=[telegram_webhook.plugin])

    @app.post("/bare")
    async def bare(request: Request) -> JSONResponse:
        data: dict[str, Any] = json.loads(await request.body())
        Update.de_json(data, app.state.telegram_webhook.application.bot)
        return JSONResponse({"ok": True})

    return app


def bench_settings(database: str, api: str, token: str) -> Settings:
    return Settings(  # type: ignore[call-arg]
        _env_file=None,
        DATABASE_URL=f"sqlite:///{database}",
        TELEGRAM_BOT_TOKEN=token,
        TELEGRAM_WEBHOOK_SECRET=SECRET,
        TELEGRAM_API_BASE_URL=api,
    )


def serve_forever(database: str, api: str, token: str, port: int) -> None:
    """The bot process of the two-process run: the app alone, as `dogcoach serve` runs it, with
    its production logging (one JSON line per turn, INFO, on stderr: a file here)."""
    configure_logging("INFO", json_lines=True)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    app = build_app(bench_settings(database, api, token))
    uvicorn.run(
        app, host="127.0.0.1", port=port, log_config=None, access_log=False, proxy_headers=False, backlog=1024
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def process_rss_mb(pid: int) -> tuple[float, float]:
    """Current and peak resident set size of process `pid`, in MB."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.split()
    return int(fields["VmRSS"][0]) / 1024, int(fields["VmHWM"][0]) / 1024


@asynccontextmanager
async def bot_process(
    database: str, fake: FakeTelegramServer, log: Path, code_dir: Path = ROOT, cpu: int | None = None
) -> AsyncIterator[tuple[str, int]]:
    """Start the bot in its own process (one uvicorn worker, its log lines to `log`, `dogcoach`
    imported from `code_dir`); yields its URL and pid."""
    port = free_port()
    code = (
        "import sys; sys.argv[0] = '';"
        f"sys.path.insert(0, {str(ROOT)!r});"
        f"sys.path.insert(0, {str(code_dir)!r});"
        "from benchmarks.telegram_webhook import serve_forever;"
        f"serve_forever({database!r}, {fake.url!r}, {fake.token!r}, {port})"
    )
    pin = ["taskset", "-c", str(cpu)] if cpu is not None else []
    proc = await asyncio.create_subprocess_exec(*pin, sys.executable, "-c", code, stderr=log.open("wb"))
    url = f"http://127.0.0.1:{port}"
    async with httpx.AsyncClient(trust_env=False) as client:
        for _ in range(1000):
            try:
                if (await client.get(url + "/healthz")).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proc.returncode is not None:
                raise RuntimeError("the bot process exited")
            await asyncio.sleep(0.02)
    try:
        yield url, proc.pid
    finally:
        proc.send_signal(signal.SIGINT)  # uvicorn shuts down gracefully (and a profile is written)
        await proc.wait()


async def start_profile(pid: int, out: Path) -> asyncio.subprocess.Process:
    """py-spy sampling the bot (collapsed stacks in `out`; see benchmarks/profile_summary.py)."""
    spy = await asyncio.create_subprocess_exec(
        str(Path(sys.executable).parent / "py-spy"), "record", "--pid", str(pid), "--rate", "250",
        "--format", "raw", "--output", str(out), "--nonblocking",
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    await asyncio.sleep(1.0)  # py-spy attaches
    return spy


def cpu_seconds(pid: int) -> float:
    """User + system CPU time used so far by process `pid`."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def run_all(
    fake: FakeTelegramServer, base: str, users: int, connections: int, pid: int, profile: Path | None = None
) -> dict[str, Any]:
    hook = base + telegram_webhook.PATH
    await survey_run(fake, hook, range(-20, 0), connections)  # warm-up: caches, connections
    fake.clear()
    spy = await start_profile(pid, profile) if profile is not None else None
    cpu0, own0 = cpu_seconds(pid), cpu_seconds(os.getpid())
    latencies, elapsed, late = await survey_run(fake, hook, range(users), connections)
    cpu1, own1 = cpu_seconds(pid), cpu_seconds(os.getpid())
    if spy is not None:
        spy.send_signal(signal.SIGINT)
        await spy.wait()
    calls = fake.calls()
    bare_latencies, bare_elapsed = await bare_run(fake, base + "/bare", len(latencies), connections)
    cpu2 = cpu_seconds(pid)
    return {
        "cpu": ((cpu1 - cpu0) / len(latencies), (cpu2 - cpu1) / len(bare_latencies)),
        "driver_cpu": (own1 - own0) / elapsed,
        "survey": (latencies, elapsed),
        "late": late,
        "bare": (bare_latencies, bare_elapsed),
        "calls": len(calls),
        "sends": len([c for c in calls if c.method == "sendMessage" and c.status == 200]),
    }


async def main(
    users: int,
    connections: int,
    single: bool,
    profile: Path | None = None,
    code_dir: Path = ROOT,
    cpu: int | None = None,
) -> None:
    # The fake Bot API serves from a thread of this process: hand the GIL over quickly, or each
    # of its answers can wait 5 ms (the default switch interval) for the load generator's loop.
    sys.setswitchinterval(0.0002)
    if not single:
        # The fake keeps every message and call it saw; its full collections would stall it (and
        # so the measured turns) for up to 0.2 s. Measure the bot, not the fake's collector.
        gc.freeze()
        gc.disable()
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    with tempfile.TemporaryDirectory() as tmp, FakeTelegramServer() as fake:
        database = f"{tmp}/bench.db"
        if single:
            async with serve(build_app(bench_settings(database, fake.url, fake.token))) as base:
                results = await run_all(fake, base, users, connections, os.getpid())
                current, peak = rss_mb()
            where = "everything in one process (app, fake Bot API, load generator)"
        else:
            log = Path(tmp) / "bot.log"
            async with bot_process(database, fake, log, code_dir, cpu) as (base, pid):
                results = await run_all(fake, base, users, connections, pid, profile)
                current, peak = process_rss_mb(pid)
            turn_lines = sum(1 for line in log.read_text().splitlines() if '"event":"turn"' in line)
            print(f"bot log: {turn_lines} JSON turn lines (production logging, INFO)")
            where = "the bot in one process; fake Bot API and load generator in another"
    latencies, elapsed = results["survey"]
    print(f"{users} users x {len(SCRIPT)} survey turns, {connections} connections, SQLite; {where}")
    print(summary("webhook (survey turns)", latencies, elapsed))
    print(summary("bare route (parse only)", *results["bare"]))
    print(
        f"outbound Bot API calls: {results['calls']} "
        f"({results['sends']} sendMessage, {results['calls'] / len(latencies):.2f} calls per update)"
    )
    survey_cpu, bare_cpu = results["cpu"]
    print(
        f"CPU per update in the measured process: survey {survey_cpu * 1e6:.0f} us "
        f"(one core's worth: {1 / survey_cpu:.0f} updates/s), bare {bare_cpu * 1e6:.0f} us"
    )
    if not single:
        print(
            f"load generator + fake Bot API process: {results['driver_cpu'] * 100:.0f}% of a core during the survey"
        )
    print(f"turns over the route's answer budget (finished in the background): {results['late']}")
    print(f"{'process' if single else 'bot process'} RSS: {current:.0f} MB now, {peak:.0f} MB peak")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=300)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument(
        "--single-process", action="store_true", help="run the app in this process too (shares one core)"
    )
    parser.add_argument(
        "--profile", type=Path, help="sample the bot with py-spy during the survey (collapsed stacks)"
    )
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout whose dogcoach the bot runs")
    parser.add_argument(
        "--bot-cpu", type=int, help="pin the bot process to this core (taskset); this process to the others"
    )
    args = parser.parse_args()
    if args.bot_cpu is not None:
        os.sched_setaffinity(0, (os.sched_getaffinity(0) - {args.bot_cpu}) or {args.bot_cpu})
    asyncio.run(
        main(
            args.users, args.connections, args.single_process, args.profile, args.code.resolve(), args.bot_cpu
        )
    )
