"""Database outage and recovery, on a PostgreSQL this script starts, SIGKILLs and starts again
(tests/pgcluster.py: a throwaway cluster; needs the server binaries).

Four workers run turn-like sessions (claim an update id, write a message) every 10 ms. Prints, per
outage: the sessions that failed and how long the slowest failure took to come back (the bounded
wait), and the time from the server accepting connections again (`pg_ctl -w` returned) to the
first good turn: the reconnect time. Targets (issue 14): failures bounded by the session's wait,
reconnect within a few seconds (psycopg_pool's default back-off: up to 16 s after a 15 s outage).

    .venv/bin/python benchmarks/store_outage.py [--outage 15] [--rounds 3] [--wait 3]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests/pgcluster.py

from dogcoach.services.store import Store, make_store
from tests.pgcluster import Cluster


class Load:
    def __init__(self, store: Store, wait: float) -> None:
        self.store = store
        self.wait = wait
        self.ok = 0
        self.failed = 0
        self.slowest_failure = 0.0
        self.slowest = 0.0  # any session, failed or not: how long a webhook call would hang
        self.last_ok = 0.0
        self.good = asyncio.Event()  # set by each good turn
        self.running = True

    async def worker(self, k: int) -> None:
        n = 0
        while self.running:
            n += 1
            started = time.monotonic()
            try:
                async with self.store.session(wait=self.wait) as s:
                    await s.claim_update("telegram", f"{k}-{n}-{started}")
                self.ok += 1
                self.last_ok = time.monotonic()
                self.good.set()
            except Exception:  # StoreUnavailable here; anything else would be a finding too
                self.failed += 1
                self.slowest_failure = max(self.slowest_failure, time.monotonic() - started)
            self.slowest = max(self.slowest, time.monotonic() - started)
            await asyncio.sleep(0.01)


async def main(args: argparse.Namespace) -> None:
    with Cluster() as cluster:
        with psycopg.connect(cluster.url, autocommit=True) as admin:
            admin.execute("CREATE DATABASE outage")
        store = make_store(cluster.dsn("outage"), pool_size=4)
        await store.open()
        await store.migrate()
        load = Load(store, args.wait)
        workers = [asyncio.create_task(load.worker(k)) for k in range(4)]
        await asyncio.sleep(1)
        reconnects = []
        for round_ in range(1, args.rounds + 1):
            load.failed, load.slowest_failure, load.slowest = 0, 0.0, 0.0
            await asyncio.to_thread(cluster.kill)
            await asyncio.sleep(args.outage)
            await asyncio.to_thread(cluster.start)
            back = time.monotonic()
            while load.last_ok < back:
                load.good.clear()
                await load.good.wait()
            reconnects.append(load.last_ok - back)
            print(
                f"outage {round_}: {args.outage:.0f} s down; {load.failed} sessions failed, the slowest "
                f"after {load.slowest_failure:.2f} s (wait {args.wait:g} s); longest session "
                f"{load.slowest:.2f} s; first good turn {reconnects[-1]:.2f} s after the server was back"
            )
            await asyncio.sleep(2)
        load.running = False
        await asyncio.gather(*workers)
        await store.close()
        print(
            f"reconnect after the database returns: median {statistics.median(reconnects):.2f} s, "
            f"max {max(reconnects):.2f} s over {len(reconnects)} outages; {load.ok} good turns in all"
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--outage", type=float, default=15.0, help="seconds the server stays down")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--wait", type=float, default=3.0, help="seconds a session waits for the database")
    asyncio.run(main(parser.parse_args()))
