"""No owner waits for another owner's heavy work: survey turns' latency while heavy work runs.

One process, one event loop, as the server runs: `--owners` owners in the store (100,000), one of
them heavy (`--reports` analysed reports this week, `--messages` transcript lines), and
`--concurrency` owners answering the survey without pause. While they do, one heavy thing happens
at a time: an admin creates a broadcast to every owner (the API's `BroadcastService.create`, as
the daily tip does), the heavy owner runs /export, /week (its chart) and /delete. Printed per
scenario: p50, p99 and the worst latency of the survey turns that ran during it, and how long the
heavy work took. Issue 14's target: p99 <= 50 ms.

    .venv/bin/python benchmarks/heavy_work.py [--owners 100000] [--pg postgresql://...] [--code DIR]

`--code DIR` imports `dogcoach` from another checkout, to compare a "before".
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SCRIPT: list[tuple[str | None, str | None]] = [
    ("/start", None), ("Choco", None), ("3살", None), (None, "survey:sex:female_spayed"),
    (None, "survey:breed:mixed"), (None, "survey:size:small"), (None, "survey:origin:shelter"),
    ("2년", None), ("3", None), (None, "survey:children:no"), (None, "survey:other_pets:cat"),
    (None, "survey:done"), ("4", None), ("60", None), (None, "survey:concerns:barking"),
    (None, "survey:done"), (None, "survey:worst_reaction:none"), (None, "survey:skip"),
    (None, "survey:confirm"),
]  # fmt: skip
HEAVY = "heavy-owner"
CATEGORIES = ["barking", "separation", "leash_reactivity", "pulling", "house_soiling", "fear", "other"]


async def seed(store: Any, owners: int, reports: int, messages: int) -> None:
    """`owners` Telegram owners (one in ten has no locale yet), then the heavy owner's week."""
    now = datetime.now(UTC)
    d = store.dialect
    batch = 5_000
    for start in range(0, owners, batch):
        async with store.session() as s:
            for i in range(start, min(owners, start + batch)):
                await s.execute(
                    "INSERT INTO users (channel, external_id, locale, created_at, last_seen_at) "
                    "VALUES ('telegram', ?, ?, ?, ?)",
                    str(50_000_000 + i),
                    None if i % 10 == 0 else ("ko" if i % 3 else "en"),
                    d.ts_in(now),
                    d.ts_in(now),
                )
    async with store.session() as s:
        user = await s.create_user("telegram", HEAVY, locale_hint="ko")
        await s.set_locale(user.id, "ko")
        dog = await s.create_dog(user.id, {"name": "Bori", "age_months": 30})
        await s.set_active_dog(user.id, dog.id)
        for i in range(reports):
            report = await s.add_report(user.id, dog.id, f"Report {i}: barks at the door " * 4, "en")
            report.status = "done"
            report.analysis = {
                "category": CATEGORIES[i % len(CATEGORIES)],
                "antecedent": f"doorbell {i % 7}",
                "behavior": "barking for two minutes",
                "consequence": "owner picks the dog up",
                "function": "attention",
                "summary": ["Barks at the door.", "Calms when held."],
                "suggestions": ["Practise a mat behaviour.", "Reward quiet."] * 2,
                "intensity": 2,
            }
            await s.update_report(report)
            await s.claim_delivery(report.id)  # its result was shown long ago
        for i in range(messages):
            await s.add_message(user.id, "in" if i % 2 else "out", f"message {i} " * 6, {"n": i})


async def survey_load(
    engine: Any, incoming: Any, user_ref: Any, stop: asyncio.Event, worker: int, interval: float
) -> list[tuple[float, float]]:
    """One owner after another taking the survey until `stop`, a message every `interval` seconds
    (open loop: a message arrives on time even while the loop is busy, and waits). Each turn's
    (arrival, latency from arrival to its replies)."""
    timings: list[tuple[float, float]] = []
    arrival = time.perf_counter() + interval * worker / 8
    n = 0
    while not stop.is_set():
        ref = user_ref("console", f"load-{worker}-{n}")
        n += 1
        for text, choice in SCRIPT:
            if stop.is_set():
                break
            wait = arrival - time.perf_counter()
            if wait > 0:
                await asyncio.sleep(wait)
            await engine.handle(incoming(ref, text=text, choice=choice, locale_hint="ko"))
            timings.append((arrival, time.perf_counter() - arrival))
            arrival += interval
            await asyncio.sleep(0)  # a turn on SQLite may never suspend: let the others in
    return timings


