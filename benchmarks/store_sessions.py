"""The store's own cost per turn: a turn-shaped session (read the user and their state, write the
state and two transcript lines) repeated, without the engine around it.

Prints the best of `--repeat` runs (the least disturbed by other work on the machine) per backend:
sessions/s and CPU µs per session in this process. The fast path matters: everything else a turn
does is on top of this.

    .venv/bin/python benchmarks/store_sessions.py [--sessions 3000] [--repeat 5] [--pg postgresql://...]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
from pathlib import Path

from dogcoach.services.store import ConversationState, make_store


async def run(url: str, sessions: int) -> tuple[float, float]:
    store = make_store(url)
    await store.open()
    await store.migrate()
    async with store.session() as s:
        await s.create_user("console", "bench")
    state = ConversationState("report", "text", {"draft": "짖어요", "n": 1})
    started, cpu = time.perf_counter(), time.process_time()
    for n in range(sessions):
        async with store.session() as s:
            got = await s.get_user("console", "bench")
            assert got is not None
            await s.get_state(got.id)
            await s.add_message(got.id, "in", f"message {n}", {"update_id": n})
            await s.save_state(got.id, state)
            await s.add_message(got.id, "out", "reply", {"text": "reply"})
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    await store.close()
    return elapsed, cpu


def best(url_for_run: list[str], sessions: int) -> tuple[float, float]:
    runs = [asyncio.run(run(url, sessions)) for url in url_for_run]
    return min(e for e, _ in runs), min(c for _, c in runs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--pg", default=os.environ.get("DOGCOACH_BENCH_PG_URL", ""))
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        urls = [f"sqlite:///{Path(tmp) / f'{i}.db'}" for i in range(args.repeat)]
        results.append(("sqlite", *best(urls, args.sessions)))
    if args.pg:
        import psycopg

        with psycopg.connect(args.pg, autocommit=True) as admin:
            admin.execute("DROP DATABASE IF EXISTS dogcoach_sessions WITH (FORCE)")
            admin.execute("CREATE DATABASE dogcoach_sessions")
        try:
            url = args.pg.rsplit("/", 1)[0] + "/dogcoach_sessions"
            results.append(("postgres", *best([url] * args.repeat, args.sessions)))
        finally:
            with psycopg.connect(args.pg, autocommit=True) as admin:
                admin.execute("DROP DATABASE IF EXISTS dogcoach_sessions WITH (FORCE)")
    for name, elapsed, cpu in results:
        print(
            f"{name:<9} {args.sessions / elapsed:8.0f} sessions/s  {elapsed / args.sessions * 1e6:6.0f} µs/session  "
            f"CPU {cpu / args.sessions * 1e6:5.0f} µs/session (best of {args.repeat})"
        )


if __name__ == "__main__":
    main()
