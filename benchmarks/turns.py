"""Survey turns through the engine in one process, on SQLite and (when reachable) Postgres.

Prints turns/s and p50/p99 latency per backend (Postgres with prepared statements on and off:
what `DATABASE_PREPARED_STATEMENTS=off` costs behind a pooler), and the import time of the
`dogcoach` CLI.
Targets (issue 2): >= 2,000 turns/s on SQLite with p99 < 5 ms; `dogcoach --help` without the
Telegram or web stack.

    .venv/bin/python benchmarks/turns.py [--users 200] [--pg postgresql://...] [--prepared on|off]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from dogcoach.bot.engine import Engine
from dogcoach.domain.types import Incoming, UserRef
from dogcoach.services.i18n import Messages
from dogcoach.services.store import make_store

# One full survey as a user types or taps it: (text, choice).
SCRIPT: list[tuple[str | None, str | None]] = [
    ("/start", None), ("Choco", None), ("3살", None), (None, "survey:sex:female_spayed"),
    (None, "survey:breed:mixed"), (None, "survey:size:small"), (None, "survey:origin:shelter"),
    ("2년", None), ("3", None), (None, "survey:children:no"), (None, "survey:other_pets:cat"),
    (None, "survey:done"), ("4", None), ("60", None), (None, "survey:concerns:barking"),
    (None, "survey:done"), (None, "survey:worst_reaction:none"), (None, "survey:skip"),
    (None, "survey:confirm"),
]  # fmt: skip


async def run(url: str, users: int, **options: str) -> tuple[float, float, list[float]]:
    store = make_store(url, **options)  # type: ignore[arg-type]
    await store.open()
    await store.migrate()
    engine = Engine(store, Messages())
    engine.services.understander.warm()  # as `bot.wiring.runtime` does at start-up
    latencies: list[float] = []
    started, cpu = time.perf_counter(), time.process_time()
    for u in range(users):
        ref = UserRef("console", f"bench-{u}")
        for text, choice in SCRIPT:
            t0 = time.perf_counter()
            await engine.handle(Incoming(ref, text=text, choice=choice, locale_hint="ko"))
            latencies.append(time.perf_counter() - t0)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    await store.close()
    return elapsed, cpu, latencies


def report(name: str, elapsed: float, cpu: float, latencies: list[float]) -> None:
    q = statistics.quantiles(latencies, n=100)
    print(
        f"{name:<9} {len(latencies):>6} turns  {len(latencies) / elapsed:8.0f} turns/s  "
        f"p50 {q[49] * 1000:6.2f} ms  p99 {q[98] * 1000:6.2f} ms  "
        f"CPU {cpu / len(latencies) * 1e6:5.0f} µs/turn (this process)"
    )


def cli_import_time() -> float:
    best = float("inf")
    for _ in range(5):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "dogcoach", "--help"], capture_output=True, check=True)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--pg", default=os.environ.get("DOGCOACH_BENCH_PG_URL", ""))
    parser.add_argument(
        "--prepared",
        choices=["auto", "on", "off"],
        default="",
        help="Postgres: DATABASE_PREPARED_STATEMENTS (default: both on and off, to show their cost)",
    )
    parser.add_argument("--no-cli", action="store_true", help="skip the CLI import time")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        report("sqlite", *asyncio.run(run(f"sqlite:///{Path(tmp) / 'bench.db'}", args.users)))
    if args.pg:
        import psycopg

        url = args.pg.rsplit("/", 1)[0] + "/dogcoach_bench"
        for prepared in [args.prepared] if args.prepared else ["on", "off"]:
            with psycopg.connect(args.pg, autocommit=True) as admin:
                admin.execute("DROP DATABASE IF EXISTS dogcoach_bench WITH (FORCE)")
                admin.execute("CREATE DATABASE dogcoach_bench")
            report(f"pg/{prepared}", *asyncio.run(run(url, args.users, prepared=prepared)))
        with psycopg.connect(args.pg, autocommit=True) as admin:
            admin.execute("DROP DATABASE IF EXISTS dogcoach_bench WITH (FORCE)")
    if not args.no_cli:
        print(f"`python -m dogcoach --help`: {cli_import_time() * 1000:.0f} ms (best of 5, whole process)")


if __name__ == "__main__":
    main()