async def measure(
    name: str,
    engine: Any,
    incoming: Any,
    user_ref: Any,
    concurrency: int,
    rate: float,
    work: Callable[[], Awaitable[object]],
) -> None:
    stop = asyncio.Event()
    interval = concurrency / rate
    loads = [
        asyncio.create_task(survey_load(engine, incoming, user_ref, stop, w, interval))
        for w in range(concurrency)
    ]
    await asyncio.sleep(0.5)  # the load is running
    began = time.perf_counter()
    await work()
    ended = time.perf_counter()
    await asyncio.sleep(0.05)
    stop.set()
    timings = [t for task in loads for t in await task]
    # The turns that arrived while the heavy work ran, or were still waiting when it began.
    during = [lat for arrival, lat in timings if arrival <= ended and arrival + lat >= began]
    if len(during) < 2:
        print(f"{name:<46} heavy work {1000 * (ended - began):8.1f} ms; too few turns during it")
        return
    q = statistics.quantiles(during, n=100)
    print(
        f"{name:<46} heavy work {1000 * (ended - began):8.1f} ms; {len(during):5} turns during it: "
        f"p50 {q[49] * 1000:6.2f} ms  p99 {q[98] * 1000:7.2f} ms  max {max(during) * 1000:7.2f} ms"
    )


async def run(url: str, owners: int, reports: int, messages: int, concurrency: int, rate: float) -> None:
    from dogcoach.bot.wiring import runtime
    from dogcoach.config import Settings
    from dogcoach.domain.types import Incoming, UserRef
    from dogcoach.services.broadcast import BroadcastService, make_spec

    settings = Settings(_env_file=None, DATABASE_URL=url)  # type: ignore[call-arg]
    async with runtime(settings, analysis=False) as rt:
        began = time.perf_counter()
        await seed(rt.store, owners, reports, messages)
        print(
            f"seeded {owners:,} owners and a heavy owner ({reports} reports this week, {messages} messages) "
            f"in {time.perf_counter() - began:.1f} s; {concurrency} owners answering the survey meanwhile, {rate:.0f} messages/s in all"
        )
        engine = rt.engine
        service = BroadcastService(rt.store, rt.messages)
        heavy = UserRef("telegram", HEAVY)

        async def say(text: str | None = None, choice: str | None = None) -> object:
            return await engine.handle(Incoming(heavy, text=text, choice=choice, locale_hint="ko"))

        async def broadcast() -> object:
            return await service.create(make_spec(rt.messages, text_ko="공지", text_en="Notice"), "api")

        async def delete() -> object:
            await say("/delete")
            return await say(choice="privacy:delete:yes")

        scenarios: list[tuple[str, Callable[[], Awaitable[object]]]] = [
            ("nothing heavy (baseline)", lambda: asyncio.sleep(1.0)),
            (f"broadcast to {owners:,} owners", broadcast),
            ("heavy owner /export", lambda: say("/export")),
            ("heavy owner's first /week (loads matplotlib)", lambda: say("/week")),
            ("heavy owner /week (chart)", lambda: say("/week")),
            ("heavy owner /delete", delete),
        ]
        for name, work in scenarios:
            await measure(name, engine, Incoming, UserRef, concurrency, rate, work)
        await service.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--owners", type=int, default=100_000)
    parser.add_argument("--reports", type=int, default=1_000)
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--concurrency", type=int, default=8, help="owners answering at once")
    parser.add_argument("--rate", type=float, default=400.0, help="their messages per second, in all")
    parser.add_argument("--pg", help="a throwaway database URL on PostgreSQL (default: SQLite in a temp dir)")
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout whose dogcoach package runs")
    args = parser.parse_args()
    sys.path.insert(0, str(args.code.resolve()))
    print(f"dogcoach from {args.code.resolve()}")
    with tempfile.TemporaryDirectory() as tmp:
        url = args.pg or f"sqlite:///{tmp}/heavy.db"
        asyncio.run(run(url, args.owners, args.reports, args.messages, args.concurrency, args.rate))


if __name__ == "__main__":
    main()
