"""The Kakao skill over HTTP: synchronous turns per second and their latency, and how long report
turns take to answer while the LLM takes 30 seconds.

The app runs as Kakao would reach it in production: `dogcoach serve` in its own process (SQLite in
a temp dir, one JSON log line per turn at INFO, written to a file), configured from the
environment. The fake Ollama server (`tests/fakes/ollama_server.py`) stands in for the model and
answers after `--llm-delay` seconds. Clients POST fixture-shaped skill bodies with the secret
header, `--concurrency` at a time. Printed too: the bot's CPU time per synchronous turn (what one
core can serve, whatever else runs on the machine); `--profile FILE` samples it with py-spy.

    .venv/bin/python benchmarks/kakao_skill.py [--users 100] [--concurrency 16] [--reports 12] [--postgres]
        [--bot-cpu 0] [--code CHECKOUT]   # the bot alone on core 0; another checkout's code

`--postgres` runs the bot on a throwaway PostgreSQL cluster instead (what several replicas share);
`--code DIR` runs another checkout's bot, to compare before and after on the same box and minutes.

Targets: synchronous turns p99 < 100 ms and every report turn answered in < 4.5 s (issue 4);
>= 1,500 turns/s on one core (issue 14).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fakes.ollama_server import FakeOllama  # noqa: E402
from tests.pgcluster import Cluster  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "kakao" / "skill_text.json"
SECRET = "bench-secret"
HEADER = "X-DogCoach-Secret"
LIMIT = 4.5

# One full survey as a Kakao user taps or types it: (utterance, choice id in `extra`).
SCRIPT: list[tuple[str, str | None]] = [
    ("/start", None), ("초코", None), ("3살", None), ("여아 (중성화 함)", "survey:sex:female_spayed"),
    ("믹스 / 모름", "survey:breed:mixed"), ("소형 (10kg 미만)", "survey:size:small"),
    ("보호소 / 구조", "survey:origin:shelter"), ("2년", None), ("3", None), ("아니요", "survey:children:no"),
    ("고양이", "survey:other_pets:cat"), ("완료 ✔", "survey:done"), ("4", None), ("60", None),
    ("짖음", "survey:concerns:barking"), ("완료 ✔", "survey:done"), ("없음", "survey:worst_reaction:none"),
    ("건너뛰기", "survey:skip"), ("✅ 맞아요", "survey:confirm"),
]  # fmt: skip
REPORT = "우리 초코가 손님이 올 때마다 현관에서 계속 짖어요. 그러면 제가 안아서 달래 줘요."


def body(user: str, utterance: str, choice: str | None = None, callback_url: str | None = None) -> bytes:
    data: dict[str, Any] = json.loads(FIXTURE.read_text(encoding="utf-8"))
    data["userRequest"]["user"]["id"] = user
    data["userRequest"]["utterance"] = utterance
    if callback_url:
        data["userRequest"]["callbackUrl"] = callback_url
    data["action"]["clientExtra"] = {"choice": choice} if choice else {}
    return json.dumps(data, ensure_ascii=False).encode()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


class Connection:
    """A minimal HTTP/1.1 keep-alive client: the load generator shares the machine with the app,
    and httpx would spend more CPU per request than the app itself, measuring the client."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def post(self, content: bytes) -> tuple[float, dict[str, Any]]:
        t0 = time.perf_counter()
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        assert self.reader is not None
        self.writer.write(
            b"POST /kakao/skill HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + f"{HEADER}: {SECRET}\r\nContent-Length: {len(content)}\r\n\r\n".encode()
            + content
        )
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        length = next(
            int(line.split(b":", 1)[1])
            for line in head.split(b"\r\n")
            if line.lower().startswith(b"content-length:")
        )
        payload = await self.reader.readexactly(length)
        elapsed = time.perf_counter() - t0
        if status != 200:
            raise RuntimeError(f"HTTP {status}: {payload[:200]!r}")
        answer: dict[str, Any] = json.loads(payload)
        return elapsed, answer

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


async def survey(conn: Connection, user: str, latencies: list[float]) -> None:
    for utterance, choice in SCRIPT:
        elapsed, _ = await conn.post(body(user, utterance, choice))
        latencies.append(elapsed)


