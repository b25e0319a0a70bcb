"""What the admin's broadcast preview costs: the store query behind it at `--owners` owners.

The preview (`StoreSession.broadcast_audience`) counts every owner with push by channel, language
and why some get nothing, in one scan. Printed, min and median of `--runs` runs each: the plain
recipient count the preview used before (`count_broadcast_recipients`), the audience query, and the
GROUP BY channel, locale, standing form it replaced (its sort dominated). Owners: 1 in 10 on Kakao,
one third with no stored language (a platform hint only), 1 in 50 opted out, 1 in 100 blocked.

    .venv/bin/python benchmarks/broadcast_preview.py [--owners 100000] [--runs 9] [--pg postgresql://...]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from dogcoach.services.store import Store, StoreSession, make_store
from dogcoach.services.store.base import BroadcastSpec
from dogcoach.services.store.broadcasts import _LOCALE

GROUP_BY = (
    "SELECT r.channel, r.locale, r.standing, count(*) AS n FROM (SELECT u.channel, {locale} AS locale, "
    "(CASE WHEN u.blocked_at IS NOT NULL THEN 'blocked' WHEN u.tips_opt_out THEN 'opted_out' "
    "ELSE 'recipient' END) AS standing FROM users u WHERE u.channel <> 'console') r "
    "GROUP BY r.channel, r.locale, r.standing"
).replace("{locale}", _LOCALE)


async def seed(store: Store, owners: int) -> None:
    now = store.dialect.ts_in(datetime.now(UTC))
    batch = 5_000
    for start in range(0, owners, batch):
        async with store.session() as s:
            for i in range(start, min(owners, start + batch)):
                await s.execute(
                    "INSERT INTO users (channel, external_id, locale, locale_hint, tips_opt_out, blocked_at, "
                    "created_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    "kakao" if i % 10 == 0 else "telegram",
                    str(60_000_000 + i),
                    None if i % 3 == 0 else ("ko" if i % 2 else "en"),
                    "en-US" if i % 4 == 0 else "ko-KR",
                    i % 50 == 0,
                    now if i % 100 == 0 else None,
                    now,
                    now,
                )


async def timed(store: Store, runs: int, query: Callable[[StoreSession], Awaitable[Any]]) -> list[float]:
    took = []
    for _ in range(runs):
        async with store.session() as s:
            start = time.perf_counter()
            await query(s)
            took.append((time.perf_counter() - start) * 1000)
    return took


async def main(owners: int, runs: int, pg: str | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = make_store(pg or f"sqlite:///{tmp}/preview.db")
        await store.open()
        await store.migrate()
        await seed(store, owners)
        spec = BroadcastSpec("tip", tip_key="timing")
        cases: dict[str, Callable[[StoreSession], Awaitable[Any]]] = {
            "count_broadcast_recipients (before)": lambda s: s.count_broadcast_recipients(spec, "ko"),
            "broadcast_audience (the preview)": lambda s: s.broadcast_audience(spec, "ko"),
            "GROUP BY channel, locale, standing": lambda s: s.all(GROUP_BY, "ko", bulk=True),
        }
        print(f"{owners:,} owners, {'PostgreSQL' if pg else 'SQLite'}, {runs} runs each")
        for name, query in cases.items():
            took = await timed(store, runs, query)
            print(f"  {name:<38} min {min(took):7.1f} ms   median {statistics.median(took):7.1f} ms")
        await store.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--owners", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--pg", help="a throwaway database URL on PostgreSQL (default: SQLite in a temp dir)")
    args = parser.parse_args()
    asyncio.run(main(args.owners, args.runs, args.pg))
