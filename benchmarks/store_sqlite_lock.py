"""SQLite turns while another process holds the write lock, as the `dogcoach broadcast` CLI does
beside the server when it creates a large broadcast.

A child process takes the write lock for `--hold` ms every `--every` ms. Meanwhile four owners
take survey turns through the engine and a ticker measures how late the event loop wakes it (the
loop's lag: what every other request, /healthz included, would wait). Prints turn latency p50 /
p99 / max, the loop's worst lag and the turns that failed. Target (issue 14): the loop never waits
for SQLite; a turn waits for the lock, not the whole server.

    .venv/bin/python benchmarks/store_sqlite_lock.py [--hold 750] [--every 1500] [--seconds 10]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

from dogcoach.bot.engine import Engine
from dogcoach.domain.channel import Channel
from dogcoach.domain.types import Incoming, UserRef
from dogcoach.services.i18n import Messages
from dogcoach.services.store import make_store

HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=60)
hold, every, until = float(sys.argv[2]), float(sys.argv[3]), time.monotonic() + float(sys.argv[4])
n = 0
while time.monotonic() < until:
    conn.execute("BEGIN IMMEDIATE")
    n += 1
    conn.execute("INSERT INTO processed_updates VALUES ('console', ?, '2026-01-01T00:00:00+00:00')", (str(n),))
    time.sleep(hold)
    conn.execute("COMMIT")
    time.sleep(max(0.0, every - hold))
print(n)
"""

SCRIPT: list[tuple[str | None, str | None]] = [
    ("/start", None), ("Choco", None), ("3살", None), (None, "survey:sex:female_spayed"),
    (None, "survey:breed:mixed"), (None, "survey:size:small"),
]  # fmt: skip


async def main(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "lock.db"
        store = make_store(f"sqlite:///{path}")
        await store.open()
        await store.migrate()
        engine = Engine(store, Messages())
        latencies: list[float] = []
        lags: list[float] = []
        failed = 0
        holder = await asyncio.create_subprocess_exec(
            *[
                sys.executable,
                "-c",
                HOLDER,
                str(path),
                str(args.hold / 1000),
                str(args.every / 1000),
                str(args.seconds),
            ],
            stdout=asyncio.subprocess.DEVNULL,
        )
        until = time.monotonic() + args.seconds

        async def owner(k: int) -> None:
            nonlocal failed
            n = 0
            while time.monotonic() < until:
                text, choice = SCRIPT[n % len(SCRIPT)]
                n += 1
                t0 = time.monotonic()
                try:
                    await engine.handle(Incoming(UserRef(Channel.CONSOLE, f"o{k}"), text=text, choice=choice))
                    latencies.append(time.monotonic() - t0)
                except Exception:
                    failed += 1
                await asyncio.sleep(0.01)

        async def ticker() -> None:
            while time.monotonic() < until:
                t0 = time.monotonic()
                await asyncio.sleep(0.01)
                lags.append(time.monotonic() - t0 - 0.01)

        await asyncio.gather(ticker(), *(owner(k) for k in range(4)))
        await holder.wait()
        await store.close()
    q = statistics.quantiles(latencies, n=100)
    print(
        f"lock held {args.hold:.0f} ms every {args.every:.0f} ms for {args.seconds:.0f} s: "
        f"{len(latencies)} turns, p50 {q[49] * 1000:.1f} ms, p99 {q[98] * 1000:.0f} ms, "
        f"max {max(latencies) * 1000:.0f} ms; {failed} failed; event loop lag max {max(lags) * 1000:.0f} ms, "
        f"p99 {statistics.quantiles(lags, n=100)[98] * 1000:.1f} ms"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--hold", type=float, default=750.0, help="ms the other process holds the lock")
    parser.add_argument("--every", type=float, default=1500.0, help="ms between the starts of two holds")
    parser.add_argument("--seconds", type=float, default=10.0)
    asyncio.run(main(parser.parse_args()))
