"""The bot's SQLite commit latency while an admin's broadcast runs, with the broadcast written by a
second process (the `dogcoach broadcast` CLI writing the file directly: how the CLI worked beside
a server before, and still works when no server runs) and by the bot's own process (what the
server does once the CLI has handed the broadcast to its admin API: one writer).

This process is the bot: the real SQLite store, four owners taking survey turns through the engine
(`--pause` apart), and a probe committing one small write every 10 ms and timing it (waiting for the write
lock included: what a turn's commit waits). The fake Bot API runs in a child process with Telegram's
flood limit at the broadcast rate. Prints the probe's median / p99 / worst, the turns' p99 and
worst, the commits that failed (`StoreUnavailable`), and the broadcast's counts, for each mode.

    .venv/bin/python benchmarks/broadcast_beside_bot.py                  # 500 users at 25/s
    .venv/bin/python benchmarks/broadcast_beside_bot.py --users 2000 --rate 200 --mode cli
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.broadcast import seed, serve_fake
from dogcoach.bot.engine import Engine
from dogcoach.domain.channel import Channel
from dogcoach.domain.types import Incoming, UserRef
from dogcoach.services.broadcast import BroadcastService, make_spec
from dogcoach.services.broadcast.telegram_sender import TelegramSender
from dogcoach.services.i18n import Messages
from dogcoach.services.store import StoreUnavailable, make_store
from dogcoach.services.store.base import utcnow

SCRIPT: list[tuple[str | None, str | None]] = [
    ("/start", None), ("Choco", None), ("3살", None), (None, "survey:sex:female_spayed"),
    (None, "survey:breed:mixed"), (None, "survey:size:small"),
]  # fmt: skip
PROBE_EVERY = 0.01


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


async def one_mode(mode: str, args: argparse.Namespace, token: str, url: str) -> None:
    messages = Messages()
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{Path(tmp) / 'box.db'}"
        store = make_store(db)
        await store.open()
        await store.migrate()
        await seed(store, args.users)
        engine = Engine(store, messages)
        stop = asyncio.Event()
        probes: list[float] = []
        turns: list[float] = []
        failed = 0

        async def probe() -> None:
            nonlocal failed
            n = 0
            while not stop.is_set():
                n += 1
                t0 = time.perf_counter()
                try:
                    async with store.session() as s:
                        await s.execute(
                            "INSERT INTO processed_updates VALUES ('console', ?, ?)",
                            f"probe-{mode}-{n}",
                            s.d.ts_in(utcnow()),
                        )
                    probes.append(time.perf_counter() - t0)
                except StoreUnavailable:
                    failed += 1
                await asyncio.sleep(PROBE_EVERY)

        async def owner(k: int) -> None:
            nonlocal failed
            n = 0
            while not stop.is_set():
                text, choice = SCRIPT[n % len(SCRIPT)]
                n += 1
                incoming = Incoming(UserRef(Channel.CONSOLE, f"owner-{k}"), text=text, choice=choice)
                t0 = time.perf_counter()
                try:
                    await engine.handle(incoming)
                    turns.append(time.perf_counter() - t0)
                except StoreUnavailable:
                    failed += 1
                await asyncio.sleep(args.pause)

        load = [asyncio.create_task(probe()), *(asyncio.create_task(owner(k)) for k in range(4))]
        await asyncio.sleep(1.0)
        t0 = time.perf_counter()
        if mode == "cli":  # a second process writes the file: the CLI with no server lock held
            env = {
                **os.environ,
                "DATABASE_URL": db,
                "TELEGRAM_BOT_TOKEN": token,
                "TELEGRAM_API_BASE_URL": url,
                "BROADCAST_RATE_PER_SECOND": str(args.rate),
            }
            cli = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "dogcoach", "broadcast", "--tip", "timing", "--yes",
                env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
            )  # fmt: skip
            out, err = await cli.communicate()
            lines = out.decode(errors="replace").splitlines()
            result = next((ln for ln in lines if ln.startswith("broadcast #") and " sent " in ln), "")
            if cli.returncode != 0:
                result = f"CLI exited {cli.returncode}: {err.decode(errors='replace').strip()[-300:]}"
        elif mode == "none":  # no broadcast: the same load alone, for reference
            await asyncio.sleep(args.users / args.rate)
            result = "no broadcast"
        else:  # the bot's own process sends it on its store (the server after the hand-over)
            service = BroadcastService(
                store,
                messages,
                telegram=TelegramSender(token, url, pool_size=8),
                rate_per_second=args.rate,
                concurrency=8,
            )
            made = await service.create(make_spec(messages, tip="timing"), "api")
            assert made is not None
            report = await service.run(made.id)
            await service.close()
            assert report is not None
            b = report.broadcast
            result = f"broadcast #{b.id} {b.status}: sent {b.sent}, failed {b.failed} of {b.total}"
        took = time.perf_counter() - t0
        stop.set()
        await asyncio.gather(*load)
        await store.close()
    ms = 1000
    heading = {"none": "no broadcast", "cli": "written by a second process (the CLI, direct)"}
    print(f"--- broadcast {heading.get(mode, 'written by the bot itself (the CLI handed it over)')}")
    print(f"  {result} in {took:.1f}s")
    print(
        f"  bot commit  median {statistics.median(probes) * ms:.2f} ms  p99 {_pct(probes, 0.99) * ms:.2f} ms"
        f"  worst {max(probes) * ms:.1f} ms  ({len(probes)} commits)"
    )
    print(
        f"  owner turn  median {statistics.median(turns) * ms:.2f} ms  p99 {_pct(turns, 0.99) * ms:.2f} ms"
        f"  worst {max(turns) * ms:.1f} ms  ({len(turns)} turns)"
    )
    print(f"  failed (database locked past the deadline): {failed}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--users", type=int, default=500)
    parser.add_argument("--rate", type=float, default=25.0)
    parser.add_argument("--pause", type=float, default=0.05, help="seconds between an owner's turns")
    parser.add_argument("--mode", choices=["none", "cli", "bot", "all"], default="all")
    args = parser.parse_args()
    modes = ["none", "cli", "bot"] if args.mode == "all" else [args.mode]
    for mode in modes:
        ours, theirs = multiprocessing.Pipe()
        child = multiprocessing.get_context("spawn").Process(target=serve_fake, args=(theirs, int(args.rate)))
        child.start()
        try:
            token, url = ours.recv()
            asyncio.run(one_mode(mode, args, token, url))
            ours.send("report")
            ours.recv()
        finally:
            child.join(timeout=10)
            if child.is_alive():
                child.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
