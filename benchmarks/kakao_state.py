"""What keeping the Kakao channel's state in the store adds to a turn (issue 15, item 2), on SQLite
and on PostgreSQL (a throwaway cluster, tests/pgcluster.py, loopback).

A Kakao turn now reads the user's state once when it starts (`Memory.load`: view + held flag) and
writes the answer's view once when it renders (`Memory.remember`; skipped when the view is unchanged
and fresh, the common case outside the survey). Measured per operation, `--rounds` times over
`--users` users, as the channel calls them (one transaction each):

    .venv/bin/python benchmarks/kakao_state.py [--rounds 2000] [--users 200] [--backend both]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dogcoach.channels.kakao.memory import Memory, View  # noqa: E402
from dogcoach.domain.types import Choice, Reply  # noqa: E402
from dogcoach.services.store import Store, make_store  # noqa: E402
from tests.pgcluster import Cluster  # noqa: E402

CHOICES = tuple(Choice(f"survey:concerns:{i}", f"선택지 {i}") for i in range(17))


async def timed(rounds: int, op: Callable[[int], Awaitable[object]]) -> list[float]:
    out = []
    for i in range(rounds):
        t0 = time.perf_counter()
        await op(i)
        out.append((time.perf_counter() - t0) * 1000)
    return out


def line(name: str, ms: list[float]) -> str:
    ms = sorted(ms)
    p99 = ms[int(len(ms) * 0.99) - 1]
    return f"  {name:<34} median {statistics.median(ms):6.3f} ms   p99 {p99:6.3f} ms"


async def measure(store: Store, rounds: int, users: int) -> None:
    await store.open()
    await store.migrate()
    memory = Memory(store)
    keys = [f"bench-{i}" for i in range(users)]
    menu = View("ko")
    survey = [View("ko", choices=CHOICES, multi=True, page=p % 3, page_count=3) for p in range(rounds)]
    for key in keys:
        await memory.remember(key, menu)
    seen = {key: await memory.load(key) for key in keys}
    load = await timed(rounds, lambda i: memory.load(keys[i % users]))
    same = await timed(rounds, lambda i: memory.remember(keys[i % users], menu, seen=seen[keys[i % users]]))
    changed = await timed(
        rounds, lambda i: memory.remember(keys[i % users], survey[i], seen=seen[keys[i % users]])
    )
    held = await timed(rounds // 4, lambda i: memory.hold(keys[i % users], [Reply("늦게 온 답")]))
    take = await timed(rounds // 4, lambda i: memory.take_held(keys[i % users]))
    print(line("load (every turn)", load))
    print(line("remember, unchanged view (skipped)", same))
    print(line("remember, changed view (upsert)", changed))
    print(line("hold (a late reply)", held))
    print(line("take_held (when load saw some)", take))
    typical = statistics.median(load) + statistics.median(same)
    survey_turn = statistics.median(load) + statistics.median(changed)
    print(f"  added per turn: menu turn {typical:.3f} ms, survey / paged turn {survey_turn:.3f} ms (medians)")
    await store.close()


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=2000)
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--backend", choices=("sqlite", "postgres", "both"), default="both")
    args = parser.parse_args()
    if args.backend in ("sqlite", "both"):
        with tempfile.TemporaryDirectory() as tmp:
            print("SQLite (WAL, local file):")
            await measure(make_store(f"sqlite:///{Path(tmp) / 'bench.db'}"), args.rounds, args.users)
    if args.backend in ("postgres", "both"):
        with Cluster() as cluster:
            print("PostgreSQL (throwaway cluster, loopback, pooled connections):")
            await measure(make_store(cluster.url), args.rounds, args.users)


if __name__ == "__main__":
    asyncio.run(main())