async def callback_sink() -> tuple[asyncio.Server, str]:
    """Kakao's callback endpoint, answering SUCCESS (only used if a result ever arrives)."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        answer = b'{"status":"SUCCESS"}'
        writer.write(
            b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\nConnection: close\r\n\r\n" % len(answer) + answer
        )
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    return server, f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/callback"


async def start_profile(pid: int, out: Path) -> asyncio.subprocess.Process:
    """py-spy sampling the bot (collapsed stacks in `out`; see benchmarks/profile_summary.py)."""
    spy = await asyncio.create_subprocess_exec(
        str(Path(sys.executable).parent / "py-spy"), "record", "--pid", str(pid), "--rate", "250",
        "--format", "raw", "--output", str(out), "--nonblocking",
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    await asyncio.sleep(1.0)  # py-spy attaches
    return spy


def summary(name: str, latencies: list[float], elapsed: float | None = None) -> str:
    q = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else latencies * 99
    rate = f"{len(latencies) / elapsed:7.0f} req/s  " if elapsed else ""
    return (
        f"{name:<28} {len(latencies):>6} req  {rate}p50 {q[49] * 1000:7.1f} ms  "
        f"p99 {q[98] * 1000:7.1f} ms  max {max(latencies) * 1000:7.1f} ms"
    )


def cpu_seconds(pid: int) -> float:
    """User + system CPU time used so far by process `pid`."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def run(port: int, users: int, concurrency: int, reports: int, pid: int, profile: Path | None) -> bool:
    conns = [Connection(port) for _ in range(max(concurrency, reports))]
    try:
        for n in range(5):  # warm-up: caches, connections
            await survey(conns[0], f"warmup-{n}", [])

        latencies: list[float] = []
        queue: asyncio.Queue[int] = asyncio.Queue()
        for u in range(users):
            queue.put_nowait(u)

        async def worker(conn: Connection) -> None:
            while not queue.empty():
                await survey(conn, f"bench-{queue.get_nowait()}", latencies)

        spy = await start_profile(pid, profile) if profile is not None else None
        cpu0 = cpu_seconds(pid)
        started = time.perf_counter()
        await asyncio.gather(*(worker(conns[i]) for i in range(concurrency)))
        sync_elapsed = time.perf_counter() - started
        cpu = (cpu_seconds(pid) - cpu0) / len(latencies)
        if spy is not None:
            spy.send_signal(signal.SIGINT)
            await spy.wait()
        print(summary(f"sync turns (c={concurrency})", latencies, sync_elapsed))
        print(
            f"CPU per turn in the bot process: {cpu * 1e6:.0f} us (one core's worth: {1 / cpu:.0f} turns/s)"
        )

        # Report turns: idle users (survey stopped after the name), the LLM answering slowly.
        sink, callback_url = await callback_sink()
        try:
            for i in range(reports):
                for utterance in ("/start", f"초코{i}", "/cancel"):
                    await conns[i].post(body(f"reporter-{i}", utterance))
            plain, called = [], []
            results = await asyncio.gather(
                *(
                    conns[i].post(body(f"reporter-{i}", REPORT, callback_url=callback_url if i % 2 else None))
                    for i in range(reports)
                )
            )
            for i, (elapsed, answer) in enumerate(results):
                (called if i % 2 else plain).append(elapsed)
                assert ("useCallback" in answer) == bool(i % 2), answer
            print(summary("report turns, no callback", plain))
            print(summary("report turns, callback", called))
        finally:
            sink.close()
    finally:
        for conn in conns:
            conn.close()
    worst = max(plain + called)
    q99 = statistics.quantiles(latencies, n=100)[98]
    print(
        f"slowest report answer {worst:.2f} s (limit {LIMIT} s); sync p99 {q99 * 1000:.1f} ms (target 100 ms)"
    )
    return worst < LIMIT and q99 < 0.1


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=100, help="users who each complete the survey")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument(
        "--reports", type=int, default=12, help="concurrent report turns (half with callback)"
    )
    parser.add_argument("--llm-delay", type=float, default=30.0)
    parser.add_argument("--profile", type=Path, help="sample the bot with py-spy during the sync turns")
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout whose dogcoach the bot runs")
    parser.add_argument(
        "--postgres",
        action="store_true",
        help="a throwaway PostgreSQL cluster (tests/pgcluster.py), not SQLite",
    )
    parser.add_argument(
        "--bot-cpu", type=int, help="pin the bot process to this core (taskset); this process to the others"
    )
    args = parser.parse_args()
    if args.bot_cpu is not None:
        os.sched_setaffinity(0, (os.sched_getaffinity(0) - {args.bot_cpu}) or {args.bot_cpu})

    with contextlib.ExitStack() as stack:
        database_url = stack.enter_context(Cluster()).url if args.postgres else None
        bench(args, database_url)


def bench(args: argparse.Namespace, database_url: str | None) -> None:
    with tempfile.TemporaryDirectory() as tmp, FakeOllama() as fake:
        fake.behaviour.delay = args.llm_delay
        port = free_port()
        env = {
            **os.environ,
            "DATABASE_URL": database_url or f"sqlite:///{Path(tmp) / 'bench.db'}",
            "OLLAMA_HOST": fake.url,
            "KAKAO_SKILL_SECRET": SECRET,
            "KAKAO_SKILL_SECRET_HEADER": HEADER,
            "KAKAO_CALLBACK_HOSTS": "127.0.0.1",
            "KAKAO_CALLBACK_ALLOW_HTTP": "true",
            "PYTHONPATH": os.pathsep.join([str(args.code.resolve()), os.environ.get("PYTHONPATH", "")]),
        }
        # As production runs it: `dogcoach serve`, one JSON log line per turn at INFO (to a file).
        command = [sys.executable, "-m", "dogcoach", "serve", "--host", "127.0.0.1", "--port", str(port)]
        if args.bot_cpu is not None:
            command = ["taskset", "-c", str(args.bot_cpu), *command]
        log_file = (Path(tmp) / "bot.log").open("wb")
        server = subprocess.Popen(command, env=env, cwd=tmp, stderr=log_file)
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    if (
                        httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1, trust_env=False).status_code
                        == 200
                    ):
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("the app did not start")
                time.sleep(0.1)
            ok = asyncio.run(run(port, args.users, args.concurrency, args.reports, server.pid, args.profile))
        finally:
            fake.stop(wait=False)
            server.terminate()
            try:
                server.wait(15)
            except subprocess.TimeoutExpired:
                server.kill()
            log_file.close()
            turns = sum(
                1 for line in (Path(tmp) / "bot.log").read_text().splitlines() if '"event":"turn"' in line
            )
            print(f"bot log: {turns} JSON turn lines (production logging, INFO)")
    raise SystemExit(0 if ok else 1)


if __name__ == "__main__":
    main()
